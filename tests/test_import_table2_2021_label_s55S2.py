"""A 2021-edition 表二 labelling its row 行政规范性文件 as the 2019 edition did (规范性文件): the row is read as 行政规范性
文件 with a note, its figures checked, where it was “不是2021版表二的行，未导入” and the row's cells placeholders."""
from __future__ import annotations

import yaml
from _import_helpers import imported
from test_check_published import check, report, table_two, web_page


def test_the_2019_label_of_normative_documents_in_a_2021_table_is_read(tmp_path):
    r = report(2021, "江城县商务局")
    page = web_page(r, tmp_path / "年报.html")
    two = table_two("2021", r["t2"])
    page.write_text(page.read_text(encoding="utf-8").replace(two, two.replace(">行政规范性文件<", ">规范性文件<")),
                    encoding="utf-8")
    assert check(tmp_path, page) == [
        ("第 1 个表格第 4 行", "note", "import-tables",
         "表二的“规范性文件”一行按2021版表二的“行政规范性文件”核对：规定的行名是“行政规范性文件”"),
        ("", "", "ok", "未发现问题")]
    data = yaml.safe_load(imported(page, tmp_path).target.read_text(encoding="utf-8"))["tables"]["active_disclosure"]
    assert data["normative_documents"] == {"issued": 3, "repealed": 1, "in_force": 17}
