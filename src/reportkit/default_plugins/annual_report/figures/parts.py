"""Counts said of part of the applications: last year's carried over, those on one matter, those after “对” or
“其中”, what became of a count just before.
"""
from __future__ import annotations

import re
from typing import Callable

from .kinds import parts_of_results
from .periods import CHANNEL, THE_YEARS
from .phrases import (
    CARRIED, CARRIED_FORWARD, CLOSED, NEW_RECEIVED, OUTCOME_PHRASES, READ, RESULT_PHRASES, RESULT_WORDS, RESULTS, WHOLE,
)
from .sentences import CHANGE, COUNT, NUMBER, OWN_SUBJECT, TIME_SUBJECT, exact, split_clauses

#: Last year's figure told bare after a count for comparison: “，上年为48件”, “，去年同期48件” (a change's, not a pool of
#: some applications).
_LAST_YEARS = rf"[，,]\s*(?:上一?年度?|去年)(?:同期)?(?:为|是)?\s*{NUMBER}\s*件(?=\s*[，,])"
#: Right before a count, words that make it the year's applications received: “在收到的7件申请中”.
_RECEIVED_BEFORE = re.compile(r"(?:新收|收到|受理)到?的?\s*(?:共计?|合计)?\s*$")


def of_count_before(text: str, m: re.Match) -> bool:
    """Whether the result ``m`` of ``text`` tells what became of the count just before it in its sentence, a count
    no phrase reads as a table's (“网上申请5件，办结5件”, “自然人提出的4件申请中，3件予以公开”, “接受咨询32件，办结32件”):
    of some applications or of other things; or the result just before it is such a count's in turn (“网上申请5件，办结5件，
    予以公开3件”, “48件申请中，予以公开24件，部分公开5件”); not where the result's clause has a subject of its own (“…4件
    申请已全部办结，全年共办结50件”: :data:`_WHOLE_SUBJECT`, :data:`TIME_SUBJECT`, :data:`OWN_SUBJECT`), nor a total
    closed after the rest (“…4件申请已全部办结，其余申请均已办结，共办结54件”), nor a result more than the count of some
    before it (“新收申请55件，其中网上申请40件、信函申请15件，办结54件”: the year's). Counts in brackets are asides, and so are those
    left out (“除5件…外”): not read."""
    head = re.split(r"[。；;！？!?]", text[:m.start()])[-1]
    if any(p.search(split_clauses(head)[-1]) for p in (_WHOLE_SUBJECT, TIME_SUBJECT, OWN_SUBJECT)):
        return False
    start = m.start() - len(head)
    # asides, counts left out (“除5件…结转下年度外，其余…”: the rest are told of, not those) and changes (“，同比增加4件”,
    # “，上年为48件”)
    head = re.sub(rf"[（(][^（()）]*[）)]|除[^，,：:]*?外|{CHANGE}|{_LAST_YEARS}", lambda b: "　" * len(b.group()), head)
    # a result's parts after its “其中” (“无法提供11件，其中本机关不掌握9件，不予处理4件”: the next result's count)
    for begin, end, _listed in parts_of_results(text, start, m.start()):
        if end <= m.start():
            head = head[:begin - start] + "　" * (end - begin) + head[end - start:]
    counts = list(COUNT.finditer(head))
    if not counts:
        return False
    rest = any(_REST.match(c) for c in split_clauses(head[counts[-1].end():])[1:])
    if rest and _ALL_CLOSED.match(split_clauses(head)[-1] + m.group()):
        return False  # “上年结转的4件申请已全部办结，其余申请均已办结，共办结54件”: the total
    at = start + counts[-1].start("n")
    read = [(pattern, value, found) for pattern, _cell, value in READ for found in pattern.finditer(text)
            if found.start("n") == at]
    if read:  # a count closed after “对” (“对已办结的3件中，予以公开2件”) may be some of them too: :func:`to_some`
        return any(pattern in RESULT_PHRASES and (of_count_before(text, found) or value is RESULTS and to_some(text, found))
                   for pattern, value, found in read)
    stated, before = exact(m["n"]), exact(counts[-1]["n"])
    if stated is not None and before is not None and stated > before:
        return False  # not of those (“其中网上申请40件、信函申请15件，办结54件”)
    return not _RECEIVED_BEFORE.search(head[:counts[-1].start()])


