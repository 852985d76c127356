"""Short rows of tables other than the statistics tables, where the source lost the merged cells.

A web page whose site stripped its table's rowspan and colspan padded a short row at its end, in silence: it now goes
as a text copy's does (a row under a merged 序号 set from the right, the others said at their row). A browser's copy of
a row that lost all its other cells to cells merged down has no tab: it was a paragraph that cut the table in two, the
rest a table whose first row was taken for its head. And a table of a 2019/2021 report that is none of 表二–四 is said
to be left out once, not again row by row."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportkit.importers import text
from reportkit.importers.commands import check_rows
from reportkit.importers.source import Grid, Para
from reportkit.plugins import load_plugins

from _import_helpers import imported, page_as_text, render_source

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
EDITION_2008 = Path("examples/mianyang-2009.yaml")
#: What the import says of a web page's short row it cannot place, after the row's count of cells and the table's.
STRIPPED = "：网站去掉了合并单元格的跨行跨列（rowspan、colspan），合并的格只写一次（向下合并的只在它的第一行），"
COPIED = "：复制下来的文字里合并的格只写一次（向下合并的只在它的第一行），"
FIX = "：请对照原件核对，把各格移到对应的列"
LONE = "已当作跨整行的一格（如小标题）；这一行若是其余各格向下合并、只写在上面的行，它该在哪一列看不出"


def _data(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _table(rows: list[list[str]]) -> str:
    """``rows`` as a web page's table whose rowspan and colspan a site stripped: each row only its cells as written."""
    return "<table>" + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows) \
        + "</table>"


def _page_with_attachment(folder: Path, rows: list[list[str]]) -> tuple[Path, str]:
    """The sample report's page with an attachment holding the table of ``rows`` after its 成文日期; and the table's
    place (第 N 个表格)."""
    html = render_source(SAMPLE, "html", folder, PLUGINS).read_text(encoding="utf-8")
    place = f"第 {html.count('<table') + 1} 个表格"
    html = html.replace("</body>", "<p>附件</p><p>镇街便民服务点清单</p><p>下表列出各便民服务点可办的事项。</p>"
                        + _table(rows) + "</body>")
    source = folder / "page.html"
    source.write_text(html, encoding="utf-8")
    return source, place


HEAD = ["序号", "服务点", "可办事项"]


def test_a_web_pages_row_under_a_merged_number_is_set_under_its_columns(tmp_path):
    """The number 1 merged down two rows, its span stripped: the second row “代办宅基地申请⇥东关镇便民点” stood under
    序号 and 服务点 with 可办事项 blank. Set from the right, the number a cell over both rows; no finding."""
    source, _ = _page_with_attachment(tmp_path, [HEAD, ["1", "西湖镇便民点", "代缴城乡居民医保"],
                                                 ["东关镇便民点", "代办宅基地申请"], ["2", "南山乡便民点", "代开村级证明"]])
    result = imported(source, tmp_path, PLUGINS)
    assert result.findings == []
    assert _data(result)["attachments"][0]["table"] == {
        "columns": HEAD, "rows": [[{"text": 1, "rowspan": 2}, "西湖镇便民点", "代缴城乡居民医保"],
                                  ["东关镇便民点", "代办宅基地申请"], [2, "南山乡便民点", "代开村级证明"]]}


def test_a_web_pages_short_row_that_cannot_be_placed_is_said_at_its_row(tmp_path):
    """A row starting with its number but short of a cell (“3⇥北岭村便民点”: its 可办事项 merged down from row 2, or
    blank): which cell it lacks is not told. It stays from the first column, and a finding at its row of the table says
    so, worded for a page; ``check`` gives it as a note."""
    source, place = _page_with_attachment(tmp_path, [HEAD, ["1", "西湖镇便民点", "代缴城乡居民医保"],
                                                     ["2", "南山乡便民点", "代开村级证明"], ["3", "北岭村便民点"]])
    result = imported(source, tmp_path, PLUGINS)
    said = f"表格的这一行只有 2 格，表格有 3 列{STRIPPED}看不出缺的是哪几列，已从第一列排起、末尾留空"
    assert [(f.place, f.rule, f.message) for f in result.findings] == [(f"{place}第 4 行", "cells", said + FIX)]
    assert _data(result)["attachments"][0]["table"]["rows"][-1] == [3, "北岭村便民点", ""]
    rows = check_rows(source, PLUGINS, tmp_path / "checked")
    assert [(r["rule"], r["severity"], r["place"], r["message"]) for r in rows] == [
        ("import-cells", "note", f"{place}第 4 行", said), ("ok", "", "", "未发现问题")]


