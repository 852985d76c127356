"""PDF output through Typst (the ``typst`` wheel: no system library, pip-only on every OS).

The engine reads the same block tree, layout geometry and font choice as the WeasyPrint
renderer. ``templates/gbt9704/document.typ`` draws every kind of block; the document's texts
reach it only as JSON data in ``sys.inputs`` and are shown as strings, never parsed as markup.
Typst's root is a temporary folder holding only that source; its fonts are the chosen faces'
files, whole (Typst subsets what it embeds), linked into a folder of their own; it sees no
system font and none of its own: nothing else on the machine can be read or used.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import math
import os
import re
import shutil
import tempfile
import threading
from collections import Counter
from pathlib import Path

import typst

from ..blocks import AttachmentNote, Cell, Document, Heading, Imprint, Masthead, Paragraph, Signature, Table
from ..errors import WARNING, Diagnostic, RenderError
from ..fonts import MISSING_MARK, FontSurvey, role_texts, survey
from ..layout import (AUTOSPACED, CLOSING_MARKS, JOINED_MARKS, OPENING_MARKS, QUOTE_BREAK, UNBROKEN, Geometry, Layout,
                      text_width)
from ..line_breaks import set_lines
from ..registry import FontFace, RenderOutput
from ..resources import templates_dir
from ..write import abandoned
from .masthead import masthead_place, notice_pitch

TEMPLATE = templates_dir() / "gbt9704" / "document.typ"
#: The texts the WeasyPrint template sets with its ``autospace`` filter, by block kind (and every cell's):
#: they reach Typst as :func:`_runs` (tests/test_typst.py::test_both_pdf_engines_space_the_same_texts).
SPACED = {"Title": ("text",), "Addressee": ("line",), "Heading": ("text",), "Paragraph": ("text",),
          "Table": ("caption",), "AttachmentNote": ("items",), "Signature": ("organs", "date"), "Attachment": ("title",),
          "Imprint": ("copy_line", "printer", "date_line")}
_UNBROKEN = re.compile(f"{UNBROKEN}+")
#: Where Pango, and so the WeasyPrint PDF, breaks a run (layout.UNBROKEN) after a "/" before a digit (Unicode's rules,
#: 15.1 for numbers): unless the "/" is part of a number ("rdjy/|2023/", not "2023/2024"). Typst's rules do not.
_SLASH_DIGIT = re.compile(r"(?<![0-9/.,:;])[/.,:;]*/(?=[0-9])")
#: Where Pango breaks a run after a "." "," ":" or ";" before a digit: unless they follow a digit, as in a number
#: ("100%,|98.5%,|97.25%", "e.g.,|2021", "ab:|12:30", "No.|5", after Chinese "电话:|0816"; not "1.5,2"). Typst broke
#: such a run anywhere ("93.015625|%"), or nowhere when it fits a line (UAX #14's LB13 and LB25: "电|话:0816").
_SIGN_DIGIT = re.compile(r"(?<![0-9.,:;/])[.,:;]+(?=[0-9])")
#: A run's breaks before a digit that Pango has and Typst has not.
_BEFORE_DIGIT = re.compile(f"{_SLASH_DIGIT.pattern}|{_SIGN_DIGIT.pattern}")
#: The marks no line starts with in a run of letters, digits and signs (and closing brackets, quotes): Pango breaks no
#: line before one, nor the template before the box that begins with one (a word joiner keeps it to what is before it).
_NO_LINE_START = "-/.?!,;:)]}'\""
#: Every place Pango breaks a run (measured with pango_get_log_attrs): after a "/", a "-" or a "?" or "!" before anything
#: but a mark of :data:`_NO_LINE_START`, a "-" not before a digit either, a "/" before a digit as :data:`_SLASH_DIGIT`
#: says ("example-|county.gov.cn/|col/|index.html?|id=1"), a sign before a digit as :data:`_SIGN_DIGIT` says; never
#: after "&" or "=".
_BREAK = re.compile(f"(?<=[-/?!])(?=[^{re.escape(_NO_LINE_START)}0-9])|(?<=[?!])(?=[0-9])|{_BEFORE_DIGIT.pattern}")
#: Where the template's boxes would let a line break that the WeasyPrint PDF keeps whole: before “ ‘ and after ” ’, which
#: the template boxes as opening and closing marks, where layout.QUOTE_BREAK does not let a line break (Pango's UAX #14
#: rule LB19: "——|“引号”", "”|——" and "…|“" broke in the Typst PDF only). Not beside a space, where both PDFs break,
#: nor beside a mark the template already joins.
_UNJOINED = re.compile(f"(?<=[^\\s{OPENING_MARKS}])(?=[\u201c\u2018])|(?<=[\u201d\u2019])(?=[^\\s{CLOSING_MARKS}…])")
#: The joined mark (layout.JOINED_MARKS) Pango reads as a letter (UAX #14 class AI): no line breaks between it and the
#: Latin letters or digits after it ("A·B"); the template boxes them with it ("A·|B" broke in the Typst PDF only).
_LETTER_JOINED = "\u00b7"
_WORD_JOINER = "\u2060"
#: The kinds of block whose texts the template justifies to the text block's width (``wide``); the others' lines are
#: ragged. A heading's are justified in both PDFs: its line before a run that starts the next spreads to the right edge.
_JUSTIFIED = ("Paragraph", "Heading")
#: The element of each kind of block whose type sets the texts of ``SPACED`` (a heading's: by its level).
_ELEMENTS = {"Title": "title", "Addressee": "addressee", "Paragraph": "body", "Table": "caption",
            "AttachmentNote": "attachment", "Signature": "signature", "Attachment": "title", "Imprint": "imprint"}
#: The 版记's type size (4号, GB/T 9704 §7.4), as the red-head layout's CSS sets it.
_IMPRINT_PT = 14
#: Values of ``--pdf-standard`` (Typst's names); PDF/A needs the title and language, which every document has.
PDF_STANDARDS = ("a-2b",)


def render_typst(document: Document, layout: Layout, fonts: list[FontFace], pdf_standard: str | None = None) -> RenderOutput:
    """Typeset ``document`` with ``layout`` through Typst; its warnings come back as diagnostics."""
    compiler, _faces, data = _input(document, layout, fonts)
    try:
        pdf, warnings = compiler.compile_with_warnings(
            format="pdf", sys_inputs={"data": data}, pdf_standards=[pdf_standard] if pdf_standard else [],
            timestamp=int(document.created.timestamp()) if document.created else None)
    except typst.TypstError as exc:
        raise RenderError(f"PDF 引擎 Typst 未能排版：{exc.message}") from None
    diagnostics = [Diagnostic(WARNING, f"PDF 引擎 Typst: {w.message}") for w in warnings]
    return RenderOutput(data=pdf, diagnostics=diagnostics)


def imprint_place(document: Document, layout: Layout, fonts: list[FontFace]) -> str:
    """Where the Typst PDF sets the document's 版记, one of ``reportkit.layout.IMPRINT_PLACES`` (``"foot"`` without
    one): the DOCX follows it where WeasyPrint cannot run (renderers/docx.py). Typst lays the document out without
    writing a PDF."""
    _, faces, data = _input(document, layout, fonts)
    root = _root()
    try:
        found = json.loads(typst.query(str(root / "main.typ"), "<rk-imprint-place>", field="value", root=str(root),
                                       font_paths=faces, ignore_system_fonts=True, sys_inputs={"data": data}))
    except typst.TypstError as exc:
        raise RenderError(f"PDF 引擎 Typst 未能排版：{exc.message}") from None
    return found[0] if found else "foot"


def _input(document: Document, layout: Layout, fonts: list[FontFace]) -> tuple[typst.Compiler, typst.Fonts, str]:
    """The compiler and font set for ``document``'s faces, and its data as the template reads it."""
    chosen = survey(role_texts(document, layout), fonts)
    compiler, families, faces = _compiler(tuple((chosen.keys[face], _stamp(chosen.keys[face][0]))
                                                for face in chosen.faces()))
    named = {face: families.get(chosen.keys[face]) for face in chosen.faces()}
    # check_circular: the data is made afresh, no value holds itself
    data = json.dumps(_data(document, layout, chosen, named), ensure_ascii=False, check_circular=False)
    if chosen.missing:  # as in the WeasyPrint PDF (renderers/pdf.py): Typst drew an empty box, extracted as "(cid:0)"
        data = data.translate({ord(ch): MISSING_MARK for ch in chosen.missing})
    return compiler, faces, data


