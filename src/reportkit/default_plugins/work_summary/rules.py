"""Checks of a validated work summary: the year in the title and date."""
from __future__ import annotations

from typing import Iterator

from reportkit.attachments import chinese_date, years_named
from reportkit.errors import WARNING
from reportkit.registry import Finding


def check_year(summary) -> Iterator[Finding]:
    """The title names the year summed up; the summary is dated in that year or the next."""
    year = summary.year
    if summary.title:
        years = years_named(summary.title)
        if years and year not in years:
            yield Finding(WARNING, f"标题写的是 {'、'.join(map(str, sorted(years)))} 年，而总结年度 year 是 {year} 年："
                                   "请改正其中一处", ("title",))
    if summary.date.year not in (year, year + 1):
        yield Finding(WARNING, f"成文日期{chinese_date(summary.date)}与总结年度 {year} 年不符：总结通常在当年年末或次年年初成文，"
                               "请核对 date 或 year", ("date",))
