"""`reportkit check FOLDER`: the same report in two formats (a DOCX and its PDF, a saved page and the PDF) is one
report in the summary's counts, its second file a note row naming the first; the summary's pointers to rows name the
rules in Chinese as its lines of each rule do; telling copies apart asks each file's size once."""
from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.importers import folder as folder_module
from reportkit.plugins import load_plugins

from _import_helpers import render_source

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NOTICE = ("<html><body><h1>关于做好年度报告编制工作的通知</h1><p>请各单位按时报送，逾期不候。</p>"
          "<p>市政务公开办公室</p></body></html>")


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, Path]:
    plugins = load_plugins()
    made = tmp_path_factory.mktemp("sources")
    return {"docx": render_source(EXAMPLES / "xinzhou-2020.yaml", "docx", made, plugins),
            "pdf": render_source(EXAMPLES / "xinzhou-2020.yaml", "pdf", made, plugins),
            "page": render_source(EXAMPLES / "xinzhou-2020.yaml", "html", made, plugins),
            "other": render_source(EXAMPLES / "sample-2021.yaml", "html", made, plugins)}


def _check(folder: Path, report: Path):
    result = CliRunner().invoke(cli, ["check", str(folder), "--report", str(report), "-j", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    with open(report, encoding="utf-8-sig", newline="") as f:
        return result, list(csv.DictReader(f))


def test_the_same_report_in_two_formats_is_counted_once(tmp_path, sources):
    """A DOCX and its PDF (same agency and year as imported, names unlike) were two reports in the summary; now the
    second is a note row ``other-format`` naming the first, its own rows kept, and the summary counts one report."""
    folder = tmp_path / "各单位年报"
    (folder / "生态环境局").mkdir(parents=True)
    shutil.copy(sources["docx"], folder / "生态环境局" / "2020年度报告.docx")
    shutil.copy(sources["pdf"], folder / "生态环境局" / "政府信息公开年报（PDF版）.pdf")
    shutil.copy(sources["other"], folder / "另一单位.html")

    result, rows = _check(folder, tmp_path / "r.csv")
    docx, pdf = folder / "生态环境局" / "2020年度报告.docx", folder / "生态环境局" / "政府信息公开年报（PDF版）.pdf"
    first = [row for row in rows if row["file"] == str(pdf)][0]
    assert (first["rule"], first["severity"], first["agency"], first["year"]) == (
        "other-format", "note", "忻州市生态环境局", "2020")
    assert first["message"] == (
        f"与 {docx} 是同一机关（忻州市生态环境局）同一年度（2020）的报告，多半是同一份报告的另一种格式：两份都已检查，"
        "汇总中只计一份，两份都有的问题是同一处；如果不是同一份报告，请核对两份的机关名称和年度")
    assert [row["rule"] for row in rows if row["file"] == str(docx)] == ["ok"]
    assert [row["rule"] for row in rows if row["file"] == str(pdf)] == ["other-format", "ok"]  # its own rows kept
    assert result.output.splitlines()[0] == (
        "共检查 2 份报告：2 份未发现问题，0 份有问题；另有 1 份是同一机关同一年度的报告的另一种格式，已检查，计为一份"
        f"（见“同一报告的另一格式（other-format）”行）；结果已写入 {tmp_path / 'r.csv'}")
    assert result.exit_code == 0


def test_a_report_in_two_formats_both_with_a_problem_is_one_report_with_problems(tmp_path, sources):
    """Counted once, it is one of those with problems (the summary said -1 without one)."""
    folder = tmp_path / "年报"
    folder.mkdir()
    page = re.sub(r"<h2>五、.*?(?=<h2>六、)", "", sources["page"].read_text(encoding="utf-8"), count=1, flags=re.DOTALL)
    (folder / "年报.html").write_text(page, encoding="utf-8")
    (folder / "年报.htm").write_text(page, encoding="utf-8")  # the same page saved again: not the same suffix

    result, rows = _check(folder, tmp_path / "r.csv")
    assert [(Path(row["file"]).name, row["rule"]) for row in rows] == [
        ("年报.htm", "import-sections"), ("年报.html", "other-format"), ("年报.html", "import-sections")]
    assert result.output.startswith("共检查 1 份报告：0 份未发现问题，1 份有问题；另有 1 份是同一机关同一年度的报告的另一种格式")
    assert result.exit_code == 1


def test_two_reports_each_in_two_formats_are_two_reports(tmp_path, sources):
    """A page and its .htm copy beside a second page (with a problem) and its .htm copy: each copy is the other format
    of the page it belongs to, never of another copy. The second page was named the other format of the first .htm,
    so its problem counted under the first report and the summary said “共检查 1 份报告：-1 份未发现问题，2 份有问题”."""
    folder = tmp_path / "年报"
    folder.mkdir()
    page = sources["page"].read_text(encoding="utf-8")
    cut = re.sub(r"<h2>五、.*?(?=<h2>六、)", "", page, count=1, flags=re.DOTALL)
    for name, text in (("1.html", page), ("2.htm", page), ("3.html", cut), ("4.htm", cut)):
        (folder / name).write_text(text, encoding="utf-8")

    result, rows = _check(folder, tmp_path / "r.csv")
    paired = {Path(row["file"]).name: row["message"].split(" ")[1] for row in rows if row["rule"] == "other-format"}
    assert paired == {"2.htm": str(folder / "1.html"), "4.htm": str(folder / "3.html")}
    assert result.output.startswith("共检查 2 份报告：1 份未发现问题，1 份有问题；另有 2 份是同一机关同一年度的报告的另一种格式")
    assert result.exit_code == 1


def test_reports_of_one_agency_for_two_years_are_two(tmp_path, sources):
    """The agency alone is no pair: last year's report beside this year's is a report of its own."""
    folder = tmp_path / "年报"
    folder.mkdir()
    shutil.copy(sources["docx"], folder / "2020.docx")
    (folder / "2019.html").write_text(sources["page"].read_text(encoding="utf-8").replace("2020", "2019"), encoding="utf-8")

    result, rows = _check(folder, tmp_path / "r.csv")
    assert "other-format" not in {row["rule"] for row in rows}
    assert {row["year"] for row in rows} == {"2019", "2020"}
    assert result.output.startswith("共检查 2 份报告：")


def test_two_files_of_one_format_are_two_reports(tmp_path, sources):
    """An agency's page beside an amended page of the same year is no other format: both count."""
    folder = tmp_path / "年报"
    folder.mkdir()
    page = sources["page"].read_text(encoding="utf-8")
    (folder / "年报.html").write_text(page, encoding="utf-8")
    (folder / "年报（更正）.html").write_text(page.replace("<p>", "<p>（已更正）", 1), encoding="utf-8")

    result, rows = _check(folder, tmp_path / "r.csv")
    assert "other-format" not in {row["rule"] for row in rows}
    assert result.output.startswith("共检查 2 份报告：")


def test_the_summary_points_to_rows_by_the_rules_chinese_names(tmp_path, sources):
    """“见 not-annual-report 行”, “见 duplicate 行” named the rules by code, unlike the lines under it."""
    folder = tmp_path / "年报"
    folder.mkdir()
    (folder / "通知.html").write_text(NOTICE, encoding="utf-8")
    shutil.copy(sources["other"], folder / "年报.html")
    shutil.copy(sources["other"], folder / "年报(1).html")

    result, _ = _check(folder, tmp_path / "r.csv")
    assert result.output.splitlines()[0] == (
        "共检查 2 份报告：1 份未发现问题，1 份有问题（其中 1 份不是年度报告，见“不是年度报告（not-annual-report）”行）；"
        f"另有 1 份与别的文件内容完全相同，未重复检查（见“重复文件（duplicate）”行）；结果已写入 {tmp_path / 'r.csv'}")


def test_copies_are_told_with_one_look_at_each_file(tmp_path, monkeypatch):
    """Each file's size was asked three times: once is enough in a folder of hundreds on a network drive."""
    files = []
    for n, size in enumerate([10, 10, 20, 0, 30, 30]):
        files.append(tmp_path / f"{n}.pdf")
        files[-1].write_bytes(b"x" * size)
    asked = []
    size = folder_module._size
    monkeypatch.setattr(folder_module, "_size", lambda path: asked.append(path) or size(path))
    assert folder_module.duplicates(files) == {files[1]: files[0], files[5]: files[4]}
    assert sorted(asked) == sorted(files)
