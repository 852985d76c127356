"""A long run of Latin letters, digits and signs (a web address, an e-mail address, an account, an ID number), alone or
after Chinese, breaks inside its narrow table cell in the WeasyPrint PDF, the Typst PDF and the DOCX as LibreOffice
lays it out.

After Chinese, the WeasyPrint PDF boxed such a run in two at its first sign ("网站" then "gov" then ".example.cn"):
there is no break between the two boxes, and ``overflow-wrap: anywhere`` breaks a box only where it begins a line, so
the run went past its cell's right rule whole. Measured with pdfplumber.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
import pytest
import yaml

from docx_pages import SOFFICE, docx_to_pdf
from reportkit.plugins import load_plugins
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]

URL = "https://www.example.gov.cn/xxgk/zfxxgkndbg/index.html"
MAIL = "xinxi_gongkai@example.gov.cn"
#: An account wider than the table: no column can give it room (``line_breaks.fitted_tables`` widens a column for
#: figures that fit), so it breaks inside its cell.
ACCOUNT = "账号" + "-".join(["62220212"] * 9)
#: Each row: 序号, 单位, then three narrow columns, then a wide one. Runs after Chinese, and alone.
ROWS = [
    ["1", "办公室", f"网址{URL}", f"邮箱{MAIL}", "账号6222-0212-3456-7890-123", "门户网站"],
    ["2", "法规科", "网站gov.example.cn", "邮箱fgk_faguike@163.com", "身份证号110101199003071234", "政务新媒体"],
    ["3", "监察支队", URL, MAIL, ACCOUNT, "无"],
]


def _annual() -> dict:
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["attachments"] = [{
        "title": "各科室公开渠道一览表", "content": ["各科室的公开渠道见下表。"],
        "table": {"columns": ["序号", "单位", "网址", "电子邮箱", "账号", "备注"], "widths": [2, 4, 5, 5, 5, 9],
                  "rows": ROWS},
    }]
    return data


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """The report's PDF from each engine, or its DOCX as LibreOffice lays it out, made once each."""
    made = {}

    def get(engine: str) -> bytes:
        if engine not in made:
            if engine == "docx":
                if SOFFICE is None:
                    pytest.skip("LibreOffice (soffice) is not installed")
                folder = tmp_path_factory.mktemp("docx")
                (folder / "report.docx").write_bytes(render(_annual(), formats=("docx",)).docx)
                made[engine] = docx_to_pdf(folder / "report.docx", load_plugins().registry.fonts, folder).read_bytes()
            else:
                made[engine] = render(_annual(), formats=("pdf",), engine=engine).pdf
        return made[engine]

    return get


def _plain(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def _table(pdf: bytes):
    """The page's table of :data:`ROWS` (found by its head), its characters and its cells' boxes and texts."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for table in page.find_tables():
                texts = [[_plain(cell) for cell in row] for row in table.extract()]
                if texts and texts[0][:3] == ["序号", "单位", "网址"]:
                    chars = [c for c in page.chars if c["text"].strip()]
                    return chars, table.cells, texts
    raise AssertionError("未找到附件中的表格")


@pytest.mark.parametrize("engine", ["weasyprint", "typst", "docx"])
def test_every_character_of_a_long_run_stays_inside_its_cell(pdfs, engine):
    """Each cell holds its own text, every character of it between its rules (a quarter point of rounding)."""
    chars, cells, texts = _table(pdfs(engine))
    assert texts[1:] == ROWS
    outside = []
    for c in chars:
        x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        cell = next((cell for cell in cells if cell[0] <= x <= cell[2] and cell[1] <= y <= cell[3]), None)
        if cell and (c["x0"] < cell[0] - 0.3 or c["x1"] > cell[2] + 0.3):
            outside.append(f"{c['text']} {c['x1'] - cell[2]:+.1f}pt")
    assert outside == []

