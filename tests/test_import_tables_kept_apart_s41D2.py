"""Small tables a site or a clerk set right after table 三, each with a head of its own: the reader keeps each apart
(:attr:`reportkit.importers.source.Grid.apart`), and the annual report's mapping trusts it: each is said once as a
table that is not 表二、表三 or 表四, none of its cells filed as a row of table 三 (were: two findings a table, “表三中
“件数”不是2019版表三的行”), in a web page, a Word file and a web page printed to PDF."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
import yaml
from docx.oxml import OxmlElement

from reportkit.importers import html
from reportkit.importers.source import Grid
from reportkit.pipeline import prepare, render
from reportkit.plugins import load_plugins

from _import_helpers import CHROMIUM, chromium_pdf, imported, render_source

PLUGINS = load_plugins()
EXAMPLE = Path(__file__).resolve().parents[1] / "examples/xinzhou-2020.yaml"
NOT_OFFICIAL = "这个表格不是表二、表三或表四，未导入"

#: Three small tables made up for this test, each with a head of its own: words over figures, a caption across.
SMALL = [
    [["受理渠道", "件数"], ["信函申请", "2"]],
    [["办结情况", "办结情况"], ["当月办结", "6"]],
    [["补正次数", "件数"], ["一次补正", "1"]],
]


def _html_tables() -> str:
    def cell(row: list[str]) -> str:
        if len(set(row)) == 1:
            return f'<td colspan="{len(row)}">{row[0]}</td>'
        return "".join(f"<td>{text}</td>" for text in row)

    return "".join(
        '<table border="1" style="margin-top:12pt">' + "".join(f"<tr>{cell(row)}</tr>" for row in table) + "</table>"
        for table in SMALL
    )


def _imported(source: Path):
    result = imported(source, source.parent, PLUGINS)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))["tables"]["applications"]


def _said(result) -> tuple[list[str], list[str]]:
    """The places of the findings that a table is none of the statistics tables, and the findings of rows of 表三."""
    return (
        [f.place for f in result.findings if f.message == NOT_OFFICIAL],
        [f.message for f in result.findings if f.message.startswith("表三中")],
    )


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> tuple[str, tuple[int, int], dict]:
    """The example's web page (``reportkit render -f html``), where table 三's <table> starts and ends on it, and the
    table 三 imported from it."""
    folder = tmp_path_factory.mktemp("page")
    prepared = prepare(EXAMPLE, PLUGINS, formats=("html",))
    text = render(prepared.document, prepared.layout, "html", PLUGINS.registry).data.decode("utf-8")
    source = folder / "plain.html"
    source.write_text(text, encoding="utf-8")
    start = text.index("<table", text.index("三、收到和处理政府信息公开申请情况"))
    return text, (start, text.index("</table>", start) + len("</table>")), _imported(source)[1]


@pytest.fixture(scope="module")
def page(plain) -> tuple[str, dict]:
    """The example's web page with the small tables right after table 三's <table>, and the plain page's table 三."""
    text, (_, end), applications = plain
    return text[:end] + _html_tables() + text[end:], applications


def test_a_web_page_s_tables_after_table_three_are_tables_of_their_own(tmp_path, page):
    """Read from the page: each small table one finding at its place, table 三 as without them."""
    source = tmp_path / "report.html"
    source.write_text(page[0], encoding="utf-8")
    result, applications = _imported(source)
    assert _said(result) == (["第 3 个表格", "第 4 个表格", "第 5 个表格"], [])
    assert applications == page[1]


def test_a_rest_of_table_three_captioned_continued_goes_on_with_it(tmp_path, plain):
    """The other side: table 三's rest as a <table> of its own whose first row says 续表 across it is no table of its
    own: the page's reader joins it to the part above (was: kept apart), and all of table 三 is imported."""
    text, (start, end), applications = plain
    table = text[start:end]
    head = table[: table.index("</thead>")]
    rows = re.findall(r"<tr>.*?</tr>", table[table.index("</thead>") :], re.S)
    width = len(re.findall(r"<col\b", table))
    cut = (
        f"{head}</thead><tbody>{''.join(rows[:2])}</tbody></table>"
        f'<table><tbody><tr><td colspan="{width}">续表</td></tr>{"".join(rows[2:])}</tbody></table>'
    )
    source = tmp_path / "report.html"
    source.write_text(text[:start] + cut + text[end:], encoding="utf-8")
    grids = [item.place for item in html.read(source).items if isinstance(item, Grid)]
    assert grids == ["第 1 个表格", "第 2 个表格", "第 4 个表格"]  # 第 3 个, the rest, joined to table 三
    result, imported_three = _imported(source)
    assert imported_three == applications
    assert _said(result)[0] == []


@pytest.mark.skipif(not CHROMIUM, reason="no Chromium installed")
def test_a_web_page_printed_to_pdf_keeps_them_apart_too(tmp_path, page):
    """The same page printed to PDF (the tables on table 三's page, no break between): three findings, no row of 表三."""
    result, applications = _imported(chromium_pdf(page[0], tmp_path))
    pages = {
        place[: place.index("的表格") + 3]
        for path, place in result.imported.places.items()
        if path[:2] == ("tables", "applications")
    }  # table 三's last page holds the three
    said, rows = _said(result)
    assert len(said) == 3 and set(said) == {max(pages, key=lambda name: int(re.search(r"\d+", name)[0]))}
    assert rows == []
    assert applications == page[1]


def test_word_tables_an_empty_paragraph_after_table_three_are_tables_of_their_own(tmp_path):
    """A Word file with the small tables after table 三, each after an empty paragraph (Word joins tables that touch)."""
    plain = render_source(EXAMPLE, "docx", tmp_path)
    _, before = _imported(plain)
    document = docx.Document(str(plain))
    at = next(t._tbl for t in document.tables if any("自然人" in cell.text for cell in t._cells))
    for rows in SMALL:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            if len(set(row)) == 1:
                table.cell(r, 0).merge(table.cell(r, len(row) - 1))
            for c, text in enumerate(dict.fromkeys(row)):
                table.cell(r, c).text = text
        empty = OxmlElement("w:p")
        at.addnext(empty)
        empty.addnext(table._tbl)
        at = table._tbl
    source = tmp_path / "made" / "report.docx"
    source.parent.mkdir()
    document.save(str(source))
    result, applications = _imported(source)
    tables = [
        i + 1
        for i, t in enumerate(docx.Document(str(source)).tables)
        if t.cell(0, 0).text in {rows[0][0] for rows in SMALL}
    ]
    assert _said(result) == ([f"第 {n} 个表格" for n in tables], [])
    assert applications == before
