"""Measure the layout of a rendered PDF (issue 9): lines, the text block, page numbers, and checks.

One module for every test that measures a page (the PDF renderers' and the DOCX's through a PDF
export): :func:`measure` reads a PDF into :class:`Page` objects, its characters and rules with pdfium (several times
faster than pdfplumber, whose numbers it gives: see :func:`_chars` and :func:`_rules`); the checks take those pages
(and the document's block tree, to know which lines end a paragraph) and return what is wrong, as readable strings,
so a test asserts ``== []``.
"""
from __future__ import annotations

import ctypes
import hashlib
import io
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1

from reportkit.blocks import Attachment, AttachmentNote, Document, Heading, Paragraph, Signature, Table
from reportkit.layout import Geometry
from reportkit.testing import render

MM = 72 / 25.4
#: How far a justified line may end from the text block's right edge, in points.
EDGE_TOLERANCE_PT = 1.0
#: How far a line may start from where a paragraph's lines start (two characters in for the first, none for the others),
#: in em: Typst's tracking sets the first line 1.97 em in, LibreOffice's character spacing the same.
INDENT_TOLERANCE_EM = 0.5
#: Characters smaller than this are a table's (its cells' type); the body, headings and captions are larger.
TABLE_TYPE_PT = 12
#: How far a Chinese face's em box reaches under the baseline, in em: every face reportkit ships has the ideographic
#: em box as its OS/2 typo metrics (880 above, −120 below, of 1000). pdfplumber's character boxes follow each PDF's
#: font descriptor instead, and sit up to 0.17 em apart between the two PDFs.
EM_DESCENT = 0.12


@dataclass
class Line:
    """Characters sharing a baseline, left to right (a table row's cells make one line)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    fonts: set[str] = field(default_factory=set)


@dataclass
class Row:
    """A table row between two horizontal rules; ``head`` when no character is in the data cells' face and it holds more
    than figures."""

    top: float
    bottom: float
    text: str
    head: bool


@dataclass
class Page:
    number: int
    lines: list[Line]
    #: The text block: left, top, right, bottom in points from the page's top left.
    block: tuple[float, float, float, float]
    #: The page number line (“— 1 —”) under the text block, if any.
    folio: Line | None
    rows: list[Row]
    #: Every line under the text block: the page number, and anything that ran off the block's foot.
    below: list[Line] = field(default_factory=list)



def measure(pdf: bytes, geometry: Geometry = Geometry(), cache: dict | None = None) -> list[Page]:
    """The pages of ``pdf``: text lines inside the block, the page number below it, table rows. ``cache``, a dict kept
    over a sweep's PDFs, holds what each page was read as: a page of the same content and resources is not read again."""
    g = geometry
    block = (g.margin_left_mm * MM, g.margin_top_mm * MM, (g.page_width_mm - g.margin_right_mm) * MM,
             (g.page_height_mm - g.margin_bottom_mm) * MM)
    pages = []
    # pdfminer reads the document's objects (what a page is made of, the fonts' dictionaries), pdfium its pages.
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        content = pdfium.PdfDocument(pdf)
        read, faces = [], _Faces(doc)
        keys = _page_keys(doc) if cache is not None else [None] * len(doc.pages)
        for number, key in enumerate(keys, 1):
            height = content.get_page_size(number - 1)[1]
            if cache is None or ("measure", key, block) not in cache:
                page = content[number - 1]
                chars = _chars(page, faces)
                inside = [c for c in chars if c["top"] < block[3] + 1]
                below = [c for c in chars if c["top"] >= block[3] + 1]
                edges = _rules(page) if any(c["size"] < TABLE_TYPE_PT for c in inside) else []
                if cache is not None:
                    cache["measure", key, block] = inside, below, edges
            else:
                inside, below, edges = cache["measure", key, block]
            read.append((number, edges, inside, _lines(inside, height), _lines(below, height)))
        content.close()
        data_fonts = _data_fonts([line for _, _, _, lines, _ in read for line in lines], g)
        for number, edges, inside, lines, folio in read:
            pages.append(Page(number, lines, block, folio[0] if folio else None, _rows(edges, inside, data_fonts), folio))
    return pages


@dataclass
class _Face:
    """A font as pdfminer reads its dictionaries: the descriptor's FontName (a subset's prefix too) and Descent (per
    unit of type size), and where a width has a fraction (pdfium drops it), the widths by character (in em)."""

    name: str
    descent: float
    widths: dict[str, float]


