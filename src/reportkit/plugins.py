"""The plugin manager: a small facade over pluggy that the rest of reportkit calls.

Built-in kinds, layouts, fonts and renderers are default plugins on the same
hooks as third-party packages (entry-point group ``reportkit``). Entry points
load one by one, by distribution name (:attr:`Plugins.precedence`): a plugin
that fails to import, declares core versions this reportkit is not, implements
a hook that does not exist, raises inside a hook or contributes a bad item is
recorded as a problem naming it, and the others keep working. The CLI shows each problem on one line; ``--strict`` makes any
of them fatal, and a data file whose ``plugins:`` names a broken plugin fails.
"""
from __future__ import annotations

import difflib
import inspect
import os
import sys
import traceback
import warnings
from dataclasses import dataclass, field
from importlib import import_module
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Callable, Iterable

import pluggy
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import Version

from . import __version__, hookspecs
from .errors import PluginError
from .plugin_faults import TRACE_ENV
from .registry import CONTRIBUTIONS, Registry, overlap, package_key

DEFAULT_PLUGINS = (
    "reportkit.default_plugins.annual_report",
    "reportkit.default_plugins.work_plan",
    "reportkit.default_plugins.work_summary",
    "reportkit.default_plugins.gbt9704",
    "reportkit.default_plugins.bundled_fonts",
    "reportkit.default_plugins.formats",
    "reportkit.default_plugins.importers",
)
#: The names of the hooks a plugin may implement.
HOOKS = sorted(name for name, spec in vars(hookspecs).items() if hasattr(spec, "reportkit_spec"))

#: What :mod:`reportkit.testing` adds or hides for one test; empty otherwise.
_overrides: dict[str, list] = {"extra": [], "hidden": []}


@dataclass
class Plugins:
    """Loaded plugins, the registry of what they contributed, and the problems met on the way.

    The core calls these methods, never ``manager.hook.*`` (a typed facade, as tox does).
    """

    manager: pluggy.PluginManager
    registry: Registry
    problems: list[PluginError] = field(default_factory=list)
    #: The plugins' names in the order their items are taken: the built-ins, the plugins given in the process (the
    #: last given first: :mod:`reportkit.testing`), then the installed ones by distribution name. Of two items by
    #: the same name, the first is kept.
    precedence: list[str] = field(default_factory=list)
    _commands: dict[str, Any] | None = field(default=None, repr=False)

    def names(self) -> list[str]:
        """The loaded plugins' names in :attr:`precedence` order (``reportkit plugins`` lists them so)."""
        return [name for name in self.precedence if self.manager.get_plugin(name) is not None]

    def implementations(self, hook_name: str) -> list[pluggy.HookImpl]:
        """The implementations of hook ``hook_name`` in :attr:`precedence` order (a plugin not in it last): the order
        the core calls them in, the built-ins first, so that a third party cannot take over a built-in's name."""
        rank = {name: i for i, name in enumerate(self.precedence)}
        return sorted(getattr(self.manager.hook, hook_name).get_hookimpls(),
                      key=lambda impl: rank.get(impl.plugin_name, len(rank)))

    def problem_of(self, name: str) -> PluginError | None:
        """The first problem recorded for plugin (or package) ``name``."""
        key = package_key(name)
        return next((p for p in self.problems if package_key(p.plugin) == key), None)

    def commands(self, reserved: Iterable[str]) -> dict[str, tuple[str, Any]]:
        """The plugins' click commands by name, with the plugin adding each, collected on the first call; a name in
        ``reserved`` (the command line's own) or another plugin's is refused, a problem naming the plugin."""
        if self._commands is None:
            self._commands = _collect_commands(self, reserved)
        return self._commands

    def register_commands(self, cli: Any) -> None:
        """Add the plugins' commands to ``cli``, none replacing one it has."""
        for name, (_plugin, command) in self.commands(list(cli.commands)).items():
            cli.add_command(command, name)


