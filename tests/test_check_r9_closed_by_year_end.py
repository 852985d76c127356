"""R9 on a count closed by the year's end after the count received, the rest of those told after it (“收到申请55件，
截至12月底已办结50件，尚有5件在办理期限内”): those closed are of the year's new, at most 本年新收 and at least （七）总计
less 上年结转, as a bare “已办结50件” there is. The tables are test_check_published's (55 new, 4 carried over, 54
closed); the sentences are written for these tests."""
from __future__ import annotations

from test_check_r9_closed_counts import _warnings


def test_those_closed_by_the_years_end_may_be_the_new_only(tmp_path):
    # 50 of the 55 new, the 4 carried over closed too: was warned about as 54's
    text = "（二）依申请公开。全年收到申请55件，截至12月底已办结50件，尚有5件在办理期限内。"
    assert _warnings(tmp_path, text) == []


def test_fewer_than_the_new_closed_can_be_is_still_found(tmp_path):
    text = "（二）依申请公开。全年收到申请55件，截至12月底已办结45件，尚有10件在办理期限内。"
    assert _warnings(tmp_path, text) == [
        "正文写的是“收到申请55件，截至12月底已办结45件”，即本年度新收的申请中办结了 45 件，而表三“三、本年度办理结果（七）总计”为 54、“二、上年结转"
        "政府信息公开申请数量”的总计为 4：新收申请中办结的至少有 50 件，请改正其中一处（R9）"]
