"""R9, two misses. A count of 不予公开 for 商业秘密 or 个人隐私 is part of 表三's row “4.保护第三方合法权益”: at most its
figure, not equal to it, wherever the reason stands (a clause before the count, once left out as some applications;
in its clause; after it; listed after a count of 不予公开), a sentence's counts of both summed. A count of applications
not corrected in time (“申请人逾期不补正”), without 其他处理, is the 2021 edition's （六）1 and compared with it. The
sentences are written for these tests; the tables are examples/sample-2021.yaml's (不予公开 2: 第三方合法权益 1,
过程性信息 1; 其他处理 3: 逾期不补正 1, 逾期未缴费 1, 其他 1), also with 第三方合法权益 2 and 过程性信息 0, and
examples/xinzhou-2020.yaml's (2019 format: （六）其他处理 is one row)."""
from __future__ import annotations

import copy

import pytest

from test_citations_reviews_and_results import DENIED, differs
from test_citations_not_tables_2019_2008 import r9_2019
from test_citations_wordings import SAMPLE, r9

THIRD_PARTY = "表三“（三）不予公开”中“4.保护第三方合法权益”的总计为 {}"
SHARE = "：请改正其中一处（商业秘密、个人隐私都计入这一行，件数可以少于它，不会多于它）（R9）"
UNCORRECTED = "表三“（六）其他处理 1.申请人无正当理由逾期不补正……”的总计为 1"
UNPAID = "表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用……”的总计为 1"


def _third_party_two() -> dict:
    """The sample's tables with the two 不予公开 both 第三方合法权益's."""
    tables = copy.deepcopy(SAMPLE["tables"])
    tables["applications"]["results"]["denied"] = {"third_party_rights": {"natural_person": 2}}
    return tables


TWO = _third_party_two()


def share(said: str, row: int, total: int | None = None) -> str:
    """R9's warning on counts of 商业秘密 and 个人隐私 (``total``: of several) beyond the row's figure ``row``."""
    return f"正文写的是“{said}”{f'，共 {total} 件' if total else ''}，而{THIRD_PARTY.format(row)}{SHARE}"


# 1. 商业秘密 and 个人隐私: part of 第三方合法权益 -----------------------------------------------------------------
#: (sentence with its figure ``{n}``, the words quoted): with the row at 2, no warning for 1 or 2, a warning for 3.
#: Before, the first was never compared, the others compared for equality (1 warned).
ONE_SHARE = {
    "理由是前一分句": ("涉及商业秘密的，不予公开{n}件。", "涉及商业秘密的，不予公开{n}件"),
    "全年在前": ("全年涉及个人隐私的，依法不予公开{n}件。", "涉及个人隐私的，依法不予公开{n}件"),
    "理由在同一分句": ("因涉及个人隐私不予公开{n}件。", "因涉及个人隐私不予公开{n}件"),
    "理由在后": ("不予公开{n}件，均因涉及企业商业秘密。", "不予公开{n}件，均因涉及企业商业秘密"),
    "数字在前": ("因涉及商业秘密，{n}件不予公开。", "因涉及商业秘密，{n}件不予公开"),
}


@pytest.mark.parametrize("name", ONE_SHARE)
def test_a_count_of_trade_secrets_or_privacy_is_at_most_its_row(name):
    sentence, said = ONE_SHARE[name]
    for n in (1, 2):
        assert r9(sentence.format(n=n), tables=TWO) == []
    [(message, there)] = r9(sentence.format(n=3), tables=TWO)
    assert message == share(said.format(n=3), 2)
    assert there.startswith("3件")


