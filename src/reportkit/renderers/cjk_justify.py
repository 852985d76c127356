"""Chinese lines in WeasyPrint: justified between their characters (issue 9), and on the grid whatever face sets them.

WeasyPrint justifies a line only by widening its spaces (U+0020, U+00A0); a Chinese line has
none, so it stayed ragged. For lines of a Chinese or Japanese element this module spreads the
slack evenly between the characters instead, as Word, WPS and LibreOffice do: each text box's
letter spacing grows, so no character is added and the extracted text is unchanged. A text box
of Latin letters, digits and ASCII signs alone (a web address, a number after a Chinese word)
keeps its letters together, as in Word and in the Typst PDF, when the line has Chinese to spread; so does one
that holds the brackets and marks around such a run too.

It also lays out a line that begins at a boundary between Chinese and digits or Latin letters
without the space there (the ``.as`` margin the PDF template puts on what follows such a boundary,
as Word and LibreOffice space them): they put none at a line's start, so the line starts at the
edge and holds as many characters as any other.

WeasyPrint draws a character's offset 1024/1000 too far right (``draw/text.py`` divides Pango's ``x_offset``, in
1/1024 pixel, by the font size as if it were in thousandths of an em), and Pango puts half of each character's letter
spacing in that offset: at the grid's -0.21 pt this is nothing, but a line of a few Chinese characters, spread across
the text block because a long number or web address moved to the next line, had its last character drawn up to 5 pt
past the right edge. :func:`_spread` sets each text box's spacing so that its last character is drawn where it belongs
(:data:`OFFSET_SCALE`).

And it keeps every line on the grid when a character is set in a fallback face (喆 in 楷体 among 仿宋):
WeasyPrint centred the glyphs' extents (Pango's, taken over every face the text box uses) in the line
height, so a face with a larger ascent or descent moved the box off the line's strut and made the line
1.2 pt taller. A text box now sits in its line as its strut does, sized by the first face of its
``font-family`` only, as CSS Inline 3 sizes an inline box by its first available font.

It replaces ``weasyprint.layout.inline.justify_line`` and wraps ``split_inline_box`` and ``split_text_box``,
and only on the WeasyPrint versions it was tested with (:data:`TESTED_VERSIONS`); on any other version,
or if ``justify_line`` is not the one it was written for, it leaves WeasyPrint alone and :data:`PROBLEM`
says why (the PDF renderer turns that into a warning, and tests/test_layout.py fails).
"""
from __future__ import annotations

import inspect
import re

import weasyprint
from weasyprint.css.properties import Dimension
from weasyprint.draw import text as _draw
from weasyprint.formatting_structure import boxes
from weasyprint.layout import inline
from weasyprint.text.ffi import FROM_UNITS, TO_UNITS, ffi, pango
from weasyprint.text.line_break import can_break_text, create_layout, strut

from ..layout import CLOSING_MARKS, OPENING_MARKS

TESTED_VERSIONS = ("70.",)
#: The source of the replaced function as this module was written against, whitespace-normalised.
_EXPECTED = (
    "def justify_line(context, line, extra_width): "
    "if (nb_spaces := count_expandable_spaces(line)): "
    "add_word_spacing(context, line, extra_width / nb_spaces, 0)"
)
_LANGUAGES = ("zh", "ja")

#: The class the PDF template gives the span after a Chinese/Latin boundary (its margin is the space).
AUTOSPACE_CLASS = "as"
#: What the PDF template puts where a line may break beside a quotation mark (reportkit.layout.QUOTE_BREAK).
BREAK = "\u200b"
#: What it puts before a mark that must not start a line (reportkit.layout.JOINED_MARKS).
JOIN = "\u2060"

_original = inline.justify_line
_original_split = inline.split_inline_box
_original_split_text = inline.split_text_box
_NO_MARGIN = Dimension(0, "px")
#: The attribute :func:`split_text_box` sets on a text box that ends its line where the line breaks at a space: a line
#: without Chinese or a space inside, so broken ("Contact:|averyverylong…", a web address before another), keeps its
#: letters' advance (:func:`justify_line`); spread across the line, "C o n t a c t :" was hard to read.
_AT_SPACE = "reportkit_at_space"
#: How much narrower a line is laid out again to end a character earlier (:func:`split_text_box`), in CSS pixels.
_NARROWER = 0.01


