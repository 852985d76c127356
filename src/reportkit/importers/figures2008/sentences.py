"""Free sentences of a published report: the figures each gives (:func:`search`), by the build's phrases loosened and
the other wordings agencies use; a list ending in its stated sum (:func:`summed_list`)."""
from __future__ import annotations

import re
from decimal import Decimal

from ..labels import norm
from .carried_over import ALL_ANSWERED, answered_as_received
from .clauses import ANYONE, CLAUSE, SOME, channel_counts, not_the_agency_s, one_channel, other_period
from .counts import COUNT_UNITS, NUMBER, arabic
from .fields import Found, typed
from .lists import ASIDE, ITEM_NAMES, ITEM_SHARE, ITEM_SPLIT, LIST_ITEM, LIST_LEAD, SUM_ITEM, SUM_LAST, list_total
from .printing import Phrase, phrases, unit_of
from .zeros import each_counts, zero_counts


#: An amount in 元, 万元 or 千元; not one that is a rate (0.5元/页, 0.5元每张): no sum charged or waived.
_YUAN = r"(?P<scale>[万千])?元(?!\s*(?:[/／每]\s*[页张次份件人]|一[页张次份件]))"
#: Words after a count that make it approximate (300条以上、50件左右、20条多。), not 多为、余下.
_ABOUT = re.compile("以上|以下|左右|上下|[多余](?=[，。；、,;]|$)")
#: A count written in words (十余件、若干条): the figure is there but cannot be read.
_WORDS = r"[零〇一二三四五六七八九十百千万两余多若干数]+"
#: A count of applications or cases may be of the forms handed in too (收到申请4份).
_CASE_UNITS = "件起宗份"
_FREE = "[^，。；、,;\\d]"  # a character of the words between a phrase's: none that ends a clause
#: The verbs a count received is written with (收到、受理、接到、接收、接受、新收).
_RECEIVE = "(?:收到|受理|接到|接收|接受(?!咨询)|新收)"
#: A phrase's words that agencies write otherwise, as patterns: the information named by its kind (各类环境信息) or
#: left out (受理申请12起, 行政复议案件1起), 受理, 接到 or 新收 for 收到 (and who applied after it: 受理公民、法人和其他组织
#: 提出的申请7件), and no 因 or passive (被申请, 被提起) before the case.
#: 主动 may be left out only before the information itself (全年共公开政府信息1,234条、累计公开信息8,650条; 公开 said
#: 发布 or 公布 right after the year or 共: 全年发布各类信息2,316条, not 微博发布信息352条 nor 召开发布会4次，发布信息20条),
#: never before one kind of it (公开州级环境执法信息54条 is that kind's) nor after 依申请、不予、未.
#: 历年累计 is all years' as 历年 or as 累计, but not as 累计 of the year (年内累计、2015年累计).
_LOOSE_WORDS = {"政府信息公开": f"(?:{_FREE}{{0,6}}?信息公开)?", "政府信息": f"{_FREE}{{0,6}}?信息",
                "主动公开": "(?:主动公开|(?:(?<![请予未])公开|(?<=[年度内共计])(?:发布|公布))(?=(?:各类)?(?:政府)?信息|\\d))",
                "收到": f"{_RECEIVE}(?:{ANYONE})?", "因": "(?:因)?", "被申请": "(?:被申请)?", "被提起": "(?:被提起)?",
                "历年累计": f"(?:历年(?:{_FREE}{{0,2}}?累计)?|(?<!年内)(?<![全本今当]年)(?<!年度)(?<!\\d年)累计)"}
