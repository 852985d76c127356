"""The annual-report rules: silent on the examples, each one firing with its path and numbers."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportkit.default_plugins.annual_report import resolve_edition
from reportkit.default_plugins.annual_report.model import report_model
from reportkit.default_plugins.annual_report import RULES
from reportkit.errors import ERROR, NOTE, WARNING, InvalidData
from reportkit.load import load_file
from reportkit.pipeline import prepare
from reportkit.plugins import load_plugins
from reportkit.validate import validate as core_validate

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
APPLICATIONS = ("tables", "applications")


def load(name: str) -> dict:
    return yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))


def findings(data: dict) -> dict[str, list]:
    edition, _ = resolve_edition(data)
    report = report_model(edition).model_validate(data)
    out: dict[str, list] = {}
    for rule in RULES:
        found = list(rule.check(report)) if not rule.editions or edition in rule.editions else []
        if found:
            out[rule.id] = found
    return out


def only(data: dict, rule_id: str):
    found = findings(data)
    assert list(found) == [rule_id], found
    return found[rule_id]


@pytest.fixture
def xinzhou() -> dict:
    return load("xinzhou-2020.yaml")


@pytest.fixture
def sample() -> dict:
    return load("sample-2021.yaml")


@pytest.mark.parametrize("name", ["xinzhou-2020.yaml", "sample-2021.yaml"])
def test_rules_are_silent_on_the_examples(name):
    assert findings(load(name)) == {}


@pytest.mark.parametrize("name", ["xinzhou-2020.yaml", "sample-2021.yaml"])
def test_examples_pass_the_core_pipeline_without_any_diagnostic(name):
    plugins = load_plugins(entry_point_group=None)
    assert plugins.problems == []
    validated = core_validate(load_file(EXAMPLES / name), plugins.registry, strict=True)
    assert validated.diagnostics.items == []


def test_invalid_examples_fail_exactly_as_documented():
    plugins = load_plugins(entry_point_group=None)
    files = sorted((EXAMPLES / "invalid").glob("*.yaml"))
    assert len(files) >= 3
    for path in files:
        with pytest.raises(InvalidData) as info:
            core_validate(load_file(path), plugins.registry)
        documented = [line[4:] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#   ")]
        shown = [f"{path.name}:{d.line}:{d.col}: {d.severity}: {d.message}" for d in info.value.diagnostics]
        assert shown == documented


def test_r1_names_both_sides(xinzhou):
    xinzhou["tables"]["applications"]["carried_forward"] = {"public_welfare_organization": 1}
    [f] = only(xinzhou, "R1")
    assert f.severity == ERROR
    assert f.path == APPLICATIONS + ("carried_forward", "public_welfare_organization")
    assert "“社会公益组织”列" in f.message
    assert "一、本年新收（2）加二、上年结转（0）之和为 2" in f.message
    assert "三、（七）总计（2）加四、结转下年度继续办理（1）之和为 3" in f.message


def test_r2_typed_total_row_must_match(sample):
    sample["tables"]["applications"]["results"]["total"] = {"natural_person": 41, "other": 1}
    [f] = only(sample, "R2")
    assert f.path == APPLICATIONS + ("results", "total", "natural_person")
    assert f.message == "表三 第“（七）总计”行 “自然人”列：（一）至（六）之和为 40，而填写的总计为 41"


def test_r2_also_checks_the_grand_total(sample):
    sample["tables"]["applications"]["results"]["total"] = {"total": 47}
    [f] = only(sample, "R2")  # the text's 办结48件 is the parts' sum: no R9 for the one wrong figure
    assert f.path == APPLICATIONS + ("results", "total", "total") and "之和为 48，而填写的总计为 47" in f.message


@pytest.mark.parametrize("part, total, forward, r1", [
    (21, 40, 1, None), (20, 41, 1, None),
    (20, 41, 2, "一、本年新收（38）加二、上年结转（3）之和为 41，而三、（七）总计（41）加四、结转下年度继续办理（2）之和为 43")])
def test_r1_reads_the_results_total_as_the_table_shows_it(sample, part, total, forward, r1):
    """A published table (check) whose 予以公开 自然人 is one too many, its （七）总计 unchanged, gave R2 and an R1 about
    a （七）总计 of 41 printed nowhere: one wrong figure is R2's alone, whichever it is; R1 fails only where neither the
    printed （七）总计 nor its parts' sum agree, and quotes the printed one."""
    applications = sample["tables"]["applications"]
    applications["results"]["granted"]["natural_person"] = part
    applications["results"]["total"] = {"natural_person": total}
    applications["carried_forward"]["natural_person"] = forward
    found = findings(sample)
    assert [f.message.split("：", 1)[1].split("，两者")[0] for f in found.get("R1", [])] == ([r1] if r1 else [])
    assert "R2" in found


def test_r3_typed_row_total_must_match(sample):
    sample["tables"]["applications"]["results"]["denied"]["third_party_rights"]["total"] = 2
    [f] = only(sample, "R3")
    assert f.path == APPLICATIONS + ("results", "denied", "third_party_rights", "total")
    assert f.message == "表三 第“4.保护第三方合法权益”行 “总计”列：自然人至其他六列之和为 1，而填写的总计为 2"


