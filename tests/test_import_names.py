"""The data files ``reportkit import`` writes: ``<stem>.yaml``, or ``<name>.yaml`` for inputs that would share one."""
from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.importers import data_files
from reportkit.plugins import load_plugins

from _import_helpers import render_source

PLUGINS = load_plugins()


def _run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_a_report_s_page_and_pdf_imported_together_write_a_file_each(tmp_path):
    """docs/import.md's ``reportkit import 2023年报.html 2023年报.pdf -o data/`` wrote both to 2023年报.yaml: the
    second was refused as a different file already there, exit 1. A file whose stem no other input has keeps it."""
    page = render_source(Path("examples/sample-2021.yaml"), "html", tmp_path, PLUGINS)
    pdf = render_source(Path("examples/sample-2021.yaml"), "pdf", tmp_path, PLUGINS)
    other = tmp_path / "某局.html"
    other.write_bytes(page.read_bytes())
    out = tmp_path / "data"
    result = _run("import", page, pdf, other, "-o", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["sample-2021.html.yaml", "sample-2021.pdf.yaml", "某局.yaml"]
    for source in (page, pdf):
        target = out / f"{source.name}.yaml"
        assert f"已导入 {target}（所有数据都已映射，校验通过）" in result.output
        written = target.read_text(encoding="utf-8")
        assert written.startswith(f"# 由 reportkit import 从 {source.name} 导入。")
        assert yaml.safe_load(written)["agency"] == "某县自然资源局"
    alone = _run("import", page, "-o", tmp_path / "alone")
    assert alone.exit_code == 0 and [p.name for p in (tmp_path / "alone").iterdir()] == ["sample-2021.yaml"]


def test_only_inputs_that_would_share_a_data_file_are_named_in_full(tmp_path):
    (tmp_path / "a").mkdir()
    page, pdf, elsewhere = tmp_path / "年报.html", tmp_path / "年报.pdf", tmp_path / "a" / "年报.pdf"
    for path in (page, pdf, elsewhere):
        path.touch()
    assert data_files([page, pdf]) == {page: tmp_path / "年报.html.yaml", pdf: tmp_path / "年报.pdf.yaml"}
    assert data_files([page, elsewhere]) == {page: tmp_path / "年报.yaml", elsewhere: tmp_path / "a" / "年报.yaml"}
    assert data_files([page, elsewhere], tmp_path / "a" / ".." / "data") == {
        page: tmp_path / "a" / ".." / "data" / "年报.html.yaml", elsewhere: tmp_path / "a" / ".." / "data" / "年报.pdf.yaml"}
    twice = tmp_path / "a" / ".." / "年报.html"  # the same file given twice shares its data file with no other
    assert data_files([page, twice], tmp_path / "data") == {page: tmp_path / "data" / "年报.yaml",
                                                            twice: tmp_path / "data" / "年报.yaml"}
