"""A part's heading worded otherwise than the format's (二、主动公开情况, 三、依申请公开政府信息情况, 四、…行政复议和
行政诉讼情况), over its statistics table: it is that part, its text and its table read as the format's heading would
have them, with a note; not a part that is none of the six, said to be left out and counted by ``check``."""
from __future__ import annotations

import pytest
from _import_helpers import changed_docx, paragraph_starting
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.errors import NOTE
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()

CASES = [
    ("二、主动公开政府信息情况", "二、主动公开情况", "主动公开政府信息情况", "表二"),
    ("三、收到和处理政府信息公开申请情况", "三、依申请公开政府信息情况", "收到和处理政府信息公开申请情况", "表三"),
    ("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议和行政诉讼情况",
     "政府信息公开行政复议、行政诉讼情况", "表四"),
]


def _retitled(old: str, new: str):
    def change(document):
        paragraph = paragraph_starting(document, old)
        paragraph.runs[0].text = new
        for run in paragraph.runs[1:]:
            run.text = ""
    return change


@pytest.mark.parametrize("old, new, official, table", CASES, ids=["two", "three", "four"])
def test_a_part_heading_in_other_words_over_its_table_is_that_part(tmp_path, plain, old, new, official, table):
    """Part 三 of the sample has a sentence over table 三: it stays in 三, not a （一） of 六."""
    result, data = changed_docx(plain[0], tmp_path, _retitled(old, new), PLUGINS)
    assert data == plain[1]
    assert [(f.severity, f.message) for f in result.findings] == [
        (NOTE, f"部分标题“{new}”与国办公开办函〔2021〕30号的“{official}”措辞不同，其下是{table}，已按这一部分导入"
               "（重新排版时印规定的标题）")]


def test_check_finds_nothing_in_a_report_whose_table_part_is_worded_otherwise(tmp_path, plain):
    old, new, _, _ = CASES[1]
    result, _ = changed_docx(plain[0], tmp_path, _retitled(old, new), PLUGINS)
    checked = CliRunner().invoke(cli, ["check", str(tmp_path / "changed.docx")])
    assert checked.exit_code == 0, checked.output
    assert ": warning:" not in checked.output and "未发现问题" in checked.output


def test_a_heading_over_two_statistics_tables_is_still_none_of_the_six(tmp_path, plain):
    """Tables 三 and 四 under one heading (三、附表): which part it is cannot be told, so it stays a part that is none
    of the six, as before, its tables still read."""
    def change(document):
        _retitled("三、收到和处理政府信息公开申请情况", "三、附表")(document)
        heading = paragraph_starting(document, "四、政府信息公开行政复议、行政诉讼情况")
        heading._p.getparent().remove(heading._p)
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert data["tables"] == plain[1]["tables"]
    assert any(f.message.startswith("“三、附表”不是国办公开办函〔2021〕30号的六个部分之一") for f in result.findings)
