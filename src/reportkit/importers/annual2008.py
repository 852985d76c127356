"""Map a 2008-edition report (2008-2018): the parts by title, a plugin's sections (any registered for the edition, read
as the later editions' are: :meth:`.AnnualMapper.plugin_part`), the agency's own parts, the preamble as written (a
table there, which it cannot hold, as a paragraph a row, with a finding), the sentences reportkit generates at its end
(本报告根据……的规定编制。报告正文分为……个部分。……统计期限为……。) as the fields they come from.

Parts numbered 第一部分 … hold the 一、 headings after them, a level down. A part's heading is matched in the usual
wordings too (:func:`.labels.section_2008`: 主动公开政府信息的情况,
政府信息依申请公开工作情况 …), after a plugin's section of that title. A part under a heading of the agency's own is
the official part whose figures reportkit prints in it (:func:`_renamed`), or whose subject its headings name where that
part stands (:func:`_in_its_place`).

An official part's figures (主动公开条数、申请件数 …) come back as ``figures``: the sentence
or small table reportkit prints for them exactly (:mod:`.figures2008`), or else the figures
a free sentence or the agency's own table gives, with a placeholder wherever one is
unreadable or given twice differently. Every other table of the agency's own (类别｜条数 in the overview, one
read in part, one read wholly beside the agency's own sentence of figures) stays in its part's ``content`` where
it stood, as ``{columns, rows}``, a merged cell as ``{text, colspan, rowspan}``.
Where each paragraph, table row and figure was, and each part's heading, goes into the mapper's ``places``, for
``check`` to name.
"""
from __future__ import annotations

import itertools
import re

from ..default_plugins.annual_report.edition2008 import spec
from ..default_plugins.annual_report.edition2008.model import FIGURES
from ..default_plugins.annual_report.edition2008.printers import joined
from ..default_plugins.annual_report.edition2008.spec import REGULATION
from ..errors import ERROR, NOTE
from ..narrative import PLACEHOLDER, says_nothing
from ..numerals import chinese_numeral
from . import figures2008, labels
from .frame import placeholder
from .headings import is_heading, numbered, plain_heading, strip_number
from .labels import heading_level, norm
from .source import Grid, Para


def map_2008(mapper, preamble: list, parts: list, year) -> None:
    parts = _fold(parts)
    paras = [i for item in preamble for i in _preamble_item(mapper, item) if not mapper.contact(i.text)]
    _preamble(mapper, paras, [strip_number(heading.text) for heading, _ in parts], year)
    known = labels.sections("2008")
    official = {s.key: s for s in spec.SECTIONS}
    sections: dict = {"own": []}
    last = 0
    claimed = [_claimed(heading, items, known) for heading, items in parts]
    for n, (heading, items) in enumerate(parts):
        title = strip_number(heading.text)
        key = known.get(norm(heading.text))
        plugin = mapper.plugin_section(heading.text, "2008") if key is None else None
        if key is None and plugin is None:
            key = labels.section_2008(heading.text)
        if plugin and not mapper.reads_back(plugin[0], items):
            plugin = None  # its fields print as sentences that are not reportkit's: the part stays whole, as its own
        if plugin and plugin[0].name in sections:
            mapper.twice(heading, items)
            continue
        if plugin:
            sections[plugin[0].name] = mapper.plugin_part(*plugin, heading, items)
            last = max(last, plugin[0].order)
            continue
        figures, where, also, more = None, {}, None, None
        if key is None and plugin is None and len(both := _joined(heading.text)) == 2 and not sections.keys() & both:
            key, also = both
        if key is None:
            key, figures, items, where = _renamed(mapper, title, items, sections)
            if key is None and (key := _in_its_place(title, items, sections, last, set().union(*claimed[n + 1:]))):
                figures, items, where = _figures(mapper, official[key].figures, title, items)
        elif key in sections:
            key = None
        else:
            figures, left, where = _figures(mapper, official[key].figures, title, items)
            if also:
                # read from what the first left (reportkit prints its sentence after the first's), or from the whole
                # where the first took it all (“无” alone says it of both)
                more, rest, also_where = _figures(mapper, official[also].figures, title, left or items)
                left = [i for i in left if any(i is x for x in rest)]
                if more and not figures and not left:  # its text gives the second part's figures alone
                    key, figures, where, also = also, more, also_where, None
            items = left
        located: dict = {}  # each paragraph's and table row's place, by its path under the part's content
        content = mapper.nest_tables(items, located)
        if key and official[key].figures:
            _unheld(mapper, title, items, figures)
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
            if also and more:
                _joined_figures(mapper, sections, (key, also), heading, more, also_where)
        elif content:
            last = _own_order(last)
            _places(mapper, ("sections", "own", len(sections["own"])), heading, located)
            sections["own"].append({"title": title, "order": last, "content": content})
        else:
            mapper.find(heading.place, f"“{heading.text}”下面没有文字，未导入", "sections")
    if not sections["own"]:
        del sections["own"]
    mapper.data["sections"] = sections


