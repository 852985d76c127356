"""Copied text and PDFs read back exactly: a PDF reader's copy that sets a group's label (（三）不予公开) on a line of
its own, breaks a head cell over two lines or prints an empty cell as a dash; and PDFs whose 附件说明 wraps onto the
next page or whose number is broken at a line's end."""
from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
import yaml
from _import_helpers import SOFFICE, import_text, libreoffice_pdf, render_source
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from test_import_copied_tables import _report, _rows

from reportkit.importers import pdf
from reportkit.importers.source import Para

SAMPLE = Path("examples/sample-2021.yaml")
ZEROS = dict.fromkeys(["natural_person", "commercial_enterprise", "research_institution",
                       "public_welfare_organization", "legal_service_agency", "other", "total"], 0)


def _apart(rows: list[str], *groups: str, among: int = 0) -> list[str]:
    """``rows`` with each of ``groups``' labels on a line of its own: over its first row, or ``among`` rows down."""
    out = list(rows)
    for group in groups:
        first = next(k for k, row in enumerate(out) if row.startswith(group + " "))
        out[first] = out[first][len(group) + 1:]
        out.insert(first + among, group)
    return out


def _three(tmp_path, rows: list[str]):
    result, data = import_text(tmp_path, "copy.txt", _report(rows))
    return result, data["tables"]["applications"]


@pytest.mark.parametrize("among", [0, 1, 2, 3], ids=["over-its-rows", "after-the-first", "after-the-second",
                                                      "three-down"])  # （四）'s three rows: under them
def test_a_groups_label_on_a_line_of_its_own_keeps_the_table(tmp_path, among):
    """A PDF reader copies the label of a cell spanning rows (（三）不予公开, （四）无法提供) on a line of its own, over
    its rows, among or under them, where the cell's text stands: it was a paragraph that cut table 三 in two, the
    rows after it a table of no kind (表三 “没有…一行”, their figures placeholders). It is the label of the row after
    it (of the row before it, where the row after it starts the next group)."""
    result, three = _three(tmp_path, _apart(_rows(), "（三）不予公开", "（四）无法提供", among=among))
    assert three["results"]["unable_to_provide"]["no_such_information"] == {
        "natural_person": 1, "commercial_enterprise": 1, "research_institution": 0, "public_welfare_organization": 0,
        "legal_service_agency": 0, "other": 0, "total": 2}
    assert three["results"]["denied"]["state_secret"] == ZEROS
    assert three["results"]["total"]["total"] == 13 and three["carried_forward"]["total"] == 1
    assert not [f for f in result.findings if "表三" in f.message or "这个表格不是" in f.message]


def test_every_groups_label_on_a_line_of_its_own(tmp_path):
    """三、本年度办理结果 and （五）（六） too, each alone over its first row: each row reads under its group."""
    groups = ("三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理")
    result, three = _three(tmp_path, _apart(_rows(), *groups))
    assert three["results"]["granted"]["total"] == 7 and three["results"]["total"]["total"] == 13
    assert three["results"]["other_handling"]["overdue_correction"]["natural_person"] == 1
    assert not [f for f in result.findings if "表三" in f.message or "这个表格不是" in f.message]


def test_a_groups_label_alone_over_rows_printed_blank(tmp_path):
    """The group's label alone over rows that print nothing (their labels alone): they are rows of 0 as elsewhere."""
    rows = _apart(_rows(r4="（三）不予公开 1.属于国家秘密", r5="2.其他法律行政法规禁止公开"), "（三）不予公开")
    result, three = _three(tmp_path, rows)
    assert three["results"]["denied"]["state_secret"] == ZEROS and three["results"]["denied"]["law_forbidden"] == ZEROS
    assert three["results"]["total"]["total"] == 13
    assert not [f for f in result.findings if "没有" in f.message or "这个表格不是" in f.message]


