"""2008-edition reports with applications carried over from the year before or still open at its end, in the shapes a
fourth hunt left: an aside 跨年 among the count, outcomes beside the ones still open (checked: outcomes + open =
received), a clause of last year's after the list, the sum with last year's then 已全部办结, a table's row of last
year's without a count, and an aside 其中…为上年结转 counted in its count whatever the verb. The agencies, sentences
and figures are made up for these tests."""
from __future__ import annotations

import pytest

from test_2008_carried_s42C2 import _checked, _validated
from test_import_2008_s41 import APPS, _errors, _import, _import_docx

TWO = [{"name": "同意公开", "count": 9}, {"name": "不予公开", "count": 3}]
THREE = [{"name": "同意公开", "count": 7}, {"name": "部分公开", "count": 1}, {"name": "信息不存在", "count": 2}]


@pytest.mark.parametrize("text, figures", [
    ("本年度收到政府信息公开申请6件，其中1件系2013年提出、跨年办理，均已答复。", {"received": 6, "answered": 6}),
    ("全年收到申请6件，其中1件跨年办理，均已答复。", {"received": 6, "answered": 6}),
    ("今年受理申请16件，其中同意公开9件、不予公开3件，4件结转至下一年度办理。", {"received": 16, "outcomes": TWO}),
    ("今年受理申请16件，其中同意公开9件、不予公开3件，另有4件正在办理中。", {"received": 16, "outcomes": TWO}),
    ("今年受理申请16件，其中同意公开9件、不予公开3件，尚有4件未办结。", {"received": 16, "outcomes": TWO}),
    ("今年受理申请16件，其中同意公开9件、不予公开3件，结转下年度办理的有4件。", {"received": 16, "outcomes": TWO}),
    ("今年受理申请12件，其中同意公开9件、不予公开3件，另有1件行政复议案件正在办理中。", {"received": 12, "outcomes": TWO}),
    ("全年受理申请10件，另有上年结转3件，其中同意公开9件、不予公开3件，1件正在办理。", {"received": 10, "outcomes": TWO}),
    ("全年受理申请10件，其中同意公开7件、部分公开1件、信息不存在2件，另有3件为上年结转申请，也已答复。",
     {"received": 10, "outcomes": THREE}),
    ("全年受理申请10件，其中同意公开7件、部分公开1件、信息不存在2件，另有上年结转申请3件也已答复。",
     {"received": 10, "outcomes": THREE}),
    ("本年度共收到申请13件，加上年结转的2件，共需办理15件，已全部办结。", {"received": 13, "answered": 15}),
    ("本年度共收到申请13件，加上年结转的2件，共15件，均已答复。", {"received": 13, "answered": 15}),
    ("共办理依申请公开事项5件（含上年结转1件），均已答复。", {"received": 5, "answered": 5}),
])
def test_figures_beside_last_year_s_and_still_open_applications_are_read(tmp_path, text, figures):
    result, sections = _import(tmp_path, applications=text)
    assert sections["applications"]["figures"] == figures
    assert _errors(result) == []
    assert sections["applications"]["content"] == [text]


@pytest.mark.parametrize("text", [
    "本年度收到政府信息公开申请6件，其中1件系2013年提出、跨年办理，均已答复。",
    "今年受理申请16件，其中同意公开9件、不予公开3件，4件结转至下一年度办理。",
    "全年受理申请10件，其中同意公开7件、部分公开1件、信息不存在2件，另有3件为上年结转申请，也已答复。",
    "本年度共收到申请13件，加上年结转的2件，共需办理15件，已全部办结。",
    "本年度收到申请10件，答复12件（其中2件为上年结转）。",
])
def test_a_published_report_in_these_wordings_gives_no_finding(tmp_path, text):
    assert _checked(tmp_path, text) == (0, [])


@pytest.mark.parametrize("text", [
    "全年收到申请6件，其中1件跨年结转至下一年度办理，均已答复。",  # carried to the next year: not all answered
    "本年度共收到申请13件，上年结转2件，共需办理16件，均已答复。",  # the sum is not theirs
    "本年度共收到申请13件，上年结转2件，已全部办结。",  # closed, with no sum stated
])
def test_all_answered_or_closed_beside_what_does_not_add_up_is_not_read(tmp_path, text):
    result, sections = _import(tmp_path, applications=text)
    assert "answered" not in sections["applications"]["figures"]
    assert _errors(result) == []


def test_outcomes_fewer_than_received_less_the_still_open_are_not_read_and_no_finding(tmp_path):
    result, sections = _import(tmp_path, applications="今年受理申请16件，其中同意公开9件、不予公开3件，3件结转至下一年度办理。")
    assert sections["applications"]["figures"] == {"received": 16}
    assert _errors(result) == []


def test_outcomes_more_than_received_less_the_still_open_are_a_finding(tmp_path):
    result, sections = _import(tmp_path, applications="今年受理申请12件，其中同意公开9件、不予公开3件，4件结转至下一年度办理。")
    assert _errors(result) == [f"“{APPS}”：所列各答复结果之和为 12 件，而“收到申请数”12 件减去尚未办结的 4 件为 8 件："
                               "请核对后改正其中一处"]
    assert sections["applications"]["figures"] == {"received": 12}


def test_an_aside_of_last_year_s_is_counted_in_a_count_of_applications_handled(tmp_path):
    text = "共办理依申请公开事项5件（其中1件为上年结转），其中同意公开4件、不予公开2件。"
    said = f"“{APPS}”：所列各答复结果之和为 6 件，而“收到申请数”为 5 件：请核对后改正其中一处"
    result, sections = _import(tmp_path, applications=text)
    assert _errors(result) == [said]
    assert sections["applications"]["figures"] == {"received": 5}
    assert _checked(tmp_path, text) == (1, [("import-figures", said)])


@pytest.mark.parametrize("cell", ["—", "", "若干"])
def test_a_table_row_of_last_year_s_without_a_count_is_named_without_one(tmp_path, cell):
    rows = [["项目", "件数"], ["收到申请", "10"], ["上年结转", cell], ["同意公开", "7"], ["部分公开", "2"], ["信息不存在", "3"]]
    result, sections = _import_docx(tmp_path, ["本局依申请公开的情况见下表。", rows])
    assert sections["applications"]["figures"] == {
        "received": 10, "outcomes": [{"name": "同意公开", "count": 7}, {"name": "部分公开", "count": 2},
                                     {"name": "信息不存在", "count": 3}]}
    assert sections["applications"]["content"][1]["rows"][1] == ["上年结转", cell]  # kept as written
    assert _errors(result) == []


def test_a_data_file_s_table_row_of_last_year_s_without_a_count_asks_for_it(tmp_path):
    code, output = _validated(tmp_path, """\
        figures: {received: 10, outcomes: [{name: 同意公开, count: 9}, {name: 不予公开, count: 3}]}
        content:
          - {columns: [项目, 件数], rows: [[上年结转, —]]}
        """)
    assert code == 0, output
    assert [line.split(": warning: ")[1] for line in output.splitlines() if ": warning: " in line] == [
        "“依申请公开政府信息情况”：答复 12 件，多于收到的 10 件申请；正文提到了上年结转的申请，但没有写件数："
        "请写明上年结转了几件，如“上年结转2件”（applications）"]
