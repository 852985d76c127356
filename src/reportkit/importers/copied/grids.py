"""The tables of a copy keeping the page's layout (pdftotext -layout) that no statistics table's labels place (an
attachment's, a task table's, a 2008 report's own table of figures), made rows of cells parted by tabs for the text
reader (:mod:`.text`): :func:`grids` reads each run of lines whose words runs of blanks part as a table, a cell's text
broken over lines put back together by where its pieces stand (centred on their row's line, or set from it down:
:func:`top_aligned`). The helpers that tell where a line's cells stand (:func:`line_cells`, :func:`words_parted`) serve
:mod:`.copied.tasks` and :mod:`.copied` too."""
from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain, pairwise, takewhile

from ...layout import monospaced_width
from ...outline import TYPED_NUMBER
from ..labels import NUMBER_ALONE, PAGE_NUMBER

#: Words a copy keeping the page's layout parts by runs of blanks, not at a line's start.
LAID_OUT = re.compile(r"\S[ \u3000]{2,}\S")


#: How many lines apart two pieces of a cell's text may stand: the copy sets the lines of the cells beside between.
PIECE_GAP = 3


def line_words(line: str) -> list[tuple[int, str]]:
    """The words of ``line`` with the column each starts at."""
    return [(found.start(), found[0]) for found in re.finditer(r"\S+", line)]


