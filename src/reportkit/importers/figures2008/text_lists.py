"""Lists in a part's paragraphs, after their total's sentence or in it (:func:`list_sentences`), and the paragraphs as
that reads them (:func:`runs`, :func:`later`)."""
from __future__ import annotations

import itertools
import re

from ...default_plugins.annual_report.edition2008.model import FIGURES
from ...outline import TYPED_NUMBER
from ..labels import norm
from .carried_over import ALL_ANSWERED, CARRIED_FROM, STILL_OPEN, carried, names_carried, still_open
from .clauses import CHANNEL, channel_counts
from .counts import COUNT_UNITS, arabic, whole_count
from .fields import Found, figure_fields
from .lists import (
    ASIDE,
    COUNT_FIRST,
    ITEM_SHARE,
    ITEM_SPLIT,
    LIST_ITEM,
    LIST_LEAD,
    LIST_SENTENCES,
    ORGAN_ITEM,
    SUM_ITEM,
    SUM_LAST,
    disagreement,
    group_head,
    list_read,
    list_total,
    names_fit,
)
from .reasons import without_reasons
from .sentences import search, summed_list


#: How an application came, after its channel's name (通过电子邮件提出2件、当面提交4件、网上提交的申请3件): no part
#: of the name.
_SUBMITTED = re.compile("的?(?:提出|提交|递交)(?:的?(申请))?$")


def _without_verbs(items: list[dict]) -> list[dict]:
    """``items`` named without how they came (电子邮件提出 → 电子邮件, 网上提交申请 → 网上申请), a name that is only
    that left as written."""
    return [{**i, "name": _SUBMITTED.sub(r"\1", i["name"]) or i["name"]} for i in items]


#: A total's clause and a list of its items in one sentence (受理申请12件，其中当面申请5件、网上申请7件；在已答复的
#: 12件中，同意公开8件 …): read only for lists that must sum to their total. A 中 that is no 其中 ends a count
#: (12件中) or a clause (已答复的申请中，): not 《中华人民共和国……》, 政务服务中心.
_IN_ONE = re.compile("(.+?(?:其中|(?<=[件条])中|(?<=申请)中(?=有)|中(?=[，,：:]))[，,：:]?)([^，,：:].*?)。?")

#: A list in brackets after its total (主动公开政府信息1234条（其中政策法规类210条、……）, 收到申请20件（当面申请5件、网上申请
#: 15件）): the words before are its head.
_BRACKETED = re.compile("[（(](?:其中[，,：:]?)?([^（）()]+)[）)]")
#: A list after the last colon of its sentence (已全部答复：同意公开9件、……; 答复情况：同意公开4件，……).
_COLON = re.compile("[：:](?=[^：:]*$)")
#: An item's name that is a kind (查阅类、人事方面) or an organ (县本级、乡镇): a part of its total's count.
_KIND_ITEM = re.compile(f"类|方面|{ORGAN_ITEM.pattern}")
#: A sentence's first clause and the rest (全年收到申请12件，｜当面申请9件、网上申请3件，合计12件。).
_HEAD_CLAUSE = re.compile("([^，,；;：:]+[，,])(.+)")


#: The item most counts are of, its count after it (申请方式以网上申请为主，共15件，其余5件为当面申请): read as its
#: name and count (网上申请15件).
_MAINLY = re.compile(f"(?:(?:申请|公开)?(?:方式|渠道|途径)(?:上|方面)?)?以(?P<name>[^，,；;。：:\\d]{{1,12}}?)为主[，,]"
                     f"(?:其中)?(?:共计|合计|共|计|有)?(?P<count>\\d+\\s*[{COUNT_UNITS}])")


