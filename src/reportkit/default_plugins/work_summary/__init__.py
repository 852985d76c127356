"""The ``work-summary`` kind: 工作总结, optionally with next year's 工作计划, as a default plugin.

What it contributes is declared here; its model, build, starter and rule checks are imported on first use.
"""
from __future__ import annotations

from reportkit.hookspecs import hookimpl
from reportkit.registry import Kind, Rule, lazy

from .spec import KIND


def _model(edition):
    from .model import WorkSummary

    return WorkSummary


WORK_SUMMARY = Kind(
    name=KIND,
    title="工作总结（可附工作计划）",
    editions=(),
    resolve_edition=lambda data: (None, []),
    model=_model,
    build=lazy(f"{__name__}.build", "build"),
    starter=lazy(f"{__name__}.starter", "starter"),
)
RULES = (
    Rule("WS1", KIND, "标题和成文日期与总结年度一致", lazy(f"{__name__}.rules", "check_year")),
    Rule("WS2", KIND, "正文段落的写法：手写编号、重复粘贴、制表符、日/月/年的日期、半角标点和括号、折断的网址、"
         "过长的段落和小标题",
         lazy("reportkit.narrative", "check_paragraphs")),
)


@hookimpl
def register_kinds(register):
    register(WORK_SUMMARY)


@hookimpl
def register_rules(register):
    for rule in RULES:
        register(rule)
