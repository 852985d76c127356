"""The DOCX renderer and its template, checked on the real output (python-docx and lxml)."""
from __future__ import annotations

import importlib.util
import io
import re
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Mm
from lxml import etree

from docx_pages import SOFFICE
from reportkit.blocks import AttachmentNote, Cell, Document, PageBreak, Paragraph, Signature, Table
from reportkit.errors import RenderError
from reportkit.layout import OFFICIAL_FACES, Geometry, Layout
from reportkit.renderers.docx import render_docx, text_width

AUTOSPACE = Geometry().autospace_em

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "gbt9704"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W_NS}
W = f"{{{W_NS}}}"
FACES = set(OFFICIAL_FACES.values())


@pytest.fixture(scope="module")
def layout() -> Layout:
    return Layout(
        name="gbt9704", description="", directory=TEMPLATES,
        docx_template=TEMPLATES / "document.docx",
        html_template=TEMPLATES / "document.html",
        stylesheet=TEMPLATES / "style.css",
    )


class Output:
    """A rendered DOCX: the python-docx document plus each part's XML."""

    def __init__(self, data: bytes):
        self.data = data
        self.doc = docx.Document(io.BytesIO(data))
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            self.raw = {name: zf.read(name) for name in zf.namelist()}
        self.xml = {name: etree.fromstring(blob) for name, blob in self.raw.items() if name.endswith(".xml")}
        self.styles = {s.get(W + "styleId"): s for s in self.xml["word/styles.xml"].iterfind("w:style", NS)}
        self.body = self.xml["word/document.xml"].find("w:body", NS)

    def paragraphs(self, style: str | None = None):
        for p in self.body.iter(W + "p"):
            if style is None or style_of(p) == style:
                yield p

    def style_chain(self, style_id: str | None):
        while style_id:
            style = self.styles[style_id]
            yield style
            style_id = style.find("w:basedOn", NS).get(W + "val") if style.find("w:basedOn", NS) is not None else None

    def style_rpr(self, style_id: str, path: str, attr: str):
        """What a style gives for ``path``/@``attr`` after basedOn and document defaults."""
        for style in self.style_chain(style_id):
            el = style.find(f"w:rPr/{path}", NS)
            if el is not None and el.get(W + attr) is not None:
                return el.get(W + attr)
        el = self.xml["word/styles.xml"].find(f"w:docDefaults/w:rPrDefault/w:rPr/{path}", NS)
        return el.get(W + attr) if el is not None else None

    def style_ppr(self, style_id: str, path: str, attr: str):
        for style in self.style_chain(style_id):
            el = style.find(f"w:pPr/{path}", NS)
            if el is not None and el.get(W + attr) is not None:
                return el.get(W + attr)
        el = self.xml["word/styles.xml"].find(f"w:docDefaults/w:pPrDefault/w:pPr/{path}", NS)
        return el.get(W + attr) if el is not None else None

    def run_value(self, run, path: str, attr: str):
        """Resolve a run property as Word does: direct, character style, paragraph style, table style, defaults."""
        el = run.find(f"w:rPr/{path}", NS)
        if el is not None and el.get(W + attr) is not None:
            return el.get(W + attr)
        sources = [run.findtext("w:rPr/w:rStyle", namespaces=NS)]
        p = next(a for a in run.iterancestors(W + "p"))
        sources.append(style_of(p) or "Normal")
        tbl = next(run.iterancestors(W + "tbl"), None)
        if tbl is not None:
            sources.append(tbl.find("w:tblPr/w:tblStyle", NS).get(W + "val"))
        for source in sources:
            for style in self.style_chain(source):
                el = style.find(f"w:rPr/{path}", NS)
                if el is not None and el.get(W + attr) is not None:
                    return el.get(W + attr)
        return self.style_rpr("DefaultParagraphFont", path, attr)


def style_of(p) -> str | None:
    el = p.find("w:pPr/w:pStyle", NS)
    return el.get(W + "val") if el is not None else None


