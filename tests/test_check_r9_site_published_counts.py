"""``reportkit check`` on annual reports copied from an agency's page into a text file, more of R9's figures: a
count of 表二's published on the site (“通过门户网站公开…”: neither a part of the organ nor one channel's share),
decisions with no verb (“行政处罚决定90件”), applicants counted with 数量为, after 收到 or after “从申请主体看”, a rate
on time with no count (reckoned from （七）总计), an applicant's or a result's share after a comma, Chinese numerals
that end a larger one, other organs named as the subject (管委会, 医院, 镇), the organ's own name after the year and a
count received after last year's with the year as its subject.
The tables are test_check_published's (55 new: 43 自然人, 12 法人或其他组织; 4 carried over; 54 closed; 22 予以公开;
表二's decisions: 行政许可 412, 行政处罚 96); the sentences are written for these tests."""
from __future__ import annotations

import pytest

from test_check_published import OK, _add
from test_check_r9_applicants_and_suits import _warnings
from test_check_wording_new_closed import AGENCY, FIX, _checked, _worded

TOWN = "城关镇人民政府"

#: Correct sentences, each of a wording now read (or like one): (paragraph of part 一, sentence, agency).
CORRECT = {
    "门户网站公开处罚决定": (0, "（一）主动公开。本年度通过门户网站公开行政处罚决定96件。", AGENCY),
    "网站上公开许可决定": (0, "（一）主动公开。本年度在网站上公开行政许可决定412件。", AGENCY),
    "无动词的决定": (0, "（一）主动公开。本年度行政处罚决定96件，行政许可决定412件。", AGENCY),
    # what applications asked for, a unit's, some of the decisions
    "申请公开的决定": (1, "（二）依申请公开。本年度收到申请55件，其中申请公开行政处罚决定3件，行政许可决定2件。", AGENCY),
    "林业站作出": (0, "（一）主动公开。县林业站作出行政处罚决定30件。", AGENCY),
    "微信公众号公开": (0, "（一）主动公开。本年度通过政务微信公众号公开行政处罚决定30件。", AGENCY),
    "对企业的处罚决定": (0, "（一）主动公开。本年度通过信用网站公开对企业的行政处罚决定30件。", AGENCY),
    "个人申请数量": (1, "（二）依申请公开。本年度收到申请55件，其中个人申请数量为43件。", AGENCY),
    "收到自然人申请": (1, "（二）依申请公开。本年度收到自然人申请43件，法人或其他组织申请12件。", AGENCY),
    "各类申请人一起": (1, "（二）依申请公开。本年度共受理公民、法人和其他组织提出的政府信息公开申请55件。", AGENCY),
    "网站收到自然人申请": (1, "（二）依申请公开。本年度通过网站收到自然人申请20件。", AGENCY),
    "从申请主体看": (1, "（二）依申请公开。从申请主体看，自然人申请43件，法人或其他组织申请12件。", AGENCY),
    "申请主体的别的话": (1, "（二）依申请公开。从申请主体看，自然人申请仍占多数，上年自然人申请30件。", AGENCY),
    "按期答复率": (1, "（二）依申请公开。本年度办结申请54件，按期答复率为98.1%。", AGENCY),
    "按期答复率取整": (1, "（二）依申请公开。本年度政府信息公开申请按期答复率为95%。", AGENCY),
    "信访的按期办结率": (1, "（二）依申请公开。全年办理信访事项56件，办结54件，按期办结率96.4%。", AGENCY),
    "申请人占比": (1, "（二）依申请公开。本年度收到申请55件，其中自然人申请43件，占78.2%；法人或其他组织申请12件，占21.8%。",
              AGENCY),
    "含结转的申请人占比": (1, "（二）依申请公开。本年度共受理申请59件（含上年结转4件），其中自然人提出的46件，占78%。", AGENCY),
    "结果占比": (1, "（二）依申请公开。本年度办结申请54件，其中予以公开22件，占40.7%，部分公开6件，占比11.1%。", AGENCY),
    "占比的约数": (1, "（二）依申请公开。本年度收到申请55件，其中自然人申请43件，占比超过70%；企业申请8件，占10%以上。", AGENCY),
    "占比的变化": (1, "（二）依申请公开。本年度办结申请54件，其中予以公开22件，占比同比提高2.5%。", AGENCY),
    "几十件": (1, "（二）依申请公开。本年度办结申请54件，其中几十件予以公开。", AGENCY),
    "上年之后本年度收到": (1, "（二）依申请公开。上年收到申请48件，本年度收到55件，增加7件。", AGENCY),
    "收到后受理": (1, "（二）依申请公开。本年度收到申请55件，受理50件。", AGENCY),
    "管委会收到": (1, "（二）依申请公开。本年度开发区管委会收到申请12件。", AGENCY),
    "医院收到": (1, "（二）依申请公开。本年度县人民医院收到申请12件。", AGENCY),
    "别的镇收到": (1, "（二）依申请公开。本年度新城镇收到申请12件。", TOWN),
    "本镇的名字": (1, "（二）依申请公开。本年度城关镇收到申请55件。", TOWN),
}


