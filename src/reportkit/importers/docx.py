"""Read a DOCX (Word, WPS or reportkit's own) into paragraphs and grids, in body order.

Word and WPS turn a typed "一、" into automatic numbering: the number is then in the numbering
definitions, not in the text, and is put back here (:class:`_Numbering`). Content wrapped in content
controls (w:sdt) or custom XML is read like the rest of the body, but a control's placeholder text (单击或点击此处输入
文字。), which stands where nothing was filled in; a text box's paragraphs follow the paragraph it is anchored in, or
come before it where the box stands over its first line (:func:`_above`: a title's box anchored in the first
paragraph); a paragraph whose mark a tracked change deleted or moved away is one with the next, and moved text is
read at its new place only, as Word shows it; each paragraph goes to :meth:`.Published.add` with how its lines are
set, which keeps a heading's text after a line break the heading's only where it wraps it. A table of contents is
left out in a note (:func:`_contents`). What is on the page but no text here (an embedded object, another file's
content put in as an altChunk, a footnote, a symbol of a picture font) is a finding (:attr:`.Published.unread`).
"""
from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from .annual_tables import stands_apart
from .headings import bold_lead, read_once, same_number
from .html import closing_roles, data_around
from .labels import SENTENCE_END, SET_OFF, lead_width
from .source import Grid, Para, Published, column_starts, fill_spans, merged

_ROLES = {"title": "title", "heading": "heading", "signature": "signature", "date": "date"}


def read(path: Path) -> Published:
    """Every paragraph and table of the body; merged cells (gridSpan, vMerge) repeated over their span, a grid
    column a twip or two wide (a converter's rounding) no column of its own (:func:`_folded`)."""
    published = Published(str(path))
    document = Document(str(path))
    numbering, styles = _Numbering(document), _styles(document)
    _mark_moves(document.element.body)
    _word_art(document.element.body)
    notes = _notes(document)
    contents, listed = _contents(document.element.body, styles), []
    paragraphs = tables = 0
    joined: tuple[str, str] | None = None  # the text and place of a paragraph whose mark a tracked change deleted
    for element in _blocks(document.element.body):
        if element.tag == qn("w:p"):
            paragraphs += 1
            place = f"第 {paragraphs} 段"
            if element in contents:
                listed.append(place)
                continue
            if element.xpath(_PICTURE):
                published.picture(place)
            published.unread += [(place, message) for message in _unread(element, notes)]
            if _mark_deleted(element):  # Word shows it as the start of the next paragraph
                if joined or _text(element).strip():  # an empty one (all its text moved away) is gone
                    joined = (joined[0] if joined else "") + _text(element), joined[1] if joined else place
                continue
            role = _role(element, styles)
            role = "right" if role == "body" and _set_off(element) else role
            label, text = numbering.label(element), (joined[0] if joined else "") + _text(element)
            label = "" if same_number(label, text.lstrip()) else label  # the number typed after Word's: once
            text, place, joined = label + text, joined[1] if joined else place, None
            text, looks = _bold_lead(element, text, label) or (text, _line_looks(element))
            published.add(Para(text, place, role), looks)
            continue
        if joined:  # no paragraph after it to join: a paragraph of its own
            published.add(Para(joined[0], joined[1]))
            joined = None
        if element.tag == qn("w:sdt"):
            published.unread.append((f"第 {paragraphs} 段后" if paragraphs else "文首", _placeholder_note(element)))
        elif element.tag == qn("w:tbl"):
            tables += 1
            grid = _grid(element, f"第 {tables} 个表格", numbering)
            published.add(grid, apart=stands_apart(published.items, grid))
            published.unread += [(f"第 {tables} 个表格", message) for message in _unread(element, notes)]
        else:  # an altChunk: a web page, RTF or document put in whole, which Word reads on opening
            published.unread.append((f"第 {paragraphs} 段后" if paragraphs else "文首", _ALT_CHUNK))
    if joined:
        published.add(Para(joined[0], joined[1]))
    if listed:
        published.findings.append((listed[0], f"目录（{len(listed)} 行）未导入：导入按正文里的标题读", "skipped", None, None))
    read_once(published)
    closing_roles(published)
    return published


#: The w:name of the styles Word sets a table of contents in: toc 1…toc 9 and its heading (TOC Heading).
_CONTENTS_STYLE = re.compile(r"toc\s*\d|toc heading")


