"""A 2021 表二 fee column headed in 元 (a province's template, 本年收费金额（单位：元）) in a workbook: its number is read
in 元 and converted to the table's 万元 with a note at the cell, as ``reportkit import`` converts a published fee in 元;
refused where the cell says otherwise (shown as 万元, or finer than the fen). And ``reportkit import`` prints that
conversion as the note it is, not as a warning of something left unmapped."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import yaml
from click.testing import CliRunner
from test_import_forms2021 import plain_page

from reportkit.cli import cli

REPORT = (Path(__file__).parents[1] / "examples" / "sample-2021.yaml").read_text("utf-8")
LABEL = "表二“行政事业性收费”“本年收费金额（单位：万元）”"


def imported(tmp_path, head: str, amount, number_format: str = "General") -> tuple[int, list[str], object]:
    """``tables import`` of the exported workbook with its fee head (表二!B13) and fee (B14) typed anew: the exit code,
    the output's lines (the folder left out) and the fee the data file then holds."""
    data = tmp_path / "data.yaml"
    data.write_text(REPORT, "utf-8")
    book_path = tmp_path / "t.xlsx"
    assert CliRunner().invoke(cli, ["tables", "export", str(data), "-o", str(book_path)]).exit_code == 0
    book = openpyxl.load_workbook(book_path)
    sheet = book["表二"]
    assert sheet["B13"].value == "本年收费金额（单位：万元）" and sheet["A14"].value == "行政事业性收费"
    sheet["B13"], sheet["B14"] = head, amount
    sheet["B14"].number_format = number_format
    book.save(book_path)
    result = CliRunner().invoke(cli, ["tables", "import", str(book_path), "--into", str(data)])
    lines = [line.replace(str(tmp_path) + "/", "") for line in result.output.splitlines()]
    fee = yaml.safe_load(data.read_text("utf-8"))["tables"]["active_disclosure"]["administrative_fees"]["amount"]
    return result.exit_code, lines, fee


def test_a_fee_under_a_head_in_yuan_is_converted_with_a_note(tmp_path):
    """It was refused at the head, with the division left to the clerk."""
    code, out, fee = imported(tmp_path, "本年收费金额（单位：元）", 5236400)
    assert code == 0, out
    assert fee == 523.64
    assert (f"t.xlsx:表二!B14: note: {LABEL}：表头“本年收费金额（单位：元）”以元计，这一列以万元计，已把 5236400 换算为 "
            "523.64万元") in out


def test_a_fee_in_yuan_and_fen_typed_as_text_is_converted_to_its_places(tmp_path):
    code, out, fee = imported(tmp_path, "本年收费金额（元）", "5236412.50")
    assert code == 0, out
    assert fee == 523.64125
    assert any(line.startswith("t.xlsx:表二!B14: note: ") and line.endswith("已把 5236412.50 换算为 523.64125万元")
               for line in out), out


def test_a_fee_under_a_head_in_yuan_shown_as_wan_yuan_is_refused(tmp_path):
    """The head says 元, the cell 万元 (the export's format kept): which is meant, only the clerk knows."""
    code, out, fee = imported(tmp_path, "本年收费金额（元）", 5236400, '0.0000##"万元"')
    assert code == 1
    assert fee == 412.3562  # the data file as it was
    assert (f"t.xlsx:表二!B14: error: {LABEL}：表头写的是“本年收费金额（元）”，而这一格的 5236400 显示为万元：若这一列的数以万元计，"
            "请把表头改为“本年收费金额（单位：万元）”；若以元计，请把这一格的数字格式改为“常规”") in out


def test_a_fee_finer_than_the_fen_under_a_head_in_yuan_is_refused(tmp_path):
    """412.3562 has four places: 万元 under a head relabelled, not 元, which it would be read as 0.04123562 万元."""
    code, out, fee = imported(tmp_path, "本年收费金额（元）", 412.3562)
    assert code == 1
    assert fee == 412.3562
    assert (f"t.xlsx:表二!B14: error: {LABEL}：表头写的是“本年收费金额（元）”，而这一格的 412.3562 有 4 位小数，不像以元计的数"
            "（元只精确到分）：若这一列的数以万元计，请把表头改为“本年收费金额（单位：万元）”；若以元计，请核对这个数") in out


def test_import_prints_a_fee_converted_from_yuan_as_a_note(tmp_path):
    """It printed “warning:” and counted it among the things not mapped, though filed as a note."""
    page = plain_page("某县自然资源局", 2022, "2021")
    assert page.count(">36.42</td>") == 1
    source = tmp_path / "report.html"
    source.write_text(page.replace(">36.42</td>", ">364200元</td>"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "report.yaml")])
    assert result.exit_code == 0, result.output
    lines = [line.replace(str(tmp_path) + "/", "") for line in result.output.splitlines()]
    converted = [line for line in lines if "已换算为 36.42万元" in line]
    assert converted == [f"report.html: note: 第 1 个表格第 14 行：{LABEL}：原文“364200元”以元计，这一列以万元计，已换算为 36.42万元"]
    assert "已导入 report.yaml（所有数据都已映射，校验通过）" in lines
