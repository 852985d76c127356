"""Statistics tables as agencies publish them: table 二's head row with its corner cell (信息内容) left
empty is its head, not a row without a label whose cells were lost."""
from __future__ import annotations

from pathlib import Path

import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source

PLUGINS = load_plugins()
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"


def test_table_two_whose_corner_cell_is_empty_reads_as_with_it(tmp_path):
    page = render_source(EXAMPLE, "html", tmp_path, PLUGINS)
    html = page.read_text(encoding="utf-8")
    assert html.count(">信息内容<") >= 3  # one head row over each block of table 二
    blank = tmp_path / "blank"
    blank.mkdir()
    corner = html.replace(">信息内容<", "><")
    source = blank / "report.html"
    source.write_text(corner, encoding="utf-8")
    result = imported(source, blank, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    expected = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))["tables"]["active_disclosure"]
    assert data["tables"]["active_disclosure"] == expected
    assert not [f.message for f in result.findings if "表二" in f.message]
