"""R9 and the 2008 reader, seven readings: a result of N applications after the year (“全年对3件申请不予公开”) is the
group's whole; a holiday after the year's name (“本年度国庆节期间”) opens the sentence; the carried over “处理完毕” are
closed, and “共办结” after their count is the year's; a count of applications after queries is read by the 2008 reader;
a cause in the clause right before a review or suit is its cause; the 2008 reader's words stop at an ASCII comma; the
agency as the review organ (“以本局为复议机关”) counts none of its own reviews. The sentences are written for these
tests; the tables are examples/sample-2021.yaml's (2023: 48 new, 4 carried over, 48 done, 2 不予公开, 11 无法提供,
3 不予处理, 4 reviews, 3 suits) and the 2008 figures examples/qiandongnan-2016.yaml's (3 received and answered, no
reviews or suits)."""
from __future__ import annotations

import pytest
import yaml

from reportkit.importers.figures2008 import search
from reportkit.plugins import load_plugins

from _import_helpers import imported
from test_citations_reviews_and_results import CARRIED, DENIED, DONE, NEW, REVIEWS, assert_warned, closed, differs
from test_citations_not_tables_2019_2008 import r9_2008
from test_citations_wordings import r9
from test_patterns_other_matters import REPORT, r9_2021, read

UNABLE = "表三“（四）无法提供”各项之和为 11"
NOT_PROCESSED = "表三“（五）不予处理”各项之和为 3"
SUITS = "表四两类“行政诉讼”的总计之和为 3"
A, R = "applications", "review_litigation"


def warned(part: str, sentence: str) -> list[str]:
    """The start of each R9 warning on sample-2021 with ``sentence`` as the part ``part``, up to “：”."""
    return [message.split("：")[0] for message in r9_2021(part, sentence)]


# 1. A result of N applications after the year: the group's whole -------------------------------------------------
#: (sentence, the warnings) in part 三: 全年, 本年度, 今年, 年内 before “对 N 件申请不予公开” or “不予公开 N 件” are no
#: reason (it was taken as one, so the count as one kind's); a reason in the clause or before it still is.
YEAR_RESULTS = {
    "全年对": ("全年对3件申请不予公开。", [differs("3件申请不予公开", DENIED)]),
    "全年共对": ("全年共对3件申请不予公开。", [differs("3件申请不予公开", DENIED)]),
    "全年不予公开": ("全年不予公开3件。", [differs("不予公开3件", DENIED)]),
    "年内无法提供": ("年内对5件申请无法提供。", [differs("5件申请无法提供", UNABLE)]),
    "本年度不予处理": ("本年度对4件申请不予处理。", [differs("4件申请不予处理", NOT_PROCESSED)]),
    "前一分句是对几件予以公开": ("全年对24件申请予以公开，对3件申请不予公开。", [differs("3件申请不予公开", DENIED)]),
    "今年相符": ("今年对2件申请不予公开。", []),
    "理由在分句里": ("全年因涉及国家秘密对3件申请不予公开。",
                [differs("因涉及国家秘密对3件申请不予公开", "表三“（三）不予公开”中“1.属于国家秘密”的总计为 0")]),
    "说明是哪些申请": ("全年对涉及商业秘密的3件申请不予公开。",
                [differs("涉及商业秘密的3件申请不予公开", "表三“（三）不予公开”中“4.保护第三方合法权益”的总计为 1")]),
    "前一分句是理由": ("征求第三方意见后，全年对3件申请不予公开。", []),
    "不写全年仍是那几件": ("对3件申请不予公开。", []),
}


@pytest.mark.parametrize("name", YEAR_RESULTS)
def test_a_result_after_the_year_is_the_groups_whole(name):
    sentence, expected = YEAR_RESULTS[name]
    assert_warned(sentence, expected)