def _offset_scale() -> float:
    """How much farther WeasyPrint draws a glyph's ``x_offset`` than Pango set it: 1.024 while ``draw_first_line``
    divides the offset by the font size alone (WeasyPrint 70), 1 once it draws the offset as set."""
    try:
        drawn_as_thousandths = "x_offset / font_size" in inspect.getsource(_draw.draw_first_line)
    except (OSError, TypeError):  # installed without its source: the versions tested draw it so
        drawn_as_thousandths = weasyprint.__version__.startswith(TESTED_VERSIONS)
    return TO_UNITS / 1000 if drawn_as_thousandths else 1.0


OFFSET_SCALE = _offset_scale()


def split_inline_box(context, box, position_x, max_x, bottom_space, skip_stack, *rest):
    """WeasyPrint's ``split_inline_box``; a line that begins at a boundary is laid out without the boundary's
    space, which Word and LibreOffice put nowhere at a line's start, so that the line holds as many characters
    as any other (taken off after the line was filled, it left room for one character less).

    A boundary's span is filled to the line's end less its space: WeasyPrint fits its text as if the space were not
    there and moves it right by the space after, and the text then overflowed the line, which broke before the span
    instead ("可在|www.example-county.gov.cn/" where "可在www.example-|" fits)."""
    if isinstance(box, boxes.InlineBox) and skip_stack is None and _autospaced(box):
        max_x -= box.margin_left
    if isinstance(box, boxes.InlineBox) and skip_stack is None and _unbroken_before(box, rest[5]):
        global _UNBROKEN_BEFORE
        _UNBROKEN_BEFORE = True
        try:
            return _original_split(context, box, position_x, max_x, bottom_space, skip_stack, *rest)
        finally:
            _UNBROKEN_BEFORE = False
    first = _starting_span(box, skip_stack) if isinstance(box, boxes.LineBox) else None
    if first is None:
        return _original_split(context, box, position_x, max_x, bottom_space, skip_stack, *rest)
    style, first.style = first.style, first.style.copy()
    first.style["margin_left"] = _NO_MARGIN  # for this line only: the line keeps its own copy of the span
    try:
        return _original_split(context, box, position_x, max_x, bottom_space, skip_stack, *rest)
    finally:
        first.style = style


#: Set while :func:`split_inline_box` splits a box that nothing before it on its line may be parted from
#: (:func:`_unbroken_before`): its text may break anywhere, as at a line's start.
_UNBROKEN_BEFORE = False


def _unbroken_before(box, line_children) -> bool:
    """Whether the line's text so far, ``line_children``, and the start of ``box`` have no place to break a line: CSS's
    ``overflow-wrap: anywhere`` then breaks ``box`` anywhere, WeasyPrint only at a line's start ("理%www.…" with no
    break before "%", "众.www.…" before ".", went past the right edge whole)."""
    texts = [child.text for _, child in line_children if isinstance(child, boxes.TextBox)]
    start = next(_text_boxes(box), None)
    return (bool(texts) and len(texts) == len(line_children) and start is not None
            and not can_break_text("".join(texts) + start.text[:1], box.style["lang"]))


def split_text_box(context, box, available_width, skip, **options):
    """WeasyPrint's ``split_text_box``, the text box's baseline and line height those of its style's strut: a
    glyph from a fallback face no longer moves the box, so the line box keeps its height (see the module's text).

    A line that ``overflow-wrap: anywhere`` breaks inside a run too long for it (a mailbox in brackets in a table's
    cell) ends a character earlier where the next would start with a closing mark: Pango breaks anywhere then, and
    "信箱（…@example.gov.cn|）" left the "）" alone at the start of a line."""
    if _UNBROKEN_BEFORE:
        options["is_line_start"] = True
    new_box, resume, preserved_line_break = _original_split_text(context, box, available_width, skip, **options)
    while _closed_after(box, new_box, resume, preserved_line_break):
        shorter = _original_split_text(context, box, new_box.width - _NARROWER, skip, **options)
        if shorter[0] is None or len(shorter[0].text) >= len(new_box.text):
            break
        new_box, resume, preserved_line_break = shorter
    if new_box is not None:
        setattr(new_box, _AT_SPACE, resume is not None and box.text.encode()[:resume].endswith(b" "))
    if new_box is not None and new_box.style["line_height"] != "normal":
        line_height, baseline = strut(new_box.style)
        glyphs = new_box.baseline - new_box.margin_top  # Pango's baseline, from the top of the glyphs' extents
        new_box.margin_top = baseline - glyphs
        new_box.margin_bottom = line_height - new_box.margin_top - new_box.height
        new_box.baseline = baseline
    return new_box, resume, preserved_line_break


