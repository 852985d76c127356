"""The outline of a year-end summary (工作总结, optionally with next year's 工作计划), as data.

The model, the rules, the starter file of ``reportkit init`` and the build all
read :data:`PARTS`, so each part and its default heading is written once.
"""
from __future__ import annotations

from dataclasses import dataclass

KIND = "work-summary"
TITLE_LINE_CHARS = 20  # 2号 characters across the 156 mm text block


@dataclass(frozen=True)
class Part:
    """A level-1 part. ``label`` may hold ``{year}`` and ``{next}`` (the following year)."""

    key: str
    label: str
    required: bool
    hint: str
    placeholder: str

    def heading(self, year: int) -> str:
        return self.label.format(year=year, next=year + 1)


PARTS = (
    Part("work", "{year}年工作情况", True, "本年度的主要工作、做法和成效，写明数字", "本年度的一项工作及其成效"),
    Part("problems", "存在的问题", True, "工作中存在的问题和不足", "存在的问题"),
    Part("plan", "{next}年工作计划", False, "下一年度的工作打算；不需要时删去", "下一年度的一项工作打算"),
)


def default_title(agency: str, year: int, with_plan: bool) -> str:
    """"<agency><year>年工作总结[和<year+1>年工作计划]", broken after the agency when too long for one line."""
    rest = f"{year}年工作总结" + (f"和{year + 1}年工作计划" if with_plan else "")
    return f"{agency}\n{rest}" if len(agency) + len(rest) > TITLE_LINE_CHARS else agency + rest
