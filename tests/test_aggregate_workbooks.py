"""reportkit aggregate of units that hand in their filled-in workbooks (.xlsx of ``init --xlsx`` or ``tables export``)
beside data files, and of units that hand in something wrong: every case a message at the unit's file (sheet!cell or
line:col), exit 1 with --strict, and an earlier summed file never replaced by a failed run."""
from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from docx import Document

from reportkit.cli import cli
from reportkit.load import load_file
from reportkit.pipeline import check_file
from reportkit.plugins import load_plugins
from reportkit.tables import sheets
from reportkit.tables.export import cell_name

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
NEW = ("tables", "applications", "new_received", "natural_person")
GRANTED = ("tables", "applications", "results", "granted", "natural_person")
FEES = ("tables", "active_disclosure", "administrative_fees", "amount")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def blank_workbook(folder: Path, agency: str, year: int = 2023, *edition: str) -> Path:
    """The empty workbook ``reportkit init --xlsx`` writes for ``agency``."""
    data = folder / "init" / f"{agency}{year}.yaml"
    data.parent.mkdir(exist_ok=True)
    extra = ("--edition", edition[0]) if edition else ()
    assert run("init", "annual-report", "--year", year, "--agency", agency, "-o", data, "--xlsx", *extra).exit_code == 0
    return data.with_suffix(".xlsx")


def fill(workbook: Path, numbers: dict, to: Path | None = None) -> Path:
    """``workbook`` with ``numbers`` ({data path: value}) typed in their cells, as a clerk fills it in."""
    report = check_file(SAMPLE, load_plugins()).report
    places = {cell.path: (sheet.name, cell_name(r, c)) for sheet in sheets(report) for (r, c), cell in sheet.cells.items()}
    book = openpyxl.load_workbook(workbook)
    for path, value in numbers.items():
        name, cell = places[path]
        book[name][cell] = value
    book.save(to or workbook)
    return to or workbook


def summed(out: Path, path: tuple):
    node = load_file(out).data
    for key in path:
        node = node[key]
    return node


def test_filled_workbooks_are_summed_beside_data_files(tmp_path):
    """A unit's workbook was read as a broken text file (含有 NUL 字节) and left out."""
    units = tmp_path / "units"
    units.mkdir()
    shutil.copy(SAMPLE, units / "自然资源局.yaml")
    edu = fill(blank_workbook(tmp_path, "某县教育局"), {NEW: 5, GRANTED: 5}, units / "教育局.xlsx")
    exported = units / "卫健委.xlsx"
    other = tmp_path / "卫健委.yaml"
    other.write_text(SAMPLE.read_text(encoding="utf-8").replace("某县自然资源局", "某县卫生健康委员会"), encoding="utf-8")
    assert run("tables", "export", other, "-o", exported).exit_code == 0
    fill(exported, {NEW: 40, GRANTED: 22})
    expect = tmp_path / "units.txt"
    expect.write_text("自然资源局\n教育局.yaml\n卫健委.xlsx\n某乡.yaml\n", encoding="utf-8")
    out = tmp_path / "某县2023.yaml"
    result = run("aggregate", units / "自然资源局.yaml", edu, exported, "-o", out, "--agency", "某县人民政府",
                 "--expect", expect)
    assert result.exit_code == 1, result.output
    assert summed(out, NEW) == 38 + 5 + 40 and summed(out, GRANTED) == 20 + 5 + 22
    assert f"{expect}:4:1: warning: 缺报：清单中的“某乡.yaml”不在所给的文件中" in result.output
    # a name with its extension is that file: 教育局.xlsx is named, not taken for the listed 教育局.yaml
    assert f"{expect}:2:1: warning: 缺报：清单中的“教育局.yaml”不在所给的文件中（写了扩展名，只认 教育局.yaml）；所给的有 {edu}" \
        in result.output
    assert result.output.count("缺报") == 2
    header = out.read_text(encoding="utf-8").splitlines()[1]
    assert header == f"# 由 reportkit aggregate 汇总 3 个单位的统计表：{units / '自然资源局.yaml'}、{edu}、{exported}"
    region = check_file(out, load_plugins()).report  # R1-R5 hold on the sum
    assert region.agency == "某县人民政府" and region.year == 2023
    # a folder is its data files and workbooks
    by_folder = run("aggregate", units, "-o", tmp_path / "folder.yaml")
    assert by_folder.exit_code == 0, by_folder.output
    assert summed(tmp_path / "folder.yaml", NEW) == 83


