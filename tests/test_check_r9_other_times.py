"""``reportkit check`` on self-written published reports: R9 on a figure of another year or of part of
the year whose time stands in a clause of its own (“二〇二〇年，收到…”, “截至11月底，…”, “1至6月，…”), 予以公开 said to
take in 部分公开, “本年度，不予公开 N 件”; and the severity of a 2008-era list that does not add up. The sentences are
written for these tests; the tables are :mod:`test_check_published`'s (55 new, 4 carried over, 54 done: 22 予以公开,
6 部分公开, 8 不予公开 …) and examples/sample-2021.yaml's (year 2023: 48 new, 48 done, 24 予以公开, 5 部分公开,
2 不予公开)."""
from __future__ import annotations

import re

import pytest

from test_check_published import OK, _parts, check, docx_file, report, web_page
from test_check_published_2008 import page, table
from test_citations_wordings import NEW, r9

#: Sentences of the sample's text that are no table figure or agree with it; each warned before.
AGREE = {
    "别的年度写中文数字": "二〇二〇年收到政府信息公开申请43件。",
    "年份自成一个分句": "2020年，共收到政府信息公开申请43件。",
    "句首的年份管全句": "二〇二〇年，本局收到政府信息公开申请43件，予以公开17件。",
    "截至11月底": "截至11月底，共收到政府信息公开申请45件。",
    "1至6月": "1至6月，收到政府信息公开申请20件。",
    "7—12月": "7—12月收到政府信息公开申请28件。",
    "几月几日至几月几日": "1月1日至6月30日，收到政府信息公开申请20件。",
    "予以公开含部分公开": "本年度予以公开29件（含部分公开5件）。",
    "括号里写含部分公开": "全年予以公开（含部分公开）29件。",
}


@pytest.mark.parametrize("name", AGREE)
def test_a_figure_of_another_year_or_part_of_the_year_or_with_partly_granted_in_it_is_not_warned_about(name):
    assert r9(AGREE[name]) == []


#: Sentences of the sample's text whose figure is the table's and wrong: (sentence, the text the warning quotes, the
#: cell and its value).
DIFFER = {
    # not compared before (cautious: a clause before “不予公开” was taken for a reason)
    "本年度，不予公开": ("本年度，不予公开3件。", "不予公开3件", "表三“（三）不予公开”各项之和为 2"),
    # compared before with 予以公开 alone (24)
    "予以公开含部分公开": ("本年度予以公开30件（含部分公开5件）。", "予以公开30件",
                   "表三“（一）予以公开”与“（二）部分公开”的总计之和为 29"),
    # the report's own year, in a clause of its own, in Chinese numerals, or the whole year by months
    "本年度的年份自成一个分句": ("二〇二三年，新收政府信息公开申请49件。", "新收政府信息公开申请49件", NEW),
    "1月至12月": ("2023年1月至12月，收到政府信息公开申请49件。", "收到政府信息公开申请49件", NEW),
    "截至12月底": ("截至12月底，共收到政府信息公开申请49件。", "收到政府信息公开申请49件", NEW),
}


@pytest.mark.parametrize("name", DIFFER)
def test_a_figure_of_the_year_is_compared(name):
    sentence, said, cell = DIFFER[name]
    [(message, there)] = r9(sentence)
    assert message.startswith(f"正文写的是“{said}”，而{cell}：请改正其中一处")
    assert there.startswith(re.search(r"\d+件", said).group())


