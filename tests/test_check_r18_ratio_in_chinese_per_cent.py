"""R18 (crossyear.check_change) on a ratio to last year in Chinese per cent (“相当于上年的百分之一百二十二”, “为上年的
百分之一百二十二点二”), read as “相当于上年的122%” is. The tables are test_check_wording_help_and_changes's: 55 new this
year, 45 last year (122.2%); the sentences are written for these tests."""
from __future__ import annotations

from test_check_last_year_changes import _change, _found

RATIO = "为上年的 1.22 倍（122.2%，写出的末位四舍五入或舍去都算对）"

#: (sentence, what is said); each passed before.
WRONG = (
    ("全年新收申请55件，相当于上年的百分之一百五十。", "新收申请55件，相当于上年的百分之一百五十"),
    ("全年新收申请55件，为上年的百分之八十。", "新收申请55件，为上年的百分之八十"),
    ("全年收到申请55件，相当于去年的百分之一百二十二点八。", "收到申请55件，相当于去年的百分之一百二十二点八"),
)


def test_a_ratio_in_chinese_per_cent_is_compared(tmp_path):
    found, where = _found(tmp_path, [text for text, _said in WRONG])
    assert found == [[_change(said, RATIO, where)] for _text, said in WRONG]


RIGHT = (
    "全年新收申请55件，相当于上年的百分之一百二十二。",
    "全年新收申请55件，为上年的百分之一百二十二点二。",
    "全年新收申请55件，相当于2019年的百分之一百五十。",
)


def test_the_tables_ratio_in_chinese_per_cent_is_ok(tmp_path):
    found, _where = _found(tmp_path, list(RIGHT))
    assert dict(zip(RIGHT, found)) == dict.fromkeys(RIGHT, [])
