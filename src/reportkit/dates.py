"""Dates as the reports reckon them: in China, whatever the machine's own time zone, and the latest year a
document's ``year`` may name."""
from __future__ import annotations

import datetime
import time

#: China Standard Time (UTC+8), the time zone of the reports' dates, whatever the machine's own zone.
CHINA_TIME = datetime.timezone(datetime.timedelta(hours=8))


def china_today() -> datetime.date:
    """Today's date in China: a report's year is reckoned there, not in the zone of the server or CI runner
    (on a UTC machine, 1 January before 08:00 was still 31 December)."""
    return datetime.datetime.fromtimestamp(time.time(), CHINA_TIME).date()


def latest_year(ahead: int, what: str, why: str):
    """A pydantic after-validator of the year field ``what`` (方案年度): at most ``ahead`` years after this one in
    China (:func:`china_today`), else refused as the annual report's year is, with ``why`` and the fix."""
    def check(year: int) -> int:
        last = china_today().year + ahead
        if year > last:
            raise ValueError(f"{what} {year} 超出范围：应在 2008 至 {last} 之间（{why}）：请核对年度")
        return year

    return check