def list_sentences(kind: str, text: str, before: str = "", faults: list | None = None, agency: str = "",
                   year: int | None = None, after: str = "") -> list[tuple[dict, str]]:
    """The lists a paragraph gives right after the sentence giving their total, in a sentence of its own (全年主动公开
    政府信息112条。其中，机构职能类信息18条；政策法规类信息64条。), the total's sentence maybe the last of the paragraph
    ``before``; and a list in the total's sentence after its 其中 (受理申请12件，其中当面申请5件、网上申请7件), or in
    brackets (（其中当面申请5件、网上申请7件）), or after a colon (已全部答复：同意公开9件、……; after words alone, 答复情况：,
    of the total the paragraph and the one ``before`` give): each list's figures and its sentence (a list of categories
    in its total's sentence only where it adds up to the total). A list is read only when every item is a name and a
    count (separated by ；，、), no name twice nor a figure's label, its sentence gives no other figure, and the counts'
    sum is the total (or less: ``partial``, where the model has it). An application list's items are all channels or
    all outcomes; outcomes sum to the 已答复 given, or to the applications received where no 答复 is given; all by one
    channel (收到申请2件，均为当面申请: :func:`_all_by_one`) is that channel's. A list
    that is one but does not add up to its own total (more than it, or for applications other than it), or whose
    shares written after the counts (占17.0%) are not theirs of it, goes into ``faults`` as the words of a finding.
    With the ``agency`` and ``year``, a total of another organ or year is none (:func:`search`). Outcomes may leave
    out the applications still open that the list's sentence, or a later one of the paragraph or of the part's text
    ``after`` it, counts (:func:`still_open`)."""
    names = LIST_SENTENCES.get(kind, ())
    text, before = _MAINLY.sub(r"\g<name>\g<count>", arabic(text)), arabic(before)
    sentences = re.findall("[^。]+(?:。|$)", text)
    last = re.findall("[^。]+(?:。|$)", before)
    # a sentence leading the list in (申请方式如下：) says its total in the one before it
    last = ["".join(last[-2:])] if re.search("[：:]$", "".join(last[-1:])) else last[-1:]
    pairs = list(itertools.pairwise(last + sentences))
    # each total with its list where a sentence gives two (收到申请36件，其中……；答复36件，其中……)
    clauses = sentences + [part for sentence in sentences for part in _totals_apart(kind, sentence, agency, year)]
    # a list after all answered opening its sentence (已全部答复，其中同意公开7件……) answers those the one before counts
    prior = {sentence: before for before, sentence in pairs}
    in_one = [(prior.get(sentence, "") + found[1] if ALL_ANSWERED.fullmatch(re.sub("[，,：:]?其中[，,：:]?$", "", found[1]))
               else found[1], found[2]) for sentence in clauses if (found := _IN_ONE.fullmatch(sentence))]
    in_one += [(sentence[:found.start()], found.group(1)) for sentence in sentences for found in _BRACKETED.finditer(sentence)]
    # after a colon, of the total before it in the sentence, or in the paragraph where words alone lead it in (答复情况：)
    in_one += [(head if re.search(r"\d", head := sentence[:found.end()]) else before + "".join(sentences[:n]),
                sentence[found.end():]) for n, sentence in enumerate(sentences) if (found := _COLON.search(sentence))]
    in_one += [pair for sentence in sentences for pair in _lists_apart(sentence)]
    # or right after its total's clause (全年收到申请12件，当面申请9件、网上申请3件，合计12件)
    in_one += [found.groups() for sentence in clauses
               if (found := _HEAD_CLAUSE.fullmatch(sentence)) and search(kind, found[1], "", agency, year)]
    # A list after 其中 that may be of some items only (``partial``) is read only where it is all of them: its
    # sum is the total (全年主动公开1234条，其中政策法规类210条，…，其他类770条); it can be too much either way.
    partial = "partial" in figure_fields(kind)[2]
    pairs += [(head, sentence, partial) for head, sentence in in_one]
    # a list with its own 合计 last needs no total before it
    pairs += [("", sentence) for sentence in sentences if SUM_LAST.search(sentence)]
    channels = [{"name": m["name"], "count": whole_count(m[2])} for m in channel_counts(text)] if "channels" in names else []
    out = [({"channels": channels}, text)] if channels else []
    out += [(read, sentence) for sentence in sentences
            if "channels" in names and (read := _all_by_one(kind, sentence, agency, year))]
    for head, sentence, *some in pairs:
        found = re.fullmatch(f"{LIST_LEAD}(.+?)。?", sentence)
        lead, field, *_ = summed_list(kind, sentence, agency, year) or ("", None)
        if not found or any(f.field != field for f in search(kind, sentence, "", agency, year)):
            continue
        shares = ITEM_SHARE.findall(found.group(1))
        parts = [LIST_ITEM.fullmatch(part) or COUNT_FIRST.fullmatch(part)
                 for part in _counted_parts(ITEM_SPLIT.split(ASIDE.sub("", ITEM_SHARE.sub("", found.group(1)))))]
        if not all(parts):
            continue
        items = [{"name": p["name"], "count": int(p["count"])} for p in parts]
        summed = items.pop() if len(items) > 2 and SUM_ITEM.fullmatch(norm(items[-1]["name"])) else None
        if shares and len(shares) != len(items):
            continue  # some items only with a share: which count each is of is not sure
        given = search(kind, head, "", agency, year)
        opened = still_open(head + sentence, year)
        if opened is None and sentence in text:
            opened = still_open(text[text.index(sentence) + len(sentence):] + after, year)
        fitted = False
        for name in names:
            total = list_total(kind, name)
            # the words of the list's total before its first item (全年主动公开政策法规类信息66条) are not its name
            listed = [{**items[0], "name": items[0]["name"][len(lead):]}, *items[1:]] if lead and field == total else items
            listed = without_reasons(listed) if name == "outcomes" else _without_verbs(listed) if name == "channels" \
                else listed
            fits = names_fit(kind, name, listed)
            fitted = fitted or fits
            if summed is not None:
                if not fits:
                    continue
                if summed["count"] != sum(i["count"] for i in listed):
                    said = disagreement(kind, name, sum(i["count"] for i in listed), summed["count"], f"“{summed['name']}”")
                    if faults is not None and said not in faults:
                        faults.append(said)
                    continue
                # the 合计 is the list's total where the sentence before gives none (政策法规类66条，……，合计107条)
                alone = not any(g.field == total for g in given)
                given += [Found(total, summed["count"], "", "")] if alone else []
            read = list_read(kind, name, listed, given, faults, shares, carried(before + text),
                              names_carried(before + text), opened)
            if read and summed is not None and alone:
                read[total] = summed["count"]
            if read and not (some and some[0] and read.get("partial")) and name not in [n for r, _ in out for n in r]:
                out.append((read, sentence))
        if not fitted and faults is not None and (said := _unlisted_fault(kind, items, summed, given)) \
                and said not in faults:
            faults.append(said)
    return out


