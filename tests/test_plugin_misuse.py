"""A plugin developer's mistakes, and plugins that meet each other: every one is a fixed outcome and one line
naming the plugins, never the load order deciding, a traceback or reportkit blaming itself."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from pydantic import BaseModel, ConfigDict

from reportkit import hookimpl
from reportkit.blocks import Attachment, Cell, Heading, Paragraph, Table
from reportkit.cli import cli, plugin_names, write_plugin_template
from reportkit.errors import InvalidData, PluginError
from reportkit.importers import import_file
from reportkit.layout import Layout
from reportkit.plugins import load_plugins
from reportkit.registry import Importer, Renderer, RenderOutput, Section
from reportkit.testing import load, registered, render, starter_data

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


class Empty(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = "栏目正文。"


def section_plugin(name: str, title: str, order: int = 650, build=None, editions: tuple = ()):
    """A plugin (named ``reportkit-NAME``) adding section ``name`` to the annual report."""
    class Plugin:
        __name__ = f"reportkit-{name.replace('_', '-')}"

        @hookimpl
        def register_sections(self, register):
            register(Section(name, "annual-report", title, order, Empty,
                             build or (lambda data, context: [Paragraph(data.text, context.source())]), editions=editions))

    return Plugin()


def report_with(*sections: str, plugins: list[str] | None = None) -> dict:
    data = starter_data("annual-report", year=2023)
    if plugins:
        data = {"plugins": plugins, **data}
    for name in sections:
        data["sections"][name] = {}
    return data


@pytest.fixture
def distributions(tmp_path, monkeypatch):
    """``distributions(("reportkit-foo", {"foo_a": source, …}), …)`` installs each distribution, an entry point per
    module in the order given, in a folder of its own on sys.path: the first given is found first."""
    def make(*dists: tuple[str, dict[str, str]]) -> None:
        for package, modules in reversed(dists):
            site = tmp_path / package
            site.mkdir()
            for module, source in modules.items():
                (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
            info = site / f"{package.replace('-', '_')}-0.3.0.dist-info"
            info.mkdir()
            (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {package}\nVersion: 0.3.0\n")
            (info / "entry_points.txt").write_text("[reportkit]\n" + "".join(f"{m} = {m}\n" for m in modules))
            monkeypatch.syspath_prepend(str(site))

    return make


# -- 1. sections with the same order -------------------------------------------------------------

@pytest.mark.parametrize("given", [("aaa", "bbb"), ("bbb", "aaa")])
def test_sections_with_the_same_order_go_by_name_whatever_the_load_order(given):
    """They went in the order the plugins happened to load, though the docs promise never by load order."""
    made = {"aaa": section_plugin("aaa_part", "甲栏目"), "bbb": section_plugin("bbb_part", "乙栏目")}
    plugins = [made[name] for name in given]
    result = render(report_with("aaa_part", "bbb_part"), plugins=plugins, installed=False, formats=("docx",))
    lines = result.docx_text.splitlines()
    assert [line for line in lines if line.startswith(("七、", "八、"))] == ["七、甲栏目", "八、乙栏目"]
    assert "其他需要报告的事项、甲栏目、乙栏目八个部分" in result.docx_text  # the preamble's list of parts
    problems = [p.format_message() for p in load(plugins, installed=False).problems]
    assert problems == ["插件 reportkit-bbb-part：栏目 bbb_part 与插件 reportkit-aaa-part 的栏目 aaa_part 的 order 都是 650："
                        "两者在同一份报告里时按栏目名排列，aaa_part 在前；请换一个别的栏目没有用的 order"]


def test_sections_of_different_editions_with_the_same_order_do_not_tie():
    plugins = [section_plugin("aaa_part", "甲栏目", editions=("2019", "2021")),
               section_plugin("bbb_part", "乙栏目", editions=("2008",))]
    assert load(plugins, installed=False).problems == []


# -- 2. clashing names between installed plugins ---------------------------------------------------

CLAIMING = """
from reportkit import hookimpl
from reportkit.blocks import Paragraph
from reportkit.registry import Section
from pydantic import BaseModel, ConfigDict


class Empty(BaseModel):
    model_config = ConfigDict(extra="forbid")

@hookimpl
def register_sections(register):
    register(Section("shared_part", "annual-report", "{title}", 650, Empty,
                     lambda data, context: [Paragraph("{title}的正文。", context.source())]))
