"""The 勾稽 and consistency rules of annual-report.md B.6.

R4 (each application counted once) is what makes R2 hold and cannot be checked
apart from it; most of R6 (non-negative integers, no blank or "/" cells) is
enforced by the model's types, the rest is here. R12 (edition vs year) is
decided with the edition, in :func:`.resolve_edition`. R17 (a cell's note fits
its column) is reportkit's own.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from typing import Iterator

from pydantic import BaseModel

from reportkit.attachments import chinese_date, years_named
from reportkit.errors import ERROR, NOTE, WARNING
from reportkit.layout import Geometry, cell_lines
from reportkit.narrative import PLACEHOLDER, item_texts, says_nothing
from reportkit.numerals import numeral_value
from reportkit.registry import Finding

from . import citations
from .figures import fees
from .figures.check import check_figures
from .figures.sentences import OTHER_ORGANS, quoted
from .model import AnnualReportBase, _Cell, applications_values, outcome_values, row_at, shown_values
from .tables import APPLICANT_COLUMNS, OUTCOMES, REVIEW_GROUPS, TOTAL, application_rows

APPLICATIONS = ("tables", "applications")
_LABELS = {c.key: c.label for c in APPLICANT_COLUMNS + (TOTAL,)}


def check_r1(report: AnnualReportBase) -> Iterator[Finding]:
    """R1: per column, 一 + 二 = 三（七）总计 + 四, with the （七）总计 as the table shows it. Where a typed （七）总计 is
    not the sum of its parts (R2), R1 holding with either of the two is no second fault: one figure is wrong. Two
    columns off by a row's two figures typed the other way round are one finding (:func:`_swap`)."""
    shown, parts = shown_values(report), applications_values(report)[("results", "total")]
    slipped = {c for keys, (c, _d) in _slips(report).items() if keys[0] != "results"}  # R3's
    swap = _swap(report)
    if swap and swap[0][0] != "results":
        slipped |= set(swap[1:])
        yield _swap_finding(report, *swap)
    for column in APPLICANT_COLUMNS:
        c = column.key
        new, carried = shown[("new_received",)][c], shown[("carried_over",)][c]
        done, forward = shown[("results", "total")][c], shown[("carried_forward",)][c]
        if new + carried not in (done + forward, parts[c] + forward) and c not in slipped:
            yield Finding(ERROR, (
                f"表三 “{column.label}”列：一、本年新收（{new}）加二、上年结转（{carried}）之和为 {new + carried}，"
                f"而三、（七）总计（{done}）加四、结转下年度继续办理（{forward}）之和为 {done + forward}，两者应相等"
            ), APPLICATIONS + ("carried_forward", c))


def check_r2(report: AnnualReportBase) -> Iterator[Finding]:
    """R2: a typed （七）总计 equals the sum of the result rows（一）to（六）. A column off by a result's figure typed
    wrong is R3's (:func:`_slips`), two columns off by a result's two figures typed the other way round one finding
    (:func:`_swap`); the 总计 column off by as much as the other columns together is said with the first of them, one
    finding: the row's typed figures agree among themselves, one of its columns is off."""
    computed = applications_values(report)[("results", "total")]
    typed = report.tables.applications.results.total
    slips = [(c, d) for keys, (c, d) in _slips(report).items() if keys[0] == "results"]
    off = {c: computed[c] - cell.value - sum(by for column, by in slips if c in (column, TOTAL.key))
           for c in _LABELS if (cell := getattr(typed, c)) is not None}
    swap = _swap(report)
    swapped = swap[1:] if swap and swap[0][0] == "results" else ()
    if swapped:
        yield _swap_finding(report, *swap)
    columns = [c for c in off if off[c] and c not in (TOTAL.key, *swapped)]
    together = off.get(TOTAL.key) and columns and off[TOTAL.key] == sum(off[c] for c in columns)
    for c in [*columns, *([] if together or not off.get(TOTAL.key) else [TOTAL.key])]:
        also = (f"；“总计”列也因此不符：（一）至（六）之和为 {computed[TOTAL.key]}，而填写的总计为 {typed.total.value}"
                if together and c == columns[0] else "")
        yield Finding(ERROR, (
            f"表三 第“（七）总计”行 “{_LABELS[c]}”列：（一）至（六）之和为 {computed[c]}，而填写的总计为 {getattr(typed, c).value}"
            f"{also}"
        ), APPLICATIONS + ("results", "total", c))


