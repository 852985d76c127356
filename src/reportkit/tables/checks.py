"""What ``tables import`` says of a workbook besides its tables' numbers: a workbook named otherwise than .xlsx or
still open in Excel, the sheets it does not read (an error for a filled-in copy beside an untouched original), 批注
changed, tables read from hidden sheets, rows or columns, and text typed outside the tables.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl.reader.excel import SUPPORTED_FORMATS
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..errors import ERROR, NOTE, WARNING, Diagnostic
from . import TABLE_NAMES
from .cells import formula
from .export import _comment
from .locate import Place, check_labels, sheets_to_search, stored, table_in, typed
from .writeback import equal


def renamed(path: Path) -> list[Diagnostic]:
    """A note on a workbook read under a name that is not a workbook's (统计表.xls, a download without its extension):
    what it is, and the name to give it."""
    if path.suffix.lower() in SUPPORTED_FORMATS:
        return []
    what = f"扩展名是 {path.suffix}" if path.suffix else "没有扩展名"
    return [Diagnostic(NOTE, f"这个文件{what}，内容却是 .xlsx 工作簿（多半是改过名字，或下载时改了名）：已照常读取；"
                             f"建议把它改名为 {path.stem if path.suffix else path.name}.xlsx", str(path))]


def still_open(path: Path, then: str) -> list[Diagnostic]:
    """A warning while Excel, WPS or LibreOffice has the workbook open (its lock file beside it): what is not saved
    is not in the file (``then``: what is done with its numbers)."""
    for lock in (f"~${path.name}", f".~lock.{path.name}#"):
        if (path.parent / lock).exists():
            return [Diagnostic(WARNING, f"这个工作簿正在 Excel、WPS 或 LibreOffice 中打开（旁边有“{lock}”）：只{then}已保存的内容，"
                                        f"没有保存的修改不会{then}；请先保存工作簿，再{then}", str(path))]
    return []


def other_sheets(book, official, places: dict[str, Place], named: set[str], name: str,
                 into: str | None) -> list[Diagnostic]:
    """The sheets besides those the tables were found on (``places``; ``named``: those
    :func:`~reportkit.tables.locate.locate` names) and the help, which are not read.

    A sheet with a table's labels at A1 is a copy (Excel's 移动或复制→建立副本 makes “表三 (2)”); a copy filled in
    beside an untouched original is an error, so that the original's numbers are not taken for the clerk's."""
    out = []
    for ws in sheets_to_search(book):
        if ws.title in named or ws.title in TABLE_NAMES.values():
            continue  # a table's own sheet where it was not found has errors of its own
        like = next((sheet for sheet in official
                     if sheet.name in places and not check_labels(Place(ws), sheet, name)), None)
        if like is None:
            if typed(ws):
                shown = "".join(f"“{place.ws.title}”" for place in dict.fromkeys(places.values()))
                out.append(Diagnostic(WARNING, f"工作表“{ws.title}”未导入：导入只读取{shown or '统计表'}，数字请填在这几个工作表里",
                                      name))
            continue
        original = places[like.name]
        if _filled_in(Place(ws), like) != _filled_in(original, like) and _untouched(original, like):
            out.append(Diagnostic(ERROR, f"工作表“{ws.title}”是“{original.ws.title}”的副本，其中填的数与“{original.ws.title}”"
                                         f"不同，而“{original.ws.title}”没有改动过（与数据文件相同，或全为空、0）：导入只读"
                                         f"“{original.ws.title}”。请把数字填在“{original.ws.title}”中（可从“{ws.title}”复制过去），"
                                         f"再删除“{ws.title}”", name))
        else:
            out.append(Diagnostic(WARNING, f"工作表“{ws.title}”是“{original.ws.title}”的副本，未导入：导入只读"
                                           f"“{original.ws.title}”中的数字；不用的副本请删除", name))
    return out


def _filled_in(place: Place, sheet) -> dict[tuple[int, int], object]:
    """What the cells a clerk fills in hold."""
    return {(r, c): place.cell(r, c).value for (r, c), cell in sheet.cells.items() if not cell.sums or cell.kept}


def _untouched(place: Place, sheet) -> bool:
    """Whether a table holds the data file's numbers, as exported, or only blanks and zeros."""
    values = _filled_in(place, sheet)
    exported = all(equal(v, sheet.cells[p].typed if sheet.cells[p].kept else sheet.cells[p].value)
                   for p, v in values.items())
    return exported or all(v in (None, "", 0) for v in values.values())


def _by_sheet(official, places: dict[str, Place]) -> dict[Worksheet, list]:
    """The tables read from each worksheet (with their places), in the order of the tables."""
    out: dict = {}
    for sheet in official:
        if sheet.name in places:
            out.setdefault(places[sheet.name].ws, []).append((sheet, places[sheet.name]))
    return out


