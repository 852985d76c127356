"""Two installed plugins giving an item or command by the same name: the message names the kind of item (not the
hook), both distributions, and the way out: uninstall one, or have one renamed."""
from __future__ import annotations

from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

SAME = """
    import click

    from reportkit import hookimpl
    from reportkit.registry import Renderer, RenderOutput, Rule


    @hookimpl
    def register_rules(register):
        register(Rule("ZJ9", "annual-report", "咨询电话", lambda report: []))


    @hookimpl
    def register_renderers(register):
        register(Renderer("md", ".md", lambda document, layout, fonts: RenderOutput(b"")))


    @hookimpl
    def register_commands(cli):
        @cli.command("tally")
        def tally():
            click.echo("{name}")
"""


def _clash(label: str) -> str:
    return (f"插件 reportkit-zeta：{label} 已由 reportkit-alpha 提供，reportkit-zeta 的未注册（两个插件用了同一个名字，"
            "先载入的留用）：只用其中一个时，卸载另一个（pip uninstall reportkit-zeta 或 pip uninstall reportkit-alpha）；"
            "两个都要用，请其中一个的作者换个名字")


def test_items_by_the_same_name_name_both_distributions_and_the_fix(install):
    """It said “插件 reportkit-zeta：规则 ZJ9 已由 reportkit-alpha 提供”, without what to do."""
    install("reportkit-alpha", SAME.replace("{name}", "甲"))
    install("reportkit-zeta", SAME.replace("{name}", "乙"))
    problems = [p.format_message() for p in load_plugins().problems]
    assert problems == [_clash("规则 ZJ9"), _clash("输出格式 md")]


def test_a_command_by_the_same_name_is_called_a_command_not_the_hook(install):
    """It said “register_commands：命令 tally 已由 reportkit-alpha 提供”: the hook, which the user never wrote."""
    install("reportkit-alpha", SAME.replace("{name}", "甲"))
    install("reportkit-zeta", SAME.replace("{name}", "乙"))
    listing = CliRunner().invoke(cli, ["-h"])
    assert f"warning: {_clash('命令 tally')}" in listing.stderr.splitlines()
    assert "register_commands" not in listing.stderr
    assert CliRunner().invoke(cli, ["tally"]).stdout == "甲\n"
