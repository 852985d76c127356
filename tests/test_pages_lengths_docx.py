"""Printed pages at other text lengths: variants of the examples measured in the PDFs and in the DOCX as
LibreOffice lays it out (tests/docx_pages.py)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from docx import Document as WordDocument
from docx.oxml.ns import qn
from lxml import etree

import layout_measure as lm
from docx_pages import SOFFICE, docx_to_pdf, page_lines
from reportkit.blocks import Attachment, Cell, Table
from reportkit.layout import Geometry
from reportkit.plugins import load_plugins
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")

SENTENCES = ["全年更新栏目36次，处理网民留言128条，办结率达到百分之百。",
             "本单位按季度更新公开目录，逐项核对栏目内容，确保信息准确完整。",
             "下一步将继续完善制度（含《公开指南》），做好解读回应工作。"]
#: A task whose measures (about 1,300 characters) are longer than a page: its row of the task table in the attachment
#: is taller than a page and splits (``Geometry.whole_rows``).
LONG_TASK = {"task": "做好权责清单调整和公开工作", "content": ["".join(SENTENCES * 14)], "lead": "法规科"}
SHORT_TASKS = [{"task": f"深入推进第{n}类信息公开", "content": ["按规定时限全部公开，并附说明。"], "lead": "财务科"}
               for n in range(1, 4)]


def plan(tasks: list[dict]) -> dict:
    return {"kind": "work-plan", "year": 2024, "agency": "某某区政务服务和数据管理局",
            "requirements": ["全局政务公开工作以便民为先，突出办事指南和政策解读。"], "tasks": tasks,
            "safeguards": ["局办公室负责统筹，年底前总结上报。"], "task_table": {"place": "attachment"},
            "date": "2024-02-20"}


def putian_with_a_long_task() -> dict:
    """The example work plan, its first task's measures :data:`LONG_TASK`'s."""
    data = yaml.safe_load((ROOT / "examples" / "putian-2018-work-plan.yaml").read_text(encoding="utf-8"))
    data["tasks"][0]["content"] = LONG_TASK["content"]
    return data


def docx_pages(data: dict, folder) -> tuple[list[list[str]], str]:
    """The DOCX's pages as LibreOffice lays them out, and the attachment's label."""
    result = render(data, formats=("docx",))
    (folder / "plan.docx").write_bytes(result.docx)
    pages = page_lines(docx_to_pdf(folder / "plan.docx", load_plugins().registry.fonts, folder))
    return pages, next(b for b in result.document.blocks if isinstance(b, Attachment)).label


@pytest.mark.slow
@needs_soffice
@pytest.mark.parametrize("data", [putian_with_a_long_task(), plan([LONG_TASK, SHORT_TASKS[0]])],
                         ids=["first", "last_but_one"])
def test_a_task_table_row_taller_than_a_page_starts_under_the_attachment_title_in_the_docx(tmp_path, data):
    """LibreOffice moved a task table whose first row is taller than a page to the next page, and “附件” and the title
    stood alone on theirs, where both PDFs split the row under the title. The title kept with what follows (its style's
    与下段同页), which LibreOffice read as keeping it with the table: it heads a new page anyway and no longer does. A
    table of two rows kept its tall first (its last but one) with its last, the same to LibreOffice: a row that may
    be a quarter of a page tall no longer keeps with the last (``Geometry.kept_rows``)."""
    pages, label = docx_pages(data, tmp_path)
    title_page = next(p for p in pages if p and lm._plain(p[0]) == label)
    assert len(title_page) > 10, title_page
    assert "做好权责" in "".join(title_page), title_page


def test_a_tall_last_but_one_row_does_not_keep_with_the_last():
    g = Geometry()
    table = Table(rows=[[Cell("序号", header=True), Cell("具体措施", header=True)],
                        *[[Cell(str(n)), Cell(text)] for n, text in enumerate(["短", "短", "措" * 900, "短"], 1)]],
                  widths=[1, 6])
    assert g.kept_rows(table) == [True, True, False, False, False]


@pytest.mark.slow
@needs_soffice
def test_a_task_s_measures_longer_than_a_page_begin_under_its_heading_in_the_docx(tmp_path):
    """The measures keep with the 责任科室（单位） line after them (Word carries their last line along); LibreOffice, which
    splits a kept paragraph only at a page's top, moved measures longer than a page to a new page and left “二、主要任务”
    and the task's heading alone at the foot of a page of four lines. Such measures are not kept: both split them
    under the heading."""
    pages, _ = docx_pages(plan([LONG_TASK, *SHORT_TASKS]), tmp_path)
    heading = "（一）" + LONG_TASK["task"]
    page = next(p for p in pages if heading in p)
    assert page[-1] != heading and page[page.index(heading) + 1].startswith(SENTENCES[0][:10]), page
    assert len(pages[0]) >= 20, pages[0]


REDHEAD = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
#: The order of a w:pPr's children in the schema (ECMA-376 CT_PPrBase), the ones reportkit writes.
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "pBdr", "tabs", "autoSpaceDE", "autoSpaceDN",
             "spacing", "ind", "contextualSpacing", "jc", "rPr"]


def test_the_attachment_label_and_the_document_number_are_unspaced_in_the_docx_as_in_both_pdfs():
    """Both PDFs print “附件1” and “〔2024〕3号” with no space between the Chinese and the digit; the DOCX let Word put
    its quarter em there (autoSpaceDN, on for the body), “附件 1” and “3 号”. It switches it off for these two, in the
    w:pPr's schema order (LibreOffice puts the space whatever the switch says)."""
    data = yaml.safe_load(REDHEAD.read_text(encoding="utf-8"))
    data["attachments"] = [{"title": title, "content": ["本表所列数字均截至2023年12月31日。"]}
                           for title in ("统计数据说明", "栏目设置清单")]
    word = WordDocument(io.BytesIO(render(data, formats=("docx",), file=str(REDHEAD)).docx))
    expected = {"AttachmentLabel": ["附件1", "附件2"], "DocNumber": ["某自然资发〔2024〕3号"]}
    found: dict = {}
    for p in word.paragraphs:
        ppr = p._p.pPr
        tags = [etree.QName(child).localname for child in ppr] if ppr is not None else []
        assert tags == sorted(tags, key=lambda t: PPR_ORDER.index(t) if t in PPR_ORDER else -1), (p.text, tags)
        style = ppr.find(qn("w:pStyle")).get(qn("w:val")) if ppr is not None else None
        if style in expected:
            switches = [ppr.find(qn(f"w:{name}")) for name in ("autoSpaceDE", "autoSpaceDN")]
            found.setdefault(style, []).append((p.text, [None if s is None else s.get(qn("w:val")) for s in switches]))
    assert found == {style: [(text, ["0", "0"]) for text in texts] for style, texts in expected.items()}


@pytest.mark.slow
@needs_soffice
def test_a_table_s_lead_in_longer_than_a_page_begins_under_its_heading_in_the_docx(tmp_path):
    """A paragraph leading in to a table keeps with it; LibreOffice moved one longer than a page to a new page and left
    the section's heading alone on the page before, under three lines. It is not kept: it begins under its heading."""
    data = yaml.safe_load((ROOT / "examples" / "nanning-2008.yaml").read_text(encoding="utf-8"))
    own = data["sections"]["own"][0]
    own["content"][:0] = ["".join(SENTENCES * 13), {"columns": ["类别", "条数"], "rows": [["机构职能", "12"]]}]
    (tmp_path / "report.docx").write_bytes(render(data, formats=("docx",)).docx)
    pages = page_lines(docx_to_pdf(tmp_path / "report.docx", load_plugins().registry.fonts, tmp_path))
    page = next(p for p in pages if any(line.endswith(own["title"]) for line in p))
    at = next(i for i, line in enumerate(page) if line.endswith(own["title"]))
    assert at + 1 < len(page) and page[at + 1].startswith(SENTENCES[0][:10]), page
