"""A province's section as a plugin gives it, for the import and check tests: its text, then a table of scores with a
合计 row it computes, and a rule (KH1) on the scores."""
from __future__ import annotations

import dataclasses

from pydantic import BaseModel, ConfigDict, Field

from reportkit import hookimpl
from reportkit.blocks import Cell, Table
from reportkit.errors import ERROR
from reportkit.narrative import SectionItem
from reportkit.registry import Finding, Section, Settings


class Assessment:
    """A section as a province adds one: its text, then a table of scores with a 合计 row it computes."""

    class Item(BaseModel):
        model_config = ConfigDict(extra="forbid")
        name: str = Field(title="考核指标")
        full: float = Field(title="分值")
        score: float = Field(title="得分")

    class Model(BaseModel):
        model_config = ConfigDict(extra="forbid")
        content: list[SectionItem] = []
        items: list[Assessment.Item] = []

    class Settings(BaseModel):
        model_config = ConfigDict(extra="forbid")

    @staticmethod
    def build(data, context):
        rows = [[Cell(t, header=True) for t in ("考核指标", "分值", "得分")]]
        rows += [[Cell(i.name), Cell(f"{i.full:g}"), Cell(f"{i.score:g}")] for i in data.items]
        rows.append([Cell("合计"), Cell(f"{sum(i.full for i in data.items):g}"), Cell(f"{sum(i.score for i in data.items):g}")])
        return context.narrative(data.content, "content") + [Table(rows, [3, 1, 1], source=context.source("items"))]

    @staticmethod
    def over(data):
        for n, item in enumerate(data.items):
            if item.score > item.full:
                yield Finding(ERROR, f"“{item.name}”得分超过分值（KH1）", ("items", n, "score"))

    @staticmethod
    @hookimpl
    def register_sections(register):
        register(ASSESSMENT)

    @staticmethod
    @hookimpl
    def register_settings(register):
        register(Settings("reportkit-assessment", Assessment.Settings))


Assessment.Model.model_rebuild()
ASSESSMENT = Section("assessment", "annual-report", "政务公开工作考核情况", 550, Assessment.Model, Assessment.build,
                     rules=(Assessment.over,))


class Unchecked(Assessment):
    """The section without its rule: a report published with a score over the full marks."""

    @staticmethod
    @hookimpl
    def register_sections(register):
        register(dataclasses.replace(ASSESSMENT, rules=()))
