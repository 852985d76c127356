"""The layout measurement's reader (tests/layout_measure.py): pdfium reads each page's characters and rules, three to
four times faster than pdfplumber, and the pages come out as pdfplumber's reading made them: text and rows equal,
every number within 0.01 pt. Each kind of PDF the checks measure is read both ways: WeasyPrint's and Typst's (a
lengthened variant too, its tables running over pages), the red head's, and LibreOffice's of a DOCX. Among them are
the fonts pdfium reads otherwise than pdfminer: a simple font's subset prefix (pdfium drops it), a Descent of 0
(pdfium takes the face's own) and a width with a fraction (Typst writes 1016.99994 for FandolFang's W; pdfium 1016)."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pdfplumber
import pytest
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import resolve1

import layout_measure as lm
import test_layout as tl
from docx_pages import SOFFICE, docx_to_pdfs
from reportkit.blocks import Paragraph
from reportkit.pipeline import render

ROOT = Path(__file__).resolve().parents[1]
REDHEAD = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
#: The data (and the sentences added to the first paragraph) read in each PDF engine's output.
CASES = {
    "sample-2021": (ROOT / "examples" / "sample-2021.yaml", 0),
    "zhejiang-2017": (ROOT / "examples" / "zhejiang-2017.yaml", 0),
    "xinzhou-2020+9": (ROOT / "examples" / "xinzhou-2020.yaml", 9),
    "redhead-2023": (REDHEAD, 0),
}
#: Those also printed through LibreOffice from their DOCX.
DOCX_CASES = ["sample-2021", "xinzhou-2020+9"]


@pytest.fixture(scope="module")
def pdfs(plugins, tmp_path_factory) -> dict[tuple[str, str], tuple[bytes, object]]:
    """By name and output (pdf, pdf-typst, docx), the PDF and the layout's geometry."""
    out, docx = {}, {}
    for name, (path, extra) in CASES.items():
        document, layout = tl._prepare(path, plugins)
        document = tl._lengthened(document, "first", extra) if extra else document
        if name == "sample-2021":  # "e-mail" at each place of a line: one of its hyphens ends a line
            blocks = list(document.blocks)
            at = next(i for i, block in enumerate(blocks) if isinstance(block, Paragraph))
            text = "".join("来信" * (k % 14) + "可发e-mail。" for k in range(1, 15))
            blocks[at] = dataclasses.replace(blocks[at], text=blocks[at].text + text)
            document = dataclasses.replace(document, blocks=blocks)
        for fmt in ("pdf", "pdf-typst"):
            out[name, fmt] = render(document, layout, fmt, plugins.registry).data, layout.geometry
        if name in DOCX_CASES:
            docx[name] = render(document, layout, "docx", plugins.registry).data, layout.geometry
    if SOFFICE:
        workdir = tmp_path_factory.mktemp("reader-s47M")
        files = []
        for name, (data, _) in docx.items():
            files.append(workdir / f"{name}.docx")
            files[-1].write_bytes(data)
        for (name, (_, g)), pdf in zip(docx.items(), docx_to_pdfs(files, plugins.registry.fonts, workdir / "lo")):
            out[name, "docx"] = pdf.read_bytes(), g
    return out


