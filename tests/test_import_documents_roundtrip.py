"""Work plans and summaries rendered and imported back: a task's own deadline over sub-items with theirs, a long title
broken by the renderer, a 发文字号 beside the date in brackets under the title, parts numbered 第一、 only where no part
is numbered 一、 (run in too). The inputs are written for these tests."""
from __future__ import annotations

import docx
import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, page_as_text, render_source
from test_import_documents_shapes import _import, _said
from test_import_documents_task_heads import _imported as _imported_plan

PLUGINS = load_plugins()


def _round_trip(tmp_path, data: dict, fmt: str) -> tuple[object, dict]:
    """``data`` rendered to ``fmt`` (``txt``: the web page copied as text) and imported back."""
    source = tmp_path / "plan.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    target = render_source(source, "html" if fmt == "txt" else fmt, tmp_path, PLUGINS)
    if fmt == "txt":
        target = tmp_path / "plan.txt"
        target.write_text(page_as_text((tmp_path / "plan.html").read_text(encoding="utf-8")), encoding="utf-8")
    result = imported(target, tmp_path, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


PLAN = {"kind": "work-plan", "year": 2024, "agency": "清河县交通运输局",
        "requirements": ["到年底，农村公路和客运班线信息按事项目录全部公开。"],
        "tasks": [{"task": "公开农村公路建设信息", "content": ["按季度更新在建项目的进度和资金使用情况。"], "lead": "建设股",
                   "deadline": "全年", "items": [
                       {"task": "公开项目招标信息", "content": ["招标公告和中标结果在平台同步发布。"], "deadline": "2024年6月"},
                       {"task": "公开项目验收信息", "content": ["验收结论在完成后十日内公开。"], "deadline": "2024年11月"}]},
                  {"task": "公开客运班线调整信息", "content": ["调整前十日在网站和车站公告。"], "lead": "运输股",
                   "deadline": "2024年9月"}],
        "safeguards": ["局办公室负责统筹协调。"], "task_table": {"place": "attachment"}, "date": "2024-01-08"}


def _plan(first: str | None, second: str | None) -> dict:
    """:data:`PLAN` with its first task's own deadline ``first`` and its second sub-item's ``second`` (None: none)."""
    plan = yaml.safe_load(yaml.safe_dump(PLAN, allow_unicode=True))
    task = plan["tasks"][0]
    for key, value, into in (("deadline", first, task), ("deadline", second, task["items"][1])):
        if value is None:
            del into[key]
        else:
            into[key] = value
    return plan


# 1. A task's own deadline over sub-items --------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ("docx", "pdf", "html"))
@pytest.mark.parametrize("first, second", (("全年", "2024年11月"), ("2024年10月", "2024年11月"), ("2024年10月", None),
                                           (None, "2024年11月")),
                         ids=("all-year-over-own", "own-over-own", "own-over-none", "none"))
def test_a_tasks_own_deadline_over_its_sub_items_comes_back(tmp_path, fmt, first, second):
    """With a task table, a task split into sub-items has no row of its own: its deadline (全年, or a date) was printed
    nowhere where each sub-item has one and lost; where one has none, the task's printed in that row came back as the
    sub-item's own. Now it is printed under the task's units in the text and comes back the task's, exactly."""
    plan = _plan(first, second)
    result, data = _round_trip(tmp_path, plan, fmt)
    assert data["tasks"] == plan["tasks"]
    assert data["task_table"] == {"place": "attachment"}
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("table", (True, False))
def test_a_tasks_own_deadline_over_its_sub_items_is_printed_once(tmp_path, table):
    """The DOCX's text gives the split task's deadline under its units, once, with or without a task table; a task
    without sub-items keeps its deadline in the table alone (test_work_plan_deadline)."""
    plan = _plan("全年", "2024年11月")
    if not table:
        del plan["task_table"]
    source = tmp_path / "plan.yaml"
    source.write_text(yaml.safe_dump(plan, allow_unicode=True), encoding="utf-8")
    texts = [p.text for p in docx.Document(str(render_source(source, "docx", tmp_path, PLUGINS))).paragraphs]
    units = texts.index("责任科室（单位）：建设股")
    assert texts[units + 1:units + 3] == ["完成时限：全年", "1.公开项目招标信息"]
    assert ("完成时限：2024年9月" in texts) is not table


# 2. A long title broken by the renderer ----------------------------------------------------------------------------

NOTICE = {"title": "清河县交通运输局关于印发《清河县交通运输局2024年农村公路和客运班线领域政务公开工作实施方案》的通知",
          "addressee": "局机关各股室、局属各单位", "body": ["现将本方案印发给你们，请结合各自职责认真抓好落实。"], "date": "2024-01-08"}
LONG_TITLE = "清河县交通运输局2024年农村公路和客运班线领域政务公开工作实施方案"


@pytest.mark.parametrize("fmt", ("docx", "pdf", "pdf-typst", "html", "txt"))
def test_a_long_title_comes_back_without_the_renderers_line_breaks(tmp_path, fmt):
    """The notice's and the plan's titles, broken by reportkit over two or three lines, came back with those breaks
    (“……《清河县\\n交通运输局……”); now without them, as written."""
    plan = {**PLAN, "title": LONG_TITLE, "notice": NOTICE, "tasks": PLAN["tasks"][1:]}
    del plan["date"]
    result, data = _round_trip(tmp_path, plan, fmt)
    assert (data["notice"]["title"], data["title"]) == (NOTICE["title"], LONG_TITLE)
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("fmt", ("docx", "html"))
def test_a_title_broken_by_its_author_keeps_the_break(tmp_path, fmt):
    """A guard: a break reportkit would not make (a title short enough for one line) is the author's, kept (passes on
    the old code too)."""
    plan = {**_plan("全年", "2024年11月"), "title": "清河县交通运输局\n2024年政务公开工作要点"}
    _, data = _round_trip(tmp_path, plan, fmt)
    assert data["title"] == "清河县交通运输局\n2024年政务公开工作要点"


# 3. A 发文字号 beside the date in brackets under the title -----------------------------------------------------------

TEXT = """
清河县交通运输局2024年政务公开工作要点
{under}

为做好今年交通运输领域的政务公开，结合本局的职责，制定本要点。

一、总体要求

坚持以公开为常态，围绕群众出行的关切推进公开。

二、主要任务

（一）公开农村公路建设信息。每季度公布在建农村公路项目的进度。

责任单位：建设股；完成时限：2024年12月底前

三、保障措施

局办公室负责统筹协调。
{end}"""


@pytest.mark.parametrize("name", ("plan.txt", "plan.docx", "plan.html"))
@pytest.mark.parametrize("under, end, date, rest", (
    ("（清交发〔2024〕3号 2024年1月8日印发）", "", "2024-01-08", ""),
    ("（2024年1月8日，清交发〔2024〕3号）", "", "2024-01-08", ""),
    ("（2023年12月29日局党组会议审议通过 清交发〔2024〕3号）", "", "2023-12-29",
     "按其中的日期导入为成文日期 date，“局党组会议审议通过”没有导入：需要时请写进前言"),
    ("（清交发〔2024〕3号 2024年1月8日）", "\n清河县交通运输局\n2024年1月10日", "2024-01-10",
     "）”的其余文字未导入：文末有成文日期 2024年1月10日，date 按文末的导入（两个日期不同，请核对）"),
), ids=("before-the-date", "after-the-date", "beside-other-words", "a-date-at-the-end"))
def test_a_number_beside_the_date_under_the_title_goes_to_the_masthead_readers(tmp_path, name, under, end, date, rest):
    """A 发文字号 in the bracketed line that dates the plan was said to be for the red-head plugin to print (“没有导入：
    要印版头的，请用……”) and left out; now, as one under the title alone, it is a line of the 版头, which the plugin
    reads (the settings it still needs said), and the other words of the line are said as before."""
    result, data = _import(tmp_path, name, TEXT.format(under=under, end=end))
    assert str(data["date"]) == date
    assert data["title"] == "清河县交通运输局2024年政务公开工作要点"
    assert data["preamble"] == ["为做好今年交通运输领域的政务公开，结合本局的职责，制定本要点。"]
    assert _said(result, "{number: 清交发〔2024〕3号,"), [f.message for f in result.findings]
    assert not _said(result, "要印版头的"), [f.message for f in result.findings]
    assert [m for m in _said(result, "标题下的") if "中的发文字号" not in m] == (_said(result, rest) if rest else [])
    assert not rest or _said(result, rest)
    assert result.ok, result.diagnostics


def test_a_number_beside_the_date_without_the_plugin(tmp_path):
    """Without a plugin to read the 版头, the finding names the number and says which plugin would read it."""
    source = tmp_path / "plan.txt"
    source.write_text(TEXT.format(under="（清交发〔2024〕3号 2024年1月8日印发）", end=""), encoding="utf-8")
    result = imported(source, tmp_path, load_plugins(entry_point_group=None), documents=True)
    assert [f.message for f in result.findings] == [
        "标题下的“（清交发〔2024〕3号 2024年1月8日印发）”中的发文字号“清交发〔2024〕3号”未导入：装上 reportkit-gbt9704-redhead "
        "插件再导入，版头和版记会读进它的设置（layout: redhead），重新排版时照样印出"]


# 4. Parts numbered 第一、 only where none is numbered 一、 --------------------------------------------------------------

REPORT = """
清河县水利局2008年政府信息公开工作报告

根据《中华人民共和国政府信息公开条例》的要求，现将我局2008年政府信息公开工作情况报告如下。

一、主动公开政府信息情况。本年度我局主动公开政府信息85条，其中通过局网站公开72条。

二、依申请公开政府信息情况。本年度我局未收到政府信息公开申请。

三、收费及减免情况。本年度我局未收取任何费用。

四、存在的问题。我局的工作还有一些不足。

第一，信息更新不及时

个别栏目的信息更新慢于要求。

第二，公开形式单一

群众容易接受的公开形式还不多。

五、改进措施。明年我局将着重抓好栏目更新和公开形式创新。

清河县水利局
2009年3月20日
"""


@pytest.mark.parametrize("name", ("report.txt", "report.docx", "report.html"))
def test_ordinals_in_a_part_run_in_after_its_heading_stay_its_text(tmp_path, name):
    """A report whose parts' headings run on into their text (四、存在的问题。我局……) has no 一、 heading standing alone:
    its 第一，信息更新不及时 and 第二，公开形式单一 were taken for its parts, two sections of their own cut out of 存在的问题;
    now they stay that part's text."""
    source = tmp_path / name
    lines = [line for line in REPORT.strip().split("\n") if line]
    if name.endswith(".docx"):
        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(source)
    else:
        source.write_text(REPORT if name.endswith(".txt") else "<html><head><meta charset='utf-8'></head><body>"
                          + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>", encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    sections = data["sections"]
    assert [part["title"] for part in sections["own"]] == ["改进措施"]
    assert sections["problems"] == {"content": ["我局的工作还有一些不足。", "第一，信息更新不及时", "个别栏目的信息更新慢于要求。",
                                                "第二，公开形式单一", "群众容易接受的公开形式还不多。"], "title": "存在的问题"}
    assert result.ok, result.diagnostics


SUMMARY = """
清河县水利局2024年政务公开工作总结

今年我局围绕水利工程建设和河湖管理推进政务公开。

（一）主要工作

第一，工程信息

全年公开在建工程项目信息27条。

第二，河湖信息

公布河湖长名单，设立公示牌126块。

（二）存在的问题

个别栏目更新不够及时。

清河县水利局
2025年1月10日
"""


@pytest.mark.parametrize("name", ("summary.txt", "summary.docx"))
def test_ordinals_under_a_heading_before_them_stay_text(tmp_path, name):
    """A guard: 第一， 第二， under a （一） heading before them are that heading's text, not parts (they were parts too:
    the whole summary's parts cut at them)."""
    result, data = _import(tmp_path, name, SUMMARY)
    assert "第一，工程信息" in str(data) and "第二，河湖信息" in str(data)
    assert "工程信息" not in [item.get("heading") for item in data.get("work", []) if isinstance(item, dict)]


# 5. A group of tasks numbered in words in the task table's 序号 column ---------------------------------------------

GROUPED = """
清河县交通运输局2024年政务公开工作要点

为做好今年交通运输领域的政务公开，结合本局职责，制定本要点。

一、工作目标

到年底，农村公路和客运班线信息按事项目录全部公开。

二、主要任务

各项任务的分工详见附件。

三、保障措施

局办公室负责统筹协调，各股室按分工抓好落实。

附件：2024年政务公开工作任务分解表

清河县交通运输局
2024年1月8日

附件

2024年政务公开工作任务分解表

<table><tr><th>序号</th><th>工作任务</th><th>具体措施</th><th>责任单位</th><th>完成时限</th></tr>{first}\
<tr><td>1</td><td>公开农村公路建设信息</td><td>每季度公布在建项目的进度。</td><td>建设股</td><td>全年</td></tr>\
<tr><td>2</td><td>公开客运班线调整信息</td><td>班线调整前十日在网站公告。</td><td>运输股</td><td>2024年6月底前</td></tr>{second}\
<tr><td>3</td><td>优化政府网站栏目</td><td>按事项目录调整网站栏目。</td><td>办公室</td><td>2024年9月</td></tr></table>
"""


@pytest.mark.parametrize("kind, group", (
    ("html", '<tr><td>{number}</td><td colspan="4">{name}</td></tr>'),
    ("html", "<tr><td>{number}</td><td>{name}</td><td></td><td></td><td></td></tr>"),
    ("docx", "<tr><td>{number}</td><td>{name}</td><td></td><td></td><td></td></tr>"),
    ("txt", "<tr><td>{number}</td><td>{name}</td><td></td><td></td><td></td></tr>"),
), ids=("merged-html", "blank-html", "blank-docx", "blank-txt"))
def test_a_group_numbered_in_words_in_the_number_column_is_no_task(tmp_path, kind, group):
    """A row numbering a group of tasks in words in the 序号 column (一) and naming it across the rest, or in the 工作任务
    column alone, was a task: named 公开重点 with its name again as its measure, unit and deadline, or with nothing
    (WP1); now it is the group's heading 一、公开重点, said as one written across the table is."""
    text = GROUPED.replace("{first}", group.format(number="一", name="公开重点")).replace(
        "{second}", group.format(number="二", name="平台建设"))
    result, data = _imported_plan(tmp_path, kind, text)
    assert [(t["task"], t.get("lead"), t.get("deadline")) for t in data["tasks"]] == [
        ("公开农村公路建设信息", "建设股", None), ("公开客运班线调整信息", "运输股", "2024年6月底前"),
        ("优化政府网站栏目", "办公室", "2024年9月")]
    assert [m.split("：")[0] for m in _said(result, "跨整行的分组标题")] == [
        "分解表第 2 行“一、公开重点”是跨整行的分组标题", "分解表第 5 行“二、平台建设”是跨整行的分组标题"]
    assert result.ok, result.diagnostics
