"""Text against tables (R9): figures in the narrative that state a table figure.

A sentence can cite a cell instead of repeating it: ``【表三：new_received.total】`` is replaced
by the cell's value when the report is built, so text and table never differ. The part after
the colon is the cell's keys in the data below ``tables.active_disclosure`` (表二),
``tables.applications`` (表三) or ``tables.review_litigation`` (表四), the column last; computed
totals can be cited too. Anything else in 【…】 (the 【请填写：…】 placeholders) is left alone.

Figures typed by hand are checked against a short list of unambiguous phrasings
(:data:`PHRASES`), kept narrow so that no example raises a false alarm.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from pydantic import BaseModel

from reportkit.errors import ERROR, WARNING
from reportkit.narrative import item_texts
from reportkit.registry import Finding

from .model import Amount, Change, Count, applications_values, format_amount, outcome_values, shown_outcomes, shown_values
from .tables import REVIEW_GROUPS, SECTIONS

#: A citation of a table cell: 【表三：new_received.total】.
CITATION = re.compile(r"【表([二三四])[：:]\s*([A-Za-z0-9_.]+)\s*】")
_TABLES = {"二": "active_disclosure", "三": "applications", "四": "review_litigation"}


def cited(report, table: str, keys: str) -> str | None:
    """The printed value of the cell ``keys`` (dotted, column last) of 表``table``, or None if there is no such cell."""
    *row, column = keys.split(".")
    if table == "三":
        return _text(shown_values(report).get(tuple(row), {}).get(column))
    if table == "四":
        group = getattr(report.tables.review_litigation, row[0], None) if len(row) == 1 else None
        return _text(shown_outcomes(group).get(column)) if isinstance(group, BaseModel) else None
    node = report.tables.active_disclosure
    for key in keys.split("."):
        if not isinstance(node, BaseModel) or key not in type(node).model_fields:
            return None
        node = getattr(node, key)
    if isinstance(node, Amount):
        return format_amount(node.value)
    return str(node.value) if isinstance(node, (Count, Change)) else None


def _text(value) -> str | None:
    return None if value is None else str(value)


def resolve(report):
    """``report`` with every citation in its narrative replaced by the cell's value (for the build)."""
    def text(value: str) -> str:
        return CITATION.sub(lambda m: cited(report, m.group(1), m.group(2)) or m.group(), value)

    def items(values: list) -> list:
        return [text(v) if isinstance(v, str) else v.model_copy(update={
            "heading": text(v.heading), "content": items(v.content)}) for v in values]

    sections = report.sections.model_copy(update={
        key: items(getattr(report.sections, key)) for key, _label, _hint in SECTIONS})
    return report.model_copy(update={"sections": sections})


def narrative(report) -> Iterator[tuple[tuple, str]]:
    """``(path, text)`` of every paragraph and heading of the six sections."""
    for key, _label, _hint in SECTIONS:
        yield from item_texts(getattr(report.sections, key), ("sections", key))


def check_citations(report) -> Iterator[Finding]:
    """R9: every 【表X：…】 names a cell of its table."""
    for path, text in narrative(report):
        for m in CITATION.finditer(text):
            if cited(report, m.group(1), m.group(2)) is None:
                yield Finding(ERROR, (
                    f"引用“{m.group()}”在表{m.group(1)}中找不到：冒号后写数据中 tables.{_TABLES[m.group(1)]} 下的键，"
                    "以点分隔、列名在最后，例如【表三：new_received.total】"
                ), path, m.group())


# Each cell's value as the table shows it and as its parts add up (the same unless a typed 总计 is wrong: R2, R3, R5),
# and the citation that prints it (none for a sum of cells).
def _sum(*getters: Callable) -> Callable:
    return lambda report: (*map(sum, zip(*(g(report)[:2] for g in getters))), None)


def _t3(row: str) -> Callable:
    return _t3_key((row,) if row != "results" else ("results", "total"))


def _t3_result(row: str) -> Callable:
    return _t3_key(("results", row))


def _t3_key(key: tuple) -> Callable:
    cite = f"【表三：{'.'.join(key)}.total】"
    return lambda report: (shown_values(report)[key]["total"], applications_values(report)[key]["total"], cite)


def _t4(group: str) -> Callable:
    def value(report):
        outcomes = getattr(report.tables.review_litigation, group)
        return shown_outcomes(outcomes)["total"], outcome_values(outcomes)["total"], f"【表四：{group}.total】"
    return value


