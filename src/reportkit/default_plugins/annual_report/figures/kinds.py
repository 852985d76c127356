"""Reasons and kinds of results: which row of 表三's （三） to （六） a count of 不予公开 (无法提供, 不予处理, 其他处理)
with a reason is, or which row it is part of (商业秘密, 个人隐私), and counts of a group followed by its kinds or parts.
"""
from __future__ import annotations

import re
from typing import Callable


from ..model import shown_values
from .periods import WHEN
from .phrases import (
    DENIED, FIGURE, GRANTED, GROUPS, NOT_PROCESSED, OTHER_HANDLING, OUTCOME_PHRASES, PARTLY_GRANTED, READ,
    RESPECTIVE_NAMES, UNABLE, UNCORRECTED_WORDS, UNPAID_WORDS,
)
from .sentences import CHANGE, NUMBER, OWN_SUBJECT, SHARE_ASIDE, exact

#: Right after a count, before what tells of its kinds or parts: its change (“，同比增加2件”) or its share, in brackets
#: (“无法提供11件（占两成），其中…”) or before “，其中” (“无法提供11件，占20.4%，其中…”).
_AFTER_COUNT = rf"(?:{CHANGE})?\s*(?:{SHARE_ASIDE}|[，,]\s*(?:约|近|将近|接近|超过|逾)?占比?[^，,。；;！？!?（()）]{{1,16}}(?=[，,]\s*其中))?"

#: What may stand before “不予公开 N 件” (无法提供, 不予处理, 其他处理) in its clause, besides the organ (“其中本局不予公开
#: 5件”, “经审查不予公开3件”), the year (“全年对3件申请不予公开”) and the result named (“办理结果为“不予公开”的8件”), for N
#: to be the whole group: no reason that makes it one row's (“属于国家秘密不予公开1件”).
_BARE_WORDS = (r"(?:其中|依法|共计?|另有|另外|此外|另|均|对|决定|作出|做出|答复|予以|而|经(?:审查|审核|研究)|全年|本年度?|今年|年内"
               r"|(?:办理)?结果(?:为|是))*")
_BARE = re.compile(f"^{_BARE_WORDS}$")
#: A reason that ends with 等 (“因涉及第三方合法权益等原因”, “属于国家秘密、商业秘密等情形的”): 等 takes in the other
#: reasons, and the reasons are the group's rows (表三's 1. to 8. under （三）不予公开 in both editions), so its count is
#: the group's whole. A 等 inside the reason (“因涉及国家秘密等敏感内容”) is not read so: what it takes in may be a
#: few rows. So does a reason that is all of them (:data:`_EVERY_REASON`: “因各种原因”, “由于种种原因”).
_EVERY_REASON = re.compile(r"(?:因为?|由于)?(?:各种|多种|种种)(?:原因|情形|情况|理由|事由)")
_ALL_REASONS = re.compile(rf"(?:等(?:原因|情形|情况|理由|事由)?|^{_EVERY_REASON.pattern})的?{_BARE_WORDS}$")


def whole_group(reason: str) -> bool:
    """Whether ``reason`` takes in all the kinds of its group (:data:`_ALL_REASONS`): its count is the group's."""
    return bool(_ALL_REASONS.search(reason.strip()))


