"""Numbers in hidden rows or columns of a table (Excel's 隐藏, or a group folded away): they are read, as the numbers of a
hidden sheet are, and a note names the rows and columns and how to show them, for a clerk who finds a number
counted that the sheet does not show."""
from __future__ import annotations

import openpyxl
import pytest

from test_aggregate_workbooks import GRANTED, NEW, blank_workbook, fill, run, summed


def _hide(book, rows=(), columns=None) -> None:
    workbook = openpyxl.load_workbook(book)
    for sheet, row in rows:
        workbook[sheet].row_dimensions[row].hidden = True
    if columns:
        sheet, first, last = columns
        workbook[sheet].column_dimensions.group(first, last, hidden=True)  # one range, kept under its first letter
    workbook.save(book)


@pytest.mark.parametrize("rows, columns, said", [
    ([("表三", 6)], None, "表三!D6: note: 表三的第 6 行是隐藏的，其中的数照样读取：要看到它们，选中隐藏处两边的行号，"
                          "右键 →“取消隐藏”"),
    ([("表三", 6), ("表三", 9)], ("表三", "D", "E"), "表三!D4: note: 表三的第 6、9 行、第 D、E 列是隐藏的，其中的数照样读取：要看到"
                                                    "它们，选中隐藏处两边的行号、列标，右键 →“取消隐藏”"),
], ids=["row", "rows-and-columns"])
def test_numbers_in_hidden_rows_and_columns_are_read_with_a_note(exported, rows, columns, said):
    data, book = exported
    _hide(book, rows, columns)
    result = run("tables", "import", book, "--dry-run", "--into", data)
    assert result.exit_code == 0, result.output
    assert f"{book}:{said}" in result.output.splitlines()


def test_a_unit_s_hidden_row_is_summed_and_noted(tmp_path):
    book = fill(blank_workbook(tmp_path, "某镇"), {NEW: 4, GRANTED: 4}, tmp_path / "某镇2023.xlsx")
    _hide(book, [("表三", 6)])
    out = tmp_path / "某县2023.yaml"
    result = run("aggregate", book, "-o", out)
    assert result.exit_code == 0, result.output
    assert f"{book}:表三!D6: note: 表三的第 6 行是隐藏的，其中的数照样读取：要看到它们，选中隐藏处两边的行号，右键 →“取消隐藏”" \
        in result.output.splitlines()
    assert summed(out, GRANTED) == 4


def test_hidden_rows_outside_the_numbers_are_no_matter(exported):
    data, book = exported
    _hide(book, [("表三", 2), ("表三", 40)])  # a head row, a row below the table
    result = run("tables", "import", book, "--dry-run", "--into", data)
    assert result.exit_code == 0, result.output
    assert "隐藏" not in result.output
