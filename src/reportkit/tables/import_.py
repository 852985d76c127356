"""``reportkit tables import``: the numbers of a workbook into the data file, its comments and layout kept.

The workbook's numbers replace those of the data file and the whole report is validated as
``reportkit validate`` would: every problem in a number is reported at its sheet and cell
(``tables.xlsx:表三!E12: error: …``) with the data file's messages; nothing is written unless
all is well. A formula in a 总计 leaves it to reportkit, but not a total the data file types as
another number than its sum: such a workbook never showed that number (the export writes it as typed).
Each table is read where its labels are (:func:`_locate`): at A1 of its sheet as exported, or moved as a whole, on
a sheet of another name, all three on one, or in a province's template worded otherwise, with a note saying where.
A table whose rows or columns moved within gives its label errors only; any other sheet is named (a filled-in copy
beside an untouched original is an error). Rules run as ``reportkit validate`` runs them on the data file's
placeholders outside the tables (:func:`validate_beside`). Numbers are read as Excel shows them (15 significant digits).
The data file is then updated in place with ruamel.yaml's round trip, in the file's own indentation,
encoding (Notepad's UTF-16 and GBK too), byte order mark and line ends; its comments stay above their keys.
"""
from __future__ import annotations

import bisect
import codecs
import copy
import datetime as dt
import difflib
import functools
import itertools
import io
import math
import posixpath
import re
import unicodedata
import warnings
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

import yaml as pyyaml  # libyaml's scanner, as load reads data files (ruamel.yaml is YAML here)

from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.reader.excel import SUPPORTED_FORMATS
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.formula import ArrayFormula
from openpyxl.worksheet.worksheet import Worksheet
from ruamel.yaml import YAML, YAMLError
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import CommentMark
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.tokens import CommentToken

from ..errors import ERROR, NOTE, WARNING, Diagnostic, Diagnostics, InvalidData, RenderError, data_label
from ..file_kinds import utf16_without_bom
from ..load import _DOS_END, Loaded, _decode, _Loader, load_file, load_text
from ..plugins import Plugins
from ..registry import StarterOptions
from ..validate import Validated, amount_fix, unit_of, validate
from ..write import _read_only, reason, special, write_atomic
from . import TABLE_EDITIONS, TABLE_NAMES, has_tables, outside_note, sheets, to_fill
from .export import HELP_SHEET, _comment, cell_name

#: More shifted labels than this on one sheet are one problem (a row inserted), not many.
_MAX_LABELS = 3


@dataclass
class WorkbookData(Loaded):
    """The data file's data with the workbook's numbers in it; problems with those numbers point at their cells."""

    workbook: str = ""
    places: dict[tuple, str] = field(default_factory=dict)  # data path -> "表三!E12"
    labels: dict[tuple, str] = field(default_factory=dict)  # data path -> 表三“（一）予以公开”“自然人”
    shown: dict[tuple, str] = field(default_factory=dict)  # data path -> an amount as the workbook shows it
    positions: bool = True  # False: the data is no file a clerk has (a workbook alone), its findings are the workbook's

    def diagnostic(self, severity: str, message: str, path: tuple = (), *, key: bool = False, plugin=None):
        path = tuple(path)
        for n in range(len(path), 0, -1):
            if path[:n] in self.places:
                # the cell as the workbook prints it, not its key in the data file
                message = message.replace(f"{data_label(path[:n])}：", f"{self.labels[path[:n]]}：", 1)
                shown = self.shown.get(path[:n])  # the data file's messages show a number, not a decimal
                if severity == ERROR and shown and "实际为" not in message and f"“{shown}”" not in message:
                    message += f"，实际为“{shown}”"
                return Diagnostic(severity, message, self.workbook, plugin=plugin, cell=self.places[path[:n]], path=path)
        if not self.positions:
            if path == ("edition",):  # the edition is the workbook's tables', not one a clerk wrote (R12)
                from ..default_plugins.annual_report import edition_for_year

                edition, year = self.data["edition"], self.data["year"]
                message = (f"这个工作簿的统计表是 {edition} 版的，而 {year} 年度报告应使用 {edition_for_year(year)} 版：按 {edition} 版读取；"
                           f"请核对年度，或按 {edition_for_year(year)} 版重新填报（reportkit init annual-report --year {year} --xlsx "
                           "生成空白工作簿）（R12）")
            return Diagnostic(severity, message, self.workbook, plugin=plugin, path=path)
        return super().diagnostic(severity, message, path, key=key, plugin=plugin)


@dataclass(frozen=True)
class _Place:
    """Where an official table stands in the workbook: its worksheet, and how many rows and columns down and right of
    A1 (where the export puts it) it starts."""

    ws: Worksheet
    rows: int = 0
    columns: int = 0

    def cell(self, r: int, c: int):
        """The worksheet's cell at the table's 0-based grid position (r, c)."""
        return self.ws.cell(r + 1 + self.rows, c + 1 + self.columns)

    def name(self, r: int, c: int) -> str:
        """The grid position (r, c) as the workbook names it: 表三!E12."""
        return f"{self.ws.title}!{cell_name(r + self.rows, c + self.columns)}"

    def box(self, sheet) -> tuple[int, int, int, int]:
        """The worksheet's first and last rows and columns (1-based) that ``sheet``'s table covers here."""
        grid = sheet.grid()
        rows = max(r + cell.rowspan for (r, _), cell in grid.items())
        columns = max(c + cell.colspan for (_, c), cell in grid.items())
        return self.rows + 1, self.rows + rows, self.columns + 1, self.columns + columns


@dataclass
class Imported:
    validated: Validated
    changed: int  # how many numbers of the data file changed
    added: tuple[str, ...] = ()  # the sheets (表二 …) of the tables the data file lacked, now written into it


def import_tables(workbook: str | Path, into: str | Path, plugins: Plugins, *, strict: bool = False,
                  dry_run: bool = False) -> Imported:
    """Validate ``into`` with the numbers of ``workbook`` and, unless ``dry_run``, write them into it.

    The data file's own tables need not add up (the workbook is where a clerk puts them right): before the
    numbers are merged, only its values are checked; the whole report is validated after. Tables the data file
    lacks are filled in from the workbook, and its 【请填写：…】 placeholders replaced by the numbers typed there;
    those outside the tables stay as they are, in one note (:func:`~reportkit.tables.to_fill`)."""
    source = load_file(into)
    loaded, blank, todo, outside = to_fill(source, plugins.registry)
    # the layout of the workbook follows the data's edition
    current = validate(loaded, plugins.registry, strict=strict, rules=False)
    if not has_tables(current.report):
        raise InvalidData([Diagnostic(ERROR, "只有 2019 版、2021 版格式的政府信息公开工作年度报告有统计表可导入", str(into))])
    book, saved = _open(Path(workbook), "导入")
    problems = _whose(book, current, str(workbook), str(into))
    if problems:
        raise InvalidData(problems)
    validated = _read(book, saved, str(workbook), loaded, current, todo, outside, plugins, strict=strict, into=str(into),
                      kept=dropped(source, outside))
    written = _Written.read(Path(into))
    updated, changed = update_yaml(written.text, validated)
    if not dry_run and (changed or blank):
        _write(Path(into), written.encode(updated))
    return Imported(validated, changed, tuple(TABLE_NAMES[key] for key in blank))


#: The report a workbook's title (or its help sheet's first line) names: 某县教育局2023年政府信息公开工作年度报告.
_TITLED = re.compile(r"(?P<agency>.+?)(?P<year>(?:19|20)\d{2})年度?政府信息公开工作年度报告")
#: A title a clerk typed above a table of a template, without spaces: 某县教育局2023年政府信息公开工作年度报告统计表, or
#: 2023年度某县教育局…; the agency one name (no colon, comma or stop: not a sentence that cites another report).
_TYPED_TITLES = tuple(re.compile(before + r"政府信息公开(?:工作)?(?:年度报告|年报)(?:（?附?(?:统计表|统计数据|附表)）?)?")
                      for before in (r"(?P<agency>[^\W\d_][\w（）()·]*?)(?P<year>(?:19|20)\d{2})年度?",
                                     r"(?P<year>(?:19|20)\d{2})年度?(?P<agency>[^\W\d_][\w（）()·]*?)"))
#: A year in a file name: 某县教育局2023.xlsx, 2023年某乡.xlsx.
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年度|年)?(?!\d)")
#: What a file name may say besides the agency and year: 附件2：某县教育局2023年政府信息公开工作年度报告统计表.xlsx.
_REPORT_WORDS = re.compile(r"^附件\s*\d*[:：、.\s_-]*|(?:政府信息公开)?(?:工作)?(?:年度报告|年报)?(?:统计表|统计数据|附表)?$")
#: What to write where a workbook names no agency and year.
_NAME_THEM = ("请把单位和年度写进文件名，如 某县教育局2023.xlsx（或写进表格上方的标题，如“某县教育局2023年政府信息公开"
              "工作年度报告统计表”）")


def workbook_report(workbook: str | Path, plugins: Plugins, *, strict: bool = False, then: str = "使用") -> Validated:
    """The annual report of a filled-in workbook without its data file (made by ``init --xlsx`` or ``tables export``,
    or a province's template), read as ``tables import`` reads one, every problem at its sheet and cell; raises
    :class:`InvalidData`. ``then``: what is done with it (汇总), said in the refusal of a file to save as .xlsx first.

    The tables are found where their labels are (:func:`_locate`). The edition is the workbook's properties' (else
    the one whose tables it has, else the year's); the agency and year are its title's (else its help sheet's, else a
    title typed above a table, else the file name's, with a note)."""
    from ..default_plugins.annual_report import edition_for_year

    name, path = str(workbook), Path(workbook)
    book, saved = _open(path, then)
    kind = plugins.registry.kinds["annual-report"]
    subject = (book.properties.subject or "").split()
    ours = subject[1] if len(subject) == 2 and subject[0] == "annual-report" and subject[1] in TABLE_EDITIONS else None
    edition, anywhere = _edition_of(book, kind, plugins, name, ours)
    if not anywhere:
        raise _refused(path, "不是统计表工作簿（哪个工作表中都没有找到表二、表三、表四的表头和行名）：请用 reportkit init "
                             "annual-report --xlsx 或 reportkit tables export 生成的工作簿，或本省的统计表模板填写")
    agency, year, notes = _named(book, path, then)
    edition = ours or edition or edition_for_year(year)
    loaded = load_text(kind.starter(StarterOptions(edition=edition, year=year, agency=agency, schema_url="")), name)
    loaded.diagnostics += notes
    current = validate(loaded, plugins.registry, rules=False)
    _procurement_unit(book, loaded, current, name)
    return _read(book, saved, name, loaded, current, (), (), plugins, strict=strict, into=None, positions=False,
                 then=then)


