"""The tables of a page's text copy (a browser's, a PDF reader's, pdftotext's), made rows again for the text reader
(:mod:`.text`): here the statistics tables since 2019 as a copy keeping lines gives them; :mod:`.grids` the other
tables of a copy keeping the page's layout, :mod:`.tasks` its task tables, :mod:`.reading_order` the statistics
tables of a copy in reading order (a cell a line).

A browser's copy parts a table's cells by tabs (some pages' tables lose even those: 规章002), but a head cell holding
a line break comes as two lines and table 二's caption of a block may share its head's line. A PDF reader's copy parts cells by spaces, breaks a long row label
over lines (a narrow cell's unit too: 2人 / 次) and leaves out a blank cell. Only the tables' labels (:mod:`.labels`) tell where each cell stands:
:func:`repaired` uses them so that each row is a line of cells parted by tabs, and a row whose figures no label
places surely gets a placeholder in each figure cell saying why, never a figure in a wrong column. A copy keeping the
page's layout (pdftotext -layout) parts cells by runs of blanks and breaks a cell's text into pieces beside the other
cells' (:func:`_laid_out_tables`): the pieces that make the format's labels make the rows such lines again; the other
tables of such a copy are read by their runs of blanks (:func:`_laid_out_grids`), a numbered one whose cells' text
wraps (a task table's) by where each row's number stands (or its one-line cells: 完成时限) and each piece starts
(:func:`.copied.tasks.wrapped_rows`). Table 二's blocks that lost their captions get them back by their rows' labels
(:func:`_captions_apart`).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import accumulate, chain, groupby, takewhile

from ...default_plugins.annual_report import tables
from ...default_plugins.annual_report.tables import TABLE_EDITIONS
from ...layout import monospaced_width
from ..annual_tables import heads_only
from .grids import LAID_OUT, PIECE_GAP, grids, line_words
from .tasks import wrapped_rows
from ..labels import (PAGE_NUMBER, TOTAL_ROW, application_rows, disclosure_rows, group_rows, head_labels, norm,
                     review_column, row_cells)

#: Blanks around a line; not tabs, which part a copied table's cells (an empty first or last cell too).
BLANKS = " \r\n\u3000\u00a0"
_DIGIT = re.compile(r"[\d０-９]")
#: One cell of figures in a PDF reader's copy: a count or an amount, its unit after it too (12件, 1.2万元) and a note in
#: brackets (4（均为查封）), which the mapper checks; signed (+16, -2, 增16, 减少2) in table 二's 本年增/减 (2019), which
#: :func:`fits` checks; or a mark of nothing to report (— - ／), which the mapper reads.
CELL_TEXT = (r"(?:(?:[+\-−－]|增加?|减少?)?[\d０-９]+(?:[.．][\d０-９]+)?(?:件|项|个|条|次|人次|万元|元)?(?:[（(][^（()）\s]+[)）])?"
         r"|[—–\-－/／]{1,2})")
#: The blank between a figure and its unit in a PDF reader's copy (3 件: the PDF's space between digits and Chinese).
UNIT_APART = re.compile(r"(?<=[\d０-９])[ \u3000\u00a0]+(?=(?:件|项|个|条|次|人次|万元|元)(?:\s|$))")
#: A line of a PDF reader's copy of a table: its labels, if any, then cells of figures parted by spaces.
_SPACED = re.compile(rf"\s*(?:(\S.*?\D)\s+)?({CELL_TEXT}(?:\s+{CELL_TEXT})*)\s*")
#: A signed figure (a mark of nothing to report alone is none).
_SIGNED = re.compile(r"[+\-−－增减].*[\d０-９]")
#: A cell that is 0 whichever it was: 0, or a mark of nothing to report.
_ZERO = re.compile(r"[0０]|[—–\-－/／]{1,2}")
#: What no row label holds: a sentence's end.
_SENTENCE = re.compile("[。；！？]")
_NOTE = "(本列数据的勾稽关系"  # table 三's head note, as :func:`.labels.norm` has it
REVIEW_FIGURES = len(tables.REVIEW_GROUPS) * (len(tables.OUTCOMES) + 1)  # table 四's 15: 行政复议's 5, 行政诉讼's 10
#: At most this many lines of a table 四 cell's figure with its note that a copy broke (around the row's other figures:
#: :func:`_review_noted`; after the figure: :func:`.reading_order._noted`), each piece of at most this many characters
#: (a narrow column's line, with a bracket).
NOTE_LINES, NARROW = 8, 4
#: A figure's note that is a group's number, （六）: a piece of a label the copy set after a figure, no note.
NUMBERED_NOTE = re.compile(r"[（(](?:[一二三四五六七八九十]+|\d{1,2})[)）]$")
#: How a figure cell's placeholder starts (:func:`_short_row`): the text reader sets it as a figure's cell.
UNPLACED = "（复制下来的这一行"
#: At most this many lines of a row label broken by the copy before or after the line of its figures.
_WRAPPED = 3
#: Row labels any table may have (合计 4 3 under an attachment's table): a copy's row of too few figures is table 三's
#: only inside a table (:func:`_in_table`).
_ANY_TABLE = frozenset(map(norm, ("合计", "总计", "小计", "其他")))


def repaired(lines: list[str], layout: bool) -> tuple[list[str], list[int], list[tuple[int, str]]]:
    """``lines`` of a copied page with its tables' rows as lines of cells parted by tabs, where they came otherwise;
    with each line's number in the file. Lines a row took in are left blank. With what was not read, by the number of
    its line: a copy keeping the page's layout (``layout``: :func:`laid_out`) had among a table's pieces words no cell
    took (:func:`_laid_out_tables`); a block of table 二 lost its caption (:func:`_captions_apart`)."""
    laid = laid_out_tables(lines, layout)
    pages = [line.replace("\f", "") for line in lines]  # a page's start
    starts = [k for k, line in enumerate(lines) if line.startswith("\f")]
    pages, left = _laid_out_tables(pages, starts) if layout else (pages, {})
    lines, numbers, unread = _captions_apart(pages)
    lines = _spaced_rows(_spaced_heads_joined(_heads_joined(_run_together(_units_rejoined(lines)))))
    unread += [(k + 1, f"按版式复制的表格里的“{words}”拼不进哪一格，未导入：请对照原件核对这一行的表格") for k, words in left.items()]
    if not laid:
        return lines, numbers, sorted(unread)
    opened = set(starts)
    rows, notes = wrapped_rows(lines, {k for k, number in enumerate(numbers) if number - 1 in opened})
    lines, upright = _laid_out_grids(rows)
    return lines, numbers, sorted(unread + [(numbers[k], note) for k, note in notes + upright])


def laid_out_tables(lines: list[str], layout: bool) -> bool:
    """Whether the tables of the copy ``lines`` are read by where their words stand (:func:`_laid_out_grids`): it keeps
    the page's layout (``layout``: :func:`laid_out`), or shows its pages (form feeds) and has no tabs (pdftotext -layout
    of a page whose text starts at the margin, no indent, parts a table's cells by runs of blanks as well)."""
    return layout or any(line.startswith("\f") for line in lines) and not any("\t" in line for line in lines)


#: The end of a figure's unit that a narrow cell wraps onto a line of its own: 2人 / 次, 412.35 / 万元, 12 / 件.
_UNIT_TAIL = re.compile(r"万?元|人?次|件|项|个|条")
#: A figure cell over such an end: the figure and the start of its unit (2人, 412.35万), which no cell ends with.
_UNIT_HEAD = re.compile(r"((?:[+\-−－]|增加?|减少?)?[\d０-９]+(?:[.．][\d０-９]+)?)(人|万)?")
_UNITS = {"件", "项", "个", "条", "次", "人次", "万元", "元"}
#: The blank between a figure and its unit's start (2 人: the PDF's space between digits and Chinese).
_HEAD_APART = re.compile(r"(?<=[\d０-９])[ \u3000\u00a0]+(?=[人万](?:\s|$))")


