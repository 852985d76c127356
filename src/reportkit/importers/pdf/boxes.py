"""Where the objects on a PDF's page (characters, words, lines, rules, cells) stand to one another: inside a
box (a character by its middle, as pdfplumber reads a cell's), within a span across the page, how far apart."""
from __future__ import annotations

import math


def gap(a: dict, b: dict) -> float:
    """How far apart the characters ``a`` and ``b`` stand on their line, the nearer ends."""
    return min(abs(a["x1"] - b["x0"]), abs(a["x0"] - b["x1"]))


def within(obj: dict, span: tuple[float, float]) -> bool:
    return obj.get("x0", -1) >= span[0] - 0.5 and obj.get("x1", math.inf) <= span[1] + 0.5


def in_any(obj, boxes: list[tuple]) -> bool:
    return any(in_box(obj, box) for box in boxes)


def holds(outer: tuple, inner: tuple) -> bool:
    """Whether the box ``inner`` lies within ``outer``."""
    return outer[0] - 1 <= inner[0] and inner[2] <= outer[2] + 1 and outer[1] - 1 <= inner[1] \
        and inner[3] <= outer[3] + 1


def in_box(obj, box) -> bool:
    """Whether ``obj`` is within ``box``, a character by its middle: pdfplumber reads it so as a cell's."""
    x0, top, x1, bottom = box
    if obj.get("object_type") == "char":
        return x0 <= (obj["x0"] + obj["x1"]) / 2 <= x1 and top <= (obj["top"] + obj["bottom"]) / 2 <= bottom
    return obj.get("x0", -1) >= x0 - 1 and obj.get("x1", 1e9) <= x1 + 1 and \
        obj.get("top", -1) >= top - 1 and obj.get("bottom", 1e9) <= bottom + 1
