"""``reportkit aggregate`` of a batch as a county gets it: data files, reportkit's workbooks and workbooks in a
province's template (renamed sheets, a title row, labels worded otherwise, no properties of reportkit's) summed
alike, the agency and year of a template taken from its typed title or its file name; units that cannot be counted
named by file and cell; and the note on placeholders outside the tables naming each as a clerk reads it."""
from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from test_tables import run
from test_tables_excel_habits import _cell_xml
from test_tables_import_moved import province_template

from reportkit.load import load_file
from reportkit.pipeline import check_file
from reportkit.plugins import load_plugins
from reportkit.tables import sheets

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
NEW = ("tables", "applications", "new_received", "natural_person")


def _unit(folder: Path, agency: str, extra: int, name: str | None = None) -> Path:
    """The sample as ``agency``'s data file, with ``extra`` more applications from natural persons, all granted
    (R1-R3 still hold)."""
    text = SAMPLE.read_text(encoding="utf-8").replace("某县自然资源局", agency)
    text = text.replace("      total: {natural_person: 40, total: 48}\n", "").replace(", total: 48}", "}")
    text = text.replace("new_received: {natural_person: 38,", f"new_received: {{natural_person: {38 + extra},")
    text = text.replace("granted: {natural_person: 20,", f"granted: {{natural_person: {20 + extra},")
    path = folder / f"{name or agency}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _workbook(data: Path, book: Path) -> Path:
    """reportkit's workbook of the data file ``data``, saved as ``book``."""
    result = run("tables", "export", data, "-o", book)
    assert result.exit_code == 0, result.output
    return book


def _template(data: Path, book: Path, title: str | None = None) -> Path:
    """The numbers of ``data`` in a province's template (as test_tables_import_moved has it), its sheets' title rows
    ``title`` where given."""
    exported = _workbook(data, data.with_suffix(".exported.xlsx"))
    province_template(exported, book, title)
    exported.unlink()
    return book


def _expected(sources: list[Path]) -> dict[tuple, object]:
    """Every cell of the tables summed by hand over the data files ``sources``."""
    plugins = load_plugins()
    total: dict[tuple, object] = {}
    for source in sources:
        for sheet in sheets(check_file(source, plugins).report):
            for cell in sheet.cells.values():
                total[cell.path] = total.get(cell.path, 0) + cell.value
    return total


def _summed(out: Path) -> dict[tuple, object]:
    return {cell.path: cell.value for sheet in sheets(check_file(out, load_plugins()).report)
            for cell in sheet.cells.values()}


def test_a_province_s_template_is_summed_with_its_agency_and_year_from_its_file_name(tmp_path):
    """A unit's workbook in a province's template (sheets 表2, 依申请公开情况统计表, 表4) was refused: no sheet named
    表二/表三/表四."""
    source = tmp_path / "src"
    source.mkdir()
    units = tmp_path / "units"
    units.mkdir()
    data = _unit(units, "某县自然资源局", 0)
    book = _template(_unit(source, "某县教育局", 7), units / "某县教育局2023.xlsx")
    out = tmp_path / "region.yaml"
    result = run("aggregate", units, "-o", out, "--agency", "某县人民政府")
    assert result.exit_code == 0, result.output
    assert f"{book}: note: 工作簿中没有写明单位和年度（标题被改过，或不是 reportkit 生成的）：按文件名记作“某县教育局”2023 年度；" \
        in result.output
    assert f"{book}:依申请公开情况统计表!A2: note: 表三（收到和处理政府信息公开申请情况）在工作表“依申请公开情况统计表”中" \
        in result.output
    assert _summed(out) == _expected([data, source / "某县教育局.yaml"])
    assert f"汇总 2 个单位的统计表：{book}、{data}" in out.read_text(encoding="utf-8")


def test_a_template_s_typed_title_names_its_agency_and_year(tmp_path):
    units = tmp_path / "units"
    units.mkdir()
    data = _unit(tmp_path, "某县教育局", 3)
    book = _template(data, units / "教育局统计表.xlsx", title="某县教育局2023年政府信息公开工作年度报告统计表")
    out = tmp_path / "region.yaml"
    result = run("aggregate", book, _unit(units, "某县自然资源局", 0), "-o", out)
    assert result.exit_code == 0, result.output
    assert f"{book}:表2!A1: note: 工作簿中没有 reportkit 写的标题：按 表2!A1 的标题记作“某县教育局”2023 年度；不对时请改正这个标题" \
        in result.output
    assert "两个都已计入" not in result.output and "同一单位" not in result.output  # no unit taken for another's
    assert _summed(out)[NEW] == 38 + 3 + 38


