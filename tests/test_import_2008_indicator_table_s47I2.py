"""A 2008-edition report whose attachment is the 统计指标｜单位｜统计数 table, exported to PDF by LibreOffice and copied
with ``pdftotext -layout``: the names wrap in the narrow first column, the group rows (一、主动公开情况) have blank or
merged cells across the table. The copy's import has the table's rows as the DOCX's import has them. The agency,
sentences and figures are made up for these tests."""
from __future__ import annotations

import shutil

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from _import_helpers import SOFFICE, data_of, layout_imports

pytestmark = [pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice"),
              pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext (poppler-utils) installed")]

TITLE = "青川县民政局2016年政府信息公开情况统计表"
COLUMNS = ["统计指标", "单位", "统计数"]
#: Group rows (no unit, no figure) and the rows under them; some names too long for the first column's one line.
ROWS = [
    ["一、主动公开情况", "", ""],
    ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "866"],
    ["其中：主动公开规范性文件数", "条", "27"],
    ["制发规范性文件总数", "件", "35"],
    ["（二）通过不同渠道和方式公开政府信息的情况", "", ""],
    ["1.政府公报公开政府信息数", "条", "12"],
    ["2.政府网站公开政府信息数", "条", "790"],
    ["二、依申请公开情况", "", ""],
    ["（一）收到申请数", "件", "9"],
    ["1.当面申请数", "件", "2"],
    ["（二）申请办结数", "件", "9"],
    ["三、政府信息公开收费及减免情况", "", ""],
    ["（一）依申请提供政府信息收取的费用", "万元", "0"],
    ["四、因政府信息公开申请行政复议、提起行政诉讼情况", "", ""],
    ["（一）维持具体行政行为数", "件", "0"],
    ["五、政府信息公开保障情况", "", ""],
    ["（一）政府信息公开专项经费", "万元", "1.5"],
    ["（二）召开政府信息公开工作会议或专题会议数", "次", "3"],
]
PARTS = [("一、概述", "局办公室承办公开工作，每季度核对一次公开目录。"),
         ("二、主动公开政府信息的情况", "全年主动公开政府信息866条，分类数字见附表。"),
         ("三、依申请公开政府信息和不予公开政府信息的情况", "全年收到公开申请9件，都已按期办结。"),
         ("四、政府信息公开的收费及减免情况", "没有收取费用。"),
         ("五、因政府信息公开申请提起行政复议、行政诉讼的情况", "没有发生行政复议和行政诉讼。"),
         ("六、存在的主要问题和改进情况", "基层站所的信息报送不够及时，明年纳入月度考核。")]


def _docx(path, merged: bool) -> None:
    """The report with its table over the 署名, the group rows' cells ``merged`` across the table or left blank."""
    document = docx.Document()
    document.add_paragraph("青川县民政局2016年政府信息公开工作年度报告").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in PARTS:
        for text in part:
            document.add_paragraph(text)
    document.add_paragraph(f"附表：{TITLE}")
    table = document.add_table(rows=len(ROWS) + 1, cols=3)
    table.style = "Table Grid"
    for r, row in enumerate([COLUMNS, *ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
            if c:
                table.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if merged and r and not row[1]:
            table.cell(r, 0).merge(table.cell(r, 2))
    for row in table.rows:
        for cell, width in zip(row.cells, (Cm(9), Cm(2), Cm(3))):
            cell.width = width
    for text in ("青川县民政局", "2017年3月15日"):
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(str(path))


@pytest.fixture(scope="module")
def imports(tmp_path_factory):
    """For each of blank and merged group rows: the copy's lines, and the tables the DOCX and the copy import to."""
    folder = tmp_path_factory.mktemp("indicators")
    sources = {kind: folder / f"{kind}.docx" for kind in ("blank", "merged")}
    for kind, source in sources.items():
        _docx(source, kind == "merged")

    def table(result) -> dict:
        return (data_of(result).get("attachments") or [{}])[0].get("table") or {"columns": [], "rows": []}

    return {kind: (lines, table(from_docx), table(from_copy))
            for kind, (lines, from_docx, from_copy) in layout_imports(sources).items()}


def _cells(table: dict) -> list[list[str]]:
    """A table's rows as texts, a merged row's text as its first cell."""
    return [[str(cell["text"] if isinstance(cell, dict) else cell) for cell in row] for row in table["rows"]]


@pytest.mark.parametrize("kind", ["blank", "merged"])
def test_the_copy_imports_the_table_s_figures_as_the_docx_does(imports, kind):
    _, from_docx, from_copy = imports[kind]
    assert from_copy["columns"] == COLUMNS
    figures = [row for row in _cells(from_docx) if len(row) == 3 and row[2]]
    assert figures == [row for row in ROWS if row[2]]  # the DOCX's import, as written
    assert [row for row in _cells(from_copy) if len(row) == 3 and row[2]] == figures


@pytest.mark.parametrize("kind", ["blank", "merged"])
def test_a_name_wrapped_in_the_first_column_stays_one_name(imports, kind):
    lines, _, from_copy = imports[kind]
    assert "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）" not in [line.strip() for line in lines]  # it wraps
    names = [row[0] for row in _cells(from_copy)]
    for name in ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "其中：主动公开规范性文件数",
                 "（二）召开政府信息公开工作会议或专题会议数"):
        assert names.count(name) == 1


@pytest.mark.parametrize("kind", ["blank", "merged"])
def test_a_group_row_stays_a_row(imports, kind):
    _, _, from_copy = imports[kind]
    rows = _cells(from_copy)
    groups = [row[0] for row in ROWS if not row[1]]
    assert [row[0] for row in rows if not any(row[1:])] == groups
    assert len(rows) == len(ROWS)
