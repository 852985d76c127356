"""Bad input the command line still got wrong after session 41: a symbolic link in a loop called “文件不存在” or ending in
a traceback, Dask's English on a scheduler that is not there, empty option values taken silently, a plugin name
with punctuation, a YAML error told as a list-number slip inside a ``|`` text, a pipe that made ``aggregate`` hang."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.errors import InvalidData
from reportkit.load import load_text

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
#: What reportkit says of a link in a loop (write.reason of ELOOP).
LOOP = "路径中的符号链接（快捷方式）互相指向，形成了循环"

posix = pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "mkfifo"), reason="POSIX links and pipes")


def run(*args, cwd: Path | None = None):
    """``reportkit ARGS`` in-process; an exception escaping the CLI fails the test (that is a traceback)."""
    old = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        return CliRunner().invoke(cli, [str(a) for a in args], prog_name="reportkit", catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture
def loops(tmp_path) -> Path:
    """A folder holding links in a loop: loop.yaml, lo.pdf, lo.csv, lo.yaml (each to itself) and ld (a folder's)."""
    for name in ("loop.yaml", "lo.pdf", "lo.csv", "lo.yaml", "ld"):
        (tmp_path / name).symlink_to(name)
    return tmp_path


@posix
def test_aggregate_says_a_unit_s_file_is_a_link_in_a_loop(loops):
    result = run("aggregate", "loop.yaml", SAMPLE, "-o", "sum.yaml", cwd=loops)
    assert f"loop.yaml: warning: 未计入汇总：{LOOP}：请删去这个链接，或让它指向真实的文件或文件夹" in result.output
    assert "文件不存在" not in result.output


@posix
def test_aggregate_of_a_folder_names_a_link_in_a_loop_in_it(tmp_path):
    """It was left out in silence: the sum lacked a unit and nothing said so."""
    units = tmp_path / "units"
    units.mkdir()
    (units / "a.yaml").write_bytes(SAMPLE.read_bytes())
    (units / "b.yaml").symlink_to("b.yaml")
    result = run("aggregate", units, "-o", tmp_path / "sum.yaml")
    assert f"{units / 'b.yaml'}: warning: 未计入汇总：{LOOP}" in result.output
    assert result.exit_code == 1


@posix
@pytest.mark.parametrize(("args", "name", "option"), [
    (["render", SAMPLE, "-o", "lo.pdf"], "lo.pdf", "-o"),
    (["render", SAMPLE, "-f", "json", "-o", "out", "--report", "lo.csv"], "lo.csv", "--report"),
    (["check", SAMPLE, "--report", "lo.csv"], "lo.csv", "--report"),
    (["aggregate", SAMPLE, "-o", "lo.yaml"], "lo.yaml", "-o"),
    (["init", "work-plan", "--year", "2023", "-o", "lo.yaml"], "lo.yaml", "-o"),
], ids=["render-o", "render-report", "check-report", "aggregate-o", "init-o"])
def test_an_output_that_is_a_link_in_a_loop_is_refused_before_any_work(loops, args, name, option):
    """render, check, aggregate ended in a RuntimeError traceback; init replaced the link with its file."""
    result = run(*args, cwd=loops)
    assert f"{name}: error: 无法写入（{LOOP}）：请删去这个链接，或给 {option} 另取一个名字" in result.output
    assert result.exit_code == 1
    assert (loops / name).is_symlink() and os.readlink(loops / name) == name
    assert not (loops / "out").exists()


@posix
def test_previous_that_is_a_link_in_a_loop_is_said_to_be_one(loops):
    result = run("validate", SAMPLE, "--previous", "loop.yaml", cwd=loops)
    assert f"loop.yaml: error: 上年报告：无法读取：{LOOP}" in result.output
    assert "找不到" not in result.output and result.exit_code == 1
    result = run("validate", SAMPLE, "--previous", "nothing.yaml", cwd=loops)
    assert "nothing.yaml: error: 找不到 --previous 给出的上年报告：请检查路径" in result.output  # guard


@posix
def test_previous_dir_that_is_a_link_in_a_loop_is_said_to_be_one(loops):
    result = run("validate", SAMPLE, "--previous-dir", "ld", cwd=loops)
    assert f"error: --previous-dir 给出的 ld 无法读取：{LOOP}：请删去这个链接" in result.output
    assert result.exit_code == 1


@pytest.mark.parametrize(("address", "said"), [
    ("tcp://127.0.0.1:1", "连接被拒绝，这个地址的这个端口上没有调度器在运行：请确认已在那台机器上运行 dask scheduler"),
    ("tcp://no-such-host.invalid:8786", "找不到这个主机（主机名无法解析）：请检查主机名是否写对，或改用那台机器的 IP 地址"),
    ("127.0.0.1", "地址的写法不对：请写成 tcp://主机:端口，如 tcp://10.0.0.5:8786"),
], ids=["refused", "unknown-host", "no-port"])
def test_a_dask_scheduler_that_cannot_be_reached_is_said_in_chinese(tmp_path, monkeypatch, address, said):
    """The line carried Dask's English (“Timed out trying to connect … after 10 s”, “missing port number”)."""
    distributed = pytest.importorskip("distributed")
    real = distributed.Client
    monkeypatch.setattr(distributed, "Client", lambda where, timeout: real(where, timeout="2s"))  # not 10 s a test
    result = run("render", SAMPLE, "-f", "json", "-o", tmp_path, "--scheduler", address)
    assert result.exit_code == 1
    assert f"error: 无法连接 Dask 调度器 {address}：{said}" in result.output
    assert not any(word in result.output for word in ("Timed out", "missing port", "refused", "Errno"))
    assert not (tmp_path / "sample-2021.json").exists()


@pytest.mark.parametrize(("args", "option"), [
    (["init", "annual-report", "--agency", "", "-o", "new.yaml"], "--agency"),
    (["init", "annual-report", "--agency", "   ", "-o", "new.yaml"], "--agency"),
    (["validate", SAMPLE, "--layout", ""], "--layout"),
    (["render", SAMPLE, "-f", "json", "-o", ""], "-o/--output"),
    (["render", SAMPLE, "-f", "json", "-o", "out", "--scheduler", ""], "--scheduler"),
    (["new-plugin", "demo", "--title=", "-o", "pkg"], "--title"),
    (["aggregate", SAMPLE, "-o", "sum.yaml", "--agency", "\u3000"], "--agency"),
], ids=["agency", "agency-blanks", "layout", "output", "scheduler", "title", "agency-full-width"])
def test_an_empty_option_value_is_refused(tmp_path, args, option):
    """Each went on silently: an empty agency written into the data file, ``-o ''`` the current folder,
    ``--scheduler ''`` no cluster at all."""
    result = run(*args, cwd=tmp_path)
    assert result.exit_code == 2, result.output
    assert f"error: 选项“{option}”的值是空的" in result.output
    assert "请在引号里写上要用的值，或去掉这个选项" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [["init", "", "-o", "new.yaml"], ["validate", " "]], ids=["init-kind", "validate"])
