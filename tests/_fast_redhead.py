"""The red-head example's renders, made once per test process and shared by the tests that read them
(tests/test_plugins_redhead.py, tests/test_redhead_ink_distances.py)."""

from __future__ import annotations

import functools
from pathlib import Path

from reportkit.testing import Rendered, render

PLUGIN = Path(__file__).resolve().parents[1] / "plugins" / "reportkit-gbt9704-redhead"
EXAMPLE = PLUGIN / "examples" / "redhead-2023.yaml"
#: The DOCX and both PDFs: one render gives all three (the DOCX and the WeasyPrint PDF share the first layout pass).
ALL = ("docx", "pdf", "pdf-typst")


def render_once(text: str, formats: tuple[str, ...] = ALL) -> Rendered:
    """The data ``text`` (the example's, changed) rendered strictly to ``formats``, once per text and formats, with
    the installed plugins only. The result is shared: read it, do not change it."""
    return _render_once(text, tuple(formats))


@functools.cache
def _render_once(text: str, formats: tuple[str, ...]) -> Rendered:
    """:func:`render_once`, cached with ``formats`` always given: functools.cache tells a call leaving it out from one
    giving ``ALL`` (tests/test_import_redhead_masthead.py) and renders both."""
    return render(text, file=str(EXAMPLE), strict=True, formats=formats)
