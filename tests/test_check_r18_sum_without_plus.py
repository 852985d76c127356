"""R18 (crossyear.check_change) on a change told after the sum of the count received and last year's carried over,
with 加上 or without (“收到申请55件，上年结转4件，合计59件，与上年的59件持平”): the change may be the count's (本年新收
against last year's) or the sum's (新收 + 上年结转 against last year's), a figure of last year written in it either. The
tables are test_check_wording_help_and_changes's: 55 new this year, 4 carried over (59); 45 new last year, 14 carried
over (59); the sentences are written for these tests."""
from __future__ import annotations

from click.testing import CliRunner
from test_check_last_year_changes import NEW, SHARE, _change, _found
from test_check_wording_help_and_changes import _imported, _last_year
from test_check_wording_new_closed import _worded

from reportkit.cli import cli

#: The sum's reading after the count's, named too when neither agrees (59 against 59).
SUM = "；与“二、上年结转政府信息公开申请数量”之和本年为 59、上年为 59，"

#: (sentence, the warnings as (kind, what is said, what the tables give)); each passed before.
WRONG = (
    ("全年收到申请55件，上年结转4件，合计59件，同比增长10%。",
     [("change", "收到申请55件，上年结转4件，合计59件，同比增长10%", f"增长 22.2%{SUM}增长 0.0%" + SHARE)]),
    ("全年收到申请55件，上年度结转申请4件，共计59件，较上年增加8件。",
     [("change", "收到申请55件，上年度结转申请4件，共计59件，较上年增加8件", f"增加 10 件{SUM}增加 0 件")]),
)


def test_a_change_after_the_sum_that_agrees_with_neither_is_found(tmp_path):
    found, where = _found(tmp_path, [text for text, _ in WRONG])
    for (text, expected), messages in zip(WRONG, found):
        assert messages == [_change(said, fact, where) for _kind, said, fact in expected], text


def test_last_years_figure_after_the_sum_is_compared_with_both_of_last_year(tmp_path):
    found, where = _found(tmp_path, ["全年收到申请55件，上年结转4件，合计59件，与上年的50件持平。"])
    # the sum's change agrees with the tables (59 and 59): only the figure of last year is wrong
    assert found == [[
        f"正文写的是“收到申请55件，上年结转4件，合计59件，与上年的50件持平”，其中上年为 50 件，而上年报告（{where}）{NEW}的"
        "总计为 45（与“二、上年结转政府信息公开申请数量”之和为 59）：请改正正文中的上年数及随之算出的增减"]]


#: The tables' changes after the sum, of the count or of the sum.
RIGHT = (
    "全年收到申请55件，上年结转4件，合计59件，与上年的59件持平。",
    "全年收到申请55件，上年结转4件，合计59件，与上年持平。",
    "全年收到申请55件，上年度结转申请4件，共计59件，同比增长22.2%。",
    "全年收到申请55件，上年结转4件，合计59件，较上年的45件增加10件。",
    "全年新收申请55件，连同上年结转4件，总计59件，与上年持平。",
)


def test_the_tables_changes_after_the_sum_are_ok(tmp_path):
    found, _where = _found(tmp_path, list(RIGHT))
    assert dict(zip(RIGHT, found)) == dict.fromkeys(RIGHT, [])


def test_a_wrong_change_after_the_sum_is_r18_of_validate_with_last_years_report(tmp_path):
    _last_year(tmp_path)
    _imported(tmp_path / "2021", _worded(1, "（二）依申请公开。全年收到申请55件，上年结转4件，合计59件，同比增长10%。"))
    this, last = tmp_path / "2021" / "report.yaml", tmp_path / "2020" / "report.yaml"
    result = CliRunner().invoke(cli, ["validate", str(this), "--previous", str(last)])
    lines = [line for line in result.output.splitlines() if "（R18）" in line]
    assert len(lines) == 1 and lines[0].startswith(f"{this}:"), result.output
    assert "合计59件，同比增长10%" in lines[0] and "增长 22.2%" in lines[0] and "请改正其中一处" in lines[0]
