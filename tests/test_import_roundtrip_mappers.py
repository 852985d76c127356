"""A report reportkit rendered reads back as its data: the agency's own parts of a 2008-edition report keep the orders
they were written with (midway between the official parts: 150, 350, 650), and every bundled example, rendered to
DOCX and imported, renders again to the same text."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins
from reportkit.testing import docx_text

from _import_helpers import imported, render_source

PLUGINS = load_plugins()
EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))

# Written for this test; the agency and its text are made up. Own parts before the first official part, two after
# 依申请公开 (300), one after 存在的主要问题 (600).
OWN = [
    {"title": "年初部署情况", "order": 50, "content": ["年初召开专题会议，把公开任务分到各股室。"]},
    {"title": "公开专栏建设", "order": 350, "content": ["门户网站的公开专栏按季度整理一次目录。"]},
    {"title": "政务微博运行", "order": 360, "content": ["政务微博全年发布林区防火提示若干条。"]},
    {"title": "明年工作安排", "order": 650, "content": ["下一年度把公开目录和办事指南一并修订。"]},
]
REPORT = {
    "kind": "annual-report",
    "year": 2012,
    "agency": "某县林业局",
    "date": "2013-03-12",
    "preamble": ["本局依照《中华人民共和国政府信息公开条例》编写本年度报告。"],
    "sections": {
        "overview": {"content": ["局办公室承办信息公开，分管副局长牵头。"]},
        "active_disclosure": {"figures": {"total": 40}, "content": ["主要在门户网站公开林权和采伐审批信息。"]},
        "applications": {"figures": {"received": 2}, "content": ["两件申请均按期答复。"]},
        "problems": {"content": ["个别股室报送信息不够及时。"]},
        "own": OWN,
    },
}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_own_parts_read_back_with_their_orders(tmp_path, fmt):
    data = tmp_path / "linye-2012.yaml"
    data.write_text(yaml.safe_dump(REPORT, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = imported(render_source(data, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS)
    assert result.ok, result.diagnostics
    sections = yaml.safe_load(result.target.read_text(encoding="utf-8"))["sections"]
    assert sections["own"] == OWN
    assert [k for k in sections if k != "own"] == ["overview", "active_disclosure", "applications", "problems"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.stem)
def test_each_example_reads_back_from_its_docx(tmp_path, example):
    """What the import gives renders as the example does; the fields that are the author's alone come back equal
    (the figures reportkit derives, a heading equal to its default, the edition the year gives may not: import.md)."""
    docx = render_source(example, "docx", tmp_path, PLUGINS)
    result = imported(docx, tmp_path, PLUGINS, documents=True)
    assert result.ok, result.diagnostics
    again = tmp_path / "again"
    again.mkdir()
    assert docx_text(render_source(result.target, "docx", again, PLUGINS).read_bytes()) == docx_text(docx.read_bytes())
    written = yaml.safe_load(example.read_text(encoding="utf-8"))
    back = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    for field in ("kind", "year", "agency", "addressee", "date", "signature", "plugins"):
        assert back.get(field) == written.get(field), field
    sections, sections_back = written.get("sections", {}), back.get("sections", {})
    if set(sections) == set(sections_back):  # no official part renamed without figures, which reads as the agency's
        assert [(p["title"], p["order"]) for p in sections_back.get("own", [])] == \
            [(p["title"], p["order"]) for p in sections.get("own", [])]
