"""A heading that is nothing but its number (“七、” or “（三）” on a line of its own, as a copy out of a PDF in reading
order gives the pieces of a table) never becomes a heading without words, which the data refuses (the import wrote a
file that failed validation on ``heading: ""`` besides its placeholders). The report is examples/sample-2021.yaml's,
copied from its web page as text; the lines added are written for these tests."""
from __future__ import annotations

from pathlib import Path

import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, page_as_text, render_source

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")


def _text_with(tmp_path: Path, after: str, lines: list[str]) -> Path:
    """The sample as a page's text with ``lines`` after the line that starts as ``after``."""
    text = page_as_text(render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")).split("\n")
    at = next(k for k, line in enumerate(text) if line.startswith(after[:20])) + 1
    path = tmp_path / "report.txt"
    path.write_text("\n".join(text[:at] + lines + text[at:]), encoding="utf-8")
    return path


def _data(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def test_a_part_that_is_only_its_number_keeps_its_text_under_a_placeholder(tmp_path):
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    last = data["sections"]["other"][-1]
    result = imported(_text_with(tmp_path, last, ["七、", "这一部分的文字只有一句。"]), tmp_path, PLUGINS)
    other = _data(result)["sections"]["other"]
    assert other[-1] == {"heading": "【请填写：小标题（原文只有编号）】", "content": ["这一部分的文字只有一句。"]}
    assert "“七、”不是" in " ".join(f.message for f in result.findings)
    assert not [d for d in result.diagnostics if "不能为空" in d.message]


def test_a_sub_heading_that_is_only_its_number_is_a_paragraph_as_printed(tmp_path):
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    first = data["sections"]["overview"][0]
    result = imported(_text_with(tmp_path, first, ["（三）", "编号下面的一句话。"]), tmp_path, PLUGINS)
    overview = _data(result)["sections"]["overview"]
    assert overview[1:3] == ["（三）", "编号下面的一句话。"]
    assert result.ok, [d.message for d in result.diagnostics]
