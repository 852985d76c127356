"""``reportkit tables import`` of workbooks a clerk did not keep as exported: tables moved down or right, renamed,
all three on one sheet, or a province's own template worded otherwise (read where they stand, with a note saying
where); a data file whose 信息处理费 is still 【请填写：…】 (no R10 on a guess); a formula without its saved value
named by its row and column."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.formula import ArrayFormula
from test_tables import run
from test_tables_excel_habits import _cell_xml, _insert

TITLES = {"表二": "主动公开政府信息情况", "表三": "收到和处理政府信息公开申请情况",
          "表四": "政府信息公开行政复议、行政诉讼情况"}


def _lines(result) -> list[str]:
    return result.output.splitlines()


def _imported(data: Path, book: Path, *args):
    """The import of ``book`` into ``data``, and the data file's bytes before it."""
    before = data.read_bytes()
    return run("tables", "import", book, "--into", data, *args), before


def _one_more(text: str) -> bool:
    """Whether the data file has the one more application a natural person made, and was granted (表三 D4 and D6)."""
    return ("new_received: {natural_person: 39," in text and "total: 49}" in text
            and "granted: {natural_person: 21," in text)


def _fee_placeholders(data: Path) -> None:
    text = data.read_text(encoding="utf-8")
    data.write_text(text.replace("  notices: 3\n  amount_notified: 1120\n  amount_collected: 740",
                                 "  notices: 【请填写：收费通知件数】\n  amount_notified: 【请填写：收费通知金额】\n"
                                 "  amount_collected: 【请填写：实际收取金额】"), encoding="utf-8")


