"""Last year's report beside this year's: the cross-year part of step 2 (validate).

Only the command line names the files to open: ``--previous FILE`` (one report) or
``--previous-dir DIR`` (a batch: each report is matched with the one in DIR of the same
kind and agency and the year before). Last year's file is loaded and validated like any
input; its errors are reported as its own, at its own ``FILE:LINE:COL``, and then no
cross-year rule runs. The cross-year rules are the registry's rules with ``previous=True``.
"""
from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ERROR, NOTE, WARNING, Diagnostic, InvalidData, ReportkitError
from .load import load_file
from .plugin_faults import rule_failure
from .registry import Registry
from .validate import Validated, finding_diagnostic, validate
from .write import in_a_loop, resolved, unreachable

#: Prefixed to every message about last year's file, so that its errors read as its own.
LAST_YEAR = "上年报告："
_DATA_SUFFIXES = (".yaml", ".yml")


def places_file(data: Path) -> Path:
    """Where ``check --previous-dir`` keeps, beside a data file it imported from last year's published report, the
    places in that report each part of the data came from (:attr:`.Imported.places` as JSON pairs)."""
    return data.with_name(data.name + ".places.json")


@dataclass
class Previous:
    """Last year's validated report, as a cross-year rule sees it."""

    validated: Validated
    #: The published report (its path) last year's data was imported from, and where each part of the data came from
    #: there (:attr:`.Imported.places`), if it was.
    source: tuple[str, dict[tuple, str]] | None = None

    @property
    def report(self):
        """Last year's validated report (the kind's model)."""
        return self.validated.report

    @property
    def edition(self) -> str | None:
        """The edition of last year's report (``None`` for a kind without editions)."""
        return self.validated.edition

    @property
    def file(self) -> str:
        """The path of last year's data file, as given."""
        return self.validated.loaded.file

    def where(self, path: tuple = ()) -> str:
        """``FILE:LINE:COL`` of ``path`` in last year's file (or of its nearest ancestor there); in the published
        report it was imported from, ``FILE 第 N 个表格第 M 行`` (its place there, where it has one)."""
        if self.source is not None:
            return _in_published(self.source, path)
        line, col = self.validated.loaded.position(path)
        return f"{self.file}:{line}:{col}"


_SHARED: dict[tuple, "PreviousReports"] = {}


class PreviousReports:
    """Where last year's reports come from: one ``file`` (``--previous``) or a ``folder`` (``--previous-dir``).

    Each file is validated once per run, however many reports it is matched with. ``sources``: the published report
    each data file imported from one (``check --previous-dir``) came from, by the data file's resolved path, so that
    messages name that report and its places (:func:`places_file`), not the data file, which is a temporary one.
    """

    def __init__(self, registry: Registry | None, *, file: str | Path | None = None, folder: str | Path | None = None,
                 sources: dict[Path, str] | None = None):
        if (file is None) == (folder is None):
            raise ValueError("give file or folder")
        self.registry = registry
        self.file = Path(file) if file is not None else None
        self.folder = Path(folder) if folder is not None else None
        self.sources = sources or {}
        self._places: dict[Path, dict[tuple, str]] = {}
        self._checked: dict[Path, Validated | list[Diagnostic]] = {}
        self._index: dict[tuple, list[Path]] | None = None
        self._unreadable: list[Path] = []

    def __reduce__(self):
        # A worker process (reportkit render -j, Dask) gets only the paths, and checks last year's
        # reports with its own plugins (:meth:`on`).
        return (PreviousReports._paths, (self.file, self.folder, self.sources))

    @classmethod
    def _paths(cls, file: Path | None, folder: Path | None, sources: dict) -> "PreviousReports":
        return cls(None, file=file, folder=folder, sources=sources)

    def on(self, registry: Registry) -> "PreviousReports":
        """The same source checked with ``registry``: itself, or one shared per process and registry."""
        if self.registry is registry:
            return self
        key = (id(registry), self.file, self.folder)
        if key not in _SHARED:
            _SHARED[key] = PreviousReports(registry, file=self.file, folder=self.folder, sources=self.sources)
        return _SHARED[key]

    def diagnostics(self, validated: Validated) -> list[Diagnostic]:
        """Everything the cross-year stage says about ``validated``: last year's errors, or the rules' findings."""
        path, notes = self._match(validated)
        if path is None:
            return notes
        checked = self._check(path)
        if isinstance(checked, list):
            return notes + checked
        notes += _mismatch(validated, checked)
        if any(d.severity == ERROR for d in notes):
            return notes
        return notes + cross_year(validated, Previous(checked, self._source(resolved(path))))

    def _check(self, path: Path) -> Validated | list[Diagnostic]:
        key = resolved(path)
        if key not in self._checked:
            try:
                self._checked[key] = validate(load_file(path), self.registry)
            except InvalidData as exc:
                self._checked[key] = [self._last_years(d, key) for d in exc.diagnostics if d.severity == ERROR]
        return self._checked[key]

    def _last_years(self, diagnostic: Diagnostic, key: Path) -> Diagnostic:
        """An error of last year's data file (at ``key``) said as such; one imported from a published report at that
        report and its place there (the data file is a temporary one)."""
        source = self._source(key)
        if source is None:
            return dataclasses.replace(diagnostic, message=LAST_YEAR + diagnostic.message,
                                       published=diagnostic.published and LAST_YEAR + diagnostic.published)
        prefix = f"{LAST_YEAR.removesuffix('：')}（{_in_published(source, diagnostic.path)}）："
        return dataclasses.replace(diagnostic, file=source[0], line=None, col=None, message=prefix + diagnostic.message,
                                   published=diagnostic.published and prefix + diagnostic.published)

    def _source(self, key: Path) -> tuple[str, dict[tuple, str]] | None:
        """The published report the data file at ``key`` was imported from, with the places of its data there."""
        if key not in self.sources:
            return None
        if key not in self._places:
            try:
                pairs = json.loads(places_file(key).read_text(encoding="utf-8"))
            except (OSError, ValueError):  # a help only: without it, messages name the report alone
                pairs = []
            self._places[key] = {tuple(path): place for path, place in pairs}
        return self.sources[key], self._places[key]

    def _match(self, validated: Validated) -> tuple[Path | None, list[Diagnostic]]:
        if self.file is not None:
            try:  # anything else there (a folder, a link in a loop …) is said by the loader, as for this year's file
                os.stat(self.file)
            except FileNotFoundError:
                return None, [Diagnostic(ERROR, "找不到 --previous 给出的上年报告：请检查路径", str(self.file))]
            except OSError:
                pass
            return self.file, []
        report = validated.report
        agency, year = getattr(report, "agency", None), getattr(report, "year", None)
        here = Path(validated.loaded.file)
        found = [p for p in self._folder_index().get((validated.kind.name, agency, (year or 0) - 1), [])
                 if resolved(p) != resolved(here)]
        if len(found) > 1:
            names = "、".join(map(str, found))
            return None, [Diagnostic(ERROR, f"{self.folder} 中有 {len(found)} 个 {agency} {year - 1} 年度的报告（{names}）："
                                            "请只留一个，未做跨年度检查", validated.loaded.file)]
        if not found:
            unread = f"（{'、'.join(map(str, self._unreadable))} 无法读取，未计入）" if self._unreadable else ""
            return None, [Diagnostic(NOTE, f"{self.folder} 中没有 {agency} {year - 1} 年度的报告{unread}，未做跨年度检查："
                                           "上年报告按 agency 和 year 对应，与文件名无关", validated.loaded.file)]
        return found[0], []

    def _folder_index(self) -> dict[tuple, list[Path]]:
        if self._index is None:
            if not self.folder.is_dir():
                loop = in_a_loop(self.folder) and unreachable(self.folder)
                raise ReportkitError(f"--previous-dir 给出的 {self.folder} 无法读取：{loop}" if loop
                                     else f"找不到 --previous-dir 给出的文件夹 {self.folder}：请检查路径")
            self._index = {}
            for path in sorted(self.folder.iterdir()):
                if path.suffix.lower() not in _DATA_SUFFIXES or not path.is_file():
                    continue
                try:
                    data = load_file(path).data
                except InvalidData:
                    self._unreadable.append(path)
                    continue
                if isinstance(data, dict):
                    self._index.setdefault((data.get("kind"), data.get("agency"), data.get("year")), []).append(path)
        return self._index


