"""What Word, WPS and converters leave in a published DOCX beyond paragraphs and tables: tracked changes, text boxes in
cells, a table in a table's cell, fields, content controls, special characters, headers, footnotes, embedded objects.
Each file is reportkit's own rendering of a report with one such thing put in (raw XML where python-docx has no
call for it), imported beside the plain one: it must give the same data, or say in a finding what was not read."""
from __future__ import annotations

import csv

import docx
import pytest
from _import_helpers import WORD_NS, changed_docx, paragraph_starting, word_xml
from click.testing import CliRunner
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from reportkit.cli import cli
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()


def _cell(document, text: str):
    """The cell of table 三 (the second table) holding ``text`` alone, its first in document order."""
    return next(c for row in document.tables[1].rows for c in row.cells if c.text == text)


def test_tracked_changes_count_as_accepted_and_comments_are_no_text(tmp_path, plain):
    """Text a tracked change deleted is no text, though a converter kept it in w:t rather than w:delText (in a
    sentence, and an old figure beside the new one in a cell); inserted and moved-in text is. Before, the deleted
    words stayed in the sentence and the cell read 938 for 38."""
    def change(document):
        run = paragraph_starting(document, "全年作出行政处罚决定")._p.find(qn("w:r"))
        run.addprevious(word_xml('<w:commentRangeStart w:id="0"/>'))
        run.addprevious(word_xml('<w:del w:id="1" w:author="审核"><w:r><w:t>上半年</w:t></w:r></w:del>'))
        run.addprevious(word_xml('<w:del w:id="2" w:author="审核"><w:r><w:delText>年中</w:delText></w:r></w:del>'))
        run.addprevious(word_xml('<w:ins w:id="3" w:author="审核"><w:r><w:t>本年度</w:t></w:r></w:ins>'))
        run.addnext(word_xml('<w:r><w:commentReference w:id="0"/></w:r>'))
        run.addnext(word_xml('<w:commentRangeEnd w:id="0"/>'))
        figure = _cell(document, "38").paragraphs[0]._p
        figure.find(qn("w:r")).addprevious(word_xml('<w:del w:id="4" w:author="审核"><w:r><w:t>9</w:t></w:r></w:del>'))
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    penalty = data["sections"]["overview"][1]["content"][2]["content"]
    assert penalty == ["本年度全年作出行政处罚决定37件，均在决定作出后7个工作日内公开。"]
    assert data["tables"] == plain[1]["tables"]


_BOXED = ('<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
          '<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>'
          '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
          '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>')


def test_a_figure_in_a_text_box_in_a_cell_is_read_once(tmp_path, plain):
    """A text box keeps its text twice (for new and old readers): in a cell both copies were read, 38 as 3838."""
    def change(document):
        run = _cell(document, "38").paragraphs[0].runs[0]
        run.text = ""
        run._r.append(word_xml(f"<w:r>{_BOXED.format(text='38')}</w:r>")[0])
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]


def test_a_table_of_figures_with_a_table_in_a_cell_is_still_a_table(tmp_path, plain):
    """WPS, pasting a cell, may put a one-cell table inside it: table 三's 申请人情况 head was such a cell. Before,
    any table holding a table was taken for a page's layout and dissolved into paragraphs: 表三 not found."""
    def change(document):
        cell = _cell(document, "申请人情况")._tc
        inner = parse_xml(f'<w:tbl {WORD_NS}><w:tblPr/><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:tc>'
                          '<w:tcPr/></w:tc></w:tr></w:tbl>')
        for p in cell.findall(qn("w:p")):
            inner.find(f"{qn('w:tr')}/{qn('w:tc')}").append(p)
        cell.append(inner)
        cell.append(word_xml("<w:p/>"))  # a cell ends in a paragraph
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]


def test_a_non_breaking_hyphen_and_symbols_are_their_characters(tmp_path, plain):
    """Word's non-breaking hyphen (w:noBreakHyphen) and an inserted symbol (w:sym) are elements, not text: the phone
    number read 00001234567, and a Symbol × or a Wingdings tick was lost. A picture font's sign with no character
    of its own is a finding naming the paragraph."""
    def change(document):
        paragraph = paragraph_starting(document, "本报告的电子版")
        for run in paragraph.runs:
            if "0000-1234567" in run.text:
                before, after = run.text.split("0000-1234567")
                run.text = before + "0000"
                for element in ("<w:noBreakHyphen/>", "<w:softHyphen/>", f"<w:t>1234567{after}</w:t>"):
                    run._r.append(word_xml(element))
        run = paragraph_starting(document, "全年作出行政处罚决定").runs[-1]._r
        for element in ('<w:sym w:font="Symbol" w:char="F0B4"/>', '<w:sym w:font="Wingdings" w:char="F0FC"/>',
                        '<w:sym w:font="Wingdings" w:char="F04A"/>'):
            run.append(word_xml(element))
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert data["contact"]["phone"] == "0000-1234567"
    penalty = data["sections"]["overview"][1]["content"][2]["content"]
    assert penalty == ["全年作出行政处罚决定37件，均在决定作出后7个工作日内公开。×✓"]
    assert [(f.place, f.message) for f in result.findings] == [
        ("第 11 段", "Wingdings 字体的符号（F04A）读不出，未导入：请核对原文，需要的改用文字写")]


