"""The layout measurement's cache (tests/layout_measure.py), which the lengthening sweeps share over their PDFs: a page
met before is not read again, and every page comes back as reading it afresh gives it."""
from __future__ import annotations

from pathlib import Path

import layout_measure as lm
import test_layout as tl
from reportkit.pipeline import render

ROOT = Path(__file__).resolve().parents[1]


def test_a_page_met_before_is_reused_and_a_changed_one_read_again(plugins):
    document, layout = tl._prepare(ROOT / "examples" / "sample-2021.yaml", plugins)
    g = layout.geometry
    # Past four sentences no new character comes in: the pages before the last paragraph's are the same in both.
    pdfs = [render(tl._lengthened(document, "last", extra), layout, "pdf-typst", plugins.registry).data
            for extra in (8, 9)]
    cache: dict = {}
    first, second = (lm.measure(pdf, g, cache) for pdf in pdfs)
    fresh = lm.measure(pdfs[1], g)
    assert second == fresh
    changed = [page.number for page, old in zip(second, first) if page != old]
    assert changed and changed[0] > 1, changed  # the last paragraph's pages changed, not the first
    read = sum(key[0] == "measure" for key in cache)
    assert read == len(first) + len(second) - (changed[0] - 1), (read, changed)
    assert lm.folio_gaps_mm(pdfs[1], second, cache=cache) == lm.folio_gaps_mm(pdfs[1], fresh)
    assert sum(key[0] == "folio" for key in cache) == len(second)
