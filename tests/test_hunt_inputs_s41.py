"""Clerks' mistakes found in session 41 (helper A): each was a wrong hint, a wrong place, a traceback or a silent
success; each test below failed before its fix."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import BaseModel

from reportkit import hookimpl
from reportkit.blocks import Document
from reportkit.cli import cli
from reportkit.registry import Kind
from reportkit.testing import registered


def _run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def starter(tmp_path_factory) -> str:
    """The text of an annual report's starting file (2021 edition, 2023), without its edition line."""
    path = tmp_path_factory.mktemp("starter") / "report.yaml"
    assert _run("init", "annual-report", "--year", "2023", "--agency", "某县水利局", "-o", path).exit_code == 0
    return "".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                   if not line.startswith("edition:"))


def _told(tmp_path: Path, text: str, word: str) -> tuple[int, list[str]]:
    """Validate ``text``: the exit code, and the lines of the output that hold ``word`` (placeholders aside)."""
    data = tmp_path / "report.yaml"
    data.write_text(text, encoding="utf-8")
    result = _run("validate", data)
    assert "Traceback" not in result.output
    return result.exit_code, [line.replace(str(data), "report.yaml") for line in result.output.splitlines()
                              if word in line and "占位" not in line]


# -- a date in quotes, typed as its digits -------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "fix"), [
    ('"20240125"', "：“20240125”请写作 2024-01-25"),
    ("'2018115'", "：“2018115”请写作 2018-01-15，或 2018-11-05"),
    ('"20241345"', ""),
])
def test_a_quoted_date_of_digits_is_told_the_date_meant(tmp_path, starter, written, fix):
    """"20240125" in quotes was “应为日期，不带时间：写成 2021-02-05 的形式”: pydantic read the digits as a timestamp; the
    fix now names the date, as for the unquoted 20240125."""
    line = starter.splitlines().index("date: 2024-01-20   # 成文日期，印作“X年X月X日”") + 1
    code, told = _told(tmp_path, starter.replace("date: 2024-01-20", f"date: {written}"), "date")
    assert code == 1
    assert told == [f"report.yaml:{line}:7: error: date：应为日期，写成 2021-02-05 的形式{fix}"]


def test_quoted_digits_that_are_a_midnight_timestamp_are_no_date(tmp_path, starter):
    """"1706140800" (2024-01-25 00:00 as seconds since 1970) was taken as 2024-01-25, and "0" as 1970-01-01."""
    for written in ('"1706140800"', '"0"'):
        code, told = _told(tmp_path, starter.replace("date: 2024-01-20", f"date: {written}"), "date")
        assert code == 1 and [line.split(": error: ")[1] for line in told] == ["date：应为日期，写成 2021-02-05 的形式"]


# -- a year under a mistyped key ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "fix"), [
    ("year\u3000", "键“year”里夹着全角空格“　”：请删去它（空格都用英文输入法下的）"),
    ("Year", "是不是“year”？"),
    ("YEAR", "是不是“year”？"),
])
@pytest.mark.parametrize("year", ["2023", "2030"])
def test_a_year_under_a_mistyped_key_is_told_at_the_key(tmp_path, starter, key, fix, year):
    """The message's column pointed at the year (after the key), not at the key that is wrong; YEAR was offered
    no key, and a year out of range there was told as a missing year."""
    line = starter.splitlines().index("year: 2023   # 报告年度") + 1
    code, told = _told(tmp_path, starter.replace("year: 2023", f"{key}: {year}"), "year")
    assert code == 1
    assert told == [f"report.yaml:{line}:1: error: {key}：未知字段“{key}”。{fix}"]


def test_a_year_of_the_2008_edition_over_tables_of_the_2021_one_is_no_traceback(tmp_path, starter):
    """year: 2015 in a file whose table 二 has the 2021 edition's columns ended in a KeyError traceback."""
    code, told = _told(tmp_path, starter.replace("year: 2023", "year: 2015"), "表二是按")
    assert code == 1
    assert len(told) == 1 and "warning: 表二是按 2021 版（国办公开办函〔2021〕30号）的栏目写的，而 2015 年度报告用 2008 版" in told[0]


# -- init options that do not apply to the kind chosen --------------------------------------------------------------

