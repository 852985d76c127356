"""Citations of table cells in the narrative: ``【表三：new_received.total】``.

A sentence can cite a cell instead of repeating it: ``【表三：new_received.total】`` is replaced
by the cell's value when the report is built, so text and table never differ. The part after
the colon is the cell's keys in the data below ``tables.active_disclosure`` (表二),
``tables.applications`` (表三) or ``tables.review_litigation`` (表四), the column last; computed
totals can be cited too. Anything else in 【…】 (the 【请填写：…】 placeholders) is left alone.
Figures typed by hand are R9's: :mod:`.figures`.
"""
from __future__ import annotations

import re
from typing import Iterator

from pydantic import BaseModel

from reportkit.errors import ERROR
from reportkit.narrative import item_texts
from reportkit.registry import Finding

from .model import Amount, Change, Count, format_amount, shown_outcomes, shown_values
from .tables import SECTIONS

#: A citation of a table cell: 【表三：new_received.total】.
CITATION = re.compile(r"【表([二三四])[：:]\s*([A-Za-z0-9_.]+)\s*】")
_TABLES = {"二": "active_disclosure", "三": "applications", "四": "review_litigation"}


def cited(report, table: str, keys: str) -> str | None:
    """The printed value of the cell ``keys`` (dotted, column last) of 表``table``, or None if there is no such cell."""
    *row, column = keys.split(".")
    if table == "三":
        return _text(shown_values(report).get(tuple(row), {}).get(column))
    if table == "四":
        group = getattr(report.tables.review_litigation, row[0], None) if len(row) == 1 else None
        return _text(shown_outcomes(group).get(column)) if isinstance(group, BaseModel) else None
    node = report.tables.active_disclosure
    for key in keys.split("."):
        if not isinstance(node, BaseModel) or key not in type(node).model_fields:
            return None
        node = getattr(node, key)
    if isinstance(node, Amount):
        return format_amount(node.value)
    return str(node.value) if isinstance(node, (Count, Change)) else None


def _text(value) -> str | None:
    return None if value is None else str(value)


def resolve(report):
    """``report`` with every citation in its narrative replaced by the cell's value (for the build)."""
    def text(value: str) -> str:
        return CITATION.sub(lambda m: cited(report, m.group(1), m.group(2)) or m.group(), value)

    def items(values: list) -> list:
        return [text(v) if isinstance(v, str) else v.model_copy(update={
            "heading": text(v.heading), "content": items(v.content)}) for v in values]

    sections = report.sections.model_copy(update={
        key: items(getattr(report.sections, key)) for key, _label, _hint in SECTIONS})
    return report.model_copy(update={"sections": sections})


def narrative(report) -> Iterator[tuple[tuple, str]]:
    """``(path, text)`` of every paragraph and heading of the six sections."""
    for key, _label, _hint in SECTIONS:
        yield from item_texts(getattr(report.sections, key), ("sections", key))


def check_citations(report) -> Iterator[Finding]:
    """R9: every 【表X：…】 names a cell of its table."""
    for path, text in narrative(report):
        for m in CITATION.finditer(text):
            if cited(report, m.group(1), m.group(2)) is None:
                yield Finding(ERROR, (
                    f"引用“{m.group()}”在表{m.group(1)}中找不到：冒号后写数据中 tables.{_TABLES[m.group(1)]} 下的键，"
                    "以点分隔、列名在最后，例如【表三：new_received.total】"
                ), path, m.group())
