"""Names Windows keeps for its devices (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9; with any extension, in any case):
a report so named, given to ``import`` or found in a zip ``check`` unpacks, makes no file of that name, which
Windows could neither open nor copy (out/CON.yaml); an underscore after the device's name makes one it takes."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.importers import data_files
from reportkit.importers.folder import unpacked, windows_name

from _import_helpers import render_source

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    return render_source(EXAMPLE, "html", tmp_path_factory.mktemp("page"))


def _run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


@pytest.mark.parametrize("stem, name", [
    ("CON", "CON_"), ("con", "con_"), ("Nul.2023", "Nul_.2023"), ("aux.tar", "aux_.tar"), ("PRN", "PRN_"),
    ("COM1", "COM1_"), ("lpt9", "lpt9_"), ("COM¹", "COM¹_"), ("NUL .", "NUL_"), ("con:", "con_"),
    ("CONSOLE", "CONSOLE"), ("COM0", "COM0"), ("LPT10", "LPT10"), ("年报.CON", "年报.CON"), ("CON年报", "CON年报"),
])
def test_a_devices_name_gets_an_underscore(stem, name):
    assert windows_name(stem) == name


def test_import_writes_no_data_file_named_as_a_device(tmp_path, page):
    source = tmp_path / "CON.html"
    shutil.copy(page, source)
    result = _run("import", source, "-o", tmp_path / "out")
    assert f"已导入 {tmp_path / 'out' / 'CON_.yaml'}" in result.output
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["CON_.yaml"]


def test_reports_named_as_one_device_in_two_formats_stay_apart(tmp_path):
    names = {path.name: target.name for path, target in data_files([tmp_path / "nul.html", tmp_path / "NUL.pdf"]).items()}
    assert names == {"nul.html": "nul_.html.yaml", "NUL.pdf": "NUL_.pdf.yaml"}


def test_a_zips_report_named_as_a_device_is_unpacked_under_a_name_windows_takes(tmp_path, page):
    archive = tmp_path / "年报.zip"
    with zipfile.ZipFile(archive, "w") as made:
        made.write(page, "甲县/Aux.html")
    files, shown, refused = unpacked([archive], tmp_path / "scratch", {".html"}, [])
    assert refused == {}
    assert [path.name for path in files] == ["Aux_.html"]
    assert shown[files[0]] == f"{archive}/甲县/Aux.html"  # named in the results as in the zip
    result = _run("check", archive, "-j", "1")
    assert f"{archive}/甲县/Aux.html: 未发现问题" in result.output.splitlines()


def test_check_keeps_last_years_report_named_as_a_device_under_a_name_windows_takes(tmp_path, page):
    (tmp_path / "2022").mkdir()
    shutil.copy(page, tmp_path / "2022" / "PRN.html")
    shutil.copy(page, tmp_path / "年报.html")
    _run("check", tmp_path / "年报.html", "--previous-dir", tmp_path / "2022", "-o", tmp_path / "out", "-j", "1")
    assert sorted(path.name for path in (tmp_path / "out" / "previous").glob("*.yaml")) == ["PRN_.html.yaml"]
