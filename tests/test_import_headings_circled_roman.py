"""More heading shapes the importers read as text: 一） with its closing bracket only, ①②③, Roman numerals Ⅰ、 Ⅱ.,
第1部分, a figure, a space and a short title (1 概述) at the top of a decimal outline, and a bare 1.1 alone on its line
with its title on the next; sentences that start with a figure (1 个工作日内, 3 家单位) or list items (①…；②…。) stay
text."""
from __future__ import annotations

import csv
import re

import docx
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli

from _import_helpers import import_text, imported
from test_import_headings_stems_decimals import CLOSING, OVERVIEW, PLUGINS, PREAMBLE, TITLE, _page, _summary

CIRCLED = ["一、主要做法", "一）推进决策公开", "1.征求意见",
           "①重大规划", "县级交通规划草案在网站上公示了三十天。", "②一般项目", "一般项目在批准后七日内公开。",
           "二）加强结果公开", "每季度公布一次重点项目的进度。",
           "二、存在的问题", "①解读形式单一；②更新不够及时。",
           "三、下一步打算", "①增加图解", "明年每份政策文件都配发图解。"]


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
def test_a_closing_bracket_after_a_chinese_numeral_and_circled_numbers_are_headings(tmp_path, fmt):
    """一） 二）: headings as （一） is; ① ②: short and no sentence, headings as （1） is (each was a paragraph); a
    paragraph of ① ② items in sentences stays text."""
    data = _summary(tmp_path, fmt, CIRCLED)
    assert data["work"] == [
        {"heading": "推进决策公开", "content": [{"heading": "征求意见", "content": [
            {"heading": "重大规划", "content": ["县级交通规划草案在网站上公示了三十天。"]},
            {"heading": "一般项目", "content": ["一般项目在批准后七日内公开。"]}]}]},
        {"heading": "加强结果公开", "content": ["每季度公布一次重点项目的进度。"]}]
    assert data["problems"] == ["①解读形式单一；②更新不够及时。"]
    assert data["plan"] == [{"heading": "增加图解", "content": ["明年每份政策文件都配发图解。"]}]


ROMAN = ["第1部分 主要做法", "Ⅰ、推进决策公开", "重大交通规划在决策前公开征求意见。",
         "Ⅱ.加强结果公开", "1.项目进度", "每季度公布一次重点项目的进度。",
         "第2部分：存在的问题", "政策解读的形式还比较单一。",
         "第3部分", "下一步打算", "明年每份政策文件都配发图解。"]


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
def test_parts_numbered_with_figures_and_roman_numerals_below_them(tmp_path, fmt):
    """第1部分, 第2部分：, 第3部分 alone over its words: the parts (none was found, all was the preamble); Ⅰ、 Ⅱ. one
    level below the heading they come under, as （甲） (the 1. under Ⅱ. goes under it)."""
    data = _summary(tmp_path, fmt, ROMAN)
    assert data["headings"] == {"work": "主要做法", "plan": "下一步打算"}
    assert data["work"] == [
        {"heading": "推进决策公开", "content": ["重大交通规划在决策前公开征求意见。"]},
        {"heading": "加强结果公开", "content": [{"heading": "项目进度", "content": ["每季度公布一次重点项目的进度。"]}]}]
    assert data["problems"] == ["政策解读的形式还比较单一。"]
    assert data["plan"] == ["明年每份政策文件都配发图解。"]


OUTLINE = ["1 主要做法", "1.1 推进决策公开", "重大交通规划在决策前公开征求意见。",
           "1.2", "加强结果公开", "每季度公布一次重点项目的进度。",
           "2 存在的问题", "3 家单位尚未开设专栏", "1 个工作日内答复的申请占九成",
           "3 下一步打算", "明年每份政策文件都配发图解。"]


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
def test_a_decimal_outline_whose_top_numbers_have_no_point(tmp_path, fmt):
    """1 主要做法 (a figure, a space, a short title): a part, its 1.1 below it; 1.2 alone on its line, its words on
    the next: one heading. 3 家单位…, 1 个工作日内… (a count, no title) stay text."""
    data = _summary(tmp_path, fmt, OUTLINE)
    assert data["headings"] == {"work": "主要做法", "plan": "下一步打算"}
    assert data["work"] == [{"heading": "推进决策公开", "content": ["重大交通规划在决策前公开征求意见。"]},
                            {"heading": "加强结果公开", "content": ["每季度公布一次重点项目的进度。"]}]
    assert data["problems"] == ["3 家单位尚未开设专栏", "1 个工作日内答复的申请占九成"]
    assert data["plan"] == ["明年每份政策文件都配发图解。"]


def test_a_figure_alone_on_its_line_over_a_unit_stays_two_paragraphs(tmp_path):
    """3.5 / 万元…: a figure and its sentence on the next line, not a 1.1 heading joined to its words."""
    data = _summary(tmp_path, "docx", ["一、主要做法", "1.1", "推进决策公开", "3.5", "万元专项经费已列入预算",
                                       "二、存在的问题", "政策解读的形式还比较单一。"])
    assert data["work"] == [{"heading": "推进决策公开", "content": ["3.5", "万元专项经费已列入预算"]}]


def _checks_clean(tmp_path) -> None:
    """``check`` on the page imported as r.html finds nothing in it: one ``ok`` row."""
    checked = CliRunner().invoke(cli, ["check", str(tmp_path / "r.html"), "--report", str(tmp_path / "r.csv"),
                                       "-j", "1"])
    assert checked.exit_code == 0, checked.output
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        assert [row["rule"] for row in csv.DictReader(f)] == ["ok"]


