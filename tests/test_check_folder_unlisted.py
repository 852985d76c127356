"""`reportkit check FOLDER` with a folder in it that cannot be listed (no permission): it is a row of its own
(unreadable, saying how to open it) and a sentence of the summary, not passed over without a word; and the JSON
results say each file's verdict (its ``files``), as the workbook's 各文件 sheet does."""
from __future__ import annotations

import csv
import errno
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

from _import_helpers import render_source

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    return render_source(EXAMPLE, "html", tmp_path_factory.mktemp("page"))


@pytest.fixture
def folder(tmp_path, page, monkeypatch) -> Path:
    """各单位/ with 甲县/年报.html, and 乙县/ which cannot be listed (the test runs as root, whom chmod does not stop)."""
    given = tmp_path / "各单位"
    (given / "甲县").mkdir(parents=True)
    (given / "乙县").mkdir()
    (given / "乙县" / "年报.html").write_text("never read", encoding="utf-8")
    shutil.copy(page, given / "甲县" / "年报.html")
    iterdir = Path.iterdir

    def refused(self):
        if self.name == "乙县":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refused)
    return given


def _check(*args):
    result = CliRunner().invoke(cli, ["check", *map(str, args), "-j", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def test_a_folder_that_cannot_be_listed_is_a_row_and_said_in_the_summary(folder):
    result = _check(folder)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    closed = folder / "乙县"
    assert f"{closed}: error: unreadable: {closed}: 文件夹打不开（没有读取权限），其中的报告都没有检查：" \
           "请让管理员给这个文件夹读取权限（或换一个有权限的账号），或把其中的报告复制到可以打开的文件夹后重新检查" in lines
    assert f"{folder / '甲县' / '年报.html'}: 未发现问题" in lines
    assert ("共检查 1 份报告：1 份未发现问题，0 份有问题；另有 1 个文件夹打不开，其中的报告没有检查"
            "（见“无法读取（unreadable）”行）") in lines
    assert "  无法读取（unreadable）：1 处" in lines


def test_a_folder_given_that_cannot_be_listed_is_a_row(folder):
    result = _check(folder / "乙县")
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(f"{folder / '乙县'}: error: unreadable: {folder / '乙县'}: 文件夹打不开")
    assert "共检查 0 份报告：0 份未发现问题，0 份有问题；另有 1 个文件夹打不开" in result.output


def test_a_folder_listed_whose_files_cannot_be_looked_at_is_a_row(tmp_path, page, monkeypatch):
    """A folder one may list but not search (r without x): its names are there, each file's kind is not."""
    given = tmp_path / "各单位"
    (given / "丙县").mkdir(parents=True)
    shutil.copy(page, given / "丙县" / "年报.html")
    is_dir = Path.is_dir

    def refused(self):
        if self.parent.name == "丙县":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return is_dir(self)

    monkeypatch.setattr(Path, "is_dir", refused)
    result = _check(given)
    assert result.exit_code == 1
    assert f"{given / '丙县'}: error: unreadable: {given / '丙县'}: 文件夹打不开（没有读取权限）" in result.output
    assert "共检查 0 份报告：0 份未发现问题，0 份有问题；另有 1 个文件夹打不开" in result.output


def test_json_results_say_each_files_verdict_and_csv_keeps_a_row_a_finding(folder, tmp_path):
    _check(folder, "--report", tmp_path / "结果.json")
    document = json.loads((tmp_path / "结果.json").read_text(encoding="utf-8"))
    verdicts = {Path(entry["file"]).relative_to(folder).as_posix(): (entry["verdict"], entry["error"])
                for entry in document["files"]}
    assert verdicts == {"甲县/年报.html": ("通过", 0), "乙县": ("无法读取", 1)}
    assert document["summary"] == {"unreadable": 1}
    _check(folder, "--report", tmp_path / "结果.csv")
    with open(tmp_path / "结果.csv", encoding="utf-8-sig", newline="") as opened:
        rows = list(csv.DictReader(opened))
    assert [(Path(row["file"]).relative_to(folder).as_posix(), row["rule"]) for row in rows] == [
        ("乙县", "unreadable"), ("甲县/年报.html", "ok")]  # in the order of their paths


def test_last_years_folder_that_cannot_be_listed_is_said_before_any_check(folder, tmp_path):
    """--previous-dir naming a folder the user may not read: one Chinese line with the fix and a non-zero exit, before
    any report is checked (it was a PermissionError traceback); no result file is left."""
    result = _check(folder / "甲县", "--previous-dir", folder / "乙县", "--report", tmp_path / "结果.csv")
    assert result.exit_code != 0
    assert f"{folder / '乙县'}: error: 上年报告所在的文件夹打不开（没有读取权限），没有检查：请让管理员给这个文件夹读取权限" \
           "（或换一个有权限的账号），或把上年报告复制到可以打开的文件夹，再用 --previous-dir 指定它" in result.output
    assert "未发现问题" not in result.output
    assert not (tmp_path / "结果.csv").exists()
