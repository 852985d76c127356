"""R9's phrases: the wordings that state a table figure (:data:`PHRASES`, :data:`FIGURE_FIRST`) and the cells they read.

Each cell is a function of the report giving its value as the table shows it, as its parts add up, and the
citation that prints it. The phrases are kept narrow so that no example raises a false alarm.
"""
from __future__ import annotations

import re
from typing import Callable

from reportkit.attachments import year_pattern

from ..model import applications_values, outcome_values, shown_outcomes, shown_values
from ..tables import REVIEW_GROUPS
from .sentences import ABOUT, CHANGE, NUMBER, RANGE, RANGE_END


# Each cell's value as the table shows it and as its parts add up (the same unless a typed 总计 is wrong: R2, R3, R5),
# and the citation that prints it (none for a sum of cells).
def _sum(*getters: Callable) -> Callable:
    return lambda report: (*map(sum, zip(*(g(report)[:2] for g in getters))), None)


def _t3(row: str) -> Callable:
    return t3_key((row,) if row != "results" else ("results", "total"))


def _t3_result(row: str) -> Callable:
    return t3_key(("results", row))


def t3_key(key: tuple) -> Callable:
    cite = f"【表三：{'.'.join(key)}.total】"
    return lambda report: (shown_values(report)[key]["total"], applications_values(report)[key]["total"], cite)


def _t4(group: str) -> Callable:
    def value(report):
        outcomes = getattr(report.tables.review_litigation, group)
        return shown_outcomes(outcomes)["total"], outcome_values(outcomes)["total"], f"【表四：{group}.total】"
    return value


def _t2(row: str, *columns: str) -> Callable:
    """A cell of 表二 by its row and its column in either edition; None in an edition with none of ``columns``
    (2019's has no 本年废止件数)."""
    def value(report):
        cells = getattr(report.tables.active_disclosure, row)
        column = next((c for c in columns if c in type(cells).model_fields), None)
        if column is None:
            return None
        figure = getattr(cells, column).value
        return figure, figure, f"【表二：{row}.{column}】"
    return value


def _t3_row(key: tuple) -> Callable:
    """A row of 表三 that only some editions have (2021's （六）2): its values, or None in an edition without it."""
    value = t3_key(key)
    return lambda report: value(report) if key in shown_values(report) else None


def _t3_group(group: str) -> Callable:
    """A group of 表三's results as a whole (（三）不予公开 …): the sum of its rows (no cell to cite)."""
    def value(report):
        shown, values = shown_values(report), applications_values(report)
        rows = [key for key in shown if key[:2] == ("results", group)]
        return sum(shown[k]["total"] for k in rows), sum(values[k]["total"] for k in rows), None
    return value


NEW_RECEIVED, CARRIED_OVER = _t3("new_received"), _t3("carried_over")
#: Last year's carried over that were closed this year: at most 上年结转, some may go on
#: (:func:`.closed.closed_beyond_carried`).
CARRIED_CLOSED = _t3("carried_over")
CARRIED_FORWARD, RESULTS, GRANTED, PARTLY_GRANTED = (
    _t3("carried_forward"), _t3("results"), _t3_result("granted"), _t3_result("partly_granted"))
#: 表三's （三） to （六）, each stated as a whole only in a list of counts (:func:`.kinds.one_kind`).
DENIED, UNABLE, NOT_PROCESSED, OTHER_HANDLING = map(
    _t3_group, ("denied", "unable_to_provide", "not_processed", "other_handling"))
GROUPS = (DENIED, UNABLE, NOT_PROCESSED, OTHER_HANDLING)
#: 表三（六）1 and 2 of the 2021 edition: applications no longer handled because they were not corrected in time, or
#: because the fee notice went unpaid.
_UNCORRECTED, _UNPAID = (_t3_row(("results", "other_handling", row)) for row in ("overdue_correction", "overdue_fee"))
#: What becomes of applications: said of part of them (:func:`.parts.of_part`), these are no table's.
OF_APPLICATIONS = (CARRIED_FORWARD, RESULTS, GRANTED, PARTLY_GRANTED, *GROUPS, _UNCORRECTED, _UNPAID)
RECONSIDERATION = _t4("reconsideration")
_PENALTY, _LICENSING, _COERCION = (_t2(row, "decisions") for row in (
    "administrative_penalty", "administrative_licensing", "administrative_coercion"))
#: 表二's decisions by the words after 行政 (“行政处罚决定”); published, as 主动公开 says them: “公开行政处罚决定90件”.
_DECISIONS = (("处罚", _PENALTY), ("许可", _LICENSING), ("强制", _COERCION))
_PUBLISHED = r"(?<!不予)(?<!申请)(?<!不)公开"
#: 表二's named bare, read in 主动公开's part only (:data:`BARE`): penalties (“行政处罚90件”), decisions with no verb
#: (“行政处罚决定90件”; not after 公开, :data:`_PUBLISHED`'s, nor the second of a list after the first's count or its
#: change in per cent, :data:`_DECISION_FIRST`'s); not licences (“公开行政许可400件”, “办理行政许可400件”: matters
#: published or handled, not all decided).
_BARE_PENALTY = r"(?<!办理|查处|受理|立案|涉及|适用|简易|一般)(?<![的对])行政处罚(?!决定|案件|事项)"
_BARE_DECISION = r"(?<!作出|做出|公开|涉及|关于|有关|要求|申请)(?<![的对])(?<![件%％][，,、])"
_NORMATIVE = _t2("normative_documents", "issued", "newly_made")
_REGULATIONS = _t2("regulations", "issued", "newly_made")
_REPEALED, _IN_FORCE = _t2("normative_documents", "repealed"), _t2("normative_documents", "in_force")
#: 2021's 本年收费金额 of 行政事业性收费, in 万元 (2019's has none: :func:`.check._fee_amount`).
FEE_AMOUNT = _t2("administrative_fees", "amount")
#: 2019's 本年新公开数量 and 对外公开总数量 of 规范性文件 (2021's has neither).
_NEWLY_PUBLISHED = _t2("normative_documents", "newly_published")
_TOTAL_PUBLISHED = _t2("normative_documents", "total_published")
#: 表二's counts: of what the organ made, decided or published, the channel it published them by no part of them
#: (:func:`.periods.not_the_table`).
TABLE_TWO = (_PENALTY, _LICENSING, _COERCION, _NORMATIVE, _REGULATIONS, _REPEALED, _IN_FORCE, _NEWLY_PUBLISHED,
             _TOTAL_PUBLISHED)