def _footnotes(document, text: str) -> None:
    """A footnotes part holding one note of ``text`` (id 1, after Word's separators)."""
    xml = (f'<w:footnotes {WORD_NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f'</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>{text}</w:t></w:r>'
           '</w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, xml.encode(), document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _with_unreadable(document) -> None:
    """An Excel sheet embedded after the 依申请公开 sentence, a web page put in as an altChunk after the penalty
    sentence, a footnote on the 信息管理 sentence; the agency's name in the header, the page number in the footer."""
    run = paragraph_starting(document, "全年新收").runs[-1]._r
    run.addnext(word_xml('<w:r><w:object><v:shape><v:imagedata r:id="rId1"/></v:shape>'
                     '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" r:id="rId1"/></w:object></w:r>'))
    paragraph_starting(document, "全年作出行政处罚决定")._p.addnext(word_xml('<w:altChunk r:id="rId1"/>'))
    _footnotes(document, "三级审查自2023年3月起实行。")
    paragraph_starting(document, "对拟公开的文件").runs[-1]._r.addnext(word_xml('<w:r><w:footnoteReference w:id="1"/></w:r>'))
    section = document.sections[0]
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "某县自然资源局"
    footer = section.footer.paragraphs[0]
    footer.text = ""
    footer._p.append(word_xml('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


_UNREAD = [
    ("第 11 段后", "这里嵌入的另一个文件（altChunk）的内容未导入：请用 Word 打开后另存为 .docx（Word 把它并进正文）再导入"),
    ("第 13 段", "嵌入的Excel对象里的内容未导入（导入只读文字和表格）：请在 Word 里把它的内容复制为表格或文字再导入"),
    ("第 15 段", "脚注“三级审查自2023年3月起实行。”未导入：要保留的，请写进正文"),
]


def test_embedded_content_and_footnotes_are_findings_and_headers_no_text(tmp_path, plain):
    """An embedded object, an altChunk and a footnote were lost without a word; now each is a finding naming its
    paragraph. The header's agency name and the footer's page number are not body text (as before)."""
    result, data = changed_docx(plain[0], tmp_path, _with_unreadable, PLUGINS)
    assert [(f.place, f.message) for f in result.findings] == _UNREAD
    assert data == plain[1]


def test_check_lists_what_was_not_read_as_warnings(tmp_path, plain):
    document = docx.Document(str(plain[0]))
    _with_unreadable(document)
    source = tmp_path / "报告.docx"
    document.save(str(source))
    report = tmp_path / "check.csv"
    result = CliRunner().invoke(cli, ["check", str(source), "--report", str(report)])
    with report.open(encoding="utf-8-sig") as f:
        rows = [(r["rule"], r["severity"], r["place"], r["message"]) for r in csv.DictReader(f)
                if r["rule"] == "import-unread"]
    assert rows == [("import-unread", "warning", place, message) for place, message in _UNREAD], result.output


def test_fields_content_controls_breaks_and_smart_tags_read_as_shown(tmp_path, plain):
    """Only a field's result is text (a hyperlink's, a date's), not its code; a paragraph, a cell and a phrase
    wrapped in content controls, smart tags or custom XML are read, a run of full-width spaces before a paragraph is
    its indent, a page break inside a sentence does not part it: the data is the plain file's. Before, that page
    break read as a space (申请 48件)."""
    def change(document):
        date = paragraph_starting(document, "2024年1月25日")
        for run in date.runs:
            run._r.getparent().remove(run._r)
        for element in ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                        '<w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r>',
                        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', "<w:r><w:t>2024年1月25日</w:t></w:r>",
                        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'):
            date._p.append(word_xml(element))
        sentence = paragraph_starting(document, "全年新收")
        first = sentence.runs[0]._r
        tag = word_xml('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date"/>')
        first.addprevious(tag)
        tag.append(first)
        text = first.find(qn("w:t"))
        head, tail = text.text[:12], text.text[12:]
        text.text = "\u3000\u3000" + head
        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        for element in ("<w:lastRenderedPageBreak/>", '<w:br w:type="page"/>', f"<w:t>{tail}</w:t>"):
            first.append(word_xml(element))
        heading = paragraph_starting(document, "（三）政府信息管理")._p
        control = word_xml("<w:sdt><w:sdtPr/><w:sdtContent/></w:sdt>")
        heading.addprevious(control)
        control[1].append(heading)
        cell = _cell(document, "38")._tc
        custom = word_xml('<w:customXml w:element="figure"/>')
        paragraph = cell.find(qn("w:p"))
        paragraph.addprevious(custom)
        custom.append(paragraph)
        link = paragraph_starting(document, "本报告的电子版").runs[0]._r
        anchor = word_xml('<w:hyperlink r:id="rId1"/>')
        link.addprevious(anchor)
        anchor.append(link)
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]


@pytest.mark.parametrize("start, at", [("二、主动公开政府信息情况", "政府"), ("（四）政府信息公开平台建设", "平台")])
def test_a_heading_wrapped_by_hand_is_one_heading(tmp_path, plain, start, at):
    """A long heading wrapped with Shift+Enter (a soft line break): before, each line was a paragraph, the part
    heading 二、主动公开 not known and its second line taken for text."""
    def change(document):
        text = paragraph_starting(document, start).runs[0]._r.find(qn("w:t"))
        head, tail = text.text.split(at, 1)
        text.text = head
        text.addnext(word_xml(f"<w:t>{at}{tail}</w:t>"))
        text.addnext(word_xml("<w:br/>"))
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]
