"""In a pdftotext copy of a work plan, a task table's 完成时限 of a month
(2024 年 11 月) after the plan's 成文日期 is no 成文日期."""
from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from _import_helpers import data_of, imported, render_source


PLAN = """kind: work-plan
year: 2024
agency: 青禾县水务局
preamble: [为做好本局2024年政务公开工作，结合水务工作实际，制定本方案。]
requirements: [坚持以公开为常态，围绕供水、防汛和河湖管理做好信息发布。]
tasks:
  - {task: 做好防汛信息发布, content: [汛期每日发布雨情水情，遇强降雨加密发布。], lead: 防汛办, deadline: "2024-09"}
  - {task: 公开河湖管理信息, content: [按季公布河长巡河情况和问题整改进度。], lead: 河湖股, support: [办公室],
     deadline: "2024-11"}
safeguards: [办公室每季度检查一次任务进度，年底通报完成情况。]
task_table: {place: attachment}
signature: [青禾县水务局, 青禾县河长制办公室]
date: 2024-02-26
"""


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_a_task_table_s_deadline_of_a_month_in_a_pdftotext_copy_is_no_date_of_the_plan(tmp_path):
    source = tmp_path / "plan.yaml"
    source.write_text(PLAN, encoding="utf-8")
    pdf = render_source(source, "pdf", tmp_path)
    subprocess.run(["pdftotext", str(pdf), str(tmp_path / "copy.txt")], check=True)
    copy = (tmp_path / "copy.txt").read_text(encoding="utf-8").splitlines()
    assert copy.index("2024 年 11 月") > copy.index("2024 年 2 月 26 日")  # the table's last deadline comes last
    result = imported(tmp_path / "copy.txt", tmp_path, documents=True)
    data = data_of(result)
    assert data["signature"] == ["青禾县水务局", "青禾县河长制办公室"]
    assert data["date"] == yaml.safe_load("2024-02-26")
    assert [attachment["title"] for attachment in data["attachments"]] == ["青禾县水务局2024年政务公开工作主要任务分解表"]
    assert "2024年11月" in [line.replace(" ", "") for line in data["attachments"][0]["content"]]  # kept in the table
    assert not [finding for finding in result.findings if "附件说明" in finding.message]


#: The plan's task table as pdftotext (no -layout) may copy it: 责任单位 and 完成时限 after the rows, the rows' numbers
#: between the cells of the other columns.
_MIXED_TABLE = ("附件\n\n青禾县水务局\n2024 年政务公开工作主要任务分解表\n序号\n\n工作任务\n\n具体措施\n\n1\n\n"
                "做好防汛信息发布\n\n2\n\n公开河湖管理信息 按季公布河长巡河情况和问题整改进度。\n\n汛期每日发布雨情水情，"
                "遇强降雨加密\n发布。\n\n责任单位\n\n完成时限\n\n防汛办\n\n2024 年 9 月\n\n河湖股、\n2024 年 11 月\n办公室\n\n—3—\n\n\f")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_a_task_table_whose_head_the_copy_broke_is_said_unread_not_read_as_two_columns(tmp_path):
    """序号 / 工作任务 over 具体措施 / 1 and 做好防汛信息发布 / 2 was read, with nothing said, as a table of two columns, its
    numbers the figures of the cells beside (text._cell_lines); the task table is said unread, its text kept."""
    source = tmp_path / "plan.yaml"
    source.write_text(PLAN, encoding="utf-8")
    pdf = render_source(source, "pdf", tmp_path)
    subprocess.run(["pdftotext", str(pdf), str(tmp_path / "copy.txt")], check=True)
    pages = (tmp_path / "copy.txt").read_text(encoding="utf-8").split("\f")
    (tmp_path / "mixed.txt").write_text("\f".join(pages[:-2]) + "\f" + _MIXED_TABLE, encoding="utf-8")
    result = imported(tmp_path / "mixed.txt", tmp_path, documents=True)
    [attachment] = data_of(result)["attachments"]
    assert "table" not in attachment and "具体措施" in attachment["content"]
    assert sum(f.message.startswith("任务分解表没有读成表格：") for f in result.findings) == 1
