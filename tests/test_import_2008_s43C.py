"""2008-edition reports where the last session's import and check still missed: all closed (均已办结、已全部办结) after
the count received, answers above a count that holds last year's applications (受理申请4件（其中1件为上年结转）), and
a count of applications still open in a later sentence or paragraph of the part. The agencies, sentences and figures
are made up for these tests."""
from __future__ import annotations

import pytest

from test_2008_carried_s42C2 import _checked, _validated
from test_import_2008_s41 import APPS, _errors, _import

TWO = [{"name": "同意公开", "count": 5}, {"name": "不予公开", "count": 2}]


# All closed after the count received: as many answered ---------------------------------------------------------------
@pytest.mark.parametrize("text, count", [
    ("今年我局受理政府信息公开申请7件，均已办结。", 7),
    ("全年收到申请4件，已全部办结。", 4),
    ("本年度共接到公开申请9件，均在法定期限内办结。", 9),
    ("全年受理申请6件（其中1件为上年结转），均已办结。", 6),
])
def test_all_closed_after_the_count_received_is_as_many_answered(tmp_path, text, count):
    result, sections = _import(tmp_path, applications=text)
    assert sections["applications"]["figures"] == {"received": count, "answered": count}
    assert _errors(result) == []
    assert sections["applications"]["content"] == [text]


@pytest.mark.parametrize("text", [
    "全年收到申请8件，上年结转1件，均已办结。",  # which of the 9 were closed: not said
    "本年度承办人大代表建议8件，均已办结。",  # no application
    "全年收到申请8件，其中3件均已办结。",  # some only
])
def test_all_closed_beside_last_year_s_or_of_other_things_is_not_read(tmp_path, text):
    result, sections = _import(tmp_path, applications=text)
    assert "answered" not in (sections["applications"].get("figures") or {})


# Answers above a count holding last year's: no advice to name them --------------------------------------------------
@pytest.mark.parametrize("text, answered, received, within", [
    ("本年度共受理申请4件（其中1件为上年结转），已答复5件。", 5, 4, 1),
    ("共办理依申请公开事项6件（其中2件为上年结转），已答复8件。", 8, 6, 2),
    ("全年收到申请9件（含上年结转1件），答复10件。", 10, 9, 1),
])
def test_answers_above_a_count_holding_last_year_s_are_told_without_asking_for_them(tmp_path, text, answered,
                                                                                    received, within):
    said = (f"“{APPS}”：答复 {answered} 件，多于收到的 {received} 件申请（正文写明其中 {within} 件为上年结转，已含在内）："
            "请核对后改正其中一处（applications）")
    assert _checked(tmp_path, text) == (1, [("applications", said)])


def test_a_data_file_s_answers_above_a_count_holding_last_year_s_are_told_without_asking_for_them(tmp_path):
    code, output = _validated(tmp_path, """\
        figures: {received: 4, answered: 5}
        content: [本年度共受理申请4件（其中1件为上年结转），已答复5件。]
        """)
    assert code == 0, output
    assert [line.split(": warning: ")[1] for line in output.splitlines() if ": warning: " in line] == [
        "“依申请公开政府信息情况”：答复 5 件，多于收到的 4 件申请（正文写明其中 1 件为上年结转，已含在内）："
        "请核对后改正其中一处（applications）"]


@pytest.mark.parametrize("text", [
    "本年度共受理申请4件（其中1件为上年结转），已答复4件。",
    "本年度共受理申请4件，另有上年结转1件，已答复5件。",
])
def test_answers_up_to_those_to_answer_are_no_finding(tmp_path, text):
    assert _checked(tmp_path, text) == (0, [])


# Still open in a later sentence or paragraph -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "全年收到申请9件，其中同意公开5件、不予公开2件。截至年底，尚有2件正在办理。",
    "全年收到申请9件，其中同意公开5件、不予公开2件。\n我局按时限要求办理每一件申请。\n另有2件申请尚未办结，将于明年初答复。",
    "全年收到申请9件，其中同意公开5件、不予公开2件。截至2014年12月31日，2件未办结。",
])
def test_outcomes_beside_the_still_open_a_later_sentence_counts_are_read(tmp_path, text):
    result, sections = _import(tmp_path, applications=text)
    assert sections["applications"]["figures"] == {"received": 9, "outcomes": TWO}
    assert _errors(result) == []
    assert sections["applications"]["content"] == text.split("\n")
    assert _checked(tmp_path, text) == (0, [])


