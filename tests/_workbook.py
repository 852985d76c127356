"""Builders for the workbook tests: a sample's data file and its workbook exported once per module, cells typed in
or saved as Excel and WPS save them, rows and columns inserted, deleted or moved as Excel does it, and an import refused.

Import the fixtures into a test module to use them there: ``from _workbook import _exported, copies``."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from test_tables import SAMPLE, run

#: The end of every message on rows or columns moved within a table.
_NO_MOVING = "表格的行列不能插入、删除或移动"
#: The fix for rows or columns deleted from a table whose workbook came from a data file.
_UNDO = "还能撤销的，按 Ctrl+Z 撤销删除、保存后再导入；否则请从数据文件另导出一个新的工作簿（-o 新的文件名），再把数字填进去"
#: 表三!D4 as messages name it.
_NEW_NATURAL = "表三“一、本年新收政府信息公开申请数量”“自然人”"


def exported(folder: Path, source: Path) -> tuple[Path, Path]:
    """A copy of the data file ``source`` in ``folder`` and its workbook, exported."""
    data, book = folder / "report.yaml", folder / "tables.xlsx"
    shutil.copy(source, data)
    result = run("tables", "export", data, "-o", book)
    assert result.exit_code == 0, result.output
    return data, book


@pytest.fixture(scope="module")
def _exported(tmp_path_factory) -> tuple[Path, Path]:
    """examples/sample-2021.yaml and its workbook, exported once for the module."""
    return exported(tmp_path_factory.mktemp("exported"), SAMPLE)


@pytest.fixture
def copies(tmp_path, _exported) -> tuple[Path, Path]:
    """This test's own copies of the data file and its workbook."""
    data, book = (Path(shutil.copy(path, tmp_path / path.name)) for path in _exported)
    return data, book


def _typed(book: Path, cells: dict, saved_as: Path | None = None) -> Path:
    """``book`` with ``cells`` ((sheet, cell) → value) typed in, saved as ``saved_as`` (else over itself)."""
    wb = load_workbook(book)
    for (sheet, cell), value in cells.items():
        wb[sheet][cell] = value
    wb.save(book)
    return book if saved_as is None else Path(shutil.move(book, saved_as))


def _cell_xml(book: Path, sheet: str, at: str, xml: str) -> None:
    """``sheet``!``at`` replaced by the cell ``xml``, as Excel or WPS saves it (a formula with the value it computed,
    a text typed into a cell formatted as text)."""
    part = f"xl/worksheets/sheet{load_workbook(book).sheetnames.index(sheet) + 1}.xml"
    with zipfile.ZipFile(book) as package:
        parts = {item: package.read(item) for item in package.namelist()}
    text, n = re.subn(rf'<c r="{at}"[^>]*?(?:/>|>.*?</c>)', xml, parts[part].decode("utf-8"), count=1)
    assert n == 1
    parts[part] = text.encode("utf-8")
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as package:
        for item, content in parts.items():
            package.writestr(item, content)


def _text(book: Path, sheet: str, at: str, text: str) -> None:
    """``sheet``!``at`` holding ``text``, as a cell formatted as text holds what is typed in."""
    _cell_xml(book, sheet, at, f'<c r="{at}" t="inlineStr"><is><t>{text}</t></is></c>')


def _merges_moved(book: Path, sheet: str, edit: Callable) -> None:
    """``book``'s ``sheet`` changed by ``edit(ws, ranges)`` with its merged cells undone (``ranges``), which yields the
    merged cells to make again, then saved."""
    wb = load_workbook(book)
    ws = wb[sheet]
    ranges = [CellRange(r.coord) for r in ws.merged_cells.ranges]
    for merged in ranges:
        ws.unmerge_cells(merged.coord)
    for merged in list(edit(ws, ranges)):
        ws.merge_cells(merged.coord)
    wb.save(book)


