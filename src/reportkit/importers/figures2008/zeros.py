"""Counts a sentence gives in words: of 0 (未收取任何费用、没有发生……行政复议、行政诉讼的情况: :func:`zero_counts`), one for each of several
things named together (行政复议、行政诉讼案件均为0件: :func:`each_counts`), and those a part says by “无” alone under its heading
(:func:`nothing`; a heading naming two parts in one: :func:`joined_halves`)."""
from __future__ import annotations

import re

from ...default_plugins.annual_report.edition2008.spec import SECTIONS
from ...default_plugins.annual_report.figures.matters import OTHER_MATTERS
from ..labels import loose_2008, section_2008
from .clauses import ANYONE, CLAUSE, OTHER_PERIOD, SOME, not_the_agency_s, other_period, other_year
from .fields import Found, typed


#: A count of 0 written in words (未收取任何费用、没有发生……行政复议、行政诉讼的情况、尚未收到……申请; fees as the
#: agency's rule too: 不收取任何费用): the negation, what it may say between (发生、因……引起的), the things counted
#: (``list``), and nothing after them but (等)的情况 ….
_NEG = "(?:尚未|均未|从未|并未|没有|不存在|未|无)"
_ZERO_END = "等?(?:的)?(?:情况|事件|案件|事项|现象)?(?=[，。；,;：:]|$)"
#: Every kind of fee the model's ``charged`` counts, ending in 等 (未收取检索、复制、邮寄等费用); one kind alone is not all.
_FEE_KINDS = "(?:(?:检索|复制|邮寄|打印|装订|工本)(?:、|和|及)?)+等"
_CASE = "(?:被?(?:申请|提起|提出))?(?:行政)?(?:复议|诉讼|申诉)(?:申请|案件?)?"
_ZEROS = {
    "review": (re.compile(f"{_NEG}(?:发生|出现|引发|引起|产生|收到|接到|有)?过?(?:(?:因|针对|涉及)[^，。；、,;]{{0,16}}?)?"
                          f"(?:有关|相关|任何)?(?P<list>{_CASE}(?:(?:、|和|及|以及|与|或)?(?:{_CASE}))*){_ZERO_END}"),
               {"复议": "reviews", "诉讼": "suits", "申诉": "complaints"}),
    "fees": (re.compile(f"(?:(?:{_NEG}(?:[对向][^，。；,;]{{0,14}}?)?|不(?=收取))"
                        f"(?:收取过?(?:任何)?(?:(?:政府)?信息公开的?)?(?:相关)?(?:{_FEE_KINDS})?(?:任何)?|(?<=无|在|有)(?=收费)"
                        f"|(?:发生|有|进行)?过?(?:任何)?(?:费用)?(?=减免))"
                        f"(?P<list>费用|收费(?:及|和|与|、)减免|减免)(?:(?<=减免)(?:任何)?费用)?"
                        # all given free (一律免费、均免费提供): none charged, nothing said of waivers
                        f"|(?:一律|均|全部|全都|都|一概)(?:实行|予以)?(?P<free>免费)(?:提供|公开|查阅|办理|受理)?"
                        # 不收费、未收费、未发生收费: read only in a sentence about disclosure (:data:`_FEE_TOPIC`)
                        f"|(?:{_NEG}(?:发生|产生)?过?|不)(?P<bare>收费)){_ZERO_END}"),
             {"费用": "charged", "收费": "charged", "减免": "waived", "免费": "charged"}),
    "applications": (re.compile(f"{_NEG}(?:收到|接到|接收到|接收)过?(?:任何)?(?:{ANYONE})?[依有关申请公开政府信息的]{{0,12}}?"
                                f"(?P<list>申请|要求)书?{_ZERO_END}"), {"申请": "received", "要求": "received"}),
}
#: A sentence about the fees of disclosure, as 不收费 (no 收取) must be to give a fee of 0 (依申请公开政府信息不收费,
#: 申请人查阅、复制不收费), and one about the agency's services, whose 不收费 or 一律免费 is none of disclosure's
#: (办事项目均注明不收费, 行政许可事项一律免费).
_FEE_TOPIC = re.compile("信息公开|依申请|政府信息|申请人|检索|复制|查阅|收费(?:及减免)?情况")
#: What a clause may say before a bare 不收费 for it to be the agency's rule (本局不收费、我局2013年度未收费): every
#: fee sentence is read in the part on the fees of disclosure, so a 不收费 of the agency itself is about them; one of
#: a thing named (防汛物资调用不收费) is not.
_FEE_SELF = re.compile("(?:(?:本|我|该)(?:机关|单位|部门|局|委员会|委|办公室|办|厅|院|署|站|所|中心|政府|府)"
                       "|本年度?|\\d{4}年度?|全年|今年|目前|对此|一直|始终|均|一律|都|依法|\\s)*")
_FEE_OTHER = re.compile(f"{OTHER_MATTERS.pattern}|办事|证照|办证|行政事业性|服务项目")
_PARTIAL = re.compile(f"{SOME}|减|免")
#: An exception earlier in the sentence (除工本费外，未收取任何费用): the zero after it is not all, unless the exception
#: is a count of another thing counted (除行政复议1件外，没有发生行政诉讼: 0 诉讼).
_EXCEPT = re.compile("除([^。；;]*?)外[^。；;]*$")


#: A sum of money charged: 收取复制费12元, 收费0.5万元.
_CHARGED = re.compile(r"\d\s*[万千]?元")


