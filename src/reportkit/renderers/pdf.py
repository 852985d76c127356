"""PDF output: the layout's HTML template and stylesheet, typeset by WeasyPrint with the planned fonts.

This is the only module that imports WeasyPrint; it is imported only when a PDF is asked for.
Nothing outside the layout's directory and the font plan is ever fetched.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import mimetypes
import os
import re
import shutil
import tempfile
import threading
import traceback
import warnings
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import jinja2
from markupsafe import Markup, escape

# On a machine with no system fonts (a server, a container) WeasyPrint warns in English on import that the output will
# be ugly: every face reportkit prints with is its own, embedded by @font-face, so the warning says nothing true here.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", r"(No fonts configured in|FontConfig cannot load default config file)",
                            UserWarning)
    from weasyprint import CSS, HTML
    from weasyprint.formatting_structure.boxes import LineBox, TableBox
    from weasyprint.layout.table import add_top_padding
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher, URLFetcherResponse

from ..blocks import Document, Source
from ..errors import WARNING, Diagnostic, RenderError
from ..fonts import GENERATED_TEXT, MISSING_MARK, EmbeddedFont, FontPlan, FontSurvey, dash_metrics, role_texts, survey
from ..layout import AUTOSPACED, CLOSING_MARKS, JOINED_MARKS, OPENING_MARKS, QUOTE_BREAK, Layout, notice_blocks
from ..line_breaks import set_lines
from ..registry import FontFace, RenderOutput
from ..plugin_faults import LayoutTemplateError, template_problem, undefined_name
from ..resources import cache_dir, templates_dir
from ..write import abandoned
from . import cjk_justify
from .html import wrapped
from .masthead import masthead_place, notice_pitch

FONT_SCHEME = "reportkit-font:"

_FONT_TYPES = {"opentype": "font/otf", "truetype": "font/ttf"}
#: A run of ASCII letters, digits and signs, with the single spaces between its words, and the opening marks before it
#: and the closing marks after it: in a text with Chinese, a text box of its own (:func:`autospace`). A space between two
#: such boxes was a box of its own, which WeasyPrint never draws ("GB/T 9704" read "GB/T9704" in the PDF's text). Pango
#: breaks no line after an opening mark or before a closing one, and WeasyPrint's ``overflow-wrap: anywhere`` breaks a
#: box only where it begins a line: a run wider than a line went past the right edge whole after "（", or with the "，"
#: after it, in a box of its own.
_ASCII_RUN = re.compile(f"[{OPENING_MARKS}]*[!-~]+(?: [!-~]+)*[{CLOSING_MARKS}]*")
#: What follows a boundary (:data:`reportkit.layout.AUTOSPACED`) through the rest of its ASCII run and the closing marks
#: after it: one box with the run's signs ("gov.example.cn", "fgk_info@163.com" after "网站", "邮箱"). Cut in two boxes at
#: the first sign, a run wider than its line went past the right edge (a cell's rule) whole: there is no break between
#: "gov" and ".example.cn".
_RUN = re.compile(f"(?:{AUTOSPACED.pattern})(?:(?<=[!-~])[!-~]*(?: [!-~]+)*[{CLOSING_MARKS}]*)?")


class RefusedURL(ValueError):
    """A URL the renderer will not fetch."""


class LayoutFetcher(URLFetcher):
    """Deny-by-default fetcher: planned fonts by family, and regular files inside the layout's folders."""

    def __init__(self, folders: Path | tuple[Path, ...], fonts: list[EmbeddedFont]):
        super().__init__(allowed_protocols=(), allow_redirects=False)
        self.folders = tuple(Path(f).resolve() for f in ((folders,) if isinstance(folders, Path) else folders))
        self.fonts = {font.family: font for font in fonts}

    def fetch(self, url, headers=None):
        if url.startswith(FONT_SCHEME):
            font = self.fonts.get(url[len(FONT_SCHEME):])
            if font is None:
                raise RefusedURL(f"no planned font for {url}")
            return URLFetcherResponse(url, font.data, {"Content-Type": _FONT_TYPES.get(font.format, "font/otf")})
        path = self.local_path(url)
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})

    def local_path(self, url: str) -> Path:
        """The file ``url`` names, if it is a ``file:`` URL of a file inside one of the layout's folders."""
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            raise RefusedURL(f"only files of the layout may be fetched: {url}")
        path = Path(url2pathname(parts.path)).resolve()
        if not any(path.is_relative_to(folder) for folder in self.folders) or not path.is_file():
            raise RefusedURL(f"not a file of the layout: {url}")
        return path


