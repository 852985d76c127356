"""Where reportkit's data files (templates, stylesheets, bundled fonts) live."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def templates_dir() -> Path:
    """The ``templates`` folder: inside the package when installed from a wheel, else the checkout's top level."""
    packaged = _PACKAGE / "templates"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / "templates"
