"""R18 (crossyear.check_change) on a change in per cent given as about, compared as a share in tenths is: “约20%”,
“20%左右”, “20%上下” give or take 5 points (a tenth of the figure above 50%), “近25%” just under, “20%多” up to 10
points over, “超过20%”, “20%以上” at least, “不到25%”, “20%以下” at most; and tenths “上下” as “左右”. The tables are
test_check_wording_help_and_changes's: 55 new this year, 45 last year (22.2% more); the sentences are written for these
tests."""
from __future__ import annotations

from test_check_last_year_changes import _change, _found


def _about(words: str, allowed: str) -> str:
    return f"增长 22.2%（按（本年 − 上年）÷ 上年算；写“{words}”的，{allowed}）"


#: (sentence, what is said, what the tables give); each passed before.
WRONG = (
    ("全年新收申请55件，同比增长约30%。", "新收申请55件，同比增长约30%", _about("增长约30%", "增幅应在 25% 至 35% 之间")),
    ("全年新收申请55件，较上年增长15%左右。", "新收申请55件，较上年增长15%左右", _about("增长15%左右", "增幅应在 10% 至 20% 之间")),
    ("全年收到申请55件，同比增长百分之三十上下。", "收到申请55件，同比增长百分之三十上下",
     _about("增长百分之三十上下", "增幅应在 25% 至 35% 之间")),
    ("全年新收申请55件，同比减少20%左右。", "新收申请55件，同比减少20%左右", _about("减少20%左右", "降幅应在 15% 至 25% 之间")),
    ("全年新收申请55件，比上年增长25%以上。", "新收申请55件，比上年增长25%以上", _about("增长25%以上", "增幅应不低于 25%")),
    ("全年新收申请55件，较上年增长超过30%。", "新收申请55件，较上年增长超过30%", _about("增长超过30%", "增幅应不低于 30%")),
    ("全年新收申请55件，较上年增长不到20%。", "新收申请55件，较上年增长不到20%", _about("增长不到20%", "增幅应不高于 20%")),
    ("全年新收申请55件，同比增长近30%。", "新收申请55件，同比增长近30%", _about("增长近30%", "增幅应在 25% 至 30% 之间")),
    ("全年新收申请55件，同比增长10%多。", "新收申请55件，同比增长10%多", _about("增长10%多", "增幅应在 10% 至 20% 之间")),
    ("全年新收申请55件，同比增长约100%。", "新收申请55件，同比增长约100%", _about("增长约100%", "增幅应在 90% 至 110% 之间")),
    ("全年新收申请55件，同比增长三成上下。", "新收申请55件，同比增长三成上下", _about("增长三成上下", "增幅应在 25% 至 35% 之间")),
)


def test_a_change_in_per_cent_given_as_about_is_compared(tmp_path):
    found, where = _found(tmp_path, [text for text, _said, _fact in WRONG])
    for (text, said, fact), messages in zip(WRONG, found):
        assert messages == [_change(said, fact, where)], text


#: The tables' change (22.2% more) given as about.
RIGHT = (
    "全年新收申请55件，同比增长约20%。",
    "全年新收申请55件，同比增长20%左右。",
    "全年新收申请55件，较上年增长25%上下。",
    "全年新收申请55件，同比增长百分之二十左右。",
    "全年新收申请55件，同比增长超过20%。",
    "全年新收申请55件，比上年增长20%以上。",
    "全年新收申请55件，较上年增长不到25%。",
    "全年新收申请55件，较上年增长近25%。",
    "全年新收申请55件，同比增长20%多。",
    "全年新收申请55件，同比增长两成上下。",
    "全年新收申请55件，比2019年增长约50%。",
)


def test_the_tables_change_given_as_about_is_ok(tmp_path):
    found, _where = _found(tmp_path, list(RIGHT))
    assert dict(zip(RIGHT, found)) == dict.fromkeys(RIGHT, [])
