"""PDFs that broke the import: reportkit's own with table 三 broken inside a merged label, table 四's head at a page's
foot, a browser's print of a site's page laid out in bordered cells or wider than the paper, text that is no Chinese."""
from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from click.testing import CliRunner
from pypdf.generic import DecodedStreamObject, NameObject

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import CHROMIUM, FANDOL, chromium_pdf, imported, render_source, unspaced
from test_import_pdf_layouts import _load, _printed

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")


def _pages_of(pdf: Path, *texts: str) -> list[int]:
    """The page each of ``texts`` is printed on (spaces aside)."""
    with pdfplumber.open(pdf) as document:
        pages = [page.extract_text().replace(" ", "") for page in document.pages]
    return [next(n for n, text in enumerate(pages, 1) if t in text) for t in texts]


def _break_in_group(html: str) -> str:
    """A page break forced before （四）无法提供's second row: the label's cell, spanning its three rows, is cut."""
    at = html.rindex("<tr", 0, html.index("没有现成信息需要另行制作"))
    return html[:at] + '<tr style="break-before: page"' + html[at + 3:]


def test_table_three_broken_inside_a_merged_label_imports_from_reportkit_s_own_pdf(tmp_path, original):
    """reportkit's page printed by WeasyPrint with a page break inside （四）无法提供 (as reportkit's PDFs had it):
    WeasyPrint leaves the label's cell open at the page's foot, the label's last character under the page's last rule,
    and the cell blank on the next page. The cell had no rule under it and was dropped, its character read as a
    paragraph between the table's parts (“表三出现了两次”, two rows lost). The figures and the report now read back
    whole."""
    pdf = _printed(_break_in_group, tmp_path / "break.pdf")
    above, below = _pages_of(pdf, "1.本机关不掌握相关政府", "2.没有现成信息需要另行")
    assert below == above + 1
    back = imported(pdf, tmp_path, PLUGINS)
    assert back.findings == []
    data = _load(back)
    assert data["tables"] == original["tables"]
    assert data["sections"] == original["sections"]


def _head_at_foot(space: int):
    """Rows free to break over a page (a browser's), the head no repeated <thead>, and ``space`` pt before table 四's
    heading to move its head to the foot of page 4."""
    def edit(html: str) -> str:
        html = html.replace("</head>", "<style>tr, table { break-inside: auto !important; break-after: auto !important }"
                                       " thead { display: table-row-group }</style></head>", 1)
        at = html.rindex("<h", 0, html.rindex("<table", 0, html.index("未经复议直接起诉")))
        return html[:at] + f'<div style="height: {space}pt"></div>' + html[at:]
    return edit


@pytest.mark.parametrize("space", [160, 170, 200], ids=["names-cut", "merged-cut", "first-row"])
def test_table_four_s_head_at_a_page_s_foot(tmp_path, original, space):
    """Table 四's head rows at the foot of a page, its figures on the next (the merged names 结果维持 … cut by the break,
    their second line printed under the page's last rule; or the row under them cut, 总计 at the foot and the other
    names over the page; or the first row alone): the head was read a column short or its halves as two rows
    (“这个表格不是表二、表三或表四”, 15 placeholders). Each now reads as one head over its figures."""
    page = _printed(_head_at_foot(space), tmp_path / "foot.pdf")
    head, figures = _pages_of(page, "行政复议行政诉讼", "21014100121000")
    assert figures == head + 1
    back = imported(page, tmp_path, PLUGINS)
    assert back.findings == []
    assert _load(back)["tables"] == original["tables"]


def _web_page(folder: Path) -> str:
    """The sample's web page as a site's page has it: without reportkit's spacing of Chinese and digits (its spans)."""
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "-f", "html", "-o", str(folder)])
    assert result.exit_code == 0, result.output
    return unspaced(folder / "sample-2021.html")


@pytest.fixture(scope="module")
def web_page(tmp_path_factory) -> str:
    """:func:`_web_page`, rendered once."""
    return _web_page(tmp_path_factory.mktemp("web"))


_MENU = ["政府信息公开", "主动公开", "依申请公开", "总体情况", "监督保障", "政府信息管理", "平台建设", "其他事项"]


