"""A workbook's numbers written back into the data file with ruamel.yaml's round trip (:func:`update_yaml`): its
comments stay above their keys, its lines keep their indentation and the room before their comments, a table it lacks
is added in the tables' order; the file is replaced in its own encoding (Notepad's UTF-16 and GBK too), byte order mark
and line ends (:class:`Written`, :func:`write`). ``aggregate`` writes its summed data file with the same round trip.
"""
from __future__ import annotations

import bisect
import codecs
import difflib
import io
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml as pyyaml  # libyaml's scanner, as load reads data files (ruamel.yaml is YAML here)

from ruamel.yaml import YAML, YAMLError
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import CommentMark
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.tokens import CommentToken

from ..errors import ERROR, Diagnostic, InvalidData, RenderError
from ..file_kinds import utf16_without_bom
from ..load import _DOS_END, _decode, _Loader
from ..validate import Validated
from ..write import _read_only, write_atomic
from . import TABLE_NAMES, sheets


def write(into: Path, data: bytes) -> None:
    """Replace the data file; a link's target, so that the link stays. Refused with the fix, at the data file."""
    target = into.resolve()
    if _read_only(target):
        raise InvalidData([Diagnostic(ERROR, "是只读文件，未写入（原有文件未改动）：请先取消它的“只读”属性（文件属性中；"
                                             "Linux、macOS 上 chmod u+w），再重新导入", str(into))])
    try:
        write_atomic(target, data)
    except RenderError as exc:
        raise InvalidData([Diagnostic(ERROR, exc.format_message().removeprefix(f"{target}: "), str(into))]) from None


#: The byte order marks the loader reads, and the encoding of the text after each; UTF-32's first, for UTF-16's FF FE
#: starts UTF-32's little-endian mark too (a UTF-32 file was written back as UTF-16).
_BOMS = {codecs.BOM_UTF32_LE: "utf-32-le", codecs.BOM_UTF32_BE: "utf-32-be", codecs.BOM_UTF8: "utf-8",
         codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}


@dataclass
class Written:
    """A data file's text as the loader decodes it (Notepad's UTF-16 and GBK too), and how the file was written:
    an import writes it back in its own encoding, byte order mark and line ends, so that only the numbers change."""

    text: str  # with "\n" line ends, as ruamel.yaml reads and writes them
    encoding: str
    bom: bytes
    newline: str
    end: str  # an old editor's Ctrl-Z after the text, which YAML refuses

    @classmethod
    def read(cls, path: Path) -> Written:
        raw = path.read_bytes()
        text = _decode(raw, str(path), [])
        bom = next((bom for bom in _BOMS if raw.startswith(bom)), b"")
        # without a BOM the loader reads UTF-16 by its line ends, else tries UTF-8, then GBK/GB18030, then Big5
        encoding = _BOMS.get(bom) or (utf16_without_bom(raw) if b"\x00" in raw else next(
            (name for name in ("utf-8", "gb18030") if raw.decode(name, errors="replace") == text), "big5"))
        found = _DOS_END.search(text)
        end = found.group() if found else ""
        text = text[:len(text) - len(end)]
        crlf = text.count("\r\n")
        counts = {"\n": text.count("\n") - crlf, "\r\n": crlf, "\r": text.count("\r") - crlf}
        newline = max(counts, key=counts.get)  # the most used; "\n" when there are as many of each
        return cls(text.replace("\r\n", "\n").replace("\r", "\n"), encoding, bom, newline, end)

    def encode(self, text: str) -> bytes:
        return self.bom + (text.replace("\n", self.newline) + self.end).encode(self.encoding)


# The round-trip update --------------------------------------------------------
class _Representer(RoundTripRepresenter):
    """Writes a decimal with the places it has, unquoted (824.60, 2241.00): the data reads it back so
    (:class:`~reportkit.load.WrittenFloat`)."""


_Representer.add_representer(
    Decimal, lambda representer, value: representer.represent_scalar("tag:yaml.org,2002:float", format(value, "f")))


