"""What a browser printing a web page to PDF puts around the article: its header and footer
(:func:`browser_line`), the icon and alt text of a picture it could not load (:func:`unloaded_pictures`), the site's
table laying the page out (:func:`layout`) and its navigation in a column beside the article (:func:`beside`)."""
from __future__ import annotations

import bisect
import re

from pdfplumber.table import Table

from ..html import data_around
from ..labels import SENTENCE_END, clean
from ..source import SHORT_LINE
from .boxes import holds, in_box, within
from .text import NUMBER, line_size

#: The footer a browser prints a page with (its address and the page's number of all: file:///…/page.html 1/4), on a
#: page of its own too, where no other page repeats it.
_BROWSER_FOOTER = re.compile(r"(?:https?|file)://\S+\s+\d+\s*/\s*\d+")
#: The header a browser prints a page with (the date and time it printed, the page's title: 12/6/26, 10:23 AM 某某县年报),
#: its first line, set smaller than this (points; a browser's is 8 pt), on a page of its own too.
_BROWSER_HEADER = re.compile(r"\d{1,4}/\d{1,2}/\d{1,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s.*)?")
_BROWSER_HEADER_SIZE = 9


def browser_line(line: dict, first: bool) -> bool:
    """Whether ``line`` is one a browser prints a page with: its footer (:data:`_BROWSER_FOOTER`) or, the page's
    ``first`` line, its header (:data:`_BROWSER_HEADER`)."""
    text = line["text"].strip()
    return bool(_BROWSER_FOOTER.fullmatch(text)
                or first and line_size(line) < _BROWSER_HEADER_SIZE and _BROWSER_HEADER.fullmatch(text))


#: A browser prints a picture it could not load as a small icon (at most this wide and high, points) with the
#: picture's alt text right after it (at most this many points away) on its line.
_ICON, _ICON_GAP = 20, 4


def unloaded_pictures(page, lines: list[dict]) -> dict[int, tuple[float, str]]:
    """The pictures on ``page`` a browser could not load, as it prints them: its broken-picture icon with the picture's
    alt text beside it (表二), a short line that is no sentence; each such line's top and text, by the line's id."""
    icons = [i for i in page.images if i["width"] <= _ICON and i["height"] <= _ICON]
    return {id(ln): (ln["top"], clean(ln["text"])) for ln in lines
            if len(clean(ln["text"])) <= SHORT_LINE and not SENTENCE_END.search(ln["text"]) and any(
                -1 <= ln["x0"] - i["x1"] <= _ICON_GAP and i["top"] < ln["bottom"] and ln["top"] < i["bottom"]
                for i in icons)}


#: A cell holding more characters than this, in more than one sentence, alone in its column, holds a web page's
#: article: its table lays the page out.
_LAYOUT_CELL = 100


def layout(page, tables: list, articles: list[tuple[float, float]]) -> tuple[list, list[tuple]]:
    """``tables`` without those a web page is laid out with (bordered cells holding its site's name, its menu and its
    article), and the boxes of those tables' cells but the article's; a table of data holding small tables
    (:func:`_data_around`) one table with them. A table laying the page out holds another table, or a cell of
    paragraphs alone in its column (a data table's long cell, a task's 具体措施, has its column's head or other rows
    above or below it), or one as wide as the article's cell on a page before (``articles``, its spans, to which this
    page's are added); the article's cell is that one, or the one with most characters."""
    data, around = [], []
    nesting = {id(table): held for table in tables
               if (held := [other for other in tables if other is not table and holds(table.bbox, other.bbox)])
               and _data_around(page, table, held)}
    nested = {id(other) for held in nesting.values() for other in held}
    for table in tables:
        if id(table) in nested:
            continue
        if id(table) in nesting:  # read with the tables in its cells, as one table (:func:`.ruled.hold_nested`)
            data.append(Table(page, table.cells + [c for other in nesting[id(table)] for c in other.cells]))
            continue
        texts = {cell: "".join(c["text"] for c in page.chars if in_box(c, cell)) for cell in table.cells}
        known = [c for c in table.cells if any(abs(c[0] - a) < 1 and abs(c[2] - b) < 1 for a, b in articles)]
        # sentences: a full stop before the text's end (a 版记's 抄送 is one sentence, however many organs it lists)
        if not known and not any(other is not table and holds(table.bbox, other.bbox) for other in tables) \
                and not any(len(text) > _LAYOUT_CELL and "。" in text.rstrip()[:-1] and not _column_shared(cell, table.cells)
                            for cell, text in texts.items()):
            data.append(table)
            continue
        article = known or [max(table.cells, key=lambda cell: len(texts[cell]))]
        articles += [(x0, x1) for x0, _, x1, _ in article if (x0, x1) not in articles]
        around += [cell for cell in table.cells if cell not in article]
    return data, around


