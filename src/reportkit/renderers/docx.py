"""DOCX renderer: the block tree as WordprocessingML inside the layout's docxtpl template.

The template (``tools/make_docx_template.py``) owns page set-up, footers and
styles; this module only writes paragraphs and tables that name those styles.
Elements are built with plain lxml (python-docx's high-level table API is
quadratic in the number of cells) and put where the template's ``{{p body }}``
stood; docxtpl renders each template once per process (see ``_shell``).

Text from the data is set as element text, so lxml escapes it and docxtpl
never sees it as template code: ``<b>`` and ``{{ x }}`` stay literal.
"""
from __future__ import annotations

import contextlib
import copy
import datetime as dt
import html
import io
import math
import re
import traceback
import unicodedata
import zipfile
from functools import lru_cache
from pathlib import Path

import docx
from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined, Template, TemplateSyntaxError
from lxml import etree

from ..blocks import (
    Addressee, Attachment, AttachmentNote, Document, Heading, Imprint, Masthead, PageBreak, Paragraph, Signature,
    Table, Title,
)
from ..errors import WARNING, Diagnostic, RenderError
from ..fonts import role_texts, survey
from ..layout import (
    AUTOSPACED, ELEMENT_ROLES, IMPRINT_PLACES, JOINED_BOUNDARY, OFFICIAL_FACES, TABLE_RULE_PT, Geometry, Layout, most_lines,
    notice_blocks, text_width,
)
from ..line_breaks import set_lines
from ..plugin_faults import LayoutTemplateError, template_problem
from ..registry import RenderOutput
from ..resources import templates_dir
from .masthead import NUMBER_GAP_MM, NUMBER_PT, MastheadPlace, masthead_place, notice_pitch

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
EMU_PER_TWIP = 635
IMPRINT_LINE = 579  # twips: the 版记 styles keep the body's line pitch
IMPRINT_CHAR = 280  # twips: one 4号 character of the 版记
IMPRINT_RULE = 20  # twips: the 0.35 mm rule (w:sz 8, in eighths of a point)
#: twips: the exact line of the paragraph that ends the 版记's section (style ImprintEnd): 0.7 pt, the
#: least Word accepts, so that it fits under the 版记 and Word adds no page for it.
IMPRINT_END = 14
HEADING_STYLES = {1: "Heading1", 2: "Heading2", 3: "Heading3", 4: "Heading4"}
#: The first children of a w:pPr, in the schema's order (see ``_flag``).
PPR_FLAGS = ("pStyle", "keepNext", "keepLines", "pageBreakBefore")
#: The children of a w:pPr that come after w:autoSpaceDN, in the schema's order (see ``_unspaced``).
PPR_AFTER_AUTOSPACE = {W + tag for tag in ("bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
                                           "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
                                           "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
                                           "pPrChange")}
#: Word and LibreOffice put the baseline of an exact line (w:lineRule="exact") 0.8 of its height under its top,
#: whatever the face (LibreOffice: SwTextFormatter::CalcRealHeight; Word: see the redhead plugin's README).
EXACT_ASCENT = 0.8
#: Punctuation that never begins a line in Chinese typesetting (GB/T 15834, Word's kinsoku list).
NO_LINE_START = set("，。、；：？！）》」』】〕…—·,.;:?!)")
#: After a hyphen between a digit or a Latin letter and a digit (0000-1234567, 2023-2024, COVID-19): LibreOffice breaks
#: a line there (Word too, ECMA-376 §17.3.3.18), both PDFs do not (UAX #14 LB25). A word joiner (U+2060) keeps the
#: number whole; ``reportkit import`` drops it (importers.labels.clean).
HYPHEN_JOINED = re.compile(r"(?<=[0-9A-Za-z]-)(?=[0-9])")
WORD_JOINER = "\u2060"


class _Jinja(Environment):
    """Compiles each template source once.

    docxtpl compiles the body, each footer and each core property on every
    render; for one layout these sources never change, and compiling them was
    most of a render's time.
    """

    def __init__(self):
        # Autoescape (docxtpl sets it too, with autoescape=True) and loud failures on a missing field.
        super().__init__(autoescape=True, undefined=StrictUndefined)
        self._compiled: dict[str, Template] = {}

    def from_string(self, source, globals=None, template_class=None):
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        if source not in self._compiled:
            if len(self._compiled) > 256:
                self._compiled.clear()
            self._compiled[source] = super().from_string(source)
        return self._compiled[source]


_JINJA = _Jinja()

MAX_TEMPLATE_BYTES = 5 * 1024 * 1024
MAX_TEMPLATE_UNPACKED = 50 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100


