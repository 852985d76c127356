"""The red-head 版头 in the DOCX, laid out by LibreOffice, inks where both PDFs ink it.

Measured on the ink of the first page rasterised at 300 dpi, not on pdfplumber's character boxes,
which follow each PDF's font descriptor (LibreOffice's box reaches from the baseline a whole em up,
WeasyPrint's 0.29 em lower): the 标志 of the smallest and the largest size, on two lines, the
发文字号, the red line and the title.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from _fast_redhead import EXAMPLE, render_once
from docx_pages import SOFFICE
from test_plugins_redhead import libreoffice_pdfs_once

DPI = 300
MM_PER_PIXEL = 25.4 / DPI
SETTING = "    printer: 某县自然资源局办公室\n"


def variant(mark: str, size_pt: float | None = None) -> str:
    text = EXAMPLE.read_text(encoding="utf-8").replace("organ_mark: 某县自然资源局文件", f"organ_mark: {mark}")
    return text.replace(SETTING, f"    organ_size_pt: {size_pt:g}\n{SETTING}") if size_pt else text


VARIANTS = {  # name: (data, lines of the 标志)
    "22pt": (variant("某县自然资源局文件", 22), 1),
    "36pt": (variant("某县自然资源局文件"), 1),
    "72pt": (variant("某某局文件", 72), 1),
    "two lines": (variant("某某自治州某某县自然资源和规划局某某委员会文件"), 2),
}


def ink_rows(pdf: Path, workdir: Path) -> list[tuple[float, float]]:
    """Top and bottom (mm from the page's top) of each band of dark or red ink across the text block, page 1."""
    # A PGM, not a PNG: the same pixels, without the PNG's compression (which took 20 times pdftoppm's drawing).
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(workdir / pdf.stem)], check=True)
    page = Image.open(workdir / f"{pdf.stem}.pgm").convert("L")
    block = page.crop((round(28 / MM_PER_PIXEL), 0, round(182 / MM_PER_PIXEL), page.height))
    inked = block.point(lambda v: 255 if v < 160 else 0)  # red is 76 in grey, black 0
    rows = [bool(ink) for ink in inked.getprojection()[1]]  # per row of pixels: any inked
    bands, start = [], None
    for y, ink in enumerate([*rows, False]):
        if ink and start is None:
            start = y
        elif not ink and start is not None:
            bands.append((start * MM_PER_PIXEL, y * MM_PER_PIXEL))
            start = None
    return bands


#: Per data text and output, the ink bands of page 1, made once in the test process: the variants here are four of
#: tests/test_redhead_ink_distances.py's, which reads them with this too.
_BANDS: dict[tuple[str, str], list[tuple[float, float]]] = {}


def page_one_bands(texts: dict[str, str], workdir: Path) -> dict[str, dict[str, list[tuple[float, float]]]]:
    """Per name, the ink bands of page 1 (``ink_rows``) of the data ``texts[name]`` (the example's, changed; the
    installed plugins only): in its WeasyPrint PDF, its Typst PDF and, with LibreOffice, LibreOffice's PDF of its
    DOCX (all laid out in one run)."""
    fmts = ("pdf", "pdf-typst", "docx") if SOFFICE else ("pdf", "pdf-typst")
    missing = [text for text in dict.fromkeys(texts.values()) if (text, "pdf") not in _BANDS]
    results = {f"v{i}": render_once(text) for i, text in enumerate(missing)}
    laid_out = libreoffice_pdfs_once({key: r.docx for key, r in results.items()}, workdir) if SOFFICE and missing \
        else {}
    for (key, result), text in zip(results.items(), missing):
        for fmt in fmts:
            pdf = workdir / f"{key}-{fmt}.pdf"
            pdf.write_bytes(laid_out[key] if fmt == "docx" else result.outputs[fmt])
            _BANDS[text, fmt] = ink_rows(pdf, workdir)
    return {name: {fmt: _BANDS[text, fmt] for fmt in fmts} for name, text in texts.items()}


@pytest.fixture(scope="module")
def inks(tmp_path_factory):
    """Per variant, the ink bands of the WeasyPrint PDF, the Typst PDF and LibreOffice's PDF of the DOCX."""
    return page_one_bands({name: data for name, (data, _) in VARIANTS.items()}, tmp_path_factory.mktemp("redhead-ink"))


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftoppm") is None, reason="needs LibreOffice and pdftoppm")
@pytest.mark.parametrize("name", list(VARIANTS))
def test_docx_masthead_and_title_ink_where_both_pdfs_ink_them(inks, name):
    """标志 (each line), 发文字号, red line, title (two lines): same top and bottom of ink within 0.5 mm.
    LibreOffice inked a 36 pt 标志 3.4 mm and the title 1.9 mm lower than the PDFs."""
    lines = VARIANTS[name][1]
    parts = [*[f"标志{i + 1}" for i in range(lines)], "发文字号", "红线", "标题1", "标题2"]
    bands = {fmt: dict(zip(parts, found)) for fmt, found in inks[name].items()}
    for fmt in ("pdf-typst", "docx"):
        assert list(bands[fmt]) == parts
        for part in parts:
            assert bands[fmt][part] == (pytest.approx(bands["pdf"][part][0], abs=0.5),
                                        pytest.approx(bands["pdf"][part][1], abs=0.5)), (fmt, part)