@pytest.mark.parametrize("args", [["init", "work-plan"], ["init", "work-summary"], ["schema", "work-plan"]])
def test_an_edition_for_a_kind_without_editions_is_a_usage_error(tmp_path, args):
    """init work-plan --edition 2021 wrote the work plan's one starter and exited 0, the --edition unread."""
    output = tmp_path / "plan.yaml"
    result = _run(*args, "--edition", "2021", *(["-o", output] if args[0] == "init" else []))
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == (f"error: --edition：{args[1]} 不分版本，--edition 只用于 annual-report"
                                             f"（版本 2008、2019、2021）：请去掉 --edition")
    assert not list(tmp_path.iterdir())


def test_an_edition_with_from_a_work_plan_is_a_usage_error(tmp_path):
    last = tmp_path / "2024.yaml"
    assert _run("init", "work-plan", "--year", "2024", "-o", last).exit_code == 0
    result = _run("init", "--from", last, "--edition", "2021", "-o", tmp_path / "2025.yaml")
    assert result.exit_code == 2 and "work-plan 不分版本" in result.output
    assert not (tmp_path / "2025.yaml").exists()


def test_a_year_not_after_the_from_report_s_is_a_usage_error(tmp_path):
    """init --from 2023.yaml --year 2019 wrote a 2019 file carried over from 2023's (exit 0)."""
    last = tmp_path / "2023.yaml"
    assert _run("init", "annual-report", "--year", "2023", "-o", last).exit_code == 0
    for year in ("2019", "2023"):
        result = _run("init", "--from", last, "--year", year, "-o", tmp_path / "new.yaml")
        assert result.exit_code == 2
        assert result.output.splitlines()[0] == (f"error: --year：{year} 不晚于上年报告 {last} 的年度 2023：--from 生成的是"
                                                 f"其后一年的文件，请写 --year 2024，或去掉 --year")
        assert not (tmp_path / "new.yaml").exists()
    assert _run("init", "--from", last, "--year", "2025", "-o", tmp_path / "new.yaml").exit_code == 0


class _Memo:
    """A third party's kind whose data has neither a year nor an agency."""

    __name__ = "reportkit-memo"

    class Data(BaseModel):
        kind: str
        note: str

    @hookimpl
    def register_kinds(self, register):
        register(Kind("memo", "便函", (), lambda data: (None, []), lambda edition: self.Data,
                      lambda report, locate: Document("t", "a"), lambda options: "kind: memo\nnote: 一\n"))


@pytest.mark.parametrize("options", [["--year", "2024"], ["--agency", "某县局"], ["--year", "2024", "--agency", "某县局"]])
def test_a_year_or_agency_for_a_kind_without_them_is_a_usage_error(tmp_path, options):
    """init memo --year 2024 wrote the memo's starter, the year nowhere in it, and exited 0."""
    with registered(_Memo()):
        result = _run("init", "memo", *options, "-o", tmp_path / "memo.yaml")
        plain = _run("init", "memo", "-o", tmp_path / "plain.yaml")
    named = "、".join(option[2:] for option in options if option.startswith("--"))
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == (f"error: 便函（memo）的数据文件没有 {named}："
                                             f"请去掉 {'、'.join(o for o in options if o.startswith('--'))}")
    assert not (tmp_path / "memo.yaml").exists()
    assert plain.exit_code == 0 and (tmp_path / "plain.yaml").read_text(encoding="utf-8") == "kind: memo\nnote: 一\n"


def test_init_into_a_name_ending_as_a_folder_s_is_a_usage_error(tmp_path):
    """init -o 新建文件夹/ wrote a data file named 新建文件夹 (the slash dropped), and said so as a success."""
    for typed in (f"{tmp_path}/新建文件夹/", f"{tmp_path}/新建文件夹\\"):
        result = _run("init", "annual-report", "-o", typed)
        assert result.exit_code == 2
        assert result.output.splitlines()[0] == (f"error: -o/--output：“{typed}”以“{typed[-1]}”结尾，是文件夹的写法，"
                                                 f"而这里要的是文件名：请在后面写上文件名，如“{typed}report.yaml”")
    assert not list(tmp_path.iterdir())


# -- reading --------------------------------------------------------------------------------------------------------

