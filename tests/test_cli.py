"""The command line as a clerk uses it: exit codes, messages, files written or left alone."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

ROOT = Path(__file__).resolve().parents[1]
XINZHOU = ROOT / "examples" / "xinzhou-2020.yaml"
SAMPLE = ROOT / "examples" / "sample-2021.yaml"


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


def test_help_is_bilingual_with_a_quick_start():
    result = run("-h")
    assert result.exit_code == 0
    assert "快速开始" in result.output and "reportkit render report.yaml -o out/" in result.output
    for command in ("render", "validate", "init", "schema", "plugins"):
        sub = run(command, "-h")
        assert sub.exit_code == 0 and "例 / Example" in sub.output


def help_text(*command) -> str:
    """The help of ``command`` with its white space taken out: click wraps Chinese text anywhere."""
    result = run(*command, "-h")
    assert result.exit_code == 0
    return "".join(result.output.split())


@pytest.mark.parametrize("group", [[], ["tables"]], ids=["reportkit", "tables"])
def test_a_group_without_its_command_shows_its_help_alone(group):
    """``reportkit`` alone printed “error: Usage: reportkit …”, the whole help, then the usage line and where the help is
    (click 8.2 raises its help as a usage error, whose text has Chinese and was passed through as ours)."""
    import click

    shown = CliRunner().invoke(cli, group)
    assert shown.exit_code == (2 if hasattr(click.exceptions, "NoArgsIsHelpError") else 0)
    assert shown.output == run(*group, "-h").output and "error" not in shown.output


def test_init_help_says_the_starting_file_has_placeholders_that_only_validate_draft_passes():
    """init's help said its file passes validation, though validate refuses its 【请填写：…】 placeholders."""
    assert "init生成带注释的起始数据文件，待填处留有【请填写：…】占位。" in help_text()
    assert "留着占位时validate--draft即可通过、render--draft可出草稿；占位都填好后才能通过validate。" in help_text("init")


def test_validate_help_says_its_draft_lets_placeholders_pass_as_warnings():
    """validate's --draft was described as render's (“留着占位也生成，每页标“草稿””), but validate writes nothing."""
    validate = help_text("validate")
    assert "--draft按草稿校验：【请填写：…】占位只算警告，与render--draft相同。" in validate
    assert "每页标“草稿”" not in validate and "每页标“草稿”" in help_text("render")


def test_render_help_names_every_suffix_and_format_it_writes():
    """-o's help named only .pdf and .docx (-f's only docx and pdf), though .html, .json and .xlsx are written too."""
    renderers = load_plugins(entry_point_group=None).registry.renderers
    by_extension = {r.extension: fmt for fmt, r in reversed(renderers.items())}  # as render's -o reads a suffix
    options = {param.name: param.help for param in cli.commands["render"].params if isinstance(param, click.Option)}
    assert [ext for ext in by_extension if ext not in options["output"]] == []
    assert [fmt for fmt in by_extension.values() if fmt not in options["formats"]] == []


