"""Read the figures of a 2008-edition part back: the sentences and small tables the build prints, and free sentences.

The wording is the build's own. Each phrase (``本年度主动公开政府信息`` … ``条``), list lead-in, zero sentence and table label is
found by printing marked figures with the build's printers
(:data:`...default_plugins.annual_report.edition2008.printers.PRINTERS`), and a paragraph or table counts as printed by
reportkit only when printing the figures read from it gives it back exactly. Free sentences of a published report are
searched with the same phrases, loosened: the time word dropped, a few characters allowed between the words
(``全年共主动公开各类政府信息1,234条``); a count given for one channel alone (``局门户网站公开…``), to one category
(``主动公开政策法规类信息66条``、``……方面信息12条``) or to another period (``上年发生行政诉讼2起``、``上半年收到……``) is not read. A count of 0 written
in words (``未收取任何费用``、``无收费及减免情况``、``没有发生……行政复议、行政诉讼的情况``、``尚未收到……申请``) is read as 0 only where the negation is of the
thing counted and nothing follows it (也无减免情况 too); an amount in 万元 in 元; things named together with one count for each
(行政复议、行政诉讼案件均为0件) each that count. A table listing one list's items (答复结果｜件数, or 类别｜条数｜占比, a 序号 column first or not, or
the items across two rows) is read by :func:`read_list`, only when nothing in it is in doubt; totals each over their
items (收到申请｜12 over 当面申请｜5 …, down or across) by :func:`table_list`; a table of the fees by kind (收费项目｜金额) by
:func:`fee_items`; a list after its total's sentence, a category's share after its count (占17.0%) its share of that
total, and counts by channel in a sentence (通过政府门户网站公开信息1100条) by :func:`list_sentences`. A total broken down by organ
(其中县本级1000条，乡镇234条) is no list of categories. Given free (一律免费), or 不收费 in a sentence about disclosure (依申请公开政府信息不收费;
not 办事项目均注明不收费) or of the agency itself (本局不收费), is none charged; a list's count may come first (4件属于……); a channel's
name may hold a 、 (报刊、广播、电视（30条）, 通过报刊、广播、电视发布30条); a table may group items under a merged cell with their 合计, or
without one under a list's name (办理结果, 申请方式 over the channels then 办理结果 over the outcomes, a copy in text leaving the
merged cell blank below: :func:`ungrouped`, :func:`read_list`), and number its rows (序号: :func:`table_rows`); a list may
follow a colon (已全部答复：同意公开9件…, 答复情况：…), or end in its own 合计 (…，合计107条), then the figure its first words name
(全年主动公开……，共计107条: :func:`summed_list`); a table's total row may be labelled as reportkit prints it (本年度主动公开总数, first or
last); 不收取任何费用 is none charged; with the report's year, a figure of another (2011年……均为0件) is not read. The build asks
:func:`stated` whether a part's own text and tables give its figures already. A count in exact Chinese numerals
(十二件、一百零五条, a table's cell 五; 无 there is 0) is read as its digits (:func:`arabic`); a list may follow its total's first
clause without 其中, end in 和 (……1件和网上申请4件), or share a sentence with another total's after a ； (:func:`_totals_apart`);
items no list has (查阅类、复制类; by organ) give a finding where their stated sum or total disagrees (:func:`_unlisted_fault`,
:func:`list_faults`). Outcomes may answer applications carried over from the year before too (上年结转2件, a row 上年结转｜2:
:func:`carried`); 均已答复 is as many answered as received (:func:`answered_as_received`), 均为同意公开 all of one outcome
(:func:`_all_by_one`); outcomes beside those still open (3件结转至下一年度办理: :func:`still_open`) add up with them to the
applications received; a paragraph saying only 上述申请均已办结。 answers those the paragraph before counts
(:func:`_answered_after`); an outcome named with why (因申请内容属于国家秘密不予公开) is the outcome alone (:func:`without_reasons`).

Its modules, each importing only those named before it: :mod:`.counts` (counts as written), :mod:`.fields` (the figures'
model), :mod:`.clauses` (whose a figure is), :mod:`.reasons` (what the figures have no field for), :mod:`.printing` (the
build's wording), :mod:`.zeros` (counts in words), :mod:`.carried_over` (applications of another year), :mod:`.lists`
(lists and their totals), :mod:`.exact` (what reportkit prints, read back).
"""
from __future__ import annotations

import itertools
import re
import typing
from decimal import Decimal

from pydantic import BaseModel

from ...default_plugins.annual_report.edition2008.model import FIGURES, percent_text, share_of
from ...numerals import numeral_value
from ...outline import TYPED_NUMBER
from ..labels import TOTAL_ROW, clean, norm
from .carried_over import (
    ALL_ANSWERED,
    CARRIED_FROM,
    STILL_OPEN,
    all_answered,
    answered_as_received,
    carried,
    carried_given,
    carried_row,
    names_carried,
    still_open,
    table_names_carried,
)
from .clauses import ANYONE, CHANNEL, CLAUSE, SOME, channel_counts, not_the_agency_s, one_channel, other_period
from .counts import (
    COUNT_UNITS,
    NUMBER,
    PERCENT,
    WHOLE,
    arabic,
    rounded_otherwise,
    share_agrees,
    shares_agree,
    whole_count,
)
from .exact import lead, no_name, read_sentence, read_table, table_places
from .fields import Found, figure_fields, typed
from .lists import (
    ASIDE,
    COUNT_FIRST,
    COUNT_HEAD,
    ITEM_NAMES,
    ITEM_SHARE,
    ITEM_SPLIT,
    LIST_HEADS,
    LIST_ITEM,
    LIST_LEAD,
    LIST_SENTENCES,
    NOT_AN_ITEM,
    ORGAN_ITEM,
    SUM_ITEM,
    SUM_LAST,
    disagreement,
    group_head,
    list_read,
    list_total,
    names_fit,
)
from .printing import Phrase, phrases, print_figures, table_labels, unit_free, unit_of
from .reasons import reasons_dropped, unheld, without_reasons
from .zeros import each_counts, joined_halves, nothing, zero_counts


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


