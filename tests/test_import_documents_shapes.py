"""Work plans and summaries in the shapes organs publish them: a summary's 署名 and 成文日期 under its title, numbered
items under a part merged as a subheading, units and deadline run on after a task's measure, a 发文字号 under a
notice's title, a 工作要点 whose parts are its groups of tasks, a task table's title broken by a web page's <br>. The
inputs are written for these tests."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()


def _import(folder: Path, name: str, text: str):
    """``text`` (lines; for a DOCX each a paragraph, for a page each a <p>) written as ``name`` and imported."""
    source = folder / name
    lines = text.strip().split("\n")
    if name.endswith(".docx"):
        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(source)
    elif name.endswith(".html"):
        body = "".join(line if line.startswith("<") else f"<p>{line}</p>" for line in lines if line)
        source.write_text(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>', encoding="utf-8")
    else:
        source.write_text(text, encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _said(result, words: str) -> list[str]:
    return [f.message for f in result.findings if words in f.message]


SIGNED_UNDER_TITLE = """
政务公开工作总结

清河县水利局
2024年1月8日

今年我局把水利工程的建设和管理信息作为公开的重点，各项工作按计划完成。

一、工作亮点

（一）工程信息公开。全年公开在建工程项目信息27条，工程进度每月更新一次。

（二）防汛信息发布。汛期通过网站和公众号发布雨情、水情信息93条。

二、存在的问题

个别栏目更新不够及时，信息的可读性还要提高。
"""


@pytest.mark.parametrize("name", ("summary.txt", "summary.docx"))
def test_a_summarys_signature_and_date_under_its_title(tmp_path, name):
    """The organ and the date printed under the title, as sites print a summary: they were the preamble's first two
    paragraphs, the agency and the date placeholders and the year unknown; now the 署名 and 成文日期, the year the
    date's year before."""
    result, data = _import(tmp_path, name, SIGNED_UNDER_TITLE)
    assert data["agency"] == "清河县水利局"
    assert str(data["date"]) == "2024-01-08"
    assert data["year"] == 2023
    assert data["preamble"] == ["今年我局把水利工程的建设和管理信息作为公开的重点，各项工作按计划完成。"]
    assert data["headings"] == {"work": "工作亮点"}
    assert [h["heading"] for h in data["work"]] == ["工程信息公开", "防汛信息发布"]
    assert _said(result, "总结年度按成文日期推定为 2023 年")
    assert result.ok, result.diagnostics


def test_a_summarys_signature_and_date_centred_under_its_title(tmp_path):
    """Centred under the title in a web page and a DOCX, the organ and the date were read as the title's lines (the
    agency “政务公开工作总结清河县水利局”, the year the date's); now they are the 署名 and 成文日期 there too."""
    lines = [line for line in SIGNED_UNDER_TITLE.strip().split("\n") if line]
    page = "<h1>{}</h1>".format(lines[0]) + "".join(f'<p style="text-align:center">{line}</p>' for line in lines[1:3])
    document = docx.Document()
    for n, line in enumerate(lines):
        document.add_paragraph(line).alignment = 1 if n < 3 else None  # WD_ALIGN_PARAGRAPH.CENTER
    document.save(tmp_path / "centred.docx")
    for name in ("centred.docx", "centred.html"):
        if name.endswith(".html"):
            (tmp_path / name).write_text("<html><head><meta charset='utf-8'></head><body>" + page
                                         + "".join(f"<p>{line}</p>" for line in lines[3:]) + "</body></html>",
                                         encoding="utf-8")
        result = imported(tmp_path / name, tmp_path, PLUGINS, documents=True)
        data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
        assert (data["title"], data["agency"], str(data["date"]), data["year"]) == \
            ("政务公开工作总结", "清河县水利局", "2024-01-08", 2023), name
        assert result.ok, result.diagnostics


PRACTICES = """
清河县自然资源局2022年政务公开工作总结

一、2022年工作开展情况

全年在县政府门户网站发布规划和征地信息共326条。

二、主要做法和经验

1.领导重视。局主要负责人每季度听取一次公开工作汇报。

2.审核把关。每条信息都经科室负责人和分管领导两级审核后发布。

三、存在的不足

一是个别科室报送信息不够主动。二是解读形式比较单一。

四、下一步工作打算

每半年组织一次信息员业务培训。

清河县自然资源局
2023年1月16日
"""