def _units_rejoined(lines: list[str]) -> list[str]:
    """``lines`` with each line of units' ends alone (次 次 …), under a PDF reader's copy of figures whose units the
    narrow cells of a table wrapped (“2人” over “次”), joined to the line above: the ends go one each, in order, to the
    figures whose unit they end (2人, 412.35万: a unit's start), or else to the line's figures without a whole unit
    (12, not 0件); the line is left blank. Where the ends are as many as neither, or one makes no unit with its figure,
    nothing is joined."""
    out = list(lines)
    for i in range(1, len(lines)):
        tails, above = lines[i].split(), out[i - 1]
        if not tails or not all(_UNIT_TAIL.fullmatch(tail) for tail in tails) \
                or any("\t" in line or "|" in line for line in (lines[i], above)):
            continue
        words = UNIT_APART.sub("", _HEAD_APART.sub("", above)).split()
        count = len(list(takewhile(lambda word: _UNIT_HEAD.fullmatch(word) or re.fullmatch(CELL_TEXT, word),
                                   reversed(words))))
        cells = words[len(words) - count:]
        heads = [_UNIT_HEAD.fullmatch(cell) for cell in cells]
        able = [k for k, head in enumerate(heads) if head]  # no cell with its unit whole: 0件 takes no 件
        started = [k for k in able if heads[k][2]]
        takers = started if len(started) == len(tails) else able if len(able) == len(tails) else []
        if not takers or not all((heads[k][2] or "") + tail in _UNITS for k, tail in zip(takers, tails)):
            continue
        for k, tail in zip(takers, tails):
            cells[k] += tail
        out[i - 1], out[i] = " ".join(words[:len(words) - count] + cells), ""
    return out


#: Table 二's caption of a block (第二十条第（一）项) at a line's start, a tab or blanks after it, and the rest.
_CAPTION_FIRST = re.compile(r"\s*(第二十条第\s*[（(]\s*[一二三四五六七八九十]+\s*[)）]\s*项)[\t \u3000]+(\S.*)")


def _captions_apart(lines: list[str]) -> tuple[list[str], list[int], list[tuple[int, str]]]:
    """``lines`` with table 二's caption of a block on a line of its own where a copy put it on one line with the
    block's head (第二十条第（一）项⇥信息内容⇥本年制发件数 …; its corner cell left empty too: 第二十条第（五）项⇥⇥本年处理决定数量)
    or first row: the caption's cell spanned the block's rows at its left, or the copy lost the line break under it. The
    head's cells then stand over their own columns. A block's head with no caption over it (blocks a copy ran together,
    their captions lost) has its caption put back, the block's its next line's label is a row of (:func:`_lost_caption`).
    With each line's number in the file (both parts of a line parted have its number), and a message by the number of
    each such head whose block no label tells."""
    rows = {norm(label) for edition in TABLE_EDITIONS for label in disclosure_rows(edition)} | {norm("信息内容")}
    out, numbers, unread = [], [], []
    for number, line in enumerate(lines, 1):
        found = _CAPTION_FIRST.fullmatch(line.rstrip(BLANKS))
        if found and norm(re.split(r"[\t \u3000]", found[2])[0]) in rows:
            parts = [found[1], found[2]]
        elif found and "\t" in found[0] and heads_only(found[2].split("\t")):
            parts = [found[1], "\t" + found[2]]  # the head's corner cell (信息内容) left empty: a cell still
        elif _uncaptioned(lines[number - 1], out):
            caption = _lost_caption(lines, number - 1)
            parts = [caption, line] if caption else [line]
            if not caption:
                unread.append((number, f"“{' '.join(line.split())}”是表二一项的表头，上面没有这一项的标题（“第二十条第（一）项”"
                                       "这样的一行），下一行又不是表二的行名（规章、行政许可……），看不出是哪一项，这一项没有读出："
                                       "请照原件在表头上面补写这一项的标题后重新导入，或照原件填写表二"))
        else:
            parts = [line]
        out += parts
        numbers += [number] * len(parts)
    return out, numbers, unread


#: The label of a table's row before its figures (规章 0 0 2, 规章⇥0, 规章002).
_ROW_LABEL = re.compile(r"\s*([^\d０-９\t]*?)[\s\u3000]*(?:[\d０-９+\-−－]|$)")


def _uncaptioned(line: str, out: list[str]) -> bool:
    """Whether ``line`` is the head of a block of table 二 (信息内容 and its columns' labels) without its caption on
    the line before (``out``'s last): a copy ran the blocks together and lost their captions."""
    cells = [cell for cell in re.split(r"[\t \u3000]+", line.strip(BLANKS)) if cell]
    return len(cells) > 1 and norm(cells[0]) == norm(tables.DISCLOSURE_ITEM_LABEL) and heads_only(cells[1:]) \
        and "第二十条" not in norm(next((above for above in reversed(out) if above.strip(BLANKS)), ""))


def _lost_caption(lines: list[str], i: int) -> str | None:
    """The caption of table 二's block (第二十条第（一）项) whose head line ``i`` is (:func:`_uncaptioned`): the block
    whose rows the next line's label is one of (规章 is the first block's in either edition); None for another label."""
    below = next((line for line in lines[i + 1:] if line.strip(BLANKS)), "")
    label = norm(_ROW_LABEL.match(below)[1])
    return next((block.caption for edition in TABLE_EDITIONS for key, (_, block) in disclosure_rows(edition).items()
                 if key == label), None)


#: A head's unit after its label: 采购总金额（万元）, 采购总金额(单位:元), 结果维持（件）.
_UNIT_AFTER = re.compile(r"\s*[（(]\s*(?:单位\s*[:：]\s*)?(?:元|万元|件)\s*[）)]$")
#: The figures of a row whose cells a copy ran together with its label: digits, points, signs (本年增/减's).
_RUN_FIGURES = re.compile(r"(?:[+\-−－]|增加?|减少?)?[\d０-９][\d０-９.．+\-−－增减加少]*")


def _run_together(lines: list[str]) -> list[str]:
    """``lines`` with a table's rows whose cells a copy ran together (a page whose table has no tabs between its
    cells) parted by tabs: a row of the heads' labels alone (信息内容本年制发件数本年废止件数现行有效件数), where the
    labels make it up one after another; a row label of tables 二 and 三 (table 三's group's label before it, as a cell
    spanning rows copies: （三）不予公开1.属于国家秘密0000000, or a blank between them) followed by figures alone
    (规章002, 行政许可128): the figures are the row's one cell, or as many digits as it has cells (0000000, each a
    cell); else no figure can be told from the next, and each cell is a placeholder saying so (never a figure in a
    wrong column)."""
    heads = head_labels() | {norm("信息内容")}
    out = list(lines)
    columns = 0  # the figure columns the last head named (信息内容 aside)
    for i, line in enumerate(lines):
        text = line.strip(BLANKS)
        if not text or "\t" in text or "|" in text:
            continue
        # blanks may part the labels (（三）不予公开 1.属于国家秘密0000000), never the figures from their label: 行政许可 128
        # is a PDF copy's row of cells parted by spaces (:func:`_spaced_rows`)
        if (row := _run_row(text)) and not re.search(r"\s", text[-len(row[2]) - 1:]):
            labels, label, figures = row
            out[i] = "\t".join([*(part.strip(BLANKS) for part in labels), *_run_cells(label, figures, columns)])
        elif not re.search(r"\s", text) and (words := _words_of(norm(text), heads)) and len(words) > 1:
            out[i] = "\t".join(words)
            columns = len(words) - (words[0] == norm("信息内容"))
    return out


#: A group's label as written (（三）不予公开, 三、本年度办理结果, blanks between its characters too) is shorter than this: a
#: line is not searched further for where it ends (each try norms the line's start: a paragraph of 16,000 characters
#: starting with one took a minute).
_GROUP_WRITTEN = 40


