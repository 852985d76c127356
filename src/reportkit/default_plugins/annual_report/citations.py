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

from reportkit.attachments import year_pattern, year_value
from reportkit.errors import ERROR, WARNING
from reportkit.narrative import item_texts
from reportkit.outline import numeral_value
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


def _t3_row(key: tuple) -> Callable:
    """A row of 表三 that only some editions have (2021's （六）2): its values, or None in an edition without it."""
    value = _t3_key(key)
    return lambda report: value(report) if key in shown_values(report) else None


def _t3_group(group: str) -> Callable:
    """A group of 表三's results as a whole (（三）不予公开 …): the sum of its rows (no cell to cite)."""
    def value(report):
        shown, values = shown_values(report), applications_values(report)
        rows = [key for key in shown if key[:2] == ("results", group)]
        return sum(shown[k]["total"] for k in rows), sum(values[k]["total"] for k in rows), None
    return value


_NEW_RECEIVED, _CARRIED_OVER = _t3("new_received"), _t3("carried_over")
#: Last year's carried over that were closed this year: at most 上年结转, some may go on (:func:`_closed_beyond_carried`).
_CARRIED_CLOSED = _t3("carried_over")
_CARRIED_FORWARD, _RESULTS, _GRANTED, _PARTLY_GRANTED = (
    _t3("carried_forward"), _t3("results"), _t3_result("granted"), _t3_result("partly_granted"))
#: 表三's （三） to （六）, each stated as a whole only in a list of counts (:func:`_one_kind`).
_DENIED, _UNABLE, _NOT_PROCESSED, _OTHER_HANDLING = map(
    _t3_group, ("denied", "unable_to_provide", "not_processed", "other_handling"))
_GROUPS = (_DENIED, _UNABLE, _NOT_PROCESSED, _OTHER_HANDLING)
#: 表三（六）2 of the 2021 edition: applications no longer handled because the fee notice went unpaid.
_UNPAID = _t3_row(("results", "other_handling", "overdue_fee"))
#: What becomes of applications: said of part of them (:func:`_of_part`), these are no table's.
_OF_APPLICATIONS = (_CARRIED_FORWARD, _RESULTS, _GRANTED, _PARTLY_GRANTED, *_GROUPS, _UNPAID)
_RECONSIDERATION = _t4("reconsideration")
_PENALTY, _LICENSING = _t2("administrative_penalty", "decisions"), _t2("administrative_licensing", "decisions")
_NORMATIVE = _t2("normative_documents", "issued", "newly_made")
#: Counts a later one after “其中” may be part of (:func:`_part_of_count`): not the new applications nor the reviews and
#: suits, whose part after “其中” is the organ's own (“其中县政府本级收到…”) or the disclosure ones (表四's).
_PARTED = (*_OF_APPLICATIONS, _PENALTY, _LICENSING, _NORMATIVE)
#: 表三's counts: of applications for information, not of reviews or suits (:func:`_of_proceedings`).
_OF_TABLE_THREE = (_NEW_RECEIVED, _CARRIED_OVER, *_OF_APPLICATIONS)
_LITIGATION = _sum(_t4(REVIEW_GROUPS[1][0]), _t4(REVIEW_GROUPS[2][0]))

#: R9's advice to cite the cell instead of typing its figure: a data file's (its ``published`` wording leaves it out).
CITE_ADVICE = "，或把数字写成引用{}，由 reportkit 填入表中的数"
#: The figure of a phrase: Arabic (also full-width) or Chinese numerals (“两件”, “四十八件”; not “零件”), spaces around it
#: allowed (“数量为 48 件”); not a figure given as about (“200余件” does not match, “50件左右” is left out), nor one in
#: 件次 (“受理申请50件次”: times, an application counted once for each item or each time it was sent, not the table's 件).
_NUMBER = r"(?:\d+|[一二两三四五六七八九十百][〇零一二两三四五六七八九十百]*)"
_FIGURE = rf"\s*(?P<n>{_NUMBER})\s*件(?!\s*(?:左右|上下|以上|以下|之多)|次)"
#: An aside between wording and figure: “新收政府信息公开申请（含电子邮件申请）48件”; none with a figure in it.
_ASIDE = r"(?:\s*[（(](?P<aside>[^（()）\d０-９]{1,30})[）)])?"
#: Words between wording and figure that give the count as a whole: “共计”, “数量为”.
_WHOLE = r"(?:(?:数量|总数|数)(?:为|是|达到?)|共计?|合计|总计|为|达到?)?"
#: Not right after “或”, “和”… (“予以公开或部分公开28件” is no count of 部分公开), but after “N件、” in a list.
_LISTED = r"(?:(?<![或和及与、])|(?<=件、))"
#: A fee notice left unpaid past its term (表三（六）2): “申请人逾期未缴纳费用”, “逾期未按收费通知要求缴纳费用”, “超过缴费
#: 期限未缴费”, “未在规定期限内缴纳信息处理费”.
_UNPAID_WORDS = (r"(?:申请人)?(?:(?:逾期|超期|超过(?:缴费)?期限)未|未在(?:规定|法定|通知)?的?期限内|未按[期时])"
                 r"(?:按(?:收费通知)?(?:要求|规定)?)?(?:(?:缴纳|缴交|交纳|缴付|支付)(?:信息处理)?(?:费用|费)?|缴费)")
#: Carried forward into next year (表三 四): “结转下年度继续办理”, “结转下年度”, “结转至下一年度处理”, “转入下年度办理”,
#: “结转至2024年度办理” (its year ``next``: the next year's only, :func:`_not_the_table`).
_FORWARD = (rf"(?:结转|转入)(?:至|到)?(?:下一?年度?|(?P<next>{year_pattern()})\s*年度?)"
            r"(?:继续)?(?:办理|处理|答复)?")
#: Last year's carried over: “上年结转申请”, “上年度结转的政府信息公开申请”, “去年结转”.
_CARRIED = r"(?:上一?年度?|去年)结转(?:的?(?:(?:政府)?(?:信息)?公开)?申请)?"
#: Closed, before or after :data:`_CARRIED`: “办结上年结转的申请”, “完成上年度结转”, “上年结转申请已办结”, “上年结转申请
#: （已）处理完毕”. Not 办理 (handled): “办理上年结转申请3件” are those carried over, all handled this year.
_CLOSED = r"(?:办结|办完|完成|答复|(?:处理|办理)(?:完毕|完成|完))了?"
#: The organ as the respondent of reviews: “以本局为被申请人的行政复议案件”, “本机关作为被申请人的复议申请”, “以我局为
#: 被申请人提起的行政复议” (被申请行政复议 in other words); an organ by its name (“以忻州市生态环境局为被申请人…”) as
#: its group ``respondent``, the report's only where it is the organ's name (:func:`_own_name`).
_RESPONDENT = (r"(?:(?:以|由)?[本我](?:机关|单位|部门|局|委|办(?!法)|厅|院|府|署)?"
               r"|(?:以|由)(?P<respondent>[\u4e00-\u9fff]{2,20}?(?:局|厅|委员会|委|办公室|署|政府|院|中心)))"
               r"(?:为|作为)被申请人(?:提起|提出|申请)?的?(?:行政)?复议(?:案件|申请)?")
