"""DOCX files, web pages and PDFs that stopped the import with an internal error or were read wrongly, found by
importing thousands of copies of the examples as rendered, each changed at random as published files differ (figures
mistyped, rows and paragraphs dropped or doubled, merged cells split, tables split or emptied, headings renumbered …):
each is read as far as it can be, and what cannot be is said. The agencies, sentences and figures are made up."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from _import_helpers import changed_docx, data_of, imported, paragraph_starting, render_source, word_xml

from reportkit.importers.docx import read as read_docx
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


def test_a_long_heading_and_a_long_figure_are_written_as_read(tmp_path, plain):
    """A figure of 170 digits (a key held down) in table 三 stopped the import writing the data (“'int' object is not
    iterable”), and a heading too long for its key's line (a paragraph run into it) was written as a list of its
    characters. Each stands on its key's line, and the data's check says what is wrong with it."""
    heading = "（一）主动公开，" + "按照条例的规定做好相关工作" * 12

    def change(document):
        cell = next(c for row in document.tables[1].rows for c in row.cells if c.text == "38")
        cell.paragraphs[0].runs[0].text = "3" * 170
        paragraph = paragraph_starting(document, "（一）")
        for run in paragraph.runs[1:]:
            run._r.getparent().remove(run._r)
        paragraph.runs[0].text = heading
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert data["sections"]["overview"][1]["heading"] == heading.removeprefix("（一）")
    assert data["tables"]["applications"]["new_received"]["natural_person"] == int("3" * 170)
    assert [d.message for d in result.diagnostics if "170 位" in d.message] == \
        ["tables.applications.new_received.natural_person：这个数有 170 位，不可能这么多：请核对（最多 9 位）"]


def test_a_2008_tables_count_past_28_digits_is_read_and_said(tmp_path):
    """A 2008 report's table with a count of 30 digits (a key held down) stopped the import: “DivisionImpossible”,
    where it told a whole number from a fraction. It is read as written, and the data's check says it cannot be."""
    result, data = _document(tmp_path, ["某县林业局关于2009年政府信息公开工作的报告", "一、概述", "我局按条例做好公开工作。",
                                        "二、依申请公开政府信息的情况"],
                             lambda document: _table(document, [["项目", "件数"], ["收到政府信息公开申请", "3" * 30],
                                                                ["答复政府信息公开申请", "2"]]))
    assert data["sections"]["applications"]["figures"]["received"] == int("3" * 30)
    assert [d.message for d in result.diagnostics if "received" in d.message] == \
        ["sections.applications.figures.received：这个数有 30 位，不可能这么多：请核对（最多 9 位）"]


def test_a_count_with_a_fraction_in_table_three_is_read_as_written(tmp_path, plain):
    """A count of table 三 typed 38.5 (a copy's slip) was read as 38 and nothing said, the 总计 still adding up. It
    is read as written, and the data's check says it is no whole number."""
    def change(document):
        next(c for row in document.tables[1].rows for c in row.cells if c.text == "38").paragraphs[0].runs[0].text = "38.5"
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert data["tables"]["applications"]["new_received"]["natural_person"] == 38.5
    assert [d.message for d in result.diagnostics] == \
        ["tables.applications.new_received.natural_person：应为整数，不能有小数，实际为“38.5”"]


