"""reportkit's own PDFs (both engines) imported back, 表三's first row made taller than the room left on its page by a
long note in the narrow 自然人 column: the row splits over the page break, the rest of the note on the next page under
the row's label printed again. The row was read twice (“原文出现两次”) and all its figures left as placeholders; it is
read once now, its figures and its note whole."""
from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
import yaml

from reportkit.plugins import load_plugins
from reportkit.testing import render

from _import_helpers import data_of, imported

LABEL = "一、本年新收政府信息公开申请数量"
NOTE = "其中二十六件经政府网站在线平台提交，其余为当面递交或信函寄送"


def _cells(table: dict, path: tuple = ()) -> dict:
    """Each cell of ``table`` (a data file's 表三) by its keys: a figure, or a figure with its note."""
    out = {}
    for key, value in table.items():
        if isinstance(value, dict) and "value" not in value:
            out.update(_cells(value, (*path, key)))
        else:
            out[(*path, key)] = value
    return out


@pytest.fixture(scope="module")
def source() -> dict:
    data = yaml.safe_load(Path("examples/sample-2021.yaml").read_text(encoding="utf-8"))
    row = data["tables"]["applications"]["new_received"]
    row["natural_person"] = {"value": row["natural_person"], "note": NOTE}
    return data


@pytest.fixture(scope="module", params=["weasyprint", "typst"])
def read(request, source, tmp_path_factory) -> tuple[list[str], dict]:
    """Each page's text of the PDF, and the data its import wrote."""
    pdf = render(source, formats=("pdf",), engine=request.param).pdf
    folder = tmp_path_factory.mktemp(request.param)
    (folder / "report.pdf").write_bytes(pdf)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = [(page.extract_text() or "").replace(" ", "").replace("\n", "") for page in document.pages]
    return pages, data_of(imported(folder / "report.pdf", folder, load_plugins()))


def test_the_row_splits_with_its_label_on_both_pages(read):
    pages, _ = read
    first = next(n for n, text in enumerate(pages) if LABEL in text)
    assert [n for n, text in enumerate(pages) if LABEL in text] == [first, first + 1]


def test_the_split_row_is_read_once_with_its_figures_and_note(read, source):
    """Every cell of 表三 as the data file has it (the import writes the zeros and totals it leaves out)."""
    _, data = read
    written, got = _cells(source["tables"]["applications"]), _cells(data["tables"]["applications"])
    assert got[("new_received", "natural_person")] == {"value": 38, "note": NOTE}
    assert {key: got.get(key) for key in written} == written
    assert not {key: value for key, value in got.items() if key not in written and value and "total" not in key}
