"""One set of “other matters” and “other cause” wordings for the 2008 reader (import and R9 of 2008-edition reports) and
R9 of the 2019 and 2021 formats: what each reader took from the other (复议、诉讼、工单 as matters for the 2008 reader;
转办、排污、监测 for the later formats; a cause said once before a review and a suit joined by 、 or 和 for the later
formats), and what stays one reader's own (咨询、来电、来访 and the agency as the body that reviews, now read from the
count's sentence: the 2008 reader's). The sentences are written for these tests; the figures are
examples/qiandongnan-2016.yaml's (2008 edition: 3 received and answered, no reviews, suits or fees),
examples/xinzhou-2020.yaml's (2019 format: 7 new applications, no reviews or suits) and examples/sample-2021.yaml's
(48 new applications, 4 reviews, 3 suits)."""
from __future__ import annotations

import copy

import pytest
import yaml

from reportkit.importers.figures2008 import search
from reportkit.plugins import load_plugins
from reportkit.testing import check

from _import_helpers import imported
from test_citations_not_tables_2019_2008 import EXAMPLES, r9_2008, r9_2019

SAMPLE_2021 = yaml.safe_load((EXAMPLES / "sample-2021.yaml").read_text(encoding="utf-8"))
A, R, F = "applications", "review_litigation", "fees"


def r9_2021(part: str, sentence: str) -> list[str]:
    """R9's messages on sample-2021 with ``sentence`` as the part ``part``."""
    data = copy.deepcopy(SAMPLE_2021)
    data["sections"][part] = [sentence]
    text = yaml.safe_dump(data, allow_unicode=True, width=1000, sort_keys=False)
    return [d.message for d in check(text).diagnostics.items if d.rule == "R9"]


def read(kind: str, sentence: str) -> list[tuple[str, str]]:
    """(field, value) of each figure the 2008 reader finds in ``sentence``, as the import reads it."""
    return sorted((f.field, str(f.value)) for f in search(kind, sentence, "第 1 段"))


# The 2008 reader ------------------------------------------------------------------------------------------------------
#: (kind, sentence, what is read): reviews and suits, and work orders, are other matters to the 2008 reader as to R9 of
#: the later formats. Each read the count of review applications, or of answers, as disclosure's before.
OTHER_PROCEEDINGS_2008 = [
    (A, "收到行政复议申请4件，均已受理。", []),
    (A, "行政复议方面，全年受理申请4件。", []),
    (A, "办理行政复议案件，受理申请6件，审结5件。", []),
    (A, "本年度行政复议工作中，收到申请2件。", []),
    (A, "诉讼案件方面，本年度受理申请1件。", []),
    (A, "行政复议方面，已答复5件。", []),
    (A, "本局作为复议机关受理行政复议申请5件，均已审结。", []),
    (A, "本局作为行政复议机关，全年收到复议申请6件。", []),
    (A, "上级复议机关受理涉及本局信息公开答复的复议申请2件。", []),
    (A, "复议机关维持原答复的1件，纠正的1件。", []),
    (A, "处理12345工单52件，收到申请5件。", []),
    (A, "收到工单转来的政府信息公开申请2件。", []),
    (F, "诉讼费用方面，收取费用0元。", []),
    # the count of review applications was read beside the disclosure one: now only that is
    (A, "法制科全年受理行政复议申请8件，收到政府信息公开申请5件。", [("received", "5")]),
    (A, "全年收到政府信息公开申请5件，另收到行政复议申请2件。", [("received", "5")]),
]


@pytest.mark.parametrize(("kind", "sentence", "found"), OTHER_PROCEEDINGS_2008)
def test_2008_a_count_of_reviews_suits_or_work_orders_is_no_application_s(kind, sentence, found):
    assert read(kind, sentence) == found


#: (kind, sentence, what is read) that stay as they were: the matters both readers had, and disclosure's own counts.
KEPT_2008 = [
    (A, "收到行政许可申请86件，办结86件。", []),
    (A, "接受群众来电来访咨询64次，受理申请5件。", [("received", "5")]),  # applications after queries: test_r9_results_and_queries
    (A, "本年度共收到政府信息公开申请5件，已答复5件。", [("answered", "5"), ("received", "5")]),
    (A, "全年受理信息公开申请5件，另被申请行政复议1件。", [("received", "5")]),
    ("review", "本年度因政府信息公开被申请行政复议1件，被提起行政诉讼1件。", [("reviews", "1"), ("suits", "1")]),
    ("review", "因行政处罚被申请行政复议2件，均维持原处罚决定。", []),
    ("review", "本局作为复议机关受理行政复议申请4件，另被申请行政复议1件。", [("reviews", "1")]),
    ("review", "本局作为复议机关受理行政复议申请5件，均已审结。", []),
    (F, "依申请提供政府信息收取检索复制费30元。", [("charged", "30")]),
    (F, "受理委托监测申请25件，收取监测费3.2万元。", []),
]


