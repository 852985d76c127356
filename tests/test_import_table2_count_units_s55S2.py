"""表二 (2021 edition) whose heads end in a unit of count, as some sites print them (本年制发件数（件）, 本年处理决定数量
（单位：件）): the columns are found by their words as without the unit, the figures read and check says 未发现问题,
where each row was “表头里没有这一列” and its cells placeholders."""
from __future__ import annotations

import yaml
from _import_helpers import imported, page_as_text
from test_check_published import OK, check, report, table_two, web_page


def test_table_two_heads_with_a_unit_of_count_are_read(tmp_path):
    r = report(2021, "江城县市场监督管理局")
    page = web_page(r, tmp_path / "年报.html")
    two = table_two("2021", r["t2"])
    counted = two.replace("本年制发件数", "本年制发件数（件）").replace("本年处理决定数量", "本年处理决定数量(单位:件)")
    page.write_text(page.read_text(encoding="utf-8").replace(two, counted), encoding="utf-8")
    copy = tmp_path / "年报.txt"
    copy.write_text(page_as_text(page.read_text(encoding="utf-8")), encoding="utf-8")
    assert check(tmp_path, page) == OK
    data = yaml.safe_load(imported(copy, tmp_path).target.read_text(encoding="utf-8"))["tables"]["active_disclosure"]
    assert data["normative_documents"] == {"issued": 3, "repealed": 1, "in_force": 17}
    assert [data[key] for key in ("administrative_licensing", "administrative_penalty")] == [
        {"decisions": 412}, {"decisions": 96}]