def _joined(heading: str) -> list[str]:
    """The keys of the two parts with figures that ``heading`` names in one (行政复议、行政诉讼及收费情况 →
    review_litigation, fees: :func:`.figures2008.joined_halves`), in its order; [] where it names no two."""
    halves = figures2008.joined_halves(heading)
    return [labels.section_2008(half) for half in halves] if halves else []


def _joined_figures(mapper, sections: dict, keys: tuple[str, str], heading: Para, figures: dict, where: dict) -> None:
    """The figures of the second of two parts a ``heading`` names in one (:func:`_joined`) as that part's, printed
    ``within`` the first, whose text and title are the heading's."""
    first, second = keys
    sections[second] = {"within": first, "figures": figures}
    mapper.out.places[("sections", second)] = heading.place
    mapper.out.places.update({("sections", second, "figures", *sub): place for sub, place in where.items()})


def _own_order(last: int) -> int:
    """The order of an agency's own part after the part of order ``last``: midway to the next hundred, where the
    examples and starter file put one (350 between 依申请公开 300 and 复议诉讼 400), else just after ``last``."""
    middle = last // 100 * 100 + 50
    return middle if middle > last else last + 10


def _fold(parts: list[tuple[Para, list]]) -> list[tuple[Para, list]]:
    """Where the report numbers its parts 第一部分 …, the 一、 headings after one are its own, each a level below:
    they and their items go into it, every heading there moved down a level (一、 → （一）, （一） → 1.)."""
    if sum(bool(_PART.match(heading.text)) for heading, _ in parts) < 2:
        return parts
    out: list[tuple[Para, list]] = []
    for heading, items in parts:
        if out and _PART.match(out[-1][0].text) and not _PART.match(heading.text):
            out[-1][1].extend(_down(i) for i in [heading, *items])
        else:
            out.append((heading, list(items)))
    return out


def _down(item):
    """``item`` a level down if it is a heading above （1）: 一、 as （一）, （一） as 1., 1. as （1）."""
    level = heading_level(item.text) if isinstance(item, Para) and is_heading(item) else 0
    found = numbered(item.text) if 1 <= level <= 3 else None
    if not found:
        return item
    value = found[1]
    number = (f"（{chinese_numeral(value)}）", f"{value}.", f"（{value}）")[level - 1]
    return Para(number + strip_number(item.text), item.place, item.role)


#: The sentences the build generates at the end of a 2008 preamble: the basis (only where the agency wrote no paragraph
#: of its own), the parts, the period; each may be switched off.
_GENERATED = re.compile(f"(?:本报告根据{re.escape(REGULATION)}(?P<basis>.*?)的规定编制。)?(?:报告正文分为(?P<parts>.+?)个部分。)?"
                        r"(?:本报告所列数据的统计期限为(?P<period>\d{4}年\d{1,2}月\d{1,2}日至(?:\d{4}年)?\d{1,2}月\d{1,2}日)。)?")
#: Brackets a document's name or number may hold a 、 or 和 in (《关于……和……的通知》), not parting the basis there.
_OPEN, _CLOSE = "《〈（(〔［[【“", "》〉）)〕］]】”"


def _preamble(mapper, paras: list[Para], titles: list[str], year) -> None:
    """The preamble's paragraphs into ``preamble``: a list of them as written, or, where the last is the sentences
    reportkit generates for these ``titles`` of the parts exactly (:func:`_generated`), a mapping of the fields that
    print them (``basis``, ``parts``/``period`` false where not said; the period itself into ``period``)."""
    generated = _generated(paras[-1].text, titles, len(paras) == 1) if paras else None
    if generated is None:
        if paras:
            mapper.data["preamble"] = [i.text for i in paras]
            mapper.out.places.update({("preamble", n): i.place for n, i in enumerate(paras)})
        return
    *own, last = paras
    if generated.pop("period_text", None):
        mapper.period(last, year)
    if own:
        generated = {"text": [i.text for i in own], **generated}
        mapper.out.places.update({("preamble", "text", n): i.place for n, i in enumerate(own)})
    if generated:
        mapper.data["preamble"] = generated
        mapper.out.places[("preamble",)] = last.place


