"""Statistics tables published as pictures (an <img> in the page, a picture pasted in the DOCX, an image in the PDF):
the import says so once, names where the pictures are and how to fill the tables, instead of a finding per row and
a validation error per placeholder cell. A site's logo above the article is no such picture."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from click.testing import CliRunner
from docx import Document
from docx.shared import Cm
from PIL import Image

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
FANG = Path("plugins/reportkit-gbt9704-fonts-fandol/src/reportkit_fonts_fandol/FandolFang-Regular.otf").resolve()
_TABLE = re.compile(r"<table.*?</table>", re.S)


def _png(width: int = 480, height: int = 160) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, "PNG")
    return out.getvalue()


def _page(tmp_path: Path, table: str = '<p><img src="t.png"></p>') -> Path:
    """The sample report as a web page, each table replaced by ``table``, a site's logo above it all."""
    html = render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    html = _TABLE.sub(table, html).replace("<body>", '<body><div class="top"><img src="logo.png">某县人民政府网</div>', 1)
    assert "<table" not in html and html.count("<img") == 1 + 3 * ("<img" in table)
    (tmp_path / "t.png").write_bytes(_png())
    (tmp_path / "logo.png").write_bytes(_png(300, 60))
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    return page


def _table_findings(result) -> list:
    return [f for f in result.findings if f.rule in ("tables", "cells")]


def test_tables_as_pictures_in_a_page_are_one_finding_naming_the_pictures(tmp_path):
    result = imported(_page(tmp_path), tmp_path, PLUGINS)
    found = _table_findings(result)
    assert len(found) == 1, [f.message for f in found]
    message = found[0].message
    assert message.startswith("没有找到表二、表三、表四：")
    places = re.findall(r"第 \d+ 段后", message)
    assert len(places) == 3 and found[0].place == places[0]  # the three tables', not the logo's
    assert "以图片发布" in message and "照图片把数字填进数据文件" in message and "DOCX 或 Excel" in message
    assert "reportkit tables export" in message
    numbers = [int(re.search(r"\d+", p).group()) for p in places]
    assert numbers == sorted(numbers) and numbers[0] > 1


def test_tables_left_out_without_pictures_are_one_finding_each(tmp_path):
    result = imported(_page(tmp_path, ""), tmp_path, PLUGINS)
    assert [f.message for f in _table_findings(result)] == ["没有找到表二", "没有找到表三", "没有找到表四"]


def test_rows_missing_from_a_table_that_is_there_are_still_named(tmp_path):
    html = render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    row = re.search(r"<tr>(?:(?!</tr>).)*结转下年度继续办理.*?</tr>", html, re.S)
    page = tmp_path / "page.html"
    page.write_text(html.replace(row.group(), ""), encoding="utf-8")
    messages = [f.message for f in imported(page, tmp_path, PLUGINS).findings]
    assert "表三没有“四、结转下年度继续办理”一行" in messages


def test_import_prints_one_line_for_the_placeholder_cells(tmp_path):
    page = _page(tmp_path)
    result = CliRunner().invoke(cli, ["import", str(page), "-o", str(tmp_path / "out")])
    lines = result.output.splitlines()
    assert not [line for line in lines if "实际为“【请填写" in line]
    summary = [line for line in lines if "占位" in line and "page.yaml:" in line]
    assert len(summary) == 1, lines
    count, first, last = map(int, re.search(r"page\.yaml:(\d+)-(\d+).*?(\d+) 格", summary[0]).group(3, 1, 2))
    data = (tmp_path / "out" / "page.yaml").read_text(encoding="utf-8").splitlines()
    held = [n for n, line in enumerate(data, 1) if "【请填写：表" in line]
    assert (first, last) == (held[0], held[-1]) and count == sum(line.count("【请填写：表") for line in data) > 100
    assert "请照原文填写后运行 reportkit validate" in summary[0]
    assert len(lines) < 10 and result.exit_code == 1


def test_check_gives_one_row_for_tables_as_pictures(tmp_path):
    page = _page(tmp_path)
    CliRunner().invoke(cli, ["check", str(page), "--report", str(tmp_path / "r.csv")])
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = [row for row in csv.DictReader(f) if row["rule"] in ("import-tables", "import-cells")]
    assert len(rows) == 1 and "以图片发布" in rows[0]["message"]


def test_tables_as_pictures_in_a_docx(tmp_path):
    document = Document(str(render_source(SAMPLE, "docx", tmp_path, PLUGINS)))
    (tmp_path / "t.png").write_bytes(_png())
    # a logo in the page header: not in the body
    document.sections[0].header.paragraphs[0].add_run().add_picture(str(tmp_path / "t.png"), width=Cm(3))
    body = document.element.body
    numbers = []
    for table in list(document.tables):
        picture = document.add_paragraph()
        picture.add_run().add_picture(str(tmp_path / "t.png"), width=Cm(15))
        table._element.addprevious(picture._p)
        body.remove(table._element)
    for n, element in enumerate((e for e in body.iterchildren() if e.tag.endswith("}p")), 1):
        if element.xpath(".//pic:pic"):
            numbers.append(n)
    source = tmp_path / "pictures.docx"
    document.save(str(source))
    found = _table_findings(imported(source, tmp_path, PLUGINS))
    assert len(found) == 1 and "以图片发布" in found[0].message
    assert re.findall(r"第 (\d+) 段", found[0].message) == [str(n) for n in numbers] and len(numbers) == 3


def test_tables_as_pictures_in_a_pdf(tmp_path):
    from weasyprint import HTML

    page = _page(tmp_path, '<p><img src="t.png" style="width: 14cm"></p>')
    html = re.sub(r'url\("reportkit-font:[^"]*"\) format\("\w+"\)', f"url({FANG.as_uri()})", page.read_text(encoding="utf-8"))
    source = tmp_path / "page.pdf"
    HTML(string=html, base_url=f"{tmp_path}/").write_pdf(source)
    found = _table_findings(imported(source, tmp_path, PLUGINS))
    assert len(found) == 1 and "以图片发布" in found[0].message
    import pdfplumber

    with pdfplumber.open(str(source)) as pdf:  # the pages of the tables' pictures (14 cm wide), not the logo's
        pages = [f"第 {n} 页" for n, p in enumerate(pdf.pages, 1) for image in p.images if image["width"] > 350]
        logo = [n for n, p in enumerate(pdf.pages, 1) for image in p.images if image["width"] < 350]
    assert len(pages) == 3 and logo == [1]
    assert re.findall(r"第 \d+ 页", found[0].message) == list(dict.fromkeys(pages)) and found[0].place == pages[0]