_TEMP_PREFIX = "reportkit-typst-"
_state = threading.local()


def _folder() -> Path:
    """This process's own temporary folder, removed when it exits (and by a later run when it was killed)."""
    if "folder" not in _state.__dict__:
        for folder in Path(tempfile.gettempdir()).glob(f"{_TEMP_PREFIX}*"):
            pid = folder.name[len(_TEMP_PREFIX):].split("-")[0]
            if pid.isdigit() and abandoned(int(pid), folder):
                shutil.rmtree(folder, ignore_errors=True)
        _state.temporary = tempfile.TemporaryDirectory(prefix=f"{_TEMP_PREFIX}{os.getpid()}-")
        _state.folder = Path(_state.temporary.name)
    return _state.folder


def _root() -> Path:
    """Typst's root: the template alone, so that nothing else is readable from the document."""
    root = _folder() / "root"
    if not root.is_dir():
        root.mkdir()
        (root / "main.typ").write_text(TEMPLATE.read_text(encoding="utf-8"), encoding="utf-8")
    return root


def _stamp(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_mtime_ns, info.st_size


def _compiler(files: tuple[tuple[tuple[str, int], tuple[int, int]], ...]
              ) -> tuple[typst.Compiler, dict[tuple[str, int], str], typst.Fonts]:
    """A Typst compiler of the template with the font set of ``files`` (``((path, index), stamp)``), each face's
    family as Typst reads it, and the font set.

    Made once per set of files in a thread and kept, documents passing only their data: Typst then loads each
    face once, not once per document (issue 14: subsetting for every report cost more than the typesetting),
    and a compiler made anew for each document cost 3-7 ms more (4-7 %, benchmarks/README.md).
    """
    cache = _state.__dict__.setdefault("compilers", {})
    if files not in cache:
        folder = Path(tempfile.mkdtemp(prefix="fonts-", dir=_folder()))
        origin = {}
        for i, path in enumerate(_dedupe(path for (path, _), _ in files)):
            link = folder / f"{i}{Path(path).suffix.lower()}"
            _link(Path(path), link)
            # Typst names the file the link leads to, bytes of the name that are not UTF-8 as U+FFFD (a font copied
            # from a Chinese Windows has a GBK name).
            origin[os.fsencode(link.resolve()).decode("utf-8", "replace")] = path
        faces = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(folder)])
        families = {(origin[str(Path(info.path).resolve())], info.index): info.family for info in faces.fonts()}
        if len(cache) >= 4:  # a worker renders with one layout's fonts, seldom more
            cache.pop(next(iter(cache)))
        root = _root()
        cache[files] = typst.Compiler(str(root / "main.typ"), root=str(root), font_paths=faces,
                                      ignore_system_fonts=True), families, faces
    return cache[files]


