"""2008-edition reports written the ways agencies wrote them: a list of categories after 其中 in the
year's total sentence, an outcome named 非本机关…, and part headings worded 基本情况, 复议诉讼情况 …."""
from __future__ import annotations

import io

import docx
import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.testing import render

from _import_helpers import import_text


def _report(parts: str) -> str:
    """A county government's report written for these tests, with ``parts`` as its 二、 and 三、."""
    return ("青山县人民政府2012年政府信息公开工作年度报告\n"
            "本报告按条例的要求编写，统计时限为2012年1月1日至12月31日。\n"
            "一、概述\n县政府办公室牵头推进全县的公开工作，本年度调整了领导小组。\n"
            f"{parts}"
            "四、存在的主要问题和改进措施\n少数单位更新不及时，明年将加强督查。\n"
            "青山县人民政府办公室\n2013年3月20日\n")


DISCLOSED = "二、主动公开政府信息情况\n全年本级主动公开政府信息1234条，其中政策法规类210条，规划计划类96条，人事信息类158条，{last}。\n"
ANSWERED = ("三、依申请公开政府信息情况\n全年共收到政府信息公开申请45件，已答复45件，其中同意公开30件，部分公开5件，"
            "不予公开3件，信息不存在4件，非本机关掌握3件。\n")


def test_categories_after_qizhong_that_add_up_to_the_total_are_read_and_printed_once(tmp_path):
    result, data = import_text(tmp_path, "qingshan.txt", _report(DISCLOSED.format(last="其他类770条") + ANSWERED))
    figures = data["sections"]["active_disclosure"]["figures"]
    assert figures["total"] == 1234
    assert figures["categories"] == [{"name": "政策法规类", "count": 210}, {"name": "规划计划类", "count": 96},
                                     {"name": "人事信息类", "count": 158}, {"name": "其他类", "count": 770}]
    assert "partial" not in figures
    out = render(result.target.read_text(encoding="utf-8"), file="qingshan.yaml", formats=("docx",), draft=True)
    text = "".join(p.text for p in docx.Document(io.BytesIO(out.outputs["docx"])).paragraphs)
    assert text.count("1234") == 1 and text.count("770") == 1  # the agency's sentence states them: not printed again


def test_categories_after_qizhong_below_the_total_may_be_some_only_and_stay_unread(tmp_path):
    _, data = import_text(tmp_path, "qingshan.txt", _report(DISCLOSED.format(last="其他类700条") + ANSWERED))
    assert "categories" not in data["sections"]["active_disclosure"]["figures"]


def test_categories_after_qizhong_above_the_total_are_a_fault(tmp_path):
    result, _ = import_text(tmp_path, "qingshan.txt", _report(DISCLOSED.format(last="其他类800条") + ANSWERED))
    assert any("所列各类别之和为 1264 条" in f.message for f in result.findings)


def test_an_outcome_of_information_not_the_organs_is_read(tmp_path):
    _, data = import_text(tmp_path, "qingshan.txt", _report(DISCLOSED.format(last="其他类770条") + ANSWERED))
    figures = data["sections"]["applications"]["figures"]
    assert figures["answered"] == 45
    assert figures["outcomes"][-1] == {"name": "非本机关掌握", "count": 3}
    assert sum(o["count"] for o in figures["outcomes"]) == 45


@pytest.mark.parametrize("heading, key", [
    ("一、基本情况", "overview"), ("一、工作概况", "overview"), ("一、概况", "overview"),
    ("五、复议诉讼情况", "review_litigation"), ("六、存在的不足及改进措施", "problems"), ("七、其他需要说明的事项", "other"),
])
def test_part_headings_worded_as_counties_did_are_the_official_parts(tmp_path, heading, key):
    text = ("青山县人民政府2012年政府信息公开工作年度报告\n本报告按条例的要求编写。\n"
            f"二、主动公开政府信息情况\n全年主动公开政府信息120条。\n{heading}\n本年度没有发生因公开引起的复议和诉讼。\n"
            "青山县人民政府办公室\n2013年3月20日\n")
    _, data = import_text(tmp_path, "qingshan.txt", text)
    assert key in data["sections"]
    assert "own" not in data["sections"]


