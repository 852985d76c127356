"""``reportkit tables import``: the numbers of a workbook into the data file, its comments and layout kept.

The workbook's numbers replace those of the data file and the whole report is validated as
``reportkit validate`` would: every problem in a number is reported at its sheet and cell
(``tables.xlsx:表三!E12: error: …``) with the data file's messages; nothing is written unless
all is well. A formula in a 总计 leaves it to reportkit, but not a total the data file types as
another number than its sum: such a workbook never showed that number (the export writes it as typed).
This module reads the numbers (:func:`import_tables`; :func:`workbook_report` reads a workbook without its data file,
as ``aggregate`` sums one); the parts are modules of their own:

- :mod:`.workbook`: the workbook opened, or refused with the fix (no .xlsx workbook, or too large to read);
- :mod:`.locate`: each table read where its labels are: at A1 of its sheet as exported, or moved as a whole, on a
  sheet of another name, all three on one, or in a province's template worded otherwise, with a note saying where;
- :mod:`.moved`: a table whose rows or columns moved within gives its label errors only, in one naming the change;
- :mod:`.cells`: numbers read as Excel shows them (15 significant digits), and what is wrong with one typed;
- :mod:`.checks`: any other sheet named (a filled-in copy beside an untouched original is an error), hidden sheets,
  rows and columns, 批注, text outside the tables;
- :mod:`.beside`: rules run as ``reportkit validate`` runs them on the data file's placeholders outside the tables;
- :mod:`.writeback`: the data file updated in place with ruamel.yaml's round trip, in the file's own indentation,
  encoding (Notepad's UTF-16 and GBK too), byte order mark and line ends; its comments stay above their keys.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl.cell.cell import MergedCell

from ..errors import ERROR, NOTE, WARNING, Diagnostic, InvalidData, data_label
from ..load import Loaded, load_file, load_text
from ..plugins import Plugins
from ..registry import StarterOptions
from ..validate import Validated, validate
from . import TABLE_EDITIONS, TABLE_NAMES, has_tables, outside_note, sheets, to_fill
from .beside import dropped, validate_beside
from .cells import (EDGES, EXCEL_ERROR, PLAIN_NUMBER, SHORTENED, TEXT_NUMBER, cell_number, formula, formula_text,
                    logical, wrong_cell)
from .checks import comments, hidden, other_sheets, renamed, still_open, typed_outside
from .export import HELP_SHEET
from .locate import Place, check_labels, label_key, locate, merged_range, sheets_to_search, stored
from .moved import emptied, inserted, shifted
from .workbook import open_workbook, refused
from .writeback import Written, update_yaml, write


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
    book, saved = open_workbook(Path(workbook), "导入")
    problems = _whose(book, current, str(workbook), str(into))
    if problems:
        raise InvalidData(problems)
    validated = _read(book, saved, str(workbook), loaded, current, todo, outside, plugins, strict=strict, into=str(into),
                      kept=dropped(source, outside))
    written = Written.read(Path(into))
    updated, changed = update_yaml(written.text, validated)
    if not dry_run and (changed or blank):
        write(Path(into), written.encode(updated))
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

    The tables are found where their labels are (:func:`locate`). The edition is the workbook's properties' (else
    the one whose tables it has, else the year's); the agency and year are its title's (else its help sheet's, else a
    title typed above a table, else the file name's, with a note)."""
    from ..default_plugins.annual_report import edition_for_year

    name, path = str(workbook), Path(workbook)
    book, saved = open_workbook(path, then)
    kind = plugins.registry.kinds["annual-report"]
    subject = (book.properties.subject or "").split()
    ours = subject[1] if len(subject) == 2 and subject[0] == "annual-report" and subject[1] in TABLE_EDITIONS else None
    edition, anywhere = _edition_of(book, kind, plugins, name, ours)
    if not anywhere:
        raise refused(path, "不是统计表工作簿（哪个工作表中都没有找到表二、表三、表四的表头和行名）：请用 reportkit init "
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
    for ws in sheets_to_search(book):
        for cell in stored(ws):
            typed_title = isinstance(cell.value, str) and "".join(cell.value.split())
            found = typed_title and next(filter(None, (p.fullmatch(typed_title) for p in _TYPED_TITLES)), None)
            if found:
                typed.setdefault((found["agency"], int(found["year"])), f"{ws.title}!{cell.coordinate}")
    if len(typed) > 1:
        said = "、".join(f"{where}“{agency}{year}年”" for (agency, year), where in typed.items())
        raise refused(path, f"工作簿中的标题写的单位、年度不一（{said}）：请改成这个单位、这一年度的标题后再{then}")
    if typed:
        (agency, year), where = next(iter(typed.items()))
        return agency, year, [Diagnostic(NOTE, f"工作簿中没有 reportkit 写的标题：按 {where} 的标题记作“{agency}”{year} 年度；"
                                               "不对时请改正这个标题", name, cell=where)]
    found = _YEAR_IN_NAME.search(path.stem)
    agency = found and (path.stem[:found.start()].strip(" _-—（）()") or path.stem[found.end():].strip(" _-—（）()"))
    agency = agency and _REPORT_WORDS.sub("", agency).strip(" _-—（）()")
    if not agency:
        lacks = "单位" if found else "年度"
        raise refused(path, f"工作簿中没有写明单位和年度（标题被改过，或不是 reportkit 生成的），文件名中也没有{lacks}：{_NAME_THEM}")
    year = int(found.group(1))
    return agency, year, [Diagnostic(NOTE, f"工作簿中没有写明单位和年度（标题被改过，或不是 reportkit 生成的）：按文件名记作"
                                           f"“{agency}”{year} 年度；不对时请改文件名，如 某县教育局2023.xlsx", name)]


def _official(kind, edition: str, plugins: Plugins, name: str, year: int | None = None) -> list:
    """The tables (:func:`~reportkit.tables.sheets`) of an empty report of ``edition`` (and ``year``, else the
    edition's first)."""
    starter = kind.starter(StarterOptions(edition=edition, year=year or int(edition), agency="某机关", schema_url=""))
    return sheets(validate(load_text(starter, name), plugins.registry, rules=False).report)


def _edition_of(book, kind, plugins: Plugins, name: str, first: str | None) -> tuple[str | None, bool]:
    """The edition whose tables the workbook has all of where :func:`locate` looks (None if none has), and whether
    any table of any edition is there at all. ``first``: the edition to try first (the workbook's properties')."""
    anywhere = False
    for edition in sorted(TABLE_EDITIONS, key=lambda edition: edition != first):
        located = locate(book, _official(kind, edition, plugins, name), name)
        if len(located.places) == len(TABLE_NAMES):
            return edition, True
        anywhere = anywhere or bool(located.places) or any(located.near.values())
    return None, anywhere


#: The unit a column head names in brackets: 采购总金额（万元）, （单位：元）, as :func:`label_key` has it.
_HEAD_UNIT = re.compile(r"\((?:单位:)?(万?元)\)")


def _head_units(place: Place, sheet) -> dict[tuple[int, int], tuple[str, str, str, str]]:
    """Each head of ``sheet`` that names a unit (本年收费金额（单位：万元）), by its grid position: the unit the table
    counts, the unit the workbook's head there names (a template's 本年收费金额（元）: 元), that head as written and as
    exported."""
    out = {}
    for (r, c), cell in sheet.grid().items():
        wanted = _HEAD_UNIT.search(label_key(cell.text)) if (r, c) not in sheet.cells else None
        found = place.cell(r, c).value if wanted else None
        given = _HEAD_UNIT.search(label_key(found)) if isinstance(found, str) else None
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
    places = locate(book, official, name).places
    for sheet in official:
        place = places.get(sheet.name)
        for (r, c), cell in sheet.cells.items():
            if place is not None and cell.path[:3] == ("tables", "active_disclosure", "government_procurement") \
                    and cell.type == "amount":
                shown = place.cell(r, c).number_format
                head = _HEAD_UNIT.search(label_key(place.cell(r - 1, c).value or ""))
                unit = "万元" if '"万元"' in shown else "元" if '"元"' in shown else head and head[1]
                if unit:
                    loaded.data["tables"]["active_disclosure"]["government_procurement"]["unit"] = unit


def _read(book, saved, name: str, loaded: Loaded, current: Validated, todo, outside, plugins: Plugins, *,
          strict: bool, into: str | None, positions: bool = True, kept: dict | None = None,
          then: str = "导入") -> Validated:
    """``loaded`` (validated as ``current``, its table placeholders at ``todo``) with the numbers of the workbook
    ``book`` (``saved``: its formulas' values, a :class:`~reportkit.tables.workbook._Saved`), validated; every problem
    at its cell. ``into`` names the data file the fixes refer to (None: the workbook has none); without ``positions``, a
    finding on no cell is at the workbook, not at a line of ``loaded`` (a text that is no file). ``kept``: the blocks
    left out of ``loaded`` for their placeholders at ``outside`` (:func:`validate_beside`); ``then``: what is done with
    the numbers (导入, 汇总), said of a workbook still open."""
    merged = WorkbookData(loaded.file, copy.deepcopy(loaded.data), loaded.values, loaded.keys, list(loaded.diagnostics),
                          loaded.text, workbook=name, positions=positions)
    official = sheets(current.report, todo)
    located = locate(book, official, name)
    places, problems = located.places, list(located.findings)
    if any(sheet.name not in places for sheet in official):
        other = _other_edition(book, current, plugins, name, into)
        if other:
            raise InvalidData(other)
    problems += renamed(Path(name)) + still_open(Path(name), then) + _other_book(book, current.report, name)
    problems += other_sheets(book, official, places, located.named, name, into)
    read = {}  # the tables read cell by cell: those whose rows and columns are where their labels say
    for sheet in official:
        place = places.get(sheet.name)
        if place is None:
            near = located.near.get(sheet.name)
            if near:  # every cell after a moved row or column is shifted: the labels say it all
                problems += (inserted(near, sheet, name, alone=into is None)
                             or check_labels(near, sheet, name, alone=into is None))
            elif sheet.name in located.near:
                what = f"工作表“{sheet.name}”是空的" if sheet.name in book.sheetnames else f"缺少工作表“{sheet.name}”"
                problems.append(Diagnostic(ERROR, f"{what}（{sheet.title}），别的工作表中也没有找到这张表："
                                                  f"请用 {_fresh(into)}后填写，不要改动表头和行名", name))
            continue
        moved = (inserted(place, sheet, name, alone=into is None) or shifted(place, sheet, name)
                 or emptied(place, sheet, name, alone=into is None))
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
            if cell.sums and formula(value):
                if cell.kept:  # the workbook never showed this number: its formula does not replace it
                    why = "（有的项在数据文件中还是占位），导入时" if cell.unfilled else f"，与各项之和 {cell.value} 不符：导入时"
                    problems.append(Diagnostic(NOTE, f"{cell.label}：这一格是公式，而 {into} 中填写的总计为 {cell.typed}"
                                                     f"{why}保留 {cell.typed}，不按公式改写", name, cell=where))
                else:
                    _drop(merged.data, cell.path)  # a formula: reportkit computes the total, and updates a typed one
                continue
            typed = None  # a clerk's formula: the value Excel saved with it is read
            if formula(value):
                typed, value = formula_text(value), saved.value(target)
                if value is None:
                    problems.append(Diagnostic(ERROR, f"{cell.label}：这一格是公式“{typed}”，工作簿里没有存下它"
                                                      "算出的数：请直接填数字（或复制后“选择性粘贴→数值”）", name, cell=where))
                    continue
                # its own text: a formula typed into a cell formatted as text, which wrong_cell tells
                text = EDGES.sub("", value) if isinstance(value, str) and value != typed else None
                gave = (f"错误值 {value}" if text and EXCEL_ERROR.fullmatch(text)
                        else f"逻辑值 {logical(value)}，不是数字" if isinstance(value, bool)
                        else f"{f'文字“{text}”' if text else '空的文字（格中显示为空白）'}，不是数字" if text is not None
                        and not TEXT_NUMBER.fullmatch(text) else None)
                if gave:  # =IF(D5>0,"无",1): a text where its condition holds; =IF(D5>0,"",1) an empty one
                    only = ("" if text is None or EXCEL_ERROR.fullmatch(text)
                            else '，把其中的 "" 改为 0，让它没有数据时算出 0' if not text and '""' in typed
                            else "，让它只算出数字（没有数据时算出 0）")
                    problems.append(Diagnostic(ERROR, f"{cell.label}：这一格的公式“{typed}”算出的是{gave}："
                                                      f"请改正公式{only}，或直接填数字", name, cell=where))
                    continue
            wrong = wrong_cell(value, target.number_format, cell)
            if wrong:
                problems.append(Diagnostic(ERROR, wrong, name, cell=where))
                continue
            merged.places[cell.path], merged.labels[cell.path] = where, cell.label
            number = cell_number(value, cell.type)
            if isinstance(number, str) and TEXT_NUMBER.fullmatch(number):  # pasted from a web page, or typed '12
                written, exact = number, Decimal(number)
                number = Decimal(format(exact, "f")) if cell.type == "amount" else \
                    int(exact) if exact == exact.to_integral_value() else cell_number(float(exact), cell.type)
                if not isinstance(number, float):  # 5.5 for a count: the model says what is wrong with it
                    how = (f"这一格的公式“{typed}”算出的是文字“{written}”，不是数字" if typed
                           else "这一格的数字存成了文本（格的左上角有绿色小三角）")
                    check = ("，不必改动" if PLAIN_NUMBER.fullmatch(written)  # 1.2E+3: as a narrow column shows 1234
                             else f"；“{written}”是科学记数法：{SHORTENED}，请核对这是完整的数")
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
    problems += typed_outside(official, read, name)
    problems += hidden(official, read, name)
    problems += comments(official, read, name, into)
    if any(p.severity == ERROR for p in problems):
        raise InvalidData(problems)
    if outside:
        problems.append(outside_note(loaded, outside, plugins.registry))
    merged.diagnostics += problems
    return validate_beside(merged, kept or {}, outside, plugins.registry, strict=strict)


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
        if theirs and not any(check_labels(Place(book[s.name]), s, name) for s in theirs):
            if into is None:  # a workbook alone: its properties name the edition
                return [Diagnostic(ERROR, f"这是 {other} 版的统计表（表头与 {other} 版相同），而工作簿的属性写的是 {edition} 版："
                                          f"请用 reportkit init annual-report --year {year} --xlsx 另生成空白工作簿，"
                                          "再把数字填进去", name)]
            return [Diagnostic(ERROR, f"这是 {other} 版的统计表（表头与 {other} 版相同），而 {into} 是 {edition} 版（{year} 年度）"
                                      f"的数据：请用 reportkit tables export {into} -o 新的文件名.xlsx 导出它自己的工作簿，"
                                      "再把数字填进去", name)]
    return []


def _fresh(into: str | None) -> str:
    """How to get a workbook of reportkit's to fill in."""
    return (f"reportkit tables export 从 {into} 导出工作簿" if into
            else "reportkit init annual-report --xlsx 生成空白工作簿")


def _merged(place: Place, r: int, c: int, label: str) -> str:
    """What to do about the number at the 0-based grid position (r, c) that a merged cell covers."""
    coord = merged_range(place, r, c)
    return (f"{label}：这一格与 {coord} 中的其他格合并成了一格，它的数读不到：请选中 {coord}，"
            "取消合并单元格（“开始 → 合并后居中”），再在每一格分别填数")


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
