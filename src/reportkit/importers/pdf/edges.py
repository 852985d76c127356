"""Where a PDF's text stands on its pages: its left edge, where its paragraphs wrap to (:func:`wrap_edge`)
or, none wrapping, where its body's lines start (:func:`unwrapped_edges`); its right edge (:func:`right_edges`); and the
document's line pitch (:func:`line_pitch`)."""
from __future__ import annotations

import math
from collections import Counter
from itertools import pairwise

from ..labels import SENTENCE_END
from .paragraphs import same_face
from .text import line_size

#: A 署名's or 成文日期's line is narrower than this many characters.
_SIGNED_CHARS = 25


def wrap_edge(lines: list[dict], right: float) -> float | None:
    """Where the paragraphs of a page's ``lines`` wrap to: the most common start of a line after one reaching the
    text's ``right`` edge, no further in than it; None on a page without such lines. A line starting right of the
    middle of the lines is none: a 署名 set right over a longer date is no paragraph wrapping. Where one starts further
    left than the full line before it, only such lines count: a paragraph's first line wrapped there, while a line
    under a full one at its indent may be the next paragraph's (a short page's two of those made the indent its edge,
    and its one wrapped line a paragraph of its own). A page of only short lines set right (the 署名 and 成文日期 alone on
    the last page) has none: its middle is no text's."""
    if all(ln["x1"] >= right - line_size(ln) and ln["x1"] - ln["x0"] < _SIGNED_CHARS * line_size(ln) for ln in lines):
        return None
    middle = (min((ln["x0"] for ln in lines), default=0) + right) / 2
    after = [(a, b) for a, b in pairwise(lines) if a["x1"] >= right - line_size(a) and same_face(a, b)
             and b["x0"] < middle and b["x0"] <= a["x0"] + line_size(a) / 2 and 0 < b["top"] - a["top"] < 3 * line_size(a)]
    left_of = [b for a, b in after if b["x0"] < a["x0"] - line_size(a) / 2]
    found = Counter(round(b["x0"]) for b in (left_of or [b for _, b in after]))
    return float(found.most_common(1)[0][0]) if found else None


def unwrapped_edges(pages: list[tuple], right: dict[float, float]) -> list[tuple]:
    """``pages`` of a PDF none of whose paragraphs wraps (:func:`wrap_edge`) with the text's left edges their bodies
    tell (:func:`_unwrapped_edge`); ``right`` moved out to where the title (the first line larger than the body's),
    centred, puts the right edge, where no line reaches it (a 署名 set two characters in from it)."""
    out, titled = [], False
    for lines, tables, left, width in pages:
        size, left = _unwrapped_edge(lines, right[width], width) or (None, left)
        title = next((ln for ln in lines if size is not None and line_size(ln) > size + 0.5), None)
        if title is not None and not titled:
            right[width] = max(right[width], title["x0"] + title["x1"] - left)
            titled = True
        out.append((lines, tables, left, width))
    return out


def _unwrapped_edge(lines: list[dict], right: float, width: float) -> tuple[float, float] | None:
    """The body's size and the text's left edge on a page of a PDF none of whose paragraphs wraps, from its body: where
    most of its lines in the body's size that start left of the page's middle start (one-line paragraphs and headings;
    neither a title wider than they are nor a 署名 set right), or two characters left of there (they are indented).
    Other lines of that size starting two characters further in (indented paragraphs) tell it is the edge; else the
    page's margins do, the left one as wide as the right one, to the ``right`` edge (a page is set so: GB/T 9704's
    differ by 2 mm, a browser's are alike). None for a page without such lines."""
    sizes: Counter = Counter()
    for line in lines:
        sizes[round(line_size(line), 1)] += len(line["text"])
    if not sizes:
        return None
    size = sizes.most_common(1)[0][0]
    body = Counter(round(ln["x0"]) for ln in lines if abs(line_size(ln) - size) < 0.5 and ln["x0"] < width / 2)
    if not body:
        return None
    start = min(body, key=lambda x: (-body[x], x))
    margin = width - right
    if any(abs(x - start - 2 * size) < size / 2 for x in body) or abs(start - margin) < abs(start - 2 * size - margin):
        return size, float(start)
    return size, start - 2 * size


def right_edges(pages: list[tuple]) -> dict[float, float]:
    """The text's right edge on the pages of each width (a landscape page, for a table, has its own): where its lines
    end furthest right; where each line ending there ends a sentence (none wraps: a text set flush left, each of its
    paragraphs a line, reaches the edge with none), as far in from the page's right side as they start from its left
    (the margins alike), if that is further."""
    edges = {}
    for *_, width in pages:
        lines = [ln for lines, _, _, w in pages if w == width for ln in lines]
        starts = [left for _, _, left, w in pages if w == width and left is not None]
        edges[width] = furthest = max((ln["x1"] for ln in lines), default=0)
        if starts and all(SENTENCE_END.search(ln["text"]) for ln in lines if ln["x1"] >= furthest - line_size(ln)):
            edges[width] = max(furthest, width - min(starts))
    return edges


def line_pitch(pages: list[list[dict]]) -> float:
    """The document's line pitch: the most common distance, top to top, from a line that fills its page's width (the
    next line goes on with its paragraph) to the next, or if none does, from any line to the next (infinite without
    any). One-line paragraphs and their headings, set apart, do not set it; nor lines closer than their characters'
    size (a raised footnote mark)."""
    def steps(filled: bool) -> Counter:
        return Counter(round(b["top"] - a["top"], 1) for lines in pages for a, b in pairwise(lines)
                       if b["top"] - a["top"] >= 0.9 * line_size(b) and (not filled or _fills(a, lines)))

    found = steps(True) or steps(False)
    return min((step for step, n in found.items() if n == max(found.values())), default=math.inf)


def _fills(line: dict, lines: list[dict]) -> bool:
    """Whether ``line`` runs from the left edge of its page's ``lines`` (or a paragraph's indent) to their right edge."""
    size = line_size(line)
    return line["x0"] <= min(ln["x0"] for ln in lines) + 2.5 * size and \
        line["x1"] >= max(ln["x1"] for ln in lines) - size
