"""The DOCX page as LibreOffice prints it (tests/docx_pages.py) at other text lengths: the 附件 label and the 发文字号
unspaced, and the body's last paragraph before a 附件说明 and its 署名. LibreOffice runs once for the module."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
import yaml
from docx import Document as WordDocument
from docx.oxml.ns import qn

from docx_pages import SOFFICE, docx_to_pdfs, page_lines
from reportkit.plugins import load_plugins
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
REDHEAD = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
#: A sentence of our own, repeated to the length a paragraph needs.
SENTENCE = "本局按季度核对公开目录中的每一个栏目，发现过期或链接失效的信息当即更正，并把核对结果报分管领导。"
ORGAN, DATE = "某县档案局", "2009年3月31日"


def _lines(n: int) -> str:
    """A paragraph of ``n`` lines (28 characters, the first indented two; the last one short)."""
    chars = 28 * n - 3
    return (SENTENCE * (chars // len(SENTENCE) + 1))[: chars - 1] + "。"


def _brief(*paragraphs: str) -> dict:
    """A 2008 report whose one section (一、概述) holds ``paragraphs``, then a 附件说明 of two items and the 署名."""
    return {
        "kind": "annual-report",
        "year": 2008,
        "agency": ORGAN,
        "title": "某县档案局2008年信息公开年报",
        "sections": {"overview": {"content": list(paragraphs)}},
        "date": "2009-03-31",
        "attachments": [
            {"title": title, "content": ["本表所列数字均截至2008年12月31日。"]}
            for title in ("依申请公开办理情况统计", "主动公开目录更新情况")
        ],
    }


def _labelled() -> dict:
    """The redhead example (发文字号 “…〔2024〕3号”) with three attachments."""
    data = yaml.safe_load(REDHEAD.read_text(encoding="utf-8"))
    data["attachments"] = [
        {"title": title, "content": ["本表所列数字均截至2023年12月31日。"]}
        for title in ("统计数据说明", "栏目设置清单", "年度工作台账")
    ]
    return data


#: Reports whose last paragraph before the 附件说明, of 18 or 17 lines under one of 13, begins on page 1 and ends on page 2.
NOTE_CASES = {"note18": _brief(_lines(13), _lines(18)), "note17": _brief(_lines(13), _lines(17))}


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """name: (the DOCX, its pages as LibreOffice prints them (None without LibreOffice), the Typst PDF's pages)."""
    folder = tmp_path_factory.mktemp("docx_pages_s41")
    cases = {"labels": (_labelled(), str(REDHEAD)), **{name: (data, "test.yaml") for name, data in NOTE_CASES.items()}}
    out, files = {}, []
    for name, (data, file) in cases.items():
        result = render(data, formats=("docx", "pdf"), engine="typst", file=file)
        files.append(folder / f"{name}.docx")
        files[-1].write_bytes(result.docx)
        (folder / f"{name}-typst.pdf").write_bytes(result.pdf)
        out[name] = (result.docx, folder / f"{name}-typst.pdf")
    lo = docx_to_pdfs(files, load_plugins().registry.fonts, folder / "lo") if SOFFICE else [None] * len(files)
    return {name: (docx, pdf, typst) for (name, (docx, typst)), pdf in zip(out.items(), lo)}


def test_the_attachment_label_s_number_is_in_heiti_in_the_docx_as_in_both_pdfs(printed):
    """The label's “1” was in the style's Latin face, Times New Roman, where both PDFs print it in 黑体."""
    word = WordDocument(io.BytesIO(printed["labels"][0]))
    labels = [p for p in word.paragraphs if p.style.style_id == "AttachmentLabel"]
    assert [p.text for p in labels] == ["附件1", "附件2", "附件3"]
    for p in labels:
        fonts = p.runs[0]._r.rPr.find(qn("w:rFonts"))
        assert [fonts.get(qn(f"w:{name}")) for name in ("ascii", "hAnsi")] == ["黑体", "黑体"], p.text
        assert p.style.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "黑体"


@needs_soffice
def test_libreoffice_prints_the_attachment_label_s_number_in_heiti(printed):
    """The label's number was in its Latin face (Times New Roman), not 黑体 as in both PDFs. (LibreOffice still sets
    “附件 1” a fifth of an em apart: it ignores autoSpaceDE/DN; see docs/layout.md.)"""
    with pdfplumber.open(printed["labels"][1]) as pdf:
        pages = [
            sorted((c for c in page.chars if c["text"].strip()), key=lambda c: (round(c["top"]), c["x0"]))
            for page in pdf.pages
        ]
    labels = [page[:3] for page in pages if "".join(c["text"] for c in page[:2]) == "附件"]
    assert ["".join(c["text"] for c in label) for label in labels] == ["附件1", "附件2", "附件3"]
    assert all("heiti" in label[2]["fontname"].lower() for label in labels), [label[2]["fontname"] for label in labels]


@pytest.mark.parametrize("name", NOTE_CASES)
def test_a_paragraph_that_cannot_share_a_page_with_the_note_and_the_signature_is_not_kept_with_them(printed, name):
    """The 附件说明 kept the paragraph before it whenever it was at most 19 lines (2 heading lines and 1 below it
    counted), though it keeps with the 署名 after it: 18 lines under a paragraph, a 附件说明 of two items and the 署名
    are 24 lines. Now it keeps one only while all of them fit a page, as the 署名 does (``_keeps_with``)."""
    paragraphs = WordDocument(io.BytesIO(printed[name][0])).paragraphs
    note = next(i for i, p in enumerate(paragraphs) if p.style.style_id == "AttachmentNote")
    assert not paragraphs[note - 1].paragraph_format.keep_with_next
    assert paragraphs[note - 2].style.style_id == "Normal"  # under the paragraph of 13 lines, not a heading
    kept = WordDocument(io.BytesIO(render(_brief(_lines(8)), formats=("docx",)).docx)).paragraphs
    note = next(i for i, p in enumerate(kept) if p.style.style_id == "AttachmentNote")
    assert kept[note - 1].paragraph_format.keep_with_next


@needs_soffice
@pytest.mark.parametrize("name", NOTE_CASES)
def test_no_page_of_the_docx_begins_with_the_signature_after_a_long_paragraph_and_a_note(printed, name):
    """A paragraph of 17 or 18 lines, kept with a 附件说明 that keeps with the 署名: LibreOffice, which never splits a kept
    paragraph that does not begin its page, moved it to the next page, and the 署名 (or the 成文日期) stood
    alone on the page after it, a page more than the PDF. Not kept, it splits as in the PDF, and the 署名 is printed with the 附件说明."""
    _, pdf, typst = printed[name]
    pages = page_lines(pdf)
    starts = [page[0].replace(" ", "") if page else "" for page in pages]
    assert ORGAN not in starts and DATE not in starts and "" not in starts, starts
    assert len(pages) == len(page_lines(typst)), [len(p) for p in pages]
