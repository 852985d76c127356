"""A year typed under a key YAML reads as another (“year　: 2023” with a full-width space before the colon, or
“Year: 2023”) was told only “缺少报告年度 year” at the file's top: the message now names the key, at the key (as
when the file has an edition: the year is read from under that key to choose the edition)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"


@pytest.mark.parametrize("key", ["year\u3000", "Year", "YEAR "])
def test_a_mistyped_year_key_is_named_on_its_line(tmp_path, key):
    text = EXAMPLE.read_text(encoding="utf-8")
    line = text.splitlines().index("year: 2023") + 1
    data = tmp_path / "report.yaml"
    data.write_text(text.replace("year: 2023", f"{key}: 2023"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert result.exit_code == 1
    told = [out for out in result.output.splitlines() if "year" in out.lower()]
    fix = "键“year”里夹着全角空格“　”：请删去它（空格都用英文输入法下的）" if "\u3000" in key else "是不是“year”？"
    assert told == [f"{data}:{line}:1: error: {key.rstrip(' ')}：未知字段“{key.rstrip(' ')}”。{fix}"]