def _t2(row: str, *columns: str) -> Callable:
    def value(report):
        cells = getattr(report.tables.active_disclosure, row)
        column = next(c for c in columns if c in type(cells).model_fields)
        figure = getattr(cells, column).value
        return figure, figure, f"【表二：{row}.{column}】"
    return value


_NEW_RECEIVED = _t3("new_received")
_CARRIED_FORWARD, _RESULTS, _GRANTED, _PARTLY_GRANTED = (
    _t3("carried_forward"), _t3("results"), _t3_result("granted"), _t3_result("partly_granted"))
#: What becomes of applications: said of part of them (:func:`_of_part`), these are no table's.
_OF_APPLICATIONS = (_CARRIED_FORWARD, _RESULTS, _GRANTED, _PARTLY_GRANTED)
_RECONSIDERATION = _t4("reconsideration")
_LITIGATION = _sum(_t4(REVIEW_GROUPS[1][0]), _t4(REVIEW_GROUPS[2][0]))

#: R9's advice to cite the cell instead of typing its figure: a data file's (``reportkit check`` of a published report
#: leaves it out).
CITE_ADVICE = "，或把数字写成引用{}，由 reportkit 填入表中的数"
#: (phrase with the figure as its group, the cell in words, the cell's values and citation). Each phrase ends in 件
#: right after the figure and allows no words between keyword and figure that could qualify it (其中, 同比 …) but 共计.
PHRASES: tuple[tuple[re.Pattern, str, Callable], ...] = tuple((re.compile(p), cell, value) for p, cell, value in (
    (r"(?:新收|收到|受理)(?:政府信息)?公开申请(?:共计?|合计|总计)?(\d+)件", "表三“一、本年新收政府信息公开申请数量”的总计", _NEW_RECEIVED),
    (r"上年结转(?:政府信息公开申请)?(\d+)件", "表三“二、上年结转政府信息公开申请数量”的总计", _t3("carried_over")),
    (r"结转下一?年度?(?:继续)?办理(\d+)件", "表三“四、结转下年度继续办理”的总计", _CARRIED_FORWARD),
    (r"办结(?:政府信息公开申请|申请)?(?:共计?|合计|总计)?(\d+)件", "表三“三、本年度办理结果（七）总计”", _RESULTS),
    (r"予以公开(\d+)件", "表三“（一）予以公开”的总计", _GRANTED),
    (r"(?<![或和及与、])部分公开(\d+)件", "表三“（二）部分公开”的总计", _PARTLY_GRANTED),
    (r"被申请行政复议(\d+)件", "表四“行政复议”的总计", _RECONSIDERATION),
    (r"被提起行政诉讼(\d+)件", "表四两类“行政诉讼”的总计之和", _LITIGATION),
    (r"(?:作出|做出)行政处罚决定(\d+)件", "表二“行政处罚”的处理决定数量", _t2("administrative_penalty", "decisions")),
    (r"(?:作出|做出)行政许可决定(\d+)件", "表二“行政许可”的处理决定数量", _t2("administrative_licensing", "decisions")),
    (r"制发(?:行政)?规范性文件(\d+)件", "表二“（行政）规范性文件”的本年制发（2019 版：本年新制作）数量",
     _t2("normative_documents", "issued", "newly_made")),
))


#: The clause before a phrase speaks of another year (“2020年收到…”, “比上年收到…”), of several (累计, 以来), of a
#: change (同比多收到…), of part of the year (每月, 3月份; not 1月至12月), of other organs (全县, 各乡镇) or of one
#: channel or kind of applicant (网上收到…, 通过信函收到…; not 通过网站、信函等方式收到…): its figure is no table's.
_NOT_THE_TABLE = re.compile(
    r"上一?年|去年|往年|历年|同期|累计|以来|至今|同比|环比|(\d{4})年"
    r"|每月|月均|平均|季度|上半年|下半年"
    r"|(?<![\d一二三四五六七八九十至到~—－-])[\d一二三四五六七八九十]+月份?(?![\d一二三四五六七八九十日底末至到~—－-])"
    r"|全(?:国|省|市|区|县|州|旗|盟)|各(?:级|地|乡镇|街道|部门|单位|县|区|市|成员单位)|[县市区]直|下属|所属"
    r"|(?:网上|网络|在线|线上|网站|门户|平台|窗口|信函|邮寄|当面|现场|传真|邮件|电话|自然人|法人|企业)(?![^等]*等)")
