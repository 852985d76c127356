"""Text copies of reports that stopped the import with an internal error, found by importing thousands of copies of
the examples (pdftotext's three kinds, each changed at random: figures altered, lines dropped or doubled …): each is
read as far as it can be, and what cannot be is said. The agencies, sentences and figures are made up for these tests."""
from __future__ import annotations

from _import_helpers import import_text

PREAMBLE_2021 = ("本报告依据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求编制，分为总体情况、主动公开政府"
                 "信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他"
                 "需要报告的事项六个部分。本报告所列数据的统计期限为{period}。")
OPENING_2008 = ["某县林业局关于2009年政府信息公开工作的报告", "一、概述", "我局按条例做好公开工作。"]


def _said(result, words: str) -> list[str]:
    return [f"{f.place}: {f.message}" for f in result.findings if words in f.message]


def test_a_period_with_a_day_no_calendar_has_is_said_not_read(tmp_path):
    """The generated sentence's period with 2月30日 or 13月 (a figure mistyped in the copy) stopped the import: “day
    is out of range for month”. The period is left unread with a finding quoting it; the report is read on."""
    for period in ("2023年2月30日至12月31日", "2023年1月1日至13月31日"):
        text = "\n".join(["某县林业局", "2023年政府信息公开工作年度报告", PREAMBLE_2021.format(period=period),
                          "一、总体情况", "我局按条例做好公开工作。"])
        result, data = import_text(tmp_path, "report.txt", text)
        assert "period" not in data
        assert data["sections"]["overview"] == ["我局按条例做好公开工作。"]
        assert _said(result, f"统计期限“{period}”里有不存在的日期，未导入") == \
            [f"第 3 行: 统计期限“{period}”里有不存在的日期，未导入：请照原件核对，在数据文件里写上 period（起止日期）"]


def test_shares_of_a_total_of_none_in_a_sentence_leave_the_sum_to_say_it(tmp_path):
    """A 2008 report's list in a sentence with shares (占50%) of a total given as 0 stopped the import: a share of 0
    was computed for the finding saying a share is wrong. No share is of 0: the list not adding up to it is said."""
    text = "\n".join([*OPENING_2008, "二、主动公开政府信息的情况",
                      "本年度主动公开政府信息0条。其中，林权信息5条，占50%；造林信息3条，占30%。"])
    result, data = import_text(tmp_path, "report.txt", text)
    assert data["sections"]["active_disclosure"]["figures"] == {"total": 0}
    assert _said(result, "所列各类别之和") == \
        ["第 5 行: “主动公开政府信息的情况”：所列各类别之和为 8 条，而“本年度主动公开数”为 0 条：请核对后改正其中一处"]


def test_a_table_of_channels_all_none_with_their_shares_is_read(tmp_path):
    """A 2008 report's table 申请方式｜件数｜占比 whose counts and 合计 are all 0 (shares 0%) stopped the import
    (“DivisionUndefined”) where it checked the shares of 0; its channels are read, the table kept."""
    text = "\n".join([*OPENING_2008, "二、依申请公开政府信息的情况", "本年度共收到政府信息公开申请0件。",
                      "申请方式\t件数\t占比", "当面申请\t0\t0%", "网上申请\t0\t0%", "合计\t0\t0%"])
    result, data = import_text(tmp_path, "report.txt", text)
    section = data["sections"]["applications"]
    assert section["figures"] == {"received": 0, "channels": [{"name": "当面申请", "count": 0},
                                                              {"name": "网上申请", "count": 0}]}
    assert section["content"][1]["rows"][-1] == ["合计", 0, "0%"]
    assert not [f for f in result.findings if f.rule != "metadata"]


def test_a_parts_heading_again_says_what_under_it_is_not_imported(tmp_path):
    """A copy repeating 一、总体情况 with the part's text (a line of the copy doubled, a contents list over the report)
    imports the part under its first heading; the paragraphs under the second were dropped with a finding saying only
    that the heading came twice. The finding counts them now."""
    text = "\n".join(["某县林业局", "2023年政府信息公开工作年度报告", "一、总体情况", "我局按条例做好公开工作。", "一、总体情况",
                      "全年召开专题会议三次，部署公开任务。", "林权信息按月更新，群众查阅方便。", "二、主动公开政府信息情况",
                      "本年度没有新制发规章。"])
    result, data = import_text(tmp_path, "report.txt", text)
    assert data["sections"]["overview"] == ["我局按条例做好公开工作。"]
    assert _said(result, "出现了两次") == ["第 5 行: “一、总体情况”出现了两次，只导入了第一次：第二次之下的 2 段文字未导入，"
                                           "要保留的请移到第一次之下"]


def test_a_count_written_with_a_fraction_is_read_as_written_and_said(tmp_path):
    """A 2008 report's count with a fraction (收到申请1.5件, a cell 1.3: a copy's slip, a dot for a lost digit) stopped
    the import: “invalid literal for int()”. It is read as written, in a sentence or a table, and the data's check says
    it is no whole number."""
    for rows in (["本年度共收到政府信息公开申请1.5件。"], ["项目\t件数", "收到政府信息公开申请\t1.5", "答复政府信息公开申请\t2"]):
        result, data = import_text(tmp_path, "report.txt", "\n".join([*OPENING_2008, "二、依申请公开政府信息的情况", *rows]))
        assert data["sections"]["applications"]["figures"]["received"] == 1.5
        assert [d.message for d in result.diagnostics if "received" in d.message] == \
            ["sections.applications.figures.received：应为整数，不能有小数，实际为“1.5”"]
