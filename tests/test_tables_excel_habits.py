"""``reportkit tables`` and what Excel, WPS and clerks do to a workbook: array formulas and error values, merged
cells over numbers, a table moved down or put on one sheet with the others, Strict Open XML, invisible characters
copied with a number; and ``tables export`` of a report without the official tables."""
from __future__ import annotations

import re
import warnings
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.formula import ArrayFormula
from test_tables import ROOT, _filled, run


def _lines(result) -> list[str]:
    return result.output.splitlines()


def _edit_xml(book: Path, edit) -> None:
    """``book`` with ``edit(name, text)`` applied to each XML part, as WPS or Excel would have written it."""
    with zipfile.ZipFile(book) as package:
        parts = {item: package.read(item) for item in package.namelist()}
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as package:
        for item, content in parts.items():
            if item.endswith((".xml", ".rels")):
                content = edit(item, content.decode("utf-8")).encode("utf-8")
            package.writestr(item, content)


def _cell_xml(book: Path, sheet: str, cell: str, xml: str) -> None:
    """The cell ``cell`` of ``sheet`` written as ``xml`` (its attributes after r and its content)."""
    part = f"xl/worksheets/sheet{load_workbook(book).sheetnames.index(sheet) + 1}.xml"

    def edit(item, text):
        if item != part:
            return text
        text, n = re.subn(rf'<c r="{cell}"[^>]*?(?:/>|>.*?</c>)', f'<c r="{cell}" {xml}</c>', text, count=1)
        assert n == 1, cell
        return text

    _edit_xml(book, edit)


def _insert(ws, rows: int = 0, columns: int = 0) -> None:
    """Rows inserted at the top and columns at the left as Excel inserts them: the merged cells move along
    (openpyxl's insert_rows leaves them where they were)."""
    merged = [CellRange(m.coord) for m in ws.merged_cells.ranges]
    for m in merged:
        ws.unmerge_cells(m.coord)
    if rows:
        ws.insert_rows(1, rows)
    if columns:
        ws.insert_cols(1, columns)
    for m in merged:
        m.shift(col_shift=columns, row_shift=rows)
        ws.merge_cells(m.coord)


def test_an_array_formula_is_read_by_its_saved_value(exported):
    """Excel 365 saves some formulas, WPS a Ctrl+Shift+Enter one, as array formulas: openpyxl reads no text but an
    object, which was refused as “应为整数，实际为“=SUM(…)””, in a 总计 too."""
    data, book = exported
    _filled(book, {("表三", "D6"): 21})
    _cell_xml(book, "表三", "D4", 's="5"><f t="array" ref="D4">30+9</f><v>39</v>')
    _cell_xml(book, "表三", "J4", 's="6"><f t="array" ref="J4">SUM(D4:I4)</f><v>49</v>')
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    text = data.read_text(encoding="utf-8")
    assert "new_received: {natural_person: 39," in text and "total: 49}" in text  # the typed total follows the sum
    assert "granted: {natural_person: 21," in text


def test_an_array_formula_without_a_saved_value_is_named(exported):
    data, book = exported
    wb = load_workbook(book)
    wb["表三"]["D4"] = ArrayFormula("D4", "=30+9")
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert f"{book}:表三!D4: error: 表三“一、本年新收政府信息公开申请数量”“自然人”：这一格是公式“=30+9”，工作簿里没有存下它算出的数：请直接填数字（或复制后“选择性粘贴→数值”）" \
        in _lines(result), result.output


def test_an_error_value_is_named(exported):
    """A formula that Excel could not compute saves #DIV/0!; pasted as values it is #N/A in the cell: both were
    “应为整数（用阿拉伯数字…），实际为“#DIV/0!””."""
    data, book = exported
    before = data.read_bytes()
    _filled(book, {("表三", "D4"): "#N/A"})
    _cell_xml(book, "表三", "D6", 's="5" t="e"><f>D5/0</f><v>#DIV/0!</v>')
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    lines = _lines(result)
    assert f"{book}:表三!D6: error: 表三“（一）予以公开”“自然人”：这一格的公式“=D5/0”算出的是错误值 #DIV/0!：" \
           "请改正公式，或直接填数字" in lines, result.output
    assert f"{book}:表三!D4: error: 表三“一、本年新收政府信息公开申请数量”“自然人”：“#N/A”是 Excel 的错误值，不是数字：" \
           "请填上数字，没有数据请填 0" in lines
    assert data.read_bytes() == before


