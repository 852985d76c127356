"""``check`` and ``validate``, second pass on R9: counts of applications “收到” (and “受理”), which may take in last
year's carried over; a finding's figure wrapped from its unit in the data file, pointed at for any rule; the organ's
own figures beside its system's (全系统, 二级单位, 局属单位). The sentences are written for these tests; the table is
examples/sample-2021.yaml's (48 new, 4 carried over, 48 done, 4 carried forward, 24 予以公开, 2 不予公开, 37 行政处罚
decisions), changed where a test says so."""
from __future__ import annotations

import copy
import re

import pytest
import yaml

from reportkit.load import load_text
from reportkit.default_plugins.annual_report.model import applications_values
from reportkit.numerals import numeral_value
from reportkit.registry import Finding
from reportkit.testing import check as check_text
from reportkit.validate import finding_diagnostic
from test_citations_wordings import SAMPLE, r9

NEW = "表三“一、本年新收政府信息公开申请数量”的总计为"
INCLUDING = "表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”的总计之和为"


def _table(new: int = 48, carried: int = 4) -> dict:
    """The sample's tables with ``new`` new applications and ``carried`` carried over from last year, the year's 48
    done as in the sample: each column's new ones are its done ones, the natural persons' ``new - 48`` more, and
    these and the carried over are carried forward, so that R1 holds."""
    data = copy.deepcopy(SAMPLE)
    done = applications_values(check_text(SAMPLE).report)[("results", "total")]
    t3 = data["tables"]["applications"]
    t3["new_received"] = {c: v for c, v in done.items() if v} | {"natural_person": done["natural_person"] + new - 48,
                                                                  "total": new}
    t3["carried_over"] = {"natural_person": carried}
    t3["carried_forward"] = {"natural_person": new + carried - 48}
    return data["tables"]


def _r9(sentence: str, tables: dict) -> list[tuple[str, str]]:
    """R9's warnings on ``sentence`` as part 三's paragraph of the sample with ``tables``, as :func:`r9` gives them;
    the sample's other parts (its overview states the sample's 48) left out."""
    data = copy.deepcopy(SAMPLE) | {"tables": tables}
    data["sections"]["applications"] = [sentence]
    text = yaml.safe_dump(data, allow_unicode=True, width=1000, sort_keys=False)
    lines = text.splitlines()
    return [(d.message, lines[d.line - 1][d.col - 1:]) for d in check_text(text).diagnostics.items
            if d.rule == "R9" and d.path[:2] == ("sections", "applications")]


# 1. “收到” and “受理”: new applications, or new and carried over together ---------------------------------------------
#: Counts of applications received or accepted without “新收”: an organ may count last year's carried over among the
#: year's received (“收到”) or accepted (“受理”), so the figure is the table's when it is 表三's 一 (48) or 一 plus 二
#: (52).
RECEIVED = {
    "收到申请（新收）": "收到政府信息公开申请48件。",
    "收到申请（新收加结转）": "收到政府信息公开申请52件。",
    "共收到": "本年度共收到政府信息公开申请52件，均在法定期限内答复。",
    "总体情况一句": "2023年，本局主动公开信息210条，收到政府信息公开申请52件，全部按期答复。",
    "全年收到各类": "全年收到各类政府信息公开申请48件。",
    "公民法人": "收到公民、法人和其他组织提出的政府信息公开申请52件。",
    "收到申请共计": "收到申请共计48件，已全部办结。",
    "数量为": "本年度收到政府信息公开申请数量为52件。",
    "中文数字": "收到政府信息公开申请四十八件。",
    "中文数字加结转": "共收到政府信息公开申请五十二件。",
    "括号渠道": "收到政府信息公开申请（含网上申请、信函申请）52件。",
    "数字在前": "本局收到52件政府信息公开申请，均已答复。",
    "数字在前新收": "本局收到48件公开申请。",
    "接收到": "共接收到政府信息公开申请52件。",
    "受理": "受理政府信息公开申请52件。",
    "共受理": "本年度共受理政府信息公开申请48件，办结48件。",
    "受理数字在前": "全年受理52件政府信息公开申请。",
    "依法受理": "依法受理申请52件，做到件件有回复。",
    "含上年结转括号": "收到政府信息公开申请52件（含上年结转4件）。",
    "报告机关的名称": "某县自然资源局收到政府信息公开申请52件。",
    "收到后办结": "收到政府信息公开申请52件，办结48件，其余正在办理。",
}