def test_a_template_naming_no_agency_and_year_says_what_to_add(tmp_path):
    book = _template(_unit(tmp_path, "某县教育局", 0), tmp_path / "统计表.xlsx")
    out = tmp_path / "region.yaml"
    result = run("aggregate", book, "-o", out)
    assert result.exit_code == 1 and not out.exists()
    assert f"{book}: error: 工作簿中没有写明单位和年度（标题被改过，或不是 reportkit 生成的），文件名中也没有年度：" \
           "请把单位和年度写进文件名，如 某县教育局2023.xlsx（或写进表格上方的标题，如“某县教育局2023年政府信息公开工作年度报告" \
           "统计表”）" in result.output
    named = tmp_path / "2023.xlsx"
    book.rename(named)
    result = run("aggregate", named, "-o", out)
    assert result.exit_code == 1 and "文件名中也没有单位：" in result.output, result.output


def test_a_workbook_with_no_tables_anywhere_is_refused(tmp_path):
    wb = Workbook()
    wb.active["A1"] = "某县教育局2023年度工作总结"
    book = tmp_path / "某县教育局2023.xlsx"
    wb.save(book)
    result = run("aggregate", book, _unit(tmp_path, "某县自然资源局", 0), "-o", tmp_path / "region.yaml")
    assert result.exit_code == 1, result.output
    assert f"{book}: error: 不是统计表工作簿（哪个工作表中都没有找到表二、表三、表四的表头和行名）" in result.output


def test_the_note_on_placeholders_outside_the_tables_names_them_as_a_clerk_reads_them(tmp_path):
    data = tmp_path / "report.yaml"
    text = SAMPLE.read_text(encoding="utf-8").replace("  notices: 3\n", "  notices: 【请填写：收费通知件数】\n")
    data.write_text(text, encoding="utf-8")
    line = text[:text.index("  notices:")].count("\n") + 1
    result = run("tables", "export", data, "-o", tmp_path / "tables.xlsx")
    assert result.exit_code == 0, result.output
    assert f"统计表之外还有 1 处【请填写：…】占位（{data}:{line}:12 信息处理费“收费通知件数”" \
           "（information_processing_fee.notices））" in result.output


def test_thirty_units_of_mixed_kinds_are_summed_right_and_each_problem_named(tmp_path):
    rng = random.Random(31)
    units, source = tmp_path / "各单位", tmp_path / "src"
    units.mkdir()
    source.mkdir()
    counted = []  # the data files whose numbers the sum holds (a workbook's: the file it was made from)
    for i in range(18):
        counted.append(_unit(units, f"某县第{i + 1}局", rng.randint(0, 40)))
    for i in range(4):  # reportkit's workbooks
        data = _unit(source, f"某乡{i + 1}", rng.randint(0, 40))
        counted.append(data)
        _workbook(data, units / f"某乡{i + 1}.xlsx")
    for i in range(2):  # a province's template
        data = _unit(source, f"某镇{i + 1}", rng.randint(0, 40))
        counted.append(data)
        _template(data, units / f"某镇{'甲乙'[i]}2023.xlsx")
    result = run("init", "annual-report", "--year", 2023, "--edition", "2019", "--agency", "某街道", "-o",
                 source / "某街道2019.yaml", "--xlsx")
    assert result.exit_code == 0, result.output
    edition2019 = units / "某街道2023.xlsx"
    shutil.copy(source / "某街道2019.xlsx", edition2019)  # 表二 of the 2019 edition
    formula = _workbook(_unit(source, "某园区", 0), units / "某园区.xlsx")
    _cell_xml(formula, "表三", "E4", ' t="e"><f>1/0</f><v>#DIV/0!</v>')
    placeholder = units / "某办.yaml"
    placeholder.write_text(_unit(source, "某办", 0).read_text(encoding="utf-8").replace(
        "granted: {natural_person: 20,", "granted: {natural_person: 【请填写：予以公开】,"), encoding="utf-8")
    empty = units / "某所.yaml"
    empty.write_text("", encoding="utf-8")
    old_excel = units / "某站.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    twice = counted[0]
    twin = _workbook(counted[1], counted[1].with_suffix(".xlsx"))  # the same unit as its data file and its workbook
    files = sorted(units.iterdir())
    assert len(files) == 30  # with the file given twice below, 31 names
    out = tmp_path / "某县2023.yaml"
    result = run("aggregate", units, twice, "-o", out, "--agency", "某县人民政府")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()

    assert _summed(out) == _expected(counted)
    region = load_file(out).data
    assert region["information_processing_fee"]["notices"] == 3 * 18  # workbooks have none
    header = out.read_text(encoding="utf-8").splitlines()[1]
    assert header.startswith(f"# 由 reportkit aggregate 汇总 {len(counted)} 个单位的统计表：")
    assert f"已汇总 {len(counted)} 个单位的统计表到 {out}" in result.output

    def said(path: Path, *parts: str) -> bool:
        return any(line.startswith(f"{path}") and all(part in line for part in parts) for line in lines)

    assert said(twice, "只计入一次")
    assert said(twin, f"与 {counted[1]} 是同一单位", "数字相同：只计入")
    assert said(edition2019, "warning: 这个工作簿的统计表是 2019 版的，而 2023 年度报告应使用 2021 版：按 2019 版读取；")
    assert said(edition2019, "未计入汇总：统计表是 2019 版的，而计入汇总的是 2021 版（2023 年度）")
    assert said(formula, ":表三!E4: error: ", "#DIV/0!")
    assert said(formula, "未计入汇总")
    assert said(placeholder, "【请填写")
    assert said(placeholder, "未计入汇总：统计表中还留着【请填写：…】占位")
    assert said(empty, "未计入汇总：文件没有读取（原因见上）")
    assert said(old_excel, "未计入汇总：文件没有读取（原因见上）")
    assert said(old_excel, "旧版 Excel（.xls）")
    for path in (twin, edition2019, formula, placeholder, empty, old_excel):
        assert str(path) not in header
    assert not any("Traceback" in line or "Error:" in line for line in lines)

    strict = tmp_path / "strict.yaml"
    result = run("aggregate", units, "-o", strict, "--strict")
    assert result.exit_code == 1 and not strict.exists()
    assert "error: 有 5 个单位未计入、0 个单位缺报（--strict）" in result.output


