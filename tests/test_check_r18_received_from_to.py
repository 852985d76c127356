"""R9 and R18 (crossyear.check_change) on a count received told from last year's figure to the year's with 由 (从) …
到 (至) and no word of change (“全年收到申请由45件到55件”), or with one but no year named (“由45件增加到55件”): no
range, R9 compares the second figure with the table, R18 the first with last year's report. Also R18's message on a
change after a count received given as a range, which names last year's 新收 with 上年结转 as well. The tables are
test_check_wording_help_and_changes's: 55 new this year, 4 carried over; 45 new last year, 14 carried over; the
sentences are written for these tests."""
from __future__ import annotations

from test_check_last_year_changes import NEW, _last_figure
from test_check_r18_received_and_change_wordings import _checked

FIX = "，或把数字写成引用【表三：new_received.total】，由 reportkit 填入表中的数（R9）"


def test_the_tables_figures_from_last_year_to_this_are_silent(tmp_path):
    right = ["全年收到申请由45件到55件。", "全年收到申请由45件到55件，增长22.2%。", "全年收到申请从上年的45件到55件。",
             "全年收到申请由45件增加到55件。", "全年受理申请由59件至55件，减少4件。"]
    found, _where = _checked(tmp_path, right)
    assert found == [([], [])] * len(right)


def test_the_first_figure_is_last_years_and_r18_compares_it(tmp_path):
    found, where = _checked(tmp_path, ["全年收到申请由40件到55件。", "全年新收申请数量由60件到55件。",
                                       "全年收到申请由40件增加到55件。"])
    assert found == [([_last_figure("收到申请由40件到55件", 40, where)], []),
                     ([_last_figure("新收申请数量由60件到55件", 60, where)], []),
                     ([_last_figure("收到申请由40件增加到55件", 40, where)], [])]


def test_the_second_figure_is_the_years_and_r9_compares_it(tmp_path):
    found, _where = _checked(tmp_path, ["全年收到申请由45件到60件。", "全年收到申请由45件增加到60件。"])
    assert found == [([], [f"正文写的是“收到申请由45件到60件”，而{NEW}的总计为 55：请改正其中一处{FIX}"]),
                     ([], [f"正文写的是“收到申请由45件增加到60件”，而{NEW}的总计为 55：请改正其中一处{FIX}"])]


def test_a_range_received_names_last_years_with_those_carried_over_too(tmp_path):
    found, where = _checked(tmp_path, ["全年收到申请50至60件，同比增长50%。"])
    assert found == [([
        f"正文写的是“收到申请50至60件，同比增长50%”，而上年报告（{where}）{NEW}的总计为 45（与“二、上年结转政府信息公开申请"
        "数量”之和为 59）：按这个范围的两端算，从 45 件到 50 件增长 11.1%（增加 5 件），到 60 件增长 33.3%（增加 15 件）；"
        "从 59 件到 50 件下降 15.3%（减少 9 件），到 60 件增长 1.7%（增加 1 件），写出的增减都不在其间：请改正其中一处"], [])]