def _link(source: Path, link: Path) -> None:
    """``link`` names ``source``: a symbolic link, else a hard link (Windows without the right), else a copy."""
    for make in (os.symlink, os.link, shutil.copyfile):
        try:
            make(source, link)
            return
        except OSError:
            continue
    raise RenderError(f"无法在临时文件夹 {link.parent} 中放入字体文件 {source}：请检查临时文件夹所在的磁盘")


def _data(document: Document, layout: Layout, chosen: FontSurvey, families: dict[FontFace, str | None]) -> dict:
    """The document, geometry and font stacks as plain JSON values for the template."""
    g = layout.geometry
    geometry = dataclasses.asdict(g) | {"line_pitch_pt": g.line_pitch_pt, "tracking_pt": g.tracking_pt,
                                        "imprint_size_pt": _IMPRINT_PT}
    stacks = {role: [families[f] for f in [*chosen.stacks.get(role, []), *chosen.fallbacks] if families.get(f)]
              for role in {*layout.roles.values()}}
    fonts = {element: _dedupe(stacks[role]) or ["serif"] for element, role in layout.roles.items()}
    baselines = {role: _baseline_em(chosen, role) for role in stacks}
    latin = {role: _latin(chosen, role) for role in stacks}
    masthead = next((b for b in document.blocks if isinstance(b, Masthead)), None)
    return {
        "title": document.title.replace("\n", ""),
        "author": [document.author] if document.author else [],
        "subject": document.subject or None,
        "keywords": list(document.keywords),
        "lang": document.lang,
        "draft": document.draft,
        "geometry": geometry,
        "fonts": fonts,
        "baseline_em": {element: baselines[role] for element, role in layout.roles.items()},
        "dash_ink_pt": _dash_ink(chosen, layout.roles["page_number"], g.page_number_size_pt),
        "masthead": dataclasses.asdict(masthead_place(masthead, layout, chosen)) if masthead else None,
        "marks": {"closing": CLOSING_MARKS, "opening": OPENING_MARKS, "joined": JOINED_MARKS, "letter": _LETTER_JOINED},
        "notice_pitch": notice_pitch(document.blocks, layout, chosen),
        "unnumbered": [],
        "pushed": [],
        "blocks": _blocks(document.blocks, g, {element: latin[role] for element, role in layout.roles.items()}),
    }


