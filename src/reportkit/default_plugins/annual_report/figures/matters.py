"""Counts of other matters than applications for information: other procedures, reviews and suits of other causes,
the organ as the review organ or as a party (R9's; the 2008 reader shares :data:`OTHER_MATTERS`, :data:`OTHER_CAUSE`
and :data:`NOT_ON_DISCLOSURE`).
"""
from __future__ import annotations

import re
from typing import Callable

from .periods import THE_YEARS
from .phrases import NEW_RECEIVED, PROCEEDINGS, READ
from .sentences import COUNT, NUMBER, OWN_SUBJECT, split_clauses

#: Matters other than applications for information, named before a count that does not say 公开: “行政许可方面，全年受理
#: 申请168件”, “排污申报方面，…”, “转办方面，…”. The 2008 reader's too (:mod:`reportkit.importers.figures2008`).
OTHER_MATTERS = re.compile("许可|审批|复议|诉讼|信访|投诉|举报|建议|提案|热线|工单|诉求|留言|转办|排污|监测")
#: A cause of reviews or suits other than disclosure, before their count in its clause (“因行政处罚被申请行政复议5件”, and
#: the suit of “因行政处罚被申请行政复议1件、被提起行政诉讼1件”) or as a clause of its own with no figure before it, which
#: is the cause of every clause after it in the sentence that says nothing of disclosure (“因行政处罚，被申请行政复议1件”,
#: both counts of “因行政处罚，被申请行政复议1件，被提起行政诉讼1件”; not “因行政处罚被申请行政复议1件，被提起行政诉讼1件”,
#: nor “…，因不服答复被提起行政诉讼1件”, nor 应对 the suits: “应对政府信息公开行政诉讼案件2起”). The 2008 reader's too.
_NOT_ON = r"(?![^，,。；;]*(?:公开|答复|(?<!被)申请))"
OTHER_CAUSE = re.compile(rf"(?:(?:因|就|(?<!应)对){_NOT_ON}|(?:因|由于){_NOT_ON}[^，,。；;\d]*[，,](?:{_NOT_ON}[^，,。；;]*[，,])*{_NOT_ON})"
                         "[^，,。；;]*$")
#: After their count, words that say the reviews or suits are not on disclosure: “被申请行政复议1件（不涉及政府信息公开）”,
#: “…1件，系因行政处罚引起”, “…1件，事由为不服行政处罚决定”, “…1件，均与政府信息公开无关”, “…3件，均针对行政处罚决定”,
#: “…3件，均涉及征收补偿” (not “均因不服答复引起”, “针对本局的政府信息公开答复”); or that some of them are on another matter:
#: “…15件，其中3件涉及行政处罚”, “…，其中涉及征收的3件” (the count takes in reviews on other matters, so it is no figure of
#: 表四, and its rest may be on other matters too; not where the sentence tells a part on disclosure: “…，其中12件涉及行政
#: 处罚、3件涉及政府信息公开”, :data:`.proceedings.DISCLOSURE_PART`'s).
_NOT_ON_AFTER = r"(?![^，,。；;）)]*(?:公开|答复|申请))"
_ON_MATTER = r"(?:涉及|关于|针对|因为?|由于)"
NOT_ON_DISCLOSURE = re.compile(r"(?:不|未|非|无)(?:涉及|属于|是|为|关于)?(?:政府)?信息公开"
                                r"|与(?:政府)?信息公开(?:工作)?(?:均|都)?无关"
                                rf"|因{_NOT_ON_AFTER}[^，,。；;）)]*(?:引起|引发|而起|提起)"
                                rf"|(?:事由|起因|案由)(?:为|是|系){_NOT_ON_AFTER}"
                                rf"|针对{_NOT_ON_AFTER}|(?:均|都|全部|皆)(?:系|为|是)?(?:涉及|关于){_NOT_ON_AFTER}"
                                rf"|其中(?![^。；;]*信息公开)(?:有?\s*{NUMBER}\s*[件起](?:案件)?(?:均|都)?(?:系|是)?{_ON_MATTER}"
                                rf"{_NOT_ON_AFTER}|{_ON_MATTER}{_NOT_ON_AFTER}[^，,。；;）)\d]+?的?(?:案件)?\s*{NUMBER}\s*[件起])")

