"""The agency's own tables of figures: read row by row or column by column (:func:`search_table`), the fees by kind
(:func:`fee_items`), totals each over their items (:func:`table_list`), totals alone (:func:`table_said`); their rows as
these read them (:func:`table_rows`: no column of row numbers, each group over its items as two columns:
:func:`ungrouped`)."""
from __future__ import annotations

import itertools
import re
from decimal import Decimal

from ...numerals import numeral_value
from ...outline import TYPED_NUMBER
from ..labels import TOTAL_ROW, clean, norm
from .carried_over import carried_row, names_carried
from .counts import COUNT_UNITS, NUMBER, WHOLE, arabic, whole_count
from .fields import Found, figure_fields, typed
from .lists import COUNT_HEAD, LIST_SENTENCES, group_head, list_read, list_total, names_fit
from .printing import print_figures, table_labels, unit_free, unit_of
from .sentences import search


def search_table(kind: str, rows: list[list[str]], places: list[str], agency: str = "",
                 year: int | None = None) -> tuple[list[Found], list[tuple[str, str]]]:
    """The figures a table of the agency's own gives, row by row or column by column; and (place, label) of
    each number not understood. A first row ending in a number (行政复议｜0) is a figure's row, not the head; of two
    rows, the second all figures is under labels across (收到申请｜答复 / 9｜8, maybe after a column of heads: 项目｜
    行政复议｜行政诉讼 / 件数｜0｜1), else a figure's row under a head."""
    labels, _, _ = table_labels(kind)
    unit = unit_of(kind)
    out, unknown = [], []
    counted = rf"\s*{NUMBER}\s*[{COUNT_UNITS}元]?\s*"
    first = 0 if rows and len(rows[0]) >= 2 and re.fullmatch(counted, rows[0][-1]) else 1
    if len(rows) == 2 and first and len(rows[1]) > 2 and COUNT_HEAD.fullmatch(norm(unit_free(rows[1][0]))):
        rows = [row[1:] for row in rows]
    if len(rows) == 2 and first and all(re.fullmatch(counted, cell) for cell in rows[1] if cell.strip()):
        pairs = [(head, value, places[1], []) for head, value in zip(rows[0], rows[1])]  # labels across, figures under
    else:  # a row's figure is its last cell; one before it (类别｜条数｜占比: 188｜abc) is a number not understood too
        pairs = [(row[0], row[-1], place, row[1:-1]) for row, place in zip(rows[first:], places[first:]) if len(row) >= 2]
    for label, value, place, before in pairs:
        number = re.fullmatch(counted, value)
        field = labels.get(norm(unit_free(label)))
        if field and number:
            out.append(Found(field, typed(kind, field, re.sub(r"[,，]", "", number.group(1))), place, label + value))
            continue
        found = search(kind, label + (value if not number or re.search(r"\D$", value) else value + unit), place, agency,
                       year)
        if found:
            out += found
        elif number or any(re.fullmatch(counted, cell) for cell in before):
            unknown.append((place, label))
    return out, unknown


#: A fee item table's head (收费项目｜金额（元）) and rows: each a kind of fee (检索费｜0, 收取复制费｜20.50), a 合计 after
#: them or not, then the sum waived or not (减免费用｜0).
_FEE_HEAD = re.compile("(?:收费|费用)?(?:项目|类别|类型|名称|种类)")
_AMOUNT_HEAD = re.compile("(?:收费|收取)?(?:金额|数额|费用|收费)(?:[（(]元[）)])?")
_FEE_ITEM = re.compile("(?:收取)?(?:检索|复制|复印|邮寄|邮递|打印|装订|工本|材料|其他)"
                       "(?:、?(?:检索|复制|复印|邮寄|邮递|打印|装订|工本|材料))*费用?")
_WAIVER_ROW = re.compile("减免(?:费用|金额|数额)?")
_AMOUNT_CELL = re.compile(r"\s*(\d+(?:\.\d+)?)\s*元?\s*")


