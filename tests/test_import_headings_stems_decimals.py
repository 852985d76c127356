"""Headings numbered in other ways than 一、 （一） 1. （1）, and numbers typed twice, which the importers read flat or
printed twice: （甲）（乙） and decimal 1.1 / 1.1.1 headings (each a paragraph of text), a number typed again after
itself or after Word's list label (一、 一、概述), a number alone on its line with its heading's words on the next, and
UEditor's lists, whose numbers are pictures its classes name (read as decimal 1. 2.)."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import SOFFICE, import_text, imported, libreoffice_pdf, render_source, unspaced

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
TITLE = "某县交通运输局2023年政务公开工作总结"
PREAMBLE = "今年以来，我局围绕县政府的部署抓好政务公开，现将全年情况总结如下。"
CLOSING = ["某县交通运输局", "2023年12月20日"]


def _source(tmp_path: Path, fmt: str, body: list[str]) -> Path:
    """A work summary of ``body``'s lines (a paragraph each, no styles: numbers typed) as a .txt, a DOCX or a web page."""
    lines = [TITLE, PREAMBLE, *body, *CLOSING]
    source = tmp_path / f"summary.{fmt}"
    if fmt == "txt":
        source.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    elif fmt == "docx":
        document = docx.Document()
        for i, line in enumerate(lines):
            paragraph = document.add_paragraph(line)
            paragraph.alignment = 1 if i == 0 else 2 if i >= len(lines) - 2 else None
        document.save(str(source))
    else:
        paragraphs = "".join(f"<p>{line}</p>" for line in lines[1:-2])
        source.write_text(f"<html><body><p style='text-align:center'>{TITLE}</p>{paragraphs}"
                          f"<p style='text-align:right'>{CLOSING[0]}<br>{CLOSING[1]}</p></body></html>",
                          encoding="utf-8")
    return source


def _summary(tmp_path: Path, fmt: str, body: list[str]) -> dict:
    """The work summary ``body`` makes, imported from ``fmt``; "pdf" is its DOCX as LibreOffice exports it."""
    source = libreoffice_pdf(_source(tmp_path, "docx", body)) if fmt == "pdf" else _source(tmp_path, fmt, body)
    result = imported(source, tmp_path, PLUGINS, documents=True)
    assert result.ok, [f.message for f in result.findings]
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


STEMS = ["一、主要做法", "（一）推进决策公开",
         "（甲）完善预公开制度", "重大交通规划在决策前公开征求意见。",
         "（乙）做好政策解读", "规范性文件与解读材料同步发布。",
         "（二）加强结果公开", "按季度公开重点项目的建设进度。",
         "二、存在的问题", "（甲）解读形式单一", "图解和视频解读数量偏少。", "（乙）更新不够及时", "个别栏目更新滞后。",
         "三、下一步打算", "明年将增加图解和视频解读。"]


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
def test_headings_numbered_with_stems_go_one_below_the_heading_they_come_under(tmp_path, fmt):
    """（甲）（乙）: under （一） a level below it, right under a part at the level of （一）; each was a paragraph."""
    data = _summary(tmp_path, fmt, STEMS)
    assert data["work"] == [
        {"heading": "推进决策公开", "content": [
            {"heading": "完善预公开制度", "content": ["重大交通规划在决策前公开征求意见。"]},
            {"heading": "做好政策解读", "content": ["规范性文件与解读材料同步发布。"]}]},
        {"heading": "加强结果公开", "content": ["按季度公开重点项目的建设进度。"]}]
    assert data["problems"] == [{"heading": "解读形式单一", "content": ["图解和视频解读数量偏少。"]},
                                {"heading": "更新不够及时", "content": ["个别栏目更新滞后。"]}]


def test_headings_numbered_with_a_closing_bracket_only_are_those_of_their_bracketed_kind(tmp_path):
    """1） 2） (no opening bracket, as many type them): （1） headings under their 1. (each was a paragraph)."""
    data = _summary(tmp_path, "txt", ["一、主要做法", "（一）推进决策公开", "1.完善预公开制度",
                                      "1）重大规划", "重大交通规划在决策前公开征求意见。",
                                      "2) 一般事项", "一般事项在决策后及时公开结果。",
                                      "二、存在的问题", "政策解读形式还比较单一。"])
    assert data["work"] == [{"heading": "推进决策公开", "content": [{"heading": "完善预公开制度", "content": [
        {"heading": "重大规划", "content": ["重大交通规划在决策前公开征求意见。"]},
        {"heading": "一般事项", "content": ["一般事项在决策后及时公开结果。"]}]}]}]


