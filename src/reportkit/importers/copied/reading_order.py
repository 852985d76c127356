"""The statistics tables since 2019 of a PDF's text copied in reading order (pdftotext without -layout, or -raw; a PDF
reader's select-all and copy), made rows again for the text reader (:mod:`.text`).

Such a copy gives each cell of a table on a line of its own (or a row's figures on one line, parted by spaces): a
row's label, broken over a few lines where its cell is narrow, then its figures; a head's labels in pieces (自然 /
人), a group's label spanning rows (三、本年度办理结果) in pieces among the rows' labels. Where the figures after a
row's label are exactly as many as the row has cells, they are that row, and the line gets the row's cells parted by
tabs. The copy may set a label apart from its figures (a label whose cell is narrow, a table whose figures come by
column): where the figures after a label are more or fewer, or come after no label, no figure is guessed; the row's
cells are placeholders, and a finding for the table says where and why; but table 三's figures come row by row, so
where its words make its row labels one way only and its figures are 7 for each, the rows take them in the format's
order, where that is sure (:func:`_rows_in_order`). Tables 三's and 四's heads are the format's: their order of columns
is fixed, and their pieces are taken out.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ...default_plugins.annual_report import tables
from ...default_plugins.annual_report.tables import TABLE_EDITIONS
from . import (
    BLANKS, CELL_TEXT, NARROW, NOTE_LINES, NUMBERED_NOTE, REVIEW_FIGURES, UNIT_APART, fits, laid_out, parted_words,
    row_widths, spaced, zeros_padded,
)
from ..labels import (application_rows, disclosure_rows, group_rows, head_labels, norm, numbering, review_column,
                     row_cells)

_BLANKS = BLANKS + "\f"  # pdftotext ends each page with a form feed
#: Table 二's caption of a block: 第二十条第（一）项.
_CAPTION = re.compile(r"第二十条第[（(][一二三四五六七八九十]+[)）]项")
#: At most this many lines of a row label broken by the copy.
_PIECES = 4
_RECONSIDERATION = len(tables.OUTCOMES) + 1
#: Table 三's note over its head, as :func:`.labels.norm` has its start (a narrow cell breaks it).
_NOTE = norm(tables.APPLICATIONS_NOTE)[:8]
#: At most this many of a table's findings are spelt out.
_SAID = 4
#: A figure of table 四 that is none of its counts: signed, a fraction.
_SIGNED_OR_MARK = re.compile(r"[+\-−－增减.．]")


@cache
def _labels() -> str:
    """Every text the statistics tables since 2019 print (norm), a line each: a piece of a cell is found in it."""
    texts = {tables.APPLICATIONS_NOTE, tables.APPLICANTS_LABEL, tables.ORGANISATIONS_LABEL,
             tables.DISCLOSURE_ITEM_LABEL, tables.LITIGATION_LABEL,
             *(column.label for column in (*tables.APPLICANT_COLUMNS, tables.TOTAL, *tables.OUTCOMES)),
             *(label for _, label in tables.REVIEW_GROUPS)}
    for name in TABLE_EDITIONS:
        edition = tables.EDITIONS[name]
        for block in edition.active_disclosure:
            texts |= {block.caption, *(column.label for column in block.columns), *(label for _, label in block.rows)}
        nodes = list(edition.applications)
        while nodes:
            node = nodes.pop()
            texts.add(node.label)
            nodes += node.children
    return "\n".join(map(norm, texts))


@cache
def _rows(key: str) -> frozenset[str]:
    """The row labels (norm) of table ``key`` in the editions since 2019."""
    rows = application_rows if key == "applications" else disclosure_rows
    return frozenset(label for edition in TABLE_EDITIONS for label in rows(edition))


@cache
def _review_words() -> frozenset[str]:
    """What only table 四's head says (norm): its groups' names."""
    return frozenset(map(norm, (tables.LITIGATION_LABEL, *(label for _, label in tables.REVIEW_GROUPS))))


@cache
def _split_labels() -> str:
    """The labels of tables 三's and 四's heads and of table 三's groups (norm), a line each: a narrow cell breaks them."""
    return "\n".join(head_labels() | group_rows())


#: A figure alone on its line.
_LONE_FIGURE = re.compile(r"\s*\d+(?:\.\d+)?\s*")