def one_kind(report, text: str, m: re.Match, value: Callable) -> tuple[str, int] | None:
    """The reason before “不予公开” (…) of the phrase ``m`` in ``text`` and where the words it is in start, where the
    count may be said of one kind (:func:`kind_row` tells which, if any), not of its group ``value`` as a whole, else
    None: a reason in its clause (words other than :data:`_BARE`'s, which take in the year: “全年对3件申请不予公开” has
    none) or in its aside (“不予公开（属于国家秘密）1件”), or a clause before it in the sentence that is no count (“涉及
    商业秘密的，不予公开2件”, “本机关不掌握相关信息，无法提供9件”; not “予以公开22件，不予公开8件”, “其中22件予以公开，
    8件不予公开”, “无法提供11件（其中…9件），不予处理2件”, “全年对24件申请予以公开，对3件…”, nor one that only says
    when, “本年度，不予公开3件”, or has only :data:`_BARE`'s words: “此外，不予公开3件”), or between the figure and the
    result (“8件因信息不存在未能提供”). A reason ending with 等 or that is all of them (:func:`whole_group`; between the
    figure and the result only the latter: “另有7件因各种原因不予公开”) is of the whole group, unless the paragraph gives
    another count of the group (“因属于国家秘密不予公开1件，因涉及第三方合法权益等原因不予公开4件”: the 4 are the rest; its
    reason then names no row)."""
    head, between = text[:m.start()], m.groupdict().get("between")
    sentence = re.split(r"[。；;！？!?]", head.replace(report.agency, ""))[-1]
    *before, clause = re.split(rf"[，,：:]|(?<=件)、|、(?=\s*(?:{NUMBER}\s*件|$))", sentence)
    # a clause that only says when, or only “此外”, “另外”, “经审查”, is no reason
    before = [b.strip() for b in before if not WHEN.fullmatch(b.strip()) and not (b.strip() and _BARE.match(b.strip()))]
    clause = OWN_SUBJECT.sub("", clause).strip().rstrip("“")  # a label in quotes: “不予公开”8件
    # “8件因信息不存在未能提供”; one with 等 between may be a few rows (“5件因涉及国家秘密等原因不予公开”)
    if between and not _EVERY_REASON.fullmatch(between):
        return between, m.start()
    # the group's whole, or its rest where the paragraph gives another count of it
    whole = ("", m.start()) if sum(len(p.findall(text)) for p, _cell, v in READ if v is value) > 1 else None
    reason = m.group("aside") or (before[-1] if before and _BARE.match(clause) else clause)
    if whole_group(reason):
        return whole
    if m.group("aside") or not _BARE.match(clause) or before and not re.search(
            rf"件\s*(?:[（(][^（()）]*[）)]\s*)?$|中$|^{_BARE_WORDS}\s*{NUMBER}\s*件", before[-1]):
        start = -1 if m.group("aside") else head.rfind(reason)  # the aside is in the phrase
        return reason, start + len(re.match(_BARE_WORDS, reason).group()) if start >= 0 else m.start()
    return whole if between else None


#: （三）不予公开 4.保护第三方合法权益; its words, and those of two of the rights it protects (条例 第十五条), each a part of it.
THIRD_PARTY_ROW = ("results", "denied", "third_party_rights")
_THIRD_PARTY, _THIRD_PARTY_PARTS = r"第三方的?(?:合法)?权益", "商业秘密|个人隐私"
#: The kinds of （三）不予公开, （四）无法提供, （五）不予处理 and （六）其他处理 by the reason a text gives: (row, its words) by
#: group. 商业秘密 and 个人隐私 are 第三方合法权益's (one row in both editions; :func:`part_of_row`); （六）'s rows are the
#: 2021 edition's only.
KINDS = {
    DENIED: ("denied", (
        ("state_secret", "国家秘密"),
        ("law_forbidden", r"法律(?:、|和|及)?(?:行政)?法规(?:明确)?禁止"),
        ("safety_stability", "三安全一稳定|国家安全|公共安全|经济安全|社会稳定"),
        ("third_party_rights", f"{_THIRD_PARTY}|{_THIRD_PARTY_PARTS}"),
        ("internal_affairs", "内部事务"),
        ("process_information", "过程性信息"),
        ("enforcement_case", "执法案卷"),
        ("administrative_query", "查询事项"))),
    UNABLE: ("unable_to_provide", (
        ("no_such_information", "不掌握|未掌握|没有掌握|(?:信息|资料)不存在"),
        ("needs_creation", "另行制作|没有现成|无现成"),
        ("still_unclear", "不明确"))),
    NOT_PROCESSED: ("not_processed", (
        ("petition_complaint", "信访|举报|投诉"),
        ("repeated", "(?<!大量)重复申请"),
        ("publications", "出版物"),
        ("mass_repeated", "大量(?:反复|重复)|反复申请"),
        ("confirm_or_reissue", "确认|重新出具"))),
    OTHER_HANDLING: ("other_handling", (
        ("overdue_correction", UNCORRECTED_WORDS),
        ("overdue_fee", UNPAID_WORDS))),
}
#: A reason given right after the count, as a clause or an aside with no count in it: “对3件申请不予公开，均因涉及第三方
#: 合法权益”, “不予公开2件，原因是属于国家秘密”, “无法提供4件（系本机关不掌握）”.
_REASON_AFTER = re.compile(r"\s*(?:[，,]|(?P<open>[（(]))?\s*(?:(?:均|都|全部|皆)(?:是|系|为|属于?|因为?|由于|涉及)|是因为?|因为?|由于|系|属于?|涉及"
                           r"|其?(?:原因|理由)(?:是|为|系|在于|均为))(?P<reason>[^，,。；;！？!?（()）]*)(?(open)[）)]?)")


