"""2008-edition reports come back structured: a channel whose name holds a 、 as the one channel it is
(in reportkit's sentence and in the agency's own), fees given free (一律免费), a list whose counts come first
(4件属于……), no figure of another year (2011年……均为0件 in a 2012 report) nor of an organ read from words before
the agency's own website (通过局门户网站…), and a plugin section read back as the plugin's fields, in every format."""
from __future__ import annotations

import io
import textwrap
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.load import load_file
from reportkit.plugins import load_plugins
from reportkit.testing import render

from _import_helpers import FORMATS, data_of, import_text, imported, printed, render_source

PLUGINS = load_plugins()
SICHUAN = Path("plugins/reportkit-gbt9704-sichuan-disaster/examples/sichuan-2010-counts.yaml")
MIANYANG = Path("examples/mianyang-2009.yaml")


def _report(parts: str, year: int = 2012) -> str:
    """A county government's report written for these tests, with ``parts`` between its 概述 and its problems."""
    return (f"青山县人民政府{year}年政府信息公开工作年度报告\n本报告按条例的要求编写。\n"
            "一、概述\n县政府办公室牵头推进全县的公开工作，本年度调整了领导小组。\n"
            f"{parts}"
            "九、存在的主要问题和改进措施\n少数单位更新不及时，明年将加强督查。\n"
            f"青山县人民政府办公室\n{year + 1}年3月20日\n")


