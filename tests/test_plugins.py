"""The plugin surface: loading that survives broken plugins, settings, commands, ``reportkit plugins``.

Each hook in hookspecs.py is implemented by at least one plugin here (tests/test_docs.py checks).
"""
from __future__ import annotations

import dataclasses
import json
import textwrap
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from pydantic import BaseModel, ConfigDict

from reportkit import hookimpl
from reportkit.blocks import Document, Paragraph
from reportkit.cli import cli
from reportkit.errors import InvalidData
from reportkit.layout import Layout
from reportkit.plugins import load_plugins
from reportkit.registry import FontFace, Finding, Kind, Renderer, RenderOutput, Rule, Section, Settings
from reportkit.testing import check, hidden, registered, render, starter_data

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


# -- a fake installed distribution, so entry points are exercised for real -------------------

GOOD = """
from reportkit import hookimpl
from reportkit.registry import Rule

@hookimpl
def register_rules(register):
    register(Rule("G1", "annual-report", "good", lambda report: []))
"""


def test_a_plugin_that_fails_to_import_is_named_and_skipped(install):
    install("reportkit-good", GOOD)
    install("reportkit-foo", "import no_such_module_anywhere\n")
    plugins = load_plugins()
    messages = [p.format_message() for p in plugins.problems]
    assert messages == [
        "插件 reportkit-foo：导入 reportkit_foo 失败：ModuleNotFoundError: No module named 'no_such_module_anywhere'"]
    assert "reportkit-good" in plugins.names() and "G1" in [r.id for r in plugins.registry.rules]


def test_a_hook_that_raises_and_a_bad_item_are_named(install):
    install("reportkit-raises", """
        from reportkit import hookimpl
        @hookimpl
        def register_layouts(register):
            raise RuntimeError("template folder missing")
    """)
    install("reportkit-baditem", """
        from reportkit import hookimpl
        @hookimpl
        def register_kinds(register):
            register("annual-report")
    """)
    messages = sorted(p.format_message() for p in load_plugins().problems)
    assert messages == [
        "插件 reportkit-baditem：register_kinds 收到的是 str，应为 Kind",
        "插件 reportkit-raises：register_layouts 出错：RuntimeError: template folder missing",
    ]


def test_misspelt_hooks_of_several_plugins_are_all_reported(install):
    install("reportkit-typo1", "from reportkit import hookimpl\n@hookimpl\ndef register_section(register):\n    pass\n")
    install("reportkit-typo2", "from reportkit import hookimpl\n@hookimpl\ndef register_layout(register):\n    pass\n")
    plugins = load_plugins()
    messages = sorted(p.format_message() for p in plugins.problems)
    assert len(messages) == 2
    assert messages[0].startswith("插件 reportkit-typo1：实现了不存在的钩子 register_section（已有的钩子：register_commands、")
    assert messages[1].startswith("插件 reportkit-typo2：实现了不存在的钩子 register_layout（")
    assert "reportkit-typo1" not in plugins.names()


def test_core_versions_are_checked_at_load(install):
    install("reportkit-future", "REPORTKIT_REQUIRES = '>=9.0'\n")
    install("reportkit-garbled", "REPORTKIT_REQUIRES = 'version one'\n")
    install("reportkit-fits", "REPORTKIT_REQUIRES = '>=0.1,<0.2'\n")
    messages = sorted(p.format_message() for p in load_plugins().problems)
    assert messages == [
        "插件 reportkit-future：只适用于 reportkit >=9.0，而这里是 reportkit 0.1.0：请升级插件，或安装与它相符的 reportkit",
        "插件 reportkit-garbled：REPORTKIT_REQUIRES = 'version one' 不是版本范围：应写成 '>=0.1,<0.2' 这样",
    ]


