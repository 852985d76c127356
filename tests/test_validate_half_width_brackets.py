"""Half-width brackets around Chinese typed in a title, a heading, a paragraph or the agency's name ((一), (试行)):
GB/T 9704 prints them full-width, so each is a warning at the bracket with the full-width form; not in a web address,
code-like text, or around Latin letters and digits only."""
from __future__ import annotations

from pathlib import Path

import pytest

from _data_helpers import changed, run

ROOT = Path(__file__).parents[1]
REPORT = (ROOT / "examples" / "sample-2021.yaml").read_text("utf-8")
SUMMARY = (ROOT / "examples" / "suzhou-2016-work-summary.yaml").read_text("utf-8")
PARAGRAPH = "            - 乡镇国土空间总体规划草案在批前全部公示30日，公示期间收到并答复意见41条。"
HEADING = "        - heading: 执法和处罚信息"


def _said(text: str, old: str, new: str, tmp_path) -> tuple[int, list[str]]:
    text, line = changed(text, old, new)
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 0, out
    return line, out[:-1]


def _warning(piece: str, meant: str, rule: str = "paragraphs") -> str:
    return f"warning: “{piece}”用了半角括号（英文输入法下打的）：公文（GB/T 9704）里汉字外的括号是全角的，请改为“{meant}”（{rule}）"


@pytest.mark.parametrize(("old", "new", "col", "piece", "meant"), [
    (PARAGRAPH, "            - 乡镇国土空间总体规划草案(征求意见稿)在批前全部公示30日。", 27, "(征求意见稿)", "（征求意见稿）"),
    (PARAGRAPH, "            - 按《某县规划公示办法（试行)》公示30日。", 25, "（试行)", "（试行）"),
    (HEADING, "        - heading: 执法和处罚信息(含行政检查)", 27, "(含行政检查)", "（含行政检查）"),
    ("agency: 某县自然资源局", "agency: 某县自然资源局(某县林业局)", 16, "(某县林业局)", "（某县林业局）"),
], ids=["paragraph", "one-of-two", "heading", "agency"])
def test_half_width_brackets_around_chinese_are_a_warning_at_them(tmp_path, old, new, col, piece, meant):
    """They passed, and printed half-width among the full-width text."""
    line, out = _said(REPORT, old, new, tmp_path)
    assert out == [f"data.yaml:{line}:{col}: {_warning(piece, meant)}"]


def test_several_in_a_paragraph_are_one_warning_counting_them(tmp_path):
    line, out = _said(REPORT, PARAGRAPH, "            - 草案(征求意见稿)和说明(附件)一并公示30日。", tmp_path)
    assert out == [f"data.yaml:{line}:17: " + _warning("(征求意见稿)", "（征求意见稿）").replace("”用了", "”等 2 处用了")]


def test_a_work_summary_s_title_is_checked_too(tmp_path):
    old = next(row for row in SUMMARY.splitlines() if row.startswith("title:"))
    line, out = _said(SUMMARY, old, 'title: "苏州市环境保护局2016年政府信息公开工作总结(初稿)"', tmp_path)
    assert out == [f"data.yaml:{line}:32: {_warning('(初稿)', '（初稿）', 'WS2')}"]


@pytest.mark.parametrize("typed", [
    "            - 详见http://www.example.gov.cn/xxgk/公示办法(试行).pdf，公示30日。",
    "            - 按GB/T 9704(2012)排版，公示(30)日。",
    "            - 模板中的函数f(文件)照原样保留。",
    "            - （一）乡镇国土空间总体规划草案在批前全部公示30日。",
], ids=["in-an-address", "latin-and-digits", "code-like", "full-width"])
def test_brackets_that_are_no_slip_pass(tmp_path, typed):
    _, out = _said(REPORT, PARAGRAPH, typed, tmp_path)
    assert not [row for row in out if "半角括号" in row], out


def test_a_typed_heading_number_in_brackets_is_said_once(tmp_path):
    """“(一)” opening a paragraph is a number to take out: not also told to go full-width."""
    line, out = _said(REPORT, PARAGRAPH, "            - (一)乡镇国土空间总体规划草案在批前全部公示30日。", tmp_path)
    assert len(out) == 1 and "印出来像一个编号的小标题" in out[0], out
