"""2008-edition reports imported where the last hunt left gaps: answers to applications carried over from the year
before (outcomes more than those received), counts of 零, 均已答复 and 均为同意公开, 办理依申请公开事项, channels and
outcomes in one sentence or one table without group rows, and what a third hunt found (a channel given with 张贴,
a list led in by 主要是, 接到群众申请公开政府信息, a 合计 under a figure's row). The agencies, sentences and figures are
made up for these tests."""
from __future__ import annotations

import pytest

from _import_helpers import printed
from test_import_2008_s41 import APPS, _errors, _import, _import_docx

OUTCOMES = [{"name": "同意公开", "count": 8}, {"name": "部分公开", "count": 2}, {"name": "信息不存在", "count": 2}]
CHANNELS = [{"name": "当面申请", "count": 2}, {"name": "网上申请", "count": 4}]


def _texts(result) -> list[str]:
    return [text for _, text in printed(result.target)]


# Applications carried over from the year before --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "全年收到申请10件，上年结转2件，其中同意公开8件、部分公开2件、信息不存在2件。",
    "本年度收到申请10件，另有上年度未办结的申请2件。\n其中同意公开8件、部分公开2件、信息不存在2件。",
    "全年收到申请十件，结转上年度申请两件，其中同意公开8件、部分公开2件、信息不存在2件。",
])
def test_outcomes_up_to_the_applications_received_and_carried_over_are_read(tmp_path, text):
    result, sections = _import(tmp_path, applications=text)
    assert sections["applications"]["figures"] == {"received": 10, "outcomes": OUTCOMES}
    assert _errors(result) == []
    assert sections["applications"]["content"] == text.split("\n")
    assert not any("同意公开8件" in t for t in _texts(result) if t not in text)  # stated: not printed again


def test_outcomes_more_than_the_applications_received_and_carried_over_are_a_finding(tmp_path):
    text = "全年收到申请10件，上年结转2件，其中同意公开8件、部分公开2件、信息不存在3件。"
    result, sections = _import(tmp_path, applications=text)
    assert _errors(result) == [f"“{APPS}”：所列各答复结果之和为 13 件，而“收到申请数”10 件与上年结转的 2 件之和为 12 件："
                               "请核对后改正其中一处"]
    assert sections["applications"]["figures"] == {"received": 10}


def _carried_rows(last: str) -> list[list[str]]:
    return [["项目", "件数"], ["收到申请", "10"], ["上年结转", "2"], ["同意公开", "8"], ["部分公开", "2"],
            ["信息不存在", last]]


@pytest.mark.parametrize("lead", ["本局依申请公开的情况见下表。", "全年收到申请10件，均已答复。本局依申请公开的情况见下表。"])
def test_a_table_s_outcomes_up_to_the_received_and_carried_over_are_read_and_the_table_kept(tmp_path, lead):
    """均已答复 beside a table of last year's applications too is not read as 10 answered: the 12 answers are theirs."""
    result, sections = _import_docx(tmp_path, [lead, _carried_rows("2")])
    assert sections["applications"]["figures"] == {"received": 10, "outcomes": OUTCOMES}
    assert sections["applications"]["content"][1]["rows"][1] == ["上年结转", 2]  # not printed again without it
    assert _errors(result) == []


def test_a_table_s_outcomes_more_than_the_received_and_carried_over_are_a_finding(tmp_path):
    result, sections = _import_docx(tmp_path, ["本局依申请公开的情况见下表。", _carried_rows("3")])
    assert _errors(result) == [f"“{APPS}”：所列各答复结果之和为 13 件，而“收到申请数”10 件与上年结转的 2 件之和为 12 件："
                               "请核对后改正其中一处"]
    assert sections["applications"]["figures"] == {"received": 10}


# Counts of 零, all answered, all answered alike, 办理 ----------------------------------------------------------------
@pytest.mark.parametrize("part, text, figures", [
    ("active_disclosure", "本年度主动公开政府信息为零。", {"total": 0}),
    ("applications", "本年度收到政府信息公开申请数为零。", {"received": 0}),
    ("applications", "全年收到申请3件，均已答复。", {"received": 3, "answered": 3}),
    ("applications", "今年收到申请5件，同比下降2件，均已在规定期限内答复。", {"received": 5, "answered": 5}),
    ("applications", "共办理依申请公开事项4件。", {"received": 4}),
    ("applications", "本年度共受理政府信息公开申请14件，比上年减少3件，其中当面申请5件，网上申请9件；14件申请均已按期答复。",
     {"received": 14, "answered": 14, "channels": [{"name": "当面申请", "count": 5}, {"name": "网上申请", "count": 9}]}),
    ("applications", "收到申请6件，其中当面申请2件、网上申请4件，均已按时答复。",
     {"received": 6, "answered": 6, "channels": CHANNELS}),
    ("applications", "全年收到申请5件，已答复5件，均为同意公开。",
     {"received": 5, "answered": 5, "outcomes": [{"name": "同意公开", "count": 5}]}),
    ("applications", "全年收到申请6件，其中当面申请2件，网上申请4件，均已答复，其中同意公开5件，信息不存在1件。",
     {"received": 6, "answered": 6, "channels": CHANNELS,
      "outcomes": [{"name": "同意公开", "count": 5}, {"name": "信息不存在", "count": 1}]}),
])
def test_figures_in_these_wordings_are_read(tmp_path, part, text, figures):
    result, sections = _import(tmp_path, **{part: text})
    assert sections[part]["figures"] == figures
    assert _errors(result) == []
    assert text in _texts(result) and len(_texts(result)) == len(set(_texts(result)))  # not printed again


