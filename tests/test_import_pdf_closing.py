"""PDF import: a short line at the left edge over a 署名 not set right (a web page printed to PDF, a plain Word file
exported by an office) ends its paragraph: a closing line (特此报告, 以上报告，请审阅) stays the last part's text and the
organ under it is the 署名, as a DOCX, a web page and a text copy give them (test_import_closing_and_pictures). It was read with
the organ's name as one paragraph (“特此报告某县林业局”), the 署名 lost into the text. Paragraphs that wrap read as
before. The inputs are written for these tests."""
from __future__ import annotations

import datetime

import docx
import pytest
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

import test_import_wild_shapes as hunt
from _import_helpers import SOFFICE, imported, libreoffice_pdf
from test_import_closing_and_pictures import AGENCY, DATE, PLUGINS, SUMMARY

CLOSINGS = ["特此报告", "以上报告，请审阅", "欢迎社会各界监督"]
#: A web page's paragraphs set apart by the browser's margins, or not at all.
STYLES = {"apart": "", "close": "p {margin: 0}"}
#: A paragraph of several lines, its last one short and with no full stop after it: a list's last item.
LONG = "本年度围绕林业改革公开了林权登记、森林防火、生态补偿、造林绿化等方面的信息" * 2 + "，群众关注的事项及时回应并在专栏长期保留备查"
#: A paragraph whose first line stops short, the e-mail address after it too long for the rest of the line.
ADDRESS = "对专栏的意见请发到邮箱linye.zhengwu.gongkai.zhuanlan.yijian.fankui2024@example.gov.cn，我们按月答复。"


def _page(lines: list[str], style: str = "") -> str:
    """``lines`` as a web page's paragraphs, none indented, none aligned (the title neither), in the bundled Song face."""
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (f"<html><head><meta charset='utf-8'><style>@font-face {{font-family: rk; src: url({hunt.FONT})}} "
            f"body {{font-family: rk}} {style}</style></head><body>{body}</body></html>")


def _summary(tmp_path, lines: list[str], style: str = "") -> dict:
    result = imported(hunt._pdf(tmp_path, _page(lines, style)), tmp_path, PLUGINS, documents=True)
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _signed(data: dict, agency: str = AGENCY) -> None:
    """The organ is the 署名 (the agency's own, so not repeated) over the 成文日期."""
    assert "signature" not in data and data["agency"] == agency
    assert str(data["date"]) == "2025-01-10"


@pytest.mark.parametrize("style", STYLES.values(), ids=STYLES)
@pytest.mark.parametrize("closing", CLOSINGS)
def test_a_closing_line_over_a_signature_at_the_left_edge_is_the_last_parts_text(tmp_path, closing, style):
    """The closing line and the organ's name were one paragraph, the last of part 三: “特此报告某县林业局”."""
    data = _summary(tmp_path, SUMMARY + [closing, AGENCY, DATE], style)
    assert data["plan"] == ["明年按月检查专栏。", closing]
    _signed(data)


def test_an_organ_without_a_suffix_under_a_closing_line_is_the_signature(tmp_path):
    signer = "某县供销合作社"
    data = _summary(tmp_path, SUMMARY + ["特此报告", signer, DATE])
    assert data["plan"] == ["明年按月检查专栏。", "特此报告"]
    assert data["signature"] == signer


@pytest.mark.parametrize("style", STYLES.values(), ids=STYLES)
def test_paragraphs_that_wrap_stay_whole(tmp_path, style):
    """A justified paragraph is one, its short last line (no full stop: a list's last item) its end: the heading under
    it was read into it where nothing parts them. So is a paragraph whose short first line the engine broke before an
    e-mail address too long for its rest (as before); the closing line after them ends its paragraph."""
    lines = SUMMARY[:2] + [LONG] + SUMMARY[3:5] + [ADDRESS] + SUMMARY[5:] + ["特此报告", AGENCY, DATE]
    data = _summary(tmp_path, lines, style + " p {text-align: justify}")
    assert data["work"] == [LONG]
    assert data["problems"] == ["专栏更新还不够及时。", ADDRESS]
    assert data["plan"] == ["明年按月检查专栏。", "特此报告"]
    _signed(data)


def test_an_annual_reports_closing_line_is_its_last_parts_text(tmp_path):
    """A web page's annual report: 特此报告 over the organ, both at the left edge, was read as “特此报告某县档案馆”."""
    page = hunt._page(style="p {margin: 0}").replace("<p>某县档案馆</p>", "<p>特此报告</p><p>某县档案馆</p>")
    result = imported(hunt._pdf(tmp_path, page), tmp_path, PLUGINS, draft=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["sections"]["other"] == ["本年度未收取信息处理费。", "特此报告"]
    assert data.get("signature", data["agency"]) == "某县档案馆"
    assert data["date"] == datetime.date(2020, 1, 10)


@pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice")
@pytest.mark.parametrize("closing", CLOSINGS[:2])
def test_a_plain_word_files_closing_line_is_the_last_parts_text(tmp_path, closing):
    """A DOCX of plain paragraphs (no indent, no space between them, nothing set right), its text justified, exported
    by LibreOffice."""
    document = docx.Document()
    spacing = document.styles["Normal"].paragraph_format
    spacing.space_before = spacing.space_after = Pt(0)
    lines = SUMMARY[:2] + [LONG] + SUMMARY[3:] + [closing, AGENCY, DATE]
    for line in lines:
        paragraph = document.add_paragraph(line)
        if line in (LONG, *SUMMARY[1:]):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    path = tmp_path / "document.docx"
    document.save(path)
    result = imported(libreoffice_pdf(path), tmp_path, PLUGINS, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["plan"] == ["明年按月检查专栏。", closing]
    assert data["work"] == [LONG]
    _signed(data)
