"""Map a 2008-edition report (2008-2018): the parts by title, a plugin's sections, the agency's own parts, the
preamble as written.

A part's heading is matched in the usual wordings too (:func:`.labels.section_2008`: 主动公开政府信息的情况,
政府信息依申请公开工作情况 …), after a plugin's section of that title.

An official part's figures (主动公开条数、申请件数 …) come back as ``figures``: the sentence
or small table reportkit prints for them exactly (:mod:`.figures2008`), or else the figures
a free sentence or the agency's own table gives, with a placeholder wherever one is
unreadable or given twice differently. Where each paragraph and figure was (its paragraph, its table row), and
each part's heading, goes into the mapper's ``places``, for ``check`` to name.
"""
from __future__ import annotations

from ..default_plugins.annual_report.edition2008 import spec
from ..default_plugins.annual_report.edition2008.model import FIGURES
from . import figures2008, labels
from .annual import nest, placeholder, readable, strip_number
from .labels import norm
from .source import Grid, Para


def map_2008(mapper, preamble: list, parts: list, year) -> None:
    paras = [i for i in preamble if isinstance(i, Para) and not mapper.contact(i.text)]
    if paras:
        mapper.data["preamble"] = [i.text for i in paras]
        mapper.out.places.update({("preamble", n): i.place for n, i in enumerate(paras)})
    known = labels.sections("2008")
    official = {s.key: s for s in spec.SECTIONS}
    sections: dict = {"own": []}
    last = 0
    for heading, items in parts:
        title = strip_number(heading.text)
        key = known.get(norm(heading.text))
        plugin = mapper.plugin_section(heading.text, "2008") if key is None else None
        if key is None and plugin is None:
            key = labels.section_2008(heading.text)
        if plugin and not readable(plugin[0]):
            plugin = None  # its fields print as sentences no reader gives back: the part stays whole, as its own
        if plugin and plugin[0].name in sections:
            mapper.find(heading.place, f"“{heading.text}”出现了两次，只导入了第一次", "sections")
            continue
        if plugin:
            sections[plugin[0].name] = mapper.plugin_part(*plugin, heading, items)
            last = max(last, plugin[0].order)
            continue
        figures, where = None, {}
        if key is None:
            key, figures, items, where = _renamed(mapper, title, items, sections)
        elif key in sections:
            key = None
        elif official[key].figures:
            found = _exact(mapper, official[key].figures, title, items)
            figures, items, where = (*_agreed(mapper, official[key].figures, title, *found[:3]), found[3]) if found \
                else _free(mapper, official[key].figures, title, items)
        for grid in (i for i in items if isinstance(i, Grid)):
            mapper.find(grid.place, "2008 版的这一部分不能有表格，未导入：表格里的数字请写进正文或相应部分的 figures", "tables")
        located: dict = {}  # each paragraph's place, by its path under the part's content
        content = nest([i for i in items if isinstance(i, Para)], places=located)
        if key and (content or figures):
            part = {"figures": figures} if figures else {}
            if content:
                part["content"] = content
            if title != official[key].title:
                part["title"] = title
            if official[key].order <= last:
                part["order"] = last + 10
            last = part.get("order", official[key].order)
            sections[key] = part
            _places(mapper, ("sections", key), heading, located)
            if figures:
                mapper.out.places.update({("sections", key, "figures", *sub): place for sub, place in where.items()})
        elif content:
            last += 10
            _places(mapper, ("sections", "own", len(sections["own"])), heading, located)
            sections["own"].append({"title": title, "order": last, "content": content})
        else:
            mapper.find(heading.place, f"“{heading.text}”下面没有文字，未导入", "sections")
    if not sections["own"]:
        del sections["own"]
    mapper.data["sections"] = sections


def _places(mapper, path: tuple, heading: Para, located: dict) -> None:
    """Where the part at ``path`` is: its heading for the part, each paragraph ``located`` for its ``content``."""
    mapper.out.places[path] = heading.place
    mapper.out.places.update({(*path, "content", *sub): place for sub, place in located.items()})


def _renamed(mapper, title: str, items: list, taken: dict) -> tuple[str | None, dict | None, list, dict]:
    """A part the agency renamed is the official part whose figures reportkit printed in it, if any."""
    for section in spec.SECTIONS:
        if section.figures and section.key not in taken:
            found = _exact(mapper, section.figures, title, items)
            if found:
                return section.key, *_agreed(mapper, section.figures, title, *found[:3]), found[3]
    return None, None, items, {}


