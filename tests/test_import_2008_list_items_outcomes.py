"""2008-edition reports read back: numbered item lines of a list are no headings, a table of the answers'
outcomes under a merged 办理结果 without a 合计 row, channels in plain brackets after their total, a list after a
sentence leading it in (申请方式如下：), and a channel's count never read into the next channel's name."""
from __future__ import annotations

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import data_of, import_text, imported, printed, render_source

PLUGINS = load_plugins()


def _report(parts: str, year: int = 2013) -> str:
    """A county bureau's report written for these tests, with ``parts`` between its 概述 and its problems."""
    return (f"青山县国土资源局{year}年政府信息公开工作年度报告\n一、概述\n本局由办公室牵头承办政府信息公开的日常工作。\n"
            f"{parts}九、存在的主要问题和改进措施\n公开目录更新偏慢，下一步建立月度检查制度。\n"
            f"青山县国土资源局\n{year + 1}年3月25日\n")


HEAD = """\
kind: annual-report
year: 2012
agency: 青山县人民政府
date: 2013-03-20
sections:
  overview:
    content:
      - 县政府办公室牵头推进全县的公开工作。
  applications:
    content: {content}
  problems:
    content:
      - 少数单位更新不及时，明年将加强督查。
"""


def _source(tmp_path, content: list, name: str = "qingshan.yaml"):
    source = tmp_path / name
    source.write_text(HEAD.format(content=yaml.safe_dump(content, allow_unicode=True, default_flow_style=True,
                                                         width=1000).strip()), encoding="utf-8")
    return source


