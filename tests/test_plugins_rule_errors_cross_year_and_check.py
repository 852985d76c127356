"""A plugin's rule that raises: a cross-year one (``previous=True``) is placed at the data's ``kind:`` and at the
plugin's own line, as a single-year one is; in ``reportkit check`` either reads as a check left unfinished, with what
a reviewer of a published report can do (it has no ``plugins:`` to edit)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import render_source

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
LAST_YEAR = ROOT / "examples" / "previous" / "sample-2022.yaml"
FIX = "这是插件的问题，请把这条消息报告给插件作者"

RULES = """
    from reportkit import hookimpl
    from reportkit.registry import Rule


    def growth(report, previous):
        return [] if report.year / 0 else []


    def hotline(report):
        return [report.agency][1]


    @hookimpl
    def register_rules(register):
        register(Rule("ZJX", "annual-report", "与上年相比", growth, previous=True))
        register(Rule("ZJ1", "annual-report", "咨询电话", hotline))
"""


@pytest.fixture(autouse=True)
def fresh_module(monkeypatch):
    monkeypatch.delitem(sys.modules, "reportkit_zj_rules", raising=False)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    """The example as a published web page, rendered before any plugin is installed."""
    return render_source(SAMPLE, "html", tmp_path_factory.mktemp("page"), load_plugins(entry_point_group=None))


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_a_cross_year_rule_that_raises_is_placed_at_kind_and_at_the_plugin_s_line(install, tmp_path):
    """It was placed at the file only, without the plugin's line or a fix: a.yaml: error: [...] 规则 ZJX 出错：…"""
    module = tmp_path / "site" / f"{install('reportkit-zj-rules', RULES.replace('[report.agency][1]', '[]'))}.py"
    data = tmp_path / "a.yaml"
    data.write_text("# 某县\n" + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("validate", data, "--previous", LAST_YEAR)
    assert result.exit_code == 1 and "Traceback" not in result.output
    error = next(line for line in result.stderr.splitlines() if "规则 ZJX" in line)
    assert error == (
        f"{data}:{_line_of(data, 'kind:')}:7: error: [reportkit-zj-rules] 规则 ZJX 出错：ZeroDivisionError: division by zero"
        f"（出错处 {module}:{_line_of(module, '/ 0')}）：{FIX}；在它修好之前，可先不带 --previous、--previous-dir 运行"
        "（不做跨年度检查），或卸载这个插件（pip uninstall reportkit-zj-rules）")


def test_check_says_a_rule_that_raised_left_the_check_unfinished_without_data_file_advice(install, tmp_path, page):
    """It read ``error: data: 规则 ZJ1 出错：…数据的 plugins: 若写着它，也一并删去``, of a file the reviewer does not have."""
    module = tmp_path / "site" / f"{install('reportkit-zj-rules', RULES)}.py"
    result = run("check", page, "-j", "1")
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.splitlines()
    assert lines[0] == (
        f"{page}: error: plugin: 规则 ZJ1（插件 reportkit-zj-rules，{module}:{_line_of(module, '[1]')}）出错，检查未完成："
        f"IndexError: list index out of range：{FIX}；在它修好之前，可先卸载这个插件（pip uninstall reportkit-zj-rules）再检查")
    assert "  插件的规则出错（plugin）：1 处" in lines and "plugins:" not in result.output


def test_check_with_last_year_says_so_of_a_cross_year_rule_too(install, tmp_path, page):
    module = tmp_path / "site" / f"{install('reportkit-zj-rules', RULES.replace('[report.agency][1]', '[]'))}.py"
    last = tmp_path / "上年"
    last.mkdir()
    shutil.copy(LAST_YEAR, last)
    result = run("check", page, "--previous-dir", last, "-j", "1")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{page}: error: plugin: 规则 ZJX（插件 reportkit-zj-rules，{module}:{_line_of(module, '/ 0')}）出错，检查未完成：" \
           f"ZeroDivisionError: division by zero：{FIX}；在它修好之前，可先卸载这个插件（pip uninstall reportkit-zj-rules）" \
           "再检查" in result.output.splitlines()
