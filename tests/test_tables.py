"""Excel in and out: the exported workbook opened with openpyxl, edited, saved by LibreOffice and re-imported."""
from __future__ import annotations

import codecs
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from reportkit.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
XINZHOU = ROOT / "examples" / "xinzhou-2020.yaml"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_export_has_the_printed_tables(exported):
    _, book = exported
    wb = load_workbook(book)
    assert wb.sheetnames[:3] == ["表二", "表三", "表四"]
    ws = wb["表三"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:C3", "D1:J1", "D2:D3", "E2:I2", "J2:J3"} <= merged
    assert ws["A1"].value.startswith("（本列数据的勾稽关系为")
    assert ws["A4"].value == "一、本年新收政府信息公开申请数量"
    assert ws["D4"].value == 38 and ws["J4"].value == "=SUM(D4:I4)"
    assert ws["A28"].value == "四、结转下年度继续办理"  # 3 header rows + 25 data rows in 2021
    total_row = [r for r in range(4, 29) if ws.cell(r, 2).value == "（七）总计" or ws.cell(r, 3).value == "（七）总计"]
    assert ws.cell(total_row[0], 4).value == "=SUM(D6:D26)"
    assert ws.protection.sheet and not ws["D4"].protection.locked and ws["J4"].protection.locked
    rules = {(dv.type, dv.operator): str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert "D4" in rules[("whole", "greaterThanOrEqual")]
    four = wb["表四"]
    assert {"A1:E1", "F1:O1", "F2:J2", "K2:O2"} <= {str(r) for r in four.merged_cells.ranges}
    assert four["E4"].value == "=SUM(A4:D4)"
    two = wb["表二"]
    assert two["A1"].value == "第二十条第（一）项" and two["B2"].value == "本年制发件数"
    assert two["B14"].value == pytest.approx(412.3562)
    assert ("decimal", "greaterThanOrEqual") in {(dv.type, dv.operator) for dv in two.data_validations.dataValidation}
    assert two["B11"].comment is not None and "均为查封" in two["B11"].comment.text


def test_2019_edition_signed_change_allowed(tmp_path):
    book = tmp_path / "t.xlsx"
    assert run("tables", "export", XINZHOU, "-o", book).exit_code == 0
    ws = load_workbook(book)["表二"]
    assert ws["C6"].value == "本年增/减"
    change = [dv for dv in ws.data_validations.dataValidation if dv.type == "whole" and dv.operator == "between"]
    assert change and "C7" in str(change[0].sqref)


def test_import_writes_numbers_keeping_comments(exported):
    data, book = exported
    before = data.read_text(encoding="utf-8")
    wb = load_workbook(book)
    wb["表三"]["D4"] = 39  # one more application from a natural person ...
    wb["表三"]["D6"] = 21  # ... granted
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    after = data.read_text(encoding="utf-8")
    assert "natural_person: 39" in after and "granted: {natural_person: 21," in after
    assert "total: {natural_person: 41, total: 49}" in after  # the typed totals follow the formulas
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines()) if a != b]
    assert len(changed) == 3 and len(before.splitlines()) == len(after.splitlines())
    assert before.splitlines()[0] == after.splitlines()[0].strip() and after.startswith("# 一个虚构的")
    assert run("validate", data).exit_code == 0


def test_import_keeps_the_file_s_own_indentation(tmp_path):
    """A file whose lists stand under their keys (``- `` not indented) was re-indented whole by an import that
    changed one number, though the import says comments and layout are kept."""
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.indent(mapping=2, sequence=2, offset=0)
    yaml.width = 4096
    data = tmp_path / "flat.yaml"
    with data.open("w", encoding="utf-8") as out:
        yaml.dump(yaml.load(SAMPLE.read_text(encoding="utf-8")), out)
    before = data.read_text(encoding="utf-8")
    assert "\n  - heading: 主动公开\n    content:\n    - 全年" in before
    book = tmp_path / "flat.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    wb = load_workbook(book)
    wb["表三"]["D4"] = 39
    wb["表三"]["D6"] = 21
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    after = data.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before.splitlines(), after) if a != b]
    assert len(after) == len(before.splitlines()) and len(changed) == 3
    assert all(re.sub(r"\d+", "#", a) == re.sub(r"\d+", "#", b) for a, b in changed), changed  # only numbers changed