def pdfplumber_pages(pdf: bytes, g, monkeypatch) -> list[lm.Page]:
    """``pdf`` measured as before pdfium: each page's characters and horizontal edges as pdfplumber reads them."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        chars = [[c for c in page.chars if c["text"].strip()] for page in doc.pages]
        edges = [[(e["top"], e["x0"], e["x1"]) for e in page.edges if e["orientation"] == "h"] for page in doc.pages]
    read = []  # measure reads the pages in order, each page's characters before its rules
    with monkeypatch.context() as patched:
        patched.setattr(lm, "_chars", lambda page, faces: read.append(len(read)) or chars[read[-1]])
        patched.setattr(lm, "_rules", lambda page: edges[read[-1]])
        return lm.measure(pdf, g)


def differences(old, new, where: str = "") -> list[str]:
    """Where the pages ``new`` differ from ``old``: text, fonts or counts, or a number by more than 0.01 pt."""
    if dataclasses.is_dataclass(old):
        return [
            d
            for f in dataclasses.fields(old)
            for d in differences(getattr(old, f.name), getattr(new, f.name), f"{where}.{f.name}")
        ]
    if isinstance(old, (list, tuple)) and len(old) == len(new):
        return [d for i, (a, b) in enumerate(zip(old, new)) for d in differences(a, b, f"{where}[{i}]")]
    if isinstance(old, float) and isinstance(new, float):
        return [f"{where}: {old} → {new}"] if abs(old - new) > 0.01 else []
    return [] if old == new else [f"{where}: {old!r} → {new!r}"]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [(name, fmt) for name in CASES for fmt in ("pdf", "pdf-typst")] + [(name, "docx") for name in DOCX_CASES],
)
def test_pdfium_measures_the_pages_as_pdfplumber(pdfs, name, fmt, monkeypatch):
    if (name, fmt) not in pdfs:
        pytest.skip("no LibreOffice to print the DOCX")
    pdf, g = pdfs[name, fmt]
    old, new = pdfplumber_pages(pdf, g, monkeypatch), lm.measure(pdf, g)
    assert differences(old, new) == []
    assert sum(len(page.lines) for page in new) > 20 and (name == "redhead-2023" or any(page.rows for page in new))


def test_the_cases_pdfium_reads_otherwise_are_in_the_pdfs(pdfs):
    """Not a vacuous comparison: Typst's PDF has a width with a fraction, set in the text; both PDFs have a line that ends
    at a hyphen; LibreOffice's has a face in several subsets (names with distinct prefixes) and fonts of Descent 0."""
    pdf, _ = pdfs["zhejiang-2017", "pdf-typst"]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        fonts = [
            resolve1(resolve1(resolve1(f)["DescendantFonts"])[0])
            for f in resolve1(resolve1(doc.pages[0].page_obj.resources)["Font"]).values()
        ]
        assert any(isinstance(w, float) and not w.is_integer() for f in fonts for w in lm._numbers(f["W"]))
    assert "W" in "".join(line.text for page in lm.measure(pdf) for line in page.lines)
    for fmt in ("pdf", "pdf-typst"):  # pdfium reads a hyphen that ends a line as U+0002
        ends = [line.text for page in lm.measure(pdfs["sample-2021", fmt][0]) for line in page.lines]
        assert any(text.endswith("e-") for text in ends), fmt
    if SOFFICE:
        with pdfplumber.open(io.BytesIO(pdfs["xinzhou-2020+9", "docx"][0])) as doc:
            names = {c["fontname"] for page in doc.pages for c in page.chars}
            descents = {
                resolve1(resolve1(f).get("FontDescriptor"))["Descent"]
                for page in doc.pages
                for f in resolve1(resolve1(page.page_obj.resources)["Font"]).values()
            }
        assert len({name for name in names if name.endswith("+FandolFang-Regular")}) > 1, names
        assert descents == {0}


def test_measure_parses_no_page_content_with_pdfminer(pdfs, monkeypatch):
    """pdfminer (under pdfplumber) parsed every page's content: nine tenths of a lengthening sweep's checking time.
    Now it reads the document's objects only (page digests, font dictionaries); pdfium reads the pages."""

    def refuse(*args):
        raise AssertionError("pdfminer parsed a page's content")

    monkeypatch.setattr(PDFPageInterpreter, "process_page", refuse)
    pdf, g = pdfs["sample-2021", "pdf"]
    cache: dict = {}
    pages = lm.measure(pdf, g, cache)
    assert any(page.rows for page in pages) and lm.measure(pdf, g, cache) == pages
    assert lm.body_lines(pages, g)[0][1].text.startswith("本报告依据")