def test_r5_each_group_of_table_four(sample):
    sample["tables"]["review_litigation"]["litigation_after_reconsideration"]["total"] = 3
    [f] = only(sample, "R5")
    assert f.path == ("tables", "review_litigation", "litigation_after_reconsideration", "total")
    assert "行政诉讼“复议后起诉”" in f.message and "之和为 1，而填写的总计为 3" in f.message


def test_r6_change_cannot_leave_a_negative_count(xinzhou):
    xinzhou["tables"]["active_disclosure"]["administrative_coercion"]["change"] = -12
    [f] = only(xinzhou, "R6")
    assert f.path == ("tables", "active_disclosure", "administrative_coercion", "change")
    assert "上一年项目数量 11 加本年增/减 -12 为 -1" in f.message


@pytest.mark.parametrize("other", [["无"], ["无。"]])
def test_r10_fee_charged_but_section_six_says_nothing(sample, other):
    sample["sections"]["other"] = other
    [f] = only(sample, "R10")
    assert f.severity == ERROR and f.path == ("sections", "other", 0) and "3 件" in f.message


def test_r10_without_fee_a_nothing_in_section_six_is_not_printed_and_said_so(sample, tmp_path):
    """“无” after the sentence saying no fee was charged printed as a paragraph of its own, one that contradicts
    nothing but says nothing either: an office would strike it. It is left out now, with a note saying so."""
    sample["sections"]["other"] = ["无。"]
    sample["information_processing_fee"] = {"notices": 0}
    handling = sample["tables"]["applications"]["results"]["other_handling"]  # no notice, none dropped for its fee
    handling["other"]["natural_person"] = handling.pop("overdue_fee")["natural_person"]
    [f] = only(sample, "R10")
    assert f.severity == NOTE and f.path == ("sections", "other", 0) and f.message.startswith("“六、其他需要报告的事项”写的“无。”不印出")
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(sample, allow_unicode=True, sort_keys=False), encoding="utf-8")
    texts = [text for _, text, _ in prepare(path, load_plugins(), formats=("docx",)).document.texts()]
    six = texts.index("六、其他需要报告的事项")
    assert texts[six + 1] == "本年度未发出信息处理费收费通知，未收取信息处理费。" and "无。" not in texts


def test_r10_an_application_dropped_for_an_unpaid_fee_needs_the_fee_notices(sample):
    """表三（六）2 counts an application dropped for an unpaid fee notice: with no notices in the data, part 六 would
    print that none were sent."""
    sample["information_processing_fee"] = {"notices": 0}
    [f] = only(sample, "R10")
    assert f.severity == WARNING and f.path[-2:] == ("overdue_fee", "total") and "为 1 件" in f.message


def test_r11_period_title_and_preamble(xinzhou):
    xinzhou["period"] = {"start": dt.date(2019, 12, 1), "end": dt.date(2020, 11, 30)}
    xinzhou["title"] = "忻州市生态环境局2019年政府信息公开工作年度报告"
    xinzhou["preamble"] = ["本报告的统计期限为2019年1月1日至12月31日。"]
    found = only(xinzhou, "R11")
    assert all(f.severity == WARNING for f in found)
    by_path = {f.path: f.message for f in found}
    assert "2019年12月1日，不在报告年度内" in by_path[("period", "start")]
    assert "2020年11月30日，不是全年" in by_path[("period", "end")]
    assert "标题中的年度为 2019，而报告年度 year 为 2020" == by_path[("title",)]
    assert "2019" in by_path[("preamble", 0)]


@pytest.mark.parametrize("year, warning", [("二〇二〇", None), ("二○二〇", None), ("二零二零", None),
                                           ("二〇一九", "标题中的年度为 2019，而报告年度 year 为 2020"),
                                           ("/", "标题中没有写出“2020年”，而报告年度 year 为 2020")])
def test_r11_reads_a_title_s_year_in_chinese_numerals(xinzhou, year, warning):
    """“二〇二〇年度” was “标题中的年度为 （没有年度）”: the year was there."""
    xinzhou["title"] = f"忻州市生态环境局{year}年度政府信息公开工作年度报告"
    assert {rule: [f.message for f in found] for rule, found in findings(xinzhou).items()} == (
        {"R11": [warning]} if warning else {})


@pytest.mark.parametrize("agency_type, date, warned", [
    ("department", dt.date(2021, 1, 31), False),
    ("department", dt.date(2021, 2, 5), True),
    ("government", dt.date(2021, 3, 31), False),
    ("government", dt.date(2021, 4, 1), True),
    ("department", dt.date(2020, 12, 30), True),
])
def test_publication_deadline(xinzhou, agency_type, date, warned):
    xinzhou["agency_type"], xinzhou["date"] = agency_type, date
    found = findings(xinzhou)
    assert ("deadline" in found) == warned
    if warned:
        [f] = found["deadline"]
        assert f.severity == WARNING and f.path == ("date",)
        assert ("1月31日" if agency_type == "department" else "3月31日") in f.message or date.year == 2020


