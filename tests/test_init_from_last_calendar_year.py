"""``init --from`` on a report whose 成文日期 is in the calendar's last year (a typo for the real date: validate
passes it with a deadline warning) gave a traceback: a year on from 9999-12-31 is no date. The new file takes the date
a fresh ``init`` writes, 1月20日 of the year after its own."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from reportkit.cli import cli

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"


def test_a_date_in_year_9999_gives_the_new_year_s_usual_date(tmp_path):
    last = tmp_path / "2023.yaml"  # the example's year
    last.write_text(EXAMPLE.read_text(encoding="utf-8").replace("date: 2024-01-25", "date: 9999-12-31"), encoding="utf-8")
    assert "date: 9999-12-31" in last.read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["init", "--from", str(last), "-o", str(tmp_path / "2024.yaml")])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "2024.yaml").read_text(encoding="utf-8").splitlines()
    assert [line.split("#")[0].strip() for line in lines if line.startswith("date:")] == ["date: 2025-01-20"]


def test_a_29_february_moves_to_28_february(tmp_path):
    last = tmp_path / "2023.yaml"
    last.write_text(EXAMPLE.read_text(encoding="utf-8").replace("date: 2024-01-25", "date: 2024-02-29"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["init", "--from", str(last), "-o", str(tmp_path / "2024.yaml")])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "2024.yaml").read_text(encoding="utf-8").splitlines()
    assert [line.split("#")[0].strip() for line in lines if line.startswith("date:")] == ["date: 2025-02-28"]