#: (phrase with the figure as its group ``n``, the cell in words, the cell's values and citation). Each phrase allows
#: no words between keyword and figure that could qualify it (其中, 同比 …), only an aside and :data:`_WHOLE`; the
#: count of new applications allows a few words that name no kind of application (“受理公民、法人和其他组织的…申请”).
PHRASES: tuple[tuple[re.Pattern, str, Callable], ...] = tuple((re.compile(p + _ASIDE + _WHOLE + _FIGURE), cell, value)
                                                              for p, cell, value in (
    ((r"(?:新收|收到|受理)(?:的?申请|(?:到|的|各类|各种)*(?:公民、法人(?:和|或|及)其他组织(?:提出|提交)?的?)?"
      r"(?:政府)?(?:信息)?公开的?申请)"), "表三“一、本年新收政府信息公开申请数量”的总计", _NEW_RECEIVED),
    (r"(?<!办结|办完|完成|答复|完毕)(?<!办结了|办完了|完成了|答复了|完毕了)" + _CARRIED, "表三“二、上年结转政府信息公开申请数量”的总计",
     _CARRIED_OVER),
    (_FORWARD, "表三“四、结转下年度继续办理”的总计", _CARRIED_FORWARD),
    (r"办结(?:政府信息公开申请|申请)?", "表三“三、本年度办理结果（七）总计”", _RESULTS),
    (r"(?<!不)(?<!部分)予以公开", "表三“（一）予以公开”的总计", _GRANTED),
    (_LISTED + r"部分(?:予以)?公开", "表三“（二）部分公开”的总计", _PARTLY_GRANTED),
    (_LISTED + r"不予(?:以)?公开", "表三“（三）不予公开”各项之和", _DENIED),
    (_LISTED + r"无法提供", "表三“（四）无法提供”各项之和", _UNABLE),
    (_LISTED + r"不予处理", "表三“（五）不予处理”各项之和", _NOT_PROCESSED),
    (_LISTED + r"其他处理", "表三“（六）其他处理”各项之和", _OTHER_HANDLING),
    (_UNPAID_WORDS + r"(?:、行政机关不再处理其政府信息公开申请)?的?(?:申请|情形|情况)?",
     "表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用……”的总计", _UNPAID),
    (r"被申请行政复议", "表四“行政复议”的总计", _RECONSIDERATION),
    (_RESPONDENT, "表四“行政复议”的总计", _RECONSIDERATION),
    (r"被提起行政诉讼", "表四两类“行政诉讼”的总计之和", _LITIGATION),
    (r"(?:作出|做出)行政处罚决定", "表二“行政处罚”的处理决定数量", _PENALTY),
    (r"(?:作出|做出)行政许可决定", "表二“行政许可”的处理决定数量", _LICENSING),
    (r"制发(?:行政)?规范性文件", "表二“（行政）规范性文件”的本年制发（2019 版：本年新制作）数量", _NORMATIVE),
))
_CELLS = {value: cell for _pattern, cell, value in PHRASES}
#: Not joined to another result (“24件予以公开或部分公开”, “24件予以公开、部分公开”) nor said of some (“3件不予公开的答复”).
_ALONE = r"(?![的或和及与]|\s*、(?!\s*(?:\d|[一二两三四五六七八九十])))"
#: The figure before its noun, as reports also write it (“新收49件政府信息公开申请”, “本年度新收49件，…”, “本局新收30件
#: （全系统120件）”, “作出37件行政处罚决定”, “其中24件予以公开，5件部分公开”, “另有4件申请结转至2024年办理”): (phrase,
#: the cell's values), read as :data:`PHRASES` (“办结48件申请” is one of those); “收到（受理）N件” naming no applications
#: only as :func:`_received_unnamed` says. Not read: “办理行政处罚案件37件” (a case is no decision: it may end in none
#: or be pending).
FIGURE_FIRST: tuple[tuple[re.Pattern, Callable], ...] = tuple((re.compile(p + _ALONE + _ASIDE), value) for p, value in (
    (r"(?:新收|收到|受理)" + _WHOLE + _FIGURE + r"(?:(?:政府)?(?:信息)?公开)?申请", _NEW_RECEIVED),
    (r"(?:新收|收到|受理)" + _WHOLE + _FIGURE + r"(?=\s*(?:[，,。；;（()）]|$))", _NEW_RECEIVED),
    # atomic: not “3件结转下一年” before “度的申请”
    (_FIGURE + r"(?:(?:(?:政府)?(?:信息)?公开)?申请)?" + f"(?>{_FORWARD})", _CARRIED_FORWARD),
    (_FIGURE + r"(?:申请)?(?:(?:全部)?予以公开|全部公开)", _GRANTED),
    (_FIGURE + r"(?:申请)?部分(?:予以)?公开", _PARTLY_GRANTED),
    (_FIGURE + r"(?:申请)?不予(?:以)?公开", _DENIED),
    (_FIGURE + r"(?:申请)?无法提供", _UNABLE),
    (_FIGURE + r"(?:申请)?不予处理", _NOT_PROCESSED),
    (_FIGURE + r"(?:申请)?因?" + _UNPAID_WORDS, _UNPAID),
    (r"(?:作出|做出)" + _FIGURE + r"行政处罚决定", _PENALTY),
    (r"(?:作出|做出)" + _FIGURE + r"行政许可决定", _LICENSING),
    (r"制发" + _FIGURE + r"(?:行政)?规范性文件", _NORMATIVE),
))
#: A count of last year's carried over closed this year, read as :data:`PHRASES`: “办结上年结转的申请3件”, “完成上年度结转
#: 3件”, “上年结转申请已办结3件” (its cell's figure is no more than 上年结转: :func:`_closed_beyond_carried`).
_CLOSED_CARRIED = re.compile(rf"(?:{_CLOSED}{_CARRIED}|{_CARRIED}(?:中|里|当中)?(?:均|已|全部|现已)*{_CLOSED})"
                             + _ASIDE + _WHOLE + _FIGURE)
#: Every phrase read: (phrase, the cell in words, the cell's values).
_READ = PHRASES + tuple((pattern, _CELLS[value], value) for pattern, value in FIGURE_FIRST) \
    + ((_CLOSED_CARRIED, _CELLS[_CARRIED_OVER], _CARRIED_CLOSED),)
#: The results with their figure first (“24件予以公开”) and the phrases of 办结, 予以公开 … (“审核稿件612件，予以公开590件”, “办理
#: 信访事项56件，办结54件”): of applications only as :func:`_of_other_things` says (an unpaid fee notice is always an
#: application's, a count carried forward or over one too).
_RESULT_PHRASES = {pattern for pattern, value in FIGURE_FIRST if value in _OF_APPLICATIONS and value is not _UNPAID} \
    | {pattern for pattern, _cell, value in PHRASES if value in (_RESULTS, _GRANTED, _PARTLY_GRANTED, *_GROUPS)}
#: What became of applications with the figure first: after “对” of those applications only (:func:`_to_some`).
_FIGURE_FIRST_RESULTS = {pattern for pattern, value in FIGURE_FIRST if value in _OF_APPLICATIONS}


def _of_other_things(report, path: tuple, text: str, m: re.Match) -> bool:
    """Whether the result ``m`` (:data:`_RESULT_PHRASES`) may be of other things than applications: outside part 三,
    naming none, in a sentence that before it speaks of no application for information (“制发规范性文件2件，2件全部予以公开”, “收到行政
    复议申请12件，办结10件”; not “办结48件，其中24件予以公开”), in a paragraph not on 依申请公开 (:func:`_on_request`)."""
    sentence = _OTHER_APPLICATIONS.sub("", re.split(r"[。；;！？!?]", text[:m.start()])[-1])
    return path[1] != "applications" and not re.search("申请|办结|答复", sentence) and "申请" not in m.group() \
        and not _on_request(report, path, text[:m.start()])


#: A count in a sentence (“5件”, not “第5件”), not inside brackets.
_COUNT = re.compile(rf"(?<!第)(?P<n>{_NUMBER})\s*件")
#: Right before a count, words that make it the year's applications received: “在收到的7件申请中”.
_RECEIVED_BEFORE = re.compile(r"(?:新收|收到|受理)到?的?\s*(?:共计?|合计)?\s*$")


def _of_count_before(text: str, m: re.Match) -> bool:
    """Whether the result ``m`` of ``text`` tells what became of the count just before it in its sentence, a count
    no phrase reads as a table's (“网上申请5件，办结5件”, “自然人提出的4件申请中，3件予以公开”, “接受咨询32件，办结32件”):
    of some applications or of other things; not where the result's clause has a subject of its own (“…4件申请已全部
    办结，全年共办结50件”: :data:`_WHOLE_SUBJECT`, :data:`_TIME_SUBJECT`, :data:`_OWN_SUBJECT`). Counts in brackets
    are asides, not read."""
    head = re.split(r"[。；;！？!?]", text[:m.start()])[-1]
    if any(p.search(_clauses(head)[-1]) for p in (_WHOLE_SUBJECT, _TIME_SUBJECT, _OWN_SUBJECT)):
        return False
    start = m.start() - len(head)
    head = re.sub(r"[（(][^（()）]*[）)]", lambda b: "　" * len(b.group()), head)
    counts = list(_COUNT.finditer(head))
    if not counts:
        return False
    at = start + counts[-1].start("n")
    read = any(found.start("n") == at for pattern, _cell, _value in _READ for found in pattern.finditer(text))
    return not read and not _RECEIVED_BEFORE.search(head[:counts[-1].start()])


#: Words that make a count the year's whole: “全年”, “本年度”, “共”.
_THE_YEARS = re.compile(r"全年|本年度?|今年|年内|共计?|合计|总计")


def _to_some(text: str, m: re.Match) -> bool:
    """Whether the result ``m`` of ``text`` (:data:`_FIGURE_FIRST_RESULTS`) follows “对” (“对2件申请予以公开”, “对其中3件
    不予公开”): said of those applications, which may be some of the year's (“征求第三方意见后，对2件申请予以公开”), unless
    its sentence before says the year's (:data:`_THE_YEARS`: “全年对24件申请予以公开”) or gives a count of the
    applications received or closed (“办结申请48件，其中对24件申请予以公开”), also in the sentence before one that
    opens with 其中 (“办结申请48件。其中，对24件申请予以公开…”)."""
    head = text[:m.start()]
    if not re.search(r"对\s*(?:其中)?\s*$", head):
        return False
    *before, sentence = re.split(r"[。；;！？!?]", head)
    if before and re.match(r"\s*其中", sentence):
        sentence = before[-1] + "，" + sentence
    return not (_THE_YEARS.search(sentence)
                or any(p.search(sentence) for p, _cell, v in _READ if v in (_NEW_RECEIVED, _RESULTS)))


