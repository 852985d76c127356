"""A published report whose parts are printed out of their order (四 with its table before 三 with its table, or 六
moved up after 一): one warning at the part moved, where check said 未发现问题 of it."""
from __future__ import annotations

from test_check_published import SECTION_TITLES, check, report, table_four, table_three, web_page


def _heading(title: str) -> str:
    return f'<p style="text-indent:2em"><strong>{title}</strong></p>'


def test_parts_printed_out_of_order_are_one_warning(tmp_path):
    r = report(2020, "江城县市场监督管理局")
    page = web_page(r, tmp_path / "年报.html")
    html = page.read_text(encoding="utf-8")
    three = _heading(SECTION_TITLES[2]) + table_three(r["edition"], r["t3"])
    four = _heading(SECTION_TITLES[3]) + table_four(r["t4"])
    page.write_text(html.replace(three + four, four + three), encoding="utf-8")
    assert check(tmp_path, page) == [
        ("第 13 段", "warning", "import-sections",
         f"部分“{SECTION_TITLES[2]}”印在“{SECTION_TITLES[3]}”之后，与国办公开办函〔2019〕60号规定的顺序不同"
         "（“收到和处理政府信息公开申请情况”是第三部分）：请按规定的顺序排列各部分")]

    six = html[html.index(_heading(SECTION_TITLES[5])):html.index('<p style="text-align:right">')]
    two = _heading(SECTION_TITLES[1])
    page.write_text(html.replace(six, "").replace(two, six + two), encoding="utf-8")
    assert check(tmp_path, page) == [
        ("第 11 段", "warning", "import-sections",
         f"部分“{SECTION_TITLES[5]}”印在“{SECTION_TITLES[1]}”之前，与国办公开办函〔2019〕60号规定的顺序不同"
         "（“其他需要报告的事项”是第六部分）：请按规定的顺序排列各部分")]
