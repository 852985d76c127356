"""A finding carries its own wording for a published report (``Finding.published``, ``Diagnostic.published``):
``reportkit check`` shows it, ``validate`` and ``render`` keep the data file's wording. Every rule message that names
a key of the data has a published wording without one, so that rewording a rule cannot put a key into check's rows."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit import hookimpl
from reportkit.blocks import Paragraph
from reportkit.cli import cli
from reportkit.default_plugins.annual_report import PARAGRAPHS  # a clerk's paragraphs: no row of check's
from reportkit.errors import WARNING
from reportkit.importers import import_file
from reportkit.plugins import load_plugins
from reportkit.registry import Finding, Rule, Section
from reportkit.testing import check, registered, render, starter_data

from test_check_published import report, web_page
from test_check_wording import DATA_WORD, FAULTY
from test_plugins import Toy

KEYED = "没有填写咨询电话（contact.phone）"
SAID = "没有写明咨询电话"


class PhoneRule:
    """A plugin's rule naming a key of the data, with its published wording; and one without (GD2)."""

    @hookimpl
    def register_rules(self, register):
        register(Rule("GD1", "annual-report", "写明咨询电话",
                      lambda report: [Finding(WARNING, KEYED, ("agency",), published=SAID)]))
        register(Rule("GD2", "annual-report", "没有另说的规则", lambda report: [Finding(WARNING, "这一条照原样显示", ("agency",))]))


def _rows(folder: Path, page: Path, *options: str) -> dict[str, str]:
    out = folder / "r.csv"
    result = CliRunner().invoke(cli, ["check", str(page), "--report", str(out), "-j", "1", *options])
    assert result.exit_code == 1, result.output
    with open(out, encoding="utf-8-sig", newline="") as f:
        return {row["rule"]: row["message"] for row in csv.DictReader(f) if row["rule"] != "import-skipped"}


def test_check_shows_a_plugin_rule_s_published_wording_and_validate_its_message(tmp_path):
    page = web_page(report(2021, "安平县水利局"), tmp_path / "report.html")
    with registered(PhoneRule()):
        rows = _rows(tmp_path, page, "-o", str(tmp_path / "kept"))
        [data] = (tmp_path / "kept").rglob("*.yaml")
        text = CliRunner().invoke(cli, ["validate", str(data)])
        tools = CliRunner().invoke(cli, ["validate", str(data), "--diagnostics", "json"])
    assert rows["GD1"] == f"{SAID}（GD1）"
    assert rows["GD2"] == "这一条照原样显示（GD2）"  # no published wording: the message as it is
    assert f"{KEYED}（GD1）" in text.output and SAID not in text.output
    said = {d["rule"]: d["message"] for d in json.loads(tools.stdout)["diagnostics"]}
    assert said["GD1"] == f"{KEYED}（GD1）" and SAID not in tools.stdout  # no new field for tools either


class NoteSection:
    """A plugin section whose rule names its key ``note``, with a published wording."""

    @hookimpl
    def register_sections(self, register):
        register(Section("phone_part", "annual-report", "栏目", 650, Toy,
                         lambda data, context: [Paragraph(data.note, context.source("note"))], rules=(
            lambda data: [Finding(WARNING, "note 太短", ("note",), published="栏目的说明太短")],)))


def test_a_section_rule_s_published_wording_is_kept_and_render_prints_its_message():
    data = starter_data("annual-report", year=2023)
    data["sections"]["phone_part"] = {"note": "短"}
    [said] = [d for d in check(data, plugins=[NoteSection()], installed=False).diagnostics.items if "太短" in d.message]
    assert (said.message, said.published, said.path) == ("note 太短", "栏目的说明太短", ("sections", "phone_part", "note"))
    warnings = [d.format() for d in render(data, plugins=[NoteSection()], installed=False, formats=("docx",)).warnings]
    assert [w for w in warnings if "太短" in w] == [said.format()] and "note 太短" in said.format()


def test_last_year_s_error_is_said_in_its_published_wording(tmp_path):
    """``--previous-dir``: an error in last year's report, of a rule with a published wording, is said in it."""
    class Strict:
        @hookimpl
        def register_rules(self, register):
            register(Rule("GD3", "annual-report", "上年不能有", lambda r: [
                Finding("error", f"{r.year} 年度的 agency 有误", ("agency",), published=f"{r.year} 年度的发布机关有误")]
                if r.year == 2020 else []))

    (tmp_path / "last").mkdir()
    web_page(report(2020, "安平县水利局"), tmp_path / "last" / "2020.html")
    page = web_page(report(2021, "安平县水利局"), tmp_path / "report.html")
    with registered(Strict()):
        rows = _rows(tmp_path, page, "--previous-dir", str(tmp_path / "last"))
    assert rows["GD3"] == f"上年报告（{tmp_path / 'last' / '2020.html'}）：2020 年度的发布机关有误（GD3）"


@pytest.mark.parametrize("name", FAULTY)
def test_each_rule_message_naming_a_data_key_has_a_published_wording_without_one(tmp_path, name):
    """On the data imported from reports that set off R9, R10, R11 (both editions), the deadline (a department's and
    a government's) and the import's attachments finding: every message of a rule or of the import that names a
    key of the data file has a published wording, which names none."""
    result = import_file(FAULTY[name](tmp_path), load_plugins(), outdir=tmp_path / "out", draft=True,
                         blank_as_zero=True)
    said = [(d.rule, d.message, d.published) for d in result.diagnostics if d.rule not in (None, PARAGRAPHS.id)] \
        + [(f.rule, f.message, f.published) for f in result.findings if f.rule != "skipped"]
    keyed = [(rule, published) for rule, message, published in said if _names_a_key(message, rule)]
    assert keyed  # each of these reports has such a message
    assert [(rule, published) for rule, published in keyed if published is None or _names_a_key(published, rule)] == []


def _names_a_key(message: str, rule: str) -> bool:
    """Whether ``message`` names a key of the data, besides the rule's own id at its end."""
    return bool(DATA_WORD.search(message.removesuffix(f"（{rule}）")))


def test_the_rules_that_name_data_keys(tmp_path):
    """Which rules' messages name a key on these reports: a rule that newly names one is seen here."""
    keyed = set()
    for n, make in enumerate(FAULTY.values()):
        folder = tmp_path / str(n)
        folder.mkdir()
        result = import_file(make(folder), load_plugins(), outdir=folder / "out", draft=True, blank_as_zero=True)
        keyed |= {d.rule for d in result.diagnostics if d.rule not in (None, PARAGRAPHS.id) and _names_a_key(d.message, d.rule)}
        keyed |= {f"import-{f.rule}" for f in result.findings if f.rule != "skipped" and _names_a_key(f.message, f.rule)}
    assert keyed == {"R9", "R10", "R11", "deadline", "import-attachments"}
