"""Attachments (附件) and signatures (署名, joint ones included) that any kind can expose in its data.

A kind adds ``attachments: list[AttachmentData]`` and ``signature: Organs`` to its
model, then calls :func:`closing_blocks` at the end of its build: the 附件说明,
the 署名 and 成文日期, and each attachment on a new page (GB/T 9704 §7.3.4-§7.3.7).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import partial
from typing import Annotated, Any, Callable, Optional, Union

from pydantic import (AfterValidator, BaseModel, BeforeValidator, Discriminator, Field, Tag, ValidationError,
                      field_validator, model_validator)
from pydantic_core import InitErrorDetails, PydanticCustomError

from .blocks import Attachment, AttachmentNote, Block, Cell, Paragraph, Signature, Source, Table
from .layout import ELEMENT_ROLES, CellLines, Geometry, cell_lines, face_width, joined
from .narrative import FORBID, LeafText, SectionItem, Words
from .numerals import numeral_value
from .outline import content_blocks

Locate = Callable[[tuple], "Source | None"]


def _real_date(value: Any) -> Any:
    # pydantic would read a bare number, or digits in quotes ("20240125"), as a Unix timestamp.
    if isinstance(value, (bool, int, float)) or isinstance(value, str) and value.strip().isdigit():
        raise ValueError("应为日期，写成 2021-02-05 的形式" + digits_date_fix(value))
    return value


def digits_date_fix(value: Any) -> str:
    """The fix for a date typed as its digits (20240125, or 2018625 with the 0s left out; in quotes too), when they
    read as a real date; both readings are named where there are two (2018115: 1月15日 or 11月5日)."""
    digits = str(value).strip() if isinstance(value, (int, str)) and not isinstance(value, bool) else ""
    if not re.fullmatch(r"(?:19|20)\d{4,6}", digits):
        return ""
    year, rest = int(digits[:4]), digits[4:]
    # 8 digits are 年月日 with the 0s written; with fewer, neither month nor day starts with 0
    cuts = [2] if len(rest) == 4 else [c for c in range(1, len(rest)) if "0" not in (rest[0], rest[c]) and c <= 2
                                       and len(rest) - c <= 2]
    dates = []
    for cut in cuts:
        try:
            dates.append(dt.date(year, int(rest[:cut]), int(rest[cut:])).isoformat())
        except ValueError:
            continue
    return f"：“{digits}”请写作 {'，或 '.join(dates)}" if dates else ""


#: A date in the data, written 2021-02-05; printed "2021年2月5日".
Date = Annotated[dt.date, BeforeValidator(_real_date)]

#: 发文机关署名: one organ, or a list for a joint document (联合行文), the lead organ first.
Organs = Optional[Union[Words, Annotated[list[Words], Field(min_length=1)]]]


def short(most: int, what: str, fix: str) -> Any:
    """A text of at most ``most`` characters: a name, a title or a unit, which a page prints on a line or a few. A
    longer one (a paragraph pasted into the field) is refused with its length, ``what`` it is and the ``fix``."""
    def check(text: str) -> str:
        if len(text) > most:
            raise ValueError(f"{what}有 {len(text):,} 个字，超过 {most} 个字：{fix}")
        return text

    return AfterValidator(check)


#: The longest agency name, title and 主送机关 a kind takes: a title of 2号 characters holds 20 a line.
AGENCY_CHARS, TITLE_CHARS, ADDRESSEE_CHARS = 60, 100, 200
Agency = Annotated[str, short(AGENCY_CHARS, "机关名称", "只写机关全称；标题要另拟时写在 title")]
TitleText = Annotated[str, short(TITLE_CHARS, "标题", "请压缩标题，说明文字写进前言或正文")]
Addressee = Annotated[str, short(ADDRESSEE_CHARS, "主送机关", "只写主送机关，多个机关用顿号、逗号隔开")]


SIGNATURE_DESCRIPTION = "发文机关署名，不填则为发文机关；联合行文时写成列表，主办机关在前，其余依次向下排列"


def chinese_date(day: dt.date) -> str:
    """2021年2月5日: Arabic numerals, no zero padding (GB/T 9704 §7.3.5.4)."""
    return f"{day.year}年{day.month}月{day.day}日"


#: Each digit's Chinese numeral as a year is written (二〇二三), with ○ and 零 typed for 〇 (二○二三, 二零二三).
_NUMERALS = {"0": "〇○零", **{str(i): c for i, c in enumerate("一二三四五六七八九", 1)}}
_NUMERAL_DIGITS = {ord(c): d for d, numerals in _NUMERALS.items() for c in numerals}


def year_pattern(year: int | None = None) -> str:
    """A pattern for a year as titles and dates write it, in digits (2023) or in Chinese numerals (二〇二三, also with
    ○ or 零 for 〇); ``year``'s only, when given. :func:`year_value` reads what it matches."""
    if year is None:
        return rf"(?:\d{{4}}|[{''.join(_NUMERALS.values())}]{{4}})"
    return f"(?:{year}|{''.join(f'[{_NUMERALS[d]}]' for d in str(year))})"


