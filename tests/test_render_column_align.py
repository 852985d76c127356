"""An attachment's own table aligns a column as one: figures centred, however long; a column's other cells all left when
one of them wraps, else all centred (it once set any cell longer than 6 characters left, figures and short labels too)."""
from __future__ import annotations

import docx
import pdfplumber
import pytest
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH

from _import_helpers import render_source
from _kinds import EXAMPLES
from reportkit.attachments import TableData, table_block

#: Short labels only (合计（含访问量） fits its line): the column is centred.
CHANNELS = ["网站", "政务微博", "合计（含访问量）", "合计", "微信公众号", "政务服务平台", "热线电话", "新闻发布会"]
#: Figures of every kind and length: all centred.
FIGURES = ["12", "1234567", "12,345", "98.5%", "1,234.56", "-8", "—", "15.6万元", "3件", "7", "－12.50", "―", "2,048件"]
#: Labels, two of them long enough to wrap, and figures: the labels all left, the figures centred.
NOTES = ["按月更新", "—", "全年持续开展网站栏目的内容保障与日常巡查工作", "已完成", "12件", "较上年增加两项服务事项并同步更新办事指南", "无"]
COLUMNS = ["渠道", "数量", "说明"]
ROWS = [[CHANNELS[i % len(CHANNELS)], FIGURES[i % len(FIGURES)], NOTES[i % len(NOTES)]] for i in range(40)]


def expected(column: int, text: str) -> str:
    return "left" if column == 2 and text not in ("—", "12件") else "center"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """The 苏州 summary with a 40-row attachment table, rendered to DOCX and both PDFs."""
    folder = tmp_path_factory.mktemp("cellalign")
    path = folder / "cellalign.yaml"
    table = {"columns": COLUMNS, "widths": [2, 2, 3], "rows": ROWS}
    path.write_text((EXAMPLES / "suzhou-2016-work-summary.yaml").read_text(encoding="utf-8") + "\n" + yaml.safe_dump(
        {"attachments": [{"title": "公开渠道统计", "table": table}]}, allow_unicode=True), encoding="utf-8")
    out = {}
    for fmt in ("docx", "pdf", "pdf-typst"):
        (folder / fmt).mkdir()
        out[fmt] = render_source(path, fmt, folder / fmt)
    return out


def test_docx_aligns_each_column_as_one(outputs):
    table = docx.Document(str(outputs["docx"])).tables[-1]
    got = [[cell.paragraphs[0].alignment for cell in row.cells] for row in table.rows[1:]]
    want = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER}
    assert got == [[want[expected(c, text)] for c, text in enumerate(row)] for row in ROWS]


def _cell_lines(page, bbox) -> list[tuple[float, float, str]]:
    """Each line of text in the cell ``bbox``: its left and right gaps to the cell's edges, and its text."""
    lines: dict[int, list] = {}
    for char in page.crop(bbox).chars:
        if char["text"].strip():
            lines.setdefault(round(char["top"]), []).append(char)
    return [(min(c["x0"] for c in chars) - bbox[0], bbox[2] - max(c["x1"] for c in chars),
             "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"]))) for _, chars in sorted(lines.items())]


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_pdf_sets_figures_centred_and_a_wrapping_column_left(outputs, fmt):
    seen = []
    with pdfplumber.open(outputs[fmt]) as pdf:
        for page in pdf.pages:
            for found in page.find_tables():
                for row in found.rows:
                    cells = [_cell_lines(page, bbox) for bbox in row.cells]
                    if [lines[0][2] for lines in cells] == COLUMNS:
                        continue  # the head, repeated on each page
                    for c, lines in enumerate(cells):
                        text = "".join(line[2] for line in lines)
                        if expected(c, text) == "left":
                            assert all(left < 3 for left, _, _ in lines), (fmt, text, lines)
                        else:
                            assert len(lines) == 1 and abs(lines[0][0] - lines[0][1]) < 1.5, (fmt, text, lines)
                    seen.append([line[2] for line in cells[1]])
    assert len(seen) == 40
    assert ["1234567"] in seen and ["1,234.56"] in seen and ["－12.50"] in seen


@pytest.mark.parametrize("last", [
    ["政务\n微博", "56", "件"],  # a line break typed in the data
    [{"text": "合计：网站、政务微博、政务服务平台、热线电话和新闻发布会的全年访问量", "colspan": 2}, "次"],  # wraps over 2 columns
])
def test_a_hand_broken_or_spanning_cell_sets_its_column_left(last):
    table = table_block(TableData(columns=["项目", "数量", "单位"], rows=[["网站", "1,234", "件"], last]), (), lambda _: None)
    assert [[cell.align for cell in row] for row in table.rows[1:]] == [
        ["left", "center", "center"], ["left"] + ["center"] * (len(last) - 1)]


def test_short_labels_and_long_figures_are_all_centred():
    table = table_block(TableData(columns=["项目", "数量"], rows=[["合计", "1234567"], ["合计（含访问量）", "1,234.56万元"]]),
                        (), lambda _: None)
    assert {cell.align for row in table.rows for cell in row} == {"center"}
