"""Work plans and year-end summaries in shapes organs publish them that the other tests do not cover: a summary's
small table kept where it stands (as its parts may hold one), its problems under a heading worded 短板, 薄弱环节 or 困难.
The inputs are written for these tests."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source

PLUGINS = load_plugins()


def _import(folder: Path, name: str, text: str):
    """``text`` written as ``name`` (for a DOCX each line a paragraph, a line with tabs a table's row, the rows in a
    run one table) and imported: the result and the data it wrote."""
    source = folder / name
    if name.endswith(".docx"):
        document = docx.Document()
        rows: list[list[str]] = []
        for line in [*text.strip().split("\n"), ""]:
            if "\t" in line:
                rows.append(line.split("\t"))
                continue
            if rows:
                table = document.add_table(rows=len(rows), cols=len(rows[0]))
                for cells, row in zip(table.rows, rows):
                    for cell, words in zip(cells.cells, row):
                        cell.text = words
                rows = []
            if line:
                document.add_paragraph(line)
        document.save(source)
    else:
        source.write_text(text, encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _said(result, words: str) -> list[str]:
    return [f.message for f in result.findings if words in f.message]


SUMMARY_WITH_TABLE = """
清水县林业局2023年政务公开工作总结

2023年，我局围绕森林资源保护和林业改革，扎实做好政务公开各项工作。

一、主要成效

（一）公开平台运行平稳。门户网站林业专栏全年更新信息412条。

全年各渠道发布信息的条数如下。

渠道\t条数\t比上年增减
门户网站\t412\t+12%
政务微信\t158\t+5%

（二）依申请公开规范办理。全年收到申请9件，均按期答复。

二、存在的问题

部分股室报送信息不够主动。

三、下一步工作打算

把信息报送情况纳入年度考核。

清水县林业局
2024年1月12日
"""

TABLE = {"columns": ["渠道", "条数", "比上年增减"], "rows": [["门户网站", 412, "+12%"], ["政务微信", 158, "+5%"]]}


@pytest.mark.parametrize("name", ["summary.txt", "summary.docx"])
def test_summary_table_kept_where_it_stands(tmp_path, name):
    """A work summary's part may hold a small table (as the data writes it: ``columns``, ``rows``): the import keeps
    the published one there, not a paragraph a row (渠道，条数，比上年增减) with a finding that the part has no table."""
    result, data = _import(tmp_path, name, SUMMARY_WITH_TABLE)
    assert not _said(result, "没有表格")
    first = data["work"][0]
    assert first["heading"] == "公开平台运行平稳"
    assert first["content"] == ["门户网站林业专栏全年更新信息412条。", "全年各渠道发布信息的条数如下。", TABLE]
    assert data["work"][1]["heading"] == "依申请公开规范办理"
    # printed back as a table of the summary, under the paragraph that announces it
    printed = docx.Document(render_source(result.target, "docx", tmp_path))
    [table] = printed.tables
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["渠道", "条数", "比上年增减"],
        ["门户网站", "412", "+12%"],
        ["政务微信", "158", "+5%"],
    ]


def test_summary_table_under_a_part_taken_as_a_subheading(tmp_path):
    """A table under a heading that is no part of a summary's, taken in as a subheading of the part before it, stays
    a table there too."""
    text = SUMMARY_WITH_TABLE.replace(
        "（二）依申请公开规范办理。全年收到申请9件，均按期答复。",
        "二、信息发布渠道\n\n全年各渠道的条数如下。\n\n渠道\t条数\n网站\t412\n微信\t158",
    )
    result, data = _import(tmp_path, "summary.txt", text)
    assert not _said(result, "没有表格")
    taken = data["work"][-1]
    assert taken["heading"] == "信息发布渠道"
    assert taken["content"] == [
        "全年各渠道的条数如下。",
        {"columns": ["渠道", "条数"], "rows": [["网站", 412], ["微信", 158]]},
    ]


@pytest.mark.parametrize("heading", ["存在的短板", "工作中的薄弱环节", "面临的困难"])
def test_summary_problems_worded_otherwise(tmp_path, heading):
    """A summary's problems under a heading of 短板, 薄弱环节 or 困难 are its 存在的问题 part, under its own heading;
    not a subheading of the work before it with a placeholder for the problems."""
    text = SUMMARY_WITH_TABLE.replace("二、存在的问题", f"二、{heading}")
    result, data = _import(tmp_path, "summary.txt", text)
    assert data["problems"] == ["部分股室报送信息不够主动。"]
    assert data["headings"]["problems"] == heading
    assert [item["heading"] for item in data["work"]] == ["公开平台运行平稳", "依申请公开规范办理"]
    assert not _said(result, "不是工作总结的部分之一") and not _said(result, "没有找到")


@pytest.mark.parametrize("heading", ["今后工作方向", "工作展望", "工作设想"])
def test_summary_plan_worded_otherwise(tmp_path, heading):
    """A summary's part headed 今后工作方向, 工作展望 or 工作设想 is its plan (``plan``, under its own heading), not a
    subheading of the problems before it."""
    text = SUMMARY_WITH_TABLE.replace("三、下一步工作打算", f"三、{heading}")
    result, data = _import(tmp_path, "summary.txt", text)
    assert data["plan"] == ["把信息报送情况纳入年度考核。"]
    assert data["headings"]["plan"] == heading
    assert data["problems"] == ["部分股室报送信息不够主动。"]
    assert not _said(result, "不是工作总结的部分之一")


PLAN_COPIED = """
云溪县司法局2024年政务公开工作要点

