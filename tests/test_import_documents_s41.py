"""Work summaries titled with next year's 打算 or 思路, and task tables giving a task more measures than the text: the
inputs are written for these tests."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()


def _import(folder: Path, name: str, lines: list[str], rows: list[list[str]] = (), merged: bool = False):
    """``lines`` (paragraphs) and, after them, a task table of ``rows`` (its head first) written as ``name`` and imported;
    ``merged``: the 工作任务 and 责任单位 cells of the table's first two rows merged, as one task's two rows."""
    source = folder / name
    if name.endswith(".docx"):
        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
            for c in (1, 3) if merged else ():
                table.cell(1, c).merge(table.cell(2, c)).text = rows[1][c]
        document.save(source)
    elif name.endswith(".html"):
        body = "".join(f"<p>{line}</p>" for line in lines)
        cells = [[f"<td>{text}</td>" for text in row] for row in rows]
        for c in (1, 3) if merged else ():
            cells[1][c] = cells[1][c].replace("<td>", '<td rowspan="2">')
            cells[2][c] = ""
        table = "".join(f"<tr>{''.join(row)}</tr>" for row in cells)
        source.write_text(f'<html><head><meta charset="utf-8"></head><body>{body}<table border="1">{table}</table>'
                          "</body></html>", encoding="utf-8")
    else:
        source.write_text("\n\n".join(lines), encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _said(result, words: str) -> list[str]:
    return [f.message for f in result.findings if words in f.message]


def _summary(title: str, year: str, plan: str) -> list[str]:
    return [title, f"{year}，县档案馆以档案开放和利用信息为重点，把公开工作落到日常业务中。",
            f"一、{year}工作情况", "（一）开放目录公开。分两批向社会公布开放档案目录，累计2600余条。",
            "（二）查档服务公开。查档流程和所需材料在大厅和网站同步公布。",
            "二、存在的不足", "馆藏数字化进度偏慢，网上查档的覆盖面还不够。",
            f"三、{plan}", "（一）扩大开放范围。再审核一批到期档案，符合条件的按期开放。",
            "（二）推进网上查档。完成婚姻登记档案的数字化，提供网上预约查询。",
            "东岳县档案馆", "2024年1月9日"]


@pytest.mark.parametrize(("name", "title", "year", "plan"), [
    ("summary.txt", "东岳县档案馆二〇二三年政务公开工作总结和二〇二四年工作打算", "二〇二三年", "二〇二四年工作打算"),
    ("summary.docx", "东岳县档案馆2023年政务公开工作总结及2024年工作思路", "2023年", "2024年工作思路"),
    ("summary.html", "东岳县档案馆2023年政务公开工作总结暨下一步工作安排", "2023年", "下一步工作安排"),
])
def test_a_summary_titled_with_next_years_intentions_is_a_summary(tmp_path, name, title, year, plan):
    """A summary whose title names next year's 打算, 思路 or 安排 after its 工作总结 (和, 及, 暨): its title was no
    title, so the file was imported as an annual report (its parts under 其他需要报告的事项, the tables placeholders);
    now it is a work summary with its parts where they belong."""
    result, data = _import(tmp_path, name, _summary(title, year, plan))
    assert data["kind"] == "work-summary" and data["title"] == title
    assert data["agency"] == "东岳县档案馆" and data["year"] == 2023 and str(data["date"]) == "2024-01-09"
    assert [h["heading"] for h in data["work"]] == ["开放目录公开", "查档服务公开"]
    assert data["problems"] == ["馆藏数字化进度偏慢，网上查档的覆盖面还不够。"]
    assert [h["heading"] for h in data["plan"]] == ["扩大开放范围", "推进网上查档"]
    assert data["headings"]["plan"] == plan
    assert result.ok, result.diagnostics


PLAN = ["平川县水务局2024年政务公开工作实施方案", "为做好水务领域的信息公开，结合本局实际，制定本方案。",
        "一、总体要求", "以供水、防汛和河湖管理信息为重点，做到及时、准确、完整公开。",
        "二、主要任务",
        "（一）公开供水水质信息。每月公布城区供水水质检测结果。",
        "（二）发布防汛预警信息。汛期及时发布雨情、水情和预警信息。",
        "三、保障措施", "各股室落实专人负责，每季度报送一次公开情况。",
        "附件：平川县水务局2024年政务公开任务分解表"]
HEAD = ["序号", "工作任务", "具体措施", "责任单位", "完成时限"]


@pytest.mark.parametrize("name", ["plan.docx", "plan.html"])
def test_a_measure_the_table_gives_a_task_whose_text_lacks_it_is_said(tmp_path, name):
    """A task over two rows of the task table (its name and units merged down them), the second row's measure not in
    the text, which gave the task's measures: it was dropped without a word; now a finding quotes it, at its row, and
    names the task. The first row's measure, the text's but for its stop, is no finding."""
    rows = [HEAD, ["1", "公开供水水质信息", "每月公布城区供水水质检测结果", "供水股", "全年"],
            ["2", "公开供水水质信息", "二次供水设施的清洗消毒情况每半年公布一次。", "供水股", "全年"],
            ["3", "发布防汛预警信息", "汛期及时发布雨情、水情和预警信息。", "防汛办", "2024年9月底前"]]
    result, data = _import(tmp_path, name, PLAN, rows, merged=True)
    assert data["tasks"][0] == {"task": "公开供水水质信息", "content": ["每月公布城区供水水质检测结果。"], "lead": "供水股"}
    said = _said(result, "正文里没有这一句")
    assert len(said) == 1 and said[0].endswith(
        "分解表第 3 行的具体措施“二次供水设施的清洗消毒情况每半年公布一次。”是任务“公开供水水质信息”的，但这项任务的措施"
        "按正文导入，正文里没有这一句：没有导入，请核对，是它的措施的补进 content")
    assert data["tasks"][1]["content"] == ["汛期及时发布雨情、水情和预警信息。"]
    assert result.ok, result.diagnostics


def test_a_later_row_of_a_task_with_a_deadline_of_its_own_is_said(tmp_path):
    """A task over two rows of a copied task table (its name typed in the first only), each row with its deadline:
    the second row's was dropped without a word (the data has one per task); now a finding names both and the one
    imported, and says how to keep the other. Rows whose deadlines agree say nothing."""
    rows = ["序号\t工作任务\t具体措施\t责任单位\t完成时限",
            "1\t公开财政信息\t镇级预算在批复后20日内公开。\t财政所\t2025年6月底前",
            "2\t\t镇级决算在批复后20日内公开。\t财政所\t2025年9月底前",
            "3\t公开救助信息\t低保对象名单按季度公示。\t社会事务办\t长期坚持",
            "4\t\t临时救助情况按月公示。\t社会事务办\t长期坚持"]
    lines = ["松江镇2025年政务公开工作要点", "一、总体要求", "推进基层政务公开标准化规范化。", "二、重点任务",
             "\n".join(rows), "三、保障措施", "镇党政办每季度通报一次进展。"]
    result, data = _import(tmp_path, "plan.txt", lines)
    assert [(t["task"], t["content"], t["deadline"]) for t in data["tasks"]] == [
        ("公开财政信息", ["镇级预算在批复后20日内公开。", "镇级决算在批复后20日内公开。"], "2025年6月底前"),
        ("公开救助信息", ["低保对象名单按季度公示。", "临时救助情况按月公示。"], "长期坚持")]
    assert _said(result, "完成时限“") == [
        "分解表第 3 行的完成时限“2025年9月底前”与任务“公开财政信息”第一行的“2025年6月底前”不同：一项任务只有一个完成时限，"
        "已导入“2025年6月底前”：请核对，需要时把这一行写成这项任务的子项（items），写明它的 deadline"]
    assert result.ok, result.diagnostics


PAGED = """石门县司法局2024年政务公开工作要点