def text(p) -> str:
    return "".join(t.text or "" for t in p.iter(W + "t"))


def ind(p) -> dict:
    el = p.find("w:pPr/w:ind", NS)
    return {k.removeprefix(W): v for k, v in el.attrib.items()} if el is not None else {}


@pytest.fixture
def out(sample_document, layout) -> Output:
    return Output(render_docx(sample_document, layout).data)


def render(layout, *blocks) -> Output:
    return Output(render_docx(Document(title="t", author="a", blocks=list(blocks)), layout).data)


# -- template ---------------------------------------------------------------


def load_tool():
    spec = importlib.util.spec_from_file_location("make_docx_template", ROOT / "tools" / "make_docx_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_template_is_what_the_tool_builds():
    built = load_tool().build()
    assert built == load_tool().build()
    assert (TEMPLATES / "document.docx").read_bytes() == built, "run tools/make_docx_template.py"


def test_template_body_is_only_the_placeholder():
    doc = docx.Document(TEMPLATES / "document.docx")
    assert [p.text for p in doc.paragraphs] == ["{{p body }}"]
    assert not doc.tables


def test_page_size_and_margins(out):
    section = out.doc.sections[0]
    assert (section.page_width, section.page_height) == (11906 * 635, 16838 * 635)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert margins == tuple(t * 635 for t in (2098, 1984, 1587, 1474))
    for got, mm in zip(margins, (37, 35, 28, 26)):
        assert abs(got - Mm(mm)) < Mm(0.05)
    assert abs(section.page_width - section.left_margin - section.right_margin - Mm(156)) < Mm(0.05)
    assert abs(section.page_height - section.top_margin - section.bottom_margin - Mm(225)) < Mm(0.05)


def test_exact_lines_give_22_lines_of_28_characters(out):
    # No document grid: LibreOffice centres one's 22 lines in the block, 0.9 pt short of it (tests/test_docx_table_rows.py),
    # and spreads characters over two cells of a negative-charSpace grid.
    assert out.body.find("w:sectPr/w:docGrid", NS) is None
    pitch = 579
    block_h, block_w = 16838 - 2098 - 1984, 11906 - 1587 - 1474
    assert 22 * pitch <= block_h < 23 * pitch
    tracking = int(out.styles["Normal"].find("w:rPr/w:spacing", NS).get(W + "val"))
    char_pitch_twips = 16 * 20 + tracking
    assert 28 * char_pitch_twips <= block_w < 29 * char_pitch_twips
    assert out.style_ppr("Normal", "w:spacing", "line") == str(pitch)
    assert out.style_ppr("Normal", "w:spacing", "lineRule") == "exact"


def test_even_and_odd_footers_carry_page_numbers(out):
    assert out.xml["word/settings.xml"].find("w:evenAndOddHeaders", NS) is not None
    assert out.doc.settings.odd_and_even_pages_header_footer
    section = out.doc.sections[0]
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        (p,) = footer._element.iterfind("w:p", NS)
        assert p.find("w:pPr/w:jc", NS).get(W + "val") == side
        assert ind(p) == {side: "280"}  # one 4号 character in from the edge
        assert "PAGE" in "".join(p.itertext())
        assert [el.get(W + "fldCharType") for el in p.iter(W + "fldChar")] == ["begin", "separate", "end"]
        assert text(p) == "— 1 —"
        for run in p.iter(W + "r"):
            assert out.run_value(run, "w:rFonts", "eastAsia") == "宋体"
            assert out.run_value(run, "w:rFonts", "ascii") == "宋体"
            assert out.run_value(run, "w:sz", "val") == "28"


def test_footer_sits_7mm_below_the_text_block(out):
    section = out.doc.sections[0]
    number_line = 280  # twips, exact
    centre_from_bottom = section.footer_distance / 635 + number_line / 2
    assert abs((section.bottom_margin / 635 - centre_from_bottom) - 7 * 1440 / 25.4) < 10


# -- fonts and styles -------------------------------------------------------


def test_no_theme_fonts_anywhere(out):
    for name, blob in out.raw.items():
        if name.endswith(".xml"):
            assert not re.search(rb"(ascii|eastAsia|hAnsi|cs)theme", blob, re.I), name
    assert not any(name.startswith("word/theme") for name in out.raw)


def test_every_style_resolves_to_an_official_east_asian_face(out):
    for style_id, style in out.styles.items():
        if style.get(W + "type") in ("paragraph", "character", "table"):
            assert out.style_rpr(style_id, "w:rFonts", "eastAsia") in FACES, style_id
            assert out.style_rpr(style_id, "w:rFonts", "ascii") in FACES | {"Times New Roman"}, style_id


def test_every_run_resolves_to_an_official_east_asian_face(out):
    runs = list(out.body.iter(W + "r"))
    assert len(runs) > 50
    for run in runs:
        assert out.run_value(run, "w:rFonts", "eastAsia") in FACES


@pytest.mark.parametrize("style_id, face, size", [
    ("Normal", "仿宋_GB2312", "32"),
    ("Title", "方正小标宋简体", "44"),
    ("Heading1", "黑体", "32"),
    ("Heading2", "楷体_GB2312", "32"),
    ("Heading3", "仿宋_GB2312", "32"),
    ("Heading4", "仿宋_GB2312", "32"),
    ("Addressee", "仿宋_GB2312", "32"),
    ("Signature", "仿宋_GB2312", "32"),
    ("Date", "仿宋_GB2312", "32"),
    ("AttachmentNote", "仿宋_GB2312", "32"),
    ("TableText", "仿宋_GB2312", "21"),
    ("TableHeading", "黑体", "21"),
])
def test_style_faces_and_sizes(out, style_id, face, size):
    assert out.style_rpr(style_id, "w:rFonts", "eastAsia") == face
    assert out.style_rpr(style_id, "w:rFonts", "ascii") == "Times New Roman"
    assert out.style_rpr(style_id, "w:sz", "val") == size


def test_headings_have_outline_levels_and_body_indent(out):
    for level in range(1, 5):
        assert out.style_ppr(f"Heading{level}", "w:outlineLvl", "val") == str(level - 1)
        assert out.style_ppr(f"Heading{level}", "w:ind", "firstLineChars") == "200"
        assert out.doc.styles[f"Heading {level}"].style_id == f"Heading{level}"
    assert out.style_ppr("Normal", "w:jc", "val") == "both"
    assert out.style_ppr("Addressee", "w:ind", "firstLineChars") == "0"
    assert out.style_ppr("Title", "w:jc", "val") == "center"


def test_table_styles_set_the_geometry_s_line_and_padding(out):
    g = Geometry()
    for style_id in ("TableText", "TableHeading", "ReportTable"):
        assert out.style_ppr(style_id, "w:spacing", "lineRule") == "exact"
        assert out.style_ppr(style_id, "w:spacing", "line") == str(round(g.table_line_pt * 20))
        assert out.style_rpr(style_id, "w:sz", "val") == str(round(g.table_size_pt * 2))
        assert out.style_ppr(style_id, "w:snapToGrid", "val") == "0"
        assert out.style_ppr(style_id, "w:ind", "firstLineChars") == "0"
    borders = out.styles["ReportTable"].find("w:tblPr/w:tblBorders", NS)
    assert {b.tag.removeprefix(W): b.get(W + "val") for b in borders} == dict.fromkeys(
        ("top", "left", "bottom", "right", "insideH", "insideV"), "single")
    # Text clear of the rules: Word and LibreOffice take the table style's margins (TableNormal's too).
    for style_id in ("ReportTable", "TableNormal"):
        margins = out.styles[style_id].find("w:tblPr/w:tblCellMar", NS)
        assert {m.tag.removeprefix(W): int(m.get(W + "w")) for m in margins} == {
            "top": round(g.cell_padding_v_pt * 20), "bottom": round(g.cell_padding_v_pt * 20),
            "left": round(g.cell_padding_h_pt * 20), "right": round(g.cell_padding_h_pt * 20)}


# -- blocks -----------------------------------------------------------------


def test_title_addressee_headings_and_body(out):
    paras = list(out.paragraphs())
    title = paras[0]
    assert style_of(title) == "Title"
    assert text(title) == "某某市生态环境局2021年政府信息公开工作年度报告"
    assert len(list(title.iter(W + "br"))) == 1
    assert [text(p) for p in out.paragraphs("Addressee")] == ["市政府信息公开工作办公室："]
    assert [text(p) for p in out.paragraphs("Heading1")] == ["一、总体情况", "三、收到和处理政府信息公开申请情况"]
    assert [text(p) for p in out.paragraphs("Heading2")] == ["（一）主动公开"]
    assert [text(p) for p in out.paragraphs("Heading3")] == ["1.平台建设"]
    assert [text(p) for p in out.paragraphs("Heading4")] == ["（1）网站栏目"]


def test_data_text_stays_literal(out):
    assert "全年更新栏目12个，发布信息356条。<b>不是标签</b> & {{ 不是变量 }}" in [text(p) for p in out.paragraphs()]


def test_merged_header_of_the_sample_table(out):
    (tbl,) = out.body.iterfind("w:tbl", NS)

    def layout_of(tr):
        cells = []
        for tc in tr.iterfind("w:tc", NS):
            span = tc.find("w:tcPr/w:gridSpan", NS)
            vmerge = tc.find("w:tcPr/w:vMerge", NS)
            cells.append((int(span.get(W + "val")) if span is not None else 1,
                          None if vmerge is None else vmerge.get(W + "val", "continue"),
                          text(tc)))
        return cells

    rows = [layout_of(tr) for tr in tbl.iterfind("w:tr", NS)]
    assert rows[0] == [(3, "restart", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
                       (7, None, "申请人情况")]
    assert rows[1] == [(3, "continue", ""), (1, "restart", "自然人"), (5, None, "法人或其他组织"),
                       (1, "restart", "总计")]
    assert rows[2] == [(3, "continue", ""), (1, "continue", "")] + [
        (1, None, t) for t in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")] + [(1, "continue", "")]
    assert rows[3] == [(3, None, "一、本年新收政府信息公开申请数量")] + [(1, None, n) for n in "9100001"[:6]] + [
        (1, None, "10")]
    assert rows[4] == [(3, None, "二、上年结转政府信息公开申请数量")] + [(1, None, "0")] * 7
    assert rows[5] == [(1, "restart", "三、本年度办理结果"), (2, None, "（一）予以公开")] + [
        (1, None, n) for n in ("8", "1", "0", "0", "0", "0", "9")]
    assert rows[6] == [(1, "continue", ""), (2, None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")] + [
        (1, None, n) for n in ("1", "0", "0", "0", "0", "0", "1")]
    for tr in tbl.iterfind("w:tr", NS):
        assert sum(c[0] for c in layout_of(tr)) == 10


def test_table_rows_widths_and_cells(out):
    (tbl,) = out.body.iterfind("w:tbl", NS)
    rows = tbl.findall("w:tr", NS)
    assert [tr.find("w:trPr/w:tblHeader", NS) is not None for tr in rows] == [True] * 3 + [False] * 4
    assert all(tr.find("w:trPr/w:cantSplit", NS) is not None for tr in rows)
    assert tbl.find("w:tblPr/w:tblLayout", NS).get(W + "type") == "fixed"
    # the block (8845) less one 0.5 pt rule: the outer rules, drawn on the cells' edges, stay inside it
    assert tbl.find("w:tblPr/w:tblW", NS).get(W + "w") == "8835"
    cols = [int(c.get(W + "w")) for c in tbl.iterfind("w:tblGrid/w:gridCol", NS)]
    assert sum(cols) == 8835 and len(cols) == 10
    assert cols[2] == pytest.approx(3 * cols[0], abs=3)
    for tr in rows:
        grid = 0
        for tc in tr.iterfind("w:tc", NS):
            span = int(tc.find("w:tcPr/w:gridSpan", NS).get(W + "val")) if tc.find("w:tcPr/w:gridSpan", NS) is not None else 1
            assert int(tc.find("w:tcPr/w:tcW", NS).get(W + "w")) == sum(cols[grid:grid + span])
            grid += span
    styles = [[style_of(p) for p in tr.iter(W + "p")] for tr in rows]
    assert all(s == "TableHeading" for row in styles[:3] for s in row)
    assert all(s == "TableText" for row in styles[3:] for s in row)
    first_body = rows[3].find("w:tc/w:p", NS)
    assert first_body.find("w:pPr/w:jc", NS).get(W + "val") == "left"
    assert rows[3].findall("w:tc", NS)[1].find("w:p/w:pPr/w:jc", NS).get(W + "val") == "center"
    for run in tbl.iter(W + "r"):
        face = out.run_value(run, "w:rFonts", "eastAsia")
        assert face == ("黑体" if style_of(run.getparent()) == "TableHeading" else "仿宋_GB2312")


def test_attachment_note_and_signature_of_the_sample(out):
    (note,) = out.paragraphs("AttachmentNote")
    assert text(note) == "附件：2021年政府信息公开工作统计表"
    assert out.style_ppr("AttachmentNote", "w:spacing", "before") == "579"  # one blank line
    (organ,) = out.paragraphs("Signature")
    (date,) = out.paragraphs("Date")
    assert (text(organ), text(date)) == ("某某市生态环境局", "2022年1月20日")
    # The date (6.5 characters and 5 spaces between Chinese and digits: 7.75) is longer than name - 2
    # (6): date 2 from the right, name pushed left so that the date starts 2 characters right of it.
    assert ind(date)["rightChars"] == "200"
    assert ind(organ)["rightChars"] == "375"
    name_start = 3.75 + text_width("某某市生态环境局")
    date_start = 2 + text_width("2022年1月20日", AUTOSPACE)
    assert name_start - date_start == 2
    assert out.style_ppr("Signature", "w:jc", "val") == out.style_ppr("Date", "w:jc", "val") == "right"
    assert out.style_ppr("Signature", "w:spacing", "before") == "579"


def test_page_break_starts_the_next_paragraph_on_a_new_page(out):
    last = list(out.paragraphs())[-1]
    assert text(last) == "附页内容。"
    assert last.find("w:pPr/w:pageBreakBefore", NS) is not None
    assert not any(br.get(W + "type") == "page" for br in out.body.iter(W + "br"))


def test_core_properties(layout):
    document = Document(title="标题\n第二行", author="某某市人民政府", subject="年报", keywords=["政务公开", "年报"],
                        blocks=[Paragraph("x")])
    props = Output(render_docx(document, layout).data).doc.core_properties
    assert (props.title, props.author, props.subject) == ("标题第二行", "某某市人民政府", "年报")
    assert props.keywords == "政务公开, 年报"
    assert props.language == "zh-CN"


def test_core_properties_are_not_templates(layout):
    document = Document(title="{{ x }}", author="{% if %}", blocks=[])
    props = Output(render_docx(document, layout).data).doc.core_properties
    assert (props.title, props.author) == ("{{ x }}", "{% if %}")


def test_signature_with_a_short_date_and_joint_organs(layout):
    out = render(layout, Signature(["某某省某某市人民政府办公室", "某某市财政局"], "2022年1月5日"))
    organs = list(out.paragraphs("Signature"))
    (date,) = out.paragraphs("Date")
    assert [text(p) for p in organs] == ["某某省某某市人民政府办公室", "某某市财政局"]
    assert all(ind(p)["rightChars"] == "200" for p in organs)
    # Name 13 characters from 2 to 15 from the right; the date starts 2 characters later, at 13.
    assert float(ind(date)["rightChars"]) / 100 + text_width("2022年1月5日", AUTOSPACE) == 13


def test_several_attachments_are_numbered_and_aligned(layout):
    out = render(layout, AttachmentNote(["统计表", "情况说明"]))
    first, second = out.paragraphs("AttachmentNote")
    assert (text(first), text(second)) == ("附件：1.统计表", "2.情况说明")
    # Both names start 6 characters in (2 + "附件：" + "1."); "2." lines up under "1.".
    assert ind(first)["leftChars"] == ind(second)["leftChars"] == "600"
    assert ind(first)["hangingChars"] == "400"
    assert ind(second)["hangingChars"] == "100"


@pytest.mark.parametrize("count, chained", [(3, True), (12, False)])
def test_a_long_attachment_note_keeps_only_its_ends(layout, count, chained):
    """A 附件说明 too long to share a page with the signature and the body's last lines (Geometry.note_keeps_together)
    chained every item with keep-with-next, a chain longer than a page that Word and LibreOffice break anywhere (the
    成文日期 alone on a page): as in both PDFs, its first item keeps with the body, its last with the signature."""
    items = [f"某某县第{n}批政府信息公开工作情况统计表及其填报说明和数据来源说明" for n in range(1, count + 1)]
    out = render(layout, Paragraph("正文。"), AttachmentNote(items), Signature(["某某县人民政府办公室"], "2024年1月5日"))
    kept = [p.find("w:pPr/w:keepNext", NS) is not None for p in out.paragraphs("AttachmentNote")]
    assert kept == [chained] * (count - 1) + [True]
    (body,) = out.paragraphs("Normal")
    assert body.find("w:pPr/w:keepNext", NS) is not None


@pytest.mark.parametrize("typed", ["各区县政府：", "各区县政府:", "各区县政府 :"])
def test_addressee_ends_in_one_full_width_colon(layout, typed):
    """GB/T 9704 §7.3.2: a half-width colon typed (县人民政府办公室:) was printed as it was."""
    from reportkit.blocks import Addressee

    out = render(layout, Addressee(typed))
    assert [text(p) for p in out.paragraphs("Addressee")] == ["各区县政府："]


def test_adjacent_tables_and_a_final_table_get_paragraphs(layout):
    table = Table([[Cell("a"), Cell("b")]], widths=[1, 1], header_rows=0)
    out = render(layout, table, table, PageBreak(), table)
    elements = [el for el in out.body if el.tag != W + "sectPr"]
    assert [el.tag.removeprefix(W) for el in elements] == ["tbl", "p", "tbl", "p", "tbl", "p"]
    assert elements[3].find("w:pPr/w:pageBreakBefore", NS) is not None
    assert style_of(elements[-1]) == "TableText"
    # 1 pt high: a table that fills its page must not push this paragraph onto a blank page
    last = elements[-1].find("w:pPr", NS)
    assert (last.find("w:spacing", NS).get(W + "line"), last.find("w:spacing", NS).get(W + "lineRule")) == ("20", "exact")
    assert last.find("w:rPr/w:sz", NS).get(W + "val") == "2"


def test_a_final_page_break_is_a_break_run(layout):
    out = render(layout, Paragraph("x"), PageBreak())
    assert [br.get(W + "type") for br in out.body.iter(W + "br")] == ["page"]


@pytest.mark.parametrize("rows", [
    [[Cell("a"), Cell("b"), Cell("c")]],
    [[Cell("a")]],
    [[Cell("a", rowspan=2), Cell("b")]],
])
def test_a_table_that_does_not_fit_its_grid_is_an_error(layout, rows):
    with pytest.raises(RenderError):
        render(layout, Table(rows, widths=[1, 1], header_rows=0))


# -- LibreOffice --------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_converts_to_an_a4_pdf(out, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    source = tmp_path / "sample.docx"
    source.write_bytes(out.data)
    # A private profile: LibreOffice refuses to start twice on one profile.
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    reader = pypdf.PdfReader(tmp_path / "sample.pdf")
    assert len(reader.pages) > 0
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.3, 841.9), abs=0.5)


def test_a_long_table_is_moved_into_the_package_piecewise_and_comes_out_the_same(monkeypatch):
    """lxml moves a big subtree between documents slowly (issue 14: 1.5 s for 800 rows): elements with many
    children are moved child by child. The document must be exactly what moving them whole gives."""
    from reportkit.pipeline import build, check_file, choose_layout
    from reportkit.plugins import load_plugins
    from reportkit.renderers import docx as renderer

    plugins = load_plugins()
    validated = check_file(ROOT / "examples" / "putian-2018-work-plan.yaml", plugins)
    layout = choose_layout(validated, plugins.registry)
    document = build(validated, layout)
    rows = [len(t.rows) for t in document.blocks[-1].blocks if isinstance(t, Table)]
    assert max(rows) > renderer._MOVED_WHOLE  # the task table is moved row by row

    def body_xml(data: bytes) -> bytes:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return package.read("word/document.xml")

    piecewise = body_xml(render_docx(document, layout).data)
    monkeypatch.setattr(renderer, "_MOVED_WHOLE", 10**9)
    assert body_xml(render_docx(document, layout).data) == piecewise


def test_an_organ_name_wider_than_the_line_wraps_and_the_date_stands_four_from_the_right(layout):
    """With the usual indents (the date under the name's middle) a 34-character name left the date a few
    characters of width, one per line in LibreOffice; now the name wraps and the date goes 4 from the right."""
    name = "某自治州某某县自然资源和规划局（某某县林业局、某某县不动产登记中心）"
    out = render(layout, Signature([name], "2022年1月5日"))
    (organ,) = out.paragraphs("Signature")
    (date,) = out.paragraphs("Date")
    assert text(organ) == name
    assert ind(organ).get("rightChars") == "200" and "leftChars" not in ind(organ) and "left" not in ind(organ)
    assert ind(date).get("rightChars") == "400"


def test_a_table_caption_is_set_as_in_the_pdfs_regular_and_kept_with_its_table(layout):
    """Both PDFs set a plugin's table caption in the regular face; the DOCX made it bold."""
    out = render(layout, Table(rows=[[Cell("甲")], [Cell("1")]], widths=[1], header_rows=1, caption="表1　情况统计"))
    caption = out.doc.paragraphs[0]
    assert caption.text == "表1　情况统计" and caption.style.style_id == "Caption"
    assert not any(style.font.bold for style in (caption.style, caption.style.base_style) if style is not None)
    assert not any(run.bold for run in caption.runs)
    assert caption.style.paragraph_format.keep_with_next


def test_the_same_document_gives_the_same_bytes_on_another_day(sample_document, layout, monkeypatch):
    """Each part of the DOCX was stamped with the moment it was saved: a re-run gave another file (its checksum, a
    folder compared after a re-run), where the PDF is the same."""
    import time

    first = render_docx(sample_document, layout).data
    later = time.time() + 3 * 86400
    monkeypatch.setattr(time, "time", lambda: later)
    assert render_docx(sample_document, layout).data == first
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {item.date_time for item in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert package.testzip() is None


def test_an_amount_prints_the_digits_written_without_quotes():
    """412.30 and 1000.00 written without quotes were YAML's floats and printed 412.3 and 1000: the page an office
    signs off differed from the data (the docs said to quote them)."""
    from reportkit.testing import render as render_data

    text = (ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8")
    text = text.replace("{amount: 412.3562}", "{amount: 412.30}").replace("amount_notified: 1120", "amount_notified: 1000.00")
    lines = render_data(text, formats=("docx",)).docx_text.split("\n")
    assert "412.30" in lines  # 表二's cell
    assert any("通知收取信息处理费共计1000.00元，实际收取740元" in line for line in lines)
