"""R18 (crossyear.check_change) and R9 on more ways of telling this year's applications against last year's: last
year's figure in a clause of its own (“，上年为45件，增长22.2%”), “翻两番” and “增长N倍”, a count said to leave out last
year's carried over (“（不含上年结转4件）”, “加上上年结转4件，共59件”), and a count closed after “对” (“对已办结的3件中”:
of those, which may be some). The tables are test_check_wording_help_and_changes's and test_check_published's: 55 new
this year, 4 carried over (59 to handle), 54 closed, 22 予以公开; 45 new last year. The sentences are written for these
tests."""
from __future__ import annotations

from test_check_last_year_changes import SHARE, _change, _found, _last_figure
from test_check_published import _add, report
from test_check_r9_shares_and_wan import _said
from test_check_wording_help_and_changes import _imported
from test_check_wording_new_closed import AGENCY, FIX, _worded

from reportkit.default_plugins.annual_report.crossyear import check_change
from reportkit.previous import Previous

#: R18: (sentence, the warnings as (kind, what is said, what the tables give)); each passed before.
WRONG = (
    # last year's figure wrong in a clause of its own: its finding, the share worked out from it not told again
    ("全年收到申请55件，上年为40件，增长37.5%。", [("last", "收到申请55件，上年为40件，增长37.5%", 40)]),
    ("全年新收申请55件，上年同期为45件，同比增长30%。",
     [("change", "新收申请55件，上年同期为45件，同比增长30%", "增长 22.2%" + SHARE)]),
    ("全年新收申请55件，2020年为40件，增加8件。", [("last", "新收申请55件，2020年为40件，增加8件", 40),
                                     ("change", "新收申请55件，2020年为40件，增加8件", "增加 10 件")]),
    ("全年新收申请55件，较上年翻两番。", [("change", "新收申请55件，较上年翻两番", "增长 22.2%" + SHARE)]),
    ("全年新收申请55件，较上年增长1倍。", [("change", "新收申请55件，较上年增长1倍", "增长 22.2%" + SHARE)]),
    ("全年新收申请55件，同比增长两倍。", [("change", "新收申请55件，同比增长两倍", "增长 22.2%" + SHARE)]),
    # of the new only: compared with last year's new (45), not with last year's 59 to handle
    ("全年收到申请55件（不含上年结转4件），同比增长31.1%。",
     [("change", "收到申请55件（不含上年结转4件），同比增长31.1%", "增长 22.2%" + SHARE)]),
)


def test_these_changes_from_last_year_are_compared(tmp_path):
    found, where = _found(tmp_path, [text for text, _ in WRONG])
    for (text, expected), messages in zip(WRONG, found):
        assert messages == [_change(said, fact, where) if kind == "change" else _last_figure(said, fact, where)
                            for kind, said, fact in expected], text


#: The tables' changes in these wordings, and those not compared (another year's, about).
RIGHT = (
    "全年收到申请55件，上年为45件，增长22.2%。",
    "全年新收申请55件，去年同期为45件，同比增加10件。",
    "全年收到申请55件，上年为59件，与上年持平。",
    "全年新收申请55件，2019年为40件，增长37.5%。",
    "全年收到申请55件（不含上年结转4件），同比增长22.2%。",
    "全年收到申请55件（含上年结转4件），同比增长22.2%。",
    "全年新收申请55件，较上年翻一番多。",
    "全年收到申请55件，上年结转4件，同比增长22.2%。",
)


def test_the_tables_changes_in_these_wordings_are_ok(tmp_path):
    found, _where = _found(tmp_path, list(RIGHT))
    assert dict(zip(RIGHT, found)) == dict.fromkeys(RIGHT, [])


def _from(tmp_path, new_last_year: int, text: str) -> list[str]:
    """R18's messages on ``text`` against last year's report with ``new_last_year`` new applications."""
    tmp_path.mkdir()
    r = report(2020, AGENCY)
    _add(r["t3"], "new", 0, new_last_year - 55)
    _add(r["t3"], "carried", 0, 55 - new_last_year)
    last = Previous(_imported(tmp_path / "2020", r))
    this = _imported(tmp_path / "2021", _worded(1, "（二）依申请公开。" + text))
    return [f.message for f in check_change(this.report, last)]


def test_doubled_and_times_are_read_as_what_they_multiply_by(tmp_path):
    # 55 of 14 is ×3.9 (翻两番, 增长3倍); of 27, ×2.0 (翻一番, 增长1倍)
    for last, texts in ((14, ("全年新收申请55件，较上年翻两番。", "全年新收申请55件，较上年增长3倍。", "全年新收申请55件，同比增长三倍。")),
                        (27, ("全年新收申请55件，较上年增长1倍。", "全年新收申请55件，较上年翻了一番。"))):
        for i, text in enumerate(texts):
            assert _from(tmp_path / f"{last}-{i}", last, text) == [], text
    messages = _from(tmp_path / "wrong", 14, "全年新收申请55件，较上年增长2倍。")
    assert len(messages) == 1 and "增长 292.9%" in messages[0] and "较上年增长2倍" in messages[0], messages


# R9 ----------------------------------------------------------------------------------------------------------------
NEW_R9 = "而表三“一、本年新收政府信息公开申请数量”的总计为 55"
SUM = "而表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”的总计之和为 59"
CARRIED = "而表三“二、上年结转政府信息公开申请数量”的总计为 4"

#: A wrong figure each, which passed before: (sentence, the warnings).
MISSES = {
    "不含上年结转却含了": ("全年收到申请59件（不含上年结转4件）。", [f"正文写的是“收到申请59件”，{NEW_R9}{FIX}"]),
    "另有上年结转": ("全年受理申请59件，另有上年结转4件。", [f"正文写的是“受理申请59件”，{NEW_R9}{FIX}"]),
    "加上结转的和": ("全年新收申请55件，加上上年结转4件，共60件。",
               [f"正文写的是“新收申请55件，加上上年结转4件，共60件”，{SUM}{FIX}"]),
    # a wrong count added up right: that count is told, not the sum too
    "加上结转的数不符": ("全年新收申请55件，加上上年结转5件，共60件。", [f"正文写的是“上年结转5件”，{CARRIED}{FIX}"]),
}


def test_counts_told_apart_from_last_years_carried_over_are_compared(tmp_path):
    for i, (name, (text, messages)) in enumerate(MISSES.items()):
        (tmp_path / str(i)).mkdir()
        assert _said(tmp_path / str(i), text) == messages, name


#: The tables' figures in these wordings; a count closed after “对” is of those, which may be some (its results too).
CORRECT = (
    "全年收到申请55件（不含上年结转4件）。",
    "全年收到申请55件，加上上年结转4件，共计59件。",
    "全年收到申请55件，另有上年结转4件，均已办结。",
    "全年收到申请55件，已办结54件。对已办结的3件中，予以公开2件。",
    "涉及房屋征收的申请有5件，对其中已办结的3件，予以公开2件。",
)


def test_the_tables_figures_in_these_wordings_are_ok(tmp_path):
    for i, text in enumerate(CORRECT):
        (tmp_path / str(i)).mkdir()
        assert _said(tmp_path / str(i), text) == [], text


def test_a_count_closed_after_dui_that_names_the_year_is_compared(tmp_path):
    assert _said(tmp_path, "全年对已办结的54件中，予以公开20件。") == [
        f"正文写的是“予以公开20件”，而表三“（一）予以公开”的总计为 22{FIX}"]
