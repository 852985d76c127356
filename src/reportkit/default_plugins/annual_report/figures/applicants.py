"""R9 on the year's applications by applicant: counts, shares and carried over of each kind of applicant after a
count received (:func:`applicants`) or alone (:func:`applicants_alone`), and the sum of the year's new and carried
over told after them (:func:`with_carried_sum`).
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterator

from reportkit.errors import WARNING
from reportkit.registry import Finding

from ..model import applications_values
from ..tables import NATURAL_PERSON, ORGANISATIONS
from .cells import CITE_ADVICE, TO_CLOSING, about_far
from .kinds import FULL_STOP
from .matters import on_topic
from .periods import not_the_table
from .phrases import (
    CARRIED_OVER, FIGURE, FROM_LAST_YEAR, KIND_CARRIED, NEW_RECEIVED, PLUS_CARRIED, READ, TO_HANDLE, WITHOUT_CARRIED,
)
from .sentences import (
    AROUND, CHANGE, COUNT, NUMBER, OWN_SUBJECT, TENTHS_WORDS, YEAR, about, change_ends, exact, past_qizhong, quoted,
    tenths_range,
)
from .shares import PROPORTION, SHARES_EACH, SHARE_WORD, count_share, in_tenths, rate_far, rounded, tenths_far


#: A count of applications that takes in last year's carried over: “受理申请59件（含上年结转4件）”.
WITH_CARRIED = re.compile(rf"^(?:{CHANGE})?\s*[（(，,]?\s*(?:其中|含|包括|包含)+(?:上一?年度?结转|结转上一?年度?)")


def with_carried_sum(report, path: tuple, text: str, m: re.Match) -> Iterator[Finding]:
    """R9 on the sum told after the count of new applications ``m`` and last year's carried over (:data:`PLUS_CARRIED`):
    表三's 本年新收 and 上年结转 together; where either count is not the table's, that one is told, not the sum too."""
    plus = PLUS_CARRIED.match(text, m.end())
    if plus and exact(m["n"]) == NEW_RECEIVED(report)[0] and exact(plus["carried"]) == CARRIED_OVER(report)[0]:
        yield from _sum_wrong(report, path, text, plus, m.start())


def _sum_wrong(report, path: tuple, text: str, plus: re.Match, start: int) -> Iterator[Finding]:
    """R9 on the sum ``plus`` (group ``n``) of the year's new and carried over applications told from ``start``:
    表三's 本年新收 and 上年结转 together."""
    table, said = TO_HANDLE(report)[0], text[start:plus.end()]
    if exact(plus["n"]) not in (None, table):
        yield Finding(WARNING, f"正文写的是{quoted(said)}，而表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”"
                               f"的总计之和为 {table}：请改正其中一处", path, said, skip=text.count(said, 0, start))


#: Other words for 法人或其他组织's columns: “公司申请8件”, “律师事务所申请2件”, “律所申请2件”.
_COLUMN_WORDS = {"commercial_enterprise": "企业|公司", "research_institution": "科研院所", "public_welfare_organization": "公益组织",
                 "legal_service_agency": "律师事务所|律所"}
#: A count of the applicants of a kind (表三's columns) after a count received: “其中自然人申请43件、法人或其他组织申请12件”,
#: “公民提出的43件”, “公民个人申请43件”, “来自商业企业的8件”, “企业申请8件”, “个人申请数量为43件”, “收到自然人申请43件”:
#: (words, the columns they sum, the columns in words). “其他组织” names no column (其他, or all but those named?).
_APPLICANT_KINDS = ((r"自然人|公民个人|公民|个人", (NATURAL_PERSON,), f"“{NATURAL_PERSON.label}”"),
                    (r"法人(?:或者?|和|及|与|、)?(?:其他)?组织|法人", ORGANISATIONS, "“法人或其他组织”各列之和"),
                    *((f"{column.label}|{_COLUMN_WORDS[column.key]}", (column,), f"“{column.label}”")
                      for column in ORGANISATIONS[:-1]))
