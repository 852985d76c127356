"""R9, nine known misses. A reason before a count of 不予公开 (无法提供, 不予处理, 其他处理) makes it its row's, as one after
it did; 商业秘密 and 个人隐私 are 第三方合法权益's row; （六）其他处理's reasons have rows (2021 edition only); the organ by
its name as the respondent of reviews; applications received after reviews of the organ as a party; a cause in a
clause of its own covers the clauses after it; a group's count before counts of its kinds; the carried over as a
clause's subject before a count closed; the 2008 reader's opening time and review organ. The sentences are written
for these tests; the tables are examples/sample-2021.yaml's (48 new, 4 carried over, 48 done; 不予公开 2: 第三方合法权益
1, 过程性信息 1; 无法提供 11: 不掌握 9, 补正后仍不明确 1; 不予处理 3: 信访举报投诉 2, 重复申请 1; 其他处理 3: 逾期不补正 1,
逾期未缴费 1, 其他 1; 4 reviews, 3 suits), examples/xinzhou-2020.yaml's (2019 format, 忻州市生态环境局, no reviews) and
examples/qiandongnan-2016.yaml's (2008 edition, 黔东南州环境保护局, no reviews)."""
from __future__ import annotations

import pytest

from reportkit.importers.figures2008 import search
from test_check_r9_carried_and_reasons import _compared
from test_citations_reviews_and_results import CARRIED, DENIED, DONE, REVIEWS, assert_warned, closed, differs
from test_citations_not_tables_2019_2008 import r9_2008, r9_2019
from test_citations_wordings import r9
from test_patterns_other_matters import read

A, R = "applications", "review_litigation"


def row(group: str, label: str) -> str:
    """R9's words for a row of 表三 (its figure follows)."""
    return f"表三“{group}”中“{label}”的总计"


SECRET = row("（三）不予公开", "1.属于国家秘密")
THIRD_PARTY = row("（三）不予公开", "4.保护第三方合法权益")
PROCESS = row("（三）不予公开", "6.属于四类过程性信息")
NOT_HELD = row("（四）无法提供", "1.本机关不掌握相关政府信息")
UNCLEAR = row("（四）无法提供", "3.补正后申请内容仍不明确")
PETITION = row("（五）不予处理", "1.信访举报投诉类申请")
REPEATED = row("（五）不予处理", "2.重复申请")
UNCORRECTED = row("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")
UNPAID = row("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")


# 1. to 3. A reason before the count, 商业秘密 and 个人隐私, （六）其他处理's reasons ---------------------------------------
#: (sentence with its figure ``{n}``, the words quoted, the row, the row's figure): compared with the row the reason
#: names. Before, each of 1. (reason before) and 2. (商业秘密, 个人隐私) was compared with nothing, and 3. too.
ROW_READ = {
    "理由在前": ("因涉及第三方合法权益不予公开{n}件。", "因涉及第三方合法权益不予公开{n}件", THIRD_PARTY, 1),
    "本局依法": ("本局因属于过程性信息依法不予公开{n}件。", "因属于过程性信息依法不予公开{n}件", PROCESS, 1),
    "括号里": ("不予公开（属于国家秘密）{n}件。", "不予公开（属于国家秘密）{n}件", SECRET, 0),
    "经审查之后": ("经审查，因涉及国家秘密不予公开{n}件。", "因涉及国家秘密不予公开{n}件", SECRET, 0),
    "全年在前": ("全年因申请内容补正后仍不明确无法提供{n}件。", "因申请内容补正后仍不明确无法提供{n}件", UNCLEAR, 1),
    "理由是前一分句": ("属于本机关不掌握相关政府信息的，无法提供{n}件。", "属于本机关不掌握相关政府信息的，无法提供{n}件",
                NOT_HELD, 9),
    "信访类": ("因属于信访举报投诉类申请，不予处理{n}件。", "因属于信访举报投诉类申请，不予处理{n}件", PETITION, 2),
    "重复申请数字在前": ("因系重复申请，{n}件不予处理。", "因系重复申请，{n}件不予处理", REPEATED, 1),
    # 2. 商业秘密, 个人隐私: 第三方合法权益's
    "个人隐私在前": ("因涉及个人隐私不予公开{n}件。", "因涉及个人隐私不予公开{n}件", THIRD_PARTY, 1),
    "商业秘密在后": ("不予公开{n}件，均因涉及商业秘密。", "不予公开{n}件，均因涉及商业秘密", THIRD_PARTY, 1),
    "商业秘密和个人隐私": ("因涉及商业秘密和个人隐私不予公开{n}件。", "因涉及商业秘密和个人隐私不予公开{n}件", THIRD_PARTY, 1),
    "企业商业秘密括号": ("不予公开{n}件（系涉及企业商业秘密）。", "不予公开{n}件（系涉及企业商业秘密）", THIRD_PARTY, 1),
    # 3. （六）其他处理
    "逾期未缴费在后": ("其他处理{n}件，均因申请人逾期未按收费通知要求缴纳费用。", "其他处理{n}件，均因申请人逾期未按收费通知要求缴纳费用",
                UNPAID, 1),
    "逾期不补正在前": ("因申请人无正当理由逾期不补正，其他处理{n}件。", "因申请人无正当理由逾期不补正，其他处理{n}件",
                UNCORRECTED, 1),
    "逾期未补正在后": ("其他处理{n}件，系申请人逾期未补正。", "其他处理{n}件，系申请人逾期未补正", UNCORRECTED, 1),
    "超过缴费期限在前": ("因申请人超过缴费期限未缴费，其他处理{n}件。", "因申请人超过缴费期限未缴费，其他处理{n}件", UNPAID, 1),
    "未按期补正在前": ("因申请人未按期补正其他处理{n}件。", "因申请人未按期补正其他处理{n}件", UNCORRECTED, 1),
}


