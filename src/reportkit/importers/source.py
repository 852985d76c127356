"""What every importer reads a published report into: paragraphs and grids in reading order.

A source format (DOCX, HTML, PDF, a plugin's OFD) only has to find the paragraphs and
tables; mapping them to report data is shared (:mod:`.annual`). Each item keeps its
place in the source, in Chinese, so that a finding can say where to look.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from itertools import accumulate, takewhile
from typing import Union

from ..line_breaks import rejoined
from ..file_kinds import utf16_without_bom
from .labels import SENTENCE_END, clean, date_line, heading_level, norm, organ_name, row_cells


@dataclass
class Para:
    """One paragraph. ``role`` is what the source's styling says it is: title, heading, body, signature, date; ``cell`` a
    line of a table a text copy mixed (:meth:`.documents._Plan._unread_table`)."""

    text: str
    place: str
    role: str = "body"


@dataclass
class Grid:
    """One table as a full grid: a merged cell's text is repeated in every position it covers, and the merged cells
    the reader knows are in ``spans`` as ``(row, col, rowspan, colspan)``. ``placed``: each cell stands where its box
    is on the page (a PDF's), so a row's blank cells at its end are blank, not labels a page break left above.
    ``pictures``: the ``(row, col)`` of each cell holding a picture, which :meth:`Published.add` notes. ``apart``: the
    reader kept it apart from the grid right before it, a table of its own (:meth:`Published.add`), which the
    mapping of an annual report's tables trusts: it goes on with no table above it. ``written_once``: the reader knows
    the source lost the merged cells' spans and wrote each merged cell once, in its first row (a text copy's table, a
    web page's whose site stripped the rowspan), so a blank cell may be the filled one's above. ``laid_out``: its rows
    were read by where their words stand in a copy keeping the page's layout (pdftotext -layout), which prints a cell
    centred down two rows on a line of its own between them: such a line is no row of the printed table."""

    rows: list[list[str]]
    places: list[str]  # one per row
    place: str
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)
    placed: bool = False
    pictures: list[tuple[int, int]] = field(default_factory=list)
    apart: bool = False
    written_once: bool = False
    laid_out: bool = False

    def lines(self) -> list[tuple[str, str]]:
        """Each cell's text once (a merged cell's repeats are one), row after row, with its row's place; no blanks."""
        return [(text, place) for row, place in zip(self.rows, self.places) for text in dict.fromkeys(row) if text]

    def merged_once(self) -> list[list[str]]:
        """The grid's rows with a merged cell's text in its first position only, the others it covers left empty."""
        rows = [list(row) for row in self.rows]
        for r, c, rowspan, colspan in self.spans:
            for i in range(r, r + rowspan):
                for j in range(c, c + colspan):
                    if (i, j) != (r, c) and i < len(rows) and j < len(rows[i]):
                        rows[i][j] = ""
        return rows

    def data(self) -> dict | str:
        """A table as the data writes it: the first row its head, with the next one or two where a cell of the first
        spans rows and they look like a head (``head_rows``: a grouped head, 序号 over two rows beside 人员 over 专职 and
        兼职, :func:`_head_like`; not a table without a head whose first cell spans two rows); whole numbers
        of the data rows as numbers (``12``, not ``"12"``); a merged cell as ``{text, colspan, rowspan}`` with the
        cells it covers left out, but one reaching from the head into the rows (a head of more than three rows, not
        like a head, or with no row under it): its text once, in its first position, the others it covers empty."""
        width = max(map(len, self.rows))
        cells: list[list] = [row + [""] * (width - len(row)) for row in self.merged_once()]
        if len(cells) == 1:
            return "\u3000".join(str(cell) for cell in dict.fromkeys(cells[0]) if cell != "")
        spans = sorted((r, c, min(rowspan, len(cells) - r), min(colspan, width - c))
                       for r, c, rowspan, colspan in self.spans)
        head = 1
        while (grown := max([head, *(r + rowspan for r, _, rowspan, _ in spans if r < head)])) != head:
            head = grown
        if head > 3 or head >= len(cells) or head > 1 and not _head_like(cells, spans, head):
            head = 1
        cells[head:] = [[int(cell) if re.fullmatch(r"0|[1-9]\d{0,14}", cell) else cell for cell in row]
                        for row in cells[head:]]
        covered: set[tuple[int, int]] = set()
        for r, c, rowspan, colspan in spans:
            area = {(i, j) for i in range(r, r + rowspan) for j in range(c, c + colspan)} - {(r, c)}
            if r < head < r + rowspan or not area or (area | {(r, c)}) & covered:
                continue
            covered |= area
            cells[r][c] = {"text": cells[r][c], **({"colspan": colspan} if colspan > 1 else {}),
                           **({"rowspan": rowspan} if rowspan > 1 else {})}
        rows = [[cell for c, cell in enumerate(row) if (r, c) not in covered] for r, row in enumerate(cells)]
        return {"columns": rows[0], **({"head_rows": head} if head > 1 else {}), "rows": rows[1:]}


