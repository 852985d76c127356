"""Helpers for testing reportkit plugins (and reportkit itself).

Register a plugin object for one test, render report data to DOCX and PDF, and get
back the bytes, the texts a reader sees and the warnings::

    from reportkit import hookimpl
    from reportkit.testing import registered, render, starter_data

    class MyPlugin:
        @hookimpl
        def register_sections(self, register):
            register(MY_SECTION)

    def test_my_section():
        data = starter_data("annual-report", year=2023)
        data["sections"]["my_section"] = {"content": ["一段文字。"]}
        result = render(data, plugins=[MyPlugin()])
        assert "一段文字。" in result.docx_text and "一段文字。" in result.pdf_text
        assert result.warnings == []

``registered(...)`` also reaches the command line: ``click.testing.CliRunner`` runs of
``reportkit.cli.cli`` inside it see the plugin; ``hidden(...)`` leaves an installed plugin out,
as if it were not installed.
"""
from __future__ import annotations

import io
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import yaml
from pydantic import BaseModel

from . import plugins as _plugins
from .blocks import Document
from .errors import Diagnostic
from .load import load_text
from .pipeline import prepare_loaded, render as _render
from .plugins import Plugins, load_plugins
from .registry import StarterOptions
from .validate import Validated, validate

__all__ = ["Rendered", "registered", "hidden", "load", "check", "render", "starter_data", "docx_text", "pdf_text"]


@contextmanager
def registered(*plugin_objects: object) -> Iterator[None]:
    """Within the block, every :func:`reportkit.plugins.load_plugins` (the CLI's too) also loads these."""
    _plugins._overrides["extra"].extend(plugin_objects)
    try:
        yield
    finally:
        for plugin in plugin_objects:
            _plugins._overrides["extra"].remove(plugin)


@contextmanager
def hidden(*names: str) -> Iterator[None]:
    """Within the block, the installed plugins ``names`` (package or entry-point names) are not loaded."""
    _plugins._overrides["hidden"].extend(names)
    try:
        yield
    finally:
        for name in names:
            _plugins._overrides["hidden"].remove(name)


def load(plugins: Iterable[object] = (), *, installed: bool = True) -> Plugins:
    """Load the default plugins, the installed ones (unless ``installed=False``) and ``plugins``."""
    return load_plugins(*plugins, entry_point_group="reportkit" if installed else None)


def check(data: dict | str, *, plugins: Iterable[object] = (), installed: bool = True, strict: bool = False,
          file: str = "test.yaml") -> Validated:
    """Validate ``data`` (a dict, or YAML text); raises :class:`reportkit.errors.InvalidData` on errors."""
    loaded = load_text(_yaml(data), file)
    return validate(loaded, load(plugins, installed=installed).registry, strict=strict)


@dataclass
class Rendered:
    """What :func:`render` produced."""

    validated: Validated
    document: Document
    outputs: dict[str, bytes]
    warnings: list[Diagnostic] = field(default_factory=list)

    @property
    def docx(self) -> bytes:
        """The DOCX's bytes (``KeyError`` when ``docx`` was not among the formats)."""
        return self.outputs["docx"]

    @property
    def pdf(self) -> bytes:
        """The PDF's bytes (``KeyError`` when ``pdf`` was not among the formats)."""
        return self.outputs["pdf"]

    @property
    def docx_text(self) -> str:
        """The DOCX's paragraphs (table cells included), one a line."""
        return docx_text(self.docx)

    @property
    def pdf_text(self) -> str:
        """The PDF's text, pages joined by form feeds, with the spaces PDF extraction adds removed."""
        return "\f".join(pdf_text(self.pdf))

    @property
    def pdf_pages(self) -> list[str]:
        """Each page's text of the PDF, as :func:`pdf_text` gives it."""
        return pdf_text(self.pdf)


#: The renderer of the ``pdf`` format for each PDF engine (``reportkit render --engine``).
_PDF_ENGINES = {"weasyprint": "pdf", "typst": "pdf-typst"}


def render(data: dict | str, *, plugins: Iterable[object] = (), installed: bool = True,
           formats: tuple[str, ...] = ("docx", "pdf"), engine: str = "weasyprint", layout: str | None = None,
           strict: bool = False, draft: bool = False, file: str = "test.yaml") -> Rendered:
    """Validate, build, check and render ``data`` as ``reportkit render`` would, without writing files.

    ``engine`` typesets the ``pdf`` format, as ``reportkit render --engine``: ``"weasyprint"`` or ``"typst"``.
    ``warnings`` holds the diagnostics that are not errors (notes included): validation, glyph
    coverage, and the renderers'. Errors raise :class:`reportkit.errors.InvalidData`.
    """
    if engine not in _PDF_ENGINES:
        raise ValueError(f"engine={engine!r}: expected one of {', '.join(_PDF_ENGINES)}")
    loaded_plugins = load(plugins, installed=installed)
    prepared = prepare_loaded(load_text(_yaml(data), file), loaded_plugins, layout=layout, strict=strict, draft=draft,
                              formats=formats)
    outputs, warnings = {}, list(prepared.diagnostics.items)
    for fmt in formats:
        renderer = _PDF_ENGINES[engine] if fmt == "pdf" else fmt
        result = _render(prepared.document, prepared.layout, renderer, loaded_plugins.registry)
        outputs[fmt] = result.data
        warnings += result.diagnostics
    return Rendered(prepared.validated, prepared.document, outputs, warnings)


def starter_data(kind: str = "annual-report", *, year: int = 2023, edition: str | None = None,
                 agency: str = "某某市某某局") -> dict:
    """The data ``reportkit init KIND`` would write, as a dict: a valid report to add a section to."""
    registry = load_plugins(entry_point_group=None).registry
    chosen = registry.kinds[kind]
    if edition is None and chosen.editions:
        edition, _ = chosen.resolve_edition({"year": year})
    text = chosen.starter(StarterOptions(edition=edition, year=year, agency=agency, schema_url="schema.json"))
    # The starter's 【请填写：…】 placeholders would be errors: a test report has text in their place.
    return yaml.safe_load(_PLACEHOLDER.sub(lambda m: m.group(1) + "。", text))


_PLACEHOLDER = re.compile(r"【请填写：([^】]*)】")


def docx_text(data: bytes) -> str:
    """Every paragraph of a DOCX body, tables included, in document order, one a line; without the invisible word
    joiners the DOCX puts after a hyphen before a digit (0000-1234567), as a reader sees the text."""
    from docx import Document as open_docx

    body = open_docx(io.BytesIO(data)).element.body
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return "\n".join("".join(t.text or "" for t in p.iter(w + "t")) for p in body.iter(w + "p")).replace("\u2060", "")


def pdf_text(data: bytes) -> list[str]:
    """Each page's text (needs pdfplumber, in reportkit's ``test`` extra), without the spaces
    extraction puts between CJK characters."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [_SPACES.sub("", page.extract_text() or "") for page in pdf.pages]


_SPACES = re.compile(r"[ \t]+")


def _yaml(data: dict | str | BaseModel) -> str:
    if isinstance(data, str):
        return data
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
