"""The workbook as clerks fill it in Excel or WPS: a data file whose quoted values hold tabs keeps every byte but the
numbers the import changes; a table's last rows or columns deleted, two changes within one table, a formula whose
result is text, and a negative number as Excel's accounting format shows it, (12), each named with the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import _workbook
import pytest
from openpyxl import load_workbook
from _workbook import _NEW_NATURAL, _NO_MOVING, _UNDO, _cell_xml, _changed, _delete, _errors, _refused, _text, _typed
from test_tables import XINZHOU, run

from reportkit.load import load_file

_exported, copies = _workbook._exported, _workbook.copies  # the fixtures: a sample's data file and workbook

#: Excel's accounting format: a negative in brackets.
_ACCOUNTING = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_quoted_tabs_escapes_and_comments_stay_byte_for_byte_but_the_changed_numbers(copies, newline):
    """A tab in a double-quoted value was written back as \\t, a single-quoted value double-quoted, a \\u escape as its
    character, and a changed line lost its tabs: only the numbers change now (and the cells added to a row), the
    comment after a shorter number where it stood."""
    data, book = copies
    edits = {
        "  office: 局办公室": '  office: "局办公室\t302室"',
        "  address: 某县人民路18号": "  address: '某县\t人民路18号'",
        '  postcode: "000000"': '  postcode: "00\\u0030000"',
        "    - 本年度部分申请涉及第三方合法权益，已依法征求第三方意见后作出答复。": '    - "本年度\t部分申请涉及第三方合法权益。"',
        "    administrative_licensing: {decisions: 156}": "    administrative_licensing: {decisions: 156}    # 许可",
        "    carried_over: {natural_person: 3, commercial_enterprise: 1}": (
            "    carried_over:\t{natural_person: 3, commercial_enterprise: 1}\t# 上年\t结转"
        ),
        "    administrative_coercion: {decisions: {value: 4, note: 均为查封}}": (
            '    administrative_coercion:\t{decisions: {value: 4, note: "均为\t查封"}}\t# 强制'
        ),
    }
    text = data.read_text(encoding="utf-8")
    for old, new in edits.items():
        assert old in text
        text = text.replace(old, new)
    data.write_bytes(text.replace("\n", newline).encode("utf-8"))
    # and one more 科研机构 carried over and granted, cells the data file lacks
    _typed(book, {("表二", "B7"): 15, ("表二", "B11"): 12, ("表三", "F5"): 1, ("表三", "F6"): 1})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert "已把 5 个数字写入" in result.output
    expected = text.replace("{decisions: 156}    # 许可", "{decisions: 15}     # 许可").replace(
        "value: 4,", "value: 12,"
    )
    for old, new in {
        "commercial_enterprise: 1}\t# 上年": "commercial_enterprise: 1, research_institution: 1}\t# 上年",
        "commercial_enterprise: 3, legal": "commercial_enterprise: 3, research_institution: 1, legal",
        "total: {natural_person: 40, total: 48}": "total: {natural_person: 40, total: 49}",
    }.items():
        expected = expected.replace(old, new)
    assert data.read_bytes() == expected.replace("\n", newline).encode("utf-8")


@pytest.mark.parametrize(
    "sheet, at, amount, columns, cell, said",
    [
        ("表三", 28, 1, False, "表三!A28", "表三的最后 1 行（原来的第 28 行，“四、结转下年度继续办理”）"),
        (
            "表三",
            27,
            2,
            False,
            "表三!A27",
            "表三的最后 2 行（原来的第 27–28 行，“（七）总计”“四、结转下年度继续办理”）",
        ),
        ("表二", 14, 1, False, "表二!A14", "表二的最后 1 行（原来的第 14 行，“行政事业性收费”）"),
        ("表二", 4, 1, True, "表二!D1", "表二的最后 1 列（原来的第 D 列，“现行有效件数”）"),
    ],
    ids=["表三-row", "表三-two-rows", "表二-row", "表二-column"],
)
def test_a_table_s_last_rows_or_columns_deleted_are_named(copies, sheet, at, amount, columns, cell, said):
    """Deleting a table's last row (column) was told as its label gone (“这一格应为…，而工作簿中是“””): the rows are
    named, with the fix, as a row deleted within is."""
    data, book = copies
    _, errors = _refused(data, book, lambda book: _delete(book, sheet, at, amount, columns=columns))
    fix = _UNDO.replace("撤销删除", "撤销")
    assert errors == [f"{book}:{cell}: error: {said}被删除或清空了，其中的数字读不到：{fix}；{_NO_MOVING}"]


def _inserted_rows(at: int, cell: int) -> str:
    return (
        f"表三!A{cell}: error: 表三中插入了 1 行（第 {cell} 行），其后的行名都下移了 1 行：请删除第 {cell} 行"
        f"（选中行号后右键 →“删除”）后再导入；{_NO_MOVING}"
    )


@pytest.mark.parametrize(
    "changes, said",
    [
        (
            [("insert", 8, False), ("delete", 5, True)],
            [
                f"表三!E1: error: 表三中删除了 1 列（原来的第 E 列，“商业企业”），其后的列名都左移了 1 列：{_UNDO}；{_NO_MOVING}",
                _inserted_rows(8, 8),
            ],
        ),
        ([("insert", 8, False), ("insert", 20, False)], [_inserted_rows(8, 8), _inserted_rows(20, 20)]),
        (
            [("delete", 6, False), ("insert", 18, False)],
            [
                f"表三!A6: error: 表三中删除了 1 行（原来的第 6 行，“（一）予以公开”），其后的行名都上移了 1 行：{_UNDO}；{_NO_MOVING}",
                _inserted_rows(18, 18),
            ],
        ),
        (
            [("insert", 5, True), ("delete", 9, True)],
            [
                f"表三!E1: error: 表三中插入了 1 列（第 E 列），其后的列名都右移了 1 列：请删除第 E 列（选中列标后右键 →“删除”）"
                f"后再导入；{_NO_MOVING}",
                f"表三!I1: error: 表三中删除了 1 列（原来的第 H 列，“法律服务机构”），其后的列名都左移了 1 列：{_UNDO}；{_NO_MOVING}",
            ],
        ),
    ],
    ids=[
        "row-inserted-column-deleted",
        "rows-inserted-twice",
        "row-deleted-row-inserted",
        "column-inserted-and-deleted",
    ],
)
def test_two_changes_within_a_table_are_each_named(copies, changes, said):
    """A row inserted and a column deleted (or two rows inserted) within 表三 were told as three labels out of place;
    each change is named, with its fix."""
    data, book = copies
    _, errors = _refused(data, book, lambda book: _changed(book, "表三", changes))
    assert sorted(errors) == sorted(f"{book}:{line}" for line in said)


@pytest.mark.parametrize(
    "formula, saved",
    [('IF(D5&gt;0,"无",1)', "无"), ('D5&amp;"件"', "20件")],
    ids=["IF-none", "with-unit"],
)
def test_a_formula_whose_result_is_text_is_named_as_a_formula(copies, formula, saved):
    """=IF(D5>0,"无",1) computing 无 was told “不能写“无””, as if typed; the formula is named, with what to write."""
    data, book = copies
    _cell_xml(book, "表三", "D4", f'<c r="D4" t="str"><f>{formula}</f><v>{saved}</v></c>')
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    shown = formula.replace("&gt;", ">").replace("&amp;", "&")
    assert _errors(result.output) == [
        f"{book}:表三!D4: error: {_NEW_NATURAL}：这一格的公式“={shown}”算出的是文字“{saved}”，不是数字：请改正公式，"
        "让它只算出数字（没有数据时算出 0），或直接填数字"
    ]


_NOT_NEGATIVE = "而这里填数量，不能是负数（只有 2019 版表二的“本年增/减”可以填负数）：请核对这个数；不是负数的，写作 12"


@pytest.mark.parametrize(
    "typed, said",
    [
        ("(12)", f"“(12)”是负数 -12（Excel 的会计专用格式把负数显示在括号里），{_NOT_NEGATIVE}"),
        ("（12）", f"“（12）”是负数 -12（Excel 的会计专用格式把负数显示在括号里），{_NOT_NEGATIVE}"),
        (
            -12,
            f"这一格显示为“(12)”，是负数 -12（单元格设成了会计专用格式，负数显示在括号里），{_NOT_NEGATIVE}，"
            "并把单元格格式改为“常规”",
        ),
    ],
    ids=["text", "full-width", "accounting-format"],
)
def test_a_negative_in_accounting_brackets_is_told_so_where_no_negative_goes(copies, typed, said):
    """(12) was told “请写作 12”; it is a negative as Excel's accounting format shows one, which a count refuses."""
    data, book = copies
    if isinstance(typed, str):
        _text(book, "表三", "D4", typed)
    else:
        wb = load_workbook(book)
        wb["表三"]["D4"].value, wb["表三"]["D4"].number_format = typed, _ACCOUNTING
        wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert _errors(result.output) == [f"{book}:表三!D4: error: {_NEW_NATURAL}：{said}"]


