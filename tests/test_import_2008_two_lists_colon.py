"""2008-edition reports read back: a table of two lists each under its merged name and no
totals (申请方式 over the channels, 办理结果 over the outcomes), as DOCX, web page and .txt alike; outcomes after a colon
(已全部答复：, 答复情况：, 办理结果如下：); 不收取任何费用 as none charged; the totals of a table printed again kept in the
data, so that a second import reads what the first did; and what a hunt through report texts written in the shapes
2008-2018 reports took turned up."""
from __future__ import annotations

import html

import docx
import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import data_of, import_text, imported, printed, render_source

PLUGINS = load_plugins()


def _report(parts: str, year: int = 2014, agency: str = "石桥县林业局") -> str:
    """A county bureau's report written for these tests, with ``parts`` between its 概述 and its problems."""
    return (f"{agency}{year}年政府信息公开工作年度报告\n一、概述\n本局由办公室承办政府信息公开的日常事务。\n"
            f"{parts}九、存在的主要问题和改进措施\n林权信息公开还不够及时，明年按月检查。\n{agency}\n{year + 1}年3月18日\n")


def _part(lines: list[str]) -> str:
    return "三、依申请公开政府信息情况\n" + "".join(f"{line}\n" for line in lines)


def _as_docx(text: str, path) -> None:
    """``text`` as a DOCX: a paragraph a line, lines with tabs a table, a first cell blank or as the one above merged
    into it."""
    document = docx.Document()
    lines = text.splitlines()
    n = 0
    while n < len(lines):
        if "\t" not in lines[n]:
            document.add_paragraph(lines[n])
            n += 1
            continue
        rows = []
        while n < len(lines) and "\t" in lines[n]:
            rows.append(lines[n].split("\t"))
            n += 1
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
        start = 1
        while start < len(rows):
            end = start + 1
            while end < len(rows) and rows[end][0] in ("", rows[start][0]):
                end += 1
            if end - start > 1:
                table.cell(start, 0).merge(table.cell(end - 1, 0)).text = rows[start][0]
            start = end
    document.save(str(path))


def _as_page(text: str) -> str:
    """``text`` as a web page: a <p> a line, lines with tabs a table, a first cell blank or as the one above spanning
    down over them."""
    body, lines, n = [], text.splitlines(), 0
    while n < len(lines):
        if "\t" not in lines[n]:
            body.append(f"<p>{html.escape(lines[n])}</p>")
            n += 1
            continue
        rows = []
        while n < len(lines) and "\t" in lines[n]:
            rows.append(lines[n].split("\t"))
            n += 1
        cells = []
        for r, row in enumerate(rows):
            span = 1
            while r and r + span < len(rows) and rows[r + span][0] in ("", row[0]):
                span += 1
            covered = r > 1 and rows[r][0] in ("", rows[r - 1][0])
            first = "" if covered else f'<td rowspan="{span}">{row[0]}</td>'
            cells.append("<tr>" + first + "".join(f"<td>{c}</td>" for c in row[1:]) + "</tr>")
        body.append("<table border='1'>" + "".join(cells) + "</table>")
    return f"<html><head><meta charset='utf-8'></head><body>{''.join(body)}</body></html>"


def _imported(tmp_path, text: str, fmt: str):
    """``text`` published as ``fmt`` (txt, docx, html) and imported: the result and its data."""
    if fmt == "txt":
        return import_text(tmp_path, "shiqiao.txt", text)
    if fmt == "html":
        return import_text(tmp_path, "shiqiao.html", _as_page(text))
    _as_docx(text, tmp_path / "shiqiao.docx")
    result = imported(tmp_path / "shiqiao.docx", tmp_path, PLUGINS)
    return result, data_of(result)


def _again(result, fmt: str, tmp_path):
    """The data ``result`` wrote printed to ``fmt`` by reportkit and imported again."""
    folder = tmp_path / f"again-{fmt}"
    folder.mkdir()
    return imported(render_source(result.target, fmt, folder, PLUGINS), folder, PLUGINS)


CHANNELS = [{"name": "当面申请", "count": 8}, {"name": "网上申请", "count": 12}]
OUTCOMES = [{"name": "同意公开", "count": 15}, {"name": "不予公开", "count": 2}, {"name": "信息不存在", "count": 3}]
TWO_GROUPS = {  # a merged first cell as a text copy has it: in each row, or in its first only
    "repeated": ["项目\t内容\t件数", "申请方式\t当面申请\t8", "申请方式\t网上申请\t12", "办理结果\t同意公开\t15",
                 "办理结果\t不予公开\t2", "办理结果\t信息不存在\t3"],
    "blank": ["项目\t内容\t件数", "申请方式\t当面申请\t8", "\t网上申请\t12", "办理结果\t同意公开\t15", "\t不予公开\t2",
              "\t信息不存在\t3"],
}


