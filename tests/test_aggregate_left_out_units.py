"""reportkit aggregate with units left out of the sum (a workbook that does not read, one not handed in): the others
are still summed and written, the summed file names the units it lacks, and the run exits 1, so that the sum is not
taken for the region's whole one."""
from __future__ import annotations

from test_aggregate_workbooks import GRANTED, NEW, blank_workbook, fill, run, summed


def test_a_bad_workbook_and_a_missing_unit_leave_the_others_summed_and_exit_1(tmp_path):
    units = tmp_path / "各单位"
    units.mkdir()
    for agency, n in (("某镇", 2), ("某乡", 3)):
        fill(blank_workbook(tmp_path, agency), {NEW: n, GRANTED: n}, units / f"{agency}2023.xlsx")
    # a formula openpyxl saved without its value, as a program that does not calculate leaves it
    bad = fill(blank_workbook(tmp_path, "某街道"), {NEW: "=2+3", GRANTED: 5}, units / "某街道2023.xlsx")
    expect = tmp_path / "应报单位.txt"
    expect.write_text("某镇2023\n某乡2023\n某街道2023\n某村2023\n", encoding="utf-8")
    out = tmp_path / "某县2023.yaml"
    result = run("aggregate", units, "-o", out, "--expect", expect)
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert (f"{bad}:表三!D4: error: 表三“一、本年新收政府信息公开申请数量”“自然人”：这一格是公式“=2+3”，工作簿里没有存下它"
            "算出的数：请直接填数字（或复制后“选择性粘贴→数值”）") in lines
    assert lines[-1] == (f"已汇总 2 个单位的统计表到 {out}，不含未计入的 1 个单位和清单中未交来的 1 个单位（见上，也列在 {out} "
                         "开头的注释里）：请这些单位改正或补交后，加 --force 重新汇总")
    assert summed(out, NEW) == 2 + 3 and summed(out, GRANTED) == 2 + 3
    header = out.read_text(encoding="utf-8").splitlines()[1:5]
    assert header[1:] == ["# 以下单位的数字不在本文件中（原因见汇总时的提示），改正或补交后请重新汇总：",
                          f"#   未计入：{bad}", "#   缺报：清单中的“某村2023”不在所给的文件中"]


def test_with_every_unit_summed_the_run_exits_0_and_names_none_left_out(tmp_path):
    units = [fill(blank_workbook(tmp_path, agency), {NEW: 1, GRANTED: 1}, tmp_path / f"{agency}2023.xlsx")
             for agency in ("某镇", "某乡")]
    out = tmp_path / "某县2023.yaml"
    result = run("aggregate", *units, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith(f"已汇总 2 个单位的统计表到 {out}；")
    assert "不在本文件中" not in out.read_text(encoding="utf-8")