def copy_kind(lines: list[str]) -> str | None:
    """What kind of copy of a page or a PDF ``lines`` are, for the text reader (:mod:`.text`), in this order:
    ``"layout"``, one keeping the page's layout (:func:`.copied.laid_out`); ``"cells"``, a PDF's text in reading order a
    cell a line (:func:`in_reading_order`); ``"pieces"``, one in reading order keeping a row's figures on its label's
    line (:func:`in_pieces`); None, any other (a browser's, a site's export, a PDF reader's copy parting cells by
    spaces)."""
    if laid_out(lines):
        return "layout"
    if in_reading_order(lines):
        return "cells"
    return "pieces" if in_pieces(lines) else None


def in_reading_order(lines: list[str]) -> bool:
    """Whether ``lines`` are a PDF's text copied in reading order (pdftotext without -layout, a reader's select-all):
    the statistics tables' row labels each alone on a line (five at least) and their figures too, many more of them."""
    labels = sum(norm(line) in row_cells() for line in lines if line.strip())
    figures = sum(bool(_LONE_FIGURE.fullmatch(line)) for line in lines)
    return labels >= 5 and figures >= max(20, 2 * labels)


def in_pieces(lines: list[str]) -> bool:
    """Whether ``lines`` are a PDF's text copied in reading order whose rows keep their figures on their label's line
    (pdftotext -raw): the tables' head and groups' labels broken into pieces, each on a line of its own (自然 / 人,
    不予公 / 开; six at least), which no copy keeping the cells' lines (a PDF reader's, a browser's) gives."""
    def piece(text: str) -> bool:
        found = norm(text)
        return bool(found) and found not in head_labels() | group_rows() and found in _split_labels()

    return not any("\t" in line for line in lines) and sum(piece(line) for line in lines if line.strip()) >= 6


@dataclass
class _Token:
    """A line's text in a table: a piece of a cell's label (words), or a figure; ``line`` its index."""

    line: int
    text: str
    figure: bool
    end: int = -1  # the last line it takes, where more than one


def _tokens(line: int, text: str) -> list[_Token] | None:
    """The tokens of a line with words (a figure alone; a piece of a label, with the row's figures after it where the
    copy kept them on its line), or None where it is no table's: a word of it no text of the tables holds."""
    if "\t" in text or "|" in text:  # a browser's copy, a site's export: cells set apart
        return None
    if re.fullmatch(CELL_TEXT, UNIT_APART.sub("", text)):
        return [_Token(line, UNIT_APART.sub("", text), True)]
    found = spaced(text)
    names, figures = parted_words(found) if found else (text.split(), [])
    if not (names or figures) or not all(norm(word) in _labels() for word in names):
        return None
    if not names:
        return [_Token(line, figure, True) for figure in figures]
    return [_Token(line, " ".join(names), False), *(_Token(line, figure, True) for figure in figures)]


@dataclass
class _Table:
    """A table's tokens, the lines it takes, and what it reads."""

    key: str
    tokens: list[_Token]
    out: dict[int, str] = field(default_factory=dict)  # a line's new text: a row, a head
    said: list[str] = field(default_factory=list)  # why a row or figures were not read
    read: dict[str, list[_Token]] = field(default_factory=dict)  # each row read (norm label): its figures


def regrouped(lines: list[str], junk: Callable[[str], bool],
              whole: bool = False) -> tuple[list[str], list[tuple[int, str]]]:
    """``lines`` of a copy in reading order with the statistics tables' rows and heads as lines of cells parted by
    tabs (what a browser's copy gives), the lines the tables took in left blank; with a finding (the index of its
    line, what it says) for each table some of whose rows or figures could not be read. Lines that are ``junk`` (a
    page's number) are left for the text reader. ``whole``: only the tables read whole are made rows (a copy whose
    rows keep their figures on their label's line, pdftotext -raw's, which the spaced copy's reader reads too)."""
    out = list(lines)
    found: list[tuple[int, str]] = []
    for table in _tables(lines, junk):
        {"review_litigation": _review, "applications": _applications}.get(table.key, _disclosure)(table)
        if whole and table.said:
            continue
        for token in table.tokens:
            out[token.line:max(token.line, token.end) + 1] = [""] * (max(token.line, token.end) + 1 - token.line)
        for i, text in table.out.items():
            out[i] = text
        if table.said:
            more = f"等 {len(table.said)} 处" if len(table.said) > _SAID else ""
            found.append((table.tokens[0].line,
                          f"按阅读顺序复制的{tables.TABLE_NAMES[table.key]}（每格各占一行）有的行名和数字对不上，没有猜："
                          f"{'；'.join(table.said[:_SAID])}{more}。这些格已留占位，请对照原件填写，或直接导入 PDF 文件"))
    return out, found