def check_r3(report: AnnualReportBase) -> Iterator[Finding]:
    """R3: a typed 总计 of a row of table 三 equals the sum of its six applicant columns; two rows off by their figures
    in one column typed the other way round are one finding (:func:`_rows_swapped`)."""
    values, slips, swapped = applications_values(report), _slips(report), _rows_swapped(report)
    if swapped:
        yield _rows_swapped_finding(report, *swapped)
    for keys, node in application_rows(report.spec):
        if node.computed or swapped and keys in swapped:
            continue  # its 总计 is R2's; or told as swapped
        typed = row_at(report.tables.applications, keys).total
        if typed is None or typed.value == values[keys][TOTAL.key]:
            continue
        sums = f"自然人至其他六列之和为 {values[keys][TOTAL.key]}，而填写的总计为 {typed.value}"
        if keys not in slips:
            yield Finding(ERROR, f"表三 第“{node.label}”行 “总计”列：{sums}", APPLICATIONS + keys + (TOTAL.key,))
            continue
        c, d = slips[keys]
        shown = shown_values(report)
        new, carried, done, forward = (shown[key][c] for key in (
            ("new_received",), ("carried_over",), ("results", "total"), ("carried_forward",)))
        column = (f"（一）至（六）之和为 {values[('results', 'total')][c]}，而（七）总计为 {done}" if keys[0] == "results" else
                  f"一、本年新收加二、上年结转为 {new + carried}，而三、（七）总计加四、结转下年度继续办理为 {done + forward}（R1）")
        yield Finding(ERROR, (
            f"表三 第“{node.label}”行 “{_LABELS[c]}”列的 {values[keys][c]} 像是{'多' if d > 0 else '少'}填了 {abs(d)}：这一行{sums}；"
            f"“{_LABELS[c]}”列{column}，也差 {abs(d)}。请把这一格改为 {values[keys][c] - d}"
            f"（这一格没错的，要改的是这一行的总计和“{_LABELS[c]}”列{'的（七）总计' if keys[0] == 'results' else '中别的数'}）"
        ), APPLICATIONS + keys + (c,))


def _rows_swapped(report: AnnualReportBase) -> tuple[tuple, tuple, str] | None:
    """Two rows of 表三 that alone fail R3, one over by as much as the other is under, whose figures in one column
    exchanged make both hold: two results, or 一 and 二, so that R1 and R2 hold as they are. (The two rows' keys, the
    column), else None; two columns that would do leave it to R3."""
    values, shown = applications_values(report), shown_values(report)
    off = {keys: values[keys][TOTAL.key] - shown[keys][TOTAL.key] for keys, node in application_rows(report.spec)
           if not node.computed and values[keys][TOTAL.key] != shown[keys][TOTAL.key]}
    new, carried, done, forward = (shown[keys] for keys in (
        ("new_received",), ("carried_over",), ("results", "total"), ("carried_forward",)))
    if len(off) != 2 or sum(off.values()) or {keys[0] for keys in off} not in ({"results"}, {"new_received", "carried_over"}) \
            or any(values[("results", "total")][c.key] != done[c.key]
                   or new[c.key] + carried[c.key] != done[c.key] + forward[c.key] for c in APPLICANT_COLUMNS):
        return None
    first, second = off
    columns = [c.key for c in APPLICANT_COLUMNS if shown[first][c.key] - shown[second][c.key] == off[first]]
    return (first, second, columns[0]) if len(columns) == 1 else None


