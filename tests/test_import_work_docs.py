"""Published work summaries (工作总结) and work plans (实施方案、工作要点) import as their own kinds.

The inputs are written for these tests (the structure of real ones, none of their sentences); the examples
rendered to DOCX, web pages and PDF come back as the data they were rendered from.
"""
from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.default_plugins.work_plan.model import deadline_text
from reportkit.narrative import _join_lines
from reportkit.plugins import load_plugins

from _import_helpers import render_source

PLUGINS = load_plugins()
SUMMARY = Path("examples/suzhou-2016-work-summary.yaml")
PLAN = Path("examples/putian-2018-work-plan.yaml")


def _import(source: Path, out: Path):
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(out)])
    target = out / (source.stem + ".yaml")
    return result, target


def _imported(source: Path, out: Path) -> tuple[dict, str, str]:
    """The data of ``source`` imported into ``out`` (it must validate), its YAML text, and the command's output;
    the data renders to DOCX too."""
    result, target = _import(source, out)
    assert result.exit_code == 0, result.output
    assert "校验通过" in result.output
    rendered = CliRunner().invoke(cli, ["render", str(target), "-f", "docx", "-o", str(out / "rendered")])
    assert rendered.exit_code == 0, rendered.output
    text = target.read_text(encoding="utf-8")
    return yaml.safe_load(text), text, result.output


def _plain(value):
    """Data as it prints: each paragraph's folded lines joined, a deadline as printed, a default heading left out, no
    space between a Chinese character and a Latin word (the page sets that gap itself: a PDF has none to give back)."""
    if isinstance(value, dict):
        return {key: deadline_text(item) if key == "deadline" else _plain(item) for key, item in value.items()
                if key != "headings" or item}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return re.sub(r"(?<=[\u3400-\u9fff]) (?=\w)|(?<=\w) (?=[\u3400-\u9fff])", "", _join_lines(value)) \
        if isinstance(value, str) else value


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(path).paragraphs)


@pytest.mark.parametrize("fmt", ["docx", "html", "pdf"])
def test_a_rendered_work_summary_comes_back_as_its_data(tmp_path, fmt):
    """The summary example rendered and imported: the same data (its title of two centred lines in the PDF too, whose
    first line was left out as a site's header), nothing left to fill."""
    source = render_source(SUMMARY, fmt, tmp_path, PLUGINS)
    data, text, output = _imported(source, tmp_path / "out")
    expected = yaml.safe_load(SUMMARY.read_text(encoding="utf-8"))
    assert _plain(data) == _plain(expected)
    assert "# 所有数据都已映射。" in text and "warning" not in output


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_rendered_work_plan_with_its_notice_and_task_table_comes_back_as_its_data(tmp_path, fmt):
    """The plan example: its 印发通知 (title, 主送机关, body, date), the plan's title, the tasks with their units and
    sub-items, and the task table as an attachment, whose 完成时限 gives the one task's deadline."""
    source = render_source(PLAN, fmt, tmp_path, PLUGINS)
    data, text, output = _imported(source, tmp_path / "out")
    expected = yaml.safe_load(PLAN.read_text(encoding="utf-8"))
    assert _plain(data) == _plain(expected)
    assert data["task_table"] == {"place": "attachment"} and data["tasks"][12]["deadline"] == "2018年12月"
    assert "warning" not in output


def test_a_plan_printed_to_pdf_comes_back_as_its_data(tmp_path):
    """The plan without its task table (a table turned to a landscape page is read apart), printed to PDF: the notice's
    title in two centred lines is the notice's, the plan's title below it the plan's; the one deadline, which no task
    table prints, is printed under its task (it was printed nowhere) and read back."""
    data_file = tmp_path / "plan.yaml"
    data_file.write_text(PLAN.read_text(encoding="utf-8").replace("task_table:\n  place: attachment\n", ""),
                         encoding="utf-8")
    source = render_source(data_file, "pdf", tmp_path, PLUGINS)
    data, _, _ = _imported(source, tmp_path / "out")
    expected = yaml.safe_load(data_file.read_text(encoding="utf-8"))
    expected["tasks"][12]["deadline"] = "2018年12月"  # 2018-12, as printed
    assert _plain(data) == _plain(expected)


