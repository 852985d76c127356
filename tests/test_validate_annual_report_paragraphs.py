"""A clerk's annual report data gets the paragraph checks of a work summary's (WS2) as the rule ``paragraphs``: a number
typed as a heading's, a date typed day first, half-width brackets …; every example still passes with no warning, and
``check`` leaves them out of a published report's findings (it is read back as printed)."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from test_import_published import _checked, _page

from _data_helpers import changed, run
from reportkit.cli import cli

ROOT = Path(__file__).parents[1]
REPORT = (ROOT / "examples" / "sample-2021.yaml").read_text("utf-8")
REPORT_2008 = (ROOT / "examples" / "nanning-2008.yaml").read_text("utf-8")
PARAGRAPH = "            - 乡镇国土空间总体规划草案在批前全部公示30日，公示期间收到并答复意见41条。"


def test_a_number_typed_in_an_annual_report_s_paragraph_is_a_warning(tmp_path):
    """It passed silently, and printed like a numbered heading inside the text."""
    text, line = changed(REPORT, PARAGRAPH, "            - 1.乡镇国土空间总体规划草案在批前全部公示30日。")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 0
    assert out[:-1] == [f"data.yaml:{line}:15: warning: 这一段以“1.”开头，印出来像一个编号的小标题：要作小标题，写成 "
                        "{heading: 标题, content: [段落]}，编号由 reportkit 生成；要作正文，去掉“1.”（paragraphs）"]


def test_a_date_typed_day_first_in_a_2008_report_is_a_warning(tmp_path):
    old = next(row for row in REPORT_2008.splitlines() if row.startswith("    content:"))
    text, line = changed(REPORT_2008, old, old + "\n      - 本局于15/03/2008起在网站开设公开专栏。")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 0
    assert out[:-1] == [f"data.yaml:{line + 1}:12: warning: “15/03/2008”是日/月/年的次序，会照原样印出：写作 2008年3月15日（paragraphs）"]


def test_every_example_validates_with_no_warning():
    result = CliRunner().invoke(cli, ["validate", *map(str, sorted((ROOT / "examples").glob("*.yaml")))])
    assert result.exit_code == 0
    assert all(": 通过 " in line for line in result.output.splitlines()), result.output


def test_check_leaves_a_published_report_s_paragraphs_as_printed(tmp_path):
    """A reviewer checks a report as published: how its paragraphs were typed is no finding of it."""
    page = _page(tmp_path, ("局门户网站是本局公开信息的主渠道", "局门户网站(含移动端)是本局公开信息的主渠道"))
    code, rows = _checked(tmp_path, page)
    assert not [row for row in rows if row["rule"] == "paragraphs" or "半角括号" in row["message"]], rows
    result = CliRunner().invoke(cli, ["import", str(page), "-o", str(tmp_path / "clerk.yaml")])
    assert "“(含移动端)”用了半角括号" in result.output  # imported for a clerk to edit, the data is the clerk's