def test_r13_names_the_problems_part_as_the_report_heads_it(tmp_path):
    text = _report(DISCLOSED.format(last="其他类770条") + ANSWERED).replace(
        "四、存在的主要问题和改进措施\n少数单位更新不及时，明年将加强督查。", "四、存在的问题和改进措施\n无。")
    source = tmp_path / "qingshan.txt"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(source), "-j", "1"])
    assert "“存在的问题和改进措施”只写了“无。”" in result.output, result.output
    assert "政府信息公开工作存在的主要问题及改进措施" not in result.output


def test_a_category_table_with_thousands_set_off_is_read(tmp_path):
    rows = [("公开类别", "数量（条）", "所占比例"), ("政策法规", "256", "12.5%"), ("工作动态", "1,024", "50.0%"),
            ("人事任免", "128", "6.25%"), ("财政资金", "640", "31.25%"), ("合计", "2,048", "100%")]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    page = ('<html><head><meta charset="utf-8"></head><body><p>东岭区人民政府办公室2014年政府信息公开工作年度报告</p>'
            "<p>一、概述</p><p>区政府办公室主管全区的公开工作。</p><p>二、主动公开政府信息情况</p>"
            f"<p>本年度区本级主动公开政府信息2,048条。</p><table border=1>{table}</table>"
            "<p>三、存在问题及下步措施</p><p>个别信息公开不够及时，将建立提醒制度。</p>"
            '<p style="text-align:right">东岭区人民政府办公室</p><p style="text-align:right">2015年3月31日</p></body></html>')
    _, data = import_text(tmp_path, "dongling.html", page)
    figures = data["sections"]["active_disclosure"]["figures"]
    assert figures["total"] == 2048
    assert [c["count"] for c in figures["categories"]] == [256, 1024, 128, 640]


FOLDED = ("南平县人民政府2008年政府信息公开工作年度报告\n本报告由县政府办公室编制。\n"
          "第一部分 概述\n一、加强组织领导\n条例施行后县政府成立了公开工作领导小组。\n"
          "二、完善制度建设\n（一）主动公开制度\n明确了各类信息的公开时限。\n（二）保密审查制度\n信息发布前先经保密审查。\n"
          "第二部分 主动公开政府信息的情况\n本年度主动公开政府信息842条。\n"
          "第三部分 政府信息公开工作存在的主要问题及改进措施\n乡镇工作进展不平衡，明年按季度检查各乡镇的公开栏。\n"
          "南平县人民政府\n二○○九年三月三十日\n")


def test_headings_under_a_part_numbered_diyibufen_are_the_parts_own(tmp_path):
    result, data = import_text(tmp_path, "nanping.txt", FOLDED)
    sections = data["sections"]
    assert "own" not in sections
    assert sections["overview"]["content"] == [
        {"heading": "加强组织领导", "content": ["条例施行后县政府成立了公开工作领导小组。"]},
        {"heading": "完善制度建设", "content": [
            {"heading": "主动公开制度", "content": ["明确了各类信息的公开时限。"]},
            {"heading": "保密审查制度", "content": ["信息发布前先经保密审查。"]}]}]
    assert sections["active_disclosure"]["figures"] == {"total": 842}
    assert not [f.message for f in result.findings if f.rule == "sections"]
    out = render(result.target.read_text(encoding="utf-8"), file="nanping.yaml", formats=("docx",), draft=True)
    texts = [p.text for p in docx.Document(io.BytesIO(out.outputs["docx"])).paragraphs]
    assert "（一）加强组织领导" in texts and "1.主动公开制度" in texts