def _contents(body, styles: dict[str, tuple[str, str, str]]) -> set:
    """The paragraphs of a table of contents (目录: Word's 引用→目录, or WPS's): those of a TOC field, or set in its
    styles (a field made plain text), with a line 目录 over them; not the rest of the content control Word keeps it
    in, where text typed after it often goes. Its lines repeat the headings with their page numbers (一、总体情况 1),
    which would read as headings again."""
    found, fields, last = set(), [], None  # fields: whether each field open is a TOC
    for node in body.iter(qn("w:p"), qn("w:fldChar"), qn("w:instrText")):
        if node.tag == qn("w:p"):
            last = node
            style = _val(node.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")) or ""
            if any(fields) or _CONTENTS_STYLE.fullmatch(styles.get(style, (style.lower(),))[0].split(" ", 1)[-1]):
                found.add(node)
        elif node.tag == qn("w:fldChar") and node.get(qn("w:fldCharType")) == "begin":
            fields.append(False)
        elif node.tag == qn("w:fldChar") and node.get(qn("w:fldCharType")) == "end" and fields:
            if fields.pop() and _text_after(node, last):
                found.discard(last)  # the body's text, typed on where the table ends
        elif node.tag == qn("w:instrText") and fields and (node.text or "").strip().upper().startswith("TOC"):
            fields[-1] = True
            found.add(last)
    heads = [p.getprevious() for p in found if p.getprevious() is not None and p.getprevious() not in found]
    return found | {p for p in heads if p.tag == qn("w:p") and re.sub(r"\s", "", _text(p)) == "目录"}


def _text_after(node, paragraph) -> bool:
    """Whether ``paragraph`` has text after ``node``, one of its nodes."""
    seen = False
    for element in paragraph.iter():
        seen = seen or element is node
        if seen and element.tag == qn("w:t") and (element.text or "").strip():
            return True
    return False


def _mark_deleted(paragraph) -> bool:
    """Whether a tracked change deleted ``paragraph``'s mark or moved it away (w:pPr/w:rPr/w:del, w:moveFrom):
    accepted, it is one with the next."""
    mark = paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
    return mark is not None and (mark.find(qn("w:del")) is not None or mark.find(qn("w:moveFrom")) is not None)


def _mark_moves(body) -> None:
    """Mark what a move took away as Word marks it inside the move's range (w:moveFromRangeStart to the
    w:moveFromRangeEnd of its id, which may span paragraphs, cells and rows): its runs in w:moveFrom, the marks of its
    paragraphs moved (w:pPr/w:rPr/w:moveFrom), a row it holds whole deleted; so that a file marking the range only
    reads as one marking each run does: the text at its new place (w:moveTo) only."""
    if body.find(f".//{qn('w:moveFromRangeStart')}") is None:
        return
    open_ranges: set[str] = set()
    runs, marks, rows, started = [], [], [], set()
    for event, node in etree.iterwalk(body, events=("start", "end")):
        if event == "start" and node.tag == qn("w:moveFromRangeStart"):
            open_ranges.add(node.get(qn("w:id")))
        elif event == "start" and node.tag == qn("w:moveFromRangeEnd"):
            open_ranges.discard(node.get(qn("w:id")))
        elif event == "start" and open_ranges and node.tag in (qn("w:r"), qn("w:tr")):
            started.add(node)
            if node.tag == qn("w:r") and not any(a.tag == qn("w:moveFrom") for a in node.iterancestors()):
                runs.append(node)
        elif event == "end" and open_ranges and node.tag == qn("w:p"):
            marks.append(node)
        elif event == "end" and open_ranges and node.tag == qn("w:tr") and node in started:
            rows.append(node)
    for run in runs:
        wrapper = OxmlElement("w:moveFrom")
        run.addprevious(wrapper)
        wrapper.append(run)
    for paragraph, tag in [(p, "w:pPr") for p in marks] + [(r, "w:trPr") for r in rows]:
        props = paragraph.find(qn(tag))
        if props is None:
            props = OxmlElement(tag)
            paragraph.insert(0, props)
        if tag == "w:trPr":
            props.append(OxmlElement("w:del"))
            continue
        mark = props.find(qn("w:rPr"))
        if mark is None:
            mark = OxmlElement("w:rPr")
            props.append(mark)
        if mark.find(qn("w:moveFrom")) is None:
            mark.append(OxmlElement("w:moveFrom"))


def _word_art(body) -> None:
    """Give each WordArt of the old kind a text box of its text, centred as the text fills the shape, read as a text
    box's paragraphs are: a VML shape whose text is only the string of its v:textpath (艺术字 as Word 2003 and WPS
    write it, often a title or a 版头), which was no text here."""
    for path in body.iter(f"{_VML}textpath"):
        shape, text = path.getparent(), (path.get("string") or "").strip()
        if text and shape.find(f"{_VML}textbox") is None:
            paragraph = parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t/></w:r></w:p>')
            paragraph.find(f"{qn('w:r')}/{qn('w:t')}").text = text
            etree.SubElement(etree.SubElement(shape, f"{_VML}textbox"), _BOX).append(paragraph)


def _line_looks(paragraph) -> list[set]:
    """How each line of ``paragraph``'s text (as :func:`_text` breaks it) is set, as :meth:`.Published.add` takes it:
    the character style, faces, size, weight and slant its runs with text give directly (the paragraph's style is all
    its lines')."""
    looks: list[set] = [set()]
    for text, look in _pieces(paragraph):
        if text == "\n":
            looks.append(set())
        elif text.strip():
            looks[-1].add(look)
    return looks


def _pieces(paragraph) -> list[tuple[str, tuple]]:
    """``paragraph``'s runs' texts, each with its look as :func:`_line_looks` gives it, a line break a "\\n" of
    none."""
    pieces = []
    for node in _inline(paragraph):
        if node.tag in (qn("w:br"), qn("w:cr")) and node.get(qn("w:type")) not in ("page", "column"):
            pieces.append(("\n", ()))
        elif node.tag == qn("w:t") and node.getparent().tag == qn("w:r"):
            props = node.getparent().find(qn("w:rPr"))
            fonts = props.find(qn("w:rFonts")) if props is not None else None
            look = () if props is None else (
                ("character-style", _val(props.find(qn("w:rStyle")))), ("font-family", _val(fonts, "w:eastAsia")),
                ("font-family-latin", _val(fonts, "w:ascii")), ("font-size", _val(props.find(qn("w:sz")))),
                ("font-weight", "bold" if _switched_on(props.find(qn("w:b"))) else None),
                ("font-style", "italic" if _switched_on(props.find(qn("w:i"))) else None))
            pieces.append((node.text or "", tuple((name, value) for name, value in look if value)))
    return pieces


def _bold_lead(paragraph, text: str, label: str) -> tuple[str, list[set]] | None:
    """``text`` (``paragraph``'s, its list ``label`` first) with a line break after the bold numbered heading it opens
    with, its text run in after it (:func:`.headings.bold_lead`), and the two lines' looks; None where it opens
    otherwise. Word's number (``label``) is set as the words after it: a bold heading's is part of its heading."""
    pieces = _pieces(paragraph)
    if label:
        pieces.insert(0, (label, next((look for piece, look in pieces if piece.strip()), ())))
    lead = bold_lead(pieces)
    words = "".join(piece for piece, _ in pieces[:lead]).strip()
    at = text.find(words) if lead else -1
    if at < 0 or text[:at].strip():
        return None
    return (text[:at + len(words)] + "\n" + text[at + len(words):],
            [{look for piece, look in part if piece.strip()} for part in (pieces[:lead], pieces[lead:])])


def _placeholder(node) -> bool:
    """Whether ``node`` is a content control showing its placeholder (w:showingPlcHdr: 单击或点击此处输入文字。), which
    stands where nothing was filled in: no text of the report."""
    return node.tag == qn("w:sdt") and node.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is not None


def _placeholder_note(sdt) -> str:
    """The finding for a content control's placeholder text, left out as the only text of its paragraph or cell."""
    text = "".join(t.text or "" for t in sdt.iter(qn("w:t"))).strip()
    return (f"内容控件的提示文字“{text[:20]}”未导入（控件没有填写）：原文这里应有内容的，请核对后补写" if text
            else "没有填写的内容控件未导入")


_ALT_CHUNK = "这里嵌入的另一个文件（altChunk）的内容未导入：请用 Word 打开后另存为 .docx（Word 把它并进正文）再导入"

#: A picture in a paragraph: a drawing's image (a:blip; not a text box or a shape) or an old-style picture's; not an
#: embedded object's image of itself (w:object), which is said as the object (:func:`_unread`).
_PICTURE = ".//*[(local-name()='blip' or local-name()='imagedata') and not(ancestor::*[local-name()='object'])]"

_WRAPPERS = {qn("w:sdt"): qn("w:sdtContent"), qn("w:customXml"): None}


def _blocks(parent):
    """The paragraphs and tables of ``parent`` in order, those inside content controls and custom XML too; a text
    box's paragraphs follow the paragraph that anchors it, and a layout table's (one holding tables, or a single
    cell: a web page saved as a document) are its cells' blocks."""
    for element in parent.iterchildren():
        if _placeholder(element):
            yield element
        elif element.tag in _WRAPPERS:
            content = _WRAPPERS[element.tag]
            yield from _blocks(element.find(content) if content else element)
        elif element.tag == qn("w:p"):
            for box in _boxes(element, above=True):
                yield from _blocks(box)
            yield element
            for box in _boxes(element, above=False):
                yield from _blocks(box)
        elif element.tag == qn("w:tbl") and _layout(element):
            for cell in _cells(element):
                yield from _blocks(cell)
        elif element.tag in (qn("w:tbl"), qn("w:altChunk")):
            yield element


def _layout(table) -> bool:
    """A table that only places things: a single cell or a column of them (a title boxed a line a row), or one
    holding tables whose other cells are not mostly figures (a table of figures with a small table pasted into one
    cell is a table, that cell's text its text), unless it is a grid of data all the same (:func:`.html.data_around`:
    表三 with a figure in a small table of its own)."""
    rows = [len(list(_within(row, qn("w:tc")))) for row in _within(table, qn("w:tr"))]
    if max(rows, default=1) == 1:
        return True
    cells = list(_cells(table))
    holding = [cell.find(f".//{qn('w:tbl')}") is not None for cell in cells]
    if not any(holding):
        return False
    own = ["".join(_text(p) for p in cell.findall(qn("w:p"))) for cell in cells]
    if data_around(rows, sum(holding), own):
        return False
    texts = [_text(cell).strip() for cell, held in zip(cells, holding) if not held]
    figures = sum(text.isdigit() for text in texts)
    return 3 * figures < sum(map(bool, texts))


def _cells(table):
    """The cells of ``table``'s own rows (not of the tables inside it)."""
    for row in _within(table, qn("w:tr")):
        yield from _within(row, qn("w:tc"))


_BOX = qn("w:txbxContent")
#: Not the paragraph's own text: its text boxes, the copy of a drawing kept for older readers (mc:Fallback, which
#: would read each text box twice), text a tracked change deleted or moved away, properties (a tab stop is no tab),
#: and the reading set small over a character (拼音指南, w:rt: 县 read as xian县).
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_ASIDE = {_BOX, _FALLBACK, qn("w:moveFrom"), qn("w:del"), qn("w:pPr"), qn("w:rPr"), qn("w:rt")}


def _inline(element):
    """The nodes of ``element``'s own text (:data:`_ASIDE` and hidden runs left out), in order."""
    for child in element.iterchildren():
        if child.tag not in _ASIDE and not _hidden(child) and not _placeholder(child):
            yield child
            yield from _inline(child)


def _hidden(node) -> bool:
    """A run formatted as hidden text (w:vanish): not on the page (a 38 read as 938)."""
    return node.tag == qn("w:r") and _switched_on(node.find(f"{qn('w:rPr')}/{qn('w:vanish')}"))


def _switched_on(flag) -> bool:
    return flag is not None and flag.get(qn("w:val"), "true") not in ("false", "0", "off")


def _superscript(node) -> bool:
    align = node.find(f"{qn('w:rPr')}/{qn('w:vertAlign')}") if node.tag == qn("w:r") else None
    return align is not None and align.get(qn("w:val")) == "superscript"


def _boxes(paragraph, above: bool) -> list:
    """The text boxes anchored in ``paragraph``, each once: those on the page ahead of its text (``above``,
    :func:`_above`), or the others."""
    boxes = [child for node in _inline(paragraph) for child in node.iterchildren() if child.tag == _BOX]
    return [box for box in boxes if _above(box, paragraph) == above]


_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_VML = "{urn:schemas-microsoft-com:vml}"
#: EMUs (914400 an inch) of a line of 3号 text at 28 points: a floating box whose top is less far down its paragraph
#: stands over the paragraph's first line, which Word sets below it (a title's box anchored in the first paragraph).
_LINE = 355600
_EMU = {"pt": 12700, "in": 914400, "cm": 360000, "mm": 36000, "px": 9525}


def _above(box, paragraph) -> bool:
    """Whether text box ``box`` is on the page ahead of ``paragraph``'s text: floating (wp:anchor, a VML shape set
    absolute) with its top placed ahead of it (:func:`_top_ahead`), or set in the line ahead of all the paragraph's
    text."""
    ancestors = list(box.iterancestors())
    ancestors = ancestors[:ancestors.index(paragraph)]
    for node in ancestors:
        if node.tag == f"{_WP}anchor":
            place = node.find(f"{_WP}positionV")
            return place is not None and _top_ahead(place.get("relativeFrom"), _whole(place.findtext(f"{_WP}posOffset")),
                                                    place.findtext(f"{_WP}align"), paragraph)
        declared = node.get("style", "") if node.tag.startswith(_VML) else ""
        style = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+)", declared))
        if style.get("position", "").strip() == "absolute":
            top = re.fullmatch(r"(-?\d*\.?\d+)\s*(pt|in|cm|mm|px)?", style.get("margin-top", "0").strip())
            align = style.get("mso-position-vertical", "absolute").strip()
            return _top_ahead(style.get("mso-position-vertical-relative", "text").strip(),
                              float(top[1]) * _EMU[top[2] or "px"] if top else None,
                              None if align == "absolute" else align, paragraph)
    holder = next((node for node in ancestors if node.getparent().tag == qn("w:r")), None)  # its drawing in the run
    for node in _inline(paragraph):
        if node is holder:
            return True
        if node.tag == qn("w:t") and (node.text or "").strip():
            return False
    return False


