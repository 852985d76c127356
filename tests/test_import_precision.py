"""Three losses of precision in the importers: a PDF's contact table printed without rules (its cells ran together),
text a DOCX's tracked change moved (read at its old place too, a moved paragraph mark kept), and a heading-styled
DOCX paragraph with text typed after a Shift+Enter (the text was read as the heading's rest). Each DOCX is reportkit's
own rendering of the example report with one thing changed, the text written here."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml
from _import_helpers import changed_docx, data_of, imported, paragraph_starting, render_source, word_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from docx_pages import SOFFICE, docx_to_pdf

import reportkit.renderers.pdf as pdf_renderer
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
EXAMPLE = Path("examples/sample-2021.yaml")
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _runs_replaced(paragraph, *runs: str) -> None:
    """``paragraph``'s runs replaced by ``runs`` (XML)."""
    for run in paragraph._p.findall(qn("w:r")):
        paragraph._p.remove(run)
    for run in runs:
        paragraph._p.append(word_xml(run))


# 1. A PDF's table of text without rules ----------------------------------------------------------------------------------

def _borderless(rows) -> str:
    """``rows`` as a web page's table without borders, each cell padded (a browser's print)."""
    cells = ["".join(f'<td style="border:none;padding:2pt 8pt;text-align:left">{c}</td>' for c in row) for row in rows]
    return '<table style="border:none">' + "".join(f"<tr>{row}</tr>" for row in cells) + "</table>"


def _tab_stops(rows) -> str:
    """``rows`` as lines at the text's left edge, each cell but the last as wide as a tab stop's column (Word, WPS)."""
    return "".join('<p style="text-indent:0">' + "".join(
        f'<span style="display:inline-block;width:8em">{c}</span>' for c in row[:-1]) + row[-1] + "</p>" for row in rows)


_LAYOUTS = {
    "borderless table": (_borderless, [("局办公室", "0000-1234567", "某县人民路18号"),
                                       ("不动产登记中心", "0000-7654321", "某县人民路20号一楼大厅"),
                                       ("执法监察大队", "0000-2223334", "某县城南新区和平街6号")]),
    "tab stops": (_tab_stops, [("单位", "受理地点"), ("局办公室", "某县人民路18号三楼"),
                               ("不动产登记中心", "某县人民路20号一楼大厅"), ("执法监察大队", "某县城南新区和平街6号")]),
    "labels spaced by hand": (_tab_stops, [("地　　址：", "某县人民路18号"), ("邮政编码：", "000000"),
                                           ("联系电话：", "0000-1234567")]),
    "Latin words": (_tab_stops, [("局办公室", "Open Data Desk 1"), ("信息中心", "gov@example.cn")]),
    "a cell wrapped in its column": (_borderless, [("局办公室", "0000-1234567", "某县人民路18号"),
                                                   ("不动产登记中心", "0000-7654321", "某县城南新区和平街6号综合服务中心二楼东侧第三号窗口"),
                                                   ("执法监察大队", "0000-2223334", "某县城南新区和平街6号")]),
}


def _as_paragraph(row) -> str:
    """What a row reads as: its cells in order, a “，” between two unless the first ends in “：”, no blank between
    Chinese characters (a label's 地　　址), a space between Latin words."""
    out = ""
    for cell in row:
        out += ("" if not out or out.endswith("：") else "，") + cell.replace("　", "")
    return out


