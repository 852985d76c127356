"""The Typst PDF engine (issue 14): the same page measurements as the WeasyPrint PDF, the data's
text exactly, nothing from the data read as markup, PDF/A-2b, speed."""
from __future__ import annotations

from pathlib import Path

import pytest

import layout_measure as lm
import test_layout as tl
from reportkit.pipeline import render

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def plugins():
    return tl.load_plugins(entry_point_group="reportkit")


def _pdf(document, layout, plugins, fmt="pdf-typst") -> bytes:
    result = render(document, layout, fmt, plugins.registry)
    assert [d.message for d in result.diagnostics if d.severity != "note"] == []
    return result.data


@pytest.mark.slow
@pytest.mark.parametrize("path", tl.EXAMPLES, ids=lambda p: p.stem)
def test_example_pages(path, plugins):
    document, layout = tl._prepare(path, plugins)
    assert tl._problems(document, layout, _pdf(document, layout, plugins),
                        unnumbered_blank_ok=layout.name != "gbt9704") == []


@pytest.mark.slow
@pytest.mark.parametrize("name, where", tl.VARIANTS)
def test_lengthened_variants(name, where, plugins):
    document, layout = tl._prepare(ROOT / "examples" / name, plugins)
    problems = []
    for extra in tl.LENGTHS:
        variant = tl._lengthened(document, where, extra)
        problems += [f"+{extra}: {p}" for p in tl._problems(variant, layout, _pdf(variant, layout, plugins), quick=True)]
    assert problems == []
