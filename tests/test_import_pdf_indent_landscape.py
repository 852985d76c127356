"""PDFs exported by LibreOffice from a clerk's Word file: the body style's first-line indent kept by the title (its first
line centred a character right of the text's middle), and 表四 in a landscape section, whose footer stands elsewhere
from the page's top than on the portrait pages. The DOCX is written here, as clerks lay their reports out."""
from __future__ import annotations

import docx
import pytest
import yaml
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from reportkit.plugins import load_plugins

from _import_helpers import SOFFICE, imported, libreoffice_pdf

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")

AGENCY = "某县自然资源局"
PARTS = [("一、总体情况", "本局年初制定公开工作要点，逐项明确牵头股室和完成时限，年底逐条销号。"),
         ("二、主动公开政府信息情况", "全年在部门专栏发布信息六百余条，发布前逐条核对原件。"),
         ("三、收到和处理政府信息公开申请情况", "全年收到的申请均在法定期限内答复。"),
         ("四、政府信息公开行政复议、行政诉讼情况", None),
         ("五、存在的主要问题及改进情况", "政策解读的形式还较单一，下一年度将增加图解。"),
         ("六、其他需要报告的事项", "本年度办理人大代表建议六件，办理结果均已公开。")]
REVIEW = ["2", "1", "0", "1", "4", "1", "0", "0", "1", "2", "1", "0", "0", "0", "1"]
RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def _run(paragraph, text: str, face: str, size: float, bold: bool = False):
    run = paragraph.add_run(text)
    run.font.name, run.font.size, run.font.bold = face, Pt(size), bold
    run._element.get_or_add_rPr().rFonts.set(qn("w:eastAsia"), face)
    return run


def _page_field(paragraph, code: str) -> None:
    for kind, inner in (("begin", None), ("instr", code), ("separate", None), ("text", "1"), ("end", None)):
        run = _run(paragraph, "", "宋体", 10.5)
        run._element.append(parse_xml(
            f'<w:instrText {nsdecls("w")} xml:space="preserve"> {inner} </w:instrText>' if kind == "instr" else
            f'<w:t {nsdecls("w")}>{inner}</w:t>' if kind == "text" else
            f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))


#: 表四 as the notice's template has it, its cells (first row, column, last row, column, text): two head rows of
#: groups, one of results, one of figures.
FOUR = [(0, 0, 0, 4, "行政复议"), (0, 5, 0, 14, "行政诉讼"), (1, 5, 1, 9, "未经复议直接起诉"), (1, 10, 1, 14, "复议后起诉")] \
    + [(1, k, 2, k, name) for k, name in enumerate(RESULTS)] + [(2, 5 + k, 2, 5 + k, RESULTS[k % 5]) for k in range(10)] \
    + [(3, k, 3, k, v) for k, v in enumerate(REVIEW)]
ITEMS = [("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], [("规章", "0", "0", "0"),
                                                                    ("行政规范性文件", "2", "1", "9")]),
         ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", "156")]),
         ("第二十条第（六）项", ["信息内容", "本年处理决定数量"], [("行政处罚", "37"), ("行政强制", "4")]),
         ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("行政事业性收费", "412.3562")])]
#: 表二 (2021): each item's caption across the table, its head, its rows; a single figure across the three columns.
TWO = [cell for r, (caption, head, rows) in zip((0, 4, 7, 11), ITEMS) for cell in [(r, 0, r, 3, caption)] + [
    cell for k, row in enumerate([head, *rows], r + 1) for cell in [(k, 0, k, 0, row[0])] + (
        [(k, j, k, j, v) for j, v in enumerate(row[1:], 1)] if len(row) == 4 else [(k, 1, k, 3, row[1])])]]


def _table(document, cells: list[tuple], widths: list[float]) -> None:
    """A table of ``cells`` (:data:`FOUR`, :data:`TWO`), 9 pt, centred, its columns ``widths`` mm wide."""
    table = document.add_table(rows=max(c[2] for c in cells) + 1, cols=len(widths))
    table.style, table.autofit = "Table Grid", False
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(round(width * 56.7)))
    for r0, c0, r1, c1, text in cells:
        cell = table.cell(r0, c0).merge(table.cell(r1, c1)) if (r0, c0) != (r1, c1) else table.cell(r0, c0)
        cell.paragraphs[0].paragraph_format.first_line_indent = Pt(0)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(cell.paragraphs[0], text, "宋体", 9)


