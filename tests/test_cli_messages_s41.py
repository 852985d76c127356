"""The last messages out of line: import's error lines shaped as every other command's (``file: error: …``), a data
file's edition the year has not with its fix, a folder given where a data file goes with the files to give instead,
and the system's reasons for a failed read, write or run said in Chinese, never in the system's English."""
from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.errors import InvalidData, ReportkitError, RenderError
from reportkit.importers.folder import unlisted_reason
from reportkit.importers.libreoffice import _run
from reportkit.load import load_text
from reportkit.plugins import load_plugins
from reportkit.renderers.docx import check_template
from reportkit.validate import validate
from reportkit.write import reason

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
#: The system's English wording of a reason, which no message may carry.
ENGLISH = re.compile(r"[A-Za-z]{3,} [a-z]{2,}")


def run(*args):
    """``reportkit ARGS`` in-process; an exception escaping the CLI fails the test (that is a traceback)."""
    return CliRunner().invoke(cli, [str(a) for a in args], prog_name="reportkit", catch_exceptions=False)


def test_an_import_error_line_starts_with_the_file(tmp_path):
    """It read “error: 空.pdf: 文件是空的…”, where render, validate and check say “空.pdf: error: …”."""
    source = tmp_path / "空.pdf"
    source.write_bytes(b"")
    result = run("import", source, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{source}: error: 文件是空的（0 字节），无法导入：请重新下载或另存这份报告"]
    assert not (tmp_path / "out").exists()


def test_an_edition_the_year_has_not_names_the_fix_in_the_data_file():
    """The warning said which edition the year calls for and that the one written is used, not what to write; the
    wording for a published report (``check``) keeps off the data file's keys."""
    text = SAMPLE.read_text(encoding="utf-8").replace("year: 2023\n", 'year: 2023\nedition: "2019"\n', 1)
    try:
        diagnostics = validate(load_text(text, "r.yaml"), load_plugins().registry).diagnostics.items
    except InvalidData as exc:  # the 2021 tables under the 2019 edition are errors besides
        diagnostics = exc.diagnostics
    found = [d for d in diagnostics if d.message.endswith("（R12）")]
    assert [d.message.split("；")[-1] for d in found] == ['将按 2019 版校验和排版：要按 2021 版，请改为 edition: "2021"，或删去 edition（R12）']
    assert found[0].published == found[0].message.replace('：要按 2021 版，请改为 edition: "2021"，或删去 edition', "")


@pytest.fixture
def folders(tmp_path) -> dict[str, Path]:
    """A folder with no data file, one with one, one with three (two .yaml, one .yml)."""
    made = {name: tmp_path / name for name in ("空文件夹", "一份", "各单位")}
    for folder in made.values():
        folder.mkdir()
    shutil.copyfile(SAMPLE, made["一份"] / "2023.yaml")
    for name in ("甲局.yaml", "乙局.yaml", "丙局.yml"):
        shutil.copyfile(SAMPLE, made["各单位"] / name)
    return made


@pytest.mark.parametrize("command", ["render", "validate"])
def test_a_folder_given_as_a_data_file_names_the_files_in_it(tmp_path, folders, command):
    """``render 某文件夹`` said only that it is a folder, not which files to give, nor that several may be given."""
    told = {
        "空文件夹": "是一个文件夹，不是数据文件，其中也没有数据文件（.yaml）：请给出数据文件的路径",
        "一份": f"是一个文件夹，不是数据文件：请给出其中的数据文件，如 {folders['一份'] / '2023.yaml'}",
        "各单位": (f"是一个文件夹，不是数据文件：请给出其中的数据文件，如 {folders['各单位'] / '丙局.yml'}；要处理其中全部 3 个，写 "
                 f"{folders['各单位'] / '*.yaml'} {folders['各单位'] / '*.yml'}（render 和 validate 一次可以处理多个文件）"),
    }
    for name, folder in folders.items():
        result = run(command, folder, "-o", tmp_path / "out") if command == "render" else run(command, folder)
        assert result.exit_code == 1
        assert f"{folder}: error: “{folder}”{told[name]}" in result.stderr.splitlines()
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("code, said", [
    (errno.EIO, "读写磁盘时出错（磁盘、U 盘或网络盘可能有故障或已断开）"),
    (errno.ELOOP, "路径中的符号链接（快捷方式）互相指向，形成了循环"),
    (errno.EBUSY, "文件或设备正被别的程序占用"),
    (errno.EXDEV, "不能在两个磁盘之间直接移动文件"),
    (errno.EOVERFLOW, f"系统错误 EOVERFLOW（错误号 {errno.EOVERFLOW}）"),
], ids=["EIO", "ELOOP", "EBUSY", "EXDEV", "other"])
def test_the_reason_of_a_failed_write_is_chinese(code, said):
    """Errors outside the table fell back to the system's English (“Input/output error”)."""
    assert reason(OSError(code, "Some English text")) == said


def test_an_unlisted_folder_says_why_in_chinese():
    assert unlisted_reason(OSError(errno.EIO, "Input/output error")) == "读写磁盘时出错（磁盘、U 盘或网络盘可能有故障或已断开）"
    assert unlisted_reason(PermissionError(errno.EACCES, "Permission denied")) == "没有读取权限"


def test_libreoffice_that_cannot_be_run_says_why_in_chinese(tmp_path):
    """“无法运行 LibreOffice（…：No such file or directory）”, “…：Permission denied”."""
    source = tmp_path / "年报.doc"
    unrunnable = tmp_path / "soffice"
    unrunnable.write_text("#!/bin/sh\n", encoding="utf-8")
    unrunnable.chmod(0o644)
    for command, why in ((tmp_path / "无" / "soffice", "找不到这个程序"), (unrunnable, "没有运行权限")):
        with pytest.raises(ReportkitError) as info:
            _run([str(command), "--version"], source, "或另存为 .docx")
        message = info.value.format_message()
        assert message.startswith(f"{source}: 无法运行 LibreOffice（{command}：{why}），未导入：请检查 LibreOffice 的安装；")
        assert not ENGLISH.search(message.replace(str(tmp_path), "")), message


def test_a_docx_template_that_cannot_be_read_says_why_in_chinese(tmp_path):
    missing = tmp_path / "模板.docx"
    with pytest.raises(RenderError) as info:
        check_template(missing)
    assert info.value.format_message() == f"DOCX 模板 {missing}: 无法读取（文件不存在）"


@pytest.fixture
def unreadable(tmp_path, monkeypatch) -> Path:
    """A data file the user may not read (as root reads any file, click's check of it is made to fail)."""
    import click.types

    path = tmp_path / "无权限.yaml"
    shutil.copyfile(SAMPLE, path)
    access = click.types.os.access
    monkeypatch.setattr(click.types.os, "access", lambda p, mode: Path(p) != path and access(p, mode))
    return path


@pytest.mark.parametrize("args", [["import", "{}"], ["check", "{}"], ["render", "{}"], ["validate", SAMPLE, "--previous", "{}"],
                                  ["init", "--from", "{}", "-o", "new.yaml"]],
                         ids=["import", "check", "render", "previous", "init-from"])
def test_a_path_that_cannot_be_read_is_said_so_by_name(tmp_path, unreadable, args):
    """An unreadable file was “不存在或是一个文件夹” (import), “不存在” (check), “是一个文件夹” (--previous, --from): what the
    option's type refuses, not what was wrong; and which of several files it was went unsaid."""
    result = run(*[str(a).replace("{}", str(unreadable)) for a in args])
    assert result.exit_code == 2
    option = {"check": "PATHS", "validate": "--previous", "init": "--from"}.get(args[0], "FILES")
    assert result.stderr.splitlines()[0] == (f"error: “{option}”给出的路径“{unreadable}”无法读取（没有读取权限）："
                                             "请检查它的权限，或换一个有权限的账号运行")


def test_a_path_not_there_is_named(tmp_path):
    """A path named in Chinese let click's English through (“PATHS：Path '…/各单位年报' does not exist.”): its Chinese was
    taken for reportkit's own wording."""
    missing = tmp_path / "各单位年报"
    result = run("check", SAMPLE, missing)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == f"error: “PATHS”给出的路径“{missing}”不存在：这里要的是已有的文件或文件夹，请检查路径"


@pytest.mark.parametrize("value", ["0", "两"], ids=["zero", "not-a-number"])
def test_a_number_out_of_its_range_names_the_range(value):
    """``--dask-local 0`` said only “取值无效”."""
    result = run("render", SAMPLE, "--dask-local", value)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == "error: “--dask-local”应为不小于 1 的整数"


def test_a_report_that_cannot_be_read_is_said_so_in_chinese(tmp_path):
    """``check`` of a folder with a report the user may not read listed “无法读取（PermissionError: [Errno 13]
    Permission denied: 'b.txt'）”."""
    from types import SimpleNamespace

    from reportkit.importers import _read

    def refuse(file):
        raise PermissionError(errno.EACCES, "Permission denied", file.name)

    source = tmp_path / "乙局.txt"
    with pytest.raises(ReportkitError) as info:
        _read(SimpleNamespace(read=refuse, format="txt"), source, source, load_plugins())
    assert info.value.format_message() == f"{source}: 无法读取（没有读取权限）：请检查文件的权限，或确认文件仍在原处"


@pytest.mark.skipif(sys.platform == "win32", reason="closes the child's standard output before it starts (POSIX)")
def test_a_run_with_standard_output_closed_says_so(tmp_path):
    """``reportkit validate 年报.yaml >&-`` ended in a traceback (Python has no sys.stdout then)."""
    done = subprocess.run([sys.executable, "-m", "reportkit", "validate", str(SAMPLE)], stdin=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1), env=os.environ)
    assert done.returncode == 1
    assert done.stderr.decode("utf-8").splitlines() == [
        "error: 无法写出标准输出（输出的目标已经关闭）：请检查重定向的目标，例如磁盘是否已满；其余工作照常进行"]


def test_new_plugin_in_a_folder_it_may_not_write_names_the_fix(tmp_path, monkeypatch):
    """It blamed a file “open in Word, WPS or a PDF reader” and suggested a shorter plugin name for a permission."""
    import reportkit.cli

    target = tmp_path / "插件"

    def refuse(folder, values):
        raise PermissionError(errno.EACCES, "Permission denied", str(folder))

    monkeypatch.setattr(reportkit.cli, "write_plugin_template", refuse)
    result = run("new-plugin", "foo", "-o", target)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{target}: error: 写入失败（没有写入权限），插件骨架未生成：请换一个可以写入的文件夹（-o）"]


@pytest.mark.skipif(sys.platform == "win32", reason="a symbolic link needs a privilege there")
def test_a_link_in_a_loop_is_said_to_be_one(tmp_path):
    """A link to itself was said to be unreadable for want of permission."""
    loop = tmp_path / "年报.pdf"
    loop.symlink_to(loop)
    result = run("import", loop)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (f"error: “FILES”给出的路径“{loop}”无法读取（路径中的符号链接（快捷方式）互相指向，"
                                             "形成了循环）：请检查路径和它的权限")