def year_value(written: str) -> int:
    """The year :func:`year_pattern` matched: 2023 for 2023, 二〇二三, 二○二三 or 二零二三."""
    return int(written.translate(_NUMERAL_DIGITS))


#: A line that is a date alone (a 成文日期), with its year, month and day: 2024年1月25日, 二〇二四年一月二十五日 …
CHINESE_DATE = re.compile(rf"^\s*({year_pattern()})\s*年\s*([\d一二三四五六七八九十]{{1,3}})\s*月"
                          r"\s*([\d一二三四五六七八九十]{1,3})\s*日\s*$")
#: … or 2024-01-25, 2024.1.25, 2024/1/25.
NUMERIC_DATE = re.compile(r"^\s*(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*$")


def date_line(text: str) -> re.Match | None:
    """The year, month and day of ``text`` if it is a date alone (:data:`CHINESE_DATE`, :data:`NUMERIC_DATE`)."""
    return CHINESE_DATE.match(text) or NUMERIC_DATE.match(text)


def parse_date(text: str) -> tuple[dt.date, bool] | None:
    """``2024年1月25日``, ``二〇一〇年三月十五日`` or ``2024-01-25`` (``2024.1.25``, ``2024/1/25``) → (date, written in
    Chinese numerals)."""
    found = date_line(text)
    if not found:
        return None
    year, month, day = found.groups()
    try:
        return dt.date(year_value(year), numeral_value(month), numeral_value(day)), not year.isdigit()
    except (ValueError, KeyError):
        return None


def years_named(text: str, mark: str = "年") -> set[int]:
    """The years ``text`` names (:func:`year_pattern`), followed by ``mark`` (a pattern): 2023年, 二〇二三年."""
    return {year_value(year) for year in re.findall(rf"({year_pattern()})\s*{mark}", text or "")}


def organs(signature: Union[str, list[str], None], default: str) -> list[str]:
    """The organs of a signature field: ``default`` when empty, the lead organ first."""
    if signature is None:
        return [default]
    return [signature] if isinstance(signature, str) else list(signature)


class SpanCell(BaseModel):
    """A merged cell ({text: 合计, colspan: 2}): the cells it covers are left out of the rows, as in HTML."""

    model_config = FORBID
    text: Union[str, int, float] = Field(title="文字", description="合并单元格里的文字")
    colspan: int = Field(1, ge=1, title="跨列数", description="向右占几列（含本格），不填为 1")
    rowspan: int = Field(1, ge=1, title="跨行数", description="向下占几行（含本行），不填为 1")

    def __str__(self) -> str:
        return str(self.text)


def _cell_kind(value: Any) -> str:
    return "Span" if isinstance(value, (dict, SpanCell)) else "Plain"


#: A cell of a table's row: a text or a number, or a merged cell written as a mapping.
TableCell = Annotated[Union[Annotated[SpanCell, Tag("Span")], Annotated[Union[str, int, float], Tag("Plain")]],
                      Discriminator(_cell_kind)]
