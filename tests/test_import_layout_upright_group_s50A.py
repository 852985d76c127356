"""A copy keeping the page's layout (pdftotext -layout) of table 三 whose group label （六）其他处理 a tall merged cell
prints upright, a character a line, and a page's foot (blank lines, its number) cuts: （ / 六 / ） over it, 其 / 他 / 处
/ 理 under it. The pieces make the group's label as one cut by no foot does: no finding for each character, and the
rows under the break are table 三's."""
from __future__ import annotations

import re

from _import_helpers import import_text
from test_import_layout_copy import _LAYOUT, _three_row

#: The group's rows in _LAYOUT, and as printed upright, the page's foot after its first row.
_ROWS = _LAYOUT[_LAYOUT.index("         1.申请人无正当理由逾期"):_LAYOUT.index("         3.其他")]
_UPRIGHT = """\
         1.申请人无正当理由逾期
     （  不补正、行政机关不再处    0    0    0     0     0   0    0
     六  理其政府信息公开申请
     ）


                                                          —3—
\f     其  2.申请人逾期未按收费通
     他  知要求缴纳费用、行政机
     处                 0    0    0     0     0   0    0
     理  关不再处理其政府信息公
         开申请
"""


def test_an_upright_group_label_a_page_s_foot_cuts_is_read_whole(tmp_path):
    """Before, （ and 六 were a finding each (拼不进哪一格), and the rows under the break a table of their own, not read:
    表三's last four rows placeholders."""
    text = _LAYOUT.replace(_ROWS, _UPRIGHT)
    result, data = import_text(tmp_path, "layout.txt", text)
    # the pages’ numbers (—1— between paragraphs, —2— in table 三, —3— under the label’s first characters) are said, nothing else
    assert [(f.place, f.message) for f in result.findings if not re.search("“—[1-3]—”", f.message)] == []
    three = data["tables"]["applications"]
    for key in ("overdue_correction", "overdue_fee", "other"):
        assert _three_row(three, "results", "other_handling", key) == [0] * 7
    assert _three_row(three, "results", "total") == [17, 3, 0, 0, 1, 0, 21]
    assert _three_row(three, "carried_forward") == [0, 1, 0, 0, 0, 0, 1]
    assert [f.place for f in result.findings if "—3—" in f.message] == [
        f"第 {text.split(chr(10)).index(' ' * 58 + '—3—') + 1} 行"]
