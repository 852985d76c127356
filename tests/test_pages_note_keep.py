"""An item of the 附件说明 never splits across pages: long attachment names of 4 lines at the places near a page's
foot listed at NOTES (the note whole on one page, broken before its last one, two or four items, or over three
pages), in both PDFs and the DOCX, and Geometry.note_keeps_together counts each item's lines as they print."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml
from docx import Document as WordDocument

import layout_measure as lm
from reportkit.blocks import AttachmentNote, Signature
from reportkit.layout import Geometry
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
#: Names that line_breaks breaks into 4 lines each (one more than the fewest, so as not to part a word).
LONG = [
    "某县自然资源局关于2023年度耕地保护目标责任制落实情况、永久基本农田核查整改工作和违法占地专项整治行动开展情况的综合检查报告",
    "某县国土空间总体规划（2021—2035年）草案公示期间收到的公众意见及其采纳情况汇总表和规划编制单位对各条意见的逐条答复说明",
    "某县自然资源局2023年度依申请公开政府信息办理情况统计表（含第三方意见征询、延期答复的件数及理由和行政复议纠错的情况）",
    "某县征地信息公开专栏栏目设置调整方案及各乡镇征地批复文件、补偿安置方案和土地征收成果公开时限执行情况的季度抽查记录汇编",
]
SHORT = [
    "某县2023年度政务公开工作要点落实情况对照表",
    "某县自然资源局关于进一步规范政府信息公开申请办理工作的实施细则（试行）及配套的登记、审核、答复文书格式范本",
    "某县国土空间生态修复规划（2021—2035年）",
    "某县自然资源和规划局、某县林业局、某县农业农村局关于联合开展耕地“非农化”“非粮化”问题排查整治工作情况的通报",
    "某县土地征收成片开发方案（2023—2025年）批准文件、听证笔录和公告材料目录",
    "某省某市某县自然资源和规划局不动产登记分中心（某县林业和草原调查规划设计院）的年度报告",
]
#: One line and a half of the body, appended to the last paragraph before the signature: it moves the 附件说明 down.
SENTENCE = "本局将继续按照规定时限更新专栏内容，逐项核对公开目录与实际发布的信息是否一致。"
#: The note's place relative to the page's foot: the body's end moved down over a page, a line or two at a time.
#: Where each step put it, alike in both PDFs (n: the printed lines above “附件：” on its page; then the items and the
#: signature that go over to the next page):
#:   4 items   +0: n=2, none: all on one page with the signature    +1: n=3, item 4 and the signature
#:             +6: n=5, item 4 and the signature                      +12: n=13, items 3 and 4 and the signature
#:   10 items  +0: n=24, items 2–8 (9, 10 and the signature on the page after them)
#:             +6: n=5, items 7–10 and the signature
#: Two more steps, dropped, led where one above does: 4 items +17 (n=2 on the next page, none over, as +0) and
#: 10 items +15 (n=18, items 2–8, then 9, 10 and the signature on a third page, as +0).
NOTES = [(LONG, extra) for extra in (0, 1, 6, 12)] + [(SHORT + LONG, extra) for extra in (0, 6)]


def _data(names: list[str], extra: int) -> dict:
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["other"][-1] += SENTENCE * extra
    data["attachments"] = [{"title": name, "content": ["本附件列出有关事项的具体内容。"]} for name in names]
    return data


def _lines(pdf: bytes, organ: str) -> list[tuple[int, str]]:
    """Each printed line, page numbers left out: its page and its text without blanks; up to the page where the
    signature's ``organ`` follows the 附件说明 (the attachments' pages after it are not kept). The lines are
    layout_measure's (pdfium reads the pages in a fraction of the time pdfplumber took): the text block's, then any under
    it; in all the cases of NOTES they were the lines pdfplumber's characters grouped by their top gave."""
    out: list[tuple[int, str]] = []
    noted = signed = False
    for page in lm.measure(pdf):
        for line in [*page.lines, *page.below]:
            text = re.sub(r"\s", "", line.text)
            if not re.fullmatch(r"—\d+—", text):
                out.append((page.number, text))
                noted |= text.startswith("附件：")
                signed |= noted and text == organ
        if signed:
            break
    return out