def test_a_data_file_under_a_file_is_told_so_in_chinese(tmp_path):
    """validate 某文件/report.yaml was “无法读取：Not a directory”, the system's English."""
    (tmp_path / "报告.docx").write_bytes(b"PK")
    result = _run("validate", tmp_path / "报告.docx" / "report.yaml")
    assert result.exit_code == 1
    assert result.output.splitlines() == [f"{tmp_path / '报告.docx' / 'report.yaml'}: error: 无法读取：路径中有一段是文件而不是文件夹"]


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_a_utf32_data_file_is_read_with_a_note(tmp_path, starter, encoding):
    """A file saved as UTF-32 (with its byte order mark) was read as UTF-16: a NUL between every two characters,
    3,000 warnings about invisible characters removed; a file cut in its last character was no encoding error."""
    data = tmp_path / "report.yaml"
    raw = "\ufeff".encode(encoding) + starter.replace("某县水利局", "某县水利局办公室").encode(encoding)
    data.write_bytes(raw)
    result = _run("validate", "--draft", data)
    assert result.exit_code == 0, result.output
    assert f"{data}:1:1: note: 文件是 UTF-32 编码，已按 UTF-32 读取；建议在编辑器中另存为 UTF-8" in result.output.splitlines()
    assert [line for line in result.output.splitlines() if "warning" in line and "占位" not in line] == []
    rendered = _run("render", "--draft", data, "-f", "docx", "-o", tmp_path)
    assert rendered.exit_code == 0
    from docx import Document as Docx

    assert "某县水利局办公室" in "".join(p.text for p in Docx(tmp_path / "report.docx").paragraphs)
    data.write_bytes(raw[:-2])
    lines = starter.count("\n")
    broken = _run("validate", data)
    assert broken.exit_code == 1
    assert broken.output.splitlines() == [f"{data}:{lines}:{len(starter.splitlines()[-1]) + 1}: error: 无法识别文件编码"
                                          f"（文件是 UTF-32，但这里缺了半个字符，可能在复制或传输时损坏）：请在编辑器中“另存为”UTF-8 编码后再试"]


@pytest.mark.parametrize(("typed", "half"), [("3８", "38"), ("１2", "12")])
def test_a_count_half_in_full_width_digits_is_given_all_its_digits(tmp_path, starter, typed, half):
    """3８ (a full-width 8 after a half-width 3) was told ““3８”请写作 3”: the full-width digits were dropped."""
    text = starter.replace("      natural_person: 0   # 自然人", f"      natural_person: {typed}   # 自然人", 1)
    assert text != starter
    code, told = _told(tmp_path, text, "natural_person")
    assert code == 1
    assert [line.split(": error: ")[1] for line in told] == [
        f"tables.applications.new_received.natural_person：“{typed}”用了全角数字：请改为半角（英文输入法下的）数字 {half}"]


# -- list items typed the way Word and WPS number them -------------------------------------------------------------


def _with_item(starter: str, line: str) -> tuple[str, int]:
    """``starter`` with ``line`` added below its problems paragraph, and that line's number."""
    lines = starter.splitlines(keepends=True)
    at = next(n for n, text in enumerate(lines) if text.startswith("        - 【请填写：") and "问题" in text) + 1
    return "".join(lines[:at] + [line + "\n"] + lines[at:]), at + 1


@pytest.mark.parametrize(("mark", "said"), [
    ("— ", "“—”不是列表的符号：请把它改为“- ”"),
    ("•", "“•”不是列表的符号：请把它改为“- ”"),
    ("1. ", "编号由 reportkit 生成：请把“1.”改为“- ”"),
    ("（2）", "编号由 reportkit 生成：请把“（2）”改为“- ”"),
])
def test_a_list_item_with_word_s_bullet_or_number_is_told_at_its_mark(tmp_path, starter, mark, said):
    """An item typed “— 文字” or “1. 文字” where “- 文字” belongs was told “这里不能再写‘键: 值’” on the next line."""
    text, line = _with_item(starter, f"        {mark}本年度对公开属性的把握仍需加强。")
    code, told = _told(tmp_path, text, "error")
    assert code == 1
    assert told == [f"report.yaml:{line}:9: error: YAML 语法错误：列表项要以英文减号加一个空格“- ”开头，{said}"]


@pytest.mark.parametrize("mark", ["— ", "•"])
def test_a_bullet_line_folded_into_the_item_above_is_a_warning(tmp_path, starter, mark):
    """Indented under the item above, “— 文字” was joined to that item's text without a word, as a full-width “－” is
    warned of; “——” (the Chinese dash) still is text."""
    text, line = _with_item(starter, f"          {mark}本年度对公开属性的把握仍需加强。")
    code, told = _told(tmp_path, text, "warning")
    assert told == [f"report.yaml:{line}:11: warning: 这一行以“{mark.strip()}”开头，被接在上一行的文字后面印出：若要另起一项，"
                    "请改为英文减号加空格“- ”，并与上一项的“- ”对齐"]
    text, line = _with_item(starter, "          ——本年度对公开属性的把握仍需加强。")
    assert _told(tmp_path, text, "warning")[1] == []