def stated(kind: str, figures: BaseModel, texts: typing.Iterable[str], tables: typing.Iterable[list] = (),
           agency: str = "", year: int | None = None) -> bool:
    """``texts`` and ``tables`` (a part's own paragraphs, and its tables as rows of cells) give every figure the
    sentence prints, each as in ``figures``: a list as a sentence of its own after its total's
    (:func:`list_sentences`) or a table of its items (:func:`read_list`, its 合计 the total) gives, item by item;
    another list is never taken as stated. With the ``agency`` and ``year``, as the import reads them: another
    organ's or year's figure states none."""
    scalars, lists, _ = figure_fields(kind)
    tables = list(tables)
    texts = list(texts)
    said = [read for before, text, at in runs(kind, texts)
            for read, _ in list_sentences(kind, text, before, None, agency, year, later(texts, at))]
    # a list in the paragraphs after a table of its total alone (申请总数｜9, then 其中同意公开6件，……), wherever it stood
    said += [read for rows in tables if (head := table_said(kind, rows, agency, year)) for k in range(len(texts))
             for before, text, at in runs(kind, [None, *texts[k:]], {0: head})[:1]
             for read, _ in list_sentences(kind, text, before, None, agency, year, later([None, *texts[k:]], at))]
    grouped = [table_rows(kind, rows)[0] for rows in tables]
    said += [read for rows, two in zip(tables, grouped) if (found := read_list(kind, rows)
                                                            or table_list(kind, two, None, agency, year))
             for read in [found[0]]]
    for name in lists:
        items = [(norm(item.name), item.count) for item in getattr(figures, name) or ()]
        if items and not any([(norm(i["name"]), i["count"]) for i in read.get(name, ())] == items for read in said):
            return False
    given = {(name, getattr(figures, name)) for name in scalars if getattr(figures, name) is not None}
    found = {(f.field, f.value) for text in texts for f in search(kind, text, "", agency, year)}
    found |= {(f.field, f.value) for rows, two in zip(tables, grouped)
              for f in search_table(kind, two, [""] * len(two), agency, year)[0] + fee_items(kind, rows, [""] * len(rows))}
    found |= {(name, value) for read in said for name, value in read.items() if name in scalars}
    return given <= found


def search_table(kind: str, rows: list[list[str]], places: list[str], agency: str = "",
                 year: int | None = None) -> tuple[list[Found], list[tuple[str, str]]]:
    """The figures a table of the agency's own gives, row by row or column by column; and (place, label) of
    each number not understood. A first row ending in a number (行政复议｜0) is a figure's row, not the head; of two
    rows, the second all figures is under labels across (收到申请｜答复 / 9｜8, maybe after a column of heads: 项目｜
    行政复议｜行政诉讼 / 件数｜0｜1), else a figure's row under a head."""
    labels, _, _ = table_labels(kind)
    unit = unit_of(kind)
    out, unknown = [], []
    counted = rf"\s*{NUMBER}\s*[{COUNT_UNITS}元]?\s*"
    first = 0 if rows and len(rows[0]) >= 2 and re.fullmatch(counted, rows[0][-1]) else 1
    if len(rows) == 2 and first and len(rows[1]) > 2 and COUNT_HEAD.fullmatch(norm(unit_free(rows[1][0]))):
        rows = [row[1:] for row in rows]
    if len(rows) == 2 and first and all(re.fullmatch(counted, cell) for cell in rows[1] if cell.strip()):
        pairs = [(head, value, places[1], []) for head, value in zip(rows[0], rows[1])]  # labels across, figures under
    else:  # a row's figure is its last cell; one before it (类别｜条数｜占比: 188｜abc) is a number not understood too
        pairs = [(row[0], row[-1], place, row[1:-1]) for row, place in zip(rows[first:], places[first:]) if len(row) >= 2]
    for label, value, place, before in pairs:
        number = re.fullmatch(counted, value)
        field = labels.get(norm(unit_free(label)))
        if field and number:
            out.append(Found(field, typed(kind, field, re.sub(r"[,，]", "", number.group(1))), place, label + value))
            continue
        found = search(kind, label + (value if not number or re.search(r"\D$", value) else value + unit), place, agency,
                       year)
        if found:
            out += found
        elif number or any(re.fullmatch(counted, cell) for cell in before):
            unknown.append((place, label))
    return out, unknown


#: A fee item table's head (收费项目｜金额（元）) and rows: each a kind of fee (检索费｜0, 收取复制费｜20.50), a 合计 after
#: them or not, then the sum waived or not (减免费用｜0).
_FEE_HEAD = re.compile("(?:收费|费用)?(?:项目|类别|类型|名称|种类)")
_AMOUNT_HEAD = re.compile("(?:收费|收取)?(?:金额|数额|费用|收费)(?:[（(]元[）)])?")
_FEE_ITEM = re.compile("(?:收取)?(?:检索|复制|复印|邮寄|邮递|打印|装订|工本|材料|其他)"
                       "(?:、?(?:检索|复制|复印|邮寄|邮递|打印|装订|工本|材料))*费用?")
_WAIVER_ROW = re.compile("减免(?:费用|金额|数额)?")
_AMOUNT_CELL = re.compile(r"\s*(\d+(?:\.\d+)?)\s*元?\s*")


def fee_items(kind: str, rows: list[list[str]], places: list[str]) -> list[Found]:
    """The fees charged a table of the fees by kind gives (收费项目｜金额（元）: 检索费｜0, 复制费｜20.50 …, a 合计 after
    them or not): their sum, at the 合计's row if there is one that is it, else the head's; and the sum waived its
    last row gives (减免费用｜0), at that row. None for any other table, or one whose 合计 is not its rows' sum."""
    if kind != "fees" or len(rows) < 2 or any(len(row) != 2 for row in rows) \
            or not _FEE_HEAD.fullmatch(norm(rows[0][0])) or not _AMOUNT_HEAD.fullmatch(norm(rows[0][1])):
        return []
    end = len(rows) - 1 if len(rows) > 2 and _WAIVER_ROW.fullmatch(norm(rows[-1][0])) else len(rows)
    body, total = rows[1:end], None
    if TOTAL_ROW.fullmatch(norm(body[-1][0])):
        body, total = body[:-1], body[-1][1]
    amounts = [_AMOUNT_CELL.fullmatch(value) for _, value in [*body, ("", total or "0"), *rows[end:]]]
    if not body or not all(amounts) or not all(_FEE_ITEM.fullmatch(norm(label)) for label, _ in body):
        return []
    summed = sum(Decimal(found.group(1)) for found in amounts[:len(body)])
    if total is not None and Decimal(amounts[len(body)].group(1)) != summed:
        return []
    words = "、".join(f"{label}{value}" for label, value in body)
    out = [Found("charged", summed, places[end - 1] if total is not None else places[0], words)]
    if end < len(rows):
        out.append(Found("waived", Decimal(amounts[-1].group(1)), places[-1], "".join(rows[-1])))
    return out


#: How an application came, after its channel's name (通过电子邮件提出2件、当面提交4件、网上提交的申请3件): no part
#: of the name.
_SUBMITTED = re.compile("的?(?:提出|提交|递交)(?:的?(申请))?$")


def _without_verbs(items: list[dict]) -> list[dict]:
    """``items`` named without how they came (电子邮件提出 → 电子邮件, 网上提交申请 → 网上申请), a name that is only
    that left as written."""
    return [{**i, "name": _SUBMITTED.sub(r"\1", i["name"]) or i["name"]} for i in items]


