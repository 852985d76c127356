"""DOCX tables whose grid has sliver columns: LibreOffice, WPS and other converters make a grid column a twip or two
wide where cell edges of different rows were rounded apart. The DOCX reader folds such a column into the one beside
it, for every DOCX (the LibreOffice conversion no longer rewrites its file): each cell is one cell again."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml
from _import_helpers import imported, render_source
from _kinds import W
from docx.oxml import OxmlElement, parse_xml
from test_import_inputs import _word_report, word_report_read

from reportkit.importers.docx import read
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()


def _set(parent, tag: str, value, first: bool = False):
    """``parent``'s child ``w:tag`` (made if missing, first of its children with ``first``) with ``w:val``."""
    child = parent.find(f"{W}{tag}")
    if child is None:
        child = OxmlElement(f"w:{tag}")
        parent.insert(0, child) if first else parent.append(child)
    child.set(f"{W}val", str(value))
    return child


def _with_slivers(tbl) -> None:
    """Every edge of ``tbl``'s grid columns, the outer two too, doubled a sliver (1 or 2 twips) apart, as LibreOffice
    writes rows whose edges were rounded apart: the sliver goes to the cell left of the edge in every other row and
    to the one right of it in the others (past the table's outer edges, to w:gridBefore and w:gridAfter), so a cell
    merged down (w:vMerge) starts a grid column further in one row than in the next."""
    grid = tbl.find(f"{W}tblGrid")
    columns = grid.findall(f"{W}gridCol")
    for k, column in enumerate(columns + [None]):
        sliver = OxmlElement("w:gridCol")
        sliver.set(f"{W}w", str(1 + k % 2))
        column.addprevious(sliver) if column is not None else grid.append(sliver)
    n = len(columns)
    for r, tr in enumerate(tbl.findall(f"{W}tr")):
        right = [(r + k) % 2 == 0 for k in range(n + 1)]  # the sliver on edge k goes to the cell right of it
        if not right[0] or right[n]:
            props = tr.find(f"{W}trPr")
            if props is None:
                props = OxmlElement("w:trPr")
                tr.insert(0, props)
            if not right[0]:
                _set(props, "gridBefore", 1, first=True)
            if right[n]:
                _set(props, "gridAfter", 1)
        first = 0
        for tc in tr.findall(f"{W}tc"):
            span = tc.find(f"{W}tcPr/{W}gridSpan")
            count = int(span.get(f"{W}val")) if span is not None else 1
            _set(tc.get_or_add_tcPr(), "gridSpan", 2 * count - 1 + right[first] + (not right[first + count]))
            first += count


def _slivered(source: Path, target: Path) -> Path:
    document = docx.Document(str(source))
    for table in document.tables:
        _with_slivers(table._tbl)
    document.save(str(target))
    return target


