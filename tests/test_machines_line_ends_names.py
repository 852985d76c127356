"""Files and habits of other machines: Windows line ends in data files, names with blanks typed without quotes,
spreadsheets Excel or WPS saved in other formats, names longer than the file system takes."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


# Two items of the overview, inserted under ``overview:``: one with a blank line inside (two paragraphs meant), one
# whose next line starts with "#" (a comment to YAML, lost text to the clerk).
ITEMS = ("    - 本年度调整了专栏的栏目设置，\n"
         "\n"
         "      新设两个专题。\n"
         "    - 全年收到公众留言若干\n"
         "      #复核意见6条。\n")


def _with_items() -> tuple[str, int]:
    """The sample's text with :data:`ITEMS`, and the line of their first item."""
    text = SAMPLE.read_text(encoding="utf-8")
    head, found, tail = text.partition("  overview:\n")
    assert found
    return head + found + ITEMS + tail, head.count("\n") + 2


def _warnings(output: str, name: str) -> list[str]:
    return [line.replace(name, "DATA") for line in output.splitlines() if ": warning: " in line]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "gbk"], ids=["utf8", "notepad-unicode", "notepad-ansi"])
def test_a_data_file_with_windows_line_ends_gets_every_warning_at_the_same_place(tmp_path, encoding):
    """With CRLF line ends a blank line inside a text was not warned of (the check looked for two "\\n" in a row) and the
    text lost to a comment line was quoted with the carriage return at its end."""
    text, first = _with_items()
    (tmp_path / "lf.yaml").write_text(text, encoding="utf-8", newline="\n")
    (tmp_path / "crlf.yaml").write_bytes(text.replace("\n", "\r\n").encode(encoding))
    lf = run("validate", tmp_path / "lf.yaml")
    crlf = run("validate", tmp_path / "crlf.yaml")
    assert lf.exit_code == crlf.exit_code == 0, crlf.output
    expected = _warnings(lf.output, str(tmp_path / "lf.yaml"))
    # the two warnings, where the items are: the blank line at the text's start, the comment at its "#"
    assert f"DATA:{first}:7: warning: 这段文字中间有空行，空行不会印出，前后的文字连成一段：要分成两段，请在空行处另起一项“- ”" \
        in expected
    assert any(line.startswith(f"DATA:{first + 4}:7: warning: “#复核意见6条。”被 YAML 当作注释而丢失（这一行以 # 开头）")
               for line in expected), expected
    assert _warnings(crlf.output, str(tmp_path / "crlf.yaml")) == expected
    assert "\r" not in crlf.output


@pytest.mark.parametrize("command", [["render"], ["validate"], ["check"], ["import"], ["aggregate", "-o", "县.yaml"],
                                     ["tables", "export"]])
def test_a_name_with_blanks_typed_without_quotes_is_named_with_the_fix(tmp_path, monkeypatch, command):
    """``reportkit validate 年报 2023.yaml`` (a name with a blank, unquoted: two arguments) said “文件不存在” for 年报 and
    for 2023.yaml; ``check`` and ``import`` that the path 年报 did not exist, ``tables export`` click's English “Got
    unexpected extra argument (2023.yaml)”."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(SAMPLE, tmp_path / "年报 2023 定稿.yaml")
    result = run(*command, "年报", "2023", "定稿.yaml")
    assert result.exit_code == 2, result.output
    assert result.output.splitlines()[0] == ('error: “年报”“2023”“定稿.yaml”都不存在，合起来的“年报 2023 定稿.yaml”才是：'
                                             '名字中有空格时，请给整个名字加英文引号，写成 "年报 2023 定稿.yaml"')
    assert f"{' '.join(command[:2] if command[0] == 'tables' else command[:1])} [选项]" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["年报 2023 定稿.yaml"]


def test_an_argument_too_many_is_told_in_chinese(tmp_path):
    """Where no name with blanks explains it, an argument too many was click's English “Got unexpected extra
    argument”."""
    shutil.copy(SAMPLE, tmp_path / "年报.yaml")
    result = run("tables", "export", tmp_path / "年报.yaml", "定稿", "-o", tmp_path / "t.xlsx")
    assert result.exit_code == 2 and not (tmp_path / "t.xlsx").exists()
    assert ('error: 多出了参数“定稿”：文件名或文件夹名中有空格时，请给整个名字加英文引号，如 "年报 2023.yaml"'
            in result.output.splitlines())
    assert "Got unexpected" not in result.output


SAVE_AS = "在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再汇总"


@pytest.mark.parametrize("given", ["folder", "files"])
def test_aggregate_names_a_csv_or_an_old_excel_file_with_how_to_save_it(tmp_path, given):
    """A unit's CSV or .xls from Excel: in a folder it was passed over without a word; named on the command line a CSV
    was read as a data file (“文件的最外层应是‘键: 值’的映射”)."""
    units = tmp_path / "各单位"
    units.mkdir()
    shutil.copy(SAMPLE, units / "甲局.yaml")
    (units / "乙局.csv").write_bytes("表二,本年制发件数\r\n规章,3\r\n".encode("gbk"))
    (units / "丙局.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))  # an OLE file's header
    files = [units] if given == "folder" else sorted(units.iterdir())
    result = run("aggregate", *files, "-o", tmp_path / "县.yaml")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert f"{units / '乙局.csv'}: error: reportkit 只能读取 .xlsx 工作簿，不能读取 .csv 文件：请{SAVE_AS}" in lines
    assert any(line.startswith(f"{units / '丙局.xls'}: error: 这是旧版 Excel（.xls）或 WPS（.et）格式的文件")
               and line.endswith(SAVE_AS) for line in lines), lines
    for name in ("乙局.csv", "丙局.xls"):
        assert any(line.startswith(f"{units / name}: warning: 未计入汇总") for line in lines), lines
    assert "映射" not in result.output
    assert f"已汇总 1 个单位的统计表到 {tmp_path / '县.yaml'}" in result.output


# A published report's text copy, in our own words: a title and three of its parts.
TEXT_COPY = """某县文旅局2023年政府信息公开工作年度报告

一、总体情况
本局按年初计划推进公开，全年更新专栏信息一百余条。
二、主动公开政府信息情况
见下表。
三、收到和处理政府信息公开申请情况
全年收到申请两件，均按期答复。
"""


def test_importing_under_a_name_too_long_for_the_file_system_says_so(tmp_path):
    """A data file name over 255 bytes (-o with a 251-character name.yaml) was said to exist already “内容与这次导入的
    不同”, with the fix to rename or delete it: there was nothing to rename."""
    source = tmp_path / "年报.txt"
    source.write_text(TEXT_COPY, encoding="utf-8")
    (tmp_path / "out").mkdir()  # in a folder not there yet, the folder's absence is met first
    target = tmp_path / "out" / f"{'b' * 251}.yaml"  # a name given (one made from the report's is cut to fit)
    result = run("import", source, "-o", target)
    assert result.exit_code == 1
    assert f"{target}: error: 写入失败（文件名过长），原有文件未改动" in result.output.splitlines()
    assert "已经存在" not in result.output
    assert not re.search(r"\.rk\d+-", "".join(p.name for p in (tmp_path / "out").iterdir()))
