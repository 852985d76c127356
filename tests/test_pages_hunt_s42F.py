"""Text lengths the examples do not have, in both PDF engines (session 42, helper F).

A half-width colon or semicolon a clerk typed between Chinese and digits ("联系电话:12345678901") came at a line's end:
the WeasyPrint PDF broke after it, as Pango does, the Typst PDF carried the Chinese character before it to the next
line with the digits (Unicode's rules let no line break before the colon nor between it and a digit); so did it carry
"No." with the "5" after it, where Pango breaks too. A "/" before digits after Chinese ("简报/2023年") started a line
in the Typst PDF: the box the template sets the digits' run in let a line break before it. Measured with pdfplumber.
"""

from __future__ import annotations

import pytest

import layout_measure as lm
from reportkit.layout import Geometry
from test_pages_lengths_s41 import per_engine, report_with

G = Geometry()
#: Paragraphs whose first line (26 characters after the indent) ends at a half-width sign, and their second line: the
#: digits after a colon or "No." start it, a "/" does not.
AT_LINE_END = {
    "来电咨询由局办公室统一受理登记并当日转办，联系电话:12345678901;邮编:550000。": "12345678901;邮编:550000。",
    "投诉举报由局办公室受理登记后当日转办，另设专线电话:12345678902。": "12345678902。",
    "依申请公开的办理情况按季度汇总通报，统计截至时间:2023年12月31日。": "2023年12月31日。",
    "本年度修订的依申请公开办理规程已印发各科室执行即No.5第二版规程。": "5第二版规程。",
    "全年编发的工作信息全部收入局里编印的政务公开工作简报/2023年合订本，供群众查阅。": "报/2023年合订本，供群众查阅。",
}


@pytest.fixture(scope="module")
def pdfs():
    """The report's PDF from each engine."""
    return per_engine(report_with(list(AT_LINE_END), "已公开"))


def _two_lines(pdf: bytes, text: str) -> list[lm.Line]:
    lines = [line for page in lm.measure(pdf, G) for line in page.lines]
    at = next(i for i, line in enumerate(lines) if line.text.replace(" ", "").startswith(text[:12]))
    return lines[at : at + 2]


@pytest.mark.parametrize("engine", ["typst", "weasyprint"])
def test_a_line_breaks_after_a_half_width_colon_before_digits_and_never_before_a_slash(pdfs, engine):
    """The colon ends the first line, justified to the right edge, and the digits start the next: the Typst PDF began
    it with "话:1234…", "间:2023…", "No.5", the first line a character short. The Chinese character before a "/" goes with it,
    as in the WeasyPrint PDF: the Typst PDF began the line with "/2023年"."""
    pdf = pdfs(engine)
    right = lm.measure(pdf, G)[0].block[2]
    wrong = []
    for text, rest in AT_LINE_END.items():
        first, second = _two_lines(pdf, text)
        if [first.text.replace(" ", ""), second.text.replace(" ", "")] != [text[: -len(rest)], rest]:
            wrong.append([first.text, second.text])
        elif abs(first.x1 - right) > lm.EDGE_TOLERANCE_PT:
            wrong.append([first.text, f"{first.x1 - right:+.1f} pt from the right edge"])
    assert wrong == []
