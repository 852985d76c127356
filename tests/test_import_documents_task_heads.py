"""Work plans and summaries in more shapes: a task table whose every row prints one deadline (全年 in each, a table
of one task), a task table as the second attachment, a head of two rows (责任单位 over 牵头单位 and 配合单位), many parts
about the work, parts numbered ⅰ、 ⅱ、 or 第一、 第二、. The inputs are written for these tests."""
from __future__ import annotations

import re

import docx
import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, libreoffice_pdf, render_source
from test_import_documents_shapes import _import

PLUGINS = load_plugins()

PLAN = """
清河县交通运输局2024年政务公开工作要点

为做好今年交通运输领域的政务公开，结合本局的职责，制定本要点。

{first}工作目标

到年底，农村公路和客运班线信息按事项目录全部公开。

{second}主要任务

{tasks}

{third}保障措施

局办公室负责统筹协调。

清河县交通运输局
2024年1月8日
"""
TASKS = (("公开农村公路建设信息", "每季度公布在建项目的进度。", "建设股"),
         ("公开客运班线调整信息", "调整前十日在网站公告。", "运输股"),
         ("公开行政执法信息", "处罚决定在作出后七日内公开。", "执法大队"))


def _rows(deadlines: list[str]) -> str:
    return "".join(f"<tr><td>{k + 1}</td><td>{task}</td><td>{text}</td><td>{unit}</td><td>{deadline}</td></tr>"
                   for k, ((task, text, unit), deadline) in enumerate(zip(TASKS, deadlines)))


def _table_plan(rows: str, head: str = "<tr><th>序号</th><th>工作任务</th><th>具体措施</th><th>责任单位</th><th>完成时限</th></tr>") -> str:
    return PLAN.format(first="一、", second="二、", third="三、", tasks=f"<table>{head}{rows}</table>")


def _as_docx(path, text: str):
    """``text`` as a DOCX: each line a paragraph, a <table> line a table of its <td>/<th> cells."""
    document = docx.Document()
    for line in text.strip().split("\n"):
        if line.startswith("<table>"):
            cells = [re.findall(r"<t[hd]>([^<]*)</t[hd]>", row) for row in re.findall(r"<tr>(.*?)</tr>", line)]
            table = document.add_table(rows=len(cells), cols=len(cells[0]))
            for i, row in enumerate(cells):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        elif line:
            document.add_paragraph(line)
    document.save(path)
    return path


def _as_txt(text: str) -> str:
    """``text`` as a text copy: a table's rows as lines of cells parted by tabs."""
    return re.sub(r"<table>.*?</table>", lambda table: "\n".join(
        "\t".join(re.findall(r"<t[hd]>([^<]*)</t[hd]>", row)) for row in re.findall(r"<tr>(.*?)</tr>", table.group())),
        text)


def _imported(tmp_path, kind: str, text: str):
    if kind == "docx":
        result = imported(_as_docx(tmp_path / "plan.docx", text), tmp_path, PLUGINS, documents=True)
        return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))
    return _import(tmp_path, f"plan.{kind}", _as_txt(text) if kind == "txt" else text)


# 1, 2. A deadline every row of the task table prints -----------------------------------------------------------------

@pytest.mark.parametrize("kind", ("html", "docx", "txt"))
@pytest.mark.parametrize("deadlines", (["全年", "全年", "全年"], ["2024年6月底前"], ["全年"]),
                         ids=("all-year-in-each", "one-task", "one-task-all-year"))
