"""A table of a PDF as a :class:`.source.Grid` (:func:`table_grid`): a ruled table's cells on the grid of its
rules, each merged cell repeated over what it covers, each cell's text (its lines joined, read down where it is set
vertically, a placeholder where the page cut it off); the columns a table's part split by a page break takes from the
other (:func:`shared_columns`), and those whose text ends in its last row (:func:`ended_columns`)."""
from __future__ import annotations

import math
import re
from itertools import pairwise

from ...errors import NOTE
from ..html import nested_note
from ..source import Grid, fill_spans, merged
from .boxes import in_box
from .ruled import NEAR, Clipped
from .text import ASCII_WORD, FIGURE, HAN, line_joint, line_size, plain_text, space_after
from .unruled import Unruled

#: A line break in a table cell's text, with the blanks about it.
_CELL_BREAK = re.compile(r"[ \u00a0]*\n[ \u00a0]*")
#: What a cell cut off by the page's edge reads as: not a figure, so the mapping leaves a placeholder and says why;
#: a column off the page is not there to count, so the figures of a row so cut are never matched by position.
_CUT_OFF = "（超出页面，未能读出）"


def _cell(extracted: str | None, page=None, bbox: tuple | None = None, keeps: bool = False) -> str:
    """A table cell's text: its lines joined, with a space only between Latin letters (“annual” / “report”); a line
    break inside a Chinese or numeric cell is the column's width wrapping it (“2206” / “5”, “含撤回1” / “件”). Where the
    cell's box (``bbox``) on its ``page`` is known, its lines as drawn tell, as a paragraph's do
    (:func:`.text.line_joint`), whether the engine broke a word too long for the cell (a file name) inside it: then
    they join without one."""
    text = extracted or ""
    breaks = list(_CELL_BREAK.finditer(text))
    latin = [bool(ASCII_WORD.match(text[m.start() - 1:m.start()]) and ASCII_WORD.match(text[m.end():m.end() + 1]))
             for m in breaks]
    joints = [" " if between else "" for between in latin]
    if any(latin) and page is not None:
        lines = _cell_lines(page, bbox)
        if len(lines) == len(breaks) + 1:
            left = min(line["x0"] for line in lines)  # the cell's padding, as far in from the right
            right = bbox[2] - (left - bbox[0])
            joints = [line_joint(a, b, left, right, keeps) if between else joint
                      for between, joint, (a, b) in zip(latin, joints, pairwise(lines))]
    parts = iter(joints)
    return plain_text(_CELL_BREAK.sub(lambda m: next(parts), text))


def _vertical(chars: list[dict]) -> str | None:
    """The text of a cell set vertically (Word's 文字方向, a narrow head's 自然人 or 社会公益组织), column by column;
    None for one set in lines. Its characters turned (“从下至上”, “从上至下”: pdfplumber reads them backwards, 人然自)
    read along their turn, the columns one after another across it. Upright ones stacked in columns (“竖排”) read top
    down, the columns right to left, where the leftmost column is the short one (lines leave the last line short,
    at the bottom: a name in lines wrapped alike, 社会公 over 益组织, reads as lines): Chinese only, a head's name."""
    turned = [c for c in chars if not c["upright"]]
    if chars and len(turned) * 2 > len(chars):
        up = turned[0]["matrix"][1] > 0  # running up the page, its lines go left to right (a matrix of 90°)
        columns = _stacks(turned)
        return "".join(c["text"] for column in (columns if up else columns[::-1])
                       for c in sorted(column, key=lambda c: c["top"], reverse=up))
    if not chars or not all(HAN.match(c["text"]) for c in chars):
        return None
    columns = _stacks(chars)[::-1]
    counts = [len(column) for column in columns]
    stacked = all(len({round(c["top"]) for c in column}) == len(column) for column in columns)
    if len(columns) < 2 or not stacked or len(set(counts[:-1])) != 1 or counts[-1] >= counts[0] \
            or counts[0] <= len(columns):
        return None
    return "".join(c["text"] for column in columns for c in sorted(column, key=lambda c: c["top"]))


def _stacks(chars: list[dict]) -> list[list[dict]]:
    """``chars`` in columns, left to right: each a run of them starting within half a character of one another."""
    columns: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: c["x0"]):
        if columns and char["x0"] - columns[-1][-1]["x0"] < char["size"] / 2:
            columns[-1].append(char)
        else:
            columns.append([char])
    return columns