#: Right after a phrase's figure, the other matters it counts: “办结14件人大代表建议和政协提案”, “办结3件行政复议案件”.
_MATTER_AFTER = re.compile(rf"\s*(?:行政)?(?:{OTHER_MATTERS.pattern}|处罚|案件|人大|政协|代表|委员|咨询|来信|来访|意见)")

#: A suit brought (“起诉”), not one dismissed (“驳回起诉”, “驳回原告的起诉”: an outcome).
SUED = r"(?<!驳回|原告|告的)起诉"
#: Where the outcomes of a count end: the sentence's end, or another proceeding (not the review organ: “行政复议机关均作出
#: 维持决定”).
PROCEEDING_END = re.compile(rf"[。；;！？!?]|行政复议(?!机关)|行政诉讼|被申请|被提起|{SUED}")


def other_matter(text: str, m: re.Match, value: Callable) -> bool:
    """Whether the phrase ``m`` of ``text`` counts something else than its cell: other matters named right after its
    figure (:data:`_MATTER_AFTER`; not of reviews or suits), applications received that do not say 公开 after other
    matters in the sentence (:data:`OTHER_MATTERS`; not after reviews or suits of the organ as a party only:
    :func:`_received_as_party`), reviews or suits with another cause before their count (:data:`OTHER_CAUSE`) or said
    not to be on disclosure after it, up to the next proceeding (:data:`NOT_ON_DISCLOSURE`)."""
    head = text[:m.start()]
    sentence = re.split(r"[。；;！？!?]", head)[-1]
    if value in PROCEEDINGS:
        end = PROCEEDING_END.search(text, m.end())
        return bool(OTHER_CAUSE.search(head) or NOT_ON_DISCLOSURE.search(text[m.end():end.start() if end else None]))
    return bool(_MATTER_AFTER.match(text, m.end())) or value is NEW_RECEIVED and "公开" not in m.group() \
        and bool(OTHER_MATTERS.search(sentence)) and not _received_as_party(sentence, m)


#: Reviews and suits named: the organ's as the review organ (“作为行政复议机关受理行政复议申请”), as a party (“被申请行政
#: 复议”, “行政应诉案件”) or as a topic (“行政复议方面，…”); and applications for information named (“政府信息公开申请”,
#: “依申请公开”), which end their topic.
_PROCEEDING_WORDS = re.compile("复议|诉讼|应诉")
_DISCLOSURE_WORDS = re.compile("公开申请|申请公开|依申请|公开的申请")
#: Reviews or suits said to be none, in a clause without a count: “未发生行政复议”, “没有被提起行政诉讼的情况”.
_NO_PROCEEDINGS = re.compile(r"(?:未|没有|无)[^，,]{0,6}(?:复议|诉讼|应诉)")
#: The organ as a party to reviews or suits (“被申请行政复议”, “被提起行政诉讼”, “以本局为被申请人”), not as the review organ.
_AS_PARTY = re.compile("被申请|被提起|被起诉|被诉|被告(?!知)")
_AS_REVIEW_ORGAN = re.compile("复议机关")


def of_proceedings(text: str, m: re.Match) -> bool:
    """Whether the phrase ``m`` of ``text``, a count of 表三's (:data:`.phrases.OF_TABLE_THREE`), counts reviews or
    suits: its sentence before it names reviews or suits after the last applications for information it names, not as
    none, and the phrase names none (“本局作为行政复议机关受理行政复议申请12件，办结10件”, “被申请行政复议4件，办结4件”; not “…，新收
    政府信息公开申请48件”). Reviews of disclosure (“其中涉及政府信息公开的3件，办结3件”) are no 表三's either: 表四's
    are read by their own phrases. Applications received (“收到申请48件”) after reviews or suits of the organ as a party
    only (“被申请行政复议4件，收到申请48件”) are for information: a party receives no applications for review."""
    head = re.split(r"[。；;！？!?]", text[:m.start()])[-1]
    named = [*_PROCEEDING_WORDS.finditer(head)]
    if not named or _DISCLOSURE_WORDS.search(head[named[-1].end():] + m.group()):
        return False
    clause = split_clauses(head[:named[-1].end()])[-1] + split_clauses(head[named[-1].end():])[0]
    if _received_as_party(head, m):
        return False
    return not (_NO_PROCEEDINGS.search(clause) and not COUNT.search(clause))