Item = Union[Para, Grid]

#: At most this many characters, a cell may be a label of a table's head.
_LABEL_LENGTH = 20
#: A year as a head's label writes it: 2023.
_YEAR = re.compile(r"(?:19|20)\d\d")


def _head_like(cells: list[list[str]], spans: list[tuple[int, int, int, int]], head: int) -> bool:
    """Whether the first ``head`` rows of ``cells`` look like a head of as many rows: short labels, no figure (but a
    year: 2023 over its column), no sentence; more than one cell of them merged (a group over its labels beside a
    label over the rows, not one tall first cell); and no merged cell below as tall as one of theirs in its column (the
    first of a group's cells, each over its rows, as in a table without a head)."""
    above = [span for span in spans if span[0] < head]
    tall = {(c, rowspan) for _, c, rowspan, _ in above if rowspan > 1}
    return all(len(cell) <= _LABEL_LENGTH and not (_figure(cell) and not _YEAR.fullmatch(cell))
               and not SENTENCE_END.search(cell)
               for row in cells[:head] for cell in row) and len(above) > 1 \
        and not any((c, rowspan) in tall for r, c, rowspan, _ in spans if r >= head)


@dataclass
class Picture:
    """A picture in the body (a table published as an image, say): ``place`` in Chinese, ``at`` the number of items
    before it; one in a table's cell is in that table, the item at ``at``, in its row (``row``: the row's place)."""

    place: str
    at: int
    row: str = ""


@dataclass
class Published:
    """A published report as read from its file, before mapping."""

    file: str
    items: list[Item] = field(default_factory=list)
    #: The page's own title (a web page's <title>), for a report whose text has none.
    page_title: str = ""
    #: The pictures among the items, in order.
    pictures: list[Picture] = field(default_factory=list)
    #: What the reader saw but could not read as text (an embedded object, a footnote): (place, message), each a
    #: finding of the import.
    unread: list[tuple[str, str]] = field(default_factory=list)
    #: What the reader could not tell (where a text copy's merged cell stood), each a finding of the import: (place,
    #: message, rule, the message as ``check`` says it, ``check``'s severity).
    findings: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def picture(self, place: str) -> None:
        """Note a picture at ``place``, after the items added so far."""
        self.pictures.append(Picture(place, len(self.items)))

    def add(self, item: Item, looks: list[set] | None = None, ended: set[int] = frozenset(), apart: bool = False) -> None:
        """Append ``item``; a table that directly continues the previous one (split in two, or across
        a page break) is joined to it, without the header rows it repeats, its label columns aligned with the previous
        one's (:func:`align_labels`; ``ended``: a PDF's columns whose text ends in the previous one's last row,
        :func:`_rest_of_row`). A table's pictures (:attr:`Grid.pictures`) are noted in
        the item it is or joins, at their cells (第 1 个表格第 2 行第 3 列). A table ``apart`` (one with a head of its
        own) joins none, and is marked so (:attr:`Grid.apart`).

        A heading or body paragraph is cut at its line breaks (Shift+Enter, <br>) that start a paragraph
        (:func:`_paragraphs`). A heading's first line is one heading with the lines that wrap it
        (:func:`_heading_lines`), the text after them body paragraphs. ``looks``, where the reader knows how the text is
        set: for each line (as ``\\n`` parts the text) the set of the looks of its runs with text, each a tuple of
        ``(CSS property, value)`` pairs, a later pair of a property overriding an earlier one (``(("font-weight",
        "bold"), ("font-size", "16pt"))``). With them, a line only wraps a heading set like it, and a line set in bold,
        or numbered (一、), and set otherwise than the lines around it opens a heading too (:func:`_opens`)."""
        previous = self.items[-1] if self.items and not apart else None
        if isinstance(item, Para) and item.role in ("body", "heading"):
            self.items += [Para(text, item.place, role) for text, role in _parted(item.text, item.role, looks)]
        elif isinstance(item, Para) and item.role != "title":
            # Lines set apart (a 署名 over its 成文日期, right-aligned) are items of their own at every break.
            self.items += [Para(text, item.place, item.role) for text in map(clean, item.text.split("\n")) if text]
        elif isinstance(item, Para):
            item.text = "\n".join(clean(line) for line in item.text.split("\n") if clean(line))
            if item.text:
                self.items.append(item)
        elif item.rows:
            item.apart = apart
            if isinstance(previous, Grid):
                ended = align_labels(previous, item, ended)
            if isinstance(previous, Grid) and len(previous.rows[0]) == len(item.rows[0]):
                skip = repeated_head(previous, item)
                if skip < len(item.rows) and _rest_of_row(item.rows[skip], previous.rows[-1], ended):  # a row a page break cut
                    previous.rows[-1] = [a + b for a, b in zip(previous.rows[-1], item.rows[skip])]
                    skip += 1
                moved = len(previous.rows) - skip  # an item row's index in ``previous``
                for r in range(skip, len(item.rows)):
                    previous.rows.append(item.rows[r] if item.placed else _carried(item.rows[r], previous.rows[-1]))
                kept = [r for r in range(skip, len(item.rows)) if previous.rows[r + moved] is item.rows[r]]
                previous.spans += [(r + moved, c, rs, cs) for r, c, rs, cs in item.spans
                                   if set(range(r, r + rs)) <= set(kept)]
                previous.places += item.places[skip:]
                previous.written_once = previous.written_once or item.written_once
                previous.laid_out = previous.laid_out or item.laid_out
            else:
                self.items.append(item)
            self.pictures += [Picture(f"{item.places[r]}第 {c + 1} 列", len(self.items) - 1, item.places[r])
                              for r, c in item.pictures]


