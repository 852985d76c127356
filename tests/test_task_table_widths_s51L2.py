"""The work plan's task table measured as the faces set it (session 51, L2). Its columns were planned with every
character not Chinese ½ wide (``layout.text_width``), though the bundled 仿宋 sets capitals 0.35–1.02 and % 0.83 wide
with a quarter em beside Chinese, and nothing kept a cell's last character from a line of its own: in both PDFs
measures with APP, 98.6% or 2025 ended “…提升群|众”, and a 责任单位 column set as wide as the name “县WMW中心” printed
it as “县WMW|中心”. Now ``build._widths`` measures with ``layout.face_width`` and the table goes through
``attachments.join_last_characters``, as an attachment's table does. Every text here is written for these tests."""
from __future__ import annotations

import io
from functools import partial

import pdfplumber
import pytest

from test_cell_widths_s51L import _lone, page_cells
from reportkit.blocks import Attachment, Table
from reportkit.default_plugins.work_plan.spec import TASK_COLUMNS
from reportkit.layout import Geometry, cell_lines, face_width
from reportkit.testing import render

WORDS = "统筹推进政务公开平台建设优化办事服务流程提升群众满意程度完善监督考核机制落实工作责任健全常态长效制度"
#: Runs wider than half a character a piece in 仿宋, and digits (a quarter em on either side).
RUNS = ("APP和GDP", "98.6%", "2025", "WMW")
#: The longest unit name: 6 characters counted ½ a letter, 7.3 as 仿宋 sets it.
UNIT = "县WMW中心"
HEADS = {c.label for c in TASK_COLUMNS}


def plan() -> dict:
    """Names and measures of many lengths, a run in the middle of each, the measures ending with a percentage."""
    tasks = []
    for k, run in enumerate(RUNS):
        for n in range(6):
            size = 18 + 7 * n + k
            tasks.append({"task": WORDS[k:k + 3 + n] + run + WORDS[20:22 + n],
                          "content": [WORDS[:size // 2] + run + WORDS[size // 2:size] + "，完成率达到98.6%"],
                          "lead": UNIT, "support": ["县财政局"] if n % 2 else [], "deadline": "2025-12"})
    return {"kind": "work-plan", "year": 2025, "agency": "某某县人民政府办公室",
            "requirements": ["本年度政务公开以重点领域为抓手，逐项抓好落实。"], "tasks": tasks,
            "safeguards": ["县政府办公室牵头，年底前总结。"], "task_table": {"place": "attachment"}, "date": "2025-03-01"}


@pytest.fixture(scope="module")
def printed() -> dict:
    """Per engine, each body cell of the task table with its room (characters a line) and its printed lines."""
    out = {}
    for engine in ("weasyprint", "typst"):
        result = render(plan(), formats=("pdf",), engine=engine)
        table = next(b for a in result.document.blocks if isinstance(a, Attachment) for b in a.blocks
                     if isinstance(b, Table))
        with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
            lines = [cell for page in pdf.pages for cell in page_cells(page) if "".join(cell) not in HEADS]
        cells = [(cell, Geometry().cell_room(table.widths, c, cell.colspan))
                 for (r, c), cell in sorted(table.grid().items()) if r >= table.header_rows]
        assert len(lines) == len(cells) == 24 * len(TASK_COLUMNS)
        out[engine] = [(cell, room, text) for (cell, room), text in zip(cells, lines)]
    return out


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_no_task_table_cell_ends_on_a_line_of_one_character(printed, engine):
    """Names and measures with capitals, % and digits among Chinese keep their last character with the one before it
    (4 of these measures ended on one in both PDFs), and each cell prints in the lines ``cell_lines`` counts at the
    table's widths."""
    cells = printed[engine]
    assert [cell.text for cell, _, lines in cells if "".join(lines) != cell.text] == []
    assert [lines for *_, lines in cells if _lone(lines)] == []
    counted = partial(cell_lines, measure=face_width, space=Geometry().autospace_em)
    assert [lines for cell, room, lines in cells if counted(cell.text, room).lines != len(lines)] == []
    assert sum(len(lines) > 2 for *_, lines in cells) >= 12


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_the_units_column_holds_its_longest_name_on_a_line(printed, engine):
    """责任单位 is as wide as “县WMW中心” as 仿宋 sets it: the name alone in its cell prints on one line (counted 6
    characters, it broke into “县WMW” and “中心”)."""
    alone = [lines for cell, _, lines in printed[engine] if cell.text == UNIT]
    assert alone == [[UNIT]] * 12
