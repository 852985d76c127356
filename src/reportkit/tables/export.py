"""``reportkit tables export``: the official tables as an Excel workbook, one sheet per table.

Merged heads and labels as printed; the cells a clerk fills in are unlocked and accept only what
the rules allow (whole non-negative numbers; a signed 本年增/减; an amount in 万元); every 总计
is a formula, but one the data file types as another number than its sum: that number, to put right
in the workbook. A number the data file has as a 【请填写：…】 placeholder is a blank cell to fill in; a typed
总计 over such a cell is shown as typed too, to be checked on import.
Sheets are protected without a password, so labels and formulas stay put.
"""
from __future__ import annotations

import io
import math
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..blocks import Document, Table
from . import TABLE_EDITIONS, DataCell, Sheet, has_tables, sheets

_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_COMPUTED_FILL = PatternFill("solid", fgColor="EEEEEE")
_TO_FILL = PatternFill("solid", fgColor="FFF2CC")  # a placeholder's blank cell
_FONT = "宋体"
#: Only what the rules allow, with the same words as the data file's messages.
_VALIDATION = {
    "count": dict(type="whole", operator="greaterThanOrEqual", formula1="0",
                  error="本格只能填 0 或正整数（件数）；没有数据请填 0"),
    "change": dict(type="whole", operator="between", formula1="-999999999", formula2="999999999",
                   error="本格填带符号的整数：增加写 16，减少写 -11，不变写 0"),
    "amount": dict(type="decimal", operator="greaterThanOrEqual", formula1="0",
                   error="本格填金额（可带小数），不能为负；没有数据请填 0"),
}
HELP_SHEET = "填写说明"
_MAX_PLACES = 6  # of an amount in 万元, to the fen
#: Column width units a Chinese character takes at 10 pt (a unit is about one digit).
_CHAR_WIDTH = 1.6


def cell_name(row: int, col: int) -> str:
    """The A1 name of a 0-based grid position."""
    return f"{get_column_letter(col + 1)}{row + 1}"


def export_workbook(report, source: str = "", blank=()) -> bytes:
    """The workbook of ``report``'s tables (an annual report of the 2019 or 2021 edition); the numbers at the data
    paths ``blank`` (:func:`~reportkit.tables.placeholder_cells`) are blank cells."""
    book = Workbook()
    book.remove(book.active)
    official = sheets(report, blank)
    for sheet in official:
        _write_sheet(book, sheet, report, frozenset(blank))
    _help_sheet(book, report, official, source, len(blank))
    book.properties.title = f"{report.display_title}（统计表）"
    book.properties.subject = f"annual-report {report.spec.name}"
    book.properties.creator = "reportkit"
    return _save(book)


def document_workbook(document: Document) -> bytes:
    """Any document's tables, one sheet each, as printed (text only): for kinds without official tables."""
    book = Workbook()
    book.remove(book.active)
    tables = [b for b in document.blocks if isinstance(b, Table)]
    for i, table in enumerate(tables, 1):
        _write_sheet(book, Sheet(f"表{i}", table.caption or "", table), None)
    if not tables:
        book.create_sheet("说明")["A1"] = f"《{document.title}》没有表格"
    return _save(book)


