"""Tables of one list's items (答复结果｜件数, 类别｜条数｜占比; down or across): the figures they give (:func:`read_list`), what they
say against themselves (:func:`list_faults`), and shares cut where reportkit rounds them (:func:`shares_off`)."""
from __future__ import annotations

import re

from ...default_plugins.annual_report.edition2008.model import percent_text, share_of
from ...outline import TYPED_NUMBER
from ..labels import TOTAL_ROW, clean, norm
from .carried_over import STILL_OPEN
from .counts import COUNT_UNITS, PERCENT, WHOLE, rounded_otherwise, share_agrees, shares_agree, whole_count
from .exact import no_name
from .lists import COUNT_HEAD, ITEM_NAMES, LIST_HEADS, NOT_AN_ITEM, disagreement, group_head
from .printing import table_labels, unit_free, unit_of
from .sentences import search
from .tables import counted_cells, label_field, unnumbered


#: A third column of categories: each one's share of the total (类别｜条数｜占比: 18｜12.5%).
_SHARE_HEAD = re.compile("(?:所?占)?(?:[^｜]{0,8}?的?)?(?:比例|比重|占比|百分比)")


def read_list(kind: str, rows: list[list[str]]) -> tuple[dict, dict[tuple, int]] | None:
    """A table of two columns listing one list's items (答复结果｜件数: 同意公开｜5 …), with a 合计 row last or not:
    the figures it gives and the row each came from (``(list, n)`` or ``(total,)`` → its row's index). None unless
    every row is an item (a name without digits, no name twice, none a label of another figure) with a whole count,
    and the 合计, if any, is their sum. A third column of categories' shares (占比) must give each one's share of
    their sum (the 合计), as printed to its decimals give or take one in the last."""
    listed = _list_table(kind, rows)
    return None if listed is None or listed[2] else listed[:2]


def list_faults(kind: str, rows: list[list[str]]) -> list[tuple[int, str]]:
    """What a table of one list that :func:`read_list` did not read says against itself, each with its row's index:
    a 合计 that is not its items' sum, or a share (占比) that is not its count's share of that 合计; also of a table of
    items the figures have no list for (申请类别｜件数: 查阅类｜3, 复制类｜4, 合计｜8), its 合计 last."""
    listed = _list_table(kind, rows)
    return _sum_row_fault(kind, rows) if listed is None else listed[2]


def _sum_row_fault(kind: str, rows: list[list[str]]) -> list[tuple[int, str]]:
    """A table of two columns, a head, then items each a name and a count, then a 合计 row: the 合计's row and the words
    of a finding where it is not the items' sum; none for any other table, or one with a figure's row among them
    (its label reportkit's or one a free sentence names the figure by: 收到申请)."""
    rows = unnumbered(kind, counted_cells(rows))
    count = re.compile(rf"\s*{WHOLE}\s*[{COUNT_UNITS}]?\s*")
    if len(rows) < 4 or any(len(row) != 2 for row in rows) or re.search(r"\d", "".join(rows[0])) \
            or not TOTAL_ROW.fullmatch(norm(rows[-1][0])) or not count.fullmatch(rows[-1][1]):
        return []
    body = rows[1:-1]
    if not all(count.fullmatch(value) and not re.search(r"\d", name) and not TOTAL_ROW.fullmatch(norm(name))
               and not label_field(kind, name)
               and not search(kind, f"{name}{count.fullmatch(value)[1]}{unit_of(kind)}", "") for name, value in body):
        return []  # a figure's row among them (收到申请｜6 over its channels and outcomes): the 合计 is of some only
    summed, total = sum(whole_count(count.fullmatch(value)[1]) for _, value in body), whole_count(count.fullmatch(rows[-1][1])[1])
    said = disagreement(kind, None, summed, total, f"“{rows[-1][0].strip()}”一行")
    return [] if summed == total else [(len(rows) - 1, said)]


def shares_off(kind: str, rows: list[list[str]]) -> list[tuple[int, str]]:
    """The shares (占比) of a table :func:`read_list` reads that are not as reportkit rounds them (half up) but one off
    in their last place (61.6% for 61.7%: cut, not rounded), each as words with its row's index."""
    listed = _list_table(kind, rows)
    return [] if listed is None else listed[3]