"""


@pytest.mark.parametrize("found_first", ["reportkit-zeta", "reportkit-alpha"])
def test_clashing_plugins_keep_the_first_by_distribution_name_whatever_the_listing(distributions, found_first):
    """The one entry_points() listed last won (the file system's order), and the message blamed the other."""
    dists = {"reportkit-alpha": {"alpha_part": CLAIMING.replace("{title}", "甲栏目")},
             "reportkit-zeta": {"zeta_part": CLAIMING.replace("{title}", "乙栏目")}}
    other = next(name for name in dists if name != found_first)
    distributions((found_first, dists[found_first]), (other, dists[other]))
    plugins = load_plugins()
    clash = ("插件 reportkit-zeta：栏目 shared_part 已由 reportkit-alpha 提供，reportkit-zeta 的未注册（两个插件用了同一个名字，"
             "先载入的留用）：只用其中一个时，卸载另一个（pip uninstall reportkit-zeta 或 pip uninstall reportkit-alpha）；"
             "两个都要用，请其中一个的作者换个名字")
    assert [p.format_message() for p in plugins.problems] == [clash]
    result = render(report_with("shared_part", plugins=["reportkit-alpha"]), formats=("docx",))
    assert "七、甲栏目" in result.docx_text and "甲栏目的正文。" in result.docx_text
    with pytest.raises(InvalidData) as info:
        render(report_with("shared_part", plugins=["reportkit-zeta"]), formats=("docx",))
    assert [d.message for d in info.value.diagnostics] == [
        f"数据需要插件“reportkit-zeta”，但它未能加载：{clash}"]


# -- 3. blocks whose texts are not text ------------------------------------------------------------

@pytest.mark.parametrize("blocks, problem", [
    ([Paragraph(123)], "第 1 块 Paragraph 的 text 是 int（123），应为 str"),
    ([Paragraph("前言。"), Heading(2, "（一）", None)], "第 2 块 Heading 的 text 是 NoneType（None），应为 str"),
    ([Heading(2, 1, "小标题")], "第 1 块 Heading 的 number 是 int（1），应为 str"),
    ([Table([[Cell("项目"), Cell(1)]], [1, 1])], "第 1 块 Table 的 rows[0][1].text 是 int（1），应为 str"),
    ([Table([[Cell("项目", colspan="2")]], [1, 1])], "第 1 块 Table 的 rows[0][0].colspan 是 str（'2'），应为 int"),
    ([Attachment("附件1", "附表", [Paragraph(["一段"])])],
     "第 1 块 Attachment 的 blocks[0].text 是 list（['一段']），应为 str"),
])
@pytest.mark.parametrize("command", ["validate", "render"])
def test_a_section_build_whose_blocks_hold_the_wrong_types_is_named(tmp_path, blocks, problem, command):
    """Paragraph(123) failed in limits.py, a heading without text in blocks.py, each with a traceback."""
    data = tmp_path / "a.yaml"
    data.write_text(yaml.safe_dump(report_with("typed_part"), allow_unicode=True), encoding="utf-8")
    with registered(section_plugin("typed_part", "类型栏目", build=lambda data, context: blocks)):
        result = run(command, data, *(("-f", "docx", "-o", tmp_path / "out") if command == "render" else ()))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == f"{data}: error: 插件 reportkit-typed-part：栏目 typed_part 的 build 返回的列表里{problem}"
    assert not (tmp_path / "out").exists()


# -- 4. an importer that returns the wrong type ----------------------------------------------------

class Lister:
    __name__ = "reportkit-lister"

    @hookimpl
    def register_importers(self, register):
        register(Importer("list-md", (".md",), lambda path: path.read_text(encoding="utf-8").splitlines(), priority=10))


def test_an_importer_that_returns_the_wrong_type_is_named(tmp_path):
    """It was reported as reportkit's own internal error, to be reported to its developers."""
    source = tmp_path / "report.md"
    source.write_text("某县2023年政府信息公开工作年度报告\n一、总体情况\n", encoding="utf-8")
    with registered(Lister()):
        result = run("import", source, "-o", tmp_path / "out")
        with pytest.raises(PluginError) as info:
            import_file(source, load_plugins(), outdir=tmp_path / "out")
    message = ("插件 reportkit-lister：导入格式 list-md 读 {} 返回了 list，应为 reportkit.importers.source.Published："
               "未写出数据文件")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines() == [f"error: {message.format(source)}"]
    assert info.value.format_message() == message.format(source)
    assert "开发者" not in result.output and not (tmp_path / "out").exists()


def test_an_importer_whose_items_cannot_be_mapped_is_named_beside_reportkit(tmp_path):
    from reportkit.importers.source import Para, Published

    class Garbling:
        __name__ = "reportkit-garbling"

        @hookimpl
        def register_importers(self, register):
            register(Importer("garbled-md", (".md",), lambda path: Published(str(path), [Para(123, "第 1 行", "body")]),
                              priority=10))

    source = tmp_path / "report.md"
    source.write_text("一、总体情况\n", encoding="utf-8")
    with registered(Garbling()):
        result = run("import", source, "-o", tmp_path / "out")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0].endswith(
        "未写出数据文件：请把这个文件报告给插件 reportkit-garbling（它读出了这个文件的内容）的作者或 reportkit 的开发者")


