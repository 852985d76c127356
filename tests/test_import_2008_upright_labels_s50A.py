"""A 2008-edition report whose own table groups its rows under labels printed upright in tall merged cells (申 / 请 /
方 / 式 down the first column: a character a line by line breaks or paragraphs, or the cell's text direction top to
bottom), exported to PDF by LibreOffice and copied with ``pdftotext -layout``: the characters are the groups' labels,
not the rows' labels' first characters, and the table reads as the DOCX's does. The agency, sentences and figures are
made up for these tests."""
from __future__ import annotations

import re
import shutil

import docx
import pytest
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from _import_helpers import SOFFICE, data_of, import_text, imported, layout_imports, word_xml

pytestmark = [pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice"),
              pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext (poppler-utils) installed")]

#: The groups of the table under 三、: each label over its rows (a name and a count).
GROUPS = [("申请方式", [("当面申请", "3"), ("网上申请", "5"), ("信函申请", "1"), ("传真申请", "0"), ("合计", "9")]),
          ("答复情况", [("同意公开", "6"), ("部分公开", "1"), ("信息不存在", "2"), ("合计", "9")])]
PARTS = [("一、概述", "水务局办公室承办公开工作，各股室每月报送一次应公开的信息。"),
         ("二、主动公开政府信息的情况", "全年在门户网站主动公开政府信息86条。"),
         ("三、依申请公开政府信息的情况", "本年度受理和答复公开申请的情况见下表。"),
         ("四、政府信息公开的收费及减免情况", "本年度没有收取检索、复制等费用。"),
         ("五、因政府信息公开申请行政复议、提起行政诉讼的情况", "本年度没有发生因公开申请引起的复议和诉讼。"),
         ("六、政府信息公开工作存在的主要问题及改进措施", "个别股室报送不够及时，明年起按月通报。")]
#: How each kind writes its labels upright (申请方式's, 答复情况's: by line breaks, paragraphs or the cell's text
#: direction), and how far down the page the table starts (the space under the paragraph before it: a page break
#: between 方 and 式).
KINDS = {"lines": (("breaks", "paragraphs"), 0), "direction": (("direction", "direction"), 0),
         "page-break": (("breaks", "paragraphs"), 430)}


def _docx(path, how: tuple[str, str], space: int) -> None:
    document = docx.Document()
    document.add_paragraph("某县水务局2011年政府信息公开工作年度报告").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for heading, text in PARTS:
        document.add_paragraph(heading)
        paragraph = document.add_paragraph(text)
        if heading.startswith("三、"):
            paragraph.paragraph_format.space_after = Pt(space)
            _table(document, how)
    for text in ("某县水务局", "2012年3月20日"):
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(str(path))


def _table(document, how: tuple[str, str]) -> None:
    """The table: 项目 over the labels and names, 件数; each group's label merged down its rows, centred."""
    table = document.add_table(rows=1 + sum(len(rows) for _, rows in GROUPS), cols=3)
    table.style = "Table Grid"
    widths = (Cm(1.2), Cm(6), Cm(3))
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths):
        column.w = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    table.cell(0, 0).merge(table.cell(0, 1)).text = "项目"
    table.cell(0, 2).text = "件数"
    r = 1
    for (label, rows), written in zip(GROUPS, how):
        for name, count in rows:
            table.cell(r, 1).text, table.cell(r, 2).text = name, count
            r += 1
        cell = table.cell(r - len(rows), 0).merge(table.cell(r - 1, 0))
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        first = cell.paragraphs[0]
        first.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if written == "breaks":
            run = first.add_run(label[0])
            for char in label[1:]:
                run.add_break()
                run.add_text(char)
        elif written == "paragraphs":
            first.text = label[0]
            for char in label[1:]:
                cell.add_paragraph(char).alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            first.text = label
            cell._tc.get_or_add_tcPr().append(word_xml('<w:textDirection w:val="tbRlV"/>'))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Where the DOCXs, LibreOffice's PDFs of them and their copies are."""
    return tmp_path_factory.mktemp("upright")


