"""``check`` and ``validate`` on gaps of R9 and R10: the applications left unpaid after a fee notice (表三（六）2) and
the fee notices sent (``information_processing_fee``) that the text states; the figures of other organs (全系统, 各乡镇)
in the clauses after the one naming them; a figure wrapped from its 件 in the data file; 政务服务中心 and 街道办事处
named in a people's government's report. The sentences are written for these tests; the table is
examples/sample-2021.yaml's (48 new, 48 done, 4 carried forward, 24 予以公开, 5 部分公开, 2 不予公开, 1 in （六）2,
3 fee notices)."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml

from reportkit.testing import check as check_text
from test_check_published import OTHER_2021, _add, applications, check, report
from test_check_r9_other_times import copied_text
from test_citations_wordings import SAMPLE, r9

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
UNPAID = "表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用……”的总计为 1"


def findings(rule: str, data: dict) -> list[tuple[str, str]]:
    """``rule``'s findings on ``data`` as (message, the file's text from the finding's line and column on)."""
    text = yaml.safe_dump(data, allow_unicode=True, width=1000, sort_keys=False)
    lines = text.splitlines()
    return [(d.message, lines[d.line - 1][d.col - 1:]) for d in check_text(text).diagnostics.items if d.rule == rule]


# 1. Applications left unpaid after a fee notice: 表三（六）2 -------------------------------------------------------
#: Sentences whose count of unpaid fee notices is 表三（六）2's (1), or is no table's (another year, part of the year,
#: other organs, part of the applications, a part of the organ), or that give no count.
UNPAID_AGREE = {
    "数字在后": "申请人逾期未缴纳费用1件。",
    "照表三的行名": "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请的1件。",
    "数字在前因申请人": "本年度有1件申请因申请人逾期未缴纳信息处理费，不再处理。",
    "数字在前终止办理": "1件因申请人逾期未缴纳费用终止办理。",
    "其中数字在前": "本年度发出收费通知3件，其中1件申请人逾期未缴纳，其余均已缴纳。",
    "逾期未缴费的申请": "逾期未缴费的申请1件，已告知申请人可重新申请。",
    "超过缴费期限": "申请人超过缴费期限未缴纳费用1件。",
    "未在规定期限内": "申请人未在规定期限内缴纳信息处理费1件。",
    "括号": "申请人逾期未缴纳费用（按规定不再处理）1件。",
    "共计": "申请人逾期未缴纳费用的申请共计1件。",
    "列举": "逾期未缴纳费用1件、逾期不补正1件。",
    "别的年度": "2022年申请人逾期未缴纳费用3件。",
    "上年度": "上年度有2件申请人逾期未缴纳费用。",
    "一个月份": "3月份申请人逾期未缴纳费用2件。",
    "上半年": "上半年，申请人逾期未缴纳费用2件。",
    "全系统": "全系统申请人逾期未缴纳费用4件。",
    "各乡镇": "各乡镇共有申请人逾期未缴纳费用5件。",
    "涉及某事项的申请": "对涉及不动产登记资料的申请，申请人逾期未缴纳费用2件。",
    "上年结转的申请": "上年结转的3件申请中，2件申请人逾期未缴纳费用。",
    "二级单位": "二级单位逾期未缴纳费用的申请2件。",
    "没有数字": "申请人均在期限内缴纳了费用，没有逾期未缴纳费用的情况。",
    "须重新申请": "按规定，逾期未缴纳费用的申请人须重新提出申请。",
}


@pytest.mark.parametrize("name", UNPAID_AGREE)
def test_an_unpaid_count_that_agrees_or_is_no_tables_is_not_warned_about(name):
    assert r9(UNPAID_AGREE[name]) == []


#: Sentences whose count of unpaid fee notices is the year's and not 表三（六）2's: (sentence, the phrase quoted).
UNPAID_DIFFER = {
    "数字在后": ("申请人逾期未缴纳费用2件。", "申请人逾期未缴纳费用2件"),
    "照表三的行名": ("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请的2件。",
               "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请的2件"),
    "数字在前": ("本年度有3件申请因申请人逾期未缴纳信息处理费，不再处理。", "3件申请因申请人逾期未缴纳信息处理费"),
    "其中数字在前": ("本年度发出收费通知3件，其中2件申请人逾期未缴纳，其余均已缴纳。", "2件申请人逾期未缴纳"),
    "逾期未缴费的申请": ("逾期未缴费的申请2件，已告知申请人可重新申请。", "逾期未缴费的申请2件"),
    "写了0件": ("申请人逾期未缴纳费用0件。", "申请人逾期未缴纳费用0件"),
    "本年度的年份": ("2023年，申请人逾期未缴纳费用2件。", "申请人逾期未缴纳费用2件"),
}


