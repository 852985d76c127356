"""Read a web page into paragraphs and grids: the report's own tables, not the site's layout tables."""
from __future__ import annotations

import copy
import email
import itertools
import re
import urllib.parse
from pathlib import Path

import lxml.etree
import lxml.html

from ..attachments import year_pattern
from ..errors import NOTE, ReportkitError
from ..file_kinds import MAX_TEXT_BYTES, megabytes
from ..numerals import chinese_numeral
from .annual_tables import stands_apart
from .frame import LINKS_TITLE, WEB_FOOTER, site_links
from .headings import bold_lead, read_once
from .labels import SET_OFF, date_line, heading_level, lead_width, numbering, organ_name
from .source import (Grid, Para, Picture, Published, cell_text, clean, column_starts, decode, fill_spans, merged,
                     worded_title)
from .text import aligned, closing, merged_down

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "section", "article", "td", "th",
           "center", "blockquote", "ul", "ol", "body", "tr", "tbody", "thead", "main", "pre", "dl", "dt", "dd",
           "details", "summary"}
_SKIP = {"script", "style", "head", "noscript", "nav", "footer", "header", "form", "button", "select", "iframe",
         "template"}
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
#: A <header>/<footer> of these classes is a red-head document's 版头/版记 (reportkit's own page, ``render -f html``
#: with the redhead layout), not the site's: read, so that the import names each as left out, as for a DOCX or PDF.
#: So is one in an <article>: the article's own (its title and date line; its 署名, its 责任编辑).
_REDHEAD = {"header": "masthead", "footer": "imprint"}
#: A site's link to the article before or after this one (上一篇：, with 没有了 where there is none): navigation.
_NEIGHBOUR = r"[上下]一[篇条][:：](?:(?:没有了|暂无|无)(?=[上下]一[篇条]|$))?"
#: “附件：” before a link to a file, “上一篇：” before a link to another article: the block is still the link.
_LINK_LEAD = re.compile(rf"^(?:相关)?附件\d*[:：]|{_NEIGHBOUR}")
#: What a line of a site's links (相关链接：<a>…</a> | <a>…</a>, a menu's 网站首页 | 政务公开) has besides them: its
#: title and the bars between.
_SITE_LINKS = re.compile(rf"(?:{LINKS_TITLE})?[|｜·•/]*")
#: The date a site's list of articles gives beside each link (2023-01-20, [2023-01-20 09:30], （2023年1月20日）): the
#: item is still the link.
_LISTED_DATE = re.compile(r"[\[［(（【]?\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?[]］)）】]?")
#: A list's item holding a link and its date in blocks of their own (<li><div><a>…</a></div><div>2023-01-20</div>) is
#: one paragraph, if it is no longer than this.
_ITEM_LENGTH = 100


#: A picture saved in the page (data:image/png;base64,…): read at once, unlike the markup around it.
_INLINED = re.compile(r"data:[^\"'()\s>]*")


#: An XHTML page's first line (older sites'): lxml refuses a declared encoding in text already decoded.
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


def read(path: Path) -> Published:
    """Paragraphs (leaf block elements) and data tables; a table holding a table is layout, read through."""
    return _read_page(path, decode(Path(path).read_bytes()))


def read_archive(path: Path) -> Published:
    """A page saved as one file (.mht, .mhtml: the page and its pictures in MIME parts): its HTML part read as a page;
    where a frame of it loads the article, the frame's own part (never fetched: :func:`_framed`)."""
    message = email.message_from_bytes(Path(path).read_bytes())
    pages = [p for p in message.walk() if p.get_content_type() == "text/html"]
    if not pages:
        raise ReportkitError(f"{path}: 这个网页存档里没有网页正文：请用浏览器打开它，另存为“网页，仅 HTML”（.html）后再导入")
    frames: dict[str, tuple[str, str]] = {}
    for part in pages[1:]:
        # a frame's part is named by its address (Content-Location), or by a Content-ID the page's frame names (cid:…,
        # as Chrome saves it)
        location, name = ((part.get(key) or "").strip().strip("<>") for key in ("Content-Location", "Content-ID"))
        for key in filter(None, (location, name and "cid:" + name)):
            frames.setdefault(key, (location, _part_text(part)))
    return _read_page(path, _part_text(pages[0]), frames, (pages[0].get("Content-Location") or "").strip())


def _part_text(part) -> str:
    """The text of a MIME ``part`` of a page saved as one file, by its charset (or as :func:`.source.decode` finds it)."""
    raw = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    try:
        return raw.decode(charset) if charset else decode(raw)
    except (LookupError, UnicodeDecodeError):
        return decode(raw)


def _read_page(path: Path, text: str, frames: dict | None = None, base: str = "", follow: bool = False) -> Published:
    """The page ``text`` of ``path`` read; ``frames``: the documents of its frames a page saved as one file holds, by
    their addresses (:func:`read_archive`: ``base`` the page's own), each put in its frame's place where ``follow``
    (as where the page holds no article of its own, :func:`_framed`)."""
    markup = len(_INLINED.sub("", text).encode("utf-8", "surrogatepass"))
    if markup > MAX_TEXT_BYTES:  # its paragraphs would be read for minutes (a .html's size is bounded before, by 50 MB)
        raise ReportkitError(f"{path}: 网页除去存在其中的图片还有 {megabytes(markup)}，超过 reportkit 导入网页正文的上限 "
                             f"{megabytes(MAX_TEXT_BYTES)}（年度报告的网页一般不到 1 MB，这样大的网页要读很久），未导入：请确认选对了文件")
    root = lxml.html.fromstring(_XML_DECLARATION.sub("", text, count=1))
    if follow:
        _followed(root, frames or {}, base, set())
    published = Published(str(path), page_title=" ".join((root.findtext(".//title") or "").split()))
    _wechat(root)
    _css_tables(root)
    _word_labels(root)
    _hidden(root)
    catalogue = _catalogue(root)
    _controls(root)
    _codes(root)
    _footers(root)
    _list_page(path, root)
    _link_boxes(root)
    pages = _pager(root)
    _notes(root)
    _list_numbers(root)
    counter = {"p": 0, "t": 0}
    _walk(root, published, counter)
    read_once(published)
    _attachment_leads(published)
    _trailing_links(published)
    closing_roles(published)
    _catalogue_closing(published, catalogue)
    _paged(published, pages)
    if _framed(path, root, published, {} if follow else frames or {}, base):
        return _read_page(path, text, frames, base, follow=True)
    _pictured(path, root, published)
    _attached(path, root, published)
    return published


def _wechat(root) -> None:
    """A WeChat (公众号) article as its page is saved: only its title (<h1 id="activity-name">) and its text (<div
    id="js_content" class="rich_media_content">) kept, the account's line under the title (its name, the time it was
    sent) and the rest of the page (阅读原文, 在看, the QR code, the words of dialogs its script shows) each left as a
    mark for its finding: the account's line was read as the preamble, the dialogs' words after the 成文日期 hid it."""
    found = {key: next(iter(root.xpath(f'//*[@id="{key}"]')), None) for key in ("activity-name", "meta_content",
                                                                                "js_content")}
    body = root.find("body")
    if found["js_content"] is None or "rich_media_content" not in _classes(found["js_content"]) or body is None:
        return
    kept = []
    for key, element in found.items():
        if element is not None:
            element.getparent().remove(element)
            kept.append(element if key != "meta_content" else lxml.html.Element(
                _HIDDEN_MARK, text=" ".join(element.text_content().split()), what="微信公众号文章的作者和发送时间"))
    rest = _shown_text(body, ".//")
    body.clear()
    body.extend(kept)
    if rest:
        body.append(lxml.html.Element(_HIDDEN_MARK, text=rest, what="微信公众号页面上的其他文字"))


#: How a site sets a table in <div>s: CSS's display (table, table-row, table-cell …), or classes named so.
_DISPLAY = re.compile(r"display\s*:\s*(table(?:-row|-cell|-header-group|-row-group|-footer-group)?)\b", re.I)
_DISPLAY_CLASSES = {"table": "table", "tr": "table-row", "row": "table-row", "td": "table-cell", "th": "table-cell",
                    "cell": "table-cell", "thead": "table-header-group", "tbody": "table-row-group"}
#: The tags of the parts of a table, by their display.
_TABLE_TAGS = {"table-row": "tr", "table-cell": "td", "table-header-group": "thead", "table-row-group": "tbody",
               "table-footer-group": "tfoot"}


def _css_tables(root) -> None:
    """Each table a site sets in <div>s (<div class="table"><div class="tr"><div class="td">, or by CSS's display) made
    the <table> a browser shows, to be read as one: each cell was a paragraph, the statistics tables lost. Only where
    it holds rows alone (in row groups or not), each of cells alone, and no <table>. A table a CSS grid lays out
    (:func:`_grid_rows`) too. Its merged cells as the page sets them (:func:`_div_spans`); where they cannot be told,
    :func:`_grid` says so (:data:`_DIVS`)."""
    for table in [e for e in root.iter("div", "section") if not e.xpath(".//table")]:
        if _display(table) != "table" and not _grid_rows(table):
            continue
        groups = [c for c in _children(table) if (_display(c) or "").endswith("group")]
        rows = [r for parent in [table, *groups] for r in _children(parent) if r not in groups]
        if len(rows) < 2 or (table.text or "").strip() or any(
                (g.text or "").strip() or (g.tail or "").strip() for g in [*groups, *rows]) or not all(
                _display(r) == "table-row" and _children(r) and all(_display(c) == "table-cell" for c in _children(r))
                for r in rows):
            continue
        table.tag = "table"
        table.set(_DIVS_MARK, "")
        for part in [*groups, *rows, *(c for r in rows for c in _children(r))]:
            part.tag = _TABLE_TAGS[_display(part)]
        _div_spans([_children(r) for r in rows])


#: What marks a <table> made of <div>s (:func:`_css_tables`): its merged cells were never written as spans.
_DIVS_MARK = "reportkit-divs"
#: The grid's columns a CSS grid sets (grid-template-columns: 30% 35% 35%, repeat(4, 1fr)).
_GRID_COLUMNS = re.compile(r"grid-template-columns\s*:\s*([^;]+)", re.I)
#: A merged cell as a site writes it in <div>s: a class (colspan-2, col-span-2, rowspan3), a style (grid-column: span
#: 2), or an attribute (colspan="2", data-rowspan="3"). Its kind (col, row) and its span.
_SPAN_CLASS = re.compile(r"^(col|row)-?span-?(\d+)$", re.I)
_SPAN_STYLE = re.compile(r"grid-(column|row)\s*:\s*(?:(\d+)\s*/\s*(\d+)|(?:auto\s*/\s*)?span\s+(\d+))", re.I)
#: A cell's width as a site sets it in <div>s: a style's width (30%, 240px), flex (flex: 2), a grid's class (col-md-4,
#: layui-col-md4: of 12).
_WIDTH_STYLE = re.compile(r"(?<![-\w])(?:width\s*:\s*([\d.]+)\s*(%|px)|flex(?:-grow)?\s*:\s*([\d.]+))", re.I)
_WIDTH_CLASS = re.compile(r"^(?:layui-)?col-(?:(?:xs|sm|md|lg|xl)-?)?(\d{1,2})$")


