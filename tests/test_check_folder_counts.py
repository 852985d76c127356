"""`reportkit check FOLDER`: a report in two formats is one report in the workbook's 各文件 sheet as in the summary
(the later file's 结论 names the first, the first's is the report's), and a problem both formats have is one in the
summary's count of its rule, though the places differ (a PDF's page, a page's table)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

import reportkit.renderers.pdf as pdf_renderer
from reportkit.cli import cli

from _import_helpers import render_source

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
TOTAL = '<td class="center">48</td>'  # 表三 “一、本年新收” 的总计


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, Path]:
    """The example as a page and a PDF, each also with its first row's total wrong (49: an R3 error)."""
    made = {kind: tmp_path_factory.mktemp(kind) for kind in ("good", "bad")}
    found = {"page": render_source(EXAMPLE, "html", made["good"]), "pdf": render_source(EXAMPLE, "pdf", made["good"])}
    original = pdf_renderer._render_html
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf_renderer, "_render_html", lambda *args: original(*args).replace(TOTAL, TOTAL.replace("48", "49"), 1))
        found["bad page"] = render_source(EXAMPLE, "html", made["bad"])
        found["bad pdf"] = render_source(EXAMPLE, "pdf", made["bad"])
    return found


def _check(folder: Path, report: Path):
    result = CliRunner().invoke(cli, ["check", str(folder), "--report", str(report), "-j", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def _verdicts(report: Path) -> dict[str, str]:
    sheet = load_workbook(report)["各文件"]
    header = [cell.value for cell in sheet[1]]
    return {Path(row[header.index("文件")]).name: row[header.index("结论")]
            for row in sheet.iter_rows(min_row=2, values_only=True)}


def _folder(tmp_path: Path, page: Path, pdf: Path) -> Path:
    folder = tmp_path / "年报"
    folder.mkdir()
    shutil.copy(page, folder / "2023年报.html")
    shutil.copy(pdf, folder / "政府信息公开年报（PDF版）.pdf")
    return folder


def test_a_problem_in_both_formats_is_counted_once_for_its_rule(tmp_path, sources):
    """The page and the PDF each have the R3 error (at 第 2 个表格第 4 行 and 第 3 页的表格第 4 行): counted
    “2 处” for one report, in the terminal and in the JSON's summary."""
    folder = _folder(tmp_path, sources["bad page"], sources["bad pdf"])
    result = _check(folder, tmp_path / "r.json")
    rows = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["rows"]
    assert sorted((Path(row["file"]).suffix, row["place"]) for row in rows if row["rule"] == "R3") == [
        (".html", "第 2 个表格第 4 行"), (".pdf", "第 3 页的表格第 4 行")]
    lines = result.output.splitlines()
    assert lines[0].startswith("共检查 1 份报告：0 份未发现问题，1 份有问题；另有 1 份是同一机关同一年度的报告的另一种格式")
    assert lines[1:] == ["  表三各行总计（R3）：1 处", "  （同一份报告的几种格式都有的问题，规则和说明都相同的，只计一处）"]
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["summary"] == {"R3": 1}
    assert result.exit_code == 1


def test_a_problem_in_one_format_only_is_counted_once_and_reports_apart_each(tmp_path, sources):
    """Another agency's report with the same error is another report: its problem counts too."""
    folder = _folder(tmp_path, sources["page"], sources["bad pdf"])
    other = sources["bad page"].read_text(encoding="utf-8").replace("某县自然资源局", "另一县自然资源局")
    (folder / "另一县.html").write_text(other, encoding="utf-8")
    result = _check(folder, tmp_path / "r.csv")
    assert result.output.splitlines()[1] == "  表三各行总计（R3）：2 处"


def test_the_sheet_of_files_counts_a_report_in_two_formats_once(tmp_path, sources):
    """Each file had its own 结论, two 有错误 rows for the one report the summary counts: the PDF's now names the page,
    and the page's is the report's."""
    folder = _folder(tmp_path, sources["bad page"], sources["bad pdf"])
    result = _check(folder, tmp_path / "r.xlsx")
    assert result.output.startswith("共检查 1 份报告：0 份未发现问题，1 份有问题")
    assert _verdicts(tmp_path / "r.xlsx") == {
        "2023年报.html": "有错误",
        "政府信息公开年报（PDF版）.pdf": f"另一格式，见 {folder / '2023年报.html'}"}


def test_the_first_file_s_verdict_takes_the_other_format_s_problems(tmp_path, sources):
    """The page passes, its PDF has an error: the summary counts one report with problems, so the page's 结论 says
    the report has an error, and that it is the other format's."""
    folder = _folder(tmp_path, sources["page"], sources["bad pdf"])
    result = _check(folder, tmp_path / "r.xlsx")
    assert result.output.startswith("共检查 1 份报告：0 份未发现问题，1 份有问题")
    verdicts = _verdicts(tmp_path / "r.xlsx")
    assert verdicts["2023年报.html"] == "有错误（另一格式有）"
    assert verdicts["政府信息公开年报（PDF版）.pdf"].startswith("另一格式，见 ")
    fill = load_workbook(tmp_path / "r.xlsx")["各文件"]["D2"].fill.start_color.rgb
    assert fill.endswith("FFC7CE")  # red, as 有错误