def _named(book, path: Path, then: str) -> tuple[str, int, list[Diagnostic]]:
    """The agency and year of the report a workbook is of, and a note on where they were taken from unless from
    reportkit's own title: its title or its help sheet's first line, else a title typed above a table, else the file
    name. Refused with what to add when none gives them (``then``: what is done with the workbook)."""
    name = str(path)
    lines = [book.properties.title or ""]
    if HELP_SHEET in book.sheetnames:
        lines.append(str(book[HELP_SHEET]["A1"].value or ""))
    for line in lines:
        found = _TITLED.match(line)
        if found:
            return found["agency"], int(found["year"]), []
    typed = {}  # (agency, year) -> the first cell that says so
    for ws in _sheets_to_search(book):
        for cell in _stored(ws):
            typed_title = isinstance(cell.value, str) and "".join(cell.value.split())
            found = typed_title and next(filter(None, (p.fullmatch(typed_title) for p in _TYPED_TITLES)), None)
            if found:
                typed.setdefault((found["agency"], int(found["year"])), f"{ws.title}!{cell.coordinate}")
    if len(typed) > 1:
        said = "、".join(f"{where}“{agency}{year}年”" for (agency, year), where in typed.items())
        raise _refused(path, f"工作簿中的标题写的单位、年度不一（{said}）：请改成这个单位、这一年度的标题后再{then}")
    if typed:
        (agency, year), where = next(iter(typed.items()))
        return agency, year, [Diagnostic(NOTE, f"工作簿中没有 reportkit 写的标题：按 {where} 的标题记作“{agency}”{year} 年度；"
                                               "不对时请改正这个标题", name, cell=where)]
    found = _YEAR_IN_NAME.search(path.stem)
    agency = found and (path.stem[:found.start()].strip(" _-—（）()") or path.stem[found.end():].strip(" _-—（）()"))
    agency = agency and _REPORT_WORDS.sub("", agency).strip(" _-—（）()")
    if not agency:
        lacks = "单位" if found else "年度"
        raise _refused(path, f"工作簿中没有写明单位和年度（标题被改过，或不是 reportkit 生成的），文件名中也没有{lacks}：{_NAME_THEM}")
    year = int(found.group(1))
    return agency, year, [Diagnostic(NOTE, f"工作簿中没有写明单位和年度（标题被改过，或不是 reportkit 生成的）：按文件名记作"
                                           f"“{agency}”{year} 年度；不对时请改文件名，如 某县教育局2023.xlsx", name)]


def _official(kind, edition: str, plugins: Plugins, name: str, year: int | None = None) -> list:
    """The tables (:func:`~reportkit.tables.sheets`) of an empty report of ``edition`` (and ``year``, else the
    edition's first)."""
    starter = kind.starter(StarterOptions(edition=edition, year=year or int(edition), agency="某机关", schema_url=""))
    return sheets(validate(load_text(starter, name), plugins.registry, rules=False).report)


def _edition_of(book, kind, plugins: Plugins, name: str, first: str | None) -> tuple[str | None, bool]:
    """The edition whose tables the workbook has all of where :func:`_locate` looks (None if none has), and whether
    any table of any edition is there at all. ``first``: the edition to try first (the workbook's properties')."""
    anywhere = False
    for edition in sorted(TABLE_EDITIONS, key=lambda edition: edition != first):
        located = _locate(book, _official(kind, edition, plugins, name), name)
        if len(located.places) == len(TABLE_NAMES):
            return edition, True
        anywhere = anywhere or bool(located.places) or any(located.near.values())
    return None, anywhere


#: The unit a column head names in brackets: 采购总金额（万元）, （单位：元）, as :func:`_label` has it.
_HEAD_UNIT = re.compile(r"\((?:单位:)?(万?元)\)")


def _head_units(place: _Place, sheet) -> dict[tuple[int, int], tuple[str, str, str, str]]:
    """Each head of ``sheet`` that names a unit (本年收费金额（单位：万元）), by its grid position: the unit the table
    counts, the unit the workbook's head there names (a template's 本年收费金额（元）: 元), that head as written and as
    exported."""
    out = {}
    for (r, c), cell in sheet.grid().items():
        wanted = _HEAD_UNIT.search(_label(cell.text)) if (r, c) not in sheet.cells else None
        found = place.cell(r, c).value if wanted else None
        given = _HEAD_UNIT.search(_label(found)) if isinstance(found, str) else None
        if wanted:
            out[(r, c)] = (wanted[1], given[1] if given else wanted[1], found, cell.text)
    return out


def _in_unit(units: dict, r: int, c: int, number: Decimal, shown: str, label: str) -> tuple[Decimal | None, str]:
    """An amount at (r, c) in the unit the table counts, and the note (or the error) saying so: a workbook whose head
    above names 元 where 表二 counts 万元 gives its number in 元, converted, as ``import`` converts a published one."""
    above = [at for at in units if at[1] == c and at[0] < r]
    wanted, given, head, ours = units[max(above)] if above else (None, None, None, None)
    if given == wanted:
        return number, ""
    places = max(-number.normalize().as_tuple().exponent, 0)
    if f'"{wanted}"' in shown:  # the cell shows 万元 under a head of 元: which is meant, the clerk knows
        why, then = f"显示为{wanted}", "请把这一格的数字格式改为“常规”"
    elif given == "元" and places > 2:  # 412.3562 under a head of 元: the head was changed, not the numbers
        why, then = f"有 {places} 位小数，不像以元计的数（元只精确到分）", "请核对这个数"
    else:
        why = then = ""
    if why:
        return None, (f"{label}：表头写的是“{head}”，而这一格的 {format(number, 'f')} {why}：若这一列的数以{wanted}计，"
                      f"请把表头改为“{ours}”；若以{given}计，{then}")
    converted = number / 10000 if wanted == "万元" else number * 10000
    converted = Decimal(format(converted.normalize(), "f"))
    return converted, (f"{label}：表头“{head}”以{given}计，这一列以{wanted}计，已把 {format(number, 'f')} "
                       f"换算为 {format(converted, 'f')}{wanted}")


def _procurement_unit(book, loaded: Loaded, current: Validated, name: str) -> None:
    """The 2019 edition's 采购总金额 in the unit its cell shows (the data file's ``unit``, exported in its number format),
    else the unit its column head names (a template's 采购总金额（元））."""
    official = sheets(current.report)
    places = _locate(book, official, name).places
    for sheet in official:
        place = places.get(sheet.name)
        for (r, c), cell in sheet.cells.items():
            if place is not None and cell.path[:3] == ("tables", "active_disclosure", "government_procurement") \
                    and cell.type == "amount":
                shown = place.cell(r, c).number_format
                head = _HEAD_UNIT.search(_label(place.cell(r - 1, c).value or ""))
                unit = "万元" if '"万元"' in shown else "元" if '"元"' in shown else head and head[1]
                if unit:
                    loaded.data["tables"]["active_disclosure"]["government_procurement"]["unit"] = unit


def _read(book, saved, name: str, loaded: Loaded, current: Validated, todo, outside, plugins: Plugins, *,
          strict: bool, into: str | None, positions: bool = True, kept: dict | None = None,
          then: str = "导入") -> Validated:
    """``loaded`` (validated as ``current``, its table placeholders at ``todo``) with the numbers of the workbook
    ``book`` (``saved``: its formulas' values, a :class:`_Saved`), validated; every problem at its cell. ``into``
    names the data file the fixes refer to (None: the workbook has none); without ``positions``, a finding on no
    cell is at the workbook, not at a line of ``loaded`` (a text that is no file). ``kept``: the blocks left out of
    ``loaded`` for their placeholders at ``outside`` (:func:`validate_beside`); ``then``: what is done with the numbers
    (导入, 汇总), said of a workbook still open."""
    merged = WorkbookData(loaded.file, copy.deepcopy(loaded.data), loaded.values, loaded.keys, list(loaded.diagnostics),
                          loaded.text, workbook=name, positions=positions)
    official = sheets(current.report, todo)
    located = _locate(book, official, name)
    places, problems = located.places, list(located.findings)
    if any(sheet.name not in places for sheet in official):
        other = _other_edition(book, current, plugins, name, into)
        if other:
            raise InvalidData(other)
    problems += _renamed(Path(name)) + _still_open(Path(name), then) + _other_book(book, current.report, name)
    problems += _other_sheets(book, official, places, located.named, name, into)
    read = {}  # the tables read cell by cell: those whose rows and columns are where their labels say
    for sheet in official:
        place = places.get(sheet.name)
        if place is None:
            near = located.near.get(sheet.name)
            if near:  # every cell after a moved row or column is shifted: the labels say it all
                problems += (_inserted(near, sheet, name, alone=into is None)
                             or _check_labels(near, sheet, name, alone=into is None))
            elif sheet.name in located.near:
                what = f"工作表“{sheet.name}”是空的" if sheet.name in book.sheetnames else f"缺少工作表“{sheet.name}”"
                problems.append(Diagnostic(ERROR, f"{what}（{sheet.title}），别的工作表中也没有找到这张表："
                                                  f"请用 {_fresh(into)}后填写，不要改动表头和行名", name))
            continue
        moved = (_inserted(place, sheet, name, alone=into is None) or _shifted(place, sheet, name)
                 or _emptied(place, sheet, name, alone=into is None))
        if moved:
            problems += moved
            continue
        read[sheet.name] = place
        units = _head_units(place, sheet)
        for (r, c), cell in sheet.cells.items():
            where, target = place.name(r, c), place.cell(r, c)
            if isinstance(target, MergedCell):  # its number is the merged cell's, shown across both
                problems.append(Diagnostic(ERROR, _merged(place, r, c, cell.label), name, cell=where))
                continue
            value = target.value
            if cell.sums and _formula(value):
                if cell.kept:  # the workbook never showed this number: its formula does not replace it
                    why = "（有的项在数据文件中还是占位），导入时" if cell.unfilled else f"，与各项之和 {cell.value} 不符：导入时"
                    problems.append(Diagnostic(NOTE, f"{cell.label}：这一格是公式，而 {into} 中填写的总计为 {cell.typed}"
                                                     f"{why}保留 {cell.typed}，不按公式改写", name, cell=where))
                else:
                    _drop(merged.data, cell.path)  # a formula: reportkit computes the total, and updates a typed one
                continue
            typed = None  # a clerk's formula: the value Excel saved with it is read
            if _formula(value):
                typed, value = _formula_text(value), saved.value(target)
                if value is None:
                    problems.append(Diagnostic(ERROR, f"{cell.label}：这一格是公式“{typed}”，工作簿里没有存下它"
                                                      "算出的数：请直接填数字（或复制后“选择性粘贴→数值”）", name, cell=where))
                    continue
                # its own text: a formula typed into a cell formatted as text, which _wrong_cell tells
                text = _EDGES.sub("", value) if isinstance(value, str) and value != typed else None
                gave = (f"错误值 {value}" if text and _EXCEL_ERROR.fullmatch(text)
                        else f"逻辑值 {_logical(value)}，不是数字" if isinstance(value, bool)
                        else f"{f'文字“{text}”' if text else '空的文字（格中显示为空白）'}，不是数字" if text is not None
                        and not _TEXT_NUMBER.fullmatch(text) else None)
                if gave:  # =IF(D5>0,"无",1): a text where its condition holds; =IF(D5>0,"",1) an empty one
                    only = ("" if text is None or _EXCEL_ERROR.fullmatch(text)
                            else '，把其中的 "" 改为 0，让它没有数据时算出 0' if not text and '""' in typed
                            else "，让它只算出数字（没有数据时算出 0）")
                    problems.append(Diagnostic(ERROR, f"{cell.label}：这一格的公式“{typed}”算出的是{gave}："
                                                      f"请改正公式{only}，或直接填数字", name, cell=where))
                    continue
            wrong = _wrong_cell(value, target.number_format, cell)
            if wrong:
                problems.append(Diagnostic(ERROR, wrong, name, cell=where))
                continue
            merged.places[cell.path], merged.labels[cell.path] = where, cell.label
            number = _number(value, cell.type)
            if isinstance(number, str) and _TEXT_NUMBER.fullmatch(number):  # pasted from a web page, or typed '12
                written, exact = number, Decimal(number)
                number = Decimal(format(exact, "f")) if cell.type == "amount" else \
                    int(exact) if exact == exact.to_integral_value() else _number(float(exact), cell.type)
                if not isinstance(number, float):  # 5.5 for a count: the model says what is wrong with it
                    how = (f"这一格的公式“{typed}”算出的是文字“{written}”，不是数字" if typed
                           else "这一格的数字存成了文本（格的左上角有绿色小三角）")
                    check = ("，不必改动" if _PLAIN_NUMBER.fullmatch(written)  # 1.2E+3: as a narrow column shows 1234
                             else f"；“{written}”是科学记数法：{_SHORTENED}，请核对这是完整的数")
                    problems.append(Diagnostic(NOTE, f"{cell.label}：{how}，已按数字 {number} 读取{check}",
                                               name, cell=where))
            if cell.type == "amount" and isinstance(number, (int, Decimal)) and not isinstance(number, bool):
                converted, said = _in_unit(units, r, c, Decimal(number), target.number_format, cell.label)
                if said:
                    problems.append(Diagnostic(NOTE if converted is not None else ERROR, said, name, cell=where))
                    if converted is None:
                        continue
                    number = converted
            if cell.type == "amount" and number is not None:
                merged.shown[cell.path] = format(number, "f") if isinstance(number, Decimal) else str(number)
            _put(merged.data, cell.path, number)
    problems += _outside(official, read, name)
    problems += _hidden(official, read, name)
    problems += _comments(official, read, name, into)
    if any(p.severity == ERROR for p in problems):
        raise InvalidData(problems)
    if outside:
        problems.append(outside_note(loaded, outside, plugins.registry))
    merged.diagnostics += problems
    return validate_beside(merged, kept or {}, outside, plugins.registry, strict=strict)


