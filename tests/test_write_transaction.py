"""Issue 13 (points 2 and 7): writing is a transaction over all formats of one input."""
from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import reportkit.write
from reportkit.errors import RenderError
from reportkit.write import recover, write_all, write_atomic

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\nstartxref\n0\n%%EOF\n"


def docx_bytes() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def earlier(tmp_path):
    """A folder holding the outputs of an earlier, good run."""
    old_docx, old_pdf = docx_bytes(), PDF + b"%old\n"
    (tmp_path / "r.docx").write_bytes(old_docx)
    (tmp_path / "r.pdf").write_bytes(old_pdf)
    return tmp_path, files_of(tmp_path)


def test_when_the_second_replace_fails_the_first_is_rolled_back(earlier, monkeypatch):
    folder, before = earlier
    real = os.replace

    def failing(src, dst):
        if Path(dst).name == "r.pdf" and str(src).endswith(".tmp"):
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(reportkit.write.os, "replace", failing)
    with pytest.raises(RenderError, match="写入失败（磁盘空间不足），本次的输出文件全部保持原样"):
        write_all({folder / "r.docx": docx_bytes() + b"", folder / "r.pdf": PDF + b"%new\n"})
    assert files_of(folder) == before  # the DOCX too, and no temporary file, backup or journal left


def test_when_the_first_replace_fails_nothing_is_left_behind(earlier, monkeypatch):
    folder, before = earlier

    def failing(src, dst):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(reportkit.write.os, "replace", failing)
    with pytest.raises(RenderError):
        write_all({folder / "r.docx": docx_bytes(), folder / "r.pdf": PDF})
    assert files_of(folder) == before


KILLED_HALF_WAY = """
import os, sys
from pathlib import Path
import reportkit.write as w
real = os.replace
count = 0
def replace(src, dst):
    global count
    real(src, dst)
    count += 1
    if count == 1 and str(dst).endswith("r.docx"):
        os._exit(9)  # killed between the two renames
w.os.replace = replace
folder = Path(sys.argv[1])
w.write_all({folder / "r.docx": Path(sys.argv[2]).read_bytes(), folder / "r.pdf": b"%PDF-1.7\\nstartxref\\n0\\n%%EOF\\n%new"})
"""


def test_a_run_killed_between_two_renames_is_rolled_back_by_the_next_run(earlier, tmp_path_factory):
    folder, before = earlier
    new_docx = tmp_path_factory.mktemp("src") / "new.docx"
    new_docx.write_bytes(docx_bytes() + b"")
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(KILLED_HALF_WAY), str(folder), str(new_docx)])
    assert done.returncode == 9
    left = files_of(folder)
    assert any(name.endswith(".journal") for name in left)  # the killed run's state is on disk …
    recover(folder)  # … and the next run into the folder (write_all calls this) puts it back
    assert files_of(folder) == before


def test_a_leftover_of_a_live_run_is_not_touched(tmp_path):
    live = tmp_path / f".r.pdf.rk{os.getppid()}-abcd.tmp"
    live.write_bytes(b"in progress")
    recover(tmp_path)
    assert live.exists()


def test_a_leftover_temporary_file_of_a_dead_run_is_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, encoding="utf-8")
    stale = tmp_path / f".r.pdf.rk{dead.stdout.strip()}-abcd.tmp"
    stale.write_bytes(b"half")
    write_atomic(tmp_path / "other.pdf", PDF)
    write_all({tmp_path / "r.pdf": PDF})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.pdf", "r.pdf"]


def test_a_long_file_name_still_gets_a_temporary_file(tmp_path):
    target = tmp_path / ("a" * 246 + ".pdf")
    write_atomic(target, PDF)
    assert target.read_bytes() == PDF


