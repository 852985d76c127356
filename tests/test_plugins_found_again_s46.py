"""The installed plugins are found again after a package is installed into, or removed from, a folder already on
sys.path between two loads in one process (the entry points are kept only while no such folder changes)."""
from __future__ import annotations

import importlib
import shutil

from reportkit.plugins import load_plugins

PLUGIN = 'REPORTKIT_REQUIRES = ">=0"\n'


def _names(*, hide=()) -> list[str]:
    return [name for name in load_plugins(hide=hide).names() if "found" in name]


def test_a_package_installed_or_removed_in_a_folder_on_sys_path_is_seen_at_the_next_load(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    assert _names() == []
    (site / "reportkit_found_again.py").write_text(PLUGIN, encoding="utf-8")
    info = site / "reportkit_found_again-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: reportkit-found-again\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text("[reportkit]\nreportkit_found_again = reportkit_found_again\n")
    importlib.invalidate_caches()
    assert _names() == ["reportkit-found-again"]
    assert _names(hide=["reportkit-found-again"]) == []  # hiding still applies to what is kept
    shutil.rmtree(info)
    importlib.invalidate_caches()
    assert _names() == []
