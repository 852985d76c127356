"""FandolFang 仿宋 for reportkit's PDF renderer.

A separate package because the font is GPL-3.0 with the font exception while
reportkit is MIT. The font file is the unmodified FandolFang-Regular.otf 1.300.
"""
from __future__ import annotations

from pathlib import Path

from reportkit import hookimpl
from reportkit.registry import FontFace

FONT = Path(__file__).with_name("FandolFang-Regular.otf")


@hookimpl
def register_fonts(register):
    # Above the bundled fallback (0), below 仿宋 faces installed on the machine (100).
    register(FontFace(name="FandolFang", role="fangsong", path=FONT,
                      licence="GPL-3.0 with font exception", priority=10))