#: A cell of a table's head (``columns``): a text, or a merged cell ({text: 人员, colspan: 2}, {text: 序号, rowspan: 2}).
HeadCell = Annotated[Union[Annotated[SpanCell, Tag("Span")], Annotated[str, Tag("Plain")]], Discriminator(_cell_kind)]


def error_at(message: str, loc: tuple, value: Any) -> ValidationError:
    """A problem located at a field, row or cell (``loc`` under the model validated), not at the whole model."""
    error = PydanticCustomError("value_error", "{message}", {"message": message})
    return ValidationError.from_exception_data("reportkit", [InitErrorDetails(type=error, loc=loc, input=value)])


class TableData(BaseModel):
    """A plain table inside an attachment: a head of one to three rows, then data rows; a merged cell is a
    :class:`SpanCell`. The head is ``columns`` and the first ``head_rows - 1`` of ``rows``."""

    model_config = FORBID
    columns: list[HeadCell] = Field(
        min_length=1, title="表头", description=(
            "表头（第一行）各格的标题，从左到右；分组的表头里跨列、跨行的格写成 {text: 人员, colspan: 2}、"
            "{text: 序号, rowspan: 2}，表格的列数是各格所占列数之和"))
    head_rows: int = Field(
        1, ge=1, le=3, title="表头行数", description=(
            "表头有几行，不填为 1（只有 columns 一行）；写 2 或 3 时，rows 的前 1 或 2 行也是表头，"
            "和 columns 一样加粗居中，表格跨页时在下一页重印"))
    rows: list[list[TableCell]] = Field(
        min_length=1, title="数据行", description=(
            "每行一个列表，各格连同合并所占的格正好占满表头的列数；合并单元格写成 {text: 合计, colspan: 2}（或 rowspan），"
            "它覆盖的格在本行和下面各行里不再写"))
    widths: Optional[list[float]] = Field(
        None, title="列宽", description="各列的相对宽度，如 [1, 3, 2]；不填则按各列文字的长短分配")

    @model_validator(mode="after")
    def _shape(self):
        head = self.head_rows
        if head > len(self.rows):
            raise error_at(f"head_rows 写表头有 {head} 行，而 columns 和 rows 一共只有 {len(self.rows) + 1} 行，"
                            "表头下面没有数据行：请改小 head_rows，或补写数据行", ("head_rows",), head)
        lines = [self.columns, *self.rows]
        n, height = sum(_spans(value)[0] for value in self.columns), len(lines)
        below: dict[int, int] = {}  # column → the first line a cell spanning lines from above no longer covers
        for r, row in enumerate(lines):
            loc = ("columns",) if r == 0 else ("rows", r - 1)
            if head == 1:
                name = "表头" if r == 0 else f"第 {r} 行"
            else:  # rows holds head rows too: say which row of it
                name = "表头第 1 行（columns）" if r == 0 else f"表头第 {r + 1} 行（rows 的第 {r} 行）" if r < head \
                    else f"rows 的第 {r} 行"
            c = 0
            for k, value in enumerate(row):
                while below.get(c, 0) > r:
                    c += 1
                colspan, rowspan = _spans(value)
                if c + colspan > n:
                    raise error_at(f"{name}的单元格“{str(value)[:10]}”排到了第 {c + colspan} 列，而表头只有 {n} 列："
                                    "删去多余的格，或改小 colspan；被上面单元格向下合并（rowspan）覆盖的格不再写",
                                    loc + (k,), value)
                if any(below.get(j, 0) > r for j in range(c, c + colspan)):
                    raise error_at(f"{name}的单元格“{str(value)[:10]}”向右跨 {colspan} 列，压住了上面向下合并的单元格："
                                    "请改小 colspan", loc + (k,), value)
                if r < head < r + rowspan:
                    fix = f"表头有 {r + rowspan} 行时写 head_rows: {r + rowspan}，第二、三行表头写在 rows 的最前面；否则请改小 " \
                        "rowspan" if r + rowspan <= 3 else "表头最多三行：请改小 rowspan"
                    raise error_at(f"{name}的单元格“{str(value)[:10]}”向下跨 {rowspan} 行，而表头只有 {head} 行"
                                    f"（head_rows），跨进了数据行：{fix}", loc + (k,), value)
                if r + rowspan > height:
                    raise error_at(f"{name}第 {c + 1} 列的单元格向下跨 {rowspan} 行，超出了表格的最后一行：请改小 rowspan",
                                    loc + (k,), value)
                if rowspan > 1:
                    below.update(dict.fromkeys(range(c, c + colspan), r + rowspan))
                c += colspan
            filled = c + sum(1 for j in range(c, n) if below.get(j, 0) > r)
            if filled != n:
                fix = "，或让上一行表头跨两行的格写上 rowspan" if 0 < r < head else ""
                raise error_at(f"{name}的单元格共占 {filled} 列，而表头有 {n} 列：请补齐这一行（空格写 \"\"）{fix}",
                                loc, row)
        if self.widths is not None and len(self.widths) != n:
            raise ValueError(f"列宽 widths 有 {len(self.widths)} 项，而表头有 {n} 列")
        return self

    def texts(self) -> list[list[str]]:
        """The head's rows and the data rows as the cells' texts, a merged cell's once, as a reader sees them."""
        return [[str(value) for value in row] for row in (self.columns, *self.rows)]


