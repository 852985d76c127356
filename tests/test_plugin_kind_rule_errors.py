"""A kind's rule that a plugin registers (register_rules) and that raises: placed at the data's ``kind:`` and at the
plugin's own line, as a section rule is, with the fix; nothing written, earlier outputs kept."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
FIX = "这是插件的问题，请把这条消息报告给插件作者"

RULES = """
    import json

    from pydantic import BaseModel

    from reportkit import hookimpl
    from reportkit.blocks import Document
    from reportkit.registry import Kind, Rule


    def phone(report):
        json.loads(report.agency)
        return []


    class Memo(BaseModel):
        kind: str
        title: str


    def short(report):
        return [] if len(report.title) < len(report.kind) / 0 else []


    @hookimpl
    def register_kinds(register):
        register(Kind("zj-memo", "便函", (), lambda data: (None, []), lambda edition: Memo,
                      lambda report, locate: Document(report.title, "某局"), lambda options: ""))


    @hookimpl
    def register_rules(register):
        register(Rule("ZJ1", "annual-report", "咨询电话", phone))
        register(Rule("ZJ2", "zj-memo", "标题长度", short))
"""


@pytest.fixture(autouse=True)
def fresh_module(monkeypatch):
    monkeypatch.delitem(sys.modules, "reportkit_zj_rules", raising=False)


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("command", ["validate", "render"])
def test_a_rule_a_plugin_adds_that_raises_is_placed_at_kind_and_at_the_plugin_s_line(install, tmp_path, command):
    """It was placed at the file only, without the plugin's line or a fix: 规则 ZJ1 出错：JSONDecodeError: …"""
    module = tmp_path / "site" / f"{install('reportkit-zj-rules', RULES)}.py"
    data = tmp_path / "a.yaml"
    data.write_text("# 某县\n" + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.docx").write_bytes(b"earlier")
    result = run(command, data, *(("-o", out) if command == "render" else ()))
    assert result.exit_code == 1 and "Traceback" not in result.output
    error = next(line for line in result.stderr.splitlines() if "规则 ZJ1" in line)
    assert error == (
        f"{data}:{_line_of(data, 'kind:')}:7: error: [reportkit-zj-rules] 规则 ZJ1 出错：JSONDecodeError: Expecting value: "
        f"line 1 column 1 (char 0)（出错处 {module}:{_line_of(module, 'json.loads')}）：{FIX}；在它修好之前，"
        "可先卸载这个插件（pip uninstall reportkit-zj-rules），数据的 plugins: 若写着它，也一并删去")
    assert [p.name for p in out.iterdir()] == ["a.docx"] and (out / "a.docx").read_bytes() == b"earlier"


def test_a_plugin_kind_s_own_rule_that_raises_is_not_told_to_uninstall_its_kind(install, tmp_path):
    """Without the plugin there is no such kind: the fix is its author's alone."""
    module = tmp_path / "site" / f"{install('reportkit-zj-rules', RULES)}.py"
    data = tmp_path / "memo.yaml"
    data.write_text("title: 关于报送材料的函\nkind: zj-memo\n", encoding="utf-8")
    result = run("validate", data)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == (
        f"{data}:2:7: error: [reportkit-zj-rules] 规则 ZJ2 出错：ZeroDivisionError: division by zero"
        f"（出错处 {module}:{_line_of(module, '/ 0')}）：{FIX}")
