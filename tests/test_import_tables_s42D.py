"""Statistics tables imported whole beside small tables of a report's own, and no finding for a printed mark: a small
table drawn touching 表三's top (a browser's PDF, read as one grid with it: of words alone, its rows said as over the
head) and small tables at the top of the page
after 表三 are tables of their own; so is a small table after a paragraph in an attachment printing the statistics
tables; a “续表” row inside table 三 or 二 is left out quietly; a blank line ends a table of a text copy. The small tables'
words and figures are made up for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from reportkit.importers import annual_tables, text
from reportkit.importers.source import Grid
from reportkit.pipeline import prepare, render
from reportkit.plugins import load_plugins

from _import_helpers import CHROMIUM, chromium_pdf, imported

PLUGINS = load_plugins()
EXAMPLE = Path(__file__).resolve().parents[1] / "examples/xinzhou-2020.yaml"
NOT_OFFICIAL = "这个表格不是表二、表三或表四，未导入"
needs_chromium = pytest.mark.skipif(not CHROMIUM, reason="needs Chromium")

#: Two small tables of a report's own, each with a head of its own.
CHANNELS = (
    "<tr><td>受理渠道</td><td>件数</td></tr><tr><td>信函申请</td><td>3</td></tr><tr><td>网上申请</td><td>5</td></tr>"
)
CORRECTIONS = "<tr><td>补正次数</td><td>件数</td></tr><tr><td>一次补正</td><td>1</td></tr>"


def _imported(source: Path):
    """The import's result and the data it wrote."""
    folder = source.parent / f"{source.stem}-imported"
    folder.mkdir()
    result = imported(source, folder, PLUGINS)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))["tables"]


def _said(result) -> tuple[list[str], list[str]]:
    """The places of the findings that a table is none of the statistics tables, and the findings of the statistics
    tables' rows (表二中…, 表三中…)."""
    return (
        [f.place for f in result.findings if f.message == NOT_OFFICIAL],
        [f.message for f in result.findings if re.match("表[二三四]中", f.message)],
    )


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> tuple[str, dict]:
    """The example's web page (``reportkit render -f html``) and the statistics tables imported from it."""
    prepared = prepare(EXAMPLE, PLUGINS, formats=("html",))
    page = render(prepared.document, prepared.layout, "html", PLUGINS.registry).data.decode("utf-8")
    source = tmp_path_factory.mktemp("plain") / "plain.html"
    source.write_text(page, encoding="utf-8")
    return page, _imported(source)[1]


def _wrap(page: str, n: int) -> tuple[int, int]:
    """Where the ``n``th statistics table's <div> (二 0, 三 1, 四 2) starts and ends in the page."""
    start = [m.start() for m in re.finditer('<div class="table-wrap">', page)][n]
    return start, page.index("</div>", start) + len("</div>")


#: A small table of words alone: who filled the tables in.
FILLED_BY = "<tr><td>填报单位</td><td>填报人</td></tr><tr><td>市局办公室</td><td>李某</td></tr>"


@needs_chromium
@pytest.mark.parametrize(
    ("small", "told"),
    [
        (CHANNELS, ["这个表格不是表二、表三或表四，未导入"]),
        (FILLED_BY, ["表三表头上方的“填报单位”“填报人”未导入", "表三表头上方的“市局办公室”“李某”未导入"]),
    ],
    ids=["figures", "words"],
)
def test_a_small_table_touching_table_three_s_top_in_a_browser_s_pdf(tmp_path, plain, small, told):
    """A small table drawn right on table 三's top, no gap (the PDF reader reads the two as one grid): a table of figures
    with a head is one of its own, one finding (was: the grid none of the tables, 表三 not found); one of words alone,
    no table of its own, is said row by row over the head (was: left out silently); table 三 is imported whole."""
    page, tables = plain
    start, _ = _wrap(page, 1)
    touching = f'<table style="break-before: page; margin: 0">{small}</table>' + page[start:].replace(
        '<div class="table-wrap">', '<div class="table-wrap" style="margin-top: 0">', 1
    )
    result, imported_tables = _imported(chromium_pdf(page[:start] + touching, tmp_path))
    assert [f.message for f in result.findings if f.rule in ("tables", "skipped")] == told
    assert imported_tables["applications"] == tables["applications"]


@needs_chromium
def test_small_tables_at_the_next_page_s_top_after_table_three(tmp_path, plain):
    """Two small tables opening the page after table 三's last: each a table of its own (the first was filed as rows of
    table 三: “表三中“件数”不是2019版表三的行”), table 三 as on the web page."""
    page, tables = plain
    _, end = _wrap(page, 1)
    small = (
        f'<table border="1" style="break-before: page; margin: 0 0 12pt">{CHANNELS}</table>'
        f'<table border="1" style="margin: 0 0 12pt">{CORRECTIONS}</table>'
    )
    result, imported_tables = _imported(chromium_pdf(page[:end] + small + page[end:], tmp_path))
    said, rows = _said(result)
    assert len(said) == 2 and rows == []
    assert imported_tables["applications"] == tables["applications"]