def _validate_needing(plugin: str, tmp_path: Path):
    """``reportkit validate`` of the sample with ``plugins: [plugin]``, and the data file's path."""
    data = tmp_path / "needs.yaml"
    data.write_text(f"plugins: [{plugin}]\n" + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return run("validate", data), data


@pytest.mark.parametrize("name, code, reason", [
    ("reportkit-foo", "raise ValueError('boom')\n", "导入 reportkit_foo 失败：ValueError: boom"),
    # the data error said only “plugin reportkit-typo: not loaded”
    ("reportkit-typo", "from reportkit import hookimpl\n@hookimpl\ndef register_section(register):\n    pass\n",
     "实现了不存在的钩子 register_section（已有的钩子：register_commands、"),
])
def test_data_that_needs_a_broken_plugin_fails_naming_it_and_why(install, tmp_path, name, code, reason):
    install(name, code)
    result, data = _validate_needing(name, tmp_path)
    assert result.exit_code == 1
    assert f"{data}:1:11: error: 数据需要插件“{name}”，但它未能加载：插件 {name}：{reason}" in result.stderr
    assert "Traceback" not in result.output


def test_an_installed_package_without_an_entry_point_is_told_to_declare_one(tmp_path, monkeypatch):
    """It was told it was not installed, and to install it."""
    site = tmp_path / "site"
    (site / "reportkit_noep").mkdir(parents=True)
    (site / "reportkit_noep" / "__init__.py").write_text("from reportkit import hookimpl\n", encoding="utf-8")
    info = site / "reportkit_gbt9704_noep-0.3.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: reportkit-gbt9704-noep\nVersion: 0.3.0\n")
    (info / "RECORD").write_text(f"reportkit_noep/__init__.py,,\n{info.name}/METADATA,,\n{info.name}/RECORD,,\n")
    monkeypatch.syspath_prepend(str(site))
    result, data = _validate_needing("reportkit-gbt9704-noep", tmp_path)
    assert result.exit_code == 1
    assert (f"{data}:1:11: error: 数据需要插件“reportkit-gbt9704-noep”：它已安装（0.3.0 版），但没有声明 reportkit 入口点，"
            "reportkit 找不到它：请在它的 pyproject.toml 中加上 [project.entry-points.reportkit] 一节，"
            "写上 noep = \"reportkit_noep\"，再重新安装它") in result.stderr


def test_cli_shows_one_line_per_problem_and_keeps_working(install, tmp_path):
    install("reportkit-foo", "raise ValueError('boom')\n")
    result = run("validate", SAMPLE)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == "warning: 插件 reportkit-foo：导入 reportkit_foo 失败：ValueError: boom"
    assert "Traceback" not in result.output


def test_strict_makes_any_plugin_problem_fatal(install):
    install("reportkit-foo", "raise ValueError('boom')\n")
    result = run("validate", SAMPLE, "--strict")
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: 插件 reportkit-foo：导入 reportkit_foo 失败：ValueError: boom"
    assert run("validate", SAMPLE, env={"REPORTKIT_STRICT": "1"}).exit_code == 1


def test_missing_plugin_names_the_package_to_install(tmp_path):
    example = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
    with hidden("reportkit-gbt9704-redhead"):
        result = run("render", example, "-o", tmp_path)
    assert result.exit_code == 1
    assert ("数据需要插件“reportkit-gbt9704-redhead”，但它没有安装：在源码根目录运行 "
            "pip install ./plugins/reportkit-gbt9704-redhead") in result.stderr
    assert (ROOT / "plugins" / "reportkit-gbt9704-redhead" / "pyproject.toml").is_file()  # the folder the hint names
    assert list(tmp_path.iterdir()) == []