def test_a_deadline_every_row_prints_is_each_tasks_own(tmp_path, kind, deadlines):
    """全年 printed for each task came back as no deadline at all (the default's words: in no task's data), a one-task
    table's deadline as the table's ``default_deadline``; now each task keeps it, as printed."""
    result, data = _imported(tmp_path, kind, _table_plan(_rows(deadlines)))
    assert [(t["task"], t.get("deadline")) for t in data["tasks"]] == [
        (task, deadline) for (task, _, _), deadline in zip(TASKS, deadlines)]
    assert data["task_table"] == {"place": "inline"}
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("fmt", ("docx", "html"))
def test_a_plan_whose_tasks_each_say_all_year_comes_back_so(tmp_path, fmt):
    """Rendered with its task table and imported back: each task's 全年, and a single task's own deadline, are the
    tasks' again, not lost nor taken for the table's default."""
    for deadlines in (["全年", "全年"], ["2024-06"]):
        plan = {"kind": "work-plan", "year": 2024, "agency": "清河县交通运输局",
                "requirements": ["到年底，农村公路和客运班线信息按事项目录全部公开。"],
                "tasks": [{"task": task, "content": [text], "lead": unit, "deadline": deadline}
                          for (task, text, unit), deadline in zip(TASKS, deadlines)],
                "safeguards": ["局办公室负责统筹协调。"], "task_table": {"place": "attachment"}, "date": "2024-01-08"}
        folder = tmp_path / str(len(deadlines))
        folder.mkdir()
        source = folder / "plan.yaml"
        source.write_text(yaml.safe_dump(plan, allow_unicode=True), encoding="utf-8")
        data = yaml.safe_load(imported(render_source(source, fmt, folder, PLUGINS), folder, PLUGINS,
                                       documents=True).target.read_text(encoding="utf-8"))
        assert [t.get("deadline") for t in data["tasks"]] == (["全年", "全年"] if len(deadlines) > 1 else ["2024年6月"])
        assert data["task_table"] == {"place": "attachment"}


@pytest.mark.parametrize("deadlines, own", ((["2024年12月", "2024年12月", "2024年6月"], [None, None, "2024年6月"]),
                                            (["2024年12月", "2024年12月"], [None, None]),
                                            (["全年", "全年", "2024年6月"], [None, None, "2024年6月"])))
def test_a_deadline_most_rows_of_several_tasks_share_is_still_the_default(tmp_path, deadlines, own):
    """A guard: the deadline most rows of several tasks share stays the table's default, the others each task's own
    (passes on the old code too)."""
    result, data = _imported(tmp_path, "html", _table_plan(_rows(deadlines)))
    assert [t.get("deadline") for t in data["tasks"]] == own
    default = {"default_deadline": deadlines[0]} if deadlines[0] != "全年" else {}
    assert data["task_table"] == {"place": "inline", **default}


# 3. The task table as the second attachment --------------------------------------------------------------------------

ATTACHED = """
附件：1.政务公开工作联系人名单
2.主要任务分解表

清河县交通运输局
2024年1月8日

附件{contacts}

政务公开工作联系人名单

<table><tr><th>股室</th><th>联系人</th></tr><tr><td>建设股</td><td>王明</td></tr><tr><td>运输股</td><td>李华</td></tr></table>

附件{table}

主要任务分解表

<table><tr><th>序号</th><th>工作任务</th><th>具体措施</th><th>责任单位</th><th>完成时限</th></tr>{rows}</table>
"""


@pytest.mark.parametrize("kind", ("html", "docx", "txt"))
def test_a_task_table_after_another_attachment_keeps_its_number(tmp_path, kind):
    """附件1 a list of contacts, 附件2 the task table: the data had no place for the table's number and reportkit
    printed it as 附件1, which the import left unsaid; now the number is kept (``task_table.attachment``), no finding."""
    text = PLAN.format(first="一、", second="二、", third="三、", tasks="（一）公开农村公路建设信息。每季度公布在建项目的进度。") \
        .replace("清河县交通运输局\n2024年1月8日\n", "") + ATTACHED.format(contacts=1, table=2, rows=_rows(["全年", "2024年6月"]))
    result, data = _imported(tmp_path, kind, text)
    assert [a["title"] for a in data["attachments"]] == ["政务公开工作联系人名单"]
    assert data["task_table"] == {"place": "attachment", "attachment": 2, "title": "主要任务分解表"}
    assert not [f for f in result.findings if f.rule == "attachments"]


# 4. Many parts about the work ----------------------------------------------------------------------------------------

