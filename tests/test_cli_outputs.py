"""Issue 8: what render, validate and init write, and the words they use, as a clerk meets them."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
XINZHOU = ROOT / "examples" / "xinzhou-2020.yaml"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def with_changes(tmp_path: Path, change, name="report.yaml") -> Path:
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# -o and --name ---------------------------------------------------------------
@pytest.mark.parametrize("name, fmt", [("final.pdf", b"%PDF"), ("定稿.docx", b"PK")])
def test_o_naming_a_file_writes_that_file_only(tmp_path, name, fmt):
    result = run("render", SAMPLE, "-o", tmp_path / "out" / name)
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "out").iterdir()] == [name]
    assert (tmp_path / "out" / name).read_bytes().startswith(fmt)


def test_o_file_with_two_inputs_or_another_suffix_is_a_clear_usage_error(tmp_path):
    two = run("render", SAMPLE, XINZHOU, "-o", tmp_path / "final.pdf")
    assert two.exit_code == 2 and "只能用于一个数据文件" in two.output and "Usage" not in two.output
    other = run("render", SAMPLE, "-o", tmp_path / "final.doc")
    assert other.exit_code == 2 and "输出文件只能以 .docx、.html、.json、.pdf、.xlsx 结尾" in other.output
    clash = run("render", SAMPLE, "-f", "docx", "-o", tmp_path / "final.pdf")
    assert clash.exit_code == 2 and "是 pdf 文件，而 -f 要求的是 docx" in clash.output
    assert list(tmp_path.iterdir()) == []


NO_PDF = "：请用 -f pdf（-o 是文件名时以 .pdf 结尾），或去掉 --pdf-standard"


@pytest.mark.parametrize("args, expected", [
    (["--engine", "weasyprint", "-o", "{out}"],
     "--pdf-standard a-2b 的 PDF/A 由 Typst 生成，不能用 --engine weasyprint：请去掉 --engine，或改用 --engine typst"),
    (["-f", "docx", "-o", "{out}"], f"--pdf-standard 只用于 PDF，而本次只生成 docx{NO_PDF}"),
    (["--engine", "typst", "-f", "docx", "-f", "json", "-o", "{out}"],
     f"--pdf-standard 只用于 PDF，而本次只生成 docx、json{NO_PDF}"),
    (["-o", "{out}/r.html"], f"--pdf-standard 只用于 PDF，而本次只生成 html{NO_PDF}"),
], ids=["weasyprint", "docx", "docx-json", "o-html"])
def test_pdf_standard_that_cannot_apply_is_a_usage_error(tmp_path, args, expected):
    """--engine weasyprint --pdf-standard a-2b made a Typst PDF without a word; with no PDF among the formats,
    --pdf-standard was ignored."""
    out = tmp_path / "out"
    result = run("render", SAMPLE, "--pdf-standard", "a-2b", *[a.replace("{out}", str(out)) for a in args])
    assert result.exit_code == 2 and f"error: {expected}\n" in result.output
    assert not out.exists()


@pytest.mark.parametrize("engine", [[], ["--engine", "typst"]], ids=["default", "typst"])
def test_pdf_standard_with_the_default_or_the_typst_engine_writes_pdf_a(tmp_path, engine):
    result = run("render", SAMPLE, "--pdf-standard", "a-2b", *engine, "-o", tmp_path / "r.pdf")
    assert result.exit_code == 0, result.output
    assert b"<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>" in (tmp_path / "r.pdf").read_bytes()


def test_name_pattern_names_the_outputs_after_the_title(tmp_path):
    result = run("render", SAMPLE, "-o", tmp_path, "--name", "{title}", "-f", "docx")
    assert result.exit_code == 0, result.output
    assert [p.name for p in tmp_path.iterdir()] == ["某县自然资源局2023年政府信息公开工作年度报告.docx"]


def test_name_pattern_giving_two_inputs_one_name_fails_the_second_and_keeps_the_first(tmp_path):
    result = run("render", SAMPLE, XINZHOU, "-o", tmp_path, "--name", "年报", "-f", "docx")
    assert result.exit_code == 1
    assert "已由本次运行的另一个数据文件写出" in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["年报.docx"]


def test_unknown_name_field_is_refused(tmp_path):
    result = run("render", SAMPLE, "-o", tmp_path, "--name", "{agencyy}")
    assert result.exit_code == 2 and "不是可用的文件名模式" in result.output


def test_the_data_file_is_never_an_output_target(tmp_path):
    source = tmp_path / "report.pdf"
    source.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("render", source, "-o", tmp_path, "-f", "pdf")
    assert result.exit_code == 1 and "就是数据文件本身" in result.output
    assert source.read_text(encoding="utf-8") == SAMPLE.read_text(encoding="utf-8")


# validate refuses what render refuses ------------------------------------------
def test_validate_refuses_a_paragraph_over_the_limit_as_render_does(tmp_path):
    from reportkit.limits import MAX_TEXT_CHARS

    path = with_changes(tmp_path, lambda d: d["sections"]["other"].append("公开" * (MAX_TEXT_CHARS // 2 + 1)))
    checked, rendered = run("validate", path), run("render", path, "-o", tmp_path / "out")
    assert checked.exit_code == rendered.exit_code == 1
    assert "超过单段上限" in checked.output and "超过单段上限" in rendered.output
    assert not (tmp_path / "out").exists()


# placeholders ------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["annual-report", "work-plan", "work-summary"])
def test_a_starter_with_placeholders_is_refused_by_validate_and_render(tmp_path, kind):
    data = tmp_path / "r.yaml"
    assert run("init", kind, "--year", "2023", "-o", data).exit_code == 0
    checked = run("validate", data)
    assert checked.exit_code == 1 and "error: 还留着占位文字“【请填写：" in checked.output
    rendered = run("render", data, "-o", tmp_path / "out")
    assert rendered.exit_code == 1 and not (tmp_path / "out").exists()
    assert run("validate", "--draft", data).exit_code == 0


def test_placeholder_is_located_at_its_line(tmp_path):
    path = with_changes(tmp_path, lambda d: d["sections"]["other"].append("本年度还有【请填写：其他事项】"))
    result = run("validate", path)
    line, text = next((n, text) for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                      if "【请填写" in text)
    assert f"report.yaml:{line}:{text.index('【') + 1}: error:" in result.output and "请换成实际内容；要先出草稿，用 reportkit render --draft" in result.output


def test_brackets_that_are_not_placeholders_pass(tmp_path):
    path = with_changes(tmp_path, lambda d: d["sections"]["other"].append("【典型案例】本年度办理的一件申请。"))
    assert run("validate", "--strict", path).exit_code == 0


@pytest.mark.parametrize("problems, warned", [(["无"], True), (["暂无。"], True), (["没有问题"], True),
                                              (["个别栏目更新不及时，下一年度将按月检查。"], False)])
def test_problems_that_say_only_nothing_are_a_warning(tmp_path, problems, warned):
    path = with_changes(tmp_path, lambda d: d["sections"].__setitem__("problems", problems))
    result = run("validate", path)
    assert result.exit_code == 0
    assert ("只写了" in result.output and "（R13）" in result.output) == warned
    assert run("validate", "--strict", path).exit_code == (1 if warned else 0)


# init --------------------------------------------------------------------------
def test_init_writes_no_machine_path_and_needs_no_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file-not-folder"))
    (tmp_path / "file-not-folder").write_text("")
    monkeypatch.setenv("HOME", str(tmp_path / "missing"))
    result = run("init", "annual-report", "--year", "2023", "-o", tmp_path / "work" / "r.yaml")
    assert result.exit_code == 0, result.output
    first = (tmp_path / "work" / "r.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=annual-report-2021.schema.json"
    assert (tmp_path / "work" / "annual-report-2021.schema.json").is_file()
    assert str(tmp_path) not in (tmp_path / "work" / "r.yaml").read_text(encoding="utf-8")


# click's English ----------------------------------------------------------------
@pytest.mark.parametrize("args, expected", [
    (["render", "--bogus", "x.yaml"], "没有选项“--bogus”"),
    (["render"], "缺少参数“FILES”"),
    (["render", "x.yaml", "-f", "odt"], "-f/--format：没有“odt”格式，可选：docx、pdf"),
    (["rendr", "x.yaml"], "没有命令“rendr”。是不是“render”？"),
    (["init", "annual-report", "--year", "abc", "-o", "x.yaml"], "--year：应写成四位数字的年份，如 2025"),
    (["render", "x.yaml", "-o"], "选项“-o”后面要跟一个值"),
])
def test_usage_errors_are_chinese_with_the_usage_and_exit_2(args, expected):
    result = run(*args)
    assert result.exit_code == 2
    assert expected in result.output
    assert "Usage:" not in result.output and "Error:" not in result.output and "Try '" not in result.output
    assert "查看帮助：" in result.output



@pytest.mark.parametrize("args, usage", [
    (["check", "--report"], "check [选项] PATHS..."),
    (["render", "x.yaml", "--report"], "render [选项] FILES..."),
    (["tables", "export", "x.yaml", "-o"], "tables export [选项] FILE"),
])
def test_an_option_without_its_value_names_the_command_with_its_usage(args, usage):
    """An option without its value at the end of the line (click raises it without the command's context) showed no
    usage line and pointed at the help of reportkit, not of the command."""
    result = CliRunner().invoke(cli, args, prog_name="reportkit")
    assert result.exit_code == 2
    assert result.output.splitlines() == [f"error: 选项“{args[-1]}”后面要跟一个值", f"用法：reportkit {usage}",
                                          f"查看帮助：reportkit {usage.split(' [')[0]} -h"]


FOLDER_NOT_FILE = "给出的路径“{folder}”是一个文件夹：这里要的是文件，请给出文件名（文件夹中的文件写成“文件夹/文件名”）"


@pytest.mark.parametrize("args, expected", [
    (["init", "annual-report", "-o", "{folder}"], f"“-o/--output”{FOLDER_NOT_FILE}"),
    (["tables", "export", SAMPLE, "-o", "{folder}"], f"“-o/--output”{FOLDER_NOT_FILE}"),
    (["aggregate", SAMPLE, "-o", "{folder}/sum.yaml", "--expect", "{folder}"], f"“--expect”{FOLDER_NOT_FILE}"),
    (["validate", SAMPLE, "--previous", "{folder}"], f"“--previous”{FOLDER_NOT_FILE}"),
    (["validate", SAMPLE, "--previous-dir", SAMPLE], f"“--previous-dir”给出的路径“{SAMPLE}”是一个文件：这里要的是文件夹"),
], ids=["init", "tables-export", "aggregate-expect", "previous", "previous-dir"])
def test_a_folder_where_a_file_is_wanted_is_named_with_the_fix(tmp_path, args, expected):
    """A folder given to init -o, tables export -o, aggregate --expect … gave only “-o/--output”取值无效;
    --previous and --previous-dir said the folder or the file was not found."""
    folder = tmp_path / "d.yaml"
    folder.mkdir()
    result = run(*[str(a).replace("{folder}", str(folder)) for a in args])
    assert result.exit_code == 2
    assert f"error: {expected.replace('{folder}', str(folder))}" in result.output and "取值无效" not in result.output
    assert list(folder.iterdir()) == []


def refuse_files_in(monkeypatch, folder: Path, code: int) -> None:
    """No file can be made in ``folder`` (OSError ``code``), as without write permission, which root would not feel."""
    import tempfile

    mkstemp = tempfile.mkstemp

    def refuse(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) == folder:
            raise OSError(code, os.strerror(code))
        return mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


@pytest.mark.parametrize("code, why", [(13, "没有写入权限"), (30, "文件系统是只读的")], ids=["EACCES", "EROFS"])
def test_one_file_into_a_folder_it_cannot_write_in_names_the_fix_as_a_batch_does(tmp_path, monkeypatch, code, why):
    """render of one file into a read-only output folder said why it failed but not what to do, which a batch names
    (“请用 -o 换一个可以写入的文件夹”); so did a worker of a batch whose folder became unwritable."""
    out = tmp_path / "out"
    out.mkdir()
    refuse_files_in(monkeypatch, out, code)
    fix = "请用 -o 换一个可以写入的文件夹"
    for target, written in ((out, out / "sample-2021.docx"), (out / "定稿.docx", out / "定稿.docx")):
        result = run("render", SAMPLE, "-f", "docx", "-o", target)
        assert result.exit_code == 1
        [line] = [line for line in result.output.splitlines() if "error" in line]
        assert line == f"{SAMPLE}: error: {written}: 无法写入输出文件夹“{out}”（{why}）：{fix}"
    batch = run("render", SAMPLE, XINZHOU, "-f", "docx", "-o", out)
    assert batch.exit_code == 1 and batch.output == f"error: 无法写入输出文件夹“{out}”（{why}），未渲染任何文件：{fix}\n"
    assert list(out.iterdir()) == []


def test_init_and_import_into_a_folder_they_cannot_write_in_name_the_fix_render_names(tmp_path, monkeypatch):
    """init and import into a read-only folder said why they failed but not what to do, which render names."""
    page = tmp_path / "sample-2021.html"
    assert run("render", SAMPLE, "-f", "html", "-o", tmp_path).exit_code == 0
    out = tmp_path / "out"
    out.mkdir()
    refuse_files_in(monkeypatch, out, 13)
    fix = f"无法写入输出文件夹“{out}”（没有写入权限）：请用 -o 换一个可以写入的文件夹"
    made = CliRunner().invoke(cli, ["init", "annual-report", "--year", "2023", "-o", str(out / "2023.yaml")])
    assert made.exit_code == 1 and made.output == f"{out / '2023.yaml'}: error: {fix}\n"
    imported = CliRunner().invoke(cli, ["import", str(page), "-o", str(out)])
    assert imported.exit_code == 1 and imported.output == f"{out / 'sample-2021.yaml'}: error: {fix}\n"
    assert list(out.iterdir()) == []


# without Pango ----------------------------------------------------------------------
HIDE_PANGO = """
import cffi.api

_dlopen = cffi.api.FFI.dlopen

def dlopen(self, name, *args, **kwargs):
    if "pango" in str(name):
        raise OSError(f"cannot load library {name!r}: hidden by the test")
    return _dlopen(self, name, *args, **kwargs)

cffi.api.FFI.dlopen = dlopen
"""


def _render_without_pango(tmp_path, extra=""):
    hide = tmp_path / "hide"
    hide.mkdir()
    (hide / "sitecustomize.py").write_text(textwrap.dedent(HIDE_PANGO) + extra)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(hide), os.environ.get("PYTHONPATH")]))}
    out = tmp_path / "out"
    run_ = subprocess.run([sys.executable, "-m", "reportkit", "render", str(SAMPLE), "-o", str(out)],
                          capture_output=True, encoding="utf-8", env=env, timeout=300)
    assert "Traceback" not in run_.stderr and "-----" not in run_.stdout + run_.stderr
    return run_, out


def test_without_pango_the_pdf_is_made_by_typst_with_one_note(tmp_path):
    run_, out = _render_without_pango(tmp_path)
    assert run_.returncode == 0, run_.stdout + run_.stderr
    assert sorted(p.name for p in out.iterdir()) == ["sample-2021.docx", "sample-2021.pdf"]
    notes = [line for line in run_.stderr.splitlines() if "Pango" in line]
    assert len(notes) == 1 and "note:" in notes[0] and "改用 Typst 引擎" in notes[0]
    assert b"Typst" in (out / "sample-2021.pdf").read_bytes()


def test_without_pango_nor_typst_the_docx_is_written_and_the_pdf_fails_in_one_line(tmp_path):
    run_, out = _render_without_pango(tmp_path, "\nimport sys\nsys.modules['typst'] = None\n")
    assert run_.returncode == 1, run_.stdout + run_.stderr
    assert [p.name for p in out.iterdir()] == ["sample-2021.docx"]
    errors = [line for line in run_.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1 and "缺少 PDF 引擎 WeasyPrint 所需的 Pango 库" in errors[0] and "brew install pango" in errors[0]


def test_validate_reports_a_character_no_font_has_as_render_does(tmp_path):
    path = with_changes(tmp_path, lambda d: d["sections"]["other"].append("本年度办理了𪚥字的查询。"))
    checked, rendered = run("validate", path), run("render", path, "-o", tmp_path / "out", "--strict")
    assert checked.exit_code == 0 and "warning: 字符“𪚥”(U+2A6A5) 没有可用字体" in checked.output
    assert run("validate", "--strict", path).exit_code == rendered.exit_code == 1
    line, text = next((n, t) for n, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "𪚥" in t)
    assert f"report.yaml:{line}:{text.index('𪚥') + 1}: warning:" in checked.output  # the character's own column


def test_a_draft_carries_the_mark_on_every_page_and_a_final_render_none(tmp_path):
    import pdfplumber

    path = with_changes(tmp_path, lambda d: d["sections"]["other"].append("【请填写：其他事项】"))
    assert run("render", "--draft", path, "-f", "pdf", "-o", tmp_path / "draft").exit_code == 0
    with pdfplumber.open(tmp_path / "draft" / "report.pdf") as pdf:
        marks = [[w for w in page.extract_words() if w["text"] == "草稿"] for page in pdf.pages]
        assert len(pdf.pages) > 1 and all(len(m) == 1 and m[0]["bottom"] < 37 * 72 / 25.4 for m in marks)
    final = with_changes(tmp_path, lambda d: None, name="final.yaml")
    assert run("render", final, "-f", "pdf", "-o", tmp_path / "final").exit_code == 0
    with pdfplumber.open(tmp_path / "final" / "final.pdf") as pdf:
        assert not any("草稿" in (page.extract_text() or "") for page in pdf.pages)


def test_a_draft_docx_carries_the_mark_in_every_header_and_a_final_one_none(tmp_path):
    import docx

    path = with_changes(tmp_path, lambda d: d["sections"]["other"].append("【请填写：其他事项】"))
    assert run("render", "--draft", path, "-f", "docx", "-o", tmp_path / "draft").exit_code == 0
    package = docx.Document(tmp_path / "draft" / "report.docx")
    for section in package.sections:
        for header in (section.header, section.even_page_header, section.first_page_header):
            assert not header.is_linked_to_previous and [p.text for p in header.paragraphs] == ["草稿"]
    final = with_changes(tmp_path, lambda d: None, name="final.yaml")
    assert run("render", final, "-f", "docx", "-o", tmp_path / "final").exit_code == 0
    package = docx.Document(tmp_path / "final" / "final.docx")
    assert all("草稿" not in p.text for s in package.sections for p in s.header.paragraphs)


def test_a_title_longer_than_word_allows_in_its_properties_still_renders(tmp_path):
    agency = "某县" + "自然资源和规划" * 40 + "局"  # 283 characters: over the 255 Word keeps in a property
    path = with_changes(tmp_path, lambda d: d.__setitem__("agency", agency))
    result = run("render", path, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    import docx

    package = docx.Document(tmp_path / "out" / "report.docx")
    assert len(package.core_properties.title) == 255
    assert any(agency in p.text for p in package.paragraphs)


def test_the_typst_pdf_is_checked_for_glyph_coverage_too(tmp_path):
    path = with_changes(tmp_path, lambda d: d["sections"]["other"].append("本年度办理了𪚥字的查询。"))
    result = run("render", path, "-f", "pdf", "--engine", "typst", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "warning: 字符“𪚥”(U+2A6A5) 没有可用字体" in result.output


def test_a_name_from_a_very_long_title_is_cut_to_what_file_systems_allow(tmp_path):
    agency = "某县" + "自然资源和规划" * 30 + "局"
    path = with_changes(tmp_path, lambda d: d.__setitem__("agency", agency))
    result = run("render", path, "-f", "docx", "-o", tmp_path / "out", "--name", "{title}")
    assert result.exit_code == 0, result.output
    [written] = list((tmp_path / "out").iterdir())
    assert written.name.startswith("某县自然资源和规划") and len(written.name.encode("utf-8")) <= 255


def test_output_in_a_code_page_without_a_character_of_a_file_s_name(tmp_path):
    """Redirected on Windows, standard output takes the local code page (GBK): a file named with a character outside
    it made ``render`` end in a traceback after writing the file. The character is now written escaped."""
    source = tmp_path / "报告𠀀.yaml"
    source.write_bytes(SAMPLE.read_bytes())
    done = subprocess.run([sys.executable, "-m", "reportkit", "render", str(source), "-f", "docx", "-o", str(tmp_path / "out")],
                          capture_output=True, env={**os.environ, "PYTHONIOENCODING": "gbk"})
    assert done.returncode == 0, done.stderr.decode("gbk", "replace")
    assert done.stdout.decode("gbk").strip() == f"已生成 {tmp_path / 'out'}{os.sep}报告\\U00020000.docx"
    assert (tmp_path / "out" / "报告𠀀.docx").is_file()


def test_json_redirected_in_a_local_code_page_is_json(tmp_path):
    """On a Chinese Windows, output redirected to a file takes code page 936: a character outside it (𠀀, in names) came
    out as \\U00020000, no JSON escape, and the schema's Chinese as GBK bytes no JSON tool reads. Such output now
    escapes every non-ASCII character as JSON does."""
    import json

    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["sections"]["overview"] = ["𠀀" + data["sections"]["overview"][0]] + data["sections"]["overview"][1:]
    data["date"] = "2024-13-01"  # a problem to report
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "gbk"}
    for args in (["validate", str(path), "--diagnostics", "json"], ["schema", "annual-report"]):
        done = subprocess.run([sys.executable, "-m", "reportkit", *args], capture_output=True, env=env)
        printed = json.loads(done.stdout.decode("ascii"))
        if args[0] == "validate":
            assert done.returncode == 1 and printed["diagnostics"] and "2024-13-01" in json.dumps(printed, ensure_ascii=False)
        else:
            assert printed["properties"]["agency"]["title"] == "发布机关"
