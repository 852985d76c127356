"""表四 published with its 行政复议 part only (行政诉讼's two groups left out): one finding for the ten cells missing,
where there was one a cell (“表四“未经复议直接起诉”“结果维持”：原文的表中没有这一格” ten times)."""
from __future__ import annotations

import re

from test_check_published import check, report, web_page


def test_a_table_four_without_its_litigation_part_is_one_finding(tmp_path):
    page = web_page(report(2020, "江城县市场监督管理局"), tmp_path / "年报.html")
    html = page.read_text(encoding="utf-8")
    four = re.search(r'<table><tr><td colspan="5">行政复议</td>.*?</table>', html)[0]
    heads = "".join(f"<td>{o}</td>" for o in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"))
    figures = "".join(re.findall(r"<td>\d+</td>", four)[:5])
    page.write_text(html.replace(four, f'<table><tr><td colspan="5">行政复议</td></tr><tr>{heads}</tr>'
                                       f"<tr>{figures}</tr></table>"), encoding="utf-8")
    assert check(tmp_path, page) == [
        ("第 3 个表格", "warning", "import-cells",
         "表四“未经复议直接起诉”一组、“复议后起诉”一组：原文的表中没有这 10 格：请核对原件是否漏印了")]