# Two lists in one table, no totals -----------------------------------------------------
@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
@pytest.mark.parametrize("cells", ["repeated", "blank"])
def test_a_table_of_two_lists_under_their_merged_names_without_totals_is_read(tmp_path, fmt, cells):
    """Only a table of one such list was read: this one stayed as written, its figures none of the part's."""
    text = _report(_part(["全年收到政府信息公开申请20件，办理情况见下表。", *TWO_GROUPS[cells]]))
    result, data = _imported(tmp_path, text, fmt)
    part = data["sections"]["applications"]
    assert part["figures"] == {"received": 20, "channels": CHANNELS, "outcomes": OUTCOMES}
    assert part["content"][0] == "全年收到政府信息公开申请20件，办理情况见下表。"
    assert [row[-2:] for row in part["content"][1]["rows"]] == [
        ["当面申请", 8], ["网上申请", 12], ["同意公开", 15], ["不予公开", 2], ["信息不存在", 3]]
    assert result.findings == []
    # the sentence and the table state every figure: printed again, the part prints no sentence of its own
    texts = [text for kind, text in printed(result.target, PLUGINS) if kind == "paragraph"]
    assert not any(text.startswith("本年度共收到政府信息公开申请") for text in texts)


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
def test_one_list_under_its_name_left_blank_below_in_a_text_copy_is_read(tmp_path, fmt):
    """办理结果 over the outcomes, the cells under it blank (a .txt copy of a merged cell): read as the DOCX and the web
    page with the merged cell were; the .txt copy was not read."""
    rows = ["项目\t内容\t件数", "办理结果\t同意公开\t15", "\t不予公开\t2", "\t信息不存在\t3"]
    result, data = _imported(tmp_path, _report(_part(["全年收到政府信息公开申请20件，办理情况见下表。", *rows])), fmt)
    assert data["sections"]["applications"]["figures"] == {"received": 20, "outcomes": OUTCOMES}
    assert result.findings == []


def test_two_lists_whose_counts_differ_from_the_total_are_a_finding(tmp_path):
    """The table is read whole or not at all: the outcomes are not taken either."""
    rows = [*TWO_GROUPS["blank"][:2], "\t网上申请\t11", *TWO_GROUPS["blank"][3:]]
    result, data = _imported(tmp_path, _report(_part(["全年收到政府信息公开申请20件，办理情况见下表。", *rows])), "txt")
    assert data["sections"]["applications"]["figures"] == {"received": 20}
    assert [f.message for f in result.findings] == [
        "“依申请公开政府信息情况”：所列各申请渠道之和为 19 件，而“收到申请数”为 20 件：请核对后改正其中一处"]


# The figures of a table printed again: a second import reads what the first did ---------------------
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_table_of_two_lists_alone_is_printed_again_with_its_totals_and_reads_back_the_same(tmp_path, fmt):
    """No sentence gives the total: the table is printed again as reportkit prints the figures, with 收到 and 答复 the
    lists' sums; the first import left them out, the second read them from that table."""
    result, data = _imported(tmp_path, _report(_part(["办理情况见下表。", *TWO_GROUPS["blank"]])), "txt")
    part = data["sections"]["applications"]
    assert part == {"figures": {"received": 20, "channels": CHANNELS, "answered": 20, "outcomes": OUTCOMES,
                                "show": "table"}, "content": ["办理情况见下表。"]}
    places = result.imported.places
    assert [places[("sections", "applications", "figures", key)] for key in ("received", "answered")] == [
        "第 7 行", "第 9 行"]  # each list's first item's
    again = _again(result, fmt, tmp_path)
    assert again.findings == []
    assert data_of(again)["sections"]["applications"] == part
    assert printed(again.target, PLUGINS) == printed(result.target, PLUGINS)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_table_of_categories_without_its_total_reads_back_the_same(tmp_path, fmt):
    """The categories' table printed again gives 本年度主动公开总数: the second import read a total the first had not."""
    rows = ["类别\t条数", "机构职能类\t18", "政策法规类\t64", "业务动态类\t230"]
    text = _report("二、主动公开政府信息情况\n各类信息的条数见下表。\n" + "".join(f"{row}\n" for row in rows))
    result, data = _imported(tmp_path, text, "txt")
    figures = data["sections"]["active_disclosure"]["figures"]
    assert figures == {"categories": [{"name": "机构职能类", "count": 18}, {"name": "政策法规类", "count": 64},
                                      {"name": "业务动态类", "count": 230}], "total": 312, "show": "table"}
    assert data_of(_again(result, fmt, tmp_path))["sections"]["active_disclosure"]["figures"] == figures


