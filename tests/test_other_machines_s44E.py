"""Files as they come from clerks' machines: a workbook renamed .xls or .et (or without its extension), a web page a
system exported as .xls, a formula typed into a cell formatted as text, rows and columns a clerk inserted within a
table (with Excel moving its merged cells along), a letter O for a zero or a note in brackets in a cell, a carriage
return Excel saved escaped (_x000D_); a data file with Notepad's tabs between its keys, values and comments; a
report's text saved as UTF-32."""

from __future__ import annotations

from pathlib import Path

import _workbook
import pytest
from _workbook import _NEW_NATURAL, _cell_xml, _insert, _typed
from test_tables import run

from reportkit.load import load_file

_exported, copies = _workbook._exported, _workbook.copies  # the fixtures: a sample's data file and workbook


def _text_cell(book: Path, text: str, at: str = "D4") -> None:
    """表三!``at`` holding ``text`` as a string, as Excel stores what is typed into a cell formatted as text."""
    _cell_xml(book, "表三", at, f'<c r="{at}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')


# 表三's natural persons: one more new application, and one more granted, so that the table still adds up
_ONE_MORE = {("表三", "D4"): 39, ("表三", "D6"): 21}


@pytest.mark.parametrize("name", ["统计表.xls", "统计表.et", "统计表"])
def test_a_workbook_renamed_xls_or_et_or_without_its_extension_is_read_with_a_note(copies, name):
    """A workbook renamed 统计表.xls (or .et, or a download that lost its extension) was refused as a file reportkit
    cannot read, with the fix to save it as .xlsx: it is one, and is read, with a note on the name to give it."""
    data, book = copies
    renamed = _typed(book, _ONE_MORE, book.parent / name)
    result = run("tables", "import", renamed, "--into", data)
    assert result.exit_code == 0, result.output
    called = f"扩展名是 {renamed.suffix}" if renamed.suffix else "没有扩展名"
    assert (
        f"{renamed}: note: 这个文件{called}，内容却是 .xlsx 工作簿（多半是改过名字，或下载时改了名）：已照常读取；"
        f"建议把它改名为 统计表.xlsx"
    ) in result.output.splitlines()
    new = load_file(data).data["tables"]["applications"]["new_received"]
    assert new["natural_person"] == 39


def test_aggregate_counts_a_unit_s_workbook_renamed_xls(tmp_path, copies):
    """``aggregate`` left out a unit whose workbook was renamed .xls (“未计入汇总 … 另存为”); it is counted, with the note."""
    data, book = copies
    units = tmp_path / "units"
    units.mkdir()
    renamed = _typed(book, {}, units / "某县甲局2023.xls")
    (units / "某县乙局.yaml").write_text(
        data.read_text(encoding="utf-8").replace("某县自然资源局", "某县乙局"), encoding="utf-8"
    )
    out = tmp_path / "sum.yaml"
    result = run("aggregate", units, "-o", out, "--agency", "某县人民政府")
    assert result.exit_code == 0, result.output
    assert f"{renamed}: note: 这个文件扩展名是 .xls，内容却是 .xlsx 工作簿" in result.output
    new = load_file(out).data["tables"]["applications"]["new_received"]
    assert new["natural_person"] == 2 * 38


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body><table><tr><td>\xe8\x87\xaa\xe7\x84\xb6\xe4\xba\xba</td><td>38</td></tr></table></body></html>",
        b'\xef\xbb\xbf<?xml version="1.0"?>\r\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
    ],
)
def test_a_web_page_or_xml_table_saved_as_xls_is_named_so(copies, content):
    """A system's export “to Excel” that is a web page (or Excel 2003's XML) named .xls was told reportkit cannot read
    .xls files, as if it were an old Excel workbook; it is named for what it is, with the same fix."""
    data, _ = copies
    before = data.read_bytes()
    book = data.parent / "导出.xls"
    book.write_bytes(content)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert (
        f"{book}: error: 这是网页（HTML）或 XML 格式的表格，只是扩展名为 .xls（有的系统导出的“Excel 文件”就是这样），"
        "reportkit 读不了：请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再导入"
    ) in result.output.splitlines()
    assert data.read_bytes() == before