#: What a floating box's top is placed from (DrawingML's and VML's names): its paragraph (or line), the page's text
#: area (margin), the page, or it is in the page's top margin.
_PLACED_FROM = {"paragraph": "paragraph", "line": "paragraph", "text": "paragraph", "margin": "margin",
                "page": "page", "topMargin": "top", "top-margin-area": "top"}


def _top_ahead(relative: str | None, offset: float | None, align: str | None, paragraph) -> bool:
    """Whether a floating box placed ``offset`` EMUs down from what ``relative`` names, or aligned there (``align``),
    has its top ahead of ``paragraph``'s text: less than a line down the paragraph, or its top; for the body's first
    paragraph, which the page's text area starts with, also less than a line down that area, its top, or in the top
    margin (a title's box Word placed from the page, or at 顶端居中, where the clerk dragged it over the text)."""
    where = _PLACED_FROM.get(relative or "")
    if where is None or where != "paragraph" and not _first(paragraph):
        return False
    if where == "top" or align:
        return where == "top" or align == "top"
    if where == "page":  # the text area starts the top margin down
        margin = _whole(_val(next(paragraph.getparent().iter(qn("w:pgMar")), None), "w:top"))
        offset = None if offset is None else offset - (1440 if margin is None else margin) * _EMU_PER_TWIP
    return offset is not None and offset < _LINE


