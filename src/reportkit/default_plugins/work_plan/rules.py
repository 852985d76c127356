"""Checks of a validated work plan: responsible units, deadlines inside the plan's year, its year and 成文日期."""
from __future__ import annotations

import re
from typing import Iterator

from reportkit.attachments import chinese_date, years_named
from reportkit.errors import ERROR, WARNING
from reportkit.registry import Finding

from .model import deadline_span, deadline_text
from .spec import ATTACHMENT_NOTE, RESPONSIBLE_LABEL


def _all_tasks(plan):
    """``(path, task, parent)`` for every task and sub-item."""
    for i, task in enumerate(plan.tasks):
        yield ("tasks", i), task, None
        for j, item in enumerate(task.items):
            yield ("tasks", i, "items", j), item, task


def check_units(plan) -> Iterator[Finding]:
    """Every task names its lead unit: its own, or for a sub-item, its task's."""
    for path, task, parent in _all_tasks(plan):
        if task.lead:
            continue
        if parent is not None and parent.lead:
            continue
        if parent is None and task.items:
            continue  # each sub-item is checked on its own
        yield Finding(ERROR, (
            f"任务“{task.task}”没有写{RESPONSIBLE_LABEL}：请在 lead 中写明牵头科室（单位），配合科室（单位）写在 support 中"
            + ("；子项也可沿用所属任务的 lead" if parent is not None else "")
        ), path + ("task",))
    yield from _joined_units(plan)


#: Commas, semicolons and slashes, full- or half-width, and spaces: between units, the task's line prints 、.
_UNIT_MARKS = re.compile(r"[，,；;/／]|\s+")
#: A label typed before a unit (牵头单位：办公室): the task's line has its own, 责任科室（单位）：.
_UNIT_LABEL = re.compile(r"(?:牵头|配合|协办|责任)[^：:，,；;]{0,6}[：:]\s*")


def _joined_units(plan) -> Iterator[Finding]:
    """A unit that is several (``support: [办公室，法规科]``: a full-width comma does not part a YAML list, so this is
    one unit, printed with its comma among the 、 that part the others), or that has a label typed before it
    (``lead: 牵头单位：办公室`` printed “责任科室（单位）：牵头单位：办公室”)."""
    for path, task, _ in _all_tasks(plan):
        for where, unit in [(("lead",), task.lead)] + [(("support", i), u) for i, u in enumerate(task.support)]:
            if not unit:
                continue
            label, mark = _UNIT_LABEL.search(unit), _UNIT_MARKS.search(unit.strip())
            parts = [u.strip() for u in _UNIT_MARKS.split(_UNIT_LABEL.sub(" ", unit).strip()) if u.strip()]
            if mark and len(parts) > 1:
                fix = ("lead 只写牵头的一个，其余写进 support" if where == ("lead",)
                       else f"写成 support: [{', '.join(parts)}]（英文逗号加空格），或每个单位一行“- ”")
                yield Finding(WARNING, f"“{unit}”像是 {len(parts)} 个单位写在了一项里，印出来单位之间是"
                                       f"{'空格' if mark[0].isspace() else f'“{mark[0]}”'}而不是“、”：{fix}", path + where)
            elif label:
                names = "".join(f"“{part}”" for part in parts)
                yield Finding(WARNING, f"“{unit}”前面写了“{label[0].strip()}”，印出来是“{RESPONSIBLE_LABEL}：{unit}”："
                                       f"只写单位名称{names}（牵头单位写在 lead，配合单位写在 support）", path + where)


def check_deadlines(plan) -> Iterator[Finding]:
    """完成时限 written as a date or a month lies inside the plan's year; written in words (2019年底), it names the
    plan's year among any it names."""
    year = plan.year
    for path, task, _ in _all_tasks(plan):
        span = deadline_span(task.deadline)
        # a year before a dash or 至 is named too: 2018-2019年
        named = years_named(task.deadline) | years_named(task.deadline, r"[-—–~～至]") \
            if span is None and isinstance(task.deadline, str) else set()
        if span and not (span[0].year == year and span[1].year == year) or named and year not in named:
            yield Finding(WARNING, (
                f"任务“{task.task}”的完成时限“{deadline_text(task.deadline)}”不在方案年度 {year} 年内："
                f"请改为 {year}年1月1日至12月31日之间的日期或月份，或核对 year"
            ), path + ("deadline",))
        elif span and plan.notice and span[1] < plan.notice.date:
            yield Finding(WARNING, (
                f"任务“{task.task}”的完成时限“{deadline_text(task.deadline)}”早于印发通知的成文日期"
                f"{chinese_date(plan.notice.date)}：方案印发时这项任务已经到期，请核对完成时限"
            ), path + ("deadline",))


def check_year(plan) -> Iterator[Finding]:
    """The titles name the plan's year; the notice is dated in that year or late in the year before."""
    year = plan.year
    for path, text in ((("title",), plan.title), (("notice", "title"), plan.notice.title if plan.notice else None)):
        years = years_named(text)
        if years and year not in years:
            yield Finding(WARNING, f"标题写的是 {'、'.join(map(str, sorted(years)))} 年，而方案年度 year 是 {year} 年："
                                   "请改正其中一处", path)
    for path, day in ((("notice", "date"), plan.notice.date if plan.notice else None), (("date",), plan.date)):
        if day and day.year not in (year - 1, year):
            yield Finding(WARNING, f"成文日期{chinese_date(day)}与方案年度 {year} 年不符：方案通常在当年或上一年年末印发，"
                                   "请核对成文日期或 year", path)


def check_date(plan) -> Iterator[Finding]:
    """The plan prints a 成文日期 (GB/T 9704 §7.3.5): its notice's or its own ``date``; a ``signature`` without its
    ``date`` would not print.

    A warning, not an error: a plan issued with a 印发通知 published apart carries no date of its own."""
    if plan.date:
        return
    if not plan.notice:
        yield Finding(WARNING, (
            f"方案没有成文日期：既没有印发通知 notice，也没有写 date，印出的方案末尾没有日期（GB/T 9704 要求公文写明成文日期）。"
            f"请在文件顶层加一行 date: {plan.year}-01-15（方案的成文日期，可写在 year 下面），或加上带 date 的印发通知 notice"
        ), ("year",) if plan.signature is None else ("signature",))
    elif plan.signature is not None:
        yield Finding(WARNING, (
            "写了方案的署名 signature 而没有写 date：署名只与成文日期一起印在方案末尾，现在不会印出。"
            f"请在文件顶层加一行 date: {plan.notice.date.isoformat()}（方案的成文日期），或删去 signature（通知末尾已有署名）"
        ), ("signature",))


def check_notice_note(plan) -> Iterator[Finding]:
    """A 附件说明 typed as the notice's last paragraph prints as its body (no blank line above it, GB/T 9704 §7.3.4) and
    the plan's first page without its mark “附件”: ``notice.attachment`` prints both."""
    notice = plan.notice
    if notice and not notice.attachment and ATTACHMENT_NOTE.match(notice.body[-1]):
        yield Finding(WARNING, (
            f"通知正文的最后一段“{notice.body[-1][:30]}”是附件说明，现在作为正文印出：上面不空一行，方案首页也不印“附件”。"
            "方案是通知的附件时，删去这一段，在 notice 下写 attachment: true，reportkit 按方案标题印出附件说明和“附件”标识"
        ), ("notice", "body", len(notice.body) - 1))
