"""``reportkit check`` words its findings for whom reads a published report: no key of the data file (``year``,
``agency_type`` …) in any message, no advice to edit the data file, a title without the year reported once;
``reportkit validate`` of the same data keeps the data file's wording. The reports are written for these tests."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

from test_check_published import OTHER_2021, PLANTED, _add, applications, docx_file, report, web_page

#: A word of the data file in a message: an ASCII name (``agency_type``, ``year``) or ``key: value``.
DATA_WORD = re.compile(r"(?<![A-Za-z0-9_.])(?!reportkit\b)[a-z][a-z_]{2,}(?![A-Za-z0-9_])|\w+: \w+")

PAGE_2008 = """<html><head><meta charset="utf-8"></head><body>
<h1>某县林业局{title_year}政府信息公开工作年度报告</h1>
<p>依照《中华人民共和国政府信息公开条例》，本报告的统计期限为2012年1月1日至2013年12月31日。</p>
<p>一、概述</p>
<p>局里指定办公室承办公开事务，各股室各自整理本股室的信息。</p>
<p>二、主动公开政府信息情况</p>
<p>全年主动公开政府信息86条，都发在局网站上。</p>
<p>三、依申请公开政府信息情况</p>
<p>全年没有收到公开申请。</p>
<p>四、政府信息公开复议、诉讼和申诉情况</p>
<p>没有因政府信息公开引起的复议和诉讼。</p>
<p>五、政府信息公开的收费及减免情况</p>
<p>没有收取任何费用。</p>
<p>六、政府信息公开工作存在的主要问题及改进措施</p>
<p>栏目更新慢了一些，下一年按月检查更新情况。</p>
<p style="text-align:right">某县林业局</p>
<p style="text-align:right">2013年3月18日</p>
</body></html>
"""


def _late_department(folder: Path) -> Path:
    """A department's report dated after 1月31日, an application dropped for an unpaid fee while part 六 says no
    notice was sent (R10), a figure of the text that 表三 does not give (R9), an attachment named before the signature."""
    t3 = applications("2021")
    _add(t3, OTHER_2021[1], 0, 1)
    _add(t3, "total", 0, 1)
    _add(t3, "forward", 0, -1)
    r = report(2021, "安平县交通运输局", t3=t3, date="2022年3月1日")
    r["overview"][1] = "（二）依申请公开。本年度共收到政府信息公开申请61件，全部按期答复。"
    page = web_page(r, folder / "late.html")
    html = page.read_text(encoding="utf-8")
    signature = '<p style="text-align:right">安平县交通运输局</p>'
    page.write_text(html.replace(signature, "<p>附件：政府信息公开申请办理台账</p>" + signature, 1), encoding="utf-8")
    return page


def _government_period(folder: Path) -> Path:
    """A people's government's report dated after 3月31日, whose preamble gives last year's period."""
    return web_page(report(2021, "安平县人民政府", date="2022年4月15日", period="2020年1月1日至2020年12月31日"),
                    folder / "government.html")


def _title_without_year(folder: Path) -> Path:
    page = web_page(report(2021, "安平县水利局"), folder / "untitled.html")
    html = page.read_text(encoding="utf-8").replace("<h1>安平县水利局2021年", "<h1>安平县水利局")
    page.write_text(html, encoding="utf-8")
    return page


def _page_2008(title_year: str):
    def write(folder: Path) -> Path:
        page = folder / f"linye{title_year or '-untitled'}.html"
        page.write_text(PAGE_2008.format(title_year=title_year), encoding="utf-8")
        return page
    return write


FAULTY = {"部门逾期、收费、正文数字、附件": _late_department, "政府逾期、前言统计期限": _government_period,
          "标题没有年度": _title_without_year, "2008 版前言统计期限": _page_2008("2013年"),
          "2008 版标题没有年度": _page_2008("")}


def _planted(name: str):
    """A report of test_check_published with one error planted (R1, R3, R9, R10, R12, the deadline, blank totals)."""
    def write(folder: Path) -> Path:
        fmt, make, _expected = PLANTED[name]
        agency = "安平县人民政府" if name == "地方政府4月成文" else "安平县交通运输局"
        return (web_page if fmt == "html" else docx_file)(make(agency), folder / f"planted.{fmt}")
    return write


