"""The statistics tables since 2019 as a page's copy gives them, made rows again for the text reader (:mod:`.text`).

A browser's copy parts a table's cells by tabs (some pages' tables lose even those: 规章002), but a head cell holding
a line break comes as two lines and table 二's caption of a block may share its head's line. A PDF reader's copy parts cells by spaces, breaks a long row label
over lines (a narrow cell's unit too: 2人 / 次) and leaves out a blank cell. Only the tables' labels (:mod:`.labels`) tell where each cell stands:
:func:`repaired` uses them so that each row is a line of cells parted by tabs, and a row whose figures no label
places surely gets a placeholder in each figure cell saying why, never a figure in a wrong column. A copy keeping the
page's layout (pdftotext -layout) parts cells by runs of blanks and breaks a cell's text into pieces beside the other
cells' (:func:`_laid_out_tables`): the pieces that make the format's labels make the rows such lines again; the other
tables of such a copy are read by their runs of blanks (:func:`_laid_out_grids`), a numbered one whose cells' text
wraps (a task table's) by where each row's number stands (or its one-line cells: 完成时限) and each piece starts
(:func:`_wrapped_rows`). Table 二's blocks that lost their captions get them back by their rows' labels
(:func:`_captions_apart`).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from itertools import accumulate, chain, groupby, pairwise, takewhile

from ..default_plugins.annual_report import tables
from ..default_plugins.annual_report.tables import TABLE_EDITIONS
from ..layout import monospaced_width
from ..outline import TYPED_NUMBER
from .annual_tables import heads_only
from .labels import (TOTAL_ROW, after_number, application_rows, disclosure_rows, group_rows, head_labels, heading_level,
                     norm, numbering, review_column, row_cells)

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
_REVIEW_FIGURES = len(tables.REVIEW_GROUPS) * (len(tables.OUTCOMES) + 1)  # table 四's 15
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
    rows, notes = _wrapped_rows(lines, {k for k, number in enumerate(numbers) if number - 1 in opened})
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
        if not names and len(figures) in (_REVIEW_FIGURES, _labels_above(out, i)) \
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
#: Words a copy keeping the page's layout parts by runs of blanks, not at a line's start.
LAID_OUT = re.compile(r"\S[ \u3000]{2,}\S")
#: A line of words indented by blanks.
_INDENTED = re.compile(r"\f? +\S")
#: How many lines apart two pieces of a cell's text may stand: the copy sets the lines of the cells beside between.
_PIECE_GAP = 3
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
    text export whose lines of contacts have runs of blanks (电话：…  传真：…)."""
    paged = any("\f" in line for line in lines)
    return not any("\t" in line for line in lines) and sum(bool(_INDENTED.match(line)) for line in lines) >= 3 and (
        sum(bool(LAID_OUT.search(line)) for line in lines) >= 3 or paged) and (paged or _at_page_width(lines))


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


#: A line of a page's foot: blank, or the page's number (—3—, - 3 -, 第 3 页 共 8 页, 3).
_PAGE_FOOT = re.compile(r"\s*(?:[-—－–]\s*\d+\s*[-—－–]|第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?|\d+)?\s*")


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
    words = [_columns(line) for line in lines]
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
    out, left = _laid_out_rows(out, words, [i for i in rows if len(parted_words(spaced(lines[i]))[1]) < _REVIEW_FIGURES],
                               heads | feet)
    return _laid_out_cells(out), left


