"""A work plan's task table whose row splits at the row that begins its task's 工作任务 cell: a task with no sub-items
(its one row), or a task's first sub-item. Each page the row's rest reaches names the task beside it, in both PDFs;
the 序号 and the 完成时限 (centred cells) are not printed again.

The plans are written for these tests (their wording is my own)."""
from __future__ import annotations

import io
import re

import pdfplumber
import pytest

from reportkit.testing import render
from test_pages_split_task_rows import _columns

NAME = "清理政务公开栏目过期内容"
#: One measure, repeated and cut to length: a row of one page to three.
MEASURE = ("对照年度公开目录逐项核查栏目更新情况，发现内容过期、链接失效的，当日通知承办股室整改，"
           "整改结果录入台账并在周例会上说明，季度末汇总成册报分管领导。") * 40
#: The plans by case: the split task's row (no sub-items) or its first sub-item, over two pages or three.
CASES = {"row": (None, 1300), "row over three pages": (None, 2600), "first sub-item": ([1300, 100], None),
         "first sub-item over three pages": ([2600, 100], None)}


def _plan(items: list[int] | None, length: int | None) -> dict:
    """Three short tasks, the task ``NAME`` (one row of measures ``length`` long, or sub-items of ``items`` lengths),
    then a short one, in the attached task table."""
    short = [{"task": f"第{k}项清理事项", "content": ["按月核对本股室栏目。"], "lead": "办公室"} for k in range(1, 4)]
    task = {"task": NAME, "content": [MEASURE[:length] + "。"], "lead": "信息中心"} if items is None else {
        "task": NAME, "items": [{"task": f"第{j}环节", "content": [MEASURE[:n] + "。"], "lead": "信息中心"}
                                for j, n in enumerate(items, 1)]}
    return {"kind": "work-plan", "year": 2024, "agency": "某某县自然资源局", "requirements": ["各股室分工负责。"],
            "tasks": [*short, task, {"task": "收尾事项", "content": ["按月核对。"], "lead": "办公室"}],
            "safeguards": ["办公室按季度汇总落实情况。"], "task_table": {"place": "attachment"}, "date": "2024-03-01"}


def _cells(pdf: bytes) -> list[tuple[list[str], ...]]:
    """For each page of the task table after its first: the texts of the 序号, 工作任务 and 完成时限 columns' cells under
    the head, between the rules across each column."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            xs = _columns(page)
            if len(xs) < 6:
                continue
            columns = []
            for a, b in ((xs[0], xs[1]), (xs[1], xs[2]), (xs[4], xs[5])):
                rules = sorted({round(e["top"], 1) for e in page.edges
                                if e["orientation"] == "h" and e["x0"] < (a + b) / 2 < e["x1"]})
                columns.append([re.sub(r"\s", "", page.crop((a, top, b, bottom)).extract_text() or "")
                                for top, bottom in zip(rules[1:], rules[2:])])
            out.append(tuple(columns))
    return out[1:]


@pytest.fixture(scope="module", params=["weasyprint", "typst"])
def pages(request) -> dict[str, list]:
    """Each case's pages (``_cells``) in one engine's PDF."""
    return {case: _cells(render(_plan(*plan), engine=request.param, formats=("pdf",)).pdf)
            for case, plan in CASES.items()}


def test_the_rest_of_a_split_task_of_one_row_is_printed_beside_its_name(pages):
    """The row of a task with no sub-items runs from one page to the next (to the third): each page after its first
    names the task beside its rest. Both PDFs left that 工作任务 cell blank, the name coming with the next task only."""
    rest, last = ([""], [NAME], [""]), (["", "5"], [NAME, "收尾事项"], ["", "全年"])
    assert pages["row"] == [last]
    assert pages["row over three pages"] == [rest, last]


def test_the_rest_of_a_split_first_sub_item_is_printed_beside_its_task_s_name(pages):
    """Sub-item 4.1 runs from one page to the next (to the third), 4.2 after its rest: each page after its first names
    the task in one cell beside 4.1's rest and 4.2. Both PDFs named it from 4.2 only, 4.1's rest beside a blank cell."""
    assert pages["first sub-item"] == [(["", "4.2", "5"], [NAME, "收尾事项"], ["", "全年", "全年"])]
    assert pages["first sub-item over three pages"] == [([""], [NAME], [""]),
                                                        (["", "4.2", "5"], [NAME, "收尾事项"], ["", "全年", "全年"])]