def dropped(source: Loaded, outside) -> dict:
    """The blocks of the data file ``source`` that :func:`~reportkit.tables.to_fill` leaves out for their
    placeholders at ``outside`` (``information_processing_fee`` …), as the file has them."""
    return {path[0]: source.data[path[0]] for path in outside}


#: Pairs of far-apart numbers that stand for the placeholders while the rules run, the first pair the model takes.
_STAND_INS = ((0, 1_000_003), (1, 1_000_003))


def validate_beside(loaded: Loaded, kept: dict, outside, registry, *, strict: bool = False,
                    rules: bool = True) -> Validated:
    """``loaded`` validated, its blocks with placeholders (``kept``, the placeholders at ``outside``) left out of it
    but not out of its rules: a rule's finding counts only if it holds with two far-apart numbers in place of the
    placeholders, as ``reportkit validate`` has it. Without its 信息处理费, the report would be one that charged none,
    and R10 would ask for the fee notices the placeholders stand for. Where the model refuses a number there (a date),
    the rules judge the report without the blocks, as before."""
    if not kept or not rules:
        return validate(loaded, registry, strict=strict, rules=rules)
    found = _findings(loaded, registry)
    for pair in _STAND_INS:  # 0 notices is refused beside an amount notified: then 1
        stand_ins = [_findings(_standing_in(loaded, kept, outside, value), registry) for value in pair]
        if None not in stand_ins:
            break
    if found is None or None in stand_ins:
        return validate(loaded, registry, strict=strict)
    validated = validate(loaded, registry, strict=strict, rules=False)
    validated.diagnostics = Diagnostics(strict=strict)
    validated.diagnostics.extend(d for d in found if not d.rule or all(d in other for other in stand_ins))
    validated.diagnostics.raise_if_errors()
    return validated


def _findings(loaded: Loaded, registry) -> list[Diagnostic] | None:
    """What validating ``loaded`` finds, rules' errors too; None where the model refuses a value."""
    try:
        return validate(loaded, registry).diagnostics.items
    except InvalidData as exc:
        return None if any(d.severity == ERROR and not d.rule for d in exc.diagnostics) else exc.diagnostics


def _standing_in(loaded: Loaded, kept: dict, outside, value) -> Loaded:
    """``loaded`` with the blocks ``kept``, ``value`` in place of each of their placeholders (at ``outside``)."""
    data = copy.deepcopy({**loaded.data, **kept})
    for path in outside:
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    whole = copy.copy(loaded)
    whole.data = data
    return whole


def _write(into: Path, data: bytes) -> None:
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


#: The namespace of a Strict Open XML workbook.
_STRICT = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
#: The first bytes of an OLE compound file: an old .xls or .et, or a workbook with an open password.
_OLE = b"\xd0\xcf\x11\xe0"


