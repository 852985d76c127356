"""Table 四 read by the heads it has: groups and columns in another order, a 总计 column left out, the groups in rows
of their own, merged head cells, extra blank columns; by the official order only where the shape leaves no doubt,
and then with a note. Each table is written here and put in place of table 四 in a page reportkit rendered."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportkit.plugins import load_plugins

from _import_helpers import data_of, imported, page_as_text, render_source, table_four

PLUGINS = load_plugins()
OUTCOMES = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
KEYS = ("upheld", "corrected", "other", "pending", "total")
#: The figures of each group, planted apart so that a figure read in another cell shows: no two groups alike.
FIGURES = {"reconsideration": (3, 1, 2, 0, 6), "litigation_direct": (4, 2, 0, 1, 7),
           "litigation_after_reconsideration": (5, 0, 1, 2, 8)}
R, D, A = FIGURES.values()
EXPECTED = {group: dict(zip(KEYS, figures)) for group, figures in FIGURES.items()}
JUDGED_GROUPS = "表四的表头没有写明哪几格是行政复议、未经复议直接起诉、复议后起诉"


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("page")
    return render_source(Path("examples/sample-2021.yaml"), "html", folder, PLUGINS).read_text(encoding="utf-8")


def _row(*cells) -> str:
    return "<tr>" + "".join(cell if str(cell).startswith("<t") else f"<td>{cell}</td>" for cell in cells) + "</tr>"


def _head(*cells) -> str:
    return "<tr>" + "".join(cell if cell.startswith("<t") else f"<th>{cell}</th>" for cell in cells) + "</tr>"


def _import(page: str, table: str, folder: Path, as_text: bool = False):
    """The page with ``table`` in place of table 四, imported (as a browser's copy to a text file with ``as_text``):
    its table 四 and the import's findings about it."""
    start, end, _ = table_four(page)
    html = page[:start] + table + page[end:]
    source = folder / ("page.txt" if as_text else "page.html")
    source.write_text(page_as_text(html) if as_text else html, encoding="utf-8")
    result = imported(source, folder, PLUGINS)
    return data_of(result)["tables"]["review_litigation"], [f.message for f in result.findings if "表四" in f.message]


def test_groups_and_columns_in_another_order_are_read_by_their_heads(page, tmp_path):
    """复议后起诉 first, then 行政复议, then 未经复议直接起诉, each group's 总计 first and 尚未审结 before 结果维持: one row of
    15 figures was read in the official order whatever its heads said."""
    order = (4, 3, 0, 1, 2)  # 总计, 尚未审结, 结果维持, 结果纠正, 其他结果
    heads = [OUTCOMES[k] for k in order]
    table = ("<table>" + _head('<th colspan="5">行政诉讼</th>', '<th rowspan="2" colspan="5">行政复议</th>',
                               '<th colspan="5">行政诉讼</th>')
             + _head('<th colspan="5">复议后起诉</th>', '<th colspan="5">未经复议直接起诉</th>')
             + _head(*heads * 3) + _row(*[group[k] for group in (A, R, D) for k in order]) + "</table>")
    review, findings = _import(page, table, tmp_path)
    assert review == EXPECTED
    assert findings == []


def test_a_table_without_a_total_column_leaves_the_totals_to_reportkit(page, tmp_path):
    """No 总计 under any group: twelve figures. Each 总计 was a placeholder, “not in the table”, though it is only the
    sum of the four beside it; it is left out, for reportkit to compute, with a note."""
    table = ("<table>" + _head('<th colspan="4">行政复议</th>', '<th colspan="8">行政诉讼</th>')
             + _head('<th colspan="4">行政复议</th>', '<th colspan="4">未经复议直接起诉</th>', '<th colspan="4">复议后起诉</th>')
             + _head(*OUTCOMES[:4] * 3) + _row(*R[:4], *D[:4], *A[:4]) + "</table>")
    review, findings = _import(page, table, tmp_path)
    assert review == {group: {key: value for key, value in figures.items() if key != "total"}
                      for group, figures in EXPECTED.items()}
    assert findings == ["表四“行政复议”“未经复议直接起诉”“复议后起诉”没有“总计”一列：总计都没有印出，应为各项之和；未导入，"
                        "由 reportkit 按各项之和计算"]


def test_the_groups_in_rows_of_their_own_under_one_head(page, tmp_path):
    """行政复议 in one row, 行政诉讼 in the next (its ten figures under 未经复议直接起诉 and 复议后起诉, which this table
    does not print): 行政诉讼's two groups were named by nobody, and all 15 cells were placeholders. Its two blocks of
    five are its two groups in the official order (noted); 行政复议's by its label."""
    table = ("<table>" + _head("类别", *OUTCOMES, *OUTCOMES)
             + _row("行政复议", *R, *[""] * 5) + _row("行政诉讼", *D, *A) + "</table>")
    review, findings = _import(page, table, tmp_path)
    assert review == EXPECTED
    assert findings == [JUDGED_GROUPS + "：已按国办规定的顺序（行政复议、未经复议直接起诉、复议后起诉）对应，请对照原文核对"]


def test_each_group_in_a_row_labelled_by_its_name(page, tmp_path):
    """A row a group, named in the row's merged label cells (行政诉讼 over its two), the rows in another order."""
    table = ("<table>" + _head('<th colspan="2">类别</th>', *reversed(OUTCOMES))
             + _row('<td rowspan="2">行政诉讼</td>', "复议后起诉", *reversed(A))
             + _row("未经复议直接起诉", *reversed(D)) + _row('<td colspan="2">行政复议</td>', *reversed(R)) + "</table>")
    review, findings = _import(page, table, tmp_path)
    assert review == EXPECTED
    assert findings == []


def test_merged_head_cells_in_another_order(page, tmp_path):
    """The head's merged cells (rowspan, colspan) name 行政诉讼's groups before 行政复议: read under each."""
    table = ("<table>" + _head('<th colspan="10">行政诉讼</th>', '<th colspan="5" rowspan="2">行政复议</th>')
             + _head('<th colspan="5">未经复议直接起诉</th>', '<th colspan="5">复议后起诉</th>')
             + _head(*OUTCOMES * 3) + _row(*D, *A, *R) + "</table>")
    review, findings = _import(page, table, tmp_path)
    assert review == EXPECTED
    assert findings == []


def test_merged_head_cells_written_once_in_a_copied_text(page, tmp_path):
    """Copied from a browser, each merged head cell is written once, at the left: 行政诉讼 and 行政复议 stand over the
    first two columns, 复议后起诉 and 未经复议直接起诉 under them, and the 15 figures were read in the official order. The
    groups the head names, in its order (行政诉讼 standing for the two under it), are its blocks'."""
    table = ("<table>" + _head('<th colspan="10">行政诉讼</th>', '<th colspan="5" rowspan="2">行政复议</th>')
             + _head('<th colspan="5">复议后起诉</th>', '<th colspan="5">未经复议直接起诉</th>')
             + _head(*OUTCOMES * 3) + _row(*A, *D, *R) + "</table>")
    review, findings = _import(page, table, tmp_path, as_text=True)
    assert review == EXPECTED
    assert findings == []


def _caption(width: int) -> str:
    """A table's name over it, in its first row: it names table 四, but none of its groups."""
    return _head(f'<th colspan="{width}">政府信息公开行政复议、行政诉讼情况</th>')


def test_extra_blank_columns_are_no_cells(page, tmp_path):
    """A blank column before the figures and one between the groups, no group named over them (the table's name only):
    seventeen cells were too many for a row of 15, and each figure a placeholder. The blank columns are none of table
    四's; the three blocks under the columns' names are the three groups in the official order, noted."""
    table = ("<table>" + _caption(17) + _head("", *OUTCOMES, "", *OUTCOMES * 2)
             + _row("", *R, "", *D, *A) + "</table>")
    review, findings = _import(page, table, tmp_path)
    assert review == EXPECTED
    assert findings == [JUDGED_GROUPS + "：已按国办规定的顺序（行政复议、未经复议直接起诉、复议后起诉）对应，请对照原文核对"]


def test_a_row_of_figures_under_no_head_is_noted(page, tmp_path):
    """Fifteen figures under the table's name only are read in the official order, as before, but no longer in
    silence."""
    table = "<table>" + _caption(15) + _row(*R, *D, *A) + "</table>"
    review, findings = _import(page, table, tmp_path)
    assert review == EXPECTED
    assert findings == [JUDGED_GROUPS + "：已按国办规定的顺序（行政复议、未经复议直接起诉、复议后起诉）对应，请对照原文核对",
                        "表四的表头没有写明各格是结果维持、结果纠正、其他结果、尚未审结还是总计：已按国办规定的列序对应，请对照原文核对"]


def test_blocks_more_than_the_groups_are_not_guessed(page, tmp_path):
    """Four rows of five under one head that names no group: which row is which group is not known. Nothing is
    guessed."""
    table = ("<table>" + _caption(5) + _head(*OUTCOMES)
             + "".join(_row(*figures) for figures in (R, D, A, R)) + "</table>")
    review, findings = _import(page, table, tmp_path)
    assert all(value.startswith("【请填写：表四") for group in review.values() for value in group.values())
    assert findings == ["表四应有一行 15 个数字，原文有 4 行数字"]
