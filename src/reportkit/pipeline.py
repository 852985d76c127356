"""The one pipeline: load → validate → build → render → write.

Each step is a function of its own. :func:`prepare` runs steps 1-3 and every check short of
typesetting (limits, placeholders, glyph coverage), so ``reportkit validate`` refuses exactly
what ``reportkit render`` would; :func:`render_file` runs them all for one data file.
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .blocks import Document, Source
from .errors import ERROR, Diagnostic, Diagnostics, EngineUnavailable, InvalidData, PluginError, RenderError, ReportkitError
from .fonts import coverage, exact_source, role_texts
from .layout import Geometry, Layout
from .limits import check_limits, figure_warnings
from .line_breaks import broken_lines, fitted_tables
from .load import Loaded, load_file
from .narrative import injected_diagnostics, placeholder_diagnostics
from .outline import Locator
from .plugin_faults import LayoutTemplateError, call
from .plugins import Plugins
from .registry import Registry, RenderOutput
from .validate import Validated, validate

if TYPE_CHECKING:  # imported with --previous (by the command line) and when writing, not to validate
    from .previous import PreviousReports

DEFAULT_LAYOUT = "gbt9704"


@dataclass
class Prepared:
    """A data file checked as far as rendering would check it: its block tree, layout and diagnostics."""

    validated: Validated
    layout: Layout
    document: Document

    @property
    def diagnostics(self) -> Diagnostics:
        return self.validated.diagnostics


@dataclass
class Outcome:
    """What one data file produced: the files written and every diagnostic."""

    source: Path
    outputs: list[Path] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when a format could not be produced (the others may still have been written)."""
        return any(d.severity == ERROR for d in self.diagnostics)


def check_file(path: str | Path, plugins: Plugins, *, strict: bool = False) -> Validated:
    """Load and validate one data file (steps 1-2)."""
    return validate(load_file(path), plugins.registry, strict=strict)


def prepare(path: str | Path, plugins: Plugins, **options) -> Prepared:
    """Load ``path`` and :func:`prepare_loaded` it: what ``reportkit validate`` runs."""
    return prepare_loaded(load_file(path), plugins, **options)


def prepare_loaded(loaded: Loaded, plugins: Plugins, *, layout: str | None = None, strict: bool = False,
                   draft: bool = False, formats: tuple[str, ...] = ("docx", "pdf"),
                   previous: PreviousReports | None = None) -> Prepared:
    """Steps 2-3 and every check short of typesetting; raise :class:`InvalidData` on any error.

    A 【请填写：…】 placeholder is an error unless ``draft``, which marks every page 草稿 instead.
    Glyph coverage is checked when a PDF (of either engine) is among ``formats``: the PDF embeds its fonts.
    With ``previous`` (last year's reports), the cross-year rules run too.
    """
    cross_year = previous.on(plugins.registry).diagnostics if previous is not None else None
    validated = validate(loaded, plugins.registry, strict=strict, also=cross_year)
    chosen = choose_layout(validated, plugins.registry, layout)
    document = build(validated, chosen)
    document.draft = draft
    check_limits(document)
    diags = validated.diagnostics
    files = {validated.loaded.file: validated.loaded.text}
    exact = functools.partial(exact_source, files=files)
    diags.extend(placeholder_diagnostics(document, draft=draft, place=exact))
    diags.extend(figure_warnings(document, chosen.geometry))
    diags.extend(replace(d, path=loaded.path_at(d.line, d.col)) if d.line else d  # check names its published place
                 for d in injected_diagnostics(document, place=exact))
    renderers = plugins.registry.renderers
    if any(fmt in renderers and renderers[fmt].extension == ".pdf" for fmt in formats):  # either PDF engine
        diags.extend(coverage(role_texts(document, chosen), plugins.registry.fonts, files))
    diags.raise_if_errors()
    return Prepared(validated, chosen, document)


def build(validated: Validated, layout: Layout | None = None) -> Document:
    """Turn a validated report into the format-neutral block tree (step 3).

    Plugin sections get their plugin's settings; titles and signing organs too long for a line are broken where a reader would
    (:mod:`reportkit.line_breaks`), a table's columns widened for its figures; a ``layout`` with a ``prepare`` then adjusts the tree (e.g. adds the 版头 and 版记
    it draws) with its plugin's settings.
    """
    loaded = validated.loaded
    sections = getattr(type(validated.report), "plugin_sections", ())
    registry = validated.registry
    locate = Locator(loaded.position, loaded.file, {s.name: validated.settings_of(s) for s in sections},
                     {s.name: registry.plugin_of(s) for s in sections} if registry else {})
    kind_plugin = registry.plugin_of(validated.kind) if registry else "reportkit."
    document = guarded(kind_plugin, f"文档类型 {validated.kind.name} 的 build", validated.kind.build, validated.report, locate,
                       returns=Document, place=locate(("kind",)))
    geometry = layout.geometry if layout else Geometry()
    document = fitted_tables(broken_lines(document, geometry), geometry)
    if layout is not None and layout.prepare is not None:
        plugin = registry.plugin_of(layout) if registry else "?"
        try:
            document = guarded(plugin, f"版式 {layout.name} 的 prepare", layout.prepare, document, validated.settings_of(layout),
                               returns=Document, fix="；在它修好之前，可先换用其他版式（数据中的 layout:，或 --layout）",
                               place=locate(("layout",)) if "layout" in loaded.data else None)
        except ReportkitError as exc:  # the layout's own words for the data it needs: where the data chose it
            if type(exc) is not ReportkitError or "layout" not in loaded.data:
                raise
            raise InvalidData([loaded.diagnostic(ERROR, exc.format_message(), ("layout",))]) from None
    document.report = validated.report
    return document


