"""Work plans and work summaries after a print sweep: a plan's missing 成文日期 is said, a joint signature's wrapped
organ names are told apart in all three outputs, the rules' messages read as Chinese, a summary's section holds a
table."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
import pytest
import yaml
from click.testing import CliRunner
from docx import Document as WordDocument

from docx_pages import docx_to_pdf
from reportkit.cli import cli
from reportkit.plugins import load_plugins
from reportkit.testing import render, starter_data

PLAN = """\
kind: work-plan
year: 2020
agency: 某某县市场监督管理局
requirements:
  - 公开为常态，不公开为例外。
tasks:
  - task: 权责清单公开
    content: [清单调整后及时更新。]
    support: [办公室]
  - task: 环境信息
    items:
      - task: 空气质量
        content: [每日发布。]
safeguards:
  - 加强组织领导。
"""
SUMMARY = {
    "kind": "work-summary", "year": 2016, "agency": "某某县人民政府办公室",
    "work": ["全年公开信息100条。"], "problems": ["公开不够及时。"], "date": "2017-01-10",
}
#: The lead organ wraps (27 characters: broken after 政务公开和); the second fits its line.
WRAPPED, SHORT = "某某县全面推进政务公开和政府信息公开工作领导小组办公室", "某某县人民政府办公室"


def _validate(tmp_path, text: str, *args: str) -> str:
    path = tmp_path / "data.yaml"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(cli, ["validate", *args, str(path)]).output


def test_a_plan_without_notice_or_date_is_told_where_to_write_its_date(tmp_path):
    """A plan with neither a 印发通知 nor a ``date`` printed no 成文日期, unremarked: a warning at ``year`` names the line
    to add. A ``signature`` without ``date`` (it would not print) is said too; the starter file stays clean."""
    output = _validate(tmp_path, PLAN)
    [line] = [ln for ln in output.splitlines() if "WP4" in ln]
    assert line.startswith(f"{tmp_path / 'data.yaml'}:2:7: warning: 方案没有成文日期")
    assert "请在文件顶层加一行 date: 2020-01-15" in line
    assert "WP4" not in _validate(tmp_path, PLAN + "date: 2020-03-01\n")
    notice = "notice:\n  title: 关于印发方案的通知\n  body: [现印发。]\n  date: 2020-03-01\n"
    assert "WP4" not in _validate(tmp_path, PLAN + notice)
    signed = _validate(tmp_path, PLAN + notice + "signature: 某某县市场监督管理局\n")
    [line] = [ln for ln in signed.splitlines() if "WP4" in ln]
    assert ":20:12: warning: 写了方案的署名 signature 而没有写 date" in line and "date: 2020-03-01" in line
    starter = yaml.safe_dump(starter_data("work-plan", year=2020), allow_unicode=True)
    assert "WP4" not in _validate(tmp_path, starter, "--draft")


def test_work_plan_and_summary_messages_end_in_a_rule_code_not_an_english_word(tmp_path):
    """“…配合单位写在 support（units）” read as if (units) explained support: every rule of the two kinds now ends in
    its code (WP1–WP4, WS1) after a sentence that says the fix."""
    plan = PLAN.replace("year: 2020", "year: 2020\ntitle: 某某县市场监督管理局2019年政务公开工作要点").replace(
        "support: [办公室]", "support: [办公室]\n    deadline: 2021-03") + "date: 2023-01-01\n"
    output = _validate(tmp_path, plan)
    summary = dict(SUMMARY, title="某某县人民政府办公室2015年工作总结", date="2019-01-10")
    output += _validate(tmp_path, yaml.safe_dump(summary, allow_unicode=True))
    found = re.findall(r"(?:error|warning): (.*)（(\w+)）$", output, re.M)
    assert {code for _, code in found} == {"WP1", "WP2", "WP3", "WS1"}, output
    assert "任务“权责清单公开”没有写责任科室（单位）：请在 lead 中写明牵头科室（单位），配合科室（单位）写在 support 中" \
        in [message for message, _ in found]
    assert all("：" in message and ("请" in message) for message, _ in found), output
    assert not re.search(r"（(units|year|deadline)）", output)


def _joint_lines(pdf: bytes) -> list[tuple[float, float, str]]:
    """(top, right edge, text) of the signature's lines: those after the body's last paragraph."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        lines = document.pages[0].extract_text_lines()
    texts = [(ln["top"], ln["x1"], re.sub(r"\s", "", ln["text"])) for ln in lines]
    start = next(i for i, (_, _, text) in enumerate(texts) if text == "公开不够及时。") + 1
    return texts[start:start + 4]