def _count(sentence: str) -> str:
    """The sentence's count of applications as written: its first figure of 件."""
    return re.search(r"(\d+|[一二三四五六七八九十]+)件", sentence).group(1)


@pytest.mark.parametrize("name", RECEIVED)
def test_a_count_received_is_new_or_new_and_carried_over(name):
    """With the sample's table (48 new, 4 carried over), 48 and 52 are both the table's."""
    assert numeral_value(_count(RECEIVED[name])) in (48, 52)
    assert r9(RECEIVED[name]) == []


@pytest.mark.parametrize("name", RECEIVED)
def test_a_count_received_that_is_neither_is_warned_about(name):
    """With 58 new and 4 carried over, neither 48 nor 52 is the table's: the count is compared with 一's 58, the
    warning pointing at its figure."""
    sentence = RECEIVED[name]
    [(message, there)] = _r9(sentence, _table(new=58))
    said = re.fullmatch(r"正文写的是“([^”]*)”，而(.*)：请改正其中一处.*", message)
    assert said and said.group(2) in (f"{NEW} 58", f"{INCLUDING} 62")
    assert _count(sentence) in said.group(1)
    assert there.startswith(_count(sentence))


@pytest.mark.parametrize("name", [n for n, sentence in RECEIVED.items()
                                  if numeral_value(_count(sentence)) == 52 and "含上年结转" not in sentence])
def test_new_and_carried_over_is_the_tables_only_with_that_carried_over(name):
    """With 48 new and none carried over, 52 is no figure of the table."""
    [(message, _there)] = _r9(RECEIVED[name], _table(carried=0))
    assert f"”，而{NEW} 48：请改正其中一处" in message


def test_a_count_said_to_include_carried_over_is_new_and_carried_over():
    """“52件（含上年结转4件）” with none carried over: compared with 一 plus 二 (48), its 4 with 二 (0)."""
    assert [message[:message.index("：")] for message, _there in _r9(RECEIVED["含上年结转括号"], _table(carried=0))] == [
        f"正文写的是“收到政府信息公开申请52件”，而{INCLUDING} 48",
        "正文写的是“上年结转4件”，而表三“二、上年结转政府信息公开申请数量”的总计为 0"]


#: Sentences with “收到” or “受理” that give no count of the year's applications: not compared, whatever the table.
RECEIVED_NOT_COUNTS = {
    "没有数字": "收到政府信息公开申请后，均在法定期限内答复。",
    "来信": "收到群众来信30件，均已转交相关科室办理。",
    "补正材料": "收到申请人补正材料5件。",
    "补正后的申请": "收到补正后的申请3件，均已答复。",
    "复议申请": "收到行政复议申请2件。",
    "之日起": "自收到申请之日起20个工作日内予以答复。",
    "收到的申请中": "收到的申请中，涉及征地拆迁的12件。",
    "网上收到": "通过网站收到政府信息公开申请30件。",
    "上年收到": "上年收到政府信息公开申请60件。",
    "同比多收到": "同比多收到政府信息公开申请12件。",
    "全系统收到": "全系统收到政府信息公开申请150件。",
    "约数": "收到政府信息公开申请50余件。",
}


@pytest.mark.parametrize("name", RECEIVED_NOT_COUNTS)
def test_received_said_of_no_count_of_the_years_applications_is_not_compared(name):
    assert r9(RECEIVED_NOT_COUNTS[name]) == []
    assert _r9(RECEIVED_NOT_COUNTS[name], _table(new=58)) == []


# 2. A finding's figure wrapped from its unit in the data file ----------------------------------------------------
def _file(lines: list[str]) -> str:
    """The sample's data file with ``lines`` (YAML, after “applications:”) as part 三."""
    text = yaml.safe_dump(SAMPLE, allow_unicode=True, width=1000, sort_keys=False)
    return re.sub(r"(?m)^  applications:\n(?:  - .*\n)+", lambda _m: "  applications:\n" + "\n".join(lines) + "\n", text)


