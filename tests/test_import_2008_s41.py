"""2008-edition reports worded as agencies wrote them before 2019, imported and compared with what their text says:
sums over kinds the figures have no list for, a list after its total's clause without 其中, counts in Chinese
numerals, lists parted by 和, two totals with their lists in one sentence, counts by channel alone, and tables of the
agency's own with 无 or a 合计 that is not their rows' sum. The agencies, sentences and figures are made up for these
tests."""
from __future__ import annotations

import csv
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.importers import figures2008

from _import_helpers import import_text, imported, printed

HEADINGS = ("概述", "主动公开政府信息的情况", "依申请公开政府信息的情况", "政府信息公开的收费及减免情况",
            "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进措施")
KEYS = ("overview", "active_disclosure", "applications", "fees", "review_litigation", "problems")
DEFAULTS = ("办公室承担公开的日常工作。", "全年主动公开政府信息120条。", "本年度未收到政府信息公开申请。",
            "本年度未收取任何费用。", "本年度没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。", "明年按季度检查公开目录。")
NUMBERS = "一二三四五六"


def _page(parts: dict[str, str], agency: str = "某县水务局", year: int = 2014) -> str:
    body = "".join(f"<p>{n}、{h}</p>" + "".join(f"<p>{t}</p>" for t in parts.get(key, default).split("\n"))
                   for n, h, key, default in zip(NUMBERS, HEADINGS, KEYS, DEFAULTS))
    return (f'<html><head><meta charset="utf-8"></head><body><h1>{agency}{year}年政府信息公开工作年度报告</h1>'
            f"<p>本局依照条例编写本年度报告。</p>{body}"
            f'<p style="text-align:right">{agency}</p><p style="text-align:right">{year + 1}年3月2日</p></body></html>')


def _import(tmp_path, **parts):
    result, data = import_text(tmp_path, "shuiwu.html", _page(parts))
    return result, data["sections"]


def _errors(result) -> list[str]:
    return [f.message for f in result.findings if f.rule == "figures"]


APPS = "依申请公开政府信息的情况"
ACTIVE = "主动公开政府信息的情况"


# Gap 1: a stated sum over kinds the 2008 figures have no list for ---------------------------------------------------
@pytest.mark.parametrize("part, sentence, said", [
    ("applications", "收到查阅类申请3件、复制类申请4件，总计8件。", f"“{APPS}”：所列各项之和为 7 件，而“总计”为 8 件：请核对后改正其中一处"),
    ("applications", "全年收到申请12件，其中查阅类5件、复制类8件。",
     f"“{APPS}”：所列各项之和为 13 件，而“收到申请数”为 12 件：请核对后改正其中一处"),
    ("applications", "全年收到申请12件，其中查阅类5件、复制类6件，合计11件。",
     f"“{APPS}”：所列各项之和为 11 件，而“收到申请数”为 12 件：请核对后改正其中一处"),
    ("active_disclosure", "全年主动公开政府信息1234条，其中县本级1000条，乡镇300条。",
     f"“{ACTIVE}”：所列各项之和为 1300 条，而“本年度主动公开数”为 1234 条：请核对后改正其中一处"),
])
def test_a_sum_over_kinds_without_a_list_that_is_not_theirs_is_a_finding(tmp_path, part, sentence, said):
    result, sections = _import(tmp_path, **{part: sentence})
    assert _errors(result) == [said]
    assert sections[part]["content"] == [sentence]
    if "总计" in sentence:  # 7 or 8: neither is taken
        assert "figures" not in sections[part]


@pytest.mark.parametrize("part, sentence, figures", [
    ("applications", "收到查阅类申请3件、复制类申请4件，总计7件。", {"received": 7}),
    ("applications", "全年收到申请12件，其中查阅类5件、复制类6件。", {"received": 12}),  # some kinds only
    ("active_disclosure", "全年主动公开政府信息120条，其中通过网站发布100条、公开栏发布80条。", {"total": 120}),  # channels overlap
    ("applications", "全年收到申请5件，办理行政许可事项120件。", {"received": 5}),  # no part of the applications
])
def test_kinds_that_agree_or_are_no_parts_of_the_total_are_no_finding(tmp_path, part, sentence, figures):
    result, sections = _import(tmp_path, **{part: sentence})
    assert _errors(result) == []
    assert sections[part]["figures"] == figures


