"""The ``reportkit`` command line.

Exit codes: 0 success, 1 invalid data or a failed render, 2 wrong usage.
"""
from __future__ import annotations

import ast
import codecs
import difflib
import errno
import json
import math
import os
import re
import stat
import string
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click

from . import __version__
from .cli_help import VERSION_OPTION, HelpContext, _range, usage_pieces, use_chinese_help
from .errors import ERROR, Diagnostic, InvalidData, RenderError, ReportkitError, in_reading_order, shown
from .plugins import Plugins, load_plugins

# Each command imports the pipeline steps it runs (pipeline, previous, validate, write …) when it runs,
# so that ``reportkit -h`` and ``reportkit validate`` load no more than they use (benchmarks/README.md).

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
STRICT = click.option(
    "--strict", is_flag=True, envvar="REPORTKIT_STRICT",
    help="把所有警告当作错误（也可设环境变量 REPORTKIT_STRICT=1）。Treat warnings as errors.",
)
LAYOUT = click.option("--layout", help="版式名称，优先于数据中的 layout:。Layout name; wins over layout: in the data.")
DIAGNOSTICS = click.option(
    "--diagnostics", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="问题的输出形式：text 每行一条（标准错误）；json 为一个 JSON 对象（标准输出，供编辑器和 CI）。Diagnostics format.")
PREVIOUS = click.option("--previous", type=click.Path(dir_okay=False, path_type=Path), metavar="上年文件",
                        help="上年报告的数据文件：做跨年度检查（上年结转、现行有效件数、内容雷同等）。Last year's report.")
PREVIOUS_DIR = click.option("--previous-dir", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
                            help="存放各年报告的文件夹：按发布机关和年度为每个文件找上年报告。Folder of last years' reports.")



def checking(draft_help: str):
    """The options ``validate`` and ``render`` share, so that both check a file the same way; ``draft_help`` says
    what ``--draft`` does in the command."""
    draft = click.option("--draft", is_flag=True, help=draft_help)

    def add(command):
        for option in reversed((LAYOUT, PREVIOUS, PREVIOUS_DIR, draft, STRICT, DIAGNOSTICS)):
            command = option(command)
        return command
    return add


#: A subgroup's unknown command (``reportkit tables exprt``): click 8.2 and 8.3 raised a plain UsageError in English,
#: hence click>=8.4 in pyproject.toml.
_NO_SUCH_COMMAND = click.exceptions.NoSuchCommand
#: A group run without its command (``reportkit``, ``reportkit tables``): click raises it to show the help.
_NO_COMMAND = click.exceptions.NoArgsIsHelpError


class PluginGroup(click.Group):
    """The command group; plugins add their commands (``register_commands``) the first time it is listed
    or a command is looked up, so that importing reportkit.cli stays cheap."""

    context_class = HelpContext
    _plugin_commands_added = False
    _core_commands: dict | None = None

    def main(self, *args, **kwargs):
        _chinese_streams()
        if self._core_commands is not None:  # each run sees the plugins installed (or registered) now
            self.commands = dict(self._core_commands)
            self._plugin_commands_added = False
        standalone = kwargs.pop("standalone_mode", True)
        given = args[0] if args else kwargs.get("args")
        given = sys.argv[1:] if given is None else list(given)
        prog_name = kwargs.get("prog_name") or "reportkit"
        try:
            _refuse_repeated(self, prog_name, given)
            _refuse_empty(self, prog_name, given)
            result = super().main(*args, standalone_mode=False, **kwargs)
        except click.exceptions.UsageError as exc:
            if not standalone:
                raise
            if isinstance(exc, _NO_COMMAND):
                exc.show()  # the help alone, as click shows it; it was “error: Usage: …”, the help, then the usage again
            else:  # an option without its value has no context
                _usage_error(exc, exc.ctx or _command_context(self, prog_name, given), given)
            sys.exit(2)
        except click.exceptions.Abort:  # click's form of KeyboardInterrupt (Ctrl-C, or SIGTERM: see __main__)
            if not standalone:
                raise
            raise KeyboardInterrupt from None
        except click.ClickException as exc:
            if not standalone:
                raise
            if isinstance(exc, InvalidData):  # its lines are diagnostics, each with its severity
                exc.show()
            else:  # a plugin's command may raise click's own error: click printed “Error: …”
                click.echo(error_line(exc.format_message()), err=True)
            sys.exit(exc.exit_code)
        if standalone:  # click returns an Exit's code instead of exiting when not standalone
            sys.exit(result if isinstance(result, int) and result else 1 if _Stdout.broken else 0)
        return result

    def resolve_command(self, ctx, args):
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            raise click.UsageError(_no_such_command(name, ctx), ctx)
        return super().resolve_command(ctx, args)

    def add_command(self, cmd, name=None):
        use_chinese_help(cmd)  # a plugin's command too: it is a plain click command
        super().add_command(cmd, name)

    def _add_plugin_commands(self) -> None:
        if self._plugin_commands_added:
            return
        self._plugin_commands_added = True
        plugins = load_plugins()
        if self._core_commands is None:
            self._core_commands = dict(self.commands)
        known = len(plugins.problems)
        plugins.register_commands(self)  # a plugin may add commands, not replace ours: a clash is a problem
        for problem in plugins.problems[known:]:
            click.echo(f"warning: {problem.format_message()}", err=True)

    def list_commands(self, ctx):
        self._add_plugin_commands()
        return super().list_commands(ctx)

    def get_command(self, ctx, name):
        if name not in self.commands:
            self._add_plugin_commands()
        return super().get_command(ctx, name)


def error_line(message: str) -> str:
    """``message`` of an error as every error line reads: ``file: error: …`` where it starts with the file it is about
    (``afile/x.yaml: 无法写入…``), else ``error: …``; one that says its severity already, as it is."""
    if _TAGGED.search(message.partition("\n")[0]):
        return message
    found = _ABOUT_FILE.match(message)
    return f"{found['file']}: error: {found['rest']}" if found else f"error: {message}"


#: A line that says its severity: a diagnostic's ``file:line:col: error: …``, or ``error: …``.
_TAGGED = re.compile(r"(?:^|: )(?:error|warning|note): ")
#: A message that starts with the file it is about, up to the first ASCII colon and blank: not Chinese prose, which
#: puts its own punctuation before any such colon (“无法连接 Dask 调度器 tcp://…（refused: …）”); a name's brackets are
#: closed before it (年报（2023）.yaml: …).
_ABOUT_FILE = re.compile(r"(?P<file>(?:[^\s：，。（）\n]|（[^：，。（）\n]*）)(?:[^：，。（）\n]|（[^：，。（）\n]*）)*?): (?P<rest>.*)",
                         re.S)


def _no_such_command(name: str, ctx: click.Context) -> str:
    """That the group of ``ctx`` has no command ``name``: the closest it has, and all it has."""
    known = ctx.command.list_commands(ctx)
    hint = difflib.get_close_matches(name, known, n=1)
    return f"没有命令“{name}”。{f'是不是“{hint[0]}”？' if hint else ''}可用的命令：{'、'.join(known)}"