def _grid_rows(element) -> bool:
    """Whether ``element`` is a table a CSS grid lays out (display: grid, its columns given, only cells in it): its
    cells put in rows as the grid places them (a cell's grid-column and grid-row spans, :func:`_span_of`), each row a
    <div> of table-row, each cell of table-cell, for :func:`_css_tables` to read."""
    style = element.get("style") or ""
    columns = _GRID_COLUMNS.search(style)
    cells = _children(element)
    if not re.search(r"display\s*:\s*grid", style, re.I) or not columns or len(cells) < 2 or (
            element.text or "").strip() or any((c.tail or "").strip() or len(c.xpath(".//p")) > 1 or c.xpath(
                ".//div|.//section|.//table|.//ul|.//ol|.//h1|.//h2|.//h3|.//h4") for c in cells):
        return False  # a page's layout in a grid: its boxes hold the page's blocks
    tracks = re.sub(r"repeat\(\s*(\d+)\s*,\s*([^()]+|[^()]*\([^()]*\)[^()]*)\)",
                    lambda m: " ".join([m.group(2).strip()] * int(m.group(1))), columns.group(1))
    width = len(re.findall(r"minmax\([^()]*\)|fit-content\([^()]*\)|[^\s()]+", tracks))
    taken, rows, row, col = set(), [], 0, 0
    for cell in cells:
        rowspan, colspan = _span_of(cell, "row"), min(_span_of(cell, "col"), width)
        while col + colspan > width or any((row, j) in taken for j in range(col, col + colspan)):
            col += 1
            if col + colspan > width:
                row, col = row + 1, 0
        taken |= {(i, j) for i in range(row, row + rowspan) for j in range(col, col + colspan)}
        while len(rows) <= row:
            rows.append(lxml.html.Element("div", style="display:table-row"))
        cell.set("style", (cell.get("style") or "") + ";display:table-cell")
        rows[row].append(cell)
        col += colspan
    element.extend(rows)
    return True


def _span_of(cell, kind: str) -> int:
    """How many columns (``kind`` "col") or rows ("row") a cell set in <div>s spans, as its attributes, classes or
    style (:data:`_SPAN_CLASS`, :data:`_SPAN_STYLE`) say; 1 where none does."""
    for name in (f"{kind}span", f"data-{kind}span"):
        if cell.get(name):
            return _span(cell.get(name))
    found = next((int(m.group(2)) for c in _classes(cell) if (m := _SPAN_CLASS.match(c)) and m.group(1).lower() == kind),
                 None)
    for m in _SPAN_STYLE.finditer(cell.get("style") or ""):
        if m.group(1).lower() == ("column" if kind == "col" else "row"):
            found = int(m.group(4)) if m.group(4) else int(m.group(3)) - int(m.group(2))
    return max(1, min(found or 1, 100))


def _div_spans(rows: list[list]) -> None:
    """The merged cells of a table set in <div>s (``rows``: each row's cells, now <td>s) written as <td>'s spans: as
    its cells say them (:func:`_span_of`), or else, where its rows have not as many cells, by the cells' widths
    (:func:`_width`): each cell spans the columns between its edges, the edges of all the rows' cells the grid's.
    Only where every cell's width is given in one unit and each row is as wide as the table."""
    spans = [(cell, _span_of(cell, "row"), _span_of(cell, "col")) for row in rows for cell in row]
    if any(rs > 1 or cs > 1 for _, rs, cs in spans):
        for cell, rowspan, colspan in spans:
            cell.attrib.update({"rowspan": str(rowspan), "colspan": str(colspan)})
        return
    widths = [[_width(cell) for cell in row] for row in rows]
    units = {width[1] if width else None for row in widths for width in row}
    if len({len(row) for row in rows}) == 1 or len(units) != 1 or None in units:
        return
    shares = [[width * (100 / sum(w for w, _ in row) if unit == "fr" else 1) for width, unit in row] for row in widths]
    edges = [list(itertools.accumulate(row)) for row in shares]  # a flex share of its row's
    whole = max(row[-1] for row in edges)
    near = whole / 50  # rounding: 33.33% and 33.3% are one edge
    if any(abs(row[-1] - whole) > near for row in edges):
        return
    grid: list[float] = []
    for edge in sorted(e for row in edges for e in row):
        if not grid or edge - grid[-1] > near:
            grid.append(edge)
    for row, ends in zip(rows, edges):
        starts = [0.0, *ends[:-1]]
        for cell, start, end in zip(row, starts, ends):
            count = sum(start + near < edge <= end + near for edge in grid)
            cell.set("colspan", str(max(count, 1)))


def _width(cell) -> tuple[float, str] | None:
    """The width a cell set in <div>s is given (:data:`_WIDTH_STYLE`, :data:`_WIDTH_CLASS`) and its unit ("%", "px",
    "fr": a flex share, "/12": a grid class's), None where none is given."""
    found = _WIDTH_STYLE.search(cell.get("style") or "")
    if found:
        return (float(found.group(1)), found.group(2).lower()) if found.group(1) else (float(found.group(3)), "fr")
    column = next((m for c in _classes(cell) if (m := _WIDTH_CLASS.match(c))), None)
    return (float(column.group(1)), "/12") if column else None


def _display(element) -> str | None:
    """How ``element`` is displayed as a part of a table (:data:`_DISPLAY`), None where it is none."""
    found = _DISPLAY.search(element.get("style") or "")
    return found.group(1).lower() if found else next(
        (_DISPLAY_CLASSES[c.lower()] for c in _classes(element) if c.lower() in _DISPLAY_CLASSES), None)


def _children(element) -> list:
    """``element``'s child elements (no comments)."""
    return [c for c in element if isinstance(c.tag, str)]


#: Word's list label (the 一、 of a numbered heading, a bullet) is the text of a <span style='mso-list:Ignore'>, or what
#: stands between the comments <!--[if !supportLists]--> and <!--[endif]--> (as a site's editor keeps Word's
#: <![if !supportLists]>); a browser shows it.
_LIST_LABEL = re.compile(r"mso-list\s*:\s*ignore", re.I)
#: The blanks Word sets after a list label, in the label's span (all the label a filtered page, 筛选过的网页, keeps).
_SPACER = re.compile(r"font\s*:\s*7\.0pt", re.I)
#: Fonts of pictures, in which Word sets a bullet (Wingdings' “l” shows as ●).
_PICTURE_FONT = re.compile(r"font-family\s*:\s*['\"]?(?:wingdings|webdings|symbol)", re.I)
_BULLETS = set("·•●○■□◆◇▪▫►▶➢➤✓✔√※-–—*")


def _word_labels(root) -> None:
    """Word's list labels that are no number of the text, taken out of the page: a bullet (as the DOCX reader shows
    none), and a number the text after it repeats (一、 in the label and typed again, 一、一、总体情况, read once)."""
    starts = [c for c in root.iter(lxml.etree.Comment) if "supportlists" in (c.text or "").replace(" ", "").lower()]
    for start in starts:
        label = list(itertools.takewhile(lambda node: not _comment(node, "endif"), start.itersiblings()))
        text = (start.tail or "") + "".join(_all_text(node) for node in label)
        if _no_number(text, start.getparent(), label):
            start.tail = None
            for node in label:
                node.getparent().remove(node)
    labels = [s for s in root.iter("span") if _LIST_LABEL.search(s.get("style") or "")
              or any(_SPACER.search(c.get("style") or "") for c in s.iterchildren("span"))]
    for span in labels:
        if span.getparent() is not None and _no_number(span.text_content(), span.getparent(), [span]):
            span.drop_tree()


def _comment(node, word: str) -> bool:
    """Whether ``node`` is a comment holding ``word`` (a conditional comment's ``endif``)."""
    return node.tag is lxml.etree.Comment and word in (node.text or "")


def _all_text(node) -> str:
    """The text a node shows, with its tail: none of a comment's own."""
    own = "" if node.tag is lxml.etree.Comment else node.text_content()
    return own + (node.tail or "")


def _no_number(label: str, parent, nodes: list) -> bool:
    """Whether Word's list ``label`` (the text of ``nodes``, in ``parent``) is a bullet, or a number the text after it
    in its block starts with again."""
    label = "".join(label.split())
    block = next((a for a in [parent, *parent.iterancestors()] if a.tag in _BLOCKS), parent)
    shown = "".join(block.text_content().split())
    if not label or not shown.startswith(label):
        return False
    fonts = " ".join(n.get("style") or "" for node in nodes if node.tag is not lxml.etree.Comment
                     for n in [node, *node.iterdescendants()] if isinstance(n.tag, str))
    fonts += " ".join(a.get("style") or "" for a in itertools.takewhile(lambda a: a.tag not in _BLOCKS,
                                                                        [parent, *parent.iterancestors()]))
    if len(label) == 1 and (label in _BULLETS or _PICTURE_FONT.search(fonts)):
        return True
    number = numbering(label)
    return bool(number) and numbering(shown[len(label):]) == number


#: The numbers a browser shows before the items of an <ol>, by its list-style-type or type (decimal where neither is
#: given): those a report's headings are numbered with (一、 1.); a style of other numbers (a. i.) puts none in.
_LIST_STYLES = {"decimal": "{}.".format, "1": "{}.".format, **dict.fromkeys(
    ("cjk-ideographic", "trad-chinese-informal", "simp-chinese-informal"), lambda n: chinese_numeral(n) + "、")}
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([^;]*)", re.I)
#: UEditor's own numbered lists (most government sites' editor): ``<ol class="custom_cn2">``, each item's number a
#: picture its class names (``<li class="list-cn-3-2">``: the third of the 一 styles, number 2). The numbers they show,
#: by the list's class (custom_…) and by the item's (cn-3-).
_UEDITOR_STYLES = {"num": "{}.".format, "num1": "{}）".format, "num2": "（{}）".format,
                   "cn": lambda n: chinese_numeral(n) + "、", "cn1": lambda n: chinese_numeral(n) + "）",
                   "cn2": lambda n: f"（{chinese_numeral(n)}）"}
_UEDITOR_ITEM = {"cn-1": "cn", "cn-2": "cn1", "cn-3": "cn2", "num-1": "num", "num-2": "num1", "num-3": "num2"}


def _list_numbers(root) -> None:
    """The number a browser shows before each item of an ordered list (a site's editor turns Word's numbered headings
    into ``<ol style="list-style-type: cjk-ideographic"><li>``; UEditor's are pictures, :data:`_UEDITOR_STYLES`), put
    in front of its text, as the page shows it; not before an item whose text starts with a number of its own, nor one
    that is only a link (a site's menu) where the list's numbering is not written in the page."""
    for ol in root.iter("ol"):
        given = _list_style(ol)
        start = (ol.get("start") or "").strip()
        count = int(start) - 1 if start.isdigit() else 0
        for li in ol.iterchildren("li"):
            value = (li.get("value") or "").strip()
            count = int(value) if value.isdigit() else count + 1
            pictured = re.search(r"\blist-((?:cn|num)-[123])-(\d+)\b", li.get("class") or "")
            if pictured:  # the picture of UEditor's number shows the item's own
                count = int(pictured.group(2))
            style = _list_style(li) or (_UEDITOR_ITEM[pictured.group(1)] if pictured else given)
            text = "".join(li.text_content().split())
            links = "".join("".join(a.text_content().split()) for a in li.iter("a") if a.get("href"))
            shown = _LIST_STYLES.get(style or "decimal") or _UEDITOR_STYLES.get(style)
            if shown and text and not numbering(text) and (style or links != text):
                _prefix(li, shown(count))


def _list_style(element) -> str | None:
    """The list-style-type ``element``'s style or type attribute gives, lower case, or UEditor's class (custom_cn2 →
    cn2); None where none gives one."""
    custom = re.search(r"\bcustom_(\w+)", element.get("class") or "")
    if custom and custom.group(1) in _UEDITOR_STYLES:
        return custom.group(1)
    found = _LIST_STYLE.search(element.get("style") or "")
    words = found.group(1).lower().split() if found else []
    named = next((w for w in words if w not in ("inside", "outside") and not w.startswith("url(")), None)
    return named or (element.get("type") or "").strip() or None


def _prefix(element, text: str) -> None:
    """``text`` put before the first text ``element`` shows."""
    for node, attribute in _text_slots(element):
        value = getattr(node, attribute)
        if value and value.strip():
            setattr(node, attribute, text + value.lstrip())
            return


def _text_slots(element):
    """The places of ``element``'s text in the order a browser shows it: (node, "text" or "tail")."""
    if element.tag is not lxml.etree.Comment and not _skipped(element):
        yield element, "text"
        for child in element:
            yield from _text_slots(child)
            yield child, "tail"