def _spans(value: Any) -> tuple[int, int]:
    """A cell's ``(colspan, rowspan)``."""
    return (value.colspan, value.rowspan) if isinstance(value, SpanCell) else (1, 1)


def _no_heading(value: Any) -> Any:
    if isinstance(value, dict) and "heading" in value:
        raise ValueError(f"表后说明不分小标题（“{str(value['heading'])[:20]}”）：小标题和表前的文字写在 content 里")
    return value


#: A paragraph after an attachment's table: 注：…, 填表说明：…, 数据来源：…
NoteText = Annotated[LeafText, BeforeValidator(_no_heading)]


class AttachmentData(BaseModel):
    """附件: printed on a new page after the document, listed in the 附件说明."""

    model_config = FORBID
    title: str = Field(min_length=1, title="附件标题", description="附件的名称，印在附件首页，也列入附件说明")
    content: list[SectionItem] = Field(
        default_factory=list, title="内容", description="段落和小标题（编号由 reportkit 生成），按顺序排列")
    table: Optional[TableData] = Field(None, title="表格", description="印在内容之后的表格")
    notes: list[NoteText] = Field(
        default_factory=list, title="表后说明",
        description="印在表格之下的段落，如“注：”“填表说明：”“数据来源：”，每项一段，不分小标题；须有 table")

    @field_validator("title")
    @classmethod
    def _no_label(cls, text: str) -> str:
        if text.startswith("附件"):
            raise ValueError(f"附件标题“{text}”不必写“附件”字样：“附件1”等标识由 reportkit 生成")
        return text

    @model_validator(mode="after")
    def _not_empty(self):
        if self.notes and self.table is None:
            raise error_at("表后说明（notes）要印在表格之下，而这个附件没有表格（table）：请把这些段落移到 content 里",
                            ("notes",), self.notes)
        if not self.content and self.table is None:
            raise ValueError("附件没有内容：请填写 content 或 table")
        return self


def attachments_field() -> Any:
    return Field(default_factory=list, title="附件",
                 description="各附件另起一页印在正文之后，并在署名前的附件说明中列出（GB/T 9704 §7.3.4、§7.3.7）")


def labels(count: int) -> list[str]:
    """"附件" for a single attachment, else "附件1", "附件2" …"""
    return ["附件"] if count == 1 else [f"附件{i}" for i in range(1, count + 1)]


#: A figure as a table prints it (after NFKC, so full-width digits and marks count): digits with separators, negative,
#: a percentage or a unit; or a dash for none.
_FIGURE = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?\s*(?:%|[万亿]?元|件|条|次|个)?|[-―—]+")


