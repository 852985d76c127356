"""A table whose rows or columns a clerk inserted, deleted or moved within it, told in one error naming them and the
fix (:func:`inserted`) rather than as every label out of place; also numbers standing lower than their labels
(:func:`shifted`) and a row whose numbers and 总计 formulas are all gone (:func:`emptied`).
"""
from __future__ import annotations

import difflib
import functools
import itertools
import math

from openpyxl.utils import get_column_letter

from ..errors import ERROR, Diagnostic
from .cells import formula
from .locate import MAX_LABELS, Place, alike, label_key, meaning, redo, stored, table_in


def shifted(place: Place, sheet, name: str) -> list[Diagnostic]:
    """One error for a table whose numbers stand lower than its labels: rows inserted above a row of numbers with
    no labels beside it (表四's), found by its 总计 formulas further down."""
    labelled = {r for r, c in sheet.grid() if (r, c) not in sheet.cells}
    totals: dict[int, list[int]] = {}
    for (r, c), cell in sheet.cells.items():
        if cell.sums and not cell.kept and r not in labelled:
            totals.setdefault(r, []).append(c)
    for r, columns in totals.items():
        values = [place.cell(r, c).value for q, c in sheet.cells if q == r]
        if any(isinstance(v, (int, float)) or formula(v) for v in values):
            continue  # numbers or formulas in the row: not an inserted one
        row = r + 1 + place.rows  # as the worksheet numbers it
        for k in sorted({cell.row - row for cell in stored(place.ws) if cell.row > row and formula(cell.value)}):
            if all(formula(place.cell(r + k, c).value) for c in columns):
                rows = f"{row}" if k == 1 else f"{row}–{row + k - 1}"
                return [Diagnostic(ERROR, f"{table_in(place, sheet)}的数字应在第 {row} 行，而在第 {row + k} 行：上面插入了 {k} 行。"
                                          f"请删除第 {rows} 行（选中行号后右键 →“删除”）后再导入；表格的行列不能插入、删除或移动",
                                   name, cell=f"{place.ws.title}!A{row + k}")]
    return []


#: The most rows (or columns) inserted or deleted within a table that :func:`inserted` looks for.
_MAX_INSERTED = 5
#: The most changes (rows or columns inserted or deleted in one place each) within a table that :func:`_changes` names.
_MAX_CHANGES = 4
#: The most labels :func:`_changes` looks for within one table (about 0.3 s): a table changed in more places is told at
#: its first label out of place.
_MAX_TRIES = 150_000


def inserted(place: Place, sheet, name: str, *, alone: bool = False) -> list[Diagnostic]:
    """One error for rows (or columns) a clerk inserted within a table, or deleted from it: its labels from one row
    (column) on stand as many lower (further right), or higher (left), those before it where they were. Deleting the
    inserted ones is the fix; deleted ones, with their numbers, are undone or filled in afresh (``alone``:
    :func:`redo`). ``place`` is where most labels are, which is the table's start only where most stand before the
    change: it is looked for a few rows (columns) either side. Also one row (column) moved (:func:`_move`), the first
    rows (columns) of a table at A1 deleted, several changes within a table (:func:`_changes`, an error each), its last
    rows (columns) deleted or cleared (:func:`_cut_off`), and more changes than are told apart (:func:`_several`, else
    :func:`_first_out_of_place` where the labels moved rather than were reworded). None where every label is at
    ``place``, or but a few labels are out of place (:func:`~reportkit.tables.locate.check_labels` names them)."""
    labels = [(at, cell) for at, cell in sheet.grid().items() if at not in sheet.cells]
    if all(alike(place.cell(*at).value, cell.text) for at, cell in labels):
        return []

    def bases(axis: int):  # the table's start, and a few rows (columns) either side
        for shift in sorted(range(-min(_MAX_INSERTED, place.rows if axis == 0 else place.columns), _MAX_INSERTED + 1),
                            key=abs):
            yield Place(place.ws, place.rows + shift * (axis == 0), place.columns + shift * (axis == 1))

    for axis in (0, 1):  # a row (column) moved first: it is a deletion and an insertion too
        for base in bases(axis):
            found = _move(base, labels, axis)
            if found:
                return [_moved(base, sheet, labels, name, axis, *found)]
    for deleted, axis in itertools.product((False, True), (0, 1)):
        for base in bases(axis):
            found = _insertion(base, labels, axis, deleted=deleted)
            if found:
                return [_change(base, sheet, labels, name, (axis, *found), alone=alone)]
    first = _first_cut(place, sheet, labels)
    if first:
        base, edit = first
        return [_change(base, sheet, labels, name, edit, alone=alone)]
    try:
        edits, untold = _changes(place, labels), False
    except _Untold:
        edits, untold = None, True
    if edits:
        return [_change(place, sheet, labels, name, edit, alone=alone, edits=edits) for edit in edits]
    for axis, what in ((0, "行"), (1, "列")):
        found = _cut_off(place, sheet, labels, axis)
        if found:
            start, k = found
            return [Diagnostic(ERROR, f"{table_in(place, sheet)}的最后 {k} {what}（原来的{_span_named(place, axis, start, k)}，"
                                      f"{_gone(labels, axis, start, k)}）被删除或清空了，其中的数字读不到：还能撤销的，"
                                      f"按 Ctrl+Z 撤销、保存后再导入；否则{redo(alone)}；表格的行列不能插入、删除或移动",
                               name, cell=place.name(start if axis == 0 else 0, start if axis == 1 else 0))]
    return _several(place, sheet, labels, name, alone=alone) or (
        [_first_out_of_place(place, sheet, labels, name, alone=alone)] if untold and _moved_about(place, labels) else [])


