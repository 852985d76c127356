"""A ``pdftotext -layout`` copy: a line the PDF justified by spreading its characters apart (址 ： 绵 阳 市 … 电 话 ：,
the telephone number too long for what was left of it) goes on at the next line, as any full line does. Once its
blanks were out it measured short of the page's width wherever most lines are full (a long report), and the preamble's
联系方式 was cut in two paragraphs at 电话：, its contact lost."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

from reportkit.plugins import load_plugins

from _import_helpers import data_of, imported, render_source

PLUGINS = load_plugins()
EXAMPLE = Path("examples/mianyang-2009.yaml")


def _tripled(items: list) -> list:
    """Each paragraph of ``items`` three times over (a longer report: most lines of the copy full)."""
    return [item * 3 if isinstance(item, str) else {**item, "content": _tripled(item["content"])}
            if isinstance(item, dict) and "content" in item else item for item in items]


def test_a_line_spread_to_the_edge_goes_on(tmp_path):
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    for part in data["sections"].values():
        if isinstance(part, dict) and "content" in part:
            part["content"] = _tripled(part["content"])
    source = tmp_path / "long.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    copy = tmp_path / "long.txt"
    subprocess.run(["pdftotext", "-layout", str(render_source(source, "pdf", tmp_path, PLUGINS)), str(copy)], check=True)
    assert re.search("电 话 ：\n0816-2232710，", copy.read_text(encoding="utf-8"))  # the premise: a spread line
    result = imported(copy, tmp_path, PLUGINS)
    assert data_of(result)["contact"] == data["contact"]
    assert not [f.message for f in result.findings if "联系" in f.message]
    assert result.ok, [d.format() for d in result.diagnostics]