# Lists after a colon ------------------------------------------------------------------------------
@pytest.mark.parametrize("lines", [
    ["全年收到政府信息公开申请12件（当面申请3件、网上申请9件），已全部答复：同意公开9件、部分公开1件、不予公开2件。"],
    ["全年收到政府信息公开申请12件，其中当面申请3件，网上申请9件。答复情况：同意公开9件，部分公开1件，不予公开2件。"],
    ["全年收到政府信息公开申请12件。申请方式：当面申请3件，网上申请9件。", "答复情况：同意公开9件，部分公开1件，不予公开2件。"],
    ["全年收到政府信息公开申请12件，当面申请3件，网上申请9件，已答复12件：同意公开9件，部分公开1件，不予公开2件。"],
], ids=["all_answered", "its_own_sentence", "its_own_paragraph", "answered_count"])
def test_outcomes_after_a_colon_are_read(tmp_path, lines):
    """The outcomes after 已全部答复： (no count for 答复) or 答复情况： were not read; 申请方式：当面申请 was read as one
    channel's name."""
    result, data = _imported(tmp_path, _report(_part(lines)), "txt")
    figures = data["sections"]["applications"]["figures"]
    assert figures.pop("outcomes") == [{"name": "同意公开", "count": 9}, {"name": "部分公开", "count": 1},
                                       {"name": "不予公开", "count": 2}]
    if "当面申请3件，网上申请9件，已答复" not in lines[0]:  # channels without 其中 beside the total's clause are none
        assert figures.pop("channels") == [{"name": "当面申请", "count": 3}, {"name": "网上申请", "count": 9}]
    assert figures == ({"received": 12, "answered": 12} if "已答复12件" in lines[0] else {"received": 12})
    assert data["sections"]["applications"]["content"] == lines
    assert result.findings == []


def test_outcomes_after_a_colon_that_do_not_add_up_to_the_answers_are_a_finding(tmp_path):
    line = "全年收到政府信息公开申请12件，已答复12件：同意公开9件，不予公开2件。"
    result, data = _imported(tmp_path, _report(_part([line])), "txt")
    assert data["sections"]["applications"]["figures"] == {"received": 12, "answered": 12}
    assert [f.message for f in result.findings] == [
        "“依申请公开政府信息情况”：所列各答复结果之和为 11 件，而“答复数”为 12 件：请核对后改正其中一处"]


def test_outcomes_a_line_each_after_a_lead_in_of_their_name_are_read(tmp_path):
    lines = ["本年度共收到政府信息公开申请19件，较上年增加4件。", "办理结果如下：", "1.同意公开12件；", "2.部分公开2件；",
             "3.信息不存在5件。"]
    result, data = _imported(tmp_path, _report(_part(lines)), "txt")
    assert data["sections"]["applications"] == {
        "figures": {"received": 19, "outcomes": [{"name": "同意公开", "count": 12}, {"name": "部分公开", "count": 2},
                                                 {"name": "信息不存在", "count": 5}]}, "content": lines}
    assert result.findings == []


# Fees -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, figures", [
    ("本局不收取任何费用。", {"charged": 0}),
    ("本局依申请提供政府信息不收取费用。", {"charged": 0}),
    ("本局一律不收取费用。", {"charged": 0}),
    ("除复印费外不收取任何费用。", None),  # some fee was charged
    ("对低保户不收取复制费。", None),  # one kind, someone's
])
def test_no_fee_charged_as_the_agency_s_rule_is_none_charged(tmp_path, sentence, figures):
    text = _report(f"四、政府信息公开的收费及减免情况\n{sentence}\n")
    _, data = _imported(tmp_path, text, "txt")
    assert data["sections"]["fees"].get("figures") == figures
    assert data["sections"]["fees"]["content"] == [sentence]


# Found by the hunt ----------------------------------------------------------------------------------
def test_a_table_of_the_applications_with_a_column_of_row_numbers_is_read(tmp_path):
    rows = ["序号\t项目\t件数", "1\t收到申请\t12", "2\t已答复\t12", "3\t同意公开\t9", "4\t信息不存在\t3"]
    result, data = _imported(tmp_path, _report(_part(rows)), "txt")
    assert data["sections"]["applications"] == {"figures": {
        "received": 12, "answered": 12, "outcomes": [{"name": "同意公开", "count": 9}, {"name": "信息不存在", "count": 3}],
        "show": "table"}}
    assert result.findings == []


