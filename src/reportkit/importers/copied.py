"""The statistics tables since 2019 as a page's copy gives them, made rows again for the text reader (:mod:`.text`).

A browser's copy parts a table's cells by tabs (some pages' tables lose even those: 规章002), but a head cell holding
a line break comes as two lines and table 二's caption of a block may share its head's line. A PDF reader's copy parts cells by spaces, breaks a long row label
over lines (a narrow cell's unit too: 2人 / 次) and leaves out a blank cell. Only the tables' labels (:mod:`.labels`) tell where each cell stands:
:func:`repaired` uses them so that each row is a line of cells parted by tabs, and a row whose figures no label
places surely gets a placeholder in each figure cell saying why, never a figure in a wrong column.
"""
from __future__ import annotations

import re
from itertools import takewhile

from ..default_plugins.annual_report import tables
from ..default_plugins.annual_report.tables import TABLE_EDITIONS
from .labels import disclosure_rows, group_rows, head_labels, norm, review_column, row_cells

_BLANKS = " \r\n\u3000\u00a0"
_DIGIT = re.compile(r"[\d０-９]")
#: One cell of figures in a PDF reader's copy: a count or an amount, its unit after it too (12件, 1.2万元), which the
#: mapper checks; signed (+16, -2, 增16, 减少2) in table 二's 本年增/减 (2019), which :func:`_fits` checks; or a mark
#: of nothing to report (— - ／), which the mapper reads.
_CELL = r"(?:(?:[+\-−－]|增加?|减少?)?[\d０-９]+(?:[.．][\d０-９]+)?(?:件|项|个|条|次|人次|万元|元)?|[—–\-－/／]{1,2})"
#: The blank between a figure and its unit in a PDF reader's copy (3 件: the PDF's space between digits and Chinese).
_UNIT_APART = re.compile(r"(?<=[\d０-９])[ \u3000\u00a0]+(?=(?:件|项|个|条|次|人次|万元|元)(?:\s|$))")
#: A line of a PDF reader's copy of a table: its labels, if any, then cells of figures parted by spaces.
_SPACED = re.compile(rf"\s*(?:(\S.*?\D)\s+)?({_CELL}(?:\s+{_CELL})*)\s*")
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