@pytest.mark.parametrize(
    "typed, why",
    [
        ("=30+8", "这一格设成了文本格式，或等号前有空格"),
        (" =30+8", "这一格设成了文本格式，或等号前有空格"),
        ("＝30+8", "等号“＝”是全角的"),
    ],
)
def test_a_formula_stored_as_text_is_told_it_was_not_computed(copies, typed, why):
    """A formula typed into a cell formatted as text (Excel shows it and computes nothing) was told only that a whole
    number was wanted, “实际为“=30+8””."""
    data, book = copies
    before = data.read_bytes()
    _text_cell(book, typed)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert (
        f"{book}:表三!D4: error: 表三“一、本年新收政府信息公开申请数量”“自然人”：“{typed.strip()}”是存成了文字的公式，"
        f"没有计算（{why}）：请直接填数字；要用公式的，先把单元格格式改为“常规”，再用半角的“=”重新输入公式"
    ) in result.output.splitlines()
    assert data.read_bytes() == before


@pytest.mark.parametrize(
    "inserts, cell, said",
    [
        (
            [("表三", 6, 1, False)],
            "表三!A6",
            "表三中插入了 1 行（第 6 行），其后的行名都下移了 1 行：请删除第 6 行（选中行号",
        ),
        (
            [("表三", 7, 2, False)],
            "表三!A7",
            "表三中插入了 2 行（第 7–8 行），其后的行名都下移了 2 行：请删除第 7–8 行（选中行号",
        ),
        (
            [("表三", 5, 1, True)],
            "表三!E1",
            "表三中插入了 1 列（第 E 列），其后的列名都右移了 1 列：请删除第 E 列（选中列标",
        ),
        (
            [("表四", 3, 1, True)],
            "表四!C1",
            "表四中插入了 1 列（第 C 列），其后的列名都右移了 1 列：请删除第 C 列（选中列标",
        ),
        (
            [("表二", 5, 1, False)],
            "表二!A5",
            "表二中插入了 1 行（第 5 行），其后的行名都下移了 1 行：请删除第 5 行（选中行号",
        ),
        (
            [("表三", 1, 1, False), ("表三", 9, 1, False)],
            "表三!A9",  # a title row above the table, and a row within it
            "表三中插入了 1 行（第 9 行），其后的行名都下移了 1 行：请删除第 9 行（选中行号",
        ),
    ],
)
def test_rows_or_columns_inserted_within_a_table_are_named_with_the_ones_to_delete(copies, inserts, cell, said):
    """Rows or columns inserted within a table were told as three labels out of place and “export a new workbook”;
    they are named in one line with the rows (columns) to delete, and nothing is written."""
    data, book = copies
    before = data.read_bytes()
    for sheet, at, amount, columns in inserts:
        _insert(book, sheet, at, amount, columns=columns)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors == [f"{book}:{cell}: error: {said}后右键 →“删除”）后再导入；表格的行列不能插入、删除或移动"]
    assert data.read_bytes() == before


def test_a_label_typed_over_is_still_named_at_its_cell(copies):
    """Guard: a label typed over (no row inserted) is still named at its cell, with the fresh workbook to fill in."""
    data, book = copies
    _typed(book, {("表三", "B6"): "其他情况"})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert (
        f"{book}:表三!B6: error: 这一格应为“（一）予以公开”，而工作簿中是“其他情况”：表格的行列不能插入、删除或移动；"
        "请从数据文件另导出一个新的工作簿（-o 新的文件名），再把数字填进去"
    ) in result.output.splitlines()


@pytest.mark.parametrize(
    "typed, said",
    [
        ("1o", "“1o”中的“o”是字母，不是数字 0：请写作 10"),
        ("Ｏ", "“Ｏ”是字母，不是数字 0：请写作 0"),
        ("1〇", "“1〇”中的“〇”是汉字，不是数字 0：请写作 10"),
        ("12（件）", "只填数字，不要写“件”：写作 12"),
        (
            "37（含撤销2件）",
            "格中只填数字，写作 37；括号中的说明“含撤销2件”不导入（要印在数后，请在数据文件中把这一格写成 "
            "{value: 37, note: 含撤销2件}）",
        ),
    ],
)
def test_a_letter_for_a_zero_or_a_bracket_after_a_number_gets_the_workbook_s_fix(copies, typed, said):
    """A letter O typed for a zero was told to write the digits before it (“1o”请写作 1); a unit in brackets was told
    to write a data file's note ({value: 12, note: 件}), and a note in brackets only that, in the data file's words."""
    data, book = copies
    before = data.read_bytes()
    _typed(book, {("表三", "D4"): typed})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert f"{book}:表三!D4: error: {_NEW_NATURAL}：{said}" in result.output.splitlines()
    assert data.read_bytes() == before


