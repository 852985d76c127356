"""Varied valid annual reports — agencies with brackets and 和, years 2019—2025, texts from one short paragraph to
headings three levels deep, tables all zero or in five digits, notes on cells, negative 本年增/减, amounts with
decimals, part 六 empty or long, dates at the deadlines — rendered to DOCX, to PDF by both engines, to the PDF's HTML,
to the web page and to the page copied as text: ``reportkit check`` gives each only its ``ok`` row, and the data it
imports has the figures, agency, date and title of the data rendered."""
from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportkit.default_plugins.annual_report.model import applications_values, outcome_values
from reportkit.default_plugins.annual_report.tables import REVIEW_GROUPS
from reportkit.importers.commands import check_rows
from reportkit.pipeline import prepare, render
from reportkit.plugins import load_plugins

from _import_helpers import page_as_text, render_source, report
from test_import_roundtrip import figures

PLUGINS = load_plugins()
BASE = {name: yaml.safe_load(Path(f"examples/{name}.yaml").read_text(encoding="utf-8"))
        for name in ("sample-2021", "xinzhou-2020", "nanning-2008")}
TOPICS = ["主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"]
SAYING = ["本单位把公开工作与业务工作一同部署、一同检查", "对照公开目录逐项核对已发布的信息",
          "在政务服务大厅设置查阅点并安排专人值守", "落实先审查、后公开的保密审查制度"]


def text(n: int) -> str:
    return "，".join(SAYING[k % len(SAYING)] for k in range(n)) + "。"


def deep(long: bool) -> list:
    """Paragraphs, numbered items (一是……；二是……) and headings three levels deep."""
    return [text(9 if long else 1), "一是" + SAYING[0] + "；二是" + SAYING[1] + "。",
            {"heading": "制度建设", "content": [text(6 if long else 1),
                                            {"heading": "审查机制", "content": [text(4 if long else 1)]}]}]


def edition_2021(agency, year, date, scale=5, long=False, other=None, gov=False):
    data = copy.deepcopy(BASE["sample-2021"])
    data.update(agency=agency, year=year, date=date, agency_type="government" if gov else "department")
    topics = TOPICS + (["工作考核、社会评议和责任追究结果情况"] if gov else [])
    data["sections"] = {"overview": [text(2)] + [{"heading": t, "content": deep(long)} for t in topics],
                        "problems": [{"heading": "存在的主要问题", "content": deep(long)}],
                        **({"other": other} if other is not None else {})}
    tables = data["tables"]
    tables["active_disclosure"] = {
        "regulations": {"issued": scale, "repealed": 0, "in_force": scale * 3},
        "normative_documents": {"issued": {"value": scale, "note": "含转发"}, "repealed": scale, "in_force": scale},
        "administrative_licensing": {"decisions": scale * 9},
        "administrative_penalty": {"decisions": {"value": scale, "note": "均已公开"}},
        "administrative_coercion": {"decisions": 0},
        "administrative_fees": {"amount": 412.3562 if scale else 0}}
    tables["applications"] = applications(scale, "2021")
    tables["review_litigation"] = {g: {"upheld": scale, "pending": scale * 2} for g, _ in REVIEW_GROUPS}
    if not scale:
        data.pop("information_processing_fee")
    return data


def edition_2019(agency, year, date, scale=5, contact=None):
    data = copy.deepcopy(BASE["xinzhou-2020"])
    data.update(agency=agency, year=year, date=date)
    data["sections"] = {"overview": [text(3)] + [{"heading": t, "content": [text(2)]} for t in TOPICS],
                        "problems": [text(2)]}
    if contact:
        data["contact"] = contact
    services = {"previous_year": scale * 2, "change": {"value": -scale, "note": "划转"}, "decisions": scale}
    data["tables"]["active_disclosure"].update(
        administrative_licensing=services, other_services={"previous_year": scale, "change": scale, "decisions": 0},
        government_procurement={"projects": scale, "amount": 123456.78, "unit": "元"})
    data["tables"]["applications"] = applications(scale, "2019")
    data["tables"]["review_litigation"] = {g: {"corrected": scale, "other": 1} for g, _ in REVIEW_GROUPS}
    return data


def applications(n: int, edition: str) -> dict:
    """Table 三 whose columns add up (一 + 二 = 三（七）+ 四)."""
    people = {"natural_person": n, "legal_service_agency": n * 2}
    other = {"overdue_fee": {"natural_person": n}} if edition == "2021" else {"natural_person": n}
    return {"new_received": {"natural_person": n * 3, "legal_service_agency": n * 2 + 1},
            "carried_over": {"natural_person": n},
            "results": {"granted": people, "denied": {"third_party_rights": {"natural_person": n}},
                        "other_handling": other, "unable_to_provide": {"no_such_information": {"natural_person": n}}},
            "carried_forward": {"legal_service_agency": 1}}