def _laid_out_cells(lines: list[str]) -> list[str]:
    """``lines`` with a row's cell whose text the copy broke over the lines above and below the row's (-11（划至市行政审
    / 行政许可 11 17 / 批管理局）) set in its place among the row's figures, by its column: the row lacks one cell, and
    the two pieces are together one (a figure and its note); the lines above and below are left blank."""
    out = list(lines)
    for i in range(1, len(lines) - 1):
        found = spaced(lines[i]) if LAID_OUT.search(lines[i]) else None
        names, figures = parted_words(found) if found else ([], [])
        above, below = _columns(lines[i - 1]), _columns(lines[i + 1])
        if not names or len(figures) + 1 not in row_widths(names[-1]) or len(above) != 1 or len(below) != 1 \
                or not re.fullmatch(CELL_TEXT, above[0][1] + below[0][1]):
            continue
        cells = _columns(lines[i])[-len(figures):]
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
    (:data:`_PIECE_GAP`) read in order, is a label ``wanted`` names, as many of each as it says; the nearest column
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
    below = sorted((piece for piece in rest if 0 < piece[0] - first[0] <= _PIECE_GAP),
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
    return len(figures) in (cells, _REVIEW_FIGURES) \
        or 0 < len(figures) < cells and all(_ZERO.fullmatch(figure) for figure in figures)


def _within(taken: dict[int, int], other: dict[int, int]) -> bool:
    """Whether the pieces of a label ``taken`` (how many last words each line gives) are among those of ``other``."""
    return all(other.get(k, 0) >= count for k, count in taken.items())


def _columns(line: str) -> list[tuple[int, str]]:
    """The words of ``line`` with the column each starts at."""
    return [(found.start(), found[0]) for found in re.finditer(r"\S+", line)]


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
    """``lines`` with the tables :func:`_grids` reads as rows of cells parted by tabs, each group's label a tall merged
    cell printed upright (申 / 请 / 方 / 式 down its first column, :func:`_upright_labels`) the first cell of its group's
    first row, the group's other rows' blank, as a copy in text leaves a merged cell; with what was not so read, by the
    index of its line."""
    columns, unread = _upright_labels(lines)
    if not columns:
        return _grids(lines), unread
    chars = {k: char for column in columns for k, char in column.items()}
    # the tables read without the characters: a line of one left out, one before a row's cells blanked
    kept = [k for k in range(len(lines)) if k not in chars or not chars[k][2]]
    bare = {k: lines[k] if k not in chars else " " * chars[k][0] + lines[k][chars[k][0]:] for k in kept}
    out = [""] * len(lines)
    for k, line in zip(kept, _grids(list(bare.values()))):
        out[k] = line
    for column in columns:
        unread += _upright_placed(out, bare, column)
    return out, unread


def _grids(lines: list[str]) -> list[str]:
    """``lines`` with the other tables of a copy keeping the page's layout (an attachment's, 2008's table of figures)
    as rows of cells parted by tabs: each run of two lines or more whose words runs of blanks part (:data:`LAID_OUT`),
    the first no sentence (。; a later one may be, in three cells or more: a task table's measure), a row a line. A row
    with fewer cells than the run's widest whose words are as many, the copy having set two cells a blank apart
    (不动产登记中心 持续推进), has a cell a word where each stands in a column of its own (:func:`_row_words`); or as
    many parted at blanks between Chinese characters (:func:`_words_parted`: 公开采伐限额 每季度……。, the blanks in
    2024 年 3 月 kept); a line with no runs of blanks
    whose words are as many, the first in the first column, is a row too. A cell's text broken over lines
    stands on the lines above and below the row's other cells, as many above as below or one more (the copy centres
    them), the last row's too: where the row lacks one cell, the rows beside none, and the lines between hold one
    piece each (no sentence) where that cell stands, the pieces read in order are that cell; where the row has every
    cell, they go before and after its cell there (its middle line); the lines are left blank. A line numbered where
    the rows' first cells start (一、主动公开情况), its other cells blank or merged with it, is a row of its own
    (:func:`_numbered_rows`), the blank lines a copy leaves under a merged one no end of the table."""
    def row(line: str, within: bool = False) -> bool:
        return "\t" not in line and "|" not in line and bool(LAID_OUT.search(line.strip())) \
            and ("。" not in line or within and len(_cells(line)) >= 3)

    def tight(k: int, rows: list[int]) -> bool:
        """Whether line ``k`` is a row whose cells the copy set a blank apart: as many words as the widest of
        ``rows`` has cells, the first before their second cells (a cell's pieces start further in), no sentence."""
        cells = [_cells(lines[j]) for j in rows]
        words = _words_parted(_cells(lines[k]))
        return "。" not in lines[k] and len(words) == max(map(len, cells)) > 1 \
            and words[0][0] < min(found[1][0] for found in cells if len(found) > 1)

    def spanned(k: int, rows: list[int]) -> bool:
        """Whether the blank line ``k`` stands under a row spanning the table (a merged cell: 一、主动公开情况, numbered
        where ``rows``' first cells start, under which pdftotext leaves blank lines) and over a row a few lines down
        (a centred name's first piece may stand between)."""
        above = next((j for j in range(k - 1, rows[-1], -1) if lines[j].strip()), None)
        below = next((j for j in range(k + 1, min(k + _PIECE_GAP + 1, len(lines))) if lines[j].strip()), None)
        return not lines[k].strip() and above is not None and below is not None and _piece(lines[above]) \
            and TYPED_NUMBER.match(lines[above].strip()) is not None \
            and any(row(lines[j], True) for j in range(below, min(below + _PIECE_GAP, len(lines)))) \
            and abs(_cells(lines[above])[0][0] - _cells(lines[rows[0]])[0][0]) <= _PIECE_GAP

    out = list(lines)
    i = 0
    while i < len(lines):
        k, rows = i + 1, [i]
        while row(lines[i]) and k < len(lines):
            # the next lines, blank ones under a spanning row left out
            ahead = [j for j in range(k + 1, min(k + 2 * _PIECE_GAP + 1, len(lines))) if not spanned(j, rows)]
            if row(lines[k], True) or tight(k, rows):
                rows.append(k)
            elif not spanned(k, rows) and (not _piece(lines[k]) or not any(row(lines[j], True) or tight(j, rows)
                                                                           for j in ahead[:_PIECE_GAP])):
                break
            k += 1
        names = None
        if len(rows) >= 2:
            rows = _numbered_rows(lines, rows, k)
            top = _top_aligned(lines, rows, k)
            names = None if top else _centred_names(lines, rows, k)
            blank = next((j for j in range(i, k) if not lines[j].strip()), None)
            if blank is not None and not top and names is None:
                k, rows = blank, [j for j in rows if j < blank]  # blank lines under a spanning row: only in such a table
        if names is not None:
            names, k = names
        elif len(rows) >= 2 and _top_aligned(lines, rows, k):
            # the cells' text set from their rows' lines down: the last row's goes on under it, not in its first column
            # (a paragraph under the table) unless the first cell's lines fill it (:func:`_name_goes_on`)
            while k < len(lines) and _piece(lines[k]) and (_cells(lines[k])[0][0] > _cells(lines[rows[-1]])[0][0]
                                                           + _PIECE_GAP or _name_goes_on(lines, rows, k)) \
                    and _top_aligned(lines, rows, k + 1):
                k += 1
        elif len(rows) >= 2:
            # the last row's cell broken over lines ends under it, as many lines below as above or one fewer
            above = [_cells(lines[j])[0][0] for j in range(rows[-2] + 1, rows[-1])]
            while above and k < min(len(lines), rows[-1] + len(above) + 1) and _piece(lines[k]) \
                    and not tight(k, rows) and abs(_cells(lines[k])[0][0] - above[0]) <= _PIECE_GAP:
                k += 1
        if len(rows) >= 2:
            _grid(lines, out, rows, range(i, k), names)
        i = k
    return out


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
        column = {j: found[j][1:] for j in range(k, stop) if j in found and abs(found[j][0] - found[k][0]) < _PIECE_GAP}
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


def _numbered_rows(lines: list[str], rows: list[int], stop: int) -> list[int]:
    """``rows`` of a table of a copy keeping the page's layout (its lines up to ``stop``) with each line between them
    that starts where the rows' first cells do with an outline's number (一、主动公开情况, （二）…) a row too: a row
    whose other cells are blank (a group's row spanning the table, 2008's 统计指标｜单位｜统计数 table's), where the
    table is then read as cells set from their rows' lines down (:func:`_top_aligned`) and was not without them (a
    centred cell's first line may start with a number too)."""
    first = _cells(lines[rows[0]])[0][0]
    numbered = [k for k in range(rows[0] + 1, stop) if k not in rows and _piece(lines[k])
                and abs(_cells(lines[k])[0][0] - first) <= _PIECE_GAP and TYPED_NUMBER.match(lines[k].strip())]
    more = sorted([*rows, *numbered])
    return more if numbered and not _top_aligned(lines, rows, stop) and _top_aligned(lines, more, stop) else rows


def _name_goes_on(lines: list[str], rows: list[int], k: int) -> bool:
    """Whether line ``k``, under the last of a table's ``rows`` read as cells set from their rows' lines down, where
    the rows' first cells start, goes on with the last row's first cell (a name wrapped in a narrow first column:
    （二）召开政府信息公开工 / 作会议或专题会议数): no wider than that column's widest line, no sentence and no number of its
    own, and the cell's line above it full (two Chinese characters short at most, as a wrap leaves it)."""
    first = _cells(lines[rows[0]])[0][0]
    # the column's lines, a row's of one cell aside (it may span the table: :func:`_top_aligned`)
    column = [monospaced_width(cells[0][1]) for j in range(rows[0], k) if (cells := _cells(lines[j]))
              and abs(cells[0][0] - first) <= _PIECE_GAP and not (j in rows and len(cells) == 1)]
    text = _cells(lines[k])[0][1]
    above = next(_cells(lines[j])[0] for j in range(k - 1, rows[-1] - 1, -1) if lines[j].strip())
    return len(_cells(lines[k])) == 1 and abs(_cells(lines[k])[0][0] - first) <= _PIECE_GAP and "。" not in text \
        and not TYPED_NUMBER.match(text) and monospaced_width(text) <= max(column) \
        and abs(above[0] - first) <= _PIECE_GAP and monospaced_width(above[1]) > max(column) - 4


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
    first = _cells(lines[rows[0]])[0][0]

    def piece(k: int) -> str | None:
        cells = _cells(lines[k])
        return cells[0][1] if cells and abs(cells[0][0] - first) <= _PIECE_GAP else None

    loose = [k for k in range(rows[0], stop) if k not in rows and lines[k].strip()]
    if not loose or any(len(_cells(lines[k])) != 1 or piece(k) is None or not _piece(lines[k]) for k in loose):
        return None

    def wraps(k: int) -> bool:
        """Whether the piece on line ``k`` goes on below: the next piece, a row's line without one between, has no
        number of its own."""
        after = next((piece(j) for j in range(k + 1, len(lines)) if not (j in rows and piece(j) is None)), None)
        return after is not None and not TYPED_NUMBER.match(after)

    # a numbered row of one cell may span the table: it measures the first column only where its name wraps
    widest = max((monospaced_width(text) for k in range(rows[0], stop) if (text := piece(k))
                  and (k in rows or not TYPED_NUMBER.match(text) or wraps(k))), default=0)
    more = list(takewhile(lambda k: len(_cells(lines[k])) == 1 and (text := piece(k)) is not None and _piece(lines[k])
                          and not TYPED_NUMBER.match(text) and monospaced_width(text) <= widest,
                          range(stop, min(stop + _PIECE_GAP, len(lines)))))
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


#: A line's start no line can follow a line break with: closing punctuation, or a character and then one.
_CLOSING = re.compile(r".?[）)》”，。、；：！？]")
#: A row's number in a table's first column: 1, 3.2.
_ROW_NUMBER = re.compile(r"[\d０-９]+(?:[.．][\d０-９]+)*")


def _wrapped_rows(lines: list[str], feeds: set[int]) -> tuple[list[str], list[tuple[int, str]]]:
    """``lines`` with the numbered rows (序号 its first column) of a table whose cells' text a copy keeping the page's
    layout broke over lines (a task table's measures, pdftotext -layout's) as rows of cells parted by tabs, a row on its
    first line, the others left blank: the lines under a head up to a blank one, each row's number on its middle line
    (:func:`_row_spans`), each piece of text in the column where it starts (:func:`_in_columns`); a task table's rows
    without numbers (工作任务 its first head) by a column of one-line cells (:func:`_anchored_spans`). A table whose
    lines make no such rows is left as it is. The head a page repeats over the rest of the table (a page's foot alone
    between) is left out too, as a PDF's is. With notes on what may be read wrong, by the line (:func:`_merged_top`).
    ``feeds``: the lines a page starts with."""
    out, notes = list(lines), []
    lines = _figures_apart(lines)
    last: tuple[list[str], int] | None = None  # the head of the table read last, and the line after its rows
    for h, line in enumerate(lines):
        head, words = _words_parted(_cells(line)), _columns(line)  # 序号 工作任务: narrow heads a blank apart
        tall, taller = _tall_head(lines, h) or (None, 0)
        if tall:
            head = words = tall
        parted = len(head) >= 3 and re.fullmatch("序号|编号", head[0][1])
        unnumbered = not parted and _unnumbered_head(words)
        if not parted and not unnumbered and not (len(words) >= 3 and re.fullmatch("序号|编号", words[0][1])) \
                or "。" in line:
            continue
        body = list(takewhile(lambda k: lines[k].strip(), range(h + 1 + taller, len(lines))))
        if not body:
            continue
        if unnumbered:
            head, (spans, centred) = words, _anchored_spans(lines, body, len(words), feeds) or ([], False)
        else:
            spans = _row_spans(lines, body) or []
            centred = any(not lines[top][:1].strip() for top, _ in spans)  # a row's number on its middle line
        across = [top for top, bottom in spans if (top == bottom and _group_line(lines[top]) if unnumbered
                                                    else lines[top][:1].strip()
                                                    and not _ROW_NUMBER.fullmatch(lines[top].split()[0]))]
        numbered = [span for span in spans if span[0] not in across]
        measures = next((c for c, (_, text) in enumerate(head) if "措施" in text), None)
        rows = _in_columns(lines, numbered, [text for _, text in head], measures, not unnumbered, centred, notes) \
            if numbered and (parted or unnumbered) else None
        # a table whose cells the page centred, the head's words a blank apart too, or a column of which is blank in
        # every row; not one whose cells' text starts on their rows' lines (:func:`_top_aligned`) at their columns' left
        # edge, which may stand elsewhere on another page: the grid's reading takes it
        starts = {start for top, bottom in numbered for k in range(top, bottom + 1) for start, _ in _cells(lines[k])}
        if rows is None and numbered and (centred if unnumbered else len(starts) < len(head) or centred):
            head, rows = words, _centred(lines, numbered, words, not unnumbered)
        if rows is None:
            continue
        words = [text for _, text in head]
        again = last is not None and last[0] == words and sum(bool(lines[k].strip()) for k in range(last[1], h)) <= 1
        out[h] = "" if again else "\t".join(words)
        for k in range(h + 1, body[0]):
            out[k] = ""  # a head's wrapped words (工作 / 任务)
        for k in range(body[0], spans[-1][1] + 1):
            out[k] = lines[k].strip() if k in across else ""  # a group's heading: a line across the table
        for (top, _), cells in zip(numbered, rows):
            # a measure after the first of a row (:func:`_in_columns`: a merged 工作任务's next row, or a cell's next
            # paragraph): a row of its own under it, for the reader of task tables to take as the task's next measure
            first, *more = cells[measures].split("\n") if measures is not None else [None]
            out[top] = "\t".join(first if c == measures else cell for c, cell in enumerate(cells))
            for n, measure in enumerate(more, 1):
                out[top + n] = "\t".join(measure if c == measures else "" for c in range(len(cells)))
        last = words, spans[-1][1] + 1
    return out, notes


#: A figure a blank before a Chinese word that is no unit of it (热线12345 对来电…, not 6 月底前, 2024 年): where the word
#: starts a column, two cells.
_FIGURE_APART = re.compile(r"[^\x00-\x7f] ?[0-9A-Za-z]{1,12}( )(?=[^\x00-\x7f])(?![年月日时号个件项条次元万亿天周批家人户期届"
                           r"%％）)”，。、；：])")


def _figures_apart(lines: list[str]) -> list[str]:
    """``lines`` with the one blank a copy keeping the page's layout sets between a cell ending in figures and the
    next cell's first character (a name wide in its column: figures print narrower than the columns they take) a
    tab: the two are cells apart, as where a run of blanks parts them. Only where the next starts where a piece of
    text starts on two other lines of the block (its column's start); a figure and its word (6 月底前) stay one."""
    out = list(lines)
    for _, block in groupby(range(len(lines)), key=lambda k: bool(lines[k].strip())):
        block = list(block)
        starts = Counter(start for k in block for start in {start for start, _ in _words_parted(_cells(lines[k]))})
        for k in block:
            for found in _FIGURE_APART.finditer(lines[k]):
                if starts[found.end(1)] >= 2:
                    out[k] = out[k][:found.start(1)] + "\t" + out[k][found.end(1):]
    return out


#: The first head of a task table without a column of row numbers (工作任务 | 具体措施 | 责任单位 | 完成时限), and one of
#: the others' words.
_TASK_HEAD = re.compile("(?:工作|重点|主要)?(?:任务|事项)|工作内容")
_OTHER_HEADS = re.compile("措施|单位|科室|股室|处室|部门|时限|时间|期限|目标|成效|要求|标准|备注")


def _tall_head(lines: list[str], h: int) -> tuple[list[tuple[int, str]], int] | None:
    """The words (with their columns) of a task table's head starting on line ``h`` whose cells' words a narrow column
    wrapped onto the next line (工作任 / 务, 责任单 / 位; a head the cells centre has a word alone on the line between,
    具体措施, the wrapped words on the line under it), and how many lines more it takes: each column's pieces, starting
    where one another do (a blank off at most: 序号 stands right before 工作任), joined from the top, where so joined
    they make a head (:func:`_unnumbered_head`, after a 序号 or not) that line ``h`` alone does not. Else None."""
    if "。" in lines[h] or _task_head(_columns(lines[h])):
        return None
    for more in (1, 2):
        rows = lines[h:h + more + 1]
        if len(rows) <= more or any(not line.strip() or "。" in line for line in rows):
            return None
        pieces = sorted((start, n, text) for n, line in enumerate(rows) for start, text in _columns(line))
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


def _anchored_spans(lines: list[str], body: list[int], width: int,
                    feeds: set[int]) -> tuple[list[tuple[int, int]], bool] | None:
    """The first and last line of each row of a table's ``body`` ``width`` columns wide that has no column of row
    numbers (工作任务 its first), and whether its cells are centred in their rows. A column of one-line cells (完成时限,
    责任单位) holds each row's first line where the cells' text starts there (:func:`_top_spans`); else, none of its
    pieces on the line next to another's but in rows of one line (text in every column on both), each row's middle
    line (:func:`_centred_spans`). A group's heading across the table (一、重点领域公开, :func:`_group_line`) is a row
    of its own, the rows between two filling the lines between; one under the last row (三、工作要求) is the text under
    the table; ``feeds``, the lines a page starts with. None where no column or no rows are so."""
    groups = {k for k in body if _group_line(lines[k])}
    pieces = [(k, start) for k in body if k not in groups for start, _ in _words_parted(_cells(lines[k]))]
    starts = sorted({start for _, start in pieces})
    if len(starts) < width:
        return None
    firsts = _column_starts(starts, width)
    columns = [sorted({k for k, start in pieces if sum(first <= start for first in firsts) - 1 == c})
               for c in range(width)]
    texts: dict[tuple[int, int], str] = {}  # each column's text on each line
    for k in body:
        for start, text in _words_parted(_cells(lines[k])) if k not in groups else ():
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
                found = (_centred_spans(sorted(part), held, texts, feeds) if centred else
                         _top_spans(lines, sorted(part), held)) if held else None
                if found is None or later and found[-1][1] != max(part):
                    spans = spans if not later else []  # the text under the table, or no table
                    break
                spans += found
            if len(spans) >= 2:
                return sorted([*spans, *((k, k) for k in groups if k < spans[-1][1])]), centred
    return None


def _group_line(line: str) -> bool:
    """Whether ``line`` is a group's heading across a task table: one piece alone, numbered as a heading (一、重点领域
    公开, （二）, 1. , （1）, 第一部分 , as the DOCX's import has a row across the table; not a bare 2: a wrapped name's
    tail may start so), words after the number, no sentence."""
    cells = _cells(line)
    return len(cells) == 1 and bool(heading_level(cells[0][1])) and not numbering(cells[0][1]).isdigit() \
        and bool(after_number(cells[0][1])) and "。" not in line


def _centred_spans(body: list[int], anchors: list[int], texts: dict[tuple[int, int], str],
                   feeds: set[int]) -> list[tuple[int, int]] | None:
    """The first and last line of each row of a table's ``body`` whose cells' text the page centred in their rows,
    each row's middle line one of ``anchors``: the row's lines stand as many above it as below, or one more either
    way, the rows filling the body from its first line, the fewest off the middle (the text under the table may follow
    the last row without a blank line). A row a page breaks (its middle line above the break, a page starting on a line
    of ``feeds``) goes on over the next page's first lines, as many as fit. Of rows so far off alike, those whose cells (``texts``: each column's on each
    line) have the fewest lines short of their column's widest before their last (a wrap fills a line). None where
    they cannot."""
    pages = sorted(feeds.intersection(body))
    widest = {c: max(_wide(text) for (d, _), text in texts.items() if d == c) for c, _ in texts}

    def short(top: int, bottom: int) -> int:
        """How many lines of the row on lines ``top`` to ``bottom`` are short before their cell's last."""
        return sum(_short(_wide(texts[c, k]), texts[c, after], widest[c]) for c, k in texts
                   if top <= k < bottom and (after := next((j for j in range(k + 1, bottom + 1) if (c, j) in texts),
                                                           None)) is not None)

    @cache
    def rows_from(n: int, top: int) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]] | None:
        """The rows from the ``n``th down, its first line ``top``: how far off their middles and how many short lines
        they have, and their lines."""
        above, found = anchors[n] - top, []
        limit = anchors[n + 1] - 1 if n + 1 < len(anchors) else body[-1]
        page = next((k for k in pages if anchors[n] < k <= limit), None)
        for below in (above, above + 1, above - 1, *(range(page - anchors[n], limit - anchors[n] + 1) if page else ())):
            bottom = anchors[n] + below
            if below < 0 or bottom > limit:
                continue
            rest = rows_from(n + 1, bottom + 1) if n + 1 < len(anchors) else ((0, 0), ())
            if rest is not None:
                off = abs(above - below) if page is None or bottom < page else 0
                found.append(((rest[0][0] + off, rest[0][1] + short(top, bottom)), ((top, bottom), *rest[1])))
        return min(found, key=lambda option: option[0], default=None)

    best = rows_from(0, body[0]) if anchors[0] >= body[0] else None
    return list(best[1]) if best else None