@pytest.mark.parametrize("name", UNPAID_DIFFER)
def test_an_unpaid_count_of_the_year_is_compared_with_table_three(name):
    sentence, said = UNPAID_DIFFER[name]
    [(message, there)] = r9(sentence)
    assert message.startswith(f"正文写的是“{said}”，而{UNPAID}：请改正其中一处")
    assert "【表三：results.other_handling.overdue_fee.total】" in message
    assert there.startswith(re.search(r"\d+件", said).group())


def test_the_2019_edition_has_no_unpaid_row_to_compare_with():
    """60号's 表三 has one （六）其他处理 row: an unpaid count is part of it, compared with nothing."""
    data = yaml.safe_load((EXAMPLES / "xinzhou-2020.yaml").read_text(encoding="utf-8"))
    data["sections"]["applications"] = ["申请人逾期未缴纳费用7件。"]
    assert findings("R9", data) == []


def test_a_published_reports_unpaid_count_is_compared(tmp_path):
    """A copied-text report whose part 六 tells of notices sent, 2 unpaid, while 表三（六）2 is 0."""
    r = report(2023, "安平县水利局", other=["本年度发出收费通知3件，其中申请人逾期未缴纳费用2件，实际收取信息处理费100元。"])
    [(place, severity, rule, message)] = check(tmp_path, copied_text(r, tmp_path / "report.txt"))
    assert (severity, rule) == ("warning", "R9")
    assert message.startswith("正文写的是“申请人逾期未缴纳费用2件”，而表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用……”"
                              "的总计为 0：请改正其中一处")
    lines = (tmp_path / "report.txt").read_text(encoding="utf-8").splitlines()
    assert "逾期未缴纳费用2件" in lines[int(re.fullmatch(r"第 (\d+) 行", place).group(1)) - 1]


def test_a_published_report_whose_unpaid_count_agrees_is_ok(tmp_path):
    t3 = applications("2021")
    _add(t3, OTHER_2021[1], 0, 2)
    _add(t3, "total", 0, 2)
    _add(t3, "forward", 0, -2)
    r = report(2023, "安平县水利局", t3=t3,
               other=["本年度发出收费通知3件，其中申请人逾期未缴纳费用2件，实际收取信息处理费100元。"])
    assert [row for row in check(tmp_path, copied_text(r, tmp_path / "report.txt")) if row[1] != "note"] == [
        ("", "", "ok", "未发现问题")]


# 2. Fee notices sent: information_processing_fee.notices --------------------------------------------------------
def r10(sentence: str, **fee) -> list[tuple[str, str]]:
    """R10's findings on the sample with ``sentence`` as part 六's first paragraph; its fee data ``fee`` where given,
    none at all where ``fee`` is ``{"notices": None}``."""
    data = copy.deepcopy(SAMPLE)
    data["sections"]["other"] = [sentence]
    if fee.get("notices", 0) is None:
        del data["information_processing_fee"]
    elif fee:
        data["information_processing_fee"] = fee
    return findings("R10", data)


#: Sentences whose count of notices is the data's (3), no count of the year's, or no count of notices sent.
NOTICES_AGREE = {
    "发出收费通知": "本年度发出收费通知3件。",
    "收费通知书几份": "向申请人发出信息处理费收费通知书3份。",
    "数字在前": "共发出3件收费通知，申请人均已缴费。",
    "缴费通知书": "依法送达缴费通知书3份，收取信息处理费740元。",
    "括号": "发出收费通知（含1件减半收取）3件。",
    "共计": "发出收费通知共计3件。",
    "别的年度": "2022年发出收费通知5件。",
    "上年与本年": "上年发出收费通知2件，本年度发出收费通知3件。",
    "同比": "同比多发出收费通知2件。",
    "上半年": "上半年发出收费通知2件。",
    "一个月份": "3月份发出收费通知1件。",
    "全系统": "全系统共发出收费通知10件。",
    "各单位": "各单位发出收费通知8件，均已按规定收费。",
    "全系统在前一分句": "全系统共发出收费通知10件，收取信息处理费2000元。",
    "累计": "办法施行以来累计发出收费通知7件。",
    "补正通知": "发出补正通知5件。",
    "只写金额": "收费通知金额共计1120元，实际收取740元。",
    "未按收费通知要求": "申请人逾期未按收费通知要求缴纳费用1件。",
    "没有数字": "对符合收费情形的申请，均按规定发出收费通知。",
    "约数": "发出收费通知十余件。",
}


