"""The 署名 never alone on the printed page (GB/T 9704): a 2008 report ending with its own table whose last row is taller
than a page, the row's text scanned in length so that the row ends at a page's foot. Both PDFs printed the 署名 alone on
the last page (the Typst PDF under the table's repeated head); the row's last lines now go with it. LibreOffice lays
the DOCX out with more of the row on the 署名's page: the same checks hold for it."""
from __future__ import annotations

import functools
import re
import tempfile
from pathlib import Path

import pytest

import layout_measure as lm
from docx_pages import SOFFICE, docx_to_pdfs
from reportkit.blocks import Cell, Document, Signature, Table
from reportkit.plugins import load_plugins
from reportkit.testing import render

#: A sentence of a section's work, repeated to fill the table's cells.
WORK = "各科室逐月核对应当公开的事项和公开的时限，发现遗漏的当即补正，并把补正的情况登记备查，"
ENGINES = ("weasyprint", "typst")
#: Both PDFs and the DOCX as LibreOffice lays it out.
OUTPUTS = (*ENGINES, "docx")


def _report(last: int, attached: bool = False) -> dict:
    """A 2008 report ending with a table of three sections' work, the first two rows' cell 700 characters long, the last
    row's ``last`` (over 1,800: taller than a page), then the 署名 (with ``attached``, the 附件说明 and the 署名)."""
    rows = [[k + 1, f"第{k + 1}科室", (WORK * 200)[:700 if k < 2 else last] + "。"] for k in range(3)]
    table = {"columns": ["序号", "科室", "工作情况"], "widths": [1, 2, 8], "rows": rows}
    return {"kind": "annual-report", "year": 2008, "agency": "某市环境保护局",
            "title": "某市环境保护局2008年政府信息公开工作报告",
            "preamble": ["本局按照条例要求开展政府信息公开工作，现将本年度情况报告如下。"],
            "sections": {"overview": {"content": ["各科室的工作情况见下表。", table]}}, "date": "2009-03-20",
            "attachments": [{"title": "某市环境保护局2008年政府信息公开目录", "content": ["目录另行印发。"]}] if attached else []}


def _cell_text(pages: list[lm.Page]) -> str:
    """The work cells' text as printed, row by row and page by page (the numbers and the sections' names taken out)."""
    return re.sub(r"第\d科室|\d", "", "".join(row.text for page in pages for row in page.rows if not row.head))


#: What each engine's pages read as, over the module: a page met before is read only once.
_PAGES: dict = {}


@functools.cache
def _libreoffice() -> dict[tuple[int, bool], tuple[bytes, Document]]:
    """Per (last row's length, attached) of ``DOCX_CASES``: LibreOffice's PDF of the report's DOCX (all laid out in one
    run, which starts once) and the report's document."""
    if SOFFICE is None:
        pytest.skip("needs LibreOffice")
    results = {case: render(_report(*case), formats=("docx",)) for case in DOCX_CASES}
    with tempfile.TemporaryDirectory() as tmp:
        files = [Path(tmp) / f"r{last}{'a' if attached else ''}.docx" for last, attached in results]
        for file, result in zip(files, results.values()):
            file.write_bytes(result.docx)
        pdfs = docx_to_pdfs(files, load_plugins().registry.fonts, Path(tmp) / "lo")
        return {case: (pdf.read_bytes(), result.document) for (case, result), pdf in zip(results.items(), pdfs)}


@functools.cache
def _check(last: int, engine: str, attached: bool = False) -> tuple[list[lm.Page], int]:
    """The pages of the report rendered by ``engine`` (or of its DOCX as LibreOffice lays it out), checked; and how many
    lines of the last row the 署名's page holds. Each report is rendered and checked once in the module (the sweep
    shares the lengths of the tests above it)."""
    data = _report(last, attached)
    if engine == "docx":
        pdf, document = _libreoffice()[last, attached]
    else:
        result = render(data, engine=engine, formats=("pdf",))
        pdf, document = result.pdf, result.document
    pages = lm.measure(pdf, cache=_PAGES)
    assert lm.signature_alone(pages, document) == [], (last, engine)
    assert lm.stranded(pages, document) == [], (last, engine)
    assert lm.overflow(pages) == [], (last, engine)
    assert _cell_text(pages) == "".join(row[2] for row in data["sections"]["overview"]["content"][1]["rows"])
    signed = next(page for page in pages if any(re.sub(r"\s", "", line.text) == "2009年3月20日" for line in page.lines))
    assert re.sub(r"\s", "", signed.lines[-1].text) == "2009年3月20日"
    carried = [line for line in signed.lines if line.size < lm.TABLE_TYPE_PT
               and not any(row.head and row.top < line.baseline < row.bottom for row in signed.rows)]
    return pages, len(carried)