_WHO = (r"(?:^|(?<=其中|共有|共计|合计|收到|受理|新收|接收|公开)|(?<=[，,：:、；;（(\s年度。！？!?])|(?<=申请人|申请中)|(?<=申请人中)|(?<=主体))"
        r"(?:来自|由|以|属于)?(?P<who>"
        + "|".join(f"(?:{words})" for words, _columns, _name in _APPLICANT_KINDS)
        + r")(?:提出|提交)?的?(?:(?:政府)?(?:信息)?公开)?(?:申请)?的?(?:数量?|件数)?")
#: Also the kind most applicants are of, their count after it (group ``main``: “申请人以自然人为主，共40件”), and the
#: kind's change from last year's (“自然人申请由35件增加到43件”: :data:`.phrases.FROM_LAST_YEAR`).
_APPLICANT = re.compile(_WHO + r"(?:(?P<main>为主|居多)\s*[，,]\s*(?:共计?|合计|有|为|达到?)|为|有|共计?|是|达到?)?"
                        + FROM_LAST_YEAR + FIGURE)
#: The count first: “其中40件来自自然人”, “40件由法人或其他组织提出”.
_APPLICANT_FIRST = re.compile(FIGURE + r"(?:申请)?(?:来自|由|系|属于)(?P<who>"
                              + "|".join(f"(?:{words})" for words, _columns, _name in _APPLICANT_KINDS) + ")(?:提出|提交)?")
_COUNTED = (_APPLICANT, _APPLICANT_FIRST)
#: Their share in tenths, always about: “自然人申请近八成”, “法人或其他组织约占两成”, “自然人占比七成以上”, “以自然人申请为主，
#: 占七成多”, “法人或其他组织申请不到两成”, “自然人申请比例约为六成”, “所占比例为六成” (:func:`_tenths`).
_TENTHS = re.compile(_WHO + rf"(?:为主|居多)?\s*[，,]?\s*(?:仅|只)?{PROPORTION}?(?P<word>约|近|将近|接近|超过|逾)?"
                     r"(?:占比?)?(?:为|是|达到?)?" + TENTHS_WORDS)
#: Their share in per cent, with no count: “自然人占78.2%”, “法人或其他组织申请占比21.8%”, “自然人申请所占比例为78.2%”,
#: “以自然人申请为主，占75%”; not one about or a bound (“约占75%”, “占70%以上”) (:func:`_percent`).
_PERCENT = re.compile(_WHO + rf"(?:为主|居多)?\s*[，,]?\s*(?:仅|只)?{SHARE_WORD}(?:为|是|达到?)?\s*(?P<rate>\d+(?:\.\d+)?)\s*[%％]"
                      rf"(?!\s*(?:{AROUND}))")

#: A change told after a count: “比上年增加7件”, “同比增长12%”.
_CHANGE = re.compile("同比|环比|比上年|较上年|增加|减少|增长|下降|上升|持平")


def applicants(report, path: tuple, text: str, m: re.Match, stated: int) -> Iterator[Finding]:
    """R9 on the counts of applicants of a kind (:data:`_APPLICANT`) told after the count received ``m`` of ``text``
    (``stated``) in its sentence, up to the next phrase R9 reads: each is the sum of its columns of 本年新收, or of 本年新收
    and 上年结转 where the count takes them in; none is compared where the count is neither."""
    (table, parts, _cite), rows, carried = NEW_RECEIVED(report), _applicant_rows(report), CARRIED_OVER(report)[1]
    if stated in (table, parts):
        rows = rows[:1]  # with last year's carried over, the organ may have split either
    elif stated not in (table + carried, parts + carried):
        return
    yield from _applicant_items(report, path, text, m.end(), rows)
    if stated == table:
        yield from _sum_after_kinds(report, path, text, m)