MANY_PARTS = """
清河县水利局2023年政务公开工作总结

今年我局把水利工程的建设和管理信息作为公开的重点，各项工作按计划完成。

一、主动公开情况

全年在网站发布各类信息312条，其中工程建设信息87条。

二、依申请公开办理情况

全年受理政府信息公开申请9件，均在法定期限内答复。

三、政策解读工作

围绕河湖长制发布解读材料6篇。

四、平台建设情况

完成网站适老化改造，新开设防汛专栏。

五、监督保障工作

把政务公开纳入年度目标考核，开展培训2次。

六、存在的问题

个别栏目更新不够及时，信息的可读性还要提高。

七、下一步工作打算

明年将进一步规范栏目设置，提高更新频率。

八、其他需要报告的事项

本年度未收取信息处理费。

清河县水利局
2024年1月8日
"""


@pytest.mark.parametrize("name", ("summary.txt", "summary.docx", "summary.html"))
def test_parts_about_the_work_one_after_another_are_said_once(tmp_path, name):
    """Four more parts about the work after the first: four findings, each saying a part “与前面一部分同名” that had
    another name; now one names them all, and the data is as before."""
    result, data = _import(tmp_path, name, MANY_PARTS)
    assert [item["heading"] for item in data["work"][1:]] == ["依申请公开办理情况", "政策解读工作", "平台建设情况", "监督保障工作"]
    assert data["plan"][1] == {"heading": "其他需要报告的事项", "content": ["本年度未收取信息处理费。"]}
    assert [f.message for f in result.findings] == [
        "“二、依申请公开办理情况”“三、政策解读工作”“四、平台建设情况”“五、监督保障工作”不是工作总结的部分之一"
        "（前面已有“主动公开情况”这一部分），已依次作为“主动公开情况”部分的小标题导入：请核对，应归入别处的移过去",
        "“八、其他需要报告的事项”不是工作总结的部分之一，已作为“下一步工作打算”部分的小标题导入：请核对，应归入别处的移过去"]
    assert result.ok, result.diagnostics


# 5. Parts numbered in lower-case Roman numerals ----------------------------------------------------------------------

@pytest.mark.parametrize("name", ("summary.txt", "summary.docx"))
@pytest.mark.parametrize("numbers", [("ⅰ、", "ⅱ、", "ⅲ、"), ("i. ", "ii. ", "iii. "), ("ⅰ.", "ⅱ.", "ⅲ.")])
def test_a_summarys_parts_numbered_in_lower_case_roman_numerals(tmp_path, name, numbers):
    """ⅰ、 ⅱ、 ⅲ、 (or i. ii. typed in Latin letters) were no parts: the whole summary was its preamble and its parts
    placeholders; now they are its parts, as Ⅰ、 Ⅱ、 are."""
    text = (f"东安县市场监督管理局2023年政务公开工作总结\n2023年，我局围绕市场监管中心工作推进政务公开。\n"
            f"{numbers[0]}主要工作及成效\n全年在县政府门户网站发布信息412条。\n{numbers[1]}存在的问题\n信息报送不够及时。\n"
            f"{numbers[2]}下一步工作打算\n每半年组织一次业务培训。\n东安县市场监督管理局\n2024年1月12日\n")
    result, data = _import(tmp_path, name, text.replace("\n", "\n\n"))
    assert data["preamble"] == ["2023年，我局围绕市场监管中心工作推进政务公开。"]
    assert (data["work"], data["problems"], data["plan"]) == (
        ["全年在县政府门户网站发布信息412条。"], ["信息报送不够及时。"], ["每半年组织一次业务培训。"])
    assert data["headings"] == {"work": "主要工作及成效", "plan": "下一步工作打算"}
    assert result.ok, result.diagnostics


# 6. A task table's head of two rows ----------------------------------------------------------------------------------

TWO_ROWS = [("1", "公开财政预决算信息", "部门预决算在批复后二十日内公开。", "县财政局", "县审计局、各乡镇", "2024年6月底前"),
            ("2", "公开重大建设项目信息", "项目批准和施工信息按环节公开。", "县发展改革局", "县住建局", "全年"),
            ("3", "做好政策解读", "重要政策文件与解读材料同步发布。", "县政府办", "", "2024年12月")]
