"""Tables of figures printed without rules (a web page's), read from a page's lines
(:func:`with_unruled_tables`): labels on the left, figures aligned in columns under their head."""
from __future__ import annotations

import math
import re
from itertools import takewhile
from typing import NamedTuple

from ..labels import heading_level
from .text import NUMBER, char_runs, line_size, plain_text

#: Characters further apart than this share of their size are in two cells of a table printed without rules: a cell's
#: characters touch, the cells of a web page's table are a padding apart.
_CELL_GAP = 0.12
#: Figures closer than this share of their size to the words before them end a line of prose, not a table's row.
_PROSE_GAP = 0.6


class Unruled(NamedTuple):
    """A table printed without rules, read from its page's lines: its box (only its top is known) and its rows."""

    bbox: tuple[float, float, float, float]
    rows: list[list[str]]


def with_unruled_tables(pages: list[tuple]) -> list[tuple]:
    """``pages`` with the tables printed without rules on a page with no ruled table read from its lines and taken out
    of them; a table's head at the foot of the page before (its rows on this one) goes with it."""
    out: list[tuple] = []
    for lines, tables, left, width in pages:
        if not tables:
            tables, lines, head = _unruled(lines, out[-1][0] if out else [], bool(out) and _ends_with_table(*out[-1][:2]))
            if head:
                out[-1] = (out[-1][0][:-head], *out[-1][1:])
        out.append((lines, tables, left, width))
    return out


def _ends_with_table(lines: list[dict], tables: list) -> bool:
    """Whether a page's last item is a table (its rows may go on at the next page's top)."""
    return bool(tables) and all(line["top"] < max(t.bbox[1] for t in tables) for line in lines)


def _unruled(lines: list[dict], before: list[dict], goes_on: bool = False) -> tuple[list[Unruled], list[dict], int]:
    """The tables printed without rules among a page's ``lines``, the lines left, and how many of the lines ``before``
    (the page before's) end with their head. A table is a run of rows (a label, then figures in columns) with the head
    above them, and the labels wrapped above and below them; it ends at a line running from the labels into the
    figures' columns (a paragraph, a heading), a numbered heading after the head, or a row whose figures are not in
    its columns. A run without a head and with one row is a line of prose (“编号为 20240001 20240002 …”), unless it
    is the page's first and the page before ended with a table (``goes_on``: its last row)."""
    lines = _units_rejoined(lines)
    rows = [_cells(line) for line in lines]
    if sum(map(_figure_count, rows)) < 3:
        return [], lines, 0
    found, taken, head = [], set(), 0
    i = 0
    while i < len(rows):
        if not _figure_count(rows[i]):
            i += 1
            continue
        figures = _figures(rows[i])
        edge = figures[0]["x0"]
        end, j = i, i + 1
        while j < len(rows) and (kind := _kind(rows[j], edge, figures)) != "text":
            if kind == "figures":
                if not all(any(_overlap(a, b) > 0 for b in figures) for a in _figures(rows[j])):
                    break
                figures += _figures(rows[j])
                end = j
            j += 1
        while end + 1 < len(rows) and _kind(rows[end + 1], edge, figures) == "label" \
                and not heading_level(lines[end + 1]["text"]):
            end += 1  # the last row's label, wrapped
        start = i
        while start > 0 and start - 1 not in taken and _in_head(rows[start - 1:end + 1], edge, figures):
            start -= 1
        lead = 0
        if start == 0 and not taken:
            while lead < len(before) and _in_head([_cells(before[-lead - 1]), *rows[:end + 1]], edge, figures, True):
                lead += 1
        block = [_cells(line) for line in before[len(before) - lead:]] if start == 0 else []
        if not _columned(block + rows[start:end + 1], edge, figures) and not (start == 0 and goes_on):
            i += 1
            continue
        head = lead or head
        found += [Unruled((0, lines[start]["top"], 0, 0), _table_rows(part))
                  for part in _blocks(block + rows[start:end + 1])]
        taken.update(range(start, end + 1))
        i = end + 1
    return found, [line for k, line in enumerate(lines) if k not in taken], head