def _dedupe(items: list) -> list:
    return list(dict.fromkeys(items))


#: The most lines of an attachment's first note (表后说明) that its table carries as a last row, which cannot break: a
#: longer note prints as a paragraph after the table (a row taller than a page would run off its foot).
_NOTE_LINES = 5


def _blocks(blocks, geometry: Geometry, latin: dict[str, dict[str, float]]) -> list[dict]:
    """The blocks as JSON; the paragraphs kept with it (``keep_with_previous``), the 附件说明 and the signature after
    a paragraph (any of them) become its ``tail``, which it carries (templates/gbt9704/document.typ, ``carrying-par``),
    as the WeasyPrint PDF keeps them with it. A tail never breaks: kept paragraphs the WeasyPrint PDF may part
    (:func:`_parted`: a 责任科室（单位） line of a dozen units), or that may not fit on a page under the carrier's last two
    lines, are not carried and break as any paragraph (carried, they ran off the page's foot, through its number, or
    left most of it empty): the carrier ``holds`` room for their first lines only.
    A paragraph kept with a table (an attachment's first note) of at most :data:`_NOTE_LINES` becomes its ``note``,
    printed as its last row (``table-block``); a 附件说明 and signature right after a table become its ``tail``, printed
    in a row after that, which its last rows keep (the WeasyPrint PDF carries them with it: ``.signature { break-before:
    avoid }``; Typst set the signature alone at a page's top). ``latin`` holds each element's :func:`_latin` widths."""
    out = [_block(b, geometry, latin) for b in blocks]
    folded: list[dict] = []
    i = 0
    while i < len(blocks):
        j = i + 1
        if isinstance(blocks[i], Table):
            if j < len(blocks) and isinstance(blocks[j], Paragraph) and blocks[j].keep_with_previous \
                    and text_width(blocks[j].text) + 2 <= _NOTE_LINES * geometry.chars_per_line:  # a short first note
                out[j] = out[i] | {"note": out[j]}  # the table in the note's place, which the tail follows
                i = j
            j = _tail_end(blocks, i + 1)
        elif isinstance(blocks[i], Paragraph):
            lines = geometry.widows_orphans  # the carrier's last lines, and the kept paragraphs it carries under them
            while j < len(blocks) and isinstance(blocks[j], Paragraph) and blocks[j].keep_with_previous \
                    and not _parted(blocks[j], geometry) \
                    and (lines := lines + geometry.paragraph_lines(blocks[j].text, 2)) <= geometry.lines_per_page:
                j += 1
            j = _tail_end(blocks, j)
            if j < len(blocks) and isinstance(blocks[j], Paragraph) and blocks[j].keep_with_previous:
                # a kept paragraph too long to carry: room for its first lines, as for a kept one
                out[i] = out[i] | {"holds": geometry.widows_orphans}
        folded += _carried(out[i], out[i + 1:j], blocks[i + 1:j], geometry) if j > i + 1 else [out[i]]
        i = j
    return folded


def _tail_end(blocks: list, j: int) -> int:
    """Where the 附件说明 and the signature from ``blocks[j]`` on (either, both or none) end."""
    while j < len(blocks) and isinstance(blocks[j], AttachmentNote):
        j += 1
    return j + 1 if j < len(blocks) and isinstance(blocks[j], Signature) else j


def _parted(block: Paragraph, geometry: Geometry) -> bool:
    """Whether ``block``, kept with the paragraph before it, is long enough for the WeasyPrint PDF to part it, only its
    first lines going with that paragraph (widows and orphans 2: four lines at least): that paragraph holds room for
    them only. Carried whole, a 责任科室（单位） line of a dozen units went to the next page with the measures' last
    lines and left most of the page empty; one before a table carries the table's start itself (``carrying-par``'s
    room), and the lot left half a page empty."""
    return geometry.paragraph_lines(block.text) >= 2 * geometry.widows_orphans


