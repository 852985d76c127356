"""Work plans and summaries in more shapes: a date in brackets under the title (（2024年1月8日）, ……审议通过）, beside a
发文字号, under a 署名, under a notice's title), deadlines kept as printed, a sentence on the task table over it in the
tasks part. The inputs are written for these tests."""
from __future__ import annotations

import re

import docx
import pytest

from _import_helpers import data_of, imported
from test_import_documents_shapes import _import, _said

PLAN = """
清河县交通运输局2024年政务公开工作要点
{under}

为做好今年交通运输领域的政务公开，结合本局的职责，制定本要点。

一、总体要求

坚持以公开为常态，围绕群众出行的关切推进公开。

二、主要任务

（一）公开农村公路建设信息。每季度公布在建农村公路项目的进度。

责任单位：建设股；完成时限：2024年12月底前

（二）公开客运班线调整信息。班线调整前十日在网站公告。

责任单位：运输股；完成时限：2024-12

三、保障措施

局办公室负责统筹协调。
{end}"""

SUMMARY = """
清河县水利局2023年政务公开工作总结
{under}

今年我局把水利工程的建设和管理信息作为公开的重点，各项工作按计划完成。

一、工作开展情况

全年公开在建工程项目信息27条，工程进度每月更新一次。

二、存在的问题

个别栏目更新不够及时，信息的可读性还要提高。
{end}"""


@pytest.mark.parametrize("name", ("plan.txt", "plan.docx", "plan.html"))
@pytest.mark.parametrize("under, date, said", (
    ("（2024年1月8日）", "2024-01-08", ""),
    ("（2024年1月8日印发）", "2024-01-08", ""),
    ("（2023年12月29日县政府第15次常务会议审议通过）", "2023-12-29", "“县政府第15次常务会议审议通过”没有导入"),
    ("清交发〔2024〕3号\n（2024年1月8日）", "2024-01-08", "{number: 清交发〔2024〕3号,"),
    ("（2024年1月8日）\n清交发〔2024〕3号", "2024-01-08", "{number: 清交发〔2024〕3号,"),
    ("（清交发〔2024〕3号 2024年1月8日印发）", "2024-01-08", "{number: 清交发〔2024〕3号,"),
), ids=("date", "issued", "passed", "number-over", "number-under", "number-beside"))
def test_a_date_in_brackets_under_a_plans_title_is_its_date(tmp_path, name, under, date, said):
    """The bracketed line under the title was the preamble's first paragraph and the plan had no date (WP4); now it is
    the plan's 成文日期, and what else it says (a meeting, a 发文字号) is said, not dropped."""
    result, data = _import(tmp_path, name, PLAN.format(under=under, end=""))
    assert str(data["date"]) == date
    assert data["preamble"] == ["为做好今年交通运输领域的政务公开，结合本局的职责，制定本要点。"]
    assert data["title"] == "清河县交通运输局2024年政务公开工作要点"
    if said:
        assert _said(result, said), [f.message for f in result.findings]
    else:
        assert not result.findings, [f.message for f in result.findings]
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("end, date, said", (
    ("清河县水利局\n2024年1月10日", "2024-01-10", "2024年1月10日，date 按文末的导入（两个日期不同，请核对）"),
    ("清河县水利局\n2024年1月8日", "2024-01-08", "2024年1月8日，date 按文末的导入"),
    ("", "2024-01-08", ""),
), ids=("another-at-the-end", "the-same-at-the-end", "none-at-the-end"))
def test_a_summarys_date_in_brackets_and_one_at_its_end(tmp_path, end, date, said):
    """A summary's bracketed date under its title is its 成文日期 where its end has none; where the end has one, that
    one is kept (GB/T 9704 prints it there) and the line under the title is said."""
    result, data = _import(tmp_path, "summary.txt", SUMMARY.format(under="（2024年1月8日）", end=end))
    assert (str(data["date"]), data["year"], data["agency"]) == (date, 2023, "清河县水利局")
    assert data["preamble"] == ["今年我局把水利工程的建设和管理信息作为公开的重点，各项工作按计划完成。"]
    assert _said(result, "标题下的“（2024年1月8日）”未导入") == ([f"标题下的“（2024年1月8日）”未导入：文末有成文日期 {said}"]
                                                             if said else [])
    assert result.ok, result.diagnostics


