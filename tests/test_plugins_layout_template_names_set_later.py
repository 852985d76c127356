"""A layout template's ``head`` or ``page_margins`` override that uses ``line``, ``two_chars`` or ``tracking``: the
default template sets these after those blocks. The error said only that the name was not defined and listed the
names the template is given (模板能用的是 document、…), which do not include them: it says where they are set, which
blocks see them, and the fix."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.resources import templates_dir

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
DEFAULT = templates_dir() / "gbt9704" / "document.html.j2"

LAYOUT = """
    from pathlib import Path

    from reportkit import hookimpl
    from reportkit.layout import Layout
    from reportkit.resources import templates_dir

    BASE = templates_dir() / "gbt9704"
    HERE = Path(__file__).parent


    @hookimpl
    def register_layouts(register):
        register(Layout("zj-late", "早用", HERE, BASE / "document.docx", HERE / "page.html.j2", BASE / "style.css",
                        shared=(BASE,)))
"""

#: The blocks of the default template after its <style>'s variables, in order.
LATER = ("style、title、addressee、heading、paragraph、table、attachment_note、signature、attachment、masthead、imprint、"
         "page_break、body_end")


@pytest.fixture(autouse=True)
def fresh_module(monkeypatch):
    monkeypatch.delitem(sys.modules, "reportkit_zj_late", raising=False)


def _line_setting(name: str) -> int:
    text = DEFAULT.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(text, 1) if re.match(rf"{{%-? set {name} ", line))


@pytest.mark.parametrize("block, name", [("page_margins", "tracking"), ("head", "line"), ("page_margins", "two_chars")])
def test_a_name_the_default_sets_after_the_block_is_told_where_it_is_set(install, tmp_path, block, name):
    install("reportkit-zj-late", LAYOUT)
    page = (tmp_path / "site" / "page.html.j2").resolve()
    page.write_text(f'{{% extends "document.html.j2" %}}\n{{% block {block} %}}\n'
                    f'@page {{ @top-center {{ margin: {{{{ {name} }}}}; }} }}\n{{% endblock %}}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "--layout", "zj-late", "-f", "pdf", "-o",
                                      str(tmp_path / "out")], catch_exceptions=False)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == (
        f"{SAMPLE}: error: 插件 reportkit-zj-late：版式 zj-late 的 HTML 模板 {page}:3 出错：“{name}”在块 {block} 里还没有定义："
        f"默认模板 document.html.j2 第 {_line_setting(name)} 行才设它，只有其后的块 {LATER} 能用它："
        "请把用到它的规则移到块 style 里，或在这个块里由 g（几何参数）算出它")
    assert not (tmp_path / "out").exists()


def test_the_same_name_in_the_style_block_renders(install, tmp_path):
    install("reportkit-zj-late", LAYOUT)
    (tmp_path / "site" / "page.html.j2").write_text(
        '{% extends "document.html.j2" %}\n{% block style %}\np { margin: {{ tracking }}pt; }\n{% endblock %}\n',
        encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "--layout", "zj-late", "-f", "pdf", "-o",
                                      str(tmp_path / "out")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
