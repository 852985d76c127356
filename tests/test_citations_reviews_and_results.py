"""R9, four readings. A count of last year's carried over closed this year is no more than 上年结转 (it was compared for
equality); counts of reviews and suits (the organ's as the review organ, or as a party) are no 表三's; “对 N 件申请
予以公开” is of those N applications, the year's only where its sentence says so; a holiday or an event's span (“国庆节
期间”) is part of the year, and a count in 件次 is not in the table's 件. The sentences are written for these tests; the
table is examples/sample-2021.yaml's (48 new, 4 carried over, 48 done, 4 carried forward, 24 予以公开, 5 部分公开,
2 不予公开, 4 reviews of which 2 upheld)."""
from __future__ import annotations

import pytest

from test_citations_wordings import SAMPLE, r9

NEW = "表三“一、本年新收政府信息公开申请数量”的总计为 48"
CARRIED = "表三“二、上年结转政府信息公开申请数量”的总计为 4"
DONE = "表三“三、本年度办理结果（七）总计”为 48"
GRANTED = "表三“（一）予以公开”的总计为 24"
PARTLY = "表三“（二）部分公开”的总计为 5"
DENIED = "表三“（三）不予公开”各项之和为 2"
REVIEWS = "表四“行政复议”的总计为 4"


def differs(said: str, cell: str) -> str:
    """The start of R9's warning on a figure that differs from its cell."""
    return f"正文写的是“{said}”，而{cell}：请改正其中一处"


def closed(said: str, n: int) -> str:
    """R9's warning on more carried-over applications closed than were carried over, as said of a data file."""
    return (f"正文写的是“{said}”，即本年度办结的上年结转申请有 {n} 件，而表三“二、上年结转政府信息公开申请数量”的总计只有 4 件："
            "办结的不会多于结转来的，请改正其中一处（数据文件中上年结转的数写在 tables.applications.carried_over 下）（R9）")


def assert_warned(sentence: str, expected: list[str], **changes) -> None:
    """R9 on ``sentence`` (in part 三, unless ``changes`` say otherwise) gives one warning per ``expected``, each
    starting so, in order."""
    messages = [message for message, _there in r9(sentence, **changes)]
    assert len(messages) == len(expected), messages
    for message, start in zip(messages, expected):
        assert message.startswith(start)


# 1. Last year's carried over closed this year: no more than those carried over ------------------------------------
#: (sentence, the warnings). The closed count is checked against 上年结转 as an upper bound; a plain count of them stays
#: an equality; the rest of them carried on into next year (“另有1件结转下年度”) is theirs, not 表三“四”'s.
CARRIED_CLOSED = {
    "办结上年结转的申请另有": ("本年度办结上年结转的申请3件，另有1件结转下年度继续办理。", []),
    "办结上年度结转": ("本年度办结上年度结转3件。", []),
    "已办结": ("已办结上年结转的政府信息公开申请2件。", []),
    "答复其余仍在办理": ("答复上年结转申请3件，其余1件仍在办理中。", []),
    "其中办结": ("上年结转申请4件，其中办结3件，1件结转下年度继续办理。", []),
    "本年度已办结": ("上年结转申请4件，本年度已办结3件。", []),
    "全部办结等于": ("上年结转申请已全部办结4件。", []),
    "多于结转": ("本年度办结上年结转的申请6件。", [closed("办结上年结转的申请6件", 6)]),
    "完成多于结转": ("完成上年度结转申请6件的办理。", [closed("完成上年度结转申请6件", 6)]),
    "结转后已全部办结多于": ("上年结转申请已全部办结6件。", [closed("上年结转申请已全部办结6件", 6)]),
    "其中办结多于": ("上年结转申请4件，其中办结5件。", [closed("办结5件", 5)]),
    "本年度已办结多于": ("上年结转申请4件，本年度已办结5件。", [closed("办结5件", 5)]),
    "另有之前多于": ("办结上年度结转的政府信息公开申请7件，另有1件结转下年度。",
                 [closed("办结上年度结转的政府信息公开申请7件", 7)]),
    "结转数仍核对": ("上年结转申请3件，本年度均已办结。", [differs("上年结转申请3件", CARRIED)]),
    "结转数不符而办结数不多": ("上年度结转的申请5件，已办结4件。", [differs("上年度结转的申请5件", CARRIED)]),
    "列举之后已办结是全部": ("新收申请48件，上年结转4件，已办结50件。", [differs("办结50件", DONE)]),
    "别的机关": ("全系统办结上年结转申请12件。", []),
    "别的年度": ("2022年办结上年结转申请9件。", []),
}


