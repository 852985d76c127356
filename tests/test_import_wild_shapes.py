"""Published reports in shapes the import met in the wild: a ledger's wording only where the clerk has one (``check``
asks a reviewer to look at the original), PDFs a browser printed (a merged label cell drawn shorter than its rows, a
成文日期 at the left edge over a 附件说明), a table with a blank spacer column or a row without its label, a figure in a
small table of its own inside a cell (DOCX, HTML), and a span typed as a browser forgives it (colspan="7;")."""
from __future__ import annotations

import csv
import datetime
import re
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported, render_source

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
FONT = (Path(__file__).parents[1] / "templates/gbt9704/fonts/rk-songti.otf").resolve().as_uri()

HEADS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
GROUPS = {"（三）不予公开": ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                         "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"],
          "（四）无法提供": ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"],
          "（五）不予处理": ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                         "5.要求行政机关确认或重新出具已获取信息"]}
#: Table 三's figures by row label: 0s printed blank, as many published tables print them.
FIGURES = {"一、本年新收政府信息公开申请数量": "5 1 _ _ _ _ 6", "（一）予以公开": "3 1 _ _ _ _ 4",
           "1.本机关不掌握相关政府信息": "2 _ _ _ _ _ 2", "（七）总计": "5 1 _ _ _ _ 6"}


def _cells(label: str) -> str:
    return "".join(f"<td>{'' if f == '_' else f}</td>" for f in FIGURES.get(label, "_ _ _ _ _ _ _").split())


def _table_three(nested: str = "") -> str:
    """Table 三 (2019 edition) as a web page's table, its labels merged as printed; ``nested``: the first figure held
    in a small table of its own."""
    head = ['<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
            '<td colspan="7">申请人情况</td></tr>',
            '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
            "<tr>" + "".join(f"<td>{h}</td>" for h in HEADS[1:6]) + "</tr>"]
    body = [f'<tr><td colspan="2">{label}</td>{_cells(label)}</tr>'
            for label in ("（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")]
    for group, items in GROUPS.items():
        body += [f"<tr>{'' if i else f'<td rowspan={len(items)}>{group}</td>'}<td>{item}</td>{_cells(item)}</tr>"
                 for i, item in enumerate(items)]
    body += [f'<tr><td colspan="2">{label}</td>{_cells(label)}</tr>' for label in ("（六）其他处理", "（七）总计")]
    body[0] = body[0].replace("<tr>", f'<tr><td rowspan="{len(body)}">三、本年度办理结果</td>', 1)
    rows = [*head, *(f'<tr><td colspan="3">{label}</td>{_cells(label)}</tr>'
                     for label in ("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量")),
            *body, f'<tr><td colspan="3">四、结转下年度继续办理</td>{_cells("")}</tr>']
    if nested:
        rows[3] = rows[3].replace("<td>5</td>", f"<td>{nested}</td>", 1)
    return "<table>" + "".join(rows) + "</table>"


TWO = [("第二十条第（一）项", None), ("信息内容", "本年新制作数量 本年新公开数量 对外公开总数量"), ("规章", "0 0 0"),
       ("规范性文件", "1 1 6"), ("第二十条第（五）项", None), ("信息内容", "上一年项目数量 本年增/减 处理决定数量"),
       ("行政许可", "12 增2 30"), ("其他对外管理服务事项", "0 0 0"), ("第二十条第（六）项", None),
       ("信息内容", "上一年项目数量 本年增/减 处理决定数量"), ("行政处罚", "4 减1 3"), ("行政强制", "0 0 0"),
       ("第二十条第（八）项", None), ("信息内容", "上一年项目数量 本年增/减"), ("行政事业性收费", "0 0"),
       ("第二十条第（九）项", None), ("信息内容", "采购项目数量 采购总金额"), ("政府集中采购", "2 18.5万元")]


def _table_two(spacer: bool = False) -> str:
    """Table 二 (2019 edition); ``spacer``: an empty first column, as some sites indent a table."""
    lead = "<td></td>" if spacer else ""
    rows = [f'<tr>{lead}<td colspan="4">{label}</td></tr>' if cells is None else
            f"<tr>{lead}<td>{label}</td>" + "".join(f"<td>{c}</td>" for c in cells.split()) + "</tr>"
            for label, cells in TWO]
    return "<table>" + "".join(rows) + "</table>"


FOUR = ("<table><tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>"
        "<tr><td rowspan=2 colspan=5></td><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>"
        "<tr>" + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 2 + "</tr>"
        "<tr>" + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 3 + "</tr>"
        "<tr>" + "<td>0</td><td>0</td><td>0</td><td>1</td><td>1</td>" + "<td>0</td>" * 10 + "</tr></table>")