#: A footnote's or endnote's mark in the text, by the note it links to: Word's (``href="#_ftn1"``, ``#_edn1``),
#: LibreOffice's (``#sdfootnote1sym``); and the note itself, by its id (``ftn1``, ``sdfootnote1``). Both name a note
#: by the first letter of its kind (f, e) and its number.
_NOTE_LINK = re.compile(r"#_?(ftn|edn)(\d+)|#sd(foot|end)note(\d+)sym")
_NOTE_ID = re.compile(r"_?(ftn|edn)(\d+)|sd(foot|end)note(\d+)")
_NOTE_WORDS = {"ftn": "脚注", "foot": "脚注", "edn": "尾注", "end": "尾注"}
#: What stands where a note's mark was taken out: the note's word and text in its ``note`` attribute.
_NOTE_MARK = "reportkit-note"


def _notes(root) -> None:
    """Footnotes and endnotes (a page saved by Word or LibreOffice puts them after the text): taken out, and their marks
    too (156[1] in a cell read as 156; a sentence without its [1]), each mark left as :data:`_NOTE_MARK` holding the
    note's text, for a finding at its paragraph or cell, as the DOCX reader names a note (none is dropped unsaid)."""
    notes = {}
    for element in [e for e in root.iter() if isinstance(e.tag, str) and _NOTE_ID.fullmatch(e.get("id") or "")]:
        found = _NOTE_ID.fullmatch(element.get("id"))
        kind, number = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
        for back in [a for a in element.iter("a") if a.get("href", "").startswith("#")]:
            back.drop_tree()  # the note's own number, linking back to its mark
        notes[kind[0], number] = " ".join(element.text_content().split())
        if element.getparent() is not None:
            element.drop_tree()
    for link in [a for a in root.iter("a") if _NOTE_LINK.fullmatch(a.get("href") or "")]:
        found = _NOTE_LINK.fullmatch(link.get("href"))
        kind, number = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
        if (kind[0], number) in notes:
            mark = lxml.html.Element(_NOTE_MARK, note=_NOTE_WORDS[kind], text=notes[kind[0], number])
            mark.tail = link.tail
            link.getparent().replace(link, mark)


def _unseen(elements: list, place: str, published: Published) -> None:
    """The findings for the marks :func:`_hidden` and :func:`_notes` left in ``elements``, at ``place``."""
    for element in elements:
        for mark in element.iter(_HIDDEN_MARK, _NOTE_MARK):
            text = mark.get("text")
            if mark.tag == _NOTE_MARK:
                published.unread.append((place, f"{mark.get('note')}“{text}”未导入：要保留的，请写进正文" if text
                                         else f"{mark.get('note')}未导入"))
            else:
                what = mark.get("what") or "网页上隐藏（不显示）的文字"
                published.findings.append((place, f"{what}“{_quoted(text)}”未导入", "skipped", None, None))


def _quoted(text: str) -> str:
    """``text`` as a finding quotes it: its first 20 characters."""
    return text if len(text) <= 20 else text[:20] + "…"


#: Text a browser does not show (Word's hidden text, display:none;mso-hide:all; a site's hidden copy of the article):
#: none of the report as published.
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)", re.I)
#: What shows an element inside one whose visibility hides it (display: none hides all of it).
_VISIBLE = re.compile(r"visibility\s*:\s*visible", re.I)
#: A style that shows an element all the same where its ``hidden`` attribute would hide it (the style wins).
_SHOWN = re.compile(r"display\s*:\s*(?!none)[a-z]", re.I)
#: What stands where hidden text was taken out: the text in its ``text`` attribute, for the finding at its paragraph.
_HIDDEN_MARK = "reportkit-hidden"


def _shown_text(element, axis: str) -> str:
    """The text of the nodes on ``axis`` from ``element`` (``//``: all the page's, ``following::``: after it) that a
    browser may show, none of the head, scripts or styles, without white space."""
    texts = element.xpath(f"{axis}text()[not(ancestor::head or ancestor::script or ancestor::style)]")
    return "".join("".join(texts).split())


#: What a finding calls the text of a closed <details> or of an element hidden until found (hidden="until-found").
_FOLDED = "网页上折叠（点开才显示）的文字"


def _hidden(root) -> None:
    """Each element a browser does not show taken out of the page, a mark (:data:`_HIDDEN_MARK`) left where it held
    text, so that :func:`_paragraph` names it (none is dropped unsaid); so is what a closed <details> holds after its
    <summary>, which alone shows (:func:`_folded`). Not one holding most of the page's text: a site's script shows it
    once the page has loaded (the article, hidden until then)."""
    whole = len(_shown_text(root, "//"))
    for element in [e for e in root.iter() if isinstance(e.tag, str) and (_hides(e) or _folded(e))
                    and e.tag not in _SKIP]:
        if element.getparent() is None or any(map(_hides, element.iterancestors())) \
                or any(map(_folded, element.iterancestors())):
            continue
        if _folded(element) and not _hides(element):
            _fold(element, whole)
            continue
        text = " ".join(element.text_content().split())
        if 2 * len(text.replace(" ", "")) > whole:
            continue
        if text:
            mark = lxml.html.Element(_HIDDEN_MARK, text=text, **({"what": _FOLDED} if _until_found(element) else {}))
            mark.tail = element.tail
            element.getparent().replace(element, mark)
        else:
            element.drop_tree()


def _folded(element) -> bool:
    """Whether ``element`` is a <details> without ``open``: a reader sees its <summary> until opening it."""
    return element.tag == "details" and element.get("open") is None


def _fold(details, whole: int) -> None:
    """What the closed ``details`` holds besides its first <summary> taken out, a mark (:data:`_FOLDED`) left after the
    summary; left where it holds most of the page's text (``whole`` characters): the article, as :func:`_hidden` has it."""
    summary = next((child for child in details if child.tag == "summary"), None)
    rest = [child for child in details if child is not summary and isinstance(child.tag, str)]
    text = " ".join(" ".join([details.text or "", *(child.text_content() + (child.tail or "") for child in rest),
                              summary.tail or "" if summary is not None else ""]).split())
    if 2 * len(text.replace(" ", "")) > whole:
        return
    for child in rest:
        details.remove(child)
    details.text = None
    if summary is not None:
        summary.tail = None
    if text:
        details.append(lxml.html.Element(_HIDDEN_MARK, text=text, what=_FOLDED))


def _until_found(element) -> bool:
    """Whether ``element`` is hidden until a browser's find in the page (or a link to it) opens it."""
    return (element.get("hidden") or "").strip().lower() == "until-found"


def _hides(element) -> bool:
    """Whether ``element`` is not shown: its style says display:none (or visibility:hidden, where nothing in it is made
    visible again), or it has the ``hidden`` attribute (``hidden="until-found"`` too: a reader sees it only once the
    browser's find in the page opens it) and no style that displays it. aria-hidden hides nothing on the screen (only
    from a screen reader): such text is read."""
    style = element.get("style") or ""
    hidden = element.get("hidden")
    found = _HIDDEN.search(style)
    if found and (found.group().lower().startswith("display") or not any(
            _VISIBLE.search(e.get("style") or "") for e in element.iterdescendants() if isinstance(e.tag, str))):
        return True
    return hidden is not None and not _SHOWN.search(style)


#: A link that runs a script (javascript:…, or one going nowhere, href="#"): a site's button (字体大中小, 打印, 关闭,
#: 纠错, 语音播报), no link to anything of the article.
_SCRIPT_LINK = re.compile(r"\s*(?:javascript:.*|#?\s*)", re.I | re.S)
#: A link to a site's service sharing the page (微博, QQ空间: service.weibo.com/share/share.php?url=…): a button.
_SHARE_LINK = re.compile(r"share|jiathis|addthis", re.I)
#: A button's words are at most this long (视力保护色): a longer text run by a script is the article's.
_BUTTON_WORDS = 8
#: What stands around a site's buttons in their block: brackets, separators and a label (字体：, 字号：).
_BUTTON_FILLER = re.compile(r"(?:[\s【】\[\]［］()（）|｜/·•、,，:：]|[\u4e00-\u9fff]{1,5}[:：])*")


def _controls(root) -> None:
    """Each block that shows only a site's buttons (:data:`_SCRIPT_LINK`, an element run by a script, onclick, a link
    sharing the page, :data:`_SHARE_LINK`, or an <a> with neither address nor name that the page's script runs,
    :func:`_bare_words`; a few words each, :data:`_BUTTON_WORDS`, or icons in a bar of them) and what
    :data:`_BUTTON_FILLER` allows around them taken out of the page, a mark left for its finding as :func:`_hidden`
    leaves one: 【字体：大 中 小】 under the title was read as the preamble, 分享到： over icons as the 主送机关."""
    bare = {a for a in root.iter("a") if a.get("href") is None and a.get("name") is None and _bare_words(a)}
    buttons = bare | {e for e in root.iter() if isinstance(e.tag, str) and (e.get("onclick") or e.tag == "a" and (
        e.get("href") is not None and (_SCRIPT_LINK.fullmatch(e.get("href")) or _SHARE_LINK.search(e.get("href")))))}
    for button in [b for b in buttons if not any(a in buttons for a in b.iterancestors())]:
        words = re.sub(r"[\s【】\[\]［］]", "", _shown(button, buttons)[1])
        if button.getparent() is None or len(words) > _BUTTON_WORDS:
            continue
        block = None
        for element in [button, *button.iterancestors()]:
            if element.tag in ("body", "html", "tr", "table", "tbody", "thead") or _skipped(element) \
                    or not _BUTTON_FILLER.fullmatch(_shown(element, buttons)[0]):
                break
            if element.tag in _BLOCKS:
                block = element
            if element.tag in ("td", "th"):  # a page laid out in a table: the cell stays, its buttons go
                break
        if block is None or block.getparent() is None:  # none, or the block of a button before it
            continue
        if not words and (sum(b in buttons for b in block.iter()) < 2 or not block.text_content().strip()):
            continue  # a button showing no words (an icon) is one of a bar of them under its label (分享到：, 背景色：)
        if button in bare and len(words) > _BARE_WORDS and not any(b in buttons for b in block.iter() if b is not button):
            continue  # a few words in an <a> alone are a button only if as short as 打印, 关闭, 返回顶部
        _marked(block, " ".join(block.text_content().split()), "网页上的按钮")


def _marked(block, text: str, what: str) -> None:
    """``block`` taken out of the page, a mark saying ``what`` it was and its ``text`` left in its place for the
    finding; a cell (a page laid out in a table) stays, emptied, the mark in it."""
    mark = lxml.html.Element(_HIDDEN_MARK, text=text, what=what)
    if block.tag in ("td", "th"):
        block.text = None
        for child in list(block):
            block.remove(child)
        block.append(mark)
    else:
        mark.tail = block.tail
        block.getparent().replace(block, mark)


#: The words of a site's button that is an <a> going nowhere, alone in its block, are at most this long (返回顶部).
_BARE_WORDS = 4


def _bare_words(link) -> bool:
    """Whether ``link``, an <a> without an address (its script bound by the page: <a class="close">关闭</a>), shows the
    few words of a button: no number (a heading the editor kept in an <a>), no date."""
    words = "".join(link.text_content().split())
    return 0 < len(words) <= _BUTTON_WORDS and not numbering(words) and not date_line(words)


def _shown(element, buttons: set) -> tuple[str, str]:
    """The text ``element`` shows besides the ``buttons`` in it (or that it is), and theirs."""
    beside, shown = [], []
    for node, attribute in _text_slots(element):
        inside = node if attribute == "text" else node.getparent()
        held = any(a in buttons for a in [inside, *inside.iterancestors()])
        (shown if held else beside).append(getattr(node, attribute) or "")
    return "".join(beside), "".join(shown).strip()


#: The words a site sets beside the picture of a QR code: 扫一扫在手机打开当前页, 手机扫码阅读, 微信扫一扫 分享到朋友圈.
_CODE_WORDS = re.compile(r"[^。；，,]{0,12}(?:扫一扫|扫码|二维码|手机扫描)[^。；，,]{0,12}")