@pytest.mark.parametrize("mark", ["—", "-", "／", "/", "——"])
def test_a_dash_for_an_empty_cell_is_read(tmp_path, mark):
    """A row whose empty cells print a dash or a slash (2.重复申请 — — — — — — —), or its figures beside one: it was
    text, and cut table 三 (every row below it “没有”). The mark is nothing to report, read as the mapper reads it."""
    rows = _rows(r16="2.重复申请 " + " ".join([mark] * 7), r17=f"3.要求提供公开出版物 {mark} 0 {mark} 0 {mark} 0 0",
                 r18=f"4.无正当理由大量反复申请 {mark} {mark}")  # the blank cells left out: every cell 0 still
    result, three = _three(tmp_path, rows)
    handled = three["results"]["not_processed"]
    assert handled["repeated"] == ZEROS and handled["publications"] == ZEROS and handled["mass_repeated"] == ZEROS
    assert three["results"]["total"]["total"] == 13 and three["carried_forward"]["total"] == 1
    assert [f for f in result.findings if "2.重复申请" in f.message and "按 0 导入" in f.message]
    assert not [f for f in result.findings if "没有" in f.message or "这个表格不是" in f.message]


def test_a_dash_in_a_2019_change_cell_is_no_sign(tmp_path):
    """2019's 本年增/减 printed “-”: the row was text, its every cell a placeholder. The mark is no sign without its
    figure: the row's figures are read, the mark is left to the mapper, which asks for that cell naming it."""
    two = ["第二十条第（五）项", "信息内容 上一年项目数量 本年增/减 处理决定数量", "行政许可 64 - 815"]
    rows = [row for i, row in enumerate(_rows()) if i not in (21, 22)]
    rows[20] = "（六）其他处理 1 0 0 0 0 0 1"
    _, data = import_text(tmp_path, "copy.txt", _report(rows, year=2020, two=two))
    licensing = data["tables"]["active_disclosure"]["administrative_licensing"]
    assert licensing["previous_year"] == 64 and licensing["decisions"] == 815
    assert licensing["change"] == "【请填写：表二“行政许可”“本年增/减”（原文：-）】"


@pytest.mark.parametrize("head", [
    "商业企业 科研机构 社会公益组织 法律服务\n机构 其他",  # the broken cell last: its next line goes on with the rest
    "商业企业 科研机构 社会公益组织 法律服务 其他\n机构",  # its next line alone under the row
    "商业企业 科研机构 社会公益 法律服务 其他\n组织 机构",  # two cells broken
], ids=["last", "next-line-alone", "two-cells"])
def test_a_head_cell_broken_over_two_lines_is_one_label(tmp_path, head):
    """A head cell holding a line break (法律服务 / 机构): the copy gives the cells' first lines on a line and the rest
    on the next. Both lines were text: table 三 was not found, every cell a placeholder. The parts are one label."""
    text = _report(_rows()).replace("商业企业 科研机构 社会公益组织 法律服务机构 其他", head)
    result, data = import_text(tmp_path, "copy.txt", text)
    three = data["tables"]["applications"]
    assert three["new_received"] == {"natural_person": 10, "commercial_enterprise": 3, "research_institution": 0,
                                     "public_welfare_organization": 0, "legal_service_agency": 1, "other": 0,
                                     "total": 14}
    assert not [f for f in result.findings if "表三" in f.message or "这个表格不是" in f.message]



def _office_pdf(folder: Path, body: list[str | tuple[str, str]], note: list[str]) -> Path:
    """A report made in an office suite (FandolFang 三号, 28 pt lines, a text 156 mm wide) and exported to PDF by
    LibreOffice: the ``body`` paragraphs (justified, or ``(text, "left")``), the 附件说明 of ``note``'s names (its
    lines after the first under the name), the 署名 and the date."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "FandolFang", Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "FandolFang")
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_before = normal.paragraph_format.space_after = Pt(0)
    title = document.add_paragraph("某县农业农村局2024年政府信息公开工作年度报告")
    title.alignment, title.runs[0].font.size = WD_ALIGN_PARAGRAPH.CENTER, Pt(22)
    for text in ["一、总体情况", *body, ""]:
        text, align = text if isinstance(text, tuple) else (text, "justify")
        paragraph = document.add_paragraph(text)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if align == "left" else WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Pt(32)
    for k, name in enumerate(note, 1):
        paragraph = document.add_paragraph(f"{'附件：' if k == 1 else ''}{k}. {name}")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.left_indent = Pt(32 + 48 + 24)  # 附件： and “1. ” stand out to the left
        paragraph.paragraph_format.first_line_indent = Pt(-(48 + 24) if k == 1 else -24)
        paragraph.paragraph_format.widow_control = False
    for text in ["", "某县农业农村局", "2025年1月20日"]:
        paragraph = document.add_paragraph(text)
        paragraph.alignment, paragraph.paragraph_format.right_indent = WD_ALIGN_PARAGRAPH.RIGHT, Pt(64)
    document.save(folder / "report.docx")
    return libreoffice_pdf(folder / "report.docx")


def _lines(exported: Path) -> list[list[str]]:
    """Each page's lines as pdfplumber reads them."""
    with pdfplumber.open(exported) as document:
        return [[line["text"] for line in page.extract_text_lines()] for page in document.pages]