def _save(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _unit(report, path: tuple) -> str | None:
    """The unit of the amount at ``path``: 2019's 采购总金额 has the data's (元 or 万元; none yet if not given), the
    2021 edition's 收费金额 is in 万元."""
    row = report.tables.active_disclosure
    for key in path[2:-1]:
        row = getattr(row, key)
    return getattr(row, "unit", None) if "unit" in type(row).model_fields else "万元"


def _write_sheet(book: Workbook, sheet: Sheet, report, blank: frozenset = frozenset()) -> None:
    ws = book.create_sheet(sheet.name)
    validations = {kind: DataValidation(allow_blank=False, showErrorMessage=True, errorTitle="填写有误", **options)
                   for kind, options in _VALIDATION.items()}
    for dv in validations.values():
        ws.add_data_validation(dv)
    for (r, c), cell in sheet.grid().items():
        target = ws.cell(r + 1, c + 1)
        data = sheet.cells.get((r, c))
        for i in range(cell.rowspan):
            for j in range(cell.colspan):
                ws.cell(r + 1 + i, c + 1 + j).border = _BORDER
        if cell.rowspan > 1 or cell.colspan > 1:
            ws.merge_cells(start_row=r + 1, start_column=c + 1, end_row=r + cell.rowspan, end_column=c + cell.colspan)
        target.font = Font(name=_FONT, size=10, bold=cell.header)
        horizontal = "left" if cell.align == "left" else "center"
        target.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=True)
        if data is None:
            target.value = cell.text
        elif data.sums and not data.kept:
            first, last = cell_name(*data.sums[0]), cell_name(*data.sums[-1])
            contiguous = len(data.sums) == _span(data.sums)
            target.value = f"=SUM({first}:{last})" if contiguous else f"=SUM({','.join(cell_name(*p) for p in data.sums)})"
            target.fill = _COMPUTED_FILL
        else:  # a cell to fill in; or a typed 总计 that is not (or not yet) its sum, shown as typed to be checked
            value = data.typed if data.kept else data.value
            if data.path in blank:
                target.fill = _TO_FILL
            else:
                target.value = float(value) if isinstance(value, Decimal) and value % 1 else int(value)
            target.protection = Protection(locked=False)
            validations[data.type].add(target)
            if data.type == "amount":  # its places and unit show in the cell, as printed in the report's table
                target.number_format = amount_format(data.value, _unit(report, data.path))
        if data is not None and (data.note or data.kept):
            target.comment = Comment(_comment(data, sheet), "reportkit")
    total = sum(sheet.table.widths)
    span = sum(max(w, 1.0) for w in sheet.table.widths)
    widths = [round(max(w, 1.0) / span * (110 if total > 8 else 70), 1) for w in sheet.table.widths]
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    # Excel does not grow a row for wrapped text it did not type itself: give each row the lines its labels need.
    lines: dict[int, int] = {}
    for (r, c), cell in sheet.grid().items():
        if cell.rowspan == 1:
            room = sum(widths[c:c + cell.colspan]) / _CHAR_WIDTH
            lines[r] = max(lines.get(r, 1), math.ceil(len(cell.text) / max(room, 1)))
    for r, n in lines.items():
        ws.row_dimensions[r + 1].height = 14 * n + 2
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    # Printed as one landscape page wide, as the table is printed in the report.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _comment(data: DataCell, sheet: Sheet) -> str:
    """A number's comment: its note, kept on import; for a typed 总计 that is not its sum, both numbers; for one with
    parts still blank, those cells (its sum is not known yet)."""
    lines = [f"注释：{data.note}（导入时保留）"] if data.note else []
    if data.mistyped:
        lines.append(f"数据文件填写的总计为 {data.typed}，而各项之和为 {data.value}：请改正这一格或填错的那一项，"
                     "导入时按勾稽关系检查")
    elif data.kept:
        names = [f"{sheet.cells[p].label}（{cell_name(*p)}）" for p in data.unfilled]
        more = f"等 {len(names)} 格" if len(names) > 3 else ""
        over = (f"；已填的各项之和 {data.value} 已大于这个总计，请核对这一格或填错的那一项" if data.value > data.typed
                else "")
        lines.append(f"数据文件填写的总计为 {data.typed}；{'、'.join(names[:3])}{more}还是空格（【请填写：…】占位），"
                     f"填好以后才能核对总计与各项之和，导入时按勾稽关系检查{over}")
    return "\n".join(lines)


def amount_format(value: Decimal, unit: str | None) -> str:
    """Excel's number format of an amount: the places it was written with (412.30, not Excel's 412.3), more as typed
    (up to the 6 of 万元), then its unit."""
    places = max(0, -value.as_tuple().exponent)
    digits = f"0.{'0' * places}{'#' * (_MAX_PLACES - places)}" if places else "General"
    return digits + (f'"{unit}"' if unit else "")


def _span(points) -> int:
    rows = {r for r, _ in points}
    cols = {c for _, c in points}
    return (max(rows) - min(rows) + 1) * (max(cols) - min(cols) + 1)