def _chars(page: pdfium.PdfPage, faces: _Faces) -> list[dict]:
    """The characters of ``page`` (but white space) as pdfplumber's ``page.chars`` has them: text, x0, x1, top, bottom,
    size, fontname and the text matrix at the character (its last two numbers are the baseline's origin). The box is
    pdfminer's: an em high and the advance wide, its bottom the font descriptor's Descent under the baseline. pdfium's
    numbers are float32: they differ from pdfminer's by less than 0.001 pt."""
    height = page.get_height()
    text_page = page.get_textpage()
    x, y, width, m = ctypes.c_double(), ctypes.c_double(), ctypes.c_float(), pdfium_c.FS_MATRIX()
    chars, run, widths = [], None, {}
    for i in range(pdfium_c.FPDFText_CountChars(text_page)):
        obj = pdfium_c.FPDFText_GetTextObject(text_page, i)
        if not obj:  # white space pdfium adds between words and lines
            continue
        if bytes(obj) != run:  # a text object (its address): its font, size and matrix are all its characters'
            run, shift = bytes(obj), 0.0
            font = pdfium_c.FPDFTextObj_GetFont(obj)
            face, size = faces(font), pdfium_c.FPDFText_GetFontSize(text_page, i)
            pdfium_c.FPDFText_GetMatrix(text_page, i, m)
        code = pdfium_c.FPDFText_GetUnicode(text_page, i)
        if code == 2 and pdfium_c.FPDFText_IsHyphen(text_page, i):  # pdfium's mark for a hyphen that ends a line
            code = 0x2D
        text = chr(code)
        if (bytes(font), size, code) not in widths:
            pdfium_c.FPDFFont_GetGlyphWidth(font, code, size, width)
            widths[bytes(font), size, code] = width.value
        pdfium_c.FPDFText_GetCharOrigin(text_page, i, x, y)
        advance = face.widths[text] * size if text in face.widths else widths[bytes(font), size, code]
        # pdfium sets the characters after one whose width has a fraction as many thousandths of an em too early
        matrix = (m.a, m.b, m.c, m.d, x.value + m.a * shift, y.value + m.b * shift)
        shift += advance - widths[bytes(font), size, code]
        if text.strip():
            x0, y0, x1, y1 = _box(matrix, 0, face.descent * size, advance, (face.descent + 1) * size)
            chars.append({"text": text, "x0": x0, "x1": x1, "top": height - y1, "bottom": height - y0,
                          "size": y1 - y0, "fontname": face.name, "matrix": matrix})
    text_page.close()
    return chars


class _Faces:
    """The fonts of a PDF open in pdfplumber (``doc``) by pdfium's handle, as pdfminer reads their dictionaries: pdfium
    gives a simple font's name without its subset's prefix, a Descent of 0 as the face's own and widths as integers."""

    def __init__(self, doc):
        self.doc, self.by_handle, self.by_program = doc, {}, None

    def __call__(self, font) -> _Face:
        handle = bytes(font)
        if handle not in self.by_handle:
            if self.by_program is None:
                self.by_program, seen = {}, set()
                for page in self.doc.pages:
                    for objid, spec in _fonts(page.page_obj.resources, seen):
                        self._add(objid, spec)
            size = ctypes.c_size_t()
            pdfium_c.FPDFFont_GetFontData(font, None, 0, size)
            data = (ctypes.c_uint8 * size.value)()
            pdfium_c.FPDFFont_GetFontData(font, data, size.value, size)
            self.by_handle[handle] = self.by_program[hashlib.sha256(bytes(data)).digest()]
        return self.by_handle[handle]

    def _add(self, objid, spec: dict) -> None:
        """``spec``, a font's dictionary, by the digest of its embedded program (told apart from another of the same
        program only where they read the same)."""
        described = resolve1(resolve1(spec["DescendantFonts"])[0]) if "DescendantFonts" in spec else spec
        descriptor = resolve1(described.get("FontDescriptor")) or {}
        program = next((resolve1(descriptor[k]) for k in ("FontFile", "FontFile2", "FontFile3") if k in descriptor), None)
        name = resolve1(descriptor.get("FontName", "unknown"))
        descent = resolve1(descriptor.get("Descent", 0))
        widths = {}
        if any(isinstance(w, float) and not w.is_integer() for w in _numbers(described.get("W") or spec.get("Widths"))):
            font = self.doc.rsrcmgr.get_font(objid, spec)
            read = {}
            for cid in font.widths:
                try:
                    read.setdefault(font.to_unichr(cid), set()).add(font.char_width(cid))
                except PDFUnicodeNotDefined:
                    pass
            widths = {text: w.pop() for text, w in read.items() if len(w) == 1}
        face = _Face(getattr(name, "name", name), -abs(descent) / 1000, widths)
        key = hashlib.sha256(program.get_data() if program is not None else b"").digest()
        assert self.by_program.setdefault(key, face) == face, f"two fonts of one program: {face}, {self.by_program[key]}"