@pytest.fixture(scope="module")
def joint(tmp_path_factory):
    data = dict(SUMMARY, signature=[WRAPPED, SHORT])
    pdfs = {"weasyprint": render(data, formats=("pdf",)).outputs["pdf"],
            "typst": render(data, formats=("pdf",), engine="typst").outputs["pdf"]}
    folder = tmp_path_factory.mktemp("joint")
    (folder / "joint.docx").write_bytes(render(data, formats=("docx",)).docx)
    pdfs["docx"] = docx_to_pdf(folder / "joint.docx", load_plugins().registry.fonts, folder).read_bytes()
    return pdfs


@pytest.mark.parametrize("output", ["weasyprint", "typst", "docx"])
def test_a_joint_signature_s_wrapped_organ_stands_apart_from_the_next(joint, output):
    """Two organs, the first wrapping over two lines: all three lines were right-aligned a line apart, and nothing
    told where the first organ ended. Now the second organ stands half a line further down (Geometry.organ_gap), in
    each PDF and in the DOCX as LibreOffice prints it; the date keeps its line."""
    (first, right, a), (second, _, b), (third, right3, c), (date, _, d) = _joint_lines(joint[output])
    assert a + b == WRAPPED and c == SHORT and d.startswith("2017年1月10日")
    pitch = second - first
    assert 28 < pitch < 30  # a line of the grid
    assert third - second == pytest.approx(1.5 * pitch, abs=1)
    assert date - third == pytest.approx(pitch, abs=1)
    assert right3 == pytest.approx(right, abs=1)  # still right-aligned, two characters from the right


def test_a_single_wrapped_organ_has_no_gap():
    data = dict(SUMMARY, signature=WRAPPED)
    (first, _, a), (second, _, b), (date, _, d) = _joint_lines(render(data, formats=("pdf",)).outputs["pdf"])[:3]
    assert a + b == WRAPPED and d.startswith("2017年1月10日")
    assert date - second == pytest.approx(second - first, abs=0.5)


def test_a_summary_section_holds_a_table_printed_in_all_three_outputs(tmp_path):
    """A summary's figures of the year could only go in an attachment table: a section (and a heading in it) now holds
    one as the 2008 annual report's do, printed where it stands; the schema and the starter file show it."""
    table = {"columns": ["类别", "条数"], "rows": [["机构职能", 12], ["政策文件", 30]]}
    data = dict(SUMMARY, work=["全年公开信息情况如下表。", table,
                               {"heading": "依申请公开", "content": ["办理结果见下表。",
                                                                {"columns": ["结果", "件数"], "rows": [["予以公开", 3]]}]}])
    rendered = render(data, formats=("docx", "pdf"))
    word = WordDocument(io.BytesIO(rendered.docx))
    assert [[[c.text for c in row.cells] for row in t.rows] for t in word.tables] == [
        [["类别", "条数"], ["机构职能", "12"], ["政策文件", "30"]], [["结果", "件数"], ["予以公开", "3"]]]
    for pdf in (rendered.outputs["pdf"], render(data, formats=("pdf",), engine="typst").outputs["pdf"]):
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            tables = [t.extract() for t in document.pages[0].find_tables()]
        assert tables == [[["类别", "条数"], ["机构职能", "12"], ["政策文件", "30"]], [["结果", "件数"], ["予以公开", "3"]]]
    schema = CliRunner().invoke(cli, ["schema", "work-summary"]).output
    assert {"$ref": "#/$defs/PartTable"} in __import__("json").loads(schema)["properties"]["work"]["items"]["oneOf"]
    starter = tmp_path / "summary.yaml"
    CliRunner().invoke(cli, ["init", "work-summary", "--year", "2020", "-o", str(starter)])
    text = starter.read_text(encoding="utf-8").replace("#   - columns", "  - columns").replace(
        "#     rows", "    rows").replace("#       - [【", "      - [【")
    assert "error" not in _validate(tmp_path, text, "--draft")
    assert "“【请填写：项目】”" in _validate(tmp_path, text, "--draft")


def test_the_docs_name_the_rule_codes():
    docs = (Path(__file__).resolve().parents[1] / "docs" / "other-documents.md").read_text(encoding="utf-8")
    for code in ("WP1", "WP2", "WP3", "WP4", "WS1"):
        assert f"| {code} |" in docs