#: Lengths of the last row that end it at page 3's foot, the 署名 not fitting under it.
AT_THE_FOOT = (2025, 2100)


@pytest.mark.parametrize("last", AT_THE_FOOT)
def test_the_weasyprint_pdf_carries_the_last_row_s_last_two_lines_with_the_signature(last):
    """WeasyPrint breaks a table only between rows: the row began on the page before, and the 署名
    (``break-before: avoid``) began page 4 alone. The row now breaks above its last two lines (its widows), which
    go with the 署名, under the repeated head."""
    pages, carried = _check(last, "weasyprint")
    assert len(pages) == 4 and carried == 2


@pytest.mark.parametrize("last", AT_THE_FOOT)
def test_the_typst_pdf_carries_the_last_row_s_last_line_with_the_signature(last):
    """The Typst PDF set the 署名 alone under the table's repeated head on page 4. The row's last line now goes with it
    (the cell carries the 署名's height under that line)."""
    pages, carried = _check(last, "typst")
    assert len(pages) == 4 and carried >= 1


#: Lengths of the last row from one page and a half to three pages, one on each side of every change of what the
#: 署名's page holds: (pages, lines of the row with the 署名, "two" or "more"). Measured in both PDFs over
#: range(1900, 3600, 41), steps of about a line, the cases ran 1900-1941 (3, more), 1982-2187 (4, two), 2228-3294
#: (4, more: 3 to 39 lines, one or two more a step), 3335-3540 (5, two), 3581 (5, more); the lengths inside a run
#: repeat its case. AT_THE_FOOT lies inside the (4, two) run.
SWEEP = (1900, 1941, 1982, *AT_THE_FOOT, 2187, 2228, 3294, 3335, 3540, 3581)
#: The lengths of the last row with a 附件说明 under the table.
ATTACHED = (1950, 2100)
DOCX_CASES = (*((last, False) for last in SWEEP), *((last, True) for last in ATTACHED))


@pytest.mark.slow
@pytest.mark.parametrize("engine", OUTPUTS)
def test_no_length_of_the_last_row_leaves_the_signature_alone(engine):
    """Lengths of the last row from one page and a half to three pages, each case of the 署名's page and its neighbours:
    no page holds the 署名 alone, none begins with it, every character of the table is printed once. (LibreOffice
    carried 19 to 30 lines of the row to the 署名's page: its cases are not the PDFs'.)"""
    cases = set()
    for last in SWEEP:
        pages, carried = _check(last, engine)
        cases.add((len(pages), "two" if carried == 2 else "more"))
    if engine != "docx":
        assert cases == {(3, "more"), (4, "two"), (4, "more"), (5, "two"), (5, "more")}, cases  # the sweep lost no case


@pytest.mark.parametrize("last", ATTACHED)
@pytest.mark.parametrize("engine", OUTPUTS)
def test_the_attachment_note_under_the_table_goes_with_the_last_row_s_lines(engine, last):
    """With a 附件说明 between the table and the 署名: the WeasyPrint PDF printed the 附件说明 under the table and the 署名
    alone on page 4 (1950), or began page 4 with the 附件说明 (2100); the Typst PDF both under the repeated head alone.
    The row's last lines go with them now (in LibreOffice's layout of the DOCX, more of them)."""
    pages, carried = _check(last, engine, attached=True)
    assert carried == 2 if engine != "docx" else carried > 2


def _line(text: str, row: int, size: float = 16) -> lm.Line:
    top = 105 + row * 28.9
    return lm.Line(text, 79.4, 521.6, top, top + size, top + size, size)


def test_a_page_of_the_signature_under_a_repeated_head_holds_it_alone():
    """The measurement: a page of the 署名 and the table's repeated head only holds it alone; one line of the row's
    text with them is enough."""
    table = Table([[Cell("序号", header=True), Cell("科室", header=True), Cell("工作情况", header=True)],
                   [Cell("1"), Cell("第1科室"), Cell(WORK)]], [1, 2, 8])
    document = Document("标题", "作者", [table, Signature(["某市环境保护局"], "2009年3月20日")])
    head = _line("序号科室工作情况", 0, size=10.5)
    signature = [_line("某市环境保护局", 2), _line("2009年3月20日", 3)]
    rows = [lm.Row(head.top - 2, head.bottom + 2, head.text, True)]
    alone = [lm.Page(1, [head, *signature], (79.4, 104.9, 521.6, 745.5), None, rows)]
    assert lm.signature_alone(alone, document) == ["p1: the signature alone: 2009年3月20日"]
    cell = _line(WORK[:20], 0.8, size=10.5)
    rows.append(lm.Row(head.bottom + 2, cell.bottom + 2, cell.text, False))
    alone[0].lines.insert(1, cell)
    assert lm.signature_alone(alone, document) == []
