"""2008-edition reports come back structured: the preamble sentences reportkit generates as the fields
that print them (basis, parts, period), in every format; and figures as other agencies wrote them: a category's share
after its count, a category table with a 序号 column or its shares in per cent without the sign, the applications'
channels and outcomes in a table under their totals (down or across), fees 收费0元、减免0元, and 行政复议、行政诉讼
……均为0件. A report with no figures at all reads back as the text it is."""
from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
import yaml

from reportkit.load import load_file
from reportkit.plugins import load_plugins
from reportkit.testing import render

from _import_helpers import FORMATS, data_of, import_text, imported, printed, render_source

PLUGINS = load_plugins()
MIANYANG = Path("examples/mianyang-2009.yaml")


# The generated preamble ------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_generated_preamble_comes_back_as_the_basis_it_was_printed_from(fmt, tmp_path):
    """Mianyang's preamble is generated from four documents (basis) and the parts; it came back as one paragraph of
    text, which the parts' list in it would leave stale once a part changed."""
    result = imported(render_source(MIANYANG, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS)
    data = data_of(result)
    assert data["preamble"] == load_file(MIANYANG).data["preamble"]
    assert ("preamble",) in result.imported.places
    assert printed(result.target, PLUGINS) == printed(MIANYANG, PLUGINS)


def _county(preamble: str, year: int = 2012) -> str:
    return (f"青山县人民政府{year}年政府信息公开工作年度报告\n{preamble}"
            "一、概述\n县政府办公室牵头推进全县的公开工作，本年度调整了领导小组。\n"
            "二、主动公开政府信息情况\n全年主动公开政府信息1234条。\n"
            "三、政府信息公开工作存在的主要问题及改进措施\n少数单位更新不及时，明年将加强督查。\n"
            f"青山县人民政府办公室\n{year + 1}年3月20日\n")


PARTS = "报告正文分为概述、主动公开政府信息情况、政府信息公开工作存在的主要问题及改进措施三个部分。"


@pytest.mark.parametrize("preamble, expected, period", [
    ("本报告根据《中华人民共和国政府信息公开条例》的规定编制。" + PARTS + "本报告所列数据的统计期限为2012年1月1日至12月31日。",
     None, None),
    ("本报告根据《中华人民共和国政府信息公开条例》和《青山县政务公开办法》的规定编制。" + PARTS,
     {"basis": ["《青山县政务公开办法》"], "period": False}, None),
    ("本报告根据《中华人民共和国政府信息公开条例》、《某省实施〈中华人民共和国政府信息公开条例〉办法》、县政府办公室"
     "《关于做好信息公开和政务公开工作的通知》（青政办〔2013〕5号）和《青山县政务公开办法》的规定编制。",
     {"basis": ["《某省实施〈中华人民共和国政府信息公开条例〉办法》", "县政府办公室《关于做好信息公开和政务公开工作的通知》（青政办〔2013〕5号）",
                "《青山县政务公开办法》"], "parts": False, "period": False}, None),
    ("今年县政府把公开工作列入了年度目标考核。\n" + PARTS + "本报告所列数据的统计期限为2012年3月1日至12月31日。",
     {"text": ["今年县政府把公开工作列入了年度目标考核。"]}, {"start": "2012-03-01", "end": "2012-12-31"}),
], ids=["all-defaults", "basis-no-period", "basis-with-brackets", "own-text-then-parts-and-period"])
def test_generated_preamble_sentences_are_read_as_their_fields(tmp_path, preamble, expected, period):
    result, data = import_text(tmp_path, "qingshan.txt", _county(preamble + "\n"))
    assert data.get("preamble") == expected
    assert {k: str(v) for k, v in data.get("period", {}).items()} == (period or {})
    out = render(result.target.read_text(encoding="utf-8"), file="qingshan.yaml", formats=("docx",))
    texts = [p.text for p in docx.Document(io.BytesIO(out.outputs["docx"])).paragraphs]
    assert [t for t in texts[1:len(preamble.split("\n")) + 1]] == preamble.split("\n")  # printed again as it was


@pytest.mark.parametrize("preamble", [
    "本报告根据《中华人民共和国政府信息公开条例》的规定编制。报告正文分为概述和存在的问题两个部分。",  # not the parts it has
    "今年县政府把公开工作列入了年度目标考核。\n本报告根据《中华人民共和国政府信息公开条例》的规定编制。",  # no basis after text
    "本报告根据《中华人民共和国政府信息公开条例》的规定编制，数据由各乡镇报送。",
], ids=["other-parts", "basis-after-own-text", "more-words"])
def test_sentences_reportkit_would_not_print_so_stay_the_agency_s(tmp_path, preamble):
    _, data = import_text(tmp_path, "qingshan.txt", _county(preamble + "\n"))
    assert data["preamble"] == preamble.split("\n")


# Figures as agencies wrote them ------------------------------------------------------
def _report(parts: str) -> str:
    """A county government's report written for these tests, with ``parts`` between its 概述 and its problems."""
    return ("青山县人民政府2012年政府信息公开工作年度报告\n本报告按条例的要求编写，统计时限为2012年1月1日至12月31日。\n"
            "一、概述\n县政府办公室牵头推进全县的公开工作，本年度调整了领导小组。\n"
            f"{parts}"
            "九、存在的主要问题和改进措施\n少数单位更新不及时，明年将加强督查。\n"
            "青山县人民政府办公室\n2013年3月20日\n")


DISCLOSED = "二、主动公开政府信息情况\n{}\n"
CATEGORIES = [{"name": "政策法规类", "count": 210}, {"name": "规划计划类", "count": 96},
              {"name": "人事信息类", "count": 158}, {"name": "其他类", "count": 770}]


@pytest.mark.parametrize("sentence", [
    "全年主动公开政府信息1234条，其中政策法规类210条，占17.0%；规划计划类96条，占7.8%；人事信息类158条，占12.8%；其他类770条，占62.4%。",
    "全年主动公开政府信息1234条。按类别分：政策法规类210条，占总数的17%；规划计划类96条，占8%；人事信息类158条，占13%；其他类770条，占62%。",
    "全年主动公开政府信息1234条。其中政策法规类210条（占17.0%）、规划计划类96条（占7.8%）、人事信息类158条（占12.8%）、其他类770条（占62.4%）。",
], ids=["zhan-after-comma", "zhan-zongshu-de", "in-brackets"])
def test_categories_with_their_shares_in_a_sentence_are_read(tmp_path, sentence):
    result, data = import_text(tmp_path, "qingshan.txt", _report(DISCLOSED.format(sentence)))
    part = data["sections"]["active_disclosure"]
    assert part["figures"] == {"total": 1234, "categories": CATEGORIES}
    assert part["content"] == [sentence]  # the agency's sentence stays: the figures are not printed again
    out = render(result.target.read_text(encoding="utf-8"), file="qingshan.yaml", formats=("docx",), draft=True)
    text = "".join(p.text for p in docx.Document(io.BytesIO(out.outputs["docx"])).paragraphs)
    assert text.count("770") == 1


def test_categories_in_a_paragraph_after_the_total_s_led_by_the_information_disclosed_are_read(tmp_path):
    """在主动公开的信息中，…：the lead-in names the total's information; 属于 before a name is no part of it."""
    paragraphs = ["县政府办公室本年度共主动公开政府信息80条，多为规章文件和办事指南。",
                  "在主动公开的信息中，办事服务类50条（占62.5%）；属于规章文件类的30条（占37.5%）。"]
    _, data = import_text(tmp_path, "qingshan.txt", _report(DISCLOSED.format("\n".join(paragraphs))))
    part = data["sections"]["active_disclosure"]
    assert part["figures"] == {"total": 80, "categories": [{"name": "办事服务类", "count": 50},
                                                           {"name": "规章文件类", "count": 30}]}
    assert part["content"] == paragraphs


@pytest.mark.parametrize("share, said", [
    ("占27%", "“主动公开政府信息情况”：“政策法规类”210 条占“本年度主动公开数”1234 条的 17.0%，而原文写的占比为 27%："
              "请核对后改正其中一处"),
    ("占全市同类信息的17%", None),  # a share of another total: no item's, and no fault of it is sure
], ids=["not-its-share", "of-another-total"])
def test_categories_whose_shares_are_not_theirs_of_the_total_stay_unread(tmp_path, share, said):
    sentence = f"全年主动公开政府信息1234条。按类别分：政策法规类210条，{share}；规划计划类96条，占8%；人事信息类158条，占13%；其他类770条，占62%。"
    result, data = import_text(tmp_path, "qingshan.txt", _report(DISCLOSED.format(sentence)))
    assert data["sections"]["active_disclosure"] == {"figures": {"total": 1234}, "content": [sentence]}
    assert [f.message for f in result.findings if f.rule == "figures"] == ([said] if said else [])


def _tab(rows) -> str:
    return "\n".join("\t".join(row) for row in rows)


@pytest.mark.parametrize("rows", [
    [("信息类别", "数量（条）", "所占比例（%）"), ("政策法规类", "210", "17.0"), ("规划计划类", "96", "7.8"),
     ("人事信息类", "158", "12.8"), ("其他类", "770", "62.4"), ("合计", "1234", "100")],
    [("类别", "信息数", "占总数的比例"), ("政策法规类", "210", "17.0%"), ("规划计划类", "96", "7.8%"),
     ("人事信息类", "158", "12.8%"), ("其他类", "770", "62.4%")],
    [("序号", "信息类别", "条数", "占比"), ("1", "政策法规类", "210", "17.0%"), ("2", "规划计划类", "96", "7.8%"),
     ("3", "人事信息类", "158", "12.8%"), ("4", "其他类", "770", "62.4%"), ("", "合计", "1234", "100%")],
    [("序号", "信息类别", "条数"), ("1", "政策法规类", "210"), ("2", "规划计划类", "96"), ("3", "人事信息类", "158"),
     ("4", "其他类", "770"), ("合计", "合计", "1234")],
], ids=["per-cent-head", "xinxishu-head", "xuhao-column", "xuhao-merged-total"])
def test_a_category_table_as_agencies_set_it_is_read(tmp_path, rows):
    disclosure = "全年主动公开政府信息1234条，分类情况见下表。\n" + _tab(rows)
    _, data = import_text(tmp_path, "qingshan.txt", _report(DISCLOSED.format(disclosure)))
    part = data["sections"]["active_disclosure"]
    assert part["figures"] == {"total": 1234, "categories": CATEGORIES}
    assert part["content"][1]["columns"] == list(rows[0])  # the agency's table stays as written beside its total


ANSWERED = "三、依申请公开政府信息情况\n本年度办理申请的情况见下表。\n{}\n"


@pytest.mark.parametrize("rows, figures", [
    ([("收到申请", "已答复", "同意公开", "部分公开", "不予公开"), ("12", "12", "8", "2", "2")],
     {"received": 12, "answered": 12,
      "outcomes": [{"name": "同意公开", "count": 8}, {"name": "部分公开", "count": 2}, {"name": "不予公开", "count": 2}]}),
    ([("项目", "件数"), ("收到申请数", "12"), ("其中：当面申请", "5"), ("网上申请", "7"), ("已答复数", "12"),
      ("其中：同意公开", "8"), ("部分公开", "2"), ("不予公开", "2")],
     {"received": 12, "channels": [{"name": "当面申请", "count": 5}, {"name": "网上申请", "count": 7}], "answered": 12,
      "outcomes": [{"name": "同意公开", "count": 8}, {"name": "部分公开", "count": 2}, {"name": "不予公开", "count": 2}]}),
    ([("申请总数", "当面申请", "网上申请", "信函申请"), ("12", "5", "4", "3")],
     {"received": 12, "channels": [{"name": "当面申请", "count": 5}, {"name": "网上申请", "count": 4},
                                   {"name": "信函申请", "count": 3}]}),
], ids=["outcomes-across", "two-lists-down", "shenqing-zongshu-across"])
def test_the_applications_in_a_table_under_their_totals_are_read(tmp_path, rows, figures):
    result, data = import_text(tmp_path, "qingshan.txt", _report(ANSWERED.format(_tab(rows))))
    part = data["sections"]["applications"]
    assert part == {"figures": {**figures, "show": "table"}, "content": ["本年度办理申请的情况见下表。"]}
    out = render(result.target.read_text(encoding="utf-8"), file="qingshan.yaml", formats=("docx",), draft=True)
    cells = [[c.text for c in row.cells] for table in docx.Document(io.BytesIO(out.outputs["docx"])).tables
             for row in table.rows]
    assert ["\u3000\u3000\u3000部分公开" if "outcomes" in figures else "\u3000\u3000\u3000网上申请",
            "2" if "outcomes" in figures else "4"] in cells  # printed again from the figures, as reportkit's table


@pytest.mark.parametrize("sentence, figures", [
    ("全年共收到在线申请19件，纸质申请4件。", None),  # each channel's count: the applications received are neither
    ("全年共收到政府信息公开申请23件，其中在线申请19件，纸质申请4件。",
     {"received": 23, "channels": [{"name": "在线申请", "count": 19}, {"name": "纸质申请", "count": 4}]}),
], ids=["channels-only", "total-then-channels"])
def test_applications_counted_by_channel_in_a_sentence(tmp_path, sentence, figures):
    _, data = import_text(tmp_path, "qingshan.txt", _report(f"三、依申请公开政府信息情况\n{sentence}\n"))
    assert data["sections"]["applications"].get("figures") == figures
    assert data["sections"]["applications"]["content"] == [sentence]


def test_an_application_table_whose_items_miss_their_total_is_left_as_written_and_said(tmp_path):
    rows = [("申请总数", "当面申请", "网上申请", "信函申请"), ("12", "5", "4", "4")]
    result, data = import_text(tmp_path, "qingshan.txt", _report(ANSWERED.format(_tab(rows))))
    part = data["sections"]["applications"]
    assert part["figures"] == {"received": 12}
    assert part["content"][1] == {"columns": list(rows[0]), "rows": [[12, 5, 4, 4]]}
    assert [f.message for f in result.findings if f.rule == "figures"] == [
        "“依申请公开政府信息情况”：所列各申请渠道之和为 13 件，而“收到申请数”为 12 件：请核对后改正其中一处"]


FEES = "五、政府信息公开的收费及减免情况\n{}\n"


@pytest.mark.parametrize("sentence, figures", [
    ("本年度政府信息公开收费0元，减免0元。", {"charged": 0, "waived": 0}),
    ("本机关依申请提供信息收费为0元。", {"charged": 0}),
    ("本年度没有收取任何费用，减免金额为0元。", {"charged": 0, "waived": 0}),
    ("收费和减免均为0元。", {"charged": 0, "waived": 0}),
    ("为困难群众减免费用30元。", None),  # theirs only: not all the year's waivers
    # a rate is no sum charged: only the year's 120 元 (two figures for one field made the part's figure a question)
    ("按规定收取复印费0.5元/页，全年共收取检索复制费120元。", {"charged": 120}),
    ("依申请提供信息收费0.2元每张。", None),
    ("全年收取检索复制费1.5千元。", {"charged": 1500}),
])
def test_fees_of_0_yuan_are_read(tmp_path, sentence, figures):
    _, data = import_text(tmp_path, "qingshan.txt", _report(FEES.format(sentence)))
    assert data["sections"]["fees"].get("figures") == figures
    assert data["sections"]["fees"]["content"] == [sentence]


REVIEWS = "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n{}\n"


@pytest.mark.parametrize("sentence, figures", [
    ("本年度因政府信息公开申请行政复议、提起行政诉讼的案件均为0件。", {"reviews": 0, "suits": 0}),
    ("行政复议和行政诉讼均为0件。", {"reviews": 0, "suits": 0}),
    ("因政府信息公开被申请行政复议、被提起行政诉讼的数量均为0。", {"reviews": 0, "suits": 0}),
    ("全年行政复议、行政诉讼、申诉案件数量均为零。", {"reviews": 0, "suits": 0, "complaints": 0}),
    ("上年行政复议、行政诉讼均为0件。", None),  # another year's
    ("全市行政复议、行政诉讼均为0件。", None),  # other organs'
])
def test_reviews_and_suits_junwei_0_are_each_read(tmp_path, sentence, figures):
    _, data = import_text(tmp_path, "qingshan.txt", _report(REVIEWS.format(sentence)))
    assert data["sections"]["review_litigation"].get("figures") == figures
    assert data["sections"]["review_litigation"]["content"] == [sentence]


# A report with no figures ------------------------------------------------------------
NO_FIGURES = """\
kind: annual-report
year: 2010
agency: 白沙镇人民政府
date: 2011-03-25
preamble:
  - 白沙镇人民政府按照县政府的统一安排编写本年度的报告。
sections:
  overview:
    content:
      - 镇党委、镇政府把公开工作交由党政办公室承办，安排一名干事兼管。
  active_disclosure:
    content:
      - 镇政府在便民服务大厅设置了公开栏，按月张贴惠农补贴发放名单和村级财务收支情况。
  applications:
    content:
      - 群众来镇政府查询信息，都由党政办公室当场接待、当场说明。
  problems:
    content:
      - 公开栏内容更新偏慢，下一步由专人每月核查一次。
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_report_without_figures_reads_back_as_its_text(fmt, tmp_path):
    source = tmp_path / "baisha.yaml"
    source.write_text(NO_FIGURES, encoding="utf-8")
    result = imported(render_source(source, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS)
    assert result.findings == []
    assert data_of(result) == yaml.safe_load(NO_FIGURES)
