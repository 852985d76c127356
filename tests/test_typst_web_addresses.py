"""The Typst PDF: long web addresses break where the WeasyPrint PDF breaks them, and a line of an address alone reaches
the right edge while letters beside Chinese keep their advance."""
from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
import yaml

import layout_measure as lm
from reportkit.layout import Geometry
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
ADDRESS = "http://www.example-county.gov.cn/col/col1234/index.html?id=20230415&type=notice&page=2"
BARE = "www.example-county.gov.cn/col/col1234/index.html?id=20230415&type=notice"
ART = "https://www.example-county.gov.cn/art/2023/4/15/art_1229_3456789.html"
#: A query wider than a line: Pango breaks it anywhere only on a line of its own ("search?|q=%E6…&from|=2023").
QUERY = "https://www.example.gov.cn/search?q=%E6%94%BF%E5%8A%A1&page=3&sort=date_desc&from=2023-01-01&to=2023-12-31"


def _paragraphs() -> list[str]:
    """Addresses at every place across a line's end: after Chinese, before a comma, before Chinese, with and without
    a scheme; the comma after an address ends a line (``…page=2，`` then ``全年…``) in some of them; runs wider than a
    line."""
    return ([f"本局{'门' * k}户网站专栏的网址为{ADDRESS}，全年保持每周更新。" for k in range(0, 28, 2)]
            + [f"依申请公开的答复{'书' * k}可在{BARE}查阅，逾期未查阅的另行告知。" for k in range(0, 28, 3)]
            + [f"栏目{'目' * k}链接{ART}，请查阅。" for k in range(0, 28, 4)]
            + ["本报告电子版可在本局网站https://zrzyj.example-county.gov.cn/xxgk/2023/index.html下载，亦可来电索取。",
               f"详见{QUERY}页面。", f"{QUERY}是检索页。", "证书编号为" + "1234567890" * 6 + "，已归档。"])


@pytest.fixture(scope="module")
def printed():
    """Each engine's lines of the paragraphs (page, line), its ragged lines, and its characters on each page."""
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["other"] = _paragraphs()
    g = Geometry()
    found = {}
    for engine in ("weasyprint", "typst"):
        result = render(data, formats=("pdf",), engine=engine)
        pages = lm.measure(result.pdf, g)
        segments = {s.text: s.lines for s in lm.paragraphs(pages, result.document, g)}  # raises on any text changed
        with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
            chars = [[c for c in page.chars if c["text"].strip()] for page in pdf.pages]
        found[engine] = [segments[text] for text in _paragraphs()], lm.ragged_lines(pages, result.document, g), chars
        found[f"{engine} warnings"] = [w.message for w in result.warnings]
    return found


def _texts(lines) -> list[list[str]]:
    return [[line.text for _, line in para] for para in lines]


def test_typst_breaks_a_web_address_after_a_hyphen_and_a_question_mark_as_the_weasyprint_pdf(printed):
    """Pango breaks an address after "/", after a hyphen before a letter and after "?" ("example-|county",
    "index.html?|id="), not after "&" or "="; the Typst PDF set each part between two "/" in an unbreakable box and
    carried "www.example-county.gov.cn/" down whole, its lines differing from the WeasyPrint PDF's from there on.
    A run wider than a line starts a line of its own in both (Typst went on after "search?" and "编号为")."""
    typst, weasyprint = _texts(printed["typst"][0]), _texts(printed["weasyprint"][0])
    assert any(line.endswith("example-") for para in typst for line in para)
    assert any(line.endswith("?") for para in typst for line in para)
    assert typst == weasyprint


def _latin(text: str) -> bool:
    return not any("\u4e00" <= c <= "\u9fff" for c in text)


def test_a_line_of_a_web_address_alone_reaches_the_right_edge_in_the_typst_pdf(printed):
    """Typst justifies only spaces and Chinese: a line of nothing but parts of an address
    ("county.gov.cn/col/col1234/index.html?") ended up to ~174 pt short of the right edge, where the WeasyPrint PDF
    spreads its letters. Now only such lines spread their letters (evenly); every other line is as before. Where
    the lines break is read from the layout pass before: the layout settles, Typst warns of nothing."""
    lines, ragged, _ = printed["typst"]
    alone = [line for para in lines for _, line in para[:-1] if _latin(line.text)]
    assert len(alone) >= 10
    assert ragged == []
    assert printed["typst warnings"] == []


def test_letters_beside_chinese_keep_their_advance_in_the_typst_pdf(printed):
    """On a line that holds Chinese too, the slack goes to the Chinese: an address's letters keep their advance
    (a run's letters spread on such lines when Typst was let spread letters)."""
    g = Geometry()
    tracking = g.char_pitch_pt - g.body_size_pt
    lines, _, chars = printed["typst"]
    mixed = [(page, line) for para in lines for page, line in para[:-1] if not _latin(line.text) and "/" in line.text]
    assert len(mixed) >= 10
    for page, line in mixed:
        row = sorted((c for c in chars[page.number - 1] if line.top - 1 < c["top"] < line.bottom and c["text"].isascii()),
                     key=lambda c: c["x0"])
        gaps = [b["x0"] - a["x1"] for a, b in zip(row, row[1:]) if b["x0"] - a["x1"] < 3]
        assert gaps and max(abs(gap - tracking) for gap in gaps) < 0.15, line.text


#: Lines that just fit 28 characters with a Roman numeral, full-width letters or a Greek letter among the Chinese.
SCRIPTS = ["防治污染设施拆除或闲置审批、医用Ⅲ类射线装置《辐射安全许可证》核发等事项，均已声明不收取费用。",
           "本局" + "某" * 10 + "医用Ⅲ类射线装置和Ⅱ类" + "放射源" * 6 + "的许可证核发均按时办结。",
           "检测结果显示ＰＭ２.５年均浓度" + "为" * 8 + "，α粒子" + "活度" * 6 + "均未超过标准限值。"]


def test_a_letter_of_another_script_in_chinese_costs_no_tracking_in_the_typst_pdf():
    """Typst shapes runs of one script and gives a run's last character no tracking: "医用Ⅲ类" (a Roman numeral is
    Latin script) lost two trackings, 0.43 pt, and a line that just fits in the WeasyPrint PDF carried its last
    character ("安", "源") down in the Typst PDF. Both PDFs now break these paragraphs alike."""
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["other"] = SCRIPTS
    g = Geometry()
    found = {}
    for engine in ("weasyprint", "typst"):
        result = render(data, formats=("pdf",), engine=engine)
        segments = {s.text: _texts([s.lines])[0] for s in lm.paragraphs(lm.measure(result.pdf, g), result.document, g)}
        found[engine] = [segments[text] for text in SCRIPTS]
    assert found["typst"][0][0].endswith("辐射安")
    assert found["typst"] == found["weasyprint"]