@pytest.mark.parametrize("name", CARRIED_CLOSED)
def test_the_carried_over_closed_are_at_most_those_carried_over(name):
    sentence, expected = CARRIED_CLOSED[name]
    assert_warned(sentence, expected)


def test_the_closed_count_beyond_the_carried_over_points_at_its_figure():
    [(message, there)] = r9("本年度共办结上年结转申请6件，均在法定期限内答复。")
    assert message == closed("办结上年结转申请6件", 6)
    assert there.startswith("6件，均在")


# 2. Reviews and suits are no applications for information ---------------------------------------------------------
#: (sentence, the warnings) in part 三: a count after reviews or suits named is theirs, until applications for
#: information are named again; reviews said to be none name no topic; 表四's own phrases are still read.
PROCEEDINGS = {
    "作为复议机关": ("本局作为行政复议机关受理行政复议申请12件，办结10件。", []),
    "复议案件办结结转": ("行政复议案件办结10件，结转下年度2件。", []),
    "被申请复议办结": ("本年度被申请行政复议4件，办结4件。", []),
    "应诉案件": ("受理行政诉讼应诉案件6件，办结5件，1件结转下年度。", []),
    "作为复议机关受理申请": ("作为复议机关，受理申请12件，办结10件。", []),
    "复议申请中": ("行政复议机关受理的复议申请中，予以公开3件。", []),
    "复议纠正后": ("经行政复议纠正后，对原答复予以公开2件。", []),
    "诉讼方面": ("行政诉讼方面，本年度审结案件3件，办结2件。", []),
    "又写公开申请": ("本年度被申请行政复议4件，新收政府信息公开申请50件。", [differs("新收政府信息公开申请50件", NEW)]),
    # the sample's 表四 has 4 reviews and 3 suits: saying there were none is a wrong figure too
    "没有复议": ("未发生行政复议和行政诉讼，本年度办结申请50件。", [
        "正文写的是“未发生行政复议和行政诉讼”，而表四“行政复议”的总计为 4、表四两类“行政诉讼”的总计之和为 3",
        differs("办结申请50件", DONE)]),
    "未引起复议": ("依申请公开工作未引起行政复议，全年共办结申请50件。", [differs("办结申请50件", DONE)]),
    "涉及公开的复议仍是表四的": ("被申请行政复议9件，其中涉及政府信息公开的5件，办结5件。",
                      [differs("被申请行政复议9件，其中涉及政府信息公开的5件", REVIEWS)]),
    "复议维持仍核对": ("被申请行政复议4件，维持3件，办结4件。", ["正文写的是“维持3件”，而表四“行政复议”的“结果维持”为 2"]),
}


@pytest.mark.parametrize("name", PROCEEDINGS)
def test_counts_of_reviews_and_suits_are_not_compared_with_table_three(name):
    sentence, expected = PROCEEDINGS[name]
    assert_warned(sentence, expected)


@pytest.mark.parametrize("sentence", ["本年度被申请行政复议4件，办结4件，结转下年度0件。",
                                      "本局作为复议机关办结行政复议案件10件，予以维持8件。"])
def test_counts_of_reviews_in_part_four_are_not_compared_with_table_three(sentence):
    sections = {**SAMPLE["sections"], "review_litigation": [sentence]}
    assert r9("依申请公开的办理结果见下表。", sections=sections) == []