# 2. A holiday after the year's name opens the sentence ------------------------------------------------------------
#: (sentence, the warnings): the words saying when that open a sentence are read one after another (“本年度” then
#: “国庆节期间”), so a holiday after the year covers the clauses after it as one opening the sentence does.
OPENINGS = {
    "本年度国庆节期间": ("本年度国庆节期间收到申请3件，办结3件。", []),
    "年份国庆节期间": ("2023年国庆节期间收到申请3件，办结3件。", []),
    "全年节假日期间": ("全年节假日期间共收到申请5件，办结5件。", []),
    "本年度两会期间": ("本年度两会期间收到申请2件，予以公开2件。", []),
    "本年度春节假期": ("本年度春节假期受理申请2件，均已办结。", []),
    "后面写全年": ("本年度国庆节期间收到申请3件，全年共办结50件。", [differs("办结50件", DONE)]),
    "后面写本年度": ("本年度国庆节期间收到申请3件，本年度共新收申请50件。", [differs("新收申请50件", NEW)]),
    "只写本年度": ("本年度新收申请50件，办结50件。", [differs("新收申请50件", NEW), differs("办结50件", DONE)]),
    "本年度一段月份": ("本年度1至6月收到申请20件，办结20件。", []),
}


@pytest.mark.parametrize("name", OPENINGS)
def test_a_holiday_after_the_years_name_opens_the_sentence(name):
    sentence, expected = OPENINGS[name]
    assert_warned(sentence, expected)


# 3. Last year's carried over: handled, 处理完毕, and the year's 共办结 after them ------------------------------------
#: (sentence, the warnings): “办理上年结转申请 N 件” are those carried over (all are handled in the year), compared for
#: equality; “处理完毕”, “办理完毕” close them (at most 上年结转); “共办结 N 件” after a count of them closed is the year's
#: whole, compared with （七）总计 (it was taken as part of them).
CARRIED_OVER = {
    "办理是结转的全部": ("办理上年结转申请3件。", [differs("上年结转申请3件", CARRIED)]),
    "办理相符": ("本年度办理上年结转申请4件。", []),
    "处理完毕多于": ("上年结转申请处理完毕6件。", [closed("上年结转申请处理完毕6件", 6)]),
    "已办理完毕多于": ("上年结转申请已办理完毕5件。", [closed("上年结转申请已办理完毕5件", 5)]),
    "处理完毕在前多于": ("处理完毕上年结转申请6件。", [closed("处理完毕上年结转申请6件", 6)]),
    "已处理完毕少于": ("上年结转申请已处理完毕3件。", []),
    "已全部处理完毕等于": ("上年度结转的申请已全部处理完毕4件。", []),
    "共办结是全年的": ("本年度办结上年结转申请3件，共办结51件。", [differs("办结51件", DONE)]),
    "合计办结是全年的": ("办结上年结转的申请3件，合计办结50件。", [differs("办结50件", DONE)]),
    "完成之后共办结": ("完成上年结转申请3件的办理，共办结52件。", [differs("办结52件", DONE)]),
    "共办结相符": ("本年度办结上年结转申请3件，共办结48件。", []),
    "对那几件共办结": ("对上年结转的4件申请，共办结3件。", []),
}


@pytest.mark.parametrize("name", CARRIED_OVER)
def test_carried_over_handled_and_closed(name):
    sentence, expected = CARRIED_OVER[name]
    assert_warned(sentence, expected)


def test_some_applications_carried_forward_is_no_error():
    """A count carried forward after some applications as the subject (“…提出的申请中，”) stopped R9 with an error."""
    assert r9("通过网站提出的申请中，结转下年度2件。") == []


# 4. The 2008 reader: applications after queries -------------------------------------------------------------------
#: (sentence, what is read): queries (咨询、来电、来访) earlier in the sentence make only their own counts no
#: application's, not a count whose clause after them names 申请 or that follows such a count; other matters still do.
QUERIES = [
    ("接待现场咨询26人次，收到申请9件。", [("received", "9")]),
    ("电话咨询较多，全年受理申请6件。", [("received", "6")]),
    ("全年答复群众咨询40次，答复申请4件。", [("answered", "4")]),
    ("接待来访群众咨询15人次，收到申请3件，已答复3件。", [("answered", "3"), ("received", "3")]),
    ("咨询服务一律免费，依申请提供信息收取复制费12元。", []),
    ("接待咨询30人次，已答复30次。", []),
    ("接待来访咨询20人次，帮助申请人填写申请表，已答复20次。", []),
    ("答复群众来电咨询18次。", []),
    ("接待咨询申请事项的来访群众15人次，已答复15次。", []),
    ("受理咨询类申请8件。", []),
    ("行政复议方面，接待咨询10次，受理申请4件。", []),
]


