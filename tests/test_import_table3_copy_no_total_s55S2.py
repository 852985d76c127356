"""A browser's copy (a row a line, cells a tab apart, merged cells once) of 表三 printed without its 总计 column: the
head's columns are found by its words as with the column, so the table is read, one import-totals error said and
its 勾稽 checked, where every row was missing (“表三没有这 23 行”) and all of 表三 left as placeholders."""
from __future__ import annotations

from _import_helpers import page_as_text
from test_check_published import applications, check, report, web_page
from test_import_table3_no_total_column_s55S import _without_totals


def test_a_copied_table_three_without_its_total_column_is_read_and_checked(tmp_path):
    t3 = applications("2019")
    t3["granted"][0] += 1  # 予以公开 one too many: R2 on 自然人
    page = web_page(report(2020, "江城县市场监督管理局", t3=t3), tmp_path / "年报.html")
    copy = tmp_path / "年报.txt"
    copy.write_text(page_as_text(_without_totals(page.read_text(encoding="utf-8"))), encoding="utf-8")
    rows = check(tmp_path, copy)
    assert [(severity, rule) for _, severity, rule, _ in rows] == [("error", "import-totals"), ("error", "R2")]
    assert rows[0][3].startswith("表三没有“总计”一列：各行的总计都没有印出")
    assert "“自然人”列" in rows[1][3]