SUMMARY_TEXT = """\
某县水利局2021年政务公开工作总结和2022年工作计划
2021年，我局按照县里的统一部署推进政务公开，全年在门户网站发布信息512条，办理依申请公开9件。
一、2021年工作总结
（一）主动公开更加规范。我们修订了公开目录，水资源、河道采砂和防汛信息按月更新，全年更新栏目41次。
（二）回应关切更加及时。汛期每天发布雨情水情，接听群众来电138个，都在当天答复。
（三）依申请公开更加顺畅。受理、登记、答复一条线办理，9件申请都按期答复。
回顾这一年，我们的工作也还有问题和不足：个别股室信息报送慢，解读材料形式单一。
二、2022年工作打算
一是完善公开目录，做到应公开尽公开。
二是用图表和短视频做政策解读，让群众看得懂。
某县水利局
2022年1月14日
"""


def test_a_summary_as_plain_text_keeps_its_headings_and_finds_its_problems(tmp_path):
    """A summary copied as text, shaped as many are: the problems only a paragraph at the end of the work part, the
    plan's items 一是、二是. Its headings are kept, the run-in （一） headings are split from their text, the problems
    paragraph becomes the problems part with a finding at its line, the date and signature are read."""
    source = tmp_path / "summary.txt"
    source.write_text(SUMMARY_TEXT, encoding="utf-8")
    data, text, output = _imported(source, tmp_path / "out")
    assert data["kind"] == "work-summary" and data["year"] == 2021 and data["agency"] == "某县水利局"
    assert data["title"] == "某县水利局2021年政务公开工作总结和2022年工作计划"
    assert data["headings"] == {"work": "2021年工作总结", "plan": "2022年工作打算"}
    assert [item["heading"] for item in data["work"]] == ["主动公开更加规范", "回应关切更加及时", "依申请公开更加顺畅"]
    assert data["work"][1]["content"] == ["汛期每天发布雨情水情，接听群众来电138个，都在当天答复。"]
    assert data["problems"] == ["回顾这一年，我们的工作也还有问题和不足：个别股室信息报送慢，解读材料形式单一。"]
    assert data["plan"] == ["一是完善公开目录，做到应公开尽公开。", "二是用图表和短视频做政策解读，让群众看得懂。"]
    assert str(data["date"]) == "2022-01-14" and "signature" not in data
    assert "#   第 7 行：原文没有“存在的问题”一部分；“一、2021年工作总结”末尾从“回顾这一年，我们的工作也还有问题和不足：…”起的 1 段" \
           "说的是问题和不足，已作为“存在的问题”导入：请核对" in text
    assert "warning: 第 7 行：原文没有“存在的问题”一部分" in output


def test_a_summary_without_a_date_says_what_to_fill(tmp_path):
    """No 成文日期 at the end: a placeholder, a finding, and validation names the line to fill."""
    source = tmp_path / "summary.txt"
    source.write_text(SUMMARY_TEXT.replace("某县水利局\n2022年1月14日\n", ""), encoding="utf-8")
    result, target = _import(source, tmp_path / "out")
    assert result.exit_code == 1
    text = target.read_text(encoding="utf-8")
    assert "#   文末：没有找到成文日期（文末的“××××年×月×日”）：请照原件填写 date" in text
    assert "date: 【请填写：成文日期，如 2017-01-10】" in text
    line = text.splitlines().index("date: 【请填写：成文日期，如 2017-01-10】") + 1
    assert f"{target}:{line}-{line}: error: 还有 1 格是【请填写：…】占位" in result.output


