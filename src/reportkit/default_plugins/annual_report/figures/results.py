"""R9 on what became of the applications beyond a count of each cell: results of some applications told after “对”
(:func:`outcomes_beyond`), the rest after results listed (:func:`rest_of_results`), results told together
(:func:`combined_results`), kinds of a group listed after it (:func:`row_listed`) and parts of a row
(:func:`beyond_row`).
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from reportkit.errors import WARNING
from reportkit.registry import Finding

from .cells import CELL_NAMES, CITE_ADVICE, OUTCOME_VALUES, RESULT_NAME, RESULT_NAMES, named_value, sentence_start
from .kinds import (
    FULL_STOP, NOT_GIVEN, kind_row, one_kind, part_of_row, parts_of_results, parts_span, reason_after, row_name,
    rows_listed, whole_group,
)
from .organs import others
from .parts import of_count_before, of_part, to_some
from .periods import WHEN, not_the_table
from .phrases import (
    CARRIED_FORWARD, CARRIED_OVER, GROUPS, NEW_RECEIVED, READ, RESPECTIVE_NAMES, RESULTS, RESULT_WORDS, t3_key,
)
from .sentences import COUNT, NUMBER, SHARE_ASIDE, exact, quoted
from .shares import NAMED_SHARE


#: A count of applications said to be all closed, ending the clause before results: “三件申请均在法定期限内办结：”.
_ALL_OF_THEM_CLOSED = re.compile(rf"(?P<n>{NUMBER})\s*件(?:(?:政府)?(?:信息)?公开)?申请(?:均|全部|都)[^，,：:]{{0,12}}?(?:办结|答复)"
                                 r"(?:完毕)?\s*[：:，,]\s*")
#: Results listed one after another: “予以公开22件，部分公开6件，”.
_RESULTS_BETWEEN = re.compile(rf"(?:(?:{RESULT_WORDS})\s*{NUMBER}\s*件\s*[，,、]\s*)*")


def of_all_closed(report, text: str, m: re.Match) -> bool:
    """Whether the result ``m`` of ``text`` follows a count of applications said to be all closed (:data:`_ALL_OF_THEM_CLOSED`)
    as many as （七）总计: the year's results, not those of some applications."""
    sentence = re.split(r"[。；;！？!?]", text[:m.start()])[-1]
    closed = [*_ALL_OF_THEM_CLOSED.finditer(sentence)]
    return bool(closed) and exact(closed[-1]["n"]) == RESULTS(report)[0] \
        and bool(_RESULTS_BETWEEN.fullmatch(text, m.start() - len(sentence) + closed[-1].end(), m.start()))


#: A count of some applications after “对”, what became of them told after it: “对已办结的20件中，予以公开15件，…”, “对其中
#: 10件申请，…”, “对涉及征收的10件申请，…” (:func:`.parts.to_some`: those, not the year's), “对其中的50件作出答复，…” (group
#: ``closed``: those answered, all the year's closed where as many as （七）总计), their results listed after “其中” or not.
_TO_SOME = re.compile(rf"对\s*(?:其中)?(?:[^，,。；;！？!?\d件]{{0,20}}?的)?\s*(?P<n>{NUMBER})\s*件(?:(?:政府)?(?:信息)?公开)?(?:申请)?"
                      r"(?:中|当中|里|(?P<closed>(?:依法|均|已|全部)*(?:作出|做出|予以|进行)?了?(?:答复|办结|处理完毕)))?\s*[，,：:]"
                      r"(?:\s*其中\s*[，,：:]?)?")
#: Where the results of such a count end: its sentence's end, a “其中” parting one of them, the rest (另有, 其余, 此外).
_TO_SOME_END = re.compile(r"[。；;！？!?]|其中|另有|其余|此外")


