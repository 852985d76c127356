"""A heading a web page breaks with <br> between a Chinese character and a figure (reportkit's own page prints the
work plan's task table title “莆田市环境保护局<br>2018年…”) is read back without a space where the break was: it
came back as “莆田市环境保护局 2018年…”, unlike the title printed, and so was written into the data as a title."""
from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from reportkit.cli import cli

from _import_helpers import imported

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_the_work_plan_s_page_gives_back_its_task_table_without_a_title(tmp_path):
    result = CliRunner().invoke(cli, ["render", str(EXAMPLES / "putian-2018-work-plan.yaml"), "-f", "html",
                                      "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    page = tmp_path / "putian-2018-work-plan.html"
    assert "莆田市环境保护局<br>2018" in page.read_text(encoding="utf-8")
    written = yaml.safe_load(imported(page, tmp_path, documents=True).target.read_text(encoding="utf-8"))
    assert written["task_table"] == {"place": "attachment"}

