"""A table a page break cut made one again, as its part after the break is added
(:func:`add_table`): a row, a label, a head row or a figure cut in two joined, merged cells' text carried over to
their rows after the break."""
from __future__ import annotations

import re
from itertools import takewhile

from ..labels import heading_level
from ..source import Grid, Published, align_labels
from .text import FIGURE, NUMBER


def add_table(published: Published, grid: Grid, ended: set[int] = frozenset(), apart: bool = False) -> None:
    """Add ``grid``; where it continues the table before it, a row the page break cut in two (its figures stayed on the
    page and its labels went over to the next one, or some of a head row's names did: the two halves fill different
    cells; or a numbered label wrapped over the break, :func:`_label_goes_on`) is made one again, and so is a figure the
    break cut (:func:`_join_cut_figures`), and a row whose labels the next page prints again over the rest of a tall
    cell (:func:`_blank_labels_again`), and a row cut to a sliver of merged labels (:func:`_sliver`) takes the rest
    of it; so does a head row the break cut (:func:`_head_goes_on`). Merged cells the break cut give their text to their
    rows after it (:func:`_carry_cut_merges`; ``ended``: the columns whose text ends in the last row above,
    :func:`.grids.ended_columns`, on that table's columns: re-indexed where :func:`.source.align_labels` puts some
    in). A table ``apart`` (a :class:`.ruled.Begun`, or a table of its own: :func:`.annual_tables.stands_apart`)
    continues none."""
    previous = published.items[-1] if published.items and not apart else None
    if isinstance(previous, Grid) and grid.rows:
        _carry_cut_merges(previous, grid, ended)
        ended = align_labels(previous, grid, ended)
        _blank_labels_again(previous, grid, ended)
        _join_cut_figures(previous, grid, ended)
    joint = len(previous.rows) if isinstance(previous, Grid) else 0
    published.add(grid, ended=ended, apart=apart)
    if joint and published.items[-1] is previous and joint < len(previous.rows):
        above, row = previous.rows[joint - 1], previous.rows[joint]
        sliver = _sliver(previous.rows[joint - 2:joint - 1], above)
        joined = (_joined(previous, joint - 1), _joined(previous, joint)) if previous.spans else None
        if not any(a and b for a, b in zip(above, row)) and (not any(map(FIGURE.fullmatch, row)) or sliver) \
                or _label_goes_on(above, row) or _head_goes_on(above, row, joined):
            previous.rows[joint - 1:joint + 1] = [[a + b for a, b in zip(above, row)]]
            del previous.places[joint - 1 if sliver else joint]  # a sliver's row is where its figures are


def _carry_cut_merges(previous: Grid, grid: Grid, ended: set[int] = frozenset()) -> None:
    """Give the rows of ``grid``, a table's part after a page break, the text of the merged cells the break cut: such a
    cell (a task's 序号, 工作任务, 责任单位 and 完成时限, merged down the rows of its measures) shows its text in the
    part above only, and over its rows here it is blank. Its first row here keeps the blanks: it may be the rest of
    the row the break cut, which :func:`add_table` and :meth:`Published.add` join to the row above; unless the text
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
            if cell and cell == merged and not NUMBER.fullmatch(cell):
                first[j] = ""
    own = any(first) and all(j in ended for j, cell in enumerate(first) if cell)
    for r, c, rows, columns in grid.spans:
        cut = [row[c:c + columns] for row in grid.rows[r:r + rows]]
        if r == head and all(above[c:c + columns]) and not any(map(any, cut)):
            for row in grid.rows[r if own else r + 1:r + rows]:
                row[c:c + columns] = above[c:c + columns]


def _blank_labels_again(previous: Grid, grid: Grid, ended: set[int] = frozenset()) -> None:
    """Blank the labels of the row a page break cut that ``grid``'s part prints again over the rest of a tall cell
    (WeasyPrint does, and Typst where the label spans columns: a figure's long note in 表三's narrow 自然人 column). That
    row, first after the head ``grid`` repeats, holds ``previous``'s last row's labels again, blanks, and the rest of
    a cell whose text runs on over the break (not in ``ended``, :func:`.grids.ended_columns`): no figure, no numbered
    label. Blanked, it is that row's rest and joins it (:meth:`.source.Published.add`); kept, the row was read twice."""
    head = len(list(takewhile(lambda pair: pair[0] == pair[1], zip(grid.rows, previous.rows))))
    if head == len(grid.rows) or len(grid.rows[head]) != len(previous.rows[-1]):
        return
    above, row = previous.rows[-1], grid.rows[head]
    again = {j for j, cell in enumerate(row) if cell and cell == above[j] and not NUMBER.fullmatch(cell)}
    rest = {j for j, cell in enumerate(row) if cell} - again
    if again and rest and all(above[j] and j not in ended and not NUMBER.fullmatch(row[j]) and not _numbered(row[j])
                              for j in rest):
        for j in again:
            row[j] = ""


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
    return bool(filled) and not any(NUMBER.fullmatch(cell) for cell in above + row if cell) \
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
    return bool(before) and any(row) and not any(map(FIGURE.fullmatch, row)) \
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
    labels = [j for j, cell in enumerate(row) if cell and not FIGURE.fullmatch(cell)]
    return bool(labels) and all(above[j] and not FIGURE.fullmatch(above[j]) and _numbered(above[j])
                                and not _numbered(row[j]) for j in labels) \
        and not any(FIGURE.fullmatch(a) and FIGURE.fullmatch(b) for a, b in zip(above, row))


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
    cell's text runs on (not in ``ended``, :func:`.grids.ended_columns`): else it is a row of its own."""
    head = len(list(takewhile(lambda pair: pair[0] == pair[1], zip(grid.rows, previous.rows))))
    if head == len(grid.rows):
        return
    above, row = previous.rows[-1], grid.rows[head]
    group = {c for r, c0, rows, columns in grid.spans if r <= head < r + rows - 1 for c in range(c0, c0 + columns)
             if row[c]}
    row = ["" if j in group else cell for j, cell in enumerate(row)]
    figures = {j for j, cell in enumerate(row) if FIGURE.fullmatch(cell)}
    labels = ["" if j in figures else cell for j, cell in enumerate(row)]
    if len(row) != len(above) or not figures or not any(FIGURE.fullmatch(cell) for cell in above):
        return
    sure = all(FIGURE.fullmatch(above[j]) for j in figures)
    goes_on = not any(labels) or _label_goes_on(above, labels)
    if (any(labels) or group) and not (sure and goes_on and not figures & ended):
        return
    previous.rows[-1] = [a + cell if sure else f"{a}／{cell}{_SPLIT}" if cell else a for a, cell in zip(above, row)]
    del grid.rows[head], grid.places[head]
