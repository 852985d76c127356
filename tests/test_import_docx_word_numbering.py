"""DOCX reports as clerks make them in Word and WPS: headings numbered by Word's automatic numbering in the ways
Word writes it (a list defined by a numbering style, a level redefined for one list, the level given by the
paragraph and the list by its style, a list whose paragraphs name several w:num), numbers Word sets as signs of
their own (⑴ ⒈) or with no sign after them, a phonetic guide over a character, a title in a text box anchored in
the first paragraph, in old WordArt or in a table of one column, a table of contents, a date set right by an
alignment tab. Each file is reportkit's own rendering of examples/sample-2021.yaml with the change made (raw XML
where python-docx has no call for it), imported beside the plain one."""
from __future__ import annotations

import pytest
from _import_helpers import WORD_NS, changed_docx, paragraph_starting, word_xml
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.oxml.ns import qn
from docx.parts.numbering import NumberingPart

from reportkit.outline import TYPED_NUMBER
from reportkit.plugins import load_plugins
from reportkit.testing import hidden

PLUGINS = load_plugins()
HEADINGS = {"Heading 1": 0, "Heading 2": 1, "Heading 3": 2}
#: The levels of a report's headings: 一、 （一） 1. (numbering format, text).
LEVELS = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]


def _levels(levels=LEVELS, styles=("",) * 3) -> str:
    """The w:lvl elements of ``levels``, each naming the paragraph style in ``styles`` (w:pStyle) where one is
    given."""
    linked = [f'<w:pStyle w:val="{style}"/>' if style else "" for style in styles]
    return "".join(f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/>{link}<w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for n, ((fmt, text), link) in enumerate(zip(levels, linked)))


def _numbering(document, *definitions: str):
    """``document``'s numbering definitions (a part of its own made where it has none), ``definitions`` added:
    w:abstractNum before the w:num, as Word orders them."""
    try:
        numbering = document.part.numbering_part.element
    except NotImplementedError:  # reportkit's DOCX has no numbering part
        part = NumberingPart.load(PackURI("/word/numbering.xml"), CONTENT_TYPE.WML_NUMBERING,
                                  f"<w:numbering {WORD_NS}/>".encode(), document.part.package)
        document.part.relate_to(part, RELATIONSHIP_TYPE.NUMBERING)
        numbering = document.part.numbering_part.element
    for xml in definitions:
        element = word_xml(xml)
        first_num = numbering.find(qn("w:num"))
        if element.tag == qn("w:abstractNum") and first_num is not None:
            first_num.addprevious(element)
        else:
            numbering.append(element)


def _untyped(document, numbered) -> None:
    """Each heading of ``document`` without its typed number (一、), ``numbered(paragraph, level)`` putting the
    number back as Word's automatic numbering."""
    for paragraph in document.paragraphs:
        level = HEADINGS.get(paragraph.style.name)
        typed = TYPED_NUMBER.match(paragraph.text)
        if level is None or not typed:
            continue
        runs = paragraph.runs
        runs[0].text = paragraph.text[typed.end():]
        for run in runs[1:]:
            run.text = ""
        numbered(paragraph, level)


def _num_pr(paragraph, num_id: int | None = None, level: int | None = None) -> None:
    """Number ``paragraph`` (w:numPr) in the list of ``num_id`` at ``level``, each given only where not None."""
    parts = (f'<w:ilvl w:val="{level}"/>' if level is not None else "") + \
        (f'<w:numId w:val="{num_id}"/>' if num_id is not None else "")
    paragraph._p.get_or_add_pPr().append(word_xml(f"<w:numPr>{parts}</w:numPr>"))


