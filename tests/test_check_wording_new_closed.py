"""``reportkit check`` on annual reports copied from an agency's page into a text file, their part 一 worded as other
agencies word it. A correct report is ``ok``: a count of the year's new applications closed that year (“当年收到当年
办结”, “新收申请55件，其中已办结50件”; not “未办结”), 其中 after new and carried over listed, a count closed of other
matters named after its figure, a government's count with its departments are no table figure. A figure the text
states that the tables contradict is found: counts received said as 依申请公开, carried forward to a named year “的申请”,
reviews and suits in 起 and their outcomes, 表二's 本年废止件数, 现行有效件数 and 行政强制, a fee charged in Chinese
numerals. The tables are test_check_published's (55 new, 4 carried over, 54 closed, 5 carried forward; 规范性文件 3
issued, 1 repealed, 17 in force; 行政强制 5; reviews 3: 2 upheld, 1 corrected; suits 2); the sentences are written for
these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from _import_helpers import page_as_text
from test_check_published import OK, _add, check, report, web_page

AGENCY = "某县水利局"
NEW = "表三“一、本年新收政府信息公开申请数量”的总计为 55"
FIX = "：请改正其中一处（R9）"


def _checked(tmp_path: Path, r: dict) -> list[tuple[str, str, str, str]]:
    """``reportkit check`` on ``r``'s page as a browser copies it into a text file."""
    page = web_page(r, tmp_path / "report.html")
    copy = tmp_path / "report.txt"
    copy.write_text(page_as_text(page.read_text(encoding="utf-8")), encoding="utf-8")
    return check(tmp_path, copy)


def _worded(paragraph: int, text: str, agency: str = AGENCY, year: int = 2021) -> dict:
    """The report with part 一's ``paragraph`` (0: 主动公开, line 4 of the copy; 1: 依申请公开, line 5) as ``text``."""
    r = report(year, agency)
    r["overview"][paragraph] = text
    return r


#: Correct sentences, each warned about before: (paragraph, sentence, agency).
CORRECT = {
    # 50 of the year's 55 closed in the year, the carried over 4 too: 54 in all
    "当年收到当年办结": (1, "（二）依申请公开。全年收到申请55件，其中当年收到当年办结50件，上年结转申请办结4件。", AGENCY),
    "办结本年度新收申请": (1, "（二）依申请公开。办结本年度新收申请50件、上年结转申请4件，均在法定期限内答复。", AGENCY),
    "新收的申请中办结": (1, "（二）依申请公开。对上年结转的4件申请，本年度已全部办结。全年新收的55件申请中，办结50件，另有5件结转"
                     "下年度。", AGENCY),
    "新收后当年办结": (1, "（二）依申请公开。本年度新收申请55件，当年办结50件，结转5件。", AGENCY),
    "新收其中办结、未办结": (1, "（二）依申请公开。本年度新收申请55件，其中已办结50件，未办结5件。", AGENCY),
    "新收其中当年办结、共办结": (1, "（二）依申请公开。本年度新收申请55件，其中当年办结50件，上年结转4件全部办结，共办结54件。",
                       AGENCY),
    # 其中 of both counts listed, not of last year's carried over only
    "新收和结转其中办结": (1, "（二）依申请公开。本年度新收申请55件、上年结转4件，其中办结54件。", AGENCY),
    "办结的是人大建议": (1, "（二）依申请公开。全年办结14件人大代表建议和政协提案，办结申请54件。", AGENCY),
    "办结的是复议案件": (1, "（二）依申请公开。办结3件行政复议案件，办结申请54件。", AGENCY),
    "政府及其工作部门": (1, "（二）依申请公开。县政府及其工作部门全年收到政府信息公开申请298件，较上年增长9.2%。", "某县人民政府"),
}


@pytest.mark.parametrize("name", CORRECT)
def test_a_count_of_part_of_the_closed_of_other_matters_or_with_the_departments_is_ok(tmp_path, name):
    paragraph, text, agency = CORRECT[name]
    assert _checked(tmp_path, _worded(paragraph, text, agency)) == OK


def test_the_new_closed_in_the_year_are_at_most_the_new_and_all_closed(tmp_path):
    """More of the year's new closed than came in (or than were closed in all) is wrong, said with both cells."""
    text = "（二）依申请公开。全年收到申请55件，其中当年收到当年办结56件。"
    assert _checked(tmp_path, _worded(1, text)) == [("第 5 行", "warning", "R9", (
        "正文写的是“收到当年办结56件”，即本年度新收的申请中办结了 56 件，而表三“一、本年新收政府信息公开申请数量”的总计只有 55 件："
        "新收申请中办结的不会多于收到的，请改正其中一处（R9）"))]
    text = "（二）依申请公开。全年新收的55件申请中，办结57件。"
    assert _checked(tmp_path, _worded(1, text)) == [("第 5 行", "warning", "R9", (
        "正文写的是“全年新收的55件申请中，办结57件”，即本年度新收的申请中办结了 57 件，而表三“一、本年新收政府信息公开申请数量”的"
        "总计只有 55 件：新收申请中办结的不会多于收到的，请改正其中一处（R9）"))]
    text = "（二）依申请公开。本年度新收申请55件，其中，已办结56件。"
    assert _checked(tmp_path, _worded(1, text)) == [("第 5 行", "warning", "R9", (
        "正文写的是“新收申请55件，其中，已办结56件”，即本年度新收的申请中办结了 56 件，而表三“一、本年新收政府信息公开申请数量”的"
        "总计只有 55 件：新收申请中办结的不会多于收到的，请改正其中一处（R9）"))]
    r = _worded(1, "（二）依申请公开。办结本年度新收申请55件。")
    _add(r["t3"], "new", 0, 1)  # 56 new, 54 closed, 6 carried forward
    _add(r["t3"], "forward", 0, 1)
    assert _checked(tmp_path, r) == [("第 5 行", "warning", "R9", (
        "正文写的是“办结本年度新收申请55件”，即本年度新收的申请中办结了 55 件，而表三“三、本年度办理结果（七）总计”只有 54 件："
        "新收申请中办结的不会多于全年办结的，请改正其中一处（R9）"))]