def _command_context(group: click.Group, prog_name: str, args: list[str]) -> click.Context:
    """A context of the command ``args`` name (``reportkit tables export``), for a usage error click raised without
    one: its usage line and help are then those of the command, not of ``reportkit``."""
    return _command_args(group, prog_name, args)[0]


def _command_args(group: click.Group, prog_name: str, args: list[str]) -> tuple[click.Context, list[str]]:
    """The context of the command ``args`` name (:func:`_command_context`), and the arguments after its name."""
    ctx = click.Context(group, info_name=prog_name)
    for n, arg in enumerate(args):
        if not isinstance(ctx.command, click.Group):
            return ctx, args[n:]
        if arg.startswith("-"):
            continue
        command = ctx.command.get_command(ctx, arg)
        if command is None:
            break
        ctx = click.Context(command, info_name=arg, parent=ctx)
    return ctx, []


def _given(group: click.Group, prog_name: str, args: list[str]) -> tuple[click.Context, list[tuple], list[str]]:
    """The context of the command ``args`` name, each (option, value) given to it in order (``None`` for a value
    missing at the end), and its other arguments (the positional ones, and those after ``--``)."""
    ctx, rest = _command_args(group, prog_name, args)
    options = {opt: param for param in ctx.command.params if isinstance(param, click.Option)
               and not param.is_flag and not param.count for opt in param.opts}
    values, positional = [], []
    tokens = iter(rest)
    for arg in tokens:
        if arg == "--":
            positional += tokens
            break
        name, equals, value = arg.partition("=") if arg.startswith("--") else (arg[:2], "", arg[2:])  # -oout/ too
        param = options.get(name)
        if param is None:
            if not arg.startswith("-") or arg == "-":
                positional.append(arg)
            continue
        values.append((param, value if equals or value else next(tokens, None)))
    return ctx, values, positional


def _refuse_repeated(group: click.Group, prog_name: str, args: list[str]) -> None:
    """Refuse an option of one value given twice (``tables import t.xlsx --into a.yaml --into b.yaml``): click kept
    the last one and said nothing, and the clerk meant one of them, or all, which the command does not do."""
    ctx, given, _ = _given(group, prog_name, args)
    values: dict[click.Option, list[str]] = {}
    for param, value in given:
        values.setdefault(param, []).append(value or "")
        if not param.multiple and len(values[param]) > 1:
            raise click.UsageError(f"选项“{_param_name(param)}”给了两次（{'、'.join(values[param])}），而它只取一个值，"
                                   "不会都用上：请只留下要用的那一个（要用几个，请分别运行几次）", ctx)


def _refuse_empty(group: click.Group, prog_name: str, args: list[str]) -> None:
    """Refuse an option or argument given as an empty text or blanks (``--agency ''``, ``-o ""``, ``--layout ' '``):
    no command takes one, and most went on silently with a default (``-o ''`` is the current folder, ``--scheduler ''``
    no cluster) or wrote the empty text into the data file."""
    ctx, given, positional = _given(group, prog_name, args)
    for param, value in given:
        if value is not None and not value.strip():
            raise click.UsageError(f"选项“{_param_name(param)}”的值是空的（只有引号{'和空格' if value else ''}）："
                                   "请在引号里写上要用的值，或去掉这个选项", ctx)
    if any(not arg.strip() for arg in positional):
        raise click.UsageError("命令行中有一个空的参数（只有引号或空格）：请在引号里写上文件名或名字，或去掉它", ctx)


