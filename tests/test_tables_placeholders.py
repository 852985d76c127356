"""The tables round trip of a data file whose numbers are 【请填写：…】 placeholders (a published report imported with
its tables as pictures): the export leaves those cells blank, the numbers typed there replace the placeholders."""
from __future__ import annotations

import re
import shutil
from decimal import Decimal

from _import_helpers import render_source
from openpyxl import load_workbook
from test_tables import SAMPLE, _filled, run

from reportkit.pipeline import check_file
from reportkit.plugins import load_plugins
from reportkit.tables import keyed, sheets
from reportkit.tables.export import HELP_SHEET, cell_name

#: The sample's ``tables:`` block, up to the next top-level key.
TABLES_BLOCK = re.compile(r"^tables:.*?(?=^\S|\Z)", re.MULTILINE | re.DOTALL)


def _sample_cells() -> dict[tuple, tuple[str, str, object]]:
    """Each number of the sample's tables by data path: (sheet, cell, value)."""
    report = check_file(SAMPLE, load_plugins()).report
    return {cell.path: (sheet.name, cell_name(*pos), cell.value) for sheet in sheets(report)
            for pos, cell in sheet.cells.items()}


def _typed(value):
    return float(value) if isinstance(value, Decimal) else int(value)


def _pictures_imported(tmp_path):
    """The sample printed as a web page with its three tables as pictures, imported: every number a placeholder."""
    html = render_source(SAMPLE, "html", tmp_path).read_text(encoding="utf-8")
    html, n = re.subn(r"<table.*?</table>", '<p><img src="t.png"></p>', html, flags=re.DOTALL)
    assert n == 3
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    run("import", page, "-o", tmp_path / "out")
    data = tmp_path / "out" / "page.yaml"
    assert "natural_person: 【请填写：表三“一、本年新收政府信息公开申请数量”“自然人”】" in data.read_text(encoding="utf-8")
    return data


def test_tables_imported_as_pictures_are_filled_in_excel(tmp_path):
    """Export and import both refused such a file (“数据文件有错误，未导出”). Now the workbook has each placeholder as a
    blank cell (a 总计 stays a formula), one note gives their number; a cell left blank is “不能留空” at its cell;
    the numbers typed replace the placeholders, and the data file has the printed tables' numbers."""
    data = _pictures_imported(tmp_path)
    before = data.read_text(encoding="utf-8")
    line = 1 + before.splitlines().index(next(s for s in before.splitlines() if s.lstrip().startswith("regulations:")))
    book = tmp_path / "tables.xlsx"
    result = run("tables", "export", data, "-o", book)
    assert result.exit_code == 0, result.output
    cells = _sample_cells()
    totals = {path for path in cells if "total" in path[2:]}
    to_fill = len(cells) - len(totals)
    assert (f"{data}:{line}:27: note: 统计表中有 {to_fill} 格是【请填写：…】占位，导出的工作簿中这些格是空的（黄色）："
            f"请照原件在工作簿中填上数字（不能留空），再运行 reportkit tables import {book} --into {data}，即写入数据文件；"
            "勾稽关系在导入时检查") in result.output.splitlines()
    assert "数据文件有错误" not in result.output and "error" not in result.output
    wb = load_workbook(book)
    for path, (sheet, cell, _) in cells.items():
        value = wb[sheet][cell].value
        assert str(value).startswith("=SUM(") if path in totals else value is None, (path, value)
    assert wb["表三"]["D4"].fill.fgColor.rgb.endswith("FFF2CC")
    assert f"黄色的 {to_fill} 个空格在数据文件中还是【请填写：…】占位：请照原件填上数字，不能留空。" in \
        [row[0].value for row in wb[HELP_SHEET].iter_rows()]

    # every number but one typed: the blank one is named at its cell, and nothing is written
    last = ("tables", "review_litigation", "litigation_after_reconsideration", "pending")
    _filled(book, {(sheet, cell): _typed(value) for path, (sheet, cell, value) in cells.items()
                   if path not in totals and path != last})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1
    assert f"{book}:表四!N4: error: 表四“复议后起诉”“尚未审结”：不能留空：没有数据请填 0" in result.output.splitlines()
    assert data.read_text(encoding="utf-8") == before

    _filled(book, {cells[last][:2]: 0})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert f"已把 {before.count('【请填写：表')} 个数字写入 {data}（注释和排版保留）" in result.output  # 总计 too
    text = data.read_text(encoding="utf-8")
    assert "请填写" not in TABLES_BLOCK.search(text).group()
    assert text.splitlines()[:3] == before.splitlines()[:3]  # the importer's comments on top
    assert keyed(check_file(data, load_plugins()).report) == keyed(check_file(SAMPLE, load_plugins()).report)


