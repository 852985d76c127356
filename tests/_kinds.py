"""Helpers for the work-plan / work-summary / attachment tests: validate, build and render real files."""
from __future__ import annotations

import io
from pathlib import Path

import docx
import pdfplumber
import yaml

from reportkit.layout import JOINER
from reportkit.pipeline import build, check_file, render
from reportkit.plugins import load_plugins

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PLUGINS = load_plugins(entry_point_group=None)


def rendered(path):
    """``(document, docx bytes, pdf bytes)`` for a data file, with --strict validation."""
    validated = check_file(path, PLUGINS, strict=True)
    document = build(validated)
    layout = PLUGINS.registry.layouts["gbt9704"]
    out = {}
    for fmt in ("docx", "pdf"):
        result = render(document, layout, fmt, PLUGINS.registry)
        assert not [d for d in result.diagnostics if d.severity != "note"], result.diagnostics
        out[fmt] = result.data
    return document, out["docx"], out["pdf"]


def write_plan(folder: Path, data: dict) -> Path:
    """``data`` written to ``folder``/plan.yaml, in Chinese characters as a clerk types them."""
    path = folder / "plan.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def docx_paragraphs(data: bytes) -> list[tuple[str, str, bool]]:
    """``(style id, text, page break before)`` for every body paragraph outside tables."""
    d = docx.Document(io.BytesIO(data))
    out = []
    for p in d.element.body.iterchildren(W + "p"):
        ppr = p.find(W + "pPr")
        style = ppr.find(W + "pStyle").get(W + "val") if ppr is not None and ppr.find(W + "pStyle") is not None else ""
        brk = ppr is not None and ppr.find(W + "pageBreakBefore") is not None
        out.append((style, "".join(t.text or "" for t in p.iter(W + "t")), brk))
    return out


def docx_table_texts(data: bytes) -> list[list[list[str]]]:
    """Each table's cells' texts, without the word joiners keeping a cell's last character off a line of its own."""
    d = docx.Document(io.BytesIO(data))
    return [[[c.text.replace(JOINER, "") for c in row.cells] for row in t.rows] for t in d.tables]


def pdf_pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(page.extract_text() or "") for page in pdf.pages]


def pdf_lines(data: bytes) -> list[list[tuple[str, str, float, float]]]:
    """Per page, the text lines as ``(text, font of first char, x0, top)``."""
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            rows: dict[int, list] = {}
            for ch in page.chars:
                rows.setdefault(round(ch["top"]), []).append(ch)
            lines = []
            for top in sorted(rows):
                chars = sorted(rows[top], key=lambda c: c["x0"])
                lines.append(("".join(c["text"] for c in chars), chars[0]["fontname"], chars[0]["x0"], top))
            out.append(lines)
    return out


def flat(text: str) -> str:
    return "".join(text.split())


def undocumented_fields(schema) -> list[str]:
    """Names of JSON Schema properties, at any depth, lacking a ``title`` or a ``description``."""
    missing = []
    if isinstance(schema, dict):
        for name, prop in schema.get("properties", {}).items():
            if not (prop.get("title") and prop.get("description")):
                missing.append(name)
        for value in schema.values():
            missing += undocumented_fields(value)
    elif isinstance(schema, list):
        for value in schema:
            missing += undocumented_fields(value)
    return missing