#: Counts a later one after “其中” may be part of (:func:`.parts.part_of_count`): not the new applications nor the reviews
#: and suits, whose part after “其中” is the organ's own (“其中县政府本级收到…”) or the disclosure ones (表四's).
PARTED = (*OF_APPLICATIONS, *TABLE_TWO)
#: Applications to handle in the year, new and carried over: “共需办理59件”, “应办理申请59件”.
TO_HANDLE = _sum(NEW_RECEIVED, CARRIED_OVER)
#: After a count of applications received, last year's carried over said to be apart from it: the count is the year's
#: new only (“收到申请55件（不含上年结转4件）”, “新收申请55件，加上上年结转4件，共59件”, “…，另有上年结转4件”).
WITHOUT_CARRIED = re.compile(rf"^(?:{CHANGE})?\s*[（(，,]?\s*(?:不含|不包括|未含|另有|再?加上?|连同)"
                             r"(?:上一?年度?结转|结转上一?年度?)")
#: After a count of the year's new applications, last year's carried over added and the sum: “新收申请55件，加上上年结转
#: 4件，共59件” (not “共需办理59件”, a phrase of its own: :data:`TO_HANDLE`).
_PLUS_SUM = rf"\s*[，,]?\s*(?P<sum>(?:共计?|合计|总计|总共|一共)(?:有|为|达到?)?(?:申请)?\s*(?P<n>{NUMBER})\s*件)"
PLUS_CARRIED = re.compile(rf"\s*[，,]\s*(?:再?加上?|连同)(?:上一?年度?结转|结转上一?年度?)的?(?:申请)?\s*(?P<carried>{NUMBER})\s*件"
                          + _PLUS_SUM)
#: After a count of applicants of a kind, that kind's carried over from last year said apart from it (group ``over``,
#: its figure ``carried``) and the two together where told (``sum``, its figure ``n``): “，加上上年结转3件，共46件”, “，另有
#: 上年结转3件”, “（不含上年结转3件）”, “，加上结转3件，共46件”.
KIND_CARRIED = re.compile(rf"(?:{CHANGE})?\s*[（(，,]?\s*(?:(?:不含|不包括|未含|另有|再?加上?|连同)(?=上一?年度?结转|结转上一?年度?)"
                          rf"|(?:再?加上?|连同)(?=结转))(?P<over>(?:上一?年度?)?结转(?:上一?年度?)?的?(?:申请)?\s*"
                          rf"(?P<carried>{NUMBER})\s*件)\s*[）)]?(?:{_PLUS_SUM})?")
#: Applications handled (办理, not 办结): those to handle, those closed or the new, as organs count them; no cell to
#: cite, it may be any of three (its values are （七）总计's).
HANDLED = _sum(RESULTS)
#: “结转N件” that says neither last year's nor next year's: read from its sentence (:func:`.parts.carried_which`); no
#: cell to cite, it may be either (its values are 上年结转's).
CARRIED_EITHER = _sum(CARRIED_OVER)
#: 表三's counts: of applications for information, not of reviews or suits (:func:`.matters.of_proceedings`).
OF_TABLE_THREE = (NEW_RECEIVED, CARRIED_OVER, CARRIED_EITHER, TO_HANDLE, HANDLED, *OF_APPLICATIONS)
LITIGATION = _sum(_t4(REVIEW_GROUPS[1][0]), _t4(REVIEW_GROUPS[2][0]))