@pytest.mark.parametrize("text", [
    "全年收到申请9件，其中同意公开5件、不予公开2件。2013年受理的申请中，有2件尚未办结。",
    "全年收到申请9件，其中同意公开5件、不予公开2件。上年度的申请中尚有2件未办结。",
    "全年收到申请9件，其中同意公开5件、不予公开2件。\n另有信访事项2件正在办理。",
    "全年收到申请9件，其中同意公开5件、不予公开2件。\n接待群众咨询40人次，其中2件尚未办结。",
])
def test_a_later_count_still_open_of_another_year_or_matter_is_not_taken(tmp_path, text):
    result, sections = _import(tmp_path, applications=text)
    assert sections["applications"]["figures"] == {"received": 9}
    assert not any("办结" in said for said in _errors(result))  # a note that 咨询 is no figure is all


def test_outcomes_more_than_received_less_a_later_still_open_count_are_a_finding(tmp_path):
    text = "全年收到申请9件，其中同意公开5件、不予公开3件。\n另有2件申请正在办理中。"
    result, sections = _import(tmp_path, applications=text)
    assert _errors(result) == [f"“{APPS}”：所列各答复结果之和为 8 件，而“收到申请数”9 件减去尚未办结的 2 件为 7 件："
                               "请核对后改正其中一处"]
    assert sections["applications"]["figures"] == {"received": 9}


# What this session's hunt found ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, figures", [
    ("全年共收到政府信息公开申请5起，都依法给予了答复。", {"received": 5, "answered": 5}),
    ("本年度收到依申请公开申请4件，均已按规定答复。", {"received": 4, "answered": 4}),
    ("全年受理申请6件，所有申请均在15个工作日内答复完毕。", {"received": 6, "answered": 6}),
    ("全年受理申请6件，上述申请均已按期答复。", {"received": 6, "answered": 6}),
    ("全年受理申请6件。上述申请均已办结。", {"received": 6, "answered": 6}),
    ("全年受理申请6件。均已办结。", {"received": 6, "answered": 6}),
    ("本年度共受理信息公开申请9件，申请方式为：网上申请6件，当面申请2件，信函申请1件。已全部答复，其中同意公开7件，"
     "部分公开1件，非本机关信息1件。",
     {"received": 9, "answered": 9, "outcomes": [{"name": "同意公开", "count": 7}, {"name": "部分公开", "count": 1},
                                                 {"name": "非本机关信息", "count": 1}],
      "channels": [{"name": "网上申请", "count": 6}, {"name": "当面申请", "count": 2}, {"name": "信函申请", "count": 1}]}),
])
def test_all_answered_in_these_wordings_is_read(tmp_path, text, figures):
    result, sections = _import(tmp_path, applications=text)
    assert sections["applications"]["figures"] == figures
    assert _errors(result) == []
    assert sections["applications"]["content"] == [text]


@pytest.mark.parametrize("text", [
    "全年受理申请6件，另有上年结转1件。上述申请均已办结。",  # the 7 or the 6: not said
    "全年受理申请6件，另有上年结转1件。\n上述申请均已办结。",  # the same in a paragraph of its own
])
def test_all_closed_in_a_sentence_of_its_own_beside_last_year_s_is_not_read(tmp_path, text):
    result, sections = _import(tmp_path, applications=text)
    assert sections["applications"]["figures"] == {"received": 6}


def test_a_list_after_all_answered_opening_its_sentence_that_is_not_theirs_is_a_finding(tmp_path):
    result, sections = _import(tmp_path, applications="本年度共受理信息公开申请9件。均已答复，其中同意公开7件，部分公开1件，"
                                                      "信息不存在2件。")
    assert _errors(result) == [f"“{APPS}”：所列各答复结果之和为 10 件，而“答复数”为 9 件：请核对后改正其中一处"]
    assert sections["applications"]["figures"] == {"received": 9, "answered": 9}


@pytest.mark.parametrize("part, text, figures", [
    ("fees", "本年度没有收取政府信息公开相关费用，也没有减免情况。", {"charged": 0, "waived": 0}),
    ("fees", "本年度未收取信息公开费用。", {"charged": 0}),
    ("review_litigation", "本年度未发生因政府信息公开引起的行政复议、行政诉讼等情况。", {"reviews": 0, "suits": 0}),
])
def test_zeros_in_these_wordings_are_read(tmp_path, part, text, figures):
    result, sections = _import(tmp_path, **{part: text})
    assert {k: v for k, v in sections[part]["figures"].items() if k != "show"} == figures
    assert _errors(result) == []
