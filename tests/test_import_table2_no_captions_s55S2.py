"""表二 on a web page printed without its 第二十条第（N）项 captions (each block's head row 信息内容 … and its rows
only): read by the head and its rows' labels, where the table was “这个表格不是表二、表三或表四，未导入” and check said
“没有找到表二”. A report's own table headed 信息内容 with other columns is still no 表二 (said as before)."""
from __future__ import annotations

import re

import yaml
from _import_helpers import imported
from test_check_published import OK, check, report, table_two, web_page


def test_table_two_without_its_captions_is_read(tmp_path):
    for year, agency in ((2021, "江城县商务局"), (2020, "江城县水利局")):
        r = report(year, agency)
        page = web_page(r, tmp_path / f"{year}.html")
        two = table_two(r["edition"], r["t2"])
        bare = re.sub(r'<tr><td colspan="4">第二十条第（.）项</td></tr>', "", two)
        page.write_text(page.read_text(encoding="utf-8").replace(two, bare), encoding="utf-8")
        assert check(tmp_path, page) == OK
    data = yaml.safe_load(imported(page, tmp_path).target.read_text(encoding="utf-8"))["tables"]["active_disclosure"]
    assert data["administrative_licensing"]["decisions"] == 389 and data["normative_documents"]["total_published"] == 26


def test_a_table_of_its_own_headed_information_content_is_no_table_two(tmp_path):
    r = report(2021, "江城县商务局")
    r["overview"] = [*r["overview"], "<table><tr><td>信息内容</td><td>发布条数</td></tr><tr><td>规章</td><td>3</td></tr></table>"]
    page = web_page(r, tmp_path / "年报.html")
    assert check(tmp_path, page) == [("第 1 个表格", "warning", "import-tables", "这个表格不是表二、表三或表四，未导入")]