#: The figure of a phrase (:data:`.sentences.NUMBER`), spaces around it allowed (“数量为 48 件”); not one in 件次 (“受理
#: 申请50件次”: times, an application counted once for each item or each time it was sent, not the table's 件), nor
#: “50件左右”, nor the first of a range (“3件至5件”).
_FIGURE_END = rf"\s*件(?!\s*(?:左右|上下|以上|以下|之多)|次|{RANGE_END})"
EXACT_FIGURE = rf"\s*(?P<n>{NUMBER}){_FIGURE_END}"
#: The figure of a phrase R9 reads: :data:`EXACT_FIGURE`, or given as about (:data:`.sentences.ABOUT`: “200余件”,
#: “约60件”) or as a range (:data:`.sentences.RANGE`: “3至5件”), which :func:`reportkit.numerals.numeral_value` reads as
#: no number (:func:`.cells.about_far` compares it).
FIGURE = rf"\s*(?=[\d〇零一二两三四五六七八九十百千万大约将接近超逾])(?P<n>{NUMBER}|{ABOUT}|{RANGE}){_FIGURE_END}"
#: The figure of a count of reviews or suits (:data:`PROCEEDINGS`), also in 起: “被申请行政复议2起”, “结果维持1起”.
CASES = FIGURE.replace("件", "[件起]")
#: An aside between wording and figure: “新收政府信息公开申请（含电子邮件申请）48件”; none with a figure in it.
ASIDE = r"(?:\s*[（(](?P<aside>[^（()）\d０-９]{1,30})[）)])?"
#: Words between wording and figure that give the count as a whole: “共计”, “数量为”, “总数27件”.
WHOLE = r"(?:(?:数量|总数)(?:为|是|达到?)?|数(?:为|是|达到?)|共计?|合计|总计|为|达到?)?"
#: Not right after “或”, “和”… (“予以公开或部分公开28件” is no count of 部分公开), but after “N件、” in a list.
_LISTED = r"(?:(?<![或和及与、])|(?<=件、))"
#: A result's name in quotes, 的 after it or not: “予以公开”22件, “无法提供”的11件; not one of two named together
#: (“予以公开”“部分公开”共28件). Unquoted, 的 right before its figure: “予以公开的22件” (after 属于 :data:`FIGURE_FIRST`'s),
#: also where what they were follows: “予以公开的20件为网上申请” tells the 20 granted (some of them would be “予以公开
#: 的申请中有20件…”).
_LABEL, _LABEL_END = r"“?(?<![”或和及与、]“)(?<!属于)", rf"(?:”的?|的(?=\s*{NUMBER}\s*件))?"
#: A group's count as those its kinds are told of: “不予公开的8件中”, “无法提供的11件申请当中”.
_OF_WHICH = rf"(?:的(?=\s*{NUMBER}\s*件(?:申请)?(?:中|当中)))?"
#: A fee notice left unpaid past its term (表三（六）2): “申请人逾期未缴纳费用”, “逾期未按收费通知要求缴纳费用”, “超过缴费
#: 期限未缴费”, “未在规定期限内缴纳信息处理费”.
UNPAID_WORDS = (r"(?:申请人)?(?:(?:逾期|超期|超过(?:缴费)?期限)未|未在(?:规定|法定|通知)?的?期限内|未按[期时])"
                r"(?:按(?:收费通知)?(?:要求|规定)?)?(?:(?:缴纳|缴交|交纳|缴付|支付)(?:信息处理)?(?:费用|费)?|缴费)")
#: An application not corrected in its term (表三（六）1): “申请人无正当理由逾期不补正”, “超过补正期限未补正”, “未按期补正”.
UNCORRECTED_WORDS = (r"(?:申请人)?(?:无正当理由)?(?:(?:逾期|超期|超过(?:补正)?期限)(?:不|未|没有)(?:按要求)?补正"
                     r"|未(?:在规定期限内|按期|按时)补正)")
#: What （六）1 and 2 say after their reason: “、行政机关不再处理其政府信息公开申请的申请”.
_NO_LONGER = r"(?:、行政机关不再处理其政府信息公开申请)?的?(?:申请|情形|情况)?"
#: Carried forward into next year (表三 四): “结转下年度继续办理”, “结转下年度”, “结转至下一年度处理”, “转入下年度办理”,
#: “结转至2024年度办理” (its year ``next``: the next year's only, :func:`.periods.not_the_table`).
FORWARD = (rf"(?:结转|转入)(?:至|到)?(?:下一?年度?|(?P<next>{year_pattern()})\s*年度?)"
           r"(?:继续)?(?:办理|处理|答复)?")
#: Last year's carried over: “上年结转申请”, “上年度结转的政府信息公开申请”, “去年结转”, “结转上年度申请”.
CARRIED = r"(?:(?:上一?年度?|去年)结转|结转自?(?:上一?年度?|去年))(?:的?(?:(?:政府)?(?:信息)?公开)?申请)?"
#: Closed, before or after :data:`CARRIED`: “办结上年结转的申请”, “完成上年度结转”, “上年结转申请已办结”, “上年结转申请
#: （已）处理完毕”. Not 办理 (handled): “办理上年结转申请3件” are those carried over, all handled this year.
CLOSED = r"(?:办结|办完|完成|答复|(?:处理|办理)(?:完毕|完成|完))了?"
#: The organ as the respondent of reviews: “以本局为被申请人的行政复议案件”, “本机关作为被申请人的复议申请”, “以我局为
#: 被申请人提起的行政复议” (被申请行政复议 in other words); an organ by its name (“以忻州市生态环境局为被申请人…”) as
#: its group ``respondent``, the report's only where it is the organ's name (:func:`.organs.own_name`).
_RESPONDENT = (r"(?:(?:以|由)?[本我](?:机关|单位|部门|局|委|办(?!法)|厅|院|府|署)?"
               r"|(?:以|由)(?P<respondent>[\u4e00-\u9fff]{2,20}?(?:局|厅|委员会|委|办公室|署|政府|院|中心)))"
               r"(?:为|作为)被申请人(?:提起|提出|申请)?的?(?:行政)?复议(?:案件|申请)?")
#: 发生 a review or suit, with disclosure between or nothing: “政府信息公开”, “涉及政府信息公开的” (not “因行政处罚引起的”);
#: or disclosure as its cause before 引发 (“因政府信息公开引发行政复议3件”). With nothing, all the organ's (“依法行政方面，
#: 全年发生行政复议案件12起”): read only for the disclosure ones after it (:func:`.check.check_figures`).
_HAPPENED = (r"(?:(?<![未没])(?:发生|出现)了?(?:(?:涉及|关于|有关|因)?(?:政府)?信息公开(?:工作)?(?:类|方面|领域)?的?)?"
             r"|(?<![未没不])(?:因|由于)(?:政府)?信息公开(?:工作)?(?:引发|引起|产生)了?的?)(?:行政)?")
