"""A report made in WPS or Word and exported by LibreOffice: table 三's label column two characters wide, a row free to
break over a page, and a label wrapped over the break (“7.属” at the page's foot, “于行政执法案卷” on the next)."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from _import_helpers import SOFFICE, libreoffice_pdf
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from reportkit.importers import pdf
from reportkit.importers.source import Grid

LABELS = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
          "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]


def _exported(folder: Path, blank_lines: int) -> Path:
    """A DOCX with ``blank_lines`` empty paragraphs above a ruled table of the eight 不予公开 rows, zeros left blank,
    its labels' column two characters wide, exported to PDF by LibreOffice in FandolFang."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "FandolFang", Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "FandolFang")
    for _ in range(blank_lines):
        document.add_paragraph("")
    document.add_paragraph("各类不予公开的申请见下表。")
    table = document.add_table(rows=1 + len(LABELS), cols=4)
    table.style, table.autofit = "Table Grid", False
    for j, name in enumerate(["情形", "自然人", "商业企业", "总计"]):
        table.cell(0, j).text = name
    for i, label in enumerate(LABELS, 1):
        table.cell(i, 0).text = label
    for j, column in enumerate(table.columns):
        column.width = Pt(38 if j == 0 else 60)
        for cell in column.cells:
            cell.width = column.width
    document.save(folder / "report.docx")
    return libreoffice_pdf(folder / "report.docx")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_a_label_wrapped_over_a_page_break_in_a_blank_row_is_one_row(tmp_path):
    """The row of 7.属于行政执法案卷, its figures blank, breaks over the page inside its label. Its two halves read as
    two rows, “7.属” and “于行政执法案卷”, neither a row of table 三 (two findings, six placeholders). The label
    without a number of its own now goes on the numbered label above it: one row, the rows about it as printed."""
    exported = _exported(tmp_path, 6)
    with pdfplumber.open(exported) as document:
        pages = [page.extract_text().replace(" ", "").replace("\n", "") for page in document.pages]
    assert len(pages) == 2 and "7.属" in pages[0] and "7.属于行" not in pages[0] and "案卷" in pages[1]
    grids = [item for item in pdf.read(exported).items if isinstance(item, Grid)]
    assert len(grids) == 1
    assert [row[0] for row in grids[0].rows] == ["情形", *LABELS]
    assert all(row[1:] == ["", "", ""] for row in grids[0].rows[1:])
