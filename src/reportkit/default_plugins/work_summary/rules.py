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
            yield Finding(WARNING, f"标题中的年度为 {'、'.join(map(str, sorted(years)))}，而总结年度 year 为 {year}",
                          ("title",))
    if summary.date.year not in (year, year + 1):
        yield Finding(WARNING, f"成文日期 {chinese_date(summary.date)} 与总结年度 {year} 不符：通常在年末或次年年初成文",
                      ("date",))
