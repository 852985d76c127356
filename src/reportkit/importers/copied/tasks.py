"""Task tables of a copy keeping the page's layout (pdftotext -layout): a work plan's 序号 / 工作任务 / 具体措施 /
责任单位 / 完成时限, whose cells' text wraps over many lines. :func:`wrapped_rows` finds such a table by its head
(:func:`_task_head`) or by its rows' numbers, tells where each row's lines start and end (its number's line, the cells
centred on it or set from it down, a page's break between) and where each column's text stands, and makes each row a
line of cells parted by tabs, as :func:`.copied.grids.grids` makes the other tables'."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from itertools import groupby, pairwise, takewhile

from ...layout import CLOSING_MARKS, OPENING_MARKS, monospaced_width
from ...outline import TYPED_NUMBER
from .grids import LAID_OUT, PIECE_GAP, cell_piece, from_top, line_cells, line_words, short_line, top_aligned, words_parted
from ..labels import PAGE_NUMBER, after_number, heading_level, numbering

#: A line's start no line can follow a line break with: closing punctuation, or a character and then one.
_CLOSING = re.compile(r".?[）)》”，。、；：！？]")
#: Two characters or more up to a blank: a cell's text, no figure's word set apart (第 1 类).
_WORD = re.compile(r"\S{2}")
#: A row's number in a table's first column: 1, 3.2.
_ROW_NUMBER = re.compile(r"[\d０-９]+(?:[.．][\d０-９]+)*")


def wrapped_rows(lines: list[str], feeds: set[int]) -> tuple[list[str], list[tuple[int, str]]]:
    """``lines`` with the numbered rows (序号 its first column) of a table whose cells' text a copy keeping the page's
    layout broke over lines (a task table's measures, pdftotext -layout's) as rows of cells parted by tabs, a row on its
    first line, the others left blank: the lines under a head up to a blank one, each row's number on its middle line
    (:func:`_row_spans`), each piece of text in the column where it starts (:func:`_in_columns`); a task table's rows
    without numbers (工作任务 its first head) by a column of one-line cells (:func:`_anchored_spans`). A table whose
    lines make no such rows is left as it is. The head a page repeats over the rest of the table (a page's foot alone
    between) is left out too, as a PDF's is; each page's part of the table is read in its own columns, and the lines
    a part starts with that go on with a row the page before broke (:func:`_row_spans`, :func:`_anchored_spans`; a
    page may hold nothing else) are joined to the row (:func:`_joined`). With notes on what may be read wrong, by the
    line (:func:`_merged_top`). ``feeds``: the lines a page starts with."""
    out, notes = list(lines), []
    lines = _figures_apart(lines)
    last: tuple[list[str], int] | None = None  # the head of the table read last, and the line after its rows
    tail: tuple[list[int], list[str]] | None = None  # the lines of its last row and its cells
    for h, line in enumerate(lines):
        head, words = words_parted(line_cells(line)), line_words(line)  # 序号 工作任务: narrow heads a blank apart
        tall, taller = _tall_head(lines, h) or (None, 0)
        if tall:
            head = words = tall
        parted = len(head) >= 3 and re.fullmatch("序号|编号", head[0][1])
        unnumbered = not parted and _unnumbered_head(words)
        if not parted and not unnumbered and not (len(words) >= 3 and re.fullmatch("序号|编号", words[0][1])) \
                or "。" in line:
            continue
        body = list(takewhile(lambda k: lines[k].strip(), range(h + 1 + taller, len(lines))))
        if not body or not _laid_out(lines, [h, *body]):
            continue
        # the table read last goes on here over a page's foot (its head repeated), and this part over the next page's
        again = _repeated(lines, last, [text for _, text in head], h)
        rest = None  # the lines a page starts with that go on with the last row of the page before
        if unnumbered:
            spans, centred = _anchored_spans(lines, body, len(words), feeds, again,
                                             _goes_on(lines, body[-1] + 1, words, feeds)) or ([], False)
            head, rest = words, (body[0], spans[0][0] - 1) if spans and spans[0][0] > body[0] else None
        else:
            spans, rest = _row_spans(lines, body, again, _goes_on(lines, body[-1] + 1, head, feeds)) or ([], None)
            centred = any(not lines[top][:1].strip() for top, _ in spans)  # a row's number on its middle line
        if not spans and again and all(lines[k][:1].isspace() for k in body):
            rest = body[0], body[-1]  # a page holding the rest of a row the page before broke alone
        across = [top for top, bottom in spans if (top == bottom and _group_line(lines[top]) if unnumbered
                                                    else lines[top][:1].strip()
                                                    and not _ROW_NUMBER.fullmatch(lines[top].split()[0]))]
        numbered = [span for span in spans if span[0] not in across]
        measures = next((c for c, (_, text) in enumerate(head) if "措施" in text), None)
        rows = _in_columns(lines, numbered, [text for _, text in head], measures, not unnumbered, centred, notes,
                           re.sub(r"\s", "", "".join(lines[:h]))) \
            if numbered and (parted or unnumbered) else None
        # a table whose cells the page centred, the head's words a blank apart too, or a column of which is blank in
        # every row; not one whose cells' text starts on their rows' lines (:func:`.copied.grids.top_aligned`) at their columns' left
        # edge, which may stand elsewhere on another page: the grid's reading takes it
        starts = {start for top, bottom in numbered for k in range(top, bottom + 1) for start, _ in line_cells(lines[k])}
        if rows is None and numbered and (centred if unnumbered else len(starts) < len(head) or centred):
            head, rows = words, _centred(lines, numbered, words, not unnumbered)
        if rows is None and (rest is None or numbered):
            continue
        rows = rows or []
        words = [text for _, text in head]
        again = _repeated(lines, last, words, h)
        placed = [(list(range(top, bottom + 1)), cells) for (top, bottom), cells in zip(numbered, rows)]
        if rest is not None:
            # the rest of the row the page before broke, read in this page's columns, joined to its start
            carried = (_in_columns(lines, [rest, *numbered], words, measures, False, centred, [])
                       or _centred(lines, [rest, *numbered], head, False)) if again and tail is not None else None
            if carried is None:
                continue
            slots, cells = tail
            placed.insert(0, (slots + list(range(rest[0], rest[1] + 1)),
                              _joined(cells, carried[0], measures, not unnumbered)))
        out[h] = "" if again else "\t".join(words)
        for k in range(h + 1, body[0]):
            out[k] = ""  # a head's wrapped words (工作 / 任务)
        end = (spans or [rest])[-1][1] + 1
        for k in range(body[0], end):
            out[k] = lines[k].strip() if k in across else ""  # a group's heading: a line across the table
        for slots, cells in placed:
            # a measure after the first of a row (:func:`_in_columns`: a merged 工作任务's next row, or a cell's next
            # paragraph): a row of its own under it, for the reader of task tables to take as the task's next measure
            first, *more = cells[measures].split("\n") if measures is not None else [None]
            out[slots[0]] = "\t".join(first if c == measures else cell for c, cell in enumerate(cells))
            for slot, measure in zip(slots[1:], more):
                out[slot] = "\t".join(measure if c == measures else "" for c in range(len(cells)))
        tail = placed[-1]
        last = words, end
    return out, notes


def _repeated(lines: list[str], last: tuple[list[str], int] | None, words: list[str], h: int) -> bool:
    """Whether the head ``words`` on line ``h`` repeats that of the table read ``last`` (its head, the line after its
    rows) over a page's foot: the same words, at most one line with text (the page's number) between."""
    return last is not None and last[0] == words and sum(bool(lines[k].strip()) for k in range(last[1], h)) <= 1


def _goes_on(lines: list[str], k: int, head: list[tuple[int, str]], feeds: set[int]) -> bool:
    """Whether a table whose ``head`` a page repeats goes on over the page after its lines up to line ``k``: the
    next line with text, past a page's number (:data:`.labels.PAGE_NUMBER`), starts a page with that head."""
    after = next((j for j in range(k, len(lines)) if lines[j].strip() and not PAGE_NUMBER.fullmatch(lines[j].strip())),
                 None)
    return after in feeds and [text for _, text in words_parted(line_cells(lines[after]))] == [text for _, text in head]


