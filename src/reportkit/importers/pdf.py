"""Read a PDF with a text layer: tables through pdfplumber, paragraphs rebuilt from the lines around them.

A line indented two characters starts a paragraph, a line at the left edge continues
one (across pages too); a line set elsewhere (centred title, right-aligned 署名) stands
alone (but a title's lines in its size are one title, a wrapped organ's name one paragraph).
Page numbers (— 3 —) are dropped. A table printed without rules (a web page's) is read
from its lines: labels on the left, figures aligned in columns under their head; one of text
(a contact table set by tab stops) a paragraph a row, its cells apart (:func:`_text_rows`).
"""
from __future__ import annotations

import bisect
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import pairwise, takewhile
from pathlib import Path
from typing import NamedTuple

import pdfplumber
from pdfminer.layout import LTChar
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.utils import decode_text
from pdfplumber.page import PDFPageAggregatorWithMarkedContent
from pdfplumber.table import Table

from ..errors import ReportkitError
from ..layout import SPACE_AT_BOUNDARY, SPACE_AT_MARK
from .annual_tables import stands_apart
from .frame import ATTACHMENT, site_footer, web_meta
from .headings import read_once
from .html import closing_roles
from .labels import PAGE_NUMBER, SENTENCE_END, after_number, clean, date_line, heading_level, numbering, organ_name
from .source import BOLD, SHORT_LINE, Grid, Para, Published, align_labels, all_bold, fill_spans, merged, worded_title

# pdfminer's warnings (a font without its FontBBox, as browsers write them) are about the file's fonts, not its
# text, and are in English: the user sees reportkit's findings only. A file it cannot read still raises.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

#: A line of a page that is its number (:data:`.labels.PAGE_NUMBER`), or a figure alone.
_PAGE_NUMBER = re.compile(rf"{PAGE_NUMBER.pattern}|\d+")
#: The footer a browser prints a page with (its address and the page's number of all: file:///…/page.html 1/4), on a
#: page of its own too, where no other page repeats it.
_BROWSER_FOOTER = re.compile(r"(?:https?|file)://\S+\s+\d+\s*/\s*\d+")
#: The header a browser prints a page with (the date and time it printed, the page's title: 12/6/26, 10:23 AM 某某县年报),
#: its first line, set smaller than this (points; a browser's is 8 pt), on a page of its own too.
_BROWSER_HEADER = re.compile(r"\d{1,4}/\d{1,2}/\d{1,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s.*)?")
_BROWSER_HEADER_SIZE = 9
_ASCII_WORD = re.compile(r"[A-Za-z]")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
#: Latin characters further apart than this share of their size have a space between them (WeasyPrint draws none).
_WORD_GAP = 0.2
#: The end of a sentence, not of a clause (：；): a list's items go on after “如下：” in its paragraph.
_FULL_STOP = re.compile("[。！？][”’」』）)]*$")
#: A line break in a table cell's text, with the blanks about it.
_CELL_BREAK = re.compile(r"[ \u00a0]*\n[ \u00a0]*")
#: What a cell cut off by the page's edge reads as: not a figure, so the mapping leaves a placeholder and says why;
#: a column off the page is not there to count, so the figures of a row so cut are never matched by position.
_CUT_OFF = "（超出页面，未能读出）"
#: A table's figure as a cell holds it, alone or with its measure word (12件, 3项): a row's figures, no label.
_FIGURE = re.compile(r"[\d.,]+(?:件|项|个|条|次|人次)?")
#: Characters larger than this (pt) are a title's (二号 22 pt; the body is 三号 16 pt).
_TITLE_SIZE = 18
#: A gap between two lines wider than this many line pitches parts two paragraphs.
_PARAGRAPH_GAP = 1.2
#: Characters further apart than this share of their size are in two cells of a table printed without rules: a cell's
#: characters touch, the cells of a web page's table are a padding apart.
_CELL_GAP = 0.12
#: A line set in further than a paragraph's indent that ends within three characters of the right edge (a ragged line
#: leaves its next characters over) and fills this share of the text's width is a paragraph's first line (an indent
#: of three characters, or spaces typed before it), not a 署名 set right.
_FIRST_LINE = 0.75
#: Figures closer than this share of their size to the words before them end a line of prose, not a table's row.
_PROSE_GAP = 0.6
#: A figure in a table's cell (not 1., a label's number): with its unit or note, 4（均为查封）, 3件; or a dash, none.
_NUMBER = re.compile(r"[+\-−－]?\d+([.,]\d+)*(万?元|件|项|个|条|次|人次)?([（(][^）)]*[）)])?|[—－/／…-]{1,2}")
#: A bold face, by the font's name (all a PDF tells): SimHei, FZHei, STHeiti, …-Bold, Word's made-up “SimSun,Bold”.
_BOLD_FACE = re.compile(r"(?i:bold|heavy|black)|Hei")