#: A work plan's or summary's name: 工作方案, 实施方案, 工作要点, 工作总结, 工作计划; a summary's with next year's 打算,
#: 思路 or 安排 (工作总结和2024年工作打算, 工作总结及下一步工作思路), whose match starts at 工作总结.
PLAN_OR_SUMMARY = r"(?:实施|工作)?方案|工作(?:计划|总结|要点)|工作总结[和及暨].{0,16}工作(?:打算|思路|安排)"
#: A report's title as a web page's text gives it (nothing centered): 政府信息公开 … 报告, one line.
TITLE_WORDING = re.compile(r"政府信息公开.{0,20}报告$")
#: A work plan's or summary's title, with its year or without (某局2021年政务公开工作方案, 某局政务公开工作方案, 关于印发…
#: 工作要点的通知): no annual report's, imported as its kind (:mod:`.documents`).
_OTHER_WORDING = re.compile(rf"\S.{{1,40}}(?:{PLAN_OR_SUMMARY})》?(?:的通知)?$")


def worded_title(text: str) -> bool:
    """Short, worded like a title, no sentence and no site's breadcrumb (首页 > 政务公开 > 政府信息公开年度报告); the
    length is tried first: :func:`worded` searches a line from each of its characters (a report pasted as one line)."""
    return len(text) <= 60 and worded(text) and not any(c in text for c in "。；，：:>＞»›→")


def worded(text: str) -> bool:
    """Whether ``text`` ends like a report's title, or a plan's or summary's."""
    return bool(TITLE_WORDING.search(text) or _OTHER_WORDING.search(text))


#: At most this many characters, a line is too short to wrap: a part's short text (无, 暂无) over a 署名.
SHORT_LINE = 20


def _paragraphs(text: str) -> list[str]:
    """``text`` cut at each line break (a web page's <br>, Word's Shift+Enter) that starts a new paragraph: after a
    blank line, a sentence's end, a title (:func:`worded_title`: a web page's first <p> may hold the title and the
    preamble) or a numbered heading (一、 （一） 1.) but its wrapped rest (:func:`heading_tail`), or
    before an indent, a numbered heading or a date alone (a 署名 over its 成文日期), or before an organ's name alone
    after a short line (无 / 某县水利局); not at the others."""
    parts = [""]
    blank = False
    pieces = text.split("\n")
    for i, piece in enumerate(pieces):
        before = clean(parts[-1])
        after = pieces[i + 1] if i + 1 < len(pieces) else None
        heading = heading_level(before) and "。" not in before and not heading_tail(before, piece, after)
        organ = len(before) <= SHORT_LINE and organ_name(clean(piece), ending=True)
        if not before or blank or heading or SENTENCE_END.search(before) or worded_title(before) or piece[:1].isspace() \
                or heading_level(clean(piece)) or date_line(piece) or organ:
            parts.append(piece)
        else:
            parts[-1] += "\n" + piece
        blank = not piece.strip()
    return parts


