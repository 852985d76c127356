"""The body's numbered headings: its parts (一、…) with the items under each, and the paragraphs of a part nested
under their headings as narrative items (``list[SectionItem]``), for every kind the import maps. A numbered heading
(:func:`is_heading`) is short, or long: wrapped over two or three lines, no stop or clause in it (:func:`long_heading`)."""
from __future__ import annotations

import re
from typing import NamedTuple

from ..numerals import chinese_numeral, numeral_value
from ..outline import heading_number
from . import labels
from .labels import date_line, heading_level
from .source import Grid, Para, Published

#: What a sentence ends with: a numbered line ending so is no heading (:func:`is_heading`).
_END = "。；！？!?;"
#: At most this many characters, a heading without a number is one (:func:`plain_heading`).
_PLAIN_LENGTH = 30
#: The most characters a numbered heading may have (:func:`long_heading`): about three lines of body text.
LONG_HEADING = 90


def is_heading(item: Para) -> bool:
    """A numbered heading: styled as one, or numbered, short (up to 40 characters) and not ending like a sentence, or
    longer with no clause in it (:func:`long_heading`)."""
    if not heading_level(item.text):
        return False
    return item.role == "heading" or len(item.text) <= 40 and item.text[-1] not in _END and "。" not in item.text \
        or long_heading(item.text)


def long_heading(text: str, clause: bool = False) -> bool:
    """Whether the numbered line ``text``, too long for a short heading (:func:`is_heading`), is a heading wrapped over
    two or three lines (a PDF's, or a copy's, read as one paragraph): up to :data:`LONG_HEADING` characters, no stop
    in it (。；！？), and no clause (，：) but where ``clause``: among its siblings where some are headings, with text
    under it (:func:`_siblings_alike`); alone, a line with one is a numbered paragraph."""
    return len(text) <= LONG_HEADING and not re.search(f"[{_END}]" if clause else f"[{_END}，,：:]", text)


def plain_heading(item: Para) -> bool:
    """A heading without a number: styled as one (a heading style, an outline level, <h3>), short, no clause or
    sentence in it, no date."""
    return item.role == "heading" and not heading_level(item.text) and 0 < len(item.text) <= _PLAIN_LENGTH \
        and not re.search(f"[{_END}，,：:]", item.text) and not date_line(item.text)


def bold_lead(pieces: list[tuple[str, tuple]]) -> int:
    """How many of a paragraph's ``pieces`` (its runs' text, each with its look: ``(CSS property, value)`` pairs, a
    later one overriding) are a numbered heading set in bold with the paragraph's text run in after it, set otherwise
    (<b>一、总体情况</b>2023年，……), the two on one line; 0 where the paragraph opens otherwise (a bold number alone:
    <b>一、</b>总体情况). A heading with a stop after it (一、总体情况。2023年……) is left to :func:`read_once` and
    :func:`run_in`."""
    bold = [not text.strip() or dict(look).get("font-weight") == "bold" for text, look in pieces]
    n = bold.index(False) if False in bold else 0
    lead = "".join(text for text, _ in pieces[:n])
    words, rest = lead.strip(), "".join(text for text, _ in pieces[n:]).split("\n")[0]
    if "\n" in lead or not rest.strip() or not heading_level(words) or not strip_number(words) or len(words) > 40 \
            or re.search(f"[{_END}，,]", words):
        return 0
    return n


def strip_number(text: str) -> str:
    """``text`` without the number it starts with: （一）规范办理流程 → 规范办理流程, ⑴规范办理流程, 1.1 规范办理流程 too."""
    return labels.after_number(text)


