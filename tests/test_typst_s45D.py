"""The Typst PDF beside the WeasyPrint PDF where a run of Latin letters or digits cannot break and is too long for what
follows it on a line: in a 署名, the 附件说明, a title, an attachment's title, the 主送, a heading, the 抄送 and a table's
cell.

Such a run starts a line, and breaks inside only where it is wider than a line of its own, as the WeasyPrint PDF breaks
it (CSS ``overflow-wrap: anywhere``). The Typst PDF cut it a character a piece wherever it was wider than a line and
filled the line before it with its first letters ("某县SHENZHEN…INFOR" and "MATION办公室": a 署名 of three lines printed
in two; a heading's ran past the text block); a heading's line before it is justified, as in the WeasyPrint PDF. The
Typst PDF took a 署名's line as 4 characters narrower than it is (the organ's stands 2 from the right, §7.3.5.2), and
broke a 51-letter name that fits a line of its own; it measured the 抄送 in the body's type, and let 40 capitals run
into the character the 版记 keeps clear at its right; and it broke a cell's “12369”“12345” inside a number
("“12369”“123|45”"), where the WeasyPrint PDF breaks between the quotation marks.
"""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

import pytest
import yaml

import layout_measure as lm
from reportkit.layout import Geometry
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
CAPITALS = "SHENZHENMUNICIPALBUREAUOFDATAINFORMATION"  # 40 letters, wider than a line less 2 characters
NAME = "ShenzhenMunicipalBureauOfDataAndInformationServices"  # 51 letters, a line of its own holds them
LONGER = CAPITALS + "ABCDEFGH"  # wider than the text block
DATE = "2017年1月10日"


def _data() -> dict:
    """A red-head work summary of one line a part, its names holding those runs."""
    data = yaml.safe_load((ROOT / "examples" / "suzhou-2016-work-summary.yaml").read_text(encoding="utf-8"))
    data |= {
        "layout": "redhead",
        "plugins": {
            "reportkit-gbt9704-redhead": {
                "organ_mark": "某县数据中心文件",
                "number": "某数发〔2017〕2号",
                "copy_to": [f"某县{CAPITALS}办公室", "某县人民政府办公室"],
                "printer": "某县数据中心办公室",
                "printed_on": "2017-01-12",
            }
        },
        "addressee": f"某县人民政府办公室、某县{LONGER}办公室",
        "title": f"某县{CAPITALS}数据中心2016年政府信息公开工作总结",
        "preamble": ["本年度的公开工作按计划完成。"],
        "work": [
            {"heading": f"建设{LONGER}平台", "content": ["全年在网站发布信息四百余条。"]},
            {
                "heading": "关于进一步规范乡镇和村两级公开栏内容更新频次及其与门户网站目录逐条对应关系"
                f"并按季度通报各乡镇整改结果的具体工作安排{LONGER}",
                "content": ["按季度通报。"],
            },
        ],
        "problems": ["个别栏目更新不够及时。"],
        "plan": ["下一年逐月检查各栏目。"],
        "signature": [f"某县{CAPITALS}办公室", f"深圳市{NAME}局"],
        "attachments": [
            {"title": f"某县{CAPITALS}系统数据清单", "content": ["清单按科室排列。"]},
            {
                "title": "热线受理情况",
                "table": {
                    "columns": ["序号", "渠道", "受理情况说明"],
                    "widths": [1, 2, 8],
                    "rows": [["1", "通过来信来访以及“12369”“12345”热线等渠道", "全部按期办结，结果逐件告知来电人。"]],
                },
            },
        ],
    }
    return data


@functools.cache
def _printed() -> dict[str, tuple[bytes, list[lm.Page]]]:
    data = _data()
    found = {}
    for engine in ("weasyprint", "typst"):
        pdf = render(data, formats=("pdf",), engine=engine).pdf
        found[engine] = pdf, lm.measure(pdf, Geometry())
    return found


