"""Plain-text copies of work plans and annual reports: a task table pdftotext -layout gives read (rows a
line each, or cells wrapped around each row's number), one whose rows cannot be told apart said at its head (its
deadlines were lost in silence); a line filled by chance to a clause's ； no paragraph's end; an organ's name over an
attachment's title no running head; table 二's blocks run together without their captions read by their rows' labels."""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported, render_source
from test_import_copied_tables import _report, _rows

PLUGINS = load_plugins()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")

UNREAD_TABLE = "任务分解表没有读成表格"

#: A plan of short tasks, each cell of its task table one line long.
PLAN = """kind: work-plan
year: 2024
agency: 清河县林业局
date: 2024-02-20
preamble:
  - 为把本局2024年的政务公开工作落到实处，结合局里的工作安排，制定本要点。
requirements:
  - 按季度梳理公开事项，做到应公开尽公开。
tasks:
  - task: 公开采伐限额
    content: [每季度公开一次采伐限额执行情况。]
    lead: 资源股
    deadline: 2024-03
  - task: 公开造林计划
    content: [年初公布全年造林绿化计划。]
    lead: 造林股
    support: [办公室]
    deadline: 2024-06
  - task: 公开防火信息
    content: [防火期内及时发布森林火险等级。]
    lead: 防火办
    deadline: 2024-11
safeguards:
  - 局办公室统筹推进，各股室按时完成。
task_table:
  place: attachment
"""


def _copied(folder: Path, data: Path, *options: str):
    """``data`` rendered to a PDF (typst), copied with pdftotext (``options``), and the copy imported."""
    pdf = render_source(data, "pdf-typst", folder, PLUGINS)
    subprocess.run(["pdftotext", *options, str(pdf), str(folder / "copy.txt")], check=True)
    result = imported(folder / "copy.txt", folder, PLUGINS, documents=True)
    lines = (folder / "copy.txt").read_text(encoding="utf-8").split("\n")
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8")), lines