def _item_lines(lines: list[tuple[int, str]], items: list[str]) -> list[list[int]]:
    """The index in ``lines`` of each printed line of each item (``items`` as line_breaks broke them), in order."""
    out, at = [], 0
    for item in items:
        start = item.split("\n")[0][:8]
        first = next(i for i in range(at, len(lines)) if start in lines[i][1])
        end = item.replace("\n", "")[-8:]
        at = next(i for i in range(first, len(lines)) if lines[i][1].endswith(end)) + 1
        out.append(list(range(first, at)))
    return out


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
@pytest.mark.parametrize("names, extra", NOTES, ids=[f"{len(n)}items+{e}" for n, e in NOTES])
def test_no_item_of_the_note_splits_across_pages(names, extra, engine):
    """Each item prints in as many lines as note_keeps_together counts, all on one page; the 附件说明 never begins a
    page and its last item shares the signature's page. Names that line_breaks broke into 4 lines were counted as 3:
    the note was judged to fit beside the body's last lines, and the WeasyPrint PDF broke inside an item, 2 lines on
    each page; one too long to share a page (.apart) let the Typst PDF part an item of 4 lines 2 and 2."""
    rendered = render(_data(names, extra), formats=("pdf",), engine=engine)
    blocks = rendered.document.blocks
    note = next(b for b in blocks if isinstance(b, AttachmentNote))
    organ = next(b for b in blocks if isinstance(b, Signature)).organs[0]
    lines = _lines(rendered.pdf, organ)
    items = _item_lines(lines, note.items)
    assert [sorted({lines[i][0] for i in at}) for at in items] == [[lines[at[0]][0]] for at in items]
    g = Geometry()
    assert [len(at) for at in items] == [g.note_item_lines(item, len(note.items)) for item in note.items]
    first, last = items[0][0], items[-1][-1]
    assert lines[first - 1][0] == lines[first][0], "the 附件说明 begins a page"
    signature = next(i for i in range(last, len(lines)) if lines[i][1] == organ)
    assert lines[signature][0] == lines[last][0], "the signature's page has none of the 附件说明"


def test_every_item_of_the_note_keeps_its_lines_together_in_the_docx():
    """Each item's paragraph keeps its lines on one page itself (w:keepLines), whatever the style of the layout's DOCX
    template says (the default layout's says so too)."""
    for names in (LONG, LONG[:1]):
        document = WordDocument(io.BytesIO(render(_data(names, 0), formats=("docx",)).docx))
        items = [p for p in document.paragraphs if p.style.name == "Attachment Note"]
        assert len(items) == len(names)
        assert [p.paragraph_format.keep_together for p in items] == [True] * len(names)


#: Items as line_breaks broke them, with the lines each printed in both PDFs (measured with pdfplumber), in a 附件说明
#: of so many items.
MEASURED = [
    ("某县自然资源局关于2023年度\n耕地保护目标责任制落实情况、\n永久基本农田核查整改工作和\n违法占地专项整治行动开展情况的综合检查报告", 4, 4),
    ("某县国土空间总体规划\n（2021—2035年）草案公示期间收到的\n公众意见及其采纳情况汇总表和\n规划编制单位对各条意见的逐条答复说明", 4, 4),
    ("某县2023年度政务公开工作要点落实情况对照表", 6, 1),
    # 22 characters: a line of the grid less the indent, “附件：” and “1.”, which are set in em, a little wider
    ("某省某市某县自然资源和规划局不动产登记分中心\n（某县林业和草原调查规划设计院）的年度报告", 2, 3),
    ("某省某市某县自然资源和规划局不动产登记分中心\n（某县林业和草原调查规划设计院）的年度报告", 1, 2),
    ("某县2023年度政务公开\n工作要点落实情况对照表", 10, 2),
]


@pytest.mark.parametrize("item, count, printed", MEASURED, ids=[f"{n}of{c}" for _, c, n in MEASURED])
def test_an_item_s_lines_are_counted_as_they_print(item, count, printed):
    assert Geometry().note_item_lines(item, count) == printed


def test_a_note_of_four_items_of_four_lines_does_not_keep_with_the_body_and_the_signature():
    """4 × 4 lines, the blank lines and the signature's 3 leave no room for a paragraph of 3 lines that moves whole:
    the 附件说明 breaks between its items. Counted as 3 lines each it was kept, and the WeasyPrint PDF split an item;
    4 items of 3 lines keep together."""
    g = Geometry()
    long = [item for item, count, printed in MEASURED if printed == 4] * 2
    assert g.note_keeps_together(long, ["某县自然资源局"]) is False
    assert g.note_keeps_together([item.rsplit("\n", 1)[0] for item in long], ["某县自然资源局"]) is True
