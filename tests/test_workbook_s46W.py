"""The workbook as clerks fill it, what last session left: a formula whose saved result is an empty text
(=IF(D5>0,"",1)), a table's first row deleted below a title typed above it, three changes and more within one table,
and a count typed in scientific notation (1.2E+3), each named at its cell with the fix."""

from __future__ import annotations

import _workbook
import pytest
from openpyxl import load_workbook
from _workbook import _NEW_NATURAL, _NO_MOVING, _UNDO, _cell_xml, _changed, _delete, _insert, _refused, _text, _typed
from test_tables import run
from test_workbook_s45E import _inserted_rows

from reportkit.load import load_file

_exported, copies = _workbook._exported, _workbook.copies  # the fixtures: a sample's data file and workbook
_TITLE = "某县2023年政府信息公开统计表"


@pytest.mark.parametrize("saved", ["<v></v>", "<v/>"], ids=["v-empty", "v-closed"])
def test_a_formula_whose_result_is_an_empty_text_is_told_so(copies, saved):
    """=IF(D5>0,"",1) saved with its empty result was told “工作簿里没有存下它算出的数”, as if never computed; it is
    a formula giving an empty text, with the fix: 0 in place of "", or the number typed."""
    data, book = copies
    xml = f'<c r="D4" t="str"><f>IF(D5&gt;0,"",1)</f>{saved}</c>'
    _, errors = _refused(data, book, lambda book: _cell_xml(book, "表三", "D4", xml))
    assert errors == [
        f'{book}:表三!D4: error: {_NEW_NATURAL}：这一格的公式“=IF(D5>0,"",1)”算出的是空的文字（格中显示为空白），不是数字：'
        '请改正公式，把其中的 "" 改为 0，让它没有数据时算出 0，或直接填数字'
    ]


def _titled(book, sheet: str, *, columns: bool = False) -> None:
    """A title typed in a row inserted above ``sheet``'s table (a column inserted left of it)."""
    _insert(book, sheet, 1, columns=columns)
    _typed(book, {(sheet, "A1"): _TITLE})


@pytest.mark.parametrize(
    "sheet, columns, cell, said",
    [
        ("表三", False, "表三!A2", "表三中删除了 1 行（原来的第 2 行，“申请人情况”），其后的行名都上移了 1 行"),
        ("表二", False, "表二!A2", "表二中删除了 1 行（原来的第 2 行，“第二十条第（一）项”），其后的行名都上移了 1 行"),
        ("表四", False, "表四!A2", "表四中删除了 1 行（原来的第 2 行，“行政复议”“行政诉讼”），其后的行名都上移了 1 行"),
        (
            "表二",
            True,
            "表二!B1",
            "表二中删除了 1 列（原来的第 B 列，“信息内容”“规章”“行政规范性文件”等 10 个名称），其后的列名都左移了 1 列",
        ),
    ],
    ids=["表三-row", "表二-row", "表四-row", "表二-column"],
)
def test_a_table_s_first_row_deleted_below_a_title_is_named(copies, sheet, columns, cell, said):
    """Below a title row (right of a title column), deleting the table's first row was told as a label out of place
    (“这一格应为…，而工作簿中是“某县…统计表””): it is named, as at A1, with the undo."""
    data, book = copies

    def change(book):
        _titled(book, sheet, columns=columns)
        _delete(book, sheet, 2, columns=columns)

    _, errors = _refused(data, book, change)
    assert errors == [f"{book}:{cell}: error: {said}：{_UNDO}；{_NO_MOVING}"]


def test_a_title_above_a_table_whose_first_heads_are_blank_is_still_read(copies):
    """A template's table below a title, its first row's heads left blank, is no deleted row: it is read."""
    data, book = copies
    _titled(book, "表三")
    _typed(book, {("表三", "A2"): None, ("表三", "D2"): None, ("表三", "D5"): 39, ("表三", "D7"): 21})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert load_file(data).data["tables"]["applications"]["new_received"]["natural_person"] == 39


def _table_changed(sheet: str, cell: str, said: str) -> str:
    return f"{sheet}!{cell}: error: {sheet}中{said}；{_NO_MOVING}"