def to_some(text: str, m: re.Match) -> bool:
    """Whether the result ``m`` of ``text`` (:data:`.phrases.FIGURE_FIRST_RESULTS`, or a count closed) follows “对” (“对2件申请
    予以公开”, “对其中3件不予公开”, “对已办结的3件中”): said of those applications, which may be some of the year's
    (“征求第三方意见后，对2件申请予以公开”), unless its sentence before says the year's (:data:`THE_YEARS`: “全年对24件
    申请予以公开”) or gives a count of the applications received or closed (“办结申请48件，其中对24件申请予以公开”), also
    in the sentence before one that opens with 其中 (“办结申请48件。其中，对24件申请予以公开…”)."""
    head = text[:m.start()]
    if not re.search(r"对\s*(?:其中)?\s*(?:已经?)?$", head):
        return False
    *before, sentence = re.split(r"[。；;！？!?]", head)
    if before and re.match(r"\s*其中", sentence):
        sentence = before[-1] + "，" + sentence
    return not (THE_YEARS.search(sentence)
                or any(p.search(sentence) for p, _cell, v in READ if v in (NEW_RECEIVED, RESULTS)))


#: A clause that makes part of the applications the sentence's subject: last year's carried over (“上年结转的4件申请”,
#: “去年遗留的”), those that cross the year's end (“跨年度办结…，予以公开…”, “跨年度结转的申请中”; not “跨年度结转下一
#: 年度…”), those on one matter (“其中涉及…的9件”, “对…的申请”; not “对收到的申请”, nor a result's name), the carried
#: over closed (“办结上年结转的申请3件，另有1件…”: the rest of them). “上年结转4件” in a list of counts is no subject.
_PART_SUBJECT = re.compile(
    r"^\s*(?:[本我](?:机关|单位|部门|局|委|办|厅|院|府))?"
    r"(?:(?:上一?年度?|去年|往年)(?:结转|遗留|转入|未办结)[^的]*的|结转自?(?:上一?年度?|去年)[^的]*的|(?P<across>跨年)(?!度?(?:结转|转入)(?:至|到)?下)"
    # not a result's name (“其中予以公开的22件”, “其中属于不予公开的8件”): the year's results listed
    rf"|其中(?!(?:属于)?“?(?:{RESULT_WORDS})”?的)[^的]*的"
    r"|(?:涉及|关于|有关)[^的]*的|对于?(?!(?:本年度?|全年|今年)?(?:新收|收到|受理)?的)[^的]*的[^的]*申请"
    rf"|(?P<closed>(?:本年度?|今年|年内|全年)?(?:共计?|已|均已)?{CLOSED}{CARRIED}))")
#: Applications named by what a clause before 的 says of them, as a clause's subject: “通过网站提出的申请中”. Of some
#: only where it says more than the organ, the year and 收到 or 办结 (“本年度收到的申请中” are all). Or by their channel
#: or applicant without 的: “网上申请中”, “信函申请方面” (not “网站、信函等方式申请中”, all of them).
_SOME_APPLICATIONS = re.compile(r"^\s*(?:在|从)?(?:(?P<which>[^的，,]+)的(?:(?:政府)?信息公开)?申请(?:中|里|当中)"
                                rf"|(?:通过)?(?:{CHANNEL})[^，,的等]{{0,6}}?(?:(?:政府)?信息公开)?申请(?:中|里|当中|方面))")
_ALL_WORDS = re.compile(r"[本我全](?:机关|单位|部门|局|委|办|厅|院|府|署)|本年度?|全年|今年|年内|共计?|合计|已|所"
                        r"|新收|收到|受理|办结|办理|答复|处理|到|\s")


def _some_applications(clause: str) -> bool:
    """Whether ``clause`` opens with some of the applications as its subject (:data:`_SOME_APPLICATIONS`)."""
    found = _SOME_APPLICATIONS.match(clause)
    return bool(found and (found["which"] is None or _ALL_WORDS.sub("", found["which"])))