def test_a_plugin_no_one_made_is_not_sent_to_a_folder_that_does_not_exist(tmp_path):
    """A misspelt or invented plugin name was told to ``pip install ./plugins/<that name>``, a folder that does not
    exist: the message lists the installed plugins and this project's own, each of which has its folder."""
    data = tmp_path / "d.yaml"
    data.write_text((ROOT / "examples" / "xinzhou-2020.yaml").read_text(encoding="utf-8") + "plugins: [四川抗震救灾插件]\n",
                    encoding="utf-8")
    result = run("validate", data)
    assert result.exit_code == 1
    from reportkit.validate import BUNDLED_PLUGINS

    assert "数据需要插件“四川抗震救灾插件”，但没有安装这个名字的插件：已安装的有 " in result.stderr
    assert f"本项目自带的有 {'、'.join(BUNDLED_PLUGINS)}（在源码根目录运行 pip install ./plugins/<名称>）" in result.stderr
    assert all((ROOT / "plugins" / name / "pyproject.toml").is_file() for name in BUNDLED_PLUGINS)


def test_a_plugin_keeps_its_name_from_before_the_rename():
    """Data written for ``reportkit-redhead`` (the distribution's name before issue 8) still works, settings too."""
    example = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
    old = example.read_text(encoding="utf-8").replace("\n  reportkit-gbt9704-redhead:\n", "\n  reportkit-redhead:\n")
    assert "\n  reportkit-redhead:\n" in old
    assert "某自然资发〔2024〕3号" in render(old, formats=("docx",)).docx_text
    with hidden("reportkit-redhead"), pytest.raises(InvalidData) as info:
        check(old)
    assert "数据需要插件“reportkit-redhead”，但它没有安装" in str(info.value)


def test_trace_logs_each_hook_call(capsys, monkeypatch):
    monkeypatch.setenv("REPORTKIT_TRACE_PLUGINS", "1")
    load_plugins(entry_point_group=None)
    err = capsys.readouterr().err
    assert "reportkit: trace: register_kinds of plugin reportkit.default_plugins.annual_report" in err
    assert "reportkit: trace: register_renderers of plugin reportkit.default_plugins.formats" in err


# -- every hook, implemented by one toy plugin ------------------------------------------------

class ToySettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    greeting: str = "你好"
    times: int = 1


class Toy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    note: str


def toy_build(data: Toy, context) -> list:
    settings = context.settings
    return [Paragraph(f"{settings.greeting}×{settings.times}：{data.note}", context.source("note"))]


def toy_rule(data: Toy):
    from reportkit.registry import Finding
    if "坏" in data.note:
        yield Finding("error", "note 里有“坏”字", ("note",))


class ToyPlugin:
    """A plugin implementing every hook."""

    __name__ = "reportkit-toy"

    @hookimpl
    def register_kinds(self, register):
        register(Kind("toy-kind", "玩具", (), lambda data: (None, []), lambda edition: Toy,
                      lambda report, locate: Document("t", "a"), lambda options: "kind: toy-kind\n"))

    @hookimpl
    def register_rules(self, register):
        register(Rule("TOY1", "annual-report", "玩具规则", lambda report: []))

    @hookimpl
    def register_sections(self, register):
        register(Section("toy_section", "annual-report", "玩具栏目", 650, Toy, toy_build, rules=(toy_rule,)))

    @hookimpl
    def register_layouts(self, register):
        base = ROOT / "templates" / "gbt9704"
        register(Layout("toy-layout", "玩具版式", base, base / "document.docx", base / "document.html.j2",
                        base / "style.css"))

    @hookimpl
    def register_fonts(self, register):
        font = ROOT / "plugins" / "reportkit-gbt9704-fonts-fandol" / "src" / "reportkit_fonts_fandol" / "FandolFang-Regular.otf"
        register(FontFace("ToyFang", "fangsong", font, "GPL-3.0 with font exception", priority=-5))

    @hookimpl
    def register_renderers(self, register):
        register(Renderer("txt", ".txt", lambda document, layout, fonts: RenderOutput(
            "\n".join(text for _, text, _ in document.texts()).encode())))

    @hookimpl
    def register_settings(self, register):
        register(Settings("reportkit-toy", ToySettings))

    @hookimpl
    def register_commands(self, cli):
        @cli.command()
        @click.argument("name")
        def toy(name):
            """A toy command."""
            click.echo(f"toy {name}")