def _exact(mapper, kind: str, title: str, items: list) -> tuple[dict, list, str, dict] | None:
    """The figures as reportkit prints them (a table after the text, or a sentence before it), the other items,
    where the figures were, and where each was (``()`` → the table or sentence, ``(field,)`` → its row …)."""
    items = list(items)
    paras = [i for i in items if isinstance(i, Para)]
    if items and isinstance(items[-1], Grid):
        figures = figures2008.read_table(kind, items[-1].rows)
        if figures is not None:
            grid = items.pop()
            where = {(): grid.place, **figures2008.table_places(kind, grid.rows, grid.places)}
            with_lead = figures2008.lead(kind, figures, paras[0].text) if paras else None
            if with_lead is not None:
                items.remove(paras[0])
                _check_split(mapper, with_lead, title)
                where.update({(name,): paras[0].place for name in with_lead if name not in figures})
            return with_lead or figures, items, grid.place, where
    if paras:
        figures = figures2008.read_sentence(kind, paras[0].text)
        if figures is not None:
            items.remove(paras[0])
            _check_split(mapper, figures, title)
            return figures, items, paras[0].place, {(): paras[0].place}
    return None


def _agreed(mapper, kind: str, title: str, figures: dict, items: list, place: str) -> tuple[dict, list]:
    """``figures`` with a placeholder for each one the part's text gives otherwise."""
    for item in (i for i in items if isinstance(i, Para)):
        for other in figures2008.search(kind, item.text, item.place):
            value = figures.get(other.field)
            if other.field in figures and other.value != value and not isinstance(value, str):
                name = FIGURES[kind].model_fields[other.field].title
                mapper.find(place, f"“{title}”的“{name}”在{place}是 {value}，在{other.place}写作“{other.words}”，"
                                   "两处不一致，都未采用：请核对后填写", "figures")
                figures[other.field] = placeholder(f"{title}的{name}（见{place}、{other.place}）")
    return figures, items


def _check_split(mapper, figures: dict, title: str) -> None:
    """A channel printed without its count may be two channels or one whose name holds a 、: say which was taken."""
    channels = figures.get("channels", ())
    if len(channels) > 1 and any("count" not in c for c in channels):
        mapper.out.notes.append(f"“{title}”的公开渠道按顿号“、”分成了 {len(figures['channels'])} 个："
                                "名称本身带顿号的渠道请合并为一项")


def _free(mapper, kind: str, title: str, items: list) -> tuple[dict | None, list, dict]:
    """Figures from the part's own sentences (left in its text) and tables (taken out), and where each was."""
    found: list[figures2008.Found] = []
    from_text = False
    rest = []
    for item in items:
        if isinstance(item, Para):
            hits = figures2008.search(kind, item.text, item.place)
            from_text = from_text or bool(hits)
            found += hits
            rest.append(item)
            continue
        hits, unknown = figures2008.search_table(kind, item.rows, item.places)
        if not hits:
            rest.append(item)
            continue
        found += hits
        for place, label in unknown:
            mapper.find(place, f"“{title}”的表格中“{label}”一行未能对应到 figures 的任何一项，未导入：请照原文填写", "figures")
    if not found:
        return None, items, {}
    model = FIGURES[kind]
    figures: dict = {}
    for field in dict.fromkeys(f.field for f in found):
        seen = [f for f in found if f.field == field]
        name = model.model_fields[field].title
        values = {f.value for f in seen}
        if None in values:
            words = next(f for f in seen if f.value is None)
            mapper.find(words.place, f"“{title}”的“{name}”写作“{words.words}”，不是确切的数字：请照原始台账填写", "figures")
        elif len(values) > 1:
            places = "；".join(f"{f.place}“{f.words}”" for f in seen)
            mapper.find(seen[0].place, f"“{title}”的“{name}”原文有 {len(values)} 个不同的数字（{places}），都未采用：请核对后填写",
                        "figures")
        else:
            figures[field] = values.pop()
            continue
        figures[field] = placeholder(f"{title}的{name}（见{seen[0].place}）")
    where = {(f.field,): f.place for f in reversed(found)}  # the first place each figure was found
    if from_text:
        mapper.out.notes.append(f"“{title}”的 figures 是从正文的句子里读出的，原句仍留在正文中：正文已写明全部数字的，"
                                "重新排版时不再另印；改动数字时请把 figures 和原句一起改")
    else:
        figures["show"] = "table"
    return figures, rest, where
