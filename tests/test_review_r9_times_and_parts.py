"""Faults a review found in R9's reading of times, results and parts of an office, and in a plan in parts named
第一部分 after a notice, each shown by its smallest input. R9's sentences are written for these
tests; the table is examples/sample-2021.yaml's (year 2023: 48 new applications)."""
from __future__ import annotations

import re

import pytest

from test_citations_wordings import NEW, SAMPLE, r9
from test_import_plan_notice import import_text

# R9: when a figure is of ---------------------------------------------------------------------------------------------
#: Figures of the report's year whose clause names its time, though another clause did before: compared (none was).
OWN_TIME = {
    "本年度在另一年份之后": "2022年，新收30件，本年度新收政府信息公开申请49件。",
    "两个年份各成分句": "二〇二二年，收到政府信息公开申请40件，二〇二三年，收到政府信息公开申请49件。",
    "今年在另一年份之后": "二〇二二年，收到政府信息公开申请40件，今年收到政府信息公开申请49件。",
    # the whole year told by months, as 截至12月 and 1至12月 are
    "1月份至12月份": "1月份至12月份，共收到政府信息公开申请49件。",
    "截至某年12月": "截至2023年12月，共收到政府信息公开申请49件。",
    "截止12月": "截止12月，共收到政府信息公开申请49件。",
}


@pytest.mark.parametrize("name", OWN_TIME)
def test_a_figure_of_the_year_after_another_time_is_compared(name):
    [(message, there)] = r9(OWN_TIME[name])
    assert message.startswith("正文写的是“") and f"而{NEW}：请改正其中一处" in message
    assert re.search(r"申请49件”", message)
    assert there.startswith("49件")


#: The same with their figures of part of the year or of another year: still not compared.
OTHER_TIME = {
    "另一年份管全句": "二〇二二年，收到政府信息公开申请40件，全年办结40件。",
    "1月份至6月份": "1月份至6月份，共收到政府信息公开申请20件。",
    "截至另一年12月": "截至2022年12月，共收到政府信息公开申请40件。",
    "某年12月": "2023年12月，收到政府信息公开申请9件。",
    "截止11月": "截止11月，共收到政府信息公开申请45件。",
}


@pytest.mark.parametrize("name", OTHER_TIME)
def test_a_figure_of_another_time_is_still_not_compared(name):
    assert r9(OTHER_TIME[name]) == []


#: “N件予以公开” (不予公开 …) said of other things than applications, in another part: no table's (each warned).
OTHER_THINGS = {
    "规范性文件": "本年度制发行政规范性文件2件，2件全部予以公开。",
    "建议提案": "办理人大代表建议和政协提案20件，20件全部予以公开。",
    "会议": "召开局务会议12件次，议题9件予以公开，3件不予公开。",
}


@pytest.mark.parametrize("name", OTHER_THINGS)
def test_a_figure_before_a_result_said_of_other_things_is_not_compared(name):
    sections = {**SAMPLE["sections"], "overview": [OTHER_THINGS[name]]}
    assert r9("依申请公开的办理结果见下表。", sections=sections) == []


def test_a_figure_before_a_result_said_of_applications_in_another_part_is_compared():
    sections = {**SAMPLE["sections"], "overview": ["全年办结政府信息公开申请48件，25件予以公开，5件部分公开。"]}
    [(message, there)] = r9("依申请公开的办理结果见下表。", sections=sections)
    assert message.startswith("正文写的是“25件予以公开”，而表三“（一）予以公开”的总计为 24：请改正其中一处")
    assert there.startswith("25件")


def test_a_part_of_an_office_is_no_table_s_though_the_office_s_name_ends_as_the_part_s():
    """In 某县人民政府办公室's report, its 秘书室 is a part of it (the change took a part ending in 室 for the office
    itself, as its name ends in 室); the office itself is compared."""
    assert r9("县政府办公室秘书室受理政府信息公开申请30件。", agency="某县人民政府办公室") == []
    [(message, _there)] = r9("县政府办公室受理政府信息公开申请50件。", agency="某县人民政府办公室")
    assert message.startswith(f"正文写的是“受理政府信息公开申请50件”，而{NEW}")


# Import: a notice's end before a plan without a title ---------------------------------------------------------------
def test_a_plan_in_parts_named_di_yi_bu_fen_after_a_notice_keeps_its_parts(tmp_path):
    """The plan's first part is “第一部分”, a first part as “一、” is: the notice ends at its date before it (the change
    looked for “一、” only, found none, and took the plan's own date for the notice's, the whole plan its text)."""
    notice = ("某县应急管理局关于印发2024年政务公开工作要点的通知\n局机关各股室，局属各单位：\n"
              "现将我局今年的工作要点印发给你们，请抓好落实。\n某县应急管理局\n2024年3月4日\n")
    plan = ("第一部分 总体要求\n把风险预警信息放在网站首页显著位置。\n第二部分 主要任务\n（一）公开执法检查信息\n"
            "检查结果在十个工作日内公开。\n第三部分 保障措施\n局办公室每月抽查一次栏目更新情况。\n某县应急管理局\n2024年3月4日\n")
    _result, data = import_text(tmp_path, notice + plan)
    assert data["notice"]["body"] == ["现将我局今年的工作要点印发给你们，请抓好落实。"]
    assert data["requirements"] == ["把风险预警信息放在网站首页显著位置。"]
    assert [task["task"] for task in data["tasks"]] == ["公开执法检查信息"]
    assert data["safeguards"] == ["局办公室每月抽查一次栏目更新情况。"]