def _sum_after_kinds(report, path: tuple, text: str, m: re.Match) -> Iterator[Finding]:
    """R9 on the sum told after the applicant kinds listed in the sentence of the count of new applications ``m`` and
    the year's carried over (not that kind's: :func:`kinds_carried_over`): “…、法人或其他组织申请12件，加上上年结转4件，共59件”
    is 表三's 本年新收 and 上年结转 together, as :func:`with_carried_sum` reads it after the count itself."""
    sentence = FULL_STOP.search(text, m.end())
    kinds = kinds_carried_over(report, text)
    for item in (item for p in _COUNTED for item in p.finditer(text, m.end(), sentence.start() if sentence else len(text))):
        carried = KIND_CARRIED.match(text, item.end())
        if carried and carried["sum"] and item.end() not in kinds \
                and exact(carried["carried"]) == CARRIED_OVER(report)[0]:
            yield from _sum_wrong(report, path, text, carried, m.start())


def _applicant_rows(report) -> list[dict]:
    """表三's 本年新收 by column, and 本年新收 and 上年结转 together: a count of applicants may be of either."""
    values = applications_values(report)
    new, carried = values[("new_received",)], values[("carried_over",)]
    return [new, {c: new[c] + carried[c] for c in new}]


#: The year's applicants of a kind as a clause's start: “全年共有自然人提出申请40件”, “依申请公开方面，本年度企业申请8件”,
#: “本年度收到自然人申请40件”, “从申请主体看，自然人申请40件”, “全年收到的申请中，属于自然人申请的40件”, “新收申请中，
#: 自然人40件”, “申请人中自然人40件”, or the kind
#: opening a sentence with its change from last year's (“自然人申请由35件增加到43件”); not all kinds named together
#: (“受理公民、法人和其他组织提出的申请55件”).
_KIND_WORDS = "|".join(words for words, _c, _n in _APPLICANT_KINDS)
_APPLICANTS_ALONE = re.compile(rf"(?:(?:^|(?<=[。；;！？!?，,：:]))\s*(?:{YEAR}度?|本年度?|今年|全年"
                               r"|(?:从|按)?申请(?:人|主体)(?:的?(?:类型|类别|身份|构成))?(?:看|来看|分|划分)?[中里]?"
                               r"|(?:本年度?|今年|全年)?(?:新收|收到|受理)的?(?:(?:政府)?信息公开)?申请(?:中|里|当中))"
                               rf"|(?:^|(?<=[。；;！？!?]))(?=\s*(?:{_KIND_WORDS})[^，,。；;！？!?\d]{{0,12}}?(?:由|从)\s*(?:上一?年度?|去年)?"
                               rf"的?\s*{NUMBER}\s*件))"
                               rf"\s*[，,：:]?\s*(?:{OWN_SUBJECT.pattern})?"
                               r"(?:共有|共计?|合计|有)?\s*(?:收到|受理|新收|接收)?"
                               rf"(?=(?:来自|由|以|属于)?(?:{_KIND_WORDS})(?!\s*[、和及与或]))")