def toy_report(settings=None, note="一句话。"):
    data = starter_data("annual-report", year=2023)
    data["plugins"] = {"reportkit-toy": settings} if settings is not None else ["reportkit-toy"]
    data["sections"]["toy_section"] = {"note": note}
    return data


def test_every_contribution_is_registered_and_attributed():
    registry = load_plugins(ToyPlugin(), entry_point_group=None).registry
    assert registry.contributed_by("reportkit-toy") == {
        "kinds": ["toy-kind"], "rules": ["TOY1"], "sections": ["toy_section"], "layouts": ["toy-layout"],
        "fonts": ["ToyFang"], "renderers": ["txt"], "settings": ["reportkit-toy"], "importers": []}


def test_section_gets_its_settings_and_renders_with_a_plugin_renderer():
    result = render(toy_report({"greeting": "您好", "times": 2}), plugins=[ToyPlugin()], installed=False,
                    formats=("txt", "docx"))
    text = result.outputs["txt"].decode()
    assert "七、玩具栏目" in text and "您好×2：一句话。" in text
    assert "您好×2：一句话。" in result.docx_text


def test_settings_default_when_the_data_gives_none():
    result = render(toy_report(), plugins=[ToyPlugin()], installed=False, formats=("txt",))
    assert "你好×1：一句话。" in result.outputs["txt"].decode()


def test_settings_errors_are_located_like_the_core_ones():
    text = textwrap.dedent("""\
        kind: annual-report
        plugins:
          reportkit-toy:
            greting: 嗨
            times: 两次
        """)
    with pytest.raises(InvalidData) as info:
        check(text, plugins=[ToyPlugin()], installed=False)
    lines = [d.format() for d in info.value.diagnostics]
    assert "test.yaml:4:5: error: plugins.reportkit-toy.greting：未知字段“greting”。是不是“greeting”？" in lines
    assert "test.yaml:5:12: error: plugins.reportkit-toy.times：应为整数，只写数字：“两次”请写作 2" in lines


def test_settings_for_a_plugin_without_settings_are_refused():
    data = toy_report()
    data["plugins"] = {"reportkit-toy": None, "reportkit-gbt9704-redhead": None, "reportkit-gbt9704-sichuan-disaster": {"x": 1}}
    with pytest.raises(InvalidData) as info:
        check(data, plugins=[ToyPlugin()])
    assert "plugins.reportkit-gbt9704-sichuan-disaster.x：未知字段“x”。允许的字段：self_reference" in str(info.value)


def test_section_rule_errors_name_the_plugin():
    with pytest.raises(InvalidData) as info:
        check(toy_report(note="坏句子"), plugins=[ToyPlugin()], installed=False)
    assert "error: [reportkit-toy] note 里有“坏”字" in str(info.value)


def test_plugin_commands_join_the_cli_and_are_listed():
    with registered(ToyPlugin()):
        assert run("toy", "abc").output == "toy abc\n"
        listing = json.loads(run("plugins", "--json").output)
    assert run("toy", "abc").exit_code == 2  # gone with the plugin
    toy = next(row for row in listing["plugins"] if row["name"] == "reportkit-toy")
    assert toy["commands"] == ["toy"] and toy["sections"] == ["toy_section"] and toy["builtin"] is False
    assert toy["hooks"] == sorted(f"register_{what}" for what in (
        "kinds", "rules", "sections", "layouts", "fonts", "renderers", "settings", "commands"))