def table_block(data: TableData, path: tuple, locate: Locate) -> Table:
    """The printed table of ``data``: its head (``head_rows`` rows of header cells, repeated after a page break), then
    its rows, a merged cell (:class:`SpanCell`) spanning its rows and columns, its columns as wide as the data says or
    else as their texts ask (:func:`content_widths`). A column's data cells are aligned as one: figures centred, as
    the annual report's tables set them; its other cells (a cell spanning columns counts in its first) all left when
    one of them takes more than a line, else all centred. No cell of the PDFs ends on a line of one character
    (:func:`join_last_characters`)."""
    rows = []
    for r, row in enumerate([data.columns, *data.rows]):
        cells = []
        for c, value in enumerate(row):
            span = value if isinstance(value, SpanCell) else SpanCell(text=value)
            cells.append(Cell(str(span.text), colspan=span.colspan, rowspan=span.rowspan, header=r < data.head_rows,
                              source=locate(path + (("columns", c) if r == 0 else ("rows", r - 1, c)))))
        rows.append(cells)
    table = Table(rows, widths=[1.0] * sum(_spans(value)[0] for value in data.columns), header_rows=data.head_rows,
                  source=locate(path))
    geometry, words, counts = Geometry(), {}, {}
    table.widths = list(data.widths or content_widths(table, geometry, counts))
    for (r, c), cell in table.grid().items():
        if r >= table.header_rows and not _FIGURE.fullmatch(unicodedata.normalize("NFKC", cell.text).strip()):
            words.setdefault(c, []).append(cell)
    for c, cells in words.items():
        if any(len(cell.text.splitlines()) > 1 or face_width(cell.text, geometry.autospace_em)
               > geometry.cell_room(table.widths, c, cell.colspan) for cell in cells):
            for cell in cells:
                cell.align = "left"
    join_last_characters(table, geometry, counts)
    return table


#: Characters a cell holds beyond its text's width, for its rules and the engines' rounding: without it, WeasyPrint and
#: LibreOffice wrapped a column set as wide as its widest line (序号 as 序/号).
_SLACK = 0.5


def content_widths(table: Table, geometry: Geometry, counts: dict[tuple[int, int], CellLines] | None = None
                   ) -> list[float]:
    """Relative column widths for ``table`` from its texts, as a browser lays out a table whose widths nobody set: a
    column whose widest line (of its one-column cells, head included) fits in an even share of what the narrower
    columns leave keeps that width, the others share the rest by their widest lines, none narrower than its longest
    word (up to :data:`_WORD` characters, 2 at least) while the room lasts (a figure too wide for its column widens it
    later: ``reportkit.line_breaks.fitted_tables``); when every line fits, the room to spare goes by the same
    proportions. A head's cell spanning columns widens them, evenly, as far as its
    widest line asks. A 序号 column no longer takes as much of the page as a column of sentences. Where the columns
    wrap, a cell's last line of one character is avoided if the table grows no taller (:func:`_no_lone_characters`);
    ``counts``, when given, gets the lines of their cells at the widths returned, by (row, column), for
    :func:`join_last_characters`."""
    n = len(table.widths)
    pad = geometry.cell_padding_chars + _SLACK
    room = geometry.block_width_pt / geometry.table_size_pt - n * pad  # characters across the cells
    natural = [2.0] * n
    grid = table.grid()
    for (_, c), cell in grid.items():
        if cell.colspan == 1:
            natural[c] = max(natural[c], _widest(cell, geometry))
    for (r, c), cell in sorted(grid.items(), key=lambda item: item[1].colspan):
        lack = _widest(cell, geometry) - sum(natural[c:c + cell.colspan]) - (cell.colspan - 1) * pad
        if r < table.header_rows and cell.colspan > 1 and lack > 0:  # 人员（专职、兼职） over 专职 and 兼职
            natural[c:c + cell.colspan] = [w + lack / cell.colspan for w in natural[c:c + cell.colspan]]
    if sum(natural) <= room:
        return [w + pad for w in natural]
    fixed: set[int] = set()
    while True:
        flexible = [c for c in range(n) if c not in fixed]
        left = room - sum(natural[c] for c in fixed)
        now = {c for c in flexible if natural[c] <= left / len(flexible)}
        if not now:
            break
        fixed |= now
    floors = _floors(grid, n, geometry)
    least = {c: floors[c] for c in flexible}
    if sum(least.values()) > left:  # more columns of words than the page holds side by side: each keeps its share
        least = {c: w * left / sum(least.values()) for c, w in least.items()}
    floored: set[int] = set()
    while True:  # the columns a share by their widest lines leaves narrower than a word keep the word
        wide = sum(natural[c] for c in flexible if c not in floored)
        rest = left - sum(least[c] for c in floored)
        now = {c for c in flexible if c not in floored and rest * natural[c] / wide < least[c]}
        if not now:
            break
        floored |= now
    widths = [(natural[c] if c in fixed else least[c] if c in floored else rest * natural[c] / wide) + pad
              for c in range(n)]
    # a column already narrower than its longest word breaks it anyway: it keeps 2 characters a line only
    return _no_lone_characters(widths, grid, geometry, [w if w + pad <= widths[c] else 2.0
                                                        for c, w in enumerate(floors)], natural, pad, counts)


