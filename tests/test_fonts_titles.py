"""Titles and headings in the GB2312 faces: 〇 of a written-out year (二〇二一年), GBK's other symbols and the
place names GB2312 cannot write are set in RK Xiaobiaosong and RK Heiti, not in the RK Songti fallback."""
from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from reportkit import fonts
from reportkit.blocks import Source
from reportkit.default_plugins import bundled_fonts
from reportkit.pipeline import render_outputs
from reportkit.plugins import load_plugins

from test_fonts import BUNDLED, FONT_DIR, build_fonts, file_cmap

ROOT = Path(__file__).resolve().parents[1]
TITLE = "某市埇桥区某某局二〇二一年政务公开工作总结"
HEADING = "二〇二一年工作总结"


@pytest.fixture(autouse=True)
def no_installed_faces(monkeypatch):
    """The bundled faces, whatever fonts this machine has."""
    monkeypatch.setattr(fonts, "installed_faces", list)


@pytest.mark.parametrize("role", ["xiaobiaosong", "heiti"])
def test_the_gb2312_faces_keep_what_titles_need_beyond_gb2312(role):
    have = file_cmap(FONT_DIR / BUNDLED[role])
    assert build_fonts.gb2312() <= have
    assert build_fonts.title_extra() - have == {ord("≒")}  # the one GBK symbol Noto CJK SC lacks
    assert {ord(ch) for ch in "〇〝〞﹝﹞㎡埇浉硚鄠"} <= have
    assert build_fonts.title_extra() - file_cmap(FONT_DIR / BUNDLED["songti"]) == {ord("≒")}  # as in the fallback


def test_a_written_out_year_in_a_title_or_heading_needs_no_other_face():
    bundled = []
    bundled_fonts.register_fonts(bundled.append)
    texts = [("xiaobiaosong", TITLE, Source("t.yaml", 3, 8)), ("heiti", HEADING, Source("t.yaml", 9, 9)),
             ("heiti", "".join(build_fonts.PLACE_NAMES), Source("t.yaml", 12, 1))]
    assert [d.format() for d in fonts.coverage(texts, bundled)] == []


def _fonts_of(pdf: bytes, ch: str) -> list[tuple[str, set[str]]]:
    """For each ``ch`` in ``pdf``: its font and the fonts of the other characters on its line."""
    found = []
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        for page in opened.pages:
            for c in page.chars:
                if c["text"] == ch:
                    line = {o["fontname"] for o in page.chars if o is not c and abs(o["top"] - c["top"]) < 2}
                    found.append((c["fontname"], line))
    return found


def _family(fontname: str) -> str:
    """``ABCDEF+rk-xiaobiaosong-1a2b3c4d`` (WeasyPrint), ``ABCDEF+RKXiaobiaosong-Regular`` (Typst) → xiaobiaosong."""
    name = fontname.split("+")[-1].lower().replace("-", "")
    return next(role for role in BUNDLED if role in name)


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_written_out_year_is_printed_in_the_title_and_heading_faces(fmt, tmp_path):
    text = (ROOT / "examples" / "suzhou-2016-work-summary.yaml").read_text(encoding="utf-8")
    text = text.replace('title: "苏州市环境保护局2016年政府信息公开\\n工作总结和2017年工作计划"', f"title: {TITLE}")
    text = text.replace("work: 2016年工作总结", f"work: {HEADING}")
    assert TITLE in text and HEADING in text
    path = tmp_path / "summary.yaml"
    path.write_text(text, encoding="utf-8")

    rendered = render_outputs(path, load_plugins(), formats=(fmt,))
    assert not [d.format() for d in rendered.diagnostics if "〇" in d.message or "埇" in d.message]
    (pdf,) = rendered.files.values()
    zeros = _fonts_of(pdf, "〇")
    assert sorted(_family(font) for font, _ in zeros) == ["heiti", "xiaobiaosong"]
    assert all(line == {font} for font, line in zeros)  # the face of the rest of its line, not a fallback
    ((font, line),) = _fonts_of(pdf, "埇")
    assert _family(font) == "xiaobiaosong" and line == {font}
