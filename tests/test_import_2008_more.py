"""2008-edition import of more free wordings: a list in the paragraph after its total's, the applications' channels
and outcomes written as sentences, complaints (申诉), a waiver done in part (部分减免), a zero after an exception that is
a count of another thing (除行政复议1件外，没有发生行政诉讼), and a span across two years, which is not the year's."""
from __future__ import annotations

import pytest
import yaml

from reportkit.blocks import Paragraph
from reportkit.plugins import load_plugins
from reportkit.testing import render

from _import_helpers import imported

PLUGINS = load_plugins()

# Written for these tests; the agency and its figures are made up.
REPORT = """\
白沙县民政局2016年政府信息公开工作年度报告

一、概述
本局指定办公室负责信息公开的日常工作。
{heading}
{text}
六、存在的主要问题及改进措施
部分科室报送信息仍不及时。
白沙县民政局
2017年3月6日
"""
HEADINGS = {"active_disclosure": "二、主动公开政府信息情况", "applications": "三、依申请公开政府信息情况",
            "review_litigation": "四、政府信息公开复议、诉讼和申诉情况", "fees": "五、政府信息公开的收费及减免情况"}
CHANNELS = [{"name": "当面申请", "count": 5}, {"name": "网上申请", "count": 4}, {"name": "信函申请", "count": 3}]
OUTCOMES = [{"name": "同意公开", "count": 8}, {"name": "部分公开", "count": 2}, {"name": "不予公开", "count": 1},
            {"name": "信息不存在", "count": 1}]
CATEGORIES = [{"name": "机构职能类信息", "count": 18}, {"name": "政策法规类信息", "count": 64},
              {"name": "规划计划类信息", "count": 30}]


def _part(tmp_path, key: str, text: str) -> dict:
    source = tmp_path / "minzheng-2016.txt"
    source.write_text(REPORT.format(heading=HEADINGS[key], text=text), encoding="utf-8")
    return yaml.safe_load(imported(source, tmp_path, PLUGINS).target.read_text(encoding="utf-8"))["sections"][key]


def _figures(tmp_path, key: str, text: str) -> dict | None:
    part = _part(tmp_path, key, text)
    assert part["content"] == text.split("\n")  # the agency's sentences stay as written
    return {k: v for k, v in (part.get("figures") or {}).items() if k != "show"} or None


@pytest.mark.parametrize("key, text, figures", [
    # a list in the paragraph after its total's
    ("active_disclosure", "全年主动公开政府信息112条，比上年有所增加。\n其中，机构职能类信息18条；政策法规类信息64条；规划计划类信息30条。",
     {"total": 112, "categories": CATEGORIES}),
    ("applications", "全年共受理政府信息公开申请12件。\n其中当面申请5件，网上申请4件，信函申请3件。",
     {"received": 12, "channels": CHANNELS}),
    ("applications", "全年共受理政府信息公开申请12件，均在期限内作了答复。\n其中同意公开8件，部分公开2件，不予公开1件，信息不存在1件。",
     {"received": 12, "outcomes": OUTCOMES}),
    # channels and outcomes as sentences: after 其中 in the total's sentence, or in the next sentence
    ("applications", "全年共受理政府信息公开申请12件，其中当面申请5件、网上申请4件、信函申请3件。",
     {"received": 12, "channels": CHANNELS}),
    ("applications", "全年共受理政府信息公开申请12件。当面申请5件，网上申请4件，信函申请3件。",
     {"received": 12, "channels": CHANNELS}),
    ("applications", "全年共受理政府信息公开申请13件。在已答复的12件中，同意公开8件、部分公开2件、不予公开1件、信息不存在1件。",
     {"received": 13, "answered": 12, "outcomes": OUTCOMES}),
    # a 中 before the 其中 is none (《中华人民共和国……》)
    ("applications", ("本局依照《中华人民共和国政府信息公开条例》受理政府信息公开申请12件，其中当面申请5件、网上申请4件、"
                      "信函申请3件。"), {"received": 12, "channels": CHANNELS}),
    # complaints
    ("review_litigation", "本年度收到有关政府信息公开的申诉2件。", {"complaints": 2}),
    ("review_litigation", "全年共受理申诉1件，没有发生行政复议和行政诉讼。", {"complaints": 1, "reviews": 0, "suits": 0}),
    ("review_litigation", "全年发生信息公开申诉1起，未发生行政复议。", {"complaints": 1, "reviews": 0}),
    # an exception that is a count of another thing: the zero after it stands
    ("review_litigation", "除行政复议1件外，没有发生行政诉讼。", {"reviews": 1, "suits": 0}),
    ("review_litigation", "本年度除被申请行政复议1件外，未发生行政诉讼和申诉。", {"reviews": 1, "suits": 0, "complaints": 0}),
    # a waiver done in part is the year's waiver
    ("fees", "本年度收取费用50元，部分减免费用15元。", {"charged": 50, "waived": 15}),
    # the whole year, its year written twice
    ("applications", "2016年1月至2016年12月，本局收到政府信息公开申请8件。", {"received": 8}),
])
def test_a_figure_in_a_sentence_of_these_wordings_is_read(tmp_path, key, text, figures):
    assert _figures(tmp_path, key, text) == figures