# Gap 2: a list right after its total's clause, without 其中 ------------------------------------------------------------
CHANNELS = [{"name": "当面申请", "count": 9}, {"name": "网上申请", "count": 3}]


@pytest.mark.parametrize("sentence", ["全年收到申请12件，当面申请9件、网上申请3件，合计12件。",
                                      "全年收到申请12件，当面申请9件、网上申请3件。"])
def test_the_channels_after_the_total_s_clause_are_read(tmp_path, sentence):
    result, sections = _import(tmp_path, applications=sentence)
    assert sections["applications"] == {"figures": {"received": 12, "channels": CHANNELS}, "content": [sentence],
                                        "title": APPS}
    assert _errors(result) == []
    texts = [text for _, text in printed(result.target)]
    assert sentence in texts and not any("当面申请9件" in text for text in texts if text != sentence)  # not printed again


def test_channels_after_the_total_s_clause_not_adding_up_to_their_sum_are_a_finding(tmp_path):
    result, sections = _import(tmp_path, applications="全年收到申请12件，当面申请9件、网上申请3件，合计13件。")
    assert _errors(result) == [f"“{APPS}”：所列各申请渠道之和为 12 件，而“合计”为 13 件：请核对后改正其中一处"]
    assert "channels" not in sections["applications"]["figures"]


# Found by the hunt ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("part, sentence, figures", [
    ("active_disclosure", "全年主动公开政府信息一百零五条。", {"total": 105}),
    ("active_disclosure", "全年主动公开政府信息八十六条，其中机构职能类九条、业务动态类七十七条。",
     {"total": 86, "categories": [{"name": "机构职能类", "count": 9}, {"name": "业务动态类", "count": 77}]}),
    ("applications", "全年共受理政府信息公开申请十五件，已答复十五件。", {"received": 15, "answered": 15}),
    ("applications", "全年收到申请十二件，当面申请九件、网上申请三件。已全部答复。",
     {"received": 12, "answered": 12, "channels": CHANNELS}),  # 已全部答复 opening its sentence: those before
    ("active_disclosure", "全年主动公开政府信息三百二十条，历年累计公开两千零五条。", {"total": 320, "cumulative": 2005}),
])
def test_counts_in_chinese_numerals_are_read_as_the_numbers_they_are(tmp_path, part, sentence, figures):
    result, sections = _import(tmp_path, **{part: sentence})
    assert sections[part]["figures"] == figures
    assert _errors(result) == []


@pytest.mark.parametrize("sentence", ["全年收到申请十余件，均已答复。", "全年收到申请一千二件。"])
def test_a_count_in_words_that_is_not_exact_stays_a_placeholder(tmp_path, sentence):
    result, sections = _import(tmp_path, applications=sentence)
    assert "【请填写" in sections["applications"]["figures"]["received"]
    assert any("不是确切的数字" in message for message in _errors(result))


@pytest.mark.parametrize("text, arabic", [
    ("全年收到申请十二件", "全年收到申请12件"), ("依照条例第十三条办理", "依照条例第十三条办理"),
    ("收到申请数十件", "收到申请数十件"), ("收取费用两万元", "收取费用20000元"), ("建立统一平台", "建立统一平台"),
])
def test_only_an_exact_count_before_its_measure_word_is_written_in_digits(text, arabic):
    assert figures2008.arabic(text) == arabic


