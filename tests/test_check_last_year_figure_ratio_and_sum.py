"""R18 (crossyear.check_change) on last year's figure told with no change after it (“，上年为40件。”, “。上年为40件。”,
“去年同期收到40件”, “（上年40件）”, “较去年同期的40件有所增加”), a ratio to last year (“是上年的4倍”, “相当于上年的80%”), a rate named 增长率, and a
change told after last year's carried over (“，另有上年结转4件，同比…”) or after the sum with them (“加上上年结转4件，共59件，
同比…”: the change is the count received's, 本年新收 against last year's 本年新收, or the sum's against last year's sum). The
tables are test_check_wording_help_and_changes's: 55 new this year (4 carried over), 45 new last year (14 carried over,
59 in all); the sentences are written for these tests."""
from __future__ import annotations

from test_check_last_year_changes import SHARE, _change, _found, _last_figure

#: 55 of 45 as a ratio, as the finding tells it.
RATIO = "为上年的 1.22 倍（122.2%，写出的末位四舍五入或舍去都算对）"

#: (sentence, the warnings as (kind, what is said, what the tables give)); each passed before.
WRONG = (
    # last year's figure with no change after it: compared once
    ("全年收到申请55件，上年为40件。", [("last", "收到申请55件，上年为40件", 40)]),
    ("全年收到申请55件。上年为40件。", [("last", "收到申请55件。上年为40件", 40)]),
    ("全年收到申请55件，去年同期收到40件。", [("last", "收到申请55件，去年同期收到40件", 40)]),
    ("全年新收申请55件（上年40件）。", [("last", "新收申请55件（上年40件）", 40)]),
    ("全年收到申请55件，较去年同期的40件有所增加。", [("last", "收到申请55件，较去年同期的40件有所增加", 40)]),
    # … and in a sentence of its own with a change after it: the change agrees with it, told with it only
    ("全年收到申请55件。上年为40件，增长37.5%。", [("last", "收到申请55件。上年为40件，增长37.5%", 40)]),
    # the change after the sum with last year's carried over: neither the new count's (55 against 45) nor the sum's
    # (59 against 59)
    ("全年新收申请55件，加上上年结转4件，共59件，同比增长30%。",
     [("change", "新收申请55件，加上上年结转4件，共59件，同比增长30%",
       "增长 22.2%；与“二、上年结转政府信息公开申请数量”之和本年为 59、上年为 59，增长 0.0%" + SHARE)]),
    ("全年收到申请55件，另有上年结转4件，同比增长30%。",
     [("change", "收到申请55件，另有上年结转4件，同比增长30%", "增长 22.2%" + SHARE)]),
    # a ratio to last year
    ("全年新收申请55件，是上年的4倍。", [("change", "新收申请55件，是上年的4倍", RATIO)]),
    ("全年新收申请55件，相当于上年的80%。", [("change", "新收申请55件，相当于上年的80%", RATIO)]),
    ("全年新收申请55件，为上年的1.5倍。", [("change", "新收申请55件，为上年的1.5倍", RATIO)]),
    ("全年新收申请55件，为去年的两倍。", [("change", "新收申请55件，为去年的两倍", RATIO)]),
    # a rate of change named 增长率 names its comparison itself, as 增幅 does
    ("全年新收申请55件，增长率为25%。", [("change", "新收申请55件，增长率为25%", "增长 22.2%" + SHARE)]),
)


def test_these_figures_and_changes_from_last_year_are_compared(tmp_path):
    found, where = _found(tmp_path, [text for text, _ in WRONG])
    for (text, expected), messages in zip(WRONG, found):
        assert messages == [_change(said, fact, where) if kind == "change" else _last_figure(said, fact, where)
                            for kind, said, fact in expected], text


#: The tables' figures and changes in these wordings; and those not compared (about, another year's, last year's
#: figure after a count that is not the count received).
RIGHT = (
    "全年收到申请55件，上年为45件。",
    "全年收到申请55件。上年为45件。",
    "全年收到申请55件，上年为59件。",
    "全年收到申请55件，去年同期收到45件。",
    "全年新收申请55件（上年45件），同比增长22.2%。",
    "全年新收申请55件，加上上年结转4件，共59件，同比增长22.2%。",
    "全年新收申请55件，加上上年结转4件，共59件，与上年持平。",
    "全年收到申请55件，另有上年结转4件，同比增长22.2%。",
    "全年收到申请55件（另有上年结转4件），同比增加10件。",
    "全年新收申请55件，为上年的1.2倍。",
    "全年收到申请55件，是上年的1.22倍。",
    "全年新收申请55件，相当于上年的122%。",
    "全年新收申请55件，增长率为22.2%。",
    "全年收到申请55件，约为上年的1.5倍。",
    "全年收到申请55件，为2019年的1.5倍。",
    "全年收到申请55件，办结54件。上年为40件。",
    "全年收到申请55件，较去年同期的45件有所增加。",
    "全年收到申请55件，较上年有所增加，增长22.2%。",
)


def test_the_tables_figures_and_changes_in_these_wordings_are_ok(tmp_path):
    found, _where = _found(tmp_path, list(RIGHT))
    assert dict(zip(RIGHT, found)) == dict.fromkeys(RIGHT, [])