def _run_row(text: str) -> tuple[list[str], str, str] | None:
    """A row of tables 二 and 三 whose cells a copy ran together (:func:`_run_together`) in ``text``: its labels as
    written, a group's first where it has one (（三）不予公开1.属于国家秘密0000000), the row's label (norm) and its
    figures; None where ``text`` is no such row."""
    found = norm(text)
    label = max((label for label in row_cells() if found.startswith(label)), key=len, default=None)
    figures = found[len(label):] if label else ""
    if label and _RUN_FIGURES.fullmatch(figures):
        return [text[:len(text) - len(figures)]], label, figures
    if not any(found.startswith(group) for group in group_rows()):
        return None
    for end in range(1, min(len(text), _GROUP_WRITTEN)):  # the group's label, as written, then the row
        if norm(text[:end]) in group_rows() and (row := _run_row(text[end:])):
            return [text[:end], *row[0]], row[1], row[2]
    return None


def _run_cells(label: str, figures: str, columns: int) -> list[str]:
    """The cells of the row ``label`` whose ``figures`` a copy ran together (:func:`_run_together`), under a head
    naming ``columns`` columns of figures: the row's width in the edition that has it so (行政许可: 3 in 2019, 1 in
    2021), or its only one."""
    widths = row_widths(label)
    widths = {columns} if columns in widths else widths
    if widths == {1} and re.fullmatch(CELL_TEXT, figures):
        return [figures]
    digits = re.findall(r"[\d０-９]", figures)
    if len(digits) == len(figures) and len(digits) in widths:
        return digits
    width = max(widths)
    return [f"{UNPLACED}格与格连在了一起：“{figures}”，应有 {width} 格，分不清各格的数字）"] * width


def _words_of(text: str, words: frozenset[str]) -> list[str] | None:
    """``text`` as ``words`` one after another (the longest first where two could start it), or None."""
    if not text:
        return []
    for word in sorted((w for w in words if text.startswith(w)), key=len, reverse=True):
        rest = _words_of(text[len(word):], words)
        if rest is not None:
            return [word, *rest]
    return None


def _heads_joined(lines: list[str]) -> list[str]:
    """``lines`` with a copied table's head cell that holds a line break (法律服务 / 机构⇥其他, 本年收费金额 /
    （单位：万元）) made one cell again: a row of labels whose last cell and the next line's first are together a
    label of a table's head (:func:`.labels.head_labels`) and apart are none, or a head and its unit (合计 / （件）);
    the next line is left blank."""
    heads = head_labels()
    lines = list(lines)
    for i in range(len(lines) - 1):
        row, following = lines[i].strip(BLANKS).split("\t"), lines[i + 1].strip(BLANKS).split("\t")
        if len(row) < 2 or any(_DIGIT.search(cell) for cell in row):
            continue
        last, first = row[-1].strip(), following[0].strip()
        joined = norm(last + first) in heads and norm(last) not in heads and norm(first) not in heads \
            or norm(last) in heads and _UNIT_AFTER.fullmatch(first)  # 合计 / （件）
        if first and joined:
            lines[i] = "\t".join([*row[:-1], last + first, *following[1:]])
            lines[i + 1] = ""
    return lines


def _spaced_heads_joined(lines: list[str]) -> list[str]:
    """``lines`` with a PDF reader's copy of a table's head whose cells hold a line break made one line of cells again:
    the first lines of the cells on one line (商业企业 … 法律服务 其他, or 法律服务 last), their next lines on the
    line after it (机构, or 机构 其他). Each word of the first line that is no head's label (:func:`.labels.head_labels`)
    and the next line's word in its place are together one; the next line's words after them are labels (set after
    the first line's last word, which is the broken one) and the next line is left blank."""
    heads = head_labels() | {norm("信息内容")}
    lines = list(lines)
    for i in range(len(lines) - 1):
        row, following = lines[i].split(), lines[i + 1].split()
        if not row or not following or any("\t" in line or "|" in line for line in lines[i:i + 2]):
            continue
        broken = [k for k, word in enumerate(row) if norm(word) not in heads]
        tails, rest = following[:len(broken)], following[len(broken):]
        if not broken or len(following) < len(broken) or rest and broken[-1] != len(row) - 1 \
                or any(norm(word) not in heads for word in rest) \
                or any(norm(row[k] + tail) not in heads for k, tail in zip(broken, tails)):
            continue
        for k, tail in zip(broken, tails):
            row[k] += tail
        lines[i], lines[i + 1] = " ".join(row + rest), ""
    return lines


def _spaced_rows(lines: list[str]) -> list[str]:
    """``lines`` with the rows of a PDF reader's copy of the tables since 2019 (cells parted by spaces) as rows
    parted by tabs: a line of the heads' labels alone (信息内容 本年制发件数 …); a row label of the format followed
    by exactly as many figures as its row has cells (三: 7; 二: its block's, 2019's 本年增/减 signed), the label
    broken over lines too (:func:`_wrapped`); table 四's line of 15 figures, or of as many as the head above it names
    (:func:`_labels_above`). A row of the format's label that lost blank cells (the copy leaves them out) is read
    where no figure can stand in a wrong column: 0s alone, or no figure at all between rows (each is 0 or blank, as
    the mapper reads a row printed blank). A row with other figures (a blank cell left out beside figures, 1 234, a
    sign out of 本年增/减) has a placeholder in each figure cell saying why. A row of as many figures as the row above
    whose label is none of the format's stays a row, for the mapper to name it: the rows after it are still the
    table's."""
    out, taken = list(lines), set()
    for i, line in enumerate(lines):
        found = spaced(line) if i not in taken and "\t" not in line and "|" not in line else None
        if not found:
            if i not in taken and (head := _head(line)) is not None:
                out[i] = head
            continue
        names, figures = parted_words(found)
        if not names and len(figures) in (REVIEW_FIGURES, _labels_above(out, i)) \
                and not any(_SIGNED.search(f) for f in figures):
            out[i] = "\t".join(figures)
        elif names and fits(names[-1], figures):
            out[i] = "\t".join(names + figures)
        elif len(names) == 1 and review_column(norm(names[0])) and len(figures) == len(tables.REVIEW_GROUPS):
            out[i] = "\t".join(names + figures)  # table 四 turned: a row per result, a figure a group
        elif wrapped := _wrapped(lines, i, names, figures, taken):
            first, last, labels = wrapped
            out[first:last + 1] = [""] * (last + 1 - first)
            out[i] = "\t".join(labels + figures)
            taken.update(range(first, last + 1))
        elif names and (norm(names[-1]) not in _ANY_TABLE or _in_table(out, i)) \
                and (short := _short_row(names[-1], figures)):
            out[i] = "\t".join(names + short)
        elif names and len(figures) == _figures_above(out, i) and not any(_SIGNED.match(f) for f in figures) \
                and not _SENTENCE.search(line):
            out[i] = "\t".join(names + figures)  # no row's label: the mapper names it, the table goes on
        else:
            continue
        taken.add(i)
    for i, line in enumerate(lines):  # a row printed blank: its labels alone, between rows
        words = line.split()
        if i not in taken and words and "\t" not in line and "|" not in line and len(row_widths(words[-1])) == 1 \
                and norm(words[-1]) not in group_rows() \
                and all(norm(word) in group_rows() for word in words[:-1]) and _after_row(out, i):
            out[i] = "\t".join(words + [""] * next(iter(row_widths(words[-1]))))
            taken.add(i)
    for i, line in enumerate(lines):  # a group's label on a line of its own: the first label of a row beside it
        if i in taken or not _group(line):
            continue
        after = next((k for k in range(i + 1, len(out)) if out[k].strip()), None)
        before = next((k for k in range(i - 1, -1, -1) if out[k].strip()), None)
        row = next((k for k in (after, before) if (k in taken or row_widths(out[k].strip(BLANKS).split("\t")[0]))
                    and "\t" in out[k] and norm(out[k].split("\t")[0]) not in group_rows()), None)
        if row is not None:
            out[row] = "\t".join(line.split() + out[row].strip(BLANKS).split("\t"))
            out[i] = ""
    return out


