"""An amount typed with ¥ (or the full-width ￥) in 表二's 本年收费金额, which counts 万元: ¥ says 人民币, not whether the
number is in 元 or 万元. It was taken as 元 without saying so (“这一项以万元计，写作 0.041236”), a fix ten thousand times
too small for a clerk who meant 万元; the message says which unit was taken and how to write either."""
from __future__ import annotations

import openpyxl
import pytest

from test_aggregate_workbooks import blank_workbook, run

LABEL = "表二“行政事业性收费”“本年收费金额（单位：万元）”"


@pytest.mark.parametrize("typed, said", [
    ("￥412.36", "只填数字，不要写“￥”：“￥”没有写明单位，按元读取，这一格以万元计，写作 0.041236；若 412.36 本来就是万元，写作 412.36"),
    ("¥4,123,600", "只填数字，不要写“¥”：“¥”没有写明单位，按元读取，这一格以万元计，写作 412.36；若 4123600 本来就是万元，写作 4123600"),
], ids=["full-width", "grouped"])
def test_a_yen_sign_in_a_cell_of_wan_yuan_names_both_readings(exported, typed, said):
    data, book = exported
    workbook = openpyxl.load_workbook(book)
    workbook["表二"]["B14"] = typed
    workbook.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert f"{book}:表二!B14: error: {LABEL}：{said}" in result.output.splitlines(), result.output


def test_a_unit_s_yen_sign_is_named_and_the_unit_not_summed(tmp_path):
    book = blank_workbook(tmp_path, "某镇")
    workbook = openpyxl.load_workbook(book)
    workbook["表二"]["B14"] = "￥3.5"
    workbook.save(book)
    out = tmp_path / "某县2023.yaml"
    result = run("aggregate", book, "-o", out)
    assert result.exit_code == 1 and not out.exists()
    assert (f"{book}:表二!B14: error: {LABEL}：只填数字，不要写“￥”：“￥”没有写明单位，按元读取，这一格以万元计，写作 0.00035；"
            "若 3.5 本来就是万元，写作 3.5") in result.output.splitlines(), result.output
