"""R18 (crossyear.check_change) and R9 on sentences in the shapes annual reports use for the applications received and
their change from last year (a comparison with last year's figure, 同比 and 增幅 together, the count told from last
year's, last year's in an aside or a clause of its own, a ratio, tenths and per cent given as about, the sum with last
year's carried over): the tables' are silent, each wrong one is one finding naming the figures and the fix. The tables are
test_check_wording_help_and_changes's: 55 new this year, 4 carried over; 45 new last year, 14 carried over; the sentences
are written for these tests."""
from __future__ import annotations

from test_check_last_year_changes import SHARE, _change, _last_figure
from test_check_wording_help_and_changes import _imported, _last_year
from test_check_wording_new_closed import _worded

from reportkit.default_plugins.annual_report.crossyear import check_change
from reportkit.previous import Previous

RATIO = "为上年的 1.22 倍（122.2%，写出的末位四舍五入或舍去都算对）"
SUM = "；与“二、上年结转政府信息公开申请数量”之和本年为 59、上年为 59，"


def _about(words: str, allowed: str) -> str:
    return f"增长 22.2%（按（本年 − 上年）÷ 上年算；写“{words}”的，{allowed}）"


def _checked(tmp_path, sentences: list[str]) -> tuple[list[tuple[list[str], list[str]]], str]:
    """R18's and R9's messages on each of ``sentences`` as 依申请公开's paragraph, and where last year's 新收 total is."""
    last = Previous(_last_year(tmp_path))
    out = []
    for i, text in enumerate(sentences):
        this = _imported(tmp_path / f"2021-{i}", _worded(1, "（二）依申请公开。" + text))
        out.append(([f.message for f in check_change(this.report, last)],
                    [d.message for d in this.diagnostics.items if d.rule == "R9"]))
    return out, last.where(("tables", "applications", "new_received", "total"))


RIGHT = (
    "本年度共收到政府信息公开申请55件，较上年的45件增加10件，增幅22.2%。",
    "本年度新收政府信息公开申请55件，比上年度增长22.22%。",
    "2021年，本机关共受理政府信息公开申请55件，同比增长22%。",
    "全年共收到各类政府信息公开申请55件，比去年增加10件。",
    "全年收到申请55件，同比增加10件、增长22.2%。",
    "全年收到申请由去年的45件上升到55件，增幅22.2%。",
    "全年新收申请数量由上年度的45件增加至55件。",
    "全年受理申请从2020年的45件增至55件，增加10件。",
    "本年度收到政府信息公开申请55件（上年同期45件），同比增长22.2%。",
    "本年度受理申请55件，上年度为45件，同比上升22.2%。",
    "全年新收申请55件，是上年的1.22倍。",
    "全年新收申请55件，相当于上年的百分之一百二十二。",
    "全年新收申请55件，同比增长约两成。",
    "全年新收申请55件，同比增长两成上下。",
    "全年新收申请55件，较上年增长百分之二十二点二。",
    "全年受理申请55件，加上上年结转4件，共计59件，与上年持平。",
    "全年新收申请55件，较上年增长近25%。",
    "全年新收申请55件，比上年增长20%以上。",
    "全年新收申请55件，较上年增长不到25%。",
    "全年新收申请55件，同比增长20%多。",
)


def test_the_tables_received_and_change_in_these_shapes_are_silent(tmp_path):
    found, _where = _checked(tmp_path, list(RIGHT))
    assert dict(zip(RIGHT, found)) == dict.fromkeys(RIGHT, ([], []))


#: (sentence, R18's one finding as (kind, what is said, what the tables give)).
WRONG = (
    ("本年度共收到政府信息公开申请55件，较上年的45件增加10件，增幅25%。",
     ("change", "收到政府信息公开申请55件，较上年的45件增加10件，增幅25%", "增长 22.2%" + SHARE)),
    ("本年度新收政府信息公开申请55件，比上年度增长18.2%。",
     ("change", "新收政府信息公开申请55件，比上年度增长18.2%", "增长 22.2%" + SHARE)),
    ("2021年，本机关共受理政府信息公开申请55件，同比下降22%。",
     ("change", "受理政府信息公开申请55件，同比下降22%", "增长 22.2%" + SHARE)),
    ("全年共收到各类政府信息公开申请55件，比去年增加12件。",
     ("change", "收到各类政府信息公开申请55件，比去年增加12件", "增加 10 件")),
    ("全年收到申请55件，同比增加10件、增长30%。", ("change", "收到申请55件，同比增加10件、增长30%", "增长 22.2%" + SHARE)),
    ("全年收到申请由上年的40件增加到55件。", ("last", "收到申请由上年的40件增加到55件", 40)),
    ("全年收到申请由去年的50件上升到55件，增幅10%。", ("last", "收到申请由去年的50件上升到55件", 50)),
    ("本年度收到政府信息公开申请55件（上年同期50件），同比增长10%。",
     ("last", "收到政府信息公开申请55件（上年同期50件）", 50)),
    ("本年度受理申请55件，上年度为40件，同比上升37.5%。", ("last", "受理申请55件，上年度为40件，同比上升37.5%", 40)),
    ("全年新收申请55件，是上年的1.5倍。", ("change", "新收申请55件，是上年的1.5倍", RATIO)),
    ("全年新收申请55件，相当于上年的百分之一百一十。", ("change", "新收申请55件，相当于上年的百分之一百一十", RATIO)),
    ("全年新收申请55件，同比增长约30%。",
     ("change", "新收申请55件，同比增长约30%", _about("增长约30%", "增幅应在 25% 至 35% 之间"))),
    ("全年新收申请55件，同比增长三成上下。",
     ("change", "新收申请55件，同比增长三成上下", _about("增长三成上下", "增幅应在 25% 至 35% 之间"))),
    ("全年新收申请55件，同比减少20%左右。",
     ("change", "新收申请55件，同比减少20%左右", _about("减少20%左右", "降幅应在 15% 至 25% 之间"))),
    ("全年新收申请55件，比上年增长25%以上。",
     ("change", "新收申请55件，比上年增长25%以上", _about("增长25%以上", "增幅应不低于 25%"))),
    ("全年新收申请55件，较上年增长不到20%。",
     ("change", "新收申请55件，较上年增长不到20%", _about("增长不到20%", "增幅应不高于 20%"))),
    ("全年受理申请55件，加上上年结转4件，共计59件，同比增加8件。",
     ("change", "受理申请55件，加上上年结转4件，共计59件，同比增加8件", f"增加 10 件{SUM}增加 0 件")),
)


def test_each_wrong_received_or_change_in_these_shapes_is_one_finding(tmp_path):
    found, where = _checked(tmp_path, [text for text, _ in WRONG])
    for (text, (kind, said, fact)), (r18, r9) in zip(WRONG, found):
        expected = _change(said, fact, where) if kind == "change" else _last_figure(said, fact, where)
        assert (r18, r9) == ([expected], []), text


def test_a_word_of_change_the_figures_belie_is_one_finding(tmp_path):
    found, _where = _checked(tmp_path, ["全年新收申请数量由上年度的45件减少至55件。"])
    assert found == [(["正文写的是“新收申请数量由上年度的45件减少至55件”，从 45 件到 55 件是增加，而写的是“减少”：请改正这个词"],
                      [])]
