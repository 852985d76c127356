"""``reportkit check`` (R9) on counts of applicants and of a group's kinds as more reports word them: the count received
as “全年收到的55件申请中” or “全年共有55件政府信息公开申请”, applicants with the count first (“40件来自自然人”), and a
kind of 不予公开 (无法提供, …) by a reason naming its row after “其中” (“不予公开8件，其中因保护第三方合法权益不予公开2件”:
the row's count, as “其中涉及第三方合法权益2件” is). The tables are test_check_published's (55 new: 43 自然人; 8 不予公开,
3 of them 第三方合法权益; 11 无法提供, 9 不掌握); the sentences are written for these tests."""
from __future__ import annotations

import pytest

from test_check_r9_shares_and_wan import NATURAL, _said
from test_check_wording_new_closed import FIX

NEW = "而表三“一、本年新收政府信息公开申请数量”的总计为 55"
THIRD_PARTY = "而表三“（三）不予公开”中“4.保护第三方合法权益”的总计为 3"
NOT_HELD = "而表三“（四）无法提供”中“1.本机关不掌握相关政府信息”的总计为 9"

#: A wrong figure each, which passed before: (sentence, the warnings).
MISSES = {
    "收到的几件申请中": ("全年收到的55件申请中，40件来自自然人。", [f"正文写的是“40件来自自然人”，而{NATURAL}{FIX}"]),
    "共有几件申请": ("全年共有55件政府信息公开申请，其中自然人40件。", [f"正文写的是“自然人40件”，而{NATURAL}{FIX}"]),
    "数字在来自前": ("全年收到申请55件，其中40件来自自然人。", [f"正文写的是“40件来自自然人”，而{NATURAL}{FIX}"]),
    "收到的几件不符": ("全年收到的50件申请中，43件来自自然人。", [f"正文写的是“收到的50件申请”，{NEW}{FIX}"]),
    "共有几件不符": ("全年共有50件政府信息公开申请，其中自然人43件。", [f"正文写的是“共有50件政府信息公开申请”，{NEW}{FIX}"]),
    "其中因某理由不予公开": ("全年不予公开8件，其中因保护第三方合法权益不予公开2件。", [
        f"正文写的是“因保护第三方合法权益不予公开2件”，{THIRD_PARTY}{FIX}"]),
    "其中几件无法提供是因为": ("无法提供11件，其中7件无法提供是因为本机关不掌握相关政府信息。", [
        f"正文写的是“7件无法提供是因为本机关不掌握相关政府信息”，{NOT_HELD}{FIX}"]),
}


@pytest.mark.parametrize("name", MISSES)
def test_a_wrong_figure_in_these_wordings_is_warned_about(tmp_path, name):
    text, messages = MISSES[name]
    assert _said(tmp_path, text) == messages


#: The same wordings with the tables' figures; a part of a row (商业秘密: at most the row's), a reason naming two.
CORRECT = (
    "全年收到的55件申请中，43件来自自然人，12件来自法人或其他组织。",
    "全年共有55件政府信息公开申请，其中自然人43件。",
    "全年收到申请55件，其中43件由自然人提出。",
    "全年不予公开8件，其中因保护第三方合法权益不予公开3件。",
    "无法提供11件，其中9件无法提供是因为本机关不掌握相关政府信息。",
    "全年不予公开8件，其中因涉及商业秘密不予公开2件。",
    "全年不予公开8件，其中因涉及国家秘密或第三方合法权益不予公开4件。",
    # some of those received, not the year's
    "全年收到申请55件，对当场收到的3件申请当场答复。",
)


@pytest.mark.parametrize("text", CORRECT)
def test_the_tables_figures_in_these_wordings_are_ok(tmp_path, text):
    assert _said(tmp_path, text) == []