def grids(lines: list[str]) -> list[str]:
    """``lines`` with the other tables of a copy keeping the page's layout (an attachment's, 2008's table of figures)
    as rows of cells parted by tabs: each run of two lines or more whose words runs of blanks part (:data:`LAID_OUT`),
    the first no sentence (。; a later one may be, in three cells or more: a task table's measure), a row a line. A row
    with fewer cells than the run's widest whose words are as many, the copy having set two cells a blank apart
    (不动产登记中心 持续推进), has a cell a word where each stands in a column of its own (:func:`_row_words`); or as
    many parted at blanks between Chinese characters (:func:`words_parted`: 公开采伐限额 每季度……。, the blanks in
    2024 年 3 月 kept); a line with no runs of blanks
    whose words are as many, the first in the first column, is a row too. A cell's text broken over lines
    stands on the lines above and below the row's other cells, as many above as below or one more (the copy centres
    them), the last row's too: where the row lacks one cell, the rows beside none, and the lines between hold one
    piece each (no sentence) where that cell stands, the pieces read in order are that cell; where the row has every
    cell, they go before and after its cell there (its middle line); the lines are left blank. A line numbered where
    the rows' first cells start (一、主动公开情况), its other cells blank or merged with it, is a row of its own
    (:func:`_numbered_rows`), the blank lines a copy leaves under a merged one no end of the table. Rows going on with
    a table over a page's foot (:data:`.labels.PAGE_NUMBER`) may start with a sentence, or be one row; the head a page repeats
    over them is left out."""
    def row(line: str, within: bool = False) -> bool:
        return "\t" not in line and "|" not in line and bool(LAID_OUT.search(line.strip())) \
            and ("。" not in line or within and len(line_cells(line)) >= 3)

    def tight(k: int, rows: list[int]) -> bool:
        """Whether line ``k`` is a row whose cells the copy set a blank apart: as many words as the widest of
        ``rows`` has cells, the first before their second cells (a cell's pieces start further in), no sentence."""
        cells = [line_cells(lines[j]) for j in rows]
        words = words_parted(line_cells(lines[k]))
        return "。" not in lines[k] and len(words) == max(map(len, cells)) > 1 \
            and words[0][0] < min(found[1][0] for found in cells if len(found) > 1)

    def spanned(k: int, rows: list[int]) -> bool:
        """Whether the blank line ``k`` stands under a row spanning the table (a merged cell: 一、主动公开情况, numbered
        where ``rows``' first cells start, under which pdftotext leaves blank lines) and over a row a few lines down
        (a centred name's first piece may stand between)."""
        above = next((j for j in range(k - 1, rows[-1], -1) if lines[j].strip()), None)
        below = next((j for j in range(k + 1, min(k + PIECE_GAP + 1, len(lines))) if lines[j].strip()), None)
        return not lines[k].strip() and above is not None and below is not None and cell_piece(lines[above]) \
            and TYPED_NUMBER.match(lines[above].strip()) is not None \
            and any(row(lines[j], True) for j in range(below, min(below + PIECE_GAP, len(lines)))) \
            and abs(line_cells(lines[above])[0][0] - line_cells(lines[rows[0]])[0][0]) <= PIECE_GAP

    def over(k: int) -> bool:
        """Whether line ``k`` goes on with a table read above it, a page's number alone between."""
        above = next((j for j in range(k - 1, -1, -1) if lines[j].strip() and not PAGE_NUMBER.fullmatch(lines[j].strip())),
                     None)
        return above is not None and "\t" in out[above] \
            and any(PAGE_NUMBER.fullmatch(lines[j].strip()) for j in range(above + 1, k))

    out = list(lines)
    head = ""  # the first row of the table read last
    i = 0
    while i < len(lines):
        k, rows = i + 1, [i]
        while row(lines[i], over(i)) and k < len(lines):
            # the next lines, blank ones under a spanning row left out
            ahead = [j for j in range(k + 1, min(k + 2 * PIECE_GAP + 1, len(lines))) if not spanned(j, rows)]
            if row(lines[k], True) or tight(k, rows):
                rows.append(k)
            elif not spanned(k, rows) and (not cell_piece(lines[k]) or not any(row(lines[j], True) or tight(j, rows)
                                                                           for j in ahead[:PIECE_GAP])):
                break
            k += 1
        names = None
        if len(rows) >= 2:
            rows = _numbered_rows(lines, rows, k)
            top = top_aligned(lines, rows, k)
            names = None if top else _centred_names(lines, rows, k)
            blank = next((j for j in range(i, k) if not lines[j].strip()), None)
            if blank is not None and not top and names is None:
                k, rows = blank, [j for j in rows if j < blank]  # blank lines under a spanning row: only in such a table
        if names is not None:
            names, k = names
        elif len(rows) >= 2 and top_aligned(lines, rows, k):
            # the cells' text set from their rows' lines down: the last row's goes on under it, not in its first column
            # (a paragraph under the table) unless the first cell's lines fill it (:func:`_name_goes_on`)
            while k < len(lines) and cell_piece(lines[k]) and (line_cells(lines[k])[0][0] > line_cells(lines[rows[-1]])[0][0]
                                                           + PIECE_GAP or _name_goes_on(lines, rows, k)) \
                    and top_aligned(lines, rows, k + 1):
                k += 1
        elif len(rows) >= 2:
            # the last row's cell broken over lines ends under it, as many lines below as above or one fewer
            above = [line_cells(lines[j])[0][0] for j in range(rows[-2] + 1, rows[-1])]
            while above and k < min(len(lines), rows[-1] + len(above) + 1) and cell_piece(lines[k]) \
                    and not tight(k, rows) and abs(line_cells(lines[k])[0][0] - above[0]) <= PIECE_GAP:
                k += 1
        going_on = over(i)
        # a table going on over a page whose last row stands alone there
        if len(rows) >= 2 or going_on and row(lines[i], True) and len(line_cells(lines[i])) >= 3:
            _grid(lines, out, rows, range(i, k), names)
            if going_on and out[i] == head:
                out[i] = ""  # the head a page repeats over the table's rest, as a PDF's is left out
            head = head if going_on else out[i]
        i = k
    return out