def test_an_empty_argument_is_refused(tmp_path, args):
    """``init ''`` ended in an AttributeError traceback; ``validate ''`` named the current folder."""
    result = run(*args, cwd=tmp_path)
    assert result.exit_code == 2, result.output
    assert "error: 命令行中有一个空的参数（只有引号或空格）：请在引号里写上文件名或名字，或去掉它" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("name", "char", "instead"), [("bad name!", "!", "bad-name"), ("广东 annex", "广", "annex")])
def test_new_plugin_refuses_a_name_with_other_characters(tmp_path, name, char, instead):
    """“bad name!” made the package reportkit-gbt9704-bad-name without a word; letters, digits and blanks still go."""
    result = run("new-plugin", name, "-o", tmp_path / "pkg")
    assert result.exit_code == 2
    assert f"error: NAME：插件名只能用英文字母、数字、空格、“-”和“_”，其中的“{char}”不行：请改为如 {instead} 这样的名字" in result.output
    assert not (tmp_path / "pkg").exists()


def _error(text: str):
    with pytest.raises(InvalidData) as caught:
        load_text(text, "t.yaml")
    return caught.value.diagnostics[0]


def test_a_syntax_error_after_a_numbered_line_of_a_block_text_is_placed_at_the_error():
    """The “1.” of a ``|`` text is the clerk's text: the error was told as a Word list number at that line."""
    found = _error("kind: work-summary\ntitle: |\n  总结\n  1. 加强组织领导\nyear: [2023\nagency: 某局\n")
    assert (found.line, found.col) == (5, 7)
    assert "编号" not in found.message and "方括号" in found.message
    found = _error("kind: work-summary\nsections:\n  - |\n    1. 加强组织领导\n  - x: 1\n   y: 2\n")
    assert found.line == 6 and "编号" not in found.message and "第 4 行" not in found.message


