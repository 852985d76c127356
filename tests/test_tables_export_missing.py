"""``reportkit tables export`` of a data file whose tables are missing or partly written (a fresh file, or one whose
clerk deleted them): the workbook has them as 0 to fill in, and the import writes them into the data file."""
from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from test_tables import SAMPLE, XINZHOU, _filled, run

from reportkit.pipeline import check_file
from reportkit.plugins import load_plugins
from reportkit.tables import sheets
from reportkit.tables.export import cell_name

#: Numbers a clerk types, by data path: they add up (R1), in both editions.
TYPED = {
    ("tables", "active_disclosure", "administrative_licensing", "decisions"): 12,
    ("tables", "applications", "new_received", "natural_person"): 7,
    ("tables", "applications", "results", "granted", "natural_person"): 7,
    ("tables", "review_litigation", "reconsideration", "upheld"): 2,
}
#: The ``tables:`` block of a starter file, up to the next top-level key.
TABLES_BLOCK = re.compile(r"^tables:.*?(?=^\S|\Z)", re.MULTILINE | re.DOTALL)


def _cells(edition_sample) -> dict[tuple, tuple[str, str]]:
    """Each data path of ``TYPED`` → (sheet, cell) in the workbook of its edition (located on a complete report)."""
    report = check_file(edition_sample, load_plugins()).report
    where = {cell.path: (sheet.name, cell_name(*pos)) for sheet in sheets(report) for pos, cell in sheet.cells.items()}
    return {path: where[path] for path in TYPED}


def _starter(tmp_path, year: int, tables: str | None):
    """A starter data file of ``year`` with its ``tables:`` block replaced by ``tables`` (None: deleted)."""
    data = tmp_path / "report.yaml"
    assert run("init", "annual-report", "--year", year, "--agency", "某县档案局", "-o", data).exit_code == 0
    text = data.read_text(encoding="utf-8")
    assert TABLES_BLOCK.search(text)
    data.write_text(TABLES_BLOCK.sub(tables or "", text), encoding="utf-8")
    return data


def _line_of(data, key: str) -> int:
    return 1 + [line.startswith(key) for line in data.read_text(encoding="utf-8").splitlines()].index(True)


@pytest.mark.parametrize("year, sample", [(2020, XINZHOU), (2023, SAMPLE)], ids=["2019", "2021"])
@pytest.mark.parametrize("tables", [None, "tables:\n"], ids=["deleted", "empty"])
def test_a_data_file_without_tables_round_trips(tmp_path, year, sample, tables):
    """A data file without ``tables:`` (or with nothing after it) was refused with “缺少必填字段”: a clerk could not
    fill its tables in Excel. The workbook has every table as 0; the numbers typed in it are written into the data
    file, which then passes validation with them."""
    data = _starter(tmp_path, year, tables)
    book = tmp_path / "tables.xlsx"
    result = run("tables", "export", data, "-o", book)
    assert result.exit_code == 0, result.output
    where = f"{data}:{_line_of(data, 'tables:')}:1" if tables else f"{data}:{_line_of(data, 'kind:')}:1"
    assert (f"{where}: note: 数据文件中没有表二、表三、表四（tables.active_disclosure、tables.applications、"
            f"tables.review_litigation），导出的工作簿中这几张表的各格为 0：在工作簿中填好后运行 reportkit tables import "
            f"{book} --into {data}，即写入数据文件") in result.output.splitlines()
    cells = _cells(sample)
    wb = load_workbook(book)
    assert wb.sheetnames[:3] == ["表二", "表三", "表四"]
    assert all(wb[sheet][cell].value == 0 for sheet, cell in cells.values())

    _filled(book, {cells[path]: value for path, value in TYPED.items()})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert f"已把 4 个数字写入 {data}，并补上数据文件中没有的表二、表三、表四" in result.output
    text = data.read_text(encoding="utf-8")
    assert "    administrative_licensing: {decisions: 12}\n" in text
    assert "    reconsideration: {upheld: 2}\n" in text
    report = check_file(data, load_plugins()).report  # the rules pass
    assert report.tables.applications.new_received.natural_person.value == 7
    assert report.tables.applications.results.granted.natural_person.value == 7
    assert report.tables.review_litigation.reconsideration.upheld.value == 2


