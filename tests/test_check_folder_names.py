"""The data files ``check -o`` keeps and ``import`` writes are named after the report, as Windows takes a name: a
report named 年报:终稿?.html (downloaded on macOS or Linux, or unpacked there) made 年报:终稿?.yaml, which Windows
cannot open or copy; and names that come out alike (年报?.html, 年报_.html; Report.html, report.pdf on Windows) stay
apart."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.importers import data_files

from _import_helpers import render_source

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
FORBIDDEN = set('<>:"\\|?*')


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    return render_source(EXAMPLE, "html", tmp_path_factory.mktemp("page"))


def _run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def _names(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


def test_check_keeps_the_data_of_a_report_named_as_windows_forbids_under_a_name_it_takes(tmp_path, page):
    folder = tmp_path / "年报"
    folder.mkdir()
    shutil.copy(page, folder / "年报:终稿?.html")
    result = _run("check", folder, "-o", tmp_path / "导入的数据", "-j", "1")
    assert result.exit_code == 0, result.output
    assert _names(tmp_path / "导入的数据") == ["001/年报_终稿_.yaml"]


def test_import_names_its_data_file_as_windows_takes_it(tmp_path, page):
    source = tmp_path / "年报 <终稿>. .html"
    shutil.copy(page, source)
    result = _run("import", source, "-o", tmp_path / "data")
    assert f"已导入 {tmp_path / 'data' / '年报 _终稿_.yaml'}" in result.output
    assert _names(tmp_path / "data") == ["年报 _终稿_.yaml"]


def test_names_alike_once_made_safe_or_but_for_case_stay_apart(tmp_path):
    asked, underscored = tmp_path / "年报?.html", tmp_path / "年报_.html"
    upper, lower = tmp_path / "Report.html", tmp_path / "report.pdf"
    pdf = tmp_path / "年报_.pdf"
    names = {path.name: target.name for path, target in data_files([asked, underscored, pdf, upper, lower]).items()}
    assert names == {"年报?.html": "年报_.html.yaml", "年报_.html": "年报_.html-2.yaml", "年报_.pdf": "年报_.pdf.yaml",
                     "Report.html": "Report.html.yaml", "report.pdf": "report.pdf.yaml"}
    assert not any(FORBIDDEN & set(name) for name in names.values())
    twice = tmp_path / "a" / ".." / "年报?.html"  # the same file given twice still shares its data file with itself
    assert data_files([asked, twice]) == {asked: tmp_path / "年报_.yaml", twice: tmp_path / "a" / ".." / "年报_.yaml"}


def test_last_year_s_reports_kept_by_check_are_named_as_windows_takes_them_and_apart(tmp_path, page):
    previous, folder = tmp_path / "上年", tmp_path / "本年"
    previous.mkdir()
    folder.mkdir()
    last = page.read_text(encoding="utf-8").replace("2023", "2022")
    (previous / "年报?.html").write_text(last, encoding="utf-8")
    (previous / "年报_.html").write_text(last.replace("某县自然资源局", "某县水利局"), encoding="utf-8")
    shutil.copy(page, folder / "年报.html")
    _run("check", folder, "-o", tmp_path / "kept", "--previous-dir", previous, "-j", "1")
    kept = [name for name in _names(tmp_path / "kept" / "previous") if name.endswith(".yaml")]
    assert sorted(kept) == ["002-年报_.html.yaml", "年报_.html.yaml"]