@pytest.mark.parametrize("encoding, bom, newline, end", [
    ("utf-8", codecs.BOM_UTF8, "\r\n", ""),
    ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n", ""),
    ("gbk", b"", "\r\n", "\x1a"),  # Notepad's "ANSI"; an old editor's Ctrl-Z at the end
    ("utf-8", b"", "\r", ""),  # an old Mac's line ends
    ("utf-32-le", codecs.BOM_UTF32_LE, "\n", ""),  # FF FE 00 00 was taken for UTF-16's FF FE
    ("utf-32-be", codecs.BOM_UTF32_BE, "\n", ""),  # 00 00 FE FF was written back as UTF-16 without a mark
], ids=["utf-8-bom-crlf", "utf-16", "gbk-ctrl-z", "utf-8-cr", "utf-32-le", "utf-32-be"])
def test_import_writes_the_data_file_as_it_was_saved(tmp_path, encoding, bom, newline, end):
    """A data file Notepad saved as UTF-16 or GBK ended the import in a traceback, and one saved as UTF-8 lost its BOM
    and its CRLF line ends (one line in Windows 7's Notepad), though validate reads them all and the import says the
    layout is kept: the file is written back as it was saved, only the number changed."""
    def saved(text: str) -> bytes:
        return bom + (text.replace("\n", newline) + end).encode(encoding)

    text = SAMPLE.read_text(encoding="utf-8")
    data = tmp_path / "report.yaml"
    data.write_bytes(saved(text))
    book = tmp_path / "tables.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    wb = load_workbook(book)
    wb["表四"]["F4"] = 2  # 行政诉讼 未经复议直接起诉 结果维持: 1 → 2
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert "已把 1 个数字写入" in result.output
    assert data.read_bytes() == saved(text.replace("litigation_direct: {upheld: 1,", "litigation_direct: {upheld: 2,"))
    assert run("validate", data).exit_code == 0


def _filled(book: Path, cells: dict) -> None:
    """``cells`` ((sheet, cell) → value, or (value, number format)) typed into ``book``."""
    wb = load_workbook(book)
    for (sheet, cell), value in cells.items():
        value, number_format = value if isinstance(value, tuple) else (value, None)
        wb[sheet][cell] = value
        if number_format:
            wb[sheet][cell].number_format = number_format
    wb.save(book)


def _refused(data: Path, book: Path, cells: dict) -> tuple:
    """The import of ``book`` with ``cells`` typed in (:func:`_filled`), refused."""
    _filled(book, cells)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    return result, result.output.splitlines()


def test_wrong_total_reported_at_its_cell(exported):
    data, book = exported
    before = data.read_text(encoding="utf-8")
    result, lines = _refused(data, book, {("表三", "J4"): 99,  # the formula overwritten with a wrong total
                                          ("表四", "A4"): "/", ("表三", "E5"): 1.5})
    assert any(line.startswith(f"{book}:表三!J4: error: 表三 第“一、本年新收政府信息公开申请数量”行 “总计”列") and "99" in line
               for line in lines), result.output
    assert f"{book}:表四!A4: error: 表四“行政复议”“结果维持”：不能写“/”：没有数据请填 0" in lines
    assert any(line.startswith(f"{book}:表三!E5: error: 表三“二、上年结转政府信息公开申请数量”“商业企业”：") and "不能有小数" in line
               for line in lines)  # the cell as printed, not its data key
    assert data.read_text(encoding="utf-8") == before


def test_moved_rows_are_refused(exported):
    data, book = exported
    wb = load_workbook(book)
    wb["表三"].insert_rows(6)
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert (f"{book}:表三!A6: error: 表三中插入、删除或移动了行、列的地方太多，没有一一查明；第一处与导出时不同的是 表三!A6："
            "这一格应为“三、本年度办理结果”") in result.output