def fee_items(kind: str, rows: list[list[str]], places: list[str]) -> list[Found]:
    """The fees charged a table of the fees by kind gives (收费项目｜金额（元）: 检索费｜0, 复制费｜20.50 …, a 合计 after
    them or not): their sum, at the 合计's row if there is one that is it, else the head's; and the sum waived its
    last row gives (减免费用｜0), at that row. None for any other table, or one whose 合计 is not its rows' sum."""
    if kind != "fees" or len(rows) < 2 or any(len(row) != 2 for row in rows) \
            or not _FEE_HEAD.fullmatch(norm(rows[0][0])) or not _AMOUNT_HEAD.fullmatch(norm(rows[0][1])):
        return []
    end = len(rows) - 1 if len(rows) > 2 and _WAIVER_ROW.fullmatch(norm(rows[-1][0])) else len(rows)
    body, total = rows[1:end], None
    if TOTAL_ROW.fullmatch(norm(body[-1][0])):
        body, total = body[:-1], body[-1][1]
    amounts = [_AMOUNT_CELL.fullmatch(value) for _, value in [*body, ("", total or "0"), *rows[end:]]]
    if not body or not all(amounts) or not all(_FEE_ITEM.fullmatch(norm(label)) for label, _ in body):
        return []
    summed = sum(Decimal(found.group(1)) for found in amounts[:len(body)])
    if total is not None and Decimal(amounts[len(body)].group(1)) != summed:
        return []
    words = "、".join(f"{label}{value}" for label, value in body)
    out = [Found("charged", summed, places[end - 1] if total is not None else places[0], words)]
    if end < len(rows):
        out.append(Found("waived", Decimal(amounts[-1].group(1)), places[-1], "".join(rows[-1])))
    return out


def unnumbered(kind: str, rows: list[list[str]]) -> list[list[str]]:
    """``rows`` without a first column of numbers (序号｜类别｜条数: 1｜政策法规类｜210), the label kept of a 合计 row or
    one of a figure's (本年度主动公开总数: :func:`label_field`) over both columns, or in the first; as they are where the
    first column is no such column."""
    if len(rows) < 2 or len(rows[0]) < 3 or norm(rows[0][0]) not in ("序号", "编号") or min(map(len, rows)) < 2:
        return rows
    out = [rows[0][1:]]
    for first, second, *rest in rows[1:]:
        if re.fullmatch(r"\d*", first.strip()):
            out.append([second, *rest])
        elif (TOTAL_ROW.fullmatch(norm(first)) or label_field(kind, first)) and norm(second) in ("", norm(first)):
            out.append([first, *rest])
        else:
            return rows
    return out


#: A label's words around a figure's that a report adds or leaves out (本年度共主动公开、主动公开信息总数): the time,
#: 共, and after the figure's words 政府信息 and 总数.
_LABEL_WORDS = re.compile("(?:本年度?|全年|今年)?(?:共计?|合计|总计)?(?P<core>.+?)(?:政府)?(?:信息)?"
                          "(?:总数|总量|总条数|总件数|合计|共计|总计)?")


def label_field(kind: str, label: str) -> str | None:
    """The scalar figure a table row's label names, as reportkit prints it (本年度主动公开总数, 历年累计主动公开) or with
    :data:`_LABEL_WORDS` added or left out (本年度共主动公开: total); else None."""
    labels = table_labels(kind)[0]
    if found := labels.get(norm(unit_free(label))):
        return found
    cores = {_LABEL_WORDS.fullmatch(k)["core"]: field for k, field in labels.items()}
    words = _LABEL_WORDS.fullmatch(norm(unit_free(label)))
    return cores.get(words["core"]) if words else None


def table_said(kind: str, rows: list[list[str]], agency: str = "", year: int | None = None) -> str:
    """The sentence reportkit prints for the totals a table gives alone (申请总数｜9; 收到申请｜已答复 over 9｜9), each
    once: a list in the paragraph after it (其中同意公开6件，……) is of them; "" for any other table."""
    rows = table_rows(kind, rows)[0]
    hits, unknown = search_table(kind, rows, [""] * len(rows), agency, year)
    values = {f.field: f.value for f in hits}
    if not hits or unknown or None in values.values() or len({(f.field, f.value) for f in hits}) > len(values):
        return ""
    return "".join(print_figures(kind, "text", **values) or [])


