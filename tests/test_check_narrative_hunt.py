"""``reportkit check`` (R9) on 依申请公开 and 主动公开 sentences worded as 2019–2024 reports word them: a count closed
listed after a count received (“收到申请55件，同比增加10件，办结50件”) is the year's unless told of them (“已办结”,
“其中…”) or the rest of them is told after it (“…，结转下年度5件”); applicants of a kind after “公开”, after “属于” or
after a clause naming those received (“全年收到的申请中，”), also after a change that names its year; a decision count
told on after a change or after “制定并公开”; a group's count as “不予公开的8件中” and its kinds after it, also in
brackets alone or with the figure first (“其中2件属于重复申请”); “在办结的54件中”. The tables are
test_check_published's (55 new: 43 自然人, 12 法人或其他组织; 4 carried over, 54 closed, 22 予以公开, 8 不予公开 (3 第三方
合法权益), 11 无法提供 (9 不掌握), 4 不予处理 (1 重复申请), 5 carried forward; 表二: 规范性文件 3 made, 1 repealed, 17 in
force, 412 许可, 96 处罚); the sentences are written for these tests."""
from __future__ import annotations

import pytest

from test_check_r9_shares_and_wan import CLOSED, NATURAL, _said
from test_check_wording_new_closed import FIX

#: A wrong figure each, which passed before: (sentence, the warnings).
MISSES = {
    "依申请公开之后的申请人": ("全年收到申请55件，同比增加10件，其中依申请公开自然人申请40件。", [
        f"正文写的是“自然人申请40件”，而{NATURAL}{FIX}"]),
    "增减之后列出的办结": ("全年收到申请55件，同比增加10件，办结50件。", [f"正文写的是“办结50件”，{CLOSED} 54{FIX}"]),
    "办结含上年结转": ("全年收到政府信息公开申请55件，办结50件（含上年结转4件），结转至2022年度5件。", [
        f"正文写的是“办结50件”，{CLOSED} 54{FIX}"]),
    "收到的申请中属于自然人": ("全年收到的申请中，属于自然人申请的40件。", [
        "正文写的是“属于自然人申请的40件”，而表三“一、本年新收”中“自然人”为 43，连同“二、上年结转”为 46" + FIX]),
    "与某年相比之后的申请人": ("本年度新收政府信息公开申请55件，比2020年的49件增加6件，其中自然人申请40件。", [
        f"正文写的是“自然人申请40件”，而{NATURAL}{FIX}"]),
    "不予公开的几件中": ("不予公开的8件中，涉及第三方合法权益2件。", [
        "正文写的是“涉及第三方合法权益2件”，而表三“（三）不予公开”中“4.保护第三方合法权益”的总计为 3" + FIX]),
    "不予公开的几件不符": ("不予公开的9件中，涉及第三方合法权益3件。", [
        f"正文写的是“不予公开的9件”，而表三“（三）不予公开”各项之和为 8{FIX}"]),
    "无法提供的几件中": ("本年度，无法提供的11件中，本机关不掌握相关政府信息的7件。", [
        "正文写的是“本机关不掌握相关政府信息的7件”，而表三“（四）无法提供”中“1.本机关不掌握相关政府信息”的总计为 9" + FIX]),
    "数字在理由前": ("全年不予处理4件，其中2件属于重复申请。", [
        "正文写的是“2件属于重复申请”，而表三“（五）不予处理”中“2.重复申请”的总计为 1" + FIX]),
    "在办结的几件中": ("在办结的54件中，予以公开20件，部分公开6件。", [
        f"正文写的是“予以公开20件”，而表三“（一）予以公开”的总计为 22{FIX}"]),
    "在办结的几件不符": ("在办结的50件中，予以公开22件，部分公开6件。", [f"正文写的是“办结的50件”，{CLOSED} 54{FIX}"]),
    "括号里的理由": ("无法提供11件（本机关不掌握相关政府信息8件，没有现成信息需要另行制作1件，补正后申请内容仍不明确1件）。", [
        "正文写的是“本机关不掌握相关政府信息8件”，而表三“（四）无法提供”中“1.本机关不掌握相关政府信息”的总计为 9" + FIX]),
}


@pytest.mark.parametrize("name", MISSES)
def test_a_wrong_figure_in_these_wordings_is_warned_about(tmp_path, name):
    text, messages = MISSES[name]
    assert _said(tmp_path, text) == messages


#: 表二's counts told on without their noun: (sentence, the warnings).
ACTIVE_MISSES = {
    "增减之后的决定": ("本年度作出行政处罚决定96件，同比减少5件，行政许可决定400件。", [
        "正文写的是“作出行政处罚决定96件，同比减少5件，行政许可决定400件”，而表二“行政许可”的处理决定数量为 412" + FIX]),
    "制定并公开": ("本年度共制定并公开行政规范性文件3件，废止2件。", [
        "正文写的是“制定并公开行政规范性文件3件，废止2件”，而表二“行政规范性文件”的本年废止件数为 1" + FIX]),
}


