"""DOCX shapes of clerks' files (Word's numbering, tables and layouts) the DOCX reader misread: a table column deleted
as a tracked change (w:cellDel on each of its cells) was read as a column of the table (表四 had 16 figures a row and
was left out), a list level that Word restarts only after a level higher up (w:lvlRestart) or never counted again
from 1, a number Word sets as hidden text was read, and a title's text box placed from the page (not from its
paragraph) over the first paragraph was read after that paragraph, which was left out. Each file is reportkit's own
rendering of examples/sample-2021.yaml with the change made, imported beside the plain one."""
from __future__ import annotations

import pytest
from _import_helpers import changed_docx, paragraph_starting, word_xml
from docx.oxml.ns import qn
from test_import_docx_word_numbering import ITEMS, _listed, _numbering

from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
CELL_DEL = '<w:cellDel w:id="{}" w:author="科员" w:date="2024-01-20T09:00:00Z"/>'


def _deleted_cell(text: str, merge: str, n: int):
    """A cell a tracked change deleted (its column deleted in Word or LibreOffice with 修订 on): ``text`` still in it."""
    return word_xml(f'<w:tc><w:tcPr><w:tcW w:w="600" w:type="dxa"/>{merge}{CELL_DEL.format(90 + n)}</w:tcPr>'
                    f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>')


def _column_deleted_inside(document):
    """表四 with a column 撤回 deleted between 结果纠正 and 其他结果: under 行政复议, which spans it."""
    table = document.tables[2]._tbl
    rows = table.findall(qn("w:tr"))
    rows[0].find(f"{qn('w:tc')}/{qn('w:tcPr')}/{qn('w:gridSpan')}").set(qn("w:val"), "6")
    for n, (row, text, merge) in enumerate(zip(rows[1:], ["撤回", "", "3"],
                                              ['<w:vMerge w:val="restart"/>', "<w:vMerge/>", ""])):
        row.findall(qn("w:tc"))[2].addprevious(_deleted_cell(text, merge, n))
    table.find(qn("w:tblGrid")).findall(qn("w:gridCol"))[2].addprevious(word_xml('<w:gridCol w:w="600"/>'))


def _column_deleted_last(document):
    """表四 with a column 备注 deleted after its last one."""
    table = document.tables[2]._tbl
    for n, row in enumerate(table.findall(qn("w:tr"))):
        merge = '<w:vMerge w:val="restart"/>' if n == 0 else "<w:vMerge/>" if n < 3 else ""
        row.append(_deleted_cell("备注" if n == 0 else "" if n < 3 else "3", merge, n))
    table.find(qn("w:tblGrid")).append(word_xml('<w:gridCol w:w="600"/>'))


@pytest.mark.parametrize("change", [_column_deleted_inside, _column_deleted_last], ids=["inside", "last"])
def test_a_column_deleted_as_a_tracked_change_is_no_column(tmp_path, plain, change):
    """Word shows a deleted column's cells struck through until the change is accepted; the import reads the report
    as accepted, as it does a deleted row: 表四 was read with 16 figures a row and left out with a note."""
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]


def _two_levels(document, second: str):
    """The list ① 1. (decimalEnclosedCircle, decimal; ``second``: more of level 2's w:lvl) on items in part 五."""
    _numbering(document, '<w:abstractNum w:abstractNumId="11"><w:multiLevelType w:val="multilevel"/>'
               '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/>'
               '<w:lvlText w:val="%1"/></w:lvl>'
               f'<w:lvl w:ilvl="1"><w:start w:val="1"/>{second}<w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>'
               '</w:lvl></w:abstractNum>', '<w:num w:numId="21"><w:abstractNumId w:val="11"/></w:num>')


def _items(document, levels: list[int]) -> None:
    """:data:`ITEMS`' sentences as items of list 21 at ``levels`` after 一是部分科室…"""
    _listed(document, "一是部分科室", [ITEMS[n % 3] for n in range(len(levels))], [21] * len(levels))
    items = [p for p in document.paragraphs if p._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None]
    for paragraph, level in zip(items, levels):
        paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:ilvl')}").set(qn("w:val"), str(level))