# 3. “对 N 件申请予以公开”: of those applications ---------------------------------------------------------------------
#: (sentence, the warnings): compared only where the sentence before says the year's (全年, 本年度, 共) or gives the
#: count received or closed.
OF_THOSE = {
    "单说": ("对2件申请予以公开。", []),
    "征求意见后": ("征求第三方意见后，对3件申请予以公开。", []),
    "补正后两项": ("经补正后，对1件申请予以公开，对1件申请部分公开。", []),
    "不予公开": ("对4件申请不予公开。", []),
    "对其中": ("申请人补充说明后，对其中2件予以公开。", []),
    "部分公开": ("对6件申请部分公开。", []),
    "全年": ("全年对30件申请予以公开。", [differs("30件申请予以公开", GRANTED)]),
    "办结之后其中": ("办结申请48件，其中对30件申请予以公开，对5件申请部分公开。", [differs("30件申请予以公开", GRANTED)]),
    "本年度共": ("本年度共对6件申请部分公开。", [differs("6件申请部分公开", PARTLY)]),
    "收到之后对其中": ("收到申请48件，对其中20件予以公开。", [differs("20件予以公开", GRANTED)]),
    "上一句办结其中": ("本年度办结申请48件。其中，对30件申请予以公开。", [differs("30件申请予以公开", GRANTED)]),
    "上一句是一部分其中": ("有3件申请涉及同一事项。其中，对2件申请予以公开。", []),
    "本年度不予公开": ("本年度，对3件申请不予公开。", [differs("3件申请不予公开", DENIED)]),
    "全年相符": ("全年对24件申请予以公开。", []),
    "办结之后相符": ("办结申请48件，其中对24件申请予以公开。", []),
    "不写对仍核对": ("予以公开2件。", [differs("予以公开2件", GRANTED)]),
}


@pytest.mark.parametrize("name", OF_THOSE)
def test_a_result_of_n_applications_is_the_years_only_where_said(name):
    sentence, expected = OF_THOSE[name]
    assert_warned(sentence, expected)


# 4. A holiday, an event's span, 件次 -------------------------------------------------------------------------------
#: (sentence, the warnings): a holiday or “…期间” is part of the year; opening the sentence (as a clause of its own or
#: not), like a year or a part of the year, it takes in the clauses after it up to one naming a year of its own (not
#: “上年结转…”, a count of its own); 统计期间, 本年度期间 and a span of dates over the whole year are the year; 件次
#: counts times, not applications.
SPANS = {
    "国庆节期间": ("国庆节期间受理申请3件。", []),
    "春节假期分句": ("春节假期，收到政府信息公开申请2件，均已按期答复。", []),
    "节假日期间": ("节假日期间共收到申请5件。", []),
    "元旦前后": ("元旦前后新收政府信息公开申请4件。", []),
    "两会期间管整句": ("两会期间，收到申请2件，办结2件。", []),
    "疫情防控期间": ("疫情防控期间受理申请6件。", []),
    "在此期间": ("在此期间，办结申请7件。", []),
    "双节": ("中秋国庆双节期间，受理申请3件。", []),
    "周末": ("周末受理申请3件。", []),
    "两会期间开头管后面的分句": ("两会期间收到申请2件，办结2件。", []),
    "上半年开头": ("上半年收到申请20件，办结20件。", []),
    "别的年度开头": ("2022年收到申请40件，办结40件。", []),
    "后面另写年度": ("2022年收到申请40件，2023年收到申请48件，办结50件。", [differs("办结50件", DONE)]),
    "上年结转开头不算": ("上年结转4件，办结50件。", [differs("办结50件", DONE)]),
    "后面另写一段时间": ("1至6月收到申请20件，7至12月收到申请28件，办结50件。", [differs("办结50件", DONE)]),
    "件次": ("全年收到申请50件次。", []),
    "件次两处": ("受理政府信息公开申请52件次，办结52件次。", []),
    "统计期间": ("统计期间共收到申请50件。", [differs("收到申请50件", NEW)]),
    "全年的日期期间": ("1月1日至12月31日期间，共收到政府信息公开申请50件。", [differs("收到政府信息公开申请50件", NEW)]),
    "本年度期间": ("本年度期间新收申请50件。", [differs("新收申请50件", NEW)]),
    "另一句全年": ("国庆节期间，受理申请3件；全年共受理申请60件。", [differs("受理申请60件", NEW)]),
    "括号里的件次": ("新收申请50件（涉及申请人60件次）。", [differs("新收申请50件", NEW)]),
}


@pytest.mark.parametrize("name", SPANS)
def test_a_holiday_or_an_events_span_is_part_of_the_year(name):
    sentence, expected = SPANS[name]
    assert_warned(sentence, expected)
