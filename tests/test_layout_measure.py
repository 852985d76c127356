"""The page measurements themselves (tests/layout_measure.py), on pages made by hand: a check that measures wrong
makes every layout test that uses it wrong."""
from __future__ import annotations

from layout_measure import Line, Page, stranded

from reportkit.blocks import AttachmentNote, Document, Paragraph, Signature
from reportkit.layout import Geometry

G = Geometry()
BLOCK = (79.4, 104.9, 521.6, 745.5)


def _line(text: str, row: int) -> Line:
    top = BLOCK[1] + row * 28.9
    return Line(text, BLOCK[0], BLOCK[2], top, top + G.body_size_pt, top + G.body_size_pt, G.body_size_pt)


def _pages(*texts: list[str]) -> list[Page]:
    return [Page(n, [_line(text, row) for row, text in enumerate(lines)], BLOCK, None, [])
            for n, lines in enumerate(texts, start=1)]


def test_a_wrapped_signature_organ_counts_as_the_lines_it_takes():
    """A 附件说明 of 16 lines, then a 署名 whose organ wraps onto a second line and the date: 16 + 2 + 3 + 2 lines
    cannot share a 22-line page, so two of the note's lines ride with the signature and none of the last
    paragraph's need to. Counting the organ as one line (the signature's texts) asked for the paragraph's two lines."""
    organ = "某某省某某市某某县人民政府办公室政务公开与政府信息公开工作领导小组办公室"
    items = [f"第{n}件附件的名称写得足够长以至于占满一整行的宽度" for n in range(1, 17)]
    document = Document("标题", "作者", [Paragraph("正文第一行正文第二行"), AttachmentNote(items),
                                        Signature([organ], "2026年12月3日")])
    page_one = ["正文第一行", "正文第二行", *items[:14]]
    page_two = [*items[14:], organ[:28], organ[28:], "2026年12月3日"]
    assert G.lines_per_page == 22
    assert stranded(_pages(page_one, page_two), document, G) == []
    # The same pages with the signature's two lines before the note's end: the note rides with nothing.
    page_one = ["正文第一行", "正文第二行", *items]
    page_two = [organ[:28], organ[28:], "2026年12月3日"]
    assert stranded(_pages(page_one, page_two), document, G) == ["p2: the signature has 0 of the 附件说明's lines"]