def _numbered_rows(lines: list[str], rows: list[int], stop: int) -> list[int]:
    """``rows`` of a table of a copy keeping the page's layout (its lines up to ``stop``) with each line between them
    that starts where the rows' first cells do with an outline's number (一、主动公开情况, （二）…) a row too: a row
    whose other cells are blank (a group's row spanning the table, 2008's 统计指标｜单位｜统计数 table's), where the
    table is then read as cells set from their rows' lines down (:func:`top_aligned`) and was not without them (a
    centred cell's first line may start with a number too)."""
    first = line_cells(lines[rows[0]])[0][0]
    numbered = [k for k in range(rows[0] + 1, stop) if k not in rows and cell_piece(lines[k])
                and abs(line_cells(lines[k])[0][0] - first) <= PIECE_GAP and TYPED_NUMBER.match(lines[k].strip())]
    more = sorted([*rows, *numbered])
    return more if numbered and not top_aligned(lines, rows, stop) and top_aligned(lines, more, stop) else rows


def _name_goes_on(lines: list[str], rows: list[int], k: int) -> bool:
    """Whether line ``k``, under the last of a table's ``rows`` read as cells set from their rows' lines down, where
    the rows' first cells start, goes on with the last row's first cell (a name wrapped in a narrow first column:
    （二）召开政府信息公开工 / 作会议或专题会议数): no wider than that column's widest line, no sentence and no number of its
    own, and the cell's line above it full (two Chinese characters short at most, as a wrap leaves it)."""
    first = line_cells(lines[rows[0]])[0][0]
    # the column's lines, a row's of one cell aside (it may span the table: :func:`top_aligned`)
    column = [monospaced_width(cells[0][1]) for j in range(rows[0], k) if (cells := line_cells(lines[j]))
              and abs(cells[0][0] - first) <= PIECE_GAP and not (j in rows and len(cells) == 1)]
    text = line_cells(lines[k])[0][1]
    above = next(line_cells(lines[j])[0] for j in range(k - 1, rows[-1] - 1, -1) if lines[j].strip())
    return len(line_cells(lines[k])) == 1 and abs(line_cells(lines[k])[0][0] - first) <= PIECE_GAP and "。" not in text \
        and not TYPED_NUMBER.match(text) and monospaced_width(text) <= max(column) \
        and abs(above[0] - first) <= PIECE_GAP and monospaced_width(above[1]) > max(column) - 4


def _centred_names(lines: list[str], rows: list[int], stop: int) -> tuple[dict[int, str], int] | None:
    """The first cells of a table of a copy keeping the page's layout (its rows on lines ``rows``, its lines up to
    ``stop``) whose cells the page centred in their rows, a name wrapped in the first column the only cell of more
    than one line (2008's 统计指标｜单位｜统计数 table): by the line of each row, and of each row of one cell between
    (a group's: 一、主动公开情况, wrapped too), with the line the table ends before (a last name's pieces under its row
    taken). The first column's pieces make the names read down: a piece goes on with the one above where that one
    fills the column (two Chinese characters short at most, as a wrap leaves it), no blank line between, unless it
    has a number of its own (一、 （二） 1.) or both stand on rows' lines. A row's name stands as many lines above the
    row's line as below, one more either way where the row's line holds one of them (pdftotext sets a line of
    figures centred between two of a name's on the one or the other); a name beside no row's line is a row of its
    own where it is numbered. None where a line between rows holds anything but one piece in the first column, or
    the pieces make no such names: the table is read otherwise (:func:`_grid`)."""
    first = line_cells(lines[rows[0]])[0][0]

    def piece(k: int) -> str | None:
        cells = line_cells(lines[k])
        return cells[0][1] if cells and abs(cells[0][0] - first) <= PIECE_GAP else None

    loose = [k for k in range(rows[0], stop) if k not in rows and lines[k].strip()]
    if not loose or any(len(line_cells(lines[k])) != 1 or piece(k) is None or not cell_piece(lines[k]) for k in loose):
        return None

    def wraps(k: int) -> bool:
        """Whether the piece on line ``k`` goes on below: the next piece, a row's line without one between, has no
        number of its own."""
        after = next((piece(j) for j in range(k + 1, len(lines)) if not (j in rows and piece(j) is None)), None)
        return after is not None and not TYPED_NUMBER.match(after)

    # a numbered row of one cell may span the table: it measures the first column only where its name wraps
    widest = max((monospaced_width(text) for k in range(rows[0], stop) if (text := piece(k))
                  and (k in rows or not TYPED_NUMBER.match(text) or wraps(k))), default=0)
    more = list(takewhile(lambda k: len(line_cells(lines[k])) == 1 and (text := piece(k)) is not None and cell_piece(lines[k])
                          and not TYPED_NUMBER.match(text) and monospaced_width(text) <= widest,
                          range(stop, min(stop + PIECE_GAP, len(lines)))))
    for end in range(stop + len(more), stop - 1, -1):  # the most of the pieces under the last row that make a name
        names = _centred_cells(lines, rows, range(rows[0], end), piece, widest)
        if names is not None:
            return names, end
    return None