def _top_spans(lines: list[str], body: list[int], anchors: list[int]) -> list[tuple[int, int]] | None:
    """The first and last line of each row of a table's ``body`` whose cells' text starts on the rows' first lines,
    ``anchors`` (a column's pieces), and goes on down (:func:`_from_top`; a row's first cell may be blank, merged
    with the one above): the last row's lines those whose pieces stand under its first line's, up to a heading under
    the table (三、工作要求). None where the table is not so."""
    if anchors[0] != body[0]:
        return None
    starts = [start for start, _ in _words_parted(_cells(lines[anchors[-1]]))]
    end = anchors[-1] + 1
    while end <= body[-1] and not TYPED_NUMBER.match(lines[end].strip()) \
            and all(any(abs(start - at) <= _PIECE_GAP for at in starts) for start, _ in _cells(lines[end])):
        end += 1
    return [(top, bottom - 1) for top, bottom in pairwise([*anchors, end])] if _from_top(lines, anchors, end) else None


def _row_spans(lines: list[str], body: list[int]) -> list[tuple[int, int]] | None:
    """The first and last line of each row of a table's ``body``: a row's number stands at the left edge on its first
    line where the cells' text starts on the row's line (:func:`_top_aligned`), else on its middle line (the copy
    centres a cell's text in its row), as many lines above it as below, or one more below where that line ends a
    sentence (the row's tallest cell ends there); a group's heading across the table, at the left edge between two
    rows, a row of one line; the rows fill the body, up to a line at the left edge after the last (the text under the
    table). None where they do not."""
    numbers = [k for k in body if lines[k][:1].strip() and _ROW_NUMBER.fullmatch(lines[k].split()[0])]
    if not numbers:
        return None
    # the lines after the last row's up to one at the left edge, no cell's (三、保障措施 right under the table)
    stop = next((k for k in body if k > numbers[-1] and lines[k][:1].strip()), body[-1] + 1)
    # a group's heading across the table (一、重点领域公开) at the left edge is a row of its own
    starts = [k for k in body if k < stop and lines[k][:1].strip() and (k in numbers or _piece(lines[k]))]
    if starts[0] == body[0] and _top_aligned(lines, starts, stop):
        return [(k, end - 1) for k, end in pairwise([*starts, stop])]
    spans, top = [], body[0]
    for n, k in enumerate(numbers):
        while top < k and top in starts and top not in numbers:  # a group's heading right under a row
            spans.append((top, top))
            top += 1
        after = numbers[n + 1] if n + 1 < len(numbers) else stop
        around = range(top, min(k + (k - top) + 1, after))
        bottom = k
        while bottom + 1 < after and (counts := _row_lines(lines, top, k, bottom, around))[1] < counts[0]:
            bottom += 1
        if k < bottom < after - 1 and _beside(lines, bottom, around):  # a merged cell's line, the row's last below it
            bottom += 1
        if n + 1 == len(numbers):
            bottom = stop - 1
        elif bottom + 1 < after and lines[bottom + 1].rstrip().endswith("。") and not lines[bottom].rstrip().endswith("。"):
            bottom += 1
        above, below = _row_lines(lines, top, k, bottom, around)
        if k < top or bottom >= after or below - above not in (0, 1):
            return None
        spans.append((top, bottom))
        top = bottom + 1
    return spans


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
    a row's lines (镇党政办 between a measure's lines), which the row's centring does not count."""
    theirs = [(start, start + len(text) / 2) for k in others if k != j for start, text in _cells(lines[k])]
    return all(abs(start - at) > 2 and abs(start + len(text) / 2 - middle) > 2
               for start, text in _cells(lines[j]) for at, middle in theirs)