def _failing_importer(read):
    class Failing:
        __name__ = "reportkit-failing"

        @hookimpl
        def register_importers(self, register):
            register(Importer("failing-md", (".md",), read, priority=10))

    return Failing()


def _read_badly(path):
    return {"title": path.read_text(encoding="utf-8")}["标题"]  # the plugin's own bug: a key it never set


def _read_as_zip(path):
    import zipfile
    return zipfile.ZipFile(path)  # a library reading the file: a text file is no zip


def test_an_importer_s_own_fault_is_reported_to_its_author_a_library_s_to_the_file(tmp_path):
    """A plugin importer's own bug was said as the file's fault (“无法读取（KeyError: …）：请确认文件完整、能用办公软件
    打开”), sending the clerk to check a sound file; what a library it calls raises on the file stays the file's."""
    source = tmp_path / "report.md"
    source.write_text("一、总体情况\n", encoding="utf-8")
    with registered(_failing_importer(_read_badly)):
        result = run("import", source, "-o", tmp_path / "out")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines() == [
        f"{source}: error: 插件 reportkit-failing 读取这个文件时出现内部错误（KeyError: '标题'），未写出数据文件："
        "请把这个文件报告给插件 reportkit-failing 的作者"]
    with registered(_failing_importer(_read_as_zip)):
        result = run("import", source, "-o", tmp_path / "out")
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{source}: error: 无法读取（BadZipFile: ") and "插件" not in line
    assert line.endswith("：请确认文件完整、能用办公软件打开，且扩展名与格式相符")
    assert not (tmp_path / "out").exists()


# -- 5. a package with several entry points, one of them broken ------------------------------------

def test_data_that_needs_a_package_with_one_broken_entry_point_says_why(distributions):
    """The problem was filed under ``package:entry``, so data naming the package passed the check of ``plugins:``."""
    distributions(("reportkit-multi", {
        "a_section": CLAIMING.replace("shared_part", "multi_part").replace("{title}", "多入口栏目"),
        "b_rules": """
            from reportkit import hookimpl
            from reportkit.registry import Rule

            @hookimpl
            def register_rules(register):
                return [Rule("M1", "annual-report", "返回了列表", lambda report: [])]
        """}))
    with pytest.raises(InvalidData) as info:
        render(report_with("multi_part", plugins=["reportkit-multi"]), formats=("docx",))
    assert [d.message for d in info.value.diagnostics] == [
        "数据需要插件“reportkit-multi”，但它未能加载：插件 reportkit-multi:b_rules：register_rules 返回了 list，它被忽略了："
        "请把每一项传给 register()"]


def test_an_imported_section_of_a_package_with_several_entry_points_names_the_package(distributions):
    """Only the package's last entry point was known as the package: ``import`` wrote no ``plugins:`` for the others."""
    from reportkit.importers import plugin_sections

    distributions(("reportkit-multi", {
        "a_rules": "from reportkit import hookimpl\n\n@hookimpl\ndef register_rules(register):\n    pass\n",
        "b_section": CLAIMING.replace("shared_part", "multi_part").replace("{title}", "多入口栏目")}))
    found = {section.name: package for section, package in plugin_sections(load_plugins())}
    assert found["multi_part"] == "reportkit-multi"


# -- 6. an unknown --layout ------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["validate", "render"])
def test_an_unknown_layout_option_is_a_usage_error_listing_the_layouts(tmp_path, command):
    """It was an error at the data file's third line, with exit 1."""
    result = run(command, "--layout", "nosuch", SAMPLE, *(("-o", tmp_path) if command == "render" else ()))
    available = "、".join(sorted(load_plugins().registry.layouts))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == f"error: --layout：未知的版式“nosuch”，可选：{available}（插件提供的版式需先安装插件）"
    assert list(tmp_path.iterdir()) == []


class Wide:
    __name__ = "reportkit-wide"

    @hookimpl
    def register_layouts(self, register):
        here = Path("/nonexistent/wide")
        register(Layout("wide", "宽版", here, here / "document.docx", here / "document.html.j2", here / "style.css"))


def test_a_layout_option_naming_a_broken_plugins_layout_says_why():
    with registered(Wide()):
        result = run("validate", "--layout", "wide", SAMPLE)
    assert result.exit_code == 2
    assert ("error: --layout：版式“wide”未能加载：插件 reportkit-wide：版式 wide 的文件不存在：/nonexistent/wide/document.docx"
            "：请改正路径，并让这个文件随插件安装（setuptools 要把它写进 package-data）" in result.stderr.splitlines())