#: A count of reviews, of suits, as the first of a list: “发生政府信息公开行政复议案件3起”, “被申请行政复议3件”.
_REVIEWS = rf"(?:被申请行政复议|{_HAPPENED}复议(?:案件)?)"
_SUITS = rf"(?:被提起行政诉讼|{_HAPPENED}诉讼(?:案件)?)"
#: Reviews or suits on disclosure named as such, with no verb: “政府信息公开类行政复议4件”, “涉及政府信息公开的行政诉讼
#: 案件2件”; not after 其中 (:data:`.proceedings.DISCLOSURE_PART`'s), 发生 (:data:`_HAPPENED`'s), 受理 or 审理 (the organ as
#: the review organ or court).
_ON_DISCLOSURE = (r"(?:(?<!其中|发生|出现|生了|现了)(?:涉及|关于|有关)"
                  r"|(?<!其中|涉及|关于|有关|发生|出现|生了|现了|受理|审理|审结|办理|办结|收到|新收)(?<![因的府]))"
                  r"(?:政府)?信息公开(?:工作)?(?:类|方面|领域)?的?(?:行政)?")
#: The first's figure and the list's 、 or ， (group ``listed``) before the second.
_LIST_ITEM = rf"{WHOLE}\s*{NUMBER}\s*[件起](?P<listed>\s*[、，,和及与]\s*)"
#: A count received told as its change from last year's, both figures written: “收到申请由上年的40件增加到55件”,
#: “受理申请数量从2020年的40件增至今年的55件”, “由40件增加到55件”, “从去年的40件到今年的55件”, or with no word of change,
#: its figures as a range (“收到申请由40件到55件”: :func:`.sentences.change_ends`; not “从2件到8件不等”, a range). R18
#: compares the first with last year's report, R9 the second with the table.
FROM_LAST_YEAR = (rf"(?:(?:数量?|件数)?(?:由|从)(?:(?:上一?年度?|去年|{year_pattern()}\s*年度?)(?:同期)?的?)?(?:\s*{NUMBER}\s*件\s*"
                  r"(?:(?:增加|增长|上升|提高|减少|下降|降低)(?:到|至)|[增升减降]至|[到至](?=本年|今年))(?:本年度?|今年)?的?"
                  rf"|(?=\s*{RANGE}\s*件(?!\s*不等))))?")