def table_list(kind: str, rows: list[list[str]], faults: list | None = None, agency: str = "",
               year: int | None = None) -> tuple[dict, dict[tuple, int]] | None:
    """A table giving totals each with its items after it, down two columns (申请｜件数: 收到申请｜12, 其中：当面申请｜5,
    网上申请｜7, 已答复｜12, 同意公开｜8 …) or across two rows (收到申请｜已答复｜同意公开｜… over 12｜12｜8｜…): the lists'
    figures and the row each item came from (``(list, n)`` → its row's index), each read as a list in a sentence after
    its total's is (:func:`list_read`: all channels or all outcomes, adding up to the total), but only against the
    list's own total in the table (outcomes against 已答复, or against 收到申请 where the table gives no 已答复: read where
    they add up to it, a finding where they are more, :func:`_of_its_total`); None unless every
    count that is no total is an item of such a list; a row naming the list under it (办理结果: :func:`group_head`)
    gives the list's total where it has one (办理结果｜9, a 合计 the table gives its group: :func:`ungrouped`), which
    comes back with the lists; where its count is blank, the items under it are that list, of the total before it
    (outcomes all of 收到申请｜8 where no 已答复 is given), or of none where no total is before it (申请方式 over the
    channels, 办理结果 over the outcomes). A list that does not add up to its total goes into ``faults``."""
    counted = rf"{WHOLE}\s*[{COUNT_UNITS}]?"
    across = len(rows) == 2 and len(rows[0]) > 2 and len(rows[1]) == len(rows[0]) \
        and not any(re.search(r"\d", c) for c in rows[0]) and all(re.fullmatch(counted, c.strip()) for c in rows[1])
    if across:
        lines = [(label, value, 1) for label, value in zip(*rows)]
    elif len(rows) >= 3 and all(len(row) == 2 for row in rows):
        lines = [(label, value, n) for n, (label, value) in enumerate(rows)]
    else:
        return None
    # each total's figures, the items after it, and the list a head over them names (办理结果: the outcomes)
    runs: list[tuple[list[Found], list[tuple[dict, int]], str | None]] = []
    totals: dict[tuple, int] = {}  # the totals a group's head row gives (no figure's label: search_table reads none)
    carry = None  # the applications carried over from the year before (上年结转｜2), which outcomes may answer too
    carry_named = False  # or such a row without its count (上年结转｜—): the rules ask for it
    for n, (label, value, row) in enumerate(lines):
        if (more := carried_row(label, value)) is not None and carry is None:
            carry = more
            continue
        if names_carried(label) and not re.search(r"\d", value):
            carry_named = True
            continue
        if not across and group_head(kind, label) and norm(value) in ("", norm(label)):
            # 办理结果 over the outcomes' rows (its count cell blank or merged with it): they are of the run's total, or
            # of none the table gives (申请方式 over the channels, then 办理结果 over the outcomes, no 合计)
            runs.append((runs[-1][0] if runs else [], [], group_head(kind, label)))
            continue
        hits, unknown = search_table(kind, [[label, value]], [str(row)], agency, year)
        count = re.fullmatch(counted, value.strip())
        grouped = group_head(kind, label) if count and not hits and not across else None
        if grouped and list_total(kind, grouped):  # 办理结果｜9 over its outcomes (their 合计 there): 已答复 9
            hits = [Found(list_total(kind, grouped), whole_count(count.group(1)), str(row), label + value)]
            totals[(hits[0].field,)] = row
        if hits:
            runs.append((hits, [], None))
        elif unknown and count and runs:
            name = TYPED_NUMBER.sub("", re.sub("^其中[：:，,]?", "", clean(label)), count=1)
            if _outcomes_after_channels(kind, runs[-1], name):  # 同意公开 after the channels, no 办理结果 over it
                runs.append((runs[-1][0], [], "outcomes"))
            runs[-1][1].append(({"name": name, "count": whole_count(count.group(1))}, row))
        elif n or across or count:  # a head (申请｜件数) only as the first row
            return None
    figures: dict = {}
    where: dict[tuple, int] = {}
    for hits, items, named in (run for run in runs if run[1]):
        listed = [item for item, _ in items]
        read = next((read for name in ([named] if named else LIST_SENTENCES.get(kind, ()))
                     if (read := list_read(kind, name, listed, hits, faults, (), carry, carry_named))
                     and "partial" not in read
                     and (named or _of_its_total(kind, name, hits))), None) if hits \
            else {named: listed} if names_fit(kind, named, listed) else None
        if read is None or set(read) & set(figures):
            return None
        figures.update(read)
        where.update({(name, k): row for name in read for k, (_, row) in enumerate(items)})
        for hit in (hit for hit in hits if (hit.field,) in totals):
            figures[hit.field], where[(hit.field,)] = hit.value, totals[(hit.field,)]
    return (figures, where) if figures else None


