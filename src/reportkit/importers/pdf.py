"""Read a PDF with a text layer: tables through pdfplumber, paragraphs rebuilt from the lines around them.

A line indented two characters starts a paragraph, a line at the left edge continues
one (across pages too); a line set elsewhere (centred title, right-aligned 署名) stands
alone. Page numbers (— 3 —) are dropped.
"""
from __future__ import annotations

import logging
import math
import re
from collections import Counter
from itertools import pairwise, takewhile
from pathlib import Path

import pdfplumber

from ..errors import ReportkitError
from ..layout import SPACE_AT_BOUNDARY, SPACE_AT_MARK
from .labels import SENTENCE_END, clean, heading_level
from .source import Grid, Para, Published, fill_spans

# pdfminer's warnings (a font without its FontBBox, as browsers write them) are about the file's fonts, not its
# text, and are in English: the user sees reportkit's findings only. A file it cannot read still raises.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

_PAGE_NUMBER = re.compile(r"^[—\-－–]\s*\d+\s*[—\-－–]$|^第\s*\d+\s*页(共\s*\d+\s*页)?$|^\d+$")
_ASCII_WORD = re.compile(r"[A-Za-z]")
#: What a cell cut off by the page's edge reads as: not a figure, so the mapping leaves a placeholder and says why;
#: a column off the page is not there to count, so the figures of a row so cut are never matched by position.
_CUT_OFF = "（超出页面，未能读出）"
_FIGURE = re.compile(r"[\d.,]+")
#: Characters larger than this (pt) are a title's (二号 22 pt; the body is 三号 16 pt).
_TITLE_SIZE = 18
#: A gap between two lines wider than this many line pitches parts two paragraphs.
_PARAGRAPH_GAP = 1.2


def read(path: Path) -> Published:
    published = Published(str(path))
    current: Para | None = None  # the paragraph being read, added when the next one (or a table) starts
    with pdfplumber.open(str(path)) as pdf:
        chars = [c["text"] for page in pdf.pages for c in page.chars]
        if not chars:
            raise ReportkitError(f"{path}: PDF 里没有文字，只有图像（扫描件或图片转成的 PDF），无法导入："
                                 f"请找这份报告的 DOCX、网页，或可以选中文字的 PDF")
        if sum(text.startswith("(cid:") for text in chars) * 5 > len(chars):
            raise ReportkitError(f"{path}: PDF 里的字体没有字符对照表，取不出文字（复制出来是乱码），无法导入："
                                 f"请找这份报告的 DOCX、网页，或用别的软件重新导出的 PDF")
        # Exported without a Chinese font, every glyph is one placeholder box, and each reads as the same character.
        common = Counter(text for text in chars if "\u4e00" <= text <= "\u9fff").most_common(1)
        if common and common[0][1] * 2 > len(chars):
            raise ReportkitError(f"{path}: PDF 里的汉字都读成同一个字“{common[0][0]}”（多半是导出时缺少中文字体），取不出文字，无法导入："
                                 f"请找这份报告的 DOCX、网页，或用别的软件重新导出的 PDF")
        pages = _without_running_lines([_page(page) for page in pdf.pages])
        # A page whose lines are all indented (a heading, a short paragraph and the 署名) has no line
        # at the left edge: the edge most pages have stands in for it.
        edges = Counter(round(left) for _, _, left, _ in pages if left is not None)
        usual = edges.most_common(1)[0][0] if edges else 0
        pitch = _pitch([lines for lines, *_ in pages])
        right = _right_edges(pages)
        previous = None
        for number, (lines, tables, left, width) in enumerate(pages, 1):
            left = usual if left is None or left > usual + 8 else left
            above = None
            items = [(ln["top"], "line", ln) for ln in lines] + [(t.bbox[1], "table", t) for t in tables]
            for row, (_, what, obj) in enumerate(sorted(items, key=lambda i: i[0]), 1):
                if what == "table":
                    current = _added(published, current)
                    _add_table(published, _grid(obj, f"第 {number} 页的表格"))
                    continue
                place = f"第 {number} 页第 {row} 行"
                size = _size(obj)
                indent = obj["x0"] - left
                # A line at the left edge continues the paragraph, unless a gap wider than the line pitch parts
                # them, or the line before ended a sentence or a heading short of the right edge: a web page
                # printed to PDF sets its paragraphs apart so, without indent.
                spaced = above is not None and obj["top"] - above > _PARAGRAPH_GAP * pitch
                closed = previous is not None and _closes(previous, right[width], obj)
                above, previous = obj["top"], obj
                if current is not None and abs(indent) < size / 2 and not spaced and not closed:
                    current.text += (" " if _ASCII_WORD.match(obj["text"][:1]) and
                                     _ASCII_WORD.match(current.text[-1:]) else "") + obj["text"]
                    continue
                _added(published, current)
                role = _free_role(obj, width, indent, size)
                current = Para(obj["text"], place, role)
                if role != "body":  # a line set apart stands alone
                    current = _added(published, current)
        _added(published, current)
    return published


