"""R18 (crossyear.check_change) on a change told after the sum of the count received and last year's carried over that
agrees with neither reading: the finding names both, the count's (本年新收 against last year's) and the sum's (新收 +
上年结转 against last year's), as the writer may have meant either. The tables are test_check_wording_help_and_changes's:
55 new this year, 4 carried over (59); 45 new last year, 14 carried over (59); the sentences are written for these tests."""
from __future__ import annotations

from test_check_last_year_changes import SHARE, _change, _found

SUM = "；与“二、上年结转政府信息公开申请数量”之和本年为 59、上年为 59，"

#: (sentence, what is said, what the tables give); each named the count's reading only before.
WRONG = (
    ("全年新收申请55件，连同上年结转4件，总计59件，同比增长15%。", "新收申请55件，连同上年结转4件，总计59件，同比增长15%",
     f"增长 22.2%{SUM}增长 0.0%" + SHARE),
    ("全年收到申请55件，上年结转4件，合计59件，较上年减少3件。", "收到申请55件，上年结转4件，合计59件，较上年减少3件",
     f"增加 10 件{SUM}增加 0 件"),
    ("全年收到申请55件，加上上年结转4件，共59件，较上年增长约40%。", "收到申请55件，加上上年结转4件，共59件，较上年增长约40%",
     f"增长 22.2%{SUM}增长 0.0%（按（本年 − 上年）÷ 上年算；写“增长约40%”的，增幅应在 35% 至 45% 之间）"),
)


def test_a_change_after_the_sum_that_agrees_with_neither_names_both(tmp_path):
    found, where = _found(tmp_path, [text for text, _said, _fact in WRONG])
    for (text, said, fact), messages in zip(WRONG, found):
        assert messages == [_change(said, fact, where)], text


def test_a_change_after_the_sum_that_agrees_with_either_is_ok(tmp_path):
    right = ["全年收到申请55件，上年结转4件，合计59件，较上年增加10件。", "全年收到申请55件，上年结转4件，合计59件，与上年持平。"]
    found, _where = _found(tmp_path, right)
    assert found == [[], []]
