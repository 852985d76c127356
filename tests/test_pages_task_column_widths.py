"""The work plan's task table gives 工作任务 the width that makes the table shortest, as it does 责任单位 (build._widths):
a 45-character task name beside 40 characters of measures made its row eight lines tall in the fixed 工作任务 column
while the measures filled three, and 6-character names kept room the measures needed. Measured on the printed pages
of both PDFs (row heights, column positions, every character inside its cell) and in the DOCX's grid. Every text
here is written for these tests."""
from __future__ import annotations

import io

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from reportkit.default_plugins.work_plan.spec import TASK_COLUMNS
from reportkit.layout import Geometry
from reportkit.testing import render

LONG_NAME = "{}领域围绕群众关注的事项，逐项梳理公开内容、公开时限、公开渠道、责任人和群众意见办理结果"  # 45 characters
LONG_MEASURES = "各责任单位按月报送进展，办公室汇总后在政府网站专栏公布，并抄送领导小组备案。"
SHORT_NAMES = ["公开财政预算", "做好政策解读", "回应社会关切", "办好政府网站", "规范依申请", "加强新媒体"]
SHORT_MEASURES = ("每季度首月十日前梳理上季度形成的文件，逐件确定公开属性，需要公开的在二十个工作日内发布到政府网站对应栏目；"
                  "发布前由承办科室核对文字和附件，分管负责人审签，发布后一周内抽查栏目链接是否有效，发现问题当日更正并登记备查。")
DEFAULT = {c.key: c.width / sum(c.width for c in TASK_COLUMNS) for c in TASK_COLUMNS}  # each column's share
KEYS = [c.key for c in TASK_COLUMNS]


def plan(tasks: list[tuple[str, str]]) -> dict:
    return {
        "kind": "work-plan", "year": 2025, "agency": "某某县人民政府办公室",
        "requirements": ["本年度政务公开以重点领域为抓手，做到应公开尽公开。"],
        "tasks": [{"task": name, "content": [measures], "lead": "县政府办公室", "support": ["县财政局"],
                   "deadline": "2025-12"} for name, measures in tasks],
        "safeguards": ["县政府办公室牵头，年底前总结。"],
        "task_table": {"place": "attachment"},
        "date": "2025-03-01",
    }


PLANS = {
    "long": plan([(LONG_NAME.format(area), LONG_MEASURES) for area in ("教育", "医疗", "养老", "住房", "就业", "社保")]),
    "short": plan([(name, SHORT_MEASURES) for name in SHORT_NAMES]),
}


@pytest.fixture(scope="module", params=["long", "short"])
def outputs(request) -> tuple[str, dict[str, bytes]]:
    data = PLANS[request.param]
    return request.param, {"docx": render(data, formats=("docx",)).docx,
                           "weasyprint": render(data, formats=("pdf",)).pdf,
                           "typst": render(data, formats=("pdf",), engine="typst").pdf}


def task_table(pdf: bytes) -> tuple[list[float], list[list[tuple[list[str], float]]], list[str]]:
    """The task table's column edges (pt), its body rows (each cell's lines and the row's height, pt) on every page,
    and the characters printed outside the cell they are in, or in its padding."""
    edges, rows, outside = None, [], []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for table in page.find_tables():
                xs = sorted({round(c[0], 1) for c in table.cells} | {round(c[2], 1) for c in table.cells})
                by_row: dict[float, list] = {}
                for cell in table.cells:
                    by_row.setdefault(round(cell[1], 1), []).append(cell)
                chars = [c for c in page.chars if c["text"].strip()]
                for top, cells in sorted(by_row.items()):
                    texts = []
                    for x0, y0, x1, y1 in sorted(cells):
                        inside = [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                                  and y0 <= (c["top"] + c["bottom"]) / 2 <= y1]
                        # in its padding (2 pt) is outside too: a word run on past the rule sat there
                        outside += [c["text"] for c in inside if c["x0"] < x0 + 1 or c["x1"] > x1 - 1
                                    or c["top"] < y0 - 0.1 or c["bottom"] > y1 + 0.1]
                        lines: dict[int, str] = {}
                        for c in sorted(inside, key=lambda c: (round(c["top"]), c["x0"])):
                            lines[round(c["top"])] = lines.get(round(c["top"]), "") + c["text"]
                        texts.append(list(lines.values()))
                    if texts and "".join(texts[0]) == "序号":
                        edges = xs
                    elif len(texts) == len(KEYS):
                        rows.append([(text, max(c[3] for c in cells) - top) for text in texts])
    assert edges, "no task table"
    return edges, rows, outside


def shares(edges: list[float]) -> dict[str, float]:
    return {key: (b - a) / (edges[-1] - edges[0]) for key, (a, b) in zip(KEYS, zip(edges, edges[1:]), strict=True)}


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_task_name_takes_the_room_its_row_needs(outputs, engine):
    """Long names get a 工作任务 column wider than its default (by a character at least) and are no more than a line
    taller than their measures (they were eight lines beside three); short names a narrower one, each on one or two
    lines, the room going to 具体措施 (a line less in each row), each row as tall as its measures. Rows are whole
    lines of the table's type, and no character is outside its cell."""
    kind, pdfs = outputs
    edges, rows, outside = task_table(pdfs[engine])
    assert not outside, outside
    share = shares(edges)
    line, pad = Geometry().table_line_pt, 2 * Geometry().cell_padding_v_pt
    assert len(rows) == 6, rows
    for cells in rows:
        (name, height), (measures, _) = cells[1], cells[2]
        tallest = max(len(text) for text, _ in cells)
        assert abs(height - (tallest * line + pad)) < 2, (height, cells)
        if kind == "long":
            assert len(name) <= len(measures) + 1, cells
        else:
            assert len(name) <= 2 and tallest == len(measures), cells
    gained = (share["task"] - DEFAULT["task"]) * (edges[-1] - edges[0]) / Geometry().table_size_pt  # characters
    assert gained >= 1 if kind == "long" else gained <= -1, share


def test_the_three_outputs_print_the_same_columns(outputs):
    """The DOCX's grid, the WeasyPrint PDF's and the Typst PDF's columns are one set of widths."""
    _, pdfs = outputs
    grid = docx.Document(io.BytesIO(pdfs["docx"])).tables[-1]._tbl.tblGrid.findall(qn("w:gridCol"))
    widths = [int(col.get(qn("w:w"))) for col in grid]
    printed = dict(zip(KEYS, (w / sum(widths) for w in widths), strict=True))
    for engine in ("weasyprint", "typst"):
        share = shares(task_table(pdfs[engine])[0])
        assert all(abs(share[key] - printed[key]) < 0.003 for key in KEYS), (engine, share, printed)


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_web_address_in_a_task_name_stays_in_its_cell(engine):
    """A line does not break inside a web address: 工作任务 is at least as wide as one in a task name (WeasyPrint set
    “gov.example.cn” past the cell's right rule, over the 具体措施 beside it)."""
    data = plan([("办好gov.example.cn网站", SHORT_MEASURES), *[(name, SHORT_MEASURES) for name in SHORT_NAMES[1:]]])
    _, rows, outside = task_table(render(data, formats=("pdf",), engine=engine).pdf)
    assert not outside, outside
    assert any("gov.example.cn" in line for line in rows[0][1][0]), rows[0]  # on one line