def test_a_rules_figure_wrapped_from_its_unit_is_pointed_at_on_its_line():
    """Any rule's finding (here one a plugin might give, its piece typed without the line break): its figure at the end
    of a line, 件 on the next, is pointed at there. Before, at the paragraph's start (the “|-”)."""
    text = _file(["  - |-", "    全年共收到政府信息公开申请5", "    件，均已按时答复。"])
    loaded = load_text(text, "report.yaml")
    finding = Finding("warning", "一条发现", ("sections", "applications", 0), at="收到政府信息公开申请5件")
    d = finding_diagnostic(loaded, finding, "ZJ1")
    assert text.splitlines()[d.line - 1][d.col - 1:] == "5"


def test_a_rules_figure_wrapped_before_and_after_is_pointed_at_on_its_line():
    """The phrase wrapped before its figure and the figure from its unit: the figure's line. Before, the paragraph."""
    text = _file(["  - 全年共收到政府信息公开", "    申请5", "    件，均已按时答复。"])
    finding = Finding("warning", "一条发现", ("sections", "applications", 0), at="收到政府信息公开申请5件")
    d = finding_diagnostic(load_text(text, "report.yaml"), finding, "ZJ1")
    assert (d.line, text.splitlines()[d.line - 1][d.col - 1:]) == (text.splitlines().index("    申请5") + 1, "5")


def test_the_second_of_two_wrapped_figures_is_pointed_at():
    """The same piece twice, each wrapped from its unit: the finding about the second points at the second."""
    text = _file(["  - |-", "    上半年收到政府信息公开申请5", "    件，下半年收到政府信息公开申请5", "    件。"])
    finding = Finding("warning", "一条发现", ("sections", "applications", 0), at="收到政府信息公开申请5件", skip=1)
    d = finding_diagnostic(load_text(text, "report.yaml"), finding, "ZJ1")
    assert text.splitlines()[d.line - 1] == "    件，下半年收到政府信息公开申请5" and d.col == len("    件，下半年收到政府信息公开申请5")


def test_a_chinese_figure_wrapped_from_its_unit_is_pointed_at_on_its_phrases_line():
    """R9 on “收到政府信息公开申请五” / “件”: at the figure in Chinese numerals, on its line. Before, the paragraph's
    start."""
    text = _file(["  - |-", "    全年共收到政府信息公开申请五", "    件，均已按时答复。"])
    [d] = [d for d in check_text(text).diagnostics.items if d.rule == "R9"]
    assert d.message.startswith(f"正文写的是“收到政府信息公开申请五件”，而{NEW} 48")
    assert text.splitlines()[d.line - 1][d.col - 1:] == "五"


@pytest.mark.parametrize("lines, there", [
    (["  - |-", "    被申请行政复议4件，维持3", "    件，纠正1件。"], "3"),
    (["  - |-", "    本年度共被申请行政复议15件，其中涉及政府信息公开的5", "    件。"], "5"),
], ids=["an outcome", "the disclosure part of all reviews"])
def test_r9s_wrapped_figures_of_reviews_are_pointed_at_on_their_line(lines, there):
    text = _file(lines)
    [d] = [d for d in check_text(text).diagnostics.items if d.rule == "R9"]
    assert text.splitlines()[d.line - 1][d.col - 1:] == there


def test_r10s_wrapped_count_of_notices_is_pointed_at_on_its_line():
    data = copy.deepcopy(SAMPLE)
    data["sections"]["other"] = ["PARAGRAPH"]
    text = yaml.safe_dump(data, allow_unicode=True, width=1000, sort_keys=False)
    text = text.replace("  - PARAGRAPH", "  - |-\n    本年度发出收费通知4\n    件，已全部收费。")
    [d] = [d for d in check_text(text).diagnostics.items if d.rule == "R10"]
    assert d.message.startswith("正文写的是“发出收费通知4 件”")
    assert text.splitlines()[d.line - 1][d.col - 1:] == "4"


