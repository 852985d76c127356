"""The task table's 具体措施 column is never narrower than its 工作任务 column (build._text_widths): beside task names of
80 to 120 characters, a long unit name and a date to the day, the table's shortest widths set the names 14 characters
a line and the measures 6, each row's measures as tall as its name. Measured on the printed pages of both PDFs and in
the DOCX's grid. Every text here is written for these tests."""
from __future__ import annotations

import io

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn
from test_pages_task_column_widths import shares, task_table

from reportkit.testing import render

NAME = ("围绕{}领域群众办事创业中反映集中的问题，梳理本部门掌握的政策文件、办事指南和服务流程，逐项明确公开内容、"
        "公开时限和公开渠道，按月更新并接受社会监督，年底前形成目录")
MEASURES = "办公室牵头汇总各科室的公开清单，每季度抽查一次栏目更新情况，发现问题限期整改。"
AREAS = ("教育", "医疗卫生", "养老服务和社会救助")


@pytest.fixture(scope="module")
def outputs() -> dict[str, bytes]:
    data = {
        "kind": "work-plan", "year": 2025, "agency": "某某市生态环境局",
        "requirements": ["本年度政务公开以重点领域为抓手，做到应公开尽公开。"],
        "tasks": [{"task": NAME.format(area), "content": [MEASURES], "lead": "市环境监测中心站", "support": ["办公室"],
                   "deadline": "2025-12-31"} for area in AREAS],
        "safeguards": ["办公室牵头，年底前总结。"],
        "task_table": {"place": "attachment"},
        "date": "2025-03-01",
    }
    return {"docx": render(data, formats=("docx",)).docx, "weasyprint": render(data, formats=("pdf",)).pdf,
            "typst": render(data, formats=("pdf",), engine="typst").pdf}


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_the_measures_hold_as_many_characters_a_line_as_the_names(outputs, engine):
    """Each row's measures are set at least as many characters a line as its name, ten at least (they were six, beside
    names of fourteen), and no character is outside its cell."""
    edges, rows, outside = task_table(outputs[engine])
    assert not outside, outside
    assert len(rows) == len(AREAS), rows
    for cells in rows:
        (name, _), (measures, _) = cells[1], cells[2]
        widest = max(map(len, measures))
        assert widest >= max(map(len, name)) and widest >= 10, cells
    share = shares(edges)
    assert share["measures"] >= share["task"], share


def test_the_docx_gives_the_measures_the_same_room(outputs):
    """The DOCX's grid is the PDFs' columns: 具体措施 no narrower than 工作任务."""
    grid = docx.Document(io.BytesIO(outputs["docx"])).tables[-1]._tbl.tblGrid.findall(qn("w:gridCol"))
    _, task, measures, *_ = (int(col.get(qn("w:w"))) for col in grid)
    printed = shares(task_table(outputs["weasyprint"])[0])
    assert measures >= task and abs(task / measures - printed["task"] / printed["measures"]) < 0.01, (task, measures)


def test_the_cells_beside_a_split_row_sit_alike_in_both_pdfs():
    """A sub-item's row that a page's foot splits has its short 责任单位 and 完成时限 cells centred over its part on the
    page it begins, between their padding above and below, so is the task's name over its sub-items, and the name is
    set again over the row's rest on the next page, at the same heights in both PDFs. The WeasyPrint PDF set the unit
    and the date 1.25 pt lower (centred over the padding and the half rule a break slices off), the name 0.125 pt
    lower on either page; the Typst PDF did not set the name again (the sub-items' rows kept together but the last)."""
    long = "各科室按职责整理本年度形成的文件，逐件核对公开属性，需要公开的按时发布，并在台账中登记发布日期和栏目。" * 18
    name = "规范政府信息发布"
    data = {
        "kind": "work-plan", "year": 2025, "agency": "某某县人民政府办公室",
        "requirements": ["本年度政务公开以重点领域为抓手，做到应公开尽公开。"],
        "tasks": [{"task": name, "items": [
                      {"task": "梳理文件", "content": ["每季度首月梳理上季度文件。"], "lead": "县政府办公室"},
                      {"task": "按时发布", "content": [long], "lead": "县统计局", "deadline": "2025-11-30"}]},
                  {"task": "做好政策解读", "content": ["重要文件出台后三个工作日内发布解读。"], "lead": "县政府办公室"}],
        "safeguards": ["办公室牵头，年底前总结。"],
        "task_table": {"place": "attachment"},
        "date": "2025-03-01",
    }
    baselines = []
    for engine in ("weasyprint", "typst"):
        found = []
        with pdfplumber.open(io.BytesIO(render(data, formats=("pdf",), engine=engine).pdf)) as doc:
            for n, page in enumerate(doc.pages):
                chars = [c for c in page.chars if c["text"].strip()]
                text = "".join(c["text"] for c in chars)
                for word in (name, "县统计局", "2025年11月30日") if "序号" in text else ():  # in the table
                    found += [(word, n, round(page.height - chars[i]["matrix"][5], 2))
                              for i in range(len(text)) if text.startswith(word, i)]
        baselines.append(found)
    weasyprint, typst = baselines
    assert [word for word, *_ in weasyprint].count(name) == 2, weasyprint  # and on the next page
    assert [(word, page) for word, page, _ in weasyprint] == [(word, page) for word, page, _ in typst], baselines
    assert all(abs(a[2] - b[2]) < 0.05 for a, b in zip(weasyprint, typst)), baselines