def _in_columns(lines: list[str], spans: list[tuple[int, int]], head: list[str], measures: int | None,
                numbered: bool, centred: bool, notes: list[tuple[int, str]]) -> list[list[str]] | None:
    """The cells of the rows ``spans`` of a table whose columns ``head`` names: each line's pieces of text (blanks
    between Chinese characters parting two, :data:`_CELLS_APART`) in the column their start falls in, the starts parted
    into as many columns at their widest gaps (:func:`_column_starts`); a column's pieces in a row joined in order.
    In the column ``measures`` (具体措施) a line short of the column's widest (two Chinese characters short: a wrap
    breaks at one) before the cell's last ends a measure, the next starting after a line break (a merged 工作任务 over
    rows each giving a measure of its own). A merged cell's text, centred in the rows numbered under one (3.1, 3.2 …), goes to the first of them,
    as a copy gives a merged cell; one centred over rows blank in its column goes to each (:func:`_merged_centred`). None where
    the first column holds anything but the rows' numbers (``numbered``), or two cells a line sets runs of blanks
    apart fall in one: the widest gaps were no columns' edges (a copy centring one-line cells, a wrapped one's text at
    its column's left edge), a table :func:`_laid_out_grids` reads. The cells' text ``centred`` in their rows, a merged
    cell's stands in the middle of its rows' lines (:func:`_merged_centred`); else at their top, a merged 工作任务's
    goes on in the rows under its first (:func:`_merged_top`), ``notes`` saying where that is not sure."""
    def column(start: int) -> int:
        return sum(first <= start for first in firsts) - 1

    width = len(head)
    task = next((c for c, text in enumerate(head[:2]) if _TASK_HEAD.fullmatch(text)), None)
    pieces = [(k, start, text) for top, bottom in spans for k in range(top, bottom + 1)
              for start, text in _words_parted(_cells(lines[k]))]
    starts = sorted({start for _, start, _ in pieces})
    if len(starts) < width:
        return None
    firsts = _column_starts(starts, width)

    def parted(start: int, text: str) -> list[tuple[int, str]]:
        """``text`` parted at a blank right before a column's start: narrow columns a blank apart (3.2 信息,
        环境质量 2.水环境质量), which a blank between Chinese and a figure does not part elsewhere."""
        out, at = [], 0
        for gap in re.finditer(" ", text):
            if start + gap.end() in firsts and gap.start() > at:
                out.append((start + at, text[at:gap.start()]))
                at = gap.end()
        return [*out, (start + at, text[at:])]

    pieces = [(k, at, piece) for k, start, text in pieces for at, piece in parted(start, text)]
    if any(len({column(start) for start, _ in cells}) < len(cells)
           for cells in (_cells(lines[k]) for top, bottom in spans for k in range(top, bottom + 1))):
        return None
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
        with a closing bracket: 指南（试 over 行）》)."""
        text = "".join(said[:n + 1])
        return n + 1 < len(said) and _short(_wide(said[n]), said[n + 1], widest) \
            and all(text.count(opening) <= text.count(closing) for opening, closing in ("（）", "()", "《》", "“”")) \
            and not _CLOSING.match(said[n + 1])

    for cells, said in zip(rows, measured) if measures is not None else ():
        cells[measures] = "".join(text + "\n" * ends(said, n) for n, text in enumerate(said))
    if task is not None:
        notes += _merged_top(rows, reach, texts, spans, task, _wide(head[task]), centred)
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
    return rows


def _wide(text: str) -> int:
    """How wide ``text`` prints in a cell, in half characters: a Chinese font's quotes are full width."""
    return monospaced_width(text) + sum(map(text.count, "“”‘’"))


