"""The annual report's cross-year rules: this year's report against last year's (``--previous``).

Edition change 2020 → 2021 (60号 → 30号 tables):
- 表三 keeps its rows 二、上年结转 and 四、结转下年度继续办理 and its seven columns in both
  editions, so R7 compares them column by column across the change as well.
- 表二 has no comparable column across the change: the 2019 edition counts 规章/规范性文件
  as 本年新制作/本年新公开/对外公开总数量 and projects as 上一年项目数量/本年增/减, the 2021
  edition as 本年制发/本年废止/现行有效件数 and decisions. R8 is therefore checked between two
  reports of the same edition only.
"""
from __future__ import annotations

import re
import sys
from fractions import Fraction
from typing import Iterator

from reportkit.attachments import year_pattern, year_value
from reportkit.errors import WARNING
from reportkit.narrative import item_texts, says_nothing
from reportkit.registry import Finding

from reportkit.numerals import numeral_value

from . import COPIED_SHARE
from .citations import narrative
from .figures.organs import organ_part, others
from .figures.periods import not_the_table
from .figures.phrases import CARRIED, NEW_RECEIVED, READ, WITHOUT_CARRIED
from .figures.sentences import (
    ABOUT, AROUND, BELOW, NEAR, NUMBER, TENTHS_WORDS, about, change_ends, per_cent, per_cent_value, quoted,
    range_ends, tenths_allow, tenths_range,
)
from .model import applications_values
from .tables import APPLICANT_COLUMNS, EDITIONS, SECTIONS, TABLE_EDITIONS, application_rows

_SECTION_TITLES = {key: f"{'一二三四五六'[i]}、{label}" for i, (key, label, _) in enumerate(SECTIONS)}


def _tables(previous) -> bool:
    return previous.edition in TABLE_EDITIONS


def check_r7(report, previous) -> Iterator[Finding]:
    """R7: 表三 二、上年结转 = last year's 四、结转下年度继续办理, per column (across 2020 → 2021 too); the columns that
    differ in one finding, at the first: a row copied from elsewhere is one fault, not one a column."""
    if not _tables(previous):
        return
    carried = applications_values(report)[("carried_over",)]
    forward = applications_values(previous.report)[("carried_forward",)]
    columns = [column for column in APPLICANT_COLUMNS if carried[column.key] != forward[column.key]]
    if columns:
        c = columns[0].key
        yield Finding(WARNING, (
            f"表三 二、上年结转{''.join(f'“{column.label}”' for column in columns)}列为 "
            f"{'、'.join(str(carried[column.key]) for column in columns)}，而上年报告"
            f"（{previous.where(('tables', 'applications', 'carried_forward', c))}）四、结转下年度继续办理为 "
            f"{'、'.join(str(forward[column.key]) for column in columns)}：两者应相等，请核对本年的上年结转或上年报告"
        ), ("tables", "applications", "carried_over", c))


def check_r8(report, previous) -> Iterator[Finding]:
    """R8: 表二 counts that carry over. 2021: 现行有效件数 = last year's + 本年制发 − 本年废止;
    2019: 上一年项目数量 = last year's 上一年项目数量 + 本年增/减. Both reports of the same edition."""
    if previous.edition != report.spec.name:
        return
    table, last = report.tables.active_disclosure, previous.report.tables.active_disclosure
    for block in report.spec.active_disclosure:
        columns = {c.key for c in block.columns}
        for key, label in block.rows:
            row, before = getattr(table, key), getattr(last, key)
            if "in_force" in columns:
                expected = before.in_force.value + row.issued.value - row.repealed.value
                if row.in_force.value != expected:
                    yield Finding(WARNING, (
                        f"表二“{label}”的现行有效件数为 {row.in_force.value}，而上年报告（{previous.where(('tables', 'active_disclosure', key, 'in_force'))}）"
                        f"的 {before.in_force.value} 件加本年制发 {row.issued.value} 件、减本年废止 {row.repealed.value} 件为 {expected} 件："
                        "请核对本年和上年的表二；件数因文件修订、清理等确实接不上的，报告中应写明原因（如在这一格的数字后注明）"
                    ), ("tables", "active_disclosure", key, "in_force"))
            elif "change" in columns:
                expected = before.previous_year.value + before.change.value
                if row.previous_year.value != expected:
                    yield Finding(WARNING, (
                        f"表二“{label}”的上一年项目数量为 {row.previous_year.value}，而上年报告（{previous.where(('tables', 'active_disclosure', key, 'change'))}）"
                        f"的上一年项目数量 {before.previous_year.value} 加本年增/减 {before.change.value:+d} 为 {expected}：请核对"
                    ), ("tables", "active_disclosure", key, "previous_year"))