@pytest.mark.parametrize("where, code, why", [
    ("mkdir", 1, "无法创建这个文件夹：没有写入权限"),
    ("mkstemp", 13, "没有写入权限"),
    ("mkdir", 30, "无法创建这个文件夹：文件系统是只读的"),
], ids=["folder-not-made-EPERM", "folder-not-writable-EACCES", "read-only-file-system"])
def test_a_folder_no_file_can_be_made_in_says_whether_it_could_be_created_and_why(tmp_path, monkeypatch, where, code,
                                                                                   why):
    """A folder that could not be created (EPERM) was blamed on a file “open in Word, WPS or a PDF reader”."""
    import pathlib
    import tempfile

    folder = tmp_path / "out"
    if where == "mkstemp":
        folder.mkdir()
    refused = {"mkdir": (pathlib.Path, "mkdir"), "mkstemp": (tempfile, "mkstemp")}[where]

    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(*refused, refuse)
    with pytest.raises(RenderError) as raised:
        write_all({folder / "r.pdf": PDF})
    assert raised.value.format_message() == f"{folder / 'r.pdf'}: 无法写入输出文件夹“{folder}”（{why}）"


def test_weasyprint_font_folders_of_a_killed_run_are_removed_by_the_next(tmp_path, monkeypatch):
    import tempfile

    from reportkit.renderers import pdf

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, encoding="utf-8")
    stale = tmp_path / f"{pdf._TEMP_PREFIX}{dead.stdout.strip()}-abcd"
    stale.mkdir()
    (stale / "font").write_bytes(b"x")
    live = tmp_path / f"{pdf._TEMP_PREFIX}{os.getppid()}-abcd"
    live.mkdir()
    monkeypatch.setattr(pdf, "_configurations", type(pdf._configurations)())
    config = pdf._font_configuration()
    assert not stale.exists() and live.exists()
    assert Path(config._folder).parent == tmp_path and Path(config._folder).name.startswith(f"{pdf._TEMP_PREFIX}{os.getpid()}-")


def test_a_full_temporary_folder_while_the_engine_writes_is_one_line_and_nothing_written(tmp_path, monkeypatch):
    """Issue 13, point 3: WeasyPrint writes its fonts to the temporary folder; a full one was a traceback."""
    import errno
    import tempfile

    from click.testing import CliRunner

    from reportkit.cli import cli
    from reportkit.renderers import pdf

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf, "_configurations", type(pdf._configurations)())
    monkeypatch.setattr(pdf.tempfile, "mkdtemp", full)
    sample = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
    result = CliRunner().invoke(cli, ["render", str(sample), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    [line] = [line for line in result.output.splitlines() if ": error: " in line]
    assert "生成 pdf 时无法写临时文件（磁盘空间不足）" in line and tempfile.gettempdir() in line
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_no_writable_temporary_folder_at_all_fails_each_file_with_a_line_naming_tmpdir(tmp_path, monkeypatch):
    """With TMPDIR, /tmp and /var/tmp all read-only, the message asked for the temporary folder again and ended
    in a traceback instead."""
    import errno
    import json
    import tempfile

    from click.testing import CliRunner

    from reportkit.cli import cli
    from reportkit.renderers import pdf

    def nowhere(*args, **kwargs):
        raise FileNotFoundError(errno.ENOENT, "No usable temporary directory found")

    monkeypatch.setattr(pdf, "_configurations", type(pdf._configurations)())
    monkeypatch.setattr(tempfile, "gettempdir", nowhere)
    monkeypatch.setattr(tempfile, "mkdtemp", nowhere)
    sample = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
    files = [tmp_path / "a.yaml", tmp_path / "b.yaml"]
    for path in files:
        path.write_bytes(sample.read_bytes())
    report = tmp_path / "results.json"
    result = CliRunner().invoke(cli, ["render", *map(str, files), "-j", "1", "-o", str(tmp_path / "out"),
                                      "--report", str(report)])
    assert result.exit_code == 1 and "共 2 个文件：0 个成功，2 个失败" in result.output
    message = "生成 pdf 时找不到可以写入的临时文件夹：请用环境变量 TMPDIR 指定一个可以写入的文件夹"
    rows = json.loads(report.read_text(encoding="utf-8"))
    assert [(row["status"], row["diagnostics"]) for row in rows] == [("failed", [f"{path}: error: {message}"])
                                                                     for path in files]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_standard_output_is_one_line_and_exit_1_after_the_work(tmp_path):
    """Issue 13, point 7: standard output on a full device was a traceback after the files were written."""
    sample = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "reportkit", "render", str(sample), "-f", "docx",
                               "-o", str(tmp_path)], stdout=full, stderr=subprocess.PIPE, encoding="utf-8", timeout=300)
    assert done.returncode == 1
    assert (tmp_path / "sample-2021.docx").is_file()
    assert "无法写出标准输出（磁盘空间不足）" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("report", [False, True], ids=["findings", "summary"])
