"""A year typed under a key YAML reads as another (“year　: 2023” with a full-width space before the colon, or
“Year: 2023”) was told only “缺少报告年度 year” at the file's top: the message now names the key, on its line."""
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
    told = [out for out in result.output.splitlines() if "缺少报告年度" in out]
    assert told == [f"{data}:{line}:{len(key) + 3}: error: 缺少报告年度 year：键“{key.rstrip(' ')}”应写作“year”（小写英文字母，冒号前不留空格，"
                    f"全角空格“　”也不行）"]
