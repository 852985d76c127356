"""Issue 5, point 5: a character no font covers is reported with its place; --strict refuses to write.

Issue 8, point 10: the place is the character's own line and column, not the start of its paragraph.
"""
from __future__ import annotations

from _reliability import data_file, line_of, run

RARE = "\U0002A6A5"  # 𪚥 (CJK Extension B): in no bundled face


def test_uncovered_character_is_a_located_warning_and_an_error_with_strict(tmp_path):
    path = data_file(tmp_path, [f"申请人姓名中有生僻字{RARE}，已依法答复。"])
    line = line_of(path, RARE)
    col = path.read_text(encoding="utf-8").split("\n")[line - 1].index(RARE) + 1
    assert col > 7  # the paragraph's value starts at column 7
    out = tmp_path / "out"
    result = run("render", path, "-f", "pdf", "-o", out)
    assert result.exit_code == 0
    wanted = f"字符“{RARE}”(U+2A6A5) 没有可用字体，PDF 中以“〓”代替（DOCX 照常保留）"
    assert f"{path}:{line}:{col}: warning: {wanted}" in result.output.splitlines()
    assert (out / "report.pdf").exists()

    strict = tmp_path / "strict"
    result = run("render", path, "-o", strict, "--strict")
    assert result.exit_code == 1
    assert f"{path}:{line}:{col}: error: {wanted}" in result.output.splitlines()
    assert not strict.exists() or not any(strict.iterdir())  # not even the DOCX, which has no such problem


def test_a_character_no_font_has_leaves_the_rest_of_the_text_layer_intact(tmp_path):
    """Issue 13, point 8: WeasyPrint gave a face with a glyph-less character a custom CMap, and the
    body text then could not be extracted at all; the PDF now sets 〓 in its place."""
    import io

    import pdfplumber
    import pypdf

    sentence = f"申请人姓名中有生僻字{RARE}，已依法答复。"
    path = data_file(tmp_path, [sentence])
    assert run("render", path, "-f", "pdf", "-o", tmp_path / "out").exit_code == 0
    data = (tmp_path / "out" / "report.pdf").read_bytes()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "".join((page.extract_text() or "") for page in pdf.pages).replace("\n", "").replace(" ", "")
    assert sentence.replace(RARE, "〓") in text
    extracted = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "\x00" not in extracted and "已依法答复" in extracted.replace("\n", "").replace(" ", "")