def _tables(lines: list[str], junk: Callable[[str], bool]) -> list[_Table]:
    """The runs of lines that are the statistics tables' (:func:`_tokens`; a page's number, a blank line between),
    each one holding figures and a table's labels, as tables; a run parted where another table starts
    (:func:`_anchor`) after figures."""
    found, run, kind = [], [], None
    lines = [*lines, "。"]
    for i, line in enumerate(lines):
        text = line.strip(_BLANKS)
        if not text or junk(text):
            continue
        tokens = _tokens(i, text)
        # a figure's note broken (-11（划至市行政审 / 批管理局）), blank lines between too (a copy that set lines apart)
        rest = next((k for k in range(i + 1, len(lines)) if lines[k].strip(_BLANKS)), None) if tokens is None else None
        if rest is not None and re.fullmatch(CELL_TEXT, joined := UNIT_APART.sub("", text + lines[rest].strip(_BLANKS))):
            tokens, lines[rest] = [_Token(i, joined, True, rest)], ""
        elif (tokens is None or len(tokens) == 1 and tokens[0].figure) and (noted := _noted(lines, i, text)):
            joined, rest = noted
            tokens, lines[i + 1:rest + 1] = [_Token(i, joined, True, rest)], [""] * (rest - i)
        anchor = _anchor(tokens[0]) if tokens else None
        if tokens is not None and not (anchor and anchor != kind and any(token.figure for token in run)):
            run += tokens
            kind = anchor or kind
            continue
        if run and (key := _key(run)) is not None:
            found.append(_Table(key, run))
        run, kind = tokens or [], anchor
    return found


def _noted(lines: list[str], at: int, text: str) -> tuple[str, int] | None:
    """A figure whose note in brackets the copy broke over a few lines, a narrow cell's (2 / （含 / 上年 / 结转 / 的1 /
    件）: table 四's columns hold two characters a line), starting with ``text`` on line ``at``: the cell's text and its
    last line, where the lines after it, each as short as such a cell's, up to the one closing the bracket, make one
    cell of figures; else None. No group's number after a row's last figure ((六) of table 三's （六）其他处理), nor
    table 三's note over its head after table 二's last figure, is a note."""
    joined, k = text, at
    for _ in range(NOTE_LINES):
        k = next((n for n in range(k + 1, len(lines)) if lines[n].strip(_BLANKS)), None)
        piece = lines[k].strip(_BLANKS).replace(" ", "") if k is not None else ""  # the 1 in 的 1: a page's gap
        if not piece or len(piece) > NARROW or not re.search("[（(][^）)]*$", joined + piece[:1]):
            return None
        joined += piece
        if not re.search("[（(][^）)]*$", joined):
            return (joined, k) if re.fullmatch(CELL_TEXT, joined) and not NUMBERED_NOTE.search(joined) else None
    return None


def _anchor(token: _Token) -> str | None:
    """The table whose start ``token`` is, a table following another with no line of text between: table 二's
    caption of a block, table 三's note or 申请人情况, table 四's groups' names."""
    words = {norm(word) for word in token.text.split()} if not token.figure else set()
    return "active_disclosure" if _CAPTION.fullmatch(token.text.replace(" ", "")) else \
        "applications" if words & {norm(tables.APPLICANTS_LABEL)} or norm(token.text).startswith(_NOTE) else \
        "review_litigation" if words & _review_words() else None


