"""``reportkit check`` on counts told with a change from last year (“同比增加10件”, “较上年减少1件”): the change's figure
is a difference, no count of the table; the count before it and the parts after “其中” are compared as they are. The
tables are test_check_published's (55 new, 54 closed, 8 不予公开: 3 第三方合法权益, 0 国家秘密; 11 无法提供: 9 不掌握;
4 不予处理: 2 信访举报投诉); the sentences are written for these tests."""
from __future__ import annotations

import pytest

from test_check_r9_applicants_and_suits import _warnings
from test_check_r9_large_and_about_figures import _more
from test_check_r9_shares_and_wan import _said
from test_check_wording_new_closed import FIX, _worded

THIRD_PARTY = "而表三“（三）不予公开”中“4.保护第三方合法权益”的总计为 3"

#: A kind's change told after “其中”: (sentence, the warnings). Each was read as the kind's count before.
KINDS_CHANGED = {
    "减少": ("全年不予公开8件，其中涉及第三方合法权益的减少1件。", []),
    "同比减少": ("全年不予公开8件，同比减少2件，其中涉及第三方合法权益的同比减少1件。", []),
    "比上年少": ("全年不予公开8件，其中涉及第三方合法权益的比上年少1件。", []),
    "较上年增加": ("全年不予公开8件，其中涉及第三方合法权益的较上年增加1件。", []),
    "增加了": ("全年无法提供11件，其中本机关不掌握相关政府信息的增加了2件。", []),
    "不予处理": ("全年不予处理4件，其中信访举报投诉类申请减少1件。", []),
    # the kinds' counts beside them are still compared
    "其后的数不符": ("全年不予公开8件，其中涉及第三方合法权益的减少1件，属于国家秘密的1件。", [
        f"正文写的是“属于国家秘密的1件”，而表三“（三）不予公开”中“1.属于国家秘密”的总计为 0{FIX}"]),
    "数不符": ("全年不予公开8件，同比减少2件，其中涉及第三方合法权益的2件。", [
        f"正文写的是“涉及第三方合法权益的2件”，{THIRD_PARTY}{FIX}"]),
    "数与增减": ("全年不予公开8件，其中涉及第三方合法权益的3件，同比减少1件。", []),
}


@pytest.mark.parametrize("name", KINDS_CHANGED)
def test_a_kinds_change_after_its_groups_count_is_no_count(tmp_path, name):
    text, messages = KINDS_CHANGED[name]
    assert _said(tmp_path, text) == messages


#: A count, its change, then its parts after “其中”, the table's 本年新收 70: (sentence, the warnings).
SUBJECT_TOTAL = {
    "局机关": ("本局收到申请70件，同比增加10件，其中局机关52件。", []),
    "局机关与二级单位": ("本局收到申请70件，同比增加10件，其中局机关52件，二级单位18件。", []),
    "百分数": ("本局收到申请70件，较上年增长16.7%，其中局机关52件。", []),
    "办结": ("本局收到申请70件，同比增加10件，其中局机关52件；办结60件。", [
        f"正文写的是“办结60件”，而表三“三、本年度办理结果（七）总计”为 69{FIX}"]),
    "总数不符": ("本局收到申请75件，同比增加10件，其中局机关52件。", [
        f"正文写的是“收到申请75件”，而表三“一、本年新收政府信息公开申请数量”的总计为 70{FIX}"]),
}


@pytest.mark.parametrize("name", SUBJECT_TOTAL)
def test_a_count_with_its_change_is_its_subjects_and_its_parts_are_parts(tmp_path, name):
    text, messages = SUBJECT_TOTAL[name]
    assert _warnings(tmp_path, _more(_worded(1, f"（二）依申请公开。{text}"), 15), 1) == messages
