"""A plugin's code that fails while a file renders: a layout's own HTML template (which may extend the default's), a
section's build or rules, a layout's prepare, a renderer. Each is one line naming the plugin, the place in the data and
in the plugin's own file, and the fix; nothing written, earlier outputs kept; the traceback on request."""
from __future__ import annotations

import sys
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.resources import templates_dir

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
BASE = templates_dir() / "gbt9704"
FIX = "这是插件的问题，请把这条消息报告给插件作者"


@pytest.fixture(autouse=True)
def fresh_modules(monkeypatch):
    """Each test installs its own version of these plugins: not the module a test before imported."""
    for module in ("reportkit_zj_wide", "reportkit_zj_hotline"):
        monkeypatch.delitem(sys.modules, module, raising=False)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


LAYOUT = """
    from pathlib import Path

    from reportkit import hookimpl
    from reportkit.layout import Layout
    from reportkit.resources import templates_dir

    BASE = templates_dir() / "gbt9704"
    HERE = Path(__file__).parent


    @hookimpl
    def register_layouts(register):
        register(Layout("zj-wide", "宽版", HERE, BASE / "document.docx", HERE / "page.html.j2", BASE / "style.css",
                        shared=(BASE,)))
"""


def _layout_with_template(install, tmp_path, template: str) -> Path:
    install("reportkit-zj-wide", LAYOUT)
    page = tmp_path / "site" / "page.html.j2"
    page.write_text(template, encoding="utf-8")
    return page.resolve()