def _insert(book: Path, sheet: str, at: int, amount: int = 1, *, columns: bool = False) -> None:
    """Rows (columns) inserted in ``book``'s ``sheet`` before row (column) ``at`` as Excel inserts them: the merged
    cells after them move along, those across them grow (openpyxl's ``insert_rows`` leaves merged cells where they
    were)."""

    def edit(ws, ranges):
        (ws.insert_cols if columns else ws.insert_rows)(at, amount)
        for merged in ranges:
            first, last = (merged.min_col, merged.max_col) if columns else (merged.min_row, merged.max_row)
            if first >= at:
                merged.shift(col_shift=amount) if columns else merged.shift(row_shift=amount)
            elif last >= at:
                merged.expand(right=amount) if columns else merged.expand(down=amount)
            yield merged

    _merges_moved(book, sheet, edit)


def _delete(book: Path, sheet: str, at: int, amount: int = 1, *, columns: bool = False) -> None:
    """Rows (columns) deleted from ``book``'s ``sheet`` from row (column) ``at`` on as Excel deletes them: the merged
    cells after them move back, those across them shrink (openpyxl's ``delete_rows`` leaves merged cells where they
    were)."""

    def edit(ws, ranges):
        (ws.delete_cols if columns else ws.delete_rows)(at, amount)
        end = at + amount
        for merged in ranges:
            first, last = (merged.min_col, merged.max_col) if columns else (merged.min_row, merged.max_row)
            kept = [p for p in range(first, last + 1) if not at <= p < end]
            if len(kept) * (merged.size["rows"] if columns else merged.size["columns"]) < 2:
                continue  # none or one cell left
            first, last = (p - amount * (p >= end) for p in (kept[0], kept[-1]))
            if columns:
                merged.min_col, merged.max_col = first, last
            else:
                merged.min_row, merged.max_row = first, last
            yield merged

    _merges_moved(book, sheet, edit)


def _move(book: Path, sheet: str, at: int, to: int, *, columns: bool = False) -> None:
    """Row (column) ``at`` of ``book``'s ``sheet`` cut and inserted before row (column) ``to`` (both numbered as before
    the move), as Excel's “插入剪切的单元格” moves it: those between close up; its texts, numbers and own merged cells
    go along; merged cells across it shrink where it was and grow where it went (not for a row or column holding the
    first cell of a merged cell across it)."""
    ws = load_workbook(book)[sheet]
    line = [(cell.row, cell.column, cell.value) for cell in (ws[get_column_letter(at)] if columns else ws[at])
            if cell.value is not None]
    own = [CellRange(r.coord) for r in ws.merged_cells.ranges
           if ((r.min_col, r.max_col) if columns else (r.min_row, r.max_row)) == (at, at)]
    now = to - (to > at)  # where it stands once moved
    _delete(book, sheet, at, columns=columns)
    _insert(book, sheet, now, columns=columns)
    wb = load_workbook(book)
    ws = wb[sheet]
    for row, column, value in line:
        (ws.cell(row, now) if columns else ws.cell(now, column)).value = value
    for merged in own:
        merged.shift(**({"col_shift": now - at} if columns else {"row_shift": now - at}))
        ws.merge_cells(merged.coord)
    wb.save(book)


def _changed(book: Path, sheet: str, changes: list) -> None:
    """``changes`` made to ``sheet`` one after another, as Excel makes them: ("insert" or "delete", at, columns) each."""
    for what, at, columns in changes:
        (_insert if what == "insert" else _delete)(book, sheet, at, columns=columns)


def _errors(output: str) -> list[str]:
    """The error lines of a command's output."""
    return [line for line in output.splitlines() if ": error: " in line]


def _refused(data: Path, book: Path, change: Callable[[Path], object]) -> tuple[Result, list[str]]:
    """``reportkit tables import book --into data`` after ``change(book)``: refused (exit code 1) with ``data`` byte for
    byte as it was; the command's result and its error lines."""
    before = data.read_bytes()
    change(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1, result.output
    assert data.read_bytes() == before
    return result, _errors(result.output)