def spaced(line: str) -> re.Match | None:
    """``line`` as a PDF reader's copy of a table's row (:data:`_SPACED`), each figure's unit set apart joined to it."""
    return _SPACED.fullmatch(UNIT_APART.sub("", line))


def parted_words(found: re.Match) -> tuple[list[str], list[str]]:
    """The words of a line :data:`_SPACED` matched: its labels and its figures. A line of figures alone with their
    unit (0件 1件 …) matches with its first figure as a label (a label ends in no digit): such cells go to the figures."""
    names = (found[1] or "").split()
    lead = len(names) - len(list(takewhile(lambda word: re.fullmatch(CELL_TEXT, word), reversed(names))))
    return names[:lead], names[lead:] + found[2].split()


def _group(line: str) -> bool:
    """Whether ``line`` is the labels of table 三's groups of rows alone (（三）不予公开): a PDF reader's copy sets the
    label of a cell spanning rows on a line of its own where it stands, over, among or under them, and a browser's
    copy of a table printing it as a row of its own loses the row's blank cells. It is made the first label of the
    row after it, or, where that row has a group's label (the next group's), of the row before it: the mapper reads
    a row by its own label, the group's only sets it apart."""
    words = line.split()
    return bool(words) and "\t" not in line and "|" not in line and all(norm(word) in group_rows() for word in words)


def _head(line: str) -> str | None:
    """``line`` as a row of a table's head parted by tabs, where it is one: the heads' labels alone (信息内容
    本年制发件数 …, 采购总金额（万元） with its unit; 结果 over a turned table 四), table 三's note over its head, or
    申请人情况 (a cell alone)."""
    words = line.split()
    heads = head_labels() | {norm("信息内容"), norm("结果")}  # 结果: the corner of table 四 turned
    if "\t" in line or "|" in line or not words or not (
            len(words) > 1 and all(heads & {norm(word), norm(_UNIT_AFTER.sub("", word))} or norm(word).startswith(_NOTE)
                                   for word in words)
            or norm(words[0]).startswith(_NOTE) or norm(words[0]) == norm("申请人情况")):
        return None
    return "\t".join(words) + ("\t" if len(words) == 1 else "")


def row_widths(label: str) -> set[int]:
    """How many figure cells the row ``label`` has in the editions since 2019 (none: no row's label)."""
    return {len(kinds) for kinds in row_cells().get(norm(label), ())}


def fits(label: str, figures: list[str]) -> bool:
    """Whether ``figures`` are the cells of the row ``label`` in an edition: as many, signed only in a change's."""
    return any(len(kinds) == len(figures) and all(kind == "change" or not _SIGNED.match(figure)
                                                   for kind, figure in zip(kinds, figures))
               for kinds in row_cells().get(norm(label), ()))


def _wrapped(lines: list[str], i: int, names: list[str], figures: list[str],
             taken: set[int]) -> tuple[int, int, list[str]] | None:
    """Where a row label broken over lines by the copy (一、本年新收政府信息公开 / 申请数量 9 2 0 0 1 0 12, or its
    tail on the line after the figures') begins and ends around the figures' line ``i``, and the row's labels: the
    lines of words alone before and after it, joined, are a row's label that ``figures`` fit, each part alone no
    label. None where no such join is, or more than one."""
    if len(names) > 1:
        return None
    found = []
    for before in range(_WRAPPED + 1):
        if before and (i - before < 0 or i - before in taken or not _words(lines[i - before])):
            break
        lead = lines[i - before].split() if before else []
        for after in range(_WRAPPED + 1):
            if after and (i + after >= len(lines) or not _words(lines[i + after])):
                break
            if before + after == 0 or any(len(lines[k].split()) > 1 for k in range(i - before + 1, i + after + 1)
                                          if k != i):
                continue
            parts = lead[-1:] + [lines[k].strip() for k in range(i - before + 1, i)] + names \
                + [lines[k].strip() for k in range(i + 1, i + after + 1)]
            label = "".join(parts)
            if len(parts) > 1 and fits(label, figures) and not any(row_widths(part) for part in parts):
                found.append((i - before, i + after, lead[:-1] + [label]))
    return found[0] if len(found) == 1 else None


def _words(line: str) -> bool:
    """Whether ``line`` is words alone, as a row label's part is: no figure cells at its end, no table's cells."""
    return bool(line.strip()) and "\t" not in line and "|" not in line and not spaced(line) \
        and _head(line) is None


def zeros_padded(label: str, figures: list[str]) -> list[str] | None:
    """The cells of the row ``label`` (of one width in every edition) where a copy left out the blank cells of a row
    of 0: fewer ``figures`` than it has cells, all 0, then blanks (which way round makes no difference: the mapper reads
    such a row as 0s, in one finding); else None."""
    widths = row_widths(label)
    if len(widths) != 1:
        return None
    width, = widths
    return figures + [""] * (width - len(figures)) \
        if len(figures) < width and all(_ZERO.fullmatch(figure) for figure in figures) else None


def _short_row(label: str, figures: list[str]) -> list[str] | None:
    """The figure cells of the row ``label`` whose copy's ``figures`` do not fit it (:func:`fits`): where blank cells
    were left out of a row of 0 (fewer figures, all 0), the 0s and blanks, which way round makes no difference; else
    a placeholder in each cell naming why. None where the row's width differs by edition and none is the figures'."""
    widths = row_widths(label)
    if len(figures) in widths:
        width, why = len(figures), "正负号或“增”“减”只能在“本年增/减”一格"
    elif len(widths) == 1:
        width, = widths
        if (zeros := zeros_padded(label, figures)) is not None:
            return zeros
        why = ("空白格在复制时丢了，分不清空的是哪一格" if len(figures) < width
               else "多半是数字里有空格（如“1 234”），分不清怎么分")
    else:
        return None
    return [f"{UNPLACED}有 {len(figures)} 个数字：{' '.join(figures)}，应有 {width} 格：{why}）"] * width


def _in_table(out: list[str], i: int) -> bool:
    """Whether one of the few lines with words before line ``i`` is a table's row or head made of a copy's line."""
    return any("\t" in line for line in [line for line in out[:i] if line.strip()][-_WRAPPED - 1:])


def _figures_above(out: list[str], i: int) -> int:
    """How many figure cells the row made of a copy's line ends with, among the few lines with words before line ``i``
    (a row label's first part may stand between), or 0."""
    above = [line for line in out[:i] if line.strip()][-_WRAPPED - 1:]
    row = next((line.strip(BLANKS).split("\t") for line in reversed(above) if "\t" in line), [])
    return len(list(takewhile(lambda cell: re.fullmatch(CELL_TEXT, cell.strip()), reversed(row))))


def _labels_above(out: list[str], i: int) -> int:
    """How many labels the table head made of the last line with words before line ``i`` has (cells parted by tabs,
    no figure), or 0: table 四 printed as two tables has a line of figures alone under each part's head (行政复议's 5,
    行政诉讼's 10)."""
    above = next((line.strip(BLANKS) for line in reversed(out[:i]) if line.strip()), "").split("\t")
    return len(above) if len(above) > 1 and not any(_DIGIT.search(cell) for cell in above) else 0


def _after_row(out: list[str], i: int) -> bool:
    """Whether the last line with words before line ``i``, a group's label alone aside (:func:`_group`), is a table's
    row or head (cells parted by tabs)."""
    return "\t" in next((line for line in reversed(out[:i]) if line.strip() and not _group(line)), "").strip(BLANKS)