#: Every application made by one channel, or answered alike, said in a clause after their count's (收到申请2件，均为当面
#: 申请; 全部通过网上申请; 已答复5件，均为同意公开). Two named (均为网上申请和信函申请) are no one item; 均已答复 is no outcome.
_ALL_ONE = re.compile("(?<=[，,])(?:均|全部|全都|都)(?:为|是|系|通过|采用|采取|属于?)?(?P<name>(?!已)[^，,；;。：:、和及与或\\d]{1,8}?)"
                      "(?=[，,；;。]|$)")


def _all_by_one(kind: str, sentence: str, agency: str, year: int | None) -> dict | None:
    """The channels where ``sentence`` says all applications it counts came by one (收到申请2件，均为当面申请: a name
    in 申请), or the outcomes where all were answered alike (已答复5件，均为同意公开): that item with the count of its
    total in the clauses before (for outcomes, 收到申请 where no 答复 is given: :func:`list_read`), or None."""
    for one in _ALL_ONE.finditer(sentence):
        given = search(kind, sentence[:one.start()], "", agency, year)
        for name in ("channels", "outcomes") if one["name"].endswith("申请") else ("outcomes",):
            counts = {g.value for g in given if g.field == list_total(kind, name)} \
                or {g.value for g in given if g.field == "received" and name == "outcomes"}
            if len(counts) == 1 and None not in counts \
                    and (read := list_read(kind, name, [{"name": one["name"], "count": counts.pop()}], given)):
                return read
    return None


def _lists_apart(sentence: str) -> list[tuple[str, str]]:
    """Two lists in ``sentence`` each after its 其中, parted by a comma or ； (收到申请6件，其中当面申请2件，网上申请4件，
    均已答复，其中同意公开5件，……; ……网上申请4件；已全部按期答复，其中……): each as (the words before it, the list), the
    first ending before the clause that leads the second, which is read after all the sentence says before it (均已答复
    of 收到申请6件); none otherwise."""
    marks = list(re.finditer("其中[，,：:]?", sentence))
    if len(marks) != 2 or sentence[marks[1].start() - 1:marks[1].start()] not in ("，", ","):
        return []
    cut = max(sentence.rfind(mark, 0, marks[1].start() - 1) for mark in "，,；;")
    if cut <= marks[0].end():
        return []
    first, second = marks[0].end(), marks[1].end()
    return [(sentence[:first], sentence[first:cut]), (sentence[:second], sentence[second:])]


def _counted_parts(parts: list[str]) -> list[str]:
    """A list's parts without the clauses after its last item that count nothing (……网上申请3件，已全部办结; not an
    item counted in words: 其他信息若干条), or say all its total's were answered (；14件申请均已按期答复), or count
    those still open (另2件结转至下年度办理、1件正在办理中) or carried over from the year before (另有2件为上年结转申请，
    也已答复): no outcome's."""
    while len(parts) > 2 and (not re.search(rf"\d|[{COUNT_UNITS}]$", parts[-1]) or ALL_ANSWERED.fullmatch(parts[-1])
                              or STILL_OPEN.search(parts[-1]) or re.search(CARRIED_FROM, parts[-1])):
        parts = parts[:-1]
    return parts