def check_template(path) -> None:
    """Refuse a .docx template that is too big, not a Word package, or a zip bomb, before docxtpl opens it."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        from ..write import reason

        raise RenderError(f"DOCX 模板 {path}: 无法读取（{reason(exc, reading=True)}）") from None
    _check_template(str(path), info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=8)
def _check_template(path: str, mtime_ns: int, size: int) -> None:
    def refuse(why: str):
        raise RenderError(f"DOCX 模板 {path}: {why}")

    if size > MAX_TEMPLATE_BYTES:
        refuse(f"文件过大（{size // 1024} KB，上限 {MAX_TEMPLATE_BYTES // 1024 // 1024} MB）")
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        refuse("不是有效的 .docx 文件（不是 zip 包）")
    names = {m.filename for m in members}
    for required in ("[Content_Types].xml", "word/document.xml"):
        if required not in names:
            refuse(f"不是有效的 .docx 文件（缺少 {required}）")
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_TEMPLATE_UNPACKED or any(
            m.file_size > MAX_COMPRESSION_RATIO * max(m.compress_size, 1) and m.file_size > 1024 * 1024 for m in members):
        refuse(f"解压后过大（{unpacked // 1024} KB）或压缩比异常，疑似 zip 炸弹，拒绝打开")


def render_docx(document: Document, layout: Layout, fonts=None) -> RenderOutput:
    """Render ``document`` with ``layout.docx_template``.

    Word picks fonts by name; ``fonts`` serve only a layout with ``imprint_place``, which the PDF
    engine's first pass answers (see :func:`_imprint_place`).
    """
    check_template(layout.docx_template)
    path = Path(layout.docx_template)
    package = docx.Document(io.BytesIO(_shell(str(path), path.stat().st_mtime_ns, layout.name)))
    section = package.sections[0]
    _same_page(section, layout)
    writer = _Writer(
        block_width=(section.page_width - section.left_margin - section.right_margin) // EMU_PER_TWIP,
        char=layout.geometry.char_pitch_pt * 20,
        line=_line_pitch(package.element.body.sectPr, layout),
        geometry=layout.geometry,
    )
    body = package.element.body
    writer.section = body.sectPr
    writer.imprint_place, diagnostics = _imprint_place(document, layout, fonts)
    chosen = survey(role_texts(document, layout), fonts or [])
    writer.masthead_place = lambda block: masthead_place(block, layout, chosen)
    pitch = notice_pitch(document.blocks, layout, chosen)
    if pitch:
        writer.notice = round(pitch * 20), notice_blocks(document.blocks)
    writer.write(document.blocks)
    marker = next(t for t in body.iter(W + "t") if t.text == _BODY_MARKER).getparent().getparent()
    for element in list(writer.body):
        _move(element, marker.addprevious)
    body.remove(marker)
    if writer.imprint_section is not None:
        _unnumbered(package.sections[-1])
    if document.draft:
        _mark_draft(package, layout)
    props = package.core_properties
    # Word's core properties hold at most 255 characters; the text itself is in the body in full.
    props.title = document.title.replace("\n", "")[:255]
    props.author = document.author[:255]
    props.subject = document.subject[:255]
    props.keywords = ", ".join(document.keywords)[:255]
    props.language = document.lang
    if document.created is not None:  # core properties are in UTC
        props.created = props.modified = document.created.astimezone(dt.timezone.utc).replace(tzinfo=None)
    buf = io.BytesIO()
    package.save(buf)
    return RenderOutput(data=_same_bytes(buf.getvalue()), diagnostics=diagnostics)


#: The time every part of a DOCX is stamped with (zip's earliest): the same data gives the same bytes on any day.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _same_bytes(package: bytes) -> bytes:
    """``package`` with its parts stamped :data:`_ZIP_TIME`, not the moment it was saved: a DOCX rendered again
    from the same data is the same file (a checksum, a folder compared after a re-run), as the PDF is."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            stamped = zipfile.ZipInfo(item.filename, date_time=_ZIP_TIME)
            stamped.compress_type, stamped.external_attr = item.compress_type, item.external_attr
            target.writestr(stamped, source.read(item.filename))
    return out.getvalue()


_BODY_MARKER = "reportkit:body"
#: Children of an element above which :func:`_move` moves them one by one.
_MOVED_WHOLE = 16


def _move(element, place) -> None:
    """``place(element)`` where ``element`` comes from another lxml document (the writer's tree).

    lxml moves a subtree between documents in time that grows much faster than its size (a table of
    800 rows: 1.5 s); an element with many children goes first without them, then they follow one by one.
    """
    if len(element) <= _MOVED_WHOLE:
        place(element)
        return
    children = list(element)
    for child in children:
        element.remove(child)
    place(element)
    for child in children:
        _move(child, element.append)


def _unnumbered(section) -> None:
    """Empty footers for ``section``: the 版记's page and a blank page before it carry no page number (§7.5)."""
    for ref in section._sectPr.findall(W + "footerReference"):
        section._sectPr.remove(ref)  # the body's section still names these footers
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False


def _mark_draft(package, layout: Layout) -> None:
    """``render --draft``: 草稿 in red 黑体 at the top right of every page (every header of every section)."""
    for i, section in enumerate(package.sections):
        for header in (section.header, section.even_page_header, section.first_page_header):
            if i and header.is_linked_to_previous:
                continue  # the previous section's header, marked already (the 版记's section)
            paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
            paragraph.alignment = 2  # right
            run = paragraph.add_run("草稿")
            run.font.size = docx.shared.Pt(layout.geometry.body_size_pt)
            run.font.color.rgb = docx.shared.RGBColor(0xD0, 0, 0)
            run.font.name = layout.faces["heiti"]
            run._r.rPr.rFonts.set(W + "eastAsia", layout.faces["heiti"])


@lru_cache(maxsize=8)
def _shell(path: str, mtime_ns: int, layout_name: str) -> bytes:
    """The layout's template rendered by docxtpl, with one marker paragraph where ``{{p body }}`` stood.

    The template's context does not depend on the document, so docxtpl's work (open, Jinja,
    table fixes, save) is done once per template; each document only replaces the marker.
    """
    tpl = DocxTemplate(path)
    subdoc = tpl.new_subdoc(path)
    body = subdoc.subdocx.element.body
    body.clear()
    _el(_el(_el(body, "p"), "r"), "t").text = _BODY_MARKER
    try:
        tpl.render({"body": subdoc}, jinja_env=_JINJA, autoescape=True)
    except Exception as exc:
        if Path(path).resolve().is_relative_to(templates_dir().resolve()):
            raise  # reportkit's own template: a bug of ours keeps its traceback
        raise LayoutTemplateError(f"版式 {layout_name} 的 DOCX 模板 {path} 出错{_template_place(exc)}："
                                  f"{template_problem(exc, _BODY_ONLY, '请改正模板')}") from None
    if not any(t.text == _BODY_MARKER for t in tpl.docx.element.body.iter(W + "t")):
        raise LayoutTemplateError(f"版式 {layout_name} 的 DOCX 模板 {path} 中没有正文占位符 {{{{p body }}}}："
                                  "请在正文的位置单独写一段 {{p body }}")
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()


#: What a layout's DOCX template can use, and what to do with a name it cannot.
_BODY_ONLY = "DOCX 模板能用的只有 body（正文，写作 {{p body }}）：请改正或删去它"
#: The parts of a .docx that docxtpl renders, by the start of their names, as Word calls them.
_PARTS = {"/word/document": "正文", "/word/header": "页眉", "/word/footer": "页脚", "/word/footnotes": "脚注"}