class _ActualText(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's reading of a page, each glyph's text taken from the /ActualText of the marked span drawing it, where
    the span has as many characters as glyphs: LibreOffice, exporting without the Chinese font, draws every character
    as one placeholder box, which reads as one character, and writes the character itself there."""

    actual: tuple[str, int] | None = None

    def begin_tag(self, tag, props=None) -> None:
        super().begin_tag(tag, props)
        text = props.get("ActualText") if isinstance(props, dict) else None
        self.actual = (decode_text(text) if isinstance(text, bytes) else text, len(self.cur_item._objs)) \
            if isinstance(text, (bytes, str)) else None

    def end_tag(self) -> None:
        if self.actual is not None:
            text, start = self.actual
            chars = [obj for obj in self.cur_item._objs[start:] if isinstance(obj, LTChar)]
            if len(chars) == len(text):
                for char, actual in zip(chars, text):
                    char._text = actual
            self.actual = None
        super().end_tag()


def _with_actual_text(pdf) -> None:
    """Lay out each page of ``pdf`` with :class:`_ActualText`, before pdfplumber lays it out its own way."""
    for page in pdf.pages:
        device = _ActualText(pdf.rsrcmgr, pageno=page.page_number, laparams=pdf.laparams)
        PDFPageInterpreter(pdf.rsrcmgr, device).process_page(page.page_obj)
        page._layout = device.get_result()


class _Unruled(NamedTuple):
    """A table printed without rules, read from its page's lines: its box (only its top is known) and its rows."""

    bbox: tuple[float, float, float, float]
    rows: list[list[str]]


def read(path: Path) -> Published:
    published = Published(str(path))
    current: Para | None = None  # the paragraph being read, added when the next one (or a table) starts
    looks: list[set] = []  # how each piece of it between its line breaks is set (:func:`_line_on`)
    with pdfplumber.open(str(path)) as pdf:
        _with_actual_text(pdf)
        _check_text(pdf, path)
        pages, known, articles, pictures = [], None, [], []
        for number, page in enumerate(pdf.pages, 1):
            *read_page, known, aside, notes = _page(page, known, articles)
            unloaded = _unloaded(page, read_page[0])  # a picture the browser printing the page could not load
            read_page[0] = [ln for ln in read_page[0] if id(ln) not in unloaded]
            pages.append(tuple(read_page))
            pictures.append([(top, "") for top in _pictures(page)] + list(unloaded.values()))
            # a footnote: not the report's text, nowhere in the data for it; said with its text, as a DOCX's is
            published.unread += [(f"第 {number} 页", f"脚注“{note}”未导入：要保留的，请写进正文") for note in notes]
            if aside:  # a site's navigation printed beside the article: the mapping leaves it out, saying so
                published.add(Para("、".join(aside), f"第 {number} 页旁边的一栏", "aside"))
        pages = _with_unruled_tables(_without_running_lines(pages))
        # A page whose lines are all indented (a heading, a short paragraph and the 署名) has no line
        # at the left edge: the edge most pages have stands in for it. Where paragraphs wrap, their edge is the text's:
        # a site's name or footer printed further left (a web page's) is not; where none does, the body's lines tell.
        right = _right_edges(pages)
        wraps = [_wrap_edge(lines, right[width]) for lines, _, _, width in pages]
        if all(w is None for w in wraps):
            pages = _unwrapped_edges(pages, right)
        edges = Counter(w for w in wraps if w is not None) or \
            Counter(round(left) for _, _, left, _ in pages if left is not None)
        usual = edges.most_common(1)[0][0] if edges else 0
        pitch = _pitch([lines for lines, *_ in pages])
        columns = _shared_columns(pages)
        keeps = _keeps_wrap_spaces(pages)
        previous = hang = opened = None
        ended: set[int] = set()  # the columns whose text ends in the last row of the table read last
        for number, (lines, tables, left, width) in enumerate(pages, 1):
            if wraps[number - 1] is not None:
                left = wraps[number - 1]
            elif left is None or left > usual + 8 or any(w is not None for w in wraps) and left < usual - 8:
                left = usual
            organs, signers, here = _organ_rows(lines, left), _signers(lines), {id(ln) for ln in lines}
            rows = _text_rows([ln for ln in lines if id(ln) not in organs])
            # A 附件说明 whose line above reached the edge (its name wraps) goes on under the name on this page too.
            above, hang = None, hang if current is not None and previous is not None \
                and previous["x1"] >= right[width] - _size(previous) else None
            signed = _signature_wraps(lines)
            items = [(ln["top"], "line", ln) for ln in lines] + [(t.bbox[1], "table", t) for t in tables] \
                + [(top, "picture", alt) for top, alt in pictures[number - 1] if lines]
            for row, (_, what, obj) in enumerate(sorted(items, key=lambda i: i[0]), 1):
                if what == "picture":
                    current = _added(published, current, looks)
                    published.picture(f"第 {number} 页" + (f"，题为“{obj}”" if obj else ""))
                    continue
                if what == "table":
                    current = _added(published, current, looks)
                    shared = columns.get(id(obj), [])
                    grid = _grid(obj, f"第 {number} 页的表格", shared, keeps)
                    # the first thing on its page: a page break falls between it and a table read last
                    _add_table(published, grid, ended, isinstance(obj, _Begun)
                               or stands_apart(published.items, grid, broken=row == 1))
                    ended = _ended_columns(obj, shared)
                    continue
                place = f"第 {number} 页第 {row} 行"
                if id(obj) in rows:  # a row of a table of text without rules: a paragraph of its own, its cells apart
                    current = _added(published, current, looks)
                    if rows[id(obj)]:  # "" for a cell's wrapped line, read with its row
                        _added(published, Para(rows[id(obj)], place))
                    above, previous, hang = obj["top"], obj, None
                    continue
                size = _size(obj)
                indent = obj["x0"] - left
                # A line at the left edge continues the paragraph, unless a gap wider than the line pitch parts
                # them, or the line before ended a sentence or a heading short of the right edge, or was too short
                # to wrap (特此报告 over a 署名): a web page printed to PDF sets its paragraphs apart so, without indent.
                spaced = above is not None and obj["top"] - above > _PARAGRAPH_GAP * pitch
                closed = previous is not None and _closes(previous, right[width], obj, previous is opened)
                # over a page break, a sentence goes on into a line at the left edge only from a line filling the width
                closed = closed or previous is not None and id(previous) not in here \
                    and bool(_FULL_STOP.search(previous["text"])) and not _visibly_cut(previous, right[width], obj) \
                    or previous is not None and id(obj) in signers and bool(_FULL_STOP.search(previous["text"]))
                last, above, previous = previous, obj["top"], obj
                if current is not None and abs(indent) < size / 2 and not spaced and not closed:
                    _line_on(current, looks, last, obj, _joint(last, obj, left, right[width], keeps), right[width])
                    continue
                if current is not None and hang is not None and abs(obj["x0"] - hang) < size / 2 and not spaced \
                        and not _NOTE_LABEL.match(obj["text"]).group(0):
                    _line_on(current, looks, last, obj, _joint(last, obj, hang, right[width], keeps), right[width])
                    continue
                began = opened if current is not None else None  # the first line of the paragraph read
                _added(published, current, looks)
                before = published.items[-1] if published.items else None
                if isinstance(before, Para) and before.role == "right" and abs(indent) < size / 2 and not spaced \
                        and not date_line(before.text) and date_line(before.text + clean(obj["text"])):
                    before.text += clean(obj["text"])  # a 成文日期 pushed right by spaces and wrapped (“日” at the edge)
                    current = None
                    continue
                hang = _hang(obj)
                role = _free_role(obj, (left + right[width]) / 2, indent, size)
                before = published.items[-1] if published.items else None
                if role == "centered":
                    goes_on = last is not None and isinstance(before, Para) and _goes_on(last, obj) \
                        and before.text.endswith(clean(last["text"])) \
                        and clean(obj["text"]) != clean(last["text"])  # not a site's title bar over the title
                    filled = goes_on and _filled(last, left, right[width])
                    # a title in the body's size whose lines before this one fill the text's width, from its edge:
                    # read as a paragraph not indented, they are the title's (some offices set it so); only the
                    # document's first text, where a title stands: a paragraph's last line filling the width over a
                    # centred line further down (a table's name) is the paragraph's
                    wrapped = filled and before.role == "body" and began is not None \
                        and abs(began["x0"] - left) < size / 2 and not any(
                            isinstance(item, Grid) or item.role in ("body", "heading", "title")
                            for item in published.items[:-1])
                    if size > _TITLE_SIZE or wrapped:
                        role = "title"
                    if goes_on and before.role == "title" or wrapped:
                        # the title's next line: one title, as a DOCX gives it, with its breaks typed by hand
                        before.role = "title"
                        before.text += (_joint(last, obj, left, right[width], keeps) if filled else "\n") \
                            + clean(obj["text"])
                        current = None
                        continue
                if id(obj) in signed and isinstance(before, Para) and before.role == "right":
                    role, place = "right", before.place  # an organ's name goes on: one paragraph, as a DOCX gives it
                elif role == "right" and obj["x1"] >= right[width] - 3 * size and \
                        obj["x1"] - obj["x0"] >= _FIRST_LINE * (right[width] - left):
                    role = "body"  # a paragraph's first line indented more than two characters, as far as the edge
                # a 署名 with its 成文日期 or organs
                if role != "title" and (parts := _signature_parts(obj, id(obj) in organs)):
                    current = _added(published, Para("\n".join(parts), place, "right"))
                    continue
                current, opened, looks = Para(obj["text"], place, role), obj, [_look(obj)]
                if role != "body":  # a line set apart stands alone
                    current = _added(published, current, looks)
        _added(published, current, looks)
    read_once(published)
    closing_roles(published)
    for item in published.items:  # a glyph the PDF gives no character for (a browser's, its font lacking it)
        texts = [item.text] if isinstance(item, Para) else [c for row in item.rows for c in dict.fromkeys(row)] \
            if isinstance(item, Grid) else []
        if lost := sum(len(_NO_CHARACTER.findall(text)) for text in texts):
            shown = _NO_CHARACTER.sub("□", item.text) if isinstance(item, Para) else ""
            heading = _heading_shaped(shown)  # where a heading is unread, its part is not found: say which it is
            what = f"标题“{shown}”里有 {lost} 个字取不出" if heading else f"PDF 里有 {lost} 个字取不出"
            published.unread.append((item.place, f"{what}（导出时字体里没有这个字，读作“(cid:0)”一类记号），已照原样导入"
                                                  f"{'，这个标题可能因此没有认出' if heading else ''}：请对照原件改正"))
    return published


#: A 署名's or 成文日期's line is narrower than this many characters.
_SIGNED_CHARS = 25
#: A heading's length at most: a paragraph's line this short, without a sentence's end, is a heading.
_HEADING_CHARS = 30


def _heading_shaped(text: str) -> bool:
    """Whether ``text``, one line (its unreadable characters one each), is shaped as a heading or a title is: short,
    no sentence's end."""
    return bool(text) and "\n" not in text and len(text) <= _HEADING_CHARS and not SENTENCE_END.search(text) \
        and "。" not in text


#: What pdfminer reads a glyph as that the PDF maps to no character.
_NO_CHARACTER = re.compile(r"\(cid:\d+\)")


#: What a font without a usable character map reads as: (cid:114), the Private Use Area, or accented Latin letters
#: (a Chinese font's codes read as Latin-1, “ÂÁûÑõ”).
_GARBLED = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]")
_HAN = re.compile(r"[\u2e80-\u2fdf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: A page is a scan where an image covers this share of it and it has fewer Chinese characters than this.
_SCAN_AREA, _SCAN_TEXT = 0.5, 50


def _check_text(pdf, path: Path) -> None:
    """Refuse, saying why, a PDF whose text cannot be read as Chinese: one without text (with no image either, its
    fonts unreadable or its pages blank, no scan), or with a few words only on most pages, each an image (a scan: the
    site's name stamped on it); a font, of more than a fiftieth of the text, whose characters mostly read as garbage
    (no character map); every Chinese character read as one."""
    chars = [c for page in pdf.pages for c in page.chars]
    if not chars and not any(page.images for page in pdf.pages):  # its fonts unreadable, or every page blank
        raise ReportkitError(f"{path}: PDF 里取不出文字，也没有图像（字体读不出，或是空白页），无法导入："
                             f"请找这份报告的 DOCX、网页，或用别的软件重新导出的 PDF")
    if not chars:
        raise ReportkitError(f"{path}: PDF 里没有文字，只有图像（扫描件或图片转成的 PDF），无法导入："
                             f"请找这份报告的 DOCX、网页，或可以选中文字的 PDF")
    area = [_SCAN_AREA * page.width * page.height for page in pdf.pages]
    scans = [page for page, least in zip(pdf.pages, area) if len(_HAN.findall("".join(c["text"] for c in page.chars)))
             < _SCAN_TEXT and any(image["width"] * image["height"] >= least for image in page.images)]
    if len(scans) * 2 > len(pdf.pages):
        words = " ".join(scans[0].extract_text().split())
        raise ReportkitError(f"{path}: PDF 的正文是图像（扫描件或图片转成的 PDF），可以取出的只有“{words[:30]}”这样零星的字，"
                             f"无法导入：请找这份报告的 DOCX、网页，或可以选中文字的 PDF")
    fonts = defaultdict(list)
    for char in chars:
        fonts[char["fontname"]].append(char["text"])
    garbled = [texts for texts in fonts.values() if sum(map(bool, map(_GARBLED.fullmatch, texts))) * 2 > len(texts)]
    if sum(map(len, garbled)) * 50 > len(chars):
        raise ReportkitError(f"{path}: PDF 里的字体没有字符对照表，取不出文字（复制出来是乱码），无法导入："
                             f"请找这份报告的 DOCX、网页，或用别的软件重新导出的 PDF")
    # Exported without a Chinese font, every glyph is one placeholder box, and each reads as the same character.
    common = Counter(c["text"] for c in chars if "\u4e00" <= c["text"] <= "\u9fff").most_common(1)
    if common and common[0][1] * 2 > len(chars):
        raise ReportkitError(f"{path}: PDF 里的汉字都读成同一个字“{common[0][0]}”（多半是导出时缺少中文字体），取不出文字，无法导入："
                             f"请找这份报告的 DOCX、网页，或用别的软件重新导出的 PDF")


def _added(published: Published, paragraph: Para | None, looks: list[set] | None = None) -> None:
    """Add ``paragraph``, now whole, if there is one (with the ``looks`` of its pieces between line breaks); None, for
    the paragraph being read."""
    if paragraph is not None:
        published.add(paragraph, looks)


def _look(line: dict) -> set:
    """How ``line`` is set, as :meth:`.Published.add` takes it: its characters' faces, each bold or not."""
    return {(BOLD,) if _BOLD_FACE.search(char["fontname"]) else () for char in line["chars"] if char["text"].strip()}


def _line_on(paragraph: Para, looks: list[set], line: dict, following: dict, joint: str, right: float) -> None:
    """Put the ``following`` line after ``line`` in ``paragraph``, after ``joint``; or, where one of the two is set in
    bold and the other not and ``line`` stops short of the ``right`` edge by more than a character and the next line's
    first unit (:func:`_unit_width`: a line broken by hand, no wrap), after a line break, so that Published.add's
    heading rule sees a heading in bold further down (``looks``: each piece's)."""
    look = _look(following)
    if all_bold(look) != all_bold(looks[-1]) and line["x1"] < right - max(_size(line), _unit_width(following)):
        paragraph.text += "\n" + following["text"]
        looks.append(look)
    else:
        paragraph.text += joint + following["text"]
        looks[-1] |= look


def _add_table(published: Published, grid: Grid, ended: set[int] = frozenset(), apart: bool = False) -> None:
    """Add ``grid``; where it continues the table before it, a row the page break cut in two (its figures stayed on
    the page and its labels went over to the next one, or some of a head row's names did: the two halves fill
    different cells; or a numbered label wrapped over the break, :func:`_label_goes_on`) is made one again, and so is
    a figure the break cut (:func:`_join_cut_figures`), and a row cut to a sliver of merged labels (:func:`_sliver`)
    takes the rest of it; so does a head row the break cut (:func:`_head_goes_on`). Merged cells the break cut give
    their text to their rows after it (:func:`_carry_cut_merges`; ``ended``: the columns whose text ends in the last
    row above, :func:`_ended_columns`, on that table's columns: re-indexed where :func:`.source.align_labels` puts
    some in). A table ``apart`` (a :class:`_Begun`, or a table of its own: :func:`.annual_tables.stands_apart`)
    continues none."""
    previous = published.items[-1] if published.items and not apart else None
    if isinstance(previous, Grid) and grid.rows:
        _carry_cut_merges(previous, grid, ended)
        ended = align_labels(previous, grid, ended)
        _join_cut_figures(previous, grid, ended)
    joint = len(previous.rows) if isinstance(previous, Grid) else 0
    published.add(grid, ended=ended, apart=apart)
    if joint and published.items[-1] is previous and joint < len(previous.rows):
        above, row = previous.rows[joint - 1], previous.rows[joint]
        sliver = _sliver(previous.rows[joint - 2:joint - 1], above)
        joined = (_joined(previous, joint - 1), _joined(previous, joint)) if previous.spans else None
        if not any(a and b for a, b in zip(above, row)) and (not any(map(_FIGURE.fullmatch, row)) or sliver) \
                or _label_goes_on(above, row) or _head_goes_on(above, row, joined):
            previous.rows[joint - 1:joint + 1] = [[a + b for a, b in zip(above, row)]]
            del previous.places[joint - 1 if sliver else joint]  # a sliver's row is where its figures are


def _carry_cut_merges(previous: Grid, grid: Grid, ended: set[int] = frozenset()) -> None:
    """Give the rows of ``grid``, a table's part after a page break, the text of the merged cells the break cut: such a
    cell (a task's 序号, 工作任务, 责任单位 and 完成时限, merged down the rows of its measures) shows its text in the
    part above only, and over its rows here it is blank. Its first row here keeps the blanks: it may be the rest of
    the row the break cut, which :func:`_add_table` and :meth:`Published.add` join to the row above; unless the text
    of each of its cells goes under one that ends above (``ended``, its last line short of its cell's width): the
    break fell between the rows (a task's two measures), and that row is a row of its own."""
    if len(previous.rows[0]) != len(grid.rows[0]):
        return
    head = len(list(takewhile(lambda pair: pair[0] == pair[1], zip(grid.rows, previous.rows))))
    above = previous.rows[-1]
    first = grid.rows[head] if head < len(grid.rows) else []
    if first and not first[0]:  # the rest of a row the break cut (no 序号 of its own)
        for j, cell in enumerate(first):
            # a merged cell the break cut that the next page prints again (WeasyPrint does): its text once, not twice
            merged = next((row[j] for row in reversed(previous.rows) if row[j]), "")
            if cell and cell == merged and not _NUMBER.fullmatch(cell):
                first[j] = ""
    own = any(first) and all(j in ended for j, cell in enumerate(first) if cell)
    for r, c, rows, columns in grid.spans:
        cut = [row[c:c + columns] for row in grid.rows[r:r + rows]]
        if r == head and all(above[c:c + columns]) and not any(map(any, cut)):
            for row in grid.rows[r if own else r + 1:r + rows]:
                row[c:c + columns] = above[c:c + columns]


def _head_goes_on(above: list[str], row: list[str], joined: tuple[set[int], set[int]] | None = None) -> bool:
    """Whether ``row``, the first of a table's part after a page break, is the rest of the head row ``above`` that the
    break cut, as :func:`_label_goes_on` tells for a row of figures: a column's name wrapped in its cell (“商业” at the
    page's foot, “企业” on the next page). Neither has a figure; each of its names goes on a name of ``above`` and has
    no number of its own, in a cell across the columns that one's is across: a head's next row naming the columns
    under a name apart, or a caption across a table's columns over a row of its cells, is a row of its own. Which
    cells are across several columns ``joined`` tells (:func:`_joined`, of ``above`` and of ``row``) where the cells
    were drawn; else cells side by side with one text are one, but the ends of names wrapped alike are not (“量” under
    本年新制作数, 本年新公开数 and 对外公开总数)."""
    filled = [j for j, cell in enumerate(row) if cell]
    joined = joined or tuple({j for j in range(len(cells) - 1) if cells[j] == cells[j + 1]} for cells in (above, row))
    return bool(filled) and not any(_NUMBER.fullmatch(cell) for cell in above + row if cell) \
        and all(above[j] and not _numbered(row[j]) for j in filled) \
        and all((min(j, k) in joined[0]) == (min(j, k) in joined[1])
                for j in filled for k in (j - 1, j + 1) if 0 <= k < len(row))


def _joined(grid: Grid, r: int) -> set[int]:
    """The columns of row ``r`` of ``grid`` whose cell goes on in the next column: a merged cell's, as drawn."""
    return {j for r0, c0, rows, columns in grid.spans if r0 <= r < r0 + rows for j in range(c0, c0 + columns - 1)}


def _sliver(before: list[list[str]], row: list[str]) -> bool:
    """Whether ``row``, a table part's last row at a page's foot, holds nothing of its own: only the merged labels
    of the row ``before`` it (a browser draws the row the break cut as a blank sliver under “（三）不予公开”, whose
    rest, “4.保护第三方合法权益” and its figures, is on the next page, under blank label cells)."""
    return bool(before) and any(row) and not any(map(_FIGURE.fullmatch, row)) \
        and all(not cell or cell == up for cell, up in zip(row, before[0]))


def _numbered(label: str) -> bool:
    """Whether ``label`` starts with its number (一、 （一） 1.)."""
    return bool(heading_level(label) or re.match(r"\d+\s*[.．、]", label))


def _label_goes_on(above: list[str], row: list[str]) -> bool:
    """Whether ``row``, the first of a table's part after a page break, is the rest of the row ``above`` whose label
    wrapped over the break (a row free to break, as Word, WPS and LibreOffice let it: “7.属于行” at the page's foot,
    “政执法案卷” on the next page): its label cells go on numbered labels of ``above`` without a number of their own,
    and no column has a figure in both (one figure in one half is the row's; figures in both, reportkit cannot tell
    which is the row's, and the two rows stay apart, neither a row of the table)."""
    labels = [j for j, cell in enumerate(row) if cell and not _FIGURE.fullmatch(cell)]
    return bool(labels) and all(above[j] and not _FIGURE.fullmatch(above[j]) and _numbered(above[j])
                                and not _numbered(row[j]) for j in labels) \
        and not any(_FIGURE.fullmatch(a) and _FIGURE.fullmatch(b) for a, b in zip(above, row))


#: What a figure cut by a page break reads as where reportkit cannot tell which figure its rest on the next page ends:
#: not a figure, so the mapping leaves a placeholder with both parts and says why.
_SPLIT = "（跨页断开，未能确认是哪个数）"


def _join_cut_figures(previous: Grid, grid: Grid, ended: set[int] = frozenset()) -> None:
    """Make a figure the page break cut inside its cell whole again: a browser lets a row break over a page, and a
    figure wrapped in a narrow cell (１０２０ above, ６ on the next page) leaves its last digits there, in a first
    row without labels (after the head the table repeats), only digits. Each part under a figure of ``previous``'s
    last row ends it; where any part is under a blank or a label, reportkit cannot tell, and both parts go into the
    row above marked :data:`_SPLIT`. A row whose label wrapped over the break too (a character grid spreads 表三's
    “一、本年新收政府信” over the page's foot, “息公开申请数量” and the “8” of 38 and of 48 on the next page), or that
    shares a group's label merged down the rows below (“、本年度办理结果”, the rest of “三” above: the group's, left as
    it is), joins where its own label goes on as :func:`_label_goes_on` tells and each of its figures goes on one whose
    cell's text runs on (not in ``ended``, :func:`_ended_columns`): else it is a row of its own."""
    head = len(list(takewhile(lambda pair: pair[0] == pair[1], zip(grid.rows, previous.rows))))
    if head == len(grid.rows):
        return
    above, row = previous.rows[-1], grid.rows[head]
    group = {c for r, c0, rows, columns in grid.spans if r <= head < r + rows - 1 for c in range(c0, c0 + columns)
             if row[c]}
    row = ["" if j in group else cell for j, cell in enumerate(row)]
    figures = {j for j, cell in enumerate(row) if _FIGURE.fullmatch(cell)}
    labels = ["" if j in figures else cell for j, cell in enumerate(row)]
    if len(row) != len(above) or not figures or not any(_FIGURE.fullmatch(cell) for cell in above):
        return
    sure = all(_FIGURE.fullmatch(above[j]) for j in figures)
    goes_on = not any(labels) or _label_goes_on(above, labels)
    if (any(labels) or group) and not (sure and goes_on and not figures & ended):
        return
    previous.rows[-1] = [a + cell if sure else f"{a}／{cell}{_SPLIT}" if cell else a for a, cell in zip(above, row)]
    del grid.rows[head], grid.places[head]


def _latin_run(chars: list[dict]) -> list[dict]:
    """The run of printable ASCII characters (a word, a file name, a web address) that ``chars``, in reading order or
    its reverse, start with: up to a space character or a gap (:data:`_WORD_GAP`)."""
    run = list(takewhile(lambda c: "!" <= c["text"] <= "~", chars))
    apart = next((k for k, (a, b) in enumerate(pairwise(run), 1)
                  if max(a["x0"], b["x0"]) - min(a["x1"], b["x1"]) > _WORD_GAP * a["size"]), len(run))
    return run[:apart]


def _space_after(line: dict, spaces: list[dict]) -> bool:
    """Whether one of the page's ``spaces`` (characters) is drawn right after ``line``'s last Latin letter, digit or
    Chinese character: Typst keeps the space a line broke at, which pdfplumber leaves out of the line."""
    last = line["chars"][-1] if line["chars"] else None
    return last is not None and bool(_ASCII_ALNUM.fullmatch(last["text"]) or _HAN.fullmatch(last["text"])) and \
        any(abs(c["top"] - last["top"]) < 1 and abs(c["x0"] - last["x1"]) < last["size"] / 2 for c in spaces)


def _keeps_wrap_spaces(pages: list[tuple]) -> bool:
    """Whether the PDF draws the space a line of Latin words broke at (Typst does; WeasyPrint, Word and LibreOffice
    leave it out): then a Latin line end without one is a word broken inside."""
    return any(a["space_after"] and _ASCII_ALNUM.match(a["text"][-1:]) and _ASCII_ALNUM.match(b["text"][:1])
               for lines, *_ in pages for a, b in pairwise(lines))


def _joint(line: dict, following: dict, left: float, right: float, keeps: bool) -> str:
    """What joins ``line`` to the ``following`` line of its paragraph: a space where the line broke at one between
    Latin letters or digits, nothing between others or where the engine broke a word too long for a line (a file
    name, a web address) inside it: only a line reaching the ``right`` edge can be. A drawn space
    (:func:`_space_after`) tells; in a PDF that draws none, the word was broken where it (the line's last run and the
    next one's first) is wider than the text and no Latin word stands before it on the line (the engine moved it to
    a new line), unless the line runs past the edge (a narrow cell's word the engine could not break). Digits on both
    sides where the line had no room left for the next digit (:func:`_room`) are one number broken inside (“138” /
    “00001111”), as Word and WPS break one when let break Latin words anywhere; where it had, the engine broke at a
    space, and justifying the line spread its characters by that room."""
    if not (_ASCII_ALNUM.match(line["text"][-1:]) and _ASCII_ALNUM.match(following["text"][:1])):
        # a space typed between Chinese and a Latin word, which the line broke at: only a drawn one tells
        worded = _HAN.match(line["text"][-1:]) and _worded(_LATIN_HEAD.match(following["text"]).group()) or \
            _HAN.match(following["text"][:1]) and _worded(_LATIN_TAIL.search(line["text"]).group())
        return " " if worded and line["space_after"] else ""
    if line["space_after"] or line["x1"] < right - _size(line):
        return " "
    if keeps:
        return ""
    if line["x1"] > right + 1:  # it runs past the edge: no break inside it was allowed, it ended at a word's end
        return " "
    if line["text"][-1].isdigit() and following["text"][0].isdigit() and following["chars"] \
            and _room(line, right) < following["chars"][0]["x1"] - following["chars"][0]["x0"]:
        return ""  # a number broken where the next digit had no room (Word's 允许西文在单词中间换行 does so)
    tail = _latin_run(line["chars"][::-1])
    head = _latin_run(following["chars"])
    if not tail or not head:
        return " "
    before = [c for c in line["chars"] if not c["text"].isspace() and c["x1"] <= tail[-1]["x0"] + 0.5]
    alone = bool(before) and "!" <= before[-1]["text"] <= "~"
    wide = line["x1"] - tail[-1]["x0"] + head[-1]["x1"] - following["x0"] > right - left
    return "" if wide and not alone else " "


#: A space's usual width, or the gap an engine sets between Chinese and Latin characters, at most (share of the size).
_SPACE = 0.35


def _room(line: dict, right: float) -> float:
    """The room ``line`` had left at the ``right`` edge before it was justified: the room at its end, and what its
    characters were spread apart by: the gaps between Chinese characters, and between Latin ones that touch
    (:data:`_WORD_GAP`); a space's, and one between Chinese and Latin, beyond :data:`_SPACE`."""
    chars = [c for c in line["chars"] if not c["text"].isspace()]
    spread = 0.0
    for a, b in pairwise(chars):
        gap, latin = b["x0"] - a["x1"], ["!" <= c["text"] <= "~" for c in (a, b)]
        natural = 0 if not any(latin) or all(latin) and gap < _WORD_GAP * a["size"] else _SPACE * a["size"]
        spread += max(gap - natural, 0)
    return right - line["x1"] + spread


def _closes(line: dict, right: float, following: dict, first: bool = False) -> bool:
    """Whether ``line`` ends its paragraph: a sentence, a numbered heading, a title's line (worded like one: a web
    page's title set as a plain paragraph), a date alone or a line too short to wrap (a closing line such as 特此报告
    over a 署名, an organ's name over another), or the line before a date alone (a 署名 and 成文日期 set at
    the left edge, as a web page printed to PDF may, over a 附件说明), ending short of the text's right edge
    (``right``) by two characters or more, and by more than the ``following`` line's first word: a number or an
    address too long for the rest of the line (“电话：” over “0000-1234567”) wraps text that is not justified. A short
    line ends its paragraph, too, where the next starts with an item's number (2. 3、 （二）): a 附件说明's items set at
    the left edge, each a line, or an item's heading, and where either is a site's line (:func:`_site_line`: its date
    line over the preamble, 分享到 under the last part). A paragraph's ``first`` line worded like a title ends it
    anywhere (a title as wide as the text), and so does a sentence at the edge where a part (一、 （一）) starts on the
    next line."""
    text = line["text"]
    if first and worded_title(clean(text)) or _FULL_STOP.search(text) and heading_level(following["text"]) in (1, 2):
        return True
    if first and heading_level(text) and not _visibly_cut(line, right, following):
        return True  # a heading is one line: a long one stops at the edge, over a line at the left edge (a page's top)
    word = list(takewhile(lambda c: "!" <= c["text"] <= "~", following["chars"]))
    room = max(2 * _size(line), word[-1]["x1"] - word[0]["x0"] if word else 0)
    return line["x1"] < right - room and bool(SENTENCE_END.search(text) or heading_level(text) or date_line(clean(text))
                                              or worded_title(clean(text)) or len(clean(text)) <= SHORT_LINE
                                              or date_line(clean(following["text"])) or _item(following["text"])
                                              or any(_site_line(clean(t)) for t in (text, following["text"])))


def _site_line(text: str) -> bool:
    """Whether ``text`` is a line a site prints about its page (its date line, 发布日期：…　来源：…　字体：大 中 小) or
    after its article (分享到, 相关链接, 打印本页), as a browser prints the page: a paragraph of its own."""
    return web_meta(text) or site_footer(text)


def _item(text: str) -> bool:
    """Whether ``text`` starts with an item's or a heading's number (2. 3、 （二） 一、): a figure (2.5万) is none,
    nor a number alone, which a wrapped sentence may start with (“12 件”) as a decimal outline's heading (1 概述)."""
    number = numbering(text)
    return bool(number) and not number.isdigit()


def _visibly_cut(line: dict, right: float, following: dict) -> bool:
    """Whether ``line`` is visibly cut, the ``following`` line its wrapped rest: it fills the text's width to the
    ``right`` edge (within half a character), or stops short of it by less than the next line's first unit
    (:func:`_unit_width`: a number's unit with its full stop, “条。”, which a text set flush left moves down whole),
    and the next line goes on in its face (:func:`_same_face`: its Chinese characters', after a line short of the
    edge)."""
    room = right - line["x1"]
    return room < _size(line) / 2 and _same_face(line, following) \
        or room < _unit_width(following) and _same_face(line, following, chinese=True)


#: What may not begin a line (Chinese line breaking, 避头): the character before goes down with it.
_NO_LINE_START = "。，、；：？！）》」』”’%"


def _unit_width(line: dict) -> float:
    """How wide the first unit of ``line`` is that a layout moves to a new line whole: its leading Latin word or number,
    or its first character, with the characters after it that may not begin a line (:data:`_NO_LINE_START`)."""
    chars = [c for c in line["chars"] if not c["text"].isspace()]
    if not chars:
        return 0.0
    head = len(_latin_run(chars)) or 1
    head += sum(1 for _ in takewhile(lambda c: c["text"] in _NO_LINE_START, chars[head:]))
    return chars[head - 1]["x1"] - chars[0]["x0"]


def _same_face(line: dict, following: dict, chinese: bool = False) -> bool:
    """Whether the ``following`` line starts in the face and size ``line`` ends in: a paragraph's wrapped lines do,
    a heading in 黑体 and the paragraph under it do not. ``chinese``: their Chinese characters' faces, where both have
    some (a figure ending the line is set in the Latin face, “内容41” / “条。”)."""
    ends = [c for c in line["chars"] if chinese and _HAN.match(c["text"])] or line["chars"]
    starts = [c for c in following["chars"] if chinese and _HAN.match(c["text"])] or following["chars"]
    return bool(ends) and bool(starts) and \
        (ends[-1]["fontname"], round(ends[-1]["size"])) == (starts[0]["fontname"], round(starts[0]["size"]))


def _wrap_edge(lines: list[dict], right: float) -> float | None:
    """Where the paragraphs of a page's ``lines`` wrap to: the most common start of a line after one reaching the
    text's ``right`` edge, no further in than it; None on a page without such lines. A line starting right of the
    middle of the lines is none: a 署名 set right over a longer date is no paragraph wrapping. Where one starts further
    left than the full line before it, only such lines count: a paragraph's first line wrapped there, while a line
    under a full one at its indent may be the next paragraph's (a short page's two of those made the indent its edge,
    and its one wrapped line a paragraph of its own). A page of only short lines set right (the 署名 and 成文日期 alone on
    the last page) has none: its middle is no text's."""
    if all(ln["x1"] >= right - _size(ln) and ln["x1"] - ln["x0"] < _SIGNED_CHARS * _size(ln) for ln in lines):
        return None
    middle = (min((ln["x0"] for ln in lines), default=0) + right) / 2
    after = [(a, b) for a, b in pairwise(lines) if a["x1"] >= right - _size(a) and _same_face(a, b)
             and b["x0"] < middle and b["x0"] <= a["x0"] + _size(a) / 2 and 0 < b["top"] - a["top"] < 3 * _size(a)]
    left_of = [b for a, b in after if b["x0"] < a["x0"] - _size(a) / 2]
    found = Counter(round(b["x0"]) for b in (left_of or [b for _, b in after]))
    return float(found.most_common(1)[0][0]) if found else None


def _unwrapped_edges(pages: list[tuple], right: dict[float, float]) -> list[tuple]:
    """``pages`` of a PDF none of whose paragraphs wraps (:func:`_wrap_edge`) with the text's left edges their bodies
    tell (:func:`_unwrapped_edge`); ``right`` moved out to where the title (the first line larger than the body's),
    centred, puts the right edge, where no line reaches it (a 署名 set two characters in from it)."""
    out, titled = [], False
    for lines, tables, left, width in pages:
        size, left = _unwrapped_edge(lines, right[width], width) or (None, left)
        title = next((ln for ln in lines if size is not None and _size(ln) > size + 0.5), None)
        if title is not None and not titled:
            right[width] = max(right[width], title["x0"] + title["x1"] - left)
            titled = True
        out.append((lines, tables, left, width))
    return out


def _unwrapped_edge(lines: list[dict], right: float, width: float) -> tuple[float, float] | None:
    """The body's size and the text's left edge on a page of a PDF none of whose paragraphs wraps, from its body: where
    most of its lines in the body's size that start left of the page's middle start (one-line paragraphs and headings;
    neither a title wider than they are nor a 署名 set right), or two characters left of there (they are indented).
    Other lines of that size starting two characters further in (indented paragraphs) tell it is the edge; else the
    page's margins do, the left one as wide as the right one, to the ``right`` edge (a page is set so: GB/T 9704's
    differ by 2 mm, a browser's are alike). None for a page without such lines."""
    sizes: Counter = Counter()
    for line in lines:
        sizes[round(_size(line), 1)] += len(line["text"])
    if not sizes:
        return None
    size = sizes.most_common(1)[0][0]
    body = Counter(round(ln["x0"]) for ln in lines if abs(_size(ln) - size) < 0.5 and ln["x0"] < width / 2)
    if not body:
        return None
    start = min(body, key=lambda x: (-body[x], x))
    margin = width - right
    if any(abs(x - start - 2 * size) < size / 2 for x in body) or abs(start - margin) < abs(start - 2 * size - margin):
        return size, float(start)
    return size, start - 2 * size


def _right_edges(pages: list[tuple]) -> dict[float, float]:
    """The text's right edge on the pages of each width (a landscape page, for a table, has its own): where its lines
    end furthest right; where each line ending there ends a sentence (none wraps: a text set flush left, each of its
    paragraphs a line, reaches the edge with none), as far in from the page's right side as they start from its left
    (the margins alike), if that is further."""
    edges = {}
    for *_, width in pages:
        lines = [ln for lines, _, _, w in pages if w == width for ln in lines]
        starts = [left for _, _, left, w in pages if w == width and left is not None]
        edges[width] = furthest = max((ln["x1"] for ln in lines), default=0)
        if starts and all(SENTENCE_END.search(ln["text"]) for ln in lines if ln["x1"] >= furthest - _size(ln)):
            edges[width] = max(furthest, width - min(starts))
    return edges


def _pitch(pages: list[list[dict]]) -> float:
    """The document's line pitch: the most common distance, top to top, from a line that fills its page's width (the
    next line goes on with its paragraph) to the next, or if none does, from any line to the next (infinite without
    any). One-line paragraphs and their headings, set apart, do not set it; nor lines closer than their characters'
    size (a raised footnote mark)."""
    def steps(filled: bool) -> Counter:
        return Counter(round(b["top"] - a["top"], 1) for lines in pages for a, b in pairwise(lines)
                       if b["top"] - a["top"] >= 0.9 * _size(b) and (not filled or _fills(a, lines)))

    found = steps(True) or steps(False)
    return min((step for step, n in found.items() if n == max(found.values())), default=math.inf)


def _fills(line: dict, lines: list[dict]) -> bool:
    """Whether ``line`` runs from the left edge of its page's ``lines`` (or a paragraph's indent) to their right edge."""
    size = _size(line)
    return line["x0"] <= min(ln["x0"] for ln in lines) + 2.5 * size and \
        line["x1"] >= max(ln["x1"] for ln in lines) - size


def _filled(line: dict, left: float, right: float) -> bool:
    """Whether ``line`` fills the text's width from ``left`` to ``right`` within a character: the layout wrapped it
    (a title's lines broken by hand, by their meaning, are shorter: 梯形, 菱形)."""
    return line["x1"] - line["x0"] >= right - left - _advance(line)


def _advance(line: dict) -> float:
    """How far apart the characters of ``line`` mostly stand: its size, or more where a grid of characters (文档网格)
    sets each of a title's in two of the grid's cells."""
    steps = sorted(b["x0"] - a["x0"] for a, b in pairwise(line["chars"]))
    return max(_size(line), steps[len(steps) // 2] if steps else 0)


def _size(line: dict) -> float:
    return line["chars"][0]["size"] if line["chars"] else 10


def _without_running_lines(pages: list[tuple]) -> list[tuple]:
    """``pages`` without running headers and footers: a page's first or last line that also begins or ends half
    the pages or more (at least two), digits aside (a browser's date, title, address and "1/3"). A footer stands as
    far from the page's foot on a landscape page (表四's, in a section of its own) as on the others. A header or
    footer of two lines goes line by line: the page's end once one has gone (“第 页 共 页” over its page numbers,
    set smaller, which stand a little lower: a line of their own)."""
    def masked(line: dict) -> set[tuple]:  # where it is too: a title's line may read as the header does
        if ATTACHMENT.fullmatch(line["text"]):
            return set()  # 附件1, 附件2 at the top of each attachment's first page: no header, their numbers differ
        text = re.sub(r"\d+", "#", line["text"])
        foot = [round(c["y0"] / 4) for c in line["chars"][:1] if "y0" in c]  # y0: up from the page's foot
        return {(text, round(line["top"] / 4))} | {(text, "foot", y) for y in foot}

    # the text's line pitch and size: a running line stands further than a pitch from the text, or is set smaller
    # (a page's last line of text on the grid's last line, 完成时限：2024年7月底前 on several pages, is no footer)
    pitch = _pitch([lines for lines, *_ in pages])
    body = Counter(round(_size(line)) for lines, *_ in pages for line in lines).most_common(1)

    def next_to(line: dict, gone, beside: dict | None) -> bool:
        """Whether ``line`` may run on each page: next to ``gone``, the line gone beside it (False if none), or, before
        any went (None), apart from ``beside``, the text's line next to it."""
        if gone is None:
            return beside is None or not math.isfinite(pitch) or abs(line["top"] - beside["top"]) > 1.3 * pitch \
                or round(_size(line)) < body[0][0]  # or set smaller than the text (a browser's 8 pt header)
        return gone is not False and abs(line["top"] - gone["top"]) < 2 * _size(line)

    def beside(line: dict, others: list) -> dict | None:  # the text's line next to it: not one set beside it
        return next((other for other in others if abs(other["top"] - line["top"]) > 0.6 * _size(line)), None)

    def first(lines: list, above) -> bool:
        return next_to(lines[0], above, beside(lines[0], lines[1:]))

    def last(lines: list, below) -> bool:
        return next_to(lines[-1], below, beside(lines[-1], lines[-2::-1]))

    kept = [(lines, None, None) for lines, *_ in pages]  # each page's lines, and the lines gone above and below them
    while True:
        ends = Counter(key for lines, above, below in kept if lines
                       for line in [*lines[:1] * first(lines, above), *lines[1:][-1:] * last(lines, below)]
                       for key in masked(line))
        running = {key for key, count in ends.items() if count >= 2 and count * 2 >= len(pages)}
        trimmed = []
        for lines, above, below in kept:
            top = bottom = False
            while lines and masked(lines[0]) & running and first(lines, above if top is False else top):
                top, lines = lines[0], lines[1:]
            while lines and masked(lines[-1]) & running and last(lines, below if bottom is False else bottom):
                bottom, lines = lines[-1], lines[:-1]
            trimmed.append((lines, top or above or False, bottom or below or False))
        if sum(len(lines) for lines, *_ in trimmed) == sum(len(lines) for lines, *_ in kept):
            break
        kept = trimmed
    return [(lines, tables, min((ln["x0"] for ln in lines), default=None), width)
            for (lines, *_), (_, tables, _, width) in zip(kept, pages)]


def _page(page, known: tuple[float, float] | None = None, articles: list[tuple[float, float]] | None = None) -> \
        tuple[list[dict], list, float | None, float, tuple[float, float] | None, list[str], list[str]]:
    """The text lines outside the tables (without page numbers and footnotes, :func:`_footnotes`), the tables, the
    lines' left edge, the width, the span and lines of a column of text beside the article (:func:`_beside`), which
    are none of these, and the footnotes' texts. A page of tables,
    with too few lines of its own to tell, has the column ``known`` from a page before where its words stand alone in
    that span (a site's navigation is printed on every page). The cells a web page is laid out with, but the article's
    (:func:`_layout`; ``articles``, its spans on the pages before), are beside it too."""
    _level(page)
    found = _ruled_tables(page)
    notes, (top, bottom), marks = _footnotes(page, [t.bbox for t in found])
    if any(_key(c) in marks and _in_any(c, [t.bbox for t in found]) for c in page.chars):
        page = page.filter(lambda obj: _key(obj) not in marks)  # a note's mark in a cell (156¹): read without it
        found = _ruled_tables(page)
    tables, around = _layout(page, found, articles if articles is not None else [])
    tables = [part for table in tables for part in _parts(table)]
    for table in tables:
        _hold_overflow(table)
        _hold_spills(table)
    left, _, right, _ = page.bbox
    # a table cut off by the page's edge: the text beyond that edge, in its rows, is the table's too
    boxes = [(-math.inf if x0 <= left + 1 else x0, top, math.inf if x1 >= right - 1 else x1, bottom)
             for x0, top, x1, bottom in (t.bbox for t in tables)]
    outside = page.filter(lambda obj: not _in_any(obj, boxes))
    laid_out = [ln["text"] for ln in outside.filter(lambda obj: _in_any(obj, around)).extract_text_lines()]
    outside = outside.filter(lambda obj: not _in_any(obj, around))
    words = outside.extract_words()
    aside = _beside(words) or (known if known and _alone(words, known) else None)
    if aside is not None:  # a running header or footer across the page (its first or last line) is none of it
        every = outside.extract_text_lines()
        ends = [ln for ln in every[:1] + every[-1:] if not _within(ln, aside)]
        boxes = [(ln["x0"], ln["top"], ln["x1"], ln["bottom"]) for ln in ends]
        column = outside.filter(lambda obj: _within(obj, aside) and not _in_any(obj, boxes))
        laid_out += [ln["text"] for ln in column.extract_text_lines()]
        outside = outside.filter(lambda obj: not _within(obj, aside) or _in_any(obj, boxes))
    if notes:  # the notes' lines and marks go; a footer under them stays, running on the other pages
        outside = outside.filter(lambda obj: not top <= obj.get("top", 0) <= bottom and _key(obj) not in marks)
    spaces = [c for c in outside.chars if c["text"] == " "]
    lines = [ln | {"text": _line_text(ln, spaces), "space_after": _space_after(ln, spaces)}
             for n, ln in enumerate(outside.extract_text_lines()) if not _PAGE_NUMBER.fullmatch(ln["text"].strip())
             and not _browser_line(ln, first=n == 0)]
    return lines, tables, min((ln["x0"] for ln in lines), default=None), page.width, aside or known, laid_out, notes


def _browser_line(line: dict, first: bool) -> bool:
    """Whether ``line`` is one a browser prints a page with: its footer (:data:`_BROWSER_FOOTER`) or, the page's
    ``first`` line, its header (:data:`_BROWSER_HEADER`)."""
    text = line["text"].strip()
    return bool(_BROWSER_FOOTER.fullmatch(text)
                or first and _size(line) < _BROWSER_HEADER_SIZE and _BROWSER_HEADER.fullmatch(text))


#: A footnote's number, as its mark in the text and at the start of the note: 1, ①, *.
_NOTE_NUMBER = re.compile(r"[0-9①-⑳*]")
#: A footnote separator is this long (points) at least, and at most this share of the text's width: Word's is 2 inches,
#: LibreOffice's a quarter of the width; a table's or a 版记's rules run across it.
_NOTE_RULE, _NOTE_RULE_SHARE = 36, 0.5


def _key(char: dict) -> tuple:
    return char.get("text"), round(char.get("x0", 0), 1), round(char.get("top", 0), 1)


def _footnotes(page, tables: list[tuple]) -> tuple[list[str], tuple[float, float], set[tuple]]:
    """The footnotes at the foot of ``page`` (its text outside the ``tables``' boxes): the lines one under another
    just below a short rule that starts at the text's left edge, the first starting with a note's number, below all
    the text but a footer further down (two short lines at most); each note's text, its number left out. A rule right
    under a line's characters underlines them (a link at a line's start), one meeting upright rules is a table's: no
    separator. Also the top of the notes' first line and the bottom of their last, and the marks of the notes in the
    text above, in the tables' cells too (:func:`_key`): numbers set smaller than the characters beside them and raised
    above their baseline, which would read as part of the sentence (“……发布。1”) or of a figure (1562 for 156²). None
    on a page without a separator so placed."""
    chars = [c for c in page.chars if c["text"].strip() and not _in_any(c, tables)]
    if not chars:
        return [], (0, 0), set()
    left, right = min(c["x0"] for c in chars), max(c["x1"] for c in chars)
    edges = page.lines + page.rects
    upright = [e for e in edges if e["bottom"] - e["top"] >= 2]
    # a rule alone: a table's (its frame at the page's foot, not found as a table) meets its column rules
    rules = [r for r in edges if r["bottom"] - r["top"] < 2 and abs(r["x0"] - left) < 6
             and _NOTE_RULE <= r["x1"] - r["x0"] <= _NOTE_RULE_SHARE * (right - left)
             and not _in_any(r, tables) and r["top"] > page.height / 2
             and not any(e["top"] - 2 <= r["top"] <= e["bottom"] + 2 and r["x0"] - 2 <= e["x0"] <= r["x1"] + 2
                         for e in upright)]
    lines = page.filter(lambda obj: not _in_any(obj, tables)).extract_text_lines() if rules else []
    for rule in sorted(rules, key=lambda r: r["top"]):
        under = [ln for ln in lines if ln["top"] > rule["bottom"]]
        if not under or under[0]["top"] - rule["bottom"] > 2 * _size(under[0]) \
                or not _NOTE_NUMBER.match(under[0]["text"].strip()) \
                or any(rule["top"] - 6 < ln["bottom"] <= rule["top"] + 1 and ln["x0"] < rule["x1"] for ln in lines):
            continue
        block = under[:1]  # the notes: lines a line's pitch apart; a footer stands further down
        for above, line in pairwise(under):
            if line["top"] - above["bottom"] > 1.5 * _size(above):
                break
            block.append(line)
        rest = under[len(block):]
        if len(rest) > 2 or any(ln["x1"] - ln["x0"] > (right - left) / 2 for ln in rest):
            continue
        notes: list[str] = []
        for line in block:
            text = line["text"].strip()
            number = re.match(rf"{_NOTE_NUMBER.pattern}+", text)
            if number or not notes:
                notes.append(text[number.end() if number else 0:])
            else:
                notes[-1] += text
        notes = [_text(note.strip()) for note in notes if note.strip()]
        if not notes:
            continue
        marks = {_key(c) for c in page.chars if c["top"] < rule["top"] and _NOTE_NUMBER.fullmatch(c["text"])
                 and _raised(c, page.chars)}
        return notes, (block[0]["top"] - 1, block[-1]["bottom"] + 1), marks
    return [], (0, 0), set()


def _raised(char: dict, chars: list[dict]) -> bool:
    """Whether ``char`` is set above the baseline of the larger ``chars`` beside it on its line."""
    beside = [c for c in chars if c["size"] >= char["size"] / 0.8 and c["top"] < char["bottom"]
              and c["bottom"] > char["top"] and _gap(c, char) < 3 * char["size"]]
    return bool(beside) and all(char["bottom"] < c["bottom"] - 0.15 * c["size"] for c in beside)


def _gap(a: dict, b: dict) -> float:
    """How far apart the characters ``a`` and ``b`` stand on their line, the nearer ends."""
    return min(abs(a["x1"] - b["x0"]), abs(a["x0"] - b["x1"]))


#: A picture this big (points) or bigger may be a table published as an image; smaller ones are icons.
_PICTURE_WIDTH, _PICTURE_HEIGHT = 144, 36


#: A browser prints a picture it could not load as a small icon (at most this wide and high, points) with the
#: picture's alt text right after it (at most this many points away) on its line.
_ICON, _ICON_GAP = 20, 4


def _unloaded(page, lines: list[dict]) -> dict[int, tuple[float, str]]:
    """The pictures on ``page`` a browser could not load, as it prints them: its broken-picture icon with the picture's
    alt text beside it (表二), a short line that is no sentence; each such line's top and text, by the line's id."""
    icons = [i for i in page.images if i["width"] <= _ICON and i["height"] <= _ICON]
    return {id(ln): (ln["top"], clean(ln["text"])) for ln in lines
            if len(clean(ln["text"])) <= SHORT_LINE and not SENTENCE_END.search(ln["text"]) and any(
                -1 <= ln["x0"] - i["x1"] <= _ICON_GAP and i["top"] < ln["bottom"] and ln["top"] < i["bottom"]
                for i in icons)}


def _pictures(page) -> list[float]:
    """The tops of the page's pictures of a real size (:data:`_PICTURE_WIDTH`)."""
    return [image["top"] for image in page.images
            if image["width"] >= _PICTURE_WIDTH and image["height"] >= _PICTURE_HEIGHT]


#: How far apart (points) rules may be and still be snapped into one by pdfplumber: a browser fills a border between
#: two outlines 0.75 pt apart. pdfplumber snaps rules one to the next across the page: at 3 pt, 表三's column rule 3 pt
#: right of 表四's moved that one over a figure, which read in the cell beside it (“0 0”); at 2, the double rules of a
#: table in a bordered cell of a web page's layout table, or of cells bordered apart, moved to their middle, away from
#: the ends of the rows' rules, and rows read as one cell. Rules :data:`_NEAR` apart are one in :func:`_grid`.
_SNAP = 1
#: Rules of a table this near (points) are one drawn twice: a web page's table inside a bordered cell of its layout
#: table (a site's CMS page), or cells bordered apart (border-spacing), draw two a few points apart, with a blank
#: sliver of a cell between them.
_NEAR = 5


def _ruled_tables(page) -> list:
    """The page's ruled tables, their rows left open by a page break closed (:func:`_open_row_rules`), those the page
    cut off on the right (:func:`_clip_edges`) closed there and :class:`_Clipped`. A white background (a browser's
    page) is no rule."""
    ruled = page.filter(lambda obj: not _background(obj))
    edges = _clip_edges(ruled)
    rules = [{"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0, "height": bottom - top}
             for x, top, bottom in edges]
    found = ruled.find_tables({"explicit_horizontal_lines": _open_row_rules(ruled), "explicit_vertical_lines": rules,
                               "snap_x_tolerance": _SNAP, "snap_y_tolerance": _SNAP})
    return [next((_Clipped(t, x) for x, top, bottom in edges if abs(t.bbox[2] - x) < 1 and t.bbox[1] < bottom
                  and t.bbox[3] > top), t) for t in found]


def _background(obj: dict) -> bool:
    """Whether ``obj`` is a light area without an outline (a browser's white page, a scroll bar under a wide table, a
    cell's shading): no rule."""
    color = tuple(obj.get("non_stroking_color") or ())
    light = all(isinstance(v, (int, float)) for v in color) and (
        len(color) in (1, 3) and min(color) >= 0.9 or len(color) == 4 and max(color) <= 0.1)
    return obj["object_type"] == "rect" and bool(obj.get("fill")) and not obj.get("stroke") and light \
        and obj["width"] > 2 and obj["height"] > 2


class _Begun(Table):
    """A ruled table that begins in the outline of the one above it, where the rows' column rules change
    (:func:`_parts`): a table of its own, joining none."""


def _parts(table) -> list:
    """``table`` cut where its rows' column rules change: a clerk makes tables 二, 三 and 四 one table (4 columns, then
    10, then 15), which read in the columns of all three would put cells into others' columns. A new table begins at
    rows across the table (a part's heading, 三、收到和处理政府信息公开申请情况) followed by a row sharing no inner
    vertical rule with any row above them in the part; a table's own rows may do without one (a head 件数 over two
    columns, then 收到申请 merged across the first two). Each part after the first is a :class:`_Begun`."""
    if isinstance(table, _Clipped):
        return [table]
    left, _, right, _ = table.bbox
    parts: list[list] = [[]]
    above: set[float] = set()  # the inner rules of the part's rows
    across: list = []  # the rows across the table since the last row with inner rules
    for row in table.rows:
        cells = [c for c in row.cells if c is not None]
        inner = {v for c in cells for v in (c[0], c[2]) if left + _SNAP < v < right - _SNAP}
        if not inner:
            across += cells
            continue
        if above and across and not any(abs(a - b) <= _NEAR for a in above for b in inner):
            parts.append([])
            above = set()
        parts[-1] += across + cells
        across, above = [], above | inner
    parts[-1] += across
    if len(parts) == 1:
        return [table]
    return [Table(table.page, parts[0])] + [_Begun(table.page, cells) for cells in parts[1:]]


class _Clipped(Table):
    """A ruled table the page cut off on the right at ``edge`` (a web page printed wider than the paper): its cells
    there may show part of their text, or none, and the columns beyond are not on the page."""

    def __init__(self, table: Table, edge: float):
        super().__init__(table.page, table.cells)
        self.edge = edge


def _clip_edges(page) -> list[tuple[float, float, float]]:
    """Where the page cut a ruled table off on the right, ``(x, top, bottom)``: two or more of its horizontal rules
    (of one piece or more) end there with no vertical rule (a rule's own ends are none), one after another with a
    vertical rule of the table between each two, and its left side is ruled (a table without side rules is open on
    both)."""
    vertical = [e for e in page.edges if e["orientation"] == "v" and e["height"] > 2]
    horizontal = [e for e in page.edges if e["orientation"] == "h"]

    def left_ruled(rule: dict, below: float) -> bool:  # the rule, followed leftwards, starts at a vertical rule
        x0 = rule["x0"]
        while joined := [e for e in horizontal if abs(e["top"] - rule["top"]) < 1 and abs(e["x1"] - x0) < 1
                         and e["x0"] < x0 - 1]:
            x0 = min(e["x0"] for e in joined)
        return any(abs(v["x0"] - x0) < 1 and v["top"] <= rule["top"] + 1 and v["bottom"] >= below - 1 for v in vertical)

    ends = [e for e in horizontal if not any(abs(f["top"] - e["top"]) < 1 and abs(f["x0"] - e["x1"]) < 1
                                             and f["x1"] > e["x1"] + 1 for f in horizontal)]  # a rule drawn in pieces
    edges = []
    for x in {round(e["x1"]) for e in ends}:
        rules = sorted((e for e in ends if round(e["x1"]) == x), key=lambda e: e["top"])
        if any(abs(v["x0"] - x) < 1 for v in vertical):
            continue
        runs = [[rules[0]]]
        for a, b in pairwise(rules):
            if any(v["top"] <= a["top"] + 1 and v["bottom"] >= b["top"] - 1 and v["x0"] < x for v in vertical):
                runs[-1].append(b)
            else:
                runs.append([b])
        edges += [(run[0]["x1"], run[0]["top"], run[-1]["top"]) for run in runs if len(run) > 1
                  and left_ruled(run[0], run[1]["top"])]
    return edges


#: A cell holding more characters than this, in more than one sentence, alone in its column, holds a web page's
#: article: its table lays the page out.
_LAYOUT_CELL = 100


def _layout(page, tables: list, articles: list[tuple[float, float]]) -> tuple[list, list[tuple]]:
    """``tables`` without those a web page is laid out with (bordered cells holding its site's name, its menu and its
    article), and the boxes of those tables' cells but the article's. Such a table holds another table, or a cell of
    paragraphs alone in its column (a data table's long cell, a task's 具体措施, has its column's head or other rows
    above or below it), or one as wide as the article's cell on a page before (``articles``, its spans, to which this
    page's are added); the article's cell is that one, or the one with most characters."""
    data, around = [], []
    for table in tables:
        texts = {cell: "".join(c["text"] for c in page.chars if _inside(c, cell)) for cell in table.cells}
        known = [c for c in table.cells if any(abs(c[0] - a) < 1 and abs(c[2] - b) < 1 for a, b in articles)]
        # sentences: a full stop before the text's end (a 版记's 抄送 is one sentence, however many organs it lists)
        if not known and not any(other is not table and _holds(table.bbox, other.bbox) for other in tables) \
                and not any(len(text) > _LAYOUT_CELL and "。" in text.rstrip()[:-1] and not _column_shared(cell, table.cells)
                            for cell, text in texts.items()):
            data.append(table)
            continue
        article = known or [max(table.cells, key=lambda cell: len(texts[cell]))]
        articles += [(x0, x1) for x0, _, x1, _ in article if (x0, x1) not in articles]
        around += [cell for cell in table.cells if cell not in article]
    return data, around


def _column_shared(cell: tuple, cells: list[tuple]) -> bool:
    """Whether another of ``cells`` has the left and right edges of ``cell``: it stands in a column of a grid."""
    return any(other is not cell and abs(other[0] - cell[0]) < 1 and abs(other[2] - cell[2]) < 1 for other in cells)


def _level(page) -> None:
    """Give the characters on one baseline, of one size, the box most of them have. A face's box is its own: a browser
    that writes no bounding box for its Chinese face sets the digits of “〔2021〕30号”, in a Latin face, 3.5 pt lower,
    and they read as a line of their own."""
    groups = defaultdict(list)
    for char in page.chars:
        if char.get("upright") and char.get("matrix"):
            groups[round(char["matrix"][5], 1), round(char["size"], 1)].append(char)
    for group in groups.values():
        (top, bottom), _ = Counter((char["top"], char["bottom"]) for char in group).most_common(1)[0]
        _boxed(page, group, top, bottom)
    # A smaller face beside a larger on one baseline: Word's list number in the size of the paragraph's mark
    # (五号 where the runs are 三号, “一、⇥总体情况”) is the line's, not a line of its own above it.
    for (baseline, size), group in groups.items():
        larger = [c for (line, other), chars in groups.items() if line == baseline and other > size for c in chars]
        if larger and all(min(_gap(char, c) for c in larger) < _BESIDE * max(c["size"] for c in larger)
                          for char in group):
            _boxed(page, group, larger[0]["top"], larger[0]["bottom"])


#: Characters of a smaller size this many (larger) characters away from larger ones on their baseline are in their
#: line: a list's number, a tab stop away from its text.
_BESIDE = 6


def _boxed(page, chars: list[dict], top: float, bottom: float) -> None:
    """Set ``chars`` between ``top`` and ``bottom``."""
    for char in chars:
        char["doctop"] += top - char["top"]
        char["top"], char["bottom"] = top, bottom
        char["y0"], char["y1"] = page.height - bottom, page.height - top


def _alone(words: list[dict], span: tuple[float, float]) -> bool:
    """Whether some of ``words`` stand in ``span`` and none reaches across its edges."""
    inside = [w for w in words if _within(w, span)]
    return bool(inside) and not any(w["x0"] < span[1] and w["x1"] > span[0] and not _within(w, span) for w in words)


#: A column beside the article has this many lines at least, of its own (not those of a running header or footer
#: across the page); the article has three times its characters at least.
_ASIDE_LINES, _ASIDE_SHARE = 3, 3
#: The space between a column beside the article and the article (pt), at least.
_GUTTER = 6
#: The article beside such a column has this many lines of this many characters at least: its paragraphs (a table
#: printed without rules has its figures there, and its wrapped labels may look like a column of their own).
_ARTICLE_LINE = 12


def _beside(words: list[dict]) -> tuple[float, float] | None:
    """The span ``(x0, x1)`` of a column of text beside a page's article, from the page's ``words``: a web page's
    navigation, printed with it. A band of the page that no word crosses, but for a few (a browser's header and
    footer), parts it from the article; each side has ``_ASIDE_LINES`` lines at least, level with the other's; the
    column has a third of the article's characters at most, and lines of its own (a table's labels are on the lines of
    its figures); neither side is mostly figures, and the article has lines of a paragraph's length. None for a page
    without one."""
    if len(words) < 2 * _ASIDE_LINES:
        return None
    best = None
    ends, starts = sorted(w["x1"] for w in words), sorted(w["x0"] for w in words)
    most = max(2, len(words) // 20)  # words crossing the gutter
    for middle in sorted({w["x1"] + _GUTTER / 2 for w in words}):
        left, right = bisect.bisect_right(ends, middle), len(words) - bisect.bisect_left(starts, middle)
        if len(words) - left - right > most or min(left, right) < _ASIDE_LINES:
            continue  # most places: the lines of the article run across
        sides = [w for w in words if w["x1"] <= middle], [w for w in words if w["x0"] >= middle]
        gutter = max(w["x1"] for w in sides[0]), min(w["x0"] for w in sides[1])
        crossing = [w for w in words if w["x0"] < middle < w["x1"]]  # a header's, a footer's: over the whole gutter
        if any(w["x0"] > gutter[0] or w["x1"] < gutter[1] for w in crossing):
            continue
        band = gutter[1] - gutter[0]
        tops = [{round(w["top"]) for w in side} for side in sides]
        spans = [(min(w["top"] for w in side), max(w["bottom"] for w in side)) for side in sides]
        level = min(spans[0][1], spans[1][1]) - max(spans[0][0], spans[1][0])
        chars = [sum(len(w["text"]) for w in side) for side in sides]
        small = 0 if chars[0] < chars[1] else 1
        aside, article = sides[small], sides[1 - small]
        if band < _GUTTER or min(map(len, tops)) < _ASIDE_LINES or level < min(b - a for a, b in spans) / 2 \
                or len(tops[small] - tops[1 - small]) < _ASIDE_LINES or chars[small] * _ASIDE_SHARE > chars[1 - small] \
                or any(sum(bool(_NUMBER.fullmatch(w["text"])) for w in side) * 2 > len(side) for side in sides) \
                or sum(len(w["text"]) >= _ARTICLE_LINE for w in article) < _ASIDE_LINES \
                or len(tops[small] & tops[1 - small]) * 2 > len(tops[small]):
            continue
        if best is None or band > best[0]:
            best = band, (min(w["x0"] for w in aside), max(w["x1"] for w in aside))
    return best[1] if best else None


def _within(obj: dict, span: tuple[float, float]) -> bool:
    return obj.get("x0", -1) >= span[0] - 0.5 and obj.get("x1", math.inf) <= span[1] + 0.5


def _with_unruled_tables(pages: list[tuple]) -> list[tuple]:
    """``pages`` with the tables printed without rules on a page with no ruled table read from its lines and taken out
    of them; a table's head at the foot of the page before (its rows on this one) goes with it."""
    out: list[tuple] = []
    for lines, tables, left, width in pages:
        if not tables:
            tables, lines, head = _unruled(lines, out[-1][0] if out else [], bool(out) and _ends_with_table(*out[-1][:2]))
            if head:
                out[-1] = (out[-1][0][:-head], *out[-1][1:])
        out.append((lines, tables, left, width))
    return out


def _ends_with_table(lines: list[dict], tables: list) -> bool:
    """Whether a page's last item is a table (its rows may go on at the next page's top)."""
    return bool(tables) and all(line["top"] < max(t.bbox[1] for t in tables) for line in lines)


def _unruled(lines: list[dict], before: list[dict], goes_on: bool = False) -> tuple[list[_Unruled], list[dict], int]:
    """The tables printed without rules among a page's ``lines``, the lines left, and how many of the lines ``before``
    (the page before's) end with their head. A table is a run of rows (a label, then figures in columns) with the head
    above them, and the labels wrapped above and below them; it ends at a line running from the labels into the
    figures' columns (a paragraph, a heading), a numbered heading after the head, or a row whose figures are not in
    its columns. A run without a head and with one row is a line of prose (“编号为 20240001 20240002 …”), unless it
    is the page's first and the page before ended with a table (``goes_on``: its last row)."""
    lines = _units_rejoined(lines)
    rows = [_cells(line) for line in lines]
    if sum(map(_figure_count, rows)) < 3:
        return [], lines, 0
    found, taken, head = [], set(), 0
    i = 0
    while i < len(rows):
        if not _figure_count(rows[i]):
            i += 1
            continue
        figures = _figures(rows[i])
        edge = figures[0]["x0"]
        end, j = i, i + 1
        while j < len(rows) and (kind := _kind(rows[j], edge, figures)) != "text":
            if kind == "figures":
                if not all(any(_overlap(a, b) > 0 for b in figures) for a in _figures(rows[j])):
                    break
                figures += _figures(rows[j])
                end = j
            j += 1
        while end + 1 < len(rows) and _kind(rows[end + 1], edge, figures) == "label" \
                and not heading_level(lines[end + 1]["text"]):
            end += 1  # the last row's label, wrapped
        start = i
        while start > 0 and start - 1 not in taken and _in_head(rows[start - 1:end + 1], edge, figures):
            start -= 1
        lead = 0
        if start == 0 and not taken:
            while lead < len(before) and _in_head([_cells(before[-lead - 1]), *rows[:end + 1]], edge, figures, True):
                lead += 1
        block = [_cells(line) for line in before[len(before) - lead:]] if start == 0 else []
        if not _columned(block + rows[start:end + 1], edge, figures) and not (start == 0 and goes_on):
            i += 1
            continue
        head = lead or head
        found += [_Unruled((0, lines[start]["top"], 0, 0), _table_rows(part))
                  for part in _blocks(block + rows[start:end + 1])]
        taken.update(range(start, end + 1))
        i = end + 1
    return found, [line for k, line in enumerate(lines) if k not in taken], head


#: The end of a figure's unit that a narrow cell wraps onto a line of its own: 2人 / 次, 412.35 / 万元, 12 / 件.
_UNIT_TAIL = re.compile(r"万?元|人?次|件|项|个|条")


def _units_rejoined(lines: list[dict]) -> list[dict]:
    """``lines`` with each line of units alone, under figures whose units the narrow cells of a table printed without
    rules wrapped (“2人” over “次”), joined to the line above: each of its runs is under a cell of that line, whose
    figure it ends. Its characters go at the end of the figure's, taking no room: the cell stays as wide."""
    out: list[dict] = []
    for line in lines:
        above, tails = (out[-1] if out else None), _cells(line)
        cells = _cells(above) if above else []
        heads = [next((c for c in cells if _overlap(c, tail) > 0), None) for tail in tails]
        if not heads or None in heads or len({id(head) for head in heads}) < len(heads) \
                or not 0 < line["top"] - above["top"] < 2 * _size(line) \
                or not all(_UNIT_TAIL.fullmatch(tail["text"]) and _NUMBER.fullmatch(head["text"] + tail["text"])
                           for head, tail in zip(heads, tails)):
            out.append(line)
            continue
        moved = [c | {"x0": head["x1"], "x1": head["x1"], "top": above["top"], "bottom": above["bottom"]}
                 for head, tail in zip(heads, tails) for c in line["chars"]
                 if c["text"].strip() and tail["x0"] <= c["x0"] and c["x1"] <= tail["x1"]]
        joined = above | {"chars": sorted(above["chars"] + moved, key=lambda c: c["x0"])}
        out[-1] = joined | {"text": _text(" ".join(c["text"] for c in _cells(joined)))}
    return out


def _columned(rows: list[list[dict]], edge: float, figures: list[dict]) -> bool:
    """Whether ``rows`` (a table's lines found) show columns: a head over the figures, or two rows of them."""
    return any(_kind(row, edge, figures) == "head" for row in rows) or sum(map(bool, map(_figure_count, rows))) > 1


def _in_head(rows: list[list[dict]], edge: float, figures: list[dict], head_only: bool = False) -> bool:
    """Whether the first of ``rows`` (the lines from it to a table's last row) is the table's: above the table's head,
    text over its columns or its labels; within it, not a numbered heading (a part's, over the table). With
    ``head_only`` (the page before), only the head."""
    kind = _kind(rows[0], edge, figures)
    head = any(_kind(row, edge, figures) == "head" for row in takewhile(lambda row: not _figure_count(row), rows[1:]))
    if kind == "head" or kind == "label" and not head_only:
        return not (head and heading_level(rows[0][0]["text"]))
    return False


#: A gap between characters this many of their size wider than the line's usual gap (what justifying spread it by)
#: parts two columns: a tab stop's or a borderless table's, not a justified line's.
_COLUMN_GAP = 1
#: A gap this many of their size wider than the line's usual one, with no space drawn in it and a Chinese character
#: beside it, is a tab's, which runs to the next tab stop however near (Word's default ones, 0.5 inch apart): wider
#: than the space a line puts between Chinese and Latin letters or digits (a quarter of a character). It parts a row
#: of a table of text only, whose columns line up with another row's (:func:`_text_rows`).
_TAB_GAP = 0.4
#: Between two Chinese characters, where no engine puts a space, a gap this many of their size wider than the line's
#: usual one is a tab's already: a cell ending just before a tab stop leaves a sliver of a gap.
_HAN_TAB_GAP = 0.1
#: What stands between two cells of a row of text read as a paragraph (a contact table's 单位, 电话, 地址), unless the
#: first ends in a mark of its own (电话：).
_CELL_JOINT = "，"


def _text_rows(lines: list[dict]) -> dict[int, str]:
    """The rows of tables of text printed without rules (a contact table's 单位 / 电话 / 地址, set by Word's or WPS's
    tab stops or a borderless table) among a page's ``lines``, by id: each row's text, its cells joined by
    :data:`_CELL_JOINT`; "" for a line of a cell wrapped in its column (a long address), read in its row. Such rows are
    two or more lines, one under the next, starting where each other does, each with a column gap
    (:func:`_column_cells`) and a cell after it starting where one of the row above does. A row is parted only where a
    column of the rows starts: the gap in a label spaced out by hand (地　　址：) is none. A justified line spreads its
    characters evenly: none of its gaps stands out, and prose is no row."""
    rows: dict[int, str] = {}
    run: list[dict] = []  # each row: its line and cells
    wrapped: list[dict] = []  # the lines of cells wrapped in their columns since the run's last row
    taken: list[int] = []  # the ids of those put into the run's rows
    for line in [*lines, None]:
        last = run[-1] if run else None
        starts = [c["x0"] for c in last["cells"][1:]] if last else []
        cells = _column_cells(line, _TAB_GAP, starts) if line is not None else []
        if len(cells) == 2 and numbering(cells[0]["text"]) and not after_number(cells[0]["text"]):
            cells = []  # a list's number a tab stop before its text (Word's numbering): a paragraph, no row
        below = (wrapped or [last["line"]])[-1] if last else None  # the run's last line
        if last and len(cells) > 1 and _row_below(last["line"], last["cells"], below, line, cells):
            run.append({"line": line, "cells": cells})
            _wrapped_into(wrapped, run[-2:])
            taken, wrapped = taken + [id(w) for w in wrapped], []
            continue
        if last and len(cells) == 1 and 0 < line["top"] - below["top"] < 3 * _size(line) \
                and any(abs(cells[0]["x0"] - c["x0"]) < _size(line) / 2 and (after is None or line["x1"] < after["x0"])
                        for c, after in zip(last["cells"][1:], [*last["cells"][2:], None])):  # within its column
            wrapped.append(line)
            continue
        if len(run) > 1:
            _wrapped_into(wrapped, run[-1:])
            rows.update(dict.fromkeys([*taken, *map(id, wrapped)], ""))
            starts = [c["x0"] for row in run for c in row["cells"][1:]]
            for row in run:
                size = _size(row["line"])
                shared = [sum(abs(c["x0"] - x) < size / 2 for x in starts) > 1 for c in row["cells"]]
                # after a column that lines up, a cell is one too: a cell running past its tab stop moves the next on
                first = shared.index(True, 1) if True in shared[1:] else len(shared)
                rows[id(row["line"])] = _joined_cells(row["cells"], [k >= first for k in range(len(shared))])
        run, wrapped, taken = ([{"line": line, "cells": cells}] if len(cells) > 1 else []), [], []
    return rows


def _row_below(first: dict, cells_above: list[dict], upper: dict, line: dict, cells: list[dict]) -> bool:
    """Whether ``line`` (with its ``cells``) is the next row of a table of text after the row starting at ``first``
    (with ``cells_above``) and ending at ``upper`` (its cells wrapped): a line or two below that, starting where
    ``first`` does, with a cell after the first starting where one of ``cells_above`` after the first does."""
    size = _size(line)
    return 0 < line["top"] - upper["top"] < 3 * size and abs(line["x0"] - first["x0"]) < size / 2 \
        and any(abs(c["x0"] - u["x0"]) < size / 2 for c in cells[1:] for u in cells_above[1:])


def _wrapped_into(wrapped: list[dict], rows: list[dict]) -> None:
    """Put each of the ``wrapped`` lines of a cell (a single run each) into the cell of the same column of the nearer
    of ``rows`` (the row above it, or the one below, where a row's cells are centred on its middle line): after that
    cell's text, or before it in the row below."""
    for line in wrapped:
        text, x0 = _column_cells(line)[0]["text"], line["x0"]
        for row in sorted(rows, key=lambda row: abs(row["line"]["top"] - line["top"])):
            cell = next((c for c in row["cells"][1:] if abs(c["x0"] - x0) < _size(line) / 2), None)
            if cell is not None:
                cell["text"] = cell["text"] + text if row["line"]["top"] < line["top"] else text + cell["text"]
                break


def _column_cells(line: dict, tab: float | None = None, columns: list[float] = ()) -> list[dict]:
    """``line``'s runs of characters parted by column gaps: gaps wider than the line's usual one (what justifying
    spread its characters by: the lower quartile of the gaps beside its Chinese characters, none for a line of two
    runs) by :data:`_COLUMN_GAP` characters, or by ``tab`` characters where nothing is drawn in the gap and a Chinese
    character stands beside it (a tab's, :data:`_TAB_GAP`; a space typed between words is drawn, or stands between
    Latin letters or digits), by :data:`_HAN_TAB_GAP` between two Chinese characters or before a run starting at one
    of ``columns`` (where the row above has cells); each with its text (a space where Latin words stand apart,
    :data:`_WORD_GAP`) and left edge."""
    chars = [c for c in line["chars"] if c["text"].strip()]
    if not chars:
        return []
    # Justifying spreads a line at its Chinese characters, not inside a Latin word (a web address): their gaps tell.
    pairs = [(a, b) for a, b in pairwise(chars) if _HAN.match(a["text"]) or _HAN.match(b["text"])]
    gaps = sorted(b["x0"] - a["x1"] for a, b in (pairs if len(pairs) > 1 else pairwise(chars)))
    usual = max(gaps[(len(gaps) - 1) // 4], 0) if len(gaps) > 1 else 0
    drawn = [c["x0"] for c in line["chars"] if not c["text"].strip()]

    def tabbed(a: dict, b: dict) -> bool:
        han = [bool(_HAN.match(c["text"])) for c in (a, b)]
        gap = (b["x0"] - a["x1"] - usual) / a["size"]
        column = all(han) or any(abs(b["x0"] - x) < a["size"] / 4 for x in columns)
        return tab is not None and any(han) and not any(a["x1"] - 1 < x < b["x0"] for x in drawn) \
            and (gap >= tab or column and gap >= _HAN_TAB_GAP)

    runs = _runs(chars, lambda a, b: b["x0"] - a["x1"] - usual >= _COLUMN_GAP * a["size"] or tabbed(a, b))
    return [{"text": _text(run[0]["text"] + "".join((" " if b["x0"] - a["x1"] > _WORD_GAP * a["size"] else "")
                                                   + b["text"] for a, b in pairwise(run))), "x0": run[0]["x0"]}
            for run in runs]


def _runs(chars: list[dict], parted) -> list[list[dict]]:
    """``chars`` (a line's, left to right) in runs, a new one after each pair ``parted(a, b)`` says is apart."""
    runs = [chars[:1]]
    for a, b in pairwise(chars):
        if parted(a, b):
            runs.append([])
        runs[-1].append(b)
    return runs


def _joined_cells(cells: list[dict], columns: list[bool]) -> str:
    """A row's ``cells`` as one paragraph's text: :data:`_CELL_JOINT` before each that starts a column (``columns``),
    unless the text before it ends in a mark (电话：); nothing before the others (a gap typed inside a cell)."""
    out = cells[0]["text"]
    for cell, column in zip(cells[1:], columns[1:]):
        out += (_CELL_JOINT if column and not re.search(r"[，、；：:,;。]$", out) else "") + cell["text"]
    return out


#: A figure's unit this many of its size after it, or nearer, is the figure's (“3 件”: Word's space between digits and
#: Chinese, or a space typed), not a cell of its own: the cells of a table are further apart.
_UNIT_GAP = 0.5
#: The first character of a unit after a figure (件, 人次, 万元 …).
_UNIT_START = re.compile(r"[件项个条次人元万]")


def _cells(line: dict) -> list[dict]:
    """The runs of ``line``'s characters that touch (a table's cells), a figure's unit with the figure: their text,
    left and right, top and bottom."""
    def parted(a: dict, b: dict) -> bool:
        gap = b["x0"] - a["x1"]
        unit = a["text"].isdigit() and _UNIT_START.match(b["text"]) and gap <= _UNIT_GAP * a["size"]
        return gap > _CELL_GAP * a["size"] and not unit

    chars = [c for c in line["chars"] if c["text"].strip()]
    runs = _runs(chars, parted)
    return [{"text": _text("".join(c["text"] for c in run)), "x0": run[0]["x0"], "x1": run[-1]["x1"],
             "top": line["top"], "bottom": line["bottom"], "size": run[0]["size"]} for run in runs if run]


def _figure_count(cells: list[dict]) -> int:
    """How many of ``cells`` at the end are figures (after a label, or alone); none where the first of them follows
    its words closer than :data:`_PROSE_GAP` (a line of prose ending in a number: “…共计1120”, the space between
    Chinese and digits apart), where a table's figure stands in a column of its own."""
    count = len(list(takewhile(lambda c: _NUMBER.fullmatch(c["text"]), reversed(cells))))
    if count and count < len(cells) and cells[-count]["x0"] - cells[-count - 1]["x1"] < _PROSE_GAP * cells[-count]["size"]:
        return 0
    return count


def _figures(cells: list[dict]) -> list[dict]:
    return cells[len(cells) - _figure_count(cells):]


def _kind(cells: list[dict], edge: float, figures: list[dict]) -> str:
    """What a line is to a table whose ``figures`` start at ``edge``: "figures" (a row), "head"
    (text over the figures' columns), "label" (text left of them) or "text", not the table's: a sentence, a numbered
    heading reaching over the columns, or a line running from the labels over the figures of two columns or centred
    left of them (a column's name is centred over its column or starts where it does)."""
    if _figure_count(cells):
        return "figures"
    if not cells:
        return "text"
    size, text = cells[0]["size"], cells[0]["text"]
    if len(cells) == 1 and (text.endswith(("。", "！", "？")) or heading_level(text) and cells[0]["x1"] > edge + size):
        return "text"
    for c in cells:
        over = [f for f in figures if _overlap(c, f) > 0]
        two_columns = bool(over) and max(f["x0"] for f in over) > min(f["x1"] for f in over)
        if c["x0"] < edge - 2 * size and c["x1"] > edge + size / 2 and (c["x0"] + c["x1"] < 2 * (edge - size) or two_columns):
            return "text"
    return "head" if any(c["x1"] > edge + size / 2 for c in cells) else "label"


def _overlap(a: dict, b: dict) -> float:
    return min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])


def _blocks(rows: list[list[dict]]) -> list[list[list[dict]]]:
    """A table's lines in blocks, each its head, labels and rows: a head after rows starts one (表二's items)."""
    figures = [c for row in rows for c in _figures(row)]
    edge = min(c["x0"] for c in figures)
    blocks: list[list[list[dict]]] = [[]]
    for row in rows:
        if _kind(row, edge, figures) == "head" and any(map(_figure_count, blocks[-1])):
            caption = list(takewhile(lambda r: not _figure_count(r), reversed(blocks[-1])))[::-1]
            blocks[-1][len(blocks[-1]) - len(caption):] = []
            blocks.append(caption)  # the lines between the rows before and this head: its caption
        blocks[-1].append(row)
    return blocks


def _table_rows(lines: list[list[dict]]) -> list[list[str]]:
    """A block's rows: its head, a row for the wrapped end of a label at its top (the page before's last row goes on),
    and each row of figures with its label (the rightmost whose lines hold it: the row's, not its group's), each figure
    in the column it lines up in. A column of labels comes first, if there are any."""
    figures = [c for row in lines for c in _figures(row)]
    columns: list[list[dict]] = []
    for cell in sorted(figures, key=lambda c: c["x0"]):
        if columns and cell["x0"] < max(c["x1"] for c in columns[-1]):
            columns[-1].append(cell)
        else:
            columns.append([cell])
    first = min(c["x0"] for c in columns[0])
    top = next(k for k, row in enumerate(lines) if _figure_count(row))
    head = max((k for k, row in enumerate(lines[:top]) if any(c["x1"] > first + c["size"] / 2 for c in row)),
               default=-1) + 1
    labels = [c for row in lines[head:] for c in row if c not in figures]
    lead = 1 if labels else 0
    out = _head(lines[:head], _column_edges(columns, max((c["x1"] for c in labels), default=None)), lead)
    cells = _label_cells([cell for row in lines[head:] for cell in row if cell in labels], figures)
    body = [row for row in lines[head:] if _figure_count(row)]
    held = []
    for row in body:
        middle = (row[-1]["top"] + row[-1]["bottom"]) / 2
        label = max((c for c in cells if c["top"] <= middle <= c["bottom"]), key=lambda c: c["x0"], default=None)
        held.append(label)
        values = [label["text"] if label else ""] * lead + [""] * len(columns)
        for cell in _figures(row):
            j = lead + next(k for k, column in enumerate(columns) if cell in column)
            values[j] = f"{values[j]} {cell['text']}".strip()
        out.append(values)
    wrapped = [c["text"] for c in cells if c not in held and c["bottom"] < body[0][-1]["top"]]
    if wrapped:
        out.insert(len(out) - len(body), ["".join(wrapped)] + [""] * len(columns))
    return out


def _head(lines: list[list[dict]], edges: list[float], lead: int) -> list[list[str]]:
    """A table's head in two rows: the text across columns (alone on the first line, across the whole row: a caption,
    a group's name), then each column's name (its lines' text in it, top to bottom; the labels' column first)."""
    spans = [(-math.inf, edges[0])] * lead + list(zip(edges, [*edges[1:], math.inf]))
    across, names = [""] * len(spans), [""] * len(spans)
    for n, row in enumerate(lines):
        for cell in row:
            covered = [k for k, (x0, x1) in enumerate(spans) if _overlap(cell, {"x0": x0, "x1": x1}) > cell["size"] / 2]
            if not n and len(row) == 1 or len(covered) > 1:
                for k in range(len(spans)) if not n and len(row) == 1 else covered:
                    across[k] += cell["text"]
            elif covered:
                names[covered[0]] += cell["text"]
    return [row for row in (across, names) if any(row)]


def _column_edges(columns: list[list[dict]], labels: float | None) -> list[float]:
    """Where each column of figures starts. A table's cells are aligned alike: where a column's figures (of different
    widths) are flush left, every column starts at its figures; flush right, after its left neighbour's; else halfway
    between the two (the first column: halfway from the labels' right, or anywhere left without labels)."""
    def flush(column: list[dict], side: str) -> bool:
        spread = {key: max(c[key] for c in column) - min(c[key] for c in column) for key in ("x0", "x1")}
        return spread[side] <= 1 < spread["x1" if side == "x0" else "x0"]

    side = next((side for side in ("x0", "x1") if any(flush(column, side) for column in columns)), None)
    edges = []
    for k, column in enumerate(columns):
        start = min(c["x0"] for c in column)
        end = max(c["x1"] for c in columns[k - 1]) if k else labels
        if side == "x0":
            edges.append(start - 1)
        elif end is None:
            edges.append(-math.inf)
        else:
            edges.append(end + 1 if side == "x1" else (start + end) / 2)
    return edges


def _label_cells(cells: list[dict], figures: list[dict]) -> list[dict]:
    """Row labels from their lines' ``cells``: a line starting with a number (一、 （一） 1.) or next to a row of figures
    the cell above already holds starts one; any other line continues the cell above it (on a line above, within a
    character of it, not under a later one) it overlaps most, if any."""
    rows = {(c["top"], c["bottom"]) for c in figures}
    out: list[dict] = []
    for cell in cells:
        has_row = (cell["top"], cell["bottom"]) in rows
        above = [c for c in out if c["x0"] - cell["size"] < cell["x1"] and cell["x0"] < c["x1"] + cell["size"]
                 and c["bottom"] < cell["top"] + cell["size"] / 2]
        above = [c for k, c in enumerate(above) if not any(_overlap(c, d) > 0 for d in above[k + 1:])]
        last = max(above, key=lambda c: _overlap(c, cell), default=None)
        if last is None or heading_level(cell["text"]) or has_row and last["rows"]:
            out.append(cell | {"rows": has_row})
        else:
            last.update(text=last["text"] + cell["text"], x0=min(last["x0"], cell["x0"]), x1=max(last["x1"], cell["x1"]),
                        bottom=cell["bottom"], rows=last["rows"] or has_row)
    return out


def _open_row_rules(page) -> list[dict]:
    """Rules closing the rows a page break left open: a table's row cut at the page's foot (or continued at its head)
    has no rule there, and pdfplumber dropped it, figures and all, from the table. Where two or more vertical rules of
    a ruled table (a horizontal rule meets one of them) end, some with no horizontal rule there nor a vertical one going
    on, one is drawn across them all: a merged label cut by the break shares its sides with cells closed there. A rule
    drawn as a thin box has ends of its own, which are no rules."""
    vertical = [e for e in page.edges if e["orientation"] == "v" and e["height"] > 2]
    horizontal = [e for e in page.edges if e["orientation"] == "h" and e["width"] > 2]

    def meets(rule: dict, x: float, top: float, bottom: float) -> bool:
        return rule["x0"] - 3 <= x <= rule["x1"] + 3 and top - 3 <= rule["top"] <= bottom + 3

    def open_at(v: dict, y: float) -> bool:
        return not any(meets(h, v["x0"], y, y) for h in horizontal) and \
            not any(abs(w["x0"] - v["x0"]) < 1 and w["top"] - 1 < y < w["bottom"] + 1 and w is not v and
                    (w["top"] < v["top"] or w["bottom"] > v["bottom"]) for w in vertical)

    ends: dict[int, list[tuple[dict, float]]] = {}
    for v in vertical:
        for y in (v["top"], v["bottom"]):
            ends.setdefault(round(y), []).append((v, y))
    return [{"object_type": "line", "x0": min(xs), "x1": max(xs), "top": y, "bottom": y, "width": max(xs) - min(xs),
             "height": 0} for found in ends.values() if len(found) > 1 and any(open_at(v, y) for v, y in found)
            and any(meets(h, v["x0"], v["top"], v["bottom"]) for v, _ in found for h in horizontal)
            for xs, y in [([v["x0"] for v, _ in found], sum(y for _, y in found) / len(found))]]


def _hold_overflow(table) -> None:
    """Make the last row of ``table``, cut at the page's foot, reach down over the text its open cells (no rule under
    them) print below it: WeasyPrint sets a merged cell cut by the break whole in its first part, its text running
    over the page's foot (“（四）无法提” in the table, “供” under it)."""
    page, bottom = table.page, table.bbox[3]
    rules = [e for e in page.edges if e["orientation"] == "h" and abs(e["top"] - bottom) < 2]
    cut = [c for c in table.cells
           if bottom - c[3] < 2 and not any(r["x0"] < (c[0] + c[2]) / 2 < r["x1"] for r in rules)]
    end = bottom
    for char in sorted(page.chars, key=lambda c: c["top"]):
        middle = (char["x0"] + char["x1"]) / 2
        if (char["top"] + char["bottom"]) / 2 > bottom and any(c[0] < middle < c[2] for c in cut):
            if char["top"] > end + char["size"] / 2:
                break
            end = max(end, char["bottom"])
    if end > bottom:
        table.cells = [(x0, top, x1, end + 0.5 if bottom - y1 < 2 else y1) for x0, top, x1, y1 in table.cells]


def _hold_spills(table) -> None:
    """Move each character that starts in a cell of ``table`` and runs past its right rule, its middle beyond it, back
    into that cell (pdfplumber reads a character where its middle is). A narrow cell that inherits the body's first-line
    indent (32 pt in a 12 mm column, a clerk's table in Word's 正文 style) sets the first character of its text at its
    right rule: it read in the cell beside it (“自” of 自然人 with 商业企业, “3” of 38 in the next column) or outside the
    table (“总” of 总计). A cell cut off by the page (:class:`_Clipped`) keeps what runs past the page."""
    x0, top, x1, bottom = table.bbox
    chars = [c for c in table.page.chars if x0 <= c["x0"] < x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
             and c["text"].strip()]
    for cell in table.cells:
        if isinstance(table, _Clipped) and abs(cell[2] - table.edge) < 1:
            continue
        for char in chars:
            if cell[0] <= char["x0"] < cell[2] - _SPILL < cell[2] < (char["x0"] + char["x1"]) / 2 \
                    and cell[1] <= (char["top"] + char["bottom"]) / 2 <= cell[3]:
                char["x1"] = cell[2]
                char["width"] = char["x1"] - char["x0"]


#: A character starting this far (points) left of a cell's right rule, or further, starts in that cell (its margin may
#: be 1 pt, 20 twips): one starting nearer is the next cell's, a margin of none, the rule snapped (:data:`_SNAP`).
_SPILL = 0.5


def _cell(extracted: str | None, page=None, bbox: tuple | None = None, keeps: bool = False) -> str:
    """A table cell's text: its lines joined, with a space only between Latin letters (“annual” / “report”); a line
    break inside a Chinese or numeric cell is the column's width wrapping it (“2206” / “5”, “含撤回1” / “件”). Where
    the cell's box (``bbox``) on its ``page`` is known, its lines as drawn tell, as a paragraph's do (:func:`_joint`),
    whether the engine broke a word too long for the cell (a file name) inside it: then they join without one."""
    text = extracted or ""
    breaks = list(_CELL_BREAK.finditer(text))
    latin = [bool(_ASCII_WORD.match(text[m.start() - 1:m.start()]) and _ASCII_WORD.match(text[m.end():m.end() + 1]))
             for m in breaks]
    joints = [" " if between else "" for between in latin]
    if any(latin) and page is not None:
        lines = _cell_lines(page, bbox)
        if len(lines) == len(breaks) + 1:
            left = min(line["x0"] for line in lines)  # the cell's padding, as far in from the right
            right = bbox[2] - (left - bbox[0])
            joints = [_joint(a, b, left, right, keeps) if between else joint
                      for between, joint, (a, b) in zip(latin, joints, pairwise(lines))]
    parts = iter(joints)
    return _text(_CELL_BREAK.sub(lambda m: next(parts), text))


def _vertical(chars: list[dict]) -> str | None:
    """The text of a cell set vertically (Word's 文字方向, a narrow head's 自然人 or 社会公益组织), column by column;
    None for one set in lines. Its characters turned (“从下至上”, “从上至下”: pdfplumber reads them backwards, 人然自)
    read along their turn, the columns one after another across it. Upright ones stacked in columns (“竖排”) read top
    down, the columns right to left, where the leftmost column is the short one (lines leave the last line short,
    at the bottom: a name in lines wrapped alike, 社会公 over 益组织, reads as lines): Chinese only, a head's name."""
    turned = [c for c in chars if not c["upright"]]
    if chars and len(turned) * 2 > len(chars):
        up = turned[0]["matrix"][1] > 0  # running up the page, its lines go left to right (a matrix of 90°)
        columns = _stacks(turned)
        return "".join(c["text"] for column in (columns if up else columns[::-1])
                       for c in sorted(column, key=lambda c: c["top"], reverse=up))
    if not chars or not all(_HAN.match(c["text"]) for c in chars):
        return None
    columns = _stacks(chars)[::-1]
    counts = [len(column) for column in columns]
    stacked = all(len({round(c["top"]) for c in column}) == len(column) for column in columns)
    if len(columns) < 2 or not stacked or len(set(counts[:-1])) != 1 or counts[-1] >= counts[0] \
            or counts[0] <= len(columns):
        return None
    return "".join(c["text"] for column in columns for c in sorted(column, key=lambda c: c["top"]))


def _stacks(chars: list[dict]) -> list[list[dict]]:
    """``chars`` in columns, left to right: each a run of them starting within half a character of one another."""
    columns: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: c["x0"]):
        if columns and char["x0"] - columns[-1][-1]["x0"] < char["size"] / 2:
            columns[-1].append(char)
        else:
            columns.append([char])
    return columns


def _cell_lines(page, bbox: tuple) -> list[dict]:
    """The lines of the cell at ``bbox`` (its characters, as pdfplumber reads a cell's), as :func:`_page` gives a
    page's: with ``space_after``."""
    inside = page.filter(lambda obj: obj.get("object_type") == "char" and _inside(obj, bbox))
    spaces = [c for c in inside.chars if c["text"] == " "]
    return [ln | {"space_after": _space_after(ln, spaces)} for ln in inside.extract_text_lines()]


def _text(extracted: str) -> str:
    """Extracted text without the spaces readers infer from the gap between Chinese and digits or
    Latin letters (Word, WPS and reportkit space them there, layout.AUTOSPACED): data has none. Nor
    those a justified line's spread characters give, between Chinese ones (“地 址 ：”) or between a full-width
    mark or quotation mark and a Latin letter or digit (“公开。 https”), on a paragraph's every line. Radicals a
    browser's text layer gives for common characters (⽰ for 示) are read as those first, so that the space beside
    them goes too (a browser spaces Chinese and digits by a gap as well: its text-autospace, reportkit's web page)."""
    return clean(SPACE_AT_MARK.sub("", SPACE_AT_BOUNDARY.sub("", clean(extracted))))


#: A gap between a Chinese character and a Latin word wider than this share of their size, beyond what the line
#: spreads its Chinese characters by, may hold a space the writer typed (通过 App 申请): the gap Word, WPS,
#: LibreOffice and reportkit set there by themselves is a quarter of a character or so, a typed space (replacing it) a
#: third or more.
_TYPED_SPACE = 0.28


#: The run of Latin characters a text starts with, or ends with.
_LATIN_HEAD, _LATIN_TAIL = re.compile(r"[!-~]*"), re.compile(r"[!-~]*$")


def _worded(run: str) -> bool:
    """Whether ``run`` (of Latin characters) is a Latin word, a name or an address (App, WPS, www.example.gov.cn), which
    a writer may set apart from Chinese by a space: a number alone (共 12 件, 编号为 20240001) is written close up."""
    return bool(_ASCII_WORD.search(run))


def _line_text(line: dict, spaces: list[dict]) -> str:
    """``line``'s text as :func:`_text` reads it, but for the spaces typed between Chinese and a Latin word
    (:func:`_worded`), which the DOCX keeps too: a gap wider than autospace's (:data:`_TYPED_SPACE`) with one of the
    page's ``spaces`` (characters) drawn in it. Justifying a line stretches autospace's gaps too (a line of numbers
    spaced apart, LibreOffice's lines), where none is drawn; a PDF that draws no spaces tells no typed one."""
    text, chars = line["text"], line["chars"]
    spread = sorted(b["x0"] - a["x1"] for a, b in pairwise(chars) if _HAN.match(a["text"]) and _HAN.match(b["text"])
                    and abs(a["top"] - b["top"]) < 1)
    spread = spread[len(spread) // 2] if spread else 0
    pieces, start, k = [], 0, 0
    for i, character in enumerate(text):
        if character == " ":
            continue
        if k >= len(chars) or chars[k]["text"] != character:
            return _text(text)  # the text does not follow the characters one by one: read it as it is
        if i and text[i - 1] == " " and k:
            a, b = chars[k - 1], chars[k]
            boundary = _HAN.match(a["text"]) and _worded(_LATIN_HEAD.match(text, i).group()) or \
                _HAN.match(b["text"]) and _worded(_LATIN_TAIL.search(text, 0, i - 1).group())
            drawn = any(abs(c["top"] - a["top"]) < 1 and a["x1"] - 1 <= c["x0"] and c["x1"] <= b["x0"] + 1 for c in spaces)
            if boundary and drawn and b["x0"] - a["x1"] - spread > _TYPED_SPACE * a["size"]:
                pieces.append(text[start:i])
                start = i
        k += 1
    text = " ".join(_text(piece) for piece in pieces + [text[start:]])
    rest = after_number(text)
    number = text.rstrip()[:-len(rest)] if rest else ""  # as printed: （一）, not numbering's (一)
    n = len(re.sub(r"\s", "", number))  # its characters
    if numbering(text).rstrip()[-1:] in _LIST_MARKS and _HAN.match(rest) and 0 < n < len(chars) \
            and chars[n]["x0"] - chars[n - 1]["x1"] > chars[n]["size"]:  # a tab after Word's list number, no typed space
        return number.rstrip() + rest
    return text


#: The marks a list's number ends in, a tab stop before its text: 一、 （一） 1.
_LIST_MARKS = ("、", ".", "．", ")", "）")


#: The 附件说明's label, and an item's number after it (附件：1.) or on a line of its own (2.).
_NOTE_LABEL = re.compile(r"^(附件\d*[:：])?\s*(\d+\s*[.．、])?")


def _hang(line: dict) -> float | None:
    """Where the next lines of the 附件说明 starting on ``line`` are set (GB/T 9704 §7.3.3): under the attachment's name,
    after “附件：” and its number; None for any other line."""
    if not line["text"].startswith("附件"):
        return None
    label = _NOTE_LABEL.match(line["text"])
    if not label.group(1):
        return None
    marks = len(re.sub(r"\s", "", label.group(0)))
    chars = [c for c in line["chars"] if not c["text"].isspace()]
    return chars[marks]["x0"] if len(chars) > marks else None


def _signature_parts(line: dict, signing: bool = False) -> list[str]:
    """The parts of a 署名 typed on one ``line`` with gaps between its parts (:func:`_column_cells`): an organ and its
    成文日期 (某县水利局　　　2024年1月20日), or organs side by side (a joint document's); none for any other line.
    Organs must end as organs' names do, unless the line is ``signing`` (over the 成文日期, :func:`_organ_rows`):
    there any organ's name (某县残联) is one."""
    parts = [cell["text"] for cell in _column_cells(line)]
    if len(parts) < 2:
        return []
    dated = len(parts) == 2 and organ_name(parts[0]) and bool(date_line(parts[1]))
    return parts if dated or all(organ_name(part, ending=not signing) for part in parts) else []


def _organ_rows(lines: list[dict], left: float) -> set[int]:
    """The ids of the lines of a joint 署名 typed in rows of organs side by side (某县人社局⇥某县残联): the lines over a
    成文日期 (:func:`_over_dates`), set right (starting more than two characters in from ``left``, :func:`_free_role`),
    each parted by gaps (:func:`_column_cells`) into names an organ's may be. Organs of the same lengths start where
    each other do: they are no table of text (:func:`_text_rows`)."""
    def organs(line: dict) -> bool:
        return line["x0"] - left > 2 * _size(line) and all(organ_name(c["text"]) for c in _column_cells(line))

    return {k for k, line in _over_dates(lines, organs).items() if len(_column_cells(line)) > 1}


def _over_dates(lines: list[dict], fits: Callable[[dict], bool]) -> dict[int, dict]:
    """The lines (by id) over a 成文日期 line among ``lines``, one under the next (three sizes apart at most), up from
    the date to the first that ``fits`` does not take."""
    out: dict[int, dict] = {}
    lines = sorted(lines, key=lambda ln: ln["top"])
    for k, date in enumerate(lines):
        if not date_line(clean(date["text"])):
            continue
        below = date
        for line in reversed(lines[:k]):
            if not 0 < below["top"] - line["top"] < 3 * _size(line) or not fits(line):
                break
            out[id(line)] = below = line
    return out


def _signers(lines: list[dict]) -> set[int]:
    """The ids of the lines of a 署名 at the text's left edge, each an organ's name ending as one, over a 成文日期
    (:func:`_over_dates`): under a line ending a sentence, whether or not it fills the width, each starts a
    paragraph (a text set flush left puts its 署名 so)."""
    return set(_over_dates(lines, lambda line: organ_name(clean(line["text"]), ending=True)))


def _goes_on(above: dict, line: dict) -> bool:
    """Whether ``line`` is the next line of the one ``above``, in its size: a line's pitch below it, no gap between."""
    return abs(_size(above) - _size(line)) < 0.5 and 0 < line["top"] - above["top"] < 2 * _size(line)


def _signature_wraps(lines: list[dict]) -> set[int]:
    """The ids of the lines (the second on) of the organs' names of a 署名 set as one that wraps is (GB/T 9704 §7.3.5.2,
    ``Geometry.signature_wraps``): lines right-aligned with each other, one under another, over a 成文日期 whose right
    edge stands two characters further in (右空四字 under lines right 2). Organs whose names fit their lines are set
    centred over the date: each line is an organ of its own."""
    lines = sorted(lines, key=lambda ln: ln["top"])
    out: set[int] = set()
    for k, date in enumerate(lines):
        size = _size(date)
        if not date_line(clean(date["text"])) or k < 2 or abs(lines[k - 1]["x1"] - 2 * size - date["x1"]) > size / 2:
            continue
        start = k - 1
        while start > 0 and abs(lines[start - 1]["x1"] - lines[start]["x1"]) < 1 \
                and _goes_on(lines[start - 1], lines[start]):
            start -= 1
        out.update(id(line) for line in lines[start + 1:k])
    return out


def _free_role(line: dict, middle: float, indent: float, size: float) -> str:
    """A line centred on the text's ``middle`` (title), a line two characters in (a paragraph starts), or one set
    further right. The text's middle, not the page's: a page printed from a site may have a wider margin on one side.

    A paragraph's first line that stops two characters short of a ragged right edge is centred too: it starts one."""
    start = abs(indent - 2 * size) < size / 2
    # On a grid of characters (文档网格) each character fills the left of the grid's cells it takes (a title's two), and
    # the line starts at a cell's edge: it stands centred within half a cell, its last character's room included.
    grid = _advance(line) - size
    end = max(line["x1"], line["chars"][-1]["x0"] + size + grid) if grid else line["x1"]
    off = (line["x0"] + end) / 2 - middle
    # A title's line (larger than the body's) is centred within a character; a title's paragraph that keeps the body
    # style's first-line indent (two characters, of the body's size or its own) stands half that indent right of the
    # text's middle on its first line.
    if size > _TITLE_SIZE and -size < off < size + 3 or indent > size and not start and abs(off) < 3 + grid / 2:
        return "centered"  # a title's line as wide as the text is centred too
    return "body" if start else "right" if indent > 2 * size else "body"


def _in_any(obj, boxes: list[tuple]) -> bool:
    return any(_inside(obj, box) for box in boxes)


def _holds(outer: tuple, inner: tuple) -> bool:
    """Whether the box ``inner`` lies within ``outer``."""
    return outer[0] - 1 <= inner[0] and inner[2] <= outer[2] + 1 and outer[1] - 1 <= inner[1] \
        and inner[3] <= outer[3] + 1


def _inside(obj, box) -> bool:
    """Whether ``obj`` is within ``box``, a character by its middle: pdfplumber reads it so as a cell's."""
    x0, top, x1, bottom = box
    if obj.get("object_type") == "char":
        return x0 <= (obj["x0"] + obj["x1"]) / 2 <= x1 and top <= (obj["top"] + obj["bottom"]) / 2 <= bottom
    return obj.get("x0", -1) >= x0 - 1 and obj.get("x1", 1e9) <= x1 + 1 and \
        obj.get("top", -1) >= top - 1 and obj.get("bottom", 1e9) <= bottom + 1


def _shared_columns(pages: list[tuple]) -> dict[int, list[float]]:
    """The column edges a ruled table split by a page break has in its other part, by the id of the part that lacks
    them: its rows all have merged cells where the other has several columns (table 三's head down to 自然人,
    法人或其他组织 and 总计 at a page's foot, 商业企业 … 其他 on the next page; its last rows, under a label cut by the
    break), and it is read in the other's columns so that the two join. The parts are the last table on a page and the
    first on the next, nothing between them, as wide as each other, one's edges among the other's; a part above with
    fewer columns is a head (no figure in it): two tables one under the other (表四's 行政复议, then 行政诉讼) are not
    one."""
    def among(few: list[float], many: list[float]) -> bool:
        return all(any(abs(a - b) <= 2 for b in many) for a in few)

    out: dict[int, list[float]] = {}
    for (lines, tables, *_), (next_lines, next_tables, *_) in pairwise(pages):
        if not tables or not next_tables:
            continue
        last, first = max(tables, key=lambda t: t.bbox[1]), min(next_tables, key=lambda t: t.bbox[1])
        if isinstance(last, _Unruled) or isinstance(first, _Unruled) or abs(last.bbox[0] - first.bbox[0]) > 2 \
                or abs(last.bbox[2] - first.bbox[2]) > 2 or any(ln["top"] > last.bbox[3] for ln in lines) \
                or any(ln["top"] < first.bbox[1] for ln in next_lines):
            continue
        above, below = _column_rules(last), _column_rules(first)
        if len(above) < len(below) and among(above, below) \
                and not any(_FIGURE.fullmatch(_cell(text)) for row in last.extract() for text in row):
            out[id(last)] = below
        elif len(below) < len(above) and among(below, above):
            out[id(first)] = above
    return out


def _ended_columns(table, columns: list[float] = ()) -> set[int]:
    """The columns of :func:`_grid`'s grid of ``table`` whose text ends in its last row: its last line stops short of
    its cell's width by a character or more (a cell whose text a page break cut fills its lines to the break); none
    for a table printed without rules."""
    if isinstance(table, _Unruled):
        return set()
    xs = _column_rules(table, columns)
    out: set[int] = set()
    for bbox in table.cells:
        lines = _cell_lines(table.page, bbox) if abs(bbox[3] - table.bbox[3]) < 2 else []
        right = bbox[2] - (min(line["x0"] for line in lines) - bbox[0]) if lines else 0  # padding as on the left
        if lines and lines[-1]["x1"] < right - _size(lines[-1]):
            c0 = _index(xs, bbox[0])
            out.update(range(c0, max(c0 + 1, _index(xs, bbox[2]))))
    return out


def _column_rules(table, columns: list[float] = ()) -> list[float]:
    """The edges of ``table``'s columns, and ``columns`` (:func:`_shared_columns`)."""
    return _merge_close(sorted({round(v, 1) for c in table.cells for v in (c[0], c[2])} | set(columns)))


def _grid(table, place: str, columns: list[float] = (), keeps: bool = False) -> Grid:
    """The table with every merged cell repeated over the grid positions its box covers, and over ``columns`` (the
    edges of the other part of a table a page break split, :func:`_shared_columns`). A table cut off on the right
    says so in its place: the columns beyond are missing. ``keeps``: the PDF draws the spaces lines broke at
    (:func:`_keeps_wrap_spaces`)."""
    if isinstance(table, _Unruled):
        return Grid(table.rows, [f"{place}第 {i + 1} 行" for i in range(len(table.rows))], place, placed=True)
    if isinstance(table, _Clipped):
        place += "（右边超出页面，切掉的列未能读出）"
    texts = table.extract()
    xs = _column_rules(table, columns)
    # A row's edges are those of cells with text: a browser draws a cell cut by the page break as a blank sliver,
    # whose edge would split the row beside it in two and repeat its text (“出现了两次”).
    # So does a cell drawn shorter than the rows it spans (a browser's merged label cut by the break, “三、本年度办理结果”
    # ending inside the “（二）部分公开” row): an edge no cell starts at is no row's.
    filled = [bbox for row, values in zip(table.rows, texts) for bbox, text in zip(row.cells, values)
              if bbox is not None and text and text.strip()]
    tops = [c[1] for c in table.cells] + [table.bbox[3]]
    ys = sorted({round(v, 1) for c in filled or table.cells for v in (c[1], c[3])
                 if v == c[1] or any(abs(v - top) <= 2 for top in tops)}
                | {round(table.bbox[1], 1), round(table.bbox[3], 1)})
    ys = _merge_close(ys)
    left, _, right, _ = table.page.bbox
    beyond = [c for c in table.page.chars if c["x0"] < left or c["x1"] > right]
    inked = [c for c in table.page.chars if c["text"].strip() and _inside(c, table.bbox)]
    turned = any(not c["upright"] for c in inked)
    cells = []
    for row, values in zip(table.rows, texts):
        for bbox, text in zip(row.cells, values):
            if bbox is None:
                continue
            if min(bbox[2] - bbox[0], bbox[3] - bbox[1]) <= _NEAR and not (text and text.strip()):
                continue  # the blank sliver between two rules drawn as one (:data:`_NEAR`)
            c0, c1 = _index(xs, bbox[0]), _index(xs, bbox[2])
            r0, r1 = _index(ys, bbox[1]), _index(ys, bbox[3])
            # a cell set vertically (its characters turned, or upright ones in lines of one: 自/然/人)
            vertical = _vertical([c for c in inked if _inside(c, bbox)]) \
                if turned or text and "\n" in text and _HAN.match(text) else None
            text = _CUT_OFF if _clipped(table, bbox) or _cut(bbox, beyond, left, right) \
                else vertical if vertical is not None else _cell(text, table.page, bbox, keeps)
            cells.append((r0, c0, max(1, r1 - r0), max(1, c1 - c0), text))
    grid = fill_spans(cells)
    return Grid(grid, [f"{place}第 {i + 1} 行" for i in range(len(grid))], place, merged(cells), placed=True)


def _clipped(table, bbox: tuple) -> bool:
    """Whether the cell at ``bbox`` of a :class:`_Clipped` table is cut off: at its edge, it shows nothing, or its text
    runs on right of the page's text beside the table (where the page ends it, past the article's edge)."""
    if not isinstance(table, _Clipped) or abs(bbox[2] - table.edge) >= 1:
        return False
    chars = [c for c in table.page.chars if _inside(c, bbox)]
    article = max((c["x1"] for c in table.page.chars if not _inside(c, table.bbox)), default=-math.inf)
    return not chars or max(c["x1"] for c in chars) > article


def _cut(bbox: tuple, beyond: list[dict], left: float, right: float) -> bool:
    """Whether the cell at ``bbox`` is cut off by the page (a web page printed too wide): its rules stop at the page's
    edge and text in its rows lies beyond, so what it shows may be part of a figure (84 for 845), or nothing."""
    x0, top, x1, bottom = bbox
    return any(top <= (c["top"] + c["bottom"]) / 2 <= bottom and (abs(x0 - left) < 1 and c["x0"] < left or
                                                                  abs(x1 - right) < 1 and c["x1"] > right) for c in beyond)


def _merge_close(values: list[float]) -> list[float]:
    """``values`` (a table's rules, sorted), each run of them :data:`_NEAR` one another as its first: one rule drawn
    twice or more."""
    return [v for k, v in enumerate(values) if not k or v - values[k - 1] > _NEAR]


def _index(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))
