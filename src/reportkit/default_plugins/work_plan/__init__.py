"""The ``work-plan`` kind: 政务公开工作实施方案 and 工作要点, with an optional 印发通知, as a default plugin.

What it contributes is declared here; its model, build, starter and rule checks are imported on first use.
"""
from __future__ import annotations

from reportkit.hookspecs import hookimpl
from reportkit.registry import Kind, Rule, lazy

from .spec import DOCUMENT_NAME, KIND, RESPONSIBLE_LABEL


def _model(edition):
    from .model import WorkPlan

    return WorkPlan


WORK_PLAN = Kind(
    name=KIND,
    title=f"{DOCUMENT_NAME}（工作要点）",
    editions=(),
    resolve_edition=lambda data: (None, []),
    model=_model,
    build=lazy(f"{__name__}.build", "build"),
    starter=lazy(f"{__name__}.starter", "starter"),
)
_RULES = f"{__name__}.rules"
RULES = (
    Rule("WP1", KIND, f"每项任务写明{RESPONSIBLE_LABEL}（牵头单位在前）", lazy(_RULES, "check_units")),
    Rule("WP2", KIND, "完成时限（日期或月份）在方案年度内，且不早于印发日期", lazy(_RULES, "check_deadlines")),
    Rule("WP3", KIND, "标题和成文日期与方案年度一致", lazy(_RULES, "check_year")),
    Rule("WP4", KIND, "方案印有成文日期（印发通知的或方案自己的 date）；写了 signature 就写 date", lazy(_RULES, "check_date")),
    Rule("WP5", KIND, "正文段落的写法：手写编号、重复粘贴、制表符、日/月/年的日期、半角标点和括号、折断的网址、"
         "过长的段落和小标题",
         lazy("reportkit.narrative", "check_paragraphs")),
    Rule("WP6", KIND, "印发通知的附件说明由 notice.attachment 印出，不写作正文的最后一段", lazy(_RULES, "check_notice_note")),
)


@hookimpl
def register_kinds(register):
    register(WORK_PLAN)


@hookimpl
def register_rules(register):
    for rule in RULES:
        register(rule)