为做好今年的政务公开工作，制定本要点。

一、工作目标

以公开促规范，以规范促服务。

二、重点任务

（一）公开行政执法信息。执法主体、执法依据和执法结果按规定公开。

（二）公开公证服务信息。公证事项和收费标准在服务大厅公示。

（三）做好普法宣传信息发布。每月发布一期以案释法案例。

三、工作要求

各科室要明确专人负责，确保各项任务按时完成。

附件

云溪县司法局2024年政务公开重点任务分工

序号\t工作任务\t牵头单位\t配合单位\t完成时限
1\t公开行政执法信息\t执法监督科\t各司法所\t长期坚持
2\t公开公证服务信息\t公证处\t{deadline}
3\t做好普法宣传信息发布\t普法科\t各司法所\t持续推进

云溪县司法局
2024年3月5日
"""


@pytest.mark.parametrize("deadline", ["每季度", "2024年6月底前", "长期坚持", "6月底前"])
def test_plan_table_deadline_not_read_as_a_unit(tmp_path, deadline):
    """A row of a task table copied from a web page without its blank (or merged) 配合单位 cell: its deadline, the
    last cell, is the task's ``deadline`` (in a finding), not a unit in its ``support`` with no deadline."""
    result, data = _import(tmp_path, "plan.txt", PLAN_COPIED.format(deadline=deadline))
    task = data["tasks"][1]
    assert task["task"] == "公开公证服务信息"
    assert task["lead"] == "公证处" and "support" not in task
    assert task.get("deadline", data["task_table"].get("default_deadline")) == deadline  # 长期坚持: most rows'
    assert _said(result, f"分解表第 3 行的“{deadline}”排在责任单位一列、“完成时限”一格空着：这是完成时限")
    assert [t.get("support") for t in data["tasks"]] == [["各司法所"], None, ["各司法所"]]


def test_plan_table_unit_cell_kept(tmp_path):
    """A row without its 完成时限 whose last cell is a unit keeps it as a unit."""
    result, data = _import(tmp_path, "plan.txt", PLAN_COPIED.format(deadline="每个司法所"))
    assert data["tasks"][1]["support"] == ["每个司法所"] and "deadline" not in data["tasks"][1]
    assert not _said(result, "排在责任单位一列")


