"""Titles and 署名 read back whole: a long agency's title reportkit sets on three lines and a 署名 it wraps over two,
from both PDFs; a plan's or summary's title without a year, in a text file or a page with nothing centred."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from _import_helpers import imported, render_source

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
AGENCY = "某县自然资源局"
#: An agency whose name holds 政府信息公开, wider than the title's line: the title is set on three lines.
LONG = "某某省某某市某某县人民政府办公室政务公开与政府信息公开工作领导小组办公室"
TITLE = "2023年政府信息公开工作年度报告"


def _sample(folder: Path, **changes: str) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    assert f"\nagency: {AGENCY}\n" in text
    lines = "".join(f"{key}: {value}\n" for key, value in changes.items())
    target = folder / "report.yaml"
    target.write_text(text.replace(f"\nagency: {AGENCY}\n", "\n" + lines, 1), encoding="utf-8")
    return target


def _data(source: Path, folder: Path, **options):
    result = imported(source, folder, **options)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_title_on_three_lines_comes_back_whole(tmp_path, fmt):
    """All three centred lines in the title's size are the title: the agency is the name before the year (it holds
    政府信息公开), and the title is the one reportkit prints for it, nothing before it left out."""
    result, data = _data(render_source(_sample(tmp_path, agency=LONG), fmt, tmp_path), tmp_path)
    assert data["agency"] == LONG
    assert "title" not in data  # the title read is 机关名称 + 2023年政府信息公开工作年度报告, as printed
    assert "signature" not in data  # the 署名 (wrapped in two lines) is the agency
    assert not [f for f in result.findings if "标题之前" in f.message]


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_signature_wrapped_over_two_lines_is_one_organ(tmp_path, fmt):
    source = render_source(_sample(tmp_path, agency=AGENCY, signature=LONG), fmt, tmp_path)
    _, data = _data(source, tmp_path)
    assert (data["agency"], data["signature"]) == (AGENCY, LONG)


def test_two_organs_signing_stay_two_organs(tmp_path):
    """Names that fit their lines are centred over the date, not wrapped: each line is an organ."""
    organs = ["某某省某某市某某区发展和改革委员会", "某某省某某市某某区自然资源和规划局"]
    source = render_source(_sample(tmp_path, agency=organs[0], signature=f"[{', '.join(organs)}]"), "pdf", tmp_path)
    assert _data(source, tmp_path)[1]["signature"] == organs


PLAN = """{title}
为把今年的公开事项落到实处，本局结合自身职能拟定如下安排。
一、总体要求
紧扣市场监管重点领域，按期发布信息，及时回应社会关切。
二、主要任务
（一）行政许可结果及时公开
许可决定作出后七个工作日内在门户网站发布。
（二）政策解读同步发布
重要文件印发时同步推出图解材料。
某县市场监督管理局
2024年3月1日
"""
SUMMARY = """{title}
一年来，本局围绕群众关心的事项推进公开，现将主要情况报告如下。
一、主要工作
全年在门户网站发布信息三百余条，办理公开申请十二件。
二、存在的问题
解读材料形式仍较单一。
三、下一步打算
增加图解和短视频解读。
某县市场监督管理局
2024年1月10日
"""


@pytest.mark.parametrize("suffix", [".txt", ".html"])
@pytest.mark.parametrize(("text", "title", "kind"), [(PLAN, "某县市场监督管理局政务公开工作方案", "work-plan"),
                                                     (SUMMARY, "某县市场监督管理局政务公开工作总结", "work-summary")],
                         ids=["plan", "summary"])
def test_a_plan_or_summary_title_without_a_year_is_read_as_its_kind(tmp_path, suffix, text, title, kind):
    """No line is centred, and the title names no year: worded as a plan's or a summary's, it is one (the year is
    inferred from the date, or left a placeholder), not a file without any part of a report."""
    text = text.format(title=title)
    source = tmp_path / f"document{suffix}"
    if suffix == ".txt":
        source.write_text(text, encoding="utf-8")
    else:
        source.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>",
                          encoding="utf-8")
    _, data = _data(source, tmp_path, documents=True)
    assert (data["kind"], data["agency"], data["title"]) == (kind, "某县市场监督管理局", title)


def test_a_line_break_in_a_file_name_or_a_finding_stays_in_its_comment(tmp_path):
    """The data file's head comments name the source and each finding: a line break there (a file named over two
    lines; a finding quoting a title's two lines) began a line of YAML, and the file could not be read at all."""
    from reportkit.importers import write_data
    from reportkit.importers.frame import Finding, Imported

    finding = Finding("第 1 页第 1 行", "标题之前的版头“某县\n某局文件”未导入", "skipped")
    found = Imported({"kind": "annual-report", "year": 2023}, [finding], notes=["机关名称\n请核对"])
    text = write_data(found, tmp_path / "年报\n2023.pdf")
    assert yaml.safe_load(text) == {"kind": "annual-report", "year": 2023}
    assert "# 由 reportkit import 从 年报 2023.pdf 导入。" in text and "“某县 某局文件”未导入" in text
