"""The command line's rough edges: a folder with nothing to check, an option given twice, an edition the year has not,
error lines that all read ``file: error: …``, a Notepad-saved data file's output names, a UTF-32 data file kept as
it was saved."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
#: What reportkit says of a path that runs through a file, in place of the system's English “Not a directory”.
THROUGH_A_FILE = "路径中有一段是文件而不是文件夹"


def run(*args):
    """``reportkit ARGS`` in-process, as typed; an exception escaping the CLI fails the test (that is a traceback)."""
    return CliRunner().invoke(cli, [str(a) for a in args], prog_name="reportkit", catch_exceptions=False)


@pytest.fixture
def afile(tmp_path) -> Path:
    """A file where a folder is expected (``afile/x.yaml``)."""
    path = tmp_path / "afile"
    path.write_text("x\n", encoding="utf-8")
    return path


@pytest.fixture
def data(tmp_path) -> Path:
    path = tmp_path / "report.yaml"
    shutil.copyfile(SAMPLE, path)
    return path


@pytest.mark.parametrize("contents", [[], ["scan.jpg", "sub/notes.png"]], ids=["empty", "no-report-format"])
def test_check_of_a_folder_without_reports_is_refused(tmp_path, contents):
    """``check 空文件夹/`` said “共检查 0 份报告” and exited 0: a reviewer who gave the wrong folder thought all was well.
    Now it is a usage error naming what check looks for, and the results of an earlier check are not replaced by
    an empty file."""
    folder = tmp_path / "已发布"
    folder.mkdir()
    for name in contents:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"\x89PNG")
    earlier = "file,rule,severity,place,message,agency,year\n年报.pdf,R2,error,,总计不符,某县,2023\n".encode("utf-8-sig")
    (tmp_path / "结果.csv").write_bytes(earlier)
    result = run("check", folder, "--report", tmp_path / "结果.csv")
    assert result.exit_code == 2, result.output
    first = result.output.splitlines()[0]
    assert first.startswith(f"error: “{folder}”里（连同其中的文件夹）没有可检查的报告，"), first
    assert ".docx、.htm、.html" in first and ".pdf" in first and "请检查给出的文件夹是否正确" in first
    assert (f"只有 {len(contents)} 个别的文件（scan.jpg、notes.png）" if contents else "是空的") in first
    assert "共检查 0 份报告" not in result.output
    assert (tmp_path / "结果.csv").read_bytes() == earlier


def test_a_folder_with_a_report_is_still_checked(tmp_path):
    folder = tmp_path / "已发布"
    folder.mkdir()
    (folder / "年报.txt").write_text("某县教育局2023年政府信息公开工作年度报告\n", encoding="utf-8")
    result = run("check", folder, "-j", "1")
    assert "共检查 1 份报告" in result.output and "没有可检查的报告" not in result.output


def test_unreadable_paths_are_told_in_chinese(tmp_path, afile, data):
    """A workbook, or an --expect list, whose path runs through a file said “无法读取（Not a directory）”; a list not
    there said “No such file or directory”."""
    workbook = run("tables", "import", afile / "t.xlsx", "--into", data)
    assert workbook.exit_code == 1
    assert f"{afile / 't.xlsx'}: error: 无法读取（{THROUGH_A_FILE}）" in workbook.output.splitlines()
    expect = run("aggregate", data, "-o", tmp_path / "region.yaml", "--expect", afile / "units.txt")
    assert expect.exit_code == 2
    assert f"error: --expect：无法读取“{afile / 'units.txt'}”（{THROUGH_A_FILE}）" in expect.output.splitlines()
    missing = run("aggregate", data, "-o", tmp_path / "region.yaml", "--expect", tmp_path / "units.txt")
    assert f"error: --expect：无法读取“{tmp_path / 'units.txt'}”（文件不存在）" in missing.output.splitlines()
    assert "Not a directory" not in workbook.output + expect.output and "No such file" not in missing.output
    assert not (tmp_path / "region.yaml").exists()


@pytest.mark.parametrize("args, option, values", [
    (["tables", "import", "t.xlsx", "--into", "a.yaml", "--into", "b.yaml"], "--into", "a.yaml、b.yaml"),
    (["render", "report.yaml", "-o", "out/", "--output=site/"], "-o/--output", "out/、site/"),
    (["render", "report.yaml", "--name", "{title}", "-f", "docx", "--name", "{stem}"], "--name", "{title}、{stem}"),
    (["init", "annual-report", "--year", "2023", "-o", "a.yaml", "--year", "2024"], "--year", "2023、2024"),
    (["check", "年报/", "--report", "a.csv", "--report=b.xlsx"], "--report", "a.csv、b.xlsx"),
], ids=["tables-import-into", "render-output", "render-name", "init-year", "check-report"])
def test_an_option_of_one_value_given_twice_is_refused(tmp_path, monkeypatch, args, option, values):
    """``--into a.yaml --into b.yaml`` wrote b.yaml alone, saying nothing of a.yaml; so did any option of one value
    given twice. Now it is a usage error naming both values, and nothing is written."""
    monkeypatch.chdir(tmp_path)
    for name in ("a.yaml", "b.yaml", "report.yaml"):
        shutil.copyfile(SAMPLE, name)
    before = {path: path.read_bytes() for path in tmp_path.iterdir()}
    result = run(*args)
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    assert lines[0] == (f"error: 选项“{option}”给了两次（{values}），而它只取一个值，不会都用上：请只留下要用的那一个"
                        "（要用几个，请分别运行几次）")
    assert lines[1].startswith(f"用法：reportkit {' '.join(args[:2] if args[0] == 'tables' else args[:1])} ")
    assert {path: path.read_bytes() for path in tmp_path.iterdir()} == before


def test_options_that_may_be_repeated_still_are(tmp_path):
    result = run("render", SAMPLE, "-f", "json", "-f", "html", "-o", tmp_path, "--strict", "--strict")
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} == {"sample-2021.json", "sample-2021.html"}


@pytest.mark.parametrize("edition, year, fix", [
    ("2008", "2023", "2008 版用于 2008—2018 年度的报告，2023 年度请用 2021 版：请改为 --edition 2021，或去掉 --edition"),
    ("2021", "2015", "2021 版用于 2019 年度起的报告（2019、2020 年度用 2019 版，2021 年度起用 2021 版），2015 年度用 2008 版："
                     "请改为 --edition 2008，或去掉 --edition"),
    ("2019", "2018", "2019 年度起的报告（2019、2020 年度用 2019 版，2021 年度起用 2021 版），2018 年度用 2008 版："
                     "请改为 --edition 2008"),
], ids=["2008-for-2023", "2021-for-2015", "2019-for-2018"])
def test_init_of_an_edition_the_year_has_not_is_a_usage_error(tmp_path, edition, year, fix):
    """These exited 1 with a bare message (no “error:”); the edition and year are options given wrongly."""
    output = tmp_path / "report.yaml"
    result = run("init", "annual-report", "--edition", edition, "--year", year, "-o", output)
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("error: ") and fix in lines[0], lines
    assert lines[1] == "用法：reportkit init [选项] [KIND]"
    assert not output.exists()


def test_unwritable_output_folders_are_error_lines(tmp_path, afile, data):
    """``init -o``, ``tables export -o`` and ``aggregate -o`` into a folder that is a file printed
    “afile/x.yaml: 无法写入输出文件夹…”, without the “error:” every other error line has (and the last two without
    the fix)."""
    why = f"无法写入输出文件夹“{afile}”（无法创建这个文件夹：{THROUGH_A_FILE}）：请用 -o 换一个可以写入的文件夹"
    for args, target in ((["init", "annual-report", "--year", "2023"], afile / "x.yaml"),
                         (["tables", "export", data], afile / "t.xlsx"),
                         (["aggregate", data], afile / "region.yaml")):
        result = run(*args, "-o", target)
        assert result.exit_code == 1, result.output
        assert f"{target}: error: {why}" in result.output.splitlines(), result.output


def test_error_lines_without_a_file_or_of_a_name_in_brackets_are_tagged(tmp_path, afile, data):
    """A line about no one file is ``error: …``; a name with brackets (底稿（2023）) is still the line's file."""
    result = run("check", data, "-o", afile / "kept")
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(f"error: 无法写入输出文件夹“{afile / 'kept'}”")
    bracketed = tmp_path / "底稿（2023）"
    bracketed.write_text("x\n", encoding="utf-8")
    made = run("init", "annual-report", "--year", "2023", "-o", bracketed / "x.yaml")
    assert made.exit_code == 1
    assert made.output.startswith(f"{bracketed / 'x.yaml'}: error: 无法写入输出文件夹“{bracketed}”"), made.output


@pytest.mark.parametrize("saved", ["报告.yaml.txt", "报告.YML.txt"])
def test_a_notepad_saved_data_file_gives_its_own_name(tmp_path, saved):
    """``render 报告.yaml.txt`` wrote 报告.yaml.json (报告.yaml.docx …), and ``--name '{stem}'`` gave 报告.yaml too."""
    source = tmp_path / saved
    shutil.copyfile(SAMPLE, source)
    plain = run("render", source, "-f", "json", "-o", tmp_path / "out")
    named = run("render", source, "-f", "json", "-o", tmp_path / "named", "--name", "{stem}-{kind}")
    assert plain.exit_code == 0 and named.exit_code == 0, plain.output + named.output
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["报告.json"]
    assert [p.name for p in (tmp_path / "named").iterdir()] == ["报告-annual-report.json"]


def test_a_plain_txt_stem_is_kept(tmp_path):
    source = tmp_path / "年报.v2.txt"
    shutil.copyfile(SAMPLE, source)
    assert run("render", source, "-f", "json", "-o", tmp_path / "out").exit_code == 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["年报.v2.json"]
