"""PDFs LibreOffice exports from a clerk's Word file whose tables keep the body style's first-line indent (32 pt) in
their narrow cells: the first character of a cell's text is set at its right rule, over into the cell beside it or
out of the table; and 表三's first row cut by a page break inside its label and its figures (on a character grid).
The DOCX is written here, as clerks lay their reports out."""
from __future__ import annotations

from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from reportkit.importers.source import Grid, align_labels
from reportkit.plugins import load_plugins

from _import_helpers import SOFFICE, imported, libreoffice_pdf, render_source
from test_import_pdf_indent_landscape import TWO, _page_field, _run, clerk_page

AGENCY = "某县林业局"
SAMPLE = Path("examples/sample-2021.yaml")
#: 表三's groups of numbered rows, under 三、本年度办理结果: each row's label.
GROUPS = {"（三）不予公开": ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                      "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"],
          "（四）无法提供": ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"],
          "（五）不予处理": ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                      "5.要求行政机关确认或重新出具已获取信息"],
          "（六）其他处理": ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]}
KEYS = {"（三）不予公开": ["state_secret", "law_forbidden", "safety_stability", "third_party_rights", "internal_affairs",
                      "process_information", "enforcement_case", "administrative_query"],
        "（四）无法提供": ["no_such_information", "needs_creation", "still_unclear"],
        "（五）不予处理": ["petition_complaint", "repeated", "publications", "mass_repeated", "confirm_or_reissue"],
        "（六）其他处理": ["overdue_correction", "overdue_fee", "other"]}
GROUP_KEYS = {"（三）不予公开": "denied", "（四）无法提供": "unable_to_provide", "（五）不予处理": "not_processed",
              "（六）其他处理": "other_handling"}
COLUMNS = ["natural_person", "commercial_enterprise", "research_institution", "public_welfare_organization",
           "legal_service_agency", "other", "total"]
#: Each row's figures: two-digit ones, which the indent wraps in their 12 mm cells (“3” over “8”).
FIGURES = {"new_received": "38 6 0 1 2 1 48", "carried_over": "3 1 0 0 0 0 4", "granted": "20 3 0 0 1 0 24",
           "partly_granted": "4 1 0 0 0 0 5", "third_party_rights": "1 0 0 0 0 0 1",
           "no_such_information": "7 1 0 1 0 0 9", "petition_complaint": "2 0 0 0 0 0 2",
           "overdue_correction": "1 0 0 0 0 0 1", "other": "0 0 0 0 0 1 1", "total": "35 5 0 1 1 1 43",
           "carried_forward": "6 2 0 0 1 0 9"}
REVIEW = ["2", "1", "0", "1", "4", "1", "0", "0", "1", "2", "1", "0", "0", "0", "1"]
RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
PARTS = [("一、总体情况", "本局把公开工作列入年度重点任务，明确一名分管领导和两名工作人员具体负责。"),
         ("二、主动公开政府信息情况", "全年在本局专栏更新林木采伐许可、森林防火等信息三百余条。"),
         ("三、收到和处理政府信息公开申请情况", "本年度的申请大多涉及林地征占用审批，均在法定期限内作出答复。"),
         ("四、政府信息公开行政复议、行政诉讼情况", None),
         ("五、存在的主要问题及改进情况", "部分信息更新不够及时，下一年度将明确各股室的更新时限。"),
         ("六、其他需要报告的事项", "本年度未收取信息处理费。")]


def _figures(key: str) -> list[str]:
    return FIGURES.get(key, "0 0 0 0 0 0 0").split()


