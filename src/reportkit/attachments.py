"""Attachments (附件) and signatures (署名, joint ones included) that any kind can expose in its data.

A kind adds ``attachments: list[AttachmentData]`` and ``signature: Organs`` to its
model, then calls :func:`closing_blocks` at the end of its build: the 附件说明,
the 署名 and 成文日期, and each attachment on a new page (GB/T 9704 §7.3.4-§7.3.7).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Callable, Optional, Union

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, field_validator, model_validator

from .blocks import Attachment, AttachmentNote, Block, Cell, Signature, Source, Table
from .narrative import FORBID, SectionItem, Words
from .outline import content_blocks

Locate = Callable[[tuple], "Source | None"]


def _real_date(value: Any) -> Any:
    # pydantic would read a bare number as a Unix timestamp.
    if isinstance(value, (bool, int, float)):
        raise ValueError("应为日期，写成 2021-02-05 的形式")
    return value


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


_NUMERAL_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def years_named(text: str, mark: str = "年") -> set[int]:
    """The years ``text`` names, followed by ``mark`` (a pattern): 2023年, and 二〇二三年 (二○二三, 二零二三) as
    titles write them too."""
    found = re.findall(rf"(\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*{mark}", text or "")
    return {int(year.translate(_NUMERAL_DIGITS)) for year in found}


def organs(signature: Union[str, list[str], None], default: str) -> list[str]:
    """The organs of a signature field: ``default`` when empty, the lead organ first."""
    if signature is None:
        return [default]
    return [signature] if isinstance(signature, str) else list(signature)


class TableData(BaseModel):
    """A plain table inside an attachment: a header row and data rows."""

    model_config = FORBID
    columns: list[str] = Field(min_length=1, title="表头", description="各列的标题，从左到右")
    rows: list[list[Union[str, int, float]]] = Field(
        min_length=1, title="数据行", description="每行一个列表，格数与表头相同")
    widths: Optional[list[float]] = Field(
        None, title="列宽", description="各列的相对宽度，如 [1, 3, 2]；不填则等宽")

    @model_validator(mode="after")
    def _shape(self):
        n = len(self.columns)
        for i, row in enumerate(self.rows, 1):
            if len(row) != n:
                raise ValueError(f"第 {i} 行有 {len(row)} 格，而表头有 {n} 列")
        if self.widths is not None and len(self.widths) != n:
            raise ValueError(f"列宽 widths 有 {len(self.widths)} 项，而表头有 {n} 列")
        return self


class AttachmentData(BaseModel):
    """附件: printed on a new page after the document, listed in the 附件说明."""

    model_config = FORBID
    title: str = Field(min_length=1, title="附件标题", description="附件的名称，印在附件首页，也列入附件说明")
    content: list[SectionItem] = Field(
        default_factory=list, title="内容", description="段落和小标题（编号由 reportkit 生成），按顺序排列")
    table: Optional[TableData] = Field(None, title="表格", description="印在内容之后的表格")

    @field_validator("title")
    @classmethod
    def _no_label(cls, text: str) -> str:
        if text.startswith("附件"):
            raise ValueError(f"附件标题“{text}”不必写“附件”字样：“附件1”等标识由 reportkit 生成")
        return text

    @model_validator(mode="after")
    def _not_empty(self):
        if not self.content and self.table is None:
            raise ValueError("附件没有内容：请填写 content 或 table")
        return self


def attachments_field() -> Any:
    return Field(default_factory=list, title="附件",
                 description="各附件另起一页印在正文之后，并在署名前的附件说明中列出（GB/T 9704 §7.3.4、§7.3.7）")


def labels(count: int) -> list[str]:
    """"附件" for a single attachment, else "附件1", "附件2" …"""
    return ["附件"] if count == 1 else [f"附件{i}" for i in range(1, count + 1)]


def table_block(data: TableData, path: tuple, locate: Locate) -> Table:
    header = [Cell(text, header=True) for text in data.columns]
    rows = [[Cell(str(value), align="left" if isinstance(value, str) and len(value) > 6 else "center",
                  source=locate(path + ("rows", r, c))) for c, value in enumerate(row)]
            for r, row in enumerate(data.rows)]
    return Table([header] + rows, widths=list(data.widths or [1.0] * len(data.columns)), source=locate(path))


def attachment_content(data: AttachmentData, path: tuple, locate: Locate) -> list[Block]:
    """The blocks of one attachment from the data: its narrative (headings from level 1), then its table."""
    out = content_blocks(data.content, 1, path + ("content",), locate)
    if data.table is not None:
        out.append(table_block(data.table, path + ("table",), locate))
    return out


def closing_blocks(
    attachments: list[tuple[str, list[Block], Source | None]],
    signature: Signature | None,
    note_source: Source | None = None,
) -> list[Block]:
    """附件说明, 署名 and 成文日期, then each attachment on a new page, labelled 附件 / 附件N.

    ``attachments`` holds ``(title, blocks, source)`` in the order they are numbered.
    """
    out: list[Block] = []
    if attachments:
        out.append(AttachmentNote([title.replace("\n", "") for title, _, _ in attachments],
                                  note_source or attachments[0][2]))
    if signature is not None:
        out.append(signature)
    for label, (title, blocks, source) in zip(labels(len(attachments)), attachments):
        out.append(Attachment(label, title, blocks, source))
    return out
