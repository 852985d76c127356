"""The work plan's task table keeps its columns' room off the end of a line (session 52, A). 工作任务, 责任单位 and
完成时限 were sized to their widest text and half an em, in steps of a quarter em: a room fell exactly where a line of
Chinese, digits and the quarter em beside them ends (推进第12批重点项目审批, 11.5 ems; 监测站、某某市第1监测片区办, 14). The
Typst PDF set that line, the WeasyPrint PDF (its CSS rounds the columns' shares to 0.0001 %) broke it a character
earlier, and the cells' lines after it differed. ``build._SPARE`` sets each room midway between two such ends. Every
text here is written for these tests."""
from __future__ import annotations

import pytest

from test_pages_head_cells_units import _columns, _units_plan
from reportkit.blocks import Attachment, Table
from reportkit.default_plugins.work_plan.spec import TASK_COLUMNS
from reportkit.layout import Geometry
from reportkit.testing import render

#: Task names with numbers (a quarter em on either side) beside measures of lengths that set 工作任务 11.5 ems wide.
TASKS = [("推进第12批重点项目审批信息公开", "项目批复后七个工作日内在网站专栏公开审批结果，同步推送市政务服务平台统一备查。"),
         ("落实第2批基层政务公开标准目录", "按标准目录逐项梳理基层公开事项，年中前全部完成。"),
         ("办理第15批人大代表建议和政协提案并公开答复", "建议提案办结后在网站专栏公开答复全文，涉及国家秘密的除外，年底前汇总。"),
         ("整改第4批群众反映问题", "对群众反映的问题建立台账，逐件明确责任科室和办理时限，办结后及时公开整改情况并接受群众监督。")]
#: The columns sized to their texts.
SIZED = [k for k, c in enumerate(TASK_COLUMNS) if c.key in ("task", "units", "deadline")]


def _plan() -> dict:
    tasks = [{"task": name, "content": [measures], "lead": "法规科", "support": [f"第{j + 1}监测站" for j in range(i)],
              "deadline": f"2024年{9 + i}月"} for i, (name, measures) in enumerate(TASKS)]
    return {"kind": "work-plan", "year": 2024, "agency": "某某市生态环境局", "requirements": ["各科室共同承担公开任务。"],
            "tasks": tasks, "safeguards": ["办公室每季度汇总一次落实情况。"], "task_table": {"place": "attachment"},
            "date": "2024-02-20"}


def _rooms(data: dict) -> list[float]:
    """The characters a line of each column of the task table holds."""
    document = render(data, formats=()).document
    table = next(b for a in document.blocks if isinstance(a, Attachment) for b in a.blocks if isinstance(b, Table))
    return [Geometry().cell_room(table.widths, c) for c in range(len(table.widths))]


@pytest.mark.parametrize("data", [_plan(), *(_units_plan(n) for n in (1, 8, 28, 40))], ids=["names", 1, 8, 28, 40])
def test_a_column_sized_to_its_texts_has_its_room_midway_between_line_ends(data):
    """Such a room was a whole number of quarter ems (4.5, 7.5, 14): a line of Chinese and digits could fill it."""
    rooms = _rooms(data)
    assert [abs(rooms[c] * 4 - round(rooms[c] * 4)) for c in SIZED] == pytest.approx([0.5] * len(SIZED)), rooms


def test_both_pdfs_print_the_task_names_in_the_same_lines():
    """“推进第12批重点项目审批” filled 工作任务's 11.5 ems: the Typst PDF held it on a line, the WeasyPrint PDF broke
    it before 批 (and “…人大代表建议” before 议)."""
    weasy, typst = (_columns(render(_plan(), engine=engine, formats=("pdf",)).pdf) for engine in ("weasyprint", "typst"))
    assert [columns for _, columns in typst] == [columns for _, columns in weasy]
    names = [columns[1] for _, columns in weasy if columns]
    assert names[0][:2] == ["工作任务", "推进第12批重点项目审"]