def _chinese_streams() -> None:
    """Standard output and error whose encoding cannot hold Chinese (ASCII under ``LC_ALL=C``, a minimal server's or
    container's locale) write UTF-8 instead, and the bytes of a name the locale could not decode as they were given
    (:func:`_as_given`): a terminal showing UTF-8 shows the messages and the names (click wrote each byte as “?”)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            "中文".encode(getattr(stream, "encoding", None) or "ascii")
        except UnicodeEncodeError:
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(encoding="utf-8", errors=_AS_GIVEN)
        except LookupError:
            continue


def _as_given(exc: UnicodeEncodeError) -> tuple[bytes | str, int]:
    """Error handler of :func:`_chinese_streams` (UTF-8 can encode all but surrogates): a byte the locale could not
    decode (a surrogate escape) as it was given; any other surrogate as ``\\udxxx``, not a traceback."""
    code = ord(exc.object[exc.start])
    return (bytes([code - 0xDC00]) if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"), exc.start + 1


_AS_GIVEN = "reportkit.as-given"
codecs.register_error(_AS_GIVEN, _as_given)


@click.group(cls=PluginGroup, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", message="%(prog)s %(version)s", help=VERSION_OPTION)
def cli():
    """reportkit：把 YAML 数据排成符合 GB/T 9704-2012 的 DOCX 和 PDF 公文。

    \b
    快速开始 / Quick start:
      reportkit init annual-report --year 2023 --agency 某县教育局 -o report.yaml
      reportkit validate report.yaml
      reportkit render report.yaml -o out/
    """


def _plugins(strict: bool) -> Plugins:
    """Load the plugins; each problem is one line naming its plugin, and fatal with ``--strict``.

    Without ``--strict`` a data file that needs a broken plugin still fails, when it is validated.
    """
    plugins = load_plugins()
    for problem in plugins.problems:
        click.echo(f"{'error' if strict else 'warning'}: {problem.format_message()}", err=True)
    if strict and plugins.problems:
        raise click.exceptions.Exit(1)
    return plugins


def _usage_error(exc: click.exceptions.UsageError, ctx: click.Context, args=()) -> None:
    """A usage error in Chinese: what is wrong, the usage of the command of ``ctx``, where its help is (exit 2); a path
    that does not exist or an argument too many, where ``args`` hold a name with blanks typed without quotes, is that."""
    about_paths = isinstance(getattr(getattr(exc, "param", None), "type", None), click.Path) \
        or _EXTRA_ARGUMENTS.fullmatch(exc.message)
    click.echo(f"error: {about_paths and _unquoted_blank(args) or _usage_message(exc)}", err=True)
    click.echo(f"用法：{ctx.command_path} {' '.join(usage_pieces(ctx))}", err=True)
    click.echo(f"查看帮助：{ctx.command_path} -h", err=True)


def _usage_message(exc: click.exceptions.UsageError) -> str:
    """Our words for click's usage errors (click's own are English); ours pass through as they are."""
    message = exc.message
    extra = _EXTRA_ARGUMENTS.fullmatch(message)  # before the test for ours: the arguments may be Chinese
    if extra:  # most often a name with a blank, not quoted: 年报 2023.yaml is two arguments
        return (f"多出了参数“{extra['args']}”：文件名或文件夹名中有空格时，请给整个名字加英文引号，"
                '如 "年报 2023.yaml"')
    if any("\u4e00" <= ch <= "\u9fff" for ch in _QUOTED.sub("", message)):  # not click's, of a path named in Chinese
        hint = getattr(exc, "param_hint", None) or (getattr(exc, "param", None) and _param_name(exc.param))
        return f"{hint}：{message}" if isinstance(exc, click.BadParameter) and hint else message
    if isinstance(exc, _NO_SUCH_COMMAND) and exc.ctx is not None:
        return _no_such_command(exc.command_name, exc.ctx)
    if isinstance(exc, click.exceptions.NoSuchOption):
        hint = f"是不是 {'、'.join(exc.possibilities)}？" if exc.possibilities else ""
        return f"没有选项“{exc.option_name}”。{hint}"
    if isinstance(exc, click.exceptions.BadOptionUsage):
        return f"选项“{exc.option_name}”后面要跟一个值"
    param = getattr(exc, "param", None)
    what = f"“{_param_name(param)}”" if param is not None else ""
    if isinstance(exc, click.exceptions.MissingParameter):
        return f"缺少{'参数' if isinstance(param, click.Argument) else '选项'}{what}"
    if isinstance(exc, click.exceptions.BadParameter) and isinstance(getattr(param, "type", None), click.Path):
        return f"{what}{_path_problem(param.type, message)}"
    if isinstance(exc, click.exceptions.BadParameter):
        expected = {"integer": "应为整数", "float": "应为数字", "boolean": "应为 true 或 false"}.get(
            getattr(param, "type", None) and param.type.name, "取值无效")
        if isinstance(getattr(param, "type", None), click.Choice):
            expected = f"可选：{'、'.join(map(str, param.type.choices))}"
        if isinstance(getattr(param, "type", None), (click.IntRange, click.FloatRange)):  # --dask-local 0 was 取值无效
            expected = f"应为{_range(param.type)} 的{'整数' if isinstance(param.type, click.IntRange) else '数'}"
        return f"{what}{expected}"
    return f"命令写法不对（{message}）"


_EXTRA_ARGUMENTS = re.compile(r"Got unexpected extra arguments? \((?P<args>.*)\)", re.S)
#: Most arguments joined back into one name (a name with up to seven blanks).
_MAX_PIECES = 8


def _unquoted_blank(args) -> str | None:
    """The fix when ``args`` hold a name with blanks typed without quotes (``年报 2023.yaml``: two arguments, neither a
    file, that together name one), else None."""
    args = [str(arg) for arg in args]
    for i, first in enumerate(args):
        if first.startswith("-") or os.path.lexists(first):
            continue
        for j in range(i + 2, min(i + _MAX_PIECES, len(args)) + 1):
            if args[j - 1].startswith("-") or os.path.lexists(args[j - 1]):
                break
            joined = " ".join(args[i:j])
            if os.path.lexists(joined):
                return (f"“{'”“'.join(args[i:j])}”都不存在，合起来的“{joined}”才是：名字中有空格时，请给整个名字加英文引号，"
                        f'写成 "{joined}"')
    return None


def _whole_names(ctx, param, paths):
    """Callback of a FILES argument that takes names not there (each is then reported): refuse a name split at its
    blanks (:func:`_unquoted_blank`) before anything runs, instead of one “文件不存在” a piece."""
    found = _unquoted_blank(paths)
    if found:
        raise click.BadParameter(found)
    return paths


def _year(value: str | None) -> int | None:
    """``--year`` as a number (full-width digits too); a year written otherwise (2023年) is refused with the digits."""
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        from .validate import year_message

        raise click.BadParameter(year_message(value)) from None


def _file_name(value: str) -> Path:
    """``value`` of an option that names a file to write: refused if it ends as a folder's name does (``-o 新建文件夹/``
    wrote a file named 新建文件夹)."""
    if value.endswith(("/", "\\")):
        raise click.BadParameter(f"“{value}”以“{value[-1]}”结尾，是文件夹的写法，而这里要的是文件名：请在后面写上文件名，"
                                 f"如“{value}report.yaml”")
    return Path(value)


def _path_problem(kind: click.Path, message: str) -> str:
    """Why click refused a path of type ``kind``, and what to give instead: the path (quoted in click's ``message``,
    whose words are English) as it is on disk, against what the type takes; one of the right sort is unreadable."""
    from .write import reason

    quoted = _QUOTED.search(message)
    path = ast.literal_eval(quoted.group()) if quoted else None
    named = f"路径“{path}”" if path is not None else "路径"
    try:
        folder = stat.S_ISDIR(os.stat(path).st_mode)
    except (FileNotFoundError, TypeError):  # TypeError: no path in the message
        found = "不存在"
    except OSError as exc:  # a link in a loop, a folder on the way that may not be entered
        return f"给出的{named}无法读取（{reason(exc, reading=True)}）：请检查路径和它的权限"
    else:
        found = "是一个文件夹" if folder and not kind.dir_okay else "是一个文件" if not folder and not kind.file_okay else ""
    if not found:
        return f"给出的{named}无法读取（没有读取权限）：请检查它的权限，或换一个有权限的账号运行"
    wanted = "文件夹" if not kind.file_okay else "文件" if not kind.dir_okay else "文件或文件夹"
    fix = {"不存在": "，请检查路径", "是一个文件夹": "，请给出文件名（文件夹中的文件写成“文件夹/文件名”）"}.get(found, "")
    return f"给出的{named}{found}：这里要的是{'已有的' if kind.exists else ''}{wanted}{fix}"


#: The path in click's message of a path refused: a Python string literal (``repr``).
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _param_name(param) -> str:
    if isinstance(param, click.Option):
        return "/".join(param.opts)
    return param.human_readable_name


class _Stdout:
    """Whether standard output broke during this run (a full disk, a closed pipe)."""

    broken = False


def _json(data) -> str:
    """``data`` as JSON for standard output: with its Chinese as written where that is UTF-8, else as \\u escapes, so
    that output redirected in a local code page (GBK on a Chinese Windows) is still JSON any tool reads as UTF-8."""
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "")
    return json.dumps(data, ensure_ascii=encoding not in ("utf8", "utf8sig"), indent=2)


def _out(text: str) -> None:
    """A line on standard output. If it cannot be written, say so once on stderr and carry on: the
    files are what matters, and the run then ends with exit 1 instead of a traceback. A pipe whose reader has
    closed it (``reportkit check 年报/ | head -1``) is not said: the reader wanted no more, as click and most Unix
    tools take it."""
    try:
        if sys.stdout is None:  # started with standard output closed (``>&-``): Python has none to write to
            raise OSError(errno.EBADF, "standard output closed")
        click.echo(text)
        sys.stdout.flush()
    except OSError as exc:
        from .write import reason

        sys.stdout = open(os.devnull, "w", encoding="utf-8")
        if not _Stdout.broken and exc.errno != errno.EPIPE:
            click.echo(f"error: 无法写出标准输出（{reason(exc)}）：请检查重定向的目标，例如磁盘是否已满；"
                       "其余工作照常进行", err=True)
        _Stdout.broken = True


def _show(diagnostics) -> None:
    """One file's diagnostics, top-down (:func:`reportkit.errors.in_reading_order`): as lines on standard error, or
    kept for the JSON object, in the same order, so that an editor or a CI log lists them as the text does."""
    if _Collected.items is not None:
        _Collected.items.extend(in_reading_order(diagnostics))
        return
    for line in shown(diagnostics):
        click.echo(line, err=True)


class _Collected:
    """The diagnostics of a ``--diagnostics json`` run, printed at its end as one JSON object."""

    items: list | None = None

    @classmethod
    def start(cls, mode: str) -> None:
        cls.items = [] if mode == "json" else None

    @classmethod
    def finish(cls, failed, outputs: list[str] | None = None) -> None:
        """Print the object; ``render`` adds the files it wrote (their lines went to stderr)."""
        if cls.items is not None:
            items, cls.items = cls.items, None
            found = {"diagnostics": [d.as_dict() for d in items], "failed": [str(f) for f in failed]}
            _out(_json(found if outputs is None else found | {"outputs": outputs}))


def _problem(path, exc: ReportkitError) -> None:
    """A problem that is not about a place in the data (a file in the way, a broken plugin): one line."""
    if _Collected.items is not None:
        _Collected.items.append(Diagnostic(ERROR, exc.format_message(), str(path)))
    else:
        click.echo(f"{path}: error: {exc.format_message()}", err=True)


class Jobs(click.ParamType):
    """``-j/--jobs`` of ``render`` and ``check``: a whole number of processes, at least 1. A bad value names where it
    came from: the option, or the environment variable ``REPORTKIT_JOBS`` (click's message named only the option)."""

    name = "integer"

    def convert(self, value, param, ctx):
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = 0
        if number >= 1:
            return number
        if ctx is not None and ctx.get_parameter_source(param.name) is click.core.ParameterSource.ENVIRONMENT:
            raise click.BadParameter(f"值“{value}”无效：进程数应为不小于 1 的整数，如 REPORTKIT_JOBS=4；"
                                     "或删去这个环境变量（默认用本进程可用的全部 CPU 核）", ctx, param, param_hint="环境变量 REPORTKIT_JOBS")
        self.fail(f"“{value}”无效：进程数应为不小于 1 的整数，如 -j 4", param, ctx)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path), callback=_whole_names)
