"""The 署名 and 成文日期 lines of a PDF (GB/T 9704 §7.3.5): an organ and its date on one line, or organs
side by side (:func:`signature_parts`), organs in rows over the date (:func:`organ_rows`), at the text's left edge
(:func:`signer_lines`), an organ's name wrapped (:func:`signature_wraps`)."""
from __future__ import annotations

from collections.abc import Callable

from ..labels import clean, date_line, organ_name
from .paragraphs import line_goes_on
from .text import line_size
from .text_tables import column_cells


def signature_parts(line: dict, signing: bool = False) -> list[str]:
    """The parts of a 署名 typed on one ``line`` with gaps between its parts (:func:`.text_tables.column_cells`): an
    organ and its 成文日期 (某县水利局　　　2024年1月20日), or organs side by side (a joint document's); none for any other line.
    Organs must end as organs' names do, unless the line is ``signing`` (over the 成文日期, :func:`organ_rows`): there any
    organ's name (某县残联) is one."""
    parts = [cell["text"] for cell in column_cells(line)]
    if len(parts) < 2:
        return []
    dated = len(parts) == 2 and organ_name(parts[0]) and bool(date_line(parts[1]))
    return parts if dated or all(organ_name(part, ending=not signing) for part in parts) else []


def organ_rows(lines: list[dict], left: float) -> set[int]:
    """The ids of the lines of a joint 署名 typed in rows of organs side by side (某县人社局⇥某县残联): the lines over a 成文日期
    (:func:`_over_dates`), set right (starting more than two characters in from ``left``,
    :func:`.paragraphs.free_role`), each parted by gaps (:func:`.text_tables.column_cells`) into names an
    organ's may be. Organs of the same lengths start where each other do: they are no table of text
    (:func:`.text_tables.text_rows`)."""
    def organs(line: dict) -> bool:
        return line["x0"] - left > 2 * line_size(line) and all(organ_name(c["text"]) for c in column_cells(line))

    return {k for k, line in _over_dates(lines, organs).items() if len(column_cells(line)) > 1}


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
            if not 0 < below["top"] - line["top"] < 3 * line_size(line) or not fits(line):
                break
            out[id(line)] = below = line
    return out


def signer_lines(lines: list[dict]) -> set[int]:
    """The ids of the lines of a 署名 at the text's left edge, each an organ's name ending as one, over a 成文日期
    (:func:`_over_dates`): under a line ending a sentence, whether or not it fills the width, each starts a
    paragraph (a text set flush left puts its 署名 so)."""
    return set(_over_dates(lines, lambda line: organ_name(clean(line["text"]), ending=True)))


def signature_wraps(lines: list[dict]) -> set[int]:
    """The ids of the lines (the second on) of the organs' names of a 署名 set as one that wraps is (GB/T 9704 §7.3.5.2,
    ``Geometry.signature_wraps``): lines right-aligned with each other, one under another, over a 成文日期 whose right
    edge stands two characters further in (右空四字 under lines right 2). Organs whose names fit their lines are set
    centred over the date: each line is an organ of its own."""
    lines = sorted(lines, key=lambda ln: ln["top"])
    out: set[int] = set()
    for k, date in enumerate(lines):
        size = line_size(date)
        if not date_line(clean(date["text"])) or k < 2 or abs(lines[k - 1]["x1"] - 2 * size - date["x1"]) > size / 2:
            continue
        start = k - 1
        while start > 0 and abs(lines[start - 1]["x1"] - lines[start]["x1"]) < 1 \
                and line_goes_on(lines[start - 1], lines[start]):
            start -= 1
        out.update(id(line) for line in lines[start + 1:k])
    return out
