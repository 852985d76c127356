"""``reportkit check`` on annual reports copied from an agency's page into a text file, more of R9's figures: the
year's applicants of a kind with no count received before them, “企业”, “公民个人”; a count after “其中” larger than
the count it parts; decisions published (“公开行政处罚决定”), named bare in 主动公开's part, or told after another
decision count's own list; a count carried forward with its reason before 结转. The tables are test_check_published's
(55 new: 43 自然人, 12 法人或其他组织 of which 8 商业企业; 4 carried over: 3 and 1; 54 closed; 5 carried forward;
表二's decisions: 行政许可 412, 行政处罚 96); the sentences are written for these tests."""
from __future__ import annotations

import pytest

from test_check_published import OK
from test_check_r9_applicants_and_suits import _warnings
from test_check_wording_new_closed import FIX, _checked, _worded

#: Correct sentences, each of a wording now read (or like one): (paragraph of part 一, sentence).
CORRECT = {
    "全年自然人": (1, "（二）依申请公开。全年共有自然人提出申请43件，法人或其他组织提出申请12件。"),
    "全年含结转": (1, "（二）依申请公开。全年共有自然人提出申请46件，法人或其他组织提出申请13件。"),
    "本年度企业": (1, "（二）依申请公开。依申请公开方面，本年度企业申请8件。"),
    "公民个人和企业": (1, "（二）依申请公开。本年度新收申请55件，其中公民个人申请43件，企业申请8件。"),
    # another year's, another topic's, after another count
    "上年企业": (1, "（二）依申请公开。上年企业申请5件。"),
    "国有企业": (1, "（二）依申请公开。本年度共收到申请55件，其中国有企业申请5件。"),
    "主动公开里的企业": (0, "（一）主动公开。全年共有企业申请30件。"),
    "受理的申请中": (1, "（二）依申请公开。全年受理的申请中，涉及拆迁的20件，自然人申请15件。"),
    "其中按期办结": (1, "（二）依申请公开。办结申请54件，其中按期办结50件。"),
    "公开处罚决定": (0, "（一）主动公开。本年度公开行政处罚决定96件。"),
    "不予公开处罚决定": (1, "（二）依申请公开。本年度收到申请55件，对申请公开行政处罚决定3件的，予以公开。"),
    "列出的处罚": (0, "（一）主动公开。本年度集中公示行政许可412件、行政处罚96件。"),
    "依申请公开里的处罚": (1, "（二）依申请公开。本年度行政处罚90件，申请人多为被处罚人。"),
    "办理处罚案件": (0, "（一）主动公开。本年度办理行政处罚案件90件。"),
    "各自的列表": (0, "（一）主动公开。本年度作出行政处罚决定96件，其中简易程序30件、一般程序66件，行政许可决定412件。"),
    "因故结转": (1, "（二）依申请公开。本年度办结申请54件，另有5件申请因需征求第三方意见结转到下一年度。"),
}


@pytest.mark.parametrize("name", CORRECT)
def test_a_correct_figure_is_ok(tmp_path, name):
    paragraph, text = CORRECT[name]
    assert _checked(tmp_path, _worded(paragraph, text)) == OK


PENALTY = "而表二“行政处罚”的处理决定数量为 96"
#: Sentences the tables (or the sentence itself) contradict, each found nowhere before: (paragraph, sentence, messages).
WRONG = {
    "全年自然人": (1, "（二）依申请公开。全年共有自然人提出申请40件，法人或其他组织提出申请12件。", [
        f"正文写的是“自然人提出申请40件”，而表三“一、本年新收”中“自然人”为 43，连同“二、上年结转”为 46{FIX}"]),
    "本年度企业": (1, "（二）依申请公开。依申请公开方面，本年度企业申请7件。", [
        f"正文写的是“企业申请7件”，而表三“一、本年新收”中“商业企业”为 8，连同“二、上年结转”为 9{FIX}"]),
    "收到后的企业": (1, "（二）依申请公开。本年度共收到申请55件，其中企业申请7件。", [
        f"正文写的是“企业申请7件”，而表三“一、本年新收政府信息公开申请数量”中“商业企业”为 8{FIX}"]),
    "公民个人": (1, "（二）依申请公开。本年度共收到申请55件，其中公民个人申请40件。", [
        f"正文写的是“公民个人申请40件”，而表三“一、本年新收政府信息公开申请数量”中“自然人”为 43{FIX}"]),
    "按期办结多于办结": (1, "（二）依申请公开。办结申请54件，其中按期办结56件。", [
        "正文写的是“办结申请54件，其中按期办结56件”，其中的 56 件多于前面的 54 件：一部分不会多于全部，请改正其中一处（R9）"]),
    "公开处罚决定": (0, "（一）主动公开。本年度公开行政处罚决定90件。", [f"正文写的是“公开行政处罚决定90件”，{PENALTY}{FIX}"]),
    "主动公开里的处罚": (0, "（一）主动公开。本年度行政处罚90件。", [f"正文写的是“行政处罚90件”，{PENALTY}{FIX}"]),
    "列出的处罚": (0, "（一）主动公开。本年度集中公示行政许可412件、行政处罚90件。", [f"正文写的是“行政处罚90件”，{PENALTY}{FIX}"]),
    "列表后的许可": (0, "（一）主动公开。本年度作出行政处罚决定96件，其中简易程序30件，行政许可决定410件。", [
        "正文写的是“作出行政处罚决定96件，其中简易程序30件，行政许可决定410件”，而表二“行政许可”的处理决定数量为 412"
        f"{FIX}"]),
    "因故结转": (1, "（二）依申请公开。本年度办结申请54件，另有4件申请因需征求第三方意见结转到下一年度。", [
        f"正文写的是“4件申请因需征求第三方意见结转到下一年度”，而表三“四、结转下年度继续办理”的总计为 5{FIX}"]),
}


@pytest.mark.parametrize("name", WRONG)
def test_a_wrong_figure_is_warned_once_at_its_line(tmp_path, name):
    paragraph, text, messages = WRONG[name]
    assert _warnings(tmp_path, _worded(paragraph, text), paragraph) == messages