def _open(path: Path, then: str):
    """The workbook with its formulas, and as Excel saved their values (:class:`_Saved`); ``then``: what is done with
    it (导入, 汇总), said in the refusal of a file to save as .xlsx first."""
    if path.is_dir():
        raise _refused(path, "这是一个文件夹，不是工作簿：请写出要导入的 .xlsx 文件的名字")
    if kind := special(path):  # opened, it waits for a writer for ever
        raise _refused(path, f"这是一个{kind}，不是工作簿文件，未{then}：请给出填好的 .xlsx 工作簿")
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except FileNotFoundError:
        raise _refused(path, "文件不存在") from None
    except PermissionError:
        raise _refused(path, "没有读取权限：请检查文件的权限，或关闭正在打开它的程序后重试") from None
    except OSError as exc:
        raise _refused(path, f"无法读取（{reason(exc, reading=True)}）") from None
    sizes = _unpacked(path)
    if sum(sizes.values()) > _MAX_UNPACKED:
        raise _refused(path, f"工作簿解压后超过 {_MAX_UNPACKED // 1024 ** 2} MB（统计表的工作簿不到 1 MB），未{then}：请检查是否选错了文件；"
                             f"确是这个工作簿的，删去多余的工作表和图片后另存，再{then}")
    crowded = _crowded_sheet(path, sizes)
    if crowded:
        raise _refused(path, f"工作表“{crowded}”有超过 {_MAX_CELLS // 10000} 万个格（设了格式的空白格也算；统计表的工作表不到 1000 格），"
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
            # read by its content, not its name: a workbook renamed .xls or without its extension is one (_renamed)
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
        raise _refused(path, why) from None
    if not book.sheetnames:  # openpyxl finds no sheet in the namespaces of a strict one
        raise _refused(path, strict if _strict(path) else f"工作簿中没有工作表：请{save_as}")
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


def _other_edition(book, current: Validated, plugins: Plugins, name: str, into: str | None) -> list[Diagnostic]:
    """One error for a workbook of the other edition that does not say so in its properties (copied into a new
    workbook): its sheets have the other edition's labels."""
    edition = current.report.spec.name
    for other in TABLE_EDITIONS:
        if other == edition:
            continue
        year = current.report.year
        theirs = [s for s in _official(current.kind, other, plugins, name, year) if s.name in book.sheetnames]
        if theirs and not any(_check_labels(_Place(book[s.name]), s, name) for s in theirs):
            if into is None:  # a workbook alone: its properties name the edition
                return [Diagnostic(ERROR, f"这是 {other} 版的统计表（表头与 {other} 版相同），而工作簿的属性写的是 {edition} 版："
                                          f"请用 reportkit init annual-report --year {year} --xlsx 另生成空白工作簿，"
                                          "再把数字填进去", name)]
            return [Diagnostic(ERROR, f"这是 {other} 版的统计表（表头与 {other} 版相同），而 {into} 是 {edition} 版（{year} 年度）"
                                      f"的数据：请用 reportkit tables export {into} -o 新的文件名.xlsx 导出它自己的工作簿，"
                                      "再把数字填进去", name)]
    return []


def _renamed(path: Path) -> list[Diagnostic]:
    """A note on a workbook read under a name that is not a workbook's (统计表.xls, a download without its extension):
    what it is, and the name to give it."""
    if path.suffix.lower() in SUPPORTED_FORMATS:
        return []
    what = f"扩展名是 {path.suffix}" if path.suffix else "没有扩展名"
    return [Diagnostic(NOTE, f"这个文件{what}，内容却是 .xlsx 工作簿（多半是改过名字，或下载时改了名）：已照常读取；"
                             f"建议把它改名为 {path.stem if path.suffix else path.name}.xlsx", str(path))]


def _still_open(path: Path, then: str) -> list[Diagnostic]:
    """A warning while Excel, WPS or LibreOffice has the workbook open (its lock file beside it): what is not saved
    is not in the file (``then``: what is done with its numbers)."""
    for lock in (f"~${path.name}", f".~lock.{path.name}#"):
        if (path.parent / lock).exists():
            return [Diagnostic(WARNING, f"这个工作簿正在 Excel、WPS 或 LibreOffice 中打开（旁边有“{lock}”）：只{then}已保存的内容，"
                                        f"没有保存的修改不会{then}；请先保存工作簿，再{then}", str(path))]
    return []


def _fresh(into: str | None) -> str:
    """How to get a workbook of reportkit's to fill in."""
    return (f"reportkit tables export 从 {into} 导出工作簿" if into
            else "reportkit init annual-report --xlsx 生成空白工作簿")


def _redo(alone: bool) -> str:
    """What to do about a table whose rows or columns moved: fill in a fresh workbook (``alone``: one without its data
    file, such as a unit hands in to be summed)."""
    return ("请用 reportkit init annual-report --xlsx 生成空白工作簿（或另取一份空白的统计表模板），再把数字填进去" if alone
            else "请从数据文件另导出一个新的工作簿（-o 新的文件名），再把数字填进去")


def _other_sheets(book, official, places: dict[str, _Place], named: set[str], name: str,
                  into: str | None) -> list[Diagnostic]:
    """The sheets besides those the tables were found on (``places``; ``named``: those :func:`_locate` names) and the
    help, which are not read.

    A sheet with a table's labels at A1 is a copy (Excel's 移动或复制→建立副本 makes “表三 (2)”); a copy filled in
    beside an untouched original is an error, so that the original's numbers are not taken for the clerk's."""
    out = []
    for ws in _sheets_to_search(book):
        if ws.title in named or ws.title in TABLE_NAMES.values():
            continue  # a table's own sheet where it was not found has errors of its own
        like = next((sheet for sheet in official
                     if sheet.name in places and not _check_labels(_Place(ws), sheet, name)), None)
        if like is None:
            if _typed(ws):
                shown = "".join(f"“{place.ws.title}”" for place in dict.fromkeys(places.values()))
                out.append(Diagnostic(WARNING, f"工作表“{ws.title}”未导入：导入只读取{shown or '统计表'}，数字请填在这几个工作表里",
                                      name))
            continue
        original = places[like.name]
        if _filled_in(_Place(ws), like) != _filled_in(original, like) and _untouched(original, like):
            out.append(Diagnostic(ERROR, f"工作表“{ws.title}”是“{original.ws.title}”的副本，其中填的数与“{original.ws.title}”"
                                         f"不同，而“{original.ws.title}”没有改动过（与数据文件相同，或全为空、0）：导入只读"
                                         f"“{original.ws.title}”。请把数字填在“{original.ws.title}”中（可从“{ws.title}”复制过去），"
                                         f"再删除“{ws.title}”", name))
        else:
            out.append(Diagnostic(WARNING, f"工作表“{ws.title}”是“{original.ws.title}”的副本，未导入：导入只读"
                                           f"“{original.ws.title}”中的数字；不用的副本请删除", name))
    return out


def _filled_in(place: _Place, sheet) -> dict[tuple[int, int], object]:
    """What the cells a clerk fills in hold."""
    return {(r, c): place.cell(r, c).value for (r, c), cell in sheet.cells.items() if not cell.sums or cell.kept}


def _untouched(place: _Place, sheet) -> bool:
    """Whether a table holds the data file's numbers, as exported, or only blanks and zeros."""
    values = _filled_in(place, sheet)
    exported = all(_equal(v, sheet.cells[p].typed if sheet.cells[p].kept else sheet.cells[p].value)
                   for p, v in values.items())
    return exported or all(v in (None, "", 0) for v in values.values())


def _by_sheet(official, places: dict[str, _Place]) -> dict[Worksheet, list]:
    """The tables read from each worksheet (with their places), in the order of the tables."""
    out: dict = {}
    for sheet in official:
        if sheet.name in places:
            out.setdefault(places[sheet.name].ws, []).append((sheet, places[sheet.name]))
    return out


def _comments(official, places: dict[str, _Place], name: str, into: str | None = "") -> list[Diagnostic]:
    """One note for 批注 added, edited or deleted on the sheets of the tables read (``places``): they are not imported
    (a number's note is the data file's, exported as its 批注); for a workbook without its data file (``into`` None),
    that they are not read."""
    changed = []
    for ws, tables in _by_sheet(official, places).items():
        exported = {(place.cell(r, c).row, place.cell(r, c).column): _comment(cell, sheet)
                    for sheet, place in tables for (r, c), cell in sheet.cells.items() if cell.note or cell.kept}
        found = {(cell.row, cell.column): cell.comment.text for cell in _stored(ws) if cell.comment}
        changed += [f"{ws.title}!{get_column_letter(c)}{r}" for r, c in sorted(exported.keys() | found.keys())
                    if "".join((exported.get((r, c)) or "").split()) != "".join((found.get((r, c)) or "").split())]
    if not changed:
        return []
    more = f"等 {len(changed)} 处" if len(changed) > 3 else ""
    if into is None:
        return [Diagnostic(NOTE, f"工作簿中的批注（{'、'.join(changed[:3])}{more}）不读取，只读取数字", name)]
    return [Diagnostic(NOTE, f"工作簿中批注的修改（{'、'.join(changed[:3])}{more}）不导入：要给一个数加注释，请在数据文件中"
                             "把它写成“{value: 数, note: 注释}”，注释印在数后的括号里", name)]


def _hidden(official, places: dict[str, _Place], name: str) -> list[Diagnostic]:
    """A note for each hidden sheet a table is read from, and for each table read with numbers in hidden rows or
    columns: those numbers count, and a cell named there is not to be seen until it is shown."""
    sheets = dict.fromkeys(place.ws for place in places.values() if place.ws.sheet_state != "visible")
    out = [Diagnostic(NOTE, f"工作表“{ws.title}”是隐藏的，其中的数照样读取：要看到它，在 Excel 中右键单击任一工作表标签，"
                            "选“取消隐藏”", name, cell=f"{ws.title}!A1") for ws in sheets]
    for ws, tables in _by_sheet(official, places).items():
        # a column's width, hidden too, is kept for a range of columns (min to max), under its first letter
        columns = {c for dim in ws.column_dimensions.values() if dim.hidden for c in range(dim.min or 0, (dim.max or 0) + 1)}
        for sheet, place in tables:
            cells = [place.cell(r, c) for r, c in sheet.cells]
            rows = sorted({cell.row for cell in cells if ws.row_dimensions[cell.row].hidden})
            letters = sorted({cell.column for cell in cells if cell.column in columns})
            if not rows and not letters:
                continue
            what = "、".join([f"第 {'、'.join(map(str, rows))} 行"] * bool(rows)
                            + [f"第 {'、'.join(map(get_column_letter, letters))} 列"] * bool(letters))
            first = next(cell for cell in cells if cell.row in rows or cell.column in letters)
            heads = "、".join(["行号"] * bool(rows) + ["列标"] * bool(letters))
            out.append(Diagnostic(NOTE, f"{_what(place, sheet)}的{what}是隐藏的，其中的数照样读取：要看到它们，选中隐藏处两边的"
                                        f"{heads}，右键 →“取消隐藏”", name, cell=f"{ws.title}!{first.coordinate}"))
    return out


def _outside(official, places: dict[str, _Place], name: str) -> list[Diagnostic]:
    """A warning for each sheet of the tables read (``places``) with something typed outside them: it is not read.
    A title or caption above or left of the tables is no matter (a table moved down or right for one, or three tables
    on one sheet)."""
    out = []
    for ws, tables in _by_sheet(official, places).items():
        boxes = [place.box(sheet) for sheet, place in tables]
        last, first = max(box[0] for box in boxes), min(box[2] for box in boxes)  # the last top, the first column
        typed = [cell.coordinate for cell in _stored(ws) if cell.value not in (None, "")
                 and not any(top <= cell.row <= bottom and left <= cell.column <= right
                             for top, bottom, left, right in boxes)
                 and not ((cell.row < last or cell.column < first) and isinstance(cell.value, str)
                          and not _formula(cell.value))]
        if typed:
            more = f"等 {len(typed)} 格" if len(typed) > 3 else ""
            out.append(Diagnostic(WARNING, f"表格之外的 {'、'.join(typed[:3])}{more} 有内容，未导入：数字请填在表格里对应的格中",
                                  name, cell=f"{ws.title}!{typed[0]}"))
    return out


_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[,，\s]\d{3})+(?:\.\d+)?")
_SEPARATOR = re.compile(r"[,，\s]")
#: Spaces, and the invisible ones a number copied from a web page or a chat brings along, around a number.
_EDGES = re.compile(r"^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$")
#: A number as a cell stored as text may hold it: digits, a sign, a decimal point.
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
#: A number as text, in scientific notation too (1.2E+3, as Excel shows 1234 in a narrow column): read as a number.
_TEXT_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[Ee][+-]?[0-9]{1,3})?")
#: What a number in scientific notation may be: the digits a narrow column showed of a longer one.
_SHORTENED = "列宽不够时 Excel 把 1234 显示为 1.2E+03，复制显示的文字会丢掉后几位"
#: Excel's number format in scientific notation (0.00E+00): the places it shows, the exponent's sign and digits.
_SCIENTIFIC = re.compile(r"[0#?]\.?(?P<places>[0#?]*)[Ee](?P<sign>[+-])(?P<digits>[0#?]+)")
#: Marks for “none” the data file's messages do not name (they name /, -, —, －, 无).
_NONE_MARKS = {"／", "–", "―", "\u2212"}
#: Excel's error values, which a formula shows when it cannot compute (WPS's and newer Excel's too).
_EXCEL_ERROR = re.compile(r"#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!"
                          r"|CONNECT!|BUSY!|UNKNOWN!)")
#: A number with its unit (12件, 412.36万元, ¥412.36, ¥4,123,600), its full-width characters made half-width: the cells
#: take the number alone.
_WITH_UNIT = re.compile(r"(?P<sign>¥)?\s*(?P<number>[+-]?(?:[0-9]{1,3}(?:[,，][0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)\s*"
                        r"(?:(?P<count>件|个|项|条|次|人次|家)|(?P<money>万元|元))?")
#: A number with a note in brackets (37（含撤销2件）, 38件（含2件）, 12（件）), its full-width characters made half-width.
_NOTED = re.compile(r"(?P<number>[+-]?[0-9]+(?:\.[0-9]+)?)\s*(?:件|个|项|条|次|人次|家)?\s*\((?P<note>[^()]+)\)")
#: Digits with a letter O (or the character 〇) typed for a zero, its full-width characters made half-width: 1O.
_ZEROS = re.compile(r"[0-9Oo〇]+")
#: A negative as Excel's accounting format shows it, its full-width characters made half-width: (12), (1,234.5).
_BRACKETED = re.compile(r"\(([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\)")
#: The minus sign of mathematics (Word's and some input methods'), where a number wants the hyphen-minus.
_MINUS_SIGN = "\u2212"


def _in_scientific(value, number_format: str) -> str | None:
    """A number as Excel shows it in a cell formatted in scientific notation (1234.5 as 1.23E+03 in 0.00E+00), or None
    for another format or value."""
    shape = _SCIENTIFIC.search(number_format.split(";")[0])
    if not shape or not isinstance(value, float) or not math.isfinite(value):
        return None
    mantissa, exponent = f"{value:.{len(shape['places'] or '')}E}".split("E")
    sign = "-" if int(exponent) < 0 else shape["sign"].replace("-", "")
    return f"{mantissa}E{sign}{abs(int(exponent)):0{len(shape['digits'])}d}"