def _joined(cells: list[str], rest: list[str], measures: int | None, numbered: bool) -> list[str]:
    """The ``cells`` of a row a page broke with its ``rest`` on the next page: each column's text going on, but a
    cell the next page sets again whole (the Typst PDF's 工作任务 beside a broken row's rest). A page sets no row's
    number again: a piece of the rest in the 序号 column (``numbered``) is the 工作任务's (a name's last character
    LibreOffice centres at the column's edge)."""
    rest = ["", rest[0] + rest[1], *rest[2:]] if numbered else rest
    joined = []
    for c, (text, more) in enumerate(zip(cells, rest)):
        if c != measures and more == text:
            more = ""
        joined.append(text + more)
    return joined


def _laid_out(lines: list[str], table: list[int]) -> bool:
    """Whether the lines ``table`` stand where a page set their words: their first words start at more than one column,
    or runs of blanks part some words; not a copy in reading order's (pdftotext -raw: each piece of a cell at the same
    column, a row's last cells a blank apart, 防汛办 全年), which a page's breaks alone let pass for one."""
    return len({line_cells(lines[k])[0][0] for k in table}) > 1 or any(LAID_OUT.search(lines[k]) for k in table)


#: A figure a blank before a Chinese word that is no unit of it (热线12345 对来电…, not 6 月底前, 2024 年), nor a character
#: alone (第 1 类, 第 1 类 按季度…: a cell's text is more): where the word starts a column, two cells.
#: The units a figure's word may start with (2024 年, 6 月底前, 3 个): a blank before one is inside a cell.
_UNITS = "年月日时号个件项条次元万亿天周批家人户期届%％"
_FIGURE_APART = re.compile(rf"[^\x00-\x7f] ?[0-9A-Za-z]{{1,12}}( )(?=[^\x00-\x7f]\S)(?![{_UNITS}）)”，。、；：])")


#: How many characters off its column's start pdftotext may set a line's piece of text (a row's number's line).
_FIGURE_SHIFT = 2


def _figures_apart(lines: list[str]) -> list[str]:
    """``lines`` with the one blank a copy keeping the page's layout sets between a cell ending in figures and the
    next cell's first character (a name wide in its column: figures print narrower than the columns they take) a
    tab: the two are cells apart, as where a run of blanks parts them. Only where the next starts where a piece of
    text starts on two other lines of the block (its column's start), or :data:`_FIGURE_SHIFT` characters off it (a
    row's number's line pdftotext set further left: 做好第 2 在门户…); a figure and its word (6 月底前) stay one."""
    out = list(lines)
    for _, block in groupby(range(len(lines)), key=lambda k: bool(lines[k].strip())):
        block = list(block)
        starts = Counter(start for k in block for start in {start for start, _ in words_parted(line_cells(lines[k]))})
        for k in block:
            for found in _FIGURE_APART.finditer(lines[k]):
                if sum(starts[found.end(1) + off] for off in range(-_FIGURE_SHIFT, _FIGURE_SHIFT + 1)) >= 2:
                    out[k] = out[k][:found.start(1)] + "\t" + out[k][found.end(1):]
    return out


