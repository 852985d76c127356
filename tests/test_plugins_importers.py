"""The register_importers hook: a plugin adds a source format; a bad importer is refused by name. A plugin's section
in a published report imports under its key."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from pydantic import BaseModel, ConfigDict, Field

from reportkit import hookimpl
from reportkit.cli import cli
from reportkit.importers.source import Para, Published
from reportkit.narrative import SectionItem
from reportkit.plugins import load_plugins
from reportkit.registry import Importer, Section
from reportkit.testing import registered, starter_data

from _assessment import Assessment, Unchecked
from _import_helpers import FORMATS, imported, printed, render_source


class MarkdownImporter:
    @staticmethod
    @hookimpl
    def register_importers(register):
        def read(path):
            published = Published(str(path))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                role = "title" if number == 1 else "body"
                published.add(Para(line, f"第 {number} 行", role))
            return published

        register(Importer("markdown", (".md",), read))


class BadImporter:
    @staticmethod
    @hookimpl
    def register_importers(register):
        register(Importer("ofd", ("OFD",), lambda path: None))


def test_a_plugin_format_is_imported(tmp_path):
    source = tmp_path / "report.md"
    source.write_text("某县水利局2023年政府信息公开工作年度报告\n一、总体情况\n本年度工作按计划完成。\n", encoding="utf-8")
    with registered(MarkdownImporter):
        result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "out"), "--draft"])
    text = (tmp_path / "out" / "report.yaml").read_text(encoding="utf-8")
    assert "agency: 某县水利局" in text and "本年度工作按计划完成。" in text
    assert "第 1 行" not in text  # the title was found
    assert result.exit_code == 1  # no tables: placeholders the data cannot do without


def test_a_bad_importer_is_refused_by_name():
    plugins = load_plugins(BadImporter, entry_point_group=None)
    assert any("导入格式 ofd 的 read 应为可调用对象" in p.format_message() for p in plugins.problems)
    assert all(i.format != "ofd" for i in plugins.registry.importers)


def assessed(tmp_path, score=29, **section) -> Path:
    data = starter_data("annual-report", year=2023)
    data["plugins"] = ["reportkit-assessment"]
    data["sections"]["assessment"] = {"content": ["我局对照考核细则逐项整改。"],
                                      "items": [{"name": "主动公开", "full": 40, "score": 38.5},
                                                {"name": "依申请公开", "full": 30, "score": score}], **section}
    path = tmp_path / "assessed.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plugin_section_of_a_2021_report_imports_under_its_key(fmt, tmp_path):
    """It was “六、政务公开工作考核情况”不是…六个部分之一，未导入, its text and table dropped and no plugins: line."""
    plugins = load_plugins(Assessment)
    example = assessed(tmp_path)
    result = imported(render_source(example, fmt, tmp_path, plugins), tmp_path, plugins)
    assert result.findings == [], result.findings
    assert result.ok, [d.format() for d in result.diagnostics]
    text = result.target.read_text(encoding="utf-8")
    assert yaml.safe_load(text)["plugins"] == ["reportkit-assessment"]
    back = yaml.safe_load(text)["sections"]["assessment"]
    assert back == {"content": ["我局对照考核细则逐项整改。"], "items": [
        {"name": "主动公开", "full": 40, "score": 38.5}, {"name": "依申请公开", "full": 30, "score": 29}]}
    assert printed(result.target, plugins) == printed(example, plugins)


def test_check_runs_the_rules_of_an_imported_plugin_section(tmp_path):
    source = render_source(assessed(tmp_path, score=31, content=[]), "docx", tmp_path, load_plugins(Unchecked))
    with registered(Assessment):
        result = CliRunner().invoke(cli, ["check", str(source), "--report", str(tmp_path / "r.json"), "-j", "1"])
    rows = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["rows"]
    assert result.exit_code == 1
    assert [row["message"] for row in rows if row["rule"] != "import-skipped"] == [
        "“依申请公开”得分超过分值（KH1）"]


class Graded(BaseModel):
    model_config = ConfigDict(extra="forbid")
    grade: str = Field(title="等次")
    content: list[SectionItem] = []


class GradedPlugin:
    """The assessment's section with a required field its printed text does not give, and no list for its table."""

    @staticmethod
    @hookimpl
    def register_sections(register):
        register(Section("graded", "annual-report", "政务公开工作考核情况", 550, Graded,
                         lambda data, context: context.narrative(data.content, "content")))


def test_a_plugin_section_field_not_in_the_text_is_a_placeholder_and_a_foreign_table_is_named(tmp_path):
    """A required field the text does not give, and a table whose head is none of the section's lists."""
    plugins = load_plugins(GradedPlugin)
    source = render_source(assessed(tmp_path), "docx", tmp_path, load_plugins(Assessment))
    result = imported(source, tmp_path, plugins)
    messages = [f.message for f in result.findings]
    assert messages == [
        "“六、政务公开工作考核情况”中的表格：考核指标 分值 得分未导入：插件栏目“政务公开工作考核情况”没有与其表头相符的项，请照原文填写",
        "“六、政务公开工作考核情况”的“等次”未能从原文读出，已留占位：请照原文填写；原文的句子已导入 content，"
        "其中由这些项印出的句子在填好后请删去"]
    section = yaml.safe_load(result.target.read_text(encoding="utf-8"))["sections"]["graded"]
    assert section == {"grade": "【请填写：政务公开工作考核情况的等次】", "content": ["我局对照考核细则逐项整改。"]}
    assert "plugins:" not in result.target.read_text(encoding="utf-8")  # no package to name it by


def test_a_2008_part_of_a_section_reportkit_printed_comes_back_as_its_fields(tmp_path):
    """The Sichuan section prints its categories and counts as a sentence: reportkit's own printing of them is read
    back into the section's fields and the plugin's settings (a part in the agency's own words stays whole:
    test_import_2008_channels_and_free.py)."""
    example = Path("plugins/reportkit-gbt9704-sichuan-disaster/examples/sichuan-2010-counts.yaml")
    plugins = load_plugins()
    result = imported(render_source(example, "docx", tmp_path, plugins), tmp_path, plugins)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    source = yaml.safe_load(example.read_text(encoding="utf-8"))
    assert data["plugins"] == source["plugins"]
    assert data["sections"]["earthquake_recovery"] == source["sections"]["earthquake_recovery"]
    assert all(part["title"] != "抗震救灾、灾后恢复重建信息公开情况" for part in data["sections"].get("own", []))
    assert result.findings == []
