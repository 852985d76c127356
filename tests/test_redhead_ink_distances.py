"""The red-head 版头 measured on the ink, as a reviewer's ruler finds it on the printed page (GB/T 9704-2012 §7.2):
the 发文机关标志's upper edge 35 mm under the top of the text block, the red line 4 mm under the 发文字号, and the DOCX,
laid out by LibreOffice, inking the 版头 and the title where both PDFs ink them.

Page 1 of the WeasyPrint PDF, the Typst PDF and LibreOffice's PDF of the DOCX, rasterised at 300 dpi (``ink_rows``),
not pdfplumber's character boxes, which follow each PDF's font descriptor (LibreOffice's box reaches from the baseline
a whole em up, WeasyPrint's 0.29 em lower); for a 标志 of the default size, of a configured size, of a long name shrunk
to fit, on two lines, of a 联合行文 on three lines, and set in another face (the bundled 楷体 registered as the 小标宋):
the places come from the glyphs of the face that sets the 标志 (``reportkit.renderers.masthead``). The 标志's ink
was 33.2 mm under the block's top at 36 pt (32.9 at 22 pt, 34.3 at 72 pt), the red line 3.7 mm under the 发文字号's ink;
LibreOffice inked a 36 pt 标志 3.4 mm and the title 1.9 mm lower than the PDFs.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from _fast_redhead import ALL, EXAMPLE, render_once
from docx_pages import SOFFICE
from reportkit import hookimpl
from reportkit.registry import FontFace
from reportkit.resources import templates_dir
from reportkit.testing import registered, render
from test_plugins_redhead import libreoffice_pdfs_once

BLOCK_TOP = 37  # mm: the top margin of GB/T 9704's A4 page
DPI = 300
MM_PER_PIXEL = 25.4 / DPI
SETTING = "    printer: 某县自然资源局办公室\n"
KAITI = templates_dir() / "gbt9704" / "fonts" / "rk-kaiti.ttf"


def variant(mark: str, size_pt: float | None = None) -> str:
    text = EXAMPLE.read_text(encoding="utf-8").replace("organ_mark: 某县自然资源局文件", f"organ_mark: {mark}")
    return text.replace(SETTING, f"    organ_size_pt: {size_pt:g}\n{SETTING}") if size_pt else text


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


class KaitiMark:
    """The bundled 楷体 as the 标志's face: its ink fills its em box quite differently from the 小标宋's."""

    @hookimpl
    def register_fonts(self, register):
        register(FontFace("RK Kaiti (标志)", "xiaobiaosong", KAITI, "OFL-1.1", priority=50))


VARIANTS = {  # name: (data, lines of the 标志, extra plugins)
    "36pt": (variant("某县自然资源局文件"), 1, ()),
    "22pt": (variant("某县自然资源局文件", 22), 1, ()),
    "72pt": (variant("某某局文件", 72), 1, ()),
    "shrunk": (variant("某某自治州某某县自然资源局文件"), 1, ()),  # 15 characters: 28 pt
    "two lines": (variant("某某自治州某某县自然资源和规划局某某委员会文件"), 2, ()),
    "joint": (variant("[某县自然资源局, 某县财政局, 某县农业农村局]"), 3, ()),
    "kaiti": (variant("某县自然资源局文件"), 1, (KaitiMark(),)),
}
FORMATS = ("pdf", "pdf-typst", "docx")


def parts(name: str) -> list[str]:
    """The inked bands of page 1 from the top: each line of the 标志, the 发文字号, the red line, the title's two lines."""
    return [*[f"标志{i + 1}" for i in range(VARIANTS[name][1])], "发文字号", "红线", "标题1", "标题2"]


@pytest.fixture(scope="module")
def inks(tmp_path_factory):
    """Per variant and output, the ink bands of page 1 (mm from the page's top), from the top (``parts`` names the
    first); the installed plugins' renders and LibreOffice's PDFs shared with tests/test_plugins_redhead.py's."""
    workdir = tmp_path_factory.mktemp("redhead-ink")
    fmts = FORMATS if SOFFICE else FORMATS[:2]
    found = {}
    for plugins in dict.fromkeys(plugins for _, _, plugins in VARIANTS.values()):
        keys = {f"v{i}": name for i, (name, (_, _, p)) in enumerate(VARIANTS.items()) if p == plugins}
        with registered(*plugins):  # LibreOffice gets the faces the PDFs use under the official names: one run each
            results = {key: render(VARIANTS[name][0], file=str(EXAMPLE), strict=True, formats=ALL) if plugins
                       else render_once(VARIANTS[name][0]) for key, name in keys.items()}
            laid_out = libreoffice_pdfs_once({key: r.docx for key, r in results.items()}, workdir) if SOFFICE else {}
        for key, name in keys.items():
            for fmt in fmts:
                pdf = workdir / f"{key}-{fmt}.pdf"
                pdf.write_bytes(laid_out[key] if fmt == "docx" else results[key].outputs[fmt])
                found[name, fmt] = ink_rows(pdf, workdir)
    return found


def _bands(inks, name: str, fmt: str) -> dict[str, tuple[float, float]]:
    if fmt == "docx" and SOFFICE is None:
        pytest.skip("needs LibreOffice")
    assert len(inks[name, fmt]) >= len(parts(name)), inks[name, fmt]
    return dict(zip(parts(name), inks[name, fmt]))


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", list(VARIANTS))
def test_organ_mark_inks_35_mm_under_the_text_block(inks, name, fmt):
    """§7.2.3: the 标志's upper edge, its topmost ink, 35 mm under the top of the text block."""
    top, _ = _bands(inks, name, fmt)["标志1"]
    assert top - BLOCK_TOP == pytest.approx(35, abs=0.3)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", list(VARIANTS))
def test_red_line_inks_4_mm_under_the_doc_number(inks, name, fmt):
    """§7.2.6: the red line's upper edge 4 mm under the 发文字号's lowest ink (the DOCX's border is in whole points:
    within 0.18 mm), 0.35 mm thick."""
    bands = _bands(inks, name, fmt)
    (_, number_bottom), (rule_top, rule_bottom) = bands["发文字号"], bands["红线"]
    assert rule_top - number_bottom == pytest.approx(4, abs=0.2)
    assert rule_bottom - rule_top == pytest.approx(0.35, abs=0.1)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")
@pytest.mark.parametrize("name", list(VARIANTS))
def test_the_three_outputs_ink_the_masthead_alike(inks, name):
    """Every band (标志 lines, 发文字号, red line, the title's two lines) within 0.2 mm of the WeasyPrint PDF's in the
    other two outputs. The title set in the 楷体 too is left out: LibreOffice inked it 0.7 mm lower than the PDFs."""
    want = _bands(inks, name, "pdf")
    if VARIANTS[name][2]:
        del want["标题1"], want["标题2"]
    for fmt in FORMATS[1:]:
        bands = _bands(inks, name, fmt)
        for part, (want_top, want_bottom) in want.items():
            assert bands[part] == (pytest.approx(want_top, abs=0.2), pytest.approx(want_bottom, abs=0.2)), (fmt, part)
