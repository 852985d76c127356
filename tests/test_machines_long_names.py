"""Other machines, second pass: report names longer than the file system takes under ``check -o`` and
``--previous-dir``, the fix of a data file ``check`` cannot write following why, a workbook given to ``tables import
--into``, the workbook refusal worded for ``aggregate``, a Chinese ``--agency`` under ``LC_ALL=C``."""
from __future__ import annotations

import csv
import errno
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.importers import data_files

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
#: A file name's limit on Linux and macOS, in bytes.
NAME_MAX = 255


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def text_copy(year: int) -> str:
    """A published report's text copy, in our own words: its title and three parts, no tables."""
    return (f"某区水务局{year}年政府信息公开工作年度报告\n\n"
            "一、总体情况\n本局围绕防汛和供水两项重点，按月梳理应公开的事项。\n"
            "二、主动公开政府信息情况\n详见统计表。\n"
            "三、收到和处理政府信息公开申请情况\n全年收到一件申请，已按期答复。\n")


#: A report name of 251 bytes before its extension (83 characters of 3 bytes and two of 1): ``.txt`` makes it 255
#: bytes, the most a name may have, and its data file's ``.yaml`` one too many.
LONG = "某" * 83 + "ab"
#: What reportkit keeps of it: whole characters up to 200 bytes (write.MAX_NAME_BYTES), 66 of 3 bytes.
CLIPPED = "某" * 66


def test_check_keeps_the_data_file_of_a_report_with_a_name_as_long_as_the_file_system_takes(tmp_path):
    """The kept data file was named ``<255-byte name>.yaml``, which no file system takes: the report was “未能检查”,
    with the advice to free disk space."""
    report = tmp_path / f"{LONG}.txt"
    report.write_text(text_copy(2023), encoding="utf-8")
    kept = tmp_path / "kept"
    result = run("check", report, "-j", "1", "-o", kept, "--report", tmp_path / "r.csv")
    assert result.exit_code == 1  # the report lacks its tables: problems of its own, not a file not written
    assert result.output.splitlines()[0] == f"共检查 1 份报告：0 份未发现问题，1 份有问题；结果已写入 {tmp_path / 'r.csv'}"
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as f:
        rules = {row["rule"] for row in csv.DictReader(f)}
    assert "unchecked" not in rules and "import-tables" in rules
    assert [p.name for p in (kept / "001").iterdir()] == [f"{CLIPPED}.yaml"]
    assert yaml.safe_load((kept / "001" / f"{CLIPPED}.yaml").read_text(encoding="utf-8"))["year"] == 2023


def test_data_files_of_long_names_fit_the_file_system_and_stay_apart(tmp_path):
    """``import`` named a data file ``<stem>.yaml`` (or ``<name>.yaml`` for a page and a PDF of one report) whatever
    the length: a name the file system refuses."""
    page, pdf, short = tmp_path / f"{LONG}.html", tmp_path / f"{LONG}.pdf", tmp_path / "年报.txt"
    names = {path: target.name for path, target in data_files([page, pdf, short], tmp_path / "data").items()}
    assert names == {page: f"{CLIPPED}.html.yaml", pdf: f"{CLIPPED}.pdf.yaml", short: "年报.yaml"}
    assert all(len(os.fsencode(name)) <= NAME_MAX for name in names.values())


def test_last_year_s_report_with_a_long_name_is_read_for_the_cross_year_rules(tmp_path):
    """Last year's imported report was renamed ``<name>.yaml`` (260 bytes here): a traceback (OSError: File name too
    long) after the import."""
    previous = tmp_path / "上年"
    previous.mkdir()
    (previous / f"{'某' * 80}abcdefg.txt").write_text(text_copy(2022), encoding="utf-8")
    report = tmp_path / "本年.txt"
    report.write_text(text_copy(2023), encoding="utf-8")
    kept = tmp_path / "kept"
    result = run("check", report, "-j", "1", "-o", kept, "--previous-dir", previous)
    assert result.exit_code == 1
    assert "未做跨年度检查" not in result.output and "unchecked" not in result.output
    assert [p.name for p in (kept / "previous").glob("*.yaml")] == [f"{CLIPPED}.txt.yaml"]


def _refused_in(monkeypatch, code: int) -> None:
    """No file can be made in a report's own folder of ``check`` (``001``): the system says ``code``."""
    mkstemp = tempfile.mkstemp

    def refuse(*args, dir=None, **kwargs):
        if Path(dir).name == "001":
            raise OSError(code, os.strerror(code))
        return mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