def test_outcomes_of_the_applications_closed_and_the_reasons_in_brackets(tmp_path):
    """在已办结的44件中 gave no total (办结的), and a 不予公开 whose reasons follow in brackets no item."""
    lines = ["全年共受理政府信息公开申请46件，其中网上申请36件、当面申请10件。截至年底已办结44件，另有2件正在办理。"
             "在已办结的44件中，同意公开31件，部分公开4件，不予公开3件（涉及商业秘密2件，涉及个人隐私1件），信息不存在6件。"]
    _, data = _imported(tmp_path, _report(_part(lines)), "txt")
    assert data["sections"]["applications"]["figures"] == {
        "received": 46, "channels": [{"name": "网上申请", "count": 36}, {"name": "当面申请", "count": 10}], "answered": 44,
        "outcomes": [{"name": "同意公开", "count": 31}, {"name": "部分公开", "count": 4}, {"name": "不予公开", "count": 3},
                     {"name": "信息不存在", "count": 6}]}


def test_complaints_counted_in_a_list_with_the_cases(tmp_path):
    sentence = "全年因政府信息公开引起行政复议2件、行政诉讼1件、申诉3件。"
    _, data = _imported(tmp_path, _report(f"五、因政府信息公开申请行政复议、提起行政诉讼的情况\n{sentence}\n"), "txt")
    assert data["sections"]["review_litigation"]["figures"] == {"reviews": 2, "suits": 1, "complaints": 3}


def test_the_first_year_s_figures_from_the_first_of_may_are_the_year_s(tmp_path):
    """2008年5月1日至12月31日 in a 2008 report is its year (the 条例 took effect on 1 May): read as another period,
    none of its figures were."""
    sentence = "2008年5月1日至12月31日，共主动公开政府信息862条。其中，机构职能类56条，法规文件类356条，工作动态类450条。"
    text = _report(f"二、主动公开政府信息情况\n{sentence}\n", year=2008)
    _, data = _imported(tmp_path, text, "txt")
    assert data["sections"]["active_disclosure"]["figures"] == {"total": 862, "categories": [
        {"name": "机构职能类", "count": 56}, {"name": "法规文件类", "count": 356}, {"name": "工作动态类", "count": 450}]}
    later = _report("二、主动公开政府信息情况\n2012年5月1日至12月31日，共主动公开政府信息862条。\n", year=2012)
    (tmp_path / "later").mkdir()
    _, data = _imported(tmp_path / "later", later, "txt")
    assert data["sections"]["active_disclosure"].get("figures") is None  # part of 2012 only


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_hunt_report_reads_back_the_same_after_printing(tmp_path, fmt):
    """A report of several of these shapes: imported, printed by reportkit and imported again, the same data."""
    parts = ("二、主动公开政府信息情况\n全年主动公开政府信息512条，历年累计主动公开4,210条。\n"
             + _part(["全年收到政府信息公开申请15件。申请方式：当面申请5件，网上申请8件，信函申请2件。",
                      "答复情况：同意公开10件，部分公开2件，不予公开1件，信息不存在2件。"])
             + "四、政府信息公开的收费及减免情况\n本局不收取任何费用。\n"
             "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n全年因政府信息公开被申请行政复议1件，未被提起行政诉讼。\n")
    result, data = _imported(tmp_path, _report(parts), "txt")
    assert result.findings == []
    assert yaml.safe_dump(data["sections"]["applications"]["figures"], allow_unicode=True).count("name") == 7
    again = _again(result, fmt, tmp_path)
    assert again.findings == []
    assert data_of(again)["sections"] == data["sections"]
    assert printed(again.target, PLUGINS) == printed(result.target, PLUGINS)


def test_counts_after_qizhong_of_what_was_counted_before_are_parts_of_it(tmp_path):
    """答复52件，其中当场答复10件，延期答复2件: three counts of 答复, a placeholder and a finding; the two are parts."""
    sentence = "全年共收到申请52件，答复52件，其中当场答复10件，延期答复2件。"
    result, data = _imported(tmp_path, _report(_part([sentence])), "txt")
    assert data["sections"]["applications"] == {"figures": {"received": 52, "answered": 52}, "content": [sentence]}
    assert result.findings == []


@pytest.mark.parametrize("sentence, count", [("全年行政复议、行政诉讼、申诉各1件。", 1),
                                             ("全年发生行政复议、行政诉讼和申诉案件各0件。", 0)])
def test_cases_named_together_with_a_count_for_each(tmp_path, sentence, count):
    _, data = _imported(tmp_path, _report(f"五、行政复议、行政诉讼和申诉情况\n{sentence}\n"), "txt")
    assert data["sections"]["review_litigation"]["figures"] == {"reviews": count, "suits": count, "complaints": count}
