"""Page layouts: templates, stylesheet, page geometry and the font names they ask for."""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Callable, NamedTuple

_HARD_BREAK = re.compile("[\n\u2028]")  # a line break the data writes (reportkit.load.LINE_BREAK)
_IDEOGRAPH = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LATIN = "0-9A-Za-z\u00c0-\u024f"
#: Full-width marks that may end a line but not start one, and the reverse (禁则): the Typst PDF sets each in a box
#: of its own, held to its neighbour (templates/gbt9704/document.typ reads these lists from its data;
#: tests/test_typst.py::test_both_pdf_engines_set_every_full_width_mark_alike).
CLOSING_MARKS = "，。、；：？！）》」』〕】〉］｝〗\u201d\u2019"
OPENING_MARKS = "（《「『〔【〈［｛〖\u201c\u2018"
#: Marks Word keeps off a line's start (its 行首禁则, as GB/T 15834 does) that Unicode's line breaking, and so Pango
#: and Typst, let begin one: the 浪纹线 of a range (3～5 个工作日) and the 间隔号 (· and the katakana ・ often typed
#: for it). Both PDFs join each to the character before it: a word joiner in the WeasyPrint PDF
#: (renderers/pdf.autospace), a box in the Typst PDF.
JOINED_MARKS = "～·・"
#: What follows a boundary between Chinese and digits or Latin letters (a run of digits/letters after
#: a Chinese character, or a Chinese character after such a run): Word, WPS and LibreOffice put
#: ``Geometry.autospace_em`` there (autoSpaceDE/DN), and so does the PDF (docs/layout.md). A number's inner
#: marks and its % belong to the run (1,234,567.89 98.6% 3.2.1), and a time's colon (8:30): the WeasyPrint PDF sets
#: the run as one box, which a line does not break inside ("1,|234", "98.|6%" and "12:|30" did), as Word and Typst keep
#: a number whole. A word joiner at the boundary (:func:`joined`: 2023|年, a heading's or a cell's last character
#: kept with the run before it) belongs to what follows it: both PDFs space it as without one (the DOCX has none there).
#: A character a line does not break beside, in a run of them (Latin letters, digits, marks of a web address):
#: not a blank, not Chinese, not a full-width form. Such a run longer than its line breaks anywhere (issue 14).
UNBROKEN = r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]"
AUTOSPACED = re.compile(f"(?<=[{_IDEOGRAPH}])\u2060?[{_LATIN}]+(?:[.,:][0-9]+)*%?|(?<=[{_LATIN}])\u2060?[{_IDEOGRAPH}]")
#: Where a line may break beside a quotation mark in Chinese text, as Word, WPS, LibreOffice and Typst break: before
#: “ ‘ after a Chinese character, a digit, a Latin letter or a closing mark, and after ” ’ before a Chinese character,
#: a digit, a Latin letter or an opening mark. Pango (UAX #14, rule LB19) allows no break on either side of a quotation
#: mark, so the WeasyPrint PDF carried the character (or "本，") before “ to the next line and spread the rest; its
#: template marks these places with a zero-width space of its own (renderers/pdf.autospace).
QUOTE_BREAK = re.compile(f"(?<=[{_IDEOGRAPH}{_LATIN}{CLOSING_MARKS}])(?=[\u201c\u2018])|(?<=[\u201d\u2019])(?=[{_IDEOGRAPH}{_LATIN}{OPENING_MARKS}])")
#: Spaces at such a boundary: what text extraction (pdfplumber, pdftotext) reads into the gap that
#: autospace leaves in a PDF, the PDF importer's to drop.
SPACE_AT_BOUNDARY = re.compile(f"(?<=[{_IDEOGRAPH}])[ \u00a0]+(?=[{_LATIN}])|(?<=[{_LATIN}])[ \u00a0]+(?=[{_IDEOGRAPH}])")
#: Spaces between a full-width mark or a curly quote and an ASCII digit or letter ("人次。 12月"): never text, a gap
#: YAML's folding leaves in data (reportkit.narrative) or a reader finds on a spread line (importers/pdf). A
#: full-width space is typed: kept.
_MARK = "\u2018-\u201f\u3000-\u303f\uff00-\uffef"
SPACE_AT_MARK = re.compile(f"(?<=[{_MARK}]) +(?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) +(?=[{_MARK}])")

#: Font roles of GB/T 9704-2012 and the official face a DOCX names for each.
OFFICIAL_FACES = {
    "xiaobiaosong": "方正小标宋简体",
    "fangsong": "仿宋_GB2312",
    "kaiti": "楷体_GB2312",
    "heiti": "黑体",
    "songti": "宋体",
}

