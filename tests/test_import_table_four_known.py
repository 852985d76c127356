"""Table 四 known by its head: 行政复议 or 行政诉讼 over a cell of one of its results (结果维持 …), with or without its
part's heading or a caption over it; a table that names the two without those results (a summary's rows, a sentence)
is none of the statistics tables and takes no table 四's place. And an annual report's year typed otherwise than in
four digits is told the digits it was meant as."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import changed_docx, paragraph_starting, render_source

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
#: The sample's table 四, as the import reads it (its totals filled in).
FOUR = {"reconsideration": {"upheld": 2, "corrected": 1, "other": 0, "pending": 1, "total": 4},
        "litigation_direct": {"upheld": 1, "corrected": 0, "other": 0, "pending": 1, "total": 2},
        "litigation_after_reconsideration": {"upheld": 1, "corrected": 0, "other": 0, "pending": 0, "total": 1}}
PART_FOUR = "四、政府信息公开行政复议、行政诉讼情况"
CAPTION = "表四　政府信息公开行政复议、行政诉讼情况"


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Path:
    return render_source(SAMPLE, "docx", tmp_path_factory.mktemp("plain"), PLUGINS)


def _table_after(document, start: str, rows: list[list[str]]) -> None:
    """A table of ``rows`` put right after the paragraph that starts with ``start``."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    paragraph_starting(document, start)._element.addnext(table._element)


def _without_part_four(document) -> None:
    paragraph = paragraph_starting(document, PART_FOUR)
    paragraph._element.getparent().remove(paragraph._element)


def _caption(document) -> None:
    """A caption paragraph between part 四's heading and its table."""
    paragraph_starting(document, PART_FOUR)._element.addnext(document.add_paragraph(CAPTION)._element)


def _caption_rows(document) -> None:
    """The caption and the unit as the table's first rows (each one merged cell), the part's heading left out: its
    results' row is the table's fifth."""
    _without_part_four(document)
    table = document.tables[2]
    for text in ("单位：件", CAPTION):
        row = table.add_row()
        table.rows[0]._tr.addprevious(row._tr)
        row.cells[0].merge(row.cells[-1]).text = text


def _findings(result) -> list[str]:
    return [f.message for f in result.findings]


@pytest.mark.parametrize("change", [_without_part_four, _caption, _caption_rows],
                         ids=["no heading", "caption", "caption rows"])
def test_table_four_is_known_by_its_head_with_or_without_a_caption(plain, tmp_path, change):
    """Table 四 with no heading or caption over it (a copy without part 四's heading), with a caption paragraph, and
    with its caption and unit as its first rows: read by its head (行政复议 / 行政诉讼 / 结果维持 …) each time."""
    result, data = changed_docx(plain, tmp_path, change, PLUGINS)
    assert data["tables"]["review_litigation"] == FOUR
    assert not [m for m in _findings(result) if "表四" in m or "这个表格不是" in m]


def test_a_summary_table_naming_review_and_litigation_takes_no_place_of_table_four(plain, tmp_path):
    """A table in part 一 with rows 行政复议案件 | 4 and 行政诉讼案件 | 3 was read as table 四 (its head names both): the
    real table 四 after it was “表四出现了两次” and not read, every cell a placeholder."""
    rows = [["项目", "数量"], ["行政复议案件", "4"], ["行政诉讼案件", "3"]]
    result, data = changed_docx(plain, tmp_path, lambda d: _table_after(d, "2023年，某县", rows), PLUGINS)
    assert data["tables"]["review_litigation"] == FOUR
    findings = _findings(result)
    assert not [m for m in findings if m.startswith("表四")]
    assert findings.count("这个表格不是表二、表三或表四，未导入") == 1


def test_a_table_whose_sentence_names_review_litigation_and_a_result_is_no_table_four(plain, tmp_path):
    """A table in part 五 whose cell says 行政复议、行政诉讼 and 结果维持 in a sentence was table 四 a second time."""
    rows = [["问题", "整改措施"],
            ["针对行政复议、行政诉讼案件暴露的答复不规范问题", "加强答复审核，复议结果维持的比例明显提高"]]
    result, data = changed_docx(plain, tmp_path, lambda d: _table_after(d, "一是部分科室", rows), PLUGINS)
    assert data["tables"]["review_litigation"] == FOUR
    assert "表四出现了两次，只导入了第一次" not in _findings(result)


@pytest.mark.parametrize("written", ["2023年", "二〇二三", "二○二三年度"])
def test_an_annual_reports_year_not_in_digits_gets_its_digits_as_the_fix(tmp_path, written):
    """``year: 2023年`` was told “应为四位数的年份，例如 year: 2023，实际为“2023年”” without the digits to write."""
    text = SAMPLE.read_text(encoding="utf-8")
    assert "\nyear: 2023\n" in text
    path = tmp_path / "report.yaml"
    path.write_text(text.replace("\nyear: 2023\n", f"\nyear: {written}\n", 1), encoding="utf-8")
    line = text.split("\n").index("year: 2023") + 1
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:{line}:7: error: 报告年度 year 应写成四位数字的年份：“{written}”请写作 2023" in result.output.splitlines()
