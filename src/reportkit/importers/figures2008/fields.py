"""The 2008 figures' model as the reader takes it: each kind's scalars, lists and flags (:func:`figure_fields`), a
figure's value from its digits (:func:`typed`, :func:`fits`), and a figure found (:class:`Found`)."""
from __future__ import annotations

import re
import typing
from dataclasses import dataclass
from decimal import Decimal

from ...default_plugins.annual_report.edition2008.model import FIGURES


def figure_fields(kind: str) -> tuple[list[str], dict[str, type], list[str]]:
    """The scalar figures, the lists (with their item model) and the flags of ``kind``'s model."""
    scalars, lists, flags = [], {}, []
    for name, field in FIGURES[kind].model_fields.items():
        args = _types(field.annotation)
        if typing.get_origin(field.annotation) is list:
            lists[name] = args[0]
        elif field.annotation is bool:
            flags.append(name)
        elif any(a in (int, Decimal) for a in args):
            scalars.append(name)
    return scalars, lists, flags


def _types(annotation) -> list:
    """The types an annotation allows, each without its ``Annotated`` metadata: Optional[Money] → [Decimal, None]."""
    return [typing.get_args(a)[0] if typing.get_origin(a) is typing.Annotated else a
            for a in typing.get_args(annotation) or (annotation,)]


def typed(kind: str, name: str, text: str):
    """``text`` as the figure ``name`` counts it: an amount as a decimal, a count as a whole number; a count written
    with a fraction (1.5件, a copy's slip) stays a decimal, which the data's check says is no whole number."""
    value = Decimal(text)
    whole = value == value.to_integral_value()  # (not value % 1, which fails past 28 digits: a key held down)
    return value if Decimal in _types(FIGURES[kind].model_fields[name].annotation) or not whole else int(value)


def fits(kind: str, field: str, value: str) -> bool:
    """Whether a table's cell ``value`` may be the figure ``field``: an amount (12.5) or a count (3)."""
    decimal = Decimal in _types(FIGURES[kind].model_fields[field].annotation)
    return bool(re.fullmatch(r"\d+(?:\.\d+)?" if decimal else r"\d+", value))


@dataclass
class Found:
    """A figure found in free text: its value (a placeholder when unreadable), and the places it came from."""

    field: str
    value: object
    place: str
    words: str
