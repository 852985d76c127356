"""The plugin manager: a small facade over pluggy that the rest of reportkit calls.

Built-in kinds, layouts, fonts and renderers are default plugins on the same
hooks as third-party packages (entry-point group ``reportkit``). Entry points
load one by one: a broken plugin is reported by name and skipped.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from importlib import import_module
from importlib.metadata import entry_points

import pluggy

from . import hookspecs
from .errors import PluginError
from .registry import Registry

log = logging.getLogger("reportkit.plugins")

DEFAULT_PLUGINS = (
    "reportkit.default_plugins.annual_report",
    "reportkit.default_plugins.gbt9704",
    "reportkit.default_plugins.bundled_fonts",
    "reportkit.default_plugins.formats",
)
CONTRIBUTIONS = ("kinds", "rules", "sections", "layouts", "fonts", "renderers")


@dataclass
class Plugins:
    """Loaded plugins, the registry of what they contributed, and the problems met on the way."""

    manager: pluggy.PluginManager
    registry: Registry
    problems: list[PluginError] = field(default_factory=list)


def load_plugins(*extra: object, entry_point_group: str | None = "reportkit") -> Plugins:
    """Load the default plugins, the installed entry points and ``extra`` plugin objects."""
    pm = pluggy.PluginManager("reportkit")
    pm.add_hookspecs(hookspecs)
    problems: list[PluginError] = []
    registry = Registry()
    for module_name in DEFAULT_PLUGINS:
        pm.register(import_module(module_name), name=module_name)
    if entry_point_group:
        for ep in entry_points(group=entry_point_group):
            if ep.dist is not None:
                registry.packages[ep.dist.name] = ep.name
            try:
                pm.register(ep.load(), name=ep.name)
            except Exception as exc:  # a broken plugin must not take the others down
                problems.append(PluginError(ep.name, f"failed to load: {type(exc).__name__}: {exc}"))
    for plugin in extra:
        pm.register(plugin, name=getattr(plugin, "__name__", None) or type(plugin).__name__)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        name = pm.get_name(exc.plugin) or "?"
        problems.append(PluginError(name, f"unknown hook: {exc}"))
        pm.unregister(exc.plugin)
    for what in CONTRIBUTIONS:
        _collect(pm, what, registry, problems)
    return Plugins(pm, registry, problems)


def _collect(pm: pluggy.PluginManager, what: str, registry: Registry, problems: list[PluginError]) -> None:
    """Call ``register_<what>`` on each plugin separately, so a failure names its plugin."""
    trace = os.environ.get("REPORTKIT_TRACE_PLUGINS") == "1"
    hook = getattr(pm.hook, f"register_{what}")
    for impl in reversed(hook.get_hookimpls()):
        name = impl.plugin_name
        if trace:
            log.warning("reportkit: calling register_%s of %s", what, name)

        def register(item, _name=name):
            registry.register(what, _name, item)

        try:
            impl.function(**{arg: register for arg in impl.argnames})
        except PluginError as exc:
            problems.append(exc)
        except Exception as exc:
            problems.append(PluginError(name, f"register_{what} raised {type(exc).__name__}: {exc}"))
