"""A work plan's task taller than half a page whose measures are several paragraphs: a row per paragraph in the task
table, each with the task's 序号, its 工作任务, 责任单位 and 完成时限 spanning them. The one tall row it was split at any
line, and the part below a break had neither 序号 nor name (all three outputs).

All the plans here are written for these tests."""
from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml

from _import_helpers import render_source
from _kinds import PLUGINS, W

PHRASES = ["栏目内容由专人维护，更新后当日复核", "办事指南逐项核对申请材料和办理流程", "热线转来的件两个工作日内签收",
           "答复文书统一格式并留存底稿", "出台前公开征求意见并说明采纳情况", "自查发现的问题逐条列明整改时限"]


def _measures(count: int) -> list[str]:
    """``count`` paragraphs of two or three table lines, each starting with its own mark (甲1号, 甲2号 …)."""
    return [f"甲{k}号：" + "；".join(PHRASES[(k + i) % len(PHRASES)] for i in range(2)) + "。" for k in range(1, count + 1)]


#: Task 2 runs over more than a page of the table: the table breaks inside it whatever comes before.
TALL = "规范依申请公开的受理、答复和送达流程，提高答复质量"


def _plan(preamble: int) -> dict:
    return {
        "kind": "work-plan", "year": 2024, "agency": "某县市场监督管理局", "date": "2024-03-04",
        "preamble": ["为做好本年度市场监管领域的政务公开，结合本局实际，制定本方案。" + "各股室按分工抓好落实。" * preamble],
        "requirements": ["围绕企业和群众关切，做到公开内容准确、更新及时。"],
        "tasks": [
            {"task": "公开抽查结果", "content": ["双随机抽查结果在结束后二十个工作日内公示。"], "lead": "信用股"},
            {"task": TALL, "content": _measures(26), "lead": "办公室", "support": ["法规股"], "deadline": "2024-12"},
            {"task": "做好政策解读", "content": ["重要文件与解读材料同步起草、同步发布。", "解读材料注明联系人和电话。"],
             "lead": "法规股"},
        ],
        "safeguards": ["局办公室统筹推进，年底前总结上报。"],
        "task_table": {"place": "inline", "title": "主要任务分解表"},
    }


@pytest.fixture(scope="module", params=[0, 9], ids=["short-preamble", "long-preamble"])
def outputs(request, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("plan")
    source = folder / "plan.yaml"
    source.write_text(yaml.safe_dump(_plan(request.param), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return {fmt: render_source(source, fmt, tmp_path_factory.mktemp(fmt), PLUGINS) for fmt in ("docx", "pdf", "pdf-typst")}


def _pages(pdf: Path) -> list[list[list[str]]]:
    """Each page's task-table body rows, its cells' text without blanks; pages without them left out."""
    with pdfplumber.open(pdf) as document:
        pages = [[[re.sub(r"\s", "", c or "") for c in row] for t in page.find_tables() for row in t.extract()]
                 for page in document.pages]
    return [body for rows in pages if (body := [row for row in rows if row and row[0] != "序号"])]


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_every_row_of_a_tall_task_tells_its_task_on_each_page(outputs, fmt):
    """Task 2 runs over a page break: each of its 26 measures is a row of its own, whose 序号 is 2, the first row
    after the break too (it continued a split row whose 序号 and 工作任务 were blank)."""
    pages = _pages(outputs[fmt])
    rows = [row for page in pages for row in page if "甲" in row[2]]
    assert [re.findall(r"甲(\d+)号", row[2]) for row in rows] == [[str(k)] for k in range(1, 27)]
    assert {row[0] for row in rows} == {"2"}
    parted = [page for page in pages[1:] if "甲" in page[0][2]]
    assert parted and all(page[0][0] == "2" for page in parted), [page[0] for page in pages]


def test_the_docx_gives_each_measure_its_row_and_spans_the_task_s_cells(outputs):
    """In the DOCX, task 2 is 26 rows that each stay whole on a page (cantSplit), with 序号 2 in each (not merged:
    Word prints a merged cell's text above a break only); 工作任务, 责任单位 and 完成时限 span them (vMerge). The short
    tasks keep a row each, task 3's two paragraphs two lines of its cell."""
    table = docx.Document(io.BytesIO(outputs["docx"].read_bytes())).tables[0]
    rows = table.rows[1:]
    assert len(rows) == 28
    task = rows[1:27]
    assert [row.cells[0].text for row in task] == ["2"] * 26
    assert [row.cells[2].text.split("：")[0] for row in task] == [f"甲{k}号" for k in range(1, 27)]
    assert all(row._tr.trPr.find(W + "cantSplit") is not None for row in task)
    for column in (1, 3, 4):
        merges = [row._tr.findall(W + "tc")[column].tcPr.find(W + "vMerge") for row in task]
        assert merges[0].get(W + "val") == "restart" and all(m is not None and m.get(W + "val") in (None, "continue")
                                                             for m in merges[1:])
    assert all(row._tr.findall(W + "tc")[0].tcPr.find(W + "vMerge") is None for row in task)
    assert [c.text for c in task[0].cells[3:]] == ["办公室、法规股", "2024年12月"]
    assert rows[-1].cells[2].text.count("\n") == 1
