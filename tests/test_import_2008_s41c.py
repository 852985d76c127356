"""2008-edition reports imported where the last hunt left them silent: a table's outcomes right under 收到申请, sums of
零 with no unit, 依申请公开信息数, all applications by one channel, channels written with 通过, 咨询类 as a kind of
application, and what a second hunt found (who applied between 受理 and 申请, 未向申请人收取……等任何费用). The agencies,
sentences and figures are made up for these tests."""
from __future__ import annotations

import pytest

from _import_helpers import printed
from test_import_2008_s41 import APPS, _errors, _import, _import_docx

OUTCOMES = [{"name": "同意公开", "count": 6}, {"name": "部分公开", "count": 2}, {"name": "不予公开", "count": 0},
            {"name": "信息不存在", "count": 2}]


def _outcome_rows(last: str) -> list[list[str]]:
    return [["项目", "数量"], ["收到申请", "10"], ["同意公开", "6"], ["部分公开", "2"], ["不予公开", "无"],
            ["信息不存在", last]]


# A table's outcomes right under 收到申请, no 已答复 given ---------------------------------------------------------------
def test_outcomes_under_the_applications_received_that_add_up_to_them_are_read(tmp_path):
    result, sections = _import_docx(tmp_path, ["本局依申请公开的情况见下表。", _outcome_rows("2")])
    figures = sections["applications"]["figures"]
    assert figures["received"] == 10 and figures["outcomes"] == OUTCOMES
    assert _errors(result) == []


def test_outcomes_across_two_rows_under_the_applications_received_are_read(tmp_path):
    rows = [["收到申请", "同意公开", "部分公开", "信息不存在"], ["10", "6", "2", "2"]]
    result, sections = _import_docx(tmp_path, ["本局依申请公开的情况见下表。", rows])
    assert sections["applications"]["figures"]["outcomes"] == [OUTCOMES[0], OUTCOMES[1], OUTCOMES[3]]
    assert _errors(result) == []


def test_outcomes_more_than_the_applications_received_are_a_finding(tmp_path):
    result, sections = _import_docx(tmp_path, ["本局依申请公开的情况见下表。", _outcome_rows("3")])
    assert _errors(result) == [f"“{APPS}”：所列各答复结果之和为 11 件，而“收到申请数”为 10 件：请核对后改正其中一处"]
    assert "outcomes" not in sections["applications"]["figures"]


def test_outcomes_fewer_than_the_applications_received_are_not_read_as_all_of_them(tmp_path):
    result, sections = _import_docx(tmp_path, ["本局依申请公开的情况见下表。", _outcome_rows("1")])
    assert sections["applications"]["figures"] == {"received": 10}
    assert _errors(result) == []  # one may be unanswered at the year's end


def test_outcomes_in_a_sentence_more_than_the_applications_received_are_a_finding(tmp_path):
    result, sections = _import(tmp_path, applications="全年收到申请10件，其中同意公开6件、部分公开2件、不予公开1件、信息不存在2件。")
    assert _errors(result) == [f"“{APPS}”：所列各答复结果之和为 11 件，而“收到申请数”为 10 件：请核对后改正其中一处"]
    assert sections["applications"]["figures"] == {"received": 10}


# Counts and sums of 零, and wordings the printed phrases do not reach -------------------------------------------------
@pytest.mark.parametrize("part, sentence, figures", [
    ("fees", "本年度收取费用为零。", {"charged": 0}),
    ("fees", "依申请提供信息收费为零，减免费用为零。", {"charged": 0, "waived": 0}),
    ("fees", "本年度未向申请人收取检索、复制、邮寄等任何费用。", {"charged": 0}),
    ("review_litigation", "全年发生政府信息公开行政复议案件1件，行政诉讼案件为零。", {"reviews": 1, "suits": 0}),
    ("applications", "本年度依申请公开信息数为0件。", {"received": 0}),
    ("applications", "本年度依申请公开信息数为12件，其中当面申请4件，网上申请8件。",
     {"received": 12, "channels": [{"name": "当面申请", "count": 4}, {"name": "网上申请", "count": 8}]}),
    ("applications", "本年度共受理公民、法人和其他组织提出的政府信息公开申请7件，较上年减少2件。其中当面申请5件，信函申请2件。",
     {"received": 7, "channels": [{"name": "当面申请", "count": 5}, {"name": "信函申请", "count": 2}]}),
])
def test_figures_in_these_wordings_are_read(tmp_path, part, sentence, figures):
    result, sections = _import(tmp_path, **{part: sentence})
    assert {k: v for k, v in sections[part]["figures"].items() if k != "show"} == figures
    assert _errors(result) == []


@pytest.mark.parametrize("sentence", ["全年为困难群众减免费用为零。", "上年度收取费用为零。"])
def test_a_零_of_some_people_or_of_another_year_is_not_read(tmp_path, sentence):
    result, sections = _import(tmp_path, fees=sentence)
    assert "figures" not in sections["fees"]


# All applications by one channel, and channels written with 通过 ----------------------------------------------------
@pytest.mark.parametrize("sentence, channel, count", [
    ("收到申请两件，均为当面申请。", "当面申请", 2),
    ("全年收到申请3件，全部通过网上申请，均已答复。", "网上申请", 3),
    ("本年度接到申请4件，全部为书面申请。", "书面申请", 4),
])
def test_all_applications_by_one_channel_give_it_the_count(tmp_path, sentence, channel, count):
    result, sections = _import(tmp_path, applications=sentence)
    answered = {"answered": count} if "均已答复" in sentence else {}  # all answered: as many as received
    assert sections["applications"]["figures"] == {"received": count, **answered,
                                                   "channels": [{"name": channel, "count": count}]}
    assert _errors(result) == []
    texts = [text for _, text in printed(result.target)]
    assert sentence in texts and not any(f"{channel}{count}件" in text for text in texts)  # not printed again


@pytest.mark.parametrize("sentence", ["全年受理申请3件，均为网上申请和信函申请。", "全年收到申请3件，均为申请人本人申请。"])
def test_all_applications_of_two_channels_or_of_no_channel_give_none(tmp_path, sentence):
    result, sections = _import(tmp_path, applications=sentence)
    assert sections["applications"]["figures"] == {"received": 3}


def test_a_channel_written_with_通过_is_named_without_it(tmp_path):
    result, sections = _import(tmp_path, applications="全年收到申请6件，其中通过信函申请2件，通过网上申请4件。")
    assert sections["applications"]["figures"]["channels"] == [{"name": "信函申请", "count": 2},
                                                               {"name": "网上申请", "count": 4}]
    assert _errors(result) == []


# 咨询类 as a kind of application --------------------------------------------------------------------------------------
def test_咨询类_is_noted_as_a_kind_of_application_and_a_query_as_a_query(tmp_path):
    result, sections = _import(tmp_path, applications="全年收到申请5件，其中咨询类1件，答复咨询群众20人次。")
    tail = "的数字：2008 版的 figures 没有这一项，未读进 figures，只照原文留在正文里，check 不核对它：无需改动，核对时请对照原件"
    assert _errors(result) == [f"“{APPS}”写的“咨询类1件”是咨询类申请{tail}", f"“{APPS}”写的“咨询群众20人次”是咨询{tail}"]
    assert sections["applications"]["figures"] == {"received": 5}
