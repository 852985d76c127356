"""The workbook as clerks fill it, what last session left: a table's first head reworded at A1 unlike what it was, and
a row or column moved within a table (cut and inserted elsewhere), each told at its cell with the fix, the data file
untouched; labels worded otherwise in many rows are no table changed in too many places (test_workbook_s47W has
that message for both ways the search for the changes ends)."""

from __future__ import annotations

import _workbook
import pytest
from _workbook import _move, _refused, _typed
from openpyxl import load_workbook
from test_tables import run

_exported, copies = _workbook._exported, _workbook.copies  # the fixtures: a sample's data file and workbook
_REDO = "请从数据文件另导出一个新的工作簿（-o 新的文件名），再把数字填进去"


@pytest.mark.parametrize("reworded", ["主动公开政府信息情况", "本年新制定的规章和规范性文件"])
def test_a_first_head_reworded_at_a1_unlike_it_was_is_named_with_what_it_should_say(copies, reworded):
    """表二's first head at A1 (“第二十条第（一）项”, merged across A1:D1) worded unlike it was, no title row above the
    table, was told “表二中删除了 1 行（原来的第 2 行…）”, the head taken for a title typed over a deleted first row:
    the row keeps its merged cells, so it is the head reworded, named with what it should say."""
    data, book = copies
    _, errors = _refused(data, book, lambda book: _typed(book, {("表二", "A1"): reworded}))
    assert errors == [
        f"{book}:表二!A1: error: 这一格应为“第二十条第（一）项”，而工作簿中是“{reworded}”：表格的行列不能插入、删除或移动；{_REDO}"
    ]


def _moved(sheet: str, what: str, was: str, labels: str, now: str, shifted: str, back: str) -> str:
    heads = "行号" if what == "行" else "列标"
    return (f"{sheet}中移动了 1 {what}：原来的第 {was} {what}（{labels}）移到了第 {now} {what}，其间的{what}名都{shifted}了 1 {what}："
            f"请选中第 {now} {what}（点{heads}），剪切（Ctrl+X），再右键第 {back} {what}的{heads} →“插入剪切的单元格”，"
            "把它移回原处后再导入；表格的行列不能插入、删除或移动")


#: Rows and columns moved (sheet, from, before, columns), where the message says it is and how to move it back.
_MOVES = [
    (("表三", 6, 9, True), "H1", _moved("表三", "列", "F", "“科研机构”", "H", "左移", "F")),
    (("表三", 8, 5, True), "E1", _moved("表三", "列", "H", "“法律服务机构”", "E", "右移", "I")),
    (("表二", 3, 5, True), "D1", _moved("表二", "列", "C", "“本年废止件数”", "D", "左移", "C")),
    (("表四", 12, 15, True), "N1", _moved("表四", "列", "L", "“结果纠正”", "N", "左移", "L")),
    (("表三", 10, 14, False), "A13", _moved("表三", "行", "10", "“3.危及“三安全一稳定””", "13", "上移", "10")),
    (("表三", 21, 17, False), "A17", _moved("表三", "行", "21", "“3.要求提供公开出版物”", "17", "下移", "22")),
    (("表二", 5, 7, False), "A6", _moved("表二", "行", "5", "“第二十条第（五）项”", "6", "上移", "5")),
]


@pytest.mark.parametrize("move, cell, said", _MOVES,
                         ids=["表三-F-right", "表三-H-left", "表二-C-last", "表四-L", "表三-row-down", "表三-row-up", "表二-row"])
def test_a_row_or_column_moved_within_a_table_is_told_moved_with_how_to_move_it_back(copies, move, cell, said):
    """A column cut and inserted elsewhere in its table was told as a column deleted where it was and another inserted
    where it went (“删除了 1 列……插入了 1 列”), or, moved to the last column, as a deletion alone; a row moved, as many
    labels out of place. It is told moved, from where to where, with how to move it back."""
    data, book = copies
    sheet, at, to, columns = move
    _, errors = _refused(data, book, lambda book: _move(book, sheet, at, to, columns=columns))
    assert errors == [f"{book}:{sheet}!{cell}: error: {said}"]


def test_a_column_moved_back_as_told_is_imported(copies):
    """The fix works: 表三's column F moved before I, then cut from H and inserted before F as the message says, is
    the table as exported again, imported."""
    data, book = copies
    _move(book, "表三", 6, 9, columns=True)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1 and "请选中第 H 列（点列标），剪切（Ctrl+X），再右键第 F 列的列标" in result.output
    _move(book, "表三", 8, 6, columns=True)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert load_workbook(book)["表三"]["F3"].value == "科研机构"


def test_labels_worded_as_a_template_words_them_in_many_rows_are_each_named(copies):
    """Many rows' labels worded otherwise in their own cells (a province's template), nothing moved, are no table
    changed in too many places: the labels are named, what each should say."""
    data, book = copies
    typed = {("表三", f"C{row}"): f"第{row}类情形" for row in range(8, 15)}
    _, errors = _refused(data, book, lambda book: _typed(book, typed))
    assert len(errors) == 3 and all("这一格应为" in error and "第" in error for error in errors)
    assert errors[0].startswith(f"{book}:表三!C8: error: 这一格应为“1.属于国家秘密”，而工作簿中是“第8类情形”")
