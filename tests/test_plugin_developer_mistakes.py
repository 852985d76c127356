"""A plugin developer's wrong steps, each one line naming the plugin, what is wrong and the fix, in the user's
render too: a misspelt hook or hook argument, a hook not marked @hookimpl, rules or editions not a tuple, a model field
named like pydantic's own attributes, a layout's stylesheet that is missing or that the PDF engine may not read."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reportkit.plugins import load_plugins

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"


def _problem(name: str) -> str:
    problem = load_plugins().problem_of(name)
    assert problem is not None, f"{name} loaded without a problem"
    return problem.format_message()


def test_a_misspelt_hook_is_named_with_the_hook_meant(install):
    install("reportkit-typo", "from reportkit import hookimpl\n@hookimpl\ndef register_section(register):\n    pass\n")
    assert _problem("reportkit-typo").endswith("）：register_section 应为 register_sections，请改正函数名")


def test_read_masthead_is_among_the_hooks_a_misspelt_one_is_told_of(install):
    install("reportkit-masthead", "from reportkit import hookimpl\n@hookimpl\n"
                                  "def read_mastheads(masthead, imprint, find):\n    return None\n")
    message = _problem("reportkit-masthead")
    assert "、read_masthead）" in message and message.endswith("read_mastheads 应为 read_masthead，请改正函数名")


def test_a_misspelt_argument_of_a_hook_is_said_with_the_arguments_it_gives(install):
    install("reportkit-arg", "from reportkit import hookimpl\n@hookimpl\ndef register_renderers(reg):\n    pass\n")
    install("reportkit-arg2", "from reportkit import hookimpl\n@hookimpl\n"
                              "def read_masthead(masthead, imprint, found):\n    return None\n")
    assert _problem("reportkit-arg") == "插件 reportkit-arg：register_renderers 的参数 reg 不是这个钩子的参数：请改用 register"
    assert _problem("reportkit-arg2") == ("插件 reportkit-arg2：read_masthead 的参数 found 不是这个钩子的参数："
                                          "请改用 masthead、imprint、find（可只取其中几个）")


def test_a_hook_not_marked_hookimpl_is_named_with_the_fix(install):
    """pluggy passed the function over: the plugin loaded, gave nothing, and the data's section was “unknown”, with
    the advice to install the plugin that was installed."""
    install("reportkit-bare", "from reportkit.registry import Section\ndef register_sections(register):\n    pass\n")
    assert _problem("reportkit-bare") == ("插件 reportkit-bare：函数 register_sections 没有标上 @hookimpl，"
                                          "reportkit 不会调用它：请在 def 的上一行写上 @hookimpl（from reportkit import hookimpl）")


SECTION = """
    from pydantic import BaseModel

    from reportkit import hookimpl
    from reportkit.registry import Section


    class Annex(BaseModel):
        text: str = ""


    def check(data):
        return []


    @hookimpl
    def register_sections(register):
        register(Section("annex", "annual-report", "附表说明", 650, Annex, lambda data, context: [], ARGS))
"""


def test_rules_or_editions_not_a_tuple_are_refused_with_how_to_write_them(install):
    """A bare function for ``rules`` failed in Python's words; ``editions="2021"`` was read as 2、0、2、1."""
    install("reportkit-rules", SECTION.replace("ARGS", "check"))
    install("reportkit-editions", SECTION.replace("ARGS", 'editions="2021"'))
    assert _problem("reportkit-rules") == ("插件 reportkit-rules：栏目 annex 的 rules 应为元组，实际为 function："
                                           "请写成 rules=(check,) 这样（只有一项时也要逗号）")
    assert _problem("reportkit-editions") == ("插件 reportkit-editions：栏目 annex 的 editions 应为元组，实际为 str："
                                              "请写成 editions=(\"2021\",) 这样（只有一项时也要逗号）")


