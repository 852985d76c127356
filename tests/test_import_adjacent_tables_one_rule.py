"""Whether two grids one right after the other are one table or two is one rule (annual_tables.one_table), the same
for a web page's adjacent <table>s as read and for the grids the annual report's mapping parts or joins: a table's
head alone (at a page's foot) goes with what follows it, a grid without a head of its own goes on with the one before."""
from __future__ import annotations

from reportkit.importers import annual_tables, html
from reportkit.importers.source import Grid


def _page(tmp_path, body: str):
    page = tmp_path / "tables.html"
    page.write_text(f'<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>', encoding="utf-8")
    return page


# A work plan's table whose head row was set as a <table> of its own, over the rest, which opens with a head row of
# its own; made up for this test.
HEAD_ALONE = ('<table border="1"><tr><td>事项</td><td>办理件数</td></tr></table>'
              '<table border="1"><tr><td>依申请公开</td><td>件数</td></tr>'
              '<tr><td>当面提交</td><td>6</td></tr><tr><td>网上提交</td><td>9</td></tr></table>')


def test_a_head_row_alone_is_read_with_the_table_after_it(tmp_path):
    """The page's reader joins them as the mapping does (was: two tables, the head row a table of its own)."""
    items = html.read(_page(tmp_path, HEAD_ALONE)).items
    assert [item.rows for item in items] == [[["事项", "办理件数"], ["依申请公开", "件数"], ["当面提交", "6"],
                                              ["网上提交", "9"]]]


def _grid(rows: list[list[str]], place: str) -> Grid:
    return Grid(rows, [f"{place}第 {i + 1} 行" for i in range(len(rows))], place)


def test_the_rest_of_a_table_without_a_head_joins_it_whatever_its_width():
    """A small table's rest on the next page, read with one more column: one table (were two, the rest on its own)."""
    first = _grid([["渠道", "件数"], ["信函", "3"], ["传真", "1"]], "第 1 个表格")
    rest = _grid([["电子邮件", "4", ""], ["当面", "2", ""]], "第 2 个表格")
    (joined,) = annual_tables.tables_apart([first, rest])
    assert joined.rows == [["渠道", "件数", ""], ["信函", "3", ""], ["传真", "1", ""], ["电子邮件", "4", ""],
                           ["当面", "2", ""]]
    assert joined.places[3] == "第 2 个表格第 1 行"


def test_a_table_after_one_with_a_head_of_its_own_stays_apart():
    """The other side: a table with a head of its own after a whole one is a table of its own, read and mapped so."""
    first = _grid([["渠道", "件数"], ["信函", "3"]], "第 1 个表格")
    second = _grid([["答复方式", "件数", "占比"], ["书面", "5", "50%"]], "第 2 个表格")
    assert annual_tables.tables_apart([first, second]) == [first, second]