FILLER = "本局按照年度工作要点，逐月核对主动公开栏目的内容，发现更新不及时的当即整改，全年没有出现栏目长期空白的情况。"
LEDGER = "某县农业农村局二〇二四年度依申请公开办理情况逐件登记台账及答复文书目录汇编"


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_an_attachment_notes_name_wrapped_onto_the_next_page_is_one_item(tmp_path):
    """The 附件说明's first name wraps and its next line, under the name, is the next page's first line. It was a
    paragraph of its own set right (a 署名's place): the note kept half the name. It goes on with the name."""
    exported = _office_pdf(tmp_path, [FILLER] * 5 + ["本项工作按月推进。"] * 2, [LEDGER, "某县农业农村局政府信息公开指南"])
    pages = _lines(exported)
    assert pages[0][-1].startswith("附件：1.") and LEDGER.endswith(pages[1][0]) and pages[1][0] != LEDGER
    paragraphs = [item.text for item in pdf.read(exported).items if isinstance(item, Para)]
    assert f"附件：1. {LEDGER}" in paragraphs and pages[1][0] not in paragraphs
    assert "2. 某县农业农村局政府信息公开指南" in paragraphs and "某县农业农村局" in paragraphs


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_a_number_broken_at_a_full_lines_end_joins_without_a_space(tmp_path):
    """Word and WPS, let break Latin words anywhere, break a long number at a line's end where the line is full (here
    LibreOffice, given a zero-width break between the digits, which the PDF does not draw). It read “13800001 111”.
    The line had no room for the next digit: one number."""
    phone = "群众可拨打" + "本局" * 6 + "咨询电话" + "\u200b".join("13800001111") + "或0591-87654321提出意见，也可以写信。"
    exported = _office_pdf(tmp_path, [FILLER, phone], ["某县农业农村局政府信息公开指南"])
    assert re.search(r"电话 138\d*\|\d+ 或", "|".join(_lines(exported)[0]))
    assert phone.replace("\u200b", "") in [item.text for item in pdf.read(exported).items if isinstance(item, Para)]


def test_numbers_a_justified_line_broke_between_keep_their_space(tmp_path):
    """The other side: reportkit's PDF breaks at the space between two numbers and justifies the line to the edge,
    spreading its characters by the room it had: the space stays."""
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["sections"]["other"] = ["本局" * 4 + "两份来文的收文编号是 20240001 2024000200003，都已归档。"]
    source = tmp_path / "numbers.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    exported = render_source(source, "pdf", tmp_path)
    assert "编号是 20240001|2024000200003" in "|".join(line for page in _lines(exported) for line in page)
    paragraphs = [item.text for item in pdf.read(exported).items if isinstance(item, Para)]
    assert any(text.endswith("编号是20240001 2024000200003，都已归档。") for text in paragraphs)


def test_table_twos_fee_head_broken_before_its_unit_is_one_label(tmp_path):
    """本年收费金额 / （单位：万元） on two lines: the head was text, and 行政事业性收费 a table of no kind."""
    text = _report(_rows()).replace("信息内容 本年收费金额（单位：万元）", "信息内容 本年收费金额\n（单位：万元）")
    result, data = import_text(tmp_path, "copy.txt", text)
    assert data["tables"]["active_disclosure"]["administrative_fees"] == {"amount": 1.2}
    assert not [f for f in result.findings if "表二" in f.message or "这个表格不是" in f.message]