def _added(published: Published, paragraph: Para | None) -> None:
    """Add ``paragraph``, now whole, if there is one; None, for the paragraph being read."""
    if paragraph is not None:
        published.add(paragraph)


def _add_table(published: Published, grid: Grid) -> None:
    """Add ``grid``; where it continues the table before it, a row whose figures stayed on the page and whose
    labels went over to the next one (the two halves fill different cells) is made one again."""
    previous = published.items[-1] if published.items else None
    joint = len(previous.rows) if isinstance(previous, Grid) else 0
    published.add(grid)
    if joint and published.items[-1] is previous and joint < len(previous.rows):
        above, row = previous.rows[joint - 1], previous.rows[joint]
        if not any(a and b for a, b in zip(above, row)) and any(map(_FIGURE.fullmatch, above)) \
                and not any(map(_FIGURE.fullmatch, row)):
            previous.rows[joint - 1:joint + 1] = [[a or b for a, b in zip(above, row)]]
            del previous.places[joint]


def _closes(line: dict, right: float, following: dict) -> bool:
    """Whether ``line`` ends its paragraph: a sentence or a numbered heading, ending short of the text's right edge
    (``right``) by two characters or more, and by more than the ``following`` line's first word: a number or an
    address too long for the rest of the line (“电话：” over “0000-1234567”) wraps text that is not justified."""
    text = line["text"]
    word = list(takewhile(lambda c: "!" <= c["text"] <= "~", following["chars"]))
    room = max(2 * _size(line), word[-1]["x1"] - word[0]["x0"] if word else 0)
    return line["x1"] < right - room and bool(SENTENCE_END.search(text) or heading_level(text))


def _right_edges(pages: list[tuple]) -> dict[float, float]:
    """The text's right edge on the pages of each width: a landscape page (for a table) has its own."""
    return {width: max((ln["x1"] for lines, _, _, w in pages if w == width for ln in lines), default=0)
            for *_, width in pages}


def _pitch(pages: list[list[dict]]) -> float:
    """The document's line pitch: the most common distance, top to top, from a line that fills its page's width (the
    next line goes on with its paragraph) to the next, or if none does, from any line to the next (infinite without
    any). One-line paragraphs and their headings, set apart, do not set it; nor lines closer than their characters'
    size (a raised footnote mark)."""
    def steps(filled: bool) -> Counter:
        return Counter(round(b["top"] - a["top"], 1) for lines in pages for a, b in pairwise(lines)
                       if b["top"] - a["top"] >= 0.9 * _size(b) and (not filled or _fills(a, lines)))

    found = steps(True) or steps(False)
    return min((step for step, n in found.items() if n == max(found.values())), default=math.inf)


def _fills(line: dict, lines: list[dict]) -> bool:
    """Whether ``line`` runs from the left edge of its page's ``lines`` (or a paragraph's indent) to their right edge."""
    size = _size(line)
    return line["x0"] <= min(ln["x0"] for ln in lines) + 2.5 * size and \
        line["x1"] >= max(ln["x1"] for ln in lines) - size


def _size(line: dict) -> float:
    return line["chars"][0]["size"] if line["chars"] else 10


def _without_running_lines(pages: list[tuple]) -> list[tuple]:
    """``pages`` without running headers and footers: a page's first or last line that also begins or ends half
    the pages or more (at least two), digits aside (a browser's date, title, address and "1/3")."""
    def masked(line: dict) -> tuple[str, int]:  # where it is too: a title's line may read as the header does
        return re.sub(r"\d+", "#", line["text"]), round(line["top"] / 4)

    ends = Counter(masked(line) for lines, *_ in pages for line in (lines[:1] + lines[-1:] if len(lines) > 1 else lines))
    running = {text for text, count in ends.items() if count >= 2 and count * 2 >= len(pages)}
    out = []
    for lines, tables, _, width in pages:
        while lines and masked(lines[0]) in running:
            lines = lines[1:]
        while lines and masked(lines[-1]) in running:
            lines = lines[:-1]
        out.append((lines, tables, min((ln["x0"] for ln in lines), default=None), width))
    return out


def _page(page) -> tuple[list[dict], list, float | None, float]:
    """The text lines outside the tables (without page numbers), the tables, the lines' left edge, the width."""
    tables = page.find_tables({"explicit_horizontal_lines": _open_row_rules(page)})
    left, _, right, _ = page.bbox
    # a table cut off by the page's edge: the text beyond that edge, in its rows, is the table's too
    boxes = [(-math.inf if x0 <= left + 1 else x0, top, math.inf if x1 >= right - 1 else x1, bottom)
             for x0, top, x1, bottom in (t.bbox for t in tables)]
    outside = page.filter(lambda obj: not any(_inside(obj, box) for box in boxes))
    lines = [ln | {"text": _text(ln["text"])} for ln in outside.extract_text_lines()
             if not _PAGE_NUMBER.match(ln["text"].strip())]
    return lines, tables, min((ln["x0"] for ln in lines), default=None), page.width


