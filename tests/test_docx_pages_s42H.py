"""The DOCX page as LibreOffice prints it (tests/docx_pages.py) when a table's lead-in is long: only a lead-in short
enough to move whole keeps with its table (``docx._Writer._moves_whole``). LibreOffice runs once for the module."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from docx import Document as WordDocument

import test_layout as tl
from docx_pages import SOFFICE, docx_to_pdfs, page_lines
from reportkit.blocks import Cell, Heading, Paragraph, Table
from reportkit.pipeline import render

ROOT = Path(__file__).resolve().parents[1]
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
#: A sentence of our own, repeated to the length a paragraph needs.
SENTENCE = "本机关每月抽查一次政务公开专栏，逐条核对发布日期和文号，错漏的信息在三个工作日内改正。"
LEAD = "各类事项的登记情况统计如下："
#: name: (lines of the paragraph above the heading, lines of the table's lead-in under it). The table's head does
#: not fit under the lead-in's last line on page 1.
CASES = {"lead10": (10, 10), "lead15": (4, 15), "lead18": (10, 18), "lead4": (14, 4)}


def _lines(n: int, end: str = "。") -> str:
    """A paragraph of ``n`` lines (28 characters, the first indented two; the last one short), ending in ``end``."""
    chars = 28 * n - 3
    return (SENTENCE * (chars // len(SENTENCE) + 1))[: chars - len(end)] + end


def _document(plugins, before: int, lead: int):
    document, layout = tl._prepare(ROOT / "examples" / "sample-2021.yaml", plugins)
    table = Table(
        [
            [Cell("事项", header=True), Cell("件数", header=True)],
            *[[Cell(f"登记第{i + 1}类", align="left"), Cell(str(10 + i))] for i in range(8)],
        ],
        [3, 1],
    )
    blocks = [
        Paragraph(_lines(before)),
        Heading(1, "一、", "年度工作概况"),
        Paragraph(_lines(lead, LEAD)),
        table,
        Paragraph(_lines(3)),
        Heading(1, "二、", "下一步工作安排"),
        Paragraph(_lines(4)),
    ]
    return dataclasses.replace(document, blocks=[document.blocks[0], *blocks]), layout


@pytest.fixture(scope="module")
def printed(plugins, tmp_path_factory):
    """name: (the DOCX, its pages' lines as LibreOffice prints them (None without LibreOffice), the Typst PDF's)."""
    folder = tmp_path_factory.mktemp("docx_pages_s42H")
    out, files = {}, []
    for name, (before, lead) in CASES.items():
        document, layout = _document(plugins, before, lead)
        docx = render(document, layout, "docx", plugins.registry).data
        typst = render(document, layout, "pdf-typst", plugins.registry).data
        files.append(folder / f"{name}.docx")
        files[-1].write_bytes(docx)
        (folder / f"{name}-typst.pdf").write_bytes(typst)
        out[name] = (docx, page_lines(folder / f"{name}-typst.pdf"))
    lo = docx_to_pdfs(files, plugins.registry.fonts, folder / "lo") if SOFFICE else [None] * len(files)
    return {name: (docx, pdf and page_lines(pdf), typst) for (name, (docx, typst)), pdf in zip(out.items(), lo)}


def _lead_in(docx: bytes):
    return next(p for p in WordDocument(io.BytesIO(docx)).paragraphs if p.text.endswith(LEAD))


@pytest.mark.parametrize("name", CASES)
def test_only_a_lead_in_of_a_quarter_page_at_most_keeps_with_its_table(printed, name):
    """Every lead-in of up to 19 lines kept with its table (``_fills_a_page``); now one of more than five lines does not
    (its lines counted one character fewer a line)."""
    assert bool(_lead_in(printed[name][0]).paragraph_format.keep_with_next) is (name == "lead4")


@needs_soffice
@pytest.mark.parametrize("name", ["lead10", "lead15", "lead18"])
def test_libreoffice_splits_a_long_lead_in_where_the_pdf_does(printed, name):
    """LibreOffice moved a kept lead-in of 10–18 lines whole, with the heading above it, to the table's page: page 1
    held 6–12 lines against the PDF's 21, and the DOCX had a page more than the PDF for 10 and 15 lines. Not kept, it
    splits as in the PDF and the pages hold as many lines."""
    _, pages, typst = printed[name]
    assert [len(page) for page in pages] == [len(page) for page in typst]
    assert pages[0][-1] == typst[0][-1]  # page 1 ends with the same line of the lead-in


@needs_soffice
def test_libreoffice_still_carries_a_short_kept_lead_in_to_its_table(printed):
    """A lead-in of four lines keeps with its table: it goes to the table's page (page 2) with its heading, which
    LibreOffice does not leave at the foot of page 1."""
    _, pages, _ = printed["lead4"]

    def page_of(text: str) -> int:
        return next(i for i, page in enumerate(pages) if any(text in line.replace(" ", "") for line in page))

    assert page_of("一、年度工作概况") == page_of(LEAD) == page_of("事项件数") == 1