def _in_published(source: tuple[str, dict[tuple, str]], path: tuple) -> str:
    """``path`` of data imported from a published report (``source``: its path and the data's places there) as the
    report's path and the place there ``path`` or its nearest ancestor came from (as :meth:`.Imported.place`)."""
    published, places = source
    place = next((places[path[:n]] for n in range(len(path), 0, -1) if path[:n] in places), "")
    return " ".join(filter(None, (published, place)))


def _mismatch(validated: Validated, last: Validated) -> list[Diagnostic]:
    """A ``--previous`` file that is not this report's predecessor: another kind or year (errors), another agency (warning)."""
    here, there = validated.report, last.report
    file = validated.loaded.file
    if last.kind.name != validated.kind.name:
        return [Diagnostic(ERROR, f"{LAST_YEAR}{last.loaded.file} 是“{last.kind.title}”，不是“{validated.kind.title}”："
                                  "--previous 应给出同一类文档的上年报告", file)]
    year, last_year = getattr(here, "year", None), getattr(there, "year", None)
    if year is not None and last_year != year - 1:
        return [Diagnostic(ERROR, f"{LAST_YEAR}{last.loaded.file} 是 {last_year} 年度的，本报告是 {year} 年度的："
                                  f"--previous 应给出 {year - 1} 年度的报告", file)]
    if getattr(here, "agency", None) != getattr(there, "agency", None):
        return [Diagnostic(WARNING, f"{LAST_YEAR}{last.loaded.file} 的发布机关是“{there.agency}”，本报告是“{here.agency}”："
                                    "如机关已更名可不理会，否则请给出本机关的上年报告", file)]
    return []


def cross_year(validated: Validated, previous: Previous) -> list[Diagnostic]:
    """The findings of the cross-year rules of ``validated``'s kind and edition, located in this year's file."""
    registry = validated.registry
    out = []
    for rule in registry.rules_for(validated.kind.name, validated.edition, previous=True):
        try:
            out += [finding_diagnostic(validated.loaded, f, rule.id) for f in rule.check(validated.report, previous)]
        except Exception as exc:  # a broken rule is the plugin's fault, not the clerk's
            plugin = registry.plugin_of(rule)
            if plugin.startswith("reportkit."):
                out.append(Diagnostic(ERROR, f"规则 {rule.id} 出错：{type(exc).__name__}: {exc}", validated.loaded.file,
                                      plugin=plugin))
            else:  # placed and worded as a single-year rule's (validate), with the cross-year way round it
                other = f"，或卸载这个插件（pip uninstall {plugin}）" if plugin != registry.plugin_of(validated.kind) else ""
                message, published = rule_failure(
                    rule.id, plugin, exc, f"；在它修好之前，可先不带 --previous、--previous-dir 运行（不做跨年度检查）{other}")
                out.append(dataclasses.replace(validated.loaded.diagnostic(ERROR, message, ("kind",), plugin=plugin),
                                               published=published))
    return out
