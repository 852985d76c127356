"""The 版记 (红头版式) spaces Chinese and digits as the body text does, in both PDFs (docs/layout.md: one rule for
every output; the DOCX has Word's autoSpaceDN everywhere). The 印发日期 was set unspaced in both PDFs, the 抄送 and
the Typst PDF's 印发机关 too."""
from __future__ import annotations

import io
import re
import statistics
from pathlib import Path

import pdfplumber
import pytest

from reportkit.testing import render

EXAMPLE = Path(__file__).resolve().parents[1] / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
#: A 印发机关 and a 抄送 with digits in them (the example's have none).
PRINTER, COPY_TO = "某县12345热线办公室", "某县12345政务服务便民热线管理中心"
_CHINESE = re.compile("[\u4e00-\u9fff]")


@pytest.fixture(scope="module", params=["pdf", "pdf-typst"])
def last_page(request) -> list[list[dict]]:
    """The lines of the last page (the 版记's, with the 署名 above it) of the example's PDF, each character in order."""
    text = EXAMPLE.read_text(encoding="utf-8").replace("printer: 某县自然资源局办公室", f"printer: {PRINTER}").replace(
        "copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]", f"copy_to: [某县人民政府办公室, {COPY_TO}]")
    pdf = render(text, file=str(EXAMPLE), strict=True, formats=(request.param,)).outputs[request.param]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        rows: dict = {}
        for c in doc.pages[-1].chars:
            if c["text"].strip():
                rows.setdefault(round(c["top"]), []).append(c)
    return [sorted(rows[top], key=lambda c: c["x0"]) for top in sorted(rows)]


def _text(line: list[dict]) -> str:
    return "".join(c["text"] for c in line)


def _space(line: list[dict], at: int) -> float:
    """The space between ``line[at]`` and the character after it beyond the line's ordinary gap between two Chinese
    characters (its tracking; none on a line without such a pair): the boundary's own space, in points."""
    ordinary = [b["x0"] - a["x1"] for a, b in zip(line, line[1:]) if _CHINESE.match(a["text"]) and _CHINESE.match(b["text"])]
    return line[at + 1]["x0"] - line[at]["x1"] - (statistics.median(ordinary) if ordinary else 0)


def _body_space(lines: list[list[dict]]) -> tuple[float, float]:
    """The body text's space between a digit and the Chinese character after it on the page (a line of the body
    that is not spread: its Chinese characters are the tracking apart), and the body's type size."""
    for line in lines:
        gaps = [b["x0"] - a["x1"] for a, b in zip(line, line[1:]) if _CHINESE.match(a["text"]) and _CHINESE.match(b["text"])]
        boundary = next((i for i, (a, b) in enumerate(zip(line, line[1:]))
                         if a["text"].isdigit() and _CHINESE.match(b["text"])), None)
        if gaps and boundary is not None and max(gaps) < 0.5 and line[0]["size"] > 15:
            return _space(line, boundary), line[0]["size"]
    raise AssertionError("no body line with a digit before a Chinese character on the last page")


def _found(lines: list[list[dict]], text: str, last: bool = True) -> tuple[list[dict], int]:
    """The line holding ``text`` (the last such line, else the first) and where ``text`` starts in it."""
    found = [(line, _text(line).find(text)) for line in lines if text in _text(line)]
    assert found, (text, [_text(line) for line in lines])
    return found[-1] if last else found[0]


@pytest.mark.parametrize("text, boundary", [("2024年1月25日印发", 3), ("12345热线", 4), ("县12345热线", 0),
                                            ("12345政务", 4), ("县12345政务", 0)],
                         ids=["printed_on", "printer_digit_chinese", "printer_chinese_digit",
                              "copy_to_digit_chinese", "copy_to_chinese_digit"])
def test_the_imprint_spaces_chinese_and_digits_as_the_body_does(last_page, text, boundary):
    """印发日期, 印发机关 and 抄送 (4号, 14 pt): a quarter of their em between Chinese and digits, as the body's quarter
    of its own (3号); each PDF had none in the 印发日期 and the 抄送, the Typst PDF none in the 印发机关."""
    body, body_size = _body_space(last_page)
    line, at = _found(last_page, text)
    size = line[at]["size"]
    assert size == pytest.approx(14, abs=0.01)
    assert _space(line, at + boundary) == pytest.approx(body / body_size * size, abs=0.3), (text, body)


def test_the_signature_date_is_spaced_as_the_body(last_page):
    """The 成文日期 (the 署名's, 3号): the body's space between each digit and Chinese character."""
    body, body_size = _body_space(last_page)
    line, at = _found(last_page, "2024年1月25日", last=False)
    assert line[at]["size"] == pytest.approx(body_size, abs=0.01) and _text(line) == "2024年1月25日"
    assert [round(_space(line, at + i), 1) for i in (3, 4, 5, 6, 8)] == [pytest.approx(body, abs=0.3)] * 5


def test_the_printed_on_date_still_ends_one_character_from_the_text_block_s_right_edge(last_page):
    """§7.4.3: spacing widens the 印发日期 to the left; its right end stays one character (14 pt) in."""
    line, at = _found(last_page, "2024年1月25日印发")
    right = 210 - 26  # the text block's right edge, in mm
    assert line[at + len("2024年1月25日印发") - 1]["x1"] == pytest.approx(right * 72 / 25.4 - 14, abs=0.3)


def test_the_docx_counts_the_spaces_of_a_copy_to_with_numbers_in_its_row_height():
    """The DOCX's 抄送 row is as many lines tall (an exact height) as the PDFs set the 抄送 in: Word spaces its numbers
    too (autoSpaceDN), and twelve “某县第N个…” are seven lines, not the six the row had, which cut the last off."""
    from docx import Document as open_docx

    from reportkit.renderers.docx import IMPRINT_LINE

    many = [f"某县第{n}个需要抄送的单位" for n in range(1, 13)]
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]", f"copy_to: [{', '.join(many)}]")
    result = render(text, file=str(EXAMPLE), strict=True, formats=("docx", "pdf"))
    with pdfplumber.open(io.BytesIO(result.outputs["pdf"])) as doc:
        tops = {round(c["top"]) for c in doc.pages[-1].chars if c["text"].strip()}
        texts = ["".join(c["text"] for c in sorted(doc.pages[-1].chars, key=lambda c: c["x0"]) if round(c["top"]) == top)
                 for top in sorted(tops)]
    first = next(i for i, line in enumerate(texts) if line.startswith("抄送："))
    pdf_lines = next(i for i, line in enumerate(texts) if "印发" in line) - first
    table = next(t for t in open_docx(io.BytesIO(result.outputs["docx"])).tables if "抄送：" in t.rows[0].cells[0].text)
    height = table.rows[0]._tr.trPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}trHeight").get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
    assert pdf_lines == 7 and int(height) == pdf_lines * IMPRINT_LINE
