"""The tables round trip of a data file with 【请填写：…】 placeholders beside its tables' own: in numbers outside
``tables:`` (the 信息处理费), which stay in the data file, and in the parts of a 总计 the data file types."""
from __future__ import annotations

from openpyxl import load_workbook
from test_tables import SAMPLE, _filled, run
from test_tables_placeholders import _sample_cells

from reportkit.tables.export import HELP_SHEET


def _with(tmp_path, replacements) -> tuple:
    """The sample with ``replacements`` made, as ``report.yaml``; and its text."""
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    data = tmp_path / "report.yaml"
    data.write_text(text, encoding="utf-8")
    return data, text


def _line(text: str, start: str) -> int:
    return 1 + [line.startswith(start) for line in text.splitlines()].index(True)


def test_placeholders_outside_the_tables_stay_in_the_data_file(tmp_path):
    """A placeholder in the 信息处理费 (outside ``tables:``, not in the workbook) refused the export (“数据文件有错误，
    未导出”). Now the workbook is exported, one note names each such placeholder at its file:line:col; 表二's 收费金额
    (a table cell) is a blank yellow cell as any table placeholder; the import writes the number typed there and
    leaves the 信息处理费 placeholders as they are, which validation then asks for."""
    data, before = _with(tmp_path, [
        ("{amount: 412.3562}", "{amount: 【请填写：表二的收费金额】}"),
        ("  notices: 3", "  notices: 【请填写：发出几件收费通知】"),
        ("  amount_collected: 740", "  amount_collected: 【请填写：收了多少元】"),
    ])
    notices, collected = _line(before, "  notices:"), _line(before, "  amount_collected:")
    outside = (f"{data}:{notices}:12: note: 统计表之外还有 2 处【请填写：…】占位（{data}:{notices}:12 "
               f"信息处理费“收费通知件数”（information_processing_fee.notices）、{data}:{collected}:21 "
               "信息处理费“实际收取金额（元）”（information_processing_fee.amount_collected））："
               "不在工作簿中，导出、导入都不改动，仍留在数据文件里；请照原件直接在数据文件中填写，"
               "填好之前 reportkit validate 会逐一指出")
    book = tmp_path / "tables.xlsx"
    result = run("tables", "export", data, "-o", book)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert outside in lines
    assert any(line.startswith(f"{data}:") and "统计表中有 1 格是【请填写：…】占位" in line for line in lines)
    assert "error" not in result.output

    wb = load_workbook(book)
    assert wb.sheetnames == ["表二", "表三", "表四", HELP_SHEET]
    sheet, cell, value = _sample_cells()[("tables", "active_disclosure", "administrative_fees", "amount")]
    fee = wb[sheet][cell]
    assert fee.value is None and fee.fill.fgColor.rgb.endswith("FFF2CC") and fee.number_format.endswith('"万元"')

    _filled(book, {(sheet, cell): float(value)})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert outside in result.output.splitlines()  # the placeholders are still there
    assert f"已把 1 个数字写入 {data}（注释和排版保留）" in result.output
    assert data.read_text(encoding="utf-8") == before.replace("【请填写：表二的收费金额】", "412.3562")

    result = run("validate", data)
    assert result.exit_code == 1
    assert f"{data}:{notices}:12: error: information_processing_fee.notices：" in result.output
    assert f"{data}:{collected}:21: error: information_processing_fee.amount_collected：" in result.output


