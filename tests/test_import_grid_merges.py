"""A reader's merged cells (``Grid.spans``) kept where the import builds new grids from the ones it read: a part's
heading taken off a table's first row, a table's head row at a page's foot joined to the rest, table 三 and 四 read
as one grid parted; the merges moved to their new rows, one crossing a cut split between the two sides."""
from __future__ import annotations

import docx
import yaml

from reportkit.importers import annual_tables, html
from reportkit.importers.source import Grid, Para
from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source
from _kinds import W

PLUGINS = load_plugins()


def _page(tmp_path, name: str, body: str):
    page = tmp_path / name
    page.write_text(f'<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>', encoding="utf-8")
    return page


# Written for this test; the agency and its figures are made up. Part 二's heading is the first row of its table.
HEADED = """<h1>某县水务局2012年政府信息公开工作年度报告</h1>
<p>按照条例的要求，本局整理了本年度信息公开工作的情况，报告如下。</p>
<p>一、概述</p><p>本局由办公室负责信息公开，分管领导每季度过问一次。</p>
<table border="1"><tr><td colspan="3">二、主动公开政府信息情况</td></tr>
<tr><td>类别</td><td>条数</td><td>途径</td></tr>
<tr><td>水利工程</td><td>11</td><td rowspan="2">门户网站</td></tr>
<tr><td>防汛抗旱</td><td>7</td></tr>
<tr><td colspan="2">合计</td><td>18</td></tr></table>
<p>三、依申请公开政府信息情况</p><p>本年度没有收到公开申请。</p>
<p>四、政府信息公开工作存在的主要问题及改进措施</p><p>更新还不够快，来年每月检查一次栏目。</p>
<p style="text-align:right">某县水务局</p><p style="text-align:right">2013年3月20日</p>"""


def test_a_table_whose_first_row_is_the_parts_heading_keeps_its_merges(tmp_path):
    """The heading row taken off (2008 edition), the rest keeps 门户网站 over two rows and 合计 over two columns, in
    the data and in the DOCX printed from it (was 门户网站 written twice and 合计｜合计 as two cells)."""
    result = imported(_page(tmp_path, "shuiwu-2012.html", HEADED), tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["sections"]["active_disclosure"]["content"] == [{"columns": ["类别", "条数", "途径"], "rows": [
        ["水利工程", 11, {"text": "门户网站", "rowspan": 2}], ["防汛抗旱", 7], [{"text": "合计", "colspan": 2}, 18]]}]
    assert result.ok, result.diagnostics
    table = docx.Document(str(render_source(result.target, "docx", tmp_path))).tables[0]
    assert [cell.text for cell in table.rows[3].cells] == ["合计", "合计", "18"]
    assert table.rows[3]._tr.find(f"{W}tc/{W}tcPr/{W}gridSpan").get(f"{W}val") == "2"
    assert table.rows[1]._tr.findall(f"{W}tc")[2].find(f"{W}tcPr/{W}vMerge").get(f"{W}val") == "restart"


def _grids(tmp_path, body: str) -> list[Grid]:
    items = html.read(_page(tmp_path, "tables.html", body)).items
    assert all(isinstance(item, Grid) for item in items), items
    return items


# Table 三's first head row alone at a page's foot, one column narrower than the rest on the next page.
FOOT = ('<table border="1"><tr><td colspan="2">项目</td><td colspan="2">申请人情况</td></tr></table>'
        '<table border="1"><tr><td colspan="2">来源</td><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr>'
        '<tr><td rowspan="2">收到申请</td><td>本年新收</td><td>3</td><td>1</td><td>4</td></tr>'
        '<tr><td>上年结转</td><td>0</td><td>0</td><td>0</td></tr></table>')


def test_a_head_row_joined_to_the_table_after_it_keeps_both_tables_merges(tmp_path):
    """The head row's merges stay on row 0, the next table's move down one row (were all dropped)."""
    grids = _grids(tmp_path, FOOT)
    assert len(grids) == 2  # the reader does not join tables of different widths
    (joined,) = annual_tables.tables_apart(grids)
    assert joined.rows[0] == ["项目", "项目", "申请人情况", "申请人情况", ""]
    assert sorted(joined.spans) == [(0, 0, 1, 2), (0, 2, 1, 2), (1, 0, 1, 2), (2, 0, 2, 1)]


# Table 三 running on into table 四's head in one grid (a text file's, or a page's with no line between them).
RUN_ON = ('<table border="1"><tr><td rowspan="2">项目</td><td colspan="3">申请人情况</td></tr>'
          '<tr><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr>'
          '<tr><td>收到申请</td><td>5</td><td>1</td><td>6</td></tr>'
          '<tr><td colspan="2">行政复议</td><td colspan="2">行政诉讼</td></tr>'
          '<tr><td>结果维持</td><td>结果纠正</td><td>结果维持</td><td>结果纠正</td></tr>'
          '<tr><td>0</td><td>1</td><td>2</td><td>0</td></tr></table>')


def test_a_grid_parted_into_table_three_and_four_keeps_each_sides_merges(tmp_path):
    """项目 and 申请人情况 stay with table 三, 行政复议 and 行政诉讼 go with table 四 on its rows (were all dropped)."""
    three, four = annual_tables.tables_apart(_grids(tmp_path, RUN_ON))
    assert three.rows[-1][0] == "收到申请" and four.rows[0] == ["行政复议", "行政复议", "行政诉讼", "行政诉讼"]
    assert sorted(three.spans) == [(0, 0, 2, 1), (0, 1, 1, 3)]
    assert sorted(four.spans) == [(0, 0, 1, 2), (0, 2, 1, 2)]


def test_a_merge_crossing_the_cut_is_split_between_the_two_sides():
    """件数 over the last row of table 三 and table 四's two rows: table 四 keeps it over its two rows; table 三's part
    of it, one cell, is no merge."""
    rows = [["申请", "自然人", "总计"], ["件数", "2", "2"], ["件数", "行政复议", "行政诉讼"], ["件数", "0", "1"]]
    grid = Grid(rows, [f"表格第 {i + 1} 行" for i in range(4)], "表格", [(1, 0, 3, 1), (0, 1, 1, 2)])
    three, four = annual_tables.tables_apart([grid])
    assert (three.rows, three.spans) == (rows[:2], [(0, 1, 1, 2)])
    assert (four.rows, four.spans, four.place) == (rows[2:], [(0, 0, 2, 1)], "表格第 3 行")


def test_a_caption_put_back_over_its_table_moves_the_tables_merges_down():
    """Table 二's caption row put back as the table's first row is one cell across it; the merges below move down
    one row (stayed where they were, one row too high)."""
    table = Grid([["信息内容", "本年处理决定数量", "本年处理决定数量"], ["行政许可", "12", "12"]], ["表第 1 行", "表第 2 行"],
                 "表", [(0, 1, 1, 2), (1, 1, 1, 2)])
    (grid,) = annual_tables.captions_in_tables([Para("第二十条第（一）项", "第 5 段"), table], "2021")
    assert grid.rows[0] == ["第二十条第（一）项"] * 3
    assert sorted(grid.spans) == [(0, 0, 1, 3), (1, 1, 1, 2), (2, 1, 1, 2)]