@pytest.mark.parametrize("name", CORRECT)
def test_a_correct_figure_is_ok(tmp_path, name):
    paragraph, text, agency = CORRECT[name]
    assert _checked(tmp_path, _worded(paragraph, text, agency)) == OK


def test_a_chinese_numeral_is_read_whole(tmp_path):
    """一千二百 is no count of 二百 (numerals of a thousand and more are not read)."""
    r = _worded(1, "（二）依申请公开。本年度共有一千二百件申请予以公开。")
    for row in ("new", "granted", "total"):
        _add(r["t3"], row, 0, 1178)  # 1200 予以公开, the table still tying out
    assert _checked(tmp_path, r) == OK


PENALTY, LICENSING = "而表二“行政处罚”的处理决定数量为 96", "而表二“行政许可”的处理决定数量为 412"
NATURAL = "而表三“一、本年新收”中“自然人”为 43，连同“二、上年结转”为 46"
#: Sentences the tables contradict, each found nowhere before: (paragraph, sentence, agency, messages).
WRONG = {
    "门户网站公开处罚决定": (0, "（一）主动公开。本年度通过门户网站公开行政处罚决定90件。", AGENCY, [
        f"正文写的是“公开行政处罚决定90件”，{PENALTY}{FIX}"]),
    "网站上公开许可决定": (0, "（一）主动公开。本年度在网站上公开行政许可决定400件。", AGENCY, [
        f"正文写的是“公开行政许可决定400件”，{LICENSING}{FIX}"]),
    "无动词的处罚决定": (0, "（一）主动公开。本年度行政处罚决定90件。", AGENCY, [f"正文写的是“行政处罚决定90件”，{PENALTY}{FIX}"]),
    "无动词列表的许可决定": (0, "（一）主动公开。本年度行政处罚决定96件，行政许可决定400件。", AGENCY, [
        f"正文写的是“行政处罚决定96件，行政许可决定400件”，{LICENSING}{FIX}"]),
    "个人申请数量": (1, "（二）依申请公开。本年度收到申请55件，其中个人申请数量为40件。", AGENCY, [
        f"正文写的是“个人申请数量为40件”，而表三“一、本年新收政府信息公开申请数量”中“自然人”为 43{FIX}"]),
    "收到自然人申请": (1, "（二）依申请公开。本年度收到自然人申请40件。", AGENCY, [f"正文写的是“自然人申请40件”，{NATURAL}{FIX}"]),
    "从申请主体看": (1, "（二）依申请公开。从申请主体看，自然人申请40件，法人或其他组织申请12件。", AGENCY, [
        f"正文写的是“自然人申请40件”，{NATURAL}{FIX}"]),
    "按期答复率": (1, "（二）依申请公开。本年度办结申请54件，按期答复率为97.5%。", AGENCY, [
        "正文写的是“按期答复率为97.5%”，而表三“三、本年度办理结果（七）总计”为 54：按期答复的申请无论多少件，按期答复率都不会是 "
        "97.5%（52 件为 96.3%，53 件为 98.1%）：请改正其中一处（R9）"]),
    "申请人占比": (1, "（二）依申请公开。本年度收到申请55件，其中自然人申请43件，占80%。", AGENCY, [
        "正文写的是“自然人申请43件，占80%”，而 43 件占表三“一、本年新收政府信息公开申请数量”的总计 55 件的 78.2%"
        "：请改正其中一处（R9）"]),
    "结果占比": (1, "（二）依申请公开。本年度办结申请54件，其中予以公开22件，占50%。", AGENCY, [
        "正文写的是“予以公开22件，占50%”，而 22 件占表三“三、本年度办理结果（七）总计” 54 件的 40.7%：请改正其中一处（R9）"]),
    "上年之后本年度收到": (1, "（二）依申请公开。上年收到申请48件，本年度收到50件。", AGENCY, [
        f"正文写的是“收到50件”，而表三“一、本年新收政府信息公开申请数量”的总计为 55{FIX}"]),
    "年度后的本机关": (1, "（二）依申请公开。本年度县水利局收到申请50件。", AGENCY, [
        f"正文写的是“收到申请50件”，而表三“一、本年新收政府信息公开申请数量”的总计为 55{FIX}"]),
    "本镇的名字": (1, "（二）依申请公开。本年度城关镇收到申请50件。", TOWN, [
        f"正文写的是“收到申请50件”，而表三“一、本年新收政府信息公开申请数量”的总计为 55{FIX}"]),
}


@pytest.mark.parametrize("name", WRONG)
def test_a_wrong_figure_is_warned_once_at_its_line(tmp_path, name):
    paragraph, text, agency, messages = WRONG[name]
    assert _warnings(tmp_path, _worded(paragraph, text, agency), paragraph) == messages