def test_render_writes_both_formats(tmp_path):
    result = run("render", XINZHOU, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["xinzhou-2020.docx", "xinzhou-2020.pdf"]
    assert (tmp_path / "xinzhou-2020.pdf").read_bytes().startswith(b"%PDF")
    assert f"已生成 {tmp_path / 'xinzhou-2020.pdf'}" in result.output


def test_render_one_format(tmp_path):
    assert run("render", SAMPLE, "-f", "docx", "-o", tmp_path).exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["sample-2021.docx"]


def bad_copy(tmp_path: Path, name: str, old: str, new: str, source: Path = SAMPLE) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / name
    target.write_text(text.replace(old, new), encoding="utf-8")
    return target


def test_batch_goes_on_past_a_failed_file_and_exits_1(tmp_path):
    bad = bad_copy(tmp_path, "bad.yaml", "agency_type: department", "agency_typ: department")
    out = tmp_path / "out"
    result = run("render", bad, SAMPLE, "-f", "docx", "-o", out)
    assert result.exit_code == 1
    assert f"{bad}:6:1: error: agency_typ：未知字段“agency_typ”。是不是“agency_type”？" in result.output
    assert "共 2 个文件：1 个成功，1 个失败" in result.output and f"失败：{bad}" in result.output
    assert [p.name for p in out.iterdir()] == ["sample-2021.docx"]
    assert "Traceback" not in result.output


def test_two_inputs_with_the_same_name_are_refused_before_rendering(tmp_path):
    (tmp_path / "a").mkdir()
    twin = tmp_path / "a" / SAMPLE.name
    shutil.copy(SAMPLE, twin)
    out = tmp_path / "out"
    result = run("render", SAMPLE, twin, "-o", out)
    assert result.exit_code == 2 and "同一个输出文件" in result.output
    assert not out.exists()


def test_layout_option_wins_over_the_data(tmp_path):
    with_layout = bad_copy(tmp_path, "l.yaml", "kind: annual-report", "kind: annual-report\nlayout: nonexistent")
    result = run("render", with_layout, "-o", tmp_path / "o1")
    assert result.exit_code == 1 and f"{with_layout}:4:9: error: 未知的版式“nonexistent”" in result.output
    assert run("render", with_layout, "--layout", "gbt9704", "-f", "docx", "-o", tmp_path / "o2").exit_code == 0
    result = run("render", SAMPLE, "--layout", "nope", "-o", tmp_path / "o3")  # the option's mistake: a usage error
    assert result.exit_code == 2 and "nope" in result.output and "gbt9704" in result.output


def test_strict_flag_and_environment_turn_warnings_into_errors(tmp_path):
    warned = bad_copy(tmp_path, "w.yaml", "date: 2021-01-29", "date: 2021-03-05", source=XINZHOU)
    line = next(n for n, text in enumerate(warned.read_text(encoding="utf-8").splitlines(), 1) if text.startswith("date:"))
    result = run("validate", warned)
    assert result.exit_code == 0 and f"{warned}:{line}:7: warning:" in result.output
    for result in (run("validate", "--strict", warned), run("validate", warned, env={"REPORTKIT_STRICT": "1"})):
        assert result.exit_code == 1 and f"{warned}:{line}:7: error:" in result.output
    out = tmp_path / "out"
    assert run("render", warned, "--strict", "-o", out).exit_code == 1
    assert not out.exists() or not any(out.iterdir())


def test_validate_reports_every_problem_of_the_invalid_examples():
    for path in sorted((ROOT / "examples" / "invalid").glob("*.yaml")):
        result = run("validate", path)
        assert result.exit_code == 1, path
        assert all(line.startswith(f"{path}:") for line in result.output.strip().splitlines()), result.output


def test_missing_file_and_directory_are_errors_not_tracebacks(tmp_path):
    result = run("validate", tmp_path / "nope.yaml", tmp_path)
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope.yaml'}: error: 文件不存在" in result.output
    assert "是一个文件夹" in result.output


def test_init_writes_a_valid_commented_file_and_never_overwrites(tmp_path, monkeypatch):
    target = tmp_path / "report.yaml"
    result = run("init", "annual-report", "--year", "2022", "--agency", "某县统计局", "-o", target)
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first == "# yaml-language-server: $schema=annual-report-2021.schema.json"  # beside the data file
    schema_path = tmp_path / "annual-report-2021.schema.json"
    assert json.loads(schema_path.read_text(encoding="utf-8"))["properties"]["agency"]["title"] == "发布机关"
    data = yaml.safe_load(text)
    assert (data["year"], data["agency"]) == (2022, "某县统计局")
    assert run("validate", "--draft", target).exit_code == 0
    target.write_text("# 我的数据\n", encoding="utf-8")
    result = run("init", "annual-report", "-o", target)
    assert result.exit_code == 2 and "已存在" in result.output
    assert target.read_text(encoding="utf-8") == "# 我的数据\n"
    assert run("init", "annual-report", "--year", "2020", "-o", target, "--force").exit_code == 0
    assert yaml.safe_load(target.read_text(encoding="utf-8"))["year"] == 2020
    assert run("validate", "--draft", target).exit_code == 0


def test_init_xlsx_never_overwrites_a_workbook_without_force(tmp_path):
    """init --xlsx replaced an existing (perhaps filled-in) 报告.xlsx, which tables export refuses to do."""
    target, book = tmp_path / "报告.yaml", tmp_path / "报告.xlsx"
    book.write_bytes(b"filled in")
    result = run("init", "annual-report", "--year", "2023", "--agency", "某局", "-o", target, "--xlsx")
    assert result.exit_code == 2
    assert f"error: {book} 已存在（可能已经填了数）；确需覆盖请加 --force，或去掉 --xlsx" in result.output
    assert book.read_bytes() == b"filled in" and not target.exists()
    assert run("init", "annual-report", "--year", "2023", "-o", target, "--xlsx", "--force").exit_code == 0
    assert book.read_bytes().startswith(b"PK")


@pytest.mark.parametrize("kind, year, what", [("annual-report", "2015", "2008 版格式的年报"),
                                             ("work-plan", "2024", "政务公开工作实施方案（工作要点）")])
def test_init_xlsx_of_a_document_without_the_tables_writes_nothing(tmp_path, kind, year, what):
    """init --xlsx of a 2008-edition report or a work plan wrote the data file, then failed on the workbook: exit 1
    after “已生成”, with a message without error:."""
    result = run("init", kind, "--year", year, "--agency", "某局", "-o", tmp_path / "r.yaml", "--xlsx")
    assert result.exit_code == 2
    assert (f"error: --xlsx 生成的是表二、表三、表四的工作簿，只有 2019 版、2021 版格式的年报有这些统计表，{what}没有："
            "请去掉 --xlsx，数字直接写在数据文件中") in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name, xlsx, fix", [
    ("报告.xlsx", True, "；--xlsx 的工作簿另写为同名的 报告.xlsx"),
    ("报告.XLSX", True, "；--xlsx 的工作簿另写为同名的 报告.xlsx"),
    ("报告.xlsx", False, "；要同时生成统计表工作簿 报告.xlsx，再加 --xlsx"),
    ("报告.csv", False, "；要同时生成统计表工作簿 报告.xlsx，再加 --xlsx"),
], ids=["xlsx-with-xlsx", "XLSX-with-xlsx", "xlsx", "csv"])
def test_init_refuses_a_spreadsheet_s_name_for_the_data_file(tmp_path, name, xlsx, fix):
    """-o 报告.xlsx wrote YAML text into a file named .xlsx; with --xlsx the workbook then went over it
    (报告.XLSX escaped the check, the same file on Windows and macOS)."""
    result = run("init", "annual-report", "--year", "2023", "-o", tmp_path / name, *["--xlsx"] * xlsx)
    assert result.exit_code == 2
    assert (f"error: -o/--output：“{tmp_path / name}”是电子表格的文件名，而 init 写的是 YAML 数据文件，"
            f"文件名应以 .yaml 结尾：请改为 -o {tmp_path / '报告.yaml'}{fix}\n") in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["annual-report", "work-plan", "work-summary"])
