"""Figures that passed silently: a 2021 表二 fee amount written in 元 in its 万元 column, imported as
万元; a 表二 row whose 现行有效件数 (2019: 对外公开总数量) is fewer than the year alone leaves; a work plan's deadline
written in words for another year."""
from __future__ import annotations

from pathlib import Path

import pytest
from _import_helpers import import_text
from test_import_forms2021 import plain_page

from reportkit.importers import import_file
from reportkit.load import load_file
from reportkit.plugins import load_plugins
from reportkit.validate import validate as core_validate

PLUGINS = load_plugins()
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _fee_page(cell: str) -> str:
    page = plain_page("某县自然资源局", 2022, "2021")
    assert page.count(">36.42</td>") == 1
    return page.replace(">36.42</td>", f">{cell}</td>")


@pytest.mark.parametrize("cell, amount", [("364200元", 36.42), ("125,000 元", 12.5), ("1250000元", 125)])
def test_a_fee_written_in_yuan_in_the_wan_yuan_column_is_converted_with_a_note(tmp_path, cell, amount):
    """364200元 under 本年收费金额（单位：万元） was imported as 364200 万元, without a word."""
    result, data = import_text(tmp_path, "report.html", _fee_page(cell))
    assert data["tables"]["active_disclosure"]["administrative_fees"]["amount"] == amount
    [note] = [f for f in result.findings if "以元计" in f.message]
    assert note.message == (f"表二“行政事业性收费”“本年收费金额（单位：万元）”：原文“{cell}”以元计，这一列以万元计，"
                            f"已换算为 {amount}万元")
    assert result.ok, [f.message for f in result.findings]


@pytest.mark.parametrize("cell, amount", [("36.42万元", 36.42), ("364200", 364200)])
def test_a_fee_in_wan_yuan_or_bare_is_left_as_written(tmp_path, cell, amount):
    """12.5万元 is the column's unit; a bare number that looks like 元 is R9's to question, not the import's."""
    result, data = import_text(tmp_path, "report.html", _fee_page(cell))
    assert data["tables"]["active_disclosure"]["administrative_fees"]["amount"] == amount
    assert not [f for f in result.findings if "换算" in f.message]


def test_check_s_reading_converts_a_fee_in_yuan_too(tmp_path):
    """``check``'s reading (blank cells as 0) converts it the same way, with the note."""
    source = tmp_path / "report.html"
    source.write_text(_fee_page("364200元"), encoding="utf-8")
    result = import_file(source, PLUGINS, outdir=tmp_path, draft=True, blank_as_zero=True)
    assert [f.message for f in result.findings if "以元计" in f.message] == [
        "表二“行政事业性收费”“本年收费金额（单位：万元）”：原文“364200元”以元计，这一列以万元计，已换算为 36.42万元"]


def _validated(tmp_path, name: str, old: str, new: str) -> list[str]:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    validated = core_validate(load_file(path), PLUGINS.registry)
    return [f"{d.line}:{d.col}: {d.severity}: {d.message}" for d in validated.diagnostics.items]


def test_in_force_fewer_than_issued_less_repealed_is_told_at_the_cell(tmp_path):
    """2021: 现行有效 0 after 2 issued and 1 repealed passed; it is last year's plus 2 less 1, so at least 1."""
    shown = _validated(tmp_path, "sample-2021.yaml", "normative_documents: {issued: 2, repealed: 1, in_force: 9}",
                       "normative_documents: {issued: 2, repealed: 1, in_force: 0}")
    assert shown == ["56:61: warning: 表二 第“行政规范性文件”行：现行有效件数 0 少于本年制发件数 2 减本年废止件数 1（1）：上年的现行有效件数"
                     "加本年制发、减本年废止，一年之内不会少于这个数。请按原始台账核对这一行，现行有效件数至少为 1（R6）"]


def test_total_published_fewer_than_newly_published_is_told_at_the_cell(tmp_path):
    """2019: 对外公开总数量 counts this year's new ones too."""
    shown = _validated(tmp_path, "xinzhou-2020.yaml",
                       "normative_documents: {newly_made: 0, newly_published: 0, total_published: 0}",
                       "normative_documents: {newly_made: 3, newly_published: 3, total_published: 2}")
    assert shown == ["110:79: warning: 表二 第“规范性文件”行：对外公开总数量 2 少于本年新公开数量 3：对外公开总数量包括本年新公开的，"
                     "一年之内不会少于这个数。请按原始台账核对这一行，对外公开总数量至少为 3（R6）"]


def test_in_force_equal_to_the_year_s_difference_passes(tmp_path):
    assert _validated(tmp_path, "sample-2021.yaml", "normative_documents: {issued: 2, repealed: 1, in_force: 9}",
                      "normative_documents: {issued: 2, repealed: 1, in_force: 1}") == []


@pytest.mark.parametrize("words", ["2019年底", "2017年内", "二〇一九年上半年"])
def test_a_deadline_in_words_for_another_year_is_told(tmp_path, words):
    """A 2018 plan's 完成时限 “2019年底” passed: only dates and months were checked against the plan's year."""
    shown = _validated(tmp_path, "putian-2018-work-plan.yaml", 'deadline: "2018-12"', f'deadline: "{words}"')
    assert shown == [f"154:15: warning: 任务“完成清单编制”的完成时限“{words}”不在方案年度 2018 年内："
                     "请改为 2018年1月1日至12月31日之间的日期或月份，或核对 year（WP2）"]


@pytest.mark.parametrize("words", ["2018年底", "2018年至2019年", "全年", "长期坚持"])
def test_a_deadline_in_words_naming_the_plan_s_year_or_none_passes(tmp_path, words):
    assert _validated(tmp_path, "putian-2018-work-plan.yaml", 'deadline: "2018-12"', f'deadline: "{words}"') == []
