"""R9 on the many ways a report's text states (or only seems to state) a table figure: a figure of all the organ's
reviews before the disclosure ones, of other organs, of part of the year, of one channel, a change or a cumulative
count is no table's and raises nothing; the same quantity stated differently is warned about, at the phrase. The
sentences are written for these tests; the table is examples/sample-2021.yaml's (48 new, 4 carried over, 48 done,
4 carried forward, 24 予以公开, 5 部分公开, 4 reviews, 3 suits, 37 行政处罚决定)."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml

from reportkit.testing import check

SAMPLE = yaml.safe_load((Path(__file__).resolve().parent.parent / "examples" / "sample-2021.yaml").read_text(
    encoding="utf-8"))


def r9(sentence: str, **changes) -> list[tuple[str, str]]:
    """R9's warnings on the sample with ``sentence`` as part 三's paragraph, as (message, the file's text from the
    warning's line and column on)."""
    data = copy.deepcopy(SAMPLE) | changes
    data["sections"]["applications"] = [sentence]
    text = yaml.safe_dump(data, allow_unicode=True, width=1000, sort_keys=False)
    lines = text.splitlines()
    return [(d.message, lines[d.line - 1][d.col - 1:]) for d in check(text).diagnostics.items if d.rule == "R9"]


NEW = "表三“一、本年新收政府信息公开申请数量”的总计为 48"

#: Sentences whose figures are not the table's, or are the table's and agree with it. The first few warned before.
AGREE = {
    # the organ's reviews and suits of every kind, then the disclosure ones (表四's)
    "复议总数后其中涉及公开": "本年度共被申请行政复议15件，其中涉及政府信息公开的4件，均维持原行政行为。",
    "诉讼总数后其中涉及公开": "全年被提起行政诉讼9件，其中涉及政府信息公开的3件。",
    "诉讼总数后其中公开类案件": "全年被提起行政诉讼9件，其中政府信息公开类案件3件。",
    # a change, the figures of other organs, a cumulative count, part of the year, one channel
    "同比多受理": "本年度同比多受理公开申请12件。",
    "全区的申请数": "全区共收到政府信息公开申请1260件，本局新收政府信息公开申请48件。",
    "各乡镇的申请数": "全县各乡镇共收到公开申请310件。",
    "县直各部门的处罚决定": "县直各部门作出行政处罚决定1200件。",
    "条例施行以来": "条例施行以来共收到政府信息公开申请392件。",
    "平均每月": "平均每月收到政府信息公开申请4件。",
    "某月份": "3月份收到公开申请9件，为全年最多。",
    "其中网络和信函": "其中，通过网络收到公开申请30件，通过信函收到公开申请18件。",
    "总数后其中网上": "全年收到政府信息公开申请48件，其中网上收到公开申请30件。",
    "含结转上年度": "本年度共受理政府信息公开申请52件（含结转上年度申请4件）。",
    "包含结转上一年度": "本年度共受理公开申请52件（包含结转上一年度的4件）。",
    # agreeing already
    "同比增长在后": "全年新收政府信息公开申请48件，同比增长12件。",
    "较上年": "新收政府信息公开申请较上年减少6件，上年收到公开申请54件。",
    "范围": "新收政府信息公开申请40至50件之间。",
    "人次": "收到政府信息公开申请48件，涉及申请人52人次。",
    "办结率": "已办结48件，办结率100%。",
    "括号里的其中": "全年新收政府信息公开申请48件（其中网上申请31件）。",
    "一是二是": "一是新收政府信息公开申请48件，二是上年结转4件，三是办结48件。",
    "全角数字": "新收政府信息公开申请４８件。",
    "统计期内": "统计期内（2023年1月1日至2023年12月31日）共收到政府信息公开申请48件。",
    "截至12月底": "截至12月底，共收到政府信息公开申请48件。",
    "等方式共收到": "本局通过政府网站、信函、当面等方式共收到政府信息公开申请48件。",
    "其中新收和结转": "本年度共收到申请52件，其中新收政府信息公开申请48件，上年结转4件。",
    "因公开被复议": "因政府信息公开被申请行政复议4件，被提起行政诉讼3件。",
    "处罚和许可": "依法作出行政处罚决定37件、行政许可决定156件。",
    "不予公开和部分公开": "不予公开2件，部分公开5件。",
}


@pytest.mark.parametrize("name", AGREE)
def test_a_figure_that_is_no_table_s_or_agrees_is_not_warned_about(name):
    assert r9(AGREE[name]) == []


#: The same quantity stated differently: (sentence, the text the warning quotes, the cell and its value). The warning
#: points at the last figure quoted.
DIFFER = {
    "其中涉及公开的复议数": ("本年度共被申请行政复议15件，其中涉及政府信息公开的2件，均维持原行政行为。",
                   "被申请行政复议15件，其中涉及政府信息公开的2件", "表四“行政复议”的总计为 4"),
    "其中公开类诉讼数": ("全年被提起行政诉讼9件，其中政府信息公开类案件1件。",
                 "被提起行政诉讼9件，其中政府信息公开类案件1件", "表四两类“行政诉讼”的总计之和为 3"),
    "复议数": ("全年被提起行政诉讼3件，被申请行政复议6件。", "被申请行政复议6件", "表四“行政复议”的总计为 4"),
    "因公开被复议": ("因政府信息公开被申请行政复议6件。", "被申请行政复议6件", "表四“行政复议”的总计为 4"),
    "共计": ("新收政府信息公开申请共计50件。", "新收政府信息公开申请共计50件", NEW),
    "全年共收到": ("全年共收到政府信息公开申请50件，全部按期答复。", "收到政府信息公开申请50件", NEW),
    "一是": ("一是新收政府信息公开申请47件，二是上年结转4件。", "新收政府信息公开申请47件", NEW),
    "全角数字": ("新收政府信息公开申请４５件。", "新收政府信息公开申请４５件", NEW),
    "分在两行": ("新收政府信息\n公开申请45件。", "新收政府信息公开申请45件", NEW),
    "期间写全年的月份": ("今年1月至12月共收到政府信息公开申请50件。", "收到政府信息公开申请50件", NEW),
    "统计期限": ("2023年1月1日至12月31日，共收到政府信息公开申请50件。", "收到政府信息公开申请50件", NEW),
    "等方式共收到": ("本局通过政府网站、信函、当面等方式共收到政府信息公开申请50件。", "收到政府信息公开申请50件", NEW),
    "含结转上一年度": ("本年度共受理公开申请55件（包含结转上一年度的4件）。", "受理公开申请55件",
                 "表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”的总计之和为 52"),
    "其中上年结转": ("本年度共收到申请52件，其中新收政府信息公开申请48件，上年结转6件。", "上年结转6件",
               "表三“二、上年结转政府信息公开申请数量”的总计为 4"),
    "部分公开": ("部分公开6件。", "部分公开6件", "表三“（二）部分公开”的总计为 5"),
    "处罚决定": ("依法作出行政处罚决定36件。", "作出行政处罚决定36件", "表二“行政处罚”的处理决定数量为 37"),
}


@pytest.mark.parametrize("name", DIFFER)
def test_the_same_quantity_stated_differently_is_warned_about_at_the_phrase(name):
    sentence, said, cell = DIFFER[name]
    [(message, there)] = r9(sentence)
    assert message.startswith(f"正文写的是“{said}”，而{cell}：请改正其中一处")
    assert there.startswith(re.findall(r"\d+件", said)[-1])


def test_a_word_of_the_agency_s_name_is_no_qualifier():
    """企业 in the organ's own name does not make its count one kind of applicant's."""
    agency = "某县中小企业服务局"
    assert r9(f"{agency}新收政府信息公开申请48件。", agency=agency) == []
    [(message, _at)] = r9(f"{agency}新收政府信息公开申请50件。", agency=agency)
    assert message.startswith(f"正文写的是“新收政府信息公开申请50件”，而{NEW}")


#: Sentences whose subject is part of the applications (last year's carried over, those on one matter): what became of
#: them is no table figure. Each warned before.
OF_PART = {
    "上年结转的申请全部办结": "上年结转的4件申请已全部办结，共办结4件。",
    "上年度结转的申请在句首": "上年度结转的申请4件，本年均已答复，办结4件。",
    "去年遗留的申请": "去年遗留的2件申请，已于今年3月前办完，办结2件，予以公开1件。",
    "上年未办结的": "上年未办结的3件申请，结转下年度继续办理1件。",
    "其中涉及某事的": "全年新收政府信息公开申请48件，其中涉及土地征收的9件，已办结9件，予以公开6件。",
    "其中逗号后的申请": "其中，要求公开会议纪要的申请7件，部分公开3件。",
    "其中同一分句": "其中涉及房屋征收补偿的11件已办结11件。",
    "对某类申请": "对申请公开征收补偿方案的7件申请，予以公开5件，部分公开2件。",
    "对于某类申请": "对于涉及商业秘密的申请，征求第三方意见后部分公开2件。",
    "机关名后对某类申请": "本局对涉及个人隐私的申请，均依法处理，部分公开1件。",
    "涉及某事在句首": "涉及个人信息的3件申请均已办结，办结3件。",
}


@pytest.mark.parametrize("name", OF_PART)
def test_what_became_of_part_of_the_applications_is_not_warned_about(name):
    assert r9(OF_PART[name]) == []


#: The year's figures in a sentence near part of the applications, or in a list of counts: still compared, at the
#: phrase.
DONE = "表三“三、本年度办理结果（七）总计”为 48"
OF_THE_YEAR = {
    "新收结转后共办结": ("新收政府信息公开申请48件，上年结转4件，共办结50件。", "办结50件", DONE),
    "结转在前共办结": ("上年结转4件，新收政府信息公开申请48件，共办结47件。", "办结47件", DONE),
    "上年结转的之后全年": ("上年结转的4件申请已全部办结，全年共办结50件。", "办结50件", DONE),
    "上年结转的之后分号": ("上年结转的4件申请已全部办结；本年度共办结申请50件。", "办结申请50件", DONE),
    "对收到的申请": ("对收到的申请，共办结50件。", "办结50件", DONE),
    "括号里的上年结转的": ("共办结48件（含上年结转的4件），予以公开20件。", "予以公开20件",
                   "表三“（一）予以公开”的总计为 24"),
    "其中之后本年度共": ("其中涉及土地征收的9件已办结，本年度共办结50件。", "办结50件", DONE),
}


@pytest.mark.parametrize("name", OF_THE_YEAR)
def test_the_year_s_figure_beside_part_of_the_applications_is_warned_about(name):
    sentence, said, cell = OF_THE_YEAR[name]
    [(message, there)] = r9(sentence)
    assert message.startswith(f"正文写的是“{said}”，而{cell}：请改正其中一处")
    assert there.startswith(re.findall(r"\d+件", said)[-1])


def test_the_year_s_figure_after_carried_over_in_a_list_agrees():
    """“上年结转4件” in a list of counts is no subject: the 办结 after it is the year's, and agrees."""
    assert r9("新收政府信息公开申请48件，上年结转4件，共办结48件。") == []
