"""A work plan printed to PDF with its task table as an attachment (both engines) imports as the data it was
rendered from. The table's long 具体措施 cells made it read as a web page's layout: its cells a column beside the
article (“旁边的一栏”), its 具体措施 lines the page's text, whose tight pitch parted every body line from the next. The
附件说明's second line, set under the attachment's name, read as a 署名."""
from __future__ import annotations

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import render_source
from test_import_work_docs import PLAN, _imported, _plain

PLUGINS = load_plugins()


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_plan_with_its_task_table_printed_to_pdf_comes_back_as_its_data(tmp_path, fmt):
    """The plan example with its task table, printed by either engine: the notice, the tasks with their units (their
    paragraphs whole), and the table read as the attachment whose 完成时限 gives the one task's deadline."""
    source = render_source(PLAN, fmt, tmp_path, PLUGINS)
    data, text, output = _imported(source, tmp_path / "out")
    expected = yaml.safe_load(PLAN.read_text(encoding="utf-8"))
    assert _plain(data) == _plain(expected)
    assert data["task_table"] == {"place": "attachment"} and data["tasks"][12]["deadline"] == "2018年12月"
    assert "旁边的一栏" not in text and "warning" not in output
