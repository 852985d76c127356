"""Annual reports read back: a 2008 report's answers grouped under 办理结果 (a table's row, a heading over
their table or over a line each), its tables copied as lines of text (申请数3件，其中： then 当面申请1件；…); the fee
charged said in words beside a waiver (未收取费用，减免费用3元); where a plugin's finding on the 版头 or 版记 belongs; a
title reportkit broke in two (the year in Chinese numerals too); and 存在的主要问题 and 改进措施 printed as two parts.
Every sentence here is written for these tests; the categories and counts are those of published reports (seeds)."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import docx
import pytest
import yaml

from reportkit.importers import import_file
from reportkit.plugins import load_plugins
from reportkit.testing import render

from _import_helpers import import_text

PLUGINS = load_plugins()
EXAMPLES = Path(__file__).parent.parent / "examples"


def _page(part: str) -> str:
    """A 2012 report's web page, its part on applications ``part``."""
    return ('<html><head><meta charset="utf-8"></head><body><h1>某市水务局2012年政府信息公开工作年度报告</h1>'
            "<p>本局依照条例的要求编写了本年度的报告。</p><p>一、概述</p><p>局办公室承办日常的公开事务。</p>"
            f"<p>二、政府信息依申请公开情况</p>{part}"
            "<p>三、政府信息公开工作存在的主要问题及改进措施</p><p>来年继续充实公开目录。</p>"
            '<p style="text-align:right">某市水务局</p><p style="text-align:right">2013年3月1日</p></body></html>')


def _table(rows: list[list[str]]) -> str:
    return '<table border="1">' + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows) + "</table>"


OUTCOMES = [{"name": "同意公开", "count": 6}, {"name": "部分公开", "count": 2}, {"name": "不予公开", "count": 1}]
ITEM_ROWS = [[item["name"], str(item["count"])] for item in OUTCOMES]
SAID = "<p>全年收到申请9件，已答复9件。</p>"


def _printed_part(data_text: str) -> tuple[list[str], list[list[list[str]]]]:
    """The rendered DOCX's paragraphs of part 二 and its tables' cells."""
    data = render(data_text, file="r.yaml", formats=("docx",), draft=True).outputs["docx"]
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    start = next(n for n, t in enumerate(texts) if t.startswith("二、"))
    end = next(n for n, t in enumerate(texts) if t.startswith("三、"))
    return texts[start + 1:end], [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]


@pytest.mark.parametrize("part", [
    _table([["项目", "件数"], ["收到申请", "9"], ["已答复", "9"], ["办理结果", ""], *ITEM_ROWS]),
    _table([["项目", "件数"], ["收到申请", "9"], ["已答复", "9"], ["办理结果", "办理结果"], *ITEM_ROWS]),
], ids=["blank", "merged"])
def test_a_group_head_row_over_the_outcomes_rows_passes(tmp_path, part):
    """办理结果 as a row of its own (its count cell blank, or merged with it) over the outcomes' rows: the table gave
    no outcomes (its rows were no list of 已答复's)."""
    _, data = import_text(tmp_path, "r.html", _page(part), PLUGINS)
    figures = data["sections"]["applications"]["figures"]
    assert (figures["received"], figures["answered"], figures["outcomes"]) == (9, 9, OUTCOMES)


def test_groups_with_their_totals_in_a_table_of_three_columns(tmp_path):
    """申请方式 and 办理结果 each over its items and their 合计 (a merged first column): the 合计s are the applications
    received and answered, the items their channels and outcomes (nothing was read: no row had a figure's label)."""
    rows = [["项目", "", "件数"], ["申请方式", "当面申请", "3"], ["申请方式", "网上申请", "6"], ["申请方式", "合计", "9"],
            *(["办理结果", *row] for row in ITEM_ROWS), ["办理结果", "合计", "9"]]
    result, data = import_text(tmp_path, "r.html", _page(_table(rows)), PLUGINS)
    figures = data["sections"]["applications"]["figures"]
    assert figures == {"received": 9, "channels": [{"name": "当面申请", "count": 3}, {"name": "网上申请", "count": 6}],
                       "answered": 9, "outcomes": OUTCOMES, "show": "table"}
    places = result.imported.places
    assert [places[("sections", "applications", "figures", *key)] for key in [("received",), ("answered",)]] == [
        "第 1 个表格第 4 行", "第 1 个表格第 8 行"]


