"""A site's buttons under the article's title with no link a page reader can see (【打印】【关闭】 typed as text, their
script added by the page; 字体：大 中 小 as plain words) are the site's, not the preamble: each is left out with a
finding, and the preamble is the report's own first paragraph."""
from __future__ import annotations

import re

import pytest
import yaml

from _import_helpers import imported

PREAMBLE = "本报告由本局根据条例和上级要求编制，所列数据的统计期限为2023年1月1日至12月31日。"


@pytest.mark.parametrize("buttons", ["【打印本页】【关闭窗口】", "[打印] [关闭]", "字体：大 中 小", "【字体：大 中 小】【打印】",
                                     "字体 大 中 小"])
def test_a_row_of_buttons_under_the_title_is_no_preamble(tmp_path, buttons):
    page = tmp_path / "report.html"
    page.write_text(
        '<html><head><meta charset="utf-8"></head><body><h1>某县交通运输局2023年政府信息公开工作年度报告</h1>'
        f"<div>{buttons}</div><p>{PREAMBLE}</p><h2>一、总体情况</h2><p>全年主动公开信息312条，依法办理申请。</p>"
        "</body></html>", encoding="utf-8")
    result = imported(page, tmp_path, draft=True)
    written = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert written["preamble"] == [PREAMBLE]
    shown = re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", buttons)  # as the page shows Chinese text: unspaced
    assert [f.message for f in result.findings if shown[:3] in f.message] == [f"标题之后的网页信息“{shown}”未导入"]