@pytest.mark.parametrize("layout", list(_LAYOUTS))
def test_a_pdf_table_of_text_without_rules_keeps_its_cells_apart(tmp_path, monkeypatch, layout):
    """A contact table printed without rules, as a browser prints a borderless table or Word sets cells by tab stops:
    each row a paragraph of the part it stands in, its cells apart, a cell wrapped over lines in its column whole
    (the browser centres the row's other cells on its lines). Before, the cells ran together (“局办公室0000-1234567
    某县…”), rows at the text's left edge were all one paragraph, and a wrapped cell's lines paragraphs of their own."""
    html_of, rows = _LAYOUTS[layout]
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    content = data["sections"]["overview"][4]["content"]
    content[:0] = ["各受理点的联系方式如下：", "｜".join(cell for row in rows for cell in row)]  # its characters in the fonts
    source = tmp_path / "contacts.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    render_html = pdf_renderer._render_html
    monkeypatch.setattr(pdf_renderer, "_render_html", lambda *args: re.sub(
        r"<p>[^\n]*?｜[^\n]*?</p>", lambda _: html_of(rows), render_html(*args), count=1))
    pdf = render_source(source, "pdf", tmp_path, PLUGINS)
    with pdfplumber.open(pdf) as document:
        page = next(p for p in document.pages if "受理点" in p.extract_text())
        assert page.lines == [] and page.rects == []  # no rules drawn
    result = imported(pdf, tmp_path, PLUGINS)
    platform = data_of(result)["sections"]["overview"][4]["content"]
    assert platform[:len(rows) + 1] == ["各受理点的联系方式如下：", *map(_as_paragraph, rows)]
    assert platform[len(rows) + 1:] == content[2:]
    assert result.findings == []


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_a_docx_s_rows_set_by_tab_stops_keep_their_cells_apart_in_its_pdf(tmp_path, plain):
    """An office engine's PDF (LibreOffice's, of a DOCX whose contact rows are set by tab stops at the text's left
    edge): each row a paragraph, its cells apart. Before, the head and the rows were one paragraph, all run together
    (“单位电话地址局办公室0000-1234567…”)."""
    rows = [("单位", "电话", "地址"), *_LAYOUTS["borderless table"][1]]
    document = docx.Document(str(plain[0]))
    anchor = paragraph_starting(document, "完成本局专栏的栏目调整")
    anchor.insert_paragraph_before("各受理点的联系方式如下：", style=anchor.style)
    for row in rows:
        line = anchor.insert_paragraph_before("\t".join(row), style=anchor.style)
        line.paragraph_format.first_line_indent = Pt(0)
        for stop in (130, 250):
            line.paragraph_format.tab_stops.add_tab_stop(Pt(stop))
    document.save(str(tmp_path / "tabs.docx"))
    pdf = docx_to_pdf(tmp_path / "tabs.docx", PLUGINS.registry.fonts, tmp_path / "office")
    result = imported(pdf, tmp_path, PLUGINS)
    platform = data_of(result)["sections"]["overview"][4]["content"]
    assert platform[:len(rows) + 2] == ["各受理点的联系方式如下：", *map(_as_paragraph, rows), anchor.text]


# 2. Moves as Word shows them accepted -----------------------------------------------------------------------------------

_MOVED_MARK = '<w:rPr><w:moveFrom w:id="{}" w:author="审核" w:date="2024-01-20T00:00:00Z"/></w:rPr>'


def test_moved_text_is_read_at_its_new_place_only_and_a_moved_mark_joins_the_paragraphs(tmp_path, plain):
    """Word's move: the text wrapped in w:moveFrom at its old place and w:moveTo at its new one. A paragraph whose mark
    was moved away (w:pPr/w:rPr/w:moveFrom) goes on in the next, in the body and in a cell, as Word shows it accepted.
    Before, the paragraph with the moved mark was one of its own (a sentence cut in two; 3 and 8 two lines of a cell)."""
    def change(document):
        moved = "均在决定作出后7个工作日内公开。"
        penalty = paragraph_starting(document, "全年作出行政处罚决定37件")
        assert penalty.text == "全年作出行政处罚决定37件，" + moved
        _runs_replaced(penalty, "<w:r><w:t>全年作出行政处罚决定37件，</w:t></w:r>")
        penalty._p.append(word_xml(f'<w:moveTo w:id="1" w:author="审核"><w:r><w:t>{moved}</w:t></w:r></w:moveTo>'))
        notice = paragraph_starting(document, "乡镇国土空间总体规划草案")
        text, at = notice.text, notice.text.index("公示期间")
        head = copy.deepcopy(notice._p)
        head.find(qn("w:pPr")).append(word_xml(_MOVED_MARK.format(2)))
        _runs_replaced(notice, f"<w:r><w:t>{text[at:]}</w:t></w:r>")
        notice._p.addprevious(head)
        for run in head.findall(qn("w:r")):
            head.remove(run)
        head.append(word_xml(f"<w:r><w:t>{text[:at]}</w:t></w:r>"))
        head.append(word_xml(f'<w:moveFrom w:id="3" w:author="审核"><w:r><w:t>{moved}</w:t></w:r></w:moveFrom>'))
        cell = next(c for row in document.tables[1].rows for c in row.cells if c.text == "38").paragraphs[0]
        first = copy.deepcopy(cell._p)
        cell._p.addprevious(first)
        first.get_or_add_pPr().append(word_xml(_MOVED_MARK.format(4)))
        for element, figure in ((first, "3"), (cell._p, "8")):
            for run in element.findall(qn("w:r")):
                element.remove(run)
            element.append(word_xml(f"<w:r><w:t>{figure}</w:t></w:r>"))
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]