def _floors(grid: dict, n: int, geometry: Geometry) -> list[float]:
    """Each column's narrowest room: its longest word (up to :data:`_WORD` characters), 2 characters at least."""
    floors = [2.0] * n
    for (_, c), cell in grid.items():
        if cell.colspan == 1:
            floors[c] = max(floors[c], min(_longest_word(cell, geometry), _WORD))
    return floors


def _no_lone_characters(widths: list[float], grid: dict, geometry: Geometry, floors: list[float],
                        natural: list[float], pad: float, counts: dict | None) -> list[float]:
    """``widths`` with room moved where that leaves fewer lines of one character and the table no taller: a column
    under a cell ending on such a line (one spanning columns too: a heading across the table's part) set a whole
    character wider, taking it from the widest other column, or narrower, giving it to the column furthest below its
    ``natural`` width (网站发布|条数 beside a wider 公开事项类别名称); each column keeps its ``floors``. ``counts``, when
    given, gets each cell's lines at the widths returned (:func:`content_widths`)."""
    # the cells spanning rows last: a row is as tall as its own cells, the last row of a span taller if need be
    cells = sorted(((r, c, cell) for (r, c), cell in grid.items()), key=lambda item: item[2].rowspan)
    rows = 1 + max((r + cell.rowspan - 1 for r, _, cell in cells), default=0)
    counted: dict[tuple[int, int, float], CellLines] = {}

    def lines_of(r: int, c: int, cell: Cell, widths: list[float]) -> CellLines:
        width = sum(widths[c:c + cell.colspan])
        if (r, c, width) not in counted:
            counted[r, c, width] = _cell_lines(cell, width - geometry.cell_padding_chars, geometry)
        return counted[r, c, width]

    def lone_in(widths: list[float]) -> set[int]:
        """The columns under a cell ending on a line of one character."""
        return {k for r, c, cell in cells if lines_of(r, c, cell, widths).lone for k in range(c, c + cell.colspan)}

    def cost(widths: list[float]) -> tuple[int, int]:
        tall, lone = [1] * rows, 0
        for r, c, cell in cells:
            lines, alone = lines_of(r, c, cell, widths)
            end = r + cell.rowspan - 1
            tall[end], lone = max(tall[end], lines - sum(tall[r:end])), lone + len(alone)
        return lone, sum(tall)

    now = cost(widths)
    while now[0]:
        tries = []
        for c in sorted(lone_in(widths)):
            for chars in range(int(floors[c]), int(widths[c] - pad) + 3):
                delta = chars + pad - widths[c]
                d = max((d for d in range(len(widths)) if d != c and widths[d] - delta - pad >= floors[d]),
                        key=lambda d: widths[d] if delta > 0 else natural[d] + pad - widths[d], default=None)
                if d is not None:
                    moved = list(widths)
                    moved[c], moved[d] = chars + pad, widths[d] - delta
                    tries.append((cost(moved), abs(delta), moved))
        better = [t for t in tries if t[0][0] < now[0] and t[0][1] <= now[1]]
        if not better:
            break
        now, _, widths = min(better, key=lambda t: t[:2])
    if counts is not None:
        counts.update({(r, c): lines_of(r, c, cell, widths) for r, c, cell in cells})
    return widths


