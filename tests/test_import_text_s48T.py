"""Text copies of a PDF in reading order (pdftotext without -layout): a cell a line.

A statistics table's group label a tall narrow cell writes upright, a character a line (三 / 、 / 本 / 年 …), came out
as characters among the rows; joined, it is the label the reader knows. A 2008 report's own table with a column of
words (备注) or a cell marking none (—, /) was left as paragraphs without a word; it is read as the DOCX's. One still
not read (a blank cell gives no line, so the others are a column off) stays as paragraphs, once, and a finding says
so, as for a summary's table."""
from __future__ import annotations

import pytest
from test_import_copied_tables import _report, _rows
from test_import_reading_order_cells import _cells

from _import_helpers import import_text


def _upright(text: str, label: str, after: str, skip: int) -> str:
    """``text`` with the line ``label`` taken out and its characters put a line each ``skip`` lines after ``after``,
    where a copy in reading order sets a tall cell's upright label: at its middle, among the rows."""
    lines = text.split("\n")
    lines.remove(label)
    at = lines.index(after) + skip
    lines[at:at] = list(label)
    return "\n".join(lines)


def _two_labels_before_figures(text: str) -> str:
    """``text`` with 4.保护第三方合法权益 and 5.属于三类内部事务信息 before their 14 figures, as a narrow cell's wrapped
    label sets the next beside it: the reader then takes the table's figures in its rows' order."""
    lines = text.split("\n")
    k = lines.index("4.保护第三方合法权益")
    lines[k:k + 9] = [lines[k], lines[k + 8], *lines[k + 1:k + 8]]
    return "\n".join(lines)


