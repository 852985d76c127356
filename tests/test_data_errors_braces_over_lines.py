"""An English colon and a blank inside a value in braces that go over several lines: pointed at, with the fix, as on one
line (it was YAML's word that the braces were not closed, at the brace)."""
from __future__ import annotations

from pathlib import Path

import pytest

from _data_helpers import changed, run

ROOT = Path(__file__).parents[1]
REPORT_2008 = (ROOT / "examples" / "nanning-2008.yaml").read_text("utf-8")
CATEGORY = "        - {name: 政策法规类信息, count: 66, share: 61.7%}"
COUNT_FIX = ("若“66”是条数，要单独填在 count 里，写成 {name: 政策法规类信息, count: 66}，或分两行写 name: 政策法规类信息 和 count: 66；")


@pytest.mark.parametrize(("typed", "line", "col", "said", "fix"), [
    ("        - {name: 政策法规类信息:\n           66, share: 61.7%}", 0, 25, "name: 政策法规类信息: 66", COUNT_FIX),
    ("        - {name: 政策法规类信息, share: 61.7%,\n           note: 重点领域: 规划信息}", 1, 22, "note: 重点领域: 规划信息", ""),
    ("        - {\n           name: 政策法规类信息: 66,\n           share: 61.7%}", 1, 25, "name: 政策法规类信息: 66", COUNT_FIX),
], ids=["count-on-the-next-line", "colon-on-the-second-line", "brace-alone"])
def test_a_colon_in_braces_over_lines_is_pointed_at_with_the_fix(tmp_path, typed, line, col, said, fix):
    text, first = changed(REPORT_2008, CATEGORY, typed)
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{first + line}:{col}: error: YAML 语法错误：花括号里“{said}”的值中又有英文冒号加空格，YAML 把它当成了"
                   f"又一个键，读不下去：{fix}若冒号是文字的一部分，请给这段文字加引号，或改用中文冒号“：”"]


def test_braces_left_open_over_lines_keep_their_message(tmp_path):
    """No colon in a value: the braces really are not closed, said where they open."""
    text, first = changed(REPORT_2008, CATEGORY, "        - {name: 政策法规类信息,\n           count: 66")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert len(out) == 1 and out[0].startswith(f"data.yaml:{first}:11: error: YAML 语法错误：花括号 {{ }} 没有配对"), out
