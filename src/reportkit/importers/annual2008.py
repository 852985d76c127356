"""Map a 2008-edition report (2008-2018): the parts by title, the agency's own parts, the preamble as written.

The figures a 2008 report prints as sentences or small tables are kept as text; a small
table cannot be kept and is reported.
"""
from __future__ import annotations

from ..default_plugins.annual_report.edition2008 import spec
from . import labels
from .annual import nest, strip_number
from .labels import norm
from .source import Grid, Para


def map_2008(mapper, preamble: list, parts: list, year) -> None:
    texts = [i.text for i in preamble if isinstance(i, Para) and not mapper.contact(i.text)]
    if texts:
        mapper.data["preamble"] = texts
    known = labels.sections("2008")
    orders = {s.key: s.order for s in spec.SECTIONS}
    sections: dict = {"own": []}
    last = 0
    for heading, items in parts:
        for grid in (i for i in items if isinstance(i, Grid)):
            mapper.find(grid.place, "2008 版的数字表格未能映射为 figures，未导入：请照原文填写这一部分的 figures", "tables")
        content = nest([i for i in items if isinstance(i, Para)])
        title = strip_number(heading.text)
        key = known.get(norm(heading.text))
        if key and key not in sections and content:
            part = {"content": content}
            if title != next(s.title for s in spec.SECTIONS if s.key == key):
                part["title"] = title
            if orders[key] <= last:
                part["order"] = last + 10
            last = part.get("order", orders[key])
            sections[key] = part
        elif content:
            last += 10
            sections["own"].append({"title": title, "order": last, "content": content})
        else:
            mapper.find(heading.place, f"“{heading.text}”下面没有文字，未导入", "sections")
    if not sections["own"]:
        del sections["own"]
    mapper.data["sections"] = sections