为做好今年司法行政领域的政务公开工作，制定本要点。

一、总体要求

以法律服务和普法宣传信息为重点，推动公开工作规范有序开展。

二、主要任务

（一）公开公共法律服务信息。在门户网站公布法律援助申请条件和各服务站点的地址电话，定期公布法律援助案件

— 2 —

办理数量，方便群众查询。

责任单位：公共法律服务股

（二）做好普法信息发布。按月发布普法宣传活动信息。

责任单位：普法股

三、保障措施

局办公室每季度检查一次各股室的公开情况。
"""


def test_a_task_run_in_with_its_measure_cut_by_a_pages_number_is_one_paragraph(tmp_path):
    """A copied PDF's paragraph opening with its task's name run in (（一）任务。措施……) and cut by the page's number:
    the page's number was left out but the paragraph read as two, its task's measure cut in the middle; now its
    two lines are one measure again, with the finding that says why."""
    result, data = _import(tmp_path, "plan.txt", [PAGED])
    assert data["tasks"][0]["content"] == [
        "在门户网站公布法律援助申请条件和各服务站点的地址电话，定期公布法律援助案件办理数量，方便群众查询。"]
    assert _said(result, "前后两行接成一句")
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("name", ["plan.txt", "plan.docx", "plan.html"])
def test_a_notice_title_under_its_organs_name_on_a_line_of_its_own(tmp_path, name):
    """A notice's title printed as the organ's name over 关于印发……的通知: the organ's line was left out as text before
    the title (in a finding), the notice's title losing it; now the two lines are the notice's title."""
    lines = ["川北县医疗保障局", "关于印发2024年政务公开工作要点的通知", "局各股室：",
             "现将《川北县医疗保障局2024年政务公开工作要点》印发给你们，请认真抓好落实。", "川北县医疗保障局", "2024年3月5日",
             "川北县医疗保障局2024年政务公开工作要点", "一、总体要求", "围绕医保待遇和基金使用信息，做好公开工作。",
             "二、主要任务", "（一）公开医保待遇政策。及时更新参保缴费和待遇享受的办事指南。", "责任单位：待遇保障股",
             "三、保障措施", "各股室明确专人，按时报送公开信息。"]
    result, data = _import(tmp_path, name, lines)
    assert data["notice"]["title"] == "川北县医疗保障局\n关于印发2024年政务公开工作要点的通知"
    assert not _said(result, "标题之前")
    assert data["agency"] == "川北县医疗保障局" and data["title"] == "川北县医疗保障局2024年政务公开工作要点"
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("name", ["plan.txt", "plan.docx"])
def test_a_unit_with_a_bracket_of_its_own_keeps_it(tmp_path, name):
    """Units named with a bracket of their own (各乡镇（街道）, 各村（社区）), on a line of units or in the brackets after
    a measure: the bracket's close was cut off with the stops around the value (各乡镇（街道); now only a bracket the
    value does not open is."""
    lines = ["平湖县2024年政务公开工作实施方案", "一、总体要求", "推进基层政务公开标准化规范化。", "二、主要任务",
             "（一）公开惠民补贴信息。补贴对象和发放金额按季度公示。", "责任单位：县财政局、各乡镇（街道）",
             "完成时限：长期坚持",
             "（二）公开民生保障信息。低保、特困供养对象名单按季度公示。（牵头单位：县民政局；配合单位：各村（社区）；"
             "完成时限：2024年6月底前）",
             "三、保障措施", "县政府办公室每半年通报一次各单位工作进展。"]
    result, data = _import(tmp_path, name, lines)
    assert [(t["lead"], t["support"], t["deadline"]) for t in data["tasks"]] == [
        ("县财政局", ["各乡镇（街道）"], "长期坚持"), ("县民政局", ["各村（社区）"], "2024年6月底前")]
    assert data["tasks"][1]["content"] == ["低保、特困供养对象名单按季度公示。"]
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("name", ["plan.txt", "plan.html"])
def test_tasks_numbered_1_right_under_the_tasks_part_are_tasks(tmp_path, name):
    """A 主要任务 part whose tasks are numbered 1. 2. 3. (no （一） level), their units and deadline run on: they went to
    the end of 总体要求 in a finding each, and the tasks were a placeholder; now each is a task, its （1） a sub-item."""
    lines = ["柳河县文化广电和旅游局2022年政务公开工作方案", "一、工作目标", "文化旅游领域重点信息公开及时、准确、全面。",
             "二、主要任务",
             "1.公开文化惠民活动信息。每月发布全县公共文化活动安排。责任单位：公共服务股；完成时限：每月10日前。",
             "2.公开文物保护信息。责任单位：文物股；完成时限：2022年10月底前。",
             "（1）公布名录。公布县级以上文物保护单位名录。",
             "（2）公布保护范围。保护范围和建设控制地带图示在网站公开。",
             "三、工作要求", "各股室按照分工抓好落实，局办公室适时开展督查。"]
    result, data = _import(tmp_path, name, lines)
    assert data["requirements"] == ["文化旅游领域重点信息公开及时、准确、全面。"]
    assert data["tasks"] == [
        {"task": "公开文化惠民活动信息", "content": ["每月发布全县公共文化活动安排。"], "lead": "公共服务股",
         "deadline": "每月10日前"},
        {"task": "公开文物保护信息", "lead": "文物股", "deadline": "2022年10月底前",
         "items": [{"task": "公布名录", "content": ["公布县级以上文物保护单位名录。"]},
                   {"task": "公布保护范围", "content": ["保护范围和建设控制地带图示在网站公开。"]}]}]
    assert not _said(result, "没有任务可归") and not _said(result, "没有找到")
    assert result.ok, result.diagnostics