@click.option("-f", "--format", "formats", multiple=True,
              help="输出格式，可重复：docx、pdf、html、json、xlsx（插件可增加）；默认 docx 和 pdf 都生成。Output format(s).")
# Not file_okay=False: a file in the way is reported by the write step, in Chinese, with exit 1.
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), default=Path("."), show_default=True,
              help="输出文件夹；只有一个数据文件时也可以是以输出格式的扩展名（.docx .pdf .html .json .xlsx，插件可增加）"
                   "结尾的文件名。Output folder, or one output file.")
@click.option("--name", "name", metavar="模式",
              help="输出文件名（不含扩展名），可用 {stem} {title} {agency} {year} {kind}，例如 --name '{title}'。"
                   "Output file name pattern.")
@click.option("-j", "--jobs", type=Jobs(), envvar="REPORTKIT_JOBS",
              help="同时渲染几个文件（进程数），默认为本进程可用的 CPU 核数；-j 1 逐个渲染。Worker processes (default: usable cores).")
@click.option("--scheduler", metavar="tcp://主机:8786",
              help="在 Dask 集群上渲染：调度器的地址（见 docs/batch.md）。Render on a Dask cluster.")
@click.option("--dask-local", type=click.IntRange(min=1), metavar="N", help="在本机起 N 个 Dask 工作进程渲染。Local Dask cluster.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="把每个文件的结果（状态、输出、诊断、用时）写入 .json、.csv 或 .xlsx 文件。"
                   "Per-file results file (.json, .csv or .xlsx).")
@click.option("--engine", type=click.Choice(["weasyprint", "typst"]), default="weasyprint", show_default=True,
              help="PDF 引擎：weasyprint（需要 Pango）或 typst（无需系统库，更快）；缺少 Pango 时自动改用 typst。PDF engine.")
@click.option("--pdf-standard", type=click.Choice(["a-2b"]),
              help="生成 PDF/A-2b 长期保存格式（用 Typst 引擎，不能与 --engine weasyprint 同用）。Write PDF/A-2b "
                   "(through Typst).")
@checking("草稿：留着【请填写：…】占位也生成，每页标“草稿”。Render placeholders anyway, marked 草稿 on every page.")
def render(files, formats, output, name, layout, previous, previous_dir, draft, strict, diagnostics, jobs, scheduler,
           dask_local, report, engine, pdf_standard):
    """校验并生成 DOCX/PDF。Validate FILES and write OUTPUT/<名称>.docx 和 .pdf。

    \b
    例 / Example:
      reportkit render examples/xinzhou-2020.yaml -o out/
      reportkit render report.yaml -o 2023年政府信息公开工作年度报告.pdf
      reportkit render data/*.yaml -f pdf -o out/ --name '{agency}{year}年度报告'
      reportkit render report.yaml -f html -f json -o site/
      reportkit render data/*.yaml -o out/ -j 8 --strict --report 结果.csv
      reportkit render 2023.yaml --previous 2022.yaml -o out/
      reportkit render report.yaml -f pdf --engine typst --pdf-standard a-2b
    """
    from .batch import OK, render_batch

    explicit = click.get_current_context().get_parameter_source("engine") is not click.core.ParameterSource.DEFAULT
    if pdf_standard and engine == "weasyprint" and explicit:  # left at its default, the engine makes way for Typst
        raise click.UsageError(f"--pdf-standard {pdf_standard} 的 PDF/A 由 Typst 生成，不能用 --engine {engine}："
                               "请去掉 --engine，或改用 --engine typst")
    _Collected.start(diagnostics)
    plugins = _plugins(strict)
    _check_layout(layout, plugins)
    last_year = _previous(plugins, files, previous, previous_dir)
    formats = _formats(formats, plugins)
    outdir, target, formats = _output(output, files, formats, plugins)
    if pdf_standard and "pdf" not in formats:
        raise click.UsageError(f"--pdf-standard 只用于 PDF，而本次只生成 {'、'.join(formats)}：请用 -f pdf"
                               "（-o 是文件名时以 .pdf 结尾），或去掉 --pdf-standard")
    pdf = "pdf-a-2b" if pdf_standard else "pdf-typst" if engine == "typst" else "pdf"
    formats = tuple(pdf if fmt == "pdf" else fmt for fmt in formats)
    if name is not None:
        _check_name_pattern(name)
    elif target is None:
        _refuse_clashes(files, formats, outdir, plugins)
    options = {"formats": formats, "layout": layout, "strict": strict, "draft": draft, "name": name,
               "previous": last_year}
    # With --diagnostics json, standard output is the JSON object alone: the 已生成 lines go to stderr.
    results = render_batch(list(files), plugins, outdir=outdir, target=target, options=options, jobs=jobs,
                           scheduler=scheduler, dask_local=dask_local, report=report,
                           say=(lambda line: click.echo(line, err=True)) if diagnostics == "json" else _out,
                           show=_show if diagnostics == "json" else None)
    failed = [result for result in results if result.status != OK]
    _Collected.finish([result.source for result in failed], [path for result in results for path in result.outputs])
    if failed:
        sys.exit(1)


