"""`reportkit check FOLDER`: a folder linked into the folder checked (a colleague's folder; a Windows junction alike)
was passed over unseen, its reports neither checked nor counted; now they are checked as found through the link, and
a link back up, or a second link to a folder already walked, does not make the walk endless or check a report twice."""
from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

from _import_helpers import render_source

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links of POSIX")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    return render_source(EXAMPLE, "html", tmp_path_factory.mktemp("page"))


def _check(folder: Path, report: Path):
    result = CliRunner().invoke(cli, ["check", str(folder), "--report", str(report), "-j", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    with open(report, encoding="utf-8-sig", newline="") as f:
        return result, list(csv.DictReader(f))


def _agency(page: Path, agency: str) -> str:
    return page.read_text(encoding="utf-8").replace("某县自然资源局", agency)


def test_the_reports_of_a_folder_linked_in_are_checked(tmp_path, page):
    folder, colleague = tmp_path / "各单位年报", tmp_path / "同事" / "东片"
    folder.mkdir()
    colleague.mkdir(parents=True)
    shutil.copy(page, folder / "自然资源局.html")
    (colleague / "水利局.html").write_text(_agency(page, "某县水利局"), encoding="utf-8")
    (folder / "东片（链接）").symlink_to(colleague, target_is_directory=True)

    result, rows = _check(folder, tmp_path / "r.csv")
    assert [(row["file"], row["rule"]) for row in rows] == [
        (str(folder / "东片（链接）" / "水利局.html"), "ok"), (str(folder / "自然资源局.html"), "ok")]
    assert result.output.startswith("共检查 2 份报告：2 份未发现问题，0 份有问题")


def test_a_link_back_up_or_to_a_folder_walked_ends_and_checks_each_report_once(tmp_path, page):
    """A link to the folder itself (a loop) and one to a folder in it (a second way to the same reports) are walked
    no further; the colleague's folder linked twice is checked once, not told a copy of itself."""
    folder, colleague = tmp_path / "年报", tmp_path / "同事"
    (folder / "甲县").mkdir(parents=True)
    colleague.mkdir()
    shutil.copy(page, folder / "甲县" / "年报.html")
    (colleague / "乙县.html").write_text(_agency(page, "乙县自然资源局"), encoding="utf-8")
    (folder / "甲县" / "上一级").symlink_to(folder, target_is_directory=True)
    (folder / "甲县的链接").symlink_to(folder / "甲县", target_is_directory=True)
    (folder / "同事").symlink_to(colleague, target_is_directory=True)
    (folder / "甲县" / "同事也在这").symlink_to(colleague, target_is_directory=True)

    result, rows = _check(folder, tmp_path / "r.csv")
    # 甲县's report named by its own path, not the link's
    assert [(row["file"], row["rule"]) for row in rows] == [
        (str(folder / "同事" / "乙县.html"), "ok"), (str(folder / "甲县" / "年报.html"), "ok")]
    assert result.output.startswith("共检查 2 份报告：2 份未发现问题，0 份有问题")