@pytest.mark.parametrize("heading", ["办理结果", "办理结果：", "（一）答复结果"])
def test_a_heading_over_a_table_of_outcomes_without_a_head(tmp_path, heading):
    """A heading 办理结果 over a table of the outcomes, which has no head of its own: read as their list, the sentence and
    table kept; a re-render prints no sentence of the figures beside them (it would state them twice)."""
    part = f"{SAID}<p>{heading}</p>{_table(ITEM_ROWS)}"
    result, data = import_text(tmp_path, "r.html", _page(part), PLUGINS)
    section = data["sections"]["applications"]
    assert section["figures"] == {"received": 9, "answered": 9, "outcomes": OUTCOMES}
    paragraphs, tables = _printed_part(result.target.read_text(encoding="utf-8"))
    assert paragraphs == ["全年收到申请9件，已答复9件。", heading]
    assert tables == [ITEM_ROWS]


def test_outcomes_a_line_each_under_their_heading(tmp_path):
    lines = ["同意公开6件；", "部分公开2件；", "不予公开1件。"]
    part = SAID + "<p>办理结果：</p>" + "".join(f"<p>{line}</p>" for line in lines)
    result, data = import_text(tmp_path, "r.html", _page(part), PLUGINS)
    assert data["sections"]["applications"]["figures"] == {"received": 9, "answered": 9, "outcomes": OUTCOMES}
    paragraphs, _ = _printed_part(result.target.read_text(encoding="utf-8"))
    assert paragraphs == ["全年收到申请9件，已答复9件。", "办理结果：", *lines]  # stated once, as written


def test_numbered_lines_of_a_list_after_its_totals_sentence(tmp_path):
    """其中： a sentence of its own after the total's, the items numbered a line each (1.同意公开6件)."""
    lines = ["1.同意公开6件", "2.部分公开2件", "3.不予公开1件"]
    part = "<p>本年度共受理申请数9件，已全部答复。其中：</p>" + "".join(f"<p>{line}</p>" for line in lines)
    _, data = import_text(tmp_path, "r.html", _page(part), PLUGINS)
    assert data["sections"]["applications"]["figures"] == {"received": 9, "answered": 9, "outcomes": OUTCOMES}  # 已全部答复


def test_answered_said_as_concluded_gives_its_outcomes_total(tmp_path):
    """按时办结3件 is the applications answered: its list after 其中 (同意公开2件，不予公开1件) is theirs (nothing was read)."""
    part = ("<p>（一）申请情况。申请数3件，其中：当面申请1件，网上申请2件。</p>"
            "<p>（二）办理情况。按时办结3件，其中：同意公开2件，不予公开1件。</p>")
    _, data = import_text(tmp_path, "r.html", _page(part), PLUGINS)
    assert data["sections"]["applications"]["figures"] == {
        "received": 3, "answered": 3, "channels": [{"name": "当面申请", "count": 1}, {"name": "网上申请", "count": 2}],
        "outcomes": [{"name": "同意公开", "count": 2}, {"name": "不予公开", "count": 1}]}


#: A 2016 report whose small tables were copied as lines of text: each list an item a line under its total's sentence.
REPORT_2016 = """某州水务局2016年政府信息公开工作年度报告

本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2016年1月1日至2016年12月31日。

一、概述
本局把信息公开列入年度重点工作，由办公室统一承办，各科室按职责提供信息。

二、主动公开政府信息情况
本年度主动公开政府信息898条，其中：
机构职能类信息2条；
规划计划类信息10条；
政策文件类信息188条；
工作动态类信息200条；
办事服务类信息12条；
其他类信息486条。

三、依申请公开政府信息情况
本年度共受理申请数3件，已全部答复。其中：
当面申请1件；
网上申请2件。
办理结果：
同意公开2件；
不予公开1件。

四、因政府信息公开申请行政复议、提起行政诉讼的情况
行政复议0件，行政诉讼0件。

五、政府信息公开的收费及减免情况
收取费用0元，减免费用0元。

六、政府信息公开工作存在的主要问题及改进措施
部分栏目更新还不够及时，下一年度将按月检查各栏目。

某州水务局
2017年3月20日
"""
CATEGORIES = [("机构职能类信息", 2), ("规划计划类信息", 10), ("政策文件类信息", 188), ("工作动态类信息", 200), ("办事服务类信息", 12),
              ("其他类信息", 486)]