def clerk_page(grid: bool) -> docx.Document:
    """A clerk's A4 DOCX, empty: the body style 仿宋 16 pt justified, a fixed 28 pt line, two characters' first-line
    indent; on a ``grid`` of characters (文档网格, 27 a line)."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "仿宋_GB2312", Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    body = normal.paragraph_format
    body.first_line_indent, body.space_after, body.alignment = Pt(32), Pt(0), WD_ALIGN_PARAGRAPH.JUSTIFY
    body.line_spacing_rule, body.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(28)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    if grid:
        section._sectPr.remove(section._sectPr.find(qn("w:docGrid")))
        section._sectPr.append(parse_xml(f'<w:docGrid {nsdecls("w")} w:type="linesAndChars" w:linePitch="579" '
                                         f'w:charSpace="1556"/>'))
    return document


def _report(folder, footer: str, grid: bool = False, blanks: int | None = None):
    """The report exported to PDF, on A4: the body style 仿宋 16 pt justified, a fixed 28 pt line, two characters'
    first-line indent, which the title in 22 pt (its lines parted by a line break) keeps; a header line with the
    agency's name; part 四's heading and 表四 on a landscape page; ``footer`` (“第{}页 共{}页”, or the report's name
    and 第{}页) on every page. On a ``grid`` of characters (文档网格, 27 a line), the title's characters take two cells
    each (its second line wraps), and the 署名 and 成文日期 are pushed right by full-width spaces (the date's “日”
    wraps). With ``blanks`` (blank lines before part 二), 表二 under part 二's text, its head's names wrapped in
    their cells (本年制发件 over 数)."""
    document = clerk_page(grid)
    section = document.sections[0]
    _run(section.header.paragraphs[0], AGENCY, "宋体", 10.5)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, piece in enumerate(footer.split("{}")):
        if k:
            _page_field(foot, "PAGE" if k == 1 else "NUMPAGES")
        _run(foot, piece, "宋体", 10.5)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    _run(title, AGENCY, "方正小标宋简体", 22, True).add_break()
    _run(title, "2023年政府信息公开工作年度报告", "方正小标宋简体", 22, True)
    document.add_paragraph()
    for heading, text in PARTS:
        if text is None:
            landscape = document.add_section(WD_SECTION.NEW_PAGE)
            landscape.orientation, landscape.page_width, landscape.page_height = WD_ORIENT.LANDSCAPE, Mm(297), Mm(210)
            _run(document.add_paragraph(), heading, "黑体", 16)
            _table(document, FOUR, [15] * 15)
            portrait = document.add_section(WD_SECTION.NEW_PAGE)
            portrait.orientation, portrait.page_width, portrait.page_height = WD_ORIENT.PORTRAIT, Mm(210), Mm(297)
            continue
        if blanks and heading.startswith("二"):
            for _ in range(blanks):
                document.add_paragraph()
        _run(document.add_paragraph(), heading, "黑体", 16)
        _run(document.add_paragraph(), text, "仿宋_GB2312", 16)
        if blanks and heading.startswith("二"):
            _table(document, TWO, [40, 21, 21, 21])
    for line, indent in ((AGENCY, 64), ("2024年1月25日", 32)):
        closing = document.add_paragraph()
        if grid:
            _run(closing, "\u3000" * (16 if line == AGENCY else 17) + line, "仿宋_GB2312", 16)
            continue
        closing.alignment, closing.paragraph_format.right_indent = WD_ALIGN_PARAGRAPH.RIGHT, Pt(indent)
        _run(closing, line, "仿宋_GB2312", 16)
    document.save(folder / "report.docx")
    return libreoffice_pdf(folder / "report.docx")


FOOTERS = {"count": "第{}页 共{}页", "named": AGENCY + "2023年年度报告　第{}页", "grid": "— {} —", "split": "— {} —"}


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict:
    """Each footer's report, exported and imported once: its data and findings' messages."""
    out = {}
    for name, footer in FOOTERS.items():
        folder = tmp_path_factory.mktemp(name)
        # eleven blank lines put the page break in 表二's head row, between 本年制发件 and 数 (asserted below)
        result = imported(_report(folder, footer, name == "grid", 11 if name == "split" else None), folder,
                          load_plugins(), draft=True)
        out[name] = yaml.safe_load(result.target.read_text(encoding="utf-8")), [f.message for f in result.findings]
    return out


@pytest.mark.parametrize("name", ["count", "grid"])
def test_a_title_keeping_the_bodys_first_line_indent_is_the_title(reports, name):
    """The title's first line, centred a character right of the middle, was taken for a line set right, before the
    title: “标题之前的“某县自然资源局”未导入”, and title: 2023年政府信息公开工作年度报告. On a grid of characters,
    its wrapped line and the rest under it, each character at the left of its two cells, stood left of the middle:
    the title was the agency's name, “2023年政府信息公开工作年” and “度报告” the preamble (no year, no agency); and the
    date's “日”, wrapped, was part 六's text, with the 署名 (no 成文日期)."""
    data, messages = reports[name]
    assert (data["agency"], data["year"], str(data["date"]), data.get("title")) == (AGENCY, 2023, "2024-01-25", None)
    assert not [m for m in messages if "标题" in m]


@pytest.mark.parametrize("footer", FOOTERS)
def test_the_footer_of_a_landscape_page_is_no_text(reports, footer):
    """The landscape page's footer, not as far from the page's top as the portrait pages' (nor, “第3页 共5页” with its
    space, a page number), was read as part 四's text; every part's text and 表四's figures read as written."""
    data, messages = reports[footer]
    assert not [m for m in messages if "页" in m]
    assert data["sections"] == {key: [text] for key, (_, text) in
                                zip(["overview", "active_disclosure", "applications", "problems", "other"],
                                    [part for part in PARTS if part[1]])}
    review = data["tables"]["review_litigation"]
    figures = [review[row][column] for row in ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
               for column in ("upheld", "corrected", "other", "pending", "total")]
    assert figures == [int(v) for v in REVIEW]


def test_a_head_row_wrapped_alike_in_its_cells_over_a_page_break_is_one_row(reports):
    """表二's head row broke over the page inside its names, each of three cells leaving “数” on the next page. The
    three “数” side by side, one text, were taken for one cell across three columns, not under three names: a row
    without a label (“其中的“数”未导入”), the names cut short (本年制发件), and no figure of 规章 and 行政规范性文件 read
    (“表头里没有这一列”)."""
    data, messages = reports["split"]
    assert data["tables"]["active_disclosure"] == {
        "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
        "normative_documents": {"issued": 2, "repealed": 1, "in_force": 9},
        "administrative_licensing": {"decisions": 156}, "administrative_penalty": {"decisions": 37},
        "administrative_coercion": {"decisions": 4}, "administrative_fees": {"amount": 412.3562}}
    assert not [m for m in messages if "表二" in m]