def test_a_plugin_command_cannot_replace_a_core_one():
    class Hijack:
        __name__ = "reportkit-hijack"

        @hookimpl
        def register_commands(self, cli):
            @cli.command("render")
            def render():
                click.echo("hijacked")

    class Copycat:
        __name__ = "reportkit-copycat"

        @hookimpl
        def register_commands(self, cli):
            @cli.command("toy")
            def toy():
                click.echo("copied")

    with registered(Copycat(), Hijack(), ToyPlugin()):
        result = run("render", "-h")
        listing = run("-h")
        problems = json.loads(run("plugins", "--json").output)["problems"]
        toy = run("toy", "x")
    assert "hijacked" not in result.output and "例 / Example" in result.output
    clashes = ["插件 reportkit-hijack：命令 render 已由 reportkit 提供（reportkit 自带的不能替换），这个插件的未注册："
               "请插件作者给它换个名字",
               "插件 reportkit-copycat：命令 toy 已由 reportkit-toy 提供，reportkit-copycat 的未注册（两个插件用了同一个名字，"
               "先载入的留用）：只用其中一个时，卸载另一个（pip uninstall reportkit-copycat 或 pip uninstall reportkit-toy）；"
               "两个都要用，请其中一个的作者换个名字"]
    assert listing.stderr.splitlines() == [f"warning: {clash}" for clash in clashes]
    assert problems == clashes
    assert toy.output.splitlines()[-1] == "toy x"


def test_clashing_sections_and_rules_are_refused_naming_the_plugin():
    """Issue 13: a section or rule named like one already there was accepted; valid data then failed, or a
    finding's rule id was ambiguous."""
    class Memo(BaseModel):
        body: list[str]

    class Clash:
        __name__ = "reportkit-clash"

        @hookimpl
        def register_kinds(self, register):
            register(Kind("memo", "便函", (), lambda data: (None, []), lambda edition: Memo,
                          lambda report, locate: Document("t", "a"), lambda options: "kind: memo\n", parts=("body",)))

        @hookimpl
        def register_sections(self, register):
            register(Section("body", "memo", "正文", 100, Toy, toy_build))

        @hookimpl
        def register_rules(self, register):
            register(Rule("R1", "annual-report", "2008 版的 R1", lambda report: [], ("2008",)))
            register(Rule("TOY1", "work-plan", "另一类文档的 TOY1", lambda report: []))
            register(Rule("R1", "annual-report", "冒名", lambda report: []))

    class Copycat:
        __name__ = "reportkit-copycat"

        @hookimpl
        def register_sections(self, register):
            register(Section("toy_section", "annual-report", "冒名", 660, Toy, toy_build))

    plugins = load_plugins(Copycat(), Clash(), ToyPlugin(), entry_point_group=None)
    assert [p.format_message() for p in plugins.problems] == [
        "插件 reportkit-clash：规则 R1 已由 reportkit.default_plugins.annual_report 提供（reportkit 自带的不能替换）"
        "，这个插件的未注册：请插件作者给它换个名字",
        "插件 reportkit-clash：栏目 body 已由 reportkit-clash 提供：同一个插件用了两次这个名字，后一个未注册："
        "请插件作者给其中一个换个名字",
        "插件 reportkit-copycat：栏目 toy_section 已由 reportkit-toy 提供，reportkit-copycat 的未注册（两个插件用了同一个名字，"
        "先载入的留用）：只用其中一个时，卸载另一个（pip uninstall reportkit-copycat 或 pip uninstall reportkit-toy）；"
        "两个都要用，请其中一个的作者换个名字"]
    assert plugins.registry.contributed_by("reportkit-clash")["rules"] == ["R1", "TOY1"]  # other editions, kinds


def test_a_section_named_like_a_part_of_the_annual_report_is_refused():
    class Overview:
        __name__ = "reportkit-overview"

        @hookimpl
        def register_sections(self, register):
            register(Section("overview", "annual-report", "冒名总体情况", 150, Toy, toy_build))

    plugins = load_plugins(Overview(), entry_point_group=None)
    assert [p.format_message() for p in plugins.problems] == [
        "插件 reportkit-overview：栏目 overview 已由 reportkit.default_plugins.annual_report 提供（reportkit 自带的不能替换）"
        "，这个插件的未注册：请插件作者给它换个名字"]
    assert check(starter_data("annual-report", year=2023), plugins=[Overview()], installed=False)