@pytest.mark.parametrize(("sentence", "found"), QUERIES)
def test_2008_applications_after_queries_are_read(sentence, found):
    assert read(A, sentence) == found


def test_2008_a_fee_after_queries_is_read():
    assert read("fees", "咨询服务一律免费，依申请提供信息收取复制费12元。") == [("charged", "12")]


def test_2008_r9_compares_applications_after_queries():
    [message] = r9_2008(A, "接待现场咨询26人次，收到申请9件。")
    assert message.startswith("“依申请公开情况”的正文写的是“收到申请9件”（9），而 figures 的“收到申请数”（received）为 3")


def test_2008_import_reads_applications_after_queries(tmp_path):
    sentences = "接待现场咨询20人次，收到申请2件，已答复2件。"
    source = tmp_path / "qingchuan-2014.txt"
    source.write_text(REPORT.format(applications=sentences), encoding="utf-8")
    data = yaml.safe_load(imported(source, tmp_path, load_plugins()).target.read_text(encoding="utf-8"))
    part = data["sections"]["applications"]
    assert part["content"] == [sentences]
    assert {k: v for k, v in part["figures"].items() if k != "show"} == {"received": 2, "answered": 2}


# 5. A cause in the clause right before a review or suit ---------------------------------------------------------
#: (part, sentence, the warnings' starts): a clause of its own with no figure that gives another cause (因, 由于) is the
#: cause of the count in the clause after it (and of a count joined to it by 、, and of the later clauses that say
#: nothing of disclosure: task B of session 28), not of a clause after a “；” nor across a
#: sentence; a cause on disclosure (不服…公开答复) leaves it compared.
CAUSE_BEFORE = [
    (R, "因行政处罚，被申请行政复议1件。", []),
    (R, "因环境行政处罚，本局被申请行政复议2件，均维持原决定。", []),
    (R, "由于征地补偿争议，被提起行政诉讼1件。", []),
    (R, "因行政许可事项，被申请行政复议1件、被提起行政诉讼1件。", []),
    (A, "因行政处罚，被申请行政复议1件。", []),
    (R, "因不服政府信息公开答复，被申请行政复议1件。", [f"正文写的是“被申请行政复议1件”，而{REVIEWS}"]),
    (R, "因行政处罚，被申请行政复议1件，被提起行政诉讼1件。", []),
    (R, "因行政处罚，被申请行政复议1件；被提起行政诉讼1件。", [f"正文写的是“被提起行政诉讼1件”，而{SUITS}"]),
    (R, "全年办理行政处罚案件20件，被申请行政复议1件。", [f"正文写的是“被申请行政复议1件”，而{REVIEWS}"]),
]


@pytest.mark.parametrize(("part", "sentence", "expected"), CAUSE_BEFORE)
def test_a_cause_in_the_clause_before_is_the_counts(part, sentence, expected):
    assert warned(part, sentence) == expected


#: (sentence, what the 2008 reader reads), as R9 of the later formats.
CAUSE_BEFORE_2008 = [
    ("因行政处罚，被申请行政复议1件。", []),
    ("由于征地补偿争议，被提起行政诉讼1件。", []),
    ("因行政处罚，本年度被申请行政复议2件、被提起行政诉讼1件。", []),
    ("因不服信息公开答复，被申请行政复议1件。", [("reviews", "1")]),
    ("因行政处罚，被申请行政复议1件，被提起行政诉讼1件。", []),
    ("因行政处罚被申请行政复议1件，被提起行政诉讼1件。", [("suits", "1")]),
    ("因机构调整工作量大增。本年度被申请行政复议1件。", [("reviews", "1")]),
    ("全年办理行政处罚案件20件，被申请行政复议1件。", [("reviews", "1")]),
]


@pytest.mark.parametrize(("sentence", "found"), CAUSE_BEFORE_2008)
def test_2008_a_cause_in_the_clause_before_is_the_counts(sentence, found):
    assert read("review", sentence) == found


def test_2008_r9_leaves_a_review_with_its_cause_before():
    assert r9_2008(R, "因行政处罚，被申请行政复议1件。") == []