@pytest.mark.parametrize("name", ROW_READ)
def test_a_reason_before_or_after_the_count_makes_it_its_row_s(name):
    sentence, said, cell, table = ROW_READ[name]
    _compared(sentence, table, said, cell)


#: A reason that names no row, several rows or a 等 that may take in others, a part after 其中, a count with 或, of
#: other organs or another year, applications on a matter as the clause's subject: whatever ``{n}``, not compared.
NOT_A_ROW = [
    "因涉及国家秘密或第三方合法权益不予公开{n}件。",
    "因涉及国家秘密和个人隐私不予公开{n}件。",
    "因涉及敏感内容不予公开{n}件。",
    "因涉及商业秘密等敏感信息不予公开{n}件。",
    "因涉及第三方合法权益不予公开或部分公开{n}件。",
    "全系统因涉及个人隐私不予公开{n}件。",
    "2022年因涉及商业秘密不予公开{n}件。",
    "因申请人逾期未缴费或逾期不补正，其他处理{n}件。",
]


@pytest.mark.parametrize("sentence", NOT_A_ROW)
@pytest.mark.parametrize("n", [1, 6])
def test_a_reason_of_no_one_row_or_a_part_is_not_compared(sentence, n):
    assert r9(sentence.format(n=n)) == []


@pytest.mark.parametrize("sentence", ["其他处理{n}件，均因申请人逾期未按收费通知要求缴纳费用。",
                                      "因申请人无正当理由逾期不补正，其他处理{n}件。"])
def test_the_2019_edition_has_no_rows_under_other_handling(sentence):
    assert r9_2019(A, sentence.format(n=5)) == []


# 4. The organ by its name as the respondent -------------------------------------------------------------------------
#: (sentence, the words quoted): as “以本局为被申请人…”. Before, not compared.
RESPONDENT_NAMED = {
    "全称": ("以某县自然资源局为被申请人的行政复议案件{n}件。", "以某县自然资源局为被申请人的行政复议案件{n}件"),
    "简称": ("以县自然资源局为被申请人提起的行政复议共{n}件。", "以县自然资源局为被申请人提起的行政复议共{n}件"),
    "全年": ("全年以某县自然资源局为被申请人的复议申请{n}件。", "以某县自然资源局为被申请人的复议申请{n}件"),
    "由作为": ("由某县自然资源局作为被申请人的行政复议{n}件。", "由某县自然资源局作为被申请人的行政复议{n}件"),
    "维持在后": ("以某县自然资源局为被申请人的行政复议案件{n}件，均已依法办理。", "以某县自然资源局为被申请人的行政复议案件{n}件"),
    "本年度": ("本年度，以某县自然资源局为被申请人的行政复议案件{n}件。", "以某县自然资源局为被申请人的行政复议案件{n}件"),
}


@pytest.mark.parametrize("name", RESPONDENT_NAMED)
def test_the_organ_by_its_name_as_the_respondent_is_compared(name):
    sentence, said = RESPONDENT_NAMED[name]
    _compared(sentence, 4, said, "表四“行政复议”的总计")


