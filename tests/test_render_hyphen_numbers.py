"""A hyphen between digits (咨询电话：0000-1234567, 2023-2024) keeps its number on one line of the DOCX too.

LibreOffice broke such a number after the hyphen at a line's end ("0000-", then "1234567" on the next line); both PDFs
keep it whole (Unicode's line breaking: no break between a hyphen and a digit) and break only before a letter
(info-|dept). The DOCX puts a word joiner (U+2060) after a hyphen between a digit or a Latin letter and a digit: it
prints as nothing, and ``reportkit import`` reads the text back without it.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from docx import Document
from _import_helpers import imported
from docx_pages import SOFFICE, docx_to_pdf, page_lines

from reportkit.fonts import coverage
from reportkit.layout import OFFICIAL_FACES
from reportkit.plugins import load_plugins
from reportkit.testing import render

SAMPLE = Path("examples/sample-2021.yaml")
JOINER = "\u2060"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Numbers a report writes with a hyphen: telephones', a year range, a hotline's extension.
NUMBERS = ["0000-1234567", "0351-1234567", "010-12345678", "2023-2024", "12345-678"]
#: 26 characters: a body paragraph's first line (28 less the two of its indent).
FIRST_LINE = "本机关对群众来信来访和网上留言逐件登记办理并限时答复"
#: Enough Chinese to bring a number up to the end of a paragraph's second line.
LEAD = "各乡镇和县直有关单位的联系人员名单及办公地址另行印发各单位"


def _data(paragraphs: list[str]) -> dict:
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["sections"]["overview"] = paragraphs
    return data


def _placed() -> list[str]:
    """Each number at several places of a paragraph's second line: one of them puts its hyphen at the line's end."""
    assert len(FIRST_LINE) == 26
    return [f"{FIRST_LINE}{LEAD[:n]}{number}。" for number in NUMBERS for n in range(21, 26)]


def test_a_word_joiner_follows_a_hyphen_before_a_digit_and_nothing_else_changes():
    paragraphs = [f"咨询电话：{number}，工作日受理。" for number in NUMBERS]
    paragraphs += ["防控COVID-19期间，来信请发至info-dept@example.gov.cn，编号A-1，另见第3-A号和-5。"]
    written = _raw_paragraphs(render(_data(paragraphs), formats=("docx",)).docx)
    for number in NUMBERS:
        assert f"咨询电话：{number.replace('-', '-' + JOINER)}，工作日受理。" in written
    # before a letter the PDFs break too (info-|dept); a minus sign after a blank or punctuation joins nothing
    assert "防控COVID-\u206019期间，来信请发至info-dept@example.gov.cn，编号A-\u20601，另见第3-A号和-5。" in written
    assert "电话：0000-\u20601234567）" in "".join(written)  # the 联系方式's too
    assert all(paragraph in "\n".join(written).replace(JOINER, "") for paragraph in paragraphs)


def _raw_paragraphs(docx: bytes) -> list[str]:
    """The DOCX's paragraphs as written, joiners kept (``Rendered.docx_text`` drops them, as a reader sees it)."""
    body = Document(io.BytesIO(docx)).element.body
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in body.iter(W + "p")]


def test_the_docx_text_a_test_reads_has_no_joiner():
    assert "0000-1234567" in render(_data(["咨询电话：0000-1234567。"]), formats=("docx",)).docx_text


def test_the_joiner_draws_no_font_warning():
    """The bundled faces have no U+2060: the coverage check passes over it."""
    faces = load_plugins().registry.fonts
    assert [coverage([(role, f"0000-{JOINER}1234567", None)], faces) for role in OFFICIAL_FACES] == [[]] * 5


def test_import_reads_the_reportkit_docx_back_without_the_joiner(tmp_path):
    paragraphs = [f"咨询电话：{number}，工作日受理。" for number in NUMBERS]
    source = tmp_path / "phone.yaml"
    source.write_text(yaml.safe_dump(_data(paragraphs), allow_unicode=True), encoding="utf-8")
    (tmp_path / "phone.docx").write_bytes(render(_data(paragraphs), formats=("docx",)).docx)
    result = imported(tmp_path / "phone.docx", tmp_path)
    assert result.ok, [d.format() for d in result.diagnostics]
    text = result.target.read_text(encoding="utf-8")
    assert JOINER not in text
    back = yaml.safe_load(text)
    assert back["contact"]["phone"] == "0000-1234567"
    assert [p for p in back["sections"]["overview"] if isinstance(p, str)] == paragraphs


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_keeps_a_number_with_a_hyphen_on_one_line(tmp_path):
    """Each number placed so that its hyphen falls at the end of a line: LibreOffice set "0000-" there and "1234567"
    on the next line; now the number moves to the next line whole, and nothing is drawn for the joiner."""
    paragraphs = _placed()
    (tmp_path / "phone.docx").write_bytes(render(_data(paragraphs), formats=("docx",)).docx)
    pdf = docx_to_pdf(tmp_path / "phone.docx", load_plugins().registry.fonts, tmp_path)
    lines = [line for page in page_lines(pdf) for line in page]
    broken = [f"{line}|{after}" for line, after in zip(lines, lines[1:]) if line.endswith("-")]
    assert broken == []
    assert JOINER not in "".join(lines)
    for number in NUMBERS:
        assert sum(number in line for line in lines) >= 5, number
