"""A page Chromium printed without a font holding its Chinese characters: it draws each as the font's empty glyph
and writes the character in an /ActualText, but for the first character it drew so in that font, which it writes
nowhere (pdfminer reads “(cid:0)” wherever it stands). Where that character starts a heading, the heading cannot be
read: the finding says which heading, on which page and line."""
from __future__ import annotations

import subprocess

import pdfplumber
import pytest

from reportkit.plugins import load_plugins

from _import_helpers import CHROMIUM, chromium_pdf, imported

PLUGINS = load_plugins()

#: A short report: its headings in a serif face, the rest in a sans-serif one; the machine has no Chinese font, so the
#: first heading's first character (一) is the serif face's first character drawn without a glyph.
PAGE = """<html><head><meta charset="utf-8"><title>年度报告</title><style>
body { font-family: sans-serif; font-size: 16pt; } h2 { font-family: serif; font-size: 16pt; }
</style></head><body>
<h2>一、总体情况</h2>
<p>本局年内调整了公开工作领导小组，各科室确定一名信息员。</p>
<h2>二、主动公开政府信息情况</h2>
<p>全年在门户网站发布信息，栏目按季度检查。</p>
</body></html>"""


def _without_chinese_fonts() -> bool:
    found = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False)
    return found.returncode == 0 and not found.stdout.strip()


@pytest.mark.skipif(CHROMIUM is None or not _without_chinese_fonts(),
                    reason="needs Chromium, and a machine without a Chinese font")
def test_a_heading_whose_first_character_has_no_text_is_named(tmp_path):
    """The heading reads “(cid:0)、总体情况”: the finding said only that a character of the line could not be read. It
    now says that the line is a heading, quotes it (□ for the character), and the place names its page and line; a
    paragraph's is said as before."""
    pdf = chromium_pdf(PAGE, tmp_path, fandol=False)
    with pdfplumber.open(pdf) as document:
        assert "(cid:0)" in document.pages[0].extract_text()
    result = imported(pdf, tmp_path, PLUGINS, documents=True)
    said = [(f.place, f.message) for f in result.findings if "个字取不出" in f.message]
    assert ("第 1 页第 1 行", "标题“□、总体情况”里有 1 个字取不出（导出时字体里没有这个字，读作“(cid:0)”一类记号），已照原样导入，"
                            "这个标题可能因此没有认出：请对照原件改正") in said
    # a sentence's lost character (the body's face lost its first, 本) is said as before, no heading
    assert ("第 1 页第 2 行", "PDF 里有 1 个字取不出（导出时字体里没有这个字，读作“(cid:0)”一类记号），已照原样导入：请对照原件改正") in said
