"""R18 (crossyear.check_change) on a per cent given as about with 余 (“百分之二十余”, “20%余”: as 多, up to the next 10
points) or bounded with 以内 or 不超过 (“30%以内”: at most, as 以下), on percentage points said of a count's change
(“增长22.2个百分点”: the wrong word, told so) and on “基本持平” (a change of at most 5% of last year's count or of one
application). The tables are test_check_wording_help_and_changes's unless a test changes them: 55 new this year, 45 last
year (22.2% more); the sentences are written for these tests."""
from __future__ import annotations

from test_check_last_year_changes import _change, _found
from test_check_published import _add, report
from test_check_wording_help_and_changes import _imported
from test_check_wording_new_closed import AGENCY, _worded

from reportkit.default_plugins.annual_report.crossyear import check_change
from reportkit.previous import Previous

RISE = "增长 22.2%（按（本年 − 上年）÷ 上年算；"

#: (sentence, what is said, what the tables give); each read as an exact per cent before (or not at all).
WRONG = (
    ("全年新收申请55件，同比增长百分之五十余。", "新收申请55件，同比增长百分之五十余",
     RISE + "写“增长百分之五十余”的，增幅应在 50% 至 60% 之间）"),
    ("全年新收申请55件，较上年增长30%余。", "新收申请55件，较上年增长30%余", RISE + "写“增长30%余”的，增幅应在 30% 至 40% 之间）"),
    ("全年新收申请55件，同比增长20%以内。", "新收申请55件，同比增长20%以内", RISE + "写“增长20%以内”的，增幅应不高于 20%）"),
    ("全年新收申请55件，同比增长百分之十以内。", "新收申请55件，同比增长百分之十以内",
     RISE + "写“增长百分之十以内”的，增幅应不高于 10%）"),
    ("全年新收申请55件，比上年增长不超过15%。", "新收申请55件，比上年增长不超过15%", RISE + "写“增长不超过15%”的，增幅应不高于 15%）"),
    ("全年新收申请55件，与上年基本持平。", "新收申请55件，与上年基本持平",
     RISE + "写“基本持平”的，增减应不超过上年的 5% 或不超过 1 件）"),
    ("全年新收申请55件，与上年大致持平。", "新收申请55件，与上年大致持平",
     RISE + "写“大致持平”的，增减应不超过上年的 5% 或不超过 1 件）"),
)


def test_about_and_bounded_per_cents_and_basically_flat_are_compared_as_such(tmp_path):
    found, where = _found(tmp_path, [text for text, _said, _fact in WRONG])
    for (text, said, fact), messages in zip(WRONG, found):
        assert messages == [_change(said, fact, where)], text


#: The tables' change (22.2% more), given as about or within a bound: each warned about as an exact per cent before.
RIGHT = (
    "全年新收申请55件，同比增长百分之二十余。",
    "全年新收申请55件，同比增长20%余。",
    "全年新收申请55件，较上年增长30%以内。",
    "全年新收申请55件，同比增长百分之二十五以内。",
)


def test_the_tables_change_given_as_about_or_within_a_bound_is_ok(tmp_path):
    found, _where = _found(tmp_path, list(RIGHT))
    assert dict(zip(RIGHT, found)) == dict.fromkeys(RIGHT, [])


def test_percentage_points_of_a_count_are_the_wrong_word(tmp_path):
    sentences = ["全年新收申请55件，同比增长22.2个百分点。", "全年新收申请55件，较上年下降3个百分点。"]
    found, where = _found(tmp_path, sentences)
    assert found == [[
        f"正文写的是“{said}”，而“百分点”用于占比、比率的增减，不用于件数：表三“一、本年新收政府信息公开申请数量”的总计本年为 55、"
        f"上年报告（{where}）为 45，即增长 22.2%、增加 10 件：请把申请数的增减写成百分比（按（本年 − 上年）÷ 上年算）或件数"]
        for said in ("新收申请55件，同比增长22.2个百分点", "新收申请55件，较上年下降3个百分点")]


def _flat(tmp_path, new: int, last: int) -> list[str]:
    """R18's messages on “与上年基本持平” and “与上年持平” after this year's ``new`` applications, last year's ``last``."""
    previous = report(2020, AGENCY)
    _add(previous["t3"], "new", 0, last - 55)
    _add(previous["t3"], "carried", 0, 55 - last)  # the same to handle: the tables still add up
    out = []
    for i, words in enumerate(("基本持平", "持平")):
        this = _worded(1, f"（二）依申请公开。全年新收申请{new}件，与上年{words}。")
        _add(this["t3"], "new", 0, new - 55)
        _add(this["t3"], "carried", 0, 55 - new)
        folder = tmp_path / f"{new}-{last}-{i}"
        folder.mkdir()
        out.append(check_change(_imported(folder / "2021", this).report,
                                Previous(_imported(folder / "2020", previous))))
    return [[f.message.partition("，而")[0] for f in found] for found in out]


def test_basically_flat_allows_five_per_cent_or_one_application(tmp_path):
    # 55 after 53 (3.8%) and 13 after 12 (8.3%, one application) are basically flat, not flat
    for new, last in ((55, 53), (13, 12)):
        assert _flat(tmp_path, new, last) == [[], [f"正文写的是“新收申请{new}件，与上年持平”"]], (new, last)
    # 55 after 52: 5.8%, three applications
    assert _flat(tmp_path, 55, 52)[0] == ["正文写的是“新收申请55件，与上年基本持平”"]