#: The words before a count that name a category (政策法规类信息66条、人事方面的信息12条、法规类共66条、查阅类申请3件;
#: not 各类), or an outcome (已答复同意公开5件): the count is that category's or outcome's, not the total.
_CATEGORY = re.compile("(?<!各)(?:类|方面)的?(?:政府)?(?:信息|申请)?(?:共计|合计|共|计|为|达)?\\s*$")
#: A sum of 0 written 零, no unit after it (收取费用为零。).
_NONE_SAID = "(零|0)(?=[，。；,;]|$)"
#: Wordings of a figure no printed phrase reaches, by kind and field: the fee by what it was for (收取检索复制费0元、
#: 收取复制、邮寄费用共计120.50元, never in a clause of a waiver: 减免收取的复制费30元) or as 收费0元 or 为零
#: (收取费用为零), the waiver as 减免0元、减免金额为0元 (not someone's only: :data:`SOME`), and the applications
#: 受理依申请公开政府信息2件 (办理依申请公开事项4件: those handled in the year; 接到群众申请公开政府信息7件; received and
#: answered alike: 受理、答复政府信息公开申请24件) or its
#: count named 申请总数 (a table's label) or 依申请公开信息数, those answered as 办结
#: (按时办结3件), the year's items disclosed as those it added (截至年底累计公开……，本年度新增543条), and the complaints by
#: what was done with them (收到有关政府信息公开的申诉2件、受理申诉1件、发生信息公开申诉1起); each with what its clause may
#: not hold, if anything.
#: Applications received and answered alike, one count for both (受理、答复政府信息公开申请24件; 受理并办结……事项7件).
_RECEIVED_ANSWERED = (f"{_RECEIVE}(?:并|、|和|及)(?:依法)?(?:答复|办结)了?[^，。；、,;\\d]{{0,12}}?(?:申请|事项)"
                      f"(?:共计|合计|共|计)?{NUMBER}\\s*[{_CASE_UNITS}]")
