"""Work plans copied from a PDF with pdftotext (plain, ``-layout``, ``-raw``) whose task tables the earlier sessions'
readings missed (session 51, helper P): a ``-raw`` copy's table; a table whose lines a copy in reading order sets in
from the page's edge; a ``-layout`` table over pages, a page's number with a mark glued to it (—1—：); other first heads
of a table without row numbers (任务名称 …), and 工作举措 for its measures. The plans and their sentences are made up
for these tests."""
from __future__ import annotations

import pytest

from _import_helpers import data_of, imported
from test_import_plan_layout_s50B import ROWS, _plan

#: A short plan: its tasks each a heading, a measure folded over two lines and a 责任单位 line, the page's number, then
#: a page with the task table (its lines in ``{table}``), as pdftotext copies it in reading order.
PLAN = """某县水利局2025年政务公开工作要点

为做好本局2025年政务公开工作，提升水利信息发布的及时
性和准确性，结合本局实际，制定本要点。
一、总体要求
坚持以公开为常态、不公开为例外，围绕防汛抗旱、河湖治
理和农村供水等群众关心的事项，及时准确发布信息，回应
社会关切，让群众看得到、听得懂、能监督。
二、主要任务
（一）公开防汛抗旱信息
汛期每日发布雨情水情和水库蓄水情况，遇强降雨及时发布
预警，提醒沿河群众做好防范。
责任单位：防汛办
（二）公开河湖管理信息
河长名单和河湖巡查结果在门户网站专栏公开，群众反映的
问题逐件核实并公布处理结果。
责任单位：河湖股
（三）公开农村供水信息
农村供水工程建设进度和水质检测结果按季度公开，停水检
修提前三天告知用水群众。
责任单位：农水股
三、保障措施
各股室要明确专人负责本股室信息的发布，局办公室按季度
通报各项任务的落实情况，年底前汇总全年工作。

某县水利局
2025年2月10日
—1—
\f附件

某县水利局2025年政务公开重点任务分解表

{table}
—2—
"""
#: The task table's lines as ``pdftotext`` gives them (a cell's piece a line, blank lines between) and as ``-raw``
#: does (a row's last cells on one line, no blank lines).
TABLES = {
    "plain": """序号 工作任务

具体措施

责任单位

完成时限

1

公开防汛抗旱

信息

汛期每日发布雨情水情和水库

蓄水情况，遇强降雨及时发布

预警。

防汛办

全年

2

公开河湖管理

信息

河长名单和河湖巡查结果在门

户网站专栏公开。

河湖股

6月底前

3

公开农村供水

信息

农村供水工程建设进度和水质

检测结果按季度公开。

农水股

长期坚持
""",
    "raw": """序号 工作任务 具体措施 责任单位 完成时限
1
公开防汛抗旱
信息
汛期每日发布雨情水情和水库
蓄水情况，遇强降雨及时发布
预警。
防汛办 全年
2
公开河湖管理
信息
河长名单和河湖巡查结果在门
户网站专栏公开。
河湖股 6月底前
3
公开农村供水
信息
农村供水工程建设进度和水质
检测结果按季度公开。
农水股 长期坚持
""",
}
TASKS = [("公开防汛抗旱信息", "汛期每日发布雨情水情和水库蓄水情况，遇强降雨及时发布预警，提醒沿河群众做好防范。", "防汛办"),
         ("公开河湖管理信息", "河长名单和河湖巡查结果在门户网站专栏公开，群众反映的问题逐件核实并公布处理结果。", "河湖股"),
         ("公开农村供水信息", "农村供水工程建设进度和水质检测结果按季度公开，停水检修提前三天告知用水群众。", "农水股")]


def _import(folder, name: str, text: str):
    """``text`` written to ``folder/name`` and imported as a work plan: the result, and the data it wrote."""
    source = folder / name
    source.write_text(text, encoding="utf-8")
    result = imported(source, folder, documents=True)
    return result, data_of(result)


def _set_in(table: str, indent: str) -> str:
    """``table``'s lines with words set in by ``indent``."""
    return "".join(indent + line if line.strip() else line for line in table.splitlines(keepends=True))


@pytest.mark.parametrize("kind", TABLES)
@pytest.mark.parametrize("indent", ["  ", "    "], ids=["two-blanks", "four-blanks"])
def test_table_set_in_leaves_the_plan_read_as_it_is(tmp_path, kind, indent):
    """A copy in reading order whose task table's lines are indented (as some PDFs' copies give them, the paragraphs'
    lines at the edge) reads as the same copy without the indent. Its pages' breaks and those lines made it pass for a
    copy keeping the page's layout, whose lines at the edge go on with the paragraph above: each task's measure was
    joined to its heading (任务名称 a placeholder)."""
    plain = _import(tmp_path, "plain.txt", PLAN.format(table=TABLES[kind]))[1]
    result, data = _import(tmp_path, "set-in.txt", PLAN.format(table=_set_in(TABLES[kind], indent)))
    assert [(task["task"], task["content"][0], task["lead"]) for task in data["tasks"]] == TASKS
    assert data["requirements"] == plain["requirements"]
    assert data["safeguards"] == plain["safeguards"]
    assert data.get("attachments") == plain.get("attachments")
    assert data.get("task_table") == plain.get("task_table")
    assert not any("标题之前" in finding.message or "连在一起" in finding.message for finding in result.findings)


