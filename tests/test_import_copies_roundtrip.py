"""A work plan rendered to PDF (both engines), copied by pdftotext -layout and imported comes back as it was: its
附件说明, wrapped over two lines at the page's foot, does not run on into the 附件 mark over the attachment on the
next page, so the task table is read as the attachment it is, each task's unit and deadline from it."""
from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source
from test_import_text_row_numbers import PLAN as ROW_NUMBERS_PLAN

PLUGINS = load_plugins()

#: An organ's name long enough that the 附件说明 naming the table wraps; no date under it (no notice either): the
#: 附件说明 ends the page, the attachment starts the next.
PLAN = ROW_NUMBERS_PLAN.replace("agency: 清河县林业局\ndate: 2024-02-20\n", "agency: 清河县自然资源和林业草原局\n")
assert PLAN != ROW_NUMBERS_PLAN


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
@pytest.mark.parametrize("engine", ["pdf", "pdf-typst"])
def test_a_plans_laid_out_copy_comes_back(tmp_path, engine):
    """The 附件说明's second line was joined to the 附件 mark across the page's number (“句子中间的“—2—”未导入”), and
    the task table's title came back as “……分解表附件\\n……”."""
    source = tmp_path / "plan.yaml"
    source.write_text(PLAN, encoding="utf-8")
    pdf = render_source(source, engine, tmp_path, PLUGINS)
    subprocess.run(["pdftotext", "-layout", str(pdf), str(tmp_path / "copy.txt")], check=True)
    result = imported(tmp_path / "copy.txt", tmp_path, PLUGINS, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    original = yaml.safe_load(PLAN)
    assert data["task_table"] == original["task_table"]
    assert [(t["task"], t["content"], t["lead"], t.get("support")) for t in data["tasks"]] \
        == [(t["task"], t["content"], t["lead"], t.get("support")) for t in original["tasks"]]
    assert [t["deadline"] for t in data["tasks"]] == ["2024年3月", "2024年6月", "2024年11月"]
    assert data["safeguards"] == original["safeguards"]
    assert not [f.message for f in result.findings if f.message.startswith("句子中间")]