@pytest.mark.parametrize("agency", ["2023", "null", "true", "Yes", "2024-01-25", "~", ".inf", "某局 "])
def test_init_writes_an_agency_yaml_would_read_otherwise_quoted(tmp_path, kind, agency):
    """--agency 2023, null, true or 2024-01-25 was written unquoted, read back as a number, nothing, a boolean or
    a date, and the starting file failed validate; its title, in a comment, must read back when uncommented."""
    target = tmp_path / "r.yaml"
    assert run("init", kind, "--year", "2023", "--agency", agency, "-o", target).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert yaml.safe_load(text)["agency"] == agency
    title = next(line for line in text.splitlines() if line.startswith("# title: "))
    assert yaml.safe_load(title.removeprefix("# "))["title"].startswith(agency)
    result = run("validate", "--draft", target)
    assert result.exit_code == 0 and "error" not in result.output


@pytest.mark.parametrize("agency, what", [("某县\t政府", "第 3 个字符是 Tab"), ("某县\n政府", "第 3 个字符是换行"),
                                          ("某县\x1b政府", "第 3 个字符是控制字符 U+001B")],
                         ids=["tab", "newline", "escape"])
def test_init_refuses_a_control_character_in_the_agency(tmp_path, agency, what):
    """A line break or Tab in --agency gave a starting file that failed validate."""
    result = run("init", "annual-report", "--year", "2023", "--agency", agency, "-o", tmp_path / "r.yaml")
    assert result.exit_code == 2 and not (tmp_path / "r.yaml").exists()
    assert f"error: --agency：{what}：机关名称要写成一行，请去掉换行、Tab 等控制字符" in result.output


