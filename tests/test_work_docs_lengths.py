"""Work plans of 1, 8 and 60 tasks and a summary of 30 paragraphs a part, printed: every page numbered, the task
table's head on each of its pages, no row cut from its continuation, and the 成文日期 on a page with text."""
from __future__ import annotations

import re

import docx
import pdfplumber
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli

UNITS = ["办公室", "法规股", "不动产登记中心", "规划股", "耕地保护股", "执法大队"]
HEAD = ["序号", "工作任务", "具体措施", "责任单位", "完成时限"]


def plan(tasks: int, paragraphs: int = 1) -> dict:
    return {
        "kind": "work-plan", "year": 2025, "agency": "青川县自然资源局",
        "preamble": ["结合本局职责，制定本方案。"], "requirements": ["围绕中心工作，提高公开的针对性。"],
        "tasks": [{"task": f"抓好第{i}项重点工作的公开",
                   "content": [f"第{i}-{k}条：逐月整理第{i}项工作的进展，在门户网站专栏发布，并同步推送到政务新媒体，做到准确完整。"
                               for k in range(1, paragraphs + 1)],
                   "lead": UNITS[i % 6], "support": [UNITS[(i + 1) % 6]],
                   "deadline": ["2025-06", "全年", "长期坚持", "2025-12-31"][i % 4]} for i in range(1, tasks + 1)],
        "safeguards": ["局办公室统筹推进，各股室指定一名信息员。"],
        "task_table": {"place": "attachment"}, "date": "2025-02-10",
    }


def summary(paragraphs: int) -> dict:
    text = "本局按季度梳理公开目录，在门户网站集中发布各类信息，组织政策解读，回应群众关切，公开的时效性有所提高。"
    return {"kind": "work-summary", "year": 2025, "agency": "青川县自然资源局",
            "work": [{"heading": f"第{j}方面工作", "content": [f"（{j}-{k}）{text}" for k in range(1, paragraphs + 1)]}
                     for j in (1, 2, 3)],
            "problems": [f"（问题{k}）{text}" for k in range(1, paragraphs + 1)],
            "plan": [f"（打算{k}）{text}" for k in range(1, paragraphs + 1)], "date": "2026-01-12"}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Each document's PDF pages' text, the tables of its pages from the first attachment's on (the task table's;
    ``None`` for the pages before it and for the summary, which has none: pdfplumber's table finder is not run on
    pages no test reads a table of), and its DOCX."""
    folder = tmp_path_factory.mktemp("lengths")
    documents = {"plan1": plan(1), "plan8x6": plan(8, 6), "plan60": plan(60), "summary30": summary(30)}
    for name, data in documents.items():
        (folder / f"{name}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    result = CliRunner().invoke(cli, ["render", "-j", "1", "-o", str(folder), *sorted(str(p) for p in folder.glob("*.yaml"))])
    assert result.exit_code == 0, result.output
    out = {}
    for name in documents:
        with pdfplumber.open(folder / f"{name}.pdf") as pdf:
            texts = [page.extract_text() for page in pdf.pages]
            start = next((n for n, text in enumerate(texts) if "附件" in text.splitlines()[0]), len(texts))
            tables = [page.extract_tables() if n >= start else None for n, page in enumerate(pdf.pages)]
            out[name] = (texts, tables, docx.Document(str(folder / f"{name}.docx")))
    return out


@pytest.mark.parametrize("name", ["plan1", "plan8x6", "plan60", "summary30"])
def test_every_page_is_numbered_and_the_date_has_text_with_it(rendered, name):
    texts = rendered[name][0]
    assert [re.findall(r"— (\d+) —", text) for text in texts] == [[str(n)] for n in range(1, len(texts) + 1)]
    date = "2026年1月12日" if name == "summary30" else "2025年2月10日"
    page = next(text for text in (t.replace(" ", "") for t in texts) if date in text)  # 2025 年 2 月 10 日
    above = page[:page.index(date)]
    assert "。" in above, page  # the body's last sentence, not the signature alone


@pytest.mark.parametrize(("name", "tasks", "paragraphs"), [("plan1", 1, 1), ("plan8x6", 8, 6), ("plan60", 60, 1)])
def test_the_task_table_keeps_its_head_and_whole_rows_on_each_page(rendered, name, tasks, paragraphs):
    texts, tables, document = rendered[name]
    start = next(n for n, text in enumerate(texts) if "附件" in text.splitlines()[0])
    measures = []
    for page in tables[start:]:
        assert len(page) == 1
        head, *rows = page[0]
        assert [cell.replace("\n", "") for cell in head] == HEAD
        for number, _task, cell, _units, _deadline in rows:
            cell = cell.replace("\n", "")
            # a row cut across a page break would print the start of a measure on one page and its end on the next
            assert re.fullmatch(r"第\d+-\d+条：.*做到准确完整。", cell), cell
            assert number == cell[1:cell.index("-")]  # each row, below a break too, tells its task
            measures.append(cell[:cell.index("：")])
    assert measures == [f"第{i}-{k}条" for i in range(1, tasks + 1) for k in range(1, paragraphs + 1)]
    table = document.tables[0]
    assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")  # repeated at the top of each page in Word
    assert all(row._tr.trPr.xpath("./w:cantSplit") for row in table.rows)


def test_a_summary_of_thirty_paragraphs_a_part_prints_every_one(rendered):
    texts = rendered["summary30"][0]
    text = re.sub(r"\s+", "", "".join(texts))
    found = re.findall(r"（(\d-\d+|问题\d+|打算\d+)）", text)
    assert found == [f"{j}-{k}" for j in (1, 2, 3) for k in range(1, 31)] + [f"问题{k}" for k in range(1, 31)] \
        + [f"打算{k}" for k in range(1, 31)]
    assert text.index("二、存在的问题") < text.index("（问题1）") < text.index("三、2026年工作计划") < text.index("（打算1）")
