"""Work plans whose task table a clerk exported to PDF (LibreOffice) and copied with ``pdftotext -layout``: a table
without a 序号 column (工作任务 | 具体措施 | 责任单位 | 完成时限), its cells centred in their rows or set at their top
(Word's default), and a 工作任务 merged over rows, set at the top, whose name wraps past its first row's lines. Each
copy imports as the DOCX it was exported from; where the copy cannot tell a merged name's rest from a row's own name, a
finding says so. The plans are made up for these tests."""
from __future__ import annotations

import shutil

import docx
import pytest
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.shared import Cm

from _import_helpers import SOFFICE, data_of, imported, layout_copies
from test_import_plan_group_rows import PLUGINS

pytestmark = [pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice"),
              pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext (poppler-utils) installed")]

UNNUMBERED = ("工作任务", "具体措施", "责任单位", "完成时限")
NUMBERED = ("序号", *UNNUMBERED)
#: Most rows' deadline is 6月底前 (the table's default): 全年, 长期坚持 and 持续推进 are their tasks' own.
ROWS = [
    ("公开林木采伐许可信息", "许可结果在门户网站专栏公开", "资源股", "6月底前"),
    ("公开造林补助资金发放情况", "补助对象和金额逐村张榜公示，接受群众监督", "造林股", "全年"),
    ("公开森林防火信息", "防火期每日发布火险等级", "防火办", "长期坚持"),
    ("公开林业项目招标信息", "招标公告和中标结果按期公开", "计财股", "6月底前"),
    ("回应林农诉求", "对来电来信反映的问题逐件答复", "办公室", "持续推进"),
    ("公开护林员选聘结果", "选聘名单在乡镇公示七日", "人事股", "6月底前"),
    ("公开古树名木保护名录", "名录及保护措施在专栏公开", "资源股", "6月底前"),
]
#: A 工作任务 merged over three rows (None: merged with the cell above), its name wrapping over three lines of rows
#: of two, one and one; the last row's own task.
MERGED = [
    ("公开林地征占用审核审批结果", "审批结果网上公开", "资源股", "3月底前"),
    (None, "补偿标准同步公开", "林政股", "6月底前"),
    (None, "定期更新办理进度", "资源股", "全年"),
    ("公开森林防火信息", "防火期每日发布火险等级", "防火办", "长期坚持"),
]
#: A 工作任务 merged over two rows whose name runs to the second's last line, a row with its own task under them.
UNSURE = [
    ("1", "公开林地征占用审核审批结果", "审批结果网上公开", "资源股", "3月底前"),
    ("2", None, "补偿标准同步公开", "林政股", "6月底前"),
    ("3", "公开森林防火信息", "防火期每日发布火险等级", "防火办", "长期坚持"),
]
#: ROWS twice, their measures longer: a table over two pages, a row of it broken by the page.
LONG = [(name + ("" if n == 1 else "工作"), measure + "，逐项核对后在门户网站和公开栏同步公开", unit, deadline)
        for n in (1, 2) for name, measure, unit, deadline in ROWS]
#: ROWS in two groups, each under a heading across the table.
GROUPED = [("一、重点领域公开",), *ROWS[:3], ("二、回应关切",), *ROWS[3:]]
PLANS = {
    "centred": (UNNUMBERED, (3, 5.5, 2.6, 2.4), ROWS, True),
    "top": (UNNUMBERED, (3, 5.5, 2.6, 2.4), ROWS, False),
    "groups centred": (UNNUMBERED, (3, 5.5, 2.6, 2.4), GROUPED, True),
    "long centred": (UNNUMBERED, (3, 5.5, 2.6, 2.4), LONG, True),
    "groups top": (UNNUMBERED, (3, 5.5, 2.6, 2.4), GROUPED, False),
    "merged": (NUMBERED, (1.3, 2.6, 6.5, 2.5, 2.5), [(str(n), *row) for n, row in enumerate(MERGED, 1)], False),
    "merged unnumbered": (UNNUMBERED, (2.6, 6.5, 2.5, 2.5), MERGED, False),
    "merged centred": (NUMBERED, (1.3, 2.6, 6.5, 2.5, 2.5), [(str(n), *row) for n, row in enumerate(MERGED, 1)], "others"),
    "unsure": (NUMBERED, (1.3, 2.6, 6.5, 2.5, 2.5), UNSURE, False),
}


def _plan(path, head: tuple, widths: tuple, rows: list[tuple], centred: bool | str):
    """A work plan whose task table has ``rows`` (None: merged with the cell above; a row of one cell across the
    table), its cells ``centred`` in their rows or at their top; "others": the 工作任务 at the top, the rest centred."""
    document = docx.Document()
    for text in ("某县林业局2025年政务公开工作要点", "一、总体要求", "紧扣林农关切做好林业信息公开。", "二、重点任务"):
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows) + 1, cols=len(head))
    table.style = "Table Grid"
    cells = [head, *rows]
    for r, row in enumerate(cells):
        for c, (text, width) in enumerate(zip(row, widths)):
            table.cell(r, c).width = Cm(width)
            if text is not None:
                table.cell(r, c).text = text
            if centred and not (centred == "others" and head[c] == "工作任务"):
                table.cell(r, c).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for r, row in enumerate(cells):
        if len(row) == 1:
            table.cell(r, 0).merge(table.cell(r, len(head) - 1)).text = row[0]
        for c, text in enumerate(row if len(row) > 1 else ()):
            if text is None:
                top = next(t for t in range(r, -1, -1) if cells[t][c] is not None)
                table.cell(top, c).merge(table.cell(r, c))
    for text in ("三、工作要求", "各股室每半年报送一次落实情况。"):
        document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict:
    """Each plan's DOCX and its layout copy (one LibreOffice run), imported: the result and its data."""
    folder = tmp_path_factory.mktemp("plans")
    docxs = [_plan(folder / f"{name.replace(' ', '-')}.docx", *plan) for name, plan in PLANS.items()]
    return imported_plans(PLANS, docxs, tmp_path_factory)


