"""Issue 5, point 7: big documents render; bigger ones are refused up front (their measured cost: benchmarks/limits.py)."""
from __future__ import annotations


import pytest

from _reliability import data_file, line_of, run
from reportkit.blocks import Cell, Document, Paragraph, Source, Table
from reportkit.errors import InvalidData
from reportkit.limits import MAX_DOCUMENT_CHARS, MAX_TABLE_ROWS, MAX_TEXT_CHARS, check_limits

SENTENCE = "本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。"  # 40 characters


def test_a_40000_character_paragraph_renders(tmp_path):
    path = data_file(tmp_path, [SENTENCE * 1000])
    result = run("render", path, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "report.pdf").stat().st_size > 0


def test_a_paragraph_over_the_limit_is_refused_with_its_place(tmp_path):
    path = data_file(tmp_path, ["前一段。", SENTENCE * (MAX_TEXT_CHARS // 40 + 1)])
    result = run("render", path, "-o", tmp_path / "out")
    assert result.exit_code == 1
    line = line_of(path, SENTENCE)
    [message] = [m for m in result.output.splitlines() if "error" in m]
    assert message.startswith(f"{path}:{line}:7: error: 这一段有 50,040 个字符，超过单段上限 50,000")
    assert not (tmp_path / "out").exists()


def test_document_and_table_limits():
    src = Source("big.yaml", 3, 5)
    paragraphs = [Paragraph(SENTENCE * 1000, src) for _ in range(MAX_DOCUMENT_CHARS // 40_000 + 1)]
    with pytest.raises(InvalidData, match=f"超过上限 {MAX_DOCUMENT_CHARS:,}"):
        check_limits(Document("t", "a", paragraphs))
    head = [Cell("序号", header=True)]
    rows = [head] + [[Cell(str(i))] for i in range(MAX_TABLE_ROWS + 1)]
    with pytest.raises(InvalidData) as info:
        check_limits(Document("t", "a", [Table(rows, [1], source=src)]))
    assert info.value.diagnostics[0].format() == (
        f"big.yaml:3:5: error: 表格有 {MAX_TABLE_ROWS + 1:,} 行，超过上限 {MAX_TABLE_ROWS:,} 行：请拆分成几个表")
    check_limits(Document("t", "a", [Table(rows[:-1], [1], source=src)]))  # exactly the limit, plus its head: fine


@pytest.mark.parametrize("rows, problem", [
    ([[Cell("a"), Cell("b")], [Cell("c")]], "第 2 行的单元格共占 1 列，而表格有 2 列"),
    ([[Cell("a"), Cell("b", colspan=2)]], "第 1 行的单元格共占 3 列，而表格有 2 列"),
    ([[Cell("a", rowspan=3), Cell("b")], [Cell("c")]], "第 1 行第 1 列的单元格向下跨 3 行，超出了表格的最后一行"),
    ([[Cell("a", colspan=0), Cell("b")]], "第 1 行的单元格“a”跨 1 行、0 列：至少各为 1"),
])
def test_a_table_whose_cells_do_not_fill_its_grid_is_refused_where_it_is(rows, problem, tmp_path):
    """A table built by a plugin with a row too short or too long, or a span past its end: refused before rendering,
    at the table's place, and by the DOCX renderer too when handed such a table directly (no traceback)."""
    from reportkit.errors import RenderError
    from reportkit.pipeline import render
    from reportkit.plugins import load_plugins

    src = Source("plan.yaml", 7, 3)
    document = Document("t", "a", [Table(rows, [1, 1], header_rows=0, source=src)])
    with pytest.raises(InvalidData) as info:
        check_limits(document)
    assert [d.format() for d in info.value.diagnostics] == [
        f"plan.yaml:7:3: error: 表格{problem}：请检查生成这张表格的数据或插件"]
    plugins = load_plugins()
    with pytest.raises(RenderError, match=f"^plan.yaml:7: 表格{problem}$"):
        render(document, plugins.registry.layouts["gbt9704"], "docx", plugins.registry)
    good = Document("t", "a", [Table([[Cell("a", rowspan=2), Cell("b")], [Cell("c")]], [1, 1], header_rows=0, source=src)])
    check_limits(good)  # a span from above fills its column in the rows below


# Issue 13 (point 5): budgets on what the work costs, each refused before typesetting with its place.
def test_a_run_without_a_break_opportunity_is_refused_at_its_place():
    from reportkit.limits import MAX_UNBROKEN

    src = Source("big.yaml", 7, 9)
    url = "http://example.gov.cn/" + "a" * MAX_UNBROKEN
    with pytest.raises(InvalidData) as info:
        check_limits(Document("t", "a", [Paragraph(f"详见{url}。", src)]))
    [line] = [d.format() for d in info.value.diagnostics]
    assert line.startswith("big.yaml:7:9: error: “http://example.gov.c…”连续") and f"超过上限 {MAX_UNBROKEN:,}" in line
    check_limits(Document("t", "a", [Paragraph(f"详见{url[:MAX_UNBROKEN]}。", src)]))  # at the limit: fine


def test_many_long_runs_together_are_refused():
    from reportkit.limits import MAX_UNBROKEN_TOTAL

    src = Source("big.yaml", 3, 5)
    words = " ".join(["x" * 150] * (MAX_UNBROKEN_TOTAL // 150 + 1))
    with pytest.raises(InvalidData, match=f"共 {MAX_UNBROKEN_TOTAL // 150 * 150 + 150:,} 个字符，超过上限 {MAX_UNBROKEN_TOTAL:,}"):
        check_limits(Document("t", "a", [Paragraph(words, src)]))


def test_paragraph_and_table_cell_budgets():
    from reportkit.limits import MAX_PARAGRAPHS, MAX_TABLE_CELLS

    src = Source("big.yaml", 3, 5)
    with pytest.raises(InvalidData, match=f"全文共 {MAX_PARAGRAPHS + 1:,} 段"):
        check_limits(Document("t", "a", [Paragraph("公开。", src) for _ in range(MAX_PARAGRAPHS + 1)]))
    check_limits(Document("t", "a", [Paragraph("公开。", src) for _ in range(MAX_PARAGRAPHS)]))
    rows = [[Cell("1"), Cell("2")] for _ in range(MAX_TABLE_CELLS // 8)]
    tables = [Table(rows, [1, 1], header_rows=0, source=src) for _ in range(5)]
    with pytest.raises(InvalidData, match=f"表格共有 {MAX_TABLE_CELLS // 8 * 10:,} 格，超过上限 {MAX_TABLE_CELLS:,}"):
        check_limits(Document("t", "a", tables))


def test_a_yaml_file_with_too_many_values_is_refused_before_they_are_built():
    from reportkit.load import MAX_NODES, load_text

    raw = ("items: [" + ",".join(["1"] * (MAX_NODES + 10)) + "]\n").encode()
    with pytest.raises(InvalidData) as info:
        load_text(raw, "big.yaml")
    [line] = [d.format() for d in info.value.diagnostics]
    assert line.startswith("big.yaml:1:") and f"值的个数超过 {MAX_NODES:,}" in line


def test_many_problems_of_one_kind_are_counted_not_listed(tmp_path):
    from click.testing import CliRunner

    from reportkit.cli import cli
    from reportkit.errors import SHOWN_PER_KIND

    path = tmp_path / "many.yaml"
    path.write_text("kind: annual-report\nyear: 2022\n" + "".join(f"key_{i}: 1\n" for i in range(3000)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    unknown = [line for line in result.output.splitlines() if "未知字段" in line and "另有" not in line]
    assert len(unknown) == SHOWN_PER_KIND
    assert f"另有 {3000 - SHOWN_PER_KIND:,} 条同类问题未列出" in result.output
    assert "缺少必填字段“agency”" in result.output  # another kind of problem is still shown
