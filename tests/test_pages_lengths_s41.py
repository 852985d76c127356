"""Lines of Latin letters and digits on the printed page, in both PDF engines.

A justified line of Latin letters alone ended up to 0.7 pt past the text block's right edge in the WeasyPrint PDF
(WeasyPrint writes the advance after each glyph truncated to a thousandth of an em: cjk_justify._laid); a run too long
for its table cell after "（" started a new line in the WeasyPrint PDF and went on after the Chinese in the Typst PDF;
an English sentence had its letters spread apart in the WeasyPrint PDF; a paragraph of ASCII text alone keeps its
first-line indent in both. Measured with pdfplumber.
"""
from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
import yaml

import layout_measure as lm
from reportkit.layout import Geometry
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
G = Geometry()
ENGLISH = "The bureau answered every request for disclosure within the time limit set by the regulations this year."
CONTACT = "Email: office@example.gov.cn Tel: 0851-1234567"
#: Paragraphs of Latin letters, digits and signs alone, each longer than a line: their first lines are justified.
LATIN = ["QWERTYUIOPASDFGHJKLZXCVBNMQWERTYUIOPASDFGHJKLZXCVBNMQWERTYUIOPASDFGHJKLZXCVBNM",
         "Mailbox: publicinformationofficeofthecountyenvironmentbureau@example.gov.cn only",
         "9876543210987654321098765432109876543210987654321098765432109876543210"]
#: The cell of a narrow column whose run, wider than a line of it, follows "（".
CELL = "文号（ABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890）"


def report_with(paragraphs: list[str], cell: str) -> dict:
    """sample-2021 with ``paragraphs`` after the overview's first and an attachment whose table's narrow 渠道 column
    holds ``cell``."""
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["overview"][1:1] = paragraphs
    data["attachments"] = [{
        "title": "公开渠道一览表", "content": ["各渠道见下表。"],
        "table": {"columns": ["序号", "渠道", "情况"], "widths": [2, 4, 3], "rows": [["1", cell, "已公开"]]},
    }]
    return data


def per_engine(data: dict):
    """The PDF of ``data`` from each engine, made once each, on first asking."""
    made = {}

    def get(engine: str) -> bytes:
        if engine not in made:
            made[engine] = render(data, formats=("pdf",), engine=engine).pdf
        return made[engine]

    return get


@pytest.fixture(scope="module")
def pdfs():
    """The report's PDF from each engine."""
    return per_engine(report_with([ENGLISH, CONTACT, *LATIN], CELL))


def _first_line(pdf: bytes, text: str) -> lm.Line:
    start = text.replace(" ", "")[:8]
    lines = (line for page in lm.measure(pdf, G) for line in page.lines)
    return next(line for line in lines if line.text.replace(" ", "").startswith(start))


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_paragraph_of_ascii_text_alone_keeps_its_first_line_indent(pdfs, engine):
    """Two characters in, as a Chinese paragraph's first line (its words and spaces are no reason to drop it)."""
    pdf = pdfs(engine)
    chinese = _first_line(pdf, "本报告的电子版").x0
    assert chinese == pytest.approx(G.margin_left_mm * lm.MM + 2 * G.char_pitch_pt, abs=0.5)
    assert [round(_first_line(pdf, text).x0 - chinese, 1) for text in (ENGLISH, CONTACT)] == [0, 0]


def _lines_of(pdf: bytes, text: str) -> list[str]:
    """The lines ``text`` (a paragraph of English words) is set in, their spaces kept."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        lines = [line["text"] for page in doc.pages for line in page.extract_text_lines(layout=False)]
    start = next(i for i, line in enumerate(lines) if line.startswith(text[:12]))
    end = next(i for i in range(start, len(lines)) if " ".join(lines[start:i + 1]) == text)
    return lines[start:end + 1]


def test_an_english_sentence_is_justified_by_its_spaces_in_the_weasyprint_pdf_as_in_the_typst_pdf(pdfs):
    """The WeasyPrint PDF spread the first line's letters apart ("T h e  b u r e a u"), where the Typst PDF widens the
    spaces: its words keep their letters' advance, its lines the same words as in the Typst PDF."""
    weasyprint, typst = (_lines_of(pdfs(engine), ENGLISH) for engine in ("weasyprint", "typst"))
    assert weasyprint == typst and len(typst) == 2
    with pdfplumber.open(io.BytesIO(pdfs("weasyprint"))) as doc:
        line = next(line for line in doc.pages[0].extract_text_lines() if line["text"] == weasyprint[0])
    gaps = [b["x0"] - a["x1"] for a, b in zip(line["chars"], line["chars"][1:])]  # pdfplumber reads no spaces
    assert [round(gap, 2) for gap in gaps if gap < 2 and abs(gap - G.tracking_pt) > 0.05] == []  # 0.24 pt before


def test_a_justified_line_of_latin_letters_ends_at_the_right_edge_in_the_weasyprint_pdf(pdfs):
    """Where a full Chinese line ends (its last character's box reaches the tracking past the block), not past it
    (0.3 to 0.7 pt past it before), and within half a point of it: every line of :data:`LATIN` but their last."""
    pages = lm.measure(pdfs("weasyprint"), G)
    right = pages[0].block[2] + abs(G.tracking_pt)
    latin = "".join(LATIN).replace(" ", "")
    lines = [line for page in pages for line in page.lines
             if line.text.isascii() and line.text.replace(" ", "") in latin and line.x1 > right - 5]
    assert len(lines) == 4  # two of the letters, one of the mailbox (its label keeps its advance), one of the digits
    assert [(line.text[:12], round(line.x1 - right, 2)) for line in lines if not -0.5 <= line.x1 - right <= 0.02] == []


def _cell_lines(pdf: bytes) -> list[str]:
    """The lines of the table's 渠道 column, top to bottom."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[-1]
        table = next(t for t in page.find_tables() if "渠道" in (t.extract()[0][1] or ""))
        left, right = sorted({cell[0] for cell in table.cells})[1:3]
        rows: dict[float, str] = {}
        for c in page.chars:
            if left < (c["x0"] + c["x1"]) / 2 < right and c["top"] > table.bbox[1] + 1:
                rows[round(c["top"])] = rows.get(round(c["top"]), "") + c["text"]
    return [rows[top] for top in sorted(rows)][1:]  # the head's 渠道 left out


def test_a_run_too_long_for_its_cell_after_an_opening_bracket_starts_a_line_in_both_pdfs(pdfs):
    """As the WeasyPrint PDF and LibreOffice (the DOCX) set it: the Chinese before the bracket alone on its line, the
    bracket and the run on the next, broken inside where the cell's rule comes (the Typst PDF went on after "文号")."""
    typst = _cell_lines(pdfs("typst"))
    assert typst[0] == "文号" and "".join(typst) == CELL
    assert typst == _cell_lines(pdfs("weasyprint"))