def test_some_placeholders_among_numbers(tmp_path):
    """A data file with a few table cells as placeholders among its numbers and one in its text: the other cells are
    exported as they are, a note kept with its cell; the import writes the typed numbers in the placeholders' place,
    the placeholder 总计 as the sum, and leaves the text's placeholder, which validation still reports."""
    data = tmp_path / "report.yaml"
    shutil.copy(SAMPLE, data)
    text = data.read_text(encoding="utf-8")
    for old, new in [
        ("new_received: {natural_person: 38,", "new_received: {natural_person: 【请填写：表三“一”“自然人”】,"),
        ("{decisions: {value: 4, note: 均为查封}}", "{decisions: {value: 【请填写：表二“行政强制”】, note: 均为查封}}"),
        ("pending: 1, total: 4}", "pending: 1, total: 【请填写：表四“行政复议”“总计”】}"),
        ("  review_litigation:\n", "  # 照原件图片填写\n  review_litigation:\n"),
        ("各项任务按计划完成。", "【请填写：本年度工作的总体情况】"),
    ]:
        assert text.count(old) == 1
        text = text.replace(old, new)
    data.write_text(text, encoding="utf-8")
    book = tmp_path / "tables.xlsx"
    result = run("tables", "export", data, "-o", book)
    assert result.exit_code == 0, result.output
    assert "note: 统计表中有 2 格是【请填写：…】占位" in result.output
    cells = _sample_cells()
    where = {key: cells[("tables",) + key][:2] for key in [
        ("applications", "new_received", "natural_person"), ("active_disclosure", "administrative_coercion", "decisions"),
        ("active_disclosure", "administrative_licensing", "decisions"), ("applications", "new_received", "total"),
        ("review_litigation", "reconsideration", "total")]}
    wb = load_workbook(book)
    value = {key: wb[sheet][cell] for key, (sheet, cell) in where.items()}
    assert value[("applications", "new_received", "natural_person")].value is None
    coercion = value[("active_disclosure", "administrative_coercion", "decisions")]
    assert coercion.value is None and "均为查封" in coercion.comment.text
    assert value[("active_disclosure", "administrative_licensing", "decisions")].value == 156
    assert value[("applications", "new_received", "total")].value == 48  # typed, not the sum with a blank
    assert value[("review_litigation", "reconsideration", "total")].value.startswith("=SUM(")

    _filled(book, {where[("applications", "new_received", "natural_person")]: 38,
                   where[("active_disclosure", "administrative_coercion", "decisions")]: 4})
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 0, result.output
    assert f"已把 3 个数字写入 {data}" in result.output
    after = data.read_text(encoding="utf-8")
    assert "    new_received: {natural_person: 38, commercial_enterprise: 6," in after
    assert "    administrative_coercion: {decisions: {value: 4, note: 均为查封}}\n" in after
    assert "  # 照原件图片填写\n  review_litigation:\n    reconsideration: {upheld: 2, corrected: 1, pending: 1, total: 4}\n" \
        in after
    assert after == text.replace("【请填写：表三“一”“自然人”】", "38").replace("【请填写：表二“行政强制”】", "4").replace(
        "【请填写：表四“行政复议”“总计”】", "4")  # the rest as it was: the text's placeholder and the comment too
    result = run("validate", data)
    assert result.exit_code == 1
    assert "还留着占位文字“【请填写：本年度工作的总体情况】”" in result.output
    assert "tables." not in result.output