# Copies that keep the page's layout ------------------------------------------------------------------------------
#: A line of words indented by blanks.
_INDENTED = re.compile(r"\f? +\S")
#: At most this many lines above a table's first row are its head.
_HEAD_LINES = 12
#: At most this many lines before or after its figures' line hold pieces of a row's label (the longest of table 三's,
#: 1.申请人无正当理由逾期不补正 …, in a cell two characters wide); before the first row's and after the last row's,
#: where the lines are the head's or text's, fewer.
_LABEL_LINES, _OUTER_LINES = 20, 5
#: The start of a group label's number that a narrow cell broke over lines of its own (三 / 、, （ / 三 / ）), which
#: :func:`.labels.norm` leaves out of the label it is the start of.
_NUMBER_START = re.compile(r"[（(]?[一二三四五六七八九十]{0,3}[)）、]?")
#: How far a line wrapped at a page's edge may end from another's, in half-width characters; how wide such a line
#: prints at the least (20 Chinese characters).
_EDGE, _PAGE_LINE = 3, 40
#: How many tries the search of a head's pieces makes before it gives up (a block of words no head makes).
_TRIES = 20000


def laid_out(lines: list[str]) -> bool:
    """Whether ``lines`` are a copy that keeps the page's layout with blanks (pdftotext -layout, a PDF reader's
    另存为文本): no tab in any, three lines at least indented by blanks (a title, a paragraph's first line: a copy in
    reading order, pdftotext's without -layout, and a browser's indent none), three lines whose words runs of blanks
    part, and page breaks (form feeds) or lines wrapped at the page's width (:func:`_at_page_width`); not a site's
    text export whose lines of contacts have runs of blanks (电话：…  传真：…). With page breaks and no such lines, the
    indented lines are not a table's alone (:func:`_set_in`: some PDFs' copies in reading order indent a table's)."""
    paged = any("\f" in line for line in lines)
    apart = sum(bool(LAID_OUT.search(line)) for line in lines) >= 3
    return not any("\t" in line for line in lines) and (apart or paged) and (paged or _at_page_width(lines)) \
        and (sum(bool(_INDENTED.match(line)) for line in lines) if apart else _set_in(lines)) >= 3


def _set_in(lines: list[str]) -> int:
    """How many of ``lines`` with words are indented (:data:`_INDENTED`) but for three or more running so, blank lines
    between or not: a table's cells a copy in reading order set in from the page's edge, no paragraphs' first lines."""
    texts = [line for line in lines if line.strip()]
    runs = [len(list(run)) for indented, run in groupby(texts, key=lambda line: bool(_INDENTED.match(line))) if indented]
    return sum(run for run in runs if run < 3)


def _at_page_width(lines: list[str]) -> bool:
    """Whether many of ``lines`` (a third of those with words, not a table's row; five at least) print as wide as each
    other, give or take :data:`_EDGE` half-width characters, and as wide as a page's line (:data:`_PAGE_LINE`): a page's
    paragraphs wrapped at its edge, not a site's text export (a paragraph a line, each as long as it is)."""
    widths = [monospaced_width(line.rstrip()) for line in lines if len(line.strip()) >= 10 and not LAID_OUT.search(line.strip())]
    most = max((sum(abs(other - width) <= _EDGE for other in widths) for width in set(widths) if width >= _PAGE_LINE),
               default=0)
    return most >= max(5, len(widths) / 3)


def _layout_heads() -> dict[str, list[str]]:
    """The heads of tables 三 and 四 as a PDF reader's copy gives them, a line of labels each (what :func:`_head`
    reads), by the format's labels."""
    outcomes = [column.label for column in (*tables.OUTCOMES, tables.TOTAL)]
    groups = [label for _, label in tables.REVIEW_GROUPS]
    return {
        "applications": ["申请人情况", " ".join([tables.NATURAL_PERSON.label, "法人或其他组织", tables.TOTAL.label]),
                         " ".join(column.label for column in tables.ORGANISATIONS)],
        "review_litigation": [f"{groups[0]} 行政诉讼", " ".join(outcomes + groups[1:]), " ".join(outcomes * 2)],
    }


#: A line of a page's foot: blank, or the page's number (:data:`.labels.PAGE_NUMBER`, or a figure alone).
_PAGE_FOOT = re.compile(rf"\s*(?:{PAGE_NUMBER.pattern}|\d+)?\s*")


def _laid_out_tables(lines: list[str], starts: list[int] = ()) -> tuple[list[str], dict[int, str]]:
    """``lines`` of a copy keeping the page's layout (:func:`laid_out`) with tables 三's and 四's heads and table 三's
    rows as a PDF reader's copy gives them (a line each, the words parted by one blank): the copy sets the lines of
    the cells of a row or a head beside each other, each cell's text broken over lines in pieces (自然 / 人, 结果 /
    维持) among the other cells' pieces, and a row's figures on one of its label's lines. Where the pieces make the
    format's labels, each whole, they are read; where they do not, the lines are left as they are. A head repeated
    at the top of a page (the lines ``starts``), between the pieces of a row's label that the page break parted
    (2.没有 / 现成 over the break, 信息 / 需要 … under it), is read there too, and so is a page's foot (its number) between
    a group's pieces (（ / 六 / ） over it, 其 / 他 / 处 / 理 under it: a label written upright). With the words left over
    among the pieces, by line (:func:`_laid_out_rows`)."""
    lines = _review_noted(lines)
    words = [line_words(line) for line in lines]
    rows = [i for i, line in enumerate(lines) if (found := spaced(line)) and LAID_OUT.search(line)
            and _row_figures(parted_words(found)[1])]
    out = list(lines)
    heads: set[int] = set()
    above = [_head_over(i) for i in rows if i and out[i - 1].strip() and i - 1 not in rows]
    inside = [[(k, end) for end in range(min(k + _HEAD_LINES, len(lines) - 1), k, -1)] for k in starts
              if any(i < k for i in rows) and any(i > k for i in rows)]
    for spans in above + inside:
        for key, head in _layout_heads().items():
            if found := _laid_out_head(words, spans, head, key == "applications"):
                start, end = found
                note = [tables.APPLICATIONS_NOTE] if key == "applications" else []
                text = [*note, *head] if end - start + 1 >= len(note) + len(head) else head
                out[start:end + 1] = text + [""] * (end - start + 1 - len(text))
                for k in range(start, end + 1):
                    words[k] = []
                heads.update(range(start, end + 1))
                break
    # a page's foot (blank lines, its number) between a group's pieces over the page break, as a head repeated is
    feet = {j for k in starts for j in takewhile(lambda j: _PAGE_FOOT.fullmatch(lines[j]), range(k - 1, -1, -1))}
    out, left = _laid_out_rows(out, words, [i for i in rows if len(parted_words(spaced(lines[i]))[1]) < REVIEW_FIGURES],
                               heads | feet)
    return _laid_out_cells(out), left


def _review_noted(lines: list[str]) -> list[str]:
    """``lines`` with table 四's row whose one cell, a figure with its note, the copy broke over the lines above and
    below the row's 14 other figures (2 / （含 / 上年 over them, 结转 / 的1 / 件） under them: the narrow column holds two
    characters a line) as one line of its 15 figures, the cell among them by its column, at its first piece's line,
    right under the head as a row is; the other lines left blank. The pieces are a word alone on each of the lines next
    to the row, the most of them that together make one cell of figures."""
    out = list(lines)
    for i, line in enumerate(lines):
        found = spaced(line) if LAID_OUT.search(line) else None
        names, figures = parted_words(found) if found else ([], [])
        if names or len(figures) != REVIEW_FIGURES - 1:
            continue
        alone = lambda k: len(line_words(lines[k])) == 1  # noqa: E731
        above = list(takewhile(alone, range(i - 1, max(i - NOTE_LINES, 0) - 1, -1)))[::-1]
        below = list(takewhile(alone, range(i + 1, min(i + NOTE_LINES + 1, len(lines)))))
        pieces = next(([*above[len(above) - up:], *below[:down]] for up in range(len(above), 0, -1)
                       for down in range(len(below), -1, -1)
                       if re.fullmatch(CELL_TEXT, cell := "".join(line_words(lines[k])[0][1] for k in
                                                                  [*above[len(above) - up:], *below[:down]]))
                       and not NUMBERED_NOTE.search(cell)), None)
        if pieces is None:
            continue
        column = line_words(lines[pieces[0]])[0][0]
        at = next((start for start, _ in line_words(line)[-len(figures):] if start > column), len(line))
        cell = "".join(line_words(lines[k])[0][1] for k in pieces)
        out[i] = ""
        for k in pieces:
            out[k] = ""
        out[pieces[0]] = f"{line[:at]}{cell}  {line[at:]}".rstrip()
    return _review_centred(out)


