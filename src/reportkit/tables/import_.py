"""``reportkit tables import``: the numbers of a workbook into the data file, its comments and layout kept.

The workbook's numbers replace those of the data file and the whole report is validated as
``reportkit validate`` would: every problem in a number is reported at its sheet and cell
(``tables.xlsx:表三!E12: error: …``) with the data file's messages; nothing is written unless
all is well. A formula in a 总计 leaves it to reportkit, but not a total the data file types as
another number than its sum: such a workbook never showed that number (the export writes it as typed).
The data file is then updated in place with ruamel.yaml's round trip, in the file's own indentation,
encoding (Notepad's UTF-16 and GBK too), byte order mark and line ends.
"""
from __future__ import annotations

import codecs
import copy
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.reader.excel import SUPPORTED_FORMATS
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.exceptions import InvalidFileException
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.representer import RoundTripRepresenter

from ..errors import ERROR, NOTE, WARNING, Diagnostic, InvalidData
from ..load import _DOS_END, Loaded, _decode, load_file
from ..plugins import Plugins
from ..validate import Validated, data_label, validate
from ..write import write_atomic
from . import has_tables, sheets
from .export import cell_name

#: More shifted labels than this on one sheet are one problem (a row inserted), not many.
_MAX_LABELS = 3


@dataclass
class WorkbookData(Loaded):
    """The data file's data with the workbook's numbers in it; problems with those numbers point at their cells."""

    workbook: str = ""
    places: dict[tuple, str] = field(default_factory=dict)  # data path -> "表三!E12"
    labels: dict[tuple, str] = field(default_factory=dict)  # data path -> 表三“（一）予以公开”“自然人”

    def diagnostic(self, severity: str, message: str, path: tuple = (), *, key: bool = False, plugin=None):
        path = tuple(path)
        for n in range(len(path), 0, -1):
            if path[:n] in self.places:
                # the cell as the workbook prints it, not its key in the data file
                message = message.replace(f"{data_label(path[:n])}：", f"{self.labels[path[:n]]}：", 1)
                return Diagnostic(severity, message, self.workbook, plugin=plugin, cell=self.places[path[:n]], path=path)
        return super().diagnostic(severity, message, path, key=key, plugin=plugin)


@dataclass
class Imported:
    validated: Validated
    changed: int  # how many numbers of the data file changed