def guarded(plugin: str, what: str, function, *args, returns: type | None = None, fix: str = "",
            place: Source | None = None):
    """Call a plugin's ``function`` (:func:`reportkit.plugin_faults.call`: what it raises is one line naming the
    plugin, its line that raised and ``fix``, at ``place`` in the data when given); a result that is not an instance
    of ``returns`` is one line naming the plugin.

    Built-in code is called as it is: a bug in reportkit keeps its traceback.
    """
    result = call(plugin, what, function, *args, fix=fix, place=place)
    if plugin.startswith("reportkit."):
        return result
    if returns is not None and not isinstance(result, returns):  # else it fails later, deep in an engine
        raise PluginError(plugin, f"{what} 返回了 {type(result).__name__}，应为 {returns.__name__}")
    return result


def choose_layout(validated: Validated, registry: Registry, override: str | None = None) -> Layout:
    """The ``--layout`` option wins over ``layout:`` in the data, which wins over the default.

    An unknown layout is an error at ``layout:`` in the data; given as ``override``, it is not about the data.
    """
    name = override or validated.loaded.data.get("layout") or DEFAULT_LAYOUT
    problem = layout_problem(registry, name)
    if problem and override:
        raise ReportkitError(f"--layout：{problem}")
    if problem:
        raise InvalidData([validated.loaded.diagnostic(ERROR, problem, ("layout",))])
    return registry.layouts[name]


def layout_problem(registry: Registry, name: str) -> str | None:
    """Why there is no layout ``name``: the problem of the plugin that failed to give it, or the layouts there are;
    None when there is one."""
    if name in registry.layouts:
        return None
    failed = list(dict.fromkeys(why for why in registry.broken.values() if f"版式 {name} " in why))
    if failed:
        return f"版式“{name}”未能加载：{'；'.join(failed)}"
    broken = list(dict.fromkeys(registry.broken.values()))
    hint = f"也可能由未能加载的插件提供：{'；'.join(broken)}" if broken else "插件提供的版式需先安装插件"
    return f"未知的版式“{name}”，可选：{'、'.join(sorted(registry.layouts))}（{hint}）"


def render(document: Document, layout: Layout, fmt: str, registry: Registry) -> RenderOutput:
    """Render the tree to one format's bytes (step 4)."""
    renderer = registry.renderers[fmt]
    plugin, what = registry.plugin_of(renderer), f"{fmt} 格式的渲染"
    try:
        output = guarded(plugin, what, renderer.render, document, layout, registry.fonts, returns=RenderOutput,
                         fix=f"；在它修好之前，可先不生成 {fmt} 格式（-f 只写其他格式）")
    except LayoutTemplateError as exc:  # the template is the layout's plugin's, not the renderer's
        owner = registry.plugin_of(layout)
        if owner.startswith("reportkit."):
            raise
        raise PluginError(owner, exc.format_message()) from None
    except OSError as exc:  # engines write temporary files (WeasyPrint: its fonts) to the temporary folder
        from .write import temporary_problem

        raise RenderError(f"生成 {fmt} 时{temporary_problem(exc)}") from None
    problem = _output_problem(output)
    if problem:  # else writing the file or counting the diagnostics fails, with a traceback
        raise PluginError(plugin, f"{what} 返回的 {problem}")
    return output


def _output_problem(output: RenderOutput) -> str | None:
    """What in a renderer's ``output`` is not of its declared type, in words that follow “返回的”; None when nothing."""
    if not isinstance(output.data, bytes):
        return f"RenderOutput.data 是 {type(output.data).__name__}，应为 bytes"
    if not isinstance(output.diagnostics, (list, tuple)):
        return f"RenderOutput.diagnostics 是 {type(output.diagnostics).__name__}，应为 reportkit.errors.Diagnostic 的列表"
    stray = next((d for d in output.diagnostics if not isinstance(d, Diagnostic)), None)
    if stray is not None:
        return f"RenderOutput.diagnostics 里有 {type(stray).__name__}，应为 reportkit.errors.Diagnostic"
    return None


@dataclass
class Rendered:
    """One data file typeset but not written: each format's bytes by output file name, and every diagnostic."""

    source: Path
    files: dict[str, bytes] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def render_file(path: str | Path, plugins: Plugins, *, outdir: str | Path = ".") -> Outcome:
    """Run the whole pipeline for one file with the defaults of ``reportkit render``: :func:`render_outputs`, then
    :func:`write_rendered` into ``outdir``."""
    return write_rendered(render_outputs(path, plugins), outdir)


