"""The annual-report models: examples, unknown keys, wrong types, cells, editions, starter."""
from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from _kinds import undocumented_fields
from pydantic import ValidationError

from reportkit.dates import china_today
from reportkit.default_plugins.annual_report import ANNUAL_REPORT, resolve_edition
from reportkit.default_plugins.annual_report.model import (
    Amount, Change, Count, applications_values, format_amount, outcome_values, report_model,
)
from reportkit.default_plugins.annual_report import RULES
from reportkit.default_plugins.annual_report.starter import starter
from reportkit.errors import ERROR, WARNING
from reportkit.registry import StarterOptions

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def load(name: str) -> dict:
    return yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))


def validate(data: dict):
    edition, findings = resolve_edition(data)
    assert edition, findings
    return ANNUAL_REPORT.model(edition).model_validate(data)


def errors_of(data: dict) -> list[dict]:
    with pytest.raises(ValidationError) as info:
        validate(data)
    return info.value.errors(include_url=False)


@pytest.fixture
def xinzhou() -> dict:
    return load("xinzhou-2020.yaml")


@pytest.fixture
def sample() -> dict:
    return load("sample-2021.yaml")


def test_examples_validate(xinzhou, sample):
    old, new = validate(xinzhou), validate(sample)
    assert old.spec.name == "2019" and new.spec.name == "2021"
    assert old.tables.active_disclosure.government_procurement.amount.value == Decimal("2192.315913")
    assert new.information_processing_fee.notices == 3


def test_every_example_outside_invalid_resolves_and_validates():
    files = [p for p in EXAMPLES.glob("*.yaml")]
    assert {p.name for p in files} >= {"xinzhou-2020.yaml", "sample-2021.yaml"}
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        # files needing plugins are validated with them in test_examples.py
        if data.get("kind") == "annual-report" and "plugins" not in data:
            validate(data)


def test_unknown_key_is_rejected_at_its_path(xinzhou):
    xinzhou["tables"]["applications"]["new_received"]["natural_persn"] = 3
    xinzhou["agncy"] = "x"
    found = {(e["loc"], e["type"]) for e in errors_of(xinzhou)}
    assert (("tables", "applications", "new_received", "natural_persn"), "extra_forbidden") in found
    assert (("agncy",), "extra_forbidden") in found


def test_the_2019_edition_has_no_information_processing_fee(xinzhou):
    xinzhou["information_processing_fee"] = {"notices": 1}
    assert [e["type"] for e in errors_of(xinzhou)] == ["extra_forbidden"]


@pytest.mark.parametrize("bad, message", [
    ("/", "不能写“/”"), ("", "不能写“”"), (None, "不能留空"), (True, "不能写 true/false"),
])
def test_empty_marks_in_cells_are_type_errors(sample, bad, message):
    sample["tables"]["applications"]["carried_over"]["natural_person"] = bad
    [err] = errors_of(sample)
    assert err["loc"] == ("tables", "applications", "carried_over", "natural_person")
    assert message in err["msg"]


def test_negative_count_is_rejected(sample):
    sample["tables"]["review_litigation"]["reconsideration"]["upheld"] = -1
    [err] = errors_of(sample)
    assert err["loc"][:4] == ("tables", "review_litigation", "reconsideration", "upheld")
    assert err["type"] == "greater_than_equal"


def test_fractional_count_and_words_in_change_are_rejected(xinzhou):
    xinzhou["tables"]["active_disclosure"]["administrative_penalty"]["decisions"] = 2.5
    xinzhou["tables"]["active_disclosure"]["administrative_coercion"]["change"] = "减2"
    errs = {e["loc"][:4]: e for e in errors_of(xinzhou)}
    assert errs[("tables", "active_disclosure", "administrative_penalty", "decisions")]["type"] == "int_from_float"
    assert "写成带符号的数字" in errs[("tables", "active_disclosure", "administrative_coercion", "change")]["msg"]


