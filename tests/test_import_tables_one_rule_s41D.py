"""Whether a grid right after another is the rest of it is one rule (annual_tables.one_table) for the readers of web
pages, PDFs and DOCX files: small tables set one after another, each with a head of its own, are tables of their own in
a browser's PDF of the page (the PDF reader joined every grid to the one above it) and in a DOCX (so did its reader), as
in the page; a table's last row alone is no head; across a PDF's page break only a caption is a head of its own."""
from __future__ import annotations

import docx
import pytest

from reportkit.importers import annual_tables, html, pdf
from reportkit.importers import docx as docx_reader
from reportkit.importers.source import Grid

from _import_helpers import CHROMIUM, chromium_pdf

needs_chromium = pytest.mark.skipif(not CHROMIUM, reason="needs Chromium")

#: Three small tables, made up for this test: two with a head of words, one with a caption across its first row; ruled
#: and set a little apart, as a site's page prints them.
def _ruled(rows: str) -> str:
    return f'<table border="1" style="border-collapse: collapse; margin: 12pt 0">{rows}</table>'


SMALL = "".join(map(_ruled, ("<tr><th>来信渠道</th><th>件数</th></tr><tr><td>信函来信</td><td>2</td></tr>",
                             '<tr><th colspan="2">告知方式</th></tr><tr><td>电话告知</td><td>6</td></tr>',
                             "<tr><th>补正情况</th><th>件数</th></tr><tr><td>按时补正</td><td>8</td></tr>")))


def _grids(items: list) -> list[list[list[str]]]:
    return [item.rows for item in items if isinstance(item, Grid)]


def _page(tables: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body><p>　　全年来信情况如下。</p>{tables}</body></html>'


@needs_chromium
def test_a_browser_s_pdf_reads_tables_one_after_another_as_the_page(tmp_path):
    """On one page of a browser's PDF as on the web page: the three small tables are three (the PDF reader made them
    one table of six rows); a table cut into two <table>s, the second repeating its head, is one."""
    head = "<tr><th>来信渠道</th><th>件数</th></tr>"
    cut = "".join(_ruled(head + rows) for rows in ("<tr><td>信函来信</td><td>2</td></tr>",
                                                   "<tr><td>电子邮件</td><td>4</td></tr>"))
    page = _page(SMALL + "<p>　　其中：</p>" + cut)
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    expected = [[["来信渠道", "件数"], ["信函来信", "2"]], [["告知方式", "告知方式"], ["电话告知", "6"]],
                [["补正情况", "件数"], ["按时补正", "8"]], [["来信渠道", "件数"], ["信函来信", "2"], ["电子邮件", "4"]]]
    assert _grids(html.read(tmp_path / "page.html").items) == expected
    assert _grids(pdf.read(chromium_pdf(page, tmp_path)).items) == expected


def test_a_table_s_last_row_alone_is_no_head(tmp_path):
    """A <table> of one row of figures (a table's last row, as a page's foot cuts it) before a table with a head of its
    own: two tables (the row was taken for a head alone and the table after it joined to it)."""
    (tmp_path / "page.html").write_text(_page(
        '<table border="1"><tr><td>电话告知</td><td>6</td></tr></table>'
        '<table border="1"><tr><th>补正情况</th><th>件数</th></tr><tr><td>按时补正</td><td>8</td></tr></table>'),
        encoding="utf-8")
    assert _grids(html.read(tmp_path / "page.html").items) == [[["电话告知", "6"]], [["补正情况", "件数"], ["按时补正", "8"]]]


def test_word_tables_an_empty_paragraph_apart_are_read_as_a_page_s(tmp_path):
    """Two Word tables an empty paragraph apart (Word joins tables with nothing between), each with a head of its own:
    two tables (the DOCX reader joined every table to the one before it); a table split in two repeating its head:
    one."""
    document = docx.Document()
    document.add_paragraph("全年来信情况如下。")
    for rows in ([["来信渠道", "件数"], ["信函来信", "2"]], [["补正情况", "件数"], ["按时补正", "8"]],
                 [["补正情况", "件数"], ["逾期补正", "1"]]):
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for cells, row in zip(table.rows, rows):
            for cell, text in zip(cells.cells, row):
                cell.text = text
        document.add_paragraph("")
    document.save(str(tmp_path / "tables.docx"))
    assert _grids(docx_reader.read(tmp_path / "tables.docx").items) == [
        [["来信渠道", "件数"], ["信函来信", "2"]], [["补正情况", "件数"], ["按时补正", "8"], ["逾期补正", "1"]]]


def _grid(rows: list[list[str]]) -> Grid:
    return Grid(rows, [f"第 {i + 1} 行" for i in range(len(rows))], "表格")


def test_across_a_page_break_only_a_caption_is_a_head_of_its_own():
    """The rest of a row a page break cut (its label's last words over the next rows) goes on with the table; a part
    opening with a caption across it does not, a break between or not."""
    first = _grid([["事项", "件数"], ["7.属于行", "3"], ["8.其他", "1"]])
    rest = _grid([["政执法案卷", ""], ["9.补充", "2"]])
    caption = _grid([["附：来信情况", "附：来信情况"], ["信函", "2"]])
    assert annual_tables.one_table(first, rest, broken=True)
    assert not annual_tables.one_table(first, rest)
    assert not annual_tables.one_table(first, caption, broken=True)