SHADOWING = """
    from pydantic import BaseModel, ConfigDict

    from reportkit import hookimpl
    from reportkit.registry import Section, Settings


    class Channel(BaseModel):
        model_config = ConfigDict(extra="forbid")
        json: int = 0


    class Hotline(BaseModel):
        model_config = ConfigDict(extra="forbid")
        channels: list[Channel] = []


    class Options(BaseModel):
        copy: bool = False


    @hookimpl
    def register_sections(register):
        register(Section("hotline", "annual-report", "热线电话", 650, Hotline, lambda data, context: []))


    @hookimpl
    def register_settings(register):
        register(Settings("reportkit-options", Options))
"""


def test_a_model_field_named_like_a_pydantic_attribute_is_refused_in_chinese(install, tmp_path):
    """pydantic only warned, in English, at the start of the clerk's render; the section loaded."""
    install("reportkit-hotline", SHADOWING)
    install("reportkit-options", SHADOWING.replace("@hookimpl\n    def register_sections", "def unused_sections"))
    assert _problem("reportkit-hotline") == (
        "插件 reportkit-hotline：栏目 hotline 的模型 Channel 的字段 json 与 pydantic 模型自身的属性同名："
        "请给字段换个名字，数据里仍写 json 时加上 Field(alias=\"json\")")
    assert _problem("reportkit-options").startswith(
        "插件 reportkit-options：reportkit-options 的设置 的模型 Options 的字段 copy 与 pydantic 模型自身的属性同名")
    data = tmp_path / "needs.yaml"
    data.write_text("plugins: [reportkit-hotline]\n" + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"), *sys.path])}
    done = subprocess.run([sys.executable, "-m", "reportkit", "validate", str(data)], capture_output=True, text=True,
                          env=env)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0].startswith("warning: 插件 reportkit-hotline：栏目 hotline 的模型 Channel 的字段 json")
    assert "Warning" not in done.stderr


LAYOUT = """
    from pathlib import Path

    from reportkit import hookimpl
    from reportkit.layout import Layout
    from reportkit.resources import templates_dir

    BASE = templates_dir() / "gbt9704"
    HERE = Path(__file__).parent


    @hookimpl
    def register_layouts(register):
        register(Layout("wide", "宽版", HERE, BASE / "document.docx", BASE / "document.html.j2", BASE / "style.css",
                        SHARED, stylesheets=(HERE / "wide.css",)))
"""


def test_a_layout_stylesheet_missing_is_refused_when_the_plugin_loads(install):
    """It was left out of the PDF without a word from reportkit (the engine's English warning only)."""
    install("reportkit-wide-missing", LAYOUT.replace("SHARED", "shared=(BASE,)"))
    message = _problem("reportkit-wide-missing")
    assert message.startswith("插件 reportkit-wide-missing：版式 wide 的文件不存在：") and "wide.css：请改正路径" in message


def test_a_layout_file_outside_its_folders_is_refused_with_the_folder_to_share(install, tmp_path):
    """The PDF engine may read only the layout's folders: the render failed naming neither the plugin nor the fix."""
    install("reportkit-wide-outside", LAYOUT.replace("SHARED, ", ""))
    (tmp_path / "site" / "wide.css").write_text("td { font-size: 12pt; }\n", encoding="utf-8")
    from reportkit.resources import templates_dir

    base = templates_dir() / "gbt9704"
    assert _problem("reportkit-wide-outside") == (
        f"插件 reportkit-wide-outside：版式 wide 的文件 {base / 'document.html.j2'} 不在它的 directory 或 shared 的目录里，"
        f"PDF 引擎读不到：请把 {base} 加进 shared")


def test_tracing_the_plugins_shows_where_a_hook_raised(install, monkeypatch, capsys):
    """The one line names the plugin and the hook; with REPORTKIT_TRACE_PLUGINS=1 its author also sees the line that
    raised (was the hook's name only)."""
    install("reportkit-raising", "from reportkit import hookimpl\n@hookimpl\ndef register_rules(register):\n"
                                 "    raise RuntimeError('规则表没有找到')\n")
    monkeypatch.setenv("REPORTKIT_TRACE_PLUGINS", "1")
    assert _problem("reportkit-raising") == "插件 reportkit-raising：register_rules 出错：RuntimeError: 规则表没有找到"
    err = capsys.readouterr().err
    assert "reportkit_raising.py\", line 4, in register_rules" in err
    assert "raise RuntimeError('规则表没有找到')" in err