DECIMALS = ["一、主要做法", "1.1 推进决策公开", "重大交通规划在决策前公开征求意见。",
            "1.1.1 农村公路", "乡道改造进度每月更新一次。", "1.1.2客运站点", "新建站点的选址结果及时公开。",
            "1.2 加强结果公开", "1.5万条运输许可信息已在专栏集中发布，方便群众查询。",
            "二、存在的问题", "2.1、解读形式单一", "2.3%的文件配发了图解，比上年有所提高。",
            "２．２．更新不够及时", "2021.12.31前已完成的事项不再重复列出。",
            "三、下一步打算", "3.5 万元专项经费已列入预算", "明年将增加图解和视频解读。"]


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
def test_decimal_headings_nest_by_their_depth_and_figures_with_a_point_stay_text(tmp_path, fmt):
    """1.1, 1.1.1, 2.1、, ２．２． (full width): headings, a level each part of the number (each was a paragraph);
    sentences and lines that start with a figure (1.5万条, 2.3%, 3.5 万元) or a date (2021.12.31前) stay text."""
    data = _summary(tmp_path, fmt, DECIMALS)
    assert data["work"] == [
        {"heading": "推进决策公开", "content": [
            "重大交通规划在决策前公开征求意见。",
            {"heading": "农村公路", "content": ["乡道改造进度每月更新一次。"]},
            {"heading": "客运站点", "content": ["新建站点的选址结果及时公开。"]}]},
        {"heading": "加强结果公开", "content": ["1.5万条运输许可信息已在专栏集中发布，方便群众查询。"]}]
    assert data["problems"] == [
        {"heading": "解读形式单一", "content": ["2.3%的文件配发了图解，比上年有所提高。"]},
        {"heading": "更新不够及时", "content": ["2021.12.31前已完成的事项不再重复列出。"]}]
    assert data["plan"] == ["3.5 万元专项经费已列入预算", "明年将增加图解和视频解读。"]


TWICE = ["一、 一、主要做法", "（一）（一）推进决策公开", "重大交通规划在决策前公开征求意见。",
         "（二）", "加强结果公开", "按季度公开重点项目的建设进度。",
         "二、二、存在的问题", "一是解读形式单一；二是更新不够及时。",
         "第三部分", "下一步打算", "明年将增加图解和视频解读。"]


@pytest.mark.parametrize("fmt", ["txt", "docx", "html", pytest.param("pdf", marks=pytest.mark.skipif(
    SOFFICE is None, reason="no LibreOffice installed"))])
def test_a_number_typed_twice_or_alone_on_its_line_is_read_once_with_its_heading(tmp_path, fmt):
    """一、 一、主要做法 and （一）（一）: the number once (the parts were not found, the heading printed its number
    twice); （二） and 第三部分 alone on a line, the heading's words on the next: one heading (a bare paragraph and a
    heading without words). 一是…二是… is text."""
    data = _summary(tmp_path, fmt, TWICE)
    assert data["headings"] == {"work": "主要做法", "plan": "下一步打算"}
    assert data["work"] == [{"heading": "推进决策公开", "content": ["重大交通规划在决策前公开征求意见。"]},
                            {"heading": "加强结果公开", "content": ["按季度公开重点项目的建设进度。"]}]
    assert data["problems"] == ["一是解读形式单一；二是更新不够及时。"]
    assert data["plan"] == ["明年将增加图解和视频解读。"]


#: Word's numbering: 一、 at level 0, （一） at level 1 (chineseCounting), as Word turns typed numbers into a list.
NUMBERING = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77"><w:multiLevelType w:val="multilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
             '<w:lvlText w:val="%1、"/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
             '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>')


