"""Paragraphs and tables exactly as reportkit prints them, read back: each counts as printed by reportkit only when
printing the figures read from it gives it back exactly (:func:`read_sentence`, :func:`read_table` and where its figures
are: :func:`table_places`; the lead-in printed before a table: :func:`lead`)."""
from __future__ import annotations

import re

from pydantic import ValidationError

from ...default_plugins.annual_report.edition2008.printers import PRINTERS
from ...default_plugins.annual_report.edition2008.model import FIGURES
from ..labels import clean, norm
from .fields import figure_fields, fits, typed
from .lists import list_total
from .printing import MARKED_BASE, lead_ins, phrases, print_figures, table_labels, unit_free, unit_of, zero_sentences


#: How the items of a list are separated (others: 、); :func:`read_sentence` checks the reading by printing it.
_SEPARATORS = {"categories": "；", "outcomes": "，"}


def _items(kind: str, name: str, text: str) -> list[dict] | None:
    separator = _SEPARATORS.get(name, "、")
    unit = unit_of(kind)
    pattern = (rf"(?P<name>.+?)(?:（(?P<count>\d+){unit}）)?"
               if not figure_fields(kind)[1][name].model_fields["count"].is_required()
               else rf"(?P<name>.+?)(?P<count>\d+){unit}(?:，占[\d.]+%)?")
    # a name holding a 、 is printed quoted (printers.listed): not parted inside the quotes
    parts = re.split(f"{separator}(?![^“]*”)", text)
    if separator == "、" and not figure_fields(kind)[1][name].model_fields["count"].is_required():
        # Every item with its count: parted after each count, as written (报刊、广播、电视（30条）is one channel).
        counted = re.sub(rf"(（\d+{unit}）)、", "\\1\n", text).split("\n")
        parts = counted if all(re.search(rf"（\d+{unit}）$", part) for part in counted) else parts
    items = []
    for part in parts:
        found = re.fullmatch(pattern, part)
        if not found or re.search(rf"\d{unit}", found.group("name")):  # two items run together (当面申请1件，网上申请2件)
            return None
        item = {"name": re.sub("^“(.*、.*)”$", "\\1", found.group("name"))}
        if found.group("count") is not None:
            item["count"] = int(found.group("count"))
        items.append(item)
    return items


def read_sentence(kind: str, text: str) -> dict | None:
    """The figures of ``text`` if it is exactly what reportkit prints for them (``show: text``), else None; a figure
    whose default is 0 among them where the sentence says it in words (未收取费用: charged 0, beside 减免费用3元)."""
    if text in zero_sentences(kind):
        return _in_words(kind, dict(zero_sentences(kind)[text]), text)
    figures: dict = {}
    ends: dict[str, set[int]] = {}
    for phrase in phrases(kind):
        for found in re.finditer(re.escape(phrase.stem) + r"(\d+(?:\.\d+)?)" + re.escape(phrase.unit), text):
            value = typed(kind, phrase.field, found.group(1))
            if figures.setdefault(phrase.field, value) != value:
                return None
            ends.setdefault(phrase.field, set()).add(found.end())
    shared = {lead for _, lead, _, _ in lead_ins(kind) if [x[1] for x in lead_ins(kind)].count(lead) > 1}
    for name, lead, flags, after in lead_ins(kind):
        # A lead-in two lists share (，其中) belongs to the list of the figure printed just before it.
        starts = [m.start() for m in re.finditer(re.escape(lead), text)] if lead else []
        at = next((s for s in starts if lead not in shared or s in ends.get(after, ())), -1)
        if at < 0 or name in figures:
            continue
        rest = text[at + len(lead):]
        end = re.search("。" if _SEPARATORS.get(name) == "；" else "[。；]", rest)
        items = _items(kind, name, rest[:end.start() if end else len(rest)])
        if items is not None:
            figures[name] = items
            figures.update({k: v for k, v in flags.items() if v})
    return _in_words(kind, figures, text) if figures and print_figures(kind, "text", **figures) == [text] else None


def _in_words(kind: str, figures: dict, text: str) -> dict:
    """``figures`` read from ``text`` with each figure left out whose default is 0 that ``text`` says in words: printed
    with another value, the sentence would be another (未收取费用 is charged 0, not charged left out)."""
    for name in figure_fields(kind)[0]:
        default = FIGURES[kind].model_fields[name].default
        if name not in figures and default is not None and default == 0 \
                and print_figures(kind, "text", **figures, **{name: MARKED_BASE}) != [text]:
            figures[name] = 0
    return figures


