"""A work plan's task table whose tasks span rows by their name typed in each (not merged), a row giving that name
alone; and a web page's paragraph of text and a picture right above the site's footer. Read alike from a DOCX, a web page
and a text copy where each applies. The inputs are written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from _import_helpers import imported
from test_import_plan_group_rows import HEAD, _import
from test_import_plan_task_groups import FOOTER, PLUGINS, SUMMARY

KINDS = ("docx", "html", "txt")


# 1. A task's name typed again in a row of its own ---------------------------------------------------------------------
LOGGED, FELLED = "公开林权登记信息", "公开采伐审批信息"
FIRST = ("1", LOGGED, "登记结果在办结后十日内公开", "林政股", "2025年12月")
AGAIN = ("", LOGGED, "", "", "")
MORE = ("", LOGGED, "林权流转合同备案情况同步公开", "", "")
SECOND = ("2", FELLED, "采伐许可证核发情况按月公开", "资源股", "2025年12月")
TASKS = [{"task": LOGGED, "content": ["登记结果在办结后十日内公开", "林权流转合同备案情况同步公开"], "lead": "林政股"},
         {"task": FELLED, "content": ["采伐许可证核发情况按月公开"], "lead": "资源股"}]


@pytest.mark.parametrize("rows", [
    [HEAD, FIRST, AGAIN, MORE, SECOND],  # between the task's rows
    [HEAD, FIRST, AGAIN, AGAIN, MORE, SECOND],  # twice
    [HEAD, AGAIN, FIRST, MORE, SECOND]], ids=("between", "twice", "over"))  # over the row that numbers it
@pytest.mark.parametrize("kind", KINDS)
def test_a_tasks_name_typed_again_alone_in_a_row_adds_nothing(tmp_path, kind, rows):
    """The old import read the row as one across the table: the name became a measure of its own task (or, over the
    task's first row, a line with no task above it, in a finding)."""
    result, data = _import(tmp_path, kind, rows)
    assert data["tasks"] == TASKS
    assert data["task_table"] == {"place": "inline", "default_deadline": "2025年12月"}
    assert [f.message for f in result.findings] == []
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("kind", KINDS)
def test_a_task_named_in_two_rows_and_nothing_else_is_a_task(tmp_path, kind):
    """Its name alone in one row stays a line across the table (the measure of the task above); typed in two rows, it
    is a task's name, not that measure twice over."""
    trees = "公开古树名木目录"
    result, data = _import(tmp_path, kind, [HEAD, FIRST, SECOND, ("", trees, "", "", ""), ("", trees, "", "", "")])
    assert data["tasks"] == [TASKS[0] | {"content": TASKS[0]["content"][:1]}, TASKS[1], {"task": trees}]
    assert not [f for f in result.findings if "跨整行" in f.message]


# 2. A paragraph of text and a picture right above a web page's footer --------------------------------------------------
def _page(folder: Path, after: list[str]) -> Path:
    """:data:`SUMMARY` (its attachment last) as a web page, ``after`` (the pieces of HTML of a paragraph each) under it."""
    path = folder / "summary.html"
    body = "".join(f"<p>{html}</p>" for html in SUMMARY + after)
    path.write_text(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>', encoding="utf-8")
    return path


def _findings(result) -> list[tuple[str, str, str]]:
    return [(f.place, f.rule, f.message) for f in result.findings]


SAID = "附件“办理流程”里的图片（第 13 段）未导入：需要时请把图片里的内容写进这个附件"
SKIPPED_FOOTER = [("第 14 段", "skipped", "文末的网页信息“版权所有：某县林业局”未导入"),
                  ("第 15 段", "skipped", "文末的网页信息“网站标识码：1234567890”未导入")]


@pytest.mark.parametrize("paragraph", ['流程图如下<img src="flow.png">', '<img src="flow.png">流程图见上',
                                       '<span>流程图如下</span><br><img src="flow.png">'])
def test_a_paragraph_of_text_and_a_picture_over_the_footer_is_the_attachments(tmp_path, paragraph):
    """The old import kept the text but named its picture the site's (“文末网页页脚里的图片”, 第 13 段后), skipped."""
    result = imported(_page(tmp_path, [paragraph] + FOOTER), tmp_path, PLUGINS, documents=True)
    text = "流程图见上" if paragraph.startswith("<img") else "流程图如下"
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["attachments"] == [{"title": "办理流程", "content": ["申请先经窗口登记，再转承办科室。", text]}]
    assert _findings(result) == SKIPPED_FOOTER + [("第 13 段", "attachments", SAID)]


def test_a_picture_alone_after_a_paragraph_of_text_and_a_picture_is_still_the_sites(tmp_path):
    """The site's logo in a paragraph of its own and a footer line beside a picture (a 公安备案 mark): both the site's;
    the picture beside the attachment's text its own."""
    after = ['流程图如下<img src="flow.png">', '<img src="logo.png">', '<img src="mark.png">版权所有：某县林业局',
             FOOTER[1]]
    result = imported(_page(tmp_path, after), tmp_path, PLUGINS, documents=True)
    site = "文末网页页脚里的图片未导入（网站的标志、二维码等）"
    assert _findings(result) == SKIPPED_FOOTER + [("第 13 段后", "skipped", site), ("第 14 段", "skipped", site),
                                                  ("第 13 段", "attachments", SAID)]
