"""A clerk's table (an attachment's, a part's own) with a grouped head of two or three rows: ``columns`` with merged
cells and ``head_rows``. The head prints bold and centred and repeats after a page break in every output, the data
refuses a head that does not fit at its cell, and an import gives the head back as written. The tables are written for
these tests."""
from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import lxml.html
import pdfplumber
import pytest
import yaml
from click.testing import CliRunner

from _import_helpers import FORMATS, imported
from _kinds import EXAMPLES, W
from test_import_roundtrip import rendered
from reportkit.attachments import TableData, table_block
from reportkit.cli import cli
from reportkit.errors import InvalidData
from reportkit.importers.source import Grid
from reportkit.layout import Geometry, text_width
from reportkit.pipeline import check_file
from reportkit.plugins import load_plugins
from reportkit.testing import render

PLUGINS = load_plugins()
GROUP = "人员（专职、兼职）"
HEAD = [{"text": "序号", "rowspan": 2}, {"text": "科室", "rowspan": 2}, {"text": GROUP, "colspan": 2},
        {"text": "备注", "rowspan": 2}]
OFFICES = ["办公室", "法规科", "财务科", "规划科", "执法大队", "信息中心", "档案室", "人事科"]
#: 40 offices: the table runs onto a second page, where its two head rows are printed again.
ROWS = [["专职", "兼职"]] + [[i, f"{OFFICES[i % 8]}{i}", i % 3, i % 2, "轮岗" if i % 5 == 0 else ""]
                              for i in range(1, 41)]
ATTACHMENTS = [{"title": "各科室信息公开人员配备表", "content": ["各科室配备的人员如下表。"],
                "table": {"columns": HEAD, "head_rows": 2, "rows": ROWS}}]
#: A 2008 part's own table with a head of three rows: 渠道 over 两行, 办理 over 已办结 and 办理中, those over 件数.
PART_TABLE = {"columns": [{"text": "受理渠道", "rowspan": 3}, {"text": "办理情况", "colspan": 2}],
              "head_rows": 3, "rows": [["已办结", "办理中"], ["件数", "件数"], ["窗口", 0, 0], ["信函", 0, 0]]}


def _with(example: str, folder: Path, change) -> Path:
    data = yaml.safe_load((EXAMPLES / f"{example}.yaml").read_text(encoding="utf-8"))
    change(data)
    target = folder / f"{example}.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def _attached(folder: Path) -> Path:
    return _with("sample-2021", folder, lambda data: data.update(attachments=ATTACHMENTS))


def _in_part(folder: Path) -> Path:
    return _with("mianyang-2009", folder, lambda data: data["sections"]["applications"]["content"].append(PART_TABLE))


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """The report with :data:`ATTACHMENTS` rendered to ``fmt`` (cached; "page" is ``-f html``), in its own folder."""
    folder = tmp_path_factory.mktemp("heads")
    source, made = _attached(folder), {}

    def output(fmt: str) -> Path:
        if fmt not in made:
            (folder / fmt).mkdir()
            made[fmt] = rendered(source, fmt, folder / fmt)
        return made[fmt]

    return output


# The data ------------------------------------------------------------------------------------------------------------
def test_a_grouped_head_is_valid_and_counts_its_columns_by_their_spans():
    table = TableData(columns=HEAD, head_rows=2, rows=ROWS[:3], widths=[1, 3, 1, 1, 2])
    assert table.head_rows == 2 and len(table.widths) == 5
    assert table.texts()[:2] == [["序号", "科室", GROUP, "备注"], ["专职", "兼职"]]
    with pytest.raises(ValueError, match="列宽 widths 有 4 项，而表头有 5 列"):
        TableData(columns=HEAD, head_rows=2, rows=ROWS[:3], widths=[1, 3, 1, 1])


TABLE_YAML = """
attachments:
  - title: 各科室信息公开人员配备表
    table:
      columns: [{text: 序号, rowspan: 2}, {text: 科室, rowspan: 2}, {text: 人员, colspan: 2}, {text: 备注, rowspan: 2}]
      head_rows: 2
      rows:
        - [专职, 兼职]
        - [1, 办公室, 2, 1, ""]
"""