def _generated(text: str, titles: list[str], alone: bool) -> dict | None:
    """The preamble's fields that print ``text`` (the parts listed being ``titles``), their defaults left out, and
    ``period_text`` if it gives the period; None unless ``text`` is those sentences exactly: the basis sentence
    where it is ``alone`` (the agency wrote no paragraph before it), one sentence at least otherwise."""
    found = _GENERATED.fullmatch(text)
    if not found or not any(found.groups()) or (found.group("basis") is not None) != alone:
        return None
    if found.group("parts") and found.group("parts") != f"{'、'.join(titles)}{chinese_numeral(len(titles))}":
        return None  # other parts than the report has: printed again, the sentence would list the others
    fields: dict = {}
    if alone:
        basis = _basis(found.group("basis"))
        if basis is None:
            return None
        fields.update({"basis": basis} if basis else {})
    fields.update({key: False for key in ("parts", "period") if not found.group(key)})
    return fields | ({"period_text": found.group("period")} if found.group("period") else {})


def _basis(words: str) -> list[str] | None:
    """The documents cited after the 条例 (``和A``, ``、A、B和C``, as :func:`.printers.joined` prints them), parted
    where no bracket is open, or None where they are not so printed."""
    if not words:
        return []
    if words[0] == "和":
        return [words[1:]] if words[1:] else None
    depth, cuts, last = 0, [], None
    for n, char in enumerate(words):
        depth += (char in _OPEN) - (char in _CLOSE)
        if depth == 0 and char == "、":
            cuts.append(n)
        elif depth == 0 and char == "和":
            last = n
    if not cuts or cuts[0] != 0 or last is None or last < cuts[-1]:
        return None
    items = [words[a + 1:b] for a, b in itertools.pairwise([*cuts, last, len(words)])]
    return items if all(items) and REGULATION + words == joined([REGULATION, *items]) else None


def _preamble_item(mapper, item) -> list[Para]:
    """A paragraph of the preamble; a table there (which a 2008 preamble cannot hold) as a paragraph per row, its
    cells once, with a finding that names it. A blank table has nothing to keep."""
    if isinstance(item, Para):
        return [item]
    rows = [[str(cell) for cell in dict.fromkeys(row) if cell != ""] for row in item.merged_once()]
    out = [Para("\u3000".join(row), place) for row, place in zip(rows, item.places) if row]
    if out:
        mapper.find(item.place, f"前言里的{item.place}（“{out[0].text[:20]}”起）未作为表格导入：2008 版的前言只能写段落，"
                                "已把它的每一行写成一段（单元格之间空一格）；要印成表格，请把它移到某一部分的 content 下",
                    "tables")
    return out


#: A part's heading numbered as a part of the outline (第一部分, 第1部分), not as a heading (一、).
_PART = re.compile(r"\s*第\s*[\d一二三四五六七八九十]+\s*部分")
def _places(mapper, path: tuple, heading: Para, located: dict) -> None:
    """Where the part at ``path`` is: its heading for the part, each paragraph ``located`` for its ``content``."""
    mapper.out.places[path] = heading.place
    mapper.out.places.update({(*path, "content", *sub): place for sub, place in located.items()})


def _figures(mapper, kind: str | None, title: str, items: list) -> tuple[dict | None, list, dict]:
    """The figures of ``kind`` in a part's ``items`` (as reportkit prints them, else as the agency wrote them: :func:`_free`),
    the items left in its text, and where each figure was; none for a part without figures."""
    if kind is None:
        return None, items, {}
    found = _exact(mapper, kind, title, items)
    return (*_agreed(mapper, kind, title, *found[:3]), found[3]) if found else _free(mapper, kind, title, items)


#: What an official part is about, as a heading of the agency's own for it names it (充分发挥门户网站信息公开第一平台作用
#: over 应主动公开的信息及时发布): only words no other part's heading holds.
_SUBJECTS = {"active_disclosure": "主动公开", "applications": "依申请公开"}