@pytest.mark.parametrize("command", [["init", "work-plan"], ["aggregate", SAMPLE]], ids=["init", "aggregate"])
def test_an_agency_the_command_line_s_encoding_garbled_says_to_set_a_utf8_locale(tmp_path, command):
    """Under a locale that is not UTF-8, a Chinese --agency arrives as undecodable bytes: it was called a character to
    take out, with “请去掉换行、Tab 等控制字符”. UTF-8 bytes are read as UTF-8 (test_machines_long_names.py); bytes that are
    not (a GBK terminal's) still say to set the locale."""
    garbled = "某局".encode("gbk").decode("ascii", "surrogateescape")
    result = run(*command, "--agency", garbled, "-o", tmp_path / "r.yaml")
    assert result.exit_code == 2 and not (tmp_path / "r.yaml").exists()
    assert ("error: --agency：第 1 个字符无法识别：终端的编码不是 UTF-8，中文传不进来。请把终端的语言环境设为 UTF-8"
            "（如先运行 export LANG=zh_CN.UTF-8；设置了 LC_ALL 的，也改为 UTF-8）后重新运行，"
            "或不写这个选项，生成后在数据文件里改写 agency") in result.output
    assert "控制字符" not in result.output


def test_a_scalar_reads_back_as_the_text_it_was_written_from():
    """The starting files write texts through scalar(): what YAML reads as another type or another text is quoted."""
    from ruamel.yaml import YAML

    from reportkit.load import load_text
    from reportkit.yaml_text import scalar

    texts = ["某县统计局", "某局2023", "2023", "-1", "+1", "1e3", "0o12", "null", "~", "true", "FALSE", "yes", "off",
             "2024-01-25", ".nan", "<<", "=", "某局 ", " 某局", "a: b", "a #b", "某县\t政府", "某县\n政府", "a\u2028b",
             "a\x85b", '"引号"', "C:\\新建", "【请填写：机关】"]
    for text in texts:
        written = f"x: {scalar(text)}   # 说明\n"
        assert load_text(written).data["x"] == text, written
        assert YAML().load(written)["x"] == text, written
    delete = "a\x7fb"  # reportkit drops it from a text (with a warning); YAML keeps it
    assert yaml.safe_load(f"x: {scalar(delete)}")["x"] == delete
    assert scalar("某县统计局") == "某县统计局" and scalar("2023") == '"2023"'  # plain where that is safe


def test_init_and_schema_refuse_unknown_kind_and_edition():
    assert run("schema", "annual-reprot").exit_code == 2
    assert run("schema", "annual-report", "--edition", "1999").exit_code == 2


def test_schema_carries_the_official_labels():
    result = run("schema", "annual-report", "--edition", "2019")
    schema = json.loads(result.output)
    text = json.dumps(schema, ensure_ascii=False)
    for label in ("其他对外管理服务事项", "采购总金额", "危及“三安全一稳定”", "结转下年度继续办理"):
        assert label in text
    assert schema["additionalProperties"] is False and "plugins" in schema["properties"]


def test_plugins_lists_the_built_ins():
    listing = json.loads(run("plugins", "--json").output)
    by_name = {row["name"]: row for row in listing["plugins"]}
    assert by_name["reportkit.default_plugins.annual_report"]["kinds"] == ["annual-report"]
    assert "gbt9704" in by_name["reportkit.default_plugins.gbt9704"]["layouts"]
    assert sorted(by_name["reportkit.default_plugins.formats"]["renderers"]) == [
        "docx", "html", "json", "pdf", "pdf-a-2b", "pdf-typst", "xlsx"]


def test_docx_only_run_does_not_import_weasyprint(tmp_path):
    code = (
        "import sys; from reportkit.cli import cli\n"
        f"try: cli([{str(SAMPLE)!r}, '-f', 'docx', '-o', {str(tmp_path)!r}], prog_name='reportkit')\n"
        "except SystemExit as e: assert not e.code, e.code\n"
        "print('weasyprint' in sys.modules)\n"
    ).replace("cli([", "cli(['render', ")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, encoding="utf-8", check=True,
                            env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert result.stdout.strip().splitlines()[-1] == "False"
    assert (tmp_path / "sample-2021.docx").exists()


def test_console_script_exit_codes(tmp_path):
    exe = shutil.which("reportkit", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("reportkit console script not installed next to this Python")
    assert subprocess.run([exe, "validate", str(SAMPLE)], capture_output=True).returncode == 0
    bad = subprocess.run([exe, "validate", str(tmp_path / "x.yaml")], capture_output=True, encoding="utf-8")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    usage = subprocess.run([exe, "render"], capture_output=True, encoding="utf-8")
    assert usage.returncode == 2
