"""A machine with no system fonts (a server or container whose fontconfig lists none): the PDF is made with
reportkit's own faces, and nothing in English about ugly output is printed (WeasyPrint warned so on import)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
EMPTY = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig></fontconfig>
"""


def test_a_pdf_made_where_fontconfig_knows_no_font_says_nothing_of_it_and_embeds_its_faces(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(EMPTY, encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    result = subprocess.run([sys.executable, "-m", "reportkit", "render", str(ROOT / "examples" / "sample-2021.yaml"),
                             "-f", "pdf", "-o", str(tmp_path / "out")], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert "Expect ugly output" not in result.stderr and "Warning" not in result.stderr, result.stderr
    reader = PdfReader(tmp_path / "out" / "sample-2021.pdf")
    names = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].get_object().values()}
    assert names and all("+rk-" in name for name in names), names
