"""The printed page at other text lengths than the examples': a web address longer than what is left of its line in
an attachment's name or title, where line_breaks used to give up and leave the whole line to the engines."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from docx_pages import SOFFICE, docx_to_pdf, page_lines

from reportkit.blocks import Attachment, AttachmentNote
from reportkit.layout import Geometry
from reportkit.line_breaks import broken
from reportkit.plugins import load_plugins
from reportkit.testing import render, starter_data

G = Geometry()
TITLE_ROOM = G.block_width_pt / G.title_size_pt
#: Attachment names whose web address, with the bracket closing after it, is wider than a line of the 附件说明.
ADDRESSED = ["某县乡村振兴和农业农村综合行政执法服务中心2023年度主动公开政府信息目录（含网址https://www.example.gov.cn/list1.html）",
             "某县政务服务和大数据管理局政府信息公开专栏栏目清单（网址https://www.example-county.gov.cn/zwgk/xxgk/index.html）"]


@pytest.mark.parametrize("count", [2, 10])
def test_a_name_with_a_long_web_address_breaks_after_a_slash_and_parts_no_word(count):
    """The address and its bracket could not go on any line of a numbered name: line_breaks left the name unbroken
    and the engines broke it where each line filled (…服务中|心2023…, …（含|网址…). Now it breaks inside the address
    after a “/”, where every engine may, and at legal places elsewhere; a title too."""
    for name in ADDRESSED:
        lines = broken(name, G.note_room(count), G.autospace_em).split("\n")
        assert "".join(lines) == name and len(lines) > 1
        assert any(line.endswith("/") for line in lines), lines
        assert not any(re.search(r"服务中$|^心|（含$|目$", line) for line in lines), lines
    title = broken(ADDRESSED[0], TITLE_ROOM, G.autospace_em).split("\n")
    assert title[-2].endswith("（含网址https://") and title[-1] == "www.example.gov.cn/list1.html）"


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """The document as built and the lines each output prints (both PDFs, LibreOffice's PDF of the DOCX)."""
    return _printed(tmp_path_factory.mktemp("addressed"))


@functools.cache
def _data() -> dict:
    data = starter_data("annual-report", year=2023)
    data["attachments"] = [{"title": name, "content": ["本附件列明栏目和网址。"]} for name in ADDRESSED]
    return data


def _printed(folder: Path):
    made = render(_data(), engine="weasyprint", formats=("docx", "pdf"))
    (folder / "note.docx").write_bytes(made.docx)
    (folder / "weasyprint.pdf").write_bytes(made.pdf)
    (folder / "typst.pdf").write_bytes(render(_data(), engine="typst", formats=("pdf",)).pdf)
    pdfs = {"weasyprint": folder / "weasyprint.pdf", "typst": folder / "typst.pdf"}
    if SOFFICE:
        pdfs["docx"] = docx_to_pdf(folder / "note.docx", load_plugins().registry.fonts, folder)
    return made.document, {name: [re.sub(r"\s", "", line) for page in page_lines(pdf) for line in page]
                           for name, pdf in pdfs.items()}


def test_every_output_prints_the_note_and_titles_in_the_lines_chosen(printed):
    """Both PDFs and the DOCX print each name of the 附件说明 and each attachment's title in line_breaks' lines."""
    document, outputs = printed
    note = next(b for b in document.blocks if isinstance(b, AttachmentNote))
    expected = []
    for n, item in enumerate(note.items, 1):
        lines = item.split("\n")
        assert len(lines) > 1 and not any(re.search(r"服务中$|^心|（含$", line) for line in lines), lines
        expected += [("附件：" if n == 1 else "") + f"{n}." + lines[0], *lines[1:]]
    titles = [b for b in document.blocks if isinstance(b, Attachment)]
    for output, lines in outputs.items():
        start = lines.index(expected[0])
        assert lines[start:start + len(expected)] == expected, output
        for attachment in titles:
            at = lines.index(attachment.label) + 1
            title = [re.sub(r"\s", "", line) for line in attachment.title.split("\n")]
            assert lines[at:at + len(title)] == title, output