#: Published reports that set off each rule a published report can break, and the import's findings.
PUBLISHED = FAULTY | {f"planted: {name}": _planted(name) for name in PLANTED}


def check(folder: Path, path: Path, *options: str) -> list[dict]:
    out = folder / "r.csv"
    result = CliRunner().invoke(cli, ["check", str(path), "--report", str(out), "-j", "1", *options])
    assert result.exit_code == 1, result.output
    with open(out, encoding="utf-8-sig", newline="") as f:
        return [row for row in csv.DictReader(f) if row["rule"] != "import-skipped"]


@pytest.mark.parametrize("name", PUBLISHED)
def test_no_finding_of_check_names_a_data_key(tmp_path, name):
    """Every row ``check`` writes, of any rule or of the import, is free of the data file's keys."""
    rows = check(tmp_path, PUBLISHED[name](tmp_path))
    assert rows
    said = [(row["rule"], row["message"].removesuffix(f"（{row['rule']}）")) for row in rows]  # the rule's own id
    assert [(rule, message) for rule, message in said if DATA_WORD.search(message)] == []


def _message(rows: list[dict], rule: str) -> str:
    [message] = [row["message"] for row in rows if row["rule"] == rule]
    return message


def test_the_deadline_says_the_agency_type_was_taken_from_the_name(tmp_path):
    department = check(tmp_path, _late_department(tmp_path))
    assert _message(department, "deadline").endswith(
        "县级以上人民政府部门应于 2022年1月31日 前公布上一年度的年度报告"
        "（按发布机关的名称推定为政府部门；发布机关是地方人民政府的，公布时限为次年3月31日）（deadline）")
    government = check(tmp_path, _government_period(tmp_path))
    assert _message(government, "deadline").endswith(
        "地方人民政府应于 2022年3月31日 前公布上一年度的年度报告（按发布机关的名称推定为地方人民政府）（deadline）")


def test_r9_r10_and_the_attachment_give_no_advice_on_the_data_file(tmp_path):
    rows = check(tmp_path, _late_department(tmp_path))
    assert _message(rows, "R10").endswith("写明本年度发出收费通知的件数和金额、实际收取的金额；收费通知是上年发出的，请在第六部分说明（R10）")
    assert "【" not in _message(rows, "R9")
    assert _message(rows, "import-attachments") == "署名前的附件说明“附件：政府信息公开申请办理台账”未导入：附件没有导入"


@pytest.mark.parametrize("make, year", [(_government_period, 2021), (_page_2008("2013年"), 2013)])
def test_r11_names_the_report_year_without_its_key(tmp_path, make, year):
    stated = 2020 if year == 2021 else 2012
    assert _message(check(tmp_path, make(tmp_path)), "R11") == f"前言中的统计期限提到 {stated} 年，而报告年度为 {year}（R11）"


@pytest.mark.parametrize("make, title", [(_title_without_year, "第 2 段"), (_page_2008(""), "第 1 段")])
def test_a_title_without_the_year_is_one_finding(tmp_path, make, title):
    """The import says the title has no year and where the year was taken from; R11 does not say it again."""
    rows = check(tmp_path, make(tmp_path))
    at_title = [(row["rule"], row["message"][:9]) for row in rows if row["place"] == title]
    assert at_title == [("import-metadata", "标题里没有报告年度")]


def test_validate_of_the_data_file_keeps_its_wording(tmp_path):
    """The data file ``check -o`` keeps: ``validate`` names its keys, as the clerk who edits it needs."""
    rows = check(tmp_path, _government_period(tmp_path), "-o", str(tmp_path / "kept"))
    assert "agency_type" not in _message(rows, "deadline")
    [data] = (tmp_path / "kept").rglob("*.yaml")
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert "地方人民政府应于 2022年3月31日 前公布上一年度的年度报告（agency_type: government）（deadline）" in result.output
    assert "前言中的统计期限提到 2020 年，而报告年度 year 为 2021（R11）" in result.output