def _wrong_cell(value, number_format: str, cell) -> str | None:
    """What is wrong with the number of a table's ``cell`` (a :class:`~reportkit.tables.DataCell`) that the data file's
    messages would not say plainly, or None."""
    label = cell.label
    if isinstance(value, (dt.datetime, dt.date)):
        shown = value.date() if isinstance(value, dt.datetime) and value.time() == dt.time() else value
        return (f"{label}：这一格被设成了日期格式，显示为 {shown}（原来的数可能是 {to_excel(value):g}）：请把单元格格式改为"
                "“常规”或“数值”，再重新填数")
    if isinstance(value, (dt.time, dt.timedelta)):  # 1:30 typed, or a number in a cell formatted h:mm ([h]:mm)
        seconds = round(to_excel(value) * 86400)
        shown = f"{seconds // 3600}:{seconds // 60 % 60:02d}" + (f":{seconds % 60:02d}" if seconds % 60 else "")
        return (f"{label}：这一格被设成了时间格式，显示为 {shown}（原来的数可能是 {to_excel(value):g}）：请把单元格格式改为"
                "“常规”或“数值”，再重新填数")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value and "%" in number_format:
        return (f"{label}：这一格被设成了百分比格式，显示为 {value * 100:.15g}%（格中的数是 {value:.15g}）："
                "请把单元格格式改为“常规”或“数值”，再重新填数")
    if isinstance(value, bool):  # TRUE or FALSE typed (or pasted as a value): Excel's logical values
        return f"{label}：这一格是逻辑值 {_logical(value)}，不是数字：请填数字，没有数据请填 0"
    sections = number_format.split(";")  # a change (2019's 本年增/减) takes a negative, however shown
    if isinstance(value, (int, float)) and value < 0 and len(sections) > 1 and "(" in sections[1] \
            and cell.type != "change":
        return _negative(cell, f"这一格显示为“({-value:.15g})”，", f"{value:.15g}", "单元格设成了会计专用格式，负数显示在括号里",
                         "，并把单元格格式改为“常规”")
    shown = _in_scientific(value, number_format) if cell.type != "amount" else None
    if shown and value != int(value):  # 1234.5 shown as 1.23E+03 where a count goes
        return (f"{label}：这一格设成了科学记数格式，显示为 {shown}，格中的数其实是 {value:.15g}，不是整数，而这里只能填整数："
                "请把单元格格式改为“常规”或“数值”，核对后填写完整的数")
    if not isinstance(value, str):
        return None
    text = _EDGES.sub("", value)
    if _GROUPED.fullmatch(text):
        return f"{label}：数字里不要写千位分隔符（“{text}”写成 {_SEPARATOR.sub('', value)}）"
    if text in _NONE_MARKS:
        return f"{label}：不能写“{text}”：没有数据请填 0"
    if text.startswith(("=", "＝")):  # typed into a cell formatted as text (or after a blank): Excel shows it and computes nothing
        why = "等号“＝”是全角的" if text[0] == "＝" else "这一格设成了文本格式，或等号前有空格"
        return (f"{label}：“{text}”是存成了文字的公式，没有计算（{why}）：请直接填数字；"
                "要用公式的，先把单元格格式改为“常规”，再用半角的“=”重新输入公式")
    if _EXCEL_ERROR.fullmatch(text):  # pasted as values from a formula that failed
        return f"{label}：“{text}”是 Excel 的错误值，不是数字：请填上数字，没有数据请填 0"
    if cell.type != "amount" and _TEXT_NUMBER.fullmatch(text) and not _PLAIN_NUMBER.fullmatch(text) \
            and Decimal(text) != Decimal(text).to_integral_value():  # 1.2345E+3: 1234.5 where a count goes
        return (f"{label}：“{text}”是科学记数法写的 {format(Decimal(text), 'f')}，不是整数，而这里只能填整数："
                f"{_SHORTENED}，请核对后填写完整的数")
    typed = unicodedata.normalize("NFKC", text)  # １２件 too, written as 12
    if _ZEROS.fullmatch(typed) and not typed.isdigit():  # 1O: a letter O typed for a zero
        letters = "".join(dict.fromkeys(re.sub(r"\d", "", text)))
        said = f"“{text}”中的“{'”“'.join(letters)}”" if len(letters) < len(text) else f"“{text}”"
        what = "汉字" if letters == "〇" else "字母"
        return f"{label}：{said}是{what}，不是数字 0：请写作 {int(re.sub('[Oo〇]', '0', typed))}"
    bracketed = _BRACKETED.fullmatch(typed)
    if bracketed and float(_SEPARATOR.sub("", bracketed[1])):  # typed as text, or pasted as a cell showed it
        return _negative(cell, f"“{text}”", f"-{_SEPARATOR.sub('', bracketed[1])}", "Excel 的会计专用格式把负数显示在括号里")
    noted = _NOTED.fullmatch(typed)
    unit = _WITH_UNIT.fullmatch(noted["number"] + noted["note"] if noted else typed)  # 12（件） as 12件
    if noted and not (unit and (unit["count"] or unit["money"])):  # 37（含撤销2件）: a note, which no cell holds
        return (f"{label}：格中只填数字，写作 {noted['number']}；括号中的说明“{noted['note']}”不导入（要印在数后，"
                f"请在数据文件中把这一格写成 {{value: {noted['number']}, note: {noted['note']}}}）")
    if unit and unit["count"]:
        return f"{label}：只填数字，不要写“{unit['count']}”：写作 {_SEPARATOR.sub('', unit['number'])}"
    if unit and (unit["money"] or unit["sign"]):
        if cell.type != "amount":
            return f"{label}：这里填{'增减的数量' if cell.type == 'change' else '数量'}，“{text}”是金额：请核对是否填错了格"
        if unit["sign"] and not unit["money"] and unit_of(label) == "万元":  # ¥ says 人民币, not whether 元 or 万元
            sign, digits = "￥" if "￥" in text else unit["sign"], _SEPARATOR.sub("", unit["number"])
            return (f"{label}：只填数字，不要写“{sign}”：“{sign}”没有写明单位，按元读取，这一格以万元计，写作 "
                    f"{amount_fix(digits, '元', '万元').rpartition('写作 ')[2]}；若 {digits} 本来就是万元，写作 {digits}")
        if unit_of(label):  # the head names the cell's unit: the number in it
            return f"{label}：{amount_fix(unit['number'], unit['money'] or unit['sign'], unit_of(label))}"
        return (f"{label}：只填数字，不要写“{unit['money'] or unit['sign']}”：金额的单位以表头和格中显示的为准"
                "（元还是万元），填数前请核对是否要换算")
    meant = text.replace(_MINUS_SIGN, "-")
    if _MINUS_SIGN in text and re.fullmatch(r"-?\d+(?:\.\d+)?", meant):
        return f"{label}：“{text}”中的“{_MINUS_SIGN}”是数学符号，不是减号：请用英文输入法下的减号，写作 {meant}"
    return None


def _negative(cell, shown: str, number: str, why: str, then: str = "") -> str:
    """What to do about a negative ``number`` a cell ``shown`` so holds in brackets (``why``), as Excel's accounting
    format shows one: write it with its minus sign where the cell takes a negative (2019's 本年增/减), else check it;
    ``then``: what else to do."""
    if cell.type == "change":
        return f"{cell.label}：{shown}是负数 {number}（{why}）：这一格可以填负数，请写作 {number}"
    what = "金额" if cell.type == "amount" else "数量"
    return (f"{cell.label}：{shown}是负数 {number}（{why}），而这里填{what}，不能是负数（只有 2019 版表二的“本年增/减”"
            f"可以填负数）：请核对这个数；不是负数的，写作 {number[1:]}{then}")


def _logical(value: bool) -> str:
    """A logical value as Excel shows it (TRUE, FALSE), not as YAML writes it."""
    return "TRUE" if value else "FALSE"


def _formula(value) -> bool:
    """A formula: typed (=B5+C5), or an array formula (Excel 365 saves some so, WPS a Ctrl+Shift+Enter one)."""
    return isinstance(value, ArrayFormula) or isinstance(value, str) and value.startswith("=")


def _formula_text(value) -> str:
    return value.text if isinstance(value, ArrayFormula) else value


def _what(place: _Place, sheet) -> str:
    """A table as a message names it: 表三, or 工作表“统计表”中的表三 where it stands on a sheet of another name."""
    return sheet.name if place.ws.title == sheet.name else f"工作表“{place.ws.title}”中的{sheet.name}"


def _shifted(place: _Place, sheet, name: str) -> list[Diagnostic]:
    """One error for a table whose numbers stand lower than its labels: rows inserted above a row of numbers with
    no labels beside it (表四's), found by its 总计 formulas further down."""
    labelled = {r for r, c in sheet.grid() if (r, c) not in sheet.cells}
    totals: dict[int, list[int]] = {}
    for (r, c), cell in sheet.cells.items():
        if cell.sums and not cell.kept and r not in labelled:
            totals.setdefault(r, []).append(c)
    for r, columns in totals.items():
        values = [place.cell(r, c).value for q, c in sheet.cells if q == r]
        if any(isinstance(v, (int, float)) or _formula(v) for v in values):
            continue  # numbers or formulas in the row: not an inserted one
        row = r + 1 + place.rows  # as the worksheet numbers it
        for k in sorted({cell.row - row for cell in _stored(place.ws) if cell.row > row and _formula(cell.value)}):
            if all(_formula(place.cell(r + k, c).value) for c in columns):
                rows = f"{row}" if k == 1 else f"{row}–{row + k - 1}"
                return [Diagnostic(ERROR, f"{_what(place, sheet)}的数字应在第 {row} 行，而在第 {row + k} 行：上面插入了 {k} 行。"
                                          f"请删除第 {rows} 行（选中行号后右键 →“删除”）后再导入；表格的行列不能插入、删除或移动",
                                   name, cell=f"{place.ws.title}!A{row + k}")]
    return []


#: The most rows (or columns) inserted or deleted within a table that :func:`_inserted` looks for.
_MAX_INSERTED = 5
#: The most changes (rows or columns inserted or deleted in one place each) within a table that :func:`_changes` names.
_MAX_CHANGES = 4
#: The most labels :func:`_changes` looks for within one table (about 0.3 s): a table changed in more places is told at
#: its first label out of place.
_MAX_TRIES = 150_000


def _inserted(place: _Place, sheet, name: str, *, alone: bool = False) -> list[Diagnostic]:
    """One error for rows (or columns) a clerk inserted within a table, or deleted from it: its labels from one row
    (column) on stand as many lower (further right), or higher (left), those before it where they were. Deleting the
    inserted ones is the fix; deleted ones, with their numbers, are undone or filled in afresh (``alone``:
    :func:`_redo`). ``place`` is where most labels are, which is the table's start only where most stand before the
    change: it is looked for a few rows (columns) either side. Also one row (column) moved (:func:`_move`), the first
    rows (columns) of a table at A1 deleted, several changes within a table (:func:`_changes`, an error each), its last
    rows (columns) deleted or cleared (:func:`_cut_off`), and more changes than are told apart (:func:`_several`, else
    :func:`_first_out_of_place` where the labels moved rather than were reworded). None where every label is at
    ``place``, or but a few labels are out of place (:func:`_check_labels` names them)."""
    labels = [(at, cell) for at, cell in sheet.grid().items() if at not in sheet.cells]
    if all(_alike(place.cell(*at).value, cell.text) for at, cell in labels):
        return []

    def bases(axis: int):  # the table's start, and a few rows (columns) either side
        for shift in sorted(range(-min(_MAX_INSERTED, place.rows if axis == 0 else place.columns), _MAX_INSERTED + 1),
                            key=abs):
            yield _Place(place.ws, place.rows + shift * (axis == 0), place.columns + shift * (axis == 1))

    for axis in (0, 1):  # a row (column) moved first: it is a deletion and an insertion too
        for base in bases(axis):
            found = _move(base, labels, axis)
            if found:
                return [_moved(base, sheet, labels, name, axis, *found)]
    for deleted, axis in itertools.product((False, True), (0, 1)):
        for base in bases(axis):
            found = _insertion(base, labels, axis, deleted=deleted)
            if found:
                return [_change(base, sheet, labels, name, (axis, *found), alone=alone)]
    first = _first_cut(place, sheet, labels)
    if first:
        base, edit = first
        return [_change(base, sheet, labels, name, edit, alone=alone)]
    try:
        edits, untold = _changes(place, labels), False
    except _Untold:
        edits, untold = None, True
    if edits:
        return [_change(place, sheet, labels, name, edit, alone=alone, edits=edits) for edit in edits]
    for axis, what in ((0, "行"), (1, "列")):
        found = _cut_off(place, sheet, labels, axis)
        if found:
            start, k = found
            return [Diagnostic(ERROR, f"{_what(place, sheet)}的最后 {k} {what}（原来的{_span_named(place, axis, start, k)}，"
                                      f"{_gone(labels, axis, start, k)}）被删除或清空了，其中的数字读不到：还能撤销的，"
                                      f"按 Ctrl+Z 撤销、保存后再导入；否则{_redo(alone)}；表格的行列不能插入、删除或移动",
                               name, cell=place.name(start if axis == 0 else 0, start if axis == 1 else 0))]
    return _several(place, sheet, labels, name, alone=alone) or (
        [_first_out_of_place(place, sheet, labels, name, alone=alone)] if untold and _moved_about(place, labels) else [])


