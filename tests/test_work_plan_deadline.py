"""A work plan without a task table prints each deadline written under its task's units (完成时限：2018年12月): no
table printed them, so a deadline the clerk wrote was printed nowhere. With a task table, the table gives them and the
body does not repeat them."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from reportkit.cli import cli

PLAN = Path(__file__).resolve().parents[1] / "examples" / "putian-2018-work-plan.yaml"


def _paragraphs(tmp_path: Path, text: str) -> list[str]:
    data = tmp_path / "plan.yaml"
    data.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(data), "-f", "docx", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    return [p.text for p in docx.Document(str(tmp_path / "plan.docx")).paragraphs]


@pytest.mark.parametrize("table", [False, True])
def test_a_deadline_is_printed_once(tmp_path, table):
    text = PLAN.read_text(encoding="utf-8")
    assert "task_table:\n  place: attachment\n" in text and 'deadline: "2018-12"' in text
    paragraphs = _paragraphs(tmp_path, text if table else text.replace("task_table:\n  place: attachment\n", ""))
    said = [k for k, p in enumerate(paragraphs) if p == "完成时限：2018年12月"]
    if table:
        assert said == []
    else:
        assert len(said) == 1 and paragraphs[said[0] - 1].startswith("责任科室（单位）：")