def _merged_top(rows: list[list[str]], reach: list[dict[int, tuple[int, int]]], texts: dict[tuple[int, int], str],
                spans: list[tuple[int, int]], task: int, head: int, centred: bool) -> list[tuple[int, str]]:
    """``rows`` (on the lines ``spans``) of a table with the text of a 工作任务 (column ``task``) merged over rows, set at
    the cell's top, and wrapping beyond its first row's lines joined again in that row (公开林地征占 / 用审核审批结 in
    row 1, 果 on row 2's first line, row 3 blank): a row's 工作任务 reaching the row's last line, a line as wide as the
    column's widest (its head ``head`` wide among them: two Chinese characters short at most, as a wrap leaves it) and
    another cell's there too (the row is no taller than they), goes on with the next row's text in the column starting
    on its first line (not in the middle of its lines where the other cells are ``centred`` in their rows), and on so
    down, where a row right under them is blank in the column (the merged cell's rest). Else the rows keep their texts,
    and a note (by the line) says the text may go on."""
    widest = max([head, *(_wide(text) for (c, _), text in texts.items() if c == task)])

    def full(m: int) -> bool:
        last = spans[m][1]
        return reach[m].get(task, (0, -1))[1] == last \
            and not _short(_wide(texts[task, last]), rows[m + 1][task], widest) \
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
        else:
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
            for start, text in _columns(lines[k]):
                cells[min(range(len(head)), key=lambda c: abs(start + len(text) / 2 - middles[c]))] += text
        if numbered and not _ROW_NUMBER.fullmatch(cells[0]):
            return None
        rows.append(cells)
    return rows


