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


@hookspec(firstresult=True)
def read_masthead(masthead: list[str], imprint: list[str], find: Callable[[str, str], None]) -> dict | None:
    """Read a published document's 版头 and 版记 (its lines as printed, top down; either may be empty) back into data
    for ``reportkit import``: return the keys they stand for (``layout``, ``plugins: {package: settings}``), ``{}``
    when nothing can be written, or ``None`` to leave them to another plugin. ``find("masthead" | "imprint", message)``
    says what could not be read and what to write by hand, or what was written otherwise than printed (a 发文字号
    set as the standard sets it).

    .. versionadded:: 0.1
    """
