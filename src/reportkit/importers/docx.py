"""Read a DOCX (Word, WPS or reportkit's own) into paragraphs and grids, in body order.

Word and WPS turn a typed "一、" into automatic numbering: the number is then in the numbering
definitions, not in the text, and is put back here (:class:`_Numbering`). Content wrapped in content
controls (w:sdt) or custom XML is read like the rest of the body; a text box's paragraphs follow the
paragraph it is anchored in.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from .labels import SET_OFF, lead_width
from .source import Grid, Para, Published, fill_spans, merged

_ROLES = {"title": "title", "heading": "heading", "signature": "signature", "date": "date"}


def read(path: Path) -> Published:
    """Every paragraph and table of the body; merged cells (gridSpan, vMerge) repeated over their span, a grid
    column a twip or two wide (a converter's rounding) no column of its own (:func:`_folded`)."""
    published = Published(str(path))
    document = Document(str(path))
    numbering, styles = _Numbering(document), _styles(document)
    paragraphs = tables = 0
    for element in _blocks(document.element.body):
        if element.tag == qn("w:p"):
            paragraphs += 1
            role = _role(element, styles)
            role = "right" if role == "body" and _set_off(element) else role
            published.add(Para(numbering.label(element) + _text(element), f"第 {paragraphs} 段", role))
            if element.xpath(_PICTURE):
                published.picture(f"第 {paragraphs} 段")
        elif element.tag == qn("w:tbl"):
            tables += 1
            published.add(_grid(element, f"第 {tables} 个表格", numbering))
    return published


#: A picture in a paragraph: a drawing's image (a:blip; not a text box or a shape) or an old-style picture's.
_PICTURE = ".//*[local-name()='blip' or local-name()='imagedata']"

_WRAPPERS = {qn("w:sdt"): qn("w:sdtContent"), qn("w:customXml"): None}


def _blocks(parent):
    """The paragraphs and tables of ``parent`` in order, those inside content controls and custom XML too; a text
    box's paragraphs follow the paragraph that anchors it, and a layout table's (one holding tables, or a single
    cell: a web page saved as a document) are its cells' blocks."""
    for element in parent.iterchildren():
        if element.tag in _WRAPPERS:
            content = _WRAPPERS[element.tag]
            yield from _blocks(element.find(content) if content else element)
        elif element.tag == qn("w:p"):
            yield element
            for box in _boxes(element):
                yield from _blocks(box)
        elif element.tag == qn("w:tbl") and _layout(element):
            for cell in _cells(element):
                yield from _blocks(cell)
        elif element.tag == qn("w:tbl"):
            yield element


def _layout(table) -> bool:
    """A table that only places things: it holds tables, or it is a single cell."""
    cells = list(_cells(table))
    return len(cells) == 1 or any(cell.find(f".//{qn('w:tbl')}") is not None for cell in cells)


def _cells(table):
    """The cells of ``table``'s own rows (not of the tables inside it)."""
    for row in _within(table, qn("w:tr")):
        yield from _within(row, qn("w:tc"))


_BOX = qn("w:txbxContent")
#: Not the paragraph's own text: its text boxes, the copy of a drawing kept for older readers (mc:Fallback, which
#: would read each text box twice), text a tracked change moved away, and properties (a tab stop is no tab).
_ASIDE = {_BOX, "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback", qn("w:moveFrom"),
          qn("w:pPr"), qn("w:rPr")}


def _inline(element):
    """The nodes of ``element``'s own text (:data:`_ASIDE` and hidden runs left out), in order."""
    for child in element.iterchildren():
        if child.tag not in _ASIDE and not _hidden(child):
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


def _boxes(paragraph) -> list:
    """The text boxes anchored in ``paragraph``, each once."""
    return [child for node in _inline(paragraph) for child in node.iterchildren() if child.tag == _BOX]


def _text(element, notes: bool = False) -> str:
    """The paragraph's text, without its text boxes'; a manual line break (w:br) is a newline. With ``notes`` (a
    table's cell), a superscript is a note's mark, in brackets after the figure it marks (156¹ read as 1561)."""
    out = []
    for node in _inline(element):
        if node.tag == qn("w:t"):
            text = node.text or ""
            out.append(f"（{text.strip()}）" if notes and text.strip() and _superscript(node.getparent()) else text)
        elif node.tag in (qn("w:br"), qn("w:cr")):
            out.append("\n")
        elif node.tag == qn("w:tab"):
            out.append(" ")
    return "".join(out)


_TWIPS_PER_CHAR = 320  # a 3号 character


def _set_off(element) -> bool:
    """Whether the paragraph starts far in from the left: blanks and tabs typed before its text (a tab taken as
    two characters, a full-width space one, a space half), or a left or first-line indent."""
    lead = 0.0
    for node in _inline(element):
        if node.tag == qn("w:tab"):
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


def _styles(document) -> dict[str, tuple[str, str]]:
    """Each paragraph style's id → (its names, id and w:name, lower case; its alignment, from the styles it is based
    on where it has none): Chinese Word names its styles' ids 1, 2, a3 and keeps "heading 1" in w:name, and a
    style may align what its paragraphs do not (a 署名 in a right-aligned style of its own)."""
    found = {}
    for style in document.styles.element.findall(qn("w:style")):
        name, align = style.find(qn("w:name")), style.find(f"{qn('w:pPr')}/{qn('w:jc')}")
        based = style.find(qn("w:basedOn"))
        found[style.get(qn("w:styleId"))] = (_val(name) or "", _val(align), _val(based))

    def resolved(style_id: str, depth: int = 0) -> tuple[str, str]:
        name, align, based = found.get(style_id, ("", None, None))
        if align is None and based and depth < 10:
            align = resolved(based, depth + 1)[1]
        return f"{style_id} {name}".lower(), align or ""
    return {style_id: resolved(style_id) for style_id in found}


def _role(element, styles: dict[str, tuple[str, str]]) -> str:
    style = _val(element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")) or ""
    names, style_align = styles.get(style, (style.lower(), ""))
    role = next((r for prefix, r in _ROLES.items() if any(n.startswith(prefix) for n in names.split(" ", 1))), "body")
    if role == "body":
        value = _val(element.find(f"{qn('w:pPr')}/{qn('w:jc')}")) or style_align
        role = {"center": "centered", "right": "right", "end": "right"}.get(value, "body")
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
    # A row deleted as a tracked change is not in the table any more.
    rows = [row for row in _within(table, qn("w:tr")) if row.find(f"{qn('w:trPr')}/{qn('w:del')}") is None]
    placed = [list(_placed(row, numbering)) for row in rows]
    column = _folded(table, [cell for row in placed for cell in row])
    cells, open_merges = [], {}
    for r, row in enumerate(placed):
        for tc, first, count, text in row:
            col, colspan = column(first), column(first + count) - column(first)
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
    grid = fill_spans(cells)
    return Grid(grid, [f"{place}第 {i + 1} 行" for i in range(len(grid))], place, merged(cells))


def _placed(row, numbering: _Numbering):
    """Each cell of ``row`` with the first column of the table's grid it covers, how many it covers, and its text."""
    before = row.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}")
    col = max(0, _whole(before.get(qn("w:val"))) or 0) if before is not None else 0
    for tc in _within(row, qn("w:tc")):
        span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        # Word reads a span that is missing, 0 or not a number as one column: the cell's text is never lost.
        colspan = max(1, _whole(span.get(qn("w:val"))) or 1) if span is not None else 1
        yield tc, col, colspan, "\n".join(numbering.label(p) + _text(p, notes=True) for p in tc.iter(qn("w:p")))
        col += colspan


#: Twips (1/1440 inch) under which a column of a table's grid is a sliver, not a column of the table.
_SLIVER = 30


def _folded(table, cells):
    """The column read where each column of ``table``'s grid starts: a function of the grid column's index.

    LibreOffice, WPS and other converters make a grid column a twip or two wide (:data:`_SLIVER`) where the edges
    of cells in different rows were rounded apart: a cell spanning it and a real column was read as two cells
    holding the same figure. Such a sliver is folded into the column beside it, unless a cell with text covers
    slivers only (``cells`` as :func:`_placed` gives them): that cell's columns stay columns."""
    widths = [_whole(col.get(qn("w:w"))) for col in table.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")]
    slivers = {i for i, width in enumerate(widths) if width is not None and width < _SLIVER}
    slivers -= {i for _, first, count, text in cells if text.strip() and set(range(first, first + count)) <= slivers
                for i in range(first, first + count)}
    starts = [0]
    for i in range(len(widths)):
        starts.append(starts[-1] + (i not in slivers))
    return lambda col: starts[col] if col < len(starts) else starts[-1] + col - len(widths)


def _whole(value: str | None) -> int | None:
    """An attribute's whole number (a grid column's width in twips, a span); None when not given as one."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class _Numbering:
    """The numbers Word's automatic numbering shows before paragraphs, counted in document order."""

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
        num_id, level = self._numbered(paragraph)
        num = self._nums.get(num_id)
        abstract = self._abstract.get(_val(num.find(qn("w:abstractNumId")))) if num is not None else None
        if abstract is None:
            return ""
        levels = {int(_val(lvl, "w:ilvl") or 0): lvl for lvl in abstract.findall(qn("w:lvl"))}
        lvl = levels.get(level)
        if lvl is None:
            return ""
        counts = self._counts.setdefault(num_id, [0] * 9)
        if counts[level] == 0:
            override = next((o.find(qn("w:startOverride")) for o in num.findall(qn("w:lvlOverride"))
                             if _val(o, "w:ilvl") == str(level)), None)
            counts[level] = int(_val(override if override is not None else lvl.find(qn("w:start"))) or 1) - 1
        counts[level] += 1
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        if _format_of(lvl) in ("bullet", "none"):
            return ""
        text = _val(lvl.find(qn("w:lvlText"))) or ""
        for n in range(level + 1):  # "%1.%2" shows the levels above too
            text = text.replace(f"%{n + 1}", _format(counts[n] or 1, _format_of(levels.get(n))))
        return text

    def _numbered(self, paragraph) -> tuple[str | None, int]:
        """The paragraph's (numId, level), from its own properties or its style's."""
        props = paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        seen = set()
        while props is None and style is not None and _val(style) not in seen:
            seen.add(_val(style))
            element = self._styles.get(_val(style))
            if element is None:
                break
            props = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            style = element.find(qn("w:basedOn"))
        if props is None:
            return None, 0
        return _val(props.find(qn("w:numId"))), int(_val(props.find(qn("w:ilvl"))) or 0)


def _val(element, name: str = "w:val") -> str | None:
    return element.get(qn(name)) if element is not None else None


def _format_of(level) -> str | None:
    return _val(level.find(qn("w:numFmt"))) if level is not None else None


_DIGITS = "〇一二三四五六七八九"
_CHINESE_COUNTING = ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand")


def _format(n: int, fmt: str | None) -> str:
    """``n`` as numbering format ``fmt`` shows it (Chinese counting up to 99; other formats as digits)."""
    if fmt in _CHINESE_COUNTING and 0 < n < 100:
        tens, ones = divmod(n, 10)
        return (("" if tens == 1 else _DIGITS[tens]) + "十" if tens else "") + (_DIGITS[ones] if ones else "")
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalEnclosedCircle" and 0 < n <= 20:
        return chr(0x2460 + n - 1)
    if fmt in ("upperLetter", "lowerLetter") and 0 < n <= 26:
        return chr((65 if fmt == "upperLetter" else 97) + n - 1)
    if fmt == "ideographTraditional" and 0 < n <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    return str(n)