#: The end of a figure's unit that a narrow cell wraps onto a line of its own: 2人 / 次, 412.35 / 万元, 12 / 件.
_UNIT_TAIL = re.compile(r"万?元|人?次|件|项|个|条")


def _units_rejoined(lines: list[dict]) -> list[dict]:
    """``lines`` with each line of units alone, under figures whose units the narrow cells of a table printed without
    rules wrapped (“2人” over “次”), joined to the line above: each of its runs is under a cell of that line, whose
    figure it ends. Its characters go at the end of the figure's, taking no room: the cell stays as wide."""
    out: list[dict] = []
    for line in lines:
        above, tails = (out[-1] if out else None), _cells(line)
        cells = _cells(above) if above else []
        heads = [next((c for c in cells if _overlap(c, tail) > 0), None) for tail in tails]
        if not heads or None in heads or len({id(head) for head in heads}) < len(heads) \
                or not 0 < line["top"] - above["top"] < 2 * line_size(line) \
                or not all(_UNIT_TAIL.fullmatch(tail["text"]) and NUMBER.fullmatch(head["text"] + tail["text"])
                           for head, tail in zip(heads, tails)):
            out.append(line)
            continue
        moved = [c | {"x0": head["x1"], "x1": head["x1"], "top": above["top"], "bottom": above["bottom"]}
                 for head, tail in zip(heads, tails) for c in line["chars"]
                 if c["text"].strip() and tail["x0"] <= c["x0"] and c["x1"] <= tail["x1"]]
        joined = above | {"chars": sorted(above["chars"] + moved, key=lambda c: c["x0"])}
        out[-1] = joined | {"text": plain_text(" ".join(c["text"] for c in _cells(joined)))}
    return out


def _columned(rows: list[list[dict]], edge: float, figures: list[dict]) -> bool:
    """Whether ``rows`` (a table's lines found) show columns: a head over the figures, or two rows of them."""
    return any(_kind(row, edge, figures) == "head" for row in rows) or sum(map(bool, map(_figure_count, rows))) > 1


def _in_head(rows: list[list[dict]], edge: float, figures: list[dict], head_only: bool = False) -> bool:
    """Whether the first of ``rows`` (the lines from it to a table's last row) is the table's: above the table's head,
    text over its columns or its labels; within it, not a numbered heading (a part's, over the table). With
    ``head_only`` (the page before), only the head."""
    kind = _kind(rows[0], edge, figures)
    head = any(_kind(row, edge, figures) == "head" for row in takewhile(lambda row: not _figure_count(row), rows[1:]))
    if kind == "head" or kind == "label" and not head_only:
        return not (head and heading_level(rows[0][0]["text"]))
    return False


#: A figure's unit this many of its size after it, or nearer, is the figure's (“3 件”: Word's space between digits and
#: Chinese, or a space typed), not a cell of its own: the cells of a table are further apart.
_UNIT_GAP = 0.5
#: The first character of a unit after a figure (件, 人次, 万元 …).
_UNIT_START = re.compile(r"[件项个条次人元万]")


def _cells(line: dict) -> list[dict]:
    """The runs of ``line``'s characters that touch (a table's cells), a figure's unit with the figure: their text,
    left and right, top and bottom."""
    def parted(a: dict, b: dict) -> bool:
        gap = b["x0"] - a["x1"]
        unit = a["text"].isdigit() and _UNIT_START.match(b["text"]) and gap <= _UNIT_GAP * a["size"]
        return gap > _CELL_GAP * a["size"] and not unit

    chars = [c for c in line["chars"] if c["text"].strip()]
    runs = char_runs(chars, parted)
    return [{"text": plain_text("".join(c["text"] for c in run)), "x0": run[0]["x0"], "x1": run[-1]["x1"],
             "top": line["top"], "bottom": line["bottom"], "size": run[0]["size"]} for run in runs if run]


