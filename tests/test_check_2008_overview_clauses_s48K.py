"""R9 of a 2008-edition 概述: a share's 占 or a change (增加, 提高) makes a figure no total of the year only in the
clause that holds it (and a clause going on from it: “…占…的三成，为…290条”), not earlier in the sentence nor in a
purpose before the clause's subject (“为提高透明度全年…”); in a county government's report, “全县…” is its own total,
not with other organs besides (“全县各部门…”). The parts are test_check_2008_overview_s47I3's (972 items disclosed, 36
applications); the agencies and sentences are made up for these tests."""
from __future__ import annotations

import pytest

from test_check_2008_overview_s47I3 import PARTS, PREAMBLE
from test_check_published_2008 import checked, page

DISCLOSED = "“概述”写的是“主动公开政府信息927条”（927），而“主动公开政府信息情况”写的“本年度主动公开数”为 972：请改正其中一处（R9）"
RECEIVED = "“概述”写的是“受理政府信息公开申请63件”（63），而“依申请公开政府信息情况”写的“收到申请数”为 36：请改正其中一处（R9）"


def _r9(folder, agency: str, overview: str) -> list[str]:
    text = page(f"{agency}2012年政府信息公开工作年度报告", PREAMBLE, [overview, *PARTS], "2013年3月12日")
    return [message for rule, _place, message in checked(folder, "report.html", text) if rule == "R9"]


@pytest.mark.parametrize("agency, overview, found", [
    # a share or a change earlier in the sentence, not in the figure's clause
    ("某县水务局", "窗口服务事项占全局业务的一半以上，全年主动公开政府信息927条。", [DISCLOSED]),
    ("某县水务局", "为进一步提高行政透明度全年主动公开政府信息927条。", [DISCLOSED]),
    ("某县水务局", "咨询量较上年增加不少，我局受理政府信息公开申请63件。", [RECEIVED]),
    # the whole county in the county government's report
    ("某县人民政府", "全县主动公开政府信息927条。", [DISCLOSED]),
    ("某县人民政府", "全县共受理政府信息公开申请63件。", [RECEIVED]),
    # right, and the readings next to them
    ("某县人民政府", "全县主动公开政府信息972条。", []),
    ("某县人民政府", "全县各部门主动公开政府信息927条。", []),
    ("某县人民政府", "全市主动公开政府信息927条。", []),
    ("某县水务局", "全县主动公开政府信息927条。", []),
    ("某县水务局", "主动公开政府信息较上年提高一成，达927条。", []),
    ("某县水务局", "我局主动公开政府信息比上年增加927条。", []),
    ("某县水务局", "办事指南类占主动公开政府信息的两成，为主动公开政府信息927条。", []),
])
def test_a_share_or_change_only_in_its_clause_and_the_whole_county_as_the_government_s(tmp_path, agency, overview, found):
    assert _r9(tmp_path, agency, overview) == found