#: A third column of categories: each one's share of the total (类别｜条数｜占比: 18｜12.5%).
_SHARE_HEAD = re.compile("(?:所?占)?(?:[^｜]{0,8}?的?)?(?:比例|比重|占比|百分比)")


def read_list(kind: str, rows: list[list[str]]) -> tuple[dict, dict[tuple, int]] | None:
    """A table of two columns listing one list's items (答复结果｜件数: 同意公开｜5 …), with a 合计 row last or not:
    the figures it gives and the row each came from (``(list, n)`` or ``(total,)`` → its row's index). None unless
    every row is an item (a name without digits, no name twice, none a label of another figure) with a whole count,
    and the 合计, if any, is their sum. A third column of categories' shares (占比) must give each one's share of
    their sum (the 合计), as printed to its decimals give or take one in the last."""
    listed = _list_table(kind, rows)
    return None if listed is None or listed[2] else listed[:2]


def list_faults(kind: str, rows: list[list[str]]) -> list[tuple[int, str]]:
    """What a table of one list that :func:`read_list` did not read says against itself, each with its row's index:
    a 合计 that is not its items' sum, or a share (占比) that is not its count's share of that 合计; also of a table of
    items the figures have no list for (申请类别｜件数: 查阅类｜3, 复制类｜4, 合计｜8), its 合计 last."""
    listed = _list_table(kind, rows)
    return _sum_row_fault(kind, rows) if listed is None else listed[2]


def _sum_row_fault(kind: str, rows: list[list[str]]) -> list[tuple[int, str]]:
    """A table of two columns, a head, then items each a name and a count, then a 合计 row: the 合计's row and the words
    of a finding where it is not the items' sum; none for any other table, or one with a figure's row among them
    (its label reportkit's or one a free sentence names the figure by: 收到申请)."""
    rows = unnumbered(kind, counted_cells(rows))
    count = re.compile(rf"\s*{WHOLE}\s*[{COUNT_UNITS}]?\s*")
    if len(rows) < 4 or any(len(row) != 2 for row in rows) or re.search(r"\d", "".join(rows[0])) \
            or not TOTAL_ROW.fullmatch(norm(rows[-1][0])) or not count.fullmatch(rows[-1][1]):
        return []
    body = rows[1:-1]
    if not all(count.fullmatch(value) and not re.search(r"\d", name) and not TOTAL_ROW.fullmatch(norm(name))
               and not label_field(kind, name)
               and not search(kind, f"{name}{count.fullmatch(value)[1]}{unit_of(kind)}", "") for name, value in body):
        return []  # a figure's row among them (收到申请｜6 over its channels and outcomes): the 合计 is of some only
    summed, total = sum(whole_count(count.fullmatch(value)[1]) for _, value in body), whole_count(count.fullmatch(rows[-1][1])[1])
    said = disagreement(kind, None, summed, total, f"“{rows[-1][0].strip()}”一行")
    return [] if summed == total else [(len(rows) - 1, said)]


def shares_off(kind: str, rows: list[list[str]]) -> list[tuple[int, str]]:
    """The shares (占比) of a table :func:`read_list` reads that are not as reportkit rounds them (half up) but one off
    in their last place (61.6% for 61.7%: cut, not rounded), each as words with its row's index."""
    listed = _list_table(kind, rows)
    return [] if listed is None else listed[3]


def _list_table(kind: str, rows: list[list[str]]) -> tuple[dict, dict[tuple, int], list, list] | None:
    """:func:`read_list`'s figures and their rows, with the faults (:func:`list_faults`) and the shares one off
    (:func:`shares_off`) of a table whose rows are a
    list's items and counts; or whose columns are, the items across (类别｜政策法规类｜… over 条数｜210｜…, a 占比 row
    under them maybe), each figure and fault then the counts' row's; None where they are not such a list."""
    heads = LIST_HEADS.get(kind, {})
    rows = _named_down(kind, unnumbered(kind, counted_cells(rows)))
    across = len(rows) in (2, 3) and len(rows[0]) > 2 and norm(unit_free(rows[0][0])) in heads \
        and len({len(row) for row in rows}) == 1 and COUNT_HEAD.fullmatch(norm(unit_free(rows[1][0]))) \
        and (len(rows) == 2 or _SHARE_HEAD.fullmatch(norm(unit_free(rows[2][0]))))
    if not across:
        named = _headless(kind, rows)
        listed = _list_rows(kind, [[named, unit_of(kind)], *rows] if named else rows)
        if not named or listed is None:
            return listed
        return listed[0], {key: n - 1 for key, n in listed[1].items()}, *([(n - 1, said) for n, said in found]
                                                                          for found in listed[2:])
    listed = _list_rows(kind, [list(column) for column in zip(*rows)])
    return listed and ({**listed[0]}, dict.fromkeys(listed[1], 1), *([(1, said) for _, said in found]
                                                                    for found in listed[2:]))


def _headless(kind: str, rows: list[list[str]]) -> str | None:
    """The head a table of one list's items printed without one would have (同意公开｜6, 部分公开｜2 …, under a heading
    办理结果 or none: 答复结果), where every row but a 合计 last is an item of that list by its name (:data:`ITEM_NAMES`)
    and its count; else None."""
    body = rows[:-1] if len(rows) > 2 and TOTAL_ROW.fullmatch(norm(rows[-1][0])) else rows
    if len(body) < 2 or any(len(row) != 2 or not re.fullmatch(rf"\s*{WHOLE}\s*[{COUNT_UNITS}]?\s*", row[1])
                            for row in rows):
        return None
    names = [norm(row[0]) for row in body]
    for label, (name, _) in LIST_HEADS.get(kind, {}).items():
        if name in ITEM_NAMES and all(ITEM_NAMES[name].search(n) and not NOT_AN_ITEM.search(n) for n in names):
            return label
    return None


def _named_down(kind: str, rows: list[list[str]]) -> list[list[str]]:
    """``rows`` as two columns where a list's name is merged down the first over all its items (项目｜内容｜件数:
    办理结果 over 同意公开｜5, 部分公开｜1 …; a merged cell read in each row it covers, or in its first only, the others
    blank as a copy in text leaves them, or left out), the name then heading the items' names (办理结果｜件数), one row
    for one; as they are where the table is no such list."""
    if len(rows) < 3 or len(rows[0]) != 3 or len(rows[1]) != 3 or not group_head(kind, rows[1][0]) \
            or any(len(row) == 3 and row[0] not in ("", rows[1][0]) or len(row) not in (2, 3) for row in rows[1:]):
        return rows
    return [[rows[1][0], rows[0][2]], *(row[-2:] for row in rows[1:])]


