"""The printed page at other text lengths than the examples': faults a length sweep found (variants of four examples,
both PDF engines and LibreOffice's PDF of the DOCX, measured with tests/layout_measure.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

import layout_measure as lm
from docx_pages import SOFFICE, docx_to_pdf
from reportkit.blocks import Cell, Table
from reportkit.layout import Geometry
from reportkit.pipeline import build, check_file, choose_layout, render

ROOT = Path(__file__).resolve().parents[1]
XINZHOU = ROOT / "examples" / "xinzhou-2020.yaml"
#: A sentence of 14 characters: half a line, so each one more moves what follows by a line or none.
HALF_LINE = "本局逐月检查公开任务的进度。"


def _group_table(data_rows: list[int]) -> Table:
    """Table 二's shape: no repeated head, and per group a title row and a row of column names (header cells), then
    ``data_rows`` rows of data."""
    rows = []
    for n in data_rows:
        rows += [[Cell("第二十条第（一）项", header=True, colspan=2)], [Cell("信息内容", header=True), Cell("数量", header=True)]]
        rows += [[Cell("事项"), Cell("0")] for _ in range(n)]
    return Table(rows, [1, 1], header_rows=0)


def _breaks(table: Table) -> list[int]:
    """The rows after which ``table`` may break."""
    return [r for r, kept in enumerate(Geometry().kept_rows(table)) if not kept and r < len(table.rows) - 1]


def test_a_group_under_header_rows_of_the_body_is_kept_as_a_table_is():
    """A group of table 二 parted like a table: its first data row with the next, its last but one with its last.
    Before, the table broke after any data row but its very last but one, and a page began with “规范性文件 0 0 0” cut
    from the 第二十条第（一）项 and column names above it."""
    # Rows 0-3: a group of two data rows stays whole; rows 4-9: four data rows may part in the middle only (after 7);
    # rows 10-12: one data row, the table's last.
    assert _breaks(_group_table([2, 4, 1])) == [3, 7, 9]
    # Three data rows: never between the first two, nor the last two.
    assert _breaks(_group_table([3, 3])) == [4]


def _xinzhou_longer(tmp_path: Path, sentences: int) -> Path:
    """xinzhou-2020 with a paragraph of ``sentences`` half lines at the end of section 一, just before table 二."""
    data = yaml.safe_load(XINZHOU.read_text(encoding="utf-8"))
    data["sections"]["overview"].append(HALF_LINE * sentences)
    path = tmp_path / "xinzhou-longer.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")  # JSON is YAML
    return path


def _pages_going_on_without_a_head(pages: list[lm.Page]) -> list[str]:
    """Pages whose first table row is a data row of a table that the page before ends with (as test_kinds_lengths)."""
    return [f"p{page.number}: {page.rows[0].text[:12]}" for before, page in zip(pages, pages[1:])
            if page.rows and before.rows and before.rows[-1].bottom > before.block[3] - 80 and not page.rows[0].head]


# Lengths at which the old rule broke table 二 inside a group: after “行政许可”, after “规章”.
@pytest.mark.parametrize("sentences", [8, 14])
@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst", "docx"])
def test_no_page_begins_with_a_row_of_table_2_cut_from_its_group_s_head(fmt, sentences, plugins, tmp_path):
    if fmt == "docx" and SOFFICE is None:
        pytest.skip("LibreOffice (soffice) not installed")
    validated = check_file(_xinzhou_longer(tmp_path, sentences), plugins, strict=True)
    layout = choose_layout(validated, plugins.registry)
    document = build(validated, layout)
    data = render(document, layout, fmt, plugins.registry).data
    if fmt == "docx":
        source = tmp_path / "out.docx"
        source.write_bytes(data)
        data = docx_to_pdf(source, plugins.registry.fonts, tmp_path / "lo").read_bytes()
    pages = lm.measure(data, layout.geometry)
    # The table did break somewhere: the case measures a break, not a table that fits one page.
    assert any(b.rows and p.rows for b, p in zip(pages, pages[1:]))
    assert _pages_going_on_without_a_head(pages) == []
