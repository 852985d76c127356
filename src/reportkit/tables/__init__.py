"""The statistics tables of an annual report as sheets: the printed table plus where each number lives.

Export, import, the ``xlsx``/``json`` renderers and ``aggregate`` all read :func:`sheets`, so a
cell of the workbook, a key of the JSON and a path of the data file always name the same number.
Grid positions are 0-based ``(row, column)`` of the printed table, merged cells at their top left.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import NamedTuple

from ..blocks import Cell, Table
from ..errors import data_label
from ..default_plugins.annual_report.tables import TABLE_EDITIONS, TABLE_NAMES
from ..load import Loaded

#: Read as workbooks: an .xlsx, or what Excel or WPS also saves (an .xls, a CSV …), which the reader refuses with how
#: to save it as .xlsx.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv")


@dataclass(frozen=True)
class DataCell:
    """A number of a table: its data ``path``, its ``type`` (count, change or amount), its value as
    printed, and for a 总计 the grid cells it sums (``sums``; empty for a cell the clerk fills in)
    and the number the data file types in it (``typed``; None where it leaves it to reportkit);
    ``label`` names it as printed (表三“（一）予以公开”“自然人”); ``unfilled`` are the grid cells it sums (through
    the 总计 among them) that are still blank placeholders, its ``value`` then counting them as 0."""

    path: tuple
    type: str
    value: int | Decimal
    sums: tuple[tuple[int, int], ...] = ()
    note: str | None = None
    label: str = ""
    typed: int | None = None
    unfilled: tuple[tuple[int, int], ...] = ()

    @property
    def mistyped(self) -> bool:
        """A 总计 the data file types as another number than the sum of its parts (rules R2, R3, R5); not known
        while one of the parts is still blank."""
        return self.typed is not None and not self.unfilled and self.typed != self.value

    @property
    def kept(self) -> bool:
        """A 总计 the data file types that the workbook shows as typed, not as a formula: mistyped, or not yet checkable
        (``unfilled``), so that the import checks it against the numbers typed in its parts."""
        return self.typed is not None and (bool(self.unfilled) or self.typed != self.value)


@dataclass
class Sheet:
    """One official table: its sheet ``name`` (表二 …), ``title``, the printed ``table`` and its numbers."""

    name: str
    title: str
    table: Table
    cells: dict[tuple[int, int], DataCell] = field(default_factory=dict)

    def grid(self) -> dict[tuple[int, int], Cell]:
        return self.table.grid()


def has_tables(report) -> bool:
    """True for a report with the official tables (the annual report's 2019 and 2021 editions)."""
    spec = getattr(type(report), "spec", None)
    return getattr(report, "kind", None) == "annual-report" and getattr(spec, "name", None) in TABLE_EDITIONS


def _with_tables(data, registry) -> bool:
    """Whether ``data`` is an annual report of an edition with the official tables."""
    kind = registry.kinds.get(data.get("kind")) if isinstance(data, dict) and data.get("kind") == "annual-report" else None
    return kind is not None and kind.resolve_edition(data)[0] in TABLE_EDITIONS


def blank_tables(loaded: Loaded, registry) -> tuple[Loaded, list[str]]:
    """``loaded`` with the official tables its data lacks or leaves empty (``tables:``, or one of the three, with nothing
    after the colon) as empty ones, whose cells count as 0, and the keys of those tables: export writes their cells as
    0 for a clerk to fill in, and import writes them into the data file. Any other data is returned as it is."""
    data = loaded.data
    if not _with_tables(data, registry):
        return loaded, []
    tables = data.get("tables")
    if tables is None:
        tables = {}
    elif not isinstance(tables, dict):
        return loaded, []  # validation says what it should be
    filled = [key for key in TABLE_NAMES if tables.get(key) is None]
    if not filled:
        return loaded, []
    tables = {**tables, **{key: {} for key in filled}}
    return replace(loaded, data={**data, "tables": tables}), filled


def placeholder_cells(loaded: Loaded, registry) -> tuple[Loaded, tuple[tuple, ...]]:
    """``loaded`` with the numbers of its tables that are 【请填写：…】 placeholders (``reportkit import`` leaves them
    where it cannot read a table) as 0, and the paths of those cells: export writes them blank, for the clerk to fill
    in the workbook, and import writes the numbers typed there in their place. A placeholder 总计 is left to reportkit
    (a formula in the workbook, the sum on import); placeholders in notes and text are kept."""
    from ..default_plugins.annual_report.tables import RESULTS_TOTAL, TOTAL
    from ..narrative import PLACEHOLDER

    data = loaded.data
    if not _with_tables(data, registry) or not isinstance(data.get("tables"), dict):
        return loaded, ()
    sums = {TOTAL.key, RESULTS_TOTAL.key}  # 表三 and 表四's 总计 column, 表三's （七）总计 row
    cells: list[tuple] = []

    def placeholder(value) -> bool:
        return isinstance(value, str) and PLACEHOLDER.fullmatch(value.strip()) is not None

    def filled(node: dict, path: tuple) -> dict:
        out = {}
        for key, value in node.items():
            here = path + (key,)
            cell = value.get("value") if isinstance(value, dict) and "value" in value else value
            if isinstance(cell, dict):
                out[key] = filled(cell, here)
            elif key in ("note", "unit") or not placeholder(cell):
                out[key] = value
            elif here[1] != "active_disclosure" and sums & set(here[2:]):
                continue  # a 总计: reportkit computes it
            else:
                cells.append(here)
                out[key] = {**value, "value": 0} if isinstance(value, dict) else 0
        return out

    tables = filled(data["tables"], ("tables",))
    if tables == data["tables"]:
        return loaded, ()
    return replace(loaded, data={**data, "tables": tables}), tuple(cells)


def outside_placeholders(loaded: Loaded, registry) -> tuple[Loaded, tuple[tuple, ...]]:
    """``loaded`` without the blocks outside ``tables`` (``information_processing_fee`` …) in which the model refuses
    a 【请填写：…】 placeholder (a number or a date), and the paths of those placeholders. Such a value is not in the
    workbook: export and import leave it in the data file, for ``reportkit validate`` to ask for. A block the model
    requires and a value at the top (``year``, ``date``) stay: validation says what to write there."""
    from ..errors import ERROR, InvalidData
    from ..narrative import PLACEHOLDER
    from ..validate import model_for, validate

    def placeholders(node) -> bool:
        if isinstance(node, dict):
            node = list(node.values())
        if isinstance(node, list):
            return any(placeholders(item) for item in node)
        return isinstance(node, str) and PLACEHOLDER.fullmatch(node.strip()) is not None

    data = loaded.data
    if not _with_tables(data, registry):
        return loaded, ()
    kind = registry.kinds[data["kind"]]
    fields = model_for(kind, kind.resolve_edition(data)[0], registry).model_fields
    blocks = {key for key, value in data.items()
              if key != "tables" and key in fields and not fields[key].is_required() and placeholders(value)}
    if not blocks:
        return loaded, ()
    try:
        validate(loaded, registry, rules=False)
        return loaded, ()
    except InvalidData as exc:
        errors = [d.path for d in exc.diagnostics if d.severity == ERROR and not d.rule]
    found = []
    for path in errors:
        if len(path) < 2 or path[0] not in blocks:
            continue
        value = data
        for key in path:
            value = value.get(key) if isinstance(value, dict) else value[key] if isinstance(value, list) else None
        if isinstance(value, str) and PLACEHOLDER.fullmatch(value.strip()):
            found.append(path)
    if not found:
        return loaded, ()
    dropped = {path[0] for path in found}
    return replace(loaded, data={k: v for k, v in data.items() if k not in dropped}), tuple(found)


class ToFill(NamedTuple):
    """A data file's tables as the workbook takes them (``loaded``), and what the clerk still has to fill in: the
    official tables it lacks (``missing``, :func:`blank_tables`), its table cells that are 【请填写：…】 placeholders
    (``cells``, :func:`placeholder_cells`) and the placeholders outside the tables (``outside``,
    :func:`outside_placeholders`)."""

    loaded: Loaded
    missing: list[str]
    cells: tuple[tuple, ...]
    outside: tuple[tuple, ...]


def to_fill(loaded: Loaded, registry) -> ToFill:
    """``loaded`` ready for ``tables export`` and ``tables import`` (:class:`ToFill`)."""
    loaded, missing = blank_tables(loaded, registry)
    loaded, cells = placeholder_cells(loaded, registry)
    loaded, outside = outside_placeholders(loaded, registry)
    return ToFill(loaded, missing, cells, outside)


def outside_note(loaded: Loaded, found: tuple[tuple, ...], registry):
    """The note on the placeholders :func:`outside_placeholders` found, at the first, naming each ``file:line:col``
    as a clerk reads it (信息处理费“收费通知件数”) and by its data path."""
    from ..errors import NOTE
    from ..validate import model_for

    kind = registry.kinds[loaded.data["kind"]]
    model = model_for(kind, kind.resolve_edition(loaded.data)[0], registry)
    where = "、".join(f"{loaded.file}:{line}:{col} {field_titles(model, path)}（{data_label(path)}）"
                      for path in found for line, col in [loaded.position(path)])
    return loaded.diagnostic(NOTE, (
        f"统计表之外还有 {len(found)} 处【请填写：…】占位（{where}）：不在工作簿中，导出、导入都不改动，仍留在数据文件里；"
        "请照原件直接在数据文件中填写，填好之前 reportkit validate 会逐一指出"), found[0])


def field_titles(model, path: tuple) -> str:
    """The field at ``path`` of ``model`` by the model's titles, as a clerk reads it: 信息处理费“收费通知件数”,
    统计期限“起始日期”; its data path where a field on the way has no title."""
    from ..validate import _inner_model

    titles, parent = [], model
    for key in path:
        fields = parent.model_fields if isinstance(parent, type) and hasattr(parent, "model_fields") else {}
        field = next((f for name, f in fields.items() if key in (name, f.alias)), None)
        if field is None or not field.title:
            return data_label(path)
        titles.append(field.title)
        parent = _inner_model(parent, key)
    return titles[0] + "".join(f"“{title}”" for title in titles[1:])


def sheets(report, blank=()) -> list[Sheet]:
    """表二, 表三 and 表四 of an annual report as printed, with every number located; the numbers at the data paths
    ``blank`` (:func:`placeholder_cells`) are still to be filled in, which each 总计 over them notes (``unfilled``)."""
    from ..default_plugins.annual_report.build import applications_table, disclosure_table, review_table
    from ..default_plugins.annual_report.model import applications_values, outcome_values, row_at
    from ..default_plugins.annual_report.tables import (
        APPLICANT_COLUMNS, OUTCOMES, REVIEW_GROUPS, SECTIONS, TOTAL, application_rows)

    def nowhere(_path):
        return None

    titles = {key: label for key, label, _ in SECTIONS}
    out = []

    # 表二: per 第二十条 item a caption row, a header row, then its rows; the last column may span.
    table = disclosure_table(report, nowhere)
    sheet = Sheet("表二", titles["active_disclosure"], table)
    base = ("tables", "active_disclosure")
    r = 0
    for block in report.spec.active_disclosure:
        r += 2
        for key, label in block.rows:
            row = getattr(report.tables.active_disclosure, key)
            for i, column in enumerate(block.columns):
                cell = getattr(row, column.key)
                sheet.cells[(r, 1 + i)] = DataCell(base + (key, column.key), column.cell, cell.value, note=cell.note,
                                                   label=f"表二“{label}”“{column.label}”")
            r += 1
    out.append(sheet)

    # 表三: three header rows, three label columns, then 6 applicant columns and 总计.
    table = applications_table(report, nowhere)
    sheet = Sheet("表三", titles["applications"], table)
    base = ("tables", "applications")
    values = applications_values(report)
    rows = list(application_rows(report.spec))
    result_rows = [3 + i for i, (keys, node) in enumerate(rows) if keys[0] == "results" and not node.computed]
    for i, (keys, node) in enumerate(rows):
        r = 3 + i
        typed = row_at(report.tables.applications, keys)
        for j, column in enumerate(APPLICANT_COLUMNS + (TOTAL,)):
            c = 3 + j
            cell = getattr(typed, column.key)
            if column is TOTAL:
                sums = tuple((r, k) for k in range(3, 3 + len(APPLICANT_COLUMNS)))
            elif node.computed:
                sums = tuple((k, c) for k in result_rows)
            else:
                sums = ()
            sheet.cells[(r, c)] = DataCell(base + keys + (column.key,), "count", values[keys][column.key], sums,
                                           cell.note if cell is not None else None, f"表三“{node.label}”“{column.label}”",
                                           cell.value if sums and cell is not None else None)
    out.append(sheet)

    # 表四: three header rows, one row of three groups of five.
    table = review_table(report, nowhere)
    sheet = Sheet("表四", titles["review_litigation"], table)
    base = ("tables", "review_litigation")
    for g, (key, label) in enumerate(REVIEW_GROUPS):
        group = getattr(report.tables.review_litigation, key)
        values = outcome_values(group)
        for j, column in enumerate(OUTCOMES + (TOTAL,)):
            c = 5 * g + j
            cell = getattr(group, column.key)
            sums = tuple((3, 5 * g + k) for k in range(len(OUTCOMES))) if column is TOTAL else ()
            sheet.cells[(3, c)] = DataCell(base + (key, column.key), "count", values[column.key], sums,
                                           cell.note if cell is not None else None, f"表四“{label}”“{column.label}”",
                                           cell.value if sums and cell is not None else None)
    out.append(sheet)
    if blank:
        for sheet in out:
            _unfilled(sheet, frozenset(blank))
    return out


def _unfilled(sheet: Sheet, blank: frozenset) -> None:
    """Mark each 总计 of ``sheet`` with the blank cells it sums (:attr:`DataCell.unfilled`)."""
    def leaves(pos):
        for part in sheet.cells[pos].sums:
            yield from [part] if sheet.cells[part].path in blank else leaves(part)

    for pos, cell in list(sheet.cells.items()):
        found = tuple(dict.fromkeys(leaves(pos))) if cell.sums else ()
        if found:
            sheet.cells[pos] = replace(cell, unfilled=found)


def keyed(report) -> dict:
    """Every number of the tables, computed 总计 included, nested by the official row and column keys."""
    out: dict = {}
    for sheet in sheets(report):
        for cell in sheet.cells.values():
            node = out
            for key in cell.path[1:-1]:
                node = node.setdefault(key, {})
            node[cell.path[-1]] = cell.value
    return out
