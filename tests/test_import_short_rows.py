"""A row of table 三 shorter than its head (a site or a PDF left cells out): which columns its figures stand in is not
known, so they are placeholders with one finding; the import raised an internal error (IndexError)."""
from __future__ import annotations

from pathlib import Path

from reportkit.importers.annual import map_annual
from reportkit.importers.html import read as read_html
from reportkit.importers.source import Grid
from reportkit.plugins import load_plugins

from _import_helpers import render_source

GRANTED = "（一）予以公开"


def test_a_row_shorter_than_the_head_is_placeholders_with_one_finding(tmp_path):
    page = render_source(Path("examples/sample-2021.yaml"), "html", tmp_path, load_plugins())
    published = read_html(page)
    [table] = [item for item in published.items if isinstance(item, Grid) and "申请人情况" in "".join(item.rows[0])]
    row = next(i for i, cells in enumerate(table.rows) if GRANTED in cells)
    table.rows[row] = table.rows[row][:-2]
    imported = map_annual(published)
    assert [f.message for f in imported.findings] == [
        f"表三“{GRANTED}”一行只有 {len(table.rows[row])} 格，比表头少，对不上是哪几列：这一行的数字未导入"]
    granted = imported.data["tables"]["applications"]["results"]["granted"]
    assert granted["natural_person"] == f"【请填写：表三“{GRANTED}”“自然人”】"
    assert all(str(value).startswith("【请填写：") for value in granted.values())