def round_trip_yaml() -> YAML:
    """ruamel.yaml set to write a data file back as reportkit writes one: quotes kept, lines unwrapped, its indents."""
    yaml = YAML()
    yaml.Representer = _Representer
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def update_yaml(text: str, validated: Validated) -> tuple[str, int]:
    """``text`` with the numbers of ``validated``'s tables; rows and cells still 0 are not added,
    and a 总计 is updated (to the computed value) only where the data file types one. Comments stay above the
    keys they stood above, and lines keep their indentation and the room before their comments
    (:func:`_keep_layout`)."""
    yaml = round_trip_yaml()
    yaml.indent(*_indentation(text))
    doc = yaml.load(_spaced(text))
    order = key_order(validated.report)
    above = _comments_above(doc)
    for path in [("tables",)] + [("tables", key) for key in TABLE_NAMES]:
        _table_at(doc, path, order)
    changed = 0
    for sheet in sheets(validated.report):
        for cell in sheet.cells.values():
            value = int(cell.value) if cell.type != "amount" else cell.value
            if cell.sums and _get(doc, cell.path) is None:
                continue  # the data file leaves this total to reportkit: keep it so
            changed += set_value(doc, cell.path, value, order)
    _keep_comments_above(doc, above)
    return _keep_layout(text, dump_yaml(yaml, doc)), changed


#: A comment's start: a # at a line's start or after a blank.
_COMMENT_START = re.compile(r"(?:^|(?<=[ \t]))#")


def _spaced(text: str) -> str:
    """``text`` with its tabs made spaces, but in quoted and block scalars and in comments, for ruamel.yaml: libyaml,
    which reads data files, takes a tab after a colon (``year:\t2023``), before a comment or in plain text (Notepad's
    Tab key); ruamel.yaml refuses them. Each line keeps its length; :func:`_keep_layout` keeps the file's own lines."""
    if "\t" not in text:
        return text
    try:  # the file was read already: it scans
        spans = sorted((t.start_mark.index, t.end_mark.index) for t in pyyaml.scan(text, Loader=_Loader)
                       if isinstance(t, pyyaml.ScalarToken) and t.style)
    except pyyaml.YAMLError:
        return text
    starts = [start for start, _ in spans]

    def quoted(i: int) -> bool:
        k = bisect.bisect_right(starts, i) - 1
        return k >= 0 and i < spans[k][1]

    chars = list(text)
    for tab in re.finditer("\t", text):
        i = tab.start()
        line = text.rfind("\n", 0, i) + 1
        if not quoted(i) and not any(not quoted(line + m.start()) for m in _COMMENT_START.finditer(text, line, i)):
            chars[i] = " "
    return "".join(chars)


# Comments above a key -------------------------------------------------------------
# ruamel.yaml keeps the comment lines above a key with the line before them: after a leaf's value (its end-of-line
# comment, then the lines below it), or after a mapping's key for its first child. A key inserted there would come
# after them, the comment then above the new key: the lines are moved to the new key that now precedes their own.


def _leaves(node, path: tuple = ()):
    """Each key of the block mappings in ``node``, in the file's order: (path, its mapping, key)."""
    for key, value in node.items():
        yield path + (key,), node, key
        if _block(value):
            yield from _leaves(value, path + (key,))


def _block(value) -> bool:
    return isinstance(value, CommentedMap) and not value.fa.flow_style()


def _comments_above(doc) -> dict:
    """The comment lines above each key (and the file's end, ``None``): {key path: (path before it, lines)}."""
    keys = list(_leaves(doc))
    out = {}
    for (path, node, key), after in zip(keys, [k[0] for k in keys[1:]] + [None]):
        lines = _lines_after(node, key)
        if lines and "#" in lines:
            out[after] = (path, lines)
    return out


def _slot(node, key) -> list:
    return node.ca.items.get(key) or [None, None, None, None]


def _lines_after(node, key) -> str:
    """The whole-line comments (and blank lines) right after ``key``'s line, as text."""
    slot = _slot(node, key)
    if slot[2] is not None:
        return slot[2].value.partition("\n")[2]
    if _block(node[key]) and slot[3]:
        return "".join(" " * token.column + token.value for token in slot[3])
    return ""


