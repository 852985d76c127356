"""A PDF's text copied in reading order (pdftotext without -layout, a PDF reader's select-all and copy): each cell of
a statistics table on a line of its own, labels apart from their figures. Where each label is followed by exactly its row's figures, import reads the
tables; a copy keeping its rows is never taken for one. The report is
examples/sample-2021.yaml's web page as text, its tables' rows cut into a line a cell as such a copy gives them."""
from __future__ import annotations

from pathlib import Path

import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, page_as_text, render_source

PLUGINS = load_plugins()


def _copy(tmp_path: Path, in_reading_order: bool) -> Path:
    text = page_as_text(render_source(Path("examples/sample-2021.yaml"), "html", tmp_path, PLUGINS)
                        .read_text(encoding="utf-8"))
    if in_reading_order:
        text = "\n".join("\n\n".join(cell for cell in line.split("\t") if cell) for line in text.split("\n"))
    path = tmp_path / "copied.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_copy_in_reading_order_whose_rows_line_up_reads_as_the_copy_with_rows(tmp_path):
    """Each label followed by exactly its row's figures: the tables are read (since session 30; the copy was named
    first as unreadable, tests/test_import_reading_order_cells.py has the rows that do not line up)."""
    result = imported(_copy(tmp_path, True), tmp_path, PLUGINS)
    assert result.ok and not [f for f in result.findings if "阅读顺序" in f.message]
    rows = tmp_path / "rows"
    rows.mkdir()
    plain = imported(_copy(rows, False), rows, PLUGINS)
    assert yaml.safe_load(result.target.read_text(encoding="utf-8"))["tables"] == \
        yaml.safe_load(plain.target.read_text(encoding="utf-8"))["tables"]


def test_a_copy_with_its_tables_rows_is_not(tmp_path):
    result = imported(_copy(tmp_path, False), tmp_path, PLUGINS)
    assert result.ok and not [f for f in result.findings if "阅读顺序" in f.message]


def test_a_row_of_0_whose_blank_cells_the_copy_left_out_is_read_as_0(tmp_path):
    """A row printed with some cells 0 and the others blank loses the blank ones in a copy in reading order (“7.属于
    行政执法案卷” followed by three 0s of its seven cells): it is read as a row of 0s, in the one finding that names the
    rows printed blank, as a copy keeping its rows reads it; it was placeholders in every cell."""
    path = _copy(tmp_path, True)
    row = "\n\n".join(["7.属于行政执法案卷", *["0"] * 7])
    text = path.read_text(encoding="utf-8")
    assert text.count(row) == 1
    path.write_text(text.replace(row, "\n\n".join(["7.属于行政执法案卷", *["0"] * 3])), encoding="utf-8")
    result = imported(path, tmp_path, PLUGINS)
    written = result.target.read_text(encoding="utf-8")
    data = yaml.safe_load(written)
    assert data["tables"]["applications"]["results"]["denied"]["enforcement_case"] == \
        dict.fromkeys(data["tables"]["applications"]["new_received"], 0)
    assert "请填写" not in written
    assert [f.message for f in result.findings if "整行空白" in f.message and "“7.属于行政执法案卷”" in f.message]