#: (sentence, what is read) of reviews: the agency as the body that reviews anywhere before the count in its sentence,
#: not where the count's clause makes the agency a party nor where another organ is the review body.
REVIEW_BODY_2008 = [
    ("作为复议机关，本局收到行政复议申请4件。", []),
    ("本局作为行政复议机关，全年收到行政复议申请6件，审结5件。", []),
    ("市政府作为复议机关审理本局被申请行政复议案件1件。", [("reviews", "1")]),
    ("申请人向复议机关申请行政复议的1件，已审结。", [("reviews", "1")]),
]


@pytest.mark.parametrize(("sentence", "found"), REVIEW_BODY_2008)
def test_2008_the_agency_as_review_body_is_read_from_the_sentence(sentence, found):
    assert read("review", sentence) == found


def test_2008_r9_leaves_the_reviews_the_agency_decides():
    assert r9_2008(R, "作为复议机关，本局收到行政复议申请4件。") == []


@pytest.mark.parametrize(("kind", "sentence", "found"), KEPT_2008)
def test_2008_other_readings_are_kept(kind, sentence, found):
    assert read(kind, sentence) == found


# Written for these tests; the agency and its figures are made up.
REPORT = """\
青川县水务局关于2014年度政府信息公开工作情况的报告

现将本局2014年度政府信息公开工作报告如下，所列数据的统计期限为2014年1月1日至12月31日。
一、概述
本局由办公室牵头办理信息公开事务。
二、主动公开政府信息情况
本年度主动公开政府信息40条。
三、依申请公开政府信息情况
{applications}
四、政府信息公开复议、诉讼和申诉情况
本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。
五、政府信息公开的收费及减免情况
本年度未收取任何费用。
六、存在的主要问题及改进措施
办事指南更新仍不够及时。

青川县水务局
二〇一五年二月十日
"""


@pytest.mark.parametrize(("sentences", "figures"), [
    ("本年度共收到政府信息公开申请2件。行政复议方面，全年受理申请4件。", {"received": 2}),
    ("本局作为行政复议机关，全年收到复议申请6件。", None),
])
def test_2008_import_takes_no_review_applications_for_figures(tmp_path, sentences, figures):
    source = tmp_path / "qingchuan-2014.txt"
    source.write_text(REPORT.format(applications=sentences), encoding="utf-8")
    data = yaml.safe_load(imported(source, tmp_path, load_plugins()).target.read_text(encoding="utf-8"))
    part = data["sections"]["applications"]
    assert part["content"] == [sentences]  # kept as published
    assert ({k: v for k, v in part["figures"].items() if k != "show"} if "figures" in part else None) == figures


def test_2008_r9_compares_the_disclosure_count_beside_review_applications():
    [message] = r9_2008(A, "法制科全年受理行政复议申请8件，收到政府信息公开申请5件。")
    assert message.startswith("“依申请公开情况”的正文写的是“收到政府信息公开申请5件”（5），而 figures 的“收到申请数”")


# R9 of the 2019 and 2021 formats -------------------------------------------------------------------------------------
#: (part, sentence) whose count is of another matter (排污, 监测, 转办, as the 2008 reader has them) or of a suit whose
#: cause is said before the review joined to it. Each warned before.
OTHER_MATTERS_LATER = [
    (A, "排污申报方面，全年受理申请52件。"),
    (A, "监测数据方面，全年受理申请15件。"),
    (A, "转办方面，收到申请4件。"),
    ("overview", "排污口规范化整治中，收到申请6件。"),
    (R, "因行政处罚被申请行政复议1件、被提起行政诉讼1件。"),
    (R, "因环境行政处罚被申请行政复议2件和被提起行政诉讼1件。"),
]


@pytest.mark.parametrize(("part", "sentence"), OTHER_MATTERS_LATER)
def test_2019_and_2021_a_count_of_another_matter_or_cause_is_not_compared(part, sentence):
    assert (r9_2019(part, sentence), r9_2021(part, sentence)) == ([], [])


def test_a_query_before_applications_received_leaves_them_read():
    """咨询 beside applications received: the later formats' R9 compares the applications; so does the 2008 reader,
    which skips only the counts of the queries themselves (test_r9_results_and_queries)."""
    sentence = "接待现场咨询26人次，收到申请9件。"
    assert read(A, sentence) == [("received", "9")]
    assert r9_2019(A, sentence) == ["正文写的是“收到申请9件”，而表三“一、本年新收政府信息公开申请数量”的总计为 7：请改正其中一处，"
                                    "或把数字写成引用【表三：new_received.total】，由 reportkit 填入表中的数（R9）"]


def test_the_review_organ_named_after_a_review_leaves_the_next_suit_compared():
    """复议机关 is the 2008 reader's own, in a count's clause: a review organ named after one count is no cause of the
    next, in either reader."""
    sentence = "被申请行政复议1件，复议机关维持原答复；被提起行政诉讼1件。"
    assert read("review", sentence) == [("reviews", "1"), ("suits", "1")]
    assert [m.split("：")[0] for m in r9_2019(R, sentence)] == [
        "正文写的是“被申请行政复议1件”，而表四“行政复议”的总计为 0", "正文写的是“被提起行政诉讼1件”，而表四两类“行政诉讼”的总计之和为 0"]
