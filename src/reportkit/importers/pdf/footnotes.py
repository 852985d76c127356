"""The footnotes at a PDF page's foot, under their separator, and their marks in the text above
(:func:`footnotes`): none of them the report's text."""
from __future__ import annotations

import re
from itertools import pairwise

from .boxes import gap, in_any
from .text import line_size, plain_text

#: A footnote's number, as its mark in the text and at the start of the note: 1, ①, *.
_NOTE_NUMBER = re.compile(r"[0-9①-⑳*]")
#: A footnote separator is this long (points) at least, and at most this share of the text's width: Word's is 2 inches,
#: LibreOffice's a quarter of the width; a table's or a 版记's rules run across it.
_NOTE_RULE, _NOTE_RULE_SHARE = 36, 0.5


def key(char: dict) -> tuple:
    return char.get("text"), round(char.get("x0", 0), 1), round(char.get("top", 0), 1)


def footnotes(page, tables: list[tuple]) -> tuple[list[str], tuple[float, float], set[tuple]]:
    """The footnotes at the foot of ``page`` (its text outside the ``tables``' boxes): the lines one under another
    just below a short rule that starts at the text's left edge, the first starting with a note's number, below all
    the text but a footer further down (two short lines at most); each note's text, its number left out. A rule right
    under a line's characters underlines them (a link at a line's start), one meeting upright rules is a table's: no
    separator. Also the top of the notes' first line and the bottom of their last, and the marks of the notes in the
    text above, in the tables' cells too (:func:`key`): numbers set smaller than the characters beside them and raised
    above their baseline, which would read as part of the sentence (“……发布。1”) or of a figure (1562 for 156²). None
    on a page without a separator so placed."""
    chars = [c for c in page.chars if c["text"].strip() and not in_any(c, tables)]
    if not chars:
        return [], (0, 0), set()
    left, right = min(c["x0"] for c in chars), max(c["x1"] for c in chars)
    edges = page.lines + page.rects
    upright = [e for e in edges if e["bottom"] - e["top"] >= 2]
    # a rule alone: a table's (its frame at the page's foot, not found as a table) meets its column rules
    rules = [r for r in edges if r["bottom"] - r["top"] < 2 and abs(r["x0"] - left) < 6
             and _NOTE_RULE <= r["x1"] - r["x0"] <= _NOTE_RULE_SHARE * (right - left)
             and not in_any(r, tables) and r["top"] > page.height / 2
             and not any(e["top"] - 2 <= r["top"] <= e["bottom"] + 2 and r["x0"] - 2 <= e["x0"] <= r["x1"] + 2
                         for e in upright)]
    lines = page.filter(lambda obj: not in_any(obj, tables)).extract_text_lines() if rules else []
    for rule in sorted(rules, key=lambda r: r["top"]):
        under = [ln for ln in lines if ln["top"] > rule["bottom"]]
        if not under or under[0]["top"] - rule["bottom"] > 2 * line_size(under[0]) \
                or not _NOTE_NUMBER.match(under[0]["text"].strip()) \
                or any(rule["top"] - 6 < ln["bottom"] <= rule["top"] + 1 and ln["x0"] < rule["x1"] for ln in lines):
            continue
        block = under[:1]  # the notes: lines a line's pitch apart; a footer stands further down
        for above, line in pairwise(under):
            if line["top"] - above["bottom"] > 1.5 * line_size(above):
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
        notes = [plain_text(note.strip()) for note in notes if note.strip()]
        if not notes:
            continue
        marks = {key(c) for c in page.chars if c["top"] < rule["top"] and _NOTE_NUMBER.fullmatch(c["text"])
                 and _raised(c, page.chars)}
        return notes, (block[0]["top"] - 1, block[-1]["bottom"] + 1), marks
    return [], (0, 0), set()


def _raised(char: dict, chars: list[dict]) -> bool:
    """Whether ``char`` is set above the baseline of the larger ``chars`` beside it on its line."""
    beside = [c for c in chars if c["size"] >= char["size"] / 0.8 and c["top"] < char["bottom"]
              and c["bottom"] > char["top"] and gap(c, char) < 3 * char["size"]]
    return bool(beside) and all(char["bottom"] < c["bottom"] - 0.15 * c["size"] for c in beside)