def _totals_apart(kind: str, sentence: str, agency: str, year: int | None) -> list[str]:
    """The parts of ``sentence`` between its ；, each a total with what follows it up to the next (收到申请36件，其中
    网上申请20件……｜答复36件，其中同意公开28件……): a part whose first clause gives no figure goes with the one before;
    none where there is one such part only."""
    out: list[str] = []
    for part in re.split("(?<=[；;])", sentence):
        if out and not search(kind, re.split("[，,：:]", part)[0], "", agency, year):
            out[-1] += part
        else:
            out.append(part)
    return [re.sub("[；;]$", "", part) for part in out] if len(out) > 1 else []


def _unlisted_fault(kind: str, items: list[dict], summed: dict | None, given: list[Found]) -> str | None:
    """The words of a finding where items the figures have no list for (查阅类申请3件、复制类申请4件; by organ: 县本级…)
    do not add up to what the sentence states of them: its 合计 last, or else more than the one total its head gives
    (全年收到申请12件，其中查阅类5件、复制类8件), where they are kinds or organs (:data:`_KIND_ITEM`; channels of
    disclosure may be more: an item goes out through several), and may be some only where no 合计 is given. None where
    they agree."""
    counts = sum(i["count"] for i in items)
    if summed is not None and summed["count"] != counts:
        return disagreement(kind, None, counts, summed["count"], f"“{summed['name']}”")
    totals = {(f.field, f.value) for f in given if isinstance(f.value, int)}
    if len(totals) != 1 or not all(_KIND_ITEM.search(i["name"]) and not CHANNEL.search(i["name"]) for i in items):
        return None
    (field, total), = totals
    if total < counts or summed is not None and total != counts:
        return disagreement(kind, None, counts, total, f"“{FIGURES[kind].model_fields[field].title}”")
    return None


#: A paragraph that is one item of a list alone (同意公开6件；, 2.部分公开2件, 4件属于非本机关政府信息。): a list printed a
#: line an item, as a table copied as text is.
_ONE_ITEM = re.compile(f"(?:{TYPED_NUMBER.pattern})?(?P<item>[^，。；,;：:]+?)\\s*[，。；,;]?")


def later(texts: list[str | None], at: list[int]) -> str:
    """The paragraphs of ``texts`` after those at ``at`` (a run of :func:`runs`), where a count of applications still
    open may follow their list (:func:`list_sentences`)."""
    return "".join(text for text in texts[at[-1] + 1:] if text)


def runs(kind: str, texts: list[str | None], tables: dict[int, str] | None = None) -> list[tuple[str, str, list[int]]]:
    """The paragraphs of a part (``None`` for a table between them) as :func:`list_sentences` reads them: each with the
    paragraph before it, the text it is read after (``before``), and its index; right after a table, the sentence
    ``tables`` gives for its index (its totals: :func:`.tables.table_said`), else none. A head naming the list under it
    (办理结果, 办理结果如下：: :func:`group_head`) is passed over: its list is read after the paragraph before it, which
    gives the total. Two or more paragraphs in a row that are each an item of a list alone (a name and a count, no
    figure of the part's: 当面申请3件 / 网上申请6件) are one sentence of those items, read after the paragraph before
    them (申请数9件，其中：), with their indices."""
    out: list[tuple[str, str, list[int]]] = []
    before, n, texts = "", 0, [arabic(t) if t else t for t in texts]
    while n < len(texts):
        end = n
        while end < len(texts) and (found := _ONE_ITEM.fullmatch(texts[end] or "")) \
                and (LIST_ITEM.fullmatch(found["item"]) or COUNT_FIRST.fullmatch(found["item"])) \
                and not search(kind, texts[end], ""):
            end += 1
        if end - n > 1:
            # 其中： a sentence of its own over the items (已全部答复。其中：) leads them: the total's is the one before
            out.append((re.sub("(?<=[。；;])其中[：:，,]?$", "", before),
                        "，".join(_ONE_ITEM.fullmatch(t)["item"] for t in texts[n:end]) + "。", list(range(n, end))))
            n = end  # the next list in a row (办理结果 under the channels) is of the same total
            continue
        if texts[n] is not None and not group_head(kind, texts[n]):
            out.append((before, texts[n], [n]))
            before = texts[n]
        elif texts[n] is None:
            before = (tables or {}).get(n, "")
        n += 1
    return out
