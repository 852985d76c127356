"""Work plans, second pass: a task table's deadlines read back as written (a default only where most rows share one);
and a sub-item's row tells its task by its 序号 (2.1, 2.2 …) on the page after a break, where the DOCX and the Typst PDF
print the merged 工作任务 cell's text above the break only.

All the plans here are written for these tests."""
from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml

from _import_helpers import imported, render_source
from _kinds import PLUGINS, W
from _kinds import write_plan as _write

#: (task, sub-items or None, lead, deadline): every deadline different, and task 2's four sub-items long enough that
#: the inline table breaks among them (test_the_table_breaks_among_the_sub_items checks it does).
ROAD = "在项目开工前公布建设规模、投资估算和工期安排，施工期间每月更新形象进度。"
ITEMS = [
    ("线路调整", "客运线路新开、停运或改线前十五日在门户网站和候车亭同时发布公告，说明调整理由和替代方案。", "2024-06"),
    ("票价公开", "城乡公交和农村客运班线的票价、优惠对象和办理方式集中公开，价格变动时同步更新。", "2024-07"),
    ("服务评价", "每季度公布乘客投诉的受理数量、办结情况和满意度，对反映集中的问题说明整改措施。", "2024-12"),
    ("站点信息", "梳理全县候车亭和招呼站的位置、途经线路和首末班时间，形成清单后在公众号上公开。", "2024-10"),
]
LAW = "执法事项清单、执法依据和自由裁量基准在系统中统一公开，行政处罚决定在作出后七个工作日内公示。"
PLAN = {
    "kind": "work-plan", "year": 2024, "agency": "某县交通运输局", "date": "2024-02-26",
    "preamble": ["为做好本年度交通运输领域的政务公开，回应群众出行方面的关切，结合本局实际，制定本方案。"],
    "requirements": ["围绕公路建设、客运服务和执法监管，做到应公开尽公开，公开内容准确、更新及时。"],
    "tasks": [
        {"task": "公开公路建设项目信息", "content": [ROAD], "lead": "工程股", "deadline": "2024-09"},
        {"task": "公开城乡客运服务信息", "items": [{"task": name, "content": [text], "lead": "运管股", "deadline": deadline}
                                                  for name, text, deadline in ITEMS]},
        {"task": "公开行政执法信息", "content": [LAW], "lead": "执法大队", "support": ["法规股"], "deadline": "2024-05"},
    ],
    "tasks_after": ["各牵头股室每季度末向局办公室报送进展情况。"],
    "safeguards": ["局办公室负责统筹协调，各股室指定专人负责本股室信息的审核和发布。"],
    "task_table": {"place": "inline", "title": "主要任务分解表"},
}
NUMBERS = ["1", "2.1", "2.2", "2.3", "2.4", "3"]
FORMATS = ["docx", "pdf", "pdf-typst"]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, Path]:
    source = _write(tmp_path_factory.mktemp("plan"), PLAN)
    return {fmt: render_source(source, fmt, tmp_path_factory.mktemp(fmt), PLUGINS) for fmt in FORMATS}


def _month(value: str) -> str:
    year, month = value.split("-")
    return f"{year}年{int(month)}月"


# -- import: the table's default deadline ----------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_deadlines_all_different_come_back_each_on_its_task(outputs, tmp_path, fmt):
    """No deadline is shared by most rows: no ``default_deadline`` is taken (the old import took the first row's,
    “2024年9月”, and the first task lost its own), and every task and sub-item keeps the one it printed."""
    result = imported(outputs[fmt], tmp_path, PLUGINS, documents=True)
    text = result.target.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert "default_deadline" not in data["task_table"]
    tasks = data["tasks"]
    assert [t["task"] for t in tasks] == [t["task"] for t in PLAN["tasks"]]  # no task made of a row parted by a break
    assert tasks[0]["deadline"] == _month("2024-09") and tasks[2]["deadline"] == _month("2024-05")
    assert [(i["task"], i["deadline"]) for i in tasks[1]["items"]] == [(n, _month(d)) for n, _, d in ITEMS]
    assert "# 所有数据都已映射。" in text


def test_a_deadline_most_rows_share_is_the_default_and_the_others_stay_on_their_tasks(tmp_path):
    """Four of the six rows say 2024年12月: that is the table's default, and only the two others keep a deadline."""
    plan = yaml.safe_load(yaml.safe_dump(PLAN, allow_unicode=True))
    plan["tasks"][0]["deadline"] = plan["tasks"][2]["deadline"] = "2024-12"
    plan["tasks"][1]["items"][3]["deadline"] = "2024-12"
    source = render_source(_write(tmp_path, plan), "docx", tmp_path, PLUGINS)
    data = yaml.safe_load(imported(source, tmp_path, PLUGINS, documents=True).target.read_text(encoding="utf-8"))
    assert data["task_table"]["default_deadline"] == "2024年12月"
    tasks = data["tasks"]
    assert "deadline" not in tasks[0] and "deadline" not in tasks[2]
    assert [i.get("deadline") for i in tasks[1]["items"]] == ["2024年6月", "2024年7月", None, None]


# -- a task's rows parted by a page break ----------------------------------------------------------------------------

def _pdf_rows(pdf: Path) -> list[list[list[str]]]:
    """Each page's task-table body rows, its cells' text without line breaks."""
    pages = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            rows = [[re.sub(r"\s", "", c or "") for c in row] for t in page.find_tables() for row in t.extract()]
            pages.append([row for row in rows if row and row[0] != "序号"])
    return [rows for rows in pages if rows]


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_the_table_breaks_among_the_sub_items_and_each_row_tells_its_task(outputs, fmt):
    """The table runs over two pages, parted among task 2's sub-items; every row's 序号 names its task, the next
    page's first row too (the Typst PDF left its 序号 and 工作任务 blank: a merged cell prints above the break only)."""
    pages = _pdf_rows(outputs[fmt])
    assert len(pages) == 2
    first, second = pages
    assert first[-1][0].startswith("2.") and second[0][0].startswith("2."), (first, second)
    assert [row[0] for row in first + second] == NUMBERS
    for row in first + second:
        sub = re.match(r"(\d+)\.", row[2])
        assert not sub or row[0].endswith("." + sub.group(1))  # 2.4 beside “4.站点信息：…”


def test_the_docx_gives_each_sub_item_row_its_own_number(outputs):
    """The 序号 cells are not merged: each sub-item's row has the task's 序号 and its own (the old DOCX merged
    task 2's four into one “2”, which Word prints above a break only)."""
    table = docx.Document(io.BytesIO(outputs["docx"].read_bytes())).tables[0]
    column = [row.cells[0] for row in table.rows[1:]]
    assert [cell.text for cell in column] == NUMBERS
    assert all(cell._tc.tcPr.find(W + "vMerge") is None for cell in column)
    merged = [row.cells[1]._tc.tcPr.find(W + "vMerge") for row in table.rows[2:6]]
    assert merged[0].get(W + "val") == "restart" and all(m is not None for m in merged)  # 工作任务 still spans them

