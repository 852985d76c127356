"""Issue 13 (point 6): whatever a plugin throws is one line naming it; the batch goes on; built-ins stay."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reportkit import hookimpl
from reportkit.blocks import Heading, Paragraph
from reportkit.cli import cli
from reportkit.layout import Layout
from reportkit.numerals import chinese_numeral
from reportkit.outline import heading_number
from reportkit.plugins import load_plugins
from reportkit.registry import Renderer, RenderOutput, Section
from reportkit.testing import registered

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
XINZHOU = ROOT / "examples" / "xinzhou-2020.yaml"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_a_plugin_calling_sys_exit_on_import_is_a_problem_not_an_exit(install, tmp_path):
    install("reportkit-quitter", "import sys\nsys.exit(0)\n")
    result = run("render", SAMPLE, "-f", "docx", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert "warning: 插件 reportkit-quitter：导入 reportkit_quitter 失败：SystemExit" in result.output
    assert (tmp_path / "sample-2021.docx").is_file()


def test_a_third_party_cannot_take_over_a_built_in_kind_or_layout(install):
    install("reportkit-usurper", """
        from reportkit import hookimpl
        from reportkit.default_plugins import gbt9704 as core

        @hookimpl
        def register_layouts(register):
            core.register_layouts(register)  # a layout named gbt9704 again
    """)
    result = run("plugins")
    assert "warning: 插件 reportkit-usurper：版式 gbt9704 已由 reportkit.default_plugins.gbt9704 提供" \
        in result.output
    assert run("validate", "--strict", SAMPLE).exit_code == 1  # strict: a plugin problem is fatal
    assert run("validate", SAMPLE).exit_code == 0


class Failing:
    """A plugin whose section build or renderer raises (``where``), or returns the wrong type (``where`` = "returns";
    "texts": a section build returning a list of texts; "heading5": a heading of level 5; "control": a text with a
    control character)."""

    def __init__(self, where: str):
        self.where = where
        self.__name__ = f"failing-{where}"

    @hookimpl
    def register_sections(self, register):
        from pydantic import BaseModel

        class Data(BaseModel):
            text: str

        def build(data, context):
            if self.where == "build":
                raise ZeroDivisionError("plugin bug")
            if self.where == "texts":
                return [data.text]
            if self.where == "heading5":
                return [Heading(5, "（a）", data.text)]
            if self.where == "control":
                return [Paragraph(f"\a{data.text}")]
            return data.text if self.where == "returns" else context.narrative([data.text])

        register(Section("broken_part", "annual-report", "插件栏目", 550, Data, build))

    @hookimpl
    def register_renderers(self, register):
        def render(document, layout, fonts):
            if self.where == "render":
                raise SystemExit(3)
            return b"plain text" if self.where == "returns" else RenderOutput(b"plain text")

        register(Renderer("txt", ".txt", render))


def with_section(tmp_path: Path) -> Path:
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["sections"]["broken_part"] = {"text": "插件栏目的一段文字。"}
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_a_failing_section_build_names_the_plugin_and_the_batch_goes_on(tmp_path):
    with registered(Failing("build")):
        result = run("render", with_section(tmp_path), XINZHOU, "-f", "docx", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert ": error: 插件 failing-build：栏目 broken_part 的 build 出错：ZeroDivisionError: plugin bug（出错处 " in result.output
    assert "Traceback" not in result.output
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["xinzhou-2020.docx"]
    assert "共 2 个文件：1 个成功，1 个失败" in result.output


def test_every_registered_format_can_be_chosen_and_a_failing_one_is_named(tmp_path):
    with registered(Failing("nothing")):
        ok = run("render", with_section(tmp_path), "-f", "txt", "-o", tmp_path / "out")
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "out" / "a.txt").read_bytes() == b"plain text"
    with registered(Failing("render")):
        bad = run("render", with_section(tmp_path), "-f", "txt", "-o", tmp_path / "bad")
    assert bad.exit_code == 1 and "插件 failing-render：txt 格式的渲染 出错：SystemExit: 3" in bad.output
    assert not (tmp_path / "bad").exists()


def test_an_unknown_section_names_the_plugin_that_failed_to_register_it(install, tmp_path):
    install("reportkit-halfway", """
        from reportkit import hookimpl

        @hookimpl
        def register_sections(register):
            raise RuntimeError("missing data file")
    """)
    result = run("validate", with_section(tmp_path))
    assert result.exit_code == 1
    assert "未知字段“broken_part”" in result.output
    assert "可能由未能加载的插件提供：插件 reportkit-halfway：register_sections 出错：RuntimeError: missing data file" \
        in result.output


def test_a_renderer_that_returns_the_wrong_type_is_named(tmp_path):
    with registered(Failing("returns")):
        result = run("render", SAMPLE, "-f", "txt", "-o", tmp_path)
    assert result.exit_code == 1
    assert "sample-2021.yaml: error: 插件 failing-returns：txt 格式的渲染 返回了 bytes，应为 RenderOutput" in result.output
    assert "Traceback" not in result.output and list(tmp_path.iterdir()) == []


def test_a_section_build_that_returns_the_wrong_type_is_named(tmp_path):
    with registered(Failing("returns")):
        result = run("render", with_section(tmp_path), "-f", "docx", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "a.yaml: error: 插件 failing-returns：栏目 broken_part 的 build 返回了 str，应为 list" in result.output
    assert "Traceback" not in result.output


def test_a_section_build_that_returns_a_list_of_texts_is_named(tmp_path):
    """A list of strings passed a check for a list and failed deep in a renderer."""
    with registered(Failing("texts")):
        result = run("render", with_section(tmp_path), "-f", "docx", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert ("a.yaml: error: 插件 failing-texts：栏目 broken_part 的 build 返回的列表里有 str，"
            "应为 reportkit.blocks 中的块（Paragraph、Table 等）") in result.output


@pytest.mark.parametrize("where, problem", [
    ("heading5", "列表里有 5 级标题“插件栏目的一段文字。”：标题只有 1 至 4 级"),
    ("control", "文字里有控制字符 U+0007（在“插件栏目的一段文字。”中）：它不能写入 DOCX，须由插件去掉"),
])
def test_a_section_build_that_returns_what_no_renderer_can_set_is_named(tmp_path, where, problem):
    """A level-5 heading failed with a KeyError in the DOCX renderer (and in fonts.py), a control character with a
    ValueError from the DOCX library: text from the data is cleaned when it is read, a plugin's own is not."""
    with registered(Failing(where)):
        result = run("render", with_section(tmp_path), "-f", "docx", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"a.yaml: error: 插件 failing-{where}：栏目 broken_part 的 build 返回的{problem}" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("output, problem", [
    (RenderOutput("plain text"), "RenderOutput.data 是 str，应为 bytes"),
    (RenderOutput(b"plain text", ["一条诊断"]), "RenderOutput.diagnostics 里有 str，应为 reportkit.errors.Diagnostic"),
    (RenderOutput(b"plain text", None), "RenderOutput.diagnostics 是 NoneType，应为 reportkit.errors.Diagnostic 的列表"),
])
def test_a_renderer_output_that_holds_the_wrong_types_is_named(tmp_path, output, problem):
    """Text for the bytes failed in write.py, text among the diagnostics in errors.py, each with a traceback."""
    class Sloppy:
        __name__ = "reportkit-sloppy"

        @hookimpl
        def register_renderers(self, register):
            register(Renderer("txt", ".txt", lambda document, layout, fonts: output))

    with registered(Sloppy()):
        result = run("render", SAMPLE, "-f", "txt", "-o", tmp_path)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"sample-2021.yaml: error: 插件 reportkit-sloppy：txt 格式的渲染 返回的 {problem}" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_layout_prepare_that_returns_the_wrong_type_is_named(tmp_path):
    class Careless:
        __name__ = "reportkit-careless"

        @hookimpl
        def register_layouts(self, register):
            base = ROOT / "templates" / "gbt9704"
            register(Layout("careless", "忘了返回", base, base / "document.docx", base / "document.html.j2",
                            base / "style.css", prepare=lambda document, settings: None))

    with registered(Careless()):
        result = run("render", SAMPLE, "--layout", "careless", "-f", "docx", "-o", tmp_path)
    assert result.exit_code == 1
    assert "插件 reportkit-careless：版式 careless 的 prepare 返回了 NoneType，应为 Document" in result.output
    assert "Traceback" not in result.output


def test_a_layout_s_page_is_the_docx_s_too(tmp_path):
    """A layout with 20 mm margins reusing the default DOCX template (as docs/plugins.md showed) gave a PDF on 20 mm
    and a DOCX on the template's 28/26 mm, without a word: now refused, naming the layout; with a template made from
    its geometry by tools/make_docx_template.py, the DOCX has the layout's margins."""
    import importlib.util

    import docx

    from reportkit.layout import Geometry

    spec = importlib.util.spec_from_file_location("make_docx_template", ROOT / "tools" / "make_docx_template.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    geometry = Geometry(margin_left_mm=20, margin_right_mm=20)
    made = tmp_path / "wide" / "document.docx"
    made.parent.mkdir()
    made.write_bytes(tool.build(geometry))
    base = ROOT / "templates" / "gbt9704"

    class Wide:
        __name__ = "reportkit-wide"

        def __init__(self, template):
            self.template = template

        @hookimpl
        def register_layouts(self, register):
            register(Layout("wide", "左右边距各 20 mm", self.template.parent, self.template, base / "document.html.j2",
                            base / "style.css", shared=(base,), geometry=geometry))

    with registered(Wide(base / "document.docx")):
        result = run("render", SAMPLE, "--layout", "wide", "-f", "docx", "-o", tmp_path / "a")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert ("版式“wide”的 DOCX 模板的页面（左边距 28 mm、右边距 26 mm）与它的 geometry（左边距 20 mm、右边距 20 mm）不同，"
            "DOCX 会与 PDF 不一致") in result.output
    with registered(Wide(made)):
        result = run("render", SAMPLE, "--layout", "wide", "-f", "docx", "-o", tmp_path / "b")
    assert result.exit_code == 0, result.output
    section = docx.Document(str(tmp_path / "b" / "sample-2021.docx")).sections[0]
    assert round(section.left_margin.mm, 1) == round(section.right_margin.mm, 1) == 20.0


@pytest.mark.parametrize("n, text", [(99, "九十九"), (100, "一百"), (101, "一百零一"), (110, "一百一十"),
                                     (1005, "一千零五"), (12000, "一万二千")])
def test_chinese_numerals_go_past_99(n, text):
    assert chinese_numeral(n) == text
    assert heading_number(1, n) == f"{text}、"


def test_a_work_plan_with_120_tasks_renders(tmp_path):
    data = yaml.safe_load((ROOT / "examples" / "putian-2018-work-plan.yaml").read_text(encoding="utf-8"))
    path = tmp_path / "plan.yaml"
    tasks = _task_list(data)
    while len(tasks) < 120:
        tasks.append(copy.deepcopy(tasks[len(tasks) % 5]))
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = run("render", path, "-f", "docx", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output


def _task_list(data) -> list:
    """The example's longest list of task mappings (where the plan's numbered tasks live)."""
    found = []

    def walk(node):
        nonlocal found
        if isinstance(node, list) and node and all(isinstance(i, dict) for i in node) and len(node) > len(found):
            found = node
        for child in (node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()):
            walk(child)

    walk(data)
    return found


def test_a_renderer_extension_without_its_dot_is_refused_at_load():
    """extension="bad" wrote the output as “outb/badbad”, without a word."""
    class NoDot:
        @hookimpl
        def register_renderers(self, register):
            register(Renderer("bad", "bad", lambda document, layout, fonts: RenderOutput(b"")))

    plugins = load_plugins(NoDot(), entry_point_group=None)
    assert [p.format_message() for p in plugins.problems if "extension" in p.format_message()] == [
        "插件 NoDot：输出格式 bad 的 extension 应为“.md”这样以点开头的扩展名，实际为“bad”（没有点时输出文件名写成了“名称bad”）"]
    assert "bad" not in plugins.registry.renderers
