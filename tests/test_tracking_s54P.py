"""Both PDFs space the body's letters alike (``Geometry.tracking_pt``, a whole number of Pango's 1/1024 px): a line of
more than 28 characters, digits or a web address among the Chinese, that just fits holds the same characters in each.
The WeasyPrint PDF had -0.21 pt (-286/1024 px as Pango takes it), the Typst PDF -0.2147 pt, 0.005 pt a character
tighter: such a line kept its last one or two characters in the Typst PDF and carried them down in the WeasyPrint PDF,
and the two PDFs parted the pages of a long report differently from there on."""
from __future__ import annotations

import layout_measure as lm

OPENING = "统计局每季度开展一次政务公开自查，对问题逐项登记并"
#: Each paragraph's second line just fits: 38 characters with a telephone number and two times, 45 with a web address.
TEXTS = [OPENING + "咨询电话0000-8765432，工作日上午8:30至12:00接听。群众可登门查询已公开的统计资料。",
         OPENING + "www.example.gov.cn/xxgk/index.html查阅公开目录。对照“五公开”清单核实每项信息的发布时间。"]


def test_a_line_that_just_fits_holds_the_same_characters_in_both_pdfs():
    data = {"kind": "work-summary", "year": 2023, "agency": "某市统计局", "preamble": TEXTS,
            "work": [{"heading": "主要工作", "content": ["全年完成各项公开任务。"]}], "problems": ["培训次数偏少。"],
            "plan": ["下一年继续做好公开工作。"], "date": "2024-01-10"}
    found = lm.lines_in_both_pdfs(data)
    lines = {engine: [printed[lm._plain(text)][1] for text in TEXTS] for engine, (_, printed) in found.items()}
    assert lines == dict.fromkeys(("weasyprint", "typst"), ["询电话0000-8765432，工作日上午8:30至12:00接听。群众可登",
                                                           "www.example.gov.cn/xxgk/index.html查阅公开目录。对照“五"])