def _figure_count(cells: list[dict]) -> int:
    """How many of ``cells`` at the end are figures (after a label, or alone); none where the first of them follows
    its words closer than :data:`_PROSE_GAP` (a line of prose ending in a number: “…共计1120”, the space between
    Chinese and digits apart), where a table's figure stands in a column of its own."""
    count = len(list(takewhile(lambda c: NUMBER.fullmatch(c["text"]), reversed(cells))))
    if count and count < len(cells) and cells[-count]["x0"] - cells[-count - 1]["x1"] < _PROSE_GAP * cells[-count]["size"]:
        return 0
    return count


def _figures(cells: list[dict]) -> list[dict]:
    return cells[len(cells) - _figure_count(cells):]


def _kind(cells: list[dict], edge: float, figures: list[dict]) -> str:
    """What a line is to a table whose ``figures`` start at ``edge``: "figures" (a row), "head"
    (text over the figures' columns), "label" (text left of them) or "text", not the table's: a sentence, a numbered
    heading reaching over the columns, or a line running from the labels over the figures of two columns or centred
    left of them (a column's name is centred over its column or starts where it does)."""
    if _figure_count(cells):
        return "figures"
    if not cells:
        return "text"
    size, text = cells[0]["size"], cells[0]["text"]
    if len(cells) == 1 and (text.endswith(("。", "！", "？")) or heading_level(text) and cells[0]["x1"] > edge + size):
        return "text"
    for c in cells:
        over = [f for f in figures if _overlap(c, f) > 0]
        two_columns = bool(over) and max(f["x0"] for f in over) > min(f["x1"] for f in over)
        if c["x0"] < edge - 2 * size and c["x1"] > edge + size / 2 and (c["x0"] + c["x1"] < 2 * (edge - size) or two_columns):
            return "text"
    return "head" if any(c["x1"] > edge + size / 2 for c in cells) else "label"


def _overlap(a: dict, b: dict) -> float:
    return min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])


def _blocks(rows: list[list[dict]]) -> list[list[list[dict]]]:
    """A table's lines in blocks, each its head, labels and rows: a head after rows starts one (表二's items)."""
    figures = [c for row in rows for c in _figures(row)]
    edge = min(c["x0"] for c in figures)
    blocks: list[list[list[dict]]] = [[]]
    for row in rows:
        if _kind(row, edge, figures) == "head" and any(map(_figure_count, blocks[-1])):
            caption = list(takewhile(lambda r: not _figure_count(r), reversed(blocks[-1])))[::-1]
            blocks[-1][len(blocks[-1]) - len(caption):] = []
            blocks.append(caption)  # the lines between the rows before and this head: its caption
        blocks[-1].append(row)
    return blocks


def _table_rows(lines: list[list[dict]]) -> list[list[str]]:
    """A block's rows: its head, a row for the wrapped end of a label at its top (the page before's last row goes on),
    and each row of figures with its label (the rightmost whose lines hold it: the row's, not its group's), each figure
    in the column it lines up in. A column of labels comes first, if there are any."""
    figures = [c for row in lines for c in _figures(row)]
    columns: list[list[dict]] = []
    for cell in sorted(figures, key=lambda c: c["x0"]):
        if columns and cell["x0"] < max(c["x1"] for c in columns[-1]):
            columns[-1].append(cell)
        else:
            columns.append([cell])
    first = min(c["x0"] for c in columns[0])
    top = next(k for k, row in enumerate(lines) if _figure_count(row))
    head = max((k for k, row in enumerate(lines[:top]) if any(c["x1"] > first + c["size"] / 2 for c in row)),
               default=-1) + 1
    labels = [c for row in lines[head:] for c in row if c not in figures]
    lead = 1 if labels else 0
    out = _head(lines[:head], _column_edges(columns, max((c["x1"] for c in labels), default=None)), lead)
    cells = _label_cells([cell for row in lines[head:] for cell in row if cell in labels], figures)
    body = [row for row in lines[head:] if _figure_count(row)]
    held = []
    for row in body:
        middle = (row[-1]["top"] + row[-1]["bottom"]) / 2
        label = max((c for c in cells if c["top"] <= middle <= c["bottom"]), key=lambda c: c["x0"], default=None)
        held.append(label)
        values = [label["text"] if label else ""] * lead + [""] * len(columns)
        for cell in _figures(row):
            j = lead + next(k for k, column in enumerate(columns) if cell in column)
            values[j] = f"{values[j]} {cell['text']}".strip()
        out.append(values)
    wrapped = [c["text"] for c in cells if c not in held and c["bottom"] < body[0][-1]["top"]]
    if wrapped:
        out.insert(len(out) - len(body), ["".join(wrapped)] + [""] * len(columns))
    return out


