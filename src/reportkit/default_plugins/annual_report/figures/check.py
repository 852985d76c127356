"""R9: figures typed in the narrative compared with the statistics tables (:func:`check_figures`).

A phrase (:mod:`.phrases`) is compared unless its clause says the figure is another's: another time
(:mod:`.periods`), other organs (:mod:`.organs`), other matters (:mod:`.matters`), part of the applications
(:mod:`.parts`) or one kind of a group (:mod:`.kinds`). Outcomes of reviews and suits told after their count are
compared too.
"""
from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Callable, Iterator

from reportkit.errors import WARNING
from reportkit.numerals import numeral_value
from reportkit.registry import Finding

from ..citations import narrative
from ..model import applications_values, shown_outcomes, shown_values
from ..tables import NATURAL_PERSON, ORGANISATIONS, REVIEW_GROUPS
from .kinds import (
    FULL_STOP, KINDS, NOT_GIVEN, THIRD_PARTY_ROW, kind_row, kinds_after, one_kind, part_of_row, parts_listed,
    parts_of_results, parts_span, reason_after, row_name, rows_listed, whole_group, within_parts,
)
from .matters import (
    OTHER_MATTERS, PROCEEDING_END, SUED, of_other_things, of_proceedings, on_topic, other_matter, received_unnamed,
)
from .organs import organ_part, others, own_name, whole_area
from .parts import (
    carried_which, closed_after_both, closed_of_carried, closed_of_new, closed_some, of_count_before, of_new, of_part,
    part_of_count, received_first, to_some, whole_of_part,
)
from .periods import WHEN, not_the_table
from .phrases import (
    BARE, CARRIED_CLOSED, CARRIED_EITHER, CARRIED_FORWARD, CARRIED_OVER, CASES, CLOSED, DENIED, DISCLOSURE_NAMES, FEE_AMOUNT,
    FIGURE, FIGURE_FIRST_RESULTS, FROM_LAST_YEAR, GRANTED, GROUPS, HANDLED, LITIGATION, NEW_RECEIVED, OF_APPLICATIONS, OF_TABLE_THREE,
    KIND_CARRIED, OUTCOME_PHRASES, PARTED, PARTLY_GRANTED, PLUS_CARRIED, PROCEEDINGS, READ, RECONSIDERATION, RESPECTIVE, RESPECTIVE_NAMES,
    RESULT_PHRASES, RESULT_WORDS, RESULTS, TABLE_TWO, TO_HANDLE, WHOLE, WITHOUT_CARRIED, t3_key,
)
from .sentences import (
    ABOUT, AROUND, CHANGE, COUNT, NUMBER, OTHER_ORGANS, OWN_SUBJECT, SHARE_ASIDE, SUBJECT_END, TENTHS_WORDS, TIME_SUBJECT,
    YEAR, about, change_ends, exact, has_subject, past_qizhong, quoted, split_clauses, tenths_allow, tenths_range,
)

#: R9's advice to cite the cell instead of typing its figure: a data file's (its ``published`` wording leaves it out).
CITE_ADVICE = "，或把数字写成引用{}，由 reportkit 填入表中的数"

#: A count of applications that takes in last year's carried over: “受理申请59件（含上年结转4件）”.
_WITH_CARRIED = re.compile(rf"^(?:{CHANGE})?\s*[（(，,]?\s*(?:其中|含|包括|包含)+(?:上一?年度?结转|结转上一?年度?)")
#: A count of applications that takes in some that cross the year's end: “新收申请52件（含跨年度结转4件）”, last year's
#: carried over or this year's carried forward.
_WITH_ACROSS = re.compile(rf"^(?:{CHANGE})?\s*[（(，,]?\s*(?:其中|含|包括|包含)+跨年")
#: A count of 予以公开 that takes in 部分公开: “予以公开28件（含部分公开6件）”, “予以公开（含部分公开）28件”, “予以公开28件
#: （其中部分公开6件）”.
_WITH_PARTLY = re.compile(rf"^(?:{CHANGE})?\s*[（(，,]?\s*(?:其中(?:含|包括|包含)?|含|包括|包含)部分(?:予以)?公开")
#: After a count of all reviews or suits, the part about disclosure, which is 表四's: “被申请行政复议15件，其中涉及政府信息
#: 公开的2件” (“的两件”, “，涉及政府信息公开的2件”, in the next sentence: “…15件。其中，涉及政府信息公开的2件”; the figure
#: first: “，其中有2件涉及政府信息公开”, “其中因不服政府信息公开答复的2件”; after a part on another matter (group ``other``):
#: “，其中12件涉及行政处罚、3件涉及政府信息公开”, “，其中涉及行政处罚的12件，涉及政府信息公开的3件”, “，其中2件涉及行政处罚，
#: 另1件涉及政府信息公开”).
_DISCLOSURE_PART = re.compile(rf"^(?:{CHANGE})?\s*(?:[（(，,]|[。！？!?](?=\s*其中))?\s*"
                              rf"(?:(?P<of>其中)[，,]?有?(?P<other>\s*(?:{NUMBER}\s*[件起][^，,。；;、\d]*"
                              rf"|(?:涉及|关于|因|针对)[^，,。；;、\d]*?的?\s*{NUMBER}\s*[件起])[、，,]\s*(?:另外?|还|此外)?有?)?)?"
                              r"(?:(?(of)(?:涉及|关于|因|属于)?|(?:涉及|关于|属于))(?:不服)?政府信息公开(?:工作|答复)?(?:方面|类|领域)?的?"
                              r"(?:行政复议|行政诉讼|案件|复议|诉讼)?(?:案件)?"
                              rf"|(?(of)|(?!))(?=\s*{NUMBER}\s*[件起](?:是|系|为|属于)?(?:涉及|关于|因)?政府信息公开))"
                              rf"\s*(?P<n>{NUMBER})\s*[件起]")

#: After a count of last year's carried over, all of them closed: “上年结转4件全部办结”, “上年结转申请4件，均已答复” (with no
#: figure, as many as were carried over: :func:`_closed_in_all`).
_ALL_CLOSED_AFTER = re.compile(r"\s*(?:(?:(?:政府)?(?:信息)?公开)?申请)?\s*[，,]?\s*(?:本年度?|当年|今年|年内)?(?:已经?|现已)?"
                               rf"(?:全部|均|都)(?:已经?)?(?:予以)?{CLOSED}(?=\s*(?:[，,。；;）)]|$))")
#: In a phrase's clause before it, the organ helping others: the count is theirs (“相关部门配合答复申请20件”, “协助兄弟单位
#: 办结申请12件”).
_HELPING = re.compile(r"(?:配合|协助|协同|协办|帮助)[^，,。；;：:！？!?]*$")
#: Another count right after a phrase's, spaces between: a table's row copied as a line (“收到申请  48件  55件”, its
#: columns two years or two kinds, named in a line of their own): which is the table's figure the row does not say.
_ROW = re.compile(rf"\s+(?:{NUMBER}|{ABOUT})\s*件")
#: After a count of applications not the organ's own (:func:`_shared`), those of it the organ's own or its units':
#: “全系统收到申请200件，其中本局本级55件”, “办结200件（其中局机关55件、直属单位145件）”: the count takes in other organs'
#: (or is theirs), the organ's own share ``n`` (where told) is the tables' unless the count is; one the organ names
#: with a verb of its own (``self``: “其中本局收到55件”) is its own phrase's. Also “（含本局本级55件）”, and after a
#: change of the count (:data:`.sentences.CHANGE`: “收到申请200件，同比增加10件，其中本局本级55件”).
_SHARED = re.compile(rf"(?:{CHANGE})?\s*[（(，,]?\s*(?:其中|含|包括)[，,]?\s*(?:(?P<own>(?:[本我]?(?:局|委|厅|办|署|机关|单位|部门))?(?:本级|机关本级)"
                     r"|(?P<self>[本我](?:局|委|厅|办|署|机关|单位|部门))|[局委厅办院署]机关(?:本级)?)(?:共计?|合计)?"
                     r"(?P<verb>收到|受理|新收|办结|答复|办理)?(?:(?:政府)?(?:信息)?公开)?(?:申请)?(?:为|有)?\s*"
                     rf"(?P<n>{NUMBER})\s*件|(?:直属|下属|所属|二级|基层)(?:单位|机构)|[局委厅]属单位)")


def _shared(report, text: str, m: re.Match, read: set) -> re.Match | None:
    """The part of the organ or its own share told after the count ``m`` of ``text`` (:data:`_SHARED`). Where the
    count's clause names the organ alone as its subject (“本局共新收49件，其中局机关…”; not “全局（含二级单位）…”), the
    count is the whole organ's unless its own share is the table's (``read``)."""
    shared = _SHARED.match(text[m.end():])
    clause = split_clauses(re.split(r"[。；;！？!?]", text[:m.start()].replace(report.agency, "本机关"))[-1])[-1]
    subject = SUBJECT_END.split(clause, maxsplit=1)[0]
    alone = OWN_SUBJECT.search(subject) and not (OTHER_ORGANS.search(subject) or re.search(r"[（(](?:含|包括)", subject))
    return None if alone and not (shared and shared["own"] and exact(shared["n"]) in read) else shared


#: A share told in brackets after a count (:data:`_SHARED`): “全年收到申请200件（其中本局本级48件）”; the rest of
#: the brackets after it.
_BRACKETED_SHARE = re.compile(r"[（(]\s*(?:其中|含|包括)")
_TO_CLOSING = re.compile(r"[^（()）。；;！？!?]*[）)]?")


def _after_share(report, text: str, m: re.Match) -> bool:
    """Whether the phrase ``m`` of ``text`` follows in its sentence a count that a share told in brackets, the organ's
    own or its units', makes others' too (:func:`_shared`: not the table's), no clause between with a subject of its
    own (:func:`has_subject`): “全年收到申请200件（其中本局本级48件），办结200件” closed the 200, the count's subject's."""
    start = max(text.rfind(stop, 0, m.start()) for stop in "。；;！？!?") + 1
    if not _BRACKETED_SHARE.search(text, start, m.start()):
        return False
    for pattern, _cell, value in READ:
        for count in pattern.finditer(text, start, m.start()) if value in (NEW_RECEIVED, *OF_APPLICATIONS) else ():
            cells = value(report)
            shared = _BRACKETED_SHARE.match(text, count.end()) and cells \
                and _shared(report, text, count, set(cells[:2]))
            if shared and exact(count["n"]) not in cells[:2] \
                    and count.end() + shared.end() <= m.start() \
                    and not any(map(has_subject, split_clauses(text[count.end() + shared.end():m.start()]))):
                return True
    return False


#: After a count closed, those of it closed: “办结59件申请中的54件” (59 to handle, 54 closed).
_OF_POOL = re.compile(rf"^\s*(?:(?:政府)?(?:信息)?公开)?(?:申请)?(?:中|当中|里)的?\s*(?P<n>{NUMBER})\s*件")


def _closed_beyond_carried(report, path: tuple, text: str, m: re.Match, stated: int) -> Iterator[Finding]:
    """R9 on a count of last year's carried over closed this year (:data:`CARRIED_CLOSED`, :func:`closed_of_carried`):
    more than 表三's 上年结转 is wrong; fewer is not, the rest going on into the next year."""
    table, parts, _cite = CARRIED_OVER(report)
    if stated > max(table, parts):
        said = m.group().strip()
        wrong = (f"正文写的是{quoted(said)}，即本年度办结的上年结转申请有 {stated} 件，而表三“二、上年结转政府信息公开申请数量”的总计"
                 f"只有 {table} 件：办结的不会多于结转来的，请改正其中一处")
        yield Finding(WARNING, wrong + "（数据文件中上年结转的数写在 tables.applications.carried_over 下）", path, said,
                      published=wrong, skip=text.count(said, 0, m.start()))


def _beyond(report, path: tuple, text: str, start: int, m: re.Match, stated: int, what: tuple[str, str],
            bounds: tuple, least: tuple | None = None) -> Iterator[Finding]:
    """R9 on a count of part of a cell's, its words from ``start`` to the phrase ``m``'s end, ``what`` it counts (said
    of its figure, as a subject): more than one of ``bounds`` ((cell, its name, what that counts)) is wrong, and so is
    fewer than the cell ``least`` ((cell, its name)) less 上年结转 where given, the most of those carried over it may
    leave out; between them is not."""
    said, at, skip = text[start:m.end()], m.group(), text.count(m.group(), 0, m.start())
    for cell, name, whole in bounds:
        table, parts, _cite = cell(report)
        if stated > max(table, parts):
            yield Finding(WARNING, f"正文写的是{quoted(said)}，即{what[0]} {stated} 件，而表三{name}只有 {table} 件：{what[1]}不会"
                                   f"多于{whole}，请改正其中一处", path, at, skip=skip)
            return
    if least:
        table, carried = least[0](report)[0], CARRIED_OVER(report)[0]
        if stated < table - carried:
            yield Finding(WARNING, f"正文写的是{quoted(said)}，即{what[0]} {stated} 件，而表三{least[1]}为 {table}、“二、上年结转"
                                   f"政府信息公开申请数量”的总计为 {carried}：{what[1]}至少有 {table - carried} 件，请改正其中一处",
                          path, at, skip=skip)


#: A count of some closed is at most （七）总计 (:func:`_beyond`'s bound).
_ALL_CLOSED = (RESULTS, "“三、本年度办理结果（七）总计”", "全年办结的")
#: The year's new applications closed this year (“当年收到当年办结50件”: :func:`closed_of_new`): at most 本年新收 and
#: （七）总计, at least （七）总计 less 上年结转 (those closed too, or some of them going on).
_NEW_CLOSED = (("本年度新收的申请中办结了", "新收申请中办结的"),
               ((NEW_RECEIVED, "“一、本年新收政府信息公开申请数量”的总计", "收到的"), _ALL_CLOSED), _ALL_CLOSED[:2])


def _may_be_new(report, value: Callable, stated: int) -> bool:
    """Whether ``stated``, closed (``value`` :data:`RESULTS`) or carried forward (:data:`CARRIED_FORWARD`), may be the
    year's new applications' only: at most the cell's figure (and 本年新收), at least the cell's figure less 上年结转, the
    most of those carried over it may leave out."""
    table, carried, new = value(report)[0], CARRIED_OVER(report)[0], NEW_RECEIVED(report)[0]
    return table - carried <= stated <= (min(table, new) if value is RESULTS else table)


