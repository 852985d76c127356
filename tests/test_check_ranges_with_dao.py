"""R9 on a count received given as a range with 到 (“新收申请3件到5件”, “50到60件”): read as the range, as “3件至5件”
is, not as an exact 3; “由上年的45件增加到50件” is no range, its 50 the year's count. The tables are
test_check_published's (55 new); the sentences are written for these tests."""
from __future__ import annotations

from test_check_r9_closed_counts import _warnings

NEW = "而表三“一、本年新收政府信息公开申请数量”的总计为 55"
CITE = "：请改正其中一处（R9）"


def test_a_range_with_dao_is_a_range(tmp_path):
    assert _warnings(tmp_path, "（二）依申请公开。全年新收申请50件到60件。") == []
    (tmp_path / "far").mkdir()
    assert _warnings(tmp_path / "far", "（二）依申请公开。全年新收申请3件到5件。") == [
        f"正文写的是“新收申请3件到5件”，{NEW}，与“3件到5件”相差太远（这样写的数，表中的数应在 3 至 5 件之间）{CITE}"]


def test_a_change_up_to_a_count_is_no_range(tmp_path):
    assert _warnings(tmp_path, "（二）依申请公开。全年新收申请由上年的45件增加到50件。") == [
        f"正文写的是“新收申请由上年的45件增加到50件”，{NEW}{CITE}"]