def read_once(published: Published) -> None:
    """The numbered paragraphs a reader read as printed once: a number typed twice (一、 一、概述, （一）（一）…, Word's
    list label and the same number typed after it) read once; a number alone on its line (（一）, 第一部分) with its
    heading's words on the next line (short, unnumbered, no sentence) one heading; a bare decimal (1.1) too, where
    its words are no figure's unit (3.5 / 万元 stay two paragraphs); a part's heading with its text run in after a full
    stop (:func:`_parts_run_in`) a heading and a paragraph; parts numbered 第一、 第二、 as 一、 二、 (:func:`_ordinals`)."""
    kept: list = []
    run_in = _parts_run_in(published.items)
    ordinals = _ordinals(published.items, run_in)
    for item in published.items:
        if not isinstance(item, Para) or item.role not in ("body", "heading"):
            kept.append(item)
            continue
        item.text = ordinals.get(id(item), item.text)
        while _typed_again(item.text):
            item.text = labels.after_number(item.text)
        if id(item) in run_in:
            heading, text = run_in[id(item)]
            kept.append(Para(heading, item.place, "heading"))
            for picture in published.pictures:  # counted in items before it: one more
                picture.at += picture.at > len(kept) - 1
            item = Para(text, item.place, item.role)
        above = kept[-1] if kept else None
        if isinstance(above, Para) and above.role in ("body", "heading") and labels.number_alone(above.text, item.text) \
                and not labels.numbering(item.text) \
                and len(item.text) <= 40 and not re.search(f"[{_END}]", item.text) and not date_line(item.text) \
                and not any(picture.at == len(kept) for picture in published.pictures):
            above.text = above.text.strip() + item.text.strip()
            above.role = "heading" if "heading" in (above.role, item.role) else "body"
            for picture in published.pictures:  # counted in items before it: one fewer
                picture.at -= picture.at > len(kept)
            continue
        kept.append(item)
    published.items[:] = kept


def _parts_run_in(items: list) -> dict[int, tuple[str, str]]:
    """The paragraphs that are a part's heading 一、 with its text run in after a full stop (一、概述。本机关……), by
    id: the heading's words short (up to :data:`_RUN_IN_HEADING` characters, no clause in them) and its siblings
    alike, another part's heading 一、 standing alone or run in so; each with its heading and its text."""
    found: dict[int, tuple[str, str]] = {}
    alone = False
    for item in items:
        if not isinstance(item, Para) or item.role not in ("body", "heading") or heading_level(item.text) != 1 \
                or (numbered(item.text) or ("",))[0] != "一、":
            continue
        text = item.text.strip()
        words = labels.after_number(text)
        split = re.match(rf"([^。，,；;：:]{{2,{_RUN_IN_HEADING}}}?)。(.+)", words, re.DOTALL)
        if is_heading(item):
            alone = True
        elif split:
            found[id(item)] = (text[:len(text) - len(words)] + split.group(1), split.group(2).strip())
    return found if alone or len(found) > 1 else {}


#: A heading numbered as an ordinal: 第一、总体要求, 第二，主要任务, 第三 保障措施.
_ORDINAL = re.compile(r"\s*第([一二三四五六七八九十]+)(?:\s*[、，,．.]|\s+(?=\S))\s*(.+)", re.DOTALL)


def _ordinals(items: list, run_in: dict[int, tuple[str, str]]) -> dict[int, str]:
    """The paragraphs that are parts' headings numbered 第一、 第二、 … (:data:`_ORDINAL`), which
    :func:`.labels.heading_level` does not count, by id, each as its 一、 heading: short, no clause in it, numbered one
    after another from 第一, at least two, the first before any other numbered heading, in a text without 一、 headings
    (standing alone, or with their text run in: ``run_in``, :func:`_parts_run_in`), where they would be items of a
    part, as they are under a （一） heading before them (第一，信息更新不及时 in a report's text)."""
    found: dict[int, str] = {}
    for item in items:
        if not isinstance(item, Para) or item.role not in ("body", "heading"):
            continue
        level = heading_level(item.text)
        if level == 1 and (is_heading(item) or id(item) in run_in) or level and not found and is_heading(item):
            return {}
        ordinal = _ORDINAL.fullmatch(item.text.strip())
        if ordinal and len(ordinal[2]) <= _PLAIN_LENGTH and not re.search(f"[{_END}，,：:]", ordinal[2]) \
                and numeral_value(ordinal[1]) == len(found) + 1:
            found[id(item)] = f"{ordinal[1]}、{ordinal[2].strip()}"
    return found if len(found) > 1 else {}


#: At most this many characters, a part's heading before its run-in text (:func:`_parts_run_in`).
_RUN_IN_HEADING = 30


def _typed_again(text: str) -> bool:
    """Whether ``text`` starts with one number twice: 一、 一、概述."""
    return same_number(text, labels.after_number(text))


