"""The red-head 版头 measured on the ink, as a reviewer's ruler finds it on the printed page (GB/T 9704-2012 §7.2):
the 发文机关标志's upper edge 35 mm under the top of the text block, the red line 4 mm under the 发文字号.

Page 1 of the WeasyPrint PDF, the Typst PDF and LibreOffice's PDF of the DOCX, rasterised at 300 dpi
(``test_redhead_docx_ink.ink_rows``), for a 标志 of the default size, of a configured size, of a long name shrunk to
fit, on two lines, of a 联合行文 on three lines, and set in another face (the bundled 楷体 registered as the 小标宋):
the places come from the glyphs of the face that sets the 标志 (``reportkit.renderers.masthead``). The 标志's ink
was 33.2 mm under the block's top at 36 pt (32.9 at 22 pt, 34.3 at 72 pt), the red line 3.7 mm under the 发文字号's ink.
"""
from __future__ import annotations

import shutil

import pytest

from _fast_redhead import ALL
from docx_pages import SOFFICE
from reportkit import hookimpl
from reportkit.registry import FontFace
from reportkit.resources import templates_dir
from reportkit.testing import registered, render
from test_plugins_redhead import EXAMPLE, libreoffice_pdfs
from test_redhead_docx_ink import ink_rows, page_one_bands, variant

BLOCK_TOP = 37  # mm: the top margin of GB/T 9704's A4 page
KAITI = templates_dir() / "gbt9704" / "fonts" / "rk-kaiti.ttf"


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


@pytest.fixture(scope="module")
def inks(tmp_path_factory):
    """Per variant and output, the ink bands of page 1 (mm from the page's top): the 标志's lines, the 发文字号, the red line."""
    workdir = tmp_path_factory.mktemp("redhead-ink-s26")
    # Without extra plugins: the renders, LibreOffice's PDFs and bands tests/test_redhead_docx_ink.py reads too (four
    # of these variants are its own), made once in the test process, LibreOffice's in one run.
    plain = {name: data for name, (data, _, plugins) in VARIANTS.items() if not plugins}
    bands = page_one_bands(plain, workdir)
    for plugins in dict.fromkeys(plugins for _, _, plugins in VARIANTS.values() if plugins):
        keys = {f"p{i}": name for i, (name, (_, _, p)) in enumerate(VARIANTS.items()) if p == plugins}
        with registered(*plugins):  # LibreOffice gets the faces the PDFs use under the official names: one run for them
            results = {key: render(VARIANTS[name][0], file=str(EXAMPLE), strict=True, formats=ALL) for key, name in keys.items()}
            laid_out = libreoffice_pdfs({key: r.docx for key, r in results.items()}, workdir) if SOFFICE else {}
        for key, name in keys.items():
            pdfs = {"pdf": results[key].outputs["pdf"], "pdf-typst": results[key].outputs["pdf-typst"]}
            if laid_out:
                pdfs["docx"] = laid_out[key]
            bands[name] = {}
            for fmt, data in pdfs.items():
                (workdir / f"{key}-{fmt}.pdf").write_bytes(data)
                bands[name][fmt] = ink_rows(workdir / f"{key}-{fmt}.pdf", workdir)
    return {(name, fmt): found[:VARIANTS[name][1] + 2] for name, by_fmt in bands.items() for fmt, found in by_fmt.items()}


def _bands(inks, name: str, fmt: str) -> list[tuple[float, float]]:
    if fmt == "docx" and SOFFICE is None:
        pytest.skip("needs LibreOffice")
    return inks[name, fmt]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", list(VARIANTS))
def test_organ_mark_inks_35_mm_under_the_text_block(inks, name, fmt):
    """§7.2.3: the 标志's upper edge, its topmost ink, 35 mm under the top of the text block."""
    (top, _), *_ = _bands(inks, name, fmt)
    assert top - BLOCK_TOP == pytest.approx(35, abs=0.3)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", list(VARIANTS))
def test_red_line_inks_4_mm_under_the_doc_number(inks, name, fmt):
    """§7.2.6: the red line's upper edge 4 mm under the 发文字号's lowest ink (the DOCX's border is in whole points:
    within 0.18 mm), 0.35 mm thick."""
    bands = _bands(inks, name, fmt)
    *_, (_, number_bottom), (rule_top, rule_bottom) = bands
    assert rule_top - number_bottom == pytest.approx(4, abs=0.2)
    assert rule_bottom - rule_top == pytest.approx(0.35, abs=0.1)
    assert len(bands) == VARIANTS[name][1] + 2


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")
@pytest.mark.parametrize("name", list(VARIANTS))
def test_the_three_outputs_ink_the_masthead_alike(inks, name):
    """Every band (标志 lines, 发文字号, red line) within 0.2 mm of the WeasyPrint PDF's in the other two outputs."""
    for fmt in FORMATS[1:]:
        bands = _bands(inks, name, fmt)
        assert len(bands) == len(inks[name, "pdf"])
        for (top, bottom), (want_top, want_bottom) in zip(bands, inks[name, "pdf"]):
            assert (top, bottom) == (pytest.approx(want_top, abs=0.2), pytest.approx(want_bottom, abs=0.2)), fmt