# Item lines of a list ---------------------------------------------------------------
@pytest.mark.parametrize("items", [
    ["1.当面申请1件", "2.网上申请3件"],
    ["1.当面申请1件；", "2.网上申请3件"],
    ["1、当面申请1件，", "2、网上申请3件"],
    ["（1）当面申请1件", "（2）网上申请3件"],
    ["（一）当面申请1件", "（二）网上申请3件"],
])
def test_item_lines_of_a_list_are_no_headings(tmp_path, items):
    """The last item line took the text after the list as its own: it came back a heading (printed again as （一）
    网上申请3件), the lines before it paragraphs."""
    lines = ["本年度共收到政府信息公开申请4件，申请方式如下：", *items, "所有申请均已按期答复，没有超期的情况。"]
    _, data = import_text(tmp_path, "qingshan.txt", _report("三、依申请公开政府信息情况\n" + "\n".join(lines) + "\n"))
    assert data["sections"]["applications"]["content"] == lines


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_short_numbered_lines_reportkit_printed_come_back_as_paragraphs(fmt, tmp_path):
    """Under a heading of the agency's own: 2.审核 came back a heading over the paragraph after it."""
    content = ["本年度共收到政府信息公开申请4件，申请方式如下：", "1.当面申请1件。", "2.网上申请3件。",
               {"heading": "办理流程", "content": ["申请由办公室统一登记。", "1.登记", "2.审核", "承办科室在五个工作日内提出意见。"]}]
    source = _source(tmp_path, content)
    result = imported(render_source(source, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS)
    assert data_of(result)["sections"]["applications"]["content"] == content
    assert printed(result.target, PLUGINS) == printed(source, PLUGINS)


def test_headings_each_with_its_text_are_still_headings(tmp_path):
    lines = "（一）申请情况\n全年受理申请4件。\n（二）答复情况\n已全部按期答复。\n"
    _, data = import_text(tmp_path, "qingshan.txt", _report("三、依申请公开政府信息情况\n" + lines))
    assert data["sections"]["applications"]["content"] == [
        {"heading": "申请情况", "content": ["全年受理申请4件。"]}, {"heading": "答复情况", "content": ["已全部按期答复。"]}]


# A table of outcomes under a merged 办理结果, no 合计 -------------------------------------
OUTCOMES = [{"name": "同意公开", "count": 5}, {"name": "部分公开", "count": 1}, {"name": "信息不存在", "count": 2}]
MERGED = {"columns": ["项目", "内容", "件数"],
          "rows": [[{"text": "办理结果", "rowspan": 3}, "同意公开", 5], ["部分公开", 1], ["信息不存在", 2]]}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_outcomes_merged_under_their_head_without_a_total_row_are_read(fmt, tmp_path):
    """The table was not read; the data read back from it (a table with a merged cell beside the part's figures)
    failed to print: the build stopped on the merged cell's shorter rows."""
    content = ["本年度共收到政府信息公开申请8件，均已按期答复，办理情况见下表。", MERGED]
    source = _source(tmp_path, content)
    result = imported(render_source(source, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS)
    assert data_of(result)["sections"]["applications"] == {
        "figures": {"received": 8, "answered": 8, "outcomes": OUTCOMES}, "content": content}
    assert result.findings == []
    assert printed(result.target, PLUGINS) == printed(source, PLUGINS)  # stated by the table: not printed again


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_total_merged_across_over_outcomes_under_their_head_is_read_whole(fmt, tmp_path):
    """收到申请 merged over two columns, then 办理结果 over its outcomes, no 合计: the outcomes are all of the 8
    received, and the table is printed again as reportkit prints these figures."""
    table = {"columns": ["项目", {"text": "件数", "colspan": 2}],
             "rows": [[{"text": "收到申请", "colspan": 2}, 8], *MERGED["rows"]]}
    source = _source(tmp_path, ["本年度办理公开申请的情况见下表。", table])
    result = imported(render_source(source, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS)
    assert data_of(result)["sections"]["applications"] == {
        "figures": {"received": 8, "outcomes": OUTCOMES, "answered": 8, "show": "table"},
        "content": ["本年度办理公开申请的情况见下表。"]}
    assert result.findings == []
    again = [text.strip() for kind, text in printed(result.target, PLUGINS) if kind == "table"]
    assert again == ["收到政府信息公开申请", "8", "答复政府信息公开申请", "8", "其中：同意公开", "5", "部分公开", "1",
                     "信息不存在", "2"]


def test_outcomes_under_their_head_that_are_not_all_received_are_not_read(tmp_path):
    """Some may be unanswered: 7 outcomes of 8 received stay in the table as written, no figure of them taken."""
    table = {"columns": ["项目", {"text": "件数", "colspan": 2}],
             "rows": [[{"text": "收到申请", "colspan": 2}, 8], [{"text": "办理结果", "rowspan": 2}, "同意公开", 5],
                      ["信息不存在", 2]]}
    source = _source(tmp_path, ["本年度办理公开申请的情况见下表。", table])
    result = imported(render_source(source, "docx", tmp_path, PLUGINS), tmp_path, PLUGINS)
    part = data_of(result)["sections"]["applications"]
    assert part["figures"] == {"received": 8}
    assert part["content"][1] == table


# Lists in sentences ----------------------------------------------------------------------
def test_channels_in_plain_brackets_after_their_total_are_read(tmp_path):
    sentence = "全年收到政府信息公开申请20件（当面申请5件、网上申请15件），已全部按时答复。"
    _, data = import_text(tmp_path, "qingshan.txt", _report(f"三、依申请公开政府信息情况\n{sentence}\n"))
    assert data["sections"]["applications"] == {
        "figures": {"received": 20, "answered": 20,
                    "channels": [{"name": "当面申请", "count": 5}, {"name": "网上申请", "count": 15}]},
        "content": [sentence]}


def test_categories_in_plain_brackets_after_their_total_are_read(tmp_path):
    sentence = "全年主动公开政府信息326条（政策法规类48条、业务动态类203条、人事信息类75条）。"
    _, data = import_text(tmp_path, "qingshan.txt", _report(f"二、主动公开政府信息情况\n{sentence}\n"))
    assert data["sections"]["active_disclosure"]["figures"] == {"total": 326, "categories": [
        {"name": "政策法规类", "count": 48}, {"name": "业务动态类", "count": 203}, {"name": "人事信息类", "count": 75}]}


def test_a_change_in_brackets_is_no_list(tmp_path):
    sentence = "全年收到政府信息公开申请20件（较上年增加5件）。"
    _, data = import_text(tmp_path, "qingshan.txt", _report(f"三、依申请公开政府信息情况\n{sentence}\n"))
    assert data["sections"]["applications"] == {"figures": {"received": 20}, "content": [sentence]}


def test_a_list_after_a_sentence_leading_it_in_is_of_the_total_before(tmp_path):
    """申请方式如下： between the total and its items: the channels were not read."""
    lines = ["全年共受理政府信息公开申请10件。申请方式如下：", "1.当面申请4件", "2.网上申请6件"]
    _, data = import_text(tmp_path, "qingshan.txt", _report("三、依申请公开政府信息情况\n" + "\n".join(lines) + "\n"))
    assert data["sections"]["applications"] == {
        "figures": {"received": 10, "channels": [{"name": "当面申请", "count": 4}, {"name": "网上申请", "count": 6}]},
        "content": lines}


def test_a_count_is_never_read_into_the_next_channel_s_name(tmp_path):
    """Read as reportkit's own sentence, one channel “当面申请1件，网上申请” of 2 (the sentence was taken out of the
    text, and the data failed: 2 of 3 received)."""
    text = "本年度共收到政府信息公开申请3件，其中当面申请1件，网上申请2件。"
    result, data = import_text(tmp_path, "qingshan.txt", _report(f"三、依申请公开政府信息情况\n{text}\n"))
    assert data["sections"]["applications"] == {
        "figures": {"received": 3, "channels": [{"name": "当面申请", "count": 1}, {"name": "网上申请", "count": 2}]},
        "content": [text]}
    assert result.findings == []