def render_pdf(document: Document, layout: Layout, fonts: list[FontFace]) -> RenderOutput:
    """Typeset ``document`` with ``layout``; WeasyPrint's warnings come back as diagnostics.

    Characters the fonts lack are not reported here: the pipeline reports them once, for
    ``validate`` and ``render`` alike, with :func:`reportkit.fonts.coverage`.
    """
    config = _font_configuration()
    with _engine_warnings() as records:
        plan, html, source, unset = _source(document, layout, fonts)
        rendered = _kept_first_pass(html, records) or _laid_out(source, config)
        # A layout whose pages depend on where the text ends (the 红头's 版记) lays out twice.
        extra = layout.paginate(rendered) if layout.paginate else ""
        if extra:
            rendered = _laid_out(source, config, [CSS(string=extra, font_config=config)])
        _span_cells(rendered.pages)
        # The plan's fonts are already subsets of the document's characters: embedding
        # them as they are skips WeasyPrint's own subsetting (fontTools without hb-subset).
        data = rendered.write_pdf(full_fonts=True)
    engine = [Diagnostic(WARNING, f"PDF 引擎: {record.getMessage()}") for record in records]
    if cjk_justify.PROBLEM:
        engine.append(Diagnostic(WARNING, f"PDF 引擎: {cjk_justify.PROBLEM}，中文行未能两端对齐，"
                                          f"有字改用其他字体显示的行可能变高；"
                                          f"请安装 reportkit 要求的 WeasyPrint 版本"))
    if unset:
        engine.append(Diagnostic(WARNING, f"版式 {layout.name} 的 HTML 模板 {layout.html_template} 印出的字符“{unset}”没有可用字体，PDF 中以"
                                          f"“{MISSING_MARK}”代替：请改用常用字，或安装有这些字的字体"))
    planned = {font.family for font in plan.fonts}
    # A system font Pango fell back to is embedded whole, too: say so, it can weigh megabytes.
    stray = sorted({_text(font.family) for font in rendered.fonts.values()} - planned)
    engine += [Diagnostic(WARNING, f"PDF 引擎: 使用并整体嵌入了字体计划之外的系统字体 {family}") for family in stray]
    return RenderOutput(data=data, diagnostics=engine)


def _laid_out(source: HTML, config: FontConfiguration, stylesheets: list | None = None):
    """``source`` laid out, no row that may split (``Geometry.whole_rows``) begun at a page's foot where one of its
    cells has none of its text (:func:`_row_without_a_cell`): such a row begins the next page, as in the Typst PDF (its
    grid moves a row one of whose cells does not fit at all). WeasyPrint left a slice at the foot, a line or two of the
    tall cell beside the task's number and 责任单位, or none of it (its first line alone would be an orphan), and the
    row's name on the next page. One more layout for each such row, and for each split row whose rest is shorter than
    a cell set again beside it (:func:`_short_rest`)."""
    # only the layout's own extra rules in memory (``Layout.paginate``): every file goes through the <link>
    extra = {"stylesheets": stylesheets} if stylesheets else {}
    rendered = source.render(font_config=config, **extra)
    moved = set()
    while True:
        if (row := _row_without_a_cell(rendered.pages, moved)) is not None:
            moved.add(row)
            row.set("style", "break-before: page")  # the next layout reads the element's style attribute
        elif (cut := _tail_alone(rendered.pages, moved)) is not None:
            moved.add(cut[0])
            _break_before(*cut)
        elif (short := _short_rest(rendered.pages, moved)) is not None:
            cell, padding = short
            moved.add(cell)
            style = cell.get("style")
            cell.set("style", f"{style + '; ' if style else ''}padding-bottom: {padding}px")
        else:
            return rendered
        rendered = source.render(font_config=config, **extra)


