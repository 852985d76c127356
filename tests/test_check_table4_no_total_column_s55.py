"""表四 published without its 总计 columns: in check one import-totals error, as 表三 without its 总计 column is
(tests/test_import_table3_no_total_column_s55S.py), its totals computed by reportkit; it was a note, so a
table that leaves out a total the official one prints passed as 未发现问题."""
from __future__ import annotations

from test_check_published import REVIEW, check, report, table_four, web_page


def _without_totals(t4: list) -> str:
    """:func:`table_four` of ``t4`` with no 总计 column under any group."""
    outcomes = ("结果维持", "结果纠正", "其他结果", "尚未审结")
    figures = [n for k, n in enumerate(t4) if k % 5 != 4]
    return ('<table><tr><td colspan="4">行政复议</td><td colspan="8">行政诉讼</td></tr><tr>'
            + "".join(f'<td rowspan="2">{o}</td>' for o in outcomes)
            + '<td colspan="4">未经复议直接起诉</td><td colspan="4">复议后起诉</td></tr>'
            + "<tr>" + "".join(f"<td>{o}</td>" for o in outcomes * 2) + "</tr><tr>"
            + "".join(f"<td>{n}</td>" for n in figures) + "</tr></table>")


def test_a_table_four_without_its_total_columns_is_one_totals_error_in_check(tmp_path):
    page = web_page(report(2021, "江城县市场监督管理局"), tmp_path / "年报.html")
    html = page.read_text(encoding="utf-8")
    assert table_four(list(REVIEW)) in html
    page.write_text(html.replace(table_four(list(REVIEW)), _without_totals(list(REVIEW))), encoding="utf-8")

    rows = check(tmp_path, page)
    assert [(severity, rule) for _, severity, rule, _ in rows] == [("error", "import-totals")]
    assert rows[0][3] == ("表四“行政复议”“未经复议直接起诉”“复议后起诉”没有“总计”一列：总计都没有印出，应为各项之和；"
                          "已按各项之和核对勾稽关系，请核对原件是否漏印了这一列")