def unnumbered(kind: str, rows: list[list[str]]) -> list[list[str]]:
    """``rows`` without a first column of numbers (序号｜类别｜条数: 1｜政策法规类｜210), the label kept of a 合计 row or
    one of a figure's (本年度主动公开总数: :func:`label_field`) over both columns, or in the first; as they are where the
    first column is no such column."""
    if len(rows) < 2 or len(rows[0]) < 3 or norm(rows[0][0]) not in ("序号", "编号") or min(map(len, rows)) < 2:
        return rows
    out = [rows[0][1:]]
    for first, second, *rest in rows[1:]:
        if re.fullmatch(r"\d*", first.strip()):
            out.append([second, *rest])
        elif (TOTAL_ROW.fullmatch(norm(first)) or label_field(kind, first)) and norm(second) in ("", norm(first)):
            out.append([first, *rest])
        else:
            return rows
    return out


def _list_rows(kind: str, rows: list[list[str]]) -> tuple[dict, dict[tuple, int], list, list] | None:
    """:func:`_list_table` of a table listing the items down its rows; shares under a head in per cent (所占比例（%）:
    17.0) are read as written with their %, of any list (办理结果｜数量｜所占比例: each outcome's share of their sum).
    The total's row (合计, or the total's own label: 本年度主动公开总数 as
    reportkit prints it, 本年度共主动公开: :func:`_total_row`) may stand first or last of the items, and rows of the
    part's other figures after them (历年累计主动公开｜3627, a share cell blank or the count again) are those figures."""
    heads = LIST_HEADS.get(kind, {})
    labels = table_labels(kind)[0]
    total = heads.get(norm(unit_free(rows[0][0])), (None, None))[1] if rows and rows[0] else None
    end = len(rows)
    while end > 3 and (field := label_field(kind, rows[end - 1][0])) and field != total and len(rows[end - 1]) > 1 \
            and re.fullmatch(rf"\s*{WHOLE}\s*", rows[end - 1][1]) \
            and all(norm(c) in ("", norm(rows[end - 1][1])) for c in rows[end - 1][2:]):
        end -= 1
    rows, others = rows[:end], [(n, row) for n, row in enumerate(rows) if n >= end]
    shares = [row[2] for row in rows] if rows and all(len(row) == 3 for row in rows) else None
    if shares and re.search(r"[（(][%％][）)]$", shares[0].strip()):
        shares = [share if re.search("[%％]", share) else f"{share}%" for share in shares]
    if shares and not _SHARE_HEAD.fullmatch(norm(unit_free(rows[0][2]))):
        return None
    rows = [row[:2] for row in rows] if shares else rows
    if len(rows) < 2 or any(len(row) != 2 for row in rows):
        return None
    found = heads.get(norm(unit_free(rows[0][0])))
    if not found or not COUNT_HEAD.fullmatch(norm(unit_free(rows[0][1]))):
        return None
    name, total = found
    at = next((n for n in (len(rows) - 1, 1) if len(rows) > 2 and _total_row(kind, total, rows[n][0])), None)
    if at is None and others:
        return None  # another figure after the items, with no total: not reportkit's table, nor a list's
    body = [n for n in range(1, len(rows)) if n != at]
    unit = unit_of(kind)
    counts = [re.fullmatch(rf"{WHOLE}\s*{unit}?", rows[n][1].strip()) for n in body]
    names = [TYPED_NUMBER.sub("", clean(rows[n][0]), count=1) for n in body]
    # an application still open (正在办理｜2, 结转下年度｜1) is no outcome: answered, it would count as one
    if not body or not all(counts) or any(no_name(n) or re.search(r"\d", n) or _total_row(kind, total, n)
                                          or norm(n) in labels or name == "outcomes" and STILL_OPEN.search(n)
                                          for n in names) \
            or len(set(map(norm, names))) < len(names):
        return None
    items = [{"name": n, "count": whole_count(c.group(1))} for n, c in zip(names, counts)]
    figures: dict = {name: items}
    where = {(name, k): n for k, n in enumerate(body)}
    for n, row in others:
        field = label_field(kind, row[0])
        figures[field], where[(field,)] = whole_count(row[1].strip()), n
    summed, faults = sum(i["count"] for i in items), []
    if at is not None:
        given = re.fullmatch(rf"{WHOLE}\s*{unit}?", rows[at][1].strip())
        if total is None or not given:
            return None
        figures[total], where[(total,)] = whole_count(given.group(1)), at
        if figures[total] != summed:
            faults.append((at, disagreement(kind, name, summed, figures[total], f"“{rows[at][0].strip()}”一行")))
    item_shares = [shares[n] for n in body] if shares else []
    if shares and summed and not shares_agree(item_shares, [i["count"] for i in items]):  # none are shares of 0
        if at is None or faults or not all(PERCENT.fullmatch(share) for share in item_shares):
            return None  # shares of some other total, of a 合计 in doubt, or not shares: no fault of them is sure
        k, item = next((k, i) for k, i in enumerate(items) if not share_agrees(item_shares[k], i["count"], summed))
        said = (f"“{item['name']}”{item['count']} {unit}占合计 {summed} {unit}的 {percent_text(share_of(item['count'], summed))}，"
                f"而表中写的占比为 {item_shares[k].strip()}：请核对后改正其中一处")
        faults.append((body[k], said))
    off = [] if faults else [(n, f"“{item['name']}”{item['count']} {unit}占合计 {summed} {unit}的 {rounded}，"
                                 f"表中写的是 {share.strip()}")
                             for n, item, share in zip(body, items, item_shares)
                             if (rounded := rounded_otherwise(share, item["count"], summed))]
    return figures, where, faults, off


#: A label's words around a figure's that a report adds or leaves out (本年度共主动公开、主动公开信息总数): the time,
#: 共, and after the figure's words 政府信息 and 总数.
_LABEL_WORDS = re.compile("(?:本年度?|全年|今年)?(?:共计?|合计|总计)?(?P<core>.+?)(?:政府)?(?:信息)?"
                          "(?:总数|总量|总条数|总件数|合计|共计|总计)?")


def label_field(kind: str, label: str) -> str | None:
    """The scalar figure a table row's label names, as reportkit prints it (本年度主动公开总数, 历年累计主动公开) or with
    :data:`_LABEL_WORDS` added or left out (本年度共主动公开: total); else None."""
    labels = table_labels(kind)[0]
    if found := labels.get(norm(unit_free(label))):
        return found
    cores = {_LABEL_WORDS.fullmatch(k)["core"]: field for k, field in labels.items()}
    words = _LABEL_WORDS.fullmatch(norm(unit_free(label)))
    return cores.get(words["core"]) if words else None


