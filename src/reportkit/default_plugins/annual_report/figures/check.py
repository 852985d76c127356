"""R9: figures typed in the narrative compared with the statistics tables (:func:`check_figures`).

A phrase (:mod:`.phrases`) is compared unless its clause says the figure is another's: another time
(:mod:`.periods`), other organs (:mod:`.organs`), other matters (:mod:`.matters`), part of the applications
(:mod:`.parts`) or one kind of a group (:mod:`.kinds`). What is told after it, or alone, is read by topic: counts
closed (:mod:`.closed`), results (:mod:`.results`), reviews and suits (:mod:`.proceedings`), shares and rates
(:mod:`.shares`), applicants (:mod:`.applicants`), channels (:mod:`.channels`), counts listed with 分别
(:mod:`.respective`).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable, Iterator

from reportkit.errors import WARNING
from reportkit.numerals import numeral_value
from reportkit.registry import Finding

from ..citations import narrative
from ..model import shown_values
from .applicants import WITH_CARRIED, applicants, applicants_alone, kinds_carried_over, with_carried_sum
from .cells import CELL_NAMES, CITE_ADVICE, TO_CLOSING, about_far
from .channels import channels_beyond, channels_sum, closed_of_channels
from .closed import (
    ALL_CLOSED, ALL_CLOSED_AFTER, NEW_CLOSED, OF_POOL, beyond, closed_beyond_carried, closed_in_all, closed_of_either,
    may_be_new, part_beyond,
)
from .kinds import (
    KINDS, THIRD_PARTY_ROW, kind_row, kinds_after, one_kind, part_of_row, parts_listed, reason_after, row_name,
    rows_listed, within_parts,
)
from .matters import of_other_things, of_proceedings, on_topic, other_matter, received_unnamed
from .organs import organ_part, others, own_name, whole_area
from .parts import (
    carried_which, closed_after_both, closed_of_carried, closed_of_new, closed_some, of_count_before, of_new, of_part,
    part_of_count, received_first, to_some,
)
from .periods import not_the_table
from .phrases import (
    BARE, CARRIED_CLOSED, CARRIED_EITHER, CARRIED_FORWARD, CARRIED_OVER, DENIED, FEE_AMOUNT, FIGURE_FIRST_RESULTS,
    GRANTED, GROUPS, HANDLED, LITIGATION, NEW_RECEIVED, OF_APPLICATIONS, OF_TABLE_THREE, PARTED, PARTLY_GRANTED,
    PROCEEDINGS, READ, RECONSIDERATION, RESULTS, RESULT_PHRASES, TABLE_TWO, TO_HANDLE, WITHOUT_CARRIED, t3_key,
)
from .proceedings import DISCLOSURE_PART, list_with_part, none_said, outcomes, suit_kinds
from .respective import respectively
from .results import (
    beyond_row, combined_results, of_all_closed, outcomes_beyond, rest_of_results, row_listed, said_of_others,
)
from .sentences import (
    ABOUT, CHANGE, COUNT, NUMBER, OTHER_ORGANS, OWN_SUBJECT, SUBJECT_END, about, change_ends, exact, has_subject,
    quoted, split_clauses,
)
from .shares import count_share, named_shares, rates_told, results_shares_each, rounded


#: A count of applications that takes in some that cross the year's end: “新收申请52件（含跨年度结转4件）”, last year's
#: carried over or this year's carried forward.
_WITH_ACROSS = re.compile(rf"^(?:{CHANGE})?\s*[（(，,]?\s*(?:其中|含|包括|包含)+跨年")
#: A count of 予以公开 that takes in 部分公开: “予以公开28件（含部分公开6件）”, “予以公开（含部分公开）28件”, “予以公开28件
#: （其中部分公开6件）”.
_WITH_PARTLY = re.compile(rf"^(?:{CHANGE})?\s*[（(，,]?\s*(?:其中(?:含|包括|包含)?|含|包括|包含)部分(?:予以)?公开")


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


#: A share told in brackets after a count (:data:`_SHARED`): “全年收到申请200件（其中本局本级48件）”.
_BRACKETED_SHARE = re.compile(r"[（(]\s*(?:其中|含|包括)")


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


#: A count said to take in another (:data:`WITH_CARRIED`, :data:`_WITH_PARTLY`) is compared with the two together:
#: (wording, the other's values, the two cells in words; no cell to cite).
_INCLUDING = {NEW_RECEIVED: (WITH_CARRIED, CARRIED_OVER,
                             "表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”的总计之和"),
              GRANTED: (_WITH_PARTLY, PARTLY_GRANTED, "表三“（一）予以公开”与“（二）部分公开”的总计之和")}


def check_figures(report) -> Iterator[Finding]:
    """R9: a figure typed in the narrative that states a table figure equals the table. A phrase whose clause says it
    is not the table's (:func:`not_the_table`), that other organs or a part of the organ named earlier in its
    sentence give (:func:`others`), or whose sentence is about part of the applications (:func:`of_part`),
    is not compared, nor a result with its figure first that may be of other things (:func:`of_other_things`) or of
    some applications (“对2件申请予以公开”: :func:`to_some`; the results told after such a count are at most it together,
    each at most its cell, its cell's where the count is those answered and （七）总计: :func:`outcomes_beyond`; the rest
    after a count closed and some of its results is （七）总计 less their cells: :func:`rest_of_results`), nor a
    count of 表三's that counts reviews or suits (:func:`of_proceedings`), nor “收到 N 件” that may be of other things than applications (:func:`received_unnamed`);
    a count of 不予公开 (无法提供, 不予处理, 其他处理) with a reason right after it is that kind's, compared with its row, or
    with nothing where the reason names none or several (:func:`reason_after`, :func:`kind_row`), and so is one with
    a reason before it (:func:`one_kind`); a count of the group followed in its sentence by counts of its kinds may be
    its whole or one more kind (:func:`kinds_after`); reviews with the organ named as the respondent are its own only
    where the name is its own (:func:`own_name`);
    a count of last year's carried over closed this year is at most 上年结转 (:func:`closed_beyond_carried`), one of the
    year's new closed this year at most 本年新收 and （七）总计, at least （七）总计 less 上年结转 (:func:`closed_of_new`,
    :func:`beyond`), one closed on time (late, in writing …) at most （七）总计 (:func:`closed_some`); one closed or carried
    forward after a count received equal to 本年新收 (:func:`received_first`) or of those received (:func:`of_new`) may be
    of the new only, right between the cell's figure less 上年结转 and the figure (:func:`may_be_new`); “办结59件申请中的
    54件” is a count closed of 54 (:data:`OF_POOL`); a count
    of applications said to include last year's carried over is new + carried over (予以公开 said to include 部分公开
    the two together), one received or accepted (not “新收”: “共收到申请52件，其中新收…”) or said to include some that
    cross the year's end (:data:`_WITH_ACROSS`) may be either; a count of reviews or suits followed by “其中涉及政府信息
    公开的 N 件” is all the organ's, N is 表四's; a local government's text that gives the table's figure for its whole
    area makes its other figures of the cell no table's (:func:`_area_figures`); a count of 不予公开 for 商业秘密 or 个人隐私,
    with its reason or listed after a count of 不予公开 (:func:`parts_listed`), is part of 第三方合法权益's row, said of
    some applications or not (but of other organs or another time in the reason's words: :func:`said_of_others`),
    and a sentence's together are at most the row's figure (:func:`beyond_row`); last year's carried over said to be all
    closed (:data:`ALL_CLOSED_AFTER`) count as closed of them; a count the organ helped others with (:data:`_HELPING`)
    is theirs; the second of a list of reviews and suits is read as the first, with no outcomes or disclosure part
    after it (either's), and a figure read as such a disclosure part is no phrase's of its own; a count closed after
    “其中” right after counts of the new and the carried over may be of all, of the new or of the carried over
    (:func:`closed_after_both`, :func:`closed_of_either`); a bare “结转N件” is the carried over or forward as its
    sentence says, either where it does not, and applications handled (办理) may be those to handle, closed or new
    (:func:`_either`); counts listed with 分别 are their names' (:func:`respectively`); kinds of a group listed by their reasons after
    its count are their rows' (:func:`rows_listed`); a share after a result or an applicant's count (:func:`count_share`) and rates of
    those closed or granted (:func:`rates_told`) are reckoned from the tables; counts of applicants of a kind after a count
    received, or opening a sentence on the year's with no count before them, are 表三's columns (:func:`applicants`,
    :func:`applicants_alone`; given as about or in tenths, far off only: :func:`about_far`, :func:`.applicants._tenths`; in per cent: :func:`.applicants._percent`;
    that kind's carried over told after one, and the sum, 上年结转's columns and 本年新收's with them:
    :func:`.applicants._carried_of_kind`), suits of
    each kind after their count 表四's groups (:func:`suit_kinds`); reviews, suits or applications said to be none (:func:`none_said`) and the year's
    行政事业性收费 (:func:`_fee_amount`) are compared too; a count after “其中” that parts a count of its own cell is at
    most that count (:func:`part_beyond`); penalties and decisions named bare (“行政处罚90件”, “行政处罚决定90件”) are
    read in 主动公开's part only (:data:`BARE`); the channel of a count of 表二's (“在门户网站公开…”) says no part of it; a
    count parted after “其中” into the organ's own share or its units' (“全系统收到申请200件，其中本局本级55件”:
    :func:`_shared`, also after a change of it: :data:`.sentences.CHANGE`) is no table's, the own share is, and so are
    the counts told after a share in brackets (:func:`_after_share`); a count given as about (“300余件”, “约60件”,
    “1.2万件”) is compared as its cell's whole only, and warned about only where the table is far off (:func:`about_far`), a table's row copied as a line (:data:`_ROW`) not at all. A paragraph's
    findings are listed in the text's order."""
    carried, area = shown_values(report)[("carried_over",)]["total"], _area_figures(report)
    for path, text in narrative(report):
        if path[-1] != "heading":  # in the text's order, not the phrases'
            yield from sorted(_text_figures(report, path, text, carried, area), key=lambda f: _place(text, f))


def _text_figures(report, path: tuple, text: str, carried: int, area: dict) -> Iterator[Finding]:
    """R9 on the figures of one paragraph ``text`` at ``path`` (:func:`check_figures`), ``carried`` 上年结转's figure and
    ``area`` the whole area's figures (:func:`_area_figures`)."""
    shares = {}  # counts of part of a row (商业秘密, 个人隐私) by their figure's place: beyond_row's
    results = {}  # counts of results read as the year's by their end: results_shares_each's
    closed = {}  # counts closed of last year's carried over and of the year's new by their kind: closed_in_all's
    # figures read as the disclosure part of a count of reviews or suits, or as an applicant kind's carried over
    # (:func:`kinds_carried_over`): no phrase's of their own
    told = {of_kind.start("carried") for of_kind in kinds_carried_over(report, text).values()}
    for pattern, cell, value in READ:
        for m in pattern.finditer(text):
            rough, cells = about(m["n"]), value(report)  # “300余件”, “1.2万件”, “一万件”: about_far's
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
                yield from closed_of_either(report, path, text, m, stated, *both)
                if "new" in both[1] and may_be_new(report, RESULTS, stated):  # with “上年结转4件全部办结” after it
                    closed.setdefault("new", []).append((both[0], text[both[0]:m.end()], stated))
                continue
            if value is CARRIED_CLOSED or value is RESULTS and closed_of_carried(text, m):
                yield from closed_beyond_carried(report, path, text, m, stated)
                closed.setdefault("carried", []).append((m.start(), m.group(), stated))
                continue
            every = ALL_CLOSED_AFTER.match(text, m.end()) if value is CARRIED_OVER else None
            if every and stated in cells[:2]:  # “上年结转4件全部办结”: as many closed (a wrong 4 is told below)
                closed.setdefault("carried", []).append((m.start(), text[m.start():every.end()], stated))
            start = closed_of_new(text, m, value) if value in (RESULTS, NEW_RECEIVED) else None
            if start is not None:
                yield from beyond(report, path, text, start, m, stated, *NEW_CLOSED)
                closed.setdefault("new", []).append((start, text[start:m.end()], stated))
                continue
            said, reason = m.group(), reason_after(text, m) if value in KINDS else None
            before = one_kind(report, text, m, value) if value in GROUPS and not reason else None
            named = reason.group("reason") if reason else before[0] if before else None
            row = kind_row(report, value, named) if named is not None else None
            share = row is not None and part_of_row(named)  # at most the row's, of whichever applications
            if share and before and said_of_others(report, text, m, before[1]):
                continue
            if value in OF_TABLE_THREE and of_proceedings(text, m) \
                    or pattern in RESULT_PHRASES and (of_other_things(report, path, text, m)
                                                      or of_count_before(text, m) and not of_all_closed(report, text, m)) \
                    or other_matter(text, m, value) or value is NEW_RECEIVED and received_unnamed(report, text, m) \
                    or pattern in BARE and not on_topic(report, path, text[:m.start()], "主动公开") \
                    or not share and (pattern in FIGURE_FIRST_RESULTS and to_some(text, m)
                                      or value in OF_APPLICATIONS and of_part(report, text, m.end(),
                                                                              value is CARRIED_FORWARD)):
                continue
            # a group's kind by a reason that names its row is that row's after “其中” too, as when listed (:func:`rows_listed`)
            if not share and value in PARTED and part_of_count(report, text, m, value) and row is None:
                if value not in GROUPS and not rough:  # a group's kinds after “其中” are read by their reasons
                    yield from part_beyond(report, path, text, m, stated, value)
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
                yield from beyond(report, path, text, text.rfind(some, 0, m.start()), m, stated,
                                  (f"{some}办结（答复）的申请有", f"{some}办结的"), (ALL_CLOSED,))
                continue
            # of the year's new only, or of all: “收到的申请中，…，结转下年度4件”, “收到申请55件，已办结50件”
            received = received_first(text, m) if carried and value in (RESULTS, CARRIED_FORWARD) else None
            # after the channels told alone, of the applications they name: the year's where they are all of them
            channels = closed_of_channels(report, path, text, m) if value in (RESULTS, CARRIED_FORWARD) else None
            new = NEW_RECEIVED(report)[0]
            if channels is not None and channels not in (new, new + carried):
                continue
            if (received and exact(received["n"]) == new or channels == new and carried
                    or value is CARRIED_FORWARD and of_new(text, m)) and (rough or may_be_new(report, value, stated)):
                continue
            if value is DENIED:
                shares.update((p.start("n"), (p.start(), p.group(), exact(p["n"]), THIRD_PARTY_ROW))
                              for p in parts_listed(text, m))
            kinds = kinds_after(text, m, value) if value in GROUPS and not (reason or before) else 0
            for item, row in rows_listed(report, text, m, value) if value in GROUPS and not (reason or before) else ():
                yield from row_listed(report, path, text, item, row)
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
                yield from count_share(path, text, m, stated, (RESULTS(report)[0], new, new + carried),
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
            if value in PROCEEDINGS and list_with_part(text, m):
                continue
            if listed:  # the second of a list of reviews and suits: points at it
                at, where = text[listed:m.end()], listed
            # after such a list, “其中涉及政府信息公开的2起” and outcomes may be of either
            part = DISCLOSURE_PART.search(text[m.end():]) if value in (RECONSIDERATION, LITIGATION) and not listed \
                else OF_POOL.search(text[m.end():]) if value is RESULTS else None
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
                    said += TO_CLOSING.match(text, m.end() + part.end()).group()
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
                yield from about_far(path, text, m, at, where, rough, read, (said, cell, table, cite))
            if value in PROCEEDINGS:
                # “…15件，其中涉及政府信息公开的4件，均维持…”: all of the 15 or of the 4?
                yield from outcomes(report, path, text, m.end() + (part.end() if part else 0), value,
                                    None if part else stated, bool(listed))
            if value is LITIGATION and not listed and not part:
                yield from suit_kinds(report, path, text, m, stated)
            if value is NEW_RECEIVED and stated is not None and not shared:  # a share's applicants are the count's
                yield from applicants(report, path, text, m, stated)
            if value is NEW_RECEIVED:
                yield from with_carried_sum(report, path, text, m)
    yield from rates_told(report, path, text)
    yield from none_said(report, path, text)
    yield from _fee_amount(report, path, text)
    yield from applicants_alone(report, path, text)
    yield from channels_sum(report, path, text)
    yield from channels_beyond(path, text)
    yield from respectively(report, path, text)
    yield from beyond_row(report, path, text, shares.values())
    yield from outcomes_beyond(report, path, text)
    yield from rest_of_results(report, path, text)
    yield from named_shares(report, path, text)
    yield from results_shares_each(report, path, text, results)
    yield from combined_results(report, path, text)
    yield from closed_in_all(report, path, text, closed)


def _place(text: str, finding: Finding) -> int:
    """Where in ``text`` the piece ``finding`` points at stands (its ``skip``-th occurrence)."""
    place = -1
    for _ in range(finding.skip + 1):
        place = text.find(finding.at, place + 1)
    return place


def _either(report, path: tuple, text: str, m: re.Match, stated: int, values: list[Callable]) -> Iterator[Finding]:
    """R9 on a count that may be any of ``values``' cells, as organs count it: a bare “结转N件” (:data:`CARRIED_EITHER`,
    the cell its sentence says: :func:`carried_which`, or either), applications handled (:data:`HANDLED`)."""
    if any(stated in value(report)[:2] for value in values):
        return
    at = m.group()
    found = "，".join(f"{CELL_NAMES[value]}为 {value(report)[0]}" for value in values)
    yield Finding(WARNING, f"正文写的是{quoted(at.strip())}，而{found}：请改正其中一处", path, at, skip=text.count(at, 0, m.start()))


def _told_after(pattern: re.Pattern, text: str, m: re.Match) -> bool:
    """Whether the phrase ``m`` of ``text`` is followed by ``pattern`` (:data:`WITH_CARRIED` …), or its aside says it."""
    return bool(pattern.search(text[m.end():]) or pattern.search(f"（{m.group('aside') or ''}"))


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
        if stated in rounded(table, places[0]) or table in rounded(stated, places[1]):
            continue
        said, unit = m.group(), "" if m["unit"] == "万元" else f"（即 {stated.normalize():f} 万元）"
        # the table's header is in 万元: a cell typed in 元 is 10,000 times the text's
        slip = "（表中的数像是以元填写的，表头的单位是万元）" if stated.scaleb(4) == table else ""
        wrong = f"正文写的是{quoted(said)}{unit}，而表二“行政事业性收费”的本年收费金额为 {cells[0]} 万元{slip}：请改正其中一处"
        yield Finding(WARNING, wrong + CITE_ADVICE.format(cells[2]), path, said, published=wrong,
                      skip=text.count(said, 0, m.start()))
