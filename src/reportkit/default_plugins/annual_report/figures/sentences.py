"""A sentence's clauses and their subjects (the organ, other organs, a part of the organ, a year), as R9 and the
2008 reader (:mod:`reportkit.importers.figures2008`) read them; the numerals of a count.
"""
from __future__ import annotations

import re

from reportkit.attachments import year_pattern

#: A count's numerals: Arabic (also full-width) or Chinese (“两件”, “四十八件”; not “零件”); not the end of others (the
#: 二百 of “一千二百件”, the 2 of “1.2万件”), of a range (“3至5件”) or of an estimate (“几十件”).
NUMBER = r"(?<![\d.．〇零一二两三四五六七八九十百千万亿几数至~～—－-])(?:\d+|[一二两三四五六七八九十百][〇零一二两三四五六七八九十百]*)"

#: A count in a sentence (“5件”, not “第5件”), not inside brackets.
COUNT = re.compile(rf"(?<!第)(?P<n>{NUMBER})\s*件")

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


def split_clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence``: parted at commas and colons, and at “、” after a count where the next has a subject
    of its own (“全系统新收申请120件、本局新收30件”, “上年新收40件、本年新收48件”: :func:`_has_subject`); not where
    it has none, its count still said of the subject, year or change before (“上年新收申请40件、办结38件”, “同比增加
    12件、8件”)."""
    clauses = []
    for clause in re.split(r"[，,：:]", sentence):
        first, *others = re.split(r"(?<=件)\s*、", clause)
        clauses.append(first)
        for piece in others:
            if _has_subject(piece):
                clauses.append(piece)
            else:
                clauses[-1] += "、" + piece
    return clauses


def _has_subject(clause: str) -> bool:
    """Whether ``clause`` names before its count's verb or figure (:data:`SUBJECT_END`) the organ, other organs, a
    part of the organ (:data:`OWN_SUBJECT`, :data:`OTHER_ORGANS`, :data:`ORGAN_PART`) or a year (本年, 上年 …)."""
    subject = SUBJECT_END.split(clause, maxsplit=1)[0].strip()
    return any(p.search(subject) for p in (OWN_SUBJECT, OTHER_ORGANS, ORGAN_PART, TIME_SUBJECT))