@pytest.mark.parametrize("sheet, merged, cell, label", [
    ("表三", "D4:E4", "E4", "表三“一、本年新收政府信息公开申请数量”“商业企业”"),
    ("表三", "I4:J4", "J4", "表三“一、本年新收政府信息公开申请数量”“总计”"),  # the 其他 and the 总计 as one number
    ("表四", "A4:B4", "B4", "表四“行政复议”“结果纠正”"),
], ids=["numbers", "a-total", "table-four"])
def test_a_merged_cell_over_numbers_is_named(exported, sheet, merged, cell, label):
    """A number a merged cell covers was “不能留空” (or, a 总计, silently computed): the clerk sees a number there."""
    data, book = exported
    wb = load_workbook(book)
    wb[sheet].merge_cells(merged)
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert f"{book}:{sheet}!{cell}: error: {label}：这一格与 {merged} 中的其他格合并成了一格，它的数读不到：请选中 {merged}，" \
           "取消合并单元格（“开始 → 合并后居中”），再在每一格分别填数" in _lines(result), result.output


@pytest.mark.parametrize("sheet, rows, columns, start", [
    ("表三", 1, 0, "A2"), ("表四", 2, 1, "B3"), ("表二", 0, 2, "C1"),
], ids=["title-row", "rows-and-a-column", "columns"])
def test_a_table_moved_as_a_whole_is_read_where_it_stands(exported, sheet, rows, columns, start):
    """A title row typed above the table was three “这一格应为…” errors at labels that had only moved."""
    data, book = exported
    wb = load_workbook(book)
    _insert(wb[sheet], rows, columns)
    wb[sheet]["A1"] = f"{sheet} 某县自然资源局"
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert f"{book}:{sheet}!{start}: note: {sheet}的表格从 {start} 开始（导出时从 A1 开始，上面或左边加了行、列）：按这个位置读取" \
        in _lines(result)
    assert "表格之外" not in result.output


def test_the_three_tables_on_one_sheet_are_each_located(exported):
    """The tables copied onto one sheet (as some provinces' templates have them) were a warning that the sheet was
    not read and three “缺少工作表”: each is now found where it stands."""
    data, book = exported
    source = load_workbook(book)
    wb = load_workbook(book)
    for name in ("表二", "表三", "表四", "填写说明"):
        del wb[name]
    ws = wb.create_sheet("统计表")
    top = {}
    row = 1
    for name in ("表二", "表三", "表四"):
        ws.cell(row, 1, name)  # each table's caption above it
        top[name] = row + 1
        for line in source[name].iter_rows():
            for cell in line:
                if cell.value is not None:
                    ws.cell(row + cell.row, cell.column, cell.value)
        row += source[name].max_row + 2
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    lines = _lines(result)
    for name, title in (("表二", "主动公开政府信息情况"), ("表三", "收到和处理政府信息公开申请情况"),
                        ("表四", "政府信息公开行政复议、行政诉讼情况")):
        start = f"A{top[name]}"
        assert f"{book}:统计表!{start}: note: {name}（{title}）在工作表“统计表”中，从 {start} 开始：按这个位置读取" in lines, \
            result.output
    assert not any("缺少工作表" in line or "未导入" in line for line in lines)


def test_a_renamed_sheet_with_a_title_row_is_located(exported):
    data, book = exported
    wb = load_workbook(book)
    wb["表三"].title = "表3"
    _insert(wb["表3"], 1)
    wb["表3"]["A1"] = "表3 收到和处理政府信息公开申请情况"
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert f"{book}:表3!A2: note: 表三（收到和处理政府信息公开申请情况）在工作表“表3”中，从 A2 开始：按这个位置读取" \
        in _lines(result)


