"""One page of a PDF read on its own (:func:`page_contents`): its ruled tables, and its text lines outside them
without its number, its footnotes, a browser's header and footer and what a web page prints around its article; and
where its pictures stand (:func:`picture_tops`)."""
from __future__ import annotations

import math
import re

from ..labels import PAGE_NUMBER
from .boxes import in_any, within
from .chars import level
from .footnotes import footnotes, key
from .ruled import hold_nested, hold_overflow, hold_spills, ruled_tables, table_parts
from .text import line_text, space_after
from .web import alone, beside, browser_line, layout

#: A line of a page that is its number (:data:`.labels.PAGE_NUMBER`), or a figure alone.
_PAGE_NUMBER = re.compile(rf"{PAGE_NUMBER.pattern}|\d+")


def page_contents(page, known: tuple[float, float] | None = None, articles: list[tuple[float, float]] | None = None) -> \
        tuple[list[dict], list, float | None, float, tuple[float, float] | None, list[str], list[str]]:
    """The text lines outside the tables (without page numbers and footnotes, :func:`.footnotes.footnotes`), the
    tables, the lines' left edge, the width, the span and lines of a column of text beside the article
    (:func:`.web.beside`), which are none of these, and the footnotes' texts. A page of tables, with too few lines
    of its own to tell, has the column ``known`` from a page before where its words stand alone in that span (a site's
    navigation is printed on every page). The cells a web page is laid out with, but the article's
    (:func:`.web.layout`; ``articles``, its spans on the pages before), are beside it too."""
    level(page)
    found = ruled_tables(page)
    notes, (top, bottom), marks = footnotes(page, [t.bbox for t in found])
    if any(key(c) in marks and in_any(c, [t.bbox for t in found]) for c in page.chars):
        page = page.filter(lambda obj: key(obj) not in marks)  # a note's mark in a cell (156¹): read without it
        found = ruled_tables(page)
    tables, around = layout(page, found, articles if articles is not None else [])
    tables = [part for table in tables for part in table_parts(table)]
    for table in tables:
        hold_overflow(table)
        hold_spills(table)
        hold_nested(table)
    left, _, right, _ = page.bbox
    # a table cut off by the page's edge: the text beyond that edge, in its rows, is the table's too
    boxes = [(-math.inf if x0 <= left + 1 else x0, top, math.inf if x1 >= right - 1 else x1, bottom)
             for x0, top, x1, bottom in (t.bbox for t in tables)]
    outside = page.filter(lambda obj: not in_any(obj, boxes))
    laid_out = [ln["text"] for ln in outside.filter(lambda obj: in_any(obj, around)).extract_text_lines()]
    outside = outside.filter(lambda obj: not in_any(obj, around))
    words = outside.extract_words()
    aside = beside(words) or (known if known and alone(words, known) else None)
    if aside is not None:  # a running header or footer across the page (its first or last line) is none of it
        every = outside.extract_text_lines()
        ends = [ln for ln in every[:1] + every[-1:] if not within(ln, aside)]
        boxes = [(ln["x0"], ln["top"], ln["x1"], ln["bottom"]) for ln in ends]
        column = outside.filter(lambda obj: within(obj, aside) and not in_any(obj, boxes))
        laid_out += [ln["text"] for ln in column.extract_text_lines()]
        outside = outside.filter(lambda obj: not within(obj, aside) or in_any(obj, boxes))
    if notes:  # the notes' lines and marks go; a footer under them stays, running on the other pages
        outside = outside.filter(lambda obj: not top <= obj.get("top", 0) <= bottom and key(obj) not in marks)
    spaces = [c for c in outside.chars if c["text"] == " "]
    lines = [ln | {"text": line_text(ln, spaces), "space_after": space_after(ln, spaces)}
             for n, ln in enumerate(outside.extract_text_lines()) if not _PAGE_NUMBER.fullmatch(ln["text"].strip())
             and not browser_line(ln, first=n == 0)]
    return lines, tables, min((ln["x0"] for ln in lines), default=None), page.width, aside or known, laid_out, notes


#: A picture this big (points) or bigger may be a table published as an image; smaller ones are icons.
_PICTURE_WIDTH, _PICTURE_HEIGHT = 144, 36


def picture_tops(page) -> list[float]:
    """The tops of the page's pictures of a real size (:data:`_PICTURE_WIDTH`)."""
    return [image["top"] for image in page.images
            if image["width"] >= _PICTURE_WIDTH and image["height"] >= _PICTURE_HEIGHT]
