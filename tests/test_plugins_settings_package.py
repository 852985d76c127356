"""Settings a plugin files under a key other than its distribution's name: refused when it loads, naming the key and
the distribution; data giving the distribution's settings is told why, not that the plugin takes none."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"

OPTIONS = """
    from pydantic import BaseModel, ConfigDict

    from reportkit import hookimpl
    from reportkit.registry import Settings


    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")
        unit: str = "条"


    @hookimpl
    def register_settings(register):
        register(Settings("zj-options", Options))
"""
WHY = ("插件 reportkit-zj-options：设置的 package“zj-options”不是这个插件的发行包名 reportkit-zj-options：数据在 plugins: 下按"
       "发行包名给出设置，写在 reportkit-zj-options 下的设置会被当作这个插件没有可设置的项："
       "请改成 Settings(\"reportkit-zj-options\", …)")


@pytest.fixture(autouse=True)
def fresh_module(monkeypatch):
    monkeypatch.delitem(sys.modules, "reportkit_zj_options", raising=False)


def test_settings_under_another_key_are_refused_naming_the_key_and_the_distribution(install):
    install("reportkit-zj-options", OPTIONS)
    plugins = load_plugins()
    assert [p.format_message() for p in plugins.problems] == [WHY]
    assert "zj-options" not in plugins.registry.settings


def test_data_giving_the_distribution_s_settings_is_told_why(install, tmp_path):
    """It said 插件“reportkit-zj-options”没有可设置的项：请删去它下面的内容, though the plugin has settings."""
    install("reportkit-zj-options", OPTIONS)
    data = tmp_path / "a.yaml"
    data.write_text("plugins:\n  reportkit-zj-options:\n    unit: 件\n" + SAMPLE.read_text(encoding="utf-8"),
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{data}:2:3: error: 数据需要插件“reportkit-zj-options”，但它未能加载：{WHY}" in result.stderr.splitlines()
    assert "没有可设置的项：请删去" not in result.output


def test_settings_under_the_distribution_s_name_still_load(install):
    install("reportkit-zj-options", OPTIONS.replace('"zj-options"', '"reportkit_zj_options"'))
    plugins = load_plugins()
    assert plugins.problems == [] and "reportkit_zj_options" in plugins.registry.settings
