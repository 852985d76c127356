"""A long run of Latin letters, digits and signs (an e-mail or web address of 20 to 120 characters) in a paragraph,
at a line's start, in its middle and at its end, after Chinese, after "：" and after "（", stays inside the text block
in the WeasyPrint PDF and the Typst PDF, and both PDFs break the paragraphs into the same lines; after "（" in a
table cell it stays inside the cell.

The WeasyPrint PDF boxed such a run in two at its first sign ("邮箱" then "xxgkban" then ".someverylong…"), and the
"（" before a run and the "，" after it apart from it: there is no break between those boxes, and
``overflow-wrap: anywhere`` breaks a box only where it begins a line, so the run, or its "，", went past the right edge
(by up to 546 pt). The Typst PDF went on after "：" and "（" with a run wider than a line, where the WeasyPrint PDF now
starts a line with it. Measured with pdfplumber.
"""
from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
import yaml

import layout_measure as lm
from reportkit.layout import Geometry
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
G = Geometry()
LEFT, RIGHT = G.margin_left_mm * lm.MM, (G.page_width_mm - G.margin_right_mm) * lm.MM
#: How far a character may pass the text block's edge: a line's last character carries the tracking (-0.21 pt) past
#: it; a line of Latin letters alone spread to the edge is drawn up to ~1 pt farther in the WeasyPrint PDF (its letters'
#: offsets are written rounded), which this test does not pin.
EDGE_PT = 1.2


def _run(length: int) -> str:
    """An e-mail address of ``length`` characters, without a sign Pango breaks after."""
    tail = "@example.gov.cn"
    return ("xxgkban." + "gongkaibanshichu" * 8)[:length - len(tail)] + tail


#: The same run after "联系邮箱：" (no break after it), after "邮箱" (a boundary's autospace) and inside "（…）"; at
#: the start of a paragraph; 3 and 24 Chinese characters in, to start it in the middle and near the end of a line.
PARAGRAPHS = [text for length in (20, 60, 120) for text in (
    f"联系邮箱：{_run(length)}，欢迎来信。",
    f"本机关{'政务' * 12}联系邮箱{_run(length)}，欢迎来信。",
    f"本机关{'政务' * 11}另可发送（{_run(length)}）至此。",
    f"{_run(length)}为本机关联系邮箱。",
)]
#: Chinese with short runs in brackets and before a "，" (boxed with them in the WeasyPrint PDF): each line of Chinese
#: alone but the last holds 28 characters, as any paragraph's.
PLAIN = ("本机关全年主动公开文件（2023）共12件，其中规范性文件（ABC）3件，另有（第2号）通知一件，均已按时公开并报送"
         "上级主管部门备案审查，全年未发生因公开不当引起的投诉或者复议，相关工作台账已经按照档案管理规定全部整理归档，"
         "下一年度将继续加强政务公开队伍建设，定期组织业务培训，进一步提升信息发布的及时性和准确性。")


#: A table whose narrow cells hold a run in brackets after Chinese.
ROWS = [["1", f"邮箱（{_run(40)}）", "办公室"], ["2", f"网址（{_run(30)}）见右", "法规科"]]


@pytest.fixture(scope="module")
def printed():
    """Each engine's lines of :data:`PARAGRAPHS` and :data:`PLAIN`, its characters on each page, and the characters and
    cells of the table of :data:`ROWS`."""
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["other"] = [*PARAGRAPHS, PLAIN]
    data["attachments"] = [{"title": "公开渠道一览表", "content": ["各科室的公开渠道见下表。"],
                            "table": {"columns": ["序号", "渠道", "单位"], "widths": [2, 5, 9], "rows": ROWS}}]
    found = {}
    for engine in ("weasyprint", "typst"):
        result = render(data, formats=("pdf",), engine=engine)
        segments = {s.text: s.lines for s in lm.paragraphs(lm.measure(result.pdf, G), result.document, G)}
        with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
            chars = [[c for c in page.chars if c["text"].strip()] for page in pdf.pages]
            cells = [(page.page_number - 1, table.cells) for page in pdf.pages for table in page.find_tables()
                     if (table.extract()[0] or [None])[0] == "序号"]
        found[engine] = [[line for _, line in segments[text]] for text in [*PARAGRAPHS, PLAIN]], chars
        found[f"{engine} table"] = cells
    return found


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_every_character_of_a_paragraph_with_a_long_run_is_inside_the_text_block(printed, engine):
    paragraphs, chars = printed[engine]
    outside = []
    for line in (line for lines in paragraphs for line in lines):
        row = [c for page in chars for c in page if abs(c["top"] - line.top) < 1 and c["size"] > lm.TABLE_TYPE_PT]
        outside += [f"{line.text[:12]}… {c['text']} {c['x1'] - RIGHT:+.1f}pt" for c in row
                    if c["x0"] < LEFT - EDGE_PT or c["x1"] > RIGHT + EDGE_PT]
    assert outside == []


def test_both_pdfs_break_the_paragraphs_into_the_same_lines(printed):
    weasyprint, typst = ([[line.text for line in lines] for lines in printed[e][0]] for e in ("weasyprint", "typst"))
    assert typst == weasyprint


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_run_wider_than_a_line_starts_one_after_a_colon_and_with_its_bracket(printed, engine):
    """Pango breaks no line after "（": the bracket starts the run's line; after "：" the run starts a line too."""
    paragraphs, _ = printed[engine]
    texts = [[line.text for line in lines] for lines in paragraphs]
    longest = texts[8:12]  # the 120-character runs
    assert longest[0][0] == "联系邮箱："
    assert any(line.startswith("（xxgkban.") for line in longest[2])
    assert not any(line.endswith("（") for lines in texts for line in lines)


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_chinese_lines_with_short_runs_in_brackets_keep_28_characters(printed, engine):
    paragraphs, _ = printed[engine]
    chinese = [line.text for line in paragraphs[-1][1:-1] if not any(c.isascii() for c in line.text)]
    assert len(chinese) >= 2
    assert [len(text) for text in chinese] == [28] * len(chinese)


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_long_run_after_an_opening_bracket_stays_inside_its_cell(printed, engine):
    _, chars = printed[engine]
    (number, cells), = printed[f"{engine} table"]
    outside = []
    for c in chars[number]:
        x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        cell = next((cell for cell in cells if cell[0] <= x <= cell[2] and cell[1] <= y <= cell[3]), None)
        if cell and (c["x0"] < cell[0] - 0.3 or c["x1"] > cell[2] + 0.3):
            outside.append(f"{c['text']} {c['x1'] - cell[2]:+.1f}pt")
    assert len(cells) >= 9 and outside == []