def _open_row_rules(page) -> list[dict]:
    """Rules closing the rows a page break left open: a table's row cut at the page's foot (or continued at its head)
    has no rule there, and pdfplumber dropped it, figures and all, from the table. Where two or more vertical rules
    of a ruled table (a horizontal rule meets them) end with no horizontal rule, one is drawn across them."""
    vertical = [e for e in page.edges if e["orientation"] == "v"]
    horizontal = [e for e in page.edges if e["orientation"] == "h"]

    def meets(rule: dict, x: float, top: float, bottom: float) -> bool:
        return rule["x0"] - 3 <= x <= rule["x1"] + 3 and top - 3 <= rule["top"] <= bottom + 3

    ends: dict[int, list[float]] = {}
    for v in vertical:
        if any(meets(h, v["x0"], v["top"], v["bottom"]) for h in horizontal):
            for y in (v["top"], v["bottom"]):
                if not any(meets(h, v["x0"], y, y) for h in horizontal):
                    ends.setdefault(round(y), []).append(v["x0"])
    return [{"object_type": "line", "x0": min(xs), "x1": max(xs), "top": y, "bottom": y, "width": max(xs) - min(xs),
             "height": 0} for y, xs in ends.items() if len(xs) > 1]


def _text(extracted: str) -> str:
    """Extracted text without the spaces readers infer from the gap between Chinese and digits or
    Latin letters (Word, WPS and reportkit space them there, layout.AUTOSPACED): data has none. Nor
    those a justified line's spread characters give, between Chinese ones (“地 址 ：”) or between a full-width
    mark or quotation mark and a Latin letter or digit (“公开。 https”), on a paragraph's every line."""
    return clean(SPACE_AT_MARK.sub("", SPACE_AT_BOUNDARY.sub("", extracted)))


def _free_role(line: dict, width: float, indent: float, size: float) -> str:
    """A centred line (title), a line two characters in (a paragraph starts), or one set further right.

    A paragraph's first line that stops two characters short of a ragged right edge is centred too: it starts one."""
    start = abs(indent - 2 * size) < size / 2
    if (indent > size and not start or size > _TITLE_SIZE) and abs((line["x0"] + line["x1"]) / 2 - width / 2) < 3:
        return "centered"  # a title's line as wide as the text is centred too
    return "body" if start else "right" if indent > 2 * size else "body"


def _inside(obj, box) -> bool:
    x0, top, x1, bottom = box
    return obj.get("x0", -1) >= x0 - 1 and obj.get("x1", 1e9) <= x1 + 1 and \
        obj.get("top", -1) >= top - 1 and obj.get("bottom", 1e9) <= bottom + 1


def _grid(table, place: str) -> Grid:
    """The table with every merged cell repeated over the grid positions its box covers."""
    xs = sorted({round(v, 1) for c in table.cells for v in (c[0], c[2])})
    ys = sorted({round(v, 1) for c in table.cells for v in (c[1], c[3])})
    xs, ys = _merge_close(xs), _merge_close(ys)
    texts = table.extract()
    left, _, right, _ = table.page.bbox
    beyond = [c for c in table.page.chars if c["x0"] < left or c["x1"] > right]
    cells = []
    for row, values in zip(table.rows, texts):
        for bbox, text in zip(row.cells, values):
            if bbox is None:
                continue
            c0, c1 = _index(xs, bbox[0]), _index(xs, bbox[2])
            r0, r1 = _index(ys, bbox[1]), _index(ys, bbox[3])
            text = _CUT_OFF if _cut(bbox, beyond, left, right) else _text(text or "")
            cells.append((r0, c0, max(1, r1 - r0), max(1, c1 - c0), text))
    grid = fill_spans(cells)
    return Grid(grid, [f"{place}第 {i + 1} 行" for i in range(len(grid))], place)


def _cut(bbox: tuple, beyond: list[dict], left: float, right: float) -> bool:
    """Whether the cell at ``bbox`` is cut off by the page (a web page printed too wide): its rules stop at the page's
    edge and text in its rows lies beyond, so what it shows may be part of a figure (84 for 845), or nothing."""
    x0, top, x1, bottom = bbox
    return any(top <= (c["top"] + c["bottom"]) / 2 <= bottom and (abs(x0 - left) < 1 and c["x0"] < left or
                                                                  abs(x1 - right) < 1 and c["x1"] > right) for c in beyond)


def _merge_close(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in values:
        if not out or v - out[-1] > 2:
            out.append(v)
    return out


def _index(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))