# 3. The organ's own figures beside its system's ----------------------------------------------------------------
#: Sentences giving the organ's figure (本局, 全局, the agency's name) and its system's or its units' (全系统, 二级单位,
#: 局属单位 …), in either order, with or without 其中: (sentence, the organ's phrase quoted, or None where the organ's
#: figures agree with the table: 48 new, 48 done, 24 予以公开, 2 不予公开, 4 reviews, 37 penalty decisions).
ORGAN_AND_SYSTEM = {
    "本局在前": ("本局新收政府信息公开申请30件，全系统新收政府信息公开申请120件。", "新收政府信息公开申请30件"),
    "全系统在前": ("全系统新收政府信息公开申请120件，本局新收政府信息公开申请30件。", "新收政府信息公开申请30件"),
    "其中本局": ("全系统共新收政府信息公开申请120件，其中本局新收30件。", "新收30件"),
    "其中冒号": ("全系统共新收政府信息公开申请120件，其中：本局新收30件，二级单位新收90件。", "新收30件"),
    "二级单位在前": ("二级单位新收申请90件，本局新收申请30件。", "新收申请30件"),
    "二级单位在后": ("本局新收申请30件，二级单位新收申请90件。", "新收申请30件"),
    "局属单位在前": ("局属单位新收申请90件，本局新收申请30件。", "新收申请30件"),
    "局属单位在后": ("本局新收申请30件，局属单位新收申请90件。", "新收申请30件"),
    "全局系统": ("全局系统新收申请120件，其中本局新收申请30件。", "新收申请30件"),
    "本局系统": ("本局系统共新收申请120件，本局新收申请30件。", "新收申请30件"),
    "局机关与全局": ("局机关新收申请30件，全局新收申请50件。", "新收申请50件"),
    "报告机关的名称": ("全系统新收申请120件，其中某县自然资源局新收申请30件。", "新收申请30件"),
    "其中本局办结": ("全系统共办结申请118件，其中本局办结30件。", "办结30件"),
    "其中本局予以公开": ("全系统予以公开60件，其中本局予以公开20件。", "予以公开20件"),
    "其中本局不予公开": ("全系统不予公开10件，其中本局不予公开5件。", "不予公开5件"),
    "分号两句": ("全系统受理政府信息公开申请120件，办结118件；本局受理申请30件，办结48件。", "受理申请30件"),
    "处罚其中本局": ("全系统作出行政处罚决定300件，其中本局作出行政处罚决定30件。", "作出行政处罚决定30件"),
    "复议其中本局": ("全系统被申请行政复议12件，其中本局被申请行政复议3件。", "被申请行政复议3件"),
    # the organ's figures agree: nothing of the system's is compared
    "相符本局在前": ("本局新收申请48件，办结48件，全系统新收申请120件，办结118件。", None),
    "相符全系统在前": ("全系统新收申请120件，办结118件，其中本局新收申请48件，办结48件。", None),
    "相符二级单位": ("本局新收申请48件，二级单位新收申请72件，办结70件。", None),
    "相符局属单位": ("局属单位新收申请72件，予以公开30件，本局新收申请48件，予以公开24件。", None),
    "相符全局系统": ("全局系统新收申请120件，其中本局新收申请48件。", None),
    "相符全局": ("局机关新收申请30件，全局新收申请48件，办结48件。", None),
    "相符其中本局不予公开": ("全系统不予公开10件，其中本局不予公开2件。", None),
    "相符处罚": ("本局作出行政处罚决定37件，全系统作出行政处罚决定300件。", None),
    "相符复议": ("全系统被申请行政复议12件，本局被申请行政复议4件。", None),
    "本局及所属单位": ("本局及所属单位共新收申请120件，办结118件。", None),
    "局属于": ("本局属于垂直管理单位，全年新收政府信息公开申请48件。", None),
}


@pytest.mark.parametrize("name", ORGAN_AND_SYSTEM)
def test_the_organs_figure_is_compared_and_its_systems_not(name):
    sentence, said = ORGAN_AND_SYSTEM[name]
    assert [message[:message.index("”，而")] for message, _there in r9(sentence)] == (
        [f"正文写的是“{said}"] if said else [])


#: A change told on from an earlier clause without 同比 of its own (“…，多办结5件”): no table's figure.
CHANGES = {
    "多办结": "同比多收到申请5件，多办结5件。",
    "少办结": "较去年少收到申请6件，少办结6件。",
    "多予以公开": "同比多受理申请10件，多予以公开8件。",
}


@pytest.mark.parametrize("name", CHANGES)
def test_a_change_told_on_from_an_earlier_clause_is_not_compared(name):
    assert r9(CHANGES[name]) == []