def _check_layout(layout: str | None, plugins: Plugins) -> None:
    """``--layout``: a layout there is (else a usage error, not an error of each data file)."""
    from .pipeline import layout_problem

    problem = layout and layout_problem(plugins.registry, layout)
    if problem:
        raise click.BadParameter(problem, param_hint="--layout")


def _formats(formats, plugins) -> tuple[str, ...]:
    """The formats asked for (default: docx and pdf), each one a registered renderer."""
    available = plugins.registry.renderers
    for fmt in formats:
        if fmt not in available:
            parts = [part.removeprefix(".") for part in re.split(r"[\s,，、;；]+", fmt.strip().lower()) if part]
            meant = [_FORMAT_WORDS.get(part, part) for part in parts]  # -f DOCX, -f pdf,docx, -f Word
            fix = f"：请写作 {' '.join(f'-f {part}' for part in meant)}" if meant and set(meant) <= set(available) else ""
            raise click.BadParameter(f"没有“{fmt}”格式，可选：{'、'.join(available)}{fix}", param_hint="-f/--format")
    return tuple(dict.fromkeys(formats or ("docx", "pdf")))


#: What a clerk may call a format (-f Word, -f .doc): the renderer meant.
_FORMAT_WORDS = {"word": "docx", "doc": "docx", "wps": "docx", "htm": "html", "网页": "html", "excel": "xlsx", "xls": "xlsx"}


#: Suffixes that say "-o names a file", not a folder; only those of a renderer can be written.
_FILE_SUFFIXES = {".pdf", ".docx", ".doc", ".wps", ".odt", ".ofd", ".html", ".htm", ".txt", ".yaml", ".yml", ".xlsx",
                  ".json", ".md"}


def _output(output: Path, files, formats, plugins) -> tuple[Path, Path | None, tuple[str, ...]]:
    """``-o`` as (folder, single target or None, formats): a name ending in a format's extension is that file."""
    from .write import output_link_problem

    # The first format registered for an extension wins: .pdf is "pdf", not the Typst variants.
    by_extension = {r.extension: fmt for fmt, r in reversed(plugins.registry.renderers.items())}
    suffix = output.suffix.lower()
    fmt = by_extension.get(suffix)
    if loop := output_link_problem(output):
        raise ReportkitError(loop)
    # os.path asks: Path's is_dir and exists raise on a name too long for the file system (it is no folder)
    if os.path.isdir(output) or fmt is None and (os.path.exists(output) or suffix not in _FILE_SUFFIXES):
        return output, None, formats  # a folder (a file in the way is reported when writing)
    if fmt is None:
        raise click.BadParameter(f"“{output}”：输出文件只能以 {'、'.join(sorted(by_extension))} 结尾；"
                                 "要输出到文件夹，请给出文件夹名", param_hint="-o/--output")
    if len(files) > 1:
        raise click.BadParameter(f"“{output}”是一个文件名，只能用于一个数据文件；多个数据文件请给出输出文件夹",
                                 param_hint="-o/--output")
    if formats != ("docx", "pdf") and formats != (fmt,):
        raise click.BadParameter(f"“{output}”是 {fmt} 文件，而 -f 要求的是 {'、'.join(formats)}", param_hint="-o/--output")
    return output.parent, output, (fmt,)


def _check_name_pattern(pattern: str) -> None:
    from .pipeline import NAME_FIELDS

    try:
        fields = {field for _, field, _, _ in string.Formatter().parse(pattern) if field is not None}
    except ValueError:
        fields = {"{"}
    unknown = fields - NAME_FIELDS
    if unknown or not pattern.strip():
        raise click.BadParameter(f"“{pattern}”不是可用的文件名模式：可用 {' '.join('{' + f + '}' for f in sorted(NAME_FIELDS))}",
                                 param_hint="--name")


def _refuse_clashes(files, formats, outdir, plugins) -> None:
    from .pipeline import output_path
    from .write import resolved

    seen: dict[Path, Path] = {}
    for path in files:
        target = resolved(output_path(path, outdir, formats[0], plugins.registry))
        if target in seen and seen[target] != path:
            raise click.UsageError(
                f"“{seen[target]}”和“{path}”会写入同一个输出文件 {target.stem}.*：请改名或分开输出文件夹")
        seen[target] = path


def _previous(plugins: Plugins, files, previous: Path | None, previous_dir: Path | None):
    if previous is not None and previous_dir is not None:
        raise click.UsageError("--previous 和 --previous-dir 只能用一个")
    if previous is not None and len(files) > 1:
        raise click.UsageError("--previous 只能用于一个数据文件；多个文件请用 --previous-dir 给出存放上年报告的文件夹")
    if previous is None and previous_dir is None:
        return None
    from .previous import PreviousReports

    return PreviousReports(plugins.registry, file=previous, folder=previous_dir)


@cli.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path), callback=_whole_names)
@checking("按草稿校验：【请填写：…】占位只算警告，与 render --draft 相同。Placeholders are warnings, as in render --draft.")
def validate_cmd(files, layout, previous, previous_dir, draft, strict, diagnostics):
    """只校验数据，不生成文件；查出 render 会拒绝的一切问题。Check FILES as render would, without typesetting.

    \b
    例 / Example:
      reportkit validate examples/*.yaml
      reportkit validate report.yaml --diagnostics json
      reportkit validate 2023.yaml --previous 2022.yaml
      reportkit validate data/*.yaml --previous-dir data/
    """
    from .pipeline import prepare

    _Collected.start(diagnostics)
    plugins = _plugins(strict)
    _check_layout(layout, plugins)
    last_year = _previous(plugins, files, previous, previous_dir)
    failed = []
    for path in files:
        try:
            prepared = prepare(path, plugins, layout=layout, strict=strict, draft=draft, previous=last_year)
        except InvalidData as exc:
            _show(exc.diagnostics)
            failed.append(path)
            continue
        except ReportkitError as exc:
            _problem(path, exc)
            failed.append(path)
            continue
        validated = prepared.validated
        _show(validated.diagnostics.items)
        edition = f"（{validated.edition} 版）" if validated.edition else ""
        if _Collected.items is None:
            _out(f"{path}: 通过 {validated.kind.title}{edition}")
    _Collected.finish(failed)
    if failed:
        sys.exit(1)


#: A spreadsheet's suffixes: ``init -o`` writes YAML text, not a workbook (``--xlsx`` writes that beside it).
_WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv"}
#: A document's: ``init -o 2024.docx`` was refused as "生成的 DOCX 无法打开", a .json or .html name written as YAML.
_DOCUMENT_SUFFIXES = {".docx", ".doc", ".wps", ".pdf", ".html", ".htm", ".json"}


