"""Work plans whose task table a clerk exported to PDF (LibreOffice) and copied with ``pdftotext -layout``, the
tables' heads and rows other than test_import_plan_layout_s50B's: a 工作目标 or 备注 column, head words wrapped in
narrow cells (工作任 / 务), group headings numbered 1. / （1） / 第一部分, a task's name ending in figures (热线12345),
which a wrap carries down whole. Each copy imports as the DOCX it was exported from. The plans are made up for these
tests."""
from __future__ import annotations

import shutil

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm

from _import_helpers import SOFFICE, data_of, imported
from test_import_plan_group_rows import PLUGINS
from test_import_plan_layout_s50B import NUMBERED, ROWS, UNNUMBERED, _plan, imported_plans

pytestmark = [pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice"),
              pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext (poppler-utils) installed")]

WIDE = (3, 5.5, 2.6, 2.4)
GOAL_HEAD = ("工作任务", "工作目标", "具体措施", "责任单位", "完成时限")
GOALS = [(name, goal, measure, unit, deadline) for (name, measure, unit, deadline), goal
         in zip(ROWS[:3], ("采伐许可结果全部公开", "补助发放透明", "防火信息及时"))]
#: Units and deadlines of three characters at most: they keep to a line in a column of three, the heads wrap.
SHORT = [("公开苗木检疫证明办理情况", "检疫证明编号和办理结果在专栏公开", "检疫站", "全年"),
         ("公开退耕还林补助标准", "补助标准和兑现进度逐村张贴公示，接受林农监督", "造林股", "季度末"),
         ("答复林权纠纷咨询", "对来访来电咨询逐件登记并限时答复", "林政股", "全年")]
#: Names ending in figures: the wrap carries 12345 down whole, the line above short of the column's widest.
FIGURES = [("公开林业发展十四五规划2", "规划全文和解读同步公开", "资源股", "6月底前"),
           ("办好林业热线12345", "对来电反映的问题逐件答复", "办公室", "全年"),
           ("公开森林防火信息", "防火期每日发布火险等级", "防火办", "长期坚持")]
#: A name of one line ending in figures, its measure on two: the copy sets three blanks after 123, which a clerk's
#: wider font or narrower column makes one after 12345 (the figures print narrower than the columns they take).
APART = [("公开林木采伐信息", "许可结果在专栏公开", "资源股", "6月底前"),
         ("公开防火信息123", "对来电反映的问题逐件答复并限时办结", "办公室", "全年"),
         ("公开森林防火信息", "防火期每日发布火险等级", "防火办", "长期坚持")]
#: Two rows of one line each under a row of two.
ONE_LINE = [("公开林木采伐许可信息", "许可结果在门户网站专栏公开并逐月更新办理进度", "资源股", "全年"),
            ("回应林农诉求", "逐件答复", "办公室", "季度末"),
            ("公开防火信息", "每日发布", "防火办", "全年")]
PLANS = {
    "goals top": (GOAL_HEAD, (2.6, 2.6, 4.6, 2.2, 2.2), GOALS, False),
    "goals centred": (GOAL_HEAD, (2.6, 2.6, 4.6, 2.2, 2.2), GOALS, True),
    "notes top": ((*UNNUMBERED, "备注"), (2.6, 5, 2.2, 2.2, 2), [(*row, "按季更新") for row in ROWS[:3]], False),
    "wrapped top": (UNNUMBERED, (1.6, 8, 1.6, 1.6), SHORT, False),
    "wrapped centred": (UNNUMBERED, (1.6, 8, 1.6, 1.6), SHORT, True),
    "wrapped numbered": (NUMBERED, (1.2, 1.6, 7, 1.6, 1.6), [(str(n), *row) for n, row in enumerate(SHORT, 1)], False),
    "wrapped numbered centred": (NUMBERED, (1.2, 1.6, 7, 1.6, 1.6), [(str(n), *row) for n, row in enumerate(SHORT, 1)],
                                 True),
    "groups 1.": (UNNUMBERED, WIDE, [("1.重点领域公开",), *ROWS[:2], ("2.回应关切",), *ROWS[2:4]], True),
    "groups （1）": (UNNUMBERED, WIDE, [("（1）重点领域公开",), *ROWS[:2], ("（2）回应关切",), *ROWS[2:4]], False),
    "groups 第一部分": (UNNUMBERED, WIDE, [("第一部分 重点领域公开",), *ROWS[:2], ("第二部分 回应关切",), *ROWS[2:4]],
                     True),
    "figures top": (UNNUMBERED, (3.8, 5.5, 2.6, 2.4), FIGURES, False),
    "figures centred": (UNNUMBERED, (3.8, 5.5, 2.6, 2.4), FIGURES, True),
    "one-line rows centred": (UNNUMBERED, WIDE, ONE_LINE, True),
    "figures one blank apart": (UNNUMBERED, (3.6, 5.5, 2.6, 2.4), APART, False),
}


def _fixed(path, widths: tuple):
    """The plan ``path`` with its table's columns ``widths`` wide (cm) as LibreOffice lays them out (the grid's)."""
    document = docx.Document(str(path))
    table = document.tables[0]
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        column.set(qn("w:w"), str(Cm(width).twips))
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict:
    """Each plan's DOCX and its layout copy (one LibreOffice run), imported: the result and its data."""
    folder = tmp_path_factory.mktemp("plans")
    docxs = [_fixed(_plan(folder / f"{n}.docx", *plan), plan[1]) for n, plan in enumerate(PLANS.values())]
    return imported_plans(PLANS, docxs, tmp_path_factory)


def _said(result, words: str) -> list[str]:
    return [f.message for f in result.findings if words in f.message]


@pytest.mark.parametrize("name", ["goals top", "goals centred", "notes top"])
def test_a_table_with_a_goal_or_note_column_reads_its_rows(plans, name):
    """A 工作目标 or 备注 head was no task table's: the top-aligned table made a task of each name's wrapped tail (许可信息,
    信息) with the row above's unit and deadline, the centred one was read as 总体要求 text line by line."""
    (_, docx_data), (result, data) = plans[name]["docx"], plans[name]["layout"]
    assert data["tasks"] == docx_data["tasks"]
    assert [task["task"] for task in data["tasks"]] == [row[0] for row in ROWS[:3]]
    assert [task["content"] for task in data["tasks"]] == [[row[1]] for row in ROWS[:3]]
    assert [task["lead"] for task in data["tasks"]] == [row[2] for row in ROWS[:3]]
    assert not _said(result, "没有任务可归") and not _said(result, "没有表格")


@pytest.mark.parametrize("name", ["wrapped top", "wrapped centred", "wrapped numbered", "wrapped numbered centred"])
def test_a_head_whose_words_wrap_in_narrow_cells_is_read(plans, name):
    """工作任 / 务, 责任单 / 位, 完成时 / 限 (具体措施 and 序号 alone on the line between where the cells are centred): the
    head was not found and the table's lines went to 总体要求. With a 序号 column set at the top, the narrow 序号's
    start stands as near the 工作任务's as a name's wrapped line does: its lines went with the 序号 (木采伐 short of the
    column, the table read as centred)."""
    (_, docx_data), (result, data) = plans[name]["docx"], plans[name]["layout"]
    assert data["tasks"] == docx_data["tasks"]
    assert [(task["task"], task["lead"]) for task in data["tasks"]] == [(row[0], row[2]) for row in SHORT]
    assert [task["content"] for task in data["tasks"]] == [[row[1]] for row in SHORT]
    assert not _said(result, "没有任务可归")


@pytest.mark.parametrize("name", ["groups 1.", "groups （1）", "groups 第一部分"])
def test_group_headings_numbered_otherwise_are_rows_of_their_own(plans, name):
    """1.重点领域公开 / （1） / 第一部分 across the table: they were read into the next task's name (1.重点领域公开公开林木…)
    and the rows under 2.回应关切 into one task."""
    (docx_result, docx_data), (result, data) = plans[name]["docx"], plans[name]["layout"]
    assert data["tasks"] == docx_data["tasks"]
    assert [task["task"] for task in data["tasks"]] == [row[0] for row in ROWS[:4]]
    assert [task["content"] for task in data["tasks"]] == [[row[1]] for row in ROWS[:4]]
    headings = [[said.split("”是跨整行")[0] for said in _said(found, "分组标题")] for found in (docx_result, result)]
    assert headings[0] == headings[1] and len(headings[1]) == 2
    assert not _said(result, "没有任务可归")


@pytest.mark.parametrize("name", ["figures top", "figures centred"])
def test_a_name_ending_in_figures_keeps_them(plans, name):
    """办好林业热线 over 12345: the figures wrapped whole, the line above is short of the column's widest though no wrap
    broke it early; the top-aligned table was read cell by line (12345 a task of its own, 逐件答复 its measure)."""
    (_, docx_data), (result, data) = plans[name]["docx"], plans[name]["layout"]
    assert data["tasks"] == docx_data["tasks"]
    assert [task["task"] for task in data["tasks"]] == [row[0] for row in FIGURES]
    assert [task["content"] for task in data["tasks"]] == [[row[1]] for row in FIGURES]
    assert not _said(result, "合并单元格折下来")


def test_centred_rows_of_one_line_each_are_rows(plans):
    """回应林农诉求 and 公开防火信息, a line each, their 完成时限 on lines next to each other: no column was taken to mark
    the rows, and the grid's reading made 许可信息 a task of its own, with the measure's second line."""
    (_, docx_data), (result, data) = plans["one-line rows centred"]["docx"], plans["one-line rows centred"]["layout"]
    assert data["tasks"] == docx_data["tasks"]
    assert [task["task"] for task in data["tasks"]] == [row[0] for row in ONE_LINE]
    assert [task["content"] for task in data["tasks"]] == [[row[1]] for row in ONE_LINE]
    assert not _said(result, "没有任务可归")


def test_a_name_ending_in_figures_one_blank_before_the_measure_is_two_cells(plans, tmp_path):
    """公开防火信息 12345 对来电…: one blank between the name's figures and the measure, where the measure's column
    starts on the other lines. The old reading took it for one cell (a task 公开防火信息12345对来电反映的问题逐件答复并
    without a measure) and gave the measure's second line to the next row."""
    copy = plans["figures one blank apart"]["copy"]
    text = copy.read_text(encoding="utf-8")
    assert "公开防火信息 123   对来电" in text
    edited = tmp_path / copy.name
    edited.write_text(text.replace("公开防火信息 123   对来电", "公开防火信息 12345 对来电"), encoding="utf-8")
    data = data_of(imported(edited, tmp_path, PLUGINS, documents=True))
    _, docx_data = plans["figures one blank apart"]["docx"]
    assert [task["task"] for task in data["tasks"]] == ["公开林木采伐信息", "公开防火信息12345", "公开森林防火信息"]
    assert [task["content"] for task in data["tasks"]] == [task["content"] for task in docx_data["tasks"]]
    assert [task["lead"] for task in data["tasks"]] == [row[2] for row in APART]