def test_a_date_in_brackets_centred_under_the_title(tmp_path):
    """Centred under a centred title in a DOCX or a web page, the bracketed date was read as the title's last line
    (“……工作要点\\n（2024年1月8日）”); now it is the date, the title its own."""
    lines = [line for line in PLAN.format(under="（2024年1月8日）", end="").strip().split("\n") if line]
    document = docx.Document()
    for n, line in enumerate(lines):
        document.add_paragraph(line).alignment = 1 if n < 2 else None
    document.save(tmp_path / "centred.docx")
    page = "".join(f'<p style="text-align:center">{line}</p>' for line in lines[:2]) + "".join(
        f"<p>{line}</p>" for line in lines[2:])
    (tmp_path / "centred.html").write_text(f"<html><head><meta charset='utf-8'></head><body>{page}</body></html>",
                                           encoding="utf-8")
    for name in ("centred.docx", "centred.html"):
        result = imported(tmp_path / name, tmp_path, documents=True)
        data = data_of(result)
        assert (data["title"], str(data["date"])) == ("清河县交通运输局2024年政务公开工作要点", "2024-01-08"), name
        assert data["preamble"] == ["为做好今年交通运输领域的政务公开，结合本局的职责，制定本要点。"], name


def test_a_date_in_brackets_under_the_plans_title_after_its_notice(tmp_path):
    """A notice, then the plan's title with its date in brackets: the plan's date, the notice's its own."""
    notice = ("清河县交通运输局关于印发2024年政务公开工作要点的通知\n\n局机关各股室：\n\n"
              "现将《清河县交通运输局2024年政务公开工作要点》印发给你们，请结合各自职责抓好落实。\n\n"
              "清河县交通运输局\n2024年1月10日\n")
    result, data = _import(tmp_path, "plan.txt", notice + PLAN.format(under="（2024年1月8日）", end=""))
    assert str(data["notice"]["date"]) == "2024-01-10" and str(data["date"]) == "2024-01-08"
    assert data["preamble"] == ["为做好今年交通运输领域的政务公开，结合本局的职责，制定本要点。"]
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("name", ("summary.txt", "summary.docx", "summary.html"))
def test_a_signature_over_a_date_in_brackets_under_the_title(tmp_path, name):
    """The organ, then the date in brackets under the title: both were the preamble's first paragraphs and the date a
    placeholder; now they are the 署名 and the 成文日期."""
    result, data = _import(tmp_path, name, SUMMARY.format(under="清河县水利局\n（2024年1月8日）", end=""))
    assert (str(data["date"]), data["agency"], data["year"]) == ("2024-01-08", "清河县水利局", 2023)
    assert data["preamble"] == ["今年我局把水利工程的建设和管理信息作为公开的重点，各项工作按计划完成。"]
    assert result.ok, result.diagnostics


DEADLINES = ("2024-12", "2024.12", "2024年12月底前", "2024.11.20", "二〇二四年十一月二十日", "2024年11月20日")


