"""The printed page across page breaks: a 署名 after a table whose last row may split (the Typst PDF), a 署名 after
a table in the DOCX as LibreOffice lays it out, and the layout measurement (tests/layout_measure.py) on paragraph breaks
at a line's end and on a page of a table's head alone."""
from __future__ import annotations

import re

import pytest

import layout_measure as lm
from docx_pages import SOFFICE, docx_to_pdf
from reportkit.blocks import Cell, Document, Paragraph, Signature, Table
from reportkit.layout import Geometry
from reportkit.plugins import load_plugins
from reportkit.testing import render
from test_pages_head_cells_units import BLOCK, _staff_report

G = Geometry()
#: A sentence of a section's work, repeated to make a table's cells tall.
WORK = "本科室按照年度计划逐月梳理应当公开的事项，核对依据、内容、时限和经办人员，发现遗漏的当即补充公开并登记在册，"


def _sections_report(last: int) -> dict:
    """A 2008 report ending with its own table of three sections' work, each row's cell 700 characters long (taller
    than half a page: a row that may split, ``Geometry.whole_rows``), the last row's ``last``, then the 署名."""
    rows = [[k + 1, f"第{k + 1}科室", (WORK * 30)[:700 if k < 2 else last] + "。"] for k in range(3)]
    table = {"columns": ["序号", "科室", "工作情况"], "widths": [1, 2, 8], "rows": rows}
    return {"kind": "annual-report", "year": 2008, "agency": "某市环境保护局",
            "title": "某市环境保护局2008年政府信息公开工作报告",
            "preamble": ["本局按照条例要求开展政府信息公开工作，现将本年度情况报告如下。"],
            "sections": {"overview": {"content": ["各科室的工作情况见下表。", table]}}, "date": "2009-03-20"}


def _lines(pdf: bytes) -> list[list[str]]:
    return [[re.sub(r"\s", "", line.text) for line in page.lines] for page in lm.measure(pdf)]


@pytest.mark.parametrize("last", [660, 735, 800, 850])
def test_a_signature_after_a_last_row_that_may_split_keeps_it_in_the_typst_pdf(last):
    """The 署名 is set in the Typst table's last row, which the last run of rows keeps; but a run that may split may
    split right above it: where the last row (660–800 characters) fitted on page 2 and the 署名 did not, the Typst
    PDF printed page 3 with the repeated head and the 署名 alone. The WeasyPrint PDF moves such a row to the next page
    with the 署名; so does the Typst PDF now. A last row that does not fit where it begins (850) splits in both, its
    last two lines with the 署名, as before. Both PDFs print every page in the same lines."""
    weasy, typst = (render(_sections_report(last), engine=engine, formats=("pdf",)) for engine in ("weasyprint", "typst"))
    pages = lm.measure(typst.pdf)
    assert lm.stranded(pages, typst.document) == []
    assert _lines(typst.pdf) == _lines(weasy.pdf)
    signed = pages[-1]
    assert signed.lines[-1].text.replace(" ", "") == "2009年3月20日"
    assert [row for row in signed.rows if not row.head]  # the last row's text, on the 署名's page


def _line(text: str, row: int, indent: float = 0, size: float = G.body_size_pt) -> lm.Line:
    top = BLOCK[1] + row * G.line_pitch_pt
    x0 = BLOCK[0] + indent * size
    return lm.Line(text, x0, BLOCK[2], top, top + size, top + size, size)


def _page(lines: list[lm.Line], rows: list[lm.Row] = (), number: int = 1) -> lm.Page:
    return lm.Page(number, lines, BLOCK, None, list(rows))


#: A paragraph that fills one line exactly (26 characters after its indent of two), and the next.
FULL = "本局依照条例开展政府信息公开工作，各项任务均已完成。"
NEXT = "全年主动公开信息一百二十条，受理申请三件。"


def test_paragraphs_that_part_at_a_line_s_end_are_told_apart_by_their_indent():
    """Two paragraphs whose first fills its line to the right edge read the same, printed as two or as one: the
    measurement took a page that ran the second into the first for two paragraphs. Each paragraph's first line is
    indented two characters and its other lines not (``paragraph_breaks``), so a page that runs them together, or
    breaks a paragraph where the data does not, is told."""
    assert len(FULL) == G.chars_per_line - 2
    document = Document("标题", "作者", [Paragraph(FULL), Paragraph(NEXT * 2)])
    second = [_line(NEXT + NEXT[:7], 2, indent=2), _line(NEXT[7:], 3)]
    apart = [_page([_line(FULL, 1, indent=2), *second])]
    assert lm.paragraph_breaks(apart, document) == []
    run_on = [_page([_line(FULL, 1, indent=2), _line(NEXT + NEXT[:9], 2), _line(NEXT[9:], 3)])]
    assert lm.paragraph_breaks(run_on, document) == ["p1: runs on from the paragraph before (0.0 em in): " + NEXT[:20]]
    broken = [_page([_line(FULL, 1, indent=2), second[0], _line(NEXT[7:], 3, indent=2)])]
    assert lm.paragraph_breaks(broken, document) == ["p1: a paragraph break inside (2.0 em in): " + NEXT[7:][:20]]