def test_check_s_full_standard_output_is_one_line_and_exit_1_after_the_work(tmp_path, report):
    """check printed its summary (and now its findings) with a traceback on a full device."""
    from click.testing import CliRunner

    from reportkit.cli import cli

    sample = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
    assert CliRunner().invoke(cli, ["render", str(sample), "-f", "html", "-o", str(tmp_path)]).exit_code == 0
    results = ["--report", str(tmp_path / "r.csv")] if report else []
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "reportkit", "check", str(tmp_path / "sample-2021.html"), "-j", "1",
                               *results], stdout=full, stderr=subprocess.PIPE, encoding="utf-8", timeout=300)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("无法写出标准输出（磁盘空间不足）") == 1
    assert (tmp_path / "r.csv").is_file() is report


@pytest.mark.parametrize("command", ["render", "check"])
def test_a_pipe_its_reader_closed_ends_the_output_quietly_after_the_work(tmp_path, command):
    """``reportkit check 年报/ | head -1`` (the reader closes the pipe) said “无法写出标准输出（Broken pipe）”, an
    English reason for what is no fault: the output ends without a word, as click's own and most Unix tools' does; the
    work is done all the same (the results file written), and the exit code is 1 as click's."""
    sample = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
    args = (["render", str(sample), "-f", "html", "-o", str(tmp_path)] if command == "render"
            else ["check", str(_rendered_page(tmp_path)), "-j", "1", "--report", str(tmp_path / "r.csv")])
    done = subprocess.Popen([sys.executable, "-m", "reportkit", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    done.stdout.close()  # before it writes: its first line meets a closed pipe
    stderr = done.stderr.read().decode("utf-8")
    assert done.wait(timeout=300) == 1 and stderr == ""
    assert (tmp_path / ("sample-2021.html" if command == "render" else "r.csv")).is_file()


def _rendered_page(folder: Path) -> Path:
    from click.testing import CliRunner

    from reportkit.cli import cli

    sample = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
    assert CliRunner().invoke(cli, ["render", str(sample), "-f", "html", "-o", str(folder)]).exit_code == 0
    return folder / "sample-2021.html"


def test_the_reason_of_a_closed_pipe_is_chinese():
    """A closed pipe met elsewhere (a file written to a named pipe, output left in a buffer at exit) had its reason in
    English."""
    assert reportkit.write.reason(OSError(errno.EPIPE, os.strerror(errno.EPIPE))) == "读取的一方已经关闭了管道"


#: A command that leaves its line in standard output's buffer (as a plugin's command using print() does), so that
#: it meets the closed pipe or the full device only in ``__main__``'s flush at the end.
_BUFFERED = """
import sys
import click
import reportkit.cli

@click.command()
def cli():
    sys.stdout.write("年报\\n")

reportkit.cli.cli = cli
from reportkit.__main__ import main
main()
"""


@pytest.mark.parametrize("where", ["closed-pipe", "full-device"])
def test_output_left_to_the_last_flush_ends_as_cli_out_does(tmp_path, where):
    """The flush at exit said “无法写出标准输出（…）” for a pipe its reader closed too, which ``cli._out`` passes over:
    now quiet there, one line for a full device; exit 1 both times."""
    if where == "full-device" and not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    command = [sys.executable, "-c", _BUFFERED]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # buffered, as a user's run is
    if where == "closed-pipe":
        done = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        done.stdout.close()
        stderr = done.stderr.read().decode("utf-8")
        assert done.wait(timeout=60) == 1 and stderr == ""
    else:
        with open("/dev/full", "w") as full:
            done = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, encoding="utf-8", timeout=60, env=env)
        assert done.returncode == 1
        assert done.stderr == "无法写出标准输出（磁盘空间不足）：请检查重定向的目标，例如磁盘是否已满\n"