def test_a_strict_open_xml_workbook_is_refused_plainly(exported):
    """Saved as “Strict Open XML 电子表格” (Excel's 另存为 offers it), openpyxl found no sheet: three “缺少工作表”."""
    data, book = exported
    before = data.read_bytes()
    _edit_xml(book, lambda item, text: text.replace(
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main").replace(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert _lines(result)[0] == (f"{book}: error: 这个工作簿是以“Strict Open XML 电子表格”格式保存的，reportkit 读不了："
                                 "请在 Excel 中“另存为”，保存类型选“Excel 工作簿（*.xlsx）”后再导入"), result.output
    assert not [w for w in caught if "openpyxl" in w.filename]  # its “invalid specification” warning is not shown
    assert data.read_bytes() == before


def test_what_openpyxl_drops_is_not_shown(exported):
    """A data validation of Excel's or WPS's newer kind (in the sheet's extLst) made openpyxl print a UserWarning
    with its own file and line among reportkit's messages."""
    data, book = exported
    ext = ('<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
           'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
           '<x14:dataValidations count="0"/></ext></extLst></worksheet>')
    _edit_xml(book, lambda item, text: text.replace("</worksheet>", ext) if item.startswith("xl/worksheets/") else text)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert not [w for w in caught if "openpyxl" in w.filename], [str(w.message) for w in caught]


@pytest.mark.parametrize("typed", ["\u200b39", "39\ufeff", "\u206039\u200b "])
def test_invisible_characters_copied_with_a_number(exported, typed):
    """A number copied from a web page or a chat brings zero-width spaces, which were “应为整数…实际为“39””."""
    data, book = exported
    _filled(book, {("表三", "D4"): typed, ("表三", "D6"): 21})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert "new_received: {natural_person: 39," in data.read_text(encoding="utf-8")


@pytest.mark.parametrize("example, what", [
    ("nanning-2008.yaml", "这份年报是 2008 版格式（2008 年度），只有 2019 版、2021 版格式的年报有表二、表三、表四这样的统计表"),
    ("putian-2018-work-plan.yaml", "这是政务公开工作实施方案（工作要点），不是政府信息公开工作年度报告，没有表二、表三、表四这样的统计表"),
    ("kind: work-summary\nyear: 【请填写：总结年度】\n", "这是工作总结（可附工作计划），不是政府信息公开工作年度报告，没有表二、表三、表四这样的统计表"),
], ids=["2008", "work-plan", "unfinished-work-summary"])
def test_export_of_a_report_without_the_tables_is_one_error(tmp_path, example, what):
    """It was a line without “error:”, after the report's own findings (or only those findings, for a file still to
    be filled in), and no way to get its tables in Excel."""
    book = tmp_path / "tables.xlsx"
    data = ROOT / "examples" / example if example.endswith(".yaml") else tmp_path / "summary.yaml"
    if not example.endswith(".yaml"):
        data.write_text(example, encoding="utf-8")
    result = run("tables", "export", data, "-o", book)
    assert result.exit_code == 1
    assert _lines(result) == [f"{data}: error: {what}，没有要导出填写的工作簿：数字直接写在数据文件中。要把文中的表格存为 Excel 查看，"
                              f"请用 reportkit render {data} -f xlsx -o {book}（这个工作簿不能导入）"], result.output
    assert not book.exists()


@pytest.mark.parametrize("sheet, cell, typed, message", [
    ("表三", "D4", "39件", "表三“一、本年新收政府信息公开申请数量”“自然人”：只填数字，不要写“件”：写作 39"),
    ("表三", "D4", "３９ 件", "表三“一、本年新收政府信息公开申请数量”“自然人”：只填数字，不要写“件”：写作 39"),
    ("表二", "B14", "412.36万元", "表二“行政事业性收费”“本年收费金额（单位：万元）”：只填数字，不要写“万元”：这一项以万元计，"
                                 "写作 412.36"),
], ids=["count", "full-width", "amount"])
def test_a_number_typed_with_its_unit(exported, sheet, cell, typed, message):
    """“12件” was “应为整数（用阿拉伯数字，如 12；没有就填 0），实际为“12件””; an amount's unit is not dropped for the clerk:
    the cell's may be another."""
    data, book = exported
    _filled(book, {(sheet, cell): typed})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert f"{book}:{sheet}!{cell}: error: {message}" in _lines(result), result.output


def test_a_cell_formatted_as_a_time_is_explained(exported):
    """12 typed in a cell formatted [h]:mm is 288:00:00 (a timedelta), “1:30” a time: they were “应为整数” with no
    value, or with one the clerk never typed."""
    data, book = exported
    _filled(book, {("表三", "D4"): (12, "[h]:mm"), ("表三", "E4"): (0.0625, "h:mm")})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    lines = _lines(result)
    assert f"{book}:表三!D4: error: 表三“一、本年新收政府信息公开申请数量”“自然人”：这一格被设成了时间格式，显示为 288:00" \
           "（原来的数可能是 12）：请把单元格格式改为“常规”或“数值”，再重新填数" in lines, result.output
    assert f"{book}:表三!E4: error: 表三“一、本年新收政府信息公开申请数量”“商业企业”：这一格被设成了时间格式，显示为 1:30" \
           "（原来的数可能是 0.0625）：请把单元格格式改为“常规”或“数值”，再重新填数" in lines


def test_labels_with_half_width_brackets_are_the_same_labels(exported):
    """A table pasted in from a template typed with (一) for （一） was “这一格应为“（一）予以公开”” at every such label."""
    data, book = exported
    wb = load_workbook(book)
    ws = wb["表三"]
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and "（" in cell.value:
                cell.value = cell.value.replace("（", "(").replace("）", ")")
    ws["D4"], ws["D6"] = 39, 21
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert "granted: {natural_person: 21," in data.read_text(encoding="utf-8")


def test_a_data_file_given_as_the_workbook(exported):
    """``tables import report.yaml --into report.yaml`` was told to save the data file as .xlsx in Excel."""
    data, _ = exported
    before = data.read_bytes()
    result = run("tables", "import", data, "--into", data)
    assert result.exit_code == 2
    assert f"error: WORKBOOK：“{data}”是数据文件，这里要写的是填好的工作簿（.xlsx），如 reportkit tables import tables.xlsx " \
           f"--into {data}" in result.output, result.output
    assert data.read_bytes() == before