def edition_2008(agency):
    data = copy.deepcopy(BASE["nanning-2008"])
    data["agency"] = agency
    data.pop("title")
    return data


def five_digit_review():
    """Every figure of table 四 in five digits."""
    data = edition_2021("某县水利局", 2022, dt.date(2023, 1, 31))
    data["tables"]["review_litigation"] = {g: dict.fromkeys(("upheld", "corrected", "other", "pending"), 12345)
                                           for g, _ in REVIEW_GROUPS}
    return data


def joint(agency: str, other: str):
    """A joint report, its leading organ's name too wide for a line; a cell of table 三 with a note."""
    data = edition_2021(agency, 2023, dt.date(2024, 1, 31), scale=40)
    data["signature"] = [agency, other]
    data["tables"]["applications"]["carried_forward"]["legal_service_agency"] = {"value": 1, "note": "另2件退回"}
    return data


VARIANTS = {
    # the agency's name ends in a bracket: in a PDF the title's first line (was left out, the title read short)
    "bracket_one_line": edition_2021("某县卫生健康委员会（某县中医药管理局）", 2025, dt.date(2026, 1, 15)),
    # a name too wide for a line: broken before its bracket in the title and the 署名 (was no agency in a PDF)
    "bracket_two_lines": edition_2019("某某省某某市某某区发展和改革委员会（某某区粮食和物资储备局）", 2019, dt.date(2020, 1, 2),
                                      contact={"postcode": "100010", "email": "gk@example.gov.cn"}),
    "bracket_two_lines_2021": edition_2021("某某省某某市某某区发展和改革委员会（某某区粮食和物资储备局）", 2024,
                                           dt.date(2025, 1, 31), scale=0, other=[]),
    "long_name_with_he": edition_2021("某某自治州某某县人力资源和社会保障局", 2021, dt.date(2022, 1, 1), long=True,
                                      other=deep(True)),
    "government_five_digits": edition_2021("某镇人民政府", 2023, dt.date(2024, 3, 31), scale=12345, gov=True,
                                           other=[text(1)]),
    "all_zero_2019": edition_2019("某市科学技术局和某市知识产权局", 2020, dt.date(2021, 1, 31), scale=0),
    "short_name_2019": edition_2019("某县水利局", 2020, dt.date(2021, 1, 15), scale=99),
    "edition_2008": edition_2008("某市公安局交通警察支队"),
    "five_digit_review": five_digit_review(),
    "joint_signature": joint("某某省某某市某某区发展和改革委员会（某某区粮食和物资储备局）", "某某区财政局"),
}
SOURCES = ("docx", "pdf", "pdf-typst", "html", "page", "txt")


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """Each variant's six published forms, and the report its data file holds."""
    out = {}
    for name, data in VARIANTS.items():
        folder = tmp_path_factory.mktemp(name)
        source = folder / f"{name}.yaml"
        source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        forms = {}
        for fmt in ("docx", "pdf", "pdf-typst", "html"):
            (folder / fmt).mkdir()
            forms[fmt] = render_source(source, fmt, folder / fmt, PLUGINS)
        prepared = prepare(source, PLUGINS)
        page = render(prepared.document, prepared.layout, "html", PLUGINS.registry).data.decode("utf-8")
        forms["page"] = folder / f"{name}.page.html"
        forms["page"].write_text(page, encoding="utf-8")
        forms["txt"] = folder / f"{name}.txt"
        forms["txt"].write_text(page_as_text(page), encoding="utf-8")
        out[name] = forms, report(source, PLUGINS)
    return out


CASES = [pytest.param(name, fmt, id=f"{name}-{fmt}", marks=pytest.mark.slow) for name in VARIANTS for fmt in SOURCES]


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_a_valid_report_checks_ok_and_imports_its_figures(name, fmt, published, tmp_path):
    """Each published form has check's ``ok`` row only (no note of anything left out either) and imports to the
    year, agency, date, title, 署名 and every figure of its data."""
    forms, original = published[name]
    rows = check_rows(forms[fmt], PLUGINS, tmp_path, keep=True)
    assert [(r["rule"], r["place"], r["message"]) for r in rows] == [("ok", "", "未发现问题")]
    back = report(next(tmp_path.rglob("*.yaml")), PLUGINS)
    for field in ("year", "agency", "date", "title", "signature"):
        assert getattr(back, field, None) == getattr(original, field, None), field
    assert figures(back) == figures(original)
    if hasattr(original, "tables"):
        assert back.tables.active_disclosure == original.tables.active_disclosure
        assert applications_values(back) == applications_values(original)
        for key, _ in REVIEW_GROUPS:
            assert outcome_values(getattr(back.tables.review_litigation, key)) == outcome_values(
                getattr(original.tables.review_litigation, key)), key
