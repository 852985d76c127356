"""R9 and the 2008 reader, three readings: a reason right after a count of 不予公开 (无法提供, 不予处理) makes it that
kind's count, compared with its row of 表三; the 2008 reader leaves out counts of holidays and 期间 spans as R9 does;
“以本局为被申请人的行政复议案件 N 件” is a count of the organ's reviews (表四). The sentences are written for these
tests; the tables are examples/sample-2021.yaml's (2 不予公开: 1 第三方合法权益, 1 过程性信息; 11 无法提供: 9 不掌握,
1 另行制作, 1 不明确; 3 不予处理: 2 信访举报投诉, 1 重复申请; 4 reviews) and the 2008 figures
examples/qiandongnan-2016.yaml's."""
from __future__ import annotations

import pytest

from test_citations_reviews_and_results import DENIED, REVIEWS, assert_warned, differs
from test_citations_wordings import r9
from test_patterns_other_matters import r9_2021, read
from test_r9_results_and_queries import NOT_PROCESSED, UNABLE


def row(group: str, label: str, n: int) -> str:
    """R9's words for a row of 表三's （三） to （五） and its total."""
    return f"表三“{group}”中“{label}”的总计为 {n}"


THIRD_PARTY = row("（三）不予公开", "4.保护第三方合法权益", 1)
SECRET = row("（三）不予公开", "1.属于国家秘密", 0)
PROCESS = row("（三）不予公开", "6.属于四类过程性信息", 1)
NOT_HELD = row("（四）无法提供", "1.本机关不掌握相关政府信息", 9)
REPEATED = row("（五）不予处理", "2.重复申请", 1)


# 1. A reason right after the count: that kind's count ---------------------------------------------------------------
#: (sentence, the warnings) in part 三. A reason that names one row is compared with that row; one naming no row or
#: several is compared with nothing; one ending with 等, one with counts, or words that give no reason leave the count
#: the group's whole.
REASONS_AFTER = {
    "均因第三方": ("本年度，对3件申请不予公开，均因涉及第三方合法权益。",
                [differs("3件申请不予公开，均因涉及第三方合法权益", THIRD_PARTY)]),
    "均因第三方相符": ("全年对1件申请不予公开，是因为该信息涉及第三方合法权益。", []),
    "原因是国家秘密": ("全年不予公开2件，原因是属于国家秘密。", [differs("不予公开2件，原因是属于国家秘密", SECRET)]),
    "系过程性信息相符": ("本年度不予公开1件，系内部研究讨论中的过程性信息。", []),
    "括号里不掌握": ("无法提供11件（均系本机关不掌握相关信息）。",
                 [differs("无法提供11件（均系本机关不掌握相关信息）", NOT_HELD)]),
    "不掌握相符": ("全年无法提供9件，理由是本机关未掌握所申请的信息。", []),
    "重复申请": ("不予处理3件，均属于重复申请。", [differs("不予处理3件，均属于重复申请", REPEATED)]),
    "信访投诉相符": ("不予处理2件，均为信访投诉类诉求。", []),
    "对不上一行": ("全年不予公开5件，均因涉及敏感事项。", []),
    "对上两行": ("全年不予公开5件，系涉及国家秘密和第三方合法权益。", []),
    "等是全部": ("全年不予公开5件，原因是涉及国家秘密、第三方合法权益等。", [differs("不予公开5件", DENIED)]),
    "带数字是分项": ("不予公开5件，涉及国家秘密1件、第三方合法权益4件。", [differs("不予公开5件", DENIED)]),
    "主要原因": ("全年不予公开5件，主要原因是涉及第三方合法权益。", [differs("不予公开5件", DENIED)]),
    "不是理由": ("无法提供6件，均已书面告知申请人。", [differs("无法提供6件", UNABLE)]),
    "不予处理不是理由": ("不予处理5件，已逐一答复。", [differs("不予处理5件", NOT_PROCESSED)]),
}


@pytest.mark.parametrize("name", REASONS_AFTER)
def test_a_reason_after_the_count_makes_it_one_kinds(name):
    sentence, expected = REASONS_AFTER[name]
    assert_warned(sentence, expected)


