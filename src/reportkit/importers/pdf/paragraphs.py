"""How a PDF's lines make paragraphs: whether a line ends its paragraph (:func:`closes`) or is visibly cut
(:func:`visibly_cut`), what a line set apart is (a title centred, a paragraph's first line, a line set right:
:func:`free_role`), and the next line put after it, after a line break where its face changes (:func:`line_on`)."""
from __future__ import annotations

import re
from itertools import pairwise, takewhile

from ..frame import site_footer, web_meta
from ..labels import SENTENCE_END, clean, date_line, heading_level, numbering
from ..source import BOLD, SHORT_LINE, Para, all_bold, worded_title
from .text import HAN, latin_run, line_size

#: The end of a sentence, not of a clause (：；): a list's items go on after “如下：” in its paragraph.
FULL_STOP = re.compile("[。！？][”’」』）)]*$")
#: Characters larger than this (pt) are a title's (二号 22 pt; the body is 三号 16 pt).
TITLE_SIZE = 18
#: A bold face, by the font's name (all a PDF tells): SimHei, FZHei, STHeiti, …-Bold, Word's made-up “SimSun,Bold”.
_BOLD_FACE = re.compile(r"(?i:bold|heavy|black)|Hei")


def line_look(line: dict) -> set:
    """How ``line`` is set, as :meth:`.Published.add` takes it: its characters' faces, each bold or not."""
    return {(BOLD,) if _BOLD_FACE.search(char["fontname"]) else () for char in line["chars"] if char["text"].strip()}


def line_on(paragraph: Para, looks: list[set], line: dict, following: dict, joint: str, right: float) -> None:
    """Put the ``following`` line after ``line`` in ``paragraph``, after ``joint``; or, where one of the two is set in
    bold and the other not and ``line`` stops short of the ``right`` edge by more than a character and the next line's
    first unit (:func:`_unit_width`: a line broken by hand, no wrap), after a line break, so that Published.add's
    heading rule sees a heading in bold further down (``looks``: each piece's)."""
    look = line_look(following)
    if all_bold(look) != all_bold(looks[-1]) and line["x1"] < right - max(line_size(line), _unit_width(following)):
        paragraph.text += "\n" + following["text"]
        looks.append(look)
    else:
        paragraph.text += joint + following["text"]
        looks[-1] |= look


def closes(line: dict, right: float, following: dict, first: bool = False) -> bool:
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
    next line; and so does any line where the next is a heading (:func:`_heading_under`)."""
    text = line["text"]
    if first and worded_title(clean(text)) or FULL_STOP.search(text) and heading_level(following["text"]) in (1, 2) \
            or _heading_under(line, following, right):
        return True
    if first and heading_level(text) and not visibly_cut(line, right, following):
        return True  # a heading is one line: a long one stops at the edge, over a line at the left edge (a page's top)
    word = list(takewhile(lambda c: "!" <= c["text"] <= "~", following["chars"]))
    room = max(2 * line_size(line), word[-1]["x1"] - word[0]["x0"] if word else 0)
    return line["x1"] < right - room and bool(SENTENCE_END.search(text) or heading_level(text) or date_line(clean(text))
                                              or worded_title(clean(text)) or len(clean(text)) <= SHORT_LINE
                                              or date_line(clean(following["text"])) or _item(following["text"])
                                              or any(_site_line(clean(t)) for t in (text, following["text"])))


#: A clause's or a sentence's punctuation: a heading alone on its line has none.
_CLAUSE = re.compile("[。，,；;：:！？!?]")


def _heading_under(line: dict, following: dict, right: float) -> bool:
    """Whether ``following`` is a heading under ``line``, however full that is (a task's 责任科室（单位）：… filling the
    width): it starts with a heading's number and is set in another face (（四）环境监管信息 in 楷体), or holds no
    clause and ends short of the ``right`` edge (3.环境监管执法信息): a sentence's wrapped rest (“一、二季度……”) has
    its clause or its full stop."""
    return bool(heading_level(following["text"])) and (
        not same_face(line, following, chinese=True)
        or not _CLAUSE.search(following["text"]) and following["x1"] < right - line_size(following))


def _site_line(text: str) -> bool:
    """Whether ``text`` is a line a site prints about its page (its date line, 发布日期：…　来源：…　字体：大 中 小) or
    after its article (分享到, 相关链接, 打印本页), as a browser prints the page: a paragraph of its own."""
    return web_meta(text) or site_footer(text)


def _item(text: str) -> bool:
    """Whether ``text`` starts with an item's or a heading's number (2. 3、 （二） 一、): a figure (2.5万) is none,
    nor a number alone, which a wrapped sentence may start with (“12 件”) as a decimal outline's heading (1 概述)."""
    number = numbering(text)
    return bool(number) and not number.isdigit()


