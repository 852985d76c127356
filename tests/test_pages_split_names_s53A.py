"""A work plan's task row taller than a page whose 工作任务 itself runs over a page's foot: on each page the row reaches
after the one the name ends on, both PDFs set the whole name again (as beside any split row), and draw the row's rules
at the same heights.

The plans are written for this test (their wording is my own)."""
from __future__ import annotations

import io

import pdfplumber
import pytest

from reportkit.testing import render

#: 61 characters: 16 lines in the 工作任务 column, a cell that may be taller than half a page (Geometry.tall_cells).
NAME = "统筹推进乡镇便民服务中心政务公开标准化规范化建设，并将办事指南、办理流程和收费依据在服务大厅显著位置集中公示，接受群众监督"
#: A measure of three or four lines, repeated for rows over two and three pages.
MEASURE = ("各乡镇每季度末自查公开事项目录的完整性和时效性，发现缺项的限期补齐，"
           "县政务公开办随机抽查并通报抽查结果，对群众反映集中的问题组织回访核实。")


def plan(short: int, measures: list[str]) -> dict:
    """``short`` one-line tasks, then the task named :data:`NAME` with ``measures`` (sub-items when more than one)."""
    tasks = [{"task": f"第{k}项", "content": ["按月核对。"], "lead": "办公室"} for k in range(1, short + 1)]
    tasks.append({"task": NAME, "content": measures, "lead": "法规股"})
    return {"kind": "work-plan", "year": 2024, "agency": "某某县行政审批局", "requirements": ["各股室分工负责。"],
            "tasks": tasks, "safeguards": ["办公室按季度汇总落实情况。"], "task_table": {"place": "attachment"},
            "date": "2024-03-01"}


#: The name begins a few lines above the foot of the table's first page and ends on the next; the row runs on over a
#: third (one row), or its first sub-item begins there and the others run on over the next two (a name spanning them).
PLANS = {"row": plan(22, [MEASURE * 20]), "sub-items": plan(21, [MEASURE * 8] * 3)}


def columns(pdf: bytes) -> list[tuple[list[str], list[float]]]:
    """For each page with the task table: the lines of text in the 工作任务 column under its head, and the heights of
    the table's horizontal rules."""
    pages = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            words = page.extract_words()
            head = next((w for w in words if w["text"].startswith("工作任务")), None)
            if head is None:
                continue
            rules = [o for o in page.lines + page.rects if o["height"] < 1.5 and o["width"] > 20]
            verticals = sorted(o["x0"] for o in page.lines + page.rects if o["width"] < 1.5 and o["height"] > 5)
            left = max(x for x in verticals if x < head["x0"])
            right = min(x for x in verticals if x > head["x1"])
            foot = max(o["top"] for o in rules)
            chars = [c for c in page.chars if left < (c["x0"] + c["x1"]) / 2 < right and head["bottom"] < c["top"] < foot]
            lines: dict[int, list[str]] = {}
            for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
                lines.setdefault(round(c["top"]), []).append(c["text"])
            pages.append((["".join(line) for _, line in sorted(lines.items())],
                          sorted({round(o["top"], 2) for o in rules})))
    return pages


@pytest.fixture(scope="module")
def printed() -> dict:
    """Each plan's table pages in each PDF."""
    return {(name, engine): columns(render(data, formats=("pdf",), engine=engine).pdf)
            for name, data in PLANS.items() for engine in ("weasyprint", "typst")}


@pytest.mark.parametrize("name", PLANS)
def test_the_whole_name_is_set_again_after_the_page_it_ends_on_in_both_pdfs(printed, name):
    """The WeasyPrint PDF set again the piece of the name the page before held (its last lines alone, the first
    missing), the Typst PDF the whole name; a name that may be taller than half a page the Typst PDF did not
    set again at all, and the WeasyPrint PDF set a name spanning sub-items twice over one another (its piece and its
    copy). Now each page the row reaches after the name's end holds the whole name, in both PDFs, alike."""
    weasyprint, typst = printed[name, "weasyprint"], printed[name, "typst"]
    assert [lines for lines, _ in typst] == [lines for lines, _ in weasyprint]
    names = ["".join(lines) for lines, _ in weasyprint]
    # the name begins at the foot of a page, its rest on the next, the whole of it on the one after
    begun = next(i for i, text in enumerate(names) if NAME[:4] in text)
    head = names[begun][names[begun].index(NAME[:4]):]
    assert head != NAME and head + names[begun + 1] == NAME
    assert names[begun + 2] == NAME


@pytest.mark.parametrize("name", PLANS)
def test_a_split_row_s_rules_lie_alike_in_both_pdfs(printed, name):
    """A split row's closing rule at a page's foot was 0.25 pt lower in the WeasyPrint PDF (half of it under the text
    block), its rest on the next page 0.25 pt shorter in the Typst PDF, and every rule under it with it."""
    weasyprint, typst = printed[name, "weasyprint"], printed[name, "typst"]
    assert len(weasyprint) == len(typst)
    for (_, ours), (_, theirs) in zip(weasyprint, typst):
        assert len(ours) == len(theirs) and max(abs(a - b) for a, b in zip(ours, theirs)) < 0.1, (ours, theirs)