def reason_after(text: str, m: re.Match) -> re.Match | None:
    """The reason right after the count ``m`` of ``text`` that makes it one kind's (:data:`_REASON_AFTER`), or None: not
    one with a count (“，涉及国家秘密1件、第三方合法权益2件”: the parts; “，因…等原因不予公开4件”: another count), nor one
    ending with 等, which takes in the other kinds (:data:`_ALL_REASONS`)."""
    found = _REASON_AFTER.match(text, m.end())
    reason = found.group("reason").strip() if found else ""
    return found if reason and "件" not in reason and not whole_group(reason) else None


def kinds_after(text: str, m: re.Match, value: Callable) -> int:
    """The sum of the counts of the group ``value`` that follow the count ``m`` (“不予公开1件”) in its sentence, its
    kinds (“，因涉及第三方合法权益不予公开1件，因属于国家秘密不予公开1件”), or 0. ``m`` is then the group's whole, its kinds
    told next (“不予公开2件，因…不予公开1件，因…不予公开1件”), or one more kind, its reason unsaid: not compared where
    they add up to more than it, else right where it is the table's or the table's less theirs. After “其中” they are
    its parts (0: “不予公开2件，其中因…不予公开1件”)."""
    end = re.search(r"[。；;！？!?]", text[m.end():])
    rest = text[m.end():m.end() + end.start() if end else None]
    if re.match(rf"{_AFTER_COUNT}\s*[，,：:]?\s*其中", rest):
        return 0
    later = {f.start("n"): exact(f["n"]) or 0 for p, _cell, v in READ if v is value for f in p.finditer(rest)}
    return sum(later.values())


def kind_row(report, value: Callable, reason: str) -> tuple | None:
    """The row of 表三 whose kind of the group ``value`` the ``reason`` names (:data:`KINDS`), or None where it names
    none or several (“涉及国家秘密或第三方合法权益”; “国家秘密等敏感内容”, “信访、投诉、举报等诉求”: what 等 takes in may
    be other rows) or the report's edition has no such row (2019's （六）): the count is then compared with nothing."""
    group, kinds = KINDS[value]
    named = [("results", group, row) for row, words in kinds if re.search(words, reason)]
    return named[0] if len(named) == 1 and "等" not in reason and named[0] in shown_values(report) else None


def row_name(report, key: tuple) -> str:
    """A row of 表三 in words: 表三“（三）不予公开”中“4.保护第三方合法权益”的总计."""
    results = next(node for node in report.spec.applications if node.key == key[0])
    group = next(node for node in results.children if node.key == key[1])
    row = next(node for node in group.children if node.key == key[2])
    return f"表三“{group.label}”中“{row.label}”的总计"


def part_of_row(reason: str) -> bool:
    """Whether ``reason``, of one row (:func:`kind_row`), names only part of it: 商业秘密 or 个人隐私, not 第三方合法权益
    itself. The row also counts the other of the two and the other rights of third parties: its figure may be more
    than the count, never less."""
    return bool(re.search(_THIRD_PARTY_PARTS, reason)) and not re.search(_THIRD_PARTY, reason)


#: A count of 商业秘密 or 个人隐私 listed after a count of 不予公开: “不予公开3件，其中涉及商业秘密2件、个人隐私1件”,
#: “不予公开3件（商业秘密类2件、涉及个人隐私的1件）”.
_LISTED_PART = re.compile(rf"(?:涉及|属于|系)?(?:{_THIRD_PARTY_PARTS})(?:的|类|方面|信息)*{FIGURE}")


#: Where a sentence of counts of part of a row ends: not at “；”, which parts a list (“其中：涉及商业秘密的2件；涉及个人隐私的
#: 1件”).
FULL_STOP = re.compile(r"[。！？!?]")


