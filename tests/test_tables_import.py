"""``reportkit tables import`` of a workbook a clerk filled in Excel or WPS: copies of sheets, shifted rows, what Excel
saves (floating noise, percentages, comments, lock files), and a data file that is read-only or a link."""
from __future__ import annotations

import os
import shutil

import pytest
from openpyxl import load_workbook
from openpyxl.comments import Comment
from test_tables import SAMPLE, XINZHOU, _filled, _save_values, run


def _lines(result) -> list[str]:
    return result.output.splitlines()


# 1. A copy of a sheet ------------------------------------------------------------
@pytest.mark.parametrize("original", [None, 0, "as exported"])
def test_a_copy_filled_in_while_the_sheet_is_untouched_is_an_error(exported, original):
    """Excel's 移动或复制→建立副本 makes “表三 (2)”; the clerk filled that in, and the import took the untouched 表三
    without a word (“数字相同，未作修改”), or its blanks and zeros."""
    data, book = exported
    before = data.read_text(encoding="utf-8")
    wb = load_workbook(book)
    copy = wb.copy_worksheet(wb["表三"])
    copy.title = "表三 (2)"
    copy["D4"], copy["D6"] = 39, 21
    if original != "as exported":
        for row in wb["表三"]["D4:I28"]:
            for cell in row:
                if not isinstance(cell.value, str):  # the 总计 formulas stay
                    cell.value = original
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert (f"{book}: error: 工作表“表三 (2)”是“表三”的副本，其中填的数与“表三”不同，而“表三”没有改动过（与数据文件相同，"
            "或全为空、0）：导入只读“表三”。请把数字填在“表三”中（可从“表三 (2)”复制过去），再删除“表三 (2)”") in _lines(result)
    assert data.read_text(encoding="utf-8") == before


def test_any_other_sheet_is_named(exported):
    """A backup copy beside the filled-in 表三 and a sheet of the clerk's own: each named, a warning (an error with
    --strict); the numbers of 表三 are imported."""
    data, book = exported
    wb = load_workbook(book)
    copy = wb.copy_worksheet(wb["表三"])
    copy.title = "表三(2)"  # WPS's name for a copy
    wb.create_sheet("草稿")["A1"] = "核对用"
    wb.create_sheet("Sheet1")  # empty: nothing to say
    wb["表三"]["D4"], wb["表三"]["D6"] = 39, 21
    wb.save(book)
    strict = run("tables", "import", book, "--into", data, "--strict")
    assert strict.exit_code == 1 and f"{book}: error: 工作表“表三(2)”是“表三”的副本，未导入：导入只读“表三”" \
                                      "中的数字；不用的副本请删除" in _lines(strict), strict.output
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert f"{book}: warning: 工作表“草稿”未导入：导入只读取“表二”“表三”“表四”，数字请填在这几个工作表里" \
           in _lines(result)
    assert f"{book}: warning: 工作表“表三(2)”是“表三”的副本，未导入：导入只读“表三”中的数字；不用的副本请删除" \
           in _lines(result)
    assert "Sheet1" not in result.output
    assert "natural_person: 39" in data.read_text(encoding="utf-8")


def test_a_renamed_sheet_is_named(exported):
    data, book = exported
    wb = load_workbook(book)
    wb["表三"].title = "表3"
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert f"{book}:表3!A1: note: 表三（收到和处理政府信息公开申请情况）在工作表“表3”中，从 A1 开始：按这个位置读取" in _lines(result)
    assert "缺少工作表" not in result.output


# 2. and 4. Rows inserted or deleted; the other edition ----------------------------
@pytest.mark.parametrize("label", [None, "单位：件"], ids=["blank", "typed"])
def test_a_row_inserted_above_table_four_s_numbers(exported, label):
    """A row inserted under 表四's head moved its numbers to row 5: “不能留空” for each cell of row 4, whose advice
    imported zeros. One error names the row."""
    data, book = exported
    wb = load_workbook(book)
    wb["表四"].insert_rows(4)
    wb["表四"]["A4"] = label
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    errors = [line for line in _lines(result) if ": error: " in line]
    assert errors == [f"{book}:表四!A5: error: 表四的数字应在第 4 行，而在第 5 行：上面插入了 1 行。请删除第 4 行"
                      "（选中行号后右键 →“删除”）后再导入；表格的行列不能插入、删除或移动"], result.output
    assert "表格之外" not in result.output