#: The font role of each element of a document (GB/T 9704-2012 §7.3, tables per local practice).
ELEMENT_ROLES = {
    "title": "xiaobiaosong",
    "heading1": "heiti",
    "heading2": "kaiti",
    "heading3": "fangsong",
    "heading4": "fangsong",
    "body": "fangsong",
    "addressee": "fangsong",
    "signature": "fangsong",
    "attachment": "fangsong",
    "attachment_label": "heiti",
    "caption": "fangsong",
    "table": "fangsong",
    "table_header": "heiti",
    "page_number": "songti",
    "masthead": "xiaobiaosong",
    "doc_number": "fangsong",
    "signer": "kaiti",  # 签发人's names (§7.2.6)
    "imprint": "fangsong",
}


#: The width of a table's rules in both PDFs (style.css, document.typ) and the DOCX (its template's ReportTable), the
#: outer ones inside the text block.
TABLE_RULE_PT = 0.5


#: Where a 版记 goes (GB/T 9704 §7.4, §7.5): at the foot of the body's last page ("foot": it is even
#: and has room), of the next page ("next": the body ends on an odd page), or of the page after
#: an unnumbered blank page ("blank", the 版记's page unnumbered too).
IMPRINT_PLACES = ("foot", "next", "blank")


@dataclass(frozen=True)
class Geometry:
    """Page set-up in millimetres and points (GB/T 9704-2012 §5; defaults are the standard's)."""

    page_width_mm: float = 210
    page_height_mm: float = 297
    margin_top_mm: float = 37
    margin_bottom_mm: float = 35
    margin_left_mm: float = 28
    margin_right_mm: float = 26
    lines_per_page: int = 22
    chars_per_line: int = 28
    body_size_pt: float = 16
    title_size_pt: float = 22
    page_number_size_pt: float = 14
    page_number_gap_mm: float = 7
    #: Tables (both renderers use these, so rows are as tall in the DOCX as in the PDF):
    #: type size, exact line height inside a cell, and the cell's inner padding.
    table_size_pt: float = 10.5
    table_line_pt: float = 13.5
    cell_padding_v_pt: float = 2
    cell_padding_h_pt: float = 2
    #: Fewest lines of a paragraph left at a page's foot or carried to the next page (both formats).
    widows_orphans: int = 2
    #: Space between Chinese and digits/Latin letters, in em (:data:`AUTOSPACED`): Typst's fixed quarter em
    #: (LibreOffice puts about 0.22 em; the page breaks of every example are the same with either).
    autospace_em: float = 0.25

    @property
    def block_height_mm(self) -> float:
        """The text block's height (版心): the page less its top and bottom margins."""
        return self.page_height_mm - self.margin_top_mm - self.margin_bottom_mm

    @property
    def block_width_mm(self) -> float:
        """The text block's width (版心): the page less its left and right margins."""
        return self.page_width_mm - self.margin_left_mm - self.margin_right_mm

    @property
    def block_width_pt(self) -> float:
        """The text block's width in points."""
        return self.block_width_mm * 72 / 25.4

    @property
    def cell_padding_chars(self) -> float:
        """A table cell's left and right padding together, in characters of the table's type."""
        return 2 * self.cell_padding_h_pt / self.table_size_pt

    @property
    def line_pitch_pt(self) -> float:
        """Baseline-to-baseline distance that fits ``lines_per_page`` lines in the text block."""
        return self.block_height_mm / self.lines_per_page * 72 / 25.4

    @property
    def char_pitch_pt(self) -> float:
        """Advance per character that fits ``chars_per_line`` characters in a line."""
        return self.block_width_mm / self.chars_per_line * 72 / 25.4

    @property
    def tracking_pt(self) -> float:
        """The body text's letter spacing, both PDFs': a line of ``chars_per_line`` characters fits with one of them
        untracked (Typst tracks no text run's last character, and one ends before each opening mark), floored to
        Pango's unit, 1/1024 CSS px, which WeasyPrint cuts any other value to (-0.2153 pt on the 28-character grid;
        -0.21 pt, laid out as -0.2095 pt, carried the last character of a just-full line with digits down in the
        WeasyPrint PDF alone)."""
        n, unit = self.chars_per_line, 0.75 / 1024
        most = (n * self.char_pitch_pt - n * self.body_size_pt) / max(n - 1, 1)
        return math.floor(most / unit) * unit

    def cell_room(self, widths: list[float], column: int, span: int = 1) -> float:
        """How many characters of the table's type a line of a cell holds: the share its ``span`` columns from
        ``column`` take of a table of relative ``widths`` (of :attr:`table_width_pt`: counted from the whole block,
        a line was counted up to 0.05 character wider than it is), less its padding."""
        share = sum(widths[column:column + span]) / sum(widths)
        return self.table_width_pt * share / self.table_size_pt - self.cell_padding_chars

    @property
    def table_width_pt(self) -> float:
        """What both PDFs share out among a table's columns: the text block less the table's outer rules, which they
        draw inside it."""
        return self.block_width_pt - TABLE_RULE_PT

    def whole_rows(self, table, grid: dict | None = None) -> list[bool]:
        """Which rows of ``table`` (a :class:`~reportkit.blocks.Table`) no output splits across pages: every row,
        unless it may be taller than half a page. Such a row kept whole left the 附件's label and title alone on a
        page in the WeasyPrint PDF, and an unsplittable row taller than a page runs off Typst's. A row's height is
        over-estimated (every character full width, each line two characters short of its cell's room): the tall
        ones split. Cells spanning rows do not count: those rows may part anyway. ``grid``: ``table.grid()``, if made."""
        return [height <= self._page_pt / 2 for height in self._row_heights(table, self._page_pt / 2, grid)]

    @property
    def _page_pt(self) -> float:
        return self.block_height_mm * 72 / 25.4

    def _row_heights(self, table, least: float, grid: dict | None = None) -> list[float]:
        """Each row's height over-estimated (every character full width, each line two characters short of its cell's
        room; cells spanning rows left out), where it may reach ``least`` points; 0 where it surely does not."""
        # A cell of n characters has at most n + 1 lines, however narrow: most cells need no estimate.
        few = (least - 2 * self.cell_padding_v_pt) / self.table_line_pt - 1
        heights = [0.0] * len(table.rows)
        for (r, c), cell in (table.grid() if grid is None else grid).items():
            if cell.rowspan == 1 and len(cell.text) > few:
                heights[r] = max(heights[r], self._cell_height(table, c, cell))
        return heights

    def _cell_height(self, table, column: int, cell) -> float:
        """The height of ``cell`` in ``column`` of ``table``, over-estimated as in :meth:`whole_rows`."""
        line = max(self.cell_room(table.widths, column, cell.colspan) - 2, 1)  # characters
        lines = sum(max(math.ceil(len(part) / line), 1) for part in _HARD_BREAK.split(cell.text))
        return lines * self.table_line_pt + 2 * self.cell_padding_v_pt

    def tall_cells(self, table, grid: dict | None = None, part: float = 2) -> set[tuple[int, int]]:
        """Where ``table``'s cells that may be taller than half a page are (row, column): each makes its row one that
        splits (:meth:`whole_rows`), and the rest of its text runs on to the next page. With ``part``, those that may
        be taller than that part of a page (4: a quarter)."""
        return {(r, c) for (r, c), cell in (table.grid() if grid is None else grid).items()
                if cell.rowspan == 1 and self._cell_height(table, c, cell) > self._page_pt / part}

    def kept_rows(self, table, grid: dict | None = None) -> list[bool]:
        """Which rows of ``table`` keep with the next one: where no output breaks the table (the DOCX's keep-with-next,
        the WeasyPrint PDF's ``break-after: avoid``, the Typst PDF's unbreakable spans). A head row (the repeated
        heads, a row of header cells in the body) keeps with the next, so does the first body row, and the last but
        one: no page holds a head alone, nor the table's first or last row alone, unless that row may be a quarter of a
        page tall (over-estimated as in :meth:`whole_rows`), or the last but one may. A cell spanning body rows (表三's
        三、本年度办理结果, （五）不予处理) parts only where the rows on either side are as tall as its text, at least:
        printed with its first rows (the WeasyPrint PDF prints it again over its rows on the next page), it never runs
        past them (it ran below the table in the WeasyPrint PDF). Its lines are over-estimated (every character full
        width), the rows' under-estimated: only the rows such cells cover are measured, a cell no wider than a line
        taking one. The last row never keeps: that would keep the table with what follows it.
        ``grid``: ``table.grid()``, if made."""
        rows = table.rows
        grid = table.grid() if grid is None else grid
        heads = [all(c.header for c in row) for row in rows]
        # A row that may be a quarter of a page tall may stand alone beside a break: kept with its neighbour, the two
        # could be taller than the page under an attachment's title, and the title stood alone on its page.
        short = [height < self._page_pt / 4 for height in self._row_heights(table, self._page_pt / 4, grid)]
        first = table.header_rows
        # A tall last but one kept with the last made LibreOffice move the whole table off the attachment title's page
        # (the PDFs split that row and keep its tail with the last).
        keep = [r < first or heads[r] or (r == first and short[r]) or (r == len(rows) - 2 and short[r] and short[r + 1])
                for r in range(len(rows))]
        # Rows of header cells in the body head a group (table 二's 第二十条第（一）项 and its column names): the group
        # is kept as a table is, its first row with the next and its last but one with its last, so no page begins
        # with a row cut from the head that names its columns.
        for r in range(1, len(rows) - 1):
            data = not heads[r] and not heads[r + 1]
            if data and (heads[r - 1] and short[r] or r + 2 < len(rows) and heads[r + 2] and short[r + 1]):
                keep[r] = True
        rooms: dict[tuple[int, int], float] = {}

        def room(c: int, span: int) -> float:
            if (c, span) not in rooms:
                rooms[c, span] = self.cell_room(table.widths, c, span)
            return rooms[c, span]

        spans = [(r, r + cell.rowspan, cell.text, room(c, cell.colspan)) for (r, c), cell in grid.items()
                 if cell.rowspan > 1 and r >= table.header_rows]
        if spans:
            pad, line = 2 * self.cell_padding_v_pt, self.table_line_pt
            covered = {r for start, end, _, _ in spans for r in range(start, end)}
            least = [line + pad if r in covered and any(c.rowspan == 1 for c in row) else pad
                     for r, row in enumerate(rows)]
            for (r, c), cell in grid.items():
                if r in covered and cell.rowspan == 1 and (len(cell.text) > room(c, cell.colspan)
                                                           or _HARD_BREAK.search(cell.text)):
                    fewest = sum(max(math.ceil(text_width(part) / room(c, cell.colspan)), 1)
                                 for part in _HARD_BREAK.split(cell.text))
                    least[r] = max(least[r], fewest * line + pad)
            for start, end, text, width in spans:
                need = most_lines(text, width) * line + pad
                for k in range(start, end - 1):  # between rows k and k + 1
                    if min(sum(least[start:k + 1]), sum(least[k + 1:end])) < need:
                        keep[k] = True
        return keep[:-1] + [False] if keep else keep

    def paragraph_lines(self, text: str, short: int = 0) -> int:
        """Lines a body paragraph of ``text`` prints in (its first indented two characters), each line holding
        ``short`` characters fewer than the grid's: 0 under-estimates them (every line full), 2 over-estimates them (a
        line carries a character before a closing mark, or a whole number, over to the next)."""
        per_line = self.chars_per_line - short
        return sum(math.ceil((2 * (i == 0) + text_width(part, self.autospace_em)) / per_line) or 1
                   for i, part in enumerate(_HARD_BREAK.split(text)))

    def signature_wraps(self, organs: list[str]) -> bool:
        """Whether an organ name of a 署名 is wider than a line less the 2 characters right of it.

        Such a name wraps, its lines right-aligned 2 characters from the right, and the date stands
        4 characters from the right (成文日期右空四字, §7.3.5.2): no engine lets it run off the page.
        """
        room = self.chars_per_line - 2
        # A line that cannot break, a long run of Latin capitals, is wider than its half ems: it ran off the page.
        lines = [line for organ in organs for line in _HARD_BREAK.split(organ)]
        return max((text_width(organ, self.autospace_em) for organ in organs), default=0) > room or any(
            widest_width(line, self.autospace_em) > room for line in lines
        )

    def organ_gap(self, organs: list[str]) -> float:
        """Lines of space between two organs of a joint 署名 (§7.3.5.2: the lead organ first, the others below it)
        whose names wrap (:meth:`signature_wraps`): half a line. Their lines all stand right-aligned, and a reader could
        not tell where one organ's name ends and the next begins; a name that fits its line needs no gap."""
        return 0.5 if len(organs) > 1 and self.signature_wraps(organs) else 0.0

    def note_room(self, count: int) -> float:
        """Characters of the body a line of an item of a 附件说明 of ``count`` items holds in both PDFs: the line less
        the 2 characters of indent and the “附件：” (3 em) and number (“1.” 1 em, “10.” 1.5 em, none for one item)
        hanging before it, which are a little wider in em than in characters of the grid (22 characters in 21.95).
        ``reportkit.line_breaks`` breaks the names to it, so that the DOCX, whose grid holds 22, prints the same lines."""
        advance = self.body_size_pt + self.tracking_pt
        number = 0 if count == 1 else 1.5 if count > 9 else 1
        return (self.block_width_pt - (3 + number) * self.body_size_pt) / advance - 2

    def note_item_lines(self, item: str, count: int) -> int:
        """Lines an item of a 附件说明 of ``count`` items prints in: each of the lines ``reportkit.line_breaks`` broke it
        into (it may take one more than the fewest, not to part a word) wraps where wider than :meth:`note_room`,
        the engines then carrying a closing mark over with the character before it."""
        room = self.note_room(count)
        return sum(1 if width <= room else math.ceil(width / (room - 1))
                   for width in (text_width(line, self.autospace_em) for line in _HARD_BREAK.split(item)))

    def note_keeps_together(self, items: list[str], organs: list[str] | None) -> bool:
        """Whether a 附件说明 of ``items``, the signature of ``organs`` after it (None: none) and the body's last lines
        may all share a page, their lines counted as they print (:meth:`note_item_lines`): three of the body's, as a
        paragraph of three moves whole (widows and orphans 2). Then both PDFs keep them together; a longer 附件说明
        breaks between its items, its first kept with the body and its last ones with the signature
        (:meth:`note_tail`; a tail that could never move whole ran off the foot of the Typst PDF's page)."""
        return self.note_lines(items, organs) + 3 <= self.lines_per_page

    def note_tail(self, items: list[str]) -> int:
        """How many of the last ``items`` of a 附件说明 that breaks between its items (not :meth:`note_keeps_together`)
        keep with the signature: the fewest that print :attr:`widows_orphans` lines, never its first (kept with the
        body). The last alone, of one line, left the signature's page one line of it (22 items of one line each)."""
        lines = 0
        for count, item in enumerate(reversed(items[1:]), 1):
            lines += self.note_item_lines(item, len(items))
            if lines >= self.widows_orphans:
                return count
        return len(items) - 1

    def note_lines(self, items: list[str], organs: list[str] | None, count: int | None = None) -> float:
        """Lines of a 附件说明 of ``items`` (of ``count`` in all, by default as many) with the blank line above it, and
        of the signature of ``organs`` after it (None: none) with its own, as they print (:meth:`note_item_lines`)."""
        lines = 1 + sum(self.note_item_lines(item, count or len(items)) for item in items)
        return lines + (self.signature_lines(organs) if organs is not None else 0)

    def signature_lines(self, organs: list[str]) -> float:
        """Lines of a 署名 of ``organs`` with the blank line above it and its 成文日期."""
        return 2 + len(organs) + 2 * self.signature_wraps(organs) + self.organ_gap(organs) * (len(organs) - 1)

    @property
    def tightest_pitch_pt(self) -> float:
        """The tightest line pitch a notice is set at to keep it on its page (:meth:`notice_pitch`): one and a half
        times the body's type (24 pt for 3号), the half-em leading below which a page of 仿宋 reads as crammed."""
        return 1.5 * self.body_size_pt

    def notice_pitch(self, blocks: list, above_pt: float = 0) -> float | None:
        """The line pitch, in points, at which the notice that opens ``blocks`` (its title to its 署名's date) fits its
        first page, ``above_pt`` of which the 版头 takes, where it overflows the page at the grid's pitch by no more
        than that pitch allows: the office adjusts the line spacing where the 署名 and the date do not fit, never
        leaving them alone on a page (GB/T 9704 §7.3.5.5). Floored to a twip (the DOCX's unit), so that the DOCX and
        both PDFs set the same pitch. ``None`` where it fits as it is, where it is longer, or holds a table or a page
        break: it then breaks as any text does. Its lines are counted as they print (:meth:`printed_lines`)."""
        lines = _notice_lines(blocks, self)
        if lines is None:
            return None
        room = self.block_height_mm * 72 / 25.4 - above_pt
        pitch = math.floor(room / lines * 20) / 20
        return pitch if lines * self.line_pitch_pt > room and pitch >= self.tightest_pitch_pt else None

    def heading_typeset(self, heading) -> str:
        """The text of ``heading`` (a :class:`~reportkit.blocks.Heading`) as the PDFs and the DOCX set it after its
        number: where its last line would hold one character, with its marks or none (…办事服务流程优|化, 分|类）),
        that character joined to the one before it (:func:`joined`), so that the engines break a character earlier, as
        in a table's cell. Its lines are counted as :func:`cell_lines` counts a cell's, on the body's line, the first
        two characters in (:meth:`body_lines`, in its level's face: 黑体, 楷体, 仿宋). Beside an autospace too (2023|年:
        the last line "2023年", :data:`AUTOSPACED` spacing across the joiner). ``heading.text`` stays as written (the
        web page, the JSON and the checks read it)."""
        lead = len(heading.number)
        lone = self.body_lines(heading.number + heading.text, 2, ELEMENT_ROLES[f"heading{heading.level}"]).lone
        return joined(heading.text, [at - lead for at in lone if at > lead])

    def printed_lines(self, text: str, indent: float = 2, role: str = "fangsong") -> int:
        """Lines ``text`` prints in (:meth:`body_lines`)."""
        return self.body_lines(text, indent, role).lines

    def body_lines(self, text: str, indent: float = 2, role: str = "fangsong") -> CellLines:
        """How ``text`` sets on the body's lines of ``chars_per_line``, its first ``indent`` characters in, laid out as
        the engines break a justified line (:func:`cell_lines`): a run of letters and digits kept whole (broken only
        when wider than a line), a closing mark kept with the character before it and an opening mark with the one
        after it (禁则), each character as wide as the face of ``role`` sets it (:func:`face_width`), the quarter em
        between Chinese and digits or Latin letters counted."""
        return cell_lines(text, self.chars_per_line + 1e-6, measure=partial(face_width, role=role), indent=indent,
                          space=self.autospace_em)


