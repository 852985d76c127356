"""The one pipeline: load → validate → build → render → write.

Each step is a function of its own; :func:`render_file` runs them all for one
data file, the way ``reportkit render`` does.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .blocks import Document
from .errors import ERROR, Diagnostic, Diagnostics, InvalidData
from .fonts import coverage, role_texts
from .layout import Layout
from .limits import check_limits
from .load import load_file
from .outline import Locator
from .plugins import Plugins
from .registry import Registry, RenderOutput
from .validate import Validated, validate
from .write import write_all

DEFAULT_LAYOUT = "gbt9704"


@dataclass
class Outcome:
    """What one data file produced: the files written and every diagnostic."""

    source: Path
    outputs: list[Path] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def check_file(path: str | Path, plugins: Plugins, *, strict: bool = False) -> Validated:
    """Load and validate one data file (steps 1-2)."""
    return validate(load_file(path), plugins.registry, strict=strict)


def build(validated: Validated, layout: Layout | None = None) -> Document:
    """Turn a validated report into the format-neutral block tree (step 3).

    Plugin sections get their plugin's settings; a ``layout`` with a ``prepare`` then
    adjusts the tree (e.g. adds the 版头 and 版记 it draws) with its plugin's settings.
    """
    loaded = validated.loaded
    sections = getattr(type(validated.report), "plugin_sections", ())
    locate = Locator(loaded.position, loaded.file, {s.name: validated.settings_of(s) for s in sections})
    document = validated.kind.build(validated.report, locate)
    if layout is not None and layout.prepare is not None:
        document = layout.prepare(document, validated.settings_of(layout))
    return document


def choose_layout(validated: Validated, registry: Registry, override: str | None = None) -> Layout:
    """The ``--layout`` option wins over ``layout:`` in the data, which wins over the default."""
    name = override or validated.loaded.data.get("layout") or DEFAULT_LAYOUT
    if name not in registry.layouts:
        available = "、".join(sorted(registry.layouts))
        where = ("layout",) if not override else ()
        raise InvalidData([validated.loaded.diagnostic(
            ERROR, f"未知的版式“{name}”，可选：{available}（插件提供的版式需先安装插件）", where)])
    return registry.layouts[name]


def render(document: Document, layout: Layout, fmt: str, registry: Registry) -> RenderOutput:
    """Render the tree to one format's bytes (step 4)."""
    return registry.renderers[fmt].render(document, layout, registry.fonts)


def render_file(
    path: str | Path,
    plugins: Plugins,
    *,
    formats: tuple[str, ...] = ("docx", "pdf"),
    outdir: str | Path = ".",
    layout: str | None = None,
    strict: bool = False,
) -> Outcome:
    """Run the whole pipeline for one file; nothing is written unless every format succeeded."""
    path = Path(path)
    outcome = Outcome(path)
    validated = check_file(path, plugins, strict=strict)
    diags: Diagnostics = validated.diagnostics
    chosen = choose_layout(validated, plugins.registry, layout)
    document = build(validated, chosen)
    check_limits(document)
    if "pdf" in formats:  # the PDF embeds fonts, so a character they lack is a problem there
        loaded = validated.loaded
        diags.extend(coverage(role_texts(document, chosen), plugins.registry.fonts, {loaded.file: loaded.text}))
    rendered = {}
    for fmt in formats:
        result = render(document, chosen, fmt, plugins.registry)
        diags.extend(result.diagnostics)
        rendered[output_path(path, outdir, fmt, plugins.registry)] = result.data
    diags.raise_if_errors()
    outcome.outputs = write_all(rendered)
    outcome.diagnostics = diags.items
    return outcome


def output_path(source: Path, outdir: str | Path, fmt: str, registry: Registry) -> Path:
    """Where ``render`` writes ``source`` in format ``fmt``: ``OUTDIR/<stem><extension>``."""
    return Path(outdir) / (Path(source).stem + registry.renderers[fmt].extension)

