"""What a figure's clause says it is of, that makes it no figure of the agency's year: another period
(:func:`other_period`) or year (:func:`other_year`); other organs, a part of the agency, several years or other matters
(:func:`not_the_agency_s`); one channel alone (:func:`one_channel`; the counts of channels each:
:func:`channel_counts`)."""
from __future__ import annotations

import re

from ...default_plugins.annual_report.figures.matters import NOT_ON_DISCLOSURE, OTHER_CAUSE, OTHER_MATTERS
from ...default_plugins.annual_report.figures.periods import SHORT_SPAN, sentence_time
from ...default_plugins.annual_report.figures.sentences import OTHER_ORGANS
from ..labels import norm
from .counts import WHOLE


#: Everyone who may apply, as the regulations name them: 其他 here is no one left out.
ANYONE = "公民、法人(?:或者?|和|及)其他组织(?:提出|提交)?的?"
#: Words that make a figure someone's or something's only (除……外、其他、部分、困难群众): a waiver in their clause
#: (为困难群众减免费用30元) may be not all the year's (部分减免 is how, not for whom: read), and no zero is read in their
#: clause (nor, for a zero, 减免).
SOME = "除|其他|其余|部分|个别|困难"
#: A channel a count may be given for (局门户网站累计公开…、在政务微博上公开…、收到在线申请19件): one named alone (no
#: 等) makes the count that channel's, not the agency's.
CHANNEL = re.compile("网站|网页|网上|公开栏|公告栏|宣传栏|公示栏|橱窗|电子屏|显示屏|触摸屏|微博|微信|公众号|客户端|报纸|报刊"
                      "|日报|电视|广播|媒体|发布会|服务中心|政务大厅|档案馆|图书馆|查阅点|信函|传真|电子邮件|当面|现场|在线|纸质")
#: The clause a text ends in: all after its last mark.
CLAUSE = re.compile("[^，。；：,;:]*$")
#: A clause about another period than the year (上年发生行政诉讼2起、去年、较上一年度; a part of the year: 上半年、
#: 一季度、前三季度、1至6月、11月份, a holiday or an event's span as R9 of the later formats has them: 国庆节期间、
#: 两会期间 (:data:`SHORT_SPAN`), a span across years: 2014年7月至2015年6月, but not 1月1日至(2015年)12月31日, nor
#: 2008年5月1日至12月31日, the first year's from the 条例's start): its figure is not this year's.
_MONTH = "(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
OTHER_PERIOD = re.compile(
    "上一?年|去年|前一年|[上下]半年|(?:第?[一二三四1-4]|前[两二三]|后[两二三])季度"
    f"|(?<![\\d.])(?!(?:0?1|一)月?(?:0?1日)?[至到\\-—－~～](?:\\d{{4}}年)?(?:12|十二)月"
    f"|(?<=2008年)(?:0?5|五)月(?:0?1|一)日[至到\\-—－~～](?:2008年)?(?:12|十二)月)"
    f"{_MONTH}月?(?:\\d{{1,2}}日)?[至到\\-—－~～](?:\\d{{4}}年)?{_MONTH}月"
    f"|(?<![\\d.]){_MONTH}月份|{SHORT_SPAN}")


def other_period(before: str) -> bool:
    """The clause ending ``before`` is about another period than the year (:data:`OTHER_PERIOD`): it names one, or
    follows a clause that is only that period's name (第一季度，本局收到……; 本年度国庆节期间，…), or its sentence
    opens with that period for it as R9 of the later formats reads it (:func:`sentence_time`: 上半年，收到申请5件，
    已答复5件; 国庆节期间收到申请2件，答复2件)."""
    clause = CLAUSE.search(before).group()
    lead = re.search("([^，。；：,;:]*)[，,：:]$", before[:len(before) - len(clause)])
    return bool(OTHER_PERIOD.search(clause) or OTHER_PERIOD.search(sentence_time(before)) or lead and (re.fullmatch(
        f"(?:\\d{{4}}年度?)?(?:{OTHER_PERIOD.pattern})(?:期间|内|中|以来)?", lead.group(1))
        or re.fullmatch(f"(?:在|于)?[^，,：:\\d件]{{0,6}}?(?:{SHORT_SPAN})(?:期间|前后|当天|内|里|中)?", lead.group(1))))


