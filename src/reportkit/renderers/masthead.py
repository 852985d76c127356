"""Where the 版头 of GB/T 9704-2012 §7.2 goes, measured on the ink, for the faces that set it.

A reviewer checks the 版头 with a ruler on the printed page: the 发文机关标志's upper edge 35 mm under the top of
the text block (§7.2.3), the red line 4 mm under the 发文字号 (§7.2.6). A glyph's ink does not fill its em box, by
an amount that depends on the face and the character (the bundled 小标宋 inks 0.85 em above its baseline, FandolFang
0.73 to 0.80), so the places come from the glyphs of the document's own 标志 and 发文字号
(:meth:`reportkit.fonts.FontSurvey.ink`). The WeasyPrint and Typst templates and the DOCX set their boxes from them.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..blocks import Masthead
from ..fonts import FontSurvey
from ..layout import Geometry, Layout

ORGAN_TOP_MM = 35.0  # §7.2.3: the 标志's upper edge under the top of the text block
RULE_GAP_MM = 4.0  # §7.2.6: the red line under the 发文字号
#: mm from the 标志's line box to the 发文字号's, and from the red line to the title's line box (two blank lines,
#: §7.3.1), in both PDFs (redhead.css, document.typ); the red line is 0.35 mm thick.
NUMBER_GAP_MM = 23.23
TITLE_GAP_MM = 18.76
RULE_MM = 0.35
#: Points LibreOffice sets the DOCX's title lower under the 版头 than the PDFs have it, at most (its exact lines put a
#: baseline 0.8 of the line under its top): a notice set closer to fit under the 版头 leaves them free
#: (:func:`notice_pitch`), or LibreOffice moved one that just fitted the PDFs' page to the next.
DOCX_LOWER_PT = 2
NUMBER_PT = 16  # the 发文字号 in 3号 (§7.2.4)
DEFAULT_ORGAN_PT = 36  # 小初, when the block names no size
#: Without a face: the ideographic em box (ascender 0.88, descender -0.12 em), which CJK faces ink within.
EM_BOX = (0.88, -0.12)
MM_PER_PT = 25.4 / 72


@dataclass(frozen=True)
class MastheadPlace:
    """The boxes of the 版头 in mm, and the baselines in them in ems under a box's middle, where a CSS line box and
    the Typst template put them (half the face's ascender plus its descender)."""

    organ_mm: float  # the top of the 标志's first line box, one em tall, under the top of the text block
    rule_mm: float  # the red line's upper edge under the 发文字号's line box, one grid line tall
    organ_baseline_em: float
    number_baseline_em: float


def masthead_place(block: Masthead, layout: Layout, chosen: FontSurvey) -> MastheadPlace:
    """The 标志's first line inks from 35 mm under the block's top, the red line 4 mm under the 发文字号's lowest ink."""
    organ_baseline, (organ_top, _) = _metrics(chosen, layout.roles["masthead"], block.organ.split("\n")[0])
    number_baseline, (_, number_bottom) = _metrics(chosen, layout.roles["doc_number"], block.number)
    organ_mm = (block.size_pt or DEFAULT_ORGAN_PT) * MM_PER_PT
    number_mm, pitch_mm = NUMBER_PT * MM_PER_PT, layout.geometry.line_pitch_pt * MM_PER_PT
    ink_under_box = (number_baseline - number_bottom) * number_mm - pitch_mm / 2  # under the line box's bottom
    return MastheadPlace(ORGAN_TOP_MM - (0.5 + organ_baseline - organ_top) * organ_mm, RULE_GAP_MM + ink_under_box,
                         organ_baseline, number_baseline)


def masthead_height_pt(block: Masthead, place: MastheadPlace, geometry: Geometry) -> float:
    """How far under the top of the text block the 版头 ends and the title's line box begins, in points."""
    mm = place.organ_mm + NUMBER_GAP_MM + place.rule_mm + RULE_MM + TITLE_GAP_MM
    lines = len(block.organ.split("\n"))
    return mm / MM_PER_PT + lines * (block.size_pt or DEFAULT_ORGAN_PT) + geometry.line_pitch_pt


def notice_pitch(blocks: list, layout: Layout, chosen: FontSurvey) -> float | None:
    """The line pitch of the notice under the 版头 that opens ``blocks`` (``Geometry.notice_pitch``); ``None`` where it
    keeps the grid's, or ``blocks`` open with no 版头: a notice with the whole page that overflows it fills the page and
    carries its last lines to the next at the grid's pitch, as GB/T 9704 lays a page (22 lines)."""
    if not blocks or not isinstance(blocks[0], Masthead):
        return None
    place = masthead_place(blocks[0], layout, chosen)
    return layout.geometry.notice_pitch(blocks, masthead_height_pt(blocks[0], place, layout.geometry) + DOCX_LOWER_PT)


def _metrics(chosen: FontSurvey, role: str, text: str) -> tuple[float, tuple[float, float]]:
    """Where ``role``'s first face puts its baseline under the middle of a line box, in ems, and the ink of ``text``."""
    ascender, descender, _ = chosen.dash_metrics(role) or (*EM_BOX, 0)
    return (ascender + descender) / 2, chosen.ink(role, text) or EM_BOX
