"""Help screens in Chinese, for reportkit's commands and the plugins' alike.

click writes its help in English (“Usage:”, “Options:”, “Commands:”, the help option's text, “[default: …]”, the
metavars TEXT, PATH …) and measures text in characters, so that a column holding Chinese came out of line.
:class:`HelpContext` (click's ``context_class``) lays out the help of its command with Chinese headings and
:class:`HelpFormatter` (its ``formatter_class``) measures and wraps text by its width on a terminal, where a
Chinese character takes two columns.
"""
from __future__ import annotations

import inspect
import re
import string

import click
from click.formatting import join_options

from .layout import monospaced_width as width

OPTIONS = "[选项]"
SUBCOMMAND = "命令 [参数]..."
HELP_OPTION = "显示本帮助并退出。"
VERSION_OPTION = "显示版本号并退出。"
#: Chinese metavars for click's own types; an option's own ``metavar`` and a choice's [a|b] stay as they are.
METAVARS = {"text": "文本", "integer": "整数", "float": "数字", "path": "路径", "file": "文件", "directory": "文件夹",
            "filename": "文件", "integer range": "整数", "float range": "数字", "boolean": "是否"}
#: Never at the start of a line (GB/T 15834 punctuation, and the closing bracket of “[必填]”, “<名称>”): it takes the
#: character before it to the next line.
_NOT_FIRST = set("，。、；：！？）】》」』”’…])>")
#: Never at the end of a line: it goes to the start of the next.
_NOT_LAST = set("（【《「『“‘[(<")
#: Where a command's short help may be cut: after the end of a sentence or a phrase.
_PHRASE_END = set("。！？；：，、）】》」』”’")
#: The end of a command's first sentence: its short help stops there, as click's stops at “. ”.
_SENTENCE_END = re.compile(r"[。！？]|\.(?=\s|$)")
_TOKENS = re.compile(r"\s+|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
                     r"|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+")


def _wide(token: str) -> bool:
    return width(token) == 2 * len(token)


def wrap(text: str, columns: int) -> list[str]:
    """``text`` in lines of at most ``columns`` columns, broken between Chinese characters or at spaces; a space
    between two Chinese characters (a line break in the source) is dropped. Punctuation that may not begin a line
    takes the character before it along, an opening one goes to the next line; a word longer than a line goes over."""
    lines, line, space = [], [], False
    for token in _TOKENS.findall(text.strip()):
        if token.isspace():
            space = bool(line)
            continue
        if space and not (_wide(line[-1]) and _wide(token)):
            line.append(" ")
        space = False
        if line and width("".join(line) + token) > columns:
            carried = [token]
            while token[0] in _NOT_FIRST and len(line) > 1 and carried[0][0] in _NOT_FIRST:
                carried.insert(0, line.pop())
            if carried[0][0] in _NOT_FIRST or carried[0] == " ":  # no character to take along: it hangs
                line, carried = line + carried, []
            while len(line) > 1 and line[-1][-1] in _NOT_LAST:
                carried.insert(0, line.pop())
            lines.append("".join(line).rstrip())
            line = [t for t in carried if t != " "] if carried else []
        else:
            line.append(token)
    return lines + ["".join(line)] if line else lines


class HelpFormatter(click.HelpFormatter):
    """click's formatter with “用法：” and columns measured by width on a terminal, not by characters."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        prefix = "用法：" if prefix is None else prefix
        head = f"{' ' * self.current_indent}{prefix}{prog}"
        lines = wrap(args, max(self.width - width(head) - 1, 20))
        indent = " " * (width(head) + 1)
        self.write(f"{head} {lines[0]}\n" if lines else f"{head}\n")
        self.write("".join(f"{indent}{line}\n" for line in lines[1:]))

    def write_text(self, text: str) -> None:
        """Paragraphs rewrapped to the width; one whose first line is ``\\b`` as written (click's convention)."""
        indent = " " * self.current_indent
        for number, paragraph in enumerate(re.split(r"\n[ \t]*\n", text)):
            lines = paragraph.splitlines()
            if lines and lines[0].strip() == "\b":
                lines = lines[1:]
            else:
                lines = wrap(paragraph, max(self.width - self.current_indent, 11))
            self.write("\n" * (number > 0) + "".join(f"{indent}{line}\n" for line in lines))

    def write_heading(self, heading: str) -> None:
        self.write(f"{' ' * self.current_indent}{heading}：\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max((width(first) for first, _ in rows), default=0), col_max) + col_spacing
        indent = " " * (self.current_indent + first_col)
        for first, second in rows:
            self.write(f"{' ' * self.current_indent}{first}")
            if not second:
                self.write("\n")
                continue
            if width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - width(first)))
            else:
                self.write(f"\n{indent}")
            lines = [line for paragraph in second.split("\n\n")
                     for line in wrap(paragraph, max(self.width - first_col - 2, 10))] or [""]
            self.write(f"{lines[0]}\n" + "".join(f"{indent}{line}\n" for line in lines[1:]))