#: The figure alone in brackets: “收到申请（55件）”, “予以公开（22件）”.
_BRACKETED = r"(?P<figure_open>\s*[（(](?=\s*\d))?", r"(?(figure_open)\s*[）)])"
#: (phrase with the figure as its group ``n``, the cell in words, the cell's values and citation). Each phrase allows
#: no words between keyword and figure that could qualify it (其中, 同比 …), only an aside and :data:`WHOLE`; the
#: count of new applications allows a few words that name no kind of application (“受理公民、法人和其他组织的…申请”).
PHRASES: tuple[tuple[re.Pattern, str, Callable], ...] = tuple((
    re.compile(p + ASIDE + WHOLE + _BRACKETED[0] + (CASES if value in (RECONSIDERATION, LITIGATION) else FIGURE)
               + _BRACKETED[1]), cell, value)
    for p, cell, value in (
    # also “接收（接到）政府信息公开申请55件”, and the count as a clause's subject: “本年度政府信息公开申请数量为55件”,
    # “全年申请量为55件”
    ((r"(?:(?:新收|收到|受理|接收|接到)(?:的?申请|(?:到|的|各类|各种)*(?:公民、法人(?:和|或|及)其他组织(?:提出|提交)?的?)?"
      r"(?:(?:政府)?(?:信息)?公开的?申请|(?:政府信息)?依申请公开(?:的?(?:事项|申请))?))"
      r"|(?<![^，,。；;：:\s年度])(?:(?:政府)?信息公开|依申请公开)?申请(?=总?量|数量|数[为是达]|总数|件数)(?:总?量|件数)?)"
      + FROM_LAST_YEAR),
     "表三“一、本年新收政府信息公开申请数量”的总计", NEW_RECEIVED),
    (r"(?<!办结|办完|完成|答复|完毕)(?<!办结了|办完了|完成了|答复了|完毕了)" + CARRIED, "表三“二、上年结转政府信息公开申请数量”的总计",
     CARRIED_OVER),
    # also “结转至2024年继续办理的申请3件” (not “结转下年度的3件申请已…”: what became of them)
    (FORWARD + r"(?:的(?:(?:政府)?(?:信息)?公开)?申请)?", "表三“四、结转下年度继续办理”的总计", CARRIED_FORWARD),
    # 答复 as 办结 (“共答复54件”, “答复信息公开申请54件”), not of other matters (“咨询答复30件”) nor after 其中 (“收到申请52件，其中答复49件”: of
    # those, and a reply may be any: a notice to correct, an extension), nor ending 结转下年度答复 (:data:`FORWARD`'s), nor
    # replies of some kinds (“作出不予公开、无法提供等答复19件”, “不予公开类答复8件”), nor a review's order (“责令重新答复2件”)
    (r"(?<![未没不])(?:办结|(?<!咨询|留言|来信|来电|信访|建议|提案|热线|复议|其中|继续|重新)(?<![等类])(?<!其中已|其中均|下年度|下一年)"
     r"(?<!下一年度)(?<![\d〇○零一二三四五六七八九]年)(?<![\d〇○零一二三四五六七八九]年度)答复)(?:(?:政府)?(?:信息)?公开的?申请|申请)?",
     "表三“三、本年度办理结果（七）总计”", RESULTS),
    # also “全部公开21件”; not “同意公开”, which third parties say (“第三方同意公开2件”)
    # each also as the table's label in quotes: “予以公开”22件, 办理结果为“无法提供”的11件
    (_LABEL + r"(?<!不)(?<!部分)(?:予以|全部)公开" + _LABEL_END, "表三“（一）予以公开”的总计", GRANTED),
    (_LABEL + _LISTED + r"部分(?:予以)?公开" + _LABEL_END, "表三“（二）部分公开”的总计", PARTLY_GRANTED),
    # also “不予公开的8件中，…”, its kinds listed after it (:func:`.kinds.rows_listed`)
    (_LABEL + _LISTED + r"不予(?:以)?公开" + _LABEL_END + _OF_WHICH, "表三“（三）不予公开”各项之和", DENIED),
    (_LABEL + _LISTED + r"无法提供" + _LABEL_END + _OF_WHICH, "表三“（四）无法提供”各项之和", UNABLE),
    (_LABEL + _LISTED + r"不予处理" + _LABEL_END + _OF_WHICH, "表三“（五）不予处理”各项之和", NOT_PROCESSED),
    (_LABEL + _LISTED + r"其他处理" + _LABEL_END + _OF_WHICH, "表三“（六）其他处理”各项之和", OTHER_HANDLING),
    (UNCORRECTED_WORDS + _NO_LONGER, "表三“（六）其他处理 1.申请人无正当理由逾期不补正……”的总计", _UNCORRECTED),
    (UNPAID_WORDS + _NO_LONGER, "表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用……”的总计", _UNPAID),
    # also “发生政府信息公开行政复议案件4起”; not “发生行政复议、行政诉讼案件3起”: both
    (_REVIEWS, "表四“行政复议”的总计", RECONSIDERATION),
    (_RESPONDENT, "表四“行政复议”的总计", RECONSIDERATION),
    (_SUITS, "表四两类“行政诉讼”的总计之和", LITIGATION),
    # also the sum right after the two: “收到申请55件，上年度结转4件，合计59件”
    (r"(?:(?:需要?|应当?)办理(?:的)?(?:(?:政府)?(?:信息)?公开)?(?:申请)?"
     rf"|(?:新收|收到|受理)[^，,。；;：:]{{0,20}}?{NUMBER}\s*件\s*[，,、]\s*{CARRIED}{WHOLE}\s*{NUMBER}\s*件\s*[，,]"
     r"\s*(?:合计|共计|总计|共|总共))",
     "表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”的总计之和", TO_HANDLE),
    # “共办理政府信息公开申请59件”: naming applications for information (not “办理申请”: of other matters?)
    (r"(?<![需应要])(?:办理|(?<!不予)(?<!其他)处理)了?(?:(?:政府)?信息公开申请|依申请公开(?:的)?(?:事项|申请)?)",
     "表三“一、本年新收”与“二、上年结转”的总计之和、“（七）总计”或“一、本年新收”的总计", HANDLED),
    (_ON_DISCLOSURE + r"复议(?:案件)?", "表四“行政复议”的总计", RECONSIDERATION),
    (_ON_DISCLOSURE + r"诉讼(?:案件)?", "表四两类“行政诉讼”的总计之和", LITIGATION),
    # neither “上年结转”, “上一年度结转” (:data:`CARRIED`) nor “结转下年度” (:data:`FORWARD`), nor those that cross the
    # year's end (“跨年度结转”) or any year's (“本年度结转”)
    (r"(?<![年度])结转(?![下至到入自上去了的])",
     "表三“二、上年结转政府信息公开申请数量”或“四、结转下年度继续办理”的总计", CARRIED_EITHER),
    # also “公开行政处罚决定90件”, the decisions published (not “不予公开…”, “依申请公开…”)
    *((rf"(?:作出|做出|{_PUBLISHED})行政{words}决定(?:书)?", f"表二“行政{words}”的处理决定数量", value)
      for words, value in _DECISIONS),
    # bare in 主动公开's part only (:data:`BARE`): “行政处罚90件”, “行政许可决定412件”; not cases (“办理行政处罚案件”,
    # “查处…”)
    (_BARE_PENALTY, "表二“行政处罚”的处理决定数量", _PENALTY),
    *((rf"{_BARE_DECISION}行政{words}决定(?:书)?", f"表二“行政{words}”的处理决定数量", value)
      for words, value in _DECISIONS),
    # 2019's column is 本年新制作数量: “新制作规范性文件4件”
    (r"(?:制发|新制作)(?:行政)?规范性文件", "表二“（行政）规范性文件”的本年制发（2019 版：本年新制作）数量", _NORMATIVE),
    # not “制发规章制度”: the organ's own rules
    (r"(?:制发|新制作)(?:政府)?规章(?!制度)", "表二“规章”的本年制发（2019 版：本年新制作）数量", _REGULATIONS),
    # not “提请废止…”: proposed
    (r"(?<!提请|建议)(?<!拟)废止(?:行政)?规范性文件", "表二“行政规范性文件”的本年废止件数", _REPEALED),
    (r"新公开(?:的)?规范性文件", "表二“规范性文件”的本年新公开数量", _NEWLY_PUBLISHED),
    # cumulative by nature: 累计 is the cell's, not another time's
    (r"(?:累计)?对外公开(?:的)?规范性文件(?:的)?(?:总数量?|总量)?", "表二“规范性文件”的对外公开总数量", _TOTAL_PUBLISHED),
    # not “清理现行有效规范性文件120件”, “对现行有效的规范性文件20件…”: those reviewed, before some were repealed
    (r"(?<!清理|梳理|审查|评估|核查|排查)(?<![对了])现行有效的?(?:行政)?规范性文件", "表二“行政规范性文件”的现行有效件数",
     _IN_FORCE),
))
_CELLS = {value: cell for _pattern, cell, value in PHRASES}
#: A count of 规范性文件 made, or of decisions (after their verb or bare: :data:`FIGURE_FIRST`), with the next count of its
#: table told on after it without its noun, also after its change (“作出行政处罚决定96件，同比减少5件，行政许可决定412件”;
#: “制定并公开行政规范性文件3件，废止1件”).
_NORMS_FIRST = (r"(?:制发|新制作|印发|出台|制定)(?:并(?:公开|发布|印发))?(?:行政)?规范性文件"
                rf"{WHOLE}\s*{NUMBER}\s*件(?:{CHANGE})?\s*[，,、]\s*")
