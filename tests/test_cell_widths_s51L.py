"""Widths measured as the faces set them (session 51, L). A table's cell and a heading were measured with every
character not Chinese ½ wide (``layout.text_width``), but the bundled 仿宋 sets capitals 0.35–1.02 wide and % 0.83,
黑体 its digits 0.555, and both PDFs put a quarter em between Chinese and digits or Latin letters in a cell too: a cell
or a heading with GDP, WMW, 98.6% or 2023 wrapped where reportkit counted one line, and its last character stood alone
on a line (…机制|落), the joiner that keeps it with the one before left out; a column set as wide as its head
“WTO规则（%）” was too narrow for it, which wrapped onto a second line. Now ``layout.face_width`` counts each ASCII
character at its advance in the face of its role (the cells' 仿宋, a head's 黑体, a heading's level's), and
``cell_room`` the table's outer rules. A title's small letters, counted 0.6 a character, are as wide as the title's
face sets them (m 1.01, w 0.87): a title's line ran past the text block. Every text here is written for these tests."""
from __future__ import annotations

import dataclasses
import io
import math
from functools import partial
from pathlib import Path

import pdfplumber
import pytest
import uharfbuzz as hb

from docx_pages import chars_lines
from test_heading_lone_character_s50C import heading_lines
from reportkit.attachments import TableData, join_last_characters, table_block
from reportkit.blocks import Attachment, Cell, Heading, Paragraph, Table
from reportkit.layout import CLOSING_MARKS, ELEMENT_ROLES, JOINER, OPENING_MARKS, cell_lines, face_width
from reportkit.line_breaks import broken_lines
from reportkit.pipeline import build, check_file, choose_layout, render
from reportkit.resources import templates_dir

