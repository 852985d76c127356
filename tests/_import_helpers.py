"""Rendering a data file to DOCX, PDF and the PDF's HTML, and comparing imported data with it."""
from __future__ import annotations

from pathlib import Path

from reportkit.fonts import plan_fonts, role_texts
from reportkit.importers import import_file
from reportkit.pipeline import prepare, render
from reportkit.plugins import load_plugins

FORMATS = ("docx", "pdf", "pdf-typst", "html")


def render_source(data: Path, fmt: str, folder: Path, plugins=None) -> Path:
    """``data`` rendered to ``fmt``: DOCX and PDF (both engines) by their renderers, HTML as the PDF renderer
    builds it."""
    plugins = plugins or load_plugins()
    prepared = prepare(data, plugins)
    target = folder / f"{data.stem}.{'pdf' if fmt == 'pdf-typst' else fmt}"
    if fmt == "html":
        from reportkit.renderers.pdf import _render_html

        plan, _ = plan_fonts(role_texts(prepared.document, prepared.layout), plugins.registry.fonts)
        target.write_text(_render_html(prepared.document, prepared.layout, plan), encoding="utf-8")
    else:
        target.write_bytes(render(prepared.document, prepared.layout, fmt, plugins.registry).data)
    return target


def printed(data: Path, plugins=None) -> list[tuple[str, str]]:
    """Every text of the built document, with what it is set as: the report as printed."""
    prepared = prepare(data, plugins or load_plugins(), formats=("docx",))
    return [(element, text) for element, text, _ in prepared.document.texts()]


def report(data: Path, plugins=None):
    return prepare(data, plugins or load_plugins(), formats=("docx",)).validated.report


def imported(source: Path, folder: Path, plugins=None, **options):
    out = folder / "imported"
    out.mkdir(exist_ok=True)
    return import_file(source, plugins or load_plugins(), outdir=out, **options)