def _template_place(exc: BaseException) -> str:
    """Where in the template ``exc`` arose, in brackets: the part (页脚 word/footer1.xml) and the text of the paragraph,
    which docxtpl puts on a line of its own (Jinja's line: a syntax error's, else the template's frame's)."""
    frames = list(traceback.walk_tb(exc.__traceback__))
    rendering = next((frame.f_locals for frame, _ in frames if frame.f_code.co_name == "render_xml_part"), {})
    part, source = rendering.get("part"), rendering.get("src_xml")
    if part is None or not isinstance(source, str):
        return ""  # the core properties (title, author …), rendered one by one
    name = str(part.partname)
    where = f"{next((w for start, w in _PARTS.items() if name.startswith(start)), '部件')} {name.lstrip('/')}"
    lines = [line for frame, line in frames if frame.f_code.co_filename == "<template>"]
    line = exc.lineno if isinstance(exc, TemplateSyntaxError) else (lines[-1] if lines else None)
    if str(exc).startswith("Unexpected end of template"):
        line = None  # Jinja's line is the template's last, not the paragraph of the block left open
    paragraphs = source.splitlines()  # each from its <w:p to the next one's, which may hold what docxtpl put there
    text = (html.unescape(re.sub(r"</?[A-Za-z][^<>]*>", "", paragraphs[line - 1].split("</w:p>")[0])).strip()
            if line and line <= len(paragraphs) else "")  # not a tag: “<” in Jinja's code, which docxtpl unescapes
    return f"（{where}，“{text}”这一段）" if text else f"（{where}）"


def _same_page(section, layout: Layout) -> None:
    """Refuse a template whose page set-up is not the layout's geometry: the DOCX would be laid out on another page
    than the PDF (a layout changing the margins but reusing the default template)."""
    g = layout.geometry
    wanted = {"宽": g.page_width_mm, "高": g.page_height_mm, "上边距": g.margin_top_mm, "下边距": g.margin_bottom_mm,
              "左边距": g.margin_left_mm, "右边距": g.margin_right_mm}
    found = {"宽": section.page_width, "高": section.page_height, "上边距": section.top_margin,
             "下边距": section.bottom_margin, "左边距": section.left_margin, "右边距": section.right_margin}
    differ = [name for name, mm in wanted.items() if found[name] is None or abs(found[name].mm - mm) > 0.1]
    if differ:
        raise RenderError(f"版式“{layout.name}”的 DOCX 模板的页面（{_page(found, differ)}）与它的 geometry"
                          f"（{'、'.join(f'{n} {wanted[n]:g} mm' for n in differ)}）不同，DOCX 会与 PDF 不一致："
                          "请用同一个 geometry 制作模板（见 docs/plugins.md 的 register_layouts）")


def _page(found: dict, names: list[str]) -> str:
    return "、".join(f"{n} {round(found[n].mm, 1):g} mm" if found[n] is not None else f"{n} 未设" for n in names)


def _line_pitch(section, layout: Layout) -> int:
    """The template's grid line in twips (its w:docGrid), else the geometry's line pitch."""
    grid = section.find(W + "docGrid") if section is not None else None
    if grid is not None and grid.get(W + "linePitch"):
        return int(grid.get(W + "linePitch"))
    return int(layout.geometry.line_pitch_pt * 20)


def masthead_spacing(place: MastheadPlace, organ_pt: float, line: int) -> tuple[int, int, int]:
    """Space before the 发文机关标志 and before the 发文字号, in twips, and the space of the red line under the
    发文字号 (its bottom border's), in points, for a 标志 of ``organ_pt`` where ``place`` has the PDFs' boxes.

    Both sit on exact lines as tall as their characters, whose baselines Word and LibreOffice put
    ``EXACT_ASCENT`` of the line under its top: the spacing puts each baseline where both PDFs have
    it, ``place``'s baselines under the middle of a line box of the PDF (of one em for the 标志, one grid
    line ``line`` for the 发文字号), these boxes ``place.organ_mm`` under the top of the text block
    and ``NUMBER_GAP_MM`` apart; the border follows the exact line, so the red line lands within half a point.
    """
    mm = 1440 / 25.4
    sink = (0.5 + place.organ_baseline_em - EXACT_ASCENT) * organ_pt * 20  # the DOCX's line box under the PDF's
    organ = place.organ_mm * mm + sink
    number = NUMBER_GAP_MM * mm + line / 2 + (place.number_baseline_em - EXACT_ASCENT) * NUMBER_PT * 20 - sink
    rule = line / 2 - place.number_baseline_em * NUMBER_PT * 20 + place.rule_mm * mm  # under the baseline
    return round(organ), round(number), round(rule / 20 - (1 - EXACT_ASCENT) * NUMBER_PT)


def _spacing(before: int = 0, line: int | None = None, after: int | None = None):
    """A w:spacing of ``before`` (and ``after``) twips and an exact ``line`` (or the style's line)."""
    el = etree.Element(W + "spacing")
    el.set(W + "before", str(before))
    if after is not None:
        el.set(W + "after", str(after))
    if line is not None:
        el.set(W + "line", str(line))
        el.set(W + "lineRule", "exact")
    return el


#: The styles whose spacing is a blank grid line, and on which side of the paragraph: a notice set closer sets it
#: closer.
_BLANK_LINE = {"Title": "after", "AttachmentNote": "before", "Signature": "before"}
#: The children of a w:pPr that come after w:spacing, in the schema's order.
_AFTER_SPACING = {W + tag for tag in ("ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
                                      "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
                                      "cnfStyle", "rPr", "sectPr", "pPrChange")}


def _el(parent, tag: str, **attrs):
    el = etree.SubElement(parent, W + tag)
    for name, value in attrs.items():  # set one by one: lxml's attrib-dict path is twice as slow
        el.set(W + name, str(value))
    return el


def _flag(p, name: str) -> None:
    """Switch on the paragraph property ``name`` (one of ``PPR_FLAGS``), in its place in the schema."""
    ppr = p.find(W + "pPr")
    if ppr.find(W + name) is not None:
        return
    earlier = {W + tag for tag in PPR_FLAGS[:PPR_FLAGS.index(name)]}
    ppr.insert(sum(child.tag in earlier for child in ppr), etree.Element(W + name))


def _unspaced(p) -> None:
    """No space between Chinese and digits in paragraph ``p`` (autoSpaceDE/autoSpaceDN off), where both PDFs put none:
    the 附件 label (附件1) and the 发文字号 (〔2024〕3号) printed “附件 1” and “3 号” in Word. (LibreOffice puts the space
    whatever the switches say; a word joiner at each boundary would stop it, but it would stay in the text Word copies
    and searches: a 发文字号 must read as typed.)"""
    ppr = p.find(W + "pPr")
    at = next((i for i, child in enumerate(ppr) if child.tag in PPR_AFTER_AUTOSPACE), len(ppr))
    for i, name in enumerate(("autoSpaceDE", "autoSpaceDN")):
        ppr.insert(at + i, etree.Element(W + name, {W + "val": "0"}))