#: (sentence, the warnings) with the row at 2: a sentence's counts of 商业秘密 and 个人隐私 together, in phrases of their own
#: or listed after a count of 不予公开 (“；” parts the list, not the sentence); a count of 不予公开 before them is still
#: compared with its group. Before, each phrase was compared alone and a list not read.
BOTH = {
    "两个分句": ("因涉及商业秘密不予公开2件，因涉及个人隐私不予公开1件。",
              [share("因涉及商业秘密不予公开2件，因涉及个人隐私不予公开1件", 2, 3)]),
    "两个分句相符": ("因涉及商业秘密不予公开1件，因涉及个人隐私不予公开1件。", []),
    "分号隔开": ("涉及商业秘密的，不予公开1件；涉及个人隐私的，不予公开2件。",
              [share("涉及商业秘密的，不予公开1件；涉及个人隐私的，不予公开2件", 2, 3)]),
    "其中列出": ("不予公开2件，其中涉及商业秘密2件、个人隐私1件。", [share("涉及商业秘密2件、个人隐私1件", 2, 3)]),
    "其中列出相符": ("不予公开2件，其中涉及商业秘密1件、个人隐私1件。", []),
    "括号里列出": ("全年不予公开4件（涉及商业秘密的2件、涉及个人隐私的2件）。",
               [differs("不予公开4件", DENIED) + "（R9）", share("涉及商业秘密的2件、涉及个人隐私的2件", 2, 4)]),
    "冒号分号列出": ("不予公开2件，其中：商业秘密类2件；个人隐私类1件。", [share("商业秘密类2件；个人隐私类1件", 2, 3)]),
    "分开的两句不相加": ("因涉及商业秘密不予公开2件。因涉及个人隐私不予公开1件。", []),
    "部分公开的隐私不算": ("不予公开2件，其中涉及商业秘密2件，部分公开5件，其中涉及个人隐私3件。", []),
}


@pytest.mark.parametrize("name", BOTH)
def test_a_sentences_counts_of_trade_secrets_and_privacy_are_summed(name):
    sentence, expected = BOTH[name]
    assert [message for message, _there in r9(sentence, tables=TWO)] == expected


def test_the_sum_points_at_its_first_figure():
    [(_message, there)] = r9("因涉及商业秘密不予公开1件，因涉及个人隐私不予公开1件。")
    assert there.startswith("1件，因涉及个人隐私")


#: Of other organs, another year, a reason of several rows or with 等: whatever ``{n}``, not compared.
NOT_A_SHARE = [
    "全系统涉及商业秘密的，不予公开{n}件。",
    "2022年涉及个人隐私的，不予公开{n}件。",
    "全县各乡镇因涉及个人隐私不予公开{n}件。",
    "涉及国家秘密和商业秘密的，不予公开{n}件。",
    "涉及个人隐私等的，不予公开{n}件。",
]


@pytest.mark.parametrize("sentence", NOT_A_SHARE)
@pytest.mark.parametrize("n", [1, 9])
def test_a_share_of_others_or_of_several_rows_is_not_compared(sentence, n):
    assert r9(sentence.format(n=n)) == []


def test_the_row_itself_is_still_compared_for_equality():
    [(message, _there)] = r9("因涉及第三方合法权益不予公开2件。", tables=copy.deepcopy(SAMPLE["tables"]))
    assert message.startswith(differs("因涉及第三方合法权益不予公开2件", THIRD_PARTY.format(1)))


# 2. （六）1 without 其他处理: “申请人逾期不补正” -----------------------------------------------------------------
#: (sentence with its figure ``{n}``, the words quoted, the cell): compared with （六）1 (or 2) of the 2021 edition.
#: Before, the 补正 ones were not read.
OVERDUE = {
    "逾期不补正": ("申请人逾期不补正{n}件。", "申请人逾期不补正{n}件", UNCORRECTED, "overdue_correction"),
    "无正当理由的": ("全年申请人无正当理由逾期不补正的{n}件。", "申请人无正当理由逾期不补正的{n}件", UNCORRECTED,
                "overdue_correction"),
    "表中原话": ("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请的{n}件。",
             "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请的{n}件", UNCORRECTED, "overdue_correction"),
    "超过期限未补正": ("超过补正期限未补正的申请{n}件。", "超过补正期限未补正的申请{n}件", UNCORRECTED, "overdue_correction"),
    "数字在前": ("{n}件因申请人逾期未补正不再处理。", "{n}件因申请人逾期未补正", UNCORRECTED, "overdue_correction"),
    "其他处理之后": ("其他处理3件，其中申请人逾期不补正{n}件。", "申请人逾期不补正{n}件", UNCORRECTED, "overdue_correction"),
    "逾期未缴费": ("申请人逾期未缴纳费用的{n}件。", "申请人逾期未缴纳费用的{n}件", UNPAID, "overdue_fee"),
}