@pytest.mark.parametrize("part, sentence, figures", [
    ("active_disclosure", "本年度共公开各类信息312条，其中统计数据类201条，统计公报类11条和工作动态类100条。",
     {"total": 312, "categories": [{"name": "统计数据类", "count": 201}, {"name": "统计公报类", "count": 11},
                                   {"name": "工作动态类", "count": 100}]}),
    ("applications", "共受理申请7件，其中当面申请2件、信函申请1件和网上申请4件。",
     {"received": 7, "channels": [{"name": "当面申请", "count": 2}, {"name": "信函申请", "count": 1},
                                  {"name": "网上申请", "count": 4}]}),
    ("applications", "全年答复申请6件，其中同意公开3件、部分公开1件以及信息不存在2件。",
     {"answered": 6, "outcomes": [{"name": "同意公开", "count": 3}, {"name": "部分公开", "count": 1},
                                  {"name": "信息不存在", "count": 2}]}),
])
def test_the_last_item_of_a_list_after_和_is_an_item(tmp_path, part, sentence, figures):
    result, sections = _import(tmp_path, **{part: sentence})
    assert sections[part]["figures"] == figures
    assert _errors(result) == []


def test_two_totals_each_with_its_list_in_one_sentence_are_both_read(tmp_path):
    sentence = "全年收到申请36件，其中网上申请20件、信函申请10件、当面申请6件；答复36件，其中同意公开28件，部分公开4件，信息不存在4件。"
    result, sections = _import(tmp_path, applications=sentence)
    assert sections["applications"]["figures"] == {
        "received": 36, "answered": 36,
        "channels": [{"name": "网上申请", "count": 20}, {"name": "信函申请", "count": 10}, {"name": "当面申请", "count": 6}],
        "outcomes": [{"name": "同意公开", "count": 28}, {"name": "部分公开", "count": 4}, {"name": "信息不存在", "count": 4}]}
    assert _errors(result) == []
    assert [text for _, text in printed(result.target)].count(sentence) == 1


def test_counts_by_two_channels_alone_are_the_channels(tmp_path):
    sentence = "通过门户网站公开信息180条，通过公开栏公开信息40条。"
    result, sections = _import(tmp_path, active_disclosure=sentence)
    assert sections["active_disclosure"]["figures"] == {
        "channels": [{"name": "门户网站", "count": 180}, {"name": "公开栏", "count": 40}]}
    texts = [text for _, text in printed(result.target)]
    assert sentence in texts and not any("180条" in text for text in texts if text != sentence)


# Tables of the agency's own, in a DOCX ---------------------------------------------------------------------------------
def _docx(path: Path, applications: list, **parts: list) -> Path:
    document = docx.Document()
    document.add_paragraph("某县文化局2014年政府信息公开工作年度报告")
    document.add_paragraph("本局依照条例编写本年度报告。")
    parts["applications"] = applications
    for n, heading, key, default in zip(NUMBERS, HEADINGS, KEYS, DEFAULTS):
        document.add_paragraph(f"{n}、{heading}")
        for item in parts.get(key, [default]):
            if isinstance(item, str):
                document.add_paragraph(item)
                continue
            table = document.add_table(rows=len(item), cols=len(item[0]))
            for r, row in enumerate(item):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
    document.add_paragraph("某县文化局")
    document.add_paragraph("2015年3月2日")
    document.save(path)
    return path


def _import_docx(tmp_path, applications: list, **parts: list):
    result = imported(_docx(tmp_path / "wenhua.docx", applications, **parts), tmp_path)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))["sections"]


def test_a_table_of_kinds_whose_total_row_is_not_their_sum_is_a_finding(tmp_path):
    result, sections = _import_docx(tmp_path, ["全年收到申请7件。", [["申请类别", "件数"], ["查阅类", "3"], ["复制类", "4"],
                                                                   ["合计", "8"]]])
    assert _errors(result) == [f"“{APPS}”：所列各项之和为 7 件，而“合计”一行为 8 件：请核对后改正其中一处"]
    assert sections["applications"]["figures"] == {"received": 7}


def test_a_table_of_kinds_whose_total_row_is_their_sum_is_no_finding(tmp_path):
    result, sections = _import_docx(tmp_path, ["全年收到申请7件。", [["申请类别", "件数"], ["查阅类", "3"], ["复制类", "4"],
                                                                   ["合计", "7"]]])
    assert _errors(result) == [] and sections["applications"]["figures"] == {"received": 7}