# -- init --year ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "year", "said"), [
    ("annual-report", "2023年", "应写成四位数字的年份：“2023年”请写作 2023"),
    ("work-plan", "二〇二四", "应写成四位数字的年份：“二〇二四”请写作 2024"),
    ("work-plan", "-5", "方案年度 -5 超出范围：不能小于 2008"),
    ("work-summary", "0", "总结年度 0 超出范围：不能小于 2008"),
    ("annual-report", "0", "报告年度 0 超出范围：应在 2008 至"),
])
def test_a_year_init_cannot_use_is_a_usage_error(tmp_path, kind, year, said):
    """--year 2023年 was click's English “is not a valid integer”; a work plan's --year -5 wrote a file validate then
    refused; --year 0 was taken as no year, and the default year written."""
    result = _run("init", kind, "--year", year, "-o", tmp_path / "new.yaml")
    assert result.exit_code == 2
    assert result.output.startswith(f"error: --year：{said}")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(("typed", "fix"), [("DOCX", "-f docx"), (".pdf", "-f pdf"), ("Word", "-f docx"),
                                            ("pdf,docx", "-f pdf -f docx"), ("PDF、DOCX", "-f pdf -f docx")])
def test_a_format_typed_otherwise_is_given_the_option_to_write(tmp_path, typed, fix):
    """-f DOCX, -f pdf,docx or -f Word was told only the formats there are."""
    result = _run("render", tmp_path / "r.yaml", "-f", typed, "-o", tmp_path / "out")
    assert result.exit_code == 2
    line = result.output.splitlines()[0]
    assert line.startswith(f"error: -f/--format：没有“{typed}”格式，可选：docx、pdf、") and line.endswith(f"：请写作 {fix}")
    assert not (tmp_path / "out").exists()


def test_a_data_file_not_found_names_the_one_notepad_saved_beside_it(tmp_path, starter):
    """Notepad saves 报告.yaml as 报告.yaml.txt, and Windows hides the .txt: validate 报告.yaml said only “文件不存在”."""
    (tmp_path / "报告.yaml.txt").write_text(starter, encoding="utf-8")
    (tmp_path / "甲.yaml").write_text(starter, encoding="utf-8")
    said = {name: _run("validate", tmp_path / name) for name in ("报告.yaml", "甲.yml", "甲", "乙.yaml")}
    assert all(result.exit_code == 1 for result in said.values())
    assert [result.output.splitlines() for result in said.values()] == [
        [f"{tmp_path / '报告.yaml'}: error: 文件不存在；同一文件夹中有“报告.yaml.txt”：记事本保存时在文件名后加了 .txt"
         f"（Windows 默认不显示扩展名），请把它改名为“报告.yaml”，或给出文件名 {tmp_path / '报告.yaml.txt'}"],
        [f"{tmp_path / '甲.yml'}: error: 文件不存在；同一文件夹中有“甲.yaml”：是不是这个文件？"],
        [f"{tmp_path / '甲'}: error: 文件不存在；同一文件夹中有“甲.yaml”：是不是这个文件？"],
        [f"{tmp_path / '乙.yaml'}: error: 文件不存在"]]


@pytest.mark.parametrize(("typed", "said"), [
    ("20251231", "完成时限被读成了数字 20251231：“20251231”请写作 2025-12-31"),
    ('"20251231"', "完成时限只写了数字：“20251231”请写作 2025-12-31"),
    ("2025125", "完成时限被读成了数字 2025125：“2025125”请写作 2025-01-25，或 2025-12-05"),
])
def test_a_work_plan_deadline_typed_as_digits_is_given_the_date(tmp_path, typed, said):
    """A deadline 20251231 was told only the forms to write; in quotes it passed and printed “20251231”."""
    data = tmp_path / "plan.yaml"
    assert _run("init", "work-plan", "--year", "2025", "-o", data).exit_code == 0
    text = data.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.lstrip().startswith("deadline:"))
    data.write_text(re.sub(r'deadline: "2025-12"', f"deadline: {typed}", text, count=1), encoding="utf-8")
    result = _run("validate", "--draft", data)
    assert result.exit_code == 1
    assert [row for row in result.output.splitlines() if "deadline" in row] == [
        f"{data}:{line}:15: error: tasks[1].deadline：{said}"]