def _top_aligned(lines: list[str], rows: list[int], stop: int) -> bool:
    """Whether the lines of a table of a copy keeping the page's layout whose rows stand on lines ``rows`` (its last row's
    lines up to ``stop``) are read as cells whose text starts on their row's line and goes on down (the cells aligned
    at the top, Word's and WPS's default, which pdftotext copies so): each line between two rows holds pieces that
    each start where a piece of the row above does, and no cell so read has a line short of its column's widest before
    its last (a cell's text fills each of its lines but the last). A centred cell's lines stand above and below its
    row's, a line between two rows being then the row's below's too: there a piece stands under a blank of the row
    above (a cell of two lines, the row's line between), or a cell's short last line would go on in the row below. Not
    where a row's line starts further in than the first's: a line under a row's set as a row (its pieces in two cells)."""
    return not any(_cells(lines[row])[0][0] - _cells(lines[rows[0]])[0][0] > _PIECE_GAP for row in rows) \
        and _from_top(lines, rows, stop)


def _from_top(lines: list[str], rows: list[int], stop: int) -> bool:
    """Whether the lines of a table's rows, on lines ``rows`` (the last's up to ``stop``), read as cells whose text
    starts on their row's line and goes on down: :func:`_top_aligned` but for where the rows' lines start."""
    cells: list[tuple[int, list[tuple[int, str]]]] = []  # each cell's start on its row's line, and its pieces
    measured: list[tuple[int, str]] = []  # the pieces that show how wide their columns are, by their cells' starts
    for row, end in pairwise([*rows, stop]):
        found = _words_parted(_cells(lines[row]))
        starts = {start: [(start, text)] for start, text in found}
        for k in range(row + 1, end):
            for start, text in _words_parted(_cells(lines[k])):
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
        return column is not None and _short(monospaced_width(text), after, widest[column])

    return not any(short(at, text, after) for at, cell in cells for (_, text), (_, after) in pairwise(cell))