def zero_counts(kind: str, text: str, place: str, year: int | None = None, agency: str = "") -> list[Found]:
    """The counts of 0 a free sentence writes in words, each thing counted once (没有复议、诉讼和申诉: three); none
    another ``year``'s (2011年未发生行政复议 in a 2012 report); a bare 不收费 where the sentence is about disclosure
    or the ``agency`` itself does not charge (:data:`_FEE_SELF`)."""
    if kind not in _ZEROS:
        return []
    pattern, fields = _ZEROS[kind]
    out = {}
    for found in pattern.finditer(text):
        clause = CLAUSE.search(text[:found.start()]).group()
        listed = found.lastgroup  # the things counted, or 一律免费 (the 免 of no waiver), or 不收费
        said = re.sub(ANYONE, "", text[found.start():found.start(listed)]) + found["list"].replace("减免", "") \
            if listed == "list" else text[found.start():found.start(listed)]
        exception = _EXCEPT.search(text[:found.start()])
        excepted = re.findall("|".join(fields), exception.group(1)) if exception and re.search(r"\d", exception.group(1)) \
            else None
        sentence = re.split("[。；;]", text[:found.start()])[-1] + re.split("[。；;]", text[found.start():])[0]
        if listed != "list" and (_CHARGED.search(sentence) or _FEE_OTHER.search(sentence)
                                 or listed == "bare" and not _FEE_TOPIC.search(sentence)
                                 and not _FEE_SELF.fullmatch(clause.replace(agency, "") if agency else clause)):
            continue  # 咨询服务一律免费，……收取复制费12元、办事项目均注明不收费: some service's, not disclosure's
        if _PARTIAL.search(clause + said + text[found.end(listed):found.end()]) or exception and not excepted \
                or other_period(text[:found.start()]) or OTHER_PERIOD.search(said) \
                or other_year(text[:found.start()], year):
            continue
        for word in re.findall("|".join(fields), found[listed]):
            if excepted and word in excepted:
                continue
            out.setdefault(fields[word], Found(fields[word], typed(kind, fields[word], "0"), place, found.group()))
    return list(out.values())


#: Things counted named together and given one count for each (行政复议、行政诉讼案件均为0件、各1件; 收费和减免均为0元;
#: ……的数量均为零), by kind: the things, the field each word names, the unit.
_EACH_THINGS = {"review": (_CASE, _ZEROS["review"][1], "[件起宗次个]"),
                "fees": ("(?:收取费用|收费|费用|减免)", {"收取费用": "charged", "收费": "charged", "费用": "charged",
                                                    "减免": "waived"}, "元")}
_EACH_COUNT = "(?:均|都|皆|各)(?:为|是)?\\s*(?:(?P<n>\\d+(?:\\.\\d+)?)|(?P<zero>零|〇))\\s*(?:{unit})?(?=[，。；,;]|$)"


def each_counts(kind: str, text: str, place: str, agency: str, year: int | None) -> list[Found]:
    """The counts a free sentence gives the things it names together, one for each (:data:`_EACH_THINGS`), where
    nothing in its clause makes them another period's, another organ's or someone's only."""
    if kind not in _EACH_THINGS:
        return []
    things, fields, unit = _EACH_THINGS[kind]
    pattern = (f"(?P<list>{things}(?:(?:、|和|及|以及|与|或)(?:{things}))+)[^，。；,;\\d]{{0,12}}?"
               + _EACH_COUNT.format(unit=unit))
    out = []
    for found in re.finditer(pattern, text):
        span = found.span("n") if found.group("n") else found.span("zero")
        if other_period(text[:found.start()]) or re.search(SOME, CLAUSE.search(text[:found.start()]).group()):
            continue
        for field in dict.fromkeys(fields[word] for word in re.findall("|".join(fields), found.group("list"))):
            if not not_the_agency_s(kind, field, text, span, agency, year):
                out.append(Found(field, typed(kind, field, found.group("n") or "0"), place, found.group()))
    return out


def nothing(kind: str, heading: str, place: str) -> list[Found]:
    """The counts of 0 a part says by “无” alone under ``heading``: those its heading's words name (复议及诉讼 of
    因政府信息公开申请行政复议、提起行政诉讼的情况, 收费及减免), read as “无复议及诉讼” would be; of a heading naming two
    parts in one (:func:`joined_halves`), those each half names."""
    return [found for words in joined_halves(heading) or (loose_2008(heading),)
            for found in zero_counts(kind, f"无{words}", place)]


#: Where a heading's words (:func:`..labels.loose_2008`) join two parts' titles: 复议及诉讼|和|收费.
_JOINT = re.compile("及|和")


def joined_halves(heading: str) -> tuple[str, str] | None:
    """The words (:func:`..labels.loose_2008`) of the two parts with figures that ``heading`` names in one, in its
    order (复议及诉讼, 收费 of 行政复议、行政诉讼及收费情况 or 因政府信息公开申请行政复议、提起行政诉讼和收费的情况): its words
    cut at a 及 or 和 into two that each name another such part (:func:`..labels.section_2008`); None where no cut does
    (收费及减免 names one)."""
    words = loose_2008(heading)
    figured = {s.key for s in SECTIONS if s.figures}
    for joint in _JOINT.finditer(words):
        halves = words[:joint.start()], words[joint.end():]
        keys = [section_2008(half) for half in halves]
        if keys[0] != keys[1] and set(keys) <= figured:
            return halves
    return None