@pytest.mark.parametrize("name", ("plan.txt", "plan.docx", "plan.html"))
def test_deadlines_are_kept_as_printed(tmp_path, name):
    """Each 完成时限 as the plan prints it, in its text and in its task table: a full date was turned into a date
    (二〇二四年十一月二十日 then printed 2024年11月20日, 2024.11.20 kept no more as written); now the data keeps the words,
    which reportkit prints as it printed a date."""
    tasks = "".join(f"（{'一二三四五六'[k]}）公开第{k + 1}类交通信息。每月更新一次。\n\n责任单位：运输股；完成时限：{d}\n\n"
                    for k, d in enumerate(DEADLINES))
    text = PLAN.format(under="", end="").replace(PLAN.split("二、主要任务")[1].split("三、")[0], "\n\n" + tasks)
    result, data = _import(tmp_path, name, text)
    assert [t["deadline"] for t in data["tasks"]] == list(DEADLINES)
    assert result.ok, result.diagnostics
    rows = "".join(f"<tr><td>{k + 1}</td><td>公开第{k + 1}类交通信息</td><td>每月更新一次。</td><td>运输股</td><td>{d}</td></tr>"
                   for k, d in enumerate(DEADLINES))
    page = PLAN.format(under="", end="").replace(PLAN.split("二、主要任务")[1].split("三、")[0], (
        "\n<table><tr><th>序号</th><th>工作任务</th><th>具体措施</th><th>责任单位</th><th>完成时限</th></tr>"
        f"{rows}</table>\n"))
    result, data = _import(tmp_path, "table.html", page)
    assert [t["deadline"] for t in data["tasks"]] == list(DEADLINES)
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("name", ("plan.docx", "plan.html"))
def test_a_sentence_on_the_task_table_before_it_in_the_tasks_part(tmp_path, name):
    """“重点任务及分工见下表。” over a task table in the body, the part's only text: it went to the end of 总体要求 (a
    finding) and printed there, far from the table; now it is ``tasks_after``, printed over the table, said."""
    rows = "".join(f"<tr><td>{k}</td><td>{task}</td><td>{text}</td><td>{unit}</td><td>全年</td></tr>" for k, task, text, unit in (
        (1, "公开农村公路建设信息", "每季度公布进度。", "建设股"), (2, "公开客运班线调整信息", "调整前十日公告。", "运输股")))
    lines = PLAN.format(under="", end="").replace(PLAN.split("二、主要任务")[1].split("三、")[0], (
        "\n今年的重点任务及分工见下表。\n<table><tr><th>序号</th><th>工作任务</th><th>具体措施</th><th>责任单位</th>"
        f"<th>完成时限</th></tr>{rows}</table>\n"))
    if name.endswith(".docx"):
        document = docx.Document()
        for line in lines.strip().split("\n"):
            if line.startswith("<table>"):
                cells = [re.findall(r"<t[hd]>([^<]*)</t[hd]>", row) for row in re.findall(r"<tr>(.*?)</tr>", line)]
                table = document.add_table(rows=len(cells), cols=5)
                for i, row in enumerate(cells):
                    for j, cell in enumerate(row):
                        table.cell(i, j).text = cell
            elif line:
                document.add_paragraph(line)
        document.save(tmp_path / name)
        result = imported(tmp_path / name, tmp_path, documents=True)
        data = data_of(result)
    else:
        result, data = _import(tmp_path, name, lines)
    assert data["tasks_after"] == ["今年的重点任务及分工见下表。"]
    assert data["requirements"] == ["坚持以公开为常态，围绕群众出行的关切推进公开。"]
    assert [t["task"] for t in data["tasks"]] == ["公开农村公路建设信息", "公开客运班线调整信息"]
    assert _said(result, "“今年的重点任务及分工见下表。”说的是全部任务：已作为 tasks_after")
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("end", ("清河县交通运输局\n2024年1月10日\n", ""), ids=("dated-at-the-end", "undated"))
def test_a_date_in_brackets_under_the_notices_title(tmp_path, end):
    """The notice's date in brackets under its title: it was the notice's first paragraph, and the 主送机关 under it
    went into the body; now it is the notice's date where its end has none, else said, the 主送机关 read."""
    notice = ("清河县交通运输局关于印发2024年政务公开工作要点的通知\n（2024年1月10日）\n\n局机关各股室：\n\n"
              f"现将《清河县交通运输局2024年政务公开工作要点》印发给你们，请结合各自职责抓好落实。\n\n{end}\n")
    result, data = _import(tmp_path, "plan.txt", notice + PLAN.format(under="", end=""))
    assert data["notice"]["addressee"] == "局机关各股室"
    assert data["notice"]["body"] == ["现将《清河县交通运输局2024年政务公开工作要点》印发给你们，请结合各自职责抓好落实。"]
    assert str(data["notice"]["date"]) == "2024-01-10"
    assert bool(_said(result, "标题下的“（2024年1月10日）”未导入")) == bool(end)
    assert result.ok, result.diagnostics