def _carried(paragraph: dict, tail: list[dict], blocks: list, geometry: Geometry) -> list[dict]:
    """``paragraph`` carrying ``tail`` (the JSON of ``blocks``) whole, or, for a 附件说明 too long to keep with it
    (``Geometry.note_keeps_together``), only the 附件说明's first item, the others following as blocks of their own
    and the last ones (``Geometry.note_tail``) kept with the signature, as in the WeasyPrint PDF: a tail is never
    broken."""
    note, after = tail[0], tail[1:]
    signature = blocks[1] if len(blocks) > 1 and isinstance(blocks[1], Signature) else None
    if not isinstance(blocks[0], AttachmentNote) or len(blocks[0].items) < 2 or geometry.note_keeps_together(
            blocks[0].items, signature.organs if signature else None):
        return [paragraph | {"tail": tail}]
    first, rest = note | {"items": note["items"][:1]}, note | {"items": note["items"][1:], "first": 1}
    kept = geometry.note_tail(blocks[0].items) if after else 0
    return [paragraph | {"tail": [first]}, rest | {"kept": kept}, *after]


def _block(block, geometry: Geometry, latin: dict[str, dict[str, float]]) -> dict:
    """A block as JSON: its fields plus ``kind``; derived lines (addressee, imprint) included, and
    whether a 署名 wraps (``Geometry.signature_wraps``)."""
    out = {"kind": type(block).__name__}
    names, derived = _names(type(block))
    for name in names:
        value = getattr(block, name)
        if name == "blocks":
            value = _blocks(value, geometry, latin)
        elif name == "rows":
            grid = block.grid()
            rooms = _cell_rooms(block, geometry, grid)
            whole = geometry.whole_rows(block, grid)
            tall = {id(grid[at]) for at in geometry.tall_cells(block, grid)}
            long = {id(grid[r, c]) for r, c in geometry.tall_cells(block, grid, 4) if not whole[r]}
            long |= {id(c) for (r, _), c in grid.items() if c.rowspan > 1 and not all(whole[r:r + c.rowspan])}
            types = {False: latin["table"], True: latin["table_header"]}
            value = [[_cell(c, whole[r] and c.rowspan == 1, rooms[id(c)], types[c.header], id(c) in tall, id(c) in long)
                      for c in row] for r, row in enumerate(value)]
        out[name] = value
    for name in derived:
        out[name] = getattr(block, name)
    if isinstance(block, Imprint):  # the 抄送's names: the template sets the label 抄送： in a box of its own
        out["copy_line"] = block.copy_line.removeprefix("抄送：")
    if isinstance(block, Signature):
        out["wraps"] = geometry.signature_wraps(block.organs)
        out["gap"] = geometry.organ_gap(block.organs)
    if isinstance(block, Table):
        out |= _breaks(block, geometry, grid, whole, tall)
    if isinstance(block, Heading):
        out["text"] = geometry.heading_typeset(block)
    if isinstance(block, AttachmentNote):  # its items as numbered in the whole 附件说明 (``_carried`` may part it)
        out |= {"first": 0, "count": len(block.items), "kept": 0}
    room = _room(out["kind"], geometry)
    element = f"heading{block.level}" if isinstance(block, Heading) else _ELEMENTS.get(out["kind"], "body")
    widths = latin.get(element, {})
    for name in SPACED.get(out["kind"], ()):
        if isinstance(out[name], list):
            out[name] = [_runs(v, room, widths) for v in out[name]]
        elif out[name] is not None:
            out[name] = _runs(out[name], room, widths, out["kind"] in _JUSTIFIED)
    return out


def _breaks(table: Table, geometry: Geometry, grid: dict, whole: list[bool], tall: set[int]) -> dict:
    """Where the template may break ``table`` (``Geometry.kept_rows``) of ``grid`` (``table.grid()``): each cell's
    column (every cell is placed explicitly), and ``runs``, for the first row of each run of body rows kept together
    (``None`` for the others): its end, and whether it may split (a row of it may: ``whole`` is
    ``Geometry.whole_rows``); ``parted``, whether a page may break inside a cell spanning body rows, or split a row
    beside its name (a cell set left, not the row's only one of ``tall``, by ``id``: ``Geometry.tall_cells``) or under
    one (a task's name over its sub-items, the last of which splits: it was not set again on the next page), which the
    template then sets again over its rows on the next page (one more layout pass)."""
    kept, head = geometry.kept_rows(table, grid), table.header_rows
    columns: list[list[int]] = [[] for _ in table.rows]
    for r, c in grid:
        columns[r].append(c)
    body = [r >= head and not all(c.header for c in row) for r, row in enumerate(table.rows)]
    starts = [r for r in range(len(table.rows)) if not (r and body[r] and body[r - 1] and kept[r - 1])]
    runs: list = [None] * len(table.rows)
    for start, end in zip(starts, starts[1:] + [len(table.rows)]):
        runs[start] = [end, not all(whole[start:end])]
    talls = Counter(r for (r, _), cell in grid.items() if id(cell) in tall)
    parted = any(not kept[k] for (r, _), cell in grid.items() if r >= head for k in range(r, r + cell.rowspan - 1)) \
        or any(not whole[r] and cell.align == "left" and (id(cell) not in tall or talls[r] > 1)
               for (r, _), cell in grid.items() if r >= head) \
        or any(not all(whole[r:r + cell.rowspan]) for (r, _), cell in grid.items() if r >= head and cell.rowspan > 1)
    return {"columns": columns, "runs": runs, "parted": parted}


