"""A work plan's task table and a document's attachments, as the import reads them: a group's heading typed in the
工作任务 cell alone, a text copy's line under a group's heading (its wrapped rest, or a measure), a site's footer image
under the attachments, a table without a head whose first cell spans two rows. Read alike from a DOCX, a web page and a
text copy where each applies. The inputs are written for these tests."""
from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import docx
import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported
from test_import_plan_group_rows import GROUPED, HEAD, OPENING, TASKS, _import, _said

PLUGINS = load_plugins()
KINDS = ("docx", "html", "txt")


# 1. A group's heading in the 工作任务 cell -----------------------------------------------------------------------------
@pytest.mark.parametrize("kind", (*KINDS, "pdf"))
def test_a_groups_heading_typed_in_the_task_column_alone_is_no_task(tmp_path, kind):
    """“一、林权管理” typed in the 工作任务 cell, the row's other cells blank: the old import made it a task of that name
    (and the line of text under the first task one more); now it reads as the row across the table it stands for, as
    when typed in the 序号 cell."""
    rows = [row if len(row) > 1 else ("", row[0], "", "", "") for row in GROUPED]
    result, data = _import(tmp_path, kind, rows)
    assert data["tasks"] == TASKS
    assert data["task_table"] == {"place": "inline", "default_deadline": "2025年12月"}
    said = [text.split(": ", 1)[1] for text in _said(result, "分组标题")]
    assert said == [f"分解表第 {n} 行“{name}”是跨整行的分组标题：方案的数据里任务不分组，这一行没有导入，其下各行照常导入为任务："
                    "请核对，要保留这一组的，可把其下的任务改写成一项任务的子项（items）"
                    for n, name in ((2, "一、林权管理"), (6, "二、造林绿化"))]
    assert result.ok, result.diagnostics


def test_a_task_named_alone_in_a_table_without_numbers_is_still_a_task(tmp_path):
    """Without a 序号 column, a task's name alone in its row (no heading) is the task it names, as before."""
    head = HEAD[1:]
    rows = [head, ("公开林权登记信息", "登记结果在办结后十日内公开", "林政股", "2025年12月"), ("公开古树名木目录", "", "", "")]
    result, data = _import(tmp_path, "html", rows)
    assert [task["task"] for task in data["tasks"]] == ["公开林权登记信息", "公开古树名木目录"]
    assert not _said(result, "跨整行")