@pytest.mark.skipif(not CHROMIUM, reason="no Chromium installed")
def test_a_site_s_page_laid_out_in_bordered_cells_imports_its_article(tmp_path, original, web_page):
    """A site's page printed by the browser, laid out in a bordered table: the site's name over it, its menu in a cell
    beside the article, its address under it. The layout was a table holding the whole report (“没有找到年度报告的任何
    一个部分”); it is now no table, its cells but the article's are left out (one finding a page), and the report
    imports as printed alone."""
    html = web_page
    main = re.search(r"<main>.*</main>", html, re.S)
    menu = "".join(f"<p style='text-indent: 0; font-size: 12pt'>{item}</p>" for item in _MENU)
    cell = "border: 1px solid #369; vertical-align: top; padding: 6px"
    layout = (f"<table style='border-collapse: collapse; width: 100%'>"
              f"<tr><td colspan='2' style='{cell}'>某县人民政府门户网站 首页 > 政府信息公开 > 年度报告</td></tr>"
              f"<tr><td style='{cell}; width: 22%'>{menu}</td><td style='{cell}'>{main.group(0)}</td></tr>"
              f"<tr><td colspan='2' style='{cell}'>主办：某县人民政府办公室 网站标识码 0000000000</td></tr></table>")
    pdf = chromium_pdf(html[:main.start()].replace("max-width: 46em;", "") + layout + html[main.end():], tmp_path)
    with pdfplumber.open(pdf) as document:  # the layout is a table that holds the report
        assert any("总体情况" in str(t.extract()) for t in document.pages[0].find_tables())
        last = len(document.pages)
    back = imported(pdf, tmp_path, PLUGINS)
    assert [(f.place, f.message) for f in back.findings] == [
        ("第 1 页旁边的一栏", "文章旁边一栏的“某县人民政府门户网站首页 > 政府信息公…”未导入（网页打印时带上的导航栏等）"),
        (f"第 {last} 页旁边的一栏", "文章旁边一栏的“主办：某县人民政府办公室网站标识码 00…”未导入（网页打印时带上的导航栏等）")]
    data = _load(back)
    assert (data["agency"], data["year"], str(data["date"])) == ("某县自然资源局", 2023, "2024-01-25")
    for key in ("tables", "sections", "contact", "information_processing_fee"):
        assert data[key] == original[key], key


@pytest.mark.skipif(not CHROMIUM, reason="no Chromium installed")
def test_columns_cut_off_by_the_page_s_right_edge_are_reported(tmp_path, original, web_page):
    """A site's tables wider than the paper, printed by the browser: the columns past the page's edge are not in the
    PDF, nor their rules. The cut cells' text was read as a column beside the article or into part 三 (“织”, “法”),
    and the missing columns only as “表头里没有这一列”. Now each finding on such a table says the table runs off the
    page, a cell the edge cuts is a placeholder, and every figure imported is the printed one."""
    html = web_page.replace("</head>", "<style>body { max-width: none } table { min-width: 900px }</style>"
                                                  "</head>", 1)
    pdf = chromium_pdf(html, tmp_path)
    with pdfplumber.open(pdf) as document:
        text = "".join(page.extract_text() for page in document.pages).replace(" ", "")
    assert "本年制发件数" in text and "现行有效件数" not in text  # table 二's last column is off the page
    back = imported(pdf, tmp_path, PLUGINS)
    assert back.findings and all("（右边超出页面，切掉的列未能读出）" in f.place for f in back.findings)
    data = _load(back)
    assert data["sections"] == original["sections"]

    def compare(got, want, at: str) -> None:
        if isinstance(want, dict):
            for key in want:
                compare(got[key], want[key], f"{at}.{key}")
        else:
            assert got == want or str(got).startswith("【请填写："), at
    compare(data["tables"], original["tables"], "tables")
    assert data["tables"]["active_disclosure"]["regulations"]["issued"] == 0
    assert str(data["tables"]["applications"]["new_received"]["total"]).startswith("【请填写：")


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory) -> Path:
    """The sample's own PDF (rendered once)."""
    return render_source(SAMPLE, "pdf", tmp_path_factory.mktemp("sample"), PLUGINS)