# Channels whose names hold a 、 -------------------------------------------------------
CHANNELS = [{"name": "政府网站、政务微博", "count": 120}, {"name": "报刊、广播、电视", "count": 30}]
PRINTED = """\
kind: annual-report
year: 2012
agency: 青山县人民政府
date: 2013-03-20
sections:
  overview:
    content:
      - 县政府办公室牵头推进全县的公开工作。
  active_disclosure:
    figures:
      total: 150
      channels: {channels}
  problems:
    content:
      - 少数单位更新不及时，明年将加强督查。
"""


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_channel_list_with_counts_reportkit_printed_reads_as_written(fmt, tmp_path):
    """公开渠道有政府网站、政务微博（120条）、报刊、广播、电视（30条）。 came back as five channels, the counts on
    政务微博 and 电视."""
    source = tmp_path / "qingshan.yaml"
    source.write_text(PRINTED.format(channels=yaml.safe_dump(CHANNELS, allow_unicode=True, default_flow_style=True)
                                     .strip()), encoding="utf-8")
    result = imported(render_source(source, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS)
    assert data_of(result)["sections"]["active_disclosure"] == {"figures": {"total": 150, "channels": CHANNELS}}
    assert not any("顿号" in note for note in result.imported.notes)


def test_a_channel_list_some_without_counts_is_parted_at_each_dunhao_and_said(tmp_path):
    sentence = "本年度主动公开政府信息150条。公开渠道有政府网站、政务微博（120条）、报刊、广播、电视。"
    result, data = import_text(tmp_path, "qingshan.txt", _report(f"二、主动公开政府信息情况\n{sentence}\n"))
    assert [c["name"] for c in data["sections"]["active_disclosure"]["figures"]["channels"]] == [
        "政府网站", "政务微博", "报刊", "广播", "电视"]  # which 、 part two channels is not written: the note asks
    assert any("按顿号“、”分成了 5 个" in note for note in result.imported.notes)


def test_counts_of_channels_named_with_a_dunhao_in_a_free_sentence_are_theirs(tmp_path):
    """Each count was read as the year's total too: three totals, none taken, a placeholder."""
    sentence = "全年主动公开政府信息150条。通过政府网站、政务微博公开信息120条，通过报刊、广播、电视公开信息30条。"
    result, data = import_text(tmp_path, "qingshan.txt", _report(f"二、主动公开政府信息情况\n{sentence}\n"))
    assert data["sections"]["active_disclosure"] == {"figures": {"total": 150, "channels": CHANNELS},
                                                     "content": [sentence]}
    assert [f.message for f in result.findings if f.rule == "figures"] == []


# Fees given free, lists counted first ---------------------------------------------------
@pytest.mark.parametrize("sentence, figures", [
    ("本机关提供政府信息一律免费。", {"charged": 0}),
    ("依申请公开的政府信息均免费提供。", {"charged": 0}),
    ("本局提供信息一律免费，不存在收费及减免情况。", {"charged": 0, "waived": 0}),
    ("对困难群众一律免费。", None),  # theirs only
    ("除复印费外，其余一律免费。", None),  # not all
])
def test_fees_given_free_are_0_charged(tmp_path, sentence, figures):
    """一律免费 was read as nothing, 不存在收费及减免情况 too."""
    _, data = import_text(tmp_path, "qingshan.txt", _report(f"五、政府信息公开的收费及减免情况\n{sentence}\n"))
    assert data["sections"]["fees"].get("figures") == figures
    assert data["sections"]["fees"]["content"] == [sentence]


def test_outcomes_whose_counts_come_first_are_read(tmp_path):
    text = ("全年共收到政府信息公开申请23件。其中，4件属于此前已公开的信息，1件属于同意公开的，"
            "15件不属于本机关公开的范围，2件属于一般咨询，1件为告知申请人补正。")
    result, data = import_text(tmp_path, "qingshan.txt", _report(f"三、依申请公开政府信息情况\n{text}\n"))
    part = data["sections"]["applications"]
    assert part["figures"] == {"received": 23, "outcomes": [
        {"name": "此前已公开的信息", "count": 4}, {"name": "同意公开的", "count": 1},
        {"name": "不属于本机关公开的范围", "count": 15}, {"name": "一般咨询", "count": 2},
        {"name": "告知申请人补正", "count": 1}]}
    assert part["content"] == [text]
    out = render(result.target.read_text(encoding="utf-8"), file="qingshan.yaml", formats=("docx",))
    texts = [p.text for p in docx.Document(io.BytesIO(out.outputs["docx"])).paragraphs]
    assert texts.count(text) == 1 and not any("已答复" in t for t in texts)  # stated: not printed a second time


# Another year's figures ----------------------------------------------------------------
@pytest.mark.parametrize("heading, sentence", [
    ("四、因政府信息公开申请行政复议、提起行政诉讼的情况", "2011年行政复议、行政诉讼均为0件。"),
    ("四、因政府信息公开申请行政复议、提起行政诉讼的情况", "2011年，本机关没有发生行政复议、行政诉讼。"),
    ("五、政府信息公开的收费及减免情况", "2011年一律免费。"),
    ("二、主动公开政府信息情况", "2011年主动公开政府信息120条。"),
], ids=["junwei-0", "zero-in-words", "free", "a-count"])
def test_a_figure_of_another_year_is_not_the_report_s(tmp_path, heading, sentence):
    _, data = import_text(tmp_path, "qingshan.txt", _report(f"{heading}\n{sentence}\n"))
    assert "figures" not in next(iter(v for k, v in data["sections"].items() if k not in ("overview", "problems")))


def test_the_report_s_year_is_read_beside_another_s(tmp_path):
    sentence = "2012年行政复议、行政诉讼均为0件，2011年被申请行政复议1件。"
    _, data = import_text(tmp_path, "qingshan.txt", _report(f"四、因政府信息公开申请行政复议、提起行政诉讼的情况\n{sentence}\n"))
    assert data["sections"]["review_litigation"]["figures"] == {"reviews": 0, "suits": 0}


HEAD = """\
kind: annual-report
year: 2014
agency: 某县林业局
date: 2015-03-12
sections:
  overview:
    content:
      - 本局由办公室负责信息公开的日常工作。
  problems:
    content:
      - 信息更新还不够及时，明年按季度检查。
"""


def test_r9_reads_a_count_given_through_the_agency_s_website(tmp_path):
    """通过局门户网站…: R9 took 通过局 for another organ, and the count for none of the agency's."""
    data = tmp_path / "report.yaml"
    data.write_text(HEAD + textwrap.indent(textwrap.dedent("""\
        active_disclosure:
          figures: {total: 900}
          content:
            - 全年通过局门户网站、政务微博等渠道主动公开政府信息800条。
        """), "  "), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert [line.split(": warning: ")[1] for line in result.output.splitlines() if "（R9）" in line] == [
        "“主动公开政府信息情况”的正文写的是“主动公开政府信息800条”（800），而 figures 的“本年度主动公开数”（total）为 900："
        "请核对后改正其中一处，使正文与 figures 一致（R9）"]


# A plugin's section ----------------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plugin_section_of_a_2008_report_comes_back_as_its_fields(fmt, tmp_path):
    """The Sichuan section came back as an own part of the report: its fields are read from the sentences its build
    printed (its settings too: 我局), the counts' sentence with them; the rest is its content."""
    result = imported(render_source(SICHUAN, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS)
    data, source = data_of(result), load_file(SICHUAN).data
    assert data["plugins"] == source["plugins"]
    assert "own" not in data["sections"]
    assert data["sections"]["earthquake_recovery"] == source["sections"]["earthquake_recovery"]
    assert result.findings == []
    assert printed(result.target, PLUGINS) == printed(SICHUAN, PLUGINS)


def test_mianyang_s_section_published_by_the_government_comes_back_whole(tmp_path):
    result = imported(render_source(MIANYANG, "docx", tmp_path, PLUGINS), tmp_path, PLUGINS)
    data, source = data_of(result), load_file(MIANYANG).data
    assert data["sections"]["earthquake_recovery"] == source["sections"]["earthquake_recovery"]
    assert data["plugins"] == source["plugins"]


def test_a_plugin_section_in_words_of_the_agency_s_own_stays_whole_as_its_own_part(tmp_path):
    """Words the plugin does not print: a placeholder for its categories would flag every such report ``check`` reads,
    so the part stays whole, as the agency's own, its text as written."""
    text = _report("六、抗震救灾、灾后恢复重建信息公开情况\n灾后重建期间，本县通过政务公开栏张贴了农房重建补助名单。\n", 2009)
    result, data = import_text(tmp_path, "qingshan.txt", text)
    assert "earthquake_recovery" not in data["sections"] and "plugins" not in data
    [own] = [part for part in data["sections"]["own"] if part["title"] == "抗震救灾、灾后恢复重建信息公开情况"]
    assert own["content"] == ["灾后重建期间，本县通过政务公开栏张贴了农房重建补助名单。"]
    assert result.findings == []


# A table of the applications with merged cells --------------------------------------------
MERGED = """\
kind: annual-report
year: 2010
agency: 某县环境保护局
date: 2011-03-18
sections:
  overview:
    content:
      - 本局由办公室承办政府信息公开的日常事务，各股室按职责提供信息。
  applications:
    content:
      - 本年度办理公开申请的情况见下表。
      - columns: [项目, {text: 件数, colspan: 2}]
        rows:
          - [{text: 收到申请, rowspan: 3}, 当面申请, 3]
          - [网上申请, 5]
          - [合计, 8]
          - [{text: 办理结果, rowspan: 3}, 同意公开, 6]
          - [信息不存在, 2]
          - [合计, 8]
  problems:
    content:
      - 公开栏内容更新偏慢，下一步每月检查一次。
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_application_table_grouped_under_merged_cells_gives_its_total(fmt, tmp_path):
    """收到申请 merged over 当面申请｜3, 网上申请｜5, 合计｜8 was read as three received counts, a placeholder: its 合计
    is the total; since session 35 its rows are the channels and 办理结果's the outcomes, so the table is read whole
    and printed as reportkit prints these figures (as other tables read whole are), with every figure."""
    source = tmp_path / "xian.yaml"
    source.write_text(MERGED, encoding="utf-8")
    result = imported(render_source(source, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS)
    part = data_of(result)["sections"]["applications"]
    assert result.findings == []
    assert part == {"figures": {"received": 8, "channels": [{"name": "当面申请", "count": 3}, {"name": "网上申请", "count": 5}],
                                "outcomes": [{"name": "同意公开", "count": 6}, {"name": "信息不存在", "count": 2}],
                                "answered": 8, "show": "table"},
                    "content": ["本年度办理公开申请的情况见下表。"]}
    again = [text.strip() for kind, text in printed(result.target, PLUGINS) if kind == "table"]
    assert again == ["收到政府信息公开申请", "8", "其中：当面申请", "3", "网上申请", "5", "答复政府信息公开申请", "8",
                     "其中：同意公开", "6", "信息不存在", "2"]


def test_a_part_giving_last_year_s_figures_still_prints_the_report_s():
    """The 2008 build prints a part's figures unless its own text states them: “2011年……均为0件” in a 2012 report is
    last year's, so this year's sentence is printed (it was left out as already stated)."""
    from reportkit.testing import docx_text, render

    data = yaml.safe_load(HEAD)
    data["year"], data["date"] = 2012, "2013-03-12"
    data["sections"]["review_litigation"] = {"figures": {"reviews": 0, "suits": 0},
                                             "content": ["2011年本局因政府信息公开被申请行政复议、提起行政诉讼均为0件。"]}
    text = docx_text(render(data, formats=("docx",)).outputs["docx"])
    assert "2011年本局因政府信息公开被申请行政复议、提起行政诉讼均为0件。" in text
    assert "本年度没有发生因政府信息公开引起的行政复议和行政诉讼。" in text.splitlines()


@pytest.mark.parametrize("overview, problems", [
    ("一、工作开展的基本情况", "二、存在的不足和下一步打算"),
    ("一、概述", "二、存在的问题和下一步工作打算"),
    ("一、概述", "二、不足之处和明年的打算"),
])
def test_other_usual_wordings_of_the_overview_and_problems_are_those_parts(tmp_path, overview, problems):
    text = (f"青山县人民政府2012年政府信息公开工作年度报告\n{overview}\n县政府办公室负责全县的公开工作。\n"
            f"{problems}\n个别单位更新较慢，明年按月通报。\n青山县人民政府办公室\n2013年3月20日\n")
    _, data = import_text(tmp_path, "qingshan.txt", text)
    assert data["sections"]["overview"]["content"] == ["县政府办公室负责全县的公开工作。"]
    assert data["sections"]["problems"]["content"] == ["个别单位更新较慢，明年按月通报。"]
    assert "own" not in data["sections"]