def same_number(label: str, text: str) -> bool:
    """Whether ``text`` starts with the number ``label`` does (spaces aside): 一、 and 一、概述."""
    number = "".join(labels.numbering(label).split())
    return bool(number) and "".join(labels.numbering(text).split()) == number


def numbered(text: str) -> tuple[str, int] | None:
    """The style (``(一)``, ``(N)``, ``N、``, ``(甲)``, ``①``, ``Ⅰ、`` …) and value of the number ``text`` starts with,
    or None."""
    number = labels.numbering(text)
    if re.match(rf"\([{labels.STEMS}]", number):  # （甲） （乙）: the 天干 in order
        return "(甲)", labels.STEMS.index(number[1]) + 1
    for series in (labels.CIRCLED, labels.ROMAN[:12], labels.ROMAN[12:]):  # ① ②, Ⅰ Ⅱ, ⅰ ⅱ: in order
        if number[:1] and number[0] in series:
            return series[0] + number[1:], series.index(number[0]) + 1
    found = re.search(r"\d+(?!.*\d)|[一二三四五六七八九十]+", number)  # a decimal's last part: 1.N for 1.2
    value = numeral_value(found.group()) if found else None  # none for numerals no count is written in: 十十, 一二
    if value is None:
        return None
    return number[:found.start()] + ("N" if found.group().isdigit() else "一") + number[found.end():], value


def run_in(para: Para) -> tuple[str, str] | None:
    """A numbered paragraph (below a part's heading) that may be a heading with its text run in: (the heading, the
    text after it), its first sentence short as a heading (（三）规范办理流程。本年度……); None for a long one, or a
    list of items in one paragraph ((1)…。(2)…。)."""
    found = re.match(r"(.+?)[。；;！!？?](.*)", para.text, re.DOTALL)
    number = numbered(para.text)
    if heading_level(para.text) < 2 or not found or not number or len(found.group(1)) > 40:
        return None
    style, value = number
    items = (numbered(m.group()) for m in re.finditer(r"[（(]?[\d一二三四五六七八九十]+[）)、.．]", para.text))
    return None if (style, value + 1) in items else (found.group(1), found.group(2).strip())


def _siblings_alike(paras: list[Para]) -> list[tuple[Para, bool]]:
    """Each of ``paras`` (a run-in heading cut from its text) and whether it is a heading, siblings alike: numbered
    in one style, each number the one before plus one, no heading of a level above between them. Where some are
    headings, the others are too when each is short up to its first full stop (（三）规范流程。本年度……), or a long
    heading, a clause in it or not (:func:`long_heading`), and has text to go under it; else a list of （1） items,
    sentences, with a （1） heading among them is all text. Items of a list a line each (:func:`_listed`) are no
    headings."""
    heads = [is_heading(p) for p in paras]
    numbers = [numbered(p.text) if heading_level(p.text) >= 2 else None for p in paras]
    groups: dict[int, list[int]] = {}
    first: dict[int, int] = {}
    for i, number in enumerate(numbers):
        if not number:
            continue
        level = heading_level(paras[i].text)
        j = next((j for j in range(i - 1, -1, -1) if numbers[j] and numbers[j][0] == number[0]
                  or heads[j] and heading_level(paras[j].text) < level), None)  # the one before, or the part's heading
        first[i] = first[j] if j is not None and numbers[j] == (number[0], number[1] - 1) else i
        groups.setdefault(first[i], []).append(i)
    split: dict[int, tuple[str, str]] = {}
    for group in groups.values():
        if _listed(paras, group):
            heads = [head and i not in group for i, head in enumerate(heads)]
            continue
        if all(heads[i] for i in group) or not any(heads[i] for i in group):
            continue
        found = {i: run_in(paras[i]) or ((paras[i].text.strip(), "") if long_heading(paras[i].text.strip(), clause=True)
                                         else None) for i in group if not heads[i]}
        # each with text to go under it: run in after it, or the next paragraph's (no sibling's, no part's)
        if all(f and (f[1] or i + 1 < len(paras) and not 0 < heading_level(paras[i + 1].text) <= heading_level(f[0]))
               for i, f in found.items()):
            split.update(found)
        elif heading_level(paras[group[0]].text) == 4:  # only text below a （1）: none left without its heading
            heads = [head and i not in group for i, head in enumerate(heads)]
    out: list[tuple[Para, bool]] = []
    for i, para in enumerate(paras):
        if i in split:
            heading, text = split[i]
            out += [(Para(heading, para.place, "heading"), True)] + ([(Para(text, para.place), False)] if text else [])
        else:
            out.append((para, heads[i]))
    return out