def _closed_after(box, new_box, resume, preserved_line_break) -> bool:
    """Whether the line ``new_box`` ends inside ``box``'s text before a closing mark, with more than one character."""
    return (resume is not None and not preserved_line_break and new_box is not None and len(new_box.text) > 1
            and box.text.encode()[resume:].decode().startswith(tuple(CLOSING_MARKS)))


def _starting_span(line, skip_stack):
    """The autospace span the line resumed at ``skip_stack`` begins with, if it begins with one."""
    box = line
    while isinstance(box, (boxes.LineBox, boxes.InlineBox)):
        (index, skip_stack), = (skip_stack or {0: None}).items()
        if index >= len(box.children):
            return None
        box = box.children[index]
        if skip_stack is None and isinstance(box, boxes.InlineBox) and _autospaced(box):
            return box
    return None


def _autospaced(box) -> bool:
    return box.element is not None and AUTOSPACE_CLASS in (box.element.get("class") or "").split()


def justify_line(context, line, extra_width):
    """Spread ``extra_width`` between the characters of a Chinese line; other lines as WeasyPrint does."""
    language = (line.style["lang"] or "").lower()
    texts = [box for box in _text_boxes(line) if box.text.strip(BREAK + JOIN)]  # zero-width marks take no part
    spread = [box for box in texts if _BEYOND_LATIN.search(box.text.lstrip(OPENING_MARKS).rstrip(CLOSING_MARKS))]
    if sum(len(box.text) for box in spread) < 2:  # no Chinese to spread: every letter takes part, or its spaces alone
        if any(" " in box.text.strip() for box in texts):  # as the Typst PDF justifies an English line
            _original(context, line, extra_width)
            for box in texts:  # drawn where WeasyPrint put them (:func:`_laid`)
                box.pango_layout, short = _laid(context, box, box.style.copy(), _letter_spacing(box))
            if texts[-1] is not texts[0]:  # its last letter on the right edge, as in the Typst PDF
                texts[-1].position_x += short
            else:
                _respaced(context, texts[0], short)
            return
        if getattr(texts[-1], _AT_SPACE, False):  # words alone, a space after them: as in the Typst PDF and Word
            return
        spread = texts
    count = sum(len(box.text) for box in spread)
    if not language.startswith(_LANGUAGES) or count < 2 or extra_width <= 0:
        return _original(context, line, extra_width)
    # WeasyPrint draws each character's letter spacing after it: when the line ends in a spread box,
    # count - 1 gaps take the slack, and the spacing after its last character falls beyond the right
    # edge, where it shows nothing.
    gaps = count - 1 if spread[-1] is texts[-1] else count
    _spread(context, line, extra_width / gaps, 0, {id(box) for box in spread}, texts[-1])


def _text_boxes(box):
    if isinstance(box, boxes.TextBox):
        yield box
    elif isinstance(box, (boxes.LineBox, boxes.InlineBox)):
        for child in box.children:
            if child.is_in_normal_flow():
                yield from _text_boxes(child)


#: A character other than Latin letters, digits and ASCII signs: its text box takes part in the spreading (not the
#: brackets and marks the PDF template boxes with a run of them: ``pdf._ASCII_RUN``).
_BEYOND_LATIN = re.compile(r"[^\x00-\u024f]")