def test_across_a_page_break_a_head_over_other_columns_of_figures_is_its_own():
    """Across a page break, words over a row of figures are a head of their own where the figures' columns are not
    table 三's (one column of figures under 件数, seven above); the rest of a row the break cut is no head."""
    three = Grid(
        [["三、本年度办理结果", "（一）予以公开", *"3012006"], ["四、结转下年度继续办理", "", *"0000000"]],
        ["第 1 行", "第 2 行"],
        "表格",
    )
    small = Grid([["受理渠道", "件数"], ["信函申请", "3"]], ["第 1 行", "第 2 行"], "表格")
    rest = Grid(
        [["", "（二）部分公开", *"1000001"], ["", "（三）不予公开", *"0000000"]], ["第 1 行", "第 2 行"], "表格"
    )
    assert not annual_tables.one_table(three, small, broken=True)
    assert annual_tables.one_table(three, rest, broken=True)


def test_a_small_table_after_a_paragraph_in_the_statistics_attachment(tmp_path, plain):
    """Tables 二 to 四 printed in an attachment after the 成文日期, a paragraph and a small table between 三 and 四: the
    small table is one of its own (was: filed as rows of table 三, a finding for each cell), the tables as printed
    in the body."""
    page, tables = plain
    wraps = [_wrap(page, n) for n in range(3)]
    two, three, four = (page[a:b] for a, b in wraps)
    for start, end in reversed(wraps):
        page = page[:start] + "<p>详见附件。</p>" + page[end:]
    attachment = (
        f"<p>附件：2020年度政府信息公开工作情况统计表</p>{two}{three}<p>其中，各渠道收到的申请如下：</p>"
        f'<table border="1">{CHANNELS}</table>{four}'
    )
    source = tmp_path / "attached.html"
    source.write_text(page.replace("</main>", attachment + "</main>"), encoding="utf-8")
    result, imported_tables = _imported(source)
    said, rows = _said(result)
    assert len(said) == 1 and rows == []
    assert imported_tables == tables


@pytest.mark.parametrize("n", [0, 1], ids=["table-two", "table-three"])
def test_a_continued_row_inside_a_table_is_left_out_quietly(tmp_path, plain, n):
    """A row saying only “续表” across table 二 or 三 (where a clerk's table went on over a page) is a printed mark:
    no finding (was: “表三中“续表”不是2019版表三的行”), the table as without it."""
    page, tables = plain
    start, end = _wrap(page, n)
    rows = [m.end() for m in re.finditer("</tr>", page[start:end])]
    at = start + rows[3]  # after table 二's first data row, table 三's first row of figures
    width = 4 if n == 0 else 10
    source = tmp_path / "continued.html"
    source.write_text(page[:at] + f'<tr><td colspan="{width}">续表</td></tr>' + page[at:], encoding="utf-8")
    result, imported_tables = _imported(source)
    assert _said(result) == ([], [])
    assert not [f for f in result.findings if "续表" in f.message]
    assert imported_tables == tables


def _grids(source: Path) -> list[tuple[list[list[str]], bool]]:
    return [(item.rows, item.apart) for item in text.read(source).items if isinstance(item, Grid)]


def test_a_blank_line_ends_a_text_copy_s_table(tmp_path):
    """Two tables of a text copy, cells parted by tabs, a blank line between and a head each: two tables, the second
    apart (were one grid); a table whose rows a blank line sets apart, or whose head comes again after one, is one."""
    source = tmp_path / "copy.txt"
    source.write_text(
        "　　全年来信情况如下。\n来信渠道\t件数\n信函来信\t2\n电子邮件\t4\n\n补正情况\t件数\n按时补正\t8\n\n"
        "　　以上为全年情况。\n",
        encoding="utf-8",
    )
    assert _grids(source) == [
        ([["来信渠道", "件数"], ["信函来信", "2"], ["电子邮件", "4"]], False),
        ([["补正情况", "件数"], ["按时补正", "8"]], True),
    ]
    source.write_text(
        "　　全年来信情况如下。\n来信渠道\t件数\n\n信函来信\t2\n\n电子邮件\t4\n\n　　以上。\n", encoding="utf-8"
    )
    assert _grids(source) == [([["来信渠道", "件数"], ["信函来信", "2"], ["电子邮件", "4"]], False)]
    source.write_text(
        "　　全年来信情况如下。\n来信渠道\t件数\n信函来信\t2\n\n来信渠道\t件数\n电子邮件\t4\n\n　　以上。\n",
        encoding="utf-8",
    )
    assert _grids(source) == [([["来信渠道", "件数"], ["信函来信", "2"], ["电子邮件", "4"]], False)]
