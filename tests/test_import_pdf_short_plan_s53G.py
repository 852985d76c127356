"""A work plan whose measures are a clause each, rendered to PDF and imported: no line fills the page's width, so the
longest (a task's 责任科室（单位）：…) was taken to reach the right edge, and the heading under it ran on into it as its
wrapped rest: the group （四）环境监管信息 was lost (its sub-items numbered on under the group before it, the task table's
rows for it said missing from the text), and so was the sub-item 3.环境监管执法信息 under another such line. A line
starting with a heading's number now starts a paragraph under any line where it is set in another face (楷体) or holds
no clause and ends short of the edge."""
from __future__ import annotations

from pathlib import Path

import yaml

from reportkit.plugins import load_plugins

from _import_helpers import data_of, imported, render_source

PLUGINS = load_plugins()
EXAMPLE = Path("examples/putian-2018-work-plan.yaml")


def _cut(text: str) -> str:
    """``text`` cut to its first third or so, at a clause's end, ended with a full stop."""
    text = "".join(text.split())
    cut = text[:max(12, len(text) * 3 // 10)]
    end = max(cut.rfind(mark) for mark in "，；。")
    return (cut[:end] if end > 6 else cut).rstrip("，；。、：") + "。"


def _short(task: dict) -> dict:
    """``task`` with each measure cut (:func:`_cut`), its sub-items' too."""
    task = dict(task)
    if "content" in task:
        task["content"] = [_cut(text) for text in task["content"]]
    if "items" in task:
        task["items"] = [_short(item) for item in task["items"]]
    return task


def test_headings_under_the_longest_lines_of_a_short_plan(tmp_path):
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["tasks"] = [_short(task) for task in data["tasks"]]
    source = tmp_path / "plan.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = imported(render_source(source, "pdf", tmp_path, PLUGINS), tmp_path, PLUGINS, documents=True)
    assert [f.message for f in result.findings] == []
    tasks = data_of(result)["tasks"]
    assert [(t["task"], [i["task"] for i in t.get("items", [])]) for t in tasks] \
        == [(t["task"], [i["task"] for i in t.get("items", [])]) for t in data["tasks"]]
    assert result.ok, [d.format() for d in result.diagnostics]
