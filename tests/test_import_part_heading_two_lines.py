"""A part's heading printed over two paragraphs (三、收到和处理政府信息 / 公开申请情况, as a web page's editor breaks a
long line into two <p>s) is one heading: the second half, right before table 三, was taken for the table's caption and
lost, and the first told as a heading worded otherwise than the format's."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from _import_helpers import imported, render_source, unspaced

from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
EXAMPLE = Path("examples/sample-2021.yaml")
TEXT = "本年度部分申请涉及第三方合法权益，已依法征求第三方意见后作出答复。"
PRINTED = f"<h2>三、收到和处理政府信息公开申请情况</h2>\n<p>{TEXT}</p>"


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    html = unspaced(render_source(EXAMPLE, "html", tmp_path_factory.mktemp("page"), PLUGINS))
    assert PRINTED in html
    return html


@pytest.mark.parametrize("halves, text", [
    ("<p>三、收到和处理政府信息</p>\n<p>公开申请情况</p>", False),
    ("<p>三、收到和处理政府信息</p>\n<p>公开申请情况</p>", True),
    ("<h2>三、收到和处理政府信息</h2>\n<h2>公开申请情况</h2>", False),
    ("<p><strong>三、收到和</strong></p>\n<p><strong>处理政府信息公开申请情况</strong></p>", True),
], ids=["p-over-table", "p-over-text", "h2-over-table", "strong-over-text"])
def test_a_part_heading_over_two_paragraphs_is_one(page, tmp_path, halves, text):
    source = tmp_path / "report.html"
    source.write_text(page.replace(PRINTED, halves + (f"\n<p>{TEXT}</p>" if text else "")), encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    written = result.target.read_text(encoding="utf-8")
    data = yaml.safe_load(written)
    assert [f.message for f in result.findings if f.rule == "sections"] == []
    assert data["sections"].get("applications", []) == ([TEXT] if text else [])
    assert "申请情况" not in written.replace("收到和处理政府信息公开申请情况", "")  # no half left as text anywhere
    assert data["tables"]["applications"]["new_received"]["natural_person"] == 38  # table 三 read under it


def test_a_short_paragraph_after_a_heading_that_names_its_part_stays_text(page, tmp_path):
    """Only a heading that names no part alone is completed: 三、收到和处理政府信息公开申请情况 followed by a short line
    keeps the line as the part's text."""
    source = tmp_path / "report.html"
    source.write_text(page.replace(PRINTED, "<h2>三、收到和处理政府信息公开申请情况</h2>\n<p>全年申请数量平稳</p>"),
                      encoding="utf-8")
    data = yaml.safe_load(imported(source, tmp_path, PLUGINS).target.read_text(encoding="utf-8"))
    assert data["sections"]["applications"] == ["全年申请数量平稳"]
