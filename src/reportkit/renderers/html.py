"""HTML output: one self-contained, accessible page for a website's 年报 column.

Read from the same block tree as the DOCX and PDF: real ``<table>``s with ``<th scope>`` and the
printed row and column spans, headings as ``<h2>``…, no scripts, the CSS in one ``<style>``, no
file or font fetched: the page can be pasted into a CMS as it is. Chinese and digits or Latin letters are spaced as
in the DOCX and both PDFs (:func:`spaced`, which the WeasyPrint PDF's template uses too), whatever the browser.
"""
from __future__ import annotations

import re
from html import escape

from markupsafe import Markup
from markupsafe import escape as markup_escape

from ..blocks import (
    Addressee, Attachment, AttachmentNote, Cell, Document, Heading, Imprint, Masthead, PageBreak, Paragraph,
    Signature, Table, Title,
)
from ..layout import AUTOSPACED, Layout
from ..registry import FontFace, RenderOutput

CSS = """
body { font-family: "FangSong", "仿宋", "STFangsong", "Songti SC", serif; font-size: 16pt; line-height: 1.75;
       max-width: 46em; margin: 2em auto; padding: 0 1em; color: #000; background: #fff; }
h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", "宋体", serif; font-size: 22pt; font-weight: normal;
     text-align: center; line-height: 1.5; margin: 0 0 1em; }
h2 { font-family: "SimHei", "黑体", sans-serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
h3 { font-family: "KaiTi", "楷体", serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
h4, h5, h6 { font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.addressee, .signature p, .attachment-note p, .attachment-label { text-indent: 0; }
.signature p { text-align: right; }
.signature { text-align: right; margin: 1.75em 2em 0 0; }
.attachment-note { margin-top: 1.75em; padding-left: 2em; }
.attachment { margin-top: 3em; border-top: 1px solid #999; padding-top: 1em; }
.attachment-label { font-family: "SimHei", "黑体", sans-serif; }
.masthead { text-align: center; color: #c00; border-bottom: 2px solid #c00; margin-bottom: 1.5em; }
.masthead p { text-indent: 0; text-align: center; }
.imprint { margin-top: 2em; border-top: 1px solid #000; border-bottom: 1px solid #000; font-size: 14pt; }
.imprint p { text-indent: 0; }
.draft { color: #c00; border: 2px solid #c00; text-align: center; text-indent: 0; margin-bottom: 1em; }
.table-wrap { overflow-x: auto; margin: 0.5em 0 1em; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.4; }
caption { font-size: 16pt; padding-bottom: 0.3em; }
th, td { border: 1px solid #000; padding: 0.25em 0.4em; text-align: center; vertical-align: middle; }
th { font-weight: bold; }
th[scope="row"], th[scope="rowgroup"] { font-weight: normal; }
.left { text-align: left; }
.right { text-align: right; }
"""
#: The space between Chinese and digits or Latin letters (:func:`spaced`), ``Geometry.autospace_em`` as in the PDFs:
#: a left margin, as the PDF template has it, so that the page's text, copied or printed to PDF by a browser, holds no
#: character that is not the data's (a generated space was one in Chromium's PDF: “公示 27条” read back). A line a
#: browser starts at such a boundary is indented by the margin (the WeasyPrint PDF takes it off: cjk_justify).
#: Browsers with ``text-autospace`` (Chromium 140, Safari 18.4 and later) would add an eighth of an em more, older
#: ones, many offices' still, none: the page turns the browser's own off.
_SPACE = 'body {{ text-autospace: no-autospace; }}\n.as {{ margin-left: {:g}em; }}\n'
#: A data cell's text starts with a number (16, +3, -11, 0（注释）); a label does not.
_NUMBER = re.compile(r"[+\-]?\d")


def render_html(document: Document, layout: Layout, fonts: list[FontFace]) -> RenderOutput:
    head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(document.title)}</title>", f'<meta name="author" content="{escape(document.author)}">']
    if document.subject:
        head.append(f'<meta name="description" content="{escape(document.subject)}">')
    if document.keywords:
        head.append(f'<meta name="keywords" content="{escape(", ".join(document.keywords))}">')
    body = ['<p class="draft">草稿</p>'] if document.draft else []
    body += _blocks(document.blocks, 0)
    style = CSS + _SPACE.format(layout.geometry.autospace_em)
    page = (f'<!DOCTYPE html>\n<html lang="{escape(document.lang)}">\n<head>\n' + "\n".join(head)
            + f"\n<style>{style}</style>\n</head>\n<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n")
    return RenderOutput(page.encode("utf-8"))


def spaced(text: str, between=markup_escape) -> Markup:
    """``text`` escaped, what follows each boundary between Chinese and digits or Latin letters (a run of them after a
    Chinese character, or a Chinese character after such a run: :data:`reportkit.layout.AUTOSPACED`) in a
    ``<span class="as">``, which the stylesheet spaces by ``Geometry.autospace_em`` (the PDF's with a left margin):
    the space Word, WPS and LibreOffice put there, and no character added to the text. ``between`` sets the rest
    (the WeasyPrint PDF's template boxes its ASCII runs)."""
    return wrapped(str(text), AUTOSPACED, '<span class="as">{}</span>', between)


