"""2008-edition parts on applications the import still left unread: all closed in a paragraph of its own after the
count's (上述申请均已办结。), channels after 从申请方式看 or named with 公开 (网站申请公开栏目), applications counted as
“11件申请中有……”, received and answered alike (受理、答复申请24件), counts in 份, 接受……申请, outcomes named with why
(因……不予公开), and what this session's hunt found. The agencies, sentences and figures are made up for these tests."""
from __future__ import annotations

import pytest

from test_2008_carried_s42C2 import _checked, _validated
from test_import_2008_s41 import APPS, _errors, _import


def _figures(tmp_path, part: str, text: str) -> dict | None:
    result, sections = _import(tmp_path, **{part: text})
    assert _errors(result) == []
    assert sections[part]["content"] == text.split("\n")
    return {k: v for k, v in (sections[part].get("figures") or {}).items() if k != "show"} or None


# All closed in a paragraph of its own -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, count", [
    ("全年受理申请6件。\n上述申请均已办结。", 6),
    ("全年受理申请6件。\n均已办结。", 6),
    ("全年受理申请4件。\n所有申请均已在法定期限内答复完毕。", 4),
    ("本年度收到政府信息公开申请5件。\n上述5件申请均已答复。", 5),
    ("全年受理申请4件。所有申请均已答复。", 4),
])
def test_all_closed_in_the_paragraph_after_the_count_s_is_as_many_answered(tmp_path, text, count):
    assert _figures(tmp_path, "applications", text) == {"received": count, "answered": count}


@pytest.mark.parametrize("text", [
    "全年受理申请6件。\n其中网上申请4件，当面申请2件。\n上述申请均已办结。",  # another count between
    "全年受理申请6件。\n我局按时限要求办理每一件申请。\n上述申请均已办结。",  # not the paragraph right after
    "全年受理申请6件。\n上述申请均已办结，无行政复议。",  # not all the paragraph says
    "全年受理申请6件。\n上述5件申请均已办结。",  # another count
    "全年受理申请6件，已答复5件。\n上述申请均已办结。",  # answered given already
])
def test_all_closed_in_a_later_paragraph_not_right_after_its_count_is_not_read(tmp_path, text):
    result, sections = _import(tmp_path, applications=text)
    assert sections["applications"]["figures"].get("answered") in (None, 5)
    assert sections["applications"]["figures"]["received"] == 6


def test_all_closed_after_another_matter_s_count_is_not_read(tmp_path):
    result, sections = _import(tmp_path, applications="全年受理行政许可申请30件。\n上述申请均已办结。")
    assert "figures" not in sections["applications"]


def test_a_data_file_s_answers_against_all_closed_in_the_paragraph_after_are_told(tmp_path):
    code, output = _validated(tmp_path, """\
        figures: {received: 6, answered: 5}
        content: [全年受理申请6件。, 上述申请均已办结。]
        """)
    assert code == 0, output
    assert any(": warning: " in line and "上述申请均已办结" in line and "（6）" in line for line in output.splitlines()), output


# Channels ------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, channels", [
    ("本年度共收到申请11件，其中通过信函方式申请3件，通过网站申请公开栏目申请8件。",
     [{"name": "信函方式申请", "count": 3}, {"name": "网站申请公开栏目申请", "count": 8}]),
    ("全年共受理申请13件，从申请方式看，网上申请10件，占76.9%；当面申请3件，占23.1%。",
     [{"name": "网上申请", "count": 10}, {"name": "当面申请", "count": 3}]),
    ("本年度共收到申请12份，其中网上申请8份，当面申请4份。", [{"name": "网上申请", "count": 8}, {"name": "当面申请", "count": 4}]),
])
def test_channels_in_these_wordings_are_read(tmp_path, text, channels):
    received = sum(c["count"] for c in channels)
    assert _figures(tmp_path, "applications", text) == {"received": received, "channels": channels}


def test_a_channel_s_share_after_从申请方式看_that_is_not_its_share_is_a_finding(tmp_path):
    result, sections = _import(tmp_path, applications="全年收到申请8件，从申请方式看，网上申请5件，占62.5%；当面申请3件，占40.0%。")
    assert _errors(result) == [f"“{APPS}”：“当面申请”3 件占“收到申请数”8 件的 37.5%，而原文写的占比为 40.0%：请核对后改正其中一处"]
    assert sections["applications"]["figures"] == {"received": 8}


# “11件申请中有……” ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, figures", [
    ("11件申请中有9件已答复并公开，另外2件不属于本局职责，已告知申请人向有关部门咨询。",
     {"received": 11, "outcomes": [{"name": "公开", "count": 9}, {"name": "不属于本局职责", "count": 2}]}),
    ("全年收到申请11件。11件申请中有9件已答复并公开，另外2件不属于本局职责。",
     {"received": 11, "outcomes": [{"name": "公开", "count": 9}, {"name": "不属于本局职责", "count": 2}]}),
    ("在受理的8件申请中，同意公开6件，信息不存在2件。",
     {"received": 8, "outcomes": [{"name": "同意公开", "count": 6}, {"name": "信息不存在", "count": 2}]}),
])
def test_applications_counted_as_those_among_which_are_read(tmp_path, text, figures):
    assert _figures(tmp_path, "applications", text) == figures