def _centred_cells(lines: list[str], rows: list[int], span: range, piece: Callable[[int], str | None],
                   widest: int) -> dict[int, str] | None:
    """The names :func:`_centred_names` reads in the lines ``span``, by the line of their row; ``piece`` gives a
    line's piece in the first column, ``widest`` is that column's width."""
    names: list[list[int]] = []  # each name's lines
    for k in span:
        text = piece(k)
        if text is None:
            continue
        last = names[-1] if names else []
        goes_on = last and monospaced_width(piece(last[-1])) > widest - 4 and not TYPED_NUMBER.match(text) \
            and all(lines[j].strip() for j in range(last[-1] + 1, k)) and not (k in rows and set(last) & set(rows))
        if goes_on:
            last.append(k)
        else:
            names.append([k])
    out = {}
    for name in names:
        text = "".join(piece(k) for k in name)
        held = [row for row in rows if name[0] <= row <= name[-1]]
        if not held and TYPED_NUMBER.match(text):
            out[name[0]] = text  # a group's row
        elif len(held) == 1 and abs(sum(k < held[0] for k in name) - sum(k > held[0] for k in name)) <= (held[0] in name):
            out[held[0]] = text
        else:
            return None
    return out if set(rows) <= set(out) else None


def top_aligned(lines: list[str], rows: list[int], stop: int) -> bool:
    """Whether the lines of a table of a copy keeping the page's layout whose rows stand on lines ``rows`` (its last row's
    lines up to ``stop``) are read as cells whose text starts on their row's line and goes on down (the cells aligned
    at the top, Word's and WPS's default, which pdftotext copies so): each line between two rows holds pieces that
    each start where a piece of the row above does, and no cell so read has a line short of its column's widest before
    its last (a cell's text fills each of its lines but the last). A centred cell's lines stand above and below its
    row's, a line between two rows being then the row's below's too: there a piece stands under a blank of the row
    above (a cell of two lines, the row's line between), or a cell's short last line would go on in the row below. Not
    where a row's line starts further in than the first's: a line under a row's set as a row (its pieces in two cells)."""
    return not any(line_cells(lines[row])[0][0] - line_cells(lines[rows[0]])[0][0] > PIECE_GAP for row in rows) \
        and from_top(lines, rows, stop)


