"""A heading whose written number is not the one a render gives it where it stands (a number skipped, （一）（三）; said
twice, （二）（二）; numbering going back, or starting above one; a sibling before it read as a paragraph) was imported and
printed again under its place's number with nothing said: in an annual report's parts, a 2008 report's, a work
summary's and a work plan's (its tasks too). Each break is said once, at its first heading, with the headings after it
that move with it; headings numbered one after another, again from one under each parent, say nothing. The inputs are
written for these tests."""
from __future__ import annotations

import pytest
import yaml

from _import_helpers import imported

SUMMARY = """某县交通运输局2023年政务公开工作总结

今年以来，我局按照县政府的部署推进政务公开工作，现将有关情况总结如下。

一、主要做法

（一）推进决策公开

1.完善预公开制度

重大交通规划在决策前向社会公开征求意见。

2.做好政策解读

（1）同步发布

规范性文件与解读材料同步发布。

（2）多样解读

采用图解方式解读两件文件。

（二）加强结果公开

1.公开项目进度

按季度公开重点项目的建设进度。

2.公开资金使用

按月公开养护资金的使用情况。

（三）回应群众关切

对网上留言做到件件有回复。

二、存在的问题

（一）解读形式单一

政策解读形式还比较单一。

（二）更新不够及时

个别栏目更新不及时。

三、下一步打算

（一）丰富解读形式

明年将增加图解和视频解读。

（二）加强栏目管理

每月检查一次栏目更新。

某县交通运输局
2023年12月20日
"""

REPORT_2008 = """某县水利局2008年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》的要求，现将我局2008年政府信息公开工作情况报告如下。

一、概述

（一）建立工作机构

局里成立了信息公开领导小组，由分管副局长牵头。

（三）编制公开目录

年内编好了本局的信息公开指南和目录。

（四）完善制度

制定了保密审查和公开申请受理两项制度。

二、主动公开政府信息的情况

全年主动公开政府信息86条。

三、依申请公开政府信息的情况

全年没有收到公开申请。

四、政府信息公开的收费及减免情况

没有收取任何费用。

五、因政府信息公开申请行政复议、提起行政诉讼的情况

没有发生行政复议和行政诉讼。

六、存在的主要问题及改进措施

（一）存在的问题

公开的内容还不够丰富。

（二）改进措施

1.增加公开内容

下一年把工程建设信息纳入公开。

1.加强培训

每季度组织一次业务学习。

某县水利局
2009年3月20日
"""

REPORT = """某县审计局2023年政府信息公开工作年度报告

本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2023年1月1日至12月31日。

一、总体情况

（一）主动公开

全年在门户网站发布各类信息120条。

（二）依申请公开

全年受理公开申请3件，均按期答复。

（四）平台建设

对门户网站的审计公告栏目进行了改版。

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

某县审计局
2024年1月20日
"""