def import_tables(workbook: str | Path, into: str | Path, plugins: Plugins, *, strict: bool = False,
                  dry_run: bool = False) -> Imported:
    """Validate ``into`` with the numbers of ``workbook`` and, unless ``dry_run``, write them into it.

    The data file's own tables need not add up (the workbook is where a clerk puts them right): before the
    numbers are merged, only its values are checked; the whole report is validated after."""
    loaded = load_file(into)
    # the layout of the workbook follows the data's edition
    current = validate(loaded, plugins.registry, strict=strict, rules=False)
    if not has_tables(current.report):
        raise InvalidData([Diagnostic(ERROR, "只有 2019 版、2021 版格式的政府信息公开工作年度报告有统计表可导入", str(into))])
    name = str(workbook)
    book, saved = _open(Path(workbook))
    merged = WorkbookData(loaded.file, copy.deepcopy(loaded.data), loaded.values, loaded.keys, list(loaded.diagnostics),
                          loaded.text, workbook=name)
    problems = _whose(book, current, name, str(into))
    if problems:
        raise InvalidData(problems)
    problems = _other_book(book, current.report, name)
    for sheet in sheets(current.report):
        if sheet.name not in book.sheetnames:
            problems.append(Diagnostic(ERROR, f"缺少工作表“{sheet.name}”（{sheet.title}）：请用 reportkit tables export "
                                              f"从 {into} 导出工作簿后填写，不要改工作表的名字", name))
            continue
        ws = book[sheet.name]
        problems += _check_labels(ws, sheet, name) + _outside(ws, sheet, name)
        for (r, c), cell in sheet.cells.items():
            where = f"{sheet.name}!{cell_name(r, c)}"
            value = ws.cell(r + 1, c + 1).value
            if cell.sums and isinstance(value, str) and value.startswith("="):
                if cell.mistyped:  # the workbook never showed this number: its formula does not replace it
                    problems.append(Diagnostic(NOTE, f"{cell.label}：这一格是公式，而 {into} 中填写的总计为 {cell.typed}，"
                                                     f"与各项之和 {cell.value} 不符：导入时保留 {cell.typed}，不按公式改写",
                                               name, cell=where))
                else:
                    _drop(merged.data, cell.path)  # a formula: reportkit computes the total, and updates a typed one
                continue
            if isinstance(value, str) and value.startswith("="):  # a clerk's formula: the value Excel saved with it
                value = saved[sheet.name].cell(r + 1, c + 1).value
                if value is None:
                    problems.append(Diagnostic(ERROR, f"这一格是公式“{ws.cell(r + 1, c + 1).value}”，工作簿里没有存下它"
                                                      "算出的数：请直接填数字（或复制后“选择性粘贴→数值”）", name, cell=where))
                    continue
            wrong = _wrong_cell(value)
            if wrong:
                problems.append(Diagnostic(ERROR, wrong, name, cell=where))
                continue
            merged.places[cell.path], merged.labels[cell.path] = where, cell.label
            _put(merged.data, cell.path, _number(value, cell.type))
    if any(p.severity == ERROR for p in problems):
        raise InvalidData(problems)
    merged.diagnostics += problems
    validated = validate(merged, plugins.registry, strict=strict)
    written = _Written.read(Path(into))
    updated, changed = update_yaml(written.text, validated)
    if not dry_run and changed:
        write_atomic(Path(into), written.encode(updated))
    return Imported(validated, changed)


#: The byte order marks the loader reads, and the encoding of the text after each.
_BOMS = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}


@dataclass
class _Written:
    """A data file's text as the loader decodes it (Notepad's UTF-16 and GBK too), and how the file was written:
    an import writes it back in its own encoding, byte order mark and line ends, so that only the numbers change."""

    text: str  # with "\n" line ends, as ruamel.yaml reads and writes them
    encoding: str
    bom: bytes
    newline: str
    end: str  # an old editor's Ctrl-Z after the text, which YAML refuses

    @classmethod
    def read(cls, path: Path) -> _Written:
        raw = path.read_bytes()
        text = _decode(raw, str(path), [])
        bom = next((bom for bom in _BOMS if raw.startswith(bom)), b"")
        # without a BOM the loader tries UTF-8, then GBK/GB18030, then Big5
        encoding = _BOMS.get(bom) or next((name for name in ("utf-8", "gb18030")
                                           if raw.decode(name, errors="replace") == text), "big5")
        found = _DOS_END.search(text)
        end = found.group() if found else ""
        text = text[:len(text) - len(end)]
        crlf = text.count("\r\n")
        counts = {"\n": text.count("\n") - crlf, "\r\n": crlf, "\r": text.count("\r") - crlf}
        newline = max(counts, key=counts.get)  # the most used; "\n" when there are as many of each
        return cls(text.replace("\r\n", "\n").replace("\r", "\n"), encoding, bom, newline, end)

    def encode(self, text: str) -> bytes:
        return self.bom + (text.replace("\n", self.newline) + self.end).encode(self.encoding)


#: The first bytes of an OLE compound file: an old .xls or .et, or a workbook with an open password.
_OLE = b"\xd0\xcf\x11\xe0"


