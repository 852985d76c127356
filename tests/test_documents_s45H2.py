"""Work plans as copies give them: a 责任单位 merged down rows and centred vertically, which a copy keeping the layout
(pdftotext -layout) writes on the cell's middle row, so that rows above it are blank; and a part after the tasks that
names none of the plan's where the plan has no 保障措施. The inputs are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()

#: The text of a plan over its task table, as pdftotext -layout copies it; the table (:func:`_table`) follows.
PLAN = """                       溪口镇人民政府 2024 年政务公开工作方案

    为做好全镇 2024 年政务公开工作，制定本方案。

一、总体要求

    以方便群众办事为目标，推动公开向村居延伸。

二、主要任务

    （一）公开低保救助。每季度在村务公开栏张贴低保名单。

三、保障措施

    镇党政办每半年通报一次各项任务进展。

附件：溪口镇 2024 年政务公开任务分工表

                                                          溪口镇人民政府
                                                          2024 年 3 月 1 日
\f附件

                 溪口镇 2024 年政务公开任务分工表

"""

#: Task rows: number, name, 责任单位 (blank: a cell merged down, written once), 完成时限 (the same).
TASKS = ("公开低保救助", "公开项目招标", "公开集体资产", "回应群众留言", "公开涉农补贴", "公开财政收支")


def _table(units: list[str], deadlines: list[str]) -> str:
    """The rows of the table, a column's cells at its head's place, a blank where a merged cell left none."""
    rows = [("序号", "工作任务", "责任单位", "完成时限"), *zip(range(1, 7), TASKS, units, deadlines)]
    return "".join(f"{n:<16}{task:<17}{unit:<22}{deadline}".rstrip() + "\n" for n, task, unit, deadline in rows)


def _import(folder: Path, units: list[str], deadlines: list[str]):
    source = folder / "plan.txt"
    source.write_text(PLAN + _table(units, deadlines), encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    table = {task["task"]: task for task in data["tasks"]}
    return result, [table[name] for name in TASKS[: len(units)]]


def _said(result, words: str) -> list[str]:
    return [f.message for f in result.findings if words in f.message]


DATES = ["2024 年 6 月底前"] * 6


def test_a_centred_unit_is_the_tasks_above_its_line_too(tmp_path):
    """Rows 1 to 3 share 镇党政办, rows 4 to 6 镇财政所, each written on its middle row. The old reading left task 1
    without a lead (WP1) and gave task 4 镇党政办, the group above's, though its cell was 镇财政所's."""
    units = ["", "镇党政办", "", "", "镇财政所", ""]
    result, tasks = _import(tmp_path, units, DATES)
    assert [task.get("lead") for task in tasks] == ["镇党政办"] * 3 + ["镇财政所"] * 3
    said = _said(result, "上下居中的合并格只写在它中间的一行")
    # the table's rows count its head: task 1 is its row 2
    assert len(said) == 4 and "第 2 行的“责任单位”" in said[0] and "第 3 行的“镇党政办”" in said[0]
    assert "第 5 行的“责任单位”" in said[2] and "第 6 行的“镇财政所”" in said[2]


def test_a_unit_that_may_be_either_cell_s_is_left_blank_and_said(tmp_path):
    """Unit, blank, unit, blank: task 2's cell is task 1's (written in its first row) or task 3's (centred on its
    middle row); the copy does not tell, so task 2 gets none, and a finding naming both. Task 4's is task 3's either way."""
    units = ["镇党政办", "", "镇财政所", ""]
    result, tasks = _import(tmp_path, units, DATES)
    assert [task.get("lead") for task in tasks] == ["镇党政办", None, "镇财政所", "镇财政所"]
    said = _said(result, "看不出这一格与")
    assert len(said) == 1 and "分解表第 3 行的“责任单位”" in said[0]
    assert "上面第 2 行的“镇党政办”还是下面第 4 行的“镇财政所”" in said[0] and "没有导入" in said[0]


def test_the_other_column_tells_how_the_table_writes_its_merged_cells(tmp_path):
    """The 完成时限 column has a blank over its first text: the table centres its merged cells, so task 2's unit is
    task 3's, on its middle row."""
    units = ["镇党政办", "", "镇财政所", ""]
    deadlines = ["", "2024 年 6 月底前", "", "全年"]
    result, tasks = _import(tmp_path, units, deadlines)
    assert [task.get("lead") for task in tasks] == ["镇党政办", "镇财政所", "镇财政所", "镇财政所"]
    assert not _said(result, "看不出这一格与")


def test_a_unit_written_in_its_first_row_still_fills_the_rows_under_it(tmp_path):
    """Guard: unit, blank, blank, unit can only be a cell merged down three rows with its text in the first."""
    units = ["镇党政办", "", "", "镇财政所"]
    result, tasks = _import(tmp_path, units, DATES)
    assert [task.get("lead") for task in tasks] == ["镇党政办"] * 3 + ["镇财政所"]
    said = _said(result, "向下合并的格只写在它的第一行")
    assert len(said) == 1 and "第 3 行至第 4 行" in said[0] and "第 2 行的“镇党政办”" in said[0]


PLAN_STEPS = """河湾县2024年政务公开工作方案

为推进政务公开提质增效，制定本方案。

一、总体要求

年底前建成覆盖县乡两级的公开目录体系。

二、主要任务

（一）完善公开目录。各部门对照指引梳理公开事项清单。（责任单位：县政务公开办；完成时限：2024年6月底前）

（二）规范解读回应。重要政策随文件同步发布解读材料。（责任单位：县司法局；完成时限：2024年9月底前）

三、进度安排

（一）启动阶段（2024年4月）。印发方案，召开部署会。

（二）总结阶段（2024年12月）。县政务公开办汇总各部门完成情况。

四、其他事项

本方案由县政务公开办负责解释。

河湾县人民政府办公室
2024年3月18日
"""


@pytest.fixture(scope="module")
def steps(tmp_path_factory):
    folder = tmp_path_factory.mktemp("steps")
    source = folder / "plan.txt"
    source.write_text(PLAN_STEPS, encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def test_a_part_after_the_tasks_without_safeguards_prints_after_the_tasks(steps):
    """三、进度安排 went, as a subheading, into 总体要求 (printed before the tasks); without a 保障措施 it stands for
    that part now, its heading kept, and 四、其他事项 goes under it: both after the tasks, as in the source."""
    result, data = steps
    assert data["requirements"] == ["年底前建成覆盖县乡两级的公开目录体系。"]
    assert data["headings"]["safeguards"] == "进度安排"
    assert [node["heading"] for node in data["safeguards"]] == [
        "启动阶段（2024年4月）",
        "总结阶段（2024年12月）",
        "其他事项",
    ]
    assert data["safeguards"][2]["content"] == ["本方案由县政务公开办负责解释。"]
    said = _said(result, "方案没有“机制保障”一部分")
    assert len(said) == 1 and "“三、进度安排”已作为这一部分" in said[0]
    assert not _said(result, "没有找到“机制保障”一部分")
