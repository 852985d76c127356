"""``reportkit check`` on published reports of the 2008 条例 era (2008-2018), written for this test (the agencies, their
sentences and figures are made up): each one correct but worded or laid out as such reports were, or with one
inconsistency planted. Each planted one is found once, where it is; a correct one is ``ok``; no finding names a key
of the data file. The 2008 rules' messages that name a key have a wording for a published report without one."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.default_plugins.annual_report.edition2008 import rules
from reportkit.default_plugins.annual_report.edition2008.model import AnnualReport2008
from reportkit.testing import starter_data

from test_check_wording import DATA_WORD

#: The 2008-era outline: 概述, 主动公开, 依申请公开, 收费及减免, 复议诉讼, 问题和改进措施.
HEADINGS = ("一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况", "四、政府信息公开的收费及减免情况",
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "六、政府信息公开工作存在的主要问题及改进措施")
NO_FEES = "本年度未收取任何费用。"
NO_CASES = "本年度没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。"


def page(title: str, preamble: str, parts: list[str], date: str) -> str:
    """A web page: each part a paragraph (or a ``<table>`` given as it is) under its heading."""
    body = "".join(f"<p>{heading}</p>" + "".join(p if p.startswith("<table") else f"<p>{p}</p>" for p in part.split("\n"))
                   for heading, part in zip(HEADINGS, parts))
    agency = title[:title.index("20")]
    return (f'<html><head><meta charset="utf-8"></head><body><h1>{title}</h1><p>{preamble}</p>{body}'
            f'<p style="text-align:right">{agency}</p><p style="text-align:right">{date}</p></body></html>')


def table(*rows: tuple) -> str:
    return '<table border="1">' + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


REPORTS = {
    # Correct: the categories' table lists the main ones only (400 of 420), as 只列其中几类.
    "categories-some.html": (page("某市统计局2011年政府信息公开工作年度报告",
                                  "本报告依据《中华人民共和国政府信息公开条例》编写，统计期限为2011年1月1日至2011年12月31日。", [
        "我局由办公室负责信息公开的日常事务，业务科室按分工提供本科室的信息，全年没有中断过网上发布。",
        "本年度主动公开政府信息420条，按类别分列如下：\n" + table(("类别", "条数"), ("机构职能", 30), ("统计数据", 260), ("工作动态", 110)),
        "本年度收到政府信息公开申请5件，已全部按期答复。", NO_FEES, NO_CASES,
        "部分统计数据发布后解读不够，下一年度将随数据同时发布图表解读。"], "2012年3月15日"), []),
    # Planted: the categories after 其中 add up to 162, more than the 156 of the same sentence.
    "categories-over.html": (page("某县林业局2010年政府信息公开工作年度报告",
                                  "按照《中华人民共和国政府信息公开条例》规定，现将本局2010年度信息公开工作情况报告如下。", [
        "本局成立了由分管副局长牵头的公开工作小组，林政、造林、防火各股指定了信息员。",
        "全年共主动公开政府信息156条，其中，机构职能类信息12条；林业政策法规类信息40条；行政许可类信息58条；工作动态类信息52条。",
        "全年受理政府信息公开申请3件，均已答复。", "本年度没有收取任何费用。", "全年未发生因政府信息公开申请行政复议或提起行政诉讼的情况。",
        "乡镇林业站的信息报送不够及时，明年起按月通报报送情况。"], "2011年3月10日"),
        [("import-figures", "第 6 段",
          "“主动公开政府信息情况”：所列各类别之和为 162 条，而“本年度主动公开数”为 156 条：请核对后改正其中一处")]),
    # Planted: more applications answered than received.
    "answered-over.html": (page("某区卫生局2013年政府信息公开工作年度报告",
                                "依据《中华人民共和国政府信息公开条例》，本报告统计期限为2013年1月1日至2013年12月31日。", [
        "本局把公开工作同卫生监督、医政管理一并部署，公开目录每季度清理一次。",
        "本年度主动公开政府信息231条，历年累计主动公开1980条。", "本年度收到政府信息公开申请14件，答复申请16件。",
        "本年度未收取检索、复制等费用。", "本年度因政府信息公开被申请行政复议1件，被提起行政诉讼0件。",
        "个别科室对申请的登记不够规范，今后统一使用登记表并由办公室复核。"], "2014年3月25日"),
        [("applications", "第 8 段",
          "“依申请公开政府信息情况”：答复 16 件，多于收到的 14 件申请；如有上年结转的申请，请在正文说明（applications）")]),
    # Planted: a share in the categories' table is not its count's share of the 合计.
    "share.html": (page("某市环境保护局2014年政府信息公开工作年度报告",
                        "本报告按照《中华人民共和国政府信息公开条例》编制，统计期限为2014年1月1日至12月31日。", [
        "我局把重点排污单位监测数据、建设项目环评审批结果作为公开重点，由办公室统一审核发布。",
        "本年度主动公开政府信息200条，分类如下表：\n" + table(("类别", "条数", "占比"), ("环评审批", 90, "45%"),
                                                    ("监测数据", 70, "38%"), ("工作动态", 40, "20%"), ("合计", 200, "100%")),
        "本年度收到政府信息公开申请9件，已答复9件。", NO_FEES, NO_CASES, "监测数据的发布格式不统一，明年起按统一模板发布。"],
        "2015年3月20日"),
        [("import-figures", "第 1 个表格第 3 行",
          "“主动公开政府信息情况”：“监测数据”70 条占合计 200 条的 35.0%，而表中写的占比为 38%：请核对后改正其中一处")]),
    # Planted: the channels' table adds up to 23 of the 25 applications received.
    "channels.html": (page("某县国土资源局2015年政府信息公开工作年度报告",
                           "根据《中华人民共和国政府信息公开条例》，现将2015年度本局政府信息公开工作报告如下。", [
        "本局的公开工作由办公室承办，土地征收、矿业权出让等事项的信息在办结后七日内发布。", "本年度主动公开政府信息318条。",
        "本年度收到政府信息公开申请25件，申请方式见下表。\n" + table(("申请方式", "件数"), ("当面申请", 11), ("信函申请", 9), ("网上申请", 3)),
        NO_FEES, "本年度因政府信息公开被申请行政复议2件，被提起行政诉讼1件。",
        "征地信息公开的时效还要提高，明年将征地批复的发布时限压缩到五个工作日。"], "2016年3月18日"),
        [("import-figures", "第 1 个表格第 1 行",
          "“依申请公开政府信息情况”：所列各申请渠道之和为 23 件，而“收到申请数”为 25 件：请核对后改正其中一处")]),
    # Correct: 2008 counted from 5月1日, thousands commas, two categories only, channels after 其中, a fee in 元 and 角.
    "from-may.html": (page("某市人力资源和社会保障局2008年政府信息公开工作年度报告",
                           "《中华人民共和国政府信息公开条例》自2008年5月1日起施行，本报告统计期限为2008年5月1日至2008年12月31日。", [
        "条例施行前，我局清理了现行有效的规范性文件，编制了公开指南和公开目录。",
        "本年度主动公开政府信息3,075条。其中，就业政策类信息1,204条；社会保险类信息987条。",
        "本年度收到政府信息公开申请7件，其中当面申请4件、信函申请3件。", "本年度依申请提供信息收取复制费120.50元，未作减免。",
        NO_CASES, "公开目录的更新依赖人工，明年将与办公系统对接自动生成。"], "2009年3月27日"), []),
    # Correct: shares to one decimal that round right, outcomes after 其中 that add up to the answers.
    "shares-ok.html": (page("某县教育局2016年政府信息公开工作年度报告",
                            "本报告依照《中华人民共和国政府信息公开条例》编写，统计期限为2016年1月1日至2016年12月31日。", [
        "本局把招生入学、教师招聘和学校收费作为公开重点，按学期发布。",
        "本年度主动公开的政府信息，主要类别见下表。\n" + table(("类别", "条数", "占比"), ("招生入学", 47, "33.3%"),
                                                     ("教师招聘", 62, "44.0%"), ("学校收费", 32, "22.7%"), ("合计", 141, "100%")),
        "本年度收到政府信息公开申请6件，答复6件，其中同意公开4件、信息不存在2件。", NO_FEES, NO_CASES,
        "学校网站的公开栏目设置不统一，明年统一栏目名称。"], "2017年3月6日"), []),
    # Planted: the cumulative count is less than the year's; the preamble says 共分六个部分 itself (correct).
    "cumulative.txt": ("\n\n".join([
        "某镇人民政府2012年政府信息公开工作年度报告",
        "本报告根据《中华人民共和国政府信息公开条例》编写，共分六个部分，统计期限为2012年1月1日至2012年12月31日。",
        *(f"{h}\n{t}" for h, t in zip(HEADINGS, [
            "镇政府由党政办公室负责公开工作，各村的村务信息由驻村干部督促公开。",
            "本年度主动公开政府信息86条，历年累计主动公开政府信息64条。", "本年度未收到政府信息公开申请。", NO_FEES, NO_CASES,
            "村级公开栏更新慢，明年由镇里按季度检查。"])),
        "某镇人民政府\n2013年2月28日"]) + "\n",
        [("disclosure", "第 9 行",
          "“主动公开政府信息情况”：历年累计主动公开 64 条，少于本年度的 86 条；累计数应包含本年度（disclosure）")]),
}


def checked(folder: Path, name: str, text: str) -> list[tuple[str, str, str]]:
    """``reportkit check`` on the report: (rule, place, message) of each row of its results."""
    (folder / name).write_text(text, encoding="utf-8")
    out = folder / "r.csv"
    result = CliRunner().invoke(cli, ["check", str(folder / name), "--report", str(out), "-j", "1"])
    assert result.exit_code in (0, 1), result.output
    with open(out, encoding="utf-8-sig", newline="") as f:
        return [(row["rule"], row["place"], row["message"]) for row in csv.DictReader(f) if row["rule"] != "import-skipped"]


@pytest.mark.parametrize("name", REPORTS)
def test_a_planted_inconsistency_is_found_once_where_it_is_and_a_correct_report_is_ok(tmp_path, name):
    text, planted = REPORTS[name]
    rows = checked(tmp_path, name, text)
    assert rows == (planted or [("ok", "", "未发现问题")])
    assert [message for rule, _, message in rows if DATA_WORD.search(message.removesuffix(f"（{rule}）"))] == []


def test_a_count_with_yishang_is_not_an_exact_count(tmp_path):
    """“3条以上” is not 3: the figure is said to be no exact number, not read as 3 (which made the table of 141 the
    wrong total's)."""
    text, _ = REPORTS["shares-ok.html"]
    text = text.replace("本年度主动公开的政府信息，主要类别见下表。", "本年度主动公开政府信息3条以上的类别见下表。")
    assert checked(tmp_path, "yishang.html", text) == [("import-figures", "第 6 段", (
        "“主动公开政府信息情况”的“本年度主动公开数”写作“主动公开政府信息3条以上”，不是确切的数字：请核对原件"))]


def test_a_total_row_that_is_not_the_sum_of_the_rows_is_found_on_it(tmp_path):
    text, _ = REPORTS["channels.html"]
    text = text.replace("<td>3</td></tr></table>", "<td>3</td></tr><tr><td>合计</td><td>25</td></tr></table>")
    assert checked(tmp_path, "total-row.html", text) == [("import-figures", "第 1 个表格第 5 行", (
        "“依申请公开政府信息情况”：所列各申请渠道之和为 23 件，而“合计”一行为 25 件：请核对后改正其中一处"))]


def _report(preamble=None, **sections) -> AnnualReport2008:
    data = starter_data(year=2012)
    data["sections"].update(sections)
    if preamble:
        data["preamble"] = preamble
    return AnnualReport2008.model_validate(data)


CATEGORIES = [{"name": "机构职能类", "count": 12, "share": "12.5"}, {"name": "政策法规类", "count": 40}]


@pytest.mark.parametrize("rule, report, published", [
    (rules.check_disclosure, _report(active_disclosure={"figures": {"total": 120, "categories": CATEGORIES}}), (
        "“主动公开政府信息情况”：各类别（机构职能类、政策法规类）之和为 52 条，而本年度主动公开总数为 120 条：请核对后改正其中一处")),
    (rules.check_disclosure, _report(active_disclosure={"figures": {"total": 120, "partial": True, "categories": CATEGORIES}}),
     "“主动公开政府信息情况”：“机构职能类”12 条占本年度 120 条的 10.0%，而报告写的占比为 12.5%"),
    (rules.check_applications, _report(applications={"figures": {"received": 9, "channels": [
        {"name": "当面", "count": 3}, {"name": "网上", "count": 5}]}}), (
        "“依申请公开政府信息情况”：各申请渠道之和（当面 3、网上 5）为 8 件，而收到申请数为 9 件：请核对后改正其中一处")),
    (rules.check_stated, _report(active_disclosure={"figures": {"total": 86}, "content": ["本年度主动公开政府信息90条。"]}), (
        "“主动公开政府信息情况”的正文写的是“主动公开政府信息90条”（90），而报告别处的“本年度主动公开数”为 86：请核对后改正其中一处")),
    (rules.check_preamble, _report({"text": ["本报告共分六个部分，分述如下。"]}), (
        "前言自写的段落已写了“个部分”，reportkit 还会接着生成“本报告分为……个部分”一句，前言就说了两次：重新排版前请删去自写的这一句")),
], ids=["categories-sum", "share", "channels", "R9", "preamble"])
def test_the_2008_rules_naming_a_data_key_have_a_published_wording_without_one(rule, report, published):
    found = list(rule(report))
    assert published in [f.published for f in found]
    assert [(f.message, f.published) for f in found if not DATA_WORD.search(f.message) or f.published is None
            or DATA_WORD.search(f.published)] == []  # each names a key, its published wording none