def _key(tokens: list[_Token]) -> str | None:
    """Which table ``tokens`` are, by their labels: 四 by its groups' names, 三 or 二 by their rows'; None without
    figures or such labels."""
    if not any(token.figure for token in tokens):
        return None
    words = {norm(word) for token in tokens if not token.figure for word in token.text.split()}
    if words & _review_words():
        return "review_litigation"
    pieces = "".join(norm(token.text) for token in tokens if not token.figure)
    for key in ("applications", "active_disclosure"):
        if any(label in pieces for label in _rows(key) - {norm("其他")}):
            return key
    return None


def _runs(tokens: list[_Token]) -> list[tuple[list[_Token], list[_Token]]]:
    """``tokens`` as runs of pieces of labels, each with the run of figures after it."""
    runs: list[tuple[list[_Token], list[_Token]]] = []
    for token in tokens:
        if token.figure and runs:
            runs[-1][1].append(token)
        elif token.figure or not runs or runs[-1][1]:
            runs.append(([], [token]) if token.figure else ([token], []))
        else:
            runs[-1][0].append(token)
    return runs


def _label(pieces: list[_Token], key: str) -> tuple[int, str] | None:
    """Where among ``pieces`` the row label of table ``key`` they end with starts, and the label: the last piece
    alone, or with the pieces before it (a label the copy broke over lines); the last words of the first (a group's
    piece may stand before them on its line). A label a head has too (其他, 总计) only with its number (3.其他)."""
    for count in range(1, min(_PIECES, len(pieces)) + 1):
        first = pieces[-count].text.split()
        for words in range(1, len(first) + 1):
            label = "".join(first[-words:]) + "".join(piece.text.replace(" ", "") for piece in pieces[len(pieces) - count + 1:])
            if norm(label) in _rows(key) and (numbering(label) or norm(label) not in head_labels()):
                return len(pieces) - count, label
    return None


def _rows_read(table: _Table, tokens: list[_Token], width_of: Callable[[str, int], int]) -> list[int]:
    """Read the rows of table 二 or 三 among ``tokens``: each row label followed by as many figures as the row has
    cells (:func:`.copied.fits`) is the row, and so is one followed by fewer, all 0 (its blank cells left out by the
    copy: :func:`.copied.zeros_padded`). A label followed by other figures, and figures after no label, are not read,
    in a finding: the mapper leaves the rows they may be placeholders. The lines of pieces no row took (where a head
    may stand, before the first row's)."""
    free: list[int] = []
    for pieces, figures in _runs(tokens):
        found = _label(pieces, table.key)
        texts = [token.text for token in figures]
        shown = f"（{' '.join(texts[:8])}{'…' if len(texts) > 8 else ''}）"
        if found is None:
            free += [piece.line for piece in pieces]
            if figures:
                table.said.append(f"第 {figures[0].line + 1} 行起的 {len(figures)} 个数字{shown}前面没有这张表的行名")
            continue
        start, label = found
        free += [piece.line for piece in pieces[:start]]
        line = pieces[start].line
        cells = texts if fits(label, texts) else figures and zeros_padded(label, texts)
        if cells:
            table.out[line] = "\t".join([label, *cells])
            table.read[norm(label)] = figures
        elif figures:
            width = width_of(label, line)
            why = f"后面跟着 {len(figures)} 个数字{shown}，这一行应有 {width} 个" if len(figures) != width \
                else "的数字里有正负号或“增”“减”，它们只能在“本年增/减”一格"
            table.said.append(f"第 {line + 1} 行“{label}”{why}")
    return list(dict.fromkeys(free))


def _disclosure(table: _Table) -> None:
    """Read table 二 of ``table``: its blocks' captions stay lines of their own; a block's head labels, each a line,
    make a row of its head; rows as :func:`_rows_read` reads them, the block's head naming a row's width where the
    editions differ (行政许可)."""
    heads = head_labels() | {norm(tables.DISCLOSURE_ITEM_LABEL)}
    columns: dict[int, int] = {}  # a head's line: how many figure columns it names
    run: list[_Token] = []
    for token in [*table.tokens, None]:
        if token is not None and not token.figure and all(norm(word) in heads for word in token.text.split()):
            run.append(token)
            continue
        words = [word for piece in run for word in piece.text.split()]
        if len(words) > 1:
            table.out[run[0].line] = "\t".join(words)
            columns[run[0].line] = len(words) - 1
        run = []
        if token is not None and not token.figure and _CAPTION.fullmatch(token.text.replace(" ", "")):
            table.out[token.line] = token.text
    rows = [token for token in table.tokens if token.line not in table.out]
    named = sorted(columns.items())

    def width(label: str, at: int) -> int:
        """The width of the row ``label`` on line ``at``: the one its block's head names where editions differ."""
        widths = row_widths(label)
        return next((count for line, count in reversed(named) if line < at and count in widths), max(widths))

    _rows_read(table, rows, width)