def test_a_paragraph_that_fills_its_line_is_printed_apart_from_the_next_in_both_pdfs():
    """The same texts rendered: the first paragraph's one line reaches the right edge, and both PDFs begin the second
    on a line of its own, indented."""
    data = {"kind": "annual-report", "year": 2008, "agency": "某县档案局", "title": "某县档案局2008年信息公开年报",
            "sections": {"overview": {"content": [FULL, NEXT * 2]}}, "date": "2009-03-31"}
    for engine in ("weasyprint", "typst"):
        result = render(data, engine=engine, formats=("pdf",))
        pages = lm.measure(result.pdf)
        first = next(seg for seg in lm.paragraphs(pages, result.document) if seg.text == FULL)
        assert len(first.lines) == 1 and abs(first.lines[0][1].x1 - BLOCK[2]) < lm.EDGE_TOLERANCE_PT, engine
        assert lm.paragraph_breaks(pages, result.document) == [], engine


def test_a_page_of_a_table_s_head_and_the_signature_is_stranded():
    """A page whose table rows are all head rows, the 署名 under them (the Typst PDF's after a last row that may split):
    the page began with the head, not the 署名, and nothing said so."""
    table = Table([[Cell("序号", header=True), Cell("科室", header=True), Cell("工作情况", header=True)],
                   [Cell("1"), Cell("第1科室"), Cell(WORK)]], [1, 2, 8])
    document = Document("标题", "作者", [Paragraph(NEXT), table, Signature(["某市环境保护局"], "2009年3月20日")])
    head = _line("序号科室工作情况", 0, size=10.5)
    pages = [_page([_line(NEXT, 0, indent=2)]),
             _page([head, _line("某市环境保护局", 2), _line("2009年3月20日", 3)],
                   [lm.Row(head.top - 2, head.bottom + 2, head.text, True)], number=2)]
    assert lm.stranded(pages, document) == ["p2: a table's head without any of its rows: 序号科室工作情况"]


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_a_table_that_fits_where_it_begins_keeps_its_last_rows_with_the_signature_in_libreoffice(tmp_path):
    """A table of seven rows at page 1's foot, the 署名 not fitting under it: the PDF carries the last two rows with
    it, and so does LibreOffice (it moves a table's last row kept with the next paragraph to a new part of the table,
    and the row kept with that one too): the DOCX's pages begin with the same lines."""
    data = _staff_report(7) | {"preamble": [("本局按照条例要求开展政府信息公开工作，各科室明确专人负责信息的收集、审核和发布，" * 6)[:240]
                                            + "。"]}
    result = render(data, formats=("docx", "pdf"))
    (tmp_path / "short.docx").write_bytes(result.docx)
    laid_out = lm.measure(docx_to_pdf(tmp_path / "short.docx", load_plugins().registry.fonts, tmp_path / "lo").read_bytes())
    pdf = lm.measure(result.pdf)
    assert len(pdf) == 2 and [row.text[:1] for row in pdf[-1].rows if not row.head] == ["6", "7"]
    assert [page.lines[0].text for page in laid_out] == [page.lines[0].text for page in pdf]
    assert lm.stranded(laid_out, result.document) == []


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.xfail(strict=True, reason="LibreOffice keeps a table's last row with the next paragraph only in a table "
                                       "not split across pages (sw/source/core/layout/tabfrm.cxx, KEEPTAB)")
def test_a_table_begun_on_an_earlier_page_keeps_its_last_rows_with_the_signature_in_libreoffice(tmp_path):
    """A table of 49 rows from page 1 to page 2, the 署名 not fitting under it: the PDF carries the last two rows to
    page 3 with it; LibreOffice prints the 署名 alone on page 3 whatever the DOCX marks (the last rows' keepNext, their
    cantSplit, a paragraph between): docs/layout.md. Strict: it fails once LibreOffice does it."""
    result = render(_staff_report(49), formats=("docx", "pdf"))
    (tmp_path / "long.docx").write_bytes(result.docx)
    laid_out = lm.measure(docx_to_pdf(tmp_path / "long.docx", load_plugins().registry.fonts, tmp_path / "lo").read_bytes())
    assert lm.stranded(lm.measure(result.pdf), result.document) == []
    assert lm.stranded(laid_out, result.document) == []