# 6. The 2008 reader's words stop at an ASCII comma or semicolon -------------------------------------------------
#: (kind, sentence, (field, value, the words quoted)): the words between a phrase's no longer run over “,” or “;”.
ASCII_STOPS = [
    ("review", "因行政处罚,被申请行政复议1件。", []),
    ("review", "因不服信息公开答复,被申请行政复议1件。", [("reviews", "1", "被申请行政复议1件")]),
    ("review", "本年度共收到申请9件,行政复议0件。", [("reviews", "0", "行政复议0件")]),
    ("review", "未收到申诉,被提起行政诉讼1件。", [("complaints", "0", "未收到申诉"), ("suits", "1", "被提起行政诉讼1件")]),
    ("review", "本年度被申请行政复议0件;被提起行政诉讼1件。",
     [("reviews", "0", "本年度被申请行政复议0件"), ("suits", "1", "被提起行政诉讼1件")]),
    ("review", "因行政处罚被申请行政复议1件,被提起行政诉讼1件。", [("suits", "1", "被提起行政诉讼1件")]),
    (A, "全年共计收到申请9件,答复9件。", [("answered", "9", "答复9件"), ("received", "9", "收到申请9件")]),
    ("fees", "依申请提供信息,收取复制费20元。", [("charged", "20", "收取复制费20元")]),
]


@pytest.mark.parametrize(("kind", "sentence", "found"), ASCII_STOPS)
def test_2008_words_stop_at_an_ascii_comma(kind, sentence, found):
    assert sorted((f.field, str(f.value), f.words) for f in search(kind, sentence, "第 1 段")) == found


def test_2008_r9_quotes_the_words_after_an_ascii_comma():
    [message] = r9_2008(R, "因不服信息公开答复,被申请行政复议1件。")
    assert message.startswith("“行政复议和诉讼情况”的正文写的是“被申请行政复议1件”（1），而 figures 的“行政复议”（reviews）为 0")


# 7. The agency as the review organ ------------------------------------------------------------------------------
#: (sentence, what the 2008 reader reads): reviews the agency decides (以本局、以我局、以本机关为复议机关) are not reviews
#: of the agency (表四's, ``reviews``); one the agency is the respondent of (以本局为被申请人, 本局被申请) still is.
REVIEW_ORGAN_2008 = [
    ("以本局为复议机关的行政复议申请2件。", []),
    ("以我局为复议机关的行政复议申请2件。", []),
    ("以我局为行政复议机关，受理行政复议申请2件。", []),
    ("以本机关为行政复议机关的复议案件3件，均已审结。", []),
    ("以本局为复议机关的行政复议申请2件，本局被申请行政复议1件。", [("reviews", "1")]),
    ("以本局为被申请人的行政复议案件2件。", [("reviews", "2")]),
    ("市政府以本局为被申请人受理行政复议1件。", [("reviews", "1")]),
    ("本年度本局被申请行政复议1件。", [("reviews", "1")]),
]


@pytest.mark.parametrize(("sentence", "found"), REVIEW_ORGAN_2008)
def test_2008_the_agency_as_review_organ_counts_none_of_its_reviews(sentence, found):
    assert read("review", sentence) == found


#: (part, sentence, the warnings' starts): R9 of the later formats reads no count after the agency as the review organ.
REVIEW_ORGAN = [
    (R, "以本局为复议机关的行政复议申请2件。", []),
    (R, "以本局为复议机关的行政复议案件3件，均已审结。", []),
    (R, "以我局为复议机关受理行政复议申请2件，办结2件。", []),
    (A, "以本局为复议机关受理行政复议申请2件，办结2件。", []),
    (A, "以本局为复议机关，受理申请2件，予以公开1件。", []),
    (R, "本年度以本局为复议机关的复议申请2件，被申请行政复议4件。", []),
    (R, "以本局为复议机关的行政复议申请2件，本局被申请行政复议1件。", [f"正文写的是“被申请行政复议1件”，而{REVIEWS}"]),
    (R, "以本局为复议机关的行政复议申请2件，被提起行政诉讼2件。", [f"正文写的是“被提起行政诉讼2件”，而{SUITS}"]),
]


@pytest.mark.parametrize(("part", "sentence", "expected"), REVIEW_ORGAN)
def test_the_agency_as_review_organ_is_no_count_of_table_four(part, sentence, expected):
    assert warned(part, sentence) == expected
