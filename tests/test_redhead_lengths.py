"""plugins/reportkit-gbt9704-redhead at other lengths than its example: 版头 and 版记 texts short and long."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportkit.errors import InvalidData
from reportkit.testing import check

EXAMPLE = Path(__file__).resolve().parents[1] / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
NUMBER = "某自然资发〔2024〕3号"


def with_number(number: str) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert f"number: {NUMBER}\n" in text
    return text.replace(f"number: {NUMBER}\n", f"number: {number}\n")


def test_a_doc_number_too_long_for_one_line_is_refused_where_it_is_written():
    """§7.2.5: the 发文字号 is one centred line over the red line. One of 35 characters (197 mm of 3号) was set on two
    lines, the first stretched across the block, and the red line drawn under the second."""
    number = "某某自治州某某县自然资源和规划综合行政执法大队某某中队发〔2024〕12号"
    with pytest.raises(InvalidData) as info:
        check(with_number(number), file="r.yaml")
    assert (f"r.yaml:8:13: error: plugins.reportkit-gbt9704-redhead.number：发文字号“{number}”一行排不下"
            "（3号字一行至多 27.5 字）：请缩短机关代字，例如 某环发〔2022〕3号（GB/T 9704-2012 第7.2.5条）") in str(info.value)


def test_a_doc_number_that_fills_the_line_is_accepted():
    number = "某县自然资源和规划综合行政执法大队发〔2024〕1234号"  # 25 characters, 141 mm: one line
    check(with_number(number), file="r.yaml")


# -- 签发人 (上行文, §7.2.5 and §7.2.6) ----------------------------------------------------------------

MM = 72 / 25.4
CHAR = 16 / MM  # one 3号 character, mm
BLOCK_LEFT, BLOCK_RIGHT = 28, 210 - 26
RED = (1, 0, 0)


def with_signers(signers: str, number: str = NUMBER) -> str:
    text = with_number(number)
    return text.replace("    printer: ", f"    signers: {signers}\n    printer: ", 1)


def number_line(pdf: bytes) -> dict:
    """The characters of the 发文字号's line on page 1: its text, where the 发文字号 starts and the line ends (mm),
    the baselines, the faces of the 签发人's name, and the red line's top under it (mm)."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        first = next(c for c in page.chars if c["text"] == "〔")
        chars = sorted((c for c in page.chars if abs(c["matrix"][5] - first["matrix"][5]) < 3 and c["text"].strip()),
                       key=lambda c: c["x0"])
        text = "".join(c["text"] for c in chars)
        red = [e for e in page.rects + page.lines if e["top"] > first["bottom"] and e["top"] < first["bottom"] + 10 * MM]
    name = [c for c in chars if c["text"] in "王某某李某某" and c["x0"] > chars[0]["x0"] + 80 * MM]
    return {"text": text, "left": chars[0]["x0"] / MM, "right": chars[-1]["x1"] / MM,
            "baselines": {round(c["matrix"][5], 1) for c in chars}, "name_faces": {c["fontname"].split("+")[-1] for c in name},
            "label_faces": {c["fontname"].split("+")[-1] for c in chars if c["text"] in "签发人"}, "bottom": first["bottom"] / MM,
            "red": red}


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_an_upward_document_has_its_signer_right_and_the_number_left_on_one_line(fmt):
    """上行文: 发文字号 one character in from the left, “签发人：” in 仿宋 and the name in 楷体 one character in from
    the right, on one line; the red line 4 mm under it as before. The setting was refused as unknown."""
    from reportkit.testing import render

    pdf = render(with_signers("[王某某]"), file=str(EXAMPLE), strict=True, formats=(fmt,)).outputs[fmt]
    line = number_line(pdf)
    assert line["text"] == NUMBER + "签发人：王某某"
    assert line["left"] == pytest.approx(BLOCK_LEFT + CHAR, abs=0.3)
    assert line["right"] == pytest.approx(BLOCK_RIGHT - CHAR, abs=0.3)
    assert len(line["baselines"]) == 1
    assert line["name_faces"] and all("kai" in face.lower() for face in line["name_faces"])
    assert line["label_faces"] and not any("kai" in face.lower() for face in line["label_faces"])


def test_two_signers_share_the_line_and_the_docx_sets_them_with_tabs():
    from docx import Document as open_docx

    from reportkit.testing import render
    import io

    result = render(with_signers("[王某某, 李某某]"), file=str(EXAMPLE), strict=True, formats=("docx", "pdf", "html"))
    assert f"<p>{NUMBER}\u3000签发人：王某某\u3000李某某</p>" in result.outputs["html"].decode("utf-8")  # the web page
    assert number_line(result.pdf)["text"] == NUMBER + "签发人：王某某李某某"  # a full-width space between the names
    doc = open_docx(io.BytesIO(result.docx))
    number = doc.paragraphs[1]
    assert (number.style.name, number.text) == ("Doc Number", f"\t{NUMBER}\t签发人：王某某　李某某")
    stops = [(t.alignment, round(t.position.pt, 1)) for t in number.paragraph_format.tab_stops]
    assert stops == [(0, 16.0), (2, round((BLOCK_RIGHT - BLOCK_LEFT) * MM - 16, 1))]
    names = [run for run in number.runs if "王某某" in run.text]
    assert names[0]._r.rPr.rFonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "楷体_GB2312"


@pytest.mark.parametrize(("signers", "message"), [
    ("[王某某, 李某某, 张某某]", "签发人写了 3 人：本插件一行排两个签发人，多于两人时请只写主办机关的签发人"),
    ("[王某某]", "发文字号“某县自然资源和规划综合行政执法大队发〔2024〕1234号”和“签发人：王某某”排不进一行"),
])
def test_signers_that_do_not_fit_the_number_s_line_are_refused_where_they_are_written(signers, message):
    number = "某县自然资源和规划综合行政执法大队发〔2024〕1234号" if "1234" in message else NUMBER
    with pytest.raises(InvalidData) as info:
        check(with_signers(signers, number), file="r.yaml")
    assert f"r.yaml:10:14: error: plugins.reportkit-gbt9704-redhead.signers：{message}" in str(info.value)