def test_a_2008_report_with_its_tables_as_lines_of_text_round_trips(tmp_path):
    """Lists a line an item (机构职能类信息2条；…, 当面申请1件；…) under their total's sentence (…898条，其中：;
    ……3件，已全部答复。其中：) or a group head (办理结果：): read as the categories, channels and outcomes (only the totals
    were read); rendered and imported again, every figure and paragraph is the same."""
    result, data = import_text(tmp_path, "r2016.txt", REPORT_2016, PLUGINS)
    sections = data["sections"]
    assert sections["active_disclosure"]["figures"] == {
        "total": 898, "categories": [{"name": name, "count": count} for name, count in CATEGORIES]}
    assert sections["applications"]["figures"] == {
        "received": 3, "answered": 3,  # 已全部答复
        "channels": [{"name": "当面申请", "count": 1}, {"name": "网上申请", "count": 2}],
        "outcomes": [{"name": "同意公开", "count": 2}, {"name": "不予公开", "count": 1}]}
    assert sections["fees"]["figures"] == {"charged": 0, "waived": 0}
    assert result.imported.places[("sections", "applications", "figures", "channels", 1)] == "第 20 行"
    for fmt in ("docx", "pdf"):
        rendered = render(result.target.read_text(encoding="utf-8"), file="r2016.yaml", formats=(fmt,)).outputs[fmt]
        (tmp_path / f"back.{fmt}").write_bytes(rendered)
        back = import_file(tmp_path / f"back.{fmt}", PLUGINS, outdir=tmp_path / fmt)
        again = yaml.safe_load(back.target.read_text(encoding="utf-8"))
        assert again["sections"] == sections, fmt


def _round_trip(tmp_path: Path, text: str, fmt: str) -> dict:
    rendered = render(text, file="r.yaml", formats=(fmt,), draft=True).outputs[fmt]
    (tmp_path / f"r.{fmt}").write_bytes(rendered)
    result = import_file(tmp_path / f"r.{fmt}", PLUGINS, outdir=tmp_path / fmt)
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


