"""Texts the outputs set alike: a character no font has, web addresses, a title with place names."""
from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml

from reportkit.fonts import MISSING_MARK
from reportkit.layout import Geometry
from reportkit.line_breaks import broken
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]


def _sample(**changes) -> dict:
    return yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8")) | changes


def _chars(pdf: bytes) -> list[dict]:
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        return [c | {"page": page.page_number} for page in opened.pages for c in page.chars if c["text"].strip()]


def test_a_character_no_font_has_prints_as_the_missing_mark_in_both_pdfs():
    """The Typst PDF drew an empty box for 䶮 and 𠀀, and its text layer read "(cid:0)": the character was lost,
    though the warning said the PDF prints 〓 in its place, as the WeasyPrint PDF does."""
    data = _sample()
    data["sections"]["other"] = ["人名用字测试：䶮、垚、𠀀。"]
    found = {engine: render(data, formats=("pdf",), engine=engine) for engine in ("weasyprint", "typst")}
    for result in found.values():
        printed = "".join(c["text"] for c in _chars(result.pdf))
        assert f"人名用字测试：{MISSING_MARK}、垚、{MISSING_MARK}。" in printed
        assert "(cid:" not in printed and "䶮" not in printed
    warnings = {engine: [d.message for d in r.warnings if d.severity == "warning"] for engine, r in found.items()}
    assert warnings["typst"] == warnings["weasyprint"]
    assert [m for m in warnings["typst"] if MISSING_MARK in m] == [
        f"字符“䶮”(U+4DAE) 没有可用字体，PDF 中以“{MISSING_MARK}”代替（DOCX 照常保留）",
        f"字符“𠀀”(U+20000) 没有可用字体，PDF 中以“{MISSING_MARK}”代替（DOCX 照常保留）"]


def _rows(pdf: bytes, size: float, left_pt: float = 0) -> list[str]:
    """The printed lines of every page in type of ``size`` (right of ``left_pt``), top to bottom."""
    rows: dict = {}
    for c in _chars(pdf):
        if c["x0"] >= left_pt and abs(c["size"] - size) < 0.1:
            rows.setdefault((c["page"], round(c["top"])), []).append(c)
    return ["".join(c["text"] for c in sorted(row, key=lambda c: c["x0"])) for _, row in sorted(rows.items())]


def _breaks_in_addresses(rows: list[str]) -> list[tuple[str, str]]:
    """Each line break inside a web address (a run of ASCII letters, digits and signs with a "/"): the run's part at
    the end of the line and at the next one's start."""
    found = []
    for a, b in zip(rows, rows[1:]):
        end, start = re.search(r"[!-~]*$", a).group(), re.match(r"[!-~]*", b).group()
        if end and start and "/" in end + start:
            found.append((end, start))
    return found


ADDRESS = "https://www.example.gov.cn/xxgk/index.html"
COLUMN = "https://www.example.gov.cn/xxgk/lm001/index.html"


@pytest.fixture(scope="module")
def addresses():
    """Each engine's PDF of paragraphs that put a web address at every place across a line's end, and of a table whose
    narrow column holds addresses wider than it."""
    data = _sample()
    data["sections"]["other"] = [f"本局{'门' * k}户网站专栏{ADDRESS}全年保持每周更新，"
                                 "报送材料请见https://www.example.gov.cn/rdjy/2023/。" for k in range(0, 26, 2)]
    data["attachments"] = [{"title": "主动公开栏目网址", "table": {
        "columns": ["栏目", "网址"], "widths": [5, 2],
        "rows": [[f"栏目{n}", COLUMN.replace("001", f"{n:03}")] for n in range(1, 4)]}}]
    return {engine: render(data, formats=("pdf",), engine=engine).pdf for engine in ("weasyprint", "typst")}


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_web_address_breaks_only_after_a_slash(addresses, engine):
    """Typst broke a web address after "www." and after any dot ("https://www.|example…"), and in a narrow table cell
    at the last character that fitted ("lm001/i|ndex.html"): it treats text after "://" or from "www." as a link of
    its own rules. Both PDFs now break an address only after a "/", as Pango (and LibreOffice) do."""
    g = Geometry()
    breaks = _breaks_in_addresses(_rows(addresses[engine], g.body_size_pt))
    assert len(breaks) > 10
    assert [(a, b) for a, b in breaks if not a.endswith("/")] == []


