"""Build ``src/reportkit_redhead/template/document.docx``: the core's GB/T 9704 template plus the
styles of the 版头 and 版记.

Usage, from the reportkit repository root::

    PYTHONPATH=src python plugins/reportkit-gbt9704-redhead/tools/make_template.py

It reuses ``tools/make_docx_template.py`` (page set-up, footers, the body styles) and adds
MastheadOrgan (发文机关标志: red 小标宋, its ink 35 mm below the top of the text block),
DocNumber (发文字号, centred two lines below, the red separator line 4 mm under its ink as a bottom
border as wide as the text block), and the 4号仿宋 styles of the 版记 table (§7.4). The masthead's
spacing is that of a 36 pt 标志 in the bundled faces: the renderer sets each document's own.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from reportkit.blocks import Masthead
from reportkit.fonts import survey
from reportkit.plugins import load_plugins
from reportkit.renderers.docx import EXACT_ASCENT, IMPRINT_CHAR, IMPRINT_END, NUMBER_PT, masthead_spacing
from reportkit.renderers.masthead import masthead_place
from reportkit_redhead import LAYOUT

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUTPUT = HERE.parent / "src" / "reportkit_redhead" / "template" / "document.docx"
RED = "FF0000"
ORGAN_PT = 36  # 小初, the 标志's size unless the renderer sets another
#: A typical 版头, whose glyphs place the template's 标志 and red line (``reportkit.renderers.masthead``).
MASTHEAD = Masthead("某某市某某局文件", "某发〔2024〕1号", ORGAN_PT)
#: mm from the red line to the title's line box in both PDFs (redhead.css, document.typ).
TITLE_GAP_MM = 18.76


def _core_tool():
    spec = importlib.util.spec_from_file_location("make_docx_template", ROOT / "tools" / "make_docx_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    t = _core_tool()
    E, style, fonts, size, rpr = t.E, t.style, t.fonts, t.size, t.rpr
    core_styles = t.styles_xml

    def styles_xml(m, faces):
        root = core_styles(m, faces)
        fs, xbs = faces["fangsong"], faces["xiaobiaosong"]
        small = 28  # 4号 in half-points
        one = IMPRINT_CHAR  # one 4号 character, in twips
        texts = [(LAYOUT.roles["masthead"], MASTHEAD.organ, None), (LAYOUT.roles["doc_number"], MASTHEAD.number, None)]
        place = masthead_place(MASTHEAD, LAYOUT, survey(texts, load_plugins().registry.fonts))
        organ_before, number_before, rule_space = masthead_spacing(place, ORGAN_PT, m.line)
        # The title's baseline where both PDFs have it: under the middle of its grid line, which Word and
        # LibreOffice put EXACT_ASCENT of the line under its top (the title is in the 标志's face, 小标宋).
        title_gap = round(TITLE_GAP_MM * 1440 / 25.4 + (0.5 - EXACT_ASCENT) * m.line
                          + place.organ_baseline_em * m.title_sz * 10)

        def off_grid(before=0, after=0, line=None):
            spacing = (E("w:spacing", before=before, after=after, line=line, lineRule="exact") if line
                       else E("w:spacing", before=before, after=after, line=240, lineRule="auto"))
            return [E("w:snapToGrid", val=0), spacing]

        no_indent = E("w:ind", firstLine=0, firstLineChars=0)
        root.extend([
            style("paragraph", "MastheadOrgan", "Masthead Organ",
                  E("w:pPr", E("w:keepNext"), *off_grid(before=organ_before, line=ORGAN_PT * 20), E("w:ind", firstLine=0, firstLineChars=0),
                    E("w:jc", val="center")),
                  rpr(fonts(xbs), E("w:color", val=RED), E("w:spacing", val=0), size(2 * ORGAN_PT)),
                  based_on="Normal", next_="DocNumber"),
            style("paragraph", "DocNumber", "Doc Number",
                  # An exact line as tall as its characters; the red line 0.35 mm (sz in 1/8 pt).
                  E("w:pPr", E("w:keepNext"),
                    E("w:pBdr", E("w:bottom", val="single", sz=8, space=rule_space, color=RED)),
                    *off_grid(before=number_before, after=title_gap, line=NUMBER_PT * 20),
                    E("w:ind", firstLine=0, firstLineChars=0), E("w:jc", val="center")),
                  based_on="Normal", next_="Title"),
            style("table", "ImprintTable", "Imprint Table",
                  E("w:tblPr", E("w:tblCellMar", E("w:left", w=0, type="dxa"), E("w:right", w=0, type="dxa"))),
                  based_on="TableNormal", ui=59),
            style("paragraph", "ImprintCopyTo", "Imprint Copy To",
                  E("w:pPr", *off_grid(line=m.line), E("w:ind", left=4 * one, right=one, hanging=3 * one),
                    E("w:jc", val="left")),
                  rpr(fonts(fs), E("w:spacing", val=0), size(small)), based_on="Normal"),
            style("paragraph", "ImprintPrinter", "Imprint Printer",
                  E("w:pPr", *off_grid(line=m.line), E("w:ind", left=one, firstLine=0, firstLineChars=0),
                    E("w:jc", val="left")),
                  rpr(fonts(fs), E("w:spacing", val=0), size(small)), based_on="Normal"),
            style("paragraph", "ImprintDate", "Imprint Date",
                  E("w:pPr", *off_grid(line=m.line), E("w:ind", right=one, firstLine=0, firstLineChars=0),
                    E("w:jc", val="right")),
                  rpr(fonts(fs), E("w:spacing", val=0), size(small)), based_on="Normal"),
            style("paragraph", "ImprintEnd", "Imprint End",
                  E("w:pPr", *off_grid(line=IMPRINT_END), no_indent), rpr(size(2)), based_on="Normal"),
        ])
        return root

    t.styles_xml = styles_xml
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(t.build())
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    sys.exit(main())
