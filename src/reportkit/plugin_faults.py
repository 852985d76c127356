"""A plugin's code failing while a file is built or rendered: one line naming the plugin, the place in its own code
that raised, where in the data, and what to do.

The traceback is its author's business: ``REPORTKIT_TRACE_PLUGINS=1`` prints each call and, when one raises, the
traceback, as for the hooks (:mod:`reportkit.plugins`).
"""
from __future__ import annotations

import os
import re
import sys
import traceback
from pathlib import Path

from .blocks import Source
from .errors import ERROR, Diagnostic, InvalidData, PluginError, RenderError, ReportkitError

#: Set to 1, it prints each plugin call made while rendering and the traceback of one that raises (for its author).
TRACE_ENV = "REPORTKIT_TRACE_PLUGINS"
_REPORTKIT = Path(__file__).resolve().parent


class LayoutTemplateError(RenderError):
    """A layout's template failed to render: the pipeline names the layout's plugin."""


def call(plugin: str, what: str, function, *args, fix: str = "", place: Source | None = None):
    """``function(*args)``, a function of ``plugin`` (``what`` names it: “栏目 X 的 build”); anything it raises
    (``sys.exit`` too) is :func:`fault`. Built-in code is called as it is: a bug in reportkit keeps its traceback."""
    if plugin.startswith("reportkit."):
        return function(*args)
    trace = os.environ.get(TRACE_ENV) == "1"
    if trace:
        print(f"reportkit: trace: {what} of plugin {plugin}", file=sys.stderr)
    try:
        return function(*args)
    except ReportkitError:
        raise
    except (Exception, SystemExit) as exc:
        raise fault(plugin, what, exc, fix, place) from exc


def fault(plugin: str, what: str, exc: BaseException, fix: str = "", place: Source | None = None) -> ReportkitError:
    """The error for ``exc`` raised by ``what`` of ``plugin``: at ``place`` in the data when given (the section, the
    ``layout:`` that chose it), with the plugin's own line that raised and ``fix``, what the clerk can do meanwhile
    (it follows “；”)."""
    message = failure(what, exc, fix)
    if place is None:
        return PluginError(plugin, message)
    return InvalidData([Diagnostic.at(ERROR, f"插件 {plugin}：{message}", place)])


def failure(what: str, exc: BaseException, fix: str = "") -> str:
    """``what`` raised ``exc``, where in the plugin, and whom to tell, in words (no plugin named); with tracing on,
    the traceback goes to standard error, for the plugin's author."""
    if os.environ.get(TRACE_ENV) == "1":
        traceback.print_exception(exc, file=sys.stderr)
    raised = raised_at(exc)
    at = f"（出错处 {raised}）" if raised else ""
    return f"{what} 出错：{type(exc).__name__}: {exc}{at}：这是插件的问题，请把这条消息报告给插件作者{fix}"


def rule_failure(rule: str, plugin: str, exc: BaseException, fix: str = "") -> tuple[str, str]:
    """Rule ``rule`` of ``plugin`` raised ``exc``: the message for the data file's author (:func:`failure`, with
    ``fix``), and the one for whom ``check``-s a published report, which has no ``plugins:`` to edit: the check is
    unfinished, and the plugin is to be reported, or uninstalled meanwhile."""
    message = failure(f"规则 {rule}", exc, fix)
    raised = raised_at(exc)
    at = f"，{raised}" if raised else ""
    return message, (f"规则 {rule}（插件 {plugin}{at}）出错，检查未完成：{type(exc).__name__}: {exc}："
                     f"这是插件的问题，请把这条消息报告给插件作者；在它修好之前，可先卸载这个插件（pip uninstall {plugin}）再检查")


def raised_at(exc: BaseException) -> str | None:
    """``FILE:LINE`` of the last line of the plugin's own code in ``exc``'s traceback: the package (or module) of the
    first code outside reportkit that ran, not a library it called; None when no such code ran."""
    frames = [(frame.f_code.co_filename, frame.f_globals.get("__name__", ""), line)
              for frame, line in traceback.walk_tb(exc.__traceback__)]
    outside = [frame for frame in frames if not Path(frame[0]).resolve().is_relative_to(_REPORTKIT)]
    if not outside:
        return None
    root = _home(*outside[0][:2])
    own = [(file, line) for file, _, line in outside if Path(file).resolve().is_relative_to(root)] or [outside[0][::2]]
    file, line = own[-1]
    return f"{file}:{line}"


def _home(file: str, module: str) -> Path:
    """The folder of the top-level package ``module`` (in ``file``) belongs to, or the file of a lone module."""
    top = sys.modules.get(module.split(".")[0])
    top_file = getattr(top, "__file__", None)
    if top_file and Path(top_file).name == "__init__.py":
        return Path(top_file).resolve().parent
    return Path(top_file or file).resolve()


def template_problem(exc: BaseException, names: str, fix: str) -> str:
    """What went wrong in a layout's Jinja template (its HTML or its DOCX), and the fix: a syntax error, a name the
    template lacks (``names`` says which it can use), an attribute missing, else what it raised; ``fix`` ends each."""
    import jinja2  # only when a template failed: validate never loads Jinja

    message = getattr(exc, "message", None) or str(exc)
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"语法错误（Jinja：{message}）：{fix}"
    if undefined := undefined_name(exc):
        return f"“{undefined}”没有定义：{names}"
    if missing := re.search(r"'(?:[\w.]*\.)?(\w+)(?: object)?' has no attribute '([^']+)'$", message):
        return f"{missing.group(1)} 没有属性“{missing.group(2)}”：{fix}"
    return f"{type(exc).__name__}: {message}：{fix}"


def undefined_name(exc: BaseException) -> str | None:
    """The name a template used that it was not given, when that is what ``exc`` says."""
    undefined = re.search(r"'([^']+)' is undefined$", getattr(exc, "message", None) or str(exc))
    return undefined and undefined.group(1)