#: The first head of a task table without a column of row numbers (工作任务 | 具体措施 | 责任单位 | 完成时限; 任务名称,
#: 重点工作, 工作项目 …), and one of the others' words (工作举措 a measures').
_TASK_HEAD = re.compile("(?:工作|重点|主要|具体)?(?:任务|事项)(?:名称|内容)?|重点工作|(?:工作)?项目(?:名称)?|工作内容")
_OTHER_HEADS = re.compile("措施|举措|单位|科室|股室|处室|部门|时限|时间|期限|目标|成效|要求|标准|备注")


def _tall_head(lines: list[str], h: int) -> tuple[list[tuple[int, str]], int] | None:
    """The words (with their columns) of a task table's head starting on line ``h`` whose cells' words a narrow column
    wrapped onto the next line (工作任 / 务, 责任单 / 位; a head the cells centre has a word alone on the line between,
    具体措施, the wrapped words on the line under it), and how many lines more it takes: each column's pieces, starting
    where one another do (a blank off at most: 序号 stands right before 工作任), joined from the top, where so joined
    they make a head (:func:`_unnumbered_head`, after a 序号 or not) that line ``h`` alone does not. Else None."""
    if "。" in lines[h] or _task_head(line_words(lines[h])):
        return None
    for more in (1, 2):
        rows = lines[h:h + more + 1]
        if len(rows) <= more or any(not line.strip() or "。" in line for line in rows):
            return None
        pieces = sorted((start, n, text) for n, line in enumerate(rows) for start, text in line_words(line))
        columns: list[list[tuple[int, int, str]]] = []
        for piece in pieces:
            if columns and piece[0] - columns[-1][-1][0] <= 1:
                columns[-1].append(piece)
            else:
                columns.append([piece])
        if any(len({n for _, n, _ in column}) < len(column) for column in columns):
            continue
        words = [(column[0][0], "".join(text for _, _, text in sorted(column, key=lambda piece: piece[1])))
                 for column in columns]
        if _task_head(words):
            return words, more
    return None


def _task_head(words: list[tuple[int, str]]) -> bool:
    """Whether ``words`` are a task table's head of words it has a name for: :func:`_unnumbered_head`, after a 序号."""
    return _unnumbered_head(words[1:] if words and re.fullmatch("序号|编号", words[0][1]) else words)


def _unnumbered_head(words: list[tuple[int, str]]) -> bool:
    """Whether ``words`` (a line's, with their columns) are the head of a task table without a 序号 column."""
    return len(words) >= 3 and bool(_TASK_HEAD.fullmatch(words[0][1])) \
        and all(_OTHER_HEADS.search(text) and len(text) <= 6 for _, text in words[1:])


def _column_starts(starts: list[int], width: int) -> list[int]:
    """The first of ``starts`` (pieces' columns, in order) in each of ``width`` columns: parted at their widest gaps."""
    cuts = sorted(sorted(range(1, len(starts)), key=lambda n: starts[n] - starts[n - 1])[-(width - 1):])
    return [starts[0], *(starts[n] for n in cuts)]


def _full_starts(lines: list[list[tuple[int, str]]], width: int) -> list[int] | None:
    """Where each of ``width`` columns starts by the ``lines`` (their pieces) with a piece in every column, a row's
    first lines set at their cells' top: the first start of each column's pieces, where each column's pieces all start
    before the next's (a cell's text centred in a column: 执法大队 a character further left than 法规股, which the
    widest gaps between starts take for a column's edge). None where no line has so many pieces or they overlap."""
    full = [[start for start, _ in cells] for cells in lines if len(cells) == width]
    columns = list(zip(*full))
    if not full or any(max(a) >= min(b) for a, b in pairwise(columns)):
        return None
    return [min(column) for column in columns]


def _anchored_spans(lines: list[str], body: list[int], width: int, feeds: set[int], carried: bool = False,
                    cut: bool = False) -> tuple[list[tuple[int, int]], bool] | None:
    """The first and last line of each row of a table's ``body`` ``width`` columns wide that has no column of row
    numbers (工作任务 its first), and whether its cells are centred in their rows. A column of one-line cells (完成时限,
    责任单位) holds each row's first line where the cells' text starts there (:func:`_top_spans`); else, none of its
    pieces on the line next to another's but in rows of one line (text in every column on both), each row's middle
    line (:func:`_centred_spans`). A group's heading across the table (一、重点领域公开, :func:`_group_line`) is a row
    of its own, the rows between two filling the lines between; one under the last row (三、工作要求) is the text under
    the table; ``feeds``, the lines a page starts with. A body going on with a table from the page before
    (``carried``) may start with the rest of a row the page broke, and the last row of one the table goes on from
    (``cut``) may be broken (:func:`_centred_spans`, :func:`_top_spans`); either may be a row alone (a task of several
    paragraphs the first page of a table holds alone). None where no column or no rows are so."""
    groups = {k for k in body if _group_line(lines[k])}
    pieces = [(k, start) for k in body if k not in groups for start, _ in words_parted(line_cells(lines[k]))]
    starts = sorted({start for _, start in pieces})
    if len(starts) < width:
        return None
    firsts = _column_starts(starts, width)
    columns = [sorted({k for k, start in pieces if sum(first <= start for first in firsts) - 1 == c})
               for c in range(width)]
    texts: dict[tuple[int, int], str] = {}  # each column's text on each line
    for k in body:
        for start, text in words_parted(line_cells(lines[k])) if k not in groups else ():
            c = sum(first <= start for first in firsts) - 1
            texts[c, k] = texts.get((c, k), "") + text
    parts = [set(part) for grouped, part in groupby(body, key=groups.__contains__) if not grouped]

    def whole(k: int) -> bool:
        """Whether line ``k`` has text in every column: a row of one line, which a centred row of one line may follow."""
        return all((c, k) in texts for c in range(width))

    for centred in (False, True):
        for anchors in reversed(columns[1:]):
            if centred and any(b - a < 2 and not (whole(a) and whole(b)) for a, b in pairwise(anchors)):
                continue
            spans: list[tuple[int, int]] = []
            for n, part in enumerate(parts):
                held = [k for k in anchors if k in part]
                later = any(k in rest for rest in parts[n + 1:] for k in anchors)  # rows under the next heading
                first, last = carried and n == 0, cut and n + 1 == len(parts)  # a page's break before, after
                found = (_centred_spans(sorted(part), held, texts, feeds, first, last) if centred else
                         _top_spans(lines, sorted(part), held, first)) if held else None
                if found is None or later and found[-1][1] != max(part):
                    spans = spans if not later else []  # the text under the table, or no table
                    break
                spans += found
            if len(spans) >= 2 - (carried or cut):  # a page may hold one row of a table going on over pages
                return sorted([*spans, *((k, k) for k in groups if k < spans[-1][1])]), centred
    return None


