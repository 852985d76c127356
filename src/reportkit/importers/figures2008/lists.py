"""The 2008 figures' lists: the heads of a table listing one and the figure that is its total (:data:`LIST_HEADS`,
:func:`list_total`, :func:`group_head`), an item as a sentence writes it (:data:`LIST_ITEM`, :data:`COUNT_FIRST`), items
named as a list's are (:func:`names_fit`), items read as a list against its total (:func:`list_read`), and the finding
where they do not add up (:func:`disagreement`)."""
from __future__ import annotations

import re

from ...default_plugins.annual_report.edition2008.model import FIGURES, percent_text, share_of
from ..labels import clean, norm
from .clauses import CHANNEL
from .counts import COUNT_UNITS, share_agrees
from .fields import Found, figure_fields
from .printing import table_labels, unit_of


#: The head of a table listing one list's items (答复结果｜件数), by kind: its first column's label → the list, and
#: the figure its 合计 row gives (None: the list has no total of its own).
LIST_HEADS = {
    "disclosure": {**dict.fromkeys(("类别", "信息类别", "公开类别"), ("categories", "total")),
                   **dict.fromkeys(("公开渠道", "发布渠道"), ("channels", None))},
    "applications": {**dict.fromkeys(("答复结果", "答复类型", "办理结果"), ("outcomes", "answered")),
                     **dict.fromkeys(("申请方式", "申请渠道", "申请途径"), ("channels", "received"))},
}
#: The second column's label: a count (条数、件数、数量 …; its unit in brackets is dropped).
COUNT_HEAD = re.compile("(?:信息|申请|公开)?(?:条数|件数|数量|数目)|(?:信息|申请|公开)数|[条件]")


def list_total(kind: str, name: str) -> str | None:
    """The figure that is the total of ``kind``'s list ``name`` (outcomes → answered), or None."""
    return next((total for found, total in LIST_HEADS.get(kind, {}).values() if found == name), None)


def group_head(kind: str, text: str) -> str | None:
    """The list whose items a paragraph or row names the group of (办理结果, （二）答复结果：, 申请方式, 办理结果如下：), else
    None: a head over the items' own rows or paragraphs, which gives no figure itself."""
    found = LIST_HEADS.get(kind, {}).get(re.sub("如下$", "", norm(clean(text))))
    return found[0] if found else None


#: How a list's items are named in a finding that they do not add up to their total (None: items of no list).
_LIST_WORDS = {"categories": "各类别", "channels": "各申请渠道", "outcomes": "各答复结果", None: "各项"}


def disagreement(kind: str, name: str | None, summed: int, stated: int, total_words: str = "") -> str:
    """The words of a finding: the items of ``kind``'s list ``name`` (None: items the figures have no list for) add up
    to ``summed``, not to their total ``stated`` (given as ``total_words``, else as its figure's title)."""
    unit = unit_of(kind)
    said = total_words or f"“{FIGURES[kind].model_fields[list_total(kind, name)].title}”"
    return f"所列{_LIST_WORDS[name]}之和为 {summed} {unit}，而{said}为 {stated} {unit}：请核对后改正其中一处"