def test_a_period_in_brackets_under_the_title_is_no_date(tmp_path):
    """A period under the title (（2023年1月1日至12月31日）) dates no document: it stays the preamble's first paragraph."""
    result, data = _import(tmp_path, "summary.txt", SUMMARY.format(under="（2023年1月1日至12月31日）",
                                                                   end="清河县水利局\n2024年1月8日"))
    assert data["preamble"][0] == "（2023年1月1日至12月31日）" and str(data["date"]) == "2024-01-08"
    assert not _said(result, "标题下的")


DEEP_GROUPS = """
清河县人民政府办公室2024年政务公开工作要点

为进一步做好全县政务公开工作，结合本县实际，制定本要点。

一、深化重点领域信息公开

围绕群众关心的财政和项目信息加大公开力度。

（一）财政信息公开

1.公开财政预决算信息。各部门预决算在批复后二十日内公开。（责任单位：县财政局、县审计局；完成时限：2024年12月底前）

2.公开政府债务信息。按季度公开政府债务限额和余额。（责任单位：县财政局；完成时限：每季度）

（二）建设项目信息公开

1.公开重大建设项目信息。项目的批准和实施信息按环节公开。（责任单位：县发展改革局；完成时限：2024-12）

二、加强政策解读回应

（一）做好政策解读

1.同步解读。重要政策文件与解读材料同步发布。（责任单位：县政府办；完成时限：长期坚持）

三、保障措施

县政府办负责统筹协调，各单位于每季度末报送工作进展。

清河县人民政府办公室
2024年2月20日
"""


@pytest.mark.parametrize("name", ("plan.txt", "plan.docx", "plan.html"))
def test_a_work_plans_groups_of_tasks_numbered_in_three_levels(tmp_path, name):
    """一、 groups, （一） tasks, 1. sub-items with their units, and no 主要任务 part: the groups were subheadings of 总体要求
    with every unit left in the text and the tasks a placeholder (an error); now （一） are the tasks and 1. their items,
    the groups' headings said (the data has no groups of tasks), a group's text over its first task at the end of 总体要求."""
    result, data = _import(tmp_path, name, DEEP_GROUPS)
    assert data["tasks"] == [
        {"task": "财政信息公开", "items": [
            {"task": "公开财政预决算信息", "content": ["各部门预决算在批复后二十日内公开。"], "lead": "县财政局",
             "support": ["县审计局"], "deadline": "2024年12月底前"},
            {"task": "公开政府债务信息", "content": ["按季度公开政府债务限额和余额。"], "lead": "县财政局", "deadline": "每季度"}]},
        {"task": "建设项目信息公开", "items": [
            {"task": "公开重大建设项目信息", "content": ["项目的批准和实施信息按环节公开。"], "lead": "县发展改革局",
             "deadline": "2024-12"}]},
        {"task": "做好政策解读", "items": [
            {"task": "同步解读", "content": ["重要政策文件与解读材料同步发布。"], "lead": "县政府办", "deadline": "长期坚持"}]}]
    assert data["requirements"] == ["围绕群众关心的财政和项目信息加大公开力度。"]
    assert _said(result, "这几个部分的标题没有导入") == [
        "方案没有“主要任务”一部分，“一、深化重点领域信息公开”“二、加强政策解读回应”不是方案的部分之一，其下（一）（二）……各项"
        "写有责任单位或完成时限：已作为“主要任务”导入，（一）（二）……各作为一项任务、其下的 1. 2. ……作为它的子项（items）；"
        "方案的数据里任务不分组，这几个部分的标题没有导入：请核对"]
    assert len(_said(result, "没有任务可归，已接在“总体要求”末尾")) == 1
    assert result.ok, result.diagnostics
