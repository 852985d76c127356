"""R18 (crossyear.check_change) on a count received told as its change from last year's, both figures written (“收到
申请由上年的40件增加到55件”, “从2020年的45件增至55件”): last year's figure is compared with last year's report, the
word of the change with the two figures, a change told after it needs no 同比. The tables are
test_check_wording_help_and_changes's: 55 new this year, 45 new last year; the sentences are written for these tests."""
from __future__ import annotations

from click.testing import CliRunner
from test_check_last_year_changes import SHARE, _change, _found, _last_figure
from test_check_wording_help_and_changes import _imported, _last_year
from test_check_wording_new_closed import _worded

from reportkit.cli import cli

#: (sentence, the warnings as (kind, what is said, what the tables give)); each passed before.
WRONG = (
    ("全年收到申请由上年的40件增加到55件。", [("last", "收到申请由上年的40件增加到55件", 40)]),
    ("全年收到申请数量由去年的40件增加到今年的55件。", [("last", "收到申请数量由去年的40件增加到今年的55件", 40)]),
    ("本年度受理政府信息公开申请数量从2020年的50件增至55件。",
     [("last", "受理政府信息公开申请数量从2020年的50件增至55件", 50)]),
    # the change after it agrees with the wrong figure: told with it only
    ("全年新收申请从去年的40件上升到55件，增幅37.5%。", [("last", "新收申请从去年的40件上升到55件", 40)]),
    # the change after it is compared with last year's report, named by the figure before
    ("全年新收申请由上年的45件增加到55件，增长30%。",
     [("change", "新收申请由上年的45件增加到55件，增长30%", "增长 22.2%" + SHARE)]),
)


def test_last_years_figure_in_a_count_told_from_it_is_compared(tmp_path):
    found, where = _found(tmp_path, [text for text, _ in WRONG])
    for (text, expected), messages in zip(WRONG, found):
        assert messages == [_change(said, fact, where) if kind == "change" else _last_figure(said, fact, where)
                            for kind, said, fact in expected], text


def test_a_word_of_change_the_two_figures_belie_is_found(tmp_path):
    found, _where = _found(tmp_path, ["全年新收申请数量由上年度的45件减少至55件。", "全年收到申请从上年的45件下降到55件。"])
    assert found == [
        ["正文写的是“新收申请数量由上年度的45件减少至55件”，从 45 件到 55 件是增加，而写的是“减少”：请改正这个词"],
        ["正文写的是“收到申请从上年的45件下降到55件”，从 45 件到 55 件是增加，而写的是“下降”：请改正这个词"]]


#: The tables' figures told so; and another year's, which is not compared.
RIGHT = (
    "全年收到申请由上年的45件增加到55件。",
    "全年收到申请数量由去年的45件增加到今年的55件。",
    "全年新收申请数量从2020年的45件增至55件。",
    "全年受理申请从去年同期的45件上升至55件，增长22.2%。",
    "全年新收申请由上年的45件增加到55件，增加10件。",
    "全年收到申请由2019年的40件增加到55件。",
)


def test_the_tables_figures_told_from_last_years_are_ok(tmp_path):
    found, _where = _found(tmp_path, list(RIGHT))
    assert dict(zip(RIGHT, found)) == dict.fromkeys(RIGHT, [])


def test_a_wrong_figure_of_last_year_told_so_is_r18_of_validate(tmp_path):
    _last_year(tmp_path)
    _imported(tmp_path / "2021", _worded(1, "（二）依申请公开。全年收到申请由上年的40件增加到55件。"))
    this, last = tmp_path / "2021" / "report.yaml", tmp_path / "2020" / "report.yaml"
    result = CliRunner().invoke(cli, ["validate", str(this), "--previous", str(last)])
    lines = [line for line in result.output.splitlines() if "（R18）" in line]
    assert len(lines) == 1 and lines[0].startswith(f"{this}:"), result.output
    assert "其中上年为 40 件" in lines[0] and "总计为 45" in lines[0] and "请改正正文中的上年数" in lines[0]