@cli.command()
@click.argument("kind", required=False)
@click.option("--edition", help="版本，例如 2021（默认按年份选择）。Edition.")
@click.option("--year", default=None, callback=lambda ctx, param, value: _year(value),
              help="报告年度，默认上一年（按北京时间，--from 时为上年报告的次年）。Report year.")
@click.option("--agency", default=None, callback=lambda ctx, param, value: _one_line(value),
              help="发布机关全称（默认“某某市某某局”，--from 时沿用上年）。Agency name.")
@click.option("--from", "last", type=click.Path(dir_okay=False, path_type=Path), metavar="上年文件",
              help="从上年报告生成本年文件：沿用机关和结构，结转数字，正文留占位。Start from last year's file.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True,
              callback=lambda ctx, param, value: _file_name(value),
              help="要写入的 YAML 文件。File to write.")
@click.option("--force", is_flag=True, help="覆盖已存在的文件（连同 --xlsx 的工作簿）。Overwrite existing files.")
@click.option("--xlsx", is_flag=True, help="同时生成空白统计表工作簿（与 -o 同名的 .xlsx）。Also write the empty tables workbook.")
def init(kind, edition, year, agency, last, output, force, xlsx):
    """生成带注释的起始数据文件，待填处留有【请填写：…】占位。Write a commented starting file.

    留着占位时 validate --draft 即可通过、render --draft 可出草稿；占位都填好后才能通过 validate。

    \b
    例 / Example:
      reportkit init annual-report --agency 某县教育局 -o report.yaml --xlsx
      reportkit init --from 2023.yaml -o 2024.yaml
    """
    from .dates import china_today
    from .jobs import write_output
    from .pipeline import check_file
    from .registry import StarterOptions
    from .validate import int_bounds
    from .write import output_link_problem, write_atomic

    plugins = _plugins(False)
    previous = check_file(last, plugins) if last is not None else None
    if kind is None and previous is None:
        raise click.UsageError("缺少参数“KIND”（文档类型，如 annual-report）；或用 --from 给出上年报告")
    chosen = _kind(plugins, kind or previous.kind.name)
    if previous is not None and previous.kind is not chosen:
        raise click.UsageError(f"{last} 是“{previous.kind.title}”，不是 {kind}")
    if year is not None and previous is not None and year <= previous.report.year:
        raise click.BadParameter(f"{year} 不晚于上年报告 {last} 的年度 {previous.report.year}：--from 生成的是其后一年的文件，"
                                 f"请写 --year {previous.report.year + 1}，或去掉 --year", param_hint="--year")
    given = {"--year": year, "--agency": agency}
    if year is None:
        year = previous.report.year + 1 if previous is not None else china_today().year - 1
    agency = agency or (previous.report.agency if previous is not None else "某某市某某局")
    edition = _edition(plugins, chosen, edition, year)
    fields = chosen.model(edition).model_fields
    unused = [option for option, value in given.items() if value is not None and option[2:] not in fields]
    if unused:  # a plugin's kind without a year or an agency
        raise click.UsageError(f"{chosen.title}（{chosen.name}）的数据文件没有 {'、'.join(o[2:] for o in unused)}："
                               f"请去掉 {'、'.join(unused)}")
    low, high = int_bounds(fields.get("year"))
    if not low <= year <= high:  # init work-plan --year -5 wrote a file validate refused
        raise click.BadParameter(f"{fields['year'].title or '年度'} {year} 超出范围：" +
                                 (f"不能小于 {low}" if high == math.inf else f"应在 {low} 至 {high} 之间"), param_hint="--year")
    workbook = output.with_suffix(".xlsx")
    if output.suffix.lower() in _WORKBOOK_SUFFIXES:
        fix = (f"；--xlsx 的工作簿另写为同名的 {workbook.name}" if xlsx
               else f"；要同时生成统计表工作簿 {workbook.name}，再加 --xlsx")
        raise click.BadParameter(f"“{output}”是电子表格的文件名，而 init 写的是 YAML 数据文件，文件名应以 .yaml 结尾："
                                 f"请改为 -o {output.with_suffix('.yaml')}{fix}", param_hint="-o/--output")
    if output.suffix.lower() in _DOCUMENT_SUFFIXES:
        raise click.BadParameter(f"“{output}”是 {output.suffix[1:].upper()} 文件的名字，而 init 写的是 YAML 数据文件，文件名应以 "
                                 f".yaml 结尾：请改为 -o {output.with_suffix('.yaml')}；文档由 reportkit render 生成",
                                 param_hint="-o/--output")
    if last is not None and os.path.exists(output) and os.path.samefile(output, last):
        raise click.UsageError(f"{output} 是 --from 给出的上年报告，不能写成本年的文件（--force 也不行）：请给 -o 另取一个文件名，"
                               f"如 -o {year}.yaml")
    if loop := output_link_problem(output):
        raise ReportkitError(loop)
    if os.path.exists(output) and not force:
        raise click.UsageError(f"{output} 已存在；确需覆盖请加 --force")
    if xlsx and os.path.exists(workbook) and not force:
        raise click.UsageError(f"{workbook} 已存在（可能已经填了数）；确需覆盖请加 --force，或去掉 --xlsx")
    if xlsx:
        from .tables import TABLE_EDITIONS

        if chosen.name != "annual-report" or edition not in TABLE_EDITIONS:  # before the data file is written
            what = f"{edition} 版格式的年报" if chosen.name == "annual-report" else chosen.title
            raise click.UsageError(f"--xlsx 生成的是表二、表三、表四的工作簿，只有 2019 版、2021 版格式的年报有这些统计表，"
                                   f"{what}没有：请去掉 --xlsx，数字直接写在数据文件中")
    schema_name = f"{chosen.name}{'-' + edition if edition else ''}.schema.json"
    try:
        text = chosen.starter(StarterOptions(edition=edition, year=year, agency=agency, schema_url=schema_name,
                                             previous=previous))
    except ReportkitError as exc:  # a starter refuses only the options it is given: an edition the year has not
        raise click.UsageError(exc.format_message()) from None
    _refuse_what_validate_refuses(text, output, plugins, given)
    write_output(output, text.encode("utf-8"))
    dated = "year" in fields  # a memo has no year
    _out(f"已生成 {output}（{chosen.title}{f'，{year} 年度' if dated else ''}）；填写后运行：reportkit validate {output}")
    if xlsx:
        from .tables.export import starter_workbook

        write_atomic(workbook, starter_workbook(output, plugins))
        _out(f"已生成 {workbook}；填好后运行：reportkit tables import {workbook} --into {output}")
    try:  # for editors that complete and check the file (its first line names it); the data file works without it
        schema_json = json.dumps(_schema(chosen, edition, plugins), ensure_ascii=False, indent=2)
        write_atomic(output.parent / schema_name, schema_json.encode("utf-8"))
    except RenderError as exc:
        click.echo(f"warning: 编辑器用的 {schema_name} 未能写出（{exc.format_message()}）；数据文件不受影响", err=True)


