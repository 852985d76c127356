"""Tables whose cells are centred in tall rows, exported to PDF by LibreOffice and copied with ``pdftotext -layout``:
a 2008 report's 统计指标｜单位｜统计数 table, whose wrapped names stand as many lines above the line of their unit and
figure as below, its group rows (一、主动公开情况) between the rows, blank or merged across the table; a work plan's
task table with a 工作任务 merged over two rows, each giving a measure. The copy's import has the table as the DOCX's
import has it. The agencies, sentences and figures are made up for these tests."""
from __future__ import annotations

import shutil

import docx
import pytest
import yaml
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.shared import Cm

from _import_helpers import SOFFICE, data_of, imported, layout_imports
from test_import_2008_indicator_table_s47I2 import COLUMNS, ROWS, _cells, _docx
from test_import_plan_group_rows import PLUGINS

pytestmark = [pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice"),
              pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext (poppler-utils) installed")]

PLAN_HEAD = ("序号", "工作任务", "具体措施", "牵头单位", "配合单位", "完成时限")
#: Task tables (None: the cell merged with the one above): task 2 merged over two rows, its second row giving only a
#: measure; a 完成时限 merged over every row, centred in the table (on task 3's lines); a 牵头单位 merged over tasks 1
#: and 2, set on a line of its own among task 1's lines.
PLANS = {
    "plan": [
        ("1", "公开危房改造名单", "名单在村务公开栏张榜公布", "镇党政办", "村委会", "3月底前"),
        ("2", "公开道路养护", "养护计划上网公布", "农经站", "交管站", "6月底前"),
        (None, None, "同步上墙公示并按月更新进度", None, None, None),
        ("3", "公开林地补偿", "补偿标准公开到户", "林业站", "财政所", "9月底前"),
    ],
    "deadline": [
        ("1", "公开危房改造名单", "名单在村务公开栏张榜公布", "镇党政办", "村委会", "全年"),
        ("2", "公开道路养护计划", "养护计划上网公布，同步上墙公示", "农经站", "交管站", None),
        ("3", "公开林地补偿", "补偿标准公开到户", "林业站", "财政所", None),
        ("4", "回应村民来信", "对来信来访反映的问题逐件答复并公开办理结果", "信访办", "各村", None),
    ],
    "lead": [
        ("1", "公开危房改造名单", "名单在村务公开栏张榜公布，接受群众监督", "镇党政办", "村委会", "3月底前"),
        ("2", "公开道路养护计划", "养护计划上网公布", None, "交管站", "6月底前"),
        ("3", "公开林地补偿", "补偿标准公开到户", "林业站", "财政所", "9月底前"),
        ("4", "回应村民来信", "对来信来访反映的问题逐件答复并公开办理结果", "信访办", "各村", "12月底前"),
    ],
}


def _centre(path) -> None:
    """Centre every cell of the first table of the DOCX ``path``."""
    document = docx.Document(str(path))
    for row in document.tables[0].rows:
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    document.save(str(path))


def _plan(path, rows: list[tuple]) -> None:
    """A work plan whose task table has ``rows``, its cells centred."""
    document = docx.Document()
    for text in ("某镇2025年政务公开工作方案", "一、总体要求", "围绕便民服务做好公开，让群众看得到。", "二、主要任务"):
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows) + 1, cols=len(PLAN_HEAD))
    table.style = "Table Grid"
    cells = [PLAN_HEAD, *rows]
    for r, row in enumerate(cells):
        for c, (text, width) in enumerate(zip(row, (1.3, 2.8, 4.5, 2.2, 2.2, 2.2))):
            table.cell(r, c).width = Cm(width)
            if text is not None:
                table.cell(r, c).text = text
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            if text is None:
                top = next(t for t in range(r, -1, -1) if cells[t][c] is not None)
                table.cell(top, c).merge(table.cell(r, c))
    for text in ("三、保障措施", "各办站所每季度末报送落实情况。"):
        document.add_paragraph(text)
    document.save(str(path))
    _centre(path)