def _imprint_place(document: Document, layout: Layout, fonts) -> tuple[str, list[Diagnostic]]:
    """Where the PDF puts the 版记 (``Layout.imprint_place``, one of ``IMPRINT_PLACES``), and a warning
    when that cannot be told.

    Word cannot know where its body ends; the DOCX breaks pages where the PDF does (docs/layout.md),
    so it follows the PDF: WeasyPrint's first pass, or where Pango is missing the Typst PDF's. Without
    either engine: ``"blank"``, a new even page, wherever the body ends.
    """
    if layout.imprint_place is None or not any(isinstance(block, Imprint) for block in document.blocks):
        return "blank", []
    try:
        place = _pdf_place(document, layout, fonts or [])
        if place is None:
            return "blank", []
        if place not in IMPRINT_PLACES:
            raise ValueError(f"版式给出的位置“{place}”不是 {'、'.join(IMPRINT_PLACES)} 之一")
    except Exception as exc:  # the PDF engine or the layout's step failed: the DOCX is made all the same
        why = " ".join(str(exc).split())[:120]
        return "blank", [Diagnostic(WARNING, f"DOCX: 无法按 PDF 的分页确定版记的位置（{type(exc).__name__}: {why}），"
                                             f"版记放在下一个偶数页；请在 Word 中核对版记所在的页")]
    return place, []


def _pdf_place(document: Document, layout: Layout, fonts) -> str | None:
    """The 版记's place in WeasyPrint's first pass, or in the Typst PDF where Pango is missing; ``None`` without
    either engine."""
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # WeasyPrint prints a banner when Pango is missing
            from .pdf import first_pass
    except OSError:
        try:
            from .typst import imprint_place
        except ImportError:
            return None
        return imprint_place(document, layout, fonts)
    return layout.imprint_place(first_pass(document, layout, fonts))