def imported_plans(names, docxs: list, tmp_path_factory) -> dict:
    """Each of ``docxs`` (by its name of ``names``) and its layout copy (one LibreOffice run), imported as a plan: the
    copy's path (``copy``), and the result and its data of each (``docx``, ``layout``)."""
    out = {}
    for name, source, copy in zip(names, docxs, layout_copies(docxs)):
        out[name] = {"copy": copy}
        for kind, path in (("docx", source), ("layout", copy)):
            result = imported(path, tmp_path_factory.mktemp("out"), PLUGINS, documents=True)
            out[name][kind] = result, data_of(result)
    return out


def _said(result, words: str) -> list[str]:
    return [f.message for f in result.findings if words in f.message]


@pytest.mark.parametrize("name", ["centred", "top"])
def test_a_table_without_numbers_gives_each_task_its_measure_unit_and_deadline(plans, name):
    """The old reading keyed a task table's rows on their numbers: of the centred table it made three tasks of its first
    lines' pieces (公开林木采伐许可, 资源股, 信息) and put the rest in 总体要求 line by line, 全年, 长期坚持 and 持续推进
    among them; the top-aligned one made a task of each line at the left edge (信息, 发放情况), the rows below it taking
    the unit and deadline above."""
    (_, docx_data), (result, data) = plans[name]["docx"], plans[name]["layout"]
    assert data["tasks"] == docx_data["tasks"]
    assert [task["task"] for task in data["tasks"]] == [row[0] for row in ROWS]
    assert [task["content"] for task in data["tasks"]] == [[row[1]] for row in ROWS]
    assert [task["lead"] for task in data["tasks"]] == [row[2] for row in ROWS]
    assert data["task_table"]["default_deadline"] == "6月底前"
    assert [task.get("deadline") for task in data["tasks"]] == [None, "全年", "长期坚持", None, "持续推进", None, None]
    assert not _said(result, "没有任务可归") and not _said(result, "没有表格")


def test_a_centred_table_without_numbers_over_two_pages_reads_the_row_the_page_breaks(plans):
    """The 10th row starts at the foot of page 1 (its name, unit and deadline there) and its measure goes on at the
    top of page 2: the row takes those lines, not the next row, whose lines stand around its own middle line."""
    (_, docx_data), (result, data) = plans["long centred"]["docx"], plans["long centred"]["layout"]
    assert data["tasks"] == docx_data["tasks"]
    assert [task["task"] for task in data["tasks"]] == [row[0] for row in LONG]
    assert [task["content"] for task in data["tasks"]] == [[row[1]] for row in LONG]
    assert not _said(result, "没有任务可归") and not _said(result, "合并单元格折下来")


@pytest.mark.parametrize("name", ["groups centred", "groups top"])
def test_a_table_without_numbers_keeps_its_group_headings_apart(plans, name):
    """A group's heading across the table (一、重点领域公开) is a row of its own, said as the DOCX's import says it; the
    rows between two headings are read as the table's others. The old reading broke these tables as those above."""
    (docx_result, docx_data), (result, data) = plans[name]["docx"], plans[name]["layout"]
    assert data["tasks"] == docx_data["tasks"]
    assert [task["task"] for task in data["tasks"]] == [row[0] for row in ROWS]
    assert [task.get("deadline") for task in data["tasks"]] == [None, "全年", "长期坚持", None, "持续推进", None, None]
    headings = [[said.split("”是跨整行")[0] for said in _said(found, "分组标题")] for found in (docx_result, result)]
    assert headings[0] == headings[1] == ["分解表第 2 行“一、重点领域公开", "分解表第 6 行“二、回应关切"]


@pytest.mark.parametrize("name", ["merged", "merged unnumbered", "merged centred"])
def test_a_merged_task_name_wrapping_past_its_first_row_stays_whole(plans, name):
    """公开林地征占 / 用审核审批结 on row 1's lines and 果 on row 2's first line (row 3 blank under it), the other cells
    at their rows' top or centred in them: the old reading made 果 a task of its own, with rows 2 and 3's measures and
    units (without a 序号 column, 核审批结果 and 险等级 under the last row too)."""
    (_, docx_data), (result, data) = plans[name]["docx"], plans[name]["layout"]
    assert data["tasks"] == docx_data["tasks"]
    first = data["tasks"][0]
    assert first["task"] == "公开林地征占用审核审批结果"
    assert first["content"] == [row[1] for row in MERGED[:3]]
    assert (first["lead"], first["support"]) == ("资源股", ["林政股"])
    assert data["tasks"][1]["content"] == ["防火期每日发布火险等级"]
    assert not _said(result, "合并单元格折下来") and not _said(result, "没有任务可归")


def test_a_name_that_may_go_on_from_a_merged_cell_above_is_said(plans):
    """The merged name's rest stands on row 2's lines and row 3 has a task of its own: the copy cannot tell it from
    row 2's own name, which the row keeps, in a finding naming both texts."""
    result, data = plans["unsure"]["layout"]
    names = [task["task"] for task in data["tasks"]]
    assert "".join(names[:2]) == "公开林地征占用审核审批结果" and names[2] == "公开森林防火信息"
    said = _said(result, "合并单元格折下来")
    assert len(said) == 1 and f"“{names[1]}”紧接在上一行排满的工作任务“{names[0]}”下面" in said[0]
