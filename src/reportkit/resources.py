"""Where reportkit's data files (templates, stylesheets, bundled fonts) live, and its cache folder."""
from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def templates_dir() -> Path:
    """The ``templates`` folder: inside the package when installed from a wheel, else the checkout's top level."""
    packaged = _PACKAGE / "templates"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / "templates"


def home_dir() -> Path | None:
    """The user's home folder; None without one (no HOME and no passwd entry: a container run under any user id)."""
    try:
        return Path.home()
    except RuntimeError:  # pathlib's "Could not determine home directory"
        return None


def cache_dir() -> Path:
    """The user's cache folder for reportkit: what font files hold, compiled templates (neither needed to run).

    Without a home folder it is one of this user's own in the temporary folder (:func:`_own_temporary_folder`).
    """
    home = home_dir()
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or home and home / "AppData" / "Local"
        return Path(local or tempfile.gettempdir()) / "reportkit" / "Cache"  # a temporary folder of the user's own
    if sys.platform == "darwin":
        base = home and home / "Library" / "Caches"
    else:
        base = os.environ.get("XDG_CACHE_HOME") or home and home / ".cache"
    return Path(base) / "reportkit" if base else _own_temporary_folder()


def _own_temporary_folder() -> Path:
    """``reportkit-cache-<uid>`` in the temporary folder, which only this user may enter: the cache holds compiled
    templates, run as code. Where that cannot be had (no temporary folder, the name taken by another user),
    a path below a device, where nothing is read or written: no cache."""
    try:
        folder = Path(tempfile.gettempdir()) / f"reportkit-cache-{os.getuid()}"
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077:
            return folder
    except OSError:  # gettempdir's "No usable temporary directory" is one
        pass
    return Path(os.devnull) / "reportkit"