def _cell_lines(page, bbox: tuple) -> list[dict]:
    """The lines of the cell at ``bbox`` (its characters, as pdfplumber reads a cell's), as
    :func:`.page.page_contents` gives a page's: with ``space_after``."""
    inside = page.filter(lambda obj: obj.get("object_type") == "char" and in_box(obj, bbox))
    spaces = [c for c in inside.chars if c["text"] == " "]
    return [ln | {"space_after": space_after(ln, spaces)} for ln in inside.extract_text_lines()]


def shared_columns(pages: list[tuple]) -> dict[int, list[float]]:
    """The column edges a ruled table split by a page break has in its other part, by the id of the part that lacks
    them: its rows all have merged cells where the other has several columns (table 三's head down to 自然人,
    法人或其他组织 and 总计 at a page's foot, 商业企业 … 其他 on the next page; its last rows, under a label cut by the
    break), and it is read in the other's columns so that the two join. The parts are the last table on a page and the
    first on the next, nothing between them, as wide as each other, one's edges among the other's; a part above with
    fewer columns is a head (no figure in it): two tables one under the other (表四's 行政复议, then 行政诉讼) are not
    one."""
    def among(few: list[float], many: list[float]) -> bool:
        return all(any(abs(a - b) <= 2 for b in many) for a in few)

    out: dict[int, list[float]] = {}
    for (lines, tables, *_), (next_lines, next_tables, *_) in pairwise(pages):
        if not tables or not next_tables:
            continue
        last, first = max(tables, key=lambda t: t.bbox[1]), min(next_tables, key=lambda t: t.bbox[1])
        if isinstance(last, Unruled) or isinstance(first, Unruled) or abs(last.bbox[0] - first.bbox[0]) > 2 \
                or abs(last.bbox[2] - first.bbox[2]) > 2 or any(ln["top"] > last.bbox[3] for ln in lines) \
                or any(ln["top"] < first.bbox[1] for ln in next_lines):
            continue
        above, below = _column_rules(last), _column_rules(first)
        if len(above) < len(below) and among(above, below) \
                and not any(FIGURE.fullmatch(_cell(text)) for row in last.extract() for text in row):
            out[id(last)] = below
        elif len(below) < len(above) and among(below, above):
            out[id(first)] = above
    return out


def ended_columns(table, columns: list[float] = ()) -> set[int]:
    """The columns of :func:`table_grid`'s grid of ``table`` whose text ends in its last row: its last line stops short
    of its cell's width by a character or more (a cell whose text a page break cut fills its lines to the break); none
    for a table printed without rules."""
    if isinstance(table, Unruled):
        return set()
    xs = _column_rules(table, columns)
    out: set[int] = set()
    for bbox in table.cells:
        lines = _cell_lines(table.page, bbox) if abs(bbox[3] - table.bbox[3]) < 2 else []
        right = bbox[2] - (min(line["x0"] for line in lines) - bbox[0]) if lines else 0  # padding as on the left
        if lines and lines[-1]["x1"] < right - line_size(lines[-1]):
            c0 = _index(xs, bbox[0])
            out.update(range(c0, max(c0 + 1, _index(xs, bbox[2]))))
    return out


def _column_rules(table, columns: list[float] = ()) -> list[float]:
    """The edges of ``table``'s columns, and ``columns`` (:func:`shared_columns`)."""
    return _merge_close(sorted({round(v, 1) for c in table.cells for v in (c[0], c[2])} | set(columns)))


