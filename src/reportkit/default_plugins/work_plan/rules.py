"""Checks of a validated work plan: responsible units, deadlines inside the plan's year, leftovers."""
from __future__ import annotations

from typing import Iterator

from reportkit.attachments import chinese_date, years_named
from reportkit.errors import ERROR, WARNING
from reportkit.registry import Finding

from .model import deadline_span, deadline_text
from .spec import RESPONSIBLE_LABEL


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
            f"任务“{task.task}”没有{RESPONSIBLE_LABEL}：请用 lead 写明牵头科室（单位），配合单位写在 support"
            + ("；也可写在所属任务上" if parent is not None else "")
        ), path + ("task",))


def check_deadlines(plan) -> Iterator[Finding]:
    """完成时限 written as a date or a month lies inside the plan's year."""
    year = plan.year
    for path, task, _ in _all_tasks(plan):
        span = deadline_span(task.deadline)
        if span and not (span[0].year == year and span[1].year == year):
            yield Finding(WARNING, (
                f"任务“{task.task}”的完成时限“{deadline_text(task.deadline)}”不在方案年度 {year} 年内"
                f"（应在 {year}年1月1日至12月31日之间）"
            ), path + ("deadline",))
        elif span and plan.notice and span[1] < plan.notice.date:
            yield Finding(WARNING, (
                f"任务“{task.task}”的完成时限“{deadline_text(task.deadline)}”早于印发通知的成文日期"
                f"{chinese_date(plan.notice.date)}"
            ), path + ("deadline",))


def check_year(plan) -> Iterator[Finding]:
    """The titles name the plan's year; the notice is dated in that year or late in the year before."""
    year = plan.year
    for path, text in ((("title",), plan.title), (("notice", "title"), plan.notice.title if plan.notice else None)):
        years = years_named(text)
        if years and year not in years:
            yield Finding(WARNING, f"标题中的年度为 {'、'.join(map(str, sorted(years)))}，而方案年度 year 为 {year}", path)
    for path, day in ((("notice", "date"), plan.notice.date if plan.notice else None), (("date",), plan.date)):
        if day and day.year not in (year - 1, year):
            yield Finding(WARNING, f"成文日期 {chinese_date(day)} 与方案年度 {year} 不符", path)