def _total_row(kind: str, total: str | None, label: str) -> bool:
    """Whether a row labelled ``label`` gives the total of a list whose total is the figure ``total``: 合计、总计 … or
    that figure's label (:func:`label_field`)."""
    return bool(TOTAL_ROW.fullmatch(norm(label)) or total and label_field(kind, label) == total)


#: A total's clause and a list of its items in one sentence (受理申请12件，其中当面申请5件、网上申请7件；在已答复的
#: 12件中，同意公开8件 …): read only for lists that must sum to their total. A 中 that is no 其中 ends a count
#: (12件中) or a clause (已答复的申请中，): not 《中华人民共和国……》, 政务服务中心.
_IN_ONE = re.compile("(.+?(?:其中|(?<=[件条])中|(?<=申请)中(?=有)|中(?=[，,：:]))[，,：:]?)([^，,：:].*?)。?")

#: A list in brackets after its total (主动公开政府信息1234条（其中政策法规类210条、……）, 收到申请20件（当面申请5件、网上申请
#: 15件）): the words before are its head.
_BRACKETED = re.compile("[（(](?:其中[，,：:]?)?([^（）()]+)[）)]")
#: A list after the last colon of its sentence (已全部答复：同意公开9件、……; 答复情况：同意公开4件，……).
_COLON = re.compile("[：:](?=[^：:]*$)")
#: An item's name that is a kind (查阅类、人事方面) or an organ (县本级、乡镇): a part of its total's count.
_KIND_ITEM = re.compile(f"类|方面|{ORGAN_ITEM.pattern}")
#: A sentence's first clause and the rest (全年收到申请12件，｜当面申请9件、网上申请3件，合计12件。).
_HEAD_CLAUSE = re.compile("([^，,；;：:]+[，,])(.+)")


#: The item most counts are of, its count after it (申请方式以网上申请为主，共15件，其余5件为当面申请): read as its
#: name and count (网上申请15件).
_MAINLY = re.compile(f"(?:(?:申请|公开)?(?:方式|渠道|途径)(?:上|方面)?)?以(?P<name>[^，,；;。：:\\d]{{1,12}}?)为主[，,]"
                     f"(?:其中)?(?:共计|合计|共|计|有)?(?P<count>\\d+\\s*[{COUNT_UNITS}])")


def list_sentences(kind: str, text: str, before: str = "", faults: list | None = None, agency: str = "",
                   year: int | None = None, after: str = "") -> list[tuple[dict, str]]:
    """The lists a paragraph gives right after the sentence giving their total, in a sentence of its own (全年主动公开
    政府信息112条。其中，机构职能类信息18条；政策法规类信息64条。), the total's sentence maybe the last of the paragraph
    ``before``; and a list in the total's sentence after its 其中 (受理申请12件，其中当面申请5件、网上申请7件), or in
    brackets (（其中当面申请5件、网上申请7件）), or after a colon (已全部答复：同意公开9件、……; after words alone, 答复情况：,
    of the total the paragraph and the one ``before`` give): each list's figures and its sentence (a list of categories
    in its total's sentence only where it adds up to the total). A list is read only when every item is a name and a
    count (separated by ；，、), no name twice nor a figure's label, its sentence gives no other figure, and the counts'
    sum is the total (or less: ``partial``, where the model has it). An application list's items are all channels or
    all outcomes; outcomes sum to the 已答复 given, or to the applications received where no 答复 is given; all by one
    channel (收到申请2件，均为当面申请: :func:`_all_by_one`) is that channel's. A list
    that is one but does not add up to its own total (more than it, or for applications other than it), or whose
    shares written after the counts (占17.0%) are not theirs of it, goes into ``faults`` as the words of a finding.
    With the ``agency`` and ``year``, a total of another organ or year is none (:func:`search`). Outcomes may leave
    out the applications still open that the list's sentence, or a later one of the paragraph or of the part's text
    ``after`` it, counts (:func:`still_open`)."""
    names = LIST_SENTENCES.get(kind, ())
    text, before = _MAINLY.sub(r"\g<name>\g<count>", arabic(text)), arabic(before)
    sentences = re.findall("[^。]+(?:。|$)", text)
    last = re.findall("[^。]+(?:。|$)", before)
    # a sentence leading the list in (申请方式如下：) says its total in the one before it
    last = ["".join(last[-2:])] if re.search("[：:]$", "".join(last[-1:])) else last[-1:]
    pairs = list(itertools.pairwise(last + sentences))
    # each total with its list where a sentence gives two (收到申请36件，其中……；答复36件，其中……)
    clauses = sentences + [part for sentence in sentences for part in _totals_apart(kind, sentence, agency, year)]
    # a list after all answered opening its sentence (已全部答复，其中同意公开7件……) answers those the one before counts
    prior = {sentence: before for before, sentence in pairs}
    in_one = [(prior.get(sentence, "") + found[1] if ALL_ANSWERED.fullmatch(re.sub("[，,：:]?其中[，,：:]?$", "", found[1]))
               else found[1], found[2]) for sentence in clauses if (found := _IN_ONE.fullmatch(sentence))]
    in_one += [(sentence[:found.start()], found.group(1)) for sentence in sentences for found in _BRACKETED.finditer(sentence)]
    # after a colon, of the total before it in the sentence, or in the paragraph where words alone lead it in (答复情况：)
    in_one += [(head if re.search(r"\d", head := sentence[:found.end()]) else before + "".join(sentences[:n]),
                sentence[found.end():]) for n, sentence in enumerate(sentences) if (found := _COLON.search(sentence))]
    in_one += [pair for sentence in sentences for pair in _lists_apart(sentence)]
    # or right after its total's clause (全年收到申请12件，当面申请9件、网上申请3件，合计12件)
    in_one += [found.groups() for sentence in clauses
               if (found := _HEAD_CLAUSE.fullmatch(sentence)) and search(kind, found[1], "", agency, year)]
    # A list after 其中 that may be of some items only (``partial``) is read only where it is all of them: its
    # sum is the total (全年主动公开1234条，其中政策法规类210条，…，其他类770条); it can be too much either way.
    partial = "partial" in figure_fields(kind)[2]
    pairs += [(head, sentence, partial) for head, sentence in in_one]
    # a list with its own 合计 last needs no total before it
    pairs += [("", sentence) for sentence in sentences if SUM_LAST.search(sentence)]
    channels = [{"name": m["name"], "count": whole_count(m[2])} for m in channel_counts(text)] if "channels" in names else []
    out = [({"channels": channels}, text)] if channels else []
    out += [(read, sentence) for sentence in sentences
            if "channels" in names and (read := _all_by_one(kind, sentence, agency, year))]
    for head, sentence, *some in pairs:
        found = re.fullmatch(f"{LIST_LEAD}(.+?)。?", sentence)
        lead, field, *_ = summed_list(kind, sentence, agency, year) or ("", None)
        if not found or any(f.field != field for f in search(kind, sentence, "", agency, year)):
            continue
        shares = ITEM_SHARE.findall(found.group(1))
        parts = [LIST_ITEM.fullmatch(part) or COUNT_FIRST.fullmatch(part)
                 for part in _counted_parts(ITEM_SPLIT.split(ASIDE.sub("", ITEM_SHARE.sub("", found.group(1)))))]
        if not all(parts):
            continue
        items = [{"name": p["name"], "count": int(p["count"])} for p in parts]
        summed = items.pop() if len(items) > 2 and SUM_ITEM.fullmatch(norm(items[-1]["name"])) else None
        if shares and len(shares) != len(items):
            continue  # some items only with a share: which count each is of is not sure
        given = search(kind, head, "", agency, year)
        opened = still_open(head + sentence, year)
        if opened is None and sentence in text:
            opened = still_open(text[text.index(sentence) + len(sentence):] + after, year)
        fitted = False
        for name in names:
            total = list_total(kind, name)
            # the words of the list's total before its first item (全年主动公开政策法规类信息66条) are not its name
            listed = [{**items[0], "name": items[0]["name"][len(lead):]}, *items[1:]] if lead and field == total else items
            listed = without_reasons(listed) if name == "outcomes" else _without_verbs(listed) if name == "channels" \
                else listed
            fits = names_fit(kind, name, listed)
            fitted = fitted or fits
            if summed is not None:
                if not fits:
                    continue
                if summed["count"] != sum(i["count"] for i in listed):
                    said = disagreement(kind, name, sum(i["count"] for i in listed), summed["count"], f"“{summed['name']}”")
                    if faults is not None and said not in faults:
                        faults.append(said)
                    continue
                # the 合计 is the list's total where the sentence before gives none (政策法规类66条，……，合计107条)
                alone = not any(g.field == total for g in given)
                given += [Found(total, summed["count"], "", "")] if alone else []
            read = list_read(kind, name, listed, given, faults, shares, carried(before + text),
                              names_carried(before + text), opened)
            if read and summed is not None and alone:
                read[total] = summed["count"]
            if read and not (some and some[0] and read.get("partial")) and name not in [n for r, _ in out for n in r]:
                out.append((read, sentence))
        if not fitted and faults is not None and (said := _unlisted_fault(kind, items, summed, given)) \
                and said not in faults:
            faults.append(said)
    return out