_DECISION_FIRST = (rf"行政(?:处罚|许可|强制)决定{WHOLE}\s*{NUMBER}\s*件(?:{CHANGE})?\s*[，,、]\s*"
                   # with its own list between: “作出行政处罚决定96件，其中简易程序30件，行政许可决定410件”
                   rf"(?:其中[^。；;！？!?决定]{{0,40}}?{NUMBER}\s*件\s*[，,、；;]\s*)?")
#: 无法提供 with its figure first, also “未能提供” ending its clause (not “未能提供身份证明”).
_UNABLE_WORDS = r"(?:无法提供|未能提供(?=\s*(?:[，,。；;！？!?（()）]|$)))"
#: Not joined to another result (“24件予以公开或部分公开”, “24件予以公开、部分公开”) nor said of some (“3件不予公开的答复”).
ALONE = r"(?![的或和及与]|\s*、(?!\s*(?:\d|[一二两三四五六七八九十])))"
#: Disclosure named before reviews or suits after their figure (:data:`FIGURE_FIRST`'s “5件涉及政府信息公开的行政复议”).
_ON_TOPIC = r"(?:涉及|关于|有关)(?:政府)?信息公开(?:工作)?(?:类|方面)?的?(?:行政)?"
#: What became of applications, as a result's name in :data:`FIGURE_FIRST`'s “属于不予公开的8件”, “未能提供的有11件”.
_WHAT_BECAME = ((r"(?:予以|全部)公开", GRANTED), (r"部分(?:予以)?公开", PARTLY_GRANTED), (r"不予(?:以)?公开", DENIED),
                ("无法提供|未能提供", UNABLE), ("不予处理", NOT_PROCESSED), ("其他处理", OTHER_HANDLING))
