"""R9 on a count given as a range (“3件至5件”, “40至50件”: at least the first, at most the second, not the first
exactly), on a share given as about with 余 or bounded with 以内 (“占60%余”, “占60%以内”: no exact share, not compared),
and on where it points in a count received told as its change from last year's (“由上年的40件增加到55件”: at the 55,
the figure compared). The table is examples/sample-2021.yaml's (48 new, 4 carried over, 48 closed, 24 granted); the
sentences are written for these tests."""
from __future__ import annotations

from test_citations_wordings import r9

NEW = "表三“一、本年新收政府信息公开申请数量”的总计为 48"
CITE = "：请改正其中一处，或把数字写成引用【表三：new_received.total】，由 reportkit 填入表中的数（R9）"


def test_a_range_that_takes_in_the_table_is_ok():
    for sentence in ("全年新收申请40件至50件。", "全年新收申请40至50件。", "全年收到政府信息公开申请45～48件。"):
        assert r9(sentence) == [], sentence


def test_a_range_the_table_is_out_of_is_told_as_a_range():
    assert [message for message, _at in r9("全年新收申请3件至5件。")] == [
        f"正文写的是“新收申请3件至5件”，而{NEW}，与“3件至5件”相差太远（这样写的数，表中的数应在 3 至 5 件之间）{CITE}"]
    assert [message for message, _at in r9("全年新收申请50至60件。")] == [
        f"正文写的是“新收申请50至60件”，而{NEW}，与“50至60件”相差太远（这样写的数，表中的数应在 50 至 60 件之间）{CITE}"]


def test_a_share_given_as_about_or_within_a_bound_is_not_compared_as_exact():
    for sentence in ("全年办结申请48件，其中予以公开24件，占60%余。", "全年办结申请48件，其中予以公开24件，占40%以内。"):
        assert r9(sentence) == [], sentence
    # the exact share still is
    assert [message for message, _at in r9("全年办结申请48件，其中予以公开24件，占60%。")] == [
        "正文写的是“予以公开24件，占60%”，而 24 件占表三“三、本年度办理结果（七）总计” 48 件的 50.0%：请改正其中一处（R9）"]


def test_a_count_told_from_last_years_points_at_the_years_figure():
    assert r9("全年收到政府信息公开申请由上年的40件增加到55件。") == [(
        f"正文写的是“收到政府信息公开申请由上年的40件增加到55件”，而{NEW}{CITE}", "55件。")]
    assert [at for _message, at in r9("全年新收申请数量从上年的40件增至45件。")] == ["45件。"]