def test_a_raw_copy_of_a_table_is_said_unread_not_misread(tmp_path):
    """A ``-raw`` copy gives a task table's head on one line (序号 工作任务 具体措施 责任单位 完成时限, a blank apart)
    and each cell's pieces a line, all at the page's edge: no layout tells its columns. It is said unread, as the plain
    copy's is, its text the attachment's; read as a layout copy's (its pages' breaks let it pass for one), each number
    made a row of its own, the table a task without a name (a placeholder the data's check stopped at), and the
    plan's 署名, 成文日期 and the table's last row ran into the 保障措施."""
    result, data = _import(tmp_path, "raw.txt", PLAN.format(table=TABLES["raw"]))
    assert [(task["task"], task["content"][0], task["lead"]) for task in data["tasks"]] == TASKS
    assert data["safeguards"] == ["各股室要明确专人负责本股室信息的发布，局办公室按季度通报各项任务的落实情况，年底前汇总全年工作。"]
    assert str(data["date"]) == "2025-02-10"
    assert data["attachments"][0]["title"] == "某县水利局2025年政务公开重点任务分解表"
    assert "农水股长期坚持" in data["attachments"][0]["content"]
    assert any(finding.message.startswith("任务分解表没有读成表格") for finding in result.findings)
    assert result.ok


#: A task table's rows: (序号, 工作任务, 具体措施, 责任单位, 完成时限), each measure a sentence of one line.
LAID_ROWS = [("1", "公开防汛抗旱信息", "汛期每日发布雨情水情。", "防汛办", "全年"),
             ("2", "公开河湖管理信息", "河长名单在专栏公开。", "河湖股", "6月底前"),
             ("3", "公开农村供水信息", "水质检测结果按季度公开。", "农水股", "长期坚持"),
             ("4", "公开水土保持信息", "审批结果在专栏公开。", "水保站", "2025年6月底前"),
             ("5", "回应群众关切", "来电来信逐件答复。", "办公室", "全年")]
LAID_HEAD = ("序号", "工作任务", "具体措施", "责任单位", "完成时限")


def _laid_line(cells: tuple) -> str:
    """A row of cells as ``pdftotext -layout`` sets it: each cell at its column, runs of blanks between."""
    line = "    "
    for cell, width in zip(cells, (6, 20, 28, 10, 16)):
        line += cell + " " * max(2, width - sum(1 + (ord(char) > 127) for char in cell))
    return line.rstrip()


def _laid_plan(feet: dict[str, str], head_again: bool = False) -> str:
    """A plan copied with ``pdftotext -layout`` whose task table (:data:`LAID_ROWS`) a page's foot breaks (``feet``:
    its text after the row of that number), the next page starting with the head again where ``head_again``."""
    lines = ["                    某县水利局2025年政务公开工作要点", "",
             "    为做好本局2025年政务公开工作，结合本局实际，制定本要点。", "", "    一、总体要求", "",
             "    坚持以公开为常态、不公开为例外，进一步提升水利信息公开质量。", "", "    二、重点任务", "",
             _laid_line(LAID_HEAD)]
    for row in LAID_ROWS:
        lines.append(_laid_line(row))
        if row[0] in feet:
            lines += ["", "", " " * 35 + feet[row[0]], "\f" + _laid_line(LAID_HEAD)] if head_again \
                else ["", "", " " * 35 + feet[row[0]], "\f"]
    lines += ["", "    三、保障措施", "", "    各股室要明确专人负责，确保各项任务落到实处。", "",
              " " * 60 + "某县水利局", " " * 60 + "2025年2月10日", "", " " * 35 + "—9—", "\f"]
    return "\n".join(lines).replace("\f\n", "\f")


def _laid_tasks(data: dict) -> list[tuple]:
    """Each task's name, measure, unit and deadline as the table prints it (no deadline written: the table's default,
    全年 where none)."""
    default = data["task_table"].get("default_deadline", "全年")
    return [(task["task"], task["content"][0], task["lead"], task.get("deadline", default)) for task in data["tasks"]]


def test_a_page_number_with_a_mark_glued_is_no_row(tmp_path):
    """A page's number with a mark glued to it (—1—：) between a ``-layout`` table's rows, the head again over the
    next page, is a page's foot as —1— is: left out with a note, the table read on. It was a row across the table,
    said in a finding as a group's heading, and the head under it no page's repeat."""
    result, data = _import(tmp_path, "plan.txt", _laid_plan({"3": "—1—："}, head_again=True))
    assert _laid_tasks(data) == [(name, measure, unit, deadline) for _, name, measure, unit, deadline in LAID_ROWS]
    assert any("表格中间的“—1—：”未导入" in finding.message for finding in result.findings)
    assert not any("—1—：" in finding.message and "跨整行" in finding.message for finding in result.findings)


