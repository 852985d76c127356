"""Importing published annual reports: a small table in table 三's words (申请人 | 件数, 自然人 | 5) touching table
三's top is a table of its own in a browser's PDF and in a DOCX, two Word tables or one (was: its rows lost, said
over the head or not at all); a browser's header line (its date and time, the page's title) on a one-page print is
left out quietly (was: “标题之前的…未导入”); a lone run-in item (1.平台建设。…) under a （二） heading is imported and
printed as the source has it, ``validate`` quiet. The small table's words and figures are made up for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from reportkit.importers import annual_tables
from reportkit.importers.frame import table_key
from reportkit.importers.source import Grid
from reportkit.pipeline import prepare, render
from reportkit.plugins import load_plugins

from _import_helpers import CHROMIUM, changed_docx, chromium_pdf, data_of, imported, printed, render_source

PLUGINS = load_plugins()
EXAMPLE = Path(__file__).resolve().parents[1] / "examples/xinzhou-2020.yaml"
NOT_OFFICIAL = "这个表格不是表二、表三或表四，未导入"
needs_chromium = pytest.mark.skipif(not CHROMIUM, reason="needs Chromium")

#: A small table of a report's own in table 三's words: 自然人 a row with its figure, not a column's head.
APPLICANTS = [["申请人", "件数"], ["自然人", "5"], ["法人或其他组织", "2"]]


def _tables_findings(result) -> list[str]:
    """The findings about tables and rows left out."""
    return [f.message for f in result.findings if f.rule in ("tables", "skipped", "cells")]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[str, dict]:
    """The example's web page and the statistics tables imported from it."""
    prepared = prepare(EXAMPLE, PLUGINS, formats=("html",))
    html = render(prepared.document, prepared.layout, "html", PLUGINS.registry).data.decode("utf-8")
    folder = tmp_path_factory.mktemp("page")
    source = folder / "plain.html"
    source.write_text(html, encoding="utf-8")
    return html, data_of(imported(source, folder, PLUGINS))["tables"]


@needs_chromium
def test_a_small_table_in_table_three_s_words_touching_its_top_in_a_browser_s_pdf(tmp_path, page):
    """Drawn right on table 三's top (one grid to the PDF's reader): the small table is one of its own, one finding,
    table 三 whole (was: “表三表头上方的“申请人”“件数”未导入” and its rows 自然人 | 5 … lost without a word)."""
    html, tables = page
    start = [m.start() for m in re.finditer('<div class="table-wrap">', html)][1]
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in APPLICANTS)
    touching = f'<table style="break-before: page; margin: 0">{rows}</table>' + html[start:].replace(
        '<div class="table-wrap">', '<div class="table-wrap" style="margin-top: 0">', 1
    )
    result = imported(chromium_pdf(html[:start] + touching, tmp_path), tmp_path, PLUGINS)
    assert _tables_findings(result) == [NOT_OFFICIAL]
    assert data_of(result)["tables"]["applications"] == tables["applications"]


NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
#: Table 三's head and first row of figures, cut to two of its columns.
THREE = [
    [NOTE, "申请人情况", "申请人情况"],
    [NOTE, "自然人", "法人或其他组织"],
    ["一、本年新收政府信息公开申请数量", "4", "0"],
]


@pytest.mark.parametrize("small", [APPLICANTS[:2], APPLICANTS], ids=["one-row", "two-rows"])
def test_a_grid_of_a_small_table_in_table_three_s_words_over_table_three_is_parted(small):
    """One grid, the small table's rows over table 三's head: parted where the head starts (was: one grid, table 三's),
    the small table none of the statistics tables (自然人 a row's label beside its figure, not a column's head)."""
    rows = [row + [""] for row in small] + THREE
    grid = Grid(rows, [f"第 {i + 1} 行" for i in range(len(rows))], "表格")
    parts = annual_tables.tables_apart([grid])
    assert [(part.rows, table_key(part)) for part in parts] == [
        ([row + [""] for row in small], None),
        (THREE, "applications"),
    ]


@pytest.fixture(scope="module")
def plain_docx(tmp_path_factory) -> tuple[Path, dict]:
    """The example as a DOCX and the statistics tables imported from it."""
    folder = tmp_path_factory.mktemp("docx")
    source = render_source(EXAMPLE, "docx", folder, PLUGINS)
    return source, data_of(imported(source, folder, PLUGINS))["tables"]


def _small_table(document):
    table = document.add_table(rows=len(APPLICANTS), cols=2)
    for row, texts in zip(table.rows, APPLICANTS):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    return table._tbl


def _table_three(document):
    return next(t._tbl for t in document.tables if "申请人情况" in "".join(c.text for c in t.rows[0].cells))


def _touching(document) -> None:
    """The small table right before table 三, nothing between."""
    _table_three(document).addprevious(_small_table(document))