def parts_listed(text: str, m: re.Match) -> list[re.Match]:
    """The counts of 商业秘密 and 个人隐私 (:data:`_LISTED_PART`) after the count of 不予公开 ``m`` of ``text``, up to the
    end of its sentence (:data:`FULL_STOP`) or the next phrase R9 reads (“…，部分公开5件，其中涉及个人隐私3件” is
    部分公开's)."""
    ends = [found.start() for p, _cell, _value in READ if (found := p.search(text, m.end()))]
    end = FULL_STOP.search(text, m.end())
    return list(_LISTED_PART.finditer(text, m.end(), min([*ends, end.start() if end else len(text)])))


#: After a count of a group, “其中” and its kinds by their reasons, each with its count: “不予公开8件（其中属于国家秘密的1件，
#: 涉及第三方合法权益的3件）”, “无法提供11件，其中本机关不掌握的9件、需另行制作的1件”, “不予公开的8件中，涉及…3件”, or in
#: brackets alone (“无法提供11件（本机关不掌握相关政府信息9件，…）”); the count also before its reason: “不予处理4件，其中2件
#: 属于信访举报投诉类申请”.
_KINDS_OPEN = re.compile(rf"{_AFTER_COUNT}\s*(?:[（(，,：:]?\s*其中\s*[，,：:]?|[（(])|(?:申请)?(?:中|当中)\s*[，,：:]?")
_KIND_ITEM = re.compile(rf"\s*[，,、；;]?\s*(?P<reason>[^，,、；;。！？!?\d（()）]{{2,24}}?)(?:的|类|方面|情形|情况)*{FIGURE}")
_KIND_FIRST = re.compile(rf"\s*[，,、；;]?\s*(?P<n>{NUMBER})\s*件(?:申请)?(?:均|都)?(?:属于?|系|为|是|因为?|由于|涉及)"
                         r"(?P<reason>[^，,、；;。！？!?\d（()）]{2,24})")
_GROUP_WORDS = re.compile("不予公开|无法提供|不予处理|其他处理|部分公开|予以公开")
#: An item that tells how a kind changed, its figure the difference: “其中涉及第三方合法权益的减少1件”, “…的同比增加了
#: 2件”, “…的比上年少1件”.
_CHANGED = re.compile(r"同比|环比|[较比](?:上一?年度?|去年)|(?:增加|减少|增长|下降|上升|降低|多|少)了?$")


#: Inside a result's parts (:func:`parts_span`): what opens them right after its count, a bracket not on what it takes
#: in (“（其中…”, “（…”; not “（含…”, “（包括…”: “予以公开28件（含部分公开6件）” holds another result whole) or “，其中”.
_PARTS_OPEN = re.compile(rf"{_AFTER_COUNT}\s*(?:(?P<bracket>[（(])(?!\s*(?:含|包括|包含))|[，,：:]\s*其中\s*[，,：:]?)")
#: After “其中”, one part with its count, and the “、” or “，” that joins the next to it: “本机关不掌握9件、”.
_PART_ITEM = re.compile(rf"(?P<part>[^，,、；;：:（()）。！？!?]*?(?P<n>{NUMBER})\s*件)(?P<joint>\s*[、，,]\s*)?")
#: The results whose count may be read by mistake among another result's parts.
_RESULTS = (GRANTED, PARTLY_GRANTED, *GROUPS)
#: Results not given: “未予公开”, “无法提供”, “不予处理” …; never parts of one given (:func:`parts_span`).
NOT_GIVEN = r"(?:未能|未予|未|不予(?:以)?|无法)(?:公开|提供)|不予处理|其他处理"