def test_tables_that_do_not_add_up_are_put_right_through_the_workbook(tmp_path):
    """A data file whose table 三 does not add up (R1) could neither be exported nor take the workbook's right
    numbers: both refused with the data file's errors. Now it is exported (saying so) and the import puts it right."""
    data = tmp_path / "report.yaml"
    data.write_text(SAMPLE.read_text(encoding="utf-8").replace("granted: {natural_person: 20,", "granted: {natural_person: 19,"),
                    encoding="utf-8")
    assert run("validate", data).exit_code == 1
    book = tmp_path / "tables.xlsx"
    exported = run("tables", "export", data, "-o", book)
    assert exported.exit_code == 0 and "统计表的数字不一致（见上），照样导出" in exported.output
    wb = load_workbook(book)
    assert wb["表三"]["D6"].value == 19
    wb["表三"]["D6"] = 20
    wb.save(book)
    imported = run("tables", "import", book, "--into", data)
    assert imported.exit_code == 0, imported.output
    assert "granted: {natural_person: 20," in data.read_text(encoding="utf-8")
    assert run("validate", data).exit_code == 0


@pytest.mark.parametrize("row, right, wrong, sheet, cell, message", [
    ("other: 1, total: {}}}", 48, 49, "表三", "J4",
     "表三 第“一、本年新收政府信息公开申请数量”行 “总计”列：自然人至其他六列之和为 48，而填写的总计为 49（R3）"),
    ("pending: 1, total: {}}}", 4, 5, "表四", "E4",
     "表四 行政复议的“总计”：结果维持、结果纠正、其他结果、尚未审结之和为 4，而填写的总计为 5（R5）"),
], ids=["表三", "表四"])
def test_a_typed_total_that_does_not_add_up_is_put_right_in_the_workbook(tmp_path, row, right, wrong, sheet, cell,
                                                                           message):
    """A typed 总计 that is not the sum of its parts was exported as the formula, and the import wrote the sum over
    it: the typed number, perhaps the register's true count, was gone and the report passed. Now the workbook shows
    it, with a comment; the import checks it as typed, and takes it once it is put right."""
    data = tmp_path / "report.yaml"
    data.write_text(SAMPLE.read_text(encoding="utf-8").replace(row.format(right), row.format(wrong)), encoding="utf-8")
    before = data.read_text(encoding="utf-8")
    book = tmp_path / "tables.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    target = load_workbook(book)[sheet][cell]
    assert target.value == wrong and not target.protection.locked
    assert f"数据文件填写的总计为 {wrong}，而各项之和为 {right}" in target.comment.text
    result, lines = _refused(data, book, {})
    assert f"{book}:{sheet}!{cell}: error: {message}" in lines, result.output
    assert data.read_text(encoding="utf-8") == before
    wb = load_workbook(book)
    wb[sheet][cell] = right
    wb.save(book)
    assert run("tables", "import", book, "--into", data).exit_code == 0
    assert data.read_text(encoding="utf-8") == before.replace(row.format(wrong), row.format(right))


def test_a_formula_does_not_replace_a_typed_total_the_workbook_never_showed(exported):
    """A workbook exported before the data file's （七）总计 was typed wrong has the formula there: the import
    wrote the sum over the typed number without a word. It keeps the number, says so, and the rules see it."""
    data, book = exported
    wrong = data.read_text(encoding="utf-8").replace("total: {natural_person: 40,", "total: {natural_person: 41,")
    data.write_text(wrong, encoding="utf-8")
    row = 1 + [line.startswith("      total: {natural_person: 41,") for line in wrong.splitlines()].index(True)
    ws = load_workbook(book)["表三"]
    [total] = [r for r in range(4, 29) if "（七）总计" in (ws.cell(r, 2).value, ws.cell(r, 3).value)]
    result, lines = _refused(data, book, {})
    assert (f"{book}:表三!D{total}: note: 表三“（七）总计”“自然人”：这一格是公式，而 {data} 中填写的总计为 41，"
            "与各项之和 40 不符：导入时保留 41，不按公式改写") in lines, result.output
    assert any(line.startswith(f"{data}:{row}:") and "（一）至（六）之和为 40，而填写的总计为 41（R2）" in line
               for line in lines), result.output
    assert data.read_text(encoding="utf-8") == wrong