def _refuse_what_validate_refuses(text: str, output: Path, plugins: Plugins, given: dict) -> None:
    """Refuse the ``given`` options of ``init`` whose starting file ``text`` validate refuses (a 5,000-character
    agency, a year of 23 digits): the kind's own bounds, so that they are kept in one place."""
    from .load import load_text
    from .validate import validate

    try:
        validate(load_text(text, str(output)), plugins.registry, rules=False)
    except InvalidData as exc:
        for found in (d for d in exc.diagnostics if d.severity == ERROR):
            option = "--agency" if found.path[:1] == ("agency",) else "--year"
            if given[option] is not None:
                raise click.BadParameter(f"用“{given[option]}”生成的数据文件通不过校验：{found.message}",
                                         param_hint=option) from None


@cli.command()
@click.argument("kind")
@click.option("--edition", help="版本，例如年度报告的 2008、2019、2021。Edition.")
def schema(kind, edition):
    """输出数据文件的 JSON Schema（供编辑器补全和校验）。Print the JSON Schema.

    \b
    例 / Example:
      reportkit schema annual-report --edition 2021 > annual-report.schema.json
    """
    plugins = _plugins(False)
    chosen = _kind(plugins, kind)
    edition = _edition(plugins, chosen, edition, None)
    _out(_json(_schema(chosen, edition, plugins)))


#: What a plugin contributes, by its key in ``plugins --json``, and its label in the text output.
_CONTRIBUTED = {"kinds": "文档类型", "sections": "栏目", "layouts": "版式", "renderers": "渲染器", "importers": "导入器",
                "rules": "规则", "fonts": "字体", "settings": "设置", "commands": "命令"}


@cli.command("plugins")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。Machine-readable output.")
def plugins_cmd(as_json):
    """列出已加载的插件及其提供的内容。List plugins and what each contributes.

    \b
    例 / Example:
      reportkit plugins --json
    """
    plugins = load_plugins()
    registry = plugins.registry
    commands = _commands_by_plugin(plugins)
    rows = []
    for name in plugins.names():  # the order their items are taken in: of two by the same name, the first's
        plugin = plugins.manager.get_plugin(name)
        hooks = sorted(h.name for h in plugins.manager.get_hookcallers(plugin) or [])
        rows.append({"name": name, "version": _version_of(name, plugin), "builtin": name.startswith("reportkit."),
                     "hooks": hooks, **registry.contributed_by(name), "commands": commands.get(name, [])})
    problems = [p.format_message() for p in plugins.problems]
    if as_json:
        _out(_json({"plugins": rows, "problems": problems}))
        return
    for row in rows:
        _out(f"{row['name']} {row['version']}{'（内置）' if row['builtin'] else ''}")
        _out(f"  钩子：{'、'.join(row['hooks'])}")
        for what, label in _CONTRIBUTED.items():
            if row[what]:
                _out(f"  {label}：{'、'.join(row[what])}")
    for problem in problems:  # as every other command shows a plugin's problem
        click.echo(f"warning: {problem}", err=True)


@cli.command("new-plugin")
@click.argument("name")
@click.option("--title", default="示例栏目", show_default=True, callback=lambda ctx, param, value: _heading(value),
              help="示例栏目的标题。The sample section's heading.")
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="生成到哪个文件夹（默认 ./<包名>）。Where to write the package.")
def new_plugin(name, title, outdir):
    """生成一个插件包的骨架：pyproject、入口点、示例栏目、README 和测试。Start a plugin package.

    \b
    例 / Example:
      reportkit new-plugin guangdong-annex --title 统计附表说明
      cd reportkit-gbt9704-guangdong-annex
      python -m pip install -e '.[test]' && python -m pytest

    python 须是装有 reportkit 的 Python（如 .venv/bin/python）。
    """
    from importlib.metadata import entry_points

    from .registry import package_key
    from .validate import BUNDLED_PLUGINS

    values = plugin_names(name)
    package = values["__PACKAGE__"]
    installed = {ep.dist.name for ep in entry_points(group="reportkit") if ep.dist is not None}
    if package_key(package) in {package_key(other) for other in (*installed, *BUNDLED_PLUGINS)}:
        raise click.BadParameter(f"已有插件 {package}（已安装或本项目 plugins/ 自带），新插件安装后会替换它：请换一个名字",
                                 param_hint="NAME")
    _refuse_taken_section(values["__SECTION__"])
    values["__TITLE__"] = title
    target = outdir or Path(package)
    if os.path.exists(target) and (not os.path.isdir(target) or any(target.iterdir())):
        raise click.UsageError(f"{target} 已存在且不为空" if os.path.isdir(target) else f"{target} 是一个已有的文件，不是文件夹")
    made = not os.path.exists(target)
    try:
        written = write_plugin_template(target, values)
    except OSError as exc:  # a name too long, no permission, a full disk: nothing of the skeleton is left behind
        import shutil

        from .write import reason
        for leftover in [target] if made else list(target.iterdir()):
            shutil.rmtree(leftover, ignore_errors=True)
        why = "没有写入权限" if exc.errno in (errno.EACCES, errno.EPERM) else reason(exc)  # no file open in Word here
        fix = "请把插件名改短，或换一个路径短一些的文件夹（-o）" if exc.errno == errno.ENAMETOOLONG else "请换一个可以写入的文件夹（-o）"
        raise ReportkitError(f"{exc.filename or target}: 写入失败（{why}），插件骨架未生成：{fix}") from None
    for path in written:
        _out(f"已生成 {path}")
    # the same interpreter: reportkit-gbt9704 is installed from its repository, pip of another Python cannot find it
    python = f'"{sys.executable}"' if " " in sys.executable else sys.executable
    _out(f"下一步：cd {target} && {python} -m pip install -e '.[test]' && {python} -m pytest")


TEMPLATE_DIR = Path(__file__).with_name("plugin_template")