def test_rules_are_registered_for_the_kind():
    registry = load_plugins(entry_point_group=None).registry
    assert "annual-report" in registry.kinds
    ids = {r.id for r in registry.rules_for("annual-report", "2021")}
    assert {"R1", "R2", "R3", "R5", "R10", "R11", "deadline"} <= ids
    assert "R6" in {r.id for r in registry.rules_for("annual-report", "2019")}


# R17: a cell's note that the cell's column cannot hold in a few lines ---------------------------------------------
LONG_NOTE = "其中由县政务服务中心农业农村窗口统一受理后转本局审批的一百二十件，其余为本局直接受理"


def noted(data: dict, path: tuple, note: str) -> dict:
    """``data`` with the cell at ``tables`` + ``path`` given ``note``, its value kept."""
    *parents, last = path
    node = data["tables"]
    for key in parents:
        node = node.setdefault(key, {})
    value = node.get(last, 0)
    node[last] = {"value": value["value"] if isinstance(value, dict) else value, "note": note}
    return data


@pytest.mark.parametrize("name, path, label, room, fit", [
    ("xinzhou-2020.yaml", ("active_disclosure", "administrative_coercion", "decisions"), "表二“行政强制”“处理决定数量”",
     8, 30),
    ("xinzhou-2020.yaml", ("applications", "new_received", "natural_person"),
     "表三“一、本年新收政府信息公开申请数量”“自然人”", 2, 6),
    ("sample-2021.yaml", ("applications", "results", "denied", "third_party_rights", "natural_person"),
     "表三“4.保护第三方合法权益”“自然人”", 2, 6),
    ("xinzhou-2020.yaml", ("review_litigation", "reconsideration", "upheld"), "表四“行政复议”“结果维持”", 2, 4),
    ("sample-2021.yaml", ("review_litigation", "litigation_direct", "pending"), "表四“未经复议直接起诉”“尚未审结”", 2, 4),
])
def test_r17_a_long_note_is_warned_at_the_note_with_its_column_s_width(name, path, label, room, fit):
    """A 40-character note printed in a column two characters wide made its row half a page tall, in every format."""
    [f] = only(noted(load(name), path, LONG_NOTE), "R17")
    assert f.severity == WARNING and f.path == ("tables",) + path + ("note",)
    section = {"active_disclosure": "二、主动公开政府信息情况", "applications": "三、收到和处理政府信息公开申请情况",
               "review_litigation": "四、政府信息公开行政复议、行政诉讼情况"}[path[0]]
    assert f.message.startswith(f"{label}格的注释太长：这一列每行只排得下约 {room} 个字，")
    assert f.message.endswith(f"请把注释缩短到 {fit} 个字以内，或删去注释，改在“{section}”的正文中说明")


def test_r17_a_column_spanning_the_grid_takes_the_same_note(sample):
    """2021's 表二 has one value column spanning three: the note that 2019's one column cannot hold fits there."""
    path = ("active_disclosure", "administrative_coercion", "decisions")
    assert "R17" not in findings(noted(sample, path, LONG_NOTE))
    assert "R17" in findings(noted(sample, path, LONG_NOTE * 3))


def test_r17_a_cell_may_take_four_lines():
    """0（复议维持） takes four lines of table 四's two characters (“0”“（复”“议维”“持）”), as tall as 表三's
    longest label, as both PDFs print it; one character more is a fifth."""
    path = ("review_litigation", "reconsideration", "upheld")
    assert findings(noted(load("xinzhou-2020.yaml"), path, "复议维持")) == {}
    [f] = only(noted(load("xinzhou-2020.yaml"), path, "复议均维持"), "R17")
    assert "“0（注释）”要排 5 行" in f.message and "缩短到 4 个字以内" in f.message


def test_r17_reads_the_note_of_a_typed_total(sample):
    sample["tables"]["applications"]["results"]["total"] = {"total": {"value": 48, "note": LONG_NOTE}}
    [f] = only(sample, "R17")
    assert f.path == APPLICATIONS + ("results", "total", "total", "note")
    assert f.message.startswith("表三“（七）总计”“总计”格的注释太长")


def test_r17_validate_prints_the_warning_at_the_note(tmp_path):
    from click.testing import CliRunner

    from reportkit.cli import cli

    text = (EXAMPLES / "sample-2021.yaml").read_text(encoding="utf-8")
    old = "reconsideration: {upheld: 2,"
    assert old in text
    path = tmp_path / "notes.yaml"
    path.write_text(text.replace(old, "reconsideration: {upheld: {value: 2, note: 复议机关为县人民政府，均维持本局的答复},"),
                    encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if "复议机关" in text)
    col = lines[line - 1].index("复议机关") + 1
    result = CliRunner().invoke(cli, ["validate", str(path)], catch_exceptions=False)
    assert result.exit_code == 0
    [warning] = [w for w in result.output.splitlines() if "R17" in w]
    assert warning.startswith(f"{path}:{line}:{col}: warning: 表四“行政复议”“结果维持”格的注释太长：这一列每行只排得下约 2 个字，")
    assert warning.endswith("改在“四、政府信息公开行政复议、行政诉讼情况”的正文中说明（R17）")