def test_无_and_chinese_numerals_in_a_table_s_cells_are_counts(tmp_path):
    rows = [["答复结果", "件数"], ["同意公开", "五"], ["不予公开", "无"], ["信息不存在", "一件"], ["合计", "六"]]
    result, sections = _import_docx(tmp_path, ["全年收到申请6件，均已答复。", rows])
    assert sections["applications"]["figures"]["outcomes"] == [
        {"name": "同意公开", "count": 5}, {"name": "不予公开", "count": 0}, {"name": "信息不存在", "count": 1}]
    assert _errors(result) == []


def test_a_table_with_its_counts_in_words_is_read_as_one_with_digits(tmp_path):
    categories = [["序号", "类别", "条数"], ["一", "政策法规类", "十二"], ["二", "工作动态类", "三十"], ["合计", "", "四十二"]]
    result, sections = _import_docx(tmp_path, ["全年收到申请5件，均已答复。"], active_disclosure=[categories],
                                    review_litigation=[[["行政复议", "行政诉讼"], ["无", "无"]]])
    assert sections["active_disclosure"]["figures"] == {
        "categories": [{"name": "政策法规类", "count": 12}, {"name": "工作动态类", "count": 30}], "total": 42,
        "show": "table"}
    assert sections["review_litigation"]["figures"] == {"reviews": 0, "suits": 0, "show": "table"}
    assert _errors(result) == []


# reportkit check ------------------------------------------------------------------------------------------------------
def test_check_names_the_sum_over_kinds_that_is_not_theirs(tmp_path):
    (tmp_path / "shuiwu.html").write_text(_page({"applications": "收到查阅类申请3件、复制类申请4件，总计8件。"}),
                                          encoding="utf-8")
    out = tmp_path / "r.csv"
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "shuiwu.html"), "--report", str(out), "-j", "1"])
    assert result.exit_code == 1, result.output
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = [(row["rule"], row["message"]) for row in csv.DictReader(f) if row["rule"] != "import-skipped"]
    assert rows == [("import-figures", f"“{APPS}”：所列各项之和为 7 件，而“总计”为 8 件：请核对后改正其中一处")]


@pytest.mark.parametrize("sentence, names", [
    ("全年公开政府信息58条，其中财务公开类18条，村务公开类40条，共58条。", ["财务公开类", "村务公开类"]),
    ("全年主动公开政务公开类信息18条、村务公开类信息40条，共58条。", ["政务公开类信息", "村务公开类信息"]),
])
def test_a_category_named_公开类_is_a_category_whole(tmp_path, sentence, names):
    result, sections = _import(tmp_path, active_disclosure=sentence)
    figures = sections["active_disclosure"]["figures"]
    assert figures["total"] == 58 and [c["name"] for c in figures["categories"]] == names
    assert [c["count"] for c in figures["categories"]] == [18, 40]
    assert _errors(result) == []


@pytest.mark.parametrize("part, sentence, figures", [
    ("fees", "没有收费和减免。", {"charged": 0, "waived": 0}),
    ("review_litigation", "无复议诉讼。", {"reviews": 0, "suits": 0}),
    ("review_litigation", "复议0件，诉讼0件。", {"reviews": 0, "suits": 0}),
    ("review_litigation", "全年复议1件，诉讼0件。", {"reviews": 1, "suits": 0}),
])
def test_fees_and_cases_in_short_words_are_read(tmp_path, part, sentence, figures):
    result, sections = _import(tmp_path, **{part: sentence})
    assert {k: v for k, v in sections[part]["figures"].items() if k != "show"} == figures
    assert _errors(result) == []


def test_a_clause_after_the_list_that_counts_nothing_leaves_the_list_read(tmp_path):
    sentence = "共受理申请12件，其中当面申请9件、网上申请3件，已全部办结。"  # all closed: all 12 answered
    result, sections = _import(tmp_path, applications=sentence)
    assert sections["applications"]["figures"] == {"received": 12, "answered": 12, "channels": CHANNELS}
    assert _errors(result) == []


def test_a_civil_suit_is_no_suit_about_disclosure(tmp_path):
    result, sections = _import(tmp_path, review_litigation="全年复议0件，本局作为当事人参加民事诉讼2件。")
    assert sections["review_litigation"]["figures"] == {"reviews": 0}
