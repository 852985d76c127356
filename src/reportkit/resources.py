"""Where reportkit's data files (templates, stylesheets, bundled fonts) live, and its cache folder."""
from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def templates_dir() -> Path:
    """The ``templates`` folder: inside the package when installed from a wheel, else the checkout's top level."""
    packaged = _PACKAGE / "templates"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / "templates"


def cache_dir() -> Path:
    """The user's cache folder for reportkit: what font files hold, compiled templates (neither needed to run)."""
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "reportkit" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "reportkit"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "reportkit"
