"""``reportkit check`` on shares in tenths (成) read as a reviewer reads them: “约八成” 75 % to 85 %, “近八成” just under
(75 % to 80 %), “八成多” over it and under the next tenth (80 % to 90 %), “超过八成” at least 80 %, “不到两成” at most 20 %.
The tables are test_check_published's (55 new: 43 自然人, 78.2 %; 12 法人或其他组织, 21.8 %; 54 closed, 22 予以公开);
the sentences are written for these tests."""
from __future__ import annotations

import pytest

from test_check_r9_shares_and_wan import _said
from test_check_wording_new_closed import FIX

NATURAL = "表三“一、本年新收政府信息公开申请数量”中“自然人”为 43，占总计 55 件的 78.2%"
ORGANISATIONS = "表三“一、本年新收政府信息公开申请数量”中“法人或其他组织”各列之和为 12，占总计 55 件的 21.8%"


def _far(said: str, cell: str, words: str, allows: str) -> str:
    return f"正文写的是“{said}”，而{cell}，与“{words}”相差太远（这样写的占比，表中应{allows}）{FIX}"


#: (sentence, the warnings): each wrong one was taken before, when a share in tenths allowed three tenths of it more
#: or less (“约九成” 63 % to 117 %).
TENTHS = {
    "约八成": ("全年收到申请55件，其中自然人申请约八成。", []),
    "八成左右": ("全年收到申请55件，其中自然人申请占八成左右。", []),
    "近八成": ("全年收到申请55件，其中自然人申请近八成。", []),
    "七成多": ("全年收到申请55件，其中自然人申请七成多。", []),
    "超过七成": ("全年收到申请55件，其中自然人申请超过七成。", []),
    "约两成": ("全年收到申请55件，其中法人或其他组织约占两成。", []),
    "不到三成": ("全年收到申请55件，其中法人或其他组织申请不到三成。", []),
    "约九成": ("全年收到申请55件，其中自然人申请约九成。", [
        _far("自然人申请约九成", NATURAL, "约九成", "在 85% 至 95% 之间")]),
    "九成": ("全年收到申请55件，其中自然人申请占九成。", [_far("自然人申请占九成", NATURAL, "九成", "在 85% 至 95% 之间")]),
    "近两成": ("全年收到申请55件，其中法人或其他组织申请近两成。", [
        _far("法人或其他组织申请近两成", ORGANISATIONS, "近两成", "在 15% 至 20% 之间")]),
    "六成多": ("全年收到申请55件，其中自然人申请六成多。", [
        _far("自然人申请六成多", NATURAL, "六成多", "在 60% 至 70% 之间")]),
    "超过八成": ("全年收到申请55件，其中自然人申请超过八成。", [
        _far("自然人申请超过八成", NATURAL, "超过八成", "不低于 80%")]),
    "八成以上": ("全年收到申请55件，其中自然人申请占八成以上。", [
        _far("自然人申请占八成以上", NATURAL, "八成以上", "不低于 80%")]),
    "不到两成": ("全年收到申请55件，其中法人或其他组织申请不到两成。", [
        _far("法人或其他组织申请不到两成", ORGANISATIONS, "不到两成", "不高于 20%")]),
    # after the count: the count's share of those received
    "件数之后约九成": ("全年收到申请55件，其中自然人申请43件，约占九成。", [
        "正文写的是“自然人申请43件，约占九成”，而 43 件占表三“一、本年新收政府信息公开申请数量”的总计 55 件的 78.2%，"
        f"与“约占九成”相差太远（这样写的占比，表中应在 85% 至 95% 之间）{FIX}"]),
    "件数之后约八成": ("全年收到申请55件，其中自然人申请43件，约占八成。", []),
    "予以公开四成": ("全年办结申请54件，其中予以公开22件，占四成左右。", []),
}


@pytest.mark.parametrize("name", TENTHS)
def test_a_share_in_tenths_allows_half_a_tenth_either_way(tmp_path, name):
    text, messages = TENTHS[name]
    assert _said(tmp_path, text) == messages