def _page(two: str | None = None, three: str | None = None, closing: str = "", style: str = "") -> str:
    """A 2019 report of an archive as a web page, its own sentences; ``two`` and ``three`` its tables 二 and 三."""
    return (f"<html><head><meta charset='utf-8'><style>@font-face {{font-family: rk; src: url({FONT})}} "
            f"body {{font-family: rk}} td {{border: 1px solid #000}} {style}</style></head><body>"
            "<h2 style='text-align: center'>某县档案馆2019年政府信息公开工作年度报告</h2>"
            "<h3>一、总体情况</h3><p>本馆全年按规定公开馆藏开放目录和办事指南。</p>"
            f"<h3>二、主动公开政府信息情况</h3>{two or _table_two()}"
            f"<h3>三、收到和处理政府信息公开申请情况</h3>{three or _table_three()}"
            f"<h3>四、政府信息公开行政复议、行政诉讼情况</h3>{FOUR}"
            "<h3>五、存在的主要问题及改进情况</h3><p>目录更新偏慢，明年按季度核对。</p>"
            "<h3>六、其他需要报告的事项</h3><p>本年度未收取信息处理费。</p>"
            f"<p>某县档案馆</p><p>2020年1月10日</p>{closing}</body></html>")


def _html(tmp_path: Path, page: str, name: str = "report.html") -> Path:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return path


def _pdf(tmp_path: Path, page: str) -> Path:
    """``page`` printed by WeasyPrint, as a browser prints a web page."""
    from weasyprint import HTML

    target = tmp_path / "report.pdf"
    HTML(string=page).write_pdf(target)
    return target


