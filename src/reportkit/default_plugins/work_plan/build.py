"""Turn a validated work plan into the format-neutral block tree."""
from __future__ import annotations

import functools
import re
from typing import Callable, NamedTuple

from reportkit.attachments import attachment_content, chinese_date, closing_blocks, join_last_characters, labels, organs
from reportkit.blocks import (
    Addressee, Attachment, AttachmentNote, Block, Cell, Document, Heading, PageBreak, Paragraph, Signature, Table, Title,
)
from reportkit.layout import CLOSING_MARKS, OPENING_MARKS, UNBROKEN, Geometry, face_width
from reportkit.limits import MAX_TABLE_CELLS
from reportkit.line_breaks import address_breaks
from reportkit.outline import content_blocks, heading_number

from .model import SubTask, Task, deadline_text, heading_of
from .spec import DEADLINE_LABEL, DOCUMENT_NAME, PARTS, RESPONSIBLE_LABEL, TASK_COLUMNS, TASK_TABLE_SUFFIX, default_title

Locate = Callable[[tuple], object]


def plan_title(plan) -> str:
    return plan.title or default_title(plan.agency, plan.year)


def units_line(units: list[str]) -> str:
    """"责任科室（单位）：办公室、法规科": the lead unit first."""
    return f"{RESPONSIBLE_LABEL}：{'、'.join(units)}"


def build(plan, locate: Locate) -> Document:
    """印发通知 (if any) on its own pages, then the plan (under the mark “附件” when the notice sends it as its
    attachment, its title as an attachment's): parts, tasks (then ``tasks_after`` and an inline task table),
    附件说明, 署名, attachments (an attached task table the first, or the one its ``attachment`` number says)."""
    blocks: list[Block] = []
    title = plan_title(plan)
    at = locate(("title",) if plan.title else ("agency",))
    if plan.notice:
        blocks += _notice(plan, title, locate)
    if plan.notice and plan.notice.attachment:  # the mark over the title; the plan's own blocks follow as they do
        blocks.append(Attachment(labels(1)[0], title, [], at))
    else:
        blocks.append(Title(title, at))
    blocks += [Paragraph(text, locate(("preamble", i))) for i, text in enumerate(plan.preamble)]
    for n, part in enumerate(PARTS, 1):
        path = (part.key,)
        blocks.append(Heading(1, heading_number(1, n), heading_of(plan, part.key, part.label), locate(path)))
        items = getattr(plan, part.key)
        if part.form == "tasks":
            blocks += _tasks(items, locate, deadlines=plan.task_table is None)
            # what they say of the tasks as a whole (分工见附件、见下表) comes before the table they name
            blocks += [Paragraph(text, locate(("tasks_after", i))) for i, text in enumerate(plan.tasks_after)]
            if plan.task_table and plan.task_table.place == "inline":
                # A name given to an inline table is its caption (it was dropped); without one it needs none.
                name = plan.task_table.title
                blocks.append(task_table(plan, locate, name.replace("\n", "") if name else None))
        else:
            blocks += content_blocks(items, 2, path, locate)
    attachments = [(a.title, attachment_content(a, ("attachments", i), locate), locate(("attachments", i)))
                   for i, a in enumerate(plan.attachments)]
    if plan.task_table and plan.task_table.place == "attachment":  # 附件1 unless its number says where it goes
        attachments.insert((plan.task_table.attachment or 1) - 1,
                           (task_table_title(plan), [task_table(plan, locate)], locate(("task_table",))))
    signature = None
    if plan.date:
        signature = Signature(organs(plan.signature, plan.agency), chinese_date(plan.date), locate(("date",)))
    blocks += closing_blocks(attachments, signature)
    plain = title.replace("\n", "")
    return Document(title=plain, author=organs(plan.signature, plan.agency)[0], blocks=blocks,
                    subject=DOCUMENT_NAME, keywords=["政务公开", DOCUMENT_NAME, f"{plan.year}年"], date=plan.date)


