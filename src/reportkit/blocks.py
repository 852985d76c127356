"""The format-neutral document tree that every renderer reads.

A kind's ``build`` turns a validated report into a :class:`Document`; the DOCX and
PDF renderers read the same tree, so the two formats carry the same text.
Blocks carry the :class:`Source` of their text so that later checks (font
coverage) can point back at the data file.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal, Union

from .dates import CHINA_TIME


@dataclass(frozen=True)
class Source:
    """Where a piece of text came from in the data file."""

    file: str
    line: int
    col: int


@dataclass
class Title:
    """The document title (标题): 2号小标宋, centred; may hold line breaks (``\\n``)."""

    text: str
    source: Source | None = None


@dataclass
class Addressee:
    """主送机关: flush left below the title, ending in a full-width colon."""

    text: str
    source: Source | None = None

    @property
    def line(self) -> str:
        """The text as printed, with the full-width colon GB/T 9704 §7.3.2 asks for."""
        return self.text.rstrip(":：").rstrip() + "："


@dataclass
class Heading:
    """A numbered heading, level 1-4; ``number`` is generated ("一、", "（一）", "1.", "（1）")."""

    level: int
    number: str
    text: str
    source: Source | None = None


@dataclass
class Paragraph:
    """A body paragraph: first line indented two characters, wrapped lines flush left. ``keep_with_previous``: never
    at a page's top without the paragraph before it, which then takes at least its last two lines along (a work plan
    task's 责任科室（单位） line, which began a page alone)."""

    text: str
    source: Source | None = None
    keep_with_previous: bool = False


@dataclass
class Cell:
    """One table cell; cells covered by another cell's span are left out of ``Table.rows``. ``hanging``: how many
    characters in its text's wrapped lines start (a hanging indent: a name under “其中：” wraps under its first
    character, not at the cell's edge)."""

    text: str
    colspan: int = 1
    rowspan: int = 1
    header: bool = False
    align: Literal["left", "center", "right"] = "center"
    source: Source | None = None
    hanging: int = 0
    #: Its text as the PDFs and the DOCX set it, where that differs: word joiners keeping a last character off a line
    #: of its own (:func:`reportkit.attachments.join_last_characters`). ``text`` stays what the data says.
    typeset: str | None = None


@dataclass
class Table:
    """A grid table. ``header_rows`` leading rows repeat after a page break.

    ``widths`` are relative column widths, one per grid column.
    """

    rows: list[list[Cell]]
    widths: list[float]
    header_rows: int = 1
    caption: str | None = None
    source: Source | None = None

    def grid(self) -> dict[tuple[int, int], Cell]:
        """Each cell at its 0-based ``(row, column)``, taking the rows and columns spanned from above into account."""
        below: dict[int, int] = {}  # column → the first row a cell spanning rows from above no longer covers
        out = {}
        for r, row in enumerate(self.rows):
            c = 0
            for cell in row:
                while below.get(c, 0) > r:
                    c += 1
                out[(r, c)] = cell
                if cell.rowspan > 1:
                    below.update(dict.fromkeys(range(c, c + cell.colspan), r + cell.rowspan))
                c += cell.colspan
        return out

    def shape_problem(self) -> str | None:
        """Why the cells do not fill the grid (``len(widths)`` columns in every row, no span past the last row), in
        words that follow "表格"; None when they do."""
        for r, row in enumerate(self.rows):
            for cell in row:
                if cell.rowspan < 1 or cell.colspan < 1:
                    return f"第 {r + 1} 行的单元格“{cell.text[:10]}”跨 {cell.rowspan} 行、{cell.colspan} 列：至少各为 1"
        columns, filled = len(self.widths), [0] * len(self.rows)
        for (r, c), cell in self.grid().items():
            if r + cell.rowspan > len(self.rows):
                return f"第 {r + 1} 行第 {c + 1} 列的单元格向下跨 {cell.rowspan} 行，超出了表格的最后一行"
            for k in range(r, r + cell.rowspan):
                filled[k] += cell.colspan
        for r, count in enumerate(filled):
            if count != columns:
                return f"第 {r + 1} 行的单元格共占 {count} 列，而表格有 {columns} 列"
        return None


@dataclass
class Signature:
    """发文机关署名 and 成文日期 (unsealed, GB/T 9704 §7.3.5.2); several organs for joint documents."""

    organs: list[str]
    date: str
    source: Source | None = None


@dataclass
class AttachmentNote:
    """附件说明: "附件：" followed by the attachment names (numbered when more than one)."""

    items: list[str]
    source: Source | None = None


@dataclass
class PageBreak:
    """Start a new page."""