# A change from last year stated in the text ------------------------------------
#: Last year, as a comparison names it: “上年”, “去年同期”, “2020年” (another year's is not compared); with its figure,
#: if written (group ``then``: “比2020年的45件”, “较上年（45件）”, “较上年45件”), or in a clause of its own (“，上年为45件，
#: 增长22.2%”).
_LAST = (r"(?:上一?年度?|去年|(?P<year>\d{4})\s*年度?)(?:同期)?"
         rf"(?:(?:的|\s*[（(]|(?P<was>为|是|共?有|共?计|共?(?:收到|受理|新收)(?:政府信息公开)?(?:申请)?))?\s*(?P<then>{NUMBER})\s*件"
         r"\s*(?(was)|[）)]?))?")
# A change, told right after a count of new applications or after another such change of it, is read by the pieces
# below, in this order: where it begins, its comparison with last year, then what it says (no change, one of no
# figure, a ratio, times, or a word of change and how much).
#: Where it begins: after “，” or “、” (“，较上年增加10件，增长22.2%”, “、增长22.2%”), in an aside (group ``open``:
#: “（增加10件）”) or in a sentence of its own after last year's figure (group ``stop``: “。上年为45件，增长22.2%”).
_LEAD = r"\s*(?:[，,、]|(?P<stop>[。；;])|(?P<open>[（(]))?"
#: The comparison (group ``since``, only in the first of a run): “同比”, “较上年”, “比2020年的45件”, “相比上年”, “与上年
#: …相比”, last year's figure first (“上年为45件，”); a ratio's (group ``of``): “是上年的”, “相当于上年的”.
_SINCE = (rf"\s*(?P<since>同比|(?P<than>[较比与和]|相比|(?P<of>是|为|相当于|达到?))?\s*{_LAST}(?(than)|(?<=件))"
          r"(?:相比)?[，,]?)?\s*(?:同比)?")
#: No change: “与上年持平”; a small one (group ``basically``: “基本持平”, :data:`FLAT`).
_SAME = r"(?P<same>(?P<basically>基本|大致|大体)?持平)"
#: A change of no figure (group ``vague``): “较上年的45件有所增加”, its figure of last year compared only.
_VAGUE = r"(?P<vague>有所)(?:增加|增长|上升|提高|下降|减少|降低)"
#: A ratio to last year, after 是, 相当于 … only: “是上年的4倍” (group ``ratio``), “相当于上年的80%”, “相当于上年的百分之八十”.
_RATIO = rf"(?(of)的?\s*(?:(?P<ratio>\d+(?:\.\d+)?|{NUMBER})\s*倍|{per_cent('percent', 'cn_of')})|(?!))"
#: Times: “翻两番” (group ``doubled``: ×4), “增长2倍” (group ``times``: ×3).
_TIMES = rf"翻了?(?P<doubled>{NUMBER})番|(?:增长|增加)了?(?P<times>\d+(?:\.\d+)?|{NUMBER})倍"
#: The word of change (group ``way``; :data:`_DOWN` the ones down, :data:`_RATES` the rates): “增长”, “较上年减少”, “多”,
#: “增幅为”.
_WAY = r"(?P<way>增长率?|增加|上升|提高|下降率?|减少|降低|多出?|少|增幅|降幅)了?(?:为|是|达到?)?"
#: A per cent after it, given as about or as a bound before it (group ``roughly``: “约20%”, “不到20%”) or after it (group
#: ``bound``: “20%左右”, “百分之二十多”): :func:`_rough`.
_ROUGH_PER_CENT = (rf"(?P<roughly>{NEAR}|{'|'.join(BELOW)})?\s*(?:{per_cent('share', 'cn')})"
                   rf"(?P<bound>{AROUND})?")
