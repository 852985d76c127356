"""The printed pages of work plans and work summaries with lengths other than the examples' (the plansweep inputs:
long titles, many parts, long task tables, wrapping signatures), measured on both PDFs and on the DOCX."""
from __future__ import annotations

import dataclasses
import io

import pytest
from docx import Document as WordDocument
from docx.oxml.ns import qn

import layout_measure as lm
from reportkit.blocks import Paragraph
from reportkit.pipeline import choose_layout, render
from reportkit.testing import load
from reportkit.testing import render as render_data

#: One line exactly: 26 characters after the first line's two-character indent.
FILLER = "各科室按照分工抓好落实并定期报送进展确保任务按期完成"
MEASURES = ("门户网站栏目实行专人维护，内容更新后由分管负责人复核，发现错漏当日更正。对照年度目录核查栏目，"
            "空白栏目限期补齐，长期不更新的栏目予以归并。热线转办件在两个工作日内签收，五个工作日内答复。")
PLAN = {
    "kind": "work-plan", "year": 2024, "agency": "某某区数据资源局",
    "requirements": ["全局政务公开工作以便民为先，突出办事指南和政策解读。"],
    "tasks": [{"task": "完善公开目录", "content": [MEASURES], "lead": "办公室", "support": ["信息中心"]},
              {"task": "规范依申请公开", "content": [MEASURES], "lead": "法规科"}],
    "safeguards": ["局办公室负责统筹，年底前总结上报。"],
}
UNITS = "责任科室（单位）：办公室、信息中心"


@pytest.fixture(scope="module")
def plan():
    return render_data(PLAN, formats=("docx",))


#: The pages of each step of the sweep below, by (format, filler lines): the WeasyPrint PDF's are the Typst case's
#: reference, so each is rendered and read once in the module whichever case comes first.
_SWEPT: dict = {}


def _swept(plan, plugins, layout, fmt: str, k: int):
    """The plan with ``k`` filler lines before its first part, and its ``fmt`` PDF's pages (read once, cached)."""
    title, *rest = plan.document.blocks
    document = dataclasses.replace(plan.document, blocks=[title, *[Paragraph(FILLER)] * k, *rest])
    if (fmt, k) not in _SWEPT:
        _SWEPT[fmt, k] = lm.measure(render(document, layout, fmt, plugins.registry).data, layout.geometry)
    return document, _SWEPT[fmt, k]


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_task_s_units_line_never_begins_a_page_without_its_measures(plan, fmt):
    """A task's 责任科室（单位） line began a page alone, its measures at the foot of the page before (all three outputs).
    Moved down one line at a time over a whole page, it now always has the measures' last two lines above it on its
    page, and the lines after it stay on the grid: each page's lines sit where the WeasyPrint PDF sets them (the
    WeasyPrint pages of the ``pdf`` case, shared through ``_swept``)."""
    plugins = load()
    layout = choose_layout(plan.validated, plugins.registry)
    g = layout.geometry
    for k in range(g.lines_per_page):
        document, pages = _swept(plan, plugins, layout, fmt, k)
        segments = lm.paragraphs(pages, document, g)
        at = next(i for i, s in enumerate(segments) if s.text == UNITS)
        units_page = segments[at].lines[0][0].number
        above = [p.number for p, _ in segments[at - 1].lines[-2:]]
        assert above == [units_page, units_page], (k, above, units_page)
        if fmt == "pdf-typst":
            reference = _swept(plan, plugins, layout, "pdf", k)[1]
            assert [[round(line.baseline) for line in p.lines] for p in pages] == \
                   [[round(line.baseline) for line in p.lines] for p in reference], k


def test_a_task_s_measures_keep_with_its_units_line_in_the_docx(plan):
    """The DOCX's last paragraph of a task's measures keeps with the 责任科室（单位） line (Word's widow control then
    carries two of its lines along); it did not, and the line began a page alone."""
    paragraphs = WordDocument(io.BytesIO(plan.docx)).paragraphs
    at = next(i for i, p in enumerate(paragraphs) if p.text == UNITS)
    measures = paragraphs[at - 1]
    assert measures.text == MEASURES
    assert measures._p.pPr.find(qn("w:keepNext")) is not None


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_task_row_split_at_a_page_s_foot_is_closed_by_a_rule(fmt):
    """A row that may be taller than half a page splits across pages (``Geometry.whole_rows``). The WeasyPrint PDF left
    the table open at the foot, without a rule under the row's first part: the text hung below the table's last
    rule. On every page the table's lowest rule is under its lowest character (as in the Typst PDF)."""
    import pdfplumber

    tall = {"task": "统一公开标准", "content": [MEASURES * 11, MEASURES * 10], "lead": "办公室"}
    data = {**PLAN, "tasks": [*PLAN["tasks"], tall], "task_table": {"place": "attachment"}}
    pdf = render_data(data, formats=("pdf",), engine="weasyprint" if fmt == "pdf" else "typst").pdf
    checked = 0
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            cells = [c for c in page.chars if c["size"] < 12 and c["text"].strip()]
            if not cells:
                continue
            rules = [e["top"] for e in page.edges if e["orientation"] == "h"]
            assert max(c["bottom"] for c in cells) < max(rules), page.page_number
            checked += 1
    assert checked >= 3  # the table runs over three pages at least: the row splits