def test_an_existing_workbook_is_not_replaced_by_export(exported):
    """The import's advice was to export again, which replaced the workbook the clerk had filled in."""
    data, book = exported
    wb = load_workbook(book)
    wb["表三"]["D4"] = 39
    wb.save(book)
    filled = book.read_bytes()
    again = run("tables", "export", data, "-o", book)
    assert again.exit_code == 1 and f"{book}: error: 这个工作簿已经存在（可能已经填了数），未覆盖" in again.output
    assert book.read_bytes() == filled
    assert run("tables", "export", data, "-o", book, "--force").exit_code == 0
    assert load_workbook(book)["表三"]["D4"].value == 38


_SAVE_AS = "在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再导入"
_OLD_OR_LOCKED = f"这是旧版 Excel（.xls）或 WPS（.et）格式的文件，或者设了打开密码的工作簿：请去掉打开密码，{_SAVE_AS}"


@pytest.mark.parametrize("name, content, message", [
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), _OLD_OR_LOCKED),
    ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), _OLD_OR_LOCKED),
    ("numbers.csv", "项目,数量\n自然人,38\n".encode("utf-8"), f"reportkit 只能读取 .xlsx 工作簿，不能读取 .csv 文件：请{_SAVE_AS}"),
    ("numbers.txt", "自然人 38\n".encode("utf-8"), f"reportkit 只能读取 .xlsx 工作簿，不能读取 .txt 文件：请{_SAVE_AS}"),
    ("broken.xlsx", b"PK\x03\x04" + bytes(60), f"不是可读取的 .xlsx 工作簿（文件已损坏，或是别的文件改了扩展名）：请{_SAVE_AS}"),
])
def test_a_workbook_of_another_format_is_one_line(tmp_path, name, content, message):
    """An .xls, .et or .csv file ended in openpyxl's traceback; a workbook with an open password was “resave it”.
    The line named openpyxl's exception (BadZipFile, InvalidFileException) and said “请” twice for an .xls."""
    data = tmp_path / "report.yaml"
    shutil.copy(SAMPLE, data)
    book = tmp_path / name
    book.write_bytes(content)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{book}: error: {message}" in result.output.splitlines()


def test_a_folder_named_as_the_workbook_is_one_line(tmp_path):
    """A folder given as the workbook ended in a traceback (UnboundLocalError)."""
    data = tmp_path / "report.yaml"
    shutil.copy(SAMPLE, data)
    book = tmp_path / "工作簿.xlsx"
    book.mkdir()
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"{book}: error: 这是一个文件夹，不是工作簿：请写出要导入的 .xlsx 文件的名字"


def test_cells_a_clerk_fills_in_the_excel_way(exported):
    """A formula Excel saved with its value, a number shown as a date, a thousands separator, and numbers typed
    below the table: the formula's value is taken; the others are said plainly, at their cells."""
    data, book = exported
    _, lines = _refused(data, book, {("表三", "E4"): "=1+1",  # saved by openpyxl: no value saved with it
                                     ("表三", "F4"): (39, "yyyy/m/d"), ("表三", "G4"): "1,234", ("表三", "D40"): 5})
    assert f"{book}:表三!E4: error: 表三“一、本年新收政府信息公开申请数量”“商业企业”：这一格是公式“=1+1”，工作簿里没有存下它算出的数：请直接填数字（或复制后“选择性粘贴→数值”）" in lines
    assert f"{book}:表三!F4: error: 表三“一、本年新收政府信息公开申请数量”“科研机构”：这一格被设成了日期格式，显示为 1900-02-08（原来的数可能是 39）：请把单元格格式改为“常规”或“数值”，再重新填数" in lines
    assert f"{book}:表三!G4: error: 表三“一、本年新收政府信息公开申请数量”“社会公益组织”：数字里不要写千位分隔符（“1,234”写成 1234）" in lines
    assert f"{book}:表三!D40: warning: 表格之外的 D40 有内容，未导入：数字请填在表格里对应的格中" in lines


