"""An output name longer than the file system takes (-o of render, check, init, new-plugin; --report) is said in
Chinese with exit 1 and nothing written: ``Path.exists``/``is_dir`` raise on such a name (ENAMETOOLONG), and each of
these commands ended in a traceback."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE, XINZHOU = ROOT / "examples" / "sample-2021.yaml", ROOT / "examples" / "xinzhou-2020.yaml"
#: 100 characters of 3 bytes: 300 bytes, over the 255 a name may have on Linux and macOS.
LONG = "长" * 100
COPY = ("某区水务局2023年政府信息公开工作年度报告\n\n一、总体情况\n本局按月梳理应公开的事项。\n"
        "二、主动公开政府信息情况\n详见统计表。\n")


def _commands(tmp_path: Path) -> dict[str, list]:
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY, encoding="utf-8")
    return {
        "render, one file": ["render", SAMPLE, "-f", "docx", "-o", tmp_path / LONG],
        "render, two files": ["render", SAMPLE, XINZHOU, "-f", "docx", "-o", tmp_path / LONG],
        "render, a file named": ["render", SAMPLE, "-o", tmp_path / f"{LONG}.docx"],
        "render --report": ["render", SAMPLE, "-f", "docx", "-o", tmp_path / "out", "--report", tmp_path / f"{LONG}.csv"],
        "check -o": ["check", copy, "-o", tmp_path / LONG],
        "init -o": ["init", "annual-report", "-o", tmp_path / f"{LONG}.yaml"],
        "new-plugin -o": ["new-plugin", "demo-long", "-o", tmp_path / LONG],
    }


@pytest.mark.parametrize("command", ["render, one file", "render, two files", "render, a file named", "render --report",
                                     "check -o", "init -o", "new-plugin -o"])
def test_a_name_too_long_for_the_file_system_is_said_and_nothing_is_written(tmp_path, command):
    args = _commands(tmp_path)[command]
    before = {p.name for p in tmp_path.iterdir()}
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 1, result.output
    assert "文件名过长" in result.output
    assert "Traceback" not in result.output and "OSError" not in result.output
    assert {p.name for p in tmp_path.iterdir()} - {"out"} == before
    assert not any((tmp_path / "out").iterdir()) if (tmp_path / "out").exists() else True
