"""A page's ruled tables, as pdfplumber finds them from their rules (:func:`ruled_tables`): rows a page break
left open closed, a table the page cut off on the right closed there (:class:`Clipped`), a table that is several cut
where its rows' column rules change (:func:`table_parts`, :class:`Begun`), and the text a cell prints past its rules
put back in it (:func:`hold_overflow`, :func:`hold_spills`), a table nested in a cell read cell by cell
(:func:`hold_nested`)."""
from __future__ import annotations

from itertools import pairwise

from pdfplumber.table import Table

from .boxes import holds, in_any, in_box

#: How far apart (points) rules may be and still be snapped into one by pdfplumber: a browser fills a border between two
#: outlines 0.75 pt apart. pdfplumber snaps rules one to the next across the page: at 3 pt, 表三's column rule 3 pt right
#: of 表四's moved that one over a figure, which read in the cell beside it (“0 0”); at 2, the double rules of a table in
#: a bordered cell of a web page's layout table, or of cells bordered apart, moved to their middle, away from the ends
#: of the rows' rules, and rows read as one cell. Rules :data:`NEAR` apart are one in :func:`.grids.table_grid`.
_SNAP = 1
#: Rules of a table this near (points) are one drawn twice: a web page's table inside a bordered cell of its layout
#: table (a site's CMS page), or cells bordered apart (border-spacing), draw two a few points apart, with a blank
#: sliver of a cell between them.
NEAR = 5