def test_a_word_report_whose_tables_have_sliver_columns_imports_each_figure_once(tmp_path):
    """Before, a cell spanning a sliver and its column was two cells holding the same figure: no table read."""
    plain = tmp_path / "word.docx"
    _word_report(plain)
    result = imported(_slivered(plain, tmp_path / "wps.docx"), tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    word_report_read(result, data)
    assert all(v == 7 for row in data["tables"]["active_disclosure"].values() for v in row.values())


def test_a_rendered_report_with_sliver_columns_reads_as_without_them(tmp_path):
    """reportkit's own DOCX (merged cells both ways) with slivers reads cell for cell as it does without them."""
    plain = render_source(Path("examples/sample-2021.yaml"), "docx", tmp_path, PLUGINS)
    slivered = _slivered(plain, tmp_path / "slivered.docx")
    def grids(path):
        return [(item.rows, item.spans) for item in read(path).items if hasattr(item, "rows")]

    assert len(grids(plain)) >= 3
    assert grids(slivered) == grids(plain)
    original = yaml.safe_load(imported(plain, tmp_path, PLUGINS).target.read_text(encoding="utf-8"))
    back = imported(slivered, tmp_path, PLUGINS)
    assert back.findings == []
    assert yaml.safe_load(back.target.read_text(encoding="utf-8")) == original


def _table(tmp_path, widths: list[int], rows: list[list]) -> list[list[str]]:
    """The grid read from a DOCX holding one table over grid columns ``widths`` (twips). Each row is a list of
    cells, ``text`` or ``(text, gridSpan, vMerge)``; a number first is its w:gridBefore, a number last its w:gridAfter."""
    def cell(spec) -> str:
        text, span, merge = (spec, 1, None) if isinstance(spec, str) else spec
        props = f'<w:gridSpan w:val="{span}"/>' + (f'<w:vMerge w:val="{merge}"/>' if merge else "")
        return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    def row(specs) -> str:
        before = f'<w:gridBefore w:val="{specs.pop(0)}"/>' if isinstance(specs[0], int) else ""
        after = f'<w:gridAfter w:val="{specs.pop()}"/>' if isinstance(specs[-1], int) else ""
        return f"<w:tr><w:trPr>{before}{after}</w:trPr>{''.join(map(cell, specs))}</w:tr>"

    columns = "".join(f'<w:gridCol w:w="{w}"/>' if w is not None else "<w:gridCol/>" for w in widths)
    document = docx.Document()
    document.element.body.insert(0, parse_xml(
        f"<w:tbl {_NS}><w:tblPr/><w:tblGrid>{columns}</w:tblGrid>{''.join(row(list(r)) for r in rows)}</w:tbl>"))
    path = tmp_path / "t.docx"
    document.save(str(path))
    (grid,) = [item for item in read(path).items if hasattr(item, "rows")]
    return grid.rows


_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_slivers_at_the_tables_outer_edges_and_a_merged_down_cell_starting_on_one(tmp_path):
    """Grid: sliver | 项目 | sliver | 数量 | sliver. The head row starts past the first sliver (w:gridBefore); 合计
    is merged down from the second row, where it starts on the middle sliver, to the third, where it starts past it
    and the row ends before the last sliver (w:gridAfter). Before, each sliver was a column of its own and the
    merged-down cell's second row a cell apart from its first."""
    rows = [[1, "项目", ("数量", 3, None)],
            [("收到", 2, None), ("合计", 3, "restart")],
            [("办结", 3, None), ("", 1, "continue"), 1]]
    assert _table(tmp_path, [1, 2000, 2, 1500, 1], rows) == [["项目", "数量"], ["收到", "合计"], ["办结", "合计"]]


@pytest.mark.parametrize("text, expected", [
    ("", [["项目", "数量"], ["收到", "12"]]),            # an empty cell a sliver wide is not on the page
    ("注", [["项目", "项目", "数量"], ["收到", "注", "12"]]),  # one with text keeps its column
])
def test_a_cell_only_a_sliver_wide(tmp_path, text, expected):
    rows = [[("项目", 2, None), "数量"], ["收到", text, "12"]]
    assert _table(tmp_path, [2000, 2, 1500], rows) == expected


@pytest.mark.parametrize("width", [0, "1.5", "2pt", None])
def test_only_a_width_in_twips_under_30_makes_a_sliver(tmp_path, width):
    """A grid column 0 twips wide is a sliver; one whose width is missing or not a whole number of twips is a column."""
    rows = _table(tmp_path, [2000, width, 1500], [[("项目", 2, None), "数量"], ["收到", ("12", 2, None)]])
    assert rows == ([["项目", "数量"], ["收到", "12"]] if width == 0 else [["项目", "项目", "数量"], ["收到", "12", "12"]])


@pytest.mark.parametrize("span", ["0", "x", ""])
def test_a_span_word_reads_as_one_column_keeps_its_cell(tmp_path, span):
    """A w:gridSpan of 0 or no number (a damaged or hand-made file) is one column, as Word shows it: the cell and
    its figure are read. Before, 0 left the cell out (its text lost) and a non-number refused the whole file."""
    assert _table(tmp_path, [2000, 1500], [["项目", "数量"], ["收到", (7, span, None)]]) == [["项目", "数量"], ["收到", "7"]]
