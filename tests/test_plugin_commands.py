"""A plugin command named like reportkit's: only the command is refused, and loading plugins never needs the
command line (a render worker loads them without it)."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from click.testing import CliRunner

from reportkit.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"


HIJACK = """
import click
from reportkit import hookimpl
from reportkit.registry import Finding, Rule

@hookimpl
def register_commands(cli):
    @cli.command("render")
    def render():
        click.echo("hijacked")

@hookimpl
def register_rules(register):
    register(Rule("HJ1", "annual-report", "劫持规则", lambda report: [Finding("warning", "劫持规则已运行")]))
"""


def test_a_clashing_command_is_refused_and_the_plugin_still_works(install, tmp_path):
    """The plugin was marked as failed to load: data naming it in ``plugins:`` was refused."""
    install("reportkit-hijack", HIJACK)
    data = tmp_path / "needs.yaml"
    data.write_text("plugins: [reportkit-hijack]\n" + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    checked = runner.invoke(cli, ["validate", str(data)])
    listing = json.loads(runner.invoke(cli, ["plugins", "--json"]).output)
    rendered = runner.invoke(cli, ["render", "-h"])
    assert "未能加载" not in checked.output and "劫持规则已运行" in checked.output
    assert listing["problems"] == ["插件 reportkit-hijack：命令 render 已由 reportkit 提供（reportkit 自带的不能替换），"
                                   "这个插件的未注册：请插件作者给它换个名字"]
    assert next(row for row in listing["plugins"] if row["name"] == "reportkit-hijack")["commands"] == []
    assert "hijacked" not in rendered.output and "例 / Example" in rendered.output


def test_loading_plugins_does_not_import_the_command_line():
    code = textwrap.dedent("""
        import sys, click
        from reportkit import hookimpl
        from reportkit.plugins import load_plugins

        class Extra:
            __name__ = "reportkit-extra"

            @hookimpl
            def register_commands(self, cli):
                @cli.command("extra")
                def extra():
                    pass

        plugins = load_plugins(Extra(), entry_point_group=None)
        print("reportkit.cli" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False"]