class _Writer:
    """Collects the WordprocessingML of each block in ``body``.

    A plain lxml tree: elements in python-docx's tree go through its custom
    class lookup, which made building cost more than the rest of the render.
    """

    def __init__(self, block_width: int, char: float, line: int, geometry: Geometry):
        self.section = None  # the template's final w:sectPr, which a 版记 turns into an even-page section
        self.imprint_section = None  # that section once the 版记 has made it
        self.imprint_place = "blank"  # where the 版记 goes: reportkit.layout.IMPRINT_PLACES
        self.masthead_place = None  # a Masthead block's MastheadPlace, from the faces (set by render_docx)
        self.body = etree.Element(W + "body", nsmap={"w": W[1:-1]})
        self.block_width = block_width
        self.char = char
        self.line = line
        self.geometry = geometry
        self.following = None  # the block after the one being written (a 附件说明 looks at its signature)
        self.previous = None  # the block before it (a PageBreak too): a heading after a table takes room above
        self.autospace_em = geometry.autospace_em  # Word's space between Chinese and digits/Latin, as the PDF's
        self.notice = None  # (line in twips, the ids of its blocks) of a notice set closer (Geometry.notice_pitch)

    def write(self, blocks) -> None:
        break_pending = False
        blocks = list(blocks)
        for block, previous, following in zip(blocks, [None, *blocks], [*blocks[1:], None]):
            if isinstance(block, PageBreak):
                break_pending = True
                continue
            self.previous, self.following = previous, following
            start = len(self.body)
            if self.notice and id(block) in self.notice[1]:
                self._closer(block, start)
            else:
                getattr(self, "_" + type(block).__name__.lower())(block)
            if break_pending and start < len(self.body):
                self._page_break(self.body[start])
                break_pending = False
        if break_pending:
            self._page_break(None)
        self._end_table()

    def _closer(self, block, start: int) -> None:
        """Write ``block`` of the notice set at its closer line (``notice``): each paragraph's exact line and the blank
        lines its style puts above or below it (the title's, the 附件说明's, the 署名's) that line too, and a joint
        署名's gap its share of it."""
        grid, self.line = self.line, self.notice[0]
        try:
            getattr(self, "_" + type(block).__name__.lower())(block)
        finally:
            self.line = grid
        for p in self.body[start:]:
            ppr = p.find(W + "pPr")
            spacing = ppr.find(W + "spacing")
            if spacing is None:
                side = _BLANK_LINE.get(ppr.find(W + "pStyle").get(W + "val"))
                spacing = _spacing(after=self.notice[0]) if side == "after" else _spacing(self.notice[0] if side else 0)
                at = next((i for i, child in enumerate(ppr) if child.tag in _AFTER_SPACING), len(ppr))
                ppr.insert(at, spacing)
            spacing.set(W + "line", str(self.notice[0]))
            spacing.set(W + "lineRule", "exact")

    def _page_break(self, first) -> None:
        # pageBreakBefore keeps the new page free of the blank line a break run leaves behind.
        if first is not None and first.tag == W + "p":
            _flag(first, "pageBreakBefore")
            return
        p = self._para("Normal")
        _el(_el(p, "r"), "br", type="page")
        if first is not None:
            first.addprevious(p)

    def _end_table(self) -> None:
        """Word needs a paragraph between two tables and after a table that ends the document."""
        if len(self.body) and self.body[-1].tag == W + "tbl":
            # 1 pt high, so that a table filling its page does not push it onto a blank page of its own
            ppr = self._para("TableText").find(W + "pPr")
            _el(ppr, "spacing", before=0, after=0, line=20, lineRule="exact")
            _el(_el(ppr, "rPr"), "sz", val=2)

    # -- building blocks --------------------------------------------------

    def _para(self, style: str, text: str | None = None, *, parent=None, jc: str | None = None,
              ind: dict | None = None):
        p = _el(self.body if parent is None else parent, "p")
        ppr = _el(p, "pPr")
        _el(ppr, "pStyle", val=style)
        if ind:
            _el(ppr, "ind", **ind)
        if jc:
            _el(ppr, "jc", val=jc)
        if text:
            self._run(p, text)
        return p

    def _run(self, p, text: str) -> None:
        r = _el(p, "r")
        # Quotes, dashes, ellipses and dots are "ambiguous": without the hint Word and LibreOffice
        # set them in the Latin face, half as wide as in the PDF, and lines break differently.
        _el(_el(r, "rPr"), "rFonts", hint="eastAsia")
        for i, line in enumerate(set_lines(text)):  # U+2028 too: reportkit.load.LINE_BREAK
            if i:
                _el(r, "br")
            t = _el(r, "t")
            t.text = HYPHEN_JOINED.sub(WORD_JOINER, line)
            t.set(XML_SPACE, "preserve")

    def _chars(self, n: float, side: str) -> dict:
        """An indent of ``n`` characters, in grid characters for Word and twips for other readers."""
        return {side: round(n * self.char), f"{side}Chars": round(n * 100)}

    # -- blocks -----------------------------------------------------------

    def _title(self, block: Title) -> None:
        self._para("Title", block.text)

    def _addressee(self, block: Addressee) -> None:
        self._para("Addressee", block.line)

    def _heading(self, block: Heading) -> None:
        text = _spaced(self.geometry.heading_typeset(block))
        self._below_table(self._para(HEADING_STYLES[block.level], block.number + text))

    def _paragraph(self, block: Paragraph) -> None:
        if block.keep_with_previous and not self._fills_a_page(self.previous):
            self._keep_with_body()
        self._below_table(self._para("Normal", block.text))

    def _fills_a_page(self, block, below: float = 1) -> bool:
        """Whether ``block`` is a paragraph that cannot share a page with a heading above it and ``below`` lines below.

        LibreOffice never splits a paragraph kept with the next unless it begins a page: it moved such a one (a task's
        measures longer than a page, before its 责任科室（单位） line) to a new page and left the
        headings above it alone at the foot of a page of a few lines. Not kept, it splits where it falls in both; the
        price: what follows begins a page without any of its lines when it ends exactly at a page's foot (Word kept its
        last line with the next). Its lines are under-estimated (every line full)."""
        return isinstance(block, Paragraph) and \
            self.geometry.paragraph_lines(block.text) + 2 + below > self.geometry.lines_per_page

    def _moves_whole(self, block) -> bool:
        """Whether ``block`` is a paragraph short enough to keep with the table after it: a quarter of a page at most, its
        lines over-estimated (one character fewer a line), as a table row that may stand apart beside a break
        (``Geometry.kept_rows``).

        Kept, a lead-in goes whole (with the heading above it) to the table's page in LibreOffice wherever the table's
        head does not fit under it; Word and both PDFs carry only its last two lines. A longer one kept left a page of a
        few lines and cost a page more than the PDF (10 lines under a heading: LibreOffice's pages of [12, 23, 5] lines
        against the PDF's [21, 19]). Not kept, it splits where it falls, as in the PDFs; the price: when it ends at a
        page's foot the table begins the next page without its last lines (Word too)."""
        return isinstance(block, Paragraph) and \
            4 * self.geometry.paragraph_lines(block.text, 1) <= self.geometry.lines_per_page

    def _keeps_with(self, block, below: float) -> bool:
        """Whether the body's last paragraph, ``block``, keeps with the ``below`` lines that follow and keep together
        (a 署名; a 附件说明 and the 署名 it keeps with): while LibreOffice can move them together (:meth:`_fits_alone_with`,
        :meth:`_fills_a_page`). Kept, a paragraph with them longer than a page left the 署名 or the 成文日期 alone on a
        page of LibreOffice's wherever the paragraph did not end on its page."""
        return self._fits_alone_with(block, below) or not self._fills_a_page(block, below)

    def _fits_alone_with(self, block, below: float) -> bool:
        """Whether ``block`` is a paragraph that no heading or kept paragraph precedes and that shares a page with
        ``below`` lines under it, its lines over-estimated by one character fewer a line.

        Kept, the 署名 never begins a page: Word carries the paragraph's last two lines, LibreOffice the whole paragraph,
        leaving the page before as many lines short (docs/layout.md). Not kept, one of 18 or 19 lines that ended at a
        page's foot left the 署名 alone on the next page in both. One that cannot share a page with the 署名 is not
        kept: LibreOffice would set it whole on a page of its own and the 署名 alone after it, wherever it fell."""
        if not isinstance(block, Paragraph) or len(self.body) < 2:
            return False
        above = self.body[-2].find(W + "pPr")
        style = None if above is None else above.find(W + "pStyle")
        kept = above is not None and above.find(W + "keepNext") is not None \
            or style is not None and style.get(W + "val") in HEADING_STYLES.values()
        return not kept and self.geometry.paragraph_lines(block.text, 1) + below <= self.geometry.lines_per_page

    def _below_table(self, p) -> None:
        """A paragraph or heading right after a table stands as far below its bottom rule as below a paragraph's last
        line, whose exact line puts half the leading under its text (a table nothing under its rule), as in both PDFs."""
        if isinstance(self.previous, Table):
            p.find(W + "pPr").insert(1, _spacing(before=round((self.line - 20 * self.geometry.body_size_pt) / 2)))

    def _keep_with_body(self) -> None:
        """Keep the body's last paragraph (or a table's last row) with what comes next.

        With widow control this carries at least its last two lines along: the 附件说明 and
        the 署名 never begin a page on their own (GB/T 9704 §7.3.5.5). That is Word's reading;
        LibreOffice never splits a kept paragraph and moves it whole, and no other mark Word reads
        the same way does better (docs/layout.md). A table's last row LibreOffice keeps with what follows only in a
        table that a page break has not parted (tests/test_pages_split_rows_indents.py).
        """
        if not len(self.body):
            return
        last = self.body[-1]
        if last.tag == W + "tbl":
            last = last.findall(W + "tr")[-1]
        for p in [last] if last.tag == W + "p" else last.iter(W + "p"):
            _flag(p, "keepNext")

    def _attachmentnote(self, block: AttachmentNote) -> None:
        """附件说明 (§7.3.4): wrapped lines align with the first character of the name.

        Its items keep together and with the signature, unless all of them could not share a page with it and the
        body's last lines (``Geometry.note_keeps_together``, as in both PDFs): then only the first keeps with the
        body and the last ones (``Geometry.note_tail``) with the signature. A longer chain than a page is broken by Word and LibreOffice anywhere,
        leaving the 成文日期 alone on a page. No item breaks across pages (keepLines, whatever the layout's template
        says), as in both PDFs. The paragraph before it keeps with it only while it shares a page with the items it carries,
        and the signature the last of them keeps with (``_keeps_with``)."""
        organs = self.following.organs if isinstance(self.following, Signature) else None
        together = self.geometry.note_keeps_together(block.items, organs)
        tail = self.geometry.note_tail(block.items) if not together and organs is not None else 0
        # What LibreOffice moves with a kept paragraph: the items kept with it, and the signature kept with the last.
        if together:
            carried = self.geometry.note_lines(block.items, organs)
        else:
            carried = self.geometry.note_lines(block.items[:1], None, len(block.items))
        if self._keeps_with(self.previous, carried):
            self._keep_with_body()
        label = "附件："
        if len(block.items) == 1:
            _flag(self._para("AttachmentNote", label + block.items[0]), "keepLines")
            return
        numbers = [f"{i}." for i in range(1, len(block.items) + 1)]
        start = 2 + text_width(label)
        hang = start + max(map(text_width, numbers))
        for i, (number, item) in enumerate(zip(numbers, block.items)):
            if i and (together or i > len(block.items) - tail):
                self._keep_with_body()  # the items keep together, and the last with the signature
            first_line = 2 if i == 0 else start
            ind = {**self._chars(hang, "left"), **self._chars(hang - first_line, "hanging")}
            p = self._para("AttachmentNote", ind=ind)
            # The name after a tab to the hanging indent, where its wrapped lines start: "1." is narrower than
            # the half characters counted for it, and the name began left of them (§7.3.4; the PDF's number box).
            tabs = etree.Element(W + "tabs")
            p.find(W + "pPr").insert(1, tabs)
            _el(tabs, "tab", val="left", pos=round(hang * self.char))
            _flag(p, "keepLines")
            self._run(p, (label if i == 0 else "") + number)
            _el(_el(p, "r"), "tab")
            self._run(p, item)

    def _signature(self, block: Signature) -> None:
        """署名 and 成文日期, unsealed (§7.3.5.2).

        The organ name sits 2 characters from the right edge and the date starts 2
        characters right of the name's first character; a date too long for that
        goes 2 from the right and pushes the name left instead. A name wider than the
        line wraps, and the date goes 4 from the right (``Geometry.signature_wraps``); the organs of a joint
        signature so wrapped stand ``Geometry.organ_gap`` apart.

        It keeps with what comes before it, but a paragraph that fills a page with it (``_fills_a_page``: LibreOffice
        moved a report's one long paragraph whole, the heading above it alone on a page, and the 成文日期 or the whole
        署名 alone on the last). A paragraph with no heading above it keeps with it while both fit a page, its lines
        over-estimated (``_fits_alone_with``).
        """
        if self._keeps_with(self.previous, 2 + len(block.organs)):  # the blank line, the organs, the date
            self._keep_with_body()
        name = max((text_width(organ, self.autospace_em) for organ in block.organs), default=0)
        date = text_width(block.date, self.autospace_em)
        if self.geometry.signature_wraps(block.organs):
            name_right, date_right = 2, 4
        elif date + 2 <= name:
            name_right, date_right = 2, name - date
        else:
            name_right, date_right = date + 4 - name, 2
        gap = round(self.geometry.organ_gap(block.organs) * self.line)
        for i, organ in enumerate(block.organs):
            p = self._para("Signature", organ, ind=self._chars(name_right, "right"))
            if i and gap:  # the style's contextual spacing drops a space between organs: switched off here
                ppr = p.find(W + "pPr")
                ppr.insert(1, _spacing(before=gap))
                _el(ppr, "contextualSpacing", val="0")
        self._para("Date", block.date, ind=self._chars(date_right, "right"))

    def _attachment(self, block: Attachment) -> None:
        """附件 (§7.3.7): a new page, the label top left in 黑体, the title on line 3, then its blocks."""
        label = self._para("AttachmentLabel", block.label)
        _unspaced(label)
        # The number in 黑体 too, as in both PDFs (the style's Latin face is the body's Times New Roman).
        heiti = OFFICIAL_FACES[ELEMENT_ROLES["attachment_label"]]
        label.find(f"{W}r/{W}rPr/{W}rFonts").attrib.update({W + "ascii": heiti, W + "hAnsi": heiti})
        self._page_break(label)
        title = self._para("Title", block.title)
        # One blank grid line under the label, so the title sits on the third line.
        spacing = etree.Element(W + "spacing")
        spacing.set(W + "before", str(self.line))
        title.find(W + "pPr").insert(1, spacing)
        # The title heads a new page, so keeping it with what follows keeps nothing in Word; LibreOffice, though, moved
        # a table whose first row is too tall for the rest of the page (one it may split) to the next page, and left
        # “附件” and the title alone on theirs, where both PDFs split the row under the title.
        title.find(W + "pPr").insert(1, etree.Element(W + "keepNext", {W + "val": "0"}))
        self.write(block.blocks)

    def _masthead(self, block: Masthead) -> None:
        """版头 (§7.2): 发文机关标志 and 发文字号; the layout's styles draw the colour and the separator line.

        Both sit on exact lines as tall as their characters, so their places are their spacing:
        the 标志's top 35 mm under the top of the text block, the 发文字号 two blank lines under it.
        """
        organ = self._para("MastheadOrgan", block.organ)
        number = self._para("DocNumber", None if block.signers else block.number or None)
        if block.size_pt:
            rpr = organ.find(f"{W}r/{W}rPr")
            _el(rpr, "sz", val=round(block.size_pt * 2))
            _el(rpr, "szCs", val=round(block.size_pt * 2))
            organ_before, number_before, rule_space = masthead_spacing(self.masthead_place(block), block.size_pt, self.line)
            organ.find(W + "pPr").insert(1, _spacing(before=organ_before, line=round(block.size_pt * 20)))
            number.find(W + "pPr").insert(1, _spacing(before=number_before))
        if block.signers:  # 上行文: the 发文字号 one character in from the left, the 签发人 one in from the right
            _el(number.find(W + "pPr"), "jc", val="left")
            tabs = etree.Element(W + "tabs")
            number.find(W + "pPr").insert(1, tabs)
            em = round(self.geometry.body_size_pt * 20)  # one 3号 character, as the PDFs (their 发文字号 is not tracked)
            _el(tabs, "tab", val="left", pos=em)
            _el(tabs, "tab", val="right", pos=self.block_width - em)
            for text in ("\t", block.number, "\t", "签发人："):
                if text == "\t":
                    _el(_el(number, "r"), "tab")
                else:
                    self._run(number, text)
            self._run(number, "\u3000".join(block.signers))
            number[-1].find(f"{W}rPr/{W}rFonts").set(W + "eastAsia", OFFICIAL_FACES[ELEMENT_ROLES["signer"]])
        if block.size_pt:  # the red line (the style's, 0.35 mm) 4 mm under the 发文字号's ink; w:pBdr precedes w:tabs
            border = etree.Element(W + "pBdr")
            _el(border, "bottom", val="single", sz=8, space=rule_space, color="FF0000")
            number.find(W + "pPr").insert(1, border)
        _unspaced(number)

    def _imprint(self, block: Imprint) -> None:
        """版记 (§7.4) at the foot of the last page, which is even.

        Where the PDF has it (``imprint_place``) at the foot of the body's last page or of the next,
        the table floats to the foot of the page its anchor, the paragraph after it, is on. After
        a blank page it gets a section of its own that starts on an even page (numbered by no
        footer: ``render_docx`` gives it empty ones), where a filler of exact height brings the
        table of exact row heights down to the foot of the text block. The table's row borders are the rules, as wide as the block: 0.35 mm first and
        last, 0.25 mm between (sz in 1/8 pt).
        """
        rows = []
        if block.copy_line:
            rows.append(("ImprintCopyTo", block.copy_line, self._copy_to_lines(block.copy_line)))
        rows.append(("ImprintPrinter", *self._printer_text(block.printer, block.date_line)))
        heights = [lines * IMPRINT_LINE for _, _, lines in rows]
        room = self._block_height() - sum(heights) - IMPRINT_RULE  # from the block's top to the table's
        floating = self.imprint_place != "blank"
        if self.section is not None and not floating:
            end = copy.deepcopy(self.section)  # ends the body's section, which starts as the template's
            for old in end.findall(W + "type"):
                end.remove(old)
            self._para("Normal").find(W + "pPr").append(end)
            for old in self.section.findall(W + "type"):
                self.section.remove(old)
            refs = [c for c in self.section if c.tag in (W + "headerReference", W + "footerReference")]
            even = etree.Element(W + "type")
            even.set(W + "val", "evenPage")
            self.section.insert(len(refs), even)  # w:type comes right after the header/footer references
            self.imprint_section = self.section
            # LibreOffice puts space above the first line of a page on a line grid, even off the grid.
            for grid in self.section.findall(W + "docGrid"):
                self.section.remove(grid)
            filler = self._para("ImprintEnd")
            # The last rule is drawn under its row: its width is part of the table's height.
            filler.find(W + "pPr").insert(1, _spacing(line=room - IMPRINT_END))
        tbl = _el(self.body, "tbl")
        tpr = _el(tbl, "tblPr")
        _el(tpr, "tblStyle", val="ImprintTable")
        if floating:
            # Placed from the page's left edge: LibreOffice keeps a table as wide as the block in the
            # text flow unless its position is relative to the page.
            left = int(self.section.find(W + "pgMar").get(W + "left"))
            _el(tpr, "tblpPr", leftFromText=0, rightFromText=0, topFromText=0, bottomFromText=0,
                vertAnchor="margin", horzAnchor="page", tblpX=left, tblpY=room)
            _el(tpr, "tblOverlap", val="never")
        _el(tpr, "tblW", w=self.block_width, type="dxa")
        _el(tpr, "tblInd", w=0, type="dxa")
        borders = _el(tpr, "tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            _el(borders, side, val="nil")
        _el(tpr, "tblLayout", type="fixed")
        _el(_el(tbl, "tblGrid"), "gridCol", w=self.block_width)
        for i, ((style, text, _), height) in enumerate(zip(rows, heights)):
            tr = _el(tbl, "tr")
            trpr = _el(tr, "trPr")
            _el(trpr, "cantSplit")
            _el(trpr, "trHeight", val=height, hRule="exact")
            tc = _el(tr, "tc")
            tcpr = _el(tc, "tcPr")
            _el(tcpr, "tcW", w=self.block_width, type="dxa")
            rules = _el(tcpr, "tcBorders")
            _el(rules, "top", val="single", sz=8 if i == 0 else 6, space=0, color="000000")
            if i == len(rows) - 1:
                _el(rules, "bottom", val="single", sz=8, space=0, color="000000")
            _el(tcpr, "vAlign", val="center")
            p = self._para(style, parent=tc)
            tabs = etree.Element(W + "tabs")
            p.find(W + "pPr").insert(1, tabs)
            _el(tabs, "tab", val="right", pos=self.block_width - IMPRINT_CHAR)
            for j, part in enumerate(text.split("\t")):
                if j:
                    _el(_el(p, "r"), "tab")
                self._run(p, part)
        # Word ends a document with a paragraph: one so low that it fits under the table (or the
        # floating table's anchor, which starts the next page when the 版记 goes there).
        anchor = self._para("ImprintEnd")
        if self.imprint_place == "next":
            self._page_break(anchor)

    def _block_height(self) -> int:
        """The text block's height in twips, from the template's section."""
        size, margins = self.section.find(W + "pgSz"), self.section.find(W + "pgMar")
        return int(size.get(W + "h")) - int(margins.get(W + "top")) - int(margins.get(W + "bottom"))

    def _copy_to_lines(self, text: str) -> int:
        """The lines the 抄送 takes (style ImprintCopyTo: 1 character in on the first line, 4 on the
        others, 1 from the right): its row's exact height, so Word and LibreOffice agree on it."""
        return len(_wrapped(text, self._half_chars(2), self._half_chars(5), 2 * self.autospace_em))

    def _printer_text(self, printer: str, date: str) -> tuple[str, int]:
        """The 印发机关 and 印发日期 row's text and lines: the 印发机关 1 character in, on the lines the PDFs break it
        into (``Imprint.printer``'s line breaks, which a line too short for it breaks again), the date 1 from the
        right (a right tab) beside the last, as in the PDFs (§7.4.3). The date's spaces between Chinese and digits
        (autoSpaceDN) count half a character each, the gap two characters."""
        room = self._half_chars(2) - sum(_half_widths(date)) - len(AUTOSPACED.findall(date)) - 4
        lines = [line for part in printer.replace("\u2028", "\n").split("\n")
                 for line in _wrapped(part, room, room, 2 * self.autospace_em)]
        return "\n".join([*lines[:-1], f"{lines[-1]}\t{date}"]), len(lines)

    def _half_chars(self, chars_out: int) -> int:
        """Half characters of the 版记's type in the text block's width less ``chars_out`` characters."""
        return (self.block_width - chars_out * IMPRINT_CHAR) * 2 // IMPRINT_CHAR

    def _table(self, block: Table) -> None:
        grid = _grid(block)
        if self._moves_whole(self.previous):
            self._keep_with_body()  # the paragraph leading in to it: its last lines go with the table's first rows
        self._end_table()
        if block.caption:
            self._para("Caption", block.caption)
        # Word and LibreOffice draw the rules on the cells' edges: a table the rule narrower keeps its outer rules
        # inside the block, as the PDFs do, and shares out the same width among its columns.
        width = self.block_width - round(TABLE_RULE_PT * 20)
        total = sum(block.widths)
        cols = [int(width * w / total) for w in block.widths]
        cols[-1] += width - sum(cols)

        tbl = _el(self.body, "tbl")
        tpr = _el(tbl, "tblPr")
        _el(tpr, "tblStyle", val="ReportTable")
        _el(tpr, "tblW", w=width, type="dxa")
        _el(tpr, "jc", val="center")
        _el(tpr, "tblLayout", type="fixed")
        tgrid = _el(tbl, "tblGrid")
        for w in cols:
            _el(tgrid, "gridCol", w=w)
        keep = self.geometry.kept_rows(block)  # where the table may break: the PDFs' rule
        whole = self.geometry.whole_rows(block)
        heights = self._head_heights(block)
        for r, row in enumerate(grid):
            tr = _el(tbl, "tr")
            trpr = _el(tr, "trPr")
            if whole[r]:
                _el(trpr, "cantSplit")
            if r in heights:
                _el(trpr, "trHeight", val=heights[r], hRule="atLeast")
            if r < block.header_rows:
                _el(trpr, "tblHeader")
            for col, cell, merge in row:
                tc = _el(tr, "tc")
                tcpr = _el(tc, "tcPr")
                _el(tcpr, "tcW", w=sum(cols[col:col + cell.colspan]), type="dxa")
                if cell.colspan > 1:
                    _el(tcpr, "gridSpan", val=cell.colspan)
                if merge:
                    _el(tcpr, "vMerge", **({"val": "restart"} if merge == "restart" else {}))
                _el(tcpr, "vAlign", val="center")
                style = "TableHeading" if cell.header else "TableText"
                text = None if merge == "continue" else _spaced(cell.typeset or cell.text)
                # a hanging indent of ``cell.hanging`` characters of the table's type, in twips
                hang = round(cell.hanging * self.geometry.table_size_pt * 20)
                p = self._para(style, text, parent=tc, jc=cell.align, ind={"left": hang, "hanging": hang} if hang else None)
                if keep[r]:
                    _flag(p, "keepNext")  # in a cell: keeps this row on the page of the next row

    def _head_heights(self, block: Table) -> dict[int, int]:
        """The least height, in twips, of each head row that closes a head cell spanning rows whose text is taller than
        its rows' own cells make them: that row takes the rest, as both PDFs grow it.

        LibreOffice grows it too where the table begins, but repeats the head on the next pages at the rows' own
        heights and clipped the spanning cell's last lines (a narrow column's 备注 or 主要职责 heading). The span's
        lines are over-estimated (every character full width), the rows above its last under-estimated."""
        g = self.geometry
        pad, line = 2 * g.cell_padding_v_pt, g.table_line_pt
        cells = [(r, c, cell) for (r, c), cell in block.grid().items() if r < block.header_rows]
        least = [line + pad] * block.header_rows
        for r, c, cell in cells:
            if cell.rowspan == 1:
                room = g.cell_room(block.widths, c, cell.colspan)
                lines = sum(max(math.ceil(text_width(part) / room), 1) for part in set_lines(cell.text))
                least[r] = max(least[r], lines * line + pad)
        heights: dict[int, int] = {}
        for r, c, cell in cells:
            if cell.rowspan > 1:
                last = r + cell.rowspan - 1
                need = most_lines(cell.text, g.cell_room(block.widths, c, cell.colspan)) * line + pad
                rest = need - sum(least[r:last])
                if rest > least[last]:
                    # the row's bottom rule (0.5 pt) lies inside its height
                    heights[last] = max(heights.get(last, 0), math.ceil((rest + 0.5) * 20))
        return heights


def _grid(table: Table) -> list[list[tuple]]:
    """Place the cells on the column grid: ``(column, cell, merge)`` per row.

    ``merge`` is ``"restart"`` for a cell spanning rows, ``"continue"`` for a slot
    it covers further down (the model leaves those out, as HTML does), else ``None``.
    """
    if problem := table.shape_problem():
        where = f"{table.source.file}:{table.source.line}: " if table.source else ""
        raise RenderError(f"{where}表格{problem}")
    grid: list[list[tuple]] = [[] for _ in table.rows]
    for (r, c), cell in table.grid().items():
        grid[r].append((c, cell, "restart" if cell.rowspan > 1 else None))
        for k in range(r + 1, r + cell.rowspan):
            grid[k].append((c, cell, "continue"))
    return [sorted(row, key=lambda slot: slot[0]) for row in grid]


def _spaced(typeset: str) -> str:
    """A heading's or a cell's text as the PDFs set it (``Geometry.heading_typeset``, ``Cell.typeset``), but no word
    joiner between Chinese and digits or Latin letters (layout.JOINED_BOUNDARY): LibreOffice sets no autospace beside
    one ("2023年" printed without its gap) and breaks the line there all the same."""
    return JOINED_BOUNDARY.sub("", typeset)


def _half_widths(text: str) -> list[int]:
    """Each character's width in half characters (a full-width or ambiguous one two)."""
    return [2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text]


def _wrapped(text: str, first: int, rest: int, space: float = 0) -> list[str]:
    """``text`` in lines of ``first`` half characters, then ``rest``: broken anywhere, but never before closing
    punctuation (line-start prohibition), as Word and LibreOffice break the 版记's Chinese. Each boundary between
    Chinese and digits or Latin letters (layout.AUTOSPACED, Word's autoSpaceDN) takes ``space`` half characters
    more, but not at a line's start, as in the PDFs."""
    widths, lines, start, used, room, i = _half_widths(text), [], 0, 0, first, 0
    spaced = {match.start() for match in AUTOSPACED.finditer(text)}
    while i < len(text):
        width = widths[i] + (space if i in spaced and i > start else 0)
        if used + width > room and i > start:
            back = 1 if text[i] in NO_LINE_START and i - 1 > start else 0
            lines.append(text[start:i - back])
            start, used, room, i = i - back, 0, rest, i - back
            continue
        used += width
        i += 1
    return [*lines, text[start:]]
