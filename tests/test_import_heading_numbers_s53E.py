"""Heading numbers in a work plan's and a work summary's import. A part numbered out of order (一、二、四、) was
matched to its key and printed again under its part's number with nothing said; a ① under a （1） heading, a level
below it, was taken for its sibling (the （1） became a paragraph, the ① headings, and the （2） after them was said
renumbered). The inputs are written for these tests."""
from __future__ import annotations

import pytest
import yaml

from _import_helpers import imported

PLAN = """某县林业局2024年政务公开工作要点

为做好今年的政务公开工作，结合本局实际，制定本要点。

一、总体要求

以公开促落实，以公开优服务，全面提升林业政务公开的质量。

二、主要任务

（一）公开森林防火信息

防火期内每周发布一次森林火险等级。

（二）公开采伐许可信息

采伐许可证的办理结果在十个工作日内公开。

三、保障措施

（一）明确工作责任

办公室牵头，各股室确定一名信息员。

（二）加强培训指导

每半年组织一次政务公开业务培训。

某县林业局
2024年2月26日
"""

SUMMARY = """某县林业局2023年政务公开工作总结

今年以来，我局认真落实政务公开各项要求，现将有关情况总结如下。

一、主要做法

（一）推进执法公开

1.公开执法依据

在门户网站集中公布执法依据二十三项。

2.公开执法结果

（1）行政处罚结果

①一般程序案件

作出处罚决定后七个工作日内公开。

②简易程序案件

每月汇总公开一次。

（2）行政检查结果

检查结果在检查结束后公开。

（二）做好防火宣传

防火期内每周发布一次森林火险等级。

二、存在的问题

个别栏目更新不够及时。

三、下一步打算

明年将把林权流转信息纳入公开目录。

某县林业局
2023年12月25日
"""


