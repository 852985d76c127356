"""The tree passes the lint rules ``pyproject.toml`` chooses (``[tool.ruff.lint]``), with the pinned ruff."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ("src", "plugins", "tests", "benchmarks", "tools")


def test_ruff_finds_nothing_in_the_tree():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise",
                             *CHECKED], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_rules_are_the_projects_own(tmp_path):
    """A file breaking a chosen rule fails the check run the way the test above runs it."""
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\nfor i in range(3):\n    print()\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise",
                             "--config", str(ROOT / "pyproject.toml"), str(bad)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "F401" in result.stdout and "B007" in result.stdout