def _listed(paras: list[Para], group: list[int]) -> bool:
    """Whether the siblings ``group`` (indices into ``paras``) are the items of a list, a line each (1.当面申请1件
    2.网上申请3件): two at least, one right after the other, none with text run in after its first sentence, after a
    paragraph of text (申请方式如下：) or each with a figure; as headings each but the last would have nothing under
    it, and the last would take the text after the list. Headings first under theirs, one right after the other
    (（一）公开目录 （二）政策解读 and text), are left to their rule."""
    return len(group) > 1 and group == list(range(group[0], group[0] + len(group))) \
        and not any((run_in(paras[i]) or ("", ""))[1] for i in group) \
        and (group[0] > 0 and not is_heading(paras[group[0] - 1])
             or all(re.search(r"\d\s*[件条项个次人]", paras[i].text) for i in group))


def nest(paras: list[Para], level: int = 2, places: dict | None = None, path: tuple = (),
         renumbered: list[Renumbered] | None = None, source: Published | None = None) -> list:
    """Paragraphs and headings (one level below ``level - 1``) as narrative items; with ``places``, each item's data
    path (under ``path``) → its place in the source. Siblings of a heading are headings (:func:`_siblings_alike`); a
    heading with nothing under it (its sibling's heading right after it), or nothing but its number (（三）), is a
    paragraph of its text, as printed. ``renumbered`` gets each heading a render numbers otherwise than it is written
    (:func:`_renumbered`: （十十）, 一二、; （一）（三）, （二）（二）); a heading with a picture or a table under it in
    ``source`` (the file read) that ``paras`` leave out is in its siblings' count as written (:func:`_filled`)."""
    out: list = []
    texts: dict[int, Para] = {}  # each heading's node → its paragraph as printed
    depths: dict[int, int] = {}  # … and its level
    items = _siblings_alike(paras)
    for (para, _), depth in zip(items, _depths(items, level)):
        node, where = out, path
        # A deeper heading goes under the last heading of each level above it (by the level its number gives: a （1）
        # right under a （一）, a level skipped, has its siblings beside it); a paragraph under the last heading.
        while node and isinstance(node[-1], dict) and (
                not depth or depth < level or depths[id(node[-1])] < depth):
            where += (len(node) - 1, "content")
            node = node[-1]["content"]
        if places is not None:
            places[where + (len(node),)] = para.place
        words = strip_number(para.text)
        item = {"heading": words, "content": []} if depth and depth >= level and words else para.text
        texts[id(item)] = para
        depths[id(item)] = depth
        node.append(item)
    if renumbered is not None:
        renumbered += _said(_renumbered(out, texts, level, _filled(source)))
    return _bare(out, texts)


def _filled(source: Published | None) -> frozenset[int]:
    """The paragraphs (by id) of ``source`` with a picture or a table right after them, which a part's text may leave
    out: a heading over one alone is no heading with nothing under it in the source."""
    if source is None:
        return frozenset()
    items = source.items
    pictures = {id(items[p.at - 1]) for p in source.pictures if 0 < p.at <= len(items) and not p.row}
    return frozenset(pictures | {id(item) for item, after in zip(items, items[1:]) if isinstance(after, Grid)})


class Renumbered(NamedTuple):
    """A heading a render numbers otherwise than it is written (:func:`nest`): its paragraph, the number it is given
    (:func:`.outline.heading_number`), why: ``countless`` (its numerals name no count, （十十）), ``skipped`` (the
    numbers ``missed`` come before it in none of its siblings), ``repeated`` (its sibling before it, ``before``, has
    its number), ``back`` (its number is below that of ``before``), ``first`` (the first of its siblings, numbered
    from above 1), ``paragraph`` (``before``, numbered one below it, and maybe others numbered alike before it are
    paragraphs, which a render does not number: a heading with nothing under it in the source, or a long one), or
    ``""`` (a countless number before it); ``following``: the headings after it, each numbered one up from the one
    before, so given another number too, with theirs."""

    para: Para
    number: str
    why: str
    missed: tuple[str, ...] = ()
    before: Para | None = None
    following: tuple[tuple[Para, str], ...] = ()


