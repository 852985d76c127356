"""R18 (crossyear.check_change) on last year's count received told in the clause before this year's (“上年度收到申请45件，
本年度收到申请55件，增长22.2%”: the change after it needs no 同比, its figure of last year is compared too), and on another
year's figure in an aside or told first, which is not compared and leaves the 同比 after it last year's (“（2019年40件），
同比增长22.2%”). The tables are test_check_wording_help_and_changes's: 55 new this year (4 carried over), 45 new last
year (14 carried over); the sentences are written for these tests."""
from __future__ import annotations

from test_check_last_year_changes import SHARE, _change, _found, _last_figure

#: (sentence, the warnings as (kind, what is said, what the tables give)); each passed before.
WRONG = (
    ("上年度收到申请45件，本年度收到申请55件，增长30%。",
     [("change", "上年度收到申请45件，本年度收到申请55件，增长30%", "增长 22.2%" + SHARE)]),
    ("去年新收申请45件，今年新收申请55件，增加8件。",
     [("change", "去年新收申请45件，今年新收申请55件，增加8件", "增加 10 件")]),
    ("2020年受理政府信息公开申请45件；2021年受理政府信息公开申请55件，增长25%。",
     [("change", "2020年受理政府信息公开申请45件；2021年受理政府信息公开申请55件，增长25%", "增长 22.2%" + SHARE)]),
    # last year's figure told first and wrong: its own finding, the change worked out from it not told again …
    ("上年度收到申请40件，本年度收到申请55件，增长37.5%。", [("last", "上年度收到申请40件，本年度收到申请55件", 40)]),
    # … also with no change after this year's
    ("上年度共收到申请40件，本年度共收到申请55件。", [("last", "上年度共收到申请40件，本年度共收到申请55件", 40)]),
    # another year's figure in an aside: the 同比 after it is still last year's
    ("全年新收申请55件（2019年40件），同比增长30%。",
     [("change", "新收申请55件（2019年40件），同比增长30%", "增长 22.2%" + SHARE)]),
    ("全年新收申请55件（2019年为40件），较上年增加8件。",
     [("change", "新收申请55件（2019年为40件），较上年增加8件", "增加 10 件")]),
)


def test_a_change_after_last_years_count_told_first_or_another_years_aside_is_compared(tmp_path):
    found, where = _found(tmp_path, [text for text, _ in WRONG])
    for (text, expected), messages in zip(WRONG, found):
        assert messages == [_change(said, fact, where) if kind == "change" else _last_figure(said, fact, where)
                            for kind, said, fact in expected], text


#: The tables' changes in these wordings; and those not compared (another year's told first, a change named of
#: another year).
RIGHT = (
    "上年度收到申请45件，本年度收到申请55件，增长22.2%。",
    "2020年收到政府信息公开申请45件，2021年收到政府信息公开申请55件，同比增长22.2%。",
    "去年新收申请45件，今年新收申请55件，增加10件。",
    "上年度共受理申请45件；本年度共受理申请55件，增幅22.2%。",
    "上年度受理申请59件，本年度受理申请59件，与上年持平。",
    "上年度收到申请45件，本年度收到申请55件。",
    "全年新收申请55件（2019年40件），同比增长22.2%。",
    "全年新收申请55件（2019年为40件），较上年增加10件。",
    "全年新收申请55件（2019年40件），较2019年增长30%。",
    "2019年收到申请40件，本年度收到申请55件，增长37.5%。",
)


def test_the_tables_changes_after_last_years_count_or_another_years_aside_are_ok(tmp_path):
    found, _where = _found(tmp_path, list(RIGHT))
    assert dict(zip(RIGHT, found)) == dict.fromkeys(RIGHT, [])
