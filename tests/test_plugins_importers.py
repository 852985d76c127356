"""The register_importers hook: a plugin adds a source format; a bad importer is refused by name."""
from __future__ import annotations

from click.testing import CliRunner

from reportkit import hookimpl
from reportkit.cli import cli
from reportkit.importers.source import Para, Published
from reportkit.plugins import load_plugins
from reportkit.registry import Importer
from reportkit.testing import registered


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
    assert any("importer 'ofd'" in p.format_message() for p in plugins.problems)
    assert all(i.format != "ofd" for i in plugins.registry.importers)