def test_both_pdfs_break_web_addresses_alike(addresses):
    g = Geometry()
    breaks = {engine: _breaks_in_addresses(_rows(pdf, g.body_size_pt)) for engine, pdf in addresses.items()}
    # A line after the first address may hold a character more in Typst, whose Latin letters sit ~0.01 pt closer.
    first = {engine: [b for b in found if "xxgk" in "".join(b)] for engine, found in breaks.items()}
    assert first["typst"] == first["weasyprint"]
    assert ("https://www.example.gov.cn/rdjy/", "2023/") in breaks["typst"]
    column = (g.margin_left_mm + g.block_width_mm * 5 / 7) * 72 / 25.4
    cells = {}
    for engine, pdf in addresses.items():
        lines = _rows(pdf, g.table_size_pt, column)
        cells[engine] = lines[lines.index("网址") + 1:]
    assert cells["typst"] == cells["weasyprint"] == [
        line for n in range(1, 4) for line in ("https://", "www.example.gov.cn/", f"xxgk/lm{n:03}/index.html")]


ROOM = Geometry().block_width_mm * 72 / 25.4 / Geometry().title_size_pt  # 2号 characters across the text block
PLACE_TITLE = "关于云岭省青松河傣族景颇族自治州石板坡县乡村振兴和农业农村综合行政执法服务中心（县农业技术推广站）2023年政府信息公开工作的年度报告"


@pytest.mark.parametrize("title, lines", [
    (PLACE_TITLE, ["关于云岭省青松河傣族景颇族自治州石板坡县", "乡村振兴和农业农村综合行政执法服务中心", "（县农业技术推广站）2023年",
                   "政府信息公开工作的年度报告"]),
    ("云岭省青松河傣族景颇族自治州石板坡县乡村振兴局2023年政府信息公开工作年度报告",
     ["云岭省青松河傣族景颇族自治州", "石板坡县乡村振兴局2023年", "政府信息公开工作年度报告"]),
    ("云岭省青松河傣族景颇族自治州石板坡县人民政府2023年政府信息公开工作年度报告",
     ["云岭省青松河傣族景颇族自治州石板坡县", "人民政府2023年政府信息公开工作年度报告"]),
    ("内蒙古自治区锡林郭勒盟正镶白旗明安图镇人民政府2023年政府信息公开工作年度报告",
     ["内蒙古自治区锡林郭勒盟正镶白旗明安图镇", "人民政府2023年政府信息公开工作年度报告"]),
], ids=["county", "bureau", "government", "banner"])
def test_a_title_breaks_after_a_place_name_s_suffix_not_before_it(title, lines):
    """A break before 县 (“…石板坡|县乡村振兴和…”) or inside “县乡|村振兴”, “县人|民政府” cost what a break anywhere costs,
    as much as one after the place's name: a title broke inside the name though the name fitted on its line."""
    assert broken(title, ROOM, Geometry().autospace_em).split("\n") == lines


def test_every_output_prints_a_title_broken_after_the_place_name():
    expected = broken(PLACE_TITLE, ROOM, Geometry().autospace_em).split("\n")
    assert expected[0].endswith("石板坡县")
    data = _sample(title=PLACE_TITLE)
    weasyprint = render(data, formats=("docx", "pdf"), engine="weasyprint")
    typst = render(data, formats=("pdf",), engine="typst")
    assert docx.Document(io.BytesIO(weasyprint.docx)).paragraphs[0].text.split("\n") == expected
    assert _rows(weasyprint.pdf, Geometry().title_size_pt)[:len(expected)] == expected
    assert _rows(typst.pdf, Geometry().title_size_pt)[:len(expected)] == expected
