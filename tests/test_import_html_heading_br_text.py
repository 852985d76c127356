"""Import faults: a web page's heading (<h3>, or a paragraph opening in bold) with text typed after a
<br> (read as the heading's rest), and a plan without its own title after a notice whose title names it (given the
default title). Each page is reportkit's own rendering of the example report with one thing changed, the text written
here; and R9's warning on words a paragraph has twice (it pointed at the first)."""
from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
import yaml
from _import_helpers import imported, render_source, unspaced
from test_citations_wordings import r9
from test_import_plan_notice import import_text
from test_import_work_docs_merged import PLAN

from reportkit.pipeline import prepare, render
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
EXAMPLE = Path("examples/sample-2021.yaml")

# 1. A web page's heading with a line break -------------------------------------------------------------------------------
LINE = "全年通过县政府门户网站本局专栏发布信息612条"
REST = "其中国土空间规划公示27条、征地信息公开89条、建设用地审批结果143条。"
#: 部分 （一） of the page as reportkit prints it: its heading, then its first paragraph.
PRINTED = f"<h3>（一）主动公开</h3>\n<p>{LINE}，{REST}</p>"
#: The line set as a body paragraph is: not bold, in 仿宋.
BODY_LOOK = '<span style="font-weight: normal; font-family: 仿宋_GB2312">{}</span>'


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """The example's page as a site has it (no spans spacing digits), and the data imported from it unchanged."""
    folder = tmp_path_factory.mktemp("page")
    html = unspaced(render_source(EXAMPLE, "html", folder, PLUGINS))
    assert PRINTED in html
    return html, _imported(folder, html)


def _imported(folder: Path, html: str) -> tuple[list, dict]:
    source = folder / "report.html"
    source.write_text(html, encoding="utf-8")
    result = imported(source, folder, PLUGINS)
    return result.findings, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _changed(page, tmp_path: Path, changed: str) -> tuple[list, dict]:
    return _imported(tmp_path, page[0].replace(PRINTED, changed))


@pytest.mark.parametrize("changed", [
    f"<h3>（一）主动公开<br>{BODY_LOOK.format(LINE)}</h3>\n<p>{REST}</p>",
    f"<p><strong>（一）主动公开</strong><br>{LINE}</p>\n<p>{REST}</p>",
    f'<p><span style="font-weight:700">（一）主动公开</span><br>{LINE}</p>\n<p>{REST}</p>',
], ids=["h3, the line in the body's look", "strong, the line plain", "bold by style, the line plain"])
def test_a_line_set_as_text_after_a_web_heading_and_a_br_is_text(page, tmp_path, changed):
    """A heading (<h3>, or a paragraph opening in bold) with a line after its <br> that has no clause and no 。, short
    enough to wrap it, but set otherwise than the heading: it is the part's text. Before, the heading read
    “主动公开全年通过…612条”."""
    findings, data = _changed(page, tmp_path, changed)
    assert findings == page[1][0]
    plain = page[1][1]["sections"]["overview"][1]
    assert plain["content"][0] == f"{LINE}，{REST}"
    assert data["sections"]["overview"][1] == {"heading": "主动公开", "content": [LINE, REST, *plain["content"][1:]]}


@pytest.mark.parametrize("tag", ["h3", "strong"])
def test_a_web_heading_s_text_after_a_br_goes_on_as_its_own_paragraph(page, tmp_path, tag):
    """A heading whose <br> is followed by a paragraph's lines (the first without a clause or 。, the text going on
    after it), all in the heading's markup: the heading is its first line, the lines after it one paragraph. Before, an
    <h3> took the first line into the heading and the rest, a heading of its own, began “，其中…”."""
    inside = f"（一）主动公开<br>{LINE}<br>，{REST}"
    findings, data = _changed(page, tmp_path, f"<h3>{inside}</h3>" if tag == "h3" else f"<p><strong>{inside}</strong></p>")
    assert (findings, data) == page[1]


