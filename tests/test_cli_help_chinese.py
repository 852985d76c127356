"""The help screens and usage messages are Chinese throughout: click's English headings, help option, defaults and
metavars are not shown, for reportkit's commands and the plugins' alike, and the columns line up on a terminal."""
from __future__ import annotations

import re
import types
import unicodedata

import click
import pytest
from click.testing import CliRunner

from reportkit import __version__, hookimpl
from reportkit.cli import cli
from reportkit.testing import registered

#: What click writes in English on a help screen.
ENGLISH = ["Usage:", "Options:", "Commands:", "Positional arguments:", "Show this message and exit", "[default:",
           "env var:", "required]", "[OPTIONS]", "COMMAND [ARGS]", "Show the version"]
#: click's metavars of its own types, in an option's row.
TYPE_METAVAR = re.compile(r"^\s+-\S*(?:, --\S+)? (TEXT|PATH|INTEGER|FLOAT|FILE|DIRECTORY|BOOLEAN|FILENAME)\b")


def width(text: str) -> int:
    """Columns on a terminal: two for a Chinese character."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def run(*args: str, columns: int = 80):
    return CliRunner().invoke(cli, list(args), prog_name="reportkit", terminal_width=columns)


def commands(group: click.Group = cli, path: tuple[str, ...] = ()):
    """Every command and subcommand of ``group`` (the plugins' too), as the words that call it, and the command."""
    ctx = click.Context(group, info_name="reportkit")
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))


ALL = [((), cli), *commands()]