@dataclass
class Attachment:
    """附件 (GB/T 9704 §7.3.7): starts a new page; ``label`` ("附件" or "附件1") top left in 3号黑体,
    ``title`` centred on the third line like a document title, then the attachment's own ``blocks``.
    """

    label: str
    title: str
    blocks: list["Block"] = field(default_factory=list)
    source: Source | None = None


@dataclass
class Masthead:
    """版头 (GB/T 9704 §7.2), drawn by layouts that have one: 发文机关标志 (``organ``, set at
    ``size_pt`` when given) and 发文字号 (``number``, e.g. 某环发〔2021〕30号), then the separator line.
    ``signers`` (签发人 of an upward document, §7.2.6) share the 发文字号's line, which then starts one character in.
    Layouts without a 版头 leave it out.
    """

    organ: str
    number: str = ""
    size_pt: float = 0
    signers: tuple[str, ...] = ()
    source: Source | None = None


@dataclass
class Imprint:
    """版记 (GB/T 9704 §7.4), drawn by layouts that have one at the foot of the last page:
    抄送 (``copy_to``), 印发机关 (``printer``) and 印发日期 (``date``, e.g. 2022年1月20日).
    """

    copy_to: list[str] = field(default_factory=list)
    printer: str = ""
    date: str = ""
    source: Source | None = None

    @property
    def copy_line(self) -> str:
        """“抄送：甲，乙。” with the full-width colon and the closing full stop §7.4.2 asks for."""
        return f"抄送：{'，'.join(self.copy_to)}。" if self.copy_to else ""

    @property
    def date_line(self) -> str:
        return f"{self.date}印发" if self.date else ""


Block = Union[Title, Addressee, Heading, Paragraph, Table, Signature, AttachmentNote, PageBreak, Attachment,
              Masthead, Imprint]


@dataclass
class Document:
    """A whole document: metadata plus blocks in reading order."""

    title: str
    author: str
    blocks: list[Block] = field(default_factory=list)
    subject: str = ""
    keywords: list[str] = field(default_factory=list)
    lang: str = "zh-CN"
    #: 成文日期: the PDFs' and the DOCX's date of creation (None: the time they are made).
    date: datetime.date | None = None
    #: A draft (``render --draft``): every page of every format carries a visible 草稿 mark.
    draft: bool = False
    #: The validated report the tree was built from, for renderers of data formats (json, xlsx).
    report: object = field(default=None, repr=False, compare=False)

    @property
    def created(self) -> datetime.datetime | None:
        """The outputs' date of creation: the 成文日期 at midnight in China (UTC+8)."""
        if self.date is None:
            return None
        return datetime.datetime.combine(self.date, datetime.time(), CHINA_TIME)

    def texts(self):
        """Yield ``(element, text, source)`` for every piece of text in the document.

        ``element`` names what the text is set as (``title``, ``heading1``-``heading4``,
        ``body``, ``table``, ``table_header``, ``addressee``, ``signature``, ``attachment``,
        ``attachment_label``, ``caption``, and ``masthead``, ``doc_number``, ``imprint`` for the
        版头 and 版记 of layouts that draw them); a layout maps elements to font roles
        (:data:`reportkit.layout.ELEMENT_ROLES`). An attachment's title is a ``title``.
        """
        return _texts(self.blocks)


def _texts(blocks):
    """The texts of ``blocks`` and of the blocks nested in them (attachments), in reading order."""
    for block in blocks:
        if isinstance(block, Table):
            if block.caption:
                yield "caption", block.caption, block.source
            for row in block.rows:
                for cell in row:
                    yield "table_header" if cell.header else "table", cell.text, cell.source or block.source
        elif isinstance(block, Heading):
            yield f"heading{block.level}", block.number + block.text, block.source
        elif isinstance(block, Signature):
            for organ in block.organs:
                yield "signature", organ, block.source
            yield "signature", block.date, block.source
        elif isinstance(block, AttachmentNote):
            for item in block.items:
                yield "attachment", item, block.source
        elif isinstance(block, Addressee):
            yield "addressee", block.line, block.source
        elif isinstance(block, Title):
            yield "title", block.text, block.source
        elif isinstance(block, Paragraph):
            yield "body", block.text, block.source
        elif isinstance(block, Attachment):
            yield "attachment_label", block.label, block.source
            yield "title", block.title, block.source
            yield from _texts(block.blocks)
        elif isinstance(block, Masthead):
            yield "masthead", block.organ, block.source
            if block.number:
                yield "doc_number", block.number, block.source
            if block.signers:
                yield "doc_number", "签发人：", block.source
                yield "signer", "\u3000".join(block.signers), block.source
        elif isinstance(block, Imprint):
            for text in (block.copy_line, block.printer, block.date_line):
                if text:
                    yield "imprint", text, block.source