def _keep_comments_above(doc, above: dict) -> None:
    keys = list(_leaves(doc))
    before = dict(zip([k[0] for k in keys[1:]] + [None], keys))
    for after, (path, lines) in above.items():
        now, node, key = before[after]
        if now == path or _block(node[key]):
            continue
        _cut(*next((n, k) for p, n, k in keys if p == path))
        slot = node.ca.items.setdefault(key, [None, None, None, None])
        if slot[2] is None:
            slot[2] = CommentToken("\n" + lines, CommentMark(0), None)
        else:
            slot[2].value += lines


def _cut(node, key) -> None:
    """Drop the comment lines after ``key``'s line; its end-of-line comment stays."""
    slot, value = _slot(node, key), node[key]
    if slot[2] is not None:
        first = slot[2].value.partition("\n")[0]
        if first:
            slot[2].value = first + "\n"
            return
        slot[2] = None  # the same token is the value's own when the value is a mapping
        if isinstance(value, CommentedMap) and value.ca.comment:
            value.ca.comment[0] = None
    elif slot[3]:
        slot[3] = None
        if value.ca.comment:
            value.ca.comment[1] = None


# The file's own layout -----------------------------------------------------------
#: A line of a key, the key its first group.
_KEY_LINE = re.compile(r" *([^\s#'\"{}\[\],-][^#'\":]*):(?: .*)?")


def _parts(line: str) -> tuple[int, str, int, str]:
    """A line's indentation, its code, the spaces before its end-of-line comment and the comment (a line with quotes
    is all code)."""
    indent = len(line) - len(line.lstrip(" "))
    body = line[indent:]
    found = None if body.startswith("#") or "'" in body or '"' in body else re.search(r" +#", body)
    if not found:
        return indent, body, 0, ""
    return indent, body[:found.start()], found.end() - found.start() - 1, body[found.end() - 1:]


def _keep_layout(before: str, after: str) -> str:
    """``after`` (ruamel.yaml's) with the lines of ``before`` it kept unchanged, and its other lines in ``before``'s
    manner: a changed line in its own indentation and with as much room before its comment (ruamel.yaml writes one
    file-wide indentation and one space before a comment it had to push right); a new line indented as its siblings
    or parent are. ``after`` itself if that would read as other data."""
    old, spaced, new = before.split("\n"), _spaced(before).split("\n"), after.split("\n")  # spaced: as ruamel read it
    blocks = difflib.SequenceMatcher(None, [line.strip() for line in spaced], [line.strip() for line in new],
                                     autojunk=False)
    out: list[str] = []
    levels: dict[int, int] = {}  # ruamel.yaml's indentation -> the file's, on the way to the current line
    for tag, i1, i2, j1, j2 in blocks.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2)):
                out.append(old[i])
                _learn(levels, new[j], old[i])
            continue
        unpaired = list(range(i1, i2))
        for line in new[j1:j2]:
            key = _KEY_LINE.fullmatch(line)
            paired = next((i for i in unpaired if key and (m := _KEY_LINE.fullmatch(spaced[i])) and m[1] == key[1]), None)
            renumbered = _renumbered(old[paired], line) if paired is not None else None
            if paired is None:  # a list's entry: the file's line where it says the same
                paired = next((i for i in unpaired if _renumbered(old[i], line) == old[i]), None)
                renumbered = None if paired is None else old[paired]
            if paired is not None:
                unpaired.remove(paired)
                kept = renumbered if renumbered is not None else _restyled(line, spaced[paired])
            else:
                indent = len(line) - len(line.lstrip(" "))
                kept = " " * _indent_for(levels, indent) + line.lstrip(" ") if line.strip() else line
            out.append(kept)
            _learn(levels, line, kept)
    kept = "\n".join(out)
    try:
        same = round_trip_yaml().load(_spaced(kept)) == round_trip_yaml().load(after)
    except YAMLError:
        same = False
    return kept if same else after


