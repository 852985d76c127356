"""``check --previous-dir`` with last year's published reports: a cross-year message, and an error of last year's
report, name that report and the place there (its table row), not the temporary data file it was imported into; an
error of last year's report is not placed at this year's report's row of the same data."""
from __future__ import annotations

import re

import pytest

from reportkit import hookimpl
from reportkit.registry import Finding, Rule
from reportkit.testing import registered

from test_check_published import _add, applications, check, report, web_page


def _last_year(tmp_path, **parts):
    """Last year's report of 安平县农业农村局 on a web page in tmp_path/2021, and this year's beside it."""
    (tmp_path / "2021").mkdir()
    web_page(report(2021, "安平县农业农村局", **parts), tmp_path / "2021" / "2021.html")
    return web_page(report(2022, "安平县农业农村局"), tmp_path / "2022.html")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_cross_year_message_names_last_year_s_published_report_and_its_row(tmp_path, jobs):
    t3 = applications("2021")  # 2021 carried forward what 2022 carries over (R7); 表二 in force 17 in both (R8)
    for column, n in ((0, 1), (4, -1), (5, -1)):
        _add(t3, "new", column, n)
        _add(t3, "forward", column, n)
    path = _last_year(tmp_path, t3=t3)
    rows = [r for r in check(tmp_path, path, "--previous-dir", str(tmp_path / "2021"), "-j", jobs) if r[2] == "R8"]
    [(place, severity, rule, message)] = rows
    last = tmp_path / "2021" / "2021.html"
    assert (place, severity) == ("第 1 个表格第 4 行", "warning")
    assert f"而上年报告（{last} 第 1 个表格第 4 行）的 17 件" in message
    assert ".yaml" not in message


def test_a_section_alike_last_year_s_names_the_report(tmp_path):
    path = _last_year(tmp_path)
    rows = [r for r in check(tmp_path, path, "--previous-dir", str(tmp_path / "2021")) if r[2] == "R15"]
    assert rows and all(f"与上年报告（{tmp_path / '2021' / '2021.html'}）相同" in r[3] for r in rows)
    assert not any(re.search(r"\.yaml|:\d+:\d+", r[3]) for r in rows)


class _LastYearsTable:
    @hookimpl
    def register_rules(self, register):
        register(Rule("GD4", "annual-report", "2021 年表三有误", lambda r: [
            Finding("error", "表三 本年新收 有误", ("tables", "applications", "new_received", "total"),
                    published="表三“本年新收”有误")] if r.year == 2021 else []))


def test_an_error_of_last_year_s_report_is_at_its_row_there_not_at_this_year_s(tmp_path):
    path = _last_year(tmp_path)
    with registered(_LastYearsTable()):
        rows = [r for r in check(tmp_path, path, "--previous-dir", str(tmp_path / "2021")) if r[2] == "GD4"]
    [(place, severity, _rule, message)] = rows
    assert (place, severity) == ("", "error")  # this year's 表三 row is not where last year's error is
    assert message == f"上年报告（{tmp_path / '2021' / '2021.html'} 第 2 个表格第 4 行）：表三“本年新收”有误（GD4）"