def load_plugins(*extra: object, entry_point_group: str | None = "reportkit",
                 hide: Iterable[str] = ()) -> Plugins:
    """Load the default plugins, the installed entry points and ``extra`` plugin objects.

    ``hide`` names packages (or entry points) to leave out, as if not installed.
    """
    pm = pluggy.PluginManager("reportkit")
    pm.add_hookspecs(hookspecs)
    problems: list[PluginError] = []
    registry = Registry()
    hidden = {package_key(name) for name in (*hide, *_overrides["hidden"])}
    for module_name in DEFAULT_PLUGINS:
        pm.register(import_module(module_name), name=module_name)
    installed: list[str] = []
    if entry_point_group:
        for package, ep in _installed(entry_point_group):
            if {package_key(package), package_key(ep.name)} & hidden:
                continue
            name = package if pm.get_plugin(package) is None else f"{package}:{ep.name}"
            registry.package_of[name] = package
            problem = _register_entry_point(pm, ep, name, registry)
            if problem:
                problems.append(problem)
            else:
                registry.packages.setdefault(package, name)
                installed.append(name)
    given: list[str] = []
    for plugin in (*extra, *_overrides["extra"]):
        name = getattr(plugin, "__name__", None) or type(plugin).__name__
        if pm.get_plugin(name) is not None or pm.is_registered(plugin):
            continue
        try:
            pm.register(plugin, name=name)
            given.insert(0, name)
        except Exception as exc:  # e.g. a hookimpl pluggy refuses outright
            problems.append(PluginError(name, _refused(plugin, exc)))
    _drop_unknown_hooks(pm, problems, registry)
    problems += _unmarked(pm, [*given, *installed])
    plugins = Plugins(pm, registry, problems, [*DEFAULT_PLUGINS, *given, *installed])
    for what in CONTRIBUTIONS:
        _collect(plugins, what)
    for problem in problems:  # validation names them when the data needs what they failed to give: by package,
        # which the data names, for each of a package's entry points
        registry.broken.setdefault(registry.package_of.get(problem.plugin, problem.plugin), problem.format_message())
    problems += _tied_orders(registry)  # the sections load: not a broken plugin
    return plugins


def _installed(group: str) -> list[tuple[str, EntryPoint]]:
    """``group``'s entry points with their distributions' names, in :func:`_sorted`'s order. Read again only when a
    folder on ``sys.path`` changed (installing or removing a package changes its folder), as importlib keeps its own
    listings: a library user loading the plugins for each document does not read every package's metadata each time."""
    global _found
    key = (group, tuple(sys.path), tuple(_stamp(folder) for folder in sys.path))
    if _found[0] != key:
        _found = (key, [(ep.dist.name if ep.dist is not None else ep.name, ep)
                        for ep in _sorted(entry_points(group=group))])
    return _found[1]


_found: tuple[tuple | None, list[tuple[str, EntryPoint]]] = (None, [])


def _stamp(folder: str) -> tuple[int, int] | None:
    """Which folder ``folder`` (the current one for "") is and when its listing last changed."""
    try:
        status = os.stat(folder or ".")
    except OSError:
        return None
    return status.st_ino, status.st_mtime_ns


def _sorted(eps: Iterable[EntryPoint]) -> list[EntryPoint]:
    """Entry points by distribution name, then entry point name: not the order the file system lists them in."""
    return sorted(eps, key=lambda ep: (package_key(ep.dist.name) if ep.dist is not None else "", ep.name))


def _tied_orders(registry: Registry) -> list[PluginError]:
    """A problem for each section whose ``order`` an earlier section (by name) of its kind has, for an edition in
    common: the two go by name, which their authors may not expect."""
    out = []
    sections = sorted(registry.sections, key=lambda s: (s.kind, s.order, s.name))
    for i, section in enumerate(sections):
        other = next((o for o in sections[:i] if (o.kind, o.order) == (section.kind, section.order)
                      and overlap(o.editions, section.editions)), None)
        if other is not None:
            plugin, holder = registry.plugin_of(section), registry.plugin_of(other)
            whose = "" if holder == plugin else f"插件 {holder} 的"
            out.append(PluginError(plugin, f"栏目 {section.name} 与{whose}栏目 {other.name} 的 order 都是 {section.order}："
                                           f"两者在同一份报告里时按栏目名排列，{other.name} 在前；请换一个别的栏目没有用的 order"))
    return out


