"""Long web addresses in body text: both PDFs break them alike and justify a line of an address alone."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import layout_measure as lm
from reportkit.layout import Geometry
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
ADDRESS = "http://www.example-county.gov.cn/col/col1234/index.html?id=20230415&type=notice&page=2"
BARE = "www.example-county.gov.cn/col/col1234/index.html?id=20230415&type=notice"


def _paragraphs() -> list[str]:
    """The address at every place across a line's end, with and without its scheme, and other long runs."""
    return ([f"本局{'门' * k}户网站专栏的网址为{ADDRESS}，全年保持每周更新。" for k in range(0, 27, 3)]
            + [f"依申请公开的答复{'书' * k}可在{BARE}查阅，逾期未查阅的另行告知。" for k in range(0, 27, 5)]
            + ["来信请寄电子邮箱xinxigongkai.office-department@example-county.gov.cn，我们将在20个工作日内答复。",
               "申请人统一社会信用代码为11510700MB1A2345XY，答复文号为某自然资函〔2023〕1234567号，已按期办结。"])


@pytest.fixture(scope="module")
def printed():
    """Each engine's lines of the paragraphs (page, line), and its lines that end short of the right edge."""
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["other"] = _paragraphs()
    g = Geometry()
    found = {}
    for engine in ("weasyprint", "typst"):
        result = render(data, formats=("pdf",), engine=engine)
        pages = lm.measure(result.pdf, g)
        lines = {s.text: [line.text for _, line in s.lines] for s in lm.paragraphs(pages, result.document, g)}
        found[engine] = [lines[text] for text in _paragraphs()], lm.ragged_lines(pages, result.document, g)
    return found


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_line_of_a_web_address_alone_reaches_the_right_edge(printed, engine):
    """Typst stretches only spaces and Chinese: a line holding nothing but a part of an address
    ("county.gov.cn/col/col1234/index.html?") stayed ragged by up to ~170 pt in the Typst PDF, where the WeasyPrint
    PDF spreads its letters to the right edge."""
    lines, ragged = printed[engine]
    assert [line for para in lines for line in para[:-1] if "." in line and not any("一" <= c <= "鿿" for c in line)]
    assert ragged == []


def test_both_pdfs_break_a_web_address_after_a_hyphen_and_a_question_mark(printed):
    """Pango breaks an address after a hyphen or a "?" before a letter ("example-|county", "index.html?|id=");
    the Typst PDF set each part between two "/" in an unbreakable box and carried "www.example-county.gov.cn/"
    down whole, so its lines differed from the WeasyPrint PDF's from there on. Both now print the same lines."""
    weasyprint, typst = printed["weasyprint"][0], printed["typst"][0]
    assert any(line.endswith("example-") for para in typst for line in para)
    assert any(line.endswith("?") for para in typst for line in para)
    assert typst == weasyprint