def test_a_web_heading_wrapped_by_a_br_is_still_one_heading(page, tmp_path):
    """The rule keeps what it was for: a heading's own rest after a <br> (two lines alike, nothing after them)."""
    assert _changed(page, tmp_path, f"<h3>（一）主动<br>公开</h3>\n<p>{LINE}，{REST}</p>") == page[1]


# 2. A plan without its own title after a notice naming it -------------------------------------------------------------
NOTICE = "局机关各股室，局属各单位：\n现将今年的工作安排印发给你们，请认真抓好落实。\n某县应急管理局\n2024年3月4日\n"


@pytest.mark.parametrize("title, name", [
    ("某县应急管理局关于印发2024年政务公开工作要点的通知", "某县应急管理局2024年政务公开工作要点"),
    ("关于印发《某县应急管理局2024年政务公开工作要点》的通知", "某县应急管理局2024年政务公开工作要点"),
    ("某县应急管理局关于印发《2024年政务公开工作计划》的通知", "某县应急管理局2024年政务公开工作计划"),
])
def test_a_plan_without_a_title_after_its_notice_is_named_as_the_notice_names_it(tmp_path, title, name):
    """The plan's name as the notice's title gives it (in 《》, or between 印发 and 的通知; the issuing organ in front
    of a name starting with its year), printed over the plan. Before, the plan was printed as
    “某县应急管理局2024年政务公开工作实施方案”, which the notice does not name."""
    result, data = import_text(tmp_path, f"{title}\n{NOTICE}{PLAN}")
    assert data["title"] == name and data["notice"]["title"] == title
    assert [f.message for f in result.findings] == [
        f"印发通知之后没有找到方案的标题：方案的标题按通知标题取为“{name}”，原件另有标题的请照原件填写 title"]
    prepared = prepare(result.target, PLUGINS, formats=("docx",))
    out = tmp_path / "plan.docx"
    out.write_bytes(render(prepared.document, prepared.layout, "docx", PLUGINS.registry).data)
    texts = [p.text for p in docx.Document(str(out)).paragraphs if p.text.strip()]
    plan_title = texts.index("一、总体要求") - 1
    assert texts[plan_title].replace("\n", "") == name  # the plan's title, over its first part


def test_a_notice_naming_no_plan_of_a_year_leaves_the_default_title(tmp_path):
    """A notice's title naming the plan without its year (印发政务公开工作方案的通知): the default title (agency, year
    and name), with the finding saying so."""
    result, data = import_text(tmp_path, f"某县应急管理局关于印发政务公开工作方案的通知\n{NOTICE}{PLAN}")
    assert "title" not in data
    assert [f.message for f in result.findings] == [
        "印发通知之后没有找到方案的标题：方案按默认标题印出，原件另有标题的请照原件填写 title",
        "标题里没有年份（“××××年”），方案年度按成文日期推定为 2024 年：请核对"]


# 3. R9's warning on words the paragraph has twice ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence, said, cell", [
    ("被申请行政复议4件，维持2件、纠正1件，1件尚未审结；被提起行政诉讼3件，维持2件、纠正1件。", "纠正1件",
     "表四两类“行政诉讼”的“结果纠正”之和为 0"),
    ("被申请行政复议4件，纠正1件。被提起行政诉讼3件，纠正1件。", "纠正1件", "表四两类“行政诉讼”的“结果纠正”之和为 0"),
    ("局机关新收49件，全局新收49件。", "新收49件", "表三“一、本年新收政府信息公开申请数量”的总计为 48"),
], ids=["outcome of suits after the reviews'", "in two sentences", "a part of the organ's figure first"])
def test_a_warning_points_at_the_words_it_is_about_where_they_stand_before_too(sentence, said, cell):
    """The same words stand first for a figure that agrees (the reviews' 纠正1件, 1 in 表四) or is not compared (局机关's),
    then for one that does not: the warning points at the second, at its figure, where the paragraph ends. Before, it
    pointed at the first (“1件，1件尚未审结；…”, “49件，全局新收49件。”)."""
    [(message, there)] = r9(sentence)
    assert message.startswith(f"正文写的是“{said}”，而{cell}")
    assert there == sentence[sentence.rindex(said) + re.search(r"\d", said).start():]
