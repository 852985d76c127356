"""Tables of a text copy that the copy wrote otherwise than they were printed.

A browser's copy (a tab between cells) writes a cell merged down several rows once, in its first row: the rows under it
have fewer cells. A table other than the statistics tables set them from the left, so that where the merged cell was
in the first column each cell of the row stood one column left of its own, without a word. Now a row that starts with
text under a column of numbers (序号) is set from the right with the merged cells over it; every other short row is said
in a finding at its line. And a PDF reader's copy of a table whose narrow cells wrapped “2人次” after “2人” (a line
“2人 1人 …”, then “次 次 …”) has the units joined back, as the PDF reader does."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from reportkit.importers.commands import check_rows
from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported, page_as_text, render_source
from test_import_copied_tables import _report, _rows

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
#: What the import says of a short row it cannot place, after the row's count of cells and the table's of columns.
MERGED = "：复制下来的文字里合并的格只写一次（向下合并的只在它的第一行），"
FIX = "：请对照原件核对，把各格移到对应的列"


def _data(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _sample_text(folder: Path) -> str:
    """The sample report's page as a browser copies it."""
    return page_as_text(render_source(SAMPLE, "html", folder, PLUGINS).read_text(encoding="utf-8"))


def _with_attachment(folder: Path, table: str) -> tuple[Path, int]:
    """The sample's copy with an attachment of ``table`` (rows of cells parted by tabs) after its 成文日期; and the line
    of the table's head."""
    text = _sample_text(folder) + "\n附件\n窗口受理事项清单\n各窗口按下表分工受理。\n" + table
    source = folder / "copied.txt"
    source.write_text(text, encoding="utf-8")
    return source, text.split("\n").index(table.split("\n")[0]) + 1