def _outcomes_after_channels(kind: str, run: tuple[list[Found], list[tuple[dict, int]], str | None], name: str) -> bool:
    """Whether an item ``name`` after a table's ``run`` of channels (当面申请｜2, 网上申请｜3) starts the outcomes
    (同意公开｜4), the table naming neither list (:func:`names_fit`)."""
    _, items, named = run
    return bool(items) and named in (None, "channels") and "outcomes" in figure_fields(kind)[1] \
        and names_fit(kind, "channels", [i for i, _ in items]) and names_fit(kind, "outcomes", [{"name": name}])


def _of_its_total(kind: str, name: str, hits: list[Found]) -> bool:
    """Whether ``hits`` (a table's row or rows over a run of items) give the total of ``kind``'s list ``name``: its own
    (已答复 over the outcomes), or for outcomes the applications received where no 已答复 is given (收到申请｜10 over
    同意公开｜6 …: all answered where they add up to it, :func:`list_read`)."""
    fields = {hit.field for hit in hits}
    return list_total(kind, name) in fields or name == "outcomes" and "received" in fields and "answered" not in fields


def table_rows(kind: str, rows: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    """``rows`` as :func:`search_table` and :func:`table_list` read a table's figures: without a column of row numbers
    (:func:`unnumbered`: 序号｜项目｜件数), each group merged over its items as two columns (:func:`ungrouped`); with
    the row each came from."""
    rows = unnumbered(kind, counted_cells(rows))
    return ungrouped(kind, rows) or (_merged_down(rows), list(range(len(rows))))


def _merged_down(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with each row of three cells whose first is blank, under one whose first is not, taking its text: a
    group's cell merged down its rows (答复情况 over 同意公开｜6, 部分公开｜1), which a copy in text writes in its first
    row only and a DOCX's import reads in each row it covers; the head's row aside."""
    out = [list(row) for row in rows]
    for above, row in itertools.pairwise(out[1:]):
        if len(row) == len(above) == 3 and not row[0].strip() and above[0].strip():
            row[0] = above[0]
    return out


#: A cell that says its count is none (不予公开｜无).
_NONE_CELL = re.compile("\\s*(?:无|没有|零|〇)\\s*")


def counted_cells(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with each cell that gives a count in words in digits: 无 as 0 (不予公开｜无; 行政复议｜行政诉讼 over
    无｜无), 十二 or 十二件 as 12 (:func:`arabic`)."""
    def counted(cell: str) -> str:
        if _NONE_CELL.fullmatch(cell):
            return "0"
        value = numeral_value(cell.strip())
        return str(value) if value is not None else arabic(cell)
    return [list(map(counted, row)) for row in rows]


def ungrouped(kind: str, rows: list[list[str]]) -> tuple[list[list[str]], list[int]] | None:
    """A table of three columns whose first names a group over rows, its items' names and counts beside it and their
    合计 last (收到申请 over 当面申请｜3, 网上申请｜5, 合计｜8; a merged cell read in each row it covers, or in its
    first only, the others blank or left out), or no 合计 where the group names a list (办理结果: :func:`group_head`),
    a row merged across the first two columns among them (收到申请｜8), as two columns: each group's name with its
    total, blank where it has none, then its items (收到申请｜8, 当面申请｜3 …), with the row each came from; None for
    any other table."""
    if len(rows) < 3 or len(rows[0]) < 2 or any(len(row) not in (2, 3) for row in rows[1:]):
        return None
    rows = [rows[0], *(row if len(row) == 3 else ["", *row] for row in rows[1:])]  # the cells a merged one covers left out
    out, at, start = [[rows[0][0], rows[0][-1]]], [0], 1
    while start < len(rows):
        if rows[start][0] in ("", rows[start][1]):  # a row of its own, merged across (no group above it is open)
            out.append(rows[start][1:])
            at.append(start)
            start += 1
            continue
        end = next((n for n in range(start + 1, len(rows)) if rows[n][0] not in (rows[start][0], "")), len(rows))
        if end - start >= 2 and TOTAL_ROW.fullmatch(norm(rows[end - 1][1])):
            out += [[rows[start][0], rows[end - 1][2]], *([row[1], row[2]] for row in rows[start:end - 1])]
            at += [end - 1, *range(start, end - 1)]
        elif group_head(kind, rows[start][0]):
            out += [[rows[start][0], ""], *([row[1], row[2]] for row in rows[start:end])]
            at += [start, *range(start, end)]
        else:
            return None
        start = end
    return (out, at) if any(row[0] not in ("", row[1]) for row in rows[1:]) else None
