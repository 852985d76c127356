"""Chromium's prints of 2019-edition reports: 表四 under a table whose column rule stands 3 pt beside one of its own,
and 表三 broken by a page break inside a merged label, the row cut to a sliver."""
from __future__ import annotations

import pdfplumber
import pytest

from reportkit.importers import pdf
from reportkit.importers.source import Grid

from _import_helpers import CHROMIUM, chromium_pdf

pytestmark = pytest.mark.skipif(not CHROMIUM, reason="no Chromium installed")

_PAGE = "<html><head><style>body {{ font-family: FandolFang; font-size: 12pt; margin: 0 }} @page {{ size: {size}; " \
    "margin: 20mm }}</style></head><body>{body}</body></html>"


def _table(widths: list[float], rows: list[list[str]]) -> str:
    cols = "".join(f"<col style='width: {w}pt'>" for w in widths)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='0' style='table-layout: fixed; width: {sum(widths)}pt'>" \
        f"{cols}{body}</table>"


def _grids(path) -> list[list[list[str]]]:
    return [item.rows for item in pdf.read(path).items if isinstance(item, Grid)]


def test_a_figure_beside_a_column_rule_of_the_table_above_stays_in_its_cell(tmp_path):
    """The table above has its column rule 4.5 pt right of the one below (表三's and 表四's). pdfplumber snapped the
    two tables' rules, 0.75 pt apart each, into one, moved the one below over its figure's middle, and the figure read
    in the cell to its left (“行政复议0” and a blank): 表四 had no row of figures. Rules 2 pt apart or more stay
    apart, and the figure is in its own cell."""
    above = _table([204.5, 95.5], [[f"第{i}项", str(i)] for i in range(1, 13)])
    below = _table([200, 100], [["行政复议", "0"]])
    grids = _grids(chromium_pdf(_PAGE.format(size="A4", body=f"{above}<p>下表：</p>{below}"), tmp_path))
    assert grids[0] == [[f"第{i}项", str(i)] for i in range(1, 13)]
    assert grids[1] == [["行政复议", "0"]]


_LEAVES = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
           "5.属于三类内部事务信息", "6.属于四类过程性信息"]


@pytest.mark.parametrize("space", [392, 404])
def test_a_row_the_page_break_cut_to_a_sliver_of_merged_labels_joins_its_rest(tmp_path, space):
    """A merged label (（三）不予公开) runs over the page break; the row that did not fit is drawn at the page's foot as
    a blank sliver under it, and printed whole on the next page without the label. The sliver read as a row of its
    own, “（三）不予公开” alone (“不是2019版表三的行”). It now takes the rest of its row: no row without its leaf, and
    every leaf with its own figures."""
    rows = "".join("<tr>" + ("<td rowspan='6'>（三）不予公开</td>" if i == 0 else "") +
                   f"<td>{leaf}</td><td>{i}</td><td>{i * 2}</td></tr>" for i, leaf in enumerate(_LEAVES))
    body = f"<div style='height: {space}pt'>正文</div><table border='1' cellspacing='0' cellpadding='0'>" \
        f"<tr><td colspan='2'>情形</td><td>自然人</td><td>总计</td></tr>" \
        f"<tr><td colspan='2'>（二）部分公开</td><td>3</td><td>5</td></tr>{rows}</table>"
    path = chromium_pdf(_PAGE.format(size="A5", body=body), tmp_path)
    with pdfplumber.open(path) as document:
        assert len(document.pages) == 2
    (grid,) = [item for item in pdf.read(path).items if isinstance(item, Grid)]
    filled = [row for row in grid.rows if any(row)]
    assert [row[1:] for row in filled[2:]] == [[leaf, str(i), str(i * 2)] for i, leaf in enumerate(_LEAVES)]
    assert not any(row[0] and not row[1] for row in grid.rows)
    # the row joined is named where its leaf and figures are: the next page's first row
    assert [place for row, place in zip(grid.rows, grid.places) if row[1] == _LEAVES[3 if space == 392 else 2]] \
        == ["第 2 页的表格第 1 行"]
