"""When a figure's clause says it is: another year, part of the year, a span of months, a day (R9's; the 2008
reader shares :data:`SHORT_SPAN` and :func:`sentence_time`).
"""
from __future__ import annotations

import re

from reportkit.attachments import year_pattern, year_value
from reportkit.numerals import numeral_value

from .phrases import CARRIED, FORWARD
from .sentences import OTHER_ORGANS, TIME_SUBJECT, YEAR, split_clauses

#: Words that make a count the year's whole: “全年”, “本年度”, “共”.
THE_YEARS = re.compile(r"全年|本年度?|今年|年内|共计?|合计|总计")

#: A holiday or the span of an event (“国庆节期间”, “春节假期”, “节假日”, “两会期间”, “在此期间”): part of the year; not the
#: year itself or a span of dates (“统计期间”, “报告期间”, “本年度期间”, “1月1日至12月31日期间”). The 2008 reader's too.
SHORT_SPAN = (r"元旦|春节|清明节|五一|劳动节|端午|中秋|国庆|节假日|节日|假期|黄金周|寒假|暑假|暑期|双休日|周末"
              r"|(?<!统计|报告)(?<![年度月日号底末])期间")
#: One channel of applications or one kind of applicant: “网上收到…”, “信函申请中，…”, “自然人提出的…”. The site
#: (:data:`_SITE`) is also where an organ publishes all its decisions (:func:`not_the_table`'s ``published``).
_SITE = r"网上|网络|在线|线上|网站|门户|平台"
_OTHER_CHANNELS = (r"窗口|信函|邮寄|当面|现场|传真|邮件|电话|热线|信箱|微信|微博|公众号|小程序|客户端|抖音|头条号|视频号|新媒体"
                   r"|自然人|法人|企业")
CHANNEL = f"{_SITE}|{_OTHER_CHANNELS}"
#: The clause before a phrase speaks of another year (“2020年收到…”, “二〇二〇年…”, “比上年收到…”), of several (累计,
#: 以来, 近三年, 五年来, 年均; not 本年度累计), of a plan (计划, 预计, 下一年度; not 结转下一年度), of a change (同比多收到…), of part of
#: the year (每月, 3月份, 国庆节期间: :data:`SHORT_SPAN`; not 1月至12月; ranges: :data:`_MONTHS`), of other organs
#: (全县, 各乡镇, 全系统), of one channel or kind of applicant (网上收到…, 通过信函收到…, 通过12345热线收到…; not 通过网站、
#: 信函等方式收到…) or of applications that cross the year's end (跨年度办结…: the carried over or forward only; not before a phrase that
#: names them, :data:`_CARRYING`): its figure is no table's.
_NOT_THE_TABLE = re.compile(
    rf"上一?年|去年|往年|历年|同期|(?<!本年|今年|全年|年度|年内)累计|以来|至今|同比|环比|(?P<year>{year_pattern()})\s*年|(?P<across>跨年度?)"
    r"|近[\d一二两三四五六七八九十几]+年|(?<!\d)[\d一二两三四五六七八九十几]+年来|[年日周]均"
    r"|(?<![转至到入])下一?年|明年|来年|计划|预计|力争|争取|目标"
    rf"|每月|月均|平均|季度|上半年|下半年|{SHORT_SPAN}"
    r"|(?<![\d一二三四五六七八九十至到~—－-])[\d一二三四五六七八九十]+月份?(?![\d一二三四五六七八九十日底末至到~—－-])"
    rf"|{OTHER_ORGANS.pattern}"
    rf"|(?:(?P<site>{_SITE})|{_OTHER_CHANNELS})(?![^等]*等)")
#: A phrase that names applications carried over or forward (“上年结转…”, “结转下年度…”): every one of them crosses
#: the year's end, so “跨年度” before it says no more.
_CARRYING = re.compile(rf"{CARRIED}|{FORWARD}")

#: A month's number: 1 to 12, in digits or Chinese numerals; a day's: 1 to 31.
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"[0-3]?\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
#: A span of months (“1至6月”, “3月1日至12月31日”, “截至11月底”, “截至二〇二三年十二月十五日”): the whole year only
#: from 1 January (or 截至) to the end of December (:func:`_whole_year`).
_MONTHS = re.compile(
    rf"(?:(?<!\d)(?P<first>{_MONTH})\s*(?:月份?(?:\s*(?P<first_day>{_DAY})\s*[日号])?)?\s*[至到~—－-]+|截至|截止到?)"
    rf"\s*(?:{YEAR})?\s*(?P<last>{_MONTH})\s*月份?(?:\s*(?P<day>{_DAY})\s*[日号]|(?P<within>上旬|中旬|下旬|初))?")
#: A clause that only says when (“2020年，共收到…”, “截至11月底，…”, “上半年，…”, “国庆节期间，…”: :data:`SHORT_SPAN`):
#: it belongs to the clause after it, and, first in its sentence, to every clause of the sentence that names no year of
#: its own (“2020年，收到申请43件，予以公开17件”; not “2020年，…，本年度新收…”: :data:`_OWN_YEAR`).
WHEN = re.compile(r"(?:在|于|截至|截止到?|自|从)?[\d〇○零一二三四五六七八九十年度月份日号至到~—－\-\s半季第上下全本今去前底末中旬初]*"
                  r"[年度月份日号底末旬初](?:以来|期间|内|中|里)?"
                  rf"|(?:在|于)?[^，,：:\d件]{{0,6}}?(?:{SHORT_SPAN})(?:期间|前后|当天|内|里|中)?")
