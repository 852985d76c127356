"""Numbering and assembling a document's outline.

Kinds and plugin sections describe their parts; the core numbers the headings
(一、 （一） 1. （1）) and places every part by its ``order``, so a plugin
section lands where it declares, whatever order the plugins were loaded in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from types import UnionType
from typing import Any, Callable, Literal, Union, get_args, get_origin, get_type_hints

from .blocks import Attachment, Block, Document, Heading, Paragraph, Source
from .errors import ERROR, Diagnostic, InvalidData, PluginError
from .load import _CONTROL
from .numerals import chinese_numeral
from .plugin_faults import call

Locate = Callable[[tuple], "Source | None"]

#: A number typed at the start of a heading, a table row or a task (一、 一， （一） （一）、 1. 1、 （1） 第一部分 第一章):
#: reportkit numbers these itself, so the data models refuse one (:func:`refuse_typed_number`) and the importers
#: take it off what they read.
TYPED_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．，,]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]\s*[、.．]?"
    r"|\d+\s*[、.．](?!\d)|第[一二三四五六七八九十]+(?:部分|[章节])\s*[、:：]?)\s*"
)


def refuse_typed_number(text: str, what: str = "标题") -> str:
    """``text`` without surrounding spaces; a ValueError naming the number it starts with, if any
    (a validator's message: ``what`` names the text, 标题 or 任务)."""
    found = TYPED_NUMBER.match(text)
    if found:
        raise ValueError(f"{what}“{text}”自带编号“{found.group().strip()}”：去掉编号，编号由 reportkit 生成")
    return text.strip()


def heading_number(level: int, n: int) -> str:
    """The number of the ``n``-th heading of ``level`` (GB/T 9704 §7.3.3): 一、 （一） 1. （1）."""
    return (f"{chinese_numeral(n)}、", f"（{chinese_numeral(n)}）", f"{n}.", f"（{n}）")[level - 1]


def content_blocks(items: list, level: int, path: tuple, locate: Locate) -> list[Block]:
    """Paragraphs and numbered headings for narrative ``items`` (see :mod:`reportkit.narrative`)."""
    out: list[Block] = []
    n = 0
    for i, item in enumerate(items):
        if isinstance(item, str):
            out.append(Paragraph(item, locate(path + (i,))))
            continue
        if not hasattr(item, "heading"):  # an item that prints itself (a part's table, reportkit.sections.PartTable)
            out.append(item.block(path + (i,), locate))
            continue
        n += 1
        out.append(Heading(level, heading_number(level, n), item.heading, locate(path + (i, "heading"))))
        out += content_blocks(item.content, level + 1, path + (i, "content"), locate)
    return out


@dataclass
class Part:
    """A level-1 part of a document: its heading text, its place and the blocks below its heading.

    ``section`` is the name of the plugin section it is, if it is one.
    """

    order: int
    title: str
    path: tuple
    blocks: Callable[[], list[Block]]
    section: str | None = None


@dataclass(frozen=True)
class Locator:
    """The ``locate`` a kind's ``build`` gets: ``locate(path)`` is the :class:`Source` of a data path.

    It also carries the plugin settings of the report's plugin sections (``{section name:
    settings}``), which :func:`plugin_parts` hands to each section.
    """

    position: Callable[[tuple], tuple[int, int]]
    file: str
    settings: dict = field(default_factory=dict)
    #: The plugin of each plugin section, by section name, to name it when its ``build`` fails.
    plugins: dict = field(default_factory=dict)

    def __call__(self, path: tuple) -> Source:
        return Source(self.file, *self.position(tuple(path)))


def plugin_parts(report, locate: Locate) -> list[Part]:
    """The parts that plugin sections (:class:`reportkit.registry.Section`) add to ``report``."""
    parts = []
    settings = getattr(locate, "settings", {})
    plugins = getattr(locate, "plugins", {})
    for section in getattr(type(report), "plugin_sections", ()):
        data = getattr(report.sections, section.name, None)
        path = ("sections", section.name)
        if data is None and section.name in report.sections.model_fields_set:  # else the part is left out unseen
            raise InvalidData([Diagnostic.at(ERROR, f"sections.{section.name}：这里是空的（冒号后面什么也没写）："
                                                    "不用就删掉这一行，否则在这里写上内容", locate(path))])
        if data is None:
            continue
        context = SectionContext(path, locate, settings.get(section.name))
        plugin = plugins.get(section.name, "?")
        parts.append(Part(section.order, section.title, path,
                          lambda s=section, d=data, c=context, p=plugin: _section_blocks(s, d, c, p), section.name))
    return parts


def _section_blocks(section, data, context: "SectionContext", plugin: str) -> list[Block]:
    """A plugin section's blocks; its failure (at the section in the data, with the plugin's line that raised), or a
    result no renderer can set, is one line naming the plugin."""
    blocks = call(plugin, f"栏目 {section.name} 的 build", section.build, data, context,
                  fix=f"；在它修好之前，可先从数据中删去 sections.{section.name} 这一栏", place=context.source())
    if not isinstance(blocks, list):  # else it fails later, deep in an engine (issue 13)
        raise PluginError(plugin, f"栏目 {section.name} 的 build 返回了 {type(blocks).__name__}，应为 list")
    problem = _unsettable(blocks)
    if problem:
        raise PluginError(plugin, f"栏目 {section.name} 的 build 返回的{problem}")
    return blocks


def _unsettable(blocks: list) -> str | None:
    """What in ``blocks`` (a plugin's) no renderer can set, in words that follow “返回的”; None when nothing.

    Text the data gave is cleaned when it is read (:mod:`reportkit.load`); text a plugin makes up is not.
    """
    problem = _not_blocks(blocks)
    if problem:
        return problem
    for i, block in enumerate(blocks, 1):  # else a text that is no str fails in a later step, with a traceback
        problem = _misfit(block, type(block), "")
        if problem:
            return f"列表里第 {i} 块 {type(block).__name__} 的 {problem}"
    for _, text, _ in Document("", "", blocks).texts():
        control = isinstance(text, str) and _CONTROL.search(text)
        if control:
            return f"文字里有控制字符 U+{ord(control.group()):04X}（在“{_CONTROL.sub('', text)[:20]}”中）：它不能写入 DOCX，须由插件去掉"
    return None


def _not_blocks(blocks: list) -> str | None:
    """What in ``blocks`` (an attachment's too) is not a block, or a heading of no level the renderers have."""
    for block in blocks:
        if not isinstance(block, get_args(Block)):
            return f"列表里有 {type(block).__name__}，应为 reportkit.blocks 中的块（Paragraph、Table 等）"
        if isinstance(block, Heading) and block.level not in (1, 2, 3, 4):
            return f"列表里有 {block.level!r} 级标题“{block.text}”：标题只有 1 至 4 级"
        if isinstance(block, Attachment) and isinstance(block.blocks, list):
            problem = _not_blocks(block.blocks)
            if problem:
                return problem
    return None


def _misfit(value, hint, where: str) -> str | None:
    """Where in ``value`` (a block, or one of its fields at ``where``) a value is not of its declared type ``hint``,
    in words (``rows[0][1].text 是 int（1），应为 str``); None when each is."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, UnionType):
        hint = next((arg for arg in args if _is(value, arg)), None)
        if hint is None:
            expected = "、".join(getattr(arg, "__name__", str(arg)) for arg in args if arg is not type(None))
            return f"{where} 是 {type(value).__name__}（{repr(value)[:20]}），应为 {expected}"
        origin, args = get_origin(hint), get_args(hint)
    if not _is(value, hint):
        expected = "、".join(map(repr, args)) + " 之一" if origin is Literal else getattr(origin or hint, "__name__", str(hint))
        return f"{where} 是 {type(value).__name__}（{repr(value)[:20]}），应为 {expected}"
    if origin is list:
        return next(filter(None, (_misfit(item, args[0], f"{where}[{i}]") for i, item in enumerate(value))), None)
    if is_dataclass(hint) and hint is not Source:
        prefix = f"{where}." if where else ""
        return next(filter(None, (_misfit(getattr(value, f.name), _hints(hint)[f.name], prefix + f.name)
                                  for f in fields(hint))), None)
    return None


def _is(value, hint) -> bool:
    """Whether ``value`` is of ``hint`` at its surface (a list's items are not looked at): a bool is no number."""
    origin = get_origin(hint)
    if origin is Literal:
        return value in get_args(hint)
    if origin in (Union, UnionType):
        return any(_is(value, arg) for arg in get_args(hint))
    if hint in (int, float):
        return isinstance(value, (int, float) if hint is float else int) and not isinstance(value, bool)
    return isinstance(value, origin or hint)


@cache
def _hints(cls: type) -> dict:
    return get_type_hints(cls)


def ordered(parts: list[Part]) -> list[Part]:
    """``parts`` sorted by ``order``; at an equal order the kind's own parts first, as given, then plugin sections
    by name: never by the order the plugins loaded in."""
    return sorted(parts, key=lambda part: (part.order, part.section is not None, part.section or ""))


def numbered(parts: list[Part], locate: Locate) -> list[Block]:
    """Each part's level-1 heading, numbered in order, followed by its blocks."""
    out: list[Block] = []
    for n, part in enumerate(ordered(parts), 1):
        out.append(Heading(1, heading_number(1, n), part.title, locate(part.path)))
        out += part.blocks()
    return out


@dataclass(frozen=True)
class SectionContext:
    """What a plugin section's ``build`` gets besides its data: where it is, and helpers."""

    path: tuple
    locate: Locate
    #: The section's plugin settings from ``plugins:`` in the data (:class:`reportkit.registry.Settings`), or None.
    settings: Any = None

    def source(self, *keys) -> Source | None:
        """The position in the data file of ``keys`` below the section."""
        return self.locate(self.path + keys)

    def narrative(self, items: list, *keys) -> list[Block]:
        """Blocks for narrative ``items`` at ``keys`` below the section; headings start at level 2."""
        return content_blocks(items, 2, self.path + keys, self.locate)