@pytest.mark.parametrize("sentence", ["以忻州市生态环境局为被申请人的行政复议案件2件。", "以市生态环境局为被申请人的行政复议2件。"])
def test_the_organ_by_its_name_as_the_respondent_in_the_2019_format(sentence):
    [message] = r9_2019(R, sentence)
    assert message.startswith(f"正文写的是“{sentence[:-1]}”，而表四“行政复议”的总计为 0：请改正其中一处")


#: Another organ as the respondent (or the organ's unit, or another year): not compared.
RESPONDENT_OTHER = [
    "以县人民政府为被申请人的行政复议案件{n}件。",
    "以市自然资源局为被申请人的行政复议案件{n}件。",
    "以某县自然资源局所属不动产登记中心为被申请人的行政复议{n}件。",
    "以某县林业局为被申请人的行政复议案件{n}件。",
    "2022年以某县自然资源局为被申请人的行政复议案件{n}件。",
    "以某县自然资源局为被申请人的行政复议案件{n}件，均因行政处罚引起。",
]


@pytest.mark.parametrize("sentence", RESPONDENT_OTHER)
@pytest.mark.parametrize("n", [1, 9])
def test_another_organ_as_the_respondent_is_not_compared(sentence, n):
    assert r9(sentence.format(n=n)) == []


# 5. Applications received after reviews of the organ as a party ----------------------------------------------------
#: (sentence, the words quoted, other figures read as right): a party receives no applications for review, so these
#: are for information. Before, each was taken for the reviews' and not compared.
RECEIVED_AS_PARTY = {
    "被申请复议之后收到": ("被申请行政复议4件，收到申请{n}件。", "收到申请{n}件", 52),
    "被起诉之后新收": ("被提起行政诉讼3件，新收申请{n}件。", "新收申请{n}件"),
    "被申请人之后收到": ("以本局为被申请人的行政复议案件4件，收到申请{n}件。", "收到申请{n}件", 52),
    "全年受理": ("被申请行政复议4件，全年受理申请{n}件。", "受理申请{n}件", 52),
    "本局受理": ("本局被申请行政复议4件、被提起行政诉讼3件，本局受理申请{n}件。", "受理申请{n}件", 52),
    "新收的申请": ("被申请行政复议4件，本年度新收的申请{n}件。", "新收的申请{n}件"),
}


@pytest.mark.parametrize("name", RECEIVED_AS_PARTY)
def test_applications_received_after_reviews_of_the_organ_as_a_party_are_compared(name):
    sentence, said, *more = RECEIVED_AS_PARTY[name]
    _compared(sentence, 48, said, "表三“一、本年新收政府信息公开申请数量”的总计", *more)


#: The organ as the review organ, 受理 with no subject (the review organ accepts), another matter, the review organ
#: named, a count closed: still the reviews' (not compared).
REVIEWS_STILL = [
    "被申请行政复议5件，受理申请{n}件。",
    "作为复议机关，收到申请{n}件。",
    "本局作为行政复议机关受理行政复议申请12件，收到申请{n}件。",
    "被申请行政复议4件，复议机关收到申请{n}件。",
    "被申请行政复议4件，行政许可方面收到申请{n}件。",
    "被申请行政复议4件，办结{n}件。",
]


@pytest.mark.parametrize("sentence", REVIEWS_STILL)
@pytest.mark.parametrize("n", [3, 50])
def test_counts_of_the_reviews_stay_uncompared(sentence, n):
    messages = [m for m, _there in r9(sentence.format(n=n))]
    assert not any("表三" in m for m in messages), messages