def _group_line(line: str) -> bool:
    """Whether ``line`` is a group's heading across a task table: one piece alone, numbered as a heading (一、重点领域
    公开, （二）, 1. , （1）, 第一部分 , as the DOCX's import has a row across the table; not a bare 2: a wrapped name's
    tail may start so), words after the number, no sentence."""
    cells = line_cells(line)
    return len(cells) == 1 and bool(heading_level(cells[0][1])) and not numbering(cells[0][1]).isdigit() \
        and bool(after_number(cells[0][1])) and "。" not in line


def _centred_spans(body: list[int], anchors: list[int], texts: dict[tuple[int, int], str], feeds: set[int],
                   carried: bool = False, cut: bool = False) -> list[tuple[int, int]] | None:
    """The first and last line of each row of a table's ``body`` whose cells' text the page centred in their rows,
    each row's middle line one of ``anchors``: the row's lines stand as many above it as below, or one more either
    way, the rows filling the body from its first line, the fewest off the middle (the text under the table may follow
    the last row without a blank line). A row a page breaks (its middle line above the break, a page starting on a line
    of ``feeds``) goes on over the next page's first lines, as many as fit. Of rows so far off alike, those whose cells (``texts``: each column's on each
    line) have the fewest lines short of their column's widest before their last (a wrap fills a line). A body going
    on with a table from the page before (``carried``) may start with the rest of a row the page broke (the fewest
    lines of those leaving the rows least off and short); the last row of one the table goes on from over the next
    page (``cut``) takes the body's last lines, however many (LibreOffice sets the part of a row a page holds at its
    top). None where they cannot."""
    pages = sorted(feeds.intersection(body))
    widest = {c: max(_wide(text) for (d, _), text in texts.items() if d == c) for c, _ in texts}

    def short(top: int, bottom: int) -> int:
        """How many lines of the row on lines ``top`` to ``bottom`` are short before their cell's last."""
        return sum(short_line(_wide(texts[c, k]), texts[c, after], widest[c]) for c, k in texts
                   if top <= k < bottom and (after := next((j for j in range(k + 1, bottom + 1) if (c, j) in texts),
                                                           None)) is not None)

    @cache
    def rows_from(n: int, top: int) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]] | None:
        """The rows from the ``n``th down, its first line ``top``: how far off their middles and how many short lines
        they have, and their lines."""
        above, found = anchors[n] - top, []
        limit = anchors[n + 1] - 1 if n + 1 < len(anchors) else body[-1]
        page = next((k for k in pages if anchors[n] < k <= limit), None)
        belows = (above, above + 1, above - 1, *(range(page - anchors[n], limit - anchors[n] + 1) if page else ()))
        if cut and n + 1 == len(anchors):
            belows, page = (limit - anchors[n],), anchors[n]  # a row the page broke: off its middle alike
        for below in belows:
            bottom = anchors[n] + below
            if below < 0 or bottom > limit:
                continue
            rest = rows_from(n + 1, bottom + 1) if n + 1 < len(anchors) else ((0, 0), ())
            if rest is not None:
                off = abs(above - below) if page is None or bottom < page else 0
                found.append(((rest[0][0] + off, rest[0][1] + short(top, bottom)), ((top, bottom), *rest[1])))
        return min(found, key=lambda option: option[0], default=None)

    found = [(*rows, top) for top in range(body[0], (anchors[0] if carried else min(anchors[0], body[0])) + 1)
             if (rows := rows_from(0, top)) is not None]
    best = min(found, key=lambda option: (*option[0], option[2]), default=None)
    return list(best[1]) if best else None


def _top_spans(lines: list[str], body: list[int], anchors: list[int],
               carried: bool = False) -> list[tuple[int, int]] | None:
    """The first and last line of each row of a table's ``body`` whose cells' text starts on the rows' first lines,
    ``anchors`` (a column's pieces), and goes on down (:func:`.copied.grids.from_top`; a row's first cell may be blank, merged
    with the one above): the last row's lines those whose pieces stand under its first line's, up to a heading under
    the table (三、工作要求); a body going on with a table from the page before (``carried``) may start with the
    rest of a row the page broke, the rows then reaching the body's end. None where the table is not so."""
    if anchors[0] != body[0] and not carried:
        return None
    starts = [start for start, _ in words_parted(line_cells(lines[anchors[-1]]))]
    end = anchors[-1] + 1
    while end <= body[-1] and not TYPED_NUMBER.match(lines[end].strip()) \
            and all(any(abs(start - at) <= PIECE_GAP for at in starts) for start, _ in line_cells(lines[end])):
        end += 1
    if anchors[0] != body[0] and end <= body[-1]:
        return None  # the rest of a row over rows read to no end of the page's part: a row centred on its one-line cell
    return [(top, bottom - 1) for top, bottom in pairwise([*anchors, end])] if from_top(lines, anchors, end) else None