def _review_centred(lines: list[str]) -> list[str]:
    """``lines`` with table 四's row whose cells with a note the copy printed centred, broken over the lines around the
    row's (1 / （已 over it, 于次 on it beside the other figures, 年审 / 结） under it; one such cell or more), as one
    line of its 15 figures at the first of those lines, the others left blank: the row's words that are no figures
    stand where such a cell does, and each column's pieces, top to bottom, make one cell of figures."""
    out = list(lines)
    for i, line in enumerate(lines):
        words = line_words(line)
        columns = [start for start, word in words if not re.fullmatch(CELL_TEXT, word)]
        if len(words) != REVIEW_FIGURES or not columns or not LAID_OUT.search(line) \
                or any(len(word) > NARROW for start, word in words if start in columns):
            continue

        def pieces(k: int) -> bool:
            found = line_words(lines[k])
            return bool(found) and all(any(abs(start - column) <= 2 for column in columns) for start, _ in found)
        above = list(takewhile(pieces, range(i - 1, max(i - NOTE_LINES, 0) - 1, -1)))[::-1]
        below = list(takewhile(pieces, range(i + 1, min(i + NOTE_LINES + 1, len(lines)))))
        cells = {column: "".join(word for k in [*above, i, *below] for start, word in line_words(lines[k])
                                 if abs(start - column) <= 2) for column in columns}
        if not all(re.fullmatch(CELL_TEXT, cell) and not NUMBERED_NOTE.search(cell) for cell in cells.values()):
            continue
        for k in [*above, i, *below]:
            out[k] = ""
        out[(above or [i])[0]] = "  ".join(cells.get(start, word) for start, word in words)
    return out


def _laid_out_cells(lines: list[str]) -> list[str]:
    """``lines`` with a row's cell whose text the copy broke over the lines above and below the row's (-11（划至市行政审
    / 行政许可 11 17 / 批管理局）) set in its place among the row's figures, by its column: the row lacks one cell, and
    the two pieces are together one (a figure and its note); the lines above and below are left blank."""
    out = list(lines)
    for i in range(1, len(lines) - 1):
        found = spaced(lines[i]) if LAID_OUT.search(lines[i]) else None
        names, figures = parted_words(found) if found else ([], [])
        above, below = line_words(lines[i - 1]), line_words(lines[i + 1])
        if not names or len(figures) + 1 not in row_widths(names[-1]) or len(above) != 1 or len(below) != 1 \
                or not re.fullmatch(CELL_TEXT, above[0][1] + below[0][1]):
            continue
        cells = line_words(lines[i])[-len(figures):]
        at = sum(col < above[0][0] for col, _ in cells)
        out[i] = " ".join([*names, *figures[:at], above[0][1] + below[0][1], *figures[at:]])
        out[i - 1] = out[i + 1] = ""
    return out


def _head_over(row: int) -> list[tuple[int, int]]:
    """The first and last lines a head over the line ``row`` may stand on, the most lines first for each last."""
    return [(start, end) for end in range(row - 1, max(row - _WRAPPED - 1, -1), -1)
            for start in range(max(end - _HEAD_LINES, 0), end)]


def _laid_out_head(words: list[list[tuple[int, str]]], spans: list[tuple[int, int]], head: list[str],
                   noted: bool) -> tuple[int, int] | None:
    """The first and last line of the head whose pieces (``words``, a line's each with its column) stand on lines
    ``spans`` gives (each a first and last line, in the order tried) and make the labels of ``head`` (the format's
    lines, table 三's note over it where ``noted``), each piece taken once. None where no lines do."""
    wanted = Counter(norm(word) for line in head for word in line.split())
    for start, end in spans:
        if not all(words[k] for k in (start, end)) or any(_SENTENCE.search(word) for k in range(start, end + 1)
                                                           for _, word in words[k]):
            continue
        pieces = [(k, col, word) for k in range(start, end + 1) for col, word in words[k]]
        for note in ([norm(tables.APPLICATIONS_NOTE)] if noted else []) + [None]:
            if _cells_of(pieces, wanted + Counter([note] if note else []), [_TRIES]) is not None:
                return start, end
    return None


def _cells_of(pieces: list[tuple[int, int, str]], wanted: Counter, tries: list[int]) -> list | None:
    """``pieces`` (line, column, word) made into cells each of whose text, its pieces one a line down from the last
    (:data:`.copied.grids.PIECE_GAP`) read in order, is a label ``wanted`` names, as many of each as it says; the nearest column
    first. None where they make no such cells (or after ``tries`` tries)."""
    if not pieces:
        return [] if not +wanted else None
    first, rest = pieces[0], pieces[1:]
    for label, used in _cells_from(first, rest, set(wanted), tries):
        if tries[0] <= 0:
            return None
        others = _cells_of([piece for piece in rest if piece not in used], wanted - Counter([label]), tries)
        if others is not None:
            return [label, *others]
    return None


def _cells_from(first: tuple[int, int, str], rest: list[tuple[int, int, str]], labels: set[str], tries: list[int]):
    """Each cell starting at the piece ``first`` whose text is one of ``labels``, with ``rest``'s pieces it takes:
    the pieces after it below, each on a line of its own."""
    tries[0] -= 1
    text = norm(first[2])
    if text in labels:
        yield text, set()
    if tries[0] <= 0 or not (_NUMBER_START.fullmatch(first[2])
                             or any(label.startswith(text) and label != text for label in labels)):
        return
    below = sorted((piece for piece in rest if 0 < piece[0] - first[0] <= PIECE_GAP),
                   key=lambda piece: (piece[0], abs(piece[1] - first[1])))
    for piece in below:
        joined = (piece[0], piece[1], first[2] + piece[2])
        for label, used in _cells_from(joined, [p for p in rest if p[0] > piece[0]], labels, tries):
            yield label, used | {piece}


