"""A work summary's or plan's table copied by pdftotext without ``-layout``: a cell a line, the columns one after another,
the next part's heading set among them. The cells stay in the part (or 附件) they belong to, in a finding at their first
line; short lines of a text that are no table's are left alone. The inputs are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()
LOOSE = "是一张表格的格子"

#: A summary whose table pdftotext set a cell a line, the second part's heading after the first column.
SUMMARY = """青石县水利局2023年政务公开工作总结

2023年，我局按照县政府的部署，认真做好水利领域的政务公开。

一、主要工作

（一）信息发布及时。网站水利专栏全年发布信息236条，分类如下。
栏目
条数

工程建设
防汛抗旱
水资源管理
二、存在的不足

121
64
51

同比
增减
12
3
5

部分栏目更新不够及时，解读材料的形式比较单一。

三、下一步打算

（一）加强解读。重要政策发布时同步推出图文解读。

青石县水利局
2024年1月15日
"""

#: A plan whose task table, its 附件, pdftotext set a cell a line.
PLAN = """柳河镇人民政府2024年政务公开工作方案

为做好本镇2024年政务公开工作，制定本方案。

一、总体要求

坚持以公开促落实，提高基层政务公开的质量。

二、主要任务

（一）公开财政收支。每季度在公开栏公布镇财政收支情况。

（二）公开低保名单。低保对象名单每季度更新公示。

三、保障措施

镇党政办统筹推进，年底前开展一次自查。

附件：柳河镇2024年政务公开任务分工表

柳河镇人民政府
2024年3月1日

附件

柳河镇2024年政务公开任务分工表
序号
1

工作任务
公开财政收支

2

公开低保名单

牵头单位
财政所
民政办

完成时限
每季度
每季度
"""

#: A plan whose table in the tasks part pdftotext set a cell a line, the next part's heading among them.
PLAN_INLINE = """柳河镇人民政府2024年政务公开工作方案

为做好本镇2024年政务公开工作，制定本方案。

一、总体要求

坚持以公开促落实，提高基层政务公开的质量。

二、主要任务

（一）公开财政收支。每季度在公开栏公布镇财政收支情况。

各季度公布的事项数如下。
季度
一季度
二季度
三、保障措施

事项数
14
9

镇党政办统筹推进，年底前开展一次自查。

柳河镇人民政府
2024年3月1日
"""


def _import(folder: Path, text: str):
    """``text`` as a .txt imported as any document: the result, the data it wrote, and the lines of the text."""
    source = folder / "copy.txt"
    source.write_text(text, encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8")), text.split("\n")


def _line(lines: list[str], text: str) -> str:
    return f"第 {lines.index(text) + 1} 行"


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    return _import(tmp_path_factory.mktemp("summary"), SUMMARY)


def test_a_summary_s_loose_cells_stay_in_their_part(summary):
    """The figures the copy set after “二、存在的不足” were the problems part's first paragraphs, in silence: they are
    the work part's table's, and stay there, after its other cells; the problems part is its own sentence."""
    _, data, _ = summary
    assert data["problems"] == ["部分栏目更新不够及时，解读材料的形式比较单一。"]
    assert data["work"] == ["（一）信息发布及时。网站水利专栏全年发布信息236条，分类如下。", "栏目", "条数", "工程建设", "防汛抗旱",
                            "水资源管理", "121", "64", "51", "同比", "增减", "12", "3", "5"]


def test_a_summary_s_loose_cells_are_said_at_their_first_line(summary):
    result, _, lines = summary
    said = [f for f in result.findings if LOOSE in f.message]
    assert [f.place for f in said] == [_line(lines, "栏目")]
    assert "13 行" in said[0].message and "“二、存在的不足”已移到这些行之后" in said[0].message
    assert "请对照原件" in said[0].message and "DOCX、PDF 原件" in said[0].message


def test_a_plan_s_task_table_in_an_attachment_is_said(tmp_path):
    """The 分工表 pdftotext set a cell a line (its head not on lines one after another, which the plan's own note on an
    unread task table looks for) was the attachment's text with no finding: now one at 序号's line."""
    result, data, lines = _import(tmp_path, PLAN)
    said = [f for f in result.findings if LOOSE in f.message]
    assert [f.place for f in said] == [_line(lines, "序号")]
    assert not [f for f in result.findings if "任务分解表没有读成表格" in f.message]
    assert data["attachments"][-1]["content"][:3] == ["序号", "1", "工作任务"]


def test_a_task_table_said_unread_is_not_said_again(tmp_path):
    """A head a cell a line gets the plan's own note on an unread task table, and only that one."""
    text = PLAN.split("序号\n")[0] + "\n".join([
        "序号", "工作任务", "具体措施", "牵头单位", "完成时限", "各村", "每季度", "1", "2", "公开财政收支 每季度在公开栏公布镇财政收支情况。",
        "民政办", "公开低保名单 低保对象名单每季度更新公示。", "每季度", ""])
    result, _, lines = _import(tmp_path, text)
    assert [f.place for f in result.findings if "任务分解表没有读成表格" in f.message] == [_line(lines, "序号")]
    assert not [f for f in result.findings if LOOSE in f.message]


def test_a_plan_s_loose_cells_stay_before_the_next_part(tmp_path):
    """The figures after “三、保障措施” were that part's paragraphs; they are the tasks part's table's."""
    result, data, lines = _import(tmp_path, PLAN_INLINE)
    assert data["safeguards"] == ["镇党政办统筹推进，年底前开展一次自查。"]
    assert "14" in yaml.safe_dump(data["tasks"], allow_unicode=True)
    said = [f for f in result.findings if LOOSE in f.message]
    assert [f.place for f in said] == [_line(lines, "季度")] and "“三、保障措施”" in said[0].message


@pytest.mark.parametrize("lines", [
    # a group's members a line each, one number alone (a page's number)
    ["领导小组组成如下：", "组长", "局长", "副组长", "分管副局长", "成员", "各股室负责人", "2"],
    # short lines with a number alone each, but only three of them
    ["全年受理申请", "12", "件"],
    # numbered list items and short headings between figures
    ["（二）平台建设", "1.网站", "2", "2.政务新媒体", "3"],
])
def test_short_lines_of_a_text_are_no_table(tmp_path, lines):
    """Short lines that are no table's (a list, items, too few figures) are left where they stand, with no finding."""
    text = SUMMARY.replace("（一）信息发布及时。网站水利专栏全年发布信息236条，分类如下。\n栏目\n条数\n\n工程建设\n防汛抗旱\n水资源管理\n",
                           "\n".join(["（一）信息发布及时。网站水利专栏全年发布信息236条。", *lines]) + "\n")
    text = text.split("121\n")[0].rstrip() + "\n\n部分栏目更新不够及时，解读材料的形式比较单一。\n\n三、下一步打算\n\n" \
        "（一）加强解读。重要政策发布时同步推出图文解读。\n\n青石县水利局\n2024年1月15日\n"
    result, data, _ = _import(tmp_path, text)
    assert not [f for f in result.findings if LOOSE in f.message]
    assert data["problems"] == ["部分栏目更新不够及时，解读材料的形式比较单一。"]
    assert len(data["plan"]) == 1