#: A number as a plain scalar says it, which is all an import changes on a line.
_YAML_NUMBER = re.compile(r"[-+]?[0-9]+(?:\.[0-9]*)?")


def _scalars(line: str) -> list | None:
    """The tokens of one line as libyaml scans it (the loader's scanner, which takes tabs), without the stream's; None
    where the line is no YAML by itself (a part of a block scalar, a flow cut in two) or holds no scalar."""
    try:
        tokens = list(pyyaml.scan(line, Loader=_Loader))[1:-1]
    except pyyaml.YAMLError:
        return None
    return tokens if any(isinstance(t, pyyaml.ScalarToken) for t in tokens) else None


def _renumbered(was: str, line: str) -> str | None:
    """The file's line ``was`` with the numbers ruamel.yaml's ``line`` has in their place, and the cells it adds to a
    flow mapping as ruamel.yaml writes them; the rest as the file has it (tabs, quotes and escapes, where ruamel.yaml
    writes a quoted tab as \\t and ``'`` quotes as ``"``; the room before a comment, a shorter line leaving it where it
    stood). None unless the two say the same but for plain numbers and the cells added."""
    ours, theirs = _scalars(was), _scalars(line)
    if ours is None or theirs is None:
        return None
    blocks = difflib.SequenceMatcher(None, [_said(t) for t in ours], [_said(t) for t in theirs], autojunk=False)
    out, end = [], 0
    for tag, i1, i2, j1, j2 in blocks.get_opcodes():
        if tag == "equal":
            for a, b in zip(ours[i1:i2], theirs[j1:j2]):
                if getattr(a, "value", None) != getattr(b, "value", None):  # a number changed
                    out += [was[end:a.start_mark.index], b.value]
                    end = a.end_mark.index
        elif tag == "insert" and i1 < len(ours) and j2 < len(theirs) and not isinstance(ours[i1], pyyaml.BlockEndToken):
            at = ours[i1].start_mark.index  # before the token the added ones precede in ruamel.yaml's line too
            out += [was[end:at], line[theirs[j1].start_mark.index:theirs[j2].start_mark.index]]
            end = at
        else:
            return None
    last = max(t.end_mark.index for t in ours if not isinstance(t, pyyaml.BlockEndToken))
    code, rest = "".join(out) + was[end:last], was[max(end, last):]
    comment = _COMMENT_START.search(rest)
    if comment and len(code) < last:
        rest = rest[:comment.start()] + " " * (last - len(code)) + rest[comment.start():]
    return code + rest


def _said(token) -> tuple:
    """What a token says, as :func:`_renumbered` compares lines: any plain number alike."""
    value = getattr(token, "value", None)
    plain = getattr(token, "plain", None)
    return type(token).__name__, "0" if plain and _YAML_NUMBER.fullmatch(value) else value, plain


def _learn(levels: dict[int, int], theirs: str, ours: str) -> None:
    if not theirs.strip() or theirs.lstrip().startswith("#"):
        return
    indent = len(theirs) - len(theirs.lstrip(" "))
    for deeper in [k for k in levels if k > indent]:
        del levels[deeper]
    levels[indent] = len(ours) - len(ours.lstrip(" "))


def _indent_for(levels: dict[int, int], indent: int) -> int:
    if indent in levels:
        return levels[indent]
    parent = max((k for k in levels if k < indent), default=None)
    return indent if parent is None else levels[parent] + indent - parent


def _restyled(line: str, was: str) -> str:
    """A changed ``line`` in the indentation of the line it ``was``; its comment where it stood, or as far after the
    longer value as it was."""
    _, code, _, comment = _parts(line)
    indent, old_code, gap, old_comment = _parts(was)
    if not comment or comment != old_comment:
        return " " * indent + line.lstrip(" ")
    return " " * indent + code + " " * (gap + max(0, len(old_code) - len(code))) + comment


#: A key with nothing after it but a comment: a block follows.
_KEY_ONLY = re.compile(r"( *)[^\s#-][^#]*:\s*(?:#.*)?")
#: A block list's entry, up to the first character of its item.
_ENTRY = re.compile(r" *- +\S")