def test_headings_numbered_by_a_list_a_numbering_style_defines(tmp_path, plain):
    """A list whose w:abstractNum only names a numbering style (w:numStyleLink, as Word writes a list style applied
    to headings) has its levels in the list that style names: the headings were read without their numbers, and the
    import found none of the report's parts and wrote nothing."""
    def change(document):
        _numbering(document, '<w:abstractNum w:abstractNumId="11"><w:multiLevelType w:val="multilevel"/>'
                   '<w:numStyleLink w:val="ReportList"/></w:abstractNum>',
                   f'<w:abstractNum w:abstractNumId="12"><w:multiLevelType w:val="multilevel"/>'
                   f'<w:styleLink w:val="ReportList"/>{_levels()}</w:abstractNum>',
                   '<w:num w:numId="21"><w:abstractNumId w:val="12"/></w:num>',
                   '<w:num w:numId="22"><w:abstractNumId w:val="11"/></w:num>')
        document.styles.element.append(word_xml(
            '<w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="ReportList"/>'
            '<w:pPr><w:numPr><w:numId w:val="21"/></w:numPr></w:pPr></w:style>'))
        _untyped(document, lambda paragraph, level: _num_pr(paragraph, 22, level))
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]


def _redefined(document):
    """（一） in a w:lvlOverride's own w:lvl, where the list has 1."""
    plain_levels = _levels([LEVELS[0], ("decimal", "%2."), LEVELS[2]])
    _numbering(document, f'<w:abstractNum w:abstractNumId="11">{plain_levels}</w:abstractNum>',
               '<w:num w:numId="21"><w:abstractNumId w:val="11"/><w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1">'
               '<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
               '</w:lvlOverride></w:num>')
    _untyped(document, lambda paragraph, level: _num_pr(paragraph, 21, level))


def _listed_by_style(document, styles=("",) * 3):
    """The heading styles naming the list (its w:num only)."""
    _numbering(document, f'<w:abstractNum w:abstractNumId="11">{_levels(styles=styles)}</w:abstractNum>',
               '<w:num w:numId="21"><w:abstractNumId w:val="11"/></w:num>')
    for name in HEADINGS:
        document.styles[name].element.get_or_add_pPr().append(word_xml('<w:numPr><w:numId w:val="21"/></w:numPr>'))


def _level_only(document):
    """Each heading giving its level only."""
    _listed_by_style(document)
    _untyped(document, lambda paragraph, level: _num_pr(paragraph, level=level))


def _level_by_style(document):
    """Neither heading nor style giving a level: the list's levels name the styles (w:lvl/w:pStyle)."""
    _listed_by_style(document, [document.styles[name].style_id for name in HEADINGS])
    _untyped(document, lambda paragraph, level: None)


@pytest.mark.parametrize("change", [_redefined, _level_only, _level_by_style], ids=lambda change: change.__name__)
def test_a_level_a_list_redefines_and_levels_given_apart_from_the_list(tmp_path, plain, change):
    """A w:num that redefines a level (w:lvlOverride holding a w:lvl) shows that level as redefined; a paragraph may
    give its level only, the list coming from its style, and a heading style may give the list only, the level being
    the one that names the style (as Word links heading styles to a list). Before, （一） was read as 1. and the
    other headings without their numbers."""
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]


def _listed(document, after: str, items: list[str], num_ids: list[int]) -> None:
    """``items`` as paragraphs after the one starting ``after``, each numbered as the list of its w:num says."""
    anchor = paragraph_starting(document, after)._p
    for text, num_id in reversed(list(zip(items, num_ids))):
        paragraph = word_xml(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
                             f'</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>')
        anchor.addnext(paragraph)


ITEMS = ["股室之间公开属性的把握尺度不一。", "解读材料以文字为主，图解偏少。", "答复文书的格式还不够统一。"]


