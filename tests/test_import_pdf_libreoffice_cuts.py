"""The PDF reader on what a clerk's DOCX, printed to PDF by LibreOffice, gives: a task table whose merged cells a page
break cuts, a table's head row the break cuts, a title wrapped by the layout (or broken by hand), and a 署名 typed on
one line with its 成文日期 or with a second organ, a contact table and a joint 署名 typed with tabs. The inputs are
written for these tests, and LibreOffice prints them all in one run (its start is most of a document's time)."""
from __future__ import annotations

import io
from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from reportkit.importers import pdf
from reportkit.importers.source import Grid, Para

from _import_helpers import imported
from docx_pages import SOFFICE
from test_check_published import docx_file
from test_check_r9_figure_before_noun import ZONE, _report
from test_plugins_redhead import libreoffice_pdfs

pytestmark = pytest.mark.skipif(not SOFFICE, reason="no LibreOffice")

BODY = "仿宋_GB2312"


def _run(paragraph, text: str, face: str = BODY, size: float = 16) -> None:
    run = paragraph.add_run(text)
    run.font.name, run.font.size = face, Pt(size)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)


def _docx(title: list[str], body: list[str], closing: list[str], table: list[tuple] = ()) -> bytes:
    """A clerk's DOCX, to be printed to PDF by LibreOffice: the ``title`` (its lines parted by typed breaks) centred in 二号
    小标宋, the ``body`` paragraphs indented two characters, the ``table`` (its first row the head; a cell equal to the
    one above it merged with it, but in the 具体措施 column) after them, the ``closing`` lines set right."""
    document = docx.Document()
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, line in enumerate(title):
        if k:
            head.add_run().add_break()
        _run(head, line, "方正小标宋简体", 22)
    for text in body:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Pt(32)
        _run(paragraph, text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        grid.style = "Table Grid"
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
        for c in (0, 1, 3, 4):
            start = 1
            for r in range(2, len(table) + 1):
                if r == len(table) or table[r][c] != table[start][c]:
                    if r - 1 > start:
                        grid.cell(start, c).merge(grid.cell(r - 1, c)).text = table[start][c]
                    start = r
    for text in closing:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(paragraph, text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


#: The arguments of :func:`_docx` for each document of the tests below, by name (each section adds its own).
DOCUMENTS: dict[str, tuple] = {}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    """Every document of :data:`DOCUMENTS`, and 表三's head row cut by a page break (section 2), printed by LibreOffice
    in one run: each one's PDF, by name."""
    folder = tmp_path_factory.mktemp("lo")
    docxs = {name: _docx(*arguments) for name, arguments in DOCUMENTS.items()}
    docxs["head-row"] = docx_file(_report(2024, "安平经济技术开发区管理委员会", ZONE), folder / "head.docx").read_bytes()
    libreoffice_pdfs(docxs, folder)
    return {name: folder / f"{name}.pdf" for name in docxs}


def _page_texts(path: Path) -> list[str]:
    with pdfplumber.open(str(path)) as document:
        return [page.extract_text().replace(" ", "") for page in document.pages]


# 1. A task table's merged cells cut by a page break ------------------------------------------------------------------
MEASURES = ["年度预算和决算在批准后二十日内全文公开", "惠农补贴的发放对象和金额在发放前张榜公示", "专项资金的分配结果按项目逐一公开",
            "政府采购意向在采购前三十日发布", "债务限额和余额情况每年公开一次", "财政资金直达基层的使用进度按季度公开",
            "预算绩效评价结果随决算一并公开", "审计发现问题的整改情况在整改完成后公开"]
TASKS = [("序号", "工作任务", "具体措施", "责任单位", "完成时限")] + \
    [("1", "公开财政资金信息", m, "县财政局", "2024年12月") for m in MEASURES] + \
    [("2", "公开学校招生信息", "招生计划和划片范围在报名前一个月公布", "县教育局", "2024年6月")]

DOCUMENTS["merged-task"] = (["某县财政局2024年政务公开工作要点"],
                            ["为做好本年度的财政信息公开，现将分工安排如下，各单位按照表中的措施和时限抓好落实。"] * 9
                            + ["各项任务的分工见下表。"], ["某县财政局", "2024年3月1日"], TASKS)


def test_the_rows_of_a_merged_task_cut_by_a_page_break_keep_their_columns(tmp_path, pdfs):
    """Task 1's 序号, 工作任务, 责任单位 and 完成时限, merged down its eight measures, show their text above the page break
    only: every row of the task after the break has them, and its measure in the 具体措施 column (the old reader shifted
    such a row right by its blank cells: its measure became the task's 完成时限, its unit and measure lost)."""
    source = pdfs["merged-task"]
    pages = _page_texts(source)
    assert "公开财政资金" in pages[0] and any(m[:6] in pages[1] for m in MEASURES[2:])  # the break is in task 1's rows
    grids = [item for item in pdf.read(source).items if isinstance(item, Grid)]
    assert len(grids) == 1
    assert grids[0].rows == [list(row) for row in TASKS]
    result = imported(source, tmp_path, documents=True)
    tasks = yaml.safe_load(result.target.read_text(encoding="utf-8"))["tasks"]
    money = next(task for task in tasks if task["task"] == "公开财政资金信息")
    assert money["content"] == MEASURES and money["lead"] == "县财政局" and "deadline" not in money


# 2. A table's head row cut by a page break ---------------------------------------------------------------------------
def test_a_head_row_cut_by_a_page_break_is_one_row(pdfs):
    """表三's names of its columns, wrapped in their cells (商业 / 企业), the page break falling between the two lines:
    the part's first row goes on the head's last row, its names joined, as a row of figures cut so is."""
    source = pdfs["head-row"]
    pages = _page_texts(source)
    assert "商业" in pages[0] and "企业" in pages[1].split("一、")[0]  # the break cuts the head's row
    three = [item for item in pdf.read(source).items if isinstance(item, Grid)][1]
    assert three.rows[2][3:] == ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    assert three.rows[3][0] == "一、本年新收政府信息公开申请数量"
    assert len(three.places) == len(three.rows)


# 3. A title wrapped by the layout, or broken by hand ------------------------------------------------------------------
TITLES = {"wrapped": (["某县人力资源和社会保障局2024年政务公开工作实施方案"], "某县人力资源和社会保障局2024年政务公开工作实施方案"),
          "by-hand": (["某县人力资源和社会保障局", "2024年政务公开工作实施方案"], "某县人力资源和社会保障局\n2024年政务公开工作实施方案")}
DOCUMENTS.update({f"title-{case}": (lines, ["为方便群众办事，现就本局今年的政务公开工作作出安排。"],
                                    ["某县人力资源和社会保障局", "2024年2月2日"]) for case, (lines, _) in TITLES.items()})


@pytest.mark.parametrize("case", TITLES)
def test_a_title_wrapped_by_the_layout_has_no_break(pdfs, case):
    """A title line filling the text's width was wrapped by the layout: its next line goes on without a break (the
    old reader kept one, and the title came back with “案” alone on its second line); the break between two shorter
    lines, typed by hand, stays."""
    source, title = pdfs[f"title-{case}"], TITLES[case][1]
    assert len(_page_texts(source)[0].split("\n")[0]) < len(title.replace("\n", ""))  # printed on two lines
    read = [item for item in pdf.read(source).items if isinstance(item, Para) and item.role == "title"]
    assert [item.text for item in read] == [title]


# 4. A 署名 typed on one line with its date, or two organs side by side ----------------------------------------------
GAP = "\u3000" * 6


SIGNATURES = {"date": ([f"某县水利局{GAP}2024年1月20日"], ["某县水利局", "2024年1月20日"]),
              "organs": ([f"某县水利局{GAP}某县农业农村局", "2024年1月20日"], ["某县水利局", "某县农业农村局", "2024年1月20日"])}
DOCUMENTS.update({f"signature-{case}": (["某县水利局2024年政务公开工作总结"], ["今年我局按照年初的安排，完成了各项政务公开任务。"],
                                        closing) for case, (closing, _) in SIGNATURES.items()})
DOCUMENTS["prose-gap"] = (["某县水利局2024年政务公开工作总结"], [f"全年共发布信息{GAP}一百二十条，均按时发布。"],
                          ["某县水利局", "2024年1月20日"])


@pytest.mark.parametrize("case", SIGNATURES)
def test_a_signature_line_with_a_column_gap_is_read_as_its_parts(tmp_path, pdfs, case):
    """An organ and its date, or two organs, typed on one line with a wide gap between (spaces): each its own line, as
    a 署名 and a 成文日期 (the old reader read the line as one run of text, “某县水利局2024年1月20日”)."""
    source, parts = pdfs[f"signature-{case}"], SIGNATURES[case][1]
    read = [item.text for item in pdf.read(source).items if isinstance(item, Para)]
    assert read[-len(parts):] == parts
    data = yaml.safe_load(imported(source, tmp_path, documents=True).target.read_text(encoding="utf-8"))
    assert str(data["date"]) == "2024-01-20"
    assert data.get("signature", [data["agency"]]) == parts[:-1]


def test_a_line_of_prose_with_a_gap_stays_one_line(pdfs):
    """A gap typed inside a sentence parts nothing but an organ from a date, or organs."""
    read = [item.text for item in pdf.read(pdfs["prose-gap"]).items if isinstance(item, Para)]
    assert "全年共发布信息一百二十条，均按时发布。" in read


# 5. A contact table typed with Word's default tab stops -------------------------------------------------------------
CONTACTS = ["联系单位\t联系电话\t办公地址", "局办公室\t0000-1234567\t某县人民路18号"]
DOCUMENTS["contacts"] = (["某县民政局2023年政务公开工作方案"], ["全年各项工作有序推进，下面是本局的联系方式。", *CONTACTS],
                         ["某县民政局", "2023年3月1日"])


def test_a_head_and_one_row_typed_with_default_tab_stops_keep_their_cells_apart(pdfs):
    """A head and one row under it, their cells parted by tabs to Word's default stops (0.5 inch apart): a tab ending
    near its stop leaves a gap under a character, and a cell running past a stop moves the next one off the head's
    column; the first cells after the label line up. Each line is a row, its cells apart (the old reader ran each
    together: “联系单位联系电话办公地址”)."""
    source = pdfs["contacts"]
    with pdfplumber.open(str(source)) as document:
        chars = [c for c in document.pages[0].chars if c["text"].strip()]
    head = "".join(c["text"] for c in chars)
    at = head.index("联系单位联系电话办公地址")
    gaps = [chars[at + k + 1]["x0"] - chars[at + k]["x1"] for k in (3, 7)]
    assert all(0 < gap < chars[at]["size"] for gap in gaps)  # the tabs' gaps are narrower than a character
    read = [item.text for item in pdf.read(source).items if isinstance(item, Para)]
    assert read[2:4] == ["联系单位，联系电话，办公地址", "局办公室，0000-1234567，某县人民路18号"]


# 6. A joint 署名 typed in rows of two organs -------------------------------------------------------------------------
JOINT = [[("某县民政局", "某县财政局"), ("某县人社局", "某县残联")],
         [("某县人社局", "某县财政局"), ("某县民政局", "某县教育局")],  # the same lengths: the rows start where each other do
         [("某县残联", "某县妇联"), ("某县团委", "某县科协")]]
DOCUMENTS.update({f"joint-{k}": (["2023年政务公开工作方案"],
                                 ["全年各项工作有序推进，各单位按照分工抓好落实，方案中列出的每一项任务都明确了牵头单位和完成时限。"],
                                 ["\t\t".join(pair) for pair in organs] + ["2023年3月1日"]) for k, organs in enumerate(JOINT)})


@pytest.mark.parametrize("k", range(len(JOINT)))
def test_a_joint_signature_in_tabbed_rows_gives_each_organ_apart(pdfs, k):
    """Four organs over the 成文日期 in two rows, each pair parted by tabs: every organ a line of the 署名, though its
    name is short for an organ's (某县残联; the old reader ran such a row together), and rows of names of one length
    are no table of text."""
    organs = JOINT[k]
    read = [item for item in pdf.read(pdfs[f"joint-{k}"]).items if isinstance(item, Para)]
    assert [item.text for item in read[-5:]] == [*organs[0], *organs[1], "2023年3月1日"]
    assert {item.role for item in read[-5:]} == {"right"}
