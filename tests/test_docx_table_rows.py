"""表三's rows in the DOCX laid out by LibreOffice sit where the two PDFs put them, so the pages break alike.

sample-2021's 表三 runs from page 3 onto page 4, and 四 with its one-row table just fits under it, the table's bottom
rule 0.3 pt above the text block's foot in both PDFs. The DOCX's rows were as tall as the PDFs' (18 pt a single-line
row: 13.5 pt line, 2 + 2 pt cell margins, 0.5 pt rule) but LibreOffice set everything 0.45 pt lower and gave the
page 0.9 pt less room: it centres a document grid's 22 × 579 twips in the 12756-twip text block (SwBodyFrame::Format),
and a table, off the grid, needs the whole block. 四 and its table went to page 5. The template has no document
grid now (the body's exact 579-twip lines do not need one; Word never lays a table cell or an exact line on it).
Since a heading after a table keeps half a line's leading above it (docs/layout.md), 四 no longer fits under 表三
and opens page 5 in all three outputs; the pages must still break alike.
"""
from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

from docx_pages import SOFFICE, docx_to_pdf, page_lines
from reportkit.layout import Geometry
from reportkit.pipeline import build, check_file, choose_layout, render
from reportkit.plugins import load_plugins

ROOT = Path(__file__).resolve().parents[1]
MM = 72 / 25.4
HEAD = "申请人情况"  # a cell of 表三's header row, repeated on every page the table runs over
PART_FOUR = "四、政府信息公开行政复议"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, Path]:
    """sample-2021 as the WeasyPrint PDF, the Typst PDF and LibreOffice's PDF of the DOCX."""
    plugins = load_plugins()
    validated = check_file(ROOT / "examples" / "sample-2021.yaml", plugins)
    layout = choose_layout(validated, plugins.registry)
    document = build(validated, layout)
    folder = tmp_path_factory.mktemp("rows")
    out = {}
    for name, fmt in (("weasyprint", "pdf"), ("typst", "pdf-typst"), ("docx", "docx")):
        out[name] = folder / f"{name}.{'docx' if fmt == 'docx' else 'pdf'}"
        out[name].write_bytes(render(document, layout, fmt, plugins.registry).data)
    out["docx"] = docx_to_pdf(out["docx"], plugins.registry.fonts, folder / "lo")
    return out


@functools.cache
def table_three_rules(pdf: Path) -> list[list[float]]:
    """The heights (pt from the page's top) of 表三's horizontal rules on each page it is on, top to bottom:
    from its header's top rule to the last rule of the page (表三 ends the page or is followed by 四's heading).
    Each PDF is read once in the module (two tests ask)."""
    pages = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            words = page.extract_words()
            head = [w for w in words if w["text"] == HEAD]
            if not head:
                continue
            four = [w["top"] for w in words if w["text"].startswith(PART_FOUR)]
            rules = sorted({round((e["top"] + e["bottom"]) / 2, 2) for e in page.lines + page.rects
                            if e["bottom"] - e["top"] < 1.5 and e["x1"] - e["x0"] > 20})
            first = max(y for y in rules if y < head[0]["top"])
            pages.append([y for y in rules if first <= y < min(four, default=page.height)])
    return pages


def row_pitch(pdf: Path) -> float:
    """The height most of 表三's rows take (rule to rule): a row of one line of text."""
    gaps = Counter(round(b - a, 1) for rules in table_three_rules(pdf) for a, b in zip(rules, rules[1:]))
    return gaps.most_common(1)[0][0]


def part_four_page(pdf: Path) -> int:
    return next(i for i, lines in enumerate(page_lines(pdf), 1)
                for line in lines if line.replace(" ", "").startswith(PART_FOUR))


def test_table_three_rows_are_as_tall_in_the_docx_as_in_the_pdfs(outputs):
    pitches = {name: row_pitch(pdf) for name, pdf in outputs.items()}
    g = Geometry()
    assert pitches["weasyprint"] == pytest.approx(g.table_line_pt + 2 * g.cell_padding_v_pt + 0.5, abs=0.1)
    assert pitches["docx"] == pytest.approx(pitches["weasyprint"], abs=0.5), pitches
    assert pitches["typst"] == pytest.approx(pitches["weasyprint"], abs=0.5), pitches


def test_table_three_continues_at_the_top_of_the_text_block_as_in_the_pdf(outputs):
    """On the page 表三 continues on, its repeated header's top rule is the block's top edge (half the rule's width
    under it), in the DOCX as in the PDF: LibreOffice's document grid set it 0.5 pt lower."""
    tops = {name: table_three_rules(pdf)[1][0] for name, pdf in outputs.items()}
    assert tops["weasyprint"] == pytest.approx(Geometry().margin_top_mm * MM + 0.25, abs=0.1)
    assert tops["docx"] == pytest.approx(tops["weasyprint"], abs=0.25), tops


def test_part_four_starts_on_the_same_page_in_all_three_outputs(outputs):
    pages = {name: part_four_page(pdf) for name, pdf in outputs.items()}
    assert pages["docx"] == pages["weasyprint"] == pages["typst"] == 5, pages