@pytest.mark.parametrize("old, new, at, problem", [
    ("      head_rows: 2\n", "", "{text: 序号", "表头的单元格“序号”向下跨 2 行，而表头只有 1 行（head_rows），跨进了数据行："
                                           "表头有 2 行时写 head_rows: 2，第二、三行表头写在 rows 的最前面；否则请改小 rowspan"),
    ("[专职, 兼职]", "[{text: 专职, rowspan: 2}, 兼职]", "{text: 专职",
     "表头第 2 行（rows 的第 1 行）的单元格“专职”向下跨 2 行，而表头只有 2 行（head_rows），跨进了数据行"),
    ("[专职, 兼职]", "[专职]", "[专职]",
     "表头第 2 行（rows 的第 1 行）的单元格共占 4 列，而表头有 5 列：请补齐这一行（空格写 \"\"），或让上一行表头跨两行的格写上 rowspan"),
    ("head_rows: 2", "head_rows: 3", "3", "head_rows 写表头有 3 行，而 columns 和 rows 一共只有 3 行，表头下面没有数据行："
                                          "请改小 head_rows，或补写数据行"),
    ("head_rows: 2", "head_rows: 4", "4", "不能大于 3"),
    ("{text: 备注, rowspan: 2}", "{text: 备注, rowspan: 4}", "{text: 备注",
     "表头第 1 行（columns）的单元格“备注”向下跨 4 行，而表头只有 2 行（head_rows），跨进了数据行：表头最多三行：请改小 rowspan"),
    ("[1, 办公室, 2, 1, \"\"]", "[1, 办公室, 2, 1]", "[1, 办公室, 2, 1]", "rows 的第 2 行的单元格共占 4 列，而表头有 5 列"),
    ("[专职, 兼职]", "[专职, 兼职, 临时]", "临时",
     "表头第 2 行（rows 的第 1 行）的单元格“临时”排到了第 6 列，而表头只有 5 列：删去多余的格，或改小 colspan"),
    ("[专职, 兼职]", "[{text: 专职, colspan: 3}]", "{text: 专职",
     "表头第 2 行（rows 的第 1 行）的单元格“专职”向右跨 3 列，压住了上面向下合并的单元格：请改小 colspan"),
])
def test_a_head_that_does_not_fit_is_refused_at_its_place(tmp_path, old, new, at, problem):
    """A head cell spanning into the data rows, a head row short of cells, past the head's columns or over a cell from
    above, a head_rows without data rows under it, and a data row short of the head's columns (counted by their spans):
    each named at its cell or row, with the fix."""
    assert old in TABLE_YAML
    text = (EXAMPLES / "sample-2021.yaml").read_text(encoding="utf-8") + TABLE_YAML.replace(old, new)
    lines = text.splitlines()
    line = next(n for n, written in enumerate(lines, 1) if at in written and n > len(lines) - 8)
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidData) as caught:
        check_file(path, PLUGINS)
    message = str(caught.value)
    assert f"{path}:{line}:{lines[line - 1].index(at) + 1}: error: " in message and problem in message, message


# The build -----------------------------------------------------------------------------------------------------------
def test_every_head_row_is_header_cells_and_skipped_by_the_column_alignment():
    """Both head rows are header cells and the table's header rows; a head cell in two lines (兼职 over its column of
    names) leaves its column's data centred: only data cells decide a column's alignment."""
    rows = [["专职", "兼职\n（含借调）"], [1, "办公室", "王某", "赵某", "无"], [2, "法规科", "钱某", "孙某", "无"]]
    table = table_block(TableData(columns=HEAD[:3] + [{"text": "备注\n说明", "rowspan": 2}], head_rows=2, rows=rows),
                        (), lambda path: None)
    assert table.header_rows == 2 and len(table.widths) == 5
    assert [[cell.header for cell in row] for row in table.rows] == [[True] * 4, [True] * 2, [False] * 5, [False] * 5]
    assert {cell.align for row in table.rows[2:] for cell in row} == {"center"}