@pytest.mark.parametrize("name", OVERDUE)
def test_an_overdue_correction_or_fee_is_compared_with_its_row(name):
    sentence, said, cell, key = OVERDUE[name]
    assert r9(sentence.format(n=1)) == []
    [(message, there)] = r9(sentence.format(n=4))
    assert message == (differs(said.format(n=4), cell) + f"，或把数字写成引用【表三：results.other_handling.{key}.total】，"
                       "由 reportkit 填入表中的数（R9）")
    assert there.startswith("4件")


@pytest.mark.parametrize("sentence", ["申请人逾期不补正5件。", "申请人无正当理由逾期不补正的5件。"])
def test_the_2019_edition_has_no_row_for_an_overdue_correction(sentence):
    assert r9_2019("applications", sentence) == []


# A channel's applications as a clause's subject without 的 ----------------------------------------------------------
#: Each warned before: the counts after “网上申请中，” were compared with the year's (the table's 9 is none of these).
CHANNEL_SOME = ["网上申请中，申请人逾期不补正9件。", "网上申请中，不予公开9件。", "在网上申请中，办结9件。",
                "信函申请中，予以公开9件。", "网上申请方面，予以公开9件。", "自然人申请中，办结9件。",
                "当面提交的申请中，予以公开9件。"]


@pytest.mark.parametrize("sentence", CHANNEL_SOME)
def test_counts_after_one_channel_s_applications_are_not_compared(sentence):
    assert r9(sentence) == []


@pytest.mark.parametrize("sentence, said", [
    ("通过网站、信函等方式申请中，予以公开9件。", "予以公开9件"),  # every channel: the year's
    ("本年度收到申请中，予以公开9件。", "予以公开9件"),
    ("依申请公开方面，予以公开9件。", "予以公开9件"),  # the topic, no channel
    ("网上申请中，予以公开9件；全年共办结申请99件。", "办结申请99件")])  # the year's again after the channel's
def test_counts_of_the_year_s_applications_are_still_compared(sentence, said):
    assert [message.split("”")[0] for message, _ in r9(sentence)] == [f"正文写的是“{said}"]


# A list of results after a count of some applications, and reviews said to be unrelated ------------------------------
#: Each warned before on its later counts (or on the review's): the results told one after another of a channel's or an
#: applicant's count are all those applications', as the first of them was; reviews “与信息公开无关” are none of 表四's.
OF_SOME_COUNT = ["网上申请5件，办结5件，予以公开3件。", "自然人提出申请6件，予以公开2件，部分公开1件。",
                 "48件申请中，予以公开24件，部分公开39件。", "接受咨询32件，办结32件，予以公开9件。",
                 "被申请行政复议9件，均与政府信息公开无关。", "被申请行政复议9件，与信息公开工作无关。"]


@pytest.mark.parametrize("sentence", OF_SOME_COUNT)
def test_results_listed_after_a_count_of_some_are_not_compared(sentence):
    assert r9(sentence) == []


@pytest.mark.parametrize("sentence, said", [
    ("办结48件，其中予以公开24件，部分公开39件。", ["部分公开39件"]),  # after the year's count closed: the year's
    ("新收申请48件，予以公开9件，部分公开39件。", ["予以公开9件", "部分公开39件"]),
    ("网上申请5件，办结5件，全年共予以公开9件。", ["予以公开9件"])])  # a subject of its own
def test_results_listed_after_the_year_s_count_are_still_compared(sentence, said):
    assert [message.split("”")[0] for message, _ in r9(sentence)] == [f"正文写的是“{s}" for s in said]