def _list_table(kind: str, rows: list[list[str]]) -> tuple[dict, dict[tuple, int], list, list] | None:
    """:func:`read_list`'s figures and their rows, with the faults (:func:`list_faults`) and the shares one off
    (:func:`shares_off`) of a table whose rows are a
    list's items and counts; or whose columns are, the items across (类别｜政策法规类｜… over 条数｜210｜…, a 占比 row
    under them maybe), each figure and fault then the counts' row's; None where they are not such a list."""
    heads = LIST_HEADS.get(kind, {})
    rows = _named_down(kind, unnumbered(kind, counted_cells(rows)))
    across = len(rows) in (2, 3) and len(rows[0]) > 2 and norm(unit_free(rows[0][0])) in heads \
        and len({len(row) for row in rows}) == 1 and COUNT_HEAD.fullmatch(norm(unit_free(rows[1][0]))) \
        and (len(rows) == 2 or _SHARE_HEAD.fullmatch(norm(unit_free(rows[2][0]))))
    if not across:
        named = _headless(kind, rows)
        listed = _list_rows(kind, [[named, unit_of(kind)], *rows] if named else rows)
        if not named or listed is None:
            return listed
        return listed[0], {key: n - 1 for key, n in listed[1].items()}, *([(n - 1, said) for n, said in found]
                                                                          for found in listed[2:])
    listed = _list_rows(kind, [list(column) for column in zip(*rows)])
    return listed and ({**listed[0]}, dict.fromkeys(listed[1], 1), *([(1, said) for _, said in found]
                                                                    for found in listed[2:]))


def _headless(kind: str, rows: list[list[str]]) -> str | None:
    """The head a table of one list's items printed without one would have (同意公开｜6, 部分公开｜2 …, under a heading
    办理结果 or none: 答复结果), where every row but a 合计 last is an item of that list by its name (:data:`ITEM_NAMES`)
    and its count; else None."""
    body = rows[:-1] if len(rows) > 2 and TOTAL_ROW.fullmatch(norm(rows[-1][0])) else rows
    if len(body) < 2 or any(len(row) != 2 or not re.fullmatch(rf"\s*{WHOLE}\s*[{COUNT_UNITS}]?\s*", row[1])
                            for row in rows):
        return None
    names = [norm(row[0]) for row in body]
    for label, (name, _) in LIST_HEADS.get(kind, {}).items():
        if name in ITEM_NAMES and all(ITEM_NAMES[name].search(n) and not NOT_AN_ITEM.search(n) for n in names):
            return label
    return None


def _named_down(kind: str, rows: list[list[str]]) -> list[list[str]]:
    """``rows`` as two columns where a list's name is merged down the first over all its items (项目｜内容｜件数:
    办理结果 over 同意公开｜5, 部分公开｜1 …; a merged cell read in each row it covers, or in its first only, the others
    blank as a copy in text leaves them, or left out), the name then heading the items' names (办理结果｜件数), one row
    for one; as they are where the table is no such list."""
    if len(rows) < 3 or len(rows[0]) != 3 or len(rows[1]) != 3 or not group_head(kind, rows[1][0]) \
            or any(len(row) == 3 and row[0] not in ("", rows[1][0]) or len(row) not in (2, 3) for row in rows[1:]):
        return rows
    return [[rows[1][0], rows[0][2]], *(row[-2:] for row in rows[1:])]