def _rows_swapped_finding(report: AnnualReportBase, first: tuple, second: tuple, c: str) -> Finding:
    """The one finding on two rows' figures of a column of 表三 typed the other way round (:func:`_rows_swapped`)."""
    labels = {k: node.label for k, node in application_rows(report.spec) if k in (first, second)}
    values, shown = applications_values(report), shown_values(report)
    said = "，".join(f"第“{labels[k]}”行自然人至其他六列之和为 {values[k][TOTAL.key]}，而填写的总计为 {shown[k][TOTAL.key]}"
                    for k in (first, second))
    d = abs(shown[first][c] - shown[second][c])
    return Finding(ERROR, (
        f"表三 “{_LABELS[c]}”列第“{labels[first]}”行的 {shown[first][c]} 与第“{labels[second]}”行的 {shown[second][c]} 像是"
        f"填反了：{said}，两行一多一少，都差 {d}，正是这两格之差。请把这两格对调：第“{labels[first]}”行改为 "
        f"{shown[second][c]}，第“{labels[second]}”行改为 {shown[first][c]}"
    ), APPLICATIONS + first + (c,))


def _slips(report: AnnualReportBase) -> dict[tuple, tuple[str, int]]:
    """表三's rows whose typed 总计 (R3) is off by as much as one column's sum is (R2 for a result, R1 for 一、二、四),
    the same way: one figure typed wrong at the two's crossing, not the two totals. {row keys: (the column, by how
    much the row's figures exceed its 总计)}."""
    values, shown = applications_values(report), shown_values(report)
    new, carried, forward = (shown[(key,)] for key in ("new_received", "carried_over", "carried_forward"))
    done, typed_done = values[("results", "total")], shown[("results", "total")]
    slips = {}
    for keys, node in application_rows(report.spec):
        typed = None if node.computed else row_at(report.tables.applications, keys).total
        d = typed is not None and values[keys][TOTAL.key] - typed.value
        if not d:
            continue
        # one of 一、二、四 only where its column's （七）总计 holds (R2): else there are more faults than one
        columns = [c.key for c in APPLICANT_COLUMNS if d == (
            done[c.key] - typed_done[c.key] if keys[0] == "results"
            else None if done[c.key] != typed_done[c.key]
            else done[c.key] + forward[c.key] - new[c.key] - carried[c.key] if keys == ("carried_forward",)
            else new[c.key] + carried[c.key] - done[c.key] - forward[c.key])]
        if len(columns) == 1:
            slips[keys] = (columns[0], d)
    return slips


def _swap(report: AnnualReportBase) -> tuple[tuple, str, str] | None:
    """The one row of 表三 whose figures in two applicant columns, exchanged, make R1 (一、二、四) or R2 (a result or the
    （七）总计) hold where those two columns alone fail it, one over by as much as the other is under, the other rule
    holding: (its keys, the two columns), else None. Two rows that would do leave it to the rules."""
    values, shown = applications_values(report), shown_values(report)
    new, carried, forward = (shown[(key,)] for key in ("new_received", "carried_over", "carried_forward"))
    done, parts = shown[("results", "total")], values[("results", "total")]
    columns = [c.key for c in APPLICANT_COLUMNS]
    r1 = {c: 0 if new[c] + carried[c] == parts[c] + forward[c] else new[c] + carried[c] - done[c] - forward[c]
          for c in columns}
    r2 = {c: parts[c] - done[c] for c in columns}
    # a figure typed too high puts the rule as much over for 一、二 and a result, as much under for 四 and （七）总计
    results = {keys: 1 for keys, node in application_rows(report.spec) if keys[0] == "results" and not node.computed}
    for off, other, rows in ((r1, r2, {("new_received",): 1, ("carried_over",): 1, ("carried_forward",): -1}),
                             (r2, r1, results | {("results", "total"): -1})):
        wrong = [c for c in columns if off[c]]
        if len(wrong) != 2 or any(other.values()) or off[wrong[0]] != -off[wrong[1]]:
            continue
        a, b = wrong
        found = [keys for keys, sign in rows.items() if sign * (shown[keys][a] - shown[keys][b]) == off[a]
                 and shown[keys][TOTAL.key] == values[keys][TOTAL.key]]
        return (found[0], a, b) if len(found) == 1 else None
    return None