@functools.lru_cache(maxsize=None)
def _names(kind: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A kind of block's fields but its source, and the derived lines it has (addressee, imprint)."""
    return (tuple(f.name for f in dataclasses.fields(kind) if f.name != "source"),
            tuple(name for name in ("line", "copy_line", "date_line") if hasattr(kind, name)))


def _room(kind: str, geometry: Geometry) -> float:
    """How many ems a line of a block of ``kind`` holds, at least: the text block's width in its type size, less
    the 附件说明's label and number, and the 2 characters right of a 署名's organ (§7.3.5.2; the date, 4 from the
    edge when a name wraps, holds no run that long). At 4, a run of 24 to 25.6 ems, which fits a wrapped organ's line,
    was cut a character a piece and broke at the line's end in the Typst PDF only. The 版记's in its own type, less the
    character in on each side and the label 抄送： (measured in the body's, a 抄送 of 40 Latin capitals ran into the
    character kept clear at its right, where the WeasyPrint PDF broke it)."""
    width = geometry.block_width_pt
    if kind in ("Title", "Attachment"):
        return width / geometry.title_size_pt
    if kind == "Imprint":
        return width / _IMPRINT_PT - 5
    return width / geometry.body_size_pt - {"AttachmentNote": 5, "Signature": 2}.get(kind, 0)


def _cell(cell: Cell, unbreakable: bool, room: float, widths: dict[str, float], top: bool, sliced: bool) -> dict:
    """``top``: a cell that may be taller than half a page (``Geometry.tall_cells``) starts at its top, as in the
    WeasyPrint PDF; centred over a row that splits, it began a line or more down its first page. ``sliced``: a cell
    of such a row that may be taller than a quarter of a page, or one spanning such a row (a task's name over its
    sub-items), which a page's break may split too: centred, it is padded as the top one is, above its first line
    and below its last only (padded on each page, it held a line fewer above the page's foot than in the WeasyPrint
    PDF)."""
    # Each field but the source, by name: dataclasses.asdict deep-copies every value (~5 ms a report for the tables'
    # cells), and even zipping the fields' names with their values cost ~0.1 ms.
    return {"colspan": cell.colspan, "rowspan": cell.rowspan, "header": cell.header, "align": cell.align,
            "text": _runs(cell.typeset or cell.text, room, widths), "breakable": not unbreakable, "top": top, "sliced": sliced,
            "hanging": cell.hanging}


def _cell_rooms(table: Table, geometry: Geometry, grid: dict) -> dict[int, float]:
    """How many ems of the table's type a line of each cell of ``grid`` (``table.grid()``) holds (by ``id``): its
    columns less its padding, computed once for each column and span."""
    spans: dict[tuple[int, int], float] = {}
    rooms = {}
    for (_, c), cell in grid.items():
        span = c, cell.colspan
        if span not in spans:
            spans[span] = geometry.cell_room(table.widths, c, cell.colspan)
        rooms[id(cell)] = spans[span]
    return rooms


def _runs(text: str, room: float = math.inf, widths: dict[str, float] | None = None,
          justified: bool = False) -> list[str | list[str | list[str] | dict]]:
    """``text`` cut at each boundary between Chinese and digits or Latin letters (layout.AUTOSPACED): the
    template puts ``Geometry.autospace_em`` of weak spacing between the pieces, which Typst drops at a
    line's start and end, as cjk_justify does for the WeasyPrint PDF; no character is added (issue 9).
    Each piece as :func:`_stretches` gives it, for lines of ``room`` ems in type of :func:`_latin` ``widths``, justified
    to the text block's width when ``justified``, else set ragged (a table's cell, a title, a 署名 …: a run
    too long for the rest of a line starts one, as in the WeasyPrint PDF; the Typst PDF filled the line before it with
    the run's first letters, "某县SHENZHEN…INFOR|MATION办公室"); no space before a line break
    (:func:`reportkit.line_breaks.set_lines`)."""
    if "\n" in text:
        text = "\n".join(set_lines(text))
    text = _joined(text)
    if len(text) <= room and "/" not in text and "www." not in text and not _SIGN_DIGIT.search(text) and \
            (text.isascii() or not AUTOSPACED.search(text)):
        return [text]  # most texts, every plain number: one piece, as :func:`_stretches` keeps it
    widths = widths or {}
    cuts = [] if text.isascii() else [m.start() for m in AUTOSPACED.finditer(text)]  # no Chinese, no boundary
    cuts = [0, *cuts, len(text)]
    return [_stretches(text[a:b], room, widths, text[b:], not a, justified)
            for a, b in zip(cuts, cuts[1:])]


def _joined(text: str) -> str:
    """``text`` with a word joiner (drawn as nothing, read by no text extraction) at each :data:`_UNJOINED` place where
    :data:`reportkit.layout.QUOTE_BREAK` lets no line break."""
    if not any(c in text for c in "\u201c\u2018\u201d\u2019"):
        return text
    allowed = {m.start() for m in QUOTE_BREAK.finditer(text)}
    cuts = [m.start() for m in _UNJOINED.finditer(text) if m.start() not in allowed]
    return _WORD_JOINER.join(text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)]))