@pytest.mark.parametrize("edition", ["2019", "2021"])
def test_a_template_s_edition_is_that_of_its_labels(tmp_path, edition):
    """A template without reportkit's properties: its edition is the one whose tables it has, on whatever sheets."""
    data = tmp_path / f"某乡{edition}.yaml"
    result = run("init", "annual-report", "--year", 2023, "--edition", edition, "--agency", "某乡", "-o", data, "--xlsx")
    assert result.exit_code == 0, result.output
    source = load_workbook(data.with_suffix(".xlsx"))
    wb = Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet("统计表")
    ws["A1"] = "某乡2023年政府信息公开工作年度报告统计表"
    row = 2
    for sheet in ("表二", "表三", "表四"):
        for line in source[sheet].iter_rows():
            for cell in line:
                if cell.value is not None:
                    ws.cell(row + cell.row, cell.column, cell.value)
        row += source[sheet].max_row + 2
    book = tmp_path / "乡.xlsx"
    wb.save(book)
    result = run("aggregate", book, "-o", tmp_path / "region.yaml")
    assert result.exit_code == 0, result.output
    assert str(load_file(tmp_path / "region.yaml").data["edition"]) == edition
    assert ("这个工作簿的统计表是 2019 版的" in result.output) == (edition == "2019")


def test_a_unit_s_template_with_a_label_of_another_row_says_to_fill_a_fresh_workbook(tmp_path):
    """A workbook handed in alone has no data file to export a fresh workbook from (the fix said to)."""
    book = _template(_unit(tmp_path, "某县教育局", 0), tmp_path / "某县教育局2023.xlsx")
    wb = load_workbook(book)
    wb["依申请公开情况统计表"]["B8"] = "（二）不予公开"
    wb.save(book)
    out = tmp_path / "region.yaml"
    result = run("aggregate", book, "-o", out)
    assert result.exit_code == 1 and not out.exists()
    assert f"{book}:依申请公开情况统计表!B8: error: 这一格应为“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”，" \
           "而工作簿中是“（二）不予公开”：表格的行列不能插入、删除或移动；请用 reportkit init annual-report --xlsx 生成空白" \
           "工作簿（或另取一份空白的统计表模板），再把数字填进去" in result.output.splitlines()


