"""Long runs that cannot break, and mixed scripts, on the printed page of all three outputs (the WeasyPrint PDF, the
Typst PDF and the DOCX as LibreOffice lays it out): a web address, an e-mail address, an 18-character 统一社会信用代码,
a long file name and a long Latin word, long figures in the text and in table cells, a long 文号 in an attachment's
title, an English name in a title, full-width and half-width brackets mixed, a paragraph of punctuation alone, a web
address and an e-mail address in the contact details.

Measured with pdfplumber: every character lies inside the text block, and inside the rules of its table cell; the text
extracted is the data's, not a character added or lost (the DOCX's with python-docx as well).
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
import pytest
import yaml

from docx_pages import SOFFICE, docx_to_pdfs
from reportkit.layout import Geometry
from reportkit.plugins import load_plugins
from reportkit.testing import docx_text, render

ROOT = Path(__file__).resolve().parents[1]
G = Geometry()
MM = 72 / 25.4
LEFT, RIGHT = G.margin_left_mm * MM, (G.page_width_mm - G.margin_right_mm) * MM
#: How far a character's box may pass the text block's edge: a line's last character carries the tracking (-0.21 pt)
#: past it, and a Typst box of a full-width mark two; a few tenths more where a long Latin run adds up its rounding.
EDGE_PT = 0.6

URL = "http://www.example.gov.cn/col/col12345/art/2021/art_0123456789abcdef.html"
MAIL = "zhengwugongkai_bangongshi@example-county.gov.cn"
CODE = "11330100MB2C3D4E5X"  # 统一社会信用代码, 18 characters
FILE = "GovernmentInformationDisclosureAnnualReportAttachmentFinalVersion2023.docx"
FIGURE = "202312310000123456789012987654321"  # wider than a third of the table
PUNCTUATION = "！？。，、；：……——《》（）【】“”‘’！？。，、；：……——《》（）"
#: Two characters and a figure too long to share their line: the line holds the two alone, spread to both edges
#: (the WeasyPrint PDF drew the second 4.7 pt past the right edge).
SPREAD = "编号" + "1234567890" * 5 + "12。"

PARAGRAPHS = [
    f"本局专栏网址为{URL}，群众可随时查阅。",
    f"意见和建议请发至电子邮箱{MAIL}，本局统一社会信用代码为{CODE}，年度报告文件名为{FILE}，档案编号{FIGURE}。",
    "本年度修订的《公开指南(试行）》和（暂行)办法，已按[2023]第3号通知（见附件1)执行。",
    PUNCTUATION,
    SPREAD,
]
TITLES = ["某县自然资源局关于印发政府信息公开申请办理规程的通知（某自然资发〔2023〕20231234567890123号）",
          "Foreign Affairs Office of the People's Government of Some County"]


def _annual() -> dict:
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["overview"][1:1] = PARAGRAPHS
    data["contact"].update(email=MAIL, website=URL)
    data["attachments"] = [
        {"title": TITLES[0], "content": ["档案号见下表。"],
         "table": {"columns": ["序号", "档案号", "网址"], "rows": [["1", FIGURE, URL], ["2", CODE, MAIL]]}},
        {"title": TITLES[1], "content": ["说明。"]},
    ]
    return data


def _plan() -> dict:
    data = yaml.safe_load((ROOT / "examples" / "putian-2018-work-plan.yaml").read_text(encoding="utf-8"))
    data["preamble"] += PARAGRAPHS
    data["tasks"][0]["content"][0] += f"清单网址{URL}，编号{FIGURE}。"
    data["tasks"][0]["lead"] = "InternationalCooperationCenter"
    return data


DOCUMENTS = {"annual": _annual, "plan": _plan}
ENGINES = ["weasyprint", "typst", "docx"]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """Each document rendered by each engine once, and its PDF read once for the three tests that measure it
    (pdfplumber's tables and text cost as much as the render): (rendered, ``_pages`` of the PDF), the DOCX's PDF from
    LibreOffice."""
    made = {}

    def get(document: str, engine: str):
        if (document, engine) not in made:
            if engine == "docx":
                if SOFFICE is None:
                    pytest.skip("LibreOffice (soffice) is not installed")
                # both documents' DOCX in one LibreOffice run: its start (a new profile) costs far more than a file
                folder = tmp_path_factory.mktemp("docx")
                results = {name: render(make(), formats=("docx",)) for name, make in DOCUMENTS.items()}
                for name, result in results.items():
                    (folder / f"{name}.docx").write_bytes(result.docx)
                pdfs = docx_to_pdfs([folder / f"{name}.docx" for name in results], load_plugins().registry.fonts, folder)
                made.update({(name, "docx"): (results[name], _pages(pdf.read_bytes())) for name, pdf in zip(results, pdfs)})
            else:
                result = render(DOCUMENTS[document](), formats=("pdf",), engine=engine)
                made[document, engine] = result, _pages(result.pdf)
        return made[document, engine]

    return get


def _pages(pdf: bytes) -> list:
    """Each page's number, printed characters, table cells and text."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [(page.page_number, [c for c in page.chars if c["text"].strip()],
                 [cell for table in page.find_tables() for cell in table.cells], page.extract_text() or "")
                for page in doc.pages]


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_character_stays_inside_the_text_block_and_its_cell(outputs, document, engine):
    _, pages = outputs(document, engine)
    outside, out_of_cell = [], []
    for number, chars, cells, _ in pages:
        outside += [f"p{number} {c['text']} {c['x0'] - LEFT:+.2f}/{c['x1'] - RIGHT:+.2f}pt" for c in chars
                    if c["x0"] < LEFT - EDGE_PT or c["x1"] > RIGHT + EDGE_PT]
        for c in chars:
            x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
            cell = next((cell for cell in cells if cell[0] <= x <= cell[2] and cell[1] <= y <= cell[3]), None)
            if cell and (c["x0"] < cell[0] - 0.3 or c["x1"] > cell[2] + 0.3):
                out_of_cell.append(f"p{number} {c['text']}")
    assert outside == [] and out_of_cell == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_text_comes_back_as_written(outputs, document, engine):
    result, pages = outputs(document, engine)
    extracted = _plain("".join(text for *_, text in pages))
    expected = PARAGRAPHS + [URL, MAIL, FIGURE] + (TITLES if document == "annual" else ["InternationalCooperationCenter"])
    assert [text for text in expected if _plain(text) not in extracted] == []
    if engine == "docx":
        written = docx_text(result.docx)
        assert [text for text in PARAGRAPHS if text not in written] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_long_figure_in_an_attachment_s_table_is_on_one_line_of_its_cell(outputs, engine):
    """It was broken inside, "…01298|7654321", in all three outputs. The attachment's column widths now give it its
    room (``attachments.content_widths`` shares the room by each column's widest line); ``line_breaks.fitted_tables``
    widens a column still too narrow for a figure, as in a table of the body (the test passes without it)."""
    _, pages = outputs("annual", engine)
    lines = []
    for _, chars, cells, _ in pages:
        for cell in cells:
            inside = sorted((c for c in chars if cell[0] <= c["x0"] and c["x1"] <= cell[2] + 0.3
                             and cell[1] <= c["top"] and c["bottom"] <= cell[3]), key=lambda c: (round(c["top"]), c["x0"]))
            by_line: dict[int, str] = {}
            for c in inside:
                by_line[round(c["top"])] = by_line.get(round(c["top"]), "") + c["text"]
            lines += by_line.values()
    assert FIGURE in lines
