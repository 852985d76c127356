"""表三 printed with a row of subtotals over a group of its rows (“（三）不予公开” or “小计” over the eight rows under
it, as some templates do): the official table has no such row, so it is not imported; a subtotal that is its rows'
sum is a note, one that is not an error of the published table, at its row. Such a row was a warning
“表三中“小计”不是2019版表三的行，未导入” each, and a subtotal that did not add up went unsaid."""
from __future__ import annotations

import re

from _import_helpers import page_as_text
from test_check_published import DENIED, UNABLE, applications, check, report, web_page


def _subtotal(t3: dict, items: tuple, label: str, off: int = 0) -> str:
    sums = [sum(t3[item][c] for item in items) for c in range(7)]
    sums[0] += off
    return f"<td>{label}</td>" + "".join(f"<td>{v}</td>" for v in sums) + "</tr><tr>"


def test_subtotal_rows_of_table_three_are_checked_not_imported(tmp_path):
    t3 = applications("2019")
    page = web_page(report(2020, "江城县市场监督管理局", t3=t3), tmp_path / "年报.html")
    html = page.read_text(encoding="utf-8")
    for group, items, label, off in (("（三）不予公开", DENIED, "小计", 0), ("（四）无法提供", UNABLE, "（四）无法提供", 2)):
        html = html.replace(f'<td rowspan="{len(items)}">{group}</td>',
                            f'<td rowspan="{len(items) + 1}">{group}</td>' + _subtotal(t3, items, label, off))
    html = html.replace('<td rowspan="20">三、本年度办理结果</td>', '<td rowspan="22">三、本年度办理结果</td>')
    page.write_text(html, encoding="utf-8")

    assert check(tmp_path, page) == [
        ("第 2 个表格第 17 行", "error", "import-cells",
         "表三“（四）无法提供”一行印的是其下 3 行的小计（官方表格没有这一行，未导入），而“自然人”列印的是 10，"
         "其下各行之和为 8：请核对原件，改正这一行的小计或其下各行的数"),
        ("第 2 个表格第 8 行", "note", "import-tables",
         "表三多印了“（三）不予公开”这一行小计（官方表格只有其下各行）：都等于其下各行之和，未导入")]


def _with_subtotal_column(html: str, wrong_row: str) -> str:
    """表三 of ``html`` with a column of 法人或其他组织's subtotals before 总计, 1 too many in ``wrong_row``."""
    def row(m: re.Match) -> str:
        figures = re.findall(r"<td>(\d+)</td>", m[2])
        if len(figures) != 7:
            return m[0]
        sub = sum(map(int, figures[1:6])) + (1 if wrong_row in m[1] else 0)
        return m[0].replace(f"<td>{figures[-1]}</td></tr>", f"<td>{sub}</td><td>{figures[-1]}</td></tr>")

    html = html.replace('<td colspan="7">申请人情况</td>', '<td colspan="8">申请人情况</td>')
    html = html.replace('<td colspan="5">法人或其他组织</td>', '<td colspan="6">法人或其他组织</td>')
    html = html.replace("<td>其他</td></tr>", "<td>其他</td><td>小计</td></tr>", 1)
    return re.sub(r"<tr>((?:<td[^>]*>[^<]*[^<\d][^<]*</td>)+)((?:<td>\d+</td>){7})</tr>", row, html)


def test_a_subtotal_column_of_table_three_is_checked_not_imported(tmp_path):
    t3 = applications("2019")
    page = web_page(report(2020, "江城县市场监督管理局", t3=t3), tmp_path / "年报.html")
    page.write_text(_with_subtotal_column(page.read_text(encoding="utf-8"), "no such row"), encoding="utf-8")
    assert check(tmp_path, page) == [
        ("第 2 个表格第 4 行", "note", "import-tables",
         "表三多印了法人或其他组织的“小计”一列（官方表格没有这一列）：各行都等于商业企业至其他五列之和，未导入"),
        ("", "", "ok", "未发现问题")]

    page.write_text(_with_subtotal_column(web_page(report(2020, "江城县市场监督管理局", t3=t3), tmp_path / "b.html")
                                          .read_text(encoding="utf-8"), "2.重复申请"), encoding="utf-8")
    assert check(tmp_path, page) == [
        ("第 2 个表格第 20 行", "error", "import-cells",
         "表三“2.重复申请”一行的“小计”（法人或其他组织五列之和，官方表格没有这一列，未导入）印的是 1，"
         "而商业企业至其他五列之和为 0：请核对原件，改正小计或这五列的数")]


def test_a_subtotal_column_in_a_copied_table_is_read_by_the_head(tmp_path):
    """A browser's copy (a row a line, cells a tab apart, merged cells once): with the 小计 column the head's columns
    were not found, each row's label was taken for a figure (“表三中“38”不是2019版表三的行”) and 表三 left blank."""
    page = web_page(report(2020, "江城县市场监督管理局", t3=applications("2019")), tmp_path / "年报.html")
    copy = tmp_path / "年报.txt"
    copy.write_text(page_as_text(_with_subtotal_column(page.read_text(encoding="utf-8"), "2.重复申请")), encoding="utf-8")
    rows = check(tmp_path, copy)
    assert [(severity, rule) for _, severity, rule, _ in rows] == [("error", "import-cells")]
    assert rows[0][3].startswith("表三“2.重复申请”一行的“小计”（法人或其他组织五列之和，官方表格没有这一列，未导入）印的是 1，")
