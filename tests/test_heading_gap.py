"""A heading right after a table (an annual report's 四、 under 表三, a plan's part heading under its task table) stands
as far below the table's bottom rule as a heading stands below a paragraph's last line, in both PDFs and the DOCX;
and the foot of a page is measured from line boxes, not glyph bottoms (tests/layout_measure.py)."""
from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from lxml import etree

import layout_measure as lm
import test_layout as tl
from reportkit.blocks import Cell, Document, Heading, Paragraph, Table
from reportkit.layout import Geometry
from reportkit.pipeline import render

ROOT = Path(__file__).resolve().parents[1]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
G = Geometry()


def _table(label: str) -> Table:
    return Table([[Cell("事项", header=True), Cell("件数", header=True)],
                  [Cell(f"{label}登记", align="left"), Cell("14")], [Cell(f"{label}办结", align="left"), Cell("9")]],
                 [3, 1])


#: Headings of both faces a table can precede (一、 黑体, （一） 楷体), each once after a paragraph and once after a table.
BLOCKS = [
    Paragraph("现将本机关本年度有关工作情况报告如下。"),
    Heading(1, "一、", "年度工作概况"),
    Paragraph("本年度按照统一部署推进各项工作，逐月梳理公开事项并核对栏目内容。"),
    Heading(2, "（一）", "主动公开情况"),
    Paragraph("全年新增公开条目较上年有所增加，重点领域信息按时发布。"),
    _table("主动公开"),
    Heading(2, "（二）", "依申请公开情况"),
    Paragraph("申请数量与上年大致持平，全部在法定期限内答复。"),
    _table("依申请公开"),
    Heading(1, "二、", "下一步工作安排"),
    Paragraph("继续完善工作机制，加强培训与督促检查。"),
]


def _document(plugins):
    document, layout = tl._prepare(ROOT / "examples" / "sample-2021.yaml", plugins)
    return dataclasses.replace(document, blocks=[document.blocks[0], *BLOCKS]), layout


def _gaps(pdf: bytes, g: Geometry) -> dict[str, tuple[str, float]]:
    """Per heading: what stands above it (``"table"`` or ``"paragraph"``) and the room between, in points: from the
    table's bottom rule, or the paragraph's last line's em box, to the top of the heading's em box."""
    gaps = {}
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page, lines = doc.pages[0], lm.measure(pdf, g)[0].lines
        rules = [e["bottom"] for e in page.edges if e["orientation"] == "h"]
        for block in BLOCKS:
            if not isinstance(block, Heading):
                continue
            at = next(i for i, line in enumerate(lines) if lm._plain(line.text) == block.number + block.text)
            line, above = lines[at], lines[at - 1]
            top = line.baseline - (1 - lm.EM_DESCENT) * line.size
            rule = max((y for y in rules if above.bottom < y < line.top), default=None)
            if rule is not None:
                gaps[block.number] = "table", top - rule
            else:
                gaps[block.number] = "paragraph", top - (above.baseline + lm.EM_DESCENT * above.size)
    return gaps


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_heading_after_a_table_has_the_room_it_has_after_a_paragraph(fmt, plugins):
    """Both headings of each level, one under a paragraph and one under a table, stand as far below it (±1 pt). A line
    box puts half the leading under its text, a table nothing under its rule: the heading stood 6.5 pt closer."""
    document, layout = _document(plugins)
    result = render(document, layout, fmt, plugins.registry)
    gaps = _gaps(result.data, layout.geometry)
    assert [kind for kind, _ in gaps.values()] == ["paragraph", "paragraph", "table", "table"]
    for after_paragraph, after_table in (("一、", "二、"), ("（一）", "（二）")):
        assert gaps[after_table][1] == pytest.approx(gaps[after_paragraph][1], abs=1.0), gaps


def test_the_docx_heading_after_a_table_takes_the_half_leading_before_it(plugins):
    """The DOCX's heading paragraph after a table (and no other) has spacing before it: half the leading of the exact
    line (the Normal style's, in twips), as much as the PDFs add, so the DOCX breaks its pages where they do."""
    document, layout = _document(plugins)
    data = render(document, layout, "docx", plugins.registry).data
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(W + "body")
        styles = etree.fromstring(package.read("word/styles.xml"))
    normal = styles.find(f"{W}style[@{W}styleId='Normal']/{W}pPr/{W}spacing")
    half_leading = (int(normal.get(W + "line")) - 20 * layout.geometry.body_size_pt) / 2
    before = {}
    for element, previous in zip(body[1:], body):
        style = element.find(f"{W}pPr/{W}pStyle")
        if element.tag == W + "p" and style is not None and style.get(W + "val").startswith("Heading"):
            spacing = element.find(f"{W}pPr/{W}spacing")
            before["".join(element.itertext())] = (previous.tag == W + "tbl",
                                                   None if spacing is None else int(spacing.get(W + "before")))
    assert before == {"一、年度工作概况": (False, None), "（一）主动公开情况": (False, None),
                      "（二）依申请公开情况": (True, round(half_leading)), "二、下一步工作安排": (True, round(half_leading))}
    # The PDFs' margin, (line height − 1 em) / 2, in twips: the same to a twip.
    assert abs(half_leading - 20 * (G.line_pitch_pt - G.body_size_pt) / 2) <= 1


def _line(text: str, box_top: float) -> lm.Line:
    """A body line whose line box begins at ``box_top``, its glyph box where the WeasyPrint PDF puts a 仿宋 line's."""
    baseline = box_top + (G.line_pitch_pt - G.body_size_pt) / 2 + (1 - lm.EM_DESCENT) * G.body_size_pt
    return lm.Line(text, 79.4, 521.6, baseline - (1 - lm.EM_DESCENT) * G.body_size_pt,
                   baseline + lm.EM_DESCENT * G.body_size_pt, baseline, G.body_size_pt)


@pytest.mark.parametrize("room, found", [(23.0, []), (35.0, ["p1: 35.0pt free at the foot"])])
def test_foot_room_measures_from_the_last_line_box_after_a_table(room, found):
    """A table, then ten lines of a paragraph that runs on to the next page with three: the page's foot has ``room``
    under the last line box. 23 pt holds no further line (a line box is 28.99 pt): measured from the glyphs' bottom,
    half the leading higher, it looked like 29.5 pt, a page short of a line. 35 pt does hold one."""
    block = (79.4, G.margin_top_mm * lm.MM, 521.6, (G.page_height_mm - G.margin_bottom_mm) * lm.MM)
    rule = block[3] - room - 10 * G.line_pitch_pt
    chunks = [f"第{n:02d}行的文字" for n in range(13)]
    first = lm.Page(1, [lm.Line("事项件数", 100, 400, rule - 14, rule - 3.5, rule - 5, G.table_size_pt),
                        *[_line(text, rule + i * G.line_pitch_pt) for i, text in enumerate(chunks[:10])]],
                    block, None, [lm.Row(block[1], rule, "事项件数", False)])
    second = lm.Page(2, [_line(text, block[1] + i * G.line_pitch_pt) for i, text in enumerate(chunks[10:])],
                     block, None, [])
    document = Document("标题", "作者", [_table("主动公开"), Paragraph("".join(chunks))])
    assert lm.lines_per_full_page([first, second], document, G) == {1: 10}
    assert lm.foot_room([first, second], document, G) == found
