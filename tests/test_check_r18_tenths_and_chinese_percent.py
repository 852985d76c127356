"""R18 (crossyear.check_change) on a change told in tenths (“较上年增长三成”, “增长了近两成”), read as R9 reads a share
in tenths (N成 give or take half a tenth, 近 just under, 多 over and under the next, 超过 at least, 不到 at most), and in
Chinese per cent (“同比增长百分之二十二”, “百分之二十二点二”). The tables are test_check_wording_help_and_changes's: 55
new this year, 45 last year (22.2% more); the sentences are written for these tests."""
from __future__ import annotations

from click.testing import CliRunner
from test_check_last_year_changes import SHARE, _change, _found
from test_check_wording_help_and_changes import _imported, _last_year
from test_check_wording_new_closed import _worded

from reportkit.cli import cli


def _tenths(words: str, allowed: str) -> str:
    return f"增长 22.2%（按（本年 − 上年）÷ 上年算；写“{words}”的，{allowed}）"


#: (sentence, what is said, what the tables give); each passed before.
WRONG = (
    ("全年新收申请55件，较上年增长三成。", "新收申请55件，较上年增长三成", _tenths("增长三成", "增幅应在 25% 至 35% 之间")),
    ("全年新收申请55件，同比增长了近两成。", "新收申请55件，同比增长了近两成", _tenths("增长了近两成", "增幅应在 15% 至 20% 之间")),
    ("全年收到申请55件，较去年增长近三成。", "收到申请55件，较去年增长近三成", _tenths("增长近三成", "增幅应在 25% 至 30% 之间")),
    ("全年新收申请55件，同比增长超过三成。", "新收申请55件，同比增长超过三成", _tenths("增长超过三成", "增幅应不低于 30%")),
    ("全年新收申请55件，同比增长不到一成。", "新收申请55件，同比增长不到一成", _tenths("增长不到一成", "增幅应不高于 10%")),
    ("全年新收申请55件，同比下降两成。", "新收申请55件，同比下降两成", _tenths("下降两成", "降幅应在 15% 至 25% 之间")),
    ("全年新收申请55件，同比增长一成多。", "新收申请55件，同比增长一成多", _tenths("增长一成多", "增幅应在 10% 至 20% 之间")),
    ("全年新收申请55件，同比增长百分之三十。", "新收申请55件，同比增长百分之三十", "增长 22.2%" + SHARE),
    ("全年新收申请55件，同比增长百分之二十二点五。", "新收申请55件，同比增长百分之二十二点五", "增长 22.2%" + SHARE),
    ("全年新收申请55件，较上年减少百分之二十二。", "新收申请55件，较上年减少百分之二十二", "增长 22.2%" + SHARE),
)


def test_a_change_in_tenths_or_chinese_per_cent_is_compared(tmp_path):
    found, where = _found(tmp_path, [text for text, _said, _fact in WRONG])
    for (text, said, fact), messages in zip(WRONG, found):
        assert messages == [_change(said, fact, where)], text


#: The tables' change (22.2% more) in tenths and Chinese per cent as reports write it; and one of another year's.
RIGHT = (
    "全年新收申请55件，同比增长两成。",
    "全年新收申请55件，同比增长二成。",
    "全年新收申请55件，较上年增长两成多。",
    "全年收到申请55件，较去年增加两成多。",
    "全年新收申请55件，同比增长约两成。",
    "全年新收申请55件，同比增长两成左右。",
    "全年新收申请55件，较上年增长超过两成。",
    "全年新收申请55件，同比增长两成以上。",
    "全年新收申请55件，比上年增长了两成。",
    "全年新收申请55件，同比增长不到三成。",
    "全年新收申请55件，增幅超过两成。",
    "全年新收申请55件，同比增长百分之二十二。",
    "全年新收申请55件，同比增长百分之二十二点二。",
    "全年新收申请55件，较上年增加十件，增长两成多。",
    "全年新收申请55件，比2019年增长三成。",
)


def test_the_tables_change_in_tenths_and_chinese_per_cent_is_ok(tmp_path):
    found, _where = _found(tmp_path, list(RIGHT))
    assert dict(zip(RIGHT, found)) == dict.fromkeys(RIGHT, [])


def test_a_change_in_tenths_is_r18_of_validate_with_last_years_report(tmp_path):
    _last_year(tmp_path)
    _imported(tmp_path / "2021", _worded(1, "（二）依申请公开。全年新收申请55件，较上年增长三成。"))
    this, last = tmp_path / "2021" / "report.yaml", tmp_path / "2020" / "report.yaml"
    result = CliRunner().invoke(cli, ["validate", str(this), "--previous", str(last)])
    lines = [line for line in result.output.splitlines() if "（R18）" in line]
    assert len(lines) == 1 and lines[0].startswith(f"{this}:"), result.output
    assert "写“增长三成”的，增幅应在 25% 至 35% 之间" in lines[0] and "请改正其中一处" in lines[0]