@pytest.fixture(scope="module")
def imports(folder):
    """For each kind: the copy's lines, and the DOCX's and the copy's imports."""
    sources = {kind: folder / f"{kind}.docx" for kind in KINDS}
    for kind, source in sources.items():
        _docx(source, *KINDS[kind])
    return layout_imports(sources)


def _applications(result) -> dict:
    return data_of(result)["sections"]["applications"]


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_copy_reads_the_groups_rows_as_the_docx_does(imports, kind):
    """The characters were read into the rows (申｜当面申请｜3, or 请信函申请｜1): a table kept as it was, no figure read,
    and no finding."""
    lines, from_docx, from_copy = imports[kind]
    if kind == "page-break":  # the page breaks inside 申请方式: its last character starts the next page
        assert [line for line in lines if line.startswith("\f式") and "传真申请" in line]
    assert _applications(from_docx)["figures"]["channels"][0] == {"name": "当面申请", "count": 3}
    assert _applications(from_copy) == _applications(from_docx)
    assert from_copy.findings == from_docx.findings == []


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_label_is_the_first_cell_of_its_group_s_first_row(imports, kind):
    """The copy's rows as the text reader reads them: each group's label whole in its first row, the others' first
    cell blank (a merged cell, as a browser's copy writes it), the head's blank under 项目's span."""
    from reportkit.importers.copied import repaired

    lines = [line.replace("\f", "") for line in imports[kind][0]]
    read, _, unread = repaired(lines, True)
    start = next(k for k, line in enumerate(read) if line.startswith("项目"))
    rows = [line.split("\t") for line in read[start:] if "\t" in line]
    assert rows[0] == ["项目", "", "件数"]
    assert rows[1:] == [[label if n == 0 else "", name, count] for label, group in GROUPS
                        for n, (name, count) in enumerate(group)]
    assert unread == []


def test_characters_that_fit_no_rows_are_said_not_read_into_them(imports, tmp_path):
    """Four more characters under the table's last row (收 / 费 / 减 / 免, where no row stands beside them): the labels
    can be centred on no rows; the rows are read without them, and a finding names them."""
    lines = imports["lines"][0]
    last = max(k for k, line in enumerate(lines) if "合计" in line)
    source = tmp_path / "copy.txt"
    source.write_text("\n".join([*lines[:last + 1], " 收", " 费", " 减", " 免", *lines[last + 1:]]) + "\n", encoding="utf-8")
    result = imported(source, tmp_path)
    said = [finding for finding in result.findings if "竖排" in finding.message]
    assert len(said) == 1 and "“申请方式答复情况收费减免”" in said[0].message and "未导入" in said[0].message
    assert said[0].place == f"第 {lines.index(next(line for line in lines if line.strip() == '申')) + 1} 行"
    names = [row[0] if isinstance(row[0], str) else row[0]["text"] for item in _applications(result)["content"]
             if isinstance(item, dict) for row in item["rows"]]
    assert names == [name for _, group in GROUPS for name, _ in group]


def _glued(lines: list[str]) -> list[str]:
    """The copy's table with each upright character right against its row's label, no blank between (申网上申请),
    as the copy sets a character at the right edge of a wide first column."""
    start = next(k for k, line in enumerate(lines) if line.startswith("项目"))
    stop = max(k for k, line in enumerate(lines) if "合计" in line) + 1
    return [re.sub(r"^( *)([\u4e00-\u9fff])(?: (?=\S)|$)", r"\1 \2", line) if start < k < stop else line
            for k, line in enumerate(lines)]


def test_upright_characters_right_against_the_rows_labels_are_the_groups(imports, tmp_path):
    """申网上申请, 请信函申请, 式传真申请, 况合计: each label without its first character is a 2008 table's row label, so
    the characters are read as the groups' labels; the old reading took them into the rows' labels (申网上申请｜5)
    and read no channel or outcome, without a finding."""
    lines, from_docx, _ = imports["direction"]
    glued = _glued(lines)
    assert [line.strip().split()[0] for line in glued if re.match(r" *[申况][网合]", line)] == ["申网上申请", "况合计"]
    result, _ = import_text(tmp_path, "copy.txt", "\n".join(glued))
    assert _applications(result) == _applications(from_docx)
    assert result.findings == []