#: How much after the word of change: a per cent (:data:`_ROUGH_PER_CENT`), a count (group ``n``: “10件”; given as about,
#: “二十余件”, “近20件”, “10件左右”, “10件以上” (group ``around``): :func:`_about_count`), tenths
#: (:data:`.sentences.TENTHS_WORDS`: “三成”, “近两成”) or percentage points (group ``points``: “22.2个百分点”, a share's
#: change, no count's: :func:`check_change` says so).
_AMOUNT = (rf"\s*(?:{_ROUGH_PER_CENT}|(?P<n>{NUMBER}|{ABOUT})\s*件(?P<around>{AROUND})?|{TENTHS_WORDS}"
           rf"|(?P<points>\d+(?:\.\d+)?|{NUMBER})\s*个?百分点)")
#: A change from last year: :data:`_LEAD`, :data:`_SINCE`, then what it says; not a first one that names no comparison
#: with last year (“增长20%”: of what?) unless last year's count was told before the count (:data:`_BEFORE`) or it
#: (:data:`_FROM`).
_CHANGE = re.compile(rf"{_LEAD}{_SINCE}(?:{_SAME}|{_VAGUE}|{_RATIO}|{_TIMES}|{_WAY}{_AMOUNT})"
                     rf"(?!\s*(?:{AROUND}))(?(open)\s*[）)]?)")
#: Last year's figure in a clause or sentence of its own with no change told after it: “收到申请55件，上年为45件。”
_THEN = re.compile(rf"\s*[，,。；;]\s*{_LAST}(?=\s*(?:[，,。；;]|$))")
#: Last year's figure in an aside, a change may follow: “新收申请55件（上年45件），同比增长22.2%”; another year's
#: (“（2019年40件），同比增长22.2%”) is not compared, the 同比 after it still is.
_THEN_ASIDE = re.compile(rf"\s*[（(]\s*(?:上一?年度?|去年|(?P<year>\d{{4}})\s*年度?)(?:同期)?(?:为|是|共?有)?\s*(?P<then>{NUMBER})\s*件\s*[）)]")
_DOWN = ("下降", "下降率", "减少", "降低", "少", "降幅")
#: Rates of change, which name their comparison themselves: “增幅为22.2%”, “增长率为22.2%”.
_RATES = ("增幅", "降幅", "增长率", "下降率")
#: “基本持平”: a change of at most this per cent of last year's count, or of one application (“由12件到13件”).
FLAT = 5.0
#: Last year's count received told in the clause before this year's, which names the comparison of the change after
#: it: “上年度收到申请45件，本年度收到申请55件，增长22.2%”, “2020年新收申请45件；2021年新收申请55件，…”.
_BEFORE = re.compile(rf"(?:上一?年度?|去年|(?P<year>\d{{4}})\s*年度?)(?:同期)?(?:全年)?(?:共计?)?(?:新收|收到|受理)"
                     rf"[^，,。；;\d]{{0,20}}?(?P<then>{NUMBER})\s*件\s*[，,；;]\s*(?:本年度?|今年|全年|\d{{4}}\s*年度?)"
                     r"(?:全年)?(?:共计?)?$")
#: After a count, an aside or last year's carried over told apart from it, its change told after those: “收到申请55件
#: （不含上年结转4件），同比增长22.2%”, “…，另有上年结转4件，同比…”; or the sum of both (group ``sum``), with 加上 or
#: without: “新收申请55件，加上上年结转4件，共59件，同比…”, “收到申请55件，上年结转4件，合计59件，与上年的59件持平” (the
#: change may be the count's or the sum's: either is compared with last year's of the same).
_ASIDE = re.compile(rf"\s*(?:[（(][^（()）]*[）)])?(?:[，,]\s*(?:再?加上?|连同)?{CARRIED}(?:为|有)?\s*{NUMBER}\s*件\s*[，,]?\s*"
                    rf"(?:共计?|合计|总计|总共|一共)(?:有|为|达到?)?(?:申请)?\s*(?P<sum>{NUMBER})\s*件"
                    rf"|[，,]\s*另有{CARRIED}\s*{NUMBER}\s*件)?")

#: Last year's figure in the count received told as its change (:data:`.phrases.FROM_LAST_YEAR`): “收到申请由上年的40件
#: 增加到55件”, “由40件增加到55件”, “由40件到55件”; it names the comparison of a change told after it, its word (group
#: ``way``), where written, the change's direction.
_FROM = re.compile(rf"(?:由|从)(?:(?:上一?年度?|去年|(?P<year>{year_pattern()})\s*年度?)(?:同期)?的?)?\s*(?P<then>{NUMBER})\s*件"
                   r"\s*(?:(?P<way>增加|增长|上升|提高|减少|下降|降低|[增升减降])|(?=[到至]))")