def _plan_docx(path: Path) -> None:
    """A plan published as Word makes them: its notice first (关于印发……的通知), then the plan; tasks run in after
    their numbers, units on lines of their own or in brackets after the text, a part the kind has no place for, and
    the task table inline at the end of the tasks, one row naming a task the text has not."""
    document = docx.Document()
    for text in ("某县水利局关于印发2021年政务公开工作实施方案的通知", "局机关各股室、局属各单位：",
                 "现将本局今年的政务公开工作实施方案发给你们，请结合各自职责抓好落实。", "某县水利局", "2021年3月2日",
                 "某县水利局2021年政务公开工作实施方案",
                 "为把今年的政务公开工作做实，结合我局实际，制定本方案。",
                 "一、指导思想", "以公开促落实、以公开促服务，让群众及时知道水利工作的进展。",
                 "二、主要任务",
                 "（一）公开防汛信息。汛期每日发布雨情水情，重要预警随时发布。",
                 "责任科室（单位）：防汛办、水文站",
                 "（二）水利工程建设信息",
                 "1.项目审批。批复文件在印发后10个工作日内上网。（牵头单位：规划股；配合单位：办公室；完成时限：2021年6月）",
                 "2.招标投标。招标公告和中标结果按规定全部公开。",
                 "责任单位：建管股",
                 "（三）做好依申请公开工作依法受理和办理申请，畅通受理渠道，答复做到规范、按时，遇到疑难申请先由相关股室会商再作答复。",
                 "责任科室（单位）：办公室",
                 "三、保障措施", "（一）加强领导", "局办公室统筹，各股室明确一名信息员。",
                 "四、工作步骤", "三月部署，六月自查，十二月总结。"):
        document.add_paragraph(text)
    table = document.add_table(rows=4, cols=5)
    rows = [("序号", "工作任务", "具体措施", "责任单位", "完成时限"),
            ("1", "公开防汛信息", "汛期每日发布雨情水情", "防汛办、水文站", "全年"),
            ("2", "水利工程建设信息", "1.项目审批：批复文件按时上网", "规划股", "2021年6月"),
            ("3", "公开河长制工作情况", "每季度公布河长巡河情况", "河长办", "每季度")]
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.save(path)


def test_a_word_plan_with_notice_run_in_tasks_and_an_inline_task_table(tmp_path):
    """Every part lands in its field: notice, plan title (the default, so not written), 指导思想 as requirements (its
    heading kept), tasks with their lead, support and deadline, a task whose name cannot be told from its text (a
    placeholder and a finding), 保障措施 with 工作步骤 as its subheading (a finding), the inline table's extra row as
    a task (a finding) and its most frequent deadline as the table's default."""
    source = tmp_path / "plan.docx"
    _plan_docx(source)
    result, target = _import(source, tmp_path / "out")
    text = target.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["kind"] == "work-plan" and data["year"] == 2021 and data["agency"] == "某县水利局"
    assert "title" not in data
    assert data["notice"] == {"title": "某县水利局关于印发2021年政务公开工作实施方案的通知", "addressee": "局机关各股室、局属各单位",
                              "body": ["现将本局今年的政务公开工作实施方案发给你们，请结合各自职责抓好落实。"],
                              "date": __import__("datetime").date(2021, 3, 2)}
    assert data["preamble"] == ["为把今年的政务公开工作做实，结合我局实际，制定本方案。"]
    assert data["headings"] == {"requirements": "指导思想", "safeguards": "保障措施"}
    assert data["requirements"] == ["以公开促落实、以公开促服务，让群众及时知道水利工作的进展。"]
    tasks = data["tasks"]
    assert tasks[0] == {"task": "公开防汛信息", "content": ["汛期每日发布雨情水情，重要预警随时发布。"], "lead": "防汛办",
                        "support": ["水文站"]}
    assert tasks[1]["items"] == [
        {"task": "项目审批", "content": ["批复文件在印发后10个工作日内上网。"], "lead": "规划股", "support": ["办公室"],
         "deadline": "2021年6月"},
        {"task": "招标投标", "content": ["招标公告和中标结果按规定全部公开。"], "lead": "建管股"}]
    assert tasks[2] == {"task": "【请填写：任务名称】", "lead": "办公室", "content": [
        "做好依申请公开工作依法受理和办理申请，畅通受理渠道，答复做到规范、按时，遇到疑难申请先由相关股室会商再作答复。"]}
    assert tasks[3] == {"task": "公开河长制工作情况", "content": ["每季度公布河长巡河情况"], "lead": "河长办",
                        "deadline": "每季度"}
    assert data["safeguards"] == [{"heading": "加强领导", "content": ["局办公室统筹，各股室明确一名信息员。"]},
                                  {"heading": "工作步骤", "content": ["三月部署，六月自查，十二月总结。"]}]
    assert data["task_table"] == {"place": "inline"}
    assert "#   第 17 段：“（三）做好依申请公开工作依法受理和办理申…”的任务名称和措施连在一起、中间没有句号，分不开：整段已作为" \
           "这项任务的措施导入，任务名称留了占位，请照原文填写" in text
    assert "#   第 22 段：“四、工作步骤”不是工作方案的部分之一，已作为“保障措施”部分的小标题导入：请核对，应归入别处的移过去" in text
    assert "#   第 1 个表格第 4 行：分解表第 4 行的任务“公开河长制工作情况”在正文的主要任务里没有，已按表中的文字加为一项任务：请核对" \
        in text
    assert result.exit_code == 1  # the task name to fill
    assert "【请填写：…】占位" in result.output
    data["tasks"][2]["task"] = "做好依申请公开"
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    rendered = CliRunner().invoke(cli, ["render", str(target), "-f", "docx", "-o", str(tmp_path / "rendered")])
    assert rendered.exit_code == 0, rendered.output
    printed = _docx_text(tmp_path / "rendered" / "plan.docx")
    assert "（二）工作步骤" in printed and "责任科室（单位）：规划股、办公室" in printed