#: Any result's name as :data:`_WHAT_BECAME` gives it.
RESULT_WORDS = "|".join(f"(?:{words})" for words, _value in _WHAT_BECAME)
#: The figure before its noun, as reports also write it (“新收49件政府信息公开申请”, “本年度新收49件，…”, “本局新收30件
#: （全系统120件）”, “作出37件行政处罚决定”, “其中24件予以公开，5件部分公开”, “另有4件申请结转至2024年办理”): (phrase,
#: the cell's values), read as :data:`PHRASES` (“办结48件申请” is one of those); “收到（受理）N件” naming no applications
#: only as :func:`.matters.received_unnamed` says. Not read: “办理行政处罚案件37件” (a case is no decision: it may end in none
#: or be pending). A phrase that ends in its figure is one of a list, not joined to another result, where a 、 follows
#: (“作出行政许可决定412件、行政处罚决定96件、行政强制决定5件”): :data:`ALONE` is after the name only.
FIGURE_FIRST: tuple[tuple[re.Pattern, Callable], ...] = tuple((
    re.compile(p + ("" if p.endswith(FIGURE) else ALONE) + ASIDE), value) for p, value in (
    (r"(?:新收|收到|受理)" + WHOLE + FIGURE + r"(?:(?:政府)?(?:信息)?公开)?申请", NEW_RECEIVED),
    # the year's as a set, its parts told next: “全年收到的55件申请中”, “全年共有55件政府信息公开申请，其中…” (not “对当场
    # 收到的3件申请…”: some)
    (r"(?:(?<=年)|(?<=年度)|(?<=[在，,：:])|^)(?:新收|收到|受理)的" + FIGURE + r"(?:(?:政府)?(?:信息)?公开)?申请(?=中|当中|里)",
     NEW_RECEIVED),
    (r"(?<=年)(?:度)?(?:共有|共计?)" + FIGURE + r"(?:政府)?信息公开申请", NEW_RECEIVED),
    (r"(?:新收|收到|受理)" + WHOLE + FIGURE + r"(?=\s*(?:[，,。；;（()）]|$))", NEW_RECEIVED),
    # reviews and suits on disclosure: “共有5件涉及政府信息公开的行政复议案件”, “发生2起涉及政府信息公开的行政诉讼”
    *((r"(?<![未没])(?<!其中)(?:共|共计|总共)?(?:有|发生了?|出现了?)" + CASES + rf"{_ON_TOPIC}{words}(?:案件)?", value)
      for words, value in (("复议", RECONSIDERATION), ("诉讼", LITIGATION))),
    # atomic: not “3件结转下一年” before “度的申请”
    # also with the reason between: “另有4件申请因需征求第三方意见结转到下一年度”
    (FIGURE + r"(?:(?:(?:政府)?(?:信息)?公开)?申请)?(?:(?:因|由于)[^，,。；;！？!?\d（()）]{1,30}?)?" + f"(?>{FORWARD})",
     CARRIED_FORWARD),
    # still in hand at the year's end, the clause's last words: “尚有6件正在办理”, “3件申请仍在办理中”
    (FIGURE + r"(?:(?:(?:政府)?(?:信息)?公开)?申请)?(?:正在|仍在|尚在|还在)办理(?:中|之中)?"
     r"(?=\s*(?:[，,。；;！？!?]|$))", CARRIED_FORWARD),
    (FIGURE + r"(?:申请)?(?:(?:全部)?予以公开|全部公开)", GRANTED),
    (FIGURE + r"(?:申请)?部分(?:予以)?公开", PARTLY_GRANTED),
    (FIGURE + r"(?:申请)?不予(?:以)?公开", DENIED),
    (FIGURE + r"(?:申请)?" + _UNABLE_WORDS, UNABLE),
    (FIGURE + r"(?:申请)?不予处理", NOT_PROCESSED),
    # with its reason between, the kind's it names (:func:`.kinds.one_kind`): “另有8件因信息不存在未能提供”
    *((FIGURE + rf"(?:申请)?(?:因为?|由于)(?P<between>[^，,。；;！？!?\d（()）件]{{2,30}}?){words}", value)
      for words, value in ((r"不予(?:以)?公开", DENIED), (_UNABLE_WORDS, UNABLE), ("不予处理", NOT_PROCESSED))),
    (FIGURE + r"(?:申请)?(?:作|作出|做出|予以)?其他处理", OTHER_HANDLING),
    (FIGURE + r"(?:申请)?因?" + UNCORRECTED_WORDS, _UNCORRECTED),
    (FIGURE + r"(?:申请)?因?" + UNPAID_WORDS, _UNPAID),
    # what they were: “属于予以公开的22件”, “属于不予公开8件” (:data:`_LABEL` reads none after 属于); those that were: “未能
    # 提供的有11件”, “予以公开的有22件”
    *((rf"属于(?:{words})的?" + FIGURE, value) for words, value in _WHAT_BECAME),
    *((rf"{_LISTED}(?<!不)(?<!部分)(?:{words})的有" + FIGURE, value) for words, value in _WHAT_BECAME),
    (r"(?:作出|做出)" + FIGURE + r"行政处罚决定", _PENALTY),
    (r"(?:作出|做出)" + FIGURE + r"行政许可决定", _LICENSING),
    (r"(?:作出|做出)" + FIGURE + r"行政强制决定", _COERCION),
    (r"(?:制发|新制作)" + FIGURE + r"(?:行政)?规范性文件", _NORMATIVE),
    (r"(?:制发|新制作)" + FIGURE + r"(?:政府)?规章(?!制度)", _REGULATIONS),
    (r"新公开" + FIGURE + r"规范性文件", _NEWLY_PUBLISHED),
    # “本年度办结的54件申请中”, “在办结的54件中”, “办结了54件”, “在已答复的54件申请中” (not “咨询答复的…”)
    (rf"(?<![未没不])(?:办结了|(?:办结|(?<!咨询|留言|来信|来电|信访|建议|提案|热线|复议)答复)的"
     rf"(?=\s*{NUMBER}\s*件(?:(?:(?:政府)?(?:信息)?公开)?申请|中|当中)))" + FIGURE
     + r"(?:(?:(?:政府)?(?:信息)?公开)?申请)?", RESULTS),
    (r"(?<!提请|建议)(?<!拟)废止" + FIGURE + r"(?:行政)?规范性文件", _REPEALED),
    # told on after a count of the same table's without their noun: “制发行政规范性文件3件，废止1件，现行有效17件”,
    # “作出行政处罚决定96件，行政许可决定412件”
    (_NORMS_FIRST + r"废止" + FIGURE, _REPEALED),
    (_NORMS_FIRST + rf"(?:废止\s*{NUMBER}\s*件\s*[，,、]\s*)?现行有效(?:的)?" + FIGURE, _IN_FORCE),
    # the first bare (“行政处罚决定96件，行政许可决定412件”): in 主动公开's part only (:data:`BARE`)
    *((verb + _DECISION_FIRST + rf"(?:{words})决定" + FIGURE, value)
      for verb in (rf"(?:作出|做出|{_PUBLISHED}|公示|公布)", _BARE_DECISION)
      for words, value in (("行政处罚", _PENALTY), ("行政许可", _LICENSING), ("行政强制", _COERCION))),
))
#: A count of last year's carried over closed this year, read as :data:`PHRASES`: “办结上年结转的申请3件”, “完成上年度结转
#: 3件”, “上年结转申请已办结3件” (its cell's figure is no more than 上年结转: :func:`.closed.closed_beyond_carried`).
_CLOSED_CARRIED = re.compile(rf"(?:{CLOSED}{CARRIED}|{CARRIED}(?:中|里|当中)?(?:均|已|全部|现已)*{CLOSED})"
                             + ASIDE + WHOLE + FIGURE)