def _codes(root) -> None:
    """Each box of a site's QR code (an <img> and, beside it, only the words that say to scan it, :data:`_CODE_WORDS`)
    taken out of the page, a mark left for its finding as :func:`_controls` leaves one: set under the title it was read
    as the preamble, its picture as the text's. The box is the largest block around the picture showing those words
    alone (in a page laid out in a table, the cell's content: the cell stays), or the picture's own block and the
    words' next to it."""
    for img in list(root.iter("img")):
        if img.getroottree().getroot() is not root:  # in a box taken out already
            continue
        box, alone = None, img  # the box, and the largest element around the picture showing no words
        for element in img.iterancestors():
            if element.tag in ("body", "html", "tr", "table", "tbody", "thead") or _skipped(element):
                break
            words = _shown_text(element, ".//")
            if words and not _CODE_WORDS.fullmatch(words):
                break
            box, alone = (element, alone) if words else (box, element)
            if element.tag in ("td", "th"):
                break
        if box is None:
            box = next((s for s in (alone.getnext(), alone.getprevious()) if s is not None and isinstance(s.tag, str)
                        and not s.xpath(".//img") and _CODE_WORDS.fullmatch(_shown_text(s, ".//"))), None)
            if box is None or alone.tag in ("td", "th"):
                continue
            alone.drop_tree()
        _marked(box, _shown_text(box, ".//"), "网页上的二维码")


#: The words a site's class or id names its page footer by (<div class="footer">, id="foot", class="g-bottom").
_FOOTER_NAMES = {"footer", "foot", "bottom", "copyright", "bottomer"}
#: At most this much text may follow a site's footer (a 返回顶部 button, a floating box): none of the article.
_AFTER_FOOTER = 100


def _footers(root) -> None:
    """A site's page footer (主办单位, 网站标识码, 版权所有, a visitor count) as its class or id names it
    (:data:`_FOOTER_NAMES`) taken out of the page, as a <footer> is, a mark left for its finding: a page whose report
    has no 成文日期 at its end read it as the last part's text. Only at the page's end, not most of the page's text (a
    page that sets its article in a box so named), no date alone on a line in it (a 成文日期 in such a box) and no
    附件 (the article's files, which the import names as such)."""
    whole = len(_shown_text(root, "//"))
    for element in [e for e in root.iter() if isinstance(e.tag, str) and e.tag in _BLOCKS and _FOOTER_NAMES & {
            word for name in (e.get("class") or "", e.get("id") or "") for word in re.split(r"[\s_-]+", name.lower())}]:
        if element.getroottree().getroot() is not root:  # in a footer taken out already
            continue
        text = " ".join(element.text_content().split())
        if not text or len(_shown_text(element, "following::")) > _AFTER_FOOTER or 2 * len(text.replace(" ", "")) > whole \
                or any(date_line(b.text_content()) for b in element.iter(*_BLOCKS)) or re.search(r"附\s*件", text):
            continue
        mark = lxml.html.Element(_HIDDEN_MARK, text=text, what="网页的页脚")
        mark.tail = element.tail
        element.getparent().replace(element, mark)


#: A box of a site's links is headed by a title of at most this many characters (相关文章, 相关链接, 热点信息).
_BOX_TITLE = 12


def _link_boxes(root) -> None:
    """Each box of a site's links under a short title of its own (<div><h3>相关文章</h3><ul><li><a>…</a> 2024-03-02</li>
    …</ul></div>, or the rows of a table) taken out of the page, a mark left for its finding: after a report without a 成文日期 it was read as
    the last part's text. Each block under the title is a link (:func:`_role`) or a date; the title no 附件 (the
    attachments' files are the import's to name), no sentence and no numbered heading (a part of the report over a
    link); the box not most of the page's text."""
    whole = len(_shown_text(root, "//"))
    for element in [e for e in root.iter("div", "section", "ul", "ol", "dl", "aside", "table")]:
        if element.getroottree().getroot() is not root:  # in a box taken out already
            continue
        blocks = [b for b in element.iterdescendants() if isinstance(b.tag, str) and b.tag in _BLOCKS
                  and not _skipped(b) and not any(c.tag in _BLOCKS for c in b.iterdescendants())]
        texts = ["".join(b.text_content().split()) for b in blocks]
        if len(blocks) < 2 or not texts[0] or len(texts[0]) > _BOX_TITLE or blocks[0].xpath(".//a[@href]") \
                or re.search(r"[。；，,]|附\s*件", texts[0]) or re.match(_NEIGHBOUR, texts[0]) or numbering(texts[0]):
            continue
        shown = _shown_text(element, ".//")
        links = [_role(b) == "link" for b, text in zip(blocks[1:], texts[1:]) if text]
        if len("".join(texts)) != len(shown) or 2 * len(shown) > whole or not any(links) or not all(
                link or _LISTED_DATE.fullmatch(text) for link, text in zip(links, [t for t in texts[1:] if t])):
            continue
        mark = lxml.html.Element(_HIDDEN_MARK, text=texts[0], what="网页上的链接栏目")
        mark.tail = element.tail
        element.getparent().replace(element, mark)


#: The labels of the 信息公开 platform's catalogue entry (its 元数据) set over an article: 索引号, 发布机构, 发文日期 …
_CATALOGUE_LABELS = ("索引号", "信息索引号", "主题分类", "体裁分类", "组配分类", "服务对象分类", "信息分类", "所属主题", "发布机构",
                     "发文机关", "发文机构", "公开主体", "发布单位", "发文单位", "公开单位", "成文日期", "成文时间", "发文日期",
                     "生成日期", "发布日期", "发布时间", "公开日期", "公开时间", "文号", "发文字号", "文件编号", "主题词", "关键词",
                     "公开方式", "公开形式", "公开范围", "公开时限", "信息来源", "有效性", "效力状态", "名称", "信息名称", "标题",
                     "内容概述")
_CATALOGUE = re.compile("(" + "|".join(sorted(_CATALOGUE_LABELS, key=len, reverse=True)) + ")[:：]?")
#: The labels one of which the entry has (where the platform's own name of the agency and its date are).
_CATALOGUE_KEYS = {"索引号", "信息索引号", "发布机构", "发文机关", "发布单位", "发文单位"}
#: An entry names at least this many labels and is no longer than this (no article's text in it).
_CATALOGUE_LEAST, _CATALOGUE_LENGTH = 3, 400
#: The labels, in order of preference, of the agency and of the 成文日期 (发布日期 is the site's, no 成文日期).
_CATALOGUE_ORGAN = ("发布机构", "发文机关", "发文机构", "公开主体", "发文单位", "发布单位", "公开单位")
_CATALOGUE_DATE = ("成文日期", "发文日期", "生成日期", "成文时间")
#: Where the import says an entry's agency or date stands.
_CATALOGUE_PLACE = "网页上的公开目录信息"


def _catalogue(root) -> dict[str, str]:
    """The 信息公开 platform's catalogue entry over the article (索引号 / 主题分类 / 发布机构 / 发文日期 / 文号 …, as a
    <table>, a <ul>, a <dl> or boxes): each of its boxes holds a label and its value, or a value after a label alone. It
    is none of the article (after the title it was read as the preamble): taken out of the page, a mark left for its
    finding as :func:`_hidden` leaves one; its labels' values returned (:func:`_catalogue_closing` dates an article
    that has no 成文日期 by them)."""
    found: dict[str, str] = {}
    for element in [e for e in root.iter("table", "ul", "ol", "dl", "div", "section")]:
        boxes = _entry(element) if element.getroottree().getroot() is root else []  # not in one taken out already
        if not boxes:
            continue
        pieces = _CATALOGUE.split("".join(element.text_content().split()))
        for label, value in zip(pieces[1::2], pieces[2::2]):
            found.setdefault(label, value)
        mark = lxml.html.Element(_HIDDEN_MARK, text=re.sub("([:：]) ", r"\1", " ".join(boxes)), what=_CATALOGUE_PLACE)
        mark.tail = element.tail
        element.getparent().replace(element, mark)
    return found


def _entry(element) -> list[str]:
    """The texts of the boxes of ``element`` if it is a catalogue entry (:func:`_catalogue`), [] if not: short, its
    labels enough and one of :data:`_CATALOGUE_KEYS` among them, each box's text a label's (or a value after a label
    alone)."""
    text = "".join(element.text_content().split())
    labels = set(_CATALOGUE.findall(text))
    if len(text) > _CATALOGUE_LENGTH or len(labels) < _CATALOGUE_LEAST or not labels & _CATALOGUE_KEYS \
            or element.getparent() is None:
        return []
    boxes = [b for b in element.iter(*_BLOCKS) if not _skipped(b) and not any(c.tag in _BLOCKS for c in b.iterdescendants())]
    texts = [t for t in ("".join(b.text_content().split()) for b in boxes) if t]
    entry = all(_CATALOGUE.match(t) or k and _CATALOGUE.fullmatch(texts[k - 1]) for k, t in enumerate(texts))
    return texts if entry else []


def _catalogue_closing(published: Published, catalogue: dict[str, str]) -> None:
    """An article without a 成文日期 at its end dated as the platform's catalogue entry dates it (its 成文日期 or
    发文日期), signed by the entry's agency (发布机构) where no 署名 is set right over it: the lines put at the end, in a
    finding that says where they came from."""
    dates = [(k, found) for k in _CATALOGUE_DATE
             if (found := re.match(r"(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})", catalogue.get(k, "")))]
    if not dates or any(isinstance(x, Para) and x.role != "link" and date_line(x.text) for x in published.items):
        return  # the article's own date, at its end or anywhere (over an attachment, under the title)
    label, found = dates[0]
    year, month, day = map(int, found.groups())
    said, titled = [f"{label}：{catalogue[label]}"], ""
    organ = next((k for k in _CATALOGUE_ORGAN if catalogue.get(k)), None)
    last = published.items[-1] if published.items else None
    if organ and not (isinstance(last, Para) and last.role in ("right", "signature")):
        named = _titled_organ(published, catalogue)
        if named and named != catalogue[organ]:  # the site's publisher (the 人民政府办公室 posting a department's report)
            titled = (f"；署名按标题导入为“{named}”，公开目录信息的“{organ}：{catalogue[organ]}”与标题里的机关不同，"
                      "是发布网页的机构")
        else:
            said.insert(0, f"{organ}：{catalogue[organ]}")
        published.add(Para(named or catalogue[organ], _CATALOGUE_PLACE, "signature"))
    published.add(Para(f"{year}年{month}月{day}日", _CATALOGUE_PLACE, "date"))
    published.findings.append((_CATALOGUE_PLACE, f"文末没有成文日期，按网页上公开目录信息的“{'”“'.join(said)}”导入"
                               f"{'署名和' if len(said) > 1 else ''}成文日期{titled}：请与原件核对", "metadata", None, None))


#: A catalogue entry's labels of the article's title.
_CATALOGUE_TITLE = ("名称", "信息名称", "标题")


def _titled_organ(published: Published, catalogue: dict[str, str]) -> str:
    """The organ the article's title names before its year (某县自然资源局2023年…: the page's title line, or else the
    catalogue's 名称, or the page's <title>), "" where none does."""
    lines = [x.text for x in published.items[:10] if isinstance(x, Para) and x.role in ("title", "centered")]
    for title in [*lines, *(catalogue.get(k, "") for k in _CATALOGUE_TITLE), published.page_title]:
        found = re.match(rf"(.+?)\s*(?:关于)?{year_pattern()}\s*年", clean(title))
        if found and organ_name(found.group(1), ending=True):
            return found.group(1)
    return ""


def _dated_end(items: list) -> bool:
    """Whether ``items`` end with a date alone on its line (a 成文日期), only links and short lines after it."""
    for item in reversed(items[-16:]):
        if not isinstance(item, Para) or len(item.text) > 80 or "。" in item.text:
            return False
        if item.role != "link" and date_line(item.text):
            return True
    return False


#: What a site's pager shows (共3页 第1页 首页 上一页 1 2 3 下一页 尾页): its words, page numbers and marks.
_PAGER = re.compile(r"(?:共\d+页|第\d+页|\d+|[上下前后]一?页|首页|尾页|末页|[<>«»‹›]+|[|｜/，,:：\[\]【】()（）.…])+")
#: The pager's links to the page after this one and to the page before it.
_NEXT_PAGE, _PREVIOUS_PAGE = re.compile(r"[下后]一?页|[>»›]+"), re.compile(r"[上前]一?页|[<«‹]+")