#: A clause that ends saying since when (“条例修订施行三年来”, “自机构改革以来”): like :data:`WHEN`'s, it says when the
#: clauses after it are.
_SINCE = re.compile(r"(?:以来|(?<!\d)[\d一二两三四五六七八九十几]+年来)$")
#: A clause's own year, which the sentence's first clause saying when does not override.
_OWN_YEAR = re.compile(rf"{YEAR}|本年|今年")


def _opening(clause: str) -> str:
    """The words saying when that ``clause`` opens with, one after another (“本年度国庆节期间”, “2023年1至6月”), or ""."""
    end = 0
    while (found := WHEN.match(clause, end)) and found.end() > end:
        end = found.end()
    return clause[:end]


def sentence_time(head: str) -> str:
    """The time the first clause of the last sentence of ``head`` (the text up to a figure) says for the figure's
    clause, or "": all of it where it only says when (“2020年，…”: :data:`WHEN`; “三年来，…”: :data:`_SINCE`), up to a
    clause that names a year of its own (“2020年，…，全年办结…” is 2020's); or the time it opens with (“两会期间收到申请2件，
    办结2件”; not “上年结转4件，…”, that count's own), up to a clause that names another time (“上年度办结申请39件、全年
    办结…”, “1至6月…，7至12月…”). The 2008 reader's too."""
    *before, clause = split_clauses(re.split(r"[。；;！？!?]", head)[-1])
    if not before:
        return ""
    alone = bool(WHEN.fullmatch(before[0].strip()) or _SINCE.search(before[0].strip()))
    opening = "" if alone else _opening(before[0].strip())
    first = before[0] if alone else opening if opening and not re.match(
        "结转|遗留|转入", before[0].strip()[len(opening):]) else ""

    def own_time(later: str) -> bool:
        return bool(_OWN_YEAR.search(later)) if alone else bool(TIME_SUBJECT.search(later) or WHEN.match(later.strip()))

    return first if first and not any(map(own_time, (*before[1:], clause))) else ""


def not_the_table(report, text: str, m: re.Match, upto: int | None = None, dated: bool = False,
                  published: bool = False) -> bool:
    """Whether the clause of ``text`` before the phrase ``m`` (:func:`split_clauses`, with the clauses that say when it
    is: :data:`WHEN`, and the time its sentence opens with where no clause after names a year of its own: “2022年收到…，
    办结…”, not “上年结转4件，办结…”), or the phrase's aside but one that says what the count includes (“（含…）”), says
    its figure is not the table's (:data:`_NOT_THE_TABLE`, :data:`_MONTHS`): a year other than the report's, last year,
    part of the year …, and where ``dated``, a day before the year's last (:data:`_DATE`); or the phrase follows 多 or
    少, a change told on from an earlier clause (“同比多收到申请5件，多办结5件”); or it names a year to carry forward
    into other than the next (“结转至2023年度办理” in 2023's report). The clause ends at ``upto`` where given. Where
    ``published`` (a count of 表二's), the site it is published on says no part (“在门户网站公开行政处罚决定…”; but
    “通过微信公众号公开…” may be some)."""
    head = text[:m.start() if upto is None else upto]
    if re.search(r"[多少]\s*$", head) \
            or m.groupdict().get("next") and year_value(m["next"]) != report.year + 1:
        return True
    head = head.replace(report.agency, "本机关")
    *before, clause = split_clauses(re.split(r"[。；;！？!?]", head)[-1])
    first = sentence_time(head)
    while before and WHEN.fullmatch(before[-1].strip()):
        clause = before.pop() + "，" + clause
    if first and before:
        clause = first + "，" + clause
    aside = m.groupdict().get("aside") or ""
    if not re.match(r"\s*(?:含|包括|包含)", aside):
        clause += "，" + aside
    spans = list(_MONTHS.finditer(clause))

    def inside(found: re.Match) -> bool:  # a span's month or day is not one of its own
        return any(s.start() <= found.start() < s.end() for s in spans)

    return not all(map(_whole_year, spans)) \
        or dated and any(not inside(d) and not _year_end(d) for d in _DATE.finditer(clause)) \
        or any(year_value(y["year"]) != report.year if y["year"]
               else not _CARRYING.match(m.group()) if y["across"]
               else not inside(y) and not (published and y["site"])
               for y in _NOT_THE_TABLE.finditer(clause))


#: A day or a part of a month outside a span (“3月15日”, “3月底”, “6月30日前”, “12月中旬”): a count said of it is of an
#: event or of the year so far, no table's; but not of the year's last day (“12月31日”, “12月底”: :func:`_year_end`).
_DATE = re.compile(rf"(?<![\d一二三四五六七八九十])(?P<month>{_MONTH})\s*月份?\s*"
                   rf"(?:(?P<day>{_DAY})\s*[日号]|(?P<end>底|末)|初|[上中下]旬)")


def _year_end(date: re.Match) -> bool:
    """Whether ``date`` (:data:`_DATE`) is the year's last day: 12月31日, 12月底, 12月末."""
    return numeral_value(date["month"]) == 12 and (bool(date["end"]) or numeral_value(date["day"] or "0") == 31)


def _whole_year(span: re.Match) -> bool:
    """Whether the span of months ``span`` (:data:`_MONTHS`) is the whole year: from 1 January (or 截至, to a date) to
    the end of December (“1至12月”, “截至12月31日”; not “截至12月20日”, “截至12月中旬”, “1月10日至12月31日”)."""
    return numeral_value(span["first"] or "1") == 1 and numeral_value(span["first_day"] or "1") == 1 \
        and numeral_value(span["last"]) == 12 and numeral_value(span["day"] or "31") == 31 and not span["within"]