#: 申请 that names no application for information: of other procedures (“行政复议申请”, “行政许可申请”), or 依申请
#: 公开 as a kind of disclosure (“其中主动公开285件、依申请公开40件”).
_OTHER_APPLICATIONS = re.compile(r"(?:复议|诉讼|许可|审批|登记|补偿|赔偿)申请|依申请")


#: 依申请公开 as a paragraph's topic, opening it (“（二）依申请公开。…”, “依申请公开方面，…”) or the heading above it
#: (part 一's “依申请公开”); part 一's other topics.
_ON_REQUEST = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])?\s*(?:在|关于)?依申请公开")
_OTHER_TOPICS = re.compile("主动公开|政府信息管理|平台建设|监督保障")


def _on_request(report, path: tuple, head: str) -> bool:
    """Whether the paragraph at ``path``, up to a phrase (``head``), is on 依申请公开 (:data:`_ON_REQUEST`) and names no
    other topic of part 一 (“…。政府信息管理方面，制发规范性文件2件，2件全部予以公开” is not)."""
    items, heading = getattr(report.sections, path[1]), ""
    for i in path[2:-1:2]:  # the headings above the paragraph, the nearest last
        heading, items = items[i].heading, items[i].content
    return bool(_ON_REQUEST.match(heading) or _ON_REQUEST.match(head)) and not _OTHER_TOPICS.search(head)


#: Other organs than the report's: the whole area or system (全县, 全系统, 本局系统), each of several (各乡镇, 各部门), those
#: below it (局属单位).
OTHER_ORGANS = re.compile(r"全(?:国|省|市|区|县|州|旗|盟)|[全本我][局委厅]?系统|系统内|各(?:级|地|乡镇|街道|部门|单位|县|区|市|成员单位)"
                          r"|[县市区]直|下属|所属|[局委厅]属(?![于地])")
#: A year named: “2020年”, “二〇二〇年”.
_YEAR = rf"{year_pattern()}\s*年"
#: A holiday or the span of an event (“国庆节期间”, “春节假期”, “节假日”, “两会期间”, “在此期间”): part of the year; not the
#: year itself or a span of dates (“统计期间”, “报告期间”, “本年度期间”, “1月1日至12月31日期间”). The 2008 reader's too.
SHORT_SPAN = (r"元旦|春节|清明节|五一|劳动节|端午|中秋|国庆|节假日|节日|假期|黄金周|寒假|暑假|暑期|双休日|周末"
              r"|(?<!统计|报告)(?<![年度月日号底末])期间")
#: The clause before a phrase speaks of another year (“2020年收到…”, “二〇二〇年…”, “比上年收到…”), of several (累计,
#: 以来, 近三年, 五年来, 年均), of a plan (计划, 预计, 下一年度; not 结转下一年度), of a change (同比多收到…), of part of
#: the year (每月, 3月份, 国庆节期间: :data:`SHORT_SPAN`; not 1月至12月; ranges: :data:`_MONTHS`), of other organs
#: (全县, 各乡镇, 全系统), of one channel or kind of applicant (网上收到…, 通过信函收到…, 通过12345热线收到…; not 通过网站、
#: 信函等方式收到…) or of applications that cross the year's end (跨年度办结…: the carried over or forward only; not before a phrase that
#: names them, :data:`_CARRYING`): its figure is no table's.
_NOT_THE_TABLE = re.compile(
    rf"上一?年|去年|往年|历年|同期|累计|以来|至今|同比|环比|(?P<year>{year_pattern()})\s*年|(?P<across>跨年度?)"
    r"|近[\d一二两三四五六七八九十几]+年|(?<!\d)[\d一二两三四五六七八九十几]+年来|[年日周]均"
    r"|(?<![转至到入])下一?年|明年|来年|计划|预计|力争|争取|目标"
    rf"|每月|月均|平均|季度|上半年|下半年|{SHORT_SPAN}"
    r"|(?<![\d一二三四五六七八九十至到~—－-])[\d一二三四五六七八九十]+月份?(?![\d一二三四五六七八九十日底末至到~—－-])"
    rf"|{OTHER_ORGANS.pattern}"
    r"|(?:网上|网络|在线|线上|网站|门户|平台|窗口|信函|邮寄|当面|现场|传真|邮件|电话|热线|信箱|微信|公众号|小程序|客户端"
    r"|自然人|法人|企业)(?![^等]*等)")
#: A phrase that names applications carried over or forward (“上年结转…”, “结转下年度…”): every one of them crosses
#: the year's end, so “跨年度” before it says no more.
_CARRYING = re.compile(rf"上一?年度?结转|{_FORWARD}")
#: A count of applications that takes in last year's carried over: “受理申请59件（含上年结转4件）”.
_WITH_CARRIED = re.compile(r"^\s*[（(，,]?\s*(?:其中|含|包括|包含)+(?:上一?年度?结转|结转上一?年度?)")
#: A count of applications that takes in some that cross the year's end: “新收申请52件（含跨年度结转4件）”, last year's
#: carried over or this year's carried forward.
_WITH_ACROSS = re.compile(r"^\s*[（(，,]?\s*(?:其中|含|包括|包含)+跨年")
#: A count of 予以公开 that takes in 部分公开: “予以公开28件（含部分公开6件）”, “予以公开（含部分公开）28件”.
_WITH_PARTLY = re.compile(r"^\s*[（(，,]?\s*(?:其中)?(?:含|包括|包含)部分(?:予以)?公开")
#: After a count of all reviews or suits, the part about disclosure, which is 表四's: “被申请行政复议15件，其中涉及政府信息
#: 公开的2件” (“的两件”, “，涉及政府信息公开的2件”).
_DISCLOSURE_PART = re.compile(r"^\s*[（(，,]?\s*(?:其中(?:涉及|关于|因|属于)?|涉及|关于|属于)政府信息公开(?:工作)?(?:方面|类|领域)?的?"
                              rf"(?:行政复议|行政诉讼|案件|复议|诉讼)?(?:案件)?\s*(?P<n>{_NUMBER})\s*件")


#: A clause that makes part of the applications the sentence's subject: last year's carried over (“上年结转的4件申请”,
#: “去年遗留的”), those that cross the year's end (“跨年度办结…，予以公开…”, “跨年度结转的申请中”; not “跨年度结转下一
#: 年度…”), those on one matter (“其中涉及…的9件”, “对…的申请”; not “对收到的申请”), the carried over closed (“办结上年
#: 结转的申请3件，另有1件…”: the rest of them). “上年结转4件” in a list of counts is no subject.
_PART_SUBJECT = re.compile(
    r"^\s*(?:[本我](?:机关|单位|部门|局|委|办|厅|院|府))?"
    r"(?:(?:上一?年度?|去年|往年)(?:结转|遗留|转入|未办结)[^的]*的|(?P<across>跨年)(?!度?(?:结转|转入)(?:至|到)?下)|其中[^的]*的"
    r"|(?:涉及|关于|有关)[^的]*的|对于?(?!(?:本年度?|全年|今年)?(?:新收|收到|受理)?的)[^的]*的[^的]*申请"
    rf"|(?P<closed>(?:本年度?|今年|年内|全年)?(?:共计?|已|均已)?{_CLOSED}{_CARRIED}))")
#: Applications named by what a clause before 的 says of them, as a clause's subject: “通过网站提出的申请中”. Of some
#: only where it says more than the organ, the year and 收到 or 办结 (“本年度收到的申请中” are all).
_SOME_APPLICATIONS = re.compile(r"^\s*(?:在|从)?(?P<which>[^的，,]+)的(?:(?:政府)?信息公开)?申请(?:中|里|当中)")
_ALL_WORDS = re.compile(r"[本我全](?:机关|单位|部门|局|委|办|厅|院|府|署)|本年度?|全年|今年|年内|共计?|合计|已|所"
                        r"|新收|收到|受理|办结|办理|答复|处理|到|\s")


def _some_applications(clause: str) -> bool:
    """Whether ``clause`` opens with some of the applications as its subject (:data:`_SOME_APPLICATIONS`)."""
    found = _SOME_APPLICATIONS.match(clause)
    return bool(found and _ALL_WORDS.sub("", found.group("which")))


#: Last year's carried over as a sentence's first count, what became of them told next without a subject of its own:
#: “上年结转4件，已全部办结，办结4件”, “…，本年度已办结3件”, “…，其中1件结转下年度” (not “…上年结转4件，共办结48件”, a
#: list of counts).
_CARRIED_TOLD = re.compile(rf"{_CARRIED}{_WHOLE}\s*{_NUMBER}\s*件\s*$")
_TOLD_NEXT = re.compile(r"^\s*(?:(?P<of>其中)|(?:本年度?|今年|年内)?(?:均|全部|已|现已|目前已|也已)+)")
#: Last year's carried over as a clause's subject, with their count: “对上年结转的4件申请”, “上年度结转的4件申请中”; what
#: became of them is told in the clause after it (“…，共办结3件”, “…，已办结3件”).
_CARRIED_SOME = re.compile(rf"^\s*(?:对于?|在)?(?:上一?年度?|去年)结转(?:来)?的\s*{_NUMBER}\s*件(?:(?:政府)?(?:信息)?公开)?"
                           r"(?:申请)?(?:中|里|当中)?\s*$")
