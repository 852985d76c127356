"""A work plan's task table with a row taller than the room left on its page, split by the page break: the page after
names the task beside the row's rest, and a long task name does not stand in a column the other rows made narrow.

The plans are written for these tests (their wording is my own)."""
from __future__ import annotations

import io
import re

import pdfplumber
import pytest

import layout_measure as lm
from reportkit.testing import render

#: One measure, cut to length: a row of a few lines to a page and more.
MEASURE = ("每季度末由承办股室汇总本季度收到的申请，逐件核对受理日期、答复期限和答复方式，超期未办的列入督办清单，"
           "督办结果在下一次局务会上通报，全年的办理情况汇总后报县政府办公室备案。") * 12
NAME = "规范依申请公开答复流程"


def _plan(lengths: list[int]) -> dict:
    """Three short tasks, then the task ``NAME`` of one sub-item a length of ``lengths``, in the attached task table."""
    tasks = [{"task": f"第{k}项公开工作", "content": ["按月梳理本股室的公开事项。"], "lead": "办公室"} for k in range(1, 4)]
    tasks.append({"task": NAME, "items": [{"task": f"第{j}环节", "content": [MEASURE[:n].rstrip("。") + "。"], "lead": "法规股"}
                                          for j, n in enumerate(lengths, 1)]})
    return {"kind": "work-plan", "year": 2024, "agency": "某某县自然资源局", "requirements": ["各股室分工负责。"],
            "tasks": tasks, "safeguards": ["办公室按季度汇总落实情况。"], "task_table": {"place": "attachment"},
            "date": "2024-03-01"}


def _columns(page) -> list[float]:
    """The x of the task table's vertical rules on ``page``."""
    xs: list[float] = []
    for x in sorted(e["x0"] for e in page.edges if e["orientation"] == "v"):
        if not xs or x - xs[-1] > 2:
            xs.append(x)
    return xs


def _rest_named(pdf: bytes) -> list[bool]:
    """For each page that begins with a split row's rest (no 序号 above the first rule under the head): whether the
    工作任务 column names the task above that rule."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            xs = _columns(page)
            if len(xs) < 4:
                continue
            rules = sorted({round(e["top"], 1) for e in page.edges if e["orientation"] == "h"
                            and e["x0"] <= xs[0] + 1 and e["x1"] >= xs[1] - 1})
            if len(rules) < 3:
                continue
            band = (xs[0], rules[1], xs[1], rules[2])  # the 序号 cell of the first row under the head
            if (page.crop(band).extract_text() or "").strip():
                continue
            name = page.crop((xs[1], rules[1], xs[2], rules[2])).extract_text() or ""
            out.append(re.sub(r"\s", "", name) == NAME)
    return out


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_the_rest_of_a_split_sub_item_is_printed_beside_its_task_s_name(engine):
    """Sub-item 4.2 runs from one page to the next, 4.3 follows it: the next page prints the task's name beside 4.2's
    rest, as the WeasyPrint PDF sets a merged cell again over its rows on the next page. The Typst PDF set it again
    from the next row only (beside 4.3), and 4.2's rest stood beside an empty 工作任务 cell."""
    pdf = render(_plan([100, 1300, 100]), engine=engine, formats=("pdf",)).pdf
    assert _rest_named(pdf) == [True]
    assert lm.overflow(lm.measure(pdf)) == []


def test_the_rest_of_a_task_s_last_split_sub_item_is_printed_beside_its_name_in_the_typst_pdf():
    """The split sub-item is the task's last and the table's: its rest, alone on the last page, is named too (the
    table's end tells where the row ends)."""
    pdf = render(_plan([100, 1300]), engine="typst", formats=("pdf",)).pdf
    assert _rest_named(pdf) == [True]


def test_a_split_first_sub_item_s_rest_is_printed_alike_in_both_pdfs():
    """Split at the task's first sub-item, the name is set again beside that sub-item's rest (it came only with the
    next row, beside a blank cell), in both PDFs."""
    weasy, typst = (_rest_named(render(_plan([1300, 100]), engine=engine, formats=("pdf",)).pdf)
                    for engine in ("weasyprint", "typst"))
    assert weasy == typst == [True]


LONG = "健全政务公开工作机制，规范信息发布、政策解读和回应关切的各个环节，明确各责任科室、办理时限和督办方式"


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_long_task_name_takes_at_most_two_lines_more_than_its_measures(engine):
    """Six tasks of four-character names and long measures make the shortest table with a 工作任务 column of five or
    six characters; the seventh task's 50-character name took 11 lines there, beside 3 lines of measures. The column is
    now as wide as it needs for no name to take more than two lines more than the cells beside it."""
    tasks = [{"task": f"公开事项{k}", "content": [MEASURE[:180]], "lead": "办公室"} for k in range(1, 7)]
    tasks.append({"task": LONG, "content": [MEASURE[:50]], "lead": "办公室"})
    plan = {"kind": "work-plan", "year": 2024, "agency": "某某县自然资源局", "requirements": ["各股室分工负责。"],
            "tasks": tasks, "safeguards": ["办公室按季度汇总落实情况。"], "task_table": {"place": "attachment"},
            "date": "2024-03-01"}
    with pdfplumber.open(io.BytesIO(render(plan, engine=engine, formats=("pdf",)).pdf)) as document:
        page, top = next((p, w["top"]) for p in document.pages for w in p.extract_words() if w["text"].startswith("健全"))
        xs = _columns(page)
        rules = sorted({round(e["top"], 1) for e in page.edges if e["orientation"] == "h" and e["x0"] <= xs[0] + 1})
        words = page.extract_words()
        row = next((a, b) for a, b in zip(rules, rules[1:]) if a <= top < b)

        def lines(a: float, b: float) -> int:
            return len({round(w["top"]) for w in words if a <= w["x0"] < b and row[0] <= w["top"] < row[1]})

        name, measures = lines(xs[1], xs[2]), lines(xs[2], xs[3])
    assert measures >= 2
    assert name <= measures + 2, (name, measures)