#: Two characters with a space between them (:data:`AUTOSPACED`): Chinese and a digit or a Latin letter, either way.
_BOUNDARY = re.compile(f"[{_IDEOGRAPH}][{_LATIN}]|[{_LATIN}][{_IDEOGRAPH}]")


def _notice_lines(blocks: list, geometry: Geometry) -> float | None:
    """Lines of the notice that opens ``blocks`` (after a 版头), from its title to its 署名's date, at the grid's pitch
    (:meth:`Geometry.notice_pitch`); ``None`` where no such notice opens them, or it holds anything but a title, a
    主送, headings, paragraphs, a 附件说明 and a 署名 (a table, a page break)."""
    span = notice_span(blocks)
    if span is None:
        return None
    lines = 0.0
    for block in blocks[span]:
        kind = type(block).__name__
        if kind == "Title":
            lines += len(_HARD_BREAK.split(block.text)) + 1  # one blank grid line under it
        elif kind == "Addressee":
            lines += geometry.printed_lines(block.line, 0)
        elif kind == "Heading":
            lines += geometry.printed_lines(block.number + block.text, role=ELEMENT_ROLES[f"heading{block.level}"])
        elif kind == "Paragraph":
            lines += geometry.printed_lines(block.text)
        elif kind == "AttachmentNote":
            lines += geometry.note_lines(block.items, None)
        else:
            lines += geometry.signature_lines(block.organs)
    return lines


