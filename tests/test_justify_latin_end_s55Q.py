"""Lines of the WeasyPrint PDF end on the text block's right edge as in the Typst PDF where their letters keep their
spacing: its truncated advances (``cjk_justify._laid``) had left a web address ending a justified Chinese line up to
0.3 pt short of the edge, 0.5 pt left of where the Typst PDF sets it, and a justified English line up to 0.8 pt."""
from __future__ import annotations

import layout_measure as lm
import pytest

from reportkit.layout import Geometry
from reportkit.testing import render

OPENING = "本局按照年度工作要点逐项推进公开事项并及时更新栏目。"
#: Each address ends the paragraph's second line, after Chinese spread across it.
ENDINGS = {"报告全文也可在本局网站https://zrzyj.example-county.gov.cn/": "下载。",
           "群众可以在线办理业务后再登录http://www.zgzx.gov.cn/2023/": "查看。",
           "群众可在线查询办理进度或者登录www.example.gov.cn/xxgk/": "查阅。"}
ENGLISH = ("Every request the county bureau received this year was answered within the statutory time limit, and a "
           "record of each reply was kept for later review by the public and by the supervising office.")


@pytest.fixture(scope="module")
def line_ends():
    """By engine, each paragraph's lines but its last: their text and right end, in points right of the text block's
    right edge."""
    g = Geometry()
    data = {"kind": "work-summary", "year": 2023, "agency": "某市统计局",
            "preamble": [OPENING + line + rest for line, rest in ENDINGS.items()] + [ENGLISH],
            "work": [{"heading": "主要工作", "content": ["全年完成各项公开任务。"]}], "problems": ["培训次数偏少。"],
            "plan": ["下一年继续做好公开工作。"], "date": "2024-01-10"}
    found = {}
    for engine in ("weasyprint", "typst"):
        result = render(data, formats=("pdf",), engine=engine)
        segments = lm.paragraphs(lm.measure(result.pdf, g), result.document, g)[:len(ENDINGS) + 1]
        found[engine] = [[(lm._plain(line.text), line.x1 - page.block[2]) for page, line in s.lines[:-1]]
                         for s in segments]
    return found


def test_a_web_address_ending_a_justified_line_ends_where_the_typst_pdf_sets_it(line_ends):
    for engine, ends in line_ends.items():
        assert [[text for text, _ in lines] for lines in ends[:-1]] == [[OPENING, line] for line in ENDINGS], engine
    for lines, others in zip(line_ends["weasyprint"][:-1], line_ends["typst"]):
        (text, weasyprint), (_, typst) = lines[1], others[1]
        assert abs(weasyprint - typst) < 0.05, (text, weasyprint, typst)


def test_every_full_line_of_the_weasyprint_pdf_ends_alike(line_ends):
    """The first lines, Chinese spread a little, too: the spacing ``cjk_justify._laid`` found for them, between two of
    Pango's units, was laid out at the one above, ended past its place and was dropped for a thousandth of an em less a
    character, which ended the line 0.09 pt short of the others."""
    ends = [end for lines in line_ends["weasyprint"][:-1] for _, end in lines]
    assert max(ends) - min(ends) < 0.05, line_ends["weasyprint"]


def test_a_justified_english_line_ends_where_the_typst_pdf_sets_it(line_ends):
    """Its words spread at their spaces (as in the Typst PDF), its letters' spacing cut by ``_laid``: the spaces take
    back what that left short (``cjk_justify._respaced``)."""
    english, typst = line_ends["weasyprint"][-1], line_ends["typst"][-1]
    assert len(english) >= 2 and [text for text, _ in english] == [text for text, _ in typst]
    assert max(abs(a - b) for (_, a), (_, b) in zip(english, typst)) < 0.2, (english, typst)