@pytest.mark.parametrize("name", NOTICES_AGREE)
def test_a_count_of_notices_that_agrees_or_is_no_years_is_not_warned_about(name):
    assert r10(NOTICES_AGREE[name]) == []


#: Sentences whose count of notices is not the data's 3: (sentence, the phrase quoted).
NOTICES_DIFFER = {
    "发出收费通知": ("本年度发出收费通知4件。", "发出收费通知4件"),
    "收费通知书几份": ("向申请人发出信息处理费收费通知书2份。", "发出信息处理费收费通知书2份"),
    "数字在前": ("共发出5件收费通知，申请人均已缴费。", "发出5件收费通知"),
    "中文数字": ("本年度发出收费通知两件。", "发出收费通知两件"),
}


@pytest.mark.parametrize("name", NOTICES_DIFFER)
def test_a_count_of_notices_other_than_the_datas_is_warned_about(name):
    sentence, said = NOTICES_DIFFER[name]
    [(message, there)] = r10(sentence)
    assert message.startswith(f"正文写的是“{said}”，而“六、其他需要报告的事项”开头印的是发出收费通知3件：请改正其中一处")
    assert "information_processing_fee 的 notices 下，现为 3" in message
    assert there.startswith(re.search(r"(?:\d+|两)(?=[件份])", said).group())


def test_notices_in_the_text_while_the_data_gives_none_are_warned_about():
    """The data says no notice was sent, so part 六 opens with “本年度未发出…”, and the next sentence tells of three."""
    [(message, there)] = r10("本年度发出收费通知3件，收取信息处理费共计300元。", notices=0)
    assert message.startswith("正文写的是“发出收费通知3件”，而“六、其他需要报告的事项”开头印的是“本年度未发出信息处理费收费通知……”")
    assert there.startswith("3件，收取信息处理费")


def test_notices_without_fee_data_are_not_compared(tmp_path):
    """Without ``information_processing_fee`` (a published report wording its fees in its own way imports so), the
    text's count is compared with nothing; 表三（六）2 is 0, so nothing was left unpaid."""
    assert r10("本年度发出收费通知3件，收取信息处理费共计300元。", notices=None) == []
    r = report(2023, "安平县水利局", other=["本年度发出收费通知3件，收取信息处理费共计300元。"])
    assert [row for row in check(tmp_path, copied_text(r, tmp_path / "report.txt")) if row[1] != "note"] == [
        ("", "", "ok", "未发现问题")]


# 3. Other organs' figures in the clauses after the one naming them ----------------------------------------------
#: Sentences that give other organs' figures (each a count the table does not have) in the clauses after the one
#: naming them; each warned before.
OTHERS = {
    "表中数据为本局机关": "全系统共受理申请120件，办结118件，结转下年度办理2件，表中数据为本局机关。",
    "其中予以公开": "全系统共受理申请120件，其中予以公开60件，部分公开20件，表中数据为本局机关。",
    "已全部办结": "全系统共收到政府信息公开申请120件，已全部办结，予以公开70件。",
    "分号前": "本年度全系统共受理申请120件，办结118件；表中数据为本局机关的数据。",
    "按期办结": "全系统共受理申请120件，按期办结115件，予以公开60件。",
    "较上年": "全系统共受理政府信息公开申请120件，较上年增加10件，办结120件。",
    "同比": "全系统共受理申请120件，同比增长10%，办结118件。",
    "其中网上": "全系统（含局属各单位）共受理申请120件，其中网上申请80件，办结118件。",
    "只写全系统": "全系统：受理申请120件，办结118件。",
    "全县": "全县共收到政府信息公开申请300件，办结290件。",
    "全区结转": "全区共收到政府信息公开申请500件，办结480件，结转下年度办理20件。",
    "全市各级": "全市各级行政机关共收到申请5000件，办结4900件，不予公开60件。",
    "各乡镇": "各乡镇共收到公开申请120件，予以公开60件。",
    "各乡镇街道": "各乡镇（街道）收到申请60件，办结58件，结转下一年度办理2件。",
    "县直各部门": "县直各部门共受理申请200件，办结190件，不予公开10件。",
    "县直单位": "县直单位共收到政府信息公开申请150件，按时办结149件，1件结转下年度办理。",
    "所属单位": "所属单位共受理申请70件，予以公开30件。",
    "下属各单位": "下属各单位共收到申请60件，予以公开30件，无法提供10件。",
    "系统内处罚": "系统内各单位共作出行政处罚决定300件，制发规范性文件12件。",
    "全部公开情形": "全系统共受理申请120件，全部在法定期限内办结，予以公开70件，部分公开30件，不予公开5件。",
    "办结其中": "全系统共受理申请120件，办结118件，其中予以公开60件。",
}