#: EMUs in a twip (the page margins' unit): 914400 an inch, 1440 twips an inch.
_EMU_PER_TWIP = 635


def _first(paragraph) -> bool:
    """Whether ``paragraph`` is the body's first with text (none of its tables before it)."""
    return paragraph.getparent().tag == qn("w:body") and not any(
        node.tag == qn("w:tbl") or node.tag == qn("w:p") and _text(node).strip()
        for node in paragraph.itersiblings(preceding=True))


#: A tab, and the alignment tab Word 2010 puts in to set what follows right or centred (w:ptab: 某局⇥2024年1月25日
#: was read glued, 某局2024年1月25日).
_TABS = (qn("w:tab"), qn("w:ptab"))


def _text(element, notes: bool = False) -> str:
    """The paragraph's text, without its text boxes'; a manual line break (w:br) is a newline, a page or column break
    only after a sentence's end (else the sentence goes on over the page). With ``notes`` (a table's cell), a
    superscript is a note's mark, in brackets after the figure it marks (156¹ read as 1561)."""
    out = []
    for node in _inline(element):
        if node.tag == qn("w:t"):
            text = node.text or ""
            out.append(f"（{text.strip()}）" if notes and text.strip() and _superscript(node.getparent()) else text)
        elif node.tag == qn("w:br") and node.get(qn("w:type")) in ("page", "column"):
            before = "".join(out).strip()
            out.append("\n" if not before or SENTENCE_END.search(before) else "")
        elif node.tag in (qn("w:br"), qn("w:cr")):
            out.append("\n")
        elif node.tag in _TABS:
            out.append(" ")
        elif node.tag == qn("w:noBreakHyphen"):
            out.append("-")
        elif node.tag == qn("w:sym"):
            out.append(_symbol(node) or "")
    return "".join(out)