def test_a_head_cell_over_columns_widens_them_to_its_text():
    """Without widths, 专职 and 兼职 are as wide together as the head cell over them asks: it prints on one line."""
    columns = HEAD[:2] + [{"text": "信息公开工作人员（专职、兼职）", "colspan": 2}, {"text": "工作职责", "rowspan": 2}]
    duty = "负责全局政府信息公开工作的统筹协调、年度报告的编制和发布，以及依申请公开的受理登记"
    table = table_block(TableData(columns=columns, head_rows=2, rows=[["专职", "兼职"], [1, "办公室", 2, 1, duty]]),
                        (), lambda path: None)
    geometry = Geometry()
    assert geometry.cell_room(table.widths, 2, 2) >= text_width(columns[2]["text"], geometry.autospace_em)
    assert table.widths[4] == max(table.widths)


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_pdf_prints_a_head_cell_over_columns_on_one_line(engine):
    extra = ("\nattachments:\n  - title: 各科室信息公开人员及职责\n    table:\n      columns: [{text: 序号, rowspan: 2}, "
             "{text: 科室, rowspan: 2}, {text: 信息公开工作人员（专职、兼职）, colspan: 2}, {text: 工作职责, rowspan: 2}]\n"
             "      head_rows: 2\n      rows:\n        - [专职, 兼职]\n        - [1, 办公室, 2, 1, 负责全局政府信息公开工作的"
             "统筹协调、年度报告的编制和发布，以及依申请公开的受理登记]\n")
    pdf = render((EXAMPLES / "sample-2021.yaml").read_text(encoding="utf-8") + extra, formats=("pdf",), engine=engine).pdf
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        chars = [c for c in opened.pages[-1].chars if c["text"].strip()]
    at = "".join(c["text"] for c in chars).index("信息公开工作人员（专职、兼职）")
    assert len({round(c["top"]) for c in chars[at:at + 15]}) == 1


def test_the_docx_repeats_both_head_rows_and_sets_them_as_heads(outputs):
    table = docx.Document(str(outputs("docx"))).tables[-1]
    trs = [row._tr for row in table.rows]
    assert [tr.find(f"{W}trPr/{W}tblHeader") is not None for tr in trs[:3]] == [True, True, False]
    assert not any(tr.find(f"{W}trPr/{W}tblHeader") is not None for tr in trs[2:])
    styles = [[tc.find(f"{W}p/{W}pPr/{W}pStyle").get(f"{W}val") for tc in tr.findall(f"{W}tc")] for tr in trs[:3]]
    assert styles[:2] == [["TableHeading"] * 4, ["TableHeading"] * 5] and styles[2] == ["TableText"] * 5
    assert [cell.text for cell in table.rows[1].cells] == ["序号", "科室", "专职", "兼职", "备注"]
    assert len(table.rows) == 42


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_pdf_prints_both_head_rows_in_the_head_face_on_each_page_of_the_table(outputs, fmt):
    """The table runs over two pages: each begins with 人员（专职、兼职） over 专职 and 兼职, in the face of the head (the
    first row's), the data in another."""
    with pdfplumber.open(outputs(fmt)) as pdf:
        pages = [page for page in pdf.pages if GROUP in "".join(c["text"] for c in page.chars)]
        assert len(pages) == 2
        for page in pages:
            chars = page.chars
            text = "".join(c["text"] for c in chars)
            group = text.index(GROUP)
            face = {name: chars[text.index(name, group + len(GROUP)) if name in ("专职", "兼职") else text.index(name)]
                    for name in ("序号", "专职", "兼职")}
            data = chars[text.index("轮岗")]  # a data cell
            assert {char["fontname"] for char in face.values()} == {face["序号"]["fontname"]} != {data["fontname"]}
            assert chars[group]["top"] < face["专职"]["top"] == face["兼职"]["top"] < data["top"]


@pytest.mark.parametrize("fmt", ["html", "page"])
def test_the_html_puts_both_head_rows_in_thead(outputs, fmt):
    """The PDF's HTML and the web page (-f html): both head rows in <thead>, the data rows in <tbody>."""
    page = lxml.html.fromstring(outputs(fmt).read_text(encoding="utf-8"))
    table = page.xpath(f"//table[.//th[.='{GROUP}']]")[0]
    head = [[(cell.tag, cell.text_content(), cell.get("colspan"), cell.get("rowspan")) for cell in tr]
            for tr in table.xpath("./thead/tr")]
    assert head == [[("th", "序号", None, "2"), ("th", "科室", None, "2"), ("th", GROUP, "2", None),
                     ("th", "备注", None, "2")], [("th", "专职", None, None), ("th", "兼职", None, None)]]
    assert len(table.xpath("./tbody/tr")) == 40