#: Last year's carried over as a sentence's first count, what became of them told next without a subject of its own:
#: “上年结转4件，已全部办结，办结4件”, “…，本年度已办结3件”, “…，其中1件结转下年度” (not “…上年结转4件，共办结48件”, a
#: list of counts).
_CARRIED_TOLD = re.compile(rf"{CARRIED}{WHOLE}\s*{NUMBER}\s*件\s*$")
_TOLD_NEXT = re.compile(r"^\s*(?:(?P<of>其中)|(?:本年度?|今年|年内)?(?:均|全部|已|现已|目前已|也已)+)")
#: Last year's carried over as a clause's subject, with their count: “对上年结转的4件申请”, “上年度结转的4件申请中”; what
#: became of them is told in the clause after it (“…，共办结3件”, “…，已办结3件”).
_CARRIED_SOME = re.compile(rf"^\s*(?:对于?|在)?(?:上一?年度?|去年)结转(?:来)?的\s*{NUMBER}\s*件(?:(?:政府)?(?:信息)?公开)?"
                           r"(?:申请)?(?:中|里|当中)?\s*$")
_TOLD_OF_SOME = re.compile(r"^\s*(?:本年度?|今年|年内)?(?:共计?|合计|均|全部|已|现已|目前已)*\s*$")
#: A clause that speaks of the year's applications again: “全年共办结…”, “收到…”, “本年度发出收费通知…”.
_WHOLE_SUBJECT = re.compile(
    r"(?:全年|本年度?|今年|年内)(?:共计?|合计|总计)?(?:新收|收到|受理|办结|办理|答复|发出)|新收|收到|受理|全部申请|所有申请")
#: After a count of the carried over closed, a total closed is the year's: “办结上年结转申请3件，共办结51件”; so it is
#: after the rest (:data:`_REST`): “上年结转的4件申请已全部办结，其余申请均已办结，共办结54件”.
_ALL_CLOSED = re.compile(rf"^\s*(?:共计?|合计|总计)\s*{CLOSED}")
_REST = re.compile(r"\s*(?:其余|其他|剩余|余下)")


def of_part(report, text: str, end: int, forward: bool = False) -> bool:
    """Whether the sentence of ``text`` up to ``end`` is about part of the applications (:data:`_PART_SUBJECT`) from a
    clause on, with no clause after it that speaks of the year's (:data:`_WHOLE_SUBJECT`; after the carried over
    closed or the rest, also a total closed: :data:`_ALL_CLOSED`). Of a count carried
    ``forward``, a clause on those that cross the year's end is a subject only where it says so with 的 or 中 (“跨年度
    结转的申请中，…”): a count of its own (“跨年度办理2件，结转下年度3件”) is beside it, every carried forward crossing
    the year's end too."""
    sentence = re.split(r"[。；;！？!?]", text[:end].replace(report.agency, ""))[-1]
    part, first, closed, rest = False, True, False, False
    clauses = re.split(r"[，,：:]", re.sub(r"其中\s*[，,：:]", "其中", sentence))
    for before, clause in zip(["", *clauses], clauses):
        rest = rest or bool(part and _REST.match(clause))
        carried = _CARRIED_TOLD.search(before)  # the first count: not “新收申请55件、上年结转4件”
        told = first and bool(carried) and not re.search(rf"{NUMBER}\s*件", before[:carried.start()]) \
            and bool(_TOLD_NEXT.search(clause))
        found = _PART_SUBJECT.search(clause)
        subject = bool(found) or _some_applications(clause)
        if found and forward and found["across"] and not re.search("[的中]", clause):
            subject = False
        whole = _WHOLE_SUBJECT.search(clause) or (closed or rest) and _ALL_CLOSED.search(clause)
        part = told or subject or (part and not whole)
        closed = bool(found and found["closed"]) or closed and part
        first = first and not re.search(rf"{NUMBER}\s*件", before)
    return part