@pytest.mark.parametrize("code, kept, fix", [
    (errno.ENOSPC, True, "请腾出磁盘空间，或换一个在别的磁盘上的 -o 文件夹后重新检查"),
    (errno.EACCES, True, "请换一个可以写入的 -o 文件夹后重新检查"),
    (errno.EROFS, True, "请换一个可以写入的 -o 文件夹后重新检查"),
    (errno.ENAMETOOLONG, True, "请把报告的文件名改短一些，或换一个路径短一些的 -o 文件夹后重新检查"),
    (errno.ENOTDIR, True, "请换一个空的 -o 文件夹后重新检查"),
    (errno.ENOENT, True, "请重新检查，检查途中不要移走或删除 -o 文件夹"),
    (errno.EACCES, False, "请换一个可以写入的文件夹（用 -o 指定，或用环境变量 TMPDIR 换一个临时文件夹）后重新检查"),
], ids=["disk-full", "permission", "read-only", "name-too-long", "file-in-the-way", "folder-gone", "temporary"])
def test_the_fix_of_a_data_file_check_cannot_write_follows_why(tmp_path, monkeypatch, code, kept, fix):
    """Whatever kept the data file from being written, the row said “请腾出磁盘空间或换一个可以写入的 -o 文件夹”, even
    without -o."""
    report = tmp_path / "年报.txt"
    report.write_text(text_copy(2023), encoding="utf-8")
    _refused_in(monkeypatch, code)
    output = ["-o", tmp_path / "kept"] if kept else []
    result = run("check", report, "-j", "1", *output, "--report", tmp_path / "r.csv")
    assert result.exit_code == 1
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as f:
        [row] = list(csv.DictReader(f))
    assert row["rule"] == "unchecked"
    assert row["message"].startswith("未能检查：") and row["message"].endswith(f"；这不是报告的问题：{fix}")
    assert ("腾出磁盘空间" in row["message"]) == (code == errno.ENOSPC)


@pytest.fixture
def exported(tmp_path):
    """The sample's data file and the workbook ``tables export`` makes of it."""
    data = tmp_path / "年报.yaml"
    shutil.copy(SAMPLE, data)
    book = tmp_path / "统计表.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    return data, book


@pytest.mark.parametrize("swapped", [False, True], ids=["workbook-twice", "swapped"])
def test_a_workbook_given_to_into_says_it_wants_the_data_file(exported, swapped):
    """``tables import t.xlsx --into t.xlsx`` read the workbook as a data file: “这不是文本文件（含有 NUL 字节…）”."""
    data, book = exported
    before = data.read_bytes(), book.read_bytes()
    first = data if swapped else book
    result = run("tables", "import", first, "--into", book)
    assert result.exit_code == 2
    fix = (f"两者写反了，应为 reportkit tables import {book} --into {data}" if swapped
           else f"如 reportkit tables import {book} --into 年报.yaml")
    assert result.output.splitlines()[0] == \
        f"error: --into：“{book}”是工作簿，这里要写的是数据文件（.yaml），工作簿写在前面：{fix}"
    assert "NUL" not in result.output
    assert (data.read_bytes(), book.read_bytes()) == before


def test_aggregate_tells_to_save_a_workbook_as_xlsx_before_summing_it(tmp_path):
    """The refusal of a unit's .xls or CSV ended “后再导入” under ``aggregate`` too, which sums and imports nothing."""
    shutil.copy(SAMPLE, tmp_path / "甲局.yaml")
    (tmp_path / "乙局.csv").write_bytes("表三,自然人\r\n新收,4\r\n".encode("gbk"))
    result = run("aggregate", tmp_path / "甲局.yaml", tmp_path / "乙局.csv", "-o", tmp_path / "县.yaml")
    assert result.exit_code == 1, result.output
    assert (f"{tmp_path / '乙局.csv'}: error: reportkit 只能读取 .xlsx 工作簿，不能读取 .csv 文件："
            "请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再汇总") in result.output.splitlines()
    assert "导入" not in result.output


@pytest.mark.skipif(os.name != "posix", reason="LC_ALL sets the locale on POSIX only")
def test_a_chinese_agency_typed_under_a_c_locale_is_taken_as_typed(tmp_path):
    """Under LC_ALL=C without Python's UTF-8 mode a UTF-8 terminal's 某县水务局 arrives as bytes the locale cannot decode
    (surrogate escapes): it was refused as “无法识别”. Bytes that are no UTF-8 (a GBK terminal's) still are, at the
    first of them."""
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}, "LC_ALL": "C", "PYTHONUTF8": "0"}

    def init(agency: bytes, name: str):
        return subprocess.run([sys.executable, "-m", "reportkit", "init", "annual-report", "--year", "2023",
                               b"--agency", agency, "-o", name], capture_output=True, env=env, cwd=tmp_path, timeout=300)

    done = init("某县水务局".encode("utf-8"), "utf8.yaml")
    assert done.returncode == 0, done.stderr.decode("utf-8")
    assert yaml.safe_load((tmp_path / "utf8.yaml").read_text(encoding="utf-8"))["agency"] == "某县水务局"
    done = init("No.2 ".encode("utf-8") + "教育局".encode("gbk"), "gbk.yaml")
    assert done.returncode == 2 and not (tmp_path / "gbk.yaml").exists()
    assert done.stderr.decode("utf-8").splitlines()[0].startswith(
        "error: --agency：第 6 个字符无法识别：终端的编码不是 UTF-8，中文传不进来。请把终端的语言环境设为 UTF-8")


def test_a_plugin_s_title_typed_under_a_c_locale_is_taken_as_typed(tmp_path):
    """``new-plugin --title`` read a UTF-8 terminal's title under LC_ALL=C as control characters (“第 1 个字符是控制字符
    U+DCE7”)."""
    typed = "统计附表说明".encode("utf-8").decode("ascii", "surrogateescape")  # as Python gets it under an ASCII locale
    result = run("new-plugin", "water-annex", "--title", typed, "-o", tmp_path / "plugin")
    assert result.exit_code == 0, result.output
    module = tmp_path / "plugin" / "src" / "reportkit_water_annex" / "__init__.py"
    assert 'title="统计附表说明"' in module.read_text(encoding="utf-8")