def _copy_2008(folder: Path, table: str) -> tuple[Path, int]:
    """The 2008-edition example as a browser copies it, with ``table`` (rows parted by tabs) in its part 四; and the
    line of the table's head."""
    text = page_as_text(render_source(EDITION_2008, "html", folder, PLUGINS).read_text(encoding="utf-8"))
    at = text.index("五、政府信息公开的收费及减免情况")
    source = folder / "copy.txt"
    source.write_text(text[:at] + "本局窗口可办的事项列表如下。\n" + table + "\n" + text[at:], encoding="utf-8")
    return source, text[:at].count("\n") + 2


WINDOWS = "序号\t办理窗口\t事项名称\t办结时限\n1\t一号窗口\t建设项目环评审批\t20个工作日\n"


def test_a_copied_row_of_one_cell_between_numbered_rows_stays_in_its_table(tmp_path):
    """Row 1's 序号, 办理窗口 and 办结时限 merged down over the next row, whose only cell “排污登记变更” came without a
    tab: it was a paragraph of part 四, the table cut there, and row 2 a table of its own with no rows (its cells the
    head). It is a row of the table, one cell across it, said at its line."""
    table = WINDOWS + "排污登记变更\n2\t二号窗口\t噪声排放许可\t10个工作日"
    source, head = _copy_2008(tmp_path, table)
    result = imported(source, tmp_path, PLUGINS)
    assert [(f.place, f.rule, f.message) for f in result.findings] == [
        (f"第 {head + 2} 行", "cells", f"表格的这一行只有 1 格，表格有 4 列{COPIED}{LONE}{FIX}")]
    assert _data(result)["sections"]["review_litigation"]["content"] == ["本局窗口可办的事项列表如下。", {
        "columns": ["序号", "办理窗口", "事项名称", "办结时限"],
        "rows": [[1, "一号窗口", "建设项目环评审批", "20个工作日"], [{"text": "排污登记变更", "colspan": 4}],
                 [2, "二号窗口", "噪声排放许可", "10个工作日"]]}]


@pytest.mark.parametrize("serials", [("1", "2"), ("一", "二"), ("（一）", "（二）")])
def test_a_row_of_one_cell_under_any_numbering_is_its_own_row(tmp_path, serials):
    """Numbered 一 or （一） (no figure in the rows), the line of one cell was not even a paragraph: it was joined to the
    last cell of the row above (“20个工作日排污登记变更”), as the end of a cell broken over two lines. It is a row."""
    source = tmp_path / "copy.txt"
    source.write_text("本局窗口可办的事项列表如下。\n" + WINDOWS.replace("1\t", f"{serials[0]}\t") + "排污登记变更\n"
                      f"{serials[1]}\t二号窗口\t噪声排放许可\t10个工作日\n", encoding="utf-8")
    published = text.read(source)
    grids = [item for item in published.items if isinstance(item, Grid)]
    assert [row[-1] for row in grids[0].rows] == ["办结时限", "20个工作日", "排污登记变更", "10个工作日"]
    assert grids[0].spans == [(2, 0, 1, 4)]  # the head is row 0
    assert [(place, rule) for place, _, rule, _, _ in published.findings] == [("第 4 行", "cells")]