def notice_blocks(blocks: list) -> set[int]:
    """The ``id`` of each block of the notice that opens ``blocks`` (:func:`notice_span`), which a renderer sets at
    :meth:`Geometry.notice_pitch`."""
    span = notice_span(blocks)
    return {id(block) for block in blocks[span]} if span else set()


def notice_span(blocks: list) -> slice | None:
    """Where in ``blocks`` the notice that opens them lies: from the title (the first block, or the second after a
    版头) to the first 署名, nothing but a 主送, headings, paragraphs and a 附件说明 between them; else ``None``."""
    kinds = [type(block).__name__ for block in blocks]
    start = 1 if kinds[:1] == ["Masthead"] else 0
    if kinds[start:start + 1] != ["Title"] or "Signature" not in kinds[start:]:
        return None
    end = kinds.index("Signature", start) + 1
    allowed = {"Title", "Addressee", "Heading", "Paragraph", "AttachmentNote", "Signature"}
    return slice(start, end) if set(kinds[start:end]) <= allowed and kinds[start:end].count("Title") == 1 else None


def glyph_width(ch: str) -> float:
    """A character's width in ems as the title's and the body's faces set it, at most: a Latin capital ¾, a digit
    0.6, M W @ % & 1 (measured ½, a line ran a character over and the engines left one alone on a line), a small
    letter its advance in RK Xiaobiaosong or in FandolFang (:func:`face_width`), whichever is wider, 0.6 at least
    (counted 0.6, m is 1.01 and w 0.87 in the title's face: a title's line with “mmmwww” or “Windows” ran past the text
    block, and both PDFs set its last character or two on a line of their own)."""
    if not ch.isascii():
        return text_width(ch)
    if ch.islower():
        return max(0.6, face_width(ch, role="xiaobiaosong"), face_width(ch))
    return 1.0 if ch in "MW@%&" else 0.75 if ch.isupper() else 0.6 if ch.isalnum() else 0.5