def _row_spans(lines: list[str], body: list[int], carried: bool = False,
               cut: bool = False) -> tuple[list[tuple[int, int]], tuple[int, int] | None] | None:
    """The first and last line of each row of a table's ``body``: a row's number stands at the left edge on its first
    line where the cells' text starts on the row's line (:func:`.copied.grids.top_aligned`), else on its middle line (the copy
    centres a cell's text in its row), as many lines above it as below, or one more below where that line ends a
    sentence (the row's tallest cell ends there); a group's heading across the table, at the left edge between two
    rows, a row of one line; the rows fill the body, up to a line at the left edge after the last (the text under the
    table). A body that goes on with a table from the page before (``carried``) may start with the rest of a row the
    page broke, the lines before its first row (of those that centre the rows, the ones leaving the rows least off
    their middles, or those before the first row's line of rows set at their top; then with the fewest cells' lines
    ending a sentence before their last, then the fewest): their first and last line too. The last row of a body
    the table goes on from over the next page (``cut``) may stop anywhere (the page broke it: LibreOffice sets the
    part of a row a page holds at its top). None where they do not."""
    numbers = [k for k in body if lines[k][:1].strip() and _ROW_NUMBER.fullmatch(lines[k].split()[0])]
    if not numbers:
        return None
    # the lines after the last row's up to one at the left edge, no cell's (三、保障措施 right under the table)
    stop = next((k for k in body if k > numbers[-1] and lines[k][:1].strip()), body[-1] + 1)
    # a group's heading across the table (一、重点领域公开) at the left edge is a row of its own
    starts = [k for k in body if k < stop and lines[k][:1].strip() and (k in numbers or cell_piece(lines[k]))]
    if starts[0] == body[0] and top_aligned(lines, starts, stop):
        return [(k, end - 1) for k, end in pairwise([*starts, stop])], None

    def ended(top: int, bottom: int) -> int:
        """How many of a cell's lines in the row on lines ``top`` to ``bottom`` end a sentence before its last."""
        return sum(text.endswith("。") and any(abs(at - start) <= PIECE_GAP for j in range(k + 1, bottom + 1)
                                              for at, _ in words_parted(line_cells(lines[j])))
                   for k in range(top, bottom) for start, text in words_parted(line_cells(lines[k])))

    def rows_from(top: int) -> tuple[int, int, list[tuple[int, int]]] | None:
        """How far off their middles the rows are from line ``top`` down, how many of their cells' lines end a
        sentence before their last, and their lines."""
        spans, off = [], 0
        for n, k in enumerate(numbers):
            while top < k and top in starts and top not in numbers:  # a group's heading right under a row
                spans.append((top, top))
                top += 1
            after = numbers[n + 1] if n + 1 < len(numbers) else stop
            around = range(top, min(k + (k - top) + 1, after))
            bottom = k
            while bottom + 1 < after and (counts := _row_lines(lines, top, k, bottom, around))[1] < counts[0]:
                bottom += 1
            if k < bottom < after - 1 and _beside(lines, bottom, around):  # a merged cell's line, the row's last below
                bottom += 1
            if n + 1 == len(numbers):
                bottom = stop - 1
            elif bottom + 1 < after and lines[bottom + 1].rstrip().endswith("。") \
                    and not lines[bottom].rstrip().endswith("。"):
                bottom += 1
            above, below = _row_lines(lines, top, k, bottom, around)
            if k < top or bottom >= after or below - above not in (0, 1) and not (cut and n + 1 == len(numbers)):
                return None
            spans.append((top, bottom))
            off += abs(below - above) if not (cut and n + 1 == len(numbers)) else 0
            top = bottom + 1
        return off, sum(ended(*span) for span in spans), spans

    found = [(*rows, top) for top in (range(body[0], numbers[0] + 1) if carried else [body[0]])
             if (rows := rows_from(top)) is not None]
    if carried and top_aligned(lines, starts, stop):  # the rows set at their top, the page before's rest over them
        spans = [(k, end - 1) for k, end in pairwise([*starts, stop])]
        found.append((0, sum(ended(*span) for span in spans), spans, starts[0]))
    if not found:
        return None
    *_, spans, top = min(found, key=lambda option: (option[0], option[1], option[3]))
    return spans, (body[0], top - 1) if top > body[0] else None


def _row_lines(lines: list[str], top: int, k: int, bottom: int, around: range) -> tuple[int, int]:
    """How many of a row's lines ``top`` to ``bottom`` stand above its number's line ``k`` and below it, each line
    of a merged cell's text among them (:func:`_beside` the lines ``around``) left out where the row's other lines
    stand above and below it: it is no line of the row's cells, which the page centred on the number's line."""
    kept = [j for j in range(top, bottom + 1) if j == k or not _beside(lines, j, around)]
    counted = [j for j in range(top, bottom + 1) if j in kept or not kept[0] < j < kept[-1]]
    return sum(j < k for j in counted), sum(j > k for j in counted)


def _beside(lines: list[str], j: int, others: range) -> bool:
    """Whether each piece of text on line ``j`` stands where none on the lines ``others`` does (its start and its
    middle two columns off at least): a merged cell's text the page centred over rows, set on a line of its own among
    a row's lines (镇党政办 between a measure's lines), which the row's centring does not count. Pieces a blank between
    Chinese characters parts are two (:func:`.copied.grids.words_parted`): a merged 工作任务's line a blank before a
    measure's (公开农产品质 例行监测…) is the measure's row's."""
    theirs = [(start, start + len(text) / 2) for k in others if k != j
              for start, text in words_parted(line_cells(lines[k]))]
    return all(abs(start - at) > 2 and abs(start + len(text) / 2 - middle) > 2
               for start, text in words_parted(line_cells(lines[j])) for at, middle in theirs)


