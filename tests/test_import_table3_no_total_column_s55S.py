"""表三 published without its 总计 column (the six applicant columns only): one import-totals error for the table,
each row's total computed and R1/R2 checked on the six columns, where it was a warning “表头里没有这一列” for each of
the 23 rows, every total a placeholder and no 勾稽 rule run."""
from __future__ import annotations

import re

from test_check_published import applications, check, report, web_page


def _without_totals(html: str) -> str:
    """表三 of ``html`` without its 总计 column (each row's last cell)."""
    html = html.replace('<td colspan="7">申请人情况</td>', '<td colspan="6">申请人情况</td>')
    html = html.replace('<td rowspan="2">总计</td>', "", 1)  # not 表四's
    return re.sub(r"(<tr>(?:<td[^>]*>[^<]*[^<\d][^<]*</td>)+(?:<td>\d+</td>){6})<td>\d+</td></tr>", r"\1</tr>", html)


def test_a_table_three_without_its_total_column_is_one_finding_and_still_checked(tmp_path):
    t3 = applications("2019")
    t3["granted"][0] += 1  # 予以公开 one too many: R2 on 自然人 (the row's 总计, not printed, cannot say R3)
    page = web_page(report(2020, "江城县市场监督管理局", t3=t3), tmp_path / "年报.html")
    page.write_text(_without_totals(page.read_text(encoding="utf-8")), encoding="utf-8")

    rows = check(tmp_path, page)
    assert [(place, severity, rule) for place, severity, rule, _ in rows] == [
        ("第 2 个表格", "error", "import-totals"), ("第 2 个表格第 25 行", "error", "R2")]
    assert rows[0][3] == ("表三没有“总计”一列：各行的总计都没有印出，应为自然人至其他六列之和；已按六列之和核对勾稽关系，"
                          "请核对原件是否漏印了这一列")
    assert "“自然人”列" in rows[1][3]