def test_an_unknown_layout_given_to_the_pipeline_is_not_placed_in_the_data():
    with pytest.raises(Exception) as info:
        render(SAMPLE.read_text(encoding="utf-8"), layout="nosuch", formats=("docx",))
    assert not isinstance(info.value, InvalidData)
    assert info.value.format_message().startswith("--layout：未知的版式“nosuch”，可选：gbt9704")


# -- 7. the plugin template's tests beside another plugin ------------------------------------------

NAGGING = """
from reportkit import hookimpl
from reportkit.registry import Finding, Rule

@hookimpl
def register_rules(register):
    register(Rule("NAG1", "annual-report", "总是提醒", lambda report: [Finding("warning", "请再核对一遍", ("agency",))]))
"""


def test_the_template_tests_pass_beside_a_plugin_that_warns(tmp_path):
    """Its render test asserted that the report had no warning at all, whoever gave it."""
    values = plugin_names("misuse-annex") | {"__TITLE__": "附加说明"}
    package = tmp_path / "package"
    write_plugin_template(package, values)
    site = tmp_path / "site"
    site.mkdir()
    (site / "reportkit_nagging.py").write_text(NAGGING, encoding="utf-8")
    for name, module in ((values["__PACKAGE__"], values["__MODULE__"]), ("reportkit-nagging", "reportkit_nagging")):
        info = site / f"{name.replace('-', '_')}-0.1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1.0\n")
        (info / "entry_points.txt").write_text(f"[reportkit]\n{module} = {module}\n")
    env = {**__import__("os").environ, "PYTHONPATH": f"{site}{__import__('os').pathsep}{package / 'src'}"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(package / "tests")],
                          cwd=package, env=env, capture_output=True, encoding="utf-8", timeout=600)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "4 passed" in done.stdout


# -- minor ------------------------------------------------------------------------------------------

def test_a_renderer_extension_without_a_dot_is_shown_as_it_would_be_written():
    class Dotless:
        __name__ = "reportkit-dotless"

        @hookimpl
        def register_renderers(self, register):
            register(Renderer("txt", "txt", lambda document, layout, fonts: RenderOutput(b"")))

    assert [p.format_message() for p in load([Dotless()], installed=False).problems] == [
        "插件 reportkit-dotless：输出格式 txt 的 extension 应为“.md”这样以点开头的扩展名，实际为“txt”"
        "（没有点时输出文件名写成了“名称txt”）"]


def test_plugins_lists_a_rule_id_of_several_editions_with_its_editions():
    result = run("plugins")
    rules = next(line for line in result.output.splitlines() if line.startswith("  规则：R1、"))
    ids = rules.removeprefix("  规则：").split("、")
    assert len(ids) == len(set(ids))
    assert "R11 (2008)" in ids and "R11 (2019/2021)" in ids


class Memo(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: str
    text: str


class MemoKind:
    __name__ = "reportkit-memo"

    @hookimpl
    def register_kinds(self, register):
        from reportkit.blocks import Document
        from reportkit.registry import Kind

        register(Kind("memo", "便函", (), lambda data: (None, []), lambda edition: Memo,
                      lambda report, locate: Document("便函", "某机关"), lambda options: "kind: memo\ntext: 正文\n"))


def test_init_of_a_kind_without_a_year_names_none(tmp_path):
    """It said “2025 年度” of a memo, whose file has no year."""
    target = tmp_path / "memo.yaml"
    with registered(MemoKind()):
        result = run("init", "memo", "-o", target)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"已生成 {target}（便函）；填写后运行：reportkit validate {target}"


def test_new_plugin_help_installs_with_reportkits_python():
    """Its example ran a bare pip and pytest, which may be another Python's, where reportkit-gbt9704 is not found."""
    result = run("new-plugin", "-h")
    assert "python -m pip install -e '.[test]' && python -m pytest" in result.output


def test_a_plugin_section_left_empty_is_an_error_where_it_is(tmp_path):
    """``sections: NAME:`` with nothing after the colon passed, and the part was left out without a word."""
    data = tmp_path / "a.yaml"
    text = yaml.safe_dump(report_with(), allow_unicode=True, sort_keys=False)
    data.write_text(text.replace("\nsections:\n", "\nsections:\n  empty_part:\n", 1), encoding="utf-8")
    line = data.read_text(encoding="utf-8").splitlines().index("  empty_part:") + 1
    with registered(section_plugin("empty_part", "空栏目")):
        result = run("validate", data)
    assert result.exit_code == 1 and "Traceback" not in result.output
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{data}:{line}:") and first.endswith(
        " error: sections.empty_part：这里是空的（冒号后面什么也没写）：不用就删掉这一行，否则在这里写上内容")