def _indentation(text: str) -> tuple[int | None, int | None, int | None]:
    """The file's own indentation, as ruamel.yaml's ``indent()`` takes it (mapping, sequence, offset), from its first
    nested mapping and its first list: a list's ``- `` may stand under its key's first letter or further in. None
    where the file has no such block (ruamel.yaml's setting is kept)."""
    mapping = sequence = offset = None
    parent = None  # the indent of the key on the line before, when nothing follows it there
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        entry = _ENTRY.match(line)
        if parent is not None and entry and offset is None and indent >= parent:
            offset, sequence = indent - parent, entry.end() - 1 - parent
        elif parent is not None and not entry and mapping is None and indent > parent:
            mapping = indent - parent
        key = _KEY_ONLY.fullmatch(line)
        parent = len(key.group(1)) if key else None
    return mapping, sequence, offset


#: A number that grew into the comment after it: ruamel.yaml leaves one blank, the starting files two.
_SQUEEZED = re.compile(r"^(\s*[\w-]+: [-+\d.]+) #", re.MULTILINE)


def dump_yaml(yaml: YAML, doc) -> str:
    """``doc`` as ``yaml`` writes it, a comment after a value two spaces from it."""
    out = io.StringIO()
    yaml.dump(doc, out)
    return _SQUEEZED.sub(r"\1  #", out.getvalue())


def key_order(report) -> dict[tuple, int]:
    """Each key path of ``report``'s tables (and every path above one) → its place in the order the tables list them."""
    order: dict[tuple, int] = {}
    for sheet in sheets(report):
        for cell in sheet.cells.values():
            for n in range(1, len(cell.path) + 1):
                order.setdefault(cell.path[:n], len(order))
    return order


def _get(doc, path: tuple):
    node = doc
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def _table_at(doc, path: tuple, order: dict[tuple, int]) -> None:
    """A mapping at ``path`` (``tables`` or one of its tables) where the data file lacks it or leaves it empty, so that
    the file has every table: ``{}`` while all its cells are 0."""
    node = _get(doc, path[:-1])
    if path[-1] not in node:
        _insert(node, path[-1], CommentedMap(), path, order)
    elif node[path[-1]] is None:
        node[path[-1]] = CommentedMap()


def set_value(doc, path: tuple, value, order: dict[tuple, int]) -> int:
    """``value`` set at ``path`` of ``doc``, a missing mapping on the way added in ``order`` (:func:`key_order`; none
    for a 0 where the file has nothing); 1 if the file changed, else 0."""
    node = doc
    for n, key in enumerate(path[:-1], 1):
        if key not in node:
            if not value:
                return 0
            child = CommentedMap()
            if n == len(path) - 1:
                child.fa.set_flow_style()
            _insert(node, key, child, path[:n], order)
        elif value and n < len(path) - 1 and not node[key]:
            node[key].fa.set_block_style()  # a table written as {} (all 0) gets its rows as the others' are
        node = node[key]
    last = path[-1]
    current = node.get(last)
    if isinstance(current, dict):
        if equal(current.get("value"), value):
            return 0
        current["value"] = _plain(value)
        return 1
    if current is None and not value:
        return 0
    if current is not None and equal(current, value):
        return 0
    if last in node:
        node[last] = _plain(value)
    else:
        _insert(node, last, _plain(value), path, order)
    return 1


def _insert(node: CommentedMap, key, value, path: tuple, order: dict[tuple, int]) -> None:
    """Put ``key`` among its siblings in the tables' order."""
    rank = order.get(path, len(order))
    position = sum(1 for k in node if order.get(path[:-1] + (k,), -1) < rank)
    node.insert(position, key, value)


def equal(current, value) -> bool:
    try:
        return Decimal(str(current)) == Decimal(str(value))
    except ArithmeticError:
        return False


def _plain(value):
    """``value`` as YAML writes it: a whole decimal as an integer, one with places as it is (:class:`_Representer`)."""
    if isinstance(value, Decimal) and value.as_tuple().exponent >= 0:
        return int(value)
    return value