def test_a_list_counts_on_over_its_w_num_and_restarts_where_told(tmp_path, plain):
    """Word counts a list as one whichever of its w:num a paragraph names (an item pasted from another file names
    another): the third item was read as 1. where Word shows 3.; a w:num restarting the level (重新开始编号,
    w:startOverride) counts from its start on its own."""
    def change(document):
        _numbering(document, '<w:abstractNum w:abstractNumId="11"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                   '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>',
                   '<w:num w:numId="21"><w:abstractNumId w:val="11"/></w:num>',
                   '<w:num w:numId="22"><w:abstractNumId w:val="11"/></w:num>',
                   '<w:num w:numId="23"><w:abstractNumId w:val="11"/>'
                   '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
        _listed(document, "一是部分科室", ITEMS, [21, 21, 22])
        _listed(document, "上一年度报告提出", ITEMS[:2], [23, 23])
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    problems = plain[1]["sections"]["problems"]
    assert data["sections"]["problems"] == [
        {**problems[0], "content": problems[0]["content"] + ["1." + ITEMS[0], "2." + ITEMS[1], "3." + ITEMS[2]]},
        {**problems[1], "content": problems[1]["content"] + ["1." + ITEMS[0], "2." + ITEMS[1]]}]


def test_numbers_word_sets_as_signs_of_their_own(tmp_path, plain):
    """⑴ and ⒈ (decimalEnclosedParen, decimalEnclosedFullstop, lvlText "%1" alone) are read as typed, （1） and 1.,
    which reportkit knows as numbers: they were read as a bare 1 glued to the text (1规划和用地信息, no heading);
    大写 counting (壹、) as 一、 rather than 1、; 正规形式编号 (w:isLgl) shows the level above in figures: 1.2, not
    一.2."""
    def change(document):
        fullstop = _levels([*LEVELS[:2], ("decimalEnclosedFullstop", "%3")])
        _numbering(document, f'<w:abstractNum w:abstractNumId="11">{fullstop}</w:abstractNum>',
                   '<w:abstractNum w:abstractNumId="12"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                   '<w:numFmt w:val="decimalEnclosedParen"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>',
                   '<w:abstractNum w:abstractNumId="13"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                   '<w:numFmt w:val="chineseLegalSimplified"/><w:lvlText w:val="%1、"/></w:lvl>'
                   '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/>'
                   '<w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>',
                   '<w:num w:numId="21"><w:abstractNumId w:val="11"/></w:num>',
                   '<w:num w:numId="22"><w:abstractNumId w:val="12"/></w:num>',
                   '<w:num w:numId="23"><w:abstractNumId w:val="13"/></w:num>')
        _untyped(document, lambda paragraph, level: _num_pr(paragraph, 21, level))
        _listed(document, "一是部分科室", ITEMS, [22, 22, 23])
        anchor = paragraph_starting(document, ITEMS[2])._p
        anchor.addnext(word_xml('<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="23"/></w:numPr></w:pPr>'
                                f'<w:r><w:t>{ITEMS[0]}</w:t></w:r></w:p>'))
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert data["sections"]["overview"] == plain[1]["sections"]["overview"]
    problems = plain[1]["sections"]["problems"]
    assert data["sections"]["problems"][0]["content"] == problems[0]["content"] + [
        "（1）" + ITEMS[0], "（2）" + ITEMS[1], "一、" + ITEMS[2], "1.1 " + ITEMS[0]]


def test_the_reading_over_a_character_is_no_text(tmp_path, plain):
    """A phonetic guide (拼音指南, w:ruby) sets its reading (w:rt) small over the character: it was read into the
    sentence, 县 as xian县."""
    def change(document):
        paragraph = paragraph_starting(document, "全年通过县政府门户网站")
        run = paragraph.runs[0]
        text = run.text
        run.text = text[:4]
        run._r.addnext(word_xml(f'<w:r><w:t>{text[5:]}</w:t></w:r>'))
        run._r.addnext(word_xml('<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/></w:rubyPr><w:rt><w:r>'
                                f'<w:t>xian</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>{text[4]}</w:t></w:r>'
                                '</w:rubyBase></w:ruby></w:r>'))
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert data == plain[1]


_ANCHORED = ('<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
             'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
             '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
             '<wp:positionV relativeFrom="paragraph"><wp:posOffset>{offset}</wp:posOffset></wp:positionV>'
             '<wp:extent cx="5600000" cy="900000"/><wp:wrapTopAndBottom/><wp:docPr id="9" name="文本框 9"/>'
             '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData '
             'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>'
             '<w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>'
             '</wp:anchor></w:drawing></w:r>')
_FLOATING = ('<w:r><w:pict><v:shape style="position:absolute;margin-left:0;margin-top:-4pt;width:440pt;height:70pt;'
             'z-index:1;mso-position-vertical-relative:text"><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent>'
             '</v:textbox></v:shape></w:pict></w:r>')


@pytest.mark.parametrize("shape", [_ANCHORED, _FLOATING], ids=["drawing", "vml"])
def test_a_title_in_a_text_box_anchored_in_the_first_paragraph(tmp_path, plain, shape):
    """A clerk's title typed in a text box that Word anchored in the first paragraph under it and placed at its top
    (the paragraph's text set below the box): the box's paragraphs came after that paragraph, which was then left
    out as text before the title. A box placed further down its paragraph still comes after it."""
    wp = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'

    def change(document):
        title = document.paragraphs[0]
        lines = "".join(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>{line}</w:t></w:r></w:p>'
                        for line in title.text.split("\n"))
        title._p.getparent().remove(title._p)
        first = document.paragraphs[0]._p
        first.insert(1, word_xml(shape.format(offset=0, paragraphs=lines).replace("<w:r>", f"<w:r {wp}>", 1)))
        note = paragraph_starting(document, "全年通过县政府门户网站")._p
        note.append(word_xml(_ANCHORED.replace("<w:r>", f"<w:r {wp}>", 1).format(
            offset=900000, paragraphs="<w:p><w:r><w:t>专栏信息每日更新。</w:t></w:r></w:p>")))

    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    active = plain[1]["sections"]["overview"][1]
    assert data["sections"]["overview"][1] == {**active, "content": [
        active["content"][0], "专栏信息每日更新。", *active["content"][1:]]}
    assert {key: value for key, value in data.items() if key != "sections"} == \
        {key: value for key, value in plain[1].items() if key != "sections"}


def test_a_number_with_no_sign_after_it_is_not_glued_to_the_text(tmp_path, plain):
    """A list numbered 1 2 3 with no sign after the figure (lvlText "%1"; Word sets a tab after it): the number was
    glued to a text starting with figures, 1 and 2023年 read as 12023年."""
    items = ["2023年起专栏每月更新一次。", "12345热线转来的诉求均在5个工作日内答复。"]

    def change(document):
        _numbering(document, '<w:abstractNum w:abstractNumId="11"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                   '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>',
                   '<w:num w:numId="21"><w:abstractNumId w:val="11"/></w:num>')
        _listed(document, "一是部分科室", items, [21, 21])
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    problems = plain[1]["sections"]["problems"][0]["content"]
    assert data["sections"]["problems"][0]["content"] == problems + ["1 " + items[0], "2 " + items[1]]


def _contents_lines(field: bool, end: bool = True) -> list[str]:
    """A table of contents as Word makes it: a line 目录, then a line for each heading (TOC 1, TOC 2 styles) with its
    page number after a dotted tab, in a TOC field (``field``; its end in its last line where ``end``) or made plain
    text."""
    entries = [("一、总体情况", 1, 1), ("（一）主动公开", 2, 1), ("二、主动公开政府信息情况", 1, 2),
               ("五、存在的主要问题及改进情况", 1, 4), ("六、其他需要报告的事项", 1, 5)]
    lines = ['<w:p><w:pPr><w:pStyle w:val="TOCHeading"/><w:jc w:val="center"/></w:pPr><w:r><w:t>目  录</w:t></w:r></w:p>']
    for i, (text, level, page) in enumerate(entries):
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" '
                 '\\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>') if field and not i else ""
        last = _FIELD_END if field and end and i == len(entries) - 1 else ""
        lines.append(f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/><w:tabs><w:tab w:val="right" w:leader="dot" '
                     f'w:pos="8840"/></w:tabs></w:pPr>{begin}<w:hyperlink w:anchor="_Toc{i}"><w:r><w:t>{text}</w:t>'
                     '</w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF '
                     f'_Toc{i} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{page}'
                     f'</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>{last}</w:p>')
    return lines


_FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


@pytest.mark.parametrize("shape", ["field", "field ending in the text after it", "control", "plain text"])
def test_a_table_of_contents_is_left_out_in_a_note(tmp_path, plain, shape):
    """A table of contents under the title (引用→目录: a TOC field, in the content control Word keeps it in, or made
    plain text and kept in its styles): its lines, the headings again with page numbers (一、总体情况 1), were read
    as headings, the report's parts doubled and its preamble put under 六、. Now they are left out, in one note; text
    after the table (its field ending in the next paragraph, typed on inside its content control) is the body's."""
    def change(document):
        lines = _contents_lines(field=shape != "plain text", end=shape != "field ending in the text after it")
        title, after = document.paragraphs[0]._p, document.paragraphs[1]._p
        if shape == "field ending in the text after it":
            after.insert(1, word_xml(_FIELD_END))
        if shape == "control":
            lines = ['<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
                     f'</w:docPartObj></w:sdtPr><w:sdtContent>{"".join(lines)}</w:sdtContent></w:sdt>']
        for line in reversed(lines):
            title.addnext(word_xml(line))
        if shape == "control":  # the first paragraph after the table typed inside its control
            title.getnext().find(qn("w:sdtContent")).append(after)
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert data == plain[1]
    assert [(f.place, f.message, f.rule) for f in result.findings] == [
        ("第 2 段", "目录（6 行）未导入：导入按正文里的标题读", "skipped")]


