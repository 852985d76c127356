"""In ``reportkit check``, a report whose plugin rule raised was not checked to the end: its verdict is 未能检查 and
the summary counts it among the reports not checked, saying why, as a report whose data could not be written; it
was counted as a report 有问题 with the verdict 有错误, though no rule had found anything wrong with it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import render_source

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"

RULES = """
    from reportkit import hookimpl
    from reportkit.registry import Rule


    def hotline(report):
        return [report.agency][1]


    @hookimpl
    def register_rules(register):
        register(Rule("ZJ1", "annual-report", "咨询电话", hotline))
"""


@pytest.fixture(autouse=True)
def fresh_module(monkeypatch):
    monkeypatch.delitem(sys.modules, "reportkit_zj_unfinished", raising=False)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    """A folder with the example as a published web page, rendered before any plugin is installed."""
    folder = tmp_path_factory.mktemp("pages")
    render_source(SAMPLE, "html", folder, load_plugins(entry_point_group=None))
    return folder


def test_a_report_whose_plugin_rule_raised_is_unchecked_not_bad(install, tmp_path, pages):
    install("reportkit-zj-unfinished", RULES)
    results = tmp_path / "结果.json"
    result = CliRunner().invoke(cli, ["check", str(pages), "--report", str(results), "-j", "1"], catch_exceptions=False)
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.splitlines()
    assert lines[0] == (f"共检查 1 份报告：0 份未发现问题，0 份有问题，1 份未能检查（插件的规则出错，检查未完成：修好或卸载插件后"
                        f"请重新检查，见“插件的规则出错（plugin）”行）；结果已写入 {results}")
    document = json.loads(results.read_text(encoding="utf-8"))
    assert [row["verdict"] for row in document["files"]] == ["未能检查"]
    assert [row["rule"] for row in document["rows"]] == ["plugin"]


def test_the_summary_tells_each_reason_a_report_was_not_checked(install, tmp_path, pages, monkeypatch):
    """One report's imported data cannot be written (its folder refuses files), the other's plugin rule raised."""
    import tempfile

    install("reportkit-zj-unfinished", RULES)
    folder = tmp_path / "报告"
    folder.mkdir()
    page = next(pages.iterdir()).read_bytes()
    (folder / "a.html").write_bytes(page)
    (folder / "b.html").write_bytes(page.replace(b"<body>", b"<body>\n"))  # not a duplicate of a.html
    mkstemp = tempfile.mkstemp

    def refuse(*args, dir=None, **kwargs):
        if Path(dir).name == "002":  # b.html's folder
            raise PermissionError(13, "Permission denied")
        return mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = CliRunner().invoke(cli, ["check", str(folder), "-j", "1"], catch_exceptions=False)
    assert result.exit_code == 1 and "Traceback" not in result.output
    summary = next(line for line in result.output.splitlines() if line.startswith("共检查"))
    assert summary == ("共检查 2 份报告：0 份未发现问题，0 份有问题，2 份未能检查（1 份 reportkit 写不出导入的数据文件，"
                       "见“未能检查（unchecked）”行；1 份插件的规则出错，检查未完成：修好或卸载插件后请重新检查，"
                       "见“插件的规则出错（plugin）”行）")