_DOWN_FROM = ("减", "下降", "降")


def _changes(text: str, start: int, named: bool = False) -> list[re.Match]:
    """The changes (:data:`_CHANGE`) told one after another from ``start``, the first naming its comparison unless
    ``named`` before."""
    out = []
    while change := _CHANGE.match(text, out[-1].end() if out else start):
        if not out and not named and not change["since"] and change["way"] not in _RATES \
                or change["stop"] and (out or not change["was"]):
            break
        out.append(change)
    return out


#: What a change says (:func:`_told`): shares in percent from and to, a count, the counts one given as about allows, the
#: change itself (in tenths) or None.
Told = tuple[float | None, float | None] | int | range | re.Match | None


def _told(change: re.Match) -> Told:
    """What ``change`` says: the shares in percent it allows, from and to (None: no bound; one unit of the last digit
    written either way, N倍 and 翻N番 as N × 100% and (2^N − 1) × 100% give or take half of theirs, 是上年的N倍 and
    相当于上年的N% as N − 1 times and N% − 100%, 基本持平 within :data:`FLAT` either way), or a count (持平: 0), the counts
    one given as about allows (:func:`_about_count`); ``change`` itself for tenths, which :func:`_agrees` reads as R9
    reads a share (:func:`.sentences.tenths_allow`); None for numerals not read, for 有所增加 (its figure of last year
    alone is compared) and for percentage points (no count's change: :func:`check_change` says so)."""
    if change["vague"] or change["points"]:
        return None
    if change["ratio"]:
        places = len(change["ratio"].partition(".")[2])
        times = float(change["ratio"]) if places else numeral_value(change["ratio"])
        return None if times is None else _within((times - 1) * 100, 50 * 10 ** -places)
    if change["percent"] or change["cn_of"]:
        of = per_cent_value(change, "percent", "cn_of")
        return None if of is None else _within(of[0] - 100, 10 ** -of[1])
    if change["times"]:
        places = len(change["times"].partition(".")[2])
        times = float(change["times"]) if places else numeral_value(change["times"])
        return None if times is None else _within(times * 100, 50 * 10 ** -places)
    if change["doubled"]:
        doubled = numeral_value(change["doubled"])
        return None if doubled is None else _within((2 ** doubled - 1) * 100, 50.0)
    if change["basically"]:
        return -FLAT, FLAT
    if change["same"]:
        return 0
    if change["tenths"]:
        return change
    sign = -1 if change["way"] in _DOWN else 1
    if change["roughly"] or change["bound"]:
        rough = _rough(change)
        if rough is None:
            return None
        low, high = (None if bound is None else sign * bound for bound in rough)
        return (low, high) if sign > 0 else (high, low)
    if change["share"] or change["cn"]:
        share = per_cent_value(change, "share", "cn")
        return None if share is None else _within(sign * share[0], 10 ** -share[1])
    rough = _about_count(change)
    if rough:  # “超过20件”: no bound, but a change no count reaches
        low, high = rough[0], rough[1] if rough[1] is not None else sys.maxsize
        return range(low, high + 1) if sign > 0 else range(-high, -low + 1)
    told = numeral_value(change["n"])
    return sign * told if told is not None else None


def _about_count(change: re.Match) -> tuple[int, int | None] | None:
    """The counts, from and to (None: no bound), a change in a count given as about allows, as R9 reads such a count
    (:func:`.sentences.about`: “二十余件” 14 to 36, “近20件” 14 to 26, “超过20件” 14 and more; “10件左右” as “约10件”,
    7 to 13, “10件以上” as “超过10件”, “10件多” as “10余件”, “10件以下”, “10件以内” up to what “约10件” allows: 0 to
    13); None for an exact count."""
    n, around = change["n"], change["around"]
    if about(n) or not around:
        return about(n)
    if around in ("以下", "以内"):
        return 0, about("约" + n)[1]
    return about({"以上": "超过" + n, "多": n + "余", "余": n + "余"}.get(around, "约" + n))


