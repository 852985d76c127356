"""A work plan's task table with rows of one cell across it: a group's heading (二、造林绿化, （一）…, 一是…) is no task
but the group of the rows under it, a line of text a measure of the row above, a note (注：…) the tasks' closing words.
Read alike from a DOCX (a merged row), its PDF, a web page (colspan) and a text copy (the line without tabs). The inputs are
written for these tests."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from reportkit.plugins import load_plugins

from _import_helpers import imported, libreoffice_pdf, render_source

PLUGINS = load_plugins()
HEAD = ("序号", "工作任务", "具体措施", "责任单位", "完成时限")
OPENING = ["某县林业局2025年政务公开工作要点", "一、总体要求", "围绕林业改革做好公开，让群众看得到、看得懂。", "二、重点工作"]
CLOSING = ["三、工作要求", "各股室每季度末报送落实情况。"]
GROUPED = [HEAD,
           ("一、林权管理",),
           ("1", "公开林权登记信息", "登记结果在办结后十日内公开", "林政股", "2025年12月"),
           ("林权流转合同备案情况同步公开",),
           ("2", "公开采伐审批信息", "采伐许可证核发情况按月公开", "资源股", "2025年12月"),
           ("二、造林绿化",),
           ("3", "公开造林任务", "年度造林计划在三月底前公布", "造林股", "2025年3月")]
#: The tasks of :data:`GROUPED`: its groups' headings none of them, its line of text the first task's measure.
TASKS = [{"task": "公开林权登记信息", "content": ["登记结果在办结后十日内公开", "林权流转合同备案情况同步公开"], "lead": "林政股"},
         {"task": "公开采伐审批信息", "content": ["采伐许可证核发情况按月公开"], "lead": "资源股"},
         {"task": "公开造林任务", "content": ["年度造林计划在三月底前公布"], "lead": "造林股", "deadline": "2025年3月"}]


def _docx(path: Path, rows: list[tuple], opening: list[str] = OPENING) -> Path:
    """A plan whose table has each row of one cell merged across its columns, as Word does it; its title centred and
    its paragraphs indented (so that a PDF of it tells them apart)."""
    document = docx.Document()
    for text in opening:
        document.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
    document.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.paragraphs[0].paragraph_format.first_line_indent = None
    table = document.add_table(rows=len(rows), cols=len(HEAD))
    table.style = "Table Grid"
    for r, cells in enumerate(rows):
        if len(cells) == 1:
            table.cell(r, 0).merge(table.cell(r, len(HEAD) - 1)).text = cells[0]
            continue
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for text in CLOSING:
        document.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
    document.save(path)
    return path


def _pdf(path: Path, rows: list[tuple], opening: list[str] = OPENING) -> Path:
    """The DOCX of :func:`_docx` exported to PDF by LibreOffice (its table ruled, the merged rows one box)."""
    return libreoffice_pdf(_docx(path.with_suffix(".docx"), rows, opening))


def _html(path: Path, rows: list[tuple], opening: list[str] = OPENING) -> Path:
    cells = ["<tr>" + (f'<td colspan="{len(HEAD)}">{row[0]}</td>' if len(row) == 1
                       else "".join(f"<td>{text}</td>" for text in row)) + "</tr>" for row in rows]
    body = "".join(f"<p>{text}</p>" for text in opening) + f"<table>{''.join(cells)}</table>" \
        + "".join(f"<p>{text}</p>" for text in CLOSING)
    path.write_text(f'<html><head><meta charset="utf-8"><title>{opening[0]}</title></head><body>{body}</body></html>',
                    encoding="utf-8")
    return path


def _txt(path: Path, rows: list[tuple], opening: list[str] = OPENING) -> Path:
    path.write_text("\n".join(opening + ["\t".join(row) for row in rows] + CLOSING) + "\n", encoding="utf-8")
    return path


SOURCES = {"docx": _docx, "pdf": _pdf, "html": _html, "txt": _txt}


def _import(folder: Path, kind: str, rows: list[tuple], **options):
    source = SOURCES[kind](folder / f"plan.{kind}", rows, **options)
    result = imported(source, folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _said(result, words: str) -> list[str]:
    return [f"{f.place}: {f.message}" for f in result.findings if words in f.message]


@pytest.mark.parametrize("kind", SOURCES)
def test_a_groups_heading_across_the_table_is_no_task_and_is_said(tmp_path, kind):
    """The old import made “一、林权管理” a task with that text in its measures, its deadline and its lead (“一”), and a
    text copy's table fell apart at the heading's line (no task at all)."""
    result, data = _import(tmp_path, kind, GROUPED)
    assert data["tasks"] == TASKS
    assert data["task_table"] == {"place": "inline", "default_deadline": "2025年12月"}
    said = _said(result, "分组标题")
    assert len(said) == 2, said
    table = {"txt": None, "pdf": "第 1 页的表格"}.get(kind, "第 1 个表格")
    places = (f"{table}第 2 行", f"{table}第 6 行") if table else ("第 6 行", "第 10 行")
    assert said[0].startswith(f"{places[0]}: 分解表第 2 行“一、林权管理”是跨整行的分组标题")
    assert said[1].startswith(f"{places[1]}: 分解表第 6 行“二、造林绿化”是跨整行的分组标题")
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("kind", SOURCES)
def test_a_title_across_the_tables_first_row_is_the_tables_title(tmp_path, kind):
    """The table's title printed in its first row, over the head: the old import found no task table under it and
    made each row a paragraph of 总体要求 (a text copy's title line above the table was its caption already)."""
    title = "某县林业局2025年政务公开工作任务分解表"
    result, data = _import(tmp_path, kind, [(title,)] + GROUPED)
    assert data["tasks"] == TASKS
    assert data["task_table"] == {"place": "inline", "title": title, "default_deadline": "2025年12月"}
    rows = (2, 6) if kind == "txt" else (3, 7)  # a text copy's title is a line above the table
    assert [f.message.split("：")[0] for f in result.findings if f.rule == "sections"] == [
        f"分解表第 {rows[0]} 行“一、林权管理”是跨整行的分组标题", f"分解表第 {rows[1]} 行“二、造林绿化”是跨整行的分组标题"]
    assert result.ok, result.diagnostics


def test_a_groups_heading_naming_a_task_of_the_text_takes_the_rows_under_it_as_its_items(tmp_path):
    """The text gives the task (（一）公开林权信息) and its sub-items; the table groups its rows under that task's name:
    the rows are the task's items (matched by name, one more added in a finding), not tasks of their own."""
    opening = OPENING + ["（一）公开林权信息", "1.公开林权登记信息。登记结果在办结后十日内公开。",
                         "2.公开采伐审批信息。采伐许可证核发情况按月公开。"]
    rows = [HEAD, ("（一）公开林权信息",),
            ("1", "公开林权登记信息", "登记结果在办结后十日内公开", "林政股", "2025年6月"),
            ("2", "公开采伐审批信息", "采伐许可证核发情况按月公开", "资源股", "2025年12月"),
            ("3", "公开林木良种信息", "良种目录在发布后五日内转载", "种苗站", "2025年12月")]
    result, data = _import(tmp_path, "docx", rows, opening=opening)
    assert data["tasks"] == [{"task": "公开林权信息", "items": [
        {"task": "公开林权登记信息", "content": ["登记结果在办结后十日内公开。"], "lead": "林政股", "deadline": "2025年6月"},
        {"task": "公开采伐审批信息", "content": ["采伐许可证核发情况按月公开。"], "lead": "资源股"},
        {"task": "公开林木良种信息", "content": ["良种目录在发布后五日内转载"], "lead": "种苗站"}]}]
    assert not _said(result, "分组标题")
    assert _said(result, "任务“公开林权信息：公开林木良种信息”在正文的主要任务里没有") == [
        "第 1 个表格第 5 行: 分解表第 5 行的任务“公开林权信息：公开林木良种信息”在正文的主要任务里没有，已按表中的文字加为一项任务：请核对"]


@pytest.mark.parametrize("kind", ("docx", "html"))
def test_a_heading_numbered_in_words_is_a_groups_heading_too(tmp_path, kind):
    rows = [HEAD, ("一是做好林权公开",), GROUPED[2]]
    result, data = _import(tmp_path, kind, rows)
    # the table's one task keeps its deadline: no default of a table of one task
    assert data["tasks"] == [{"task": "公开林权登记信息", "content": ["登记结果在办结后十日内公开"], "lead": "林政股",
                              "deadline": "2025年12月"}]
    assert data["task_table"] == {"place": "inline"}
    assert len(_said(result, "“一是做好林权公开”是跨整行的分组标题")) == 1


@pytest.mark.parametrize("kind", ("docx", "html"))
def test_a_line_of_text_with_no_task_above_and_a_note_under_the_table_are_said(tmp_path, kind):
    """A line of text right under the head has no task to go to: not imported, in a finding at its row; a note across
    the last row is no measure of the last task but the words after the tasks (tasks_after), in a finding."""
    rows = [HEAD, ("以下各项均须在门户网站专栏发布",), GROUPED[2], GROUPED[4], ("注：完成时限均指当年",)]
    result, data = _import(tmp_path, kind, rows)
    assert data["tasks"] == [
        {"task": "公开林权登记信息", "content": ["登记结果在办结后十日内公开"], "lead": "林政股"},
        {"task": "公开采伐审批信息", "content": ["采伐许可证核发情况按月公开"], "lead": "资源股"}]
    assert data["tasks_after"] == ["注：完成时限均指当年"]
    assert _said(result, "上面没有任务可归") == [
        "第 1 个表格第 2 行: 分解表第 2 行“以下各项均须在门户网站专栏发布”是跨整行的一格，上面没有任务可归：没有导入，请核对，"
        "是哪项任务的措施的写进它的 content"]
    assert _said(result, "跨整行的说明") == [
        "第 1 个表格第 5 行: 分解表第 5 行“注：完成时限均指当年”是跨整行的说明，不是哪项任务的措施：已作为 tasks_after"
        "（印在各项任务之后）导入：请核对"]
    assert result.ok, result.diagnostics


def test_a_line_of_text_under_a_task_whose_measures_the_text_gives_is_said_when_the_text_lacks_it(tmp_path):
    opening = OPENING + ["（一）公开林权登记信息", "登记结果在办结后十日内公开。"]
    rows = [HEAD, ("1", "公开林权登记信息", "登记结果在办结后十日内公开", "林政股", "2025年12月"),
            ("林权流转合同备案情况同步公开",)]
    result, data = _import(tmp_path, "docx", rows, opening=opening)
    assert data["tasks"] == [{"task": "公开林权登记信息", "content": ["登记结果在办结后十日内公开。"], "lead": "林政股",
                              "deadline": "2025年12月"}]
    assert _said(result, "正文里没有这一句") == [
        "第 1 个表格第 3 行: 分解表第 3 行“林权流转合同备案情况同步公开”是跨整行的一格，在任务“公开林权登记信息”的一行之下，"
        "但这项任务的措施按正文导入，正文里没有这一句：没有导入，请核对，是它的措施的补进 content"]


@pytest.mark.parametrize("place", ("inline", "attachment"))
@pytest.mark.parametrize("fmt", ("docx", "pdf"))
def test_a_rendered_plans_task_table_still_gives_its_tasks_exactly(tmp_path, fmt, place):
    """The plan example rendered with its task table inline or as an attachment: none of its rows is taken for a row
    of one cell, and the tasks come back as written (the table's merged 工作任务 cells and 1.1 1.2 rows included)."""
    from test_import_work_docs import _plain

    example = Path("examples/putian-2018-work-plan.yaml")
    data = tmp_path / "plan.yaml"
    data.write_text(example.read_text(encoding="utf-8").replace("  place: attachment", f"  place: {place}"),
                    encoding="utf-8")
    result = imported(render_source(data, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS, documents=True)
    tasks = yaml.safe_load(result.target.read_text(encoding="utf-8"))["tasks"]
    assert _plain(tasks) == _plain(yaml.safe_load(example.read_text(encoding="utf-8"))["tasks"])
    assert not _said(result, "跨整行")


@pytest.mark.parametrize("kind", ["docx", "html", "txt"])
def test_a_groups_heading_typed_in_the_number_column_alone_is_said_too(tmp_path, kind):
    """“二、造林绿化” typed in the 序号 cell, the row's other cells blank: before, a task named 【请填写：…】 was made of
    it and its words were lost without a finding; now it is read as the heading across the table it stands for."""
    rows = [row if len(row) > 1 else (row[0], "", "", "", "") for row in GROUPED]
    result, data = _import(tmp_path, kind, rows)
    assert data["tasks"] == TASKS
    said = _said(result, "分组标题")
    assert len(said) == 2 and "“一、林权管理”" in said[0] and "“二、造林绿化”" in said[1], said