def _data_around(page, table, held: list) -> bool:
    """Whether ``table``, holding the tables ``held`` in its cells, is a table of data all the same, as a web page's is
    (:func:`.html.data_around`): a small table in a tenth of its cells at most (a figure's, 牵头 and 配合 units')."""
    boxes = [other.bbox for other in held]
    rows = [len([c for c in row.cells if c is not None]) for row in table.rows]
    holding = sum(any(holds(cell, box) for box in boxes) for cell in table.cells)
    own = ["".join(c["text"] for c in page.chars if in_box(c, cell) and not any(in_box(c, box) for box in boxes))
           for cell in table.cells]
    return data_around(rows, holding, own)


def _column_shared(cell: tuple, cells: list[tuple]) -> bool:
    """Whether another of ``cells`` has the left and right edges of ``cell``: it stands in a column of a grid."""
    return any(other is not cell and abs(other[0] - cell[0]) < 1 and abs(other[2] - cell[2]) < 1 for other in cells)


def alone(words: list[dict], span: tuple[float, float]) -> bool:
    """Whether some of ``words`` stand in ``span`` and none reaches across its edges."""
    inside = [w for w in words if within(w, span)]
    return bool(inside) and not any(w["x0"] < span[1] and w["x1"] > span[0] and not within(w, span) for w in words)


#: A column beside the article has this many lines at least, of its own (not those of a running header or footer
#: across the page); the article has three times its characters at least.
_ASIDE_LINES, _ASIDE_SHARE = 3, 3
#: The space between a column beside the article and the article (pt), at least.
_GUTTER = 6
#: The article beside such a column has this many lines of this many characters at least: its paragraphs (a table
#: printed without rules has its figures there, and its wrapped labels may look like a column of their own).
_ARTICLE_LINE = 12


def beside(words: list[dict]) -> tuple[float, float] | None:
    """The span ``(x0, x1)`` of a column of text beside a page's article, from the page's ``words``: a web page's
    navigation, printed with it. A band of the page that no word crosses, but for a few (a browser's header and
    footer), parts it from the article; each side has ``_ASIDE_LINES`` lines at least, level with the other's; the
    column has a third of the article's characters at most, and lines of its own (a table's labels are on the lines of
    its figures); neither side is mostly figures, and the article has lines of a paragraph's length. None for a page
    without one."""
    if len(words) < 2 * _ASIDE_LINES:
        return None
    best = None
    ends, starts = sorted(w["x1"] for w in words), sorted(w["x0"] for w in words)
    most = max(2, len(words) // 20)  # words crossing the gutter
    for middle in sorted({w["x1"] + _GUTTER / 2 for w in words}):
        left, right = bisect.bisect_right(ends, middle), len(words) - bisect.bisect_left(starts, middle)
        if len(words) - left - right > most or min(left, right) < _ASIDE_LINES:
            continue  # most places: the lines of the article run across
        sides = [w for w in words if w["x1"] <= middle], [w for w in words if w["x0"] >= middle]
        gutter = max(w["x1"] for w in sides[0]), min(w["x0"] for w in sides[1])
        crossing = [w for w in words if w["x0"] < middle < w["x1"]]  # a header's, a footer's: over the whole gutter
        if any(w["x0"] > gutter[0] or w["x1"] < gutter[1] for w in crossing):
            continue
        band = gutter[1] - gutter[0]
        tops = [{round(w["top"]) for w in side} for side in sides]
        spans = [(min(w["top"] for w in side), max(w["bottom"] for w in side)) for side in sides]
        level = min(spans[0][1], spans[1][1]) - max(spans[0][0], spans[1][0])
        chars = [sum(len(w["text"]) for w in side) for side in sides]
        small = 0 if chars[0] < chars[1] else 1
        aside, article = sides[small], sides[1 - small]
        if band < _GUTTER or min(map(len, tops)) < _ASIDE_LINES or level < min(b - a for a, b in spans) / 2 \
                or len(tops[small] - tops[1 - small]) < _ASIDE_LINES or chars[small] * _ASIDE_SHARE > chars[1 - small] \
                or any(sum(bool(NUMBER.fullmatch(w["text"])) for w in side) * 2 > len(side) for side in sides) \
                or sum(len(w["text"]) >= _ARTICLE_LINE for w in article) < _ASIDE_LINES \
                or len(tops[small] & tops[1 - small]) * 2 > len(tops[small]):
            continue
        if best is None or band > best[0]:
            best = band, (min(w["x0"] for w in aside), max(w["x1"] for w in aside))
    return best[1] if best else None