#: Characters of the picture fonts Word's Insert Symbol puts in as w:sym, by font and code (less 0xF000), that have
#: a character of their own: those reports use (a tick, a cross, a dash, a box, ≥ ≤ ×, arrows).
_SYMBOLS = {
    "symbol": {0x2D: "−", 0xA3: "≤", 0xB3: "≥", 0xB4: "×", 0xB1: "±", 0xB8: "÷", 0xB7: "•", 0xBE: "—", 0xAE: "→",
               0xAC: "←", 0xB0: "°", 0xD6: "√", 0xD7: "·", 0xB9: "≠", 0xBB: "≈", 0x25: "%"},
    "wingdings": {0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0xA8: "□", 0x6F: "□", 0x6C: "●", 0x6E: "■",
                  0xA7: "▪", 0x9F: "•", 0xD8: "➢", 0xE0: "→", 0x81: "①", 0x82: "②", 0x83: "③"},
    "wingdings 2": {0x50: "✓", 0x52: "☑", 0x4F: "✗", 0x54: "☒", 0xA3: "□", 0x97: "●"},
}


def _symbol(sym) -> str | None:
    """The character a w:sym shows: one of :data:`_SYMBOLS`, or its code itself in a font of characters; None for
    a picture font's other signs (a finding, :func:`_unread`)."""
    font, code = (sym.get(qn("w:font")) or "").strip().lower(), _hex(sym.get(qn("w:char")))
    if code is None:
        return None
    if font in _SYMBOLS:
        return _SYMBOLS[font].get(code & 0xFF if code >= 0xF000 else code)
    return None if 0xE000 <= code <= 0xF8FF or font.startswith(("wingdings", "webdings")) else chr(code)


def _hex(value: str | None) -> int | None:
    try:
        return int(value or "", 16)
    except ValueError:
        return None


#: An embedded object (an Excel sheet, an equation, a package) or an ActiveX control: a picture of it at most.
_OBJECTS = ".//*[local-name()='object' or local-name()='OLEObject' or local-name()='control']"


def _unread(element, notes: dict[str, dict[str, str]]) -> list[str]:
    """What ``element`` (a paragraph, a table) shows that is no text read here, each said in a finding's words: its
    embedded objects, footnotes and endnotes (their text, to put back by hand), symbols of a picture font."""
    found = []
    objects = {(node.get("ProgID") or "").split(".")[0] for node in element.xpath(_OBJECTS) if _shown(node, element)}
    for program in sorted(objects - {""}) or (["对象"] if objects else []):
        found.append(f"嵌入的{program}对象里的内容未导入（导入只读文字和表格）：请在 Word 里把它的内容复制为表格或文字再导入")
    for kind, word in (("footnote", "脚注"), ("endnote", "尾注")):
        for ref in element.iter(qn(f"w:{kind}Reference")):
            text = notes[kind].get(ref.get(qn("w:id")), "")
            if _shown(ref, element):
                found.append(f"{word}“{text}”未导入：要保留的，请写进正文" if text else f"{word}未导入")
    for sym in element.iter(qn("w:sym")):
        if _shown(sym, element) and _symbol(sym) is None:
            found.append(f"{sym.get(qn('w:font'))} 字体的符号（{sym.get(qn('w:char'))}）读不出，未导入：请核对原文，"
                         "需要的改用文字写")
    for sdt in element.iter(qn("w:sdt")):
        if _placeholder(sdt) and _shown(sdt, element) and not _holder_text(sdt).strip():
            found.append(_placeholder_note(sdt))
    return found


def _holder_text(sdt) -> str:
    """The text of the cell (else the paragraph) around a content control, placeholders left out."""
    cell = next(sdt.iterancestors(qn("w:tc")), None)
    if cell is not None:
        return _cell_text(cell, None)
    paragraph = next(sdt.iterancestors(qn("w:p")), None)
    return _text(paragraph) if paragraph is not None else ""


def _shown(node, top) -> bool:
    """Whether ``node`` inside ``top`` is on the page, and ``top``'s: not in a deleted or moved-away change, not in
    mc:Fallback (a copy), not in a hidden run; not in a paragraph's text box (read as paragraphs of its own)."""
    while node is not None and node is not top:
        if node.tag in (qn("w:del"), qn("w:moveFrom"), _FALLBACK) or _hidden(node) \
                or node.tag == _BOX and top.tag == qn("w:p"):
            return False
        node = node.getparent()
    return True


def _notes(document) -> dict[str, dict[str, str]]:
    """The text of each footnote and endnote, by kind and id."""
    found: dict[str, dict[str, str]] = {"footnote": {}, "endnote": {}}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1][:-1]
        if kind in found and not rel.is_external:
            for note in parse_xml(rel.target_part.blob).iter(qn(f"w:{kind}")):
                text = "".join(_text(p) for p in note.iter(qn("w:p")))
                found[kind][note.get(qn("w:id"))] = " ".join(text.split())
    return found


