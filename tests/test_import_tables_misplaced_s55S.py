"""A published report with its statistics tables under the wrong parts (表三 under “四、……” and 表四 under “三、……”,
or 表二 printed under “三、……” beside 表三 while “二、……” has none): the tables are read by their heads as before, and
the misplacement is one warning (two swapped tables one mistake, said once), where it was said nowhere."""
from __future__ import annotations

from test_check_published import applications, check, report, table_four, table_three, table_two, web_page


def test_tables_under_the_wrong_parts_are_said_once(tmp_path):
    r = report(2020, "江城县市场监督管理局", t3=applications("2019"))
    page = web_page(r, tmp_path / "年报.html")
    html = page.read_text(encoding="utf-8")
    two, three, four = table_two("2019", r["t2"]), table_three("2019", r["t3"]), table_four(r["t4"])
    page.write_text(html.replace(three, "\0").replace(four, three).replace("\0", four), encoding="utf-8")
    assert check(tmp_path, page) == [
        ("第 2 个表格", "warning", "import-tables",
         "表四和表三印反了：表四印在“收到和处理政府信息公开申请情况”部分之下，表三印在“政府信息公开行政复议、行政诉讼情况”"
         "部分之下；已按表格的内容读入；请核对原件，把两张表格对调")]

    page.write_text(html.replace(two, "").replace(three, two + three), encoding="utf-8")
    assert check(tmp_path, page) == [
        ("第 1 个表格", "warning", "import-tables",
         "表二印在“收到和处理政府信息公开申请情况”部分之下，而不是“主动公开政府信息情况”部分之下：已按表格的内容读作表二；"
         "请核对原件，把表格移到它所属的部分")]
