"""The ``annual-report`` kind: 政府信息公开工作年度报告, editions 2019 and 2021, as a default plugin."""
from __future__ import annotations

import datetime as dt

from reportkit.errors import ERROR, WARNING
from reportkit.hookspecs import hookimpl
from reportkit.registry import Finding, Kind

from .build import build
from .model import report_model
from .rules import KIND, RULES
from .starter import starter
from .tables import EDITIONS

FIRST_YEAR = 2008
_EDITION_NAMES = "、".join(f"{name}（{spec.issued_by}）" for name, spec in EDITIONS.items())


def edition_for_year(year: int) -> str:
    """The edition the official format prescribes for a report year (2019 on)."""
    return "2019" if year <= 2020 else "2021"


def _refuse_2008(path: tuple) -> tuple[None, list[Finding]]:
    return None, [Finding(ERROR, (
        "暂不支持 2008 版（2008—2018 年度报告沿用的提纲）：该版本将在以后的 reportkit 版本中提供；"
        f"目前支持 2019 年度起的报告，可选版式：{_EDITION_NAMES}"
    ), path)]


def resolve_edition(data: dict) -> tuple[str | None, list[Finding]]:
    """The edition to validate ``data`` with (from ``edition`` or ``year``), plus findings (R12)."""
    given = data.get("edition")
    edition = str(given) if given is not None and not isinstance(given, bool) else None
    year = data.get("year")
    if isinstance(year, str) and year.strip().isdigit():
        year = int(year)
    if year is None:
        if edition in EDITIONS:
            return edition, []  # the model reports the missing year
        return None, [Finding(ERROR, "缺少报告年度 year（例如 year: 2023）：版式由它决定")]
    if isinstance(year, bool) or not isinstance(year, int):
        return None, [Finding(ERROR, f"报告年度 year 应为四位数的年份，例如 year: 2023，实际为“{year}”", ("year",))]
    current = dt.date.today().year
    if not FIRST_YEAR <= year <= current:
        return None, [Finding(ERROR, f"报告年度 {year} 超出范围：应在 {FIRST_YEAR} 至 {current} 之间", ("year",))]
    if edition == "2008":
        return _refuse_2008(("edition",))
    if year < 2019:
        return _refuse_2008(("year",))
    if edition is not None and edition not in EDITIONS:
        return None, [Finding(ERROR, f"未知的版式版本 edition: {given}：可选 {_EDITION_NAMES}；不写则由报告年度决定",
                              ("edition",))]
    expected = edition_for_year(year)
    if edition is None:
        return expected, []
    if edition != expected:
        return edition, [Finding(WARNING, (
            f"{year} 年度报告应使用 {expected} 版（{EDITIONS[expected].issued_by}），"
            f"而 edition 写的是 {edition}（{EDITIONS[edition].issued_by}）；将按 {edition} 版校验和排版（R12）"
        ), ("edition",))]
    return edition, []


def _model(edition: str | None):
    return report_model(edition or edition_for_year(dt.date.today().year - 1))


ANNUAL_REPORT = Kind(
    name=KIND,
    title="政府信息公开工作年度报告",
    editions=tuple(EDITIONS),
    resolve_edition=resolve_edition,
    model=_model,
    build=build,
    starter=starter,
)


@hookimpl
def register_kinds(register):
    register(ANNUAL_REPORT)


@hookimpl
def register_rules(register):
    for rule in RULES:
        register(rule)