ROOT = Path(__file__).resolve().parents[1]
WORDS = "统筹推进政务公开平台建设优化办事服务流程提升群众满意程度完善监督考核机制落实工作责任健全常态长效制度"
NUMBERS = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}
#: Runs wider than half a character a piece in one face or another, and digits (a quarter em on either side).
RUNS = ("GDP", "WMW", "98.6%", "2023")
#: Each level's headings with a run in the middle, across the end of the first line: the last character one past it.
HEADINGS = [Heading(level, NUMBERS[level], WORDS[:n // 2] + run + WORDS[n // 2:n])
            for level in NUMBERS for run in RUNS for n in range(19, 24)]
#: A one-column table's cells (41.7 characters a line), two runs each, across the end of the first line.
CELLS = [WORDS[:n // 3] + run + WORDS[n // 3:2 * n // 3] + run + WORDS[2 * n // 3:n]
         for run in RUNS for n in range(33, 41)]
#: An attachment's table whose widths reportkit shares out: the head “WTO规则（%）” is as wide as its column.
NAMED = TableData(columns=["序号", "WTO规则（%）", "说明"],
                  rows=[["1", "ABC类", WORDS * 2], ["2", "WMW标准", "按年度统计，GDP单位为亿元。"]])
BODY = "本项工作按计划推进。"
#: Attachments' titles with small letters (m 1.01, w 0.87 of a character in the title's face), across a line's end.
TITLES = [WORDS[:n // 2] + run + WORDS[n // 2:n] for run in ("mmmwww", "Windows") for n in range(15, 20)]


@pytest.fixture(scope="module")
def printed(plugins) -> dict[str, dict]:
    """Each PDF's headings' lines (pages joined, joiners dropped), its tables' cells' lines, and the tables set."""
    validated = check_file(ROOT / "examples" / "suzhou-2016-work-summary.yaml", plugins)
    layout = choose_layout(validated, plugins.registry)
    document = build(validated, layout)
    column = Table([[Cell("事项", header=True)], *([Cell(text, align="left")] for text in CELLS)], [1])
    join_last_characters(column, layout.geometry)
    named = table_block(NAMED, (), lambda path: None)
    blocks = [document.blocks[0], *(b for heading in HEADINGS for b in (heading, Paragraph(BODY))), column,
              Paragraph(BODY), named, *(Attachment(f"附件{i}", title, [Paragraph(BODY)]) for i, title in enumerate(TITLES))]
    document = broken_lines(dataclasses.replace(document, blocks=blocks), layout.geometry)
    out = {}
    for engine, fmt in (("weasyprint", "pdf"), ("typst", "pdf-typst")):
        data = render(document, layout, fmt, plugins.registry).data
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            lines = [line.replace(JOINER, "") for page in pdf.pages for line in chars_lines(page.chars)]
            cells = [cell for page in pdf.pages for cell in page_cells(page)]
            titles = [chars_lines([c for c in page.chars if c["size"] > 20]) for page in pdf.pages[-len(TITLES):]]
        out[engine] = {"headings": heading_lines(lines, HEADINGS), "cells": cells, "titles": titles}
    out["tables"] = [column, named]
    out["titles"] = [block.title.split("\n") for block in document.blocks if isinstance(block, Attachment)]
    out["geometry"] = layout.geometry
    return out


def page_cells(page) -> list[list[str]]:
    """The lines of each table cell of ``page``, top to bottom, left to right, joiners and blanks left out."""
    chars = [c for c in page.chars if c["text"].strip() and c["text"] != JOINER]
    found = []
    for table in page.find_tables():
        for left, top, right, bottom in sorted(table.cells, key=lambda box: (round(box[1]), box[0])):
            mine = [c for c in chars if left <= (c["x0"] + c["x1"]) / 2 <= right and top <= (c["top"] + c["bottom"]) / 2
                    <= bottom]
            rows: dict[int, str] = {}
            for c in sorted(mine, key=lambda c: (round(c["top"]), c["x0"])):
                rows[round(c["top"])] = rows.get(round(c["top"]), "") + c["text"]
            found.append(list(rows.values()))
    return found


def table_cells(printed: dict, engine: str) -> list[tuple[Cell, float, list[str]]]:
    """Each cell of the two tables with its room (characters a line) and its printed lines, in the order printed."""
    g, cells = printed["geometry"], iter(printed[engine]["cells"])
    found = []
    for table in printed["tables"]:
        for (r, c), cell in sorted(table.grid().items()):
            lines = next(cells)
            while lines == ["事项"] and r > 0:  # the head repeated on the next page
                lines = next(cells)
            found.append((cell, g.cell_room(table.widths, c, cell.colspan), lines))
    return found


def _lone(lines: list[str]) -> bool:
    return len(lines) > 1 and len(lines[-1].rstrip(CLOSING_MARKS).lstrip(OPENING_MARKS)) == 1


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_no_cell_or_heading_with_capitals_or_per_cent_ends_on_a_line_of_one_character(printed, engine):
    """Capitals, a % and digits among Chinese, a cell's or a heading's last character one past a line: it keeps the
    one before it on its last line (it stood alone in both PDFs: 10 headings and 4 cells of these), and the head
    “WTO规则（%）” prints on one line (its column was set too narrow for it: “WTO规则” and “（%）”)."""
    headings = printed[engine]["headings"]
    assert [lines for lines in headings if _lone(lines)] == []
    cells = table_cells(printed, engine)
    assert [lines for _, _, lines in cells if _lone(lines)] == []
    assert [lines for cell, _, lines in cells if cell.text == "WTO规则（%）"] == [["WTO规则（%）"]]
    assert sum(len(lines) > 1 for lines in headings) >= 30 and sum(len(lines) > 1 for *_, lines in cells) >= 20


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_predicted_line_counts_are_the_printed_ones(printed, engine):
    """``Geometry.printed_lines`` (a heading in its level's face) and ``cell_lines`` (a cell in its face, the quarter
    em at each boundary between Chinese and digits or Latin letters) count the lines each engine prints."""
    g = printed["geometry"]
    predicted = [g.printed_lines(h.number + h.text, role=ELEMENT_ROLES[f"heading{h.level}"]) for h in HEADINGS]
    assert predicted == [len(lines) for lines in printed[engine]["headings"]]
    wrong = [(cell.text, lines) for cell, room, lines in table_cells(printed, engine)
             if cell_lines(cell.text, room, cell.hanging, partial(face_width, role="heiti" if cell.header else "fangsong"),
                           space=g.autospace_em).lines != len(lines)]
    assert wrong == []


@pytest.mark.parametrize("role, path", [
    ("fangsong", ROOT / "plugins/reportkit-gbt9704-fonts-fandol/src/reportkit_fonts_fandol/FandolFang-Regular.otf"),
    ("heiti", templates_dir() / "gbt9704/fonts/rk-heiti.otf"),
    ("kaiti", templates_dir() / "gbt9704/fonts/rk-kaiti.ttf"),
    ("xiaobiaosong", templates_dir() / "gbt9704/fonts/rk-xiaobiaosong.otf"),
])
def test_each_ascii_character_is_as_wide_as_its_face_sets_it(role, path):
    """``face_width`` of each printable ASCII character is its advance in the bundled face of the role, to the
    thousandth of an em above; a Chinese character is one character, a full-width mark too."""
    face = hb.Face(hb.Blob.from_file_path(str(path)), 0)
    font = hb.Font(face)
    for code in range(0x20, 0x7F):
        advance = font.get_glyph_h_advance(font.get_nominal_glyph(code)) / face.upem
        assert face_width(chr(code), role=role) == pytest.approx(math.ceil(advance * 1000) / 1000, abs=1e-9), chr(code)
    assert face_width("政务（", role=role) == 3


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_title_with_small_letters_prints_in_the_lines_it_was_broken_into(printed, engine):
    """A title's lines are measured with each small letter as wide as the title's face sets it (``glyph_width``): the
    line ``line_breaks`` plans is the line printed (counted 0.6 a letter, the line “…mmmwww办公室关于印发” was wider than
    the text block, and both PDFs set “发” alone on a line of its own)."""
    assert printed[engine]["titles"] == printed["titles"]
    assert sum(len(lines) > 1 for lines in printed["titles"]) >= 4
