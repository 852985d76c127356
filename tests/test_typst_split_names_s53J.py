"""A work plan's task whose 工作任务 spans its sub-items, the first of them a row taller than half a page that begins
near a page's foot: the name runs over the foot, and both PDFs hold as many of its lines there (session 53, helper J).

The name (rowspan over the sub-items, shorter than a quarter of a page: not ``Geometry.tall_cells``) kept its inset
above and below on each page in the Typst PDF; the WeasyPrint PDF slices a cell's padding at a break, so its piece
at the foot held a line more there, and both pages printed different text. The plan is written for this test.
"""
from __future__ import annotations

import io
from collections import Counter

import pdfplumber
import pytest

from reportkit.testing import render
from test_pages_split_names_s53A import MEASURE

#: 102 characters: 21 lines in the 工作任务 column, over the task's two sub-items.
NAME = ("推进生态环境信息公开，将环境质量、污染源监管、建设项目审批和突发事件处置等信息按月梳理，在门户网站专栏和政务新媒体同步发布，"
        "对群众关注度高的事项配发图解和问答，并在发布后十个工作日内收集反馈意见、逐条答复")

#: 17 one-line tasks leave room for 10 lines of the name at a page's foot (for 9 in the Typst PDF before).
PLAN = {"kind": "work-plan", "year": 2024, "agency": "某自治州某某县自然资源和规划局（某某县林业和草原局）",
        "requirements": ["各股室分工负责。"],
        "tasks": [*({"task": f"第{k}项", "content": ["按月核对。"], "lead": "办公室"} for k in range(1, 18)),
                  {"task": NAME, "items": [{"task": "空气质量信息", "content": [MEASURE * 8], "lead": "监测站"},
                                           {"task": "水环境信息", "content": ["按月公布水质监测结果。"], "lead": "水务股"}]}],
        "safeguards": ["办公室按季度汇总落实情况。"], "task_table": {"place": "attachment"}, "date": "2024-03-01"}


@pytest.fixture(scope="module")
def printed() -> dict[str, list[tuple[list[str], Counter]]]:
    """Each PDF's pages: the lines of the 工作任务 column, and the page's characters."""
    out = {}
    for engine in ("weasyprint", "typst"):
        with pdfplumber.open(io.BytesIO(render(PLAN, formats=("pdf",), engine=engine).pdf)) as doc:
            out[engine] = [([w["text"] for w in page.extract_words() if 100 < w["x0"] < 120],
                            Counter(c["text"] for c in page.chars if c["text"].strip())) for page in doc.pages]
    return out


def test_a_name_over_sub_items_holds_as_many_lines_at_a_page_s_foot_in_both_pdfs(printed):
    weasyprint, typst = printed["weasyprint"], printed["typst"]
    # the case is what it says: a page ends inside the name, its tenth line (在门户网站) the last there
    foot = next(n for n, (names, _) in enumerate(weasyprint) if "推进生态环" in names)
    assert weasyprint[foot][0][-3:] == ["按月梳理，", "在门户网站", str(foot + 1)]
    assert len(typst) == len(weasyprint)
    assert [n + 1 for n, ((_, a), (_, b)) in enumerate(zip(weasyprint, typst)) if a != b] == []