def _notice(plan, title: str, locate: Locate) -> list[Block]:
    """The 印发通知 on pages of its own; with ``attachment``, the plan's ``title`` in a 附件说明 under its body."""
    notice = plan.notice
    out: list[Block] = [Title(notice.title, locate(("notice", "title")))]
    if notice.addressee:
        out.append(Addressee(notice.addressee, locate(("notice", "addressee"))))
    out += [Paragraph(text, locate(("notice", "body", i))) for i, text in enumerate(notice.body)]
    if notice.attachment:
        out.append(AttachmentNote([title.replace("\n", "")], locate(("notice", "attachment"))))
    out.append(Signature(organs(notice.signature, plan.agency), chinese_date(notice.date), locate(("notice", "date"))))
    return out if notice.attachment else out + [PageBreak()]  # an attachment starts a page of its own


def _tasks(tasks: list[Task], locate: Locate, *, deadlines: bool) -> list[Block]:
    """Each task's heading, measures and units, its sub-items' under it; with ``deadlines`` (no task table prints
    them), each deadline given too. A task split into sub-items has no row of its own in the task table: its own
    deadline is printed under its units whatever ``deadlines`` says (its sub-items' rows may all print theirs)."""
    out: list[Block] = []
    for i, task in enumerate(tasks):
        path = ("tasks", i)
        out.append(Heading(2, heading_number(2, i + 1), task.task, locate(path + ("task",))))
        out += _measures(task, path, locate, deadlines or bool(task.items))
        for j, item in enumerate(task.items):
            sub = path + ("items", j)
            out.append(Heading(3, heading_number(3, j + 1), item.task, locate(sub + ("task",))))
            out += _measures(item, sub, locate, deadlines)
    return out


def _measures(task: SubTask, path: tuple, locate: Locate, deadlines: bool) -> list[Block]:
    out: list[Block] = [Paragraph(text, locate(path + ("content", k))) for k, text in enumerate(task.content)]
    if task.units:
        # the lead and support (the task holds both), kept with the measures above it
        out.append(Paragraph(units_line(task.units), locate(path), keep_with_previous=True))
    if deadlines and task.deadline is not None:  # else a deadline written down was printed nowhere
        out.append(Paragraph(f"{DEADLINE_LABEL}：{deadline_text(task.deadline)}", locate(path + ("deadline",)),
                             keep_with_previous=True))
    return out


def task_table_title(plan) -> str:
    """The table's own title, or "<agency>\n<year>年政务公开工作主要任务分解表"."""
    return plan.task_table.title or default_title(plan.agency, plan.year, TASK_TABLE_SUFFIX)


class TaskRow(NamedTuple):
    """One row of the task table, with the data path of each cell's text: the value it is, or the one holding all it
    is made of (a placeholder, or a text too long, is shown there)."""

    number: str  # the task's 序号 ("2"), or for a sub-item's row the task's and the sub-item's ("2.1")
    task: str
    measures: str
    units: list[str]
    deadline: str
    span: int  # rows the task's 工作任务 cell covers; 0 for the rows below the first
    paths: dict[str, tuple]  # column key -> data path
    paragraphs: tuple[str, ...] = ()  # a task's measures, where they are several paragraphs (not a sub-item's)
    shared: bool = False  # the 责任单位 and 完成时限 cells span the rows as the 工作任务 cell does (:meth:`apart`)

    def apart(self) -> list[TaskRow]:
        """This task's row as a row per paragraph of its measures, each with the task's 序号; the 工作任务, 责任单位 and
        完成时限 cells span them."""
        return [self._replace(measures=text, span=len(self.paragraphs) if k == 0 else 0, paragraphs=(), shared=True,
                              paths=self.paths | {"measures": self.paths["measures"] + (k,)})
                for k, text in enumerate(self.paragraphs)]


