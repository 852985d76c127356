"""Every bundled example validates and renders, and the DOCX and the PDF carry the same text.

The block tree is the reference: each text it holds must be in the DOCX (in order,
paragraph by paragraph) and in the PDF (in order), and each table's cells must be
the same, cell by cell, in the tree, the DOCX and the PDF.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import docx
import pdfplumber
import pytest

from reportkit.blocks import Attachment, Table
from reportkit.pipeline import build, check_file, choose_layout, render

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p for p in (ROOT / "examples").rglob("*.yaml") if "invalid" not in p.parts)
SPACE = re.compile(r"[\s\u2060]+")  # and the DOCX's word joiners after a hyphen (renderers.docx.HYPHEN_JOINED)
PAGE_NUMBER = re.compile(r"—\d+—")
NOTE_PREFIX = re.compile(r"^(附件：)?(\d+\.)?")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def squash(text: str) -> str:
    return SPACE.sub("", text or "")


@pytest.fixture(scope="module", params=EXAMPLES, ids=[p.stem for p in EXAMPLES])
def rendered(request, plugins):
    validated = check_file(request.param, plugins, strict=True)
    document = build(validated)
    layout = choose_layout(validated, plugins.registry)
    outputs = {fmt: render(document, layout, fmt, plugins.registry) for fmt in ("docx", "pdf")}
    return document, outputs


def test_examples_exist():
    names = {p.stem for p in EXAMPLES}
    assert {"xinzhou-2020", "sample-2021"} <= names


def test_renders_without_warnings(rendered):
    _, outputs = rendered
    for fmt, output in outputs.items():
        unexpected = [d.format() for d in output.diagnostics if d.severity != "note"]
        assert unexpected == [], fmt


def docx_parts(data: bytes):
    """Paragraph texts outside tables, and each table's cells (merged cells once), in body order."""
    document = docx.Document(io.BytesIO(data))
    paragraphs, tables = [], []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = docx.text.paragraph.Paragraph(element, document).text
            style = element.find(f"{W}pPr/{W}pStyle")
            if style is not None and style.get(W + "val") == "AttachmentNote":
                text = NOTE_PREFIX.sub("", text)  # "附件：" and "1." are printed, not data
            if text.strip():
                paragraphs.append(squash(text))
        elif tag == "tbl":
            cells = []
            for tc in element.iter(W + "tc"):
                merge = tc.find(f"{W}tcPr/{W}vMerge")
                if merge is not None and merge.get(W + "val", "continue") == "continue":
                    continue  # the lower part of a vertically merged cell
                cells.append(squash("".join(t.text or "" for t in tc.iter(W + "t"))))
            tables.append(cells)
    return paragraphs, tables


def pdf_parts(data: bytes):
    """The whole text without page numbers, and every table's cells, page by page."""
    text, cells = [], []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            text.append(PAGE_NUMBER.sub("", squash(page.extract_text())))
            for table in page.extract_tables():
                for row in table:
                    cells += [squash(c) for c in row if c]  # None: covered by a span; "": a span's continuation
    return "".join(text), cells


def expected_tables(document, blocks=None):
    """Every table in reading order, those inside attachments included."""
    out = []
    for block in document.blocks if blocks is None else blocks:
        if isinstance(block, Table):
            out.append(block)
        elif isinstance(block, Attachment):
            out += expected_tables(document, block.blocks)
    return out


def flat(table: Table, rows=None) -> list[str]:
    return [squash(cell.text) for row in (rows if rows is not None else table.rows) for cell in row]


def test_docx_has_every_text_and_cell(rendered):
    document, outputs = rendered
    paragraphs, tables = docx_parts(outputs["docx"].data)
    wanted = [squash(text) for element, text, _ in document.texts()
              if element not in ("table", "table_header", "caption")]
    assert paragraphs == wanted
    assert tables == [flat(t) for t in expected_tables(document)]


def test_pdf_has_every_text_in_order_and_every_cell(rendered):
    document, outputs = rendered
    text, cells = pdf_parts(outputs["pdf"].data)
    position = 0
    for element, wanted, _ in document.texts():
        if element in ("table", "table_header", "caption"):
            continue
        found = text.find(squash(wanted), position)
        assert found >= 0, f"{element}: {wanted[:40]}"
        position = found + len(squash(wanted))
    expected = []
    for table in expected_tables(document):
        expected += flat(table)
        header = flat(table, table.rows[:table.header_rows])
        if header:  # a header repeated on the next page is printed, but is not new content
            cells = _drop_repeats(cells, header)
    # pdfplumber places the text of a cell spanning rows in whichever row its lines fall in: compare as
    # multisets; a tall cell split by a page break may escape its table detection, but not the page text.
    tall = {squash(c.text) for t in expected_tables(document) for row in t.rows for c in row if c.rowspan > 1}
    assert set(Counter(cells) - Counter(expected)) <= tall  # a merged label a page break parts is printed again
    for missing in Counter(expected) - Counter(cells):
        assert missing in tall and _subsequence(missing, text), missing


def _subsequence(needle: str, haystack: str) -> bool:
    chars = iter(haystack)
    return all(ch in chars for ch in needle)


def _drop_repeats(cells: list[str], header: list[str]) -> list[str]:
    n = len(header)
    out, seen = [], False
    i = 0
    while i < len(cells):
        if cells[i:i + n] == header:
            if not seen:
                out += header
            seen = True
            i += n
        else:
            out.append(cells[i])
            i += 1
    return out
