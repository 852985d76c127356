""":func:`reportkit.plugins.load_plugins`, loaded once a test process where a test cannot have changed what it gives
(tests/conftest.py puts :func:`load_plugins` in its place).

Each command a test runs loads the plugins again, most twice (the group for its commands, then the command), 5 ms of
CPU a time: some 10,000 loads in the suite. A load comes from the cache only where it gives the same: no plugins
given or hidden (arguments, :mod:`reportkit.testing`), no ``REPORTKIT_TRACE_PLUGINS``, the same ``sys.path`` with its
folders unchanged (what ``install`` writes), and inside a test whose ``monkeypatch`` changed nothing but environment
variables (not a plugin's function, a folder, ``sys.path``). Any other load is fresh, as the product's always is.
Each call gets its own :class:`~reportkit.plugins.Plugins` and registry (their lists and dicts copied), so that a test
adding to them changes no other test's.
"""
from __future__ import annotations

import copy
import dataclasses
import os
import sys

import pytest

from reportkit import plugins as _plugins
from reportkit.plugin_faults import TRACE_ENV

real_load_plugins = _plugins.load_plugins
#: The running test's ``monkeypatch``, None between tests (a fixture of a wider scope loads afresh).
current: dict[str, pytest.MonkeyPatch | None] = {"monkeypatch": None}
_loaded: dict[tuple, _plugins.Plugins] = {}


def load_plugins(*extra: object, entry_point_group: str | None = "reportkit", hide=()) -> _plugins.Plugins:
    """:func:`reportkit.plugins.load_plugins`, from the cache where that gives the same."""
    if extra or hide or not _unchanged():
        return real_load_plugins(*extra, entry_point_group=entry_point_group, hide=hide)
    key = (entry_point_group, tuple(sys.path), tuple(_plugins._stamp(folder) for folder in sys.path))
    if key not in _loaded:
        _loaded[key] = real_load_plugins(entry_point_group=entry_point_group)
    return _copy(_loaded[key])


def _unchanged() -> bool:
    """Whether nothing that a load reads may have been changed for the running test."""
    patch = current["monkeypatch"]
    if patch is None or any(_plugins._overrides.values()) or TRACE_ENV in os.environ:
        return False
    return not (patch._setattr or patch._savesyspath is not None
                or any(mapping is not os.environ for mapping, _name, _value in patch._setitem))


def _copy(plugins: _plugins.Plugins) -> _plugins.Plugins:
    registry = plugins.registry
    return dataclasses.replace(
        plugins, registry=dataclasses.replace(registry, **{f.name: copy.copy(getattr(registry, f.name))
                                                           for f in dataclasses.fields(registry)}),
        problems=list(plugins.problems), precedence=list(plugins.precedence), _commands=None)