def _amounts(report) -> str:
    """How the help sheet says the amounts are written."""
    amounts = [c for sheet in sheets(report) for c in sheet.cells.values() if c.type == "amount"]
    units = {_unit(report, c.path) for c in amounts}
    if units == {"万元"}:
        return "金额以万元计，可带小数。"
    if None in units:
        return "金额可带小数；采购总金额的单位（元或万元）写在数据文件的 unit 中，填数前先写好。"
    return f"金额以{'、'.join(sorted(units))}计（格中显示单位，与数据文件的 unit 一致），可带小数。"


def _help_sheet(book: Workbook, report, official: list[Sheet], source: str, blank: int = 0) -> None:
    ws = book.create_sheet(HELP_SHEET)
    lines = [
        f"{report.display_title}：表二、表三、表四（{report.spec.issued_by}格式）",
        "只在白色的格里填数字；灰色的“总计”是公式，会自动计算。",
        f"件数填 0 或正整数，不能留空、不能写“/”或“-”；本年增/减可以是负数；{_amounts(report)}",
        "不要在表格中间插入、删除或移动行列：导入按表头、行名找到每张表，再按位置读取其中各格。",
        f"填好后运行：reportkit tables import 本文件.xlsx --into {source or '数据文件.yaml'}",
        "有问题的格会以“文件:表三!E12: error: …”的形式指出，改正后再导入即可。",
    ]
    cells = [c for sheet in official for c in sheet.cells.values()]
    if any(c.kept and not c.mistyped for c in cells):
        lines.insert(2, "白色、带批注的“总计”是数据文件填写的总计，它的某些项还是黄色的空格：这些格填好后，导入时核对总计。")
    if any(c.mistyped for c in cells):
        lines.insert(2, "白色、带批注的“总计”是数据文件填写的、与各项之和不符的总计：请改正这一格或填错的那一项。")
    if blank:
        lines.insert(2, f"黄色的 {blank} 个空格在数据文件中还是【请填写：…】占位：请照原件填上数字，不能留空。")
    for i, text in enumerate(lines, 1):
        ws.cell(i, 1, text).font = Font(name=_FONT, size=11, bold=i == 1)
    ws.column_dimensions["A"].width = 110


def starter_workbook(data_file, plugins) -> bytes:
    """The empty workbook for a data file ``reportkit init`` has just written."""
    from ..pipeline import check_file

    return export_report_workbook(check_file(data_file, plugins))


def export_report_workbook(validated, blank=()) -> bytes:
    """The workbook for a validated report, its cells at ``blank`` blank, or a :class:`~reportkit.errors.RenderError`
    if it has no official tables."""
    from ..errors import RenderError

    if not has_tables(validated.report):
        why = no_tables(validated.loaded.data, validated.registry, validated.loaded.file)
        raise RenderError(f"{validated.loaded.file}: {why or '只有 2019 版、2021 版格式的年报有统计表可导出'}")
    return export_workbook(validated.report, validated.loaded.file, blank)


def no_tables(data, registry, file: str, output: str = "表格.xlsx") -> str | None:
    """Why the data of ``file`` has no workbook to export (a document of another kind, or an annual report of the 2008
    edition), and what gives its tables in Excel instead; None for data with the tables, or whose kind or edition is
    not known yet (validation says what is wrong)."""
    kind = registry.kinds.get(data.get("kind")) if isinstance(data, dict) and isinstance(data.get("kind"), str) else None
    if kind is None:
        return None
    if kind.name == "annual-report":
        edition = kind.resolve_edition(data)[0]
        if edition is None or edition in TABLE_EDITIONS:
            return None
        what = (f"这份年报是 {edition} 版格式（{data.get('year')} 年度），"
                "只有 2019 版、2021 版格式的年报有表二、表三、表四这样的统计表")
    else:
        what = f"这是{kind.title}，不是政府信息公开工作年度报告，没有表二、表三、表四这样的统计表"
    return (f"{what}，没有要导出填写的工作簿：数字直接写在数据文件中。要把文中的表格存为 Excel 查看，"
            f"请用 reportkit render {file} -f xlsx -o {output}（这个工作簿不能导入）")
