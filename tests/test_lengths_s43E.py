"""Lines of other lengths than the examples', where a line's end is a near tie: the Typst PDF breaks them as the
WeasyPrint PDF does, and no character of either runs past the text block's right edge.

"还需e-mail" whose "e-" just fits a line in the Typst PDF (its tracking was 0.005 pt a character tighter than the
WeasyPrint PDF's: -0.215 pt, now -0.2147 pt) broke "还需e-|mail" there and "还需|e-mail" in the WeasyPrint PDF; a web
address ending a justified line, kept together beside the Chinese spread before it, was drawn up to 0.5 pt past the
right edge in the WeasyPrint PDF (renderers/cjk_justify.py, ``_laid``).
"""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
import yaml

import layout_measure as lm
from reportkit.layout import CLOSING_MARKS, OPENING_MARKS, Geometry

ROOT = Path(__file__).resolve().parents[1]
#: Chinese without marks, written for these tests, cut to any length (a line's worth and more).
FILLER = "窗口人员每周一上午集中核对公开目录新增栏目先在内网试运行一个月再对外开放年底前由分管领导带队逐个科室检查台账"
#: Where each probe starts in its paragraph: its end falls around the first line's end.
OFFSETS = range(18, 28)
ADDRESS = "https://www.example-county.gov.cn/zwgk/xxgkml/index.shtml"
PROBES = {"near_tie": "还需e-mail地址", "address": f"网址{ADDRESS}", "marks": None}


def _texts(kind: str) -> list[str]:
    if kind == "marks":  # a closing or opening mark, full- or half-width, at and around the first line's end
        return [
            FILLER[:k] + mark + "公开" + FILLER[:8] + "。"
            for mark in "（）(),，。.；;“”《》：:"
            for k in (24, 25, 26, 27)
        ]
    return [FILLER[:k] + PROBES[kind] + FILLER[:12] + "。" for k in OFFSETS]


@pytest.fixture(scope="module")
def printed():
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["other"] = [text for kind in PROBES for text in _texts(kind)]
    return lm.lines_in_both_pdfs(data)


@pytest.mark.parametrize("kind", PROBES)
def test_both_pdfs_break_near_ties_alike(printed, kind):
    """Each probe's paragraph has the same lines in both PDFs (the Typst PDF held "还需e-" on a line that the
    WeasyPrint PDF found 0.13 pt too long)."""
    lines = {engine: [found[lm._plain(t)] for t in _texts(kind)] for engine, (_, found) in printed.items()}
    assert lines["typst"] == lines["weasyprint"]


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(printed, engine):
    _, found = printed[engine]
    bad = [
        line
        for lines in found.values()
        for line in lines
        if line[0] in CLOSING_MARKS + ")" or line[-1] in OPENING_MARKS + "("
    ]
    assert bad == []


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_no_character_of_a_line_runs_past_the_right_edge(printed, engine):
    """No character's box ends farther right than the text block's edge (156 mm after the left margin) plus the
    tracking after a line's last character, which falls beyond it in both PDFs (the 28-character grid's -0.21 pt),
    but for a full-width closing mark's, which the Typst PDF sets in a box narrower by twice its tracking. The
    WeasyPrint PDF drew "…/xxgkml/" ending a justified line 0.5 pt past the edge."""
    g = Geometry()
    edge = (g.page_width_mm - g.margin_right_mm) * lm.MM - g.tracking_pt + 0.05
    boxed = -g.tracking_pt if engine == "typst" else 0
    pdf, _ = printed[engine]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        past = [
            (page.page_number, c["text"], round(c["x1"] - edge, 2))
            for page in doc.pages
            for c in page.chars
            if c["x1"] > edge + (boxed if c["text"] in CLOSING_MARKS else 0)
        ]
    assert past == []
