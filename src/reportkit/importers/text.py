"""Read a plain-text report (.txt): a page's text copied from a browser and saved, or a site's text export.

Each line is a paragraph. Tables come in two forms: lines holding tabs, a row each, as a browser copies
them (a cell per tab); or a cell per line ending in " |" (an empty cell is "|" alone), where a row with
fewer cells than the table has columns is followed by a line of as many "|" as it lacks, as text exports
of government sites write them. Either way a merged cell is there once, and where it was is lost: the
rows are laid out again (:func:`_aligned`), so that the statistics tables since 2019 map by their labels.
Text has no alignment, so the 署名 and 成文日期 are found by their place: the last date line and the short
lines just before it.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .annual import parse_date
from .labels import ARTICLE, SENTENCE_END, heading_level
from .source import Grid, Para, Published, decode

#: A table's cell on a line of its own: its text (none for an empty cell) and "|".
_PIPE_CELL = re.compile(r"[^|]*\|")
#: What a row lacks of the table's columns, after its cells: two "|" or more (one is read as a cell).
_PIPE_PAD = re.compile(r"\|{2,}")
#: Blanks around a line; not tabs, which part a copied table's cells (an empty first or last cell too).
_BLANKS = " \r\n\u3000\u00a0"
#: A cell of figures, or nothing to report (— / 无 …): a statistics table's cells after its row's labels.
_FIGURE = re.compile(r"\s*(增加?|减少?)?\s*[+\-−－]?\s*[\d０-９][\d０-９,，.．]*\s*(件|项|个|条|次|人次|%|％|万元|元)?\s*"
                     r"([（(].*[)）])?\s*|[\s\-−－—–/／…无]*|持平", re.S)


def read(path: Path) -> Published:
    """The lines of ``path`` as paragraphs, and each table's lines as a table."""
    published = Published(str(path))
    lines = decode(Path(path).read_bytes()).splitlines()
    closing = _closing(lines[:_first_article_end(lines)])
    kinds = [_kind(line) for line in lines]
    table: _Table | None = None
    wrapped = ""  # the start of a cell whose text went on to the next line
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        place = f"第 {i + 1} 行"
        if kind == "text" and table is not None and table.kind == "pipe" and _within_cell(line, kinds, i):
            wrapped += line.strip(_BLANKS)
            continue
        if table is not None and kind != table.kind and not (kind == "blank" and table.kind == "pipe"):
            table.add_to(published)
            table = None
        if kind in ("tab", "pipe"):
            table = table or _Table(kind)
            table.lines.append((wrapped + line.strip(_BLANKS), place))
            wrapped = ""
        elif kind != "blank" or table is None:
            published.add(Para(line, place, "right" if i in closing else "body"))
    if table is not None:
        table.add_to(published)
    return published


def _kind(line: str) -> str:
    text = line.strip(_BLANKS)
    if "\t" in text.strip("\t") or (text.endswith("\t") and text.strip()):
        return "tab"  # cells parted by tabs, or a label followed by empty cells
    if _PIPE_CELL.fullmatch(text) or _PIPE_PAD.fullmatch(text):
        return "pipe"
    return "blank" if not text.strip() else "text"


def _within_cell(line: str, kinds: list[str], i: int) -> bool:
    """Whether a line without "|" inside a table written a cell per line is the start of the cell on the next
    line (a cell's text with a line break in it): the next line is a cell and this one is not a part's heading."""
    return i + 1 < len(kinds) and kinds[i + 1] == "pipe" and heading_level(line.strip()) != 1 \
        and not _PIPE_PAD.fullmatch(line.strip())


@dataclass
class _Table:
    """The lines of one table as read, of one ``kind``: "tab" or "pipe"."""

    kind: str
    lines: list[tuple[str, str]] = field(default_factory=list)  # (text, place)

    def add_to(self, published: Published) -> None:
        """Add the table to ``published``; lines that make no table of two cells or more are paragraphs."""
        rows = _tab_rows(self.lines) if self.kind == "tab" else _pipe_rows(self.lines)
        if rows is None:
            for text, place in self.lines:
                published.add(Para(text.removesuffix("|").strip() if self.kind == "pipe" else text, place))
            return
        width = max(len(cells) for cells, _, _ in rows)
        places = [place for _, place, _ in rows]
        published.add(Grid(_aligned(rows, width), places, f"{places[0]}起的表格"))


_Row = tuple[list[str], str, bool]  # cells, place, whether the last cell may be a "|" that pads the row


def _tab_rows(lines: list[tuple[str, str]]) -> list[_Row]:
    """A row per line, a cell per tab; an empty cell that starts or ends every row (a tab at the start or the end
    of every line) is no cell of the table."""
    rows = [[cell.strip() for cell in text.split("\t")] for text, _ in lines]
    while all(len(row) > 1 and not row[-1] for row in rows):
        rows = [row[:-1] for row in rows]
    while all(len(row) > 1 and not row[0] for row in rows):
        rows = [row[1:] for row in rows]
    return [(row, place, False) for row, (_, place) in zip(rows, lines)]