def _register_entry_point(pm: pluggy.PluginManager, ep: EntryPoint, name: str, registry: Registry) -> PluginError | None:
    try:
        with warnings.catch_warnings():  # the registry refuses such a field in Chinese, naming the plugin
            warnings.filterwarnings("ignore", r"Field name .* shadows an attribute", UserWarning)
            plugin = ep.load()
    except (Exception, SystemExit) as exc:  # a broken plugin must not take the others down, nor exit for them
        problem = PluginError(name, f"导入 {ep.value} 失败：{type(exc).__name__}: {exc}")
        # For data that needs it, with the fix: a dependency missing, or left from an older version.
        package = registry.package_of[name]
        registry.broken.setdefault(package, f"{problem.format_message()}：请重新安装这个插件：{_reinstall(package)}")
        return problem
    required = getattr(plugin, "REPORTKIT_REQUIRES", None)
    if required is not None:
        try:
            ok = SpecifierSet(str(required)).contains(Version(__version__), prereleases=True)
        except InvalidSpecifier:
            return PluginError(name, f"REPORTKIT_REQUIRES = {required!r} 不是版本范围：应写成 '>=0.1,<0.2' 这样")
        if not ok:
            return PluginError(name, f"只适用于 reportkit {required}，而这里是 reportkit {__version__}："
                                     "请升级插件，或安装与它相符的 reportkit")
    try:
        pm.register(plugin, name=name)
    except Exception as exc:
        return PluginError(name, _refused(plugin, exc))
    return None


def _refused(plugin: object, exc: Exception) -> str:
    """Why pluggy refused ``plugin``: a hook implementation naming an argument its hook does not give (a misspelt
    ``register``), said with the arguments it gives; else pluggy's reason."""
    for hook in HOOKS:
        function = getattr(plugin, hook, None)
        if not hasattr(function, "reportkit_impl"):
            continue
        given = list(inspect.signature(getattr(hookspecs, hook)).parameters)
        wrong = [arg for arg, p in inspect.signature(function).parameters.items()
                 if p.default is p.empty and arg not in given and arg != "self"]
        if wrong:
            fix = f"请改用 {given[0]}" if len(given) == 1 else f"请改用 {'、'.join(given)}（可只取其中几个）"
            return f"{hook} 的参数 {'、'.join(wrong)} 不是这个钩子的参数：{fix}"
    return f"无法注册：{_short(exc)}"


def _reinstall(package: str) -> str:
    """The command that reinstalls ``package``: a bundled plugin from its folder in the source tree."""
    from .validate import BUNDLED_PLUGINS  # only for a broken plugin: validate imports pydantic

    bundled = next((b for b in BUNDLED_PLUGINS if package_key(b) == package_key(package)), None)
    return (f"在源码根目录运行 pip install --force-reinstall ./plugins/{bundled}" if bundled
            else f"pip install --force-reinstall {package}")


def _unmarked(pm: pluggy.PluginManager, names: list[str]) -> list[PluginError]:
    """A problem for each plugin with a function named like a hook but not marked ``@hookimpl``: pluggy passes it
    over without a word, so that the plugin seems installed and gives nothing."""
    out = []
    for name in names:
        plugin = pm.get_plugin(name)
        bare = [hook for hook in HOOKS if callable(getattr(plugin, hook, None))
                and not hasattr(getattr(plugin, hook), "reportkit_impl")]
        if plugin is not None and bare:
            out.append(PluginError(name, f"函数 {'、'.join(bare)} 没有标上 @hookimpl，reportkit 不会调用它："
                                         "请在 def 的上一行写上 @hookimpl（from reportkit import hookimpl）"))
    return out