_TOLD_OF_SOME = re.compile(r"^\s*(?:本年度?|今年|年内)?(?:共计?|合计|均|全部|已|现已|目前已)*\s*$")
#: A clause that speaks of the year's applications again: “全年共办结…”, “收到…”, “本年度发出收费通知…”.
_WHOLE_SUBJECT = re.compile(
    r"(?:全年|本年度?|今年|年内)(?:共计?|合计|总计)?(?:新收|收到|受理|办结|办理|答复|发出)|新收|收到|受理|全部申请|所有申请")
#: After a count of the carried over closed, a total closed is the year's: “办结上年结转申请3件，共办结51件”.
_ALL_CLOSED = re.compile(rf"^\s*(?:共计?|合计|总计)\s*{_CLOSED}")


def _of_part(report, text: str, end: int, forward: bool = False) -> bool:
    """Whether the sentence of ``text`` up to ``end`` is about part of the applications (:data:`_PART_SUBJECT`) from a
    clause on, with no clause after it that speaks of the year's (:data:`_WHOLE_SUBJECT`; after the carried over
    closed, also a total closed: :data:`_ALL_CLOSED`). Of a count carried
    ``forward``, a clause on those that cross the year's end is a subject only where it says so with 的 or 中 (“跨年度
    结转的申请中，…”): a count of its own (“跨年度办理2件，结转下年度3件”) is beside it, every carried forward crossing
    the year's end too."""
    sentence = re.split(r"[。；;！？!?]", text[:end].replace(report.agency, ""))[-1]
    part, first, closed = False, True, False
    clauses = re.split(r"[，,：:]", re.sub(r"其中\s*[，,：:]", "其中", sentence))
    for before, clause in zip(["", *clauses], clauses):
        told = first and bool(_CARRIED_TOLD.search(before)) and bool(_TOLD_NEXT.search(clause))
        found = _PART_SUBJECT.search(clause)
        subject = bool(found) or _some_applications(clause)
        if found and forward and found["across"] and not re.search("[的中]", clause):
            subject = False
        whole = _WHOLE_SUBJECT.search(clause) or closed and _ALL_CLOSED.search(clause)
        part = told or subject or (part and not whole)
        closed = bool(found and found["closed"]) or closed and part
        first = first and not re.search(rf"{_NUMBER}\s*件", before)
    return part


def _closed_of_carried(text: str, m: re.Match) -> bool:
    """Whether the count closed ``m`` of ``text`` is told of last year's carried over right after their count
    (:data:`_CARRIED_TOLD`): after “其中” (“上年结转申请4件，其中办结3件”), or, their count the sentence's first, with
    “已” (“上年结转4件，本年度已办结3件”; not “新收申请48件，上年结转4件，已办结52件”, all of them); or right after a
    clause that makes them its subject (:data:`_CARRIED_SOME`: “对上年结转的4件申请，共办结3件”)."""
    *before, clause = _clauses(re.split(r"[。；;！？!?]", text[:m.start()])[-1])
    if before and _CARRIED_SOME.match(before[-1]) and _TOLD_OF_SOME.match(clause):
        return True
    told = _TOLD_NEXT.match(clause)
    if not (told and not clause[told.end():].strip() and before and _CARRIED_TOLD.search(before[-1])):
        return False
    return bool(told["of"]) or not any(re.search(rf"{_NUMBER}\s*件", b) for b in before[:-1])


def _closed_beyond_carried(report, path: tuple, text: str, m: re.Match, stated: int) -> Iterator[Finding]:
    """R9 on a count of last year's carried over closed this year (:data:`_CARRIED_CLOSED`, :func:`_closed_of_carried`):
    more than 表三's 上年结转 is wrong; fewer is not, the rest going on into the next year."""
    table, parts, _cite = _CARRIED_OVER(report)
    if stated > max(table, parts):
        said = m.group().strip()
        wrong = (f"正文写的是“{said}”，即本年度办结的上年结转申请有 {stated} 件，而表三“二、上年结转政府信息公开申请数量”的总计"
                 f"只有 {table} 件：办结的不会多于结转来的，请改正其中一处")
        yield Finding(WARNING, wrong + "（数据文件中上年结转的数写在 tables.applications.carried_over 下）", path, said,
                      published=wrong, skip=text.count(said, 0, m.start()))


#: A month's number: 1 to 12, in digits or Chinese numerals; a day's: 1 to 31.
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"[0-3]?\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
#: A span of months (“1至6月”, “3月1日至12月31日”, “截至11月底”, “截至二〇二三年十二月十五日”): the whole year only
#: from 1 January (or 截至) to the end of December (:func:`_whole_year`).
_MONTHS = re.compile(
    rf"(?:(?<!\d)(?P<first>{_MONTH})\s*(?:月份?(?:\s*(?P<first_day>{_DAY})\s*[日号])?)?\s*[至到~—－-]+|截至|截止到?)"
    rf"\s*(?:{_YEAR})?\s*(?P<last>{_MONTH})\s*月份?(?:\s*(?P<day>{_DAY})\s*[日号]|(?P<within>上旬|中旬|下旬|初))?")
#: A clause that only says when (“2020年，共收到…”, “截至11月底，…”, “上半年，…”, “国庆节期间，…”: :data:`SHORT_SPAN`):
#: it belongs to the clause after it, and, first in its sentence, to every clause of the sentence that names no year of
#: its own (“2020年，收到申请43件，予以公开17件”; not “2020年，…，本年度新收…”: :data:`_OWN_YEAR`).
_WHEN = re.compile(r"(?:在|于|截至|截止到?|自|从)?[\d〇○零一二三四五六七八九十年度月份日号至到~—－\-\s半季第上下全本今去前底末中旬初]*"
                   r"[年度月份日号底末旬初](?:以来|期间|内|中|里)?"
                   rf"|(?:在|于)?[^，,：:\d件]{{0,6}}?(?:{SHORT_SPAN})(?:期间|前后|当天|内|里|中)?")
#: A clause's own year, which the sentence's first clause saying when does not override.
_OWN_YEAR = re.compile(rf"{_YEAR}|本年|今年")
#: A year as a clause's subject: “2022年新收…”, “本年度…”, “上年…”.
_TIME_SUBJECT = re.compile(rf"{_YEAR}|本年|今年|全年|上一?年|去年|往年")


def _opening(clause: str) -> str:
    """The words saying when that ``clause`` opens with, one after another (“本年度国庆节期间”, “2023年1至6月”), or ""."""
    end = 0
    while (found := _WHEN.match(clause, end)) and found.end() > end:
        end = found.end()
    return clause[:end]


def _clauses(sentence: str) -> list[str]:
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
    """Whether ``clause`` names before its count's verb or figure (:data:`_SUBJECT_END`) the organ, other organs, a
    part of the organ (:data:`_OWN_SUBJECT`, :data:`OTHER_ORGANS`, :data:`_ORGAN_PART`) or a year (本年, 上年 …)."""
    subject = _SUBJECT_END.split(clause, maxsplit=1)[0].strip()
    return any(p.search(subject) for p in (_OWN_SUBJECT, OTHER_ORGANS, _ORGAN_PART, _TIME_SUBJECT))


def sentence_time(head: str) -> str:
    """The time the first clause of the last sentence of ``head`` (the text up to a figure) says for the figure's
    clause, or "": all of it where it only says when (“2020年，…”: :data:`_WHEN`), up to a clause that names a year of
    its own (“2020年，…，全年办结…” is 2020's); or the time it opens with (“两会期间收到申请2件，办结2件”; not “上年结转4件，
    …”, that count's own), up to a clause that names another time (“上年度办结申请39件、全年办结…”, “1至6月…，7至12月…”).
    The 2008 reader's too."""
    *before, clause = _clauses(re.split(r"[。；;！？!?]", head)[-1])
    if not before:
        return ""
    alone = bool(_WHEN.fullmatch(before[0].strip()))
    opening = "" if alone else _opening(before[0].strip())
    first = before[0] if alone else opening if opening and not re.match(
        "结转|遗留|转入", before[0].strip()[len(opening):]) else ""

    def own_time(later: str) -> bool:
        return bool(_OWN_YEAR.search(later)) if alone else bool(_TIME_SUBJECT.search(later) or _WHEN.match(later.strip()))

    return first if first and not any(map(own_time, (*before[1:], clause))) else ""