def test_an_upright_group_label_among_the_rows_is_the_label(tmp_path):
    """三、本年度办理结果 a character a line after 8.属于行政查询事项's figures, 申请人情况 too: table 三 reads to the
    figures of the copy without them, and nothing is said (the characters were no label: rows 4 and 5 placeholders,
    a finding that their figures did not fit)."""
    plain = _two_labels_before_figures(_cells(_report(_rows()), head_in_pieces=False))
    _, want = import_text(tmp_path, "plain.txt", plain)
    text = _upright(plain, "三、本年度办理结果", "8.属于行政查询事项", 8)
    text = _upright(text, "申请人情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 1)
    assert "\n三\n、\n本\n年\n" in text and "\n申\n请\n人\n情\n况\n" in text
    result, data = import_text(tmp_path, "upright.txt", text)
    assert data["tables"] == want["tables"]
    assert data["tables"]["applications"]["results"]["denied"]["third_party_rights"]["total"] == 0
    assert data["tables"]["applications"]["new_received"]["total"] == 14
    assert not [f.message for f in result.findings if "表三" in f.message or "阅读顺序" in f.message]
    assert "本年度办理结果" not in result.target.read_text(encoding="utf-8")


def test_upright_characters_that_make_no_label_stay_as_they_were(tmp_path):
    """Characters a line each that join to no table's label (（六） above a page's foot, its rest on the next page)
    are left to the table's reader, which took them before."""
    plain = _cells(_report(_rows()), head_in_pieces=False)
    text = _upright(plain, "三、本年度办理结果", "8.属于行政查询事项", 8).replace("\n三\n、\n本\n", "\n三\n本\n", 1)
    result, data = import_text(tmp_path, "upright.txt", text)
    _, want = import_text(tmp_path, "plain.txt", plain)
    assert data["tables"] == want["tables"]


#: A 2008 report as pdftotext without -layout gives it (written for this test): a paragraph a line, a table's cells a
#: line each with a blank line between.
_REPORT_2008 = """某县水务局2012年政府信息公开工作年度报告
一、概述
本局把信息公开纳入年度目标管理，办公室牵头，各股室按职责报送，全年运转正常。
二、主动公开政府信息情况
全年主动公开的信息按类别统计如下。

类别

条数

占比

机构职能

12

24%

政策法规

30

{share}

规划计划

8

16%

公开的渠道以局网站为主，另在办事大厅设了查阅点。
三、依申请公开政府信息情况
本年度收到政府信息公开申请6件，答复情况见下表。

答复结果

件数

同意公开

4

部分公开

—

信息不存在

1

四、栏目更新情况
各专栏更新次数如下。

栏目

更新次数

备注

水资源公报

4

按季

工程招标

11

—

防汛信息

0

{note}

取水许可

7

随时

五、因政府信息公开申请行政复议、提起行政诉讼的情况
本年度没有因信息公开引起的行政复议和行政诉讼。
六、政府信息公开工作存在的主要问题及改进措施
个别股室报送不够及时，下一年度将实行月报制度。
"""


def test_a_2008_table_with_a_column_of_words_and_marks_of_none_is_read(tmp_path):
    """栏目｜更新次数｜备注 (按季, —, /) and 答复结果｜件数 with a — : tables, cells as the copy gives them; they were
    paragraphs, a cell each, and nothing said."""
    result, data = import_text(tmp_path, "r.txt", _REPORT_2008.format(share="60%", note="/"))
    own = data["sections"]["own"][0]
    assert own["content"] == ["各专栏更新次数如下。", {"columns": ["栏目", "更新次数", "备注"], "rows": [
        ["水资源公报", 4, "按季"], ["工程招标", 11, "—"], ["防汛信息", 0, "/"], ["取水许可", 7, "随时"]]}]
    assert {"columns": ["答复结果", "件数"], "rows": [["同意公开", 4], ["部分公开", "—"], ["信息不存在", 1]]} \
        in data["sections"]["applications"]["content"]
    assert not [f.message for f in result.findings if "表格" in f.message]


#: The lines of the table 栏目｜更新次数｜备注, each a cell.
_WORDS = ["栏目", "更新次数", "备注", "水资源公报", "4", "按季", "工程招标", "11", "—", "防汛信息", "0", "/", "取水许可", "7",
          "随时"]
#: … and of 类别｜条数｜占比.
_FIGURES = ["类别", "条数", "占比", "机构职能", "12", "24%", "政策法规", "30", "60%", "规划计划", "8", "16%"]


@pytest.mark.parametrize("share, note, place, cells", [
    ("", "/", ("active_disclosure",), [c for c in _FIGURES if c != "60%"]),  # 政策法规's 占比: which column is blank?
    ("60%", "", ("own", 0), [c for c in _WORDS if c != "/"]),  # 防汛信息's 备注: 取水许可 would be taken for it
], ids=["figures", "words"])
def test_a_2008_table_that_lost_a_blank_cell_stays_as_paragraphs_and_is_said(tmp_path, share, note, place, cells):
    """A blank cell gives no line: the table is not guessed. Its cells stay as paragraphs, each once, and a finding at
    its first line says so (nothing was said before)."""
    text = _REPORT_2008.format(share=share, note=note)
    result, data = import_text(tmp_path, "r.txt", text)
    part = data["sections"][place[0]] if len(place) == 1 else data["sections"][place[0]][place[1]]
    assert part["content"][1:1 + len(cells)] == cells
    line = text.split("\n").index(cells[0]) + 1
    said = [(f.place, f.message) for f in result.findings if "一格一行" in f.message]
    assert said == [(f"第 {line} 行", f"从“{cells[0]}”起的 {len(cells)} 行是一张表格的格子，复制下来的文字里一格一行、"
                                     "各列先后排开，读不成表格，已照原样作为段落导入：请对照原件把它们重新排成表格或改写成文字，"
                                     "或直接导入 DOCX、PDF 原件，或改用 pdftotext -layout（保留版式的文本）再导入")]


def test_a_2008_tables_upright_group_labels_make_no_head(tmp_path):
    """分类｜项目｜件数 whose first column's tall cells write 申请方式 and 答复结果 upright, a character a line: the last
    two characters were read as a table's head (方｜式 over 当面申请｜2 …), the other cells paragraphs, nothing said. Now
    no table is made of them; the cells stay as paragraphs, once, and a finding says so."""
    groups = {"申请方式": [("当面申请", "2"), ("网上申请", "3"), ("信函申请", "1")],
              "答复结果": [("同意公开", "4"), ("部分公开", "1"), ("信息不存在", "1")]}
    cells = ["分类", "项目", "件数"] + [x for label, rows in groups.items()
                                    for x in ("\n".join(label), *(c for row in rows for c in row))]
    text = _REPORT_2008.format(share="60%", note="/").replace(
        "答复结果\n\n件数\n\n同意公开\n\n4\n\n部分公开\n\n—\n\n信息不存在\n\n1\n", "\n\n".join(cells) + "\n")
    assert "\n申\n请\n方\n式\n" in text
    result, data = import_text(tmp_path, "r.txt", text)
    content = data["sections"]["applications"]["content"]
    assert content[1:] == [c for cell in cells for c in cell.split("\n")]
    line = text.split("\n").index("分类") + 1
    assert [f.place for f in result.findings if "一格一行" in f.message] == [f"第 {line} 行"]
