"""A work plan's 印发通知 ends at its own 成文日期: the last date line before the plan's title.

A date in the notice's text (a line holding only a date) is the notice's text, not its end; a notice without a date
of its own ends at the plan's title. The inputs are written for these tests (the plan example, its notice's text
rewritten).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source
from test_import_work_docs import PLAN, _plain

PLUGINS = load_plugins()
BODY = ["本方案已经局务会议讨论通过，现印发给你们，请认真抓好落实。", "2018年6月20日",
        "各科室、各单位的落实情况请按季度报局办公室汇总。"]


@pytest.mark.parametrize("fmt", ["docx", "html", "pdf"])
def test_a_date_line_in_the_notice_s_text_is_its_text(tmp_path, fmt):
    """The notice's text holds a line that is only a date: the notice's text comes back whole, its date the one over
    the plan's title, the plan's parts whole (the old import ended the notice at the first date line and left out the
    rest of it as lines before the plan's title)."""
    data = yaml.safe_load(PLAN.read_text(encoding="utf-8"))
    data.pop("task_table")  # a PDF reads a landscape table apart (see test_import_work_docs)
    data["tasks"][12].pop("deadline")  # printed only in the task table
    data["notice"]["body"] = BODY
    source = tmp_path / "plan.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = imported(render_source(source, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS, documents=True)
    text = result.target.read_text(encoding="utf-8")
    got = yaml.safe_load(text)
    assert got["notice"]["body"] == BODY
    assert got["notice"]["date"] == dt.date(2018, 6, 25)
    assert _plain({k: got[k] for k in ("preamble", "requirements", "tasks", "safeguards")}) \
        == _plain({k: data[k] for k in ("preamble", "requirements", "tasks", "safeguards")})
    assert "未导入" not in text


PLAN_PARTS = """某县林业局2022年政务公开工作方案
为把今年的政务公开工作做实，结合本局实际，制定本方案。
一、总体要求
以公开促落实，让群众及时了解林业工作的进展。
二、主要任务
（一）公开护林防火信息。防火期每周发布火险等级。
责任单位：防火办
三、保障措施
局办公室统筹，各股室明确一名信息员。
某县林业局
2022年2月8日
"""


def import_text(folder: Path, text: str):
    """``text`` imported as a plain-text work plan: the result, and the data it wrote."""
    source = folder / "plan.txt"
    source.write_text(text, encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _check_plan(data: dict) -> None:
    assert data["title"] == "某县林业局2022年政务公开工作方案"
    assert data["preamble"] == ["为把今年的政务公开工作做实，结合本局实际，制定本方案。"]
    assert data["requirements"] == ["以公开促落实，让群众及时了解林业工作的进展。"]
    assert data["tasks"] == [{"task": "公开护林防火信息", "content": ["防火期每周发布火险等级。"], "lead": "防火办"}]
    assert data["safeguards"] == ["局办公室统筹，各股室明确一名信息员。"]
    assert data["date"] == dt.date(2022, 2, 8)


def test_a_notice_with_a_date_line_in_its_text_as_plain_text(tmp_path):
    """Plain text: the date line in the notice's text stays there; the notice's 署名 and date are its own."""
    notice = ("关于印发某县林业局2022年政务公开工作方案的通知\n各股室、局属各单位：\n现把今年的方案发给你们，各股室的落实安排请在\n"
              "2022年1月28日\n之前报局办公室。\n某县林业局办公室\n2022年1月20日\n")
    _, data = import_text(tmp_path, notice + PLAN_PARTS)
    assert data["notice"] == {"title": "关于印发某县林业局2022年政务公开工作方案的通知", "addressee": "各股室、局属各单位",
                              "body": ["现把今年的方案发给你们，各股室的落实安排请在", "2022年1月28日", "之前报局办公室。"],
                              "date": dt.date(2022, 1, 20), "signature": "某县林业局办公室"}
    _check_plan(data)


def test_a_notice_without_its_own_date_ends_at_the_plan_s_title(tmp_path):
    """The notice has a 署名 but no date: it ends at the plan's title, its date a placeholder with a finding (the old
    import took the plan's 成文日期 for the notice's, and the whole plan for the notice's text)."""
    notice = ("某县林业局关于印发2022年政务公开工作方案的通知\n各股室、局属各单位：\n"
              "现把今年的政务公开工作方案发给你们，请对照分工逐项抓好落实。\n某县林业局\n")
    result, data = import_text(tmp_path, notice + PLAN_PARTS)
    assert data["notice"] == {"title": "某县林业局关于印发2022年政务公开工作方案的通知", "addressee": "各股室、局属各单位",
                              "body": ["现把今年的政务公开工作方案发给你们，请对照分工逐项抓好落实。"],
                              "date": "【请填写：印发通知的成文日期，如 2018-06-25】"}
    assert "#   第 1 行：印发通知没有成文日期：已留占位，请照原件填写 notice 下的 date" \
        in result.target.read_text(encoding="utf-8")
    _check_plan(data)


def test_a_plan_without_a_notice_keeps_a_date_line_of_its_preamble(tmp_path):
    """No notice: a date line in the preamble's sentence is the preamble's, the 成文日期 the one at the end."""
    text = PLAN_PARTS.replace("为把今年的政务公开工作做实，结合本局实际，制定本方案。\n",
                              "为把今年的政务公开工作做实，各项安排在\n2022年2月28日\n前报县政务公开办备案，制定本方案。\n")
    _, data = import_text(tmp_path, text)
    assert data["preamble"] == ["为把今年的政务公开工作做实，各项安排在", "2022年2月28日", "前报县政务公开办备案，制定本方案。"]
    assert "notice" not in data
    _check_plan({**data, "preamble": ["为把今年的政务公开工作做实，结合本局实际，制定本方案。"]})


def test_a_notice_signed_and_dated_on_one_line(tmp_path):
    """The notice's 署名 and date on one line, then a 附件 mark over the plan's title: the notice ends there (the old
    import, finding no date line alone before the plan's end, took the whole plan for the notice's text)."""
    notice = ("关于印发某县林业局2022年政务公开工作方案的通知\n各股室：\n现把今年的方案发给你们，请抓好落实。\n"
              "某县林业局办公室　　2022年1月20日\n附件\n")
    _, data = import_text(tmp_path, notice + PLAN_PARTS)
    assert data["notice"] == {"title": "关于印发某县林业局2022年政务公开工作方案的通知", "addressee": "各股室",
                              "body": ["现把今年的方案发给你们，请抓好落实。"], "date": dt.date(2022, 1, 20),
                              "signature": "某县林业局办公室"}
    _check_plan(data)
