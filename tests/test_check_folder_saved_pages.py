"""`reportkit check FOLDER`: a page saved by a browser as “网页，全部” keeps its frames and scripts in a
folder beside it (年报_files, or 年报.files); they are parts of that page, not reports each counted “不是年度报告”."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import render_source

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "xinzhou-2020.yaml"


@pytest.mark.parametrize("parts", ["年报_files", "年报.files"])
def test_a_saved_pages_folder_of_parts_is_not_checked(tmp_path, parts):
    site = tmp_path / "site"
    site.mkdir()
    page = render_source(EXAMPLE, "html", tmp_path, load_plugins())
    (site / "年报.html").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    (site / parts).mkdir()
    (site / parts / "saved_resource.html").write_text("<html><body><p>分享到微信</p></body></html>", encoding="utf-8")
    (site / "其他_files").mkdir()  # no 其他.html beside it: a folder of reports like any other
    (site / "其他_files" / "另一份.html").write_text("<html><body><p>分享到微信</p></body></html>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(site), "--report", str(tmp_path / "r.csv")])
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        files = {Path(r["file"]).relative_to(site).as_posix() for r in csv.DictReader(f)}
    assert files == {"年报.html", "其他_files/另一份.html"}
    assert "共检查 2 份报告" in result.output
