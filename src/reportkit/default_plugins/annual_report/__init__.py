"""The ``annual-report`` kind: 政府信息公开工作年度报告, editions 2008, 2019 and 2021, as a default plugin."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from reportkit.errors import ERROR, WARNING, ReportkitError
from reportkit.hookspecs import hookimpl
from reportkit.registry import Finding, Kind, StarterOptions

from . import crossyear, edition2008
from .build import build as build_tables
from .citations import resolve as resolve_citations
from .model import report_model
from .rules import KIND, RULES
from .starter import starter as starter_tables
from .starter import starter_from
from .tables import EDITIONS

FIRST_YEAR = 2008
#: Every edition, oldest first, with what it follows.
EDITION_NAMES = {edition2008.EDITION: f"{edition2008.ISSUED_BY}下的提纲",
                 **{name: spec.issued_by for name, spec in EDITIONS.items()}}
_EDITION_NAMES = "、".join(f"{name}（{issued_by}）" for name, issued_by in EDITION_NAMES.items())


def edition_for_year(year: int) -> str:
    """The edition a report year calls for: 2008 up to the 2018 report, then the official formats."""
    if year <= edition2008.LAST_YEAR:
        return edition2008.EDITION
    return "2019" if year <= 2020 else "2021"


def resolve_edition(data: dict) -> tuple[str | None, list[Finding]]:
    """The edition to validate ``data`` with (from ``edition`` or ``year``), plus findings (R12)."""
    given = data.get("edition")
    edition = str(given) if given is not None and not isinstance(given, bool) else None
    year = data.get("year")
    if isinstance(year, str) and year.strip().isdigit():
        year = int(year)
    if year is None:
        if edition in EDITION_NAMES:
            return edition, []  # the model reports the missing year
        return None, [Finding(ERROR, "缺少报告年度 year（例如 year: 2023）：版式由它决定")]
    if isinstance(year, bool) or not isinstance(year, int):
        return None, [Finding(ERROR, f"报告年度 year 应为四位数的年份，例如 year: 2023，实际为“{year}”", ("year",))]
    current = dt.date.today().year
    if not FIRST_YEAR <= year <= current:
        return None, [Finding(ERROR, f"报告年度 {year} 超出范围：应在 {FIRST_YEAR} 至 {current} 之间", ("year",))]
    if edition is not None and edition not in EDITION_NAMES:
        return None, [Finding(ERROR, f"未知的版式版本 edition: {given}：可选 {_EDITION_NAMES}；不写则由报告年度决定",
                              ("edition",))]
    expected = edition_for_year(year)
    if edition is None:
        return expected, []
    if edition != expected:
        return edition, [Finding(WARNING, (
            f"{year} 年度报告应使用 {expected} 版（{EDITION_NAMES[expected]}），"
            f"而 edition 写的是 {edition}（{EDITION_NAMES[edition]}）；将按 {edition} 版校验和排版（R12）"
        ), ("edition",))]
    return edition, []


def build(report, locate):
    """The block tree of ``report``, by its edition."""
    if isinstance(report, edition2008.AnnualReport2008):
        return edition2008.build(report, locate)
    return build_tables(resolve_citations(report), locate)


def starter(options: StarterOptions) -> str:
    """The ``reportkit init`` file for the edition asked for, or the one the year calls for
    (made from last year's report with ``init --from``)."""
    if options.previous is not None:
        return starter_from(replace(options, edition=options.edition or edition_for_year(options.year)))
    if (options.edition or edition_for_year(options.year)) == edition2008.EDITION:
        if options.year > edition2008.LAST_YEAR:
            raise ReportkitError(f"2008 版用于 2008—{edition2008.LAST_YEAR} 年度的报告，{options.year} 年度请用 "
                                 f"{edition_for_year(options.year)} 版")
        return edition2008.starter(options)
    return starter_tables(options)


def _model(edition: str | None):
    return report_model(edition or edition_for_year(dt.date.today().year - 1))


ANNUAL_REPORT = Kind(
    name=KIND,
    title="政府信息公开工作年度报告",
    editions=tuple(EDITION_NAMES),
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
    for rule in RULES + crossyear.RULES + edition2008.RULES:
        register(rule)
