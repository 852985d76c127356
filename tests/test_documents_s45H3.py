"""Work plans copied with ``pdftotext -layout`` whose task table centres a cell merged down an even number of rows: its
text prints on a line of its own between the cell's two middle rows, which the text reader gives as a row holding that
column's text alone. It is that column's cell for the rows around it, no row of the table, no 配合单位 of the task above
it, and no blank in the other columns' cells. The inputs are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported
from test_import_plan_group_rows import GROUPED, TASKS as GROUPED_TASKS, _import as _group_rows

PLUGINS = load_plugins()

#: The text of a plan over its task table, as pdftotext -layout copies it; the table's rows (:func:`_table`) follow.
PLAN = """                       柳湾镇人民政府 2025 年政务公开工作方案

    为推动全镇政务公开向村组延伸，制定本方案。

一、总体要求

    坚持公开为常态，把群众关心的事项摆在前面。

二、主要任务

    （一）公开危房改造。改造名单和补助标准在村务公开栏张贴。

三、保障措施

    镇党政办每季度汇总一次各项任务进展。

附件：柳湾镇 2025 年政务公开任务分工表

                                                          柳湾镇人民政府
                                                          2025 年 2 月 26 日
\f附件

柳湾镇 2025 年政务公开任务分工表

"""

TASKS = (
    "公开危房改造",
    "公开道路养护",
    "公开林地补偿",
    "回应村民来信",
    "公开镇级预算",
    "公开村级账目",
    "公开低保名单",
    "公开临时救助",
)


def _table(rows: list[tuple[str, str] | str]) -> str:
    """The head, then a row per task (its 责任单位, 完成时限; blank: a merged cell's other rows) or, for a text alone, a
    merged cell's line between two rows under the column its text starts in (责任单位 at 27, 完成时限 at 36)."""
    lines = [f"{'序号':<17}{'工作任务':<10}{'责任单位':<9}完成时限"]
    tasks = iter(enumerate(TASKS, 1))
    for row in rows:
        if isinstance(row, str):
            lines.append(row)
            continue
        n, task = next(tasks)
        lines.append(f"{n:<17}{task:<10}{row[0]:<9}{row[1]}".rstrip())
    return "\n".join(lines) + "\n"


def _unit(text: str) -> str:
    return " " * 27 + text


def _deadline(text: str) -> str:
    return " " * 36 + text


def _import(folder: Path, rows: list) -> tuple:
    source = folder / "plan.txt"
    source.write_text(PLAN + _table(rows), encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _said(result, words: str) -> list[str]:
    return [finding.message for finding in result.findings if words in finding.message]


#: 镇党政办 for task 1 alone; 农经站 over tasks 2 to 4, on task 3's row; 镇财政所 over tasks 5 to 8, between 6 and 7.
UNITS = [
    ("镇党政办", "3 月底前"),
    ("", "6 月底前"),
    ("农经站", "9 月底前"),
    ("", "全年"),
    ("", "全年"),
    ("", "全年"),
    _unit("镇财政所"),
    ("", "全年"),
    ("", "全年"),
]


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    return _import(tmp_path_factory.mktemp("units"), UNITS)


def test_a_unit_on_a_line_between_rows_is_the_centred_cell_of_the_rows_around(units):
    """The line's blank 完成时限 broke that column's centred reading, so the table was read as writing its merged cells
    in their first row: task 2 got 镇党政办, tasks 5 and 6 农经站, and task 6 镇财政所 as its 配合单位."""
    result, data = units
    tasks = {task["task"]: task for task in data["tasks"]}
    assert [tasks[name].get("lead") for name in TASKS] == ["镇党政办"] + ["农经站"] * 3 + ["镇财政所"] * 4
    assert not any("support" in task for task in data["tasks"])
    assert not _said(result, "看不出这一格与")


def test_the_line_is_no_row_of_the_table_in_the_findings(units):
    """Rows are numbered as the table prints them (its head row 1): the tasks after the line keep their numbers, and
    the rows around the line are said once, with the line named as lying between two rows."""
    result, _ = units
    said = _said(result, "镇财政所")
    assert len(said) == 1
    assert "分解表第 6 行至第 9 行的“责任单位”一格空着" in said[0]
    assert "上下居中的合并格只写在它中间两行之间，已按第 7 行与第 8 行之间的“镇财政所”导入" in said[0]
    added = _said(result, "在正文的主要任务里没有")
    assert any("分解表第 9 行的任务“公开临时救助”" in message for message in added)
    assert not any("第 10 行" in finding.message for finding in result.findings)


def test_a_deadline_on_a_line_between_rows_is_the_rows_around_s(tmp_path):
    """Tasks 2 to 5 share 12 月底前, printed between tasks 3 and 4; each task has a unit of its own. The line's blank
    责任单位 made that column fit only the first-row reading, so tasks 2 and 3 got 3 月底前."""
    rows = [
        ("镇党政办", "3 月底前"),
        ("农经站", ""),
        ("镇财政所", ""),
        _deadline("12 月底前"),
        ("民政办", ""),
        ("社保所", ""),
    ]
    result, data = _import(tmp_path, rows)
    tasks = {task["task"]: task for task in data["tasks"]}
    assert data["task_table"].get("default_deadline") == "12月底前"
    assert tasks["公开危房改造"]["deadline"] == "3月底前"
    assert all("deadline" not in tasks[name] for name in TASKS[1:5])
    assert [tasks[name]["lead"] for name in TASKS[:5]] == ["镇党政办", "农经站", "镇财政所", "民政办", "社保所"]
    assert not _said(result, "完成时限“")  # no row's deadline differs from its task's first


def test_a_unit_alone_under_a_row_with_one_is_its_support_as_before(tmp_path):
    """Guard, a browser's copy (cells parted by tabs): a unit alone in a row right under a row with a unit of its own is
    no centred cell's line (a copy prints one only where the rows around are both blank there): it is the task's
    配合单位. (Rows of one cell across the table, a group's heading, a measure: test_import_plan_group_rows.)"""
    rows = [GROUPED[0], GROUPED[2], ("", "", "", "护林站", ""), GROUPED[4]]
    result, data = _group_rows(tmp_path, "txt", rows)
    first = GROUPED_TASKS[0] | {"content": GROUPED_TASKS[0]["content"][:1], "support": ["护林站"]}
    assert data["tasks"] == [first, GROUPED_TASKS[1]]
    assert not _said(result, "合并的格")