def _swap_finding(report: AnnualReportBase, keys: tuple, a: str, b: str) -> Finding:
    """The one finding on a row's two figures of 表三 typed the other way round (:func:`_swap`), at the first."""
    label = next(node.label for k, node in application_rows(report.spec) if k == keys)
    shown = shown_values(report)
    if keys[0] == "results":
        parts = applications_values(report)[("results", "total")]
        sums = {c: (parts[c], shown[("results", "total")][c]) for c in (a, b)}
        rule = "（一）至（六）之和为 {}，而（七）总计为 {}"
    else:
        sums = {c: (shown[("new_received",)][c] + shown[("carried_over",)][c],
                    shown[("results", "total")][c] + shown[("carried_forward",)][c]) for c in (a, b)}
        rule = "一、本年新收加二、上年结转为 {}，而三、（七）总计加四、结转下年度继续办理为 {}"
    row = shown[keys]
    d = abs(row[a] - row[b])
    return Finding(ERROR, (
        f"表三 第“{label}”行 “{_LABELS[a]}”列的 {row[a]} 与“{_LABELS[b]}”列的 {row[b]} 像是填反了：“{_LABELS[a]}”列"
        f"{rule.format(*sums[a])}，“{_LABELS[b]}”列{rule.format(*sums[b])}，两列一多一少，都差 {d}，正是这两格之差。"
        f"请把这两格对调：“{_LABELS[a]}”列改为 {row[b]}，“{_LABELS[b]}”列改为 {row[a]}"
    ), APPLICATIONS + keys + (a,))


def check_r5(report: AnnualReportBase) -> Iterator[Finding]:
    """R5: each 总计 of table 四 equals 结果维持 + 结果纠正 + 其他结果 + 尚未审结."""
    for key, label in REVIEW_GROUPS:
        group = getattr(report.tables.review_litigation, key)
        computed = outcome_values(group)[TOTAL.key]
        if group.total is not None and group.total.value != computed:
            where = label if key == "reconsideration" else f"行政诉讼“{label}”"
            parts = "、".join(c.label for c in OUTCOMES)
            yield Finding(ERROR, f"表四 {where}的“总计”：{parts}之和为 {computed}，而填写的总计为 {group.total.value}",
                          ("tables", "review_litigation", key, TOTAL.key))


def check_r6(report: AnnualReportBase) -> Iterator[Finding]:
    """R6 (beyond the types): 上一年项目数量 plus 本年增/减 cannot leave a negative number of items (2019); what is in
    force at the year's end is no fewer than the year alone leaves (a warning)."""
    table = report.tables.active_disclosure
    for block in report.spec.active_disclosure:
        if "change" not in {c.key for c in block.columns}:
            continue
        for key, label in block.rows:
            row = getattr(table, key)
            after = row.previous_year.value + row.change.value
            if after < 0:
                yield Finding(ERROR, (
                    f"表二 第“{label}”行：上一年项目数量 {row.previous_year.value} 加本年增/减 {row.change.value:+d} "
                    f"为 {after}，项目数量不能为负"
                ), ("tables", "active_disclosure", key, "change"))
    yield from _fewer_than_the_year(report)


#: Per edition, 表二 第（一）项's columns: what is in force (published) at the year's end, and what the year added and
#: took away; the first is last year's plus the second less the third, so never below their difference.
_IN_FORCE = {"2021": ("in_force", "issued", "repealed"), "2019": ("total_published", "newly_published", None)}


def _fewer_than_the_year(report: AnnualReportBase) -> Iterator[Finding]:
    """R6: 现行有效件数 not below 本年制发件数 − 本年废止件数 (2019: 对外公开总数量 not below 本年新公开数量)."""
    total, added, removed = _IN_FORCE[report.spec.name]
    table = report.tables.active_disclosure
    labels = {c.key: c.label for c in report.spec.active_disclosure[0].columns}
    for key, label in report.spec.active_disclosure[0].rows:
        row = getattr(table, key)
        least = getattr(row, added).value - (getattr(row, removed).value if removed else 0)
        if getattr(row, total).value < least:
            year = (f"{labels[added]} {getattr(row, added).value} 减{labels[removed]} {getattr(row, removed).value}"
                    f"（{least}）" if removed else f"{labels[added]} {least}")
            why = "上年的现行有效件数加本年制发、减本年废止" if removed else "对外公开总数量包括本年新公开的"
            yield Finding(WARNING, (
                f"表二 第“{label}”行：{labels[total]} {getattr(row, total).value} 少于{year}：{why}，一年之内不会少于这个数。"
                f"请按原始台账核对这一行，{labels[total]}至少为 {least}"
            ), ("tables", "active_disclosure", key, total))