def test_numbered_items_under_a_part_taken_as_a_subheading_are_its_headings(tmp_path):
    """“主要做法和经验” is a second part about the work: it goes in as a subheading of the work part, where its
    “1.领导重视。……” items were paragraphs that kept their typed numbers; now each is a heading over its text, as in
    a part of its own."""
    result, data = _import(tmp_path, "summary.txt", PRACTICES)
    assert data["work"][1] == {"heading": "主要做法和经验", "content": [
        {"heading": "领导重视", "content": ["局主要负责人每季度听取一次公开工作汇报。"]},
        {"heading": "审核把关", "content": ["每条信息都经科室负责人和分管领导两级审核后发布。"]}]}
    assert data["headings"] == {"work": "2022年工作开展情况", "problems": "存在的不足", "plan": "下一步工作打算"}
    assert data["plan"] == ["每半年组织一次信息员业务培训。"]
    assert result.ok, result.diagnostics


NOTICE = """
清河县人民政府办公室关于印发清河县2024年政务公开工作要点的通知

清政办发〔2024〕7号

各乡镇人民政府，县政府各部门：

现将《清河县2024年政务公开工作要点》印发给你们，请认真抓好落实。

清河县人民政府办公室
2024年3月12日

清河县2024年政务公开工作要点

为做好今年全县政务公开工作，结合本县实际，制定本要点。

一、总体要求

坚持以公开为常态、不公开为例外。

二、重点任务

（一）加强政策解读。重要政策文件出台后三个工作日内发布解读材料。责任单位：县政府办公室；完成时限：2024年12月底前。

（二）推进基层政务公开标准化。每半年动态调整一次公开事项目录。牵头单位：县政府办公室；配合单位：各乡镇人民政府、县司法局；完成时限：全年

（三）优化政府网站管理。每季度检查一次网站，检查结果在网站公开。
责任单位：县融媒体中心
完成时限：持续推进

三、保障措施

各单位要明确一名分管负责人抓好公开工作。
"""


@pytest.mark.parametrize("name", ("plan.txt", "plan.docx", "plan.html"))
def test_units_and_deadline_run_on_after_a_tasks_measure(tmp_path, name):
    """“……。责任单位：……；完成时限：……” in the task's paragraph: the old import kept it in the measure and the task
    had no lead (an error, WP1); now they are its lead, support and deadline, as on a line of their own."""
    result, data = _import(tmp_path, name, NOTICE)
    assert data["tasks"] == [
        {"task": "加强政策解读", "content": ["重要政策文件出台后三个工作日内发布解读材料。"], "lead": "县政府办公室",
         "deadline": "2024年12月底前"},
        {"task": "推进基层政务公开标准化", "content": ["每半年动态调整一次公开事项目录。"], "lead": "县政府办公室",
         "support": ["各乡镇人民政府", "县司法局"], "deadline": "全年"},
        {"task": "优化政府网站管理", "content": ["每季度检查一次网站，检查结果在网站公开。"], "lead": "县融媒体中心",
         "deadline": "持续推进"}]
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("name", ("plan.txt", "plan.docx", "plan.html"))
def test_a_doc_number_under_the_notices_title_is_said_and_left_out(tmp_path, name):
    """The 发文字号 under the notice's title was its first paragraph, and the 主送机关 under it a second one; now the
    主送机关 is the notice's addressee and the number is a line of the 版头, offered to the redhead plugin: alone it
    makes no settings, and the finding gives them with the number read and the rest to fill."""
    result, data = _import(tmp_path, name, NOTICE)
    assert data["notice"]["addressee"] == "各乡镇人民政府，县政府各部门"
    assert data["notice"]["body"] == ["现将《清河县2024年政务公开工作要点》印发给你们，请认真抓好落实。"]
    assert "layout" not in data and "plugins" not in data
    assert _said(result, "版头") == [
        "版头和版记未导入：没有读出发文机关标志；没有读出印发机关；没有读出印发日期。要照原件印出，请在数据开头写上 layout: redhead "
        "和 plugins: {reportkit-gbt9704-redhead: {number: 清政办发〔2024〕7号, organ_mark: （发文机关标志）, printer: （印发机关）, "
        "printed_on: （印发日期）}}，再照原件填好括号里的各项"]


def test_a_doc_number_under_the_notices_title_without_the_redhead_plugin_says_it_would_read_it(tmp_path):
    from reportkit.testing import hidden

    source = tmp_path / "plan.txt"
    source.write_text(NOTICE, encoding="utf-8")
    with hidden("reportkit-gbt9704-redhead"):
        result = imported(source, tmp_path, load_plugins(), documents=True)
    assert _said(result, "发文字号") == [
        "标题之下的发文字号“清政办发〔2024〕7号”未导入：装上 reportkit-gbt9704-redhead 插件再导入，版头和版记会读进它的设置"
        "（layout: redhead），重新排版时照样印出"]