def test_text_in_a_move_s_range_is_moved_away_though_its_runs_are_not_marked(tmp_path, plain):
    """A move's range (w:moveFromRangeStart to its w:moveFromRangeEnd) over two paragraphs and their marks, their runs
    not wrapped in w:moveFrom (a converter's way): the text is read once, at its new place (w:moveToRangeStart …). Before,
    it was read at its old place too: two more paragraphs in part 六."""
    def change(document):
        target = paragraph_starting(document, "本年度办理县人大代表建议6件")
        text = target.text
        cut = text.index("政协")
        old = [word_xml(f"<w:p><w:r><w:t>{part}</w:t></w:r></w:p>") for part in (text[:cut], text[cut:])]
        old[0].insert(0, word_xml('<w:moveFromRangeStart w:id="5" w:author="审核" w:name="move1"/>'))
        end = word_xml('<w:moveFromRangeEnd w:id="5"/>')
        anchor = paragraph_starting(document, "本年度依据《政府信息公开信息处理费管理办法》")._p
        anchor.addprevious(old[0])
        anchor.addprevious(old[1])
        anchor.addprevious(end)  # after the second paragraph's mark: both marks moved away too
        target._p.insert(1, word_xml('<w:moveToRangeStart w:id="6" w:author="审核" w:name="move1"/>'))
        target._p.append(word_xml('<w:moveToRangeEnd w:id="6"/>'))
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]


# 3. A heading-styled paragraph with text after a Shift+Enter ------------------------------------------------------------

_BODY_LOOK = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:b w:val="0"/></w:rPr>'


def _heading_kind(document, paragraph, kind: str) -> None:
    """Make ``paragraph`` a heading the ``kind`` way: Word's heading style (as rendered), an outline level of its own
    in the body's style, or an office's style of its own (二级标题) with an outline level."""
    props = paragraph._p.find(qn("w:pPr"))
    if kind == "heading style":
        return
    props.find(qn("w:pStyle")).set(qn("w:val"), "Normal")
    if kind == "outline level":
        props.append(word_xml('<w:outlineLvl w:val="1"/>'))
        return
    document.styles.element.append(word_xml(
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="a20"><w:name w:val="二级标题"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'))
    props.find(qn("w:pStyle")).set(qn("w:val"), "a20")


@pytest.mark.parametrize("kind", ["heading style", "outline level", "office style"])
def test_a_line_set_as_text_after_a_heading_and_a_line_break_is_text(tmp_path, plain, kind):
    """A heading paragraph (a heading style, or an outline level) with a line after a Shift+Enter that has no clause
    and no 。 but is set in the body's face, not bold: it is the part's text, not the heading's rest. Before, the
    heading read “主动公开全年通过…612条”, without text."""
    line, rest = "全年通过县政府门户网站本局专栏发布信息612条", "其中国土空间规划公示27条、征地信息公开89条、建设用地审批结果143条。"

    def change(document):
        heading = paragraph_starting(document, "（一）主动公开")
        _heading_kind(document, heading, kind)
        heading._p.append(word_xml("<w:r><w:br/></w:r>"))
        heading._p.append(word_xml(f"<w:r>{_BODY_LOOK}<w:t>{line}</w:t></w:r>"))
        following = paragraph_starting(document, line)
        assert following.text == f"{line}，{rest}"
        _runs_replaced(following, f"<w:r><w:t>{rest}</w:t></w:r>")
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    overview = data["sections"]["overview"]
    expected = plain[1]["sections"]["overview"][1]
    assert expected["heading"] == "主动公开" and expected["content"][0] == f"{line}，{rest}"
    assert overview[1] == {"heading": "主动公开", "content": [line, rest, *expected["content"][1:]]}
    assert {**data, "sections": {}} == {**plain[1], "sections": {}}


@pytest.mark.parametrize("kind", ["heading style", "outline level"])
def test_a_heading_paragraph_s_text_after_a_line_break_goes_on_as_its_own_paragraph(tmp_path, plain, kind):
    """A heading paragraph whose Shift+Enter is followed by a paragraph's lines (the first without a clause or 。, the
    text going on after it), all in the heading's look: the heading is its first line, the lines after it one paragraph,
    as in a body paragraph. Before, a heading style's heading took the first line (“依申请公开全年新收政府信息公开申请48件”)
    and the part's text began mid-sentence; an outline level alone was read as a body paragraph then, and must still
    read so now that it makes a heading."""
    def change(document):
        heading = paragraph_starting(document, "（二）依申请公开")
        _heading_kind(document, heading, kind)
        following = paragraph_starting(document, "全年新收政府信息公开申请48件")
        text, cut = following.text, following.text.index("，")
        heading._p.append(word_xml(f"<w:r><w:br/><w:t>{text[:cut]}</w:t><w:br/><w:t>{text[cut:]}</w:t></w:r>"))
        following._p.getparent().remove(following._p)
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]