def test_a_formula_s_saved_value_is_taken(exported, tmp_path):
    """Excel saves a formula with its value: the clerk's =D4+1 in a white cell is read as that value."""
    data, book = exported
    wb = load_workbook(book)
    typed = wb["表三"]["E4"].value
    wb["表三"]["E4"] = f"=D4-38+{typed}"
    wb.save(book)
    _save_values(book, {("表三", "E4"): typed})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert run("validate", data).exit_code == 0


def _save_values(book: Path, values: dict) -> None:
    """Give formulas the value Excel saves with them (<v> beside <f>), which openpyxl does not write."""
    import zipfile

    from openpyxl import load_workbook as load

    names = {ws.title: f"xl/worksheets/sheet{i}.xml" for i, ws in enumerate(load(book).worksheets, 1)}
    with zipfile.ZipFile(book) as package:
        parts = {item: package.read(item) for item in package.namelist()}
    for (sheet, cell), value in values.items():
        xml = parts[names[sheet]].decode("utf-8")
        xml, n = re.subn(rf'(<c r="{cell}"[^>]*>\s*<f>[^<]*</f>)\s*(?:<v>[^<]*</v>|<v\s*/>)?', rf"\g<1><v>{value}</v>", xml)
        assert n == 1, cell
        parts[names[sheet]] = xml.encode("utf-8")
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as package:
        for item, content in parts.items():
            package.writestr(item, content)


def test_a_workbook_of_the_other_edition_or_of_another_report(tmp_path):
    """A 2021 workbook into a 2019 data file was “rows and columns must not be moved”; another agency's workbook
    was imported without a word."""
    two_thousand_nineteen = tmp_path / "x.yaml"
    shutil.copy(XINZHOU, two_thousand_nineteen)
    book = tmp_path / "s.xlsx"
    assert run("tables", "export", SAMPLE, "-o", book).exit_code == 0
    other = run("tables", "import", book, "--into", two_thousand_nineteen)
    assert other.exit_code == 1
    assert other.output.splitlines()[0] == (f"{book}: error: 这个工作簿是 2021 版统计表导出的，而 {two_thousand_nineteen} 是 "
                                            f"2019 版（2020 年度）的数据：请用 reportkit tables export {two_thousand_nineteen} 导出它自己的工作簿")
    data = tmp_path / "report.yaml"
    data.write_text(SAMPLE.read_text(encoding="utf-8").replace("某县自然资源局", "某县教育局"), encoding="utf-8")
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0
    assert (f"{book}: warning: 这个工作簿是从《某县自然资源局2023年政府信息公开工作年度报告》导出的，"
            "而数据文件是《某县教育局2023年政府信息公开工作年度报告》：请核对没有选错文件") in result.output


def test_amounts_show_their_unit_in_the_workbook(tmp_path):
    """2019's 采购总金额 had no unit in the workbook and the help said 万元, also for a file in 元."""
    data = tmp_path / "x.yaml"
    data.write_text(XINZHOU.read_text(encoding="utf-8").replace("amount: 2192.315913, unit: 万元",
                                                                "amount: 21923159.13, unit: 元"), encoding="utf-8")
    assert "unit: 元" in data.read_text(encoding="utf-8")
    book = tmp_path / "x.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    wb = load_workbook(book)
    [amount] = [c for row in wb["表二"].iter_rows() for c in row if c.number_format.endswith("\"元\"")]
    assert amount.number_format == '0.00####"元"'
    assert "金额以元计" in wb["填写说明"]["A3"].value and "万元" not in wb["填写说明"]["A3"].value
    sample = tmp_path / "s.xlsx"
    assert run("tables", "export", SAMPLE, "-o", sample).exit_code == 0
    assert load_workbook(sample)["表二"]["B14"].number_format == '0.0000##"万元"'


