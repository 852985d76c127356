"""A layout's HTML template that extends the default's (document.html.j2) overrides its blocks: a class on the
paragraphs, CSS after the default's, the page numbers' boxes with ``super()``, a <meta> in the head. The default
template had no block: such a template printed the default page, its overrides ignored."""
from __future__ import annotations

import sys
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner

from reportkit.blocks import Attachment, Heading, Paragraph
from reportkit.cli import cli
from reportkit.pipeline import prepare
from reportkit.testing import load

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
RED, BLUE, GREEN = (0.8, 0.0, 0.0), (0.0, 0.0, 0.8), (0.0, 0.6, 0.0)

LAYOUT = """
    from pathlib import Path

    from reportkit import hookimpl
    from reportkit.layout import Layout
    from reportkit.resources import templates_dir

    BASE = templates_dir() / "gbt9704"
    HERE = Path(__file__).parent


    @hookimpl
    def register_layouts(register):
        register(Layout("zj-blocks", "蓝段落", HERE, BASE / "document.docx", HERE / "page.html.j2", BASE / "style.css",
                        shared=(BASE,)))
"""

PAGE = """{% extends "document.html.j2" %}
{% block head %}<meta name="generator" content="zj-blocks">{% endblock %}
{% block style %}
h2, h3, h4, h5 { color: rgb(204, 0, 0); }
p.lead { color: rgb(0, 0, 204); line-height: {{ line }}; text-indent: {{ two_chars }}; }
{% endblock %}
{% block page_margins %}{{ super() }}
@page { @bottom-right { color: rgb(0, 153, 0); } @bottom-left { color: rgb(0, 153, 0); } }
{% endblock %}
{% block paragraph %}<p class="lead{% if block.keep_with_previous %} kept{% endif %}">{{ block.text | lines }}</p>{% endblock %}
"""


@pytest.fixture(autouse=True)
def fresh_module(monkeypatch):
    monkeypatch.delitem(sys.modules, "reportkit_zj_blocks", raising=False)


def _pdf(tmp_path, *args) -> tuple[list[list[dict]], dict]:
    out = tmp_path / ("-".join(args) or "default")
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "-f", "pdf", "-o", str(out), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with pdfplumber.open(out / "sample-2021.pdf") as pdf:
        return [page.chars for page in pdf.pages], pdf.metadata


def _texts(blocks, kind) -> list[str]:
    found = []
    for block in blocks:
        if isinstance(block, Attachment):
            found += _texts(block.blocks, kind)
        elif isinstance(block, kind):
            found.append(f"{getattr(block, 'number', '')}{block.text}")
    return found


def _colour(char) -> tuple[float, ...]:
    return tuple(round(c, 2) for c in char["non_stroking_color"])


def test_a_layout_template_overrides_the_default_templates_blocks(install, tmp_path):
    install("reportkit-zj-blocks", LAYOUT)
    (tmp_path / "site" / "page.html.j2").write_text(PAGE, encoding="utf-8")
    default, _ = _pdf(tmp_path)
    themed, metadata = _pdf(tmp_path, "--layout", "zj-blocks")

    # The same characters in the same places, page for page: the overrides change colours only.
    assert [[c["text"] for c in page] for page in themed] == [[c["text"] for c in page] for page in default]
    for page, before in zip(themed, default):
        assert all(abs(c["x0"] - b["x0"]) <= 0.01 and abs(c["top"] - b["top"]) <= 0.01 for c, b in zip(page, before))

    document = prepare(SAMPLE, load(installed=False)).document
    chars = [c for page in themed for c in page]
    coloured = {colour: "".join(c["text"] for c in chars if _colour(c) == colour) for colour in (RED, BLUE, GREEN)}
    assert coloured[RED] == "".join(_texts(document.blocks, Heading)).replace("\n", "")
    assert coloured[BLUE] == "".join(_texts(document.blocks, Paragraph)).replace("\n", "")
    # super() kept the page numbers' boxes (their places are checked above); the override coloured them.
    assert coloured[GREEN] == "".join(f"— {n} —" for n in range(1, len(themed) + 1))
    # The rest (title, tables, signature) as the default prints it.
    rest = [(c, b) for c, b in zip(chars, [b for page in default for b in page]) if _colour(c) not in (RED, BLUE, GREEN)]
    assert rest and all(_colour(c) == _colour(b) for c, b in rest)
    assert metadata["Creator"] == "zj-blocks"
