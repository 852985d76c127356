"""The build's own wording, found by printing marked figures with its printers
(:data:`...default_plugins.annual_report.edition2008.printers.PRINTERS`): each phrase a sentence prints a figure with
(:func:`phrases`), the sentences of zeros without digits (:func:`zero_sentences`), the words before a list's first item
(:func:`lead_ins`) and a table's labels (:func:`table_labels`)."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ValidationError

from ...default_plugins.annual_report.edition2008.printers import PRINTERS
from ...default_plugins.annual_report.edition2008.model import FIGURES
from ..labels import clean, norm
from .counts import COUNT_UNITS
from .fields import figure_fields


_MARK = "\ue000"  # a private-use character: stands for a name in a marked printing
MARKED_BASE = 7001  # marked figures are 7001, 7002 …: numbers the printers print as they are
_STOP = "，；。：:（）()"
#: Time and aspect words a published report words freely (全年、今年共 …) in front of a phrase; 历年 is kept.
_TIME = re.compile(r"^(?:本年度|已|共)+")


@dataclass(frozen=True)
class Phrase:
    """One printed figure: ``stem`` + the number + ``unit``, e.g. ``已答复`` 7 ``件``."""

    field: str
    stem: str
    unit: str

    @property
    def core(self) -> str:
        return _TIME.sub("", self.stem)


def print_figures(kind: str, how: str, **values) -> list | None:
    """What ``kind``'s printer prints ``how`` (``text``: its paragraphs, ``table``: its table) for the figures
    ``values``; None where the model refuses them."""
    try:
        figures = FIGURES[kind](**values)
    except ValidationError:
        return None
    return getattr(PRINTERS[kind], how)(figures, None) if how == "table" else getattr(PRINTERS[kind], how)(figures)


def _marked(kind: str) -> dict:
    scalars, _, _ = figure_fields(kind)
    return {name: MARKED_BASE + i for i, name in enumerate(scalars)}


def _item(model: type, n: int, name: str = _MARK) -> BaseModel:
    return model(name=name, count=MARKED_BASE + 50 + n)


@cache
def phrases(kind: str) -> tuple[Phrase, ...]:
    """Every phrase ``kind``'s sentences print a scalar figure with, the longest stem first."""
    marked = _marked(kind)
    field_of = {str(v): k for k, v in marked.items()}
    found = set()
    for chosen in [list(marked)] + [[name] for name in marked]:
        printed = print_figures(kind, "text", **{k: marked[k] for k in chosen})
        for clause in re.split(f"[{_STOP}]", "".join(printed or [])):
            number = re.search(r"\d+", clause)
            if number and number.group() in field_of:
                found.add(Phrase(field_of[number.group()], clause[:number.start()], clause[number.end():]))
    return tuple(sorted(found, key=lambda p: (-len(p.core), p.field)))


@cache
def zero_sentences(kind: str) -> dict[str, dict]:
    """The sentences without digits that stand for figures of 0 (本年度未收到政府信息公开申请。), the fewest figures first."""
    scalars, _, _ = figure_fields(kind)
    out: dict[str, dict] = {}
    for size in range(1, len(scalars) + 1):
        for chosen in itertools.combinations(scalars, size):
            printed = "".join(print_figures(kind, "text", **{k: 0 for k in chosen}) or [])
            if printed and not re.search(r"\d", printed):
                out.setdefault(printed, {k: 0 for k in chosen})
    return out


@cache
def lead_ins(kind: str) -> tuple[tuple[str, str, dict, str | None], ...]:
    """(list, the words printed before its first item, the flags that print them, the figure printed just before),
    e.g. (categories, 按类别分，, {partial: False}, cumulative)."""
    _, lists, flags = figure_fields(kind)
    field_of = {str(v): k for k, v in _marked(kind).items()}
    out = []
    for name, model in lists.items():
        for setting in itertools.product((False, True), repeat=len(flags)):
            chosen = dict(zip(flags, setting))
            text = "".join(print_figures(kind, "text", **_marked(kind), **chosen, **{name: [_item(model, 0)]}) or [])
            found = re.search(rf"(\d+)?[{COUNT_UNITS}元]?(?:^|[。；]|(?<=[{COUNT_UNITS}元]))([^。；\d]*){_MARK}", text)
            if found and (name, found.group(2)) not in [(n, p) for n, p, _, _ in out]:
                out.append((name, found.group(2), chosen, field_of.get(found.group(1) or "")))
    return tuple(out)


def unit_of(kind: str) -> str:
    """The unit ``kind``'s figures are printed in (条, 件, 元)."""
    return next(p.unit for p in phrases(kind) if p.stem)


@cache
def table_labels(kind: str) -> tuple[dict[str, str], dict[str | None, str], tuple[str, ...]]:
    """norm(label) → scalar; the list whose item rows follow each scalar's row (None: before any); item-row prefixes."""
    marked = _marked(kind)
    field_of = {str(v): k for k, v in marked.items()}
    labels, zones, prefixes = {}, {}, set()
    _, lists, _ = figure_fields(kind)
    for name, model in [(None, None)] + list(lists.items()):
        extra = {name: [_item(model, 0), _item(model, 1, _MARK * 2)]} if name else {}
        table = print_figures(kind, "table", **marked, **extra)
        if table is None:
            continue
        rows = [[c.text for c in row] for row in table.rows]
        zone = None
        for row in rows:
            for j, text in enumerate(row):
                if text in field_of:
                    label = row[0] if row[0] not in field_of else rows[0][j]
                    labels[norm(unit_free(label))] = field_of[text]
                    zone = field_of[text] if label == row[0] else zone
            if name and _MARK in row[0]:
                zones[zone] = name
                prefixes.add(clean(row[0].split(_MARK)[0]))
    return labels, zones, tuple(p for p in prefixes if p)


def unit_free(label: str) -> str:
    """A column label without its unit: 行政复议（件） → 行政复议."""
    return re.sub(r"[（(][^）)]*[）)]$", "", label.strip())
