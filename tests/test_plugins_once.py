"""tests/_plugins_once.py: the tests' loads of the plugins come from a cache only where a fresh load gives the same."""
from __future__ import annotations

import reportkit.cli
from reportkit.default_plugins import bundled_fonts


def test_a_test_that_patches_nothing_shares_one_load_and_has_its_own_registry():
    first = reportkit.cli.load_plugins()
    first.registry.kinds.clear()
    first.problems.append("这一次加载的问题")
    second = reportkit.cli.load_plugins()
    assert second.manager is first.manager
    assert "annual-report" in second.registry.kinds and "这一次加载的问题" not in second.problems


def test_a_test_that_patches_what_the_plugins_read_loads_them_afresh(monkeypatch):
    reportkit.cli.load_plugins()
    monkeypatch.setattr(bundled_fonts, "OFL", "某许可")
    assert {face.licence for face in reportkit.cli.load_plugins().registry.fonts
            if face.name.startswith("RK ")} == {"某许可"}