def test_word_numbering_with_a_level_or_start_no_number_counts_from_one(tmp_path):
    """Word's numbering whose w:start or w:ilvl is no number (一, x: a converter's slip; Word writes digits) stopped
    the import: “invalid literal for int()”. A start no number counts from 1, a level Word has none of numbers no
    paragraph: the parts' headings read 一、 二、 as Word shows them."""
    def change(document):
        numbering = document.part.numbering_part.element
        numbering.insert(0, word_xml('<w:abstractNum w:abstractNumId="70"><w:lvl w:ilvl="0"><w:start w:val="一"/>'
                                     '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
                                     '<w:lvl w:ilvl="x"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                                     '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
        numbering.append(word_xml('<w:num w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
        for paragraph in document.paragraphs:
            if paragraph.text in ("总体情况", "主动公开政府信息情况"):
                paragraph._p.get_or_add_pPr().append(word_xml('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="70"/>'
                                                              '</w:numPr>'))
    result, data = _document(tmp_path, ["某县林业局2023年政府信息公开工作年度报告", "总体情况", "我局按条例主动公开林业信息。",
                                        "主动公开政府信息情况", "本年度没有新制发规章。"], change)
    assert [item.text for item in read_docx(tmp_path / "report.docx").items][1:4:2] == ["一、总体情况", "二、主动公开政府信息情况"]
    assert data["sections"]["overview"] == ["我局按条例主动公开林业信息。"]
    assert data["sections"]["active_disclosure"] == ["本年度没有新制发规章。"]


def test_a_cell_of_0_over_another_figure_is_no_figure(tmp_path, plain):
    """A cell of table 二 holding 0 and under it, a paragraph of its own, 787 (a figure moved in with a row merged) was
    read as 787, thousands parted by a space (“0 787”), and nothing said: no sum checks table 二. No number starts
    with a group of 0: the cell is said as no figure, two lines of digits (test_import_silent_reads_s52B)."""
    def change(document):
        paragraph = next(c for row in document.tables[0].rows for c in row.cells if c.text == "0").paragraphs[0]
        paragraph._p.addnext(word_xml("<w:p><w:r><w:t>787</w:t></w:r></w:p>"))
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert [(f.place, f.message) for f in result.findings] == \
        [("第 1 个表格第 3 行", "表二“规章”“本年制发件数”：一格里分行写了“0”“787”，是两个数字还是一个数字拆成了两行，看不出，"
                               "未导入：请按原始台账填写这一格")]
    assert data["tables"]["active_disclosure"]["regulations"]["issued"] == "【请填写：表二“规章”“本年制发件数”（原文：0／787）】"


def test_a_row_the_cells_above_cover_whole_is_written(tmp_path):
    """A table kept in a 2008 report's text whose last row the cells above cover whole (each merged down into it, as
    a table in a cell printed to PDF reads) stopped the import writing the data: “list index out of range”. The row
    is written as ``[]``, and the data validates."""
    def change(document):
        _table(document, [["类别", "说明", "备注"], ["林权", "按月更新", "无"], ["", "", ""]])
        for i, row in enumerate(document.tables[-1].rows[1:]):
            for cell in row.cells:
                cell._tc.get_or_add_tcPr().append(word_xml(f'<w:vMerge w:val="{"restart" if i == 0 else "continue"}"/>'))
        document.add_paragraph("三、依申请公开政府信息的情况")
        document.add_paragraph("本年度未收到申请。")
    result, data = _document(tmp_path, ["某县林业局关于2009年政府信息公开工作的报告", "一、概述", "我局按条例做好公开工作。",
                                        "二、主动公开政府信息的情况", "全年公开林业信息情况如下。"], change)
    assert data["sections"]["active_disclosure"]["content"][1]["rows"] == \
        [[{"text": text, "rowspan": 2} for text in ("林权", "按月更新", "无")], []]
    assert result.ok and not result.diagnostics


@pytest.fixture(scope="module")
def report_2008(tmp_path_factory) -> Path:
    """examples/mianyang-2009.yaml rendered to DOCX: a 2008 report with its 类别｜条数｜占比 table."""
    return render_source(Path("examples/mianyang-2009.yaml"), "docx", tmp_path_factory.mktemp("report2008"), PLUGINS)


def _kept_2008(tmp_path, report_2008, column: int, texts: list[str]) -> list:
    """The 2008 report with the cell of 法规公文类信息's row in ``column`` holding ``texts`` (a paragraph each), imported:
    its 主动公开 part read only 历年累计 from the table, and kept the table in the text as printed: that row of it."""
    def change(document):
        cell = document.tables[0].rows[3].cells[column]
        cell.paragraphs[0].runs[0].text = texts[0]
        for text in texts[1:]:
            cell._tc.append(word_xml(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"))
    result, data = changed_docx(report_2008, tmp_path, change, PLUGINS)
    section = data["sections"]["active_disclosure"]
    assert section["figures"] == {"cumulative": 3627}
    table = section["content"][-1]["content"][-1]  # under the part's last heading, where it was printed
    assert table["columns"] == ["类别", "条数", "占本年度总数的比例"]
    assert "“主动公开政府信息情况”的 figures 是从正文的表格里读出的，原表仍留在正文中" in result.imported.notes[0]
    return table["rows"][2]


def test_a_2008_table_with_a_share_mistyped_stays_in_the_text(tmp_path, report_2008):
    """A 2008 report's 类别｜条数｜占比 table with a share mistyped (abc for 20.9%) read only its last row (历年累计) and
    left the table out: its categories, their counts and the year's total were gone, and nothing said. Its rows with
    a count before a share no figure reads are numbers not understood: the table stays in the text as printed."""
    assert _kept_2008(tmp_path, report_2008, 2, ["abc"]) == ["法规公文类信息", 188, "abc"]


def test_a_2008_tables_name_with_a_figure_in_its_cell_is_no_name(tmp_path, report_2008):
    """A category's name cell of the 2008 report's own table holding a figure (65.9; 57 a paragraph under the name: a
    row's figure moved in) was read as the category's name, “65.9”, “法规公文类信息 57”. The table stays in the text."""
    assert _kept_2008(tmp_path, report_2008, 0, ["65.9"]) == ["65.9", 188, "20.9%"]
    assert _kept_2008(tmp_path, report_2008, 0, ["法规公文类信息", "57"]) == ["法规公文类信息 57", 188, "20.9%"]


def test_a_2008_tables_name_of_a_mark_alone_is_no_name(tmp_path, report_2008):
    """A category's name cell holding a mark alone (/, —: the name left out) was read as the category “/” by the reading
    of other 类别｜条数 tables (figures2008.list_tables._list_rows) once that of reportkit's own refused it. The table stays in the
    text."""
    assert _kept_2008(tmp_path, report_2008, 0, ["/"]) == ["/", 188, "20.9%"]
    assert _kept_2008(tmp_path, report_2008, 0, ["—"]) == ["—", 188, "20.9%"]


def test_a_2008_heading_numbered_in_no_count_is_said(tmp_path, report_2008):
    """A 2008 report's heading numbered （十十） (its part read by nest_tables) was printed again as （二）, nothing said."""
    def change(document):
        paragraph = paragraph_starting(document, "（二）丰富公开方式")
        for run in paragraph.runs:
            run.text = run.text.replace("（二）", "（十十）")
    result, data = changed_docx(report_2008, tmp_path, change, PLUGINS)
    assert [f.message for f in result.findings if "（十十）" in f.message] == [
        "小标题“（十十）丰富公开方式，提高公开实效”的编号“（十十）”不是序号的写法，已按它所在的位置导入，重新排版时编为“（二）”：请核对原件"]