def _claimed(heading: Para, items: list, known: dict) -> set[str]:
    """The official part a part is by its heading, or else those whose figures reportkit prints in it (:func:`_renamed`)."""
    key = known.get(norm(heading.text)) or labels.section_2008(heading.text)
    if key:
        return {key}
    if both := _joined(heading.text):
        return set(both)
    grid = items[-1].rows if items and isinstance(items[-1], Grid) else None
    first = next((i.text for i in items if isinstance(i, Para)), None)
    return {s.key for s in spec.SECTIONS if s.figures and (
        grid is not None and figures2008.read_table(s.figures, grid) is not None
        or first is not None and figures2008.read_sentence(s.figures, first) is not None)}


def _in_its_place(title: str, items: list, taken: dict, last: int, later: set[str]) -> str | None:
    """The official part a part under a heading of the agency's own is by what it is about: its heading or one in it
    names the part's subject (:data:`_SUBJECTS`), and it stands where reportkit prints that part (after the parts
    before it, ``last`` the order of the last, before the official parts ``later``), which the report has nowhere else."""
    headings = [title, *(i.text for i in items if isinstance(i, Para) and (is_heading(i) or plain_heading(i)))]
    before = min((s.order for s in spec.SECTIONS if s.key in later), default=None)
    for section in spec.SECTIONS:
        subject = _SUBJECTS.get(section.key)
        if subject and section.key not in taken and section.key not in later and last < section.order \
                and (before is None or section.order < before) and any(subject in h for h in headings):
            return section.key
    return None


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
        if figures is not None and not _more_figures(mapper, kind, figures, paras[0], items):
            items.remove(paras[0])
            _check_split(mapper, figures, title)
            return figures, items, paras[0].place, {(): paras[0].place}
    return None


def _more_figures(mapper, kind: str, figures: dict, printed: Para, items: list) -> bool:
    """Whether ``items`` other than ``printed``, a sentence reportkit prints for ``figures``, give figures besides those
    (a 类别｜条数 table under 本年度主动公开政府信息412条。, a list in a sentence of its own, 历年累计……): the part is
    then read as the agency's own text (:func:`_free`), not as reportkit's sentence and text of the agency's after it."""
    whose, before = _whose(mapper), ""
    texts = [i.text if isinstance(i, Para) else None for i in items]
    for n, item in enumerate(items):
        if item is printed:
            before = item.text
            continue
        if isinstance(item, Grid):
            hits = figures2008.search_table(kind, item.rows, item.places, *whose)[0]
            more = figures2008.read_list(kind, item.rows) is not None
        else:
            hits = figures2008.search(kind, item.text, item.place, *whose, before=before)
            more = bool(figures2008.list_sentences(kind, item.text, before, None, *whose, figures2008.later(texts, [n])))
            before = item.text
        if more or any(hit.field not in figures for hit in hits):
            return True
    return False


def _agreed(mapper, kind: str, title: str, figures: dict, items: list, place: str) -> tuple[dict, list]:
    """``figures`` with a placeholder for each one the part's text gives otherwise."""
    for item in (i for i in items if isinstance(i, Para)):
        for other in figures2008.search(kind, item.text, item.place, *_whose(mapper)):
            value = figures.get(other.field)
            if other.field in figures and other.value != value and not isinstance(value, str):
                name = FIGURES[kind].model_fields[other.field].title
                mapper.find(place, f"“{title}”的“{name}”在{place}是 {value}，在{other.place}写作“{other.words}”，"
                                   "两处不一致，都未采用：请核对后填写", "figures")
                figures[other.field] = placeholder(f"{title}的{name}（见{place}、{other.place}）")
    return figures, items


def _whose(mapper) -> tuple[str, int | None]:
    """The agency and year of the report: a figure the text gives another organ or year is not read as its own
    (2011年行政复议、行政诉讼均为0件 in a 2012 report)."""
    agency, year = mapper.data.get("agency"), mapper.data.get("year")
    return (agency if isinstance(agency, str) and not PLACEHOLDER.search(agency) else "",
            year if isinstance(year, int) else None)