@pytest.mark.parametrize("what, item, message", [
    ("rules", Rule("X1", "annual-reprot", "拼错的类型", lambda report: []),
     "规则 X1 的 kind“annual-reprot”不是已有的文档类型。是不是“annual-report”？可选：annual-report、work-plan、work-summary"),
    ("rules", Rule("X2", "annual-report", "没有的版本", lambda report: [], ("2021", "2022")),
     "规则 X2 的 editions 里有“2022”，而文档类型 annual-report 的版本只有 2008、2019、2021"),
    ("rules", Rule("X3", "work-plan", "不分版本的类型", lambda report: [], ("2021",)),
     "规则 X3 的 editions 里有“2021”，而文档类型 work-plan 不分版本：editions 应留空"),
    ("sections", Section("memo_part", "memo", "正文", 100, Toy, toy_build),
     "栏目 memo_part 的 kind“memo”不是已有的文档类型。可选：annual-report、work-plan、work-summary"),
])
def test_a_rule_or_section_for_a_kind_or_edition_no_one_registered_is_refused(what, item, message):
    """``kind="annual-reprot"`` loaded without a word and never applied."""
    class Misspelt:
        __name__ = "reportkit-misspelt"

    setattr(Misspelt, f"register_{what}", hookimpl(lambda self, register: register(item)))
    plugins = load_plugins(Misspelt(), entry_point_group=None)
    assert [p.format_message() for p in plugins.problems] == [f"插件 reportkit-misspelt：{message}"]
    assert plugins.registry.contributed_by("reportkit-misspelt")[what] == []


class Careless:
    """A plugin whose rule and section rule give findings of the severity it is made with."""

    __name__ = "reportkit-careless"

    def __init__(self, severity):
        self.severity = severity

    @hookimpl
    def register_rules(self, register):
        register(Rule("ZJ1", "annual-report", "总体情况不写“100%”",
                      lambda report: [Finding(self.severity, "总体情况写了“100%”", ("sections", "overview"))]))

    @hookimpl
    def register_sections(self, register):
        register(Section("careless_part", "annual-report", "栏目", 650, Toy, toy_build,
                         rules=(lambda data: [Finding(self.severity, "note 太短", ("note",))],)))


def careless_report():
    data = starter_data("annual-report", year=2023)
    data["sections"]["careless_part"] = {"note": "短"}
    return data


@pytest.mark.parametrize("severity", ["fatal", "Error"])
def test_a_finding_of_an_unknown_severity_is_an_error_naming_the_rule(severity):
    """It printed “fatal:” or “Error:”, and the file rendered, exit 0, even with --strict."""
    with pytest.raises(InvalidData) as info:
        check(careless_report(), plugins=[Careless(severity)], installed=False)
    lines = [line.split(": ", 1)[1] for line in str(info.value).splitlines()]
    assert lines == [
        f"error: [reportkit-careless] 规则 ZJ1 给出的级别“{severity}”不是 error、warning、note 之一（它报告的是：总体情况写了“100%”）",
        f"error: [reportkit-careless] 栏目 careless_part 的规则给出的级别“{severity}”不是 error、warning、note 之一（它报告的是：note 太短）"]


def test_a_rule_a_plugin_adds_to_another_s_kind_names_the_plugin():
    """Its findings showed only “（ZJ1）”, not the plugin, unlike a section's rules; the kind's own rules name none."""
    validated = check(careless_report(), plugins=[Careless("warning")], installed=False)
    rules = [d.format().split(": ", 1)[1] for d in validated.diagnostics.items if d.rule]
    assert "warning: [reportkit-careless] 总体情况写了“100%”（ZJ1）" in rules
    assert [line for line in rules if "[" in line] == ["warning: [reportkit-careless] 总体情况写了“100%”（ZJ1）"]


