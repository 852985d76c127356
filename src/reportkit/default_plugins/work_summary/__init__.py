"""The ``work-summary`` kind: 工作总结, optionally with next year's 工作计划, as a default plugin."""
from __future__ import annotations

from reportkit.hookspecs import hookimpl
from reportkit.registry import Kind

from .build import build
from .model import WorkSummary
from .rules import RULES
from .spec import KIND
from .starter import starter

WORK_SUMMARY = Kind(
    name=KIND,
    title="工作总结（可附工作计划）",
    editions=(),
    resolve_edition=lambda data: (None, []),
    model=lambda edition: WorkSummary,
    build=build,
    starter=starter,
)


@hookimpl
def register_kinds(register):
    register(WORK_SUMMARY)


@hookimpl
def register_rules(register):
    for rule in RULES:
        register(rule)
