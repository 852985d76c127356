"""A work plan's task table whose 工作任务 cell spans its measures (2.1, 2.2 …) across a page break: every page of the
table names the task of each row it holds, in both PDFs. The WeasyPrint PDF set the cell again below the break; the
Typst PDF left the 工作任务 column blank there (a merged cell printed over its first rows only)."""
from __future__ import annotations

import io
import re

import pdfplumber
import pytest

from reportkit.testing import render

#: One measure of a sub-item, my own wording; cut to length for rows of a few to a dozen lines.
MEASURE = ("每月初由经办人核对上月应公开事项的清单，逐项登记公开日期和公开渠道，漏报的事项当周补报，"
           "补报情况在月度例会上通报，年底汇总成册备查。") * 4


def _plan(measure: int, items: int = 5) -> dict:
    """Three tasks of ``items`` sub-items each, every measure ``measure`` characters: the task table, an attachment,
    breaks inside a task's sub-items."""
    tasks = [{"task": f"落实第{k}组公开事项", "items": [
        {"task": f"第{j}类事项", "content": [MEASURE[:measure] + "。"], "lead": "办公室"} for j in range(1, items + 1)]}
        for k in range(1, 4)]
    return {"kind": "work-plan", "year": 2024, "agency": "某某县自然资源局", "requirements": ["各股室分工负责。"],
            "tasks": tasks, "safeguards": ["办公室按季度汇总落实情况。"], "task_table": {"place": "attachment"},
            "date": "2024-03-01"}


def _columns(page) -> list[str]:
    """The text of the task table's first two columns (序号, 工作任务) on ``page``, between its vertical rules."""
    xs: list[float] = []
    for x in sorted(e["x0"] for e in page.edges if e["orientation"] == "v"):
        if not xs or x - xs[-1] > 2:
            xs.append(x)
    if len(xs) < 3:
        return ["", ""]
    return [re.sub(r"\s", "", page.crop((a, 0, b, page.height)).extract_text() or "") for a, b in zip(xs, xs[1:3])]


def _pages(pdf: bytes) -> list[tuple[set[str], set[str]]]:
    """Per page of the task table: the tasks its rows' 序号 (k.j) belong to, and the tasks its 工作任务 cells name."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            numbers, names = _columns(page)
            rows = set(re.findall(r"(\d)\.\d", numbers))
            if rows:
                out.append((rows, set(re.findall(r"落实第(\d)组公开事项", names))))
    return out


@pytest.mark.parametrize("measure", [120, 200])
@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_each_page_of_the_task_table_names_the_task_of_its_rows(engine, measure):
    pages = _pages(render(_plan(measure), engine=engine, formats=("pdf",)).pdf)
    assert len(pages) >= 2
    # the table breaks inside a task: some task's rows are on two pages
    assert any(a[0] & b[0] for a, b in zip(pages, pages[1:])), pages
    assert [rows for rows, _ in pages] == [names for _, names in pages]
