"""Where line_breaks breaks the 附件说明's names and the titles, and what the three outputs print.

A name of the 附件说明 is broken to the room its lines have in both PDFs (Geometry.note_room: a numbered line holds
21.95 characters, not 22), so that the WeasyPrint PDF, the Typst PDF and the DOCX (laid out by LibreOffice) print
the lines line_breaks chose; a title takes the fewest lines unless they part more words than one line more.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from docx_pages import SOFFICE, docx_to_pdfs, page_lines
from layout_measure import Line, Page, stranded

from reportkit.blocks import Attachment, AttachmentNote, Document, Paragraph, Signature
from reportkit.layout import Geometry, text_width
from reportkit.line_breaks import broken, broken_lines
from reportkit.plugins import load_plugins
from reportkit.testing import render, starter_data

G = Geometry()
TITLE_ROOM = G.block_width_mm * 72 / 25.4 / G.title_size_pt
#: Names 20 to 24 characters long.
NAMES = ["某县政务公开工作领导小组成员单位职责分工", "某县政府信息公开申请办理流程及文书格式样本",
         "某县行政规范性文件清理结果目录及有效文件汇编", "某县重点领域基层政务公开标准目录动态调整情况表",
         "某县政务服务中心各窗口进驻事项清单及办事指南汇编"]
#: Titles of 41 characters that fit 3 lines at legal places (after 和, before 工作): they were set in 4.
TITLES = {
    "某县人民政府办公室关于印发城镇燃气安全和高层建筑消防安全专项整治工作实施方案的通知":
        ["某县人民政府办公室关于印发城镇燃气安全和", "高层建筑消防安全专项整治", "工作实施方案的通知"],
    "某市应急管理局关于印发农村人居环境整治提升和美丽乡村建设工作考核办法（试行）的通知":
        ["某市应急管理局", "关于印发农村人居环境整治提升和", "美丽乡村建设工作考核办法（试行）的通知"],
}
SHORT = ["某县政府网站信息发布审核登记表", "某县政务新媒体账号清单", "某县政府信息主动公开基本目录",
         "某县依申请公开答复文书范本", "某县政务公开专栏栏目设置表", "某县政务公开考核评分细则"]
#: Each 附件说明: one name alone, several numbered, and 11 (“10.” is wider than “1.”), a 22-character name numbered 10.
NOTES = {**{f"alone-{len(name)}": [name] for name in NAMES},
         "numbered": [*NAMES, *TITLES],
         "eleven": [*SHORT[:4], *NAMES[:2], *SHORT[4:], NAMES[3], NAMES[2], NAMES[4]]}


def test_the_names_are_20_to_24_characters_long():
    assert [len(name) for name in NAMES] == [20, 21, 22, 23, 24] and len(NOTES["eleven"]) == 11
    assert NOTES["eleven"][9] == NAMES[2]


@pytest.mark.parametrize("count", [1, 2, 11])
def test_a_name_breaks_where_its_line_is_full_in_both_pdfs(count):
    """A name as wide as the room rounded down stays whole, one character more breaks: a numbered name of 22
    characters was left whole (the room was counted as 22) and both PDFs wrapped its last character alone."""
    fits = math.floor(G.note_room(count))
    assert fits == {1: 22, 2: 21, 11: 21}[count]
    assert _broken_name("某" * fits, count) == ["某" * fits]
    lines = _broken_name(NAMES[fits + 1 - 20], count)
    assert len(lines) == 2 and all(text_width(line) <= G.note_room(count) for line in lines)


def _broken_name(name: str, count: int) -> list[str]:
    """``name``'s lines as line_breaks breaks it, the first of ``count`` names of a 附件说明."""
    document = broken_lines(Document("标题", "作者", [AttachmentNote([name] * count)]), G)
    return document.blocks[0].items[0].split("\n")


@pytest.mark.parametrize("title, lines", TITLES.items(), ids=["gas", "villages"])
def test_a_title_takes_the_fewest_lines_at_legal_places(title, lines):
    """3 lines fit without parting a word: one line more for more even lines alone is no gain (it left
    “（试行）的通知” alone on a fourth line)."""
    assert math.ceil(text_width(title) / TITLE_ROOM) == 3
    assert broken(title, TITLE_ROOM, G.autospace_em).split("\n") == lines


@pytest.mark.parametrize("title, lines", [
    ("某县应急管理局关于开展汛期地质灾害隐患排查和防汛应急演练工作情况的通报",
     ["某县应急管理局", "关于开展汛期地质灾害隐患排查和", "防汛应急演练工作情况的通报"]),
    ("某市人力资源和社会保障局关于做好2024年度全市企业职工基本养老保险待遇调整和发放工作情况的报告",
     ["某市人力资源和社会保障局", "关于做好2024年度全市", "企业职工基本养老保险待遇调整和", "发放工作情况的报告"]),
], ids=["drills", "pensions"])
def test_a_title_takes_one_line_more_where_the_fewest_part_a_word(title, lines):
    """The fewest lines would break inside a word (地质灾害|隐患 is no place the rules know, 养老|保险 parts one)."""
    assert len(lines) == math.ceil(text_width(title, G.autospace_em) / TITLE_ROOM) + 1
    assert broken(title, TITLE_ROOM, G.autospace_em).split("\n") == lines


