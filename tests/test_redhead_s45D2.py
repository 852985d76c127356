"""The red-head 版头 and 版记 with Latin capitals and digits, measured at their glyphs' widest.

The plugin measured a Latin capital as half a character (``text_width``): a 印发机关 of 20 capitals passed as fitting
beside the 印发日期, and the WeasyPrint PDF printed it less than a character from the date while the Typst PDF wrapped
it beside the date (“…BUR办”, “公室”); a 发文机关标志 of 17 capitals was set at 29 pt on one line (22 pt fits it),
which ran off the page in the WeasyPrint PDF and wrapped (“…中”, “心文件”) in the Typst PDF, and one of 23 capitals
too wide for 22 pt was left whole; a 发文字号 of 30 wide capitals passed and was broken onto two lines, into the red
line under it; 22 抄送机关 of 30 capitals each counted as 17 lines passed, and the Typst PDF printed the 印发机关 over
the 抄送's last line, below the text block.
"""

from __future__ import annotations

import functools
import io
import subprocess
import sys
from pathlib import Path

import docx
import pdfplumber
import pytest

from reportkit.layout import Geometry
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
ORGAN = "某县ABCDEFGHIJKLMNOPQ中心文件"
PRINTER = "某县WXYZMMWW信息中心办公室"
PRINTER_LINES = ["某县WXYZMMWW", "信息中心办公室"]
DATE = "2024年1月25日印发"
MM = 72 / 25.4


def _example(**settings: str) -> str:
    """The plugin's example with each of ``settings`` (its line ``key: value``) written instead."""
    text = EXAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines()
    for key, value in settings.items():
        at = next(i for i, line in enumerate(lines) if line.strip().startswith(f"{key}:"))
        lines[at] = f"    {key}: {value}"
    return "\n".join(lines) + "\n"


@functools.cache
def _outputs() -> dict[str, bytes]:
    """The example with the capitals in its 标志 and 印发机关: both PDFs and the DOCX."""
    data = _example(organ_mark=ORGAN, printer=PRINTER)
    return {
        "weasyprint": render(data, formats=("pdf",)).pdf,
        "typst": render(data, formats=("pdf",), engine="typst").pdf,
        "docx": render(data, formats=("docx",)).outputs["docx"],
    }


def _rows(page) -> list[list[dict]]:
    """The page's characters in rows (one baseline each), top to bottom, each left to right."""
    rows: dict[int, list[dict]] = {}
    for ch in page.chars:
        if ch["text"].strip():
            rows.setdefault(round(ch["bottom"]), []).append(ch)
    return [sorted(row, key=lambda c: c["x0"]) for _, row in sorted(rows.items())]


def _text(row: list[dict]) -> str:
    return "".join(c["text"] for c in row)


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_an_organ_mark_with_capitals_prints_on_one_line_of_22pt_inside_the_block(engine):
    """Both PDFs print the 标志 on one line of 22 pt inside the text block (at 29 pt WeasyPrint's line ran 92 pt
    past the block; Typst's wrapped as 某县ABCDEFGHIJKLMNOPQ中 and 心文件)."""
    geometry = Geometry()
    left = geometry.margin_left_mm * MM
    right = left + geometry.block_width_mm * MM
    with pdfplumber.open(io.BytesIO(_outputs()[engine])) as pdf:
        rows = _rows(pdf.pages[0])
    rows = rows[: next(i for i, row in enumerate(rows) if "〔" in _text(row))]  # the lines over the 发文字号
    assert [_text(row) for row in rows] == [ORGAN]
    assert {round(c["size"], 1) for c in rows[0]} == {22.0}
    assert rows[0][0]["x0"] >= left - 0.5 and rows[0][-1]["x1"] <= right + 0.5