_TWIPS_PER_CHAR = 320  # a 3号 character


def _set_off(element) -> bool:
    """Whether the paragraph starts far in from the left: blanks and tabs typed before its text (a tab taken as
    two characters, a full-width space one, a space half), or a left or first-line indent."""
    lead = 0.0
    for node in _inline(element):
        if node.tag in _TABS:
            lead += 2
        elif node.tag == qn("w:t") and node.text:
            width, more = lead_width(node.text)
            lead += width
            if more:
                break
    for indent in element.findall(f"{qn('w:pPr')}/{qn('w:ind')}"):
        for chars, twips in (("w:leftChars", "w:left"), ("w:startChars", "w:start"), ("w:firstLineChars", "w:firstLine")):
            value = _val(indent, chars)
            lead += int(value) / 100 if value else int(_val(indent, twips) or 0) / _TWIPS_PER_CHAR
    return lead >= SET_OFF


def _styles(document) -> dict[str, tuple[str, str, str]]:
    """Each paragraph style's id → (its names, id and w:name, lower case; its alignment and outline level, from the
    styles it is based on where it has none): Chinese Word names its styles' ids 1, 2, a3 and keeps "heading 1" in
    w:name, and a style may align what its paragraphs do not (a 署名 in a right-aligned style of its own) or make
    them headings (an office's 一级标题 with an outline level)."""
    found = {}
    for style in document.styles.element.findall(qn("w:style")):
        name, based = style.find(qn("w:name")), style.find(qn("w:basedOn"))
        props = [_val(style.find(f"{qn('w:pPr')}/{qn(tag)}")) for tag in ("w:jc", "w:outlineLvl")]
        found[style.get(qn("w:styleId"))] = (_val(name) or "", props, _val(based))

    def resolved(style_id: str, depth: int = 0) -> tuple[str, str, str]:
        name, props, based = found.get(style_id, ("", [None, None], None))
        if None in props and based and depth < 10:
            props = [own if own is not None else inherited
                     for own, inherited in zip(props, resolved(based, depth + 1)[1:])]
        return f"{style_id} {name}".lower(), props[0] or "", props[1] or ""
    return {style_id: resolved(style_id) for style_id in found}


#: A heading style's name, Word's and the Chinese one (heading 1, 标题 1).
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*[1-9]$")