@pytest.mark.parametrize(
    "sheet, changes, said",
    [
        (
            "表三",
            [("insert", 8, False), ("insert", 15, False), ("delete", 5, True)],
            [
                _table_changed(
                    "表三", "E1", f"删除了 1 列（原来的第 E 列，“商业企业”），其后的列名都左移了 1 列：{_UNDO}"
                ),
                _inserted_rows(8, 8),
                _inserted_rows(15, 15),
            ],
        ),
        (
            "表二",
            [("insert", 5, False), ("insert", 9, False), ("insert", 13, False)],
            [
                _table_changed(
                    "表二",
                    f"A{at}",
                    f"插入了 1 行（第 {at} 行），其后的行名都下移了 1 行：请删除第 {at} 行"
                    "（选中行号后右键 →“删除”）后再导入",
                )
                for at in (5, 9, 13)
            ],
        ),
        (
            "表三",
            [("delete", 9, False), ("insert", 15, False), ("insert", 5, True), ("delete", 10, True)],
            [
                _table_changed(
                    "表三",
                    "E2",
                    "有多处插入或删除了行、列，第 9–15 行的行名、第 E–I 列的列名与导出时的位置不同："
                    "还能撤销的，按 Ctrl+Z 撤销这些改动、保存后再导入；否则请从数据文件另导出一个新的工作簿"
                    "（-o 新的文件名），再把数字填进去",
                )
            ],
        ),
    ],
    ids=["表三-two-rows-one-column", "表二-three-rows", "表三-four-that-undo-each-other"],
)
def test_three_changes_or_more_within_a_table_are_each_named_or_told_together(copies, sheet, changes, said):
    """Three changes within one table were told as three labels out of place (“这一格应为…”): each is named with
    its fix; changes that cancel out in part (a row deleted, another inserted below it) are told together, with the
    rows and columns whose names no longer match and the undo."""
    data, book = copies
    _, errors = _refused(data, book, lambda book: _changed(book, sheet, changes))
    assert sorted(errors) == sorted(f"{book}:{line}" for line in said)


_SHORTENED = "列宽不够时 Excel 把 1234 显示为 1.2E+03，复制显示的文字会丢掉后几位"


def _scientific(book, typed) -> None:
    """表三!D4 holding ``typed``: a text as typed into a cell formatted as text, or a number shown as 1.2E+03."""
    if isinstance(typed, str):
        _text(book, "表三", "D4", typed)
    else:
        wb = load_workbook(book)
        wb["表三"]["D4"].value, wb["表三"]["D4"].number_format = typed, "0.0E+00"
        wb.save(book)


@pytest.mark.parametrize(
    "typed", ["1.2E+3", "1.2E+03", "1.2e3", 1200], ids=["text", "text-Excel", "text-lower", "number"]
)
def test_a_whole_count_in_scientific_notation_is_read_as_its_number(copies, typed):
    """1.2E+3 stored as text was refused as no number; it is 1200 (with a note to check it is not a narrow column's
    shortening), as a number shown so already was. Only the numbers change in the data file."""
    data, book = copies
    before = data.read_text(encoding="utf-8")
    _scientific(book, typed)
    _typed(book, {("表三", "D6"): 1182})  # 予以公开 as many more, for the sums
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if "表三!D4: note:" in line]
    assert notes == (
        [
            f"{book}:表三!D4: note: {_NEW_NATURAL}：这一格的数字存成了文本（格的左上角有绿色小三角），已按数字 1200 读取；"
            f"“{typed}”是科学记数法：{_SHORTENED}，请核对这是完整的数"
        ]
        if isinstance(typed, str)
        else []
    )
    expected = before
    for old, new in {
        "new_received: {natural_person: 38,": "new_received: {natural_person: 1200,",
        "other: 1, total: 48}": "other: 1, total: 1210}",
        "granted: {natural_person: 20,": "granted: {natural_person: 1182,",
        "total: {natural_person: 40, total: 48}": "total: {natural_person: 1202, total: 1210}",
    }.items():
        assert expected.count(old) == 1
        expected = expected.replace(old, new)
    assert data.read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("typed, exact", [("1.25E+1", "12.5"), ("1.2345E+3", "1234.5")])
def test_a_count_in_scientific_notation_that_is_no_whole_number_is_refused(copies, typed, exact):
    """1.25E+1 stored as text was told “不是数字” in the data file's words; it is named as the number it is, which a
    count cannot be."""
    data, book = copies
    _, errors = _refused(data, book, lambda book: _scientific(book, typed))
    assert errors == [
        f"{book}:表三!D4: error: {_NEW_NATURAL}：“{typed}”是科学记数法写的 {exact}，不是整数，而这里只能填整数："
        f"{_SHORTENED}，请核对后填写完整的数"
    ]