#: A count of applications that takes in last year's carried over: “受理申请59件（含上年结转4件）”.
_WITH_CARRIED = re.compile(r"^\s*[（(，,]?\s*(?:其中|含|包括|包含)+(?:上一?年度?结转|结转上一?年度?)")
#: After a count of all reviews or suits, the part about disclosure, which is 表四's: “被申请行政复议15件，其中涉及政府信息
#: 公开的2件”.
_DISCLOSURE_PART = re.compile(r"^\s*[（(，,]?\s*其中(?:涉及|关于|因|属于)?政府信息公开(?:工作)?(?:方面|类|领域)?的?"
                              r"(?:行政复议|行政诉讼|案件|复议|诉讼)?(?:案件)?(\d+)件")


#: A clause that makes part of the applications the sentence's subject: last year's carried over (“上年结转的4件申请”,
#: “去年遗留的”), those on one matter (“其中涉及…的9件”, “对…的申请”; not “对收到的申请”). “上年结转4件” in a list of
#: counts is no subject.
_PART_SUBJECT = re.compile(
    r"^\s*(?:[本我](?:机关|单位|部门|局|委|办|厅|院|府))?"
    r"(?:(?:上一?年度?|去年|往年)(?:结转|遗留|转入|未办结)[^的]*的|其中[^的]*的|(?:涉及|关于|有关)[^的]*的"
    r"|对于?(?!(?:本年度?|全年|今年)?(?:新收|收到|受理)?的)[^的]*的[^的]*申请)")
#: A clause that speaks of the year's applications again: “全年共办结…”, “收到…”.
_WHOLE_SUBJECT = re.compile(
    r"(?:全年|本年度?|今年|年内)(?:共计?|合计|总计)?(?:新收|收到|受理|办结|办理|答复)|新收|收到|受理|全部申请|所有申请")


def _of_part(report, text: str, end: int) -> bool:
    """Whether the sentence of ``text`` up to ``end`` is about part of the applications (:data:`_PART_SUBJECT`) from a
    clause on, with no clause after it that speaks of the year's (:data:`_WHOLE_SUBJECT`)."""
    sentence = re.split(r"[。；;！？!?]", text[:end].replace(report.agency, ""))[-1]
    part = False
    for clause in re.split(r"[，,：:]", re.sub(r"其中\s*[，,：:]", "其中", sentence)):
        part = bool(_PART_SUBJECT.search(clause)) or (part and not _WHOLE_SUBJECT.search(clause))
    return part


def _not_the_table(report, text: str, start: int) -> bool:
    """Whether the clause of ``text`` before ``start`` says its figure is not the table's (:data:`_NOT_THE_TABLE`): a
    year other than the report's, last year …"""
    clause = re.split(r"[，,。；;：:！？]", text[:start])[-1].replace(report.agency, "")
    return any(m.group(1) is None or int(m.group(1)) != report.year for m in _NOT_THE_TABLE.finditer(clause))


def check_figures(report) -> Iterator[Finding]:
    """R9: a figure typed in the narrative that states a table figure equals the table. A phrase whose clause says it
    is not the table's (:data:`_NOT_THE_TABLE`), or whose sentence is about part of the applications (:func:`_of_part`),
    is not compared; a count of applications said to include last year's carried over is new + carried over; a count of
    reviews or suits followed by “其中涉及政府信息公开的 N 件” is all the organ's, N is 表四's."""
    carried = shown_values(report)[("carried_over",)]["total"]
    for path, text in narrative(report):
        if path[-1] == "heading":
            continue
        for pattern, cell, value in PHRASES:
            for m in pattern.finditer(text):
                if _not_the_table(report, text, m.start()) \
                        or value in _OF_APPLICATIONS and _of_part(report, text, m.end()):
                    continue
                stated, said, (table, parts, cite) = int(m.group(1)), m.group(), value(report)
                at = said
                if value is _NEW_RECEIVED and _WITH_CARRIED.search(text[m.end():]):
                    table, parts = table + carried, parts + carried
                part = _DISCLOSURE_PART.search(text[m.end():]) if value in (_RECONSIDERATION, _LITIGATION) else None
                if part:
                    stated, said = int(part.group(1)), text[m.start():m.end() + part.end()]
                    at = text[m.end():m.end() + part.end()].lstrip(" （(，,")  # points at N, not at the count of all
                if stated not in (table, parts):  # a wrong typed 总计 is its own rule's, not counted twice
                    fix = CITE_ADVICE.format(cite) if cite else ""
                    yield Finding(WARNING, f"正文写的是“{said}”，而{cell}为 {table}：请改正其中一处{fix}", path, at)
