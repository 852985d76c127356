"""2008-edition reports (2008-2018) copied from web pages as plain text, worded as agencies wrote them: the year's
items disclosed said 发布 or 公布 (全年发布各类信息2316条), and two lists of applications in one sentence parted by a ；
(……网络申请4件；已全部按期答复，其中同意公开4件……). The agencies, sentences and figures are made up for these tests."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

from _import_helpers import import_text

ACTIVE = "主动公开政府信息的情况"
APPS = "依申请公开政府信息和不予公开政府信息的情况"


def _report(active: str = "全年主动公开政府信息120条。", applications: str = "本年度未收到政府信息公开申请。") -> str:
    """A 2015 report in the wordings of the 2010s, as plain text copied from a web page."""
    return "\n".join([
        "青禾县农业局2015年政府信息公开工作年度报告", "",
        "一、政府信息公开的组织推进情况", "局办公室负责公开的日常工作，各股室确定了信息员。",
        f"二、{ACTIVE}", active,
        f"三、{APPS}", applications,
        "四、因政府信息公开申请提起行政复议、行政诉讼的情况", "本年度没有因政府信息公开申请引起的行政复议和行政诉讼。",
        "五、政府信息公开的收费及减免情况", "本年度未收取任何费用。",
        "六、存在的主要问题和改进情况", "部分信息更新不够及时，明年按月检查公开目录。", "",
        "青禾县农业局", "2016年3月20日", ""])


def _fees_report(table: str) -> str:
    return _report().replace("五、政府信息公开的收费及减免情况\n本年度未收取任何费用。", f"五、政府信息公开的收费及减免情况\n{table}")


def _errors(result) -> list[str]:
    return [f.message for f in result.findings if f.rule == "figures"]


# The year's items said 发布 or 公布 --------------------------------------------------------------------------------
CATEGORIES = [{"name": "机构职能类", "count": 84}, {"name": "政策法规类", "count": 402},
              {"name": "工作动态类", "count": 1830}]


@pytest.mark.parametrize("active, figures", [
    ("全年发布各类信息2316条，其中机构职能类84条，政策法规类402条，工作动态类1830条。",
     {"total": 2316, "categories": CATEGORIES}),
    ("本年度共公布政府信息2316条，其中机构职能类84条，政策法规类402条，工作动态类1830条。",
     {"total": 2316, "categories": CATEGORIES}),
    ("全年发布信息2316条，截至年底累计发布信息11820条。", {"total": 2316, "cumulative": 11820}),
])
def test_the_year_s_items_said_published_are_the_total_disclosed(tmp_path, active, figures):
    result, data = import_text(tmp_path, "nongye.txt", _report(active=active))
    assert data["sections"]["active_disclosure"]["figures"] == figures
    assert data["sections"]["active_disclosure"]["content"] == [active]
    assert _errors(result) == []


@pytest.mark.parametrize("active", [
    "全年在门户网站发布各类信息2316条。",  # one channel's count
    "全年发布政策解读信息12条。",  # one kind's
    "全年依申请公布信息3条。",
    "召开新闻发布会4次，发布信息20条。",  # the conferences'
    "通过微信公众号发布信息486条，微博发布信息352条。",  # each channel's
])
def test_a_count_published_by_one_channel_or_of_one_kind_is_no_total(tmp_path, active):
    _, data = import_text(tmp_path, "nongye.txt", _report(active=active))
    assert "total" not in (data["sections"]["active_disclosure"].get("figures") or {})


# Two lists in one sentence parted by a ； ---------------------------------------------------------------------------
CHANNELS = [{"name": "当面申请", "count": 2}, {"name": "网络申请", "count": 4}]


@pytest.mark.parametrize("opening", ["已全部按期答复", "均已答复"])
def test_channels_then_outcomes_parted_by_a_semicolon_are_both_read(tmp_path, opening):
    text = f"全年受理政府信息公开申请6件，其中当面申请2件，网络申请4件；{opening}，其中同意公开4件，信息不存在2件。"
    result, data = import_text(tmp_path, "nongye.txt", _report(applications=text))
    assert data["sections"]["applications"]["figures"] == {
        "received": 6, "answered": 6, "channels": CHANNELS,
        "outcomes": [{"name": "同意公开", "count": 4}, {"name": "信息不存在", "count": 2}]}
    assert _errors(result) == []


def test_outcomes_after_a_semicolon_that_do_not_add_up_are_the_only_finding(tmp_path):
    text = "全年受理政府信息公开申请6件，其中当面申请2件，网络申请4件；均已答复，其中同意公开4件，信息不存在1件。"
    result, data = import_text(tmp_path, "nongye.txt", _report(applications=text))
    assert _errors(result) == [f"“{APPS}”：所列各答复结果之和为 5 件，而“答复数”为 6 件：请核对后改正其中一处"]
    assert data["sections"]["applications"]["figures"]["channels"] == CHANNELS
    assert "outcomes" not in data["sections"]["applications"]["figures"]


def test_check_finds_nothing_in_a_report_with_both_wordings(tmp_path):
    source = tmp_path / "nongye.txt"
    source.write_text(_report(
        active="全年发布各类信息2316条，其中机构职能类84条，政策法规类402条，工作动态类1830条。",
        applications="全年受理政府信息公开申请6件，其中当面申请2件，网络申请4件；已全部按期答复，其中同意公开4件，信息不存在2件。"),
        encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(source)])
    assert result.exit_code == 0, result.output
    assert f"{source}: 未发现问题" in result.output.splitlines()
    assert "import-figures" not in result.output


# A table of outcomes or channels with a column of shares ----------------------------------------------------------
def _shares_table(head: str, rows: list[tuple[str, int, str]], total: int) -> str:
    lines = [f"{head}\t数量（件）\t所占比例", *(f"{name}\t{count}\t{share}" for name, count, share in rows)]
    return "\n".join([f"全年共收到申请{total}件，办理情况见下表。", *lines, f"合计\t{total}\t100%"])


OUTCOMES = [("同意公开", 6, "66.7%"), ("部分公开", 1, "11.1%"), ("不予公开", 2, "22.2%")]


def test_outcomes_in_a_table_with_their_shares_are_read(tmp_path):
    result, data = import_text(tmp_path, "nongye.txt", _report(applications=_shares_table("办理结果", OUTCOMES, 9)))
    part = data["sections"]["applications"]
    assert part["figures"] == {"received": 9, "answered": 9,
                               "outcomes": [{"name": name, "count": count} for name, count, _ in OUTCOMES]}
    # the table stays as written: reportkit prints no shares of outcomes
    assert part["content"][1]["columns"] == ["办理结果", "数量（件）", "所占比例"]
    assert part["content"][1]["rows"][0] == ["同意公开", 6, "66.7%"]
    assert _errors(result) == []


def test_channels_in_a_table_with_their_shares_are_read(tmp_path):
    rows = [("当面申请", 3, "33.3%"), ("网上申请", 6, "66.7%")]
    _, data = import_text(tmp_path, "nongye.txt", _report(applications=_shares_table("申请方式", rows, 9)))
    assert data["sections"]["applications"]["figures"]["channels"] == [
        {"name": "当面申请", "count": 3}, {"name": "网上申请", "count": 6}]


def test_an_outcome_s_share_that_is_not_its_count_s_is_a_finding_at_its_row(tmp_path):
    rows = [("同意公开", 6, "60%"), *OUTCOMES[1:]]
    source = tmp_path / "nongye.txt"
    source.write_text(_report(applications=_shares_table("办理结果", rows, 9)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(source)])
    assert result.exit_code == 1, result.output
    assert (f"{source}:第 10 行: error: import-figures: “{APPS}”：“同意公开”6 件占合计 9 件的 66.7%，"
            "而表中写的占比为 60%：请核对后改正其中一处") in result.output.splitlines()


# The parts' headings of the 2010s, the lead-in under the title ----------------------------------------------------
@pytest.mark.parametrize("heading", ["政府信息公开的组织推进情况", "政府信息公开工作组织推进情况", "组织推进情况"])
def test_the_organisation_of_the_work_is_the_overview(tmp_path, heading):
    report = _report().replace("政府信息公开的组织推进情况", heading)
    _, data = import_text(tmp_path, "nongye.txt", report)
    assert data["sections"]["overview"] == {"title": heading, "content": ["局办公室负责公开的日常工作，各股室确定了信息员。"]}
    assert "own" not in data["sections"]


def test_a_lead_in_under_the_title_ending_in_a_colon_is_the_preamble_not_the_addressee(tmp_path):
    lead = "现将本局2015年度政府信息公开工作情况报告如下："
    report = _report().replace("报告\n\n", f"报告\n\n{lead}\n", 1)
    _, data = import_text(tmp_path, "nongye.txt", report)
    assert "addressee" not in data
    assert data["preamble"] == [lead]


def test_a_table_attached_as_附表_after_the_date_is_an_attachment(tmp_path):
    attached = "\n".join(["附表", "青禾县农业局2015年政府信息公开情况统计表", "统计指标\t单位\t统计数",
                          "主动公开政府信息数\t条\t120", "收到申请数\t件\t0", ""])
    _, data = import_text(tmp_path, "nongye.txt", _report() + attached)
    assert str(data["date"]) == "2016-03-20"
    assert data["sections"]["problems"]["content"] == ["部分信息更新不够及时，明年按月检查公开目录。"]
    assert data["attachments"] == [{"title": "青禾县农业局2015年政府信息公开情况统计表", "table": {
        "columns": ["统计指标", "单位", "统计数"], "rows": [["主动公开政府信息数", "条", 120], ["收到申请数", "件", 0]]}}]


# A table of the fees by kind, each 收取……费, the sum waived last -------------------------------------------------------
@pytest.mark.parametrize("rows, figures", [
    (["收取检索费\t0", "收取复制费\t24", "减免费用\t0"], {"charged": 24, "waived": 0}),
    (["检索费\t0", "复制费\t24", "合计\t24", "减免费用\t6"], {"charged": 24, "waived": 6}),
    (["收取复制费\t12.5", "收取邮寄费\t10"], {"charged": 22.5}),
])
def test_a_table_of_fees_charged_by_kind_and_the_sum_waived_is_read(tmp_path, rows, figures):
    table = "\n".join(["项目\t金额（元）", *rows])
    result, data = import_text(tmp_path, "nongye.txt", _fees_report(table))
    part = data["sections"]["fees"]
    assert part["figures"] == figures
    assert [[str(cell) for cell in row] for row in part["content"][0]["rows"]] == [row.split("\t") for row in rows]
    assert [f.message for f in result.findings if f.rule == "figures"] == []


# Figures across a table after a column of heads (项目｜行政复议｜…, 件数｜0｜…) ---------------------------------------------
def test_cases_across_a_table_after_a_column_of_heads_are_read(tmp_path):
    table = "项目\t行政复议\t行政诉讼\t申诉\n件数\t0\t1\t0"
    report = _report().replace("本年度没有因政府信息公开申请引起的行政复议和行政诉讼。", table)
    result, data = import_text(tmp_path, "nongye.txt", report)
    assert data["sections"]["review_litigation"]["figures"] == {"reviews": 0, "suits": 1, "complaints": 0, "show": "table"}
    assert _errors(result) == []


def test_applications_across_a_table_after_a_column_of_heads_are_read(tmp_path):
    _, data = import_text(tmp_path, "nongye.txt", _report(applications="项目\t收到申请\t答复\n数量（件）\t3\t3"))
    assert data["sections"]["applications"]["figures"] == {"received": 3, "answered": 3, "show": "table"}