def from_top(lines: list[str], rows: list[int], stop: int) -> bool:
    """Whether the lines of a table's rows, on lines ``rows`` (the last's up to ``stop``), read as cells whose text
    starts on their row's line and goes on down: :func:`top_aligned` but for where the rows' lines start."""
    cells: list[tuple[int, list[tuple[int, str]]]] = []  # each cell's start on its row's line, and its pieces
    measured: list[tuple[int, str]] = []  # the pieces that show how wide their columns are, by their cells' starts
    for row, end in pairwise([*rows, stop]):
        found = words_parted(line_cells(lines[row]))
        starts = {start: [(start, text)] for start, text in found}
        for k in range(row + 1, end):
            for start, text in words_parted(line_cells(lines[k])):
                at = _nearest(starts, start)
                if at is None:
                    return False
                starts[at].append((start, text))
        cells += starts.items()
        # a row of one cell, its others blank, may span the table on its line (一、主动公开情况 merged across)
        measured += [(at, text) for at, cell in starts.items() for _, text in (cell[1:] if len(found) == 1 else cell)]
    widest: dict[int, int] = {}
    for at, text in measured:
        column = _nearest(widest, at)
        column = at if column is None else column
        widest[column] = max(widest.get(column, 0), monospaced_width(text))

    def short(at: int, text: str, after: str) -> bool:
        column = _nearest(widest, at)
        return column is not None and short_line(monospaced_width(text), after, widest[column])

    return not any(short(at, text, after) for at, cell in cells for (_, text), (_, after) in pairwise(cell))


def _nearest(starts, start: int) -> int | None:
    """The one of ``starts`` nearest ``start``, :data:`PIECE_GAP` off at most (a narrow 序号 column's start is as
    near the next's); None where none is."""
    near = min(starts, key=lambda first: abs(first - start), default=None)
    return near if near is not None and abs(near - start) <= PIECE_GAP else None


#: The figures or Latin word a line starts with, which a wrap carries down whole (12345, 2025, APP).
_WORD_START = re.compile(r"[0-9A-Za-z０-９]+")


def short_line(width: int, after: str, widest: int) -> bool:
    """Whether a cell's line ``width`` wide (half characters) is short of its column's ``widest`` before its next line,
    which starts with ``after``: two Chinese characters short, a wrap breaking at one; or short enough for the
    figures or Latin word ``after`` starts with and one character more (办好林业热线 over 12345 is no short line)."""
    word = _WORD_START.match(after)
    return width + (monospaced_width(word[0]) if word else 2) <= widest - 2


def cell_piece(line: str) -> bool:
    """Whether ``line`` may be a piece of a table's cell in a copy keeping the page's layout: words alone, no runs of
    blanks between them, no sentence, no table's cells."""
    return bool(line.strip()) and not re.search(r"[\t|。]", line) and not LAID_OUT.search(line.strip())


def line_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a line of a copy keeping the page's layout, with the column each starts at: words runs of blanks
    part."""
    return [(found.start(), found[0]) for found in re.finditer(r"\S+(?: \S+)*", line)]


#: A blank between two Chinese characters (or their punctuation): where two cells a copy set a blank apart meet; one
#: between a character and a figure (2024 年 3 月) is the page's printed space, inside a cell.
_CELLS_APART = re.compile("(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


def words_parted(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``cells`` each parted at the blanks between Chinese characters in it (:data:`_CELLS_APART`)."""
    parted = []
    for start, text in cells:
        ends = [0, *chain.from_iterable(gap.span() for gap in _CELLS_APART.finditer(text)), len(text)]
        parted += [(start + ends[k], text[ends[k]:ends[k + 1]]) for k in range(0, len(ends), 2)]
    return parted