@pytest.fixture(scope="module")
def _exported_2019(tmp_path_factory) -> tuple[Path, Path]:
    """examples/xinzhou-2020.yaml (the 2019 edition, whose 表二 has 本年增/减) and its workbook."""
    return _workbook.exported(tmp_path_factory.mktemp("exported_2019"), XINZHOU)


def test_a_change_in_accounting_brackets_is_written_with_its_minus_sign(tmp_path, _exported_2019):
    """2019's 表二 “本年增/减” takes a negative: (11) typed as text is told to be written -11; -10 in a cell formatted
    as accounting (shown as (10)) is imported as it is."""
    data, book = (Path(shutil.copy(path, tmp_path / path.name)) for path in _exported_2019)
    _text(book, "表二", "C7", "(11)")
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert _errors(result.output) == [
        f"{book}:表二!C7: error: 表二“行政许可”“本年增/减”：“(11)”是负数 -11（Excel 的会计专用格式把负数显示在括号里）："
        "这一格可以填负数，请写作 -11"
    ]
    wb = load_workbook(book)
    wb["表二"]["C7"].value, wb["表二"]["C7"].number_format = -10, _ACCOUNTING
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert load_file(data).data["tables"]["active_disclosure"]["administrative_licensing"]["change"] == {
        "value": -10,
        "note": "划至市行政审批管理局",
    }


