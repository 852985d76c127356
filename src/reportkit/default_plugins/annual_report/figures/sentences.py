"""A sentence's clauses and their subjects (the organ, other organs, a part of the organ, a year), as R9 and the
2008 reader (:mod:`reportkit.importers.figures2008`) read them; the numerals of a count.
"""
from __future__ import annotations

import math
import re
from fractions import Fraction

from reportkit.attachments import year_pattern
from reportkit.numerals import numeral_value

#: Not the end of another number (the 二百 of “一千二百件”, the 2 of “1.2万件”, the 234 of “1,234件”), of a range (“3至5件”,
#: “3件至5件”, “3件到5件”; not “由40件增至55件”, “增加到55件”) or of an estimate (“几十件”, “数百件”; digits after 数 are a
#: count: “总数27件”).
_NOT_AFTER = (r"(?<![\d.．〇零一二两三四五六七八九十百千万亿几~～—－-])(?:(?<!数)|(?=\d))(?<!\d,)"
              r"(?<![\d〇零一二两三四五六七八九十百千万][至到])(?<![\d〇零一二两三四五六七八九十百千万]件[至到])")
#: A count's numerals: Arabic (also full-width, or in groups of three: “1,234件”) or Chinese (“两件”, “四十八件”,
#: “一千二百件”; not “零件”).
_NUMERALS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+|[一二两三四五六七八九十百][〇零一二两三四五六七八九十百千万]*)"
NUMBER = rf"{_NOT_AFTER}{_NUMERALS}"
#: The rest of a range after its first figure (“3至5件”, “3件至5件”, “3~5件”, “3件到5件”): :data:`RANGE`. 到 right after a
#: figure only: “增加到55件” is a change's end, its figure a count of its own.
RANGE_END = rf"\s*[至到~～—－-]\s*{_NUMERALS}"
#: A count given as a range, at least its first figure and at most its second (:func:`about`): “3至5件”, “3件至5件”.
RANGE = rf"{NUMBER}(?:\s*件)?{RANGE_END}"
_RANGE_PARTS = re.compile(rf"(?P<low>{_NUMERALS})(?:\s*件)?\s*[至到~～—－-]\s*(?P<high>{_NUMERALS})")


def range_ends(text: str) -> tuple[int, int] | None:
    """The two figures of a count given as a range (:data:`RANGE`: “50至60”, “3件到5件”), the first the lower; None for
    any other."""
    ends = _RANGE_PARTS.fullmatch(text)
    low, high = (numeral_value(ends["low"]), numeral_value(ends["high"])) if ends else (None, None)
    return (low, high) if low is not None and high is not None and low < high else None


#: 由 or 从 right before a range's first figure, last year named between or not (:func:`change_ends`).
_FROM_FIRST = re.compile(rf"(?:由|从)(?:(?:上一?年度?|去年|{year_pattern()}\s*年度?)(?:同期)?的?)?\s*$")


def change_ends(text: str, found: re.Match) -> tuple[int, int] | None:
    """Last year's and the year's figures of a count told as “由40件到55件”: a range (:data:`RANGE`, ``found``'s group
    ``n`` in ``text``) after 由 or 从 is no range but a change from the first to the second, either way; None for any
    other."""
    parts = _RANGE_PARTS.fullmatch(found["n"] or "")
    if not parts or not _FROM_FIRST.search(text, 0, found.start("n")):
        return None
    then, now = numeral_value(parts["low"]), numeral_value(parts["high"])
    return None if then is None or now is None else (then, now)


#: The pieces a figure given as about is read by, shared by R9 and R18 (:mod:`..crossyear`): words before it that give
#: it as about or at least (“约60件”, “近八成”, “超过20%”) ...
NEAR = r"大约|约|将近|接近|(?<![最附])近|超过|逾"
#: ... or at most (“不到两成”, “不足20%”) ...
BELOW = ("不到", "不足", "低于", "少于", "不超过")
#: ... and words after it (“20%左右”, “七成以上”, “20%多”, “百分之二十余”, “30%以内”): a figure followed by one of these is
#: no exact one.
AROUND = r"左右|上下|以上|以下|以内|多|余"
#: The digits after 点 of a Chinese per cent: “百分之二十二点二”.
_CN_DECIMALS = "[〇零一二两三四五六七八九]+"