def _in_columns(lines: list[str], spans: list[tuple[int, int]], head: list[str], measures: int | None,
                numbered: bool, centred: bool, notes: list[tuple[int, str]], before: str = "") -> list[list[str]] | None:
    """The cells of the rows ``spans`` of a table whose columns ``head`` names: each line's pieces of text (blanks
    between Chinese characters parting two, :data:`.copied.grids._CELLS_APART`) in the column their start falls in, the starts parted
    into as many columns at their widest gaps (:func:`_column_starts`); a column's pieces in a row joined in order.
    In the column ``measures`` (具体措施) a line short of the column's widest (two Chinese characters short: a wrap
    breaks at one) before the cell's last ends a measure, the next starting after a line break (a merged 工作任务 over
    rows each giving a measure of its own). A merged cell's text, centred in the rows numbered under one (3.1, 3.2 …), goes to the first of them,
    as a copy gives a merged cell; one centred over rows blank in its column goes to each (:func:`_merged_centred`). None where
    the first column holds anything but the rows' numbers (``numbered``), or two cells a line sets runs of blanks
    apart fall in one: the widest gaps were no columns' edges (a copy centring one-line cells, a wrapped one's text at
    its column's left edge), a table :func:`.copied._laid_out_grids` reads. The cells' text ``centred`` in their rows, a merged
    cell's stands in the middle of its rows' lines (:func:`_merged_centred`); else at their top, a merged 工作任务's
    goes on in the rows under its first (:func:`_merged_top`), ``notes`` saying where that is not sure (``before``: the
    copy's text before the table, its blanks left out)."""
    def column(start: int) -> int:
        return sum(first <= start for first in firsts) - 1

    width = len(head)
    task = next((c for c, text in enumerate(head[:2]) if _TASK_HEAD.fullmatch(text)), None)
    pieces = [(k, start, text) for top, bottom in spans for k in range(top, bottom + 1)
              for start, text in words_parted(line_cells(lines[k]))]
    starts = sorted({start for _, start, _ in pieces})
    if len(starts) < width:
        return None
    lined = [line_cells(lines[k]) for top, bottom in spans for k in range(top, bottom + 1)]
    firsts = _column_starts(starts, width)
    if any(len({column(start) for start, _ in cells}) < len(cells) for cells in lined):
        firsts = _full_starts([words_parted(cells) for cells in lined], width) or firsts

    def parted(start: int, text: str) -> list[tuple[int, str]]:
        """``text`` parted at a blank right before a column's start: narrow columns a blank apart (3.2 信息,
        环境质量 2.水环境质量), which a blank between Chinese and a figure does not part elsewhere; not before a
        character alone (做好第 1 类: the measures' column starts a character left on a row's number's line, at 类)."""
        out, at = [], 0
        for gap in re.finditer(" ", text):
            if start + gap.end() in firsts and gap.start() > at and _WORD.match(text, gap.end()):
                out.append((start + at, text[at:gap.start()]))
                at = gap.end()
        return [*out, (start + at, text[at:])]

    pieces = [(k, at, piece) for k, start, text in pieces for at, piece in parted(start, text)]
    if any(len({column(start) for start, _ in cells}) < len(cells) for cells in lined):
        return None
    overrun: list[tuple[int, str]] = []  # notes on pieces run into the next column, said where the rows are read
    pieces = [(k, at, piece) for k, start, text in pieces
              for at, piece in _overrun(k, start, text, column, firsts, head, overrun)]
    rows, measured, reach = [], [], []  # each row's cells, its measures' lines, and its cells' first and last lines
    texts: dict[tuple[int, int], str] = {}  # each column's text on each line
    for top, bottom in spans:
        cells, taken = [""] * width, {}  # the column each line's last piece went to
        said: dict[int, str] = {}
        lines_of: dict[int, tuple[int, int]] = {}
        for k, start, text in pieces:
            if top <= k <= bottom:
                # pieces of one line are cells apart, however near the copy set them (a narrow cell's last
                # character a blank before the next cell's first: 完成清单 编制重点领域…)
                taken[k] = min(max(column(start), taken.get(k, -1) + 1), width - 1)
                cells[taken[k]] += text
                texts[taken[k], k] = texts.get((taken[k], k), "") + text
                lines_of[taken[k]] = (lines_of.get(taken[k], (k, k))[0], k)
                if taken[k] == measures:
                    said[k] = said.get(k, "") + text
        if numbered and not _ROW_NUMBER.fullmatch(cells[0]):
            return None
        rows.append(cells)
        measured.append(list(said.values()))
        reach.append(lines_of)
    widest = max((_wide(text) for said in measured for text in said), default=0)

    def ends(said: list[str], n: int) -> bool:
        """Whether line ``n`` of a cell's ``said`` lines ends a measure: it is short and not its last, its brackets
        closed, the next line's start no punctuation the line could not end before (a wrap moves a character down
        with a closing bracket: 指南（试 over 行）》); short of the two characters the cell's last line holds, where
        that is two with their marks (reportkit joins a last character to the one before it: 空气质量 over 信息。)."""
        if n + 1 == len(said):
            return False
        text, last = "".join(said[:n + 1]), said[n + 1]
        pair = n + 2 == len(said) and len(last.rstrip(CLOSING_MARKS).lstrip(OPENING_MARKS)) == 2
        return short_line(_wide(said[n]) + (_wide(last) - 2 if pair else 0), last, widest) \
            and all(text.count(opening) <= text.count(closing) for opening, closing in ("（）", "()", "《》", "“”")) \
            and not _CLOSING.match(said[n + 1])

    for cells, said in zip(rows, measured) if measures is not None else ():
        cells[measures] = "".join(text + "\n" * ends(said, n) for n, text in enumerate(said))
    for _, group in groupby(range(len(rows)) if numbered else (), key=lambda m: rows[m][0]):
        _paragraph_rows(rows, reach, list(group), measures)
    if task is not None and centred and numbered:
        _items_merged(rows, reach, spans, task)
    if task is not None:
        notes += _merged_top(rows, reach, texts, spans, task, _wide(head[task]), centred, before)
    for parent, group in groupby(range(len(rows)), key=lambda m: re.sub(r"[.．][\d０-９]+$", "", rows[m][0])):
        group = list(group)
        if len(group) < 2 or parent == rows[group[0]][0]:
            continue
        for j in range(1, width):
            written = [m for m in group if rows[m][j]]
            if len(written) == 1 and written[0] != group[0]:
                rows[group[0]][j], rows[written[0]][j] = rows[written[0]][j], ""
                reach[group[0]][j] = reach[written[0]].pop(j)
    if centred:
        _merged_centred(rows, reach, spans, measures, 1 if numbered else 0)
    notes += overrun
    return rows