def _fonts(resources, seen: set) -> list:
    """``(objid, dictionary)`` of every font in ``resources`` and in those of the forms it holds, but those ``seen``."""
    resources = resolve1(resources) or {}
    found = []
    for kind in ("Font", "XObject"):
        for ref in (resolve1(resources.get(kind)) or {}).values():
            if getattr(ref, "objid", id(ref)) in seen:
                continue
            seen.add(getattr(ref, "objid", id(ref)))
            obj = resolve1(ref)
            if kind == "Font":
                found.append((getattr(ref, "objid", None), obj))
            elif getattr(obj, "attrs", {}).get("Resources") is not None:  # a form
                found += _fonts(obj.attrs["Resources"], seen)
    return found


def _numbers(obj) -> list:
    """Every number in ``obj``, an array of numbers and arrays (a font's W or Widths)."""
    obj = resolve1(obj)
    return [n for item in obj for n in _numbers(item)] if isinstance(obj, list) else [obj]


def _box(m: tuple, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
    """The rectangle x0, y0, x1, y1 through the matrix ``m``: the box round it, as pdfminer's ``apply_matrix_rect``."""
    a, b, c, d, e, f = m
    xs, ys = (a * x0 + c * y0, a * x1 + c * y0, a * x1 + c * y1, a * x0 + c * y1), \
        (b * x0 + d * y0, b * x1 + d * y0, b * x1 + d * y1, b * x0 + d * y1)
    return min(xs) + e, min(ys) + f, max(xs) + e, max(ys) + f


def _rules(page: pdfium.PdfPage) -> list[tuple[float, float, float]]:
    """The horizontal edges of ``page`` as pdfplumber's ``page.edges`` has them (orientation "h"), as (top, x0, x1):
    pdfminer reads each subpath of two points as a line, of four sides squared and closed as a rectangle (its top
    and bottom), any other as a curve (each level segment between its points, the control points left out)."""
    height = page.get_height()
    edges = []
    objects = [pdfium_c.FPDFPage_GetObject(page.raw, i) for i in range(pdfium_c.FPDFPage_CountObjects(page.raw))]
    for path in _subpaths(objects, (1, 0, 0, 1, 0, 0)):
        shape, pts = "".join(k for k, _ in path), [p for _, p in path]
        if len(shape) > 3 and shape.endswith("lh") and pts[-2] == pts[0]:
            shape, pts = shape[:-2] + "h", pts[:-1]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        if shape in ("ml", "mlh"):
            if ys[0] == ys[1]:
                edges.append((height - ys[0], min(xs[:2]), max(xs[:2])))
        elif shape in ("mlllh", "mllll") and pts[0] == pts[4] and (
                (xs[0] == xs[1] and ys[1] == ys[2] and xs[2] == xs[3] and ys[3] == ys[0])
                or (ys[0] == ys[1] and xs[1] == xs[2] and ys[2] == ys[3] and xs[3] == xs[0])):
            top = height - max(ys)
            edges += [(top, min(xs), max(xs)), (top + (max(ys) - min(ys)), min(xs), max(xs))]
        else:
            edges += [(height - p[1], min(p[0], q[0]), max(p[0], q[0])) for p, q in zip(pts, pts[1:])
                      if p[0] != q[0] and p[1] == q[1]]
    return edges


def _subpaths(objects, parent: tuple):
    """Each subpath of the paths among ``objects`` (pdfium's page objects, forms opened; ``parent`` their container's
    matrix), as (operator, point in page space) pairs: "m", "l", "c" (a Bézier curve's end) and "h" (closed: back to
    the first point), as pdfminer has them."""
    for obj in objects:
        m = pdfium_c.FS_MATRIX()
        pdfium_c.FPDFPageObj_GetMatrix(obj, m)
        matrix = (m.a * parent[0] + m.b * parent[2], m.a * parent[1] + m.b * parent[3],
                  m.c * parent[0] + m.d * parent[2], m.c * parent[1] + m.d * parent[3],
                  m.e * parent[0] + m.f * parent[2] + parent[4], m.e * parent[1] + m.f * parent[3] + parent[5])
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            yield from _subpaths([pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(pdfium_c.FPDFFormObj_CountObjects(obj))],
                                 matrix)
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            path, curve = [], 0
            x, y = ctypes.c_float(), ctypes.c_float()
            for j in range(pdfium_c.FPDFPath_CountSegments(obj)):
                segment = pdfium_c.FPDFPath_GetPathSegment(obj, j)
                step = pdfium_c.FPDFPathSegment_GetType(segment)
                pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
                point = (matrix[0] * x.value + matrix[2] * y.value + matrix[4],
                         matrix[1] * x.value + matrix[3] * y.value + matrix[5])
                if step == pdfium_c.FPDF_SEGMENT_MOVETO:
                    if len(path) > 1:
                        yield path
                    path = [("m", point)]
                elif step == pdfium_c.FPDF_SEGMENT_LINETO:
                    path.append(("l", point))
                else:  # a Bézier curve comes as its two control points and its end
                    curve += 1
                    if curve % 3 == 0:
                        path.append(("c", point))
                if pdfium_c.FPDFPathSegment_GetClose(segment):
                    path.append(("h", path[0][1]))
            if len(path) > 1:
                yield path


def _page_keys(doc) -> list[bytes]:
    """A digest per page of ``doc`` (open in pdfplumber) of what it is made of: its boxes, content streams and
    resources (fonts and forms, every stream by its bytes). Pages of one digest, in any two PDFs, read alike."""
    memo: dict[int, bytes] = {}
    return [_digest((page.page_obj.mediabox, page.page_obj.cropbox, page.page_obj.rotate, page.page_obj.contents,
                     page.page_obj.resources), memo) for page in doc.pages]


def _digest(obj, memo: dict[int, bytes]) -> bytes:
    if isinstance(obj, PDFObjRef):
        if obj.objid not in memo:
            memo[obj.objid] = b"cycle"  # an object reached again inside itself
            memo[obj.objid] = _digest(obj.resolve(), memo)
        return memo[obj.objid]
    h = hashlib.sha256(type(obj).__name__.encode())
    if isinstance(obj, PDFStream):
        h.update(_digest(obj.attrs, memo))
        h.update(b"raw" + obj.rawdata if obj.rawdata is not None else b"data" + obj.get_data())
    elif isinstance(obj, dict):
        for k in sorted(obj, key=str):
            h.update(repr(k).encode() + _digest(obj[k], memo))
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            h.update(_digest(item, memo))
    else:
        h.update(repr(obj).encode())
    return h.digest()


def overflow(pages: list[Page]) -> list[str]:
    """Text under the text block other than the page number: what ran off a page's foot (on paper, or past its edge)."""
    return [f"p{page.number}: text below the text block: {line.text[:20]}" for page in pages for line in page.below
            if not re.fullmatch(r"—\d+—", _plain(line.text))]


def folio_gaps_mm(pdf: bytes, pages: list[Page], dpi: int = 600, cache: dict | None = None) -> dict[int, float]:
    """Per numbered page, the distance from the text block's bottom to the upper edge of the
    page number's 一字线 ink (GB/T 9704 §7.5), read from the page rasterised by pdftoppm; a page of the same content
    and resources as one in ``cache`` (see :func:`measure`) is not rasterised again."""
    if shutil.which("pdftoppm") is None:
        raise RuntimeError("pdftoppm (poppler-utils) is needed to measure the page number")
    gaps = {}
    if cache is not None:
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            keys = _page_keys(doc)
    with tempfile.TemporaryDirectory() as tmp:
        source = f"{tmp}/in.pdf"
        with open(source, "wb") as f:
            f.write(pdf)
        for page in pages:
            if page.folio is None:
                continue
            if cache is None:
                gap = _folio_gap(source, page, dpi)
            else:
                key = ("folio", keys[page.number - 1], page.block, dpi)
                if key not in cache:
                    cache[key] = _folio_gap(source, page, dpi)
                gap = cache[key]
            if gap is not None:
                gaps[page.number] = gap
    return gaps


def _folio_gap(source: str, page: Page, dpi: int) -> float | None:
    """See :func:`folio_gaps_mm`: ``page`` of the PDF file ``source``; None without ink under the block."""
    scale = dpi / 72
    dash = page.folio  # its first character is the dash
    x = int(dash.x0 * scale) + 1
    y = int(page.block[3] * scale)
    w = max(1, int((dash.x0 + (dash.bottom - dash.top) * 0.8) * scale) - x)
    h = int((dash.bottom - page.block[3]) * scale) + 2
    raw = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page.number), "-l", str(page.number),
                          "-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h), source],
                         check=True, capture_output=True).stdout
    pixels = raw.split(b"\n", 3)[3]  # PGM: magic, size, maximum, then the bytes
    # From 1 mm down: a rule drawn on the block's bottom edge (the red head's 版记) is not the number.
    start = int(MM * scale)
    row = next((r for r in range(start, h) if min(pixels[r * w:(r + 1) * w]) < 128), None)
    return None if row is None else row / scale / MM