# The import ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", [*FORMATS, "page"])
def test_an_attachment_s_grouped_head_comes_back_as_written(outputs, fmt, tmp_path):
    """Rendered over two pages, its head repeated, the table imports back with its head of two rows, once."""
    result = imported(outputs(fmt), tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert result.findings == []
    assert yaml.safe_load(result.target.read_text(encoding="utf-8"))["attachments"] == ATTACHMENTS


@pytest.mark.parametrize("fmt", [*FORMATS, "page"])
def test_a_part_s_table_with_a_head_of_three_rows_comes_back_as_written(fmt, tmp_path):
    source = rendered(_in_part(tmp_path), fmt, tmp_path)
    result = imported(source, tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert yaml.safe_load(result.target.read_text(encoding="utf-8"))["sections"]["applications"]["content"][-1] \
        == PART_TABLE


NUMBER, GROUPED = {"text": "序号", "rowspan": 2}, {"text": "人员", "colspan": 2}


@pytest.mark.parametrize("rows, spans, expected", [
    ([["序号", "人员", "人员"], ["序号", "专职", "兼职"], ["1", "2", "1"]], [(0, 0, 2, 1), (0, 1, 1, 2)],
     {"columns": [NUMBER, GROUPED], "head_rows": 2, "rows": [["专职", "兼职"], [1, 2, 1]]}),
    ([["序号", "人员", "人员"], ["序号", "专职", "兼职"], ["序号", "2023", "2024"], ["1", "2", "1"]],
     [(0, 0, 3, 1), (0, 1, 1, 2)],  # the head's years stay texts
     {"columns": [{**NUMBER, "rowspan": 3}, GROUPED], "head_rows": 3,
      "rows": [["专职", "兼职"], ["2023", "2024"], [1, 2, 1]]}),
    ([["序号", "人员", "人员"], ["序号", "专职", "兼职"], ["", "专职", "2024"], ["1", "2", "1"]],
     [(0, 0, 2, 1), (0, 1, 1, 2), (1, 1, 2, 1)],  # a cell of the second head row over the third: a head of three
     {"columns": [NUMBER, GROUPED], "head_rows": 3,
      "rows": [[{"text": "专职", "rowspan": 2}, "兼职"], ["", "2024"], [1, 2, 1]]}),
])
def test_a_grid_whose_first_row_spans_rows_has_a_head_of_that_many(rows, spans, expected):
    data = Grid(rows, ["第 1 行"] * len(rows), "表格", spans).data()
    assert data == expected
    TableData(**data)


@pytest.mark.parametrize("spans", [[(0, 0, 4, 1)], [(0, 0, 3, 1)]])
def test_a_first_row_spanning_every_row_or_more_than_three_keeps_a_head_of_one(spans):
    """Where a cell of the first row reaches the last row (no data row would be left) or past a head of three, the
    head is the first row, the cell's text once and the cells it covers empty, as before."""
    rows = [["类别", "a", "b"], ["类别", "c", "d"], ["类别", "e", "f"], ["类别", "g", "h"]][:max(s[2] for s in spans)]
    data = Grid(rows, ["第 1 行"] * len(rows), "表格", spans).data()
    assert "head_rows" not in data and data["columns"] == ["类别", "a", "b"]
    assert [row[0] for row in data["rows"]] == [""] * (len(rows) - 1)
    TableData(**data)


def test_next_years_file_keeps_a_grouped_head_whole(tmp_path):
    """reportkit init --from: a part's table keeps head_rows and its head rows as written; only data rows get
    placeholders."""
    target = tmp_path / "2010.yaml"
    run = CliRunner().invoke(cli, ["init", "--from", str(_in_part(tmp_path)), "-o", str(target)])
    assert run.exit_code == 0, run.output
    table = yaml.safe_load(target.read_text(encoding="utf-8"))["sections"]["applications"]["content"][-1]
    assert table == {**PART_TABLE, "rows": PART_TABLE["rows"][:2] + [["窗口", "【请填写】", "【请填写】"],
                                                                     ["信函", "【请填写】", "【请填写】"]]}


def test_the_schema_has_head_rows_and_merged_head_cells():
    """reportkit schema: head_rows (1 to 3, default 1) and merged cells in columns, for an attachment's table and a
    part's own."""
    run = CliRunner().invoke(cli, ["schema", "annual-report", "--edition", "2008"])
    assert run.exit_code == 0, run.output
    definitions = json.loads(run.output)["$defs"]
    for name in ("TableData", "PartTable"):
        fields = definitions[name]["properties"]
        head_rows = next(choice for choice in fields["head_rows"]["anyOf"] if choice["type"] == "integer")
        assert (head_rows["minimum"], head_rows["maximum"], fields["head_rows"]["default"]) == (1, 3, 1)
        assert {"$ref": "#/$defs/SpanCell"} in fields["columns"]["items"]["oneOf"]