def test_a_note_in_brackets_after_a_number_with_its_unit_gets_the_workbook_s_fix(copies):
    """“38件（含2件）” was told in the data file's words (“数后面的说明请写在 note 里”), unlike “38（含2件）”."""
    data, book = copies
    _text(book, "表三", "D4", "38件（含2件）")
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert _errors(result.output) == [
        f"{book}:表三!D4: error: {_NEW_NATURAL}：格中只填数字，写作 38；括号中的说明“含2件”不导入（要印在数后，"
        "请在数据文件中把这一格写成 {value: 38, note: 含2件}）"
    ]


@pytest.mark.parametrize(
    "sheet, columns, cell, said",
    [
        ("表三", False, "表三!A1", "表三中删除了 1 行（原来的第 1 行，“申请人情况”），其后的行名都上移了 1 行"),
        (
            "表二",
            True,
            "表二!A1",
            "表二中删除了 1 列（原来的第 A 列，“信息内容”“规章”“行政规范性文件”等 10 个名称），其后的列名都左移了 1 列",
        ),
        ("表四", True, "表四!A1", "表四中删除了 1 列（原来的第 A 列，“结果维持”），其后的列名都左移了 1 列"),
    ],
    ids=["表三-row-1", "表二-column-A", "表四-column-A"],
)
def test_a_table_s_first_row_or_column_deleted_is_named(copies, sheet, columns, cell, said):
    """Deleting a table's first row (column) was told as three labels out of place; it is named, many labels the
    first few of them."""
    data, book = copies
    _, errors = _refused(data, book, lambda book: _delete(book, sheet, 1, columns=columns))
    assert errors == [f"{book}:{cell}: error: {said}：{_UNDO}；{_NO_MOVING}"]