def _pager(root) -> dict[str, str]:
    """A site's pager under an article it splits over pages (第1页 下一页: the site's, none of the article), taken out of
    the page, a mark left for its finding; the addresses of the page after this one and before it (``next``,
    ``previous``), for :func:`_paged` to say the rest of the article is not in this file."""
    pages: dict[str, str] = {}
    for element in [e for e in root.iter(*_BLOCKS) if e.tag not in ("body", "html")]:
        if element.getroottree().getroot() is not root:  # in a pager taken out already
            continue
        text = "".join(element.text_content().split())
        links = _links(element)
        turns = {name: link.get("href").strip() for link in links for name, words in (
            ("next", _NEXT_PAGE), ("previous", _PREVIOUS_PAGE)) if words.fullmatch("".join(link.text_content().split()))}
        if not turns or not _PAGER.fullmatch(text) or element.getparent() is None:
            continue
        pages.update(turns)
        mark = lxml.html.Element(_HIDDEN_MARK, text=" ".join(element.text_content().split()), what="网页的分页链接")
        mark.tail = element.tail
        element.getparent().replace(element, mark)
    return pages


def _paged(published: Published, pages: dict[str, str]) -> None:
    """Where the page is one of the pages a site split the article over (:func:`_pager`): a finding that the pages
    before or after it are not in this file, at the article's start or end."""
    for key, place, which in (("previous", "文首", "前面"), ("next", "文末", "后面")):
        if key in pages:
            published.unread.append((place, f"这篇文章在网站上分页发布，这个文件只有其中一页：{which}的页（{pages[key]}）未导入："
                                            "请在网站上打开各页（或“阅读全文”“单页显示”），把全文存成一个网页后再导入"))


#: A page whose own text is shorter than this, not counting links, holds no article (a frame's stub).
_STUB = 200
#: A page listing at least this many articles, each a link with its date, and no article is a site's list of them.
_LIST_LEAST = 3
#: The blocks after an item of such a list, up to the next item, are its summary: two at most, none longer than this.
_SUMMARY = 200


def _list_page(path: Path, root) -> None:
    """A site's list of articles (a channel page: each article's title a link with its date beside it, in a list or a
    table, a summary under it or none, and a pager), its own text outside the links and its footer's lines shorter than
    :data:`_STUB` and no article's title in it (an article published as pictures, a list of others under it): no
    article, said so (it was read as no report at all), with what it lists."""
    items = [e for e in root.iter("li", "tr", "p", "div", "dd", "dt") if _dated_link(e)]
    items = [e for e in items if not any(a in items for a in e.iterancestors())]
    if len(items) < _LIST_LEAST:
        return
    held = set(items)
    for item in items:  # a summary in a block of its own after an item (<dt>title, date</dt><dd>summary</dd>)
        after = [s for s in itertools.takewhile(lambda s: s not in items, item.itersiblings()) if isinstance(s.tag, str)]
        if len(after) <= 2 and not any(_links(s) or len(s.text_content().strip()) > _SUMMARY for s in after):
            held.update(after)
    blocks = {}
    for node, attribute in _text_slots(root):  # the page's own text, by block: no listed article's, no link's
        element = node if attribute == "text" else node.getparent()
        around = [element, *element.iterancestors()]
        if not any(a in held or a.tag == "a" and a.get("href") for a in around):
            blocks.setdefault(next((a for a in around if a.tag in _BLOCKS), root), []).append(getattr(node, attribute) or "")
    texts = [t for t in ("".join("".join(pieces).split()) for pieces in blocks.values()) if not WEB_FOOTER.search(t)]
    if sum(map(len, texts)) >= _STUB or any(worded_title(t) and re.search(r"(?:19|20)\d\d", t) for t in texts):
        return
    titles = "".join(f"“{clean(_LISTED_DATE.sub('', _listed_title(e)))}”" for e in items[:2])
    raise ReportkitError(f"{path}: 这个网页是网站栏目的文章列表（列出了 {len(items)} 篇文章的标题和日期，如{titles}），不是文章"
                         "本身：请在浏览器里点开要导入的那篇文章，在文章自己的页面上另存为网页后再导入")


def _links(element) -> list:
    """The links in ``element`` to somewhere (not a script's)."""
    return [a for a in element.iter("a") if a.get("href") and not _SCRIPT_LINK.fullmatch(a.get("href"))]


def _dated_link(element) -> bool:
    """Whether ``element`` is an item of a list of articles: links to one address (a title's, and its 详细>>), the
    title's date beside it (:data:`_LISTED_DATE`; in the link or out of it), no sentence but a summary after the
    title (the item's text starts with it, a date aside)."""
    links = _links(element)
    if len({a.get("href").strip() for a in links}) != 1 or _skipped(element):
        return False
    title, text = (_LISTED_DATE.sub("", "".join(t.split())) for t in (_listed_title(element), element.text_content()))
    return len(title) >= 6 and bool(_LISTED_DATE.search(element.text_content())) \
        and ("。" not in text or text.startswith(title))


def _listed_title(element) -> str:
    """The title an item of a list of articles (:func:`_dated_link`) links to: its first link's text, or the first
    block's in it (a link holding the title, the summary and the date in blocks of their own)."""
    link = _links(element)[0]
    return next((b.text_content() for b in link.iter(*_BLOCKS) if b.text_content().strip() and not any(
        c.tag in _BLOCKS for c in b.iterdescendants())), link.text_content())


def _framed(path: Path, root, published: Published, frames: dict, base: str) -> bool:
    """A page whose article a frame loads from another address (<iframe src="…">) holds none of it (its own text a title
    and a date line at most): True where ``frames`` (a page saved as one file's, :func:`read_archive`) hold the frame's
    document, to be read in its place; else said, with the frame's address, where the import would say that no part
    was found. A frame, <embed> or <object> showing a file the import reads (a PDF in the browser's or a script's
    viewer) is said to be that file, never fetched."""
    found = [f.get("src").strip() for f in root.iter("iframe") if (f.get("src") or "").strip()
             and not f.get("src").strip().startswith(("about:", "javascript:"))]
    files = [name for address in found + [e.get("src") or e.get("data") or "" for e in root.iter("embed", "object")]
             if (name := _file_name(address)) and _READABLE.search(name)]
    text = sum(len(x.text) for x in published.items if isinstance(x, Para) and x.role != "link")
    if not found and not files or text >= _STUB or any(isinstance(x, Grid) for x in published.items):
        return False
    if files:
        raise ReportkitError(f"{path}: 网页里没有报告的正文，报告是网页里嵌着显示的文件“{files[0]}”，没有下载，未导入：请在网页上"
                             "下载这个文件（或在它显示的地方点“下载”）后导入")
    if any(_frame(address, frames, base) for address in found):
        return True
    raise ReportkitError(f"{path}: 网页里没有报告的正文，它是由网页中的框架（iframe）从“{found[0]}”载入的：请在浏览器里"
                         "打开这个地址（或在正文上点右键，选“在新标签页中打开框架”），另存为网页后再导入")


#: A picture this narrow or low (its width or height in pixels, as the page gives it) is an icon, no page of a report;
#: one alone is a page only if this wide or high (a seal, a badge is smaller).
_ICON, _PAGE = 100, 400
#: The files of a report the import reads, as a site offers them for download or shows them in a viewer.
_READABLE = re.compile(r"\.(?:docx?|wps|pdf|ofd|txt)$", re.I)


def _pictured(path: Path, root, published: Published) -> None:
    """A page publishing its report as pictures (scanned pages, each an <img> alone in its block, after the title if
    there is one; one alone as large as a page, :data:`_PAGE`) and no text of a report (:func:`_textless`): refused,
    saying so (it was read as no report at all), how many pictures, and which of the files it links the import reads
    (a PDF, a DOCX); none of them fetched."""
    if not _textless(published):
        return
    title = next((e for e in root.iter(*_BLOCKS) if _role(e) == "title" and not _skipped(e)), None)
    pictures = [img for img in (root.iter("img") if title is None else title.xpath("following::img")) if _page_picture(img)]
    if not pictures or len(pictures) == 1 and not any(size >= _PAGE for size in _sizes(pictures[0]) if size):
        return
    named = _offered(root)
    how = (f"请下载网页上链接的文件{'、'.join(named)}后导入" if named
           else "请下载机关在网站上提供的 PDF 或 DOCX 文件（多在文末的“附件”“下载”处）后导入")
    raise ReportkitError(f"{path}: 这个网页上的报告是以图片发布的（正文是 {len(pictures)} 张图片，没有文字），图片里的字"
                         f"读不出来，未导入：{how}，或对照图片把报告录入成文字（存为 .docx 或 .txt）后再导入")


def _attached(path: Path, root, published: Published) -> None:
    """A page whose report is only a file it links (附件：某局2023年度报告.pdf, 点击下载) and no text of a report
    (:func:`_textless`): refused, naming the files to download and import (it was read as no report at all); none of
    them fetched."""
    named = _offered(root, downloads=True)
    if named and _textless(published):
        raise ReportkitError(f"{path}: 网页里没有报告的正文，只有链接的文件，没有下载，未导入：请下载网页上链接的文件"
                             f"{'、'.join(named)}，用下载的文件再导入（或检查）")


def _textless(published: Published) -> bool:
    """Whether ``published`` holds no text of a report: its own text (no title's, link's, site footer's) no longer than
    :data:`_STUB` (a title, a date line, a sentence saying the report follows at most), no numbered heading, no table."""
    texts = [x.text for x in published.items if isinstance(x, Para) and x.role not in ("link", "title")
             and not WEB_FOOTER.search(x.text)]
    return sum(map(len, texts)) < _STUB and sum("。" in t for t in texts) <= 1 and not any(map(heading_level, texts)) \
        and not any(isinstance(x, Grid) for x in published.items)


#: A link that downloads a file it does not name (点击下载, 附件下载, 下载全文): the file named by the link's address.
_DOWNLOAD = re.compile(r"\W*(?:点击|点此|附件|全文|文件|报告)?下载(?:附件|全文|文件|报告)?\W*")


def _offered(root, downloads: bool = False) -> list[str]:
    """The files a page's links offer that the import reads (:data:`_READABLE`: a PDF, a DOCX), named as the page shows
    them and by their own names (“年度报告”（P020240126.pdf）); none in the site's parts the import skips. With
    ``downloads``, a link only saying to download (:data:`_DOWNLOAD`) too, by its address."""
    named = []
    for link in root.iter("a"):
        address = (link.get("href") or "").strip()
        own, shown = _file_name(address), clean(" ".join(link.text_content().split()))
        if any(map(_skipped, link.iterancestors())) or _SCRIPT_LINK.fullmatch(address):
            continue
        if own and _READABLE.search(own):
            named.append(f"“{shown}”（{own}）" if shown and not _FILE_LINK.search(shown) else f"“{shown or own}”")
        elif not own and (_READABLE.search(shown) or downloads and _DOWNLOAD.fullmatch(shown)):
            named.append(f"“{shown}”" if _READABLE.search(shown) else f"“{shown}”（{address}）")
    return list(dict.fromkeys(named))


def _page_picture(img) -> bool:
    """Whether ``img`` may be a page of a report published as pictures: alone in its block (no words beside it), in no
    link but one to a picture (the page enlarged; a site's banner, a badge link elsewhere), no icon (:data:`_ICON`),
    none of the site's parts the import skips."""
    around = list(img.iterancestors())
    block = next((a for a in around if a.tag in _BLOCKS), None)
    return not any(_skipped(a) or a.tag == "a" and a.get("href") and not re.search(
        _PICTURE_FILE + "$", urllib.parse.urlsplit(a.get("href").strip()).path, re.I) for a in around) \
        and not (block is not None and block.text_content().strip()) \
        and not any(size is not None and size < _ICON for size in _sizes(img))


def _sizes(img) -> list[int | None]:
    """The width and height in pixels ``img``'s attributes and style give it (None for one not in pixels)."""
    return [_pixels(img.get(name)) for name in ("width", "height")] + [
        int(found.group(2)) for found in re.finditer(r"\b(width|height)\s*:\s*(\d+)px", img.get("style") or "", re.I)]


