"""Near ties at a line's end: the Typst PDF breaks a line where the WeasyPrint PDF does beside marks and boxes.

Typst gives the last character of a text run no tracking, and what follows carries it (a mark's box, the spacing beside
digits); two boxes in a row (a mark's after a box of letters, two marks) both carried one, and such a Typst line was
0.21 pt narrower than the WeasyPrint PDF's. A middle dot's box ("A·B3(2)") let a line break before "(" where Pango keeps
the word whole, and a quotation mark starting a run of digits and letters ("当天”2023No.5") began a line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import layout_measure as lm
from reportkit.layout import CLOSING_MARKS, OPENING_MARKS

ROOT = Path(__file__).resolve().parents[1]
#: Chinese without marks, written for these tests.
FILLER = "公示栏的内容每月由值班人员核对一遍并拍照存档年底汇总后报送县政务公开办公室备查"
#: Probes whose end falls around the first line's end (the filler before them is k characters long).
PROBES = ["A·B3(2)项", "（“一网通办”）", "，（附件）", "收到A·B，", "当天”2023年", "No.53～5日"]
#: Paragraphs written for these tests whose lines differed in the two PDFs before.
MIXED = [
    "镇便民服务中公示栏每月更在3,456。值班人员拍照县里报县里抽查发。改Wi-FiNo.5当天整改并在人员拍照存里抽查发现心的"
    "公示栏GB/T里抽查发现问No.5镇便民服务中心。",
    "更新一次由值月更新报县里抽查发月更新一问题当天”2023No.5《存档上报县里改并在下次3(2)APP乡镇示《更中心的公示栏。",
    "天整改并在下示栏每月“更新一次由值。人员拍照OFDOFD“下次例会上通报抽上报县里抽查拍照存档并在下次A·B（服务中心。",
    "务中心班人心的公次例会上通报抽查发现问题的公示A·B……3(2)里抽查发现问题：APP改并在并务中心的公示栏。",
    "PDF3,456天整报县；民服务中PDF问题当）2023A·B3(2)天报县里抽发现问题当天整务中心改并在镇便问题当天整改。",
]


def _texts() -> list[str]:
    return [FILLER[:k] + probe + FILLER[:20] + "。" for probe in PROBES for k in range(18, 28)] + MIXED


@pytest.fixture(scope="module")
def printed():
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["other"] = _texts()
    return lm.lines_in_both_pdfs(data)


def _lines(printed, engine: str, texts: list[str]) -> list[list[str]]:
    return [printed[engine][1][lm._plain(t)] for t in texts]


@pytest.mark.parametrize("probe", PROBES)
def test_both_pdfs_break_a_run_s_end_alike(printed, probe):
    texts = [t for t in _texts()[: len(PROBES) * 10] if probe in t]
    assert _lines(printed, "typst", texts) == _lines(printed, "weasyprint", texts)


def test_both_pdfs_break_mixed_paragraphs_alike(printed):
    assert _lines(printed, "typst", MIXED) == _lines(printed, "weasyprint", MIXED)


def test_no_typst_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(printed):
    bad = [
        line
        for lines in printed["typst"][1].values()
        for line in lines
        if line[0] in CLOSING_MARKS + ")" or line[-1] in OPENING_MARKS + "("
    ]
    assert bad == []


def test_no_typst_ink_past_the_right_edge(printed):
    """Glyph boxes of a line's last mark or letter may reach past the edge (their boxes are narrower than the glyph by
    the tracking); no ink does: the strip right of the text block is blank on every page."""
    assert lm.inked_right_of_the_text_block(printed["typst"][0]) == []
