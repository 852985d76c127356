"""A unit's file sent twice under two names (某镇2023(1).xlsx as a chat app saves a second download, a data file's
“ - 副本”): the same bytes are counted once, with a warning naming the file counted."""
from __future__ import annotations

import shutil

import openpyxl

from test_aggregate_workbooks import GRANTED, NEW, SAMPLE, blank_workbook, fill, run, summed


def test_a_workbook_sent_twice_is_counted_once(tmp_path):
    units = tmp_path / "各单位"
    units.mkdir()
    town = fill(blank_workbook(tmp_path, "某镇"), {NEW: 4, GRANTED: 4}, units / "某镇2023.xlsx")
    again = units / "某镇2023(1).xlsx"
    shutil.copy(town, again)
    fill(blank_workbook(tmp_path, "某乡"), {NEW: 3, GRANTED: 3}, units / "某乡2023.xlsx")
    out = tmp_path / "某县2023.yaml"
    result = run("aggregate", units, "-o", out)
    assert result.exit_code == 0, result.output
    assert f"{town}: warning: 与 {again} 的内容完全相同（同一份文件交了两次）：只计入 {again}" in result.output.splitlines()
    assert summed(out, NEW) == 4 + 3 and summed(out, GRANTED) == 4 + 3
    assert "汇总 2 个单位的统计表" in out.read_text(encoding="utf-8")


def test_a_data_file_and_its_copy_are_counted_once(tmp_path):
    first, copy = tmp_path / "a.yaml", tmp_path / "a - 副本.yaml"
    shutil.copy(SAMPLE, first)
    shutil.copy(SAMPLE, copy)
    out = tmp_path / "region.yaml"
    result = run("aggregate", first, copy, "-o", out)
    assert result.exit_code == 0, result.output
    assert f"{copy}: warning: 与 {first} 的内容完全相同（同一份文件交了两次）：只计入 {first}" in result.output.splitlines()
    assert summed(out, NEW) == 38 and "两个都已计入" not in result.output


def test_a_file_of_the_same_unit_and_numbers_saved_again_is_counted_once(tmp_path):
    """Not the same bytes (a comment added, or the workbook opened and saved again), the same agency, year and numbers:
    the same unit's file sent twice."""
    first, again = tmp_path / "a.yaml", tmp_path / "a（改）.yaml"
    shutil.copy(SAMPLE, first)
    again.write_text(SAMPLE.read_text(encoding="utf-8") + "# 复制后改过\n", encoding="utf-8")
    out = tmp_path / "region.yaml"
    result = run("aggregate", first, again, "-o", out)
    assert result.exit_code == 0, result.output
    assert (f"{again}: warning: 与 {first} 的报告逐字逐数相同（同一单位的文件修改或另存后又交了一次）：只计入 {first}"
            in result.output.splitlines())
    assert summed(out, NEW) == 38 and "两个都已计入" not in result.output
    assert "汇总 1 个单位的统计表" in out.read_text(encoding="utf-8")


def test_a_workbook_saved_again_is_counted_once(tmp_path):
    units = tmp_path / "各单位"
    units.mkdir()
    town = fill(blank_workbook(tmp_path, "某镇"), {NEW: 4, GRANTED: 4}, units / "某镇2023.xlsx")
    book = openpyxl.load_workbook(town)
    book.properties.lastModifiedBy = "某镇办公室"  # opened and saved again on another computer: other bytes
    again = units / "某镇2023（修改）.xlsx"
    book.save(again)
    assert town.read_bytes() != again.read_bytes()
    fill(blank_workbook(tmp_path, "某乡"), {NEW: 3, GRANTED: 3}, units / "某乡2023.xlsx")
    out = tmp_path / "某县2023.yaml"
    result = run("aggregate", units, "-o", out)
    assert result.exit_code == 0, result.output
    assert "（同一单位的文件修改或另存后又交了一次）" in result.output
    assert summed(out, NEW) == 4 + 3 and summed(out, GRANTED) == 4 + 3