def test_cells_print_values_signs_and_notes():
    assert Count.model_validate(7).text() == "7"
    assert Count.model_validate({"value": 0, "note": "无"}).text() == "0（无）"
    assert Change.model_validate(1036).text() == "+1036"
    assert Change.model_validate(0).text() == "0"
    assert Change.model_validate({"value": -11, "note": "划至市行政审批管理局"}).text() == "-11（划至市行政审批管理局）"
    assert Amount.model_validate(251000).text("元") == "251000元"
    assert Amount.model_validate(412.3560).text() == "412.356"
    assert format_amount(Decimal("100.000")) == "100.000" and format_amount(Decimal("0")) == "0"
    assert format_amount(Decimal("1E+3")) == "1000"  # never in exponent form


@pytest.mark.parametrize("typed, printed", [("'412.30'", "412.30"), ("412.30", "412.30"), ("'1120.50'", "1120.50"),
                                            ("1000.0", "1000.0"), ("1000.00", "1000.00"), ("251000", "251000")])
def test_an_amount_prints_the_places_it_was_written_with(typed, printed):
    """A quoted '412.30' printed 412.3, and so did 412.30 unquoted (YAML's float): an amount prints the digits
    written, quoted or not."""
    from reportkit.load import load_text

    value = load_text(f"a: {typed}\n".encode(), "f.yaml").data["a"]
    assert Amount.model_validate(value).text() == printed
    with pytest.raises(ValidationError, match="最多精确到分"):
        Amount.model_validate(1.1234567)


def test_procurement_amount_needs_its_unit(xinzhou):
    del xinzhou["tables"]["active_disclosure"]["government_procurement"]["unit"]
    [err] = errors_of(xinzhou)
    assert err["loc"] == ("tables", "active_disclosure", "government_procurement")
    assert "unit: 元" in err["msg"]


def test_a_procurement_amount_in_yuan_has_at_most_two_places(xinzhou):
    """2192.315913 with unit 元 passed: the amount typed in 万元 under a unit of 元, printed 10,000 times too small."""
    procurement = xinzhou["tables"]["active_disclosure"]["government_procurement"]
    procurement["unit"] = "元"
    [err] = errors_of(xinzhou)
    assert err["loc"] == ("tables", "active_disclosure", "government_procurement")
    assert "以元计的采购总金额最多 2 位小数（精确到分），而写的是 2192.315913：这个数是不是以万元计？" in err["msg"]
    procurement["amount"] = Decimal("21923159.13")
    assert validate(xinzhou).tables.active_disclosure.government_procurement.amount.value == Decimal("21923159.13")


def test_numbered_heading_is_an_error_with_the_fix(xinzhou):
    xinzhou["sections"]["overview"][1]["heading"] = "（一）主动公开"
    xinzhou["sections"]["problems"][1]["content"][0]["heading"] = "1.提升队伍能力"
    errs = {e["loc"]: e["msg"] for e in errors_of(xinzhou)}
    assert "去掉编号，编号由 reportkit 生成" in errs[("sections", "overview", 1, "Heading", "heading")]
    assert "“1.”" in errs[("sections", "problems", 1, "Heading", "content", 0, "Heading", "heading")]


def test_headings_nest_at_most_four_levels(xinzhou):
    level4 = xinzhou["sections"]["overview"][1]["content"][2]["content"][0]
    level4["content"].append({"heading": "第五级", "content": ["太深了"]})
    [err] = errors_of(xinzhou)
    assert "标题最多分四级" in err["msg"]


def test_sentence_read_as_mapping_gets_a_hint(sample):
    sample["sections"]["problems"].append({"一是部分科室对公开属性的把握仍不够准确": "二是……"})
    [err] = errors_of(sample)
    assert "英文冒号" in err["msg"]


def test_wrapped_chinese_paragraphs_lose_the_folding_spaces(sample):
    sample["sections"]["overview"][0] = "第一行文字，\n第二行文字 AQI 指数"
    report = validate(sample)
    assert report.sections.overview[0] == "第一行文字，第二行文字 AQI 指数"


def test_a_folding_space_after_a_full_width_mark_goes_too(sample):
    """"参观者218人次。 12月10日": YAML's folding put a half-width gap after 。 in print; the import of the PDF, which
    cannot tell it from a justified line's spread, dropped it, so the round trip differed. Spaces typed between
    Latin words and between a Chinese character and a digit stay."""
    sample["sections"]["overview"][0] = "参观者218人次。 12月10日开展宣传，“6·5” AQI 指数和 Open Data 专栏（ 2 个）"
    report = validate(sample)
    assert report.sections.overview[0] == "参观者218人次。12月10日开展宣传，“6·5”AQI 指数和 Open Data 专栏（2 个）"