def test_the_summed_file_renders(tmp_path):
    edu = fill(blank_workbook(tmp_path, "某县教育局"), {NEW: 7, GRANTED: 7}, tmp_path / "教育局.xlsx")
    out = tmp_path / "region.yaml"
    assert run("aggregate", SAMPLE, edu, "-o", out, "--agency", "某县人民政府").exit_code == 0
    result = run("render", out, "--draft", "-f", "docx", "-o", tmp_path / "region.docx")
    assert result.exit_code == 0, result.output
    rows = [[c.text for c in row.cells] for table in Document(tmp_path / "region.docx").tables for row in table.rows]
    new_received = next(row for row in rows if row[0].startswith("一、本年新收"))
    assert new_received[3] == "45"  # 38 + 7 自然人


def test_workbook_agency_and_year_from_the_file_name_with_a_note(tmp_path):
    book = fill(blank_workbook(tmp_path, "某县教育局"), {NEW: 3, GRANTED: 3}, tmp_path / "某乡人民政府2023.xlsx")
    wb = openpyxl.load_workbook(book)
    wb.properties.title = None
    wb["填写说明"]["A1"] = "统计表"
    wb.save(book)
    out = tmp_path / "region.yaml"
    result = run("aggregate", SAMPLE, book, "-o", out)
    assert result.exit_code == 0, result.output
    assert (f"{book}: note: 工作簿中没有写明单位和年度（标题被改过，或不是 reportkit 生成的）：按文件名记作"
            "“某乡人民政府”2023 年度；不对时请改文件名") in result.output
    assert summed(out, NEW) == 41
    nameless = tmp_path / "某乡.xlsx"
    book.rename(nameless)
    result = run("aggregate", SAMPLE, nameless, "-o", tmp_path / "strict.yaml", "--strict")
    assert result.exit_code == 1 and not (tmp_path / "strict.yaml").exists()
    assert f"{nameless}: error: 工作簿中没有写明单位和年度" in result.output
    assert "文件名中也没有年度：请把单位和年度写进文件名，如 某县教育局2023.xlsx" in result.output


def test_a_workbook_whose_tables_do_not_add_up_is_named_at_its_cell(tmp_path):
    out = tmp_path / "region.yaml"
    assert run("aggregate", SAMPLE, "-o", out).exit_code == 0
    earlier = out.read_bytes()
    bad = fill(blank_workbook(tmp_path, "某县教育局"), {NEW: 9, GRANTED: 2}, tmp_path / "教育局.xlsx")
    typo = fill(blank_workbook(tmp_path, "某县民政局"), {NEW: "1,200"}, tmp_path / "民政局.xlsx")
    result = run("aggregate", SAMPLE, bad, typo, "-o", out, "--force", "--strict")
    assert result.exit_code == 1 and out.read_bytes() == earlier
    assert f"{bad}:表三!D28: error: 表三 “自然人”列：一、本年新收（9）加二、上年结转（0）之和为 9" in result.output
    assert f"{bad}: warning: 未计入汇总：未通过校验（1 个错误，见上）：请该单位改正后再汇总" in result.output
    assert f"{typo}:表三!D4: error: 表三“一、本年新收政府信息公开申请数量”“自然人”：数字里不要写千位分隔符" in result.output
    assert "Traceback" not in result.output
    loose = run("aggregate", SAMPLE, bad, "-o", tmp_path / "loose.yaml")
    assert loose.exit_code == 1 and summed(tmp_path / "loose.yaml", NEW) == 38


