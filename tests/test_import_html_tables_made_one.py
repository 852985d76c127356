"""A clerk's tables 二, 三 and 四 made one Word table, each part's heading a row across it, saved as a web page by
LibreOffice (one <table> whose colspans count the columns of all three): the web-page reader lays each part out on its
own columns, so that table 四 has its 15 figures and ``check`` finds nothing. The inputs are examples/sample-2021.yaml's
DOCX changed as in test_import_pdf_tables_made_one.py, and, where LibreOffice is not installed, its web page changed
to the shape LibreOffice gives."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

from reportkit.cli import cli

from _import_helpers import SOFFICE, data_of, imported, render_source
from test_import_pdf_tables_made_one import _one_table

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
needs_libreoffice = pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice")
#: How many of the page's columns each column of tables 二, 三 and 四 takes in LibreOffice's page of the one table (24).
WIDTHS = [[5, 7, 7, 5], [2, 2, 3, 3, 2, 2, 3, 3, 2, 2], [1, 2, 1, 2, 3, 1, 1, 2, 1, 2, 2, 2, 1, 2, 1]]
#: Table 四's group heads, whose edges LibreOffice sets a column off those of the heads and figures under them.
OFF = {"行政复议": 8, "行政诉讼": 16, "未经复议直接起诉": 6, "复议后起诉": 9}


def _rows(table, widths: list[int]) -> list[str]:
    """``table``'s rows with each cell's colspan counted in the one table's columns."""
    rows, taken = [], set()
    for r, row in enumerate(table.iter("tr")):
        column = 0
        for cell in row.xpath("./td|./th"):
            while (r, column) in taken:
                column += 1
            down, across = int(cell.get("rowspan", 1)), int(cell.get("colspan", 1))
            taken |= {(i, j) for i in range(r, r + down) for j in range(column, column + across)}
            cell.set("colspan", str(OFF.get(cell.text_content().strip(), sum(widths[column:column + across]))))
            column += across
        rows.append(lxml.html.tostring(row, encoding="unicode"))
    return rows


def _made_one(page: str) -> str:
    """Reportkit's ``page`` with tables 二, 三 and 四 one <table> as LibreOffice saves the clerk's table: each part's
    heading a row across it, the text between the tables gone."""
    start, end = page.index("<h2>二、"), page.index("<h2>五、")
    tables = re.findall(r"<table>.*?</table>", page[start:end], re.S)
    headings = re.findall(r"<h2>(.*?)</h2>", page[start:end])
    rows = []
    for n, (table, widths) in enumerate(zip(tables, WIDTHS)):
        if n:
            rows.append(f'<tr><td colspan="24"><b>{headings[n]}</b></td></tr>')
        rows += _rows(lxml.html.fragment_fromstring(table), widths)
    return f"{page[:start]}<h2>{headings[0]}</h2><table>{''.join(rows)}</table>{page[end:]}"


def test_tables_made_one_page_read_as_three(plain, tmp_path):
    """The page without LibreOffice: every figure back in its cell, and ``check`` finds nothing."""
    page = render_source(SAMPLE, "html", tmp_path)
    one = tmp_path / "one" / "one-table.html"
    one.parent.mkdir()
    one.write_text(_made_one(page.read_text(encoding="utf-8")), encoding="utf-8")
    assert one.read_text(encoding="utf-8").count("<table") == 1
    result = imported(one, one.parent)
    assert data_of(result)["tables"] == plain[1]["tables"]
    assert not [f.message for f in result.findings if "表四" in f.message]
    checked = CliRunner().invoke(cli, ["check", str(one)])
    assert checked.exit_code == 0, checked.output
    assert "未发现问题" in checked.output


def _libreoffice_page(docx: Path) -> Path:
    """``docx`` saved as a web page by LibreOffice beside it."""
    folder = docx.parent
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={(folder / 'lo').as_uri()}", "--convert-to", "html",
                    "--outdir", str(folder), str(docx)], capture_output=True, timeout=180, check=False)
    page = docx.with_suffix(".html")
    assert page.read_text(encoding="utf-8").count("<table") == 1
    return page


@pytest.fixture(scope="module")
def page(plain, tmp_path_factory) -> Path:
    return _libreoffice_page(_one_table(plain[0], tmp_path_factory.mktemp("page") / "one"))


@needs_libreoffice
def test_tables_made_one_read_as_three(plain, page):
    """Table 四's row of figures was read as 24 (its cells two and three of the page's columns wide) and its 15 cells
    left as placeholders: every figure of the three tables comes back to its cell, with no finding of the cells."""
    result = imported(page, page.parent)
    assert data_of(result)["tables"] == plain[1]["tables"]
    assert not [f.message for f in result.findings if "表二" in f.message or "表三" in f.message
                or "表四" in f.message]


@needs_libreoffice
def test_tables_made_one_checked_without_findings(page):
    """``check`` of that page finds nothing: the report is consistent."""
    result = CliRunner().invoke(cli, ["check", str(page)])
    assert result.exit_code == 0, result.output
    assert "未发现问题" in result.output
    assert "import-cells" not in result.output
