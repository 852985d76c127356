"""One error family for everything a user can get wrong.

Users see one clean line per problem (``FILE:LINE:COL: error: message``); bugs
in reportkit itself are not wrapped and keep their traceback.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import click

from .numerals import numeral_value

ERROR = "error"
WARNING = "warning"
NOTE = "note"


def data_label(path: tuple) -> str:
    """A data path as a clerk reads it: keys joined by dots, list positions counted from 1 (``sections.overview[2]``)."""
    label = ""
    for part in path:
        label += f"[{part + 1}]" if isinstance(part, int) else f"{'.' if label else ''}{part}"
    return label or "（顶层）"


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in the data, located at ``file:line:col`` when known, or at ``file:sheet!cell``
    for a workbook (``cell`` is then e.g. ``表三!E12``).

    ``rule`` is the id of the rule that found it, ``path`` where it is in the data (for tools). ``published`` is the
    message as said of a published report (``reportkit check``): without the data file's keys and the advice on
    editing it, which its reader cannot act on; ``None`` where ``message`` says it as well.
    """

    severity: str
    message: str
    file: str | None = None
    line: int | None = None
    col: int | None = None
    plugin: str | None = None
    cell: str | None = None
    rule: str | None = None
    path: tuple = ()
    published: str | None = None

    def format(self) -> str:
        """The diagnostic as one line: ``FILE:LINE:COL: severity: [plugin] message`` (``FILE:SHEET!CELL`` for a cell)."""
        where = ":".join(str(p) for p in (self.file, self.cell or self.line, None if self.cell else self.col) if p is not None)
        origin = f"[{self.plugin}] " if self.plugin else ""
        message = " ".join(self.message.splitlines())  # data quoted in a message may hold line breaks: one line each
        return f"{where + ': ' if where else ''}{self.severity}: {origin}{message}"

    @classmethod
    def at(cls, severity: str, message: str, source) -> "Diagnostic":
        """A diagnostic located at a :class:`reportkit.blocks.Source` (or nowhere, for ``None``)."""
        if source is None:
            return cls(severity, message)
        return cls(severity, message, source.file, source.line, source.col)

    def as_error(self) -> "Diagnostic":
        """The same diagnostic promoted to an error (``--strict``)."""
        return replace(self, severity=ERROR)

    def as_dict(self) -> dict:
        """The diagnostic for tools (``--diagnostics json``); ``path`` as a list of keys and list indexes."""
        return {"file": self.file, "line": self.line, "column": self.col, "cell": self.cell, "severity": self.severity,
                "rule": self.rule, "message": self.message, "path": list(self.path), "plugin": self.plugin}


class ReportkitError(click.ClickException):
    """Base of every error reportkit reports to a user; exit code 1."""

    exit_code = 1

    def show(self, file=None) -> None:  # noqa: D102 - click API
        click.echo(self.format_message(), err=True)


class InvalidData(ReportkitError):
    """The data has errors; ``diagnostics`` holds all of them (and any warnings)."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        super().__init__("\n".join(d.format() for d in diagnostics))


class PluginError(ReportkitError):
    """A plugin failed to load, raised inside a hook, contributed a bad item or returned something unusable:
    ``插件 NAME：message``."""

    def __init__(self, plugin: str, message: str):
        self.plugin = plugin
        super().__init__(f"插件 {plugin}：{message}")


class RenderError(ReportkitError):
    """A document could not be rendered or written."""


class EngineUnavailable(RenderError):
    """A format's engine cannot run on this machine (a system library is missing); the other formats still can."""


@dataclass
class Diagnostics:
    """Collects diagnostics over one run; ``--strict`` turns warnings into errors."""

    strict: bool = False
    items: list[Diagnostic] = field(default_factory=list)
    given_errors: int = 0  # errors as found, before ``strict`` made warnings errors too

    def add(self, diagnostic: Diagnostic) -> None:
        if diagnostic.severity == ERROR:
            self.given_errors += 1
        elif self.strict and diagnostic.severity == WARNING:
            diagnostic = diagnostic.as_error()
        self.items.append(diagnostic)

    def extend(self, diagnostics) -> None:
        for d in diagnostics:
            self.add(d)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity != ERROR]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise InvalidData(sorted(self.items, key=_position))

    def stop_if_errors(self) -> None:
        """Raise as :meth:`raise_if_errors` where the rest of a run would only add noise: only for errors as found, so
        that ``--strict`` still lists every problem, not those found before the first warning."""
        if self.given_errors:
            raise InvalidData(sorted(self.items, key=_position))


def in_reading_order(diagnostics) -> list[Diagnostic]:
    """``diagnostics`` as a clerk reads the file top-down, whichever rule found them first: each file's by line and
    column, a workbook's by sheet (表二 before 表十) then cell (row, then column); those without a place after them,
    as found. Files go by name, those of no file last."""
    return sorted(diagnostics, key=_position)


def _position(d: Diagnostic) -> tuple:
    if d.cell:
        sheet, mark, cell = d.cell.rpartition("!")
        found = _CELL.fullmatch(cell) if mark else None
        column, row = found.groups() if found else ("", "0")
        place = (1, _natural(sheet if mark else d.cell), int(row), len(column), column.upper())
    elif d.line is not None:
        place = (0, d.line, d.col or 0)
    else:
        place = (2,)
    return (d.file is None, d.file or "", *place)


_CELL = re.compile(r"([A-Za-z]+)(\d+)")
_NUMBERED = re.compile(r"(\d+|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])")


def _natural(name: str) -> tuple:
    """A sheet's name with its numbers as numbers: 表二 < 表三 < 表十二 (the characters' own order puts 三 before 二)."""
    parts = _NUMBERED.split(name)
    return tuple(numeral_value(part) if i % 2 else part for i, part in enumerate(parts))



#: Lines of one kind of problem shown per file; the rest are counted (200,000 unknown keys are one mistake).
SHOWN_PER_KIND = 20


def shown(diagnostics) -> list[str]:
    """The lines to print for ``diagnostics``, :func:`in_reading_order`: at most :data:`SHOWN_PER_KIND` of each kind,
    then a count."""
    counts: dict[tuple, int] = {}
    lines = []
    for d in in_reading_order(diagnostics):
        kind = (d.file, d.severity, _KIND.sub("…", d.message))
        counts[kind] = counts.get(kind, 0) + 1
        if counts[kind] <= SHOWN_PER_KIND:
            lines.append(d.format())
    for (file, severity, message), count in counts.items():
        if count > SHOWN_PER_KIND:
            where = f"{file}: " if file else ""
            lines.append(f"{where}{severity}: 另有 {count - SHOWN_PER_KIND:,} 条同类问题未列出（{message[:40]}）")
    return lines


# What varies between problems of one kind: quoted text, numbers, data paths.
_KIND = re.compile(r"“[^”]*”|\d[\d,.]*|^[\w.\[\]-]+：")