def _imported(folder: Path, text: str):
    """``text`` written as a .txt and imported as any document: the result, and the data it wrote."""
    (folder / "copy.txt").write_text(text, encoding="utf-8")
    result = imported(folder / "copy.txt", folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _plan(folder: Path) -> Path:
    (folder / "plan.yaml").write_text(PLAN, encoding="utf-8")
    return folder / "plan.yaml"


def _line_of(lines: list[str], text: str) -> int:
    """The number in the file of the first line reading ``text``, blanks and form feeds aside."""
    return next(n for n, line in enumerate(lines, 1) if line.strip(" \f") == text)


def _head_line(lines: list[str]) -> int:
    """The number in the file of the task table's head, 序号 its first word (a narrow 工作任务 column stands a blank
    after it, on the same line)."""
    return next(n for n, line in enumerate(lines, 1) if line.strip(" \f").split(" ")[0] == "序号")


# 1. Task tables ---------------------------------------------------------------------
@needs_pdftotext
def test_a_task_table_whose_cells_the_copy_mixed_is_said_at_its_head(tmp_path):
    """The example's task table copied by pdftotext without -layout: a line for each line of each cell, the task's
    and the measure's in turn, rows not marked. Its rows stay the attachment's text as before, and a finding at the
    head's first line now says the table was not read and what to do; before, nothing did and the deadlines were lost
    in silence."""
    result, data, lines = _copied(tmp_path, EXAMPLES / "putian-2018-work-plan.yaml")
    assert "task_table" not in data
    said = [f for f in result.findings if UNREAD_TABLE in f.message]
    assert [f.place for f in said] == [f"第 {_head_line(lines)} 行"]
    assert "完成时限" in said[0].message and "请对照原件补填" in said[0].message


def _without_blanks(tasks: list[dict]) -> list[dict]:
    """``tasks`` with their measures' blanks out (YAML's folded lines leave one after a comma; a copy loses the one
    between Chinese and Latin letters)."""
    return [{**task, "content": ["".join(text.split()) for text in task.get("content", [])],
             **({"items": _without_blanks(task["items"])} if "items" in task else {})} for task in tasks]


@needs_pdftotext
def test_a_layout_copy_s_task_table_of_wrapped_cells_is_read(tmp_path):
    """The same copied with -layout: each cell's lines beside the others', the row's number on its middle line, a
    merged task's name (环境质量信息) centred over the rows numbered under it, the head again on each page. It was the
    attachment's text; now each row's cells are read (each piece in the column it starts in), the tasks as the text
    gives them, and 完成清单编制's deadline (年底前 in the source's table) read from the table."""
    result, data, _ = _copied(tmp_path, EXAMPLES / "putian-2018-work-plan.yaml", "-layout")
    source = yaml.safe_load((EXAMPLES / "putian-2018-work-plan.yaml").read_text(encoding="utf-8"))
    assert data["task_table"] == {"place": "attachment"} and "attachments" not in data
    wanted = [{**task, "deadline": "2018年12月"} if task.get("deadline") else task for task in source["tasks"]]
    assert _without_blanks(data["tasks"]) == _without_blanks(wanted)
    assert not [f.message for f in result.findings if UNREAD_TABLE in f.message or "任务" in f.message]


@needs_pdftotext
def test_a_layout_copy_s_task_table_of_one_line_cells_is_read(tmp_path):
    """pdftotext -layout gives each row of a table of one-line cells on one line, cells runs of blanks apart (the
    task's and the measure's one blank apart): its rows ended in 。 were no table's rows, the table's lines the
    attachment's text and the deadlines lost. Now the table is read, each task's deadline as printed."""
    result, data, _ = _copied(tmp_path, _plan(tmp_path), "-layout")
    assert data["task_table"] == {"place": "attachment"}
    assert [(t["task"], t["content"], t["lead"], t.get("support"), t["deadline"]) for t in data["tasks"]] == [
        ("公开采伐限额", ["每季度公开一次采伐限额执行情况。"], "资源股", None, "2024年3月"),
        ("公开造林计划", ["年初公布全年造林绿化计划。"], "造林股", ["办公室"], "2024年6月"),
        ("公开防火信息", ["防火期内及时发布森林火险等级。"], "防火办", None, "2024年11月")]
    assert "attachments" not in data
    assert not [f.message for f in result.findings if UNREAD_TABLE in f.message or "页眉" in f.message]


@needs_pdftotext
def test_the_same_table_copied_without_layout_is_said(tmp_path):
    """Without -layout pdftotext sets the short rows' cells out of order (a row's units before its number): not read,
    now said at the head's first line."""
    result, data, lines = _copied(tmp_path, _plan(tmp_path))
    assert "task_table" not in data
    assert [f.place for f in result.findings if UNREAD_TABLE in f.message] == [f"第 {_line_of(lines, '序号')} 行"]


#: The plan's measures made long enough to wrap in the table's cells, a unit too (造林股、办公室).
LONGER = {"每季度公开一次采伐限额执行情况。": "每季度在局网站公开一次采伐限额的执行情况，逐月更新林木采伐许可证的核发信息，方便群众查询和监督。",
          "年初公布全年造林绿化计划。": "年初公布全年造林绿化计划和各乡镇的任务分配，年中公布完成进度。"}


@needs_pdftotext
def test_a_layout_copy_s_task_table_whose_measures_wrap_is_read(tmp_path):
    """Measures wrapped over three lines, a unit over two: read, each task's deadline with it."""
    plan = PLAN
    for short, longer in LONGER.items():
        plan = plan.replace(short, longer)
    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    result, data, _ = _copied(tmp_path, tmp_path / "plan.yaml", "-layout")
    assert [(t["task"], t["content"], t["lead"], t.get("support"), t["deadline"]) for t in data["tasks"]] == [
        ("公开采伐限额", [LONGER["每季度公开一次采伐限额执行情况。"]], "资源股", None, "2024年3月"),
        ("公开造林计划", [LONGER["年初公布全年造林绿化计划。"]], "造林股", ["办公室"], "2024年6月"),
        ("公开防火信息", ["防火期内及时发布森林火险等级。"], "防火办", None, "2024年11月")]
    assert not [f.message for f in result.findings if UNREAD_TABLE in f.message]


def _laid_out(*rows: tuple[str, ...]) -> str:
    """Lines of a table as a copy keeping the page's layout has them: each row's cells from columns 0, 5, 14, 36, 46."""
    return "\n".join("".join(cell.ljust(width) for cell, width in zip(row, (5, 9, 22, 10, 12))).rstrip()
                     for row in rows) + "\n"


#: Its task table, measures wrapped over three lines and a unit over two, each row's number on its middle line.
WRAPPED_TABLE = _laid_out(
    ("序号", "工作任务", "具体措施", "责任单位", "完成时限"),
    ("", "", "每季度在局网站公开一次采伐限额的执行情"),
    ("1", "公开采伐限额", "况，逐月更新林木采伐许可证的核发信息，方", "资源股", "2024年3月"),
    ("", "", "便群众查询和监督。"),
    ("", "", "年初公布全年造林绿化计划和各乡镇的任务分", "造林股、"),
    ("2", "公开造林计划", "", "", "{deadline}"),
    ("", "", "配，年中公布完成进度。", "办公室"),
    ("3", "公开防火信息", "防火期内及时发布森林火险等级。", "防火办", "2024年11月"))


@pytest.mark.parametrize("deadline", ["2024年6月", ""])
def test_a_hand_made_layout_copy_of_wrapped_cells(tmp_path, deadline):
    """The same written by hand. A row with a cell blank is read too: a copy writes a cell merged down rows once, so
    its deadline is the one above, in a finding asking to check it against the original (test_documents_s45H)."""
    text = LAYOUT_PLAN.format(first="2024年3月").split("序号")[0] + WRAPPED_TABLE.format(deadline=deadline)
    result, data = _imported(tmp_path, text)
    default = data["task_table"].get("default_deadline")
    assert [(t["task"], t["lead"], t.get("support"), t.get("deadline", default)) for t in data["tasks"]] == [
        ("公开采伐限额", "资源股", None, "2024年3月"), ("公开造林计划", "造林股", ["办公室"], deadline or "2024年3月"),
        ("公开防火信息", "防火办", None, "2024年11月")]
    merged = [f.message for f in result.findings if "“完成时限”一格空着" in f.message]
    if deadline:
        assert not merged
    else:
        assert len(merged) == 1 and "已按第 2 行的“2024年3月”导入" in merged[0]
    assert data["tasks"][2]["content"] == ["防火期内及时发布森林火险等级。"]  # a task the text lacks: the table's


def test_a_layout_copy_s_rows_out_of_step_are_left_as_they_are(tmp_path):
    """A row's number not on its middle line (three lines above it, none below): the rows cannot be told apart, the
    lines stay text and the head's finding says so."""
    table = WRAPPED_TABLE.format(deadline="2024年6月").split("\n")
    table.insert(2, "              逐项核对。")
    table.insert(2, "              每月汇总一次，")
    text = LAYOUT_PLAN.format(first="2024年3月").split("序号")[0] + "\n".join(table)
    result, data = _imported(tmp_path, text)
    assert "task_table" not in data
    assert [f for f in result.findings if UNREAD_TABLE in f.message]


LAYOUT_PLAN = """\
          清河县林业局2024年政务公开工作要点

    为把本局2024年的政务公开工作落到实处，结合局里的工作安排，制定本要点。
    一、总体要求
    按季度梳理公开事项，做到应公开尽公开。
    二、主要任务
    （一）公开采伐限额
    每季度公开一次采伐限额执行情况。
    责任科室（单位）：资源股
    （二）公开造林计划
    年初公布全年造林绿化计划。
    责任科室（单位）：造林股、办公室
    三、保障措施
    局办公室统筹推进，各股室按时完成。
                                                  清河县林业局
                                                 2024年2月20日
\f附件

          清河县林业局2024年政务公开工作任务分解表

序号    工作任务         具体措施                          责任单位          完成时限
1       公开采伐限额 每季度公开一次采伐限额执行情况。       资源股            {first}
2       公开造林计划 年初公布全年造林绿化计划。             造林股、办公室    2024年6月
"""


@pytest.mark.parametrize("first", ["2024年3月", "2024 年 3 月"])
def test_a_hand_made_layout_copy_s_task_table(tmp_path, first):
    """The same written by hand, a deadline with the blanks a page prints between Chinese and figures or without."""
    result, data = _imported(tmp_path, LAYOUT_PLAN.format(first=first))
    assert [(t["task"], t["deadline"]) for t in data["tasks"]] == [("公开采伐限额", "2024年3月"), ("公开造林计划", "2024年6月")]
    assert data["task_table"]["place"] == "attachment"


def test_a_head_a_cell_a_line_over_mixed_lines_is_said(tmp_path):
    """A copy in reading order, the head's cells a line each and the rows' lines mixed under it: said at 序号's line."""
    text = LAYOUT_PLAN.split("\f")[0].replace("    ", "") + "\n".join([
        "附件", "清河县林业局2024年政务公开工作任务分解表", "序号", "工作任务", "具体措施", "责任单位", "完成时限",
        "资源股", "2024年3月", "1", "公开采伐限额 每季度公开一次采伐限额执行情况。", "2", "公开造林计划 年初公布全年造林",
        "造林股、办公室", "绿化计划。", "2024年6月", ""])
    result, data = _imported(tmp_path, text)
    line = text.split("\n").index("序号") + 1
    assert [f.place for f in result.findings if UNREAD_TABLE in f.message] == [f"第 {line} 行"]


def test_a_table_of_other_heads_is_not_said(tmp_path):
    """Lines of a list that are no head of a task table (工作任务 alone, no unit or deadline) say nothing."""
    text = LAYOUT_PLAN.split("\f")[0].replace("    ", "").replace("局办公室统筹推进，各股室按时完成。",
                                                                    "局办公室统筹推进。\n工作任务\n工作要求\n工作步骤")
    result, _ = _imported(tmp_path, text)
    assert not [f for f in result.findings if UNREAD_TABLE in f.message]


# 2. A line filled by chance to a clause's end ----------------------------------------
@needs_pdftotext
def test_a_line_ending_in_a_semicolon_by_chance_is_no_paragraph_s_end(tmp_path):
    """The example's 环境监管执法信息: pdftotext (no indents kept) ends a line at its ；, the next line too wide for
    the line after it to hold its first words (“12369”“12345”…). The measure was two paragraphs; it is one."""
    _, data, _ = _copied(tmp_path, EXAMPLES / "putian-2018-work-plan.yaml")
    source = yaml.safe_load((EXAMPLES / "putian-2018-work-plan.yaml").read_text(encoding="utf-8"))
    wanted = next(item for task in source["tasks"] for item in task.get("items", []) if item["task"] == "环境监管执法信息")
    got = next(item for task in data["tasks"] for item in task.get("items", []) if item["task"] == "环境监管执法信息")
    assert got["content"] == [text.replace("， ", "，").replace("、 ", "、") for text in wanted["content"]]


# 3. An organ's name over an attachment's title --------------------------------------------
@needs_pdftotext
def test_an_organ_s_name_over_an_attachment_s_title_is_no_running_head(tmp_path):
    """The plan's title and the task table's each wrap after the organ's name, and the 署名 is the name too: three
    lines alike in three pages were taken for a running head, the table's title left without the organ's name (a
    title of its own, not the default) and a finding. The name over the 署名 and under 附件 is no running head."""
    result, data, _ = _copied(tmp_path, _plan(tmp_path), "-layout")
    assert "title" not in data["task_table"]
    assert not [f.message for f in result.findings if "页眉" in f.message]


def test_an_organ_s_name_over_titles_written_by_hand(tmp_path):
    """The same in a copy written by hand, its rows read before: the table's title is the organ's name and the rest."""
    text = LAYOUT_PLAN.format(first="2024年3月").replace(
        "清河县林业局2024年政务公开工作要点", "清河县林业局\n          2024年政务公开工作要点").replace(
        "清河县林业局2024年政务公开工作任务分解表", "清河县林业局\n          2024年政务公开工作任务分解表").replace(
        "具体措施", "具体内容").replace("。 ", "  ").replace("\f", "\n                       —1—\n\f") + "\n\n        —2—\n"
    result, data = _imported(tmp_path, text)
    assert data["task_table"]["title"].replace("\n", "") == "清河县林业局2024年政务公开工作任务分解表"
    assert not [f.message for f in result.findings if "页眉" in f.message]


# 4. Table 二 without captions ------------------------------------------------------------------
_BLOCKS = ["信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t0\t0\t2", "行政规范性文件\t4\t1\t9",
           "信息内容\t本年处理决定数量", "行政许可\t52", "信息内容\t本年处理决定数量", "行政处罚\t8", "行政强制\t3",
           "信息内容\t本年收费金额（单位：万元）", "行政事业性收费\t1.2"]


@pytest.mark.parametrize("apart", ["\t", " "], ids=["tabs", "blanks"])
def test_table_two_s_blocks_run_together_without_captions_are_read(tmp_path, apart):
    """A copy lost each block's caption (第二十条第（一）项 …) and ran the blocks into one table: “没有找到表二”. Each
    block's first row's label names it (规章, 行政许可, 行政处罚, 行政事业性收费): read."""
    result, data = import_text(tmp_path, "copy.txt", _report(_rows(), two=[line.replace("\t", apart) for line in _BLOCKS]))
    two = data["tables"]["active_disclosure"]
    assert two["regulations"] == {"issued": 0, "repealed": 0, "in_force": 2}
    assert two["normative_documents"] == {"issued": 4, "repealed": 1, "in_force": 9}
    assert two["administrative_licensing"] == {"decisions": 52}
    assert two["administrative_penalty"] == {"decisions": 8} and two["administrative_coercion"] == {"decisions": 3}
    assert two["administrative_fees"]["amount"] in (1.2, "1.2")
    assert not [f.message for f in result.findings if "表二" in f.message]


def test_a_block_whose_label_names_none_is_said(tmp_path):
    """A block whose first row is no row of table 二 (a label written otherwise): which block it is cannot be told;
    the finding at its head says so and what to do, the other blocks read."""
    blocks = [line.replace("规章\t", "政府规章文件\t") for line in _BLOCKS]
    text = _report(_rows(), two=blocks)
    result, data = import_text(tmp_path, "copy.txt", text)
    line = text.split("\n").index(blocks[0]) + 1
    said = [f for f in result.findings if "是表二一项的表头" in f.message]
    assert [f.place for f in said] == [f"第 {line} 行"]
    assert "“信息内容 本年制发件数 本年废止件数 现行有效件数”" in said[0].message and "补写这一项的标题" in said[0].message
    assert data["tables"]["active_disclosure"]["administrative_licensing"] == {"decisions": 52}