def _laid_out_rows(out: list[str], words: list[list[tuple[int, str]]], rows: list[int],
                   heads: set[int]) -> tuple[list[str], dict[int, str]]:
    """``out`` with each line of table 三's figures in ``rows`` made the row's line: its label, whose pieces the copy
    set on the lines around it (each line's last words; a group's pieces stand before them), then its figures. The
    groups' labels (三、本年度办理结果 / （三）不予公开) made of the pieces left are left out, also where a head read on the
    lines ``heads`` stands between them: the mapper reads a row by its own label. A row whose pieces make no row's
    label, or two, is left as it is. With the words no label took on the lines labels took pieces of, by line: taken
    out, they are no cell's."""
    labels = {label for edition in TABLE_EDITIONS for label in application_rows(edition)}
    columns = {(k, n): col for k, line in enumerate(words) for n, (col, _) in enumerate(line)}
    words = [[word for _, word in line] for line in words]
    done, changed = {}, set()
    for n, i in enumerate(rows):
        figures = parted_words(spaced(out[i]))[1]
        words[i] = words[i][:len(words[i]) - len(figures)]
        low = max(rows[n - 1] + 1, i - _LABEL_LINES) if n else max(0, i - _OUTER_LINES)
        high = min(rows[n + 1] - 1, i + _LABEL_LINES) if n + 1 < len(rows) else min(len(out) - 1, i + _OUTER_LINES)
        found: dict[str, tuple[int, str, dict]] = {}
        for start in range(i, low - 1, -1):
            for end in range(i, high + 1):
                for text, taken in _label_pieces(words, list(range(start, end + 1)), i, "", labels):
                    if norm(text) not in found or end - start < found[norm(text)][0]:
                        found[norm(text)] = (end - start, text, taken)
        if len(found) > 1:  # 2.其他 over 法律 / 行政 …, 其他 of （六）其他处理: pieces another label takes too are its
            found = {label: piece for label, piece in found.items()
                     if not any(other is not piece and _within(piece[2], other[2]) for other in found.values())}
        if len(found) > 1:  # （六）其他处理: 2019's row, 2021's group over rows whose labels are the pieces' too
            found = {label: piece for label, piece in found.items() if label not in group_rows()}
        if len(found) == 1:
            _, text, taken = next(iter(found.values()))
            for k, count in taken.items():
                words[k] = words[k][:len(words[k]) - count]
            done[i] = [text, *figures]
            changed.update(taken, [i])
    region = range(min(changed), max(changed) + 1) if changed else range(0)
    # each piece as (its line among the lines of no head read, its column, its word, its line): a group's pieces
    # stand over and under a head repeated at a page's top
    ranks = list(accumulate(k not in heads for k in region))
    pieces = [(ranks[k - region.start], columns[k, n], word, k) for k in region for n, word in enumerate(words[k])]
    while pieces:
        first, pieces = pieces[0], pieces[1:]
        cell = next(_cells_from(first, pieces, group_rows(), [_TRIES]), None)
        if cell is not None:
            for *_, word, k in [first, *cell[1]]:
                words[k].remove(word)
                changed.add(k)
            pieces = [piece for piece in pieces if piece not in cell[1]]
    for k in changed:
        out[k] = " ".join(done.get(k, []))
    return out, {k: " ".join(words[k]) for k in sorted(changed) if words[k]}


def _row_figures(figures: list[str]) -> bool:
    """Whether ``figures``, a line's last words, may be a row's of table 三 (7) or 四 (15): as many, or fewer than 7
    and all 0 (a row of 0 printed with some cells blank, which the copy leaves out: :func:`zeros_padded`)."""
    cells = len(tables.APPLICANT_COLUMNS) + 1
    return len(figures) in (cells, REVIEW_FIGURES) \
        or 0 < len(figures) < cells and all(_ZERO.fullmatch(figure) for figure in figures)


def _within(taken: dict[int, int], other: dict[int, int]) -> bool:
    """Whether the pieces of a label ``taken`` (how many last words each line gives) are among those of ``other``."""
    return all(other.get(k, 0) >= count for k, count in taken.items())


def _label_pieces(words: list[list[str]], lines: list[int], row: int, text: str, labels: set[str]):
    """Each row label of ``labels`` that the last words of ``lines`` make, read in order (the first and last line
    giving one at least, the figures' line ``row`` none or more): its text, and how many words each line gives."""
    if not lines:
        if norm(text) in labels:
            yield text, {}
        return
    k, rest = lines[0], lines[1:]
    line = words[k]
    least = 0 if k == row or (text and rest) else 1
    for count in range(least, len(line) + 1):
        joined = text + "".join(line[len(line) - count:])
        if joined and not any(label.startswith(norm(joined)) for label in labels):
            continue
        for label, taken in _label_pieces(words, rest, row, joined, labels):
            yield label, {**taken, k: count} if count else taken