#: Every application made by one channel, or answered alike, said in a clause after their count's (收到申请2件，均为当面
#: 申请; 全部通过网上申请; 已答复5件，均为同意公开). Two named (均为网上申请和信函申请) are no one item; 均已答复 is no outcome.
_ALL_ONE = re.compile("(?<=[，,])(?:均|全部|全都|都)(?:为|是|系|通过|采用|采取|属于?)?(?P<name>(?!已)[^，,；;。：:、和及与或\\d]{1,8}?)"
                      "(?=[，,；;。]|$)")


def _all_by_one(kind: str, sentence: str, agency: str, year: int | None) -> dict | None:
    """The channels where ``sentence`` says all applications it counts came by one (收到申请2件，均为当面申请: a name
    in 申请), or the outcomes where all were answered alike (已答复5件，均为同意公开): that item with the count of its
    total in the clauses before (for outcomes, 收到申请 where no 答复 is given: :func:`list_read`), or None."""
    for one in _ALL_ONE.finditer(sentence):
        given = search(kind, sentence[:one.start()], "", agency, year)
        for name in ("channels", "outcomes") if one["name"].endswith("申请") else ("outcomes",):
            counts = {g.value for g in given if g.field == list_total(kind, name)} \
                or {g.value for g in given if g.field == "received" and name == "outcomes"}
            if len(counts) == 1 and None not in counts \
                    and (read := list_read(kind, name, [{"name": one["name"], "count": counts.pop()}], given)):
                return read
    return None


def _lists_apart(sentence: str) -> list[tuple[str, str]]:
    """Two lists in ``sentence`` each after its 其中, parted by a comma or ； (收到申请6件，其中当面申请2件，网上申请4件，
    均已答复，其中同意公开5件，……; ……网上申请4件；已全部按期答复，其中……): each as (the words before it, the list), the
    first ending before the clause that leads the second, which is read after all the sentence says before it (均已答复
    of 收到申请6件); none otherwise."""
    marks = list(re.finditer("其中[，,：:]?", sentence))
    if len(marks) != 2 or sentence[marks[1].start() - 1:marks[1].start()] not in ("，", ","):
        return []
    cut = max(sentence.rfind(mark, 0, marks[1].start() - 1) for mark in "，,；;")
    if cut <= marks[0].end():
        return []
    first, second = marks[0].end(), marks[1].end()
    return [(sentence[:first], sentence[first:cut]), (sentence[:second], sentence[second:])]


def _counted_parts(parts: list[str]) -> list[str]:
    """A list's parts without the clauses after its last item that count nothing (……网上申请3件，已全部办结; not an
    item counted in words: 其他信息若干条), or say all its total's were answered (；14件申请均已按期答复), or count
    those still open (另2件结转至下年度办理、1件正在办理中) or carried over from the year before (另有2件为上年结转申请，
    也已答复): no outcome's."""
    while len(parts) > 2 and (not re.search(rf"\d|[{COUNT_UNITS}]$", parts[-1]) or ALL_ANSWERED.fullmatch(parts[-1])
                              or STILL_OPEN.search(parts[-1]) or re.search(CARRIED_FROM, parts[-1])):
        parts = parts[:-1]
    return parts


def _totals_apart(kind: str, sentence: str, agency: str, year: int | None) -> list[str]:
    """The parts of ``sentence`` between its ；, each a total with what follows it up to the next (收到申请36件，其中
    网上申请20件……｜答复36件，其中同意公开28件……): a part whose first clause gives no figure goes with the one before;
    none where there is one such part only."""
    out: list[str] = []
    for part in re.split("(?<=[；;])", sentence):
        if out and not search(kind, re.split("[，,：:]", part)[0], "", agency, year):
            out[-1] += part
        else:
            out.append(part)
    return [re.sub("[；;]$", "", part) for part in out] if len(out) > 1 else []


def _unlisted_fault(kind: str, items: list[dict], summed: dict | None, given: list[Found]) -> str | None:
    """The words of a finding where items the figures have no list for (查阅类申请3件、复制类申请4件; by organ: 县本级…)
    do not add up to what the sentence states of them: its 合计 last, or else more than the one total its head gives
    (全年收到申请12件，其中查阅类5件、复制类8件), where they are kinds or organs (:data:`_KIND_ITEM`; channels of
    disclosure may be more: an item goes out through several), and may be some only where no 合计 is given. None where
    they agree."""
    counts = sum(i["count"] for i in items)
    if summed is not None and summed["count"] != counts:
        return disagreement(kind, None, counts, summed["count"], f"“{summed['name']}”")
    totals = {(f.field, f.value) for f in given if isinstance(f.value, int)}
    if len(totals) != 1 or not all(_KIND_ITEM.search(i["name"]) and not CHANNEL.search(i["name"]) for i in items):
        return None
    (field, total), = totals
    if total < counts or summed is not None and total != counts:
        return disagreement(kind, None, counts, total, f"“{FIGURES[kind].model_fields[field].title}”")
    return None


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