@pytest.mark.parametrize("sheet, row", [("表四", 4), ("表三", 9)])
def test_a_row_of_numbers_deleted_or_cleared_is_one_error(exported, sheet, row):
    """表四's only row of numbers deleted (Excel moves nothing up into it) or a 表三 row cleared with its 总计
    formula: a “不能留空” for each cell, whose advice was to type zeros. One error names the row."""
    data, book = exported
    before = data.read_text(encoding="utf-8")
    wb = load_workbook(book)
    ws = wb[sheet]
    for cell in ws[row]:
        if cell.coordinate not in ws.merged_cells and (not isinstance(cell.value, str) or cell.value.startswith("=")):
            cell.value = None
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    errors = [line for line in _lines(result) if ": error: " in line]
    assert len(errors) == 1, result.output
    assert f"{book}:{sheet}!" in errors[0] and f"{sheet}第 {row} 行的数字和总计公式都没有了" in errors[0]
    assert "不能留空" not in result.output
    assert data.read_text(encoding="utf-8") == before


def test_a_sheet_whose_labels_moved_stops_at_the_labels(exported):
    """A row inserted in 表三: besides the labels, each shifted 总计 said “请直接填数字” (a formula cell), and the
    rows pushed below the table were “表格之外…未导入”. The table is told once, at its first label out of place."""
    data, book = exported
    wb = load_workbook(book)
    wb["表三"].insert_rows(10)
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    errors = [line for line in _lines(result) if ": error: " in line or ": warning: " in line]
    assert len(errors) == 1 and errors[0].startswith(f"{book}:表三!C10: error: 表三中插入、删除或移动了行、列的地方太多"), \
        result.output


def test_the_other_edition_s_workbook_without_its_properties(tmp_path):
    """A 2019 workbook whose properties were lost (copied into a new workbook) gave three label errors per sheet and
    a formula error for each shifted 总计; it is recognised by its headers."""
    data = tmp_path / "report.yaml"
    shutil.copy(SAMPLE, data)
    book = tmp_path / "old.xlsx"
    assert run("tables", "export", XINZHOU, "-o", book).exit_code == 0
    wb = load_workbook(book)
    wb.properties.subject = wb.properties.title = None
    wb.properties.creator = "Microsoft Excel"
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert _lines(result)[0] == (f"{book}: error: 这是 2019 版的统计表（表头与 2019 版相同），而 {data} 是 2021 版（2023 年度）的"
                                 f"数据：请用 reportkit tables export {data} -o 新的文件名.xlsx 导出它自己的工作簿，再把数字填进去")
    assert sum(": error: " in line for line in _lines(result)) == 1, result.output


# 3. Comments and layout of the data file -------------------------------------------
_SPARSE = """tables:   # 统计表
  active_disclosure: {}
  applications:
    new_received: {natural_person: 3}   # 流式写法
    # 手写注释：结转
    carried_forward:
        natural_person: 3
  review_litigation:   # 表四
    reconsideration: {upheld: 0}
"""


def test_import_keeps_a_hand_written_comment_above_its_key(tmp_path):
    """New keys inserted after new_received were put under the comment that stands above carried_forward; the flow
    mapping's comment lost its three spaces, and carried_forward's 4-space block was re-indented to 2."""
    text = SAMPLE.read_text(encoding="utf-8")
    start, end = text.index("tables:\n"), text.index("\ninformation_processing_fee:")
    data = tmp_path / "report.yaml"
    data.write_text(text[:start] + _SPARSE + text[end:], encoding="utf-8")
    book = tmp_path / "tables.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    _filled(book, {("表三", "E4"): 2, ("表三", "D5"): 1, ("表三", "D6"): 3, ("表三", "E6"): 1,
                   ("表三", "D28"): 1, ("表三", "E28"): 1})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    after = data.read_text(encoding="utf-8")
    tables = after[after.index("tables:"):after.index("\ninformation_processing_fee:")]
    assert tables == """tables:   # 统计表
  active_disclosure: {}
  applications:
    new_received: {natural_person: 3, commercial_enterprise: 2}   # 流式写法
    carried_over: {natural_person: 1}
    results:
      granted: {natural_person: 3, commercial_enterprise: 1}
    # 手写注释：结转
    carried_forward:
        natural_person: 1
        commercial_enterprise: 1
  review_litigation:   # 表四
    reconsideration: {upheld: 0}
""", tables
    assert after.replace(tables, "") == data.read_text(encoding="utf-8").replace(tables, "")
    assert run("validate", data).exit_code == 0