def widest_width(text: str, autospace_em: float = 0) -> float:
    """Width of one line of ``text`` in body characters, at most (:func:`glyph_width`), with ``autospace_em`` at each
    boundary between Chinese and digits or Latin letters."""
    return sum(map(glyph_width, text)) + autospace_em * sum(1 for _ in AUTOSPACED.finditer(text))


def monospaced_width(text: str) -> int:
    """Columns ``text`` takes where every character is one or two wide (a terminal, a column of Excel, a PDF reader's
    text copy): two for a wide (Chinese) character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def text_width(text: str, autospace_em: float = 0) -> float:
    """Width in body characters: full-width (and ambiguous, as in CJK text) 1, others ½, and
    ``autospace_em`` at each boundary between Chinese and digits or Latin letters."""
    return (sum(1 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)
            + autospace_em * sum(1 for _ in AUTOSPACED.finditer(text)))


#: The advance of each printable ASCII character, the space to “~” in code order, in thousandths of an em (rounded
#: up), in the bundled face of each role that sets body text, headings, tables and titles: FandolFang (仿宋: digits ½,
#: capitals 0.35–1.02, % 0.83, lower case 0.28–0.84), RK Heiti (黑体), RK Xiaobiaosong (小标宋) and RK Kaiti (楷体);
#: tests/test_cell_widths_s51L.py reads them again from the font files.
_ADVANCES = {
    "fangsong": "333 278 500 833 500 833 781 278 389 389 500 778 278 333 278 500 500 500 500 500 500 500 500 500 500 "
                "500 278 278 778 778 778 472 778 739 703 722 758 675 647 782 739 350 508 767 619 906 739 778 675 778 "
                "731 556 722 739 739 1017 739 739 611 278 500 278 611 778 500 489 561 444 561 444 306 500 561 283 311 "
                "533 283 839 561 500 561 533 392 394 389 561 533 728 533 533 446 500 278 500 611",
    "heiti": "224 323 474 555 555 921 680 278 338 338 467 555 278 347 278 392 555 555 555 555 555 555 555 555 555 555 "
             "278 278 555 555 555 474 946 608 657 638 688 589 552 689 728 293 535 646 543 812 723 742 633 742 635 596 "
             "599 721 575 878 573 531 603 338 392 338 555 559 606 563 618 510 620 554 325 564 607 275 275 552 284 926 "
             "610 606 620 620 388 468 377 607 521 802 498 521 475 338 270 338 555",
    "xiaobiaosong": "250 355 447 615 589 966 803 235 400 400 485 603 335 370 335 400 593 466 594 593 593 594 594 588 594 "
                    "596 335 335 603 603 603 473 970 746 708 702 789 666 648 757 864 426 428 767 642 1001 815 785 673 "
                    "785 751 597 695 818 734 1091 726 701 627 372 400 372 603 593 447 585 672 565 658 572 402 596 687 349 "
                    "335 651 355 1008 685 623 671 640 500 499 393 678 578 874 599 582 517 380 338 380 603",
    "kaiti": "350 350 350 600 600 800 700 350 350 350 500 600 350 350 350 350 600 600 600 600 600 600 600 600 600 600 "
             "350 350 600 600 600 600 784 690 650 703 728 638 582 752 700 304 492 630 547 855 738 745 618 745 635 617 "
             "577 710 620 880 600 600 600 350 350 350 600 500 500 575 573 530 575 543 370 580 588 263 301 510 263 816 "
             "588 562 572 576 430 510 360 590 490 730 500 500 490 350 350 350 600",
}
#: What each printable ASCII character's advance (:data:`_ADVANCES`) adds to the ½ :func:`text_width` counts, by role.
_BEYOND_HALF = {role: {chr(0x20 + i): int(advance) / 1000 - 0.5 for i, advance in enumerate(advances.split())}
                for role, advances in _ADVANCES.items()}


def face_width(text: str, autospace_em: float = 0, role: str = "fangsong") -> float:
    """Width of ``text`` in characters as the bundled face of ``role`` (``fangsong``, ``heiti`` or ``kaiti``) sets it:
    a printable ASCII character its advance (:data:`_ADVANCES`), any other as :func:`text_width` counts it, and
    ``autospace_em`` at each boundary between Chinese and digits or Latin letters. What :func:`cell_lines` and
    :meth:`Geometry.body_lines` measure with: counted ½ (capitals ¾ in a paragraph), a cell or a heading with capitals
    or % wrapped where they saw none, and its last character stood alone on a line. An official face (仿宋_GB2312),
    whose ASCII is ½ wide, is over-estimated."""
    beyond = _BEYOND_HALF[role]
    return text_width(text, autospace_em) + sum(beyond[ch] for ch in text if ch in beyond)


#: What a line of a cell does not part (禁则): a character with the opening marks before it and the closing marks (and
#: an ellipsis) after it, a run of letters and digits (:data:`UNBROKEN`).
_CELL_UNIT = re.compile(f"[{re.escape(OPENING_MARKS)}]*(?:{UNBROKEN}+|.)[{re.escape(CLOSING_MARKS)}…]*", re.S)
#: A character with its marks: what a unit wider than its line breaks between.
_CELL_PIECE = re.compile(f"[{re.escape(OPENING_MARKS)}]*.[{re.escape(CLOSING_MARKS)}…]*", re.S)


class CellLines(NamedTuple):
    """How a cell's text sets (:func:`cell_lines`): its ``lines``, and where a paragraph of it ends on a line of one
    character, with its marks or none (“网站发布条|数”, “公开事项分|类）”, “行政|（类）”; not the last piece of a run of
    letters broken inside, “…gov.c|n）”): the offset in the text of each such line's first character."""

    lines: int
    lone: tuple[int, ...]


