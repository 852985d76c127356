"""A layout's own DOCX template that fails to render (a name it does not have, a Jinja syntax error, no ``{{p body }}``):
one line naming the plugin, the template, the part and paragraph, what is wrong and the fix; nothing written, earlier
outputs kept. reportkit's own template failing is a bug of ours, and keeps its traceback."""
from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

import jinja2
import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.renderers import docx as docx_renderer
from reportkit.resources import templates_dir

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
BASE = templates_dir() / "gbt9704"
NAMES = "DOCX 模板能用的只有 body（正文，写作 {{p body }}）：请改正或删去它"

LAYOUT = """
    from pathlib import Path

    from reportkit import hookimpl
    from reportkit.layout import Layout
    from reportkit.resources import templates_dir

    BASE = templates_dir() / "gbt9704"
    HERE = Path(__file__).parent


    @hookimpl
    def register_layouts(register):
        register(Layout("zj-wide", "宽版", HERE, HERE / "page.docx", BASE / "document.html.j2", BASE / "style.css",
                        shared=(BASE,)))
"""


@pytest.fixture(autouse=True)
def fresh_module(monkeypatch):
    monkeypatch.delitem(sys.modules, "reportkit_zj_wide", raising=False)


def _paragraphs(*texts: str) -> bytes:
    return b"".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode() for text in texts)


def _template(path: Path, part: str, paragraphs: bytes, *, body: bool = True) -> Path:
    """The default layout's template with ``paragraphs`` first in ``part`` (the body or a footer)."""
    with zipfile.ZipFile(BASE / "document.docx") as package:
        parts = {item: package.read(item) for item in package.namelist()}
    start = rb"<w:body>" if part == "word/document.xml" else rb"<w:ftr[^>]*>"
    parts[part] = re.sub(b"(" + start + b")", lambda m: m.group(1) + paragraphs, parts[part], count=1)
    if not body:
        parts["word/document.xml"] = parts["word/document.xml"].replace(b"{{p body }}", b"")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for item, data in parts.items():
            package.writestr(item, data)
    return path.resolve()


@pytest.mark.parametrize("part, paragraphs, body, problem", [
    ("word/document.xml", _paragraphs("收文 &amp; 发文：{{ agency }}"), True,
     f"出错（正文 word/document.xml，“收文 & 发文：{{{{ agency }}}}”这一段）：“agency”没有定义：{NAMES}"),
    ("word/footer1.xml", _paragraphs("第 {{ page }} 页"), True,
     f"出错（页脚 word/footer1.xml，“第 {{{{ page }}}} 页”这一段）：“page”没有定义：{NAMES}"),
    ("word/document.xml", _paragraphs("一", "合计 {{ total &lt; }} 件", "二"), True,
     "出错（正文 word/document.xml，“合计 {{ total < }} 件”这一段）：语法错误（Jinja：unexpected 'end of print statement'）"
     "：请改正模板"),
    ("word/document.xml", _paragraphs("{% if draft %}草稿", "二"), True,
     "出错（正文 word/document.xml）：语法错误（Jinja：Unexpected end of template. Jinja was looking for the following "
     "tags: 'elif' or 'else' or 'endif'. The innermost block that needs to be closed is 'if'.）：请改正模板"),
    ("word/document.xml", _paragraphs("正文"), False,
     "中没有正文占位符 {{p body }}：请在正文的位置单独写一段 {{p body }}"),
], ids=["undefined", "undefined-in-footer", "syntax", "block-left-open", "no-body"])
def test_a_layout_docx_template_error_names_the_plugin_the_place_and_the_fix(install, tmp_path, part, paragraphs,
                                                                              body, problem):
    """It was English, naming no plugin and no fix: 版式 zj-wide: 模板 page.docx: 'agency' is undefined."""
    install("reportkit-zj-wide", LAYOUT)
    page = _template(tmp_path / "site" / "page.docx", part, paragraphs, body=body)
    out = tmp_path / "out"
    out.mkdir()
    (out / "sample-2021.docx").write_bytes(b"earlier")
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "--layout", "zj-wide", "-f", "docx", "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == (
        f"{SAMPLE}: error: 插件 reportkit-zj-wide：版式 zj-wide 的 DOCX 模板 {page} {problem}")
    assert [p.name for p in out.iterdir()] == ["sample-2021.docx"]
    assert (out / "sample-2021.docx").read_bytes() == b"earlier"


def test_reportkit_s_own_docx_template_failing_keeps_its_traceback(tmp_path, monkeypatch):
    """A bug of ours: it was a RenderError, as if the clerk or a plugin could mend it."""
    page = _template(tmp_path / "document.docx", "word/document.xml", _paragraphs("{{ agency }}"))
    monkeypatch.setattr(docx_renderer, "templates_dir", lambda: tmp_path, raising=False)
    with pytest.raises(jinja2.UndefinedError):
        docx_renderer._shell(str(page), page.stat().st_mtime_ns, "gbt9704")
