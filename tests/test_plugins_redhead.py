"""plugins/reportkit-gbt9704-redhead: the 版头 and 版记 of GB/T 9704 in both outputs."""
from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from docx import Document as open_docx

from reportkit.cli import cli
from reportkit.errors import InvalidData, ReportkitError
from reportkit.testing import check, render

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RED = (1, 0, 0)
MM = 72 / 25.4


@pytest.fixture(scope="module")
def rendered():
    result = render(EXAMPLE.read_text(encoding="utf-8"), file=str(EXAMPLE), strict=True)
    assert [d.format() for d in result.warnings if d.severity != "note"] == []
    return result


def test_the_example_uses_the_layout_and_the_settings(rendered):
    assert rendered.document.blocks[0].organ == "某县自然资源局文件"
    assert rendered.document.blocks[-1].date_line == "2024年1月25日印发"


def test_docx_masthead_is_red_with_the_doc_number_and_red_line(rendered):
    doc = open_docx(io.BytesIO(rendered.docx))
    first, second = doc.paragraphs[0], doc.paragraphs[1]
    assert (first.style.name, first.text) == ("Masthead Organ", "某县自然资源局文件")
    assert first.style.font.color.rgb == (0xFF, 0x00, 0x00)
    assert first.runs[0].font.size.pt == 36
    assert (second.style.name, second.text) == ("Doc Number", "某自然资发〔2024〕3号")
    line = second.style.element.find(f"{W}pPr/{W}pBdr/{W}bottom")
    assert (line.get(f"{W}val"), line.get(f"{W}color")) == ("single", "FF0000")
    assert doc.paragraphs[2].style.name == "Title"


def test_docx_imprint_closes_the_document_on_an_even_page(rendered):
    doc = open_docx(io.BytesIO(rendered.docx))
    body = doc.element.body
    assert body.find(f"{W}sectPr/{W}type").get(f"{W}val") == "evenPage"
    breaks = body.findall(f"{W}p/{W}pPr/{W}sectPr")
    assert len(breaks) == 1 and breaks[0].find(f"{W}type") is None
    texts = [p.text for p in doc.paragraphs]
    assert texts[-2:] == ["抄送：某县人民政府办公室，某县政务服务和数据管理局。",
                          "某县自然资源局办公室\t2024年1月25日印发"]
    last = doc.paragraphs[-1]._p.find(f"{W}pPr/{W}pBdr")
    assert last.find(f"{W}bottom").get(f"{W}sz") == "8"  # 0.35 mm rule below the 版记


def test_pdf_masthead_is_red_and_the_imprint_is_at_the_foot_of_an_even_last_page(rendered):
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        first, last = pdf.pages[0], pdf.pages[-1]
        red = "".join(c["text"] for c in first.chars if tuple(c["non_stroking_color"] or ()) == RED)
        assert red == "某县自然资源局文件"
        assert "某自然资发〔2024〕3号" in first.extract_text().replace(" ", "")
        red_lines = [r for r in first.rects + first.lines
                     if tuple(r.get("non_stroking_color") or r.get("stroking_color") or ()) == RED]
        assert red_lines and abs(red_lines[0]["width"] - 156 * MM) < 2
        assert len(pdf.pages) % 2 == 0
        text = last.extract_text().replace(" ", "")
        assert "抄送：某县人民政府办公室，某县政务服务和数据管理局。" in text and "2024年1月25日印发" in text
        printed = [c for c in last.chars if c["text"] == "印"]
        block_bottom = (297 - 35) * MM
        assert block_bottom - 10 * MM < printed[-1]["bottom"] < block_bottom


def test_doc_number_form_is_checked_where_it_is_written():
    text = EXAMPLE.read_text(encoding="utf-8").replace("某自然资发〔2024〕3号", "某自然资发[2024]03号")
    with pytest.raises(InvalidData) as info:
        check(text, file="r.yaml")
    assert ("r.yaml:8:13: error: plugins.reportkit-gbt9704-redhead.number：发文字号“某自然资发[2024]03号”的年份应放在六角括号〔〕中，"
            "例如 某环发〔2022〕3号") in str(info.value)


def test_layout_without_its_settings_says_what_to_add(tmp_path):
    result = CliRunner().invoke(cli, ["render", str(ROOT / "examples" / "sample-2021.yaml"), "--layout", "redhead",
                                      "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "版式 redhead 需要 reportkit-gbt9704-redhead 的设置" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_prepare_refuses_missing_settings():
    from reportkit_redhead import prepare
    from reportkit.blocks import Document

    with pytest.raises(ReportkitError):
        prepare(Document("t", "a"), None)
