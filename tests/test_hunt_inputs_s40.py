"""Session 40's hunt: bad input a clerk types, hands in or names gets a Chinese message at its place with the fix, and
nothing is lost in silence or written over."""
from __future__ import annotations

import re

import pytest

from _reliability import SAMPLE, refused, run

ESCAPE = ("双引号内的 \\x、\\u、\\U 后面应是字符的十六进制编码（文字里的反斜杠，如 Windows 的路径，会被当成转义）："
          "改用单引号，或把 \\ 写成 \\\\")
SPECIAL = "这里的文字以 YAML 的特殊符号（! * & | > % @ ` 等）开头，被当成了标记：请给整段文字加引号"


def test_a_windows_path_in_double_quotes_is_told_in_chinese_and_nothing_is_written(tmp_path):
    data = tmp_path / "report.yaml"
    text = SAMPLE.read_text(encoding="utf-8").replace("  address: 某县人民路18号", '  address: "D:\\xinxi\\公开目录"')
    data.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run("render", data, "-o", out)
    assert result.exit_code == 1
    assert f"{data}:10:15: error: YAML 语法错误：{ESCAPE}" in result.output
    assert not out.exists()


@pytest.mark.parametrize(("raw", "place", "message"), [
    ('a: "某县\\u12"\n', "1:7", ESCAPE),
    ('a: "某县\\ud800"\n', "1:7", ESCAPE),
    ("a: |0\n  某县\n", "1:5", "“|”或“>”后面的数字是缩进的格数，不能是 0：删掉这个 0"),
    ("a: !x!y 某县\n", "1:4", SPECIAL),
    ("a: !<b 某县\n", "1:4", SPECIAL),
    ("%YAML 2.0\n---\na: 1\n", "1:1", SPECIAL),
    ("%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "2:1", SPECIAL),
    ("%TAG ! !a\n%TAG ! !b\n---\na: 1\n", "2:1", SPECIAL),
    ("a: ? 待定\n", "1:4", "以“? ”开头的文字被 YAML 当成了键：请给整段文字加引号"),
])
def test_every_yaml_syntax_error_a_clerk_can_type_is_said_in_chinese(raw, place, message):
    [line] = refused(raw)
    assert line == f"f.yaml:{place}: error: YAML 语法错误：{message}"
    assert not re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", line)


def _unit(path, agency):
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace("agency: 某县自然资源局", f"agency: {agency}"), encoding="utf-8")
    return path


def test_aggregate_names_a_unit_saved_with_txt_added_and_a_subfolder_of_units(tmp_path):
    units = tmp_path / "各单位"
    (units / "乡镇").mkdir(parents=True)
    counted = _unit(units / "某局.yaml", "某县某局")
    notepad = _unit(units / "某中心.yaml.txt", "某县某中心")
    _unit(units / "乡镇" / "某镇.yaml", "某县某镇")
    (units / "说明.txt").write_text("各单位交来的数据\n", encoding="utf-8")
    out = tmp_path / "某县2023.yaml"
    result = run("aggregate", units, "-o", out)
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert (f"{units / '乡镇'}: warning: 子文件夹中的数据文件和工作簿未计入汇总：要计入，请把这个文件夹也写在命令里"
            f"（reportkit aggregate {units} {units / '乡镇'} …），或把其中的文件移到 {units} 中") in lines
    assert f"{notepad}: warning: 未计入汇总：文件名多了记事本加上的 .txt，没有读取：请把文件名改为 某中心.yaml 后再汇总" in lines
    assert not any("说明.txt" in line for line in lines)
    header = out.read_text(encoding="utf-8").splitlines()
    assert header[1] == f"# 由 reportkit aggregate 汇总 1 个单位的统计表：{counted}"
    assert f"#   未计入：{notepad}" in header

    result = run("aggregate", units, units / "乡镇", "-o", out, "--force")
    assert "子文件夹" not in result.output
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("# 由 reportkit aggregate 汇总 2 个单位的统计表：")


@pytest.mark.parametrize("name", ["2024年报.docx", "2024年报.PDF", "2024年报.json"])
def test_init_refuses_a_document_s_name_for_the_data_file(tmp_path, name):
    """-o 2024年报.docx was refused as a DOCX that does not open; a .json name got the YAML text."""
    output = tmp_path / name
    result = run("init", "annual-report", "--year", "2023", "-o", output)
    assert result.exit_code == 2
    assert (f"error: -o/--output：“{output}”是 {output.suffix[1:].upper()} 文件的名字，而 init 写的是 YAML 数据文件，"
            f"文件名应以 .yaml 结尾：请改为 -o {tmp_path / '2024年报.yaml'}；文档由 reportkit render 生成\n") in result.output
    assert list(tmp_path.iterdir()) == []


def test_init_from_last_year_never_writes_over_last_year_s_file(tmp_path):
    last = tmp_path / "2023.yaml"
    last.write_bytes(SAMPLE.read_bytes())
    for output in (last, tmp_path / "." / "2023.yaml"):
        result = run("init", "--from", last, "-o", output, "--force")
        assert result.exit_code == 2
        assert (f"error: {output} 是 --from 给出的上年报告，不能写成本年的文件（--force 也不行）：请给 -o 另取一个文件名，"
                "如 -o 2024.yaml\n") in result.output
    assert last.read_bytes() == SAMPLE.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2023.yaml"]


def test_aggregate_says_an_empty_list_of_expected_units_checked_nothing(tmp_path):
    unit = _unit(tmp_path / "某局.yaml", "某县某局")
    expect = tmp_path / "应报单位.txt"
    expect.write_text("# 应报单位\n\n", encoding="utf-8")
    result = run("aggregate", unit, "-o", tmp_path / "某县.yaml", "--expect", expect)
    assert result.exit_code == 0, result.output
    assert (f"{expect}: warning: 应报单位的清单是空的（只有空行或注释），没有核对缺报：请每行写一个单位的文件名"
            in result.output.splitlines())


@pytest.mark.parametrize("written", ["45352", '"45352"'])
def test_a_date_copied_as_excel_s_serial_number_is_given_the_date(tmp_path, written):
    data = tmp_path / "report.yaml"
    data.write_text(SAMPLE.read_text(encoding="utf-8").replace("date: 2024-01-25", f"date: {written}"), encoding="utf-8")
    result = run("validate", data)
    assert result.exit_code == 1
    assert (f"{data}:7:7: error: date：应为日期，写成 2021-02-05 的形式：“45352”是 Excel 的日期序号（日期的格设成了“常规”格式"
            "时显示的数），请写作 2024-03-01") in result.output.splitlines()


def test_a_key_in_braces_without_a_blank_after_its_colon_is_told_to_add_it(tmp_path):
    data = tmp_path / "report.yaml"
    text = SAMPLE.read_text(encoding="utf-8").replace("administrative_penalty: {decisions: 37}",
                                                      "administrative_penalty: {decisions:37}")
    data.write_text(text, encoding="utf-8")
    result = run("validate", data)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{data}:58:30: error: tables.active_disclosure.administrative_penalty.decisions:37：未知字段“decisions:37”。"
        "键“decisions”的冒号后面缺少空格：请写成“decisions: 37”")
