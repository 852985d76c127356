"""DOCX files, web pages and PDFs that stopped the import with an internal error or were read wrongly, found by
importing thousands of copies of the examples as rendered, each changed at random as published files differ (figures
mistyped, rows and paragraphs dropped or doubled, merged cells split, tables split or emptied, headings renumbered …):
each is read as far as it can be, and what cannot be is said. The agencies, sentences and figures are made up."""
from __future__ import annotations

import docx
from _import_helpers import data_of, imported, word_xml

from reportkit.plugins import load_plugins

PLUGINS = load_plugins()


def _document(folder, lines: list[str], change=None):
    """A DOCX of ``lines`` (a paragraph each) made by python-docx, ``change(document)`` made, imported."""
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if change:
        change(document)
    source = folder / "report.docx"
    document.save(str(source))
    result = imported(source, folder, PLUGINS)
    return result, data_of(result)


def _table(document, rows: list[list[str]]) -> None:
    """A table of ``rows`` at the end of a python-docx ``document``."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text


OPENING = ["某县林业局2023年政府信息公开工作年度报告", "一、总体情况"]


def test_a_heading_numbered_with_no_count_is_read_as_a_heading(tmp_path):
    """A heading numbered （十十） (一二, a numeral doubled in the copy) after its sibling （一） stopped the import: “unsupported
    operand type(s) for -: 'NoneType' and 'int'”. Its number is none the import reads; the heading is read under
    its text, numbered on in the data as printed."""
    result, data = _document(tmp_path, [*OPENING, "（一）主动公开", "我局按条例主动公开林业信息。", "（十十）丰富公开方式",
                                        "开通林业公开专栏一个。", "二、主动公开政府信息情况", "本年度没有新制发规章。"])
    assert data["sections"]["overview"] == [{"heading": "主动公开", "content": ["我局按条例主动公开林业信息。"]},
                                            {"heading": "丰富公开方式", "content": ["开通林业公开专栏一个。"]}]


def test_a_table_of_empty_rows_after_a_table_is_no_table(tmp_path):
    """A table whose rows hold no cell (left where Word's cells were cut away) right after a table stopped the import:
    “list index out of range”. It holds nothing and adds nothing: the table before it is said as before."""
    def change(document):
        _table(document, [["项目", "数量"], ["公开专栏", "1"]])
        document.tables[-1]._tbl.addnext(word_xml("<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w='100'/></w:tblGrid>"
                                                  "<w:tr/><w:tr/></w:tbl>"))
        document.add_paragraph("二、主动公开政府信息情况")
        document.add_paragraph("本年度没有新制发规章。")
    result, data = _document(tmp_path, [*OPENING, "我局按条例主动公开林业信息。"], change)
    assert data["sections"]["overview"] == ["我局按条例主动公开林业信息。"]
    assert [(f.place, f.message) for f in result.findings if "表格" in f.place] == \
        [("第 1 个表格", "这个表格不是表二、表三或表四，未导入")]