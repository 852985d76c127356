"""The wheel carries everything the package renders with, and stays small."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_WHEEL_BYTES = 30 * 1024 * 1024


@pytest.mark.slow
def test_wheel_holds_templates_and_fonts_and_is_under_30_mb(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    (wheel,) = tmp_path.glob("reportkit-*.whl")
    assert wheel.stat().st_size < MAX_WHEEL_BYTES
    names = set(zipfile.ZipFile(wheel).namelist())
    layout = "reportkit/templates/gbt9704/"
    for part in ("document.docx", "document.html.j2", "style.css", "fonts/rk-songti.otf", "fonts/rk-xiaobiaosong.otf",
                 "fonts/rk-heiti.otf", "fonts/rk-kaiti.ttf", "fonts/OFL-NotoCJK.txt", "fonts/OFL-LXGWWenKai.txt"):
        assert layout + part in names, part
    assert not any(name.startswith(("tests/", "tools/", "examples/")) for name in names)
