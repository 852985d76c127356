"""Running headers and footers: the lines that begin or end many pages of a PDF, left out of its
text (:func:`without_running_lines`)."""
from __future__ import annotations

import math
import re
from collections import Counter

from ..frame import ATTACHMENT
from .edges import line_pitch
from .text import line_size


def without_running_lines(pages: list[tuple]) -> list[tuple]:
    """``pages`` without running headers and footers: a page's first or last line that also begins or ends half
    the pages or more (at least two), digits aside (a browser's date, title, address and "1/3"). A footer stands as
    far from the page's foot on a landscape page (表四's, in a section of its own) as on the others. A header or
    footer of two lines goes line by line: the page's end once one has gone (“第 页 共 页” over its page numbers,
    set smaller, which stand a little lower: a line of their own)."""
    def masked(line: dict) -> set[tuple]:  # where it is too: a title's line may read as the header does
        if ATTACHMENT.fullmatch(line["text"]):
            return set()  # 附件1, 附件2 at the top of each attachment's first page: no header, their numbers differ
        text = re.sub(r"\d+", "#", line["text"])
        foot = [round(c["y0"] / 4) for c in line["chars"][:1] if "y0" in c]  # y0: up from the page's foot
        return {(text, round(line["top"] / 4))} | {(text, "foot", y) for y in foot}

    # the text's line pitch and size: a running line stands further than a pitch from the text, or is set smaller
    # (a page's last line of text on the grid's last line, 完成时限：2024年7月底前 on several pages, is no footer)
    pitch = line_pitch([lines for lines, *_ in pages])
    body = Counter(round(line_size(line)) for lines, *_ in pages for line in lines).most_common(1)

    def next_to(line: dict, gone, beside: dict | None) -> bool:
        """Whether ``line`` may run on each page: next to ``gone``, the line gone beside it (False if none), or, before
        any went (None), apart from ``beside``, the text's line next to it."""
        if gone is None:
            return beside is None or not math.isfinite(pitch) or abs(line["top"] - beside["top"]) > 1.3 * pitch \
                or round(line_size(line)) < body[0][0]  # or set smaller than the text (a browser's 8 pt header)
        return gone is not False and abs(line["top"] - gone["top"]) < 2 * line_size(line)

    def beside(line: dict, others: list) -> dict | None:  # the text's line next to it: not one set beside it
        return next((other for other in others if abs(other["top"] - line["top"]) > 0.6 * line_size(line)), None)

    def first(lines: list, above) -> bool:
        return next_to(lines[0], above, beside(lines[0], lines[1:]))

    def last(lines: list, below) -> bool:
        return next_to(lines[-1], below, beside(lines[-1], lines[-2::-1]))

    kept = [(lines, None, None) for lines, *_ in pages]  # each page's lines, and the lines gone above and below them
    while True:
        ends = Counter(key for lines, above, below in kept if lines
                       for line in [*lines[:1] * first(lines, above), *lines[1:][-1:] * last(lines, below)]
                       for key in masked(line))
        running = {key for key, count in ends.items() if count >= 2 and count * 2 >= len(pages)}
        trimmed = []
        for lines, above, below in kept:
            top = bottom = False
            while lines and masked(lines[0]) & running and first(lines, above if top is False else top):
                top, lines = lines[0], lines[1:]
            while lines and masked(lines[-1]) & running and last(lines, below if bottom is False else bottom):
                bottom, lines = lines[-1], lines[:-1]
            trimmed.append((lines, top or above or False, bottom or below or False))
        if sum(len(lines) for lines, *_ in trimmed) == sum(len(lines) for lines, *_ in kept):
            break
        kept = trimmed
    return [(lines, tables, min((ln["x0"] for ln in lines), default=None), width)
            for (lines, *_), (_, tables, _, width) in zip(kept, pages)]
