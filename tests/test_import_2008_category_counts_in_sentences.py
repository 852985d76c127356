"""A 2008-edition free sentence giving a count after one category's name (主动公开政策法规类信息66条、人事方面信息12条):
that count is the category's, never the year's total nor all years' (published reports list their categories so,
one count after each name); a sum stated after the list (共计107条) is the total. 各类信息 is all of them, and still the
total."""
from __future__ import annotations

import pytest

from reportkit.importers import figures2008

from _import_helpers import import_text

# Written for these tests; the agency is made up.
# (sentence, the total it states after its list, if any)
CATEGORY_SENTENCES = [
    ("全年主动公开政策法规类信息66条、业务工作类信息41条，共计107条。", 107),
    ("本局全年主动公开机构概况类信息 3 条；规划计划类信息 12 条。", None),
    ("全年主动公开人事方面信息12条、规划方面的信息5条，合计17条。", 17),
    ("年内主动公开财政资金方面信息共15条。", None),
    ("截至年底，累计主动公开法规类信息366条。", None),
    ("截至年底，历年累计主动公开人事方面的信息300条。", None),
]


@pytest.mark.parametrize("sentence, stated", CATEGORY_SENTENCES)
def test_a_count_after_a_category_s_name_is_no_total(sentence, stated):
    totals = [(found.field, found.value) for found in figures2008.search("disclosure", sentence, "")
              if found.field in ("total", "cumulative")]
    assert totals == ([("total", stated)] if stated else [])


@pytest.mark.parametrize("sentence, field, value", [
    ("全年主动公开各类信息107条。", "total", 107),
    ("本局全年主动公开各方面信息107条。", "total", 107),
    ("全年共主动公开各类政府信息1,234条。", "total", 1234),
    ("全年主动公开政府信息107条，其中政策法规类信息66条、业务工作类信息41条。", "total", 107),
    ("截至年底，历年累计主动公开政府信息3627条。", "cumulative", 3627),
])
def test_all_categories_together_are_still_the_total(sentence, field, value):
    assert [(f.field, f.value) for f in figures2008.search("disclosure", sentence, "")] == [(field, value)]


def _page(part: str) -> str:
    return ('<html><head><meta charset="utf-8"></head><body><h1>某市水务局2009年政府信息公开工作年度报告</h1>'
            "<p>本局依照条例的要求编写了本年度的报告。</p><p>一、概述</p><p>局办公室承办日常的公开事务。</p>"
            f"<p>二、主动公开政府信息的情况</p><p>{part}</p>"
            "<p>三、政府信息公开工作存在的主要问题及改进措施</p><p>来年继续充实公开目录。</p>"
            '<p style="text-align:right">某市水务局</p><p style="text-align:right">2010年3月1日</p></body></html>')


def test_an_imported_report_takes_the_stated_sum_not_a_category_s_count_for_the_year_s_total(tmp_path):
    sentence = CATEGORY_SENTENCES[0][0]
    _, data = import_text(tmp_path, "shuiwu-2009.html", _page(sentence))
    part = data["sections"]["active_disclosure"]
    assert part["content"] == [sentence]
    assert part["figures"]["total"] == 107
    assert part["figures"]["categories"] == [{"name": "政策法规类信息", "count": 66}, {"name": "业务工作类信息", "count": 41}]


def test_an_imported_report_still_reads_the_total_before_its_categories(tmp_path):
    _, data = import_text(tmp_path, "shuiwu-2009.html",
                          _page("全年主动公开政府信息107条。其中，政策法规类信息66条；业务工作类信息41条。"))
    figures = data["sections"]["active_disclosure"]["figures"]
    assert figures["total"] == 107
    assert figures["categories"] == [{"name": "政策法规类信息", "count": 66}, {"name": "业务工作类信息", "count": 41}]