def test_a_number_typed_after_words_list_label_is_read_once(tmp_path):
    """A DOCX whose headings Word numbers (一、 （一） in the list's definition) and whose author typed the number
    again after the label: read 一、一、主要做法 and （一）（一）推进决策公开, no part found."""
    source = _source(tmp_path, "docx", ["一、主要做法", "（一）推进决策公开", "重大交通规划在决策前公开征求意见。",
                                        "（二）加强结果公开", "按季度公开重点项目的建设进度。",
                                        "二、存在的问题", "政策解读形式还比较单一。"])
    document = docx.Document(str(source))
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for paragraph in document.paragraphs:
        level = {"一": 0, "二": 0, "（": 1}.get(paragraph.text[:1])
        if level is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'))
    document.save(str(source))
    result = imported(source, tmp_path, PLUGINS, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["headings"] == {"work": "主要做法"}
    assert data["work"] == [{"heading": "推进决策公开", "content": ["重大交通规划在决策前公开征求意见。"]},
                            {"heading": "加强结果公开", "content": ["按季度公开重点项目的建设进度。"]}]
    assert data["problems"] == ["政策解读形式还比较单一。"]


OVERVIEW = [{"heading": "主动公开", "content": [
    "全年通过县政府门户网站本局专栏发布信息612条，其中国土空间规划公示27条、征地信息公开89条、建设用地审批结果143条。",
    {"heading": "规划和用地信息", "content": ["乡镇国土空间总体规划草案在批前全部公示30日，公示期间收到并答复意见41条。"]},
    {"heading": "执法和处罚信息", "content": ["全年作出行政处罚决定37件，均在决定作出后7个工作日内公开。"]}]}]


def _page(tmp_path: Path) -> str:
    return unspaced(render_source(SAMPLE, "html", tmp_path, PLUGINS))


def _ueditor(page: str, classes: bool) -> str:
    """The sample page with the items of its first part as UEditor writes a list whose numbers are pictures: each
    （一） item an <li> of <ol class="custom_cn2"> holding its paragraphs, the 1. items an inner <ol class="custom_num">;
    ``classes``: each <li> names its picture (list-cn-3-2) too."""
    start, end = page.index("<h3>（一）"), page.index("<h2>二、")
    out, inner, n, m = ['<ol class="custom_cn2 list-paddingleft-2">'], False, 0, 0
    for tag, body in re.findall(r"<(h3|h4|p)>(.*?)</\1>", page[start:end], re.S):
        if tag == "h3":
            out += ["</li></ol>" if inner else "", "</li>" if n else ""]
            n, m, inner = n + 1, 0, False
            own = f' class="list-cn-3-{n} list-cn2-paddingleft-1"' if classes else ""
            out.append(f"<li{own}><p>{body[3:]}</p>")
        elif tag == "h4":
            out.append("</li>" if inner else '<ol class="custom_num list-paddingleft-1">')
            m, inner = m + 1, True
            own = f' class="list-num-1-{m} list-num-paddingleft-1"' if classes else ""
            out.append(f"<li{own}><p>{body[2:]}</p>")
        else:
            out.append(f"<p>{body}</p>")
    return page[:start] + "".join(out) + "</li></ol>" + page[end:]


@pytest.mark.parametrize("classes", [True, False])
def test_ueditors_lists_are_read_with_the_numbers_their_pictures_show(tmp_path, classes):
    """UEditor's <ol class="custom_cn2"> shows （一） （二） as pictures, its inner <ol class="custom_num"> 1. 2.: read
    as decimal 1. 2. (the browser's default), the （一） items were level-3 headings beside their own 1. items."""
    result, data = import_text(tmp_path, "r.html", _ueditor(_page(tmp_path), classes))
    assert result.ok
    overview = data["sections"]["overview"]
    assert overview[1:2] == OVERVIEW
    assert [item["heading"] for item in overview[1:]] == ["主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设",
                                                          "监督保障"]


def _renumbered(page: str, decimal: bool) -> str:
    """The sample page with its headings below the parts as paragraphs (no <h3>, <h4>) numbered （甲） （乙）, their 1.
    items kept; or (``decimal``) 1.1, 1.2 in part 一, 5.1 in part 五, and 1.1.1 under 1.1."""
    part = item = 0

    def number(found: re.Match) -> str:
        nonlocal part, item
        tag, words = found[1], found[2]
        if tag == "h2":
            part = "一二三四五六".index(words[0]) + 1
            return found[0]
        if tag == "h3":
            item = "一二三四五".index(words[1]) + 1
            words = (f"{part}.{item} " if decimal else f"（{'甲乙丙丁戊'[item - 1]}）") + words[3:]
        elif decimal:
            words = f"{part}.{item}.{words[0]} {words[2:]}"
        return f"<p>{words}</p>"

    return re.sub(r"<(h[234])>([^<]*)</\1>", number, page)


@pytest.mark.parametrize("decimal", [False, True])
def test_a_report_with_stems_or_decimal_headings_checks_as_the_sample_does(tmp_path, decimal):
    """The sample report with its （一） items numbered （甲） (its 1. items under them), or 1.1 with 1.1.1 under them,
    set as plain paragraphs: imported nested as the sample is (each was a paragraph of the part), and ``check`` finds
    nothing in it."""
    page = _renumbered(_page(tmp_path), decimal)
    result, data = import_text(tmp_path, "r.html", page)
    assert data["sections"]["overview"][1:2] == OVERVIEW
    assert [item["heading"] for item in data["sections"]["problems"]] == ["存在的主要问题", "改进情况"]
    checked = CliRunner().invoke(cli, ["check", str(tmp_path / "r.html"), "--report", str(tmp_path / "r.csv"),
                                       "-j", "1"])
    assert checked.exit_code == 0, checked.output
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        assert [row["rule"] for row in csv.DictReader(f)] == ["ok"]
