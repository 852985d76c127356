"""Who a figure's clause speaks of: the organ, other organs (by name or as a whole), a part of the organ, a local
government's whole area.
"""
from __future__ import annotations

import re

from .sentences import NUMBER, ORGAN_PART, OTHER_ORGANS, OWN_SUBJECT, SUBJECT_END, TIME_SUBJECT, split_clauses

#: A clause that is only the other organs, the subject of the clauses after it: “全系统：…”, “县直各部门，…”.
_OTHERS_ONLY = re.compile(rf"\s*(?:其中|在|从|本年度?|全年|今年)?(?:{OTHER_ORGANS.pattern})[^，,：:\s（(]{{0,4}}"
                         r"(?:[（(][^）)]*[）)])?(?:共计?|合计)?\s*")

#: An organ named as a clause's subject: “市行政审批服务管理局作出…”, “县人民政府受理…”, “开发区管委会收到…”, “县人民医院
#: 收到…”, “城关镇收到…”, “县政府制发…” (not “本镇”, “城乡”).
_NAMED_ORGAN = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,}?(?:局|厅|委员会|管委会|署|政府|法院|医院|学校|[中小大]学|公司"
                          r"|(?<![本我全])镇|(?<![本我城全])乡)|[省市县区州旗盟]政府)(?:共计?|合计|全年|本年度?|今年|年内|依法|累计|已)*$")


def own_name(report, name: str) -> bool:
    """Whether ``name`` is the organ's own, in full or short (“市生态环境局” for 忻州市生态环境局, “县政府”, “城关镇” for
    城关镇人民政府, “开发区管委会” for 某开发区管理委员会), the time it may open with left out (“本年度县水利局”)."""
    def short(words: str) -> str:
        return words.replace("人民政府", "政府").replace("管理委员会", "管委会")
    name = short(re.sub(rf"^(?:{TIME_SUBJECT.pattern}|度)+", "", name))
    return any(agency.endswith(name) for agency in (short(report.agency), re.sub("政府$", "", short(report.agency))))


def others(report, text: str, start: int) -> str:
    """Who other than the organ the phrase at ``start`` of ``text`` speaks of, or "": other organs
    (:data:`OTHER_ORGANS`, or one by name: :data:`_NAMED_ORGAN`) or a part of the organ (:func:`_part_named`), named
    in its clause or as the subject of an
    earlier clause of its sentence, the later clauses having none of their own (“全系统共受理申请120件，办结118件”,
    “县政务服务中心受理…45件，办结45件”: the 118, the 45 are theirs too). The organ named again ends them (“…，本局新收…
    48件，办结48件”); other organs named in a clause that gives no count of theirs are no subject (“按照全省统一部署，
    本年度共办结…”)."""
    sentence = re.split(r"[。；;！？!?]", text[:start].replace(report.agency, "本机关"))[-1]
    for i, clause in enumerate(reversed(split_clauses(sentence))):
        subject = SUBJECT_END.split(clause, maxsplit=1)[0].strip()
        if OWN_SUBJECT.search(subject) and not OTHER_ORGANS.search(subject):  # not “本局及所属单位”
            return ""
        if ORGAN_PART.search(subject):
            return subject if _part_named(report, subject) else ""
        named = _NAMED_ORGAN.search(subject)
        if named and not own_name(report, named.group("name")):
            return named.group("name") if not i or re.search(rf"{NUMBER}\s*件", clause) else ""
        said = OTHER_ORGANS.search(clause)
        if said:
            whose = not i or re.search(rf"{NUMBER}\s*件", clause) or _OTHERS_ONLY.fullmatch(clause)
            return said.group() if whose else ""
    return ""


def organ_part(report, text: str, m: re.Match) -> bool:
    """Whether the clause before the phrase ``m`` in ``text`` ends with a part of the organ (:func:`_part_named`)."""
    return _part_named(report, re.split(r"[，,。；;：:！？!?]", text[:m.start()].replace(report.agency, ""))[-1].strip())


def _part_named(report, clause: str) -> bool:
    """Whether ``clause`` ends with a part of the organ (:data:`ORGAN_PART`) other than the report's own agency: not
    a unit of the agency's kind (“县政府办公室” in 某县人民政府办公室's report; its “秘书室” is a part), nor 本级 in a
    local government's (its own figure beside the area's: :func:`.check._area_figures`)."""
    part, own = ORGAN_PART.search(clause), ORGAN_PART.search(report.agency)
    return bool(part) and not (part.group("unit") and own and part.group("unit") == own.group("unit")
                               or part.group("own") and whole_area(report))


def whole_area(report) -> re.Pattern | None:
    """A local government's whole area as its text names it (“全县” for 某县人民政府), or None for other organs."""
    m = re.search(r"([省市县区州旗盟])人民政府$", report.agency)
    return re.compile(f"全{m.group(1)}") if m else None
