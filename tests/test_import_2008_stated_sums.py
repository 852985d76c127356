"""A 2008-edition sentence listing a part's items and then their sum (……、……，共计81条。), the words of the year's figure
before the first item (全年主动公开、收到、已答复): the sum is that figure, the items its list; a sum that is not the
items' is a finding, and no item's count is taken for the figure."""
from __future__ import annotations

import pytest

from reportkit.importers import figures2008

from _import_helpers import import_text, printed

# Written for these tests; the agency is made up.
ACTIVE = "全年主动公开政府信息120条。"
NO_APPLICATIONS = "本年度未收到政府信息公开申请。"


def _page(active: str, applications: str) -> str:
    return ('<html><head><meta charset="utf-8"></head><body><h1>某县林业局2011年政府信息公开工作年度报告</h1>'
            "<p>本局按照条例的要求编写了本年度的报告。</p><p>一、概述</p><p>局办公室负责日常的公开工作。</p>"
            f"<p>二、主动公开政府信息的情况</p><p>{active}</p>"
            f"<p>三、依申请公开政府信息的情况</p><p>{applications}</p>"
            "<p>四、政府信息公开工作存在的主要问题及改进措施</p><p>下一年继续完善公开目录。</p>"
            '<p style="text-align:right">某县林业局</p><p style="text-align:right">2012年3月5日</p></body></html>')


def _import(tmp_path, active: str = ACTIVE, applications: str = NO_APPLICATIONS):
    result, data = import_text(tmp_path, "linye-2011.html", _page(active, applications))
    return result, data["sections"]


@pytest.mark.parametrize("sentence, total, categories", [
    ("全年主动公开机构职能类信息23条、行政执法类信息58条，共计81条。", 81,
     [("机构职能类信息", 23), ("行政执法类信息", 58)]),
    ("本年度共主动公开规划计划类信息9项；财政预算类信息14项；合计23项。", 23,
     [("规划计划类信息", 9), ("财政预算类信息", 14)]),
    ("主动公开人事任免方面信息7条，统计数据方面信息31条，总计38条。", 38,
     [("人事任免方面信息", 7), ("统计数据方面信息", 31)]),
    ("本局全年主动公开政策文件类信息40条、工作动态类信息25条、其他类信息5条，共70条。", 70,
     [("政策文件类信息", 40), ("工作动态类信息", 25), ("其他类信息", 5)]),
])
def test_the_sum_after_the_categories_is_the_year_s_total(tmp_path, sentence, total, categories):
    result, sections = _import(tmp_path, sentence)
    part = sections["active_disclosure"]
    assert part["figures"]["total"] == total
    assert [(c["name"], c["count"]) for c in part["figures"]["categories"]] == categories
    assert part["content"] == [sentence]  # the agency's sentence stays; the figures are not printed again
    assert not [f for f in result.findings if f.rule == "figures"]
    texts = [text for _, text in printed(result.target)]
    assert sentence in texts and not any(f"主动公开政府信息{total}条" in text for text in texts)


@pytest.mark.parametrize("sentence, figures", [
    ("全年受理当面申请4件、网上申请6件，共计10件。",
     {"received": 10, "channels": [{"name": "当面申请", "count": 4}, {"name": "网上申请", "count": 6}]}),
    ("本年度已答复同意公开7件，部分公开2件，合计9件。",
     {"answered": 9, "outcomes": [{"name": "同意公开", "count": 7}, {"name": "部分公开", "count": 2}]}),
    # kinds of application the 2008 figures have no list for: the sum is still the applications received
    ("收到查阅类申请3件、复制类申请4件，总计7件。", {"received": 7}),
])
def test_the_sum_after_the_applications_items_is_their_total(tmp_path, sentence, figures):
    result, sections = _import(tmp_path, applications=sentence)
    assert sections["applications"]["figures"] == figures
    assert sections["applications"]["content"] == [sentence]
    assert not [f for f in result.findings if f.rule == "figures"]


@pytest.mark.parametrize("part, sentence, said", [
    ("active_disclosure", "全年主动公开机构职能类信息23条、行政执法类信息58条，共计82条。",
     "所列各类别之和为 81 条，而“共计”为 82 条：请核对后改正其中一处"),
    ("applications", "本年度已答复同意公开7件，部分公开2件，共10件。",
     "所列各答复结果之和为 9 件，而“共”为 10 件：请核对后改正其中一处"),
    ("applications", "全年受理当面申请4件、网上申请6件，总计11件。",
     "所列各申请渠道之和为 10 件，而“总计”为 11 件：请核对后改正其中一处"),
])
def test_a_sum_that_is_not_the_items_is_a_finding_and_no_figure(tmp_path, part, sentence, said):
    result, sections = _import(tmp_path, *((sentence, NO_APPLICATIONS) if part == "active_disclosure" else (ACTIVE, sentence)))
    assert "figures" not in sections[part]  # neither the sum nor the first item's count
    assert sections[part]["content"] == [sentence]
    title = "主动公开政府信息的情况" if part == "active_disclosure" else "依申请公开政府信息的情况"
    assert [f.message for f in result.findings if f.rule == "figures"] == [f"“{title}”：{said}"]


@pytest.mark.parametrize("kind, sentence, figure", [
    ("applications", "本年度已答复同意公开7件，部分公开2件，合计9件。", ("answered", 9)),
    ("applications", "全年共受理当面申请4件、网上申请6件，共计10件。", ("received", 10)),
    ("disclosure", "全年主动公开机构职能类信息23条、行政执法类信息58条，共计81条。", ("total", 81)),
    ("disclosure", "截至年底，历年累计主动公开政府信息500条。全年主动公开机构职能类信息23条、行政执法类信息58条，共计81条。",
     ("total", 81)),
    ("disclosure", "历年累计主动公开机构职能类信息230条、行政执法类信息270条，合计500条。", ("cumulative", 500)),
])
def test_search_reads_the_sum_not_the_first_item(kind, sentence, figure):
    found = [(f.field, f.value) for f in figures2008.search(kind, sentence, "")]
    assert figure in found and len({field for field, _ in found}) == len(found)


@pytest.mark.parametrize("sentence", [
    "上半年主动公开机构职能类信息23条、行政执法类信息58条，共计81条。",  # another period's
    "全县各乡镇主动公开机构职能类信息23条、行政执法类信息58条，共计81条。",  # other organs'
    "机构职能类信息23条、行政执法类信息58条，共计80条。",  # no sum of its items
])
def test_no_sum_is_read_where_it_is_not_the_year_s(sentence):
    assert not [f for f in figures2008.search("disclosure", sentence, "") if f.field == "total"]


@pytest.mark.parametrize("sentence", ["本年度收到查阅类申请3件。", "全年已答复同意公开5件。", "已答复不予公开2件，信息不存在1件。"])
def test_a_count_after_a_kind_of_application_or_an_outcome_is_no_total(sentence):
    assert not [f for f in figures2008.search("applications", sentence, "") if f.field in ("received", "answered")]


@pytest.mark.parametrize("kind, sentence, figure", [
    ("disclosure", "全年主动公开政府信息95条，机构职能类信息30条、行政执法类信息65条，共计95条。", ("total", 95)),
    ("applications", "全年收到申请12件，当面申请9件、网上申请3件，合计12件。", ("received", 12)),
    ("applications", "本年度已答复申请11件，同意公开8件、部分公开3件，共11件。", ("answered", 11)),
])
def test_a_figure_before_its_items_and_their_sum_is_still_read(kind, sentence, figure):
    assert [(f.field, f.value) for f in figures2008.search(kind, sentence, "")] == [figure]
