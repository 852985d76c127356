"""Limits on what one render may ask of the engines, checked on the block tree before rendering.

WeasyPrint lays out a paragraph in time that grows faster than its length (a
40,000-character paragraph takes about 5 s, 200,000 about 40 s) and keeps the
whole document in memory; these bounds keep every render within about a
minute and a gigabyte (docs/reliability.md has the measurements). Anything
larger is refused with the limit and the place in the data, as is a table whose
cells do not fill its grid (no engine could draw it). A figure too wide for its column however the table's
columns are shared (every engine would break it inside: 99999|9999) is a warning (:func:`figure_warnings`): a
mistyped count, or a long number in a table of the clerk's own.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document, Table
from .errors import ERROR, WARNING, Diagnostic, InvalidData
from .layout import UNBROKEN, Geometry
from .line_breaks import unfitted_figures

#: Characters in one paragraph, heading or table cell.
MAX_TEXT_CHARS = 50_000
#: Characters in the whole document (300 pages of 22 × 28 are about 185,000).
MAX_DOCUMENT_CHARS = 600_000
#: Rows in one table.
MAX_TABLE_ROWS = 5_000
#: Table cells in the whole document: WeasyPrint takes about 5 ms and 26 KB a cell (60,000 took 310 s, 1.6 GB).
MAX_TABLE_CELLS = 10_000
#: Paragraphs, headings and other texts outside tables in the whole document (100,000 short
#: paragraphs took 271 s; a 300-page report has about 1,100).
MAX_PARAGRAPHS = 20_000
#: Characters in a row with no place to break a line (a Latin word, a number, a URL). A run longer
#: than a line is cut by trying break positions (about 0.5 ms a character: four runs of 50,000
#: took 467 s), so both one run and all such runs together are bounded.
MAX_UNBROKEN = 200
MAX_UNBROKEN_TOTAL = 10_000
_RUN = 40  # characters: shorter runs are left to the line breaker
_LONG_RUN = re.compile(rf"{UNBROKEN}{{{_RUN},}}")


def check_limits(document: Document) -> None:
    """Raise :class:`InvalidData` naming each limit ``document`` exceeds and where."""
    problems: list[Diagnostic] = []
    total = count = unbroken = 0
    for element, text, source in document.texts():
        total += len(text)
        count += element not in ("table", "table_header")
        if len(text) > MAX_TEXT_CHARS:
            problems.append(Diagnostic.at(ERROR, f"这一段有 {len(text):,} 个字符，超过单段上限 {MAX_TEXT_CHARS:,}：请分成几段", source))
            continue
        if len(text) < _RUN:  # most texts, every table cell
            continue
        runs = [run.group() for run in _LONG_RUN.finditer(text)]
        unbroken += sum(map(len, runs))
        if longest := max(runs, key=len, default=""):
            if len(longest) > MAX_UNBROKEN:
                problems.append(Diagnostic.at(ERROR, (
                    f"“{longest[:20]}…”连续 {len(longest):,} 个字符中间没有可以换行的地方（空格或汉字），"
                    f"超过上限 {MAX_UNBROKEN:,}：请在中间加空格，或检查是否误粘贴"), source))
    if unbroken > MAX_UNBROKEN_TOTAL:
        problems.append(Diagnostic(ERROR, (
            f"全文中不能换行的长串（40 个字符以上的英文、数字或网址）共 {unbroken:,} 个字符，超过上限 "
            f"{MAX_UNBROKEN_TOTAL:,}：请在其中加空格，或检查是否误粘贴"), _first_source(document)))
    if count > MAX_PARAGRAPHS:
        problems.append(Diagnostic(ERROR, f"全文共 {count:,} 段（含标题），超过上限 {MAX_PARAGRAPHS:,}：请拆分成几个文件",
                                   _first_source(document)))
    if total > MAX_DOCUMENT_CHARS:
        problems.append(Diagnostic(ERROR, f"全文共 {total:,} 个字符，超过上限 {MAX_DOCUMENT_CHARS:,}（约 1,000 页）：请拆分成几个文件",
                                   _first_source(document)))
    cells, largest = 0, None
    for table in _tables(document.blocks):
        cells += sum(len(row) for row in table.rows)
        largest = max(largest or table, table, key=lambda t: sum(len(row) for row in t.rows))
        rows = len(table.rows) - table.header_rows  # the heads are not the clerk's rows
        if rows > MAX_TABLE_ROWS:
            problems.append(Diagnostic.at(ERROR, f"表格有 {rows:,} 行，超过上限 {MAX_TABLE_ROWS:,} 行：请拆分成几个表", table.source))
        if problem := table.shape_problem():
            problems.append(Diagnostic.at(ERROR, f"表格{problem}：请检查生成这张表格的数据或插件", table.source))
    if cells > MAX_TABLE_CELLS:
        message = f"全文的表格共有 {cells:,} 格，超过上限 {MAX_TABLE_CELLS:,}：请拆分成几个文件"
        problems.append(Diagnostic.at(ERROR, message + "（这里是最大的一张表）", largest.source) if largest.source
                        else Diagnostic(ERROR, message, _first_source(document)))
    if problems:
        raise InvalidData(list(dict.fromkeys(problems)))  # a text printed twice (a task and its table row) told once


def _tables(blocks):
    for block in blocks:
        if isinstance(block, Table):
            yield block
        yield from _tables(getattr(block, "blocks", None) or ())  # blocks nested in an attachment


def _first_source(document: Document) -> str | None:
    return next((source.file for _, _, source in document.texts() if source is not None), None)


#: The rule of :func:`figure_warnings`: of reportkit's printed page, not of the data (``check`` of a report published
#: in its own layout leaves it out).
FIGURE_WIDTH = "figure-width"


def figure_warnings(document: Document, geometry: Geometry) -> list[Diagnostic]:
    """A warning at each figure of ``document``'s tables too wide for its column in ``geometry`` however the columns
    are shared (:func:`~reportkit.line_breaks.unfitted_figures`): every engine prints it broken inside."""
    found = []
    for table in _tables(document.blocks):
        if table.shape_problem():
            continue
        over, most = unfitted_figures(table, geometry)
        found += [replace(Diagnostic.at(WARNING, (
            f"表格中的数 {figure} 太长，这一列排不下，印出来会从数字中间折行：这张表的列宽最多排得下 {most} 位数字"
            f"（合计、总计由各格相加，也算在内）。请核对这个数"), cell.source or table.source), rule=FIGURE_WIDTH)
            for cell, figure in over]
    return list(dict.fromkeys(found))  # a computed row's cells are all told at the row's place: once