def _lines(chars, height: float) -> list[Line]:
    by_baseline: dict[float, list] = {}
    for c in chars:
        # The text matrix's y is the baseline, from the page's bottom.
        baseline = height - c["matrix"][5]
        key = next((k for k in by_baseline if abs(k - baseline) < 0.5), baseline)
        by_baseline.setdefault(key, []).append(c)
    lines = []
    for baseline, cs in by_baseline.items():
        cs.sort(key=lambda c: c["x0"])
        lines.append(Line("".join(c["text"] for c in cs), cs[0]["x0"], max(c["x1"] for c in cs),
                          min(c["top"] for c in cs), max(c["bottom"] for c in cs), baseline,
                          max(round(c["size"], 2) for c in cs), {c["fontname"] for c in cs}))
    return sorted(lines, key=lambda line: line.baseline)


def _data_fonts(lines: list[Line], g: Geometry) -> set[str]:
    """The body face: the document's most common face in body-size lines (table data cells use it too)."""
    counts: dict[str, int] = {}
    for line in lines:
        if abs(line.size - g.body_size_pt) < 0.1:
            for font in line.fonts:
                counts[font] = counts.get(font, 0) + len(line.text)
    return {max(counts, key=counts.get)} if counts else set()


def _rows(edges, chars, data_fonts) -> list[Row]:
    table_chars = [c for c in chars if c["size"] < TABLE_TYPE_PT]
    if not table_chars:
        return []
    x0 = min(c["x0"] for c in table_chars)
    x1 = max(c["x1"] for c in table_chars)
    ys = sorted({round(top, 1) for top, left, right in edges if left < x1 and right > x0})
    rules = [y for i, y in enumerate(ys) if i == 0 or y - ys[i - 1] > 1]
    rows = []
    for top, bottom in zip(rules, rules[1:]):
        inside = [c for c in table_chars if top < (c["top"] + c["bottom"]) / 2 < bottom]
        if inside:
            inside.sort(key=lambda c: (round(c["top"]), c["x0"]))
            text = "".join(c["text"] for c in inside)
            # A row of figures only is data: LibreOffice sets the DOCX's digits in its Latin face (Times New Roman).
            rows.append(Row(top, bottom, text, not text.isascii() and not any(c["fontname"] in data_fonts for c in inside)))
    return rows