def applicants_alone(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on the year's applicants of a kind (:data:`_APPLICANTS_ALONE`) told with no count before them in their
    sentence (after a count received they are :func:`applicants`'), in part 三 or on 依申请公开 (:func:`on_topic`): each
    is the sum of its columns of 本年新收, or of 本年新收 and 上年结转."""
    for m in _APPLICANTS_ALONE.finditer(text):
        if not COUNT.search(re.split(r"[。；;！？!?]", text[:m.start()])[-1]) \
                and (path[1] == "applications" or on_topic(report, path, text[:m.start()], "依申请公开")):
            yield from _applicant_items(report, path, text, m.end(), _applicant_rows(report))


def kinds_carried_over(report, text: str) -> dict[int, re.Match]:
    """That kind's carried over told after a count of applicants of a kind (:data:`.phrases.KIND_CARRIED`: “自然人申请
    43件，加上上年结转3件，共46件”), by where the count ends; not the year's whole after the last kind of a list,
    上年结转's total and, where told, the sum with 本年新收's (“…、法人或其他组织申请12件，加上上年结转4件，共59件”), nor
    there any figure but that kind's (“…、法人或其他组织申请12件，另有上年结转5件”: the year's, read as such)."""
    items = [item for p in _COUNTED for item in p.finditer(text)]
    new, with_carried = _applicant_rows(report)
    out = {}
    for item in items:
        carried = KIND_CARRIED.match(text, item.end())
        if not carried or exact(carried["carried"]) == CARRIED_OVER(report)[0] \
                and (not carried["sum"] or exact(carried["n"]) == TO_HANDLE(report)[0]):
            continue
        columns = next(columns for words, columns, _n in _APPLICANT_KINDS if re.fullmatch(words, item["who"]))
        listed = any(re.fullmatch(r"\s*[、，,]?\s*(?:和|及|以及)?\s*", text[other.end():item.start()])
                     for other in items if other.end() <= item.start())
        if not listed or exact(carried["carried"]) == sum(with_carried[c.key] - new[c.key] for c in columns):
            out[item.end()] = carried
    return out


def _carried_of_kind(report, path: tuple, text: str, item: re.Match, figure: int | None, kind: tuple,
                     carried: re.Match) -> Iterator[Finding]:
    """R9 on that kind's ``carried`` over and the sum told after the count of applicants of a kind ``item``
    (``figure``; ``kind`` its columns and their name; :func:`kinds_carried_over`): 表三 上年结转's columns, and 本年新收's with
    them. A wrong sum that is the text's own figures added up is not told: the wrong one of those is."""
    columns, name = kind
    new, with_carried = (sum(row[c.key] for c in columns) for row in _applicant_rows(report))
    over, stated = with_carried - new, exact(carried["carried"])
    said = text[item.start():carried.end("over")]
    if re.search(r"[（(][^（()）]*$", said):  # the bracket closed: “自然人申请43件（不含上年结转3件）”
        said += TO_CLOSING.match(text, carried.end("over")).group()
    if stated is not None and stated != over:
        cite = f"【表三：carried_over.{columns[0].key}】" if len(columns) == 1 else None
        wrong = f"正文写的是{quoted(said)}，而表三“二、上年结转政府信息公开申请数量”中{name}为 {over}：请改正其中一处"
        yield Finding(WARNING, wrong + (CITE_ADVICE.format(cite) if cite else ""), path, carried["over"],
                      published=wrong if cite else None, skip=text.count(carried["over"], 0, carried.start("over")))
    total = exact(carried["n"]) if carried["sum"] else None
    if total is not None and total != with_carried and (figure is None or stated is None or total != figure + stated):
        said = text[item.start():carried.end()]
        yield Finding(WARNING, f"正文写的是{quoted(said)}，而表三“一、本年新收”中{name}为 {new}，连同“二、上年结转”为 {with_carried}："
                               "请改正其中一处", path, carried["sum"], skip=text.count(carried["sum"], 0, carried.start("sum")))


#: An aside after a count that takes in last year's carried over (:data:`WITH_CARRIED`): “（含上年结转3件）”.
_CARRIED_ASIDE = re.compile(r"(?<=件)\s*[（(]\s*(?:其中|含|包括|包含)+(?:上一?年度?结转|结转上一?年度?)[^（()）。；;]*[）)]")