_WORD_ART = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:pict><v:shape type="#_x0000_t136" style="position:'
             'absolute;margin-left:0;margin-top:0;width:440pt;height:40pt;z-index:1;mso-position-horizontal:center" '
             'fillcolor="red" stroked="f"><v:textpath style="font-family:&quot;方正小标宋简体&quot;;font-size:26pt" '
             'string="{text}"/></v:shape></w:pict></w:r></w:p>')


def test_word_art_of_the_old_kind_is_read_as_a_text_box(tmp_path, plain):
    """艺术字 as Word 2003 and WPS write it (a VML shape whose text is only its v:textpath's string): a title set so
    was no text (标题 not found), a 版头 left out with no word; now each is read as a text box's paragraph, the
    版头 left out in its note (without the redhead plugin, which would read it)."""
    def change(document):
        title = document.paragraphs[0]
        title._p.addprevious(word_xml(_WORD_ART.format(text="某县自然资源局文件")))
        title._p.addprevious(word_xml(_WORD_ART.format(text="".join(title.text.split()))))
        title._p.getparent().remove(title._p)
    with hidden("reportkit-gbt9704-redhead"):
        result, data = changed_docx(plain[0], tmp_path, change, load_plugins())
    assert [(f.place, f.message) for f in result.findings] == [
        ("第 1 段", "标题之前的版头“某县自然资源局文件”未导入：装上 reportkit-gbt9704-redhead 插件再导入，版头和版记会读进它的设置"
                   "（layout: redhead），重新排版时照样印出")]
    assert data == plain[1]


def test_a_title_boxed_in_a_table_of_one_column(tmp_path, plain):
    """A title typed a line a row in a table of one column (a box drawn round it): the table was read as a table
    (“标题之前的‘表格：某县自然资源局’未导入”) and no title found; a table of one column places text, as one of a
    single cell does."""
    def change(document):
        title = document.paragraphs[0]
        rows = "".join(f'<w:tr><w:tc><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>{line}</w:t></w:r></w:p>'
                       '</w:tc></w:tr>' for line in title.text.split("\n"))
        title._p.addprevious(word_xml(f'<w:tbl><w:tblPr><w:jc w:val="center"/></w:tblPr><w:tblGrid>'
                                      f'<w:gridCol w:w="8800"/></w:tblGrid>{rows}</w:tbl>'))
        title._p.getparent().remove(title._p)
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]


def test_a_signature_and_date_on_one_line_parted_by_an_alignment_tab(tmp_path, plain):
    """The 署名 and 成文日期 typed on one line, the date set right by Word's alignment tab (w:ptab): the tab was no
    text, the two read glued (某县自然资源局2024年1月25日) and no date found."""
    def change(document):
        signature, date = document.paragraphs[-2], document.paragraphs[-1]
        signature._p.addnext(word_xml(
            f'<w:p><w:r><w:t>{signature.text}</w:t></w:r><w:r><w:ptab w:relativeTo="margin" w:alignment="right" '
            f'w:leader="none"/></w:r><w:r><w:t>{date.text}</w:t></w:r></w:p>'))
        for paragraph in (signature, date):
            paragraph._p.getparent().remove(paragraph._p)
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]