#: The lists a sentence of its own may give after its total's, by kind: the categories (机构职能类信息18条；…), the
#: applications' channels (当面申请5件，网上申请4件) and outcomes (同意公开8件，不予公开1件).
LIST_SENTENCES = {"disclosure": ("categories", "channels"), "applications": ("channels", "outcomes")}
#: The words that may lead a list in (其中、按类别分、从申请方式看、具体包括 …).
LIST_LEAD = "(?:其中|按(?:信息)?类别分?|(?:从|按|以)(?:申请|信息|公开|答复|办理)?(?:方式|渠道|途径|类别|结果)(?:上|来)?(?:看|分|划分|统计)?|具体(?:包括|为|是)|主要(?:是|有|包括|为|涉及)|在(?:本年度)?(?:主动)?公开的(?:政府)?信息中)?[，,：:]?"
#: Words no category's name holds: a change (较上年增加12条), a channel's (通过网站发布), a total's; 公开 only as a
#: kind's (村务公开类).
_NOT_A_NAME = re.compile("增加|减少|增长|下降|较|同比|环比|上年|去年|公开(?!类)|发布|累计|合计|共计|总计|共有")
#: An organ or a level of them a total may be broken down by (其中县本级1000条，乡镇234条; 市直部门、各区县): no kind of
#: information, whose name says 类 or 信息.
ORGAN_ITEM = re.compile(r"(?:本级|乡镇|乡|镇|街道|社区|村|[省市县区州旗]直|部门|单位|机关|政府|[局委办厅])(?:[（(][^）)]*[）)])?$"
                         r"|^(?:[省市县区州旗]直|各)")
#: What every item of an application list names, and no item of the other: a channel (当面、网上、信函 …) or an outcome
#: (同意公开、信息不存在、不属于本机关公开范围 …).
ITEM_NAMES = {"channels": re.compile("当面|现场|来访|窗口|网上|网络|在线|互联网|网站|电子邮件|邮件|信函|邮寄|传真|电话|纸质|书面"),
               "outcomes": re.compile("公开(?!栏|专栏|平台|网|系统|窗口|信箱|邮箱|电话|申请)|不存在|不属于|非本机关|不明确|告知|补正|重复|撤回|转送|转办|咨询")}
#: Words no item of an application list holds: a change, a total's, receiving or answering.
NOT_AN_ITEM = re.compile("增加|减少|增长|下降|较|同比|环比|上年|去年|累计|合计|共计|总计|共有|收到|受理|答复|办结")
#: Words in brackets after an item's count (不予公开3件（涉及商业秘密2件……）): about the item, no item of the list.
ASIDE = re.compile(f"(?<=[{COUNT_UNITS}])[（(][^（）()]*[）)]")
#: What parts a list's items: a mark, or 和、及 after an item's count (当面申请2件、信函申请1件和网上申请4件).
ITEM_SPLIT = re.compile(f"[；;，,、]|(?<=\\d[{COUNT_UNITS}])(?:以及|和|及|与)")


#: The last item of a list that is the items' sum (，合计107条; 总计、共计、共), and a sentence ending in one.
SUM_ITEM = re.compile("合计|总计|共计|总共|共")
SUM_LAST = re.compile(rf"[，,；;、](?:{SUM_ITEM.pattern})\d+\s*[{COUNT_UNITS}]。?$")


#: An item of a list in a sentence: its name and count (政策法规类210条, 属于咨询类的2件, 通过信函申请2件: 信函申请), or its
#: count first
#: (4件属于已主动公开的信息, 15件不属于政府信息公开的范围, 1件要求申请人补正).
LIST_ITEM = re.compile(rf"(?:属于|通过)?(?P<name>[^\d：:]+?)的?(?P<count>\d+)\s*[{COUNT_UNITS}份]")
COUNT_FIRST = re.compile(rf"(?:有|另外?有?|还有|其余)?(?P<count>\d+)\s*[{COUNT_UNITS}份](?:申请)?(?:属于|系|为|是|已答复并|已经?)?"
                          rf"(?P<name>\D+)")
#: A category's share written after its count in a sentence (政策法规类210条，占17.0%；所占比例为7.8%、（占总数的12.8%）).
#: Only a share of the total (占总数的、所占比例为): 占全市同类信息的17% is of another total, and no item's.
ITEM_SHARE = re.compile(rf"(?<=[{COUNT_UNITS}])[，,]?[（(]?(?:所|约)?占(?:本年度|全年|全部|主动公开)?(?:政府)?(?:信息)?"
                         r"(?:总数|总量|总条数)?的?(?:比例|比重)?(?:为|是|达)?(\d+(?:\.\d+)?\s*[%％])[）)]?")


