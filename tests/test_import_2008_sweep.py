"""2008-edition import of reports in the 2014-2018 outline many agencies used (一、概述 … 五、政府信息公开申请的办理情况
… 八、存在的主要问题及改进情况 …) as sites publish them: those parts are the official ones, and a site's breadcrumb line
that ends in a report's name (首页 > 政务公开 > 政府信息公开年度报告) is never the title. Figures: a head-less table's
first row is a figure; all of an organ's reconsiderations followed by 其中涉及政府信息公开的 N 件 are not the part's.
Wordings a later sweep found unread: zeros in words (no applications from 公民、法人或其他组织, 无收费及减免情况,
all kinds of fee 等 not charged), the waiver, a clause about last year skipped, a categories table with shares."""
from __future__ import annotations

import pytest
import yaml

from reportkit.blocks import Paragraph
from reportkit.importers.labels import section_2008
from reportkit.plugins import load_plugins
from reportkit.testing import render

from _import_helpers import imported

PLUGINS = load_plugins()


@pytest.mark.parametrize("heading, key", [
    ("五、政府信息公开申请的办理情况", "applications"),
    ("三、依申请公开政府信息办理情况", "applications"),
    ("八、存在的主要问题及改进情况", "problems"),
    ("六、政府信息公开工作存在的主要问题和改进情况", "problems"),
])
def test_a_part_of_the_2014_2018_outline_is_its_official_part(heading, key):
    assert section_2008(heading) == key


# Written for these tests; the agency and its figures are made up.
NINE_PARTS = """\
欢迎访问某市人民政府！
首页 | 政务公开 | 政务服务
首页 > 政务公开 > 政府信息公开年度报告
某市林业局2018年政府信息公开工作年度报告
时间：2019-03-12  来源：市林业局

本报告的统计期限为2018年1月1日至2018年12月31日。

一、概述
本局把林权和采伐许可信息作为公开的重点。
二、政府信息公开的组织领导和制度建设情况
办公室承办信息公开的日常工作。
五、政府信息公开申请的办理情况
项目\t件数
收到申请\t4
同意公开\t3
信息不存在\t1
六、政府信息公开的收费及减免情况
本年度未收取任何费用。
八、存在的主要问题及改进情况
公开栏更新偏慢，下一年按月检查。
某市林业局
2019年3月12日
"""