def _area_figures(report) -> dict[Callable, set[int]]:
    """The figures a local government's text gives for its whole area (“全县共收到政府信息公开申请286件”), by cell:
    its tables may be the whole area's or its own (本级), so such a figure is not compared, but one equal to the table
    tells that the tables are the area's and a figure of its own (“其中县政府本级收到…55件”) is no table's."""
    area, figures = whole_area(report), {}
    for _path, text in narrative(report) if area else ():
        for pattern, _cell, value in READ:
            for m in pattern.finditer(text):
                if area.search(others(report, text, m.start())) and exact(m.group("n")) is not None \
                        and not (value is NEW_RECEIVED and received_unnamed(report, text, m)):
                    figures.setdefault(value, set()).add(exact(m.group("n")))
    return figures


#: A count said to take in another (:data:`_WITH_CARRIED`, :data:`_WITH_PARTLY`) is compared with the two together:
#: (wording, the other's values, the two cells in words; no cell to cite).
_INCLUDING = {NEW_RECEIVED: (_WITH_CARRIED, CARRIED_OVER,
                             "表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”的总计之和"),
              GRANTED: (_WITH_PARTLY, PARTLY_GRANTED, "表三“（一）予以公开”与“（二）部分公开”的总计之和")}


def check_figures(report) -> Iterator[Finding]:
    """R9: a figure typed in the narrative that states a table figure equals the table. A phrase whose clause says it
    is not the table's (:func:`not_the_table`), that other organs or a part of the organ named earlier in its
    sentence give (:func:`others`), or whose sentence is about part of the applications (:func:`of_part`),
    is not compared, nor a result with its figure first that may be of other things (:func:`of_other_things`) or of
    some applications (“对2件申请予以公开”: :func:`to_some`; the results told after such a count are at most it together,
    each at most its cell, its cell's where the count is those answered and （七）总计: :func:`_outcomes_beyond`; the rest
    after a count closed and some of its results is （七）总计 less their cells: :func:`_rest_of_results`), nor a
    count of 表三's that counts reviews or suits (:func:`of_proceedings`), nor “收到 N 件” that may be of other things than applications (:func:`received_unnamed`);
    a count of 不予公开 (无法提供, 不予处理, 其他处理) with a reason right after it is that kind's, compared with its row, or
    with nothing where the reason names none or several (:func:`reason_after`, :func:`kind_row`), and so is one with
    a reason before it (:func:`one_kind`); a count of the group followed in its sentence by counts of its kinds may be
    its whole or one more kind (:func:`kinds_after`); reviews with the organ named as the respondent are its own only
    where the name is its own (:func:`own_name`);
    a count of last year's carried over closed this year is at most 上年结转 (:func:`_closed_beyond_carried`), one of the
    year's new closed this year at most 本年新收 and （七）总计, at least （七）总计 less 上年结转 (:func:`closed_of_new`,
    :func:`_beyond`), one closed on time (late, in writing …) at most （七）总计 (:func:`closed_some`); one closed or carried
    forward after a count received equal to 本年新收 (:func:`received_first`) or of those received (:func:`of_new`) may be
    of the new only, right between the cell's figure less 上年结转 and the figure (:func:`_may_be_new`); “办结59件申请中的
    54件” is a count closed of 54 (:data:`_OF_POOL`); a count
    of applications said to include last year's carried over is new + carried over (予以公开 said to include 部分公开
    the two together), one received or accepted (not “新收”: “共收到申请52件，其中新收…”) or said to include some that
    cross the year's end (:data:`_WITH_ACROSS`) may be either; a count of reviews or suits followed by “其中涉及政府信息
    公开的 N 件” is all the organ's, N is 表四's; a local government's text that gives the table's figure for its whole
    area makes its other figures of the cell no table's (:func:`_area_figures`); a count of 不予公开 for 商业秘密 or 个人隐私,
    with its reason or listed after a count of 不予公开 (:func:`parts_listed`), is part of 第三方合法权益's row, said of
    some applications or not (but of other organs or another time in the reason's words: :func:`_said_of_others`),
    and a sentence's together are at most the row's figure (:func:`_beyond_row`); last year's carried over said to be all
    closed (:data:`_ALL_CLOSED_AFTER`) count as closed of them; a count the organ helped others with (:data:`_HELPING`)
    is theirs; the second of a list of reviews and suits is read as the first, with no outcomes or disclosure part
    after it (either's), and a figure read as such a disclosure part is no phrase's of its own; a count closed after
    “其中” right after counts of the new and the carried over may be of all, of the new or of the carried over
    (:func:`closed_after_both`, :func:`_closed_of_either`); a bare “结转N件” is the carried over or forward as its
    sentence says, either where it does not, and applications handled (办理) may be those to handle, closed or new
    (:func:`_either`); counts listed with 分别 are their names' (:func:`_respectively`); kinds of a group listed by their reasons after
    its count are their rows' (:func:`rows_listed`); a share after a result or an applicant's count (:func:`_shares`) and rates of
    those closed or granted (:func:`_rates`) are reckoned from the tables; counts of applicants of a kind after a count
    received, or opening a sentence on the year's with no count before them, are 表三's columns (:func:`_applicants`,
    :func:`_applicants_alone`; given as about or in tenths, far off only: :func:`_about`, :func:`_tenths`; in per cent: :func:`_percent`;
    that kind's carried over told after one, and the sum, 上年结转's columns and 本年新收's with them:
    :func:`_carried_of_kind`), suits of
    each kind after their count 表四's groups (:func:`_suit_kinds`); reviews, suits or applications said to be none (:func:`_none_said`) and the year's
    行政事业性收费 (:func:`_fee_amount`) are compared too; a count after “其中” that parts a count of its own cell is at
    most that count (:func:`_part_beyond`); penalties and decisions named bare (“行政处罚90件”, “行政处罚决定90件”) are
    read in 主动公开's part only (:data:`BARE`); the channel of a count of 表二's (“在门户网站公开…”) says no part of it; a
    count parted after “其中” into the organ's own share or its units' (“全系统收到申请200件，其中本局本级55件”:
    :func:`_shared`, also after a change of it: :data:`.sentences.CHANGE`) is no table's, the own share is, and so are
    the counts told after a share in brackets (:func:`_after_share`); a count given as about (“300余件”, “约60件”,
    “1.2万件”) is compared as its cell's whole only, and warned about only where the table is far off (:func:`_about`), a table's row copied as a line (:data:`_ROW`) not at all. A paragraph's
    findings are listed in the text's order."""
    carried, area = shown_values(report)[("carried_over",)]["total"], _area_figures(report)
    for path, text in narrative(report):
        if path[-1] != "heading":  # in the text's order, not the phrases'
            yield from sorted(_text_figures(report, path, text, carried, area), key=lambda f: _place(text, f))


def _text_figures(report, path: tuple, text: str, carried: int, area: dict) -> Iterator[Finding]:
    """R9 on the figures of one paragraph ``text`` at ``path`` (:func:`check_figures`), ``carried`` 上年结转's figure and
    ``area`` the whole area's figures (:func:`_area_figures`)."""
    shares = {}  # counts of part of a row (商业秘密, 个人隐私) by their figure's place: _beyond_row's
    results = {}  # counts of results read as the year's by their end: _results_shares_each's
    closed = {}  # counts closed of last year's carried over and of the year's new by their kind: _closed_in_all's
    # figures read as the disclosure part of a count of reviews or suits, or as an applicant kind's carried over
    # (:func:`_kinds_carried`): no phrase's of their own
    told = {of_kind.start("carried") for of_kind in _kinds_carried(report, text).values()}
    for pattern, cell, value in READ:
        for m in pattern.finditer(text):
            rough, cells = about(m["n"]), value(report)  # “300余件”, “1.2万件”, “一万件”: _about's
            stated = None if rough else numeral_value(m["n"])
            if value is NEW_RECEIVED and (ends := change_ends(text, m)):  # “由40件到55件”: the year's is the second
                rough, stated = None, ends[1]
            shared = _shared(report, text, m, set(cells[:2])) if cells and value in (NEW_RECEIVED, *OF_APPLICATIONS) \
                else None
            # other organs who give the count do not make the organ's own share of it another's
            own = OTHER_ORGANS.sub(lambda o: "　" * len(o.group()), text) if shared and shared["own"] \
                and not (shared["self"] and shared["verb"]) else text
            if stated is None and not rough or cells is None or m.start("n") in told \
                    or not_the_table(report, own, m, dated=True, published=value in TABLE_TWO) \
                    or organ_part(report, text, m) or _ROW.match(text, m.end()) \
                    or others(report, text, m.start()) and own is text \
                    or not shared and _after_share(report, text, m) or within_parts(text, m, value) \
                    or _HELPING.search(text, 0, m.start()) \
                    or m.groupdict().get("respondent") and not own_name(report, m["respondent"]):
                continue
            # a count given as about is compared as the cell's whole only, not as part of one or of either
            if rough and (value in (CARRIED_CLOSED, CARRIED_EITHER, HANDLED)
                          or value is RESULTS and (closed_after_both(text, m) or closed_of_carried(text, m)
                                                   or closed_some(text, m))
                          or value in (RESULTS, NEW_RECEIVED) and closed_of_new(text, m, value) is not None):
                continue
            both = closed_after_both(text, m) if value is RESULTS else None
            if both:
                yield from _closed_of_either(report, path, text, m, stated, *both)
                if "new" in both[1] and _may_be_new(report, RESULTS, stated):  # with “上年结转4件全部办结” after it
                    closed.setdefault("new", []).append((both[0], text[both[0]:m.end()], stated))
                continue
            if value is CARRIED_CLOSED or value is RESULTS and closed_of_carried(text, m):
                yield from _closed_beyond_carried(report, path, text, m, stated)
                closed.setdefault("carried", []).append((m.start(), m.group(), stated))
                continue
            every = _ALL_CLOSED_AFTER.match(text, m.end()) if value is CARRIED_OVER else None
            if every and stated in cells[:2]:  # “上年结转4件全部办结”: as many closed (a wrong 4 is told below)
                closed.setdefault("carried", []).append((m.start(), text[m.start():every.end()], stated))
            start = closed_of_new(text, m, value) if value in (RESULTS, NEW_RECEIVED) else None
            if start is not None:
                yield from _beyond(report, path, text, start, m, stated, *_NEW_CLOSED)
                closed.setdefault("new", []).append((start, text[start:m.end()], stated))
                continue
            said, reason = m.group(), reason_after(text, m) if value in KINDS else None
            before = one_kind(report, text, m, value) if value in GROUPS and not reason else None
            named = reason.group("reason") if reason else before[0] if before else None
            row = kind_row(report, value, named) if named is not None else None
            share = row is not None and part_of_row(named)  # at most the row's, of whichever applications
            if share and before and _said_of_others(report, text, m, before[1]):
                continue
            if value in OF_TABLE_THREE and of_proceedings(text, m) \
                    or pattern in RESULT_PHRASES and (of_other_things(report, path, text, m)
                                                      or of_count_before(text, m) and not _of_all_closed(report, text, m)) \
                    or other_matter(text, m, value) or value is NEW_RECEIVED and received_unnamed(report, text, m) \
                    or pattern in BARE and not on_topic(report, path, text[:m.start()], "主动公开") \
                    or not share and (pattern in FIGURE_FIRST_RESULTS and to_some(text, m)
                                      or value in OF_APPLICATIONS and of_part(report, text, m.end(),
                                                                              value is CARRIED_FORWARD)):
                continue
            # a group's kind by a reason that names its row is that row's after “其中” too, as when listed (:func:`rows_listed`)
            if not share and value in PARTED and part_of_count(report, text, m, value) and row is None:
                if value not in GROUPS and not rough:  # a group's kinds after “其中” are read by their reasons
                    yield from _part_beyond(report, path, text, m, stated, value)
                continue
            if value is CARRIED_EITHER:
                if not (of_part(report, text, m.end(), True) or part_of_count(report, text, m, CARRIED_FORWARD)):
                    which = carried_which(text, m)
                    yield from _either(report, path, text, m, stated, [CARRIED_OVER, CARRIED_FORWARD]
                                       if not which else [CARRIED_OVER if which == "over" else CARRIED_FORWARD])
                continue
            if value is HANDLED:
                if not of_part(report, text, m.end()):
                    yield from _either(report, path, text, m, stated, [TO_HANDLE, RESULTS, NEW_RECEIVED])
                continue
            some = closed_some(text, m) if value is RESULTS else ""
            if some:
                yield from _beyond(report, path, text, text.rfind(some, 0, m.start()), m, stated,
                                   (f"{some}办结（答复）的申请有", f"{some}办结的"), (_ALL_CLOSED,))
                continue
            # of the year's new only, or of all: “收到的申请中，…，结转下年度4件”, “收到申请55件，已办结50件”
            received = received_first(text, m) if carried and value in (RESULTS, CARRIED_FORWARD) else None
            # after the channels told alone, of the applications they name: the year's where they are all of them
            channels = _closed_of_channels(report, path, text, m) if value in (RESULTS, CARRIED_FORWARD) else None
            new = NEW_RECEIVED(report)[0]
            if channels is not None and channels not in (new, new + carried):
                continue
            if (received and exact(received["n"]) == new or channels == new and carried
                    or value is CARRIED_FORWARD and of_new(text, m)) and (rough or _may_be_new(report, value, stated)):
                continue
            if value is DENIED:
                shares.update((p.start("n"), (p.start(), p.group(), exact(p["n"]), THIRD_PARTY_ROW))
                              for p in parts_listed(text, m))
            kinds = kinds_after(text, m, value) if value in GROUPS and not (reason or before) else 0
            for item, row in rows_listed(report, text, m, value) if value in GROUPS and not (reason or before) else ():
                yield from _row_listed(report, path, text, item, row)
            if reason or before:
                if row is None:
                    continue
                said = text[m.start():reason.end()].rstrip() if reason else text[before[1]:m.end()]
                cells, cell = t3_key(row)(report), row_name(report, row)
                if share:
                    shares[m.start("n")] = (m.start() if reason else before[1], said, stated, row)
                    continue
            elif kinds and (rough or kinds > stated):
                continue
            if value in OF_APPLICATIONS and value is not CARRIED_FORWARD and not rough:
                new = NEW_RECEIVED(report)[0]
                yield from _shares(path, text, m, stated, (RESULTS(report)[0], new, new + carried),
                                   "表三“三、本年度办理结果（七）总计”")
                results[m.end()] = (m, stated)
            table, parts, cite = cells
            at, where, read = m.group(), m.start(), {table, parts, table - kinds, parts - kinds}
            if m.groupdict().get("figure_open"):  # “收到申请（56件）”: to the figure, its bracket not read as an aside
                at = at.rstrip(" ）)")
            if COUNT.search(text, m.start(), m.start("n")):  # “由上年的40件增加到55件”: points at the year's, the last
                at, where = text[m.start("n"):m.end()], m.start("n")
            including = _INCLUDING.get(value)
            if including and _told_after(including[0], text, m):
                more, cell = including[1](report), including[2]
                table, parts, cite = table + more[0], parts + more[1], None
                read = {table, parts}
            elif value is NEW_RECEIVED and (not said.startswith("新收") or _told_after(_WITH_ACROSS, text, m)) \
                    and not _told_after(WITHOUT_CARRIED, text, m):
                read |= {table + carried, parts + carried}  # “共受理申请52件”: may take in 上年结转
            listed = m.end("listed") if m.groupdict().get("listed") else None
            if value in PROCEEDINGS and _list_with_part(text, m):
                continue
            if listed:  # the second of a list of reviews and suits: points at it
                at, where = text[listed:m.end()], listed
            # after such a list, “其中涉及政府信息公开的2起” and outcomes may be of either
            part = _DISCLOSURE_PART.search(text[m.end():]) if value in (RECONSIDERATION, LITIGATION) and not listed \
                else _OF_POOL.search(text[m.end():]) if value is RESULTS else None
            if not part and re.match("发生|出现", said) and "公开" not in said:
                continue  # “发生行政复议案件12起”: all the organ's, of any cause
            if shared:  # the count takes in other organs': the organ's own share, where told, is the tables'
                if stated in read or not shared["own"] or shared["self"] and shared["verb"]:
                    continue
                part = shared
            if part:
                told.add(m.end() + part.start("n"))
                stated, rough, said = exact(part.group("n")), None, text[m.start():m.end() + part.end()]
                if re.search(r"[（(][^（()）]*$", said):  # the bracket closed: “收到申请200件（其中本局本级48件）”
                    said += _TO_CLOSING.match(text, m.end() + part.end()).group()
                # points at N, not at the count of all nor at a part on another matter before it
                other = part.end("other") - part.start() if part.groupdict().get("other") else 0
                at = re.sub(f"^(?:{CHANGE})", "", part.group()[other:]).lstrip(" （(，,")
                where = m.end() + part.end() - len(at)
            # a wrong 总计 is R2's (R3, R5); a part in no numerals read (“百件”) is compared with nothing
            if stated is not None and stated not in read and table not in area.get(value, ()):
                wrong = f"正文写的是{quoted(said)}，而{cell}为 {table}：请改正其中一处"
                yield Finding(WARNING, wrong + (CITE_ADVICE.format(cite) if cite else ""), path, at,
                              published=wrong if cite else None, skip=text.count(at, 0, where))
            if rough and table not in area.get(value, ()):
                yield from _about(path, text, m, at, where, rough, read, (said, cell, table, cite))
            if value in PROCEEDINGS:
                # “…15件，其中涉及政府信息公开的4件，均维持…”: all of the 15 or of the 4?
                yield from _outcomes(report, path, text, m.end() + (part.end() if part else 0), value,
                                     None if part else stated, bool(listed))
            if value is LITIGATION and not listed and not part:
                yield from _suit_kinds(report, path, text, m, stated)
            if value is NEW_RECEIVED and stated is not None and not shared:  # a share's applicants are the count's
                yield from _applicants(report, path, text, m, stated)
            if value is NEW_RECEIVED:
                yield from _with_carried_sum(report, path, text, m)
    yield from _rates(report, path, text)
    yield from _none_said(report, path, text)
    yield from _fee_amount(report, path, text)
    yield from _applicants_alone(report, path, text)
    yield from _channels_sum(report, path, text)
    yield from _channels_beyond(path, text)
    yield from _respectively(report, path, text)
    yield from _beyond_row(report, path, text, shares.values())
    yield from _outcomes_beyond(report, path, text)
    yield from _rest_of_results(report, path, text)
    yield from _named_shares(report, path, text)
    yield from _results_shares_each(report, path, text, results)
    yield from _combined_results(report, path, text)
    yield from _closed_in_all(report, path, text, closed)