def _first_out_of_place(place: Place, sheet, labels: list, name: str, *, alone: bool) -> Diagnostic:
    """The error for a table changed in too many places to tell each (:class:`_Untold`): its first label out of
    place, what is there instead, and the undo."""
    at, text = min((at, cell.text) for at, cell in _out_of_place(place, labels))
    found = place.cell(*at).value
    return Diagnostic(ERROR, f"{table_in(place, sheet)}中插入、删除或移动了行、列的地方太多，没有一一查明；第一处与导出时不同的是 "
                             f"{place.name(*at)}：这一格应为“{text}”，而工作簿中是“{'' if found is None else found}”："
                             f"{_undo_all(alone)}", name, cell=place.name(*at))


def _undo_all(alone: bool) -> str:
    """The fix for a table changed in several places: undo, or fill in a fresh workbook (``alone``: :func:`redo`)."""
    return f"还能撤销的，按 Ctrl+Z 撤销这些改动、保存后再导入；否则{redo(alone)}；表格的行列不能插入、删除或移动"


def _several(place: Place, sheet, labels: list, name: str, *, alone: bool) -> list[Diagnostic]:
    """One error for a table changed in more places than :func:`_changes` tells apart: many labels out of place, all
    but a few (those deleted) elsewhere on the sheet, moved, not reworded as a template words them, nor lost in merged
    cells that stayed where they were (rows inserted by a program, not by Excel). It names the rows whose labels and
    the columns whose heads no longer stand where they were exported. None where it is not so."""
    wrong, found = _out_of_place(place, labels), _typed_labels(place.ws)
    if len(wrong) <= MAX_LABELS or sum(label_key(cell.text) not in found for _, cell in wrong) > MAX_LABELS:
        return []
    first = min(r for r, _ in sheet.cells)  # the first row of numbers: rows above it are heads
    rows = _runs(sorted({r + 1 + place.rows for (r, _), _ in wrong if r >= first}), str)
    columns = _runs(sorted({c + 1 + place.columns for (r, c), _ in wrong if r < first}), get_column_letter)
    said = "、".join([f"第 {rows} 行的行名"] * bool(rows) + [f"第 {columns} 列的列名"] * bool(columns))
    return [Diagnostic(ERROR, f"{table_in(place, sheet)}中有多处插入或删除了行、列，{said}与导出时的位置不同：{_undo_all(alone)}",
                       name, cell=place.name(*min(at for at, _ in wrong)))]


def _out_of_place(place: Place, labels: list) -> list:
    """The labels (position, grid cell) not where the table at ``place`` has them."""
    return [(at, cell) for at, cell in labels if not alike(place.cell(*at).value, cell.text)]


def _typed_labels(ws) -> set[str]:
    """The texts typed on ``ws``, as labels are compared (:func:`label_key`)."""
    return {label_key(cell.value) for cell in stored(ws) if isinstance(cell.value, str)}


def _moved_about(place: Place, labels: list) -> bool:
    """Whether the labels out of place at ``place`` are mostly moved (rows and columns inserted, deleted or moved):
    what stands there is blank or another label, else the label is typed elsewhere on the sheet. Mostly a text that is
    none of the table's labels, they are worded as a province's template words them, each to be named."""
    wrong, found = _out_of_place(place, labels), _typed_labels(place.ws)
    ours = {label_key(cell.text) for _, cell in labels} | {""}
    reworded = [at for at, cell in wrong if label_key(cell.text) not in found and isinstance(place.cell(*at).value, str)
                and label_key(place.cell(*at).value) not in ours]
    return 2 * len(reworded) < len(wrong)