def task_rows(plan) -> list[TaskRow]:
    """One row per task, or per sub-item. A task's measures of several paragraphs keep them apart on lines of their
    own in the 具体措施 cell (they ran together), and are its ``paragraphs``. Sub-items without units or deadline take
    their task's; a deadline nowhere written is the table's ``default_deadline``."""
    default = plan.task_table.default_deadline if plan.task_table else ""
    table = ("task_table", "default_deadline") if plan.task_table and "default_deadline" in plan.task_table.model_fields_set \
        else ("task_table",)
    rows = []
    for i, task in enumerate(plan.tasks):
        path = ("tasks", i)
        own_deadline = deadline_text(task.deadline) if task.deadline is not None else default
        own_deadline_path = path + ("deadline",) if task.deadline is not None else table
        if not task.items:
            rows.append(TaskRow(str(i + 1), task.task, "\n".join(task.content), task.units, own_deadline, 1, {
                "task": path + ("task",), "measures": path + (("content", 0) if len(task.content) == 1 else ("content",)),
                "units": path, "deadline": own_deadline_path}, tuple(task.content) if len(task.content) > 1 else ()))
            continue
        for j, item in enumerate(task.items):
            sub = path + ("items", j)
            measures = f"{j + 1}.{item.task}" + ("：" + "\n".join(item.content) if item.content else "")
            units = item.units if item.lead else task.units + [u for u in item.units if u not in task.units]
            deadline = deadline_text(item.deadline) if item.deadline is not None else own_deadline
            rows.append(TaskRow(f"{i + 1}.{j + 1}", task.task, measures, units, deadline, len(task.items) if j == 0 else 0, {
                "task": path + ("task",), "measures": sub, "units": sub if item.lead else path,
                "deadline": sub + ("deadline",) if item.deadline is not None else own_deadline_path}))
    return rows


def task_table(plan, locate: Locate, caption: str | None = None) -> Table:
    """主要任务分解表: 序号 | 工作任务 | 具体措施 | 责任单位 | 完成时限; a split task's 工作任务 spans its sub-items'
    rows, and each of those rows has its own 序号 (2.1, 2.2 …): a merged cell a page break parts prints its text only
    above the break in the DOCX and the Typst PDF, and the rows below it would tell no task (docs/layout.md).
    A task whose row may split across pages (``Geometry.whole_rows``) and whose measures are several paragraphs has a
    row per paragraph instead (:meth:`TaskRow.apart`): the table breaks between them, where its name has room above
    the break (``Geometry.kept_rows``; a split row printed its measures at a page's foot and its name on the next page),
    and each row below the break has the task's 序号 (a split row's part below told no task).
    No cell of the PDFs ends on a line of one character (``attachments.join_last_characters``: …提升|群众, not …提升群|众).
    Each cell's source is the field its text comes from."""
    rows, geometry = task_rows(plan), Geometry()
    widths = _widths([row.deadline for row in rows], rows)
    whole = geometry.whole_rows(_task_table(rows, locate, widths, caption))
    rows = [part for row, fits in zip(rows, whole[1:]) for part in (row.apart() if row.paragraphs and not fits else [row])]
    table = _task_table(rows, locate, widths, caption)
    join_last_characters(table, geometry)
    return table


def _task_table(rows: list[TaskRow], locate: Locate, widths: list[float], caption: str | None) -> Table:
    table: list[list[Cell]] = [[Cell(c.label, header=True) for c in TASK_COLUMNS]]
    for row in rows:
        at = {key: locate(path) for key, path in row.paths.items()}
        cells = [Cell(row.number, source=at["task"])]
        if row.span:
            cells.append(Cell(row.task, rowspan=row.span, align="left", source=at["task"]))
        cells.append(Cell(row.measures, align="left", source=at["measures"]))
        if row.span or not row.shared:
            span = row.span if row.shared else 1
            cells += [Cell("、".join(row.units), rowspan=span, source=at["units"]),
                      Cell(row.deadline, rowspan=span, source=at["deadline"])]
        table.append(cells)
    return Table(table, widths=widths, header_rows=1, caption=caption, source=locate(("task_table",)))


