"""Nothing around a statistics table is dropped in silence: a row one cell across over table 三's or 四's head that is
no caption, and one under the table (注：…), is noted “未导入” in a DOCX, a web page and an office's PDF, and stays
text of its part in a copy to a text file. Table 四 turned (a row per result) reads from a copy, its cells parted by
tabs or spaces; a head 合计 with （件） broken onto the next line of a tab-parted copy is joined back."""
from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from reportkit.plugins import load_plugins

from _import_helpers import (
    SOFFICE, imported, libreoffice_pdf, page_as_text, render_source, review_turned)
from test_import_captions_brackets import _FIGURE_ROW, EXPECTED, _copy_with_four, _import_text, _read

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
#: Rows across tables 三 and 四 (by their index among the report's tables): over the head, under the table.
ACROSS = {1: ("本表统计范围含所属事业单位", "注：本表数据截至2023年12月31日"),
          2: ("数据截至2023年12月31日", "说明：不含已撤回的案件")}
NOTES = ["表三表头上方的“本表统计范围含所属事业单位”未导入", "表三表格下方的“注：本表数据截至2023年12月31日”未导入",
         "表四表头上方的“数据截至2023年12月31日”未导入", "表四表格下方的“说明：不含已撤回的案件”未导入"]


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Path:
    return render_source(SAMPLE, "docx", tmp_path_factory.mktemp("plain"), PLUGINS)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    return render_source(SAMPLE, "html", tmp_path_factory.mktemp("page"), PLUGINS).read_text(encoding="utf-8")


def _docx_across(plain: Path, folder: Path, across: dict) -> Path:
    """``plain`` with a row one cell across over and under each table ``across`` names."""
    document = docx.Document(str(plain))
    for n, (over, under) in across.items():
        table = document.tables[n]
        row = table.add_row()
        table.rows[0]._tr.addprevious(row._tr)
        table.rows[0].cells[0].merge(table.rows[0].cells[-1]).text = over
        if under:
            last = table.add_row()
            last.cells[0].merge(last.cells[-1]).text = under
    target = folder / "across.docx"
    document.save(str(target))
    return target


def _page_across(page: str, across: dict) -> str:
    """The web page with a row one cell across over and under each table ``across`` names."""
    for n, (over, under) in across.items():
        start = [m.start() for m in re.finditer("<table", page)][n]
        end = page.index("</table>", start)
        table = page[start:end]
        first = table.index("<tr")
        table = (table[:first] + f'<tr><td colspan="15">{over}</td></tr>' + table[first:]
                 + f'<tr><td colspan="15">{under}</td></tr>')
        page = page[:start] + table + page[end:]
    return page


def test_rows_across_table_three_and_four_of_a_docx_are_noted(plain, tmp_path):
    """Table 三's row over its head and table 四's two were dropped without a word; table 三's row under it was “不是
    2021版表三的行”. Each is now noted by where it stood; the data is the plain report's."""
    expected = _read(imported(plain, tmp_path, PLUGINS))
    data, messages = _read(imported(_docx_across(plain, tmp_path, ACROSS), tmp_path, PLUGINS))
    assert data == expected[0]
    assert [m for m in messages if m not in expected[1]] == NOTES


def test_rows_across_a_web_pages_tables_are_noted_and_text_in_its_copy(page, tmp_path):
    """In a web page as in a DOCX; its copy to a text file has each row on a line of its own, no table's row: the lines
    are the text of the part the table is in, no note needed."""
    expected = _import_text(tmp_path, "page.html", page)
    data, messages = _import_text(tmp_path, "across.html", _page_across(page, ACROSS))
    assert data == expected[0]
    assert [m for m in messages if m not in expected[1]] == NOTES
    copied, copy_messages = _import_text(tmp_path, "across.txt", page_as_text(_page_across(page, ACROSS)))
    assert copy_messages == _import_text(tmp_path, "page.txt", page_as_text(page))[1]
    assert copied["sections"]["applications"][-2:] == list(ACROSS[1])
    assert copied["sections"]["review_litigation"] == list(ACROSS[2])


def test_a_caption_row_across_table_three_or_four_stays_silent(plain, tmp_path):
    """A caption (表二　收到和处理政府信息公开申请情况) or a unit (单位：件) in the first row is no remark: no note."""
    expected = _read(imported(plain, tmp_path, PLUGINS))
    captions = {1: ("表二　收到和处理政府信息公开申请情况", ""), 2: ("单位：件", "")}
    assert _read(imported(_docx_across(plain, tmp_path, captions), tmp_path, PLUGINS)) == expected


@pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice")
def test_rows_across_in_an_offices_pdf_are_noted_or_text(plain, tmp_path):
    """The DOCX exported to PDF by LibreOffice: table 三's rows and table 四's under it are noted; table 四's row over
    its head comes as a line apart from the table, the text of part 四."""
    expected = _read(imported(libreoffice_pdf(plain), tmp_path, PLUGINS))
    data, messages = _read(imported(libreoffice_pdf(_docx_across(plain, tmp_path, ACROSS)), tmp_path, PLUGINS))
    assert data["tables"] == expected[0]["tables"]
    assert [m for m in messages if m not in expected[1]] == [*NOTES[:2], NOTES[3]]
    assert data["sections"]["review_litigation"] == [ACROSS[2][0]]


# Table 四 turned, copied ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sep", ["\t", " "], ids=["tabs", "spaces"])
def test_table_four_turned_reads_from_a_copy(page, tmp_path, sep):
    """Table 四 turned (结果维持 2 1 1 …), its head's merged cells written once: with tabs every cell was a placeholder
    (“原文有 5 行数字”), with spaces the rows were part 四's text and 没有找到表四. Each figure now reads in the group its
    head names in its place."""
    expected = _import_text(tmp_path, "page.txt", page_as_text(page).replace("\t", sep))
    data, messages = _import_text(tmp_path, "turned.txt", page_as_text(review_turned(page)).replace("\t", sep))
    assert data["tables"]["review_litigation"] == expected[0]["tables"]["review_litigation"]
    assert messages == expected[1]
    assert "review_litigation" not in data["sections"]


def test_a_head_and_its_unit_broken_onto_the_next_line_of_a_tab_copy_are_joined(page, tmp_path):
    """The last head 合计（件） broken after 合计: （件） was a table of its own and table 四 had no row of figures."""
    units = [f"{head}（件）" for head in ("维持", "纠正", "其他", "未审结", "合计")]
    lines = [["行政复议", "行政诉讼"], ["未经复议直接起诉", "复议后起诉"], [*units * 2, *units[:4], "合计"], ["（件）"],
             _FIGURE_ROW]
    data, messages = _import_text(tmp_path, "copy.txt", _copy_with_four(page, lines, "\t"))
    assert data["tables"]["review_litigation"] == EXPECTED
    assert not [m for m in messages if "表四" in m or "这个表格不是" in m]
    assert "review_litigation" not in data["sections"]