#: What a heading's wrapped rest never holds: a clause's or a sentence's punctuation.
_CLAUSE = re.compile(r"[。，,；;！？!?：:]")
#: A part's short text, under its heading in the same paragraph: 无, 暂无, 没有….
_NONE = re.compile(r"^(?:暂?无|没有)")
#: At most this many characters, a heading with its wrapped rest is one (a longer one is a heading and its text).
_HEADING_LENGTH = 40


def heading_tail(heading: str, piece: str, after: str | None) -> bool:
    """Whether the line ``piece`` after a numbered ``heading`` line in a body paragraph is the heading's rest, wrapped
    by a line break (Shift+Enter, <br>: 二、主动公开 / 政府信息情况): not indented, no heading, no clause, no date, no
    organ's name, no part's short text (无), the two no longer than a heading, and the line ``after`` it (None: none)
    no sentence it begins (“一、总体情况 / 本局全年坚持依法依规 / 做好公开，…” is a heading and its text)."""
    tail = clean(piece)
    return bool(tail) and not piece[:1].isspace() and not heading_level(tail) and not _CLAUSE.search(tail) \
        and not date_line(tail) and not organ_name(tail, ending=True) and not _NONE.match(tail) \
        and len(heading + tail) <= _HEADING_LENGTH \
        and (after is None or not after.strip() or after[:1].isspace() or bool(heading_level(clean(after)))
             or bool(date_line(after)))


def _heading_lines(text: str, looks: list[set]) -> tuple[str, str]:
    """A heading's text (its first line a heading: a heading style's, an <h2>'s, a line in bold…) parted into the
    heading, with the lines a manual line break wrapped, and the text typed after it in the same paragraph (Shift+Enter,
    <br>), "" for none. A line is the heading's rest only as in a body paragraph (:func:`heading_tail`: no text of the
    paragraph follows it), and where it looks like the first line (when ``looks``, the reader's look of each line,
    has one for each): text after a heading is set in the body's face, size or weight, and so ends the heading's lines."""
    lines = text.split("\n")
    lead = len(list(takewhile(lambda line: not line.strip(), lines[:-1])))  # blank lines before it: none of its lines
    lines, looks = lines[lead:], looks[lead:]

    def alike(k: int) -> bool:
        return len(looks) != len(lines) or looks[k] <= looks[0]

    end = 1
    while end < len(lines) and alike(end) and "。" not in lines[0] \
            and heading_tail("".join(lines[:end]), lines[end], None):
        end += 1
    while end > 1 and not heading_tail("".join(lines[:end - 1]), lines[end - 1],
                                       lines[end] if end < len(lines) and alike(end) else None):
        end -= 1  # the text goes on after these lines: they start it
    return "\n".join(lines[:end]), "\n".join(lines[end:])


def _parted(text: str, role: str, looks: list[set] | None) -> list[tuple[str, str]]:
    """The paragraphs of a body or heading paragraph's ``text``, cleaned, with their roles (:meth:`Published.add`):
    a heading at each line opening one (a heading paragraph's first, those :func:`_opens` finds), with what wraps it,
    in the paragraph's role where it is the paragraph's first, else (a heading further down) as body text; the
    rest body paragraphs."""
    lines = text.split("\n")
    looks = looks if looks and len(looks) == len(lines) else []
    starts = [k for k in range(len(lines)) if _opens(lines, looks, k)]
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if role == "heading" and first is not None and first not in starts:
        starts = [first, *starts]
    out = []
    for a, b in zip([0, *starts], [*starts, len(lines)]):
        rest = "\n".join(lines[a:b])
        if a in starts:
            heading, rest = _heading_lines(rest, looks[a:b])
            # its lines joined as wrapped: no space between 局 and 2018 (<h2>某局<br>2018年…</h2>)
            out.append((clean(rejoined(heading.split("\n"))), role if a == first else "body"))
        out += [(clean(piece), "body") for piece in _paragraphs(rest)]
    return [(piece, piece_role) for piece, piece_role in out if piece]


#: The look of a run set in bold, in the words of the looks readers give :meth:`Published.add`.
BOLD = ("font-weight", "bold")