@pytest.fixture(scope="module")
def imports(tmp_path_factory):
    """For each document: the copy's lines, and the DOCX's and the copy's imports."""
    folder = tmp_path_factory.mktemp("centred")
    sources = {kind: folder / f"{kind}.docx" for kind in ("blank", "merged", *PLANS)}
    for kind in ("blank", "merged"):
        _docx(sources[kind], kind == "merged")
        _centre(sources[kind])
    for kind, rows in PLANS.items():
        _plan(sources[kind], rows)
    return layout_imports(sources, lambda file, work: imported(file, work, PLUGINS, documents=True)
                          if file.stem in PLANS else imported(file, work))


def _table(data: dict) -> dict:
    return (data.get("attachments") or [{}])[0].get("table") or {"columns": [], "rows": []}


def _tasks(result) -> list[dict]:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))["tasks"]


def _rows(data: dict) -> list[list[str]]:
    """The rows of ``data``'s attachment table as texts, three a row (a merged group row's blank cells added)."""
    return [[*row, *[""] * (len(COLUMNS) - len(row))] for row in _cells(_table(data))]


@pytest.mark.parametrize("kind", ["blank", "merged"])
def test_a_centred_table_s_copy_imports_its_rows_as_the_docx_does(imports, kind):
    """The old reading glued each group row and the pieces of the next wrapped name into one name
    (一、主动公开情况（一）主动公开……), set a wrapped group row as a heading that cut the table in two, and left the
    table in the last part's text instead of the attachment."""
    lines, from_docx, from_copy = imports[kind]
    # the centring the copy shows: a wrapped name's pieces over and under its row's line of unit and figure alone
    assert ["万元", "1.5"] in [line.split() for line in lines]
    assert _rows(data_of(from_docx)) == ROWS
    assert _table(data_of(from_copy))["columns"] == COLUMNS
    assert _rows(data_of(from_copy)) == ROWS


@pytest.mark.parametrize("kind", ["blank", "merged"])
def test_the_last_name_s_piece_under_the_table_stays_in_its_name(imports, kind):
    """The old reading took the last row's name's last piece, under the row's line, for the 署名."""
    _, from_docx, from_copy = imports[kind]
    assert _rows(data_of(from_copy))[-1] == ["（二）召开政府信息公开工作会议或专题会议数", "次", "3"]
    assert data_of(from_copy).get("signature") == data_of(from_docx).get("signature")  # the agency's: none written


def test_a_merged_task_s_measures_stay_two_measures(imports):
    """The old reading joined task 2's two measures into one (养护计划上网公布同步上墙公示……): a line of the
    具体措施 short of the column's width before the cell's last ends a measure."""
    _, from_docx, from_copy = imports["plan"]
    tasks = _tasks(from_copy)
    assert tasks == _tasks(from_docx)
    assert tasks[1]["content"] == ["养护计划上网公布", "同步上墙公示并按月更新进度"]


def test_a_deadline_merged_over_every_row_is_every_task_s(imports):
    """The copy sets 全年 on a line of task 3's, two rows blank above it and one below: the old reading could not tell
    which rows it spans and left every deadline out, in findings. It stands centred in the lines of all four rows."""
    lines, from_docx, from_copy = imports["deadline"]
    assert sum("全年" in line for line in lines) == 1  # written once
    tasks = _tasks(from_copy)
    assert tasks == _tasks(from_docx)
    assert [task.get("deadline") for task in tasks] == ["全年"] * 4
    assert not [found for found in from_copy.findings if "完成时限" in found.message]


def test_a_lead_merged_over_two_rows_on_a_line_of_its_own_keeps_the_rows(imports):
    """The copy sets 镇党政办, centred over tasks 1 and 2, on a line of its own among task 1's measure's lines: the old
    reading, counting it as one of task 1's lines, found no rows at all (the plan got a placeholder task)."""
    lines, from_docx, from_copy = imports["lead"]
    assert ["镇党政办"] in [line.split() for line in lines]  # alone on its line
    tasks = _tasks(from_copy)
    assert tasks == _tasks(from_docx)
    assert [task.get("lead") for task in tasks] == ["镇党政办", "镇党政办", "林业站", "信访办"]
    assert tasks[0]["content"] == ["名单在村务公开栏张榜公布，接受群众监督"]