def closed_of_carried(text: str, m: re.Match) -> bool:
    """Whether the count closed ``m`` of ``text`` is told of last year's carried over right after their count
    (:data:`_CARRIED_TOLD`): after “其中” (“上年结转申请4件，其中办结3件”), or, their count the sentence's first, with
    “已” (“上年结转4件，本年度已办结3件”; not “新收申请48件，上年结转4件，已办结52件”, all of them); or right after a
    clause that makes them its subject (:data:`_CARRIED_SOME`: “对上年结转的4件申请，共办结3件”). Not after “其中” where
    their count follows another in a list (“新收申请55件、上年结转4件，其中办结54件”: of both)."""
    sentence = re.split(r"[。；;！？!?]", text[:m.start()])[-1]
    *before, clause = split_clauses(sentence)
    if before and _CARRIED_SOME.match(before[-1]) and _TOLD_OF_SOME.match(clause):
        return True
    told = _TOLD_NEXT.match(clause)
    if not (told and not clause[told.end():].strip() and before and _CARRIED_TOLD.search(before[-1])):
        return False
    # “新收申请55件、上年结转4件，其中办结54件”: 其中 of the list
    listed = re.search(rf"件\s*、\s*{re.escape(before[-1].strip())}\s*[，,：:]\s*$", sentence[:len(sentence) - len(clause)])
    return bool(told["of"]) and not listed or not any(re.search(rf"{NUMBER}\s*件", b) for b in before[:-1])


#: Before 办结 in its clause, the year's applications received as what is closed: “当年收到当年办结50件”, “新收申请中已办结
#: 50件”, “本年度收到的申请当年办结50件”, “新收申请55件中办结50件” (not “受理并办结…”, “收到申请55件，…”).
_RECEIVED_THEN = re.compile(r"(?:新收|收到|受理)(?:到|的)?(?:(?:政府)?(?:信息)?公开)?(?:申请)?"
                            rf"(?:\s*{NUMBER}\s*件(?:申请)?(?:中|里|当中)|(?:中|里|当中)?)"
                            r"(?:当年|当期|本年度?|今年|年内)?(?:均|已|全部|现已)*$")
#: The year's new applications as a clause of its own, what the next closes: “全年新收的55件申请中，办结50件”, “收到的申请中，
#: 当年办结51件” (not “对收到的申请，共办结50件”: all; those received were received this year, last year's carried over
#: not among them).
_RECEIVED_SUBJECT = re.compile(rf"\s*(?:在|从)?(?:本年度?|全年|今年|年内|当年)?(?:新收|收到)的\s*(?:{NUMBER}\s*件)?"
                               r"(?:(?:政府)?(?:信息)?公开)?申请(?:中|里|当中)?\s*")
#: Between that clause and 办结, words that say no more: “当年”, “共”, “已全部”.
_OF_THEM = re.compile(r"\s*(?:当年|当期|本年度?|今年|年内)?(?:共计?|合计|均|全部|已|现已)*\s*")
#: Right after a count of the year's new applications (no carried over with it), 办结 said of them: “新收申请55件，其中
#: 已办结50件”, “新收申请55件，当年办结50件”; or a bare 办结 where the sentence tells the rest of them after it
#: (:func:`_rest_told`: “收到申请55件，办结50件，其余5件正在办理”), also by the year's end (“截至12月底已办结50件”).
_OF_NEW = re.compile(r"\s*(?:其中\s*(?:当年|当期|本年度?|今年|年内)?|当年|当期)(?:均|已|全部|现已)*\s*")
_BARE_CLOSED = re.compile(r"\s*(?:(?:截至|截止|到)(?:12月(?:底|末|31日)|年底|年末)|年底前)?(?:均|已|全部|现已)*\s*")
#: A count of those received with 的 before it, a clause's subject no phrase reads: “我局收到的55件申请均已受理”.
_RECEIVED_COUNT = re.compile(rf"(?:新收|收到|受理)(?:到)?的\s*(?P<n>{NUMBER})\s*件")
#: Before a count received, 办结 that makes it a count closed: “办结本年度新收申请50件” (not 完成: “完成受理申请55件”).
_CLOSED_THEN = re.compile(r"(?:办结|办完|答复|(?:处理|办理)(?:完毕|完成|完))了?(?:当年|本年度?|今年|年内)?$")


