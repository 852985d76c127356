"""A time of day in Chinese text (上午8:30至12:30) is one run: no line of the PDF breaks after its colon. The
WeasyPrint PDF set the digits after a Chinese character apart from “:30” (the autospace run ended at the colon), and
Pango, laying “:30” out alone, broke there (审12:|30时); the Typst PDF and Word keep it whole."""
from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner

from reportkit.cli import cli

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
FILLER = "本局政务服务窗口对外办理不动产登记和规划审批业务，咨询电话在工作日全天有人接听，现场接待的时间为"


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_no_line_breaks_inside_a_time_of_day(tmp_path, engine):
    paragraphs = "".join(f"    - {FILLER[:k]}上午8:30至12:30，下午14:30至17:30。\n" for k in range(4, 34))
    text = SAMPLE.read_text(encoding="utf-8").replace("  overview:\n", "  overview:\n" + paragraphs, 1)
    data = tmp_path / "times.yaml"
    data.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(data), "-f", "pdf", "--engine", engine, "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    with pdfplumber.open(tmp_path / "times.pdf") as pdf:
        lines = [line["text"].replace(" ", "") for page in pdf.pages for line in page.extract_text_lines()]
    assert sum("至" in line for line in lines) >= 30  # every paragraph printed
    # a line ending inside a time (12:|30, 12|:30, 1|2:30), the next going on with it
    assert [(a, b) for a, b in zip(lines, lines[1:]) if re.search(r"\d:?$", a) and re.match(r":?\d", b)
            and ":" in a[-3:] + b[:3]] == []