@pytest.mark.parametrize("name", ACTIVE_MISSES)
def test_a_wrong_figure_on_active_disclosure_is_warned_about(tmp_path, name):
    text, messages = ACTIVE_MISSES[name]
    assert _said(tmp_path, text, 0) == messages


#: Sentences whose figures all match the tables, written the way reports word them (the first warned about before).
CORRECT = (
    "上年结转申请4件已全部办结，本年度新收申请55件，办结50件，结转下年度5件。",
    "全年收到申请55件，办结50件，其余5件正在办理中。",
    "全年收到申请55件，同比增加10件，已办结50件。",
    "全年收到政府信息公开申请55件，较上年增加12件；其中依申请公开答复52件，另有3件结转至下一年度继续办理。",
    "收到申请55件，同比增加10件，其中依申请公开自然人申请43件。",
    "全年收到的申请中，属于自然人申请的43件，属于法人或其他组织申请的12件。",
    "本年度新收政府信息公开申请55件，比2020年的49件增加6件，其中自然人申请43件。",
    "不予公开的8件中，涉及第三方合法权益3件，属于过程性信息2件。",
    "全年不予处理4件，其中2件属于信访举报投诉类申请，1件属于重复申请。",
    "在办结的54件中，予以公开22件，部分公开6件，不予公开8件，无法提供11件，不予处理4件，其他处理3件。",
    "本年度共收到政府信息公开申请55件，较上年增加6件，增长12.2%，上年结转4件，共办结54件，结转下年度5件。",
    "全年新收政府信息公开申请55件，其中自然人43件、商业企业8件、社会公益组织1件、法律服务机构2件、其他1件。",
    "从申请渠道看，当面申请10件，网上申请40件，信函申请5件。",
    "全年受理政府信息公开申请59件（含上年结转4件），办结54件，办结率91.5%。",
    "本年度我局收到的政府信息公开申请中，自然人申请43件，占78.2%，法人或其他组织申请12件，占21.8%。",
    "本年度无法提供11件，其中本机关不掌握相关政府信息9件、没有现成信息需要另行制作1件、补正后申请内容仍不明确1件。",
    "截至2021年12月31日，共办结54件，尚有5件结转至2022年继续办理。",
    "本年度共接收政府信息公开申请55件，已办结54件，结转下年度办理5件。",
    "全年共答复政府信息公开申请54件，其中，予以公开22件，部分公开6件，不予公开8件，无法提供11件，不予处理4件，其他处理3件。",
    "不予公开的8件中，涉及第三方合法权益3件，属于过程性信息2件，属于内部事务信息1件，其他法律行政法规禁止公开1件，属于行政查询事项1件。",
    "上年度结转申请4件，本年度新收55件，合计59件；全年办结54件，结转下一年度5件。",
    "年内办结申请54件，另有5件因需征求第三方意见，结转至下一年度办理。",
    "全年共收到政府信息公开申请55件，同比增长12.2%，其中，自然人申请43件，同比增加5件。",
    "本年度共收到申请55件，主要涉及土地征收、房屋拆迁、规划许可等方面，其中涉及土地征收的20件。",
    "全年收到政府信息公开申请55件，办结54件（含上年结转4件），结转至2022年度5件。",
    "2021年，本局收到政府信息公开申请55件，比2020年增长12.2%；办结54件，结转下年度5件。",
    "无法提供11件（本机关不掌握相关政府信息9件，没有现成信息需要另行制作1件，补正后申请内容仍不明确1件）。",
    "不予公开8件（占14.8%），无法提供11件（同比增加2件）。",
)


@pytest.mark.parametrize("text", CORRECT)
def test_a_correct_figure_in_these_wordings_is_ok(tmp_path, text):
    assert _said(tmp_path, text) == []


#: 主动公开's sentences whose figures match 表二.
CORRECT_ACTIVE = (
    "本年度制发行政规范性文件3件，废止1件，现行有效17件。",
    "全年公开行政处罚决定96件，行政许可决定412件，行政强制决定5件。",
    "本年度作出行政处罚决定96件，同比减少5件，行政许可决定412件。",
    "本年度作出行政处罚决定96件，同比减少5件，其中简易程序12件。",
    "全年通过门户网站主动公开政府信息1320条，其中行政许可412件，行政处罚96件。",
    "本年度共制定并公开行政规范性文件3件，废止1件。",
)


@pytest.mark.parametrize("text", CORRECT_ACTIVE)
def test_a_correct_figure_on_active_disclosure_is_ok(tmp_path, text):
    assert _said(tmp_path, text, 0) == []