def _rough(change: re.Match) -> tuple[float, float | None] | None:
    """The changes in percent, from and to (None: no bound), either way, that one in tenths allows
    (:func:`.sentences.tenths_range`) or a per cent given as about, read as tenths are: “约20%”, “20%左右”, “20%上下”
    give or take 5 points (a tenth of the figure above 50%: “约200%” 180% to 220%), “近20%” just under (15% to 20%),
    “20%多”, “百分之二十余” over it to the next 10 points (20% to 30%), “超过20%”, “20%以上” at least, “不到20%”,
    “20%以下”, “30%以内” at most; None for numerals not read."""
    if change["tenths"]:
        low, high = tenths_range(change)
        return low / 10, None if high is None else high / 10
    written = per_cent_value(change, "share", "cn")
    if written is None:
        return None
    share, word = written[0], change["roughly"] or change["bound"]
    give = max(5.0, share / 10)
    if word in ("超过", "逾", "以上"):
        return share, None
    if word in (*BELOW, "以下", "以内"):
        return 0.0, share
    if word in ("将近", "接近", "近"):
        return share - give, share
    if word in ("多", "余"):
        return share, share + 2 * give
    return max(share - give, 0.0), share + give


def _within(share: float, unit: float) -> tuple[float, float]:
    """The shares from ``share`` less ``unit`` to ``share`` plus ``unit``."""
    return share - unit, share + unit


def _agrees(stated: int, base: int, told: Told) -> bool:
    """Whether ``stated`` changed from ``base`` as ``told`` (:func:`_told`): a share within its bounds or one its tenths
    allow, its way told (of none from 0), a count exactly or within the counts one given as about allows."""
    if isinstance(told, re.Match):
        sign = -1 if told["way"] in _DOWN else 1
        return bool(base) and tenths_allow(told, Fraction(sign * (stated - base) * 1000, base))
    if isinstance(told, range):
        return stated - base in told
    if not isinstance(told, tuple):
        return stated - base == told
    low, high, share = *told, base and (stated - base) / base * 100
    return bool(base) and (low is None or low <= share) and (high is None or share <= high)


def _found(stated: int, was: int, change: re.Match, text: str) -> str:
    """The change from ``was`` to ``stated`` in the terms of ``change`` (:data:`_CHANGE` in ``text``): a ratio, a share
    (with what a share in tenths or given as about allows) or a count."""
    if change["ratio"] or change["percent"] or change["cn_of"]:
        return f"为上年的 {stated / was:.2f} 倍（{stated / was * 100:.1f}%，写出的末位四舍五入或舍去都算对）"
    share = f"{'增长' if stated >= was else '下降'} {abs(stated - was) / was * 100:.1f}%（按（本年 − 上年）÷ 上年算" if was else ""
    if change["tenths"] or change["roughly"] or change["bound"]:
        low, high = _rough(change)
        allowed = f"不低于 {low:g}%" if high is None else f"不高于 {high:g}%" if not low else f"在 {low:g}% 至 {high:g}% 之间"
        words = text[change.start("way"):change.end()].rstrip(" ）)")
        return f"{share}；写“{words}”的，{'降幅' if change['way'] in _DOWN else '增幅'}应{allowed}）"
    if change["basically"]:
        return f"{share}；写“{change['same']}”的，增减应不超过上年的 {FLAT:g}% 或不超过 1 件）"
    if isinstance(_told(change), tuple):
        return f"{share}，写出的末位四舍五入或舍去都算对）"
    if change["n"] and (rough := _about_count(change)):
        words = text[change.start("way"):change.end()].rstrip(" ）)")
        allowed = f"应在 {rough[0]} 至 {rough[1]} 件之间" if rough[1] is not None else f"应不少于 {rough[0]} 件"
        return (f"{'增加' if stated >= was else '减少'} {abs(stated - was)} 件（写“{words}”的，"
                f"{'减少' if change['way'] in _DOWN else '增加'}的件数{allowed}）")
    return f"{'增加' if stated >= was else '减少'} {abs(stated - was)} 件"


def _other_year(report, found: re.Match) -> bool:
    """Whether the comparison ``found`` names a year other than the last (group ``year``)."""
    return bool(found["year"]) and year_value(found["year"]) != report.year - 1


def _range_agrees(ends: tuple[int, int], base: int, told: Told) -> bool:
    """Whether a count somewhere from ``ends[0]`` to ``ends[1]`` changed from ``base`` as ``told`` (:func:`_agrees`)."""
    if isinstance(told, re.Match):
        return any(_agrees(n, base, told) for n in range(ends[0], ends[1] + 1))
    if isinstance(told, range):
        return told.start <= ends[1] - base and ends[0] - base < told.stop
    if not isinstance(told, tuple):
        return ends[0] - base <= told <= ends[1] - base
    low, high = told
    return bool(base) and (low is None or low <= (ends[1] - base) / base * 100) \
        and (high is None or (ends[0] - base) / base * 100 <= high)