def _applications(table: _Table) -> None:
    """Read table 三 of ``table``: its rows as :func:`_rows_read` reads them, or else all of them by their order
    (:func:`_rows_in_order`); its head the format's (申请人情况 and the seven columns in their order) on the first line
    its pieces took before the rows."""
    free = _rows_read(table, table.tokens, lambda label, at: _APPLICANT_CELLS)
    if table.said:
        _rows_in_order(table)
    first = min(table.out, default=table.tokens[-1].line + 1)
    free = [line for line in free if line not in table.out and line < first]
    if free:
        table.out[free[0]] = "\t".join([tables.APPLICANTS_LABEL, *(column.label for column in
                                                                   (*tables.APPLICANT_COLUMNS, tables.TOTAL))])


#: Table 三's figure cells in a row: the applicants' six columns and 总计.
_APPLICANT_CELLS = len(tables.APPLICANT_COLUMNS) + 1


def _rows_in_order(table: _Table) -> None:
    """Read every row of table 三 of ``table`` by the order of its figures, where the copy set labels apart from
    their figures (a narrow cell's label broken over lines, a row's figures before its label or after another's): the
    figures come row by row in the table's order, so where the table's words make its row labels one way only
    (:func:`_labels_of`), each once, and its figures are 7 for each of them, the rows in the format's order take them 7
    by 7. That is taken only where it holds all through: some rows were read by their labels (:func:`_rows_read`: the
    copy goes row by row, not column by column) and each has the figures this order gives it, and every other row's
    总计 is the sum of its six other cells (figures by column, or a blank cell left out, give other sums). Else nothing
    is read this way."""
    figures = [token for token in table.tokens if token.figure]
    pieces = [token for token in table.tokens if not token.figure]
    for edition in TABLE_EDITIONS:
        order = list(application_rows(edition))
        found = _labels_of(pieces, edition)
        if found is None or len(figures) != _APPLICANT_CELLS * len(found):
            continue
        labels = sorted(found, key=order.index)
        chunks = {label: figures[_APPLICANT_CELLS * k:_APPLICANT_CELLS * (k + 1)] for k, label in enumerate(labels)}
        rest = {label: place for label, place in found.items() if label not in table.read}
        lines = [line for _, line in rest.values()]
        if not table.read or len(set(lines)) != len(lines) or set(lines) & set(table.out) \
                or any(chunks.get(label) != read for label, read in table.read.items()) \
                or not all(_summed(chunks[label]) for label in rest):
            return
        for label, (text, line) in rest.items():
            table.out[line] = "\t".join([text, *(token.text for token in chunks[label])])
        table.said.clear()
        return


def _summed(chunk: list[_Token]) -> bool:
    """Whether a row of table 三's figures, ``chunk``, has its 总计 last, the sum of the six before it."""
    if not all(re.fullmatch(r"\d+", token.text) for token in chunk):
        return False
    *cells, total = (int(token.text) for token in chunk)
    return sum(cells) == total