#: A clause whose count is not the agency's: of other organs or a part of the agency (全州环保系统、各县（市）环保局、
#: 局机关、直属单位), under one document (依照某府办发〔2016〕12号文件公开…); and of several years (近三年、以来、历年;
#: 累计 but of the year: 全年累计), unless it is the cumulative count.
_NOT_ITS_OWN = re.compile(f"{OTHER_ORGANS.pattern}|[局委厅]机关|直属|系统|〔\\d{{4}}〕")
_SEVERAL_YEARS = re.compile("以来|至今|近[\\d一二两三四五六七八九十几]+年|(?<!\\d)[\\d一二两三四五六七八九十几]+年来|历年|年均"
                            "|(?<!年内)(?<![全本今当]年)(?<!年度)(?<!\\d年)累计")
#: Other matters than applications for information, as R9 of the later formats has them (:data:`OTHER_MATTERS`:
#: 收到行政许可申请86件、收到信访件132件，已答复…、行政复议方面，全年受理申请4件; 群众来信), or than the fees of disclosure
#: (办理排污许可证收取工本费20元); and queries (答复群众咨询56次、来电来访), whose answers this reader, which reads counts
#: answered, would take for applications'.
MATTERS_OR_QUERIES = re.compile(f"{OTHER_MATTERS.pattern}|来信(?!申请)|(?P<query>咨询|来电|来访)")
#: The agency as the body that reviews, in the sentence before a count this reader reads without 被申请 (作为复议机关，
#: 受理行政复议申请3件; 以本局为复议机关的…, 以我局为复议机关的…): those are others' reviews, unless the count's clause
#: makes the agency a party (市政府作为复议机关审理本局被申请行政复议案件1件).
_REVIEW_BODY = re.compile("(?:作为|以[本我][^，。；,;为]{0,3}为)(?:行政)?复议机关")


#: Words of time and means before an organ's name in a clause (全年县政府共受理…, 通过局门户网站…): not the name's.
_LEAD_WORDS = re.compile("^(?:全年|今年|年内|本年度?|通过|经由?|依托|利用|借助|[在由共对向])+")


def not_the_agency_s(kind: str, field: str, text: str, span: tuple[int, int], agency: str, year: int | None) -> bool:
    """Whether the figure at ``span`` of ``text`` counts something else than the agency's year of ``field``: its clause
    names other organs, a part of the agency, several years or a document (:data:`_NOT_ITS_OWN`), or another
    organ by name (not 本局; not the review organ where the clause makes the agency a party: 市人民政府作为复议机关审理本局
    被申请行政复议案件1件), or a year (also as its sentence's opening time, :func:`sentence_time`), than ``agency``
    and ``year``; it counts other matters (:data:`MATTERS_OR_QUERIES`, in its
    clause, or in its sentence before it where that names no 公开, unless they are queries only and the count's
    clause after them, or a count between, names 申请: 接待咨询26人次，收到申请9件，已答复9件), or other reviews and suits (another cause in its clause or the clause
    before, as R9 of the later formats reads it: :data:`OTHER_CAUSE`, :data:`NOT_ON_DISCLOSURE`; the agency
    as the body that reviews: :data:`_REVIEW_BODY`)."""
    before = text[:span[0]].replace(agency, "本局") if agency else text[:span[0]]
    clause, sentence = CLAUSE.search(before).group(), re.split("[。；;]", before)[-1]
    several = _NOT_ITS_OWN.search(clause) or field != "cumulative" and _SEVERAL_YEARS.search(clause)
    party, body = re.search("被申请|被提起|被起诉", clause), _REVIEW_BODY.search(clause)
    # 局门户网站、局网站 is the agency's own (通过局门户网站…: no organ named 通过局)
    named = agency and re.search(r"[\u4e00-\u9fff]{2,}?(?<![本我])(?:局|厅|委员会|政府)(?!机关|信息|门户|网站|官网|微博|微信|公众号)",
                                 clause[body.end():] if party and body else clause)
    organ = named and _LEAD_WORDS.sub("", named.group()).replace("人民政府", "政府")  # 全年县政府 names 县政府
    if several or organ and not agency.replace("人民政府", "政府").endswith(organ) or other_year(before, year):
        return True
    if kind in ("applications", "fees"):
        matters = list(MATTERS_OR_QUERIES.finditer(sentence))
        *between, own = (re.split("[，,：:]", sentence[matters[-1].end():])[1:] or [""]) if matters else [""]
        queries = all(m["query"] for m in matters) \
            and ("申请" in own or any("申请" in c and re.search(r"\d", c) for c in between))
        return bool(MATTERS_OR_QUERIES.search(clause) or matters and "公开" not in sentence and not queries)
    if kind == "review":
        after = re.split("[。；;]|行政复议|行政诉讼|被申请|被提起", text[span[1]:])[0]
        return bool(OTHER_CAUSE.search(sentence) or _REVIEW_BODY.search(sentence) and not party
                    or NOT_ON_DISCLOSURE.search(after))
    return False