@pytest.fixture
def nine_parts(tmp_path):
    source = tmp_path / "linye-2018.txt"
    source.write_text(NINE_PARTS, encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    return yaml.safe_load(result.target.read_text(encoding="utf-8")), result


def test_a_breadcrumb_ending_in_the_reports_name_is_not_the_title(nine_parts):
    data, result = nine_parts
    assert (data["agency"], data["year"], "title" in data) == ("某市林业局", 2018, False)  # the title as printed
    assert data["preamble"] == ["本报告的统计期限为2018年1月1日至2018年12月31日。"]
    assert "第 3 行：标题之前的“首页 > 政务公开 > 政府信息公开年度…”未导入" in result.target.read_text(encoding="utf-8")


def test_the_parts_of_the_2014_2018_outline_are_the_official_ones(nine_parts):
    data, _ = nine_parts
    sections = data["sections"]
    assert sections["applications"]["title"] == "政府信息公开申请的办理情况"
    assert sections["applications"]["figures"] == {  # the outcomes right under 收到申请, all of it: read
        "received": 4, "answered": 4, "outcomes": [{"name": "同意公开", "count": 3}, {"name": "信息不存在", "count": 1}],
        "show": "table"}
    assert sections["problems"] == {"title": "存在的主要问题及改进情况", "content": ["公开栏更新偏慢，下一年按月检查。"]}
    assert [part["title"] for part in sections["own"]] == ["政府信息公开的组织领导和制度建设情况"]


@pytest.mark.parametrize("crumb", ["首页 » 政务公开 » 年度报告 » 某区民政局2016年政府信息公开工作年度报告",
                                   "首页＞政务公开＞政府信息公开年度报告", "首页 → 信息公开 → 某区民政局2016年政府信息公开工作年度报告"])
def test_a_breadcrumb_holding_the_title_is_left_out(tmp_path, crumb):
    source = tmp_path / "minzheng-2016.txt"
    source.write_text(f"{crumb}\n某区民政局2016年政府信息公开工作年度报告\n\n一、概述\n本局推进政务公开。\n"
                      "二、其他需要报告的事项\n无。\n某区民政局\n2017年3月22日\n", encoding="utf-8")
    data = yaml.safe_load(imported(source, tmp_path, PLUGINS).target.read_text(encoding="utf-8"))
    assert (data["agency"], data["year"], "title" in data) == ("某区民政局", 2016, False)


# A table of the agency's own without a head row: each row is a figure, the first too.
HEADLESS = """\
<html><head><meta charset="utf-8"></head><body>
<h1>某市审计局2013年政府信息公开工作年度报告</h1>
<h3>一、概述</h3><p>本局将审计结果公告作为公开重点。</p>
<h3>二、因政府信息公开申请行政复议、提起行政诉讼的情况</h3>
<table border="1"><tr><td>行政复议</td><td>0</td></tr><tr><td>行政诉讼</td><td>1</td></tr>{more}</table>
<p>某市审计局</p><p>2014年3月18日</p>
</body></html>
"""


@pytest.mark.parametrize("more, figures", [
    ("<tr><td>申诉</td><td>2</td></tr>", {"reviews": 0, "suits": 1, "complaints": 2, "show": "table"}),
    ("", {"reviews": 0, "suits": 1, "show": "table"}),
])
def test_the_first_row_of_a_headless_table_is_a_figure_not_a_head(tmp_path, more, figures):
    source = tmp_path / "shenji-2013.html"
    source.write_text(HEADLESS.replace("{more}", more), encoding="utf-8")
    data = yaml.safe_load(imported(source, tmp_path, PLUGINS).target.read_text(encoding="utf-8"))
    assert data["sections"]["review_litigation"]["figures"] == figures
    assert "content" not in data["sections"]["review_litigation"]  # the figures print the table again


# A government's own count of all its reconsiderations, then the share about disclosure: the first is not the part's.
SHARE = """\
某县人民政府2012年政府信息公开工作年度报告

一、概述
本县政府信息公开工作平稳推进。
二、因政府信息公开申请行政复议、提起行政诉讼的情况
全年县政府共受理行政复议案件15件，其中涉及政府信息公开的1件；未被提起行政诉讼。
某县人民政府
2013年3月20日
"""


def test_all_reconsiderations_of_which_some_on_disclosure_is_no_count_of_the_part(tmp_path):
    source = tmp_path / "xian-2012.txt"
    source.write_text(SHARE, encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    text = result.target.read_text(encoding="utf-8")
    figures = yaml.safe_load(text)["sections"]["review_litigation"]["figures"]
    assert figures["reviews"] != 15 and "【请填写" in figures["reviews"]
    assert figures["suits"] == 0
    assert "受理行政复议案件15件，其中涉及政府信息公开的1件" in text  # the finding names the words


# Wordings a sweep of published reports found unread; written for these tests, the agency and figures are made up.
SWEEP = """\
青石县水务局2015年政府信息公开工作年度报告

一、概述
本局由办公室承办信息公开事务。
{part}
{text}
六、存在的主要问题及改进措施
公开目录的更新仍需加快。
青石县水务局
2016年3月9日
"""
HEADINGS = {"active_disclosure": "二、主动公开政府信息情况", "applications": "三、依申请公开政府信息情况",
            "review_litigation": "四、政府信息公开复议、诉讼和申诉情况", "fees": "五、政府信息公开的收费及减免情况"}


def _sweep(tmp_path, key: str, text: str):
    source = tmp_path / "shuiwu-2015.txt"
    source.write_text(SWEEP.format(part=HEADINGS[key], text=text), encoding="utf-8")
    part = yaml.safe_load(imported(source, tmp_path, PLUGINS).target.read_text(encoding="utf-8"))["sections"][key]
    return {k: v for k, v in (part.get("figures") or {}).items() if k != "show"} or None


@pytest.mark.parametrize("key, text, figures", [
    ("applications", "本局全年没有收到公民、法人或其他组织提出的政府信息公开申请。", {"received": 0}),
    ("fees", "本局全年无收费及减免情况。", {"charged": 0, "waived": 0}),
    ("fees", "提供信息时本局未收取检索、复制、邮寄等费用。", {"charged": 0}),
    ("fees", "本年度收取复制费20元，减免费用15元。", {"charged": 20, "waived": 15}),
    ("review_litigation", "上年发生行政诉讼2起；本年度被提起行政诉讼1件。", {"suits": 1}),
    ("review_litigation", "去年被申请行政复议3件，今年未发生行政复议。", {"reviews": 0}),
    ("applications", "去年收到政府信息公开申请9件，本年度收到政府信息公开申请4件。", {"received": 4}),
    # one kind of fee, a waiver for some only, or only last year's figure: not read
    ("fees", "本局未收取邮寄费用。", None),
    ("fees", "本年度为低保户等困难群众减免费用12元。", None),
    ("review_litigation", "上年发生行政诉讼2起。", None),
    ("fees", "除工本费外，本局未收取任何费用。", None),  # an exception earlier in the sentence: not all fees
    # a clause about part of the year (上半年、一季度、1至6月、3月份): its figure is not the year's
    ("applications", "上半年收到政府信息公开申请3件。", None),
    ("applications", "本局下半年收到政府信息公开申请2件，全年收到政府信息公开申请5件。", {"received": 5}),
    ("applications", "1至6月收到政府信息公开申请3件。", None),
    ("applications", "第一季度，本局收到政府信息公开申请2件。", None),  # the period a clause of its own before
    ("active_disclosure", "前三季度主动公开政府信息120条。", None),
    ("review_litigation", "11月份被申请行政复议1件。", None),
    ("fees", "一季度未收取任何费用。", None),
    ("applications", "2015年1月1日至12月31日收到政府信息公开申请6件。", {"received": 6}),  # the whole year
])
def test_a_wording_the_sweep_found_is_read_exactly(tmp_path, key, text, figures):
    assert _sweep(tmp_path, key, text) == figures


def test_a_waiver_as_reportkit_prints_it_reads_back_whole(tmp_path):
    source = tmp_path / "shuiwu-2015.txt"
    source.write_text(SWEEP.format(part=HEADINGS["fees"], text="本年度依申请提供政府信息收取费用20元，减免费用15元（3件申请）。"),
                      encoding="utf-8")
    part = yaml.safe_load(imported(source, tmp_path, PLUGINS).target.read_text(encoding="utf-8"))["sections"]["fees"]
    assert part["figures"] == {"charged": 20, "waived": 15, "waived_cases": 3}
    assert "content" not in part  # the figures print the sentence again


SHARES = """<table border="1"><tr><td>类别</td><td>条数</td><td>占比</td></tr>
<tr><td>机构职能类</td><td>18</td><td>{a}</td></tr><tr><td>政策法规类</td><td>64</td><td>{b}</td></tr>{total}</table>"""


@pytest.mark.parametrize("a, b, total, figures", [
    ("22.0%", "78.0%", "", {"categories": [{"name": "机构职能类", "count": 18}, {"name": "政策法规类", "count": 64}],
                            "total": 82}),
    ("22%", "78%", "<tr><td>合计</td><td>82</td><td>100%</td></tr>",
     {"categories": [{"name": "机构职能类", "count": 18}, {"name": "政策法规类", "count": 64}], "total": 82}),
    ("18.0%", "64.0%", "", None),  # shares of some other total: the table stays as published
])
def test_a_table_of_categories_with_their_shares_is_read_when_the_shares_agree(tmp_path, a, b, total, figures):
    source = tmp_path / "shuiwu-2015.html"
    body = SWEEP.format(part=HEADINGS["active_disclosure"], text="\0").replace("\n", "</p><p>")
    source.write_text(f"<html><head><meta charset='utf-8'></head><body><p>{body}</p></body></html>".replace(
        "<p>\0</p>", SHARES.format(a=a, b=b, total=total)), encoding="utf-8")
    part = yaml.safe_load(imported(source, tmp_path, PLUGINS).target.read_text(encoding="utf-8"))["sections"]["active_disclosure"]
    assert ({k: v for k, v in (part.get("figures") or {}).items() if k != "show"} or None) == figures


# A list of categories in a sentence of its own after the year's total; the agency and figures are made up.
ITEMS = {"机构职能类信息": 18, "政策法规类信息": 64, "规划计划类信息": 30}


def _listed(tmp_path, items: str):
    return _sweep_part(tmp_path, "active_disclosure", f"全年主动公开政府信息112条。其中，{items}。")


def _sweep_part(tmp_path, key: str, text: str) -> dict:
    source = tmp_path / "shuiwu-2015.txt"
    source.write_text(SWEEP.format(part=HEADINGS[key], text=text), encoding="utf-8")
    return yaml.safe_load(imported(source, tmp_path, PLUGINS).target.read_text(encoding="utf-8"))["sections"][key]


@pytest.mark.parametrize("counts, partial", [((18, 64, 30), False), ((18, 34, 30), True)])
def test_a_list_of_categories_after_the_total_is_read(tmp_path, counts, partial):
    part = _listed(tmp_path, "；".join(f"{name}{n}条" for name, n in zip(ITEMS, counts)))
    assert part["figures"]["total"] == 112
    assert part["figures"]["categories"] == [{"name": name, "count": n} for name, n in zip(ITEMS, counts)]
    assert part["figures"].get("partial", False) is partial  # less than the total: only some of the categories
    sentence = "全年主动公开政府信息112条。其中，" + "；".join(f"{name}{n}条" for name, n in zip(ITEMS, counts)) + "。"
    assert part["content"] == [sentence]  # kept as written: the agency's words
    data = (tmp_path / "imported" / "shuiwu-2015.yaml").read_text(encoding="utf-8")
    blocks = render(data, file="shuiwu-2015.yaml", formats=("html",), draft=True).document.blocks
    printed = "".join(b.text for b in blocks if isinstance(b, Paragraph))
    assert printed.count("112条") == 1 and printed.count("机构职能类信息18条") == 1  # the figures are not printed again


@pytest.mark.parametrize("items", [
    "机构职能类信息18条；政策法规类信息64条；规划计划类信息40条",  # 122, more than the total
    "机构职能类信息18条；政策法规类信息64条；机构职能类信息30条",  # a name twice
    "机构职能类信息18条；政策法规类信息64条；其他信息若干条",  # an item without its count
    "通过门户网站发布100条；通过公开栏发布12条",  # channels, not categories
])
def test_a_list_of_categories_in_doubt_is_not_read(tmp_path, items):
    part = _listed(tmp_path, items)
    assert {k: v for k, v in part["figures"].items() if k != "show"} == {"total": 112}
    assert part["content"] == [f"全年主动公开政府信息112条。其中，{items}。"]  # the sentence stays as written


def test_a_list_of_categories_whose_total_is_given_otherwise_is_not_read(tmp_path):
    items = "；".join(f"{name}{n}条" for name, n in ITEMS.items())
    part = _sweep_part(tmp_path, "active_disclosure", f"全年主动公开政府信息112条。其中，{items}。\n本年度主动公开政府信息120条。")
    assert "categories" not in part["figures"] and "【请填写" in part["figures"]["total"]
    assert part["content"][0] == f"全年主动公开政府信息112条。其中，{items}。"


@pytest.mark.parametrize("rows, received", [
    ([["项目", "数量"], ["收到政府信息公开申请", "9"]], 9),  # a head, then one figure's row
    ([["收到政府信息公开申请", "答复申请"], ["9", "8"]], 9),  # the labels across, the figures under them
])
def test_a_two_row_table_is_read_by_rows_or_by_columns_as_it_is_laid_out(rows, received):
    """A small table of two rows: a head (项目｜数量) over one figure's row was read by columns, as labels over figures,
    and gave nothing (项目 → 收到…, 数量 → 9): R9 could not compare it with the figures."""
    from reportkit.importers.figures2008 import search_table

    found, _ = search_table("applications", rows, ["第 1 行", "第 2 行"])
    assert [(f.field, f.value) for f in found if f.field == "received"] == [("received", received)]