#: The most lines a cell with a note may take: the official tables' tallest row has 4 (表三's longest label, 2021
#: （六）2, in its 3.6-unit column). A taller cell stretches its whole row, its neighbours left blank; a note of 40
#: characters in table 四's 2-character column made its one data row so tall that the Typst PDF split it over two pages.
NOTE_LINES = 4
#: A note this short fits any column of the official tables in :data:`NOTE_LINES` lines, with a value of 4 digits.
_SHORT_NOTE = 4


def _notes(node) -> Iterator[str]:
    """Every cell's note under ``node`` (a table's model)."""
    if isinstance(node, _Cell):
        if node.note:
            yield node.note
    elif isinstance(node, BaseModel):
        for value in node.__dict__.values():
            yield from _notes(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _notes(value)


def check_r17(report: AnnualReportBase) -> Iterator[Finding]:
    """R17: a cell with a note, printed “value（note）”, takes at most :data:`NOTE_LINES` lines in its column, whose
    width comes from the printed table's relative widths and the default layout's text block, type and padding."""
    if all(len(note) <= _SHORT_NOTE for note in _notes(report.tables)):
        return  # the tables need not be built (0.6 ms a report): no column is too narrow for these
    from reportkit.tables import sheets  # on first use: `validate` starts without it

    geometry = Geometry()
    for sheet in sheets(report):
        grid = sheet.grid()
        for (r, c), cell in sheet.cells.items():
            if not cell.note:
                continue
            printed = grid[(r, c)]
            room = geometry.cell_room(sheet.table.widths, c, printed.colspan)
            lines = cell_lines(printed.text, room).lines
            if lines <= NOTE_LINES:
                continue
            value = printed.text[:-len(cell.note) - 2]
            fit = 0  # counted up, not down: a note may be thousands of characters long
            while cell_lines(f"{value}（{cell.note[:fit + 1]}）", room).lines <= NOTE_LINES:
                fit += 1
            yield Finding(WARNING, (
                f"{cell.label}格的注释太长：这一列每行只排得下约 {math.floor(room)} 个字，“{value}（注释）”要排 {lines} 行，"
                f"把这一整行撑高（表中原有的行最多 {NOTE_LINES} 行），同一行的其他格留下大片空白。请把注释缩短到 {fit} 个字以内，"
                f"或删去注释，改在“{sheet.name[1:]}、{sheet.title}”的正文中说明"
            ), cell.path + ("note",))


#: A figure of 信息处理费 charged stated in the text: “发出收费通知2件”, “收取信息处理费共计400元”, “收取信息处理费二百元”,
#: “收取信息处理费0.12万元”, “收费通知于2023年12月向申请人发出2件”; the words between naming no other organs (“信息处理费
#: 全系统共收取3000元”).
_FEE_STATED = re.compile(rf"(?:收费通知|信息处理费)(?:(?!{OTHER_ORGANS.pattern})[^。；;，,]){{0,20}}?"
                         r"(?<![\d.])(?P<n>[1-9][\d.,]*|0\.\d*[1-9]\d*(?=\s*万)|[一二两三四五六七八九十百千][〇零一二两三四五六七八九十百千]*)"
                         r"\s*(?:件|万?元)")
_FEE_UNPAID = ("results", "other_handling", "overdue_fee")
#: A sum of money in a sentence: “300元”, “0.03万元”.
_MONEY = re.compile(r"\d\s*万?元")


def _fee_unreported(report: AnnualReportBase) -> Iterator[Finding]:
    """Fee notices the report shows elsewhere (表三（六）2, a sentence of the text, not of another year or organ:
    :func:`.figures.fees.not_the_years`) while section 六 states none charged: the data's ``information_processing_fee``
    is empty and no sentence of section 六 gives a figure (a published report's “本年度未发出信息处理费收费通知……”
    imports as that). A section 六 still to be written (a placeholder: missing from a published report, a finding of
    its own) is not judged."""
    if report.information_processing_fee.charged:
        return
    if any(_FEE_STATED.search(text) or PLACEHOLDER.search(text) for _path, text in item_texts(report.sections.other, ())):
        return
    fix = "请在“六、其他需要报告的事项”写明本年度发出收费通知的件数和金额、实际收取的金额"
    key = "（数据文件写在 information_processing_fee 下）"
    unpaid = applications_values(report)[_FEE_UNPAID]["total"]
    if unpaid:
        said = (f"表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用……”为 {unpaid} 件，即发出过信息处理费收费通知，"
                "而“六、其他需要报告的事项”没有写收费通知的件数和金额（或写的是未发出）：{}；收费通知是上年发出的，请在第六部分说明")
        yield Finding(WARNING, said.format(fix + key), APPLICATIONS + _FEE_UNPAID + (TOTAL.key,),
                      published=said.format(fix))
        return
    for path, text in citations.narrative(report):
        m = next((m for m in _FEE_STATED.finditer(text) if not fees.not_the_years(report, text, m, m.start("n"))),
                 None) \
            if path[1] != "other" else None
        if m:
            said = f"正文写的是{quoted(m.group())}，而“六、其他需要报告的事项”没有写收费通知的件数和金额（或写的是未收取）：{fix}"
            yield Finding(WARNING, said + key, path, m.group(), published=said, skip=text.count(m.group(), 0, m.start()))
            return


def _notices_differ(report: AnnualReportBase) -> Iterator[Finding]:
    """A count of fee notices sent that the text gives (“发出收费通知3件”) other than the data's, which section 六
    prints first (a published report: that its section 六 states, as the import reads it). Where the data gives no
    ``information_processing_fee``, only a count in section 六 whose sentence gives no sum of money (:data:`_MONEY`),
    printed after “本年度未发出…”; one that gives sums is a published report's fee in its own words, which the
    import does not read: nothing to compare with."""
    fee = report.information_processing_fee
    unset = "information_processing_fee" not in report.model_fields_set and not fee.charged
    for path, text, m in fees.stated_notices(report):
        sentence = re.split(r"[。；;！？!?]", text[:m.start()])[-1] + re.split(r"[。；;！？!?]", text[m.start():])[0]
        if numeral_value(m.group("n")) in (None, fee.notices) or unset and (path[1] != "other"
                                                                           or _MONEY.search(sentence)):
            continue
        said = m.group().strip()
        printed = f"发出收费通知{fee.notices}件" if fee.charged else "“本年度未发出信息处理费收费通知……”"
        wrong = "正文写的是{}，而“六、其他需要报告的事项”{}：请改正其中一处"
        key = f"（数据文件中收费通知的件数写在 information_processing_fee 的 notices 下，现为 {fee.notices}）"
        # of a published report, what its own section 六 states, not what reportkit would print
        published = wrong.format(quoted(said), f"写的是本年度发出收费通知{fee.notices}件") if not unset else (
            f"“六、其他需要报告的事项”写的{quoted(said)}没有写明通知收取和实际收取的信息处理费金额：请按"
            "“本年度依据《政府信息公开信息处理费管理办法》发出收费通知N件，通知收取信息处理费共计N元，实际收取N元。”补全")
        yield Finding(WARNING, wrong.format(quoted(said), f"开头印的是{printed}") + key, path, said, published=published,
                      skip=text.count(said, 0, m.start()))


def _unpaid_beyond_notices(report: AnnualReportBase) -> Iterator[Finding]:
    """More applications left unpaid after a fee notice (表三（六）2) than notices sent this year and applications
    carried over from last year together, where fees were charged: each had a notice, and one sent last year can only
    be a carried-over application's."""
    fee, unpaid = report.information_processing_fee, applications_values(report)[_FEE_UNPAID]["total"]
    carried = shown_values(report)[("carried_over",)]["total"]
    if not fee.charged or unpaid <= fee.notices + carried:
        return
    table = f"表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用……”为 {unpaid} 件，而"
    why = (f"，上年结转的申请 {carried} 件：逾期未缴费的申请都收到过收费通知，上年发出的只能是结转申请的，两者合起来也不够。"
           "请改正其中一处")
    yield Finding(WARNING, f"{table}本年度发出的收费通知只有 {fee.notices} 件（“六、其他需要报告的事项”开头印的件数，数据文件中"
                           f"写在 information_processing_fee 的 notices 下）{why}", APPLICATIONS + _FEE_UNPAID + (TOTAL.key,),
                  published=f"{table}“六、其他需要报告的事项”写的本年度发出收费通知只有 {fee.notices} 件{why}")


def check_r10(report: AnnualReportBase) -> Iterator[Finding]:
    """R10: section 六 prints the 信息处理费 sentence, so a “无” there contradicts fees charged, and is not printed
    after a sentence saying none were (:func:`.build._section`); fee notices shown elsewhere are reported there, a
    count of them in the text is the data's, and no more applications go unpaid than notices were sent."""
    unreported = list(_fee_unreported(report))
    yield from unreported
    yield from _notices_differ(report)
    yield from _unpaid_beyond_notices(report)
    fee = report.information_processing_fee
    other = report.sections.other
    if fee.charged and says_nothing(other):
        yield Finding(ERROR, (
            f"数据中本年度发出信息处理费收费通知 {fee.notices} 件，而“六、其他需要报告的事项”写的是“{other[0].strip()}”："
            "reportkit 会在第六部分写明信息处理费情况，请删去“无”，或改写为其他需要报告的事项"
        ), ("sections", "other", 0))
    elif says_nothing(other) and not unreported:
        yield Finding(NOTE, (
            f"“六、其他需要报告的事项”写的“{other[0].strip()}”不印出：reportkit 排版时这一部分先印“本年度未发出信息处理费收费通知，"
            "未收取信息处理费。”，其后再印“无”前后不通；没有别的事项时，这里可以不写（已发布的报告没有收取信息处理费的，这里写“无”不是问题）"
        ), ("sections", "other", 0))


def check_r13(report: AnnualReportBase) -> Iterator[Finding]:
    """R13: 存在的主要问题及改进情况 is not only “无”: reviewers mark such a report down."""
    if says_nothing(report.sections.problems):
        yield Finding(WARNING, (
            f"“五、存在的主要问题及改进情况”只写了“{report.sections.problems[0].strip()}”：请写明本年度工作的主要问题、"
            "改进措施和上一年度所列问题的整改情况（只写“无”，年报评议时会被扣分）"
        ), ("sections", "problems", 0))


_SENTENCE = re.compile(r"(?<=[。；;！？])")


def check_r11(report: AnnualReportBase) -> Iterator[Finding]:
    """R11: the statistical period is the report year; the title and preamble name the same year."""
    year = report.year
    if report.period:
        for field, expected in (("start", dt.date(year, 1, 1)), ("end", dt.date(year, 12, 31))):
            given = getattr(report.period, field)
            if given != expected:
                where = "不在报告年度内" if given.year != year else "不是全年"
                yield Finding(WARNING, (
                    f"统计期限{'起始' if field == 'start' else '截止'}日期为 {chinese_date(given)}，{where}："
                    f"{year} 年度报告的统计期限通常为 {year}年1月1日至12月31日"
                ), ("period", field))
    if report.title:
        years = years_named(report.title)
        if year not in years:
            said = f"标题中的年度为 {'、'.join(str(y) for y in sorted(years))}" if years else f"标题中没有写出“{year}年”"
            yield year_finding(said, year, ("title",))
    for i, text in enumerate(report.preamble or ()):
        period = "".join(s for s in _SENTENCE.split(text) if "统计" in s)  # not “2019年修订的《条例》” beside it
        if period:
            others = sorted(years_named(period) - {year})
            if others:
                yield year_finding(f"前言中的统计期限提到 {'、'.join(map(str, others))} 年", year, ("preamble", i))


def year_finding(said: str, year: int, path: tuple) -> Finding:
    """R11's warning that the title or preamble (``said``) names another year than the report's ``year``."""
    return Finding(WARNING, f"{said}，而报告年度 year 为 {year}", path, published=f"{said}，而报告年度为 {year}")


def check_deadline(report: AnnualReportBase) -> Iterator[Finding]:
    """The 成文日期 lies after the statistical period and not after the legal publication deadline."""
    if report.agency_type == "department":
        deadline, who = dt.date(report.year + 1, 1, 31), "县级以上人民政府部门"
        guessed = "（按发布机关的名称推定为政府部门；发布机关是地方人民政府的，公布时限为次年3月31日）"
    else:
        deadline, who = dt.date(report.year + 1, 3, 31), "地方人民政府"
        guessed = "（按发布机关的名称推定为地方人民政府）"
    law = f"按《中华人民共和国政府信息公开条例》，{who}应于 {chinese_date(deadline)} 前公布上一年度的年度报告"
    # A published report's agency type is guessed by the import from the agency's name: say so, not the key.
    yield from date_findings(report, deadline, f"{law}（agency_type: {report.agency_type}）", law + guessed)


def date_findings(report, deadline: dt.date, law: str, published_law: str | None = None) -> Iterator[Finding]:
    """Any edition's 成文日期 that is not after the statistical period, or is after ``deadline`` (``law`` says why;
    ``published_law`` as said of a published report, where ``law`` names a key of the data)."""
    end = report.statistical_period[1]
    if report.date <= end:
        yield Finding(WARNING, (
            f"成文日期 {chinese_date(report.date)} 不晚于统计期限的截止日期 {chinese_date(end)}：年度报告应在年度结束后成文"
        ), ("date",))
    elif report.date > deadline:
        late = f"成文日期 {chinese_date(report.date)} 晚于公布时限："
        yield Finding(WARNING, late + law, ("date",), published=published_law and late + published_law)



#: The topics 总体情况 covers in the 2021 edition (国办公开办函〔2021〕30号): (label, words that show it).
OVERVIEW_TOPICS = (
    ("主动公开", "主动公开"),
    ("依申请公开", "依申请公开|公开申请"),
    ("政府信息管理", "信息[^，。；]{0,10}管理"),  # 政府信息资源管理, 政府信息资源规范化、标准化管理 …
    ("政府信息公开平台建设", "平台|网站建设|载体建设"),
    ("监督保障", "监督[和与及、]?保障|保障[和与及、]?监督"),  # 监督和保障, 监督与保障 …
)
#: What a people's government's report adds under 监督保障 (《条例》第五十条第四项).
GOVERNMENT_TOPICS = (("工作考核", "考核"), ("社会评议", "评议"), ("责任追究结果", "责任追究|追责"))


def check_r14(report: AnnualReportBase) -> Iterator[Finding]:
    """R14: 一、总体情况 covers the five topics of the 2021 format (a government's report also 考核、评议、追责)."""
    text = "".join(t for _path, t in item_texts(report.sections.overview, ()))
    topics = OVERVIEW_TOPICS + (GOVERNMENT_TOPICS if report.agency_type == "government" else ())
    missing = [label for label, words in topics if not re.search(words, text)]
    if missing:
        who = "；地方人民政府还应写工作考核、社会评议和责任追究结果情况" if report.agency_type == "government" else ""
        yield Finding(WARNING, (
            f"“一、总体情况”没有写到：{'、'.join(missing)}。国办公开办函〔2021〕30号要求总体情况包括主动公开、依申请公开、"
            f"政府信息管理、政府信息公开平台建设、监督保障{who}：请补写，可各用一个小标题"
        ), ("sections", "overview"))


def check_r9(report: AnnualReportBase) -> Iterator[Finding]:
    """R9: the figures in the text agree with the tables, and each 【表三：…】 citation names a cell."""
    yield from citations.check_citations(report)
    yield from check_figures(report)
