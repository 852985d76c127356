"""Read a PDF with a text layer: tables through pdfplumber, paragraphs rebuilt from the lines around them.

A line indented two characters starts a paragraph, a line at the left edge continues
one (across pages too); a line set elsewhere (centred title, right-aligned 署名) stands
alone (but a title's lines in its size are one title, a wrapped organ's name one paragraph).
Page numbers (— 3 —) are dropped. A table printed without rules (a web page's) is read
from its lines: labels on the left, figures aligned in columns under their head; one of text
(a contact table set by tab stops) a paragraph a row, its cells apart (:func:`.text_tables.text_rows`).

:func:`read` takes each page alone first (:mod:`.page`): its characters as the PDF writes them
(:mod:`.chars`), its ruled tables (:mod:`.ruled`), its footnotes (:mod:`.footnotes`), what a browser
printing a web page puts around the article (:mod:`.web`), and its lines' text (:mod:`.text`). Then the
pages together: running headers and footers go (:mod:`.running_lines`), tables printed without rules are read
from the lines (:mod:`.unruled`), and the text's edges and line pitch found (:mod:`.edges`). Last it reads
the lines and tables top to bottom here: lines into paragraphs (:mod:`.paragraphs`), a 署名's
(:mod:`.signatures`), a table of text's rows (:mod:`.text_tables`); each table into a grid
(:mod:`.grids`), joined to its part above a page break (:mod:`.table_breaks`). :mod:`.boxes` tells
where things stand on a page."""
from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path

import pdfplumber

from ..annual_tables import stands_apart
from ..headings import read_once
from ..html import closing_roles
from ..labels import SENTENCE_END, clean, date_line
from ..source import Grid, Para, Published
from .chars import check_text, with_actual_text
from .edges import line_pitch, right_edges, unwrapped_edges, wrap_edge
from .grids import ended_columns, shared_columns, table_grid
from .page import page_contents, picture_tops
from .paragraphs import (
    FULL_STOP,
    TITLE_SIZE,
    closes,
    fills_width,
    free_role,
    line_goes_on,
    line_look,
    line_on,
    visibly_cut,
)
from .ruled import Begun
from .running_lines import without_running_lines
from .signatures import organ_rows, signature_parts, signature_wraps, signer_lines
from .table_breaks import add_table
from .text import keeps_wrap_spaces, line_joint, line_size
from .text_tables import text_rows
from .unruled import with_unruled_tables
from .web import unloaded_pictures

# pdfminer's warnings (a font without its FontBBox, as browsers write them) are about the file's fonts, not its
# text, and are in English: the user sees reportkit's findings only. A file it cannot read still raises.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

#: A gap between two lines wider than this many line pitches parts two paragraphs.
_PARAGRAPH_GAP = 1.2
#: A line set in further than a paragraph's indent that ends within three characters of the right edge (a ragged line
#: leaves its next characters over) and fills this share of the text's width is a paragraph's first line (an indent
#: of three characters, or spaces typed before it), not a 署名 set right.
_FIRST_LINE = 0.75