def _grid(lines: list[str], out: list[str], rows: list[int], span: range, names: dict[int, str] | None = None) -> None:
    """Set in ``out`` the rows (``rows``, the lines of ``span`` between them a cell's pieces) of a table of a copy
    keeping the page's layout as cells parted by tabs (:func:`.copied._laid_out_grids`); a row short of cells with a blank
    in each column it has no cell under (:func:`_filled`), a merged cell's line between two rows as a row of its own.
    Where a centred table's first cells are read (``names``, :func:`_centred_names`), they stand first in their rows
    and in rows of their own."""
    width = max(len(line_cells(lines[i])) for i in rows)
    found = {i: line_cells(lines[i]) for i in rows}
    # where each column's cells stand in the rows with every cell, the first aside (a head's words centred over them)
    columns = [[(start, start + len(text)) for cells in list(found.values())[1:] if len(cells) == width
               for start, text in cells[c:c + 1]] for c in range(width)]
    if names is not None:
        first = found[rows[0]][0][0]
        for k in span:
            others = [cell for cell in found.get(k, []) if abs(cell[0] - first) > PIECE_GAP]
            out[k] = "\t".join(_filled([(first, names[k]), *others], columns)) if k in names else ""
        return
    found = {i: _row_words(lines[i], cells, columns) if len(cells) < width else cells for i, cells in found.items()}
    used: set[int] = set()  # the lines of pieces read into a row's cell
    rows = _straddled(lines, rows, found, columns, used)
    for k in used:
        out[k] = ""
    filled: dict[int, list[str]] = {}  # each row's cells, as many as the table's columns where they can be placed
    top = top_aligned(lines, rows, span.stop)
    for n, i in enumerate(rows):
        cells = found[i]
        if top:  # each line under a row's goes on with the cell it stands under
            for k in range(i + 1, rows[n + 1] if n + 1 < len(rows) else span.stop):
                for start, text in words_parted(line_cells(lines[k])):
                    at = max(m for m, cell in enumerate(cells) if cell[0] <= start + PIECE_GAP)
                    cells[at] = (cells[at][0], cells[at][1] + text)
                out[k] = ""
                used.add(k)
            filled[i] = _filled(cells, columns)
            out[i] = "\t".join(filled[i])
            continue
        above = [k for k in span if (rows[n - 1] if n else span.start - 1) < k < i and k not in used]
        # lines between two rows' lines may hold the pieces of both: this row's end as many down as it has up
        below = [k for k in span if i < k < (rows[n + 1] if n + 1 < len(rows) else span.stop)][:len(above) or None]
        beside = [rows[m] for m in (n - 1, n + 1) if 0 <= m < len(rows)]
        pieces = [line_cells(lines[k])[0] for k in above + below]
        if len(cells) >= width - 1 and pieces and 0 <= len(above) - len(below) <= 1 \
                and all(abs(start - pieces[0][0]) <= PIECE_GAP for start, _ in pieces):
            column = pieces[0][0]
            at = sum(start < column for start, _ in cells)
            ends = [start + len(text) for start, text in cells]
            under = [m for m, (start, _) in enumerate(cells) if abs(start - column) <= PIECE_GAP]
            joined = True
            if len(cells) == width - 1 and not any(len(found[j]) < width for j in beside) \
                    and (ends[at - 1] < column if at else column < cells[0][0]):
                cells.insert(at, (column, "".join(text for _, text in pieces)))
            elif len(cells) == width and under:
                # the cell's middle line stands on the row's line, its first pieces above and its last below
                start, text = cells[under[0]]
                cells[under[0]] = (start, "".join(piece for _, piece in pieces[:len(above)]) + text
                                   + "".join(piece for _, piece in pieces[len(above):]))
            else:
                joined = False
            if joined:
                for k in above + below:
                    out[k] = ""
                    used.add(k)
        filled[i] = _filled(cells, columns)
        out[i] = "\t".join(filled[i])
    for i, j in pairwise(rows):
        # a cell merged down rows centred between two of them, on a line of its own: its column's cell of a row of
        # its own, for the reader of merged cells to take (财政所 over the blank 责任单位 of the rows around)
        lone = [k for k in range(i + 1, j) if lines[k].strip() and k not in used]
        cells = line_cells(lines[lone[0]]) if len(lone) == 1 else []
        column = _column(cells[0], columns) if len(cells) == 1 else None
        if column is not None and all(len(filled[k]) == width and not filled[k][column] for k in (i, j)):
            out[lone[0]] = "\t".join(cells[0][1] if c == column else "" for c in range(width))


