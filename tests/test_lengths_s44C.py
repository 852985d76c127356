"""Text lengths the examples never reach, in the DOCX and the WeasyPrint PDF: a signing organ whose name holds a run of
Latin capitals that cannot break and is wider than a line.

``Geometry.signature_wraps`` counted each Latin letter half a character, as ``text_width`` does: “某县” and 40 capitals
and “办公室” came to 25.5 of the 26 characters an organ's line holds, though the capitals alone take about 28. The
signature was not set as a wrapping one, the WeasyPrint PDF kept the name on one line (``white-space: nowrap``) and
printed it and the organ under it up to 87 pt past the text block's right edge; the DOCX put the date 17.75 characters
from the right, under the name's start, as for a short name.
"""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
import yaml
from docx import Document as WordDocument

import layout_measure as lm
from reportkit.layout import Geometry
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
SUMMARY = "examples/suzhou-2016-work-summary.yaml"
#: An organ's name with a run of capitals and digits no engine may break inside but at any character.
ORGAN = "某县ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN办公室"
DATE = "2017年1月10日"


@pytest.fixture(scope="module")
def rendered():
    data = yaml.safe_load((ROOT / SUMMARY).read_text(encoding="utf-8"))
    data["signature"] = [ORGAN, "某县数据局"]
    return render(data, file=SUMMARY, formats=("docx", "pdf"))


def test_no_character_of_the_weasyprint_pdf_runs_past_the_text_block(rendered):
    g = Geometry()
    left, right = g.margin_left_mm * lm.MM, (g.page_width_mm - g.margin_right_mm) * lm.MM
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        past = [
            (page.page_number, c["text"], round(c["x1"] - right, 1))
            for page in pdf.pages
            for c in page.chars
            if c["text"].strip() and not left - 0.5 <= c["x0"] <= c["x1"] <= right + 0.5
        ]
    assert past == []


def test_the_wrapped_name_is_printed_whole_and_the_date_stands_four_characters_from_the_right(rendered):
    g = Geometry()
    lines = [line for page in lm.measure(rendered.pdf) for line in page.lines]
    at = [lm._plain(line.text) for line in lines].index(DATE)
    date = lines[at]
    assert "".join(lm._plain(line.text) for line in lines[at - 4 : at]) == ORGAN + "某县数据局"  # its 3 lines, the next
    right = (g.page_width_mm - g.margin_right_mm) * lm.MM
    assert date.x1 == pytest.approx(right - 4 * g.body_size_pt, abs=1.5)  # 成文日期右空四字 (§7.3.5.2)


def test_the_docx_sets_the_date_four_characters_from_the_right(rendered):
    body = WordDocument(io.BytesIO(rendered.docx)).paragraphs
    (date,) = [p for p in body if p.style.name == "Date"]
    ind = date.paragraph_format.element.pPr.ind
    assert date.text == DATE
    assert ind.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rightChars") == "400"
