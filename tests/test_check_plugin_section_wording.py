"""``check``'s wording for a plugin section it could not read: a reviewer checks a published report and fills in no
data file, so the findings ask to look at the original, not “请照原文填写” (import's advice to a clerk, unchanged)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins
from reportkit.testing import registered

from _assessment import Assessment
from _import_helpers import imported, render_source
from test_plugins_importers import GradedPlugin, assessed

HEAD = "“六、政务公开工作考核情况”"


def test_check_asks_to_look_at_the_original_for_a_plugin_section_it_could_not_read(tmp_path):
    source = render_source(assessed(tmp_path), "docx", tmp_path, load_plugins(Assessment))
    with registered(GradedPlugin):
        CliRunner().invoke(cli, ["check", str(source), "--report", str(tmp_path / "r.json"), "-j", "1"])
    rows = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["rows"]
    said = [row["message"] for row in rows if row["rule"] in ("import-tables", "import-sections")]
    assert said == [f"{HEAD}中的表格：考核指标 分值 得分与插件栏目“政务公开工作考核情况”的表头不符，未核对：请对照原件人工核对",
                    f"{HEAD}的“等次”未能从原文读出，未核对：请对照原件人工核对"]
    assert not [row for row in rows if "请照原文填写" in row["message"]]


def test_import_still_tells_the_clerk_to_fill_them_in(tmp_path):
    source = render_source(assessed(tmp_path), "docx", tmp_path, load_plugins(Assessment))
    result = imported(source, tmp_path, load_plugins(GradedPlugin))
    assert [f.message.split("，")[-1].split("：")[-1] for f in result.findings] == [
        "请照原文填写", "其中由这些项印出的句子在填好后请删去"]
    assert all("请照原文填写" in f.message for f in result.findings)