def _not_the_table(report, text: str, m: re.Match, upto: int | None = None, dated: bool = False) -> bool:
    """Whether the clause of ``text`` before the phrase ``m`` (:func:`_clauses`, with the clauses that say when it is:
    :data:`_WHEN`, and the time its sentence opens with where no clause after names a year of its own: “2022年收到…，
    办结…”, not “上年结转4件，办结…”), or the phrase's aside but one that says what the count includes (“（含…）”), says
    its figure is not the table's (:data:`_NOT_THE_TABLE`, :data:`_MONTHS`): a year other than the report's, last year,
    part of the year …, and where ``dated``, a day before the year's last (:data:`_DATE`); or the phrase follows 多 or
    少, a change told on from an earlier clause (“同比多收到申请5件，多办结5件”); or it names a year to carry forward
    into other than the next (“结转至2023年度办理” in 2023's report). The clause ends at ``upto`` where given."""
    head = text[:m.start() if upto is None else upto]
    if re.search(r"[多少]\s*$", head) \
            or m.groupdict().get("next") and year_value(m["next"]) != report.year + 1:
        return True
    head = head.replace(report.agency, "本机关")
    *before, clause = _clauses(re.split(r"[。；;！？!?]", head)[-1])
    first = sentence_time(head)
    while before and _WHEN.fullmatch(before[-1].strip()):
        clause = before.pop() + "，" + clause
    if first and before:
        clause = first + "，" + clause
    aside = m.groupdict().get("aside") or ""
    if not re.match(r"\s*(?:含|包括|包含)", aside):
        clause += "，" + aside
    spans = list(_MONTHS.finditer(clause))

    def inside(found: re.Match) -> bool:  # a span's month or day is not one of its own
        return any(s.start() <= found.start() < s.end() for s in spans)

    return not all(map(_whole_year, spans)) \
        or dated and any(not inside(d) and not _year_end(d) for d in _DATE.finditer(clause)) \
        or any(year_value(y["year"]) != report.year if y["year"]
               else not _CARRYING.match(m.group()) if y["across"]
               else not inside(y)
               for y in _NOT_THE_TABLE.finditer(clause))


#: A day or a part of a month outside a span (“3月15日”, “3月底”, “6月30日前”, “12月中旬”): a count said of it is of an
#: event or of the year so far, no table's; but not of the year's last day (“12月31日”, “12月底”: :func:`_year_end`).
_DATE = re.compile(rf"(?<![\d一二三四五六七八九十])(?P<month>{_MONTH})\s*月份?\s*"
                   rf"(?:(?P<day>{_DAY})\s*[日号]|(?P<end>底|末)|初|[上中下]旬)")


def _year_end(date: re.Match) -> bool:
    """Whether ``date`` (:data:`_DATE`) is the year's last day: 12月31日, 12月底, 12月末."""
    return numeral_value(date["month"]) == 12 and (bool(date["end"]) or numeral_value(date["day"] or "0") == 31)


def _whole_year(span: re.Match) -> bool:
    """Whether the span of months ``span`` (:data:`_MONTHS`) is the whole year: from 1 January (or 截至, to a date) to
    the end of December (“1至12月”, “截至12月31日”; not “截至12月20日”, “截至12月中旬”, “1月10日至12月31日”)."""
    return numeral_value(span["first"] or "1") == 1 and numeral_value(span["first_day"] or "1") == 1 \
        and numeral_value(span["last"]) == 12 and numeral_value(span["day"] or "31") == 31 and not span["within"]


#: The organ itself as a clause's subject (“本局新收…”, “全局新收…”; the agency's name reads as 本机关), not its
#: system (“本局系统”, “全局系统”: :data:`OTHER_ORGANS`).
_OWN_SUBJECT = re.compile(r"(?:[本我](?:机关|单位|部门|局|委|办(?!法)|厅|院|府|署)|全(?:局|委|厅|署)(?!性|观|意识))(?!系统)")
#: Where a clause's subject ends: its count's verb or figure (“局机关受理48件”).
_SUBJECT_END = re.compile(rf"新收|收到|受理|办结|办理|答复|作出|做出|制发|发出|{_NUMBER}\s*件")
#: A clause that is only the other organs, the subject of the clauses after it: “全系统：…”, “县直各部门，…”.
_OTHERS_ONLY = re.compile(rf"\s*(?:其中|在|从|本年度?|全年|今年)?(?:{OTHER_ORGANS.pattern})[^，,：:\s（(]{{0,4}}"
                         r"(?:[（(][^）)]*[）)])?(?:共计?|合计)?\s*")


#: An organ named as a clause's subject: “市行政审批服务管理局作出…”, “县人民政府受理…”.
_NAMED_ORGAN = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,}?(?:局|厅|委员会|署|政府|法院))(?:共计?|合计|全年|本年度?|今年|年内|依法|累计|已)*$")


def _own_name(report, name: str) -> bool:
    """Whether ``name`` is the organ's own, in full or short (“市生态环境局” for 忻州市生态环境局, “县政府” for 某县人民政府)."""
    def short(words: str) -> str:
        return words.replace("人民政府", "政府")
    return short(report.agency).endswith(short(name))


def _others(report, text: str, start: int) -> str:
    """Who other than the organ the phrase at ``start`` of ``text`` speaks of, or "": other organs
    (:data:`OTHER_ORGANS`, or one by name: :data:`_NAMED_ORGAN`) or a part of the organ (:func:`_part_named`), named
    in its clause or as the subject of an
    earlier clause of its sentence, the later clauses having none of their own (“全系统共受理申请120件，办结118件”,
    “县政务服务中心受理…45件，办结45件”: the 118, the 45 are theirs too). The organ named again ends them (“…，本局新收…
    48件，办结48件”); other organs named in a clause that gives no count of theirs are no subject (“按照全省统一部署，
    本年度共办结…”)."""
    sentence = re.split(r"[。；;！？!?]", text[:start].replace(report.agency, "本机关"))[-1]
    for i, clause in enumerate(reversed(_clauses(sentence))):
        subject = _SUBJECT_END.split(clause, maxsplit=1)[0].strip()
        if _OWN_SUBJECT.search(subject) and not OTHER_ORGANS.search(subject):  # not “本局及所属单位”
            return ""
        if _ORGAN_PART.search(subject):
            return subject if _part_named(report, subject) else ""
        named = _NAMED_ORGAN.search(subject)
        if named and not _own_name(report, named.group("name")):
            return named.group("name") if not i or re.search(rf"{_NUMBER}\s*件", clause) else ""
        said = OTHER_ORGANS.search(clause)
        if said:
            whose = not i or re.search(rf"{_NUMBER}\s*件", clause) or _OTHERS_ONLY.fullmatch(clause)
            return said.group() if whose else ""
    return ""


#: What may stand before “不予公开 N 件” (无法提供, 不予处理, 其他处理) in its clause, besides the organ (“其中本局不予公开
#: 5件”, “经审查不予公开3件”) and the year (“全年对3件申请不予公开”), for N to be the whole group: no reason that makes it
#: one row's (“属于国家秘密不予公开1件”).
_BARE_WORDS = r"(?:其中|依法|共计?|另有|均|对|决定|作出|做出|答复|予以|而|经(?:审查|审核|研究)|全年|本年度?|今年|年内)*"
_BARE = re.compile(f"^{_BARE_WORDS}$")
#: A reason that ends with 等 (“因涉及第三方合法权益等原因”, “属于国家秘密、商业秘密等情形的”): 等 takes in the other
#: reasons, and the reasons are the group's rows (表三's 1. to 8. under （三）不予公开 in both editions), so its count is
#: the group's whole. A 等 inside the reason (“因涉及国家秘密等敏感内容”) is not read so: what it takes in may be a
#: few rows.
_ALL_REASONS = re.compile(rf"等(?:原因|情形|情况|理由|事由)?的?{_BARE_WORDS}$")


