"""What plugins contribute, and the registry that checks and records each item."""
from __future__ import annotations

import difflib
import re
import typing
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from .errors import Diagnostic, PluginError
from .layout import Layout

if TYPE_CHECKING:  # pydantic is imported when a model is checked or used, not to register a plugin
    from pydantic import BaseModel

    from .blocks import Document



def lazy(module: str, name: str) -> Callable:
    """``module.name`` as a function that imports ``module`` when first called.

    A plugin registers what it contributes (a kind's model and build, a rule's check) with these,
    so that loading the plugins imports none of the code a command does not run.
    """
    def call(*args, **kwargs):
        return getattr(import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


@dataclass(frozen=True)
class Finding:
    """A rule's verdict on one place of the data; ``severity`` is ``"error"``, ``"warning"`` or ``"note"``
    (anything else is an error naming the rule).

    ``path`` is a location inside the data, e.g. ``("tables", "applications", "new_received", "total")``;
    the core resolves it to file:line:col.
    """

    severity: str
    message: str
    path: tuple = ()
    #: A piece of the text at ``path`` (e.g. a figure inside a paragraph) that the diagnostic points at.
    at: str = ""
    #: The message as said of a published report (``reportkit check``), where ``message`` names a key of the data
    #: file or advises editing it; ``None``: ``message`` says it as well.
    published: str | None = None
    #: How many times ``at`` stands in that text before the piece meant (the same words twice in a paragraph).
    skip: int = 0


@dataclass(frozen=True)
class StarterOptions:
    """What ``reportkit init`` was asked for."""

    edition: str | None
    year: int
    agency: str
    schema_url: str
    #: ``reportkit init --from LAST.yaml``: last year's validated report (a :class:`reportkit.validate.Validated`).
    previous: Any = None


@dataclass(frozen=True)
class Kind:
    """A document kind (``annual-report`` …).

    - ``editions``: accepted edition names, newest last; empty when the kind has none.
    - ``resolve_edition(data)``: the edition to validate ``data`` with, plus findings
      (e.g. an edition that does not match the year); ``None`` refuses the data.
    - ``model(edition)``: the pydantic model of the data (unknown keys forbidden).
    - ``build(report, locate)``: the typed report as a :class:`~reportkit.blocks.Document`;
      ``locate(path)`` gives the :class:`~reportkit.blocks.Source` of a data path.
    - ``starter(options)``: the commented YAML text that ``reportkit init`` writes.
    - ``parts``: the keys of its own parts under ``sections:`` (in any edition), which no plugin
      section may take; declared here so that checking a section needs no model.
    """

    name: str
    title: str
    editions: tuple[str, ...]
    resolve_edition: Callable[[dict], tuple[str | None, list[Finding]]]
    model: Callable[[str | None], type[BaseModel]]
    build: Callable[[BaseModel, Callable], Document]
    starter: Callable[[StarterOptions], str]
    parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """A check on a validated report of ``kind`` (a registered kind); ``editions`` empty means every edition.

    A cross-year rule (``previous=True``) runs only when the command line names last year's report
    (``--previous``/``--previous-dir``): its ``check(report, previous)`` also gets a
    :class:`reportkit.previous.Previous` (last year's report, its edition and ``where(path)``,
    its ``FILE:LINE:COL``); ``editions`` are this year's.
    """

    id: str
    kind: str
    description: str
    check: Callable[..., Iterable[Finding]]
    editions: tuple[str, ...] = ()
    previous: bool = False


@dataclass(frozen=True)
class Section:
    """A section a plugin adds to documents of ``kind`` (e.g. a province's extra part of the annual report).

    - ``name``: its key under ``sections:`` in the data; ``title``: its heading, without number.
    - ``order``: where it goes among the kind's own parts (each kind documents their orders,
      e.g. the annual report's 一 … 六 are 100 … 600); the core numbers the headings.
    - ``model``: the pydantic model of its data (unknown keys forbidden); it appears in the schema.
    - ``build(data, context)``: the blocks below its heading (:class:`reportkit.outline.SectionContext`).
    - ``rules``: checks of its data, each yielding :class:`Finding` with paths relative to the section.
    - ``editions``: the kind's editions it applies to; empty means all. A ``kind`` or edition no plugin
      registered is refused when the plugin loads.
    """

    name: str
    kind: str
    title: str
    order: int
    model: type[BaseModel]
    build: Callable[[BaseModel, Any], list]
    rules: tuple[Callable[[BaseModel], Iterable[Finding]], ...] = ()
    editions: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Settings:
    """The settings a plugin takes from the data, under ``plugins:`` (a mapping) and its ``package`` key.

    ``model`` is a pydantic model (unknown keys forbidden); the validated settings reach the
    plugin's sections (``SectionContext.settings``) and layouts (``Layout.prepare``). When the
    data gives none, the plugin gets ``model()`` if every field has a default, else ``None``.
    """

    package: str
    model: type[BaseModel]
    description: str = ""


@dataclass(frozen=True)
class FontFace:
    """A font file the PDF renderer may use for a role (see :data:`reportkit.layout.OFFICIAL_FACES`).

    Higher ``priority`` wins; ``fallback`` faces catch characters the role's faces lack.
    """

    name: str
    role: str
    path: Path
    licence: str
    priority: int = 0
    fallback: bool = False
    index: int = 0


@dataclass(frozen=True)
class RenderOutput:
    """What a renderer returns: the file's bytes and its :class:`~reportkit.errors.Diagnostic` objects."""

    data: bytes
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(frozen=True)
class Renderer:
    """An output format: ``render(document, layout, fonts)`` returns a :class:`RenderOutput`."""

    format: str
    extension: str
    render: Callable[[Document, Layout, list[FontFace]], RenderOutput]


@dataclass(frozen=True)
class Importer:
    """A source format ``import`` and ``check`` read: ``read(path)`` returns a
    :class:`reportkit.importers.source.Published`. For a suffix, the highest ``priority`` wins."""

    format: str
    suffixes: tuple[str, ...]
    read: Callable[[Path], Any]
    priority: int = 0


#: The name each kind of item is known by; a second item by the same name is refused (rules and sections:
#: for the same kind and an edition in common).
_KEYS = {"kinds": "name", "layouts": "name", "renderers": "format", "settings": "package", "rules": "id",
         "sections": "name"}
#: What each kind of item is called in messages.
_WORDS = {"kinds": "文档类型", "layouts": "版式", "renderers": "输出格式", "settings": "设置", "rules": "规则",
          "sections": "栏目"}
_ITEM_TYPES = {"kinds": Kind, "rules": Rule, "sections": Section, "layouts": Layout, "fonts": FontFace,
               "renderers": Renderer, "settings": Settings, "importers": Importer}
#: Every kind of item a plugin can contribute, in the order the core collects them.
CONTRIBUTIONS = ("kinds", "rules", "sections", "layouts", "fonts", "renderers", "settings", "importers")


@dataclass
class Registry:
    """Everything the loaded plugins contributed, each item tagged with its plugin's name."""

    kinds: dict[str, Kind] = field(default_factory=dict)
    rules: list[Rule] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    layouts: dict[str, Layout] = field(default_factory=dict)
    fonts: list[FontFace] = field(default_factory=list)
    renderers: dict[str, Renderer] = field(default_factory=dict)
    settings: dict[str, Settings] = field(default_factory=dict)  # package -> its settings model
    importers: list[Importer] = field(default_factory=list)
    origin: dict[int, str] = field(default_factory=dict)
    packages: dict[str, str] = field(default_factory=dict)  # installed distribution -> plugin name (its first entry point's)
    package_of: dict[str, str] = field(default_factory=dict)  # plugin name of each entry point -> its distribution
    broken: dict[str, str] = field(default_factory=dict)  # distribution or plugin -> why it is not loaded

    def register(self, what: str, plugin: str, item: Any) -> None:
        """Check one contributed item and file it; a bad item raises :class:`PluginError` and is not filed."""
        expected = _ITEM_TYPES[what]
        if not isinstance(item, expected):
            raise PluginError(plugin, f"register_{what} 收到的是 {type(item).__name__}，应为 {expected.__name__}")
        _check(what, plugin, item)
        if what in ("rules", "sections"):
            self._check_kind(what, plugin, item)
        if what == "settings":
            self._check_package(plugin, item)
        holder = self._holder(what, item)
        if holder is not None:
            raise PluginError(plugin, self.clash(f"{_WORDS[what]} {getattr(item, _KEYS[what])}", plugin, holder))
        store = getattr(self, what)
        if isinstance(store, dict):
            store[getattr(item, _KEYS[what])] = item
        else:
            store.append(item)
        self.origin[id(item)] = plugin

    def clash(self, label: str, plugin: str, holder: str) -> str:
        """Why ``label`` (“版式 redhead”), which ``plugin`` registers, is refused: ``holder`` (reportkit, the same
        distribution or another) has it already; the distributions named, with the way out."""
        mine, theirs = self.package_of.get(plugin, plugin), self.package_of.get(holder, holder)
        if theirs == "reportkit" or theirs.startswith("reportkit."):
            return f"{label} 已由 {holder} 提供（reportkit 自带的不能替换），这个插件的未注册：请插件作者给它换个名字"
        if theirs == mine:
            return f"{label} 已由 {holder} 提供：同一个插件用了两次这个名字，后一个未注册：请插件作者给其中一个换个名字"
        return (f"{label} 已由 {theirs} 提供，{mine} 的未注册（两个插件用了同一个名字，先载入的留用）：只用其中一个时，"
                f"卸载另一个（pip uninstall {mine} 或 pip uninstall {theirs}）；两个都要用，请其中一个的作者换个名字")

    def _check_package(self, plugin: str, item: Settings) -> None:
        """Refuse settings filed under a key other than the installed plugin's distribution name: the data gives
        settings under that name (``plugins:``), and they would be refused as those of a plugin that takes none."""
        package = self.package_of.get(plugin)
        if package is not None and package_key(item.package) != package_key(package):
            raise PluginError(plugin, f"设置的 package“{item.package}”不是这个插件的发行包名 {package}：数据在 plugins: 下按"
                                      f"发行包名给出设置，写在 {package} 下的设置会被当作这个插件没有可设置的项："
                                      f"请改成 Settings(\"{package}\", …)")

    def _check_kind(self, what: str, plugin: str, item: Rule | Section) -> None:
        """Refuse a rule or section for a kind, or editions, that no plugin registered (kinds are collected first):
        else it never applies, without a word."""
        label = f"{_WORDS[what]} {getattr(item, _KEYS[what])}"
        kind = self.kinds.get(item.kind)
        if kind is None:
            hint = difflib.get_close_matches(str(item.kind), list(self.kinds), n=1)
            fix = f"是不是“{hint[0]}”？" if hint else ""
            raise PluginError(plugin, f"{label} 的 kind“{item.kind}”不是已有的文档类型。{fix}可选：{'、'.join(sorted(self.kinds))}")
        unknown = [edition for edition in item.editions if edition not in kind.editions]
        if unknown:
            known = f" 的版本只有 {'、'.join(kind.editions)}" if kind.editions else " 不分版本：editions 应留空"
            raise PluginError(plugin, f"{label} 的 editions 里有“{'、'.join(map(str, unknown))}”，而文档类型 {kind.name}{known}")

    def _holder(self, what: str, item: Any) -> str | None:
        """The plugin that already provides an item by ``item``'s name (for a section: or the part of its kind)."""
        if what not in _KEYS:
            return None
        key = getattr(item, _KEYS[what])
        store = getattr(self, what)
        if isinstance(store, dict):
            return self.origin[id(store[key])] if key in store else None
        kind = self.kinds.get(item.kind)
        if what == "sections" and kind is not None and key in kind.parts:  # issue 13: else valid data is refused
            return self.origin[id(kind)]
        return next((self.origin[id(other)] for other in store if other.kind == item.kind
                     and getattr(other, _KEYS[what]) == key and overlap(other.editions, item.editions)), None)

    def contributed_by(self, plugin: str) -> dict[str, list[str]]:
        """The names of what ``plugin`` contributed, by kind of item (for ``reportkit plugins``)."""
        names = {"kinds": "name", "rules": "id", "sections": "name", "layouts": "name", "fonts": "name",
                 "renderers": "format", "settings": "package", "importers": "format"}
        out = {}
        for what, attr in names.items():
            store = getattr(self, what)
            items = store.values() if isinstance(store, dict) else store
            out[what] = [getattr(item, attr) for item in items if self._entry_point_of(item) == plugin]
        rules = [rule for rule in self.rules if self._entry_point_of(rule) == plugin]
        twice = {rule.id for rule in rules if out["rules"].count(rule.id) > 1}  # each for other editions or kinds
        out["rules"] = [f"{r.id} ({'/'.join(r.editions) or r.kind})" if r.id in twice else r.id for r in rules]
        return out

    def settings_of(self, plugin: str) -> Settings | None:
        """The settings model ``plugin`` registered, if any."""
        return next((s for s in self.settings.values() if self.plugin_of(s) == plugin), None)

    def plugin_of(self, item: Any) -> str:
        """The plugin that contributed ``item``, or an equal item (models cache sections across loads): of a package
        with several entry points, the package's first, so that its settings reach its sections and layouts whichever
        entry point registered them."""
        found = self._entry_point_of(item)
        return self.packages.get(self.package_of.get(found, ""), found)

    def _entry_point_of(self, item: Any) -> str:
        """The plugin (entry point) that registered ``item``, or an equal item."""
        found = self.origin.get(id(item))
        if found is None:
            for what in CONTRIBUTIONS:
                store = getattr(self, what)
                for candidate in (store.values() if isinstance(store, dict) else store):
                    if candidate == item and id(candidate) in self.origin:
                        return self.origin[id(candidate)]
        return found or "?"

    def rules_for(self, kind: str, edition: str | None, *, previous: bool = False) -> list[Rule]:
        """The rules of ``kind`` for ``edition``: single-year rules, or the cross-year ones with ``previous``."""
        return [r for r in self.rules if r.kind == kind and (not r.editions or edition in r.editions)
                and r.previous == previous]

    def sections_for(self, kind: str, edition: str | None) -> list[Section]:
        """The plugin sections of ``kind`` that ``edition`` takes (a section without editions: every edition)."""
        return [s for s in self.sections if s.kind == kind and (not s.editions or edition in s.editions)]


_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def overlap(editions: tuple[str, ...], others: tuple[str, ...]) -> bool:
    """Whether two items' editions share one (no editions: every edition)."""
    return not editions or not others or bool(set(editions) & set(others))


def _check(what: str, plugin: str, item: Any) -> None:
    """Reject an item the core could not use later, naming the plugin now rather than failing mid-render."""
    def is_model(value) -> bool:
        from pydantic import BaseModel

        return isinstance(value, type) and issubclass(value, BaseModel)

    for name in {"sections": ("rules", "editions"), "rules": ("editions",), "kinds": ("editions",)}.get(what, ()):
        value = getattr(item, name)
        if not isinstance(value, (tuple, list)):  # a bare function or "2021": iterated, it failed or misled
            example = "rules=(check,)" if name == "rules" else 'editions=("2021",)'
            raise PluginError(plugin, f"{_WORDS[what]} {getattr(item, _KEYS[what])} 的 {name} 应为元组，实际为 "
                                      f"{type(value).__name__}：请写成 {example} 这样（只有一项时也要逗号）")
    if what == "sections":
        if not _NAME.match(item.name):
            raise PluginError(plugin, f"栏目名“{item.name}”应为 snake_case（小写字母开头，只有小写字母、数字和下划线）："
                                      "它是数据里 sections: 下的键")
        if not is_model(item.model):
            raise PluginError(plugin, f"栏目 {item.name} 的 model 应为 pydantic 模型类")
        _check_fields(plugin, f"栏目 {item.name}", item.model)
        if not callable(item.build) or not all(callable(rule) for rule in item.rules):
            raise PluginError(plugin, f"栏目 {item.name} 的 build 和 rules 应为可调用对象")
        if isinstance(item.order, bool) or not isinstance(item.order, int):
            raise PluginError(plugin, f"栏目 {item.name} 的 order 应为整数，实际为 {item.order!r}")
    elif what == "settings" and not is_model(item.model):
        raise PluginError(plugin, f"{item.package} 的设置的 model 应为 pydantic 模型类")
    elif what == "settings":
        _check_fields(plugin, f"{item.package} 的设置", item.model)
    elif what == "kinds" and not all(callable(getattr(item, f)) for f in ("resolve_edition", "model", "build", "starter")):
        raise PluginError(plugin, f"文档类型 {item.name} 的 resolve_edition、model、build 和 starter 应为可调用对象")
    elif what == "rules" and not callable(item.check):
        raise PluginError(plugin, f"规则 {item.id} 的 check 应为可调用对象")
    elif what == "importers" and (not callable(item.read) or not item.suffixes
                                  or not all(s.startswith(".") and s == s.lower() for s in item.suffixes)):
        raise PluginError(plugin, f"导入格式 {item.format} 的 read 应为可调用对象，suffixes 应为 ('.ofd',) 这样的小写后缀")
    elif what == "renderers" and not callable(item.render):
        raise PluginError(plugin, f"输出格式 {item.format} 的 render 应为可调用对象")
    elif what == "renderers" and not re.fullmatch(r"\.[A-Za-z0-9]+", str(item.extension)):
        raise PluginError(plugin, f"输出格式 {item.format} 的 extension 应为“.md”这样以点开头的扩展名，实际为“{item.extension}”"
                                  f"（没有点时输出文件名写成了“名称{item.extension}”）")
    elif what == "fonts" and not Path(item.path).is_file():
        raise PluginError(plugin, f"字体文件不存在：{item.path}")
    elif what == "layouts":
        for path in (item.docx_template, item.html_template, item.stylesheet, *item.stylesheets):
            if not Path(path).is_file():
                raise PluginError(plugin, f"版式 {item.name} 的文件不存在：{path}：请改正路径，并让这个文件随插件安装"
                                          "（setuptools 要把它写进 package-data）")
        folders = [Path(folder).resolve() for folder in item.folders]
        for path in (item.html_template, item.stylesheet, *item.stylesheets):  # the PDF engine reads no other file
            if not any(Path(path).resolve().is_relative_to(folder) for folder in folders):
                raise PluginError(plugin, f"版式 {item.name} 的文件 {path} 不在它的 directory 或 shared 的目录里，PDF 引擎读不到："
                                          f"请把 {Path(path).parent} 加进 shared")
        if item.prepare is not None and not callable(item.prepare):
            raise PluginError(plugin, f"版式 {item.name} 的 prepare 应为可调用对象")


def _check_fields(plugin: str, label: str, model: type[BaseModel]) -> None:
    """Refuse a field of ``model`` or of a model inside it named like an attribute of pydantic's ``BaseModel``
    (``json``, ``copy``, ``model_dump`` …): pydantic only warns, in English, and the field hides what reportkit calls."""
    from pydantic import BaseModel

    seen: set[type] = set()
    models = [model]
    while models:
        current = models.pop()
        seen.add(current)
        for name, info in current.model_fields.items():
            if name in dir(BaseModel):
                raise PluginError(plugin, f"{label} 的模型 {current.__name__} 的字段 {name} 与 pydantic 模型自身的属性同名："
                                          f"请给字段换个名字，数据里仍写 {name} 时加上 Field(alias=\"{name}\")")
            for inner in _models_in(info.annotation):
                if inner not in seen:
                    models.append(inner)


def _models_in(annotation: Any) -> list[type]:
    """The pydantic models an annotation holds (``list[Channel]``, ``Optional[Channel]``, ``dict[str, Channel]`` …)."""
    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in _models_in(arg)]


def package_key(name: str) -> str:
    """A plugin or package name compared the way pip does (PEP 503): ``Reportkit_Foo`` is ``reportkit-foo``.

    ``reportkit-gbt9704-foo`` is also ``reportkit-foo``: the plugins' names before the distributions
    were renamed (``reportkit`` on PyPI is another project, issue 8), still written in older data files.
    """
    return re.sub(r"^reportkit-gbt9704-(?=.)", "reportkit-", re.sub(r"[-_.]+", "-", name).lower())