def copied_text(r: dict, path):
    """``r`` as a reviewer copies it from the site's page: the site's path above it, a table's cells parted by tabs,
    a row a line (a merged cell once, in its first row)."""
    lines = ["首页 > 政府信息公开 > 政府信息公开年度报告"]
    for kind, content in _parts(r):
        if kind != "table":
            lines.append(content)
            continue
        lines += ["\t".join(re.findall(r"<td[^>]*>(.*?)</td>", row)) for row in re.findall(r"<tr>(.*?)</tr>", content)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _report(year: int, agency: str, text: str) -> dict:
    r = report(year, agency)
    r["overview"][1] = text
    return r


#: Correct reports of several editions, agencies and forms, each with figures that are no table's or agree with it; each
#: had an R9 warning before.
CORRECT = {
    "省级部门 2022 网页：含部分公开、1-6月": (web_page, lambda: _report(2022, "江川省自然资源厅", (
        "（二）依申请公开。全年新收政府信息公开申请55件，同比增长约12%，加上上年结转的4件，需办理的共59件；办结54件，"
        "办结率91.5%，其中予以公开28件（含部分公开6件），占办结总数的51.9%。1-6月收到政府信息公开申请26件，下半年明显增多。"
        "厅属各单位另收到申请120件，由其各自答复。"))),
    "市政府 2019 DOCX：二〇一八年": (docx_file, lambda: _report(2019, "青河市人民政府", (
        "（二）依申请公开。全市各级行政机关共收到政府信息公开申请1,286件，其中市政府本级新收政府信息公开申请55件，"
        "比2018年的47件多8件。二〇一八年，市政府本级收到政府信息公开申请47件，予以公开17件。"))),
    "县政府 2024 复制的文字：截至11月底": (copied_text, lambda: _report(2024, "石门县人民政府", (
        "（二）依申请公开。本年度新收政府信息公开申请五十五件，上年结转四件，办结五十四件，结转下一年度继续办理五件；"
        "因政府信息公开被申请行政复议三件、被提起行政诉讼二件。截至11月底，已办结四十九件，其余在12月办结。"))),
    "乡镇 2023 网页：上半年、下半年": (web_page, lambda: _report(2023, "柳林镇人民政府", (
        "（二）依申请公开。新收政府信息公开申请共55件（另有咨询电话30余个，不计入申请）；上年结转4件，已于1月份全部办结。"
        "1至6月，镇政府收到政府信息公开申请21件；7月至12月，收到政府信息公开申请34件。全年不予公开8件，均书面说明了理由。"))),
    "省级部门 2025 DOCX：上一年写中文数字": (docx_file, lambda: _report(2025, "江川省教育厅", (
        "（二）依申请公开。二〇二五年，新收政府信息公开申请55件；二〇二四年，新收政府信息公开申请61件，下降约9.8%；"
        "其中约四成涉及招生考试。结转下年度继续办理5件，将在法定期限内答复。"))),
}


@pytest.mark.parametrize("name", CORRECT)
def test_a_correct_published_report_is_ok(tmp_path, name):
    write, make = CORRECT[name]
    suffix = {web_page: "html", docx_file: "docx", copied_text: "txt"}[write]
    rows = check(tmp_path, write(make(), tmp_path / f"report.{suffix}"))
    assert [r for r in rows if r[1] != "note"] == OK


def test_a_planted_figure_in_copied_text_is_found_at_its_line(tmp_path):
    """The copied text's form: “截至12月底” is the whole year, its wrong figure found on its line."""
    r = _report(2024, "石门县人民政府", "（二）依申请公开。截至12月底，共收到政府信息公开申请57件，全部按期答复。")
    path = copied_text(r, tmp_path / "report.txt")
    [(place, severity, rule, message)] = [row for row in check(tmp_path, path) if row[1] != "note"]
    assert (severity, rule) == ("warning", "R9")
    assert message.startswith("正文写的是“收到政府信息公开申请57件”，而表三“一、本年新收政府信息公开申请数量”的总计为 55")
    line = int(re.fullmatch(r"第 (\d+) 行", place).group(1))
    assert "57件" in path.read_text(encoding="utf-8").splitlines()[line - 1]


def _report_2008(year: int, applications: str) -> str:
    return page(f"石门县教育局{year}年政府信息公开工作年度报告",
                f"本报告根据《中华人民共和国政府信息公开条例》编写，统计期限为{year}年1月1日至{year}年12月31日。", [
                    "我局由办公室承担公开工作，各股室各有一名联络员。", "全年主动公开政府信息240条。", applications,
                    "本年度未收取任何费用。", "本年度没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
                    "学校信息公开的督促还不够，下一年度将开展一次抽查。"], f"{year + 1}年3月5日")


def test_a_2008_list_that_does_not_add_up_is_the_error_the_data_s_rule_reports(tmp_path):
    """Answers by outcome adding up to 10 beside a 合计 of 11: the data's rule on such figures is an error, so is
    ``check``'s finding on the published table; an inexact figure (“十余件”) stays a warning."""
    outcomes = table(("答复结果", "件数"), ("同意公开", 6), ("不予公开", 2), ("信息不存在", 2), ("合计", 11))
    path = tmp_path / "sum.html"
    path.write_text(_report_2008(2012, f"全年受理政府信息公开申请11件，按答复结果分列如下：\n{outcomes}"), encoding="utf-8")
    [(place, severity, rule, message)] = check(tmp_path, path)
    assert (place, severity, rule) == ("第 1 个表格第 5 行", "error", "import-figures")
    assert "所列各答复结果之和为 10 件，而“合计”一行为 11 件" in message
    path = tmp_path / "about.html"
    path.write_text(_report_2008(2013, "全年受理政府信息公开申请十余件，均已答复。"), encoding="utf-8")
    assert [(severity, rule) for _place, severity, rule, _m in check(tmp_path, path)] == [("warning", "import-figures")]
