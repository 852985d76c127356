"""The workbook ``tables import`` and ``aggregate`` read, opened (:func:`open_workbook`) or refused with the fix: no
.xlsx workbook (a folder, an old .xls or .et, a web page saved as .xls, Strict Open XML, a damaged file), or one too
large to read (:data:`_MAX_UNPACKED`, :data:`_MAX_CELLS`: counted in its zip before openpyxl builds a cell). The values
Excel saved with its formulas are loaded only when a clerk's formula needs one (:class:`_Saved`).
"""
from __future__ import annotations

import codecs
import posixpath
import re
import warnings
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.reader.excel import SUPPORTED_FORMATS

from ..errors import ERROR, Diagnostic, InvalidData
from ..write import reason, special


#: The namespace of a Strict Open XML workbook.
_STRICT = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
#: The first bytes of an OLE compound file: an old .xls or .et, or a workbook with an open password.
_OLE = b"\xd0\xcf\x11\xe0"


def open_workbook(path: Path, then: str):
    """The workbook with its formulas, and as Excel saved their values (:class:`_Saved`); ``then``: what is done with
    it (导入, 汇总), said in the refusal of a file to save as .xlsx first."""
    if path.is_dir():
        raise refused(path, "这是一个文件夹，不是工作簿：请写出要导入的 .xlsx 文件的名字")
    if kind := special(path):  # opened, it waits for a writer for ever
        raise refused(path, f"这是一个{kind}，不是工作簿文件，未{then}：请给出填好的 .xlsx 工作簿")
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except FileNotFoundError:
        raise refused(path, "文件不存在") from None
    except PermissionError:
        raise refused(path, "没有读取权限：请检查文件的权限，或关闭正在打开它的程序后重试") from None
    except OSError as exc:
        raise refused(path, f"无法读取（{reason(exc, reading=True)}）") from None
    sizes = _unpacked(path)
    if sum(sizes.values()) > _MAX_UNPACKED:
        raise refused(path, f"工作簿解压后超过 {_MAX_UNPACKED // 1024 ** 2} MB（统计表的工作簿不到 1 MB），未{then}：请检查是否选错了文件；"
                             f"确是这个工作簿的，删去多余的工作表和图片后另存，再{then}")
    crowded = _crowded_sheet(path, sizes)
    if crowded:
        raise refused(path, f"工作表“{crowded}”有超过 {_MAX_CELLS // 10000} 万个格（设了格式的空白格也算；统计表的工作表不到 1000 格），"
                             f"reportkit 读这样大的工作表要很久，未{then}：请检查是否选错了文件；确是这个工作簿的，删去工作表"
                             f"“{crowded}”中不用的行、列（或删去整个不用的工作表）后另存，再{then}")
    return _load(path, head, then), _Saved(path, head, then)


#: The most a workbook's parts may unpack to: openpyxl takes half a minute and 500 MB a million cells, which a
#: workbook of 5 MB holds; the tables' own unpack to less than 1 MB.
_MAX_UNPACKED = 100 * 1024 ** 2
#: The most cells one worksheet may hold: openpyxl builds each cell a sheet stores, an empty one with a format too
#: (100,000 take 2-3 seconds and 100 MB; the 2.6 million ``<c/>`` that 10 MB holds, 22 seconds and 1 GB, and a second
#: load for the values of formulas doubles it); a table's own sheet, as exported or in a province's template, holds a
#: few hundred, a clerk's formatted range of 26 columns by 3,000 rows 78,000.
_MAX_CELLS = 100_000
#: A cell of a worksheet's part (``<c r="B2" s="1"/>``, ``<x:c>`` where the namespace has a prefix), not a ``<col>``.
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
#: The fewest bytes a cell takes (``<c/>``): a part smaller than this many times :data:`_MAX_CELLS` is not counted.
_CELL_BYTES = 4