#: A count of applications said to be all closed, ending the clause before results: “三件申请均在法定期限内办结：”.
_ALL_OF_THEM_CLOSED = re.compile(rf"(?P<n>{NUMBER})\s*件(?:(?:政府)?(?:信息)?公开)?申请(?:均|全部|都)[^，,：:]{{0,12}}?(?:办结|答复)"
                                 r"(?:完毕)?\s*[：:，,]\s*")
#: Results listed one after another: “予以公开22件，部分公开6件，”.
_RESULTS_BETWEEN = re.compile(rf"(?:(?:{RESULT_WORDS})\s*{NUMBER}\s*件\s*[，,、]\s*)*")


def _of_all_closed(report, text: str, m: re.Match) -> bool:
    """Whether the result ``m`` of ``text`` follows a count of applications said to be all closed (:data:`_ALL_OF_THEM_CLOSED`)
    as many as （七）总计: the year's results, not those of some applications."""
    sentence = re.split(r"[。；;！？!?]", text[:m.start()])[-1]
    closed = [*_ALL_OF_THEM_CLOSED.finditer(sentence)]
    return bool(closed) and exact(closed[-1]["n"]) == RESULTS(report)[0] \
        and bool(_RESULTS_BETWEEN.fullmatch(text, m.start() - len(sentence) + closed[-1].end(), m.start()))


def _list_with_part(text: str, m: re.Match) -> bool:
    """Whether the count of reviews or suits ``m`` of ``text`` is one of a list of both that the part about disclosure
    follows (“被申请行政复议8件、行政诉讼5件，其中涉及政府信息公开的4件”): both counts are all the organ's, the part may be
    either's (:data:`_DISCLOSURE_PART`)."""
    ends = [m.end()] if m.groupdict().get("listed") else \
        [listed.end() for p, _cell, _v in READ if "listed" in p.groupindex and (listed := p.match(text, m.start()))]
    return any(_DISCLOSURE_PART.match(text[end:]) for end in ends)


#: A count of some applications after “对”, what became of them told after it: “对已办结的20件中，予以公开15件，…”, “对其中
#: 10件申请，…”, “对涉及征收的10件申请，…” (:func:`.parts.to_some`: those, not the year's), “对其中的50件作出答复，…” (group
#: ``closed``: those answered, all the year's closed where as many as （七）总计), their results listed after “其中” or not.
_TO_SOME = re.compile(rf"对\s*(?:其中)?(?:[^，,。；;！？!?\d件]{{0,20}}?的)?\s*(?P<n>{NUMBER})\s*件(?:(?:政府)?(?:信息)?公开)?(?:申请)?"
                      r"(?:中|当中|里|(?P<closed>(?:依法|均|已|全部)*(?:作出|做出|予以|进行)?了?(?:答复|办结|处理完毕)))?\s*[，,：:]"
                      r"(?:\s*其中\s*[，,：:]?)?")
#: Where the results of such a count end: its sentence's end, a “其中” parting one of them, the rest (另有, 其余, 此外).
_TO_SOME_END = re.compile(r"[。；;！？!?]|其中|另有|其余|此外")