def read(path: Path) -> Published:
    published = Published(str(path))
    current: Para | None = None  # the paragraph being read, added when the next one (or a table) starts
    looks: list[set] = []  # how each piece of it between its line breaks is set (:func:`.paragraphs.line_on`)
    with pdfplumber.open(str(path)) as pdf:
        with_actual_text(pdf)
        check_text(pdf, path)
        pages, known, articles, pictures = [], None, [], []
        for number, page in enumerate(pdf.pages, 1):
            *read_page, known, aside, notes = page_contents(page, known, articles)
            unloaded = unloaded_pictures(page, read_page[0])  # a picture the browser printing the page could not load
            read_page[0] = [ln for ln in read_page[0] if id(ln) not in unloaded]
            pages.append(tuple(read_page))
            pictures.append([(top, "") for top in picture_tops(page)] + list(unloaded.values()))
            # a footnote: not the report's text, nowhere in the data for it; said with its text, as a DOCX's is
            published.unread += [(f"第 {number} 页", f"脚注“{note}”未导入：要保留的，请写进正文") for note in notes]
            if aside:  # a site's navigation printed beside the article: the mapping leaves it out, saying so
                published.add(Para("、".join(aside), f"第 {number} 页旁边的一栏", "aside"))
        pages = with_unruled_tables(without_running_lines(pages))
        # A page whose lines are all indented (a heading, a short paragraph and the 署名) has no line
        # at the left edge: the edge most pages have stands in for it. Where paragraphs wrap, their edge is the text's:
        # a site's name or footer printed further left (a web page's) is not; where none does, the body's lines tell.
        right = right_edges(pages)
        wraps = [wrap_edge(lines, right[width]) for lines, _, _, width in pages]
        if all(w is None for w in wraps):
            pages = unwrapped_edges(pages, right)
        edges = Counter(w for w in wraps if w is not None) or \
            Counter(round(left) for _, _, left, _ in pages if left is not None)
        usual = edges.most_common(1)[0][0] if edges else 0
        pitch = line_pitch([lines for lines, *_ in pages])
        columns = shared_columns(pages)
        keeps = keeps_wrap_spaces(pages)
        previous = hang = opened = None
        ended: set[int] = set()  # the columns whose text ends in the last row of the table read last
        for number, (lines, tables, left, width) in enumerate(pages, 1):
            if wraps[number - 1] is not None:
                left = wraps[number - 1]
            elif left is None or left > usual + 8 or any(w is not None for w in wraps) and left < usual - 8:
                left = usual
            organs, signers, here = organ_rows(lines, left), signer_lines(lines), {id(ln) for ln in lines}
            rows = text_rows([ln for ln in lines if id(ln) not in organs])
            # A 附件说明 whose line above reached the edge (its name wraps) goes on under the name on this page too.
            above, hang = None, hang if current is not None and previous is not None \
                and previous["x1"] >= right[width] - line_size(previous) else None
            signed = signature_wraps(lines)
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
                    grid = table_grid(obj, f"第 {number} 页的表格", shared, keeps, published.findings)
                    # the first thing on its page: a page break falls between it and a table read last
                    add_table(published, grid, ended, isinstance(obj, Begun)
                               or stands_apart(published.items, grid, broken=row == 1))
                    ended = ended_columns(obj, shared)
                    continue
                place = f"第 {number} 页第 {row} 行"
                if id(obj) in rows:  # a row of a table of text without rules: a paragraph of its own, its cells apart
                    current = _added(published, current, looks)
                    if rows[id(obj)]:  # "" for a cell's wrapped line, read with its row
                        _added(published, Para(rows[id(obj)], place))
                    above, previous, hang = obj["top"], obj, None
                    continue
                size = line_size(obj)
                indent = obj["x0"] - left
                # A line at the left edge continues the paragraph, unless a gap wider than the line pitch parts
                # them, or the line before ended a sentence or a heading short of the right edge, or was too short
                # to wrap (特此报告 over a 署名): a web page printed to PDF sets its paragraphs apart so, without indent.
                spaced = above is not None and obj["top"] - above > _PARAGRAPH_GAP * pitch
                closed = previous is not None and closes(previous, right[width], obj, previous is opened)
                # over a page break, a sentence goes on into a line at the left edge only from a line filling the width
                closed = closed or previous is not None and id(previous) not in here \
                    and bool(FULL_STOP.search(previous["text"])) and not visibly_cut(previous, right[width], obj) \
                    or previous is not None and id(obj) in signers and bool(FULL_STOP.search(previous["text"]))
                last, above, previous = previous, obj["top"], obj
                if current is not None and abs(indent) < size / 2 and not spaced and not closed:
                    line_on(current, looks, last, obj, line_joint(last, obj, left, right[width], keeps), right[width])
                    continue
                if current is not None and hang is not None and abs(obj["x0"] - hang) < size / 2 and not spaced \
                        and not _NOTE_LABEL.match(obj["text"]).group(0):
                    line_on(current, looks, last, obj, line_joint(last, obj, hang, right[width], keeps), right[width])
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
                role = free_role(obj, (left + right[width]) / 2, indent, size)
                before = published.items[-1] if published.items else None
                if role == "centered":
                    goes_on = last is not None and isinstance(before, Para) and line_goes_on(last, obj) \
                        and before.text.endswith(clean(last["text"])) \
                        and clean(obj["text"]) != clean(last["text"])  # not a site's title bar over the title
                    filled = goes_on and fills_width(last, left, right[width])
                    # a title in the body's size whose lines before this one fill the text's width, from its edge:
                    # read as a paragraph not indented, they are the title's (some offices set it so); only the
                    # document's first text, where a title stands: a paragraph's last line filling the width over a
                    # centred line further down (a table's name) is the paragraph's
                    wrapped = filled and before.role == "body" and began is not None \
                        and abs(began["x0"] - left) < size / 2 and not any(
                            isinstance(item, Grid) or item.role in ("body", "heading", "title")
                            for item in published.items[:-1])
                    if size > TITLE_SIZE or wrapped:
                        role = "title"
                    if goes_on and before.role == "title" or wrapped:
                        # the title's next line: one title, as a DOCX gives it, with its breaks typed by hand
                        before.role = "title"
                        before.text += (line_joint(last, obj, left, right[width], keeps) if filled else "\n") \
                            + clean(obj["text"])
                        current = None
                        continue
                if id(obj) in signed and isinstance(before, Para) and before.role == "right":
                    role, place = "right", before.place  # an organ's name goes on: one paragraph, as a DOCX gives it
                elif role == "right" and obj["x1"] >= right[width] - 3 * size and \
                        obj["x1"] - obj["x0"] >= _FIRST_LINE * (right[width] - left):
                    role = "body"  # a paragraph's first line indented more than two characters, as far as the edge
                # a 署名 with its 成文日期 or organs
                if role != "title" and (parts := signature_parts(obj, id(obj) in organs)):
                    current = _added(published, Para("\n".join(parts), place, "right"))
                    continue
                current, opened, looks = Para(obj["text"], place, role), obj, [line_look(obj)]
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


#: A heading's length at most: a paragraph's line this short, without a sentence's end, is a heading.
_HEADING_CHARS = 30


def _heading_shaped(text: str) -> bool:
    """Whether ``text``, one line (its unreadable characters one each), is shaped as a heading or a title is: short,
    no sentence's end."""
    return bool(text) and "\n" not in text and len(text) <= _HEADING_CHARS and not SENTENCE_END.search(text) \
        and "。" not in text


#: What pdfminer reads a glyph as that the PDF maps to no character.
_NO_CHARACTER = re.compile(r"\(cid:\d+\)")


def _added(published: Published, paragraph: Para | None, looks: list[set] | None = None) -> None:
    """Add ``paragraph``, now whole, if there is one (with the ``looks`` of its pieces between line breaks); None, for
    the paragraph being read."""
    if paragraph is not None:
        published.add(paragraph, looks)


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
