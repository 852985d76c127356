"""Statistics tables read from copied text.

Tables 二 and 三 one after the other with no part heading between them (a report printing them so, or a copy that lost
the heading): the text reader made them one table, which the mapper took for table 二, so that table 三 was lost (“没有
找到表三”) and its rows were named as no rows of table 二. Each table now starts where its own head starts, in every
kind of copy (a browser's or Word's, a PDF reader's, pdftotext with and without -layout, -raw).

A PDF's text in reading order (pdftotext without -layout) sets table 三's narrow label cells apart from their figures:
a label broken over lines, figures of a row before its label or after another's. Only rows whose label was followed by
exactly their figures were read (42 to 91 of 175 cells of the examples). The figures come row by row, so where the
table's words make its row labels one way only and the figures are 7 for each, the rows take them 7 by 7 in the
format's order: only where rows read by their labels have the figures this order gives them and every other row's
总计 is the sum of its cells; else nothing more is read.

The example's table 三 runs over a page break, its head printed again after it. Each reader gives it as one table
(the PDF's, and the text reader past the page's number in every pdftotext copy); the annual report's mapping would put
the two parts together as well, so that only the reader's table shows whether the reader joined them. The page's
number is said to stand in the table in every copy (the reading-order and -layout copies said it stood between two
paragraphs).
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from test_import_copied_tables import _report, _rows
from test_import_layout_copy import _flat
from test_import_reading_order_cells import _cells, _example, _read

from reportkit.importers import read_published
from reportkit.importers.commands import check_rows
from reportkit.importers.labels import norm
from reportkit.importers.source import Grid
from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported

PLUGINS = load_plugins()
_PLACEHOLDER = "【请填写"
_HEADING = "三、收到和处理政府信息公开申请情况"
#: Table 三's first row and its last, as :func:`.labels.norm` has them: on the page before the break and after it.
_FIRST_ROW, _LAST_ROW = norm("一、本年新收政府信息公开申请数量"), norm("四、结转下年度继续办理")
_NEEDS_PDFTOTEXT = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext (poppler-utils)")


def _tabs(text: str) -> str:
    """``text``, a PDF reader's copy of the report (:func:`_report`), as a browser or Word copies it: each table row's
    cells parted by tabs (the captions of table 二's blocks, one cell, have none)."""
    lines = text.split("\n")
    start, end = lines.index("第二十条第（一）项"), lines.index("0 0 0 1 1 0 0 0 0 0 0 0 0 0 0")
    return "\n".join(line.replace(" ", "\t") if start <= k <= end and " " in line else line
                     for k, line in enumerate(lines))


_KINDS = {"pdf-reader": lambda text: text, "reading-order": _cells,
          "reading-order-whole-heads": lambda text: _cells(text, False), "browser-or-word": _tabs}


@pytest.mark.parametrize("kind", _KINDS)
def test_tables_two_and_three_with_no_heading_between_are_read_apart(tmp_path, kind):
    """No “三、收到和处理……” line between table 二's last row and table 三's head: both tables read as they do with it,
    and nothing is said of table 三 missing or of its rows as table 二's."""
    copy = _KINDS[kind]
    _, headed = import_text(tmp_path, "headed.txt", copy(_report(_rows())), PLUGINS)
    result, got = import_text(tmp_path, "joined.txt", copy(_report(_rows()).replace(f"\n{_HEADING}\n", "\n")), PLUGINS)
    assert got["tables"] == headed["tables"]
    assert got["tables"]["applications"]["new_received"]["total"] == 14
    assert got["tables"]["active_disclosure"]["normative_documents"] == {"issued": 4, "repealed": 1, "in_force": 9}
    said = [f.message for f in result.findings]
    assert "没有找到表三" not in said and not [m for m in said if m.startswith("表二中")]


def _copy(tmp_path: Path, pdf: Path, *options: str, heading: bool = True) -> Path:
    """``pdf`` (conftest's ``example_pdf``) copied by pdftotext with ``options``; without ``heading``, the part heading
    over table 三 and the sentence under it left out (the tables one right after the other)."""
    copy = tmp_path / f"{pdf.stem}-{pdf.parent.name}{''.join(options)}.txt"
    subprocess.run(["pdftotext", *options, str(pdf), str(copy)], check=True)
    if not heading:
        lines, out, sentence = copy.read_text(encoding="utf-8").split("\n"), [], False
        for line in lines:
            if line.strip().startswith(_HEADING):
                sentence = True  # the sentence under it, over a line or two, up to its full stop
                continue
            if sentence and line.strip():
                sentence = not line.rstrip().endswith("。")
                continue
            out.append(line)
        copy.write_text("\n".join(out), encoding="utf-8")
    return copy


def _figures(tmp_path: Path, copy: Path):
    result = imported(copy, tmp_path, PLUGINS)
    return result, dict(_flat(yaml.safe_load(result.target.read_text(encoding="utf-8"))["tables"]))


@_NEEDS_PDFTOTEXT
@pytest.mark.parametrize("options", [(), ("-raw",), ("-layout",)], ids=["reading-order", "raw", "layout"])
def test_a_rendered_report_without_the_heading_over_table_three_reads_every_table(tmp_path, example_pdf, options):
    """The example's PDF copied by pdftotext, table 三's part heading and the sentence under it taken out: every
    figure of the three tables reads as the example has it, and ``check`` finds nothing."""
    copy = _copy(tmp_path, example_pdf("sample-2021", "pdf"), *options, heading=False)
    _, got = _figures(tmp_path, copy)
    expected = _example("sample-2021")
    assert _read(got, expected) == expected
    assert not [path for path, value in got.items() if str(value).startswith(_PLACEHOLDER)]
    assert [row["rule"] for row in check_rows(copy, PLUGINS, tmp_path / "checked") if row["severity"] != "note"] \
        == ["ok"]


@_NEEDS_PDFTOTEXT
@pytest.mark.parametrize("example", ["sample-2021", "xinzhou-2020"])
@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_reading_order_copy_reads_table_three_by_the_order_of_its_figures(tmp_path, example_pdf, example, fmt):
    """pdftotext without -layout of both engines' PDFs (2021's table and 2019's, whose （六）其他处理 is one row):
    table 三's labels stand apart from their figures, yet every figure reads as the example has it; nothing is said
    of rows not read, and ``check`` finds nothing."""
    copy = _copy(tmp_path, example_pdf(example, fmt))
    result, got = _figures(tmp_path, copy)
    expected = _example(example)
    assert _read(got, expected) == expected
    assert not [path for path, value in got.items() if str(value).startswith(_PLACEHOLDER)]
    assert not [f.message for f in result.findings if "按阅读顺序复制" in f.message or f.place == "文首"]
    assert [row["rule"] for row in check_rows(copy, PLUGINS, tmp_path / "checked") if row["severity"] != "note"] \
        == ["ok"]


def _first_row_apart(copy: Path) -> tuple[list[str], list[int]]:
    """The lines of ``copy`` and the lines of the figures after 上年结转's label: its 7, then （一）予以公开's, whose
    label comes after them."""
    lines = copy.read_text(encoding="utf-8").split("\n")
    at = next(k for k, line in enumerate(lines) if line.startswith("二、上年结转"))
    return lines, [k for k in range(at + 1, len(lines)) if lines[k].strip().isdigit()]


@_NEEDS_PDFTOTEXT
@pytest.mark.parametrize("change", ["total-not-the-sum", "figure-lost"])
def test_figures_the_order_does_not_account_for_are_not_read_by_it(tmp_path, example_pdf, change):
    """（一）予以公开's 自然人 20 typed 21 (its 总计 24 no longer the sum), or a figure lost: the order of the figures is
    not sure, so the rows whose labels stand apart stay placeholders, in the finding as before; the rows read by
    their labels are still read."""
    copy = _copy(tmp_path, example_pdf("sample-2021", "pdf"))
    lines, figures = _first_row_apart(copy)
    assert [lines[k] for k in figures[7:14]] == ["20", "3", "0", "0", "1", "0", "24"]
    if change == "total-not-the-sum":
        lines[figures[7]] = "21"
    else:
        del lines[figures[8]]
    copy.write_text("\n".join(lines), encoding="utf-8")
    result, got = _figures(tmp_path, copy)
    assert all(str(got[f".applications.results.granted.{column}"]).startswith(_PLACEHOLDER)
               for column in ("natural_person", "commercial_enterprise", "other"))
    assert got[".applications.new_received.total"] == 48
    assert any("按阅读顺序复制的表三" in f.message and "没有猜" in f.message for f in result.findings)


def _pages_with(text: str, words: str) -> list[int]:
    """The pages of ``text`` (a copy whose pages form feeds part) that print ``words``, blanks aside."""
    return [k for k, page in enumerate(text.split("\f")) if words in re.sub(r"\s+", "", page)]


@_NEEDS_PDFTOTEXT
@pytest.mark.parametrize("options", [None, (), ("-raw",), ("-layout",)], ids=["pdf", "reading-order", "raw", "layout"])
def test_table_three_cut_by_the_page_break_is_read_as_one_table(tmp_path, example_pdf, options):
    """The example's table 三 runs from page 3 to page 4 (its head printed again on 4, the page's number “—3—” between
    in a copy): the PDF's reader, and the text reader of each pdftotext copy, give it as one table holding its first
    row and its last, the page's number no cell of it. The annual report's mapping files a table's parts one after
    another as that table too (:meth:`.annual.AnnualMapper._tables`), so the imported figures read the same whichever
    joins them: only the reader's table tells whether the reader did, as a plan's task table needs (its mapping joins
    no part that prints the head again)."""
    pdf = example_pdf("sample-2021", "pdf")
    copy = pdf if options is None else _copy(tmp_path, pdf, *options)
    text = (copy if options is not None else _copy(tmp_path, pdf, "-layout")).read_text(encoding="utf-8")
    assert _pages_with(text, _FIRST_ROW) == [2] and _pages_with(text, _LAST_ROW) == [3]  # the input is as meant
    assert _pages_with(text, "申请人情况") == [2, 3] and _pages_with(text, "—3—") == [2]
    published, _ = read_published(copy, PLUGINS)
    grids = [item.rows for item in published.items if isinstance(item, Grid)]
    three = [rows for rows in grids if any(_FIRST_ROW in map(norm, row) or _LAST_ROW in map(norm, row) for row in rows)]
    assert len(three) == 1
    assert any(_FIRST_ROW in map(norm, row) for row in three[0]) and any(_LAST_ROW in map(norm, row) for row in three[0])
    assert not any("—3—" in cell for row in three[0] for cell in row)


@_NEEDS_PDFTOTEXT
@pytest.mark.parametrize("options", [(), ("-raw",), ("-layout",)], ids=["reading-order", "raw", "layout"])
def test_the_page_s_number_between_table_three_s_parts_is_said_to_stand_in_it(tmp_path, example_pdf, options):
    """The page's number the text reader passes in table 三 (“—3—”) is said to stand in the table, which reads on, in
    every copy: the reading-order and -layout copies, which set it apart by blank lines, said it stood between two
    paragraphs, as -raw's did not. The pages' numbers between paragraphs (—2—, —4—) are still said to."""
    result = imported(_copy(tmp_path, example_pdf("sample-2021", "pdf"), *options), tmp_path, PLUGINS)
    said = {number: [f.message for f in result.findings if f"“{number}”" in f.message] for number in ("—2—", "—3—", "—4—")}
    assert said == {
        "—2—": ["页码“—2—”未导入（打印或导出的页面在两段之间留下的页码）"],
        "—3—": ["表格中间的“—3—”未导入（复制时夹进表格的页码或网页的按钮、页脚），表格照常接着读"],
        "—4—": ["页码“—4—”未导入（打印或导出的页面在两段之间留下的页码）"]}
