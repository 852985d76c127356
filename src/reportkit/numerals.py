"""Chinese numerals: writing a number as a heading's (一, 十二, 一百零五) and reading one back."""
from __future__ import annotations

import re

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """A positive integer in Chinese numerals: 一, 十, 十二, 二十三, 一百零一, 一百一十, 一千零五, 一万二千."""
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        return chinese_numeral(high) + "万" + ((("零" if low < 1000 else "") + _below_10000(low)) if low else "")
    return _below_10000(n) if n >= 20 or n < 10 else "十" + (_DIGITS[n - 10] if n > 10 else "")


#: Each Chinese digit's value, with the forms read but not written by :func:`chinese_numeral` (〇, 两).
_VALUES = {**{c: i for i, c in enumerate(_DIGITS)}, "〇": 0, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000}
#: Arabic digits in groups of three: “1,234”.
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def numeral_value(text: str) -> int | None:
    """The value of ``text`` in digits (“1,234” too), or in Chinese numerals as :func:`chinese_numeral` writes them (二,
    十二, 一百零五, 一千二百三十四, 一万二千; 两 for 二, 〇 for 零, 一十 for 十: 两千, 一十二); None for anything else, such as the spoken
    short forms that leave the last unit out (“一千二” for 1200, “一万二” for 12000), read as no number."""
    if text.isdigit():
        return int(text)
    if _GROUPED.fullmatch(text):
        return int(text.replace(",", ""))
    if text in ("零", "〇"):
        return 0
    value, written = _loose_value(text), text.replace("两", "二").replace("〇", "零")
    # “一十二”, “一十一万” as well as “十二”, “十一万”
    return value if value and chinese_numeral(value) == re.sub("^一十", "十", written) else None


def _loose_value(text: str) -> int | None:
    """``text``'s digits times their units, summed (“一千二” is 1002): :func:`numeral_value` keeps it where
    :func:`chinese_numeral` writes it back as ``text``."""
    total, section, digit = 0, 0, None
    for c in text:
        if c in _VALUES:
            digit = _VALUES[c]
        elif c in _UNITS:
            section, digit = section + (1 if digit is None else digit) * _UNITS[c], None
        elif c == "万" and total == 0:
            total, section, digit = (section + (digit or 0)) * 10_000, 0, None
        else:
            return None
    return total + section + (digit or 0)


def _below_10000(n: int) -> str:
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += ("零" if zero and out else "") + _DIGITS[digit] + unit
            zero = False
        else:
            zero = True
    return out