def _straddled(lines: list[str], rows: list[int], found: dict[int, list[tuple[int, str]]],
               columns: list[list[tuple[int, int]]], used: set[int]) -> list[int]:
    """``rows`` with each two a line apart that are one row's cells broken over the lines above and below its line
    (the copy centres them) as that row, on the line between: both lack the same one column, in which the line between
    holds one figure alone, and the lower one's first cell is no row's number (县野生动植物保护站（县自然保护 …
    珍稀野生动物救护情况按季度公开，保护区 / 27 / 区管理所） … 巡护记录每年汇总一次); ``found`` (each row's cells) gets
    its cells, each its two pieces joined, and ``used`` the two lines."""
    out = list(rows)
    for a, b in pairwise(rows):
        middle = line_cells(lines[a + 1]) if b == a + 2 and a in out else []
        # a figure: a merged cell's text centred between two rows (财政所 over two rows' blank 责任单位) is words
        column = _column(middle[0], columns) if len(middle) == 1 and NUMBER_ALONE.fullmatch(middle[0][1]) else None
        placed = _placed(found[a], columns)
        if column is None or placed is None or placed != _placed(found[b], columns) or column in placed \
                or len(placed) != len(columns) - 1 or TYPED_NUMBER.match(found[b][0][1]) \
                or NUMBER_ALONE.fullmatch(found[b][0][1]):
            continue  # the lower line a row of its own, numbered
        cells = [(start, text + found[b][n][1]) for n, (start, text) in enumerate(found[a])]
        found[a + 1] = sorted([*cells, middle[0]])
        out[out.index(a):out.index(b) + 1] = [a + 1]
        used.update((a, b))
    return out


def _column(cell: tuple[int, str], columns: list[list[tuple[int, int]]]) -> int | None:
    """The column ``cell`` (where it starts, its text) stands in, of a table whose columns' cells stand where
    ``columns`` has them (each a start and an end): the first whose cells start, end or centre where it does, give or
    take :data:`PIECE_GAP`; None where none does (a figure centred across two columns: 历年累计主动公开 3627)."""
    start, end = cell[0], cell[0] + len(cell[1])
    return next((c for c, spans in enumerate(columns) for first, last in spans
                 if min(abs(first - start), abs(last - end), abs(first + last - start - end) / 2) <= PIECE_GAP), None)


def _placed(cells: list[tuple[int, str]], columns: list[list[tuple[int, int]]]) -> list[int] | None:
    """The column each of ``cells`` stands in (:func:`_column`); None where one stands in none or two share one."""
    found = [_column(cell, columns) for cell in cells]
    return found if None not in found and all(a < b for a, b in pairwise(found)) else None


def _row_words(line: str, cells: list[tuple[int, str]], columns: list[list[tuple[int, int]]]) -> list[tuple[int, str]]:
    """The cells of ``line``, a row with fewer ``cells`` than its table's ``columns`` (:func:`_column`): its words
    where as many as the columns, each in a column of its own (two cells the copy set a blank apart: 不动产登记中心
    持续推进), parted at blanks between Chinese characters too (:func:`words_parted`); else ``cells`` (a cell merged
    down, written once: a blank in its column; 9 月底前 one cell, its blank the page's between a figure and a word)."""
    for words in (line_words(line), words_parted(cells)):
        if len(words) == len(columns) and (_placed(words, columns) or not _placed(cells, columns)):
            return words
    return cells


def _filled(cells: list[tuple[int, str]], columns: list[list[tuple[int, int]]]) -> list[str]:
    """The texts of a row's ``cells``: one for each of the table's ``columns``, blank where the row has none, where
    each cell stands in a column of its own (:func:`_placed`); else as they come."""
    placed = _placed(cells, columns) if len(cells) < len(columns) else None
    if placed is None:
        return [text for _, text in cells]
    row = [""] * len(columns)
    for column, (_, text) in zip(placed, cells):
        row[column] = text
    return row
