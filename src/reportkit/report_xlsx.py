"""``--report 结果.xlsx`` of ``check`` and ``render``: the results as an Excel workbook, for reviewers who filter and
sort them in Excel or WPS. Each command says its sheets (:class:`Sheet`); :func:`workbook_bytes` lays them out alike:
Chinese headers, the header row frozen, an autofilter, widths to fit, long texts wrapped, every text a text cell."""
from __future__ import annotations

import io
from dataclasses import dataclass, field

from .layout import monospaced_width
from .write import readable

#: The most characters Excel keeps in a cell.
CELL_LIMIT = 32767
#: Fills for values that call for attention (a finding's 级别, a file's 结论).
RED, YELLOW = "FFC7CE", "FFEB9C"


@dataclass(frozen=True)
class Column:
    """A column: the rows' ``key``, its ``header``, at most ``widest`` characters wide (``wrap``: that wide, the
    text wrapping), and a fill colour for some of its values."""

    key: str
    header: str
    widest: int = 40
    wrap: bool = False
    fills: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Sheet:
    """A sheet named ``title``: ``rows`` (dicts) shown in ``columns``."""

    title: str
    columns: tuple[Column, ...]
    rows: list[dict]


def workbook_bytes(sheets: list[Sheet]) -> bytes:
    """The workbook of ``sheets``, as the bytes of an .xlsx file."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        table = book.create_sheet(sheet.title)
        table.append([column.header for column in sheet.columns])
        for cell in table[1]:
            cell.font = Font(bold=True)
        for number, column in enumerate(sheet.columns, 1):
            widths = [_width(column.header)]
            for line, row in enumerate(sheet.rows, 2):
                cell = table.cell(line, number)
                value = row[column.key]
                if isinstance(value, str):
                    cell.value = _text(value)
                    cell.data_type = "s"  # a file named “=HYPERLINK(…).pdf” is no formula
                    cell.number_format = "@"
                    widths.append(_width(cell.value))
                else:
                    cell.value = value
                    widths.append(len(str(value)))
                cell.alignment = Alignment(wrap_text=column.wrap, vertical="top")
                if value in column.fills:
                    cell.fill = PatternFill("solid", start_color=column.fills[value])
            letter = get_column_letter(number)
            table.column_dimensions[letter].width = column.widest if column.wrap else min(column.widest, max(widths)) + 2
        table.freeze_panes = "A2"
        table.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{len(sheet.rows) + 1}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _text(value: str) -> str:
    """``value`` as a cell can hold it: a file name that is not UTF-8 as :func:`reportkit.write.readable` makes it,
    control characters (which XML cannot carry) as �, and a text longer than Excel keeps cut with a note saying so."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", readable(value))
    if len(text) <= CELL_LIMIT:
        return text
    note = f"……（以下 {{}} 字超出 Excel 一格的上限 {CELL_LIMIT} 字，未写入；请改用 .json 结果文件查看全文）"
    kept = CELL_LIMIT - len(note.format(len(text)))
    return text[:kept] + note.format(len(text) - kept)


def _width(text: str) -> int:
    """The width of ``text``'s longest line in Excel's units: a Chinese character is two."""
    return max(map(monospaced_width, text.splitlines()), default=0)
