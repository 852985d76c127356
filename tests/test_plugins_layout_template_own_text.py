"""Text a layout's HTML template prints of its own (a ``body_end`` line 内部资料请勿外传) is set in the document's faces:
they are subset to its characters too. They were subset to the document's characters only: those the document did
not have came out as empty boxes, with WeasyPrint's English warning (.notdef glyph rendered …). A character no face
has is replaced by 〓, with a warning of reportkit's own naming it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"

LAYOUT = """
    from pathlib import Path

    from reportkit import hookimpl
    from reportkit.layout import Layout
    from reportkit.resources import templates_dir

    BASE = templates_dir() / "gbt9704"
    HERE = Path(__file__).parent


    @hookimpl
    def register_layouts(register):
        register(Layout("zj-footer", "内部资料", HERE, BASE / "document.docx", HERE / "page.html.j2", BASE / "style.css",
                        shared=(BASE,)))
"""

#: Characters the example's text does not have (料, 勿, 传), beside some it has.
LINE = "内部资料请勿外传"


@pytest.fixture(autouse=True)
def fresh_module(monkeypatch):
    monkeypatch.delitem(sys.modules, "reportkit_zj_footer", raising=False)


def _render(install, tmp_path, line: str):
    install("reportkit-zj-footer", LAYOUT)
    page = tmp_path / "site" / "page.html.j2"
    page.write_text(f'{{% extends "document.html.j2" %}}\n{{% block body_end %}}<p>{line}</p>{{% endblock %}}\n',
                    encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "--layout", "zj-footer", "-f", "pdf", "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    text = subprocess.run(["pdftotext", "-layout", str(out / "sample-2021.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    return result, text, page


def test_a_layout_templates_own_text_has_its_glyphs(install, tmp_path):
    assert not set(LINE) <= set(SAMPLE.read_text(encoding="utf-8"))
    result, text, _ = _render(install, tmp_path, LINE)
    assert LINE in text.split()
    assert "warning" not in result.output


def test_a_template_character_no_face_has_is_named(install, tmp_path):
    result, text, page = _render(install, tmp_path, f"{LINE}\U00013000")
    assert f"{LINE}〓" in text.split()
    assert result.output.splitlines() == [
        f"warning: 版式 zj-footer 的 HTML 模板 {page} 印出的字符“\U00013000”没有可用字体，PDF 中以“〓”代替："
        "请改用常用字，或安装有这些字的字体",
        f"已生成 {tmp_path / 'out' / 'sample-2021.pdf'}"]