def _lines(engine: str, big: bool = True) -> list[str]:
    """Every line of body type (``big``) or of a table's type, in order."""
    return [
        lm._plain(line.text)
        for page in _printed()[engine][1]
        for line in page.lines
        if (line.size > lm.TABLE_TYPE_PT) == big
    ]


def _from(lines: list[str], first: str, count: int) -> list[str]:
    """``count`` lines from the first that is ``first``."""
    assert first in lines, lines
    start = lines.index(first)
    return lines[start : start + count]


def test_a_signature_starts_a_line_with_a_run_too_long_for_the_rest_of_it():
    """40 capitals after 某县: 某县 alone, the run broken where it fills its line, 办公室 after its end (3 lines, as the
    WeasyPrint PDF prints it; the Typst PDF had 2). 51 letters after 深圳市 fit a line of their own: not broken."""
    expected = ["2.热线受理情况", "某县", CAPITALS[:-2], CAPITALS[-2:] + "办公室", "深圳市", NAME, "局", DATE]
    assert _from(_lines("typst"), expected[0], 8) == expected  # the 附件说明's last line, then the 署名
    assert _from(_lines("weasyprint"), expected[0], 8) == expected


@pytest.mark.parametrize(
    "first, lines",
    [
        ("附件：1.某县", [CAPITALS[:-8], CAPITALS[-8:] + "系统数据清单"]),  # the 附件说明
        ("某县", ["SHENZHENMUNICIPALBUREAUOFDA", "TAINFORMATION数据中心2016年政府"]),  # the title
        ("附件1", ["某县", "SHENZHENMUNICIPALBUREAUOFDA", "TAINFORMATION系统数据清单"]),  # an attachment's title
        ("抄送：某县", [CAPITALS[:-2], CAPITALS[-2:] + "办公室，某县人民政府办公室。"]),  # the 版记
        ("某县人民政府办公室、某县", [CAPITALS, "ABCDEFGH办公室："]),  # the 主送
        ("（一）建设", [LONGER[:43], LONGER[43:] + "平台"]),  # a heading (it ran past the right edge)
    ],
)
def test_a_line_starts_with_such_a_run(first, lines):
    assert _from(_lines("typst"), first, len(lines) + 1) == [first, *lines]
    assert _from(_lines("weasyprint"), first, len(lines) + 1) == [first, *lines]


def test_a_heading_s_line_before_such_a_run_is_justified():
    """（一）建设 alone on its line, spread to the text block's right edge in both PDFs."""
    right = (Geometry().page_width_mm - Geometry().margin_right_mm) * lm.MM
    for engine in ("typst", "weasyprint"):
        lines = _printed()[engine][1]
        (line,) = [line for page in lines for line in page.lines if lm._plain(line.text) == "（一）建设"]
        assert abs(line.x1 - right) < 1, (engine, line.x1, right)


def test_a_cell_breaks_between_quoted_numbers_not_inside_one():
    """The 渠道 cell, 7 characters wide: “12369” ends a line, “12345”热线 starts the next (the Typst PDF broke 12345)."""
    for engine in ("typst", "weasyprint"):
        lines = _lines(engine, big=False)
        assert "及“12369”" in lines and "“12345”热线" in lines, (engine, lines)


def test_both_pdfs_print_the_same_lines_and_text():
    for big in (True, False):
        assert _lines("typst", big) == _lines("weasyprint", big)
    chars = {
        engine: Counter(lm._plain("".join(line.text for page in pages for line in page.lines + page.below)))
        for engine, (_, pages) in _printed().items()
    }
    assert chars["typst"] == chars["weasyprint"]
    assert len(_printed()["typst"][1]) == len(_printed()["weasyprint"][1])


def test_no_typst_ink_right_of_the_text_block():
    """The second heading's line "具体工作安排SHENZHEN…" ran past it."""
    assert lm.inked_right_of_the_text_block(_printed()["typst"][0]) == []
