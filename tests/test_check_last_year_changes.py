"""R18 (crossyear.check_change) on the ways reports word a change of the count of new applications from last year:
last year's figure written in the comparison (“比2020年的45件增加10件”, “较上年（45件）增加10件”), “多/少N件”,
“相比上年”, a rate of change that names no comparison (“增幅为22.2%”), a second change after the first (“较上年增加10件，
增长22.2%”), “同期”, “持平” and “翻一番”. The tables are test_check_wording_help_and_changes's: 55 new this year (59 with those
carried over), 45 last year (59 too); the sentences are written for these tests."""
from __future__ import annotations

from click.testing import CliRunner
from test_check_wording_new_closed import _worded
from test_check_wording_help_and_changes import _imported, _last_year

from reportkit.cli import cli
from reportkit.default_plugins.annual_report.crossyear import check_change
from reportkit.previous import Previous

NEW = "表三“一、本年新收政府信息公开申请数量”"
SHARE = "（按（本年 − 上年）÷ 上年算，写出的末位四舍五入或舍去都算对）"


def _found(tmp_path, sentences: list[str]) -> tuple[list[list[str]], str]:
    """R18's messages on each of ``sentences`` as 依申请公开's paragraph, and where last year's 新收 total is."""
    last = Previous(_last_year(tmp_path))
    out = []
    for i, text in enumerate(sentences):
        this = _imported(tmp_path / f"2021-{i}", _worded(1, "（二）依申请公开。" + text))
        out.append([f.message for f in check_change(this.report, last)])
    return out, last.where(("tables", "applications", "new_received", "total"))


def _change(said: str, found: str, where: str) -> str:
    return f"正文写的是“{said}”，而{NEW}的总计本年为 55、上年报告（{where}）为 45，{found}：请改正其中一处"


def _last_figure(said: str, written: int, where: str) -> str:
    return (f"正文写的是“{said}”，其中上年为 {written} 件，而上年报告（{where}）{NEW}的总计为 45："
            "请改正正文中的上年数及随之算出的增减")


#: (sentence, the warnings as (kind, what is said, what the tables give)): each passed before.
WRONG = (
    ("全年收到申请55件，比2020年的45件增加8件。", [("change", "收到申请55件，比2020年的45件增加8件", "增加 10 件")]),
    ("全年收到申请55件，较上年（45件）增加8件。", [("change", "收到申请55件，较上年（45件）增加8件", "增加 10 件")]),
    ("全年收到申请55件，比上年多8件。", [("change", "收到申请55件，比上年多8件", "增加 10 件")]),
    ("全年收到申请55件，增幅为25%。", [("change", "收到申请55件，增幅为25%", "增长 22.2%" + SHARE)]),
    ("全年新收申请55件，比去年少8件。", [("change", "新收申请55件，比去年少8件", "增加 10 件")]),
    ("全年新收申请55件，比上年同期增加8件。", [("change", "新收申请55件，比上年同期增加8件", "增加 10 件")]),
    ("全年新收申请55件，较上年增加10件，增长25%。",
     [("change", "新收申请55件，较上年增加10件，增长25%", "增长 22.2%" + SHARE)]),
    ("全年新收申请55件，同比增加10件（增幅为25%）。",
     [("change", "新收申请55件，同比增加10件（增幅为25%）", "增长 22.2%" + SHARE)]),
    ("全年新收申请55件，相比上年增加8件。", [("change", "新收申请55件，相比上年增加8件", "增加 10 件")]),
    ("全年收到申请55件，同比增长22.2%（增加8件）。", [("change", "收到申请55件，同比增长22.2%（增加8件）", "增加 10 件")]),
    ("全年新收申请55件，与上年持平。", [("change", "新收申请55件，与上年持平", "增加 10 件")]),
    ("全年新收申请55件，较上年翻一番。", [("change", "新收申请55件，较上年翻一番", "增长 22.2%" + SHARE)]),
    # last year's figure written wrong: its own finding; the change worked out from it is not told again
    ("全年收到申请55件，较2020年（40件）增加15件。", [("last", "收到申请55件，较2020年（40件）增加15件", 40)]),
    ("全年新收申请55件，比上年的40件增长37.5%。", [("last", "新收申请55件，比上年的40件增长37.5%", 40)]),
    # … but a change that agrees with neither is
    ("全年收到申请55件，比2020年的40件增加8件。", [("last", "收到申请55件，比2020年的40件增加8件", 40),
                                      ("change", "收到申请55件，比2020年的40件增加8件", "增加 10 件")]),
)


def test_a_change_from_last_year_in_these_wordings_is_compared(tmp_path):
    found, where = _found(tmp_path, [text for text, _ in WRONG])
    for (text, expected), messages in zip(WRONG, found):
        assert messages == [_change(said, fact, where) if kind == "change" else _last_figure(said, fact, where)
                            for kind, said, fact in expected], text


#: Changes the tables give, worded as reports word them; and those not compared (about, another year's, no comparison
#: named).
RIGHT = (
    "全年新收申请55件，较去年增加10件。",
    "全年新收申请55件，比上年度增加10件。",
    "全年新收申请55件，较上年同期增加10件。",
    "全年新收申请55件，与上年相比增加10件。",
    "全年收到申请55件，与去年相比，增长22.2%。",
    "全年收到申请55件，同比增长了22.22%。",
    "全年收到申请55件，同比上升22.2%。",
    "全年新收申请55件，较上年增加10件，增长22.2%。",
    "全年新收申请55件，同比增加10件（增长22.2%）。",
    "全年收到申请55件，同比增长22.2%（增加10件）。",
    "全年新收申请55件，比上年多10件左右。",
    "本年度新收政府信息公开申请55件，比去年的四十五件增加十件。",
    "全年新收申请55件，较2020年（45件）增加10件。",
    "全年新收申请55件，比上年的45件多10件。",
    "全年新收申请55件，比上年多出10件。",
    "全年新收申请55件，增幅为22.2%。",
    "全年新收申请55件，同比增幅22.2%。",
    "全年新收申请55件，较上年增加十件。",
    "全年受理申请59件，与上年持平。",
    "全年收到申请55件，同比增长约20%。",
    "全年新收申请55件，比2019年的40件增加15件。",
    "全年新收申请55件，增长25%。",
    "全年新收申请55件，同比增加10件，其中自然人43件。",
)


def test_a_change_the_tables_give_or_one_not_compared_is_ok(tmp_path):
    found, _where = _found(tmp_path, list(RIGHT))
    assert dict(zip(RIGHT, found)) == dict.fromkeys(RIGHT, [])


def test_last_years_figure_written_wrong_is_r18_of_validate_with_last_years_report(tmp_path):
    _last_year(tmp_path)
    _imported(tmp_path / "2021", _worded(1, "（二）依申请公开。全年收到申请55件，较上年（40件）增加15件。"))
    this, last = tmp_path / "2021" / "report.yaml", tmp_path / "2020" / "report.yaml"
    result = CliRunner().invoke(cli, ["validate", str(this), "--previous", str(last)])
    lines = [line for line in result.output.splitlines() if "（R18）" in line]
    assert len(lines) == 1 and lines[0].startswith(f"{this}:"), result.output
    assert "其中上年为 40 件" in lines[0] and "请改正正文中的上年数及随之算出的增减" in lines[0]