def _overrun(k: int, start: int, text: str, column: Callable[[int], int], firsts: list[int], head: list[str],
             notes: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The piece ``text`` at column ``start`` of line ``k`` as the cells it holds: two a blank apart where it runs
    more than :data:`_FIGURE_SHIFT` characters past the next column's start (``firsts``: pdftotext sets figures a
    blank after a Chinese word, 执法大队 2024 年 12 月; not 做好第 1 类 on a row's number's line it set further left),
    parted at the one blank before that start no figure's unit follows (2024 年); where no blank or more than one is
    so, one cell, ``notes`` saying so at the line."""
    c = column(start)
    if c + 1 == len(firsts) or " " not in text or start + len(text) <= firsts[c + 1] + _FIGURE_SHIFT:
        return [(start, text)]
    gaps = [gap for gap in re.finditer(" ", text) if start + gap.start() < firsts[c + 1]
            and not (text[gap.start() - 1].isdigit() and text[gap.end()] in _UNITS)]
    if len(gaps) == 1:
        return [(start, text[:gaps[0].start()]), (start + gaps[0].end(), text[gaps[0].end():])]
    notes.append((k, f"按版式复制的任务分解表里“{text}”从{head[c]}一栏排进了{head[c + 1]}一栏，两格的字只隔一个空格，"
                     f"分不出哪些字属于哪一格，已整个作为{head[c]}导入：请对照原件核对这一行的{head[c]}和{head[c + 1]}"))
    return [(start, text)]


def _paragraph_rows(rows: list[list[str]], reach: list[dict[int, tuple[int, int]]], group: list[int],
                    measures: int | None) -> None:
    """The ``rows`` ``group`` of one number, where more than one (a task's measures of several paragraphs a row each,
    as reportkit sets a task whose row may break over pages): the task's other cells are merged over them, their text
    centred across the rows or at their top (推进权责 on the first's last line, 清单公开 on the second's first): each
    column's pieces are joined in the first row, as a copy gives a merged cell's, the others left blank."""
    for j in range(1, len(rows[group[0]])):
        written = [m for m in group if rows[m][j]]
        if j == measures or not written or written == [group[0]]:
            continue
        rows[group[0]][j] = "".join(rows[m][j] for m in written)
        reach[group[0]][j] = (reach[written[0]][j][0], reach[written[-1]][j][1])
        for m in written[1:] if written[0] == group[0] else written:
            rows[m][j] = ""
            reach[m].pop(j, None)


def _items_merged(rows: list[list[str]], reach: list[dict[int, tuple[int, int]]], spans: list[tuple[int, int]],
                  task: int) -> None:
    """``rows`` (on the lines ``spans``) of a table whose cells the page centred, with the 工作任务 (column ``task``)
    of rows numbered under one (2.1, 2.2) merged over them: its lines, one run down from row to row (公开农产品质 on
    2.1's last line, 量安全信息 on 2.2's first), centred in the rows' lines, as many above as below or one more either
    way, are one name, joined in the first row, as a copy gives a merged cell's."""
    for parent, group in groupby(range(len(rows)), key=lambda m: re.sub(r"[.．][\d０-９]+$", "", rows[m][0])):
        group = list(group)
        written = [m for m in group if rows[m][task]]
        if len(written) < 2 or parent == rows[group[0]][0]:
            continue
        held = [reach[m][task] for m in written]
        top, bottom = spans[group[0]][0], spans[group[-1]][1]
        if all(a[1] + 1 == b[0] for a, b in pairwise(held)) \
                and abs((held[0][0] - top) - (bottom - held[-1][1])) <= 1:
            rows[group[0]][task] = "".join(rows[m][task] for m in written)
            reach[group[0]][task] = (held[0][0], held[-1][1])
            for m in written:
                if m != group[0]:
                    rows[m][task] = ""
                    reach[m].pop(task)


def _wide(text: str) -> int:
    """How wide ``text`` prints in a cell, in half characters: a Chinese font's quotes are full width."""
    return monospaced_width(text) + sum(map(text.count, "“”‘’"))