@pytest.mark.parametrize("name", OTHERS)
def test_other_organs_figures_after_the_clause_naming_them_are_not_compared(name):
    assert r9(OTHERS[name]) == []


#: Sentences where the organ itself is the subject again, or the other organs are no count's subject: (sentence,
#: the phrase quoted).
OWN = {
    "本局收到": ("全系统共受理申请120件，本局收到政府信息公开申请50件。", "收到政府信息公开申请50件"),
    "本局新收后办结": ("全系统共受理申请120件，本局新收政府信息公开申请48件，办结50件。", "办结50件"),
    "报告机关的名称": ("全系统共受理申请120件，某县自然资源局新收政府信息公开申请48件，办结50件。", "办结50件"),
    "分号之后": ("全系统共受理申请120件；本局办结50件。", "办结50件"),
    "全省统一部署": ("按照全省统一部署，本年度共办结申请50件。", "办结申请50件"),
}


@pytest.mark.parametrize("name", OWN)
def test_the_organs_own_figures_after_other_organs_are_compared(name):
    sentence, said = OWN[name]
    [(message, _there)] = r9(sentence)
    assert message.startswith(f"正文写的是“{said}”")


def test_a_governments_area_figure_in_a_later_clause_is_the_areas():
    """“全县共收到…300件，办结290件”: the 290 is the county's like the 300, and the table (48, 本级) is not the county's."""
    assert r9("全县共收到政府信息公开申请300件，办结290件，其中县政府本级收到48件。",
              agency="安平县人民政府", agency_type="government") == []


# 4. A figure wrapped from its 件 in the data file -------------------------------------------------------------
#: Part 三's paragraph as a data file writes it, the figure 5 (the table's is 48) at the end of a line, 件 on the next:
#: (the YAML lines after “applications:”, the line the figure is on).
WRAPPED = {
    "字面块": (["  - |-", "    全年共收到政府信息公开申请5", "    件，均已按时答复。"], "    全年共收到政府信息公开申请5"),
    "折行的普通值": (["  - 全年共收到政府信息公开申请5", "    件，均已按时答复。"], "  - 全年共收到政府信息公开申请5"),
    "第二段": (["  - 本局依法答复每一件申请。", "  - |-", "    本局依法答复每一件申请，全年共收到政府信息公开申请5",
              "    件，均已按时答复。"], "    本局依法答复每一件申请，全年共收到政府信息公开申请5"),
}


@pytest.mark.parametrize("name", WRAPPED)
def test_a_figure_wrapped_from_its_unit_is_pointed_at_on_its_line(name):
    lines, line = WRAPPED[name]
    text = yaml.safe_dump(SAMPLE, allow_unicode=True, width=1000, sort_keys=False)
    text = re.sub(r"(?m)^  applications:\n(?:  - .*\n)+", lambda _m: "  applications:\n" + "\n".join(lines) + "\n", text)
    [d] = [d for d in check_text(text).diagnostics.items if d.rule == "R9"]
    assert d.message.startswith("正文写的是“收到政府信息公开申请5 件”")
    assert (text.splitlines()[d.line - 1], d.col) == (line, len(line))


# 5. 政务服务中心 and 街道办事处 in a people's government's report --------------------------------------------------
#: Their figures in 安平县人民政府's report: distinct bodies' (a 街道办事处 publishes its own report; a 政务服务中心 may
#: be the government's window or a body of its own), not the table's (48, the government's), so not compared.
DISTINCT = {
    "政务服务中心": "县政务服务中心收到政府信息公开申请30件。",
    "政务服务中心办结": "县政务服务中心受理政府信息公开申请45件，办结45件。",
    "街道办事处": "城关街道办事处收到政府信息公开申请12件。",
    "各街道办事处": "各街道办事处共收到政府信息公开申请60件，办结58件。",
    "通过政务服务中心": "通过政务服务中心收到政府信息公开申请20件。",
}


@pytest.mark.parametrize("name", DISTINCT)
def test_distinct_bodies_named_in_a_governments_report_are_not_compared(name):
    assert r9(DISTINCT[name], agency="安平县人民政府", agency_type="government") == []


def test_a_street_offices_own_figure_is_compared():
    """In 城关街道办事处's own report, “街道办事处” is the organ: its figure is the table's."""
    [(message, _there)] = r9("城关街道办事处收到政府信息公开申请50件。", agency="安平县城关街道办事处",
                              agency_type="government")
    assert message.startswith("正文写的是“收到政府信息公开申请50件”，而表三“一、本年新收政府信息公开申请数量”的总计为 48")