@pytest.mark.parametrize("part, text, figures", [
    ("applications", "全年收到申请5件，另有上年结转2件，均已答复。", {"received": 5}),
    ("applications", "全年收到申请4件，均已答复，另有1件上年结转申请也已答复。", {"received": 4}),
    ("applications", "全年收到申请3件，其中2件均已答复。", {"received": 3}),
    ("applications", "全年收到申请5件，另有上年度未办结的2件，均已答复。", {"received": 5}),
    ("active_disclosure", "全年主动公开政府信息同比增长为零。", None),
])
def test_all_answered_with_last_year_s_or_of_some_and_a_change_of_零_are_not_read_as_counts(tmp_path, part, text,
                                                                                           figures):
    result, sections = _import(tmp_path, **{part: text})
    assert sections[part].get("figures") == figures


# A table of channels, then outcomes, with no rows naming either ---------------------------------------------------
def test_a_table_of_channels_then_outcomes_without_group_rows_is_read_whole(tmp_path):
    rows = [["项目", "件数"], ["收到申请", "6"], ["当面申请", "2"], ["网上申请", "4"], ["同意公开", "5"], ["信息不存在", "1"]]
    result, sections = _import_docx(tmp_path, ["本局依申请公开的情况见下表。", rows])
    assert sections["applications"]["figures"] == {
        "received": 6, "channels": CHANNELS, "outcomes": [{"name": "同意公开", "count": 5}, {"name": "信息不存在", "count": 1}],
        "answered": 6, "show": "table"}
    assert _errors(result) == []


def test_a_合计_under_a_figure_s_row_and_two_lists_is_no_finding_of_their_sum(tmp_path):
    rows = [["项目", "数量"], ["收到申请", "6"], ["当面申请", "2"], ["网上申请", "4"], ["同意公开", "5"], ["信息不存在", "1"],
            ["合计", "6"]]
    result, sections = _import_docx(tmp_path, ["本局依申请公开的情况见下表。", rows])
    assert _errors(result) == []
    assert sections["applications"]["figures"] == {"received": 6}


# What a third hunt found --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("part, text, figures", [
    ("active_disclosure", "2014年，我局通过门户网站公开信息412条，通过政务微博发布信息96条，通过公开栏张贴信息35条。",
     {"channels": [{"name": "门户网站", "count": 412}, {"name": "政务微博", "count": 96}, {"name": "公开栏", "count": 35}]}),
    ("active_disclosure", "本年度主动公开信息543条，主要是机构职能类28条、政策法规类76条、规划计划类19条、业务工作类420条。",
     {"total": 543, "categories": [{"name": "机构职能类", "count": 28}, {"name": "政策法规类", "count": 76},
                                   {"name": "规划计划类", "count": 19}, {"name": "业务工作类", "count": 420}]}),
    ("applications", "本年度共接到群众申请公开政府信息7件，已答复7件，其中予以公开5件、不属于本机关公开范围2件。",
     {"received": 7, "answered": 7,
      "outcomes": [{"name": "予以公开", "count": 5}, {"name": "不属于本机关公开范围", "count": 2}]}),
    ("applications", "本年度共收到申请20件，已答复18件，其中同意公开15件、不予公开3件，另2件结转至下年度办理。",
     {"received": 20, "answered": 18, "outcomes": [{"name": "同意公开", "count": 15}, {"name": "不予公开", "count": 3}]}),
    ("fees", "全年未发生收费情况。", {"charged": 0}),
    ("fees", "本年度收取信息公开检索费、复制费共计0元，未减免任何费用。", {"charged": 0, "waived": 0}),
])
def test_figures_the_hunt_found_dropped_or_misnamed_are_read(tmp_path, part, text, figures):
    result, sections = _import(tmp_path, **{part: text})
    assert {k: v for k, v in sections[part]["figures"].items() if k != "show"} == figures
    assert _errors(result) == []


def test_a_fee_of_some_other_service_said_in_words_is_no_fee_of_disclosure(tmp_path):
    result, sections = _import(tmp_path, fees="办理排污许可证未发生收费情况。")
    assert "figures" not in sections["fees"]


def test_channels_some_of_which_are_worded_otherwise_are_not_read_as_all(tmp_path):
    text = "2014年，我局通过门户网站公开信息412条，通过政务微博发布信息96条，在公开栏贴出35条。"
    result, sections = _import(tmp_path, active_disclosure=text)
    assert "figures" not in sections["active_disclosure"]
    assert sections["active_disclosure"]["content"] == [text]