def _pipe_rows(lines: list[tuple[str, str]]) -> list[_Row] | None:
    """The rows of a table written a cell per line, or None when the lines make no table.

    A row is as many cells as the table has columns (the last may be the "|" of a row one cell short),
    or fewer followed by the "|" line of what it lacks; the table's width is therefore the greatest
    common divisor of the cells up to each such line plus its "|"s. The last row may have lost its "|" line.
    """
    tokens: list[tuple[str | int, str]] = []  # a cell's text, or the number of "|" padding a row
    for text, place in lines:
        tokens.append((len(text), place) if _PIPE_PAD.fullmatch(text) else (text[:-1].strip(), place))
    sums, count = [], 0
    for token, _ in tokens:
        if isinstance(token, int):
            sums.append(count + token)
            count = 0
        else:
            count += 1
    pads = [token for token, _ in tokens if isinstance(token, int)]
    width = math.gcd(*sums) if sums else _unpadded_width([t for t, _ in tokens])
    if not width or width < 2 or (pads and width <= max(pads)):
        return None
    rows: list[_Row] = []
    cells: list[str] = []
    place = ""
    for token, where in tokens:
        if isinstance(token, int):
            if cells:
                rows.append((cells, place, False))
            cells = []
            continue
        place = place if cells else where
        cells.append(token)
        if len(cells) == width:
            rows.append((cells, place, not cells[-1]))
            cells = []
    if cells:
        rows.append((cells, place, False))
    return rows if len(rows) > 1 else None


def _unpadded_width(tokens: list[str | int]) -> int | None:
    """The width of a table written a cell per line without any "|" line (no row short of a cell): the fewest
    columns whose rows each start with a label and go on with figures."""
    for width in range(2, len(tokens) // 2 + 1):
        rows = [tokens[i:i + width] for i in range(0, len(tokens), width)]
        if all(row[0] and not _FIGURE.fullmatch(row[0]) and any(_FIGURE.fullmatch(c) for c in row[1:]) for row in rows):
            return width
    return None


def _aligned(rows: list[_Row], width: int) -> list[list[str]]:
    """The rows as a grid ``width`` wide. A merged cell was written once: a row with fewer cells holds the cells
    not covered from above. In a statistics table each row is its labels, then its figures; the table's columns
    of figures are those of its widest rows (read whole, labels first): a row with as many figures is set with
    them in the last columns and the labels of the row above (cells spanning rows) in front, as in the published
    table. A head row with one cell for each column of figures names them: it is set over them. The other rows
    (headings, heads, rows whose figures span columns) are set from the left."""
    whole = [cells for cells, _, padded in rows if not padded and 0 < _figures(cells) < len(cells)]
    widest = max((len(cells) for cells in whole), default=0)
    figures = Counter(_figures(cells) for cells in whole if len(cells) == widest)
    count = figures.most_common(1)[0][0] if figures else None
    grid: list[list[str]] = []
    above: list[str] | None = None  # the last row of figures
    for cells, _, padded in rows:
        if padded and count is not None and _figures(cells) == count + 1:
            cells = cells[:-1]  # the "|" padding the row, not a cell
        if len(cells) == 1:
            grid.append(cells * width)  # a heading across the table
            above = None
            continue
        if count is not None and len(cells) < width and (_figures(cells) == count or (
                not _figures(cells) and len(cells) == count)):
            # figures in the last columns; or a head row naming each of those columns
            row = (above[:width - len(cells)] if above else [""] * (width - len(cells))) + cells
        else:
            row = cells + [""] * (width - len(cells))
        above = row if _figures(cells) else None
        grid.append(row)
    return grid


def _figures(cells: list[str]) -> int:
    """How many of ``cells`` after the last label are figures or empty."""
    n = 0
    for cell in reversed(cells):
        if not _FIGURE.fullmatch(cell):
            break
        n += 1
    return n


def _first_article_end(lines: list[str]) -> int:
    """Where the second article of a page that collects several (第二篇：…) begins, or the end: the 成文日期
    is the first article's own (the mapper imports that one alone)."""
    marks = [i for i, line in enumerate(lines) if ARTICLE.match(line)]
    later = [i for i in marks if i != marks[0] or any("。" in line for line in lines[:i])]
    return later[0] if later else len(lines)


def _closing(lines: list[str]) -> set[int]:
    """The indexes of the 成文日期 (the last line that is a date) and of the 署名 lines just before it."""
    dates = [i for i, line in enumerate(lines) if parse_date(line.strip())]
    if not dates:
        return set()
    found = {dates[-1]}
    i = dates[-1] - 1
    while i >= 0 and len(found) <= 3 and (not lines[i].strip() or _organ(lines[i])):
        if lines[i].strip():
            found.add(i)
        i -= 1
    return found


def _organ(line: str) -> bool:
    """Whether ``line`` may be an organ's name in a 署名: short, no sentence end, not a table row."""
    text = line.strip()
    return len(text) <= 25 and not SENTENCE_END.search(text) and "\t" not in text and not text.endswith("|")