def _range_changes(path: tuple, text: str, m: re.Match, ends: tuple[int, int], bases: tuple[int, ...],
                   changes: list[re.Match], where: str) -> Iterator[Finding]:
    """R18 on the changes told after a count received given as a range (“新收申请50至60件，同比增长20%”, ``ends``):
    wrong where the change from one of last year's ``bases`` (新收, or with 上年结转) to no count of the range is it,
    reckoned from both ends of each."""
    for change in changes:
        told = _told(change)
        if told is None or change["points"] or any(_range_agrees(ends, b, told) for b in bases):
            continue
        reckoned = "；".join(f"从 {base} 件" + "，".join(
            f"到 {n} 件" + (f"{'增长' if n >= base else '下降'} {abs(n - base) / base * 100:.1f}%（" if base else "")
            + f"{'增加' if n >= base else '减少'} {abs(n - base)} 件" + ("）" if base else "") for n in ends) for base in bases)
        # a count received may take in 上年结转, either year: both readings are named, as for a single count
        both = f"（与“二、上年结转政府信息公开申请数量”之和为 {bases[1]}）" if len(bases) > 1 else ""
        said, at = text[m.start():change.end()], change.group().lstrip(" ，,。；;（(")
        yield Finding(WARNING, (
            f"正文写的是{quoted(said)}，而上年报告（{where}）表三“一、本年新收政府信息公开申请数量”的总计为 {bases[0]}{both}："
            f"按这个范围的两端算，{reckoned}，写出的增减{'都' if both else ''}不在其间：请改正其中一处"
        ), path, at, skip=text.count(at, 0, change.start()))


