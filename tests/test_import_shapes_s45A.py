"""Importing published 2021-format reports in shapes the readers missed: a title naming only the county
(青溪县2023年……), signed by an organ of it (was: ``agency: 青溪县``, a place, the organ a 署名 beside it). The words
and figures here are made up for these tests; the report's body is test_import_shapes_s44A's."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from _import_helpers import SOFFICE, data_of, imported
from docx_pages import docx_to_pdfs
from test_import_shapes_s44A import (
    PLUGINS,
    _leaves,
    _text_copy,
    applications_cells,
    report,
    transposed,
    upright,
    web_page,
    word_file,
)


@pytest.fixture(scope="module")
def expected(tmp_path_factory) -> dict:
    """The data imported from test_import_shapes_s44A's upright web page: what every other shape must give."""
    folder = tmp_path_factory.mktemp("upright")
    source = folder / "upright.html"
    source.write_text(web_page(report(upright())), encoding="utf-8")
    return data_of(imported(source, folder, PLUGINS))


def _signed(title: str, organ: str) -> list[tuple[str, object]]:
    """The report titled ``title`` and signed by ``organ``."""
    items = [(kind, title if kind == "title" else x) for kind, x in report(upright())]
    items[-2] = ("right", organ)
    return items


# The agency: the title's place, the 署名's organ ----------------------------------------------------------------
@pytest.mark.parametrize(
    "title, organ, agency, signature",
    [
        ("青溪县2023年政府信息公开工作年度报告", "青溪县人民政府办公室", "青溪县人民政府办公室", None),
        ("青溪县2023年政府信息公开工作年度报告", "青溪县人民政府", "青溪县人民政府", None),
        ("青溪县2023年政府信息公开工作年度报告", "青溪县林业局", "青溪县林业局", None),
        # the other direction, as before: the title names the agency, its office signs
        (
            "青溪县人民政府2023年政府信息公开工作年度报告",
            "青溪县人民政府办公室",
            "青溪县人民政府",
            "青溪县人民政府办公室",
        ),
        # a 署名 of another place's organ is no agency of the title's
        ("青溪县2023年政府信息公开工作年度报告", "白石县人民政府办公室", "青溪县", "白石县人民政府办公室"),
    ],
    ids=["office", "government", "bureau", "title-names-the-agency", "another-place"],
)
def test_a_title_naming_the_place_takes_the_organ_signing(tmp_path, title, organ, agency, signature):
    """The agency is the organ that signs where the title names only its place; its type follows the organ's name,
    the title is kept as printed."""
    source = tmp_path / "report.txt"
    source.write_text(_text_copy(_signed(title, organ)), encoding="utf-8")
    data = data_of(imported(source, tmp_path, PLUGINS))
    assert (data["agency"], data.get("signature")) == (agency, signature)
    assert data["agency_type"] == ("government" if agency.endswith("人民政府") else "department")
    assert data.get("title", title) == title


# 表三's label columns narrow, a LibreOffice PDF copied by pdftotext -layout -------------------------------------
#: The widths of 表三's ten columns (cm): its labels' three narrow (the groups' labels a character a line, a long
#: row label over nine lines), or as narrow as the figures' (a label two characters a line); and whether Word
#: repeats its head at the top of each page.
NARROW = {
    "one-character": ([0.8, 0.8, 1.6] + [1.6] * 7, False),
    "even": ([1.5] * 10, False),
    "head-repeated": ([1.5] * 10, True),
}


def _narrowed(path: Path, widths: list[float], repeated: bool) -> Path:
    """The Word file ``path`` with 表三 (its second table) set in columns of ``widths``, its head's three rows
    repeated on each page if ``repeated``."""
    document = docx.Document(str(path))
    table = document.tables[1]
    table.autofit = False
    for r, row in enumerate(table.rows):
        for cell, width in zip(row.cells, widths):
            cell.width = Cm(width)
        if repeated and r < 3:
            row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")} w:val="true"/>'))
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        column.set(qn("w:w"), str(Cm(width).twips))
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def narrow_copies(tmp_path_factory) -> dict[str, Path]:
    """Each :data:`NARROW` report's PDF (LibreOffice) copied by pdftotext -layout."""
    if not SOFFICE or not shutil.which("pdftotext"):
        pytest.skip("LibreOffice (soffice) or poppler's pdftotext is not installed")
    folder = tmp_path_factory.mktemp("narrow")
    files = [_narrowed(word_file(report(upright()), folder / f"{name}.docx"), *shape) for name, shape in NARROW.items()]
    copies = {}
    for name, pdf in zip(NARROW, docx_to_pdfs(files, PLUGINS.registry.fonts, folder)):
        copies[name] = folder / f"{name}.txt"
        subprocess.run(["pdftotext", "-layout", str(pdf), str(copies[name])], check=True, timeout=60)
    return copies