def all_bold(look: set) -> bool:
    """Whether a line whose runs have the looks ``look`` (as :meth:`Published.add` takes them) is set all in bold."""
    return bool(look) and all(dict(run).get(BOLD[0]) == BOLD[1] for run in look)


def _opens(lines: list[str], looks: list[set], k: int) -> bool:
    """Whether line ``k`` opens a heading by its look (``looks``, one for each line; none known: no line does): a line
    set all in bold, or numbered (一、（一）1.), set otherwise than the line before it (if any) and than a line after it
    (<strong>（一）主动公开</strong><br>全年…, or “……。<br><b>二、主动公开情况</b><br>……”); a numbered line in bold opens
    one whatever follows it."""
    if not looks or not lines[k].strip():
        return False
    look = looks[k]
    bold = all_bold(look)
    numbered = bool(heading_level(clean(lines[k])))
    before = next((looks[j] for j in range(k - 1, -1, -1) if lines[j].strip()), None)
    if not (bold or numbered) or before is not None and before <= look:
        return False
    return bold and numbered or any(not looks[j] <= look for j in range(k + 1, len(lines)) if lines[j].strip())


def decode(raw: bytes) -> str:
    """A saved page's or text file's bytes as text: UTF-8, UTF-32 or UTF-16 with their byte-order mark (UTF-32's
    starts as UTF-16's does), UTF-16 without it, UTF-8, or GB18030 (GBK, what Notepad and older sites write), in that
    order."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    if b"\x00" in raw and (encoding := utf16_without_bom(raw)):
        return raw.decode(encoding, errors="replace")
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    # a stray byte (a site's footer pasted from elsewhere): the reading that spoils fewest characters
    return min((raw.decode(encoding, errors="replace") for encoding in ("utf-8", "gb18030")), key=lambda t: t.count("\ufffd"))


#: A line break of a cell between two digits: 38 over 787 (the clerk pressed Enter), two figures or one cut in two.
_DIGITS_BROKEN = re.compile(r"(?<=\d)[^\S\n]*\n\s*(?=\d)")


def cell_text(text: str, lines: bool = False) -> str:
    """A cell's text cleaned (:func:`.labels.clean`); with ``lines`` (its line breaks are the source's own: a DOCX
    cell's paragraphs, a web page's <br>, not a PDF's wrapping) one between two digits kept, for the reading of its
    figure to tell (joined, 38 over 787 was read as the figure 38787)."""
    return "\n".join(map(clean, _DIGITS_BROKEN.split(text))) if lines else clean(text)


def fill_spans(cells: list[tuple[int, int, int, int, str]], height: int | None = None,
               lines: bool = False) -> list[list[str]]:
    """A full grid from ``(row, col, rowspan, colspan, text)`` cells, each :func:`cell_text` (``lines`` to it);
    uncovered positions are empty.

    A rowspan reaching past ``height`` rows (a table cut in two) stops at the last row."""
    height = height or max((r + rs for r, _, rs, _, _ in cells), default=0)
    width = max((c + cs for _, c, _, cs, _ in cells), default=0)
    grid = [[""] * width for _ in range(height)]
    for r, c, rs, cs, text in cells:
        for i in range(r, min(r + rs, height)):
            for j in range(c, c + cs):
                grid[i][j] = cell_text(text, lines)
    return grid


def merged(cells: list[tuple[int, int, int, int, str]], height: int | None = None) -> list[tuple[int, int, int, int]]:
    """The merged cells among ``(row, col, rowspan, colspan, text)`` cells, as :attr:`Grid.spans`; a rowspan reaching
    past ``height`` rows stops at the last row, as in :func:`fill_spans`."""
    height = height or max((r + rs for r, _, rs, _, _ in cells), default=0)
    spans = [(r, c, min(rs, height - r), cs) for r, c, rs, cs, _ in cells]
    return [span for span in spans if span[2] * span[3] > 1]


def _rest_of_row(row: list[str], above: list[str], ended: set[int] = frozenset()) -> bool:
    """Whether ``row``, first of a table's part on a new page, is the rest of the row ``above`` (Word lets a row break
    across pages): only the ends of ``above``'s labels, wrapped, and none of its figures. A row with its figures
    printed blank is a row of its own where its text goes under cells whose text ends above (``ended``, a PDF's:
    :func:`.pdf.grids.ended_columns`), or where it is labelled as a row of tables 二 and 三 (“其他对外管理服务事项” under
    “行政许可”)."""
    filled = [j for j, cell in enumerate(row) if cell]
    return bool(filled) and not all(j in ended for j in filled) and not _labelled(row) \
        and all(above[j] and not _figure(above[j]) and not _figure(row[j]) and not heading_level(row[j])
                and not re.match(r"\d+\s*[.．、]", row[j]) for j in filled) \
        and any(map(_figure, above))


def repeated_head(previous: Grid, item: Grid) -> int:
    """How many first rows of ``item``, a table's next part, are ``previous``'s first rows again (the head it repeats)."""
    return len(list(takewhile(lambda pair: pair[0] == pair[1], zip(item.rows, previous.rows))))


def label_columns(grid: Grid) -> int | None:
    """How many columns of ``grid`` come before its first one holding a figure (its labels'), alone or with its note
    (whole, or cut by a page break: “38（经征询”); None without figures."""
    return next((j for j in range(len(grid.rows[0]))
                 if any(_figure(row[j]) or _NOTED.match(row[j]) for row in grid.rows if j < len(row))), None)


def align_labels(previous: Grid, grid: Grid, ended: set[int] = frozenset()) -> set[int]:
    """Where ``grid`` goes on with ``previous`` (after a page break) with as many columns of figures but fewer or more
    of labels (a browser draws the merged labels' cells cut by the break as one blank cell; table 三's part without
    1. 2. rows has no column for them), the narrower one's last label column repeated, as a merged cell is, so that
    the two join (a row of figures, or few of them, included); its merged cells widened with it. Returns ``ended``
    (a PDF's columns whose text ends in ``previous``'s last row, :func:`.pdf.grids.ended_columns`) on its columns now."""
    labels = label_columns(previous), label_columns(grid)
    widths = len(previous.rows[0]), len(grid.rows[0])
    if None in labels or min(labels) < 1 or labels[0] == labels[1] or widths[0] - labels[0] != widths[1] - labels[1]:
        return set(ended)
    narrow, extra = (previous, labels[1] - labels[0]) if labels[0] < labels[1] else (grid, labels[0] - labels[1])
    last = min(labels) - 1
    narrow.rows[:] = [row[:last] + [row[last]] * extra + row[last:] for row in narrow.rows]
    narrow.spans = [(r, c + extra if c > last else c, rows, columns + extra if c <= last < c + columns else columns)
                    for r, c, rows, columns in narrow.spans]
    if narrow is grid:
        return set(ended)
    return {k for j in ended for k in ([j] if j < last else range(j, j + extra + 1) if j == last else [j + extra])}


#: A figure followed by its note (4（均为查封）), as the first line of a cell prints it.
_NOTED = re.compile(r"\d+(?:[.,]\d+)*[（(]")


def _figure(cell: str) -> bool:
    return bool(re.fullmatch(r"[\d\s.,，%+\-−－—–/／]+", cell))


def _carried(row: list[str], above: list[str]) -> list[str]:
    """A row of a continued table whose row-spanning label cells stayed in the first part: shifted right
    by its trailing empty cells, with the labels of the row above in front. Not a row under a row without figures
    (a head: table 二's block of three columns under its title row, in a table of four), nor one with no figure and
    labelled as a row of tables 二 and 三 (其他对外管理服务事项, its figures printed blank: its label would go to the last
    column)."""
    empty = len(row) - len("".join("x" if c else " " for c in row).rstrip())
    if not empty or not all(above) or not any(map(_figure, above)) or _labelled(row) and not any(map(_figure, row)):
        return row
    return above[:empty] + row[:len(row) - empty]


def _labelled(row: list[str]) -> bool:
    """Whether a cell of ``row`` is the label of a row of tables 二 and 三 (:func:`.labels.row_cells`)."""
    return any(norm(cell) in row_cells() for cell in row if cell)


def column_starts(widths: list[int | None], written: list[tuple[int, int]], sliver: int) -> list[int]:
    """The column read where each column of a table's grid starts (one more: where the last ends), the grid's columns
    narrower than ``sliver`` (of ``widths``, None where not given) folded into the column beside them: converters and
    Word put such a sliver where the edges of cells in different rows were rounded apart, and a cell spanning it and a
    real column was read as two cells holding the same figure. Slivers that a cell with text covers alone (``written``:
    each such cell's first grid column and how many it spans) stay columns."""
    slivers = {i for i, width in enumerate(widths) if width is not None and width < sliver}
    slivers -= {i for first, count in written if set(range(first, first + count)) <= slivers
                for i in range(first, first + count)}
    return list(accumulate((i not in slivers for i in range(len(widths))), initial=0))