def test_lines_of_one_cell_in_a_row_are_rows_of_the_table_said_once(tmp_path):
    """Two such lines one after the other (a blank line between them too) are two rows of the table, said in one
    finding at the first."""
    table = WINDOWS + "排污登记变更\n\n排污登记注销\n2\t二号窗口\t噪声排放许可\t10个工作日"
    source, head = _copy_2008(tmp_path, table)
    result = imported(source, tmp_path, PLUGINS)
    assert [(f.place, f.message) for f in result.findings] == [
        (f"第 {head + 2} 行", f"表格从这一行起的 2 行都只有 1 格，表格有 4 列{COPIED}{LONE}{FIX}")]
    rows = _data(result)["sections"]["review_litigation"]["content"][1]["rows"]
    assert rows[1:3] == [[{"text": "排污登记变更", "colspan": 4}], [{"text": "排污登记注销", "colspan": 4}]]


def test_a_copied_table_whose_rows_end_in_a_tab_keeps_its_lone_row(tmp_path):
    """Each row of the copy ends in a tab (a blank cell the copy adds after the last): the line of one cell has none;
    the table still loses that blank column and keeps the line as its row."""
    table = "\n".join(row + "\t" for row in (WINDOWS + "2\t二号窗口\t噪声排放许可\t10个工作日").split("\n"))
    table = table.replace("\n2\t", "\n排污登记变更\n2\t")
    source, _ = _copy_2008(tmp_path, table)
    result = imported(source, tmp_path, PLUGINS)
    table = _data(result)["sections"]["review_litigation"]["content"][1]
    assert table["columns"] == ["序号", "办理窗口", "事项名称", "办结时限"]
    assert table["rows"][1] == [{"text": "排污登记变更", "colspan": 4}]


def test_a_heading_or_a_note_between_numbered_rows_stays_text(tmp_path):
    """The other side: a heading (二、…), a note (注：…) or sentences on a line between two numbered rows is no row: it
    stays a paragraph, as before; so does a line between numbered rows of other widths."""
    for line, below in (("二、固体废物类", "2\t二号窗口\t噪声排放许可\t10个工作日"),
                        ("注：办结时限不含公示时间", "2\t二号窗口\t噪声排放许可\t10个工作日"),
                        ("下列事项可先在网上预约。到窗口时请带好身份证件。", "2\t二号窗口\t噪声排放许可\t10个工作日"),
                        ("排污登记变更", "2\t二号窗口\t噪声排放许可")):
        source = tmp_path / "copy.txt"
        source.write_text("本局窗口可办的事项列表如下。\n" + WINDOWS + line + "\n" + below + "\n", encoding="utf-8")
        items = text.read(source).items
        assert [item.text for item in items if isinstance(item, Para)] == ["本局窗口可办的事项列表如下。", line], line
        assert [len(item.rows) for item in items if isinstance(item, Grid)][0] == 2


def _report_with_table(folder: Path, copied: bool) -> tuple[Path, str]:
    """The sample 2021 report, a web page or its copy, with a table of its own in part 一 (none of 表二–四) whose last
    row is short of a cell; and the place of the table."""
    rows = [["序号", "培训内容", "参加人数"], ["1", "政务公开基础知识", "35"], ["2", "依申请公开办理", "28"],
            ["3", "保密审查"]]
    html = render_source(SAMPLE, "html", folder, PLUGINS).read_text(encoding="utf-8")
    at = html.index("<h2>二、")
    if copied:
        text = page_as_text(html)
        at = text.index("二、主动公开政府信息情况")
        source = folder / "copy.txt"
        source.write_text(text[:at] + "\n".join("\t".join(row) for row in rows) + "\n" + text[at:], encoding="utf-8")
        return source, f"第 {text[:at].count(chr(10)) + 1} 行起的表格"
    source = folder / "page.html"
    source.write_text(html[:at] + _table(rows) + html[at:], encoding="utf-8")
    return source, f"第 {html[:at].count('<table') + 1} 个表格"


def test_a_table_left_out_is_said_once(tmp_path):
    """A table of part 一 that is none of 表二–四 is left out with a finding; its short row (“3⇥保密审查”) was said a
    second time, at its line, though nothing of it is imported. Only the first is given, from a copy or a page."""
    for copied in (True, False):
        folder = tmp_path / str(copied)
        folder.mkdir()
        source, place = _report_with_table(folder, copied)
        result = imported(source, folder, PLUGINS)
        assert [(f.place, f.rule, f.message) for f in result.findings] == [
            (place, "tables", "这个表格不是表二、表三或表四，未导入")], copied