def test_units_of_another_edition_are_refused_with_the_reason(tmp_path):
    """A 2023 unit on the 2019 tables was told to hand in a 2023 file, which it had."""
    old = blank_workbook(tmp_path, "某乡人民政府", 2023, "2019")
    units = [tmp_path / "a.yaml", tmp_path / "b.yaml"]
    for path in units:
        path.write_text(SAMPLE.read_text(encoding="utf-8").replace("某县自然资源局", f"某县{path.stem}局"), encoding="utf-8")  # two units
    out = tmp_path / "region.yaml"
    result = run("aggregate", old, *units, "-o", out)
    assert result.exit_code == 1, result.output
    assert (f"{old}: warning: 未计入汇总：统计表是 2019 版的，而计入汇总的是 2021 版（2023 年度）的 {units[0]} 等 2 个文件："
            "两版表格的行列不同，不能逐格相加。请该单位按 2021 版重新填报（reportkit init annual-report --edition 2021 "
            "--year 2023 --xlsx 生成空白工作簿）") in result.output
    assert summed(out, NEW) == 76
    assert run("aggregate", old, *units, "-o", tmp_path / "s.yaml", "--strict").exit_code == 1


def test_placeholders_left_in_a_units_tables(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8").replace("new_received: {natural_person: 38,",
                                                      "new_received: {natural_person: 【请填写：自然人】,")
    unit = tmp_path / "a.yaml"
    unit.write_text(text, encoding="utf-8")
    result = run("aggregate", unit, SAMPLE, "-o", tmp_path / "region.yaml", "--strict")
    assert result.exit_code == 1 and not (tmp_path / "region.yaml").exists()
    assert f"{unit}:62:36: error: tables.applications.new_received.natural_person：" in result.output
    assert f"{unit}: warning: 未计入汇总：统计表中还留着【请填写：…】占位（见上）：请该单位照原件填上数字后再汇总" in result.output


def test_amounts_of_data_files_and_workbooks_are_summed_exactly(tmp_path):
    """0.1 + 0.2 万元 typed in workbooks (floats to Excel) and 412.30 in a data file make 412.60, not 412.6000000001."""
    unit = tmp_path / "a.yaml"
    unit.write_text(SAMPLE.read_text(encoding="utf-8").replace("amount: 412.3562", "amount: 412.30"), encoding="utf-8")
    books = [fill(blank_workbook(tmp_path, f"某县{name}"), {FEES: value}, tmp_path / f"{name}.xlsx")
             for name, value in (("教育局", 0.1), ("民政局", 0.2))]
    out = tmp_path / "region.yaml"
    result = run("aggregate", unit, *books, "-o", out)
    assert result.exit_code == 0, result.output
    assert "  amount: 412.60  #" in out.read_text(encoding="utf-8")
    fees = check_file(out, load_plugins()).report.tables.active_disclosure.administrative_fees.amount
    assert fees.value == Decimal("412.60") and str(fees.value) == "412.60"


def test_an_empty_folder_a_glob_that_matched_nothing_and_files_that_are_no_unit(tmp_path):
    empty = tmp_path / "乡镇"
    empty.mkdir()
    out = tmp_path / "region.yaml"
    result = run("aggregate", empty, empty / "*.yaml", "-o", out)
    assert result.exit_code == 1 and not out.exists()
    assert f"{empty}: warning: 未计入汇总：文件夹中没有 .yaml、.yml 数据文件或 .xlsx 工作簿：请检查文件夹" in result.output
    assert f"{empty / '*.yaml'}: warning: 未计入汇总：没有与之相符的文件" in result.output
    assert f"error: 没有可汇总的数据文件或工作簿，未写出 {out}" in result.output
    fake = tmp_path / "b.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a workbook")
    lock = tmp_path / "~$c.xlsx"
    lock.write_bytes(b"\x00" * 165)
    notes = tmp_path / "d.txt"
    notes.write_text("各单位的联系人\n", encoding="utf-8")
    result = run("aggregate", SAMPLE, fake, lock, notes, "-o", out)
    assert result.exit_code == 1, result.output
    assert f"{fake}: error: 不是可读取的 .xlsx 工作簿（文件已损坏，或是别的文件改了扩展名）" in result.output
    assert f"{lock}: note: 是 Excel、WPS 或 LibreOffice 打开工作簿时留下的临时文件，不是工作簿：跳过" in result.output
    assert f"{lock}: warning" not in result.output
    assert f"{notes}:1:1: error: 文件的最外层应是“键: 值”的映射" in result.output
    assert summed(out, NEW) == 38 and "Traceback" not in result.output


