"""Tables 二, 三 and 四 a clerk made one Word table, the headings of parts 三 and 四 set as rows across it: each
heading is its part's, each table read whole; not a row of table 二 left out with a warning ``check`` counts."""
from __future__ import annotations

import copy

from _import_helpers import changed_docx, paragraph_starting
from click.testing import CliRunner
from docx.oxml.ns import qn

from reportkit.cli import cli
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()


def _one_table(document):
    """Tables 三 and 四 moved into table 二, each part's heading before them a row of one cell across the table;
    the sentence of part 三 (which a row could not hold) left out."""
    sentence = paragraph_starting(document, "本年度部分申请涉及")
    sentence._p.getparent().remove(sentence._p)
    first = document.tables[0]._tbl
    for table in document.tables[1:3]:
        heading = table._tbl.getprevious()
        while heading.tag != qn("w:p") or not "".join(t.text for t in heading.iter(qn("w:t"))).strip():
            heading = heading.getprevious()
        row = copy.deepcopy(first.findall(qn("w:tr"))[0])  # table 二's caption row: one cell across the table
        texts = list(row.iter(qn("w:t")))
        texts[0].text = "".join(t.text for t in heading.iter(qn("w:t")))
        for extra in texts[1:]:
            extra.text = ""
        first.append(row)
        for tr in table._tbl.findall(qn("w:tr")):
            first.append(tr)
        heading.getparent().remove(heading)
        table._tbl.getparent().remove(table._tbl)


def test_part_headings_set_as_rows_of_one_table_part_it(tmp_path, plain):
    result, data = changed_docx(plain[0], tmp_path, _one_table, PLUGINS)
    expected = copy.deepcopy(plain[1])
    del expected["sections"]["applications"]
    assert data == expected
    assert result.findings == []


def test_check_finds_nothing_in_tables_made_one(tmp_path, plain):
    changed_docx(plain[0], tmp_path, _one_table, PLUGINS)
    checked = CliRunner().invoke(cli, ["check", str(tmp_path / "changed.docx")])
    assert checked.exit_code == 0, checked.output
    assert "未发现问题" in checked.output