def test_a_layout_template_extends_the_default_template(install, tmp_path):
    """Jinja searched the template's own folder only: 'document.html.j2' not found in search path."""
    _layout_with_template(install, tmp_path, '{% extends "document.html.j2" %}\n')
    result = run("render", SAMPLE, "--layout", "zj-wide", "-f", "pdf", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    with pdfplumber.open(tmp_path / "out" / "sample-2021.pdf") as pdf:
        text = "".join(page.extract_text() for page in pdf.pages)
    assert "政府信息公开工作年度报告" in text.replace("\n", "") and "一、总体情况" in text


@pytest.mark.parametrize("template, line, problem", [
    ('{#- 宽版 -#}\n{% extends "documnet.html.j2" %}\n', 2,
     "找不到模板“documnet.html.j2”（依次查找了 {site}、{base}）：请改正模板名，或把它放进版式的 directory 或 shared 的目录"),
    ("<html>\n<body>\n{{ document.footnote }}\n</body>\n", 3, "Document 没有属性“footnote”：请改正这一行"),
    ("<html>\n{{ page_count }}\n", 2, "“page_count”没有定义：模板能用的是 document、geometry、plan、roles、stylesheets、"
                                     "masthead_place、page_number_drop_pt、notice_pitch、notice"),
    ("<html>\n<p>{{ document.blocks | length / 0 }}</p>\n", 2, "ZeroDivisionError: division by zero：请改正这一行"),
])
def test_a_layout_template_error_names_the_plugin_the_template_line_and_the_fix(install, tmp_path, template, line,
                                                                                 problem):
    """It was English and named no plugin: 布局 zj-wide: 模板 page.html.j2: 'documnet.html.j2' not found in search path."""
    page = _layout_with_template(install, tmp_path, template)
    result = run("render", SAMPLE, "--layout", "zj-wide", "-f", "pdf", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == (
        f"{SAMPLE}: error: 插件 reportkit-zj-wide：版式 zj-wide 的 HTML 模板 {page}:{line} 出错："
        + problem.format(site=page.parent, base=BASE.resolve()))
    assert not (tmp_path / "out").exists()


def test_a_layout_template_that_extends_itself_is_told_to_take_another_name(install, tmp_path):
    """A copy named like the default's, extending “document.html.j2”, found itself: a RecursionError's traceback."""
    install("reportkit-zj-wide", LAYOUT.replace('"page.html.j2"', '"document.html.j2"'))
    own = (tmp_path / "site" / "document.html.j2").resolve()
    own.write_text('{% extends "document.html.j2" %}\n', encoding="utf-8")
    result = run("render", SAMPLE, "--layout", "zj-wide", "-f", "pdf", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == (
        f"{SAMPLE}: error: 插件 reportkit-zj-wide：版式 zj-wide 的 HTML 模板 {own}:1 出错：模板引用了它自己（extends 或 include "
        "了自己的名字：模板先在它自己的目录里找）：请给版式自己的模板另起一个名字，如 page.html.j2")


HOTLINE = """
    import json

    from pydantic import BaseModel

    from reportkit import hookimpl
    from reportkit.blocks import Paragraph
    from reportkit.layout import Layout
    from reportkit.registry import Renderer, Section


    class Hotline(BaseModel):
        calls: int = 0
        answered: int = 0


    def rate(data):
        return data.answered / data.calls


    def build(data, context):
        return [Paragraph(f"接通率{rate(data):.0%}。", context.source())]


    def check(data):
        json.loads("接通率")
        return []


    def prepare(document, settings):
        raise SystemExit("没有配置版头")


    def render_txt(document, layout, fonts):
        raise KeyError("字体")


    @hookimpl
    def register_sections(register):
        register(Section("zj_hotline", "annual-report", "热线电话", 650, Hotline, build, rules=RULES))


    @hookimpl
    def register_layouts(register):
        from reportkit.resources import templates_dir

        base = templates_dir() / "gbt9704"
        register(Layout("zj-head", "版头", base, base / "document.docx", base / "document.html.j2", base / "style.css",
                        prepare=prepare))


    @hookimpl
    def register_renderers(register):
        register(Renderer("txt", ".txt", render_txt))
"""


def _hotline(install, tmp_path, head: str = "", rules: str = "()", calls: int = 0) -> tuple[Path, Path]:
    """The plugin's module, and a data file with its section (``head`` goes before the sample's own lines)."""
    module = install("reportkit-zj-hotline", HOTLINE.replace("RULES", rules))
    data = tmp_path / "a.yaml"
    section = f"\nsections:\n  zj_hotline: {{calls: {calls}}}\n"
    text = SAMPLE.read_text(encoding="utf-8").replace("\nsections:\n", section, 1)
    data.write_text(f"plugins: [reportkit-zj-hotline]\n{head}{text}", encoding="utf-8")
    return tmp_path / "site" / f"{module}.py", data


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def _at(path: Path, text: str) -> str:
    """``LINE:COL`` of ``text`` in ``path``."""
    line = _line_of(path, text)
    return f"{line}:{path.read_text(encoding='utf-8').splitlines()[line - 1].index(text) + 1}"


@pytest.mark.parametrize("command", ["validate", "render"])
def test_a_section_build_that_raises_is_placed_in_the_data_and_in_the_plugin(install, tmp_path, command):
    """It was one line naming the plugin (插件 X：栏目 zj_hotline 的 build 出错：ZeroDivisionError…): no place in the
    data, none in the plugin, no fix."""
    module, data = _hotline(install, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.docx").write_bytes(b"earlier")
    result = run(command, data, *(("-o", out) if command == "render" else ()))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == (
        f"{data}:{_at(data, '{calls: 0}')}: error: 插件 reportkit-zj-hotline：栏目 zj_hotline 的 build 出错：ZeroDivisionError: "
        f"division by zero（出错处 {module}:{_line_of(module, 'return data.answered / data.calls')}）：{FIX}；"
        "在它修好之前，可先从数据中删去 sections.zj_hotline 这一栏")
    assert (out / "a.docx").read_bytes() == b"earlier" and [p.name for p in out.iterdir()] == ["a.docx"]


def test_tracing_shows_the_call_and_the_traceback_of_a_raising_build(install, tmp_path, monkeypatch):
    module, data = _hotline(install, tmp_path)
    monkeypatch.setenv("REPORTKIT_TRACE_PLUGINS", "1")
    result = run("validate", data)
    assert result.exit_code == 1
    assert "reportkit: trace: 栏目 zj_hotline 的 build of plugin reportkit-zj-hotline" in result.stderr
    assert f'File "{module}", line {_line_of(module, "return data.answered / data.calls")}, in rate' in result.stderr


def test_a_section_rule_that_raises_is_placed_at_the_section_and_at_the_plugin_s_line_not_the_library_s(install,
                                                                                                        tmp_path):
    """It was placed at the file only, without the plugin's line or the fix; json's own line is not the plugin's."""
    module, data = _hotline(install, tmp_path, rules="(check,)", calls=1)
    result = run("validate", data)
    assert result.exit_code == 1 and "Traceback" not in result.output
    error = next(line for line in result.stderr.splitlines() if "的规则 出错" in line)
    assert error == (
        f"{data}:{_at(data, '{calls: 1}')}: error: [reportkit-zj-hotline] 栏目 zj_hotline 的规则 出错："
        f"JSONDecodeError: Expecting value: line 1 column 1 (char 0)（出错处 {module}:{_line_of(module, 'json.loads')}）："
        f"{FIX}；在它修好之前，可先从数据中删去 sections.zj_hotline 这一栏")


def test_a_layout_prepare_that_raises_is_placed_at_the_layout_that_chose_it(install, tmp_path):
    module, data = _hotline(install, tmp_path, head="layout: zj-head\n", calls=1)
    result = run("render", data, "-f", "docx", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == (
        f"{data}:{_at(data, 'zj-head')}: error: 插件 reportkit-zj-hotline：版式 zj-head 的 prepare 出错："
        f"SystemExit: 没有配置版头（出错处 {module}:{_line_of(module, 'raise SystemExit')}）：{FIX}；"
        "在它修好之前，可先换用其他版式（数据中的 layout:，或 --layout）")
    assert not (tmp_path / "out").exists()


def test_a_renderer_that_raises_names_its_line_and_the_formats_to_write_instead(install, tmp_path):
    module, data = _hotline(install, tmp_path, calls=1)
    result = run("render", data, "-f", "docx", "-f", "txt", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == (
        f"{data}: error: 插件 reportkit-zj-hotline：txt 格式的渲染 出错：KeyError: '字体'"
        f"（出错处 {module}:{_line_of(module, 'raise KeyError')}）：{FIX}；在它修好之前，可先不生成 txt 格式（-f 只写其他格式）")
    assert not (tmp_path / "out").exists()
