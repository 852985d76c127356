"""A workbook cell's number as the data file holds it, as Excel shows it (:func:`cell_number`: 15 significant digits),
and what is wrong with one a clerk typed that the data file's messages would not say plainly (:func:`wrong_cell`): a
date, time, percentage or scientific format, thousands separators, a unit or a note typed with the number, a formula
stored as text, Excel's error values, a negative in the accounting format's brackets.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal

from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.formula import ArrayFormula

from ..validate import amount_fix, unit_of


_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[,，\s]\d{3})+(?:\.\d+)?")
_SEPARATOR = re.compile(r"[,，\s]")
#: Spaces, and the invisible ones a number copied from a web page or a chat brings along, around a number.
EDGES = re.compile(r"^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$")
#: A number as a cell stored as text may hold it: digits, a sign, a decimal point.
PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
#: A number as text, in scientific notation too (1.2E+3, as Excel shows 1234 in a narrow column): read as a number.
TEXT_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[Ee][+-]?[0-9]{1,3})?")
#: What a number in scientific notation may be: the digits a narrow column showed of a longer one.
SHORTENED = "列宽不够时 Excel 把 1234 显示为 1.2E+03，复制显示的文字会丢掉后几位"
#: Excel's number format in scientific notation (0.00E+00): the places it shows, the exponent's sign and digits.
_SCIENTIFIC = re.compile(r"[0#?]\.?(?P<places>[0#?]*)[Ee](?P<sign>[+-])(?P<digits>[0#?]+)")
#: Marks for “none” the data file's messages do not name (they name /, -, —, －, 无).
_NONE_MARKS = {"／", "–", "―", "\u2212"}
#: Excel's error values, which a formula shows when it cannot compute (WPS's and newer Excel's too).
EXCEL_ERROR = re.compile(r"#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!"
                         r"|CONNECT!|BUSY!|UNKNOWN!)")
#: A number with its unit (12件, 412.36万元, ¥412.36, ¥4,123,600), its full-width characters made half-width: the cells
#: take the number alone.
_WITH_UNIT = re.compile(r"(?P<sign>¥)?\s*(?P<number>[+-]?(?:[0-9]{1,3}(?:[,，][0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)\s*"
                        r"(?:(?P<count>件|个|项|条|次|人次|家)|(?P<money>万元|元))?")
#: A number with a note in brackets (37（含撤销2件）, 38件（含2件）, 12（件）), its full-width characters made half-width.
_NOTED = re.compile(r"(?P<number>[+-]?[0-9]+(?:\.[0-9]+)?)\s*(?:件|个|项|条|次|人次|家)?\s*\((?P<note>[^()]+)\)")
#: Digits with a letter O (or the character 〇) typed for a zero, its full-width characters made half-width: 1O.
_ZEROS = re.compile(r"[0-9Oo〇]+")
#: A negative as Excel's accounting format shows it, its full-width characters made half-width: (12), (1,234.5).
_BRACKETED = re.compile(r"\(([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\)")
#: The minus sign of mathematics (Word's and some input methods'), where a number wants the hyphen-minus.
_MINUS_SIGN = "\u2212"


def _in_scientific(value, number_format: str) -> str | None:
    """A number as Excel shows it in a cell formatted in scientific notation (1234.5 as 1.23E+03 in 0.00E+00), or None
    for another format or value."""
    shape = _SCIENTIFIC.search(number_format.split(";")[0])
    if not shape or not isinstance(value, float) or not math.isfinite(value):
        return None
    mantissa, exponent = f"{value:.{len(shape['places'] or '')}E}".split("E")
    sign = "-" if int(exponent) < 0 else shape["sign"].replace("-", "")
    return f"{mantissa}E{sign}{abs(int(exponent)):0{len(shape['digits'])}d}"


def wrong_cell(value, number_format: str, cell) -> str | None:
    """What is wrong with the number of a table's ``cell`` (a :class:`~reportkit.tables.DataCell`) that the data file's
    messages would not say plainly, or None."""
    label = cell.label
    if isinstance(value, (dt.datetime, dt.date)):
        shown = value.date() if isinstance(value, dt.datetime) and value.time() == dt.time() else value
        return (f"{label}：这一格被设成了日期格式，显示为 {shown}（原来的数可能是 {to_excel(value):g}）：请把单元格格式改为"
                "“常规”或“数值”，再重新填数")
    if isinstance(value, (dt.time, dt.timedelta)):  # 1:30 typed, or a number in a cell formatted h:mm ([h]:mm)
        seconds = round(to_excel(value) * 86400)
        shown = f"{seconds // 3600}:{seconds // 60 % 60:02d}" + (f":{seconds % 60:02d}" if seconds % 60 else "")
        return (f"{label}：这一格被设成了时间格式，显示为 {shown}（原来的数可能是 {to_excel(value):g}）：请把单元格格式改为"
                "“常规”或“数值”，再重新填数")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value and "%" in number_format:
        return (f"{label}：这一格被设成了百分比格式，显示为 {value * 100:.15g}%（格中的数是 {value:.15g}）："
                "请把单元格格式改为“常规”或“数值”，再重新填数")
    if isinstance(value, bool):  # TRUE or FALSE typed (or pasted as a value): Excel's logical values
        return f"{label}：这一格是逻辑值 {logical(value)}，不是数字：请填数字，没有数据请填 0"
    sections = number_format.split(";")  # a change (2019's 本年增/减) takes a negative, however shown
    if isinstance(value, (int, float)) and value < 0 and len(sections) > 1 and "(" in sections[1] \
            and cell.type != "change":
        return _negative(cell, f"这一格显示为“({-value:.15g})”，", f"{value:.15g}", "单元格设成了会计专用格式，负数显示在括号里",
                         "，并把单元格格式改为“常规”")
    shown = _in_scientific(value, number_format) if cell.type != "amount" else None
    if shown and value != int(value):  # 1234.5 shown as 1.23E+03 where a count goes
        return (f"{label}：这一格设成了科学记数格式，显示为 {shown}，格中的数其实是 {value:.15g}，不是整数，而这里只能填整数："
                "请把单元格格式改为“常规”或“数值”，核对后填写完整的数")
    if not isinstance(value, str):
        return None
    text = EDGES.sub("", value)
    if _GROUPED.fullmatch(text):
        return f"{label}：数字里不要写千位分隔符（“{text}”写成 {_SEPARATOR.sub('', value)}）"
    if text in _NONE_MARKS:
        return f"{label}：不能写“{text}”：没有数据请填 0"
    if text.startswith(("=", "＝")):  # typed into a cell formatted as text (or after a blank): Excel shows it and computes nothing
        why = "等号“＝”是全角的" if text[0] == "＝" else "这一格设成了文本格式，或等号前有空格"
        return (f"{label}：“{text}”是存成了文字的公式，没有计算（{why}）：请直接填数字；"
                "要用公式的，先把单元格格式改为“常规”，再用半角的“=”重新输入公式")
    if EXCEL_ERROR.fullmatch(text):  # pasted as values from a formula that failed
        return f"{label}：“{text}”是 Excel 的错误值，不是数字：请填上数字，没有数据请填 0"
    if cell.type != "amount" and TEXT_NUMBER.fullmatch(text) and not PLAIN_NUMBER.fullmatch(text) \
            and Decimal(text) != Decimal(text).to_integral_value():  # 1.2345E+3: 1234.5 where a count goes
        return (f"{label}：“{text}”是科学记数法写的 {format(Decimal(text), 'f')}，不是整数，而这里只能填整数："
                f"{SHORTENED}，请核对后填写完整的数")
    typed = unicodedata.normalize("NFKC", text)  # １２件 too, written as 12
    if _ZEROS.fullmatch(typed) and not typed.isdigit():  # 1O: a letter O typed for a zero
        letters = "".join(dict.fromkeys(re.sub(r"\d", "", text)))
        said = f"“{text}”中的“{'”“'.join(letters)}”" if len(letters) < len(text) else f"“{text}”"
        what = "汉字" if letters == "〇" else "字母"
        return f"{label}：{said}是{what}，不是数字 0：请写作 {int(re.sub('[Oo〇]', '0', typed))}"
    bracketed = _BRACKETED.fullmatch(typed)
    if bracketed and float(_SEPARATOR.sub("", bracketed[1])):  # typed as text, or pasted as a cell showed it
        return _negative(cell, f"“{text}”", f"-{_SEPARATOR.sub('', bracketed[1])}", "Excel 的会计专用格式把负数显示在括号里")
    noted = _NOTED.fullmatch(typed)
    unit = _WITH_UNIT.fullmatch(noted["number"] + noted["note"] if noted else typed)  # 12（件） as 12件
    if noted and not (unit and (unit["count"] or unit["money"])):  # 37（含撤销2件）: a note, which no cell holds
        return (f"{label}：格中只填数字，写作 {noted['number']}；括号中的说明“{noted['note']}”不导入（要印在数后，"
                f"请在数据文件中把这一格写成 {{value: {noted['number']}, note: {noted['note']}}}）")
    if unit and unit["count"]:
        return f"{label}：只填数字，不要写“{unit['count']}”：写作 {_SEPARATOR.sub('', unit['number'])}"
    if unit and (unit["money"] or unit["sign"]):
        if cell.type != "amount":
            return f"{label}：这里填{'增减的数量' if cell.type == 'change' else '数量'}，“{text}”是金额：请核对是否填错了格"
        if unit["sign"] and not unit["money"] and unit_of(label) == "万元":  # ¥ says 人民币, not whether 元 or 万元
            sign, digits = "￥" if "￥" in text else unit["sign"], _SEPARATOR.sub("", unit["number"])
            return (f"{label}：只填数字，不要写“{sign}”：“{sign}”没有写明单位，按元读取，这一格以万元计，写作 "
                    f"{amount_fix(digits, '元', '万元').rpartition('写作 ')[2]}；若 {digits} 本来就是万元，写作 {digits}")
        if unit_of(label):  # the head names the cell's unit: the number in it
            return f"{label}：{amount_fix(unit['number'], unit['money'] or unit['sign'], unit_of(label))}"
        return (f"{label}：只填数字，不要写“{unit['money'] or unit['sign']}”：金额的单位以表头和格中显示的为准"
                "（元还是万元），填数前请核对是否要换算")
    meant = text.replace(_MINUS_SIGN, "-")
    if _MINUS_SIGN in text and re.fullmatch(r"-?\d+(?:\.\d+)?", meant):
        return f"{label}：“{text}”中的“{_MINUS_SIGN}”是数学符号，不是减号：请用英文输入法下的减号，写作 {meant}"
    return None


def _negative(cell, shown: str, number: str, why: str, then: str = "") -> str:
    """What to do about a negative ``number`` a cell ``shown`` so holds in brackets (``why``), as Excel's accounting
    format shows one: write it with its minus sign where the cell takes a negative (2019's 本年增/减), else check it;
    ``then``: what else to do."""
    if cell.type == "change":
        return f"{cell.label}：{shown}是负数 {number}（{why}）：这一格可以填负数，请写作 {number}"
    what = "金额" if cell.type == "amount" else "数量"
    return (f"{cell.label}：{shown}是负数 {number}（{why}），而这里填{what}，不能是负数（只有 2019 版表二的“本年增/减”"
            f"可以填负数）：请核对这个数；不是负数的，写作 {number[1:]}{then}")


def logical(value: bool) -> str:
    """A logical value as Excel shows it (TRUE, FALSE), not as YAML writes it."""
    return "TRUE" if value else "FALSE"


def formula(value) -> bool:
    """A formula: typed (=B5+C5), or an array formula (Excel 365 saves some so, WPS a Ctrl+Shift+Enter one)."""
    return isinstance(value, ArrayFormula) or isinstance(value, str) and value.startswith("=")


def formula_text(value) -> str:
    return value.text if isinstance(value, ArrayFormula) else value


def cell_number(value, kind: str):
    """A workbook value as the data file would hold it; anything else is left for the model to refuse.

    A number is taken as Excel shows it, to 15 significant digits: Excel saves =0.1+0.2 as 0.30000000000000004."""
    if isinstance(value, float) and math.isfinite(value):
        shown = Decimal(f"{value:.15g}")
        if kind == "amount":
            return shown
        return int(shown) if shown == shown.to_integral_value() else float(shown)
    if isinstance(value, str):
        return EDGES.sub("", value) or None  # only spaces: a blank cell
    return value