def check_change(report, previous) -> Iterator[Finding]:
    """R18: a change of the count of new applications from last year stated right after it (:func:`_changes`) is the
    change of 表三's 本年新收 (or 新收 + 上年结转, as R9 reads a count received) from last year's report: a share within one
    unit of its last digit (rounded or cut off) or, in tenths or given as about, as :func:`_rough` reads it, a count
    exactly. Either way of counting last year's will do. Last year's figure written in the comparison, after the count
    with no change (:data:`_THEN`, :data:`_THEN_ASIDE`), before it (:data:`_BEFORE`) or in it (:data:`_FROM`, whose
    word of change the two figures must bear out), is one of those too; a change that agrees with that wrong figure is
    told with it, not again. After the sum with last year's carried over (:data:`_ASIDE`), the sum against last year's
    will do too, and a change that agrees with neither names both. After a count given as a range, the change is
    reckoned from both its ends (:func:`_range_changes`)."""
    if not _tables(previous):
        return
    now, then = applications_values(report), applications_values(previous.report)
    new, carried = now[("new_received",)]["total"], now[("carried_over",)]["total"]
    last, carried_then = then[("new_received",)]["total"], then[("carried_over",)]["total"]
    where = previous.where(("tables", "applications", "new_received", "total"))
    for path, text in narrative(report):
        for pattern, _cell, value in READ:
            if value is not NEW_RECEIVED:
                continue
            for m in pattern.finditer(text):
                aside = _ASIDE.match(text, m.end())
                alone = aside["sum"] or WITHOUT_CARRIED.match(text[m.end():])
                start = aside.end() if alone else m.end()
                # another year's figure, told first or in an aside, is not compared; a 同比 after it still is
                before = _BEFORE.search(text, 0, m.start())
                before = None if before and _other_year(report, before) else before
                # “由40件到55件”: no range, the year's figure the second (:func:`change_ends`)
                span = change_ends(text, m)
                since = _FROM.search(text, m.start(), m.end() if span else m.start("n"))
                since = None if since and _other_year(report, since) else since
                figure = _THEN_ASIDE.match(text, start)
                changes = _changes(text, figure.end() if figure else start, named=bool(before or since))
                if figure and _other_year(report, figure):
                    figure = None
                elif not figure and not changes:
                    figure = _THEN.match(text, start)
                first = before or since or (figure if figure and figure["then"] else changes[0] if changes else None)
                stated, ends = (span[1], None) if span else (numeral_value(m["n"]), range_ends(m["n"]))
                if not first or any(_other_year(report, f) for f in (first, *changes[:1])) \
                        or not ends and stated not in ((new,) if alone else (new, new + carried)) \
                        or others(report, text, m.start()) \
                        or organ_part(report, text, m) or not_the_table(report, text, m, dated=True):
                    continue
                if ends:
                    bases = (last,) if alone or m.group().startswith("新收") else (last, last + carried_then)
                    yield from _range_changes(path, text, m, ends, bases, changes, where)
                    continue
                # “新收” is the new only, this year and last, and so is a count received said to leave out those carried
                # over; other counts received may take them in, either year; a change after the sum with those carried
                # over may be the count's or the sum's
                if aside["sum"]:
                    pairs = ((new, last), (new + carried, last + carried_then))
                elif alone or m.group().startswith("新收"):
                    pairs = ((stated, last),)
                else:
                    pairs = ((stated, last), (stated, last + carried_then))
                bases = {base for _n, base in pairs}
                was = last if stated == new else last + carried_then
                both = "“一、本年新收政府信息公开申请数量”" + ("" if stated == new else "与“二、上年结转政府信息公开申请数量”")
                begin = before.start() if before else m.start()
                written = first["then"] and numeral_value(first["then"])
                if written is not None and written not in bases:
                    said = text[begin:max(first.end(), m.end())]
                    sums = f"（与“二、上年结转政府信息公开申请数量”之和为 {last + carried_then}）" if aside["sum"] else ""
                    yield Finding(WARNING, (
                        f"正文写的是{quoted(said)}，其中上年为 {written} 件，而上年报告（{where}）表三{both}的总计为 {was}{sums}："
                        "请改正正文中的上年数及随之算出的增减"
                    ), path, said)
                elif since and since["way"] and (then_said := numeral_value(since["then"])) not in (None, stated) \
                        and (stated < then_said) != since["way"].startswith(_DOWN_FROM):
                    said = m.group()
                    yield Finding(WARNING, (
                        f"正文写的是{quoted(said)}，从 {then_said} 件到 {stated} 件是{'减少' if stated < then_said else '增加'}，"
                        f"而写的是“{since['way']}”：请改正这个词"
                    ), path, said)
                for change in changes:
                    if change["points"]:
                        said, at = text[begin:change.end()], change.group().lstrip(" ，,。；;（(")
                        rate = f"{'增长' if stated >= was else '下降'} {abs(stated - was) / was * 100:.1f}%、" if was else ""
                        yield Finding(WARNING, (
                            f"正文写的是{quoted(said)}，而“百分点”用于占比、比率的增减，不用于件数：表三{both}的总计本年为 {stated}、"
                            f"上年报告（{where}）为 {was}，即{rate}{'增加' if stated >= was else '减少'} {abs(stated - was)} 件："
                            "请把申请数的增减写成百分比（按（本年 − 上年）÷ 上年算）或件数"
                        ), path, at, skip=text.count(at, 0, change.start()))
                        continue
                    told = _told(change)
                    if told is None or isinstance(told, (tuple, re.Match)) and not was or any(_agrees(n, base, told) for n, base in pairs) \
                            or written is not None and written not in bases and any(_agrees(n, written, told) for n, _ in pairs) \
                            or change["basically"] and any(abs(n - base) <= 1 for n, base in pairs):
                        continue
                    found = _found(stated, was, change, text)
                    total, total_was = new + carried, last + carried_then
                    if aside["sum"] and (total_was or not isinstance(told, (tuple, re.Match))):
                        # neither reading agrees: the sum's is named too, the writer may have meant it
                        found = (f"{found.partition('（')[0]}；与“二、上年结转政府信息公开申请数量”之和本年为 {total}、上年为 "
                                 f"{total_was}，{_found(total, total_was, change, text)}")
                    said, at = text[begin:change.end()], change.group().lstrip(" ，,。；;（(")
                    yield Finding(WARNING, (
                        f"正文写的是{quoted(said)}，而表三{both}的总计本年为 {stated}、上年报告"
                        f"（{where}）为 {was}，{found}：请改正其中一处"
                    ), path, at, skip=text.count(at, 0, change.start()))


# Copied text ------------------------------------------------------------------
#: Sentences shorter than this (after removing formulas, labels and punctuation) are not compared.
MIN_SENTENCE = 10
#: A section with fewer comparable sentences than this is not judged.
MIN_SENTENCES = 2