def _said(tmp_path, name: str, text: str):
    """The import of ``text`` as a work plan or summary: its findings on headings' numbers, and its data."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    result = imported(source, tmp_path, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    return [(f.place, f.message, f.published) for f in result.findings if "的编号" in f.message], data


@pytest.mark.parametrize("changes, at, message, published", [
    ({"三、保障措施": "四、保障措施"}, "第 19 行",
     "部分标题“四、保障措施”的编号是“四、”，按它所在的位置重新排版时编为“三、”（原文跳过了“三、”）：请核对原件",
     "部分标题“四、保障措施”的编号是“四、”（原文跳过了“三、”）：请核对原件"),
    ({"三、保障措施": "二、保障措施"}, "第 19 行",
     "部分标题“二、保障措施”的编号是“二、”，按它所在的位置重新排版时编为“三、”（原文与上一个部分标题“二、主要任务”同号）：请核对原件",
     "部分标题“二、保障措施”的编号是“二、”（原文与上一个部分标题“二、主要任务”同号）：请核对原件"),
    ({"一、总体要求": "二、总体要求", "二、主要任务": "三、主要任务", "三、保障措施": "四、保障措施"}, "第 5 行",
     "部分标题“二、总体要求”的编号是“二、”，按它所在的位置重新排版时编为“一、”（原文这一组部分标题从“二、”编起）；"
     "其后的“三、”“四、”也随之编为“二、”“三、”：请核对原件",
     "部分标题“二、总体要求”的编号是“二、”（原文这一组部分标题从“二、”编起）：请核对原件"),
], ids=["skipped", "repeated", "from-two"])
def test_plan_part_renumbered(tmp_path, changes, at, message, published):
    """One finding at the part whose number breaks, as for the headings below the parts."""
    text = PLAN
    for old, new in changes.items():
        text = text.replace(old, new)
    said, data = _said(tmp_path, "plan.txt", text)
    assert said == [(at, message, published)]
    assert [item["heading"] for item in data["safeguards"]] == ["明确工作责任", "加强培训指导"]


def test_plan_part_after_one_taken_in(tmp_path):
    """A part the plan has no place for (三、实施步骤, taken into the 保障措施 as a subheading) is in the count as written:
    四、保障措施 after it, printed as 三、, is said only where the numbers break (五、)."""
    steps = "三、实施步骤\n\n三月底前部署，十二月底前总结。\n\n"
    said, _ = _said(tmp_path, "plan.txt", PLAN.replace("三、保障措施", steps + "四、保障措施"))
    assert said == []
    said, _ = _said(tmp_path, "plan.txt", PLAN.replace("三、保障措施", steps + "五、保障措施"))
    assert [message for _, message, _ in said] == [
        "部分标题“五、保障措施”的编号是“五、”，按它所在的位置重新排版时编为“三、”（原文跳过了“四、”）：请核对原件"]


def test_summary_parts_skipped(tmp_path):
    said, data = _said(tmp_path, "summary.txt", SUMMARY.replace("二、存在的问题", "三、存在的问题")
                       .replace("三、下一步打算", "四、下一步打算"))
    assert [message for _, message, _ in said] == [
        "部分标题“三、存在的问题”的编号是“三、”，按它所在的位置重新排版时编为“二、”（原文跳过了“二、”）；"
        "其后的“四、”也随之编为“三、”：请核对原件"]
    assert data["problems"] == ["个别栏目更新不够及时。"]


def test_circled_numbers_under_a_bracketed_one_are_its_text(tmp_path):
    """① ② under （1）: a level below it (GB/T 9704 numbers four levels, 一、 （一） 1. （1）; ① numbers the items below
    the fourth), where no heading goes: paragraphs under the （1） heading, as written; the （2） after them is its
    sibling, nothing said (the （1） was a paragraph, the ① ② its siblings, the （2） said to be printed （3）)."""
    said, data = _said(tmp_path, "summary.txt", SUMMARY)
    assert said == []
    assert data["work"][0]["content"][1] == {"heading": "公开执法结果", "content": [
        {"heading": "行政处罚结果", "content": ["①一般程序案件", "作出处罚决定后七个工作日内公开。",
                                          "②简易程序案件", "每月汇总公开一次。"]},
        {"heading": "行政检查结果", "content": ["检查结果在检查结束后公开。"]}]}


def test_circled_numbers_under_a_bracket_closed_one_are_its_text(tmp_path):
    """① ② under 1）, written as （1） is: its text; nothing said."""
    said, data = _said(tmp_path, "summary.txt", SUMMARY.replace("（1）", "1）").replace("（2）", "2）"))
    assert said == []
    assert [item["heading"] for item in data["work"][0]["content"][1]["content"]] == ["行政处罚结果", "行政检查结果"]


FIRE = "（二）做好防火宣传\n\n防火期内每周发布一次森林火险等级。\n\n"
SITE = "（三）强化网站管理\n\n对网站栏目进行了一次全面清理。\n\n"


def test_a_long_heading_among_headings_is_one(tmp_path):
    """A heading longer than one read alone (46 characters), with no stop in it and its text under it, among headings:
    a heading, as its siblings are; the （三） after it is numbered as printed, nothing said (it was a paragraph under
    the （2） before, and the （三） was said to be printed （二））."""
    long = "（二）做好森林防火期内的宣传教育和火险等级发布工作切实提高广大群众的森林防火意识和自救能力"
    said, data = _said(tmp_path, "summary.txt", SUMMARY.replace(FIRE, f"{long}\n\n防火期内每周发布一次森林火险等级。\n\n{SITE}"))
    assert said == []
    assert [item["heading"] for item in data["work"]] == ["推进执法公开", long[3:], "强化网站管理"]


def _page(tmp_path, text: str, below: str, thing: str):
    """``text`` as a web page, a paragraph a line, with ``thing`` (HTML) right under the line ``below`` in place of
    the text under it: its findings on headings' numbers."""
    lines = text.split("\n\n")
    at = lines.index(below)
    lines[at + 1] = thing
    page = "".join(line if line.startswith("<") else f"<p>{line}</p>" for line in lines)
    source = tmp_path / "page.html"
    source.write_text(f'<html><head><meta charset="utf-8"></head><body>{page}</body></html>', encoding="utf-8")
    result = imported(source, tmp_path, documents=True)
    return [f.message for f in result.findings if "的编号" in f.message], [f.message for f in result.findings]


REPORT = """某县林业局2023年政府信息公开工作年度报告

本报告依据《中华人民共和国政府信息公开条例》编制。

一、总体情况

（一）主动公开

全年在门户网站发布各类信息96条。

（二）依申请公开

全年受理公开申请2件，均按期答复。

（三）平台建设

对门户网站的林业公告栏目进行了改版。

二、主动公开政府信息情况

见下表。

三、收到和处理政府信息公开申请情况

见下表。

四、政府信息公开行政复议、行政诉讼情况

没有发生行政复议和行政诉讼。

五、存在的主要问题及改进情况

栏目内容更新不够及时，明年将建立定期检查制度。

六、其他需要报告的事项

本年度没有收取信息处理费。

某县林业局
2024年1月18日"""


@pytest.mark.parametrize("text, below, thing, left_out", [
    (SUMMARY.replace(FIRE, FIRE + SITE), "（二）做好防火宣传", '<p><img src="fire.png"></p>', "图片"),
    (REPORT, "（二）依申请公开", "<table><tr><td>申请方式</td><td>件数</td></tr><tr><td>网上申请</td><td>2</td></tr></table>",
     "这个表格不是表二、表三或表四，未导入"),
], ids=["picture", "table"])
def test_a_heading_over_what_the_import_leaves_out_moves_no_number(tmp_path, text, below, thing, left_out):
    """A heading with only a picture (a summary) or a table of the agency's own (an annual report's part) under it: the
    import leaves that out, said so, and keeps the heading as a paragraph; the published numbering is right, so the
    heading after it is not said to be renumbered (it was, the one before “作为一段文字导入”)."""
    said, messages = _page(tmp_path, text.strip(), below, thing)
    assert said == []
    assert any(left_out in message for message in messages)


STEPS = """三、实施步骤

（一）部署阶段

1.制定方案

三月底前制定本局的实施方案。

2.召开会议

召开动员会部署全年工作。

（二）落实阶段

1.逐项落实

各股室按分工逐项落实任务。

（1）按月调度

每月调度一次工作进度。

四、保障措施"""


@pytest.mark.parametrize("sub, said_here", [
    ("1.逐项落实", []),
    ("2.逐项落实", ["小标题“2.逐项落实”的编号是“2.”，按它所在的位置重新排版时编为“3.”（原文这一组小标题从“2.”编起）：请核对原件"]),
], ids=["again-from-one", "from-two"])
def test_a_part_taken_in_with_four_levels(tmp_path, sub, said_here):
    """A part the plan has no place for, taken in as a subheading, with （一） 1. （1） under it: its （一） go as
    paragraphs (a level the subheading has no room for), and the 1. under each are numbered again from one as written,
    nothing said (“1.逐项落实” was said to go back after “2.召开会议”); a 1. numbered from 2 there is still said."""
    said, data = _said(tmp_path, "plan.txt", PLAN.replace("三、保障措施", STEPS.replace("1.逐项落实", sub)))
    assert [message for _, message, _ in said] == said_here
    assert data["safeguards"][-1]["heading"] == "实施步骤"
