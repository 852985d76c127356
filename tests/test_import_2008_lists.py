"""A 2008-edition part whose figures the agency gives in a sentence and a table beside it (全年主动公开信息898条 over a
类别｜条数 table): both stay in the text as written, and a re-render states each figure once (the table was taken out
and its figures printed again as a sentence, beside the agency's own total: 898 twice, and 见下表 over no table).
A part whose figures come from such tables alone still gets them printed from the figures (test_import_2008_tables)."""
from __future__ import annotations

import io

import docx
import pytest

from reportkit.default_plugins.annual_report.edition2008.model import DisclosureFigures
from reportkit.importers import figures2008
from reportkit.plugins import load_plugins
from reportkit.testing import render

from _import_helpers import import_text

PLUGINS = load_plugins()

# Written for these tests; the agency is made up, the categories and counts are those of a published report (seed 002).
CATEGORIES = [("概况类信息", 2), ("计划总结类信息", 10), ("法规公文类信息", 188), ("工作动态类信息", 200), ("服务类信息", 12),
              ("其他信息", 486)]
HEAD = ["类别", "条数"]


def _page(part: str) -> str:
    return ('<html><head><meta charset="utf-8"></head><body><h1>某市水务局2009年政府信息公开工作年度报告</h1>'
            "<p>本局依照条例的要求编写了本年度的报告。</p><p>一、概述</p><p>局办公室承办日常的公开事务。</p>"
            f"<p>二、主动公开政府信息的情况</p>{part}"
            "<p>三、政府信息公开工作存在的主要问题及改进措施</p><p>来年继续充实公开目录。</p>"
            '<p style="text-align:right">某市水务局</p><p style="text-align:right">2010年3月1日</p></body></html>')


def _table(rows: list[list[str]]) -> str:
    return '<table border="1">' + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows) + "</table>"


def _printed(text: str) -> tuple[list[str], list[list[list[str]]]]:
    """The rendered DOCX's body paragraphs (tables left out) and its tables, as cell texts."""
    data = render(text, file="shuiwu-2009.yaml", formats=("docx",), draft=True).outputs["docx"]
    document = docx.Document(io.BytesIO(data))
    return ([p.text for p in document.paragraphs],
            [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables])


ROWS = [HEAD] + [[name, str(count)] for name, count in CATEGORIES]
ITEMS = [{"name": name, "count": count} for name, count in CATEGORIES]


@pytest.mark.parametrize("sentence, rows, figures, once", [
    # The year's total in the sentence, the categories in the table (no 合计 row).
    ("本局全年共主动公开信息898条，分类情况见下表。", ROWS, {"total": 898, "categories": ITEMS}, "898"),
    # The total twice as the agency wrote it, in its sentence and its 合计 row: kept so, never a third time.
    ("本局全年共主动公开信息898条，分类情况见下表。", ROWS + [["合计", "898"]], {"total": 898, "categories": ITEMS}, "898"),
    # The sentence gives all years' total; the table the year's categories, whose sum is the year's.
    ("到年底本局累计主动公开信息3627条，本年的分类见下表。", ROWS, {"cumulative": 3627, "categories": ITEMS}, "3627"),
], ids=["total", "total-and-sum-row", "cumulative"])
def test_a_sentence_and_a_list_table_stay_as_written_and_state_the_figures_once(tmp_path, sentence, rows, figures,
                                                                                once):
    result, data = import_text(tmp_path, "shuiwu-2009.html", _page(f"<p>{sentence}</p>{_table(rows)}"), PLUGINS)
    part = data["sections"]["active_disclosure"]
    assert part["figures"] == figures  # read, and no show: table (nothing to print again)
    columns, *body = rows
    assert part["content"] == [sentence, {"columns": columns, "rows": [[name, int(n)] for name, n in body]}]
    assert any("从正文的句子和表格里读出的，原句和原表仍留在正文中" in note for note in result.imported.notes)
    paragraphs, tables = _printed(result.target.read_text(encoding="utf-8"))
    assert sum(p.count(once) for p in paragraphs) == 1, paragraphs  # the agency's sentence only
    assert rows in tables  # the agency's table, where it stood
    assert paragraphs.index(sentence) == paragraphs.index("三、政府信息公开工作存在的主要问题及改进措施") - 1


def test_a_sentence_and_a_table_of_figures_stay_as_written(tmp_path):
    rows = [["项目", "数量"], ["本年主动公开信息", "898条"], ["历年累计主动公开信息", "3627条"]]
    sentence = "本局全年共主动公开信息898条，具体数字见下表。"
    result, data = import_text(tmp_path, "shuiwu-2009.html", _page(f"<p>{sentence}</p>{_table(rows)}"), PLUGINS)
    part = data["sections"]["active_disclosure"]
    assert part["figures"] == {"total": 898, "cumulative": 3627}
    assert part["content"] == [sentence, {"columns": rows[0], "rows": rows[1:]}]
    paragraphs, tables = _printed(result.target.read_text(encoding="utf-8"))
    assert sum(p.count("898") for p in paragraphs) == 1 and not any("3627" in p for p in paragraphs), paragraphs
    assert rows in tables


def test_the_outcomes_table_a_sentence_points_to_stays_under_it(tmp_path):
    rows = [["答复结果", "件数"], ["同意公开", "6"], ["信息不存在", "1"]]
    page = _page("<p>本年的公开目录更新了两次。</p>").replace(
        "<p>三、", f"<p>三、依申请公开政府信息的情况</p><p>本年收到申请7件，答复的结果列于下表。</p>{_table(rows)}<p>四、")
    result, data = import_text(tmp_path, "shuiwu-2009.html", page, PLUGINS)
    part = data["sections"]["applications"]
    assert part["figures"] == {"received": 7, "outcomes": [{"name": "同意公开", "count": 6}, {"name": "信息不存在", "count": 1}]}
    assert part["content"] == ["本年收到申请7件，答复的结果列于下表。", {"columns": rows[0], "rows": [["同意公开", 6], ["信息不存在", 1]]}]
    paragraphs, tables = _printed(result.target.read_text(encoding="utf-8"))
    assert sum(p.count("7件") for p in paragraphs) == 1, paragraphs
    assert rows in tables


def test_a_list_table_states_its_items_and_its_total():
    figures = DisclosureFigures(total=898, categories=ITEMS)
    texts = ["本局全年共主动公开信息898条，分类情况见下表。"]
    assert figures2008.stated("disclosure", figures, texts, [ROWS])
    assert figures2008.stated("disclosure", figures, ["分类情况见下表。"], [ROWS + [["合计", "898"]]])  # 合计 is the total
    assert not figures2008.stated("disclosure", figures, texts, [ROWS[:-1]])  # an item missing
    assert not figures2008.stated("disclosure", figures, ["分类情况见下表。"], [ROWS])  # the total nowhere