def _first_out_of_place(place: _Place, sheet, labels: list, name: str, *, alone: bool) -> Diagnostic:
    """The error for a table changed in too many places to tell each (:class:`_Untold`): its first label out of
    place, what is there instead, and the undo."""
    at, text = min((at, cell.text) for at, cell in _out_of_place(place, labels))
    found = place.cell(*at).value
    return Diagnostic(ERROR, f"{_what(place, sheet)}中插入、删除或移动了行、列的地方太多，没有一一查明；第一处与导出时不同的是 "
                             f"{place.name(*at)}：这一格应为“{text}”，而工作簿中是“{'' if found is None else found}”："
                             f"{_undo_all(alone)}", name, cell=place.name(*at))


def _undo_all(alone: bool) -> str:
    """The fix for a table changed in several places: undo, or fill in a fresh workbook (``alone``: :func:`_redo`)."""
    return f"还能撤销的，按 Ctrl+Z 撤销这些改动、保存后再导入；否则{_redo(alone)}；表格的行列不能插入、删除或移动"


def _several(place: _Place, sheet, labels: list, name: str, *, alone: bool) -> list[Diagnostic]:
    """One error for a table changed in more places than :func:`_changes` tells apart: many labels out of place, all
    but a few (those deleted) elsewhere on the sheet, moved, not reworded as a template words them, nor lost in merged
    cells that stayed where they were (rows inserted by a program, not by Excel). It names the rows whose labels and
    the columns whose heads no longer stand where they were exported. None where it is not so."""
    wrong, found = _out_of_place(place, labels), _typed_labels(place.ws)
    if len(wrong) <= _MAX_LABELS or sum(_label(cell.text) not in found for _, cell in wrong) > _MAX_LABELS:
        return []
    first = min(r for r, _ in sheet.cells)  # the first row of numbers: rows above it are heads
    rows = _runs(sorted({r + 1 + place.rows for (r, _), _ in wrong if r >= first}), str)
    columns = _runs(sorted({c + 1 + place.columns for (r, c), _ in wrong if r < first}), get_column_letter)
    said = "、".join([f"第 {rows} 行的行名"] * bool(rows) + [f"第 {columns} 列的列名"] * bool(columns))
    return [Diagnostic(ERROR, f"{_what(place, sheet)}中有多处插入或删除了行、列，{said}与导出时的位置不同：{_undo_all(alone)}",
                       name, cell=place.name(*min(at for at, _ in wrong)))]


def _out_of_place(place: _Place, labels: list) -> list:
    """The labels (position, grid cell) not where the table at ``place`` has them."""
    return [(at, cell) for at, cell in labels if not _alike(place.cell(*at).value, cell.text)]


def _typed_labels(ws) -> set[str]:
    """The texts typed on ``ws``, as labels are compared (:func:`_label`)."""
    return {_label(cell.value) for cell in _stored(ws) if isinstance(cell.value, str)}


def _moved_about(place: _Place, labels: list) -> bool:
    """Whether the labels out of place at ``place`` are mostly moved (rows and columns inserted, deleted or moved):
    what stands there is blank or another label, else the label is typed elsewhere on the sheet. Mostly a text that is
    none of the table's labels, they are worded as a province's template words them, each to be named."""
    wrong, found = _out_of_place(place, labels), _typed_labels(place.ws)
    ours = {_label(cell.text) for _, cell in labels} | {""}
    reworded = [at for at, cell in wrong if _label(cell.text) not in found and isinstance(place.cell(*at).value, str)
                and _label(place.cell(*at).value) not in ours]
    return 2 * len(reworded) < len(wrong)


