"""Bad input ``tables``, ``check``, ``import`` and ``init`` still got wrong after session 42's first CLI pass: a pipe
given as the workbook (``tables import`` waited for ever) or as a report (``check`` called it a folder), an ``-o`` of
``tables export`` in a loop of links or a pipe (replaced without a word), a work plan or summary of the year 3000,
and a mark typed far down a table's sheet (``tables import`` took minutes and gigabytes)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_cli_leftovers_s42A import LOOP, SAMPLE, posix, run

from reportkit.dates import china_today


def reportkit(*args, cwd: Path, timeout: int = 60, megabytes: int = 2048) -> subprocess.CompletedProcess:
    """``reportkit ARGS`` in a child process (a pipe opened there waits for ever: the test must not), no input, its
    address space capped at ``megabytes``: a run that would take gigabytes fails at once, not after minutes."""
    def limited() -> None:
        import resource  # POSIX only, as is preexec_fn

        resource.setrlimit(resource.RLIMIT_AS, (megabytes * 1024 ** 2, megabytes * 1024 ** 2))

    return subprocess.run([sys.executable, "-m", "reportkit", *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, stdin=subprocess.DEVNULL,
                          preexec_fn=limited if os.name == "posix" else None)


@posix
def test_tables_import_of_a_pipe_is_refused_at_once(data):
    """``tables import t.xlsx`` of a FIFO opened it and waited for a writer for ever."""
    os.mkfifo(data.parent / "t.xlsx")
    result = reportkit("tables", "import", "t.xlsx", "--into", "x.yaml", cwd=data.parent)
    assert result.returncode == 1
    assert "t.xlsx: error: 这是一个管道（FIFO），不是工作簿文件，未导入：请给出填好的 .xlsx 工作簿" in result.stderr
    assert "Traceback" not in result.stderr
    assert data.read_bytes() == SAMPLE.read_bytes()


@posix
@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_tables_export_to_a_pipe_is_refused(data, force):
    """It was told “这个工作簿已经存在（可能已经填了数）”, and with --force the pipe was replaced by a workbook."""
    os.mkfifo(data.parent / "t.xlsx")
    result = run("tables", "export", "x.yaml", "-o", "t.xlsx", *force, cwd=data.parent)
    assert result.exit_code == 1
    assert "t.xlsx: error: 这是一个管道（FIFO），不是文件，未导出：请给 -o 另取一个文件名" in result.output
    assert (data.parent / "t.xlsx").is_fifo()


@posix
def test_tables_export_to_a_link_in_a_loop_is_refused(data):
    """The link was replaced by the workbook, exit 0, as render's -o was refused."""
    (data.parent / "lx.xlsx").symlink_to("lx.xlsx")
    result = run("tables", "export", "x.yaml", "-o", "lx.xlsx", cwd=data.parent)
    assert result.exit_code == 1
    assert f"lx.xlsx: error: 无法写入（{LOOP}）：请删去这个链接，或给 -o 另取一个名字" in result.output
    assert os.readlink(data.parent / "lx.xlsx") == "lx.xlsx"
    assert sorted(p.name for p in data.parent.iterdir()) == ["lx.xlsx", "x.yaml"]


@posix
def test_check_of_a_pipe_says_what_it_is(tmp_path):
    """A FIFO given to check was called a folder that cannot be opened (“路径中有一段是文件而不是文件夹”)."""
    os.mkfifo(tmp_path / "ff.yaml")
    result = reportkit("check", "ff.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert ("ff.yaml: error: unreadable: ff.yaml: 这是一个管道（FIFO），不是报告文件，未检查：请给出报告文件（如 .docx、.pdf）"
            "或存放报告的文件夹") in result.stdout
    assert "文件夹打不开" not in result.stdout + result.stderr


