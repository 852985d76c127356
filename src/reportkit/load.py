"""Step 1 of the pipeline: read a YAML data file safely and remember where every value is.

Only plain YAML is accepted: no tags, anchors, aliases or merge keys, no
duplicate keys. Files saved as GBK/GB18030 by older editors are read with a
note. Every value's line and column are kept so later errors can point at them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import ERROR, NOTE, WARNING, Diagnostic, InvalidData

MAX_BYTES = 5 * 1024 * 1024
_SAFE_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}
# XML 1.0 forbids these; Word pastes them (vertical tab = manual line break).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Loaded:
    """Plain data from one file, with the 1-based (line, col) of each value and each key."""

    file: str
    data: object
    values: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    keys: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def position(self, path: tuple, *, key: bool = False) -> tuple[int, int]:
        """Position of ``path``, or of its nearest ancestor present in the file."""
        path = tuple(path)
        while path:
            found = (self.keys if key else self.values).get(path) or self.values.get(path)
            if found:
                return found
            path = path[:-1]
        return self.values.get((), (1, 1))

    def diagnostic(self, severity: str, message: str, path: tuple = (), *, key: bool = False, plugin=None):
        line, col = self.position(path, key=key)
        return Diagnostic(severity, message, self.file, line, col, plugin)


def load_file(path: str | Path) -> Loaded:
    """Read and parse ``path``; raise :class:`InvalidData` with located messages on failure."""
    path = Path(path)
    name = str(path)
    try:
        if path.is_dir():
            raise _fail(name, f"“{name}”是一个文件夹，不是数据文件")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _fail(name, f"文件过大（{size // 1024} KB，上限 {MAX_BYTES // 1024 // 1024} MB）；年度报告的数据文件通常不超过 100 KB")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _fail(name, "文件不存在") from None
    except PermissionError:
        raise _fail(name, "没有读取权限") from None
    except OSError as exc:
        raise _fail(name, f"无法读取：{exc.strerror or exc}") from None
    return load_text(raw, name)


def load_text(raw: bytes | str, name: str = "<data>") -> Loaded:
    """Parse YAML bytes or text; ``name`` is used in messages."""
    notes: list[Diagnostic] = []
    text = _decode(raw, name, notes) if isinstance(raw, bytes) else raw
    text = _clean_controls(text, name, notes)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = exc.problem or exc.context or "无法解析"
        raise InvalidData(notes + [Diagnostic(ERROR, f"YAML 语法错误：{detail}（检查缩进、冒号后的空格和引号是否成对）", name, line, col)]) from None
    except yaml.YAMLError as exc:
        raise InvalidData(notes + [Diagnostic(ERROR, f"YAML 语法错误：{exc}", name, 1, 1)]) from None
    loaded = Loaded(name, None, diagnostics=notes)
    if root is None:
        raise InvalidData(notes + [Diagnostic(ERROR, "文件是空的：请用 reportkit init 生成一个起始文件", name, 1, 1)])
    errors: list[Diagnostic] = []
    loaded.data = _Builder(loaded, errors).convert(root, ())
    if errors:
        raise InvalidData(notes + errors)
    return loaded


def _fail(name: str, message: str) -> InvalidData:
    return InvalidData([Diagnostic(ERROR, message, name)])


def _decode(raw: bytes, name: str, notes: list[Diagnostic]) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict") if _utf8(raw[3:]) else _refuse_encoding(name)
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    if _utf8(raw):
        return raw.decode("utf-8")
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        _refuse_encoding(name)
    notes.append(Diagnostic(NOTE, "文件不是 UTF-8 编码，已按 GBK/GB18030 读取；建议在编辑器中另存为 UTF-8", name, 1, 1))
    return text


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _refuse_encoding(name: str):
    raise _fail(name, "无法识别文件编码：请在编辑器中“另存为”UTF-8 编码后再试")


def _clean_controls(text: str, name: str, notes: list[Diagnostic]) -> str:
    """Remove XML-invalid control characters (one shared place), with a warning per line."""
    if not _CONTROL.search(text):
        return text
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        for match in _CONTROL.finditer(line):
            char = match.group()
            notes.append(Diagnostic(
                WARNING, f"删除了不可见的控制字符 U+{ord(char):04X}（常见于从 Word 粘贴的文字）"
                + ("，已换成空格" if char in "\x0b\x0c" else ""), name, number, match.start() + 1))
    return _CONTROL.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", text)


class _Builder:
    """Turn composed YAML nodes into plain Python values, recording positions."""

    def __init__(self, loaded: Loaded, errors: list[Diagnostic]):
        self.loaded = loaded
        self.errors = errors
        self.seen: set[int] = set()
        self.constructor = _Loader("")

    def error(self, node, message):
        self.errors.append(Diagnostic(ERROR, message, self.loaded.file, node.start_mark.line + 1, node.start_mark.column + 1))

    def convert(self, node, path: tuple):
        self.loaded.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if id(node) in self.seen:
            self.error(node, "不支持 YAML 锚点和别名（& 和 *）：请把内容直接写出来")
            return None
        self.seen.add(id(node))
        if node.tag not in _SAFE_TAGS:
            self.error(node, f"不支持 YAML 标签“{node.tag}”：请去掉以 ! 开头的标记")
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, path + (i,)) for i, item in enumerate(node.value)]
        try:
            return self.constructor.construct_object(node)
        except yaml.YAMLError as exc:
            self.error(node, f"无法识别的值：{getattr(exc, 'problem', exc)}")
            return None

    def mapping(self, node, path: tuple) -> dict:
        result: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.error(key_node, "不支持 YAML 合并键“<<”：请把内容直接写出来")
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.error(key_node, "键必须是简单文字")
                continue
            key = key_node.value
            where = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in result:
                first = self.loaded.keys[path + (key,)]
                self.error(key_node, f"键“{key}”重复（第一次出现在第 {first[0]} 行）：删除其中一个")
                continue
            self.loaded.keys[path + (key,)] = where
            result[key] = self.convert(value_node, path + (key,))
        return result