def test_a_row_whose_number_is_merged_down_is_set_under_its_columns(tmp_path):
    """The number 1 merged down two rows: the second row, “抵押登记信息查询⇥二号窗口”, stood under 序号 and 受理事项 with
    受理窗口 blank. It is set from the right, the number a cell spanning both rows as printed; no finding."""
    source, _ = _with_attachment(tmp_path, "序号\t受理事项\t受理窗口\n1\t不动产登记资料查询\t一号窗口\n"
                                           "抵押登记信息查询\t二号窗口\n2\t规划条件核实\t三号窗口")
    result = imported(source, tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert result.findings == []
    assert _data(result)["attachments"] == [{
        "title": "窗口受理事项清单", "content": ["各窗口按下表分工受理。"],
        "table": {"columns": ["序号", "受理事项", "受理窗口"],
                  "rows": [[{"text": 1, "rowspan": 2}, "不动产登记资料查询", "一号窗口"], ["抵押登记信息查询", "二号窗口"],
                           [2, "规划条件核实", "三号窗口"]]}}]


def test_a_row_that_lacks_a_cell_not_its_first_is_said_at_its_line(tmp_path):
    """A cell merged down in the middle (申请内容 over rows 2 and 3): the short row “3⇥不予公开” cannot be placed (3 is
    a number, as its 序号 should be). It stays as the copy gives it, and a finding at its line says so; in ``check`` a
    note, for it is no fault of the report. (予以公开, 不予公开 are 表三's labels too: not followed by figures, they
    make no statistics table.)"""
    source, head = _with_attachment(tmp_path, "序号\t申请内容\t办理结果\n1\t某路段拓宽工程的批复\t予以公开\n"
                                              "2\t某小区配套学校的规划\t部分公开\n3\t不予公开")
    result = imported(source, tmp_path, PLUGINS)
    said = f"表格的这一行只有 2 格，表格有 3 列{MERGED}看不出缺的是哪几列，已从第一列排起、末尾留空"
    assert [(f.place, f.rule, f.message) for f in result.findings] == [(f"第 {head + 3} 行", "cells", said + FIX)]
    assert _data(result)["attachments"][0]["table"]["rows"][-1] == [3, "不予公开", ""]
    rows = check_rows(source, PLUGINS, tmp_path / "checked")
    assert [(r["rule"], r["severity"], r["place"], r["message"]) for r in rows] == [
        ("import-cells", "note", f"第 {head + 3} 行", said), ("ok", "", "", "未发现问题")]


def test_rows_of_a_total_or_under_a_head_are_not_taken_for_merged_ones(tmp_path):
    """“合计⇥12” is a total's label across the first columns, not a row under a merged number: not set under the number
    above; nor is a short row right under the head (its cells cannot be merged from the head). Both are said."""
    source, head = _with_attachment(tmp_path, "序号\t事项\t件数\n受理登记\t5\n1\t当面申请\t7\n2\t网上申请\t5\n合计\t12")
    result = imported(source, tmp_path, PLUGINS)
    assert [(f.place, f.message) for f in result.findings] == [
        (f"第 {head + 1} 行", f"表格的这一行只有 2 格，表格有 3 列{MERGED}看不出缺的是哪几列，已靠右排、前 1 格留空{FIX}"),
        (f"第 {head + 4} 行", f"表格的这一行只有 2 格，表格有 3 列{MERGED}看不出缺的是哪几列，已靠右排、前 1 格取上一行的{FIX}")]


PLAN = ("某县林业局2024年政务公开工作要点\n一、总体要求\n公开林业政策和办事信息，回应群众关切。\n二、重点工作\n{table}\n"
        "三、工作要求\n各股室年底前报送落实情况。\n某县林业局\n2024年3月8日\n")
#: A task table whose 序号 and 工作任务 are merged down the rows of the task's measures.
TASKS = ("序号\t工作任务\t具体措施\t责任单位\t完成时限\n"
         "1\t公开林木采伐许可信息\t许可决定作出后七日内公开\t资源股\t全年\n"
         "采伐限额执行情况每季度公开\t资源股\t季度末\n"
         "2\t公开造林补贴信息\t补贴对象名单公示七日\t造林股\t6月底前")


def test_a_work_plans_task_table_with_its_task_merged_down(tmp_path):
    """The second measure of task 1 came as a task of its own, its 责任单位 taken for its name (“资源股”), with no word.
    It is now the task's second measure, set from the right; a finding says that of the two cells it lacks, only the
    first column's is sure."""
    source = tmp_path / "plan.txt"
    source.write_text(PLAN.format(table=TASKS), encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS, documents=True)
    assert [(f.place, f.rule, f.message) for f in result.findings] == [
        ("第 7 行", "cells", f"表格的这一行只有 3 格，表格有 5 列{MERGED}第一列的序号缺了，已靠右排、前 2 格取上一行的"
                            f"（向下合并的格）；缺的另外 1 格是不是第 2 列看不出{FIX}"),
        ("第 7 行", "sections", "分解表第 3 行的完成时限“季度末”与任务“公开林木采伐许可信息”第一行的“全年”不同：一项任务只有一个"
                               "完成时限，已导入“季度末”：请核对，需要时把这一行写成这项任务的子项（items），写明它的 deadline")]
    assert _data(result)["tasks"] == [
        {"task": "公开林木采伐许可信息", "content": ["许可决定作出后七日内公开", "采伐限额执行情况每季度公开"], "lead": "资源股",
         "deadline": "季度末"},
        {"task": "公开造林补贴信息", "content": ["补贴对象名单公示七日"], "lead": "造林股", "deadline": "6月底前"}]


def _exported(table: str) -> str:
    """``table`` (rows of cells parted by tabs) as a site's text export writes it: a cell per line ending in " |", a row
    short of the widest followed by a line of a "|" for each cell it lacks."""
    rows = [line.split("\t") for line in table.split("\n")]
    width = max(map(len, rows))
    return "\n".join(line for cells in rows for line in
                     [f"{cell} |" for cell in cells] + (["|" * (width - len(cells))] if len(cells) < width else []))


def test_a_row_of_one_cell_in_a_numbered_table_is_said(tmp_path):
    """In a site's text export, a measure whose other cells are all merged down from the row above is a row of one
    cell, which the table takes for a heading across it (its text in every column: the task table made it a task of
    its own, “采伐限额执行情况每季度公开” its name, units and deadline). Said at its line; a heading across the table
    (二、…) is not."""
    table = TASKS.replace("采伐限额执行情况每季度公开\t资源股\t季度末", "采伐限额执行情况每季度公开") \
        + "\n二、造林绿化\n3\t公开林地征占用审核信息\t审核结果作出后七日内公开\t林政股\t全年"
    source = tmp_path / "plan.txt"
    source.write_text(PLAN.format(table=_exported(table)), encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS, documents=True)
    line = PLAN.format(table=_exported(table)).split("\n").index("采伐限额执行情况每季度公开 |") + 1
    assert [(f.place, f.message) for f in result.findings if f.rule == "cells"] == [
        (f"第 {line} 行", f"表格的这一行只有 1 格，表格有 5 列{MERGED}已当作跨整行的一格（如小标题）；这一行若是其余各格"
                         f"向下合并、只写在上面的行，它该在哪一列看不出{FIX}")]


def test_a_2008_reports_own_table_in_a_part(tmp_path):
    """A 2008 report's table of its own, kept in its part: a row that lost its 序号 and 公开类别 to the row above comes
    back under its columns, with a finding on the second cell it lacks."""
    text = page_as_text(render_source(Path("examples/mianyang-2009.yaml"), "html", tmp_path, PLUGINS)
                        .read_text(encoding="utf-8"))
    table = ("序号\t公开类别\t公开内容\t公开方式\n1\t办事服务\t排污许可证的办理流程\t门户网站\n"
             "危险废物经营许可证的办理流程\t门户网站、服务窗口\n2\t环境质量\t空气质量月报\t门户网站")
    at = text.index("五、政府信息公开的收费及减免情况")
    source = tmp_path / "copy.txt"
    source.write_text(text[:at] + "本局公开的办事信息见下表。\n" + table + "\n" + text[at:], encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    line = text[:at].count("\n") + 4
    assert [(f.place, f.message) for f in result.findings] == [
        (f"第 {line} 行", f"表格的这一行只有 2 格，表格有 4 列{MERGED}第一列的序号缺了，已靠右排、前 2 格取上一行的"
                         f"（向下合并的格）；缺的另外 1 格是不是第 2 列看不出{FIX}")]
    assert _data(result)["sections"]["review_litigation"]["content"] == ["本局公开的办事信息见下表。", {"columns": ["序号", "公开类别", "公开内容", "公开方式"],
                       "rows": [[{"text": 1, "rowspan": 2}, {"text": "办事服务", "rowspan": 2}, "排污许可证的办理流程", "门户网站"],
                                ["危险废物经营许可证的办理流程", "门户网站、服务窗口"], [2, "环境质量", "空气质量月报", "门户网站"]]}]


FOUR = "0 0 0 1 1 0 0 0 0 0 0 0 0 0 0"
FOUR_READ = {"reconsideration": {"upheld": 0, "corrected": 0, "other": 0, "pending": 1, "total": 1},
             "litigation_direct": {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0},
             "litigation_after_reconsideration": {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0}}


@pytest.mark.parametrize("lines", [
    ["0人 0人 0人 1人 1人 0人 0人 0人 0人 0人 0人 0人 0人 0人 0人", " ".join(["次"] * 15)],
    ["0 人 0 人 0 人 1 人 1 人 0 人 0 人 0 人 0 人 0 人 0 人 0 人 0 人 0 人 0 人", " ".join(["次"] * 15)],
    [FOUR, " ".join(["人次"] * 15)],
    ["0人次 0人次 0人次 1人 1人次 0人次 0人次 0人次 0人次 0人次 0人次 0人次 0人次 0人次 0人", "次 次"],
    ["0件 0件 0件 1件 1 0件 0件 0件 0件 0件 0件 0件 0件 0件 0件", "件"],
], ids=["wrapped", "apart", "whole-unit", "two-cells", "one-bare"])
def test_a_pdf_readers_copy_of_units_wrapped_in_narrow_cells(tmp_path, lines):
    """表四's line of figures “0人 0人 …” over “次 次 …” (so too “0 人”, the PDF's space between digits and Chinese;
    a whole unit under bare figures; two cells of fifteen wrapped, or the one whose unit is not whole) was no row: “表四应有一行 15 个数字，原文有 0 行数字”.
    Or the figures were read and the ends went into part 四 as its text (“人次人次…”). The ends are joined to the figures
    whose unit they end, and 表四 is read."""
    result, data = import_text(tmp_path, "copy.txt", _report(_rows()).replace(FOUR, "\n".join(lines)))
    assert [f.message for f in result.findings] == []
    assert data["tables"]["review_litigation"] == FOUR_READ
    assert "review_litigation" not in data["sections"]  # the ends are no text of part 四 (“次次次…”)


def test_a_line_of_units_under_bare_figures_is_no_text_of_the_part(tmp_path):
    """A line “件 件 …” under 表四's 15 bare figures went into part 四 as its text (“件件件…”); it is the figures' unit."""
    result, data = import_text(tmp_path, "copy.txt", _report(_rows()).replace(FOUR, FOUR + "\n" + " ".join(["件"] * 15)))
    assert [f.message for f in result.findings] == []
    assert data["tables"]["review_litigation"] == FOUR_READ
    assert "review_litigation" not in data["sections"]


@pytest.mark.parametrize("unit", ["条", "项", "个"])
def test_table_twos_counts_whose_unit_wrapped(tmp_path, unit):
    """表二's row “行政规范性文件 4 1 9” over “条 条 条”: the line of units parted the table in two, so that 表二 came
    twice (the second left out, with its rows: “表二没有“行政许可”一行” …) and the units went into part 二 as its text."""
    rows = _report(_rows()).replace("行政规范性文件 4 1 9", "行政规范性文件 4 1 9\n" + " ".join([unit] * 3))
    result, data = import_text(tmp_path, "copy.txt", rows)
    assert [f.message for f in result.findings] == []
    assert data["tables"]["active_disclosure"]["normative_documents"] == {"issued": 4, "repealed": 1, "in_force": 9}
    assert data["tables"]["active_disclosure"]["administrative_licensing"] == {"decisions": 52}
    assert "active_disclosure" not in data["sections"]


def test_an_amount_whose_unit_wrapped(tmp_path):
    """表二's 收费金额 “1.2万” over “元”: read as 1.2 (万元, the column's unit), not left out."""
    text = _report(_rows()).replace("行政事业性收费 1.2", "行政事业性收费 1.2万\n元")
    result, data = import_text(tmp_path, "copy.txt", text)
    assert [f.message for f in result.findings] == []
    assert data["tables"]["active_disclosure"]["administrative_fees"] == {"amount": 1.2}


@pytest.mark.parametrize(("lines", "read"), [
    ([FOUR, " ".join(["次"] * 14) + " 合计"], True),  # a word that ends no unit
    ([re.sub(r"(\d)", r"\1件", FOUR), "件"], True),  # figures with their unit whole take no second one
    ([FOUR.replace("1 1", "1人 1"), "次 次"], False),  # one figure started, two ends: none is sure
])
def test_units_are_never_joined_where_they_cannot_all_be_placed(tmp_path, lines, read):
    """Where the line under the figures is not unit ends alone, or they do not go one each to figures whose unit they
    end, nothing is joined: the line stays text of the part, no figure takes a unit that may not be its own (表四 with
    “1人” stays unread, and says so)."""
    result, data = import_text(tmp_path, "copy.txt", _report(_rows()).replace(FOUR, "\n".join(lines)))
    assert data["sections"]["review_litigation"][-1].endswith(re.sub(r"\s", "", lines[1]))
    if read:
        assert [f.message for f in result.findings] == []
        assert data["tables"]["review_litigation"] == FOUR_READ
    else:
        assert "表四应有一行 15 个数字，原文有 0 行数字" in [f.message for f in result.findings]
