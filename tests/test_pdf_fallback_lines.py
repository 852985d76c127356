"""The WeasyPrint PDF's lines and table rows stay on the grid: a character set in a fallback face (喆 垚 堃 in
楷体, as 仿宋 lacks them) leaves the line pitch alone, and a merged cell's text never lies outside its table."""
from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pdfplumber
import pytest

import layout_measure as lm
import test_layout as tl
from reportkit.blocks import Cell, Paragraph, Table
from reportkit.pipeline import render

ROOT = Path(__file__).resolve().parents[1]
#: Names' characters outside GB2312: the bundled 仿宋 (FandolFang) lacks them, 楷体 (RK Kaiti) sets them.
RARE = "喆垚堃"


@pytest.fixture(scope="module")
def sample(plugins):
    return tl._prepare(ROOT / "examples" / "sample-2021.yaml", plugins)


def _pdf(document, layout, plugins, blocks) -> bytes:
    result = render(dataclasses.replace(document, blocks=blocks), layout, "pdf", plugins.registry)
    assert [d.message for d in result.diagnostics if d.severity != "note"] == []
    return result.data


def _checks(names: str) -> list:
    """Some fifty lines of body text, a name in most of them, and a table with a name in each row."""
    blocks = [Paragraph(f"第{n}周由{names[n % 3]}带队检查网站专栏，核对信息的发布时间、来源和链接，当日整改完毕。")
              for n in range(1, 34)]
    rows = [[Cell("检查人", header=True), Cell("检查内容", header=True)]]
    rows += [[Cell(f"张{names[n % 3]}"), Cell(f"第{n}周专栏更新情况", align="left")] for n in range(1, 9)]
    return blocks + [Table(rows, [1, 3])] + [Paragraph(f"{names}等同志参加了本年度的培训。") for _ in range(6)]


def test_a_fallback_face_leaves_every_line_on_the_grid(sample, plugins):
    """A line with 喆 (仿宋 lacks it; 楷体, whose ascent and descent are larger, sets it) was 1.2 pt taller: pages
    held 20 or 21 lines instead of GB/T 9704's 22 and broke elsewhere than in the Typst PDF and the DOCX, whose 版记
    the red head places from this layout. Every baseline and table rule now lies where it does with 哲 instead."""
    document, layout = sample
    g = layout.geometry
    rare, common = (_pdf(document, layout, plugins, _checks(names)) for names in (RARE, "哲哲哲"))
    with pdfplumber.open(io.BytesIO(rare)) as doc:
        assert set(RARE) <= {c["text"] for page in doc.pages for c in page.chars}
    rare_pages, common_pages = lm.measure(rare, g), lm.measure(common, g)
    assert len(common_pages[0].lines) == g.lines_per_page
    assert [[round(line.baseline, 2) for line in page.lines] for page in rare_pages] == \
           [[round(line.baseline, 2) for line in page.lines] for page in common_pages]
    assert [[(round(row.top, 2), round(row.bottom, 2)) for row in page.rows] for page in rare_pages] == \
           [[(round(row.top, 2), round(row.bottom, 2)) for row in page.rows] for page in common_pages]


def _under_the_table(pdf: bytes, size: float) -> list[str]:
    """The characters of a table's type (``size`` pt) under their page's last horizontal rule (one table a page)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [f"p{page.page_number}: {c['text']}" for page in doc.pages
                for foot in [max((e["top"] for e in page.edges if e["orientation"] == "h"), default=0)]
                for c in page.chars if abs(c["size"] - size) < 0.1 and (c["top"] + c["bottom"]) / 2 > foot]


def _pages_of(pdf: bytes, texts: list[str]) -> set[int]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        pages = ["".join(c["text"] for c in page.chars) for page in doc.pages]
    return {n for text in texts for n, page in enumerate(pages, 1) if text in page}
