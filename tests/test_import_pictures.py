"""A picture the data has no place for is said at its place, not dropped in silence: one in an annual report's text
whose statistics tables are there (a chart under 二、主动公开政府信息情况), and one in a table's cell (DOCX, web page),
in any kind's text or attachment. A seal in a 署名 table is no picture of the text; pictures taken for the statistics
tables published as images are said in that finding only, an embedded object's image of itself as the object only. The
inputs are written for these tests."""
from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
import yaml
from docx.shared import Cm

from reportkit.importers import html as html_reader
from reportkit.importers.source import Para
from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source, word_xml
from test_import_closing_and_pictures import AGENCY, DATE, PLAN, SUMMARY, _pictures_said, _said
from test_import_images import FANG, _page
from test_import_plan_task_groups import _png

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
PART_TWO = "二、主动公开政府信息情况"
#: The cell of table 二 given a picture: its fourth row (行政规范性文件), first column.
CELL = "第 1 个表格第 4 行第 1 列"


def _data(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


# 1. An annual report's pictures beside its tables ---------------------------------------------------------------------
def test_an_annual_reports_pictures_beside_its_tables_are_said_in_a_docx(tmp_path):
    """A chart under 二's heading, over table 二, and a picture in a cell of table 二: the old import said neither (only
    pictures standing for missing tables were said); the tables are read as without them."""
    source = render_source(SAMPLE, "docx", tmp_path, PLUGINS)
    plain = _data(imported(source, tmp_path, PLUGINS))
    document = docx.Document(str(source))
    (tmp_path / "chart.png").write_bytes(_png())
    chart = document.add_paragraph()
    chart.add_run().add_picture(str(tmp_path / "chart.png"), width=Cm(12))
    document.tables[0]._element.addprevious(chart._p)
    document.tables[0].rows[3].cells[0].paragraphs[0].add_run().add_picture(str(tmp_path / "chart.png"), width=Cm(1))
    paragraphs = [p for p in document.element.body.iterchildren() if p.tag.endswith("}p")]
    assert document.paragraphs[paragraphs.index(chart._p) - 1].text == PART_TWO
    changed = tmp_path / "pictures.docx"
    document.save(str(changed))
    result = imported(changed, tmp_path, PLUGINS)
    assert _pictures_said(result) == [_said("年度报告", f"第 {paragraphs.index(chart._p) + 1} 段"), _said("年度报告", CELL)]
    assert _data(result)["tables"] == plain["tables"]
    assert result.ok, result.diagnostics


def test_an_annual_reports_pictures_beside_its_tables_are_said_in_a_web_page(tmp_path):
    page = render_source(SAMPLE, "html", tmp_path, PLUGINS)
    plain = _data(imported(page, tmp_path, PLUGINS))
    text = page.read_text(encoding="utf-8")
    heading = f"<h2>{PART_TWO}</h2>"
    label = '<td class="center">行政规范性文件</td>'
    assert text.count(heading) == text.count(label) == 1
    page.write_text(text.replace(heading, heading + '<p><img src="chart.png"></p>')
                    .replace(label, '<td class="center">行政规范性文件<img src="icon.png"></td>'), encoding="utf-8")
    above = next(x.place for x in html_reader.read(page).items if isinstance(x, Para) and x.text == PART_TWO)
    result = imported(page, tmp_path, PLUGINS)
    assert _pictures_said(result) == [_said("年度报告", f"{above}后"), _said("年度报告", CELL)]
    assert _data(result)["tables"] == plain["tables"]


def test_an_annual_reports_chart_beside_its_tables_is_said_in_a_pdf(tmp_path):
    """The chart under 二's heading printed in a PDF, said at its page (a PDF's pictures are noted by page)."""
    import pdfplumber
    from weasyprint import HTML

    page = render_source(SAMPLE, "html", tmp_path, PLUGINS)
    (tmp_path / "chart.png").write_bytes(_png())
    heading = f"<h2>{PART_TWO}</h2>"
    html = re.sub(r'url\("reportkit-font:[^"]*"\) format\("\w+"\)', f"url({FANG.as_uri()})",
                  page.read_text(encoding="utf-8"))
    source = tmp_path / "report.pdf"
    HTML(string=html.replace(heading, heading + '<p><img src="chart.png" style="width: 14cm"></p>'),
         base_url=f"{tmp_path}/").write_pdf(source)
    with pdfplumber.open(str(source)) as pdf:
        [number] = [n for n, p in enumerate(pdf.pages, 1) if p.images]
    result = imported(source, tmp_path, PLUGINS)
    assert _pictures_said(result) == [_said("年度报告", f"第 {number} 页")]
    assert not [f for f in result.findings if f.rule == "tables"]


def test_tables_published_as_images_are_said_once_and_a_seal_in_a_signature_table_not_at_all(tmp_path):
    """The three pictures standing for the tables are named in that finding, as before, and in no finding of their own;
    a photo over part 一 is said as the text's; the seal beside the organ in a 署名 table (one column: the organ, the
    date) is neither."""
    page = _page(tmp_path)
    text = page.read_text(encoding="utf-8")
    start, end = text.index('<div class="signature'), text.index("</body>")
    signed = '<table><tr><td>某县自然资源局<img src="seal.png"></td></tr><tr><td>2024年1月25日</td></tr></table>'
    page.write_text(text[:start].replace("<h2>一、总体情况</h2>", '<p><img src="photo.png"></p><h2>一、总体情况</h2>')
                    + signed + text[end:], encoding="utf-8")
    items = html_reader.read(page).items
    above = items[next(k for k, item in enumerate(items) if isinstance(item, Para) and item.text == "一、总体情况") - 1]
    result = imported(page, tmp_path, PLUGINS)
    tables = [f.message for f in result.findings if f.rule == "tables"]
    assert len(tables) == 1 and tables[0].startswith("没有找到表二、表三、表四：正文里有 3 张图片（")
    assert "看来是以图片发布的" in tables[0]
    assert "表格" not in tables[0].split("看来")[0]  # not the seal's cell
    assert [said for said in _pictures_said(result) if said[1] == "skipped"] == [_said("年度报告", f"{above.place}后")]
    data = _data(result)
    assert data["agency"] == "某县自然资源局" and "signature" not in data and str(data["date"]) == "2024-01-25"


# 2. A picture in a table's cell ---------------------------------------------------------------------------------------
def _table(document, rows: list, picture: tuple[int, int] | None, folder: Path) -> None:
    """A table of ``rows`` (texts) added to ``document``, a picture in the cell at ``picture`` (row, column) if any."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if picture:
        (folder / "cell.png").write_bytes(_png())
        table.cell(*picture).paragraphs[0].add_run().add_picture(str(folder / "cell.png"), width=Cm(2))


#: A summary's table in its first part: the picture in the cell of its second row, second column.
ROWS = [["事项", "图示"], ["公开专栏", ""]]


def _summary(folder: Path, kind: str) -> Path:
    """:data:`SUMMARY` with the table :data:`ROWS` after the first part's text, a picture in its cell, as ``kind``."""
    lines = SUMMARY[:3] + [ROWS] + SUMMARY[3:] + [AGENCY, DATE]
    if kind == "html":
        table = ('<table border="1"><tr><td>事项</td><td>图示</td></tr>'
                 '<tr><td>公开专栏</td><td><img src="a.png"></td></tr></table>')
        path = folder / "summary.html"
        path.write_text('<html><head><meta charset="utf-8"></head><body>'
                        + "".join(table if line is ROWS else f"<p>{line}</p>" for line in lines) + "</body></html>",
                        encoding="utf-8")
        return path
    document = docx.Document()
    for line in lines:
        if line is ROWS:
            _table(document, ROWS, (1, 1), folder)
        else:
            document.add_paragraph(line)
    path = folder / "summary.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_a_picture_in_a_cell_of_a_summarys_table_is_said_at_its_cell(tmp_path, kind):
    """The old import dropped the picture with no word. The table stays a table of the part (its rows were lines of
    text before session 44), the picture's cell blank."""
    result = imported(_summary(tmp_path, kind), tmp_path, PLUGINS, documents=True)
    assert _data(result)["work"] == ["全年主动公开文件四十件，答复依申请公开九件。",
                                     {"columns": ["事项", "图示"], "rows": [["公开专栏", ""]]}]
    assert _pictures_said(result) == [_said("工作总结", "第 1 个表格第 2 行第 2 列")]


def test_a_picture_in_a_tables_part_after_a_break_is_in_the_text(tmp_path):
    """A table typed as two (the second goes on with the first: same columns, no text between), the picture in the
    second's cell, the text's last item over the 署名: said at that cell, in the table it joins."""
    document = docx.Document()
    for line in SUMMARY:
        document.add_paragraph(line)
    _table(document, [["事项", "件数"], ["主动公开", "40"]], None, tmp_path)
    _table(document, [["依申请公开", "9"], ["办理流程", "见图"]], (1, 1), tmp_path)
    for line in (AGENCY, DATE):
        document.add_paragraph(line)
    path = tmp_path / "summary.docx"
    document.save(str(path))
    result = imported(path, tmp_path, PLUGINS, documents=True)
    assert _data(result)["plan"] == ["明年按月检查专栏。", {"columns": ["事项", "件数"], "rows": [
        ["主动公开", 40], ["依申请公开", 9], ["办理流程", "见图"]]}]
    assert _pictures_said(result) == [_said("工作总结", "第 2 个表格第 2 行第 2 列")]


def test_a_seal_in_a_signature_table_is_not_said(tmp_path):
    """The 署名 and 成文日期 set in a table of one column, the seal's picture beside the organ: the closing, not the
    text; the picture in the text's table is said."""
    document = docx.Document()
    for line in SUMMARY[:3]:
        document.add_paragraph(line)
    _table(document, ROWS, (1, 1), tmp_path)
    for line in SUMMARY[3:]:
        document.add_paragraph(line)
    _table(document, [[AGENCY], [DATE]], (0, 0), tmp_path)
    path = tmp_path / "summary.docx"
    document.save(str(path))
    result = imported(path, tmp_path, PLUGINS, documents=True)
    data = _data(result)
    assert data["agency"] == AGENCY and "signature" not in data and str(data["date"]) == "2025-01-10"
    assert _pictures_said(result) == [_said("工作总结", "第 1 个表格第 2 行第 2 列")]


def test_a_picture_in_a_cell_of_an_attachments_table_is_the_attachments(tmp_path):
    """A plan's attachment whose table has a picture in a cell: named as the attachment's picture, at its cell."""
    document = docx.Document()
    for line in PLAN + [AGENCY, "2025年2月10日", "附件：林权登记进度表"]:
        document.add_paragraph(line)
    _table(document, [["乡镇", "进度"], ["城关镇", ""]], (1, 1), tmp_path)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = imported(path, tmp_path, PLUGINS, documents=True)
    assert [(f.place, f.rule, f.message) for f in result.findings if "图片" in f.message] == [
        ("第 1 个表格第 2 行第 2 列", "attachments",
         "附件“林权登记进度表”里的图片（第 1 个表格第 2 行第 2 列）未导入：需要时请把图片里的内容写进这个附件")]
    assert _data(result)["attachments"] == [
        {"title": "林权登记进度表", "table": {"columns": ["乡镇", "进度"], "rows": [["城关镇", ""]]}}]


def test_an_embedded_objects_image_of_itself_is_said_as_the_object_only(tmp_path):
    """An Excel sheet embedded in a summary's text shows as its picture (v:imagedata in w:object): said once, as the
    object not read; the old import also named it as a picture of the text."""
    document = docx.Document()
    for line in SUMMARY + [AGENCY, DATE]:
        document.add_paragraph(line)
    document.paragraphs[2].runs[-1]._r.addnext(word_xml(
        '<w:r><w:object><v:shape><v:imagedata r:id="rId1"/></v:shape>'
        '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" r:id="rId1"/></w:object></w:r>'))
    path = tmp_path / "summary.docx"
    document.save(str(path))
    result = imported(path, tmp_path, PLUGINS, documents=True)
    assert [(f.place, f.message) for f in result.findings] == [
        ("第 3 段", "嵌入的Excel对象里的内容未导入（导入只读文字和表格）：请在 Word 里把它的内容复制为表格或文字再导入")]
    assert _data(result)["work"] == ["全年主动公开文件四十件，答复依申请公开九件。"]


def test_a_picture_in_an_annual_report_s_attachment_of_statistics_tables_is_named(tmp_path):
    """Its tables go to the report's; a picture beside them (a chart of the figures) was dropped unsaid."""
    page = render_source(SAMPLE, "html", tmp_path, PLUGINS)
    html = page.read_text(encoding="utf-8")
    start = html.index("<table")
    grid = html[start:html.index("</table>", start) + len("</table>")]
    source = tmp_path / "site" / "report.html"
    source.parent.mkdir()
    source.write_text(html.replace(grid, "").replace(
        "</body>", f'<p>附件：政府信息公开情况统计表</p>{grid}<p><img src="chart.png"></p><p>以上数据截至年底。</p></body>'),
        encoding="utf-8")
    result = imported(source, source.parent, PLUGINS)
    said = [f.message for f in result.findings if "图片" in f.message]
    assert len(said) == 1 and said[0].startswith("印统计表的附件里的图片（第 ") and said[0].endswith(
        "段后）未导入：需要时请把图片里的内容写进相应的部分")