def test_a_list_number_outside_a_block_text_is_still_told_as_one():  # guard
    found = _error("kind: work-summary\nsections:\n  - a\n  1. 加强组织领导\nx: 1\n")
    assert found.line == 4 and "编号由 reportkit 生成：请把“1.”改为“- ”" in found.message


def test_standard_input_as_a_data_file_is_said_to_be_unsupported(tmp_path):
    result = run("validate", "-", cwd=tmp_path)
    assert result.exit_code == 1
    assert "-: error: “-”（标准输入）不能作为数据文件：reportkit 只读文件，请给出数据文件的文件名" in result.output


@posix
def test_aggregate_given_a_pipe_does_not_hang(tmp_path):
    """A FIFO as a unit's file or as the --expect list waited for a writer for ever."""
    os.mkfifo(tmp_path / "unit.yaml")
    os.mkfifo(tmp_path / "units.txt")
    command = [sys.executable, "-m", "reportkit", "aggregate"]
    unit = subprocess.run([*command, "unit.yaml", SAMPLE, "-o", "sum.yaml"], cwd=tmp_path, capture_output=True,
                          text=True, encoding="utf-8", timeout=60, stdin=subprocess.DEVNULL)
    assert ("unit.yaml: warning: 未计入汇总：这是一个管道（FIFO），不是普通文件，不能读取：请给出单位的 .yaml 数据文件或 .xlsx 工作簿"
            in unit.stderr), unit.stderr
    listed = subprocess.run([*command, SAMPLE, "-o", "sum2.yaml", "--expect", "units.txt"], cwd=tmp_path,
                            capture_output=True, text=True, encoding="utf-8", timeout=60, stdin=subprocess.DEVNULL)
    assert listed.returncode == 2
    assert "error: --expect：“units.txt”是一个管道（FIFO），不是普通文件，不能读取" in listed.stderr
    assert not (tmp_path / "sum2.yaml").exists()


@pytest.mark.parametrize(("option", "value", "said"), [
    ("--agency", "某" * 61, "agency：机关名称有 61 个字，超过 60 个字"),
    ("--year", "12345", "year：总结年度 12345 超出范围：应在 2008 至"),
], ids=["agency", "year"])
def test_init_refuses_an_option_whose_file_validate_would_refuse(tmp_path, option, value, said):
    """``init`` wrote a data file that ``validate`` then refused: the kind's bounds, applied to what init writes."""
    result = run("init", "work-summary", option, value, "-o", tmp_path / "new.yaml")
    assert result.exit_code == 2, result.output
    assert f"error: {option}：用“{value}”生成的数据文件通不过校验：" in result.output and said in result.output
    assert list(tmp_path.iterdir()) == []


@posix
def test_check_into_a_folder_that_is_a_link_in_a_loop_says_so(loops):
    """It said a part of the path was a file."""
    result = run("check", SAMPLE, "-o", "ld", cwd=loops)
    assert f"error: 无法写入输出文件夹“ld”（无法创建这个文件夹：{LOOP}），未检查任何报告" in result.output
    assert "是文件而不是文件夹" not in result.output