def _three() -> list[tuple]:
    """表三 (2021) as the notice's template has it, in ten columns: three of labels, seven of figures; its cells
    (first row, column, last row, column, text)."""
    heads = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    cells = [(0, 0, 2, 2, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), (0, 3, 0, 9, "申请人情况"),
             (1, 3, 2, 3, "自然人"), (1, 4, 1, 8, "法人或其他组织"), (1, 9, 2, 9, "总计")] \
        + [(2, 4 + k, 2, 4 + k, name) for k, name in enumerate(heads)]
    rows = [(0, "一、本年新收政府信息公开申请数量", "new_received"), (0, "二、上年结转政府信息公开申请数量", "carried_over"),
            (1, "（一）予以公开", "granted"), (1, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partly_granted")]
    for group, labels in GROUPS.items():
        rows += [(2, label, key) for label, key in zip(labels, KEYS[group])]
    rows += [(1, "（七）总计", "total"), (0, "四、结转下年度继续办理", "carried_forward")]
    r, first = 3, {}
    for column, label, key in rows:
        cells.append((r, column, r, 2, label))
        cells += [(r, 3 + k, r, 3 + k, v) for k, v in enumerate(_figures(key))]
        first.setdefault(label if column != 2 else next(g for g, ls in GROUPS.items() if label in ls), r)
        r += 1
    cells.append((first["（一）予以公开"], 0, first["（七）总计"], 0, "三、本年度办理结果"))
    cells += [(first[group], 1, first[group] + len(labels) - 1, 1, group) for group, labels in GROUPS.items()]
    return cells


#: 表四: two head rows of groups, one of results, one of figures.
FOUR = [(0, 0, 0, 4, "行政复议"), (0, 5, 0, 14, "行政诉讼"), (1, 5, 1, 9, "未经复议直接起诉"), (1, 10, 1, 14, "复议后起诉")] \
    + [(1, k, 2, k, name) for k, name in enumerate(RESULTS)] \
    + [(2, 5 + k, 2, 5 + k, RESULTS[k % 5]) for k in range(10)] + [(3, k, 3, k, v) for k, v in enumerate(REVIEW)]


def _table(document, cells: list[tuple], widths: list[float], heads: int, size: float = 12,
           margin: int | None = None) -> None:
    """A table of ``cells`` in ``size`` (小四, 12 pt), its columns ``widths`` mm wide, its first ``heads`` rows repeated
    on each page, its cells' left and right ``margin`` (twips) Word's unless given. Its paragraphs are in the body
    style, whose first-line indent they keep, as a clerk's table does."""
    table = document.add_table(rows=max(c[2] for c in cells) + 1, cols=len(widths))
    table.style, table.autofit = "Table Grid", False
    if margin is not None:
        table._tbl.tblPr.append(parse_xml(f'<w:tblCellMar {nsdecls("w")}><w:left w:w="{margin}" w:type="dxa"/>'
                                          f'<w:right w:w="{margin}" w:type="dxa"/></w:tblCellMar>'))
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(round(width * 56.7)))
    for row in table.rows[:heads]:
        row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for r0, c0, r1, c1, text in cells:
        cell = table.cell(r0, c0).merge(table.cell(r1, c1)) if (r0, c0) != (r1, c1) else table.cell(r0, c0)
        cell.paragraphs[0].paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        _run(cell.paragraphs[0], text, "仿宋_GB2312", size)


def _report(folder, grid: bool = False, blanks: int = 0, size: float = 12, margin: int | None = None):
    """The report exported to PDF, on A4: the body style 仿宋 16 pt justified, a fixed 28 pt line, two characters'
    first-line indent, which the tables' cells keep; the agency's name in the header, “— 3 —” in the footer; 表二
    under part 二's text; 表三
    under part 三's text (``blanks`` blank lines before that text), its figures' columns 12 mm wide, in ``size``
    (10.5 pt: a character no wider than twice the cell's margin stays in its cell); 表四 on a landscape page; the
    tables' cells' ``margin`` (:func:`_table`). On a ``grid`` of characters (文档网格, 27 a line)."""
    document = clerk_page(grid)
    section = document.sections[0]
    _run(section.header.paragraphs[0], AGENCY, "宋体", 10.5)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(foot, "— ", "宋体", 14)
    _page_field(foot, "PAGE")
    _run(foot, " —", "宋体", 14)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(title, f"{AGENCY}2023年政府信息公开工作年度报告", "方正小标宋简体", 22)
    for heading, text in PARTS:
        if text is None:
            landscape = document.add_section(WD_SECTION.NEW_PAGE)
            landscape.orientation, landscape.page_width, landscape.page_height = WD_ORIENT.LANDSCAPE, Mm(297), Mm(210)
            _run(document.add_paragraph(), heading, "黑体", 16)
            _table(document, FOUR, [15] * 15, 3, margin=margin)
            portrait = document.add_section(WD_SECTION.NEW_PAGE)
            portrait.orientation, portrait.page_width, portrait.page_height = WD_ORIENT.PORTRAIT, Mm(210), Mm(297)
            continue
        _run(document.add_paragraph(), heading, "黑体", 16)
        if heading.startswith("三"):
            for _ in range(blanks):
                document.add_paragraph()
        _run(document.add_paragraph(), text, "仿宋_GB2312", 16)
        if heading.startswith("二"):
            _table(document, TWO, [40, 21, 21, 21], 0)
        if heading.startswith("三"):
            _table(document, _three(), [12, 18, 42] + [12] * 7, 3, size, margin)
    for line, indent in ((AGENCY, 64), ("2024年1月22日", 32)):
        closing = document.add_paragraph()
        closing.alignment, closing.paragraph_format.right_indent = WD_ALIGN_PARAGRAPH.RIGHT, Pt(indent)
        _run(closing, line, "仿宋_GB2312", 16)
    document.save(folder / "report.docx")
    return libreoffice_pdf(folder / "report.docx")


def _read(exported, folder) -> tuple[dict, list[str]]:
    result = imported(exported, folder, load_plugins(), draft=True)
    return yaml.safe_load(result.target.read_text(encoding="utf-8")), [f.message for f in result.findings]


def _table_three(data: dict) -> dict[str, list]:
    """表三's rows as imported, by :data:`FIGURES`'s keys: their seven figures."""
    three = data["tables"]["applications"]
    rows = {"new_received": three["new_received"], "carried_over": three["carried_over"],
            "carried_forward": three["carried_forward"], "granted": three["results"]["granted"],
            "partly_granted": three["results"]["partly_granted"], "total": three["results"]["total"]}
    for group, keys in KEYS.items():
        rows.update({key: three["results"][GROUP_KEYS[group]][key] for key in keys})
    return {key: [row.get(column, 0) for column in COLUMNS] for key, row in rows.items()}


def _as_written(data: dict, messages: list[str]) -> None:
    """Every figure of 表二, 表三 and 表四, every part's text, the title, the 署名 and 成文日期 read as written, no
    finding."""
    tables_as_written(data, AGENCY)
    assert data["sections"] == {key: [text] for key, (_, text) in
                                zip(["overview", "active_disclosure", "applications", "problems", "other"],
                                    [part for part in PARTS if part[1]])}
    assert not messages


def tables_as_written(data: dict, agency: str) -> None:
    """Every figure of 表二, 表三 and 表四 (:data:`TWO`, :func:`_figures`, :data:`REVIEW`), the ``agency``, year, title
    and 成文日期 read as written."""
    assert data["tables"]["active_disclosure"] == {
        "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
        "normative_documents": {"issued": 2, "repealed": 1, "in_force": 9},
        "administrative_licensing": {"decisions": 156}, "administrative_penalty": {"decisions": 37},
        "administrative_coercion": {"decisions": 4}, "administrative_fees": {"amount": 412.3562}}
    assert _table_three(data) == {key: [int(v) for v in _figures(key)] for key in _table_three(data)}
    review = data["tables"]["review_litigation"]
    assert [review[row][column] for row in ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
            for column in ("upheld", "corrected", "other", "pending", "total")] == [int(v) for v in REVIEW]
    assert (data["agency"], data["year"], str(data["date"]), data.get("title")) == (agency, 2023, "2024-01-22", None)


#: Blank lines before part 三's text that put the page break inside 表三's first row on a character grid.
BLANKS = 2
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")


@pytest.mark.parametrize("margin", [None, 20], ids=["word", "1pt"])
def test_a_character_spilled_past_a_narrow_cells_rule_is_that_cells(tmp_path, margin):
    """The first character of each cell of 表三 and 表四, indented 32 pt in a column 12 or 15 mm wide, stands across its
    cell's right rule, its start a margin inside: it read in the cell beside it (“自业企业”, “3” of 38 a figure of
    商业企业, each row's figures a column to the right) or, past the table's right rule, not in the table (“计” for
    总计, “总” a paragraph of part 三): 表三 was not found (“这个表格不是表二、表三或表四”), 表四's head did not match
    its figures."""
    _as_written(*_read(_report(tmp_path, margin=margin), tmp_path))


def test_table_threes_first_row_cut_in_its_label_and_figures_is_one_row(tmp_path):
    """On a character grid, the page break cuts 表三's first row: “一、本年新收政府信” with “3” and “4” at the page's foot,
    “息公开申请数量” with the “8” of 38 and of 48 under the repeated head; the part above had one column of labels, the
    part below three. The two halves were two rows, neither of 表三 (“不是2021版表三的行”, “表三没有“一、本年新收政府信息
    公开申请数量”一行”). In 10.5 pt no character spills (:func:`_report`): the cut alone is tested."""
    exported = _report(tmp_path, grid=True, blanks=BLANKS, size=10.5)
    with pdfplumber.open(exported) as document:  # the break falls where it is meant to
        texts = [page.extract_text().replace(" ", "") for page in document.pages]
    cut = next(k for k, text in enumerate(texts) if "本年新收政府信" in text)
    assert "息公开申请数量" not in texts[cut] and "息公开申请数量" in texts[cut + 1]
    _as_written(*_read(exported, tmp_path))


def test_the_columns_whose_text_ends_above_a_break_follow_the_labels_put_in():
    """The part above a page break with one column of labels less than the part below (no 1. 2. rows on its page) gets
    its last label column repeated; the columns whose text ends in its last row (:func:`.pdf.grids.ended_columns`, counted
    on its own columns) are counted on the widened ones, and so are its merged cells: they stayed where they were, on
    the column left of their figures."""
    above = Grid([["（一）予以公开", "2", "3", "2"]], ["a"], "第 1 页的表格", spans=[(0, 0, 1, 1)])
    below = Grid([["三、本年度办理结果", "（二）部分公开", "4", "1", "5"]], ["b"], "第 2 页的表格")
    assert align_labels(above, below, {0, 2}) == {0, 1, 3}
    assert above.rows == [["（一）予以公开", "（一）予以公开", "2", "3", "2"]] and above.spans == [(0, 0, 1, 2)]


def _clerks(rendered, grid: bool, blanks: int):
    """reportkit's DOCX of ``rendered`` as a clerk reworks it: the tables' paragraphs in the body style (its 32 pt
    first-line indent kept) in 10.5 pt, none kept with the next nor a row kept whole; on a ``grid`` of characters;
    ``blanks`` blank lines over part 三's text. Exported to PDF."""
    document = docx.Document(str(rendered))
    normal = document.styles["Normal"]
    normal.paragraph_format.first_line_indent = Pt(32)
    for table in document.tables:
        for row in table.rows:
            for kept in row._tr.xpath("./w:trPr/w:cantSplit"):
                kept.getparent().remove(kept)
            for paragraph in (p for cell in row.cells for p in cell.paragraphs):
                paragraph.style = normal
                for run in paragraph.runs:
                    run.font.size = Pt(10.5)
                for setting in paragraph._p.xpath("./w:pPr/w:ind | ./w:pPr/w:keepNext | ./w:pPr/w:keepLines"):
                    setting.getparent().remove(setting)
    if grid:
        for section in document.sections:
            for setting in section._sectPr.xpath("./w:docGrid"):
                section._sectPr.remove(setting)
            section._sectPr.append(parse_xml(f'<w:docGrid {nsdecls("w")} w:type="linesAndChars" w:linePitch="579" '
                                             f'w:charSpace="1556"/>'))
    text = next(p for p in document.paragraphs if p.text.startswith("本年度部分申请"))
    for _ in range(blanks):
        text.insert_paragraph_before("")
    document.save(rendered.parent / "clerk.docx")
    return libreoffice_pdf(rendered.parent / "clerk.docx")


def test_a_row_cut_under_its_groups_label_cut_too_is_one_row(tmp_path):
    """The break cuts the row of （一）予以公开 (“2” of 20 and of 24 above it, “0” and “4” below) and the label
    三、本年度办理结果 merged down its rows (“三” above, “、本年度办理结果” beside the rows below); the part above has two
    columns of labels, the part below three. The row's figures below, beside the group's label, were a row of their
    own (“表三中“、本年度办理结果”不是2021版表三的行”): 予以公开 read 2 and 2."""
    exported = _clerks(render_source(SAMPLE, "docx", tmp_path), grid=True, blanks=5)
    with pdfplumber.open(exported) as document:  # the break falls where it is meant to
        texts = [page.extract_text().replace(" ", "") for page in document.pages]
    cut = next(k for k, text in enumerate(texts) if "（一）予以公开" in text)
    assert "\n、04\n" in texts[cut + 1]  # the group's “、”, the “0” of 20 and the “4” of 24, the row's label above
    result = imported(exported, tmp_path, load_plugins(), draft=True)
    three = yaml.safe_load(result.target.read_text(encoding="utf-8"))["tables"]["applications"]
    assert three["results"]["granted"] == {"natural_person": 20, "commercial_enterprise": 3, "research_institution": 0,
                                           "public_welfare_organization": 0, "legal_service_agency": 1, "other": 0,
                                           "total": 24}
    assert three["new_received"]["total"] == 48 and three["results"]["total"]["natural_person"] == 40
    assert not [f.message for f in result.findings if "表三" in f.message]