#: A paragraph that is one item of a list alone (同意公开6件；, 2.部分公开2件, 4件属于非本机关政府信息。): a list printed a
#: line an item, as a table copied as text is.
_ONE_ITEM = re.compile(f"(?:{TYPED_NUMBER.pattern})?(?P<item>[^，。；,;：:]+?)\\s*[，。；,;]?")


def later(texts: list[str | None], at: list[int]) -> str:
    """The paragraphs of ``texts`` after those at ``at`` (a run of :func:`runs`), where a count of applications still
    open may follow their list (:func:`list_sentences`)."""
    return "".join(text for text in texts[at[-1] + 1:] if text)


def runs(kind: str, texts: list[str | None], tables: dict[int, str] | None = None) -> list[tuple[str, str, list[int]]]:
    """The paragraphs of a part (``None`` for a table between them) as :func:`list_sentences` reads them: each with the
    paragraph before it, the text it is read after (``before``), and its index; right after a table, the sentence
    ``tables`` gives for its index (its totals: :func:`table_said`), else none. A head naming the list under it
    (办理结果, 办理结果如下：: :func:`group_head`) is passed over: its list is read after the paragraph before it, which
    gives the total. Two or more paragraphs in a row that are each an item of a list alone (a name and a count, no
    figure of the part's: 当面申请3件 / 网上申请6件) are one sentence of those items, read after the paragraph before
    them (申请数9件，其中：), with their indices."""
    out: list[tuple[str, str, list[int]]] = []
    before, n, texts = "", 0, [arabic(t) if t else t for t in texts]
    while n < len(texts):
        end = n
        while end < len(texts) and (found := _ONE_ITEM.fullmatch(texts[end] or "")) \
                and (LIST_ITEM.fullmatch(found["item"]) or COUNT_FIRST.fullmatch(found["item"])) \
                and not search(kind, texts[end], ""):
            end += 1
        if end - n > 1:
            # 其中： a sentence of its own over the items (已全部答复。其中：) leads them: the total's is the one before
            out.append((re.sub("(?<=[。；;])其中[：:，,]?$", "", before),
                        "，".join(_ONE_ITEM.fullmatch(t)["item"] for t in texts[n:end]) + "。", list(range(n, end))))
            n = end  # the next list in a row (办理结果 under the channels) is of the same total
            continue
        if texts[n] is not None and not group_head(kind, texts[n]):
            out.append((before, texts[n], [n]))
            before = texts[n]
        elif texts[n] is None:
            before = (tables or {}).get(n, "")
        n += 1
    return out


def table_said(kind: str, rows: list[list[str]], agency: str = "", year: int | None = None) -> str:
    """The sentence reportkit prints for the totals a table gives alone (申请总数｜9; 收到申请｜已答复 over 9｜9), each
    once: a list in the paragraph after it (其中同意公开6件，……) is of them; "" for any other table."""
    rows = table_rows(kind, rows)[0]
    hits, unknown = search_table(kind, rows, [""] * len(rows), agency, year)
    values = {f.field: f.value for f in hits}
    if not hits or unknown or None in values.values() or len({(f.field, f.value) for f in hits}) > len(values):
        return ""
    return "".join(print_figures(kind, "text", **values) or [])


def table_list(kind: str, rows: list[list[str]], faults: list | None = None, agency: str = "",
               year: int | None = None) -> tuple[dict, dict[tuple, int]] | None:
    """A table giving totals each with its items after it, down two columns (申请｜件数: 收到申请｜12, 其中：当面申请｜5,
    网上申请｜7, 已答复｜12, 同意公开｜8 …) or across two rows (收到申请｜已答复｜同意公开｜… over 12｜12｜8｜…): the lists'
    figures and the row each item came from (``(list, n)`` → its row's index), each read as a list in a sentence after
    its total's is (:func:`list_read`: all channels or all outcomes, adding up to the total), but only against the
    list's own total in the table (outcomes against 已答复, or against 收到申请 where the table gives no 已答复: read where
    they add up to it, a finding where they are more, :func:`_of_its_total`); None unless every
    count that is no total is an item of such a list; a row naming the list under it (办理结果: :func:`group_head`)
    gives the list's total where it has one (办理结果｜9, a 合计 the table gives its group: :func:`ungrouped`), which
    comes back with the lists; where its count is blank, the items under it are that list, of the total before it
    (outcomes all of 收到申请｜8 where no 已答复 is given), or of none where no total is before it (申请方式 over the
    channels, 办理结果 over the outcomes). A list that does not add up to its total goes into ``faults``."""
    counted = rf"{WHOLE}\s*[{COUNT_UNITS}]?"
    across = len(rows) == 2 and len(rows[0]) > 2 and len(rows[1]) == len(rows[0]) \
        and not any(re.search(r"\d", c) for c in rows[0]) and all(re.fullmatch(counted, c.strip()) for c in rows[1])
    if across:
        lines = [(label, value, 1) for label, value in zip(*rows)]
    elif len(rows) >= 3 and all(len(row) == 2 for row in rows):
        lines = [(label, value, n) for n, (label, value) in enumerate(rows)]
    else:
        return None
    # each total's figures, the items after it, and the list a head over them names (办理结果: the outcomes)
    runs: list[tuple[list[Found], list[tuple[dict, int]], str | None]] = []
    totals: dict[tuple, int] = {}  # the totals a group's head row gives (no figure's label: search_table reads none)
    carry = None  # the applications carried over from the year before (上年结转｜2), which outcomes may answer too
    carry_named = False  # or such a row without its count (上年结转｜—): the rules ask for it
    for n, (label, value, row) in enumerate(lines):
        if (more := carried_row(label, value)) is not None and carry is None:
            carry = more
            continue
        if names_carried(label) and not re.search(r"\d", value):
            carry_named = True
            continue
        if not across and group_head(kind, label) and norm(value) in ("", norm(label)):
            # 办理结果 over the outcomes' rows (its count cell blank or merged with it): they are of the run's total, or
            # of none the table gives (申请方式 over the channels, then 办理结果 over the outcomes, no 合计)
            runs.append((runs[-1][0] if runs else [], [], group_head(kind, label)))
            continue
        hits, unknown = search_table(kind, [[label, value]], [str(row)], agency, year)
        count = re.fullmatch(counted, value.strip())
        grouped = group_head(kind, label) if count and not hits and not across else None
        if grouped and list_total(kind, grouped):  # 办理结果｜9 over its outcomes (their 合计 there): 已答复 9
            hits = [Found(list_total(kind, grouped), whole_count(count.group(1)), str(row), label + value)]
            totals[(hits[0].field,)] = row
        if hits:
            runs.append((hits, [], None))
        elif unknown and count and runs:
            name = TYPED_NUMBER.sub("", re.sub("^其中[：:，,]?", "", clean(label)), count=1)
            if _outcomes_after_channels(kind, runs[-1], name):  # 同意公开 after the channels, no 办理结果 over it
                runs.append((runs[-1][0], [], "outcomes"))
            runs[-1][1].append(({"name": name, "count": whole_count(count.group(1))}, row))
        elif n or across or count:  # a head (申请｜件数) only as the first row
            return None
    figures: dict = {}
    where: dict[tuple, int] = {}
    for hits, items, named in (run for run in runs if run[1]):
        listed = [item for item, _ in items]
        read = next((read for name in ([named] if named else LIST_SENTENCES.get(kind, ()))
                     if (read := list_read(kind, name, listed, hits, faults, (), carry, carry_named))
                     and "partial" not in read
                     and (named or _of_its_total(kind, name, hits))), None) if hits \
            else {named: listed} if names_fit(kind, named, listed) else None
        if read is None or set(read) & set(figures):
            return None
        figures.update(read)
        where.update({(name, k): row for name in read for k, (_, row) in enumerate(items)})
        for hit in (hit for hit in hits if (hit.field,) in totals):
            figures[hit.field], where[(hit.field,)] = hit.value, totals[(hit.field,)]
    return (figures, where) if figures else None