def _renumbered(items: list, texts: dict[int, Para], level: int, filled: frozenset[int] = frozenset()) -> list[Renumbered]:
    """Each heading among ``items`` (at ``level``, those below theirs) a render numbers otherwise than it is written
    (:class:`Renumbered`): numbered in numerals that name no count (:func:`numbered`), or where its written number
    breaks from its siblings' (the first of a run of them shifted alike, the others ``following`` it). A heading with
    nothing under it stays a paragraph (:func:`_bare`), numbered by no render; one whose paragraph is ``filled`` had a
    picture or a table under it that the import left out, so the shift after it is the import's: its siblings are
    compared as written. A heading of a level above theirs kept as a paragraph among them or under one (the level a
    part taken in as a subheading has no room for) is where the written numbers start again from one. Siblings with one
    not numbered (a render numbers it) are left as they are."""
    out: list[Renumbered] = []
    headings = [item for item in items if isinstance(item, dict) and item["content"]]
    compared = all(labels.numbering(texts[id(item)].text) for item in headings)
    n, before, said = 0, None, None  # the headings counted, the sibling numbered before, the run open (its index)
    emptied = 0  # the headings before with only what the import left out under them
    start = 0  # the headings counted before the written numbers start again
    for item in items:
        if isinstance(item, dict):
            para = texts[id(item)]
        elif _above(item, level):
            start, before, said, emptied = n, None, None, 0
            continue
        elif heading_level(item):
            para = Para(item, "")  # a paragraph numbered as its siblings are is in their count as written
        else:
            continue
        number = numbered(para.text)
        if before and number and before[1][0] != number[0]:
            before = None
        if isinstance(item, dict) and not item["content"] and id(para) in filled:
            emptied += 1
        if level <= 4 and isinstance(item, dict) and item["content"]:
            n += 1
            given = heading_number(level, n)
            if number is None and labels.numbering(para.text):
                out.append(Renumbered(para, given, "countless"))
                said = None
            elif not compared or number is None or number[1] in (n - start, n - start + emptied):
                said = None
            elif said is not None and before and before[1][1] == number[1] - 1:
                out[said] = out[said]._replace(following=(*out[said].following, (para, given)))
            else:
                said = len(out)
                out.append(_why(para, given, number, before, n - start))
        before = (para, number) if number else None
        if isinstance(item, dict):
            if before:  # a sibling read as a paragraph went under it (a long one)
                before = next(((Para(text, ""), alike) for text in reversed(_texts(item["content"]))
                               if heading_level(text) and (alike := numbered(text)) and alike[0] == number[0]), before)
            if item["content"]:
                out += _renumbered(item["content"], texts, level + 1, filled)
            if any(_above(text, level) for text in _texts(item["content"])):
                start, before, said, emptied = n, None, None, 0
    return out


def _above(text: str, level: int) -> bool:
    """Whether the paragraph ``text`` is a heading of a level above ``level``, read as a paragraph."""
    return 0 < heading_level(text) < level and is_heading(Para(text, ""))


def renumbered_items(items: list[tuple[Para, list]], level: int) -> list[Renumbered]:
    """Each of ``items`` (a numbered paragraph with the items under it, so on down: a plan's tasks and their sub-items)
    that a render numbering them from ``level`` numbers otherwise than written (:func:`_renumbered`)."""
    texts: dict[int, Para] = {}

    def node(para: Para, under: list) -> dict:
        item = {"content": [node(*i) for i in under] or [""]}  # each printed with its number, whatever is under it
        texts[id(item)] = para
        return item
    return _said(_renumbered([node(*item) for item in items], texts, level))


def _said(renumbered: list[Renumbered]) -> list[Renumbered]:
    """``renumbered`` but for a table's cells (role ``cell``): a number opening a line a text copy mixed from several
    cells (3.2每月公开……) is no heading's the source numbers, whatever a render makes of it."""
    return [r for r in renumbered if r.para.role != "cell"]