FEES_2008 = """kind: annual-report
year: 2015
agency: 某县水务局
date: 2016-03-20
preamble:
  - 本局依照条例编写了本年度的报告。
sections:
  overview:
    content:
      - 局办公室负责日常的信息公开事务。
  fees:
    figures:
{figures}
  problems:
    content:
      - 公开目录还需要及时更新。
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_no_fee_charged_said_in_words_beside_a_waiver_is_read(tmp_path, fmt):
    """“未收取费用，减免费用3元（1件申请）”: the waiver was read, the fee charged (0, said in words) left out."""
    data = _round_trip(tmp_path, FEES_2008.format(figures="      charged: 0\n      waived: 3\n      waived_cases: 1"), fmt)
    assert data["sections"]["fees"]["figures"] == {"charged": 0, "waived": 3, "waived_cases": 1}


REDHEAD_TEXT = """某县自然资源局文件
某自然资发[2024]第3号
某县自然资源局2023年政府信息公开工作年度报告
一、总体情况
本局全年按条例要求推进公开工作。
二、主动公开政府信息情况
本年度按目录公开各类信息。
三、收到和处理政府信息公开申请情况
全年收到申请的情况见下。
四、政府信息公开行政复议、行政诉讼情况
本年度没有复议和诉讼。
五、存在的主要问题及改进情况
目录更新还不够及时。
六、其他需要报告的事项
本年度没有其他需要报告的事项。
某县自然资源局
2024年1月25日
抄送：某县人民政府办公室，某县政务服务和数据管理局。
某县自然资源局办公室 2024年1月25日印发
（共印10份）
"""


@pytest.mark.parametrize("part, message, place", [
    ("masthead", "发文字号“某自然资发[2024]第3号”按 GB/T 9704-2012 导入为“某自然资发〔2024〕3号”", "第 2 行"),
    ("imprint", "版记的“（共印10份）”未导入", "第 20 行"),
    ("imprint", "印发日期未导入：没有读出印发日期", "第 18 行"),  # no line quoted: the part's first
    ("imprint", "版记的“ 某县自然资源局办公室2024年1月25日印发”", "第 19 行"),  # spaces aside, as plugins read lines
    ("stamp", "版头的“某县自然资源局文件”未导入", "第 1 行"),  # a part no plugin may name: the 版头's
])
def test_a_plugins_finding_on_the_masthead_belongs_at_the_line_it_quotes(tmp_path, part, message, place):
    """Where reportkit knows the line of the value a plugin's finding quotes, it says that line (a plugin's ``find``
    has no place: its findings all sat at the first line of their part)."""
    result, _ = import_text(tmp_path, "r.txt", REDHEAD_TEXT, PLUGINS)
    assert result.imported.line_place(part, message) == place


@pytest.mark.parametrize("year", ["二〇二三", "2023"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_title_reportkit_broke_comes_back_in_one_line(tmp_path, fmt, year):
    """A title of the data (the year in Chinese numerals, 二〇二三年度, or not) that reportkit breaks in two lines to
    print came back with the break; one the author broke elsewhere keeps it (test_import_roundtrip)."""
    title = f"某县自然资源局{year}年度政府信息公开工作年度报告"
    text = (EXAMPLES / "sample-2021.yaml").read_text(encoding="utf-8")
    text = text.replace("agency_type: department\n", f"agency_type: department\ntitle: {title}\n")
    data = _round_trip(tmp_path, text, fmt)
    assert (data["title"], data["year"], data["agency"]) == (title, 2023, "某县自然资源局")


def _split(numbers: str, extra: bool) -> str:
    """A 2021 report's web page whose part 五 is printed as two parts (存在的主要问题, 改进措施), numbered ``numbers``
    with 其他需要报告的事项; ``extra``: a province's part 五 before them."""
    more = "<h2>五、政务公开重点工作落实情况</h2><p>本年度编制完成了基层政务公开标准目录。</p>" if extra else ""
    return ('<html><head><meta charset="utf-8"></head><body><h1>某县水利局2023年政府信息公开工作年度报告</h1>'
            "<h2>一、总体情况</h2><p>本局按条例的要求推进公开工作，全年运转平稳。</p>"
            "<h2>二、主动公开政府信息情况</h2><h2>三、收到和处理政府信息公开申请情况</h2>"
            f"<h2>四、政府信息公开行政复议、行政诉讼情况</h2>{more}"
            f"<h2>{numbers[0]}、存在的主要问题</h2><p>一是栏目更新不够及时；二是解读形式较少。</p>"
            f"<h2>{numbers[1]}、改进措施</h2><p>下一年度按月检查各栏目，并增加图解解读。</p>"
            f"<h2>{numbers[2]}、其他需要报告的事项</h2><p>本年度办理县人大代表建议5件，答复全文均已公开。</p>"
            '<p style="text-align:right">某县水利局</p><p style="text-align:right">2024年1月20日</p></body></html>')


@pytest.mark.parametrize("numbers, extra", [("五六七", False), ("六七八", True)], ids=["five-six", "six-seven"])
def test_problems_and_improvements_as_two_parts_are_that_part(tmp_path, numbers, extra):
    """存在的主要问题 and 改进措施 printed as two parts: each a heading of 存在的主要问题及改进情况, with a note (they went to
    其他需要报告的事项 as parts none of the six, and the part on problems was a placeholder)."""
    result, data = import_text(tmp_path, "r.html", _split(numbers, extra), PLUGINS)
    sections = data["sections"]
    assert sections["problems"] == [{"heading": "存在的主要问题", "content": ["一是栏目更新不够及时；二是解读形式较少。"]},
                                    {"heading": "改进措施", "content": ["下一年度按月检查各栏目，并增加图解解读。"]}]
    assert sections["other"][0] == "本年度办理县人大代表建议5件，答复全文均已公开。"
    assert len(sections["other"]) == 1 + extra  # a province's part 五 stays one of 其他需要报告的事项
    notes = [f for f in result.imported.findings if "的一半" in f.message]
    assert [(f.message[:f.message.index("”") + 1], f.severity) for f in notes] == [
        (f"“{numbers[0]}、存在的主要问题”", "note"), (f"“{numbers[1]}、改进措施”", "note")]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-n", "0"]))
