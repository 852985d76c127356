"""A work plan's task whose sub-item splits over pages: the last sub-item of the table, and one running over three or
more pages. Each page the task's rows reach prints its name in the 工作任务 cell under the table's head, a cell of the
rows from the page's top (no rule in the column between them), in both PDFs.

The plans are written for these tests (their wording is my own)."""
from __future__ import annotations

import io
import re

import pdfplumber
import pytest

import layout_measure as lm
from reportkit.testing import render
from test_pages_split_task_rows import _columns

NAME = "健全主动公开目录动态更新机制"
#: One measure, repeated and cut to length: a sub-item of a few lines, or of one page to three and more.
MEASURE = ("各股室于每月五日前报送上月形成的应公开文件清单，办公室逐件登记文号、形成日期和公开方式，"
           "不予公开的说明理由并经分管负责人签字，登记表按季度装订归档备查。") * 40


def _plan(lengths: list[int]) -> dict:
    """Three short tasks, then the task ``NAME`` of one sub-item a length of ``lengths``, in the attached task table."""
    tasks = [{"task": f"第{k}项日常事项", "content": ["按季度清理本股室的公开事项。"], "lead": "办公室"} for k in range(1, 4)]
    tasks.append({"task": NAME, "items": [{"task": f"第{j}步", "content": [MEASURE[:n].rstrip("，。") + "。"],
                                           "lead": "政策法规股"} for j, n in enumerate(lengths, 1)]})
    return {"kind": "work-plan", "year": 2024, "agency": "某某县自然资源局", "requirements": ["各股室分工负责。"],
            "tasks": tasks, "safeguards": ["办公室按季度汇总落实情况。"], "task_table": {"place": "attachment"},
            "date": "2024-03-01"}


def _named(pdf: bytes) -> list[list[str]]:
    """For each page after the one the task begins on (its 4.1): the texts of the 工作任务 column's cells under the
    head, between the rules across the column."""
    out, begun = [], False
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            xs = _columns(page)
            if len(xs) < 4:
                continue
            if begun:
                middle = (xs[1] + xs[2]) / 2
                rules = sorted({round(e["top"], 1) for e in page.edges
                                if e["orientation"] == "h" and e["x0"] < middle < e["x1"]})
                out.append([re.sub(r"\s", "", page.crop((xs[1], top, xs[2], bottom)).extract_text() or "")
                            for top, bottom in zip(rules[1:], rules[2:])])
            begun = begun or "4.1" in (page.crop((xs[0], 0, xs[1], page.height)).extract_text() or "")
    return out


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_the_rest_of_a_task_s_last_sub_item_is_printed_beside_its_name(engine):
    """Sub-item 4.2, the task's last and the table's, runs from one page to the next: the next page names the task
    beside its rest. The WeasyPrint PDF set a merged cell again only over rows after the page's foot, and this rest
    stood beside a blank 工作任务 cell."""
    pdf = render(_plan([100, 1300]), engine=engine, formats=("pdf",)).pdf
    assert _named(pdf) == [[NAME]]
    assert lm.overflow(lm.measure(pdf)) == []


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_no_rule_crosses_the_name_between_a_split_sub_item_s_rest_and_the_next(engine):
    """4.2 runs from one page to the next, 4.3 follows its rest: one cell names the task beside both. The WeasyPrint
    PDF drew a rule across it between them, the rule the page before drew under it at its foot (the parts of a table
    share its rules)."""
    pdf = render(_plan([100, 1300, 100]), engine=engine, formats=("pdf",)).pdf
    assert _named(pdf) == [[NAME]]


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_the_sub_item_after_one_over_four_pages_is_printed_beside_the_name(engine):
    """4.2 runs over four pages, 4.3 follows its rest on the fourth: the fourth names the task. The WeasyPrint PDF left
    the 工作任务 column blank from the third page on (a cell set again on a split row's rest went no further)."""
    named = _named(render(_plan([100, 2600, 100]), engine=engine, formats=("pdf",)).pdf)
    assert len(named) == 3
    assert NAME in named[-1]


@pytest.mark.parametrize(("length", "pages"), [(1800, 2), (2600, 3)])
@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_every_page_of_a_long_sub_item_is_printed_beside_the_name(engine, length, pages):
    """4.2 runs over three pages (four): each page after the first names the task in one cell from the head down,
    beside a page of 4.2's middle only, and beside its rest and 4.3 on the last. The Typst PDF named it on the page
    after 4.2's first, and beside 4.3, only: it set the cell again once for a split row, however many pages it ran."""
    named = _named(render(_plan([100, length, 100]), engine=engine, formats=("pdf",)).pdf)
    assert named == [[NAME]] * pages


def test_a_head_cell_spanning_the_head_rows_is_printed_once_on_each_page():
    """A cell set again on the next page goes over the rows of its own that reach there, never over the head repeated
    there: a head cell over both head rows (备注说明) is printed once on each page of a table over three pages."""
    rows = [[k + 1, f"第{k % 5 + 1}科", k % 3 + 1, k % 2, "无"] for k in range(60)]
    table = {"columns": [{"text": "序号", "rowspan": 2}, {"text": "科室", "rowspan": 2},
                         {"text": "联络员人数", "colspan": 2}, {"text": "备注说明", "rowspan": 2}],
             "head_rows": 2, "widths": [2, 3, 3, 3, 2], "rows": [["专职", "兼职"], *rows]}
    report = {"kind": "annual-report", "year": 2008, "agency": "某市水务局", "title": "某市水务局2008年政府信息公开工作报告",
              "preamble": ["本局本年度的公开工作情况报告如下。"],
              "sections": {"overview": {"content": ["各科室联络员的配备见下表。", table]}}, "date": "2009-03-20"}
    with pdfplumber.open(io.BytesIO(render(report, engine="weasyprint", formats=("pdf",)).pdf)) as document:
        heads = [re.sub(r"\s", "", page.extract_text() or "").count("备注说明") for page in document.pages]
    assert len(heads) >= 3 and set(heads) == {1}
