"""What every importer reads a published report into: paragraphs and grids in reading order.

A source format (DOCX, HTML, PDF, a plugin's OFD) only has to find the paragraphs and
tables; mapping them to report data is shared (:mod:`.annual`). Each item keeps its
place in the source, in Chinese, so that a finding can say where to look.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from .labels import clean


@dataclass
class Para:
    """One paragraph. ``role`` is what the source's styling says it is: title, heading, body, signature, date."""

    text: str
    place: str
    role: str = "body"


@dataclass
class Grid:
    """One table as a full grid: a merged cell's text is repeated in every position it covers."""

    rows: list[list[str]]
    places: list[str]  # one per row
    place: str


Item = Union[Para, Grid]


@dataclass
class Published:
    """A published report as read from its file, before mapping."""

    file: str
    items: list[Item] = field(default_factory=list)

    def add(self, item: Item) -> None:
        """Append ``item``; a table that directly continues the previous one (split in two, or across
        a page break) is joined to it, without the header rows it repeats."""
        previous = self.items[-1] if self.items else None
        if isinstance(item, Para):
            item.text = clean(item.text) if item.role != "title" else "\n".join(
                clean(line) for line in item.text.split("\n") if clean(line))
            if item.text:
                self.items.append(item)
        elif item.rows:
            if isinstance(previous, Grid) and len(previous.rows[0]) == len(item.rows[0]):
                skip = 0
                while (skip < len(item.rows) and skip < len(previous.rows)
                       and item.rows[skip] == previous.rows[skip]):
                    skip += 1
                for row in item.rows[skip:]:
                    previous.rows.append(_carried(row, previous.rows[-1]))
                previous.places += item.places[skip:]
            else:
                self.items.append(item)


def fill_spans(cells: list[tuple[int, int, int, int, str]], height: int | None = None) -> list[list[str]]:
    """A full grid from ``(row, col, rowspan, colspan, text)`` cells; uncovered positions are empty.

    A rowspan reaching past ``height`` rows (a table cut in two) stops at the last row."""
    height = height or max((r + rs for r, _, rs, _, _ in cells), default=0)
    width = max((c + cs for _, c, _, cs, _ in cells), default=0)
    grid = [[""] * width for _ in range(height)]
    for r, c, rs, cs, text in cells:
        for i in range(r, min(r + rs, height)):
            for j in range(c, c + cs):
                grid[i][j] = clean(text)
    return grid


def _carried(row: list[str], above: list[str]) -> list[str]:
    """A row of a continued table whose row-spanning label cells stayed in the first part: shifted right
    by its trailing empty cells, with the labels of the row above in front."""
    empty = len(row) - len("".join("x" if c else " " for c in row).rstrip())
    if not empty or not all(above):
        return row
    return above[:empty] + row[:len(row) - empty]