#: The widest deadline the 完成时限 column is widened for, in ems: “2025年12月31日前” with its spaces (its “前” was left
#: alone on a second line). A deadline in words (“第二季度前完成初稿，第三季度前报批”) wraps as text does, and took room
#: from every row's 具体措施 for nothing.
_LONGEST_DATE = 9.25
#: The longest unit name the 责任单位 column keeps on one line, in characters (市环境监测中心站).
_UNIT_NAME = 8
#: What a column keeps beyond its widest text, in ems: three eighths, so that its room lies midway between the quarter
#: ems where a line of Chinese, digits and their spaces ends, as its steps (:func:`_text_widths`) do. Half an em put
#: a 责任单位 line of 某某市第1监测片区办 exactly on its room: the Typst PDF set it, the WeasyPrint PDF (its columns' shares
#: rounded to 0.0001 % in the CSS) broke it before 办, and every line after differed.
_SPARE = 0.375
_LABELS = {c.key: c.label for c in TASK_COLUMNS}
#: What a cell's line cannot break inside: a character with the opening marks before it and the closing marks after it
#: (禁则), or a run of Latin letters, digits and signs (a word, which WeasyPrint sets past its cell's edge; a web address
#: breaks after a “/”, “-” or “?”: ``line_breaks.address_breaks``).
_CLUSTER = re.compile(f"[{re.escape(OPENING_MARKS)}]*(?:{UNBROKEN}+|.)[{re.escape(CLOSING_MARKS)}]*")


def _widths(deadlines: list[str], rows: list[TaskRow]) -> list[float]:
    """The columns' relative widths, in the default layout's table type: the 完成时限 column as wide as its longest
    date or short deadline on one line (“2025年12月31日” broke before “日”; “全年” kept room for a date), no narrower
    than its default when a deadline is a sentence that wraps anyway; the rest of the 序号 column's room goes to
    工作任务, 具体措施 and 责任单位 as ``rows`` hold them (:func:`_text_widths`). Texts are measured as the cells' 仿宋
    sets them (``layout.face_width``: counted ½, capitals and % among Chinese wrapped where no line was planned)."""
    widths = {c.key: c.width for c in TASK_COLUMNS}
    if len(rows) * len(TASK_COLUMNS) > MAX_TABLE_CELLS:  # refused (reportkit.limits): not fitted, which took seconds
        return list(widths.values())
    geometry = Geometry()
    ems = geometry.table_width_pt / geometry.table_size_pt / sum(c.width for c in TASK_COLUMNS)  # a width unit
    padding = geometry.cell_padding_chars + _SPARE
    sizes = [face_width(d, geometry.autospace_em) for d in deadlines]
    needed = max([w for w in sizes if w <= _LONGEST_DATE] + [face_width(_LABELS["deadline"])]) + padding
    deadline = max(needed / ems, widths["deadline"]) if any(w > _LONGEST_DATE for w in sizes) else needed / ems
    left = widths["task"] + widths["measures"] + widths["units"] + widths["deadline"] - deadline
    task, units = _text_widths(rows, left * ems, geometry)
    widths["task"], widths["units"] = task / ems, units / ems
    widths["measures"], widths["deadline"] = left - widths["task"] - widths["units"], deadline
    return list(widths.values())