def _stretches(piece: str, room: float, widths: dict[str, float], after: str, lead: bool = False,
               spread: bool = True) -> str | list[str | list[str] | dict]:
    """``piece``, or its texts and, as a list of its stretches, each run of it (layout.UNBROKEN) that the WeasyPrint
    PDF breaks elsewhere than Typst would. The template sets each stretch in a box, a line breaking between them only
    (where :data:`_BREAK` has Pango break it):

    - a web address ("://", "www."): Typst takes what follows "://" or "www." for a link and breaks it after any "."
      and between letters and digits ("https://www.|example.|gov.|cn/", typst/typst
      crates/typst-layout/src/inline/linebreak.rs, ``linebreak_link``); in a box it sees no link;
    - a run with a "/" or a sign before a digit (:data:`_SLASH_DIGIT`, :data:`_SIGN_DIGIT`: "rdjy/|2023", "No.|5",
      "电话:|0816"), where Pango breaks and Typst does not;
    - a run that may be wider than a line of ``room`` ems (by ``widths``, :func:`_latin`; 1 em a character it lacks,
      and each opening mark before it and closing mark after it, which no line break parts from it), and a stretch of
      it that may still be wider a character a stretch, as the WeasyPrint PDF's ``overflow-wrap: anywhere`` breaks it
      (Typst let it run off the page, and "（…@example.gov.cn）" past its cell's rule).

    In a justified paragraph or heading (``after``: the text after the piece, ``lead``: whether the piece starts it) a
    run that may fill a line by itself comes as ``{"wide": stretches, "open": the opening marks before it, "lead":
    whether it starts the text, "next": what must follow it on its line (:func:`_next`), "breaks": where a stretch wider
    than a line starts}``: the template spreads the letters of a line that holds nothing else, as the WeasyPrint PDF
    spreads a line without Chinese (Typst justifies only spaces and Chinese, and left such a line up to ~170 pt short;
    beside Chinese they keep their advance in both PDFs), and starts a line with a stretch wider than a line, and the
    opening marks before it (no line breaks after one), as Pango breaks inside a word only when it does not fit a line
    of its own ("search?|q=%E6…&from|=2023", where Typst went on after "?" and broke at "%BF|%E5"; after Chinese, "：" or
    "（" it went on after them, and the WeasyPrint PDF ran such a run past the right edge).

    In a text set ragged (``spread`` false: a table's cell, a title, a 署名 …) a run wider than a line comes
    so too, with ``"spread": false``: the template starts a line with it and the opening marks before it, as the
    WeasyPrint PDF and LibreOffice's DOCX do ("文号|（ABC…", where Typst went on after "文号"), and spreads nothing."""
    if len(piece) <= room and "/" not in piece and "www." not in piece and not _SIGN_DIGIT.search(piece):
        return piece
    parts, done = [], 0
    for run in _UNBROKEN.finditer(piece):
        text = run.group()
        before, rest = piece[done:run.start()], piece[run.end():]
        marks = [len(before) - len(before.rstrip(OPENING_MARKS)), len(rest) - len(rest.lstrip(CLOSING_MARKS))]
        width = sum(widths.get(c, 1.0) for c in text) + sum(marks)  # a mark's em: no line breaks beside it
        if not ("://" in text or "www." in text or _BEFORE_DIGIT.search(text) or width > room):
            continue
        quotes = len(text) - len(text.lstrip(CLOSING_MARKS))  # "天”|2023": a line may break after them
        # and where QUOTE_BREAK lets one break beside a quotation mark ("“12369”|“12345”" broke "“123|45”" in a cell)
        cuts = sorted({0, quotes, *(m.start() for m in QUOTE_BREAK.finditer(text)),
                       *(m.end() for m in _BREAK.finditer(text)), len(text)})
        stretches, loose = [], []
        for a, b in zip(cuts, cuts[1:]):
            stretch = text[a:b]
            if sum(widths.get(c, 1.0) for c in stretch) + (not a) * marks[0] + (b == len(text)) * marks[1] > room:
                loose.append(len(stretches))
                stretches += list(stretch)
            else:
                stretches.append(stretch)
        start = run.start()
        if width > room - 2 * spread:  # it may fill a line, a paragraph's first less 2 ems
            start = len(piece[done:start].rstrip(OPENING_MARKS)) + done  # Pango breaks no line after an opening mark
            first = lead and not start  # the run starts the paragraph: anything else before it lets a line break
            stretches = {"wide": stretches, "open": piece[start:run.start()], "lead": first, "spread": spread,
                         "next": _next(rest or after, not rest), "breaks": [i for i in loose if i or not first]}
        glued = text[0] in _NO_LINE_START + CLOSING_MARKS and before[-1:].strip() != "" and before[-1] not in OPENING_MARKS
        parts += [piece[done:start] + _WORD_JOINER * glued, stretches]  # "电话|/2023" broke in the Typst PDF only
        done = run.end()
    return [part for part in [*parts, piece[done:]] if part] if parts else piece