def _one_kind(report, text: str, m: re.Match, value: Callable) -> tuple[str, int] | None:
    """The reason before “不予公开” (…) of the phrase ``m`` in ``text`` and where the words it is in start, where the
    count may be said of one kind (:func:`_kind_row` tells which, if any), not of its group ``value`` as a whole, else
    None: a reason in its clause (words other than :data:`_BARE`'s, which take in the year: “全年对3件申请不予公开” has
    none) or in its aside (“不予公开（属于国家秘密）1件”), or a clause before it in the sentence that is no count (“涉及
    商业秘密的，不予公开2件”, “本机关不掌握相关信息，无法提供9件”; not “予以公开22件，不予公开8件”, “其中22件予以公开，
    8件不予公开”, “全年对24件申请予以公开，对3件…”, nor one that only says when: “本年度，不予公开3件”). A reason
    ending with 等 (:data:`_ALL_REASONS`) is of the whole group, unless the paragraph gives another count of the group
    (“因属于国家秘密不予公开1件，因涉及第三方合法权益等原因不予公开4件”: the 4 are the rest; its reason then names no
    row)."""
    head = text[:m.start()]
    sentence = re.split(r"[。；;！？!?]", head.replace(report.agency, ""))[-1]
    *before, clause = re.split(rf"[，,：:]|(?<=件)、|、(?=\s*(?:{_NUMBER}\s*件|$))", sentence)
    before = [b.strip() for b in before if not _WHEN.fullmatch(b.strip())]
    clause = _OWN_SUBJECT.sub("", clause).strip()
    reason = m.group("aside") or (before[-1] if before and _BARE.match(clause) else clause)
    if _ALL_REASONS.search(reason.strip()):
        return ("", m.start()) if sum(len(p.findall(text)) for p, _cell, v in _READ if v is value) > 1 else None
    if m.group("aside") or not _BARE.match(clause) or before and not re.search(
            rf"件\s*$|中$|^{_BARE_WORDS}\s*{_NUMBER}\s*件", before[-1]):
        start = -1 if m.group("aside") else head.rfind(reason)  # the aside is in the phrase
        return reason, start + len(re.match(_BARE_WORDS, reason).group()) if start >= 0 else m.start()
    return None


#: The kinds of （三）不予公开, （四）无法提供, （五）不予处理 and （六）其他处理 by the reason a text gives: (row, its words) by
#: group. 商业秘密 and 个人隐私 are 第三方合法权益's (条例 第十五条; one row in both editions); （六）'s rows are the 2021
#: edition's only.
_KINDS = {
    _DENIED: ("denied", (
        ("state_secret", "国家秘密"),
        ("law_forbidden", r"法律(?:、|和|及)?(?:行政)?法规(?:明确)?禁止"),
        ("safety_stability", "三安全一稳定|国家安全|公共安全|经济安全|社会稳定"),
        ("third_party_rights", "第三方的?(?:合法)?权益|商业秘密|个人隐私"),
        ("internal_affairs", "内部事务"),
        ("process_information", "过程性信息"),
        ("enforcement_case", "执法案卷"),
        ("administrative_query", "查询事项"))),
    _UNABLE: ("unable_to_provide", (
        ("no_such_information", "不掌握|未掌握|没有掌握"),
        ("needs_creation", "另行制作|没有现成|无现成"),
        ("still_unclear", "不明确"))),
    _NOT_PROCESSED: ("not_processed", (
        ("petition_complaint", "信访|举报|投诉"),
        ("repeated", "(?<!大量)重复申请"),
        ("publications", "出版物"),
        ("mass_repeated", "大量(?:反复|重复)|反复申请"),
        ("confirm_or_reissue", "确认|重新出具"))),
    _OTHER_HANDLING: ("other_handling", (
        ("overdue_correction", "(?:逾期|超期|超过(?:补正)?期限)(?:不|未|没有)(?:按要求)?补正|未(?:在规定期限内|按期|按时)补正"),
        ("overdue_fee", _UNPAID_WORDS))),
}
#: A reason given right after the count, as a clause or an aside with no count in it: “对3件申请不予公开，均因涉及第三方
#: 合法权益”, “不予公开2件，原因是属于国家秘密”, “无法提供4件（系本机关不掌握）”.
_REASON_AFTER = re.compile(r"\s*(?:[，,]|(?P<open>[（(]))?\s*(?:(?:均|都|全部|皆)(?:是|系|为|属于?|因为?|由于|涉及)|是因为?|因为?|由于|系|属于?|涉及"
                           r"|其?(?:原因|理由)(?:是|为|系|在于|均为))(?P<reason>[^，,。；;！？!?（()）]*)(?(open)[）)]?)")


def _reason_after(text: str, m: re.Match) -> re.Match | None:
    """The reason right after the count ``m`` of ``text`` that makes it one kind's (:data:`_REASON_AFTER`), or None: not
    one with a count (“，涉及国家秘密1件、第三方合法权益2件”: the parts; “，因…等原因不予公开4件”: another count), nor one
    ending with 等, which takes in the other kinds (:data:`_ALL_REASONS`)."""
    found = _REASON_AFTER.match(text, m.end())
    reason = found.group("reason").strip() if found else ""
    return found if reason and "件" not in reason and not _ALL_REASONS.search(reason) else None


def _kinds_after(text: str, m: re.Match, value: Callable) -> int:
    """The sum of the counts of the group ``value`` that follow the count ``m`` (“不予公开1件”) in its sentence, its
    kinds (“，因涉及第三方合法权益不予公开1件，因属于国家秘密不予公开1件”), or 0. ``m`` is then the group's whole, its kinds
    told next (“不予公开2件，因…不予公开1件，因…不予公开1件”), or one more kind, its reason unsaid: not compared where
    they add up to more than it, else right where it is the table's or the table's less theirs. After “其中” they are
    its parts (0: “不予公开2件，其中因…不予公开1件”)."""
    end = re.search(r"[。；;！？!?]", text[m.end():])
    rest = text[m.end():m.end() + end.start() if end else None]
    if re.match(r"\s*[，,：:]?\s*其中", rest):
        return 0
    later = {f.start("n"): numeral_value(f["n"]) or 0 for p, _cell, v in _READ if v is value for f in p.finditer(rest)}
    return sum(later.values())


def _kind_row(report, value: Callable, reason: str) -> tuple | None:
    """The row of 表三 whose kind of the group ``value`` the ``reason`` names (:data:`_KINDS`), or None where it names
    none or several (“涉及国家秘密或第三方合法权益”; “国家秘密等敏感内容”, “信访、投诉、举报等诉求”: what 等 takes in may
    be other rows) or the report's edition has no such row (2019's （六）): the count is then compared with nothing."""
    group, kinds = _KINDS[value]
    named = [("results", group, row) for row, words in kinds if re.search(words, reason)]
    return named[0] if len(named) == 1 and "等" not in reason and named[0] in shown_values(report) else None


def _row_name(report, key: tuple) -> str:
    """A row of 表三 in words: 表三“（三）不予公开”中“4.保护第三方合法权益”的总计."""
    results = next(node for node in report.spec.applications if node.key == key[0])
    group = next(node for node in results.children if node.key == key[1])
    row = next(node for node in group.children if node.key == key[2])
    return f"表三“{group.label}”中“{row.label}”的总计"


#: A part of the organ as the subject just before a phrase (“局机关新收…”, “二级单位新收…”, “县政府办公室受理…”,
#: “法规科作出…”, “城关自然资源所收到…”): its tables may be the whole organ's or that part's only, so the part's figure is no table's.
_ORGAN_PART = re.compile(
    r"(?:(?P<own>本级)|[局委厅办院署府]机关|(?:二级|直属|下属|所属|基层)(?:单位|机构)"
    r"|(?P<unit>科|股|处|室|中心|办公室|大队|支队|分局|(?<![本我其之局委厅办院府关])所(?![属有])|站))"
    r"(?:共计?|合计|全年|本年度?|今年|年内|依法|累计|已)*$")


def _organ_part(report, text: str, m: re.Match) -> bool:
    """Whether the clause before the phrase ``m`` in ``text`` ends with a part of the organ (:func:`_part_named`)."""
    return _part_named(report, re.split(r"[，,。；;：:！？!?]", text[:m.start()].replace(report.agency, ""))[-1].strip())


def _part_named(report, clause: str) -> bool:
    """Whether ``clause`` ends with a part of the organ (:data:`_ORGAN_PART`) other than the report's own agency: not
    a unit of the agency's kind (“县政府办公室” in 某县人民政府办公室's report; its “秘书室” is a part), nor 本级 in a
    local government's (its own figure beside the area's: :func:`_area_figures`)."""
    part, own = _ORGAN_PART.search(clause), _ORGAN_PART.search(report.agency)
    return bool(part) and not (part.group("unit") and own and part.group("unit") == own.group("unit")
                               or part.group("own") and _area(report))


def _area(report) -> re.Pattern | None:
    """A local government's whole area as its text names it (“全县” for 某县人民政府), or None for other organs."""
    m = re.search(r"([省市县区州旗盟])人民政府$", report.agency)
    return re.compile(f"全{m.group(1)}") if m else None


def _area_figures(report) -> dict[Callable, set[int]]:
    """The figures a local government's text gives for its whole area (“全县共收到政府信息公开申请286件”), by cell:
    its tables may be the whole area's or its own (本级), so such a figure is not compared, but one equal to the table
    tells that the tables are the area's and a figure of its own (“其中县政府本级收到…55件”) is no table's."""
    area, figures = _area(report), {}
    for _path, text in narrative(report) if area else ():
        for pattern, _cell, value in _READ:
            for m in pattern.finditer(text):
                if area.search(_others(report, text, m.start())) and numeral_value(m.group("n")) is not None \
                        and not (value is _NEW_RECEIVED and _received_unnamed(report, text, m)):
                    figures.setdefault(value, set()).add(numeral_value(m.group("n")))
    return figures


