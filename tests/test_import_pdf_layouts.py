"""PDFs laid out as browsers and converters print them: tables over page breaks, cut off by the page, text not
justified, a text layer without Chinese. Each is the sample report printed with a little CSS, read back cell by cell."""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import NamedTuple

import pdfplumber
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.importers.pdf.edges import line_pitch
from reportkit.importers.pdf.grids import table_grid
from reportkit.importers.pdf.paragraphs import free_role
from reportkit.importers.pdf.table_breaks import add_table
from reportkit.importers.source import Grid, Published
from reportkit.plugins import load_plugins

from _import_helpers import CHROMIUM, chromium_pdf, imported, render_source, review_in_two, review_turned

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")


def _load(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


@functools.cache
def _sample_html():
    """The sample's layout, and the PDF renderer's plan of its fonts and HTML (made once)."""
    from reportkit.pipeline import prepare
    from reportkit.renderers.pdf import _source

    prepared = prepare(SAMPLE, PLUGINS)
    return (prepared.layout, *_source(prepared.document, prepared.layout, PLUGINS.registry.fonts)[:2])


def _printed(edit, target: Path) -> Path:
    """The sample's HTML, changed by ``edit``, printed to ``target`` by WeasyPrint, as a browser prints a page."""
    from weasyprint import HTML

    from reportkit.renderers.pdf import LayoutFetcher

    layout, plan, html = _sample_html()
    HTML(string=edit(html), base_url=Path(layout.directory).resolve().as_uri() + "/",
         url_fetcher=LayoutFetcher(layout.folders, plan.fonts)).write_pdf(target)
    return target


def _rows_may_break(space: int):
    """Rows allowed to break over a page (as a web page's are), and ``space`` pt before table 三 to move its break."""
    def edit(html: str) -> str:
        html = html.replace("</head>", "<style>tr { break-inside: auto !important }</style></head>", 1)
        at = html.rindex("<table", 0, html.index("申请人情况"))
        return html[:at] + f'<div style="height: {space}pt"></div>' + html[at:]
    return edit


def _below_the_tables(pdf_path: Path, text: str) -> bool:
    """Whether a line starting with ``text`` lies below every table pdfplumber finds on its page (no rule closes it)."""
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            for line in page.extract_text_lines():
                if line["text"].replace(" ", "").startswith(text):
                    return all(line["top"] > table.bbox[3] for table in page.find_tables())
    raise AssertionError(f"{text} not printed")


def _broken_at(space: int, row: str, folder: Path, original: dict) -> dict:
    """The sample printed with ``space`` before table 三, so that a page break falls at ``row`` (printed below the
    page's tables), imported: no finding, its tables as the normal import's; its data."""
    page = _printed(_rows_may_break(space), folder / f"broken-{space}.pdf")
    assert _below_the_tables(page, row)
    back = imported(page, folder, PLUGINS)
    assert back.findings == []
    data = _load(back)
    assert data["tables"] == original["tables"]
    return data


def test_a_table_row_left_open_at_a_page_s_foot_stays_in_its_table(tmp_path, original):
    """A row at a page's foot has no rule under it when its table goes on (its rowspan group too): the row was read as
    text (a heading in part 三) and the table's part on the next page, head repeated, as table 三 again: 21 rows lost."""
    data = _broken_at(126, "（一）予以公开", tmp_path, original)
    assert data["tables"]["applications"]["results"]["granted"] == {
        "natural_person": 20, "commercial_enterprise": 3, "research_institution": 0, "public_welfare_organization": 0,
        "legal_service_agency": 1, "other": 0, "total": 24}
    assert data["sections"] == original["sections"]


def test_a_table_row_split_over_a_page_break_is_one_row(tmp_path, original):
    """A row broken over two pages (its label's first half and figures above, the rest below): the half at the foot
    had no rule under it and was lost with the rest of table 三 ("not table 二, 三 or 四")."""
    data = _broken_at(154, "2.申请人逾期未按收费通", tmp_path, original)
    assert data["tables"]["applications"]["results"]["other_handling"]["overdue_fee"] == {
        "natural_person": 1, "commercial_enterprise": 0, "research_institution": 0, "public_welfare_organization": 0,
        "legal_service_agency": 0, "other": 0, "total": 1}


def test_a_row_whose_figures_stay_and_whose_labels_go_over_is_one_row():
    """The other way a row breaks: its figures at the page's foot, its labels (taller) on the next page."""
    head = [["申请人情况"] * 4, ["", "", "自然人", "总计"]]
    published = Published("x.pdf")
    add_table(published, Grid([*head, ["", "3.其他", "1", "1"], ["", "", "14", "14"]], list("1234"), "p2"))
    add_table(published, Grid([*head, ["（六）其他处理", "4.另一行", "", ""], ["", "5.末行", "2", "2"]], list("5678"), "p3"))
    [grid] = published.items
    assert grid.rows[2:] == [["", "3.其他", "1", "1"], ["（六）其他处理", "4.另一行", "14", "14"], ["", "5.末行", "2", "2"]]
    assert grid.places == list("12348")


def test_a_table_cut_off_by_the_page_s_edge_leaves_placeholders_not_shifted_figures(tmp_path, original):
    """A web page printed too wide: table 四's first figure runs off the page. Its row was read by position, short of a
    column; then a cell cut off by the page was no figure, and all 15 were left to be filled in; now each figure is
    read by the labels over it, and only the cut one is left, saying why."""
    def edit(html: str) -> str:  # table 四 moved out to the page's left edge, its first figure further
        start = html.rindex("<table", 0, html.index("未经复议直接起诉"))
        cell = html.index("<td", html.rindex("<tr", 0, html.index("</table>", start)))
        return (html[:start] + '<table style="margin-left: -28mm"' + html[start + 6:cell] + '<td style="text-indent: -40pt"'
                + html[cell + 3:])
    page = _printed(edit, tmp_path / "wide.pdf")
    with pdfplumber.open(page) as pdf:
        assert any(c["x0"] < 0 and c["text"] == "2" for p in pdf.pages for c in p.chars)  # 结果维持 of 行政复议
    back = imported(page, tmp_path, PLUGINS)
    place = next(f.place for f in back.findings)
    assert [f.message for f in back.findings] == ["表四“行政复议”“结果维持”：“（超出页面，未能读出）”不是数字，请按原始台账填写"]
    review = _load(back)["tables"]["review_litigation"]
    assert review.pop("reconsideration") == {"upheld": "【请填写：表四“行政复议”“结果维持”（原文：（超出页面，未能读出））】",
                                             "corrected": 1, "other": 0, "pending": 1, "total": 4}
    assert review == {k: v for k, v in original["tables"]["review_litigation"].items() if k != "reconsideration"}
    assert re.fullmatch(r"第 \d+ 页的表格第 \d+ 行", place)  # the row of figures
    assert {k: v for k, v in _load(back)["tables"].items() if k != "review_litigation"} == \
        {k: v for k, v in original["tables"].items() if k != "review_litigation"}


def test_a_pdf_whose_chinese_all_reads_as_one_character_is_refused_in_one_line(tmp_path):
    """Exported without a Chinese font, every glyph is the same empty box, and the text layer reads each as one
    character (青青青…): the import said it might not be an annual report; it now says the text cannot be read."""
    import pypdf
    from pypdf.generic import DecodedStreamObject, NameObject

    cmap = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Same def",
            "1 begincodespacerange <0000> <FFFF> endcodespacerange"]
    for start in range(0, 2000, 100):
        cmap += ["100 beginbfchar", *(f"<{code:04X}> <9752>" for code in range(start, start + 100)), "endbfchar"]
    cmap += ["endcmap CMapName currentdict /CMap defineresource pop end end"]
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(render_source(SAMPLE, "pdf", tmp_path, PLUGINS)))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            stream = DecodedStreamObject()
            stream.set_data("\n".join(cmap).encode())
            font.get_object()[NameObject("/ToUnicode")] = writer._add_object(stream)
    same = tmp_path / "same.pdf"
    with same.open("wb") as out:
        writer.write(out)
    with pdfplumber.open(same) as pdf:
        assert set(pdf.pages[0].extract_text().replace("\n", "").replace(" ", "")) == {"青"}
    result = CliRunner().invoke(cli, ["import", str(same), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and not (tmp_path / "out").exists()
    assert result.output.strip() == (f"{same}: error: PDF 里的汉字都读成同一个字“青”（多半是导出时缺少中文字体），取不出文字，"
                                     "无法导入：请找这份报告的 DOCX、网页，或用别的软件重新导出的 PDF")


def test_a_pdf_whose_text_is_not_justified(tmp_path, original):
    """Text set flush left ends its lines short of the right edge: “电话：” at a line's end, with the number too long
    for the rest of the line on the next, ended a paragraph (the contact line was lost)."""
    page = _printed(lambda html: html.replace("</head>", "<style>p { text-align: left !important }</style></head>", 1),
                    tmp_path / "ragged.pdf")
    with pdfplumber.open(page) as pdf:
        assert any(line["text"].endswith("电话：") for p in pdf.pages for line in p.extract_text_lines())
    back = imported(page, tmp_path, PLUGINS)
    assert back.findings == []
    assert _load(back) == original


@pytest.mark.parametrize("indent", ["3em", "4em"])
def test_paragraphs_indented_more_than_two_characters_stay_whole(tmp_path, original, indent):
    """A first-line indent of three or four characters (set in points, or typed spaces) put a paragraph's first line
    where a 署名 set right stands: it was an item of its own, and every paragraph split at its first line's end."""
    page = _printed(lambda html: html.replace(
        "</head>", f"<style>p {{ text-indent: {indent} !important; text-align: left !important }}</style></head>", 1),
        tmp_path / "indented.pdf")
    back = imported(page, tmp_path, PLUGINS)
    assert back.findings == []
    assert _load(back) == original


def _line(top: float, x0: float = 80, x1: float = 520, size: float = 12) -> dict:
    return {"top": top, "text": "某", "x0": x0, "x1": x1, "chars": [{"size": size}]}


def test_a_pdf_s_line_pitch_is_read_from_lines_that_fill_the_page():
    """One-line paragraphs under headings in smaller type, 15.4 and 17.7 pt apart, set the pitch, and the lines of
    the one long paragraph, 21.6 pt apart, each began a paragraph."""
    long = [_line(100), _line(121.6), _line(143.2, x1=300)]
    rest = [line for i in range(10) for line in (_line(160 + 33.1 * i, 50, 150, 8), _line(175.4 + 33.1 * i, x1=400))]
    assert line_pitch([long + rest]) == 21.6


def test_a_paragraph_s_first_line_two_characters_short_of_a_ragged_edge_is_not_centred():
    """Indented two characters and ending two short of the right edge, a paragraph's first line sits in the middle of
    the page: it was taken for a centred line, standing alone, and the paragraph was cut after it."""
    assert free_role(_line(100, 86.7, 513.4), 297.6, 24, 12) == "body"
    assert free_role(_line(100, 200, 395.3), 297.6, 137.3, 12) == "centered"


_NO_BORDERS = "th, td, table { border: none !important }"


@pytest.mark.parametrize("css", [_NO_BORDERS, _NO_BORDERS + " th, td { border-bottom: 0.5pt solid #999 !important }"],
                         ids=["no rules", "horizontal rules only"])
def test_a_table_printed_without_rules_is_read_from_its_lines(tmp_path, original, css):
    """A web page's table printed without borders (or with rules between rows only): no table was found ("没有找到表二"),
    its rows went into the narrative as headings ("1.属于国家秘密1 0 …" in part 三) and parts. Now its lines are read as
    a grid: labels (wrapped, beside their group's) on the left, figures in the columns under their names."""
    page = _printed(lambda html: html.replace("</head>", f"<style>{css}</style></head>", 1), tmp_path / "unruled.pdf")
    with pdfplumber.open(page) as pdf:
        assert not any(p.find_tables() for p in pdf.pages)
    back = imported(page, tmp_path, PLUGINS)
    assert back.findings == []
    data = _load(back)
    assert data["tables"] == original["tables"]
    assert data["tables"]["active_disclosure"]["administrative_coercion"] == {"decisions": {"value": 4, "note": "均为查封"}}
    assert data["tables"]["applications"]["results"]["unable_to_provide"]["needs_creation"] == {  # beside （四）无法提供
        "natural_person": 1, "commercial_enterprise": 0, "research_institution": 0, "public_welfare_organization": 0,
        "legal_service_agency": 0, "other": 0, "total": 1}
    assert data["sections"] == original["sections"]


def test_a_table_without_rules_whose_head_ends_a_page_keeps_it(tmp_path, original):
    """Table 二's caption and head at a page's foot, its rows on the next page (as a browser breaks a table without
    rules): the head is the next page's table's, not two paragraphs, and its rows are read under its column names."""
    def edit(html: str) -> str:
        html = html.replace("</head>", f"<style>{_NO_BORDERS} tr, table {{ break-inside: auto !important; break-after: "
                                       "auto !important }} thead {{ display: table-row-group }}</style></head>", 1)
        at = html.index("<table")
        return html[:at] + '<div style="height: 566pt"></div>' + html[at:]
    page = _printed(edit, tmp_path / "foot.pdf")
    with pdfplumber.open(page) as pdf:
        foot = next(p for p in pdf.pages if "第二十条第（一）项" in p.extract_text()).extract_text_lines()
        assert foot[-2]["text"].replace(" ", "").startswith("信息内容本年制发件数")  # the page number is last
    back = imported(page, tmp_path, PLUGINS)
    assert back.findings == []
    data = _load(back)
    assert data["tables"] == original["tables"]
    assert data["sections"] == original["sections"]


@pytest.fixture(scope="module")
def as_printed(tmp_path_factory) -> dict:
    """The sample's HTML printed as it is (:func:`_printed`), imported: its data."""
    folder = tmp_path_factory.mktemp("as-is")
    return _load(imported(_printed(lambda html: html, folder / "page.pdf"), folder, PLUGINS))


@pytest.mark.parametrize("change", [review_in_two, review_turned], ids=["in-two", "turned"])
def test_table_four_printed_in_two_or_turned_imports_from_the_pdf(tmp_path, as_printed, change):
    """Table 四 printed in two tables or turned (a row per result), read from the PDF: every figure by its labels."""
    page = _printed(change, tmp_path / "page.pdf")
    back = imported(page, tmp_path, PLUGINS)
    assert [f.message for f in back.findings] == []
    assert _load(back) == as_printed
    assert _load(back)["tables"]["review_litigation"] == {
        "reconsideration": {"upheld": 2, "corrected": 1, "other": 0, "pending": 1, "total": 4},
        "litigation_direct": {"upheld": 1, "corrected": 0, "other": 0, "pending": 1, "total": 2},
        "litigation_after_reconsideration": {"upheld": 1, "corrected": 0, "other": 0, "pending": 0, "total": 1}}


_NAVIGATION = ["政府信息公开", "主动公开", "依申请公开", "总体情况", "监督保障", "政府信息管理", "平台建设", "其他事项",
               "存在的主要问题", "改进情况"]


def _beside_the_article(side: str, position: str = "absolute"):
    """A site's navigation printed beside the article (a wider margin on that ``side`` holds it), as a browser prints
    a page (on the first page, or with ``position`` fixed on every one); the words are the report's own, which the
    PDF's fonts have."""
    def edit(html: str) -> str:
        html = html.replace("</head>", f"<style>@page {{ margin-{side}: 62mm }}</style></head>", 1)
        body = re.search(r"<body[^>]*>", html)
        items = "".join(f"<p style='text-indent: 0; margin: 0 0 4pt 0; font-size: 10.5pt; line-height: 14pt'>{w}</p>"
                        for w in _NAVIGATION * 2)
        return (html[:body.end()] + f'<div style="position: {position}; {side}: -46mm; top: 0; width: 36mm">{items}</div>'
                + html[body.end():])
    return edit


@pytest.fixture(scope="module")
def margin_beside(tmp_path_factory):
    """The sample printed with a margin 62 mm wide on a ``side`` (and no navigation in it), imported: the result, by
    side (each printed once)."""
    @functools.cache
    def read(side: str):
        folder = tmp_path_factory.mktemp(f"margin-{side}")
        plain = _printed(lambda html: html.replace("</head>", f"<style>@page {{ margin-{side}: 62mm }}</style></head>", 1),
                         folder / "page.pdf")
        return imported(plain, folder, PLUGINS)
    return read


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_site_s_navigation_printed_beside_the_article_is_left_out(tmp_path, original, margin_beside, side):
    """A page printed from a site with its navigation in a column beside the article: the column's lines ran into the
    article's (on one line, or read as lines of their own), so the title was lost, every line of page 1 was "set
    right" and no paragraph was whole. The column is now one finding, and the article imports as printed without it;
    the title, centred on the article, not on the page, is the title."""
    with_navigation = _printed(_beside_the_article(side), tmp_path / "page.pdf")
    with pdfplumber.open(with_navigation) as pdf:
        words = [w["text"] for w in pdf.pages[0].extract_words()]
    assert words.count("存在的主要问题") == 2 and "某县自然资源局" in words
    back, expected = imported(with_navigation, tmp_path, PLUGINS), margin_beside(side)
    assert [(f.place, f.message) for f in back.findings] == [
        ("第 1 页旁边的一栏", "文章旁边一栏的“政府信息公开、主动公开、依申请公开、总体…”未导入（网页打印时带上的导航栏等）")]
    assert expected.findings == [] and _load(back) == _load(expected)
    assert _load(back) == original  # the sample's own PDF, imported


@pytest.mark.parametrize("longer", [3, 8])
def test_a_table_printed_without_rules_is_no_navigation_column(tmp_path, original, longer):
    """With the first part longer (the page breaks elsewhere), table 三's wrapped labels, printed without rules, were
    taken for a site's navigation column beside the article (:func:`reportkit.importers.pdf.web.beside`): left out, and
    the table's rows lost. The article beside such a column has paragraphs, and neither side is mostly figures. And
    a line of prose ending in a figure is no table row (:func:`reportkit.importers.pdf.unruled._figure_count`)."""
    more = "把公开工作同业务工作一起部署、一起检查，" * 3 * longer  # the fonts' subsets have these characters

    def edit(html: str) -> str:
        at = html.index("</p>", html.index("一、总体情况"))
        return html[:at].replace("</head>", f"<style>{_NO_BORDERS}</style></head>", 1) + more + html[at:]
    back = imported(_printed(edit, tmp_path / "unruled.pdf"), tmp_path, PLUGINS)
    assert [f.message for f in back.findings] == []
    data = _load(back)
    assert data["tables"] == original["tables"]
    # A line of section 六's fee sentence ending in a figure (…共计1120) was read as a row of a table printed without
    # rules: the line lost, the paragraph cut in two (“这个表格不是表二、表三或表四”).
    data["sections"]["overview"][0] = data["sections"]["overview"][0].replace(more, "")
    assert data["sections"] == original["sections"]
    assert data["information_processing_fee"] == original["information_processing_fee"]


def test_a_site_s_navigation_on_every_page_is_left_out_on_its_pages_of_tables_too(tmp_path, margin_beside):
    """Printed on every page, the navigation was found beside the text, but not on the pages of tables (too few lines
    of their own to tell): there it ran into table 三 (“表三出现了两次”, seven rows lost). Such a page has the column
    found on a page before, where its words stand alone in it."""
    every = _printed(_beside_the_article("right", "fixed"), tmp_path / "page.pdf")
    back, expected = imported(every, tmp_path, PLUGINS), margin_beside("right")
    with pdfplumber.open(every) as pdf:
        pages = len(pdf.pages)
    assert [f.place for f in back.findings] == [f"第 {n} 页旁边的一栏" for n in range(1, pages + 1)]
    assert _load(back) == _load(expected)


@pytest.mark.skipif(not CHROMIUM, reason="no Chromium installed")
def test_a_web_page_printed_by_a_browser_imports_whole(tmp_path, original):
    """Chromium's print of the sample's web page, in FandolFang (as a site's page is printed to PDF): its text layer
    reads 生 as the radical ⽣ (U+2F63), 月 as ⽉; it writes no box for the Chinese face, so the digits of
    “〔2021〕30号”, in a Latin face, sat lower and read as a line of their own. The agency, the date and the year were
    lost, and the title and preamble taken for a table printed without rules."""
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "-f", "html", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    printed = chromium_pdf((tmp_path / "sample-2021.html").read_text(encoding="utf-8"), tmp_path)
    with pdfplumber.open(printed) as pdf:
        layer = "".join(char["text"] for page in pdf.pages for char in page.chars)
    assert "\u2f63" in layer or "\u2f49" in layer  # what is tested: the browser's text layer has radicals
    back = imported(printed, tmp_path, PLUGINS)
    text = back.target.read_text(encoding="utf-8")
    assert not re.search("[\u2e80-\u2fdf\x00-\x08\x0b\x0c\x0e-\x1f]", text)
    data = _load(back)
    assert (data["agency"], data["year"], str(data["date"])) == ("某县自然资源局", 2023, "2024-01-25")
    assert data["tables"] == original["tables"]
    assert data["sections"] == original["sections"]
    assert data["contact"] == original["contact"]


class _Cell(NamedTuple):
    cells: list


def test_a_blank_sliver_cell_at_a_page_break_does_not_split_the_row_beside_it():
    """A browser draws a cell cut by the page break as a blank sliver, its edge inside the next row: the row was read
    twice (“出现了两次”, both placeholders)."""
    rows = [_Cell([(0, 0, 40, 20), None, (80, 0, 120, 20)]),           # 7.… | (rowspan) | 0
            _Cell([(0, 20, 40, 40), (40, 20, 80, 30), (80, 20, 120, 40)]),  # 8.… | blank sliver | 0
            _Cell([None, (40, 30, 80, 40), None])]                     # the sliver's lower half

    class Table:
        bbox = (0, 0, 120, 40)
        cells = [cell for row in rows for cell in row.cells if cell]
        page = type("Page", (), {"bbox": (0, 0, 200, 200), "chars": []})()

        def __init__(self):
            self.rows = rows

        def extract(self):
            return [["7.属于行政执法案卷", None, "0"], ["8.属于行政查询事项", "", "0"], [None, "", None]]

    grid = table_grid(Table(), "第 3 页的表格")
    assert [row[0] for row in grid.rows] == ["7.属于行政执法案卷", "8.属于行政查询事项"]


def test_a_block_of_fewer_columns_continued_on_the_next_page_is_not_shifted():
    """Table 二 over a page break, its (九) block of three columns in a table of four: the block's title row, repeated
    over the four columns, was taken for row-spanning labels left on the page before, and every row under it shifted
    right (“表二没有‘政府集中采购’一行”, its two figures placeholders)."""
    published = Published("t.pdf")
    published.add(Grid([["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], ["规章", "0", "0", "0"]],
                       ["第 1 页第 1 行", "第 1 页第 2 行"], "第 1 页的表格"))
    rest = [["第二十条第（九）项"] * 4, ["信息内容", "采购项目数量", "采购总金额", ""], ["政府集中采购", "23", "2192.315913万元", ""]]
    published.add(Grid([row[:] for row in rest], ["第 2 页第 1 行", "第 2 页第 2 行", "第 2 页第 3 行"], "第 2 页的表格"))
    (grid,) = published.items
    assert grid.rows[-3:] == rest


def test_table_three_continued_with_a_column_more_joins_its_first_part():
    """Table 三 over a page break: its part on the first page has no 1. 2. rows, so no column for them (nine
    columns), the part on the next page has ten. The parts stayed two tables: the second “not table 二, 三 or 四”,
    twenty rows placeholders."""
    first = [["一、本年新收政府信息公开申请数量"] * 2 + ["4", "0", "1", "2", "0", "0", "7"],
             ["", "（一）予以公开", "3", "0", "1", "2", "0", "0", "6"]]
    rest = [["", "（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"],
            ["四、结转下年度继续办理"] * 3 + ["0", "0", "0", "0", "0", "0", "1"]]
    published = Published("t.pdf")
    published.add(Grid(first, ["第 2 页第 1 行", "第 2 页第 2 行"], "第 2 页的表格"))
    published.add(Grid(rest, ["第 3 页第 1 行", "第 3 页第 2 行"], "第 3 页的表格"))
    (grid,) = published.items
    assert grid.rows[1] == ["", "（一）予以公开", "（一）予以公开", "3", "0", "1", "2", "0", "0", "6"]
    assert grid.rows[2:] == rest and len(grid.places) == 4


def test_a_link_to_last_year_s_report_above_the_title_is_not_the_title(tmp_path, original):
    """A site's page printed with its navigation, which links to last year's report, set left above the centred title:
    the link was taken for the title, and the report for last year's (year 2022, its own title in the preamble)."""
    link = '<p style="text-indent: 0; text-align: left">某县自然资源局2022年政府信息公开工作年度报告</p>'
    page = _printed(lambda html: html.replace('<h1 class="title', link + '<h1 class="title', 1), tmp_path / "link.pdf")
    back = imported(page, tmp_path, PLUGINS)
    data = _load(back)
    assert (data["year"], data.get("title"), data["sections"]) == (2023, original.get("title"), original["sections"])
    assert [f.message for f in back.findings] == ["标题之前的“某县自然资源局2022年政府信息公开工作…”未导入"]