def test_a_name_takes_one_line_more_where_it_spares_a_word_however_uneven():
    """In 2 lines the name parts 提升 (整治提|升和), in 3 it parts nothing: the extra line was refused for being 0.2 dearer
    in unevenness than the parted word."""
    assert _broken_name(list(TITLES)[1], 2) == ["某市应急管理局", "关于印发农村人居环境整治提升和",
                                              "美丽乡村建设工作考核办法（试行）的通知"]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, tuple[Document, dict[str, list[str]]]]:
    """For each 附件说明 of ``NOTES``: the document as built (names and titles broken) and the lines of each output,
    both PDFs and LibreOffice's PDF of the DOCX (LibreOffice lays every DOCX out in one run)."""
    folder = tmp_path_factory.mktemp("notes")
    made = {key: _outputs(key, folder) for key in NOTES}
    laid_out = docx_to_pdfs([folder / f"{key}.docx" for key in NOTES], load_plugins().registry.fonts, folder / "lo")
    return {key: (document, {name: [re.sub(r"\s", "", line) for page in page_lines(pdf) for line in page]
                             for name, pdf in {**pdfs, "docx": docx}.items()})
            for (key, (document, pdfs)), docx in zip(made.items(), laid_out)}


def _outputs(key: str, folder: Path) -> tuple[Document, dict[str, Path]]:
    """The document of ``NOTES[key]`` and its PDF by each engine; its DOCX is ``key.docx`` in ``folder``. The body is
    a work summary's starter (one page before the attachments), not an annual report's with its three statistics
    tables (four pages): the 附件说明 and the attachments are the same blocks in any kind, broken by line_breaks and
    printed by each renderer alike, and only their lines are read."""
    data = starter_data("work-summary", year=2023)
    data["attachments"] = [{"title": name, "content": ["本附件列明有关事项。"]} for name in NOTES[key]]
    made = render(data, engine="weasyprint", formats=("docx", "pdf"))
    (folder / f"{key}.docx").write_bytes(made.docx)
    pdfs = {"weasyprint": folder / f"{key}-weasyprint.pdf", "typst": folder / f"{key}-typst.pdf"}
    pdfs["weasyprint"].write_bytes(made.pdf)
    pdfs["typst"].write_bytes(render(data, engine="typst", formats=("pdf",)).pdf)
    return made.document, pdfs


needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


@needs_soffice
@pytest.mark.parametrize("key", NOTES)
def test_every_output_prints_the_lines_line_breaks_chose_for_the_note(key, outputs):
    """Each name prints in the lines line_breaks broke it into, in both PDFs and the DOCX: a numbered name of 22
    characters printed on one line in the DOCX and on two in the PDFs, its last character alone."""
    document, printed = outputs[key]
    note = next(b for b in document.blocks if isinstance(b, AttachmentNote))
    numbered = len(note.items) > 1
    expected = []
    for n, item in enumerate(note.items, 1):
        lines = item.split("\n")
        expected += [("附件：" if n == 1 else "") + (f"{n}." if numbered else "") + lines[0], *lines[1:]]
    assert "\n".join(note.items).replace("\n", "") == "".join(NOTES[key])
    for output, lines in printed.items():
        assert expected[0] in lines, output
        start = lines.index(expected[0])
        assert lines[start:start + len(expected)] == expected, output


@needs_soffice
@pytest.mark.parametrize("title", TITLES, ids=["gas", "villages"])
def test_every_output_prints_an_attachment_title_in_the_lines_chosen(title, outputs):
    """The attachment's title prints in line_breaks' 3 lines in both PDFs and the DOCX, under its label."""
    document, printed = outputs["numbered"]
    attachment = next(b for b in document.blocks if isinstance(b, Attachment) and b.title.replace("\n", "") == title)
    assert attachment.title.split("\n") == TITLES[title]
    for output, lines in printed.items():
        at = lines.index(attachment.label) + 1
        assert lines[at:at + 4] == [*TITLES[title], "本附件列明有关事项。"], output


def _page(number: int, texts: list[str]) -> Page:
    pitch, top = G.line_pitch_pt, G.margin_top_mm * 72 / 25.4
    return Page(number, [Line(text, 79.4, 521.6, top + row * pitch, top + row * pitch + G.body_size_pt,
                              top + row * pitch + G.body_size_pt, G.body_size_pt) for row, text in enumerate(texts)],
                (79.4, top, 521.6, 745.5), None, [])


def test_stranded_counts_three_of_the_body_lines_as_the_keep_rule_does():
    """A 附件说明 of 16 lines and a signature of 2: with three of the body's lines and the two blank lines they
    cannot share a page (note_keeps_together is False), so the items part and two of them ride with the signature,
    none of the paragraph's lines. Counting two of the body's lines, the measurement asked for those two lines."""
    items = [f"第{n}件附件的名称写得足够长以至于占满一整行的宽度" for n in range(1, 9)]
    items = [item[:14] + "\n" + item[14:] for item in items]
    lines = [part for item in items for part in item.split("\n")]
    organ, date = "某县人民政府办公室", "2026年12月3日"
    assert G.lines_per_page == 22 and len(lines) == 16
    assert not G.note_keeps_together(items, [organ])
    document = Document("标题", "作者", [Paragraph("正文第一行正文第二行正文第三行"), AttachmentNote(items),
                                        Signature([organ], date)])
    body = ["正文第一行", "正文第二行", "正文第三行"]
    assert stranded([_page(1, [*body, *lines[:14]]), _page(2, [*lines[14:], organ, date])], document, G) == []
    assert stranded([_page(1, [*body, *lines[:15]]), _page(2, [*lines[15:], organ, date])], document, G) == [
        "p2: the signature has 1 of the 附件说明's lines"]