def parts_span(text: str, whole: re.Match) -> tuple[int, int, int] | None:
    """Where the parts of the result's count ``whole`` in ``text`` start and end, and how many are listed (0 in a
    bracket), or None: its bracket (“无法提供11件（其中本机关不掌握9件、不予处理2件）”), or after its “其中” the counts
    joined by “、” or “，” as long as they add up to no more than it (“不予公开8件，其中涉及第三方合法权益3件，属于过程性
    信息2件”); a count that would make them more is the next result (“…，其中本机关不掌握9件，不予处理4件”: 9 + 4 are
    more than 11), and so is one after “；” or after parts that make it whole, and one after “，” that names another
    result, none of its reasons (:func:`_next_result`), after a part that names none (“不予公开8件，其中涉及第三方合法权益
    3件，不予处理5件”). Parts of 予以公开 or 部分公开 are never a result not given (“予以公开28件，其中部分公开6件，不予公开
    8件”)."""
    opened = _PARTS_OPEN.match(text, whole.end())
    if not opened:
        return None
    if opened["bracket"]:
        closing = re.search(r"[）)（(。；;！？!?]", text[opened.end():])
        return opened.end(), opened.end() + (closing.start() if closing else len(text) - opened.end()), 0
    left, at, end, listed, comma = exact(whole["n"]), opened.end(), opened.end(), 0, False
    given = not re.search(NOT_GIVEN, whole.group())
    while left and (item := _PART_ITEM.match(text, at)) and (n := exact(item["n"])) is not None and n <= left \
            and not (given and re.search(NOT_GIVEN, item.group())) and not (comma and _next_result(item["part"], whole)):
        left, at, end, listed = left - n, item.end(), item.end("part"), listed + 1
        if not item["joint"]:
            break
        # after a reason (“本机关不掌握9件，”), another result's name is the next result
        comma = "、" not in item["joint"] and not _next_result(item["part"], whole)
    return (opened.end(), end, listed) if listed else None


def _next_result(part: str, whole: re.Match) -> bool:
    """Whether ``part`` names a result (:data:`.phrases.RESPECTIVE_NAMES`) other than its ``whole``'s, a group of results
    not given, and none of the whole's reasons (:data:`KINDS`: 不予处理 is no reason of 不予公开)."""
    value = next(v for p, _cell, v in READ if p is whole.re)
    return value in KINDS and any(v in _RESULTS and v is not value and re.search(words, part)
                                  for words, v in RESPECTIVE_NAMES) \
        and not any(re.search(words, part) for _row, words in KINDS[value][1])


def parts_of_results(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """:func:`parts_span` of each result's count in ``text`` from ``start`` to ``end``."""
    return [span for p in OUTCOME_PHRASES for whole in p.finditer(text, start, end) if (span := parts_span(text, whole))]


def within_parts(text: str, m: re.Match, value: Callable) -> bool:
    """Whether the count ``m`` of the result ``value`` in ``text`` is told among the parts of another result's count
    right before it (:func:`parts_span`): in its bracket or after its “其中” among two or more (not “…6件，其中，不予公开
    7件”, a result listed). Those are kinds or reasons of that result, whatever row a word of them names, never the
    whole of ``value`` (one of the same result is :func:`.parts.part_of_count`'s)."""
    if value not in _RESULTS:
        return False
    start = max(text.rfind(stop, 0, m.start()) for stop in "。；;！？!?") + 1
    for p, _cell, other in READ:
        if other is value or p not in OUTCOME_PHRASES or (other, value) == (GRANTED, PARTLY_GRANTED):
            continue  # “予以公开28件（其中部分公开6件）”: the two together, 部分公开's whole
        for whole in p.finditer(text, start, m.start()):
            span = parts_span(text, whole)
            if span and span[0] <= m.start() and m.end() <= span[1] and span[2] != 1:
                return True
    return False


def rows_listed(report, text: str, m: re.Match, value: Callable) -> list[tuple[re.Match, tuple]]:
    """The counts of kinds of the group ``value`` listed after “其中” right after its count ``m`` in ``text``
    (:data:`_KIND_ITEM`), each with the row its reason names (:func:`kind_row`); not those of part of a row (商业秘密,
    个人隐私: :func:`parts_listed`), nor one a phrase reads (“其中因…不予公开1件”, “其中申请人逾期不补正1件”), nor a
    change (:data:`_CHANGED`)."""
    opened = _KINDS_OPEN.match(text, m.end())
    out, at = [], opened.end() if opened else None
    while at is not None and (item := _KIND_ITEM.match(text, at) or _KIND_FIRST.match(text, at)):
        reason, at = item["reason"], item.end()
        row = kind_row(report, value, reason) if not _GROUP_WORDS.search(reason) and not _CHANGED.search(reason) \
            else None
        if row is not None and not part_of_row(reason) \
                and not any(f.start("n") == item.start("n") for p, _cell, _v in READ for f in p.finditer(text, m.end(), at)):
            out.append((item, row))
    return out