TWO_ROWS_TASKS = [
    {"task": "公开财政预决算信息", "content": ["部门预决算在批复后二十日内公开。"], "lead": "县财政局",
     "support": ["县审计局", "各乡镇"], "deadline": "2024年6月底前"},
    {"task": "公开重大建设项目信息", "content": ["项目批准和施工信息按环节公开。"], "lead": "县发展改革局", "support": ["县住建局"]},
    {"task": "做好政策解读", "content": ["重要政策文件与解读材料同步发布。"], "lead": "县政府办", "deadline": "2024年12月"}]


def _two_row_head(tmp_path, kind: str):
    """A plan whose task table's head is two rows: 责任单位 across 牵头单位 and 配合单位, its other cells merged down."""
    lines = PLAN.format(first="一、", second="二、", third="三、", tasks="TABLE").strip().split("\n")
    at = lines.index("TABLE")
    if kind == "html":
        head = ('<tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td rowspan="2">具体措施</td>'
                '<td colspan="2">责任单位</td><td rowspan="2">完成时限</td></tr><tr><td>牵头单位</td><td>配合单位</td></tr>')
        lines[at] = "<table>" + head + "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in TWO_ROWS) + "</table>"
        return _import(tmp_path, "plan.html", "\n".join(lines))
    if kind == "txt":
        lines[at:at + 1] = ["序号\t工作任务\t具体措施\t责任单位\t\t完成时限", "\t\t\t牵头单位\t配合单位\t"] + [
            "\t".join(row) for row in TWO_ROWS]
        return _import(tmp_path, "plan.txt", "\n".join(lines))
    document = docx.Document()
    for line in lines[:at]:
        document.add_paragraph(line)
    table = document.add_table(rows=len(TWO_ROWS) + 2, cols=6)
    table.style = "Table Grid"
    for j, text in enumerate(("序号", "工作任务", "具体措施", "责任单位", "", "完成时限")):
        table.cell(0, j).text = text
    table.cell(1, 3).text, table.cell(1, 4).text = "牵头单位", "配合单位"
    for j in (0, 1, 2, 5):
        table.cell(0, j).merge(table.cell(1, j))
    table.cell(0, 3).merge(table.cell(0, 4))
    for i, row in enumerate(TWO_ROWS):
        for j, text in enumerate(row):
            table.cell(i + 2, j).text = text
    for line in lines[at + 1:]:
        document.add_paragraph(line)
    source = tmp_path / "plan.docx"
    document.save(source)
    if kind == "pdf":
        source = libreoffice_pdf(source)
    result = imported(source, tmp_path, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("kind", ("html", "docx", "txt", "pdf"))
def test_a_task_tables_head_of_two_rows(tmp_path, kind):
    """责任单位 over 牵头单位 and 配合单位: the head's second row was a task (“工作任务”, lead 牵头单位, deadline 完成时限)
    and every 配合单位 was dropped in silence; now the head is both rows, and the 配合单位 are each task's support."""
    result, data = _two_row_head(tmp_path, kind)
    assert data["tasks"] == TWO_ROWS_TASKS
    assert data["task_table"] == {"place": "inline"}
    assert result.ok, result.diagnostics


# 7. Parts numbered 第一、 第二、 --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ("plan.txt", "plan.docx", "plan.html"))
@pytest.mark.parametrize("numbers", [("第一、", "第二、", "第三、"), ("第一，", "第二，", "第三，")])
def test_a_plans_parts_numbered_as_ordinals(tmp_path, name, numbers):
    """第一、工作目标 … were no parts: all of the plan was its preamble and every part a placeholder (errors); now they
    are its parts."""
    tasks = "（一）公开农村公路建设信息。每季度公布在建项目的进度。\n\n责任单位：建设股；完成时限：全年"
    result, data = _import(tmp_path, name, PLAN.format(first=numbers[0], second=numbers[1], third=numbers[2], tasks=tasks))
    assert data["preamble"] == ["为做好今年交通运输领域的政务公开，结合本局的职责，制定本要点。"]
    assert data["requirements"] == ["到年底，农村公路和客运班线信息按事项目录全部公开。"]
    assert data["tasks"] == [{"task": "公开农村公路建设信息", "content": ["每季度公布在建项目的进度。"], "lead": "建设股",
                              "deadline": "全年"}]
    assert data["safeguards"] == ["局办公室负责统筹协调。"]
    assert data["headings"] == {"requirements": "工作目标", "safeguards": "保障措施"}
    assert result.ok, result.diagnostics


def test_ordinals_under_a_part_stay_its_text(tmp_path):
    """A guard: 第一，第二， opening paragraphs under a part numbered 一、 are its text, not parts (passes on the old
    code too)."""
    tasks = "（一）公开农村公路建设信息。每季度公布在建项目的进度。\n\n责任单位：建设股"
    text = PLAN.format(first="一、", second="二、", third="三、", tasks=tasks).replace(
        "局办公室负责统筹协调。", "第一，加强领导\n\n第二，强化督查")
    result, data = _import(tmp_path, "plan.txt", text)
    assert data["safeguards"] == ["第一，加强领导", "第二，强化督查"]


# 8. A summary's parts dated in Chinese numerals -----------------------------------------------------------------------

DATED_IN_WORDS = """
清河县水利局二〇二四年政务公开工作总结

二〇二四年，我局把水利工程的建设和管理信息作为公开重点，各项工作按计划完成。

一、二〇二四年工作开展情况

（一）主动公开。全年在网站发布信息312条，同比增加12.6%。

（二）依申请公开。全年受理申请9件，均按期答复。

二、存在的问题

一是个别栏目更新不够及时；二是解读材料的可读性不强。

三、{plan}

一是规范栏目设置；二是每半年组织一次培训。

清河县水利局
二〇二五年一月十日
"""


@pytest.mark.parametrize("name", ("summary.txt", "summary.docx", "summary.html"))
@pytest.mark.parametrize("plan", ("二〇二五年重点工作", "下一步工作打算"))
def test_a_summarys_parts_dated_in_chinese_numerals(tmp_path, name, plan):
    """“三、二〇二五年重点工作” names the next year as 2025年重点工作 does: it was a second work part, taken in as a
    subheading of 存在的问题 (the plan lost); now it is the plan."""
    result, data = _import(tmp_path, name, DATED_IN_WORDS.format(plan=plan))
    assert (data["year"], str(data["date"])) == (2024, "2025-01-10")
    assert data["headings"] == {"work": "二〇二四年工作开展情况", "plan": plan}
    assert [item["heading"] for item in data["work"]] == ["主动公开", "依申请公开"]
    assert data["problems"] == ["一是个别栏目更新不够及时；二是解读材料的可读性不强。"]
    assert data["plan"] == ["一是规范栏目设置；二是每半年组织一次培训。"]
    assert not result.findings, [f.message for f in result.findings]
    assert result.ok, result.diagnostics


# 9. A part naming none after the tasks --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ("plan.txt", "plan.docx", "plan.html"))
def test_a_part_naming_none_after_the_tasks_is_kept(tmp_path, name):
    """“三、工作步骤” right after the tasks went, as a subheading, into the tasks part's narrative, which the data has no
    place for: its text was lost, and the finding said it was imported; now it is a subheading at the end of 保障措施
    (printed after the tasks, as it stood: test_documents_s45H), as the finding says."""
    tasks = "（一）公开农村公路建设信息。每季度公布在建项目的进度。\n\n责任单位：建设股；完成时限：全年\n\n三、工作步骤\n\n" \
            "三月底前制定分工方案，十一月底前开展自查。"
    result, data = _import(tmp_path, name, PLAN.format(first="一、", second="二、", third="四、", tasks=tasks))
    assert data["safeguards"] == ["局办公室负责统筹协调。", {
        "heading": "工作步骤", "content": ["三月底前制定分工方案，十一月底前开展自查。"]}]
    assert [t["task"] for t in data["tasks"]] == ["公开农村公路建设信息"]
    assert [f.message for f in result.findings] == [
        "“三、工作步骤”不是工作方案的部分之一，已作为“保障措施”部分的小标题导入：请核对，应归入别处的移过去"]
    assert result.ok, result.diagnostics
