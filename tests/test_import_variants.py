"""Published variants of a 2021-format report as sites and offices put them out, which import or check read wrongly:
a column of 0s printed blank down to （七）总计, a figure with a space after its thousands comma, the row of column
widths Word adds to a table it saves as a page, and a copied row of blank cells that is nothing but tabs."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import imported, page_as_text, render_source, table_four

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")


def _page(tmp_path: Path) -> str:
    """The sample 2021 report (a county bureau's) as a web page."""
    return render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")


def _rows(report: Path) -> list[dict]:
    with open(report, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _check(tmp_path: Path, source: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["check", str(source), "--report", str(tmp_path / "r.csv")])
    assert "Traceback" not in result.output
    return _rows(tmp_path / "r.csv")


def _table_three_blank_zeros(html: str) -> str:
    """``html`` with every 0 of table 三 printed as an empty cell, as many sites publish it."""
    start = html.rindex("<table", 0, html.index("申请人情况"))
    end = html.index("</table>", start)
    return html[:start] + re.sub(r'(<td class="center">)0(</td>)', r"\1\2", html[start:end]) + html[end:]


def test_a_blank_total_under_a_column_printed_blank_is_its_0_not_a_total_left_out(tmp_path):
    """The sample's 科研机构 column is 0 in every row; printed blank all the way down, its （七）总计 cell is blank
    as well. check took that cell for a total not printed (an import-totals error on a correct report); it is a
    blank cell like those over it, which the one warning for blank cells names."""
    page = tmp_path / "page.html"
    page.write_text(_table_three_blank_zeros(_page(tmp_path)), encoding="utf-8")
    rows = _check(tmp_path, page)
    assert [r for r in rows if r["severity"] == "error"] == []
    assert not [r for r in rows if r["rule"] in ("import-totals", "R1", "R2", "R3")]
    total_row = [r["message"] for r in rows if r["message"].startswith("表三“（七）总计”")]
    assert total_row == ["表三“（七）总计”一行的“科研机构”空白，已按 0 核对勾稽关系"]


def test_a_total_left_blank_over_figures_is_still_a_total_left_out(tmp_path):
    """The other side: （七）总计 blank in the 自然人 column, whose rows above hold figures, is still reported (the
    科研机构 cell beside it is named too, read as 0)."""
    html = _table_three_blank_zeros(_page(tmp_path))
    html = re.sub(r'(（七）总计</td>\s*<td class="center">)40(</td>)', r"\1\2", html)
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    totals = [r["message"] for r in _check(tmp_path, page) if r["rule"] == "import-totals"]
    assert totals == ["表三“（七）总计”一行的“自然人”、“科研机构”空白，总计应为各项之和，未印出；"
                      "按各项之和、其余空白按 0 核对勾稽关系"]


def test_a_figure_with_a_space_after_its_thousands_comma_is_read(tmp_path):
    """“2, 156” (a PDF's text layer puts a space after a comma set in a Latin font between full-width digits) is
    2156, not a cell without a number."""
    html = _page(tmp_path).replace('<td class="center" colspan="3">156</td>', '<td class="center" colspan="3">2, 156</td>', 1)
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    result = imported(page, tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["tables"]["active_disclosure"]["administrative_licensing"] == {"decisions": 2156}
    assert not [f for f in result.findings if "行政许可" in f.message]


def test_the_row_of_column_widths_word_adds_to_a_saved_table_is_no_row_of_table_two(tmp_path):
    """A page saved from Word ends each table with a row of empty cells that only sets the columns' widths; in table
    二 it was reported as a row “” that is no row of the 2021 table."""
    html = _page(tmp_path)
    end = html.index("</table>", html.index("第二十条第（一）项"))
    widths = "<![if !supportMisalignedColumns]><tr height=0>" + '<td width=120 style="border:none"></td>' * 4 + \
             "</tr><![endif]>"
    page = tmp_path / "page.html"
    page.write_text(html[:end] + widths + html[end:], encoding="utf-8")
    result = imported(page, tmp_path, PLUGINS)
    assert not [f.message for f in result.findings if "表二" in f.message]
    assert not [r for r in _check(tmp_path, page) if r["rule"] == "import-tables"]


def test_a_copied_row_of_blank_cells_that_is_only_tabs_is_table_fours_row(tmp_path):
    """A township's table 四 with every cell left blank, copied from the browser into Notepad: its row of figures
    is a line of 14 tabs and nothing else. It was a blank line, so the table had no row of figures and all 15 cells
    became placeholders; it is the row of 0s printed blank, as on the page itself."""
    html = _page(tmp_path)
    start, end, _ = table_four(html)
    four = re.sub(r'(<td class="center">)\d+(</td>)', r"\1\2", html[start:end])
    text = tmp_path / "copied.txt"
    text.write_text(page_as_text(html[:start] + four + html[end:]), encoding="utf-8")
    assert "\n" + "\t" * 14 + "\n" in text.read_text(encoding="utf-8")
    result = imported(text, tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["tables"]["review_litigation"] == {
        group: dict.fromkeys(("upheld", "corrected", "other", "pending", "total"), 0)
        for group in ("reconsideration", "litigation_direct", "litigation_after_reconsideration")}
    assert not [f.message for f in result.findings if "表四" in f.message and "整行空白" not in f.message]


def test_a_figure_under_a_merged_head_of_table_two_is_read_from_whichever_cell_holds_it(tmp_path):
    """Table 二's 本年处理决定数量 spans three columns; a site that left the data row unmerged typed 156 into its last
    cell. The first cell (empty) was read, and the row of figures became a row of 0s: 156 lost without a word."""
    html = _page(tmp_path).replace('<td class="center" colspan="3">156</td>',
                                   '<td class="center"></td><td class="center"></td><td class="center">156</td>', 1)
    html = html.replace('<td class="center" colspan="3">37</td>',
                        '<td class="center">37</td><td class="center"></td><td class="center">5</td>', 1)
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    result = imported(page, tmp_path, PLUGINS)
    disclosure = yaml.safe_load(result.target.read_text(encoding="utf-8"))["tables"]["active_disclosure"]
    assert disclosure["administrative_licensing"] == {"decisions": 156}
    # two figures under one head: no guess, a placeholder naming both
    assert disclosure["administrative_penalty"]["decisions"].startswith("【请填写：")
    assert "表二“行政处罚”“本年处理决定数量”：“37、5”不是数字，请按原始台账填写" in [f.message for f in result.findings]


def test_table_twos_title_in_a_row_over_it_is_no_row_of_the_table(tmp_path):
    """An office put each table's name in a merged first row of the table (主动公开政府信息情况). Tables 三 and 四
    read past it; table 二 reported it as a row that is no row of the 2021 table, which check counted against a
    correct report. It is the table's caption, left out as silently as one over the table: no finding, no note."""
    html = _page(tmp_path)
    first = html.index("<tr", html.rindex("<table", 0, html.index("第二十条第（一）项")))
    html = html[:first] + '<tr><td colspan="4">主动公开政府信息情况</td></tr>' + html[first:]
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    result = imported(page, tmp_path, PLUGINS)
    assert not [f.message for f in result.findings if "表二" in f.message]
    assert not [r for r in _check(tmp_path, page) if r["rule"] == "import-tables"]