def _merged(document) -> None:
    """The small table's rows as table 三's first rows (Word joins two tables with nothing between)."""
    small, three = _small_table(document), _table_three(document)
    for row in small.tr_lst:
        three.tr_lst[0].addprevious(row)
    small.getparent().remove(small)


@pytest.mark.parametrize("change", [_touching, _merged], ids=["two-tables", "one-table"])
def test_a_small_table_in_table_three_s_words_touching_its_top_in_a_docx(tmp_path, plain_docx, change):
    """Two Word tables with nothing between, or one: the small table is a table of its own, one finding (was: none,
    its rows taken for table 三's and lost), table 三 as in the plain DOCX."""
    source, tables = plain_docx
    assert _tables_findings(changed_docx(source, tmp_path, lambda d: None, PLUGINS)[0]) == []
    result, data = changed_docx(source, tmp_path, change, PLUGINS)
    document = docx.Document(str(tmp_path / "changed.docx"))
    assert [c.text for c in document.tables[1].rows[1].cells][:2] == APPLICANTS[1]  # the input is as meant
    assert _tables_findings(result) == [NOT_OFFICIAL]
    assert data["tables"]["applications"] == tables["applications"]


TITLE = "白沙县统计局2023年政府信息公开工作年度报告"
BODY = (
    "<p>一、总体情况</p><p>本局全年主动公开统计公报4期。</p><p>二、主动公开政府信息情况</p><p>全年未制发规章。</p>"
    "<p>三、收到和处理政府信息公开申请情况</p><p>全年收到申请2件。</p>"
    "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>全年未发生复议和诉讼。</p>"
    "<p>五、存在的主要问题及改进情况</p><p>解读材料形式较单一。</p><p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>"
)


def _one_page(first_line: str = "") -> str:
    return (
        '<html><head><meta charset="utf-8"><title>白沙县年报</title><style>body{font-family:FandolFang}</style></head>'
        f'<body>{first_line}<h1 style="text-align:center">{TITLE}</h1>{BODY}</body></html>'
    )


@needs_chromium
def test_a_browser_s_header_on_a_one_page_print_is_left_out_quietly(tmp_path):
    """Chromium's header (“12/6/26, 10:23 AM” and the page's title, 8 pt) on the page's top: no finding (was:
    “标题之前的“12/6/26, 10:23 AM白沙县…”未导入”), the text as printed; a date and time of the page's own, set as its
    text, is still said."""
    (tmp_path / "header").mkdir()
    result = imported(chromium_pdf(_one_page(), tmp_path / "header", running=True), tmp_path / "header")
    assert not [f.message for f in result.findings if f.message.startswith("标题之前")]
    assert data_of(result)["sections"]["overview"] == ["本局全年主动公开统计公报4期。"]
    (tmp_path / "own").mkdir()
    own = _one_page("<p>2024/1/18 10:23 白沙县统计局</p>")
    result = imported(chromium_pdf(own, tmp_path / "own"), tmp_path / "own")
    assert [f.message for f in result.findings if f.message.startswith("标题之前")] == [
        "标题之前的“2024/1/18 10:23白沙县统计…”未导入"
    ]


LONE = "1.平台建设。改版政务公开专栏，新增栏目3个，全年更新信息286条。"


@pytest.mark.parametrize(
    "overview",
    [
        ["（一）主动公开", "全年发布统计公报4期。", "（二）平台建设", LONE],
        ["（一）主动公开。全年发布统计公报4期。", "（二）平台建设。专栏完成改版。", LONE],
    ],
    ids=["under-a-heading", "after-run-in-siblings"],
)
def test_a_lone_run_in_item_under_a_subheading_is_imported_and_printed_as_said(tmp_path, overview):
    """A “1.平台建设。…” with no numbered sibling: its paragraph as the source's, no finding or ``validate`` warning
    of it, printed word for word."""
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in overview)
    signed = '<p style="text-align:right">白沙县统计局<br>2024年1月18日</p>'
    page.write_text(
        _one_page()
        .replace("<p>本局全年主动公开统计公报4期。</p>", paragraphs, 1)
        .replace("</body>", signed + "</body>"),
        encoding="utf-8",
    )
    result = imported(page, tmp_path)
    imported_overview = data_of(result)["sections"]["overview"]
    assert LONE in [
        *imported_overview,
        *(p for part in imported_overview if isinstance(part, dict) for p in part["content"]),
    ]
    said = [m.message for m in (*result.findings, *result.diagnostics)]
    assert not [m for m in said if "1.平台建设" in m or "“1.”" in m or "编号的小标题" in m]
    filled = tmp_path / "filled.yaml"
    filled.write_text(re.sub(r"【请填写：表[^】]*】", "0", result.target.read_text(encoding="utf-8")), encoding="utf-8")
    assert LONE in [text for _, text in printed(filled)]