#: A short report's text as Notepad holds it (Windows line ends), written for this test.
_REPORT_TEXT = (
    "\r\n".join(
        [
            "某县档案馆2022年政府信息公开工作年度报告",
            "一、总体情况",
            "2022年，某县档案馆按照条例要求做好政府信息公开工作，全年在县政府网站本馆专栏发布信息46条。",
            "二、主动公开政府信息情况",
            "本年制发规范性文件0件，废止0件。",
            "某县档案馆",
            "2023年1月20日",
        ]
    )
    + "\r\n"
)


@pytest.mark.parametrize("bom, encoding", [(b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be")])
def test_a_text_file_in_utf32_is_imported_as_in_utf8(tmp_path, bom, encoding):
    """A report's text saved as UTF-32 (with its byte order mark) was read as UTF-16 (LE) or GB18030 (BE): a NUL
    between characters (figures such as “2 3” that are no numbers); it imports as in UTF-8."""
    from _import_helpers import imported

    from reportkit.importers.source import decode

    assert decode(bom + "一、总体情况\r\n".encode(encoding)) == "一、总体情况\r\n"
    texts = {}
    for name, raw in (("utf8", _REPORT_TEXT.encode("utf-8")), ("utf32", bom + _REPORT_TEXT.encode(encoding))):
        source = tmp_path / f"某县档案馆 2022 年报 {name}.txt"
        source.write_bytes(raw)
        (tmp_path / name).mkdir()
        texts[name] = [
            line
            for line in imported(source, tmp_path / name).target.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")
        ]
    assert texts["utf32"] == texts["utf8"]


def test_a_data_file_with_tabs_between_keys_values_and_comments_takes_the_workbook_s_numbers(copies):
    """A tab typed after a colon (``year:\\t2023``), before a comment or within plain text, as Notepad's Tab key puts
    it, is read by ``validate`` but ended ``tables import`` in ruamel.yaml's traceback (“found character '\\t' that
    cannot start any token”); the numbers are written, every other line kept as it was, tabs and all."""
    data, book = copies
    text = (
        data.read_text(encoding="utf-8")
        .replace("year: 2023", "year:\t2023\t# 报告年度")
        .replace("  office: 局办公室", "  office: 局办公室\t302室")
        .replace(
            "    administrative_penalty: {decisions: 37}", "    administrative_penalty:\t{decisions:\t37}\t# 处罚\t决定"
        )
    )
    data.write_text(text, encoding="utf-8")
    _typed(book, {("表二", "B10"): 38})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert "已把 1 个数字写入" in result.output
    after = data.read_text(encoding="utf-8").split("\n")
    changed = [(old, new) for old, new in zip(text.split("\n"), after) if old != new]
    assert len(after) == text.count("\n") + 1
    assert changed == [
        (
            "    administrative_penalty:\t{decisions:\t37}\t# 处罚\t决定",
            "    administrative_penalty:\t{decisions:\t38}\t# 处罚\t决定",  # only the number changed
        )
    ]
    written = load_file(data).data
    assert written["year"] == 2023 and written["contact"]["office"] == "局办公室\t302室"


def test_a_carriage_return_excel_wrote_escaped_in_a_number_or_a_label_is_read_as_one(copies):
    """Excel saves a carriage return pasted into a cell (a number or label copied with Windows line ends) as _x000D_,
    which openpyxl leaves so: 38 was refused as “38_x000D_”, a label was not the table's (“（一）予以_x000D_ 公开”)."""
    data, book = copies
    _text_cell(book, "39_x000D_\n")
    _text_cell(book, "（一）予以_x000D_\n公开", "B6")
    _typed(book, {("表三", "D6"): 21})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert (
        f"{book}:表三!D4: note: {_NEW_NATURAL}：这一格的数字存成了文本（格的左上角有绿色小三角），已按数字 39 读取，不必改动"
    ) in result.output.splitlines()
    assert load_file(data).data["tables"]["applications"]["new_received"]["natural_person"] == 39