@posix
def test_a_pipe_named_as_a_report_in_a_folder_is_a_row(tmp_path):
    """A FIFO named 年报.pdf in a checked folder was left out unseen (“没有可检查的报告”, exit 2); ``import`` of it
    called it an empty file."""
    folder = tmp_path / "reports"
    folder.mkdir()
    os.mkfifo(folder / "年报.pdf")
    result = reportkit("check", "reports", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "reports/年报.pdf: error: unreadable: reports/年报.pdf: 这是一个管道（FIFO），不是报告文件，未检查" in result.stdout
    imported = reportkit("import", "reports/年报.pdf", "-o", "out", cwd=tmp_path)
    assert imported.returncode == 1
    assert "reports/年报.pdf: error: 这是一个管道（FIFO），不是报告文件，无法导入：请给出报告文件（如 .docx、.pdf）" in imported.stderr
    assert "空的" not in imported.stderr and not (tmp_path / "out").exists()


@posix
def test_check_tells_copies_of_a_large_file_without_reading_them_whole(tmp_path):
    """Two files of one size were each read whole to compare them: a MemoryError traceback where memory is short."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("a.docx", "b.docx"):
        with open(folder / name, "wb") as handle:
            handle.truncate(420 * 1024 ** 2)  # sparse: no disk taken
    result = reportkit("check", "reports", "-j", "1", cwd=tmp_path, megabytes=400)
    assert "Traceback" not in result.stderr and result.returncode == 1
    assert "reports/b.docx: note: duplicate: 与 reports/a.docx 内容完全相同" in result.stdout


def test_a_mark_far_down_a_table_s_sheet_is_read_at_once(data):
    """A value typed at XFD1048576 of 表三 made the import build every cell up to it: minutes and gigabytes."""
    book = data.parent / "t.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    workbook = load_workbook(book)
    workbook["表三"]["XFD1048576"] = 1
    workbook.save(book)
    result = reportkit("tables", "import", "t.xlsx", "--into", "x.yaml", cwd=data.parent, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "t.xlsx:表三!XFD1048576: warning: 表格之外的 XFD1048576 有内容，未导入" in result.stderr


def test_a_workbook_that_unpacks_to_a_hundred_megabytes_is_refused_at_once(data):
    """270 KB of a workbook, 3.3 million cells on its help sheet, took minutes and gigabytes to load."""
    book = data.parent / "t.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    with zipfile.ZipFile(book) as exported:
        parts = {info.filename: exported.read(info) for info in exported.infolist()}
    help_sheet = "xl/worksheets/sheet4.xml"  # 填写说明, after 表二, 表三, 表四
    parts[help_sheet] = re.sub(rb"<sheetData>.*</sheetData>|<sheetData/>",
                               b"<sheetData>" + b'<row><c t="n"><v>1</v></c></row>' * 3_300_000 + b"</sheetData>",
                               parts[help_sheet], flags=re.S)
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as bomb:
        for name, part in parts.items():
            bomb.writestr(name, part)
    result = reportkit("tables", "import", "t.xlsx", "--into", "x.yaml", cwd=data.parent, timeout=30)
    assert result.returncode == 1
    assert ("t.xlsx: error: 工作簿解压后超过 100 MB（统计表的工作簿不到 1 MB），未导入：请检查是否选错了文件；确是这个工作簿的，"
            "删去多余的工作表和图片后另存，再导入") in result.stderr
    assert data.read_bytes() == SAMPLE.read_bytes()


def _year_line(kind: str, year: int, folder: Path) -> tuple[Path, int]:
    """A starting file of ``kind`` (made for this year) whose year is changed to ``year``, and that line's number."""
    path = folder / f"{kind}.yaml"
    assert run("init", kind, "--year", china_today().year, "-o", path).exit_code == 0
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if line.startswith("year:"))
    lines[at] = re.sub(r"^year: \d+", f"year: {year}", lines[at])
    path.write_text("".join(lines), encoding="utf-8")
    return path, at + 1


@pytest.mark.parametrize(("kind", "what", "ahead", "why"), [
    ("work-plan", "方案年度", 1, "方案部署的是今年或明年的工作"),
    ("work-summary", "总结年度", 0, "总结的是今年或以前的工作"),
], ids=["plan", "summary"])
def test_a_far_future_year_is_refused(tmp_path, kind, what, ahead, why):
    """Their models said only ``ge=2008``: a plan or summary of 3000 was valid, and ``init --year 3000`` wrote one."""
    last = china_today().year + ahead
    path, line = _year_line(kind, last + 1, tmp_path)
    result = run("validate", path)
    assert result.exit_code == 1
    assert (f"{path}:{line}:7: error: year：{what} {last + 1} 超出范围：应在 2008 至 {last} 之间（{why}）：请核对年度"
            in result.output)
    refused = run("init", kind, "--year", 3000, "-o", tmp_path / "new.yaml")
    assert refused.exit_code == 2
    assert f"error: --year：用“3000”生成的数据文件通不过校验：year：{what} 3000 超出范围" in refused.output
    assert not (tmp_path / "new.yaml").exists()


@pytest.mark.parametrize(("kind", "ahead"), [("work-plan", 1), ("work-summary", 0)], ids=["plan", "summary"])
def test_the_latest_year_allowed_stays_valid(tmp_path, kind, ahead):  # guard: a plan is written in autumn for next year
    path, _ = _year_line(kind, china_today().year + ahead, tmp_path)
    assert "超出范围" not in run("validate", path).output
