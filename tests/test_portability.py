"""What a machine elsewhere changes: its time zone, its standard output's encoding, its platform."""
from __future__ import annotations

import datetime as dt
import os
import time

import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.default_plugins.annual_report import resolve_edition

CHINA = dt.timezone(dt.timedelta(hours=8))


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def machine_at(monkeypatch):
    """``machine_at(zone, moment)``: the clock reads ``moment`` and local time is the POSIX zone ``zone``."""
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone is set through TZ on POSIX only")
    before = os.environ.get("TZ")

    def at(zone: str, moment: dt.datetime) -> None:
        os.environ["TZ"] = zone
        time.tzset()
        monkeypatch.setattr(time, "time", lambda: moment.timestamp())

    yield at
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_init_on_new_year_s_morning_in_china_starts_last_year_s_report_on_a_utc_server(machine_at, tmp_path):
    """At 01:30 on 1 January 2027 in China a UTC server's clock still says 31 December 2026: init began a 2025 report."""
    machine_at("UTC0", dt.datetime(2027, 1, 1, 1, 30, tzinfo=CHINA))
    assert dt.date.today() == dt.date(2026, 12, 31)
    result = run("init", "annual-report", "-o", tmp_path / "r.yaml")
    assert result.exit_code == 0, result.output
    assert yaml.safe_load((tmp_path / "r.yaml").read_text(encoding="utf-8"))["year"] == 2026


def test_a_report_for_next_year_is_refused_on_a_machine_already_in_it(machine_at):
    """At 23:00 on 31 December 2026 in China a machine at UTC+13 is in 2027: a 2027 report passed as this year's."""
    machine_at("XXX-13", dt.datetime(2026, 12, 31, 23, 0, tzinfo=CHINA))
    assert dt.date.today() == dt.date(2027, 1, 1)
    edition, [finding] = resolve_edition({"year": 2027})
    assert edition is None and finding.message == "报告年度 2027 超出范围：应在 2008 至 2026 之间"
