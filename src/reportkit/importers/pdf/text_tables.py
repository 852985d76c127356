"""Tables of text printed without rules (a contact table's 单位 / 电话 / 地址, set by tab stops or a
borderless table), each row read as a paragraph with its cells apart (:func:`text_rows`); and a line's runs parted by
column gaps (:func:`column_cells`)."""
from __future__ import annotations

import re
from itertools import pairwise

from ..labels import after_number, numbering
from .text import HAN, WORD_GAP, char_runs, line_size, plain_text

#: A gap between characters this many of their size wider than the line's usual gap (what justifying spread it by)
#: parts two columns: a tab stop's or a borderless table's, not a justified line's.
_COLUMN_GAP = 1
#: A gap this many of their size wider than the line's usual one, with no space drawn in it and a Chinese character
#: beside it, is a tab's, which runs to the next tab stop however near (Word's default ones, 0.5 inch apart): wider
#: than the space a line puts between Chinese and Latin letters or digits (a quarter of a character). It parts a row
#: of a table of text only, whose columns line up with another row's (:func:`text_rows`).
_TAB_GAP = 0.4
#: Between two Chinese characters, where no engine puts a space, a gap this many of their size wider than the line's
#: usual one is a tab's already: a cell ending just before a tab stop leaves a sliver of a gap.
_HAN_TAB_GAP = 0.1
#: What stands between two cells of a row of text read as a paragraph (a contact table's 单位, 电话, 地址), unless the
#: first ends in a mark of its own (电话：).
_CELL_JOINT = "，"


def text_rows(lines: list[dict]) -> dict[int, str]:
    """The rows of tables of text printed without rules (a contact table's 单位 / 电话 / 地址, set by Word's or WPS's
    tab stops or a borderless table) among a page's ``lines``, by id: each row's text, its cells joined by
    :data:`_CELL_JOINT`; "" for a line of a cell wrapped in its column (a long address), read in its row. Such rows are
    two or more lines, one under the next, starting where each other does, each with a column gap
    (:func:`column_cells`) and a cell after it starting where one of the row above does. A row is parted only where a
    column of the rows starts: the gap in a label spaced out by hand (地　　址：) is none. A justified line spreads its
    characters evenly: none of its gaps stands out, and prose is no row."""
    rows: dict[int, str] = {}
    run: list[dict] = []  # each row: its line and cells
    wrapped: list[dict] = []  # the lines of cells wrapped in their columns since the run's last row
    taken: list[int] = []  # the ids of those put into the run's rows
    for line in [*lines, None]:
        last = run[-1] if run else None
        starts = [c["x0"] for c in last["cells"][1:]] if last else []
        cells = column_cells(line, _TAB_GAP, starts) if line is not None else []
        if len(cells) == 2 and numbering(cells[0]["text"]) and not after_number(cells[0]["text"]):
            cells = []  # a list's number a tab stop before its text (Word's numbering): a paragraph, no row
        below = (wrapped or [last["line"]])[-1] if last else None  # the run's last line
        if last and len(cells) > 1 and _row_below(last["line"], last["cells"], below, line, cells):
            run.append({"line": line, "cells": cells})
            _wrapped_into(wrapped, run[-2:])
            taken, wrapped = taken + [id(w) for w in wrapped], []
            continue
        if last and len(cells) == 1 and 0 < line["top"] - below["top"] < 3 * line_size(line) \
                and any(abs(cells[0]["x0"] - c["x0"]) < line_size(line) / 2 and (after is None or line["x1"] < after["x0"])
                        for c, after in zip(last["cells"][1:], [*last["cells"][2:], None])):  # within its column
            wrapped.append(line)
            continue
        if len(run) > 1:
            _wrapped_into(wrapped, run[-1:])
            rows.update(dict.fromkeys([*taken, *map(id, wrapped)], ""))
            starts = [c["x0"] for row in run for c in row["cells"][1:]]
            for row in run:
                size = line_size(row["line"])
                shared = [sum(abs(c["x0"] - x) < size / 2 for x in starts) > 1 for c in row["cells"]]
                # after a column that lines up, a cell is one too: a cell running past its tab stop moves the next on
                first = shared.index(True, 1) if True in shared[1:] else len(shared)
                rows[id(row["line"])] = _joined_cells(row["cells"], [k >= first for k in range(len(shared))])
        run, wrapped, taken = ([{"line": line, "cells": cells}] if len(cells) > 1 else []), [], []
    return rows


