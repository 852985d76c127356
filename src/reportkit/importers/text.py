"""Read a plain-text report (.txt): a page's text copied from a browser and saved, or a site's text export.

Each line is a paragraph. Tables come in two forms: lines holding tabs, a row each, as a browser copies
them (a cell per tab); or a cell per line ending in " |" (an empty cell is "|" alone), where a row with
fewer cells than the table has columns is followed by a line of as many "|" as it lacks, as text exports
of government sites write them. A PDF reader's copy parts a table's cells by spaces; one keeping the page's layout
(pdftotext -layout) by runs of them, a paragraph's lines wrapped at the page's left edge (:func:`_at_edge`). What only the annual report's
tables tell (such a copy's rows, a head cell broken over two lines, table 二's caption on its head's line) is left to
:mod:`.copied`, which gives the lines back with each row's cells parted by tabs. Either way a merged cell is there
once, and where it was is lost: the rows are laid out again (:func:`aligned`), so that the statistics tables since
2019 map by their labels; another table's where its column of numbers (序号) tells, the others named in a finding
(:func:`merged_down`).
A PDF's text copied in reading order (a cell a line, pdftotext without -layout; or -raw's, heads in pieces) has its
statistics tables made rows by :mod:`.copied.reading_order` first, where a row's figures follow its label exactly.
A copy that folded each paragraph's lines at a page's width (a PDF's text copied, a file folded at 30–40 characters)
has them joined again (:func:`_folded`, :func:`_wraps_on`; where the copy lost the paragraphs' indents, a line ending
a sentence at the width too, if the next is wider than a first line or, itself wider than one, before the paragraph's
last line: :func:`_inside`; a line cut short by a word that did
not fit: :func:`_word_down`), a page's number and a running head between them left out;
a table whose cells it parted by single blanks is read as one (:func:`_spaced_rows`), one it gave a cell a line too
where its cells line up with a head (:func:`_cell_lines`) or its rows are numbered (:func:`_numbered_cell_lines`, an
office's 另存为纯文本, or pdftotext's with a blank line between cells); a part's heading with its text after a blank on its line
(:data:`_RUN_IN`) is a heading and a paragraph. In any copy, a page's number printed bare (3) is one where the copy
shows its pages (:func:`_bare_page_numbers`; a table's rows numbered under its 序号 are none), and a sentence a page's
foot cut goes on after it (:func:`_cut_by_page`);
a copy with a blank line after every line is read without them (:func:`_undoubled`).
Text has no alignment, so the 署名 and 成文日期 are found by their place: the last date line before the attachments
and the short lines just before it.
"""
from __future__ import annotations

import itertools
import math
import re
import typing
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import NOTE
from ..layout import Geometry, monospaced_width, text_width
from ..numerals import numeral_value
from .frame import ATTACHMENT, WEB_FOOTER, parse_date, parts_follow, table_key
from .headings import LONG_HEADING, numbered as numbered_style, read_once
from .copied import BLANKS, UNPLACED, laid_out_tables, repaired
from .copied.grids import LAID_OUT
from .copied.reading_order import copy_kind, in_reading_order, regrouped
from .annual_tables import heads_only, stands_apart
from .labels import (APPLICANT_COLUMNS, ARTICLE, FIGURE_UNIT, MONTH_DATE, NOTE_MARKS, PAGE_NUMBER, SERIAL, SET_OFF,
                     ZERO_WORDS, after_number, clean, group_rows, head_labels, heading_level, lead_width, norm,
                     numbering, organ_name, row_cells)
from .source import Grid, Para, Published, decode

#: A table's cell on a line of its own: its text (none for an empty cell) and "|".
_PIPE_CELL = re.compile(r"[^|]*\|")
#: What a row lacks of the table's columns, after its cells: two "|" or more (one is read as a cell).
_PIPE_PAD = re.compile(r"\|{2,}")
#: A cell of figures (a note's mark after it too), 0 in words, or nothing to report (— / 无 …): a statistics table's
#: cells after its row's labels. A space between digits (“3 8”) is still a figure's cell, which the mapper then names
#: as no number, as from a page.
_FIGURE = re.compile(r"\s*(增加?|减少?)?\s*[+\-−－]?\s*[\d０-９](?:[\d０-９,，.．]| (?=[\d０-９]))*\s*(件|项|个|条|次|人次|%|％|万元|元)?\s*"
                     rf"([（(].*[)）])?[{NOTE_MARKS}]*\s*|\s*[{ZERO_WORDS}]\s*|[\s\-−－—–/／…无]*|持平", re.S)
_DIGIT = re.compile(r"[\d０-９]")


#: What import says first of a copy in reading order whose tables it could not read whole: what such a copy is, …
_READING_ORDER = "这份文本像是从 PDF 按阅读顺序复制的：统计表的每一格各占一行，行名和数字分开了。"
#: … that the rows whose figures it could not place were not guessed, …
_SOME_ROWS = ("行名后面紧跟着的数字正好是这一行的格数的，已按行读出；对不上的行没有猜，留了占位（见表格处的提示）：请对照原件填写，"
              "或直接导入 PDF 文件，或改用 PDF 阅读器的“另存为文本”（pdftotext -layout）保留版式的文本")
#: … or that it found tables whose rows it could not tell.
_NO_TABLE = ("统计表里找不到行名后面紧跟着数字的行，表格读不出来：请直接导入 PDF 文件，或改用 PDF 阅读器的“另存为文本”"
             "（pdftotext -layout）保留版式的文本")


def read(path: Path) -> Published:
    """The lines of ``path`` as paragraphs, and each table's lines as a table."""
    published = Published(str(path))
    every = _number_tabs(_lines(decode(Path(path).read_bytes())))
    kept = _undoubled(every)
    copied = [every[k] for k in kept]

    def number(n: int) -> int:
        """The number in the file of the ``n``th line read."""
        return kept[n - 1] + 1

    kind = copy_kind(copied)
    layout, cells = kind == "layout", kind == "cells"
    if kind in ("cells", "pieces"):
        copied = _upright_joined(copied)
        heads = {re.sub(r"\s+", "", copied[i]) for i in _page_tops(copied)}  # no cells, as a page's number is not
        read_out, unplaced = regrouped(copied, lambda text: _junk(text) or re.sub(r"\s+", "", text) in heads,
                                       whole=not cells)
        # the places a message names too are the file's lines
        published.unread += [(f"第 {number(i + 1)} 行", re.sub(r"第 (\d+) 行", lambda m: f"第 {number(int(m[1]))} 行",
                                                              message)) for i, message in unplaced]
        if cells and (unplaced or in_reading_order(read_out)):  # rows not read, or still a table a cell a line
            published.unread.insert(0, ("文首", _READING_ORDER + (_SOME_ROWS if unplaced else _NO_TABLE)))
        copied = read_out
    lines, numbers, left = repaired(copied, layout)
    published.unread += [(f"第 {number(n)} 行", message) for n, message in left]
    feeds = {i for i, n in enumerate(numbers) if copied[n - 1].startswith("\f")}  # the lines a page starts with
    breaks = feeds if layout else None
    numbers = list(map(number, numbers))
    lines = lines if layout else _spaced_rows(_cell_lines(_numbered_cell_lines(lines)))
    paged = any("\f" in line for line in copied)
    folded = _folded(lines, paged) if breaks is None else None
    # lines justifying spread apart (址 ： 绵 阳 市 …): full to the edge, however short once their blanks are out
    spread = frozenset(i for i, line in enumerate(lines) if _SPREAD.search(line))
    if breaks is not None or folded or paged:
        # a page's copy (pdftotext's shows its pages): its blanks between a Chinese character and a figure are printed;
        # in one folded at a width, where it has them at many such edges (else the writer's: 浓度和 AQI)
        printed = _PRINTED_SPACE if breaks is not None or paged or _gaps_printed(lines) else _SPREAD_SPACE
        lines = [printed.sub("", line) if _kind(line) in ("text", "tab") else line for line in lines]
    pages = _bare_page_numbers(lines, feeds)
    # a copy that shows its pages (folded at their width, their numbers between its lines) may repeat their heads too
    heads = _running_heads(lines) if folded or _paged(lines, feeds) else set()
    lines, cut = _wraps_joined(lines, breaks, folded, heads | pages, closing(lines), spread)
    lines = _table_titles_joined(lines)
    signed = closing(lines)
    kinds = _lone_cells(lines, [_kind(line) for line in lines])
    table: _Table | None = None
    wrapped = ""  # the start of a cell whose text went on to the next line
    junk: list[Para] = []  # a page's number or a site's buttons among the table's rows, added after it
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        place = f"第 {numbers[i]} 行"
        if i in cut:
            published.add(Para(line.strip(BLANKS), place, "junk-in-sentence"))
            continue
        if kind == "text" and table is not None and (_junk(line) or i in pages) \
                and next((k for k in kinds[i + 1:] if k != "blank"), None) == table.kind:
            # a page's foot set apart by blank lines (a table going on over the page: :func:`_goes_on`) is a page's
            # number as one between paragraphs is, till the table goes on past it; one among the rows, a copy's junk
            # in the table
            foot = kinds[i - 1] == "blank" and (PAGE_NUMBER.fullmatch(line.strip(BLANKS)) or i in pages)
            junk.append(Para(line.strip(BLANKS), place, "page-number" if foot else "junk"))
            continue
        if kind == "blank" and table is not None and _blank_figures(line, table):
            kind = kinds[i] = "tab"
        if kind == "text" and table is not None and table.kind == "pipe" and _within_cell(lines, kinds, i) or (
                table is not None and table.kind == "tab" and _row_goes_on(lines, kinds, i)):
            wrapped += line.strip(BLANKS)
            continue
        if table is not None and kind != table.kind and not (kind == "blank" and _goes_on(lines, kinds, i, table.kind)
                                                             and not _ends_table(lines, kinds, i, table)):
            table.add_to(published)
            table = None
            published.items += junk
            junk = []
        if kind == "blank" and table is not None:
            table.spaced = True
        if kind in ("tab", "pipe"):
            table = table or _Table(kind, laid_out=laid_out_tables(copied, layout))
            table.lines.append((wrapped + line.strip(BLANKS if kind == "tab" else None), place))
            wrapped = ""
            junk = [replace(para, role="junk") for para in junk]  # the table went on past them: they are in it
        elif kind == "text" and (PAGE_NUMBER.fullmatch(line.strip(BLANKS)) or i in heads or i in pages):
            # a page's foot, or its running head, between paragraphs
            published.add(Para(line.strip(BLANKS), place, "running-head" if i in heads else "page-number"))
        elif kind == "text" and i not in signed and (split := _RUN_IN.fullmatch(line.strip(BLANKS))) \
                and heading_level(split[1]) == 1:
            published.add(Para(split[1], place, "heading"))  # a part's heading, a blank between it and its text
            published.add(Para(split[2], place))
        elif kind != "blank" or table is None:
            published.add(Para(line, place, "right" if i in signed else "body"))
    if table is not None:
        table.add_to(published)
    published.items += junk
    read_once(published)
    return published