def _spread(context, box, spacing, x_advance, spread: set[int], last):
    """Widen the letter spacing of the text boxes in ``box`` whose id is in ``spread`` by ``spacing``;
    shift every box after one widened. The other text box that ends the line, ``last`` (letters kept together), is
    laid out again as :func:`_laid` draws it: a web address ending a line, beside Chinese spread, was drawn 0.5 pt
    past the right edge; and moved right by what :func:`_laid` leaves short, so that it ends on the edge as in the
    Typst PDF (it ended up to 0.3 pt short of it; the moved letters all fall in the spread space before it). One
    inside the line keeps the spacing it was laid out with, as the Typst PDF does: drawn, each of its letters falls
    less than a thousandth of an em right of its place, in the space before the next box (laid out again, they came
    out up to a thousandth of an em a letter closer: at the body's tracking of -294/1024 px the letters of an address
    ended 0.32 pt left of the Typst PDF's)."""
    if isinstance(box, boxes.TextBox) and id(box) not in spread:
        box.position_x += x_advance
        if box is last:
            box.pango_layout, short = _laid(context, box, box.style.copy(), _letter_spacing(box))
            box.position_x += short
        return x_advance
    if isinstance(box, boxes.TextBox):
        style = box.style.copy()
        letter_spacing = _drawn(_letter_spacing(box) + spacing, len(box.text))
        box.position_x += x_advance
        box.pango_layout, _ = _laid(context, box, style, letter_spacing)
        box.width += spacing * len(box.text)
        return x_advance + spacing * len(box.text)
    if isinstance(box, (boxes.LineBox, boxes.InlineBox)):
        box.position_x += x_advance
        before = x_advance
        for child in box.children:
            if child.is_in_normal_flow():
                x_advance = _spread(context, child, spacing, x_advance, spread, last)
        box.width += x_advance - before
        return x_advance
    box.translate(x_advance, 0)  # an atomic inline box (inline-block, image) moves as a whole
    return x_advance


#: How many of the whole spacings :func:`_laid` predicts to end a box nearest its place it lays out to see.
_TRIES = 3


def _laid(context, box, style, letter_spacing: float):
    """``box``'s Pango layout with about ``letter_spacing``, and how far left of its place WeasyPrint draws its last
    glyph (in CSS pixels): such that it draws that glyph where the spacing puts it or at most a little left of it,
    never right. WeasyPrint writes the advance after each glyph in whole thousandths
    of an em, truncated (``draw/text.py``, ``int(kerning)``), and a spread line of Latin letters, whose glyphs' widths
    are no whole thousandths, ended up to 0.5 pt past the text block's right edge. Less spacing changes what each
    truncation leaves out (:func:`_kernings`, linear in the spacing): of the spacings from ``letter_spacing`` to a
    thousandth of an em less after each glyph (which takes back more than truncating ever adds) the one that ends
    the box nearest its place and not past it. Only whole units of Pango's (1/1024 px) are tried, as Pango cuts a
    spacing to them: a spacing between two, predicted to end the box at its place, was laid out at the one above,
    the box then ended past it, and the whole thousandth less left a web address ending a line up to 0.3 pt short of
    the text block's right edge (the Typst PDF sets it flush). The kernings' fractions, alike from glyph to glyph,
    mostly grow past a whole thousandth together, so that even a whole unit less often ends the box well short of its
    place: what it falls short is returned, for the caller to move the box by. ``style`` (a copy) takes the spacing
    used."""
    layout, kernings, size = _layout(context, box, style, letter_spacing)
    gaps = len(kernings) - 1  # the glyphs before the last, which each move it
    if gaps < 1 or _excess(kernings, size) <= 0:
        return layout, max(-_excess(kernings, size), 0)
    step = size / 1000
    fallback, moved, _ = _layout(context, box, style.copy(), letter_spacing - step)
    units = int(letter_spacing * TO_UNITS)  # as WeasyPrint gives Pango the spacing
    most = units - int((letter_spacing - step) * TO_UNITS)
    rates = [(b - a) / most for a, b in zip(kernings, moved)]
    ends = {k: _excess([x + r * k for x, r in zip(kernings, rates)], size) - gaps * k / TO_UNITS
            for k in range(1, most)}
    for k in sorted((k for k, end in ends.items() if end <= 0), key=ends.get, reverse=True)[:_TRIES]:
        layout, kernings, _ = _layout(context, box, style, (units - k) / TO_UNITS)
        if _excess(kernings, size) <= gaps * k / TO_UNITS:
            return layout, gaps * k / TO_UNITS - _excess(kernings, size)
    style["letter_spacing"] = letter_spacing - step
    box.style = style
    return fallback, gaps * most / TO_UNITS - _excess(moved, size)


#: The spaces WeasyPrint widens to justify a line (``count_expandable_spaces``).
_SPACES = " \u00a0"