GROUPED = """
2024年政务公开工作要点

为抓好本局今年的政务公开工作，制定本要点。

一、深化重点领域信息公开

1.公开财政资金使用情况。部门预决算在批复后二十日内公开。责任单位：计财科；完成时限：2024年6月底前。

2.公开项目审批结果。审批结果在办结后七个工作日内上网。责任单位：审批科、法规科；完成时限：全年。

二、加强政策解读回应

1.做好政策解读。政策文件与解读材料同步起草、同步报批。责任单位：办公室；完成时限：长期坚持。

三、强化工作保障

各科室要把公开工作纳入年度考核。

清河县发展和改革局
2024年2月26日
"""


@pytest.mark.parametrize("name", ("plan.txt", "plan.docx"))
def test_a_work_plans_parts_that_group_its_tasks(tmp_path, name):
    """A 工作要点 without a 主要任务 part, its tasks listed under parts named for what they are about: the old import
    made the parts subheadings of 总体要求 (the units kept in the text) and left the tasks a placeholder; now each
    part is a task and its numbered items the task's, in a finding."""
    result, data = _import(tmp_path, name, GROUPED)
    assert data["tasks"] == [
        {"task": "深化重点领域信息公开", "items": [
            {"task": "公开财政资金使用情况", "content": ["部门预决算在批复后二十日内公开。"], "lead": "计财科",
             "deadline": "2024年6月底前"},
            {"task": "公开项目审批结果", "content": ["审批结果在办结后七个工作日内上网。"], "lead": "审批科",
             "support": ["法规科"], "deadline": "全年"}]},
        {"task": "加强政策解读回应", "items": [
            {"task": "做好政策解读", "content": ["政策文件与解读材料同步起草、同步报批。"], "lead": "办公室",
             "deadline": "长期坚持"}]}]
    assert data["safeguards"] == ["各科室要把公开工作纳入年度考核。"]
    assert data["headings"] == {"safeguards": "强化工作保障"}
    assert _said(result, "不是方案的部分之一") == [
        "方案没有“主要任务”一部分，“一、深化重点领域信息公开”“二、加强政策解读回应”不是方案的部分之一，其下编号的各项写有"
        "责任单位或完成时限：已作为“主要任务”导入，每一部分作为一项任务、其下各项作为它的子项（items）：请核对"]
    assert "requirements" in data  # none in the text: a placeholder, as before


def test_a_plans_parts_without_units_stay_subheadings(tmp_path):
    """Parts naming none of the plan's whose items give no units are no groups of tasks: subheadings, as before."""
    text = GROUPED.replace("责任单位：计财科；完成时限：2024年6月底前。", "").replace("责任单位：审批科、法规科；完成时限：全年。", "") \
        .replace("责任单位：办公室；完成时限：长期坚持。", "")
    result, data = _import(tmp_path, "plan.txt", text)
    assert not _said(result, "已作为“主要任务”导入")
    assert [h["heading"] for h in data["requirements"] if isinstance(h, dict)] == ["深化重点领域信息公开", "加强政策解读回应"]


TABLE_TITLE_BROKEN = """
清河县交通运输局2019年政务公开工作实施方案
一、总体要求
以群众需求为导向，做到应公开尽公开。
二、主要任务
（一）公开重点项目进展。按季度公布县道改造工程的建设进度。
三、保障措施
各股室要落实专人负责。
附件：清河县交通运输局2019年政务公开工作主要任务分解表
<p style="text-align:right">清河县交通运输局</p><p style="text-align:right">2019年4月2日</p>
附件
<h2>清河县交通运输局<br>2019年政务公开工作主要任务分解表</h2>
<table border="1"><tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>公开重点项目进展</td><td>建设股</td><td>全年</td></tr></table>
"""


def test_a_task_tables_default_title_broken_in_a_web_page(tmp_path):
    """The default title of the task table, broken in two lines by a <br>, read with a space there: it was kept as a
    title of the table's own (莆田市环境保护局 2018年……, as a round trip of the example through -f html gave it); now it
    is seen to be the default, as from a DOCX or PDF. The table's one task keeps its own 全年 (no default of the
    table)."""
    result, data = _import(tmp_path, "plan.html", TABLE_TITLE_BROKEN)
    assert data["task_table"] == {"place": "attachment"}
    assert data["tasks"] == [{"task": "公开重点项目进展", "content": ["按季度公布县道改造工程的建设进度。"], "lead": "建设股",
                              "deadline": "全年"}]
    assert result.ok, result.diagnostics


SUBSECTIONS = """
清河县教育局2023年政务公开工作总结

一、2023年工作开展情况

全年主动公开各类信息215条，办理依申请公开5件。

二、主要做法

（一）健全工作机制

成立了由局长任组长的政务公开领导小组，各股室确定一名信息员。

（二）加强平台建设

对局门户网站的栏目作了调整，新设“教育收费”专栏。

三、存在的问题

个别学校的公开栏更新不及时。

清河县教育局
2024年1月12日
"""