def _tail_alone(pages, moved: set):
    """The cell (not in ``moved``) of a table's last row that a page's foot ends, the 署名 or 附件说明 after it (and the
    附件说明 under it) beginning the next page, with the most lines there; and how many of its characters (spaces not
    counted) stay on that page: all but its last lines (``widows``). ``.signature { break-before: avoid }`` found no
    earlier break: WeasyPrint breaks a table only between rows, and this row began on a page before (taller than a
    page) or began the page."""
    tail = {"signature", "attachment-note"}
    for before, page in zip(pages, pages[1:]):
        first = next((box for box in page._page_box.descendants() if isinstance(box, (LineBox, TableBox)) and box.children
                      or box.element is not None and tail & set(box.element.get("class", "").split())), None)
        tables = [box for box in before._page_box.descendants() if isinstance(box, TableBox)]
        if first is None or isinstance(first, (LineBox, TableBox)) or not tables:
            continue  # the page does not begin with the 署名 or 附件说明
        root = before._page_box.children[0]  # not the margin boxes: the folio
        lines, table_lines = _line_boxes(root), _line_boxes(tables[-1])
        notes = {id(child) for box in root.descendants() if box.element is not None
                 and "attachment-note" in box.element.get("class", "").split() for child in box.descendants()}
        if not table_lines or any(id(line) not in notes for line in lines[lines.index(table_lines[-1]) + 1:]):
            continue  # the page ends with something other than the table and the 附件说明 the 署名 follows
        rows = _table_rows(tables[-1])
        cells = [(_line_boxes(cell), cell) for cell in rows[max(rows)].children if cell.element not in moved]
        lines, cell = max(cells, key=lambda pair: len(pair[0]), default=((), None))
        if not lines or len(lines) < lines[0].style["widows"] + lines[0].style["orphans"]:
            continue
        carried = sum(len(_unspaced(_line_text(line))) for line in lines[-lines[0].style["widows"]:])
        return cell.element, len(_unspaced("".join(cell.element.itertext()))) - carried
    return None


def _break_before(element, kept: int) -> None:
    """A page break put into ``element`` (a table cell) after its first ``kept`` characters, spaces not counted: an empty
    block that begins a page, the cell's text around it left as it was."""
    mark = element.makeelement("div", {"style": "break-before: page"})

    def place(parent, at: int, text: str, keep) -> bool:
        nonlocal kept
        for i, ch in enumerate(text):
            if not ch.isspace():
                if kept == 0:
                    keep(text[:i])
                    mark.tail = text[i:]
                    parent.insert(at, mark)
                    return True
                kept -= 1
        return False

    def walk(node) -> bool:
        if place(node, 0, node.text or "", lambda text: setattr(node, "text", text)):
            return True
        for at, child in enumerate(list(node)):
            if walk(child) or place(node, at + 1, child.tail or "", lambda text, c=child: setattr(c, "tail", text)):
                return True
        return False

    walk(element)


def _line_boxes(box) -> list:
    """The lines of text in ``box``, in order."""
    return [child for child in box.descendants() if isinstance(child, LineBox) and child.children]


def _line_text(line) -> str:
    return "".join(getattr(box, "text", "") for box in line.descendants())