def inked_right_of_the_text_block(pdf: bytes, g: Geometry = Geometry()) -> list[int]:
    """The pages with ink in the 4 pt strip right of the text block (a glyph's box may reach there, its ink may not)."""
    edge = (g.page_width_mm - g.margin_right_mm) * MM
    top, bottom = g.margin_top_mm * MM, (g.page_height_mm - g.margin_bottom_mm) * MM
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.page_number for page in doc.pages
                if min(page.crop((edge + 0.05, top, edge + 4, bottom)).to_image(resolution=288).original.convert("L")
                       .getextrema()) < 160]


def body_lines(pages: list[Page], g: Geometry = Geometry()) -> list[tuple[Page, Line]]:
    """Every line set in the body size (paragraphs, headings, signature, captions), in order."""
    return [(p, line) for p in pages for line in p.lines if abs(line.size - g.body_size_pt) < 0.1]


def _segments(blocks):
    """``(block, text)`` of every justified paragraph (split at its line breaks; its last part last) and heading, and
    ``(block, "")`` of every 署名 and 附件说明, in order."""
    for block in blocks:
        if isinstance(block, Attachment):
            yield from _segments(block.blocks)
        elif isinstance(block, (Paragraph, Heading)):
            text = block.text if isinstance(block, Paragraph) else block.number + block.text
            for part in text.replace("\u2028", "\n").split("\n"):
                if part.strip():
                    yield block, _plain(part)
        elif isinstance(block, (Signature, AttachmentNote)):
            yield block, ""


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass
class Segment:
    kind: str
    text: str
    lines: list[tuple[Page, Line]]
    #: The block it is (a paragraph's part, a heading, a 署名 or 附件说明): told apart by identity, not by text.
    block: object = None