def _frame(address: str, frames: dict, base: str) -> tuple[str, str] | None:
    """The address and document of the frame at ``address`` (as the page writes it, relative to the page's ``base``)
    among ``frames`` (:func:`read_archive`'s), None where it is not there."""
    return frames.get(address) or frames.get(urllib.parse.urljoin(base, address)) if address else None


def _followed(root, frames: dict, base: str, seen: set) -> None:
    """Each frame of ``root`` (a page at ``base``) whose document ``frames`` hold replaced by that document's body, as
    a browser shows it in the frame's place; a frame's frames too, each document once (``seen``)."""
    for element in list(root.iter("iframe")):
        found = _frame((element.get("src") or "").strip(), frames, base)
        if found is None or found in seen or element.getparent() is None:
            continue
        seen.add(found)
        document = lxml.html.document_fromstring(_XML_DECLARATION.sub("", found[1], count=1))
        _followed(document, frames, found[0] or base, seen)
        body = document.find("body")
        box = lxml.html.Element("div")
        box.text = body.text if body is not None else None
        box.extend(list(body if body is not None else document))
        box.tail = element.tail
        element.getparent().replace(element, box)


def _attachment_leads(published: Published) -> None:
    """附件： alone over links to files (<p>附件：</p><p><a href="….xlsx">1.统计表.xlsx</a></p>) is a link, as 附件：and
    its file's link in one block are: an attachment whose only text was 附件： was noted as having no title."""
    for item, after in zip(published.items, published.items[1:]):
        if isinstance(item, Para) and isinstance(after, Para) and after.role == "link" \
                and re.fullmatch(r"(?:相关)?附件\d*[:：]?", "".join(item.text.split())):
            item.role = "link"


#: A line of a site's footer is at most this long (as the import takes one after the attachments).
_FOOTER_LINE = 120
#: A site's title over its links, with or without a colon: 相关链接, 相关文件, 友情链接, 延伸阅读, 扫一扫.
_LINKS_TITLE = re.compile(r"(?:(?:相关|友情|更多|推荐|延伸|热点|热门)\w{0,6}|\w{0,4}(?:链接|阅读|下载)|\w{0,2}扫一扫\w{0,10})[:：]?")


def _trailing_links(published: Published) -> None:
    """The links at the page's end after the last paragraph of text (a lone 返回 link, a site's links under a short
    title of their own, 相关链接：, or one worded as a site's without a colon, :data:`_LINKS_TITLE`), where no 成文日期
    ends the article: left out, each in a finding. They were the last part's text, unless worded as a site's (扫一扫,
    打印本页); after a 成文日期 the import names what follows it."""
    items = published.items
    last = len(items)
    while last and isinstance(items[last - 1], Para) and items[last - 1].role != "link" \
            and WEB_FOOTER.search(items[last - 1].text) and len(items[last - 1].text) <= _FOOTER_LINE:
        last -= 1  # a site's footer lines after the links (主办单位, 扫一扫 …), which the import names as such
    end = last
    while end and isinstance(items[end - 1], Para) and items[end - 1].role == "link":
        end -= 1
    if end == last or _dated_end(items[:end]):
        return
    above = items[end - 1] if end else None
    if isinstance(above, Para) and len(above.text) <= _BOX_TITLE and (above.role == "body" and re.search(
            r"[:：]$", above.text) and not re.match(r"(?:相关)?附\s*件", above.text) or _LINKS_TITLE.fullmatch(
            "".join(above.text.split()))):
        end -= 1  # the links' title
    for item in items[end:last]:
        published.findings.append((item.place, f"文末的网页链接“{_quoted(item.text)}”未导入", "skipped", None, None))
    del items[end:last]


def closing_roles(published: Published) -> None:
    """A 署名 and 成文日期 set as ordinary paragraphs at the article's end (not aligned, not marked; a web page's, a
    DOCX's) found as the .txt reader finds them, by their place: the last date and the short lines just before it, set
    right."""
    texts = [item.text if isinstance(item, Para) and item.role == "body" else "\t" for item in published.items]
    for i in closing(texts):
        published.items[i].role = "right"


def _walk(element, published: Published, counter: dict) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if _skipped(element):
        return
    if tag == "table" and (_data_around(element) if element.xpath(".//table") else not _layout(element)):
        for caption in element.xpath("./caption"):  # the table's title, set over it (a task table's, 表三's)
            words = clean(" ".join(caption.text_content().split()))
            if words:
                counter["p"] += 1
                published.add(Para(words, f"第 {counter['p']} 段", "centered"))
        counter["t"] += 1
        noted = len(published.pictures)
        grid, images = _grid(element, f"第 {counter['t']} 个表格", published)
        published.add(grid, apart=stands_apart(published.items, grid))
        for picture, words in zip(published.pictures[noted:], map(_described, images)):
            picture.place += f"，题为“{words}”" if words else ""
        _linked_files([element], grid.place, published)
        return
    children = [c for c in element if isinstance(c.tag, str) and not _skipped(c)]
    if tag in _BLOCKS and (not any(c.tag in _BLOCKS for c in children) or _listed(element)):
        pieces = _laid_out(_pieces(element, _inherited_look(element), _white_space(element)))
        _paragraph(pieces, _role(element), [element], published, counter)
        return
    # Mixed content: the text and inline elements between blocks (<b>一、总体情况</b><p>…) are paragraphs of their own.
    look, space = _inherited_look(element), _white_space(element)
    run, inline = [(element.text or "", look, space)], []
    for child in element:
        if not isinstance(child.tag, str) or _skipped(child):  # a comment, a script: the text after it is the page's
            run.append((child.tail or "", look, space))
        elif any(c.tag in _BLOCKS for c in child.iter()):  # a block, or an inline element holding blocks
            _add_run(run, inline, tag, published, counter)
            _walk(child, published, counter)
            run, inline = [(child.tail or "", look, space)], []
        else:
            run += [*_pieces(child, look + _format(child), _own_white_space(child) or space),
                    (child.tail or "", look, space)]
            inline.append(child)
    _add_run(run, inline, tag, published, counter)


#: The name of a picture's file.
_PICTURE_FILE = r"\.(?:png|jpe?g|gif|bmp|webp|svg|tiff?)"
#: What a picture's alt or title text says when it says nothing of what it shows: its file's name, a word for picture.
_NO_DESCRIPTION = re.compile(rf"[\w.%-]*{_PICTURE_FILE}|图片|图像|image|img|picture|pic|photo|\d*", re.I)


def _described(img) -> str:
    """What the page says a picture shows (its alt text, or else its title: 2023年政府信息公开情况统计表), quoted as a
    finding quotes text (:func:`_quoted`); "" where it says nothing of it. The picture itself is not fetched."""
    for name in ("alt", "title"):
        words = " ".join((img.get(name) or "").split())
        if words and not _NO_DESCRIPTION.fullmatch(words):
            return _quoted(words)
    return ""


#: The name of a file a site offers for download (统计表.xls, 报告.pdf), in a link's address or the name it shows.
_FILE_LINK = re.compile(r"\.(?:xlsx?|et|docx?|wps|pdf|ofd|zip|rar|7z|csv|pptx?|txt)\s*[)）]?$", re.I)


def _linked_files(elements: list, place: str, published: Published) -> None:
    """A finding at ``place`` that names the files the links in ``elements`` offer where the page shows a name that
    does not say it is a file (附件：<a href="/u/W020240126.xls">统计表</a>): the name shown and the file's own (its
    address's). None is fetched, so what they hold (a statistics table, the report itself) is not imported; a link whose
    text names its file (统计表.xls) is quoted as that text by the import."""
    names = []
    for link in (a for element in elements for a in element.iter("a")):
        own = _file_name(link.get("href") or "")
        shown = clean(" ".join(link.text_content().split()))
        if own and not _FILE_LINK.search(shown):
            names.append(f"“{shown}”（{own}）" if shown else f"“{own}”")
    if names:
        published.findings.append((place, f"网页链接的文件{'、'.join(dict.fromkeys(names))}没有下载，其中的内容未导入："
                                          "需要时请下载后另行导入或写进数据文件", "skipped", None, None))


def _file_name(address: str) -> str | None:
    """The name of the file at ``address`` (:data:`_FILE_LINK`): its last part, or a download script's or a viewer's
    argument (down.jsp?file=统计表.xls, viewer.html?file=报告.pdf); None for an address of no file."""
    address = urllib.parse.urlsplit(address.strip())
    return next((name.rsplit("/", 1)[-1] for name in [urllib.parse.unquote(address.path), *(
        value for _, value in urllib.parse.parse_qsl(address.query))] if _FILE_LINK.search(name)), None)


def _listed(element) -> bool:
    """Whether ``element``, holding blocks, is an item of a site's list of articles: one link, and only a date beside it
    (:data:`_LISTED_DATE`), read as one paragraph, a link: its date alone was read as the 成文日期."""
    links = [a for a in element.iter("a") if a.get("href") and a.text_content().strip()]
    return len(links) == 1 and not element.xpath(".//table|.//img") and _role(element) == "link" \
        and len("".join(element.text_content().split())) <= _ITEM_LENGTH


#: What Word writes in a page for a document's comments (批注): the mark [A1] in the text and the comments after it.
_COMMENTS = {"msocomanchor", "msocomtxt", "msocomoff"}
_COMMENT_LIST = re.compile(r"mso-element\s*:\s*comment", re.I)


def _skipped(element) -> bool:
    """Whether ``element`` is none of the article (a script, the site's header …); a red-head 版头/版记 is read. Nor is
    what the DOCX reader reads none of, as Word or LibreOffice saved it in a page: the page header and footer
    (LibreOffice's <div title="footer">), comments, text deleted in a tracked change (<del datetime=…>)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag in _SKIP and _REDHEAD.get(tag) not in _classes(element) \
        and not (tag in _REDHEAD and any(a.tag == "article" for a in element.iterancestors())) \
        or tag == "div" and element.get("title") in ("header", "footer") \
        or tag == "del" and bool(element.get("datetime") or element.get("cite")) \
        or bool(_COMMENTS & _classes(element)) or bool(_COMMENT_LIST.search(element.get("style") or ""))


def _add_run(run: list, inline: list, tag: str, published: Published, counter: dict) -> None:
    """The text of ``run`` (pieces as :func:`_pieces` gives them) as a paragraph, with the pictures of the ``inline``
    elements it was read from."""
    _paragraph(_laid_out(run) if tag in _BLOCKS else [], "body", inline, published, counter)


def _paragraph(pieces: list, role: str, elements: list, published: Published, counter: dict) -> None:
    """The text of ``pieces`` (:func:`_laid_out`'s) as a paragraph, each <img> in ``elements`` (those it was read from,
    themselves too) a picture at it, as the DOCX reader notes a paragraph's: beside text, a picture is the article's,
    not a site's footer image (one after the last paragraph kept). Without text, the pictures are after the paragraph
    last read."""
    if lead := bold_lead(pieces):  # <b>一、总体情况</b>2023年，……: the heading a line of its own
        pieces = [*pieces[:lead], ("\n", ()), *pieces[lead:]]
    text = _unescaped("".join(piece for piece, _ in pieces))
    if role == "link" and re.match(_NEIGHBOUR, "".join(text.split())):  # 上一篇：…, the site's, at the page's end
        published.findings.append((f"第 {counter['p']} 段后", f"文末的网页信息“{_quoted(clean(text))}”未导入", "skipped",
                                   None, None))
        return
    place = f"第 {counter['p'] + 1} 段" if text.strip() else f"第 {counter['p']} 段后" if counter["p"] else "文首"
    for img in (img for element in elements for img in element.iter("img")):
        words = _described(img)
        if words:  # the paragraph's place kept as the row's, by which the import tells a seal beside the 署名 apart
            published.pictures.append(Picture(f"{place}，题为“{words}”", len(published.items),
                                              place if text.strip() else ""))
        else:
            published.picture(place)
    _linked_files(elements, place, published)
    _unseen(elements, place, published)
    if text.strip():
        counter["p"] += 1
        published.add(Para(text, place, role), _line_looks(pieces))


def _layout(table) -> bool:
    """Whether a table without a table in it lays out the page, not data: one column all through, long or framing
    paragraphs (a cell of several lines, sentences among them: read as one cell, they were glued into one), a cell
    holding paragraphs (a report set inside a table's cell, :func:`_paragraphs_held`), or rows of links alone, each
    with its date or none (a site's column of links beside the article, a list of its articles: each row read as a
    link, :func:`_listed`, no date of theirs a 成文日期)."""
    rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    if rows and all(len(row.xpath("./td|./th")) <= 1 for row in rows) \
            and (len(table.text_content()) > 200 or any(map(_framed_lines, table.xpath(".//td|.//th")))):
        return True
    filled = [row for row in rows if row.text_content().strip()]
    return any(map(_paragraphs_held, table.xpath(".//td|.//th"))) \
        or bool(filled) and all(_role(row) == "link" for row in filled)


def _paragraphs_held(cell) -> bool:
    """Whether ``cell`` holds a report's paragraphs: three blocks or more showing text or a picture, the text an
    article's (:func:`_article`) or pictures among them (scanned pages). A statistics table's cell may hold its
    label's lines each in a <p> (a site's editor puts empty ones between them): data."""
    shown = [block for block in cell.xpath("./p|./div|./h1|./h2|./h3|./h4|./ul|./ol")
             if block.text_content().strip() or block.xpath(".//img")]
    return len(shown) >= 3 and (_article(cell.text_content()) or any(block.xpath(".//img") for block in shown))


def _framed_lines(cell) -> bool:
    """Whether ``cell`` of a table of one column frames paragraphs: it shows two lines or more (blocks, <br>), a
    sentence's end (。) among them; a table's title over its unit (单位：件) is none."""
    text = _lines(cell, blocks=True)
    return "。" in text and sum(bool(line.strip()) for line in text.split("\n")) >= 2


#: A cell's own text longer than this, a full stop in it, is a page's article (as in :data:`.pdf.web._LAYOUT_CELL`).
_ARTICLE = 100


def _article(text: str) -> bool:
    """Whether a cell's ``text`` is a page's article (:data:`_ARTICLE`), no table's data."""
    return len(text.strip()) > _ARTICLE and "。" in text