def per_cent(arabic: str, chinese: str) -> str:
    """A per cent in Arabic or Chinese numerals, “22.2%” as group ``arabic``, “百分之二十二点二” as group ``chinese``
    with its decimals as ``chinese``_decimals (:func:`per_cent_value`)."""
    return rf"(?P<{arabic}>\d+(?:\.\d+)?)\s*[%％]|百分之(?P<{chinese}>{NUMBER})(?:点(?P<{chinese}_decimals>{_CN_DECIMALS}))?"


def per_cent_value(found: re.Match, arabic: str, chinese: str) -> tuple[float, int] | None:
    """The per cent :func:`per_cent` read into ``found`` and its number of decimals; None for numerals not read."""
    if found[arabic]:
        return float(found[arabic]), len(found[arabic].partition(".")[2])
    whole = numeral_value(found[chinese])
    decimals = "".join(str(numeral_value(c) or 0) for c in found[f"{chinese}_decimals"] or "")
    return None if whole is None else (float(f"{whole}.{decimals or 0}"), len(decimals))


#: A count given as about (:func:`about`): “300余件”, “三百多件”, “百余件”, “约60件”, “近百件”, “超过200件”, or in 万 with
#: digits, rounded (“1.2万件”, “3万件”).
_ROUGH = rf"(?:{_NOT_AFTER}\d+(?:\.\d+)?万|{NUMBER}|{_NOT_AFTER}[百千万])"
ABOUT = (rf"(?:(?:{NEAR})\s*{_ROUGH}(?:余|多)?|{_ROUGH}(?:余|多)"
         rf"|{_NOT_AFTER}\d+(?:\.\d+)?万)")
_ABOUT_PARTS = re.compile(r"(?P<word>大约|约|将近|接近|近|超过|逾)?\s*(?P<n>.+?)(?P<more>余|多)?")