@pytest.mark.parametrize("widths", ["one-character", "even"])
def test_table_three_in_narrow_columns_copied_with_its_layout(tmp_path, narrow_copies, expected, widths):
    """Every figure of 表三 read into its row (was: a row label over more than six lines, a group label's number
    broken a character a line, a label that is the start of another (2.其他 / 法律 / 行政 …), or another cell's pieces
    between a label's lines left the rows unread, each figure a placeholder, the pieces said to fit no cell)."""
    text = narrow_copies[widths].read_text(encoding="utf-8")
    assert not any("正当理由逾期" in line or "行政法规" in line for line in text.splitlines())  # labels broken
    result = imported(narrow_copies[widths], tmp_path, PLUGINS)
    assert [f.message for f in result.findings if "拼不进" in f.message or f.message.startswith("表三")] == []
    assert data_of(result)["tables"]["applications"] == expected["tables"]["applications"]


def test_table_three_s_head_repeated_at_a_page_s_top_copied_with_its_layout(tmp_path, narrow_copies, expected):
    """Word repeats 表三's head on each page; where a page breaks inside a row's label (2.没有 / 现成 over the break,
    信息 / 需要 … under the head), the pieces are joined across the head and the row read, and so are a group label's
    (（三 / ）不 / 予公 over the head, 开 under it) (was: the head's pieces left in the rows, the rows after it up to the
    next page's head unread, each figure a placeholder, the group's pieces said to fit no cell)."""
    lines = narrow_copies["head-repeated"].read_text(encoding="utf-8").split("\n")  # a page's start kept on its line
    heads = [k for k, line in enumerate(lines) if line.startswith("\f（本列数据的勾稽关系")]
    assert heads and all(k and not re.search(r"\d$", lines[k - 1]) for k in heads)  # the input is as meant
    result = imported(narrow_copies["head-repeated"], tmp_path, PLUGINS)
    assert [f.message for f in result.findings if "拼不进" in f.message or f.message.startswith("表三")] == []
    assert data_of(result)["tables"]["applications"] == expected["tables"]["applications"]


# 表三 printed transposed, a browser's copy writing each merged head cell once ----------------------------------------
def _turned_copy(folder: Path, change=lambda lines: lines) -> Path:
    """A browser's copy of the report whose 表三 is printed transposed, its lines ``change``d."""
    source = folder / "turned.txt"
    text = _text_copy(report({**upright(), "三": transposed(applications_cells())}))
    source.write_text("\n".join(change(text.split("\n"))), encoding="utf-8")
    return source


def test_a_text_copy_of_table_three_transposed(tmp_path, expected):
    """The head's lines name the official rows a level a line, each group's rows in the order of the groups: each
    column of figures is a known row, and the table reads as upright, with no finding on its rows' cells (was:
    “没有找到表三”, every figure a placeholder, a note on each short line)."""
    source = _turned_copy(tmp_path)
    assert "\n（一）予以公开\t（二）部分公开" in source.read_text(encoding="utf-8")  # the input is as meant
    result = imported(source, tmp_path, PLUGINS)
    assert [f.message for f in result.findings if f.rule in ("tables", "cells", "totals")] == []
    assert data_of(result)["tables"]["applications"] == expected["tables"]["applications"]


def _groups_swapped(lines: list[str]) -> list[str]:
    """The head's third line with （四）无法提供's rows before （三）不予公开's."""
    k = next(k for k, line in enumerate(lines) if line.startswith("1.属于国家秘密"))
    cells = lines[k].split("\t")
    lines[k] = "\t".join(cells[8:11] + cells[:8] + cells[11:])
    return lines


def _figure_lost(lines: list[str]) -> list[str]:
    """The 科研机构 row with one figure fewer."""
    k = next(k for k, line in enumerate(lines) if line.startswith("科研机构"))
    lines[k] = lines[k].removesuffix("\t0")
    return lines


@pytest.mark.parametrize("change", [_groups_swapped, _figure_lost], ids=["rows-out-of-their-group", "a-figure-lost"])
def test_a_text_copy_of_table_three_transposed_that_tells_no_row(tmp_path, change):
    """Where the head's rows are not in their groups' order, or a row has a figure more or fewer, which row a figure
    is in is not known: no figure is read by guess, the table is said unread, as 表三 printed so (was: said to be no
    statistics table)."""
    result = imported(_turned_copy(tmp_path, change), tmp_path, PLUGINS)
    assert {(f.place, f.message[:11]) for f in result.findings if f.rule == "tables"} == {
        ("第 21 行起的表格", "这个表格像是转置的表三"),
        ("正文", "没有找到表三"),
    }
    assert not [value for value in _leaves(data_of(result)["tables"]["applications"]) if isinstance(value, int)]