def _laid_out_grids(lines: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """``lines`` with the tables :func:`.copied.grids.grids` reads as rows of cells parted by tabs, each group's label a tall merged
    cell printed upright (申 / 请 / 方 / 式 down its first column, :func:`_upright_labels`) the first cell of its group's
    first row, the group's other rows' blank, as a copy in text leaves a merged cell; with what was not so read, by the
    index of its line."""
    columns, unread = _upright_labels(lines)
    if not columns:
        return grids(lines), unread
    chars = {k: char for column in columns for k, char in column.items()}
    # the tables read without the characters: a line of one left out, one before a row's cells blanked
    kept = [k for k in range(len(lines)) if k not in chars or not chars[k][2]]
    bare = {k: lines[k] if k not in chars else " " * chars[k][0] + lines[k][chars[k][0]:] for k in kept}
    out = [""] * len(lines)
    for k, line in zip(kept, grids(list(bare.values()))):
        out[k] = line
    for column in columns:
        unread += _upright_placed(out, bare, column)
    return out, unread


#: A line's start that may be a group's label a tall merged cell prints upright, one character a line (申 / 请 / 方 /
#: 式): a Chinese character alone, then the row's cells or nothing; a second one where the label ran over into a
#: second column of characters.
_UPRIGHT = re.compile(r"( *)([\u4e00-\u9fff])(?: +([\u4e00-\u9fff])(?= |$))?(?= |$)")
#: A 序号 column numbered in words (一 / 二 / 三 down a task table), not a label printed upright.
_NUMERALS = "一二三四五六七八九十"
#: The labels of the groups a 2008 report's own table prints upright: where two stand one right under the other
#: (申请方式 over 答复情况, each character on a row's line), they tell where the one ends.
_UPRIGHT_GROUPS = frozenset(map(norm, ("申请方式", "申请渠道", "申请途径", "申请情况", "受理情况", "答复情况", "答复结果",
                                      "办理结果", "办理情况", "收费情况", "收费", "行政复议", "行政诉讼", "复议", "诉讼")))
#: Row labels of a 2008 report's own tables (channels, outcomes, fees, totals): a character of an upright label the copy
#: sets right against a row's label, no blank between (申当面申请), is told by the rest being one and the whole not.
_UPRIGHT_ROWS = frozenset(map(norm, (
    "当面申请", "现场申请", "来访申请", "窗口申请", "网上申请", "网络申请", "在线申请", "电子邮件申请", "邮件申请", "信函申请",
    "邮寄申请", "来信申请", "传真申请", "电话申请", "同意公开", "部分公开", "不予公开", "信息不存在", "非本机关掌握",
    "不属于本机关公开范围", "不属于政府信息", "申请内容不明确", "重复申请", "告知", "转送", "撤回申请", "收取费用", "减免费用",
    "合计", "总计", "小计")))
#: A line's first cell, a Chinese character right against a word (申当面申请), before a row's cells.
_GLUED = re.compile(r"( *)([\u4e00-\u9fff])([\u4e00-\u9fff]\S*)(?= {2,}\S)")


def _upright_labels(lines: list[str]) \
        -> tuple[list[dict[int, tuple[int, tuple[tuple[int, str], ...], bool]]], list[tuple[int, str]]]:
    """The characters of the group labels a copy keeping the page's layout has printed upright down a table's first
    column, by table: by line, where they end (the row's cells after them), each with its column, and whether they
    stand alone on their line. Two at least in a table (its lines up to a blank one or a sentence), each first on its
    line, alone or before a row's cells (right against a row's label too, where the rest is one: :data:`_UPRIGHT_ROWS`),
    as far in as the first give or take two columns; a row beside them, and each line between them starting right of
    them (a wrapped name's last character under its first line, 数, is no such label's) or a total's (合计, across the
    labels' column). With a message, by line, for a table where a row's label starts in their column right against
    them and is none (申政务网提交): whether its first character is a label's cannot be told, so none is read."""
    found, glued = {}, {}
    for k, line in enumerate(lines):
        start = _UPRIGHT.match(line)
        rest = line[start.end():].strip() if start else None
        if start and (not rest or LAID_OUT.search(rest)):
            second = [(start.end() - 1, start[3])] if start[3] else []
            found[k] = (len(start[1]), start.end(), ((len(start[1]), start[2]), *second), not rest)
        elif (start := _GLUED.match(line)) and not TOTAL_ROW.match(start[2] + start[3]) and _DIGIT.search(line):
            at = len(start[1])
            if norm(start[3]) in _UPRIGHT_ROWS and norm(start[2] + start[3]) not in _UPRIGHT_ROWS:
                found[k] = (at, at + 1, ((at, start[2]),), False)
            else:
                glued[k] = (at, start[2] + start[3])
    columns, doubts = [], []
    k = 0
    while k < len(lines):
        if k not in found or "。" in lines[k]:
            k += 1
            continue
        stop = next((j for j in range(k + 1, len(lines)) if not lines[j].strip() or "。" in lines[j]), len(lines))
        column = {j: found[j][1:] for j in range(k, stop) if j in found and abs(found[j][0] - found[k][0]) < PIECE_GAP}
        if _NUMERALS.startswith(_upright_text([column[j][1] for j in sorted(column)])):  # a 序号 column in words
            k = stop
            continue
        edge = max(end for end, _, _ in column.values())
        # the lines between the characters' start right of them, but a total's across (合计)
        between = [lines[j] for j in range(min(column), max(column)) if j not in column]
        # rows' labels right against the characters in their column, among them or over or under them
        at, top, bottom = found[min(column)][0], min(column), max(column)
        while glued.get(top - 1, (None,))[0] == at:
            top -= 1
        while glued.get(bottom + 1, (None,))[0] == at:
            bottom += 1
        doubtful = {j: glued[j][1] for j in range(top, bottom + 1) if glued.get(j, (None,))[0] == at}
        if doubtful and not all(column[j][2] for j in column):
            text = "".join("".join(char for _, char in column[j][1]) if j in column else doubtful[j][0]
                           for j in sorted({*column, *doubtful}))
            words = "、".join(f"“{word}”" for word in doubtful.values())
            doubts.append((top, f"按版式复制的表格第一列竖排、一字一行的“{text}”像是合并单元格里的分组名，有的字"
                                f"紧挨着行名（{words}），分不出是分组名的字还是行名的字，未当作分组名读："
                                "请对照原件核对这张表格的分组名和各行的行名"))
        elif len(column) >= 2 and any(not column[j][2] if j in column else LAID_OUT.search(lines[j])
                                      for j in range(k, stop)) \
                and all(len(line) - len(line.lstrip()) >= edge or TOTAL_ROW.match(line.strip()) for line in between):
            columns.append(column)
        k = stop
    return columns, doubts


def _upright_placed(out: list[str], bare: dict[int, str], column: dict[int, tuple[int, tuple, bool]]) \
        -> list[tuple[int, str]]:
    """Set in ``out``, a table's rows read without the upright characters of ``column`` (:func:`_upright_labels`;
    ``bare``: its lines, by line, those characters blanked), each group's label as its rows' first cell: on its first
    row, the others blank (a merged cell a copy in text writes once), the head's and other lines across that column
    (项目 over it and the rows' names, 合计) a blank cell after their first. The labels are centred down their rows
    (:func:`_upright_groups`). With a message where they cannot be placed, or can be more ways than one."""
    chars = sorted(column)
    text = "".join(char for k in chars for _, char in column[k][1])
    top, bottom = chars[0], chars[-1]

    def within(k: int) -> bool:
        """Whether line ``k`` is the table's: a row, or a line a row or the labels took."""
        return "\t" in out[k] or not out[k] and (k in column or bool(bare.get(k, "").strip()))

    while top > 0 and within(top - 1):
        top -= 1
    while bottom + 1 < len(out) and within(bottom + 1):
        bottom += 1
    edge = max(end for end, _, _ in column.values())
    tabbed = [k for k in range(top, bottom + 1) if "\t" in out[k]]
    bars = [k for k in tabbed if len(bare[k]) - len(bare[k].lstrip()) < edge
            or k == tabbed[0] and k < chars[0] and not _DIGIT.search(out[k])]
    rows = [k for k in tabbed if k not in bars]
    place = f"按版式复制的表格第一列竖排、一字一行的“{text}”（合并单元格里的分组名）"
    totals = {m for m, k in enumerate(rows) if TOTAL_ROW.fullmatch(norm(out[k].split("\t")[0]))}
    groups = _upright_groups([(k, column[k][1]) for k in chars], rows, bars, totals) if rows else None
    if groups is None:
        return [(chars[0], f"{place}对不上表格的哪几行，未导入：请对照原件把分组名补进表格")]
    found, several = groups
    for k in bars:
        first, *rest = out[k].split("\t")
        out[k] = "\t".join([first, "", *rest])
    named = {rows[m]: label if m == first else "" for label, first, last in found for m in range(first, last + 1)}
    for k in rows:
        out[k] = named.get(k, "") + "\t" + out[k]
    if not several:
        return []
    read = "、".join(f"“{label}”" for label, _, _ in found)
    return [(chars[0], f"{place}看不出在哪里分成几个分组名、各管哪几行，已读作{read}：请对照原件核对")]


def _upright_text(lines: list[tuple[tuple[int, str], ...]]) -> str:
    """The label upright characters make, each line's with their columns: read down, and where a line holds two (the
    label ran over into a second column to the left, as Word and LibreOffice set text written top to bottom, right
    to left), down the right column first."""
    two = sorted({at for pieces in lines if len(pieces) > 1 for at, _ in pieces})
    if not two:
        return "".join(char for pieces in lines for _, char in pieces)
    nearest = [[char for pieces in lines for at, char in pieces if min(two, key=lambda x: abs(x - at)) == column]
               for column in two]
    return "".join(chain.from_iterable(reversed(nearest)))


def _upright_groups(chars: list[tuple[int, tuple[tuple[int, str], ...]]], rows: list[int], bars: list[int],
                    totals: set[int]) \
        -> tuple[list[tuple[str, int, int]], bool] | None:
    """The group labels upright ``chars`` (each with its line) make over a table's ``rows`` (their lines; ``bars``: the
    lines across the labels' column, which no group spans): each label with its first and last row (their indexes),
    and whether more readings than one fit as well. A label stands centred down its rows (its first and last lines
    as far from its first and last row's, give or take a line), its rows those beside it; the reading leaves out the
    fewest rows, then has the most labels a 2008 report's tables print (:data:`_UPRIGHT_GROUPS`), then the fewest
    groups opening with a total (合计: ``totals``, the indexes of such rows; a total ends its group), then is centred
    the closest; of readings as good, the one of the fewest labels. None where the characters fit no rows."""
    @cache
    def best(i: int, r: int):
        if i == len(chars):
            return (len(rows) - r, 0, 0, 0), 1, ()
        options = []
        for j in range(i + 1, len(chars) + 1):
            (first, _), (last, _) = chars[i], chars[j - 1]
            if any(first < bar < last for bar in bars):
                break
            label = _upright_text([pieces for _, pieces in chars[i:j]])
            for a in range(r, len(rows)):
                if rows[a] > last or a and rows[a - 1] >= first:
                    break
                for b in range(a, len(rows)):
                    if rows[b] + rows[a] > first + last + 1:
                        break
                    # the next label's characters stand under the group's last row
                    if abs(first + last - rows[a] - rows[b]) > 1 or b + 1 < len(rows) and rows[b + 1] <= last \
                            or j < len(chars) and chars[j][0] <= rows[b] or any(rows[a] < bar < rows[b] for bar in bars):
                        continue
                    found = best(j, b + 1)
                    if found is not None:
                        (skipped, known, totalled, off), count, rest = found
                        options.append(((skipped + a - r, known - (norm(label) in _UPRIGHT_GROUPS),
                                         totalled + (a in totals), off + abs(first + last - rows[a] - rows[b])),
                                        count, ((label, a, b), *rest)))
        if not options:
            return None
        score = min(option[0] for option in options)
        fits = [option for option in options if option[0] == score]
        return score, sum(count for _, count, _ in fits), min((groups for _, _, groups in fits), key=len)

    found = best(0, 0)
    return None if found is None else (list(found[2]), found[1] > 1)
