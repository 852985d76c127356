"""A clerk's tables 二, 三 and 四 made one Word table, each part's heading a row across it, printed to PDF by
LibreOffice: the PDF reader reads it as the three tables it is (each in its own columns), every figure in its cell
and ``check`` finding nothing the report does not have. The inputs are examples/sample-2021.yaml's DOCX, changed."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from reportkit.cli import cli

from _import_helpers import SOFFICE, data_of, imported, libreoffice_pdf, word_xml

pytestmark = pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice")


def _one_table(plain: Path, folder: Path) -> Path:
    """``plain`` with tables 三 and 四 moved into table 二, each after a row across it holding its part's heading (the
    paragraphs between the tables gone): one ruled table of 4, then 10, then 15 columns."""
    document = docx.Document(str(plain))
    first, *others = [table._tbl for table in document.tables[:3]]
    for tbl in others:
        between = []
        node = tbl.getprevious()
        while node is not None and node is not first:
            between.append(node)
            node = node.getprevious()
        heading = next(p for p in reversed(between) if "".join(t.text or "" for t in p.iter(qn("w:t")))[:2] in
                       ("三、", "四、"))
        text = "".join(t.text or "" for t in heading.iter(qn("w:t")))
        first.append(word_xml(f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="4"/></w:tcPr>'
                              f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p></w:tc></w:tr>'))
        for tr in tbl.findall(qn("w:tr")):
            first.append(tr)
        for node in between + [tbl]:
            node.getparent().remove(node)
    folder.mkdir()
    target = folder / "one-table.docx"
    document.save(str(target))
    assert len(docx.Document(str(target)).tables) == 1
    return target


def test_tables_made_one_read_as_three(plain, tmp_path):
    """Every figure of tables 二, 三 and 四 comes back to its cell, as from the DOCX, with no finding of the cells."""
    source, expected = plain
    printed = libreoffice_pdf(_one_table(source, tmp_path / "one"))
    result = imported(printed, printed.parent)
    data = data_of(result)
    assert data["tables"] == expected["tables"]
    assert not [f.message for f in result.findings if "表二" in f.message or "表三" in f.message
                or "表四" in f.message]


def test_tables_made_one_checked_without_false_findings(plain, tmp_path):
    """``check`` of that PDF finds no 勾稽关系 error: none is in the report."""
    printed = libreoffice_pdf(_one_table(plain[0], tmp_path / "one"))
    result = CliRunner().invoke(cli, ["check", str(printed)])
    assert result.exit_code == 0, result.output
    assert "未发现问题" in result.output
    assert "（R1）" not in result.output
