"""The DOCX's tables keep their outer rules inside the text block (GB/T 9704: nothing printed outside the 版心), as both
PDFs do: Word and LibreOffice draw a table's rules on its cells' edges, so a table whose cells filled the block printed
half a rule (0.25 pt) past its left and right edges."""
from __future__ import annotations

import io

import pdfplumber
import pytest
from docx import Document as WordDocument
from docx.oxml.ns import qn

import layout_measure as lm
from docx_pages import SOFFICE, docx_to_pdf
from reportkit.layout import TABLE_RULE_PT, Geometry
from reportkit.plugins import load_plugins
from reportkit.testing import render

G = Geometry()
MM = 72 / 25.4
TWIP = 20  # per point


def _report() -> dict:
    """A one-page 2008 report whose section holds a table of our own under a lead-in paragraph."""
    rows = [[str(i), f"第{i}类公开事项的办理情况", "办公室", f"{i * 3}"] for i in range(1, 9)]
    return {"kind": "annual-report", "year": 2008, "agency": "某县档案局", "title": "某县档案局2008年信息公开年报",
            "sections": {"overview": {"content": [
                "本局全年主动公开的各类信息按事项列表如下，各项均已在门户网站专栏发布。",
                {"columns": ["序号", "事项", "承办科室", "条数"], "rows": rows}]}},
            "date": "2009-03-31"}


@pytest.fixture(scope="module")
def made():
    return render(_report(), formats=("docx",)).docx


def test_a_table_s_columns_share_out_the_block_less_one_rule(made):
    """What both PDFs share out (``Geometry.table_width_pt``): the cells and half a rule each side fill the block."""
    (table,) = WordDocument(io.BytesIO(made)).tables
    columns = sum(int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.gridCol_lst) / TWIP
    assert abs(columns - G.table_width_pt) < 0.1
    assert abs(columns + TABLE_RULE_PT - G.block_width_pt) < 0.1


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_prints_the_table_s_rules_inside_the_block(made, tmp_path):
    (tmp_path / "table.docx").write_bytes(made)
    pdf = docx_to_pdf(tmp_path / "table.docx", load_plugins().registry.fonts, tmp_path / "lo").read_bytes()
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        (page,) = doc.pages
        rules = page.lines + page.rects
        left, right = min(r["x0"] for r in rules), max(r["x1"] for r in rules)
    assert left >= G.margin_left_mm * MM - 0.1
    assert right <= (G.page_width_mm - G.margin_right_mm) * MM + 0.1
    assert lm.inked_right_of_the_text_block(pdf) == []