def visibly_cut(line: dict, right: float, following: dict) -> bool:
    """Whether ``line`` is visibly cut, the ``following`` line its wrapped rest: it fills the text's width to the
    ``right`` edge (within half a character), or stops short of it by less than the next line's first unit
    (:func:`_unit_width`: a number's unit with its full stop, “条。”, which a text set flush left moves down whole),
    and the next line goes on in its face (:func:`same_face`: its Chinese characters', after a line short of the
    edge)."""
    room = right - line["x1"]
    return room < line_size(line) / 2 and same_face(line, following) \
        or room < _unit_width(following) and same_face(line, following, chinese=True)


#: What may not begin a line (Chinese line breaking, 避头): the character before goes down with it.
_NO_LINE_START = "。，、；：？！）》」』”’%"


def _unit_width(line: dict) -> float:
    """How wide the first unit of ``line`` is that a layout moves to a new line whole: its leading Latin word or number,
    or its first character, with the characters after it that may not begin a line (:data:`_NO_LINE_START`)."""
    chars = [c for c in line["chars"] if not c["text"].isspace()]
    if not chars:
        return 0.0
    head = len(latin_run(chars)) or 1
    head += sum(1 for _ in takewhile(lambda c: c["text"] in _NO_LINE_START, chars[head:]))
    return chars[head - 1]["x1"] - chars[0]["x0"]


def same_face(line: dict, following: dict, chinese: bool = False) -> bool:
    """Whether the ``following`` line starts in the face and size ``line`` ends in: a paragraph's wrapped lines do,
    a heading in 黑体 and the paragraph under it do not. ``chinese``: their Chinese characters' faces, where both have
    some (a figure ending the line is set in the Latin face, “内容41” / “条。”)."""
    ends = [c for c in line["chars"] if chinese and HAN.match(c["text"])] or line["chars"]
    starts = [c for c in following["chars"] if chinese and HAN.match(c["text"])] or following["chars"]
    return bool(ends) and bool(starts) and \
        (ends[-1]["fontname"], round(ends[-1]["size"])) == (starts[0]["fontname"], round(starts[0]["size"]))


def fills_width(line: dict, left: float, right: float) -> bool:
    """Whether ``line`` fills the text's width from ``left`` to ``right`` within a character: the layout wrapped it
    (a title's lines broken by hand, by their meaning, are shorter: 梯形, 菱形)."""
    return line["x1"] - line["x0"] >= right - left - _advance(line)


def _advance(line: dict) -> float:
    """How far apart the characters of ``line`` mostly stand: its size, or more where a grid of characters (文档网格)
    sets each of a title's in two of the grid's cells."""
    steps = sorted(b["x0"] - a["x0"] for a, b in pairwise(line["chars"]))
    return max(line_size(line), steps[len(steps) // 2] if steps else 0)


def line_goes_on(above: dict, line: dict) -> bool:
    """Whether ``line`` is the next line of the one ``above``, in its size: a line's pitch below it, no gap between."""
    return abs(line_size(above) - line_size(line)) < 0.5 and 0 < line["top"] - above["top"] < 2 * line_size(line)


def free_role(line: dict, middle: float, indent: float, size: float) -> str:
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
    if size > TITLE_SIZE and -size < off < size + 3 or indent > size and not start and abs(off) < 3 + grid / 2:
        return "centered"  # a title's line as wide as the text is centred too
    return "body" if start else "right" if indent > 2 * size else "body"