def _merged_top(rows: list[list[str]], reach: list[dict[int, tuple[int, int]]], texts: dict[tuple[int, int], str],
                spans: list[tuple[int, int]], task: int, head: int, centred: bool, before: str = "") -> list[tuple[int, str]]:
    """``rows`` (on the lines ``spans``) of a table with the text of a 工作任务 (column ``task``) merged over rows, set at
    the cell's top, and wrapping beyond its first row's lines joined again in that row (公开林地征占 / 用审核审批结 in
    row 1, 果 on row 2's first line, row 3 blank): a row's 工作任务 reaching the row's last line, a line as wide as the
    column's widest (its head ``head`` wide among them: two Chinese characters short at most, as a wrap leaves it) and
    another cell's there too (the row is no taller than they), goes on with the next row's text in the column starting
    on its first line (not in the middle of its lines where the other cells are ``centred`` in their rows), and on so
    down, where a row right under them is blank in the column (the merged cell's rest). Else the rows keep their texts,
    and a note (by the line) says the text may go on, but where the text ``before`` the table (the plan's tasks) names
    each and not the two joined: a name that fills its row's last line."""
    widest = max([head, *(_wide(text) for (c, _), text in texts.items() if c == task)])

    def full(m: int) -> bool:
        last, after = spans[m][1], rows[m + 1][task]
        width = _wide(texts.get((task, last), ""))
        # a line a character short goes on only where a wrap moved that character down: a closing mark after it, an
        # opening mark, or the cell's last two characters kept together
        kept = _CLOSING.match(after) or after[:1] in OPENING_MARKS \
            or len(after.rstrip(CLOSING_MARKS).lstrip(OPENING_MARKS)) == 2
        return reach[m].get(task, (0, -1))[1] == last and not short_line(width, after, widest) \
            and not (width + 2 <= widest and _wide(after[:1]) == 2 and not kept) \
            and any(c != task and (c, last) in texts for c in range(len(rows[m])))

    def starts(m: int) -> bool:
        first, last = reach[m].get(task, (-1, -1))
        return first == spans[m][0] and not (centred and abs(first - spans[m][0] - (spans[m][1] - last)) <= 1)

    notes, m = [], 0
    while m + 1 < len(rows):
        if not (full(m) and starts(m + 1)):
            m += 1
            continue
        end = m + 1
        while end + 1 < len(rows) and full(end) and starts(end + 1):
            end += 1
        if end + 1 < len(rows) and not rows[end + 1][task]:
            rows[m][task] += "".join(rows[n][task] for n in range(m + 1, end + 1))
            for n in range(m + 1, end + 1):
                rows[n][task] = ""
        elif not (before and all(re.sub(r"\s", "", rows[n][task]) in before for n in (m, m + 1))
                  and re.sub(r"\s", "", rows[m][task] + rows[m + 1][task]) not in before):
            notes.append((spans[m + 1][0], f"按版式复制的任务分解表里“{rows[m + 1][task]}”紧接在上一行排满的工作任务"
                                           f"“{rows[m][task]}”下面，可能是一个合并单元格折下来的字，已作为这一行的工作任务"
                                           "导入：请对照原件核对"))
        m = end + 1
    return notes


def _merged_centred(rows: list[list[str]], reach: list[dict[int, tuple[int, int]]], spans: list[tuple[int, int]],
                    measures: int | None, first: int) -> None:
    """``rows`` (on the lines ``spans``) of a table whose cells the page centred, each with the text of a merged cell
    it is one of (``reach``: each row's cells' first and last lines): a cell's text between rows blank in its column,
    not centred in its own row's lines, stands centred in the lines of the rows the merged cell spans (a 完成时限
    merged over every row: 全年 on the line in the middle of the table, whichever row's lines hold it). Where one run
    of those rows centres it, as many lines above as below or one more either way, each row of the run has the text,
    as a DOCX gives a merged cell's; else the text stays where it stands. Not for the 具体措施 (column ``measures``),
    nor rows numbered under one (3.1, 3.2), whose merged cell's text goes to the first of them; from the column
    ``first`` (the 工作任务 of a table without row numbers is the first)."""
    def centred(text_lines: tuple[int, int], top: int, bottom: int) -> bool:
        return abs((text_lines[0] - spans[top][0]) - (spans[bottom][1] - text_lines[1])) <= 1

    for j in range(first, len(rows[0]) if rows else 0):
        for m, cells in enumerate(rows):
            if j == measures or not cells[j] or any(0 <= n < len(rows) and rows[n][j] for n in (m - 1, m + 1)) \
                    or centred(reach[m][j], m, m):
                continue
            first, last = m, m
            while first and not rows[first - 1][j]:
                first -= 1
            while last + 1 < len(rows) and not rows[last + 1][j]:
                last += 1
            runs = [(top, bottom) for top in range(first, m + 1) for bottom in range(m, last + 1)
                    if top < bottom and centred(reach[m][j], top, bottom)]
            spanned = range(runs[0][0], runs[0][1] + 1) if len(runs) == 1 else range(0)
            if not any(re.search("[.．]", rows[n][0]) for n in spanned):
                for n in spanned:
                    rows[n][j] = cells[j]


def _centred(lines: list[str], spans: list[tuple[int, int]], head: list[tuple[int, str]],
             numbered: bool) -> list[list[str]] | None:
    """The cells of the rows ``spans`` of a table whose cells' lines the page centred in their columns, as ``head``'s
    words (with the columns they start at) are: each word of a row's lines in the column of the head's word whose middle
    is nearest its own (a cell's last line, shorter, starts further in). None where the first column holds anything but
    the rows' numbers (``numbered``)."""
    middles = [start + len(text) / 2 for start, text in head]
    rows = []
    for top, bottom in spans:
        cells = [""] * len(head)
        for k in range(top, bottom + 1):
            for start, text in line_words(lines[k]):
                cells[min(range(len(head)), key=lambda c: abs(start + len(text) / 2 - middles[c]))] += text
        if numbered and not _ROW_NUMBER.fullmatch(cells[0]):
            return None
        rows.append(cells)
    return rows
