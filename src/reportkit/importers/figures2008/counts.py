"""Counts as a report writes them: in Chinese numerals (:func:`arabic` writes them in digits), their thousands set off
(:data:`WHOLE`), before their measure words (:data:`COUNT_UNITS`); a share of a total as written to its decimals
(:func:`share_agrees`)."""
from __future__ import annotations

import re
from decimal import Decimal

from ...default_plugins.annual_report.edition2008.model import percent_text, share_of
from ...numerals import numeral_value


#: A number as written: digits, its thousands maybe set off, decimals maybe (1,234.5).
NUMBER = r"(\d[\d,，]*(?:\.\d+)?)"
#: A count's measure words: 条、件 as printed, and 起、宗 (cases: 受理申请12起, 行政复议1宗) as agencies write them.
COUNT_UNITS = "条件次项个起宗"
_NUMERALS = "零〇一二两三四五六七八九十百千万"
#: A count written exactly in Chinese numerals before its measure word (十二件、一百零五条、两万元; not 第三条, 数十件,
#: 十余件): :func:`arabic` writes it in digits.
_CHINESE_COUNT = re.compile(f"(?<![第数几余多干\\d{_NUMERALS}])([{_NUMERALS}]+)(?=\\s*(?:[{COUNT_UNITS}份]|人次|元))")


def arabic(text: str) -> str:
    """``text`` with each count written exactly in Chinese numerals (全年收到申请十二件) in digits (12件), as the
    figures are read; one that is not exact (十余件、一千二) as written."""
    return _CHINESE_COUNT.sub(lambda m: str(value) if (value := numeral_value(m[1])) is not None else m[1], text)


#: A whole count in a cell, its thousands maybe set off (1,024 as Excel and many pages print it).
WHOLE = r"(\d{1,3}(?:[,，]\d{3})+|\d+)"


def whole_count(text: str) -> int:
    """The count a :data:`WHOLE` match gives, its thousands' marks dropped (1,024 → 1024)."""
    return int(re.sub("[,，]", "", text))


def one_count(counts: set[int]) -> int | None:
    """The one count in ``counts``; None where there are none or several."""
    return counts.pop() if len(counts) == 1 else None


#: A share in per cent (12.5%): its figure, and its decimals in the second group.
PERCENT = re.compile(r"\s*(\d+(?:\.(\d+))?)\s*[%％]\s*")


def shares_agree(shares: list[str], counts: list[int]) -> bool:
    """Each share (12.5%) is its count's share of the counts' sum, to its printed decimals give or take one."""
    return all(share_agrees(share, count, sum(counts)) for share, count in zip(shares, counts))


def rounded_otherwise(share: str, count: int, total: int) -> str | None:
    """``count``'s share of ``total`` as reportkit prints it to ``share``'s decimals, where ``share`` is one off it in
    its last place (:func:`share_agrees`); else None."""
    found = PERCENT.fullmatch(share)
    if not found or not share_agrees(share, count, total):
        return None
    computed = share_of(count, total, len(found.group(2) or ""))
    return None if computed == Decimal(found.group(1)) else percent_text(computed)


def share_agrees(share: str, count: int, total: int) -> bool:
    """``share`` (12.5%) is ``count``'s share of ``total``, to its printed decimals give or take one."""
    found = PERCENT.fullmatch(share)
    if not found or total <= 0:
        return False
    places = len(found.group(2) or "")
    return abs(Decimal(found.group(1)) - share_of(count, total, places)) <= Decimal(1).scaleb(-places)