def closed_of_new(text: str, m: re.Match, value: Callable) -> int | None:
    """Where the words start if ``m`` of ``text``, a count closed (:data:`RESULTS`) or received (:data:`NEW_RECEIVED`),
    counts the year's new applications closed this year (:data:`_RECEIVED_THEN`, :data:`_RECEIVED_SUBJECT`,
    :data:`_CLOSED_THEN`; after the clause with their count: “收到的55件申请均已受理，当年办结50件”, :data:`_RECEIVED_COUNT`):
    fewer than all closed where last year's carried over were closed too, and than the new where some go on into next
    year."""
    head = text[:m.start()]
    *before, clause = split_clauses(re.split(r"[。；;！？!?]", head)[-1])
    found = (_RECEIVED_THEN if value is RESULTS else _CLOSED_THEN).search(clause)
    if found:
        return len(head) - len(clause) + found.start()
    if value is not RESULTS:
        return None
    if before and before[-1].strip() == "其中":  # “…，其中，已办结50件”
        clause = before.pop() + clause
    start = head.rfind(before[-1]) if before else -1
    if start < 0:
        return None
    if _RECEIVED_SUBJECT.fullmatch(before[-1]) and _OF_THEM.fullmatch(clause):
        return start
    # the last clause with a count, those between saying no more: “新收申请55件，已全部受理，其中当年办结50件”
    counted = next(b for b in reversed(before) if COUNT.search(b) or re.search(CARRIED, b) or b is before[0])
    new = sorted((r for p, _cell, v in READ if v is NEW_RECEIVED for r in p.finditer(counted)), key=re.Match.start) \
        or list(_RECEIVED_COUNT.finditer(counted))
    if new and not re.search(CARRIED, counted) and (
            _OF_NEW.fullmatch(clause) or _BARE_CLOSED.fullmatch(clause) and _rest_told(text, m, new[0])):
        return head.rfind(counted) + new[0].start()
    return None


def _rest_told(text: str, m: re.Match, received: re.Match) -> bool:
    """Whether the sentence of the count closed ``m`` of ``text`` tells after it a count that with it makes the count
    ``received`` (“收到申请55件，办结50件，结转下年度5件”, “…，其余5件正在办理”): those closed are of the received, not a
    count of the year's in a list (“收到申请55件，同比增加10件，办结50件”); a change (:data:`CHANGE`) is no such count,
    nor a result of those closed (“办结50件，其中予以公开5件”: of the 50), and none is where last year's carried over
    are named after it (“办结50件（含上年结转4件），结转下年度5件”)."""
    end = re.search(r"[。；;！？!?]", text[m.end():])
    rest = re.sub(CHANGE, lambda c: "　" * len(c.group()), text[m.end():m.end() + end.start() if end else len(text)])
    results = {r.start("n") for p in OUTCOME_PHRASES for r in p.finditer(rest)}
    total, closed = exact(received["n"]), exact(m["n"])
    return total is not None and closed is not None and not re.search(CARRIED, rest) \
        and any(exact(c["n"]) is not None and closed + exact(c["n"]) == total
                for c in COUNT.finditer(rest) if c.start("n") not in results)


def of_new(text: str, m: re.Match) -> bool:
    """Whether the count ``m`` of ``text`` is told of the year's new applications: a clause before it in its sentence
    makes them its subject (:data:`_RECEIVED_SUBJECT`: “收到的申请中，当年办结51件，结转下年度4件”), none after that speaks of
    all of them again (:data:`_WHOLE_SUBJECT`)."""
    *before, clause = split_clauses(re.split(r"[。；;！？!?]", text[:m.start()])[-1])
    first = next((i for i, b in enumerate(before) if _RECEIVED_SUBJECT.fullmatch(b)), None)
    return first is not None and not any(map(_WHOLE_SUBJECT.search, (*before[first + 1:], clause)))