#: The stock formulas of the genre (annual-report.md): every report uses them in the same words.
STOCK_FORMULAS = (
    "以习近平新时代中国特色社会主义思想为指导", "坚持以公开为常态、不公开为例外", "以公开为常态、不公开为例外",
    "以公开为原则，不公开为例外", "保障人民群众的知情权、参与权、表达权和监督权", "谁公开谁审查、谁审查谁负责",
    "主要领导亲自抓、分管领导具体抓", "现将有关情况报告如下", "本年度报告中所列数据的统计期限自1月1日起至12月31日止",
    "《中华人民共和国政府信息公开条例》", "本年度没有其他需要报告的事项", "无其他需要报告的事项",
)
_SPLIT = re.compile(r"[。！？；!?;]")
_NOISE = re.compile(r"[\s\d０-９，,、：:“”‘’\"'（）()《》〈〉【】〔〕—…·.．％%]+")


def _labels() -> tuple[str, ...]:
    """The official labels: section titles, table rows and columns of both editions."""
    labels = {label for _, label, _ in SECTIONS}
    for spec in EDITIONS.values():
        labels |= {node.label for _, node in application_rows(spec)}
        for block in spec.active_disclosure:
            labels |= {label for _, label in block.rows} | {c.label for c in block.columns}
    return tuple(sorted(labels, key=len, reverse=True))


_OFFICIAL = STOCK_FORMULAS + _labels()


def sentences(items) -> list[str]:
    """The comparable sentences of a section's paragraphs: split on 。！？；, without the stock
    formulas and official labels, figures, blanks and punctuation."""
    out = []
    for _path, text in item_texts(items, ()):
        if _path[-1] == "heading":
            continue
        for piece in _SPLIT.split(text):
            for phrase in _OFFICIAL:
                piece = piece.replace(phrase, "")
            piece = _NOISE.sub("", piece)
            if len(piece) >= MIN_SENTENCE:
                out.append(piece)
    return out


def check_copied(report, previous) -> Iterator[Finding]:
    """R15: no section repeats last year's sentences (内容雷同, 国办公开办函〔2021〕30号)."""
    if not _tables(previous):
        return
    for key, _label, _hint in SECTIONS:
        mine = sentences(getattr(report.sections, key))
        if len(mine) < MIN_SENTENCES:
            continue
        theirs = set(sentences(getattr(previous.report.sections, key)))
        same = sum(s in theirs for s in mine)
        if same / len(mine) >= COPIED_SHARE:
            yield Finding(WARNING, (
                f"“{_SECTION_TITLES[key]}”有 {same / len(mine):.0%}（{same}/{len(mine)} 句）与上年报告"
                f"（{previous.where(('sections', key))}）相同（不计固定提法、表格用语和数字）：内容雷同是年报问责情形之一"
                f"（国办公开办函〔2021〕30号），请按本年度的工作重新撰写（超过 {COPIED_SHARE:.0%} 即提示）"
            ), ("sections", key))


# Problems followed up -----------------------------------------------------------
_FOLLOW_UP = re.compile(r"改进|整改")


def check_followed_up(report, previous) -> Iterator[Finding]:
    """R16: when last year's report listed problems, this year's says how they were fixed (改进情况)."""
    if not _tables(previous):
        return
    last = previous.report.sections.problems
    if not last or says_nothing(last):
        return
    items = report.sections.problems
    if says_nothing(items):
        return  # R13 already asks for the problems and their correction
    where = f"上年报告（{previous.where(('sections', 'problems'))}）列出了存在的问题"
    for i, item in enumerate(items):
        if not isinstance(item, str) and _FOLLOW_UP.search(item.heading):
            if not item.content or says_nothing(item.content):
                yield Finding(WARNING, (
                    f"“{item.heading}”下没有内容或只写了“无”，而{where}：请写明上年所列问题的整改情况"
                ), ("sections", "problems", i, "content", 0) if item.content else ("sections", "problems", i))
            return
    if not any(_FOLLOW_UP.search(text) for _path, text in item_texts(items, ())):
        yield Finding(WARNING, (
            f"“五、存在的主要问题及改进情况”没有写改进或整改情况，而{where}：请加一个“改进情况”小标题，写明上年所列问题的整改情况"
        ), ("sections", "problems"))
