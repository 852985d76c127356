"""R9 on a count received told as its change from last year's (“收到申请由上年的40件增加到50件”, “从上年的40件增至50件”):
the second figure is the year's, compared with 表三 (the first is R18's, against last year's report). The table is
examples/sample-2021.yaml's (48 new, 4 carried over); the sentences are written for these tests."""
from __future__ import annotations

from test_citations_wordings import r9

NEW = "表三“一、本年新收政府信息公开申请数量”的总计为 48"


def test_the_years_figure_after_last_years_is_compared_with_the_table():
    found = [r9(s) for s in ("全年收到政府信息公开申请由上年的40件增加到50件。", "全年新收申请数量从上年的40件增至45件。")]
    assert [[message for message, _at in f] for f in found] == [
        [f"正文写的是“收到政府信息公开申请由上年的40件增加到50件”，而{NEW}：请改正其中一处，"
         "或把数字写成引用【表三：new_received.total】，由 reportkit 填入表中的数（R9）"],
        [f"正文写的是“新收申请数量从上年的40件增至45件”，而{NEW}：请改正其中一处，"
         "或把数字写成引用【表三：new_received.total】，由 reportkit 填入表中的数（R9）"]]


def test_the_tables_figure_after_last_years_is_ok():
    for sentence in ("全年收到政府信息公开申请由上年的40件增加到48件。", "全年受理申请从去年的60件下降至52件。",
                     "全年新收申请数量由上年的30件增至48件。"):
        assert r9(sentence) == [], sentence