def _open(path: Path):
    """The workbook with its formulas, and as Excel saved their values (``data_only``)."""
    if path.is_dir():
        raise _refused(path, "这是一个文件夹，不是工作簿：请写出要导入的 .xlsx 文件的名字")
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise _refused(path, "文件不存在") from None
    except PermissionError:
        raise _refused(path, "没有读取权限：请检查文件的权限，或关闭正在打开它的程序后重试") from None
    except OSError as exc:
        raise _refused(path, f"无法读取（{exc.strerror or exc}）") from None
    try:
        return load_workbook(path), load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, InvalidFileException):
        save_as = "在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再导入"
        if head.startswith(_OLE):
            why = f"这是旧版 Excel（.xls）或 WPS（.et）格式的文件，或者设了打开密码的工作簿：请去掉打开密码，{save_as}"
        elif path.suffix.lower() not in SUPPORTED_FORMATS:
            what = f" {path.suffix} 文件" if path.suffix else "没有扩展名的文件"
            why = f"reportkit 只能读取 .xlsx 工作簿，不能读取{what}：请{save_as}"
        else:
            why = f"不是可读取的 .xlsx 工作簿（文件已损坏，或是别的文件改了扩展名）：请{save_as}"
        raise _refused(path, why) from None


def _refused(path: Path, why: str) -> InvalidData:
    return InvalidData([Diagnostic(ERROR, why, str(path))])


def _whose(book, current: Validated, name: str, into: str) -> list[Diagnostic]:
    """A workbook exported from a report of the other edition cannot be read by position: one error saying so."""
    subject = (book.properties.subject or "").split()
    edition = current.report.spec.name
    if len(subject) == 2 and subject[0] == "annual-report" and subject[1] != edition:
        return [Diagnostic(ERROR, f"这个工作簿是 {subject[1]} 版统计表导出的，而 {into} 是 {edition} 版"
                                  f"（{current.report.year} 年度）的数据：请用 reportkit tables export {into} 导出它自己的工作簿",
                           name)]
    return []


def _other_book(book, report, name: str) -> list[Diagnostic]:
    """A warning when the workbook was exported from another report (another agency or year): a file picked by mistake."""
    title = book.properties.title or ""
    expected = f"{report.display_title}（统计表）"
    if book.properties.creator == "reportkit" and title.endswith("（统计表）") and title != expected:
        return [Diagnostic(WARNING, f"这个工作簿是从《{title[:-len('（统计表）')]}》导出的，而数据文件是《{report.display_title}》："
                                    "请核对没有选错文件", name)]
    return []


def _outside(ws, sheet, name: str) -> list[Diagnostic]:
    """A warning for what was typed outside the table (below or right of it): it is not read."""
    grid = sheet.grid()
    rows = max(r + cell.rowspan for (r, _), cell in grid.items())
    cols = max(c + cell.colspan for (_, c), cell in grid.items())
    typed = [cell.coordinate for row in ws.iter_rows() for cell in row
             if cell.value not in (None, "") and (cell.row > rows or cell.column > cols)]
    if not typed:
        return []
    more = f"等 {len(typed)} 格" if len(typed) > 3 else ""
    return [Diagnostic(WARNING, f"表格之外的 {'、'.join(typed[:3])}{more} 有内容，未导入：数字请填在表格里对应的格中",
                       name, cell=f"{sheet.name}!{typed[0]}")]


_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[,，\s]\d{3})+(?:\.\d+)?")
_SEPARATOR = re.compile(r"[,，\s]")


def _wrong_cell(value) -> str | None:
    """What is wrong with a number cell that the data file's messages would not say plainly, or None."""
    if isinstance(value, (dt.datetime, dt.date)):
        shown = value.date() if isinstance(value, dt.datetime) and value.time() == dt.time() else value
        return (f"这一格被设成了日期格式，显示为 {shown}（原来的数可能是 {to_excel(value):g}）：请把单元格格式改为"
                "“常规”或“数值”，再重新填数")
    if isinstance(value, str) and _GROUPED.fullmatch(value.strip()):
        return f"数字里不要写千位分隔符（“{value.strip()}”写成 {_SEPARATOR.sub('', value)}）"
    return None