def _drop_unknown_hooks(pm: pluggy.PluginManager, problems: list[PluginError], registry: Registry) -> None:
    """``check_pending`` stops at the first unknown hook: unregister that plugin and look again."""
    while True:
        try:
            pm.check_pending()
            return
        except pluggy.PluginValidationError as exc:
            name = pm.get_name(exc.plugin) or "?"
            pending = sorted(
                hook for hook in dir(pm.hook)
                if not hook.startswith("_") and not getattr(pm.hook, hook).has_spec()
                and any(impl.plugin is exc.plugin for impl in getattr(pm.hook, hook).get_hookimpls()))
            hooks = "、".join(pending) or "?"
            known = sorted(HOOKS, key=lambda h: (not h.startswith("register_"), h))
            meant = [f"{hook} 应为 {close[0]}" for hook in pending
                     if (close := difflib.get_close_matches(hook, known, n=1, cutoff=0.8))]
            fix = f"：{'，'.join(meant)}，请改正函数名" if meant else ""
            problem = PluginError(name, f"实现了不存在的钩子 {hooks}（已有的钩子：{'、'.join(known)}）{fix}")
            problems.append(problem)
            pm.unregister(exc.plugin)
            _forget(registry, name, problem)


def _forget(registry: Registry, name: str, problem: PluginError) -> None:
    """Move plugin ``name``'s package from the loaded ones to the broken ones, with the reason."""
    for package, plugin in list(registry.packages.items()):
        if plugin == name:
            del registry.packages[package]
            registry.broken[package] = problem.format_message()


def _collect(plugins: Plugins, what: str) -> None:
    """Call ``register_<what>`` on each plugin separately, so a failure names its plugin."""
    def register_for(name: str) -> dict[str, Callable[[object], None]]:
        def register(item) -> None:
            plugins.registry.register(what, name, item)
        return {"register": register}

    _call_each(plugins, f"register_{what}", register_for)


def _collect_commands(plugins: Plugins, reserved: Iterable[str]) -> dict[str, Any]:
    """Let each plugin add its commands to a group of its own; a name in ``reserved`` or that another plugin already
    has is refused, a problem naming the plugin."""
    import click

    groups: dict[str, click.Group] = {}
    _call_each(plugins, "register_commands", lambda name: {"cli": groups.setdefault(name, click.Group())})
    taken = dict.fromkeys(reserved, "reportkit")
    commands = {}
    for plugin, group in groups.items():
        for name, command in group.commands.items():
            if name in taken:  # the command line shows the problems that name this hook
                plugins.problems.append(PluginError(plugin, plugins.registry.clash(f"命令 {name}", plugin, taken[name])))
            else:
                taken[name] = plugin
                commands[name] = (plugin, command)
    return commands


def _call_each(plugins: Plugins, hook_name: str, args: Callable[[str], dict]) -> None:
    """Call each implementation of a hook on its own, in :meth:`Plugins.implementations` order.

    ``args`` gives the hook's keyword arguments for a plugin's name. An exception is that
    plugin's problem, reported in one line (its traceback too, with ``REPORTKIT_TRACE_PLUGINS=1``); so is a
    returned value, which would be lost.
    """
    trace = os.environ.get(TRACE_ENV) == "1"
    problems = plugins.problems
    for impl in plugins.implementations(hook_name):
        name = impl.plugin_name
        kwargs = args(name)
        if trace:
            print(f"reportkit: trace: {hook_name} of plugin {name}", file=sys.stderr)
        try:
            result = impl.function(**{arg: kwargs[arg] for arg in impl.argnames})
        except PluginError as exc:
            problems.append(exc)
        except (Exception, SystemExit) as exc:
            if trace:  # for the plugin's author: where it raised
                traceback.print_exc(file=sys.stderr)
            problems.append(PluginError(name, f"{hook_name} 出错：{type(exc).__name__}: {exc}"))
        else:
            if result is not None:
                hint = "：请把每一项传给 register()" if "register" in kwargs else ""
                problems.append(PluginError(name, f"{hook_name} 返回了 {type(result).__name__}，它被忽略了{hint}"))


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__

