"""R9's modules (annual_report/figures/) import in any order: each one first in a fresh interpreter.

The 2008 reader imports :mod:`.figures.matters` before the rule does, the fee import :mod:`.figures.fees`: an import
cycle between the modules would break only the one that happens to come first.
"""
from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "reportkit.default_plugins.annual_report.figures"
MODULES = ("citations", "sentences", "phrases", "periods", "organs", "matters", "parts", "kinds", "cells", "shares", "closed",
           "results", "proceedings", "respective", "applicants", "channels", "check", "fees")


def test_the_package_holds_the_modules_named_here():
    from reportkit.default_plugins.annual_report import figures

    assert {m.name for m in pkgutil.iter_modules(figures.__path__)} == set(MODULES) - {"citations"}


@pytest.mark.parametrize("name", MODULES)
def test_each_module_imports_first_in_a_fresh_interpreter(name):
    module = f"reportkit.default_plugins.annual_report.{name}" if name == "citations" else f"{PACKAGE}.{name}"
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, encoding="utf-8",
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr


def test_cell_citations_need_none_of_r9():
    """Building a report resolves its citations: that imports no R9 module, which the rules import when they run."""
    code = ("import sys\nfrom reportkit.default_plugins.annual_report import citations\n"
            f"print(sorted(m for m in sys.modules if m.startswith({PACKAGE!r})))\n"
            f"import {PACKAGE}.check")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, encoding="utf-8", cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