_OTHER_WORDINGS = {
    "disclosure": (("total", f"(?:本年度?|全年|今年|当年|年内)(?:共计|共)?新增(?:主动公开)?的?(?:政府)?(?:信息)?(?:共计|共)?{NUMBER}\\s*条",
                    ""),),
    "fees": (("charged", f"收取[^，。；,;\\d]{{0,10}}?费(?:用)?(?:共计|合计|共|计|为)?{NUMBER}\\s*{_YUAN}", "免"),
             ("charged", f"(?<![减免])收费(?:金额|总额|数额)?(?:共计|合计|共|计|为)?{NUMBER}\\s*{_YUAN}", "免"),
             ("charged", f"(?:收取[^，。；,;\\d]{{0,10}}?费用?|(?<![减免])收费)(?:金额|总额|数额)?(?:为|是){_NONE_SAID}", "免"),
             ("waived", f"减免(?:费用|金额|数额)?(?:共计|合计|共|计|为)?{NUMBER}\\s*{_YUAN}", SOME),
             ("waived", f"减免(?:费用|金额|数额)?(?:为|是){_NONE_SAID}", SOME)),
    "applications": (("received", _RECEIVED_ANSWERED, "补正"),
                     ("received", f"(?:{_RECEIVE}|办理)[^，。；、,;\\d]{{0,6}}?依申请公开(?:政府)?(?:信息)?(?:的?申请|事项)?"
                                  f"(?:共计|合计|共|计)?{NUMBER}\\s*[{_CASE_UNITS}]", "补正"),
                     ("received", f"{_RECEIVE}(?:{ANYONE})?[^，。；、,;\\d]{{0,6}}?(?<!依)申请公开(?:政府)?信息(?:共计|合计|共|计)?"
                                  f"{NUMBER}\\s*[{_CASE_UNITS}]", "补正"),
                     ("received", f"(?:^|(?<=[。；;]))(?:在|对)?(?:上述|以上|这|全年|本年度?|今年)?(?:{_RECEIVE}的)?{NUMBER}\\s*"
                                  f"[{_CASE_UNITS}](?:政府信息公开|依申请公开|信息公开)?申请中", "补正"),
                     # the applicants counted first, the applications after (共有8位公民向我局提出信息公开申请，共8件)
                     ("received", f"(?:提出|提交)[^，。；、,;\\d]{{0,10}}?(?<!依)申请[，,](?:共计|合计|共|计)?{NUMBER}\\s*[{_CASE_UNITS}]",
                      "补正"),
                     ("received", f"(?<![复结])申请(?:总数|总量|总件数|件数|数量|数)(?:共计|合计|共|计|为)?\\s*{NUMBER}\\s*[{_CASE_UNITS}]", "补正"),
                     ("received", f"依申请公开(?:政府)?信息(?:总数|件数|数量|数)(?:共计|合计|共|计|为)?\\s*{NUMBER}\\s*[{_CASE_UNITS}]",
                      "补正"),
                     # a count first, closing its clause, the rest told as still open (其中5件已办结，1件正在办理中;
                     # not 其中1件已答复，另2件申请人撤回: the others may be closed too; not 均已: :func:`answered_as_received`)
                     ("answered", f"(?:^|(?<=[，,；;：:])|(?<=其中)){NUMBER}\\s*[{_CASE_UNITS}](?:申请)?已经?(?:办结|答复)"
                                  "(?=[，,；;][^。]*(?:正在办理|办理中|未办结|尚在办理))", "补正|结转|上一?年|去年"),
                     ("answered", f"(?:已|均已|全部|按时|依法)*办结的?(?:申请)?(?:共计|合计|共|计)?{NUMBER}\\s*[{_CASE_UNITS}]", "补正")),
    "review": (("complaints", (f"(?:收到|受理|接到|接收|发生|办理)[^，。；、,;\\d]{{0,12}}?申诉(?:案件?)?(?:共计|合计|共|计)?"
                               f"{NUMBER}\\s*[件起宗次个]"), ""),
               ("complaints", f"(?<=[件起宗次个]、)申诉(?:案件?)?{NUMBER}\\s*[件起宗次个]", ""),
               # 复议0件，诉讼为零: in the part on them, the short words (not 民事诉讼, nor an exception: 除复议1件外)
               ("reviews", f"复议(?:案件?)?{NUMBER}\\s*[件起宗次个]", "除"),
               ("reviews", f"复议(?:案件?)?(?:为|是){_NONE_SAID}", "除"),
               ("suits", f"(?<!民事)(?<!刑事)诉讼(?:案件?)?{NUMBER}\\s*[件起宗次个]", "除"),
               ("suits", f"(?<!民事)(?<!刑事)诉讼(?:案件?)?(?:为|是){_NONE_SAID}", "除")),
}
#: What follows a count of all cases to give the share about disclosure (受理行政复议案件15件，其中涉及政府信息公开的1件).
_SHARE = re.compile(r"[^。；;]*?其中[^。；;\d]*?信息公开[^。；;\d]*?\d+\s*[件起宗次个]?")


def _loose(phrase: Phrase) -> str:
    """The phrase (its :data:`_LOOSE_WORDS` loosened) with up to two other characters between its characters and
    words, some words, then the number or words; or right after it a count of 0 said 为零 (主动公开政府信息为零、
    收到申请数为零), nothing after it in its clause."""
    parts, core = [], phrase.core
    while core:
        word = next((w for w in _LOOSE_WORDS if core.startswith(w)), core[0])
        parts.append(_LOOSE_WORDS.get(word, re.escape(word)))
        core = core[len(word):]
    stem = f"{_FREE}{{0,2}}?".join(parts)
    unit = _YUAN if phrase.unit.startswith("元") else f"[{COUNT_UNITS}{_CASE_UNITS if phrase.unit == '件' else ''}]"
    return (rf"{stem}(?:{_FREE}{{0,4}}?(?:{NUMBER}|(?P<words>{_WORDS}))\s*{unit}"
            rf"|(?:总数|数量|数)?(?:共计|合计|共|计)?(?:为|是)(?P<zero>零|0)(?=[，。；,;]|$))")


