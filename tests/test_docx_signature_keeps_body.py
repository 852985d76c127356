"""The DOCX's 署名 keeps lines of the body with it (GB/T 9704 §7.3.5): the paragraph before it “与下段同页” whenever
LibreOffice can move the two together, and no page of the DOCX as LibreOffice lays it out begins with the 署名."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from docx import Document as WordDocument

import layout_measure as lm
from docx_pages import SOFFICE, docx_to_pdf
from reportkit.plugins import load_plugins
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
#: A sentence of our own, repeated to the length a test needs.
SENTENCE = "本局统一修订了依申请公开答复书的格式，并组织经办人员开展集中培训，答复的规范程度明显提高。"


def _text(chars: int) -> str:
    return (SENTENCE * (chars // len(SENTENCE) + 1))[:chars - 1] + "。"


def _report(*paragraphs: str) -> dict:
    """sample-2021 whose last section (六、其他需要报告的事项) ends with ``paragraphs``, the 署名 right under the last."""
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["other"] = list(paragraphs)
    return data


def _brief(*paragraphs: str) -> dict:
    """A 2008 report whose one section (一、概述) holds ``paragraphs``, the 署名 right under the last."""
    return {"kind": "annual-report", "year": 2008, "agency": "某县档案局", "title": "某县档案局2008年信息公开年报",
            "sections": {"overview": {"content": list(paragraphs)}}, "date": "2009-03-31"}


def _kept_before_signature(docx: bytes) -> bool:
    paragraphs = WordDocument(io.BytesIO(docx)).paragraphs
    signed = next(i for i, p in enumerate(paragraphs) if p.style.name == "Signature")
    return bool(paragraphs[signed - 1].paragraph_format.keep_with_next)


@pytest.mark.parametrize("chars", [480, 505])  # 18 and 19 lines
def test_a_paragraph_that_fits_a_page_with_the_signature_keeps_with_it_under_another_paragraph(chars):
    """A last paragraph of 18 or 19 lines under another paragraph was not kept with the 署名 (the 2 lines of a heading
    above it were counted): ending at a page's foot, it left the 署名 alone on the next page in Word and LibreOffice.
    Now it is kept; under a heading, which LibreOffice would leave alone at a page's foot, and at 21 lines, which
    cannot share a page with the 署名, it is not."""
    assert _kept_before_signature(render(_brief(_text(90), _text(chars)), formats=("docx",)).docx)
    assert not _kept_before_signature(render(_brief(_text(chars)), formats=("docx",)).docx)
    assert not _kept_before_signature(render(_brief(_text(90), _text(570)), formats=("docx",)).docx)


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_no_page_of_the_docx_begins_with_the_signature_after_a_paragraph_of_18_lines(tmp_path):
    """A paragraph of 6 lines, then one of 18 that ends at page 6's foot in LibreOffice: the 署名 and 成文日期 stood
    alone on page 7. The 18 lines now go with them."""
    result = render(_report(_text(28 * 6 - 10), _text(480)), formats=("docx",))
    (tmp_path / "r.docx").write_bytes(result.docx)
    pages = lm.measure(docx_to_pdf(tmp_path / "r.docx", load_plugins().registry.fonts, tmp_path).read_bytes())
    assert lm.stranded(pages, result.document, unnumbered_blank_ok=True) == []
    assert lm.signature_alone(pages, result.document) == []