def _applicant_items(report, path: tuple, text: str, start: int, rows: list[dict]) -> Iterator[Finding]:
    """R9 on the counts of applicants of a kind in ``text`` from ``start`` in its sentence, up to the next phrase R9
    reads (:func:`applicants`): each the sum of its columns in one of ``rows`` (本年新收's, with 上年结转's), or in the
    one it says (:data:`WITH_CARRIED`, :data:`.phrases.WITHOUT_CARRIED`: “自然人申请46件（含上年结转3件）”)."""
    # up to the next phrase after an aside (“（含上年结转4件）” is no end; “（自然人43件…）” is read)
    after = re.match(r"\s*(?:[（(][^（()）]*[）)])?", text[start:]).end() + start
    sentence = past_qizhong(FULL_STOP, text, after)
    # nor an item's own aside on those carried over (“自然人申请46件（含上年结转3件）、企业申请8件”) or its carried over
    # told after it (“自然人申请43件，加上上年结转3件，共46件，企业申请8件”)
    plain, kinds_carried = _CARRIED_ASIDE.sub(_blank, text), kinds_carried_over(report, text)
    for carried in kinds_carried.values():
        plain = plain[:carried.start()] + _blank(carried) + plain[carried.end():]
    end = min([sentence.start() if sentence else len(text),
               *(found.start() for p, _cell, _v in READ if (found := p.search(plain, after)))])
    # each item's clause read without the items before it, kinds of applicant that would make it no table's
    masked = _PERCENT.sub(_blank, _TENTHS.sub(_blank, _APPLICANT_FIRST.sub(_blank, _APPLICANT.sub(_blank, plain))))
    # nor after a count of other things than a change (“其中涉及征地的申请20件，自然人申请15件”: of those 20?), the
    # count's clause read whole (“比2020年的49件增加6件”)
    end = next((c.start() for c in COUNT.finditer(masked, after, end)
                if not _CHANGE.search(re.split(r"[，,：:；;]", masked[after:c.start()])[-1]
                                      + re.split(r"[，,：:；;。]", masked[c.start():])[0])), end)
    items = sorted((item for p in (*_COUNTED, _TENTHS, _PERCENT) for item in p.finditer(text, start, end)),
                   key=re.Match.start)
    new, with_carried = _applicant_rows(report)
    for item in items:
        _words, columns, name = next(kind for kind in _APPLICANT_KINDS if re.fullmatch(kind[0], item["who"]))
        said, figure = item.group(), exact(item["n"]) if item.re in _COUNTED else None
        at, place = said, item.start()
        if item.re is _APPLICANT and (ends := change_ends(text, item)):  # “由35件到43件”: the year's is the second
            figure = ends[1]
        if item.re is _APPLICANT and (ends or COUNT.search(text, item.start(), item.start("n"))):
            at = re.split(r"[至到~～—－-]\s*", text[item.start("n"):item.end()])[-1]  # the year's figure
            place = item.end() - len(at)
        # the count says which: “自然人申请46件（含上年结转3件）”, “自然人申请43件，加上上年结转3件”
        rest = text[item.end():] if item.re in _COUNTED else ""
        of = [with_carried] if WITH_CARRIED.match(rest) else [new] if WITHOUT_CARRIED.match(rest) else rows
        figures = [sum(row[c.key] for c in columns) for row in of]
        # each figure named by its row: “表三“一、本年新收”中“自然人”为 43，连同“二、上年结转”为 46”
        where = "“一、本年新收政府信息公开申请数量”" if of == [new] else "“一、本年新收”" if len(of) > 1 \
            else "“一、本年新收”与“二、上年结转”两行合计"
        shown = f"{figures[0]}，连同“二、上年结转”为 {figures[1]}" if len(of) > 1 else str(figures[0])
        cite = f"【表三：new_received.{columns[0].key}】" if of == [new] and len(columns) == 1 else None
        rough = about(item["n"]) if item.re in _COUNTED and figure is None else None
        # “以自然人为主，共55件” may count all the applications
        if item.re in _COUNTED and figure is None and not rough or not_the_table(report, masked, item, dated=True) \
                or item.re is _APPLICANT and item["main"] and figure in [row["total"] for row in rows]:
            continue
        if item.re not in _COUNTED:
            share = _tenths if item.re is _TENTHS else _percent
            yield from share(path, text, item, figures, [row["total"] for row in rows], f"表三{where}中{name}")
            continue
        if item.end() in kinds_carried:
            yield from _carried_of_kind(report, path, text, item, figure, (columns, name), kinds_carried[item.end()])
        if rough:  # “自然人申请30余件”: far off only
            told = (said, f"表三{where}中{name}", shown, cite)
            yield from about_far(path, text, item, at, place, rough, set(figures), told)
        elif figure in figures and of == [with_carried]:  # “自然人申请46件（含上年结转3件），占78%”: of both rows
            aside = _CARRIED_ASIDE.match(text, item.end())
            yield from count_share(path, text, item, figure, (with_carried["total"],),
                                   "表三“一、本年新收”与“二、上年结转”两行的总计", aside.end() if aside else None)
        elif figure in figures:  # its share of those received: “自然人申请43件，占78.2%”
            yield from count_share(path, text, item, figure, tuple(row["total"] for row in rows),
                                   "表三“一、本年新收政府信息公开申请数量”的总计")
        else:
            wrong = f"正文写的是{quoted(said)}，而表三{where}中{name}为 {shown}：请改正其中一处"
            yield Finding(WARNING, wrong + (CITE_ADVICE.format(cite) if cite else ""), path, at,
                          published=wrong if cite else None, skip=text.count(at, 0, place))

    yield from _shares_each(path, text, items, rows)