def test_spaces_typed_between_chinese_characters_stay(sample):
    """Only what folding leaves goes: one half-width space. A full-width space or two spaces are typed (名单里的
    “张　三”), and were taken out too."""
    sample["sections"]["overview"][0] = "联系人：张　三，李 四，王  五。"
    assert validate(sample).sections.overview[0] == "联系人：张　三，李四，王  五。"


def test_a_fixed_choice_typed_in_chinese_names_the_value_to_write(sample):
    """agency_type: 部门 said “应为以下之一：'department' or 'government'”: pydantic's English “or”, no meaning."""
    from reportkit.validate import _message

    sample["agency_type"] = "部门"
    [err] = errors_of(sample)
    assert _message(err) == "应为以下之一：department（部门）、government（人民政府）；“部门”请写作 department"


def test_a_list_started_with_a_full_width_dash_says_so(sample):
    """"－ 本年度…" (a full-width dash) is no list item: the message said “用了全角数字”."""
    from reportkit.validate import _message

    sample["sections"]["other"] = "－ 本年度办理建议6件。"
    [err] = errors_of(sample)
    assert _message(err) == "这里应是列表，而“－”是全角的：列表每项以英文减号加空格“- ”开头"


@pytest.mark.parametrize("item, said", [(None, "这一项是空的"), (True, "这一项被读成了真假值"), (2023, "这一项被读成了数字"),
                                        (1.5, "这一项被读成了数字（1.50 会变成 1.5）"), (dt.date(2023, 12, 31), "这一项被读成了日期")])
def test_a_paragraph_yaml_read_as_something_else_says_what_and_the_fix(sample, item, said):
    """An empty “-”, a “- #…” read as a comment, or a paragraph of true, 2023, 1.50 or 2023-12-31 all said
    “取值不符合要求（content_item）：请对照 reportkit schema …”."""
    from reportkit.validate import _message

    sample["sections"]["problems"].append(item)
    [err] = errors_of(sample)
    assert _message(err).startswith(said) and ("加引号" in _message(err))


def test_a_paragraph_that_is_itself_a_list_says_so(sample):
    """“- - 文字” said “取值不符合要求（content_item）：请对照 reportkit schema …”."""
    from reportkit.validate import _message

    sample["sections"]["problems"].append(["本年度办理建议6件。"])
    [err] = errors_of(sample)
    assert _message(err) == "这一项本身又是一个列表（一行里写了两个“- ”）：每项只写一段文字，去掉多余的“- ”"


def test_dates_must_be_dates(sample):
    sample["date"] = 20240125
    [err] = errors_of(sample)
    assert err["loc"] == ("date",)


def test_information_processing_fee_is_consistent(sample):
    sample["information_processing_fee"] = {"notices": 1, "amount_notified": 100, "amount_collected": 150}
    [err] = errors_of(sample)
    assert err["loc"] == ("information_processing_fee",) and "150" in err["msg"] and "100" in err["msg"]


def test_computed_totals(sample, xinzhou):
    values = applications_values(validate(sample))
    assert values[("results", "total")] == {
        "natural_person": 40, "commercial_enterprise": 5, "research_institution": 0,
        "public_welfare_organization": 1, "legal_service_agency": 1, "other": 1, "total": 48}
    assert values[("carried_forward",)]["total"] == 4
    assert len(values) == 25
    old = validate(xinzhou)
    assert len(applications_values(old)) == 23
    assert applications_values(old)[("results", "total")]["total"] == 7
    assert outcome_values(validate(sample).tables.review_litigation.litigation_direct)["total"] == 2