def about(text: str) -> tuple[int, int | None] | None:
    """The counts a figure given as about (:data:`ABOUT`) allows, from and to (None: no bound), wide enough that only
    a table figure it clearly belies is out of them: a number in 万 with digits as rounded or cut off to its last
    digit (“1.2万” 11500 to 12999), one with a single digit to the thousand, as “1.0万” (“1万” 9500 to 10999: a writer
    whose count is 1.4万 writes so; rounded to 万, “1万” would take in 5000 to 19999), and so a round number in Chinese
    numerals of a thousand and more, one digit and its unit, to the place below it (“一万” as “1万”, “两万” 19500 to
    20999, “三千” 2950 to 3099); one with words three tenths beyond what they say either way, “约” and “近” the
    number (“约60” 42 to 78, “近百” 70 to 130), “余” and “多” up to one more of its last digit that is not 0 (“300余”
    210 to 490, “十余” 7 to 23), “超过” and “逾” at least the number (“超过200” 140 and more); a range (:data:`RANGE`)
    from its first figure to its second (“3件至5件” 3 to 5); None for an exact number and for a range not read."""
    if _RANGE_PARTS.fullmatch(text):
        return range_ends(text)
    parts = _ABOUT_PARTS.fullmatch(text)
    word, number, more = parts["word"], parts["n"], parts["more"]
    rounded = re.fullmatch(r"\d+(?:\.\d+)?万", number)
    if rounded:
        whole, _dot, decimals = number[:-1].partition(".")
        if len(whole + decimals) == 1:  # “1万” as “1.0万”: one digit of 万 says no more than it
            decimals += "0"
        place = 10 ** (4 - len(decimals))
        n = int(whole + decimals) * place
    else:
        n = {"百": 100, "千": 1000, "万": 10_000}.get(number) or numeral_value(number)
        # “一万”, “三千”: a writer with 1.4万 or 3400 names those digits too
        rounded = n and n >= 1000 and not number[0].isdigit() and len(str(n).rstrip("0")) == 1
        place = 10 ** (len(str(n)) - 2) if rounded else 1
    low, high = (n - place // 2, n + place - 1) if rounded else (n, n)
    if not n or not (word or more or rounded):
        return None
    if more:
        high = max(high, n + 10 ** (len(str(n)) - len(str(n).rstrip("0"))))
    if word or more:
        tolerance = max(-(-n * 3 // 10), 2)
        low, high = low - tolerance, None if word in ("超过", "逾") else high + tolerance
    return max(low, 0), high


def exact(number: str) -> int | None:
    """The count ``number`` (a figure's :data:`NUMBER` or :data:`ABOUT`) states: :func:`numeral_value`, None for one
    given as about (:func:`about`: “约60”, “1万”, “一万”), which is compared as such or not at all."""
    return None if about(number) else numeral_value(number)


#: A share in brackets right after a count, no aside on what it takes in: “予以公开22件（占40.7%）”, “（约占两成）”.
SHARE_ASIDE = r"[（(]\s*(?:约|近|将近|接近|超过|逾)?(?:占|比例)[^（()）含]*[）)]"


#: A share in tenths (成), always about: “八成”, “近八成”, “七成以上”, “八成上下”, “不到两成”, “一成半” (group ``half``)
#: (:func:`tenths_range`).
TENTHS_WORDS = (rf"(?P<near>约|近|将近|接近|超过|逾|{'|'.join(BELOW)})?(?P<tenths>[一二两三四五六七八九]|[1-9])成(?P<half>半)?"
                r"(?P<more>多|余|以上|左右|上下|以下|以内)?")


def tenths_said(found: re.Match) -> tuple[int, int]:
    """The share in per mille a share in tenths (:data:`TENTHS_WORDS`) says, and the step it is said in: “八成” 800 in
    steps of 100, “一成半” 150 in steps of 50."""
    half = bool(found.groupdict().get("half"))
    return numeral_value(found["tenths"]) * 100 + 50 * half, 50 if half else 100


def tenths_range(found: re.Match) -> tuple[int, int | None]:
    """The shares in per mille, from and to (None: no bound), a share in tenths (:data:`TENTHS_WORDS`, with the word
    before it as group ``word`` if any) allows: the share said give or take half its step (:func:`tenths_said`: “约八成”,
    “八成左右”, “八成上下”, a bare “八成”: 750 to 850; “一成半”: 125 to 175), just under it (“近八成”: 750 to 800), over
    it and under the next step (“八成多”, “八成余”: 800 to 900), at least it (“超过八成”, “八成以上”) or at most (“不到八成”,
    “八成以下”)."""
    said, step = tenths_said(found)
    if found["more"] in ("以下", "以内") or found["near"] in BELOW:
        return 0, said
    word = {"以上": "超过", "左右": "约", "上下": "约"}.get(found["more"]) or found.groupdict().get("word") or found["near"] or "约"
    if word in ("超过", "逾"):
        return said, None
    if found["more"] in ("多", "余"):
        return said, said + step
    return said - step // 2, said if word != "约" else said + step // 2


def tenths_allow(found: re.Match, share: Fraction) -> bool:
    """Whether the share in per mille ``share`` is one the share in tenths ``found`` allows (:func:`tenths_range`). At
    an edge half a step from the share said (“约两成”: 15% and 25%; “近两成”: 15%) the share is taken to the whole per
    cent, as a report rounds it before it says it in tenths: 14.8% is 15%, so “约两成”; a share that rounds to the
    tenths said is never far from them. An edge at the share said (“近两成”, “超过两成”: 20%) is exact."""
    (low, high), (said, step) = tenths_range(found), tenths_said(found)
    rounded = math.floor(share / 10 + Fraction(1, 2)) * 10
    return low <= (rounded if said - low == step // 2 else share) \
        and (high is None or (rounded if high - said == step // 2 else share) <= high)


#: A change told right after a count, a clause or an aside of its own: “，同比增加10件”, “，较上年增长20%”, “（比上年减少
#: 3件）”, “，与上年相比，增加5件”: it is the count's, and what is told after it (“，其中本局本级40件”) parts that count.
CHANGE = (r"(?:\s*[，,]\s*|\s*[（(])(?:同比|环比|[较比](?:上一?年度?|去年)(?:同期)?|[与和](?:上一?年度?|去年)(?:同期)?相比[，,]?)"
          r"[^，,。；;！？!?（()）其]*[）)]?")

#: A count in a sentence (“5件”, not “第5件”; also about: “约60件”, :data:`ABOUT`), not inside brackets.
COUNT = re.compile(rf"(?<!第)(?P<n>{NUMBER}|{ABOUT})\s*件")

#: A year named: “2020年”, “二〇二〇年”.
YEAR = rf"{year_pattern()}\s*年"

#: A year as a clause's subject: “2022年新收…”, “本年度…”, “上年…”.
TIME_SUBJECT = re.compile(rf"{YEAR}|本年|今年|全年|上一?年|去年|往年")

#: Other organs than the report's: the whole area or system (全县, 全系统, 本局系统), each of several (各乡镇, 各部门), those
#: below it (局属单位), a government with its departments (县政府及其工作部门).
OTHER_ORGANS = re.compile(r"全(?:国|省|市|区|县|州|旗|盟)|[全本我][局委厅]?系统|系统内|各(?:级|地|乡镇|街道|部门|单位|县|区|市|成员单位)"
                          r"|[县市区]直|下属|所属|[局委厅]属(?![于地])|及其?(?:各|工作|组成)*部门")

#: The organ itself as a clause's subject (“本局新收…”, “全局新收…”; the agency's name reads as 本机关), not its
#: system (“本局系统”, “全局系统”: :data:`OTHER_ORGANS`).
OWN_SUBJECT = re.compile(r"(?:[本我](?:机关|单位|部门|局|委|办(?!法)|厅|院|府|署)|全(?:局|委|厅|署)(?!性|观|意识))(?!系统)")
#: Where a clause's subject ends: its count's verb or figure (“局机关受理48件”).
SUBJECT_END = re.compile(rf"新收|收到|受理|办结|办理|答复|作出|做出|制发|发出|{NUMBER}\s*件")

#: A part of the organ as the subject just before a phrase (“局机关新收…”, “二级单位新收…”, “县政府办公室受理…”,
#: “法规科作出…”, “城关自然资源所收到…”, “部门收到…”; not “门户网站公开…”, a channel): its tables may be the whole
#: organ's or that part's only, so the part's figure is no table's. 部门 without 本 or 我 is some of the organ's
#: departments (or a government's, beside its own figure).
ORGAN_PART = re.compile(
    r"(?:(?P<own>本级)|[局委厅办院署府]机关|(?:二级|直属|下属|所属|基层)(?:单位|机构)|(?<![本我])部门"
    r"|(?P<unit>科|股|处|室|中心|办公室|大队|支队|分局|(?<![本我其之局委厅办院府关])所(?![属有])|(?<!网)站))"
    r"(?:共计?|合计|全年|本年度?|今年|年内|依法|累计|已)*$")


def quoted(words: str) -> str:
    """``words`` of the narrative quoted in a message, quotes in them made single (GB/T 15834): “‘不予公开’7件”."""
    return "“" + words.replace("“", "‘").replace("”", "’") + "”"


def past_qizhong(pattern: re.Pattern, text: str, start: int, opening: str = "其中") -> re.Match | None:
    """``pattern``'s first match in ``text`` from ``start`` (the end of what a count tells), past a full stop after
    which the next sentence opens with ``opening``, “其中” unless told (“共受理申请55件。其中，自然人申请43件”: the
    count's told on in it)."""
    found = pattern.search(text, start)
    while found and found.group() in "。！？!?" and re.match(rf"\s*(?:{opening})", text[found.end():]):
        found = pattern.search(text, found.end())
    return found


def split_clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence``: parted at commas and colons, and at “、” after a count where the next has a subject
    of its own (“全系统新收申请120件、本局新收30件”, “上年新收40件、本年新收48件”: :func:`has_subject`); not where
    it has none, its count still said of the subject, year or change before (“上年新收申请40件、办结38件”, “同比增加
    12件、8件”)."""
    clauses = []
    for clause in re.split(r"[，：:]|,(?!\d{3}(?!\d))", sentence):  # not in “1,234件”
        first, *others = re.split(r"(?<=件)\s*、", clause)
        clauses.append(first)
        for piece in others:
            if has_subject(piece):
                clauses.append(piece)
            else:
                clauses[-1] += "、" + piece
    return clauses


def has_subject(clause: str) -> bool:
    """Whether ``clause`` names before its count's verb or figure (:data:`SUBJECT_END`) the organ, other organs, a
    part of the organ (:data:`OWN_SUBJECT`, :data:`OTHER_ORGANS`, :data:`ORGAN_PART`) or a year (本年, 上年 …)."""
    subject = SUBJECT_END.split(clause, maxsplit=1)[0].strip()
    return any(p.search(subject) for p in (OWN_SUBJECT, OTHER_ORGANS, ORGAN_PART, TIME_SUBJECT))