#: The second of a list of reviews and suits, said as the first (“发生政府信息公开行政复议案件3起、行政诉讼案件2起”, “被申请
#: 行政复议3件、行政诉讼2件”, “政府信息公开类行政复议3件，行政诉讼2件”; “、被提起行政诉讼2件” is a phrase of its own), read as
#: :data:`PHRASES` from the first.
_LISTED_PROCEEDINGS = (
    (re.compile(rf"(?:{_REVIEWS}|{_ON_DISCLOSURE}复议(?:案件)?){_LIST_ITEM}(?:行政)?诉讼(?:案件)?{ASIDE}{WHOLE}{CASES}"),
     LITIGATION),
    (re.compile(rf"(?:{_SUITS}|{_ON_DISCLOSURE}诉讼(?:案件)?){_LIST_ITEM}(?:行政)?复议(?:案件)?{ASIDE}{WHOLE}{CASES}"),
     RECONSIDERATION))
#: Every phrase read: (phrase, the cell in words, the cell's values).
READ = PHRASES + tuple((pattern, _CELLS[value], value) for pattern, value in FIGURE_FIRST + _LISTED_PROCEEDINGS) \
    + ((_CLOSED_CARRIED, _CELLS[CARRIED_OVER], CARRIED_CLOSED),)
#: 表二's named bare (“行政处罚90件”, “行政处罚决定90件”): read in 主动公开's part only
#: (:func:`.matters.on_topic`), elsewhere they may be cases or what applications asked for.
BARE = {pattern for pattern, _cell, _value in READ
        if pattern.pattern.startswith((_BARE_PENALTY, _BARE_DECISION))}
#: The results with their figure first (“24件予以公开”) and the phrases of 办结, 予以公开 … (“审核稿件612件，予以公开590件”, “办理
#: 信访事项56件，办结54件”): of applications only as :func:`.matters.of_other_things` says (an application left uncorrected
#: or with its fee notice unpaid is always an application, a count carried forward or over one too).
RESULT_PHRASES = {pattern for pattern, value in FIGURE_FIRST
                  if value in OF_APPLICATIONS and value not in (_UNCORRECTED, _UNPAID)} \
    | {pattern for pattern, _cell, value in PHRASES if value in (RESULTS, GRANTED, PARTLY_GRANTED, *GROUPS)}
#: What became of applications closed (予以公开 to 其他处理), not 办结 nor 结转 itself: the parts of a count closed; not one
#: kind's by its reason between (“8件因信息不存在未能提供”: its group's rest is not told).
OUTCOME_PHRASES = {pattern for pattern, _cell, value in READ if value in OF_APPLICATIONS
                   and value not in (CARRIED_FORWARD, RESULTS) and "between" not in pattern.groupindex}
#: What became of applications with the figure first: after “对” of those applications only (:func:`.parts.to_some`).
FIGURE_FIRST_RESULTS = {pattern for pattern, value in FIGURE_FIRST if value in OF_APPLICATIONS}

#: 表四's groups a count of reviews or suits stands for: (in words, the groups).
PROCEEDINGS = {RECONSIDERATION: ("表四“行政复议”", REVIEW_GROUPS[:1]),
               LITIGATION: ("表四两类“行政诉讼”", REVIEW_GROUPS[1:])}


#: Counts listed after their names with 分别, or one count with 各 (group ``each``): “新收、上年结转申请分别为55件、4件”,
#: “予以公开、部分公开的分别是22件、6件”, “被申请行政复议和被提起行政诉讼分别为3件和2件”, “行政复议、行政诉讼各1件”
#: (:func:`.respective.respectively`): each name's cell (a bare 结转 is none).
RESPECTIVE_NAMES = ((r"上一?年度?结转|去年结转", CARRIED_OVER), (r"结转(?:至|到)?下一?年度?", CARRIED_FORWARD),
                    (r"新收|收到|受理", NEW_RECEIVED), (r"办结|答复", RESULTS), (r"部分(?:予以)?公开", PARTLY_GRANTED),
                    (r"不予(?:以)?公开", DENIED), (r"(?:予以|全部)公开", GRANTED), (r"无法提供", UNABLE),
                    (r"不予处理", NOT_PROCESSED), (r"其他处理", OTHER_HANDLING), (r"结转", None),
                    (r"行政许可", _LICENSING), (r"行政处罚", _PENALTY), (r"行政强制", _COERCION),
                    (r"(?:被申请)?(?:行政)?复议", RECONSIDERATION), (r"(?:被提起)?(?:行政)?诉讼", LITIGATION))
#: 表二's, named as other matters than applications (:data:`.matters.OTHER_MATTERS`: 许可).
DISCLOSURE_NAMES = (_LICENSING, _PENALTY, _COERCION)
_NAME = "|".join(f"(?:{words})" for words, _value in RESPECTIVE_NAMES)
_ITEM = rf"\s*{NUMBER}\s*[件起]?"
RESPECTIVE = re.compile(rf"(?P<names>(?:{_NAME})(?:\s*[、和及与]\s*(?:{_NAME}))+)的?(?:(?:政府)?(?:信息)?公开)?(?:申请|决定|案件)?"
                        rf"(?:数量?|件数)?的?(?:数量?)?(?:分别(?:为|是|有|达到?)?(?P<figures>{_ITEM}(?:\s*[、和及与]{_ITEM})+)"
                        rf"|各(?:为|有)?(?P<each>{_ITEM}))(?=\s*[，,。；;）)]|$)")
