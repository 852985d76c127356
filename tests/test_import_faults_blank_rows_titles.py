"""Three faults a crash hunt found in the import: a PDF's table 二 broken after a row whose next row, on the next
page, has its figures printed blank (the two were read as one row); a web page's or a DOCX's title parted from the
preamble by a line break only (“没有找到标题”); a note (注：…) under the 成文日期 (“没有找到成文日期”)."""
from __future__ import annotations

import datetime
from pathlib import Path

import docx
import pytest
import yaml

from _import_helpers import imported
from test_import_wild_shapes import PLUGINS, REPORT_TEXT, _html, _page, _pdf, _table_two

PREAMBLE = "本报告由本单位办公室汇总编写，所列数据均取自本单位的登记台账。"
REMARK = "注：本报告所列数字均以件计。"


def _load(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _messages(result) -> list[str]:
    return [f.message for f in result.findings]


# 1. A row of table 二 on the next page, its figures printed blank.

def _licensing_and_blank_services(two: str) -> str:
    """Table 二 with 行政许可 “11 | 减11（下放乡镇） | 17” over 其他对外管理服务事项 with its figures printed blank."""
    return two.replace("<td>12</td><td>增2</td><td>30</td>", "<td>11</td><td>减11（下放乡镇）</td><td>17</td>") \
        .replace("<td>其他对外管理服务事项</td><td>0</td><td>0</td><td>0</td>", "<td>其他对外管理服务事项</td><td></td><td></td><td></td>")


def _two_rows_read(result) -> None:
    two = _load(result)["tables"]["active_disclosure"]
    assert two["administrative_licensing"] == {"previous_year": 11, "change": {"value": -11, "note": "下放乡镇"},
                                               "decisions": 17}
    assert two["other_services"] == {"previous_year": 0, "change": 0, "decisions": 0}
    assert not [m for m in _messages(result) if "行政许可其他对外管理服务事项" in m or "表二没有" in m]


def test_a_pdf_row_of_table_two_with_blank_figures_after_a_page_break_is_a_row_of_its_own(tmp_path):
    """It was read as the rest of the row above, cut by the break: “表二中“行政许可其他对外管理服务事项”不是2019版表二的
    行”, and both rows' figures lost."""
    two = _licensing_and_blank_services(_table_two()).replace(
        "<tr><td>其他对外管理服务事项</td>", '<tr style="break-before: page"><td>其他对外管理服务事项</td>')
    _two_rows_read(imported(_pdf(tmp_path, _page(two=two)), tmp_path, PLUGINS, draft=True))


def test_a_web_pages_table_two_split_before_a_row_with_blank_figures_keeps_the_row(tmp_path):
    """A site's table 二 in two tables, the second starting with a row whose figures are printed blank."""
    two = _licensing_and_blank_services(_table_two()).replace(
        "<tr><td>其他对外管理服务事项</td>", "</table><table><tr><td>其他对外管理服务事项</td>")
    _two_rows_read(imported(_html(tmp_path, _page(two=two)), tmp_path, PLUGINS, draft=True))


# 2. The title and the preamble in one paragraph, a line break between them.

def _titled(result, agency: str, year: int) -> None:
    """The title read (the data leaves out a title as reportkit would print it), and the preamble under it."""
    data = _load(result)
    assert (data["agency"], data["year"], data.get("title")) == (agency, year, None)
    assert data["preamble"] == [PREAMBLE]
    assert not [m for m in _messages(result) if "标题" in m]


def test_a_web_pages_title_over_the_preamble_after_a_br_is_the_title(tmp_path):
    """The two were one paragraph: “没有找到标题”, and the title the preamble's first words."""
    page = _page().replace("<h2 style='text-align: center'>某县档案馆2019年政府信息公开工作年度报告</h2>",
                           f"<p>某县档案馆2019年政府信息公开工作年度报告<br>{PREAMBLE}</p>")
    _titled(imported(_html(tmp_path, page), tmp_path, PLUGINS, draft=True), "某县档案馆", 2019)


def test_a_docx_title_over_the_preamble_after_shift_enter_is_the_title(tmp_path):
    document = docx.Document()
    lines = REPORT_TEXT.replace("（一）公开目录\n（二）政策解读\n", "").splitlines()
    first = document.add_paragraph(lines[0])
    first.runs[0].add_break()
    first.add_run(PREAMBLE)
    for text in lines[1:]:
        document.add_paragraph(text)
    path = tmp_path / "report.docx"
    document.save(str(path))
    _titled(imported(path, tmp_path, PLUGINS, draft=True), "某县水务局", 2023)


# 3. A note under the 成文日期.

def _remark_sources(tmp_path: Path) -> dict[str, Path]:
    text = tmp_path / "report.txt"
    text.write_text(REPORT_TEXT + REMARK + "\n", encoding="utf-8")
    document = docx.Document()
    for line in (REPORT_TEXT + REMARK).splitlines():
        document.add_paragraph(line)
    document.save(str(tmp_path / "report.docx"))
    page = _page(closing=f"<p>{REMARK}</p>")
    return {"txt": text, "docx": tmp_path / "report.docx", "html": _html(tmp_path, page), "pdf": _pdf(tmp_path, page)}


@pytest.mark.parametrize("fmt", ["txt", "docx", "html", "pdf"])
def test_a_note_under_the_date_leaves_the_date_read_and_is_named(tmp_path, fmt):
    """The note, a sentence after the date, hid it: “没有找到成文日期”, and the date and the 署名 became text of
    part 六."""
    result = imported(_remark_sources(tmp_path)[fmt], tmp_path, PLUGINS, draft=True)
    data = _load(result)
    assert data["date"] == (datetime.date(2020, 1, 10) if fmt in ("html", "pdf") else datetime.date(2024, 1, 20))
    assert data["sections"]["other"] == ["本年度未收取信息处理费。"]
    assert f"成文日期之后的注“{REMARK}”未导入：需要时请写进正文" in _messages(result)
    assert not [m for m in _messages(result) if "没有找到成文日期" in m]
