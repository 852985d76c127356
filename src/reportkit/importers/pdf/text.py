"""The text of a PDF's lines as the PDF reader takes it: without the spaces a reader infers between Chinese
and Latin characters or a justified line spreads (:func:`plain_text`), with those typed (:func:`line_text`); what joins
a line to the next one of its paragraph, a space or nothing (:func:`line_joint`); a line's size, its characters' runs,
and what a table's figure reads as (:data:`NUMBER`, :data:`FIGURE`)."""
from __future__ import annotations

import re
from itertools import pairwise, takewhile

from ..labels import after_number, clean, numbering
from ...layout import SPACE_AT_BOUNDARY, SPACE_AT_MARK

ASCII_WORD = re.compile(r"[A-Za-z]")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
#: Latin characters further apart than this share of their size have a space between them (WeasyPrint draws none).
WORD_GAP = 0.2
#: A table's figure as a cell holds it, alone or with its measure word (12件, 3项): a row's figures, no label.
FIGURE = re.compile(r"[\d.,]+(?:件|项|个|条|次|人次)?")
#: A figure in a table's cell (not 1., a label's number): with its unit or note, 4（均为查封）, 3件; or a dash, none.
NUMBER = re.compile(r"[+\-−－]?\d+([.,]\d+)*(万?元|件|项|个|条|次|人次)?([（(][^）)]*[）)])?|[—－/／…-]{1,2}")
HAN = re.compile(r"[\u2e80-\u2fdf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def latin_run(chars: list[dict]) -> list[dict]:
    """The run of printable ASCII characters (a word, a file name, a web address) that ``chars``, in reading order or
    its reverse, start with: up to a space character or a gap (:data:`WORD_GAP`)."""
    run = list(takewhile(lambda c: "!" <= c["text"] <= "~", chars))
    apart = next((k for k, (a, b) in enumerate(pairwise(run), 1)
                  if max(a["x0"], b["x0"]) - min(a["x1"], b["x1"]) > WORD_GAP * a["size"]), len(run))
    return run[:apart]


def space_after(line: dict, spaces: list[dict]) -> bool:
    """Whether one of the page's ``spaces`` (characters) is drawn right after ``line``'s last Latin letter, digit or
    Chinese character: Typst keeps the space a line broke at, which pdfplumber leaves out of the line."""
    last = line["chars"][-1] if line["chars"] else None
    return last is not None and bool(_ASCII_ALNUM.fullmatch(last["text"]) or HAN.fullmatch(last["text"])) and \
        any(abs(c["top"] - last["top"]) < 1 and abs(c["x0"] - last["x1"]) < last["size"] / 2 for c in spaces)


def keeps_wrap_spaces(pages: list[tuple]) -> bool:
    """Whether the PDF draws the space a line of Latin words broke at (Typst does; WeasyPrint, Word and LibreOffice
    leave it out): then a Latin line end without one is a word broken inside."""
    return any(a["space_after"] and _ASCII_ALNUM.match(a["text"][-1:]) and _ASCII_ALNUM.match(b["text"][:1])
               for lines, *_ in pages for a, b in pairwise(lines))


def line_joint(line: dict, following: dict, left: float, right: float, keeps: bool) -> str:
    """What joins ``line`` to the ``following`` line of its paragraph: a space where the line broke at one between
    Latin letters or digits, nothing between others or where the engine broke a word too long for a line (a file
    name, a web address) inside it: only a line reaching the ``right`` edge can be. A drawn space
    (:func:`space_after`) tells; in a PDF that draws none, the word was broken where it (the line's last run and the
    next one's first) is wider than the text and no Latin word stands before it on the line (the engine moved it to
    a new line), unless the line runs past the edge (a narrow cell's word the engine could not break). Digits on both
    sides where the line had no room left for the next digit (:func:`_room`) are one number broken inside (“138” /
    “00001111”), as Word and WPS break one when let break Latin words anywhere; where it had, the engine broke at a
    space, and justifying the line spread its characters by that room."""
    if not (_ASCII_ALNUM.match(line["text"][-1:]) and _ASCII_ALNUM.match(following["text"][:1])):
        # a space typed between Chinese and a Latin word, which the line broke at: only a drawn one tells
        worded = HAN.match(line["text"][-1:]) and _worded(_LATIN_HEAD.match(following["text"]).group()) or \
            HAN.match(following["text"][:1]) and _worded(_LATIN_TAIL.search(line["text"]).group())
        return " " if worded and line["space_after"] else ""
    if line["space_after"] or line["x1"] < right - line_size(line):
        return " "
    if keeps:
        return ""
    if line["x1"] > right + 1:  # it runs past the edge: no break inside it was allowed, it ended at a word's end
        return " "
    if line["text"][-1].isdigit() and following["text"][0].isdigit() and following["chars"] \
            and _room(line, right) < following["chars"][0]["x1"] - following["chars"][0]["x0"]:
        return ""  # a number broken where the next digit had no room (Word's 允许西文在单词中间换行 does so)
    tail = latin_run(line["chars"][::-1])
    head = latin_run(following["chars"])
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
    (:data:`WORD_GAP`); a space's, and one between Chinese and Latin, beyond :data:`_SPACE`."""
    chars = [c for c in line["chars"] if not c["text"].isspace()]
    spread = 0.0
    for a, b in pairwise(chars):
        gap, latin = b["x0"] - a["x1"], ["!" <= c["text"] <= "~" for c in (a, b)]
        natural = 0 if not any(latin) or all(latin) and gap < WORD_GAP * a["size"] else _SPACE * a["size"]
        spread += max(gap - natural, 0)
    return right - line["x1"] + spread


def line_size(line: dict) -> float:
    return line["chars"][0]["size"] if line["chars"] else 10


def char_runs(chars: list[dict], parted) -> list[list[dict]]:
    """``chars`` (a line's, left to right) in runs, a new one after each pair ``parted(a, b)`` says is apart."""
    runs = [chars[:1]]
    for a, b in pairwise(chars):
        if parted(a, b):
            runs.append([])
        runs[-1].append(b)
    return runs


def plain_text(extracted: str) -> str:
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
    return bool(ASCII_WORD.search(run))


def line_text(line: dict, spaces: list[dict]) -> str:
    """``line``'s text as :func:`plain_text` reads it, but for the spaces typed between Chinese and a Latin word
    (:func:`_worded`), which the DOCX keeps too: a gap wider than autospace's (:data:`_TYPED_SPACE`) with one of the
    page's ``spaces`` (characters) drawn in it. Justifying a line stretches autospace's gaps too (a line of numbers
    spaced apart, LibreOffice's lines), where none is drawn; a PDF that draws no spaces tells no typed one."""
    text, chars = line["text"], line["chars"]
    spread = sorted(b["x0"] - a["x1"] for a, b in pairwise(chars) if HAN.match(a["text"]) and HAN.match(b["text"])
                    and abs(a["top"] - b["top"]) < 1)
    spread = spread[len(spread) // 2] if spread else 0
    pieces, start, k = [], 0, 0
    for i, character in enumerate(text):
        if character == " ":
            continue
        if k >= len(chars) or chars[k]["text"] != character:
            return plain_text(text)  # the text does not follow the characters one by one: read it as it is
        if i and text[i - 1] == " " and k:
            a, b = chars[k - 1], chars[k]
            boundary = HAN.match(a["text"]) and _worded(_LATIN_HEAD.match(text, i).group()) or \
                HAN.match(b["text"]) and _worded(_LATIN_TAIL.search(text, 0, i - 1).group())
            drawn = any(abs(c["top"] - a["top"]) < 1 and a["x1"] - 1 <= c["x0"] and c["x1"] <= b["x0"] + 1 for c in spaces)
            if boundary and drawn and b["x0"] - a["x1"] - spread > _TYPED_SPACE * a["size"]:
                pieces.append(text[start:i])
                start = i
        k += 1
    text = " ".join(plain_text(piece) for piece in pieces + [text[start:]])
    rest = after_number(text)
    number = text.rstrip()[:-len(rest)] if rest else ""  # as printed: （一）, not numbering's (一)
    n = len(re.sub(r"\s", "", number))  # its characters
    if numbering(text).rstrip()[-1:] in _LIST_MARKS and HAN.match(rest) and 0 < n < len(chars) \
            and chars[n]["x0"] - chars[n - 1]["x1"] > chars[n]["size"]:  # a tab after Word's list number, no typed space
        return number.rstrip() + rest
    return text


#: The marks a list's number ends in, a tab stop before its text: 一、 （一） 1.
_LIST_MARKS = ("、", ".", "．", ")", "）")