def other_year(before: str, year: int | None) -> bool:
    """The clause ending ``before``, or its sentence's opening time (:func:`sentence_time`), names a year other than
    ``year``: its figure is that year's."""
    return bool(year) and bool({int(y) for y in re.findall(r"(\d{4})\s*年", CLAUSE.search(before).group()
                                                           + sentence_time(before))} - {year})


def one_channel(before: str) -> bool:
    """The clause before a figure names one channel alone: the figure is that channel's."""
    clause = CLAUSE.search(before).group()
    return len(CHANNEL.findall(clause)) == 1 and "等" not in clause


#: A count given for one channel of disclosure (通过政府门户网站公开信息1100条、在公开栏发布信息134条): the channel's
#: name after the word leading it, a word of :data:`CHANNEL` in it, no 等 (网站、公开栏等: the total); a name may hold
#: a 、 or 和 (通过报刊、广播、电视发布信息30条: the count is theirs together).
_CHANNEL_COUNT = re.compile(f"(?:通过|在|经由?|利用|依托|借助)(?P<name>[^，。；,;：:等\\d]{{2,16}}?)(?:上|中|里)?"
                            f"(?:共|累计|全年)?(?:主动)?(?:公开|发布|公布|刊登|刊发|刊载|登载|播出|推送|张贴)(?:各类|政府)?(?:信息)?"
                            f"(?:共计|合计|共|计|达)?{WHOLE}\\s*条")


def channel_counts(text: str) -> list[re.Match]:
    """Where ``text`` gives a disclosure channel its count (:data:`_CHANNEL_COUNT`), each channel named once, in its
    order; none where one is another period's or another organ's, or named twice, or the counts part the total (after
    其中), as no channel's count does: an item goes out through several; nor where another clause counts for a
    channel in words these do not read (……，在公开栏贴出35条): the channels would be some only."""
    found = []
    for match in _CHANNEL_COUNT.finditer(text):
        before = text[:match.start()]
        if not CHANNEL.search(match["name"]) or other_period(before) \
                or _NOT_ITS_OWN.search(CLAUSE.search(before).group()) or "其中" in re.split("[。；;]", before)[-1]:
            return []
        found.append(match)
    missed = any(CHANNEL.search(c.group()) and re.search(r"\d\s*条", c.group()) and "等" not in c.group()
                 and not any(m.start() < c.end() and c.start() < m.end() for m in found)
                 for c in re.finditer("[^，。；,;]+", text))
    return found if not missed and len({norm(m["name"]) for m in found}) == len(found) else []
