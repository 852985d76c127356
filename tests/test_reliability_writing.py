"""Issue 5, point 4: a run writes complete files or leaves the earlier ones exactly as they were."""
from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import time
import zipfile

import pypdf
import pytest

import reportkit.write
from _reliability import SAMPLE, data_file, run
from reportkit.errors import RenderError
from reportkit.write import write_all, write_atomic

CLI = [sys.executable, "-m", "reportkit"]


def opens(folder, stem="report"):
    """Both outputs open: the PDF with pypdf, the DOCX as a zip whose document.xml parses."""
    pdf = pypdf.PdfReader(io.BytesIO((folder / f"{stem}.pdf").read_bytes()))
    assert len(pdf.pages) >= 1 and pdf.pages[0].extract_text()
    with zipfile.ZipFile(folder / f"{stem}.docx") as package:
        assert package.testzip() is None and b"<w:body>" in package.read("word/document.xml")


def snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def first_run(tmp_path):
    """``report.yaml`` rendered once into ``out``; the data then changes, so a second run would differ."""
    path = data_file(tmp_path, ["第一次生成的内容。"])
    out = tmp_path / "out"
    assert run("render", path, "-o", out).exit_code == 0
    before = snapshot(out)
    data_file(tmp_path, ["第二次生成的内容，与第一次不同。"])
    return path, out, before


def test_a_render_failing_while_writing_leaves_every_earlier_file(first_run, monkeypatch):
    """The DOCX is written first: when the PDF fails, the DOCX must not have been replaced either."""
    path, out, before = first_run
    real = os.fsync
    calls = []

    def fail_second(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(errno.EIO, "Input/output error")
        return real(fd)

    monkeypatch.setattr(reportkit.write.os, "fsync", fail_second)
    result = run("render", path, "-o", out)
    assert result.exit_code == 1
    assert snapshot(out) == before  # same names (no temporary file left), same bytes


def test_an_engine_crash_leaves_the_earlier_files(first_run, monkeypatch):
    import reportkit.renderers.pdf as pdf

    path, out, before = first_run

    def crash(*args, **kwargs):
        raise RenderError("PDF 引擎中途失败")

    monkeypatch.setattr(pdf, "render_pdf", crash)
    result = run("render", path, "-o", out)
    assert result.exit_code == 1 and "PDF 引擎中途失败" in result.output
    assert snapshot(out) == before


def test_bytes_that_do_not_open_never_replace_a_file(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-old")
    for name, junk in (("report.pdf", b"<html>not a pdf"), ("report.pdf", b"%PDF-1.7\ntruncated"),
                       ("report.docx", b"PK\x03\x04broken")):
        with pytest.raises(RenderError, match="未写入（原有文件未改动）"):
            write_all({tmp_path / name: junk})
    assert target.read_bytes() == b"%PDF-old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_full_disk_is_one_clear_line_and_exit_1(first_run, monkeypatch):
    path, out, before = first_run

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(reportkit.write.os, "fsync", full)
    result = run("render", path, "-o", out)
    assert result.exit_code == 1
    [line] = [line for line in result.output.splitlines() if "error" in line]
    assert line == f"{path}: error: {out / 'report.docx'}: 写入失败（磁盘空间不足），原有文件未改动"
    assert snapshot(out) == before


def test_a_folder_under_a_regular_file_is_one_clear_line_and_exit_1(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    for folder in (blocker / "out", blocker):
        result = run("render", SAMPLE, "-o", folder)
        assert result.exit_code == 1
        [line] = [line for line in result.output.splitlines() if "error" in line]
        assert line.startswith(f"{SAMPLE}: error: ") and "无法写入输出文件夹" in line and "不是文件夹" in line
    assert blocker.read_text() == "x"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_one_clear_line(tmp_path):
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    result = run("render", SAMPLE, "-o", out)
    assert result.exit_code == 1 and "没有写入权限" in result.output


def test_a_read_only_output_is_kept_and_said_so(tmp_path):
    """An output marked read-only (a signed-off copy someone protected) was replaced without a word; on Windows the
    temporary file took its read-only mode and could not be removed (a traceback and leftovers)."""
    out = tmp_path / "out"
    assert run("render", SAMPLE, "-o", out).exit_code == 0
    pdf, docx_file = out / "sample-2021.pdf", out / "sample-2021.docx"
    pdf.chmod(0o444)
    before = snapshot(out)
    result = run("render", SAMPLE, "-o", out)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert (f"{SAMPLE}: error: {pdf}: 是只读文件，未覆盖（原有文件未改动）：要重新生成，请先在文件属性中取消“只读”，"
            "或输出到别的文件夹") in result.output.splitlines()
    assert snapshot(out) == before and sorted(p.name for p in out.iterdir()) == [docx_file.name, pdf.name]


def test_write_atomic_keeps_other_files_unchecked(tmp_path):
    write_atomic(tmp_path / "x.yaml", b"a: 1\n")
    assert (tmp_path / "x.yaml").read_bytes() == b"a: 1\n"


def test_a_killed_render_leaves_the_earlier_files(first_run):
    """SIGKILL at several moments of a run: each time, both files still open and are either the old or the new ones."""
    path, out, before = first_run
    for delay in (0.5, 1.5, 2.5):
        process = subprocess.Popen([*CLI, "render", str(path), "-o", str(out)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.kill()  # SIGKILL; TerminateProcess on Windows, which has no SIGKILL
        process.wait()
        opens(out)
        for name in ("report.docx", "report.pdf"):
            assert (out / name).exists()
    # A kill between the temporary file and its rename can leave a hidden .tmp, never a broken target.
    assert {p.name for p in out.iterdir() if not p.name.startswith(".")} == {"report.docx", "report.pdf"}


def test_two_concurrent_runs_never_produce_a_broken_file(tmp_path):
    paths = [data_file(tmp_path / str(i), [f"第{i}份内容。" * (i + 1)]) for i in range(2) if (tmp_path / str(i)).mkdir() is None]
    out = tmp_path / "out"
    runs = [subprocess.Popen([*CLI, "render", str(p), "-o", str(out)], stderr=subprocess.PIPE) for p in paths]
    for process in runs:
        assert process.wait(timeout=300) == 0, process.stderr.read().decode()
    opens(out)
    assert sorted(p.name for p in out.iterdir()) == ["report.docx", "report.pdf"]
