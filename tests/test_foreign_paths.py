"""Paths that are not UTF-8: the GBK names of a zip made on Chinese Windows, unzipped on Linux (Python sees them as
str with surrogate escapes). Rendering, the journal, results files, check and import took them with a traceback."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _import_helpers import render_source

import reportkit.write
from reportkit.plugins import load_plugins
from reportkit.write import readable, recover, stage

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
#: 年报 in GBK, as a Chinese Windows names a file; decoded as UTF-8 it is “\udcc4걨”
NIANBAO = b"\xc4\xea\xb1\xa8"


def foreign(folder: Path, suffix: str = "") -> Path:
    """``folder``/年报``suffix``, named in GBK bytes; the test is skipped where the file system refuses such a name."""
    try:
        path = folder / os.fsdecode(NIANBAO + suffix.encode())
        path.touch()
    except (UnicodeError, OSError):
        pytest.skip("the file system takes UTF-8 names only")
    path.unlink()
    return path


def invoke(*args, cwd=None) -> subprocess.CompletedProcess:
    """``reportkit *args`` as a clerk runs it (its standard output shows such a name as escapes, \\udcc4)."""
    done = subprocess.run([sys.executable, "-m", "reportkit", *map(str, args)], capture_output=True,
                          encoding="utf-8", errors="replace", cwd=cwd, timeout=600)
    assert "Traceback" not in done.stderr and "内部错误" not in done.stderr, done.stderr
    return done


@pytest.mark.parametrize("named", ["data file", "output folder"])
def test_docx_and_pdf_are_written_for_a_data_file_or_into_a_folder_named_in_gbk(tmp_path, named):
    source, out = SAMPLE, tmp_path / "out"
    if named == "data file":
        source = foreign(tmp_path, ".yaml")
        source.write_bytes(SAMPLE.read_bytes())
    else:
        out = foreign(tmp_path)
    result = invoke("render", source, "-o", out)
    assert result.returncode == 0
    assert sorted(p.name for p in out.iterdir()) == [source.stem + ".docx", source.stem + ".pdf"]  # no journal left


def test_a_journal_of_names_in_gbk_is_rolled_back_by_the_next_run(tmp_path):
    folder = foreign(tmp_path)
    folder.mkdir()
    target = folder / os.fsdecode(NIANBAO + b".pdf")
    target.write_bytes(b"%PDF-1.7 old\nstartxref\n0\n%%EOF\n")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, encoding="utf-8")
    journal = folder / f".reportkit-{dead.stdout.strip()}-abcd.journal"
    item = stage(target, b"%PDF-1.7 new\nstartxref\n0\n%%EOF\n")
    item.backup = reportkit.write._keep(target)
    reportkit.write._write_journal(journal, [item])
    os.replace(item.tmp, target)  # the run was killed after this first replace
    recover(folder)
    assert target.read_bytes().startswith(b"%PDF-1.7 old") and [p.name for p in folder.iterdir()] == [target.name]


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_the_results_file_of_a_render_shows_a_gbk_name_readably(tmp_path, suffix):
    source = foreign(tmp_path, ".yaml")
    source.write_bytes(SAMPLE.read_bytes())
    result = invoke("render", source.name, "-f", "docx", "-o", "out", "--report", f"r{suffix}", cwd=tmp_path)
    assert result.returncode == 0
    text = (tmp_path / f"r{suffix}").read_text(encoding="utf-8-sig")
    [row] = csv.DictReader(io.StringIO(text)) if suffix == ".csv" else json.loads(text)
    assert row["file"] == "年报.yaml" and row["status"] == "ok"
    assert row["outputs"] in (str(Path("out") / "年报.docx"), [str(Path("out") / "年报.docx")])
    assert (tmp_path / "out" / (source.stem + ".docx")).is_file()


def test_an_output_name_pattern_keeps_a_stem_in_gbk(tmp_path):
    source = foreign(tmp_path, ".yaml")
    source.write_bytes(SAMPLE.read_bytes())
    result = invoke("render", source, "-f", "docx", "-o", tmp_path / "out", "--name", "{stem}")
    assert result.returncode == 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == [f"{source.stem}.docx"]


@pytest.fixture
def published(tmp_path) -> Path:
    """A published report (a web page) named 年报.html in GBK bytes, in folder ``pub``."""
    folder = tmp_path / "pub"
    folder.mkdir()
    page = render_source(SAMPLE, "html", folder, load_plugins())
    return page.rename(foreign(folder, ".html"))


def test_check_writes_every_result_for_a_report_named_in_gbk(tmp_path, published):
    result = invoke("check", published.parent, "-j", "1", "--report", tmp_path / "check.csv")
    assert result.returncode == 0 and "结果已写入" in result.stdout
    with open(tmp_path / "check.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(row["file"], row["rule"]) for row in rows] == [(str(published.parent / "年报.html"), "ok")]


def test_import_of_a_report_named_in_gbk_names_it_readably_in_the_data_file(tmp_path, published):
    result = invoke("import", published, "-o", tmp_path / "imp")
    assert result.returncode == 0
    data = tmp_path / "imp" / (published.stem + ".yaml")
    assert data.read_text(encoding="utf-8").splitlines()[0] == "# 由 reportkit import 从 年报.html 导入。"


def test_bytes_that_are_not_gbk_either_are_replaced():
    assert readable(os.fsdecode(b"pub/\xff\xfe.pdf")) == "pub/\ufffd\ufffd.pdf"
    assert readable(f"无法写入输出文件夹“{os.fsdecode(NIANBAO)}”（没有写入权限）") == "无法写入输出文件夹“年报”（没有写入权限）"
    assert readable("年报.pdf") == "年报.pdf"
