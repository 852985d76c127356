"""Where the official tables stand in a workbook (:func:`locate`), found by their labels: at A1 of their own sheet as
exported, or moved down or right on it, on a sheet of another name, all three on one, or worded as a province's
template words them (:func:`alike`); and the labels a table lacks where it should stand (:func:`check_labels`).
A sheet is read only in the cells it stores (:func:`stored`).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from openpyxl.cell.cell import MergedCell
from openpyxl.worksheet.worksheet import Worksheet

from ..errors import ERROR, NOTE, Diagnostic
from .export import HELP_SHEET, cell_name


#: More shifted labels than this on one sheet are one problem (a row inserted), not many.
MAX_LABELS = 3


@dataclass(frozen=True)
class Place:
    """Where an official table stands in the workbook: its worksheet, and how many rows and columns down and right of
    A1 (where the export puts it) it starts."""

    ws: Worksheet
    rows: int = 0
    columns: int = 0

    def cell(self, r: int, c: int):
        """The worksheet's cell at the table's 0-based grid position (r, c)."""
        return self.ws.cell(r + 1 + self.rows, c + 1 + self.columns)

    def name(self, r: int, c: int) -> str:
        """The grid position (r, c) as the workbook names it: 表三!E12."""
        return f"{self.ws.title}!{cell_name(r + self.rows, c + self.columns)}"

    def box(self, sheet) -> tuple[int, int, int, int]:
        """The worksheet's first and last rows and columns (1-based) that ``sheet``'s table covers here."""
        grid = sheet.grid()
        rows = max(r + cell.rowspan for (r, _), cell in grid.items())
        columns = max(c + cell.colspan for (_, c), cell in grid.items())
        return self.rows + 1, self.rows + rows, self.columns + 1, self.columns + columns


def redo(alone: bool) -> str:
    """What to do about a table whose rows or columns moved: fill in a fresh workbook (``alone``: one without its data
    file, such as a unit hands in to be summed)."""
    return ("请用 reportkit init annual-report --xlsx 生成空白工作簿（或另取一份空白的统计表模板），再把数字填进去" if alone
            else "请从数据文件另导出一个新的工作簿（-o 新的文件名），再把数字填进去")


def table_in(place: Place, sheet) -> str:
    """A table as a message names it: 表三, or 工作表“统计表”中的表三 where it stands on a sheet of another name."""
    return sheet.name if place.ws.title == sheet.name else f"工作表“{place.ws.title}”中的{sheet.name}"


def merged_range(place: Place, r: int, c: int) -> str:
    """The range (A3:A4) of the merged cell that covers the 0-based grid position (r, c)."""
    at = place.cell(r, c).coordinate
    return next(m for m in place.ws.merged_cells.ranges if at in m).coord


def sheets_to_search(book) -> list[Worksheet]:
    """The worksheets a table may stand on: not a chart (no cells), a very hidden sheet (a program's: WPS keeps its
    pictures in one) or the help sheet."""
    return [ws for ws in book.worksheets
            if isinstance(ws, Worksheet) and ws.sheet_state != "veryHidden" and ws.title != HELP_SHEET]


class _Located(NamedTuple):
    """Where the official tables stand in a workbook (:func:`locate`)."""

    places: dict[str, Place]  # the tables found, by their sheet's name (表三)
    findings: list[Diagnostic]  # a note on each found elsewhere or worded otherwise; an error on each found twice
    named: set[str]  # the worksheets these name
    near: dict[str, Place | None]  # the tables not found: where most of their labels are, if anywhere


def locate(book, official, name: str) -> _Located:
    """Where each official table stands.

    A table is at A1 of its sheet, as exported; else wherever all its labels are (:func:`_ranked`): moved down or right
    on its sheet (a title row typed above it), or, if the workbook has no sheet of its name or only an empty one, on
    another sheet (renamed 表3 or 依申请公开情况统计表, or all three on one sheet, as some provinces' templates have
    them). Found in more places than one, it is an error: which one is meant is the clerk's to say. Not found, its
    labels are checked where most of them are; on its own sheet, at A1 unless all but a few are elsewhere (rows
    inserted within the table put most of them one row lower)."""
    found = _Located({}, [], set(), {})
    for sheet in official:
        own = book[sheet.name] if sheet.name in book.sheetnames and isinstance(book[sheet.name], Worksheet) else None
        if own is not None and not check_labels(Place(own), sheet, name):
            _found_at(found, sheet, Place(own), name)
            continue
        home = own is not None and typed(own)
        ranked = _ranked([own] if home else [ws for ws in sheets_to_search(book) if ws is not own], sheet)
        fits = [place for place, _ in ranked if not check_labels(place, sheet, "")]
        if len(fits) > 1:
            found.named.update(place.ws.title for place in fits)
            spots = "、".join(f"“{place.ws.title}”的 {place.name(0, 0).rpartition('!')[2]}" for place in fits)
            found.findings.append(Diagnostic(ERROR, f"{sheet.name}（{sheet.title}）在工作簿中有 {len(fits)} 处（{spots} 起），"
                                                    "不知道该读哪一处：请删除不用的那一处（或它所在的工作表），再导入",
                                             name, cell=fits[0].name(0, 0)))
        elif fits:
            _found_at(found, sheet, fits[0], name)
        else:
            labels = len(sheet.grid()) - len(sheet.cells)
            moved = ranked and ranked[0][1] >= labels - MAX_LABELS  # a few labels wrong, not rows inserted within
            near = ranked[0][0] if ranked and (moved or not home) else Place(own) if home else None
            found.near[sheet.name] = near
            if near is not None:
                found.named.add(near.ws.title)
    return found


def _found_at(found: _Located, sheet, place: Place, name: str) -> None:
    found.places[sheet.name] = place
    found.named.add(place.ws.title)
    note = _where_found(place, sheet)
    if note:
        found.findings.append(Diagnostic(NOTE, note, name, cell=place.name(0, 0)))


def _where_found(place: Place, sheet) -> str | None:
    """The note on a table read elsewhere than at A1 of its own sheet, or with labels worded otherwise than exported."""
    start = place.name(0, 0).rpartition("!")[2]
    said = []
    if place.ws.title != sheet.name:
        said.append(f"{sheet.name}（{sheet.title}）在工作表“{place.ws.title}”中，从 {start} 开始：按这个位置读取")
    elif place.rows or place.columns:
        said.append(f"{sheet.name}的表格从 {start} 开始（导出时从 A1 开始，上面或左边加了行、列）：按这个位置读取")
    reworded = [(place.name(r, c), place.cell(r, c).value, cell.text) for (r, c), cell in sheet.grid().items()
                if (r, c) not in sheet.cells and place.cell(r, c).value not in (None, "")
                and label_key(place.cell(r, c).value) != label_key(cell.text)]
    if reworded:
        where, found, expected = reworded[0]
        said.append(f"{'其中' if said else sheet.name + '有'} {len(reworded)} 处行列名称的写法与导出的不同，按意思对应（如 {where}"
                    f"“{found}”即“{expected}”）：请核对它们确是同一行、列")
    return "；".join(said) or None


def typed(ws) -> bool:
    """Whether anything is typed on ``ws``."""
    return any(cell.value not in (None, "") for cell in stored(ws))


def stored(ws) -> list:
    """The cells ``ws`` holds, row by row. Not ``iter_rows``: it makes every cell of the rectangle up to the last one
    used, and one mark typed at XFD1048576 took minutes and gigabytes (openpyxl has no public way to the stored ones)."""
    return [ws._cells[at] for at in sorted(ws._cells)]


def _ranked(worksheets, sheet) -> list[tuple[Place, int]]:
    """The places on ``worksheets`` that at least half the labels of ``sheet``'s table point at (:func:`alike`, each
    label found where the table would put it), with how many do, most first."""
    labels = [(at, cell.text) for at, cell in sheet.grid().items() if at not in sheet.cells]
    votes: Counter = Counter()
    for ws in worksheets:
        for cell in stored(ws):
            if isinstance(cell.value, str) and cell.value.strip():
                for (q, k), text in labels:
                    if cell.row > q and cell.column > k and alike(cell.value, text):
                        votes[(ws, cell.row - 1 - q, cell.column - 1 - k)] += 1
    return [(Place(*at), n) for at, n in votes.most_common() if 2 * n >= len(labels)]


def check_labels(place: Place, sheet, name: str, *, alone: bool = False) -> list[Diagnostic]:
    """The labels of ``sheet``'s table that ``place`` lacks (:func:`alike`), up to :data:`MAX_LABELS`. A head left
    blank (a template without 表三's note on its sums) is no matter while most labels are there; a row's label is.
    ``alone``: the workbook has no data file (:func:`redo`)."""
    first = min(r for r, _ in sheet.cells)  # the first row of numbers: rows above it are heads
    labels = [(at, cell) for at, cell in sheet.grid().items() if at not in sheet.cells]
    out, blank = [], []
    for (r, c), cell in labels:
        found = place.cell(r, c).value
        if alike(found, cell.text):
            continue
        if isinstance(place.cell(r, c), MergedCell):  # labels merged (行政处罚 over 行政强制): not moved, hidden
            coord = merged_range(place, r, c)
            said = (f"这一格应为“{cell.text}”，而它与 {coord} 中的其他格合并成了一格：请选中 {coord}，取消合并单元格"
                    f"（“开始 → 合并后居中”），再在这一格写上“{cell.text}”")
        else:
            said = (f"这一格应为“{cell.text}”，而工作簿中是“{found if found is not None else ''}”：表格的行列不能插入、删除或移动；"
                    f"{redo(alone)}")
        wrong = Diagnostic(ERROR, said, name, cell=place.name(r, c))
        (blank if r < first and (found is None or not label_key(found)) else out).append(wrong)
    if 4 * len(blank) > len(labels):
        out = blank + out
    return out[:MAX_LABELS]


#: A label's numbering (一、 (一) 1. (1), as NFKC leaves it), which templates write each in their own way.
_NUMBERING = re.compile(r"^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+[、.]|\d+[、.](?!\d))")
#: A remark in brackets ((单位:万元), (区分处理的,只计这一情形,不计其他情形)), but not a numbering (第(一)项).
_REMARK = re.compile(r"\((?![一二三四五六七八九十\d]+\))[^()]*\)")


@functools.lru_cache(maxsize=4096)
def label_key(text) -> str:
    """A label as compared: full-width letters, digits and brackets made half-width, without spaces and line breaks
    (a table copied from elsewhere may have (一) for （一））."""
    return "".join(unicodedata.normalize("NFKC", str(text)).split())


@functools.lru_cache(maxsize=4096)
def meaning(label: str) -> str:
    """What a label (:func:`label_key`) says: without its numbering, remarks in brackets and punctuation."""
    said = _REMARK.sub("", _NUMBERING.sub("", label))
    return "".join(ch for ch in said if not unicodedata.category(ch).startswith("P"))


def alike(found, expected: str) -> bool:
    """Whether a label says ``expected``: as exported but for spaces, line breaks and the width of brackets and digits;
    or in a template's own wording, the same words without numbering, remarks in brackets and punctuation, or the
    one's words (four characters at least) within the other's (“(一)新收政府信息公开申请数量” for
    “一、本年新收政府信息公开申请数量”). Compared where the table has the label, never to find a row by itself."""
    if found is None:
        return False
    theirs, ours = label_key(found), label_key(expected)
    if theirs == ours:
        return True
    short, long = sorted((meaning(theirs), meaning(ours)), key=len)
    return bool(short) and (short == long or len(short) >= 4 and short in long)