@pytest.mark.parametrize("restart, shown", [("0", ["①", "1.", "2.", "②", "3."]), ("1", ["①", "1.", "2.", "②", "1."])])
def test_a_level_restarts_as_its_lvl_restart_says(tmp_path, plain, restart, shown):
    """w:lvlRestart 0: the level never starts again (Word goes on 3. after ②; it was read as 1.); 1, the default for a
    second level: after the first."""
    def change(document):
        _two_levels(document, f'<w:lvlRestart w:val="{restart}"/>')
        _items(document, [0, 1, 1, 0, 1])
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    problems = plain[1]["sections"]["problems"]
    assert data["sections"]["problems"][0]["content"] == problems[0]["content"] + [
        number + ITEMS[n % 3] for n, number in enumerate(shown)]


def test_a_number_set_as_hidden_text_is_not_read(tmp_path, plain):
    """A level whose number is hidden text (w:lvl/w:rPr/w:vanish, a template's way to number paragraphs unseen): Word
    shows the items without it, and they were read with 1. 2. glued before their text."""
    def change(document):
        _two_levels(document, "")
        lvl = document.part.numbering_part.element.find(f"{qn('w:abstractNum')}/{qn('w:lvl')}[@{qn('w:ilvl')}='1']")
        lvl.append(word_xml("<w:rPr><w:vanish/></w:rPr>"))
        _items(document, [0, 1, 1])
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    problems = plain[1]["sections"]["problems"]
    assert data["sections"]["problems"][0]["content"] == problems[0]["content"] + ["①" + ITEMS[0], *ITEMS[1:3]]


_WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
#: A title's text box placed from the page, the text area (margin), in the top margin, or at the top of one, in a
#: drawing (wp:positionV) or a VML shape: {paragraphs} its paragraphs.
_PLACED = {
    "drawing-page": ('<wp:positionV relativeFrom="page"><wp:posOffset>1000000</wp:posOffset></wp:positionV>', ""),
    "drawing-margin": ('<wp:positionV relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionV>', ""),
    "drawing-top-margin": ('<wp:positionV relativeFrom="topMargin"><wp:posOffset>200000</wp:posOffset></wp:positionV>',
                           ""),
    "drawing-aligned": ('<wp:positionV relativeFrom="margin"><wp:align>top</wp:align></wp:positionV>', ""),
    "vml-page": ("", "margin-top:60pt;mso-position-vertical-relative:page"),
    "vml-top-margin": ("", "margin-top:10pt;mso-position-vertical-relative:top-margin-area"),
    "vml-aligned": ("", "mso-position-vertical:top;mso-position-vertical-relative:margin"),
}


def _title_box(place: str, vml: str, paragraphs: str) -> str:
    if vml:
        return (f'<w:r><w:pict><v:shape style="position:absolute;margin-left:0;width:440pt;height:70pt;z-index:1;{vml}">'
                f'<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    return (f'<w:r {_WP}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>{place}'
            '<wp:extent cx="5600000" cy="900000"/><wp:wrapTopAndBottom/><wp:docPr id="9" name="文本框 9"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>'
            f'<w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></w:r>')


@pytest.mark.parametrize("shape", _PLACED)
def test_a_title_box_placed_from_the_page_over_the_first_paragraph(tmp_path, plain, shape):
    """A clerk's title in a text box anchored in the report's first paragraph (here its first heading, the preamble
    left out) and placed from the page or its text area, or aligned at its top (Word's 位置→顶端居中): the box is on
    the page ahead of that paragraph, but was read after it, and the heading 一、总体情况 was left out as text before
    the title (part 一 not found)."""
    def change(document):
        title = document.paragraphs[0]
        lines = "".join(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>{line}</w:t></w:r></w:p>'
                        for line in title.text.split("\n"))
        for paragraph in document.paragraphs[:3]:  # the title and reportkit's preamble
            paragraph._p.getparent().remove(paragraph._p)
        document.paragraphs[0]._p.insert(1, word_xml(_title_box(*_PLACED[shape], lines)))

    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == {key: value for key, value in plain[1].items() if key != "contact"}  # the preamble gave it


def test_a_box_placed_far_down_the_first_page_stays_after_the_paragraph(tmp_path, plain):
    """A box placed from the page well below where the first paragraph starts is read after that paragraph."""
    def change(document):
        first = paragraph_starting(document, "一、总体情况")
        first._p.insert(1, word_xml(_title_box(
            '<wp:positionV relativeFrom="page"><wp:posOffset>4000000</wp:posOffset></wp:positionV>', "",
            "<w:p><w:r><w:t>专栏信息每日更新。</w:t></w:r></w:p>")))
        for paragraph in document.paragraphs[:3]:
            paragraph._p.getparent().remove(paragraph._p)

    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    overview = plain[1]["sections"]["overview"]
    assert data["sections"]["overview"] == ["专栏信息每日更新。", *overview]
