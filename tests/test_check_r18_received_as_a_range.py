"""R18 (crossyear.check_change) on a change told after a count received given as a range (“全年新收申请50至60件，
同比增长20%”, also with 到): reckoned from both ends, wrong where the change is beyond both. The tables are
test_check_wording_help_and_changes's: 55 new this year, 45 last year (59 with those carried over); the sentences are
written for these tests."""
from __future__ import annotations

from test_check_last_year_changes import _found

NEW = "表三“一、本年新收政府信息公开申请数量”"


def _beyond(said: str, where: str, ends: str) -> str:
    return (f"正文写的是“{said}”，而上年报告（{where}）{NEW}的总计为 45：按这个范围的两端算，从 45 件{ends}，写出的增减"
            "不在其间：请改正其中一处")


def test_a_change_beyond_both_ends_of_the_range_is_found(tmp_path):
    found, where = _found(tmp_path, ["全年新收申请50至60件，同比增长50%。", "全年新收申请50件到60件，较上年增加30件。"])
    up = "到 50 件增长 11.1%（增加 5 件），到 60 件增长 33.3%（增加 15 件）"
    assert found == [[_beyond("新收申请50至60件，同比增长50%", where, up)],
                     [_beyond("新收申请50件到60件，较上年增加30件", where, up)]]


def test_a_change_within_the_range_is_ok(tmp_path):
    found, _where = _found(tmp_path, ["全年新收申请50至60件，同比增长20%。", "全年新收申请50件到60件，较上年增加10件。",
                                      "全年收到申请50至60件，同比下降10%。"])
    assert found == [[], [], []]