PLAN_PAGE = """<html><head><title>某县人民政府办公室2022年政务公开工作要点</title></head><body>
<h2 style="text-align:center">某县人民政府办公室2022年政务公开工作要点</h2>
<p>今年的政务公开围绕群众关心的事项展开，重点如下。</p>
<p>一、总体要求</p><p>公开要及时、准确、完整，解读要通俗易懂。</p>
<p>二、重点任务</p>
<p>2022年政务公开重点任务分工表</p>
<table border="1"><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>
<tr><td>1</td><td>公开财政预决算</td><td>县财政局</td><td>2022年12月</td></tr>
<tr><td>2</td><td>公开重大项目进展</td><td>县发改局</td><td>2022年12月</td></tr>
<tr><td>3</td><td>发布惠民政策解读</td><td>县政府办</td><td>第三季度前</td></tr></table>
<p>三、工作要求</p><p>各单位明确分管领导，年底前报送落实情况。</p>
<p style="text-align:right">某县人民政府办公室</p><p style="text-align:right">2022年3月8日</p>
</body></html>"""


def test_a_web_page_work_points_whose_tasks_are_only_a_table(tmp_path):
    """A 工作要点 page whose 重点任务 are only a 分工表: each row a task with its lead and deadline, the most frequent
    deadline the table's default, the table inline with its caption as its title; the parts' own headings kept."""
    source = tmp_path / "points.html"
    source.write_text(PLAN_PAGE, encoding="utf-8")
    data, text, _ = _imported(source, tmp_path / "out")
    assert "# 所有数据都已映射。" in text
    assert data["title"] == "某县人民政府办公室2022年政务公开工作要点" and data["year"] == 2022
    assert data["agency"] == "某县人民政府办公室" and str(data["date"]) == "2022-03-08" and "signature" not in data
    assert data["headings"] == {"tasks": "重点任务", "safeguards": "工作要求"}
    assert data["tasks"] == [{"task": "公开财政预决算", "lead": "县财政局"}, {"task": "公开重大项目进展", "lead": "县发改局"},
                             {"task": "发布惠民政策解读", "lead": "县政府办", "deadline": "第三季度前"}]
    assert data["task_table"] == {"place": "inline", "title": "2022年政务公开重点任务分工表", "default_deadline": "2022年12月"}
    printed = _docx_text(tmp_path / "out" / "rendered" / "points.docx")
    assert "二、重点任务" in printed and "三、工作要求" in printed