def repaired(lines: list[str]) -> tuple[list[str], list[int]]:
    """``lines`` of a copied page with its tables' rows as lines of cells parted by tabs, where they came otherwise;
    with each line's number in the file. Lines a row took in are left blank."""
    lines, numbers = _captions_apart(lines)
    return _spaced_rows(_spaced_heads_joined(_heads_joined(_run_together(_units_rejoined(lines))))), numbers


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
        words = _UNIT_APART.sub("", _HEAD_APART.sub("", above)).split()
        count = len(list(takewhile(lambda word: _UNIT_HEAD.fullmatch(word) or re.fullmatch(_CELL, word),
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


def _captions_apart(lines: list[str]) -> tuple[list[str], list[int]]:
    """``lines`` with table 二's caption of a block on a line of its own where a copy put it on one line with the
    block's head (第二十条第（一）项⇥信息内容⇥本年制发件数 …) or first row: the caption's cell spanned the block's rows
    at its left, or the copy lost the line break under it. The head's cells then stand over their own columns.
    With each line's number in the file (both parts of a line parted have its number)."""
    rows = {norm(label) for edition in TABLE_EDITIONS for label in disclosure_rows(edition)} | {norm("信息内容")}
    out, numbers = [], []
    for number, line in enumerate(lines, 1):
        found = _CAPTION_FIRST.fullmatch(line.rstrip(_BLANKS))
        parts = [found[1], found[2]] if found and norm(re.split(r"[\t \u3000]", found[2])[0]) in rows else [line]
        out += parts
        numbers += [number] * len(parts)
    return out, numbers


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
        text = line.strip(_BLANKS)
        if not text or "\t" in text or "|" in text:
            continue
        # blanks may part the labels (（三）不予公开 1.属于国家秘密0000000), never the figures from their label: 行政许可 128
        # is a PDF copy's row of cells parted by spaces (:func:`_spaced_rows`)
        if (row := _run_row(text)) and not re.search(r"\s", text[-len(row[2]) - 1:]):
            labels, label, figures = row
            out[i] = "\t".join([*(part.strip(_BLANKS) for part in labels), *_run_cells(label, figures, columns)])
        elif not re.search(r"\s", text) and (words := _words_of(norm(text), heads)) and len(words) > 1:
            out[i] = "\t".join(words)
            columns = len(words) - (words[0] == norm("信息内容"))
    return out


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
    for end in range(1, len(text)):  # the group's label, as written, then the row
        if norm(text[:end]) in group_rows() and (row := _run_row(text[end:])):
            return [text[:end], *row[0]], row[1], row[2]
    return None


def _run_cells(label: str, figures: str, columns: int) -> list[str]:
    """The cells of the row ``label`` whose ``figures`` a copy ran together (:func:`_run_together`), under a head
    naming ``columns`` columns of figures: the row's width in the edition that has it so (行政许可: 3 in 2019, 1 in
    2021), or its only one."""
    widths = _widths(label)
    widths = {columns} if columns in widths else widths
    if widths == {1} and re.fullmatch(_CELL, figures):
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
        row, following = lines[i].strip(_BLANKS).split("\t"), lines[i + 1].strip(_BLANKS).split("\t")
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
        found = _spaced(line) if i not in taken and "\t" not in line and "|" not in line else None
        if not found:
            if i not in taken and (head := _head(line)) is not None:
                out[i] = head
            continue
        names, figures = _parted(found)
        if not names and len(figures) in (_REVIEW_FIGURES, _labels_above(out, i)) \
                and not any(_SIGNED.search(f) for f in figures):
            out[i] = "\t".join(figures)
        elif names and _fits(names[-1], figures):
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
        if i not in taken and words and "\t" not in line and "|" not in line and len(_widths(words[-1])) == 1 \
                and norm(words[-1]) not in group_rows() \
                and all(norm(word) in group_rows() for word in words[:-1]) and _after_row(out, i):
            out[i] = "\t".join(words + [""] * next(iter(_widths(words[-1]))))
            taken.add(i)
    for i, line in enumerate(lines):  # a group's label on a line of its own: the first label of a row beside it
        if i in taken or not _group(line):
            continue
        after = next((k for k in range(i + 1, len(out)) if out[k].strip()), None)
        before = next((k for k in range(i - 1, -1, -1) if out[k].strip()), None)
        row = next((k for k in (after, before) if (k in taken or _widths(out[k].strip(_BLANKS).split("\t")[0]))
                    and "\t" in out[k] and norm(out[k].split("\t")[0]) not in group_rows()), None)
        if row is not None:
            out[row] = "\t".join(line.split() + out[row].strip(_BLANKS).split("\t"))
            out[i] = ""
    return out


def _spaced(line: str) -> re.Match | None:
    """``line`` as a PDF reader's copy of a table's row (:data:`_SPACED`), each figure's unit set apart joined to it."""
    return _SPACED.fullmatch(_UNIT_APART.sub("", line))


def _parted(found: re.Match) -> tuple[list[str], list[str]]:
    """The words of a line :data:`_SPACED` matched: its labels and its figures. A line of figures alone with their
    unit (0件 1件 …) matches with its first figure as a label (a label ends in no digit): such cells go to the figures."""
    names = (found[1] or "").split()
    lead = len(names) - len(list(takewhile(lambda word: re.fullmatch(_CELL, word), reversed(names))))
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


def _widths(label: str) -> set[int]:
    """How many figure cells the row ``label`` has in the editions since 2019 (none: no row's label)."""
    return {len(kinds) for kinds in row_cells().get(norm(label), ())}


def _fits(label: str, figures: list[str]) -> bool:
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
            if len(parts) > 1 and _fits(label, figures) and not any(_widths(part) for part in parts):
                found.append((i - before, i + after, lead[:-1] + [label]))
    return found[0] if len(found) == 1 else None


def _words(line: str) -> bool:
    """Whether ``line`` is words alone, as a row label's part is: no figure cells at its end, no table's cells."""
    return bool(line.strip()) and "\t" not in line and "|" not in line and not _spaced(line) \
        and _head(line) is None


def _short_row(label: str, figures: list[str]) -> list[str] | None:
    """The figure cells of the row ``label`` whose copy's ``figures`` do not fit it (:func:`_fits`): where blank cells
    were left out of a row of 0 (fewer figures, all 0), the 0s and blanks, which way round makes no difference; else
    a placeholder in each cell naming why. None where the row's width differs by edition and none is the figures'."""
    widths = _widths(label)
    if len(figures) in widths:
        width, why = len(figures), "正负号或“增”“减”只能在“本年增/减”一格"
    elif len(widths) == 1:
        width, = widths
        if len(figures) < width and all(_ZERO.fullmatch(figure) for figure in figures):
            return figures + [""] * (width - len(figures))
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
    row = next((line.strip(_BLANKS).split("\t") for line in reversed(above) if "\t" in line), [])
    return len(list(takewhile(lambda cell: re.fullmatch(_CELL, cell.strip()), reversed(row))))


def _labels_above(out: list[str], i: int) -> int:
    """How many labels the table head made of the last line with words before line ``i`` has (cells parted by tabs,
    no figure), or 0: table 四 printed as two tables has a line of figures alone under each part's head (行政复议's 5,
    行政诉讼's 10)."""
    above = next((line.strip(_BLANKS) for line in reversed(out[:i]) if line.strip()), "").split("\t")
    return len(above) if len(above) > 1 and not any(_DIGIT.search(cell) for cell in above) else 0


def _after_row(out: list[str], i: int) -> bool:
    """Whether the last line with words before line ``i``, a group's label alone aside (:func:`_group`), is a table's
    row or head (cells parted by tabs)."""
    return "\t" in next((line for line in reversed(out[:i]) if line.strip() and not _group(line)), "").strip(_BLANKS)