def test_a_part_taken_as_a_subheading_keeps_its_own_subheadings(tmp_path):
    """“二、主要做法” goes in as a subheading of the work part; its （一）（二） headings were paragraphs keeping their
    typed numbers (printed as text under it); now they are its subheadings, one level down."""
    result, data = _import(tmp_path, "summary.txt", SUBSECTIONS)
    assert data["work"][1] == {"heading": "主要做法", "content": [
        {"heading": "健全工作机制", "content": ["成立了由局长任组长的政务公开领导小组，各股室确定一名信息员。"]},
        {"heading": "加强平台建设", "content": ["对局门户网站的栏目作了调整，新设“教育收费”专栏。"]}]}
    assert result.ok, result.diagnostics


def test_a_part_too_deep_to_go_one_level_down_keeps_its_text(tmp_path):
    """With （1） headings under its 1. ones, the part's headings cannot all go one level down (four levels at most):
    its （一） headings stay paragraphs, every text kept, as before (a guard, which passes on the old code too)."""
    text = SUBSECTIONS.replace("（二）加强平台建设", "1.完善制度\n\n（1）信息报送\n\n信息员每月报送一次信息。\n\n"
                               "（2）情况通报\n\n办公室每季度通报一次。\n\n（二）加强平台建设")
    result, data = _import(tmp_path, "summary.txt", text)
    assert data["work"][1]["content"][:2] == ["（一）健全工作机制", "成立了由局长任组长的政务公开领导小组，各股室确定一名信息员。"]
    kept = str(data["work"][1]["content"])
    assert all(words in kept for words in ("信息报送", "信息员每月报送一次信息。", "（二）加强平台建设", "新设“教育收费”专栏。"))
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("heading", ("2024年工作重点", "2024年重点工作"))
def test_a_summarys_part_naming_the_next_year_is_its_plan(tmp_path, heading):
    """“三、2024年工作重点” names no plan by its words (计划、打算……), and its 工作 made it a second work part, taken in
    as a subheading of the first; the next year in it says it is the plan."""
    text = SUBSECTIONS.replace("清河县教育局\n2024年1月12日", f"四、{heading}\n\n一是加强对学校公开工作的指导。\n\n清河县教育局\n2024年1月12日")
    result, data = _import(tmp_path, "summary.txt", text)
    assert data["plan"] == ["一是加强对学校公开工作的指导。"]
    assert data["headings"] == {"work": "2023年工作开展情况", "plan": heading}
    assert [h["heading"] for h in data["work"] if isinstance(h, dict)] == ["主要做法"]
    assert result.ok, result.diagnostics


def test_a_part_without_units_beside_the_groups_of_tasks_stays_a_subheading(tmp_path):
    """Only the parts whose items give units are groups of tasks: a part of background beside them stays a subheading
    (a task of it would have no lead, WP1)."""
    text = GROUPED.replace("一、深化重点领域信息公开", "一、工作背景\n\n去年全局公开信息的总量比上年有所增加。\n\n二、深化重点领域信息公开") \
        .replace("二、加强政策解读回应", "三、加强政策解读回应").replace("三、强化工作保障", "四、强化工作保障")
    result, data = _import(tmp_path, "plan.txt", text)
    assert [task["task"] for task in data["tasks"]] == ["深化重点领域信息公开", "加强政策解读回应"]
    assert data["requirements"] == [{"heading": "工作背景", "content": ["去年全局公开信息的总量比上年有所增加。"]}]


@pytest.mark.parametrize("numbers", [("一、", "二、", "三、"), ("Ⅰ、", "Ⅱ、", "Ⅲ、")])
def test_a_summary_s_parts_are_its_top_numbers_and_a_short_1_line_opens_none(tmp_path, numbers):
    """A summary's parts numbered Ⅰ、 Ⅱ、 are its parts (none was found: all of it was the preamble), and a short
    “1 健全机制” line under a part is a line of that part, not a part of its own."""
    text = (f"东安县市场监督管理局2023年政务公开工作总结\n2023年，我局围绕市场监管中心工作推进政务公开。\n"
            f"{numbers[0]}主要工作及成效\n全年在县政府门户网站发布信息412条。\n1 健全机制\n调整了政务公开工作领导小组。\n"
            f"{numbers[1]}存在的问题\n信息报送不够及时。\n{numbers[2]}2024年工作打算\n每半年组织一次业务培训。\n"
            "东安县市场监督管理局\n2024年1月12日\n")
    source = tmp_path / "summary.txt"
    source.write_text(text, encoding="utf-8")
    data = yaml.safe_load(imported(source, tmp_path, documents=True).target.read_text(encoding="utf-8"))
    assert data["work"] == ["全年在县政府门户网站发布信息412条。", "1 健全机制", "调整了政务公开工作领导小组。"]
    assert data["problems"] == ["信息报送不够及时。"] and data["plan"] == ["每半年组织一次业务培训。"]
