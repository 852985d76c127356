"""A site's page printed by Chromium: the site's name over the article, a short menu beside it and the site's footer
under it, set further left than the article's text; and table 三's head cut by a page break on a page whose zeros are
left blank."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from _import_helpers import CHROMIUM, chromium_pdf, imported
from test_import_pdf_layouts import _load
from test_import_pdf_breaks import _web_page

from reportkit.default_plugins.annual_report.tables import EDITIONS
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="no Chromium installed")


def _lines(pdf: Path, number: int) -> list[tuple[float, str]]:
    """The left edge and text of each line on page ``number``."""
    with pdfplumber.open(pdf) as document:
        return [(line["x0"], unicodedata.normalize("NFKC", line["text"]))
                for line in document.pages[number - 1].extract_text_lines()]


@pytest.mark.parametrize("running", [False, True], ids=["plain", "header-footer"])
def test_a_site_s_page_with_a_short_menu_beside_the_article_reads_whole_paragraphs(tmp_path, original, running):
    """The site's name over the article and its footer under it start left of the article's text, three menu items
    beside it. The page's left edge was taken from them: every line of the article, indented from there, read as a
    paragraph of its own (the title's agency, the preamble's lines in part 一, no 发布机关). The edge is now where the
    article's lines wrap to, the menu is one finding (a column of three lines, not the browser's header and footer
    across the page), and the report reads back as printed alone."""
    html = _web_page(tmp_path)
    main = re.search(r"<main>.*</main>", html, re.DOTALL)
    menu = "".join(f"<div>{item}</div>" for item in ("首页", "政务公开", "年度报告"))
    layout = ("<div style='font-size: 12pt'>某县人民政府门户网站</div><table style='width: 100%'><tr>"
              f"<td style='width: 18%; vertical-align: top; font-size: 12pt'>{menu}</td>"
              f"<td style='vertical-align: top'>{main.group(0)}</td></tr></table>"
              "<div style='font-size: 12pt'>主办：某县人民政府办公室 网站标识码 0000000000</div>")
    pdf = chromium_pdf(html[:main.start()].replace("max-width: 46em;", "") + layout + html[main.end():], tmp_path, running)
    first = _lines(pdf, 1)
    site = next(x0 for x0, text in first if text.startswith("某县人民政府门户网站"))
    wrapped = next(x0 for x0, text in first if text.startswith("编制"))
    assert site < wrapped - 50 and any(text.startswith("政务公开") for _, text in first)
    back = imported(pdf, tmp_path, PLUGINS)
    assert [f.message for f in back.findings] == [
        "文章旁边一栏的“首页、政务公开、年度报告”未导入（网页打印时带上的导航栏等）",
        "标题之前的“某县人民政府门户网站”未导入",
        "成文日期之后的“主办：某县人民政府办公室网站标识码000…”未导入"]
    data = _load(back)
    assert (data["agency"], data["year"], str(data["date"])) == ("某县自然资源局", 2023, "2024-01-25")
    for key in ("tables", "sections", "contact", "information_processing_fee"):
        assert data[key] == original[key], key


def _table_three() -> str:
    """Table 三 as a site's editor writes it: ruled cells, its head in plain rows (no <thead> to repeat), every 0 left
    blank (an office that received no application)."""
    blank = "<td></td>" * 7
    rows = [("<tr><td colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
             "<td colspan=7>申请人情况</td></tr>"),
            "<tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>",
            "<tr>" + "".join(f"<td>{name}</td>" for name in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"))
            + "</tr>"]
    for node in EDITIONS["2021"].applications:
        if not node.children:
            rows.append(f"<tr><td colspan=3>{node.label}</td>{blank}</tr>")
            continue
        lead = f"<td rowspan={sum(1 for _ in node.leaves())}>{node.label}</td>"
        for group in node.children:
            if not group.children:
                rows.append(f"<tr>{lead}<td colspan=2>{group.label}</td>{blank}</tr>")
                lead = ""
            for k, leaf in enumerate(group.children):
                label = f"<td rowspan={len(group.children)}>{group.label}</td>" if k == 0 else ""
                rows.append(f"<tr>{lead}{label}<td>{leaf.label}</td>{blank}</tr>")
                lead = ""
    return '<table border="1" cellspacing="0" style="font-size: 10.5pt">' + "".join(rows) + "</table>"


@pytest.mark.parametrize("space, above, below", [(660, "法人或其他组织", "商业"), (90, "3.其他", "(七)总计"),
                                                (80, "(七)总计", "四、结转")], ids=["head", "total", "carried"])
def test_table_three_cut_by_a_page_break_where_its_zeros_are_left_blank(tmp_path, space, above, below):
    """Table 三 without a figure to line its parts up by, cut by a page break: its head at a page's foot down to 自然人,
    法人或其他组织, 总计, the row 商业企业 … 其他 on the next page (自然人's and 总计's cells cut there, blank); or its last
    rows (（七）总计, 四、结转下年度继续办理, whose labels span two columns) alone on the next page. The head's part, in four
    columns, was a table of its own: no row had a 自然人 nor a 总计 column (176 placeholders); the last rows' part, a
    column short, broke the import (“内部错误”) or lost its rows. Each part is now read in the columns of the part it
    goes on with, and every blank row is a row of zeros."""
    html = _web_page(tmp_path).replace(".table-wrap { overflow-x: auto;", ".table-wrap {")
    start = html.rindex("<table", 0, html.index("申请人情况"))
    end = html.index("</table>", start) + len("</table>")
    pdf = chromium_pdf(html[:start] + f'<div style="height: {space}pt"></div>' + _table_three() + html[end:], tmp_path)
    with pdfplumber.open(pdf) as document:
        pages = [unicodedata.normalize("NFKC", page.extract_text()).replace(" ", "").replace("\n", "")
                 for page in document.pages]
    first, second = (next(n for n, text in enumerate(pages) if word in text) for word in (above, below))
    assert second == first + 1
    back = imported(pdf, tmp_path, PLUGINS)
    applications = _load(back)["tables"]["applications"]
    assert applications["new_received"] == applications["results"]["total"] == dict.fromkeys(
        ("natural_person", "commercial_enterprise", "research_institution", "public_welfare_organization",
         "legal_service_agency", "other", "total"), 0)
    assert "【请填写" not in str(applications)
    assert len(back.findings) == 1 and "整行空白" in back.findings[0].message and "的 25 行已按 0 导入" in \
        back.findings[0].message