def paragraphs(pages: list[Page], document: Document, g: Geometry = Geometry()) -> list[Segment]:
    """The lines of each paragraph and heading of ``document``, matched by text; raises when the
    PDF's text differs from the data's (a character added, lost or changed).

    A paragraph begins at the first line after the last one matched from which its whole text follows: lines no
    segment takes (a 署名's, a caption's, an attachment's label) may begin as it does (an organ's name), and the
    first line that merely began like it was taken for its start."""
    lines = body_lines(pages, g)
    texts = [_plain(line.text) for _, line in lines]
    found, i = [], 0
    for block, text in _segments(document.blocks):
        kind = type(block).__name__
        if not text:
            found.append(Segment(kind, "", [], block))
            continue
        starts = [j for j in range(i, len(lines)) if texts[j] and text.startswith(texts[j])]
        if not starts:
            raise AssertionError(f"PDF 中找不到段落：{text[:30]}")
        for start in starts:
            j, acc = _followed(texts, start, text)
            if acc == text:
                break
        else:
            _, acc = _followed(texts, starts[0], text)
            raise AssertionError(f"PDF 的文字与数据不同：{text[:30]} … 在 {acc[-10:]!r} 之后")
        found.append(Segment(kind, text, lines[start:j], block))
        i = j
    return found


def _followed(texts: list[str], start: int, text: str) -> tuple[int, str]:
    """How much of ``text`` the lines ``texts`` from ``start`` on spell out, and where those lines end."""
    j, acc = start, ""
    while acc != text and j < len(texts) and text.startswith(acc + texts[j]):
        acc += texts[j]
        j += 1
    return j, acc


def lines_in_both_pdfs(data: dict, g: Geometry = Geometry()) -> dict[str, tuple[bytes, dict[str, list[str]]]]:
    """``data`` rendered by each PDF engine: by engine, its PDF and each paragraph's printed lines (:func:`_plain`
    text) by the paragraph's :func:`_plain` text."""
    found = {}
    for engine in ("weasyprint", "typst"):
        result = render(data, formats=("pdf",), engine=engine)
        segments = paragraphs(measure(result.pdf, g), result.document, g)
        found[engine] = result.pdf, {s.text: [_plain(line.text) for _, line in s.lines] for s in segments}
    return found


def paragraph_breaks(pages: list[Page], document: Document, g: Geometry = Geometry()) -> list[str]:
    """Paragraphs and headings the page parts otherwise than the data: one whose first line is not indented two
    characters (run on from the one before it) and a line indented inside one (a paragraph break the data has not).
    Their texts alone cannot tell: where a paragraph's last line reaches the right edge, the next paragraph's text
    follows it the same whether the two are printed as one paragraph or as two. A paragraph's part after a line break
    begins at the left edge, as its other lines do."""
    out = []
    segments = paragraphs(pages, document, g)
    for previous, seg in zip([None, *segments], segments):
        for k, (page, line) in enumerate(seg.lines):
            indent = (line.x0 - page.block[0]) / line.size
            if k == 0 and (previous is None or previous.block is not seg.block):
                if abs(indent - 2) > INDENT_TOLERANCE_EM:
                    out.append(f"p{page.number}: runs on from the paragraph before ({indent:.1f} em in): {seg.text[:20]}")
            elif abs(indent) > INDENT_TOLERANCE_EM:
                out.append(f"p{page.number}: a paragraph break inside ({indent:.1f} em in): {_plain(line.text)[:20]}")
    return out


def ragged_lines(pages: list[Page], document: Document, g: Geometry = Geometry()) -> list[str]:
    """Lines of a paragraph or heading, other than its last, that do not end on the right edge."""
    out = []
    for seg in paragraphs(pages, document, g):
        for page, line in seg.lines[:-1]:
            gap = page.block[2] - line.x1
            if abs(gap) > EDGE_TOLERANCE_PT:
                out.append(f"p{page.number}: {gap:+.1f}pt {line.text}")
    return out


def lines_per_full_page(pages: list[Page], document: Document, g: Geometry = Geometry()) -> dict[int, int]:
    """Body-size lines on each *full* page: one whose last paragraph runs on to the next page with
    more lines than widow control asks for, so nothing but the page's foot ended it."""
    counts = {}
    for seg in paragraphs(pages, document, g):
        numbers = [p.number for p, _ in seg.lines]
        for number in sorted(set(numbers))[:-1]:
            if numbers.count(number + 1) > g.widows_orphans:
                counts[number] = len([1 for _ in body_lines([pages[number - 1]], g)])
    return counts


def line_box_bottom(line: Line, g: Geometry = Geometry()) -> float:
    """Where the line box of ``line`` (not a table's) ends: a grid pitch tall, its text's em box in the middle, as
    both PDFs set every line outside a table; the next line or block begins there."""
    return line.baseline + EM_DESCENT * line.size + (g.line_pitch_pt - line.size) / 2