def _list_rows(kind: str, rows: list[list[str]]) -> tuple[dict, dict[tuple, int], list, list] | None:
    """:func:`_list_table` of a table listing the items down its rows; shares under a head in per cent (所占比例（%）:
    17.0) are read as written with their %, of any list (办理结果｜数量｜所占比例: each outcome's share of their sum).
    The total's row (合计, or the total's own label: 本年度主动公开总数 as
    reportkit prints it, 本年度共主动公开: :func:`_total_row`) may stand first or last of the items, and rows of the
    part's other figures after them (历年累计主动公开｜3627, a share cell blank or the count again) are those figures."""
    heads = LIST_HEADS.get(kind, {})
    labels = table_labels(kind)[0]
    total = heads.get(norm(unit_free(rows[0][0])), (None, None))[1] if rows and rows[0] else None
    end = len(rows)
    while end > 3 and (field := label_field(kind, rows[end - 1][0])) and field != total and len(rows[end - 1]) > 1 \
            and re.fullmatch(rf"\s*{WHOLE}\s*", rows[end - 1][1]) \
            and all(norm(c) in ("", norm(rows[end - 1][1])) for c in rows[end - 1][2:]):
        end -= 1
    rows, others = rows[:end], [(n, row) for n, row in enumerate(rows) if n >= end]
    shares = [row[2] for row in rows] if rows and all(len(row) == 3 for row in rows) else None
    if shares and re.search(r"[（(][%％][）)]$", shares[0].strip()):
        shares = [share if re.search("[%％]", share) else f"{share}%" for share in shares]
    if shares and not _SHARE_HEAD.fullmatch(norm(unit_free(rows[0][2]))):
        return None
    rows = [row[:2] for row in rows] if shares else rows
    if len(rows) < 2 or any(len(row) != 2 for row in rows):
        return None
    found = heads.get(norm(unit_free(rows[0][0])))
    if not found or not COUNT_HEAD.fullmatch(norm(unit_free(rows[0][1]))):
        return None
    name, total = found
    at = next((n for n in (len(rows) - 1, 1) if len(rows) > 2 and _total_row(kind, total, rows[n][0])), None)
    if at is None and others:
        return None  # another figure after the items, with no total: not reportkit's table, nor a list's
    body = [n for n in range(1, len(rows)) if n != at]
    unit = unit_of(kind)
    counts = [re.fullmatch(rf"{WHOLE}\s*{unit}?", rows[n][1].strip()) for n in body]
    names = [TYPED_NUMBER.sub("", clean(rows[n][0]), count=1) for n in body]
    # an application still open (正在办理｜2, 结转下年度｜1) is no outcome: answered, it would count as one
    if not body or not all(counts) or any(no_name(n) or re.search(r"\d", n) or _total_row(kind, total, n)
                                          or norm(n) in labels or name == "outcomes" and STILL_OPEN.search(n)
                                          for n in names) \
            or len(set(map(norm, names))) < len(names):
        return None
    items = [{"name": n, "count": whole_count(c.group(1))} for n, c in zip(names, counts)]
    figures: dict = {name: items}
    where = {(name, k): n for k, n in enumerate(body)}
    for n, row in others:
        field = label_field(kind, row[0])
        figures[field], where[(field,)] = whole_count(row[1].strip()), n
    summed, faults = sum(i["count"] for i in items), []
    if at is not None:
        given = re.fullmatch(rf"{WHOLE}\s*{unit}?", rows[at][1].strip())
        if total is None or not given:
            return None
        figures[total], where[(total,)] = whole_count(given.group(1)), at
        if figures[total] != summed:
            faults.append((at, disagreement(kind, name, summed, figures[total], f"“{rows[at][0].strip()}”一行")))
    item_shares = [shares[n] for n in body] if shares else []
    if shares and summed and not shares_agree(item_shares, [i["count"] for i in items]):  # none are shares of 0
        if at is None or faults or not all(PERCENT.fullmatch(share) for share in item_shares):
            return None  # shares of some other total, of a 合计 in doubt, or not shares: no fault of them is sure
        k, item = next((k, i) for k, i in enumerate(items) if not share_agrees(item_shares[k], i["count"], summed))
        said = (f"“{item['name']}”{item['count']} {unit}占合计 {summed} {unit}的 {percent_text(share_of(item['count'], summed))}，"
                f"而表中写的占比为 {item_shares[k].strip()}：请核对后改正其中一处")
        faults.append((body[k], said))
    off = [] if faults else [(n, f"“{item['name']}”{item['count']} {unit}占合计 {summed} {unit}的 {rounded}，"
                                 f"表中写的是 {share.strip()}")
                             for n, item, share in zip(body, items, item_shares)
                             if (rounded := rounded_otherwise(share, item["count"], summed))]
    return figures, where, faults, off


def _total_row(kind: str, total: str | None, label: str) -> bool:
    """Whether a row labelled ``label`` gives the total of a list whose total is the figure ``total``: 合计、总计 … or
    that figure's label (:func:`label_field`)."""
    return bool(TOTAL_ROW.fullmatch(norm(label)) or total and label_field(kind, label) == total)
