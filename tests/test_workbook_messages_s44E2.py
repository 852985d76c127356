"""The workbook's messages in the clerk's terms: a column inserted before 表三's 总计 (which the import took, the
total being computed), rows and columns deleted within a table named by their labels, Excel's logical values TRUE
and FALSE, and a formula whose result is text (TEXT)."""

from __future__ import annotations

import _workbook
import pytest
from _workbook import _NEW_NATURAL, _NO_MOVING, _UNDO, _cell_xml, _delete, _errors, _insert, _refused, _typed
from test_other_machines_s44E import _ONE_MORE
from test_tables import run

from reportkit.load import load_file

_exported, copies = _workbook._exported, _workbook.copies  # the fixtures: a sample's data file and workbook


def test_a_column_inserted_before_the_total_is_named(copies):
    """A column inserted before 表三's 总计 (J) left its head blank, which a template may do: the import took the
    numbers and computed the totals, only warning of 26 cells “表格之外” in K. The inserted column is named."""
    data, book = copies
    _, errors = _refused(data, book, lambda book: _insert(book, "表三", 10, columns=True))
    assert errors == [
        f"{book}:表三!J1: error: 表三中插入了 1 列（第 J 列），其后的列名都右移了 1 列：请删除第 J 列（选中列标后右键 →“删除”）"
        f"后再导入；{_NO_MOVING}"
    ]


@pytest.mark.parametrize(
    "sheet, at, amount, columns, cell, said",
    [
        (
            "表三",
            6,
            1,
            False,
            "表三!A6",
            "表三中删除了 1 行（原来的第 6 行，“（一）予以公开”），其后的行名都上移了 1 行",
        ),
        ("表三", 5, 1, True, "表三!E1", "表三中删除了 1 列（原来的第 E 列，“商业企业”），其后的列名都左移了 1 列"),
        (
            "表二",
            5,
            1,
            False,
            "表二!A5",
            "表二中删除了 1 行（原来的第 5 行，“第二十条第（五）项”），其后的行名都上移了 1 行",
        ),
        ("表四", 3, 1, True, "表四!C1", "表四中删除了 1 列（原来的第 C 列，“其他结果”），其后的列名都左移了 1 列"),
        (
            "表三",
            9,
            2,
            False,
            "表三!A9",
            "表三中删除了 2 行（原来的第 9–10 行，“2.其他法律行政法规禁止公开”“3.危及“三安全一稳定””），其后的行名都上移了 2 行",
        ),
    ],
    ids=["表三-row", "表三-column", "表二-row", "表四-column", "表三-two-rows"],
)
def test_rows_or_columns_deleted_within_a_table_are_named_by_their_labels(
    copies, sheet, at, amount, columns, cell, said
):
    """Rows or columns deleted within a table were told as three labels out of place (“这一格应为…”); they are named
    in one error by their labels, with the fix: undo, or fill in a fresh workbook."""
    data, book = copies
    _, errors = _refused(data, book, lambda book: _delete(book, sheet, at, amount, columns=columns))
    assert errors == [f"{book}:{cell}: error: {said}：{_UNDO}；{_NO_MOVING}"]


def test_a_row_deleted_from_a_unit_s_workbook_names_a_blank_workbook_to_fill_in(tmp_path, copies):
    """``aggregate`` has no data file to export a fresh workbook from: the fix names a blank one."""
    _, book = copies
    _delete(book, "表三", 6)
    result = run("aggregate", book, "-o", tmp_path / "sum.yaml", "--agency", "某县人民政府")
    assert result.exit_code == 1
    assert (
        f"{book}:表三!A6: error: 表三中删除了 1 行（原来的第 6 行，“（一）予以公开”），其后的行名都上移了 1 行：还能撤销的，"
        "按 Ctrl+Z 撤销删除、保存后再导入；否则请用 reportkit init annual-report --xlsx 生成空白工作簿（或另取一份空白的统计表模板），"
        f"再把数字填进去；{_NO_MOVING}"
    ) in result.output.splitlines()
    assert not (tmp_path / "sum.yaml").exists()


@pytest.mark.parametrize("value, shown", [(True, "TRUE"), (False, "FALSE")])
def test_a_logical_value_is_told_as_excel_shows_it(copies, value, shown):
    """TRUE or FALSE in a cell was told “不能写 true/false”, the data file's words; Excel shows TRUE, FALSE."""
    data, book = copies
    _typed(book, {("表三", "D4"): value})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert _errors(result.output) == [
        f"{book}:表三!D4: error: {_NEW_NATURAL}：这一格是逻辑值 {shown}，不是数字：请填数字，没有数据请填 0"
    ]


def test_a_formula_giving_a_logical_value_is_told_so(copies):
    """A formula that computes TRUE (=D5>0) is told so, with its formula."""
    data, book = copies
    _cell_xml(book, "表三", "D4", '<c r="D4" t="b"><f>D5&gt;0</f><v>1</v></c>')
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert _errors(result.output) == [
        f"{book}:表三!D4: error: {_NEW_NATURAL}：这一格的公式“=D5>0”算出的是逻辑值 TRUE，不是数字：请改正公式，或直接填数字"
    ]


def test_a_formula_giving_text_is_read_with_a_note_naming_it(copies):
    """A formula whose result is text (=TEXT(39,"0")) was noted as a number stored as text, with Excel's green
    triangle, which such a cell does not show; the note names the formula. Its number is imported."""
    data, book = copies
    _typed(book, _ONE_MORE)
    _cell_xml(book, "表三", "D4", '<c r="D4" t="str"><f>TEXT(39,"0")</f><v>39</v></c>')
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert (
        f'{book}:表三!D4: note: {_NEW_NATURAL}：这一格的公式“=TEXT(39,"0")”算出的是文字“39”，不是数字，已按数字 39 读取，不必改动'
    ) in result.output.splitlines()
    assert "绿色小三角" not in result.output
    assert load_file(data).data["tables"]["applications"]["new_received"]["natural_person"] == 39
