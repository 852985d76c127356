"""The workbook as clerks fill it, what last session left: a table's first head reworded below a title, a count that
is no whole number shown in scientific notation (1.23E+03), and a table changed in many places, each told at its cell
with the fix, the data file untouched."""

from __future__ import annotations

import _workbook
import pytest
from openpyxl import load_workbook
from _workbook import _NEW_NATURAL, _NO_MOVING, _UNDO, _changed, _insert, _refused, _typed

_exported, copies = _workbook._exported, _workbook.copies  # the fixtures: a sample's data file and workbook
_TITLE = "某县2023年政府信息公开统计表"
_REDO = "请从数据文件另导出一个新的工作簿（-o 新的文件名），再把数字填进去"


@pytest.mark.parametrize("reworded", ["主动公开政府信息情况", "第二十条（一）项"])
def test_a_first_head_reworded_below_a_title_is_named_with_what_it_should_say(copies, reworded):
    """表二 below a title, its only first-row head (“第二十条第（一）项”) reworded, was told “表二中删除了 1 行（原来的第 3
    行…）”: the reworded head was taken for a title and the title above it for nothing. The head is named, what it
    says and what it should say."""
    data, book = copies

    def change(book):
        _insert(book, "表二", 1)
        _typed(book, {("表二", "A1"): _TITLE, ("表二", "A2"): reworded})

    _, errors = _refused(data, book, change)
    assert errors == [
        f"{book}:表二!A2: error: 这一格应为“第二十条第（一）项”，而工作簿中是“{reworded}”：表格的行列不能插入、删除或移动；{_REDO}"
    ]


@pytest.mark.parametrize("reworded", ["第二十条（一）项", "第20条第1项"])
def test_a_first_head_reworded_at_a1_much_like_it_was_is_named_with_what_it_should_say(copies, reworded):
    """At A1, 表二's first head worded much like “第二十条第（一）项” was taken for a title typed over a deleted first
    row (“表二中删除了 1 行（原来的第 2 行…）”): it is named as reworded, what it says and what it should say."""
    data, book = copies
    _, errors = _refused(data, book, lambda book: _typed(book, {("表二", "A1"): reworded}))
    assert errors == [
        f"{book}:表二!A1: error: 这一格应为“第二十条第（一）项”，而工作簿中是“{reworded}”：表格的行列不能插入、删除或移动；{_REDO}"
    ]


@pytest.mark.parametrize(
    "stored, number_format, shown",
    [(1234.5, "0.00E+00", "1.23E+03"), (38.4, "0.0E+0", "3.8E+1"), (0.04, "0.00E-00", "4.00E-02")],
    ids=["Excel's", "one-digit-exponent", "small"],
)
def test_a_count_shown_in_scientific_format_that_is_no_whole_number_names_what_is_stored(
    copies, stored, number_format, shown
):
    """1234.5 in a cell formatted 0.00E+00 (shown as 1.23E+03) was told only “应为整数，不能有小数，实际为“1234.5””, a
    number the clerk never saw: the display and the number stored are named, with the format to set."""
    data, book = copies

    def change(book):
        wb = load_workbook(book)
        wb["表三"]["D4"].value, wb["表三"]["D4"].number_format = stored, number_format
        wb.save(book)

    _, errors = _refused(data, book, change)
    assert errors == [
        f"{book}:表三!D4: error: {_NEW_NATURAL}：这一格设成了科学记数格式，显示为 {shown}，格中的数其实是 {stored}，不是整数，"
        "而这里只能填整数：请把单元格格式改为“常规”或“数值”，核对后填写完整的数"
    ]


#: Rows and a column inserted and deleted in seven places of 表三 (as the clerk's Excel did them, one after another).
_SEVEN_CHANGES = [
    ("insert", 24, False),
    ("delete", 18, False),
    ("insert", 4, False),
    ("insert", 27, False),
    ("insert", 5, False),
    ("insert", 2, True),
    ("delete", 4, True),
]


def test_a_table_changed_in_too_many_places_is_told_at_its_first_label_out_of_place(copies):
    """Seven changes within 表三 took the search for them over 3 s (CPU) before three labels were told out of place;
    it gives up early (about 0.3 s) and says so, naming the table and its first label out of place, with the undo."""
    data, book = copies
    _, errors = _refused(data, book, lambda book: _changed(book, "表三", _SEVEN_CHANGES))
    assert errors == [
        f"{book}:表三!A4: error: 表三中插入、删除或移动了行、列的地方太多，没有一一查明；第一处与导出时不同的是 表三!A4："
        "这一格应为“一、本年新收政府信息公开申请数量”，而工作簿中是“”：还能撤销的，按 Ctrl+Z 撤销这些改动、保存后再导入；"
        f"否则{_REDO}；表格的行列不能插入、删除或移动"
    ]


def test_rows_deleted_in_five_places_are_not_told_as_columns_deleted_and_inserted_again(copies):
    """Five rows deleted one by one from 表三 were told as “删除了 2 列（原来的第 B–C 列…）” and “插入了 2 列（第 B–C
    列）” besides five rows deleted: columns inserted right where others were deleted are those labels typed over, no
    change. More changes than are told apart, the table is told at its first label out of place, as when the search
    gives up (s48)."""
    data, book = copies
    deleted = [("delete", at, False) for at in (6, 10, 14, 18, 22)]
    _, errors = _refused(data, book, lambda book: _changed(book, "表三", deleted))
    assert errors == [
        f"{book}:表三!A6: error: 表三中插入、删除或移动了行、列的地方太多，没有一一查明；第一处与导出时不同的是 表三!A6："
        "这一格应为“三、本年度办理结果”，而工作簿中是“”：还能撤销的，按 Ctrl+Z 撤销这些改动、保存后再导入；"
        f"否则{_REDO}；表格的行列不能插入、删除或移动"
    ]


def test_a_column_and_three_rows_deleted_are_each_named(copies):
    """A column and three rows deleted one by one from 表三 were told as two columns deleted (第 B–C 列) and one
    inserted again there, and three rows deleted together (第 6–8 行): each deletion is named, with the undo."""
    data, book = copies
    deleted = [("delete", 2, True), ("delete", 11, False), ("delete", 17, False), ("delete", 23, False)]
    _, errors = _refused(data, book, lambda book: _changed(book, "表三", deleted))
    rows = "其后的行名都上移了 1 行"
    assert errors == [
        f"{book}:表三!{cell}: error: 表三中删除了 1 {said}：{_UNDO}；{_NO_MOVING}"
        for cell, said in [
            (
                "B1",
                "列（原来的第 B 列，“（三）不予公开”“（四）无法提供”“（五）不予处理”“（六）其他处理”），其后的列名都左移了 1 列",
            ),
            ("A11", f"行（原来的第 11 行，“4.保护第三方合法权益”），{rows}"),
            ("A17", f"行（原来的第 18 行，“3.补正后申请内容仍不明确”），{rows}"),
            (
                "A23",
                f"行（原来的第 25 行，“2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”），{rows}",
            ),
        ]
    ]