def wrapped(text: str, pattern: re.Pattern, tag: str, between=markup_escape) -> Markup:
    """``text`` escaped, each match of ``pattern`` in ``tag`` (a format string), what lies between through ``between``."""
    out, end = [], 0
    for match in pattern.finditer(text):
        out += [between(text[end:match.start()]), Markup(tag).format(match.group())]
        end = match.end()
    out.append(between(text[end:]))
    return Markup("").join(out)


def _text(text: str) -> str:
    """:func:`spaced`, with line breaks (``\\n`` and U+2028) as ``<br>``."""
    return "<br>".join(spaced(part) for part in str(text).replace("\u2028", "\n").split("\n"))


def _joined(text: str) -> str:
    """:func:`spaced`, in one line: where the printed page breaks a name (``line_breaks``) a web page, which flows its
    text, showed a space."""
    return spaced(text.replace("\n", ""))


def _blocks(blocks, shift: int) -> list[str]:
    """``shift`` moves headings down a level inside an attachment, whose title is an ``<h2>``."""
    out = []
    for block in blocks:
        if isinstance(block, Title):
            out.append(f"<h1>{_text(block.text)}</h1>")
        elif isinstance(block, Addressee):
            out.append(f'<p class="addressee">{spaced(block.line)}</p>')
        elif isinstance(block, Heading):
            level = min(block.level + 1 + shift, 6)
            out.append(f"<h{level}>{escape(block.number)}{_text(block.text)}</h{level}>")
        elif isinstance(block, Paragraph):
            out.append(f"<p>{_text(block.text)}</p>")
        elif isinstance(block, Table):
            out.append(_table(block))
        elif isinstance(block, AttachmentNote):
            numbers = [""] if len(block.items) == 1 else [f"{i}." for i in range(1, len(block.items) + 1)]
            lines = "".join(f"<p>{'附件：' if i == 0 else ''}{n}{_joined(item)}</p>"
                            for i, (n, item) in enumerate(zip(numbers, block.items)))
            out.append(f'<div class="attachment-note">{lines}</div>')
        elif isinstance(block, Signature):
            organs = "".join(f"<p>{_joined(organ)}</p>" for organ in block.organs)
            out.append(f'<div class="signature">{organs}<p>{spaced(block.date)}</p></div>')
        elif isinstance(block, Attachment):
            inner = "\n".join(_blocks(block.blocks, 1))
            out.append(f'<section class="attachment">\n<p class="attachment-label">{escape(block.label)}</p>\n'
                       f"<h2>{_text(block.title)}</h2>\n{inner}\n</section>")
        elif isinstance(block, Masthead):
            signer = "\u3000签发人：" + escape("\u3000".join(block.signers)) if block.signers else ""
            number = f"<p>{escape(block.number)}{signer}</p>" if block.number else ""
            # a 标志 the red-head layout sets in two lines is one name on a web page
            out.append(f'<header class="masthead"><p>{escape(block.organ.replace(chr(10), ""))}</p>{number}</header>')
        elif isinstance(block, Imprint):
            lines = "".join(f"<p>{_joined(t)}</p>" for t in (block.copy_line, block.printer, block.date_line) if t)
            out.append(f'<footer class="imprint">{lines}</footer>')
        elif isinstance(block, PageBreak):
            continue  # a web page has no pages
    return out


def _table(table: Table) -> str:
    parts = ['<div class="table-wrap"><table>']
    if table.caption:
        parts.append(f"<caption>{spaced(table.caption)}</caption>")
    total = sum(table.widths) or 1
    parts.append("<colgroup>" + "".join(f'<col style="width:{100 * w / total:.2f}%">' for w in table.widths) + "</colgroup>")
    sections = (("thead", table.rows[:table.header_rows]), ("tbody", table.rows[table.header_rows:]))
    for tag, rows in sections:
        if not rows:
            continue
        parts.append(f"<{tag}>")
        for row in rows:
            cells = []
            labels = True  # the leading label cells of a body row head that row
            for cell in row:
                if tag == "tbody" and not cell.header and labels and _NUMBER.match(cell.text):
                    labels = False
                cells.append(_cell(cell, tag == "thead" or cell.header, tag == "tbody" and not cell.header and labels))
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append(f"</{tag}>")
    parts.append("</table></div>")
    return "\n".join(parts)


def _cell(cell: Cell, column_head: bool, row_head: bool) -> str:
    attrs = ""
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if cell.align != "center":
        attrs += f' class="{cell.align}"'
    if cell.hanging:
        attrs += f' style="padding-left: {cell.hanging + 0.4}em; text-indent: -{cell.hanging}em"'
    if column_head:
        scope = "colgroup" if cell.colspan > 1 else "col"
        return f'<th scope="{scope}"{attrs}>{_text(cell.text)}</th>'
    if row_head:
        scope = "rowgroup" if cell.rowspan > 1 else "row"
        return f'<th scope="{scope}"{attrs}>{_text(cell.text)}</th>'
    return f"<td{attrs}>{_text(cell.text)}</td>"