#: Before a count closed in its clause, words that tell it of the count received before it: “已办结50件”, “均已答复”,
#: “本年度已办结”, “其中依申请公开答复52件”; a bare “办结50件” after one is the year's, listed (:func:`received_first`).
_SAID_OF_THEM = re.compile(r"\s*(?:其中.*|(?:当年|当期|本年度?|今年|年内)?(?:均|全部|已|现已|目前已|也已)+\s*)")
_CLOSED_PHRASES = {pattern for pattern, _cell, value in READ if value is RESULTS}


def received_first(text: str, m: re.Match) -> re.Match | None:
    """The count of applications received that opens the sentence of the count ``m`` of ``text``, what became of them
    told after it (“全年收到申请55件，已办结50件，5件正在办理”, “…，结转下年度5件”: of those received, or of all?),
    also in the sentence before one that opens with 其中 (“收到申请55件；其中答复52件…”), or None: not after “；” or “。”
    (“新收申请55件，…；办结53件”: all), nor where the sentence names last year's carried over or a later clause speaks of
    all again (:data:`_WHOLE_SUBJECT`: “…，全年共办结54件”), nor where the count is a total closed (“…，共办结54件”) or
    one closed not told of them (:data:`_SAID_OF_THEM`: “收到申请55件，同比增加10件，办结50件” lists the year's; a bare
    one with the rest of them told after it is :func:`closed_of_new`'s)."""
    *before, sentence = re.split(r"[。；;！？!?]", text[:m.start()])
    if before and re.match(r"\s*其中", sentence):
        sentence = text[:m.start()][-len(sentence) - len(before[-1]) - 1:]
    start = m.start() - len(sentence)
    first = min((r for p, _cell, v in READ if v is NEW_RECEIVED for r in p.finditer(text, start, m.start())),
                key=re.Match.start, default=None)
    if first is None or COUNT.search(text, start, first.start()) or re.search(CARRIED, sentence):
        return None
    later = split_clauses(text[first.end():m.start()])
    # “…，共办结54件”: all those closed
    return None if any(map(_WHOLE_SUBJECT.search, later)) or _ALL_CLOSED.match(later[-1] + m.group()) \
        or m.re in _CLOSED_PHRASES and not _SAID_OF_THEM.fullmatch(re.split("[；;]", later[-1])[-1]) else first


#: In a count closed's clause, words that make it some of those closed, by when or how: “按时答复50件”, “在法定期限内
#: 办结50件”, “逾期答复1件”, “书面答复40件”.
_SOME_CLOSED = re.compile(rf"按时|按期|如期|及时|逾期|超期|延期|(?:法定|规定|承诺)?(?:期限|时限|时间)内|(?:{NUMBER}个)?工作日内"
                          r"|当场|当日|当天|即时|书面|口头")


def closed_some(text: str, m: re.Match) -> str:
    """The words that make the count closed ``m`` of ``text`` some of those closed (:data:`_SOME_CLOSED`), or ""."""
    found = _SOME_CLOSED.search(split_clauses(re.split(r"[。；;！？!?]", text[:m.start()])[-1])[-1])
    return found.group() if found else ""


def part_of_count(report, text: str, m: re.Match, value: Callable) -> bool:
    """Whether the phrase ``m`` in ``text`` follows “其中” after a count of its own cell in the sentence (“不予公开3件，
    其中1件不予公开属于国家秘密”, “办结48件，其中按期办结46件”): it counts a part of that count, not the cell. So does a
    count carried forward after “其中” that does not part a count done (“收到申请55件；其中答复52件，另有3件结转下一年度”:
    of those 55, not of last year's carried over; not “办结48件，其中予以公开24件，……，结转下年度4件”). Not where the
    organ is named after “其中” (“全系统办结118件，其中本局办结30件”): the count before is its system's."""
    before = _before_part(report, text, m)
    counts = {v for p, _cell, v in READ if p.search(text, *before)} if before else set()
    return value in counts or bool(before) and value is CARRIED_FORWARD and RESULTS not in counts