def _numbers_said(tmp_path, name: str, text: str, **options):
    """The import of ``text``: its findings on headings' numbers, and its data."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    result = imported(source, tmp_path, **options)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    return [f for f in result.findings if "的编号是" in f.message], data


def test_headings_numbered_in_order_say_nothing(tmp_path):
    """Three levels below the parts, each numbered again from one under its parent (（一） 1. （1）): nothing said."""
    said, data = _numbers_said(tmp_path, "summary.txt", SUMMARY, documents=True)
    assert said == []
    assert [item["heading"] for item in data["work"]] == ["推进决策公开", "加强结果公开", "回应群众关切"]


@pytest.mark.parametrize("changes, message", [
    ({"（二）加强结果公开": "（三）加强结果公开", "（三）回应群众关切": "（四）回应群众关切"},
     "小标题“（三）加强结果公开”的编号是“（三）”，按它所在的位置重新排版时编为“（二）”（原文跳过了“（二）”）；"
     "其后的“（四）”也随之编为“（三）”"),
    ({"（二）加强结果公开": "（四）加强结果公开", "（三）回应群众关切": "（五）回应群众关切"},
     "小标题“（四）加强结果公开”的编号是“（四）”，按它所在的位置重新排版时编为“（二）”（原文跳过了“（二）”“（三）”）；"
     "其后的“（五）”也随之编为“（三）”"),
    ({"（三）回应群众关切": "（二）回应群众关切"},
     "小标题“（二）回应群众关切”的编号是“（二）”，按它所在的位置重新排版时编为“（三）”"
     "（原文与上一个小标题“（二）加强结果公开”同号）"),
    ({"（三）回应群众关切": "（一）回应群众关切"},
     "小标题“（一）回应群众关切”的编号是“（一）”，按它所在的位置重新排版时编为“（三）”"
     "（原文在上一个小标题“（二）加强结果公开”之后又从“（一）”编起）"),
    ({"2.公开资金使用": "3.公开资金使用"},
     "小标题“3.公开资金使用”的编号是“3.”，按它所在的位置重新排版时编为“2.”（原文跳过了“2.”）"),
    ({"（2）多样解读": "（1）多样解读"},
     "小标题“（1）多样解读”的编号是“（1）”，按它所在的位置重新排版时编为“（2）”（原文与上一个小标题“（1）同步发布”同号）"),
    ({"（一）推进决策公开": "（二）推进决策公开"},
     "小标题“（二）推进决策公开”的编号是“（二）”，按它所在的位置重新排版时编为“（一）”（原文这一组小标题从“（二）”编起）"),
    ({"（一）解读形式单一\n\n政策解读形式还比较单一。\n\n": "（一）解读形式单一\n\n"},
     "小标题“（二）更新不够及时”的编号是“（二）”，按它所在的位置重新排版时编为“（一）”"
     "（前面的“（一）解读形式单一”作为一段文字导入，不占编号）"),
], ids=["skipped", "two-skipped", "repeated", "back-to-one", "item-skipped", "point-repeated", "from-two", "paragraph"])
def test_work_summary_heading_renumbered(tmp_path, changes, message):
    """One finding at the heading where the numbering breaks, naming the headings after it that move with it."""
    text = SUMMARY
    for old, new in changes.items():
        text = text.replace(old, new)
    said, _ = _numbers_said(tmp_path, "summary.txt", text, documents=True)
    assert [(f.rule, f.message) for f in said] == [("sections", message + "：请核对原件")]


def test_a_sibling_read_as_a_paragraph_is_no_skip(tmp_path):
    """A sibling too long for a heading, kept as a paragraph under the heading before it, is in the original: the
    heading after it is said renumbered, with that paragraph, never as a number the original skipped."""
    text = SUMMARY.replace("（二）更新不够及时\n\n个别栏目更新不及时。", "（二）更新不够及时，个别栏目的内容在较长时间里没有"
                           "更新，群众查找时不方便，年中检查时已经发现但还没有完全解决。\n\n（三）渠道不够多\n\n只有网站一个渠道。")
    said, data = _numbers_said(tmp_path, "summary.txt", text, documents=True)
    assert [item["heading"] for item in data["problems"] if isinstance(item, dict)] == ["解读形式单一", "渠道不够多"]
    assert [f.message for f in said] == ["小标题“（三）渠道不够多”的编号是“（三）”，按它所在的位置重新排版时编为“（二）”"
                                         "（前面的“（二）更新不够及时，个别栏目的内容在较长…”作为一段文字导入，不占编号）：请核对原件"]


def test_2008_report_headings_renumbered(tmp_path):
    """A 2008 report's parts (read by nest_tables): a skip in 一's headings, a repeat in 六's items; the headings are
    imported as written, without their numbers."""
    said, data = _numbers_said(tmp_path, "report.txt", REPORT_2008)
    assert [item["heading"] for item in data["sections"]["overview"]["content"]] == ["建立工作机构", "编制公开目录", "完善制度"]
    assert [(f.place, f.message, f.published) for f in said] == [
        ("第 11 行", "小标题“（三）编制公开目录”的编号是“（三）”，按它所在的位置重新排版时编为“（二）”（原文跳过了“（二）”）；"
                    "其后的“（四）”也随之编为“（三）”：请核对原件",
         "小标题“（三）编制公开目录”的编号是“（三）”（原文跳过了“（二）”）：请核对原件"),
        ("第 47 行", "小标题“1.加强培训”的编号是“1.”，按它所在的位置重新排版时编为“2.”（原文与上一个小标题“1.增加公开内容”同号）："
                    "请核对原件",
         "小标题“1.加强培训”的编号是“1.”（原文与上一个小标题“1.增加公开内容”同号）：请核对原件")]


def test_annual_report_part_heading_skipped(tmp_path):
    """An annual report's part (AnnualMapper.nest): 一's （一）（二）（四）."""
    said, data = _numbers_said(tmp_path, "report.txt", REPORT)
    assert [item["heading"] for item in data["sections"]["overview"] if isinstance(item, dict)] \
        == ["主动公开", "依申请公开", "平台建设"]
    assert [f.message for f in said] == ["小标题“（四）平台建设”的编号是“（四）”，按它所在的位置重新排版时编为“（三）”"
                                         "（原文跳过了“（三）”）：请核对原件"]


PLAN = """某县审计局2024年政务公开工作要点

为做好今年的政务公开工作，结合本局实际，制定本要点。

一、总体要求

坚持以公开为常态、不公开为例外，全面推进政务公开。

二、主要任务

（一）做好审计结果公开

1.集中发布审计公告

审计结果公告在门户网站集中发布。

3.公开整改情况

被审计单位的整改情况按季度公开。

（二）做好政策解读

审计法规文件与解读材料同步发布。

（二）做好依申请公开

规范受理、办理和答复各个环节。

三、保障措施

（一）加强组织领导

主要负责同志亲自过问政务公开工作。

（三）加强督促检查

每半年检查一次任务落实情况。

某县审计局
2024年3月1日
"""


def test_work_plan_tasks_and_headings_renumbered(tmp_path):
    """A work plan's tasks and their sub-items (read apart from nest: a task is printed numbered, with or without
    measures under it), and the headings of its other parts."""
    said, data = _numbers_said(tmp_path, "plan.txt", PLAN, documents=True)
    assert [task["task"] for task in data["tasks"]] == ["做好审计结果公开", "做好政策解读", "做好依申请公开"]
    assert [f.message for f in said] == [
        "小标题“（三）加强督促检查”的编号是“（三）”，按它所在的位置重新排版时编为“（二）”（原文跳过了“（二）”）：请核对原件",
        "任务“3.公开整改情况”的编号是“3.”，按它所在的位置重新排版时编为“2.”（原文跳过了“2.”）：请核对原件",
        "任务“（二）做好依申请公开”的编号是“（二）”，按它所在的位置重新排版时编为“（三）”（原文与上一个任务“（二）做好政策解读”同号）："
        "请核对原件"]
