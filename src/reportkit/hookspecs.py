"""Every hook a reportkit plugin can implement.

Contribution hooks receive a ``register`` callback; call it once per item. The
core checks each item and remembers which plugin gave it, so errors can name
the plugin. Implementations may accept any subset of a hook's arguments.
Each hook is documented, with its exact signature and an example, in
``docs/plugins.md``; ``tests/test_docs.py`` keeps the two in step.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import pluggy

if TYPE_CHECKING:  # pragma: no cover - for readers and type checkers only
    import click

    from .layout import Layout
    from .registry import FontFace, Importer, Kind, Renderer, Rule, Section, Settings

hookspec = pluggy.HookspecMarker("reportkit")
hookimpl = pluggy.HookimplMarker("reportkit")


@hookspec
def register_kinds(register: Callable[[Kind], None]) -> None:
    """Contribute document kinds: ``register(Kind(...))``.

    .. versionadded:: 0.1
    """


@hookspec
def register_rules(register: Callable[[Rule], None]) -> None:
    """Contribute validation rules for a registered kind and its editions: ``register(Rule(...))``.

    .. versionadded:: 0.1
    """


@hookspec
def register_sections(register: Callable[[Section], None]) -> None:
    """Contribute sections to a registered kind's documents, placed by their order: ``register(Section(...))``.

    .. versionadded:: 0.1
    """


@hookspec
def register_layouts(register: Callable[[Layout], None]) -> None:
    """Contribute page layouts (templates, CSS, geometry): ``register(Layout(...))``.

    .. versionadded:: 0.1
    """


@hookspec
def register_fonts(register: Callable[[FontFace], None]) -> None:
    """Contribute font files for the PDF renderer: ``register(FontFace(...))``.

    .. versionadded:: 0.1
    """


@hookspec
def register_renderers(register: Callable[[Renderer], None]) -> None:
    """Contribute output formats, each rendering to a ``RenderOutput`` of bytes: ``register(Renderer(...))``.

    .. versionadded:: 0.1
    """


@hookspec
def register_settings(register: Callable[[Settings], None]) -> None:
    """Contribute the model of a plugin's settings under ``plugins:`` in the data: ``register(Settings(...))``.
    They reach the sections and layouts of every entry point of the plugin's package.

    .. versionadded:: 0.1
    """


@hookspec
def register_importers(register: Callable[[Importer], None]) -> None:
    """Contribute formats ``reportkit import`` and ``check`` read published reports from: ``register(Importer(...))``.

    .. versionadded:: 0.1
    """


@hookspec
def register_commands(cli: click.Group) -> None:
    """Add click commands to the ``reportkit`` command line: ``@cli.command()``.

    .. versionadded:: 0.1
    """