def _runs(numbers: list[int], shown) -> str:
    """Sorted row (column) numbers as runs, each ``shown`` so: 9–15、20 (E–J)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return "、".join(shown(a) if a == b else f"{shown(a)}–{shown(b)}" for a, b in runs)


def _first_cut(place: _Place, sheet, labels: list) -> tuple[_Place, tuple[int, int, int]] | None:
    """The first rows (columns) of a table deleted, the rest as many higher (further left): where the table started
    and the deletion (axis, 0, minus how many), or None. At A1 the rest stand higher than ``place``; below a title
    typed above the table (or right of one left of it) they stand at ``place``, the title where the deleted labels
    were, no label of those rows left there (a head reworded in a template is no row deleted). Nor is it a title with
    a text before it (the title), or worded much like a label deleted: it is that head reworded, which
    :func:`_check_labels` names."""
    box = place.box(sheet)
    for axis, k in itertools.product((0, 1), range(1, _MAX_INSERTED + 1)):
        gone = [(at, cell) for at, cell in labels if at[axis] + _span(cell, axis) <= k]
        if not gone or not any(at[axis] >= k for at, _ in labels):
            continue
        for s in range(k + 1):
            base = _Place(place.ws, place.rows + s * (axis == 0), place.columns + s * (axis == 1))
            if _misplaced(base, labels, [(axis, 0, -k)])[0]:
                continue
            if not s:
                return base, (axis, 0, -k)
            top, bottom, left, right = box  # the title: a text in the rows (columns) above the table's start, across it
            title, before = ((top, top + s - 1, left, right), (top - 1, top - 1, left, right)) if axis == 0 else \
                ((top, bottom, left, left + s - 1), (top, bottom, left - 1, left - 1))
            titles = _texts(place.ws, *title)
            if titles and not _texts(place.ws, *before) \
                    and not any(_alike(place.cell(*at).value, cell.text) for at, cell in labels if at[axis] < k) \
                    and not any(_resembles(text, cell.text) for text in titles for _, cell in gone) \
                    and not _still_merged(place, gone):
                return base, (axis, 0, -k)
    return None


def _still_merged(place: _Place, labels: list) -> bool:
    """Whether a label of ``labels`` that covers several cells still has its merged cell where the table at ``place``
    has it: its row (column) is the table's own, the label reworded, not a title typed over one deleted (deleting a
    row takes its merged cells along)."""
    ranges = {str(merged) for merged in place.ws.merged_cells.ranges}
    return any(f"{place.cell(*at).coordinate}:{place.cell(at[0] + cell.rowspan - 1, at[1] + cell.colspan - 1).coordinate}"
               in ranges for at, cell in labels if cell.rowspan * cell.colspan > 1)


def _texts(ws, top: int, bottom: int, left: int, right: int) -> list[str]:
    """The texts typed in ``ws``'s rows ``top`` to ``bottom`` and columns ``left`` to ``right`` (from 1; none before the
    first)."""
    return [v for line in ws.iter_rows(min_row=top, max_row=bottom, min_col=left, max_col=right, values_only=True)
            for v in line if isinstance(v, str) and v.strip()] if min(top, left) >= 1 else []


def _resembles(text: str, label: str) -> bool:
    """Whether ``text`` is worded much like ``label`` (“第二十条（一）项” like “第二十条第（一）项”), as a title is not."""
    return difflib.SequenceMatcher(None, _meaning(_label(text)), _meaning(_label(label))).ratio() >= 0.5


def _change(base: _Place, sheet, labels: list, name: str, edit: tuple[int, int, int], *, alone: bool,
            edits: tuple = ()) -> Diagnostic:
    """The error naming ``edit`` (axis, 0-based start, how many rows or columns inserted; deleted, as a negative
    number) within the table that starts at ``base``, among ``edits`` (the others shift the inserted ones' rows)."""
    axis, start, k = edit
    what, heads = ("行", "行号") if axis == 0 else ("列", "列标")
    now = start + sum(j for other, s, j in edits if other == axis and s < start)  # where it is in the worksheet
    if k > 0:
        named = _span_named(base, axis, now, k)
        said = (f"中插入了 {k} {what}（{named}），其后的{what}名都{'下移' if axis == 0 else '右移'}了 {k} {what}："
                f"请删除{named}（选中{heads}后右键 →“删除”）后再导入")
    else:
        said = (f"中删除了 {-k} {what}（原来的{_span_named(base, axis, start, -k)}，{_gone(labels, axis, start, -k)}），"
                f"其后的{what}名都{'上移' if axis == 0 else '左移'}了 {-k} {what}：还能撤销的，按 Ctrl+Z 撤销删除、保存后再导入；"
                f"否则{_redo(alone)}")
    return Diagnostic(ERROR, f"{_what(base, sheet)}{said}；表格的行列不能插入、删除或移动",
                      name, cell=base.name(now if axis == 0 else 0, now if axis == 1 else 0))


def _move(base: _Place, labels: list, axis: int) -> tuple[int, int] | None:
    """One row (``axis`` 0) or column (1) moved within the table that starts at ``base`` (cut and inserted elsewhere):
    where it stood and where it stands (0-based), if its labels stand there and every other label where the move puts
    it, those between moved back (on) by one; else None. Where it stood and where it went are the first and last
    rows (columns) out of place."""
    wrong = [at[axis] for at, cell in labels if not _stands(base, at, cell.text)]
    if len(set(wrong)) < 2:
        return None
    for was, now in ((min(wrong), max(wrong)), (max(wrong), min(wrong))):
        edits = ((axis, was, -1), (axis, now + 1, 1)) if was < now else ((axis, now, 1), (axis, was, -1))
        line = [(at, cell) for at, cell in labels if at[axis] == was and _span(cell, axis) == 1]
        if line and all(_stands(base, (now, at[1]) if axis == 0 else (at[0], now), cell.text) for at, cell in line) \
                and not _misplaced(base, labels, edits)[0]:
            return was, now
    return None


def _moved(base: _Place, sheet, labels: list, name: str, axis: int, was: int, now: int) -> Diagnostic:
    """The error naming the row (``axis`` 0) or column (1) moved from ``was`` to ``now`` (:func:`_move`) within the
    table that starts at ``base``, with how to move it back: cut, and inserted before the row (column) that now
    follows the place it left, as the worksheet numbers them."""
    what, heads = ("行", "行号") if axis == 0 else ("列", "列标")
    shifted = ("上移" if axis == 0 else "左移") if was < now else ("下移" if axis == 0 else "右移")
    here, back = _span_named(base, axis, now, 1), _span_named(base, axis, was + (was > now), 1)
    return Diagnostic(ERROR, f"{_what(base, sheet)}中移动了 1 {what}：原来的{_span_named(base, axis, was, 1)}"
                             f"（{_gone(labels, axis, was, 1)}）移到了{here}，其间的{what}名都{shifted}了 1 {what}："
                             f"请选中{here}（点{heads}），剪切（Ctrl+X），再右键{back}的{heads} →“插入剪切的单元格”，"
                             f"把它移回原处后再导入；表格的行列不能插入、删除或移动",
                      name, cell=base.name(now if axis == 0 else 0, now if axis == 1 else 0))


def _moved_to(at: tuple[int, int], edits) -> tuple[int, int] | None:
    """Where a label at the 0-based grid position ``at`` stands after ``edits`` ((axis, start, k) each, in the
    table's own positions); None if it stood in rows (columns) deleted."""
    out = list(at)
    for axis, start, k in edits:
        if k < 0 and start <= at[axis] < start - k:
            return None
        out[axis] += k * (at[axis] >= start)
    return tuple(out)


def _misplaced(base: _Place, labels: list, edits, stands=None) -> tuple[list[int], list[int]]:
    """The positions along each axis of the labels not where ``edits`` put them: (rows, columns). ``stands`` (grid
    position, label text) says whether the label is there, :func:`_alike` on the worksheet unless given."""
    stands = stands or functools.partial(_stands, base)
    out: tuple[list, list] = ([], [])
    for at, cell in labels:
        to = _moved_to(at, edits)
        if to is not None and not stands(to, cell.text):
            out[0].append(at[0])
            out[1].append(at[1])
    return out


def _stands(base: _Place, at: tuple[int, int], text: str) -> bool:
    """Whether the label ``text`` is at the 0-based grid position ``at`` of the table that starts at ``base``."""
    return min(at[0] + base.rows, at[1] + base.columns) >= 0 and _alike(base.cell(*at).value, text)


class _Untold(Exception):
    """A table changed in more places than :func:`_changes` tells apart: no changes it looks through put every label
    in place, or it looked for a label :data:`_MAX_TRIES` times."""


def _changes(base: _Place, labels: list) -> tuple | None:
    """Two to :data:`_MAX_CHANGES` changes within the table that starts at ``base`` (a row inserted and a column
    deleted, rows inserted in three places) that put every label where it stands: the fewest changes, then the fewest
    rows and columns moved; None where but a few labels are out of place (:data:`_MAX_LABELS`). The first is one that
    puts more labels in place alone; each next one starts right after the last label still in place and puts the first
    one out of place (and more in all) in place. Raises :class:`_Untold` where none do, or once it has looked for a
    label :data:`_MAX_TRIES` times (a table changed in many places), the fewest changes first."""
    wrong = len(_misplaced(base, labels, ())[0])
    if wrong <= _MAX_LABELS:  # a few labels typed over, or a template's heads left blank: looked for no further
        return None
    ends = [max(at[axis] for at, _ in labels) for axis in (0, 1)]
    amounts = [k for k in range(-_MAX_INSERTED, _MAX_INSERTED + 1) if k]
    looked = functools.cache(functools.partial(_stands, base))
    tries = itertools.count()

    def stands(at: tuple[int, int], text: str) -> bool:  # each label looked for counts, as the work done
        if next(tries) >= _MAX_TRIES:
            raise _Untold
        return looked(at, text)

    @functools.cache
    def fit(axis: int, start: int, k: int) -> bool:  # a deletion takes a label wholly and leaves one after it, as
        if k > 0:  # :func:`_insertion` has it, and none that still stands where it stood
            return True
        gone = [(at, cell) for at, cell in labels if start <= at[axis] and at[axis] + _span(cell, axis) <= start - k]
        return bool(gone) and start - k <= ends[axis] and not any(stands(at, cell.text) for at, cell in gone)

    def fits(edits) -> bool:  # and none inserted where others were deleted: that is the labels there typed over
        return all(fit(*edit) for edit in edits) and not any(
            a == b and k > 0 > j and t <= s <= t - j for (a, s, k), (b, t, j) in itertools.permutations(edits, 2))

    @functools.cache
    def wrong_after(edits: tuple) -> tuple[list[int], list[int]]:
        return _misplaced(base, labels, edits, stands)

    def whole(edits: tuple, order: list) -> bool:  # not wrong_after(edits)[0], looking for the labels in ``order``
        return all(_moved_to(at, edits) is None or stands(_moved_to(at, edits), cell.text) for at, cell in order)

    def further(edits: tuple):  # the next ones after ``edits`` (sorted), each putting the first label out of place along
        left = wrong_after(edits)  # its axis in place, and more labels in all; the last one, all of them
        wrong_at = set(zip(*left))
        # the last one: those out of place before it looked for first, where most sets of changes fail
        last = len(edits) + 1 == _MAX_CHANGES and [(at, cell) for at, cell in labels if at in wrong_at] + labels
        for axis in range(2 if left[0] else 0):
            low = min(left[axis])
            placed = max((at[axis] for at, _ in labels if at[axis] < low), default=0)
            first = [(at, cell) for at, cell in labels if at[axis] == low]
            for start, k in itertools.product(range(placed + 1, low + 1), amounts):
                then = tuple(sorted([*edits, (axis, start, k)]))
                if all((axis, start) != edit[:2] for edit in edits) and fits(then) \
                        and not _misplaced(base, first, then, stands)[0] and (not last or whole(then, last)):
                    after = wrong_after(then)  # as the first and last checks, but for all the labels
                    if len(after[0]) < len(left[0]) and min(after[axis], default=math.inf) > low:
                        yield then

    level = [((axis, start, k),) for axis, start, k in itertools.product((0, 1), range(1, max(ends) + 1), amounts)
             if start <= ends[axis] and fits([(axis, start, k)]) and len(wrong_after(((axis, start, k),))[0]) < wrong]
    while level:  # the fewest changes first
        found = [edits for edits in level if len(edits) > 1 and not wrong_after(edits)[0]]
        if found:
            return min(found, key=lambda edits: sum(abs(k) for *_, k in edits))
        level = list(dict.fromkeys(then for edits in level if wrong_after(edits)[0] and len(edits) < _MAX_CHANGES
                                   for then in further(edits)))
    raise _Untold


def _span_named(base: _Place, axis: int, start: int, k: int) -> str:
    """The ``k`` rows (``axis`` 0) or columns (1) from the table's 0-based ``start`` on as the worksheet numbers them:
    第 8 行, 第 9–10 行, 第 E 列."""
    if axis == 0:
        first, last = start + 1 + base.rows, start + k + base.rows
    else:
        first, last = get_column_letter(start + 1 + base.columns), get_column_letter(start + k + base.columns)
    return f"第 {first}{'' if k == 1 else f'–{last}'} {'行' if axis == 0 else '列'}"


def _gone(labels: list, axis: int, start: int, k: int) -> str:
    """The labels that stood wholly in the ``k`` rows (columns) from ``start`` on, as a message quotes them: “（一）予以
    公开”, or the first few of many."""
    gone = [f"“{cell.text}”" for at, cell in labels if start <= at[axis] and at[axis] + _span(cell, axis) <= start + k]
    return "".join(gone) if len(gone) <= _MAX_LABELS + 1 else f"{''.join(gone[:_MAX_LABELS])}等 {len(gone)} 个名称"


def _cut_off(place: _Place, sheet, labels: list, axis: int) -> tuple[int, int] | None:
    """The table's last rows (``axis`` 0) or columns (1) deleted, or cleared, with numbers a clerk fills in: (where,
    how many), if every label before them is at ``place`` and nothing is left in them; else None."""
    grid = sheet.grid()
    end = max(at[axis] + _span(cell, axis) for at, cell in grid.items())
    for k in range(1, min(_MAX_INSERTED, end - 1) + 1):
        start = end - k
        gone = [at for at in grid if at[axis] >= start]
        if (all(_alike(place.cell(*at).value, cell.text) for at, cell in labels if at[axis] + _span(cell, axis) <= start)
                and any(at not in sheet.cells for at in gone)
                and any(at in sheet.cells and not sheet.cells[at].sums for at in gone)
                and all(place.cell(*at).value in (None, "") for at in gone)):
            return start, k
    return None


def _span(cell, axis: int) -> int:
    """How many rows (``axis`` 0) or columns (1) a table's label covers."""
    return cell.rowspan if axis == 0 else cell.colspan


def _insertion(base: _Place, labels: list, axis: int, *, deleted: bool = False) -> tuple[int, int] | None:
    """Where (0-based along ``axis``) and how many rows (0) or columns (1) were inserted within the table that starts
    at ``base`` (``deleted``: deleted from it, as a negative number), if its ``labels`` (position, grid cell) are all
    there but for that; else None. A deletion takes a label that stood wholly in the rows (columns) deleted, and
    leaves some before and after them (else it is the table moved)."""
    wrong = [at[axis] for at, cell in labels if not _alike(base.cell(*at).value, cell.text)]
    if not wrong:
        return None
    start = min(wrong)
    if deleted and not start:
        return None

    def moved(at: tuple[int, int], k: int) -> tuple[int, int]:
        return tuple(p + k * (i == axis and p >= start) for i, p in enumerate(at))

    for k in range(1, _MAX_INSERTED + 1):
        if deleted:
            kept = [(at, cell) for at, cell in labels if not start <= at[axis] < start + k]
            fits = (any(at[axis] >= start + k for at, _ in kept)
                    and any(start <= at[axis] and at[axis] + _span(cell, axis) <= start + k for at, cell in labels)
                    and all(_alike(base.cell(*moved(at, -k)).value, cell.text) for at, cell in kept))
        else:
            fits = all(_alike(base.cell(*moved(at, k)).value, cell.text) for at, cell in labels)
        if fits:
            return start, -k if deleted else k
    return None


def _emptied(place: _Place, sheet, name: str, *, alone: bool = False) -> list[Diagnostic]:
    """One error for each row whose numbers and 总计 formulas are all gone: a row deleted (表四's only row of
    numbers) or cleared, which would otherwise be a “不能留空” for every cell (``alone``: :func:`_redo`)."""
    rows: dict[int, list] = {}
    for (r, c), cell in sheet.cells.items():
        rows.setdefault(r, []).append((c, cell))
    out = []
    for r, cells in sorted(rows.items()):
        if any(cell.sums for _, cell in cells) and all(place.cell(r, c).value in (None, "") for c, _ in cells):
            first = min(c for c, _ in cells)
            out.append(Diagnostic(ERROR, f"{_what(place, sheet)}第 {r + 1 + place.rows} 行的数字和总计公式都没有了：这一行被删除或清空了。"
                                         f"{_redo(alone)}；表格的行列不能插入、删除或移动",
                                  name, cell=place.name(r, first)))
    return out


def _merged(place: _Place, r: int, c: int, label: str) -> str:
    """What to do about the number at the 0-based grid position (r, c) that a merged cell covers."""
    coord = _merged_range(place, r, c)
    return (f"{label}：这一格与 {coord} 中的其他格合并成了一格，它的数读不到：请选中 {coord}，"
            "取消合并单元格（“开始 → 合并后居中”），再在每一格分别填数")


def _merged_range(place: _Place, r: int, c: int) -> str:
    """The range (A3:A4) of the merged cell that covers the 0-based grid position (r, c)."""
    at = place.cell(r, c).coordinate
    return next(m for m in place.ws.merged_cells.ranges if at in m).coord


def _sheets_to_search(book) -> list[Worksheet]:
    """The worksheets a table may stand on: not a chart (no cells), a very hidden sheet (a program's: WPS keeps its
    pictures in one) or the help sheet."""
    return [ws for ws in book.worksheets
            if isinstance(ws, Worksheet) and ws.sheet_state != "veryHidden" and ws.title != HELP_SHEET]


class _Located(NamedTuple):
    """Where the official tables stand in a workbook (:func:`_locate`)."""

    places: dict[str, _Place]  # the tables found, by their sheet's name (表三)
    findings: list[Diagnostic]  # a note on each found elsewhere or worded otherwise; an error on each found twice
    named: set[str]  # the worksheets these name
    near: dict[str, _Place | None]  # the tables not found: where most of their labels are, if anywhere


def _locate(book, official, name: str) -> _Located:
    """Where each official table stands.

    A table is at A1 of its sheet, as exported; else wherever all its labels are (:func:`_ranked`): moved down or right
    on its sheet (a title row typed above it), or, if the workbook has no sheet of its name or only an empty one, on
    another sheet (renamed 表3 or 依申请公开情况统计表, or all three on one sheet, as some provinces' templates have
    them). Found in more places than one, it is an error: which one is meant is the clerk's to say. Not found, its
    labels are checked where most of them are; on its own sheet, at A1 unless all but a few are elsewhere (rows
    inserted within the table put most of them one row lower)."""
    found = _Located({}, [], set(), {})
    for sheet in official:
        own = book[sheet.name] if sheet.name in book.sheetnames and isinstance(book[sheet.name], Worksheet) else None
        if own is not None and not _check_labels(_Place(own), sheet, name):
            _found_at(found, sheet, _Place(own), name)
            continue
        home = own is not None and _typed(own)
        ranked = _ranked([own] if home else [ws for ws in _sheets_to_search(book) if ws is not own], sheet)
        fits = [place for place, _ in ranked if not _check_labels(place, sheet, "")]
        if len(fits) > 1:
            found.named.update(place.ws.title for place in fits)
            spots = "、".join(f"“{place.ws.title}”的 {place.name(0, 0).rpartition('!')[2]}" for place in fits)
            found.findings.append(Diagnostic(ERROR, f"{sheet.name}（{sheet.title}）在工作簿中有 {len(fits)} 处（{spots} 起），"
                                                    "不知道该读哪一处：请删除不用的那一处（或它所在的工作表），再导入",
                                             name, cell=fits[0].name(0, 0)))
        elif fits:
            _found_at(found, sheet, fits[0], name)
        else:
            labels = len(sheet.grid()) - len(sheet.cells)
            moved = ranked and ranked[0][1] >= labels - _MAX_LABELS  # a few labels wrong, not rows inserted within
            near = ranked[0][0] if ranked and (moved or not home) else _Place(own) if home else None
            found.near[sheet.name] = near
            if near is not None:
                found.named.add(near.ws.title)
    return found


def _found_at(found: _Located, sheet, place: _Place, name: str) -> None:
    found.places[sheet.name] = place
    found.named.add(place.ws.title)
    note = _where_found(place, sheet)
    if note:
        found.findings.append(Diagnostic(NOTE, note, name, cell=place.name(0, 0)))


def _where_found(place: _Place, sheet) -> str | None:
    """The note on a table read elsewhere than at A1 of its own sheet, or with labels worded otherwise than exported."""
    start = place.name(0, 0).rpartition("!")[2]
    said = []
    if place.ws.title != sheet.name:
        said.append(f"{sheet.name}（{sheet.title}）在工作表“{place.ws.title}”中，从 {start} 开始：按这个位置读取")
    elif place.rows or place.columns:
        said.append(f"{sheet.name}的表格从 {start} 开始（导出时从 A1 开始，上面或左边加了行、列）：按这个位置读取")
    reworded = [(place.name(r, c), place.cell(r, c).value, cell.text) for (r, c), cell in sheet.grid().items()
                if (r, c) not in sheet.cells and place.cell(r, c).value not in (None, "")
                and _label(place.cell(r, c).value) != _label(cell.text)]
    if reworded:
        where, found, expected = reworded[0]
        said.append(f"{'其中' if said else sheet.name + '有'} {len(reworded)} 处行列名称的写法与导出的不同，按意思对应（如 {where}"
                    f"“{found}”即“{expected}”）：请核对它们确是同一行、列")
    return "；".join(said) or None


def _typed(ws) -> bool:
    """Whether anything is typed on ``ws``."""
    return any(cell.value not in (None, "") for cell in _stored(ws))


def _stored(ws) -> list:
    """The cells ``ws`` holds, row by row. Not ``iter_rows``: it makes every cell of the rectangle up to the last one
    used, and one mark typed at XFD1048576 took minutes and gigabytes (openpyxl has no public way to the stored ones)."""
    return [ws._cells[at] for at in sorted(ws._cells)]


def _ranked(worksheets, sheet) -> list[tuple[_Place, int]]:
    """The places on ``worksheets`` that at least half the labels of ``sheet``'s table point at (:func:`_alike`, each
    label found where the table would put it), with how many do, most first."""
    labels = [(at, cell.text) for at, cell in sheet.grid().items() if at not in sheet.cells]
    votes: Counter = Counter()
    for ws in worksheets:
        for cell in _stored(ws):
            if isinstance(cell.value, str) and cell.value.strip():
                for (q, k), text in labels:
                    if cell.row > q and cell.column > k and _alike(cell.value, text):
                        votes[(ws, cell.row - 1 - q, cell.column - 1 - k)] += 1
    return [(_Place(*at), n) for at, n in votes.most_common() if 2 * n >= len(labels)]


def _check_labels(place: _Place, sheet, name: str, *, alone: bool = False) -> list[Diagnostic]:
    """The labels of ``sheet``'s table that ``place`` lacks (:func:`_alike`), up to :data:`_MAX_LABELS`. A head left
    blank (a template without 表三's note on its sums) is no matter while most labels are there; a row's label is.
    ``alone``: the workbook has no data file (:func:`_redo`)."""
    first = min(r for r, _ in sheet.cells)  # the first row of numbers: rows above it are heads
    labels = [(at, cell) for at, cell in sheet.grid().items() if at not in sheet.cells]
    out, blank = [], []
    for (r, c), cell in labels:
        found = place.cell(r, c).value
        if _alike(found, cell.text):
            continue
        if isinstance(place.cell(r, c), MergedCell):  # labels merged (行政处罚 over 行政强制): not moved, hidden
            coord = _merged_range(place, r, c)
            said = (f"这一格应为“{cell.text}”，而它与 {coord} 中的其他格合并成了一格：请选中 {coord}，取消合并单元格"
                    f"（“开始 → 合并后居中”），再在这一格写上“{cell.text}”")
        else:
            said = (f"这一格应为“{cell.text}”，而工作簿中是“{found if found is not None else ''}”：表格的行列不能插入、删除或移动；"
                    f"{_redo(alone)}")
        wrong = Diagnostic(ERROR, said, name, cell=place.name(r, c))
        (blank if r < first and (found is None or not _label(found)) else out).append(wrong)
    if 4 * len(blank) > len(labels):
        out = blank + out
    return out[:_MAX_LABELS]


#: A label's numbering (一、 (一) 1. (1), as NFKC leaves it), which templates write each in their own way.
_NUMBERING = re.compile(r"^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+[、.]|\d+[、.](?!\d))")
#: A remark in brackets ((单位:万元), (区分处理的,只计这一情形,不计其他情形)), but not a numbering (第(一)项).
_REMARK = re.compile(r"\((?![一二三四五六七八九十\d]+\))[^()]*\)")


@functools.lru_cache(maxsize=4096)
def _label(text) -> str:
    """A label as compared: full-width letters, digits and brackets made half-width, without spaces and line breaks
    (a table copied from elsewhere may have (一) for （一））."""
    return "".join(unicodedata.normalize("NFKC", str(text)).split())


@functools.lru_cache(maxsize=4096)
def _meaning(label: str) -> str:
    """What a label (:func:`_label`) says: without its numbering, remarks in brackets and punctuation."""
    said = _REMARK.sub("", _NUMBERING.sub("", label))
    return "".join(ch for ch in said if not unicodedata.category(ch).startswith("P"))


def _alike(found, expected: str) -> bool:
    """Whether a label says ``expected``: as exported but for spaces, line breaks and the width of brackets and digits;
    or in a template's own wording, the same words without numbering, remarks in brackets and punctuation, or the
    one's words (four characters at least) within the other's (“(一)新收政府信息公开申请数量” for
    “一、本年新收政府信息公开申请数量”). Compared where the table has the label, never to find a row by itself."""
    if found is None:
        return False
    theirs, ours = _label(found), _label(expected)
    if theirs == ours:
        return True
    short, long = sorted((_meaning(theirs), _meaning(ours)), key=len)
    return bool(short) and (short == long or len(short) >= 4 and short in long)


def _number(value, kind: str):
    """A workbook value as the data file would hold it; anything else is left for the model to refuse.

    A number is taken as Excel shows it, to 15 significant digits: Excel saves =0.1+0.2 as 0.30000000000000004."""
    if isinstance(value, float) and math.isfinite(value):
        shown = Decimal(f"{value:.15g}")
        if kind == "amount":
            return shown
        return int(shown) if shown == shown.to_integral_value() else float(shown)
    if isinstance(value, str):
        return _EDGES.sub("", value) or None  # only spaces: a blank cell
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
    and a 总计 is updated (to the computed value) only where the data file types one. Comments stay above the
    keys they stood above, and lines keep their indentation and the room before their comments
    (:func:`_keep_layout`)."""
    yaml = _yaml()
    yaml.indent(*_indentation(text))
    doc = yaml.load(_spaced(text))
    order = _key_order(validated.report)
    above = _comments_above(doc)
    for path in [("tables",)] + [("tables", key) for key in TABLE_NAMES]:
        _table_at(doc, path, order)
    changed = 0
    for sheet in sheets(validated.report):
        for cell in sheet.cells.values():
            value = int(cell.value) if cell.type != "amount" else cell.value
            if cell.sums and _get(doc, cell.path) is None:
                continue  # the data file leaves this total to reportkit: keep it so
            changed += _set(doc, cell.path, value, order)
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
        same = _yaml().load(_spaced(kept)) == _yaml().load(after)
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


def _table_at(doc, path: tuple, order: dict[tuple, int]) -> None:
    """A mapping at ``path`` (``tables`` or one of its tables) where the data file lacks it or leaves it empty, so that
    the file has every table: ``{}`` while all its cells are 0."""
    node = _get(doc, path[:-1])
    if path[-1] not in node:
        _insert(node, path[-1], CommentedMap(), path, order)
    elif node[path[-1]] is None:
        node[path[-1]] = CommentedMap()


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
        elif value and n < len(path) - 1 and not node[key]:
            node[key].fa.set_block_style()  # a table written as {} (all 0) gets its rows as the others' are
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