def _nearest(starts, start: int) -> int | None:
    """The one of ``starts`` nearest ``start``, :data:`_PIECE_GAP` off at most (a narrow 序号 column's start is as
    near the next's); None where none is."""
    near = min(starts, key=lambda first: abs(first - start), default=None)
    return near if near is not None and abs(near - start) <= _PIECE_GAP else None


#: The figures or Latin word a line starts with, which a wrap carries down whole (12345, 2025, APP).
_WORD_START = re.compile(r"[0-9A-Za-z０-９]+")


def _short(width: int, after: str, widest: int) -> bool:
    """Whether a cell's line ``width`` wide (half characters) is short of its column's ``widest`` before its next line,
    which starts with ``after``: two Chinese characters short, a wrap breaking at one; or short enough for the
    figures or Latin word ``after`` starts with and one character more (办好林业热线 over 12345 is no short line)."""
    word = _WORD_START.match(after)
    return width + (monospaced_width(word[0]) if word else 2) <= widest - 2


def _piece(line: str) -> bool:
    """Whether ``line`` may be a piece of a table's cell in a copy keeping the page's layout: words alone, no runs of
    blanks between them, no sentence, no table's cells."""
    return bool(line.strip()) and not re.search(r"[\t|。]", line) and not LAID_OUT.search(line.strip())


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a line of a copy keeping the page's layout, with the column each starts at: words runs of blanks
    part."""
    return [(found.start(), found[0]) for found in re.finditer(r"\S+(?: \S+)*", line)]


#: A blank between two Chinese characters (or their punctuation): where two cells a copy set a blank apart meet; one
#: between a character and a figure (2024 年 3 月) is the page's printed space, inside a cell.
_CELLS_APART = re.compile("(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


def _words_parted(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``cells`` each parted at the blanks between Chinese characters in it (:data:`_CELLS_APART`)."""
    parted = []
    for start, text in cells:
        ends = [0, *chain.from_iterable(gap.span() for gap in _CELLS_APART.finditer(text)), len(text)]
        parted += [(start + ends[k], text[ends[k]:ends[k + 1]]) for k in range(0, len(ends), 2)]
    return parted


