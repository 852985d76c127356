"""R9 on counts closed that are part of a cell's: of last year's carried over (:func:`closed_beyond_carried`), of the
year's new (:func:`beyond`, :func:`may_be_new`), of either after counts of both (:func:`closed_of_either`), the two
together (:func:`closed_in_all`), and a part after “其中” of a count before it (:func:`part_beyond`).
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from reportkit.errors import WARNING
from reportkit.registry import Finding

from .kinds import FULL_STOP
from .parts import whole_of_part
from .phrases import CARRIED_OVER, CLOSED, NEW_RECEIVED, RESULTS
from .sentences import NUMBER, exact, quoted


#: After a count of last year's carried over, all of them closed: “上年结转4件全部办结”, “上年结转申请4件，均已答复” (with no
#: figure, as many as were carried over: :func:`closed_in_all`).
ALL_CLOSED_AFTER = re.compile(r"\s*(?:(?:(?:政府)?(?:信息)?公开)?申请)?\s*[，,]?\s*(?:本年度?|当年|今年|年内)?(?:已经?|现已)?"
                               rf"(?:全部|均|都)(?:已经?)?(?:予以)?{CLOSED}(?=\s*(?:[，,。；;）)]|$))")


#: After a count closed, those of it closed: “办结59件申请中的54件” (59 to handle, 54 closed).
OF_POOL = re.compile(rf"^\s*(?:(?:政府)?(?:信息)?公开)?(?:申请)?(?:中|当中|里)的?\s*(?P<n>{NUMBER})\s*件")


def closed_beyond_carried(report, path: tuple, text: str, m: re.Match, stated: int) -> Iterator[Finding]:
    """R9 on a count of last year's carried over closed this year (:data:`.phrases.CARRIED_CLOSED`, :func:`.parts.closed_of_carried`):
    more than 表三's 上年结转 is wrong; fewer is not, the rest going on into the next year."""
    table, parts, _cite = CARRIED_OVER(report)
    if stated > max(table, parts):
        said = m.group().strip()
        wrong = (f"正文写的是{quoted(said)}，即本年度办结的上年结转申请有 {stated} 件，而表三“二、上年结转政府信息公开申请数量”的总计"
                 f"只有 {table} 件：办结的不会多于结转来的，请改正其中一处")
        yield Finding(WARNING, wrong + "（数据文件中上年结转的数写在 tables.applications.carried_over 下）", path, said,
                      published=wrong, skip=text.count(said, 0, m.start()))


def beyond(report, path: tuple, text: str, start: int, m: re.Match, stated: int, what: tuple[str, str],
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


#: A count of some closed is at most （七）总计 (:func:`beyond`'s bound).
ALL_CLOSED = (RESULTS, "“三、本年度办理结果（七）总计”", "全年办结的")
#: The year's new applications closed this year (“当年收到当年办结50件”: :func:`.parts.closed_of_new`): at most 本年新收 and
#: （七）总计, at least （七）总计 less 上年结转 (those closed too, or some of them going on).
NEW_CLOSED = (("本年度新收的申请中办结了", "新收申请中办结的"),
               ((NEW_RECEIVED, "“一、本年新收政府信息公开申请数量”的总计", "收到的"), ALL_CLOSED), ALL_CLOSED[:2])


def may_be_new(report, value: Callable, stated: int) -> bool:
    """Whether ``stated``, closed (``value`` :data:`RESULTS`) or carried forward (:data:`.phrases.CARRIED_FORWARD`), may be the
    year's new applications' only: at most the cell's figure (and 本年新收), at least the cell's figure less 上年结转, the
    most of those carried over it may leave out."""
    table, carried, new = value(report)[0], CARRIED_OVER(report)[0], NEW_RECEIVED(report)[0]
    return table - carried <= stated <= (min(table, new) if value is RESULTS else table)


def part_beyond(report, path: tuple, text: str, m: re.Match, stated: int, value: Callable) -> Iterator[Finding]:
    """R9 on a count ``m`` of ``text`` after “其中” that parts a count of its cell ``value`` before it
    (:func:`.parts.part_of_count`, :func:`whole_of_part`: “办结申请54件，其中按期办结46件”): more than that count is wrong."""
    whole = whole_of_part(report, text, m, value)
    total = exact(whole["n"]) if whole else None
    if total is not None and stated > total:
        said, at = text[whole.start():m.end()], m.group()
        yield Finding(WARNING, f"正文写的是{quoted(said)}，其中的 {stated} 件多于前面的 {total} 件：一部分不会多于全部，请改正其中一处",
                      path, at, skip=text.count(at, 0, m.start()))


def closed_of_either(report, path: tuple, text: str, m: re.Match, stated: int, start: int,
                     readings: set[str]) -> Iterator[Finding]:
    """R9 on a count closed after counts of the new and the carried over (:func:`.parts.closed_after_both`, its words from
    ``start``): right where one of its ``readings`` holds, all closed (（七）总计), the new only (:func:`may_be_new`)
    or the carried over (at most 上年结转)."""
    table, parts, _cite = RESULTS(report)
    carried, new = CARRIED_OVER(report)[0], NEW_RECEIVED(report)[0]
    holds = {"all": stated in (table, parts), "new": may_be_new(report, RESULTS, stated),
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


def closed_in_all(report, path: tuple, text: str, closed: dict) -> Iterator[Finding]:
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
