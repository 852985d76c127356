"""The outline of a work plan (政务公开工作实施方案 / 工作要点), as data.

The model, the rules, the starter file of ``reportkit init`` and the build all
read these specs, so each part, label and table column is written once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

KIND = "work-plan"


@dataclass(frozen=True)
class Part:
    """A level-1 part of the plan. ``form`` is ``narrative`` (paragraphs and headings) or ``tasks``."""

    key: str
    label: str
    form: str
    hint: str
    placeholder: str


PARTS = (
    Part("requirements", "总体要求", "narrative", "指导思想、基本原则和工作目标", "本年度政务公开工作的指导思想和目标"),
    Part("tasks", "主要任务", "tasks", "逐项列出工作任务、具体措施、责任科室（单位）和完成时限；任务可再分子项",
         "工作任务的具体措施"),
    Part("safeguards", "机制保障", "narrative", "组织领导、责任落实、督促检查等保障措施", "保障措施"),
)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: float


#: The task table (主要任务分解表), printed inline after the tasks or as an attachment.
#: Widths (of 11, across the 156 mm block, 五号 type): 序号 keeps its; 完成时限 is as wide as its longest date or
#: short deadline, and 工作任务, 具体措施 and 责任单位 share the rest as the rows hold them (build._widths).
TASK_COLUMNS = (
    Column("number", "序号", 0.7),
    Column("task", "工作任务", 1.8),
    Column("measures", "具体措施", 4.2),
    Column("units", "责任单位", 2.2),
    Column("deadline", "完成时限", 2.1),
)
TASK_TABLE_SUFFIX = "政务公开工作主要任务分解表"
#: Printed after each task: the lead unit first, then the supporting ones (GB/T 9704 body text).
RESPONSIBLE_LABEL = "责任科室（单位）"
#: Printed after it, when no task table gives the deadlines: 完成时限：2018年12月.
DEADLINE_LABEL = "完成时限"
DEFAULT_DEADLINE = "全年"
DOCUMENT_NAME = "政务公开工作实施方案"
TITLE_LINE_CHARS = 20  # 2号 characters across the 156 mm text block
#: A 附件说明 as a paragraph: 附件：某县2024年政务公开工作要点 (附件1：…, 附 件：…); the name after the colon.
ATTACHMENT_NOTE = re.compile(r"^\s*附\s*件\s*\d*\s*[:：]\s*(?=\S)")


def default_title(agency: str, year: int, name: str = DOCUMENT_NAME) -> str:
    """"<agency><year>年政务公开工作实施方案", broken after the agency when it would not fit one line."""
    rest = f"{year}年{name}"
    return f"{agency}\n{rest}" if len(agency) + len(rest) > TITLE_LINE_CHARS else agency + rest