def ruled_tables(page) -> list:
    """The page's ruled tables, their rows left open by a page break closed (:func:`_open_row_rules`), those the page
    cut off on the right (:func:`_clip_edges`) closed there and :class:`Clipped`. A white background (a browser's
    page) is no rule."""
    ruled = page.filter(lambda obj: not _background(obj))
    edges = _clip_edges(ruled)
    rules = [{"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0, "height": bottom - top}
             for x, top, bottom in edges]
    found = ruled.find_tables({"explicit_horizontal_lines": _open_row_rules(ruled), "explicit_vertical_lines": rules,
                               "snap_x_tolerance": _SNAP, "snap_y_tolerance": _SNAP})
    return [next((Clipped(t, x) for x, top, bottom in edges if abs(t.bbox[2] - x) < 1 and t.bbox[1] < bottom
                  and t.bbox[3] > top), t) for t in found]


def _background(obj: dict) -> bool:
    """Whether ``obj`` is a light area without an outline (a browser's white page, a scroll bar under a wide table, a
    cell's shading): no rule."""
    color = tuple(obj.get("non_stroking_color") or ())
    light = all(isinstance(v, (int, float)) for v in color) and (
        len(color) in (1, 3) and min(color) >= 0.9 or len(color) == 4 and max(color) <= 0.1)
    return obj["object_type"] == "rect" and bool(obj.get("fill")) and not obj.get("stroke") and light \
        and obj["width"] > 2 and obj["height"] > 2


class Begun(Table):
    """A ruled table that begins in the outline of the one above it, where the rows' column rules change
    (:func:`table_parts`): a table of its own, joining none."""


def table_parts(table) -> list:
    """``table`` cut where its rows' column rules change: a clerk makes tables 二, 三 and 四 one table (4 columns, then
    10, then 15), which read in the columns of all three would put cells into others' columns. A new table begins at
    rows across the table (a part's heading, 三、收到和处理政府信息公开申请情况) followed by a row sharing no inner
    vertical rule with any row above them in the part; a table's own rows may do without one (a head 件数 over two
    columns, then 收到申请 merged across the first two). Each part after the first is a :class:`Begun`."""
    if isinstance(table, Clipped):
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
        if above and across and not any(abs(a - b) <= NEAR for a in above for b in inner):
            parts.append([])
            above = set()
        parts[-1] += across + cells
        across, above = [], above | inner
    parts[-1] += across
    if len(parts) == 1:
        return [table]
    return [Table(table.page, parts[0])] + [Begun(table.page, cells) for cells in parts[1:]]


class Clipped(Table):
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


def hold_overflow(table) -> None:
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


def hold_spills(table) -> None:
    """Move each character that starts in a cell of ``table`` and runs past its right rule, its middle beyond it, back
    into that cell (pdfplumber reads a character where its middle is). A narrow cell that inherits the body's first-line
    indent (32 pt in a 12 mm column, a clerk's table in Word's 正文 style) sets the first character of its text at its
    right rule: it read in the cell beside it (“自” of 自然人 with 商业企业, “3” of 38 in the next column) or outside the
    table (“总” of 总计). A cell cut off by the page (:class:`Clipped`) keeps what runs past the page."""
    x0, top, x1, bottom = table.bbox
    chars = [c for c in table.page.chars if x0 <= c["x0"] < x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
             and c["text"].strip()]
    for cell in table.cells:
        if isinstance(table, Clipped) and abs(cell[2] - table.edge) < 1:
            continue
        for char in chars:
            if cell[0] <= char["x0"] < cell[2] - _SPILL < cell[2] < (char["x0"] + char["x1"]) / 2 \
                    and cell[1] <= (char["top"] + char["bottom"]) / 2 <= cell[3]:
                char["x1"] = cell[2]
                char["width"] = char["x1"] - char["x0"]


#: A character starting this far (points) left of a cell's right rule, or further, starts in that cell (its margin may
#: be 1 pt, 20 twips): one starting nearer is the next cell's, a margin of none, the rule snapped (:data:`_SNAP`).
_SPILL = 0.5


def hold_nested(table) -> None:
    """Read the tables nested in cells of ``table`` (pdfplumber finds the rules of both as one table: the holding cell
    over the nested one's cells, its text all of theirs run together, “牵头办公室配合法规科”) cell by cell. A holding
    cell is left as the strips of it around the nested table that show its own text (“分工如下：” over it), each a cell;
    where a strip shows none, the nested table's cells reach out over it to the holding cell's edge (its padding is no
    column, an empty line over it no row). Each nested table's box is kept in ``table.nested``, for the import to say
    where its cells went. A table nested at the top of a cell and as wide as its text may leave no holding cell, only
    a blank sliver of its padding beside its rows (:func:`_padding`): its cells reach over it."""
    table.nested = []
    for sliver, beside in _padding(table):
        table.cells = [(sliver[0],) + c[1:] if c in beside else c for c in table.cells if c != sliver]
    while holding := [(outer, inner) for outer in table.cells
                      if len(inner := [c for c in table.cells if c != outer and holds(outer, c)]) >= 2]:
        outer, inner = min(holding, key=lambda pair: (pair[0][2] - pair[0][0]) * (pair[0][3] - pair[0][1]))
        x0, top, x1, bottom = outer
        i0, itop, i1, ibottom = (min(c[k] for c in inner) if k < 2 else max(c[k] for c in inner) for k in range(4))
        own = [c for c in table.page.chars if c["text"].strip() and in_box(c, outer) and not in_any(c, inner)]
        strips = [(x0, top, x1, itop), (x0, ibottom, x1, bottom), (x0, itop, i0, ibottom), (i1, itop, x1, ibottom)]
        shown = [strip for strip in strips if any(in_box(c, strip) for c in own)]
        reach = [strip not in shown for strip in strips]  # above, below, left, right
        moved = {c: (x0 if reach[2] and abs(c[0] - i0) < 1 else c[0], top if reach[0] and abs(c[1] - itop) < 1 else c[1],
                     x1 if reach[3] and abs(c[2] - i1) < 1 else c[2],
                     bottom if reach[1] and abs(c[3] - ibottom) < 1 else c[3]) for c in inner}
        table.cells = [cell for c in table.cells for cell in ([] if c == outer else [moved.get(c, c)])] + shown
        table.nested.append(tuple(min(b[k] for b in moved.values()) if k < 2 else max(b[k] for b in moved.values())
                                  for k in range(4)))


#: How far in from a cell's edges (points) a table nested in it may start: the cell's padding (LibreOffice's 0.19 cm,
#: 5.7 pt with the rule), no column of the table's own.
_PADDING = 8


def _padding(table) -> list[tuple[tuple, list[tuple]]]:
    """The blank slivers of ``table``'s cells no wider than :data:`_PADDING` left of two cells or more that fill its
    height (a nested table's rows beside its cell's padding), each with those cells."""
    out = []
    for sliver in table.cells:
        x0, top, x1, bottom = sliver
        beside = [c for c in table.cells if abs(c[0] - x1) < 1 and top - 1 <= c[1] and c[3] <= bottom + 1]
        if x1 - x0 <= _PADDING and len(beside) >= 2 and abs(sum(c[3] - c[1] for c in beside) - (bottom - top)) < 1 \
                and not any(c["text"].strip() and in_box(c, sliver) for c in table.page.chars):
            out.append((sliver, beside))
    return out