def _before_part(report, text: str, m: re.Match) -> tuple[int, int] | None:
    """Where the sentence of the phrase ``m`` in ``text`` starts and the “其中” before it is, or None where there is
    none or the organ is named after it (:func:`part_of_count`)."""
    start = max(text.rfind(stop, 0, m.start()) for stop in "。；;！？!?") + 1
    said = text.rfind("其中", start, m.start())
    if said < 0 or OWN_SUBJECT.search(text[said:m.start()].replace(report.agency, "本机关")):
        return None
    return start, said


def whole_of_part(report, text: str, m: re.Match, value: Callable) -> re.Match | None:
    """The count of ``value``'s cell that the phrase ``m`` of ``text`` parts (:func:`part_of_count`): the last before
    “其中” in its sentence, or None."""
    before = _before_part(report, text, m)
    found = [w for p, _cell, v in READ if v is value for w in p.finditer(text, *before)] if before else []
    return max(found, key=lambda w: w.start(), default=None)


#: After counts of the year's new applications and of last year's carried over, a count closed after “其中” or the year:
#: “新收申请55件，上年结转4件，其中当年办结50件”, “…，上年结转4件，当年办结50件”.
_OF_BOTH = re.compile(r"\s*(?P<of>其中)?\s*(?P<year>当年|当期|本年度?|今年|年内)?(?:均|已|全部|现已)*\s*")


def closed_after_both(text: str, m: re.Match) -> tuple[int, set[str]] | None:
    """Where the words start, and what the count closed ``m`` of ``text`` may be of, where it follows “其中” right after a
    count of the year's new applications and one of last year's carried over, the sentence's only counts before it
    (:data:`_OF_BOTH`): “all” of them, the year's “new” ones or the “carried” over. After a comma any of the three
    (“…，上年结转4件，其中当年办结50件”, “…，其中办结3件”; also after “；”); after “、” all of them (“新收申请55件、上年结转4件，
    其中办结54件”), or the new where it says the year (“…、上年结转4件，其中当年办结50件”), as with no “其中” (“…，上年结转
    4件，当年办结50件”). None for other counts, and for a bare one (“…，上年结转4件，办结54件”: all)."""
    *earlier, sentence = re.split(r"[。；;！？!?]", text[:m.start()])
    if earlier and re.match(r"\s*其中", sentence):  # “…，上年结转4件；其中办结50件”: with the sentence before
        sentence = f"{earlier[-1]}，{sentence}"
    *before, clause = split_clauses(sentence)
    if before and before[-1].strip() == "其中":
        clause = before.pop() + clause
    said = _OF_BOTH.fullmatch(clause)
    if not said or not (said["of"] or said["year"]) or len(before) < 2 or not _CARRIED_TOLD.search(before[-1]) \
            or COUNT.search("".join(before[:-2])):
        return None
    new = [r.start() for p, _cell, v in READ if v is NEW_RECEIVED for r in p.finditer(before[-2])]
    if not new:
        return None
    carried = sentence.rfind(before[-1])
    start = m.start() - len(sentence) + sentence.rfind(before[-2], 0, carried) + min(new)
    if sentence[:carried].rstrip().endswith("、") or not said["of"]:
        return (start, {"all", "new"}) if said["year"] else None
    return start, {"all", "new", "carried"}


def carried_which(text: str, m: re.Match) -> str:
    """Which a bare “结转N件” ``m`` of ``text`` is: “forward” after a count closed or another result in its sentence (“新收申请
    55件，办结54件，结转5件”), “over” between a count received and one closed (“新收55件，结转4件，办结54件”), or "" where the
    sentence does not say."""
    sentence = re.split(r"[。；;！？!?]", text[:m.start()])[-1]
    start = m.start() - len(sentence)
    end = re.search(r"[。；;！？!?]", text[m.end():])
    after = text[m.end():m.end() + end.start() if end else len(text)]
    if any(p.search(sentence) for p in RESULT_PHRASES):
        return "forward"
    if any(p.search(text, start, m.start()) for p, _cell, v in READ if v is NEW_RECEIVED) \
            and any(p.search(after) for p in RESULT_PHRASES):
        return "over"
    return ""
