"""English words in a title, a 署名 and a table cell: a name broken between two words leaves its space at the end of
the line, which no output sets (the title stays centred) and every import gives back; a word too long for a table's
cell, broken inside by the PDF engine, reads back whole."""
from __future__ import annotations

from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml
from _import_helpers import imported, printed, render_source
from docx_pages import SOFFICE, docx_to_pdf
from test_import_roundtrip import rendered

from reportkit.importers.pdf import read
from reportkit.importers.source import Grid
from reportkit.layout import Geometry
from reportkit.line_breaks import broken
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
#: Too long for a line of the title and of the 署名: both break it between two English words.
AGENCY = "某县自然资源局（Natural Resources Bureau Office of Some County）"
#: 52 characters: wider than its column, so both engines break it inside.
FILE_NAME = "CountyNaturalResourcesBureauDisclosureFinal2023.docx"
WORDS = "Annual report of the natural resources bureau for readers abroad"
MM = 72 / 25.4


def _source(folder: Path, **changes) -> Path:
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8")) | changes
    source = folder / "latin.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return source


def test_a_name_broken_between_english_words_starts_no_line_with_the_space():
    geometry = Geometry()
    for room in (geometry.block_width_mm * MM / geometry.title_size_pt, geometry.chars_per_line - 2):
        lines = broken(AGENCY, room, geometry.autospace_em).split("\n")
        assert len(lines) == 2 and "".join(lines) == AGENCY
        assert lines[0].endswith("Resources ") and not lines[1].startswith(" "), lines


def _title_offsets(pdf: Path) -> dict[str, float]:
    """Each title line's text on page 1 (22 pt), and how far its middle stands right of the text block's."""
    geometry = Geometry()
    middle = (geometry.margin_left_mm + geometry.block_width_mm / 2) * MM
    with pdfplumber.open(pdf) as document:
        return {line["text"]: (line["x0"] + line["x1"]) / 2 - middle
                for line in document.pages[0].extract_text_lines() if line["chars"][0]["size"] > 20}


def test_a_title_broken_between_english_words_is_centred_in_both_pdfs(tmp_path):
    """The Typst PDF set the space at the start of the line (2.75 pt right of the middle); both set one before a line
    break at the end of it (2.75 pt left)."""
    source = _source(tmp_path, agency=AGENCY)
    for fmt in ("pdf", "pdf-typst"):
        offsets = _title_offsets(render_source(source, fmt, tmp_path, PLUGINS))  # each PDF in turn, as latin.pdf
        assert len(offsets) == 3 and "Bureau Office of Some County）" in offsets, (fmt, offsets)
        assert all(abs(offset) < 0.5 for offset in offsets.values()), (fmt, offsets)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_a_title_broken_between_english_words_is_centred_in_the_docx(tmp_path):
    """LibreOffice set the space at the start of the line (2.9 pt right of the middle), and one before a line break
    at the end of it (2.7 pt left)."""
    source = render_source(_source(tmp_path, agency=AGENCY), "docx", tmp_path, PLUGINS)
    title = next(p.text for p in docx.Document(str(source)).paragraphs if p.style.name == "Title")
    assert title.split("\n") == ["某县自然资源局（Natural Resources", "Bureau Office of Some County）",
                                  "2023年政府信息公开工作年度报告"]
    offsets = _title_offsets(docx_to_pdf(source, PLUGINS.registry.fonts, tmp_path / "lo"))
    assert len(offsets) == 3 and "Bureau Office of Some County）" in offsets, offsets
    assert all(abs(offset) < 0.5 for offset in offsets.values()), offsets


@pytest.mark.parametrize("fmt", ["docx", "html", "page"])
def test_a_name_broken_between_english_words_reads_back_exactly(tmp_path, fmt):
    """The DOCX, the PDF's HTML and the web page: the title's and the 署名's lines joined without the space
    (“ResourcesBureau”), the 署名 read as two organs. (A PDF's title lines above the year's are left out, English
    or not: the importer takes a line over the title only where it ends like an organ's name.)"""
    source = _source(tmp_path, agency=AGENCY)
    result = imported(rendered(source, fmt, tmp_path), tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["agency"] == AGENCY and "signature" not in data
    assert printed(result.target, PLUGINS) == printed(source, PLUGINS)


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"], ids=["weasyprint", "typst"])
def test_a_file_name_broken_inside_a_table_cell_reads_back_whole(tmp_path, fmt):
    """The cell's lines joined with a space between letters: “…Burea uDisclosure…”; words broken at a space keep it."""
    attachment = {"title": "报送文件清单", "content": ["本清单列出随报告报送的文件。"],
                  "table": {"columns": ["序号", "文件名", "说明"], "rows": [["1", FILE_NAME, WORDS]],
                            "widths": [1, 1, 1]}}  # narrow columns: both texts wrap, the words on three lines
    pdf = render_source(_source(tmp_path, attachments=[attachment]), fmt, tmp_path, PLUGINS)
    with pdfplumber.open(pdf) as document:
        cells = [cell for table in document.pages[-1].extract_tables() for row in table for cell in row]
    assert any(cell and "\n" in cell and cell.replace("\n", "") == FILE_NAME for cell in cells), cells
    assert any(cell and cell.count("\n") > 1 and cell.replace("\n", " ") == WORDS for cell in cells), cells
    rows = [row for item in read(pdf).items if isinstance(item, Grid) for row in item.rows]
    assert ["1", FILE_NAME, WORDS] in rows, rows