def _respaced(context, box, short: float):
    """Widen the spaces of ``box``, a line's only text box, whose last glyph :func:`_laid` left ``short`` CSS pixels
    left of its place, in whole units of Pango's, as far as brings that glyph back to its place or a little left of it:
    its first letter is on the left edge and stays (an English line ended up to 0.8 pt short of the right edge, where
    the Typst PDF sets it flush). Each unit widens each space by a unit; what truncating each space's kerning leaves
    out (:func:`_excess`) is taken from it. WeasyPrint widens a no-break space too, and one that begins the box
    twice."""
    text = box.text.rstrip(_SPACES)
    spaces = sum(map(text.count, _SPACES)) + text.startswith(tuple(_SPACES))
    if short <= 0 or not spaces:
        return
    style, letter_spacing, spacing = box.style, _letter_spacing(box), box.justification_spacing
    _, kernings, size = _layout(context, box, style, letter_spacing)
    before = _excess(kernings, size)
    for units in range(int(short * TO_UNITS / spaces), 0, -1):
        box.justification_spacing = spacing + units / TO_UNITS
        layout, kernings, _ = _layout(context, box, style, letter_spacing)
        if spaces * units / TO_UNITS + _excess(kernings, size) - before <= short:
            box.pango_layout = layout
            return
    box.justification_spacing = spacing


def _layout(context, box, style, letter_spacing: float):
    """``box``'s Pango layout with ``letter_spacing`` (set in ``style``, which ``box`` takes), deactivated, with the
    kerning WeasyPrint writes after each glyph of it and the face's size (:func:`_kernings`)."""
    style["letter_spacing"] = letter_spacing
    box.style = style
    layout = create_layout(box.text, style, context, max_width=None, justification_spacing=box.justification_spacing)
    kernings, size = _kernings(layout)
    layout.deactivate()
    return layout, kernings, size


def _excess(kernings: list[float], size: float) -> float:
    """How far right of its place WeasyPrint draws the last glyph, in CSS pixels: what truncating each kerning before
    it leaves out."""
    return sum(k - int(k) for k in kernings[:-1]) * size / 1000


def _kernings(layout) -> tuple[list[float], float]:
    """The kerning, in thousandths of an em, that WeasyPrint writes after each glyph of ``layout``'s first line before
    truncating it, and the size of its face (``draw_first_line``'s arithmetic)."""
    line, _ = layout.get_first_line()
    run, rect, kernings, size = line.runs[0], ffi.new("PangoRectangle *"), [], layout.style["font_size"]
    while run != ffi.NULL:
        item, run = run.data, run.next
        font = item.item.analysis.font
        description = pango.pango_font_describe_with_absolute_size(font)
        size = pango.pango_font_description_get_size(description) * FROM_UNITS
        pango.pango_font_description_free(description)
        for info in item.glyphs.glyphs[0:item.glyphs.num_glyphs]:
            if info.glyph == pango.PANGO_GLYPH_EMPTY or info.glyph & pango.PANGO_GLYPH_UNKNOWN_FLAG:
                continue
            pango.pango_font_get_glyph_extents(font, info.glyph, ffi.NULL, rect)
            kernings.append(round(rect.width * 1000 * FROM_UNITS / size) + info.geometry.x_offset / size
                            - info.geometry.width * 1000 * FROM_UNITS / size)
    return kernings, size


def _letter_spacing(box) -> float:
    """The letter spacing ``box``'s style sets, 0 for ``normal``."""
    spacing = box.style["letter_spacing"]
    return 0 if spacing == "normal" else spacing


def _drawn(letter_spacing: float, count: int) -> float:
    """The letter spacing to give a text box of ``count`` characters so that WeasyPrint draws its last character where
    ``letter_spacing`` puts it. Pango offsets every character but the first by half the spacing, which WeasyPrint draws
    :data:`OFFSET_SCALE` times as far: a little less spacing takes that back at the last character (the others are
    drawn at most that little to the right of their place, inside the gaps the spacing opens)."""
    if count < 2:
        return letter_spacing
    return letter_spacing * (count - 1) / (count - 1 + (OFFSET_SCALE - 1) / 2)


def _problem() -> str | None:
    version = weasyprint.__version__
    if not version.startswith(TESTED_VERSIONS):
        return f"WeasyPrint {version} 未经测试（已测试 {', '.join(v + 'x' for v in TESTED_VERSIONS)}）"
    source = " ".join(line.strip() for line in inspect.getsource(_original).splitlines()
                      if line.strip() and not line.strip().startswith("#"))
    if source != _EXPECTED:
        return f"WeasyPrint {version} 的 justify_line 与预期不同"
    return None


#: Why inter-character justification is off (``None`` when it is installed).
PROBLEM = _problem()
if PROBLEM is None:
    inline.justify_line = justify_line
    inline.split_inline_box = split_inline_box
    inline.split_text_box = split_text_box
