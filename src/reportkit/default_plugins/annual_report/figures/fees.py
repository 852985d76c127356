"""Counts of 信息处理费 fee notices sent stated in the narrative (:data:`FEE_NOTICES`), read as R9 reads figures; the
import (:mod:`reportkit.importers.annual`) and the rules of section 六 share them.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..citations import narrative
from .organs import others
from .parts import of_part
from .periods import not_the_table
from .phrases import ALONE, ASIDE, EXACT_FIGURE, WHOLE

#: Sending 信息处理费 fee notices: “发出收费通知”, “送达信息处理费缴费通知书”.
_SENT = r"(?:发出|送达|出具|开具|寄送|制发)了?"
_NOTICE = r"(?:信息处理费)?(?:缴费|收费)通知(?:书|单)?"
#: A count of fee notices sent (“发出收费通知3件”, “收费通知书（含补发）3份”, “发出3件信息处理费收费通知”), its figure ``n``:
#: exact (the import reads it as section 六's).
FEE_NOTICES = (re.compile(f"(?:{_SENT})?{_NOTICE}{ASIDE}{WHOLE}" + EXACT_FIGURE.replace("件", "[件份]")),
               re.compile(f"{_SENT}{WHOLE}" + EXACT_FIGURE.replace("件", "[件份]") + _NOTICE + ALONE + ASIDE))


def stated_notices(report) -> Iterator[tuple[tuple, str, re.Match]]:
    """``(path, text, phrase)`` of each count of fee notices sent (:data:`FEE_NOTICES`) the narrative gives as the
    year's: not one whose clause speaks of another year, part of the year, applications that cross the year's end or
    other organs, nor one whose sentence is about part of the applications (as R9's)."""
    for path, text in narrative(report):
        for pattern in FEE_NOTICES:
            for m in pattern.finditer(text):
                if not (not_the_years(report, text, m) or of_part(report, text, m.end())):
                    yield path, text, m


def not_the_years(report, text: str, m: re.Match, upto: int | None = None) -> bool:
    """Whether the phrase ``m`` of ``text`` is not said of the organ's year, as R9 reads it: its clause up to the
    phrase, or up to ``upto`` (the figure of a phrase that allows words before it), speaks of another year, part of the
    year, applications that cross the year's end (:func:`not_the_table`) or other organs (:func:`others`)."""
    upto = m.start() if upto is None else upto
    return not_the_table(report, text, m, upto) or bool(others(report, text, upto))