def test_a_character_right_against_a_label_not_known_is_said(imports, tmp_path):
    """A channel no 2008 table's usual label (申政务网提交): whether 申 is the group's or the row's cannot be told; one
    finding names the characters and the label, and the rows keep their text. The old reading said nothing."""
    glued = [line.replace("申网上申请", "申政务网提交") for line in _glued(imports["direction"][0])]
    result, _ = import_text(tmp_path, "copy.txt", "\n".join(glued))
    said = [finding for finding in result.findings if "竖排" in finding.message]
    assert len(said) == 1 and "“申请方式答复情况”" in said[0].message and "“申政务网提交”" in said[0].message
    assert said[0].place == f"第 {next(k for k, line in enumerate(glued) if '申政务网提交' in line) + 1} 行"
    rows = [row for item in _applications(result)["content"] if isinstance(item, dict) for row in item["rows"]]
    assert ["申政务网提交", "5"] in [[str(cell) for cell in row] for row in rows]


def test_a_copy_in_reading_order_says_its_table_is_not_read(imports, folder, tmp_path):
    """The same PDF copied in reading order (pdftotext without -layout): a cell a line, the labels' characters among
    the rows' names; the table is not read, and a finding says so (no row reads a character as its own)."""
    import subprocess

    source = tmp_path / "reading.txt"
    subprocess.run(["pdftotext", str(folder / "lines.pdf"), str(source)], check=True)
    result = imported(source, tmp_path)
    assert "figures" not in _applications(result)
    assert [finding.place for finding in result.findings if "读不成表格" in finding.message] == [
        f"第 {source.read_text(encoding='utf-8').split(chr(10)).index('项目') + 1} 行"]


def test_a_group_a_copy_writes_once_is_read_in_each_of_its_rows_as_the_docx_s(tmp_path):
    """答复情况 merged down 同意公开｜6, 部分公开｜1, 信息不存在｜1 (no 合计 under them), as a copy in text writes it (in
    its first row only) and as a DOCX has it: the DOCX's import reads the group in each row, three answered counts
    that disagree, so the count is a placeholder and a finding; the copy's gave 答复情况6件, an answered count of 6, in
    silence."""
    rows = [["项目", "", "件数"], ["申请方式", "当面申请", "3"], ["", "网上申请", "5"], ["", "合计", "8"],
            ["答复情况", "同意公开", "6"], ["", "部分公开", "1"], ["", "信息不存在", "1"]]
    paragraphs = ["某县水务局2011年政府信息公开工作年度报告", "一、概述", "水务局办公室承办公开工作，各股室每月报送一次应公开的信息。",
                  "二、依申请公开政府信息的情况", "本年度受理和答复公开申请的情况见下表。"]
    closing = ["三、政府信息公开工作存在的主要问题及改进措施", "个别股室报送不够及时，明年起按月通报。", "某县水务局", "2012年3月20日"]
    copy = tmp_path / "copy.txt"
    copy.write_text("\n".join([*paragraphs, *map("\t".join, rows), *closing]) + "\n", encoding="utf-8")
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=3)
    table.cell(0, 0).merge(table.cell(0, 1))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(1, 0).merge(table.cell(3, 0))
    table.cell(4, 0).merge(table.cell(6, 0))
    for text in closing:
        document.add_paragraph(text)
    document.save(str(tmp_path / "report.docx"))
    said = []
    for source in (copy, tmp_path / "report.docx"):
        (tmp_path / source.suffix[1:]).mkdir()
        result = imported(source, tmp_path / source.suffix[1:])
        assert "【请填写" in str(_applications(result)["figures"]["answered"])
        said.append([finding.message for finding in result.findings if "答复数" in finding.message])
    assert len(said[0]) == 1 and "“答复情况6件”" in said[0][0] and "“答复情况1件”" in said[0][0]
    assert [message.split("（")[0] for message in said[0]] == [message.split("（")[0] for message in said[1]]
