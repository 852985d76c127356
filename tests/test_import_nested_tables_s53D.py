"""A table nested in a cell of a PDF's or a web page's table (牵头 and 配合 units in a small table of their own) read cell
by cell: its cells were run together into one (“牵头供水科配合监测站”) where LibreOffice exported the DOCX and in the
web page, and the page printed by Chromium lost the whole table holding it (taken for the site's layout, its cells a
column beside the article). Each of its cells is now a cell of the table, the cell holding it keeps its own text
(“分工如下：” over it), and a note says where the small table's cells went. The inputs are written for these tests."""
from __future__ import annotations

import pytest
import yaml
from docx import Document

from _import_helpers import CHROMIUM, SOFFICE, chromium_pdf, imported, libreoffice_pdfs

LINES = ["城西区水务局2024年政务公开工作方案", "为做好本局政务公开工作，制定本方案。", "一、工作目标",
         "年内按目录公开供水、排水信息。", "二、主要任务", "（一）公开供水水质。每月公布出厂水检测结果，由供水科负责。",
         "（二）公开排水许可。许可决定作出后七日内公开，由许可科负责。", "三、保障措施", "各单位按附件的分工维护专栏。",
         "附件：专栏栏目维护分工表", "城西区水务局", "2024年2月6日", "附件", "专栏栏目维护分工表"]
HEAD = ["序号", "栏目名称", "维护分工"]
#: The small table in the first row's 维护分工 cell.
NESTED = [["牵头", "供水科"], ["配合", "监测站"]]
NOTE = "表格的一格里套着一个 2 行 2 列的小表格，它的各格分开读作这张表格"


def _docx(path, lead: str | None):
    """The plan as a DOCX, its attachment's first row's last cell holding ``lead`` over :data:`NESTED` (None: the
    small table at the cell's top)."""
    document = Document()
    for line in LINES:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for j, text in enumerate(HEAD):
        table.cell(0, j).text = text
    table.cell(1, 0).text, table.cell(1, 1).text = "1", "供水水质"
    table.cell(2, 0).text, table.cell(2, 1).text, table.cell(2, 2).text = "2", "排水许可", "许可科"
    nested = table.cell(1, 2).add_table(rows=2, cols=2)
    first = table.cell(1, 2).paragraphs[0]
    if lead is None:
        first._p.getparent().remove(first._p)
    else:
        first.text = lead
    nested.style = "Table Grid"
    for i, row in enumerate(NESTED):
        for j, text in enumerate(row):
            nested.cell(i, j).text = text
    document.save(path)
    return path


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    if not SOFFICE:
        pytest.skip("needs LibreOffice")
    folder = tmp_path_factory.mktemp("nested")
    names = {"lead": "分工如下：", "blank": "", "flush": None}
    return dict(zip(names, libreoffice_pdfs([_docx(folder / f"{name}.docx", lead) for name, lead in names.items()])))


def _table(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))["attachments"][0]["table"]


@pytest.mark.parametrize("name, rows", [
    ("lead", [[{"text": 1, "rowspan": 3}, {"text": "供水水质", "rowspan": 3}, {"text": "分工如下：", "colspan": 2}],
              *NESTED, [2, "排水许可", {"text": "许可科", "colspan": 2}]]),
    *[(name, [[{"text": 1, "rowspan": 2}, {"text": "供水水质", "rowspan": 2}, *NESTED[0]], NESTED[1],
               [2, "排水许可", {"text": "许可科", "colspan": 2}]]) for name in ("blank", "flush")],
])
def test_a_table_nested_in_a_cell_of_an_exported_docx_is_read_cell_by_cell(exported, tmp_path, name, rows):
    """LibreOffice's PDF: the small table's four cells each a cell, under the text of the cell holding it where it has
    some (an empty line over it is no row, nor the cell's padding beside it a column), and a note at its first row
    where the cell's rules are drawn round it (at the cell's top, the small table's rules are the cell's: a table
    with merged cells, no note)."""
    result = imported(exported[name], tmp_path, documents=True)
    table = _table(result)
    assert table["columns"] == [*HEAD[:2], {"text": HEAD[2], "colspan": 2}]
    assert table["rows"] == rows
    first = 2 + (name == "lead")
    assert [(f.place, f.message) for f in result.findings if NOTE in f.message] == [
        (f"第 1 页的表格第 {first} 行", f"{NOTE}第 {first}～{first + 1} 行、第 3～4 列的格：请对照原件核对")
    ] * (name != "flush")


PAGE_ROWS = [("1", "供水水质", "每月", None), ("2", "排水许可", "随时", "许可科"), ("3", "工程招标", "随时", "建管科"),
             ("4", "执法结果", "每周", "执法队")]


def _page() -> str:
    """The plan as a web page, its attachment a table of four columns and rows whose first row's last cell holds
    :data:`NESTED`."""
    nested = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in NESTED) + "</table>"
    rows = "".join(f"<tr><td>{n}</td><td>{name}</td><td>{often}</td><td>{unit or nested}</td></tr>"
                   for n, name, often, unit in PAGE_ROWS)
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return ('<html><head><meta charset="utf-8"><style>table{border-collapse:collapse}td{border:1px solid #000;'
            f'padding:4px}}</style></head><body>{body}<table><tr><td>序号</td><td>栏目名称</td><td>更新频次</td>'
            f"<td>维护分工</td></tr>{rows}</table></body></html>")


@pytest.mark.parametrize("printed", [
    pytest.param(True, marks=pytest.mark.skipif(not CHROMIUM, reason="needs Chromium"), id="chromium-pdf"),
    pytest.param(False, id="page")])
def test_a_table_holding_a_small_table_on_a_web_page_is_read_cell_by_cell(tmp_path, printed):
    """The page, and the page printed by Chromium: a table, the small table's cells each a cell of it (the page's cell
    was “牵头供水科配合监测站”; the printed table was taken for the site's layout and lost), a note at its row."""
    if printed:
        source = chromium_pdf(_page(), tmp_path)
    else:
        source = tmp_path / "plan.html"
        source.write_text(_page(), encoding="utf-8")
    result = imported(source, tmp_path, documents=True)
    assert _table(result)["rows"][:2] == [
        [{"text": 1, "rowspan": 2}, {"text": "供水水质", "rowspan": 2}, {"text": "每月", "rowspan": 2}, *NESTED[0]],
        NESTED[1]]
    assert [(f.place, f.message) for f in result.findings if NOTE in f.message] == [
        (f"第 1 {'页的' if printed else '个'}表格第 2 行", f"{NOTE}第 2～3 行、第 4～5 列的格：请对照原件核对")]