def test_one_unit_as_data_file_and_workbook_is_counted_once(tmp_path):
    """a.yaml and the a.xlsx exported from it were both summed, the unit counted twice."""
    unit = tmp_path / "a.yaml"
    shutil.copy(SAMPLE, unit)
    book = tmp_path / "a.xlsx"
    assert run("tables", "export", unit, "-o", book).exit_code == 0
    out = tmp_path / "region.yaml"
    result = run("aggregate", unit, book, "-o", out)
    assert result.exit_code == 0, result.output
    assert (f"{book}: warning: 与 {unit} 是同一单位（“某县自然资源局”2023 年度）的工作簿和数据文件，数字相同："
            f"只计入 {unit}") in result.output
    assert summed(out, NEW) == 38
    fill(book, {NEW: 40, GRANTED: 22})
    other = tmp_path / "b.yaml"
    other.write_text(SAMPLE.read_text(encoding="utf-8").replace("某县自然资源局", "某县财政局"), encoding="utf-8")
    result = run("aggregate", unit, book, other, "-o", out, "--force")
    assert result.exit_code == 1, result.output
    assert (f"{book}: warning: 未计入汇总：与 {unit} 是同一单位（“某县自然资源局”2023 年度）的工作簿和数据文件，而数字不同"
            f"（表三“一、本年新收政府信息公开申请数量”“自然人”：数据文件为 38，工作簿为 40）：两个都不计入。"
            f"请核对后运行 reportkit tables import {book} --into {unit}，再只给出 {unit}") in result.output
    assert summed(out, NEW) == 38  # b.yaml only
    assert run("aggregate", unit, book, other, "-o", tmp_path / "s.yaml", "--strict").exit_code == 1


@pytest.mark.parametrize("workbooks", [20])
def test_300_units_are_summed(tmp_path, workbooks):
    """280 data files and 20 workbooks are all summed (the time of such a run is in benchmarks/, not here)."""
    text = SAMPLE.read_text(encoding="utf-8")
    paths = []
    for i in range(300 - workbooks):
        path = tmp_path / f"u{i:03}.yaml"
        path.write_text(text.replace("某县自然资源局", f"某县第{i}单位"), encoding="utf-8")
        paths.append(path)
    blank = blank_workbook(tmp_path, "某镇")
    for i in range(workbooks):
        paths.append(fill(blank, {NEW: i + 1, GRANTED: i + 1}, tmp_path / f"某镇{i}2023.xlsx"))
    out = tmp_path / "region.yaml"
    result = run("aggregate", *paths, "-o", out)
    assert result.exit_code == 0, result.output
    assert summed(out, NEW) == 38 * (300 - workbooks) + sum(range(1, workbooks + 1))
    assert "汇总 300 个单位的统计表" in out.read_text(encoding="utf-8")


def test_a_workbook_of_another_year_beside_a_data_file_of_its_name_is_another_year(tmp_path):
    """a.xlsx of 2022 beside a.yaml of 2023 was called the same unit “with other numbers”, and both were left out: a
    file of the same name but another year is last year's form, left out as another year, and a.yaml counts."""
    unit = tmp_path / "a.yaml"
    shutil.copy(SAMPLE, unit)
    last = tmp_path / "old" / "a.yaml"
    last.parent.mkdir()
    last.write_text(SAMPLE.read_text(encoding="utf-8").replace("year: 2023", "year: 2022", 1), encoding="utf-8")
    book = tmp_path / "a.xlsx"
    assert run("tables", "export", last, "-o", book).exit_code == 0
    out = tmp_path / "region.yaml"
    result = run("aggregate", unit, book, "-o", out)
    assert result.exit_code == 1, result.output
    assert "同一单位" not in result.output
    assert f"{book}: warning: 未计入汇总：是 2022 年度" in result.output
    assert f"{unit}：请换成 2023 年度的工作簿，或另行汇总" in result.output  # a workbook is asked for, not a data file
    assert summed(out, NEW) == 38