@pytest.mark.parametrize("answered, last, outcomes", [
    ("已答复｜12", "非本机关政府信息｜1",
     [("同意公开", 8), ("部分公开", 1), ("不予公开", 1), ("信息不存在", 1), ("非本机关政府信息", 1)]),
    ("已答复｜12", "非本机关政府信息｜2", None),  # 13 against the 12 answered: not read, the table stays
    ("", "非本机关政府信息｜1",  # no 已答复 row: all 12 received have an outcome (test_import_2008_s41c)
     [("同意公开", 8), ("部分公开", 1), ("不予公开", 1), ("信息不存在", 1), ("非本机关政府信息", 1)]),
], ids=["adds-up", "does-not", "no-answered-row"])
def test_a_table_of_the_applications_and_their_outcomes_is_read(tmp_path, answered, last, outcomes):
    rows = ["申请｜件数", "收到申请｜12", *filter(None, [answered]), "同意公开｜8", "部分公开｜1", "不予公开｜1", "信息不存在｜1",
            last]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row.split("｜")) + "</tr>" for row in rows)
    page = ('<html><head><meta charset="utf-8"></head><body><p>四川省某某厅2010年政府信息公开工作年度报告</p>'
            "<p>第一部分 概述</p><p>厅办公室牵头，各处室分工负责公开工作。</p>"
            f"<p>第二部分 依申请公开政府信息的情况</p><table border=1>{table}</table>"
            "<p>第三部分 政府信息公开工作存在的主要问题及改进措施</p><p>更新还不够及时，明年完善审核流程。</p>"
            '<p style="text-align:right">四川省某某厅</p><p style="text-align:right">二〇一一年三月二十八日</p></body></html>')
    _, data = import_text(tmp_path, "sichuan.html", page)
    part = data["sections"]["applications"]
    assert part["figures"]["received"] == 12
    if outcomes:
        assert [(o["name"], o["count"]) for o in part["figures"]["outcomes"]] == outcomes
        assert "content" not in part  # the figures alone came from it: printed again from them, as a table
    else:
        assert "outcomes" not in part["figures"]
        assert part["content"][0]["rows"][0] == ["收到申请", 12]


def test_lists_in_brackets_after_their_total_are_read(tmp_path):
    parts = ("二、主动公开政府信息情况\n全年主动公开政府信息1234条（其中政策法规类210条、规划计划类96条、人事信息类158条、"
             "其他类770条），截至年底累计公开8765条。\n三、依申请公开政府信息情况\n"
             "全年共收到政府信息公开申请45件（其中当面申请12件、网上申请25件、信函申请8件），均已按时答复。\n")
    _, data = import_text(tmp_path, "qingshan.txt", _report(parts))
    disclosed = data["sections"]["active_disclosure"]["figures"]
    assert disclosed["total"] == 1234 and disclosed["cumulative"] == 8765
    assert [c["count"] for c in disclosed["categories"]] == [210, 96, 158, 770]
    assert data["sections"]["applications"]["figures"]["channels"] == [
        {"name": "当面申请", "count": 12}, {"name": "网上申请", "count": 25}, {"name": "信函申请", "count": 8}]


@pytest.mark.parametrize("heading, figures", [
    ("五、因政府信息公开申请行政复议、提起行政诉讼情况", {"reviews": 0, "suits": 0}),
    ("五、复议、诉讼和申诉情况", {"reviews": 0, "suits": 0, "complaints": 0}),
    ("五、政府信息公开的收费及减免情况", {"charged": 0, "waived": 0}),
], ids=["review", "complaints", "fees"])
def test_a_part_of_figures_saying_only_wu_reads_the_counts_its_heading_names_as_0(tmp_path, heading, figures):
    text = _report(DISCLOSED.format(last="其他类770条")).replace("四、存在", f"{heading}\n无。\n六、存在")
    result, data = import_text(tmp_path, "qingshan.txt", text)
    key = "fees" if "收费" in heading else "review_litigation"
    assert data["sections"][key]["figures"] == figures
    assert "content" not in data["sections"][key]
    assert "只写了“无。”" in result.target.read_text(encoding="utf-8")
    out = render(result.target.read_text(encoding="utf-8"), file="qingshan.yaml", formats=("docx",), draft=True)
    texts = [p.text for p in docx.Document(io.BytesIO(out.outputs["docx"])).paragraphs]
    assert "无。" not in texts and any(("未收取" if key == "fees" else "没有发生") in t for t in texts)