def search(kind: str, text: str, place: str, agency: str = "", year: int | None = None, before: str = "") -> list[Found]:
    """The figures a free sentence gives: each number claimed by the longest phrase that reaches it. With the
    ``agency`` and ``year`` (R9 knows them), a count of another organ it names or of another year is not read. A
    paragraph saying only that all were answered (上述申请均已办结。) answers those the paragraph ``before`` it counts
    (:func:`_answered_after`)."""
    text = arabic(text)
    if kind == "applications" and before and (after := _answered_after(arabic(before), text, place, agency, year)):
        return after
    claims = _claims(kind, text, place, agency, year)
    if kind == "applications":
        claims.update(answered_as_received(text, claims, place))
    # a count after 其中 of what the sentence counted before it is a part of that (答复52件，其中当场答复10件)
    parts = {span for span, found in claims.items() for earlier, other in claims.items() if other.field == found.field
             and earlier < span and re.fullmatch("[^。；;]*其中[^。；;]*", text[earlier[1]:span[0]])}
    # a list whose sum its sentence states after it (全年主动公开政策法规类信息66条、……，共计107条): its counts are its
    # items', the sum the figure its first words name, where it is theirs
    summed = []
    for sentence in re.finditer("[^。]+(?:。|$)", text):
        if found := summed_list(kind, sentence.group(), agency, year):
            parts |= {span for span in claims if sentence.start() <= span[0] < sentence.end()}
            _, field, stated, items = found
            summed += [Found(field, stated, place, sentence.group().rstrip("。"))] if stated == items else []
    return [found for span, found in claims.items() if span not in parts] + summed \
        + zero_counts(kind, text, place, year, agency) + each_counts(kind, text, place, agency, year)


def _claims(kind: str, text: str, place: str, agency: str, year: int | None) -> dict[tuple[int, int], Found]:
    """The figures :func:`search` reads in ``text`` (in digits) by the phrases and the other wordings, by the span of
    each number."""
    claims: dict[tuple[int, int], Found] = {}
    # Counts of several channels, each its own (通过网站、微博公开120条，通过报刊公开30条): none is the total.
    channels = {m.span(2) for m in channel_counts(text)} if kind == "disclosure" else set()
    channels = channels if len(channels) > 1 else set()
    for phrase in phrases(kind):
        if len(phrase.core) < 2:
            continue  # too short to tell from other words (（3件申请）)
        for found in re.finditer(_loose(phrase), text):
            span = found.span(next(group for group in (1, "words", "zero") if found.group(group)))
            clause = CLAUSE.search(text[:span[0]]).group()
            if span in claims or span in channels or one_channel(clause) or other_period(text[:span[0]]) \
                    or _CATEGORY.search(text[found.start():span[0]]) \
                    or phrase.field == list_total(kind, "outcomes") and ITEM_NAMES["outcomes"].search(found.group()) \
                    or not_the_agency_s(kind, phrase.field, text, span, agency, year) \
                    or phrase.field == "waived" and re.search(SOME, clause.replace("部分减免", "减免")):
                continue
            words = found.group(0)
            value = _amount(kind, phrase.field, found) if found.group(1) \
                else typed(kind, phrase.field, "0") if found.group("zero") else None
            if about := _ABOUT.match(text, found.end()):  # 3条以上: not an exact count
                value, words = None, words + about.group()
            share = _SHARE.match(text, found.end()) if kind == "review" else None
            if share:  # all the organ's cases, of which the disclosure ones follow: not the part's count
                value, words = None, words + share.group()
            claims[span] = Found(phrase.field, value, place, words)
    for field, pattern, refused in _OTHER_WORDINGS.get(kind, ()):
        for found in re.finditer(pattern, text):
            clause = CLAUSE.search(text[:found.start(1)]).group()
            if found.span(1) not in claims and not (refused and re.search(refused, clause)) and not one_channel(clause) \
                    and not other_period(text[:found.start(1)]) \
                    and not not_the_agency_s(kind, field, text, found.span(1), agency, year):
                value = _amount(kind, field, found)
                about = _ABOUT.match(text, found.end())
                claims[found.span(1)] = Found(field, None if about else value, place,
                                              found.group(0) + (about.group() if about else ""))
    # received and answered alike (受理、答复申请24件): as many answered, claimed by the words before the count
    for found in re.finditer(_RECEIVED_ANSWERED, text) if kind == "applications" else ():
        if (received := claims.get(found.span(1))) and received.field == "received":
            claims[found.start(), found.start(1)] = Found("answered", received.value, place, found.group())
    return claims