@pytest.mark.parametrize("head_again", [False, True], ids=["head-once", "head-on-each-page"])
def test_a_table_over_three_pages_reads_every_row(tmp_path, head_again):
    """A ``-layout`` table of one-line rows, each measure a sentence, over three pages (a page's number between, the
    last page's row alone): every row is a task. Without the head on each page the rows after the first break were
    no table (a table's first line could be no sentence), left over as paragraphs before the first task; with it,
    each page's head was a task of its own (工作任务 | 具体措施 | 责任单位 | 完成时限)."""
    result, data = _import(tmp_path, "plan.txt", _laid_plan({"2": "—1—", "4": "—2—"}, head_again))
    assert _laid_tasks(data) == [(name, measure, unit, deadline) for _, name, measure, unit, deadline in LAID_ROWS]
    assert sum("表格中间的" in finding.message for finding in result.findings) == 2
    assert result.ok


#: A plan whose task table without row numbers a clerk exported to PDF (LibreOffice) and copied with ``pdftotext
#: -layout`` (its table's lines in ``{table}``), its first head the word in ``{head}``: test_import_plan_layout_s50B's
#: plan, its cells set at the top of their rows and centred in them.
HEADED = """某县林业局 2025 年政务公开工作要点

一、总体要求

紧扣林农关切做好林业信息公开。

二、重点任务

{table}三、工作要求

各股室每半年报送一次落实情况。
\f"""
HEADED_TABLES = {"top": """\
任务名称       具体措施        责任单位   完成时限
公开林木采伐许可   许可结果在门户网    资源股    6 月底前
信息         站专栏公开
公开造林补助资金   补助对象和金额逐    造林股    全年
发放情况       村张榜公示，接受
           群众监督
公开森林防火信息   防火期每日发布火    防火办    长期坚持
           险等级
公开林业项目招标   招标公告和中标结    计财股    6 月底前
信息         果按期公开
回应林农诉求     对来电来信反映的    办公室    持续推进
           问题逐件答复
公开护林员选聘结   选聘名单在乡镇公    人事股    6 月底前
果          示七日
公开古树名木保护   名录及保护措施在    资源股    6 月底前
名录         专栏公开
""",
                 "centred": """\
任务名称       具体措施        责任单位   完成时限
公开林木采伐许可   许可结果在门户网
                       资源股    6 月底前
信息         站专栏公开
           补助对象和金额逐
公开造林补助资金
           村张榜公示，接受    造林股    全年
发放情况
           群众监督
           防火期每日发布火
公开森林防火信息               防火办    长期坚持
           险等级
公开林业项目招标   招标公告和中标结
                       计财股    6 月底前
信息         果按期公开
           对来电来信反映的
回应林农诉求                 办公室    持续推进
           问题逐件答复
公开护林员选聘结   选聘名单在乡镇公
                       人事股    6 月底前
果          示七日
公开古树名木保护   名录及保护措施在
                       资源股    6 月底前
名录         专栏公开
"""}
HEADED_TASKS = [name for name, *_ in ROWS]


@pytest.mark.parametrize("cells", HEADED_TABLES)
@pytest.mark.parametrize("head", ["任务名称", "重点工作", "工作项目", "具体任务"])
def test_other_first_heads_of_a_task_table_without_numbers(tmp_path, cells, head):
    """A ``-layout`` table without row numbers whose first head is 任务名称, 重点工作, 工作项目 or 具体任务 (as other
    offices' plans name the column) is read as one headed 工作任务: each task its measure, unit and deadline. The cells
    wrapped over lines were read a line a row: a task of each name's rest (信息, 发放情况), or of the table's first
    lines alone, the rest lost."""
    table = HEADED_TABLES[cells].replace("任务名称", head)
    data = _import(tmp_path, "plan.txt", HEADED.format(table=table))[1]
    assert [task["task"] for task in data["tasks"]] == HEADED_TASKS
    assert [task["lead"] for task in data["tasks"]] == [unit for _, _, unit, _ in ROWS]
    assert data["tasks"][1]["content"] == ["补助对象和金额逐村张榜公示，接受群众监督"]
    assert data["task_table"]["default_deadline"] == "6月底前"


@pytest.mark.parametrize("source", ["docx", *HEADED_TABLES])
def test_measures_headed_gongzuo_jucuo(tmp_path, source):
    """A task table whose measures' column is headed 工作举措 (重点工作 | 工作举措 | 责任单位 | 完成时限), in a DOCX or a
    ``-layout`` copy, gives each task its measure; they were left out unsaid (no column was the measures')."""
    head = ("重点工作", "工作举措", "责任单位", "完成时限")
    if source == "docx":
        result = imported(_plan(tmp_path / "plan.docx", head, (3, 5.5, 2.6, 2.4), ROWS, False), tmp_path, documents=True)
        data = data_of(result)
    else:
        table = HEADED_TABLES[source].replace("任务名称", head[0]).replace("具体措施", head[1])
        data = _import(tmp_path, "plan.txt", HEADED.format(table=table))[1]
    assert [task["task"] for task in data["tasks"]] == HEADED_TASKS
    assert [task["content"] for task in data["tasks"]] == [[measure] for _, measure, _, _ in ROWS]
