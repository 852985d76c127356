"""Rows a published statistics table lacks are each a finding where they are few; where they are many (a table read
in part, a copy that lost its rows) they are one finding that lists them (there was one a row: 19 warnings for one
cause beside the reader's own finding)."""
from __future__ import annotations

from pathlib import Path

from reportkit.plugins import load_plugins

from _import_helpers import imported, page_as_text, render_source

PLUGINS = load_plugins()
DROPPED = ["2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
           "6.属于四类过程性信息"]


def _import(tmp_path: Path, dropped: list[str]):
    text = page_as_text(render_source(Path("examples/sample-2021.yaml"), "html", tmp_path, PLUGINS)
                        .read_text(encoding="utf-8"))
    lines = [line for line in text.split("\n") if line.split("\t")[0].strip() not in dropped]
    source = tmp_path / "copied.txt"
    source.write_text("\n".join(lines), encoding="utf-8")
    return [f.message for f in imported(source, tmp_path, PLUGINS).findings if "表三没有" in f.message]


def test_many_rows_a_table_lacks_are_one_finding(tmp_path):
    rows = "、".join(f"“{label}”" for label in DROPPED)
    assert _import(tmp_path, DROPPED) == [f"表三没有这 5 行：{rows}；各格已留占位，请对照原件填写"]


def test_a_few_are_each_named(tmp_path):
    assert _import(tmp_path, DROPPED[:2]) == [f"表三没有“{label}”一行" for label in DROPPED[:2]]