def test_outcomes_among_the_applications_more_than_them_are_a_finding(tmp_path):
    result, sections = _import(tmp_path, applications="11件申请中有9件已答复并公开，另外3件不属于本局职责。")
    assert _errors(result) == [f"“{APPS}”：所列各答复结果之和为 12 件，而“收到申请数”为 11 件：请核对后改正其中一处"]
    assert sections["applications"]["figures"] == {"received": 11}


def test_last_year_s_applications_among_which_are_not_read(tmp_path):
    result, sections = _import(tmp_path, applications="上年结转的2件申请中有1件已答复。")
    assert "figures" not in sections["applications"]


# Received and answered alike; 份; 接受 ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, count", [
    ("全年共受理、答复政府信息公开申请24件。", 24),
    ("全年受理并答复政府信息公开申请24件。", 24),
    ("本年度共受理和办结依申请公开事项7件。", 7),
    ("本年度收到依申请公开申请4份，均已按规定答复。", 4),
    ("全年收到政府信息公开申请四份，均已答复。", 4),
    ("本年度接受公民、法人和其他组织申请公开政府信息8件，均已答复。", 8),
])
def test_received_and_answered_in_these_wordings_are_read(tmp_path, text, count):
    assert _figures(tmp_path, "applications", text) == {"received": count, "answered": count}


@pytest.mark.parametrize("text", [
    "全年受理并办结行政复议申请2件。",  # another matter
    "上半年共受理、答复政府信息公开申请4件。",  # another period
    "全年受理、答复群众来信20件。",  # letters: no applications
    "本年度接受群众咨询12次。",  # queries
])
def test_received_or_answered_of_another_matter_or_period_is_not_read(tmp_path, text):
    result, sections = _import(tmp_path, applications=text)
    assert "figures" not in sections["applications"]


def test_received_and_answered_alike_with_their_outcomes_is_no_finding_in_check(tmp_path):
    assert _checked(tmp_path, "全年共受理、答复政府信息公开申请24件，其中同意公开20件，不予公开4件。") == (0, [])


# Outcomes named with why ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, words, outcome", [
    ("全年收到申请5件，其中同意公开4件，因申请内容属于国家秘密不予公开1件。", "因申请内容属于国家秘密不予公开1件", "不予公开"),
    ("全年收到申请6件，其中4件同意公开，2件因涉及第三方商业秘密不予公开。", "2件因涉及第三方商业秘密不予公开", "不予公开"),
    ("全年收到申请6件，其中同意公开5件，涉及个人隐私部分公开1件。", "涉及个人隐私部分公开1件", "部分公开"),
])
def test_an_outcome_named_with_why_is_the_outcome_with_a_note(tmp_path, text, words, outcome):
    result, sections = _import(tmp_path, applications=text)
    outcomes = sections["applications"]["figures"]["outcomes"]
    assert outcomes[-1]["name"] == outcome and [o["name"] for o in outcomes[:-1]] == ["同意公开"]
    assert _errors(result) == [f"“{APPS}”写的“{words}”读作答复结果“{outcome}”：2008 版的 figures 没有答复理由这一项，"
                               "理由未读进 figures，只照原文留在正文里：无需改动，核对时请对照原件"]
    assert sections["applications"]["content"] == [text]


@pytest.mark.parametrize("text, names", [
    ("全年收到申请6件，其中同意公开3件，因属于国家秘密不予公开1件，因涉及商业秘密不予公开2件。",  # two alike: kept apart
     ["同意公开", "因属于国家秘密不予公开", "因涉及商业秘密不予公开"]),
    ("全年受理申请5件，其中同意公开3件，因信息不存在无法提供1件，不予公开1件。", ["同意公开", "因信息不存在无法提供", "不予公开"]),
])
def test_outcomes_named_with_why_that_would_be_one_or_no_outcome_keep_their_names(tmp_path, text, names):
    result, sections = _import(tmp_path, applications=text)
    assert [o["name"] for o in sections["applications"]["figures"]["outcomes"]] == names
    assert _errors(result) == []


# What this session's hunt found ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("part, text, figures", [
    ("applications", "本年度我局收到申请3件，均按照条例规定的时限作出答复。", {"received": 3, "answered": 3}),
    ("applications", "本年度我局收到公民申请公开政府信息2件，均已按规定时限答复。", {"received": 2, "answered": 2}),
    ("applications", "全年受理申请6件，其中5件已办结，1件正在办理中。", {"received": 6, "answered": 5}),
    ("review_litigation", "全年未收到涉及政府信息公开的行政复议申请，也未发生相关行政诉讼。", {"reviews": 0, "suits": 0}),
])
def test_figures_in_these_wordings_are_read(tmp_path, part, text, figures):
    assert _figures(tmp_path, part, text) == figures


def test_a_count_answered_beside_others_not_told_as_open_is_not_read(tmp_path):
    """Only the rest told as still open makes “其中N件已答复” the count answered: withdrawn ones may be closed too."""
    assert _figures(tmp_path, "applications", "全年受理申请3件，其中1件申请已答复，另2件申请人撤回。") == {"received": 3}


def test_a_count_closed_of_last_year_s_is_not_read(tmp_path):
    result, sections = _import(tmp_path, applications="全年受理申请6件，另有上年结转2件已办结。")
    assert sections["applications"]["figures"] == {"received": 6}