def table_grid(table, place: str, columns: list[float] = (), keeps: bool = False, findings: list | None = None) -> Grid:
    """The table with every merged cell repeated over the grid positions its box covers, and over ``columns`` (the
    edges of the other part of a table a page break split, :func:`shared_columns`). A table cut off on the right
    says so in its place: the columns beyond are missing. ``keeps``: the PDF draws the spaces lines broke at
    (:func:`.text.keeps_wrap_spaces`). Where a table is nested in a cell (:func:`.ruled.hold_nested`), ``findings``
    has a note of where its cells went."""
    if isinstance(table, Unruled):
        return Grid(table.rows, [f"{place}第 {i + 1} 行" for i in range(len(table.rows))], place, placed=True)
    if isinstance(table, Clipped):
        place += "（右边超出页面，切掉的列未能读出）"
    texts = table.extract()
    xs = _column_rules(table, columns)
    # A row's edges are those of cells with text: a browser draws a cell cut by the page break as a blank sliver,
    # whose edge would split the row beside it in two and repeat its text (“出现了两次”).
    # So does a cell drawn shorter than the rows it spans (a browser's merged label cut by the break, “三、本年度办理结果”
    # ending inside the “（二）部分公开” row): an edge no cell starts at is no row's.
    filled = [bbox for row, values in zip(table.rows, texts) for bbox, text in zip(row.cells, values)
              if bbox is not None and text and text.strip()]
    tops = [c[1] for c in table.cells] + [table.bbox[3]]
    ys = sorted({round(v, 1) for c in filled or table.cells for v in (c[1], c[3])
                 if v == c[1] or any(abs(v - top) <= 2 for top in tops)}
                | {round(table.bbox[1], 1), round(table.bbox[3], 1)})
    ys = _merge_close(ys)
    left, _, right, _ = table.page.bbox
    beyond = [c for c in table.page.chars if c["x0"] < left or c["x1"] > right]
    inked = [c for c in table.page.chars if c["text"].strip() and in_box(c, table.bbox)]
    turned = any(not c["upright"] for c in inked)
    cells = []
    for row, values in zip(table.rows, texts):
        for bbox, text in zip(row.cells, values):
            if bbox is None:
                continue
            if min(bbox[2] - bbox[0], bbox[3] - bbox[1]) <= NEAR and not (text and text.strip()):
                continue  # the blank sliver between two rules drawn as one (:data:`.ruled.NEAR`)
            c0, c1 = _index(xs, bbox[0]), _index(xs, bbox[2])
            r0, r1 = _index(ys, bbox[1]), _index(ys, bbox[3])
            # a cell set vertically (its characters turned, or upright ones in lines of one: 自/然/人)
            vertical = _vertical([c for c in inked if in_box(c, bbox)]) \
                if turned or text and "\n" in text and HAN.match(text) else None
            text = _CUT_OFF if _clipped(table, bbox) or _cut(bbox, beyond, left, right) \
                else vertical if vertical is not None else _cell(text, table.page, bbox, keeps)
            cells.append((r0, c0, max(1, r1 - r0), max(1, c1 - c0), text))
    grid = fill_spans(cells)
    places = [f"{place}第 {i + 1} 行" for i in range(len(grid))]
    for x0, top, x1, bottom in getattr(table, "nested", []) if findings is not None else []:
        r0, r1, c0, c1 = _index(ys, top), _index(ys, bottom), _index(xs, x0), _index(xs, x1)
        what = nested_note(r1 - r0, c1 - c0, (r0, r1), (c0, c1))
        findings.append((places[r0], f"{what}：请对照原件核对", "cells", what, NOTE))
    return Grid(grid, places, place, merged(cells), placed=True)



def _clipped(table, bbox: tuple) -> bool:
    """Whether the cell at ``bbox`` of a :class:`.ruled.Clipped` table is cut off: at its edge, it shows nothing, or
    its text runs on right of the page's text beside the table (where the page ends it, past the article's edge)."""
    if not isinstance(table, Clipped) or abs(bbox[2] - table.edge) >= 1:
        return False
    chars = [c for c in table.page.chars if in_box(c, bbox)]
    article = max((c["x1"] for c in table.page.chars if not in_box(c, table.bbox)), default=-math.inf)
    return not chars or max(c["x1"] for c in chars) > article


def _cut(bbox: tuple, beyond: list[dict], left: float, right: float) -> bool:
    """Whether the cell at ``bbox`` is cut off by the page (a web page printed too wide): its rules stop at the page's
    edge and text in its rows lies beyond, so what it shows may be part of a figure (84 for 845), or nothing."""
    x0, top, x1, bottom = bbox
    return any(top <= (c["top"] + c["bottom"]) / 2 <= bottom and (abs(x0 - left) < 1 and c["x0"] < left or
                                                                  abs(x1 - right) < 1 and c["x1"] > right) for c in beyond)


def _merge_close(values: list[float]) -> list[float]:
    """``values`` (a table's rules, sorted), each run of them :data:`.ruled.NEAR` one another as its first: one rule
    drawn twice or more."""
    return [v for k, v in enumerate(values) if not k or v - values[k - 1] > NEAR]


def _index(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))
