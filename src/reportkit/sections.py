"""A part's items when it may hold tables: paragraphs, small tables and nested headings, in order.

The 2008 annual report's parts and the work summary's parts take ``list[PartItem]``; a table
({columns, rows}, written as an attachment's ``table``) is printed where it stands by
:func:`reportkit.outline.content_blocks`. Plain narrative without tables is
:data:`reportkit.narrative.SectionItem`.
"""
from __future__ import annotations

from typing import Annotated, Any, Iterator, Union

from pydantic import BaseModel, Discriminator, Field, Tag

from .attachments import TableData, table_block
from .blocks import Table
from .narrative import HeadingBase, LeafText, Text


class PartTable(TableData):
    """本机关自己的小表格（如“类别｜条数”“答复结果｜件数”），印在它所在的位置：表头一至三行（head_rows），数据若干行"""

    def block(self, path: tuple, locate) -> Table:
        """The table as printed where it stands in the narrative (:func:`reportkit.outline.content_blocks`)."""
        return table_block(self, path, locate)


def _with_tables(heading: type[BaseModel] | None):
    """An item of a part: a paragraph, a table ({columns, rows}) or, above level 4, a ``heading``."""
    def kind(value: Any) -> str | None:
        if isinstance(value, dict) and {"columns", "rows"} & set(value):
            return "Table"
        if isinstance(value, str) or isinstance(value, dict) and heading is None:
            return "Text"  # a heading below level 4 is refused by the paragraph's own message
        return "Heading" if isinstance(value, dict) else None

    choices = [Annotated[Text if heading else LeafText, Tag("Text")], Annotated[PartTable, Tag("Table")]]
    if heading:
        choices.append(Annotated[heading, Tag("Heading")])
    return Annotated[Union[tuple(choices)], Discriminator(kind, custom_error_type="content_item", custom_error_message=(
        "应为一段文字、{columns: [...], rows: [[...]]} 形式的表格，或 {heading: 标题, content: [...]} 形式的小标题"))]


def _under_heading() -> Any:
    return Field(min_length=1, title="内容", description="小标题下面的段落、表格和下一级小标题，按顺序排列；至少一项")


# The class names name the JSON Schema's definitions (reportkit schema).
class _Heading4(HeadingBase):
    """A level-4 heading（1）: paragraphs and tables below it."""

    content: list[_with_tables(None)] = _under_heading()


class _Heading3(HeadingBase):
    """A level-3 heading 1.: paragraphs, tables and level-4 headings below it."""

    content: list[_with_tables(_Heading4)] = _under_heading()


class _Heading2(HeadingBase):
    """A level-2 heading（一）: paragraphs, tables and level-3 headings below it."""

    content: list[_with_tables(_Heading3)] = _under_heading()


#: One item of a part: a paragraph, a table of the agency's own, or a level-2 heading with its content.
PartItem = _with_tables(_Heading2)


def part_tables(items: list) -> Iterator[PartTable]:
    """The tables among a part's ``items``, those under its headings included, in order."""
    for item in items:
        if isinstance(item, PartTable):
            yield item
        elif not isinstance(item, str):
            yield from part_tables(item.content)