def outcomes_beyond(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on the results (:data:`.phrases.OUTCOME_PHRASES`) told after a count of some applications after “对”
    (:data:`_TO_SOME`), up to :data:`_TO_SOME_END`: together they are at most that count; not of another time or other
    organs, each at most its cell, and where the count is said answered (closed) and is （七）总计, they are the year's
    results, each its cell's figure."""
    closed = RESULTS(report)[0]
    for some in _TO_SOME.finditer(text):
        end = _TO_SOME_END.search(text, some.end())
        stop = end.start() if end else len(text)
        results = {r.start("n"): (r, value)
                   for p, value in OUTCOME_VALUES.items() for r in p.finditer(text, some.end(), stop)}
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
            yield Finding(WARNING, f"正文写的是{quoted(said)}，而{CELL_NAMES[value]}为 {table}：{why}，请改正其中一处", path, at,
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
_COMBINED = re.compile(rf"(?<![或和及与、])(?P<names>(?:{RESULT_NAME})(?:\s*[、和及与]\s*(?:{RESULT_NAME}))+)的?(?:申请)?"
                       rf"(?:共计?|合计|总计)(?:有|为|达到?)?\s*(?P<n>{NUMBER})\s*件")


def _combined_values(m: re.Match) -> list[Callable]:
    """The results told together in ``m`` (:data:`_COMBINED`), each by its cell."""
    return [next(v for words, v in RESULT_NAMES if re.fullmatch(words, name))
            for name in re.split(r"\s*[、和及与]\s*", m["names"])]


def _among_counts(text: str, m: re.Match) -> bool:
    """Whether the clauses before ``m`` in its sentence each tell a count or when, and its own only “其中” or the year
    (“全年办结申请54件，予以公开22件，…”): not a clause that makes them some (“申请内容涉及征收补偿的，…”)."""
    *before, clause = re.split(r"[，,：:]", re.split(r"[。；;！？!?]", text[:m.start()])[-1])
    return bool(re.fullmatch(r"\s*(?:其中|此外|另有|另外|全年|本年度?|今年|年内)*\s*", clause)) \
        and all("件" in b or WHEN.fullmatch(b.strip()) for b in before)


def combined_results(report, path: tuple, text: str) -> Iterator[Finding]:
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
            names = "与".join(CELL_NAMES[value].removeprefix("表三").removesuffix("的总计").removesuffix("各项之和")
                             for value in values)
            yield Finding(WARNING, f"正文写的是{quoted(m.group())}，而表三{names}之和为 {table}：请改正其中一处", path, m.group(),
                          skip=text.count(m.group(), 0, m.start()))


def _goes_on(text: str, at: int) -> bool:
    """Whether the part of a sentence from ``at``, after a semicolon, goes on with a result or the rest (“；部分公开6件，…”,
    “；其余26件…”), not with words of its own (“；网上申请中，其余5件不予公开”)."""
    at += len(text[at:]) - len(text[at:].lstrip())
    return bool(re.match("其余|剩余|余下|另有|另外", text[at:])) or any(p.match(text, at) for p in OUTCOME_VALUES)


def rest_of_results(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on the rest after a count closed and some of its results in its sentence or opening the next (:data:`_REST`):
    （七）总计 less the listed results' cells, or the named group's cell; only where the count closed is the table's, of
    the organ and the year, and nothing but results is told between it and the rest (no aside: “予以公开22件（含部分公开
    6件）”). A named group is the year's too after results each its cell's, with no count closed or one not the table's
    (“本年度予以公开22件，部分公开6件，其余7件不予公开”, “办结申请50件，…”: the 50 is told apart). Results parted by
    semicolons are one sentence's; results told together (:data:`_COMBINED`) are listed ones; with no count closed, the
    year's new and carried over each the table's (:func:`_received_told`) stand for those closed of them
    (:func:`_closed_base`); results of applications on a matter (“对涉及征收的10件申请予以公开”) have no rest read; a group
    listed with a reason is the row it names (:func:`_listed_cells`); results told by their share (:data:`NAMED_SHARE`)
    are listed ones too."""
    closed = RESULTS(report)
    for rest in _REST.finditer(text):
        start = sentence_start(text, rest.start())
        if any(begin <= rest.start("n") < end for begin, end, _n in parts_of_results(text, start, rest.start())):
            continue  # “无法提供11件，其中本机关不掌握9件，其余2件…”: the rest of its parts
        while start and text[start - 1] in "；;" and _goes_on(text, start):  # “…22件，占40.7%；部分公开6件，…”
            start = sentence_start(text, start - 1)
        if re.match(r"\s*其中", text[start:]):  # “办结申请54件。其中，予以公开22件，…”: with the sentence before
            start = sentence_start(text, start - 1)
        counts = [m for p, _cell, value in READ if value is RESULTS for m in p.finditer(text, start, rest.start())]
        count = max(counts, key=re.Match.end, default=None)
        named = next((value for words, value in RESPECTIVE_NAMES if rest["name"] and re.fullmatch(words, rest["name"])), None)
        if rest["another"] and (named or not _SEVERAL.match(text, rest.end()) or _one_group(text, rest.end())) \
                or rest["reason"] and not whole_group(rest["reason"]):
            continue  # “另有8件不予公开”, “另有8件因信息不存在未能提供”: one item more; “其余8件因信息不存在无法提供”: a kind
        received = None if count else _received_told(report, text, start, rest.start())
        first, after = (count.start(), count.end()) if count else received or (start, start)
        plain = _kinds_blanked(text, after, rest.start())  # “无法提供11件（其中本机关不掌握9件）”: the 11 listed
        if re.search(r"[（(]|含|包括", re.sub(SHARE_ASIDE, "", plain[after:rest.start()])) \
                or count and (not_the_table(report, text, count, dated=True) or others(report, text, count.start())):
            continue
        results = {r.start("n"): (r, [value]) for p, value in OUTCOME_VALUES.items()
                   for r in p.finditer(plain, after, rest.start())}
        results |= {c.start("n"): (c, _combined_values(c)) for c in _COMBINED.finditer(plain, after, rest.start())}
        listed = [value for _r, values in results.values() for value in values]
        if not results or set(results) != {c.start("n") for c in COUNT.finditer(plain, after, rest.start())} \
                or len(set(listed)) < len(listed) or named in listed or any(v(report) is None for v in listed) \
                or any(to_some(text, r) or _TO_NAMED.search(text, 0, r.start()) for r, _v in results.values()):
            continue
        cells = [_listed_cells(report, text, r, values) for r, values in results.values()]
        # results told by their share are listed too: “…，无法提供的约占两成，其余7件…”
        shared = [named_value(s["name"]) for s in NAMED_SHARE.finditer(plain, after, rest.start())]
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
            wrong = f"正文写的是{quoted(said)}，而{CELL_NAMES[named]}为 {table}：请改正其中一处"
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
    for p, value in OUTCOME_VALUES.items():
        if value not in GROUPS:
            continue
        for r in p.finditer(text, start, end):
            aside = _BRACKET.match(text, r.end(), end)
            inside = aside["inside"] if aside else "含"
            reason = reason_after(text, r)
            kinds = re.match(r"\s*其中", inside) and sum(exact(c["n"]) or 0 for c in COUNT.finditer(inside)) <= (
                exact(r["n"]) or 0) and not any(v is not value for q, v in OUTCOME_VALUES.items() if q.search(inside))
            if not re.search("含|包括", inside) and (reason and reason.end() == aside.end() or kinds):
                blanked = blanked[:aside.start()] + "　" * len(aside.group()) + blanked[aside.end():]
            run = parts_span(text, r)  # “无法提供11件，其中本机关不掌握9件，其余2件…”
            if run and run[2] and run[1] <= end and not any(q.search(text, *run[:2]) for q in OUTCOME_VALUES):
                blanked = blanked[:run[0]] + "　" * (run[1] - run[0]) + blanked[run[1]:]
    return blanked


def _listed_cells(report, text: str, r: re.Match, values: list[Callable]) -> tuple[int, int] | None:
    """The table's figure, as shown and as its parts add up, of the result ``r`` of ``text`` listed before the rest,
    told as ``values`` (:func:`rest_of_results`): a group given a reason is the row the reason names (“因信息不存在无法
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
    """R9 on the results told of the rest ``rest`` (:func:`rest_of_results`) after the ``listed`` ones: “其余26件中，
    不予公开8件，无法提供11件…” are the year's groups, each its cell's; not those read already (:func:`of_count_before`
    tells those of some). One given a reason is the one row it names (“其余26件中，因信息不存在无法提供9件”:
    :func:`_reason_row`), compared with nothing where it names none, several or part of one (“因涉及商业秘密…”)."""
    of_rest = re.match(r"(?:中|当中|里)", text[rest.end():])
    if not of_rest:
        return
    end = FULL_STOP.search(text, rest.end())
    own = text[rest.start():rest.end() + of_rest.end()].lstrip("，,、；;。！？!? ")  # “其余26件中”: no reason
    for p, value in OUTCOME_VALUES.items():
        for r in p.finditer(text, rest.end(), end.start() if end else len(text)):
            named, row = _reason_row(report, text, r, value, own) if value in GROUPS else (None, None)
            stated, (table, parts, _cite) = exact(r["n"]), t3_key(row)(report) if row else value(report)
            if value in listed or stated is None or not of_count_before(text, r):
                continue
            if value in GROUPS and named is None:  # its kinds after it: “不予公开8件（涉及第三方合法权益3件）”
                for item, kind in rows_listed(report, text, r, value):
                    yield from row_listed(report, path, text, item, kind)
            if stated in (table, parts) or named is not None and row is None:
                continue
            said = text[rest.start():r.end()].lstrip("，,、；;。！？!? ")
            cell = row_name(report, row) if row else CELL_NAMES[value]
            yield Finding(WARNING, f"正文写的是{quoted(said)}，而{cell}为 {table}：请改正其中一处", path, r.group(),
                          skip=text.count(r.group(), 0, r.start()))


def row_listed(report, path: tuple, text: str, item: re.Match, row: tuple) -> Iterator[Finding]:
    """R9 on the count of a kind listed after its group's count (:func:`rows_listed`): its row's figure."""
    stated, (table, parts, cite) = exact(item["n"]), t3_key(row)(report)
    said = item.group().lstrip(" ，,、；;")
    if stated is not None and stated not in (table, parts):
        wrong = f"正文写的是{quoted(said)}，而{row_name(report, row)}为 {table}：请改正其中一处"
        yield Finding(WARNING, wrong + CITE_ADVICE.format(cite), path, said, published=wrong,
                      skip=text.count(said, 0, item.start()))


def said_of_others(report, text: str, m: re.Match, start: int) -> bool:
    """Whether the reason of ``text`` from ``start`` up to the phrase ``m``, in a clause of its own (“全系统涉及商业秘密的，
    不予公开2件”), speaks of another time or other organs (:func:`not_the_table`, :func:`others`), read as the phrase's
    own clause."""
    head = text[:start] + re.sub(r"[，,：:]", "", text[start:m.start()])
    return not_the_table(report, head, m, len(head), dated=True) or bool(others(report, head, len(head)))


def beyond_row(report, path: tuple, text: str, shares) -> Iterator[Finding]:
    """R9 on counts of part of a row of 表三 (商业秘密, 个人隐私: :func:`part_of_row`, :func:`.kinds.parts_listed`), ``shares``
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