#: A count said to take in another (:data:`_WITH_CARRIED`, :data:`_WITH_PARTLY`) is compared with the two together:
#: (wording, the other's values, the two cells in words; no cell to cite).
_INCLUDING = {_NEW_RECEIVED: (_WITH_CARRIED, _CARRIED_OVER,
                              "表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”的总计之和"),
              _GRANTED: (_WITH_PARTLY, _PARTLY_GRANTED, "表三“（一）予以公开”与“（二）部分公开”的总计之和")}


def check_figures(report) -> Iterator[Finding]:
    """R9: a figure typed in the narrative that states a table figure equals the table. A phrase whose clause says it
    is not the table's (:data:`_NOT_THE_TABLE`), that other organs or a part of the organ named earlier in its
    sentence give (:func:`_others`), or whose sentence is about part of the applications (:func:`_of_part`),
    is not compared, nor a result with its figure first that may be of other things (:func:`_of_other_things`) or of
    some applications (“对2件申请予以公开”: :func:`_to_some`), nor a count of 表三's that counts reviews or suits
    (:func:`_of_proceedings`), nor “收到 N 件” that may be of other things than applications (:func:`_received_unnamed`);
    a count of 不予公开 (无法提供, 不予处理, 其他处理) with a reason right after it is that kind's, compared with its row, or
    with nothing where the reason names none or several (:func:`_reason_after`, :func:`_kind_row`), and so is one with
    a reason before it (:func:`_one_kind`); a count of the group followed in its sentence by counts of its kinds may be
    its whole or one more kind (:func:`_kinds_after`); reviews with the organ named as the respondent are its own only
    where the name is its own (:func:`_own_name`);
    a count of last year's carried over closed this year is at most 上年结转 (:func:`_closed_beyond_carried`); a count
    of applications said to include last year's carried over is new + carried over (予以公开 said to include 部分公开
    the two together), one received or accepted (not “新收”: “共收到申请52件，其中新收…”) or said to include some that
    cross the year's end (:data:`_WITH_ACROSS`) may be either; a count of reviews or suits followed by “其中涉及政府信息
    公开的 N 件” is all the organ's, N is 表四's; a local government's text that gives the table's figure for its whole
    area makes its other figures of the cell no table's (:func:`_area_figures`)."""
    carried, area = shown_values(report)[("carried_over",)]["total"], _area_figures(report)
    for path, text in narrative(report):
        if path[-1] == "heading":
            continue
        for pattern, cell, value in _READ:
            for m in pattern.finditer(text):
                stated, cells = numeral_value(m.group("n")), value(report)
                if stated is None or cells is None or _not_the_table(report, text, m, dated=True) or _organ_part(report, text, m) \
                        or _others(report, text, m.start()) \
                        or m.groupdict().get("respondent") and not _own_name(report, m["respondent"]):
                    continue
                if value is _CARRIED_CLOSED or value is _RESULTS and _closed_of_carried(text, m):
                    yield from _closed_beyond_carried(report, path, text, m, stated)
                    continue
                if value in _OF_TABLE_THREE and _of_proceedings(text, m) \
                        or pattern in _FIGURE_FIRST_RESULTS and _to_some(text, m) \
                        or pattern in _RESULT_PHRASES and (_of_other_things(report, path, text, m)
                                                           or _of_count_before(text, m)) \
                        or value in _OF_APPLICATIONS and _of_part(report, text, m.end(), value is _CARRIED_FORWARD) \
                        or value in _PARTED and _part_of_count(report, text, m, value) or _other_matter(text, m, value) \
                        or value is _NEW_RECEIVED and _received_unnamed(report, text, m):
                    continue
                said, reason = m.group(), _reason_after(text, m) if value in _KINDS else None
                before = _one_kind(report, text, m, value) if value in _GROUPS and not reason else None
                kinds = _kinds_after(text, m, value) if value in _GROUPS and not (reason or before) else 0
                if reason or before:
                    row = _kind_row(report, value, reason.group("reason") if reason else before[0])
                    if row is None:
                        continue
                    said = text[m.start():reason.end()].rstrip() if reason else text[before[1]:m.end()]
                    cells, cell = _t3_key(row)(report), _row_name(report, row)
                elif kinds > stated:
                    continue
                table, parts, cite = cells
                at, where, read = m.group(), m.start(), {table, parts, table - kinds, parts - kinds}
                including = _INCLUDING.get(value)
                if including and _told_after(including[0], text, m):
                    more, cell = including[1](report), including[2]
                    table, parts, cite = table + more[0], parts + more[1], None
                    read = {table, parts}
                elif value is _NEW_RECEIVED and (not said.startswith("新收") or _told_after(_WITH_ACROSS, text, m)):
                    read |= {table + carried, parts + carried}  # “共受理申请52件”: may take in 上年结转
                part = _DISCLOSURE_PART.search(text[m.end():]) if value in (_RECONSIDERATION, _LITIGATION) else None
                if part:
                    stated, said = numeral_value(part.group("n")), text[m.start():m.end() + part.end()]
                    at = part.group().lstrip(" （(，,")  # points at N, not at the count of all
                    where = m.end() + part.end() - len(at)
                # a wrong 总计 is R2's (R3, R5); a part in no numerals read (“百件”) is compared with nothing
                if stated is not None and stated not in read and table not in area.get(value, ()):
                    wrong = f"正文写的是“{said}”，而{cell}为 {table}：请改正其中一处"
                    yield Finding(WARNING, wrong + (CITE_ADVICE.format(cite) if cite else ""), path, at,
                                  published=wrong if cite else None, skip=text.count(at, 0, where))
                if value in _PROCEEDINGS:
                    yield from _outcomes(report, path, text, m.end() + (part.end() if part else 0), value)


#: Matters other than applications for information, named before a count that does not say 公开: “行政许可方面，全年受理
#: 申请168件”, “排污申报方面，…”, “转办方面，…”. The 2008 reader's too (:mod:`reportkit.importers.figures2008`).
OTHER_MATTERS = re.compile("许可|审批|复议|诉讼|信访|投诉|举报|建议|提案|热线|工单|诉求|留言|转办|排污|监测")
#: A cause of reviews or suits other than disclosure, before their count in its clause (“因行政处罚被申请行政复议5件”, and
#: the suit of “因行政处罚被申请行政复议1件、被提起行政诉讼1件”) or as a clause of its own with no figure before it, which
#: is the cause of every clause after it in the sentence that says nothing of disclosure (“因行政处罚，被申请行政复议1件”,
#: both counts of “因行政处罚，被申请行政复议1件，被提起行政诉讼1件”; not “因行政处罚被申请行政复议1件，被提起行政诉讼1件”,
#: nor “…，因不服答复被提起行政诉讼1件”). The 2008 reader's too.
_NOT_ON = r"(?![^，,。；;]*(?:公开|答复|(?<!被)申请))"
OTHER_CAUSE = re.compile(rf"(?:(?:因|就|对){_NOT_ON}|(?:因|由于){_NOT_ON}[^，,。；;\d]*[，,](?:{_NOT_ON}[^，,。；;]*[，,])*{_NOT_ON})"
                         "[^，,。；;]*$")
#: After their count, words that say the reviews or suits are not on disclosure: “被申请行政复议1件（不涉及政府信息公开）”,
#: “…1件，系因行政处罚引起”, “…1件，事由为不服行政处罚决定” (not “均因不服答复引起”).
NOT_ON_DISCLOSURE = re.compile(r"(?:不|未|非|无)(?:涉及|属于|是|为|关于)?(?:政府)?信息公开"
                                r"|因(?![^，,。；;）)]*(?:公开|答复|申请))[^，,。；;）)]*(?:引起|引发|而起|提起)"
                                r"|(?:事由|起因|案由)(?:为|是|系)(?![^，,。；;）)]*(?:公开|答复|申请))")


def _other_matter(text: str, m: re.Match, value: Callable) -> bool:
    """Whether the phrase ``m`` of ``text`` counts something else than its cell: applications received that do not
    say 公开 after other matters in the sentence (:data:`OTHER_MATTERS`; not after reviews or suits of the organ as a
    party only: :func:`_received_as_party`), reviews or suits with another cause
    before their count (:data:`OTHER_CAUSE`) or said not to be on disclosure after it, up to the next proceeding
    (:data:`NOT_ON_DISCLOSURE`)."""
    head = text[:m.start()]
    sentence = re.split(r"[。；;！？!?]", head)[-1]
    if value in _PROCEEDINGS:
        end = _PROCEEDING_END.search(text, m.end())
        return bool(OTHER_CAUSE.search(head) or NOT_ON_DISCLOSURE.search(text[m.end():end.start() if end else None]))
    return value is _NEW_RECEIVED and "公开" not in m.group() and bool(OTHER_MATTERS.search(sentence)) \
        and not _received_as_party(sentence, m)


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