def cell_lines(text: str, room: float, hanging: int = 0, measure: Callable[[str], float] = face_width,
               indent: float = 0, space: float = Geometry.autospace_em) -> CellLines:
    """How ``text`` sets in a cell whose line holds ``room`` characters of the table's type, broken as both PDFs break
    it: where the next unit (:data:`_CELL_UNIT`) no longer fits; a unit wider than a line starts one and breaks where
    its next character no longer fits (a web address in a narrow column). A line the data breaks starts a
    paragraph, whose wrapped lines start ``hanging`` characters in (:attr:`Cell.hanging`). ``measure`` gives a text's
    width in characters: :func:`face_width` (the cells' 仿宋; a header's 黑体), or ``len`` for every character full
    width. ``space`` goes at each boundary between Chinese and digits or Latin letters inside a line
    (:data:`AUTOSPACED`): both PDFs set the quarter em in a cell as in the body (without it, “推动2023办事” counted a
    quarter character short at each, the cell's last character went alone to a line unseen). A heading's lines
    (:meth:`Geometry.heading_typeset`) and a paragraph's (:meth:`Geometry.printed_lines`) are counted alike, the first
    ``indent`` characters in."""
    lines, lone, offset = 0, [], 0
    for part in _HARD_BREAK.split(text):
        first, start, end, width = lines, 0, 0, 0.0  # the paragraph's last line: part[start:end], ``width`` wide

        def line_room() -> float:
            return room - (hanging if lines > first else indent if not first else 0)

        for unit in _CELL_UNIT.findall(part):
            size = measure(unit)
            gap = space if end > start and _BOUNDARY.fullmatch(part[end - 1] + unit[0]) else 0
            if end > start and width + gap + size > line_room():
                lines, start, width, gap = lines + 1, end, 0.0, 0
            width += gap
            for piece in _CELL_PIECE.findall(unit) if size > line_room() else (unit,):
                size = measure(piece)
                if end > start and width + size > line_room():
                    lines, start, width = lines + 1, end, 0.0
                end, width = end + len(piece), width + size
        lines += 1
        # not a piece of a run broken inside (“…gov.c|n）”): no joiner keeps it with the rest, which cannot break
        if lines - first > 1 and len(part[start:].rstrip(CLOSING_MARKS).lstrip(OPENING_MARKS)) == 1 \
                and not re.fullmatch(f"{UNBROKEN}{{2}}", part[start - 1:start + 1]):
            lone.append(offset + start)
        offset += len(part) + 1
    return CellLines(lines, tuple(lone))