@pytest.mark.parametrize("data, edition, severities", [
    ({"year": 2019}, "2019", []),
    ({"year": 2020}, "2019", []),
    ({"year": 2021}, "2021", []),
    ({"year": 2020, "edition": 2021}, "2021", [WARNING]),
    ({"year": 2023, "edition": "2019"}, "2019", [WARNING]),
    ({"year": 2015}, "2008", []),
    ({"year": 2018, "edition": 2008}, "2008", []),
    ({"year": 2022, "edition": "2008"}, "2008", [WARNING]),
    ({"year": 2015, "edition": "2019"}, "2019", [WARNING]),
    ({"year": 2007}, None, [ERROR]),
    ({"year": china_today().year + 1}, None, [ERROR]),
    ({"year": 2022, "edition": "2030"}, None, [ERROR]),
    ({"year": "二〇二二"}, None, [ERROR]),
])
def test_resolve_edition(data, edition, severities):
    got, findings = resolve_edition(data)
    assert got == edition
    assert [f.severity for f in findings] == severities


def test_edition_2008_for_a_later_year_is_an_r12_warning_in_chinese():
    _, [finding] = resolve_edition({"year": 2022, "edition": "2008"})
    assert "2021 版" in finding.message and "R12" in finding.message
    assert finding.path == ("edition",)
    _, [mismatch] = resolve_edition({"year": 2020, "edition": "2021"})
    assert mismatch.path == ("edition",) and "2019 版" in mismatch.message


def test_json_schema_carries_chinese_titles_and_plain_numbers():
    schema = report_model("2021").model_json_schema()
    assert schema["properties"]["agency"]["title"] == "发布机关"
    assert schema["additionalProperties"] is False
    defs = schema["$defs"]
    assert defs["Count"]["anyOf"][0] == {"minimum": 0, "maximum": 999_999_999, "type": "integer"}
    row = defs["ApplicantRow"]["properties"]
    assert row["natural_person"]["title"] == "自然人" and row["total"]["title"] == "总计"

    assert undocumented_fields(schema) == []


@pytest.mark.parametrize("edition, year", [(None, 2020), ("2019", 2019), (None, 2023), ("2021", 2021)])
def test_starter_validates_and_only_its_placeholders_are_left(edition, year):
    text = starter(StarterOptions(edition, year, "某县生态环境局", "file:///schema.json"))
    assert text.splitlines()[0] == "# yaml-language-server: $schema=file:///schema.json"
    data = yaml.safe_load(text)
    resolved, findings = resolve_edition(data)
    assert resolved == (edition or ("2019" if year <= 2020 else "2021")) and findings == []
    report = report_model(resolved).model_validate(data)
    assert [f for rule in RULES if not rule.editions or resolved in rule.editions for f in rule.check(report)] == []
    assert "【请填写：" in text  # refused by the pipeline's placeholder check (tests/test_cli_outputs.py)
    assert "natural_person: 0" in text and "upheld: 0" in text
    # Every table row is written out in full, with every value cell.
    applications = data["tables"]["applications"]
    assert len(applications["results"]["denied"]) == 8
    assert all(len(row) == 6 for row in applications["results"]["denied"].values())


def test_validation_leaves_the_data_alone(sample):
    before = copy.deepcopy(sample)
    validate(sample)
    assert sample == before


def test_one_typed_number_pattern_refuses_in_the_data_and_is_taken_off_in_imports(xinzhou):
    """``outline.TYPED_NUMBER`` serves the data models and the importers alike: a form one knew and the other
    did not (``（一）、``, ``第一章``, ``一，``) is now refused by both, named whole, and taken off by both."""
    from reportkit.importers.labels import norm, numbering

    xinzhou["sections"]["overview"][1]["heading"] = "（一）、主动公开"
    xinzhou["sections"]["overview"][3]["heading"] = "二，依申请公开"
    xinzhou["sections"]["problems"][1]["content"][0]["heading"] = "第一章 提升队伍能力"
    errs = {e["loc"]: e["msg"] for e in errors_of(xinzhou)}
    assert "自带编号“（一）、”" in errs[("sections", "overview", 1, "Heading", "heading")]
    assert "自带编号“第一章”" in errs[("sections", "problems", 1, "Heading", "content", 0, "Heading", "heading")]
    assert "自带编号“二，”" in errs[("sections", "overview", 3, "Heading", "heading")]
    assert numbering("第二章 依申请公开情况") == "第二章" and norm("第二章 依申请公开情况") == norm("依申请公开情况")