# 6. A cause in a clause of its own covers the clauses after it ------------------------------------------------------
SUITS = "表四两类“行政诉讼”的总计之和为 3"
#: (sentence, the warnings). Before, the count after the next clause was compared (the suit of the first).
CAUSE_COVERS = {
    "复议和诉讼": ("因行政处罚，被申请行政复议1件，被提起行政诉讼1件。", []),
    "由于三个分句": ("由于征地补偿争议，被申请行政复议2件，被提起行政诉讼1件，均已审结。", []),
    "时间之后的起因": ("本年度因行政许可事项，被提起行政诉讼1件，被申请行政复议2件。", []),
    "诉讼在前": ("因不动产登记纠纷，被提起行政诉讼2件，被申请行政复议1件。", []),
    "维持在中间": ("因行政处罚，被申请行政复议1件，维持1件，被提起行政诉讼2件。", []),
    "起因之后本局": ("因土地征收补偿，本局被申请行政复议1件，被提起行政诉讼2件。", []),
    # still compared: after “；”, a cause on disclosure of its own, a cause inside a clause with a figure
    "分号之后": ("因行政处罚，被申请行政复议1件；被提起行政诉讼1件。", [differs("被提起行政诉讼1件", SUITS)]),
    "另写公开的起因": ("因行政处罚，被申请行政复议1件，因不服信息公开答复被提起行政诉讼1件。",
                [differs("被提起行政诉讼1件", SUITS)]),
    "起因在带数的分句里": ("因行政处罚被申请行政复议1件，被提起行政诉讼1件。", [differs("被提起行政诉讼1件", SUITS)]),
    "起因是公开": ("因政府信息公开答复，被申请行政复议1件，被提起行政诉讼1件。",
              [differs("被申请行政复议1件", REVIEWS), differs("被提起行政诉讼1件", SUITS)]),
}


@pytest.mark.parametrize("name", CAUSE_COVERS)
def test_a_cause_in_a_clause_of_its_own_covers_the_clauses_after_it(name):
    sentence, expected = CAUSE_COVERS[name]
    assert_warned(sentence, expected)


@pytest.mark.parametrize(("sentence", "found"), [
    ("因行政处罚，被申请行政复议1件，被提起行政诉讼1件。", []),
    ("由于征地补偿争议，被申请行政复议2件，被提起行政诉讼1件，均已审结。", []),
    ("因行政处罚，被申请行政复议1件，因不服信息公开答复被提起行政诉讼1件。", [("suits", "1")]),
    ("因行政处罚被申请行政复议1件，被提起行政诉讼1件。", [("suits", "1")]),
])
def test_2008_a_cause_in_a_clause_of_its_own_covers_the_clauses_after_it(sentence, found):
    assert read("review", sentence) == found


# 7. A group's count before counts of its kinds -----------------------------------------------------------------------
#: (sentence, the warnings): the group's whole, then its kinds; or one more kind, its reason unsaid, where its figure and
#: theirs add up to the table's; not compared where they add up to more than it.
KINDS_AFTER = {
    "总数再分项相符": ("不予公开2件，因涉及第三方合法权益不予公开1件，因属于过程性信息不予公开1件。", []),
    "一项之后另一项": ("不予公开1件，因涉及第三方合法权益不予公开1件。", []),
    "分项多于它": ("不予公开1件，因涉及第三方合法权益不予公开1件，因属于过程性信息不予公开1件。", []),
    "总数不符": ("不予公开5件，因涉及第三方合法权益不予公开1件，因属于过程性信息不予公开1件。",
             [differs("不予公开5件", DENIED)]),
    "一项之后另一项都不符": ("不予公开3件，因涉及第三方合法权益不予公开1件。", [differs("不予公开3件", DENIED)]),
    "分项不符": ("不予公开2件，因涉及第三方合法权益不予公开2件。",
             [differs("因涉及第三方合法权益不予公开2件", f"{THIRD_PARTY}为 1")]),
    "其中之后是它的一部分": ("不予公开1件，其中因涉及第三方合法权益不予公开1件。", [differs("不予公开1件", DENIED)]),
    "无法提供": ("无法提供11件，因本机关不掌握相关政府信息无法提供9件。", []),
    "无法提供不符": ("无法提供10件，因本机关不掌握相关政府信息无法提供9件。", [differs("无法提供10件", "表三“（四）无法提供”各项之和为 11")]),
}


@pytest.mark.parametrize("name", KINDS_AFTER)
def test_a_group_s_count_before_its_kinds(name):
    sentence, expected = KINDS_AFTER[name]
    assert_warned(sentence, expected)


