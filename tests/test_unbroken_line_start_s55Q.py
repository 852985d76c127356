"""A run of letters wider than a line, joined to the Chinese before it by a sign no line may start with (“%”, “.”),
breaks inside in the WeasyPrint PDF as at a line's start: WeasyPrint's ``overflow-wrap: anywhere`` broke a text box
only where it began its line, and the character before the sign (no break between them) began it, so the run went
past the text block's right edge whole, 22 to 46 pt (``cjk_justify._unbroken_before``)."""
from __future__ import annotations

import layout_measure as lm
import pytest

from reportkit.layout import Geometry
from reportkit.testing import render

ADDRESS = "www.examplecounty.gov.cn" * 2 + "www.example.gov.cn"
TEXTS = ["各科室逐项办理%" + ADDRESS + "，另行公布。", "详情请登录本局网站." + ADDRESS + "）查阅。"]


@pytest.fixture(scope="module")
def printed():
    data = {"kind": "work-summary", "year": 2023, "agency": "某市统计局", "preamble": TEXTS,
            "work": [{"heading": "主要工作", "content": ["全年完成各项公开任务。"]}], "problems": ["培训次数偏少。"],
            "plan": ["下一年继续做好公开工作。"], "date": "2024-01-10"}
    result = render(data, formats=("pdf",))
    return result.document, lm.measure(result.pdf, Geometry())


def test_a_run_wider_than_a_line_after_a_sign_breaks_inside_the_text_block(printed):
    document, pages = printed
    segments = lm.paragraphs(pages, document)[:len(TEXTS)]
    assert [s.text for s in segments] == [lm._plain(text) for text in TEXTS]  # every character printed, in order
    outside = [(line.text, round(line.x1 - page.block[2], 1)) for s in segments for page, line in s.lines
               if line.x1 > page.block[2] + lm.EDGE_TOLERANCE_PT]
    assert outside == []
    assert all(len(s.lines) == 3 for s in segments), [[line.text for _, line in s.lines] for s in segments]