def _numbered_so(page: str, item: str, sub: str) -> str:
    """The sample page with its headings below the parts as paragraphs (no <h3>, <h4>): each （一） item numbered as
    ``item`` numbers it (一） or Ⅰ、), each 1. item as ``sub`` does (1. or ①)."""
    def number(found: re.Match) -> str:
        tag, words = found[1], found[2]
        n = "一二三四五六七八九".index(words[1]) + 1 if tag == "h3" else int(words[0])
        mark = {"一）": f"{'一二三四五六七八九'[n - 1]}）", "Ⅰ、": f"{chr(0x215F + n)}、", "1.": f"{n}.",
                "①": chr(0x245F + n)}[item if tag == "h3" else sub]
        return f"<p>{mark}{words[3:] if tag == 'h3' else words[2:]}</p>"

    return re.sub(r"<(h[34])>([^<]*)</\1>", number, page)


@pytest.mark.parametrize("item,sub", [("一）", "1."), ("Ⅰ、", "①")])
def test_a_report_numbered_so_checks_as_the_sample_does(tmp_path, item, sub):
    """The sample report with its （一） items numbered 一） or Ⅰ、 and its 1. items 1. or ①, as plain paragraphs: the
    six parts found and nested as the sample is (each was a paragraph of the part), its tables read, and ``check``
    finds nothing in it."""
    result, data = import_text(tmp_path, "r.html", _numbered_so(_page(tmp_path), item, sub))
    assert result.ok
    assert data["sections"]["overview"][1:2] == OVERVIEW
    assert [item["heading"] for item in data["sections"]["problems"]] == ["存在的主要问题", "改进情况"]
    _checks_clean(tmp_path)


PLAIN = ["一、主要做法", "#推进决策公开", "重大交通规划在决策前公开征求意见。",
         "#加强结果公开", "1.项目进度", "每季度公布一次重点项目的进度。",
         "二、存在的问题", "（一）解读不够", "#形式单一", "图解和视频解读数量偏少。",
         "#更新滞后", "个别栏目更新不够及时。", "#以上问题将在明年逐项整改。",
         "三、下一步打算", "明年每份政策文件都配发图解。"]


def _styled(tmp_path, fmt: str, body: list[str]) -> dict:
    """The work summary of ``body``, each line starting with # a heading without a number (Word's Heading 3, an <h3>)."""
    document, page = docx.Document(), [f"<p style='text-align:center'>{TITLE}</p><p>{PREAMBLE}</p>"]
    document.add_paragraph(TITLE).alignment = 1
    document.add_paragraph(PREAMBLE)
    for line in body:
        document.add_paragraph(line.lstrip("#"), style="Heading 3" if line[0] == "#" else None)
        page.append(f"<h3>{line[1:]}</h3>" if line[0] == "#" else f"<p>{line}</p>")
    for line in CLOSING:
        document.add_paragraph(line).alignment = 2
    page.append(f"<p style='text-align:right'>{'<br>'.join(CLOSING)}</p>")
    source = tmp_path / f"summary.{fmt}"
    if fmt == "docx":
        document.save(str(source))
    else:
        source.write_text(f"<html><body>{''.join(page)}</body></html>", encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS, documents=True)
    assert result.ok, [f.message for f in result.findings]
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_headings_styled_without_a_number_go_one_below_the_heading_they_come_under(tmp_path, fmt):
    """Word's Heading 3, an <h3>, without a number: headings one level below the heading they come under (their 1.
    below them), siblings alike (each was a paragraph); one worded as a sentence stays text."""
    data = _styled(tmp_path, fmt, PLAIN)
    assert data["work"] == [
        {"heading": "推进决策公开", "content": ["重大交通规划在决策前公开征求意见。"]},
        {"heading": "加强结果公开", "content": [{"heading": "项目进度", "content": ["每季度公布一次重点项目的进度。"]}]}]
    assert data["problems"] == [{"heading": "解读不够", "content": [
        {"heading": "形式单一", "content": ["图解和视频解读数量偏少。"]},
        {"heading": "更新滞后", "content": ["个别栏目更新不够及时。", "以上问题将在明年逐项整改。"]}]}]


def test_a_report_whose_headings_below_the_parts_have_no_number_checks_as_the_sample_does(tmp_path):
    """The sample page with the numbers of its <h3> headings (（一）主动公开…) left out: those still headings, their 1.
    items under them, the parts and tables found, and ``check`` finds nothing."""
    page = re.sub(r"<h3>（[一二三四五六七八九]）", "<h3>", _page(tmp_path))
    result, data = import_text(tmp_path, "r.html", page)
    assert result.ok
    assert data["sections"]["overview"][1:2] == OVERVIEW
    assert [item["heading"] for item in data["sections"]["problems"]] == ["存在的主要问题", "改进情况"]
    _checks_clean(tmp_path)


def test_a_report_whose_parts_are_numbered_with_figures_checks_as_the_sample_does(tmp_path):
    """The sample page with its parts 第1部分 总体情况 … 第6部分 其他需要报告的事项 (plain paragraphs): the six parts
    found by their titles and the tables read (no part or table was found: nothing was written), ``check`` finds
    nothing."""
    page = re.sub(r"<h2>([一二三四五六])、([^<]*)</h2>", lambda m: f"<p>第{'一二三四五六'.index(m[1]) + 1}部分 {m[2]}</p>",
                  _page(tmp_path))
    result, data = import_text(tmp_path, "r.html", page)
    assert result.ok
    assert data["sections"]["overview"][1:2] == OVERVIEW
    assert [item["heading"] for item in data["sections"]["problems"]] == ["存在的主要问题", "改进情况"]
    _checks_clean(tmp_path)