def renumbered_parts(parts: list[tuple[Para, int | None]]) -> list[Renumbered]:
    """Each of a document's ``parts`` (its heading, with the place ``n`` its part is printed at, None for one printed
    otherwise: taken into another part as a subheading) whose heading a render numbers otherwise than written, where the
    written numbers break (:func:`_renumbered`): a part the render moves or adds (the plan's 总体要求 it lacks) while
    they run on from 一 is said by the part's own finding."""
    out: list[Renumbered] = []
    before, said = None, None
    for para, n in parts:
        number = numbered(para.text)
        if number is None:  # countless (一二、), or none (a part the import made)
            if labels.numbering(para.text):
                out += [Renumbered(para, heading_number(1, n), "countless")] if n else []
                before = said = None
            continue
        if before and before[1][0] != number[0]:
            before = None
        in_order = number[1] == (before[1][1] + 1 if before else 1)
        given = heading_number(1, n) if n else ""
        if n and number[1] != n and not in_order:
            said = len(out)
            out.append(_why(para, given, number, before, n) if before else Renumbered(para, given, "first"))
        elif n and number[1] != n and said is not None:
            out[said] = out[said]._replace(following=(*out[said].following, (para, given)))
        elif n:
            said = None
        before = (para, number)
    return out


def _texts(items: list) -> list[str]:
    """The paragraphs among ``items`` and under their headings, in order."""
    return [text for item in items for text in (_texts(item["content"]) if isinstance(item, dict) else [item])]


def _why(para: Para, given: str, value: tuple[str, int], before: tuple[Para, tuple[str, int]] | None,
         n: int) -> Renumbered:
    """Why the heading ``para`` numbered ``value`` is given the ``n``-th number ``given``: ``before``, its sibling
    numbered before it (a heading, or a paragraph numbered alike), with its number."""
    if before is None:
        return Renumbered(para, given, "first" if n == 1 else "")
    last = before[1][1]
    if value[1] > last + 1:
        return Renumbered(para, given, "skipped", tuple(_written(para.text, k) for k in range(last + 1, value[1])))
    if value[1] == last:
        return Renumbered(para, given, "repeated", before=before[0])
    if value[1] < last:
        return Renumbered(para, given, "back", before=before[0])
    return Renumbered(para, given, "paragraph", before=before[0])


