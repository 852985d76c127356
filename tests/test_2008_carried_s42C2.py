"""2008-edition reports with applications carried over from the year before or still open at its end: ``validate`` and
``check`` read the carried-over count the part's text or table gives before warning of more answers than applications
received, the import reads outcomes beside carried-over applications named without a count, and what it missed (a
category table under reportkit's own lead sentence, 本年度新增, 均已答复 where the count holds the carried-over ones, 新收,
a row of applications still open). The agencies, sentences and figures are made up for these tests."""
from __future__ import annotations

import csv
import textwrap

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

from test_import_2008_s41 import APPS, _errors, _import, _import_docx, _page

OUTCOMES = [{"name": "同意公开", "count": 8}, {"name": "部分公开", "count": 2}, {"name": "信息不存在", "count": 2}]
CATEGORIES = [{"name": "政策法规类", "count": 76}, {"name": "工作动态类", "count": 300}, {"name": "规划计划类", "count": 36}]
CATEGORY_ROWS = [["类别", "条数"], ["政策法规类", "76"], ["工作动态类", "300"], ["规划计划类", "36"], ["合计", "412"]]
UNCOUNTED = (f"“{APPS}”：答复 12 件，多于收到的 10 件申请；正文提到了上年结转的申请，但没有写件数："
             "请写明上年结转了几件，如“上年结转2件”")


def _checked(tmp_path, applications: str) -> tuple[int, list[tuple[str, str]]]:
    """``reportkit check`` of a published report whose part on applications is ``applications``: its exit code and
    each finding's rule and message."""
    (tmp_path / "shuiwu.html").write_text(_page({"applications": applications}), encoding="utf-8")
    out = tmp_path / "r.csv"
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "shuiwu.html"), "--report", str(out), "-j", "1"])
    with open(out, encoding="utf-8-sig", newline="") as f:
        return result.exit_code, [(row["rule"], row["message"]) for row in csv.DictReader(f)
                                  if row["rule"] not in ("import-skipped", "ok")]


def _validated(tmp_path, applications: str) -> tuple[int, str]:
    """``reportkit validate`` of a data file whose applications part is ``applications`` (YAML under it): exit code,
    output."""
    path = tmp_path / "report.yaml"
    path.write_text(textwrap.dedent("""\
        kind: annual-report
        year: 2014
        agency: 某县水务局
        sections:
          overview:
            content: [办公室承担公开的日常工作。]
          applications:
        """) + textwrap.indent(textwrap.dedent(applications), " " * 4), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    return result.exit_code, result.output


# Answers to applications carried over: validate and check ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "全年收到申请10件，上年结转2件，其中同意公开8件、部分公开2件、信息不存在2件。",
    "全年受理申请10件，另有2件上年结转申请也已答复，其中同意公开8件、部分公开2件、信息不存在2件。",
    "本年度收到申请10件，答复12件（含上年结转2件）。",
    "全年新收申请10件，另有上年度未办结申请2件，已答复12件，其中同意公开8件、部分公开2件、信息不存在2件。",
    "本年度受理申请10件（不含上年结转的2件），其中同意公开8件、部分公开2件、信息不存在2件。",
])
def test_answers_up_to_the_received_and_the_carried_over_count_the_text_gives_are_no_finding(tmp_path, text):
    code, found = _checked(tmp_path, text)
    assert (code, found) == (0, [])


def test_a_data_file_s_answers_up_to_the_received_and_carried_over_are_no_warning_and_more_are(tmp_path):
    figures = "figures: {received: 10, outcomes: [{name: 同意公开, count: 9}, {name: 不予公开, count: 3}]}\n"
    for content, warned in [
        ("- 另有上年结转申请2件，已一并答复。", None),
        ("- heading: 办理情况\n  content: [上年度未办结的2件申请已于年初答复。]", None),
        ("- {columns: [项目, 件数], rows: [[上年结转, 2]]}", None),
        ("- 另有上年结转申请1件，已一并答复。", "与正文所写上年结转的 1 件之和 11 件：请核对后改正其中一处"),
        ("- 另有上年结转的申请，已一并答复。", "；正文提到了上年结转的申请，但没有写件数：请写明上年结转了几件，如“上年结转2件”"),
        ("- 全部按期答复。", "；如有上年结转的申请，请在正文说明"),
    ]:
        code, output = _validated(tmp_path, figures + "content:\n" + textwrap.indent(content, "  ") + "\n")
        assert code == 0, output
        warnings = [line.split(": warning: ")[1] for line in output.splitlines() if ": warning: " in line]
        said = "“依申请公开政府信息情况”：答复 12 件，多于收到的 10 件申请"
        assert warnings == ([f"{said}{warned}（applications）"] if warned else []), content


