"""R9 on shares and rates: a rate of applications closed or granted (:func:`rates_told`), a share told after a
count (:func:`count_share`) or after a result's name (:func:`named_shares`), shares told with 分别 after results
(:func:`results_shares_each`), each reckoned from the tables as organs reckon it, rounded or cut off, or in tenths.
"""
from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Callable, Iterator

from reportkit.errors import WARNING
from reportkit.registry import Finding

from .cells import CELL_NAMES, RESULT_NAME, named_value, sentence_start
from .matters import OTHER_MATTERS, on_topic
from .organs import others
from .parts import of_part
from .periods import not_the_table
from .phrases import CARRIED_OVER, GRANTED, NEW_RECEIVED, OF_TABLE_THREE, OUTCOME_PHRASES, READ, RESULTS, TO_HANDLE
from .sentences import (
    AROUND, NUMBER, OTHER_ORGANS, SHARE_ASIDE, TENTHS_WORDS, exact, quoted, tenths_allow, tenths_range,
)


#: A rate stated in the narrative: “办结率为98.2%”, “按时答复率100%”, “予以公开率40.7%” (group ``on_time``: of those closed
#: on time).
_RATE = re.compile(r"(?P<on_time>按时|按期|如期|及时)?(?P<what>办结|答复|予以公开)率(?:为|达到?|是|均为|均达到?)?\s*"
                   r"(?P<rate>\d+(?:\.\d+)?)\s*[%％]")
#: A count closed on time in the rate's paragraph, what an on-time rate is of: “按时办结50件”.
_ON_TIME = re.compile(rf"(?:按时|按期|如期|及时)(?:办结|答复)(?:(?:政府)?(?:信息)?公开)?(?:申请)?\s*(?P<n>{NUMBER})\s*件")
#: Applications for information named before a rate: “政府信息公开申请办结率”, “依申请公开的办结率”.
_APPLICATIONS = re.compile("公开申请|申请公开|依申请")
#: Words of other matters between the applications named and a rate: “建议提案办结率”, “政务服务事项按时办结率”.
_OTHER_RATE = re.compile(rf"{OTHER_MATTERS.pattern}|咨询|来信|来电|来访|事项|政务服务|工单|件次")