def _head(lines: list[list[dict]], edges: list[float], lead: int) -> list[list[str]]:
    """A table's head in two rows: the text across columns (alone on the first line, across the whole row: a caption,
    a group's name), then each column's name (its lines' text in it, top to bottom; the labels' column first)."""
    spans = [(-math.inf, edges[0])] * lead + list(zip(edges, [*edges[1:], math.inf]))
    across, names = [""] * len(spans), [""] * len(spans)
    for n, row in enumerate(lines):
        for cell in row:
            covered = [k for k, (x0, x1) in enumerate(spans) if _overlap(cell, {"x0": x0, "x1": x1}) > cell["size"] / 2]
            if not n and len(row) == 1 or len(covered) > 1:
                for k in range(len(spans)) if not n and len(row) == 1 else covered:
                    across[k] += cell["text"]
            elif covered:
                names[covered[0]] += cell["text"]
    return [row for row in (across, names) if any(row)]


def _column_edges(columns: list[list[dict]], labels: float | None) -> list[float]:
    """Where each column of figures starts. A table's cells are aligned alike: where a column's figures (of different
    widths) are flush left, every column starts at its figures; flush right, after its left neighbour's; else halfway
    between the two (the first column: halfway from the labels' right, or anywhere left without labels)."""
    def flush(column: list[dict], side: str) -> bool:
        spread = {key: max(c[key] for c in column) - min(c[key] for c in column) for key in ("x0", "x1")}
        return spread[side] <= 1 < spread["x1" if side == "x0" else "x0"]

    side = next((side for side in ("x0", "x1") if any(flush(column, side) for column in columns)), None)
    edges = []
    for k, column in enumerate(columns):
        start = min(c["x0"] for c in column)
        end = max(c["x1"] for c in columns[k - 1]) if k else labels
        if side == "x0":
            edges.append(start - 1)
        elif end is None:
            edges.append(-math.inf)
        else:
            edges.append(end + 1 if side == "x1" else (start + end) / 2)
    return edges


def _label_cells(cells: list[dict], figures: list[dict]) -> list[dict]:
    """Row labels from their lines' ``cells``: a line starting with a number (一、 （一） 1.) or next to a row of figures
    the cell above already holds starts one; any other line continues the cell above it (on a line above, within a
    character of it, not under a later one) it overlaps most, if any."""
    rows = {(c["top"], c["bottom"]) for c in figures}
    out: list[dict] = []
    for cell in cells:
        has_row = (cell["top"], cell["bottom"]) in rows
        above = [c for c in out if c["x0"] - cell["size"] < cell["x1"] and cell["x0"] < c["x1"] + cell["size"]
                 and c["bottom"] < cell["top"] + cell["size"] / 2]
        above = [c for k, c in enumerate(above) if not any(_overlap(c, d) > 0 for d in above[k + 1:])]
        last = max(above, key=lambda c: _overlap(c, cell), default=None)
        if last is None or heading_level(cell["text"]) or has_row and last["rows"]:
            out.append(cell | {"rows": has_row})
        else:
            last.update(text=last["text"] + cell["text"], x0=min(last["x0"], cell["x0"]), x1=max(last["x1"], cell["x1"]),
                        bottom=cell["bottom"], rows=last["rows"] or has_row)
    return out