def test_a_kinds_count_points_at_it_and_cites_its_row():
    [(message, there)] = r9("本年度，对3件申请不予公开，均因涉及第三方合法权益。")
    assert "或把数字写成引用【表三：results.denied.third_party_rights.total】" in message
    assert there.startswith("3件申请不予公开，均因")


# 2. The 2008 reader leaves out holidays and 期间 spans, as R9 does -----------------------------------------------------
#: (kind, sentence, what is read). A count of a holiday or an event's span is part of the year's, as R9 of the later
#: formats reads it (figures.periods.SHORT_SPAN), also where the span is a clause of its own just before; the year's span
#: (统计期间, 报告期间, 1月1日至12月31日期间) and a later clause of the whole year are read.
SPANS_2008 = {
    "国庆节期间": ("applications", "国庆节期间受理申请3件。", []),
    "春节假期单独一个分句": ("applications", "春节假期，本局接到政府信息公开申请2件。", []),
    "本年度两会期间": ("applications", "本年度两会期间，收到申请4件。", []),
    "防汛期间": ("applications", "防汛期间受理申请5件。", []),
    "节假日没有收到": ("applications", "节假日期间没有收到政府信息公开申请。", []),
    "后面写全年": ("applications", "元旦前后受理申请2件，全年受理申请7件。", [("received", "7")]),
    "统计期间": ("applications", "统计期间受理申请7件。", [("received", "7")]),
    "报告期间": ("applications", "报告期间，共受理申请7件。", [("received", "7")]),
    "全年的日期": ("applications", "1月1日至12月31日期间受理申请7件。", [("received", "7")]),
    "周末的复议": ("review", "周末被申请行政复议1件。", []),
}


@pytest.mark.parametrize("name", SPANS_2008)
def test_the_2008_reader_leaves_out_holidays_and_spans(name):
    kind, sentence, expected = SPANS_2008[name]
    assert read(kind, sentence) == expected


# 3. The organ as the respondent: “以本局为被申请人的行政复议案件 N 件” ----------------------------------------------------
UPHELD, CORRECTED = "表四“行政复议”的“结果维持”为 2", "表四“行政复议”的“结果纠正”为 1"
#: (sentence, the warnings): read as “被申请行政复议 N 件” is, with the outcomes after it, the disclosure part, another
#: cause and another year as that phrase has them.
RESPONDENT = {
    "以本局为被申请人": ("以本局为被申请人的行政复议案件2件。", [differs("以本局为被申请人的行政复议案件2件", REVIEWS)]),
    "相符": ("本年度以本局为被申请人的行政复议案件共4件。", []),
    "我局提起的共": ("全年以我局为被申请人提起的行政复议共6件。",
                 [differs("以我局为被申请人提起的行政复议共6件", REVIEWS)]),
    "本机关作为被申请人": ("本机关作为被申请人的复议申请5件。", [differs("本机关作为被申请人的复议申请5件", REVIEWS)]),
    "结果": ("以本局为被申请人的行政复议案件4件，维持3件、纠正1件。", [differs("维持3件", UPHELD)]),
    "其中涉及公开": ("以本局为被申请人的行政复议案件15件，其中涉及政府信息公开的4件。", []),
    "其中涉及公开不符": ("以本局为被申请人的行政复议案件15件，其中涉及政府信息公开的3件。",
                  [differs("以本局为被申请人的行政复议案件15件，其中涉及政府信息公开的3件", REVIEWS)]),
    "别的起因": ("因行政处罚，以本局为被申请人的行政复议案件2件。", []),
    "不涉及公开": ("以本局为被申请人的行政复议案件1件（不涉及政府信息公开）。", []),
    "上年": ("上年以本局为被申请人的行政复议案件7件。", []),
    "作为复议机关仍不核对": ("以本局为复议机关的行政复议申请2件。", []),
}


@pytest.mark.parametrize("name", RESPONDENT)
def test_the_organ_as_the_respondent_of_reviews(name):
    sentence, expected = RESPONDENT[name]
    assert_warned(sentence, expected)


def test_the_respondent_in_part_five():
    [message] = r9_2021("review_litigation", "以本局为被申请人的行政复议案件6件，均已审结。")
    assert message.startswith(differs("以本局为被申请人的行政复议案件6件", REVIEWS))