def _check_labels(ws, sheet, name: str) -> list[Diagnostic]:
    out = []
    for (r, c), cell in sheet.grid().items():
        if (r, c) in sheet.cells:
            continue
        found = ws.cell(r + 1, c + 1).value
        if _same(found, cell.text):
            continue
        out.append(Diagnostic(ERROR, f"这一格应为“{cell.text}”，而工作簿中是“{found if found is not None else ''}”："
                                     "表格的行列不能插入、删除或移动；请从数据文件另导出一个新的工作簿（-o 新的文件名），"
                                     "再把数字填进去",
                              name, cell=f"{sheet.name}!{cell_name(r, c)}"))
        if len(out) == _MAX_LABELS:
            break
    return out


def _same(found, expected: str) -> bool:
    return found is not None and "".join(str(found).split()) == "".join(expected.split())


def _number(value, kind: str):
    """A workbook value as the data file would hold it; anything else is left for the model to refuse."""
    if isinstance(value, float):
        if kind == "amount":
            return Decimal(repr(value))
        return int(value) if value.is_integer() else value
    if isinstance(value, dt.time):
        return str(value)  # Excel turned the number into a time: the model says what is wrong
    if isinstance(value, str):
        return value.strip()
    return value


def _put(data: dict, path: tuple, value) -> None:
    node = data
    for key in path[:-1]:
        node = node.setdefault(key, {}) if isinstance(node, dict) else node
    last = path[-1]
    if isinstance(node.get(last), dict) and "value" in node[last]:
        node[last]["value"] = value  # keep the cell's note
    else:
        node[last] = value


def _drop(data: dict, path: tuple) -> None:
    node = data
    for key in path[:-1]:
        node = node.get(key) if isinstance(node, dict) else None
    if isinstance(node, dict):
        node.pop(path[-1], None)


# The round-trip update --------------------------------------------------------
class _Representer(RoundTripRepresenter):
    """Writes a decimal with the places it has, unquoted (824.60, 2241.00): the data reads it back so
    (:class:`~reportkit.load.WrittenFloat`)."""


_Representer.add_representer(
    Decimal, lambda representer, value: representer.represent_scalar("tag:yaml.org,2002:float", format(value, "f")))


def _yaml() -> YAML:
    yaml = YAML()
    yaml.Representer = _Representer
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def update_yaml(text: str, validated: Validated) -> tuple[str, int]:
    """``text`` with the numbers of ``validated``'s tables; rows and cells still 0 are not added,
    and a 总计 is updated (to the computed value) only where the data file types one."""
    yaml = _yaml()
    yaml.indent(*_indentation(text))
    doc = yaml.load(text)
    order = _key_order(validated.report)
    changed = 0
    for sheet in sheets(validated.report):
        for cell in sheet.cells.values():
            value = int(cell.value) if cell.type != "amount" else cell.value
            if cell.sums and _get(doc, cell.path) is None:
                continue  # the data file leaves this total to reportkit: keep it so
            changed += _set(doc, cell.path, value, order)
    return dump_yaml(yaml, doc), changed


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
    out = io.StringIO()
    yaml.dump(doc, out)
    return _SQUEEZED.sub(r"\1  #", out.getvalue())


def _key_order(report) -> dict[tuple, int]:
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


def _set(doc, path: tuple, value, order: dict[tuple, int]) -> int:
    node = doc
    for n, key in enumerate(path[:-1], 1):
        if key not in node:
            if not value:
                return 0
            child = CommentedMap()
            if n == len(path) - 1:
                child.fa.set_flow_style()
            _insert(node, key, child, path[:n], order)
        node = node[key]
    last = path[-1]
    current = node.get(last)
    if isinstance(current, dict):
        if _equal(current.get("value"), value):
            return 0
        current["value"] = _plain(value)
        return 1
    if current is None and not value:
        return 0
    if current is not None and _equal(current, value):
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


def _equal(current, value) -> bool:
    try:
        return Decimal(str(current)) == Decimal(str(value))
    except ArithmeticError:
        return False


def _plain(value):
    """``value`` as YAML writes it: a whole decimal as an integer, one with places as it is (:class:`_Representer`)."""
    if isinstance(value, Decimal) and value.as_tuple().exponent >= 0:
        return int(value)
    return value
