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
_BELOW_1000 = re.compile(r"(?:([一二两三四五六七八九])百[零〇]?)?(?:([一二三四五六七八九])?(十))?([一二两三四五六七八九])?")


def numeral_value(text: str) -> int | None:
    """The value of ``text`` in digits, or in Chinese numerals below 1000 (二, 两, 十二, 四十八, 一百零五): what
    :func:`chinese_numeral` writes, read back; None for anything else."""
    if text.isdigit():
        return int(text)
    if text in ("零", "〇"):
        return 0
    found = _BELOW_1000.fullmatch(text) if text else None
    if not found:
        return None
    hundreds, tens, ten, ones = found.groups()
    return 100 * _VALUES.get(hundreds, 0) + 10 * (_VALUES[tens] if tens else bool(ten)) + _VALUES.get(ones, 0)


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