def _answered_after(before: str, text: str, place: str, agency: str, year: int | None) -> list[Found]:
    """As many answered as the paragraph ``before`` counts received where ``text`` is one sentence saying only that all
    were (上述申请均已办结。, 均已答复。: :func:`answered_as_received`, read as if it followed that paragraph's last sentence)."""
    if not re.fullmatch(r"[^。；;，,]+。?", text.strip()) or not ALL_ANSWERED.fullmatch(text.strip().rstrip("。")):
        return []
    joined = before.rstrip().rstrip("。") + "。"
    whole = joined + text.strip()
    claims = {span: found for span, found in _claims("applications", whole, place, agency, year).items()
              if span[1] <= len(joined)}
    return [found for (start, _), found in answered_as_received(whole, claims, place).items() if start >= len(joined)]


def _amount(kind: str, field: str, found: re.Match) -> int | Decimal:
    """The figure ``found`` gives in its first group, an amount in 万元 or 千元 (收取复制费0.35万元) in 元, as the
    model counts."""
    value = typed(kind, field, re.sub(r"[,，]", "", found.group(1)).replace("零", "0"))
    if "scale" not in found.re.groupindex or not found.group("scale"):
        return value
    value *= 10000 if found.group("scale") == "万" else 1000
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


#: What a list's first words are asked to count (全年主动公开 + 各类信息1条): all the items of a list of ``kind``.
_ALL_ITEMS = {"disclosure": "各类信息", "applications": "各类申请"}


def summed_list(kind: str, sentence: str, agency: str = "", year: int | None = None) -> tuple[str, str, int, int] | None:
    """A list ``sentence`` ends with its stated sum (:data:`SUM_LAST`) whose first item's name opens with the words of a
    figure (全年主动公开政策法规类信息66条、……，共计107条: 全年主动公开, the total; 收到当面申请5件: 收到, received;
    已答复: answered), found as the shortest opening :func:`search` reads as that figure with all items after it
    (全年主动公开各类信息): those words, the figure, the sum stated and the items' sum; else None. Another period's or
    organ's words read as no figure."""
    found = re.fullmatch(f"{LIST_LEAD}(.+?)。?", sentence) if kind in _ALL_ITEMS and SUM_LAST.search(sentence) else None
    parts = [LIST_ITEM.fullmatch(part) for part in ITEM_SPLIT.split(ASIDE.sub("", ITEM_SHARE.sub("", found[1])))] \
        if found else []
    if len(parts) < 3 or not all(parts) or not SUM_ITEM.fullmatch(norm(parts[-1]["name"])):
        return None
    first = parts[0]["name"]
    if search(kind, parts[0].group(), "", agency, year):
        return None  # the figure itself, its items after it (全年主动公开信息107条，政策法规类66条、……)
    for end in range(1, len(first)):
        hits = search(kind, f"{first[:end]}{_ALL_ITEMS[kind]}1{unit_of(kind)}", "", agency, year)
        if len(hits) == 1 and not re.match("类|方面", first[end:]):  # not a kind's own words (财务公开类)
            return first[:end], hits[0].field, int(parts[-1]["count"]), sum(int(p["count"]) for p in parts[:-1])
    return None