def content_bottom(page: Page, g: Geometry = Geometry()) -> float:
    """Where what ``page`` holds ends: the last line box, or the last table row's bottom rule (a glyph's bottom lies
    half the leading above its line box's end, a table cell's even further above the rule)."""
    ends = [row.bottom for row in page.rows]
    for line in page.lines:
        if line.size >= TABLE_TYPE_PT:
            ends.append(line_box_bottom(line, g))
        elif not any(row.top < line.baseline < row.bottom for row in page.rows):
            ends.append(line.bottom)  # table type outside any ruled row: only its glyphs tell where it ends
    return max(ends)


def foot_room(pages: list[Page], document: Document, g: Geometry = Geometry()) -> list[str]:
    """Full pages (see :func:`lines_per_full_page`) with room for one more line at their foot, measured from where
    their last line box or table ends."""
    out = []
    for number in lines_per_full_page(pages, document, g):
        page = pages[number - 1]
        room = page.block[3] - content_bottom(page, g)
        if room > g.line_pitch_pt:
            out.append(f"p{number}: {room:.1f}pt free at the foot")
    return out


def gaps_below_tables(pages: list[Page], g: Geometry = Geometry()) -> list[tuple[int, str, float]]:
    """Each line outside a table (a paragraph's, a heading's) right under a table: its page, its text and how far the
    top of its em box lies under the table's bottom rule, in points. Under a paragraph's last line it lies the
    leading (line pitch − type size) under that line's em box."""
    out = []
    for page in pages:
        body = [line for line in page.lines if line.size >= TABLE_TYPE_PT]
        for above, line in zip([None, *body], body):
            rules = [row.bottom for row in page.rows
                     if row.bottom < line.baseline and (above is None or row.bottom > above.baseline)]
            if rules:
                out.append((page.number, line.text, line.baseline - (1 - EM_DESCENT) * line.size - max(rules)))
    return out


def lead_ins_apart(pages: list[Page], document: Document, g: Geometry = Geometry()) -> list[str]:
    """Paragraphs that lead in to a table (the block right before it) whose last line ends a page, the table
    beginning on the next. A paragraph of the same text elsewhere (a task's 责任科室（单位） line, as the last task's
    before the task table) leads in to nothing."""
    leads = {id(block) for block in _lead_ins(document.blocks)}
    segments = paragraphs(pages, document, g)
    out = []
    for seg, following in zip(segments, [*segments[1:], None]):
        if id(seg.block) in leads and (following is None or following.block is not seg.block):
            page, last = seg.lines[-1]
            if page.number < len(pages) and not any(line.baseline > last.baseline + 1 for line in page.lines):
                out.append(f"p{page.number}: a table's lead-in ends the page: {seg.text[-20:]}")
    return out


def _lead_ins(blocks):
    for block, following in zip(blocks, [*blocks[1:], None]):
        if isinstance(block, Attachment):
            yield from _lead_ins(block.blocks)
        elif isinstance(block, Paragraph) and isinstance(following, Table):
            yield block