def _role(element, styles: dict[str, tuple[str, str, str]]) -> str:
    """What the paragraph's style and alignment make it: title, heading (a heading style, or an outline level of the
    paragraph's or its style's: it shows in Word's navigation pane), signature, date, centered, right or body."""
    style = _val(element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")) or ""
    names, style_align, style_outline = styles.get(style, (style.lower(), "", ""))
    role = next((r for prefix, r in _ROLES.items() if any(n.startswith(prefix) for n in names.split(" ", 1))), "body")
    if role == "body" and _HEADING_NAME.match(names.split(" ", 1)[-1]):
        role = "heading"
    if role == "body":
        value = _val(element.find(f"{qn('w:pPr')}/{qn('w:jc')}")) or style_align
        role = {"center": "centered", "right": "right", "end": "right"}.get(value, "body")
    outline = _val(element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")) or style_outline
    if role == "body" and outline in tuple("012345678"):  # 9 is body text's level
        role = "heading"
    return role


def _within(parent, tag: str):
    """``parent``'s children of ``tag``, those wrapped in content controls or custom XML too."""
    for element in parent.iterchildren():
        if element.tag in _WRAPPERS:
            content = _WRAPPERS[element.tag]
            yield from _within(element.find(content) if content else element, tag)
        elif element.tag == tag:
            yield element


def _grid(table, place: str, numbering: _Numbering) -> Grid:
    """``table`` as a grid at ``place``, each cell holding a picture in its ``pictures``."""
    # A row or cell deleted as a tracked change (w:del, w:cellDel: a column Word or LibreOffice deleted so marks each
    # of its cells) is not in the table any more; nor is a column of the grid only deleted cells stand in.
    rows = [row for row in _within(table, qn("w:tr")) if row.find(f"{qn('w:trPr')}/{qn('w:del')}") is None]
    placed = [list(_placed(row, numbering)) for row in rows]
    kept = [[cell for cell in row if cell[0].find(f"{qn('w:tcPr')}/{qn('w:cellDel')}") is None] for row in placed]
    gone = {col for row, left in zip(placed, kept) for cell in row if cell not in left
            for col in range(cell[1], cell[1] + cell[2])}
    gone -= {first for row in kept for _, first, count, _ in row if count == 1}
    column = _folded(table, [cell for row in kept for cell in row], gone)
    cells, open_merges, pictures = [], {}, []
    for r, row in enumerate(kept):
        for tc, first, count, text in row:
            col, colspan = column(first), column(first + count) - column(first)
            if tc.xpath(_PICTURE):  # noted once, as a paragraph's pictures are
                pictures.append((r, col))
            if not colspan:
                continue  # an empty cell only as wide as a sliver: not on the page
            props = tc.find(qn("w:tcPr"))
            merge = props.find(qn("w:vMerge")) if props is not None else None
            if merge is not None and merge.get(qn("w:val")) != "restart" and col in open_merges:
                cells[open_merges[col]][2] += 1  # continues the cell above
            else:
                cells.append([r, col, 1, colspan, text])
                if merge is not None:
                    open_merges[col] = len(cells) - 1
                else:
                    open_merges.pop(col, None)
    cells = [tuple(c) for c in cells]
    grid = fill_spans(cells, lines=True)
    return Grid(grid, [f"{place}第 {i + 1} 行" for i in range(len(grid))], place, merged(cells), pictures=pictures)


def _paragraphs_in(parent):
    """The paragraphs of a cell in order, with those of its content controls, text boxes (each once) and tables."""
    for element in parent.iterchildren():
        if _placeholder(element):
            continue
        if element.tag in _WRAPPERS:
            content = _WRAPPERS[element.tag]
            yield from _paragraphs_in(element.find(content) if content else element)
        elif element.tag == qn("w:p"):
            for box in _boxes(element, above=True):
                yield from _paragraphs_in(box)
            yield element
            for box in _boxes(element, above=False):
                yield from _paragraphs_in(box)
        elif element.tag == qn("w:tbl"):
            for cell in _cells(element):
                yield from _paragraphs_in(cell)


def _placed(row, numbering: _Numbering):
    """Each cell of ``row`` with the first column of the table's grid it covers, how many it covers, and its text."""
    before = row.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}")
    col = max(0, _whole(before.get(qn("w:val"))) or 0) if before is not None else 0
    for tc in _within(row, qn("w:tc")):
        span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        # Word reads a span that is missing, 0 or not a number as one column: the cell's text is never lost.
        colspan = max(1, _whole(span.get(qn("w:val"))) or 1) if span is not None else 1
        yield tc, col, colspan, _cell_text(tc, numbering)
        col += colspan


def _cell_text(tc, numbering: _Numbering | None) -> str:
    """A cell's paragraphs, a line each (one whose mark a tracked change deleted goes on in the next); nothing for a
    cell that is a content control's placeholder."""
    if any(_placeholder(node) for node in tc.iterancestors(qn("w:sdt"))):
        return ""
    text = ""
    for p in _paragraphs_in(tc):
        label = numbering.label(p) if numbering is not None else ""  # None: the text only, nothing counted
        text += label + _text(p, notes=True) + ("" if _mark_deleted(p) else "\n")
    return text.removesuffix("\n")


#: Twips (1/1440 inch) under which a column of a table's grid is a sliver, not a column of the table.
_SLIVER = 30


def _folded(table, cells, gone: set[int]):
    """The column read where each column of ``table``'s grid starts (:func:`.source.column_starts`, slivers of under
    :data:`_SLIVER` twips, which LibreOffice, WPS and other converters make, and the columns of ``gone`` folded): a
    function of the grid column's index (``cells`` as :func:`_placed` gives them)."""
    widths = [0 if i in gone else _whole(col.get(qn("w:w")))
              for i, col in enumerate(table.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}"))]
    starts = column_starts(widths, [(first, count) for _, first, count, text in cells if text.strip()], _SLIVER)
    return lambda col: starts[col] if col < len(starts) else starts[-1] + col - len(widths)


def _whole(value: str | None) -> int | None:
    """An attribute's whole number (a grid column's width in twips, a span); None when not given as one."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class _Numbering:
    """The numbers Word's automatic numbering shows before paragraphs, counted in document order.

    Word counts a list (an abstractNum) as one, whichever of its w:num a paragraph names: a heading copied from
    elsewhere names another w:num and still goes on 四、 after 三、; only a w:num that restarts a level (w:lvlOverride,
    Word's 重新开始编号) counts on its own. A list defined by a numbering style (w:numStyleLink) is that style's list;
    a w:lvlOverride's own w:lvl stands for its list's level."""

    def __init__(self, document):
        try:
            definitions = document.part.numbering_part.element.findall("*")
        except NotImplementedError:  # python-docx's answer for a document without numbering
            definitions = []
        self._abstract = {_val(a, "w:abstractNumId"): a for a in definitions if a.tag == qn("w:abstractNum")}
        self._nums = {_val(n, "w:numId"): n for n in definitions if n.tag == qn("w:num")}
        self._styles = {s.style_id: s.element for s in document.styles}
        self._counts: dict[str, list[int]] = {}

    def label(self, paragraph) -> str:
        """The number shown before ``paragraph`` ("一、", "（二）", "3."), or ""; counts it."""
        num_id, level, style = self._numbered(paragraph)
        num = self._nums.get(num_id)
        abstract_id = self._linked(_val(num.find(qn("w:abstractNumId")))) if num is not None else None
        abstract = self._abstract.get(abstract_id)
        if abstract is None:
            return ""
        # a level Word has none of (w:ilvl 9, x: a converter's slip) is shown by no paragraph
        levels = {n: lvl for lvl in abstract.findall(qn("w:lvl")) if (n := _level(lvl)) is not None}
        overrides = {n: o for o in num.findall(qn("w:lvlOverride")) if (n := _level(o)) is not None}
        levels.update({n: o.find(qn("w:lvl")) for n, o in overrides.items() if o.find(qn("w:lvl")) is not None})
        if level is None:  # the level whose paragraphs' style it is (w:lvl/w:pStyle), as Word links heading styles
            level = next((n for n, lvl in levels.items() if style and _val(lvl.find(qn("w:pStyle"))) == style), 0)
        lvl = levels.get(level)
        if lvl is None:
            return ""
        counts = self._counts.setdefault(f"num {num_id}" if overrides else abstract_id, [0] * 9)
        if counts[level] == 0:
            override = overrides[level].find(qn("w:startOverride")) if level in overrides else None
            start = _whole(_val(override if override is not None else lvl.find(qn("w:start"))))
            counts[level] = (1 if start is None else start) - 1
        counts[level] += 1
        for deeper in range(level + 1, 9):
            # w:lvlRestart (重新开始编号的间隔): the level starts again only after the levels above it up to the one
            # named (1 for 一、: its 1. go on over the （一） between them), never where it is 0.
            restart = _whole(_val(levels[deeper].find(qn("w:lvlRestart")))) if deeper in levels else None
            if restart is None or level < restart:
                counts[deeper] = 0
        if _format_of(lvl) in ("bullet", "none") or _switched_on(lvl.find(f"{qn('w:rPr')}/{qn('w:vanish')}")):
            return ""  # no number, or one set as hidden text: not on the page
        text = _val(lvl.find(qn("w:lvlText"))) or ""
        legal = _switched_on(lvl.find(qn("w:isLgl")))  # 正规形式编号: the levels above in figures (1.2, not 一.2)
        for n in range(level + 1):  # "%1.%2" shows the levels above too
            fmt = _format_of(levels.get(n))
            text = text.replace(f"%{n + 1}", _format(counts[n] or 1, "decimal" if legal and n < level else fmt))
        # Word sets a tab (or a space) after the number: one with no sign after it ("%1") is not glued to the
        # text (1 and 2023年 read as 12023年).
        gap = text[-1:].isalnum() and _val(lvl.find(qn("w:suff"))) != "nothing"
        return text + " " if gap else text

    def _linked(self, abstract_id: str | None, depth: int = 0) -> str | None:
        """The abstractNum that holds the levels of ``abstract_id``'s list: itself, or for one that only names a
        numbering style (w:numStyleLink), the list that style's numbering names."""
        link = _val(self._abstract[abstract_id].find(qn("w:numStyleLink"))) if abstract_id in self._abstract else None
        style = self._styles.get(link) if link else None
        num_id = _val(style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")) if style is not None else None
        num = self._nums.get(num_id)
        if num is None or depth > 5:
            return abstract_id
        return self._linked(_val(num.find(qn("w:abstractNumId"))), depth + 1)

    def _numbered(self, paragraph) -> tuple[str | None, int | None, str | None]:
        """The paragraph's numId and level, each from its own properties or else its style's (a paragraph may give
        the level only, its heading style the list), and its style; no level given: None."""
        style = _val(paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}"))
        found = {"w:numId": None, "w:ilvl": None}
        element, seen = paragraph, set()
        while element is not None and None in found.values():
            for tag in found:
                found[tag] = found[tag] or _val(element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn(tag)}"))
            based = style if element is paragraph else _val(element.find(qn("w:basedOn")))
            if based in seen:
                break
            seen.add(based)
            element = self._styles.get(based)
        level = found["w:ilvl"]
        return found["w:numId"], int(level) if level and level.isdigit() else None, style


def _level(element) -> int | None:
    """The level (0-8) a w:lvl or w:lvlOverride is of, by its w:ilvl (0 unsaid); None for another."""
    level = _whole(_val(element, "w:ilvl") or "0")
    return level if level in range(9) else None


def _val(element, name: str = "w:val") -> str | None:
    return element.get(qn(name)) if element is not None else None


def _format_of(level) -> str | None:
    return _val(level.find(qn("w:numFmt"))) if level is not None else None


_DIGITS = "〇一二三四五六七八九"
#: Counting formats, as 一、二……十一: 大写 (chineseLegalSimplified, 壹、贰) too, as reportkit knows a heading's number
#: in the plain figures only and numbers headings itself.
_CHINESE_COUNTING = ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
                     "japaneseCounting", "koreanCounting", "chineseLegalSimplified")
#: Formats of a digit each (Word's 一〇 for 10), and the digits they use.
_DIGIT_BY_DIGIT = {"ideographDigital": _DIGITS, "taiwaneseDigital": _DIGITS, "japaneseDigitalTenThousand": _DIGITS,
                   "decimalFullWidth": "０１２３４５６７８９", "decimalFullWidth2": "０１２３４５６７８９"}
#: Formats Word sets as a sign of its own for 1-20 (⑴ ⒈), read as the number typed so ((1) 1.): that is how reportkit
#: knows a heading's level and takes its number off.
_ENCLOSED = {"decimalEnclosedParen": "（{}）", "decimalEnclosedFullstop": "{}."}


def _format(n: int, fmt: str | None) -> str:
    """``n`` as numbering format ``fmt`` shows it (Chinese counting up to 99; formats of no sign here as digits)."""
    if fmt in _CHINESE_COUNTING and 0 < n < 100:
        tens, ones = divmod(n, 10)
        return (("" if tens == 1 else _DIGITS[tens]) + "十" if tens else "") + (_DIGITS[ones] if ones else "")
    if fmt in _DIGIT_BY_DIGIT:
        return str(n).translate(str.maketrans("0123456789", _DIGIT_BY_DIGIT[fmt]))
    if fmt in _ENCLOSED:
        return _ENCLOSED[fmt].format(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperLetter", "lowerLetter") and 0 < n <= 26:
        return chr((65 if fmt == "upperLetter" else 97) + n - 1)
    if fmt == "ideographTraditional" and 0 < n <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if fmt in ("upperRoman", "lowerRoman") and 0 < n < 40:  # as Word shows it, in Latin letters: I. II. … XXXIX.
        tens, ones = divmod(n, 10)
        roman = "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[ones]
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)