@pytest.mark.parametrize("key, text, figures", [
    # a list whose sum is not its total, or whose items are of two kinds: only the total
    ("applications", "全年共受理政府信息公开申请12件。当面申请5件，网上申请4件，信函申请2件。", {"received": 12}),
    ("applications", "全年共受理政府信息公开申请12件。同意公开8件，不予公开2件。", {"received": 12}),
    ("applications", "全年共受理政府信息公开申请12件。其中网上申请6件，同意公开6件。", {"received": 12}),
    ("applications", "全年共受理政府信息公开申请12件，已答复12件。其中同意公开8件，部分公开2件，告知通过网站获取2件。",
     {"received": 12, "answered": 12}),
    # the exception is the thing counted, or no count: no zero for it
    ("review_litigation", "除行政复议外，没有发生行政诉讼。", None),
    ("review_litigation", "除复议1件外，没有发生行政复议和行政诉讼。", {"suits": 0}),
    ("fees", "除工本费外，本局未收取任何费用。", None),
    # another period: a span across two years, part of the year, last year's complaints
    ("applications", "2015年7月至2016年6月，本局收到政府信息公开申请8件。", None),
    ("applications", "2016年1月至2016年6月，本局收到政府信息公开申请3件。", None),
    ("review_litigation", "上年受理申诉2件。", None),
])
def test_a_figure_in_doubt_stays_unread(tmp_path, key, text, figures):
    assert _figures(tmp_path, key, text) == figures


@pytest.mark.parametrize("key, text, items", [
    ("applications", "全年共受理政府信息公开申请12件。\n其中当面申请5件，网上申请4件，信函申请3件。", ("12件", "当面申请5件")),
    ("applications", "全年共受理政府信息公开申请12件，其中当面申请5件、网上申请4件、信函申请3件。", ("12件", "当面申请5件")),
    ("active_disclosure", "全年主动公开政府信息112条。\n其中，机构职能类信息18条；政策法规类信息64条；规划计划类信息30条。",
     ("112条", "机构职能类信息18条")),
])
def test_a_list_read_from_the_text_is_not_printed_a_second_time(tmp_path, key, text, items):
    _part(tmp_path, key, text)
    data = (tmp_path / "imported" / "minzheng-2016.yaml").read_text(encoding="utf-8")
    blocks = render(data, file="minzheng-2016.yaml", formats=("html",), draft=True).document.blocks
    printed = "".join(b.text for b in blocks if isinstance(b, Paragraph))
    assert [printed.count(item) for item in items] == [1, 1]
