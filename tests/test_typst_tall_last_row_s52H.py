"""A work plan's task table whose last row, taller than a page, begins a few lines above a page's foot, beside a task
name taller than those lines: the name runs on over the next page with the row's rest, and both PDFs print the same
pages, numbered in order.

The plan is written for this test (its wording is my own)."""
from __future__ import annotations

import pytest

import layout_measure as lm
from reportkit.testing import render

#: A name of eight lines in the 工作任务 column.
NAME = "建立健全重大行政决策事项目录的年度编制、公开发布和动态调整机制"
#: Measures for more than a page.
MEASURE = ("各股室每月初报送拟提请审议的决策事项，办公室汇总后对照目录逐项核对，"
           "列入目录的事项在门户网站公示不少于十个工作日，收到的意见逐条登记并反馈处理结果。") * 20
#: 22 short tasks before it: its row begins four lines above the foot of the table's first page and runs over two
#: more (after 21 to 24 short tasks it begins one to four lines above it).
PLAN = {"kind": "work-plan", "year": 2024, "agency": "某某县自然资源局", "requirements": ["各股室分工负责。"],
        "tasks": [*({"task": f"第{k}项", "content": ["按月核对。"], "lead": "办公室"} for k in range(1, 23)),
                  {"task": NAME, "content": [MEASURE], "lead": "法规股"}],
        "safeguards": ["办公室按季度汇总落实情况。"], "task_table": {"place": "attachment"}, "date": "2024-03-01"}


@pytest.fixture(scope="module")
def measured() -> dict[str, list[lm.Page]]:
    """Each PDF's pages."""
    return {engine: lm.measure(render(PLAN, formats=("pdf",), engine=engine).pdf) for engine in ("weasyprint", "typst")}


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_last_row_beside_a_name_taller_than_its_first_part_prints_the_same_pages_in_both_pdfs(measured, engine):
    """The Typst PDF set the name again after its own end, on a page of its own: the table then ended a page later, the
    name was set again once more on each layout pass, and after the last one pages of the repeated head over an empty
    row, the name alone in it, ended the document, the last numbered “— 1 —” (13 pages where the WeasyPrint PDF has
    10). Each page of the table holds measures, every page is numbered in order, and both PDFs have as many pages."""
    pages = measured[engine]
    assert len(pages) == len(measured["weasyprint"])
    assert [lm._plain(p.folio.text) if p.folio else None for p in pages] == [f"—{n}—" for n in range(1, len(pages) + 1)]
    assert [p.number for p in pages if p.rows and not set("".join(r.text for r in p.rows if not r.head)) - set(NAME)] \
        == []
    # the name's last line runs on past the page the row begins on (beside the last short task's row)
    first = next(p for p in pages if any(r.text.startswith("22第22项") for r in p.rows))
    assert not set("动态调整") & set(first.rows[-1].text)