def _labels_of(pieces: list[_Token], edition: str) -> dict[str, tuple[str, int]] | None:
    """The row labels of table 三 of ``edition`` that the words of ``pieces`` make, read in order, each with its text
    and the line of its last piece: each word is a part of a row's label (a label broken over lines) or a piece of
    the head's or a group's label (a narrow cell's, standing among them). None where the words make no such labels,
    more than one way, or a label twice."""
    rows, prefixes, others = application_rows(edition), _prefixes(edition), _others(edition)
    texts: dict[tuple[str, int], str] = {}  # each label read, with its line: its text as written
    # (the label begun, its text, whether numbered) → the labels read before, each with its line; two ways at most
    states: dict[tuple[str, str, bool], set[tuple]] = {("", "", False): {()}}
    for piece in pieces:
        for word in piece.text.split():
            found, new = norm(word), {}
            row = bool(numbering(word)) and found in rows  # （七）总计: a row's, no head's 总计
            for (begun, text, numbered), ways in states.items():
                if found in others and not row:  # a piece of the head's or a group's label
                    new.setdefault((begun, text, numbered), set()).update(ways)
                label = begun + found
                numbered_now = numbered or not begun and bool(numbering(word))
                if not found:  # a number alone (（三）): a group's, or this label's
                    if not begun:
                        new.setdefault(("", "", True), set()).update(ways)
                    continue
                if label in rows and (numbered_now or label not in head_labels()):
                    texts.setdefault((label, piece.line), text + word)
                    new.setdefault(("", "", False), set()).update(way + ((label, piece.line),) for way in ways)
                if label in prefixes:
                    new.setdefault((label, text + word, numbered_now), set()).update(ways)
            states = {state: set(list(ways)[:2]) for state, ways in new.items()}
    ways = states.get(("", "", False), set())
    if len(ways) != 1:
        return None
    way, = ways
    labels = [label for label, _ in way]
    return {label: (texts[label, line], line) for label, line in way} if len(set(labels)) == len(labels) else None


@cache
def _prefixes(edition: str) -> frozenset[str]:
    """The starts (norm) of the row labels of table 三 of ``edition``: a label begun."""
    return frozenset(label[:n] for label in application_rows(edition) for n in range(1, len(label)))


@cache
def _others(edition: str) -> str:
    """The labels (norm) of table 三's head and note and of the groups of ``edition`` (2019's （六）其他处理 is a row),
    a line each: a word among its rows' labels that is none of theirs is found in it."""
    texts = {tables.APPLICATIONS_NOTE, tables.APPLICANTS_LABEL, tables.ORGANISATIONS_LABEL, "合计",
             *(column.label for column in (*tables.APPLICANT_COLUMNS, tables.TOTAL))}
    return "\n".join({*map(norm, texts), *(group_rows() - application_rows(edition).keys())})


def _review(table: _Table) -> None:
    """Read table 四 of ``table``: its 15 figures in a run after the head's pieces, or 行政复议's 5 and 行政诉讼's 10
    each after its own (a table in two), or each run of figures after the heads of as many columns, the heads in the
    format's order (a copy giving a head's line, then the figures under it); the format's head over them, on the
    lines its pieces took. Figures coming otherwise (a head's pieces between them, more or fewer) are not read, in a
    finding."""
    runs = _runs(table.tokens)
    counts = [len(figures) for _, figures in runs]
    figures = [token.text for _, run in runs for token in run]
    heads = list(dict.fromkeys(token.line for token in table.tokens if not token.figure))
    named = [[review_column(norm(word)) for piece in pieces for word in piece.text.split()] for pieces, _ in runs]
    columns = [column for names in named for column in names if column]
    in_two = counts == [_RECONSIDERATION, REVIEW_FIGURES - _RECONSIDERATION] and runs[0][0] and runs[1][0] \
        and not {norm(word) for piece in runs[0][0] for word in piece.text.split()} & {norm(tables.LITIGATION_LABEL)}
    under = columns == [column.key for column in (*tables.OUTCOMES, tables.TOTAL)] * len(tables.REVIEW_GROUPS) \
        and all(count == sum(map(bool, names)) for count, names in zip(counts, named))
    if not (counts == [REVIEW_FIGURES] and runs[0][0] or in_two or under) or any(_SIGNED_OR_MARK.search(f) for f in figures):
        table.said.append(f"第 {table.tokens[0].line + 1} 行起的表头和 {len(figures)} 个数字"
                          f"（分 {len(counts)} 段，各 {'、'.join(map(str, counts))} 个）排不成一行 15 格")
        figures = []
    groups = [label for _, label in tables.REVIEW_GROUPS]
    outcomes = [column.label for column in (*tables.OUTCOMES, tables.TOTAL)]
    head = [[groups[0], tables.LITIGATION_LABEL], outcomes + groups[1:], outcomes * 2]
    row = min(token.line for token in table.tokens if token.figure)
    slots = [line for line in heads if line < row] or heads[:1]
    for line, cells in zip(slots, head):
        table.out[line] = "\t".join(cells)
    if figures:
        table.out[row] = "\t".join(figures)