def comments(official, places: dict[str, Place], name: str, into: str | None = "") -> list[Diagnostic]:
    """One note for 批注 added, edited or deleted on the sheets of the tables read (``places``): they are not imported
    (a number's note is the data file's, exported as its 批注); for a workbook without its data file (``into`` None),
    that they are not read."""
    changed = []
    for ws, tables in _by_sheet(official, places).items():
        exported = {(place.cell(r, c).row, place.cell(r, c).column): _comment(cell, sheet)
                    for sheet, place in tables for (r, c), cell in sheet.cells.items() if cell.note or cell.kept}
        found = {(cell.row, cell.column): cell.comment.text for cell in stored(ws) if cell.comment}
        changed += [f"{ws.title}!{get_column_letter(c)}{r}" for r, c in sorted(exported.keys() | found.keys())
                    if "".join((exported.get((r, c)) or "").split()) != "".join((found.get((r, c)) or "").split())]
    if not changed:
        return []
    more = f"等 {len(changed)} 处" if len(changed) > 3 else ""
    if into is None:
        return [Diagnostic(NOTE, f"工作簿中的批注（{'、'.join(changed[:3])}{more}）不读取，只读取数字", name)]
    return [Diagnostic(NOTE, f"工作簿中批注的修改（{'、'.join(changed[:3])}{more}）不导入：要给一个数加注释，请在数据文件中"
                             "把它写成“{value: 数, note: 注释}”，注释印在数后的括号里", name)]


def hidden(official, places: dict[str, Place], name: str) -> list[Diagnostic]:
    """A note for each hidden sheet a table is read from, and for each table read with numbers in hidden rows or
    columns: those numbers count, and a cell named there is not to be seen until it is shown."""
    sheets = dict.fromkeys(place.ws for place in places.values() if place.ws.sheet_state != "visible")
    out = [Diagnostic(NOTE, f"工作表“{ws.title}”是隐藏的，其中的数照样读取：要看到它，在 Excel 中右键单击任一工作表标签，"
                            "选“取消隐藏”", name, cell=f"{ws.title}!A1") for ws in sheets]
    for ws, tables in _by_sheet(official, places).items():
        # a column's width, hidden too, is kept for a range of columns (min to max), under its first letter
        columns = {c for dim in ws.column_dimensions.values() if dim.hidden for c in range(dim.min or 0, (dim.max or 0) + 1)}
        for sheet, place in tables:
            cells = [place.cell(r, c) for r, c in sheet.cells]
            rows = sorted({cell.row for cell in cells if ws.row_dimensions[cell.row].hidden})
            letters = sorted({cell.column for cell in cells if cell.column in columns})
            if not rows and not letters:
                continue
            what = "、".join([f"第 {'、'.join(map(str, rows))} 行"] * bool(rows)
                            + [f"第 {'、'.join(map(get_column_letter, letters))} 列"] * bool(letters))
            first = next(cell for cell in cells if cell.row in rows or cell.column in letters)
            heads = "、".join(["行号"] * bool(rows) + ["列标"] * bool(letters))
            out.append(Diagnostic(NOTE, f"{table_in(place, sheet)}的{what}是隐藏的，其中的数照样读取：要看到它们，选中隐藏处两边的"
                                        f"{heads}，右键 →“取消隐藏”", name, cell=f"{ws.title}!{first.coordinate}"))
    return out


def typed_outside(official, places: dict[str, Place], name: str) -> list[Diagnostic]:
    """A warning for each sheet of the tables read (``places``) with something typed outside them: it is not read.
    A title or caption above or left of the tables is no matter (a table moved down or right for one, or three tables
    on one sheet)."""
    out = []
    for ws, tables in _by_sheet(official, places).items():
        boxes = [place.box(sheet) for sheet, place in tables]
        last, first = max(box[0] for box in boxes), min(box[2] for box in boxes)  # the last top, the first column
        typed = [cell.coordinate for cell in stored(ws) if cell.value not in (None, "")
                 and not any(top <= cell.row <= bottom and left <= cell.column <= right
                             for top, bottom, left, right in boxes)
                 and not ((cell.row < last or cell.column < first) and isinstance(cell.value, str)
                          and not formula(cell.value))]
        if typed:
            more = f"等 {len(typed)} 格" if len(typed) > 3 else ""
            out.append(Diagnostic(WARNING, f"表格之外的 {'、'.join(typed[:3])}{more} 有内容，未导入：数字请填在表格里对应的格中",
                                  name, cell=f"{ws.title}!{typed[0]}"))
    return out
