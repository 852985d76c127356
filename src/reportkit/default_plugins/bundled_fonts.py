"""Fonts for the PDF: the OFL subsets reportkit ships (installed official faces are preferred, see fonts.py).

The bundled faces are renamed subsets of Noto Serif/Sans CJK SC and LXGW WenKai
(``templates/gbt9704/fonts/README.md``). RK Songti (GBK) is also the fallback face:
it serves the 仿宋 role when no 仿宋 face is installed or registered by a plugin
(reportkit-gbt9704-fonts-fandol), and catches characters the other faces lack. RK Kaiti
(GBK) comes first for the characters a 仿宋 face lacks (:data:`reportkit.fonts.LOOKALIKES`).
"""
from __future__ import annotations

from ..hookspecs import hookimpl
from ..registry import FontFace
from ..resources import templates_dir

OFL = "OFL-1.1"


@hookimpl
def register_fonts(register):
    folder = templates_dir() / "gbt9704" / "fonts"
    register(FontFace(name="RK Songti", role="songti", path=folder / "rk-songti.otf", licence=OFL, fallback=True))
    register(FontFace(name="RK Xiaobiaosong", role="xiaobiaosong", path=folder / "rk-xiaobiaosong.otf", licence=OFL))
    register(FontFace(name="RK Heiti", role="heiti", path=folder / "rk-heiti.otf", licence=OFL))
    register(FontFace(name="RK Kaiti", role="kaiti", path=folder / "rk-kaiti.ttf", licence=OFL))