#: A part's heading (一、概述) and its text on one line, blanks between (一、概述　本机关……), where a copy lost the line
#: break: the heading's words short, no clause; the text ten characters or more.
_RUN_IN = re.compile("([一二三四五六七八九十]+、[ \u3000]*[^。，,；;：:\\s]{2,30})[ \u3000\xa0]+(\\S.{9,})")


#: A character of a label a narrow cell writes upright, a character a line.
_UPRIGHT = re.compile(r"[\u4e00-\u9fff、（）()]")


def _upright_joined(lines: list[str]) -> list[str]:
    """``lines`` of a copy in reading order with each statistics table's label a tall merged cell wrote upright (三 / 、
    / 本 / 年 … on lines of their own, 申 / 请 / 人 / 情 / 况; two such cells one after another too) joined on its first
    line, the others left blank (a page's form feed kept), so that the table's reader takes it as the label it is, not
    as characters among the rows. A label a page's foot cut (（ / 六 above it, ） / 其 / 他 … below) stays in
    characters, as the reader takes them."""
    labels = head_labels() | group_rows()
    chars = [line.strip(BLANKS + "\f") for line in lines]
    out = list(lines)
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and _UPRIGHT.fullmatch(chars[end]):
            end += 1
        stop = next((j for j in range(end, i + 2, -1) if norm("".join(chars[i:j])) in labels), None)
        if stop is None:
            i += 1
            continue
        out[i:stop] = ["\f" * line.startswith("\f") for line in lines[i:stop]]
        out[i] += "".join(chars[i:stop])
        i = stop
    return out


#: Where a line ends: as :meth:`str.splitlines` has it, but for the form feed, which starts a page on a line of the
#: file (pdftotext's), as an editor counts them.
_LINE_END = re.compile("\r\n|[\n\r\x0b\x1c-\x1e\x85\u2028\u2029]")


def _lines(text: str) -> list[str]:
    """The lines of ``text`` (:data:`_LINE_END`)."""
    lines = _LINE_END.split(text)
    return lines[:-1] if lines[-1] == "" else lines