def test_a_typed_total_over_a_blank_cell_waits_for_it(tmp_path):
    """A 总计 the data file types over a part still a placeholder had the comment “填写的总计为 48，而各项之和为 10”
    (the blank counted as 0); and one that happened to equal its known parts (4) was a formula, so that the number
    typed in the blank silently replaced the published total. Now both show as typed, their comment names the blank
    cell and says the sum is checked once it is filled; the import checks it against the number typed there."""
    data, before = _with(tmp_path, [
        ("natural_person: 38,", "natural_person: 【请填写：新收申请中自然人的件数】,"),
        ("corrected: 1, pending: 1, total: 4}", "corrected: 1, other: 【请填写：复议的其他结果】, pending: 1, total: 4}"),
    ])
    book = tmp_path / "tables.xlsx"
    result = run("tables", "export", data, "-o", book)
    assert result.exit_code == 0, result.output
    cells = _sample_cells()
    where = {path[2:]: cells[path][:2] for path in [
        ("tables", "applications", "new_received", "natural_person"), ("tables", "applications", "new_received", "total"),
        ("tables", "review_litigation", "reconsideration", "other"),
        ("tables", "review_litigation", "reconsideration", "total")]}
    wb = load_workbook(book)
    total = wb["表三"][where[("new_received", "total")][1]]
    assert total.value == 48
    assert total.comment.text == (
        f"数据文件填写的总计为 48；表三“一、本年新收政府信息公开申请数量”“自然人”（{where[('new_received', 'natural_person')][1]}）"
        "还是空格（【请填写：…】占位），填好以后才能核对总计与各项之和，导入时按勾稽关系检查")
    assert "各项之和为" not in total.comment.text
    review = wb["表四"][where[("reconsideration", "total")][1]]
    assert review.value == 4 and not review.fill.fgColor.rgb.endswith("EEEEEE")
    assert f"表四“行政复议”“其他结果”（{where[('reconsideration', 'other')][1]}）还是空格" in review.comment.text
    assert "白色、带批注的“总计”是数据文件填写的总计，它的某些项还是黄色的空格：这些格填好后，导入时核对总计。" in \
        [row[0].value for row in wb[HELP_SHEET].iter_rows()]

    # the published 4 does not take the 2 typed in its blank part: the import checks it
    _filled(book, {where[("new_received", "natural_person")]: 38, where[("reconsideration", "other")]: 2})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    sheet, cell = where[("reconsideration", "total")]
    assert (f"{book}:{sheet}!{cell}: error: 表四 行政复议的“总计”：结果维持、结果纠正、其他结果、尚未审结之和为 6，"
            "而填写的总计为 4（R5）") in result.output.splitlines()
    assert "批注" not in result.output  # the comments are those exported
    assert data.read_text(encoding="utf-8") == before

    _filled(book, {where[("reconsideration", "total")]: 6})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert data.read_text(encoding="utf-8") == before.replace("【请填写：新收申请中自然人的件数】", "38").replace(
        "other: 【请填写：复议的其他结果】, pending: 1, total: 4", "other: 2, pending: 1, total: 6")


def test_a_typed_total_already_below_its_filled_parts(tmp_path):
    """With a part still blank, a typed 总计 below the sum of the parts already filled cannot come right: its comment
    says so as well."""
    data, _ = _with(tmp_path, [("natural_person: 38,", "natural_person: 【请填写：自然人】,"),
                               ("other: 1, total: 48}", "other: 1, total: 5}")])
    book = tmp_path / "tables.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    sheet, cell, _ = _sample_cells()[("tables", "applications", "new_received", "total")]
    comment = load_workbook(book)[sheet][cell].comment.text
    assert comment.startswith("数据文件填写的总计为 5；表三“一、本年新收政府信息公开申请数量”“自然人”")
    assert comment.endswith("导入时按勾稽关系检查；已填的各项之和 10 已大于这个总计，请核对这一格或填错的那一项")


def test_a_formula_over_a_blank_cell_keeps_the_typed_total(tmp_path):
    """A workbook exported before (its 总计 over a blank part a formula, the typed total matching the parts then
    filled) does not replace the typed total by the formula: a note says so, and the import checks it."""
    data, before = _with(tmp_path, [("corrected: 1, pending: 1, total: 4}", "corrected: 1, other: 【请填写：其他】, pending: 1, total: 4}")])
    book = tmp_path / "tables.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    cells = _sample_cells()
    sheet, total, _ = cells[("tables", "review_litigation", "reconsideration", "total")]
    other = cells[("tables", "review_litigation", "reconsideration", "other")][:2]
    _filled(book, {(sheet, total): "=SUM(A4:D4)", other: 2})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert (f"{book}:{sheet}!{total}: note: 表四“行政复议”“总计”：这一格是公式，而 {data} 中填写的总计为 4"
            "（有的项在数据文件中还是占位），导入时保留 4，不按公式改写") in result.output.splitlines()
    assert "之和为 6，而填写的总计为 4（R5）" in result.output
    assert data.read_text(encoding="utf-8") == before