def _unspaced(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def _row_without_a_cell(pages, moved: set):
    """The element of the first table row (not in ``moved``) that a page's foot parts above which one of its cells
    with text has none of it."""
    last_part: dict = {}  # each table's part on the page before
    for page in pages:
        for box in page._page_box.descendants():
            if not isinstance(box, TableBox):
                continue
            before, last_part[box.element] = last_part.get(box.element), box
            if before is None:
                continue
            rows, after = _table_rows(before), _table_rows(box)
            row = rows[max(rows)]
            if max(rows) in after and row.element not in moved:
                continued = {cell.grid_x for cell in after[max(rows)].children if _lines(cell)}
                if any(cell.grid_x in continued and not _lines(cell) for cell in row.children):
                    return row.element
    return None


def _short_rest(pages, moved: set):
    """The element of a cell (not in ``moved``) whose text runs on in the rest of a row a page's foot splits, and the
    padding under that text (px) that makes the rest as tall as a cell :func:`_span_cells` sets again over it (the
    row's name or measures, a task's name over its sub-items), as in the Typst PDF. Set after the layout in a rest
    shorter than itself, such a cell ran into the next row, past the table's foot when it ended there."""
    last_part: dict = {}  # each table's part on the page before
    begun: dict = {}  # the row each cell begins in
    texts: dict = {}  # each cell's pieces holding its text, page by page
    for page in pages:
        for box in page._page_box.descendants():
            if not isinstance(box, TableBox):
                continue
            before, last_part[box.element] = last_part.get(box.element), box
            rows, after = _table_rows(before) if before else {}, _table_rows(box)
            for index, row in after.items():
                for cell in row.children:
                    if _lines(cell):
                        begun.setdefault(cell.element, index)
                        texts.setdefault(cell.element, []).append(cell)
            if not rows or max(rows) not in after:
                continue
            last = max(rows)
            rest = after[last]
            running = {cell.element: cell for cell in rest.children if _lines(cell)}
            need = 0.0
            for row in rows.values():
                for cell in row.children:
                    first = begun.get(cell.element, last)
                    end = first + cell.rowspan
                    if end <= last or cell.element in running or cell.rowspan == 1 and cell.element.get("class") != "left":
                        continue  # not over the rest, its text runs on there, or not set again (_span_cells)
                    height = _row_height(_whole(texts[cell.element])) if cell.element in texts else 0.0
                    foot = after[min(end - 1, max(after))]
                    need = max(need, _wanting(height, foot.position_y + foot.height - rest.position_y))
            if need and running and (grown := max(running.values(), key=_height)).element not in moved:
                return grown.element, grown.style["padding_bottom"].value + need
    return None


def _lines(box) -> bool:
    """Whether ``box`` holds a line of text."""
    return any(isinstance(child, LineBox) and child.children for child in box.descendants())


def _span_cells(pages) -> None:
    """Each cell spanning rows that a page's foot parts (``Geometry.kept_rows`` lets a table break there only where
    the rows on either side are as tall as its text) set over its rows on that page and again over its rows on the
    next, the rule under it drawn, as a careful typesetter would. WeasyPrint left the cell open at the foot, its text
    at the top of its rows and below the table's bottom rule when they were fewer, and blank on the next page.
    A row split at the foot (one that may be taller than half a page, ``Geometry.whole_rows``) is closed there by a
    rule too, as in the DOCX and the Typst PDF: WeasyPrint left the table open. A cell over such a row is set again
    over the row's rest on every page it reaches, and so is a row's name (a cell of one row set left) beside its own
    row's rest: the rest of a task's last sub-item, of its first, of a task of one row, and the pages after the second
    of one running over three pages and more, stood beside a blank 工作任务 cell."""
    parts: dict = {}  # each table's parts, page by page
    for page in pages:
        for box in page._page_box.descendants():
            if isinstance(box, TableBox):
                parts.setdefault(box.element, []).append(box)
    for tables in parts.values():
        begun: dict = {}  # the row each cell begins in, its copies on later pages too
        texts: dict = {}  # each cell's pieces holding its text, page by page, not its copies
        copies = set()
        for table, following in zip(tables, tables[1:]):
            table.skip_cell_border_bottom = False
            rows, after = _table_rows(table), _table_rows(following)
            last = max(rows)
            # The parts share the table's grid of rules: the rule drawn at this foot under a cell spanning on crossed
            # that cell's copy on the next page, between a split row's rest and the row after it.
            vertical, horizontal = table.collapsed_border_grid
            horizontal = [list(rules) for rules in horizontal]
            table.collapsed_border_grid = vertical, horizontal
            if last in after:  # a row split at the foot: its rule inside the text block, as the Typst PDF draws it
                rows[last].height -= max(width for _, (_, width, _) in horizontal[last + 1]) / 2
                # A cell ending in it whose text ends on this page is centred between its padding above and below, as
                # in the Typst PDF (a unit, a date, a name over sub-items): WeasyPrint centred it 1.25 pt lower, over
                # the padding and the half rule a break slices off the part it ends.
                running = {cell.element for cell in after[last].children if _lines(cell)}
                for cell in (cell for index, row in rows.items() for cell in row.children
                             if index + cell.rowspan - 1 == last and cell.element not in running and _lines(cell)):
                    _fit(cell, rows[last].position_y + rows[last].height)
            # the cells with text on the next page: a text running on there, or set again there once (a task's name
            # over sub-items was set twice over its rows, once from its piece on this page, once from its copy)
            placed = {c.element for r in after.values() for c in r.children if _lines(c)}
            for index, row in list(rows.items()):
                for cell in row.children:
                    first, end = begun.setdefault(cell.element, index), index + cell.rowspan
                    if id(cell) not in copies and _lines(cell):
                        texts.setdefault(cell.element, []).append(cell)
                    # The same cell over its rows on the next page (from a row split at the foot, if one is), spanning
                    # what is left; not over the head repeated there. Split in the row it begins in, it takes the place
                    # of its rest, which WeasyPrint sets blank, if it spans rows or names the row (set left: numbers,
                    # units and dates are centred), unless its own text runs on there, or a row's name is taller than
                    # its row's rest (set after the layout, it would run into the next row): the layout made the rest
                    # as tall as it (_short_rest), as the Typst PDF makes the row.
                    # A text that ran over a page's foot is set again whole, not the piece the page before holds.
                    whole = _whole(texts[cell.element]) if cell.element in texts else cell
                    start = min((i for i in after if first < i and last <= i < end), default=None)
                    if first == last and last in after and (cell.rowspan > 1 or cell.element.get("class") == "left" and
                                                            not _wanting(_row_height(whole), after[last].height)):
                        rest = next((c for c in after[last].children if c.element is cell.element), None)
                        if rest is None or not _lines(rest):
                            after[last].children = [c for c in after[last].children if c is not rest]
                            start = last
                    if start is not None and cell.element not in placed:
                        placed.add(cell.element)
                        again, top = whole.deepcopy(), after[start]
                        copies.add(id(again))
                        again.rowspan = end - start
                        x = cell.grid_x
                        again.translate(dx=following.column_positions[x] - table.column_positions[x],
                                        dy=top.position_y - whole.position_y)
                        top.children = sorted([*top.children, again], key=lambda c: c.grid_x)
                        foot = after[min(end - 1, max(after))]
                        _fit(again, foot.position_y + foot.height)
                    if end - 1 > last:
                        for x in range(cell.grid_x, cell.grid_x + cell.colspan):
                            horizontal[last + 1][x] = horizontal[end][x]  # the rule under the cell's last row
                        _fit(cell, rows[last].position_y + rows[last].height)


def _whole(pieces: list):
    """A cell's text, whole: its only piece, or a copy of the first holding the lines of all of them (the text ran over
    a page's foot), as tall as they are."""
    if len(pieces) == 1:
        return pieces[0]
    whole = pieces[0].deepcopy()
    whole.children, y = [], whole.content_box_y()
    for piece in pieces:
        top = min(child.position_y for child in piece.children)
        bottom = max(child.position_y + child.margin_height() for child in piece.children)
        for child in piece.children:
            child = child.deepcopy()
            child.translate(dx=whole.content_box_x() - piece.content_box_x(), dy=y - top)
            whole.children.append(child)
        y += bottom - top
    whole.height = y - whole.content_box_y()
    whole.border_bottom_width = whole.border_top_width
    return whole


def _row_height(cell) -> float:
    """How tall a row holding ``cell``'s text is from rule to rule: its text, its padding and half of each rule (the
    collapsed borders' share of the row), as a row of it begun on a page is."""
    top, bottom = (cell.style[f"padding_{side}"].value for side in ("top", "bottom"))
    return top + cell.height + bottom + 2 * cell.border_top_width


def _wanting(height: float, room: float) -> float:
    """How much a row (rows) ``room`` tall falls short of ``height`` (px), nothing for less than a hundredth."""
    return max(round(height - room, 2), 0)


def _height(cell) -> float:
    """How tall ``cell``'s text is with its padding and rules: what a row must be to hold it."""
    top, bottom = (cell.style[f"padding_{side}"].value for side in ("top", "bottom"))
    return cell.border_top_width + top + cell.height + bottom + cell.border_bottom_width


def _table_rows(table) -> dict:
    """The rows of a table's part on a page by their index in the whole table (its head rows first)."""
    heads = sum(len(group.children) for group in table.children if group.is_header)
    return {row.index + (0 if group.is_header else heads): row for group in table.children for row in group.children}


def _fit(cell, bottom: float) -> None:
    """``cell`` made to end at ``bottom``, its content placed anew as its ``vertical-align`` says: WeasyPrint may have
    placed it for rows that a page break then took from the page. It ends at a rule: a piece a break cut has none
    (its copy set again on the next page was 0.125 pt lower than in the Typst PDF)."""
    cell.border_bottom_width = cell.border_top_width
    top, bottom_pad = (cell.style[f"padding_{side}"].value for side in ("top", "bottom"))
    extra = bottom - cell.position_y - _height(cell)
    share = {"top": 0, "bottom": 1}.get(cell.vertical_align, 0.5) * max(extra, 0)
    add_top_padding(cell, top + share - cell.padding_top)
    cell.padding_bottom = bottom_pad + max(extra, 0) - share


def first_pass(document: Document, layout: Layout, fonts: list[FontFace]):
    """WeasyPrint's layout of ``document`` before any ``Layout.paginate`` pass: what the DOCX
    renderer asks ``Layout.imprint_place`` about, to put the 版记 where the PDF has it.

    The PDF of the same document, rendered next in this thread (``render`` of both formats),
    starts from this layout instead of making it again; one is kept, the last.
    """
    with _engine_warnings() as records:
        _, html, source, _ = _source(document, layout, fonts)
        rendered = _laid_out(source, _font_configuration())
    _first_passes.kept = (html, rendered, list(records))
    return rendered


_first_passes = threading.local()


def _kept_first_pass(html: str, records: list[logging.LogRecord]):
    """The layout :func:`first_pass` made of this very HTML (its engine warnings added to ``records``), or None."""
    kept, _first_passes.kept = getattr(_first_passes, "kept", None), None
    if kept is None or kept[0] != html:
        return None
    records.extend(kept[2])
    return kept[1]


def _source(document: Document, layout: Layout, fonts: list[FontFace]) -> tuple[FontPlan, str, HTML, str]:
    """The font plan of ``document``, its HTML, that HTML as WeasyPrint reads it, fetching only the layout's files, and
    the characters the layout's template adds that no face has (the pipeline reports the document's own)."""
    texts = list(role_texts(document, layout))
    chosen = survey(texts, fonts)
    plan = _unique_families(chosen.plan())
    html = _render_html(document, layout, plan, chosen)
    # The default template prints nothing beyond the document's texts and fonts.GENERATED_TEXT; a layout's own may
    # (a footer's 内部资料): its faces are subset to those characters too, in each role the document uses.
    if added := _template_text(html, texts):
        chosen = survey([*texts, *((role, added, None) for role in dict.fromkeys(role for role, _, _ in texts))], fonts)
        plan = _unique_families(chosen.plan())
        html = _render_html(document, layout, plan, chosen)
    unset = "".join(ch for ch in added if ch in plan.missing)
    if plan.missing:  # a glyph-less character would break the text layer of its whole face (issue 13)
        html = html.translate({ord(ch): MISSING_MARK for ch in plan.missing})
    base = Path(layout.directory).resolve().as_uri() + "/"
    return plan, html, HTML(string=html, base_url=base, url_fetcher=LayoutFetcher(layout.folders, plan.fonts)), unset


def _template_text(html: str, texts: list[tuple[str, str, Source | None]]) -> str:
    """The drawn characters of ``html`` that are neither in ``texts`` nor in :data:`GENERATED_TEXT`: what the template
    prints of its own; none for the default template. Under a millisecond a render: every render asks."""
    printed = set(html).difference(GENERATED_TEXT)
    if printed:
        printed.difference_update(*(text for _, text, _ in texts))
    return "".join(sorted(ch for ch in printed if ch.isprintable()))


#: PDFs typeset with one font configuration before a new one is made (see _font_configuration).
CONFIGURATION_USES = 100
_configurations = threading.local()


def _font_configuration() -> FontConfiguration:
    """This thread's shared WeasyPrint font configuration, renewed every :data:`CONFIGURATION_USES` PDFs.

    A new configuration per PDF costs ~0.25 MB that is never given back (issue 14: 111 → 371 MB
    over 1,000 PDFs); a shared one keeps each document's font subsets (files in a temporary
    folder, and fontconfig entries), so it is renewed now and then to bound those too.
    """
    state = _configurations.__dict__
    if state.get("uses", CONFIGURATION_USES) >= CONFIGURATION_USES:
        state["config"], state["uses"] = FontConfiguration(), 0
        # WeasyPrint keeps its font files in a temporary folder it deletes when done; one of ours (named
        # with our pid) can be deleted by the next run when a killed run could not (issue 13).
        _remove_abandoned_folders()
        state["config"]._folder = Path(tempfile.mkdtemp(prefix=f"{_TEMP_PREFIX}{os.getpid()}-"))
    state["uses"] += 1
    return state["config"]


_TEMP_PREFIX = "reportkit-weasyprint-"


def _remove_abandoned_folders() -> None:
    """Font folders of reportkit runs that are gone (killed before they could clean up)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{_TEMP_PREFIX}*"):
        pid = folder.name[len(_TEMP_PREFIX):].split("-")[0]
        if pid.isdigit() and abandoned(int(pid), folder):
            shutil.rmtree(folder, ignore_errors=True)


def _unique_families(plan: FontPlan) -> FontPlan:
    """``plan`` with each family named after its subset's content (``rk-fangsong-1a2b3c4d``).

    A shared font configuration keeps every face it was given under its family name: two
    documents' different subsets of one face must not share a name, or the second document
    would be set with the first one's subset.
    """
    names = {font.family: f"{font.family}-{hashlib.blake2b(font.data, digest_size=4).hexdigest()}" for font in plan.fonts}
    return FontPlan([replace(font, family=names[font.family]) for font in plan.fonts],
                    {role: [names[family] for family in stack] for role, stack in plan.stacks.items()}, plan.missing)


def _text(value) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _render_html(document: Document, layout: Layout, plan: FontPlan, chosen: FontSurvey) -> str:
    folders = tuple(Path(f).resolve() for f in layout.folders)
    files = [Path(p).resolve() for p in (layout.html_template, layout.stylesheet, *layout.stylesheets)]
    for path in files:
        if not any(path.is_relative_to(folder) for folder in folders):
            raise RenderError(f"布局 {layout.name}: {path} 不在布局目录 {folders[0]} 内")
    template_path = files[0]
    # A layout's template may extend or include the default's (document.html.j2): its own folder is searched first.
    default = (templates_dir() / "gbt9704").resolve()
    search = tuple(dict.fromkeys((template_path.parent, *folders, default)))
    pitch = notice_pitch(document.blocks, layout, chosen)
    squeezed = notice_blocks(document.blocks) if pitch else set()
    context = dict(document=document, geometry=layout.geometry, plan=plan, roles=layout.roles,
                   stylesheets=[path.as_uri() for path in files[1:]],
                   masthead_place=lambda block: masthead_place(block, layout, chosen),
                   page_number_drop_pt=_dash_drop(plan, layout.roles["page_number"], layout.geometry.page_number_size_pt),
                   notice_pitch=pitch, notice=lambda block: ["notice"] if id(block) in squeezed else [])
    try:
        return _environment(search).get_template(template_path.name).render(**context)
    except Exception as exc:
        place = _template_place(exc, search)
        if not isinstance(exc, (jinja2.TemplateError, RecursionError)) and (place is None or place[0].is_relative_to(default)):
            raise  # not in a layout's own template: a bug in reportkit keeps its traceback
        where = f"{place[0]}:{place[1]}" if place else template_path
        raise LayoutTemplateError(f"版式 {layout.name} 的 HTML 模板 {where} 出错：{_template_problem(exc, search, context)}") from None


def _template_place(exc: BaseException, search: tuple[Path, ...]) -> tuple[Path, int] | None:
    """The template file and line that failed: Jinja's own for a syntax error, else the last template line in the
    traceback (Jinja puts the templates' lines there)."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        return Path(exc.filename).resolve(), exc.lineno
    lines = [(Path(frame.f_code.co_filename).resolve(), line) for frame, line in traceback.walk_tb(exc.__traceback__)
             if not frame.f_code.co_filename.endswith(".py")]
    lines = [(file, line) for file, line in lines if any(file.is_relative_to(folder) for folder in search)]
    return lines[-1] if lines else None


def _template_problem(exc: BaseException, search: tuple[Path, ...], context: dict) -> str:
    """What went wrong in a layout's template, and the fix."""
    if isinstance(exc, RecursionError):
        return ("模板引用了它自己（extends 或 include 了自己的名字：模板先在它自己的目录里找）："
                "请给版式自己的模板另起一个名字，如 page.html.j2")
    if isinstance(exc, jinja2.TemplateNotFound):
        return (f"找不到模板“{exc.name}”（依次查找了 {'、'.join(map(str, search))}）："
                "请改正模板名，或把它放进版式的 directory 或 shared 的目录")
    name = undefined_name(exc)
    return (name and _set_later(name, exc)) or template_problem(exc, f"模板能用的是 {'、'.join(context)}", "请改正这一行")


def _set_later(name: str, exc: BaseException) -> str | None:
    """Where the default template sets ``name`` outside its blocks (``line``, ``two_chars``, ``tracking``), which of its
    blocks come after and so see it, and the fix; None for a name it does not set so. A block before the line (``head``,
    ``page_margins``) is rendered before the name is set."""
    default = templates_dir() / "gbt9704" / "document.html.j2"
    tree = jinja2.Environment().parse(default.read_text(encoding="utf-8"))
    line = next((node.lineno for node in tree.body if isinstance(node, (jinja2.nodes.Assign, jinja2.nodes.AssignBlock))
                 and isinstance(node.target, jinja2.nodes.Name) and node.target.name == name), None)
    if line is None:
        return None
    later = "、".join(block.name for block in sorted(tree.find_all(jinja2.nodes.Block), key=lambda block: block.lineno)
                     if block.lineno > line)
    # Jinja names a block's frame in the traceback "block 'head'".
    blocks = [found.group(1) for frame, _ in traceback.walk_tb(exc.__traceback__)
              if (found := re.fullmatch(r"block '(\w+)'", frame.f_code.co_name))]
    where = f"在块 {blocks[-1]} 里" if blocks else ""
    return (f"“{name}”{where}还没有定义：默认模板 {default.name} 第 {line} 行才设它，只有其后的块 {later} 能用它："
            f"请把用到它的规则移到块 style 里，或在这个块里由 g（几何参数）算出它")


def _dash_drop(plan: FontPlan, role: str, size_pt: float) -> float:
    """How far below the top of a ``line-height: 1`` line box the 一字线 (U+2014) begins to ink.

    GB/T 9704 §7.5 measures the page number from the dash's upper edge. The line box centres
    the face's ascent + descent (as HarfBuzz, and so Pango, reads them) on the 1em line; the
    baseline lies ``ascent`` below that, and the dash's ink top ``y_bearing`` above the baseline.
    """
    metrics = dash_metrics(plan, role)
    if metrics is None:
        return 0.0
    ascender, descender, ink_top = metrics
    baseline = (1 - ascender + descender) / 2 + ascender
    return (baseline - ink_top) * size_pt


@lru_cache(maxsize=None)
def _environment(search: tuple[Path, ...]) -> jinja2.Environment:
    """One environment per layout's template folders (``search``, in order), so that warm renders reuse the compiled
    template; a cold run finds it compiled in the user's cache folder (~35 ms less)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        bytecode_cache=_CompiledTemplates(),
    )
    env.filters.update(css_string=css_string, font_stack=font_stack, block_kind=lambda block: type(block).__name__,
                       lines=lines, autospace=autospace)
    return env


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled templates in ``<cache folder>/jinja``, keyed by each template's source; a cache
    that cannot be read or written costs only the compiling."""

    def __init__(self):
        super().__init__(str(cache_dir() / "jinja"))

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError):
            bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def lines(text: str) -> Markup:
    """``text`` as :func:`autospace` sets it, its line breaks ("\\n" and reportkit.load.LINE_BREAK, U+2028) as ``<br>``,
    no space before one (:func:`reportkit.line_breaks.set_lines`)."""
    return Markup("<br>").join(autospace(part) for part in set_lines(str(text)))


def autospace(text: str) -> Markup:
    """``text`` escaped, with the space Word, WPS and LibreOffice put between Chinese and digits or
    Latin letters as a left margin (``<span class="as">``) on what follows the boundary, as the web page has it
    (:func:`.html.spaced`; here the span holds the rest of the ASCII run too: :data:`_RUN`), and a
    zero-width space (``<span class="bk">``) where a line may break beside a quotation mark
    (:data:`reportkit.layout.QUOTE_BREAK`), and a word joiner (in such a span too) before a mark that must not
    start a line (:data:`reportkit.layout.JOINED_MARKS`), and the text's own joiners (:func:`reportkit.layout.joined`)
    in such a span as well: no letter-spacing narrows the autospace one stands in (2023|年). In a text with Chinese,
    every other run of ASCII letters, digits and signs (an address after "（", "@163.com" after its name) is a
    ``<span>`` of its own (:data:`_ASCII_RUN`): a text box cjk_justify keeps together, as Word and the Typst PDF do,
    instead of spreading its letters.

    No character is added to the PDF's text (issue 9): the zero-width space and the joiner draw nothing. The
    boundary's space is always on the left: at a line break it starts the next line, where
    cjk_justify lays the line out without it.
    """
    text = str(text)
    plain = escape if text.isascii() else functools.partial(wrapped, pattern=_ASCII_RUN, tag="<span>{}</span>")
    boxed = functools.partial(wrapped, pattern=_RUN, tag='<span class="as">{}</span>', between=plain)
    return _BREAK.join(_JOIN.join(boxed(part).replace(cjk_justify.JOIN, _JOIN) for part in _BEFORE_JOINED.split(piece))
                       for piece in QUOTE_BREAK.split(text))


_BREAK = Markup('<span class="bk">{}</span>').format(cjk_justify.BREAK)
_JOIN = Markup('<span class="bk">{}</span>').format(cjk_justify.JOIN)
#: Before a mark that must not start a line, other than at the text's start (layout.JOINED_MARKS).
_BEFORE_JOINED = re.compile(f"(?<=.)(?=[{JOINED_MARKS}])", re.DOTALL)


def css_string(value: str) -> Markup:
    """``value`` as a quoted CSS string, safe inside an HTML ``<style>`` element."""
    escaped = "".join(c if c.isalnum() or c in " -_.:/" else f"\\{ord(c):x} " for c in str(value))
    return Markup(f'"{escaped}"')


def font_stack(plan: FontPlan, role: str) -> Markup:
    """The CSS ``font-family`` value of ``role``: its planned families, in order."""
    families = plan.stacks.get(role) or []
    return Markup(", ".join(css_string(family) for family in families) or "serif")


@contextmanager
def _engine_warnings():
    """Collect WeasyPrint's warnings and errors logged by this thread while the block runs."""
    records: list[logging.LogRecord] = []
    thread = threading.get_ident()

    class Collect(logging.Handler):
        def emit(self, record):
            if record.thread == thread:
                records.append(record)

    handler = Collect(logging.WARNING)
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
