"""A work plan's task table copied by pdftotext without -layout (each cell's lines interleaved with its neighbours',
a row's number among its measure's lines) cannot be read as a table; the finding at its head now says how to get a
copy that can: pdftotext -layout (a PDF reader's 另存为文本 keeping the layout), besides importing the PDF itself."""
import subprocess

import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported
from test_import_text_task_tables import EXAMPLES, UNREAD_TABLE, _copied, _head_line, needs_pdftotext

PLUGINS = load_plugins()


@needs_pdftotext
def test_a_plain_copy_s_task_table_finding_says_to_copy_with_layout_and_that_copy_is_read(tmp_path):
    result, data, lines = _copied(tmp_path, EXAMPLES / "putian-2018-work-plan.yaml")
    assert "task_table" not in data
    said = [f for f in result.findings if UNREAD_TABLE in f.message]
    assert [f.place for f in said] == [f"第 {_head_line(lines)} 行"]
    assert "pdftotext -layout" in said[0].message and "直接导入 PDF" in said[0].message

    # doing as it says: the same PDF copied with -layout gives the table's rows, each task's unit with it
    subprocess.run(["pdftotext", "-layout", str(tmp_path / "putian-2018-work-plan.pdf"), str(tmp_path / "laid.txt")],
                   check=True)
    again = imported(tmp_path / "laid.txt", tmp_path, PLUGINS, documents=True)
    tasks = yaml.safe_load(again.target.read_text(encoding="utf-8"))["tasks"]
    assert not [f for f in again.findings if UNREAD_TABLE in f.message]
    assert tasks[0]["task"] == "做好权责清单调整和公开工作" and tasks[0]["lead"] == "法规科"