def names_fit(kind: str, name: str, items: list[dict]) -> bool:
    """Whether ``items`` are named as the items of ``kind``'s list ``name`` are: none twice, none a figure's label, each
    a category's name or a channel's or an outcome's (:data:`ITEM_NAMES`)."""
    names = [norm(i["name"]) for i in items]
    if len(set(names)) < len(names) or any(n in table_labels(kind)[0] for n in names):
        return False
    if name == "categories":
        return not any(_NOT_A_NAME.search(n) or CHANNEL.search(n) or ORGAN_ITEM.search(n) and not re.search("类|信息", n)
                       for n in names)
    return not any(NOT_AN_ITEM.search(n) or not ITEM_NAMES[name].search(n)
                   or any(p.search(n) for k, p in ITEM_NAMES.items() if k != name) for n in names)


def list_read(kind: str, name: str, items: list[dict], given: list[Found], faults: list | None = None,
               shares: list[str] = (), carried: int | None = None, carried_named: bool = False,
               still_open: int | None = None) -> dict | None:
    """``items`` as the list ``name`` whose total ``given`` (the figures of the sentence before) states, each its share
    of that total if ``shares`` gives them, or None; a list not adding up to its own total is put in ``faults``.
    Outcomes of the applications received (no 答复 given) may be as many as those and the ones ``carried`` over from
    the year before (:func:`.carried_over.carried`) together, or any number where those are ``carried_named`` without their count
    (另有上年结转的申请: the rules ask for it); fewer by as many as are ``still_open`` at the year's end (3件结转至下一
    年度办理) exactly."""
    if not names_fit(kind, name, items):
        return None
    values = {f.field: {g.value for g in given if g.field == f.field} for f in given}
    total = list_total(kind, name)
    if total not in values and name == "outcomes":
        total = "received"
    if len(values.get(total, ())) != 1 or None in values[total]:
        return None
    summed, stated = sum(i["count"] for i in items), next(iter(values[total]))
    unit = unit_of(kind)
    wrong = [(i, share.strip()) for share, i in zip(shares, items)
             if stated and not share_agrees(share, i["count"], stated)]  # none are shares of 0: the sum says it
    if wrong:
        item, share = wrong[0]
        said = (f"“{item['name']}”{item['count']} {unit}占“{FIGURES[kind].model_fields[total].title}”{stated} {unit}的 "
                f"{percent_text(share_of(item['count'], stated))}，而原文写的占比为 {share}：请核对后改正其中一处")
        if faults is not None and said not in faults:
            faults.append(said)
        return None
    words = f"“{FIGURES[kind].model_fields[total].title}”"
    if total != list_total(kind, name) and still_open and (carried is not None or not carried_named):
        # those received (and carried over) answered but the ones still open: exactly, and never more
        if carried:
            words, stated = f"{words}{stated} {unit}与上年结转的 {carried} {unit}之和", stated + carried
        if summed + still_open == stated:
            return {name: items}
        if summed + still_open > stated and faults is not None \
                and (said := disagreement(kind, name, summed, stated - still_open,
                                          f"{words}{stated} {unit}减去尚未办结的 {still_open} {unit}")) not in faults:
            faults.append(said)
        return None
    if summed == stated:
        return {name: items}
    if summed < stated and "partial" in figure_fields(kind)[2]:
        return {name: items, "partial": True}
    if total != list_total(kind, name) and (carried or carried_named):  # answers this year to last year's applications too
        if carried is None or summed <= stated + carried:
            return {name: items} if summed > stated else None
        words, stated = f"{words}{stated} {unit_of(kind)}与上年结转的 {carried} {unit_of(kind)}之和", stated + carried
    # outcomes of the applications received (no 答复 given) may be fewer, some unanswered, but never more
    if faults is not None and (total == list_total(kind, name) or summed > stated) \
            and (said := disagreement(kind, name, summed, stated, words)) not in faults:
        faults.append(said)
    return None