def render_outputs(path: str | Path, plugins: Plugins, *, formats: tuple[str, ...] = ("docx", "pdf"),
                   layout: str | None = None, strict: bool = False, draft: bool = False,
                   name: str | None = None, previous: PreviousReports | None = None) -> Rendered:
    """Steps 1-4 for one file, writing nothing; raise :class:`InvalidData` on any error.

    Each file is named ``<stem><extension>``, or ``<name><extension>`` with ``name`` a pattern
    of :data:`NAME_FIELDS` (``"{title}"``). ``previous`` gives last year's reports for the
    cross-year rules. A format whose engine cannot run on this machine (:class:`EngineUnavailable`,
    e.g. the PDF without Pango) is left out with an error among the diagnostics, and the other
    formats are still rendered.
    """
    path = Path(path)
    prepared = prepare(path, plugins, layout=layout, strict=strict, draft=draft, formats=formats, previous=previous)
    diags = prepared.diagnostics
    stem = output_name(name, prepared) if name else data_stem(path)
    files, missing = {}, []
    for fmt in formats:
        try:
            result = render(prepared.document, prepared.layout, fmt, plugins.registry)
        except EngineUnavailable as exc:
            missing.append(Diagnostic(ERROR, exc.format_message(), str(path)))
            continue
        diags.extend(result.diagnostics)
        files[stem + plugins.registry.renderers[fmt].extension] = result.data
    diags.raise_if_errors()
    return Rendered(path, files, diags.items + missing)


def write_rendered(rendered: Rendered, outdir: str | Path = ".", *, target: Path | None = None,
                   taken: set[Path] | None = None) -> Outcome:
    """Write ``rendered`` (step 5): every file or none, to ``OUTDIR/<file name>`` or to ``target`` for a single format.

    ``taken`` collects the targets of a batch, so that two inputs never write the same file;
    the input itself is never a target.
    """
    from .write import write_all

    destinations = placed(rendered.files, outdir, target)
    for destination in destinations:
        claim(destination, rendered.source, taken)
    return Outcome(rendered.source, write_all(destinations) if destinations else [], rendered.diagnostics)


def placed(files: dict[str, bytes], outdir: str | Path, target: str | Path | None) -> dict[Path, bytes]:
    """Where each of ``files`` (file name → bytes) goes: ``OUTDIR/<file name>``, or ``target``."""
    return {Path(target) if target else Path(outdir) / name: data for name, data in files.items()}


#: The fields an output name pattern (``render --name``) may use.
NAME_FIELDS = frozenset({"stem", "title", "agency", "year", "kind"})
#: Characters Windows forbids in file names, and controls.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\u2028]+')


def output_name(pattern: str, prepared: Prepared) -> str:
    """The file name (without extension) ``pattern`` gives for ``prepared``, safe on Windows too."""
    from .write import clipped

    report = prepared.validated.report
    values = {"stem": data_stem(prepared.validated.loaded.file), "kind": prepared.validated.kind.name,
              "title": "".join(prepared.document.title.split()), "agency": prepared.document.author,
              "year": getattr(report, "year", "")}
    name = clipped(_UNSAFE.sub("_", pattern.format(**values)).strip(" .")).strip(" .")
    if not name:
        raise RenderError(f"按 --name “{pattern}”得到的文件名是空的：请换一个模式")
    return writable_name(name)


def writable_name(name: str) -> str:
    """``name`` as the file system takes it: where its encoding cannot hold the name (ASCII under ``LC_ALL=C`` without
    Python's UTF-8 mode), the name's UTF-8 bytes, as other tools write it and a UTF-8 terminal or file manager shows it
    (it was a traceback)."""
    try:
        os.fsencode(name)
    except UnicodeEncodeError:
        return os.fsdecode(name.encode("utf-8", "surrogateescape"))
    return name


def claim(target: Path, source: Path, taken: set[Path] | None) -> None:
    """Refuse ``target`` when it is the data file ``source`` itself, or already in ``taken`` (then add it)."""
    resolved = target.resolve()
    if resolved == source.resolve():
        raise RenderError(f"输出文件 {target} 就是数据文件本身：请换一个输出文件夹或文件名")
    if taken is not None:
        if resolved in taken:
            raise RenderError(f"{target} 已由本次运行的另一个数据文件写出：请让 --name 的模式包含 {{stem}} 等各不相同的字段")
        taken.add(resolved)


def output_path(source: Path, outdir: str | Path, fmt: str, registry: Registry) -> Path:
    """Where ``render`` writes ``source`` in format ``fmt``: ``OUTDIR/<stem><extension>``."""
    return Path(outdir) / (data_stem(source) + registry.renderers[fmt].extension)


def data_stem(path: str | Path) -> str:
    """The name of the data file ``path`` without its extension, for the names of the files made from it: without
    the .txt Notepad adds to a data file either (报告.yaml.txt: 报告, not 报告.yaml)."""
    path = Path(path)
    inner = Path(path.stem)
    return inner.stem if path.suffix.lower() == ".txt" and inner.suffix.lower() in (".yaml", ".yml") else path.stem