def test_fee_placeholders_give_no_r10_on_export_or_import(tmp_path):
    """With its 信息处理费 still placeholders, the fee block was left out before the rules ran: the report read as one
    that charged none, and R10 asked for the fee notices that 表三（六）2 shows (its 1 application)."""
    data = tmp_path / "report.yaml"
    data.write_text((Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    _fee_placeholders(data)
    book = tmp_path / "tables.xlsx"
    exported = run("tables", "export", data, "-o", book)
    assert exported.exit_code == 0, exported.output
    assert "（R10）" not in exported.output
    strict, _ = _imported(data, book, "--strict")  # a warning on a guess failed it
    assert strict.exit_code == 0 and "（R10）" not in strict.output, strict.output
    wb = load_workbook(book)
    wb["表三"]["D4"], wb["表三"]["D6"] = 39, 21
    wb.save(book)
    result, _ = _imported(data, book)
    assert result.exit_code == 0 and "（R10）" not in result.output, result.output
    lines = _lines(result)
    assert any(f"{data}:89:12: note: 统计表之外还有 3 处【请填写：…】占位（{data}:89:12 " in line for line in lines), lines
    assert any("“新收政府信息公开申请48件”" in line and "（R9）" in line for line in lines)  # other rules still run
    text = data.read_text(encoding="utf-8")
    assert _one_more(text) and "notices: 【请填写：收费通知件数】" in text


def test_fee_placeholders_do_not_hide_a_table_error(tmp_path):
    data = tmp_path / "report.yaml"
    data.write_text((Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    _fee_placeholders(data)
    book = tmp_path / "tables.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    wb = load_workbook(book)
    wb["表三"]["D4"] = 39  # not granted, nor carried forward: R1
    wb.save(book)
    result, before = _imported(data, book)
    assert result.exit_code == 1
    assert any(line.startswith(f"{book}:表三!D") and "（R1）" in line for line in _lines(result)), result.output
    assert data.read_bytes() == before


def test_a_date_placeholder_leaves_the_tables_checked(exported):
    """No number can stand in for a date still to be filled in (统计期限): the rules judge the tables as before."""
    data, book = exported
    text = data.read_text(encoding="utf-8")
    data.write_text(text.replace("date: 2024-01-25\n", "date: 2024-01-25\nperiod:\n  start: 【请填写：起始日期】\n"
                                                         "  end: 2023-12-31\n"), encoding="utf-8")
    wb = load_workbook(book)
    wb["表三"]["D4"] = 39
    wb.save(book)
    result, before = _imported(data, book)
    assert result.exit_code == 1
    assert any(line.startswith(f"{book}:表三!D28: error: ") and "（R1）" in line for line in _lines(result)), result.output
    assert data.read_bytes() == before


def test_a_table_moved_down_and_right_is_read_where_it_stands(exported):
    data, book = exported
    wb = load_workbook(book)
    _insert(wb["表三"], 2, 1)
    wb["表三"]["A1"] = "表三 某县自然资源局收到和处理政府信息公开申请情况"
    wb["表三"]["E6"], wb["表三"]["E8"] = 39, 21  # D4 and D6, two rows down and one column right
    wb.save(book)
    result, _ = _imported(data, book)
    assert result.exit_code == 0, result.output
    assert f"{book}:表三!B3: note: 表三的表格从 B3 开始（导出时从 A1 开始，上面或左边加了行、列）：按这个位置读取" \
        in _lines(result)
    assert "表格之外" not in result.output  # the title typed above it
    assert _one_more(data.read_text(encoding="utf-8"))


def test_a_table_moved_right_with_its_title_left_of_it_is_read(exported):
    data, book = exported
    wb = load_workbook(book)
    _insert(wb["表二"], 0, 2)
    wb["表二"]["A1"] = "表二 某县自然资源局"
    wb["表二"]["D4"] = 3  # 行政规范性文件 本年制发件数
    wb.save(book)
    result, _ = _imported(data, book)
    assert result.exit_code == 0, result.output
    assert f"{book}:表二!C1: note: 表二的表格从 C1 开始（导出时从 A1 开始，上面或左边加了行、列）：按这个位置读取" \
        in _lines(result)
    assert "表格之外" not in result.output
    assert "normative_documents: {issued: 3, repealed: 1, in_force: 9}" in data.read_text(encoding="utf-8")


def test_a_moved_table_s_problems_are_at_its_cells(exported):
    """Nothing half-written: a problem in a moved table is at the cell it is in now, and the data file stays as it was."""
    data, book = exported
    wb = load_workbook(book)
    _insert(wb["表四"], 1)
    wb["表四"]["A1"] = "表四"
    wb["表四"]["B5"] = "/"
    wb.save(book)
    result, before = _imported(data, book)
    assert result.exit_code == 1
    assert f"{book}:表四!B5: error: 表四“行政复议”“结果纠正”：不能写“/”：没有数据请填 0" in _lines(result), result.output
    assert data.read_bytes() == before


def _one_sheet(book: Path, name: str = "统计表") -> dict[str, int]:
    """The three tables of ``book`` copied onto one sheet, each under its caption (values only, as a template has
    them); the row each starts at."""
    source = load_workbook(book)
    wb = load_workbook(book)
    for sheet in ("表二", "表三", "表四", "填写说明"):
        del wb[sheet]
    ws = wb.create_sheet(name)
    top, row = {}, 1
    for sheet in ("表二", "表三", "表四"):
        ws.cell(row, 1, f"{sheet} {TITLES[sheet]}")
        top[sheet] = row + 1
        for line in source[sheet].iter_rows():
            for cell in line:
                if cell.value is not None:
                    ws.cell(row + cell.row, cell.column, cell.value)
        for merged in source[sheet].merged_cells.ranges:
            ws.merge_cells(start_row=row + merged.min_row, start_column=merged.min_col,
                           end_row=row + merged.max_row, end_column=merged.max_col)
        row += source[sheet].max_row + 2
    wb.save(book)
    return top


def test_three_tables_on_one_sheet_are_read(exported):
    data, book = exported
    top = _one_sheet(book)
    three = top["表三"] - 1  # rows above 表三
    wb = load_workbook(book)
    wb["统计表"][f"D{4 + three}"], wb["统计表"][f"D{6 + three}"] = 39, 21
    wb.save(book)
    result, _ = _imported(data, book)
    assert result.exit_code == 0, result.output
    lines = _lines(result)
    for sheet, title in TITLES.items():
        start = f"A{top[sheet]}"
        assert f"{book}:统计表!{start}: note: {sheet}（{title}）在工作表“统计表”中，从 {start} 开始：按这个位置读取" in lines, \
            result.output
    assert not any("缺少工作表" in line or "未导入" in line or "表格之外" in line for line in lines)
    assert _one_more(data.read_text(encoding="utf-8"))


def test_on_one_sheet_a_problem_names_that_sheet_and_cell(exported):
    data, book = exported
    top = _one_sheet(book)
    cell = f"E{4 + top['表三'] - 1}"
    wb = load_workbook(book)
    wb["统计表"][cell] = "6件"
    wb.save(book)
    result, before = _imported(data, book)
    assert result.exit_code == 1
    assert f"{book}:统计表!{cell}: error: 表三“一、本年新收政府信息公开申请数量”“商业企业”：只填数字，不要写“件”：写作 6" \
        in _lines(result), result.output
    assert data.read_bytes() == before


#: A province's wording of labels the export writes otherwise.
_REWORDED = {
    "表三": {"一、本年新收政府信息公开申请数量": "（一）新收政府信息公开申请数量",
             "二、上年结转政府信息公开申请数量": "（二）上年结转政府信息公开申请数量",
             "（一）予以公开": "(一)予以公开",
             "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "（二） 部分公开",
             "3.危及“三安全一稳定”": "3．危及三安全一稳定",
             "自然人": "自 然 人"},
    "表二": {"本年收费金额（单位：万元）": "本年收费金额（万元）"},
    "表四": {"未经复议直接起诉": "未经复议 直接起诉"},
}
#: The sheets of that template, and the title row each has above its table.
_TEMPLATE = {"表二": ("表2", "附表2 主动公开政府信息情况统计表"),
             "表三": ("依申请公开情况统计表", "附表3 收到和处理政府信息公开申请情况统计表"),
             "表四": ("表4", "附表4 政府信息公开行政复议、行政诉讼情况统计表")}


def province_template(exported_book: Path, book: Path, title: str | None = None) -> None:
    """A province's own template in the WPS way: other sheet names, a title row above each table (``title`` where
    given), merged heads, labels worded otherwise, no properties of reportkit's; filled in with the numbers of
    ``exported_book``."""
    source = load_workbook(exported_book)
    wb = Workbook()
    wb.remove(wb.active)
    for sheet, (name, caption) in _TEMPLATE.items():
        ws = wb.create_sheet(name)
        ws["A1"] = title or caption
        for line in source[sheet].iter_rows():
            for cell in line:
                if cell.value is not None:
                    ws.cell(cell.row + 1, cell.column, _REWORDED[sheet].get(cell.value, cell.value))
        for merged in source[sheet].merged_cells.ranges:
            ws.merge_cells(start_row=merged.min_row + 1, start_column=merged.min_col,
                           end_row=merged.max_row + 1, end_column=merged.max_col)
    wb.save(book)


def test_a_province_s_template_is_read_by_what_its_labels_say(exported):
    data, book = exported
    template = book.with_name("某省模板.xlsx")
    province_template(book, template)
    wb = load_workbook(template)
    ws = wb["依申请公开情况统计表"]
    ws["D5"] = ArrayFormula("D5", "=30+9")  # WPS's Ctrl+Shift+Enter, its value saved below
    ws["J5"] = ArrayFormula("J5", "=SUM(D5:I5)")
    ws["D7"] = 21
    wb.save(template)
    _cell_xml(template, "依申请公开情况统计表", "D5", '><f t="array" ref="D5">30+9</f><v>39</v>')
    result, _ = _imported(data, template)
    assert result.exit_code == 0, result.output
    lines = _lines(result)
    assert f"{template}:依申请公开情况统计表!A2: note: 表三（收到和处理政府信息公开申请情况）在工作表“依申请公开情况统计表”中，" \
           "从 A2 开始：按这个位置读取；其中 4 处行列名称的写法与导出的不同，按意思对应（如 依申请公开情况统计表!A5" \
           "“（一）新收政府信息公开申请数量”即“一、本年新收政府信息公开申请数量”）：请核对它们确是同一行、列" in lines, result.output
    assert any(line.startswith(f"{template}:表2!A2: note: 表二（主动公开政府信息情况）在工作表“表2”中") for line in lines)
    assert any(line.startswith(f"{template}:表4!A2: note: 表四") for line in lines)
    assert not any("缺少工作表" in line or "未导入" in line for line in lines)
    assert _one_more(data.read_text(encoding="utf-8"))


def test_a_template_label_of_another_row_is_still_an_error(exported):
    """Worded otherwise is not another row: a label that says something else is named at its cell."""
    data, book = exported
    template = book.with_name("某省模板.xlsx")
    province_template(book, template)
    wb = load_workbook(template)
    wb["依申请公开情况统计表"]["B8"] = "（一）予以公开"  # the row of 部分公开 labelled as another 予以公开
    wb.save(template)
    result, before = _imported(data, template)
    assert result.exit_code == 1
    assert [line for line in _lines(result) if ": error: " in line] == [
        f"{template}:依申请公开情况统计表!B8: error: 这一格应为“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”，"
        "而工作簿中是“（一）予以公开”：表格的行列不能插入、删除或移动；请从数据文件另导出一个新的工作簿（-o 新的文件名），"
        "再把数字填进去"], result.output
    assert "未导入" not in result.output and "缺少工作表" not in result.output
    assert data.read_bytes() == before


def test_a_table_found_twice_is_an_error_naming_both(exported):
    data, book = exported
    wb = load_workbook(book)
    wb["表三"].title = "表3"
    wb.copy_worksheet(wb["表3"]).title = "表3 (2)"
    wb["表3 (2)"]["D4"] = 39
    wb.save(book)
    result, before = _imported(data, book)
    assert result.exit_code == 1
    assert f"{book}:表3!A1: error: 表三（收到和处理政府信息公开申请情况）在工作簿中有 2 处（“表3”的 A1、“表3 (2)”的 A1 起），" \
           "不知道该读哪一处：请删除不用的那一处（或它所在的工作表），再导入" in _lines(result), result.output
    assert "缺少工作表" not in result.output
    assert data.read_bytes() == before


def test_a_renamed_sheet_is_read(exported):
    data, book = exported
    wb = load_workbook(book)
    wb["表三"].title = "表3"
    wb["表3"]["D4"], wb["表3"]["D6"] = 39, 21
    wb.save(book)
    result, _ = _imported(data, book)
    assert result.exit_code == 0, result.output
    assert f"{book}:表3!A1: note: 表三（收到和处理政府信息公开申请情况）在工作表“表3”中，从 A1 开始：按这个位置读取" \
        in _lines(result)
    assert _one_more(data.read_text(encoding="utf-8"))


def test_a_formula_without_its_saved_value_is_named_by_its_row_and_column(exported):
    data, book = exported
    wb = load_workbook(book)
    wb["表三"]["D4"] = "=30+9"  # openpyxl saves no value with it
    wb.save(book)
    result, before = _imported(data, book)
    assert result.exit_code == 1
    assert f"{book}:表三!D4: error: 表三“一、本年新收政府信息公开申请数量”“自然人”：这一格是公式“=30+9”，工作簿里没有存下它" \
           "算出的数：请直接填数字（或复制后“选择性粘贴→数值”）" in _lines(result), result.output
    assert data.read_bytes() == before


def test_a_notices_placeholder_beside_amounts_gives_no_r10(tmp_path):
    """0 notices standing in beside an amount notified is refused by the model: the rules then ran without the fee
    block, and R10 asked for the notices again."""
    data = tmp_path / "report.yaml"
    text = (Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml").read_text(encoding="utf-8")
    data.write_text(text.replace("  notices: 3\n", "  notices: 【请填写：收费通知件数】\n"), encoding="utf-8")
    exported = run("tables", "export", data, "-o", tmp_path / "tables.xlsx")
    assert exported.exit_code == 0, exported.output
    assert "（R10）" not in exported.output and "统计表之外还有 1 处【请填写：…】占位" in exported.output


def test_a_template_whose_fee_head_counts_yuan_is_refused_at_that_head(exported):
    """Its labels alike but for the unit in brackets, 本年收费金额（元） was read as 万元: 10,000 times too much."""
    data, book = exported
    template = book.with_name("某省模板.xlsx")
    province_template(book, template)
    wb = load_workbook(template)
    ws = wb["表2"]
    head = next(cell for row in ws.iter_rows() for cell in row if cell.value == "本年收费金额（万元）")
    head.value = "本年收费金额（元）"
    wb.save(template)
    result, before = _imported(data, template)
    assert result.exit_code == 1
    below = ws.cell(head.row + 1, head.column).coordinate  # its 412.3562, four places: 万元, not 元 (a head relabelled)
    assert f"{template}:表2!{below}: error: 表二“行政事业性收费”“本年收费金额（单位：万元）”：表头写的是“本年收费金额（元）”，" \
           "而这一格的 412.3562 有 4 位小数，不像以元计的数（元只精确到分）：若这一列的数以万元计，请把表头改为" \
           "“本年收费金额（单位：万元）”；若以元计，请核对这个数" in _lines(result), result.output
    assert data.read_bytes() == before
