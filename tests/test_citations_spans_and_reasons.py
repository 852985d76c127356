"""R9 on a time that ends in December (the whole year only to the year's end, from 1 January, in every part), a reason
ending with 等 before “而” or “经审查”, figure-first results in part 一's paragraph on 依申请公开, and a year in
Chinese numerals. The sentences are written for these tests; the table is examples/sample-2021.yaml's (year 2023:
48 new, 4 carried forward, 24 予以公开, 5 部分公开, 2 不予公开)."""
from __future__ import annotations

import copy

import pytest
import yaml

from reportkit.testing import check
from test_citations_wordings import NEW, SAMPLE

GRANTED = "表三“（一）予以公开”的总计为 24"
DENIED = "表三“（三）不予公开”各项之和为 2"
FORWARD = "表三“四、结转下年度继续办理”的总计为 4"


def r9_in(part: str, items: list, **changes) -> list[str]:
    """R9's messages on the sample with ``items`` as the part ``part`` (overview, applications, other)."""
    data = copy.deepcopy(SAMPLE) | changes
    data["sections"][part] = items
    text = yaml.safe_dump(data, allow_unicode=True, width=1000, sort_keys=False)
    return [d.message for d in check(text).diagnostics.items if d.rule == "R9"]


def r9(sentence: str, **changes) -> list[str]:
    """R9's messages on the sample with ``sentence`` as part 三's paragraph."""
    return r9_in("applications", [sentence], **changes)


def _warned(messages: list[str], said: str, cell: str) -> bool:
    [message] = messages
    return message.startswith(f"正文写的是“{said}”，而{cell}：请改正其中一处")


#: Spans that end in December but not at the year's end, or do not start on 1 January, or a span of another month with
#: the year in Chinese numerals: part of the year. Each warned before.
NOT_THE_WHOLE_YEAR = {
    "截至12月20日": "截至12月20日，共收到政府信息公开申请30件。",
    "截至12月中文日期": "截至2023年12月二十日，共收到政府信息公开申请30件。",
    "截至12月中旬": "截至12月中旬，共收到政府信息公开申请30件。",
    "截至12月初": "截至12月初，已办结申请30件。",
    "不从1月1日起": "1月10日至12月31日，共收到政府信息公开申请30件。",
    "中文年份的11月底": "截至二〇二三年十一月三十日，共收到政府信息公开申请30件。",
}


@pytest.mark.parametrize("name", NOT_THE_WHOLE_YEAR)
def test_a_span_short_of_the_whole_year_is_not_compared(name):
    assert r9(NOT_THE_WHOLE_YEAR[name]) == []


@pytest.mark.parametrize("part", ["overview", "applications", "other"])
def test_a_span_of_months_short_of_december_is_not_compared_in_any_part(part):
    assert r9_in(part, ["1至11月，共收到政府信息公开申请30件。"]) == []


#: The year's end, in each part the narrative may say it: (sentence, the phrase quoted).
YEAR_S_END = {
    "截至12月31日": ("截至12月31日，共收到申请{}件。", "收到申请{}件"),
    "至12月31日": ("至12月31日，本局共收到政府信息公开申请{}件。", "收到政府信息公开申请{}件"),
    "12月底": ("12月底，共收到政府信息公开申请{}件。", "收到政府信息公开申请{}件"),
    "截至本年度的12月": ("截至2023年12月，共收到政府信息公开申请{}件。", "收到政府信息公开申请{}件"),
    "中文数字的年底": ("截至二〇二三年十二月三十一日，共收到政府信息公开申请{}件。", "收到政府信息公开申请{}件"),
}


@pytest.mark.parametrize("part", ["overview", "applications", "other"])
@pytest.mark.parametrize("name", YEAR_S_END)
def test_a_span_to_the_year_s_end_is_the_whole_year_in_every_part(name, part):
    sentence, said = YEAR_S_END[name]
    assert _warned(r9_in(part, [sentence.format(30)]), said.format(30), NEW)
    assert r9_in(part, [sentence.format(48)]) == []