#: Printed as nothing and dropped by the import (``importers.labels.clean``); neither PDF breaks a line beside it (UAX #14
#: LB11, Pango and Typst). LibreOffice does between two Chinese characters: its DOCX may still end on one there.
JOINER = "\u2060"
#: A :data:`JOINER` at a boundary between Chinese and digits or Latin letters (:data:`AUTOSPACED`).
JOINED_BOUNDARY = re.compile(f"(?<=[{_IDEOGRAPH}]){JOINER}(?=[{_LATIN}])|(?<=[{_LATIN}]){JOINER}(?=[{_IDEOGRAPH}])")


def joined(text: str, lone: tuple[int, ...] | list[int]) -> str:
    """``text`` with a :data:`JOINER` before each offset of ``lone`` (:attr:`CellLines.lone`), keeping the character that
    would set alone on a line to the one before it: none beside a blank, where a line breaks anyway."""
    for at in reversed(lone):
        if text[at - 1:at + 1].strip() == text[at - 1:at + 1]:
            text = text[:at] + JOINER + text[at:]
    return text


def most_lines(text: str, room: float) -> int:
    """Lines of ``text`` in a cell line of ``room`` characters, every character full width (:func:`cell_lines`): an
    over-estimate."""
    return cell_lines(text, room, measure=len).lines


