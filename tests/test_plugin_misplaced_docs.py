"""docs/plugins.md's example of ``misplaced`` (a model's keys that belong elsewhere, each with its fix) runs as a
plugin: data giving such a key is an error whose message gives the model's fix, not the list of allowed keys."""
from __future__ import annotations

import re
import types
from pathlib import Path

import pytest

from reportkit.errors import InvalidData
from reportkit.testing import check, load, render, starter_data

DOCS = (Path(__file__).resolve().parents[1] / "docs" / "plugins.md").read_text(encoding="utf-8")


def _example() -> types.ModuleType:
    """The plugin module of the example after the paragraph on ``misplaced``."""
    found = re.search(r"^\*\*A key that belongs elsewhere: `misplaced`\.\*\*.*?```python\n(.*?)```", DOCS, re.M | re.S)
    assert found, "docs/plugins.md has no example of misplaced"
    module = types.ModuleType("docs_example_misplaced")
    exec(compile(found.group(1), "docs/plugins.md (misplaced)", "exec"), module.__dict__)
    return module


def _data(section: dict) -> dict:
    data = starter_data("annual-report", year=2023)
    data["sections"]["hotline"] = section
    return data


def test_a_misplaced_key_gets_the_models_fix():
    plugin = _example()
    assert load([plugin], installed=False).problems == []
    with pytest.raises(InvalidData) as raised:
        check(_data({"calls": 12}), plugins=[plugin], installed=False)
    [message] = [d.message for d in raised.value.diagnostics if d.path == ("sections", "hotline", "calls")]
    assert message == ("sections.hotline.calls：未知字段“calls”。"
                       "calls 是本栏目 2022 年以前的写法：请改写成 answered: 数（接听的电话数）")


def test_the_example_section_takes_its_own_key():
    result = render(_data({"answered": 12}), plugins=[_example()], installed=False, formats=("docx",))
    assert "全年接听电话12个。" in result.docx_text