def _runs(numbers: list[int], shown) -> str:
    """Sorted row (column) numbers as runs, each ``shown`` so: 9–15、20 (E–J)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return "、".join(shown(a) if a == b else f"{shown(a)}–{shown(b)}" for a, b in runs)


def _first_cut(place: Place, sheet, labels: list) -> tuple[Place, tuple[int, int, int]] | None:
    """The first rows (columns) of a table deleted, the rest as many higher (further left): where the table started
    and the deletion (axis, 0, minus how many), or None. At A1 the rest stand higher than ``place``; below a title
    typed above the table (or right of one left of it) they stand at ``place``, the title where the deleted labels
    were, no label of those rows left there (a head reworded in a template is no row deleted). Nor is it a title with
    a text before it (the title), or worded much like a label deleted: it is that head reworded, which
    :func:`~reportkit.tables.locate.check_labels` names."""
    box = place.box(sheet)
    for axis, k in itertools.product((0, 1), range(1, _MAX_INSERTED + 1)):
        gone = [(at, cell) for at, cell in labels if at[axis] + _span(cell, axis) <= k]
        if not gone or not any(at[axis] >= k for at, _ in labels):
            continue
        for s in range(k + 1):
            base = Place(place.ws, place.rows + s * (axis == 0), place.columns + s * (axis == 1))
            if _misplaced(base, labels, [(axis, 0, -k)])[0]:
                continue
            if not s:
                return base, (axis, 0, -k)
            top, bottom, left, right = box  # the title: a text in the rows (columns) above the table's start, across it
            title, before = ((top, top + s - 1, left, right), (top - 1, top - 1, left, right)) if axis == 0 else \
                ((top, bottom, left, left + s - 1), (top, bottom, left - 1, left - 1))
            titles = _texts(place.ws, *title)
            if titles and not _texts(place.ws, *before) \
                    and not any(alike(place.cell(*at).value, cell.text) for at, cell in labels if at[axis] < k) \
                    and not any(_resembles(text, cell.text) for text in titles for _, cell in gone) \
                    and not _still_merged(place, gone):
                return base, (axis, 0, -k)
    return None


def _still_merged(place: Place, labels: list) -> bool:
    """Whether a label of ``labels`` that covers several cells still has its merged cell where the table at ``place``
    has it: its row (column) is the table's own, the label reworded, not a title typed over one deleted (deleting a
    row takes its merged cells along)."""
    ranges = {str(merged) for merged in place.ws.merged_cells.ranges}
    return any(f"{place.cell(*at).coordinate}:{place.cell(at[0] + cell.rowspan - 1, at[1] + cell.colspan - 1).coordinate}"
               in ranges for at, cell in labels if cell.rowspan * cell.colspan > 1)


def _texts(ws, top: int, bottom: int, left: int, right: int) -> list[str]:
    """The texts typed in ``ws``'s rows ``top`` to ``bottom`` and columns ``left`` to ``right`` (from 1; none before the
    first)."""
    return [v for line in ws.iter_rows(min_row=top, max_row=bottom, min_col=left, max_col=right, values_only=True)
            for v in line if isinstance(v, str) and v.strip()] if min(top, left) >= 1 else []


def _resembles(text: str, label: str) -> bool:
    """Whether ``text`` is worded much like ``label`` (“第二十条（一）项” like “第二十条第（一）项”), as a title is not."""
    return difflib.SequenceMatcher(None, meaning(label_key(text)), meaning(label_key(label))).ratio() >= 0.5


def _change(base: Place, sheet, labels: list, name: str, edit: tuple[int, int, int], *, alone: bool,
            edits: tuple = ()) -> Diagnostic:
    """The error naming ``edit`` (axis, 0-based start, how many rows or columns inserted; deleted, as a negative
    number) within the table that starts at ``base``, among ``edits`` (the others shift the inserted ones' rows)."""
    axis, start, k = edit
    what, heads = ("行", "行号") if axis == 0 else ("列", "列标")
    now = start + sum(j for other, s, j in edits if other == axis and s < start)  # where it is in the worksheet
    if k > 0:
        named = _span_named(base, axis, now, k)
        said = (f"中插入了 {k} {what}（{named}），其后的{what}名都{'下移' if axis == 0 else '右移'}了 {k} {what}："
                f"请删除{named}（选中{heads}后右键 →“删除”）后再导入")
    else:
        said = (f"中删除了 {-k} {what}（原来的{_span_named(base, axis, start, -k)}，{_gone(labels, axis, start, -k)}），"
                f"其后的{what}名都{'上移' if axis == 0 else '左移'}了 {-k} {what}：还能撤销的，按 Ctrl+Z 撤销删除、保存后再导入；"
                f"否则{redo(alone)}")
    return Diagnostic(ERROR, f"{table_in(base, sheet)}{said}；表格的行列不能插入、删除或移动",
                      name, cell=base.name(now if axis == 0 else 0, now if axis == 1 else 0))


def _move(base: Place, labels: list, axis: int) -> tuple[int, int] | None:
    """One row (``axis`` 0) or column (1) moved within the table that starts at ``base`` (cut and inserted elsewhere):
    where it stood and where it stands (0-based), if its labels stand there and every other label where the move puts
    it, those between moved back (on) by one; else None. Where it stood and where it went are the first and last
    rows (columns) out of place."""
    wrong = [at[axis] for at, cell in labels if not _stands(base, at, cell.text)]
    if len(set(wrong)) < 2:
        return None
    for was, now in ((min(wrong), max(wrong)), (max(wrong), min(wrong))):
        edits = ((axis, was, -1), (axis, now + 1, 1)) if was < now else ((axis, now, 1), (axis, was, -1))
        line = [(at, cell) for at, cell in labels if at[axis] == was and _span(cell, axis) == 1]
        if line and all(_stands(base, (now, at[1]) if axis == 0 else (at[0], now), cell.text) for at, cell in line) \
                and not _misplaced(base, labels, edits)[0]:
            return was, now
    return None


def _moved(base: Place, sheet, labels: list, name: str, axis: int, was: int, now: int) -> Diagnostic:
    """The error naming the row (``axis`` 0) or column (1) moved from ``was`` to ``now`` (:func:`_move`) within the
    table that starts at ``base``, with how to move it back: cut, and inserted before the row (column) that now
    follows the place it left, as the worksheet numbers them."""
    what, heads = ("行", "行号") if axis == 0 else ("列", "列标")
    shifted = ("上移" if axis == 0 else "左移") if was < now else ("下移" if axis == 0 else "右移")
    here, back = _span_named(base, axis, now, 1), _span_named(base, axis, was + (was > now), 1)
    return Diagnostic(ERROR, f"{table_in(base, sheet)}中移动了 1 {what}：原来的{_span_named(base, axis, was, 1)}"
                             f"（{_gone(labels, axis, was, 1)}）移到了{here}，其间的{what}名都{shifted}了 1 {what}："
                             f"请选中{here}（点{heads}），剪切（Ctrl+X），再右键{back}的{heads} →“插入剪切的单元格”，"
                             f"把它移回原处后再导入；表格的行列不能插入、删除或移动",
                      name, cell=base.name(now if axis == 0 else 0, now if axis == 1 else 0))


def _moved_to(at: tuple[int, int], edits) -> tuple[int, int] | None:
    """Where a label at the 0-based grid position ``at`` stands after ``edits`` ((axis, start, k) each, in the
    table's own positions); None if it stood in rows (columns) deleted."""
    out = list(at)
    for axis, start, k in edits:
        if k < 0 and start <= at[axis] < start - k:
            return None
        out[axis] += k * (at[axis] >= start)
    return tuple(out)


def _misplaced(base: Place, labels: list, edits, stands=None) -> tuple[list[int], list[int]]:
    """The positions along each axis of the labels not where ``edits`` put them: (rows, columns). ``stands`` (grid
    position, label text) says whether the label is there, :func:`alike` on the worksheet unless given."""
    stands = stands or functools.partial(_stands, base)
    out: tuple[list, list] = ([], [])
    for at, cell in labels:
        to = _moved_to(at, edits)
        if to is not None and not stands(to, cell.text):
            out[0].append(at[0])
            out[1].append(at[1])
    return out


def _stands(base: Place, at: tuple[int, int], text: str) -> bool:
    """Whether the label ``text`` is at the 0-based grid position ``at`` of the table that starts at ``base``."""
    return min(at[0] + base.rows, at[1] + base.columns) >= 0 and alike(base.cell(*at).value, text)


class _Untold(Exception):
    """A table changed in more places than :func:`_changes` tells apart: no changes it looks through put every label
    in place, or it looked for a label :data:`_MAX_TRIES` times."""


def _changes(base: Place, labels: list) -> tuple | None:
    """Two to :data:`_MAX_CHANGES` changes within the table that starts at ``base`` (a row inserted and a column
    deleted, rows inserted in three places) that put every label where it stands: the fewest changes, then the fewest
    rows and columns moved; None where but a few labels are out of place (:data:`MAX_LABELS`). The first is one that
    puts more labels in place alone; each next one starts right after the last label still in place and puts the first
    one out of place (and more in all) in place. Raises :class:`_Untold` where none do, or once it has looked for a
    label :data:`_MAX_TRIES` times (a table changed in many places), the fewest changes first."""
    wrong = len(_misplaced(base, labels, ())[0])
    if wrong <= MAX_LABELS:  # a few labels typed over, or a template's heads left blank: looked for no further
        return None
    ends = [max(at[axis] for at, _ in labels) for axis in (0, 1)]
    amounts = [k for k in range(-_MAX_INSERTED, _MAX_INSERTED + 1) if k]
    looked = functools.cache(functools.partial(_stands, base))
    tries = itertools.count()

    def stands(at: tuple[int, int], text: str) -> bool:  # each label looked for counts, as the work done
        if next(tries) >= _MAX_TRIES:
            raise _Untold
        return looked(at, text)

    @functools.cache
    def fit(axis: int, start: int, k: int) -> bool:  # a deletion takes a label wholly and leaves one after it, as
        if k > 0:  # :func:`_insertion` has it, and none that still stands where it stood
            return True
        gone = [(at, cell) for at, cell in labels if start <= at[axis] and at[axis] + _span(cell, axis) <= start - k]
        return bool(gone) and start - k <= ends[axis] and not any(stands(at, cell.text) for at, cell in gone)

    def fits(edits) -> bool:  # and none inserted where others were deleted: that is the labels there typed over
        return all(fit(*edit) for edit in edits) and not any(
            a == b and k > 0 > j and t <= s <= t - j for (a, s, k), (b, t, j) in itertools.permutations(edits, 2))

    @functools.cache
    def wrong_after(edits: tuple) -> tuple[list[int], list[int]]:
        return _misplaced(base, labels, edits, stands)

    def whole(edits: tuple, order: list) -> bool:  # not wrong_after(edits)[0], looking for the labels in ``order``
        return all(_moved_to(at, edits) is None or stands(_moved_to(at, edits), cell.text) for at, cell in order)

    def further(edits: tuple):  # the next ones after ``edits`` (sorted), each putting the first label out of place along
        left = wrong_after(edits)  # its axis in place, and more labels in all; the last one, all of them
        wrong_at = set(zip(*left))
        # the last one: those out of place before it looked for first, where most sets of changes fail
        last = len(edits) + 1 == _MAX_CHANGES and [(at, cell) for at, cell in labels if at in wrong_at] + labels
        for axis in range(2 if left[0] else 0):
            low = min(left[axis])
            placed = max((at[axis] for at, _ in labels if at[axis] < low), default=0)
            first = [(at, cell) for at, cell in labels if at[axis] == low]
            for start, k in itertools.product(range(placed + 1, low + 1), amounts):
                then = tuple(sorted([*edits, (axis, start, k)]))
                if all((axis, start) != edit[:2] for edit in edits) and fits(then) \
                        and not _misplaced(base, first, then, stands)[0] and (not last or whole(then, last)):
                    after = wrong_after(then)  # as the first and last checks, but for all the labels
                    if len(after[0]) < len(left[0]) and min(after[axis], default=math.inf) > low:
                        yield then

    level = [((axis, start, k),) for axis, start, k in itertools.product((0, 1), range(1, max(ends) + 1), amounts)
             if start <= ends[axis] and fits([(axis, start, k)]) and len(wrong_after(((axis, start, k),))[0]) < wrong]
    while level:  # the fewest changes first
        found = [edits for edits in level if len(edits) > 1 and not wrong_after(edits)[0]]
        if found:
            return min(found, key=lambda edits: sum(abs(k) for *_, k in edits))
        level = list(dict.fromkeys(then for edits in level if wrong_after(edits)[0] and len(edits) < _MAX_CHANGES
                                   for then in further(edits)))
    raise _Untold


def _span_named(base: Place, axis: int, start: int, k: int) -> str:
    """The ``k`` rows (``axis`` 0) or columns (1) from the table's 0-based ``start`` on as the worksheet numbers them:
    第 8 行, 第 9–10 行, 第 E 列."""
    if axis == 0:
        first, last = start + 1 + base.rows, start + k + base.rows
    else:
        first, last = get_column_letter(start + 1 + base.columns), get_column_letter(start + k + base.columns)
    return f"第 {first}{'' if k == 1 else f'–{last}'} {'行' if axis == 0 else '列'}"


def _gone(labels: list, axis: int, start: int, k: int) -> str:
    """The labels that stood wholly in the ``k`` rows (columns) from ``start`` on, as a message quotes them: “（一）予以
    公开”, or the first few of many."""
    gone = [f"“{cell.text}”" for at, cell in labels if start <= at[axis] and at[axis] + _span(cell, axis) <= start + k]
    return "".join(gone) if len(gone) <= MAX_LABELS + 1 else f"{''.join(gone[:MAX_LABELS])}等 {len(gone)} 个名称"


def _cut_off(place: Place, sheet, labels: list, axis: int) -> tuple[int, int] | None:
    """The table's last rows (``axis`` 0) or columns (1) deleted, or cleared, with numbers a clerk fills in: (where,
    how many), if every label before them is at ``place`` and nothing is left in them; else None."""
    grid = sheet.grid()
    end = max(at[axis] + _span(cell, axis) for at, cell in grid.items())
    for k in range(1, min(_MAX_INSERTED, end - 1) + 1):
        start = end - k
        gone = [at for at in grid if at[axis] >= start]
        if (all(alike(place.cell(*at).value, cell.text) for at, cell in labels if at[axis] + _span(cell, axis) <= start)
                and any(at not in sheet.cells for at in gone)
                and any(at in sheet.cells and not sheet.cells[at].sums for at in gone)
                and all(place.cell(*at).value in (None, "") for at in gone)):
            return start, k
    return None


def _span(cell, axis: int) -> int:
    """How many rows (``axis`` 0) or columns (1) a table's label covers."""
    return cell.rowspan if axis == 0 else cell.colspan


def _insertion(base: Place, labels: list, axis: int, *, deleted: bool = False) -> tuple[int, int] | None:
    """Where (0-based along ``axis``) and how many rows (0) or columns (1) were inserted within the table that starts
    at ``base`` (``deleted``: deleted from it, as a negative number), if its ``labels`` (position, grid cell) are all
    there but for that; else None. A deletion takes a label that stood wholly in the rows (columns) deleted, and
    leaves some before and after them (else it is the table moved)."""
    wrong = [at[axis] for at, cell in labels if not alike(base.cell(*at).value, cell.text)]
    if not wrong:
        return None
    start = min(wrong)
    if deleted and not start:
        return None

    def moved(at: tuple[int, int], k: int) -> tuple[int, int]:
        return tuple(p + k * (i == axis and p >= start) for i, p in enumerate(at))

    for k in range(1, _MAX_INSERTED + 1):
        if deleted:
            kept = [(at, cell) for at, cell in labels if not start <= at[axis] < start + k]
            fits = (any(at[axis] >= start + k for at, _ in kept)
                    and any(start <= at[axis] and at[axis] + _span(cell, axis) <= start + k for at, cell in labels)
                    and all(alike(base.cell(*moved(at, -k)).value, cell.text) for at, cell in kept))
        else:
            fits = all(alike(base.cell(*moved(at, k)).value, cell.text) for at, cell in labels)
        if fits:
            return start, -k if deleted else k
    return None


def emptied(place: Place, sheet, name: str, *, alone: bool = False) -> list[Diagnostic]:
    """One error for each row whose numbers and 总计 formulas are all gone: a row deleted (表四's only row of
    numbers) or cleared, which would otherwise be a “不能留空” for every cell (``alone``: :func:`redo`)."""
    rows: dict[int, list] = {}
    for (r, c), cell in sheet.cells.items():
        rows.setdefault(r, []).append((c, cell))
    out = []
    for r, cells in sorted(rows.items()):
        if any(cell.sums for _, cell in cells) and all(place.cell(r, c).value in (None, "") for c, _ in cells):
            first = min(c for c, _ in cells)
            out.append(Diagnostic(ERROR, f"{table_in(place, sheet)}第 {r + 1 + place.rows} 行的数字和总计公式都没有了：这一行被删除或清空了。"
                                         f"{redo(alone)}；表格的行列不能插入、删除或移动",
                                  name, cell=place.name(r, first)))
    return out