# Carried over without a count: a warning asking for it, never an error -------------------------------------------
def test_carried_over_named_without_a_count_is_read_and_a_warning_asks_for_the_count(tmp_path):
    text = "全年收到申请10件，另有上年结转的申请，其中同意公开8件、部分公开2件、信息不存在2件。"
    result, sections = _import(tmp_path, applications=text)
    assert _errors(result) == []
    assert sections["applications"]["figures"] == {"received": 10, "outcomes": OUTCOMES}
    code, found = _checked(tmp_path, text)
    assert found == [("applications", UNCOUNTED + "（applications）")]
    assert code == 1


# Figures the import missed ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("items", [
    ["本年度主动公开政府信息412条。", CATEGORY_ROWS],
    ["本年度主动公开政府信息412条。", "各类信息的条数见下表。", CATEGORY_ROWS],
    ["本年度主动公开政府信息412条。", "其中政策法规类76条、工作动态类300条、规划计划类36条。"],
])
def test_a_list_after_the_sentence_reportkit_prints_for_the_total_is_read(tmp_path, items):
    result, sections = _import_docx(tmp_path, ["全年收到申请5件，均已答复。"], active_disclosure=items)
    assert sections["active_disclosure"]["figures"] == {"total": 412, "categories": CATEGORIES}
    assert sections["active_disclosure"]["content"][0] == "本年度主动公开政府信息412条。"  # stated: not printed twice
    assert _errors(result) == []


def test_the_sentence_reportkit_prints_before_words_of_the_agency_s_own_is_still_taken(tmp_path):
    result, sections = _import_docx(tmp_path, ["全年收到申请5件，均已答复。"],
                                    active_disclosure=["本年度主动公开政府信息412条。", "我局坚持把公开放在重要位置。"])
    assert sections["active_disclosure"] == {"figures": {"total": 412}, "content": ["我局坚持把公开放在重要位置。"],
                                             "title": "主动公开政府信息的情况"}


@pytest.mark.parametrize("part, text, figures", [
    ("active_disclosure", "截至2014年底，累计公开信息2310条，本年度新增543条。", {"cumulative": 2310, "total": 543}),
    ("active_disclosure", "全年新增主动公开政府信息543条。", {"total": 543}),
    ("applications", "全年受理政府信息公开申请3件（其中1件为上年结转），均已答复。", {"received": 3, "answered": 3}),
    ("applications", "全年收到申请10件，其中上年结转2件，均已答复。", {"received": 10, "answered": 10}),
    ("applications", "全年新收申请7件，均已答复。", {"received": 7, "answered": 7}),
])
def test_figures_in_these_wordings_are_read(tmp_path, part, text, figures):
    result, sections = _import(tmp_path, **{part: text})
    assert sections[part]["figures"] == figures
    assert _errors(result) == []


@pytest.mark.parametrize("part, text, figures", [
    ("active_disclosure", "本年度主动公开信息500条，较上年新增43条。", {"total": 500}),
    ("applications", "全年收到申请5件，上年结转2件，均已答复。", {"received": 5}),
])
def test_a_change_named_新增_and_all_answered_beside_carried_over_ones_are_not_read(tmp_path, part, text, figures):
    result, sections = _import(tmp_path, **{part: text})
    assert sections[part]["figures"] == figures


@pytest.mark.parametrize("open_row", [["正在办理", "2"], ["结转下年度", "2"]])
def test_a_row_of_applications_still_open_is_no_outcome(tmp_path, open_row):
    rows = [["答复结果", "件数"], ["同意公开", "6"], ["不予公开", "2"], open_row, ["合计", "10"]]
    result, sections = _import_docx(tmp_path, ["全年收到申请10件，办理情况见下表。", rows])
    assert sections["applications"]["figures"] == {"received": 10}
    assert sections["applications"]["content"][1]["rows"][2] == [open_row[0], 2]
    assert _errors(result) == []
