"""Printed pages as a signing office sees them: variants of the examples with other text lengths (long organ
names with 和 and brackets, a two-line 印发机关 under a long 抄送, …), measured in the PDFs and the DOCX."""
from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
REDHEAD = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
MM = 72 / 25.4
BLOCK_BOTTOM = 297 - 35

TWO_LINE_PRINTER = "某自治州自然资源和规划局（某自治州林业和草原局）办公室"
LONG_COPY_TO = ["某自治州人民政府办公室", "某自治州政务服务和数据管理局", "某自治州人民政府信息公开工作办公室",
                "各县（市）自然资源和规划局", "州纪委监委驻州自然资源和规划局纪检监察组", "州档案馆"]


def redhead(printer: str, copy_to: list[str]) -> str:
    return (REDHEAD.read_text(encoding="utf-8")
            .replace("printer: 某县自然资源局办公室", f"printer: {printer}")
            .replace("copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]", f"copy_to: [{', '.join(copy_to)}]"))


def foot_lines(pdf: bytes) -> list[str]:
    """The text lines of the last page's lower 60 mm of the text block, top to bottom."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        chars = [c for c in doc.pages[-1].chars
                 if (BLOCK_BOTTOM - 60) * MM < c["top"] < BLOCK_BOTTOM * MM and c["text"].strip()]
    rows: dict = {}
    for c in chars:
        rows.setdefault(round(c["top"]), []).append(c)
    return ["".join(c["text"] for c in sorted(row, key=lambda c: c["x0"])) for _, row in sorted(rows.items())]


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_two_line_printer_under_a_long_copy_to_keeps_its_two_lines_in_both_pdfs(engine):
    """Under a 抄送 of several lines, WeasyPrint's table layout shared the 抄送's width out over both columns and
    left the 印发机关 too narrow a column: it broke again ("…）办公" and "室" on a third line, the date beside "室")."""
    from reportkit_redhead import printer_lines

    result = render(redhead(TWO_LINE_PRINTER, LONG_COPY_TO), file=str(REDHEAD), strict=True,
                    formats=("pdf",), engine=engine)
    first, second = printer_lines(TWO_LINE_PRINTER)
    lines = foot_lines(result.pdf)
    assert lines[-2:] == [first, second + "2024年1月25日印发"], lines


SAMPLE = ROOT / "examples" / "sample-2021.yaml"
TITLES = {  # agency: the title's lines, as all three outputs print them
    "某省住房和城乡建设厅与某省发展和改革委员会":  # was …建设厅与某省 | 发展和改革委员会2023年 | …
        ["某省住房和城乡建设厅与", "某省发展和改革委员会2023年", "政府信息公开工作年度报告"],
    "某市市场监督管理局（某市知识产权局）和某市商务局":  # was …管理局（某市 | 知识产权局）和… : inside the brackets
        ["某市市场监督管理局", "（某市知识产权局）和某市商务局", "2023年政府信息公开工作年度报告"],
    "某市生态环境局和某市自然资源和规划局（某市林业局）":  # was …生态环境局和某市 | 自然资源和规划局（某市林业局） | …
        ["某市生态环境局和某市自然资源和规划局", "（某市林业局）2023年", "政府信息公开工作年度报告"],
}


@pytest.mark.parametrize("agency", TITLES, ids=["joined_by_yu", "bracketed", "joined_by_he"])
def test_a_title_of_two_organs_breaks_between_them_and_not_inside_brackets(agency):
    from reportkit.layout import Geometry
    from reportkit.line_breaks import broken

    g = Geometry()
    room = g.block_width_mm * 72 / 25.4 / g.title_size_pt
    assert broken(f"{agency}2023年政府信息公开工作年度报告", room, g.autospace_em).split("\n") == TITLES[agency]


def title_lines(pdf: bytes) -> list[str]:
    """The first page's lines set in the title's 22 pt, top to bottom."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        chars = [c for c in doc.pages[0].chars if c["text"].strip() and round(c["size"]) == 22]
    rows: dict = {}
    for c in chars:
        rows.setdefault(round(c["top"]), []).append(c)
    return ["".join(c["text"] for c in sorted(row, key=lambda c: c["x0"])) for _, row in sorted(rows.items())]


@pytest.mark.parametrize("engine", ["weasyprint", "typst", "docx"])
def test_all_three_outputs_print_a_two_organ_title_on_the_same_lines(engine):
    from docx import Document as open_docx

    agency = "某市市场监督管理局（某市知识产权局）和某市商务局"
    text = SAMPLE.read_text(encoding="utf-8").replace("agency: 某县自然资源局", f"agency: {agency}")
    if engine == "docx":
        result = render(text, file=str(SAMPLE), formats=("docx",))
        title = open_docx(io.BytesIO(result.docx)).paragraphs[0]
        assert title.text.split("\n") == TITLES[agency]
        return
    result = render(text, file=str(SAMPLE), formats=("pdf",), engine=engine)
    assert title_lines(result.pdf) == TITLES[agency]