def data_around(rows: list[int], holding: int, own: list[str]) -> bool:
    """Whether a table holding tables (a web page's, a DOCX's) is a table of data all the same: four rows or more of
    four cells or more (``rows``: each row's number of cells), tables in a tenth of its cells at most (``holding``: how
    many), and no cell's ``own`` text (without the tables in it) an article's. A page laid out in a table has few
    cells, or an article in one."""
    return sum(count >= 4 for count in rows) >= 4 and 10 * holding <= sum(rows) \
        and not any(map(_article, own))


def _data_around(table) -> bool:
    """Whether ``table``, holding a table, is data all the same (:func:`data_around`), no layout to read through: its
    figure in a small table of its own is that cell's text."""
    rows = [len(row.xpath("./td|./th")) for row in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")]
    cells = table.xpath("./tr/*|./thead/tr/*|./tbody/tr/*|./tfoot/tr/*")
    return data_around(rows, sum(bool(cell.xpath(".//table")) for cell in cells), [_own_text(cell) for cell in cells])


def _own_text(element) -> str:
    """``element``'s text without that of the tables in it."""
    text = element.text or ""
    for child in element:
        if isinstance(child.tag, str) and child.tag != "table":
            text += _own_text(child)
        text += child.tail or ""
    return text


#: A line break beside a character that is not Latin (a Chinese one, a full-width mark), with the white space around it.
_WIDE_BREAK = re.compile(r"(?<=[^\x00-\x7f])\s*\n\s*|\s*\n\s*(?=[^\x00-\x7f])")


def _text(element, blocks: bool = False) -> str:
    """Text as a browser lays it out (:func:`_laid_out`): a <br> a newline, the page source's own line breaks not;
    with ``blocks`` (a cell's), the lines of its blocks too (<p>38</p><p>787</p> shows two lines, was read 38787), a
    break beside a Chinese character taken out (<p>2023</p><p>年</p> reads 2023年, as the page shows it; the break
    was a space, as between Latin words: “2023 年”)."""
    text = _lines(element, blocks)
    return _WIDE_BREAK.sub("", text) if blocks else text


def _lines(element, blocks: bool) -> str:
    """``element``'s text as a browser lays it out (:func:`_text`), every line break kept."""
    return _unescaped("".join(text for text, _ in _laid_out(_pieces(element, (), _white_space(element), blocks))))


#: Word's conditional comments as text a page shows (a site's editor escaped them: &lt;!--[if !supportLists]--&gt;).
_CONDITION = r"(?:<!--|<!)?\[(?:if\s[^\]\n]*|endif)\](?:-->|>)?"
#: Such a list label: its text, and what follows it.
_SHOWN_LABEL = re.compile(r"(?:<!--|<!)?\[if\s+!supportLists\](?:-->|>)?([^\[\n]*?)(?:<!--|<!)?\[endif\](?:-->|>)?")


def _unescaped(text: str) -> str:
    """``text`` without the conditional comments of Word a site's editor escaped into it, which are none of the report;
    the list label between them read as :func:`_word_labels` reads one (a number typed again after it read once)."""
    def label(found) -> str:
        number = numbering("".join(found.group(1).split()))
        rest = text[found.end():].lstrip(" \u00a0\u3000")
        return "" if number and numbering(rest) == number else found.group(1)

    return re.sub(_CONDITION, "", _SHOWN_LABEL.sub(label, text)) if "[" in text else text


def _pieces(element, look: tuple, space: str, blocks: bool = False):
    """``element``'s text in order, each piece with its look (the formatting it is set in, :func:`_format`, ``look``
    for ``element``'s own) and how its white space is laid out (``space``, ``element``'s: :func:`_white_space`);
    a <br> a newline kept as it is, with ``blocks`` a block's start and end too."""
    if element.tag == "br":
        yield "\n", look, "pre"
        return
    if isinstance(element.tag, str) and element.text:  # not a comment's
        yield element.text, look, space
    for child in element:
        if isinstance(child.tag, str) and not _skipped(child):
            block = blocks and child.tag in _BLOCKS
            if block:
                yield "\n", look, "pre"
            yield from _pieces(child, look + _format(child), _own_white_space(child) or space, blocks)
            if block:
                yield "\n", look, "pre"
        if child.tail:
            yield child.tail, look, space


#: What HTML counts as white space in a page's source (not &nbsp; or a full-width space, which are text).
_SOURCE_SPACE = re.compile(r"[ \t\n\r\f]+")
#: Elements whose text keeps the page source's spaces and line breaks, as a browser shows it.
_PREFORMATTED = {"pre", "textarea", "listing", "xmp", "plaintext"}
_WHITE_SPACE = re.compile(r"white-space\s*:\s*(normal|nowrap|pre-wrap|pre-line|pre|break-spaces)", re.I)


def _own_white_space(element) -> str | None:
    """How ``element``'s style or tag lays out the source's white space, None where it says nothing: "pre" (kept),
    "pre-line" (line breaks kept, spaces collapsed) or "normal" (all collapsed)."""
    found = _WHITE_SPACE.search(element.get("style") or "")
    value = found.group(1).lower() if found else "pre" if element.tag in _PREFORMATTED else None
    return {"nowrap": "normal", "pre-wrap": "pre", "break-spaces": "pre"}.get(value, value)


def _white_space(element) -> str:
    """How ``element`` lays out the source's white space (:func:`_own_white_space`), inherited as CSS inherits it."""
    return next(filter(None, map(_own_white_space, [element, *element.iterancestors()])), "normal")


def _inherited_look(element) -> tuple:
    """The formatting ``element`` and the elements around it set its text in (:func:`_format`), outermost first."""
    return tuple(pair for node in reversed([element, *element.iterancestors()]) for pair in _format(node))


def _laid_out(pieces) -> list[tuple[str, tuple]]:
    """``pieces`` (text, look, white space: :func:`_pieces`) as a browser lays them out: where white space is
    collapsed, a run of the source's spaces and line breaks (a site wraps long lines) is one space, none at a line's
    start or after a space (between two Chinese characters :func:`.labels.clean` takes it out); only a <br> and a line
    break in preformatted text break the line."""
    out, spaced = [], True  # at a line's start or after a collapsible space: a space there is none
    for text, look, space in pieces:
        if space == "pre-line":
            text = re.sub(" ?\n ?", "\n", "\n".join(_SOURCE_SPACE.sub(" ", line) for line in text.split("\n")))
        elif space == "normal":
            text = _SOURCE_SPACE.sub(" ", text)
        if space != "pre" and spaced:
            text = text.lstrip(" ")
        if text:
            spaced = text.endswith("\n") or space != "pre" and text.endswith(" ")
            out.append((text, look))
    return out


#: Inline elements that set their text's look, as the declarations of a style that would say the same.
_TAG_LOOKS = {"b": ("font-weight", "bold"), "strong": ("font-weight", "bold"), "i": ("font-style", "italic"),
              "em": ("font-style", "italic"), "u": ("text-decoration", "underline")}
#: Declarations of a style attribute that change how text looks.
_STYLE_LOOK = re.compile(r"(font-family|font-size|font-weight|font-style|color)\s*:\s*([^;]+)", re.I)


def _format(element) -> tuple:
    """The look ``element`` gives its text: ``(property, value)`` pairs, a tag (<b>) as the style saying the same;
    a class says nothing that can be read here (reportkit's own spans space digits)."""
    pairs = [_TAG_LOOKS[element.tag]] if element.tag in _TAG_LOOKS else []
    if element.tag == "font":
        pairs += [(f"font-{name}", element.get(name)) for name in ("face", "size") if element.get(name)]
    for name, value in _STYLE_LOOK.findall(element.get("style") or ""):
        value = " ".join(value.lower().replace('"', "").replace("'", "").split())
        if name.lower() == "font-weight":
            value = "bold" if value in ("bold", "bolder") or value.isdigit() and int(value) >= 600 else "normal"
        pairs.append((name.lower(), value))
    return tuple(pairs)


def _line_looks(pieces: list[tuple[str, tuple]]) -> list[set]:
    """How each line of the text of ``pieces`` (:func:`_laid_out`'s) is set, as :meth:`.Published.add` takes it: the
    looks of its pieces with text."""
    looks: list[set] = [set()]
    for text, look in pieces:
        for k, line in enumerate(text.split("\n")):
            if k:
                looks.append(set())
            if line.strip():
                looks[-1].add(look)
    return looks


def _role(element) -> str:
    """What the page's markup says the block is; "link" for a block that is one link or a list of them (a site's
    navigation, a list of other reports; 附件：and its file; 上一篇：and the site's other article). A 署名's lines may
    be marked by the element around them (reportkit's own page sets them in ``<div class="signature">``); a centred
    ``<h2>``… is a title's line (a site's article title)."""
    classes = _classes(element)
    align = (element.get("align") or "") + (element.get("style") or "") + " ".join(classes)
    if element.tag == "h1" or "title" in classes:
        return "title"
    if element.tag in _HEADINGS:
        return "centered" if "center" in align else "heading"
    if {"organ", "signature"} & (classes | _classes(element.getparent())):
        return "signature"
    if "date" in classes:
        return "date"
    links = "".join(a.text_content() for a in element.iter("a") if a.get("href"))
    text = "".join(element.text_content().split())
    if (links.strip() or re.match(_NEIGHBOUR, text)) and _LINK_LEAD.sub("", _LISTED_DATE.sub("", "".join(
            links.split()))) == _LINK_LEAD.sub("", _LISTED_DATE.sub("", text)):
        return "link"
    rest = text  # what a line of the site's links has besides them (相关链接：<a>…</a> | <a>…</a>)
    for a in element.iter("a"):
        rest = rest.replace("".join(a.text_content().split()), "", 1)
    if links.strip() and _SITE_LINKS.fullmatch(rest) or not links.strip() and site_links(text):
        return "link"  # the line as text too (相关链接：某县人民政府 | 某县财政局), its links' addresses left out
    width, _ = lead_width(_text(element))
    return "centered" if "center" in align else "right" if "right" in align or width >= SET_OFF else "body"


def _classes(element) -> set[str]:
    return set((element.get("class") or "").split()) if element is not None else set()


#: Why a row of a table whose spans a site stripped has fewer cells than the table, as its finding says it; of a table
#: set in <div>s whose cells tell them neither by spans nor by widths (:func:`_div_spans`).
_STRIPPED = "网站去掉了合并单元格的跨行跨列（rowspan、colspan），合并的格只写一次（向下合并的只在它的第一行）"
_DIVS = "网站用 <div> 排的表格没有写出合并单元格的跨行跨列，从各格的宽度也看不出，合并的格只写一次（向下合并的只在它的第一行）"


def _grid(table, place: str, published: Published) -> tuple[Grid, list]:
    """``table`` as a grid at ``place``, each cell holding an <img> in its ``pictures`` (the <img> elements returned
    beside it, in that order); where a site stripped its merged cells' spans, laid out again as a text copy's table is
    (:func:`.text.aligned`, :func:`.text.merged_down`), what cannot be placed said in ``published``'s findings (a
    picture's column is then its cell's in the row as published)."""
    cells, pictures, images, nests = [], [], [], {}
    rows = _rows(table)
    widths = _widths(table, rows)
    # hidden text in a row, or a hidden row (its mark between the rows)
    _unseen(table.xpath("|".join(f"{up}{_HIDDEN_MARK}" for up in ("./", "./tbody/", "./thead/", "./tfoot/"))), place,
            published)
    for r, row in enumerate(rows):
        _unseen([row], f"{place}第 {r + 1} 行", published)
    for r, col, rowspan, colspan, cell in _placed(rows):
        for mark in cell.iter("sup"):  # a note's mark after a figure (156<sup>1</sup> read as 1561)
            text = mark.text_content().strip()
            for child in list(mark):
                mark.remove(child)
            mark.text = f"（{text}）" if text else ""
        nested = _nested(cell) if rowspan == colspan == 1 else None
        if nested:
            nests[len(cells)] = nested
        cells.append((r, col, rowspan, colspan, nested[0] if nested else _text(cell, blocks=True)))
        found = cell.xpath(".//img")
        images += found
        pictures += [(r, col)] * len(found)
    of = range(len(rows))  # the row of the page each row of the grid is
    if nests:
        cells, pictures, of = _apart(cells, pictures, nests, len(rows), place, published)
    elif len(widths) == max((c + cs for _, c, _, cs, _ in cells), default=0):
        cells, pictures = _unslivered(cells, pictures, widths)
    cells, pictures = _unwidened(cells, pictures, _parts(cells, len(of)))
    places = [f"{place}第 {i + 1} 行" for i in of]
    read = [[cell_text(t, lines=True) for i, _, _, _, t in cells if i == r] for r in range(len(of))]
    if len({len(row) for row in read}) > 1 and all(rs == cs == 1 for _, _, rs, cs, _ in cells):
        # a site stripped the merged cells' spans: the rows laid out again as those of a browser's copy of the table
        laid = [(row, where, False) for row, where in zip(read, places)]
        grid = aligned(laid, max(map(len, read)), strict=True)
        why = _DIVS if table.get(_DIVS_MARK) is not None else _STRIPPED
        return Grid(grid, places, place, merged_down(laid, grid, published, why), pictures=pictures,
                    written_once=True), images
    grid = fill_spans(cells, len(of), lines=True)
    return Grid(grid, places, place, merged(cells, len(of)), pictures=pictures), images


def _rows(table) -> list:
    return table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")


def _placed(rows: list):
    """The cells of ``rows`` (a table's <tr>s), each as ``(row, column, rowspan, colspan, cell)``: where it stands, a
    cell spanning rows taking its columns in the rows under it."""
    taken: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        col = 0
        for cell in row.xpath("./td|./th"):
            while (r, col) in taken:
                col += 1
            rowspan, colspan = _span(cell.get("rowspan"), len(rows) - r), _span(cell.get("colspan"))
            taken.update((i, j) for i in range(r, r + rowspan) for j in range(col, col + colspan))
            yield r, col, rowspan, colspan, cell
            col += colspan


def _nested(cell) -> tuple[str, list, int, int] | None:
    """The small table in ``cell`` (牵头 and 配合 units in a table of their own): the cell's own text without it, its
    cells as :func:`_placed` places them (with their text), its rows and columns; None where the cell holds no table,
    more than one, or one of less than two cells with text (a figure's table: the cell's text)."""
    tables = cell.xpath(".//table")
    if len(tables) != 1 or tables[0].xpath(".//table"):
        return None
    inner = [(r, c, rs, cs, _text(td, blocks=True)) for r, c, rs, cs, td in _placed(_rows(tables[0]))]
    if sum(bool(clean(text)) for *_, text in inner) < 2:
        return None
    own = copy.deepcopy(cell)
    own.xpath(".//table")[0].drop_tree()
    return (clean(_text(own, blocks=True)), inner, max(r + rs for r, _, rs, _, _ in inner),
            max(c + cs for _, c, _, cs, _ in inner))


def _apart(cells: list, pictures: list, nests: dict, height: int, place: str,
           published: Published) -> tuple[list, list, list[int]]:
    """``cells`` (row, column, rowspan, colspan, text) and ``pictures`` (row, column) with the small tables nested in
    some read cell by cell (``nests``: :func:`_nested`'s, by the index in ``cells`` of the cell holding one), as the PDF
    reader reads one (:func:`.pdf.ruled.hold_nested`): the table's rows and columns split as the small tables' are,
    under the holding cell's own text (a row of its own), the other cells spanning them; a note says where each small
    table's cells went. Also the row of the page each row of the grid is. Their text was run together in one cell."""
    down, across = [1] * height, [1] * max(c + cs for _, c, _, cs, _ in cells)
    for k, (own, _, rows, columns) in nests.items():
        r, c = cells[k][:2]
        down[r], across[c] = max(down[r], rows + bool(own)), max(across[c], columns)
    at_row, at_col = [0, *itertools.accumulate(down)], [0, *itertools.accumulate(across)]
    out = []
    for k, (r, c, rs, cs, text) in enumerate(cells):
        if k not in nests:
            out.append((at_row[r], at_col[c], at_row[min(r + rs, height)] - at_row[r], at_col[c + cs] - at_col[c], text))
            continue
        own, inner, rows, columns = nests[k]
        top, left = at_row[r] + bool(own), at_col[c]
        if own:
            out.append((at_row[r], left, 1, across[c], own))
        for i, j, irs, ics, words in inner:  # the small table's last row and column reach to the cell's ends
            bottom = at_row[r + 1] if i + irs == rows else top + i + irs
            right = at_col[c + 1] if j + ics == columns else left + j + ics
            out.append((top + i, left + j, bottom - top - i, right - left - j, words))
        what = nested_note(rows, columns, (top, at_row[r + 1]), (left, at_col[c + 1]))
        published.findings.append((f"{place}第 {r + 1} 行", f"{what}：请对照原件核对", "cells", what, NOTE))
    return out, [(at_row[r], at_col[c]) for r, c in pictures], [r for r in range(height) for _ in range(down[r])]


def nested_note(rows: int, columns: int, down: tuple[int, int], across: tuple[int, int]) -> str:
    """What a finding says of a table of ``rows`` and ``columns`` nested in a cell, read cell by cell on the grid's rows
    and columns ``down`` and ``across`` (first, and end not in it)."""
    def span(first: int, end: int, what: str) -> str:
        return f"第 {first + 1}～{end} {what}" if end - first > 1 else f"第 {first + 1} {what}"

    return f"表格的一格里套着一个 {rows} 行 {columns} 列的小表格，它的各格分开读作这张表格{span(*down, '行')}、" \
           f"{span(*across, '列')}的格"


#: Pixels under which a column of a table's grid is a sliver, not a column of the table (30 twips, as the DOCX reader's
#: :data:`.docx._SLIVER`): Word puts one in where the edges of cells in different rows are a little apart.
_SLIVER = 2


def _widths(table, rows: list) -> list[int | None]:
    """The widths in pixels of the columns of ``table``'s grid, where it gives them ([] where not): Word's row of them
    (``<tr height=0>`` of empty cells, which Word writes for a table whose rows' cell edges differ; taken off
    ``rows``, being no row of the table), or else its <col> elements."""
    last = rows[-1].xpath("./td|./th") if rows else []
    if last and rows[-1].get("height", "").strip() == "0" and not any(_text(cell).strip() for cell in last) \
            and all(_span(cell.get("colspan")) == 1 for cell in last):
        rows.pop()
        return [_pixels(cell.get("width")) for cell in last]
    cols = table.xpath("./colgroup/col|./col")
    return [_pixels(col.get("width")) for col in cols for _ in range(_span(col.get("span")))]


def _pixels(value: str | None) -> int | None:
    """A width given in pixels (``width=1``, ``"190"``), None for one in per cent or none."""
    found = re.fullmatch(r"\s*(\d+)\s*(?:px)?\s*", value or "")
    return int(found.group(1)) if found else None


def _unslivered(cells: list, pictures: list, widths: list[int | None]) -> tuple[list, list]:
    """``cells`` (row, column, rowspan, colspan, text) and ``pictures`` (row, column) with the grid's slivers folded
    into the columns beside them (:func:`.source.column_starts`), as the DOCX reader folds them; an empty cell only
    as wide as slivers is not on the page."""
    starts = column_starts(widths, [(c, cs) for _, c, _, cs, text in cells if clean(text)], _SLIVER)
    folded = [(r, starts[c], rs, starts[c + cs] - starts[c], text) for r, c, rs, cs, text in cells]
    return [cell for cell in folded if cell[3]], [(r, starts[c]) for r, c in pictures]


def _parts(cells: list, rows: int) -> list[range]:
    """The runs of ``rows`` between the rows of one cell across the table that head a part (三、收到和处理政府信息公开申请
    情况): where a clerk made tables 二, 三 and 四 one table, each table's rows are laid out on their own columns."""
    width = max((c + cs for _, c, _, cs, _ in cells), default=0)
    across = {r for r, c, rs, cs, text in cells if cs == width and rs == 1 and heading_level(clean(text)) == 1
              and sum(cell[0] == r for cell in cells) == 1}
    runs = [list(run) for heads, run in itertools.groupby(range(rows), across.__contains__) if not heads]
    return [range(run[0], run[-1] + 1) for run in runs]


def _unwidened(cells: list, pictures: list, parts: list[range]) -> tuple[list, list]:
    """``cells`` (row, column, rowspan, colspan, text) and ``pictures`` (row, column) without the columns no cell has
    of its own, each of the ``parts`` (:func:`_parts`) by its own rows: in each row the cell over it is wider, and
    either cells' edges differ there (starting there in some rows, ending there in others) or only another part's
    cells start there. LibreOffice's page of a DOCX adds one where cells' edges differ a little (表四's 总计
    two columns wide under the start of 行政诉讼), which would read as a 16th figure."""
    laid = cells  # the columns as published: a part narrowed leaves the others' edges where they were
    for part in parts:
        for j in reversed(range(max((c + cs for _, c, _, cs, _ in cells), default=0))):
            over = {i: (c, cs) for r, c, rs, cs, _ in cells for i in range(r, r + rs) if i in part and c <= j < c + cs}
            starting = any(c == j for c, _ in over.values())
            ending = any(c + cs - 1 == j for c, cs in over.values())
            elsewhere = any(c == j for r, c, _, _, _ in laid if r not in part)
            if len(over) < len(part) or any(cs == 1 for _, cs in over.values()) \
                    or not (starting and ending or not starting and elsewhere):
                continue
            cells = [(r, c - (c > j), rs, cs - (c <= j < c + cs), text) if r in part else (r, c, rs, cs, text)
                     for r, c, rs, cs, text in cells]
            pictures = [(r, c - (c > j)) if r in part else (r, c) for r, c in pictures]
    return cells, pictures


def _span(value: str | None, rest: int = 1) -> int:
    """A rowspan's or colspan's value as a browser reads it: its leading digits (colspan="2;", rowspan="3px"), 1 where
    there are none; a rowspan of 0 down to the table's last row (``rest``: the rows from this one on)."""
    digits = re.match(r"\s*\+?(\d+)", value or "")
    span = int(digits.group(1)) if digits else 1
    return max(1, min(span or rest, 100))