def test_a_hook_that_returns_its_items_is_told_to_register_them():
    class Returns:
        __name__ = "reportkit-returns"

        @hookimpl
        def register_renderers(self, register):
            return [Renderer("txt", ".txt", lambda document, layout, fonts: RenderOutput(b""))]

    plugins = load_plugins(Returns(), entry_point_group=None)
    assert [p.format_message() for p in plugins.problems] == [
        "插件 reportkit-returns：register_renderers 返回了 list，它被忽略了：请把每一项传给 register()"]


def test_plugins_lists_built_ins_and_installed_plugins_with_what_they_contribute():
    listing = json.loads(run("plugins", "--json").output)
    rows = {row["name"]: row for row in listing["plugins"]}
    assert rows["reportkit.default_plugins.annual_report"]["kinds"] == ["annual-report"]
    assert rows["reportkit.default_plugins.annual_report"]["builtin"] is True
    assert rows["reportkit.default_plugins.gbt9704"]["layouts"] == ["gbt9704"]
    assert rows["reportkit-gbt9704-redhead"]["layouts"] == ["redhead"] and rows["reportkit-gbt9704-redhead"]["version"] == "0.1.0"
    assert rows["reportkit-gbt9704-sichuan-disaster"]["sections"] == ["earthquake_recovery"]
    assert rows["reportkit-gbt9704-sichuan-disaster"]["hooks"] == ["register_rules", "register_sections", "register_settings"]
    assert listing["problems"] == []
    text = run("plugins").output
    assert "reportkit-gbt9704-sichuan-disaster 0.1.0\n  钩子：register_rules、register_sections、register_settings\n" \
           "  栏目：earthquake_recovery\n" in text


def test_plugins_lists_plugins_in_the_order_their_items_are_taken():
    """A plugin given through reportkit.testing takes precedence over the installed ones (its layout redhead is kept,
    the installed one's refused), but was listed after them, as if it came last."""
    class MyRedhead:
        __name__ = "reportkit-my-redhead"

        @hookimpl
        def register_layouts(self, register):
            register(dataclasses.replace(load_plugins(entry_point_group=None).registry.layouts["gbt9704"], name="redhead"))

    with registered(MyRedhead()):
        listing = json.loads(run("plugins", "--json").output)
        text = run("plugins").output
    names = [row["name"] for row in listing["plugins"]]
    assert names.index("reportkit.default_plugins.importers") < names.index("reportkit-my-redhead") \
        < names.index("reportkit-gbt9704-fonts-fandol") < names.index("reportkit-gbt9704-redhead")
    rows = {row["name"]: row for row in listing["plugins"]}
    assert rows["reportkit-my-redhead"]["layouts"] == ["redhead"] and rows["reportkit-gbt9704-redhead"]["layouts"] == []
    assert listing["problems"] == [
        "插件 reportkit-gbt9704-redhead：版式 redhead 已由 reportkit-my-redhead 提供，reportkit-gbt9704-redhead 的未注册"
        "（两个插件用了同一个名字，先载入的留用）：只用其中一个时，卸载另一个（pip uninstall reportkit-gbt9704-redhead 或 "
        "pip uninstall reportkit-my-redhead）；两个都要用，请其中一个的作者换个名字"]
    shown = [line.split()[0] for line in text.splitlines() if not line.startswith((" ", "warning: "))]
    assert shown == names


def test_hidden_leaves_an_installed_plugin_out():
    with hidden("reportkit-gbt9704-redhead"):
        assert "redhead" not in load_plugins().registry.layouts
    assert "redhead" in load_plugins().registry.layouts


@pytest.mark.parametrize("fault, said", [("raises", "出错：ZeroDivisionError: division by zero"),
                                         ("returns", "返回了 list，应为 Document")])