def _received_as_party(sentence: str, m: re.Match) -> bool:
    """Whether ``m`` is a count of applications received (“收到申请48件”) whose ``sentence`` before it names reviews and
    suits of the organ as a party only (:data:`_AS_PARTY`: “被申请行政复议4件，收到申请48件”): a party receives no
    applications for review, so they are for information. Accepted (受理) only with the year or the organ as its
    clause's subject (“…，全年受理申请48件”): a review organ accepts reviews (“被申请行政复议5件，受理申请4件”)."""
    said = m.group().startswith(("新收", "收到")) or m.group().startswith("受理") and any(
        p.search(split_clauses(sentence)[-1]) for p in (THE_YEARS, OWN_SUBJECT))
    return said and "申请" in m.group() and bool(_AS_PARTY.search(sentence)) and not _AS_REVIEW_ORGAN.search(sentence) \
        and all(w in ("复议", "诉讼") for w in OTHER_MATTERS.findall(sentence))


#: The report's year as a clause's subject (:func:`received_unnamed`).
_THIS_YEAR = re.compile("本年|今年|全年")


def received_unnamed(report, text: str, m: re.Match) -> bool:
    """Whether the count received or accepted ``m`` of ``text`` names no applications (“收到30件”) and is not said of
    them for certain: it is where the organ is its clause's subject after a count of applications received in its
    sentence (“全系统共收到政府信息公开申请120件，其中本局收到30件”), or the year (“上年收到申请48件，本年度收到55件”); not
    alone (“本局收到30件”: letters?), nor without either (“收到申请55件，受理50件”: accepted of those received?)."""
    if "申请" in m.group() or m.group().startswith("新收"):
        return False
    *before, clause = split_clauses(re.split(r"[。；;！？!?]", text[:m.start()].replace(report.agency, "本机关"))[-1])
    counted = any("申请" in r.group() for p, _cell, v in READ if v is NEW_RECEIVED for r in p.finditer("，".join(before)))
    return not (counted and (OWN_SUBJECT.search(clause) or _THIS_YEAR.search(clause)))


#: 申请 that names no application for information: of other procedures (“行政复议申请”, “行政许可申请”), or 依申请
#: 公开 as a kind of disclosure (“其中主动公开285件、依申请公开40件”).
_OTHER_APPLICATIONS = re.compile(r"(?:复议|诉讼|许可|审批|登记|补偿|赔偿)申请|依申请")

#: A topic of part 一 opening a paragraph (“（二）依申请公开。…”, “依申请公开方面，…”) or the heading above it (part 一's
#: “依申请公开”): the words before it.
_TOPIC_OPENS = r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])?\s*(?:在|关于)?"
#: Part 一's topics (主动公开 not as in 依申请公开).
TOPICS = ("主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障")


def on_topic(report, path: tuple, head: str, topic: str) -> bool:
    """Whether the paragraph at ``path``, up to a phrase (``head``), is on ``topic`` (:data:`TOPICS`), opening it or its
    heading, and names no other topic of part 一 (“…。政府信息管理方面，制发规范性文件2件，2件全部予以公开” is not on
    依申请公开)."""
    items, heading = getattr(report.sections, path[1]), ""
    for i in path[2:-1:2]:  # the headings above the paragraph, the nearest last
        heading, items = items[i].heading, items[i].content
    opens, other = re.compile(_TOPIC_OPENS + topic), "|".join(t for t in TOPICS if t != topic)
    return bool(opens.match(heading) or opens.match(head)) and not re.search(other, head)


def of_other_things(report, path: tuple, text: str, m: re.Match) -> bool:
    """Whether the result ``m`` (:data:`.phrases.RESULT_PHRASES`) may be of other things than applications: outside
    part 三, naming none, in a sentence that before it speaks of no application for information (“制发规范性文件2件，
    2件全部予以公开”, “收到行政复议申请12件，办结10件”; not “办结48件，其中24件予以公开”), in a paragraph not on 依申请公开 (:func:`on_topic`)."""
    sentence = _OTHER_APPLICATIONS.sub("", re.split(r"[。；;！？!?]", text[:m.start()])[-1])
    return path[1] != "applications" and not re.search("申请|办结|答复", sentence) and "申请" not in m.group() \
        and not on_topic(report, path, text[:m.start()], "依申请公开")