def _written(text: str, k: int) -> str:
    """The number ``text`` starts with, as it is written there, for ``k`` instead (（三） → （二）, 3. → 2.)."""
    text = text.strip()
    stems = numbered(text)[0] == "(甲)"
    for number in (text[:len(text) - len(labels.after_number(text))].strip(), labels.numbering(text)):
        found = list(re.finditer(rf"\d+|[一二三四五六七八九十]+|[{labels.STEMS}{labels.CIRCLED}{labels.ROMAN}]", number))
        if not found:
            continue  # II、 typed in Latin letters: as read, Ⅱ、
        digits = found[-1].group()
        if stems:
            digits = labels.STEMS[k - 1]
        elif digits in labels.CIRCLED:
            digits = labels.CIRCLED[k - 1]
        elif digits in labels.ROMAN:
            digits = labels.ROMAN[labels.ROMAN.index(digits) // 12 * 12 + k - 1]
        else:
            digits = str(k) if digits.isdigit() else chinese_numeral(k)
        return number[:found[-1].start()] + digits + number[found[-1].end():]
    return ""


def _depths(items: list[tuple[Para, bool]], level: int) -> list[int]:
    """The level of each of ``items`` that is a heading (0 for a paragraph): its number's (:func:`.labels.heading_level`);
    （甲） （乙） and Ⅰ、 Ⅱ、, numbers of no level of their own, one below the heading the first of them comes under
    (``level`` right under the part's), until a heading of that level or above; headings without a number
    (:func:`plain_heading`) so too, at a level of their own. ① ② under a （1） heading are a level below it, the fifth,
    where no heading goes: paragraphs under it."""
    out: list[int] = []
    placed = {"(甲)": 0, "": 0}  # the level of the （甲） or Ⅰ、 headings in use, of those without a number
    last = level - 1
    fourth = ""  # the style of the level-4 headings in use (（1）, or ① where they stand for it)
    for para, head in items:
        depth = heading_level(para.text) if head else 0
        style = (numbered(para.text) or ("",))[0] if depth else ""
        kind = "(甲)" if style == "(甲)" or style[:1] and style[0] in labels.ROMAN \
            else "" if not depth and plain_heading(para) else None
        if kind is not None:
            placed[kind] = depth = placed[kind] or min(last + 1, 4)
        if depth == 4 and kind is None:
            if style and style[0] in labels.CIRCLED and fourth and fourth[0] not in labels.CIRCLED:
                depth = 0
            else:
                fourth = style
        elif depth:
            fourth = ""
        for other, at in placed.items():  # a heading of another kind at their level or above ends them
            if depth and other != kind and depth <= at:
                placed[other] = 0
        last = depth or last
        out.append(depth)
    return out


def _bare(items: list, texts: dict[int, Para]) -> list:
    """``items`` with each heading that has nothing under it as the paragraph of its text (``texts``)."""
    return [item if not isinstance(item, dict) else {**item, "content": _bare(item["content"], texts)}
            if item["content"] else texts[id(item)].text for item in items]


def part_heading(items: list):
    """What a part's heading is among ``items`` (a predicate on an item): a numbered heading (:func:`is_heading`) at
    level 1 of the style the report numbers its parts in. Where it has 一、 or 第一部分 parts, those alone: a line
    numbered 1 概述 among them is an item (a short 1 某某 line under a part opens none). Where it has none, and its
    first numbered heading is a Roman numeral's (Ⅰ、 Ⅱ、 or ⅰ. ⅱ., or I. ii、 typed in Latin letters, which
    :func:`.labels.heading_level` leaves to where it stands), the headings so numbered; else every level-1 heading."""
    headings = [item for item in items if isinstance(item, Para) and is_heading(item)]
    ids = {id(item) for item in headings}
    styles = {(numbered(item.text) or ("",))[0] for item in headings if heading_level(item.text) == 1}
    if styles - {"N"}:
        return lambda item: id(item) in ids and heading_level(item.text) == 1 \
            and (numbered(item.text) or ("",))[0] != "N"
    first = next((numbered(item.text) for item in headings), None)
    if first and first[0][:1] in labels.ROMAN:
        return lambda item: id(item) in ids and (numbered(item.text) or ("",))[0] == first[0]
    return lambda item: id(item) in ids and heading_level(item.text) == 1


def parted(items: list, is_part) -> tuple[list, list[tuple[Para, list]]]:
    """``items`` before the first part's heading (``is_part``), and each part's heading with the items under it."""
    preamble: list = []
    parts: list[tuple[Para, list]] = []
    for item in items:
        if is_part(item):
            parts.append((item, []))
        elif parts:
            parts[-1][1].append(item)
        else:
            preamble.append(item)
    return preamble, parts


#: Stands for the n-th table of a part among its paragraphs while they are nested under their headings.
_TABLE_MARK = "\ue001{}"


def nest_tables(items: list, located: dict, level: int = 2, renumbered: list[Renumbered] | None = None,
                source: Published | None = None) -> list:
    """The part's paragraphs nested under their headings (:func:`nest`, from ``level``, ``renumbered`` and ``source``
    to it), each table of the agency's own kept where it stood, as ``{columns, rows}`` (a table of one row as a
    paragraph of its cells); ``located`` gets each item's place, and each table's head and rows'. A blank table has
    nothing to keep."""
    items = [i for i in items if isinstance(i, Para) or any(map(any, i.rows))]
    grids = [i for i in items if isinstance(i, Grid)]
    marked = iter(range(len(grids)))
    paras = [i if isinstance(i, Para) else Para(_TABLE_MARK.format(next(marked)), i.place) for i in items]
    content = nest(paras, level, located, renumbered=renumbered, source=source)

    def restore(node: list, path: tuple) -> None:
        for n, item in enumerate(node):
            if isinstance(item, dict):
                restore(item["content"], (*path, n, "content"))
            elif item.startswith(_TABLE_MARK[0]):
                grid = grids[int(item[1:])]
                node[n] = grid.data()
                if isinstance(node[n], dict):
                    located[(*path, n, "columns")] = grid.places[0]
                    located.update({(*path, n, "rows", r): place for r, place in enumerate(grid.places[1:])})
    restore(content, ())
    return content