@pytest.mark.parametrize("words, command", ALL, ids=[" ".join(words) or "reportkit" for words, _ in ALL])
def test_every_help_is_chinese_and_shows_every_option(words, command):
    result = run(*words, "-h")
    assert result.exit_code == 0
    assert result.output.startswith(f"用法：reportkit {' '.join(words)}".rstrip() + " [选项]")
    assert "\n选项：\n" in result.output and "显示本帮助并退出。" in result.output
    assert not [english for english in ENGLISH if english in result.output]
    assert not [line for line in result.output.splitlines() if TYPE_METAVAR.match(line)]
    ctx = click.Context(command, info_name=words[-1] if words else "reportkit")
    for param in command.get_params(ctx):
        if isinstance(param, click.Option) and not param.hidden:
            assert all(re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", result.output) for opt in param.opts), param
    if isinstance(command, click.Group):
        assert "\n命令：\n" in result.output
        assert all(f"\n  {name} " in result.output for name in command.list_commands(ctx))


@pytest.mark.parametrize("words", [words for words, _ in ALL], ids=[" ".join(w) or "reportkit" for w, _ in ALL])
def test_help_lines_fit_the_terminal_and_the_columns_line_up(words):
    """click counted characters: a Chinese metavar (--previous 上年文件) pushed its help out of the column, and a line
    of Chinese took twice the terminal's width. Example lines (``\\b``, indented four) are left as written."""
    lines = run(*words, "-h", columns=80).output.splitlines()
    assert not [line for line in lines if width(line) > 80 and not line.startswith("    ")]
    section, starts = None, set()
    for line in lines:
        if line and not line.startswith(" "):
            section = line
        elif section == "选项：" and line.startswith("  -") and "  " in line.strip():
            first = re.match(r"  (\S+(?: \S+)*?)  +", line).group(0)
            starts.add(width(first))
    assert len(starts) <= 1, starts


def test_defaults_ranges_and_required_options_are_said_in_chinese():
    render = " ".join(run("render", "-h", columns=200).output.split())
    assert "[默认：weasyprint]" in render and "[默认：text]" in render and "[默认：.]" in render
    assert "--dask-local N 在本机起 N 个 Dask 工作进程渲染。Local Dask cluster. [不小于 1]" in render
    assert "-j, --jobs 整数" in render and "-o, --output 路径" in render and "--report 文件" in render
    assert "-o, --output 文件 要写入的 YAML 文件。File to write. [必填]" in " ".join(run("init", "-h").output.split())


def test_version():
    result = run("--version")
    assert (result.exit_code, result.output) == (0, f"reportkit {__version__}\n")
    assert re.search(r"-V, --version +显示版本号并退出。", run("-h").output)


def test_reportkit_alone_shows_its_chinese_help_and_fails():
    result = run()
    assert result.exit_code == 2
    assert result.output.startswith("用法：reportkit [选项] 命令 [参数]...\n")
    assert "Usage" not in result.output


@pytest.mark.parametrize("args, lines", [
    (["tables", "exprt"], ["error: 没有命令“exprt”。是不是“export”？可用的命令：export、import",
                           "用法：reportkit tables [选项] 命令 [参数]...", "查看帮助：reportkit tables -h"]),
    (["rendr", "x.yaml"], [("error: 没有命令“rendr”。是不是“render”？可用的命令：aggregate、check、import、init、"
                            "new-plugin、plugins、render、schema、tables、validate"),
                           "用法：reportkit [选项] 命令 [参数]...", "查看帮助：reportkit -h"]),
    (["render", "x.yaml", "--engine", "foo"], ["error: “--engine”可选：weasyprint、typst",
                                               "用法：reportkit render [选项] FILES...", "查看帮助：reportkit render -h"]),
    (["schema"], ["error: 缺少参数“KIND”", "用法：reportkit schema [选项] KIND", "查看帮助：reportkit schema -h"]),
    (["--bogus"], ["error: 没有选项“--bogus”。", "用法：reportkit [选项] 命令 [参数]...", "查看帮助：reportkit -h"]),
])
def test_usage_errors_are_chinese_with_a_chinese_usage_line(args, lines):
    result = run(*args)
    assert result.exit_code == 2
    assert result.output.splitlines() == lines


def test_a_plugins_command_has_chinese_help_too():
    @click.command("hello")
    @click.option("--times", type=int, default=1, show_default=True, help="次数。")
    @click.option("--who", required=True, help="问候谁。")
    def hello(times, who):
        """问候一声。"""

    plugin = types.SimpleNamespace(register_commands=hookimpl(lambda cli: cli.add_command(hello)))
    plugin.__name__ = "reportkit-hello"
    with registered(plugin):
        lines = [" ".join(line.split()) for line in run("hello", "-h").output.splitlines()]
        missing = run("hello").output
    assert lines[0] == "用法：reportkit hello [选项]"
    assert "--times 整数 次数。 [默认：1]" in lines and "--who 文本 问候谁。 [必填]" in lines
    assert "-h, --help 显示本帮助并退出。" in lines
    assert missing.splitlines()[0] == "error: 缺少选项“--who”"


def test_a_line_does_not_begin_with_closing_punctuation_nor_end_with_an_opening_one():
    from reportkit.cli_help import wrap

    assert wrap("显示在终端上）。后面", 10) == ["显示在终端", "上）。后面"]
    assert wrap("一二三四（五）。", 10) == ["一二三四", "（五）。"]
    assert wrap("记一行。\n不给 --report 时", 12) == ["记一行。不给", "--report 时"]


def test_a_plugins_click_error_is_one_chinese_error_line():
    """A plugin command raising click's own error (``click.ClickException``, a ``click.File`` it cannot open) gets
    reportkit's ``error:`` line and exit 1; click printed “Error: …”."""
    @click.command("ledger")
    def ledger():
        """读台账。"""
        raise click.ClickException("台账文件不在这里：请用 --ledger 指出")

    plugin = types.SimpleNamespace(register_commands=hookimpl(lambda cli: cli.add_command(ledger)))
    plugin.__name__ = "reportkit-ledger"
    with registered(plugin):
        result = run("ledger")
    assert result.exit_code == 1
    assert result.output.splitlines() == ["error: 台账文件不在这里：请用 --ledger 指出"]