def _undoubled(lines: list[str]) -> list[int]:
    """The indexes of ``lines`` to read: all of them; but where every line of words is set apart from the next by
    blank lines, an odd number each time (a copy whose line ends were doubled: CR CR LF read as two, a blank line
    after each line), of each run of 2n + 1 blank lines the first n, the copy's own blank lines."""
    words = [i for i, line in enumerate(lines) if line.strip(BLANKS + "\f")]
    runs = [b - a - 1 for a, b in itertools.pairwise(words)]
    if len(runs) < 4 or any(run % 2 == 0 for run in runs):
        return list(range(len(lines)))
    kept = list(range(words[0]))
    for a, run in zip(words, runs):
        kept += range(a, a + 1 + run // 2)
    return kept + list(range(words[-1], len(lines)))


def _number_tabs(lines: list[str]) -> list[str]:
    """``lines`` without the tab after a heading's number that a copy of Word's or WPS's automatic numbering gives
    (一、⇥总体情况, （一）⇥主动公开, I.⇥总体情况): the number alone before the tab, words after it and no other tab.
    Not a table's rows: a cell of figures after the number, or rows so right under a head of two cells of words
    (序号⇥单位 / 1.⇥县财政局 / 2.⇥县教育局)."""
    def untabbed(line: str) -> str | None:
        head, tab, rest = line.partition("\t")
        words = rest.strip(BLANKS)
        if not tab or "\t" in rest or not words or _FIGURE.fullmatch(words):
            return None
        joined = head.strip(BLANKS) + words
        return line[:len(line) - len(line.lstrip(BLANKS))] + joined \
            if numbering(joined) and after_number(joined) == words else None

    out = list(lines)
    rows: str | None = None  # under a head of two cells of words: "" or the style of its rows' numbers (1.)
    for i, line in enumerate(lines):
        if not line.strip(BLANKS):
            continue
        if (text := untabbed(line)) is None:
            cells = line.strip(BLANKS).split("\t")
            rows = "" if len(cells) == 2 and not _DIGIT.search(cells[1]) else None
            continue
        style = (numbered_style(text) or ("",))[0]
        if rows is None or rows not in ("", style):  # a heading, or one numbered otherwise after the rows
            out[i], rows = text, None
        else:
            rows = style
    return out


#: A blank a copy keeping a PDF page's layout reads where the page only left room: between a Chinese character and a
#: digit or a letter (612 条), between Chinese characters spread apart to fill a line; one blank alone, as the PDF
#: reader (:mod:`.pdf`) leaves it out.
_PRINTED_SPACE = re.compile("(?<=[^\x00-\x7f\u3000\xa0]) (?=[^ ])|(?<=[^ ]) (?=[^\x00-\x7f\u3000\xa0])")
#: … but for one between a Chinese character and a figure or a Latin letter: one the writer typed (浓度和 AQI), in a copy
#: whose page set no gap there (:func:`_gaps_printed`).
_SPREAD_SPACE = re.compile("(?<=[^\x00-\x7f\u3000\xa0]) (?=[^ 0-9A-Za-z])|(?<=[^ 0-9A-Za-z]) (?=[^\x00-\x7f\u3000\xa0])")
#: Where a Chinese character meets a figure or a Latin letter, a blank between or none: 2018 年, 和AQI.
_FIGURE_EDGE = re.compile("(?<=[\u4e00-\u9fff]) ?(?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) ?(?=[\u4e00-\u9fff])")


def _gaps_printed(lines: list[str]) -> bool:
    """Whether ``lines`` (a copy folded at a width, not showing its pages) have a blank where a Chinese character meets
    a figure or a Latin letter, at a third of such edges or more: the gap a page sets there (Word's, WPS's,
    reportkit's), which a PDF's copy gives as a blank whether or not the writer typed one. A text saved folded at a
    width (with its line breaks) writes nearly all together (2024年, 300条): a blank it has there is the writer's."""
    edges = [edge.group() for line in lines for edge in _FIGURE_EDGE.finditer(line)]
    return sum(map(bool, edges)) * 3 >= len(edges)


#: The start of a line that no paragraph starts with: the copy wrapped a sentence there (收到申请26 / 件，…). A closing
#: mark; or a measure word after the figure ending the line before: 件, 人次, 万元, 个工作日 (十五 / 个工作日), and 项 个
#: 次 元 条 份 only before a mark (项目, 个别, 次年, 元旦, 条例, 份额 may start a paragraph).
_WRAPPED_START = re.compile(r"[，,。、；;：:！!？?）)」』”]|(?P<unit>件|人次|万元|个(?:工作日|百分点|月)"
                            r"|[项个次元条份](?=[，,。、；;：:！!？?）)]|\s|$))")
#: A figure ending a line: in digits or Chinese numerals.
_FIGURE_END = re.compile(r"[\d０-９〇零一二两三四五六七八九十百千万]\s*$")
#: A figure in digits ending a line right after a Chinese character (下降3.5, 收取350): a sentence cut before its unit,
#: which the next line starts with (:data:`.labels.FIGURE_UNIT`: 个百分点, 千元, %, 元整); never a table's row or a
#: contact's number (电话：0000-1234567).
_DIGITS_END = re.compile(r"[\u4e00-\u9fff][\d０-９]+(?:[.．][\d０-９]+)?\s*$")
_UNIT_START = re.compile(FIGURE_UNIT)


def _wraps_joined(lines: list[str], breaks: set[int] | None = None, folded: _Fold | None = None,
                  heads: frozenset[int] | set[int] = frozenset(),
                  signed: frozenset[int] | set[int] = frozenset(),
                  spread: frozenset[int] = frozenset()) -> tuple[list[str], set[int]]:
    """``lines`` with each line of text that goes on with a sentence (:data:`_WRAPPED_START`) joined to the last line
    of text before it, and left blank: the figure there keeps its unit (申请26件), and the paragraph is one. In a copy
    keeping the page's layout (``breaks``: the lines a page starts with), a line going on at the page's left edge too
    (:func:`_at_edge`; after one of the lines ``spread`` apart by justifying, full whatever their width now); in a copy ``folded`` at a width, a line going on after one filled to it (:func:`_wraps_on`);
    in any copy, a line going on after a page's foot that cut a sentence (:func:`_cut_by_page`); in a copy whose
    paragraphs start with the “　　” indent (:func:`_indented`), a line without it under a paragraph's line
    (:func:`_under_indent`), however few lines wrap.
    With the lines between the two that are a page's number or a site's footer (:func:`_junk`), or a running head
    or a bare page's number (``heads``), which are no text. The 署名 and 成文日期 (``signed``: :func:`closing`) go on
    with nothing: a 附件说明 filling its line over them ends there; nor does an attachment's mark
    (:func:`_marks_attachment`)."""
    out, cut = list(lines), set()
    widths = sorted(monospaced_width(line.rstrip()) for line in lines if _kind(line) == "text" and _body(line))
    width = widths[len(widths) * 3 // 5] if widths else 0  # most lines are a paragraph's lines, filled to the edge
    last = previous = None  # the last line of text, to which a wrapped line is joined; the line it ends with
    widest = _indented(lines)
    for i, line in enumerate(lines):
        kind = _kind(line)
        if kind == "blank" or kind == "text" and (_junk(line) or i in heads):
            continue
        start = _WRAPPED_START.match(line.strip(BLANKS)) if kind == "text" else None
        unit = kind == "text" and _UNIT_START.match(line.strip(BLANKS)) and last is not None \
            and _DIGITS_END.search(out[last])
        if last is not None and i not in signed and not _marks_attachment(lines, previous, i, breaks) and (start and (not start["unit"] or _FIGURE_END.search(out[last])) or unit
                                 or breaks is not None and kind == "text"
                                 and _at_edge(lines, previous, i, breaks, width, previous in spread)
                                 or folded is not None and kind == "text"
                                 and _wraps_on(lines, previous, i, folded, heads, out[last])
                                 or widest is not None and kind == "text"
                                 and _under_indent(lines, out[last], previous, i, widest, heads)
                                 or kind == "text" and _cut_by_page(lines, out[last], previous, i, heads)):
            # words of Latin letters wrapped apart keep their space; a number's digits, wrapped anywhere, none
            latin = re.match(r"[A-Za-z]", line.strip(BLANKS)) and re.search(r"[A-Za-z]$", out[last].rstrip(BLANKS))
            out[last] = out[last].rstrip(BLANKS) + " " * bool(latin) + line.strip(BLANKS)
            out[i] = ""
            cut.update(k for k in range(previous + 1, i) if lines[k].strip(BLANKS))
            previous = i
            continue
        last = previous = i if kind == "text" else None
    return out, cut


#: A paragraph's indent in a text copy: two full-width blanks (or four ASCII ones), no more (a title centred by blanks).
_INDENT = re.compile("(?:\u3000\u3000|    )(?![ \u3000\t])")


def _indented(lines: list[str]) -> int | None:
    """How wide (:func:`.layout.monospaced_width`) the widest line of text is in a copy whose paragraphs start with the
    indent (:data:`_INDENT`): a tenth of its lines of text, and two at least, do; None in another copy."""
    texts = [line for line in lines if _kind(line) == "text" and line.strip(BLANKS)]
    starts = sum(bool(_INDENT.match(line)) for line in texts)
    return max(monospaced_width(line.rstrip()) for line in texts) if starts >= max(2, len(texts) / 10) else None


def _under_indent(lines: list[str], paragraph: str, previous: int, i: int, widest: int,
                  heads: set[int] | frozenset[int]) -> bool:
    """Whether line ``i`` of a copy with indented paragraphs is the wrapped rest of the ``paragraph`` whose last line
    ``previous`` is: that paragraph starts with the indent (a title and an addressee do not) and is no heading alone,
    its last line, within four characters of the ``widest`` line, ends no sentence or clause (:data:`_SENTENCE_END`);
    this line starts at the left edge, is no heading, date or table's row, with no blank line between but around a
    page's number or running head (``heads``)."""
    above, text = lines[previous].rstrip(BLANKS), lines[i].strip(BLANKS)
    between = range(previous + 1, i)
    return bool(_INDENT.match(paragraph)) and not (heading_level(paragraph.strip(BLANKS)) and "。" not in paragraph) \
        and monospaced_width(above) >= widest - 8 and above[-1:] not in _SENTENCE_END and lines[i][:1] not in BLANKS \
        and not heading_level(text) and not parse_date(text) and not LAID_OUT.search(lines[i]) \
        and (all(lines[k].strip(BLANKS) for k in between) or any(_junk(lines[k]) or k in heads for k in between))


#: A table's title as a task table's ends: 主要任务分解表, 责任分工表, 任务清单.
_TABLE_TITLE_END = re.compile(r"(?:分解|分工|任务)(?:表|清单)$")


def _table_titles_joined(lines: list[str]) -> list[str]:
    """``lines`` with a table's title (:data:`_TABLE_TITLE_END`) that the page wrapped before its last few characters
    (…任务分解 / 表, set centred) as one line, the piece's line left blank: a piece of five characters or fewer is
    no line the author broke the title at (that is after the organ's name, 莆田市环境保护局 / 2018年…分解表)."""
    out = list(lines)
    for i in range(1, len(lines)):
        above, piece = lines[i - 1].strip(BLANKS + "\f"), lines[i].strip(BLANKS)
        if _kind(lines[i - 1]) == "text" and _kind(lines[i]) == "text" and 0 < len(piece) <= 5 \
                and not re.search("[。，；：,;:]", above + piece) and len(above) <= 60 \
                and _TABLE_TITLE_END.search(above + piece) and not _TABLE_TITLE_END.search(above):
            out[i - 1] = out[i - 1].rstrip(BLANKS) + piece
            out[i] = ""
    return out


def _marks_attachment(lines: list[str], previous: int | None, i: int, breaks: set[int] | None = None) -> bool:
    """Whether line ``i`` starts a 附件说明 (附件：…) or marks an attachment (附件, 附件2) at a page's top, with a page's
    foot between it and the line ``previous`` (a 附件说明 filling its line), or as the first line of a page (one of
    ``breaks``) without a number: no words going on with a sentence."""
    text = lines[i].strip(BLANKS + "\f")
    return bool(ATTACHMENT.match(text)) and (re.search("[:：]", text) is not None or i in (breaks or ())
                                             or previous is not None
                                             and any(lines[k].strip(BLANKS) for k in range(previous + 1, i)))


def _at_edge(lines: list[str], previous: int, i: int, breaks: set[int], width: int, spread: bool = False) -> bool:
    """Whether line ``i`` of a copy keeping the page's layout goes on with the paragraph whose line ``previous`` is:
    it starts at the page's left edge, where a paragraph's first line and a heading are indented, and is no heading,
    and the line before it ends at the right edge (as wide as most lines, ``width``, but for three characters, or
    ``spread`` apart to it: 址 ： 绵 阳 市 … 电 话 ： over 0816-2232710，…), not pushed right (a 署名, a date); neither is a table's row (:data:`.copied.grids.LAID_OUT`). A blank line between ends the
    paragraph, but for a page's break, a page's number, between."""
    line, above = lines[i], lines[previous]
    between = range(previous + 1, i)
    text = line.strip(BLANKS)
    # as set: a copy whose printed blanks are out measures 12369环保…“两 short of the line it filled
    set_width = monospaced_width(above.rstrip()) - monospaced_width(above.strip(BLANKS)) + _set_width(above)
    full = spread or max(monospaced_width(above.rstrip()), set_width) >= width - 6 \
        or _word_down(above.rstrip(), text, monospaced_width, width - 6)
    return line[:1] not in BLANKS and _body(above) and full \
        and not LAID_OUT.search(line) and not (heading_level(text) and "。" not in text and len(text) <= 40) \
        and (all(lines[k].strip(BLANKS) for k in between) or i in breaks
             or any(k in breaks or _junk(lines[k]) for k in between))


#: What a sentence or a paragraph ends with.
_SENTENCE_END = "。！？!?；;：:"
#: What of it a paragraph ends with where the copy lost the indents: a line filled to the width ending a clause
#: (；, ：, 电话：) ended there by chance, the renderer breaking before a word that did not fit.
_PARAGRAPH_END = "。！？!?"
#: A blank between words, a Chinese one on either side: a table's cells a copy parted by spaces (类别 条数, 其他类 770).
_WORDS_APART = re.compile("[^\x00-\x7f\u3000\xa0][ \u3000\xa0]+[^ \u3000\xa0]|[^ \u3000\xa0][ \u3000\xa0]+[^\x00-\x7f\u3000\xa0]")


@dataclass(frozen=True)
class _Fold:
    """How a copy folded its paragraphs' lines: at ``width`` as ``measure`` counts (characters, or columns: a PDF
    reader's copy fills lines by the page's width, where digits are narrow), give or take ``slack``; whether a
    paragraph's first line is indented (``indented``) and whether every line is set apart by a blank one
    (``spaced``: then a blank line parts no paragraphs); the lines whose characters justifying spread apart
    (``spread``: filled to the width, however short once those blanks are out); where the copy lost the indent of
    the page's paragraphs (a PDF's text: every first line falls short of the width by it), the least a line inside a
    paragraph measures and no first line does (``inside``)."""

    measure: typing.Callable[[str], int]
    width: int
    slack: int
    indented: bool
    spaced: bool
    spread: frozenset[int]
    inside: int | None = None

    def full(self, line: str, slack: int = 1) -> bool:
        """Whether ``line`` is filled to the width, give or take ``slack`` times the copy's, as counted or as set
        (:meth:`set_width`: a line of Latin words or quotes the copy gave without the page's gaps)."""
        return max(self.measure(line.rstrip(BLANKS)), self.set_width(line)) >= self.width - self.slack * slack

    def within(self, line: str) -> bool:
        """Whether ``line`` is too wide for a paragraph's first line, whose indent the copy lost (:attr:`inside`)."""
        return self.inside is not None and self.set_width(line) >= self.inside

    def set_width(self, line: str) -> int:
        """How wide ``line`` was set, the blanks a page leaves out (:data:`_PRINTED_SPACE`): in a PDF's copy (measured
        in columns) as :func:`.layout.text_width` has it, in columns, where a Latin letter or a digit is half a Chinese
        character, a quote a whole one, and the gap the page sets between Chinese and them (which the copy gave as a
        blank or lost) is counted (:func:`_set_width`); in a copy folded at a count of characters, that count."""
        return len(_PRINTED_SPACE.sub("", line.strip(BLANKS))) if self.measure is len else _set_width(line)


def _set_width(line: str) -> int:
    """How many columns of a PDF's page ``line`` of its copy was set in, its indent aside, as :func:`.layout.text_width`
    has it: a Latin letter or a digit half a Chinese character, a quote a whole one, the gap the page sets between
    Chinese and them (the copy gives a blank or none) counted, a Latin capital ¾ (the faces setting Latin in a Chinese
    page, FandolFang's, Times New Roman's, have them 0.6–0.8 wide: 政务 QQ 群 over half a character wider than
    counted ½)."""
    text = _PRINTED_SPACE.sub("", line.strip(BLANKS))
    return round(2 * text_width(text, Geometry().autospace_em) + sum("A" <= ch <= "Z" for ch in text) / 2)


#: A PDF's copy (pdftotext's, its pages apart by form feeds) with fewer lines half as wide as its widest is short: one
#: line filled to that width and cut inside a sentence tells that the copy folded its lines.
_SHORT_COPY = 16


def _folded(lines: list[str], paged: bool = False) -> _Fold | None:
    """How the copy folded its lines (:class:`_Fold`), where a quarter of its lines of text half as wide or more (not
    a table's cells copied a line each) end at one width, a width of a page's line (16 characters or more), next to
    none goes past it, and most of those (three at least) end inside a sentence (:func:`_cut_inside`); in a PDF's short
    copy (:data:`_SHORT_COPY`; ``paged``: form feeds part its pages, as pdftotext gives them), where one line does at
    its widest lines' width; None for a copy whose lines are paragraphs."""
    texts = [i for i, line in enumerate(lines) if _kind(line) == "text" and not _junk(line)]
    cut = [_cut_inside(lines[i].strip(BLANKS)) for i in texts]
    ended = [lines[i].rstrip(BLANKS)[-1:] in _PARAGRAPH_END for i in texts]
    found = None
    for measure, slack, least in ((len, 2, 16), (monospaced_width, 8, 32)):
        sizes = [measure(lines[i].rstrip(BLANKS)) for i in texts]
        for width in set(sizes):
            full = [(inside, ends) for size, inside, ends in zip(sizes, cut, ended) if width - slack <= size <= width]
            over = sum(size > width for size in sizes)
            wide = sum(size * 2 >= width for size in sizes)
            cuts = sum(inside for inside, _ in full)
            # many lines filled to the width, few past it, most of those not ending a paragraph (a paragraph of one
            # line may fill it) cut inside a sentence; in a PDF's short copy (few paragraphs wrapping), one line as
            # wide as any cut inside a sentence
            short = paged and wide < _SHORT_COPY and not over
            if width >= least and len(full) >= (1 if short else max(4, wide // 4)) and over <= len(texts) // 20 \
                    and cuts >= (1 if short else max(3, (len(full) - sum(ends for _, ends in full)) / 2)) \
                    and (found is None or len(full) > found[0]):
                found = len(full), measure, width, slack
    if found is None:
        return None
    pairs = list(itertools.pairwise(texts))
    spaced = sum(any(not lines[k].strip(BLANKS) for k in range(a + 1, b)) for a, b in pairs) >= len(pairs) * 0.7
    indented = sum(lines[i][:1] in BLANKS for i in texts) >= len(texts) * 0.1
    fold = _Fold(*found[1:], indented, spaced, frozenset(i for i in texts if _SPREAD.search(lines[i])))
    return fold if indented else replace(fold, inside=_inside(lines, pairs, fold))


def _inside(lines: list[str], pairs: list[tuple[int, int]], fold: _Fold) -> int | None:
    """The least width (as set: :meth:`_Fold.set_width`) of a line inside a paragraph that no
    paragraph's first line has, in a copy that lost the page's indents: full lines cut inside a sentence
    (:func:`_cut_inside`) after a short line ending a sentence or a heading (first lines) most of them narrower by the
    indent (two columns at least) than full lines after one cut inside a sentence (inside a paragraph); None where
    they are as wide (a copy folded at a count of characters, a page whose paragraphs start at the left edge)."""
    first: list[int] = []
    inner: list[int] = []
    for a, b in pairs:
        above, text = lines[a].strip(BLANKS), lines[b].strip(BLANKS)
        if not fold.full(text) or heading_level(text):
            continue
        size = fold.set_width(text)
        if not fold.full(above) and (above[-1:] in _SENTENCE_END or heading_level(above)) and _cut_inside(text):
            first.append(size)
        elif fold.full(above) and _cut_inside(above):
            inner.append(size)
    if len(first) < 3 or len(inner) < 3:
        return None
    usual, full = Counter(first).most_common(1)[0][0], sorted(inner)[len(inner) // 2]  # both as set
    least = (usual + full + 1) // 2
    apart = sum(size >= least for size in inner) >= len(inner) / 2 \
        and sum(size >= least for size in first) <= len(first) / 5
    return least if full - usual >= 2 and apart else None


#: Characters a justified line spread apart, as a PDF's copy gives them: 址 ： 绵 阳 市 顺 河.
_SPREAD = re.compile("(?:[^\x00-\x7f] ){4}[^\x00-\x7f]")


def _cut_inside(text: str) -> bool:
    """Whether the line ``text`` ends inside a sentence it holds a clause of: a comma or a stop in it, no stop at its end,
    no heading (a title, a heading, a 署名 fill a line no less, but are no sentence)."""
    return bool(re.search("[，、；。,;]", text)) and text[-1:] not in _SENTENCE_END and not heading_level(text)


#: Blanks parting a table's cells in a copy that wrote each row on a line (政策法规类 210).
_CELL_GAP = re.compile("[ \u3000\xa0]+")


def _spaced_rows(lines: list[str]) -> list[str]:
    """``lines`` with each run of two lines of text or more (blank lines between them aside) that are a table's rows
    whose cells a copy parted by blanks, as rows of cells parted by tabs: as many cells in each, two or more, each
    short and no sentence, every row ending with a figure, the first one maybe a head of words without a digit
    (类别 条数 / 政策法规类 210), the last maybe fewer (历年累计 3627: its figure across columns); not where a row starts
    with a figure."""
    out = list(lines)
    cells = [_CELL_GAP.split(line.strip(BLANKS)) if _kind(line) == "text" and not _junk(line) else None for line in lines]
    i = 0
    while i < len(lines):
        run = [i] if cells[i] and len(cells[i]) > 1 else []
        end = i + 1
        while run and end < len(lines) and (cells[end] and len(cells[end]) == len(cells[i])
                                             or _kind(lines[end]) == "blank"):
            run += [end] if cells[end] else []
            end += 1
        last = cells[end] if len(run) > 2 and end < len(lines) else None
        if last and 1 < len(last) < len(cells[i]) and not _DIGIT.search(last[0]) \
                and _DIGIT.search(last[-1]) and _FIGURE.fullmatch(last[-1]):
            run.append(end)  # a last row whose figure spans columns (历年累计主动公开 3627)
            end += 1
        rows = [cells[k] for k in run]
        body = rows[1:] if rows and not any(map(_DIGIT.search, rows[0])) else rows
        if len(rows) > 1 and body and all(len(cell) <= 20 and not re.search("[。，；,;]", cell) for row in rows for cell in row) \
                and not any(_DIGIT.search(row[0]) and _FIGURE.fullmatch(row[0]) for row in rows) \
                and all(_DIGIT.search(row[-1]) and _FIGURE.fullmatch(row[-1]) for row in body):
            for k in run:
                out[k] = "\t".join(cells[k])
        i = end
    return out


def _cell_lines(lines: list[str]) -> list[str]:
    """``lines`` with each table copied a cell per line (a PDF's text in reading order: 类别 / 条数 / 占比 / 政策法规类 /
    210 / 17.0% …) as rows of cells parted by tabs, each on its first cell's line, the others left blank: where a head
    of words (two to six cells, no figure) lines up with two rows or more under it, each a label (其中：在线申请 too)
    and a cell for each of the head's other columns. A column is one of figures where the first row has a figure or a
    mark of none there (—, /, 无: a narrow cell's placeholder, kept), the first after the label always; else of words
    (备注: 按季), any short line, and then the rows must end where the table's lines do: a cell the copy lost (a blank
    one gives no line) would set the rest a column off. In a table of figures a last row may have fewer (历年累计 /
    3627: its figure across the columns). Not the statistics tables', which :mod:`.copied.reading_order` reads by their
    labels."""
    def short(k: int) -> bool:
        text = lines[k].strip(BLANKS)
        return _kind(lines[k]) == "text" and len(text) <= 20 and not re.search("[。，；,;]|[：:]$", text) \
            and not heading_level(text) and not _junk(text)

    def cell(k: int) -> bool:
        """A figure's cell: a figure, or a mark of none."""
        return short(k) and bool(_FIGURE.fullmatch(lines[k].strip(BLANKS)))

    def figure(k: int) -> bool:
        return cell(k) and bool(_DIGIT.search(lines[k]))

    out = list(lines)
    seq = [k for k, line in enumerate(lines) if line.strip(BLANKS)]  # the lines with words, blank lines aside
    statistics = (row_cells().keys() | group_rows() | head_labels()) - _COMMON  # 合计, 其他: any table's too
    p = 0
    while p < len(seq):
        best: list[list[int]] = []
        for width in range(2, 7) if figure(seq[p]) else ():
            head = seq[max(0, p - 1 - width):p - 1]
            # a head's cell of one character is a tall cell's label written upright (申 / 请 / 方 / 式), no head; nor is
            # one opening with 序号, whose column holds the rows' numbers, not labels (序号 / 工作任务 over 具体措施 / 1: a
            # task table's head the copy broke, its numbers read as the figures of the cells beside)
            if len(head) < width or not all(short(k) and not figure(k) and not _UPRIGHT.fullmatch(lines[k].strip(BLANKS))
                                            for k in head) or _SERIAL_HEAD.fullmatch(lines[head[0]].strip(BLANKS)):
                continue
            rows, at = [head], p - 1
            words = {j for j in range(2, width) if p - 1 + j < len(seq) and not cell(seq[p - 1 + j])}
            while at + width <= len(seq) and short(seq[at]) and not cell(seq[at]) \
                    and all(short(seq[at + j]) if j in words else cell(seq[at + j]) for j in range(1, width)):
                rows.append(seq[at:at + width])
                at += width
            if words and at < len(seq) and short(seq[at]):
                continue
            # a last row whose figure spans columns (历年累计 / 3627), the table ending after it
            tail = next((n for n in range(2, width) if at + n <= len(seq) and all(map(figure, seq[at + 1:at + n]))
                         and not (at + n < len(seq) and figure(seq[at + n]))), None) if not words else None
            if len(rows) > 2 and tail and short(seq[at]) and not figure(seq[at]):
                rows.append(seq[at:at + tail])
            if len(rows) > 2 and len(rows) > len(best) \
                    and not any(norm(lines[k]) in statistics for row in rows for k in row):
                best = rows
        if best:
            for row in best:
                out[row[0]] = "\t".join(lines[k].strip(BLANKS) for k in row)
                for k in row[1:]:
                    out[k] = ""
            p = seq.index(best[-1][-1]) + 1
        else:
            p += 1
    return out


def _numbered_cell_lines(lines: list[str]) -> list[str]:
    """``lines`` with each table copied a cell per line whose rows are numbered as rows (:func:`_numbered_rows`); so
    too where the copy set each cell apart by a blank line (a PDF's text in reading order, pdftotext's: 序号 / blank /
    股室 / blank / … / 1 / blank / 办公室 / …), read from the lines with words alone."""
    out = _numbered_rows(lines)
    words = [k for k, line in enumerate(out) if line.strip(BLANKS)]
    for k, line in zip(words, _numbered_rows([out[k] for k in words], words)):
        out[k] = line
    return out


def _numbered_rows(lines: list[str], apart: list[int] | None = None) -> list[str]:
    """``lines`` with a table copied a cell per line whose rows are numbered (an office's 另存为纯文本 of a work plan's
    task table: 序号 / 工作任务 / 具体措施 / 责任单位 / 完成时限 / 1 / 做好… / … / 3.2 / (blank: a cell merged down) / …) as
    rows of cells parted by tabs, each on its first line, the others left blank: a head of two to eight short words (no
    figure, no sentence, none a statistics table's), then two rows or more, each from its number (序号) to the next
    number in order (:func:`_next_serial`), the last as many lines as the head, one row at least as wide as the head;
    a row not as wide has no cell that might be a number (a count that might be the next row's). A blank line in a
    row is an empty cell.
    A row of more lines than the head has cells is one whose cell of paragraphs (具体措施) the copy gave a line each:
    where the lines ending a sentence that follow one another are as many as the lines too many, they are one cell;
    else the table ends before that row.
    With ``apart`` (each line's number in a copy whose blank lines were left out), only a table whose every cell was
    a blank line apart there, its head's first cell 序号 (:data:`_SERIAL_HEAD`), each row as wide as the head."""
    def word(k: int) -> bool:
        text = lines[k].strip(BLANKS)
        return _kind(lines[k]) == "text" and len(text) <= 20 and not re.search("[。，；,;：:]", text) \
            and not _DIGIT.search(text) and not heading_level(text) and norm(text) not in statistics

    def cells(start: int, stop: int, width: int) -> list[str] | None:
        """The cells of the row on lines ``start`` to ``stop``, or None for no row."""
        texts = [line.strip(BLANKS) for line in lines[start:stop]]
        if stop > len(lines) or not any(texts[1:]) or any(_kind(line) not in ("text", "blank") or _junk(line)
                                                          for line in lines[start:stop]):
            return None
        joins = [k for k in range(1, len(texts) - 1) if texts[k][-1:] in "。！？" and texts[k + 1][-1:] in "。！？"]
        if len(texts) > width and len(joins) != len(texts) - width:
            return None
        for k in reversed(joins if len(texts) > width else []):
            texts[k:k + 2] = [texts[k] + texts[k + 1]]
        return texts

    def rows(at: int, width: int) -> list[tuple[int, int, list[str]]]:
        """The rows from line ``at``, the first one's number: each its lines' span and its cells."""
        found: list[tuple[int, int, list[str]]] = []
        while (key := _serial_key(lines[at]) if at < len(lines) else None) is not None:
            stop = next((k for k in (at + width, *range(at + 2, min(at + 2 * width, len(lines))))
                         if k < len(lines) and _next_serial(key, _serial_key(lines[k]))), None)
            row = cells(at, stop or at + width, width)
            if row is None or stop not in (None, at + width) and any(map(_serial_key, row[1:])):
                break  # a row set apart by the next number only, a cell of which may be that number (a count)
            found.append((at, stop or at + width, row))
            if stop is None:
                break
            at = stop
        return found

    statistics = (row_cells().keys() | group_rows() | head_labels()) - _COMMON
    out = list(lines)
    i = 0
    while i < len(lines):
        width = next((n for n in range(8, 1, -1) if i + n < len(lines) and all(map(word, range(i, i + n)))
                      and len(found := rows(i + n, n)) > 1 and max(len(row) for _, _, row in found) == n
                      and (apart is None or _SERIAL_HEAD.fullmatch(lines[i].strip(BLANKS))
                           and all(len(row) == n for _, _, row in found)
                           and all(b - a == 2 for a, b in itertools.pairwise(apart[i:found[-1][1]])))), None)
        if width is None:
            i += 1
            continue
        for start, stop, row in [(i, i + width, [line.strip(BLANKS) for line in lines[i:i + width]]),
                                 *rows(i + width, width)]:
            out[start:stop] = ["\t".join(row)] + [""] * (stop - start - 1)
            i = stop
    return out


def _serial_key(line: str) -> tuple[int, ...] | None:
    """The number of a table's row (序号) a line is alone (3.1, 12, （三）), as a key (3.1 as (3, 1)), or None."""
    text = line.strip(BLANKS)
    if not text or not SERIAL.fullmatch(text):
        return None
    return tuple(int(part) if part.isdigit() else numeral_value(part) or 0
                 for part in re.findall(r"[\d０-９]+|[一二三四五六七八九十]+", text))


def _next_serial(key: tuple[int, ...] | None, following: tuple[int, ...] | None) -> bool:
    """Whether the row number ``following`` comes right after ``key`` (both :func:`_serial_key`): the next at its
    level or one above it (3.2 or 4 after 3.1), the first below it (3.1 after 3), or the first below the next one
    (4.1 after 3.4)."""
    if key is None or following is None:
        return False
    return following == (*key, 1) or any(following in ((*key[:j - 1], key[j - 1] + 1), (*key[:j - 1], key[j - 1] + 1, 1))
                                         for j in range(1, len(key) + 1))


def _paged(lines: list[str], feeds: set[int] | None = None) -> bool:
    """Whether ``lines`` show their pages by numbers between them: two of :data:`.labels.PAGE_NUMBER` or more, or bare ones
    (:func:`_bare_page_numbers`, ``feeds`` as there)."""
    return sum(bool(PAGE_NUMBER.fullmatch(line.strip(BLANKS))) for line in lines) > 1 \
        or bool(_bare_page_numbers(lines, feeds))


def _page_tops(lines: list[str]) -> set[int]:
    """The running heads (:func:`_running_heads`) of a copy that shows its pages, each at a page's top (after a form
    feed or its number): no cell, where a table's cells are a line each (a cell's words may repeat as often)."""
    if not _paged(lines):
        return set()
    words = [i for i, line in enumerate(lines) if line.strip(BLANKS)]
    after = {b for a, b in itertools.pairwise(words) if _junk(lines[a]) or lines[b].startswith("\f")}
    return _running_heads(lines) & after


def _running_heads(lines: list[str]) -> set[int]:
    """The lines of a folded copy that repeat its first line (the title) word for word, or another line twice, as a
    page's running head does at each page's top: no sentence, no heading, six characters or more. The first stays
    (the title; a 署名 written again under an attachment is one repeat). Where the pages' numbers show how many pages
    there are, another line is one on half of them at least: an organ's name over the 署名, a plan's title and an
    attachment's title is none. Nor is a line over a date (the 署名) or under a 附件 mark (an attachment's title,
    wrapped after the organ's name as the title was)."""
    texts = {i: re.sub(r"\s+", "", line) for i, line in enumerate(lines) if _kind(line) == "text"}
    counts = Counter(texts.values())
    pages = sum(bool(PAGE_NUMBER.fullmatch(text)) for text in texts.values())
    first = next(iter(texts.values()), "")
    words = [None, *texts.values(), None]
    around = {i: (words[k], words[k + 2]) for k, i in enumerate(texts)}  # the lines of text before and after
    seen: set[str] = set()
    out = set()
    for i, text in texts.items():
        above, below = around[i]
        if text in seen and (text == first or counts[text] > 2 and counts[text] * 2 >= pages) and len(text) >= 6 \
                and not re.search("[。，；：,;:]", text) and not heading_level(text) \
                and not (below and parse_date(below) or above and ATTACHMENT.match(above)):
            out.add(i)
        seen.add(text)
    return out


def _wraps_on(lines: list[str], previous: int, i: int, folded: _Fold, heads: set[int] | frozenset[int],
              joined: str) -> bool:
    """Whether line ``i`` of a ``folded`` copy goes on with the paragraph whose line ``previous`` is: that line is
    filled to the width (nearly, where it stops inside a sentence: :func:`_cut_inside`; or spread apart), indented no
    more than a paragraph's first line (a title is centered), and no heading (but for the rest of one, no clause in
    it), nor a sentence's end where paragraphs are not indented (:data:`_PARAGRAPH_END`), but for one on a line
    wider than a first line (:meth:`_Fold.within`) before a line ending the paragraph: a paragraph's last line is
    seldom full, and a first line going on would be cut inside its sentence; this one starts at
    the left edge (a paragraph's first line may be indented, a 署名 is set right), is no heading, list item or date, nor a table's row after a sentence's end (its
    cells parted by blanks: :data:`_WORDS_APART`); no blank line between (a paragraph's end), but for a page's number
    or running head between, or a copy that sets every line apart. After a heading alone (the paragraph ``joined`` so
    far), only its rest: no clause, the whole no longer than :data:`.headings.LONG_HEADING`, and a full line only as
    its second (a heading filling two lines is followed by its text's first line, full too)."""
    above, text, joined = lines[previous].strip(BLANKS), lines[i].strip(BLANKS), joined.strip(BLANKS)
    between = range(previous + 1, i)
    # a line cut inside a sentence may fall short by twice as much: a PDF's copy loses the blanks set between Chinese
    # and figures (12369 环保), and a closing mark the next line may not start with takes a character down with it
    full = previous in folded.spread or folded.full(lines[previous]) \
        or _cut_inside(above) and folded.full(lines[previous], 2) \
        or _word_down(above, text, folded.measure, folded.width - folded.slack)
    return full and lead_width(lines[previous])[0] <= 2 and lines[i][:1] not in BLANKS \
        and not (heading_level(text) and not _numbered_wrap(above, text)) \
        and not (_heading_alone(joined) and (len(joined + text) > LONG_HEADING or re.search(_CLAUSE, text)
                                             or joined != above and folded.full(lines[i]))) \
        and not parse_date(text) \
        and (folded.indented or above[-1:] not in _PARAGRAPH_END or folded.within(lines[i])
             or folded.within(lines[previous]) and text[-1:] in _PARAGRAPH_END) \
        and not (above[-1:] in _SENTENCE_END and _WORDS_APART.search(text)) \
        and (folded.spaced or all(lines[k].strip(BLANKS) for k in between)
             or any(_junk(lines[k]) or k in heads for k in between))


#: A mark inside or at the end of a sentence's clause: a heading alone on its line has none.
_CLAUSE = "[。，,；;：:！？!?]"


def _heading_alone(line: str) -> bool:
    """Whether ``line`` (a line of a folded copy, stripped) is a heading alone on its line: an outline number at its
    start (一、, （一）), no clause or sentence in it (:data:`_CLAUSE`: 一、总体情况, 一、总体情况：). A line with one
    inside (（一）主动公开方面，全年…) is a paragraph's first line that starts with a number, and its wrap goes on."""
    return bool(heading_level(line)) and not re.search(_CLAUSE, line.rstrip("：:"))


def _numbered_wrap(above: str, text: str) -> bool:
    """Whether ``text``, a line starting as a heading does (一、二季度…), is the wrap of the sentence that the full line
    ``above`` stopped inside (:func:`_cut_inside`), no heading: it holds a clause or a sentence's end
    (:data:`_CLAUSE`), where a heading alone (二、主动公开政府信息情况) has none."""
    return _cut_inside(above) and bool(re.search(_CLAUSE, text))


#: A word no line breaks inside, at a line's start: Latin letters, a number, a web or mail address (no blank in it).
_WORD = re.compile(r"[\x21-\x7e]+")


def _word_down(above: str, text: str, measure: typing.Callable[[str], int], full: int) -> bool:
    """Whether the line ``above`` fell short of a full line (``full`` wide as ``measure`` counts) only as the word
    ``text`` starts with did not fit in what was left of it (从 / SQ2023000000001 至…, http:// / www.…): the two would
    fill it; ``above`` ends inside a sentence and is no heading."""
    word = _WORD.match(text)
    return word is not None and above[-1:] not in _SENTENCE_END and not heading_level(above) \
        and measure(above) + measure(word[0]) >= full


def _cut_by_page(lines: list[str], above: str, previous: int, i: int, heads: set[int] | frozenset[int]) -> bool:
    """Whether line ``i`` goes on with the paragraph ``above`` (its last line ``previous``) across a page's foot
    between them (a page's number, a running head: ``heads``; blank lines around): that paragraph stopped inside a
    sentence (a clause's comma or a full stop in it, none at its end; no heading, but one run in with its paragraph:
    （一）加强组织领导。要……; no date) and this line is no heading, date or table's row."""
    between = [k for k in range(previous + 1, i) if lines[k].strip(BLANKS)]
    above, text = above.strip(BLANKS), lines[i].strip(BLANKS)
    return bool(between) and all(_junk(lines[k]) or k in heads for k in between) \
        and bool(re.search("[，,；;。]", above[:-1])) and above[-1:] not in _SENTENCE_END \
        and not (heading_level(above) and "。" not in above[:-1]) \
        and not heading_level(text) and not parse_date(text) and not parse_date(above) and not LAID_OUT.search(text)


#: A page's number printed bare, alone on its line: 3.
_BARE_PAGE = re.compile(r"[1-9１-９][\d０-９]{0,2}")


def _bare_page_numbers(lines: list[str], feeds: set[int] | None = None) -> set[int]:
    """The lines that are a page's number printed bare (3) in a copy that shows its pages: two or more such lines, each
    between lines of text or a table's rows (not figures, as a table's cells copied a line each are), rising a page or
    two each time with two lines of text or more between (a list's items, numbered on lines of their own, are a line
    each). None in a copy whose pages' numbers are printed otherwise (—3—): bare numbers there number a table's rows.
    Where the copy starts each page with a form feed (pdftotext's; ``feeds``: the lines it is on, else those of
    ``lines`` starting with one), each is a page's foot: the last words before a page's start or the copy's end;
    in a copy without, a table's rows numbered under its 序号 are none (:func:`_row_numbers`)."""
    if any(PAGE_NUMBER.fullmatch(line.strip(BLANKS)) for line in lines):
        return set()
    feeds = {i for i, line in enumerate(lines) if line.startswith("\f")} if feeds is None else feeds
    words = [i for i, line in enumerate(lines) if line.strip(BLANKS + "\f")]
    feet = {a for a, b in itertools.pairwise(words) if b in feeds} | set(words[-1:])
    rows = set() if feeds else _row_numbers(lines)
    found: list[tuple[int, int]] = []  # (line, the page's number)
    texts = 0  # lines of text since the last found
    for i, line in enumerate(lines):
        text = line.strip(BLANKS)
        if not text:
            continue
        if _BARE_PAGE.fullmatch(text) and (not feeds or i in feet) and i not in rows:
            near = [next((lines[k].strip(BLANKS) for k in ks if lines[k].strip(BLANKS)), "")
                    for ks in (range(i - 1, -1, -1), range(i + 1, len(lines)))]
            if near[0] and all(_kind(k) != "pipe" and not (_DIGIT.search(k) and _FIGURE.fullmatch(k)) for k in near if k):
                if found and not (0 < int(text) - found[-1][1] <= 2 and texts >= 2):
                    return set()
                found.append((i, int(text)))
                texts = 0
                continue
        texts += 1
    return {i for i, _ in found} if len(found) >= 2 else set()


#: A table's head cell over its rows' numbers, alone on its line.
_SERIAL_HEAD = re.compile("序号|编号")


def _row_numbers(lines: list[str]) -> set[int]:
    """The lines numbering a table's rows, a number alone on each (a table copied a cell a line): after a line
    :data:`_SERIAL_HEAD` and before the next heading, 1, 2, 3 … each the next in order; another number there (a
    page's) is none."""
    out: set[int] = set()
    following = 0  # the next row's number; 0 outside a table
    for i, line in enumerate(lines):
        text = line.strip(BLANKS + "\f")
        if _SERIAL_HEAD.fullmatch(text):
            following = 1
        elif following and heading_level(text):
            following = 0
        elif following and _BARE_PAGE.fullmatch(text) and int(text) == following:
            out.add(i)
            following += 1
    return out


def _body(line: str) -> bool:
    """Whether ``line`` of a copy keeping the page's layout may be a paragraph's: indented no more than a paragraph's
    first line is (:data:`.labels.SET_OFF`), its words not parted by runs of blanks (a table's row)."""
    return lead_width(line)[0] < SET_OFF and not LAID_OUT.search(line.strip())


def _junk(line: str) -> bool:
    """Whether ``line`` is what a copy takes in from around the page, no text of the report: a page's number
    (:data:`.labels.PAGE_NUMBER`), a site's buttons and footer (打印本页, 关闭窗口 …)."""
    text = line.strip(BLANKS)
    return len(text) <= 60 and bool(PAGE_NUMBER.fullmatch(text) or WEB_FOOTER.search(text))


def _kind(line: str) -> str:
    text = line.strip(BLANKS)
    if "\t" in text.strip("\t") or (text.endswith("\t") and text.strip()) \
            or text.startswith("\t") and heads_only([text]):
        # cells parted by tabs, a label followed by empty cells, or table 二's head of one column after its corner cell
        # (信息内容) left empty
        return "tab"
    if _PIPE_CELL.fullmatch(text.strip()) or _PIPE_PAD.fullmatch(text.strip()):
        return "pipe"
    return "blank" if not text.strip() else "text"


def _blank_figures(line: str, table: _Table) -> bool:
    """Whether ``line``, tabs alone, is the row of figures of a copied table whose head has none yet, every figure
    left blank (table 四 of 0s printed blank); not a row of empty cells after figures (a page saved from Word ends
    each table with one, setting the columns' widths)."""
    return table.kind == "tab" and line.count("\t") >= 2 and not any(_DIGIT.search(text) for text, _ in table.lines)


def _goes_on(lines: list[str], kinds: list[str], i: int, kind: str) -> bool:
    """Whether the table of ``kind`` goes on after the blank line ``i``: a " |" table always (its rows are counted),
    a copied one when its next line is a row again (rows set a blank line apart; a page's foot between, its number
    set blank lines apart, as a copy keeping the page's layout has it)."""
    following = next((k for k, line in zip(kinds[i + 1:], lines[i + 1:]) if k != "blank" and not _junk(line)), None)
    return kind == "pipe" or following == kind


def _ends_table(lines: list[str], kinds: list[str], i: int, table: _Table) -> bool:
    """Whether the blank line ``i`` ends ``table``, a copied one whose rows so far, two or more, stand one under the
    next (no blank line between, :attr:`_Table.spaced`): the next line with words (no page's foot between) is a row
    of cells, each named, no figure in it, a head (not a line of one cell, :func:`_lone_cells`): of a table of its
    own, or the table's again, as :meth:`_Table.add_to` tells."""
    following = next((k for k in range(i + 1, len(kinds)) if kinds[k] != "blank"), None)
    cells = lines[following].strip(BLANKS).split("\t") if following is not None and kinds[following] == "tab" else []
    return table.kind == "tab" and len(table.lines) > 1 and not table.spaced and len(cells) > 1 \
        and all(cell.strip() and not _DIGIT.search(cell) for cell in cells)


def _lone_cells(lines: list[str], kinds: list[str]) -> list[str]:
    """``kinds`` with each line of text that is a row of a copied table, one that lost all its other cells to cells
    merged down from the row above (no tab is left), as a row ("tab"): between two numbered rows (序号) of as many
    cells, with blank lines and lines alike between; not a heading (二、…), a note (注：), a page's number or a site's
    footer, nor a paragraph of sentences (a 。 inside), which stay text."""
    def numbered(k: int) -> list[str] | None:
        cells = lines[k].strip(BLANKS).split("\t")
        return cells if kinds[k] == "tab" and len(cells) > 1 and SERIAL.fullmatch(cells[0].strip()) else None

    def lone(k: int) -> bool:
        text = lines[k].strip(BLANKS)
        return kinds[k] == "text" and "。" not in text[:-1] and not heading_level(text) and not _NOTE.match(text) \
            and not _junk(text)

    out = list(kinds)
    above, run = None, []  # the last numbered row, when only blank lines and the lone lines in ``run`` follow it
    for k, kind in enumerate(kinds):
        if kind == "blank" or above is not None and lone(k):
            run += [k] if kind == "text" else []
            continue
        below = numbered(k)
        if above is not None and below is not None and len(above) == len(below):
            for i in run:
                out[i] = "tab"
        above, run = below, []
    return out


#: At most this many lines a cell's words in a table written a cell per line were broken into before its "|" line.
_CELL_LINES = 3


def _within_cell(lines: list[str], kinds: list[str], i: int) -> bool:
    """Whether line ``i``, without "|", inside a table written a cell per line is the start of the cell on a line
    after it (a cell's text with line breaks in it): the next line is a cell and this one is not a part's heading; or
    the lines up to a cell (:data:`_CELL_LINES` at most) joined with it are a statistics table's label (一、本年新收政府信息
    / 公开申请数量 |, whose first half reads as a part's heading)."""
    end = next((k for k in range(i + 1, min(i + _CELL_LINES + 1, len(kinds))) if kinds[k] != "text"), None)
    if end is None or kinds[end] != "pipe":
        return False
    run = [lines[k].strip(BLANKS) for k in range(i, end)]
    if len(run) == 1 and heading_level(run[0]) != 1:
        return True
    joined = norm("".join(run) + lines[end].strip().removesuffix("|"))
    return joined in row_cells().keys() | group_rows() | head_labels()


def _row_goes_on(lines: list[str], kinds: list[str], i: int) -> bool:
    """Whether line ``i``, inside a copied table, is a row's first half, a cell's text with a line break in it
    (一、本年新收政府信息公开 / 申请数量⇥38⇥…): labels only, fewer cells than the table's widest row, and the next
    line ends the cell (no numbered label, no figure) and goes on with as many figures as the table's rows, the two
    together no wider than the table."""
    if kinds[i] not in ("text", "tab") or i + 1 >= len(lines) or kinds[i + 1] != "tab":
        return False
    first, rest = (lines[k].strip(BLANKS).split("\t") for k in (i, i + 1))
    label = rest[0].strip()
    if not first[-1].strip() or not label or _FIGURE.fullmatch(label) or heading_level(label) \
            or re.match(r"[\d０-９]+\s*[.．、]", label) or any(_DIGIT.search(c) and _FIGURE.fullmatch(c) for c in first) \
            or _figures(rest) != len(rest) - 1 or len(rest) == 1:  # a row of one cell (:func:`_lone_cells`)
        return False
    start, end = i, i + 1  # the table's lines around: tabs and blanks
    while start and kinds[start - 1] in ("tab", "blank"):
        start -= 1
    while end + 1 < len(kinds) and kinds[end + 1] in ("tab", "blank"):
        end += 1
    run = [lines[k].strip(BLANKS).split("\t") for k in range(start, end + 1) if kinds[k] == "tab"]
    counts = Counter(_figures(cells) for cells in run if _DIGIT.search(cells[-1]))
    return bool(counts) and counts.most_common(1)[0][0] == len(rest) - 1 \
        and len(first) + len(rest) - 1 <= max(map(len, run))


@dataclass
class _Table:
    """The lines of one table as read, of one ``kind``: "tab" or "pipe"."""

    kind: str
    lines: list[tuple[str, str]] = field(default_factory=list)  # (text, place)
    #: A blank line stood between two of its rows (a copy setting its rows a blank line apart).
    spaced: bool = False
    #: Its rows were read by where their words stand (:attr:`.source.Grid.laid_out`).
    laid_out: bool = False

    def add_to(self, published: Published) -> None:
        """Add the table (or the tables, written one after another) to ``published``; lines that make no table of
        two cells or more are paragraphs. Right after a table, one with a head of its own stands apart
        (:func:`.annual_tables.stands_apart`); one without goes on with it."""
        tables = [_tab_rows(self.lines)] if self.kind == "tab" else _pipe_tables(self.lines)
        if not tables:
            for text, place in self.lines:
                published.add(Para(text.removesuffix("|").strip() if self.kind == "pipe" else text, place))
            return
        for rows in tables:
            width = max(len(cells) for cells, _, _ in rows)
            places = [place for _, place, _ in rows]
            grid = aligned(rows, width)
            spans = merged_down(rows, grid, published, _COPIED)
            table = Grid(grid, places, f"{places[0]}起的表格", spans, written_once=True, laid_out=self.laid_out)
            published.add(table, apart=stands_apart(published.items, table))


_Row = tuple[list[str], str, bool]  # cells, place, whether the last cell may be a "|" that pads the row


def _tab_rows(lines: list[tuple[str, str]]) -> list[_Row]:
    """A row per line, a cell per tab; an empty cell that starts or ends every row (a tab at the start or the end
    of every line) is no cell of the table. In a table whose rows are numbered (序号), a numbered row short of cells
    and the next one, no number first, that make one row with a cell in common are a row a cell's line break broke
    (8⇥做好政策解读工作⇥主要领导… / 坚持…⇥机关各科室⇥全年)."""
    rows = [[clean(cell) for cell in text.split("\t")] for text, _ in lines]
    while any(len(row) > 1 for row in rows) and all(len(row) == 1 or not row[-1] for row in rows):
        rows = [row[:-1] if len(row) > 1 else row for row in rows]
    while any(len(row) > 1 for row in rows) and all(len(row) == 1 or not row[0] for row in rows):
        rows = [row[1:] if len(row) > 1 else row for row in rows]
    out = [(row, place, False) for row, (_, place) in zip(rows, lines)]
    width = max(map(len, rows))
    if all(SERIAL.fullmatch(row[0]) for row in rows[1:] if len(row) == width):  # a table whose rows are numbered
        for r in range(len(out) - 2, 0, -1):
            first, rest = out[r][0], out[r + 1][0]
            if len(first) + len(rest) == width + 1 and 1 < len(first) < width and 1 < len(rest) < width \
                    and SERIAL.fullmatch(first[0]) and not SERIAL.fullmatch(rest[0]):
                # a cell's text with a line break in it (two paragraphs): the row broke there, its line ending with
                # the cell's first part and the next going on with the rest, no number of its own
                out[r:r + 2] = [(first[:-1] + [first[-1] + rest[0]] + rest[1:], out[r][1], False)]
    return out


def _pipe_tables(lines: list[tuple[str, str]]) -> list[list[_Row]]:
    """The tables, as rows, of lines written a cell per line; none when the lines make no table.

    A row is as many cells as its table has columns (the last may be the "|" of a row one cell short),
    or fewer followed by the "|" line of what it lacks: a table's width is the greatest common divisor of
    the cells up to each "|" line plus its "|"s. A table's last row has no "|" line, so where a next table
    follows at once, the cells up to its first "|" line are the end of one table and the first row of the
    next, whose width the "|" lines after it give. A cell or two before a table's first row that its width
    leaves over (单位：件) are rows of their own.
    """
    tokens: list[tuple[str | int, str]] = []  # a cell's text, or the number of "|" padding a row
    for text, place in lines:
        tokens.append((len(text), place) if _PIPE_PAD.fullmatch(text) else (clean(text[:-1]), place))
    pads = [i for i, (token, _) in enumerate(tokens) if isinstance(token, int)]
    if not pads:
        width = _unpadded_width([t for t, _ in tokens])
        rows = _split_rows(tokens, width) if width else []
        return [rows] if len(rows) > 1 else []
    tables: list[list[_Row]] = []
    start, width, biggest, segments, last = 0, 0, 0, 0, -1  # the table being read: its first token, width …
    captions: list[_Row] = []  # single cells before its first row (单位：件): rows of their own
    for n, at in enumerate(pads):
        pad, begin = tokens[at][0], max(last + 1, start)
        joined = math.gcd(width, at - begin + pad)
        if joined < 2 or joined <= max(biggest, pad):  # this "|" line does not fit: a next table begins
            after = _width(tokens, pads[n:])
            if segments == 1 and after and 0 < width - after <= 2 and math.gcd(after, at - begin + pad) == after:
                captions = [([token], place, False) for token, place in tokens[start:start + width - after]]
                start, joined = start + width - after, after  # the first "|" line's row had a caption before it
            else:
                split = _split(tokens, begin, at, width, after) if after else begin
                if width and split > start:
                    tables.append(captions + _split_rows(tokens[start:split], width))
                start, width, biggest, segments, captions = split, 0, 0, 0, []
                joined = math.gcd(0, at - split + pad)
                if joined <= pad:
                    start, last = at + 1, at
                    continue
        width, biggest, segments, last = joined, max(biggest, pad), segments + 1, at
    if width >= 2:
        tables.append(captions + _split_rows(tokens[start:], width))
    return [rows for rows in tables if len(rows) > 1]


def _split(tokens: list[tuple[str | int, str]], begin: int, at: int, width: int, after: int) -> int:
    """Where the next table (``after`` columns wide) begins among the cells ``begin``-``at`` before its first "|" line
    (of ``after`` minus its row's cells), the previous table (``width`` wide) ending in them: after the cells of
    whole rows of either table, so that as few rows as may be start with a figure or go on from a head's labels to
    figures (结果维持 … 总计 and table 四's figures under them: two rows of a table set beside another)."""
    heads = head_labels()

    def rows_starting_with_figures(cells: list, size: int) -> int:
        rows = [cells[i:i + size] for i in range(0, len(cells), size)] if size else []
        return sum(bool(_FIGURE.fullmatch(row[0])) or (_DIGIT.search(row[-1]) is not None and norm(row[0]) in heads)
                   for row in rows)

    pad = tokens[at][0]
    cells = [token for token, _ in tokens[begin:at]]
    best, split = None, begin
    head = after - pad
    while head <= len(cells):
        score = rows_starting_with_figures(cells[:len(cells) - head], width) + rows_starting_with_figures(
            cells[len(cells) - head:], after)
        if best is None or score < best:
            best, split = score, at - head
        head += after
    return split


def _width(tokens: list[tuple[str | int, str]], pads: list[int]) -> int:
    """The width of the table whose first "|" line is at ``pads[0]``, from the "|" lines after it, or 0.

    The cells up to each "|" line are whole rows and a row as short as that line has "|"s, so the width divides
    each count of cells plus "|"s, and exceeds the "|"s. Where more than one width does (a three-column table
    whose segments happen to make nine), the one whose rows read as a statistics table's (labels, then
    figures) is taken; the widest of those.
    """
    pad, width, used = tokens[pads[0]][0], 0, []
    for q, p in zip(pads, pads[1:]):
        joined = math.gcd(width, p - q - 1 + tokens[p][0])
        if joined < 2 or joined <= tokens[p][0]:
            break
        width = joined
        used.append((q, p))
    if width <= pad:
        return 0
    least = max([pad, *(tokens[p][0] for _, p in used)])
    widths = [d for d in range(least + 1, width + 1) if width % d == 0]
    return min(reversed(widths), key=lambda d: sum(_misread(tokens[q + 1:p], d) for q, p in used))


def _misread(cells: list[tuple[str | int, str]], width: int) -> int:
    """How many of the rows ``width`` wide that ``cells`` make start with a figure, or go on with a label after one."""
    def figure(text: str) -> bool:
        return bool(_DIGIT.search(text)) and bool(_FIGURE.fullmatch(text))

    count = 0
    for i in range(0, len(cells), width):
        row = [text for text, _ in cells[i:i + width]]
        seen = next((j for j, text in enumerate(row) if figure(text)), None)
        count += seen == 0 or (seen is not None and any(text and not _FIGURE.fullmatch(text) for text in row[seen:]))
    return count


def _split_rows(tokens: list[tuple[str | int, str]], width: int) -> list[_Row]:
    """``tokens`` of one table ``width`` columns wide as its rows."""
    rows: list[_Row] = []
    cells: list[str] = []
    place = ""
    for token, where in tokens:
        if isinstance(token, int):
            if cells:
                rows.append((cells, place, False))
            cells = []
            continue
        place = place if cells else where
        cells.append(token)
        if len(cells) == width:
            rows.append((cells, place, not cells[-1]))
            cells = []
    if cells:
        rows.append((cells, place, False))
    return rows


def _unpadded_width(tokens: list[str | int]) -> int | None:
    """The width of a table written a cell per line without any "|" line (no row short of a cell): the fewest
    columns whose rows each start with a label and go on with figures."""
    for width in range(2, len(tokens) // 2 + 1):
        rows = [tokens[i:i + width] for i in range(0, len(tokens), width)]
        if all(row[0] and not _FIGURE.fullmatch(row[0]) and any(_FIGURE.fullmatch(c) for c in row[1:]) for row in rows):
            return width
    return None


def aligned(rows: list[_Row], width: int, strict: bool = False) -> list[list[str]]:
    """The rows as a grid ``width`` wide. A merged cell was written once: a row with fewer cells holds the cells
    not covered from above. In a statistics table each row is its labels, then its figures; the table's columns
    of figures are those of its widest rows (read whole, labels first): a row with as many figures is set with
    them in the last columns and the labels of the row above (cells spanning rows) in front, as in the published
    table. A head row with one cell for each column of figures names them: it is set over them (where labels take
    more than one column; with one, its head starts the row). The other rows
    (headings, heads, rows whose figures span columns) are set from the left; ``strict`` (a web page's table whose
    merged cells lost their spans), a row of more than one figure but not as many as the table's is not: its
    labels stand in front, and each column of figures says that its figures fit no column (a placeholder, never a
    figure in a wrong column)."""
    count = _figure_columns(rows)
    grid: list[list[str]] = []
    above: list[str] | None = None  # the last row of figures
    for cells, _, padded in rows:
        if padded and count is not None and _figures(cells) == count + 1:
            cells = cells[:-1]  # the "|" padding the row, not a cell
        if len(cells) == 1:
            grid.append(cells * width)  # a heading across the table
            above = None
            continue
        shown = [cell for cell in cells[len(cells) - _figures(cells):] if _DIGIT.search(cell)]
        if count is not None and len(cells) < width and (_figures(cells) == count or (
                not _figures(cells) and len(cells) == count and width - count > 1)):
            # figures in the last columns; or a head row naming each of those columns
            row = (above[:width - len(cells)] if above else [""] * (width - len(cells))) + cells
        elif strict and count is not None and len(shown) > 1 and _figures(cells) != count \
                and len(cells) - _figures(cells) <= width - count:
            labels = cells[:len(cells) - _figures(cells)]
            row = (above[:width - count - len(labels)] if above else [""] * (width - count - len(labels))) + labels \
                + [f"（合并单元格缺失，这一行的数字{'、'.join(shown)}对不上列）"] * count
        else:
            row = cells + [""] * (width - len(cells))
        above = row if _figures(cells) else None
        grid.append(row)
    return grid


def _figure_columns(rows: list[_Row]) -> int | None:
    """How many columns of figures the widest of ``rows`` that are labels, then figures, end with (most of them); None
    where no row is."""
    whole = [cells for cells, _, padded in rows if not padded and 0 < _figures(cells) < len(cells)]
    widest = max((len(cells) for cells in whole), default=0)
    figures = Counter(_figures(cells) for cells in whole if len(cells) == widest)
    return figures.most_common(1)[0][0] if figures else None


#: A total's label: a cell merged across its row's first columns (合计 | 12), not down from the row above.
_TOTAL = re.compile(r"[合总小共]\s*计")
#: The statistics tables' row labels that other tables have too.
_COMMON = frozenset(map(norm, ("合计", "总计", "其他")))
#: A note under a table's rows, in a cell across it.
_NOTE = re.compile(r"\s*(?:注|说明|备注)")


def _statistics(grid: list[list[str]]) -> bool:
    """Whether ``grid`` is a statistics table or a part of one: by its head (:func:`.frame.table_key`), or a row
    label of theirs (or an applicant column's: table 三 printed transposed) followed by figures alone, one at least
    (not 合计, 总计 or 其他, which other tables have too; nor 予以公开 followed by a blank)."""
    labels = (row_cells().keys() | group_rows() | APPLICANT_COLUMNS.keys()) - _COMMON
    return table_key(Grid(grid, [], "")) is not None or any(
        norm(cell) in labels and _figures(row[k + 1:]) == len(row) - k - 1 and any(map(_DIGIT.search, row[k + 1:]))
        for row in grid for k, cell in enumerate(row))


#: Why a text copy's row has fewer cells than its table, as its finding says it.
_COPIED = "复制下来的文字里合并的格只写一次（向下合并的只在它的第一行）"


def merged_down(rows: list[_Row], grid: list[list[str]], published: Published,
                why: str) -> list[tuple[int, int, int, int]]:
    """The merged cells of a table other than the statistics tables (whose rows :func:`aligned` sets by their labels
    and figures) that ``grid``'s rows with fewer cells than its columns show, as ``(row, col, rowspan, colspan)``;
    the rows they cover set again in ``grid``, and the findings on the others added to ``published``, ``why`` saying
    how the table lost its merged cells (a text copy's, a web page's whose spans a site stripped).

    A copy writes a merged cell once, in its first row. Where the table's first column numbers its rows (each whole
    row under the head starts with a number) and a short row starts with text, no total's label, the row lost its first
    cells to cells merged down from the row above: it is set from the right, those cells in front, each spanning the
    rows. A short row numbered right after the row above under the same item (3.2 after 3.1: a task's measures, the
    task's cell merged down over them) lost the cells after its number to that item's: they are the row above's. Either
    is sure where the row lost one cell; where it lost more, a finding says that the others may be elsewhere.
    Any other short row stays as :func:`aligned` set it, in a finding: which columns it lacks is not told; but for a
    row of a table of figures whose labels fill the label columns (its figure across the figure columns: 累计 | 3627).
    So does a numbered table's row of one cell that is no heading or note (a heading across the table, or a row that
    lost all its other cells); a row of one cell is a cell across the table. A finding (rule ``cells``, a note in
    ``check``) for each run of rows alike, at the first's line."""
    width = len(grid[0])
    if _statistics(grid):
        return []
    whole = [cells for cells, _, _ in rows[1:] if len(cells) == width]
    numbered = bool(whole) and all(SERIAL.fullmatch(cells[0]) for cells in whole)
    count = _figure_columns(rows)
    spans: dict[tuple[int, int], int] = {}
    tops: dict[int, int] = {}  # each column merged down into the row above: the row its cell starts in
    said: list[tuple[int, int, str]] = []  # runs of rows alike: the first, how many, what is said of them
    for r, (cells, _, _) in enumerate(rows):
        lost = width - len(cells)
        short = numbered and r > 1 and lost > 0 and len(cells) > 1 and len(rows[r - 1][0]) > 1
        down = short and not SERIAL.fullmatch(cells[0]) and not _TOTAL.search(cells[0]) and all(grid[r - 1][:lost])
        # a row numbered under the same item as the row above (3.2 after 3.1) shares that item's cells after the number
        sub = short and _sibling(cells[0], grid[r - 1][0]) and all(grid[r - 1][1:1 + lost])
        at = 1 if sub else 0  # where the cells merged down from the row above stand: after the number, or first
        tops = {c: tops.get(c, r - 1) for c in range(at, at + lost)} if down or sub else {}
        if down or sub:
            grid[r] = cells[:at] + grid[r - 1][at:at + lost] + cells[at:]
            spans.update({(top, c): r - top + 1 for c, top in tops.items()})
        if down and lost > 1:
            others = "第 2 列" if lost == 2 else f"第 2～{lost} 列"
            how = f"第一列的序号缺了，已靠右排、前 {lost} 格取上一行的（向下合并的格）；缺的另外 {lost - 1} 格是不是{others}看不出"
        elif sub and lost > 1:
            others = "第 3 列" if lost == 2 else f"第 3～{lost + 1} 列"
            how = (f"序号“{cells[0]}”和上一行同属一项，已把序号后面 {lost} 格取上一行的（向下合并的格）；"
                   f"缺的另外 {lost - 1} 格是不是{others}看不出")
        elif len(cells) == 1 and numbered and r and not heading_level(cells[0]) and not _NOTE.match(cells[0]):
            how = "已当作跨整行的一格（如小标题）；这一行若是其余各格向下合并、只写在上面的行，它该在哪一列看不出"
        elif not down and not sub and lost > 0 and len(cells) > 1 and not (
                count is not None and _figures(cells) and len(cells) - _figures(cells) == width - count):
            how = "看不出缺的是哪几列，" + ("已从第一列排起、末尾留空" if grid[r][:len(cells)] == cells else
                                      f"已靠右排、前 {lost} 格{'取上一行的' if any(grid[r][:lost]) else '留空'}")
        else:
            continue
        what = f"只有 {len(cells)} 格，表格有 {width} 列：{why}，{how}"
        if said and said[-1][0] + said[-1][1] == r and said[-1][2] == what:
            said[-1] = (said[-1][0], said[-1][1] + 1, what)
        else:
            said.append((r, 1, what))
    for r, alike, what in said:
        what = ("表格的这一行" if alike == 1 else f"表格从这一行起的 {alike} 行都") + what
        published.findings.append((rows[r][1], f"{what}：请对照原件核对，把各格移到对应的列", "cells", what, NOTE))
    across = [(r, 0, 1, width) for r, (cells, _, _) in enumerate(rows) if len(cells) == 1 < width]
    return across + [(r, c, rowspan, 1) for (r, c), rowspan in spans.items()]


#: A row's number under an item's (3.2, 1.1.3): the item's number and its own last part.
def _sibling(number: str, above: str) -> bool:
    """Whether the row number ``number`` comes right after ``above`` under the same item (3.2 after 3.1; keys of
    :func:`_serial_key`)."""
    key, before = _serial_key(number), _serial_key(above)
    return bool(key and before) and len(key) == len(before) > 1 and key[:-1] == before[:-1] \
        and key[-1] == before[-1] + 1


def _figures(cells: list[str]) -> int:
    """How many of ``cells`` after the last label are figures or empty, or a figure's placeholder of a copy's row
    (:data:`.copied.UNPLACED`)."""
    n = 0
    for cell in reversed(cells):
        if not _FIGURE.fullmatch(cell) and not cell.startswith(UNPLACED):
            break
        n += 1
    return n


def _first_article_end(lines: list[str]) -> int:
    """Where the second article of a page that collects several (第二篇：…) begins, or the end: the 成文日期
    is the first article's own (the mapper imports that one alone)."""
    marks = [i for i, line in enumerate(lines) if ARTICLE.match(line)]
    later = [i for i in marks if i != marks[0] or any("。" in line for line in lines[:i])]
    return later[0] if later else len(lines)


#: A document's closing words, a sentence without its full stop on a short line of its own over the 署名: 特此报告,
#: 欢迎社会各界监督, 敬请批评指正, 以上报告请审阅. No organ's name starts or ends so.
_CLOSING_WORDS = re.compile(r"^\s*(?:特此|以上|上述|欢迎|敬请|恳请|请|希望|妥否|当否|专此|此致|谨此|谢谢)"
                            r"|(?:报告|通知|说明|监督|指正|审阅|批示|为盼|为荷)\s*$")


#: An attachment's heading on a line of its own (附件, 附件2), over its title: the document's text, its 署名 and 成文日期
#: are before it.
_ATTACHED = re.compile(r"\s*附\s*件\s*[\d０-９]*\s*[:：]?\s*")


def closing(lines: list[str]) -> set[int]:
    """The indexes of the 成文日期 (the first article's last line that is a date before its attachments (:data:`_ATTACHED`:
    a task table's 完成时限 there is none), or a year and month alone where no date with its day comes before it; with
    no part after it) and of the 署名 lines just before it: up to four organs (a joint report's), up to a part's heading, a sentence or a
    document's closing words (:data:`_CLOSING_WORDS`: 特此报告, the body's last line) or a figure (a table's cell),
    none farther from the 署名's next line than its last is from the date (the mapper gives
    a part's short text back). Also a web page's, whose 署名 and 成文日期 are not set apart. Without a 成文日期, the
    lines ending the text that end as an organ's name do (a 署名 with no date under it)."""
    lines = lines[:_first_article_end(lines)]
    lines = lines[:next((i for i, line in enumerate(lines) if _ATTACHED.fullmatch(line)
                         and any(parse_date(above.strip()) for above in lines[:i])), len(lines))]
    days = [i for i, line in enumerate(lines) if parse_date(line.strip())]
    dates = sorted(days + [i for i, line in enumerate(lines) if MONTH_DATE.match(line)
                           and not (days and days[0] < i)])
    dated = bool(dates) and not parts_follow(lines[dates[-1] + 1:])
    found = {dates[-1]} if dated else set()
    i = dates[-1] - 1 if dated else len(lines) - 1
    gap = blanks = 0  # the blank lines between the 成文日期 and the 署名's last line; those since the last line found
    while i >= 0 and len(found) <= 4 and (not lines[i].strip() or organ_name(lines[i], ending=not dated)
                                          and not _CLOSING_WORDS.search(lines[i]) and not _FIGURE.fullmatch(lines[i])):
        if not lines[i].strip():
            blanks += 1
        elif dated and len(found) > 1 and blanks > gap:
            break  # farther from the 署名 than it is from its date: a table's cells a line each (pdftotext's), no organ
        else:
            gap = blanks if len(found) == 1 else gap
            found.add(i)
            blanks = 0
        i -= 1
    return found