# 2. A text copy's line under a group's heading ------------------------------------------------------------------------
MEASURED = [HEAD, ("（一）公开采伐信息",), ("采伐限额执行情况按季度公开",),
            ("1", "公开采伐审批信息", "采伐许可证核发情况按月公开", "资源股", "2025年12月")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_line_under_a_groups_heading_is_the_measure_of_its_task(tmp_path, kind):
    """The heading names a task of the text that gives no measures; the line under it is that task's measure (as a
    table's row across it is), the row below the group's item. A text copy's table fell apart at the line before: the
    rows became paragraphs in findings and the task lost its measure and items."""
    result, data = _import(tmp_path, kind, MEASURED, opening=OPENING + ["（一）公开采伐信息"])
    assert data["tasks"] == [{"task": "公开采伐信息", "content": ["采伐限额执行情况按季度公开"], "items": [
        {"task": "公开采伐审批信息", "content": ["采伐许可证核发情况按月公开"], "lead": "资源股", "deadline": "2025年12月"}]}]
    assert "default_deadline" not in data["task_table"]  # the one task's deadline is its own
    assert [f.message for f in result.findings] == [
        "分解表第 4 行的任务“公开采伐信息：公开采伐审批信息”在正文的主要任务里没有，已按表中的文字加为一项任务：请核对"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_line_under_a_groups_heading_naming_no_task_is_said_at_its_row(tmp_path, kind):
    rows = [HEAD, GROUPED[2], ("二、采伐管理",), ("采伐限额执行情况按季度公开",), GROUPED[4]]
    result, data = _import(tmp_path, kind, rows)
    assert [task["task"] for task in data["tasks"]] == ["公开林权登记信息", "公开采伐审批信息"]
    assert [text.split(": ", 1)[1] for text in _said(result, "上面没有任务可归")] == [
        "分解表第 4 行“采伐限额执行情况按季度公开”是跨整行的一格，上面没有任务可归：没有导入，请核对，是哪项任务的措施的写进它的 content"]
    assert len(_said(result, "“二、采伐管理”是跨整行的分组标题")) == 1
    assert not _said(result, "没有表格")


@pytest.mark.parametrize(("heading", "rest", "opening"), [
    ("（一）深化林权登记", "信息公开", ["（一）深化林权登记信息公开"]),  # the two name the text's task
    ("一、加强林权登记和", "采伐审批信息公开", [])])  # the heading goes on after 和
@pytest.mark.parametrize("kind", ("docx", "txt"))
def test_a_line_under_a_groups_heading_that_is_its_wrapped_rest_is_joined_to_it(tmp_path, kind, heading, rest,
                                                                                   opening):
    result, data = _import(tmp_path, kind, [HEAD, (heading,), (rest,), GROUPED[2], GROUPED[4]],
                           opening=OPENING + opening)
    items = [{"task": "公开林权登记信息", "content": ["登记结果在办结后十日内公开"], "lead": "林政股"},
             {"task": "公开采伐审批信息", "content": ["采伐许可证核发情况按月公开"], "lead": "资源股"}]
    assert data["tasks"] == ([{"task": "深化林权登记信息公开", "items": items}] if opening else items)
    assert not _said(result, "跨整行的一格")
    if not opening:
        assert [text.split(": ", 1)[1].split("：")[0] for text in _said(result, "分组标题")] == [
            "分解表第 2 行“一、加强林权登记和采伐审批信息公开”是跨整行的分组标题"]


# 3. A site's footer image after the attachments ------------------------------------------------------------------------
SUMMARY = ["某县林业局2024年政务公开工作总结", "一、工作情况", "全年主动公开文件四十件，答复依申请公开九件。",
           "二、存在的问题", "专栏更新还不够及时。", "三、下一步计划", "明年按月检查专栏。", "某县林业局", "2025年1月10日",
           "附件", "办理流程", "申请先经窗口登记，再转承办科室。"]
FOOTER = ["版权所有：某县林业局", "网站标识码：1234567890"]


def _png() -> bytes:
    """A picture of one white pixel."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b"")


def _footed(folder: Path, kind: str, footer: list[str]) -> Path:
    """:data:`SUMMARY` with a picture under its attachment, and ``footer`` under the picture."""
    path = folder / f"summary.{kind}"
    if kind == "html":
        body = "".join(f"<p>{text}</p>" for text in SUMMARY) + '<p><img src="logo.png"></p>' \
            + "".join(f"<p>{text}</p>" for text in footer)
        path.write_text(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>', encoding="utf-8")
        return path
    document = docx.Document()
    for text in SUMMARY:
        document.add_paragraph(text)
    document.add_paragraph().add_run().add_picture(io.BytesIO(_png()))
    for text in footer:
        document.add_paragraph(text)
    document.save(path)
    return path


@pytest.mark.parametrize("kind", ("docx", "html"))
def test_a_sites_footer_image_is_no_picture_of_the_last_attachment(tmp_path, kind):
    """The old import named the site's logo over its footer lines as a picture of the attachment “办理流程”."""
    result = imported(_footed(tmp_path, kind, FOOTER), tmp_path, PLUGINS, documents=True)
    place = "第 13 段" if kind == "docx" else "第 12 段后"
    footer = ("第 14 段", "第 15 段") if kind == "docx" else ("第 13 段", "第 14 段")
    assert [(f.place, f.rule, f.message) for f in result.findings] == [
        (footer[0], "skipped", "文末的网页信息“版权所有：某县林业局”未导入"),
        (footer[1], "skipped", "文末的网页信息“网站标识码：1234567890”未导入"),
        (place, "skipped", "文末网页页脚里的图片未导入（网站的标志、二维码等）")]
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["attachments"] == [{"title": "办理流程", "content": ["申请先经窗口登记，再转承办科室。"]}]


@pytest.mark.parametrize("kind", ("docx", "html"))
def test_a_picture_ending_the_attachments_without_a_footer_is_still_the_attachments(tmp_path, kind):
    result = imported(_footed(tmp_path, kind, []), tmp_path, PLUGINS, documents=True)
    assert [(f.rule, f.message.split("（")[0]) for f in result.findings] == [("attachments", "附件“办理流程”里的图片")]


# 4. A table without a head whose first cell spans two rows -------------------------------------------------------------
#: An attachment's table of offices grouped by their work, no head; the first group's cell over two rows.
GROUPS = [[("信息公开", 2), "主动公开政策文件", "办公室"], ["更新办事指南", "审批股"], ["政务服务", "网上办理", "审批股"]]
#: A grouped head: 序号 and 科室 over two rows beside 人员 over 专职 and 兼职.
HEADED = [[("序号", 2), ("科室", 2), ("人员", -2)], ["专职", "兼职"], ["1", "办公室", "2", "1"]]


def _table_source(folder: Path, kind: str, rows: list[list]) -> Path:
    """:data:`SUMMARY` whose attachment ends with a table of ``rows``: a cell ``(text, n)`` spans n rows, or -n
    columns."""
    path = folder / f"table.{kind}"
    if kind == "html":
        def cell(value) -> str:
            text, n = value if isinstance(value, tuple) else (value, 1)
            span = f' rowspan="{n}"' if n > 1 else f' colspan="{-n}"' if n < -1 else ""
            return f"<td{span}>{text}</td>"

        table = "".join("<tr>" + "".join(map(cell, row)) + "</tr>" for row in rows)
        body = "".join(f"<p>{text}</p>" for text in SUMMARY) + f"<table border='1'>{table}</table>"
        path.write_text(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>', encoding="utf-8")
        return path
    document = docx.Document()
    for text in SUMMARY:
        document.add_paragraph(text)
    width = sum(-v[1] if isinstance(v, tuple) and v[1] < 0 else 1 for v in rows[0])
    table = document.add_table(rows=len(rows), cols=width)
    taken: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        c = 0
        for value in row:
            while (r, c) in taken:
                c += 1
            text, n = value if isinstance(value, tuple) else (value, 1)
            end = table.cell(r + n - 1, c) if n > 1 else table.cell(r, c - n - 1) if n < -1 else table.cell(r, c)
            table.cell(r, c).merge(end).text = text
            taken |= {(i, j) for i in range(r, r + max(n, 1)) for j in range(c, c + max(-n, 1))}
    document.save(path)
    return path


def _table(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))["attachments"][0]["table"]


@pytest.mark.parametrize("kind", ("docx", "html"))
def test_a_tall_first_cell_of_a_table_without_a_head_makes_no_head_of_two_rows(tmp_path, kind):
    """The old import gave it ``head_rows: 2``: its second row of offices taken for a row of labels under 信息公开."""
    result = imported(_table_source(tmp_path, kind, GROUPS), tmp_path, PLUGINS, documents=True)
    assert _table(result) == {"columns": ["信息公开", "主动公开政策文件", "办公室"],
                              "rows": [["", "更新办事指南", "审批股"], ["政务服务", "网上办理", "审批股"]]}
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("kind", ("docx", "html"))
def test_a_grouped_head_of_two_rows_still_reads_as_one(tmp_path, kind):
    result = imported(_table_source(tmp_path, kind, HEADED), tmp_path, PLUGINS, documents=True)
    assert _table(result) == {"columns": [{"text": "序号", "rowspan": 2}, {"text": "科室", "rowspan": 2},
                                          {"text": "人员", "colspan": 2}],
                              "head_rows": 2, "rows": [["专职", "兼职"], [1, "办公室", 2, 1]]}
    assert result.ok, result.diagnostics