def test_a_third_party_kind_s_build_that_fails_names_the_plugin(tmp_path, fault, said):
    """A kind's build was called unguarded: a bug in a third party's kind ended in a traceback."""
    class MemoData(BaseModel):
        kind: str
        note: str

    def build(report, locate):
        return 1 / 0 if fault == "raises" else [Paragraph(report.note)]

    class Memo:
        __name__ = "reportkit-memo"

        @hookimpl
        def register_kinds(self, register):
            register(Kind("memo", "便函", (), lambda data: (None, []), lambda edition: MemoData, build,
                          lambda options: "kind: memo\nnote: 一\n"))

    data = tmp_path / "memo.yaml"
    data.write_text("kind: memo\nnote: 一\n", encoding="utf-8")
    with registered(Memo()):
        result = CliRunner().invoke(cli, ["render", str(data), "-f", "docx", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"插件 reportkit-memo：文档类型 memo 的 build {said}" in result.output


# -- read_masthead: a published document's 版头 and 版记 read back by any plugin ---------------------------------------

class _Stamp:
    """A third party's reader: another layout, and a finding about the 版记."""

    @staticmethod
    @hookimpl
    def read_masthead(masthead, imprint, find):
        find("imprint", f"版记有 {len(imprint)} 行，未导入")
        return {"layout": "gbt9704"}


class _Broken:
    @staticmethod
    @hookimpl
    def read_masthead(masthead):
        raise RuntimeError("坏了")


def _imported(source: Path, name: str):
    """``source`` imported with the plugins loaded now, into a folder ``name`` beside it; the data written."""
    import yaml

    from reportkit.importers import import_file

    result = import_file(source, load_plugins(), outdir=source.parent / name)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


@pytest.fixture
def redhead_docx(tmp_path) -> Path:
    """The redhead plugin's example rendered to DOCX: a 版头 of two lines and a 版记 of two."""
    from test_import_roundtrip import REDHEAD, rendered

    return rendered(REDHEAD, "docx", tmp_path)


def test_any_plugin_may_read_the_masthead_and_one_that_fails_is_named(redhead_docx):
    """The core names no plugin: another's reader gives the layout and its findings; one that raises is a finding
    naming it, and the 版头 and 版记 are left out as before."""
    with hidden("reportkit-gbt9704-redhead"), registered(_Stamp):
        result, data = _imported(redhead_docx, "stamp")
    assert [(f.place, f.message) for f in result.findings] == [("第 37 段", "版记有 2 行，未导入")]
    assert data["layout"] == "gbt9704"
    with hidden("reportkit-gbt9704-redhead"), registered(_Broken):
        result, data = _imported(redhead_docx, "broken")
    messages = [f.message for f in result.findings]
    assert messages[-1] == "插件 _Broken 读版头和版记时出错（RuntimeError: 坏了），版头和版记未导入：请报告给插件的作者"
    assert messages[:3] == ["标题之前的版头“某县自然资源局文件”未导入", "标题之前的版头“某自然资发〔2024〕3号”未导入",
                            "文末的版记（抄送、印发机关和印发日期）未导入"]
    assert "layout" not in data


def test_the_masthead_goes_to_the_readers_in_precedence_order(redhead_docx):
    """A plugin given in the process comes before an installed one (:attr:`Plugins.precedence`), as for every other
    hook: with the redhead plugin installed, the given reader reads the 版头 and 版记 (pluggy alone would have
    offered them to the installed one first)."""
    with registered(_Stamp):
        plugins = load_plugins()
        result, data = _imported(redhead_docx, "both")
    names = [impl.plugin_name for impl in plugins.implementations("read_masthead")]
    assert names == ["_Stamp", "reportkit-gbt9704-redhead"]
    assert [impl.plugin_name for impl in plugins.implementations("register_layouts")][0] == \
        "reportkit.default_plugins.gbt9704"
    assert data["layout"] == "gbt9704" and "plugins" not in data
    assert [f.message for f in result.findings] == ["版记有 2 行，未导入"]