def stranded(pages: list[Page], document: Document, g: Geometry = Geometry(), *,
             unnumbered_blank_ok: bool = False) -> list[str]:
    """Pages that break a keep rule: blank; beginning with the 署名/成文日期 or the 附件说明; holding only an
    attachment's label or title; a table's head with none of its rows (a 署名 after it); the
    signature with fewer than two of the body's lines (or its whole last paragraph) before it, or, after a
    附件说明 too long to share a page with them and three of the body's lines (``Geometry.note_keeps_together``: a
    paragraph of three moves whole), fewer than two of its lines;
    a heading, or a table's header rows, at a page's foot without what follows."""
    out = []
    segments = paragraphs(pages, document, g)
    body = body_lines(pages, g)
    # Where each 署名 is: after what came before it, by its text (a paragraph's line may read as an organ's name).
    signed: dict[int, tuple[int, int]] = {}
    for k, seg in enumerate(segments):
        if seg.kind == "Signature":
            before = next((s.lines[-1] for s in reversed(segments[:k]) if s.lines), None)
            found = _signature_lines(body, body.index(before) + 1 if before else 0, seg.block)
            if found:
                signed[k] = found
    # A page begins with the 署名 where its first line is one of the 署名's that reads as a whole organ's name or the date.
    signature_lines = {id(line) for k, (at, height) in signed.items() for _, line in body[at:at + height]
                       if _plain(line.text) in {_plain(t) for t in (*segments[k].block.organs, segments[k].block.date)}}
    heads = {_plain(text) for b in _all(document.blocks) if isinstance(b, Attachment)
             for text in (b.label, b.title, b.label + b.title)}
    for page in pages:
        if not page.lines:
            if not (unnumbered_blank_ok and page.folio is None):
                out.append(f"p{page.number}: blank page")
            continue
        first = _plain(page.lines[0].text)
        if id(page.lines[0]) in signature_lines:
            out.append(f"p{page.number}: begins with the signature/date {first}")
        if first.startswith("附件：") and abs(page.lines[0].size - g.body_size_pt) < 0.1:
            out.append(f"p{page.number}: begins with the 附件说明")
        if "".join(_plain(line.text) for line in page.lines) in heads:
            out.append(f"p{page.number}: holds only an attachment's label or title")
        rows = page.rows
        if rows and rows[-1].head and not any(line.top > rows[-1].bottom for line in page.lines):
            out.append(f"p{page.number}: table head at the foot: {rows[-1].text[:20]}")
        elif rows and all(row.head for row in rows):
            out.append(f"p{page.number}: a table's head without any of its rows: {rows[-1].text[:20]}")
    for k, seg in enumerate(segments):
        if seg.kind == "Signature":
            last = next((s for s in reversed(segments[:k]) if s.kind == "Paragraph"), None)
            if last and k in signed:
                at, height = signed[k]
                page = body[at][0]
                before = [ln for p, ln in last.lines if p is page]
                # The 附件说明's lines between them: when they, three of the paragraph's lines, the signature and the
                # blank line before each cannot share a page, two of the 附件说明's lines ride with the signature instead.
                note = body[body.index(last.lines[-1]) + 1:at]
                if len(note) + 3 + height + 2 > g.lines_per_page:
                    on_page = sum(p is page for p, _ in note)
                    if on_page < 2:
                        out.append(f"p{page.number}: the signature has {on_page} of the 附件说明's lines")
                elif len(before) < min(2, len(last.lines)) and not _after_table(document.blocks, seg.block):
                    out.append(f"p{page.number}: the signature has {len(before)} of the last paragraph's lines")
        if seg.kind == "Heading" and seg.lines:
            page, line = seg.lines[-1]
            after = [ln for ln in page.lines if ln.top > line.bottom]
            if not after and page.number < len(pages):
                out.append(f"p{page.number}: heading at the foot: {seg.text[:20]}")
            nxt = segments[k + 1] if k + 1 < len(segments) else None
            if nxt and nxt.kind == "Paragraph" and len(nxt.lines) >= 2 and \
                    sum(1 for p, _ in nxt.lines if p is page) == 1:
                out.append(f"p{page.number}: heading with one line of its paragraph: {seg.text[:20]}")
    return out


def _signature_lines(body: list[tuple[Page, Line]], start: int, block: Signature) -> tuple[int, int] | None:
    """Where ``block`` (a 署名 and 成文日期) begins in ``body`` at or after ``start``, and how many lines it takes: an
    organ too long for one line wraps."""
    whole = "".join(_plain(text) for text in (*block.organs, block.date))
    for at in range(start, len(body)):
        acc, j = "", at
        while j < len(body) and whole.startswith(acc + _plain(body[j][1].text)) and acc != whole:
            acc += _plain(body[j][1].text)
            j += 1
        if acc == whole and acc:
            return at, j - at
    return None


def _after_table(blocks, signature: Signature) -> bool:
    """Whether ``signature`` follows a table (its 附件说明 between them, if any): the last paragraph, the table's lead-in,
    need not share its page; the table's last rows do (a page beginning with it is one that begins with the 署名)."""
    flat = list(_all(blocks))
    at = next(i for i, block in enumerate(flat) if block is signature)
    before = next((block for block in reversed(flat[:at]) if not isinstance(block, AttachmentNote)), None)
    return isinstance(before, Table)


def _all(blocks):
    for block in blocks:
        yield block
        if isinstance(block, Attachment):
            yield from _all(block.blocks)


def signature_alone(pages: list[Page], document: Document, g: Geometry = Geometry()) -> list[str]:
    """Pages that hold a 署名/成文日期 and nothing else but a table's repeated head rows: GB/T 9704 wants at least one
    line of the body (a paragraph's, or a table's last row's) on the signature's page."""
    body = body_lines(pages, g)
    out = []
    for seg in paragraphs(pages, document, g):
        if seg.kind != "Signature" or (found := _signature_lines(body, 0, seg.block)) is None:
            continue
        at, height = found
        signature = {id(line) for _, line in body[at:at + height]}
        page = body[at][0]
        heads = [row for row in page.rows if row.head]
        others = [line for line in page.lines if id(line) not in signature
                  and not any(row.top < line.baseline < row.bottom for row in heads)]
        if not others:
            out.append(f"p{page.number}: the signature alone: {_plain(seg.block.date)}")
    return out
