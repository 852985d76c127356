"""Printed pages of work plans with task tables of tall rows (plans and summaries at many text
lengths, in the DOCX, the WeasyPrint PDF and the Typst PDF)."""
from __future__ import annotations

import io

import pytest
from docx import Document as WordDocument
from docx.oxml.ns import qn

import layout_measure as lm
from reportkit.blocks import Attachment, Cell, Table
from reportkit.layout import Geometry
from reportkit.testing import render

MEASURE = ("栏目内容由专人维护，每次更新后由分管负责人复核，发现错漏当日更正并登记在册。对照年度目录逐项核查，"
           "空白栏目限期补齐，长期无人更新的栏目归并或关停。热线转来的件两个工作日内签收，五个工作日内答复，"
           "答复文书统一格式、留存底稿。涉及群众切身利益的事项，出台前公开征求意见，采纳情况随文件一并公布。"
           "办事指南逐项核对申请材料和办理流程，网上办理情况按季度统计通报，年底前组织一次全面自查并建立整改台账。"
           "自查发现的问题逐条列明整改措施、责任人和完成时限，整改情况纳入年度绩效考核，考核结果在全局通报，"
           "对整改不力的科室约谈其负责人。")
#: Tasks of the task table: each row (a 60-character name, about 280 characters of measures) a third of a page or
#: so, two of them together taller than the page under the 附件's label and title.
TASKS = [{"task": f"第{n}项：" + "健全政务公开工作机制，规范信息发布、政策解读和回应关切的流程，明确各环节的责任科室、办理时限和督办方式",
          "content": [MEASURE], "lead": "办公室", "support": ["信息中心"]} for n in range(1, 5)]
PLAN = {
    "kind": "work-plan", "year": 2024, "agency": "某某区政务服务和数据管理局",
    "requirements": ["全局政务公开工作以便民为先，突出办事指南和政策解读。"],
    "tasks": TASKS,
    "safeguards": ["局办公室负责统筹，年底前总结上报。"],
    "task_table": {"place": "attachment"},
    "date": "2024-02-20",
}


@pytest.fixture(scope="module")
def plan():
    return render(PLAN, formats=("docx",))


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_task_table_of_tall_rows_begins_under_its_attachment_title(plan, engine):
    """The task table's first row kept with its second (``Geometry.kept_rows``), and the two were taller than the page
    under the 附件's label and title: the table moved to the next page and the label and title stood alone on theirs
    (both PDFs and the DOCX). A row a quarter of a page tall may stand alone at a page's foot: the title's page holds
    the table's head and first row, and no page breaks a keep rule."""
    pdf = render(PLAN, formats=("pdf",), engine=engine).pdf
    pages = lm.measure(pdf)
    attachment = next(b for b in plan.document.blocks if isinstance(b, Attachment))
    title_page = next(p for p in pages if p.lines and lm._plain(p.lines[0].text) == attachment.label)
    assert [row.head for row in title_page.rows][:2] == [True, False], [row.text[:12] for row in title_page.rows]
    assert "第1项" in lm._plain(title_page.rows[1].text)
    assert lm.stranded(pages, plan.document) == []
    assert lm.overflow(pages) == []


def test_the_docx_task_table_s_tall_first_row_does_not_keep_with_the_next(plan):
    """The DOCX writes the same rule: the first body row of tall rows has no 与下段同页 (it had, and LibreOffice moved
    the table off the 附件's title page as the PDFs did); every row but the last still keeps together with itself."""
    word = WordDocument(io.BytesIO(plan.docx))
    table = word.tables[-1]
    first = table.rows[1]
    assert first.cells[1].text.startswith("第1项")
    assert all(p._p.pPr is None or p._p.pPr.find(qn("w:keepNext")) is None
               for cell in first.cells for p in cell.paragraphs)


def _table(texts: list[str]) -> Table:
    head = [Cell("序号", header=True), Cell("具体措施", header=True)]
    return Table(rows=[head, *[[Cell(str(n)), Cell(text)] for n, text in enumerate(texts, 1)]], widths=[1, 6])


def test_short_rows_still_keep_the_table_s_first_and_last_two_together():
    """Rows of a line or a few keep as before: the head with the first row, the first with the second, the last but
    one with the last; a tall first or last row (over a quarter of a page by the over-estimate) is let alone."""
    g = Geometry()
    assert g.kept_rows(_table(["短"] * 5)) == [True, True, False, False, True, False]
    room = g.cell_room([1, 6], 1) - 2  # characters a line of the over-estimate holds
    tall = "措" * int(room * (g.block_height_mm * 72 / 25.4 / 4 / g.table_line_pt + 1))
    assert g.kept_rows(_table([tall, "短", "短", "短", tall])) == [True, False, False, False, False, False]
