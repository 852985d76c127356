"""Every hook a reportkit plugin can implement.

Contribution hooks receive a ``register`` callback; call it once per item. The
core checks each item and remembers which plugin gave it, so errors can name
the plugin. Implementations may accept any subset of a hook's arguments.
"""
from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("reportkit")
hookimpl = pluggy.HookimplMarker("reportkit")


@hookspec
def register_kinds(register):
    """Contribute document kinds: ``register(Kind(...))``.

    .. versionadded:: 0.1
    """


@hookspec
def register_rules(register):
    """Contribute validation rules for a kind: ``register(Rule(...))``.

    .. versionadded:: 0.1
    """


@hookspec
def register_sections(register):
    """Contribute sections to a kind's documents, placed by their order: ``register(Section(...))``.

    .. versionadded:: 0.1
    """


@hookspec
def register_layouts(register):
    """Contribute page layouts (templates, CSS, geometry): ``register(Layout(...))``.

    .. versionadded:: 0.1
    """


@hookspec
def register_fonts(register):
    """Contribute font files for the PDF renderer: ``register(FontFace(...))``.

    .. versionadded:: 0.1
    """


@hookspec
def register_renderers(register):
    """Contribute output formats: ``register(Renderer(...))``.

    .. versionadded:: 0.1
    """