def _shares_each(path: tuple, text: str, items: list[re.Match], rows: list[dict]) -> Iterator[Finding]:
    """R9 on shares told with 分别 (:data:`SHARES_EACH`) after counts of applicants of a kind listed one after another
    (:func:`_applicant_items`' ``items``: “自然人申请43件，法人或其他组织申请12件，分别占78.2%和21.8%”), as many as they: each
    of those received, as :func:`count_share` reads one."""
    listed = [item for item in items if item.re in _COUNTED]
    told = SHARES_EACH.match(text, listed[-1].end()) if listed and len(listed) == len(items) else None
    rates = re.findall(r"\d+(?:\.\d+)?", told["rates"]) if told else []
    if not told or len(rates) != len(listed) or any(re.fullmatch(r"\s*[，,、和及与]?\s*", text[a.end():b.start()]) is None
                                        for a, b in zip(listed, listed[1:])) or None in (exact(i["n"]) for i in listed):
        return
    said, ways = text[listed[0].start():told.end()], tuple(row["total"] for row in rows)
    for item, rate in zip(listed, rates):
        figure = exact(item["n"])
        far = rate_far(path, text, listed[0].start(), said, rate, figure, ways,
                       f"{item['who']} {figure} 件占表三“一、本年新收政府信息公开申请数量”的总计 {ways[0]} 件")
        if far:
            yield far


def _blank(found: re.Match) -> str:
    """``found``'s words as as many full-width spaces: masked, the places of the rest kept."""
    return "　" * len(found.group())


def _tenths(path: tuple, text: str, item: re.Match, figures: list[int], totals: list[int],
            cell: str) -> Iterator[Finding]:
    """R9 on a kind of applicant's share in tenths (:data:`_TENTHS`: “自然人申请近八成”), its ``figures`` of ``totals``
    (本年新收, with 上年结转 or not; ``cell`` the first in words): wrong where no figure's share is in the range the
    tenths allow (:func:`tenths_range`)."""
    if totals[0] and not in_tenths(item, figures, totals):
        yield tenths_far(path, text, item.start(), item.group(), item, tenths_range(item), (figures[0], totals[0]),
                         f"{cell}为 {figures[0]}，占总计 {totals[0]} 件")


def _percent(path: tuple, text: str, item: re.Match, figures: list[int], totals: list[int],
             cell: str) -> Iterator[Finding]:
    """R9 on a kind of applicant's share in per cent with no count (:data:`_PERCENT`: “自然人占78.2%”), its ``figures``
    of ``totals`` as :func:`_tenths` has them: wrong where none, rounded or cut off to its places, gives it."""
    rate = Decimal(item["rate"])
    places = -rate.as_tuple().exponent
    if not totals[0] or any(rate in rounded(Decimal(n) * 100 / total, places) for n, total in zip(figures, totals)):
        return
    share = (Decimal(figures[0]) * 100 / totals[0]).quantize(Decimal(1).scaleb(-max(places, 1)), ROUND_HALF_UP)
    said = item.group()
    yield Finding(WARNING, f"正文写的是{quoted(said)}，而{cell}为 {figures[0]}，占总计 {totals[0]} 件的 {share}%：请改正其中一处",
                  path, said, skip=text.count(said, 0, item.start()))