class HelpContext(click.Context):
    """The context of a reportkit command: its help and usage are laid out in Chinese (:func:`use_chinese_help`)."""

    formatter_class = HelpFormatter

    def get_usage(self) -> str:
        formatter = self.make_formatter()
        formatter.write_usage(self.command_path, " ".join(usage_pieces(self)))
        return formatter.getvalue().rstrip("\n")

    def get_help(self) -> str:
        formatter = self.make_formatter()
        command = self.command
        formatter.write_usage(self.command_path, " ".join(usage_pieces(self)))
        command.format_help_text(self, formatter)
        arguments = [param for param in command.get_params(self) if isinstance(param, click.Argument)]
        if any(getattr(argument, "help", None) for argument in arguments):  # click 8.5 and later document arguments
            with formatter.section("参数"):
                formatter.write_dl([(argument.make_metavar(self), argument.help or "") for argument in arguments])
        options = [row for row in map(self._option_row, command.get_params(self)) if row is not None]
        if options:
            with formatter.section("选项"):
                formatter.write_dl(options)
        if isinstance(command, click.Group):
            self._commands(formatter)
        command.format_epilog(self, formatter)
        return formatter.getvalue().rstrip("\n")

    def _option_row(self, param: click.Parameter) -> tuple[str, str] | None:
        """An option's line in the help: its spellings and metavar, its help, and in brackets what click adds (the
        default, the environment variable, the range, whether it is required), in Chinese."""
        record = None if isinstance(param, click.Argument) else param.get_help_record(self)
        if record is None or not isinstance(param, click.Option):
            return record
        spec = record[0]
        if param.metavar is None and not (param.is_flag or param.count) and param.type.name in METAVARS:
            spec = f"{join_options(param.opts)[0]} {METAVARS[param.type.name]}{'...' if param.nargs != 1 else ''}"
        text = HELP_OPTION if param is self.command.get_help_option(self) else param.help or ""
        extra = param.get_help_extra(self)
        items = [f"环境变量：{'、'.join(extra['envvars'])}"] if "envvars" in extra else []
        if "default" in extra:
            items.append(f"默认：{'运行时决定' if inspect.isfunction(param.default) else extra['default']}")
        if "range" in extra:
            items.append(_range(param.type))
        if "required" in extra:
            items.append("必填")
        return spec, "  ".join(filter(None, (text, f"[{'；'.join(items)}]" if items else "")))

    def _commands(self, formatter: click.HelpFormatter) -> None:
        group = self.command
        commands = [(name, group.get_command(self, name)) for name in group.list_commands(self)]
        commands = [(name, command) for name, command in commands if command is not None and not command.hidden]
        if commands:
            with formatter.section("命令"):  # the columns of write_dl: the names, two spaces, the short help
                first_col = min(max(width(name) for name, _ in commands), 30) + 2
                limit = formatter.width - formatter.current_indent - first_col
                formatter.write_dl([(name, short_help(command, limit)) for name, command in commands])


def short_help(command: click.Command, columns: int) -> str:
    """``command``'s line in its group's list of commands: its ``short_help``, else the first sentence of its help, in
    at most ``columns`` columns. A longer one is cut after the last punctuation or space that leaves room for “…”
    (click cut it by characters, in the middle of a phrase, and a line of Chinese took twice the room it counted)."""
    if command.short_help:
        text = " ".join(inspect.cleandoc(command.short_help).split())
    else:
        lines = [line for line in inspect.cleandoc(command.help or "").split("\f")[0].split("\n\n")[0].splitlines()
                 if line.strip() != "\b"]
        text = "".join(wrap(" ".join(lines), 10 ** 6))  # the paragraph's lines joined as wrap joins them
        end = _SENTENCE_END.search(text)
        text = text[:end.end()].rstrip() if end else text
    if command.deprecated:
        text = f"（已弃用）{text}"
    if width(text) <= columns:
        return text
    room = max(columns - width("…"), 1)
    kept = text[:next((n for n in range(len(text), 0, -1) if width(text[:n]) <= room), 0)]
    breaks = [n for n in range(1, len(kept) + 1) if kept[n - 1] in _PHRASE_END or kept[n - 1] == " "
              or n < len(text) and text[n] in _NOT_LAST]
    if breaks:
        kept = kept[:breaks[-1]]
    elif kept and not _wide(kept[-1]) and len(kept) < len(text) and not text[len(kept)].isspace():
        kept = kept.rstrip(string.ascii_letters + string.digits)  # not inside a word
    return kept.rstrip(" ，、；：") + "…"


def _range(kind: click.IntRange | click.FloatRange) -> str:
    """The values a range type takes, as “不小于 1、不大于 9” (click writes “1<=x<=9”)."""
    bounds = (f"{'大于' if kind.min_open else '不小于'} {kind.min}" if kind.min is not None else "",
              f"{'小于' if kind.max_open else '不大于'} {kind.max}" if kind.max is not None else "")
    return "、".join(filter(None, bounds))


def usage_pieces(ctx: click.Context) -> list[str]:
    """What follows the command's name in its usage line: ``[选项]``, its arguments, for a group ``命令 [参数]...``."""
    command = ctx.command
    pieces = [OPTIONS] if command.options_metavar else []
    for param in command.get_params(ctx):
        pieces.extend(param.get_usage_pieces(ctx))
    return pieces + [SUBCOMMAND] if isinstance(command, click.Group) else pieces


def use_chinese_help(command: click.Command) -> None:
    """Lay out the help of ``command`` and of its subcommands in Chinese, unless it brings a context class of its
    own (a plugin's command is a plain click command)."""
    if command.context_class is click.Context:
        command.context_class = HelpContext
    for subcommand in getattr(command, "commands", {}).values():
        use_chinese_help(subcommand)
