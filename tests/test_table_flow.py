"""Around a table, in both PDFs and the DOCX (through LibreOffice): a paragraph right after a table stands as far below
its bottom rule as a heading there does, and as a line stands below a paragraph's last line (a line box puts half
the leading under its text, a table nothing under its rule; it stood 6.5 pt closer); and the paragraph that leads in
to a table (the block right before it) never ends a page while the table begins the next: its last lines go with the
table, the rest of a long paragraph stays (docs/layout.md, 保持规则)."""
from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import layout_measure as lm
import test_layout as tl
from docx_pages import SOFFICE, docx_to_pdf
from reportkit.blocks import Cell, Heading, Paragraph, Table
from reportkit.layout import Geometry
from reportkit.pipeline import render

ROOT = Path(__file__).resolve().parents[1]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
G = Geometry()
#: 32 characters: a little more than a line of 28.
SENTENCE = "本机关按季度梳理公开目录并逐项核对栏目内容，确保各类信息准确完整。"
LEAD = "全年办理情况统计如下："
AFTER = "以上数字均按办结日期统计，跨年度办理的申请计入办结年度。"
SECOND_LEAD = "各类申请的答复结果见下表。"
KEPT = "责任科室（单位）：办公室"
#: (sentences before the part, characters of the lead-in before LEAD, a kept line and a caption between it and the
#: table): the table's head and first rows do not fit under the lead-in's last line on page 1; a lead-in of five
#: lines, one of a single line, and one of five lines carrying a task's 责任科室 line (a work plan's last task before
#: its inline table: the Typst PDF's paragraph carries that line) before a table with a caption.
PLACES = {"five-lines": (10, 112, False), "one-line": (13, 0, False), "kept-line-caption": (10, 112, True)}


def _table(label: str, rows: int) -> Table:
    return Table([[Cell("事项", header=True), Cell("件数", header=True)],
                  *[[Cell(f"{label}第{i + 1}类", align="left"), Cell(str(10 + i))] for i in range(rows)]], [3, 1])


def _document(plugins, before: int, lead: int, kept: bool):
    document, layout = tl._prepare(ROOT / "examples" / "sample-2021.yaml", plugins)
    first = _table("登记", 6)
    if kept:
        first.caption = "主要任务分解表"
    blocks = [Paragraph(SENTENCE * before), Heading(1, "一、", "年度工作概况"), Paragraph((SENTENCE * 12)[:lead] + LEAD),
              *([Paragraph(KEPT, keep_with_previous=True)] if kept else []), first, Paragraph(AFTER),
              Paragraph(SECOND_LEAD), _table("答复", 3), Heading(1, "二、", "下一步工作安排"), Paragraph(SENTENCE * 3)]
    return dataclasses.replace(document, blocks=[document.blocks[0], *blocks]), layout


def _lead_in_pages(pages, document) -> list[int]:
    """The page of each line of the first table's lead-in."""
    segment = next(s for s in lm.paragraphs(pages, document) if s.text.endswith(LEAD))
    return [page.number for page, _ in segment.lines]


def _gaps(pages) -> dict[str, float]:
    return {text: gap for _, text, gap in lm.gaps_below_tables(pages)}


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_table_s_lead_in_takes_its_last_lines_to_the_table_s_page(fmt, place, plugins):
    """The table's head and first rows do not fit under the lead-in on page 1: its last two lines (a lead-in of one
    line, that line and the heading above it) go to page 2 with the table (and the kept line, and the caption), three
    of five stay on page 1. The whole lead-in stood on page 1 (with the kept line)."""
    document, layout = _document(plugins, *PLACES[place])
    pages = lm.measure(render(document, layout, fmt, plugins.registry).data, layout.geometry)
    assert lm.lead_ins_apart(pages, document) == []
    table_page = next(page.number for page in pages if page.rows)
    assert table_page == 2
    assert _lead_in_pages(pages, document) == ([2] if place == "one-line" else [1, 1, 1, 2, 2])
    assert lm.stranded(pages, document) == []


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_paragraph_after_a_table_stands_as_far_below_it_as_below_a_paragraph(fmt, plugins):
    """The top of the paragraph's em box under the first table lies as far under its bottom rule as the next
    paragraph's under that paragraph's last line (the leading, line pitch − type size; ±1 pt): it lay 6.5 pt closer,
    half that. (The heading under the second table: tests/test_heading_gap.py.)"""
    document, layout = _document(plugins, *PLACES["five-lines"])
    pages = lm.measure(render(document, layout, fmt, plugins.registry).data, layout.geometry)
    gaps = _gaps(pages)
    after_table = next(gap for text, gap in gaps.items() if AFTER.startswith(lm._plain(text)))
    lines = {s.text: s.lines for s in lm.paragraphs(pages, document)}
    above, below = lines[AFTER][-1][1], lines[SECOND_LEAD][0][1]
    after_paragraph = (below.baseline - (1 - lm.EM_DESCENT) * below.size) - (above.baseline + lm.EM_DESCENT * above.size)
    assert after_paragraph == pytest.approx(G.line_pitch_pt - G.body_size_pt, abs=0.5)
    assert after_table == pytest.approx(after_paragraph, abs=1.0), gaps


def test_the_docx_paragraph_after_a_table_takes_the_half_leading_and_a_lead_in_keeps_with_its_table(plugins):
    """The DOCX's paragraph right after a table has the heading's spacing before it (half the leading of the exact
    line), no other paragraph has; each table's lead-in, and no other paragraph, keeps with the next (its table)."""
    document, layout = _document(plugins, *PLACES["five-lines"])
    data = render(document, layout, "docx", plugins.registry).data
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(W + "body")
        styles = etree.fromstring(package.read("word/styles.xml"))
    normal = styles.find(f"{W}style[@{W}styleId='Normal']/{W}pPr/{W}spacing")
    half_leading = round((int(normal.get(W + "line")) - 20 * layout.geometry.body_size_pt) / 2)
    found = {}
    for p in body.findall(W + "p"):
        text = "".join(p.itertext())
        if text and p.find(f"{W}pPr/{W}pStyle").get(W + "val") == "Normal":
            spacing = p.find(f"{W}pPr/{W}spacing")
            found[text[-6:]] = (p.find(f"{W}pPr/{W}keepNext") is not None,
                                None if spacing is None else int(spacing.get(W + "before")))
    assert found == {SENTENCE[-6:]: (False, None), LEAD[-6:]: (True, None), AFTER[-6:]: (False, half_leading),
                     SECOND_LEAD[-6:]: (True, None)}


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_keeps_the_lead_in_with_its_table_and_spaces_a_paragraph_after_a_table(plugins, tmp_path):
    """LibreOffice's layout of the DOCX: the lead-in's last line is on the table's page (LibreOffice moves a paragraph
    that keeps with the next whole, the heading above it too: docs/layout.md); the paragraph after a table stands as
    far below the rule as the heading after a table (±1 pt), which had the half leading above it and the paragraph
    not."""
    document, layout = _document(plugins, *PLACES["five-lines"])
    docx = tmp_path / "flow.docx"
    docx.write_bytes(render(document, layout, "docx", plugins.registry).data)
    pages = lm.measure(docx_to_pdf(docx, plugins.registry.fonts, tmp_path / "lo").read_bytes(), layout.geometry)
    assert lm.lead_ins_apart(pages, document) == []
    assert _lead_in_pages(pages, document)[-1] == next(page.number for page in pages if page.rows)
    gaps = list(_gaps(pages).values())
    assert len(gaps) == 2 and gaps[0] == pytest.approx(gaps[1], abs=1.0), gaps