def _outcomes_after_channels(kind: str, run: tuple[list[Found], list[tuple[dict, int]], str | None], name: str) -> bool:
    """Whether an item ``name`` after a table's ``run`` of channels (当面申请｜2, 网上申请｜3) starts the outcomes
    (同意公开｜4), the table naming neither list (:func:`names_fit`)."""
    _, items, named = run
    return bool(items) and named in (None, "channels") and "outcomes" in figure_fields(kind)[1] \
        and names_fit(kind, "channels", [i for i, _ in items]) and names_fit(kind, "outcomes", [{"name": name}])


def _of_its_total(kind: str, name: str, hits: list[Found]) -> bool:
    """Whether ``hits`` (a table's row or rows over a run of items) give the total of ``kind``'s list ``name``: its own
    (已答复 over the outcomes), or for outcomes the applications received where no 已答复 is given (收到申请｜10 over
    同意公开｜6 …: all answered where they add up to it, :func:`list_read`)."""
    fields = {hit.field for hit in hits}
    return list_total(kind, name) in fields or name == "outcomes" and "received" in fields and "answered" not in fields


def table_rows(kind: str, rows: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    """``rows`` as :func:`search_table` and :func:`table_list` read a table's figures: without a column of row numbers
    (:func:`unnumbered`: 序号｜项目｜件数), each group merged over its items as two columns (:func:`ungrouped`); with
    the row each came from."""
    rows = unnumbered(kind, counted_cells(rows))
    return ungrouped(kind, rows) or (_merged_down(rows), list(range(len(rows))))


def _merged_down(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with each row of three cells whose first is blank, under one whose first is not, taking its text: a
    group's cell merged down its rows (答复情况 over 同意公开｜6, 部分公开｜1), which a copy in text writes in its first
    row only and a DOCX's import reads in each row it covers; the head's row aside."""
    out = [list(row) for row in rows]
    for above, row in itertools.pairwise(out[1:]):
        if len(row) == len(above) == 3 and not row[0].strip() and above[0].strip():
            row[0] = above[0]
    return out


#: A cell that says its count is none (不予公开｜无).
_NONE_CELL = re.compile("\\s*(?:无|没有|零|〇)\\s*")


def counted_cells(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with each cell that gives a count in words in digits: 无 as 0 (不予公开｜无; 行政复议｜行政诉讼 over
    无｜无), 十二 or 十二件 as 12 (:func:`arabic`)."""
    def counted(cell: str) -> str:
        if _NONE_CELL.fullmatch(cell):
            return "0"
        value = numeral_value(cell.strip())
        return str(value) if value is not None else arabic(cell)
    return [list(map(counted, row)) for row in rows]


def ungrouped(kind: str, rows: list[list[str]]) -> tuple[list[list[str]], list[int]] | None:
    """A table of three columns whose first names a group over rows, its items' names and counts beside it and their
    合计 last (收到申请 over 当面申请｜3, 网上申请｜5, 合计｜8; a merged cell read in each row it covers, or in its
    first only, the others blank or left out), or no 合计 where the group names a list (办理结果: :func:`group_head`),
    a row merged across the first two columns among them (收到申请｜8), as two columns: each group's name with its
    total, blank where it has none, then its items (收到申请｜8, 当面申请｜3 …), with the row each came from; None for
    any other table."""
    if len(rows) < 3 or len(rows[0]) < 2 or any(len(row) not in (2, 3) for row in rows[1:]):
        return None
    rows = [rows[0], *(row if len(row) == 3 else ["", *row] for row in rows[1:])]  # the cells a merged one covers left out
    out, at, start = [[rows[0][0], rows[0][-1]]], [0], 1
    while start < len(rows):
        if rows[start][0] in ("", rows[start][1]):  # a row of its own, merged across (no group above it is open)
            out.append(rows[start][1:])
            at.append(start)
            start += 1
            continue
        end = next((n for n in range(start + 1, len(rows)) if rows[n][0] not in (rows[start][0], "")), len(rows))
        if end - start >= 2 and TOTAL_ROW.fullmatch(norm(rows[end - 1][1])):
            out += [[rows[start][0], rows[end - 1][2]], *([row[1], row[2]] for row in rows[start:end - 1])]
            at += [end - 1, *range(start, end - 1)]
        elif group_head(kind, rows[start][0]):
            out += [[rows[start][0], ""], *([row[1], row[2]] for row in rows[start:end])]
            at += [start, *range(start, end)]
        else:
            return None
        start = end
    return (out, at) if any(row[0] not in ("", row[1]) for row in rows[1:]) else None

__all__ = ["Found", "all_answered", "arabic", "carried_given", "disagreement", "fee_items", "joined_halves", "later",
           "lead", "list_faults", "list_sentences", "list_total", "nothing", "phrases", "read_list", "read_sentence",
           "read_table", "reasons_dropped", "runs", "search", "search_table", "shares_off", "stated", "table_list",
           "table_names_carried", "table_places", "table_rows", "table_said", "unheld"]