@dataclass(frozen=True)
class Layout:
    """A page layout a plugin contributes through ``register_layouts``.

    ``directory`` and the ``shared`` folders (e.g. the default layout's, for a layout that
    builds on it) are the only places the PDF renderer may fetch files from; the templates
    and stylesheets must lie inside them. ``stylesheets`` are applied after ``stylesheet``,
    in order. ``faces`` names the official
    face of each font role (DOCX), ``roles`` the font role of each element.
    ``prepare(document, settings)``, when given, returns the document to render with this
    layout (e.g. with the 版头 and 版记 blocks the layout draws); ``settings`` are its
    plugin's validated settings from ``plugins:`` in the data, or ``None``.
    ``paginate(pages)``, when given, is called with WeasyPrint's laid-out document and returns
    CSS for a second layout pass (``!important`` to win over the layout's own rules), or ``""``
    when the first pass is final. ``imprint_place(pages)``, when given, says from the same first
    pass where the document's ``Imprint`` (版记) goes, one of :data:`IMPRINT_PLACES`; the DOCX
    renderer asks it, so that Word and WPS find the 版记 where the PDF has it (without Pango the
    DOCX asks the Typst PDF instead, whose template sets the 版记 by the same rule; without either
    engine it puts the 版记 on a new even page, as for ``"blank"``).
    """

    name: str
    description: str
    directory: Path
    docx_template: Path
    html_template: Path
    stylesheet: Path
    geometry: Geometry = field(default_factory=Geometry)
    faces: dict[str, str] = field(default_factory=lambda: dict(OFFICIAL_FACES))
    roles: dict[str, str] = field(default_factory=lambda: dict(ELEMENT_ROLES))
    prepare: Callable[[Any, Any], Any] | None = None
    stylesheets: tuple[Path, ...] = ()
    shared: tuple[Path, ...] = ()
    paginate: Callable[[Any], str] | None = None
    imprint_place: Callable[[Any], str] | None = None

    @property
    def folders(self) -> tuple[Path, ...]:
        """Where this layout's files may come from: its ``directory``, then the ``shared`` folders."""
        return (Path(self.directory), *map(Path, self.shared))