# 8. The carried over as a clause's subject, then a count closed ------------------------------------------------------
#: (sentence, the warnings): “共办结 N 件” after the carried over closed is the year's (as before); after a clause on
#: the carried over as its subject, of them (no more than 上年结转). Before, the latter were not compared.
CARRIED_SUBJECT = {
    "办结结转之后共办结": ("本年度办结上年结转申请3件，共办结51件。", [differs("办结51件", DONE)]),
    "办结结转之后共办结相符": ("本年度办结上年结转申请3件，共办结48件。", []),
    "对结转的共办结": ("对上年结转的4件申请，共办结3件。", []),
    "对结转的共办结多于": ("对上年结转的4件申请，共办结6件。", [closed("办结6件", 6)]),
    "结转的申请中已办结多于": ("上年度结转的4件申请中，已办结5件。", [closed("办结5件", 5)]),
    "在结转的申请中均已办结多于": ("在上年结转的4件申请中，本年度均已办结7件。", [closed("办结7件", 7)]),
    "对结转的之后全年": ("对上年结转的4件申请，全年共办结50件。", [differs("办结50件", DONE)]),
    "列举之后共办结": ("上年结转4件，共办结50件。", [differs("办结50件", DONE)]),
    "对结转的其中予以公开": ("对上年结转的4件申请，其中予以公开9件。",  # 其中: of the 4
                              ["正文写的是“对上年结转的4件申请，其中予以公开9件”，其后各项结果共 9 件，多于“对”后面的 4 件"]),
    "对结转的其中予以公开相符": ("对上年结转的4件申请，其中予以公开3件。", []),
    "结转数本身": ("上年结转的申请共5件，已办结5件。", [differs("上年结转的申请共5件", CARRIED), closed("办结5件", 5)]),
}


@pytest.mark.parametrize("name", CARRIED_SUBJECT)
def test_a_count_closed_after_the_carried_over_as_subject(name):
    sentence, expected = CARRIED_SUBJECT[name]
    assert_warned(sentence, expected)


# 9. The 2008 reader: the sentence's opening time, the review organ named ---------------------------------------------
def read_for(sentence: str, kind: str = "applications", agency: str = "黔东南州环境保护局", year: int = 2016) -> list:
    """(field, value) of each figure the 2008 reader finds in ``sentence`` with the agency and year known (as R9)."""
    return sorted((f.field, str(f.value)) for f in search(kind, sentence, "第 1 段", agency, year))


#: (sentence, what is read): a time opening the sentence covers its clauses, as R9's, up to one with a time of its own.
#: Before, each read the count in the clause after the next.
OPENING_TIME_2008 = [
    ("上半年，收到申请5件，已答复5件。", []),
    ("国庆节期间收到申请2件，答复2件。", []),
    ("两会期间，受理申请3件，均已答复，答复3件。", []),
    ("2015年，收到申请5件，答复5件。", []),
    ("1月1日至6月30日，收到政府信息公开申请4件，已答复4件。", []),
    ("第一季度收到申请2件，已答复2件。", []),
    # kept: the year itself, a later clause with a time of its own
    ("2016年，收到申请5件，答复5件。", [("answered", "5"), ("received", "5")]),
    ("本年度，收到申请5件，已答复5件。", [("answered", "5"), ("received", "5")]),
    ("上半年收到申请2件，下半年收到申请3件，全年已答复5件。", [("answered", "5")]),
]


@pytest.mark.parametrize(("sentence", "found"), OPENING_TIME_2008)
def test_2008_the_sentence_s_opening_time_covers_its_clauses(sentence, found):
    assert read_for(sentence) == found


#: (sentence, what is read) of reviews with the agency known: the organ named as the review organ, the agency a party,
#: is read; 本局 after other words is no other organ. Before, each was left out as another organ's.
REVIEW_ORGAN_2008 = [
    ("市政府作为复议机关审理本局被申请行政复议案件1件。", "reviews", [("reviews", "1")]),
    ("州人民政府作为复议机关审理本局被申请行政复议案件1件。", "reviews", [("reviews", "1")]),
    ("全年以本局为被申请人的行政复议案件2件。", "reviews", [("reviews", "2")]),
    ("全年本局收到政府信息公开申请3件。", "applications", [("received", "3")]),
    # kept: another organ the party, another organ the subject
    ("州人民政府作为复议机关审理凯里市环保局被申请行政复议案件1件。", "reviews", []),
    ("凯里市环保局收到政府信息公开申请3件。", "applications", []),
]


@pytest.mark.parametrize(("sentence", "kind", "found"), REVIEW_ORGAN_2008)
def test_2008_the_review_organ_named_with_the_agency_a_party(sentence, kind, found):
    assert read_for(sentence, "review" if kind == "reviews" else kind) == found


def test_2008_r9_warns_at_a_review_the_review_organ_decided():
    [message] = r9_2008(R, "州人民政府作为复议机关审理本局被申请行政复议案件1件。")
    assert message.startswith("“行政复议和诉讼情况”的正文写的是“审理本局被申请行政复议案件1件”（1），而 figures 的“行政复议”"
                              "（reviews）为 0")
    assert r9_2008(A, "上半年，收到申请5件，已答复5件。") == []