def _check_split(mapper, figures: dict, title: str) -> None:
    """A channel printed without its count may be two channels or one whose name holds a 、: say which was taken;
    not where such names were quoted (“甲网、乙网的链接”、政务微博), as reportkit prints them."""
    channels = figures.get("channels", ())
    if len(channels) > 1 and any("count" not in c for c in channels) and not any("、" in c["name"] for c in channels):
        mapper.out.notes.append(f"“{title}”的公开渠道按顿号“、”分成了 {len(figures['channels'])} 个："
                                "名称本身带顿号的渠道请合并为一项")


def _unheld(mapper, title: str, items: list, figures: dict | None) -> None:
    """A note at each paragraph and table row of the part's text that counts what the 2008 figures have no field for
    (不予公开的理由, 咨询: :func:`.figures2008.unheld`), unless it is an item of a list read (属于咨询类的2件, an
    outcome): it stays in the text only, and ``check`` compares it with nothing."""
    listed = [(norm(i["name"]), i.get("count")) for v in (figures or {}).values() if isinstance(v, list) for i in v]
    lines = [(i.text, i.place) for i in items if isinstance(i, Para)]
    lines += [("".join(row) + ("件" if re.fullmatch(r"\s*\d+\s*", row[-1]) else ""), place)
              for i in items if isinstance(i, Grid) for row, place in zip(i.rows, i.places) if row]
    for text, place in lines:
        found: dict[str, list[str]] = {}
        for what, words in figures2008.unheld(text):
            key, count = norm(re.sub(r"\d+\s*[件条项起个次人批]+|的", "", words)), int(re.search(r"\d+", words).group())
            if not any(c == count and (key in name or name in key) for name, c in listed):
                found.setdefault(what, []).append(words)
        for what, words in found.items():
            mapper.find(place, f"“{title}”写的“{'、'.join(words)}”是{what}的数字：2008 版的 figures 没有这一项，"
                               "未读进 figures，只照原文留在正文里，check 不核对它：无需改动，核对时请对照原件", "figures",
                        severity=NOTE)


def _reasons_dropped(mapper, title: str, read: dict, sentence: str, place: str) -> None:
    """A note at ``place`` for each outcome of ``sentence`` named with why that ``read`` names by the outcome alone
    (因申请内容属于国家秘密不予公开1件: 不予公开, :func:`.figures2008.reasons_dropped`): the reason stays in the text only."""
    names = {i["name"] for i in read.get("outcomes", ())}
    for words, written, outcome in figures2008.reasons_dropped(sentence):
        if outcome in names and written not in names:
            mapper.find(place, f"“{title}”写的“{words}”读作答复结果“{outcome}”：2008 版的 figures 没有答复理由这一项，"
                               "理由未读进 figures，只照原文留在正文里：无需改动，核对时请对照原件", "figures", severity=NOTE)


def _disagrees(mapper, kind: str, title: str, name: str, summed: int, total, place: str) -> None:
    """A finding at ``place`` where a list left unread adds up to other than its total read elsewhere: more than it, or
    for a list without ``partial`` (the applications'), other than it. A placeholder's total is a finding already."""
    if isinstance(total, int) and (summed > total or summed != total and "partial" not in FIGURES[kind].model_fields):
        mapper.find(place, f"“{title}”：{figures2008.disagreement(kind, name, summed, total)}", "figures",
                    severity=ERROR)