def _load(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _checked(tmp_path: Path, path: Path) -> list[tuple[str, str]]:
    """``reportkit check`` of ``path``: each row's rule and message."""
    report = tmp_path / "check.csv"
    CliRunner().invoke(cli, ["check", str(path), "--report", str(report)])
    with open(report, encoding="utf-8-sig", newline="") as f:
        return [(row["rule"], row["message"]) for row in csv.DictReader(f)]


def _three_read(data: dict) -> None:
    """Table 三 as :data:`FIGURES` prints it, its blank cells 0 (check) or placeholders (import) aside."""
    three = data["tables"]["applications"]
    assert three["new_received"]["natural_person"] == 5 and three["new_received"]["total"] == 6
    assert three["results"]["granted"]["commercial_enterprise"] == 1
    assert three["results"]["unable_to_provide"]["no_such_information"]["natural_person"] == 2


# 1. The ledger is the clerk's: check asks the reviewer to look at the original.

def _sample_html(tmp_path: Path, edit) -> Path:
    path = render_source(SAMPLE, "html", tmp_path, PLUGINS)
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def _blank_row(html: str) -> str:
    """The sample's table 三 with its row “二、上年结转…” printed blank."""
    start = html.index("二、上年结转政府信息公开申请数量</td>")
    row = html[start:html.index("</tr>", start)]
    return html.replace(row, re.sub(r">\d+<", "><", row), 1)


def test_a_cell_that_is_no_figure_asks_the_ledger_on_import_and_the_original_on_check(tmp_path):
    """“请按原始台账填写” was check's wording too: a reviewer of a published report has no ledger to fill from."""
    page = _sample_html(tmp_path, lambda html: re.sub(r"(本年新收政府信息公开申请数量</td>\s*<td[^>]*>)\d+",
                                                      r"\g<1>若干", html, count=1))
    messages = [f.message for f in imported(page, tmp_path, PLUGINS).findings]
    assert "表三“一、本年新收政府信息公开申请数量”“自然人”：“若干”不是数字，请按原始台账填写" in messages
    rows = _checked(tmp_path, page)
    assert ("import-cells", "表三“一、本年新收政府信息公开申请数量”“自然人”：“若干”不是数字，请核对原件") in rows
    assert not [message for _, message in rows if "台账" in message]


def test_rows_printed_blank_ask_the_ledger_on_import_and_the_original_on_check(tmp_path):
    page = _sample_html(tmp_path, _blank_row)
    said = ("整行空白（或只写“—”“/”“无”、只印了 0）的 1 行已按 0 导入（已发布的报告常把 0 留空）："
            "表三“二、上年结转政府信息公开申请数量”；其中确实不是 0 的，")
    assert said + "请按原始台账填写" in [f.message for f in imported(page, tmp_path, PLUGINS).findings]
    assert ("import-cells", said + "请核对原件") in _checked(tmp_path, page)


def test_a_table_two_of_the_other_edition_asks_the_ledger_on_import_only(tmp_path):
    """A 2019 report printing 2021's table 二: import leaves it to be filled from the ledger, check says what to look
    at in the original."""
    page = _sample_html(tmp_path, lambda html: html.replace("<span>2023</span>", "<span>2019</span>", 1))
    said = ("表二是按 2021 版（国办公开办函〔2021〕30号）的行和列印出的，2019 年度的报告用 2019 版（国办公开办函〔2019〕60号）"
            "的表二，两版的行、列不同，不能逐格对应：")
    assert said + "表二未导入，已留作占位，请按 2019 版表二的行和列照原始台账填写（R12）" in [
        f.message for f in imported(page, tmp_path, PLUGINS).findings]
    assert ("import-tables", said + "表二未能核对，请按 2019 版表二的行和列核对原件（R12）") in _checked(tmp_path, page)


# 2. PDFs a browser printed.

@pytest.mark.parametrize("space", [180, 300])
def test_a_merged_label_drawn_shorter_than_its_rows_makes_no_row_twice(tmp_path, space):
    """A browser may draw “三、本年度办理结果”, merged down table 三 over a page break, only as tall as its text: its
    bottom rule, in the middle of the row beside it, cut “（二）部分公开” into two rows, read as a row printed twice
    (both left out), and “2.其他法律行政法规禁止公开” beside “（三）不予公开” too. ``space`` moves the page break."""
    page = _page().replace("<h3>三、", f"<div style='height: {space}pt'></div><h3>三、", 1)
    result = imported(_pdf(tmp_path, page), tmp_path, PLUGINS, draft=True)
    assert not [f.message for f in result.findings if "两次" in f.message]
    data = _load(result)
    _three_read(data)
    assert "部分公开" not in str(data["tables"]["applications"]["results"]["partly_granted"])  # no placeholder


def test_a_date_at_the_left_edge_ends_its_paragraph_before_the_attachment_line(tmp_path):
    """A web page printed to PDF sets the 署名 and 成文日期 at the left edge like the text: the date was read as the
    organ's next line and the 附件说明 as the date's (“某县档案馆2020年1月10日附件：…”), and the report had no 成文日期;
    an organ's line alone was the last paragraph of part 六."""
    page = _page(closing="<p>附件：政府信息公开申请办理情况统计表</p>")
    result = imported(_pdf(tmp_path, page), tmp_path, PLUGINS, draft=True)
    data = _load(result)
    assert data["date"] == datetime.date(2020, 1, 10)
    assert data["sections"]["other"] == ["本年度未收取信息处理费。"]  # the organ's name is the 署名, no text of 六
    assert "成文日期之后的附件“政府信息公开申请办理情况统计表”没有文字，也没有表格，未导入：需要时请在 attachments 下补写" in [
        f.message for f in result.findings]


def test_a_pdf_without_text_nor_images_is_no_scan(tmp_path):
    """A PDF whose pages give no character and show no image was refused as a scan (“只有图像”): it has none."""
    from weasyprint import HTML

    target = tmp_path / "blank.pdf"
    HTML(string="<p></p>").write_pdf(target)
    result = CliRunner().invoke(cli, ["import", str(target), "-o", str(tmp_path / "out")])
    assert result.output.strip() == (f"{target}: error: PDF 里取不出文字，也没有图像（字体读不出，或是空白页），无法导入："
                                     "请找这份报告的 DOCX、网页，或用别的软件重新导出的 PDF")


def test_a_docx_signed_at_the_left_edge_has_its_organ_as_the_signature(tmp_path):
    """A DOCX whose 署名 and 成文日期 are ordinary paragraphs (not aligned, no style) kept the organ's name as the last
    paragraph of part 六, as a web page's and a text copy's no longer do."""
    document = docx.Document()
    for text in REPORT_TEXT.replace("（一）公开目录\n（二）政策解读\n", "").splitlines():
        document.add_paragraph(text)
    path = tmp_path / "report.docx"
    document.save(str(path))
    data = _load(imported(path, tmp_path, PLUGINS, draft=True))
    assert data["sections"]["other"] == ["本年度未收取信息处理费。"]
    assert data["agency"] == "某县水务局" and data["date"] == datetime.date(2024, 1, 20)


# 3. Tables that are a little unusual.

def test_an_empty_spacer_column_before_table_two_is_no_column(tmp_path):
    """Each row of table 二 read its label from the blank first column: “表二中“”不是2019版表二的行” a row, no figure
    read."""
    result = imported(_html(tmp_path, _page(two=_table_two(spacer=True))), tmp_path, PLUGINS, draft=True)
    two = _load(result)["tables"]["active_disclosure"]
    assert two["administrative_licensing"] == {"previous_year": 12, "change": 2, "decisions": 30}
    assert two["government_procurement"] == {"projects": 2, "unit": "万元", "amount": 18.5}
    assert not [f.message for f in result.findings if "表二" in f.message]


def test_a_row_of_table_two_without_its_label_is_named_by_its_figures(tmp_path):
    page = _page(two=_table_two().replace("<td>行政强制</td>", "<td></td>"))
    result = imported(_html(tmp_path, page), tmp_path, PLUGINS, draft=True)
    assert "表二的一行没有行名，其中的“0”未导入：请对照原件填入它所在的行" in [f.message for f in result.findings]
    assert ("import-tables", "表二的一行没有行名，其中的“0”未能核对：请核对原件") in _checked(
        tmp_path, _html(tmp_path, page, "again.html"))


def test_a_figure_in_a_small_table_of_its_own_keeps_table_three_a_table_in_html(tmp_path):
    """A table holding a table was read as a page's layout: table 三's cells became paragraphs, its labels parts of
    the report (“一、本年新收…不是…六个部分之一”), and table 三 was missing."""
    page = _page(three=_table_three(nested="<table><tr><td>5</td></tr></table>"))
    result = imported(_html(tmp_path, page), tmp_path, PLUGINS, draft=True)
    _three_read(_load(result))
    assert not [f.message for f in result.findings if "部分之一" in f.message or "没有找到表三" in f.message]


def test_a_figure_in_a_small_table_of_its_own_keeps_table_three_a_table_in_docx(tmp_path):
    path = render_source(SAMPLE, "docx", tmp_path, PLUGINS)
    document = docx.Document(str(path))
    three = next(t for t in document.tables if "申请人情况" in t.cell(0, 3).text)
    for row in three.rows[4:]:  # a small office's table: its figures in one row, its 0s printed blank
        for cell in row.cells[3:]:
            cell.text = ""
    cell = next(row.cells[3] for row in three.rows if row.cells[0].text.startswith("一、本年新收"))
    figure = cell.text
    cell.text = ""
    cell.add_table(rows=1, cols=1).cell(0, 0).text = figure
    document.save(str(path))
    result = imported(path, tmp_path, PLUGINS, draft=True)
    assert _load(result)["tables"]["applications"]["new_received"]["natural_person"] == int(figure)
    assert not [f.message for f in result.findings if "部分之一" in f.message or "没有找到表三" in f.message]


@pytest.mark.parametrize("span", ["3;", " 3px", "3.0"])
def test_a_span_is_read_as_a_browser_reads_it(tmp_path, span):
    """rowspan="3px" was read as 1: the head's corner cell stood in one row only, its rows below shifted three columns
    left, and every row of table 三 was missing (“表三没有…一行”, 25 times)."""
    page = _page().replace('<td colspan="3" rowspan="3">', f'<td colspan="3" rowspan="{span}">')
    result = imported(_html(tmp_path, page), tmp_path, PLUGINS, draft=True)
    _three_read(_load(result))
    assert not [f.message for f in result.findings if "表三没有" in f.message]


# 4. A heading with nothing under it.

REPORT_TEXT = """某县水务局2023年政府信息公开工作年度报告
一、总体情况
（一）公开目录
（二）政策解读
本局今年按计划更新了公开目录，并对新出台的两项政策作了图文解读。
二、主动公开政府信息情况
本年主动公开信息120条。
三、收到和处理政府信息公开申请情况
本年未收到申请。
四、政府信息公开行政复议、行政诉讼情况
本年没有复议和诉讼。
五、存在的主要问题及改进情况
栏目更新偏慢。下一步按月检查。
六、其他需要报告的事项
本年度未收取信息处理费。
某县水务局
2024年1月20日
"""


def test_a_heading_followed_by_its_siblings_heading_is_a_paragraph_not_an_empty_heading(tmp_path):
    """“（一）公开目录” right above “（二）政策解读” was a heading with no content: the data failed its own schema, and
    check said only “data: sections.overview[0].content：不能为空”."""
    result, data = import_text(tmp_path, "report.txt", REPORT_TEXT, PLUGINS)
    assert data["sections"]["overview"] == [
        "（一）公开目录", {"heading": "政策解读", "content": ["本局今年按计划更新了公开目录，并对新出台的两项政策作了图文解读。"]}]
    assert not [d for d in result.diagnostics if "不能为空" in d.message]
    assert not [row for row in _checked(tmp_path, tmp_path / "report.txt") if row[0] == "data"]
