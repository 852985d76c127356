"""A task table copied keeping the page's layout (``pdftotext -layout``: cells parted by runs of blanks, a form feed at
the page's end) whose 序号 column numbers the tasks in words (一 / 二 / 三, no 、): the numbers are the rows' first
cells, not a group's label printed upright down a merged cell (the reading of 2008 tables' 申 / 请 / 方 / 式, session 50).
Taken for one, they were cut off the rows (each task's name read as its 工作任务's measure, its unit as the measure);
where a row's measure ends in 。 the import stopped with an error. Every text here is written for these tests."""
from __future__ import annotations

import pytest

import yaml

from _import_helpers import imported

PLAN = """                    某县交通运输局2024年政务公开工作要点

    为做好本年度政务公开工作，结合本局实际，制定本要点。

    一、总体要求

    坚持以公开为常态、不公开为例外，进一步提升政务公开工作质量。

    二、重点任务

   序号       工作任务              具体措施                               责任单位        完成时限
    一        平台建设              加强门户网站建设，完善栏目设置。       办公室          12月底前
    二        重点领域公开          做好财政预决算公开工作。               财务科          6月底前
    三        政策解读              对重要政策文件同步进行解读。           法规科          9月底前
    四        依申请公开            规范办理流程，按时答复申请人。         法规科          11月底前

    三、保障措施

    各科室要高度重视，明确专人负责，确保各项任务落到实处。

                                                            某县交通运输局
                                                            2024年3月1日
\f"""
TASKS = [("平台建设", "加强门户网站建设，完善栏目设置", "办公室", "12月底前"),
         ("重点领域公开", "做好财政预决算公开工作", "财务科", "6月底前"),
         ("政策解读", "对重要政策文件同步进行解读", "法规科", "9月底前"),
         ("依申请公开", "规范办理流程，按时答复申请人", "法规科", "11月底前")]


@pytest.mark.parametrize("stop", ["。", ""], ids=["measures-end-in-a-stop", "measures-without"])
def test_a_task_table_numbered_in_words_reads_each_task(tmp_path, plugins, stop):
    text = PLAN if stop else PLAN.replace("。       ", "        ")
    source = tmp_path / "plan.txt"
    source.write_text(text, encoding="utf-8")
    result = imported(source, tmp_path, plugins, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    got = [(task["task"], *task["content"], task.get("lead"), task.get("deadline")) for task in data["tasks"]]
    assert got == [(name, measure + stop, lead, deadline) for name, measure, lead, deadline in TASKS]
    assert not any("竖排" in finding.message for finding in result.findings)