def _text_widths(rows: list[TaskRow], room: float, geometry: Geometry) -> tuple[float, float]:
    """How many of ``room`` ems the 工作任务 and 责任单位 columns take, 具体措施 the rest: the widths that make the table
    shortest (the lines of each row's tallest cell added up, a cell spanning rows beside those rows' lines), of those
    the ones setting the task names in the fewest lines, then the narrowest. 工作任务 is at least as wide as its head
    and its names' widest word (of a web address, the widest piece between the places it breaks: after a “/”, “-” or
    “?”), and at most half the room; 责任单位 at least its longest unit name up to eight characters (市环境监测中心站,
    a name broken inside reads as two) and at most half of what 工作任务 leaves. 具体措施 is no narrower than 工作任务
    (nor, so, than 责任单位: a third of the room at least, about ten characters a line), where the widest word allows:
    beside names of 80 characters and more, the shortest table set them 14 characters a line and its measures 6.
    No name takes more than two lines more than the cells beside it, where some widths allow it.
    A cell of six units beside two lines of measures made its row six lines tall; a 45-character task name beside 40
    of measures eight lines, in a fixed 工作任务 column; a 6-character name there took room the measures needed; a
    50-character name beside 3 lines of measures 11 lines, in a column the table's other, longer rows had narrowed."""
    padding = geometry.cell_padding_chars + _SPARE

    def sizes(text: str) -> list[list[float]]:
        """Each line's clusters' widths, each with the space setting it apart from the one before (“2018年”); a web
        address's pieces between the places a line breaks it (after a “/”, “-” or “?”) each apart."""
        space = geometry.autospace_em

        def pieces(part: str) -> list[tuple[int, int]]:
            cuts = sorted({m.start() for m in _CLUSTER.finditer(part)} | {*address_breaks(part), len(part)})
            return list(zip(cuts, cuts[1:]))

        return [[face_width(part[max(a - 1, 0):b], space) - face_width(part[max(a - 1, 0):a], space)
                 for a, b in pieces(part)] for part in text.splitlines() or [""]]

    def lines(parts: list[list[float]], width: float) -> int:
        """Lines filled as the renderers fill them: whole characters, a mark kept with its character (禁则)."""
        count = 0
        for part in parts:
            count, used = count + 1, 0.0
            for size in part:
                if used and used + size > width - padding + 1e-6:
                    count, used = count + 1, 0.0
                used += size
        return count

    # each 工作任务 cell with the 责任单位 cells beside it, each of those with the measures beside it
    groups, i = [], 0
    while i < len(rows):
        end = i + max(rows[i].span, 1)
        beside = [rows[i:end]] if rows[i].shared else [[row] for row in rows[i:end]]
        groups.append((sizes(rows[i].task), [(sizes("、".join(part[0].units)), [sizes(row.measures) for row in part])
                                             for part in beside]))
        i = end
    names = [face_width(unit, geometry.autospace_em) for row in rows for unit in row.units] + [face_width(_LABELS["units"])]
    least_units = min(max(names), _UNIT_NAME) + padding
    words = [size for name, _ in groups for part in name for size in part]
    least_task = min(max(words + [face_width(_LABELS["task"])]) + padding, room / 2)

    # each column's lines at a width, counted once: many pairs of widths leave the measures the same
    @functools.cache
    def task_lines(width: float) -> list[int]:
        return [lines(name, width) for name, _ in groups]

    @functools.cache
    def units_lines(width: float) -> list[list[int]]:
        return [[lines(cell, width) for cell, _ in beside] for _, beside in groups]

    @functools.cache
    def measures_lines(width: float) -> list[list[int]]:
        return [[sum(lines(m, width) for m in column) for _, column in beside] for _, beside in groups]

    def beside(task: float, units: float) -> list[tuple[int, int]]:
        """Each name's lines, and the lines of the cells beside it."""
        return [(name, sum(map(max, cells, measures))) for name, cells, measures in
                zip(task_lines(task), units_lines(units), measures_lines(round(room - task - units, 6)))]

    def steps(least: float, most: float) -> list[float]:  # a quarter of an em apart
        return [least + k / 4 for k in range(int(max(most - least, 0) * 4) + 1)]

    pairs = [(task, units) for task in steps(least_task, (room - least_units) / 2)
             for units in steps(least_units, min((room - task) / 2, room - 2 * task))]
    # the shortest table may set one long name in a narrow column, a row many lines taller than its measures
    pairs = [pair for pair in pairs if all(name <= cells + 2 for name, cells in beside(*pair))] or pairs
    _, _, task, units = min((sum(max(name, cells) for name, cells in beside(task, units)), sum(task_lines(task)),
                             task, units) for task, units in pairs)
    return task, units