def test_the_docx_prints_the_organ_mark_on_the_same_lines():
    first = docx.Document(io.BytesIO(_outputs()["docx"])).paragraphs[0]
    assert first.text == ORGAN
    assert {run.font.size.pt for run in first.runs if run.text.strip()} == {22}


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_printer_with_capitals_prints_its_lines_a_character_or_more_from_the_date(engine):
    """The 印发机关 of capitals on its two lines in both PDFs, the 印发日期 beside the last at least a 4号 character
    (14 pt) right of it (GB/T 9704 §7.4.3)."""
    with pdfplumber.open(io.BytesIO(_outputs()[engine])) as pdf:
        rows = _rows(pdf.pages[-1])
    dated = next(i for i, row in enumerate(rows) if _text(row).endswith(DATE))
    last = rows[dated]
    date_start = next(i for i in range(len(last)) if _text(last[i:]) == DATE)
    assert [_text(rows[dated - 1]), _text(last[:date_start])] == PRINTER_LINES
    assert last[date_start]["x0"] - last[date_start - 1]["x1"] >= 14


def test_the_docx_prints_the_printer_on_the_same_lines_the_date_after_a_tab():
    document = docx.Document(io.BytesIO(_outputs()["docx"]))
    texts = [p.text for table in document.tables for cell in table._cells for p in cell.paragraphs]
    assert "\n".join(PRINTER_LINES) + "\t" + DATE in texts


def _cli(tmp_path: Path, command: str, text: str) -> subprocess.CompletedProcess:
    source = tmp_path / "r.yaml"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    args = [sys.executable, "-m", "reportkit", command, str(source)]
    args += ["-f", "docx", "-o", str(out)] if command == "render" else []
    return subprocess.run(args, capture_output=True, text=True, encoding="utf-8", cwd=tmp_path, check=False)


def test_a_printer_of_capitals_too_wide_beside_the_date_is_refused(tmp_path):
    """20 capitals with no place to break between them: wider than the room left of the date on any line."""
    printer = "某县SHENZHENMUNICIPALBUR办公室"
    done = _cli(tmp_path, "render", _example(printer=printer))
    assert done.returncode != 0
    assert f"r.yaml:10:14: error: plugins.reportkit-gbt9704-redhead.printer：印发机关“{printer}”" in done.stderr
    assert "请改用印发机关的规范化简称" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


NUMBER = "某" + "MW" * 15 + "发〔2024〕3号"
ORGANS = ", ".join(["某县SHENZHENMUNICIPALBUREAUOFDATAI局"] * 22)


@pytest.mark.parametrize(
    "setting, value, message, fix",
    [
        # 23 capitals: too wide for a line of 22 pt, and no place to break but before its 件 (which stays with 文)
        (
            "organ_mark",
            "SHENZHENMUNICIPALBUREAU文件",
            "r.yaml:7:17: error: plugins.reportkit-gbt9704-redhead.organ_mark：发文机关标志“SHENZHENMUNICIPALBUREAU文件”",
            "请改用发文机关的规范化简称",
        ),
        # 30 wide capitals counted as 15 characters: the PDFs broke the 发文字号 onto 2 lines, into the red line
        (
            "number",
            NUMBER,
            f"r.yaml:8:13: error: plugins.reportkit-gbt9704-redhead.number：发文字号“{NUMBER}”一行排不下",
            "请缩短机关代字",
        ),
        # 22 organs of 30 capitals each take a line each: with the 印发机关 more than the 版记's page holds
        (
            "copy_to",
            f"[{ORGANS}]",
            "r.yaml:9:14: error: plugins.reportkit-gbt9704-redhead.copy_to：抄送机关共 22 个",
            "请把同类机关写成统称",
        ),
    ],
    ids=["organ_mark", "number", "copy_to"],
)
def test_a_masthead_or_imprint_of_capitals_too_wide_is_refused(tmp_path, setting, value, message, fix):
    done = _cli(tmp_path, "validate", _example(**{setting: value}))
    assert done.returncode != 0
    assert message in done.stderr and fix in done.stderr
    assert "Traceback" not in done.stderr
