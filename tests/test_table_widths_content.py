"""A clerk's table without `widths` (an attachment's, a part's): columns as wide as their texts ask
(attachments.content_widths), so a 序号 column does not take a fifth of the page while 公开内容 wraps line after line,
and short labels print on one line in every output. Given `widths` still win. The table is written for these tests."""
from __future__ import annotations

import io

import docx
import pdfplumber
import pytest

from _kinds import EXAMPLES
from reportkit.testing import render

BASE = (EXAMPLES / "sample-2021.yaml").read_text(encoding="utf-8")
COLUMNS = ["序号", "事项", "公开内容", "责任单位", "完成时限"]
ROWS = [
    ["1", "财政预决算", "部门预算、决算及说明，“三公”经费预决算情况", "财务股", "按规定时限"],
    ["2", "行政执法信息", "执法主体、执法依据、执法程序、执法结果和救济渠道", "执法大队", "2023年6月30日前"],
    ["3", "重大建设项目", "项目批准、实施和招标投标情况", "项目股", "常态化"],
    ["4", "政策解读", "本局制发的规范性文件同步解读", "办公室", "文件印发后3个工作日内"],
]
#: Texts that fit on a line of their column once it is as wide as they ask (with equal widths most wrapped).
ONE_LINE = ["序号", "行政执法信息", "重大建设项目", "责任单位", "执法大队", "2023年6月30日前", "文件印发后3个工作日内"]


def data(widths: list[float] | None = None) -> str:
    lines = ["attachments:", "  - title: 重点领域信息公开任务清单", "    table:", f"      columns: [{', '.join(COLUMNS)}]"]
    lines += [f"      widths: {widths}"] if widths else []
    lines += ["      rows:"] + [f"        - [{', '.join(row)}]" for row in ROWS]
    return BASE + "\n" + "\n".join(lines) + "\n"


def grid_widths(docx_bytes: bytes) -> list[int]:
    table = docx.Document(io.BytesIO(docx_bytes)).tables[-1]
    return [int(col.get(docx.oxml.ns.qn("w:w"))) for col in table._tbl.tblGrid.findall(docx.oxml.ns.qn("w:gridCol"))]


def test_the_docx_gives_each_column_the_width_its_texts_ask():
    widths = grid_widths(render(data(), formats=("docx",)).docx)
    assert len(widths) == 5
    number, item, content, unit, deadline = widths
    assert number * 4 < content and unit < content and item < content, widths
    assert deadline > unit > number, widths


def test_given_widths_still_win():
    widths = grid_widths(render(data([1, 1, 1, 1, 1]), formats=("docx",)).docx)
    assert max(widths) - min(widths) <= 2, widths


def _lines(page, text: str) -> int:
    """How many lines the characters of ``text`` (found as a run in the page's character stream) take."""
    chars = [c for c in page.chars if c["text"].strip()]
    stream = "".join(c["text"] for c in chars)
    start = stream.index(text)
    return len({round(c["top"]) for c in chars[start:start + len(text)]})


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_short_labels_print_on_one_line_and_the_table_fills_the_block(engine):
    pdf = render(data(), formats=("pdf",), engine=engine).pdf
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        page = opened.pages[-1]
        assert {text: _lines(page, text) for text in ONE_LINE} == dict.fromkeys(ONE_LINE, 1)
        edges = [e for e in page.edges if e["orientation"] == "v"]
        left, right = min(e["x0"] for e in edges), max(e["x1"] for e in edges)
    assert abs((right - left) - 156 * 72 / 25.4) < 2  # the text block's width, 156 mm