def _outcomes_beyond(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on the results (:data:`.phrases.OUTCOME_PHRASES`) told after a count of some applications after “对”
    (:data:`_TO_SOME`), up to :data:`_TO_SOME_END`: together they are at most that count; not of another time or other
    organs, each at most its cell, and where the count is said answered (closed) and is （七）总计, they are the year's
    results, each its cell's figure."""
    closed = RESULTS(report)[0]
    for some in _TO_SOME.finditer(text):
        end = _TO_SOME_END.search(text, some.end())
        stop = end.start() if end else len(text)
        results = {r.start("n"): (r, value)
                   for p, value in _OUTCOME_VALUES.items() for r in p.finditer(text, some.end(), stop)}
        total, count = sum(exact(r["n"]) or 0 for r, _v in results.values()), exact(some["n"])
        if count is not None and total > count:
            said = text[some.start():max(r.end() for r, _v in results.values())]
            yield Finding(WARNING, f"正文写的是{quoted(said)}，其后各项结果共 {total} 件，多于“对”后面的 {count} 件：这几件申请的"
                                   "结果加起来不会多于它们本身，请改正其中一处", path, said, skip=text.count(said, 0, some.start()))
            continue
        if not_the_table(report, text, some, dated=True) or others(report, text, some.start()):
            continue
        whole = count == closed and some["closed"]
        for r, value in sorted(results.values(), key=lambda rv: rv[0].start()):
            stated, (table, parts, _cite) = exact(r["n"]), value(report)
            if stated is None or stated in (table, parts) or not whole and stated < max(table, parts):
                continue
            said, at = text[some.start():r.end()], r.group()
            why = (f"“对”后面的 {count} 件即全年办结的申请（表三“三、本年度办理结果（七）总计”为 {closed}），其结果应与表中相同"
                   if whole else f"这 {count} 件申请中的一部分不会多于全年的")
            yield Finding(WARNING, f"正文写的是{quoted(said)}，而{_CELL_NAMES[value]}为 {table}：{why}，请改正其中一处", path, at,
                          skip=text.count(at, 0, r.start()))


#: The rest after a count closed and some of its results: “办结54件，予以公开22件，部分公开6件，其余26件为不予公开等”, also
#: opening the next sentence (“…部分公开6件。其余26件…”), its group named alone or not (group ``name``: “其余8件不予公开”,
#: “其余8件依法不予公开”). “另有”, “另外” (group ``another``) is the rest only where its clause says several groups
#: (:data:`_SEVERAL`: “另有26件因不予公开、无法提供等原因未能公开”); else it adds one item, read as such. A reason before
#: the group (group ``reason``: “其余8件因各种原因不予公开”) names it as a whole only where it takes in all its kinds.
_REST = re.compile(rf"[，,、；;。！？!?]\s*(?:其余|剩余|余下|(?P<another>另有|另外))的?(?:申请)?\s*(?P<n>{NUMBER})\s*件(?:申请)?"
                   r"(?:(?:均|都|全部)?(?:(?:因为?|由于)(?P<reason>(?:(?!不予|无法|未)[^，,。；;！？!?\d（()）件]){2,30}?))?"
                   r"(?:依法)?(?:为|系|属于?|作出?|予以)?"
                   r"“?(?P<name>不予(?:以)?公开|无法提供|不予处理|其他处理)”?(?!”?[、和及与或等“]))?")
#: A clause that says several groups of results not given: “等”, “各种原因” or two such groups, and one of them; none
#: carried forward (“另有5件因需征求第三方意见等原因结转下年度”), in hand or of other things (“另有3件投诉类等诉求…”).
_SEVERAL = re.compile(rf"(?=[^，,。；;！？!?]*?(?:等|各种|多种|(?:{NOT_GIVEN})[^，,。；;！？!?]*?(?:{NOT_GIVEN})))"
                      rf"(?=[^，,。；;！？!?]*?(?:{NOT_GIVEN}))(?![^，,。；;！？!?]*?结转)")


#: Before a result, “对” and what its applications were about: “对涉及征收的10件申请予以公开” (the rest is of those, or unclear).
_TO_NAMED = re.compile(r"对[^，,。；;！？!?\d件]+的\s*$")
#: A group of 表三's named as what became of the applications: “不予公开”, not “未予公开” (any result but 予以公开).
_GROUP_NAMED = re.compile(r"不予(?:以)?公开|无法提供|不予处理|其他处理")


def _one_group(text: str, at: int) -> bool:
    """Whether the clause of ``text`` from ``at`` names one group of results and no other result not given: “另有5件因涉及
    国家秘密等原因不予公开” (its 等 takes in reasons, not groups)."""
    given = re.findall(NOT_GIVEN, re.match(r"[^，,。；;！？!?]*", text[at:]).group())
    return len(given) == 1 and bool(_GROUP_NAMED.fullmatch(given[0]))


#: 表三's results told together, their figure their sum: “不予公开和无法提供共19件”, “不予处理、其他处理合计7件”.
_RESULT_NAMES = tuple((words, value) for words, value in RESPECTIVE_NAMES if value in (GRANTED, PARTLY_GRANTED, *GROUPS))
_RESULT_NAME = "|".join(f"(?:{words})" for words, _value in _RESULT_NAMES)
_COMBINED = re.compile(rf"(?<![或和及与、])(?P<names>(?:{_RESULT_NAME})(?:\s*[、和及与]\s*(?:{_RESULT_NAME}))+)的?(?:申请)?"
                       rf"(?:共计?|合计|总计)(?:有|为|达到?)?\s*(?P<n>{NUMBER})\s*件")


def _combined_values(m: re.Match) -> list[Callable]:
    """The results told together in ``m`` (:data:`_COMBINED`), each by its cell."""
    return [next(v for words, v in _RESULT_NAMES if re.fullmatch(words, name))
            for name in re.split(r"\s*[、和及与]\s*", m["names"])]


def _among_counts(text: str, m: re.Match) -> bool:
    """Whether the clauses before ``m`` in its sentence each tell a count or when, and its own only “其中” or the year
    (“全年办结申请54件，予以公开22件，…”): not a clause that makes them some (“申请内容涉及征收补偿的，…”)."""
    *before, clause = re.split(r"[，,：:]", re.split(r"[。；;！？!?]", text[:m.start()])[-1])
    return bool(re.fullmatch(r"\s*(?:其中|此外|另有|另外|全年|本年度?|今年|年内)*\s*", clause)) \
        and all("件" in b or WHEN.fullmatch(b.strip()) for b in before)


def _combined_results(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on results told together (:data:`_COMBINED`): their figure is the sum of their cells; only among counts
    (:func:`_among_counts`), not of another time, other organs, some applications or a count before them
    (:func:`of_part`, :func:`of_count_before`)."""
    for m in _COMBINED.finditer(text):
        values, stated = _combined_values(m), exact(m["n"])
        if stated is None or len(set(values)) < len(values) or not _among_counts(text, m) \
                or not_the_table(report, text, m, dated=True) \
                or others(report, text, m.start()) or of_part(report, text, m.end()) or of_count_before(text, m) \
                or to_some(text, m):
            continue
        table, parts = (sum(value(report)[i] for value in values) for i in (0, 1))
        if stated not in (table, parts):
            names = "与".join(_CELL_NAMES[value].removeprefix("表三").removesuffix("的总计").removesuffix("各项之和")
                             for value in values)
            yield Finding(WARNING, f"正文写的是{quoted(m.group())}，而表三{names}之和为 {table}：请改正其中一处", path, m.group(),
                          skip=text.count(m.group(), 0, m.start()))


#: A share in brackets after a result (:data:`.sentences.SHARE_ASIDE`).
_SHARE_ASIDE = re.compile(SHARE_ASIDE)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence (or the part after a semicolon) of ``text`` that ``at`` is in starts."""
    return max(text.rfind(stop, 0, at) for stop in "。；;！？!?") + 1


def _goes_on(text: str, at: int) -> bool:
    """Whether the part of a sentence from ``at``, after a semicolon, goes on with a result or the rest (“；部分公开6件，…”,
    “；其余26件…”), not with words of its own (“；网上申请中，其余5件不予公开”)."""
    at += len(text[at:]) - len(text[at:].lstrip())
    return bool(re.match("其余|剩余|余下|另有|另外", text[at:])) or any(p.match(text, at) for p in _OUTCOME_VALUES)


def _rest_of_results(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on the rest after a count closed and some of its results in its sentence or opening the next (:data:`_REST`):
    （七）总计 less the listed results' cells, or the named group's cell; only where the count closed is the table's, of
    the organ and the year, and nothing but results is told between it and the rest (no aside: “予以公开22件（含部分公开
    6件）”). A named group is the year's too after results each its cell's, with no count closed or one not the table's
    (“本年度予以公开22件，部分公开6件，其余7件不予公开”, “办结申请50件，…”: the 50 is told apart). Results parted by
    semicolons are one sentence's; results told together (:data:`_COMBINED`) are listed ones; with no count closed, the
    year's new and carried over each the table's (:func:`_received_told`) stand for those closed of them
    (:func:`_closed_base`); results of applications on a matter (“对涉及征收的10件申请予以公开”) have no rest read; a group
    listed with a reason is the row it names (:func:`_listed_cells`); results told by their share (:data:`_NAMED_SHARE`)
    are listed ones too."""
    closed = RESULTS(report)
    for rest in _REST.finditer(text):
        start = _sentence_start(text, rest.start())
        if any(begin <= rest.start("n") < end for begin, end, _n in parts_of_results(text, start, rest.start())):
            continue  # “无法提供11件，其中本机关不掌握9件，其余2件…”: the rest of its parts
        while start and text[start - 1] in "；;" and _goes_on(text, start):  # “…22件，占40.7%；部分公开6件，…”
            start = _sentence_start(text, start - 1)
        if re.match(r"\s*其中", text[start:]):  # “办结申请54件。其中，予以公开22件，…”: with the sentence before
            start = _sentence_start(text, start - 1)
        counts = [m for p, _cell, value in READ if value is RESULTS for m in p.finditer(text, start, rest.start())]
        count = max(counts, key=re.Match.end, default=None)
        named = next((value for words, value in RESPECTIVE_NAMES if rest["name"] and re.fullmatch(words, rest["name"])), None)
        if rest["another"] and (named or not _SEVERAL.match(text, rest.end()) or _one_group(text, rest.end())) \
                or rest["reason"] and not whole_group(rest["reason"]):
            continue  # “另有8件不予公开”, “另有8件因信息不存在未能提供”: one item more; “其余8件因信息不存在无法提供”: a kind
        received = None if count else _received_told(report, text, start, rest.start())
        first, after = (count.start(), count.end()) if count else received or (start, start)
        plain = _kinds_blanked(text, after, rest.start())  # “无法提供11件（其中本机关不掌握9件）”: the 11 listed
        if re.search(r"[（(]|含|包括", _SHARE_ASIDE.sub("", plain[after:rest.start()])) \
                or count and (not_the_table(report, text, count, dated=True) or others(report, text, count.start())):
            continue
        results = {r.start("n"): (r, [value]) for p, value in _OUTCOME_VALUES.items()
                   for r in p.finditer(plain, after, rest.start())}
        results |= {c.start("n"): (c, _combined_values(c)) for c in _COMBINED.finditer(plain, after, rest.start())}
        listed = [value for _r, values in results.values() for value in values]
        if not results or set(results) != {c.start("n") for c in COUNT.finditer(plain, after, rest.start())} \
                or len(set(listed)) < len(listed) or named in listed or any(v(report) is None for v in listed) \
                or any(to_some(text, r) or _TO_NAMED.search(text, 0, r.start()) for r, _v in results.values()):
            continue
        cells = [_listed_cells(report, text, r, values) for r, values in results.values()]
        # results told by their share are listed too: “…，无法提供的约占两成，其余7件…”
        shared = [_named_value(s["name"]) for s in _NAMED_SHARE.finditer(plain, after, rest.start())]
        listed += shared
        if None in cells or len(set(listed)) < len(listed) or named in shared:
            continue
        cells += [value(report)[:2] for value in shared]
        if not (received or count and exact(count["n"]) in closed[:2]):
            # the year's results only where each listed is its cell's, of the organ and the year
            opening = min((r for r, _v in results.values()), key=re.Match.start)
            if not named or any(exact(r["n"]) not in cell[:2] for (r, _v), cell in zip(results.values(), cells)) \
                    or not_the_table(report, text, opening, dated=True) or others(report, text, opening.start()) \
                    or of_part(report, text, opening.end()) or of_count_before(text, opening) or to_some(text, opening):
                continue
        stated, said, at = exact(rest["n"]), text[first:rest.end()], rest.group().lstrip("，,、；; ")
        if named:
            table, parts, _cite = named(report)
            wrong = f"正文写的是{quoted(said)}，而{_CELL_NAMES[named]}为 {table}：请改正其中一处"
        else:
            whole, base = _closed_base(report) if received else (closed, f"表三“三、本年度办理结果（七）总计”为 {closed[0]}")
            table, parts = (total - sum(cell[i] for cell in cells) for i, total in enumerate(whole[:2]))
            wrong = (f"正文写的是{quoted(said)}，而{base}，减去前面列出的各项结果在表中的 "
                     f"{'、'.join(str(cell[0]) for cell in cells)} 件，余下 {table} 件：请改正其中一处")
            # the rest of the figures as written: a listed one not its cell's is told of itself, not again here
            parts = whole[0] - sum(exact(r["n"]) or 0 for r, _v in results.values()) \
                - sum(value(report)[0] for value in shared) if table == parts else parts
        if stated is not None and stated not in (table, parts):
            yield Finding(WARNING, wrong, path, at, skip=text.count(at, 0, rest.start()))
        if not named:
            yield from _results_of_rest(report, path, text, rest, listed)


#: A bracket right after a group's count in a list of results, on its kinds: “（其中本机关不掌握9件）”, “（均因本机关不掌握）”.
_BRACKET = re.compile(r"\s*[（(](?P<inside>[^（()）]*)[）)]")


def _kinds_blanked(text: str, start: int, end: int) -> str:
    """``text`` with the brackets from ``start`` to ``end`` that only tell of the kinds of the group counted right before
    them blanked out: its reason (:func:`reason_after`: “无法提供9件（均因本机关不掌握）”) or, after “其中”, its kinds'
    counts, at most as many as it and naming no other result (“无法提供11件（其中本机关不掌握9件）”); not one that
    takes in another count (“含”, “包括”). So are its parts after “其中” (:func:`parts_span`) that name no result: “无法提供
    11件，其中本机关不掌握9件，…”."""
    blanked = text
    for p, value in _OUTCOME_VALUES.items():
        if value not in GROUPS:
            continue
        for r in p.finditer(text, start, end):
            aside = _BRACKET.match(text, r.end(), end)
            inside = aside["inside"] if aside else "含"
            reason = reason_after(text, r)
            kinds = re.match(r"\s*其中", inside) and sum(exact(c["n"]) or 0 for c in COUNT.finditer(inside)) <= (
                exact(r["n"]) or 0) and not any(v is not value for q, v in _OUTCOME_VALUES.items() if q.search(inside))
            if not re.search("含|包括", inside) and (reason and reason.end() == aside.end() or kinds):
                blanked = blanked[:aside.start()] + "　" * len(aside.group()) + blanked[aside.end():]
            run = parts_span(text, r)  # “无法提供11件，其中本机关不掌握9件，其余2件…”
            if run and run[2] and run[1] <= end and not any(q.search(text, *run[:2]) for q in _OUTCOME_VALUES):
                blanked = blanked[:run[0]] + "　" * (run[1] - run[0]) + blanked[run[1]:]
    return blanked


def _listed_cells(report, text: str, r: re.Match, values: list[Callable]) -> tuple[int, int] | None:
    """The table's figure, as shown and as its parts add up, of the result ``r`` of ``text`` listed before the rest,
    told as ``values`` (:func:`_rest_of_results`): a group given a reason is the row the reason names (“因信息不存在无法
    提供9件” is part of 无法提供, 本机关不掌握's), None where that is no row or part of one (the rest is then not told)."""
    group = values[0] if len(values) == 1 and values[0] in GROUPS else None  # not results told together
    named, row = _reason_row(report, text, r, group) if group else (None, None)
    if named is None:
        return tuple(sum(value(report)[i] for value in values) for i in (0, 1))
    return None if row is None else t3_key(row)(report)[:2]


def _reason_row(report, text: str, r: re.Match, group: Callable, own: str = "") -> tuple[str | None, tuple | None]:
    """The reason given the count ``r`` of the group ``group`` in ``text``, right after it or before it
    (:func:`reason_after`, :func:`one_kind`; not the clause ``own``: the rest's “其余26件中”), and the one row it names
    (:func:`kind_row`; None where it names none, several or part of one: :func:`part_of_row`); (None, None) where no
    reason makes the count one kind's."""
    reason = reason_after(text, r)
    before = one_kind(report, text, r, group) if not reason else None
    named = reason.group("reason") if reason else before[0] if before and before[0] != own else None
    if named is None:
        return None, None
    row = kind_row(report, group, named)
    return named, None if row is None or part_of_row(named) else row


def _received_told(report, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the counts of the year's new and last year's carried over applications, each the table's, are told in
    ``text`` from ``start`` to ``end`` (from the first's start to the last's end), with no count closed: the results
    told after them are of those closed of the two (“本年度共受理申请55件，上年度结转4件，…其中予以公开22件”); else None."""
    found = [(m, value) for p, _cell, value in READ if value in (NEW_RECEIVED, CARRIED_OVER)
             for m in p.finditer(text, start, end) if exact(m["n"]) in value(report)[:2]
             and not not_the_table(report, text, m, dated=True) and not others(report, text, m.start())]
    if {value for _m, value in found} != {NEW_RECEIVED, CARRIED_OVER}:
        return None
    return min(m.start() for m, _v in found), max(m.end() for m, _v in found)


def _closed_base(report) -> tuple[tuple[int, int], str]:
    """Those closed of the year's new and carried over as the table gives them, 本年新收 + 上年结转 − 结转下年度 (as shown
    and as the parts add up), and the words that say so."""
    new, carried, forward = (value(report) for value in (NEW_RECEIVED, CARRIED_OVER, CARRIED_FORWARD))
    total = tuple(new[i] + carried[i] - forward[i] for i in (0, 1))
    return total, (f"表三“一、本年新收”与“二、上年结转”的总计之和为 {new[0] + carried[0]}，减去“四、结转下年度继续办理”的 "
                   f"{forward[0]} 件，办结 {total[0]} 件")


def _results_of_rest(report, path: tuple, text: str, rest: re.Match, listed: list[Callable]) -> Iterator[Finding]:
    """R9 on the results told of the rest ``rest`` (:func:`_rest_of_results`) after the ``listed`` ones: “其余26件中，
    不予公开8件，无法提供11件…” are the year's groups, each its cell's; not those read already (:func:`of_count_before`
    tells those of some). One given a reason is the one row it names (“其余26件中，因信息不存在无法提供9件”:
    :func:`_reason_row`), compared with nothing where it names none, several or part of one (“因涉及商业秘密…”)."""
    of_rest = re.match(r"(?:中|当中|里)", text[rest.end():])
    if not of_rest:
        return
    end = FULL_STOP.search(text, rest.end())
    own = text[rest.start():rest.end() + of_rest.end()].lstrip("，,、；;。！？!? ")  # “其余26件中”: no reason
    for p, value in _OUTCOME_VALUES.items():
        for r in p.finditer(text, rest.end(), end.start() if end else len(text)):
            named, row = _reason_row(report, text, r, value, own) if value in GROUPS else (None, None)
            stated, (table, parts, _cite) = exact(r["n"]), t3_key(row)(report) if row else value(report)
            if value in listed or stated is None or not of_count_before(text, r):
                continue
            if value in GROUPS and named is None:  # its kinds after it: “不予公开8件（涉及第三方合法权益3件）”
                for item, kind in rows_listed(report, text, r, value):
                    yield from _row_listed(report, path, text, item, kind)
            if stated in (table, parts) or named is not None and row is None:
                continue
            said = text[rest.start():r.end()].lstrip("，,、；;。！？!? ")
            cell = row_name(report, row) if row else _CELL_NAMES[value]
            yield Finding(WARNING, f"正文写的是{quoted(said)}，而{cell}为 {table}：请改正其中一处", path, r.group(),
                          skip=text.count(r.group(), 0, r.start()))


def _with_carried_sum(report, path: tuple, text: str, m: re.Match) -> Iterator[Finding]:
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


def _about(path: tuple, text: str, m: re.Match, at: str, where: int, rough: tuple[int, int | None], read: set[int],
           told: tuple[str, str, int, str | None]) -> Iterator[Finding]:
    """R9 on a count given as about (“300余件”, “约60件”, “1.2万件”: :func:`about`) that the cell's figures ``read`` all
    belie: none within ``rough``, the counts it allows; ``told`` is (its words, the cell in words, its figure, its
    citation). It is no exact figure: no exact one is asked for."""
    low, high = rough
    if any(low <= n and (high is None or n <= high) for n in read):
        return
    said, cell, table, cite = told
    allows = f"在 {low} 至 {high} 件之间" if high is not None else f"不少于 {low} 件"
    wrong = f"正文写的是{quoted(said)}，而{cell}为 {table}，与“{m['n'].strip()}件”相差太远（这样写的数，表中的数应{allows}）：请改正其中一处"
    yield Finding(WARNING, wrong + (CITE_ADVICE.format(cite) if cite else ""), path, at,
                  published=wrong if cite else None, skip=text.count(at, 0, where))


def _place(text: str, finding: Finding) -> int:
    """Where in ``text`` the piece ``finding`` points at stands (its ``skip``-th occurrence)."""
    place = -1
    for _ in range(finding.skip + 1):
        place = text.find(finding.at, place + 1)
    return place


def _part_beyond(report, path: tuple, text: str, m: re.Match, stated: int, value: Callable) -> Iterator[Finding]:
    """R9 on a count ``m`` of ``text`` after “其中” that parts a count of its cell ``value`` before it
    (:func:`part_of_count`, :func:`whole_of_part`: “办结申请54件，其中按期办结46件”): more than that count is wrong."""
    whole = whole_of_part(report, text, m, value)
    total = exact(whole["n"]) if whole else None
    if total is not None and stated > total:
        said, at = text[whole.start():m.end()], m.group()
        yield Finding(WARNING, f"正文写的是{quoted(said)}，其中的 {stated} 件多于前面的 {total} 件：一部分不会多于全部，请改正其中一处",
                      path, at, skip=text.count(at, 0, m.start()))


def _closed_of_either(report, path: tuple, text: str, m: re.Match, stated: int, start: int,
                      readings: set[str]) -> Iterator[Finding]:
    """R9 on a count closed after counts of the new and the carried over (:func:`closed_after_both`, its words from
    ``start``): right where one of its ``readings`` holds, all closed (（七）总计), the new only (:func:`_may_be_new`)
    or the carried over (at most 上年结转)."""
    table, parts, _cite = RESULTS(report)
    carried, new = CARRIED_OVER(report)[0], NEW_RECEIVED(report)[0]
    holds = {"all": stated in (table, parts), "new": _may_be_new(report, RESULTS, stated),
             "carried": stated <= max(CARRIED_OVER(report)[:2])}
    if any(holds[r] for r in readings):
        return
    low, high = table - carried, min(table, new)
    said, at = text[start:m.end()], m.group()
    readings_said = [f"若说的是本年度新收申请中办结的，应在 {low} 至 {high} 件之间" if low < high
                     else f"若说的是本年度新收申请中办结的，应为 {high} 件"]
    if "carried" in readings:
        readings_said.append(f"若说的是上年结转申请中办结的，不会多于 {carried} 件")
    yield Finding(WARNING, f"正文写的是{quoted(said)}，而表三“三、本年度办理结果（七）总计”为 {table}，“一、本年新收政府信息公开申请"
                           f"数量”的总计为 {new}、“二、上年结转政府信息公开申请数量”的总计为 {carried}；"
                           f"{'，'.join(readings_said)}：请改正其中一处", path, at, skip=text.count(at, 0, m.start()))


def _either(report, path: tuple, text: str, m: re.Match, stated: int, values: list[Callable]) -> Iterator[Finding]:
    """R9 on a count that may be any of ``values``' cells, as organs count it: a bare “结转N件” (:data:`CARRIED_EITHER`,
    the cell its sentence says: :func:`carried_which`, or either), applications handled (:data:`HANDLED`)."""
    if any(stated in value(report)[:2] for value in values):
        return
    at = m.group()
    found = "，".join(f"{_CELL_NAMES[value]}为 {value(report)[0]}" for value in values)
    yield Finding(WARNING, f"正文写的是{quoted(at.strip())}，而{found}：请改正其中一处", path, at, skip=text.count(at, 0, m.start()))


#: The cells a count may be of in words (:func:`_either`, :func:`_respectively`).
_CELL_NAMES = {value: cell for _pattern, cell, value in READ} | {
    TO_HANDLE: "表三“一、本年新收”与“二、上年结转”的总计之和", RESULTS: "表三“三、本年度办理结果（七）总计”"}
#: What became of applications closed (:data:`.phrases.OUTCOME_PHRASES`), each with its cell's values.
_OUTCOME_VALUES = {pattern: value for pattern, _cell, value in READ if pattern in OUTCOME_PHRASES}


def _respectively(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on counts listed after their names with 分别 or 各 (:data:`RESPECTIVE`): each with its name's cell, where there
    are as many of both; not of another time, other organs or other matters (:func:`not_the_table`, :func:`others`,
    :func:`.matters.other_matter`). Reviews and suits named bare (“行政复议、行政诉讼各1件”, not “被申请…”) may be all the
    organ's: read only in part 四, on 依申请公开 or after 信息公开 in the sentence."""
    for m in RESPECTIVE.finditer(text):
        names = re.split(r"\s*[、和及与]\s*", m["names"])
        told = re.findall(NUMBER, m["figures"]) if m["figures"] else re.findall(NUMBER, m["each"]) * len(names)
        figures = [exact(f) for f in told]
        clause = re.split(r"[，,。；;：:！？!?]", text[:m.start()])[-1]
        values = [next(v for words, v in RESPECTIVE_NAMES if re.fullmatch(words, name)) for name in names]
        if len(names) != len(figures) or not_the_table(report, text, m, dated=True) or others(report, text, m.start()) \
                or OTHER_MATTERS.search(clause) and not set(values) <= set(DISCLOSURE_NAMES) or organ_part(report, text, m) \
                or not _proceedings_on_disclosure(report, path, text, m, names, values):
            continue
        for name, value, stated in zip(names, values, figures):
            cells = value(report) if value else None
            if cells is None or stated is None or stated in cells[:2]:
                continue
            said = m.group()
            yield Finding(WARNING, f"正文写的是{quoted(said)}，即{name} {stated} 件，而{_CELL_NAMES[value]}为 {cells[0]}：请改正其中一处",
                          path, said, skip=text.count(said, 0, m.start()))
        for value, stated in zip(values, figures):
            if value in PROCEEDINGS:  # after both counts: “…分别为3件和2件，其中复议维持2件，诉讼维持1件”
                yield from _outcomes(report, path, text, m.end(), value, stated, listed=True)



def _proceedings_on_disclosure(report, path: tuple, text: str, m: re.Match, names: list[str], values: list) -> bool:
    """Whether the reviews and suits among the ``names`` of ``m`` (:func:`_respectively`) are on disclosure, as far as
    can be told: none of another cause (:func:`.matters.other_matter`), and named as the organ's as a party (“被申请”,
    “被提起”) or told in part 四, on 依申请公开 or after 信息公开 in their sentence; not bare after 受理, 审理 or 作为
    in it (“作为复议机关受理行政复议…”: the organ as the review organ)."""
    told = [(name, value) for name, value in zip(names, values) if value in PROCEEDINGS]
    if not told:
        return True
    if other_matter(text, m, told[0][1]):
        return False
    sentence = re.split(r"[。；;！？!?]", text[:m.start()])[-1]
    if all(name.startswith("被") for name, _value in told):
        return True
    return not re.search("受理|审理|作为", sentence) and (
        path[1] == "review_litigation" or "信息公开" in sentence or on_topic(report, path, text[:m.start()], "依申请公开"))


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


def _rates(report, path: tuple, text: str) -> Iterator[Finding]:
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
        if not ways[0] or any(stated in _rounded(Decimal(numerator) * 100 / way, places) for way in ways if way):
            continue
        rate = (Decimal(numerator) * 100 / ways[0]).quantize(Decimal(1).scaleb(-max(places, 1)), ROUND_HALF_UP)
        said = m.group()
        yield Finding(WARNING, f"正文写的是{quoted(said)}，而按表三算，{m['on_time'] or ''}{m['what']}率为 {rate}%（{how}）：请改正其中一处",
                      path, said, skip=text.count(said, 0, m.start()))


def _rate_of_none(path: tuple, text: str, m: re.Match, ways: tuple[int, ...]) -> Iterator[Finding]:
    """R9 on a rate closed on time (:data:`_RATE`) with no count of those to reckon it from, in a sentence on
    applications for information only (:func:`_rates`): wrong where no count of them, of any of ``ways`` (those
    closed, received, to handle: （七）总计 first), gives it as :func:`_rates` reads it (“按期答复率97.5%” of 54 closed: 52
    make 96.3%, 53 make 98.1%)."""
    stated, closed = Decimal(m["rate"]), ways[0]
    places = -stated.as_tuple().exponent
    near = {way: [k for k in range(int(stated * way / 100) - 1, int(stated * way / 100) + 3) if 0 <= k <= way]
            for way in ways if way}
    if not closed or any(stated in _rounded(Decimal(k) * 100 / way, places) for way, ks in near.items() for k in ks):
        return
    unit, below = Decimal(1).scaleb(-max(places, 1)), min(int(stated * closed / 100), closed)
    nearest = "，".join(f"{k} 件为 {(Decimal(k) * 100 / closed).quantize(unit, ROUND_HALF_UP)}%"
                        for k in (below, below + 1) if k <= closed)
    said, what = m.group(), m["on_time"] + m["what"]
    yield Finding(WARNING, f"正文写的是{quoted(said)}，而表三“三、本年度办理结果（七）总计”为 {closed}：{what}的申请无论多少件，{what}率"
                           f"都不会是 {stated}%（{nearest}）：请改正其中一处", path, said, skip=text.count(said, 0, m.start()))


#: The words of a share's proportion: “比例”, “所占比例”, “比重”, “所占比重”.
_PROPORTION = r"(?:所占)?(?:比例|比重)"
#: The words of a share: “占”, “占比”, :data:`_PROPORTION`.
_SHARE_WORD = rf"(?:{_PROPORTION}|占比?)"
#: Words after a share's word that tell its change, not the share: “占比同比提高…”, “比例较上年上升…”.
_SHARE_CHANGE = "同比|环比|比上年|较上年|提高|增加|增长|下降|减少|上升|降低"
#: A share right after a count, in brackets or after a comma: “予以公开22件（占40.7%）”, “部分公开6件（占比11.1%）”,
#: “自然人申请43件，占78.2%”, “，比例为78.2%”, “，所占比例为40.7%”, “占办结总数的40.7%” (its base, group ``base``:
#: :data:`_OTHER_BASE`); not a change of it (“占比同比提高2个百分点”, “占比较上年上升2.5%”) nor a bound (“占比超过70%”,
#: “占70%以上”).
_SHARE = re.compile(rf"\s*[（(，,]\s*{_SHARE_WORD}(?P<base>(?:(?!{_SHARE_CHANGE}|超|逾|近|约|接近"
                    r"|不足|不到|低于|高于|大于|小于|多于|少于)[^\d%％（()），,。；;]){0,10}?)"
                    rf"(?P<rate>\d+(?:\.\d+)?)\s*[%％](?!\s*(?:{AROUND}))\s*[）)]?")


#: A share's base that is no figure of the tables: other organs' (“占全市予以公开总数的5%”, “占全县的15%”) or another
#: time's (“占上年的110%”, “占历年累计的…”).
_OTHER_BASE = re.compile(rf"{OTHER_ORGANS.pattern}|上一?年|去年|往年|同期|历年|累计")
#: A share in tenths (成), always about: “，约占八成”, “（占比近四成）”, “，占办结总数的四成”, “七成以上”, “不到两成”, told
#: with 比例 too: “，比例约为四成”, “，所占比例为四成” (:data:`.sentences.TENTHS_WORDS`, :func:`.sentences.tenths_range`).
_SHARE_TENTHS = re.compile(rf"\s*[（(，,]\s*(?:{_PROPORTION}|(?=(?:约|近|将近|接近|超过|逾)?占))(?P<word>约|近|将近|接近|超过|逾)?"
                           rf"(?:占比?)?(?P<base>(?:(?!{_SHARE_CHANGE})[^\d%％（()），,。；;成]){{0,10}}?)(?:为|是|达到?)?"
                           rf"{TENTHS_WORDS}\s*[）)]?")


def _shares(path: tuple, text: str, m: re.Match, stated: int, ways: tuple[int, ...], name: str,
            end: int | None = None) -> Iterator[Finding]:
    """R9 on the share after the count ``m`` of ``text`` (:data:`_SHARE`), or after ``end`` where an aside comes
    between: ``stated`` of one of ``ways`` (a result's of those closed, received or to handle; an applicant's of those
    received, with the carried over or not), as :func:`_rates` reads a rate, or in tenths as :func:`tenths_range` reads
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
        if _in_tenths(share, [figure] * len(ways), ways):
            return None
        return _tenths_far(path, text, start, said, share, tenths_range(share), (figure, ways[0]), reckoned)
    return _rate_far(path, text, start, said, share["rate"], figure, ways, reckoned)


def _rate_far(path: tuple, text: str, start: int, said: str, stated: str, figure: int, ways: tuple[int, ...],
              reckoned: str) -> Finding | None:
    """The warning on a share in per cent ``stated`` of ``figure`` that no base of ``ways`` gives, rounded or cut off
    (:func:`_share_far`), or None."""
    rate = Decimal(stated)
    places = -rate.as_tuple().exponent
    if any(rate in _rounded(Decimal(figure) * 100 / way, places) for way in ways if way):
        return None
    computed = (Decimal(figure) * 100 / ways[0]).quantize(Decimal(1).scaleb(-max(places, 1)), ROUND_HALF_UP)
    return Finding(WARNING, f"正文写的是{quoted(said)}，而{reckoned}的 {computed}%：请改正其中一处", path, said,
                   skip=text.count(said, 0, start))


#: A result's share told by its name with no count: “办结的54件中，予以公开的占40.7%”, “部分公开占比11.1%”, “不予公开的比例为
#: 14.8%”, “占办结总数的40.7%” (its base, group ``base``: :data:`_YEARS_BASE`), or in tenths (“予以公开的约占四成”:
#: :data:`.sentences.TENTHS_WORDS`, always about, “予以公开的比例约为四成” too; also with 的 and no 占 where the tenths end
#: the clause: “予以公开的近三成”, group ``bare``; not “予以公开的八成来自自然人”, of those granted); not one of two named
#: together, nor a per cent about (“约占45%”).
_NAMED_SHARE = re.compile(rf"(?<![或和及与、])(?P<name>{_RESULT_NAME})(?:的?(?:申请)?(?:件数|数量)?(?P<word>约|近|将近|接近|超过|逾)?"
                          rf"(?:占比|{_PROPORTION}|占(?P<base>[^\d%％，,。；;（()）]{{0,8}}?))"
                          r"(?:约(?=[为是]\s*(?:[一二两三四五六七八九]|[1-9])成))?(?:为|是|达到?)?\s*|(?P<bare>的))"
                          rf"(?:(?P<rate>\d+(?:\.\d+)?)\s*[%％](?!\s*(?:{AROUND}))(?(word)(?!))(?(bare)(?!))|{TENTHS_WORDS}"
                          r"(?(bare)(?=\s*(?:[，,。；;！？!?）)]|$))))")
#: Results' shares told by their names with 分别 (group ``names``, their rates ``rates``): “予以公开、部分公开的分别占40.7%和
#: 11.1%”, “予以公开和部分公开分别占办结总数的40.7%、11.1%”, “…的比例分别为…”; each read as :data:`_NAMED_SHARE`'s (not about: “分别约占…”).
_NAMED_EACH = re.compile(rf"(?<![或和及与、])(?P<names>(?:{_RESULT_NAME})(?:\s*[、和及与]\s*(?:{_RESULT_NAME}))+)的?(?:申请)?"
                         rf"(?:件数|数量)?(?:(?:占比|{_PROPORTION})分别|分别(?:占比|{_PROPORTION}|占(?P<base>[^\d%％，,。；;（()）]{{0,8}}?)))"
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
    """Whether ``clause``, between a count closed (received) and a result's share by its name (:func:`_named_shares`), is
    another such share or a result listed with its count (“予以公开22件”, “部分公开6件（占11.1%）”, “占40.7%”), none with
    more words."""
    clause = _SHARE_ASIDE.sub("", re.sub(r"^(?:其中|此外|另外|\s)+", "", clause)).strip()
    return bool(_NAMED_SHARE.fullmatch(clause) or _NAMED_EACH.fullmatch(clause) or _SHARE_ALONE.fullmatch(clause)
                or any(p.fullmatch(clause) for p in OUTCOME_PHRASES))


def _named_value(name: str) -> Callable:
    """The result named ``name`` (:data:`_NAMED_SHARE`'s, one of :data:`_NAMED_EACH`'s)."""
    return next(v for words, v in _RESULT_NAMES if re.fullmatch(words, name))


def _named_told(share: re.Match) -> list[tuple[Callable, str | None]]:
    """The results and their rates (None: a share in tenths) that ``share`` tells (:data:`_NAMED_SHARE`,
    :data:`_NAMED_EACH`: none where not as many rates as names)."""
    if share.re is _NAMED_SHARE:
        return [(_named_value(share["name"]), None)]
    names, rates = re.split(r"\s*[、和及与]\s*", share["names"]), re.findall(r"\d+(?:\.\d+)?", share["rates"])
    return [(_named_value(name), rate) for name, rate in zip(names, rates)] if len(names) == len(rates) else []


def _named_shares(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on a result's share told by its name (:data:`_NAMED_SHARE`), reckoned from its cell as :func:`_shares` reckons
    a count's (of those closed, received or to handle, rounded or cut off); only after a count of the year's closed,
    received or to handle in its sentence, each the table's, of the organ and the year and not of part of the
    applications (:func:`of_part`), with nothing between it and the share but other such shares and results listed with
    their counts (:func:`_between_shares`); no words before the name in its clause but “其中” and the year (not “网上
    申请中予以公开的占60%”). A share in tenths is read as :func:`_tenths` reads an applicant's; shares told with 分别
    (:data:`_NAMED_EACH`) each as told alone."""
    closed, new, carried = RESULTS(report)[0], NEW_RECEIVED(report)[0], CARRIED_OVER(report)[0]
    ways = (closed, new, new + carried)
    for m in (*_NAMED_SHARE.finditer(text), *_NAMED_EACH.finditer(text)):
        start = _sentence_start(text, m.start())
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
            reckoned = f"{_CELL_NAMES[value]} {cell} 件占表三“三、本年度办理结果（七）总计” {closed} 件"
            far = _rate_far(path, text, m.start(), m.group(), rate, cell, ways, reckoned) if rate \
                else _share_far(path, text, m.start(), m.group(), m, bool(m["tenths"]), cell, ways, reckoned)
            if far:
                yield far


def _rounded(rate: Decimal, places: int) -> set[Decimal]:
    """``rate`` to ``places`` decimals, rounded and cut off."""
    unit = Decimal(1).scaleb(-places)
    return {rate.quantize(unit, ROUND_HALF_UP), rate.quantize(unit, ROUND_DOWN)}


def _row_listed(report, path: tuple, text: str, item: re.Match, row: tuple) -> Iterator[Finding]:
    """R9 on the count of a kind listed after its group's count (:func:`rows_listed`): its row's figure."""
    stated, (table, parts, cite) = exact(item["n"]), t3_key(row)(report)
    said = item.group().lstrip(" ，,、；;")
    if stated is not None and stated not in (table, parts):
        wrong = f"正文写的是{quoted(said)}，而{row_name(report, row)}为 {table}：请改正其中一处"
        yield Finding(WARNING, wrong + CITE_ADVICE.format(cite), path, said, published=wrong,
                      skip=text.count(said, 0, item.start()))


def _said_of_others(report, text: str, m: re.Match, start: int) -> bool:
    """Whether the reason of ``text`` from ``start`` up to the phrase ``m``, in a clause of its own (“全系统涉及商业秘密的，
    不予公开2件”), speaks of another time or other organs (:func:`not_the_table`, :func:`others`), read as the phrase's
    own clause."""
    head = text[:start] + re.sub(r"[，,：:]", "", text[start:m.start()])
    return not_the_table(report, head, m, len(head), dated=True) or bool(others(report, head, len(head)))


def _beyond_row(report, path: tuple, text: str, shares) -> Iterator[Finding]:
    """R9 on counts of part of a row of 表三 (商业秘密, 个人隐私: :func:`part_of_row`, :func:`parts_listed`), ``shares``
    as (where its words start, the words, the count, the row): those of a sentence together are at most the row's
    figure, which counts the other rights of third parties too; fewer is not wrong."""
    sentences = {}
    for start, said, stated, row in sorted(shares):
        sentences.setdefault((len(FULL_STOP.findall(text, 0, start)), row), []).append((start, said, stated))
    for (_sentence, row), found in sentences.items():
        table, parts, _cite = t3_key(row)(report)
        stated = [n for _start, _said, n in found]
        if None in stated or sum(stated) <= max(table, parts):
            continue
        (first, at, _n), (last, words, _m) = found[0], found[-1]
        said, total = text[first:last + len(words)], f"，共 {sum(stated)} 件" if len(found) > 1 else ""
        wrong = (f"正文写的是{quoted(said)}{total}，而{row_name(report, row)}为 {table}：请改正其中一处（商业秘密、个人隐私都计入"
                 "这一行，件数可以少于它，不会多于它）")
        yield Finding(WARNING, wrong, path, at, skip=text.count(at, 0, first))


def _closed_in_all(report, path: tuple, text: str, closed: dict) -> Iterator[Finding]:
    """R9 on a sentence's counts closed of last year's carried over and of the year's new, one of each (``closed``:
    (where its words start, the words, the count) by kind): together they are all closed, （七）总计 (“答复上年结转申请4件，
    答复本年度新收申请50件”)."""
    carried, new = closed.get("carried", []), closed.get("new", [])
    if len(carried) != 1 or len(new) != 1:
        return
    (first, some, n), (second, more, m) = sorted((carried[0], new[0]))
    table, parts, _cite = RESULTS(report)
    if n + m not in (table, parts) and not FULL_STOP.search(text, first, second):
        yield Finding(WARNING, f"正文写的是{quoted(some)}“{more}”，共 {n + m} 件，而表三“三、本年度办理结果（七）总计”为 {table}："
                               "办结的上年结转申请和本年度新收申请合起来就是全年办结的，请改正其中一处", path, more,
                      skip=text.count(more, 0, second))


def _told_after(pattern: re.Pattern, text: str, m: re.Match) -> bool:
    """Whether the phrase ``m`` of ``text`` is followed by ``pattern`` (:data:`_WITH_CARRIED` …), or its aside says it."""
    return bool(pattern.search(text[m.end():]) or pattern.search(f"（{m.group('aside') or ''}"))


#: What became of reviews or suits (:data:`PROCEEDINGS`), told after their count: (表四's column, its words, whether
#: they name part of the column only). 结果纠正 takes in 撤销, 确认违法 and orders to answer again or to act. 驳回 alone,
#: 终止 and the like are not read (其他结果 or not, as the organ counts them); the column's own name is (“其他结果1件”),
#: and so is a dismissal without a ruling on the merits (“驳回起诉1件”, “驳回复议申请1件”), some of 其他结果: at most its
#: figure (not “驳回诉讼请求”: the organ upheld, counted either way).
_OUTCOME_WORDS = (("upheld", "结果维持", r"(?:结果|判决|决定|予以|被)?维持(?:原(?:具体)?(?:行政行为|答复|决定)|决定)?", False),
                  ("corrected", "结果纠正", r"(?:结果|被|予以)?(?:纠正|纠错|确认违法|责令(?:重新(?:作出|答复)|履行)|撤销)", False),
                  ("other", "其他结果", r"其他结果", False),
                  ("other", "其他结果", r"(?:裁定|决定|被|予以)?驳回(?:原告的?|申请人的?)?(?:起诉|(?:行政)?复议申请)", True),
                  ("pending", "尚未审结", r"尚未审结|未审结|(?:正在|仍在|尚在)审理(?:中|之中)?", False))
#: The outcomes in either order: “维持1件”, “1件维持”, “1件尚未审结”.
_OUTCOMES = tuple((column, label, re.compile(rf"(?:{words}){CASES}|(?<![\d.]){CASES.replace('<n>', '<m>')}"
                                             rf"(?:均|已|经|被|一审|二审|终审)*(?:{words})"), some)
                  for column, label, words, some in _OUTCOME_WORDS)


#: All of the count's one outcome, with no figure: “，均维持原行政行为”, “，判决结果均为维持”, “，均尚未审结” (not “其余均维持”:
#: the rest; nor “均为维持或纠正”: one of several).
_ALL_OUTCOMES = tuple((column, label, re.compile(rf"(?<!其余|其他|剩余|余下)(?:均|全部|都)(?:被|予以|为|是|已|经|作出)*(?:{words})"
                                                 rf"(?!\s*{NUMBER}\s*[件起]|\s*[或和及与、])"))
                      for column, label, words, some in _OUTCOME_WORDS if not some)


#: A sentence that tells on the outcomes of the count before it: “其中…”, “复议结果为…”, “审理结果：…” (not “结果公开
#: 方面，…”), or one of them, either order (“维持原行政行为2件，…”, “1件尚未审结”, “法院判决维持1件”, “经审理，维持1件”;
#: not 撤销 alone: “撤销…规范性文件”).
_OUTCOME_NAMED = "|".join(words for _c, _l, words, _s in _OUTCOME_WORDS).replace("|撤销", "")  # 撤销 alone: no outcome
_OUTCOMES_OPENING = (r"其中|(?:(?:行政)?(?:复议|诉讼)|案件|审理|审结)?的?结果(?:均|都|全部)?(?:为|是|如下|[：:，,])"
                     r"|(?:经(?:法院|复议机关)?(?:审理|复议)[，,]?|(?:人民)?法院|(?:行政)?复议机关)?(?:已|依法)*(?:作出|判决|裁定)?"
                     rf"(?:(?:{_OUTCOME_NAMED})\s*{NUMBER}\s*[件起]|{NUMBER}\s*[件起](?:均|已|经|被)*(?:{_OUTCOME_NAMED}))")


#: All of the count closed, with no figure: “，均已审结”, “，全部结案” (尚未审结 0; not “其余均已审结”).
_NONE_PENDING = re.compile(r"(?<!其余|其他|剩余|余下)(?:均|全部|都)(?:已经?)?(?:审结|结案|办结)")
#: The suits' count right after the reviews' (“被申请行政复议3件，被提起行政诉讼2件”, “…复议3起，行政诉讼2起”).
_SUITS_NEXT = re.compile(rf"\s*[，,、]\s*(?:被提起)?(?:行政)?诉讼(?:案件)?\s*{NUMBER}\s*[件起]")
#: After both counts, each kind's outcomes named with it: “，其中复议维持2件”, “，复议结果均为维持”, “…，诉讼维持1件” (not “复议
#: 机关维持…”); the other kind's named (group ``other``) ends them.
_KIND_NAMED = {value: (re.compile(rf"[，,、]\s*(?:其中[，,]?)?\s*(?:行政)?{kind}(?:案件)?(?=的?(?:审理|判决)?(?:结果|均|全部|都"
                                  rf"|{_OUTCOME_NAMED}))"), other)
               for value, kind, other in ((RECONSIDERATION, "复议", f"诉讼|{SUED}|被诉|应诉"), (LITIGATION, "诉讼", "复议"))}
#: After both counts, a clause with no figure on all of both: “，均维持原行政行为”, “，均已审结”.
_BOTH_ALL = re.compile(r"\s*[，,]\s*(?:均|全部|都)[^，,。；;！？!?\d]*(?=[，,。；;！？!?]|$)")
#: After both counts, one outcome of each told with 分别, the reviews' first (“，分别维持2件和1件”, “，其中分别维持2件、1件”,
#: “，结果分别为维持2件和维持1件”, “，分别有2件和1件维持原行政行为”), or with 各, as many of each (“，各维持1件”, group
#: ``second`` None).
_EACH_FORMS = (r"分别(?:为|是)?(?:{w})\s*(?P<first>{n})\s*[件起]?\s*[、和及与]\s*(?:{w})?\s*(?P<second>{n})\s*[件起]",
               r"分别(?:为|是|有)?\s*(?P<first>{n})\s*[件起]?\s*[、和及与]\s*(?P<second>{n})\s*[件起](?:均|已|经|被)*(?:{w})",
               r"各(?:有|为)?(?:{w})\s*(?P<first>{n})\s*[件起](?P<second>)",
               r"各(?:有|为)?\s*(?P<first>{n})\s*[件起](?:均|已|经|被)*(?:{w})(?P<second>)")
_BOTH_EACH = tuple((column, label, re.compile(r"\s*[，,]\s*(?:其中)?(?:(?:审理|复议|诉讼|案件)?结果)?"
                                              + form.format(w=words, n=NUMBER) + rf"(?!\s*[、和及与]\s*{NUMBER})"))
                   for column, label, words, some in _OUTCOME_WORDS if not some for form in _EACH_FORMS)


def _outcomes(report, path: tuple, text: str, start: int, value: Callable, count: int | None,
              listed: bool = False) -> Iterator[Finding]:
    """R9 on the outcomes of reviews or suits told after their count (“被申请行政复议3件，维持2件、纠正1件”; in the next
    sentence opening with :data:`_OUTCOMES_OPENING`, where no other count, but a change, comes between: “…3件，办结申请
    54件。结果为…” tells those 54's), compared with 表四's columns of the count's groups (:data:`PROCEEDINGS`); a part of
    a column (“驳回起诉1件”) only where beyond it; all of them (:data:`_ALL_OUTCOMES`: “，均维持原行政行为”; :data:`_NONE_PENDING`:
    “，均已审结”, none pending) as ``count`` where it is the table's and no other outcome is told (None: not read). After
    both counts (the suits' right after the reviews', :data:`_SUITS_NEXT`, or the second of a list, ``listed``: outcomes
    not named may be either's, not read), each kind's are those named as its own past the other's (:data:`_KIND_NAMED`:
    “…2件，其中复议维持2件，诉讼维持1件”), those of both (:data:`_BOTH_ALL`: “…2件，均维持原行政行为”) and each one's told
    with 分别 (:func:`_outcomes_each`)."""
    end = PROCEEDING_END.search(text, start)
    if end and end.group() in "。！？!?" and not _counted_between(text, start, end.start()):
        end = past_qizhong(PROCEEDING_END, text, start, _OUTCOMES_OPENING)
    named, other = _KIND_NAMED[value]
    suits = _SUITS_NEXT.match(text, start) if value is RECONSIDERATION else None
    both = start if listed else suits.end() if suits else None
    # “…，被提起行政诉讼2件，分别维持2件和1件”: the suits' with the reviews' before them
    each = both if both is not None else start if value is LITIGATION and any(
        (s := _SUITS_NEXT.match(text, r.end())) and s.end() == start
        for p, _cell, v in READ if v is RECONSIDERATION for r in p.finditer(text, 0, start)) else None
    # up to the other kind named, even bare: “被提起行政诉讼2起，复议维持2起” are no suits'
    told = "" if listed or each == start and any(p.match(text, start) for _c, _l, p in _BOTH_EACH) \
        else re.split(other, text[start:end.start() if end else len(text)])[0]
    yield from _outcomes_told(report, path, text, start, told, value, count)
    all_told = _BOTH_ALL.match(re.split(r"[。；;！？!?]", text[both:])[0]) if both is not None else None
    if all_told:
        yield from _outcomes_told(report, path, text, both, all_told.group(), value, count)
    if each is not None:
        yield from _outcomes_each(report, path, text, each, value)
    past = start + len(told)
    own = named.search(re.split(r"[。；;！？!?]", text[past:])[0])
    if own:
        after = past + own.end()
        yield from _outcomes_told(report, path, text, after, re.split(other, text[after:])[0], value, count)


def _outcomes_each(report, path: tuple, text: str, start: int, value: Callable) -> Iterator[Finding]:
    """R9 on one outcome of each kind told with 分别 or 各 right after the counts of both ending at ``start``
    (:data:`_BOTH_EACH`): the first figure the reviews', the second the suits' (with 各, the one figure both's)."""
    name, groups = PROCEEDINGS[value]
    for column, label, pattern in _BOTH_EACH:
        m = pattern.match(text, start)
        if not m:
            continue
        group = "first" if value is RECONSIDERATION or not m["second"] else "second"
        stated = exact(m[group])
        table = sum(shown_outcomes(getattr(report.tables.review_litigation, key))[column] for key, _ in groups)
        if stated is not None and stated != table:
            said, figure = m.group().lstrip(" ，,"), text[m.start(group):m.end(group)]
            kind = "行政复议" if value is RECONSIDERATION else "行政诉讼"
            yield Finding(WARNING, f"正文写的是{quoted(said)}，即{kind}的“{label}” {stated} 件，而{name}的“{label}”"
                                   f"{'之和' if len(groups) > 1 else ''}为 {table}：请改正其中一处", path, figure,
                          skip=text.count(figure, 0, m.start(group)))


def _outcomes_told(report, path: tuple, text: str, start: int, told: str, value: Callable,
                   count: int | None) -> Iterator[Finding]:
    """R9 on the outcomes of reviews or suits in ``told``, the words of ``text`` from ``start`` (:func:`_outcomes`)."""
    name, groups = PROCEEDINGS[value]
    found = [(column, label, m, exact(m.group("n") or m.group("m")), some)
             for column, label, pattern, some in _OUTCOMES for m in pattern.finditer(told)]
    total = sum(shown_outcomes(getattr(report.tables.review_litigation, key))["total"] for key, _ in groups)
    if not found and count == total:
        found = [(column, label, m, count, False) for column, label, pattern in _ALL_OUTCOMES for m in pattern.finditer(told)]
        found += [("pending", "尚未审结", m, 0, False) for m in _NONE_PENDING.finditer(told)]
    for column, label, m, stated, some in found:
        table = sum(shown_outcomes(getattr(report.tables.review_litigation, key))[column] for key, _ in groups)
        if stated is not None and (stated > table if some else stated != table):
            # a part of a column cites none (the column's figure may be more than the part's), nor all (no figure)
            figure = "n" in m.re.groupindex
            both, cite = ("之和", None) if len(groups) > 1 else ("", f"【表四：{groups[0][0]}.{column}】" if figure and not some
                                                               else None)
            said = m.group().strip()
            told_as = "" if figure else f"，即“{label}” {stated} 件"
            wrong = f"正文写的是{quoted(said)}{told_as}，而{name}的“{label}”{both}为 {table}：请改正其中一处"
            yield Finding(WARNING, wrong + (CITE_ADVICE.format(cite) if cite else ""), path, said,
                          published=wrong if cite else None, skip=text.count(said, 0, start + m.start()))


def _counted_between(text: str, start: int, end: int) -> bool:
    """Whether ``text`` from ``start`` to ``end`` counts something (:data:`.sentences.COUNT`) other than a change of
    the count before (:data:`.sentences.CHANGE`: “，同比减少1件”)."""
    return bool(COUNT.search(re.sub(CHANGE, "", text[start:end])))


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
_TENTHS = re.compile(_WHO + rf"(?:为主|居多)?\s*[，,]?\s*(?:仅|只)?{_PROPORTION}?(?P<word>约|近|将近|接近|超过|逾)?"
                     r"(?:占比?)?(?:为|是|达到?)?" + TENTHS_WORDS)
#: Their share in per cent, with no count: “自然人占78.2%”, “法人或其他组织申请占比21.8%”, “自然人申请所占比例为78.2%”,
#: “以自然人申请为主，占75%”; not one about or a bound (“约占75%”, “占70%以上”) (:func:`_percent`).
_PERCENT = re.compile(_WHO + rf"(?:为主|居多)?\s*[，,]?\s*(?:仅|只)?{_SHARE_WORD}(?:为|是|达到?)?\s*(?P<rate>\d+(?:\.\d+)?)\s*[%％]"
                      rf"(?!\s*(?:{AROUND}))")

#: A change told after a count: “比上年增加7件”, “同比增长12%”.
_CHANGE = re.compile("同比|环比|比上年|较上年|增加|减少|增长|下降|上升|持平")


def _applicants(report, path: tuple, text: str, m: re.Match, stated: int) -> Iterator[Finding]:
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
    the year's carried over (not that kind's: :func:`_kinds_carried`): “…、法人或其他组织申请12件，加上上年结转4件，共59件”
    is 表三's 本年新收 and 上年结转 together, as :func:`_with_carried_sum` reads it after the count itself."""
    sentence = FULL_STOP.search(text, m.end())
    kinds = _kinds_carried(report, text)
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


def _applicants_alone(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on the year's applicants of a kind (:data:`_APPLICANTS_ALONE`) told with no count before them in their
    sentence (after a count received they are :func:`_applicants`'), in part 三 or on 依申请公开 (:func:`on_topic`): each
    is the sum of its columns of 本年新收, or of 本年新收 and 上年结转."""
    for m in _APPLICANTS_ALONE.finditer(text):
        if not COUNT.search(re.split(r"[。；;！？!?]", text[:m.start()])[-1]) \
                and (path[1] == "applications" or on_topic(report, path, text[:m.start()], "依申请公开")):
            yield from _applicant_items(report, path, text, m.end(), _applicant_rows(report))


#: The year's applications told by channel alone, no total before them, to the sentence's end or a clause that adds no
#: channel (“，办结54件”; not “，另有当面申请3件”): “本年度共收到在线申请40件，纸质申请15件”, “全年收到网上申请40件、信函申请
#: 15件” (group ``all``: 共, the channels are all of them). A channel's count also with its figure first: “44件通过互联网
#: 提交”. With no verb after the channels or applications named (group ``opener``): “从申请渠道看，网上申请40件，…”,
#: “依申请公开方面，网上申请40件，…”.
_CHANNEL_OPENER = r"(?:(?:从|按)(?:申请)?(?:渠道|方式)(?:来看|看|分|划分)?|依申请公开(?:方面|情况)?)"
_CHANNEL_WORDS = r"网上|网络|互联网|在线|线上|网站|门户|平台|窗口|信函|邮寄|来信|当面|现场|传真|电子邮件|邮件|纸质|书面"
_CHANNEL_ITEM = (rf"(?:(?:通过)?(?:{_CHANNEL_WORDS})+(?:方式|渠道)?(?:提交|提出|收到)?的?(?:(?:政府)?(?:信息)?公开)?申请(?:公开)?"
                 rf"(?:为|有)?\s*{NUMBER}\s*件|{NUMBER}\s*件(?:申请)?(?:是|系)?通过(?:{_CHANNEL_WORDS})+(?:方式|渠道)?"
                 r"(?:提交|提出|递交|申请)?)")
_CHANNELS_HEAD = rf"\s*(?:{YEAR}度?|本年度?|今年|全年)?\s*[，,]?\s*(?P<all>共计?|合计|总共)?"
_CHANNELS_TAIL = (rf"(?P<items>{_CHANNEL_ITEM}(?:\s*[，,、]\s*{_CHANNEL_ITEM})+)"
                  r"(?=\s*(?:[。；;！？!?]|$|[，,](?!\s*(?:其中|另|还|此外|以及|含|包括|加上|连同))"
                  rf"(?![^，,。；;！？!?]*(?:{_CHANNEL_WORDS}))))")
_CHANNELS = re.compile(rf"(?:^|(?<=[。；;！？!?，,：:])){_CHANNELS_HEAD}"
                       rf"(?P<opener>{_CHANNEL_OPENER}\s*[，,：:]\s*)?(?:收到|受理|新收|接收|接到|(?(opener)|(?!))){_CHANNELS_TAIL}")
#: The channels opening the paragraph, with no verb, after its heading (“（二）依申请公开。网上申请40件，…”) or under one:
#: the year's as after an opener (in part 三 or on 依申请公开 only: :func:`_channels_sum`).
_CHANNELS_OPENING = re.compile(rf"^(?P<heading>\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．])?\s*依申请公开"
                               rf"(?:工作)?(?:情况)?\s*[。．.：:])?{_CHANNELS_HEAD}{_CHANNELS_TAIL}")
#: Channels listed after a count received, opening a clause (“共收到申请55件，其中网上申请40件，信函申请15件”, “…55件，按渠道
#: 分：…”, “…55件，均已按时答复；其中网上申请40件、…”): parts of that count (:func:`_channels_beyond`).
_CHANNEL_LIST = re.compile(rf"(?:(?<=[，,：:；;])|(?<=其中))\s*(?P<items>{_CHANNEL_ITEM}(?:\s*[，,、]\s*{_CHANNEL_ITEM})+)")


def _year_channels(report, path: tuple, text: str) -> Iterator[tuple[re.Match, int]]:
    """The year's applications told by channel alone in ``text`` (:data:`_CHANNELS`, :data:`_CHANNELS_OPENING`), in
    part 三 or on 依申请公开 (as :func:`_applicants_alone`), and their sum."""
    opening = _CHANNELS_OPENING.match(text)
    for m in [*_CHANNELS.finditer(text), *([opening] if opening else [])]:
        counts = [exact(c["n"]) for c in COUNT.finditer(m["items"])]
        if None not in counts and not not_the_table(report, text, m, upto=m.start("items"), dated=True) \
                and (path[1] == "applications" or on_topic(report, path, text[:m.start("items")], "依申请公开")):
            yield m, sum(counts)


def _closed_of_channels(report, path: tuple, text: str, m: re.Match) -> int | None:
    """The sum of the channels told alone (:func:`_year_channels`) that the count ``m`` of ``text`` follows in its
    sentence, no other count between (“网上申请20件，信函申请10件，办结30件”: closed of those 30), or None."""
    return next((total for channels, total in _year_channels(report, path, text)
                 if channels.end() <= m.start() and not re.search(r"[。；;！？!?]", text[channels.end():m.start()])
                 and not _counted_between(text, channels.end(), m.start())), None)


def _channels_sum(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on the year's applications told by channel alone (:data:`_CHANNELS`), in part 三 or on 依申请公开 as
    :func:`_applicants_alone`: their sum is 本年新收, or 本年新收 and 上年结转; where the channels may be some of them
    (no 共), only a sum beyond both is wrong. Also where they open the paragraph (:data:`_CHANNELS_OPENING`)."""
    new, with_carried = NEW_RECEIVED(report)[0], TO_HANDLE(report)[0]
    for m, total in _year_channels(report, path, text):
        if total not in (new, with_carried) and (m["all"] or total > with_carried):
            begin = m.end("heading") if m.groupdict().get("heading") else m.start()
            said = text[begin:m.end()].strip(" ，,：:")
            yield Finding(WARNING, f"正文写的是{quoted(said)}，各渠道加起来为 {total}，而表三“一、本年新收政府信息公开申请数量”的总计"
                                   f"为 {new}，与“二、上年结转”之和为 {with_carried}：请改正其中一处", path, said,
                          skip=text.count(said, 0, begin))


def _channels_beyond(path: tuple, text: str) -> Iterator[Finding]:
    """R9 on channels listed after a count received in its sentence (:data:`_CHANNEL_LIST`, past “。其中”), no other
    count but a change between: parts of that count, together they are at most it, whichever year or organ it is of
    (fewer may leave a channel out)."""
    told = set()
    for m in (m for p, _cell, value in READ if value is NEW_RECEIVED for m in p.finditer(text)):
        end = past_qizhong(FULL_STOP, text, m.end())
        listed = _CHANNEL_LIST.search(text, m.end(), end.start() if end else len(text))
        if not listed or listed.start() in told or exact(m["n"]) is None or _counted_between(text, m.end(), listed.start()):
            continue
        told.add(listed.start())
        counts = [exact(c["n"]) for c in COUNT.finditer(listed["items"])]
        if None not in counts and sum(counts) > exact(m["n"]):
            said = text[m.start():listed.end()]
            if re.search(r"[（(][^（()）]*$", said):  # the bracket closed: “收到申请55件（其中网上申请40件、…）”
                said += _TO_CLOSING.match(text, listed.end()).group()
            yield Finding(WARNING, f"正文写的是{quoted(said)}，各渠道加起来为 {sum(counts)}，多于前面的 {exact(m['n'])} 件：各渠道的申请"
                                   "是它的一部分，加起来不会多于它，请改正其中一处", path, listed["items"],
                          skip=text.count(listed["items"], 0, listed.start("items")))


def _kinds_carried(report, text: str) -> dict[int, re.Match]:
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
    (``figure``; ``kind`` its columns and their name; :func:`_kinds_carried`): 表三 上年结转's columns, and 本年新收's with
    them. A wrong sum that is the text's own figures added up is not told: the wrong one of those is."""
    columns, name = kind
    new, with_carried = (sum(row[c.key] for c in columns) for row in _applicant_rows(report))
    over, stated = with_carried - new, exact(carried["carried"])
    said = text[item.start():carried.end("over")]
    if re.search(r"[（(][^（()）]*$", said):  # the bracket closed: “自然人申请43件（不含上年结转3件）”
        said += _TO_CLOSING.match(text, carried.end("over")).group()
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


#: An aside after a count that takes in last year's carried over (:data:`_WITH_CARRIED`): “（含上年结转3件）”.
_CARRIED_ASIDE = re.compile(r"(?<=件)\s*[（(]\s*(?:其中|含|包括|包含)+(?:上一?年度?结转|结转上一?年度?)[^（()）。；;]*[）)]")


def _applicant_items(report, path: tuple, text: str, start: int, rows: list[dict]) -> Iterator[Finding]:
    """R9 on the counts of applicants of a kind in ``text`` from ``start`` in its sentence, up to the next phrase R9
    reads (:func:`_applicants`): each the sum of its columns in one of ``rows`` (本年新收's, with 上年结转's), or in the
    one it says (:data:`_WITH_CARRIED`, :data:`.phrases.WITHOUT_CARRIED`: “自然人申请46件（含上年结转3件）”)."""
    # up to the next phrase after an aside (“（含上年结转4件）” is no end; “（自然人43件…）” is read)
    after = re.match(r"\s*(?:[（(][^（()）]*[）)])?", text[start:]).end() + start
    sentence = past_qizhong(FULL_STOP, text, after)
    # nor an item's own aside on those carried over (“自然人申请46件（含上年结转3件）、企业申请8件”) or its carried over
    # told after it (“自然人申请43件，加上上年结转3件，共46件，企业申请8件”)
    plain, kinds_carried = _CARRIED_ASIDE.sub(_blank, text), _kinds_carried(report, text)
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
        of = [with_carried] if _WITH_CARRIED.match(rest) else [new] if WITHOUT_CARRIED.match(rest) else rows
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
            yield from _about(path, text, item, at, place, rough, set(figures), told)
        elif figure in figures and of == [with_carried]:  # “自然人申请46件（含上年结转3件），占78%”: of both rows
            aside = _CARRIED_ASIDE.match(text, item.end())
            yield from _shares(path, text, item, figure, (with_carried["total"],),
                               "表三“一、本年新收”与“二、上年结转”两行的总计", aside.end() if aside else None)
        elif figure in figures:  # its share of those received: “自然人申请43件，占78.2%”
            yield from _shares(path, text, item, figure, tuple(row["total"] for row in rows),
                               "表三“一、本年新收政府信息公开申请数量”的总计")
        else:
            wrong = f"正文写的是{quoted(said)}，而表三{where}中{name}为 {shown}：请改正其中一处"
            yield Finding(WARNING, wrong + (CITE_ADVICE.format(cite) if cite else ""), path, at,
                          published=wrong if cite else None, skip=text.count(at, 0, place))

    yield from _shares_each(path, text, items, rows)


#: Shares in per cent after counts listed, told with 分别 (“…，分别占78.2%和21.8%”): group ``rates``.
_SHARES_EACH = re.compile(rf"\s*[，,]\s*分别(?:占比?|{_PROPORTION})(?:为|是)?(?P<rates>\s*\d+(?:\.\d+)?\s*[%％]"
                          r"(?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*[%％])+)(?![\d.]|\s*(?:" + AROUND + "))")


def _shares_each(path: tuple, text: str, items: list[re.Match], rows: list[dict]) -> Iterator[Finding]:
    """R9 on shares told with 分别 (:data:`_SHARES_EACH`) after counts of applicants of a kind listed one after another
    (:func:`_applicant_items`' ``items``: “自然人申请43件，法人或其他组织申请12件，分别占78.2%和21.8%”), as many as they: each
    of those received, as :func:`_shares` reads one."""
    listed = [item for item in items if item.re in _COUNTED]
    told = _SHARES_EACH.match(text, listed[-1].end()) if listed and len(listed) == len(items) else None
    rates = re.findall(r"\d+(?:\.\d+)?", told["rates"]) if told else []
    if not told or len(rates) != len(listed) or any(re.fullmatch(r"\s*[，,、和及与]?\s*", text[a.end():b.start()]) is None
                                        for a, b in zip(listed, listed[1:])) or None in (exact(i["n"]) for i in listed):
        return
    said, ways = text[listed[0].start():told.end()], tuple(row["total"] for row in rows)
    for item, rate in zip(listed, rates):
        figure = exact(item["n"])
        far = _rate_far(path, text, listed[0].start(), said, rate, figure, ways,
                        f"{item['who']} {figure} 件占表三“一、本年新收政府信息公开申请数量”的总计 {ways[0]} 件")
        if far:
            yield far


def _results_shares_each(report, path: tuple, text: str, results: dict[int, tuple[re.Match, int]]) -> Iterator[Finding]:
    """R9 on shares told with 分别 (:data:`_SHARES_EACH`) after counts of results listed one after another, each read as
    the year's (``results`` by their end: “予以公开22件、部分公开6件，分别占40.7%和11.1%”), as many as they: each as
    :func:`_shares` reads one."""
    new = NEW_RECEIVED(report)[0]
    ways = (RESULTS(report)[0], new, new + CARRIED_OVER(report)[0])
    for told in _SHARES_EACH.finditer(text):
        rates, listed, end = re.findall(r"\d+(?:\.\d+)?", told["rates"]), [], told.start()
        while end in results and len(listed) < len(rates):
            listed.insert(0, results[end])
            end = re.search(r"[、，,和及与]?\s*$", text[:listed[0][0].start()]).start()
        if len(listed) != len(rates) or not ways[0]:
            continue
        start = listed[0][0].start()
        for (_m, stated), rate in zip(listed, rates):
            far = _rate_far(path, text, start, text[start:told.end()], rate, stated, ways,
                            f" {stated} 件占表三“三、本年度办理结果（七）总计” {ways[0]} 件")
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
    if totals[0] and not _in_tenths(item, figures, totals):
        yield _tenths_far(path, text, item.start(), item.group(), item, tenths_range(item), (figures[0], totals[0]),
                          f"{cell}为 {figures[0]}，占总计 {totals[0]} 件")


def _percent(path: tuple, text: str, item: re.Match, figures: list[int], totals: list[int],
             cell: str) -> Iterator[Finding]:
    """R9 on a kind of applicant's share in per cent with no count (:data:`_PERCENT`: “自然人占78.2%”), its ``figures``
    of ``totals`` as :func:`_tenths` has them: wrong where none, rounded or cut off to its places, gives it."""
    rate = Decimal(item["rate"])
    places = -rate.as_tuple().exponent
    if not totals[0] or any(rate in _rounded(Decimal(n) * 100 / total, places) for n, total in zip(figures, totals)):
        return
    share = (Decimal(figures[0]) * 100 / totals[0]).quantize(Decimal(1).scaleb(-max(places, 1)), ROUND_HALF_UP)
    said = item.group()
    yield Finding(WARNING, f"正文写的是{quoted(said)}，而{cell}为 {figures[0]}，占总计 {totals[0]} 件的 {share}%：请改正其中一处",
                  path, said, skip=text.count(said, 0, item.start()))


def _in_tenths(found: re.Match, figures: list[int], totals: list[int]) -> bool:
    """Whether one of ``figures`` of its ``totals`` is a share that the share in tenths ``found`` allows
    (:func:`tenths_allow`)."""
    return any(total and tenths_allow(found, Fraction(n * 1000, total)) for n, total in zip(figures, totals))


def _tenths_far(path: tuple, text: str, start: int, said: str, found: re.Match, allows: tuple[int, int | None],
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


#: After a count of suits, those of each of 表四's two groups: “其中未经复议直接起诉1件、复议后起诉1件”, “均为复议后起诉”
#: (all of them: group ``all``). Up to the sentence's end or a count of reviews (:data:`_SUITS_END`).
_SUIT_KINDS = tuple((group, name, re.compile(rf"(?P<all>(?:均|全部|都)(?:为|是|系|属于?))?(?:{words})的?(?:案件)?"
                                             rf"(?(all)(?![\d件起])|{WHOLE}{CASES})"))
                    for (group, name), words in zip(REVIEW_GROUPS[1:], (
                        r"(?:未经(?:行政)?复议)?直接(?:向(?:人民)?法院)?(?:起诉|提起(?:行政)?诉讼)",
                        r"经?(?:行政)?复议后(?:向(?:人民)?法院)?(?:起诉|提起(?:行政)?诉讼)")))
_SUITS_END = re.compile(r"[。；;！？!?]|被申请|被提起|(?<!经)行政复议(?!后)")


def _suit_kinds(report, path: tuple, text: str, m: re.Match, stated: int | None) -> Iterator[Finding]:
    """R9 on the suits of each group told after the count of suits ``m`` of ``text`` (:data:`_SUIT_KINDS`), compared
    with its group's 总计 in 表四; “均为…” where the count (``stated``) is the table's."""
    end = _SUITS_END.search(text, m.end())
    for group, name, pattern in _SUIT_KINDS:
        for kind in pattern.finditer(text, m.end(), end.start() if end else len(text)):
            figure = stated if kind["all"] else exact(kind["n"])
            if kind["all"] and stated not in LITIGATION(report)[:2]:
                continue
            table = shown_outcomes(getattr(report.tables.review_litigation, group))["total"]
            if figure is not None and figure != table:
                said = kind.group().strip()
                wrong = f"正文写的是{quoted(said)}，而表四“{name}”的总计为 {table}：请改正其中一处"
                yield Finding(WARNING, wrong + CITE_ADVICE.format(f"【表四：{group}.total】"), path, said,
                              published=wrong, skip=text.count(said, 0, kind.start()))


#: Reviews or suits said to be none: “未发生政府信息公开行政复议、行政诉讼案件”, “没有因政府信息公开被申请行政复议的情况”,
#: “行政复议和行政诉讼均为0”, or applications (group ``received``): “未收到政府信息公开申请”. The words between the
#: negation and the reviews (``said``) say no more than disclosure (:data:`_NONE_WORDS`: not “未发生因行政处罚引起的
#: 行政复议”), nothing after them (not “未发生行政复议被纠错的情况”, “未收到政府信息公开申请的投诉”).
_PROCEEDING_NAMES = r"(?:行政)?(?:复议|诉讼)(?:案件)?(?:\s*[、和及与或]\s*(?:行政)?(?:复议|诉讼))?"
_NONE = re.compile(rf"(?:(?:未|没有|无)(?P<said>[^，,。；;！？!?\d（()）]{{0,24}}?)(?P<names>{_PROCEEDING_NAMES})(?:案件|事件)?"
                   rf"等?(?:的?(?:情况|情形|现象|事件))?|(?P<zero>{_PROCEEDING_NAMES})(?:案件)?(?:的?(?:数量?|件数))?(?:均|都)?(?:为|是)"
                   r"\s*(?:0|零|〇)\s*[件起]?"
                   r"|(?:未|没有|无)(?:收到|受理|接到|接收)(?:过|到)?(?:任何)?(?P<received>(?:(?:政府)?信息)?公开的?申请"
                   r"|(?:政府信息)?依申请公开(?:的?(?:事项|申请))?)(?:的?(?:情况|情形))?)(?=\s*[，,。；;！？!?]|$)")
_NONE_WORDS = re.compile(r"发生|出现|收到|过|因|涉及|关于|有关|政府|信息|公开|工作|类|方面|引起|引发|的|被申请|被提起|被起诉|被诉"
                         r"|行政|\s")
#: Before them in the sentence, some applications or answers as the subject (“对上述答复，申请人均未提起…”), or the
#: organ as the review organ (“作为行政复议机关，未收到…”): none of those says the organ's reviews are none. So does
#: any subject in their clause but the organ and the year (:data:`_NONE_SUBJECT`: “不予公开的答复均未引发…”).
_NONE_OF_SOME = re.compile("上述|以上|该|这些|此类|其中|申请人|当事人|复议机关")
_NONE_SUBJECT = re.compile(rf"{TIME_SUBJECT.pattern}|度|{OWN_SUBJECT.pattern}|{_NONE_WORDS.pattern}|均|都|也|亦|始终|一直|[、和及与]")


def _of_some(report, text: str, m: re.Match) -> bool:
    """Whether the sentence of ``text`` before ``m`` speaks of some applications or of the review organ
    (:data:`_NONE_OF_SOME`), or ``m``'s clause has a subject other than the organ and the year (:data:`_NONE_SUBJECT`)."""
    sentence = re.split(r"[。；;！？!?]", text[:m.start()].replace(report.agency, "本机关"))[-1]
    return bool(_NONE_OF_SOME.search(sentence) or _NONE_SUBJECT.sub("", split_clauses(sentence)[-1]))


def _none_said(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on reviews or suits (applications) said to be none (:data:`_NONE`) where 表四 (表三's 本年新收) has some: not
    of another time or other organs, nor of some applications or of the organ as the review organ (:func:`_of_some`)."""
    for m in _NONE.finditer(text):
        if m["said"] and _NONE_WORDS.sub("", m["said"]) or not_the_table(report, text, m, dated=True) \
                or others(report, text, m.start()) or _of_some(report, text, m):
            continue
        names = "申请" if m["received"] else m["names"] or m["zero"]
        found = [(value, table) for value, words in ((RECONSIDERATION, "复议"), (LITIGATION, "诉讼"), (NEW_RECEIVED, "申请"))
                 if words in names and (table := value(report)[0])]
        if found:
            said = m.group().strip()
            tables = "、".join(f"{_CELL_NAMES[value]}为 {table}" for value, table in found)
            yield Finding(WARNING, f"正文写的是{quoted(said)}，而{tables}：请改正其中一处", path, said,
                          skip=text.count(said, 0, m.start()))


#: The year's 行政事业性收费 in 万元 or 元: “收取行政事业性收费12.5万元”, “行政事业性收费金额为125000元”; not what was waived
#: or cut (“减免行政事业性收费3万元”), nor a part of it (“涉企行政事业性收费”).
_FEE_AMOUNT = re.compile(r"(?<!减免|免征|免收|退还|降低|减少|清理|涉企)(?<!减|免|退)行政事业性收费(?:的)?(?:收入|金额|总额|总金额)?"
                         r"(?:共计?|合计|总计|为|是|达到?|\s)*(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<unit>万元|元)")


def _fee_amount(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on the year's 行政事业性收费 (:data:`_FEE_AMOUNT`) against 表二 第（八）项's 本年收费金额, in 万元: the same where
    either, rounded or cut off to the other's places, is the other (“12.5万元” of 12.53, “125300元” of 12.53); not of
    another time or other organs."""
    cells = FEE_AMOUNT(report)
    for m in _FEE_AMOUNT.finditer(text) if cells and cells[0] is not None else ():
        if not_the_table(report, text, m, dated=True) or others(report, text, m.start()):
            continue
        table, stated = Decimal(cells[0]), Decimal(m["n"].replace(",", ""))
        if m["unit"] == "元":
            stated = stated.scaleb(-4)
        places = max(-stated.normalize().as_tuple().exponent, 0), max(-table.as_tuple().exponent, 0)
        if stated in _rounded(table, places[0]) or table in _rounded(stated, places[1]):
            continue
        said, unit = m.group(), "" if m["unit"] == "万元" else f"（即 {stated.normalize():f} 万元）"
        # the table's header is in 万元: a cell typed in 元 is 10,000 times the text's
        slip = "（表中的数像是以元填写的，表头的单位是万元）" if stated.scaleb(4) == table else ""
        wrong = f"正文写的是{quoted(said)}{unit}，而表二“行政事业性收费”的本年收费金额为 {cells[0]} 万元{slip}：请改正其中一处"
        yield Finding(WARNING, wrong + CITE_ADVICE.format(cells[2]), path, said, published=wrong,
                      skip=text.count(said, 0, m.start()))
