"""Issue 13 (point 4): a broken font is skipped with one line naming it; nothing hangs on a FIFO."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from reportkit import fonts, hookimpl
from reportkit.registry import FontFace
from reportkit.testing import render, starter_data

ROOT = Path(__file__).resolve().parents[1]


class LfsFont:
    """A plugin whose 仿宋 file is a Git LFS pointer, not a font, ranked above every other 仿宋."""

    def __init__(self, path: Path):
        self.path = path

    @hookimpl
    def register_fonts(self, register):
        register(FontFace("LFS 仿宋", "fangsong", self.path, "OFL", priority=500))


def filled_starter() -> dict:
    data = starter_data("annual-report", year=2023)
    sections = data["sections"]
    for key, items in sections.items():
        if isinstance(items, list):
            sections[key] = ["本年度按计划完成各项公开任务。"]
    return data


def test_a_plugin_font_that_is_not_a_font_is_skipped_with_one_warning(tmp_path):
    pointer = tmp_path / "fangsong.ttf"
    pointer.write_text("version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123\n")
    result = render(filled_starter(), plugins=[LfsFont(pointer)], formats=("pdf",))
    warnings = [w.message for w in result.warnings if "无法使用，已跳过" in w.message]
    assert len(warnings) == 1 and str(pointer) in warnings[0] and "不是字体文件" in warnings[0]
    assert "本年度按计划完成各项公开任务。" in result.pdf_text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_a_font_does_not_hang_the_scan(tmp_path):
    folder = tmp_path / "fonts"
    folder.mkdir()
    os.mkfifo(folder / "仿宋_GB2312.ttf")
    (folder / "truncated.otf").write_bytes((ROOT / "templates" / "gbt9704" / "fonts" / "rk-songti.otf").read_bytes()[:4096])
    started = time.monotonic()
    assert fonts._scan((str(folder),)) == ()
    assert time.monotonic() - started < 5