def test_a_comment_above_the_first_key_and_at_the_end_stays(tmp_path):
    """The same for a comment between a key and its first child, and one at the end of the file."""
    text = SAMPLE.read_text(encoding="utf-8")
    start = text.index("tables:\n")
    sparse = ("tables:\n  active_disclosure: {}\n  applications:\n    # 手写注释：上年结转\n    carried_over: {natural_person: 0}\n"
              "  review_litigation:\n    reconsideration: {upheld: 0}\n# 文件末尾的注释\n")
    fee = text[text.index("\ninformation_processing_fee:") + 1:]
    data = tmp_path / "report.yaml"
    data.write_text(text[:start] + fee + sparse, encoding="utf-8")
    book = tmp_path / "tables.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    _filled(book, {("表三", "D4"): 1, ("表三", "D6"): 1, ("表四", "F4"): 1})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    after = data.read_text(encoding="utf-8")
    assert after.endswith("tables:\n  active_disclosure: {}\n  applications:\n    new_received: {natural_person: 1}\n    # 手写注释：上年结转\n"
                          "    carried_over: {natural_person: 0}\n    results:\n      granted: {natural_person: 1}\n"
                          "  review_litigation:\n    reconsideration: {upheld: 0}\n    litigation_direct: {upheld: 1}\n"
                          "# 文件末尾的注释\n"), after[after.index("tables:"):]


# 5. and 6. What Excel saves -----------------------------------------------------------
def test_excel_s_floating_noise_is_read_as_excel_shows_it(exported):
    """Excel saves =37.9+0.1 as 37.999999999999993 and shows 38; =0.1+0.2 as 0.30000000000000004, shown 0.3. Both
    were refused (“不能有小数”, “最多 6 位小数”)."""
    data, book = exported
    _filled(book, {("表三", "D4"): "=37.9+0.1", ("表二", "B14"): "=0.1+0.2"})
    _save_values(book, {("表三", "D4"): "37.999999999999993", ("表二", "B14"): "0.30000000000000004"})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    after = data.read_text(encoding="utf-8")
    assert "administrative_fees: {amount: 0.3}" in after and "new_received: {natural_person: 38," in after


def test_an_amount_s_message_shows_its_value(exported):
    data, book = exported
    _filled(book, {("表二", "B14"): -2.5})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert (f"{book}:表二!B14: error: 表二“行政事业性收费”“本年收费金额（单位：万元）”：这里填金额，不能是负数：若减号是多打的，"
            "“-2.5”请写作 2.5；这一格只填金额，不填比上年的增减") in _lines(result)


def test_a_percentage_cell_is_explained(exported):
    """A cell formatted as a percentage shows 5% and holds 0.05: the message said only 实际为“0.05”."""
    data, book = exported
    _filled(book, {("表三", "F4"): (0.05, "0%")})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert (f"{book}:表三!F4: error: 表三“一、本年新收政府信息公开申请数量”“科研机构”：这一格被设成了百分比格式，显示为 5%"
            "（格中的数是 0.05）：请把单元格格式改为“常规”或“数值”，再重新填数") in _lines(result)


# 7. A workbook still open ------------------------------------------------------------------
@pytest.mark.parametrize("lock", ["~${}", ".~lock.{}#"], ids=["excel-wps", "libreoffice"])
def test_a_workbook_open_in_excel_is_warned_of(exported, lock):
    data, book = exported
    _filled(book, {("表三", "D4"): 39, ("表三", "D6"): 21})
    (book.parent / lock.format(book.name)).write_bytes(b"x")
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert (f"{book}: warning: 这个工作簿正在 Excel、WPS 或 LibreOffice 中打开（旁边有“{lock.format(book.name)}”）："
            "只导入已保存的内容，没有保存的修改不会导入；请先保存工作簿，再导入") in _lines(result)