def _row_below(first: dict, cells_above: list[dict], upper: dict, line: dict, cells: list[dict]) -> bool:
    """Whether ``line`` (with its ``cells``) is the next row of a table of text after the row starting at ``first``
    (with ``cells_above``) and ending at ``upper`` (its cells wrapped): a line or two below that, starting where
    ``first`` does, with a cell after the first starting where one of ``cells_above`` after the first does."""
    size = line_size(line)
    return 0 < line["top"] - upper["top"] < 3 * size and abs(line["x0"] - first["x0"]) < size / 2 \
        and any(abs(c["x0"] - u["x0"]) < size / 2 for c in cells[1:] for u in cells_above[1:])


def _wrapped_into(wrapped: list[dict], rows: list[dict]) -> None:
    """Put each of the ``wrapped`` lines of a cell (a single run each) into the cell of the same column of the nearer
    of ``rows`` (the row above it, or the one below, where a row's cells are centred on its middle line): after that
    cell's text, or before it in the row below."""
    for line in wrapped:
        text, x0 = column_cells(line)[0]["text"], line["x0"]
        for row in sorted(rows, key=lambda row: abs(row["line"]["top"] - line["top"])):
            cell = next((c for c in row["cells"][1:] if abs(c["x0"] - x0) < line_size(line) / 2), None)
            if cell is not None:
                cell["text"] = cell["text"] + text if row["line"]["top"] < line["top"] else text + cell["text"]
                break


def column_cells(line: dict, tab: float | None = None, columns: list[float] = ()) -> list[dict]:
    """``line``'s runs of characters parted by column gaps: gaps wider than the line's usual one (what justifying
    spread its characters by: the lower quartile of the gaps beside its Chinese characters, none for a line of two
    runs) by :data:`_COLUMN_GAP` characters, or by ``tab`` characters where nothing is drawn in the gap and a Chinese
    character stands beside it (a tab's, :data:`_TAB_GAP`; a space typed between words is drawn, or stands between
    Latin letters or digits), by :data:`_HAN_TAB_GAP` between two Chinese characters or before a run starting at one
    of ``columns`` (where the row above has cells); each with its text (a space where Latin words stand apart,
    :data:`.text.WORD_GAP`) and left edge."""
    chars = [c for c in line["chars"] if c["text"].strip()]
    if not chars:
        return []
    # Justifying spreads a line at its Chinese characters, not inside a Latin word (a web address): their gaps tell.
    pairs = [(a, b) for a, b in pairwise(chars) if HAN.match(a["text"]) or HAN.match(b["text"])]
    gaps = sorted(b["x0"] - a["x1"] for a, b in (pairs if len(pairs) > 1 else pairwise(chars)))
    usual = max(gaps[(len(gaps) - 1) // 4], 0) if len(gaps) > 1 else 0
    drawn = [c["x0"] for c in line["chars"] if not c["text"].strip()]

    def tabbed(a: dict, b: dict) -> bool:
        han = [bool(HAN.match(c["text"])) for c in (a, b)]
        gap = (b["x0"] - a["x1"] - usual) / a["size"]
        column = all(han) or any(abs(b["x0"] - x) < a["size"] / 4 for x in columns)
        return tab is not None and any(han) and not any(a["x1"] - 1 < x < b["x0"] for x in drawn) \
            and (gap >= tab or column and gap >= _HAN_TAB_GAP)

    runs = char_runs(chars, lambda a, b: b["x0"] - a["x1"] - usual >= _COLUMN_GAP * a["size"] or tabbed(a, b))
    return [{"text": plain_text(run[0]["text"] + "".join((" " if b["x0"] - a["x1"] > WORD_GAP * a["size"] else "")
                                                   + b["text"] for a, b in pairwise(run))), "x0": run[0]["x0"]}
            for run in runs]


def _joined_cells(cells: list[dict], columns: list[bool]) -> str:
    """A row's ``cells`` as one paragraph's text: :data:`_CELL_JOINT` before each that starts a column (``columns``),
    unless the text before it ends in a mark (电话：); nothing before the others (a gap typed inside a cell)."""
    out = cells[0]["text"]
    for cell, column in zip(cells[1:], columns[1:]):
        out += (_CELL_JOINT if column and not re.search(r"[，、；：:,;。]$", out) else "") + cell["text"]
    return out