def _grid(lines: list[str], out: list[str], rows: list[int], span: range, names: dict[int, str] | None = None) -> None:
    """Set in ``out`` the rows (``rows``, the lines of ``span`` between them a cell's pieces) of a table of a copy
    keeping the page's layout as cells parted by tabs (:func:`_laid_out_grids`); a row short of cells with a blank
    in each column it has no cell under (:func:`_filled`), a merged cell's line between two rows as a row of its own.
    Where a centred table's first cells are read (``names``, :func:`_centred_names`), they stand first in their rows
    and in rows of their own."""
    width = max(len(_cells(lines[i])) for i in rows)
    found = {i: _cells(lines[i]) for i in rows}
    # where each column's cells stand in the rows with every cell, the first aside (a head's words centred over them)
    columns = [[(start, start + len(text)) for cells in list(found.values())[1:] if len(cells) == width
               for start, text in cells[c:c + 1]] for c in range(width)]
    if names is not None:
        first = found[rows[0]][0][0]
        for k in span:
            others = [cell for cell in found.get(k, []) if abs(cell[0] - first) > _PIECE_GAP]
            out[k] = "\t".join(_filled([(first, names[k]), *others], columns)) if k in names else ""
        return
    found = {i: _row_words(lines[i], cells, columns) if len(cells) < width else cells for i, cells in found.items()}
    used: set[int] = set()  # the lines of pieces read into a row's cell
    filled: dict[int, list[str]] = {}  # each row's cells, as many as the table's columns where they can be placed
    top = _top_aligned(lines, rows, span.stop)
    for n, i in enumerate(rows):
        cells = found[i]
        if top:  # each line under a row's goes on with the cell it stands under
            for k in range(i + 1, rows[n + 1] if n + 1 < len(rows) else span.stop):
                for start, text in _words_parted(_cells(lines[k])):
                    at = max(m for m, cell in enumerate(cells) if cell[0] <= start + _PIECE_GAP)
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
        pieces = [_cells(lines[k])[0] for k in above + below]
        if len(cells) >= width - 1 and pieces and 0 <= len(above) - len(below) <= 1 \
                and all(abs(start - pieces[0][0]) <= _PIECE_GAP for start, _ in pieces):
            column = pieces[0][0]
            at = sum(start < column for start, _ in cells)
            ends = [start + len(text) for start, text in cells]
            under = [m for m, (start, _) in enumerate(cells) if abs(start - column) <= _PIECE_GAP]
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
        cells = _cells(lines[lone[0]]) if len(lone) == 1 else []
        column = _column(cells[0], columns) if len(cells) == 1 else None
        if column is not None and all(len(filled[k]) == width and not filled[k][column] for k in (i, j)):
            out[lone[0]] = "\t".join(cells[0][1] if c == column else "" for c in range(width))


def _column(cell: tuple[int, str], columns: list[list[tuple[int, int]]]) -> int | None:
    """The column ``cell`` (where it starts, its text) stands in, of a table whose columns' cells stand where
    ``columns`` has them (each a start and an end): the first whose cells start, end or centre where it does, give or
    take :data:`_PIECE_GAP`; None where none does (a figure centred across two columns: 历年累计主动公开 3627)."""
    start, end = cell[0], cell[0] + len(cell[1])
    return next((c for c, spans in enumerate(columns) for first, last in spans
                 if min(abs(first - start), abs(last - end), abs(first + last - start - end) / 2) <= _PIECE_GAP), None)


def _placed(cells: list[tuple[int, str]], columns: list[list[tuple[int, int]]]) -> list[int] | None:
    """The column each of ``cells`` stands in (:func:`_column`); None where one stands in none or two share one."""
    found = [_column(cell, columns) for cell in cells]
    return found if None not in found and all(a < b for a, b in pairwise(found)) else None


def _row_words(line: str, cells: list[tuple[int, str]], columns: list[list[tuple[int, int]]]) -> list[tuple[int, str]]:
    """The cells of ``line``, a row with fewer ``cells`` than its table's ``columns`` (:func:`_column`): its words
    where as many as the columns, each in a column of its own (two cells the copy set a blank apart: 不动产登记中心
    持续推进), parted at blanks between Chinese characters too (:func:`_words_parted`); else ``cells`` (a cell merged
    down, written once: a blank in its column; 9 月底前 one cell, its blank the page's between a figure and a word)."""
    for words in (_columns(line), _words_parted(cells)):
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