def _free(mapper, kind: str, title: str, items: list) -> tuple[dict | None, list, dict]:
    """Figures from the part's own sentences and tables, the items left in its text, and where each figure was.

    The agency's sentences that give figures stay in the text, and so does a table read in part, and a list in a
    sentence of its own after its total's, or after 其中 in it (:func:`.figures2008.list_sentences`): they state the figures
    (:func:`.figures2008.stated`), which are not printed again. A table wholly read (each row a figure, or an item
    of one list: 类别｜条数) stays likewise, as the agency wrote it, where any of these stays beside it (taken out, the
    figures would print it again as a sentence beside the agency's total: 898 twice); only where the figures come
    from such tables alone are the tables taken out and printed again from the figures (``show: table``). A list
    whose total the text or another table gives otherwise is not read: its table or sentence stays. A part saying
    only “无” gives 0 for what its heading names (:func:`.figures2008.nothing`), printed again as a sentence."""
    whose = _whose(mapper)
    found: list[figures2008.Found] = []
    listed: list[tuple[dict, dict, Grid]] = []  # a list's figures, the row each came from, its table
    as_written: list[Grid] = []  # those tables that stay in the text as published (:func:`.figures2008.shares_off`)
    said: list[tuple[dict, str, list[str]]] = []  # a list's figures, its sentence, its paragraphs' places
    kept: dict[str, str] = {}  # what figures were read from and stays in the text → how the note names it
    taken: list[Grid] = []
    # each paragraph, or run of a list's items a paragraph each, with the paragraph its list may follow the total's
    # sentence in (or a table's of its total alone), by the index of its first
    totals = {n: head for n, i in enumerate(items) if isinstance(i, Grid) and (head := figures2008.table_said(kind, i.rows, *whose))}
    texts = [i.text if isinstance(i, Para) else None for i in items]
    sentences = {at[0]: (before, text, at) for before, text, at in figures2008.runs(kind, texts, totals)}
    for n, item in enumerate(items):
        if isinstance(item, Para):
            hits = figures2008.search(kind, item.text, item.place, *whose, before=texts[n - 1] or "" if n else "")
            kept.update({"句子": "原句"} if hits else {})
            found += hits
            faults: list = []
            if n in sentences:
                before, text, at = sentences[n]
                said += [(*sentence, [items[k].place for k in at])
                         for sentence in figures2008.list_sentences(kind, text, before, faults, *whose,
                                                                    figures2008.later(texts, at))]
            for fault in faults:
                mapper.find(item.place, f"“{title}”：{fault}", "figures", severity=ERROR)
            continue
        if fees := figures2008.fee_items(kind, item.rows, item.places):  # its rows by kind of fee stay as written
            found += fees
            kept["表格"] = "原表"
            continue
        read = figures2008.read_list(kind, item.rows)
        if read:
            # a share cut where reportkit rounds (61.6% for 61.7%) is no fault, but printed again it would read
            # otherwise than the report published: the table stays as written
            for row, words in (off := figures2008.shares_off(kind, item.rows)):
                mapper.find(item.places[row], f"“{title}”：{words}，末位差 1（原表可能是截尾而不是四舍五入），不算错误；"
                                              "表格照原文留在正文中，不按 reportkit 算出的占比重印", "figures", severity=NOTE)
            as_written += [item] if off else []
            # a figure of the part's under the list (历年累计主动公开｜3627) is checked against the text as any is
            totals = {figures2008.list_total(kind, k) for k, v in read[0].items() if isinstance(v, list)}
            for field in [k for k, v in read[0].items() if not isinstance(v, list) and k not in totals]:
                row, value = read[1].pop((field,)), read[0].pop(field)
                found.append(figures2008.Found(field, value, item.places[row], f"{item.rows[row][0].strip()}{value}"))
            listed.append((*read, item))
            continue
        for row, fault in figures2008.list_faults(kind, item.rows):
            mapper.find(item.places[row], f"“{title}”：{fault}", "figures", severity=ERROR)
        # 收到申请 merged over its channels' rows and their 合计, a 序号 column: read as the total over its items, each row
        # where it was
        rows, at = figures2008.table_rows(kind, item.rows)
        hits, unknown = figures2008.search_table(kind, rows, [item.places[n] for n in at], *whose)
        found += hits
        faults = []
        if unknown and (read := figures2008.table_list(kind, rows, faults, *whose)):  # 收到申请｜12 over its outcomes' rows
            listed.append((read[0], {key: at[n] for key, n in read[1].items()}, item))
            # its row of last year's applications (上年结转｜2, 上年结转｜—) no figure holds: printed again, it would be lost
            as_written += [item] if figures2008.table_names_carried(item.rows) else []
            continue
        for fault in faults:
            mapper.find(item.place, f"“{title}”：{fault}", "figures", severity=ERROR)
        if hits and not unknown:
            taken.append(item)
        elif hits:
            kept["表格"] = "原表"
    # 均已答复 may not count the answers to last year's applications another paragraph or a table gives
    if figures2008.carried_given([i.text for i in items if isinstance(i, Para)],
                                 [i.rows for i in items if isinstance(i, Grid)])[1]:
        found = [f for f in found if not figures2008.all_answered(f.words)]
    if not found and not listed and len(items) == 1 and isinstance(items[0], Para) and says_nothing([items[0].text]):
        zeros = {f.field: f.value for f in figures2008.nothing(kind, title, items[0].place)}
        if zeros:  # the figures say it in full when printed again
            mapper.out.notes.append(f"“{title}”只写了“{items[0].text}”，读作{'、'.join(FIGURES[kind].model_fields[k].title for k in zeros)}"
                                    "都为 0：重新排版时印成 reportkit 的句子")
            return zeros, [], {(field,): items[0].place for field in zeros}
    # a list's sentence giving its total as its last item (，合计107条) gives figures of its own, and so do the counts
    # of two channels or more (通过门户网站公开信息180条，通过公开栏公开信息40条), a list with no total; one alone may be
    # one of several
    if not found and not listed and not any(
            (total := figures2008.list_total(kind, k)) in read or total is None and len(v) > 1
            for read, _, _ in said for k, v in read.items() if isinstance(v, list)):
        return None, items, {}
    model = FIGURES[kind]
    figures: dict = {}
    for field in dict.fromkeys(f.field for f in found):
        seen = [f for f in found if f.field == field]
        name = model.model_fields[field].title
        values = {f.value for f in seen}
        if None in values:
            words = next(f for f in seen if f.value is None)
            inexact = f"“{title}”的“{name}”写作“{words.words}”，不是确切的数字"
            mapper.find(words.place, f"{inexact}：请照原始台账填写", "figures", f"{inexact}：请核对原件")
        elif len(values) > 1:
            places = "；".join(f"{f.place}“{f.words}”" for f in seen)
            mapper.find(seen[0].place, f"“{title}”的“{name}”原文有 {len(values)} 个不同的数字（{places}），都未采用：请核对后填写",
                        "figures")
        else:
            figures[field] = values.pop()
            continue
        figures[field] = placeholder(f"{title}的{name}（见{seen[0].place}）")
    where = {(f.field,): f.place for f in reversed(found)}  # the first place each figure was found
    for read, rows, grid in listed:
        agreed = True  # a table of several lists (收到申请 over its channels, 已答复 over its outcomes) is read whole
        for name, items_read in [(k, v) for k, v in read.items() if isinstance(v, list)]:
            total = figures2008.list_total(kind, name)
            summed = read.get(total, sum(i["count"] for i in items_read))
            if name in figures or total in figures and figures[total] != summed:
                _disagrees(mapper, kind, title, name, summed, figures.get(total), grid.places[rows.get((total,), 0)])
                agreed = False
        if agreed:
            figures.update(read)
            if any(grid is g for g in as_written):
                kept["表格"] = "原表"
            else:
                taken.append(grid)
            where.update({key: grid.places[row] for key, row in rows.items()})
    for read, sentence, places in said:
        name = next(k for k, v in read.items() if isinstance(v, list))
        total = figures.get(figures2008.list_total(kind, name))
        summed = sum(i["count"] for i in read[name])
        if name in figures or isinstance(total, str) or total is not None and "partial" not in read and total != summed:
            if name not in figures:
                _disagrees(mapper, kind, title, name, summed, total, places[0])
            continue  # the list's total is given otherwise elsewhere: its sentence stays
        figures.update(read)
        kept["句子"] = "原句"  # the list's sentence stays, and so does a table of its total before it
        _reasons_dropped(mapper, title, read, sentence, places[0])
        # each item where its paragraph was (a list a paragraph an item), else the sentence's
        where.update({(name, n): places[n] if len(places) == len(read[name]) else places[0]
                      for n in range(len(read[name]))})
        where.update({(k,): places[-1] for k, v in read.items() if not isinstance(v, list) and (k,) not in where})
    if not figures:
        return None, items, {}
    if kept:
        if taken:
            kept["表格"], taken = "原表", []
        note = (f"“{title}”的 figures 是从正文的{'和'.join(kept)}里读出的，{'和'.join(kept.values())}仍留在正文中："
                f"正文已写明全部数字的，重新排版时不再另印；改动数字时请把 figures 和{'、'.join(kept.values())}一起改")
        if note not in mapper.out.notes:  # a heading of two parts (:func:`_joined`) reads both from the same text
            mapper.out.notes.append(note)
    else:
        # printed again as reportkit's table, which gives each list's total (答复政府信息公开申请｜8 over the outcomes):
        # read back from it, the total would be a figure more than read here
        for name in [k for k, v in figures.items() if isinstance(v, list)]:
            total = figures2008.list_total(kind, name)
            if total and total not in figures:
                figures[total], where[(total,)] = sum(i["count"] for i in figures[name]), where[(name, 0)]
        figures["show"] = "table"
    return figures, [i for i in items if not any(i is t for t in taken)], where

