"""The ``work-plan`` kind: 政务公开工作实施方案 and 工作要点, with an optional 印发通知, as a default plugin."""
from __future__ import annotations

from reportkit.hookspecs import hookimpl
from reportkit.registry import Kind

from .build import build
from .model import WorkPlan
from .rules import RULES
from .spec import DOCUMENT_NAME, KIND
from .starter import starter

WORK_PLAN = Kind(
    name=KIND,
    title=f"{DOCUMENT_NAME}（工作要点）",
    editions=(),
    resolve_edition=lambda data: (None, []),
    model=lambda edition: WorkPlan,
    build=build,
    starter=starter,
)


@hookimpl
def register_kinds(register):
    register(WORK_PLAN)


@hookimpl
def register_rules(register):
    for rule in RULES:
        register(rule)