def _unpacked(path: Path) -> dict[str, int]:
    """The bytes each of ``path``'s parts unpacks to, as its zip says (a part is read no further); none where it is no
    zip (:func:`_load` says what it is)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return {info.filename: info.file_size for info in archive.infolist()}
    except (zipfile.BadZipFile, OSError):
        return {}


#: Where a workbook lists its sheets, and the relationships that name the part each is in.
_WORKBOOK, _WORKBOOK_RELS = "xl/workbook.xml", "xl/_rels/workbook.xml.rels"


def _crowded_sheet(path: Path, sizes: dict[str, int]) -> str | None:
    """The first worksheet (by its name; by its part's where the workbook does not say whose it is) with more than
    :data:`_MAX_CELLS` cells, or None; ``sizes``: every part's (:func:`_unpacked`). Only a part large enough to hold
    so many is unpacked, and counted as it unpacks, as far as the bound."""
    large = [part for part, size in sizes.items() if size > _CELL_BYTES * _MAX_CELLS]
    if not large:
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            names = _sheet_parts(archive)
            for part in large:
                if (part in names or part.startswith("xl/worksheets/")) and _cells_over(archive, part, _MAX_CELLS):
                    return names.get(part, part)
    except (zipfile.BadZipFile, zlib.error, OSError, NotImplementedError, RuntimeError):
        pass  # a part that does not unpack (damaged, encrypted, another compression): :func:`_load` says so
    return None


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """The parts of the workbook's sheets, each with the sheet's name; none where the workbook does not list them as
    Excel does."""
    names: dict[str, str] = {}
    try:
        rels = {e.get("Id"): e.get("Target", "") for e in ElementTree.fromstring(archive.read(_WORKBOOK_RELS))}
        for sheet in ElementTree.fromstring(archive.read(_WORKBOOK)).iter():
            target = rels.get(_local(sheet, "id")) if sheet.tag.endswith("}sheet") else None
            if target:
                part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
                names[part] = sheet.get("name", part)
    except (KeyError, ElementTree.ParseError):
        pass  # the parts are named as the zip has them
    return names


def _cells_over(archive: zipfile.ZipFile, part: str, bound: int) -> bool:
    """Whether the worksheet ``part`` holds more than ``bound`` cells, unpacked a megabyte at a time, no further than
    the bound. A chunk's last few bytes from a ``<`` on are counted with the next, so that no tag is cut in two."""
    count, rest = 0, b""
    with archive.open(part) as stream:
        while count <= bound and (chunk := stream.read(1024 ** 2)):
            text = rest + chunk
            cut = text.rfind(b"<", max(len(text) - 64, 0))
            cut = len(text) if cut < 0 else cut
            count += len(_CELL.findall(text, 0, cut))
            rest = text[cut:]
    return count + len(_CELL.findall(rest)) > bound


def _local(element, attribute: str) -> str | None:
    """An attribute of ``element`` by its local name (``r:id`` as ``id``), in whatever namespace the workbook uses
    (Strict Open XML's is another)."""
    return next((value for key, value in element.attrib.items() if key.rpartition("}")[2] == attribute), None)


def _load(path: Path, head: bytes, then: str, **options):
    """``load_workbook(path, **options)``; a file it cannot read is refused with the fix (``head``: its first bytes;
    ``then``: what is done with the workbook saved as .xlsx)."""
    save_as = f"在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再{then}"
    strict = ("这个工作簿是以“Strict Open XML 电子表格”格式保存的，reportkit 读不了：请在 Excel 中“另存为”，"
              f"保存类型选“Excel 工作簿（*.xlsx）”后再{then}")
    try:
        with warnings.catch_warnings(), open(path, "rb") as handle:  # openpyxl's warnings on what it drops, in its words
            warnings.simplefilter("ignore")
            # read by its content, not its name: a workbook renamed .xls or without its extension is one
            # (checks.renamed)
            book = load_workbook(handle, **options)  # a part cut short or garbled: a SyntaxError (ElementTree's, lxml's)
    except (zipfile.BadZipFile, zlib.error, KeyError, ValueError, OSError, SyntaxError):
        if head.startswith(_OLE):
            why = f"这是旧版 Excel（.xls）或 WPS（.et）格式的文件，或者设了打开密码的工作簿：请去掉打开密码，{save_as}"
        elif head.lstrip(codecs.BOM_UTF8 + b" \t\r\n").startswith(b"<"):  # a system's export “to Excel”, often
            named = f"扩展名为 {path.suffix}" if path.suffix else "没有扩展名"
            why = f"这是网页（HTML）或 XML 格式的表格，只是{named}（有的系统导出的“Excel 文件”就是这样），reportkit 读不了：请{save_as}"
        elif path.suffix.lower() not in SUPPORTED_FORMATS:
            what = f" {path.suffix} 文件" if path.suffix else "没有扩展名的文件"
            why = f"reportkit 只能读取 .xlsx 工作簿，不能读取{what}：请{save_as}"
        elif _strict(path):
            why = strict
        else:
            why = f"不是可读取的 .xlsx 工作簿（文件已损坏，或是别的文件改了扩展名）：请{save_as}"
        raise refused(path, why) from None
    if not book.sheetnames:  # openpyxl finds no sheet in the namespaces of a strict one
        raise refused(path, strict if _strict(path) else f"工作簿中没有工作表：请{save_as}")
    for ws in book.worksheets:
        for cell in getattr(ws, "_cells", {}).values():  # a chart sheet has none
            if isinstance(cell.value, str) and "_x" in cell.value:
                cell._value = _ESCAPED.sub(lambda m: chr(int(m[1], 16)), cell.value)  # its type kept (not a formula)
    return book


#: A character Excel writes escaped in a cell's text (ECMA-376's ST_Xstring), which openpyxl leaves so: a carriage
#: return pasted with a number or label (38\r\n is saved 38_x000D_), an underscore before x (_x005F_).
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _strict(path: Path) -> bool:
    """Whether the workbook is in Strict Open XML (Excel's 另存为 offers it), whose namespaces openpyxl does not know."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _STRICT in archive.read("xl/workbook.xml")[:4096]
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


class _Saved:
    """The values Excel saved with a workbook's formulas (openpyxl keeps either a cell's formula or its saved value,
    one load each). Loaded at the first value asked for: only a clerk's own formula needs one, and a workbook of
    reportkit's has formulas in its 总计 cells alone, so most are loaded once (a third of ``aggregate``'s time)."""

    def __init__(self, path: Path, head: bytes, then: str):
        self.path, self.head, self.then, self.book = path, head, then, None

    def value(self, cell):
        """The value saved with the formula of ``cell`` (a cell of the workbook loaded with its formulas); an empty
        text ("", which =IF(D5>0,"",1) gives) as one, where openpyxl reads None, as for a formula never computed."""
        if self.book is None:
            self.book = _load(self.path, self.head, self.then, data_only=True)
        saved = self.book[cell.parent.title].cell(cell.row, cell.column)
        return "" if saved.value is None and saved.data_type == "str" else saved.value


def refused(path: Path, why: str) -> InvalidData:
    return InvalidData([Diagnostic(ERROR, why, str(path))])