#: An item's name ending in a figure set apart (服务类信息 57), which no name does (12345热线 does not end so).
_NO_NAME = re.compile(r"\s[\d.,%％]+$")


def no_name(name: str) -> bool:
    """Whether an item's name cell holds no name: a figure (65.9), a mark alone (/, —: the name left out) or a name
    with a row's figure moved in (:data:`_NO_NAME`)."""
    return bool(_NO_NAME.search(name)) or not re.search(r"[^\W\d_]", name)


def read_table(kind: str, rows: list[list[str]]) -> dict | None:
    """The figures of a table if it is exactly the small table reportkit prints for them (``show: table``)."""
    labels, zones, prefixes = table_labels(kind)
    figures: dict = {}
    heads = [labels.get(norm(unit_free(c))) for c in rows[0]]
    if len(rows) == 2 and all(heads):
        figures = {field: typed(kind, field, value) for field, value in zip(heads, rows[1]) if fits(kind, field, value)}
    else:
        zone = None
        for row in rows[1:]:
            if len(row) < 2 or not re.fullmatch(r"\d+(?:\.\d+)?", row[1]):
                return None
            field = labels.get(norm(row[0]))
            if not (fits(kind, field, row[1]) if field else row[1].isdigit()):
                return None  # 0.05 where a count is: another kind's table (收取费用｜0.05)
            if field:
                figures[field], zone = typed(kind, field, row[1]), field
            elif zone in zones:
                name = next((row[0][len(p):] for p in prefixes if row[0].startswith(p)), row[0])
                if no_name(name):
                    return None  # a figure in the name's cell (65.9, /, 服务类信息 57: a row's figure moved in)
                figures.setdefault(zones[zone], []).append({"name": name, "count": int(row[1])})
            else:
                return None
    figures["show"] = "table"
    figures.update(_some_only(kind, figures))
    printed = print_figures(kind, "table", **figures)
    return figures if printed is not None and _same(printed, rows) else None


def _some_only(kind: str, figures: dict) -> dict:
    """``partial`` where a list the model lets give some items only adds up to less than its total: the table prints
    such a list as it prints all of them (no 其中, as the sentence has), and reportkit prints it only when partial."""
    if "partial" not in figure_fields(kind)[2]:
        return {}
    for name in figure_fields(kind)[1]:
        total = figures.get(list_total(kind, name))
        if name in figures and isinstance(total, int) and sum(i["count"] for i in figures[name]) < total:
            return {"partial": True}
    return {}


def table_places(kind: str, rows: list[list[str]], places: list[str]) -> dict[tuple, str]:
    """Where each figure of a table :func:`read_table` read is: ``(field,)`` or ``(list, n)`` → its row's place."""
    labels, zones, _ = table_labels(kind)
    heads = [labels.get(norm(unit_free(c))) for c in rows[0]]
    if len(rows) == 2 and all(heads):
        return {(field,): places[1] for field in heads}
    out: dict[tuple, str] = {}
    zone = None
    for row, place in zip(rows[1:], places[1:]):
        field = labels.get(norm(row[0]))
        if field:
            out[(field,)], zone = place, field
        elif zone in zones:
            out[(zones[zone], sum(key[0] == zones[zone] for key in out))] = place
    return out


def _same(table, rows: list[list[str]]) -> bool:
    """``table`` as printed is ``rows`` as read: a cell spanning columns may be read in each or only in the first."""
    if len(table.rows) != len(rows):
        return False
    for cells, read in zip(table.rows, rows):
        expected = [(clean(c.text), n == 0) for c in cells for n in range(c.colspan)]
        if len(expected) != len(read) or any(r != e and (first or r) for (e, first), r in zip(expected, read)):
            return False
    return True


def lead(kind: str, figures: dict, text: str) -> dict | None:
    """``figures`` (from a table) with what ``text`` adds if it is exactly the lead-in printed before that table."""
    added = read_sentence(kind, text)
    if not added:
        return None
    merged = dict(added, **figures)
    try:
        return merged if PRINTERS[kind].table_lead(FIGURES[kind](**merged)) == [text] else None
    except ValidationError:
        return None