def test_some_tables_missing_are_exported_as_zeros_and_written_by_the_import(tmp_path):
    """``tables:`` with 表三 only (表二 deleted, 表四 left empty): the workbook has 表三's numbers and the two others as
    0; the import writes the numbers typed in 表二 and adds an untouched 表四 as ``{}``, so that the file validates."""
    data = _starter(tmp_path, 2023, "tables:\n  applications:\n    new_received: {natural_person: 3}\n"
                                    "    results:\n      granted: {natural_person: 3}\n  review_litigation:\n")
    book = tmp_path / "tables.xlsx"
    result = run("tables", "export", data, "-o", book)
    assert result.exit_code == 0, result.output
    assert (f"{data}:{_line_of(data, 'tables:')}:1: note: 数据文件中没有表二、表四（tables.active_disclosure、"
            "tables.review_litigation），导出的工作簿中这几张表的各格为 0") in result.output
    cells = _cells(SAMPLE)
    sheet, cell = cells[("tables", "applications", "new_received", "natural_person")]
    assert load_workbook(book)[sheet][cell].value == 3

    _filled(book, {cells[("tables", "active_disclosure", "administrative_licensing", "decisions")]: 5})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert f"已把 1 个数字写入 {data}，并补上数据文件中没有的表二、表四" in result.output
    text = data.read_text(encoding="utf-8")
    assert "  active_disclosure:\n    administrative_licensing: {decisions: 5}\n  applications:\n" in text
    assert "  review_litigation: {}\n" in text
    report = check_file(data, load_plugins()).report
    assert report.tables.active_disclosure.administrative_licensing.decisions.value == 5


def test_an_untouched_workbook_adds_the_tables_as_empty(tmp_path):
    """All 0 in the workbook: no number to write, but the tables the file lacked are added (``{}``), so that it
    validates; a later import with numbers writes them as rows, not into ``{}``."""
    data = _starter(tmp_path, 2023, None)
    book = tmp_path / "tables.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    dry = run("tables", "import", book, "--into", data, "--dry-run")
    assert dry.exit_code == 0 and f"检查通过：导入将在 {data} 中补上没有的表二、表三、表四（各格为 0）（--dry-run，未写入）" \
        in dry.output, dry.output
    assert not TABLES_BLOCK.search(data.read_text(encoding="utf-8"))
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0 and f"已在 {data} 中补上没有的表二、表三、表四（各格为 0）" in result.output
    assert "\ntables:\n  active_disclosure: {}\n  applications: {}\n  review_litigation: {}\n" in \
        data.read_text(encoding="utf-8")
    check_file(data, load_plugins())
    again = run("tables", "import", book, "--into", data)
    assert again.exit_code == 0 and "未作修改" in again.output

    cells = _cells(SAMPLE)
    _filled(book, {cells[("tables", "review_litigation", "reconsideration", "upheld")]: 4})
    assert run("tables", "import", book, "--into", data).exit_code == 0
    assert "  review_litigation:\n    reconsideration: {upheld: 4}\n" in data.read_text(encoding="utf-8")


def test_rows_missing_are_exported_as_zeros(tmp_path):
    """A table with some rows written and the others left out: the rows written keep their numbers, the others are 0."""
    data = _starter(tmp_path, 2023, "tables:\n  active_disclosure:\n    administrative_licensing: {decisions: 9}\n"
                                    "  applications: {}\n  review_litigation:\n    reconsideration: {corrected: 1}\n")
    book = tmp_path / "tables.xlsx"
    result = run("tables", "export", data, "-o", book)
    assert result.exit_code == 0, result.output
    assert "note:" not in result.output
    cells = _cells(SAMPLE)
    wb = load_workbook(book)
    sheet, cell = cells[("tables", "active_disclosure", "administrative_licensing", "decisions")]
    assert wb[sheet][cell].value == 9
    sheet, cell = cells[("tables", "review_litigation", "reconsideration", "upheld")]
    assert wb[sheet][cell].value == 0 and wb[sheet]["B4"].value == 1  # 结果纠正


@pytest.mark.parametrize("tables, key, col, message", [
    ("tables:\n  active_disclosure:\n    regulations:\n  applications: {}\n  review_litigation: {}\n",
     "    regulations:", 17, "tables.active_disclosure.regulations：这里是空的（冒号后面什么也没写）：不用就删掉这一行，否则在这里写上内容"),
    ("tables:\n  active_disclosure:\n    regulations: {issued: }\n  applications: {}\n  review_litigation: {}\n",
     "    regulations:", 27, "tables.active_disclosure.regulations.issued：不能留空：没有数据请填 0"),
    ("tables: []\n", "tables:", 9, "tables：应为“键: 值”的映射"),
    ("tables:\n  active_disclosure: 无\n", "  active_disclosure: 无", 22, "tables.active_disclosure：应为“键: 值”的映射：在它下面分行写 regulations、normative_documents、"
     "administrative_licensing、administrative_penalty、administrative_coercion、administrative_fees，各比它多缩进两格，实际为“无”"),
], ids=["empty-row", "empty-cell", "a-list", "a-word"])
def test_other_partial_tables_are_refused_at_their_place(tmp_path, tables, key, col, message):
    """What export cannot take as 0 is one error at its line and column, with the fix; no workbook, no traceback."""
    data = _starter(tmp_path, 2023, tables)
    book = tmp_path / "tables.xlsx"
    result = run("tables", "export", data, "-o", book)
    assert result.exit_code == 1
    assert f"{data}:{_line_of(data, key)}:{col}: error: {message}" in result.output.splitlines(), result.output
    assert "note:" not in result.output and "Traceback" not in result.output and not book.exists()