def join_last_characters(table: Table, geometry: Geometry,
                         counts: dict[tuple[int, int], CellLines] | None = None) -> None:
    """Join the character of each of ``table``'s texts that would end a paragraph alone on a line of its cell, with
    its marks or none (:func:`~reportkit.layout.cell_lines`; a cell spanning columns as well), to the character before
    it, a word joiner between them (:func:`~reportkit.layout.joined`): the engines break a character earlier (…后提|交的,
    not …后提交|的; …分|类） and …行|（类） too; after digits, 2023|年, with the autospace), the cell no taller, where no
    column widths could spare it (a name one character longer than a line beside one that fills it). ``counts``: the
    cells' lines at ``table.widths`` by (row, column), as :func:`content_widths` gives them; a cell not in them is
    counted here. The joined text is the cell's ``typeset``; its ``text`` stays as written (the web page, the JSON and
    text checks read that)."""
    counts = counts or {}
    for (r, c), cell in table.grid().items():
        room = geometry.cell_room(table.widths, c, cell.colspan)
        lone = (counts.get((r, c)) or _cell_lines(cell, room, geometry)).lone
        typeset = joined(cell.text, lone)
        cell.typeset = typeset if typeset != cell.text else None


#: A column of names keeps room for its longest one up to this many characters (市环境监测中心站), whatever the
#: sentences beside it ask: a share by widest lines alone gave 科室（单位） 2 characters a line beside a long 备注.
_WORD = 8.0
#: What parts a cell's items: a list's marks and spaces (办公室、法规科).
_BETWEEN_WORDS = re.compile(r"[、，,；;。\s]+")


def _cell_lines(cell: Cell, room: float, geometry: Geometry) -> CellLines:
    """How ``cell`` sets in a line of ``room`` characters (:func:`~reportkit.layout.cell_lines`), in its face."""
    return cell_lines(cell.text, room, cell.hanging, _measure(cell), space=geometry.autospace_em)


def _measure(cell: Cell) -> Callable[..., float]:
    """A text's width in ``cell``'s face: a header's 黑体 or the cells' 仿宋 (:func:`~reportkit.layout.face_width`)."""
    return partial(face_width, role=ELEMENT_ROLES["table_header" if cell.header else "table"])


def _widest(cell: Cell, geometry: Geometry) -> float:
    return max(_measure(cell)(line, geometry.autospace_em) for line in cell.text.splitlines() or [""])


def _longest_word(cell: Cell, geometry: Geometry) -> float:
    """The width of the longest item of ``cell``'s text (a name of a list, or a clause of a sentence)."""
    return max(_measure(cell)(word, geometry.autospace_em) for word in _BETWEEN_WORDS.split(cell.text) or [""])


def attachment_content(data: AttachmentData, path: tuple, locate: Locate) -> list[Block]:
    """The blocks of one attachment from the data: its narrative (headings from level 1), then its table and the notes
    under it, the first kept with the table's last row."""
    out = content_blocks(data.content, 1, path + ("content",), locate)
    if data.table is not None:
        out.append(table_block(data.table, path + ("table",), locate))
    out += [Paragraph(text, locate(path + ("notes", i)), keep_with_previous=i == 0) for i, text in enumerate(data.notes)]
    return out


def closing_blocks(
    attachments: list[tuple[str, list[Block], Source | None]],
    signature: Signature | None,
) -> list[Block]:
    """附件说明, 署名 and 成文日期, then each attachment on a new page, labelled 附件 / 附件N.

    ``attachments`` holds ``(title, blocks, source)`` in the order they are numbered.
    """
    out: list[Block] = []
    if attachments:
        out.append(AttachmentNote([title.replace("\n", "") for title, _, _ in attachments],
                                  attachments[0][2]))
    if signature is not None:
        out.append(signature)
    for label, (title, blocks, source) in zip(labels(len(attachments)), attachments):
        out.append(Attachment(label, title, blocks, source))
    return out
