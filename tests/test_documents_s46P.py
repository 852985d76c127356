"""A work plan's task table with a row that gives only a unit (⇥⇥⇥护林站⇥: one more unit of the task above). A text copy
(cells parted by tabs) went on with the table under it only to the next line without tabs: a measure's line after it
cut the table, the rows below it were lost and task 1 kept its deadline as a table of one task's. Every kind of source
reads such rows alike. And in a copy keeping the layout (pdftotext -layout), a 配合单位 or 具体措施 centred on a line of its
own between two rows is the task above's, no row of the table: it no longer breaks the 责任单位 column's reading. The
inputs are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportkit.importers import html, text
from reportkit.importers.source import Grid

from _import_helpers import imported, libreoffice_pdfs
from test_documents_s45H3 import PLAN, TASKS as LAYOUT_TASKS
from test_import_plan_group_rows import GROUPED, PLUGINS, SOURCES, TASKS, _docx, _html, _said, _txt

UNIT = ("", "", "", "护林站", "")
#: Task 1 with the unit-only row under it: 护林站 its support (a second unit), the line after it its measure.
FIRST = TASKS[0] | {"support": ["护林站"]}
SECOND = {"task": "公开采伐审批信息", "content": ["采伐许可证核发情况按月公开"], "lead": "资源股"}
TABLE = {"place": "inline", "default_deadline": "2025年12月"}
READERS = {"html": html.read, "txt": text.read}
#: Each case: the table's rows, and the tasks and task_table read from them.
CASES = {
    "measure": ([GROUPED[0], GROUPED[2], UNIT, GROUPED[3], GROUPED[4]], [FIRST, SECOND], TABLE),
    "grouped": ([*GROUPED[:3], UNIT, *GROUPED[3:]], [FIRST, *TASKS[1:]], TABLE),
    "heading": (
        [GROUPED[0], GROUPED[2], UNIT, GROUPED[5], GROUPED[6]],
        [FIRST | {"content": FIRST["content"][:1], "deadline": "2025年12月"}, TASKS[2]],
        {"place": "inline"},
    ),
    "last": (
        [GROUPED[0], GROUPED[2], GROUPED[4], UNIT],
        [TASKS[0] | {"content": TASKS[0]["content"][:1]}, SECOND | {"support": ["护林站"]}],
        TABLE,
    ),
    "under head": (
        [GROUPED[0], UNIT, GROUPED[2], GROUPED[4]],
        [
            {"task": "【请填写：分解表第 2 行的任务名称】", "lead": "护林站"},
            TASKS[0] | {"content": TASKS[0]["content"][:1]},
            SECOND,
        ],
        TABLE,
    ),
}


@pytest.fixture(scope="module")
def read(tmp_path_factory) -> dict:
    """Each case imported from each kind of source (the PDFs exported in one run of LibreOffice): the result and data."""
    folders = {(case, kind): tmp_path_factory.mktemp("plan") for case in CASES for kind in SOURCES}
    sources = {
        key: SOURCES[key[1]](folder / f"plan.{key[1]}", CASES[key[0]][0])
        for key, folder in folders.items()
        if key[1] != "pdf"
    }
    pdfs = [key for key in folders if key[1] == "pdf"]
    docxs = [_docx(folders[key] / f"{key[0].replace(' ', '-')}.docx", CASES[key[0]][0]) for key in pdfs]
    folder = tmp_path_factory.mktemp("pdfs")
    moved = [path.rename(folder / path.name) for path in docxs]
    sources.update(zip(pdfs, libreoffice_pdfs(moved)))
    out = {}
    for key, source in sources.items():
        result = imported(source, folders[key], PLUGINS, documents=True)
        out[key] = result, yaml.safe_load(result.target.read_text(encoding="utf-8"))
    return out


@pytest.mark.parametrize("kind", SOURCES)
@pytest.mark.parametrize("case", CASES)
def test_a_unit_only_row_is_the_task_above_s_and_the_table_goes_on(read, case, kind):
    """The old text import kept task 1 alone (its deadline its own, the measure's line in 总体要求) when the unit-only
    row was followed by a measure's line: the rows from that line on were no table any more. And every kind counted
    the unit-only row against the table's default deadline ("grouped": 2 rows of 4 gave 2025年12月, so none)."""
    result, data = read[case, kind]
    _, tasks, table = CASES[case]
    assert data["tasks"] == tasks
    assert data["task_table"] == table
    assert not _said(result, "没有任务可归")
    assert not [f for f in result.findings if f.rule == "tables"]
    errors = {d.message for d in result.diagnostics if d.severity == "error"}
    # a unit with no task above is kept, in a task whose name is left to fill in
    placeholder = (
        "还留着占位文字“【请填写：分解表第 2 行的任务名称】”：请换成实际内容；要先出草稿，用 reportkit render --draft"
    )
    assert errors == ({placeholder} if case == "under head" else set())


@pytest.mark.parametrize("kind", SOURCES)
def test_the_group_headings_under_a_unit_only_row_are_said_at_their_rows(read, kind):
    result, _ = read["grouped", kind]
    table = {"txt": None, "pdf": "第 1 页的表格"}.get(kind, "第 1 个表格")
    places = (f"{table}第 2 行", f"{table}第 7 行") if table else ("第 6 行", "第 11 行")
    said = _said(result, "分组标题")
    assert [line.split("”")[0] for line in said] == [
        f"{places[0]}: 分解表第 2 行“一、林权管理",
        f"{places[1]}: 分解表第 7 行“二、造林绿化",
    ]


def test_a_measure_s_line_after_a_unit_only_row_of_a_table_without_numbers_is_the_task_s(tmp_path):
    """A table with no 序号 column: no row has a number, so a line without tabs never went on with it (the text reader
    takes such a line for a row only between numbered rows); read as a web page's row across the table is."""
    head, rows = GROUPED[0][1:], [row[1:] for row in (GROUPED[2], UNIT, GROUPED[4])]
    for kind, write in (("txt", _txt), ("html", _html)):
        lines = [head, rows[0], rows[1], GROUPED[3], rows[2]]
        if kind == "html":
            lines = [row + ("",) if len(row) > 1 else row for row in lines]  # five columns, as its colspan says
        source = write(tmp_path / f"plan.{kind}", lines)
        result = imported(source, tmp_path, PLUGINS, documents=True)
        data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
        assert data["tasks"] == [FIRST, SECOND], kind
        assert data["task_table"] == TABLE, kind
        assert not _said(result, "没有任务可归"), kind


@pytest.mark.parametrize(
    ("kind", "cells", "once"),
    [
        ("html", "<table><tr><td>序号</td><td>责任单位</td></tr><tr><td>1</td><td>林政股</td></tr></table>", False),
        (
            "html",
            "<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr><tr><td>1</td><td>公开林权信息</td>"
            "<td>林政股</td></tr><tr><td>2</td><td>公开采伐信息</td></tr></table>",
            True,
        ),
        ("txt", "序号\t责任单位\n1\t林政股\n", True),
    ],
    ids=["web-page", "web-page-stripped", "text-copy"],
)
def test_a_reader_marks_a_table_that_writes_its_merged_cells_once(tmp_path, kind, cells, once):
    """The readers say so on the table (:attr:`Grid.written_once`), which the plan's mapping reads instead of searching
    their findings for words: a text copy's, a web page's whose rows the site stripped of their rowspan (rows of
    fewer cells); not a web page's whole table."""
    source = tmp_path / f"table.{kind}"
    source.write_text(
        f'<html><head><meta charset="utf-8"></head><body>{cells}</body></html>' if kind == "html" else cells,
        encoding="utf-8",
    )
    grids = [item for item in READERS[kind](source).items if isinstance(item, Grid)]
    assert [grid.written_once for grid in grids] == [once]


# A pdftotext -layout copy: a 配合单位 or 具体措施 centred on a line of its own between two rows ------------------------


def _layout(folder: Path, head: tuple[str, ...], widths: tuple[int, ...], rows: list) -> tuple:
    """The plan of test_documents_s45H3 with a task table of ``head`` (columns ``widths`` characters wide, the last
    完成时限): a row per task (its cells after 序号 and 工作任务; blank: a merged cell's other rows), or a line of text
    alone, ``(column, text)``, under its column; imported."""
    starts = [sum(widths[:i]) for i in range(len(widths))]
    lines = ["".join(f"{cell:<{width}}" for cell, width in zip(head, widths)) + head[-1]]
    tasks = iter(enumerate(LAYOUT_TASKS, 1))
    for row in rows:
        if isinstance(row[0], int):
            lines.append(" " * starts[row[0]] + row[1])
            continue
        n, task = next(tasks)
        cells = (str(n), task, *row)
        lines.append("".join(f"{cell:<{width}}" for cell, width in zip(cells, widths)) + cells[-1])
    source = folder / "plan.txt"
    source.write_text(PLAN + "\n".join(line.rstrip() for line in lines) + "\n", encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    return result, {task["task"]: task for task in yaml.safe_load(result.target.read_text(encoding="utf-8"))["tasks"]}


#: 镇党政办 centred over tasks 1 to 3 (on task 2's row), 农经站 over tasks 4 to 6 (on task 5's).
LEADS = ["镇党政办"] * 3 + ["农经站"] * 3


def test_a_support_on_a_line_between_rows_is_the_task_above_s_and_no_row(tmp_path):
    """财政所 under 配合单位 between tasks 3 and 4: it was a row with a blank 责任单位, which broke that column's centred
    reading (no task but 2 and 5 got a lead, task 3 took 财政所 for its lead) and was counted as a row in the findings."""
    head, widths = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限"), (17, 10, 9, 9)
    rows = [
        ("", "", "3月底前"),
        ("镇党政办", "村委会", "6月底前"),
        ("", "", "9月底前"),
        (3, "财政所"),
        ("", "", "全年"),
        ("农经站", "司法所", "全年"),
        ("", "", "全年"),
    ]
    result, tasks = _layout(tmp_path, head, widths, rows)
    assert [tasks[name].get("lead") for name in LAYOUT_TASKS[:6]] == LEADS
    assert [tasks[name].get("support") for name in LAYOUT_TASKS[:6]] == [
        None,
        ["村委会"],
        ["财政所"],
        None,
        ["司法所"],
        None,
    ]
    said = [f.message for f in result.findings if "一格空着" in f.message]
    assert [message.split("的“责任单位”")[0] for message in said] == [f"分解表第 {n} 行" for n in (2, 4, 5, 7)]
    assert not any("看不出这一格与" in message for message in said)


def test_a_measure_on_a_line_between_rows_is_the_task_above_s_and_no_row(tmp_path):
    """同步上墙公示 under 具体措施 between tasks 3 and 4: the same, a measure of task 3 (the old import lost all leads
    but 2 and 5)."""
    head, widths = ("序号", "工作任务", "具体措施", "责任单位", "完成时限"), (6, 10, 12, 9)
    rows = [
        ("名单张榜公布", "", "3月底前"),
        ("养护计划上网", "镇党政办", "6月底前"),
        ("", "", "9月底前"),
        (2, "同步上墙公示"),
        ("", "", "全年"),
        ("预算全文公开", "农经站", "全年"),
        ("账目每季公开", "", "全年"),
    ]
    result, tasks = _layout(tmp_path, head, widths, rows)
    assert [tasks[name].get("lead") for name in LAYOUT_TASKS[:6]] == LEADS
    assert tasks[LAYOUT_TASKS[2]]["content"] == ["同步上墙公示"]
    assert "content" not in tasks[LAYOUT_TASKS[3]]
    assert not [f for f in result.findings if "看不出这一格与" in f.message or "第 8 行" in f.message]