def plugin_names(name: str) -> dict[str, str]:
    """The names a plugin called ``name`` gets: package reportkit-gbt9704-NAME, module reportkit_NAME, …"""

    slug = re.sub(r"^reportkit-(gbt9704-)?", "", re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"))
    if not slug or not slug[0].isalpha():
        raise click.BadParameter("插件名应以字母开头，例如 guangdong-annex", param_hint="NAME")
    other = re.search(r"[^A-Za-z0-9 _-]", name)
    if other:  # “bad name!” made reportkit-gbt9704-bad-name, a name the clerk did not give
        raise click.BadParameter(f"插件名只能用英文字母、数字、空格、“-”和“_”，其中的“{other[0]}”不行："
                                 f"请改为如 {slug} 这样的名字", param_hint="NAME")
    snake = slug.replace("-", "_")
    minor = ".".join(__version__.split(".")[:2])
    upper = f"{minor.split('.')[0]}.{int(minor.split('.')[1]) + 1}"
    return {"__PACKAGE__": f"reportkit-gbt9704-{slug}", "__MODULE__": f"reportkit_{snake}", "__ENTRY__": snake,
            "__SECTION__": snake, "__REQUIRES__": f">={minor},<{upper}"}


def _heading(title: str) -> str:
    """``--title``: a heading is one line, and it goes into the strings of the generated Python and TOML."""
    from .yaml_text import CONTROL

    title = _as_typed(title, "或不写这个选项，生成后再在插件的文件里改写栏目标题")
    found = CONTROL.search(title)
    if found:
        char = found[0]
        what = {"\t": " Tab", "\n": "换行", "\r": "回车"}.get(char) or f"控制字符 U+{ord(char):04X}"
        raise click.BadParameter(f"第 {found.start() + 1} 个字符是{what}：栏目标题要写成一行，请去掉换行、Tab 等控制字符")
    return title


def _refuse_taken_section(section: str) -> None:
    """Refuse the section name NAME gives when reportkit would refuse the section on loading the new plugin:
    a part of a kind's own, or another installed plugin's section."""
    registry = load_plugins().registry
    owners = [f"{kind.title}（{kind.name}）自身的部分" for kind in registry.kinds.values() if section in kind.parts]
    owners += [f"插件 {registry.plugin_of(other)} 的栏目" for other in registry.sections if other.name == section]
    if owners:
        raise click.BadParameter(f"栏目名 {section}（sections: 下的键）已是{owners[0]}，新插件的栏目安装后会被拒绝：请换一个名字",
                                 param_hint="NAME")


def write_plugin_template(target: Path, values: dict[str, str]) -> list[Path]:
    """Copy the plugin template to ``target``, filling in ``values`` in paths and texts.

    In the Python and TOML files the title stands only inside double-quoted strings: its ``"`` and ``\\`` are
    escaped there (the other values are names without either, and ``--title`` refuses control characters).
    """
    written = []
    for source in sorted(TEMPLATE_DIR.rglob("*.tmpl")):
        relative = source.relative_to(TEMPLATE_DIR).as_posix().removesuffix(".tmpl")
        text = source.read_text(encoding="utf-8")
        quoted = Path(relative).suffix in (".py", ".toml")
        for key, value in values.items():
            relative = relative.replace(key, value)
            text = text.replace(key, value.replace("\\", "\\\\").replace('"', '\\"') if quoted else value)
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _commands_by_plugin(plugins: Plugins) -> dict[str, list[str]]:
    """The commands each plugin adds (a clash is among the problems instead)."""
    out: dict[str, list[str]] = {}
    for name, (plugin, _command) in sorted(plugins.commands(cli._core_commands or cli.commands).items()):
        out.setdefault(plugin, []).append(name)
    return out


def _version_of(name: str, plugin) -> str:
    if name.startswith("reportkit."):
        return __version__
    for candidate in (name.split(":")[0], getattr(plugin, "__name__", "").split(".")[0].replace("_", "-")):
        try:
            return version(candidate)
        except (PackageNotFoundError, ValueError):
            continue
    return "?"


def _one_line(value: str | None) -> str | None:
    """``value`` of an option that names an agency (:func:`_as_typed`): refused if it holds a line break, a Tab or
    another control character (the YAML written from it would not read back)."""
    from .yaml_text import CONTROL

    value = _as_typed(value, "或不写这个选项，生成后在数据文件里改写 agency")
    found = value and CONTROL.search(value)
    if found:
        char = found[0]
        what = {"\t": " Tab", "\n": "换行", "\r": "回车"}.get(char) or f"控制字符 U+{ord(char):04X}"
        raise click.BadParameter(f"第 {found.start() + 1} 个字符是{what}：机关名称要写成一行，请去掉换行、Tab 等控制字符")
    return value


def _as_typed(value: str | None, instead: str) -> str | None:
    """A text option as typed. Under a locale that is not UTF-8 (``LC_ALL=C`` without Python's UTF-8 mode) the bytes
    the locale cannot decode arrive as surrogate escapes: UTF-8 ones, as a UTF-8 terminal sends, are read as UTF-8;
    others are refused with how to set the locale, or ``instead``, how to do without the option. (A file name's bytes
    are kept as given: the file system takes them back.)"""
    escaped = value and _ESCAPED.search(value)
    if not escaped:
        return value
    try:
        return os.fsencode(value).decode("utf-8")
    except UnicodeError:  # said at the first byte not decoded: a GBK terminal's first Chinese character
        raise click.BadParameter(
            f"第 {escaped.start() + 1} 个字符无法识别：终端的编码不是 UTF-8，中文传不进来。请把终端的语言环境设为 UTF-8"
            f"（如先运行 export LANG=zh_CN.UTF-8；设置了 LC_ALL 的，也改为 UTF-8）后重新运行，{instead}") from None


#: A byte the locale could not decode, as Python keeps it (surrogateescape).
_ESCAPED = re.compile("[\udc80-\udcff]")


def _kind(plugins: Plugins, name: str):
    if name not in plugins.registry.kinds:
        raise click.BadParameter(f"未知的文档类型“{name}”，可选：{'、'.join(sorted(plugins.registry.kinds))}", param_hint="KIND")
    return plugins.registry.kinds[name]


def _edition(plugins: Plugins, kind, edition, year):
    if not kind.editions:
        if edition is not None:  # init work-plan --edition 2021 wrote the one starter there is, saying nothing
            editioned = "；".join(f"{other.name}（版本 {'、'.join(other.editions)}）"
                                  for other in plugins.registry.kinds.values() if other.editions)
            raise click.BadParameter(f"{kind.name} 不分版本，--edition 只用于 {editioned}：请去掉 --edition",
                                     param_hint="--edition")
        return None
    if edition is None and year is None:
        return kind.editions[-1]
    if edition is None:
        edition, findings = kind.resolve_edition({"year": year})
        if edition is None:
            raise click.BadParameter("；".join(f.message for f in findings), param_hint="--year")
        return edition
    if edition not in kind.editions:
        raise click.BadParameter(f"“{edition}”不是 {kind.name} 的版本，可选：{'、'.join(kind.editions)}", param_hint="--edition")
    return edition


def _schema(kind, edition, plugins: Plugins) -> dict:
    from .schema import DataSchema
    from .validate import model_for

    schema = model_for(kind, edition, plugins.registry).model_json_schema(schema_generator=DataSchema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    settings = {package: item.model.model_json_schema() for package, item in plugins.registry.settings.items()}
    schema["properties"]["plugins"] = {
        "title": "所需插件",
        "description": "本文件需要的插件包名，例如 [reportkit-gbt9704-sichuan-disaster]；也可写成映射，给出各插件的设置",
        "anyOf": [{"type": "array", "items": {"type": "string"}},
                  {"type": "object", "properties": settings, "additionalProperties": {"type": "null"}}]}
    schema.setdefault("title", f"{kind.title}{f'（{edition} 版）' if edition else ''}")
    return schema