def test_an_amount_shows_the_places_written_in_the_workbook(tmp_path):
    """412.30 in the data showed as 412.3万元 in the workbook (format General): not the table the report prints."""
    data = tmp_path / "r.yaml"
    data.write_text(SAMPLE.read_text(encoding="utf-8").replace("{amount: 412.3562}", "{amount: 412.30}"), encoding="utf-8")
    book = tmp_path / "r.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    # 表二, the first sheet, as Calc shows it (the 9th option: cells as shown)
    shown = _calc(tmp_path, book, tmp_path / "csv", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true")
    shown = shown.read_text(encoding="utf-8").splitlines()
    assert "行政事业性收费,412.30万元,," in shown
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0 and "{amount: 412.30}" in data.read_text(encoding="utf-8")


def test_init_xlsx_is_an_empty_template(tmp_path):
    result = run("init", "annual-report", "--year", "2023", "-o", tmp_path / "r.yaml", "--xlsx")
    assert result.exit_code == 0, result.output
    ws = load_workbook(tmp_path / "r.xlsx")["表三"]
    assert ws["D4"].value == 0 and ws["J4"].value == "=SUM(D4:I4)"


def _calc(tmp_path, book: Path, outdir: Path, to: str = "xlsx") -> Path:
    """``book`` opened and saved again by LibreOffice Calc, ``to`` its --convert-to filter (.xlsx by default); skips
    when Calc is not installed (LibreOffice Writer alone cannot open a workbook)."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                           to, "--outdir", outdir, book], capture_output=True, text=True, timeout=180)
    if "could not be loaded" in done.stdout + done.stderr:
        pytest.skip("LibreOffice Calc is not installed (apt install libreoffice-calc-nogui)")
    return outdir / f"{book.stem}.{to.split(':')[0]}"


def test_workbook_saved_by_libreoffice(exported, tmp_path):
    data, book = exported
    wb = load_workbook(book)
    wb["表三"]["D4"] = 39
    wb["表三"]["D6"] = 21
    wb.save(book)
    saved = _calc(tmp_path, book, tmp_path / "lo")
    assert load_workbook(saved)["表三"]["J4"].value == "=SUM(D4:I4)"  # LibreOffice keeps the formulas
    result = run("tables", "import", saved, "--into", data)
    assert result.exit_code == 0, result.output
    assert "natural_person: 39" in data.read_text(encoding="utf-8")


def test_render_xlsx_is_the_export(tmp_path):
    result = run("render", SAMPLE, "-f", "xlsx", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert load_workbook(tmp_path / "sample-2021.xlsx")["表三"]["J4"].value == "=SUM(D4:I4)"


def test_diagnostics_json(tmp_path):
    import json

    result = CliRunner().invoke(cli, ["validate", str(ROOT / "examples/invalid/totals-do-not-add-up.yaml"),
                                      "--diagnostics", "json"], catch_exceptions=False)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    first = report["diagnostics"][0]
    assert set(first) >= {"file", "line", "column", "severity", "rule", "message", "path"}
    assert any(d["rule"] and d["rule"].startswith("R") and d["path"][:2] == ["tables", "applications"]
               for d in report["diagnostics"])
    assert report["failed"] == [str(ROOT / "examples/invalid/totals-do-not-add-up.yaml")]


def test_render_diagnostics_json_is_all_of_standard_output(tmp_path):
    """A CI job parses render's standard output as JSON: the 已生成 lines go to stderr, the object names the files."""
    import json

    bad = ROOT / "examples/invalid/totals-do-not-add-up.yaml"
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), str(bad), "-f", "docx", "-o", str(tmp_path), "-j", "1",
                                      "--diagnostics", "json"], catch_exceptions=False)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    written = str(tmp_path / "sample-2021.docx")
    assert report["outputs"] == [written] and report["failed"] == [str(bad)]
    assert any(d["file"] == str(bad) and d["severity"] == "error" for d in report["diagnostics"])
    assert f"已生成 {written}" in result.stderr.splitlines()
