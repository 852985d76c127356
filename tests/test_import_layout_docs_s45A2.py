"""Work plans and summaries copied with ``pdftotext -layout``: a task table's short row filled by its head's columns
(a blank 责任单位 no longer parts 9 月底前 into two cells), a merged cell's text on a line of its own between rows read
as its column's cell, and the tables of a copy whose text starts at the margin (no indent) read as tables. The
inputs are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportkit.importers import text
from reportkit.importers.source import Grid
from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()

#: The plan over its task table, as pdftotext -layout copies a page whose paragraphs are indented.
PLAN = """                       石门乡人民政府 2024 年政务公开工作方案

    为推进全乡政务公开规范化，制定本方案。

一、总体要求

    坚持以公开促落实，做到应公开尽公开。

二、主要任务

    （一）公开征地补偿。补偿标准和发放结果在村务公开栏张贴。

三、保障措施

    乡党政办每季度检查一次任务进展。

附件：石门乡 2024 年政务公开任务分工表

                                                          石门乡人民政府
                                                          2024 年 3 月 5 日
\f附件

石门乡 2024 年政务公开任务分工表

"""

#: The task table's rows: a blank 责任单位 is a cell merged down (农业服务中心 over rows 2 to 4, centred on row 3;
#: 财政所 over rows 5 to 8, centred between rows 6 and 7: a line of its own, ``None`` here).
ROWS = [
    ("序号", "工作任务", "责任单位", "完成时限"),
    ("1", "公开征地补偿", "乡党政办", "6 月底前"),
    ("2", "公开惠民资金", "", "9 月底前"),
    ("3", "公开集体资产", "农业服务中心", "12 月底前"),
    ("4", "回应群众留言", "", "全年"),
    ("5", "公开财政收支", "", "全年"),
    ("6", "公开村务事项", "", "全年"),
    None,
    ("7", "公开低保名单", "", "全年"),
    ("8", "公开医疗救助", "", "全年"),
]


def _table() -> str:
    """The rows, each column's cells where its head stands (pdftotext's columns: a character each)."""
    return "".join(
        " " * 27 + "财政所\n" if row is None else f"{row[0]:<17}{row[1]:<10}{row[2]:<9}{row[3]}".rstrip() + "\n"
        for row in ROWS
    )


#: A summary with a small table, copied with pdftotext -layout from a page whose text starts at the margin.
SUMMARY = """白河县林业局 2023 年政务公开工作总结

2023 年，我局把政务公开融入林业重点工作，取得新进展。

一、主要工作情况

（一）主动公开及时全面。全年在网站发布信息 268 条。

（二）依申请公开规范办理。全年受理申请 6 件，全部按期答复。

类别                      条数         备注
森林防火                    94        含火险预警
林木采伐                    71
生态修复                    103
二、存在的问题

部分栏目更新频次偏低。

三、2024 年工作打算

一是强化业务培训。二是健全考核机制。

白河县林业局

2024 年 1 月 18 日
\f"""


def _import(folder: Path, name: str, source_text: str):
    source = folder / name
    source.write_text(source_text, encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    return source, result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _said(result, words: str) -> list[str]:
    return [finding.message for finding in result.findings if words in finding.message]


def _grids(path: Path) -> list[list[list[str]]]:
    return [item.rows for item in text.read(path).items if isinstance(item, Grid)]


@pytest.fixture(scope="module")
def indented(tmp_path_factory):
    return _import(tmp_path_factory.mktemp("indented"), "plan.txt", PLAN + _table())


@pytest.fixture(scope="module")
def at_margin(tmp_path_factory):
    """The plan as a copy whose text starts at the page's margin: no indent but the table's."""
    flush = "\n".join(line.lstrip(" ") for line in PLAN.split("\n"))
    return _import(tmp_path_factory.mktemp("margin"), "plan.txt", flush + _table())


def test_a_short_row_s_cells_stand_in_their_head_s_columns(indented):
    """Row 2 (责任单位 blank) was parted at the blank in 9 月底前: lead “9”, deadline “月底前”; rows 4 to 8 had 全年
    read as their 责任单位, moved in a finding each. Each cell is now in the column its head stands over."""
    source, result, data = indented
    tasks = {task["task"]: task for task in data["tasks"]}
    assert tasks["公开惠民资金"]["deadline"] == "9月底前" and tasks["公开惠民资金"].get("lead") != "9"
    assert tasks["公开集体资产"] == {"task": "公开集体资产", "lead": "农业服务中心", "deadline": "12月底前"}
    assert not _said(result, "排在责任单位一列")
    rows = _grids(source)[0]
    assert rows[2] == ["2", "公开惠民资金", "", "9月底前"] and rows[4] == ["4", "回应群众留言", "", "全年"]


def test_a_merged_cell_s_line_between_rows_is_its_column_s_cell(indented):
    """财政所, centred between rows 6 and 7 under 责任单位, was a row of one cell across the table, read as a measure
    of task 6. It is that column's cell of a row of its own now, blank elsewhere, for the reader of merged cells."""
    source, result, data = indented
    assert ["", "", "财政所", ""] in _grids(source)[0]
    assert not any("财政所" in task.get("content", []) for task in data["tasks"])
    assert {task["task"]: task.get("lead") for task in data["tasks"]}["公开医疗救助"] == "财政所"


def test_a_plan_copied_at_the_margin_keeps_its_task_table(at_margin):
    """Without indents the copy was no layout copy: the table was said unread, each row a paragraph, and 6 公开村务事项
    全年 a heading with its number lost. Its pages (form feeds) tell it is one: the table is read as the indented
    copy's is, and its blanks between a Chinese character and a figure are the page's."""
    source, result, data = at_margin
    assert not _said(result, "没有读成表格")
    assert [task["task"] for task in data["tasks"]] == [row[1] for row in ROWS[1:] if row]
    tasks = {task["task"]: task for task in data["tasks"]}
    assert tasks["公开征地补偿"]["lead"] == "乡党政办" and tasks["公开征地补偿"]["deadline"] == "6月底前"
    assert tasks["公开惠民资金"]["deadline"] == "9月底前"
    assert data["title"] == "石门乡人民政府2024年政务公开工作方案"


def test_a_summary_s_small_table_copied_at_the_margin_is_a_table(tmp_path):
    """The 3-column table was imported as paragraphs (类别条数备注, 工程建设 120 含招标公告) with no finding; it is a
    table of the part it stands in now."""
    _, result, data = _import(tmp_path, "summary.txt", SUMMARY)
    content = data["work"][1]["content"]
    assert {
        "columns": ["类别", "条数", "备注"],
        "rows": [["森林防火", 94, "含火险预警"], ["林木采伐", 71, ""], ["生态修复", 103, ""]],
    } in content
    assert content[0] == "全年受理申请6件，全部按期答复。"
    assert data["problems"] == ["部分栏目更新频次偏低。"]


def test_a_copy_without_pages_and_indents_keeps_lines_with_runs_of_blanks_as_paragraphs(tmp_path):
    """Guard: a site's text export (no form feed, no indent) whose lines set words apart by runs of blanks (contacts)
    is no layout copy: those lines stay paragraphs, no table made of them."""
    export = SUMMARY.removesuffix("\f").replace(
        "一是强化业务培训。二是健全考核机制。",
        "一是强化业务培训。二是健全考核机制。\n\n联系人：王林    电话：0935-5512368\n联系人：赵敏    电话：0935-5512370",
    )
    path = tmp_path / "export.txt"
    path.write_text(export, encoding="utf-8")
    assert not any(row[0].startswith("联系人") for grid in _grids(path) for row in grid)