@pytest.mark.parametrize(
    "head",
    [
        "序号\t工作任务\t牵头单位\t配合单位\t进度安排",
        "序号\t工作任务\t牵头单位\t配合单位\t完成期限",
        "序号\t工作任务\t牵头单位\t配合单位\t时间要求",
        "序号\t工作任务\t牵头单位\t配合单位\t进度要求",
        "序号\t工作任务\t牵头股室\t配合股室\t完成时限",
        "序号\t重点工作\t责任股室\t协办股室\t时间节点",
        "序号\t工作任务\t责任处室\t配合处室\t时间安排",
    ],
)
def test_plan_table_heads_worded_otherwise(tmp_path, head):
    """A task table's 完成时限 headed 进度安排, 完成期限, 时间要求 or 进度要求, its units headed 牵头股室 or 责任处室: each
    task's deadline and units come from their columns (not lost, or read as measures; the 牵头 one not lost, the
    配合 one not taken as the lead)."""
    text = PLAN_COPIED.replace("序号\t工作任务\t牵头单位\t配合单位\t完成时限", head).format(deadline="办公室\t每季度")
    result, data = _import(tmp_path, "plan.txt", text)
    assert [(t["lead"], t["support"], t["deadline"]) for t in data["tasks"]] == [
        ("执法监督科", ["各司法所"], "长期坚持"),
        ("公证处", ["办公室"], "每季度"),
        ("普法科", ["各司法所"], "持续推进"),
    ]
    assert not _said(result, "具体措施")


#: A plan printed to PDF from a document without page numbers and saved as text keeping the layout (pdftotext
#: -layout): each attachment's mark is the first line of its page, right under the last line of the page before.
PLAN_LAYOUT = (
    "                        青山乡人民政府 2025 年政务公开工作实施方案\n\n为把基层政务公开做实做细，结合本乡实际，制定本方案。\n\n"
    "一、总体要求\n\n以群众需求为导向，推进基层政务公开规范化。\n\n二、主要任务\n\n"
    "（一）公开惠农补贴信息。补贴对象和标准在发放前公示。\n\n（二）公开村级财务信息。各村按季度公开收支明细。\n\n"
    "三、保障措施\n\n乡党政办负责统筹，每季度通报一次。\n\n"
    "附件：1.青山乡政务公开工作联络员名单\n\n2.青山乡 2025 年政务公开重点任务分工表\n\n"
    "                                                         青山乡人民政府\n\n"
    "                                                   2025 年 3 月 3 日\n"
    "\f附件 1\n\n                      青山乡政务公开工作联络员名单\n\n党政办：张某\n\n财政所：刘某\n\n"
    "社会事务办：陈某某，负责民政信息的收集报送\n"
    "\f附件 2\n\n                   青山乡 2025 年政务公开重点任务分工表\n\n"
    "序号     工作任务           责任单位     完成时限\n"
    "1      公开惠农补贴信息     财政所       每季度\n"
    "2      公开村级财务信息     各村         长期坚持\n\f"
)


def test_plan_layout_copy_attachment_mark_at_page_top(tmp_path):
    """In a copy keeping the page's layout, an attachment's mark (附件 2) opening a page is no wrapped line of the
    paragraph above it (the last one of 附件1): the task table stays the plan's attachment 2, and 附件1 ends as
    written."""
    result, data = _import(tmp_path, "plan.txt", PLAN_LAYOUT)
    assert data["attachments"] == [
        {
            "title": "青山乡政务公开工作联络员名单",
            "content": ["党政办：张某", "财政所：刘某", "社会事务办：陈某某，负责民政信息的收集报送"],
        }
    ]
    assert data["task_table"] == {"place": "attachment", "attachment": 2, "title": "青山乡2025年政务公开重点任务分工表"}
    assert [(t["task"], t["lead"], t["deadline"]) for t in data["tasks"]] == [
        ("公开惠农补贴信息", "财政所", "每季度"),
        ("公开村级财务信息", "各村", "长期坚持"),
    ]