# 8. and 11. The data file: read-only, a link --------------------------------------------
def test_a_read_only_data_file_is_named_with_the_fix(exported):
    """The line was “tables.xlsx: error: report.yaml: 是只读文件…要重新生成…或输出到别的文件夹”: the workbook's name
    and render's advice."""
    data, book = exported
    _filled(book, {("表三", "D4"): 39, ("表三", "D6"): 21})
    data.chmod(0o444)
    try:
        result = run("tables", "import", book, "--into", data)
    finally:
        data.chmod(0o644)
    assert result.exit_code == 1
    assert _lines(result)[0] == (f"{data}: error: 是只读文件，未写入（原有文件未改动）：请先取消它的“只读”属性（文件属性中；"
                                 "Linux、macOS 上 chmod u+w），再重新导入")
    assert data.read_text(encoding="utf-8") == SAMPLE.read_text(encoding="utf-8")


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need extra rights on Windows")
def test_a_linked_data_file_stays_a_link(exported):
    data, book = exported
    real = data.parent / "real.yaml"
    data.rename(real)
    data.symlink_to(real.name)
    _filled(book, {("表三", "D4"): 39, ("表三", "D6"): 21})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert data.is_symlink() and os.readlink(data) == real.name
    assert "natural_person: 39" in real.read_text(encoding="utf-8")


# 9., 10. and small points: what a clerk types ---------------------------------------------
@pytest.mark.parametrize("typed, message", [
    ("  ", "不能留空：没有数据请填 0"),
    ("／", "不能写“／”：没有数据请填 0"),
    ("\u22121", "“\u22121”中的“\u2212”是数学符号，不是减号：请用英文输入法下的减号，写作 -1"),
], ids=["spaces", "full-width-slash", "minus-sign"])
def test_what_a_clerk_types_is_said_plainly(exported, typed, message):
    data, book = exported
    _filled(book, {("表三", "F4"): typed})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert f"{book}:表三!F4: error: 表三“一、本年新收政府信息公开申请数量”“科研机构”：{message}" in _lines(result), result.output


def test_comments_edited_in_excel_are_a_note(exported):
    """A 批注 added or edited in Excel vanished without a word."""
    data, book = exported
    wb = load_workbook(book)
    wb["表三"]["D4"] = 39
    wb["表三"]["D6"] = 21
    wb["表三"]["D4"].comment = Comment("含网上申请 6 件", "clerk")
    wb["表二"]["B11"].comment = Comment("均为查封和扣押", "clerk")
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert (f"{book}: note: 工作簿中批注的修改（表二!B11、表三!D4）不导入：要给一个数加注释，请在数据文件中把它写成"
            "“{value: 数, note: 注释}”，注释印在数后的括号里") in _lines(result)


def test_comments_as_exported_are_no_note(exported):
    data, book = exported
    _filled(book, {("表三", "D4"): 39, ("表三", "D6"): 21})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0 and "批注" not in result.output, result.output


def test_the_render_command_suggested_is_quoted(tmp_path):
    folder = tmp_path / "年报 2023"
    folder.mkdir()
    data = folder / "report.yaml"
    shutil.copy(SAMPLE, data)
    book = folder / "tables.xlsx"
    exported = run("tables", "export", data, "-o", book)
    assert f"reportkit tables import \"{book}\" --into \"{data}\"" in exported.output
    _filled(book, {("表三", "D4"): 39, ("表三", "D6"): 21})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0 and f"可运行 reportkit render \"{data}\"" in result.output, result.output


def test_the_layout_is_kept_only_where_the_data_reads_the_same():
    """Lines are matched by their text; where a line's old indentation would nest a key elsewhere, ruamel.yaml's own
    text is written, so that no number lands under another key."""
    from reportkit.tables.writeback import _keep_layout

    assert _keep_layout("a:\n    k: 1   # c\n", "a:\n  k: 10 # c\n  j: 2\n") == "a:\n    k: 10   # c\n    j: 2\n"
    assert _keep_layout("a:\n  k: 1\n", "a:\n  j: 2\nk: 1\n") == "a:\n  j: 2\nk: 1\n"