def rates_told(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on rates of applications closed or granted (:data:`_RATE`) that the tables (or, on time, a count the paragraph
    gives: :data:`_ON_TIME`) make other: stated with its decimals, rounded or cut off, as any of the ways organs reckon
    it (of those received, of those to handle, of those closed) gives it; the message says the usual one. A rate closed
    of 100% is not compared (those not closed are carried forward, which organs leave out of it). Only where
    its sentence names applications for information (a count of 表三's, :data:`_APPLICATIONS`) with no other matters
    after them (:data:`_OTHER_RATE`), and not of another time or other organs; a rate on time with no count only as
    :func:`_rate_of_none` reads it, where its sentence names no other matters at all and is on applications for
    information (:data:`_APPLICATIONS`, part 三 or a paragraph on 依申请公开)."""
    closed, new, carried = RESULTS(report)[0], NEW_RECEIVED(report)[0], CARRIED_OVER(report)[0]
    for m in _RATE.finditer(text):
        sentence = re.split(r"[。；;！？!?]", text[:m.start()])[-1]
        named = [f.end() for p in (*(p for p, _cell, v in READ if v in OF_TABLE_THREE), _APPLICATIONS)
                 for f in p.finditer(sentence)]
        if not named or _OTHER_RATE.search(sentence, max(named)) \
                or not_the_table(report, text, m, dated=True) or others(report, text, m.start()):
            continue
        if m["on_time"]:
            count = _ON_TIME.search(text)
            if not count or exact(count["n"]) is None:
                if not _OTHER_RATE.search(sentence) and (_APPLICATIONS.search(sentence) or path[1] == "applications"
                                                         or on_topic(report, path, text[:m.start()], "依申请公开")):
                    yield from _rate_of_none(path, text, m, (closed, new, new + carried))
                continue
            numerator, ways = exact(count["n"]), (closed, new, new + carried)
            how = f"{count.group()}÷“三、本年度办理结果（七）总计”{closed}"
        elif m["what"] == "予以公开":
            numerator, ways = GRANTED(report)[0], (closed, new, new + carried)
            how = f"“（一）予以公开”{numerator}÷“三、本年度办理结果（七）总计”{closed}"
        elif Decimal(m["rate"]) == 100:
            continue  # all those due: those not closed are carried forward, which organs leave out of the rate
        else:
            numerator, ways = closed, (new + carried, new)
            how = f"“三、本年度办理结果（七）总计”{closed}÷（“一、本年新收”{new}＋“二、上年结转”{carried}）"
        stated = Decimal(m["rate"])
        places = -stated.as_tuple().exponent
        if not ways[0] or any(stated in rounded(Decimal(numerator) * 100 / way, places) for way in ways if way):
            continue
        rate = (Decimal(numerator) * 100 / ways[0]).quantize(Decimal(1).scaleb(-max(places, 1)), ROUND_HALF_UP)
        said = m.group()
        yield Finding(WARNING, f"正文写的是{quoted(said)}，而按表三算，{m['on_time'] or ''}{m['what']}率为 {rate}%（{how}）：请改正其中一处",
                      path, said, skip=text.count(said, 0, m.start()))


def _rate_of_none(path: tuple, text: str, m: re.Match, ways: tuple[int, ...]) -> Iterator[Finding]:
    """R9 on a rate closed on time (:data:`_RATE`) with no count of those to reckon it from, in a sentence on
    applications for information only (:func:`rates_told`): wrong where no count of them, of any of ``ways`` (those
    closed, received, to handle: （七）总计 first), gives it as :func:`rates_told` reads it (“按期答复率97.5%” of 54 closed: 52
    make 96.3%, 53 make 98.1%)."""
    stated, closed = Decimal(m["rate"]), ways[0]
    places = -stated.as_tuple().exponent
    near = {way: [k for k in range(int(stated * way / 100) - 1, int(stated * way / 100) + 3) if 0 <= k <= way]
            for way in ways if way}
    if not closed or any(stated in rounded(Decimal(k) * 100 / way, places) for way, ks in near.items() for k in ks):
        return
    unit, below = Decimal(1).scaleb(-max(places, 1)), min(int(stated * closed / 100), closed)
    nearest = "，".join(f"{k} 件为 {(Decimal(k) * 100 / closed).quantize(unit, ROUND_HALF_UP)}%"
                        for k in (below, below + 1) if k <= closed)
    said, what = m.group(), m["on_time"] + m["what"]
    yield Finding(WARNING, f"正文写的是{quoted(said)}，而表三“三、本年度办理结果（七）总计”为 {closed}：{what}的申请无论多少件，{what}率"
                           f"都不会是 {stated}%（{nearest}）：请改正其中一处", path, said, skip=text.count(said, 0, m.start()))


#: The words of a share's proportion: “比例”, “所占比例”, “比重”, “所占比重”.
PROPORTION = r"(?:所占)?(?:比例|比重)"
#: The words of a share: “占”, “占比”, :data:`PROPORTION`.
SHARE_WORD = rf"(?:{PROPORTION}|占比?)"
#: Words after a share's word that tell its change, not the share: “占比同比提高…”, “比例较上年上升…”.
_SHARE_CHANGE = "同比|环比|比上年|较上年|提高|增加|增长|下降|减少|上升|降低"
#: A share right after a count, in brackets or after a comma: “予以公开22件（占40.7%）”, “部分公开6件（占比11.1%）”,
#: “自然人申请43件，占78.2%”, “，比例为78.2%”, “，所占比例为40.7%”, “占办结总数的40.7%” (its base, group ``base``:
#: :data:`_OTHER_BASE`); not a change of it (“占比同比提高2个百分点”, “占比较上年上升2.5%”) nor a bound (“占比超过70%”,
#: “占70%以上”).
_SHARE = re.compile(rf"\s*[（(，,]\s*{SHARE_WORD}(?P<base>(?:(?!{_SHARE_CHANGE}|超|逾|近|约|接近"
                    r"|不足|不到|低于|高于|大于|小于|多于|少于)[^\d%％（()），,。；;]){0,10}?)"
                    rf"(?P<rate>\d+(?:\.\d+)?)\s*[%％](?!\s*(?:{AROUND}))\s*[）)]?")


#: A share's base that is no figure of the tables: other organs' (“占全市予以公开总数的5%”, “占全县的15%”) or another
#: time's (“占上年的110%”, “占历年累计的…”).
_OTHER_BASE = re.compile(rf"{OTHER_ORGANS.pattern}|上一?年|去年|往年|同期|历年|累计")
#: A share in tenths (成), always about: “，约占八成”, “（占比近四成）”, “，占办结总数的四成”, “七成以上”, “不到两成”, told
#: with 比例 too: “，比例约为四成”, “，所占比例为四成” (:data:`.sentences.TENTHS_WORDS`, :func:`.sentences.tenths_range`).
_SHARE_TENTHS = re.compile(rf"\s*[（(，,]\s*(?:{PROPORTION}|(?=(?:约|近|将近|接近|超过|逾)?占))(?P<word>约|近|将近|接近|超过|逾)?"
                           rf"(?:占比?)?(?P<base>(?:(?!{_SHARE_CHANGE})[^\d%％（()），,。；;成]){{0,10}}?)(?:为|是|达到?)?"
                           rf"{TENTHS_WORDS}\s*[）)]?")


def count_share(path: tuple, text: str, m: re.Match, stated: int, ways: tuple[int, ...], name: str,
                end: int | None = None) -> Iterator[Finding]:
    """R9 on the share after the count ``m`` of ``text`` (:data:`_SHARE`), or after ``end`` where an aside comes
    between: ``stated`` of one of ``ways`` (a result's of those closed, received or to handle; an applicant's of those
    received, with the carried over or not), as :func:`rates_told` reads a rate, or in tenths as :func:`tenths_range` reads
    them (:data:`_SHARE_TENTHS`); the message reckons it of the first, ``name``. Not a share of other organs' or another
    time's figure (:data:`_OTHER_BASE`)."""
    end = m.end() if end is None else end
    share = _SHARE.match(text, end) or _SHARE_TENTHS.match(text, end)
    if not share or not ways[0] or _OTHER_BASE.search(share["base"]):
        return
    far = _share_far(path, text, m.start(), text[m.start():share.end()], share, share.re is _SHARE_TENTHS, stated, ways,
                     f" {stated} 件占{name} {ways[0]} 件")  # tenths (“，约占八成”) are about
    if far:
        yield far


def _share_far(path: tuple, text: str, start: int, said: str, share: re.Match, tenths: bool, figure: int,
               ways: tuple[int, ...], reckoned: str) -> Finding | None:
    """The warning on a ``share`` (the words ``said`` from ``start``; in ``tenths`` or a rate) of ``figure`` that none
    of the bases ``ways`` gives (a rate rounded or cut off, tenths as :func:`tenths_range` reads them), or None;
    ``reckoned`` names the figure of the first base (“ 22 件占办结 54 件”)."""
    if tenths:
        if in_tenths(share, [figure] * len(ways), ways):
            return None
        return tenths_far(path, text, start, said, share, tenths_range(share), (figure, ways[0]), reckoned)
    return rate_far(path, text, start, said, share["rate"], figure, ways, reckoned)


def rate_far(path: tuple, text: str, start: int, said: str, stated: str, figure: int, ways: tuple[int, ...],
             reckoned: str) -> Finding | None:
    """The warning on a share in per cent ``stated`` of ``figure`` that no base of ``ways`` gives, rounded or cut off
    (:func:`_share_far`), or None."""
    rate = Decimal(stated)
    places = -rate.as_tuple().exponent
    if any(rate in rounded(Decimal(figure) * 100 / way, places) for way in ways if way):
        return None
    computed = (Decimal(figure) * 100 / ways[0]).quantize(Decimal(1).scaleb(-max(places, 1)), ROUND_HALF_UP)
    return Finding(WARNING, f"正文写的是{quoted(said)}，而{reckoned}的 {computed}%：请改正其中一处", path, said,
                   skip=text.count(said, 0, start))


#: A result's share told by its name with no count: “办结的54件中，予以公开的占40.7%”, “部分公开占比11.1%”, “不予公开的比例为
#: 14.8%”, “占办结总数的40.7%” (its base, group ``base``: :data:`_YEARS_BASE`), or in tenths (“予以公开的约占四成”:
#: :data:`.sentences.TENTHS_WORDS`, always about, “予以公开的比例约为四成” too; also with 的 and no 占 where the tenths end
#: the clause: “予以公开的近三成”, group ``bare``; not “予以公开的八成来自自然人”, of those granted); not one of two named
#: together, nor a per cent about (“约占45%”).
NAMED_SHARE = re.compile(rf"(?<![或和及与、])(?P<name>{RESULT_NAME})(?:的?(?:申请)?(?:件数|数量)?(?P<word>约|近|将近|接近|超过|逾)?"
                          rf"(?:占比|{PROPORTION}|占(?P<base>[^\d%％，,。；;（()）]{{0,8}}?))"
                          r"(?:约(?=[为是]\s*(?:[一二两三四五六七八九]|[1-9])成))?(?:为|是|达到?)?\s*|(?P<bare>的))"
                          rf"(?:(?P<rate>\d+(?:\.\d+)?)\s*[%％](?!\s*(?:{AROUND}))(?(word)(?!))(?(bare)(?!))|{TENTHS_WORDS}"
                          r"(?(bare)(?=\s*(?:[，,。；;！？!?）)]|$))))")
#: Results' shares told by their names with 分别 (group ``names``, their rates ``rates``): “予以公开、部分公开的分别占40.7%和
#: 11.1%”, “予以公开和部分公开分别占办结总数的40.7%、11.1%”, “…的比例分别为…”; each read as :data:`NAMED_SHARE`'s (not about: “分别约占…”).
_NAMED_EACH = re.compile(rf"(?<![或和及与、])(?P<names>(?:{RESULT_NAME})(?:\s*[、和及与]\s*(?:{RESULT_NAME}))+)的?(?:申请)?"
                         rf"(?:件数|数量)?(?:(?:占比|{PROPORTION})分别|分别(?:占比|{PROPORTION}|占(?P<base>[^\d%％，,。；;（()）]{{0,8}}?)))"
                         r"(?:为|是|达到?)?"
                         r"(?P<rates>\s*\d+(?:\.\d+)?\s*[%％](?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*[%％])+)"
                         rf"(?![\d.]|\s*(?:{AROUND}))")
#: A named share's base that is the year's applications closed or received: “占办结总数的”, “占全部申请的”, “占办结总数的
#: 比例为”. What may stand before the name in its clause: “其中”, the year.
_SHARE_HEAD = re.compile(r"\s*(?:其中|此外|另外|全年|本年度?|今年|年内|依法)*\s*")
_YEARS_BASE = re.compile(r"(?:全年|本年度?|全部|所有|办结|答复|受理|收到|新收|申请|总数|总量|件数|数量?|的|比例)*")


#: A share alone in its clause, after a result's count: “，占40.7%”.
_SHARE_ALONE = re.compile(r"占比?(?:为|是|达到?)?\s*\d+(?:\.\d+)?\s*[%％]")


def _between_shares(clause: str) -> bool:
    """Whether ``clause``, between a count closed (received) and a result's share by its name (:func:`named_shares`), is
    another such share or a result listed with its count (“予以公开22件”, “部分公开6件（占11.1%）”, “占40.7%”), none with
    more words."""
    clause = re.sub(SHARE_ASIDE, "", re.sub(r"^(?:其中|此外|另外|\s)+", "", clause)).strip()
    return bool(NAMED_SHARE.fullmatch(clause) or _NAMED_EACH.fullmatch(clause) or _SHARE_ALONE.fullmatch(clause)
                or any(p.fullmatch(clause) for p in OUTCOME_PHRASES))


def _named_told(share: re.Match) -> list[tuple[Callable, str | None]]:
    """The results and their rates (None: a share in tenths) that ``share`` tells (:data:`NAMED_SHARE`,
    :data:`_NAMED_EACH`: none where not as many rates as names)."""
    if share.re is NAMED_SHARE:
        return [(named_value(share["name"]), None)]
    names, rates = re.split(r"\s*[、和及与]\s*", share["names"]), re.findall(r"\d+(?:\.\d+)?", share["rates"])
    return [(named_value(name), rate) for name, rate in zip(names, rates)] if len(names) == len(rates) else []


def named_shares(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on a result's share told by its name (:data:`NAMED_SHARE`), reckoned from its cell as :func:`count_share` reckons
    a count's (of those closed, received or to handle, rounded or cut off); only after a count of the year's closed,
    received or to handle in its sentence, each the table's, of the organ and the year and not of part of the
    applications (:func:`of_part`), with nothing between it and the share but other such shares and results listed with
    their counts (:func:`_between_shares`); no words before the name in its clause but “其中” and the year (not “网上
    申请中予以公开的占60%”). A share in tenths is read as :func:`.applicants._tenths` reads an applicant's; shares told with 分别
    (:data:`_NAMED_EACH`) each as told alone."""
    closed, new, carried = RESULTS(report)[0], NEW_RECEIVED(report)[0], CARRIED_OVER(report)[0]
    ways = (closed, new, new + carried)
    for m in (*NAMED_SHARE.finditer(text), *_NAMED_EACH.finditer(text)):
        start = sentence_start(text, m.start())
        base = sorted((c for p, _cell, v in READ if v in (RESULTS, NEW_RECEIVED, TO_HANDLE)
                       for c in p.finditer(text, start, m.start()) if exact(c["n"]) in v(report)[:2]
                       and not not_the_table(report, text, c, dated=True) and not others(report, text, c.start())),
                      key=re.Match.end)
        head = re.split(r"[，,：:]", text[start:m.start()])[-1]
        if not base or not closed or m["base"] is not None and not _YEARS_BASE.fullmatch(m["base"]) \
                or not_the_table(report, text, m, dated=True) or others(report, text, m.start()) \
                or of_part(report, text, base[-1].end()) or not _SHARE_HEAD.fullmatch(head) \
                or not all(_SHARE_HEAD.fullmatch(c) or _between_shares(c)
                           for c in re.split(r"[，,：:]", text[base[-1].end():m.start() - len(head)])[1:]):
            continue
        for value, rate in _named_told(m):
            if value(report) is None:
                continue
            cell = value(report)[0]
            reckoned = f"{CELL_NAMES[value]} {cell} 件占表三“三、本年度办理结果（七）总计” {closed} 件"
            far = rate_far(path, text, m.start(), m.group(), rate, cell, ways, reckoned) if rate \
                else _share_far(path, text, m.start(), m.group(), m, bool(m["tenths"]), cell, ways, reckoned)
            if far:
                yield far


def rounded(rate: Decimal, places: int) -> set[Decimal]:
    """``rate`` to ``places`` decimals, rounded and cut off."""
    unit = Decimal(1).scaleb(-places)
    return {rate.quantize(unit, ROUND_HALF_UP), rate.quantize(unit, ROUND_DOWN)}


#: Shares in per cent after counts listed, told with 分别 (“…，分别占78.2%和21.8%”): group ``rates``.
SHARES_EACH = re.compile(rf"\s*[，,]\s*分别(?:占比?|{PROPORTION})(?:为|是)?(?P<rates>\s*\d+(?:\.\d+)?\s*[%％]"
                          r"(?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*[%％])+)(?![\d.]|\s*(?:" + AROUND + "))")


def results_shares_each(report, path: tuple, text: str, results: dict[int, tuple[re.Match, int]]) -> Iterator[Finding]:
    """R9 on shares told with 分别 (:data:`SHARES_EACH`) after counts of results listed one after another, each read as
    the year's (``results`` by their end: “予以公开22件、部分公开6件，分别占40.7%和11.1%”), as many as they: each as
    :func:`count_share` reads one."""
    new = NEW_RECEIVED(report)[0]
    ways = (RESULTS(report)[0], new, new + CARRIED_OVER(report)[0])
    for told in SHARES_EACH.finditer(text):
        rates, listed, end = re.findall(r"\d+(?:\.\d+)?", told["rates"]), [], told.start()
        while end in results and len(listed) < len(rates):
            listed.insert(0, results[end])
            end = re.search(r"[、，,和及与]?\s*$", text[:listed[0][0].start()]).start()
        if len(listed) != len(rates) or not ways[0]:
            continue
        start = listed[0][0].start()
        for (_m, stated), rate in zip(listed, rates):
            far = rate_far(path, text, start, text[start:told.end()], rate, stated, ways,
                           f" {stated} 件占表三“三、本年度办理结果（七）总计” {ways[0]} 件")
            if far:
                yield far


def in_tenths(found: re.Match, figures: list[int], totals: list[int]) -> bool:
    """Whether one of ``figures`` of its ``totals`` is a share that the share in tenths ``found`` allows
    (:func:`tenths_allow`)."""
    return any(total and tenths_allow(found, Fraction(n * 1000, total)) for n, total in zip(figures, totals))


def tenths_far(path: tuple, text: str, start: int, said: str, found: re.Match, allows: tuple[int, int | None],
               of: tuple[int, int], reckoned: str) -> Finding:
    """The warning on a share in tenths ``found`` (words ``said`` from ``start``) out of the per mille it ``allows``:
    ``reckoned`` says the table's figure of its total (``of``: “表三…中“自然人”为 43，占总计 55 件”)."""
    (low, high), (figure, total) = allows, of
    share = (Decimal(figure) * 100 / total).quantize(Decimal("0.1"), ROUND_HALF_UP)
    words = text[min(found.start(g) for g in ("word", "near", "tenths") if found[g]):found.end()].rstrip(" ）)")
    allowed = f"不低于 {low / 10:g}%" if high is None else f"不高于 {high / 10:g}%" if not low \
        else f"在 {low / 10:g}% 至 {high / 10:g}% 之间"
    return Finding(WARNING, f"正文写的是{quoted(said)}，而{reckoned}的 {share}%，与“{words}”相差太远（这样写的占比，表中应"
                            f"{allowed}）：请改正其中一处", path, said, skip=text.count(said, 0, start))