def _of_proceedings(text: str, m: re.Match) -> bool:
    """Whether the phrase ``m`` of ``text``, a count of 表三's (:data:`_OF_TABLE_THREE`), counts reviews or suits: its
    sentence before it names reviews or suits after the last applications for information it names, not as none, and
    the phrase names none (“本局作为行政复议机关受理行政复议申请12件，办结10件”, “被申请行政复议4件，办结4件”; not “…，新收
    政府信息公开申请48件”). Reviews of disclosure (“其中涉及政府信息公开的3件，办结3件”) are no 表三's either: 表四's
    are read by their own phrases. Applications received (“收到申请48件”) after reviews or suits of the organ as a party
    only (“被申请行政复议4件，收到申请48件”) are for information: a party receives no applications for review."""
    head = re.split(r"[。；;！？!?]", text[:m.start()])[-1]
    named = [*_PROCEEDING_WORDS.finditer(head)]
    if not named or _DISCLOSURE_WORDS.search(head[named[-1].end():] + m.group()):
        return False
    clause = _clauses(head[:named[-1].end()])[-1] + _clauses(head[named[-1].end():])[0]
    if _received_as_party(head, m):
        return False
    return not (_NO_PROCEEDINGS.search(clause) and not _COUNT.search(clause))


def _received_as_party(sentence: str, m: re.Match) -> bool:
    """Whether ``m`` is a count of applications received (“收到申请48件”) whose ``sentence`` before it names reviews and
    suits of the organ as a party only (:data:`_AS_PARTY`: “被申请行政复议4件，收到申请48件”): a party receives no
    applications for review, so they are for information. Accepted (受理) only with the year or the organ as its
    clause's subject (“…，全年受理申请48件”): a review organ accepts reviews (“被申请行政复议5件，受理申请4件”)."""
    said = m.group().startswith(("新收", "收到")) or m.group().startswith("受理") and any(
        p.search(_clauses(sentence)[-1]) for p in (_THE_YEARS, _OWN_SUBJECT))
    return said and "申请" in m.group() and bool(_AS_PARTY.search(sentence)) and not _AS_REVIEW_ORGAN.search(sentence) \
        and all(w in ("复议", "诉讼") for w in OTHER_MATTERS.findall(sentence))


def _received_unnamed(report, text: str, m: re.Match) -> bool:
    """Whether the count received or accepted ``m`` of ``text`` names no applications (“收到30件”) and is not said of
    them for certain: it is where the organ is its clause's subject after a count of applications received in its
    sentence (“全系统共收到政府信息公开申请120件，其中本局收到30件”); not alone (“本局收到30件”: letters?), nor without
    the organ (“收到申请55件，受理50件”: accepted of those received?)."""
    if "申请" in m.group() or m.group().startswith("新收"):
        return False
    *before, clause = _clauses(re.split(r"[。；;！？!?]", text[:m.start()].replace(report.agency, "本机关"))[-1])
    counted = any("申请" in r.group() for p, _cell, v in _READ if v is _NEW_RECEIVED for r in p.finditer("，".join(before)))
    return not (counted and _OWN_SUBJECT.search(clause))


def _told_after(pattern: re.Pattern, text: str, m: re.Match) -> bool:
    """Whether the phrase ``m`` of ``text`` is followed by ``pattern`` (:data:`_WITH_CARRIED` …), or its aside says it."""
    return bool(pattern.search(text[m.end():]) or pattern.search(f"（{m.group('aside') or ''}"))


def _part_of_count(report, text: str, m: re.Match, value: Callable) -> bool:
    """Whether the phrase ``m`` in ``text`` follows “其中” after a count of its own cell in the sentence (“不予公开3件，
    其中1件不予公开属于国家秘密”, “办结48件，其中按期办结46件”): it counts a part of that count, not the cell. So does a
    count carried forward after “其中” that does not part a count done (“收到申请55件；其中答复52件，另有3件结转下一年度”:
    of those 55, not of last year's carried over; not “办结48件，其中予以公开24件，……，结转下年度4件”). Not where the
    organ is named after “其中” (“全系统办结118件，其中本局办结30件”): the count before is its system's."""
    sentence = re.split(r"[。；;！？!?]", text[:m.start()].replace(report.agency, "本机关"))[-1]
    said = sentence.rfind("其中")
    if said < 0 or _OWN_SUBJECT.search(sentence[said:]):
        return False
    counts = {v for p, _cell, v in _READ if p.search(sentence[:said])}
    return value in counts or value is _CARRIED_FORWARD and _RESULTS not in counts


#: 表四's groups a count of reviews or suits stands for: (in words, the groups).
_PROCEEDINGS = {_RECONSIDERATION: ("表四“行政复议”", REVIEW_GROUPS[:1]),
                _LITIGATION: ("表四两类“行政诉讼”", REVIEW_GROUPS[1:])}
#: What became of them, told after the count: (表四's column, its words). 驳回, 终止 and the like are not read (其他结果
#: or not, as the organ counts them).
_OUTCOME_WORDS = (("upheld", "结果维持", r"(?:结果|判决|决定|予以|被)?维持(?:原(?:具体)?(?:行政行为|答复|决定))?"),
                  ("corrected", "结果纠正", r"(?:结果|被|予以)?(?:纠正|撤销)"),
                  ("pending", "尚未审结", r"尚未审结|未审结|正在审理|仍在审理"))
#: The outcomes in either order: “维持1件”, “1件维持”, “1件尚未审结”.
_OUTCOMES = tuple((column, label, re.compile(rf"(?:{words}){_FIGURE}|(?<![\d.]){_FIGURE.replace('<n>', '<m>')}"
                                             rf"(?:均|已|经|被)*(?:{words})"))
                  for column, label, words in _OUTCOME_WORDS)
#: Where the outcomes of a count end: the sentence's end, or another proceeding.
_PROCEEDING_END = re.compile(r"[。；;！？!?]|行政复议|行政诉讼|被申请|被提起|起诉")


def _outcomes(report, path: tuple, text: str, start: int, value: Callable) -> Iterator[Finding]:
    """R9 on the outcomes of reviews or suits told after their count (“被申请行政复议3件，维持2件、纠正1件”), compared
    with 表四's columns of the count's groups (:data:`_PROCEEDINGS`)."""
    end = _PROCEEDING_END.search(text, start)
    told = text[start:end.start() if end else len(text)]
    name, groups = _PROCEEDINGS[value]
    for column, label, pattern in _OUTCOMES:
        for m in pattern.finditer(told):
            stated = numeral_value(m.group("n") or m.group("m"))
            table = sum(shown_outcomes(getattr(report.tables.review_litigation, key))[column] for key, _ in groups)
            if stated is not None and stated != table:
                both, cite = ("之和", None) if len(groups) > 1 else ("", f"【表四：{groups[0][0]}.{column}】")
                said = m.group().strip()
                wrong = f"正文写的是“{said}”，而{name}的“{label}”{both}为 {table}：请改正其中一处"
                yield Finding(WARNING, wrong + (CITE_ADVICE.format(cite) if cite else ""), path, said,
                              published=wrong if cite else None, skip=text.count(said, 0, start + m.start()))


#: Sending 信息处理费 fee notices: “发出收费通知”, “送达信息处理费缴费通知书”.
_SENT = r"(?:发出|送达|出具|开具|寄送|制发)了?"
_NOTICE = r"(?:信息处理费)?(?:缴费|收费)通知(?:书|单)?"
#: A count of fee notices sent (“发出收费通知3件”, “收费通知书（含补发）3份”, “发出3件信息处理费收费通知”), its figure ``n``.
FEE_NOTICES = (re.compile(f"(?:{_SENT})?{_NOTICE}{_ASIDE}{_WHOLE}" + _FIGURE.replace("件", "[件份]")),
               re.compile(f"{_SENT}{_WHOLE}" + _FIGURE.replace("件", "[件份]") + _NOTICE + _ALONE + _ASIDE))


def stated_notices(report) -> Iterator[tuple[tuple, str, re.Match]]:
    """``(path, text, phrase)`` of each count of fee notices sent (:data:`FEE_NOTICES`) the narrative gives as the
    year's: not one whose clause speaks of another year, part of the year, applications that cross the year's end or
    other organs, nor one whose sentence is about part of the applications (as R9's)."""
    for path, text in narrative(report):
        for pattern in FEE_NOTICES:
            for m in pattern.finditer(text):
                if not (not_the_years(report, text, m) or _of_part(report, text, m.end())):
                    yield path, text, m


def not_the_years(report, text: str, m: re.Match, upto: int | None = None) -> bool:
    """Whether the phrase ``m`` of ``text`` is not said of the organ's year, as R9 reads it: its clause up to the
    phrase, or up to ``upto`` (the figure of a phrase that allows words before it), speaks of another year, part of the
    year, applications that cross the year's end (:func:`_not_the_table`) or other organs (:func:`_others`)."""
    upto = m.start() if upto is None else upto
    return _not_the_table(report, text, m, upto) or bool(_others(report, text, upto))