@pytest.mark.parametrize("file, title, said", [
    ("2023年某县教育局政府信息公开工作年度报告.xlsx", None, "按文件名记作“某县教育局”2023 年度"),
    ("附件2 某县教育局2023年统计表.xlsx", None, "按文件名记作“某县教育局”2023 年度"),
    ("教育局.xlsx", "2023年度某县教育局政府信息公开年度报告", "按 表2!A1 的标题记作“某县教育局”2023 年度"),
], ids=["year-first-name", "attachment-name", "year-first-title"])
def test_a_template_s_agency_and_year_as_clerks_write_them(tmp_path, file, title, said):
    book = _template(_unit(tmp_path, "某县教育局", 0), tmp_path / file, title=title)
    result = run("aggregate", book, "-o", tmp_path / "region.yaml")
    assert result.exit_code == 0, result.output
    assert said in result.output


def test_an_earlier_sum_in_the_units_folder_is_not_summed_again(tmp_path, monkeypatch):
    """A region's file summed into the folder of its units was summed again beside them on the next run: each unit's
    numbers twice. A region's sum of units not given (a city summing its counties' sums) is still counted."""
    monkeypatch.chdir(tmp_path)
    units = Path("各单位")
    units.mkdir()
    a, b = _unit(units, "某乡", 1), _unit(units, "某镇", 2)
    first = units / "某县2023.yaml"
    assert run("aggregate", units, "-o", first).exit_code == 0
    _unit(units, "某街道", 3)
    again = tmp_path / "某县2023（补报后）.yaml"
    result = run("aggregate", units, "-o", again)
    assert result.exit_code == 0, result.output
    assert f"{first}: warning: 未计入汇总：是 reportkit aggregate 汇总出的文件，已含 {a} 等 2 个单位的数字，" \
           "而本次也给出了这些单位的文件：再计入就重复计算了，不计入" in result.output
    assert _summed(again)[NEW] == 38 * 3 + 1 + 2 + 3
    city = tmp_path / "某市2023.yaml"
    result = run("aggregate", first, _unit(tmp_path, "另一县", 0), "-o", city)
    assert result.exit_code == 0 and "重复计算" not in result.output, result.output
    assert _summed(city)[NEW] == 38 * 3 + 1 + 2
    assert b.exists()


@pytest.mark.parametrize("head, amount, expected", [("采购总金额（元）", 4123000, 4123000), ("采购总金额（万元）", 412.3, 4123000),
                                                    ("采购总金额", 412.3, 4123000)], ids=["yuan", "wan-yuan", "no-unit"])
def test_a_2019_template_s_procurement_amount_is_in_the_unit_its_head_names(tmp_path, head, amount, expected):
    """A template's 采购总金额 in 元 was read as 万元 (the unit of reportkit's workbook): ten thousand times too much."""
    data = tmp_path / "某乡2020.yaml"
    assert run("init", "annual-report", "--year", 2020, "--agency", "某乡", "-o", data, "--xlsx").exit_code == 0
    source = load_workbook(data.with_suffix(".xlsx"))
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in ("表二", "表三", "表四"):
        ws = wb.create_sheet(sheet)
        ws["A1"] = f"附{sheet}"
        for line in source[sheet].iter_rows():
            for cell in line:
                if cell.value is not None:
                    ws.cell(cell.row + 1, cell.column, cell.value)
    wb["表二"]["C18"], wb["表二"]["C19"], wb["表二"]["B19"] = head, amount, 3  # a title row above each table
    book = tmp_path / "某乡2020.xlsx"
    wb.save(book)
    out = tmp_path / "region.yaml"
    result = run("aggregate", book, "-o", out)
    assert result.exit_code == 0, result.output
    procurement = load_file(out).data["tables"]["active_disclosure"]["government_procurement"]
    assert (procurement["amount"], procurement["unit"]) == (expected, "元")


def test_a_template_whose_titles_name_two_years_is_refused_naming_both(tmp_path):
    book = _template(_unit(tmp_path, "某县教育局", 0), tmp_path / "教育局.xlsx",
                     title="某县教育局2023年政府信息公开工作年度报告统计表")
    wb = load_workbook(book)
    wb["表4"]["A1"] = "某县教育局2022年政府信息公开工作年度报告统计表"
    wb.save(book)
    result = run("aggregate", book, "-o", tmp_path / "region.yaml")
    assert result.exit_code == 1
    assert f"{book}: error: 工作簿中的标题写的单位、年度不一（表2!A1“某县教育局2023年”、表4!A1“某县教育局2022年”）：" \
           "请改成这个单位、这一年度的标题后再汇总" in result.output
