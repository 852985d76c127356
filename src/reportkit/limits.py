"""Limits on what one render may ask of the engines, checked on the block tree before rendering.

WeasyPrint lays out a paragraph in time that grows faster than its length (a
40,000-character paragraph takes about 5 s, 200,000 about 40 s) and keeps the
whole document in memory; these bounds keep every render within about a
minute and a gigabyte (docs/reliability.md has the measurements). Anything
larger is refused with the limit and the place in the data.
"""
from __future__ import annotations

from .blocks import Document, Table
from .errors import ERROR, Diagnostic, InvalidData

#: Characters in one paragraph, heading or table cell.
MAX_TEXT_CHARS = 50_000
#: Characters in the whole document (300 pages of 22 × 28 are about 185,000).
MAX_DOCUMENT_CHARS = 600_000
#: Rows in one table.
MAX_TABLE_ROWS = 5_000


def check_limits(document: Document) -> None:
    """Raise :class:`InvalidData` naming each limit ``document`` exceeds and where."""
    problems: list[Diagnostic] = []
    total = 0
    for _element, text, source in document.texts():
        total += len(text)
        if len(text) > MAX_TEXT_CHARS:
            problems.append(Diagnostic.at(ERROR, f"这一段有 {len(text):,} 个字符，超过单段上限 {MAX_TEXT_CHARS:,}：请分成几段", source))
    if total > MAX_DOCUMENT_CHARS:
        problems.append(Diagnostic(ERROR, f"全文共 {total:,} 个字符，超过上限 {MAX_DOCUMENT_CHARS:,}（约 1,000 页）：请拆分成几个文件",
                                   _first_source(document)))
    for table in _tables(document.blocks):
        rows = len(table.rows) - table.header_rows  # the heads are not the clerk's rows
        if rows > MAX_TABLE_ROWS:
            problems.append(Diagnostic.at(ERROR, f"表格有 {rows:,} 行，超过上限 {MAX_TABLE_ROWS:,} 行：请拆分成几个表", table.source))
    if problems:
        raise InvalidData(problems)


def _tables(blocks):
    for block in blocks:
        if isinstance(block, Table):
            yield block
        yield from _tables(getattr(block, "blocks", None) or ())  # blocks nested in an attachment


def _first_source(document: Document) -> str | None:
    return next((source.file for _, _, source in document.texts() if source is not None), None)