def test_check_still_refuses_a_summary_and_import_a_notice(tmp_path):
    """``check`` reads annual reports only: a summary is a not-annual-report row saying to use import; a notice (no
    plan or summary) is still refused by import, naming what it reads."""
    source = tmp_path / "summary.txt"
    source.write_text(SUMMARY_TEXT, encoding="utf-8")
    checked = CliRunner().invoke(cli, ["check", str(source)])
    assert checked.exit_code == 1
    assert (f"{source}: error: not-annual-report: {source}: 标题说明这是工作总结，不是政府信息公开工作年度报告，未写出数据文件："
            "这里只读年度报告（工作方案、工作总结请用 reportkit import 导入）") in checked.output
    notice = tmp_path / "notice.html"
    notice.write_text('<html><body><h2 style="text-align:center">某县水利局关于做好汛期值班的通知</h2><p>各股室：</p>'
                      "<p>请安排好汛期值班。</p></body></html>", encoding="utf-8")
    result, _ = _import(notice, tmp_path / "out")
    assert result.exit_code == 1 and not (tmp_path / "out").exists()
    assert result.output.strip() == (f"{notice}: error: 标题说明这是通知，不是政府信息公开工作年度报告，未写出数据文件："
                                     "只能导入年度报告、工作方案和工作总结")


def test_a_task_label_left_blank_gives_no_unit_nor_deadline(tmp_path):
    """A plan's 完成时限： or 牵头单位： with nothing after it (a form left blank) sets nothing: no empty deadline the
    data refuses, no “写了两次” after the deadline in brackets, and the 责任单位 given is the lead."""
    source = tmp_path / "plan.txt"
    source.write_text("某县林业局2022年政务公开工作方案\n一、总体要求\n把林业信息及时公开。\n二、主要任务\n"
                      "（一）公开造林计划。年初公布全年造林任务。（责任单位：造林股；完成时限：2022年3月）\n完成时限：\n"
                      "（二）公开护林防火信息。防火期每周发布火险等级。\n牵头单位：\n责任单位：防火办\n完成时限：\n"
                      "三、保障措施\n明确专人负责。\n某县林业局\n2022年2月8日\n", encoding="utf-8")
    result, target = _import(source, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "写了两次" not in result.output
    tasks = yaml.safe_load(target.read_text(encoding="utf-8"))["tasks"]
    assert tasks == [{"task": "公开造林计划", "content": ["年初公布全年造林任务。"], "lead": "造林股", "deadline": "2022年3月"},
                     {"task": "公开护林防火信息", "content": ["防火期每周发布火险等级。"], "lead": "防火办"}]


def test_a_notice_without_the_plan_s_title_says_what_is_printed_and_what_to_fill(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text("关于印发某县林业局2022年政务公开工作方案的通知\n各股室：\n现将方案印发给你们，请抓好落实。\n"
                      "某县林业局\n2022年2月8日\n", encoding="utf-8")
    result, _ = _import(source, tmp_path / "out")
    # the notice's title names the plan (印发……的通知): its name is the title, no longer the default one
    assert (f"{source}: warning: 第 1 行：印发通知之后没有找到方案的标题：方案的标题按通知标题取为“某县林业局2022年政务公开工作方案”，"
            "原件另有标题的请照原件填写 title" in result.output)


def test_a_work_paragraph_naming_problems_dealt_with_stays_in_the_work_part(tmp_path):
    """Without a 存在的问题 part, only a paragraph saying there are problems (还有不足) starts one: the last paragraph of
    the work part telling how the problems people raised were answered stays where it is."""
    source = tmp_path / "summary.txt"
    work = ["（一）主动公开。全年发布林业信息120条。", "（二）依申请公开。全年受理申请5件，均按期答复。",
            "对群众反映的问题，我们逐件核实后回复，没有超期。"]
    source.write_text("某县林业局2021年政务公开工作总结\n一、2021年工作情况\n" + "\n".join(work)
                      + "\n我们的工作还有不足，信息更新不够及时。\n二、2022年工作计划\n继续做好公开。\n某县林业局\n2022年1月10日\n",
                      encoding="utf-8")
    result, target = _import(source, tmp_path / "out")
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert data["problems"] == ["我们的工作还有不足，信息更新不够及时。"]
    assert "对群众反映的问题，我们逐件核实后回复，没有超期。" in str(data["work"])
    assert f"{source}: warning: 第 6 行：原文没有“存在的问题”一部分" in result.output
