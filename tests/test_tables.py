"""Excel in and out: the exported workbook opened with openpyxl, edited, saved by LibreOffice and re-imported."""
from __future__ import annotations

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


@pytest.fixture
def exported(tmp_path):
    data = tmp_path / "report.yaml"
    shutil.copy(SAMPLE, data)
    book = tmp_path / "tables.xlsx"
    result = run("tables", "export", data, "-o", book)
    assert result.exit_code == 0, result.output
    return data, book


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


def test_wrong_total_reported_at_its_cell(exported):
    data, book = exported
    before = data.read_text(encoding="utf-8")
    wb = load_workbook(book)
    wb["表三"]["J4"] = 99  # the formula overwritten with a wrong total
    wb["表四"]["A4"] = "/"
    wb["表三"]["E5"] = 1.5
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(l.startswith(f"{book}:表三!J4: error: 表三 第“一、本年新收政府信息公开申请数量”行 “总计”列") and "99" in l
               for l in lines), result.output
    assert f"{book}:表四!A4: error: tables.review_litigation.reconsideration.upheld：不能写“/”：没有数据请填 0" in lines
    assert any(l.startswith(f"{book}:表三!E5: error:") and "不能有小数" in l for l in lines)
    assert data.read_text(encoding="utf-8") == before


def test_moved_rows_are_refused(exported):
    data, book = exported
    wb = load_workbook(book)
    wb["表三"].insert_rows(6)
    wb.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert f"{book}:表三!B6: error: 这一格应为“（一）予以公开”" in result.output


def test_init_xlsx_is_an_empty_template(tmp_path):
    result = run("init", "annual-report", "--year", "2023", "-o", tmp_path / "r.yaml", "--xlsx")
    assert result.exit_code == 0, result.output
    ws = load_workbook(tmp_path / "r.xlsx")["表三"]
    assert ws["D4"].value == 0 and ws["J4"].value == "=SUM(D4:I4)"


def _calc(tmp_path, book: Path, outdir: Path) -> Path:
    """``book`` opened and saved again as .xlsx by LibreOffice Calc; skips when Calc is not installed."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                           "xlsx", "--outdir", outdir, book], capture_output=True, text=True, timeout=180)
    if "could not be loaded" in done.stdout + done.stderr:
        pytest.skip("LibreOffice Calc is not installed (apt install libreoffice-calc-nogui)")
    return outdir / book.name


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
