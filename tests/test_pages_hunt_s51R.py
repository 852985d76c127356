"""Page promises where the earlier sweeps did not go (session 51, helper R).

A 附件说明 of 22 attachments with one-line names is too long to share a page with the 署名 and the body's last lines
(``Geometry.note_keeps_together``): it breaks between its items, and its last items keep with the 署名. Only the last
one did, so the 署名's page held one line of the 附件说明 (“22.第22批信息目录”), in both PDFs and in the DOCX as
LibreOffice lays it out; its last two items go with it now (``Geometry.note_tail``).
"""
from __future__ import annotations

import functools

import pytest

import layout_measure as lm
from docx_pages import SOFFICE, docx_to_pdfs
from reportkit.layout import Geometry
from reportkit.plugins import load_plugins
from reportkit.testing import render
from test_pages_text_lengths import SUMMARY, para, variant

ENGINES = ["weasyprint", "typst"]
#: Names of one line each; 22 of them, the blank line above and the 署名 take more than a page.
NAMES = [f"第{i}批主动公开信息目录" for i in range(1, 23)]


def many_attachments(d):
    """The work summary with a paragraph of two lines in front of its body (the 附件说明 then begins at a page's
    foot and runs over the next page) and an attachment for each of ``NAMES``."""
    d["work"][0]["content"].insert(0, para(40))
    d["attachments"] = [{"title": name, "content": [para(30, i)]} for i, name in enumerate(NAMES)]


DATA = variant(SUMMARY, many_attachments)


@functools.cache
def printed(engine: str):
    result = render(DATA, file=SUMMARY, formats=("pdf",), engine=engine)
    return result.document, lm.measure(result.pdf)


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory):
    """The DOCX as LibreOffice lays it out: the document and its measured pages."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) not installed")
    folder = tmp_path_factory.mktemp("docx")
    result = render(DATA, file=SUMMARY, formats=("docx",))
    (folder / "notes.docx").write_bytes(result.docx)
    pdf, = docx_to_pdfs([folder / "notes.docx"], load_plugins().registry.fonts, folder)
    return result.document, lm.measure(pdf.read_bytes())


def signature_page(pages: list[lm.Page]) -> list[str]:
    """The lines of the page that holds the 成文日期."""
    return next(texts for texts in ([lm._plain(line.text) for line in page.lines] for page in pages)
                if "2017年1月10日" in texts)


def test_the_note_breaks_between_its_items():
    geometry = Geometry()
    assert not geometry.note_keeps_together(NAMES, ["苏州市环境保护局"])
    assert [geometry.note_item_lines(name, len(NAMES)) for name in NAMES] == [1] * 22
    assert geometry.note_tail(NAMES) == 2
    assert geometry.note_tail([*NAMES[:21], "苏州市环境保护局2016年度主动公开政府信息目录及公开方式、公开时限和责任科室一览表"]) == 1


@pytest.mark.parametrize("engine", ENGINES)
def test_the_last_two_items_of_a_long_note_go_with_the_signature_in_both_pdfs(engine):
    document, pages = printed(engine)
    assert signature_page(pages) == ["21.第21批主动公开信息目录", "22.第22批主动公开信息目录", "苏州市环境保护局",
                                     "2017年1月10日"]
    assert lm.stranded(pages, document) == []


def test_the_last_two_items_of_a_long_note_go_with_the_signature_in_the_docx(laid_out):
    document, pages = laid_out
    assert signature_page(pages)[-4:-2] == ["21.第21批主动公开信息目录", "22.第22批主动公开信息目录"]
    assert lm.stranded(pages, document) == []
