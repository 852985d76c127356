"""The command lists of the help screens fit the terminal, an unknown subcommand of any group is said in Chinese, and
``--report 结果.xlsx`` is read back before it replaces an earlier report."""
from __future__ import annotations

import inspect
import io
import zipfile

import click
import openpyxl
import pytest
from click.testing import CliRunner

from reportkit import hookimpl, report_xlsx
from reportkit.cli import cli
from reportkit.cli_help import width
from reportkit.testing import registered

GROUPS = [(), ("tables",)]


def run(*args: str, columns: int = 80):
    return CliRunner().invoke(cli, list(args), prog_name="reportkit", terminal_width=columns)


def listed(output: str) -> dict[str, str]:
    """The command list of a help screen: each command's name and the text after it (all its lines)."""
    rows: dict[str, str] = {}
    lines = output.split("\n命令：\n", 1)[1].splitlines()
    for line in lines:
        if line.startswith("  ") and not line.startswith("   "):
            name, _, text = line.strip().partition(" ")
            rows[name] = text.strip()
        elif line.strip():
            rows[name] += line.strip()
    return rows


def flat(help_text: str) -> str:
    return "".join(inspect.cleandoc(help_text).split())


class LongCommand:
    """A plugin adding a command whose help is one long Chinese phrase without punctuation."""

    @hookimpl
    def register_commands(self, cli):
        @cli.command("long-cmd")
        def long_cmd():
            """把本年度各部门报送的统计数据逐项核对汇总并生成供领导审阅的对照表格以便各单位在月底之前完成复核

            第二段不进命令列表。
            """


@pytest.mark.parametrize("columns", [80, 60, 40])
@pytest.mark.parametrize("group", GROUPS, ids=lambda words: " ".join(words) or "reportkit")
def test_each_command_of_a_list_is_one_line_that_fits_and_is_cut_at_a_phrase(group, columns):
    """click cut a command's short help by characters, counting a Chinese character as one column: the lines of the
    list took up to twice the room, wrapped under the name, and were cut in the middle of a phrase (“…生成本级报告的数据文
    / 件。Sum the…”, “reportkit...”, at 60 columns “import ...” with no text at all)."""
    with registered(LongCommand()):
        result = run(*group, "-h", columns=columns)
        command = cli if not group else cli.get_command(click.Context(cli), group[0])
        helps = {name: command.get_command(click.Context(command), name).help
                 for name in command.list_commands(click.Context(command))}
    assert result.exit_code == 0, result.output
    section = result.output.split("\n命令：\n", 1)[1].splitlines()
    assert len(section) == len(helps)  # one line a command
    assert all(width(line) <= columns for line in section), section
    for name, text in listed(result.output).items():
        assert text and flat(helps[name]).startswith(flat(text.removesuffix("…"))), (name, text)
        assert not text.removesuffix("…").endswith(("，", "、", "（", " ")), text  # cut after a phrase, not inside one
    if not group:
        rows = listed(result.output)
        assert rows["render"] == "校验并生成 DOCX/PDF。"  # a first sentence that fits is whole, without the English
        assert rows["long-cmd"].endswith("…") and "第二段" not in rows["long-cmd"]


def test_the_list_at_80_columns_keeps_the_first_sentences_and_cuts_after_a_comma():
    rows = listed(run("-h").output)
    assert rows["aggregate"] == "把各部门、各乡镇的表二、表三、表四逐格相加…"
    assert rows["validate"] == "只校验数据，不生成文件；查出 render 会拒绝的一切问题。"
    assert rows["init"] == "生成带注释的起始数据文件，待填处留有【请填写：…】占位。"


@pytest.mark.parametrize("group", GROUPS, ids=lambda words: " ".join(words) or "reportkit")
def test_an_unknown_command_of_each_group_is_said_in_chinese_with_exit_2(group):
    """Under click 8.2 and 8.3 (which pyproject allowed) ``reportkit tables exprt`` said “命令写法不对（No such command
    'exprt'.）”: click raised its NoSuchCommand only from 8.4 on."""
    command = cli if not group else cli.get_command(click.Context(cli), group[0])
    known = "、".join(command.list_commands(click.Context(command)))
    result = run(*group, "nosuch")
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == f"error: 没有命令“nosuch”。可用的命令：{known}"
    assert "No such command" not in result.output and "Usage" not in result.output


def _broken(kind: str):
    real = report_xlsx.workbook_bytes

    def broken(sheets):
        data = real(sheets)
        if kind == "truncated":
            return data[: len(data) // 2]
        package, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
        with zipfile.ZipFile(out, "w") as copy:
            for item in package.infolist():
                copy.writestr(item, b"<row" if item.filename.startswith("xl/worksheets/") else package.read(item))
        return out.getvalue()
    return broken


@pytest.mark.parametrize("kind", ["truncated", "a sheet's XML cut"])
@pytest.mark.parametrize("command", ["check", "render"])
def test_a_results_workbook_that_does_not_open_leaves_the_earlier_one(tmp_path, monkeypatch, command, kind):
    """The workbook was written atomically but not read back as a DOCX or PDF is: one that Excel cannot open replaced
    the good report of the last run."""
    report = tmp_path / "结果.xlsx"
    report.write_bytes(b"the last run's report")
    if command == "check":
        (tmp_path / "in").mkdir()
        (tmp_path / "in" / "损坏.docx").write_bytes(b"PK\x03\x04 not a word file")
        args = ["check", str(tmp_path / "in"), "-j", "1", "--report", str(report)]
    else:
        (tmp_path / "bad.yaml").write_text("kind: annual-report\n", encoding="utf-8")
        args = ["render", str(tmp_path / "bad.yaml"), "-f", "html", "-o", str(tmp_path / "out"), "--report", str(report)]
    monkeypatch.setattr(report_xlsx, "workbook_bytes", _broken(kind))
    result = run(*args)
    assert result.exit_code == 1
    assert f"{report}: error: 生成的 Excel 工作簿无法打开，未写入（原有文件未改动）" in result.output
    assert "Traceback" not in result.output
    assert report.read_bytes() == b"the last run's report"
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".tmp")] == []
    monkeypatch.undo()  # a workbook that opens (read back from its temporary file) replaces it
    assert run(*args).exit_code == 1 and openpyxl.load_workbook(report).sheetnames[-1] == "各文件"


def _every_command(group: click.Group = cli, path: tuple[str, ...] = ()):
    ctx = click.Context(group, info_name="reportkit")
    for name in group.list_commands(ctx):
        yield (*path, name)
        command = group.get_command(ctx, name)
        if isinstance(command, click.Group):
            yield from _every_command(command, (*path, name))


@pytest.mark.parametrize("columns", [60, 70, 80, 90])
def test_a_bracket_is_not_parted_from_what_it_holds_at_a_line_break(columns):
    """At 80 columns ``tables import -h`` ended a line with “[” and began the next with “必填]”; ``import -h`` began one
    with “>.yaml” (the “<原文件名.扩展名>” of the line before)."""
    parted = []
    for words in [(), *_every_command()]:
        for line in run(*words, "-h", columns=columns).output.splitlines():
            if line.rstrip().endswith(("[", "<", "(")) or line.strip().startswith(("]", ">", ")")):
                parted.append((words, line))
    assert parted == []