def _next(text: str, piece: bool) -> list:
    """What must follow a run on its line, ``text`` after it (``piece``: in another piece, after an autospace): whether
    an autospace, how many closing marks and ellipses, and how many characters then start a line: a character or an
    opening mark and the character after it, with the closing marks after them (the template's 禁则); none after a space,
    where a line may break (the WeasyPrint PDF leaves a line broken there as it is: cjk_justify._AT_SPACE)."""
    glued = len(text) - len(text.lstrip(CLOSING_MARKS + "…"))
    rest = text[glued:]
    n = 0 if rest[:1].isspace() else 2 if rest[:1] in OPENING_MARKS else min(len(rest), 1)
    while n < len(rest) and rest[n] in CLOSING_MARKS + "…":
        n += 1
    return [piece and bool(text), glued, min(n, len(rest))]


def _latin(chosen: FontSurvey, role: str) -> dict[str, float]:
    """The width in ems of each printable ASCII character in ``role``'s type: from the first face of its stack that has
    it, as Typst picks a glyph."""
    widths: dict[str, float] = {}
    for face in reversed(chosen.stacks.get(role, [])):
        widths |= _advances(*chosen.keys[face], _stamp(chosen.keys[face][0]))
    return widths


@functools.lru_cache(maxsize=32)
def _advances(path: str, index: int, stamp: tuple[int, int]) -> dict[str, float]:
    """Each printable ASCII character's advance in the face, in ems (``stamp``: the file's, to notice a rebuilt one)."""
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(path), index)
    font = hb.Font(face)
    glyphs = {chr(cp): font.get_nominal_glyph(cp) for cp in range(0x21, 0x7F)}
    return {ch: font.get_glyph_h_advance(g) / face.upem for ch, g in glyphs.items() if g is not None}


def _baseline_em(chosen: FontSurvey, role: str) -> float:
    """How far below the middle of its line box a text of ``role`` has its baseline, in em: half the sum of the
    first face's ascender and (negative) descender, where a CSS line box, and so the WeasyPrint PDF, puts it."""
    metrics = chosen.dash_metrics(role)
    return (metrics[0] + metrics[1]) / 2 if metrics else 0.3


def _dash_ink(chosen: FontSurvey, role: str, size_pt: float) -> float:
    """How far above the baseline the 一字线 (U+2014) of the page number begins to ink, in points."""
    metrics = chosen.dash_metrics(role)
    return metrics[2] * size_pt if metrics else 0.0
