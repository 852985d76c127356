"""``tables import`` and ``aggregate`` of a workbook with a sheet of a million cells (a few MB packed, far under the
100 MB unpack bound): openpyxl built every cell, half a minute and 500 MB before a word. A sheet of more than
100,000 cells is now refused at once, by its name; the tables' own sheets hold a few hundred. And a sheet's part cut
short or garbled, which ended in a traceback."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from test_bad_input_s42A2 import reportkit
from test_cli_leftovers_s42A import SAMPLE, run


#: The parts of an exported 2021 workbook: 表二, 表三, 表四, then the help sheet.
PARTS = {
    "表三": "xl/worksheets/sheet2.xml",
    "填写说明": "xl/worksheets/sheet4.xml",
    "Sheet1": "xl/worksheets/sheet5.xml",
}
#: A row of 1,000 cells as Excel writes them without their addresses.
ROW = b"<row>" + b"<c><v>1</v></c>" * 1000 + b"</row>"


def refusal(sheet: str, then: str) -> str:
    return (
        f"工作表“{sheet}”有超过 10 万个格（设了格式的空白格也算；统计表的工作表不到 1000 格），reportkit 读这样大的工作表"
        f"要很久，未{then}：请检查是否选错了文件；确是这个工作簿的，删去工作表“{sheet}”中不用的行、列（或删去整个不用的"
        f"工作表）后另存，再{then}"
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """The workbook of examples/sample-2021.yaml with one more sheet, Sheet1, a copy of the help sheet (its text in
    column A), listed by an absolute part name as some programs write it."""
    folder = tmp_path_factory.mktemp("exported")
    book = folder / "t.xlsx"
    assert run("tables", "export", SAMPLE, "-o", book).exit_code == 0
    with zipfile.ZipFile(book) as original:
        parts = {info.filename: original.read(info) for info in original.infolist()}
    parts[PARTS["Sheet1"]] = parts[PARTS["填写说明"]]
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"</sheets>",
        b'<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        b'name="Sheet1" sheetId="9" r:id="rIdBig"/></sheets>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdBig" Target="/xl/worksheets/sheet5.xml" Type="http://schemas.'
        b'openxmlformats.org/officeDocument/2006/relationships/worksheet"/></Relationships>',
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/worksheets/sheet5.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.worksheet+xml"/></Types>',
    )
    _write(book, parts)
    return book


def _write(book: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as packed:
        for name, part in parts.items():
            packed.writestr(name, part)


def _crowd(exported: Path, folder: Path, sheet: str, rows: bytes) -> None:
    """A copy of ``exported`` in ``folder`` as t.xlsx, ``rows`` on ``sheet`` below what it has, and x.yaml beside it."""
    with zipfile.ZipFile(exported) as original:
        parts = {info.filename: original.read(info) for info in original.infolist()}
    part = re.sub(rb'<dimension ref="[^"]*"/>', b"", parts[PARTS[sheet]]).replace(
        b"<sheetData/>", b"<sheetData></sheetData>"
    )
    parts[PARTS[sheet]] = part.replace(b"</sheetData>", rows + b"</sheetData>", 1)
    _write(folder / "t.xlsx", parts)
    shutil.copy(SAMPLE, folder / "x.yaml")


@pytest.mark.parametrize("sheet", ["填写说明", "Sheet1", "表三"], ids=["help", "other", "table"])
def test_a_sheet_of_a_million_cells_is_refused_at_once(exported, tmp_path, sheet):
    """The import took 17-55 s and 517 MB (a million cells on any sheet: the help sheet, one of the clerk's, 表三
    far below its table), and then imported or warned."""
    _crowd(exported, tmp_path, sheet, ROW * 1000)
    result = reportkit("tables", "import", "t.xlsx", "--into", "x.yaml", cwd=tmp_path, timeout=30, megabytes=1024)
    assert result.returncode == 1
    assert f"t.xlsx: error: {refusal(sheet, '导入')}" in result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "x.yaml").read_bytes() == SAMPLE.read_bytes()


def test_aggregate_leaves_out_a_unit_whose_sheet_has_a_million_cells(exported, tmp_path):
    """``aggregate`` read the workbook as long; the other units are summed."""
    _crowd(exported, tmp_path, "Sheet1", ROW * 1000)
    result = reportkit(
        "aggregate",
        "x.yaml",
        "t.xlsx",
        "-o",
        "sum.yaml",
        "--agency",
        "某县人民政府",
        cwd=tmp_path,
        timeout=30,
        megabytes=1024,
    )
    assert result.returncode == 1
    assert f"t.xlsx: error: {refusal('Sheet1', '汇总')}" in result.stderr
    assert "t.xlsx: warning: 未计入汇总：文件没有读取（原因见上）" in result.stderr
    assert "已汇总 1 个单位的统计表到 sum.yaml，不含未计入的 1 个单位" in result.stdout + result.stderr
    assert (tmp_path / "sum.yaml").is_file()
    assert "Traceback" not in result.stderr


def test_a_sheet_of_a_clerk_s_own_with_many_long_cells_is_imported(exported, tmp_path):  # guard: bytes are not cells
    """20,000 cells of long text (over 1 MB, so counted) and a ``<cols>`` list are far under the bound."""
    text = "本行为单位自行记录的备注内容，不属于统计表。" * 2
    rows = b"".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{text}</t></is></c></row>'.encode() for n in range(2, 20_002)
    )
    _crowd(exported, tmp_path, "Sheet1", rows)
    with zipfile.ZipFile(tmp_path / "t.xlsx") as book:
        assert book.getinfo(PARTS["Sheet1"]).file_size > 1024**2
    result = reportkit("tables", "import", "t.xlsx", "--into", "x.yaml", cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "万个格" not in result.stderr
    assert "t.xlsx: warning: 工作表“Sheet1”未导入" in result.stderr


@pytest.mark.parametrize("prefix", [b"", b"x:"], ids=["plain", "prefixed"])
def test_cells_are_counted_across_the_chunks_a_part_is_unpacked_in(prefix):
    """A part of 1.3 MB is read a megabyte at a time: a cell cut at the chunk's end is counted once; ``<col>`` and
    ``<cols>`` are no cells; a namespace's prefix (``<x:c>``, the OpenXML SDK's) is one."""
    from reportkit.tables.workbook import _cells_over

    cell = b'<%sc r="B7" s="3"><%sv>12</%sv></%sc>' % (prefix, prefix, prefix, prefix)
    part = b'<cols><col min="1" max="2"/></cols><sheetData>' + b"<row>" + cell * 40_000 + b"</row></sheetData>"
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("s.xml", part)
    with zipfile.ZipFile(packed) as archive:
        assert archive.getinfo("s.xml").file_size > 1024**2
        assert not _cells_over(archive, "s.xml", 40_000)
        assert _cells_over(archive, "s.xml", 39_999)


def _damaged(exported: Path, folder: Path, damage: str) -> None:
    """``exported`` as t.xlsx in ``folder`` with 表三's part cut short (``cut``: a download broken off, a program that
    crashed while saving) or 40 bytes of its packed data overwritten (``flipped``), and x.yaml beside it."""
    if damage == "cut":
        with zipfile.ZipFile(exported) as original:
            parts = {info.filename: original.read(info) for info in original.infolist()}
        parts[PARTS["表三"]] = parts[PARTS["表三"]][:-300]
        _write(folder / "t.xlsx", parts)
    else:
        data = bytearray(exported.read_bytes())
        with zipfile.ZipFile(exported) as original:
            info = original.getinfo(PARTS["表三"])
        at = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 100
        data[at : at + 40] = b"\x00\xff" * 20
        (folder / "t.xlsx").write_bytes(bytes(data))
    shutil.copy(SAMPLE, folder / "x.yaml")


@pytest.mark.parametrize(("damage", "command"), [("cut", "import"), ("flipped", "import"), ("cut", "aggregate")])
def test_a_workbook_whose_sheet_is_damaged_is_refused_without_a_traceback(exported, tmp_path, damage, command):
    """A worksheet's XML cut short ended in a ParseError traceback, its packed data garbled in a zlib.error one."""
    _damaged(exported, tmp_path, damage)
    args = (
        ["tables", "import", "t.xlsx", "--into", "x.yaml"]
        if command == "import"
        else ["aggregate", "t.xlsx", "-o", "s.yaml"]
    )
    result = reportkit(*args, cwd=tmp_path, timeout=30)
    assert result.returncode == 1
    assert "t.xlsx: error: 不是可读取的 .xlsx 工作簿（文件已损坏，或是别的文件改了扩展名）" in result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "x.yaml").read_bytes() == SAMPLE.read_bytes() and not (tmp_path / "s.yaml").exists()