def _remapped(sample: Path, tmp_path: Path, target, fonts: str = "") -> Path:
    """The sample's PDF (``sample``) with a ToUnicode map sending each glyph code to ``target(code)`` in the fonts whose
    name holds ``fonts``: what a reader gets from fonts written without a usable character map."""
    cmap = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Garbled def",
            "1 begincodespacerange <0000> <FFFF> endcodespacerange"]
    for start in range(0, 2000, 100):
        cmap += ["100 beginbfchar", *(f"<{code:04X}> <{target(code):04X}>" for code in range(start, start + 100)),
                 "endbfchar"]
    cmap += ["endcmap CMapName currentdict /CMap defineresource pop end end"]
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(sample))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            if fonts in str(font.get_object()["/BaseFont"]):
                stream = DecodedStreamObject()
                stream.set_data("\n".join(cmap).encode())
                font.get_object()[NameObject("/ToUnicode")] = writer._add_object(stream)
    garbled = tmp_path / "garbled.pdf"
    with garbled.open("wb") as out:
        writer.write(out)
    return garbled


@pytest.mark.parametrize("target, fonts, reads", [
    (lambda code: 0xE000 + code, "", "\ue072\ue067\ue076"),        # the Private Use Area
    (lambda code: 0xC0 + code % 60, "fangsong", "ÂÁûÑ"),            # Latin-1, the body's font only
], ids=["private-use", "latin-1-body"])
def test_a_pdf_whose_text_reads_as_no_chinese_is_refused_in_one_line(tmp_path, sample_pdf, target, fonts, reads):
    """Fonts whose character map gives no Chinese (codes in the Private Use Area; Latin-1 letters for the body's
    font, the headings' right): the import said the file might not be an annual report, or wrote the body as
    “ÂÁûÑõ…”. It now says the text cannot be read, and what to look for instead."""
    garbled = _remapped(sample_pdf, tmp_path, target, fonts)
    with pdfplumber.open(garbled) as pdf:
        assert reads in pdf.pages[0].extract_text().replace("\n", "")
    result = CliRunner().invoke(cli, ["import", str(garbled), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and not (tmp_path / "out").exists()
    assert result.output.strip() == (f"{garbled}: error: PDF 里的字体没有字符对照表，取不出文字（复制出来是乱码），无法导入："
                                     "请找这份报告的 DOCX、网页，或用别的软件重新导出的 PDF")


def test_a_scan_with_a_site_s_line_of_text_on_each_page_is_refused_in_one_line(tmp_path):
    """A scan's page images with a line of text a site stamped under each: the import said it found no part of an
    annual report (“可能不是政府信息公开工作年度报告”). It now says the pages are images, and what to look for."""
    from PIL import Image
    from weasyprint import HTML

    image = Image.new("RGB", (595, 842), "white")
    for top in range(100, 700, 30):
        image.paste(Image.new("RGB", (400, 12), "black"), (100, top))  # lines of "text", drawn
    image.save(tmp_path / "page.png")
    font = FANDOL / "FandolFang-Regular.otf"
    pages = "".join(f'<div style="break-after: page"><img src="page.png" style="width: 170mm">'
                    f"<p>本文件来源于某县人民政府门户网站 第{n}页</p></div>" for n in (1, 2, 3))
    scan = tmp_path / "扫描件.pdf"
    HTML(string=f"<style>@font-face {{ font-family: F; src: url({font.as_uri()}) }} body {{ font-family: F }}"
                f"</style>{pages}", base_url=f"{tmp_path}/").write_pdf(scan)
    result = CliRunner().invoke(cli, ["import", str(scan), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and not (tmp_path / "out").exists()
    assert result.output.strip() == (f"{scan}: error: PDF 的正文是图像（扫描件或图片转成的 PDF），可以取出的只有"
                                     "“本文件来源于某县人民政府门户网站 第1页”这样零星的字，无法导入："
                                     "请找这份报告的 DOCX、网页，或可以选中文字的 PDF")
