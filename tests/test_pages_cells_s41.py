"""Runs of Latin letters, digits and signs too long for their line, in both PDF engines.

A mailbox in brackets, too long for its table cell with them, ran 3.7 pt past the cell's rule in the Typst PDF and left
its "）" alone at the start of a line in the WeasyPrint PDF; a paragraph of percentages broke before a "%" in the Typst
PDF (Pango breaks after "%," before a digit). Measured with pdfplumber.
"""

from __future__ import annotations

import io

import pdfplumber
import pytest

import layout_measure as lm
from reportkit.layout import Geometry
from test_pages_lengths_s41 import _cell_lines, per_engine, report_with

G = Geometry()
#: The cell of the table's 渠道 column: the mailbox fits a line of it, not with its brackets.
CELL = "信箱（xinxi_gongkai_office@example.gov.cn）"
#: A paragraph of figures alone, longer than a line.
FIGURES = "100%,98.5%,97.25%,96.125%,95.0625%,94.03125%,93.015625%,92.0078125%,91.00390625%"
#: Paragraphs of Latin letters and signs whose first line, or second, breaks at a space (after "Contact:", before
#: "today", between the two web addresses), and those lines.
WORDS = [
    "Contact: averyveryverylongmailboxnameforpublicinformationoffice@example.gov.cn today",
    "Contact: averyveryverylongmailboxnameforpublicinform@example.gov.cn today",
    "https://www.example.gov.cn/col/col111/index.html https://www.example.gov.cn/col/col5678/index.html",
    "https://www.example.gov.cn/col/col111111111/index.html https://www.example.gov.cn/col/col5678/index.html",
]
AT_SPACE = [
    "Contact:",
    "averyveryverylongmailboxnameforpublicinform@example.gov.cn",
    "https://www.example.gov.cn/col/col111/index.html",
    "https://www.example.gov.cn/col/col111111111/index.html",
]


@pytest.fixture(scope="module")
def pdfs():
    """The report's PDF from each engine."""
    return per_engine(report_with([FIGURES, *WORDS], CELL))


def _overrun(pdf: bytes) -> float:
    """How far the 渠道 column's rightmost character reaches past the column's right rule (negative: inside it)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[-1]
        table = next(t for t in page.find_tables() if "渠道" in (t.extract()[0][1] or ""))
        left, right = sorted({cell[0] for cell in table.cells})[1:3]
        return max(c["x1"] for c in page.chars if left < c["x0"] < right and c["top"] > table.bbox[1] + 1) - right


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_run_too_long_for_its_cell_with_its_brackets_breaks_inside_before_its_last_character(pdfs, engine):
    """The run starts a line after "（" and breaks a character before the "）", which keeps a letter with it: the
    Typst PDF set "（…gov.cn）" on one line 3.7 pt past the cell's rule, the WeasyPrint PDF the "）" alone."""
    pdf = pdfs(engine)
    assert _cell_lines(pdf) == ["信箱", "（xinxi_gongkai_office@example.gov.c", "n）"]
    assert _overrun(pdf) < -G.cell_padding_h_pt + 0.5


def _figure_lines(pdf: bytes) -> list[str]:
    lines = [line.text.replace(" ", "") for page in lm.measure(pdf, G) for line in page.lines]
    start = next(i for i, line in enumerate(lines) if line.startswith(FIGURES[:10]))
    return lines[start : start + 2]


def test_a_paragraph_of_percentages_breaks_after_a_comma_in_both_pdfs(pdfs):
    """Where Pango breaks ("94.03125%,|93.015625%"): the Typst PDF broke before a "%" ("93.015625|%,92…")."""
    typst = _figure_lines(pdfs("typst"))
    assert "".join(typst) == FIGURES
    assert not typst[1].startswith("%")
    assert typst == _figure_lines(pdfs("weasyprint"))


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_line_of_latin_letters_broken_at_a_space_keeps_its_letters_advance(pdfs, engine):
    """As Word sets it, and a line of English words but one: the WeasyPrint PDF spread "C o n t a c t :" and a web
    address before another across the line, the Typst PDF left them as they are but a run that might fill a line (the
    mailbox, the longer address), whose letters it spread as if the next word had to follow it on its line."""
    with pdfplumber.open(io.BytesIO(pdfs(engine))) as doc:
        lines = {line["text"]: line for page in doc.pages for line in page.extract_text_lines()}
    assert [text for text in AT_SPACE if text not in lines] == []
    gaps = {
        text: [b["x0"] - a["x1"] for a, b in zip(lines[text]["chars"], lines[text]["chars"][1:])] for text in AT_SPACE
    }
    assert {text: round(max(gap), 2) for text, gap in gaps.items() if max(gap) - G.tracking_pt > 0.05} == {}