#: Sentences the tables contradict, each found nowhere before: (paragraph, sentence, the warnings' messages).
WRONG = {
    "新收依申请公开事项": (1, "（二）依申请公开。全年新收依申请公开事项五十件，均已按期答复。",
                   [f"正文写的是“新收依申请公开事项五十件”，而{NEW}{FIX}"]),
    "收到依申请公开": (1, "（二）依申请公开。全年共收到依申请公开52件。", [f"正文写的是“收到依申请公开52件”，而{NEW}{FIX}"]),
    "结转至下一年的申请": (1, "（二）依申请公开。结转至2022年继续办理的申请3件。", [
        f"正文写的是“结转至2022年继续办理的申请3件”，而表三“四、结转下年度继续办理”的总计为 5{FIX}"]),
    "新收和结转其中办结": (1, "（二）依申请公开。本年度新收申请55件、上年结转4件，其中办结50件。", [
        f"正文写的是“办结50件”，而表三“三、本年度办理结果（七）总计”为 54{FIX}"]),
    "复议诉讼按起": (1, "（二）依申请公开。本局全年被申请行政复议4起，结果维持2起、结果纠正1起；被提起行政诉讼3起。", [
        f"正文写的是“被申请行政复议4起”，而表四“行政复议”的总计为 3{FIX}",
        f"正文写的是“被提起行政诉讼3起”，而表四两类“行政诉讼”的总计之和为 2{FIX}"]),
    "复议结果按起": (1, "（二）依申请公开。本局全年被申请行政复议3起，结果维持1起、结果纠正2起。", [
        f"正文写的是“结果维持1起”，而表四“行政复议”的“结果维持”为 2{FIX}",
        f"正文写的是“结果纠正2起”，而表四“行政复议”的“结果纠正”为 1{FIX}"]),
    "废止和现行有效": (0, "（一）主动公开。本年度废止规范性文件2件，现行有效的行政规范性文件18件。", [
        f"正文写的是“废止规范性文件2件”，而表二“行政规范性文件”的本年废止件数为 1{FIX}",
        f"正文写的是“现行有效的行政规范性文件18件”，而表二“行政规范性文件”的现行有效件数为 17{FIX}"]),
    "数字在前的废止": (0, "（一）主动公开。本年度废止2件规范性文件。", [
        f"正文写的是“废止2件规范性文件”，而表二“行政规范性文件”的本年废止件数为 1{FIX}"]),
    "行政强制": (0, "（一）主动公开。全年作出行政强制决定8件，均按期公开。", [
        f"正文写的是“作出行政强制决定8件”，而表二“行政强制”的处理决定数量为 5{FIX}"]),
    "汉字写的信息处理费": (1, "（二）依申请公开。因申请内容需大量加工，收取信息处理费二百元。", [
        "正文写的是“信息处理费二百元”，而“六、其他需要报告的事项”没有写收费通知的件数和金额（或写的是未收取）：请在“六、其他需要"
        "报告的事项”写明本年度发出收费通知的件数和金额、实际收取的金额（R10）"]),
}


@pytest.mark.parametrize("name", WRONG)
def test_a_figure_the_tables_contradict_is_found_at_its_line(tmp_path, name):
    paragraph, text, messages = WRONG[name]
    rows = _checked(tmp_path, _worded(paragraph, text))
    assert sorted(rows) == sorted((f"第 {4 + paragraph} 行", "warning", "R10" if "R10" in m else "R9", m)
                                  for m in messages)


#: The same facts worded right: the new phrases raise nothing (the 2019 tables have no 本年废止件数, 现行有效件数; their
#: 行政强制, 行政处罚 are 3, 88: ``{coercion}``, ``{penalty}``).
AGREEING = {
    "废止和现行有效": (0, "（一）主动公开。本年度废止行政规范性文件1件，截至年底现行有效规范性文件17件。"),
    "清理的现行有效文件": (0, "（一）主动公开。清理现行有效规范性文件20件，废止1件，提请废止规范性文件2件。"),
    "行政强制": (0, "（一）主动公开。作出行政强制决定{coercion}件，作出行政处罚决定{penalty}件。"),
    "复议诉讼按起": (1, "（二）依申请公开。本局全年被申请行政复议3起，结果维持2起、结果纠正1起；被提起行政诉讼2起。"),
    "结转至下一年": (1, "（二）依申请公开。结转至{next}年继续办理的申请5件。"),
    "新收依申请公开事项": (1, "（二）依申请公开。全年新收依申请公开事项五十五件，较上年增加12件。"),
}


@pytest.mark.parametrize("name", AGREEING)
@pytest.mark.parametrize("year", (2021, 2020))
def test_the_same_facts_worded_right_are_ok(tmp_path, name, year):
    paragraph, text = AGREEING[name]
    figures = {"coercion": 5, "penalty": 96} if year == 2021 else {"coercion": 3, "penalty": 88}
    assert _checked(tmp_path, _worded(paragraph, text.format(next=year + 1, **figures), year=year)) == OK
