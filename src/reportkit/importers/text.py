"""Read a plain-text report (.txt): a page's text copied from a browser and saved, or a text export.

Each line is a paragraph; lines holding tabs are the rows of a table, as a browser copies one (a
cell per tab). A merged cell is copied once, so a table with merged cells (the statistics tables
since 2019) seldom maps: what does not is left as placeholders, each listed, as for any format.
Text has no alignment, so the 署名 and 成文日期 are found by their place: the last date line and
the short lines just before it.
"""
from __future__ import annotations

from pathlib import Path

from .annual import parse_date
from .labels import SENTENCE_END
from .source import Grid, Para, Published, decode


def read(path: Path) -> Published:
    """The lines of ``path`` as paragraphs, and each run of tab-separated lines as a table."""
    published = Published(str(path))
    lines = decode(Path(path).read_bytes()).splitlines()
    closing = _closing(lines)
    rows: list[list[str]] = []
    places: list[str] = []
    for number, line in enumerate(lines, 1):
        if "\t" in line.strip():
            rows.append([cell.strip() for cell in line.strip().split("\t")])
            places.append(f"第 {number} 行")
            continue
        _add_table(published, rows, places)
        published.add(Para(line, f"第 {number} 行", "right" if number - 1 in closing else "body"))
    _add_table(published, rows, places)
    return published


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
    return len(text) <= 25 and not SENTENCE_END.search(text) and "\t" not in text


def _add_table(published: Published, rows: list[list[str]], places: list[str]) -> None:
    """Add the table whose ``rows`` were read (padded to its widest row), and start the next one."""
    if rows:
        width = max(len(row) for row in rows)
        published.add(Grid([row + [""] * (width - len(row)) for row in rows], list(places), f"{places[0]}起的表格"))
    rows.clear()
    places.clear()