def test_a_span_to_the_end_of_another_year_s_december_is_not_compared():
    assert r9("截至2022年12月31日，共收到政府信息公开申请30件。") == []


#: A reason ending with 等, then “而” or “经审查” before the result: the group as a whole. Each not compared before.
ALL_REASONS = {
    "等原因而": ("因涉及个人隐私等原因而不予公开{}件。", "不予公开{}件"),
    "等原因，经审查": ("因涉及国家秘密等原因，经审查不予公开{}件。", "不予公开{}件"),
    "等原因而依法": ("因涉及商业秘密等原因而依法不予公开{}件。", "不予公开{}件"),
    "只写经审查": ("经审查不予公开{}件。", "不予公开{}件"),
}


@pytest.mark.parametrize("name", ALL_REASONS)
def test_a_reason_ending_with_deng_before_er_or_after_review_is_the_whole_group(name):
    sentence, said = ALL_REASONS[name]
    assert _warned(r9(sentence.format(4)), said.format(4), DENIED)
    assert r9(sentence.format(2)) == []


@pytest.mark.parametrize("sentence", [
    "因涉及国家秘密等敏感内容不予公开4件。",  # 等 not at the reason's end: maybe a few rows
    "因属于国家秘密或涉及第三方合法权益而不予公开1件。",  # two rows
    "经审查涉及敏感内容的，不予公开1件。",  # no row
])
def test_a_reason_that_may_be_one_kind_or_a_few_is_not_compared(sentence):
    assert r9(sentence) == []


#: Part 一's paragraph on 依申请公开, under its heading or opening with it, with its figure: (items, the phrase quoted).
#: Each not compared before (no application named earlier in the sentence).
ON_REQUEST = {
    "小标题下": (lambda n: [{"heading": "依申请公开", "content": [f"本年度共有{n}件予以公开，5件部分公开。"]}], "{}件予以公开"),
    "段首": (lambda n: [f"（二）依申请公开。本年度共有{n}件予以公开，5件部分公开。"], "{}件予以公开"),
    "段首方面后另一句": (lambda n: [f"依申请公开方面，全年新收申请48件。其中{n}件予以公开，2件不予公开。"], "{}件予以公开"),
}


@pytest.mark.parametrize("name", ON_REQUEST)
def test_figure_first_results_in_part_one_s_paragraph_on_requests_are_compared(name):
    items, said = ON_REQUEST[name]
    assert _warned(r9_in("overview", items(20)), said.format(20), GRANTED)
    assert r9_in("overview", items(24)) == []


@pytest.mark.parametrize("items", [
    [{"heading": "主动公开", "content": ["本年度制发规范性文件2件，2件全部予以公开。"]}],
    ["依申请公开方面，全年新收申请48件。政府信息管理方面，制发规范性文件2件，2件全部予以公开。"],
    ["（二）依申请公开。全年新收申请48件。（三）主动公开。本年度共有20件予以公开。"],
])
def test_figure_first_results_in_part_one_s_other_topics_are_not_compared(items):
    assert r9_in("overview", items) == []


def test_a_year_in_chinese_numerals_names_the_report_s_year_or_the_next():
    """Carried forward into 二〇二四年度 is 2023's 表三 四; into 二〇二三年度, or in a clause of 二〇二二年, it is not (in
    2022's report, it is)."""
    assert _warned(r9("结转至二〇二四年度办理5件。"), "结转至二〇二四年度办理5件", FORWARD)
    assert r9("结转至二〇二三年度办理5件。") == []
    sentence = "二〇二二年，结转下年度办理5件。"
    assert r9(sentence) == []
    assert _warned(r9(sentence, year=2022, date="2023-01-25"), "结转下年度办理5件", FORWARD)
