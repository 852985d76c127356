"""Map a published work summary (工作总结) or work plan (实施方案、工作要点) to reportkit data.

The title, 主送机关, 署名, 成文日期 and the attachments around them are found as for an annual report
(:class:`.frame.DocumentMapper`); the parts are told by their headings' words (:mod:`.headings`). Nothing is
dropped: a part the kind has no place for goes, as a subheading, into the part it fits best, with a
:class:`.frame.Finding`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from itertools import accumulate
from pathlib import Path

from ..attachments import CHINESE_DATE, NUMERIC_DATE, chinese_date, year_value
from ..default_plugins.work_plan import spec as plan_spec
from ..default_plugins.work_plan.spec import ATTACHMENT_NOTE
from ..default_plugins.work_summary import spec as summary_spec
from ..file_kinds import content_kind
from .frame import (
    _DOC_NUMBER, ATTACHMENT, NOTE_ITEM, TITLE_CHARS, WRAPPED_NAME, YEAR, DocumentMapper, Imported, attachment_name_key,
    parse_date, placeholder, short, unbroken, worded, worded_title,
)
from .headings import (
    is_heading, numbered, part_heading, parted, renumbered_items, renumbered_parts, run_in, strip_number,
)
from . import labels
from .labels import NUMBER_ALONE, SENTENCE_END, SERIAL, clean, heading_level, norm, organ_name
from .source import Grid, Para, Published

#: The kind a title's word (:data:`.frame.OTHER_KIND`) names, for those that can be imported.
KINDS = {"工作总结": "work-summary", **dict.fromkeys(("方案", "实施方案", "工作方案", "工作要点", "工作计划"), "work-plan")}

#: A part's heading → its key, by its words; the first that matches, in this order.
#: 建议 ends the heading (意见建议, 几点建议), not one on handling the deputies' 建议提案.
_SUMMARY_PARTS = (("problems", re.compile("问题|不足|差距|短板|薄弱|困难|挑战|瓶颈|弱项")),
                  ("plan", re.compile("计划|打算|思路|下一步|下步|明年|今后|方向|展望|设想|工作安排|改进|措施|建议$")),
                  ("work", re.compile("工作|情况|做法|成效|成绩")))
_PLAN_PARTS = (("requirements", re.compile("总体要求|指导思想|工作目标|总体目标|基本原则|目标要求")),
               ("tasks", re.compile("任务|重点工作|工作重点|主要内容|工作内容|工作安排")),
               ("safeguards", re.compile("保障|工作要求|组织领导|组织实施|措施")))

#: A task's 责任科室（单位）, 牵头单位, 配合单位, 完成时限 …: the label, its value up to the next label.
_LABELS = r"责任科室[（(]单位[)）]|(?:责任|牵头|配合|协办|承办|参与)(?:科室|单位|部门)|完成时限|完成时间|时间节点|时限要求"
_UNIT_LABEL = re.compile(rf"({_LABELS})\s*[:：]?\s*")
#: Units labels in brackets at the end of a paragraph: ……。（牵头单位：县政府办；责任单位：各乡镇）.
_UNITS_AFTER = re.compile(rf"[（(]\s*((?:{_UNIT_LABEL.pattern}).+?)[）)]\s*$")
#: … or run on after its last sentence, each label with its colon: ……。责任单位：县政府办；完成时限：2024年12月底前。
_UNITS_RUN_ON = re.compile(rf"(?<=[。；;！])\s*((?:{_LABELS})\s*[:：].+)$")
_UNIT_SPLIT = re.compile(r"\s*[、，,；;／/]\s*|\s+")
#: A task table's columns: its head's words → the field.
#: 时间要求 and 进度要求 are deadlines' heads, not measures'.
_TABLE_COLUMNS = (("number", re.compile("^序号$|^编号$")), ("task", re.compile("任务|工作事项|重点工作|工作内容|项目")),
                  ("deadline", re.compile("时限|时间|节点|期限|进度")), ("measures", re.compile("措施|举措|具体|内容|要求")),
                  ("support", re.compile("配合|协办|参与")), ("units", re.compile("单位|科室|股室|处室|部门|责任")))
#: A 完成时限 in words or figures, as a task table's cell opens one (长期坚持, 持续推进, 每季度, 全年, 2024年6月底前,
#: 6月底前, 2024.6): no unit's name opens so.
_DEADLINE_OPENING = re.compile(r"^(?:长期|持续|常态|每[年月周日季半]|全年|年[底内中]|\d{4}\s*[年.\-/]|[\d一二三四五六七八九十]{1,2}\s*月)")
#: The longest line read as a table's cell on its own line (:func:`_cell_line`).
_CELL_CHARS = 16
#: A paragraph's opening that says there are problems (也存在一些问题和不足、还有不足之处), not one that names
#: some it dealt with (对群众反映的问题逐件核实).
_PROBLEMS_SAID = re.compile("(?:存在|还有|也有|仍有|尚有|仍然|依然)[^。；，]{0,8}(?:问题|不足|差距|短板|薄弱)|不足之处")
#: A paragraph that speaks of the tasks as a whole: 以上各项任务……, 上述工作……, 各项任务……, ……分工见附件, 任务分解详见下表.
_ABOUT_TASKS = re.compile(r"^(?:以上|上述)(?:各项|所列|这些|的)?(?:主要|重点)?(?:工作)?(?:任务|工作|事项)"
                          r"|^(?:各项|全部|所有)(?:主要|重点)?(?:工作)?任务"
                          r"|(?:任务|分工|分解)[^。；，,]{0,10}(?:详见|参见|见)(?:附件|附表|下表)")
#: A task table's title: 某局2018年政务公开工作主要任务分解表, 重点任务分工表.
_TABLE_TITLE = re.compile(r"(?:分解|分工|任务)(?:表|清单)$")
#: A line in brackets right under the title, which dates the document: （2024年1月8日）, （2024年1月8日印发）,
#: （2023年12月29日市政府第15次常务会议审议通过）, a 发文字号 beside the date; no sentence.
_BRACKETED = re.compile(r"^\s*[（(]([^（）()。；]{6,60})[）)]\s*$")
#: A date inside such a line: the date reader's patterns (:func:`..attachments.date_line`), not anchored to a line.
_DATE_IN = re.compile("|".join("(?:" + p.pattern.removeprefix(r"^\s*").removesuffix(r"\s*$") + ")"
                               for p in (CHINESE_DATE, NUMERIC_DATE)))
#: What parts the words beside the date in such a line: 清交发〔2024〕3号 县政府第15次常务会议审议通过.
_APART = " \u3000\t，,、；;"
#: What ends the words before a 发文字号 where a text copy lost the space between (……审议通过清交发〔2024〕3号).
_NUMBER_AFTER = "通过|印发|发布|批准|审定"
#: A group's numbering in words, which :func:`.labels.heading_level` does not count: 一是…, 二是….
_WORDED_NUMBER = re.compile("^[一二三四五六七八九十]+是")


def map_document(published: Published, kind: str) -> Imported:
    """``published`` as a ``kind`` (``work-summary`` or ``work-plan``) document: its data and what could not be mapped."""
    mapper = DocumentMapper(published, kind)
    mapper.items = _titles_joined(mapper.items)
    if kind == "work-plan":
        _task_tables_whole(mapper, published)
        mapper.items = _groups_joined(mapper.items)
    return (_Summary if kind == "work-summary" else _Plan)(mapper).run()


def _titles_joined(items: list) -> list:
    """A title a PDF gives as centred lines (某局2016年政府信息公开 / 工作总结和2017年工作计划), of which only the last
    is worded like one, as one title: the frame's mapper took the lines above for a site's header."""
    out: list = []
    for item in items:
        last = out[-1] if out else None
        if isinstance(item, Para) and isinstance(last, Para) and item.role == "centered" \
                and last.role in ("centered", "title") and not worded(last.text.split("\n")[0]) \
                and worded_title((last.text + item.text).replace("\n", "")):
            out[-1] = Para(f"{last.text}\n{item.text}", last.place, "title")
        else:
            out.append(item)
    return out


def _task_tables_whole(mapper: DocumentMapper, published: Published) -> None:
    """The task tables back as tables: their measures are prose, for which the frame's mapper took each for a web
    page's layout grid and read it as lines (each with its row's place)."""
    for grid in (item for item in published.items if isinstance(item, Grid) and _Plan._columns(item)):
        rows = set(grid.places)
        lines = [i for i, item in enumerate(mapper.items) if isinstance(item, Para) and item.place in rows]
        if lines and lines == list(range(lines[0], lines[-1] + 1)):
            mapper.items[lines[0]:lines[-1] + 1] = [grid]


def _group_heading(text: str) -> bool:
    """Whether a row of one cell across a task table is a group's heading (二、造林绿化, （一）信息公开, 一是…), not text."""
    text = text.strip()
    return bool(heading_level(text) or _WORDED_NUMBER.match(text)) and len(text) <= 40 and "。" not in text[:-1]


def _across(row: list[str]) -> str:
    """The text of a row that is one cell across the table (a merged cell, or the same text in every cell), else ""."""
    return row[0] if len(row) > 1 and row[0] and len(set(row)) == 1 else ""


def _in_one_cell(cell: dict[str, str]) -> str:
    """The text of a task table's row that holds words in one cell alone, read as a row of one cell across the table:
    in its 序号 column, no number (二、造林绿化 typed in the first cell, the others left blank), or in its 工作任务 column
    where the table numbers its rows or the words are a group's heading (（一）造林绿化); else ""."""
    filled = [text for text in cell.values() if text]
    alone = next((key for key, text in cell.items() if text), "") if len(filled) == 1 else ""
    if alone == "number" and not SERIAL.fullmatch(filled[0]) \
            or alone == "task" and ("number" in cell or _group_heading(filled[0])):
        return filled[0]
    return ""


def _merged_line(cells: list[dict[str, str]], k: int) -> str:
    """The column of a layout copy's task table row ``cells[k]`` that is a line of its own between two rows: text in that
    column alone, no task, the rows above and below blank there (a cell centred vertically prints between its rows,
    :func:`.copied.grids._grid` setting it so); else "". In ``units`` or ``deadline`` it is a cell merged down an even number
    of rows, printed between its two middle rows; in ``support`` or ``measures`` (:data:`_LINE_OF_ABOVE`) it is the
    task above's, as a row giving only that cell is."""
    filled = [key for key, text in cells[k].items() if text]
    key = filled[0] if len(filled) == 1 and filled[0] in (*_MERGED_DOWN, *_LINE_OF_ABOVE) else ""
    return key if key and 0 < k < len(cells) - 1 and not cells[k - 1][key] and not cells[k + 1][key] else ""


#: The columns whose cell merged down a text copy's rows is read by where it stands (:meth:`_Plan._merged_down`).
_MERGED_DOWN = ("units", "deadline")
#: The columns whose line of its own (:func:`_merged_line`) goes to the task above: many tasks have no 配合单位, and a
#: task's measures are no merged cell of tasks.
_LINE_OF_ABOVE = ("support", "measures")


def _numbered_group(cell: dict[str, str]) -> str:
    """The heading of a group of tasks (一、公开重点) a task table's row gives as its number in words in the 序号 column
    (一, 二、, （一）) and its name across the other columns (a merged cell) or in the 工作任务 column alone; else ""."""
    number = cell.get("number", "")
    words = {text for key, text in cell.items() if key != "number" and text}
    if not re.fullmatch(r"[（(]?[一二三四五六七八九十]+[）)、.．]?", number) or words != {cell.get("task")}:
        return ""
    return number + ("" if number[-1] in "）)、.．" else "、") + words.pop()


def _repeats(cells: list[dict[str, str]], names: list[str]) -> set[int]:
    """The rows of a task table (``cells``: each row's by field; ``names``: their 工作任务, :func:`.labels.norm`) that
    give only the 工作任务 of the rows around them again: Word users type a task's name in each of its rows instead of
    merging the cells, and such a row adds nothing to the task. Of rows that all give only the same name, the first
    stays: a row naming the task, not a line across the table (:func:`_in_one_cell`)."""
    out: set[int] = set()
    k = 0
    while k < len(cells):
        end = k + 1
        while end < len(cells) and names[k] and names[end] == names[k]:
            end += 1
        bare = [i for i in range(k, end) if sum(map(bool, cells[i].values())) == 1]
        out.update(bare if len(bare) < end - k else bare[1:])
        k = end
    return out


def _groups_joined(items: list) -> list:
    """A text copy's task table cut by its groups' headings (二、造林绿化 across the table is a line without tabs, which
    the reader keeps as a heading) or by a measure's line (a row of one cell the reader kept as text, the row above it
    giving no number: a unit's alone, :func:`.text._lone_cells`; its sentences any number) back as one table: each such
    line a row of one cell across it, and so each line of text after a heading (no sentence inside: its wrapped rest,
    or a measure, :func:`_headings_rejoined`), where the rows after them (of as many columns, under no head of their
    own) go on with the table."""
    out: list = []
    i = 0
    while i < len(items):
        item = items[i]
        out.append(item)
        i += 1
        if not isinstance(item, Grid) or not _Plan._columns(item):
            continue
        width = len(item.rows[0])
        rows, places, spans = list(item.rows), list(item.places), list(item.spans)
        once, laid = item.written_once, item.laid_out
        while True:
            k = i
            while k < len(items) and isinstance(items[k], Para) and (
                    _group_heading(items[k].text) or "。" not in items[k].text[:-1]
                    or not any(_group_heading(para.text) for para in items[i:k])):
                k += 1
            after = items[k] if k < len(items) else None
            if k == i or not isinstance(after, Grid) or len(after.rows[0]) != width or _own_head(after):
                break
            for para in items[i:k]:
                spans.append((len(rows), 0, 1, width))
                rows.append([para.text.strip()] * width)
                places.append(para.place)
            spans += [(r + len(rows), c, rowspan, colspan) for r, c, rowspan, colspan in after.spans]
            rows += after.rows
            places += after.places
            once, laid = once or after.written_once, laid or after.laid_out
            i = k + 1
        if len(rows) > len(item.rows):
            out[-1] = Grid(rows, places, item.place, spans, item.placed, written_once=once, laid_out=laid)
    return out


def _own_head(grid: Grid) -> bool:
    """Whether ``grid`` opens with a task table's head (:meth:`_Plan._columns`) of a column's few words a cell: not a
    row of tasks whose words name columns (公开重大建设项目信息, 施工进度等信息及时公开)."""
    return _Plan._columns(grid) is not None and all(len(cell) <= 10 for cell in grid.rows[_Plan._head(grid)])


#: A task table's head whose cells a copy joined into one line (序号工作任务具体措施责任单位完成时限): no table's row.
_JOINED_HEAD = re.compile(r"(?:序号|编号)[^，。；,;]{0,12}任务[^，。；,;]{0,16}(?:单位|时限)[^，。；,;]{0,12}")


def _head_cell(text: str) -> bool:
    """Whether ``text`` may be a cell of a task table's head: a column's few words (序号, 工作任务, 完成时限)."""
    return 0 < len(text) <= 6 and any(pattern.search(text) for _, pattern in _TABLE_COLUMNS)


def _sub_head(above: list[str], below: list[str]) -> bool:
    """Whether ``below`` is the second row of a task table's head whose first is ``above``: under a cell across two
    columns (责任单位), each column's words (牵头单位, 配合单位), the head's other cells merged down (their words again, or
    blank, as a text copy gives them). A row of tasks has other words, or a number, in some cell of its own."""
    new = [b for a, b in zip(above, below) if b and b != a]
    return len(above) == len(below) and 0 < len(new) < len(below) \
        and all(len(b) <= 10 and any(pattern.search(b) for _, pattern in _TABLE_COLUMNS) for b in new)


def _headings_rejoined(entries: list[tuple], names: set[str]) -> list[tuple]:
    """A task table's ``entries`` (:meth:`_Plan._table_tasks`) with a row of one cell across the table right under a
    group's heading joined to it where it is the heading's wrapped rest: the heading goes on (ends in 和, 及 or 、), or
    the two name a task of the text (``names``, :func:`.labels.norm`) that the heading alone does not. Else it stays a
    line of text, which is read as the measure of the row above."""
    out: list[tuple] = []
    for entry in entries:
        last = out[-1] if out else None
        if entry[1] is None and last and last[1] is None and _group_heading(last[3]) and not _group_heading(entry[3]) \
                and _group_heading(joined := last[3] + entry[3]) and (WRAPPED_NAME.search(last[3]) or (
                    norm(strip_number(joined)) in names and norm(strip_number(last[3])) not in names)):
            out[-1] = (*last[:3], joined)
        else:
            out.append(entry)
    return out


class _Document:
    """What a summary and a plan share: the title, year and agency, the closing, the parts by their headings."""

    parts: tuple = ()
    default_labels: dict = {}
    #: Whether a part may hold a small table where it stands (a summary's: :data:`.sections.PartItem`); a plan's parts
    #: are text, a table's rows a paragraph each.
    tables = False

    def __init__(self, mapper: DocumentMapper):
        self.m = mapper
        self.data = mapper.data
        self.out = mapper.out
        #: The items of the text, from under the title to over the 署名 (a notice's too), whose pictures are named
        #: (:meth:`.DocumentMapper.pictures`).
        self.text: list = []
        #: Each part's heading printed as the part it names (its id): the part's key.
        self.printed: dict[int, str] = {}

    def find(self, place: str, message: str, rule: str = "sections") -> None:
        self.m.find(place, message, rule)

    def without_number(self) -> bool:
        """The 发文字号 line right under the title (某政办发〔2024〕7号, as sites print a notice) taken off as a line of the
        版头, which a plugin may read (:meth:`.DocumentMapper.masthead_off`): in the text it would print as a paragraph
        and hide the 主送机关 under it."""
        first = self.m.items[0] if self.m.items else None
        if isinstance(first, Para) and len(first.text) <= 40 and not re.search("[，。；,]", first.text) \
                and _DOC_NUMBER.search(first.text.strip()):
            # a line of the 版头, for a plugin to read (hook read_masthead)
            self.m.masthead_off(first.place, first.text.strip(), f"标题之下的发文字号“{first.text.strip()}”未导入")
            del self.m.items[0]
            return True
        return False

    def below_title(self, title: str, place: str) -> tuple[str, tuple | None]:
        """The 发文字号 (:meth:`without_number`) and the date in brackets (:data:`_BRACKETED`) under ``title``, in either
        order, taken off; a bracketed date set centred under it, which the frame's mapper read as the title's last line,
        too, with a 署名 line over it. The title, and the date's (date, its other words, its line, the 署名) for
        :meth:`dated`."""
        lines = title.split("\n")
        if len(lines) > 1 and _bracketed(lines[-1]):
            cut = len(lines) - 1
            if cut > 1 and organ_name(lines[cut - 1].strip(), ending=True):
                cut -= 1
            self.m.items[:0] = [Para(line, place) for line in lines[cut:]]
            title = "\n".join(lines[:cut])
        dated = None
        items = self.m.items
        while items and isinstance(first := items[0], Para):
            second = items[1] if len(items) > 1 and isinstance(items[1], Para) else None
            if dated is None and (found := _bracketed(first.text)):
                dated = (*found, first, [])
                del items[0]
            elif dated is None and second and organ_name(first.text.strip(), ending=True) \
                    and (found := _bracketed(second.text)):  # the 署名 over it
                dated = (*found, second, [first.text.strip()])
                del items[:2]
            elif not self.without_number():
                break
        return title, dated

    def dated(self, closing: tuple, dated: tuple | None) -> tuple:
        """``closing`` (:meth:`.DocumentMapper.closing`) with the date in brackets under the title (:meth:`below_title`)
        as its 成文日期 where the end has none. Where the end has one, that one is kept (GB/T 9704 sets the 成文日期
        there) and the line under the title is said; so are its words beside the date (审议通过 by a meeting), which
        the data has no place for. A 发文字号 beside it is a line of the 版头, as one under the title alone is
        (:meth:`without_number`)."""
        if dated is None:
            return closing
        date, words, line, signed = dated
        organs, end, _ = closing
        text = " ".join([*signed, line.text.strip()])
        number = next((word for word in re.split(f"[{_APART}]+", words) if _DOC_NUMBER.search(word)), "")
        number = re.split(_NUMBER_AFTER, number)[-1]
        if number:  # a line of the 版头, for a plugin to read (hook read_masthead)
            self.m.masthead_off(line.place, number, f"标题下的“{text}”中的发文字号“{number}”未导入")
            words = " ".join(part.strip(_APART) for part in words.partition(number)[::2] if part.strip(_APART))
        if end is not None:
            self.find(line.place, f"标题下的“{text}”{'的其余文字' if number else ''}未导入：文末有成文日期 "
                                  f"{chinese_date(end)}，date 按文末的导入" + ("（两个日期不同，请核对）" if end != date else ""),
                      "metadata")
            return closing
        self.out.places[("date",)] = line.place
        if words:
            self.find(line.place, f"标题下的“{text}”按其中的日期导入为成文日期 date，“{words}”没有导入：需要时请写进前言",
                      "metadata")
        return organs or signed, date, False

    def under_title(self, title: str, place: str, closing: tuple) -> tuple[str, list[str], dt.date | None]:
        """``title``, 署名 and 成文日期: without a date at the end (``closing``, :meth:`.DocumentMapper.closing`), those set
        under the title, as sites often print them (:meth:`.DocumentMapper.dated_under_title`), centred ones taken off
        the title's last lines, where the frame's mapper read them as lines of it."""
        organs, date, _ = closing
        if date is not None or self.m.undated:
            return title, organs, date
        lines = title.split("\n")
        cut = len(lines) - 1 if len(lines) > 1 and parse_date(lines[-1]) else len(lines)
        if 1 < cut < len(lines) and organ_name(lines[cut - 1].strip(), ending=True):
            cut -= 1
        self.m.items[:0] = [Para(line, place) for line in lines[cut:]]
        found = self.m.dated_under_title()
        return ("\n".join(lines[:cut]), *found[:2]) if found else (title, organs, date)

    def metadata(self, title: str, place: str, organs: list[str], date, plan_year: bool) -> int | None:
        """``year``, ``agency`` and (when not the default) ``title`` from ``title``; the year, without one in the title,
        from the 成文日期 (a summary's is of the next year's first half, a plan's of its own year); the one organ of the
        署名 (``organs``) where the title's words before its year are only the start of its name (某县 of 某县人民政府办公室)."""
        found = YEAR.search(title)
        year = year_value(found.group(1)) if found else None
        what = "方案年度" if plan_year else "总结年度"
        if year is None and date is not None and (plan_year or date.month <= 6):
            year = date.year if plan_year else date.year - 1
            self.find(place, f"标题里没有年份（“××××年”），{what}按成文日期推定为 {year} 年：请核对", "metadata")
        elif year is None:
            self.find(place, f"标题里没有找到{what}（“××××年”）：请照原文填写 year", "metadata")
        agency = self.m.agency(re.sub("关于(?:印发)?", "", title), year, (organs, date, False))
        if len(organs) > 1 and agency == "".join(organs):  # a joint document's organs: the first leads
            agency = organs[0]
        elif len(organs) == 1 and organs[0] != agency and organs[0].startswith(agency):
            agency = organs[0]  # the title names the county (某县2024年……要点), the 署名 the organ that issued it
        self.data.update(year=year or placeholder(f"{what}，如 2023"), agency=agency)
        return year

    def signed(self, organs: list[str], into: dict) -> None:
        if organs and organs != [self.data["agency"]]:
            into["signature"] = organs[0] if len(organs) == 1 else organs

    def split(self, items: list) -> tuple[list, list[tuple[Para, list]]]:
        """The items before the first part's heading, and each part's heading with the items under it: the level-1
        headings of the style the document numbers its parts in (:func:`.headings.part_heading`: 一、, not a short
        1 某某 line among them; Ⅰ、 Ⅱ、)."""
        return parted(items, part_heading(items))

    def key_of(self, heading: Para) -> str | None:
        words = strip_number(heading.text)
        return next((key for key, pattern in self.parts if pattern.search(words)), None)

    def paragraphs(self, items: list, where: str) -> list[Para]:
        """``items`` as paragraphs: a table's rows become lines of text (``where`` has no tables), in a finding."""
        out: list[Para] = []
        for item in items:
            if isinstance(item, Grid):
                rows = [[cell for cell in dict.fromkeys(row) if cell] for row in item.rows]
                out += [Para("，".join(row), place) for row, place in zip(rows, item.places) if row]
                self.find(item.place, f"{short(item)}：{where}没有表格，表格的每一行已作为一段文字导入：请核对，"
                                      "需要时改写成文字", "tables")
            else:
                out.append(item)
        return out

    def preamble(self, items: list) -> None:
        paras = self.paragraphs(items, "前言")
        if paras:
            self.data["preamble"] = [p.text for p in paras]
            self.out.places.update({("preamble", i): p.place for i, p in enumerate(paras)})

    def sections(self, parts: list[tuple[Para, list]], order: list[str]) -> dict[str, list]:
        """Each part's narrative under the key its heading names; a heading that names none, or one taken, goes as a
        subheading into the part before it (the first part, when it comes first), in a finding: one for the headings
        going one after another into the same part (a summary of eight parts, five of them on the work). The heading of
        each part found goes into ``headings`` where it is not the default."""
        out: dict[str, list] = {}
        headings: dict[str, str] = {}
        last = None
        # the headings taken in as subheadings of one part one after another: its key and heading, theirs (with the key
        # each names); the run still open (no part found since)
        runs: list[tuple[str, str, list[tuple[Para, str | None]]]] = []
        run = None
        for heading, items in parts:
            key = self.key_of(heading)
            paras = items if self.tables else self.paragraphs(items, "这一部分")
            if key is None or key in out:
                into = last or (key if key in out else order[0])
                if run is None or run[0] != into:
                    run = (into, f"“{headings.get(into, self.default_labels[into])}”", [])
                    runs.append(run)
                run[2].append((heading, key))
                node = out.setdefault(into, [])
                self.out.places[(into, len(node))] = heading.place
                paras = _run_in_headings(paras)
                # its own （一） headings go one level down, as its 1. do, where no （1） would go below the fourth level
                levels = {heading_level(p.text) for p in paras if isinstance(p, Para) and is_heading(p)}
                top = 2 if 2 in levels and 4 not in levels else 3
                node.append({"heading": strip_number(heading.text),
                             "content": self.content(paras, top, (into, len(node), "content"))})
                continue
            run = None
            out[key] = self.content(_run_in_headings(paras), 2, (key,))
            self.printed[id(heading)] = key
            self.out.places[(key,)] = heading.place
            text = strip_number(heading.text)
            if text != self.default_labels[key]:
                headings[key] = text
            last = key
        for _, where, taken in runs:
            keys = {key for _, key in taken}
            named = keys.pop() if len(keys) == 1 else None  # all of them name one part found before them
            self.find(taken[0][0].place, "".join(f"“{heading.text}”" for heading, _ in taken) + f"不是{self.name}的部分之一"
                      + (f"（前面已有“{headings.get(named, self.default_labels[named])}”这一部分）" if named else "")
                      + f"，已{'依次' if len(taken) > 1 else ''}作为{where}部分的小标题导入：请核对，应归入别处的移过去",
                      "sections")
        if headings:
            self.data["headings"] = {key: headings[key] for key in order if key in headings}
        return out

    def parts_renumbered(self, parts: list[tuple[Para, list]], keys: list[str]) -> None:
        """A warning at each part's heading a render numbers otherwise than written (:func:`.headings.renumbered_parts`):
        the parts printed are ``keys``, in order; one taken into another is in the count as written only."""
        self.m.renumbered(renumbered_parts([(heading, keys.index(self.printed[id(heading)]) + 1
                                             if id(heading) in self.printed else None) for heading, _ in parts]),
                          "部分标题")

    def content(self, items: list, level: int, path: tuple) -> list:
        """A part's ``items`` nested under their headings from ``level`` (a table kept where it stands), each one's place
        under ``path``."""
        located: dict = {}
        content = self.m.nest_tables(items, located, level)
        self.out.places.update({(*path, *sub): place for sub, place in located.items()})
        return content

    def loose_cells(self) -> None:
        """A table a text copy gave a cell a line (pdftotext's without ``-layout``: :func:`_loose_cells`) kept where it
        stands, in a finding at its first line: a heading the copy set among its lines (its columns one after another)
        goes after them, so that they stay in the part (or 附件) they belong to, not the next one's."""
        items = self.m.items
        for start, end in _loose_cells(items):
            run = items[start:end]
            if any(item.role == "cell" for item in run):  # a task table's, said as read as no table
                continue
            cells = [item for item in run if not heading_level(item.text)]
            moved = [item for item in run if heading_level(item.text)]
            items[start:end] = cells + moved
            self.find(run[0].place, f"从“{short(run[0])}”起的 {len(cells)} 行是一张表格的格子，复制下来的文字里一格一行、"
                                    "各列先后排开，读不成表格，已照原样作为段落导入"
                                    + "".join(f"；夹在其中的标题“{item.text}”已移到这些行之后" for item in moved)
                                    + "：请对照原件把它们重新排成表格或改写成文字，或直接导入 DOCX、PDF 原件，"
                                    "或改用 pdftotext -layout（保留版式的文本）再导入", "unread")

    def missing(self, key: str, label: str) -> list:
        """A placeholder for the part ``key`` the text lacks, or whose heading has nothing under it, in a finding."""
        if (key,) in self.out.places:  # its heading, with nothing under it (the source's, or its lines moved off)
            heading = self.data.get("headings", {}).get(key, label)
            self.find(self.out.places[(key,)], f"“{heading}”一部分的标题下面没有文字：已留占位，请照原文填写或补写", "sections")
        else:
            self.find("正文", f"没有找到“{label}”一部分：已留占位，请照原文填写或补写", "sections")
        return [placeholder(label)]


def keep_loose_cells(mapper: DocumentMapper) -> None:
    """Each table a text copy gave a cell a line kept where it stands among ``mapper``'s items, in a finding, as a
    summary's and a plan's are (:meth:`_Document.loose_cells`): the 2008 annual reports' tables of their own too."""
    _Document(mapper).loose_cells()


class _Summary(_Document):
    name = "工作总结"
    parts = _SUMMARY_PARTS
    tables = True

    def run(self) -> Imported:
        m = self.m
        title, place = m.title("××××年政务公开工作总结")
        title, dated = self.below_title(title, place)
        self.loose_cells()
        m.without_attachments()
        title, organs, date = self.under_title(title, place, self.dated(m.closing(), dated))
        m.without_attachment_note()
        self.text += m.items
        year = self.metadata(title, place, organs, date, plan_year=False)
        title = unbroken(_joint_title(title, organs))
        self.default_labels = {p.key: p.heading(year) if year else p.label.format(year="", next="")
                               for p in summary_spec.PARTS}
        top = part_heading(m.items)
        with_plan = any(self.key_of(item) == "plan" for item in m.items if top(item))
        default = summary_spec.default_title(self.data["agency"], year, with_plan) if year else ""
        if title and not _same_title(title, default):
            self.data["title"] = title
            self.out.places[("title",)] = place
        m.addressee()
        preamble, parts = self.split(m.items)
        self.preamble(preamble)
        parts = self._problems_in_work(parts)
        found = self.sections(parts, [p.key for p in summary_spec.PARTS])
        if not parts and preamble:
            self.find(preamble[0].place, "没有找到“一、”这样的部分标题：全文已作为前言导入，请把各部分移到 work、problems、plan 下",
                      "sections")
        for part in summary_spec.PARTS:
            if found.get(part.key):
                self.data[part.key] = found[part.key]
            elif part.required or part.key in found:
                self.data[part.key] = self.missing(part.key, self.default_labels[part.key])
        self.parts_renumbered(parts, [part.key for part in summary_spec.PARTS if self.data.get(part.key)])
        self.signed(organs, self.data)
        self.data["date"] = date or self._no_date()
        if m.attachments:
            self.data["attachments"] = m.attachments
        self.m.pictures(self.text, self.name)
        _reorder(self.data, ("kind", "year", "agency", "title", "addressee", "preamble", "headings", "work", "problems",
                             "plan", "signature", "date", "attachments"))
        return self.out

    def key_of(self, heading: Para) -> str | None:
        """The part ``heading`` names; one naming the next year (2024年工作重点, 二〇二四年重点工作) is the plan, whatever
        its other words."""
        year = self.data.get("year")
        if isinstance(year, int) and any(year_value(found.group(1)) == year + 1 for found in YEAR.finditer(heading.text)) \
                and not _SUMMARY_PARTS[0][1].search(heading.text):
            return "plan"
        return super().key_of(heading)

    def _problems_in_work(self, parts: list[tuple[Para, list]]) -> list[tuple[Para, list]]:
        """Without a part of its own, the problems are often the last paragraphs of the work part, from one that says
        there were problems (:data:`_PROBLEMS_SAID`: 回顾全年……也存在一些问题和不足……): those become the 存在的问题 part,
        in a finding."""
        if any(self.key_of(h) == "problems" for h, _ in parts):
            return parts
        for n, (heading, items) in enumerate(parts):
            if self.key_of(heading) != "work":
                continue
            start = next((i for i, item in enumerate(items) if isinstance(item, Para) and not heading_level(item.text)
                          and _PROBLEMS_SAID.search(item.text[:80]) and i > 0 and not any(
                              isinstance(x, Para) and heading_level(x.text) for x in items[i:])), None)
            if start is None:
                return parts
            moved = items[start:]
            self.find(moved[0].place, f"原文没有“存在的问题”一部分；“{heading.text}”末尾从“{short(moved[0])}”起的 "
                                      f"{len(moved)} 段说的是问题和不足，已作为“存在的问题”导入：请核对", "sections")
            problems = Para("存在的问题", moved[0].place, "heading")
            return [*parts[:n], (heading, items[:start]), (problems, moved), *parts[n + 1:]]
        return parts

    def _no_date(self) -> str:
        self.find("文末", "没有找到成文日期（文末的“××××年×月×日”）：请照原件填写 date", "metadata")
        return placeholder("成文日期，如 2017-01-10")


class _Plan(_Document):
    name = "工作方案"
    parts = _PLAN_PARTS
    default_labels = {p.key: p.label for p in plan_spec.PARTS}

    def __init__(self, mapper: DocumentMapper):
        super().__init__(mapper)
        #: A part's heading (its id) naming none of the plan's that stands for one the plan lacks: its key.
        self.stands_for: dict[int, str] = {}

    def run(self) -> Imported:
        m = self.m
        title, place = m.title("××××年政务公开工作实施方案")
        title, dated = self.below_title(title, place)
        notice = self._notice(title, place, dated) if re.search("通知$", title.replace("\n", "")) else None
        if notice is not None:
            notice_place = place
            mark = self._attachment_mark_off()
            if notice["note"] is not None:
                _noted_title(m.items, notice["note"])
            title, place = m.title(None) if m.items else ("", place)  # none: the notice's title names it, or a finding
            title, dated = self.below_title(title, place)
        table = self._task_table()
        self.loose_cells()
        m.without_attachments(sent=notice is not None and bool(mark or notice["note"]))
        closing = self.dated(m.closing(), dated)
        title, organs, date = self.under_title(title, place, closing) if notice is None else (title, *closing[:2])
        m.without_attachment_note()
        self.text += m.items + ([table["grid"]] if table and table["settings"]["place"] == "inline" else [])
        if notice is not None and not title:
            title, place = _named_plan(notice["title"]), notice_place
            self.find(place, f"印发通知之后没有找到方案的标题：方案的标题按通知标题取为“{title}”，原件另有标题的请照原件填写 title"
                      if title else "印发通知之后没有找到方案的标题：方案按默认标题印出，原件另有标题的请照原件填写 title",
                      "metadata")
        notice_date = (notice or {}).get("date")
        signers = organs or (notice or {}).get("organs") or []
        year = self.metadata(title or notice["title"], place, signers,
                             date or (notice_date if isinstance(notice_date, dt.date) else None), plan_year=True)
        title = unbroken(_joint_title(title, signers))
        if year and title and not _same_title(title, plan_spec.default_title(self.data["agency"], year)):
            self.data["title"] = title
            self.out.places[("title",)] = place
        if notice is not None:
            self.signed(notice.pop("organs"), notice)
            printed = title or plan_spec.default_title(self.data.get("agency", ""), year or 0)
            self._sent(notice, notice.pop("note"), mark, printed)
            self.data["notice"] = notice
        preamble, parts = self.split(m.items)
        self.preamble(preamble)
        tasks_part = next(((h, items) for h, items in parts if self.key_of(h) == "tasks"), None)
        groups = self._task_groups(parts) if tasks_part is None else []
        rest = [(h, items) for h, items in parts if (h, items) != tasks_part and (h, items) not in groups]
        found = self.sections(self._after_tasks_part(parts, tasks_part, rest), ["requirements", "tasks", "safeguards"])
        if groups:
            tasks_part = (groups[0][0], [p for h, items in groups for p in self._grouped(h, items, found)])
        tasks = []
        if tasks_part is not None:
            heading, items = tasks_part
            if not groups:
                self.printed[id(heading)] = "tasks"
                if strip_number(heading.text) != self.default_labels["tasks"]:
                    self.data.setdefault("headings", {})["tasks"] = strip_number(heading.text)
            tasks = self._tasks(heading, items, found, not groups)
        if table is not None:
            tasks = self._table_tasks(table, tasks)
        for part in plan_spec.PARTS:
            if part.key == "tasks":
                self.data["tasks"] = tasks or self._no_tasks()
            else:
                self.data[part.key] = found.get(part.key) or self.missing(part.key, part.label)
        self.parts_renumbered(parts, [part.key for part in plan_spec.PARTS])
        if "headings" in self.data:
            self.data["headings"] = {p.key: self.data["headings"][p.key] for p in plan_spec.PARTS
                                     if p.key in self.data["headings"]}
        if table is not None:
            self.data["task_table"] = table["settings"]
            self._numbered(table["settings"], len(m.attachments) + 1)
        if date:
            self.signed(organs, self.data)
            self.data["date"] = date
        elif organs:
            self.find("文末", f"文末的署名“{'、'.join(organs)}”下没有成文日期：署名只在填写 date 时印出，请照原件填写 date",
                      "metadata")
            self.signed(organs, self.data)
        if m.attachments:
            self.data["attachments"] = m.attachments
        self.m.pictures(self.text, self.name)
        _reorder(self.data, ("kind", "year", "agency", "title", "notice", "preamble", "headings", "requirements", "tasks",
                             "tasks_after", "safeguards", "task_table", "signature", "date", "attachments"))
        return self.out

    def key_of(self, heading: Para) -> str | None:
        """The part ``heading`` names, or the one it stands for (:meth:`_after_tasks_part`)."""
        return self.stands_for.get(id(heading)) or super().key_of(heading)

    def _after_tasks_part(self, parts: list, tasks_part: tuple | None, rest: list) -> list:
        """``rest`` (the parts but the tasks) with those naming none of the plan's between the 主要任务 and the 保障措施
        (三、实施步骤, 进度安排) after the 保障措施: :meth:`sections` takes such a part into the one before it, which
        without the tasks is the 总体要求, printed before the tasks; the 保障措施 prints after them, as they stood.
        Without a 保障措施, the first such part after the tasks stands for it, its heading kept, in a finding."""
        if tasks_part is None:
            return rest
        after = parts[parts.index(tasks_part) + 1:]
        safeguards = next((part for part in after if self.key_of(part[0]) == "safeguards"), None)
        if safeguards is None and after and self.key_of(after[0][0]) is None:
            heading = after[0][0]
            self.stands_for[id(heading)] = "safeguards"
            self.find(heading.place, f"方案没有“{self.default_labels['safeguards']}”一部分，排在主要任务之后的“{heading.text}”"
                                     "已作为这一部分（safeguards，标题照原文写进 headings）导入，仍印在各项任务之后：请核对",
                      "sections")
            return rest
        moved = [part for part in after[:after.index(safeguards)] if self.key_of(part[0]) is None] if safeguards else []
        out = [part for part in rest if part not in moved]
        at = out.index(safeguards) + 1 if moved else 0
        return out[:at] + moved + out[at:]

    def _task_groups(self, parts: list[tuple[Para, list]]) -> list[tuple[Para, list]]:
        """Without a 主要任务 part, the parts naming none of the plan's whose numbered items (1. 2., （一）) give their units
        or deadline (责任单位：……): the tasks, grouped by what they are about, as a 工作要点 lists them (一、深化重点领域
        信息公开 / 1.公开……。责任单位：……), in a finding (:meth:`_grouped`). Parts without units stay subheadings."""
        def units(items: list) -> bool:
            return any(isinstance(p, Para) and (self._labelled(p.text) or heading_level(p.text) in (2, 3)
                                                and self._units_after(p.text)[1]) for p in items)

        groups = [(h, items) for h, items in parts if self.key_of(h) is None and units(items)]
        deep = [h for h, items in groups if _tasks_in(items) is not None]
        if deep:
            self.find(deep[0].place, f"方案没有“主要任务”一部分，“{'”“'.join(h.text for h in deep)}”不是方案的部分之一，其下"
                                     "（一）（二）……各项写有责任单位或完成时限：已作为“主要任务”导入，（一）（二）……各作为一项任务、"
                                     "其下的 1. 2. ……作为它的子项（items）；方案的数据里任务不分组，这几个部分的标题没有导入：请核对",
                      "sections")
        if shallow := [h for h, _ in groups if h not in deep]:
            self.find(shallow[0].place, f"方案没有“主要任务”一部分，“{'”“'.join(h.text for h in shallow)}”不是方案的部分之一，"
                                        "其下编号的各项写有责任单位或完成时限：已作为“主要任务”导入，每一部分作为一项任务、"
                                        "其下各项作为它的子项（items）：请核对", "sections")
        return groups

    def _grouped(self, heading: Para, items: list, found: dict) -> list:
        """A group of tasks' items (:meth:`_task_groups`) for :meth:`_tasks`: its heading as a task's over its items
        1. 2., the task's items; where its items are （一） themselves, those tasks, the group's heading left out (the
        data has no groups of tasks) and its text over the first of them going to the end of 总体要求."""
        first = _tasks_in(items)
        if first is None:
            return [_as_task(heading), *items]
        for para in self.paragraphs(items[:first], "主要任务"):
            self._unplaced(heading, para, found)
        return items[first:]

    # 印发通知 ---------------------------------------------------------------------
    def _notice(self, title: str, place: str, dated: tuple | None) -> dict | None:
        """The cover notice (关于印发……的通知) down to its 成文日期, taken off the items: its title, 主送机关, body,
        署名 and date (or the one in brackets under its title, ``dated``: :meth:`dated`); None (all left to the plan)
        when neither a date line nor the plan's title ends it."""
        m = self.m
        end = self._notice_end()
        if end is None:
            self.find(place, "印发通知没有找到成文日期：通知的文字已作为方案的前言导入，请核对", "metadata")
            return None
        items, m.items = m.items[:end], m.items[end:]
        m.items, rest = items, m.items
        m.addressee()
        addressee = self.data.pop("addressee", None)
        organs, date, _ = self.dated(m.closing(), dated)
        body, m.items = m.items, rest
        if not organs and body and isinstance(body[-1], Para) and organ_name(body[-1].text, ending=True):
            organs = [body.pop().text]  # a 署名 typed as a plain line over the date: the notice ends with it
        self.text += body
        notice: dict = {"title": unbroken(_joint_title(title, organs))}
        self.out.places[("notice", "title")] = place
        if addressee:
            notice["addressee"] = addressee
        paras = self.paragraphs(body, "印发通知")
        notice["note"] = _note_off(paras)
        notice["body"] = [p.text for p in paras] or [placeholder("印发通知的正文")]
        if not paras:
            self.find(place, "印发通知没有正文：已留占位", "metadata")
        notice["organs"] = organs
        notice["date"] = date
        if date is None:
            self.find(place, "印发通知没有成文日期：已留占位，请照原件填写 notice 下的 date", "metadata")
            notice["date"] = placeholder("印发通知的成文日期，如 2018-06-25")
        return notice

    def _attachment_mark_off(self) -> Para | None:
        """The mark “附件” over the plan that the notice sends (as its attachment), taken off the items."""
        items = self.m.items
        if items and isinstance(items[0], Para) and ATTACHMENT.fullmatch(items[0].text.strip()):
            return items.pop(0)
        return None

    def _sent(self, notice: dict, note: Para | None, mark: Para | None, title: str) -> None:
        """The plan sent as the notice's attachment: its 附件说明 under the notice's body (``note``), or the mark “附件”
        over its ``title`` (``mark``), or both, make ``attachment: true``, which prints both; a finding says which one
        the source lacked, or the name its 附件说明 gave where not the plan's title, as a render prints it."""
        if note is None and mark is None:
            return
        notice["attachment"] = True
        self.out.places[("notice", "attachment")] = (note or mark).place
        printed = f"附件：{title.replace(chr(10), '')}"
        if mark is None:
            self.find(note.place, f"原件方案标题之上没有“附件”标识：通知的附件说明“{short(note)}”导入为 notice 下的 "
                                  "attachment: true，重新生成时方案首页左上角印“附件”（GB/T 9704 §7.3.7）", "attachments")
        elif note is None:
            self.find(mark.place, f"原件通知正文之下没有附件说明：方案标题之上的“{mark.text.strip()}”导入为 notice 下的 "
                                  f"attachment: true，重新生成时通知正文之下印“{printed}”（GB/T 9704 §7.3.4）", "attachments")
        elif attachment_name_key(ATTACHMENT_NOTE.sub("", note.text)) != attachment_name_key(title):
            self.find(note.place, f"通知的附件说明“{short(note)}”与方案标题不同：重新生成时印作“{printed}”，请核对",
                      "attachments")

    def _notice_end(self) -> int | None:
        """Where the notice ends in the items: past the last date line before the plan's title (a date in the notice's
        text is no 成文日期; one after the title is the plan's), or, without a title, before its first 一、 part (the
        first 一、 after a date line: the notice's own 一、 items come before its date); at the plan's title when the
        notice has no date line of its own. None: no title and no date line before the parts."""
        items = self.m.items
        title = next((i for i, item in enumerate(items) if isinstance(item, Para)
                      and worded_title(item.text.replace("\n", ""))), None)
        dated = [i for i, item in enumerate(items) if isinstance(item, Para) and parse_date(item.text)]
        firsts = [i for i, item in enumerate(items) if isinstance(item, Para) and is_heading(item)
                  and heading_level(item.text) == 1 and (numbered(item.text) or ("", 0))[1] == 1]  # 一、, 第一部分
        plan = title if title is not None else next((i for i in firsts if dated and dated[0] < i),
                                                    firsts[0] if firsts else len(items))
        dates = [i for i in dated if i < plan]
        return dates[-1] + 1 if dates else title

    # 主要任务 ---------------------------------------------------------------------
    def _tasks(self, heading: Para, items: list, found: dict, numbered_here: bool = True) -> list[dict]:
        """The tasks of the 主要任务 part: （一） a task, 1. its sub-items (where no task is numbered （一）, 1. a task
        and （1） its sub-items), paragraphs their measures, the 责任科室（单位） and 完成时限 lines (or brackets after a
        measure) their units and deadline. Text before the first task goes to
        the end of ``requirements``, in a finding; text after the last one that is none of its measures, to
        ``tasks_after`` (:meth:`_after_tasks`). Where the tasks are ``numbered_here`` (not gathered from groups each
        numbered from one), one a render numbers otherwise than written is said (:func:`.headings.renumbered_items`)."""
        tasks: list[dict] = []
        written: dict[int, Para] = {}  # each task's and sub-item's number as written, with its name
        current: dict | None = None
        # each task's and sub-item's paragraphs in order, a letter each: r run-in measure, n numbered one, m un-numbered
        # one, u units (_after_tasks)
        shapes: dict[int, str] = {}
        tail: list[Para] = []  # the un-numbered measures since the last task, units line or measure with units
        paras = self.paragraphs(items, "主要任务")
        top = 2 if any(heading_level(para.text) == 2 for para in paras) else 3  # none （一）: 1. the tasks, （1） items
        for para in paras:
            level = heading_level(para.text)
            labelled = self._labelled(para.text)
            if labelled is not None and current is not None:
                self._assign(current, labelled, para)
                shapes[id(current)] += "u"
                tail = []
                continue
            if level in (top, top + 1) and (level == top or tasks):
                task = self._task(para)
                text = para.text.strip()
                written[id(task)] = Para(text[:len(text) - len(labels.after_number(text))] + task["task"], para.place,
                                         para.role)
                if level == top:
                    tasks.append(task)
                else:
                    tasks[-1].setdefault("items", []).append(task)
                current = task
                run_in_units = "lead" in task or "deadline" in task
                shapes[id(task)] = ("r" if task.get("content") else "") + ("u" if run_in_units else "")
                tail = []
                continue
            if current is None and _ABOUT_TASKS.search(para.text):  # 各项任务的分工见下表: of all the tasks
                after = self.data.setdefault("tasks_after", [])
                self.out.places[("tasks_after", len(after))] = para.place
                after.append(para.text)
                self.find(para.place, f"“{heading.text}”里第一项任务之前的“{short(para)}”说的是全部任务：已作为 tasks_after"
                                      "（印在各项任务之后）导入：请核对", "sections")
                continue
            if current is None:
                self._unplaced(heading, para, found)
                continue
            text, units = self._units_after(para.text)
            current.setdefault("content", []).append(text)
            shapes[id(current)] += "n" if level else "m"
            tail = tail + [para] if not level else []
            if units is not None:
                self._assign(current, units, para)
                shapes[id(current)] += "u"
                tail = []
        if current is not None and tail:
            self._after_tasks(heading, current, shapes, tail)
        if numbered_here:
            self.m.renumbered(renumbered_items([(written[id(task)], [(written[id(item)], []) for item in task.get("items", [])])
                                                for task in tasks], 2), "任务")
        return [self._ordered(task) for task in tasks]

    def _unplaced(self, heading: Para, para: Para, found: dict) -> None:
        """``para``, over the first task under ``heading``, at the end of 总体要求, in a finding."""
        found.setdefault("requirements", []).append(para.text)
        self.find(para.place, f"“{heading.text}”里第一项任务之前的“{short(para)}”没有任务可归，已接在“总体要求”末尾：请核对",
                  "sections")

    def _after_tasks(self, heading: Para, last: dict, shapes: dict[int, str], tail: list[Para]) -> None:
        """The un-numbered paragraphs ending the last task (``tail``) that are none of its measures, taken off it into
        ``tasks_after``: those after its units line where each task gives its measures before its units (as reportkit
        prints them); from one speaking of the tasks as a whole (:data:`_ABOUT_TASKS`: 以上各项任务……、分工见附件);
        or, in a finding, all of them where every other task's measures are run into its numbered paragraph or numbered
        themselves. The last task keeps a measure (or its units) before them."""
        shape = shapes.pop(id(last))[:-len(tail)]
        others = list(shapes.values())
        if re.fullmatch("[rnm]+u+", shape) and not any(re.search("u[rnm]", other) for other in others):
            start = 0
        else:
            start = next((i for i, para in enumerate(tail) if _ABOUT_TASKS.search(para.text)), None)
            if start is None and re.search("[rn]", shape) and "m" not in shape \
                    and sum(bool(re.search("[rn]", other)) for other in others) >= 2 and not any("m" in o for o in others):
                start = 0
                self.find(tail[0].place, f"“{heading.text}”最后一项任务之后的“{short(tail[0])}”不编号，而其他各项任务的措施"
                                         "都写在编号的段落里：不像这项任务的措施，已作为 tasks_after（印在各项任务之后）导入："
                                         "请核对，是这项任务的措施的移回它的 content", "sections")
        if start is None or (start == 0 and not shape):
            return
        moved = tail[start:]
        del last["content"][len(last["content"]) - len(tail) + start:]
        if not last["content"]:
            del last["content"]
        after = self.data.setdefault("tasks_after", [])
        self.out.places.update({("tasks_after", len(after) + i): para.place for i, para in enumerate(moved)})
        after += [para.text for para in moved]

    def _task(self, para: Para) -> dict:
        """A task (or sub-item) from its numbered paragraph: the heading, with its run-in text as the first measure (or
        its units, run on after its name)."""
        if is_heading(para):
            return {"task": strip_number(para.text)}
        cut = run_in(para) if heading_level(para.text) >= 2 else None
        if cut and cut[1]:
            labelled = self._labelled(cut[1])  # the name, then its units at once: no measure
            text, units = ("", labelled) if labelled is not None else self._units_after(cut[1])
            task = {"task": strip_number(cut[0]), "content": [text]} if text else {"task": strip_number(cut[0])}
            if units:
                self._assign(task, units, para)
            return task
        if cut:
            return {"task": strip_number(cut[0])}
        self.find(para.place, f"“{short(para)}”的任务名称和措施连在一起、中间没有句号，分不开：整段已作为这项任务的措施导入，"
                              "任务名称留了占位，请照原文填写", "sections")
        text, units = self._units_after(strip_number(para.text))
        task = {"task": placeholder("任务名称"), "content": [text]}
        if units:
            self._assign(task, units, para)
        return task

    @staticmethod
    def _labelled(text: str) -> list[tuple[str, str]] | None:
        """``text`` as (label, value) pairs when it is a line of units and deadline (责任单位：……), else None."""
        found = list(_UNIT_LABEL.finditer(text))
        if not found or found[0].start() > 1 or len(text) > 120 or "。" in text.rstrip("。"):
            return None
        return [(f.group(1), _value(text[f.end():nxt])) for f, nxt in
                zip(found, [g.start() for g in found[1:]] + [len(text)])]

    def _units_after(self, text: str) -> tuple[str, list | None]:
        """``text`` without the units and deadline that end it (in brackets or run on), and those; else ``text``, None."""
        found = _UNITS_AFTER.search(text) or _UNITS_RUN_ON.search(text)
        pairs = self._labelled(found.group(1)) if found and found.start() else None
        return (text[:found.start()].rstrip(), pairs) if pairs else (text, None)

    def _assign(self, task: dict, pairs: list[tuple[str, str]], para: Para) -> None:
        """Units and deadline into ``task``: the 牵头 unit (else the first 责任 one) its ``lead``, the others ``support``;
        a label left blank (完成时限：) gives nothing."""
        lead_first = [v for label, v in pairs if label.startswith("牵头") and v]
        for label, value in pairs:
            if not value:
                continue
            if "时" in label or "节点" in label:
                if task.get("deadline"):
                    self.find(para.place, f"“{task['task']}”的完成时限写了两次，已取第一次的：请核对", "sections")
                    continue
                task["deadline"] = value  # as printed: a date in figures prints as a date does (2024年11月20日)
                continue
            units = [u for u in _UNIT_SPLIT.split(value) if u]
            if not units:
                continue
            first = label.startswith("牵头") or (label.startswith(("责任", "承办")) and not lead_first)
            if first and "lead" not in task:
                task["lead"], units = units[0], units[1:]
            task.setdefault("support", []).extend(u for u in units if u not in task["support"] and u != task.get("lead"))
        if not task.get("support"):
            task.pop("support", None)

    @staticmethod
    def _ordered(task: dict) -> dict:
        keys = ("task", "content", "lead", "support", "deadline", "items")
        out = {key: task[key] for key in keys if key in task}
        if "items" in out:
            out["items"] = [_Plan._ordered(item) for item in out["items"]]
        return out

    def _no_tasks(self) -> list:
        self.find("正文", "没有找到“主要任务”一部分（或其中的（一）（二）……各项任务）：已留占位，请照原文填写", "sections")
        return [{"task": placeholder("任务名称"), "content": [placeholder("任务的具体措施")]}]

    # 分解表 -----------------------------------------------------------------------
    def _task_table(self) -> dict | None:
        """The task table (主要任务分解表), taken off the items with its title and its 附件 mark: its rows, and the
        ``task_table`` settings (``place``: attachment after a 附件 line, else inline; ``title`` where not the default).
        Not a head alone (a text copy's table whose rows are not read as one): its rows would be lost from it, the
        attachment's lines then read as the text's; left, it is read as an attachment of text."""
        items = self.m.items
        at = next((i for i, item in enumerate(items) if isinstance(item, Grid) and self._columns(item)
                   and len(item.rows) > self._head(item) + 1), None)
        if at is not None and _columns_after(items, at):
            grid = items[at]  # its cells back as the lines they were, for the note on an unread table
            self.m.without_cell_findings(grid)
            items[at:at + 1] = [Para(text, place) for row, place in zip(grid.rows, grid.places) for text in row if text]
            at = None
        if at is None:
            self._unread_table()
            return None
        grid = items[at]
        start = at
        for k in range(at - 1, max(at - 5, -1), -1):  # a 附件 mark over the table's title, or a caption right above it
            item = items[k]
            if not isinstance(item, Para) or len(item.text) > 60 or "。" in item.text:
                break
            if ATTACHMENT.match(item.text):
                start = k
                break
        if start == at and at and isinstance(items[at - 1], Para) and _TABLE_TITLE.search(items[at - 1].text.replace("\n", "")):
            start = at - 1
        above = items[start:at]
        mark = ATTACHMENT.match(above[0].text) if above else None
        attachment = mark is not None
        number = re.search(r"\d+", mark.group()) if mark else None
        titles = [p.text for p in above[1:]] if attachment else [p.text for p in above]
        places = [p.place for p in above[1:]] if attachment else [p.place for p in above]
        if self._top(grid):  # the title printed in the table's first row
            titles, places = titles + [grid.rows[0][0]], places + [grid.places[0]]
        settings: dict = {"place": "attachment" if attachment else "inline"}
        if number and int(number.group()) > 1:  # 附件2 after another: its number, checked once the others are found
            settings["attachment"] = int(number.group())
            self.out.places[("task_table", "attachment")] = above[0].place
        title = "\n".join(titles)
        if attachment and title:
            self.m.attached.append(title)
        if title:
            settings["title"] = unbroken(title)  # checked against the default once the agency is known
            self.out.places[("task_table", "title")] = places[-1]
        self.out.places[("task_table",)] = grid.place
        del items[start:at + 1]
        note = [i for i, item in enumerate(items) if isinstance(item, Para) and ATTACHMENT.match(item.text)
                and _TABLE_TITLE.search(item.text.rstrip("。.")) and len(item.text) <= 60
                and not NOTE_ITEM.match(ATTACHMENT.sub("", item.text))]
        for i in reversed(note):  # the 附件说明 naming the table alone (one of several: the frame's mapper's): printed again
            del items[i]
        return {"grid": grid, "settings": settings}

    def _unread_table(self) -> None:
        """A task table whose head alone was read (a table's row, its cells a line each, or its cells joined in a line) is
        said at the head's first line: a text copy mixed its cells' lines (pdftotext's), its rows left as text, its
        deadlines in none of them."""
        items = self.m.items
        for i, item in enumerate(items):
            if isinstance(item, Grid):
                head = item.rows[0] if len(item.rows) == 1 else []
            else:  # the head's cells a line each: the longest run of lines each the words of a column, but for a
                # row's number the copy set beside its first (序号 / 1 / 工作任务: the number centred in a tall row)
                run = [x.text.strip() if isinstance(x, Para) else "" for x in items[i:i + len(_TABLE_COLUMNS) + 2]]
                run = run[:next((k for k, text in enumerate(run) if not _head_cell(text)
                                 and not (k and NUMBER_ALONE.fullmatch(text))), len(run))]
                head = [text for text in run if _head_cell(text)]
            keys = {key for cell in head for key, pattern in _TABLE_COLUMNS if pattern.search(cell)}
            # a copy in reading order may set a head's last cells after its first rows: 序号 and 工作任务 then tell it
            if len(head) >= 3 and (self._columns(Grid([head], [item.place], item.place)) or {"number", "task"} <= keys) \
                    or isinstance(item, Para) and _JOINED_HEAD.fullmatch(re.sub(r"\s+", "", item.text)):
                self._cells(i)
                self.find(item.place, "任务分解表没有读成表格：复制下来的文字里各格的字分在几行、混在一起，分不出哪一行的哪一格，"
                                      "表中的文字作为附件的段落导入，各项任务的完成时限、责任单位没有从表中读出：请对照原件补填"
                                      "（deadline、lead），或直接导入 PDF、DOCX 原件，或改用 PDF 阅读器的“另存为文本”（pdftotext -layout）"
                                      "保留版式的文本再导入", "unread")
                return

    def _cells(self, at: int) -> None:
        """The unread task table's lines from its head (``items[at]``) marked as cells (role ``cell``), read as before but
        said by the one finding on the table: the numbers of its rows (3.2) and measures (1.环境空气质量：……) open lines
        a copy mixed from several cells, not the source's headings or tasks, which no renumbering (:func:`.headings._said`)
        nor loose cells' finding (:meth:`loose_cells`) is said of. They end at the next part's heading, 附件 mark or table
        read as one, none of which a task table's cell is (lines of the text after it up to there are taken for its)."""
        items = self.m.items
        is_part = part_heading(items)
        end = next((k for k in range(at + 1, len(items)) if not isinstance(items[k], Para) or is_part(items[k])
                    or ATTACHMENT.match(items[k].text)), len(items))
        items[at:end] = [Para(x.text, x.place, "cell") if isinstance(x, Para) else x for x in items[at:end]]

    def _numbered(self, settings: dict, count: int) -> None:
        """The task table's ``attachment`` number (附件2 in the source) kept where it is one of the ``count`` attachments
        imported with it; one further on (an attachment before it not imported) is the last, in a finding."""
        number = settings.get("attachment")
        if number is None or number <= count:
            return
        place = self.out.places.pop(("task_table", "attachment"))
        if count > 1:
            settings["attachment"] = count
            self.out.places[("task_table", "attachment")] = place
        else:
            del settings["attachment"]
        self.find(place, f"分解表在原件中是“附件{number}”，而导入的附件连同分解表只有 {count} 个：分解表已排在最后"
                         f"（{'附件' + str(count) if count > 1 else '唯一的附件'}），附件的编号与原件不同：请核对，"
                         "缺的附件需要时在 attachments 下补写", "attachments")

    @staticmethod
    def _top(grid: Grid) -> int:
        """The first row of ``grid``'s head: the second where the first is one cell across the table (its title printed
        in it: 某局2025年政务公开工作任务分解表) over a task table's head, else the first."""
        return int(len(grid.rows) > 2 and bool(_across(grid.rows[0])) and _Plan._columns(grid, 1) is not None)

    @staticmethod
    def _head(grid: Grid) -> int:
        """The last row of ``grid``'s head: the one under its first (:meth:`_top`) where the head is two rows deep
        (:func:`_sub_head`), else its first."""
        top = _Plan._top(grid)
        return top + int(len(grid.rows) > top + 2 and _sub_head(grid.rows[top], grid.rows[top + 1]))

    @staticmethod
    def _columns(grid: Grid, head: int | None = None) -> dict[str, int] | None:
        """Which column of ``grid`` holds which field, from its head (row ``head``, else :meth:`_head`'s; with the row
        over it where that is the head's first, :func:`_sub_head`); None when it is no task table."""
        if not grid.rows:
            return None
        head = _Plan._head(grid) if head is None else head
        cells = grid.rows[head]
        if head and _sub_head(grid.rows[head - 1], cells):  # a cell merged down the head's rows: its words above
            cells = [below or above for above, below in zip(grid.rows[head - 1], cells)]
        columns: dict[str, int] = {}
        for j, cell in enumerate(cells):
            key = next((key for key, pattern in _TABLE_COLUMNS if pattern.search(cell) and key not in columns), None)
            if key and j not in columns.values():
                columns[key] = j
        return columns if "task" in columns and ("units" in columns or "deadline" in columns) else None

    def _table_tasks(self, table: dict, tasks: list[dict]) -> list[dict]:
        """The task table's rows against the tasks of the text: a deadline (or units) the text does not give goes to its
        task; a row whose task the text lacks becomes a task (in a finding, unless the text has no tasks at all), and a row
        whose 工作任务 is blank is the row above's (a merged cell a page break parted prints its text above the break
        only), as one is that names again the task of a row beside it; one giving that name alone adds nothing
        (:func:`_repeats`). A deadline most rows share is the table's default; where none does, each task keeps its own
        but “全年”, which a task without one prints; a table of one task, or of 全年 in every row, gives each task its own;
        a sub-item whose task has a deadline of its own keeps the default's text too.

        A row of one cell across the table is no task: a group's heading (二、造林绿化) names a task of the text whose
        sub-items the rows under it are, else it is said in a finding (the data has no groups of tasks); a line of text
        is a measure of the row above (:meth:`_across_line`)."""
        grid = table["grid"]
        columns = self._columns(grid)
        settings = table["settings"]
        if settings.get("title") and self.data.get("year") and isinstance(self.data["year"], int):
            default = plan_spec.default_title(self.data["agency"], self.data["year"], plan_spec.TASK_TABLE_SUFFIX)
            if _same_title(settings["title"], default) or settings["place"] == "inline" \
                    and not settings["title"]:
                del settings["title"]
        entries = []  # the rows (their cells), and the rows of one cell across the table (no cells: their text)
        head = self._head(grid)
        body = grid.rows[head + 1:]
        cells = [{key: clean(row[j]) if j < len(row) else "" for key, j in columns.items()} for row in body]
        copy = _text_copy(self.m.published)
        # a cell centred on a line of its own between two rows of a copy keeping the layout is no row of the printed
        # table; a row of a copy parting cells by tabs is one of the source's, as a DOCX's is
        lines = {k: key for k in range(len(cells)) if (key := _merged_line(cells, k))} if grid.laid_out else {}
        numbers = list(accumulate((k not in lines for k in range(len(cells))), initial=head + 1))[1:]
        for k, cell in enumerate(cells):
            if k not in lines:
                self._deadline_in_units(numbers[k], cell, columns, grid.places[head + 1 + k])
        if _merged_once(self.m.published, grid):
            self._merged_down(cells, body, numbers, lines, grid.places[head + 1:], copy)
        names = [norm(cell["task"]) for cell in cells]
        repeats = _repeats(cells, names)
        for k, (row, place, cell) in enumerate(zip(body, grid.places[head + 1:], cells)):
            if k in repeats or lines.get(k) in _MERGED_DOWN:  # a merged cell's line: the rows around took it
                continue
            n = numbers[k]
            named = bool(names[k]) and names[k + 1:k + 2] == [names[k]]  # a task's name typed in its next row too
            alone = clean(_across(row)) or ("" if named else _in_one_cell(cell) or _numbered_group(cell))
            if alone:
                entries.append((n, None, place, alone))
            elif any(cell.values()):
                entries.append((n, cell, place, ""))
        entries = _headings_rejoined(entries, {norm(t["task"]) for t in tasks})
        rows = [entry for entry in entries if entry[1] is not None]
        deadlines = Counter(cell.get("deadline", "") for _, cell, _, _ in rows if cell.get("deadline"))
        default, shared = deadlines.most_common(1)[0] if deadlines else ("", 0)
        one = len({norm(cell["task"]) for _, cell, _, _ in rows if cell["task"]}) <= 1  # a table of one task's rows
        # a row with neither task nor deadline (the task above's unit or measure, its cell merged down) has no say
        said = sum(bool(cell["task"] or cell.get("deadline")) for _, cell, _, _ in rows)
        if one or default == plan_spec.DEFAULT_DEADLINE and shared == said:
            default = ""  # one task's is its own, and 全年 in every row, taken as the default, would be in no task's data
        elif 2 * shared <= said:  # most rows share none: the first was taken, and its tasks' own lost
            default = plan_spec.DEFAULT_DEADLINE  # what a task without one prints
        if default and default != plan_spec.DEFAULT_DEADLINE:
            settings["default_deadline"] = default
        by_name = {norm(t["task"]): t for t in tasks}
        written = bool(tasks)  # a plan whose tasks are only the table's has nothing to tell of
        added = []
        measured: set[int] = set()  # the tasks whose measures the table gave (not the text)
        united: set[int] = set()  # … and those whose units it gave
        dated: dict[int, str] = {}  # … and the deadline of each one's first row
        task = target = group = None
        for n, cell, place, text in entries:
            if cell is None and _group_heading(text):
                group = by_name.get(norm(strip_number(text))) if written else None
                if group is None:
                    self.find(place, f"分解表第 {n} 行“{text}”是跨整行的分组标题：方案的数据里任务不分组，这一行没有导入，"
                                     "其下各行照常导入为任务：请核对，要保留这一组的，可把其下的任务改写成一项任务的子项（items）",
                              "sections")
                task = target = group
                continue
            if cell is None and (labels.NOTE.match(text) or _ABOUT_TASKS.search(text)):
                after = self.data.setdefault("tasks_after", [])
                self.out.places[("tasks_after", len(after))] = place
                after.append(text)
                self.find(place, f"分解表第 {n} 行“{short(Para(text, place))}”是跨整行的说明，不是哪项任务的措施：已作为 "
                                 "tasks_after（印在各项任务之后）导入：请核对", "sections")
                continue
            if cell is None:
                self._across_line(n, text, place, target, measured)
                continue
            measures = cell.get("measures", "")
            sub = re.match(r"^\s*\d+\s*[.．、]\s*([^：:。\n]{1,60})[：:]?(.*)$", measures, re.DOTALL)
            grouped = bool(cell["task"]) and group is not None and norm(cell["task"]) not in by_name
            if grouped:  # a row under a group's heading that names no task of the text: an item of the group's task
                task = group
            elif cell["task"] or task is None:
                task = by_name.get(norm(cell["task"]))
            if task is None:
                task = {"task": cell["task"] or placeholder(f"分解表第 {n} 行的任务名称")}
                tasks.append(task)
                by_name[norm(cell["task"])] = task
                added.append((n, cell["task"], place))
            if grouped or sub:
                name = cell["task"] if grouped else sub.group(1).strip()
                target = next((i for i in task.get("items", []) if norm(i["task"]) == norm(name)), None)
                if target is None:
                    target = {"task": name}
                    task.setdefault("items", []).append(target)
                    if (n, cell["task"], place) not in added:
                        added.append((n, f"{task['task']}：{name}", place))
                measures = measures if grouped else sub.group(2)
            elif cell["task"] or task is not group:
                target = task  # a group's item goes on down the rows its name is merged over
            lines = [line.strip() for line in measures.split("\n") if line.strip()]
            if lines and (not target.get("content") or id(target) in measured):
                # a task's later rows (its name merged down them) hold more measures: a merged cell's once
                target.setdefault("content", []).extend(line for line in lines if line not in target["content"])
                measured.add(id(target))
            elif missing := [line for line in lines if not _told(line, target["content"])]:
                # quoted whole: the finding is all the data keeps of it
                self._unprinted(place, f"分解表第 {n} 行的具体措施“{''.join(missing)}”是任务“{target['task']}”的")
            units = [u for u in _UNIT_SPLIT.split(cell.get("units", "")) if u]
            support = [u for u in _UNIT_SPLIT.split(cell.get("support", "")) if u and u not in units]
            if "lead" not in target and "lead" not in task and (units or support and id(target) not in united):
                if units:
                    target["lead"] = units.pop(0)
                else:  # a 配合单位 is no lead: the lead left to fill in, as the text's 配合单位 alone leaves it
                    self.find(place, f"分解表第 {n} 行的任务“{target['task']}”牵头单位一格空着，只有配合单位"
                                     f"“{'、'.join(support)}”：已作为配合单位（support）导入，没有牵头单位：请对照原件在 lead "
                                     "中写明牵头单位", "sections")
                united.add(id(target))
            if id(target) in united:
                target.setdefault("support", []).extend(u for u in units + support if u != target.get("lead")
                                                        and u not in target["support"])
                if not target["support"]:
                    del target["support"]
            deadline = cell.get("deadline", "")
            first = dated.setdefault(id(target), deadline) if deadline else deadline
            if deadline and "deadline" not in target:
                # a sub-item without a deadline of its own prints its task's, where the task has one (the text gives
                # it): the task's is no sub-item's own, and the default's text is the sub-item's own there
                inherited = task.get("deadline") if target is not task else None
                if inherited is None and deadline != default or inherited not in (None, deadline):
                    target["deadline"] = deadline
            if first != deadline:  # a later row of the task (its name merged down them) with a deadline of its own
                kept = target.get("deadline") or (task.get("deadline") if target is not task else None) or \
                    settings.get("default_deadline", plan_spec.DEFAULT_DEADLINE)
                self.find(place, f"分解表第 {n} 行的完成时限“{deadline}”与任务“{target['task']}”第一行的“{first}”不同："
                                 f"一项任务只有一个完成时限，已导入“{kept}”：请核对，需要时把这一行写成这项任务的子项（items），"
                                 "写明它的 deadline", "sections")
        for n, name, place in added if written else ():
            self.find(place, f"分解表第 {n} 行的任务“{name}”在正文的主要任务里没有，已按表中的文字加为一项任务：请核对",
                      "sections")
        return [self._ordered(task) for task in tasks]

    def _deadline_in_units(self, n: int, cell: dict[str, str], columns: dict[str, int], place: str) -> None:
        """A deadline (:data:`_DEADLINE_OPENING`) in the last filled cell of a row, in a units column, the 完成时限 one
        blank, into its column, in a finding: a copy left out a blank or merged cell before it, the reader set its cells
        from the first column on."""
        filled = [key for key in sorted(columns, key=columns.get) if cell[key]]
        if "deadline" in columns and not cell["deadline"] and filled and filled[-1] in ("units", "support") \
                and _DEADLINE_OPENING.match(cell[filled[-1]]):
            cell["deadline"], cell[filled[-1]] = cell[filled[-1]], ""
            self.find(place, f"分解表第 {n} 行的“{cell['deadline']}”排在责任单位一列、“完成时限”一格空着：这是完成时限，"
                             "已作为完成时限导入：请对照原件核对这一行的责任单位", "sections")

    def _merged_down(self, cells: list[dict[str, str]], body: list[list[str]], numbers: list[int], lines: dict[int, str],
                     places: list[str], middle: bool) -> None:
        """A copy's task table (:func:`_merged_once`) writes a cell merged down its rows once (a 责任单位 shared by tasks
        one after another): in its first row, or, in a copy keeping the layout (``middle``), in its middle row where the
        cell is centred vertically, or on a line of its own between its two middle rows (``lines``: such rows, by their
        column, :func:`_merged_line`; a table having one centres its cells). A blank 责任单位 or 完成时限 of a row naming a
        task of its own takes the filled one whose cell it is where the rows' blanks tell (:func:`_merged_readings`; one
        reading fits, or both give it, or the other columns tell the table's), in a finding for each run of such rows;
        else it stays blank, in a finding (``numbers``: each of ``cells``' row's number in the printed table, ``body``
        their rows). Not a 配合单位, which many tasks have none of."""
        runs = {key: _column_runs(cells, body, key, lines) for key in _MERGED_DOWN}
        readings = {key: [_merged_readings([bool(cells[k][key]) for k in run], middle, any(k in lines for k in run))
                          for run in column] for key, column in runs.items()}
        # a run only one reading fits tells how the table writes its merged cells: the others are read so
        told = {int(top is None) for column in readings.values() for top, centred in column
                if (top is None) != (centred is None)}
        rows = [f"第 {n} 行与第 {n + 1} 行之间" if k in lines else f"第 {n} 行" for k, n in enumerate(numbers)]
        for key, what in (("units", "责任单位"), ("deadline", "完成时限")):
            for run, (top, centred) in zip(runs[key], readings[key]):
                if top and centred and len(told) == 1:
                    top, centred = (None, centred) if told == {1} else (top, None)
                said: list[tuple[int, tuple]] = []  # each blank row's k, and what it took (or the rows it lies between)
                for i, k in enumerate(run):
                    cell = cells[k]
                    if cell[key] or not cell["task"] or k and norm(cells[k - 1]["task"]) == norm(cell["task"]):
                        continue  # a row going on with the task above (its name typed again): the task's cell is its
                    taken = {reading[i] for reading in (top, centred) if reading}
                    if len(taken) == 1 and norm(cell["task"]) != norm(cells[run[(source := taken.pop())]]["task"]):
                        cell[key] = cells[run[source]][key]
                        said.append((k, (run[source], centred is not None and centred[i] == source and not top)))
                    elif len(taken) != 1:
                        marks = [j for j in run if cells[j][key]]
                        said.append((k, (max((j for j in marks if j < k), default=None),
                                         min((j for j in marks if j > k), default=None))))
                for group in _runs_of(said, lines):
                    (k, what_of), end = group[0], group[-1][0]
                    span = rows[k] + (f"至{rows[end]}" if end != k else "")
                    self.find(places[k], _merged_message(span, what, what_of, cells, key, rows, lines), "sections")

    def _across_line(self, n: int, text: str, place: str, target: dict | None, measured: set[int]) -> None:
        """A row of one cell across the task table that is no group's heading: a measure of the task (or item) of the
        row above, as a row giving only its 具体措施 would be; in a finding where there is none above, or where the text
        gave that task's measures without it."""
        if target is None:
            self.find(place, f"分解表第 {n} 行“{short(Para(text, place))}”是跨整行的一格，上面没有任务可归：没有导入，请核对，"
                             "是哪项任务的措施的写进它的 content", "sections")
        elif _told(text, target.get("content", [])):
            return
        elif not target.get("content") or id(target) in measured:
            target.setdefault("content", []).append(text)
            measured.add(id(target))
        else:
            self._unprinted(place, f"分解表第 {n} 行“{short(Para(text, place))}”是跨整行的一格，在任务“{target['task']}”的一行之下")

    def _unprinted(self, place: str, said: str) -> None:
        """A finding for a measure the task table gives (``said``: which, of what task) that the text, which gave that
        task's measures, lacks: not imported, the data holding one list of measures for both."""
        self.find(place, f"{said}，但这项任务的措施按正文导入，正文里没有这一句：没有导入，请核对，是它的措施的补进 content", "sections")


def _bracketed(text: str) -> tuple[dt.date, str] | None:
    """The date of a line in brackets that dates a document (:data:`_BRACKETED`), and its words but the date and an
    印发 after it (市政府第15次常务会议审议通过, a 发文字号); None for other text."""
    found = _BRACKETED.match(text)
    inside = found.group(1) if found else ""
    dates = list(_DATE_IN.finditer(inside))
    # two dates, or one and a 至, are a period (2023年1月1日至12月31日), which dates no document
    if len(dates) != 1 or re.search("[至到—－~～]", inside) or not (day := parse_date(dates[0].group(0))):
        return None
    date = dates[0]
    after = re.sub(r"^\s*(?:印发|发布|公布)", "", inside[date.end():])
    return day[0], re.sub(r"^[\s，,、]+|[\s，,、]+$", "", f"{inside[:date.start()]} {after}")


def _value(text: str) -> str:
    """A label's value (责任单位：……) without the stops around it nor a bracket it does not open or close (the one
    around the labels: ……。（责任单位：县政府办）); its own (各村（社区）, 各乡镇（街道）) kept."""
    value = text.strip(" ；;，,。")
    while value[-1:] in "）)" and len(re.findall("[（(]", value)) < len(re.findall("[）)]", value)):
        value = value[:-1].rstrip(" ；;，,。")
    while value[:1] in "（(" and len(re.findall("[（(]", value)) > len(re.findall("[）)]", value)):
        value = value[1:].lstrip(" ；;，,。")
    return value


def _told(measure: str, content: list[str]) -> bool:
    """Whether ``measure`` (a task table's, or a line of one wrapped in its cell) is in ``content``, the measures the
    text gave, but for white space and its closing stop."""
    return re.sub(r"\s", "", measure).rstrip("。；;") in re.sub(r"\s", "", "".join(content))


def _tasks_in(items: list) -> int | None:
    """Where the first task numbered （一） is among a part's ``items``; None without one."""
    return next((i for i, p in enumerate(items) if isinstance(p, Para) and heading_level(p.text) == 2), None)


def _as_task(heading: Para) -> Para:
    """A part's heading (一、……) as the heading of a task (（一）……) of :meth:`_Plan._tasks`, which reads 1. as its items."""
    return Para(f"（一）{strip_number(heading.text)}", heading.place, "heading")


def _run_in_headings(paras: list) -> list:
    """``paras`` with the （一）（二） … (or 1. 2. …) paragraphs of a part split into heading and text where every one of
    them starts with a short sentence (（一）主动公开更加规范。我们……), as summaries write their headings; :func:`.headings.nest`
    splits them only where some siblings are headings of their own. A table among them stays as it is."""
    out = list(paras)
    for level in (2, 3):
        numbered = [i for i, p in enumerate(out) if isinstance(p, Para) and heading_level(p.text) == level]
        found = {i: run_in(out[i]) for i in numbered}
        if len(numbered) < 2 or any(is_heading(out[i]) for i in numbered) \
                or not all(f and f[1] and len(f[0]) <= 30 for f in found.values()):
            continue
        for i in reversed(numbered):
            heading, text = found[i]
            out[i:i + 1] = [Para(heading, out[i].place, "heading"), Para(text, out[i].place)]
    return out


def _cell_line(item, sentence: bool = False) -> bool:
    """Whether ``item`` may be a table's cell on a line of its own: a short line no sentence ends (``sentence``: or a
    short sentence of one clause, 已按期完成。), not a heading or list item (numbered), a 附件 mark or a date."""
    if not isinstance(item, Para):
        return False
    text = item.text.strip()
    ended = SENTENCE_END.search(text)
    return 0 < len(text) <= _CELL_CHARS and "\n" not in text \
        and (not ended or sentence and not re.search("[。！？；;，,]", text[:ended.start()])) \
        and not heading_level(text) and not ATTACHMENT.match(text) and not _dated(item)


def _loose_cells(items: list) -> list[tuple[int, int]]:
    """The runs ``items[start:end]`` of a table's cells a line each, as a text copy without its layout gives them: four or
    more lines each a cell (:func:`_cell_line`; not a 署名, over a date; a short sentence in a column of them), two of
    them numbers alone (no run of short lines in a text has those); a numbered heading among them (the copy set a
    column's lines after the next part's heading) is in the run where its columns go on after it (:func:`_column_after`)."""
    is_cell = [_cell_line(item) and not (k + 1 < len(items) and _dated(items[k + 1])) for k, item in enumerate(items)]
    # a column of short sentences (按期完成。): two or more one after another, or one with a cell after it
    said = [_cell_line(item, sentence=True) and not cell for item, cell in zip(items, is_cell)]
    is_cell = [cell or said[k] and (k > 0 and said[k - 1] or k + 1 < len(items) and (is_cell[k + 1] or said[k + 1]))
               for k, cell in enumerate(is_cell)]
    runs = []
    start = None
    for k, item in enumerate([*items, None]):
        among = start is not None and isinstance(item, Para) and is_heading(item) and _column_after(items, is_cell, said, k)
        if k < len(items) and is_cell[k] and (start is not None or not said[k]) or among:  # no run starts with a sentence
            start = k if start is None else start
            continue
        if start is not None:
            cells = [x.text.strip() for x in items[start:k] if not heading_level(x.text)]
            if len(cells) >= 4 and sum(bool(NUMBER_ALONE.fullmatch(cell)) for cell in cells) >= 2:
                runs.append((start, k))
            start = None
    return runs


def _text_copy(published: Published) -> bool:
    """Whether ``published`` was read from a text file (a copy)."""
    path = Path(published.file)
    return path.is_file() and content_kind(path) == ""


def _merged_once(published: Published, grid: Grid) -> bool:
    """Whether ``grid`` writes a cell merged down its rows once: read from a text file (a copy), or so its reader
    marked it (:attr:`.source.Grid.written_once`: a web page whose site stripped the rowspan)."""
    return _text_copy(published) or grid.written_once


def _column_runs(cells: list[dict[str, str]], body: list[list[str]], key: str, lines: dict[int, str]) -> list[list[int]]:
    """The runs of a task table's rows (``cells``, ``body``, ``lines``: :meth:`_Plan._merged_down`) a cell of column
    ``key`` may be merged down: a row of one cell across the table (a group's heading) ends one; another column's
    line of its own (a merged cell's, or a 配合单位 or 具体措施 between two rows) is in none of them."""
    runs: list[list[int]] = [[]]
    for k, (cell, row) in enumerate(zip(cells, body)):
        if lines.get(k, key) != key:
            continue
        if key in cell and not (_across(row) or _in_one_cell(cell) or _numbered_group(cell)):
            runs[-1].append(k)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _merged_readings(filled: list[bool], middle: bool, between: bool) -> tuple[list[int] | None, list[int] | None]:
    """For a run of a column's rows (``filled``: whether each row's cell has text) whose merged cells a copy wrote once,
    the row whose text each row takes read as cells writing it in their first row, and (``middle``: a copy keeping the
    layout) in their middle row, as one centred vertically prints it (a cell merged down two or four rows puts its text
    between rows: a line of its own, counted as a row); None for a reading that does not fit (blank rows over the first
    text, or rows around a text not as many above as below it; ``between``: a run holding such a line, which no cell
    writing its text in its first row prints)."""
    marks = [k for k, full in enumerate(filled) if full]
    if not marks:
        return None, None
    top = [max(j for j in marks if j <= k) for k in range(len(filled))] if marks[0] == 0 and not between else None
    centred: list[int] | None = [] if middle else None
    for n, mark in enumerate(marks):
        end = mark + (mark - len(centred or [])) + 1
        if centred is None or end > (marks[n + 1] if n + 1 < len(marks) else len(filled)) \
                or n + 1 == len(marks) and end != len(filled):
            centred = None
            break
        centred += [mark] * (end - len(centred))
    return top, centred


def _runs_of(said: list[tuple[int, tuple]], lines: dict[int, str]) -> list[list[tuple[int, tuple]]]:
    """``said`` (row, what it took) in runs of rows one after another (but for merged cells' ``lines`` between them)
    that took the same."""
    out: list[list[tuple[int, tuple]]] = []
    for k, what in said:
        if out and out[-1][-1][1] == what and all(j in lines for j in range(out[-1][-1][0] + 1, k)):
            out[-1].append((k, what))
        else:
            out.append([(k, what)])
    return out


def _merged_message(span: str, what: str, taken: tuple, cells: list[dict[str, str]], key: str, rows: list[str],
                    lines: dict[int, str]) -> str:
    """The finding on blank cells of a column (``span``, ``what``) a copy wrote a merged cell of once: the row they were
    read from (``taken``: its k, and whether as the cell's middle row; ``lines``: the merged cells' lines of their own),
    or, not read, the filled rows above and below (``rows``: each row's name, 第 3 行)."""
    said = f"分解表{span}的“{what}”一格空着：复制下来的文字、去掉了跨行的网页，"
    source, middle = taken
    if isinstance(middle, bool):
        where = "向下合并的格只写在它的第一行" if not middle else \
            "上下居中的合并格只写在它中间两行之间" if source in lines else "上下居中的合并格只写在它中间的一行"
        return said + (f"{where}，已按{rows[source]}的“{cells[source][key]}”导入：请对照原件核对，原件里不是合并的格，"
                       "照原件改正")
    near = "还是".join(f"{'上' if j == source else '下'}面{rows[j]}的“{cells[j][key]}”" for j in taken if j is not None)
    these = "这几格" if "至" in span else "这一格"
    return said + (f"合并的格只写一次，看不出{these}与{near}是一格（合并格的字写在第一行，还是上下居中写在中间一行），"
                   if near else f"合并的格只写一次，{these}上下都没有可归的格，") + f"没有导入：请对照原件填写{what}"


def _columns_after(items: list, at: int) -> bool:
    """Whether the task table ``items[at]`` is a text copy's misread: the lines of cells right after it
    (:func:`_cell_line`) give a column's head again (牵头单位, 完成时限), as a copy in reading order sets the columns one after another (its
    head's cells a line each, then the first column's cells, then the next column's under its head), where the reader
    took the head and the first cells for rows."""
    head = {norm(cell) for cell in items[at].rows[_Plan._head(items[at])] if _head_cell(cell)}
    for item in items[at + 1:]:
        if not _cell_line(item):
            return False
        if norm(item.text) in head:
            return True
    return False


def _column_after(items: list, is_cell: list[bool], said: list[bool], k: int) -> bool:
    """Whether the lines of cells right after ``items[k]`` (a heading among a table's lines) are the table's columns
    going on: a number alone among them, or short sentences (按期完成。, ``said``) as many as the rows (or a multiple)
    the numbers alone right before it give; not short lines of the next part's own (its points listed a line each)."""
    end = next((n for n in range(k + 1, len(items)) if not is_cell[n]), len(items))
    after = items[k + 1:end]
    rows = next((n for n in range(k) if not _number_alone(items[k - 1 - n])), k)
    return any(map(_number_alone, after)) \
        or bool(after) and rows > 0 and all(said[k + 1:end]) and len(after) % rows == 0


def _number_alone(item) -> bool:
    """Whether ``item`` is a line that is a number alone (:data:`NUMBER_ALONE`)."""
    return isinstance(item, Para) and bool(NUMBER_ALONE.fullmatch(item.text.strip()))


def _dated(item) -> bool:
    """Whether ``item`` is a line that is a date alone."""
    return isinstance(item, Para) and bool(parse_date(item.text.strip()))


def _note_off(paras: list[Para]) -> Para | None:
    """The 附件说明 at the end of a notice's body (附件：某县……要点, in one paragraph or, where a copy broke its name
    by width, two), taken off ``paras``."""
    if paras and ATTACHMENT_NOTE.match(paras[-1].text):
        return paras.pop()
    if len(paras) > 1 and ATTACHMENT_NOTE.match(paras[-2].text) and not SENTENCE_END.search(paras[-1].text) \
            and len(paras[-1].text) <= TITLE_CHARS:
        last = paras.pop()
        note = paras.pop()
        return Para(note.text + last.text.strip(), note.place)
    return None


def _noted_title(items: list, note: Para) -> None:
    """The plan's title at the top of ``items`` where nothing sets it apart (a text copy: nothing centred) and it is
    not worded like one (某县2024年政务公开工作要点暨基层 / 政务公开标准化规范化建设任务清单): the one to three lines that
    join to the name the notice's 附件说明 ``note`` gives, made one title."""
    name = attachment_name_key(ATTACHMENT_NOTE.sub("", note.text))
    for n in (1, 2, 3):
        lines = items[:n]
        if len(lines) < n or not all(isinstance(x, Para) and x.role not in ("title", "centered") for x in lines):
            return
        if attachment_name_key("".join(x.text for x in lines)) == name:
            items[:n] = [Para("\n".join(x.text.strip() for x in lines), lines[0].place, "title")]
            return


def _named_plan(notice_title: str) -> str:
    """The plan's title as its notice's title names it (……关于印发《名称》的通知, ……印发名称的通知), the issuing organ
    (before 关于, or before 印发 in a title without 关于) in front of a name starting with its year, as the plan's own
    title would have it; "" where it names no plan of a year (印发政务公开工作方案的通知: the default title says more)."""
    text = notice_title.replace("\n", "")
    found = re.search(r"《([^》]+)》", text) or re.search(r"印发(.+)的通知$", text)
    if not found or not worded_title(found.group(1)) or not YEAR.search(found.group(1)):
        return ""
    issuer = re.match(r"(.*?)(?:关于|印发|$)", text[:found.start()]).group(1)
    return (issuer if YEAR.match(found.group(1)) else "") + found.group(1)


def _same_title(title: str, default: str) -> bool:
    """Whether ``title`` is the ``default`` one, however its lines were broken: a web page's <br> in a heading may come
    as a space, a PDF's line as a newline."""
    return re.sub(r"\s", "", title) == re.sub(r"\s", "", default)


def _joint_title(title: str, organs: list[str]) -> str:
    """``title`` with a space between the organs of a joint document it starts with (某县民政局 某县残联2023年……), which
    the frame's title took off as a space beside Chinese characters."""
    if len(organs) > 1 and title.startswith("".join(organs)):
        return " ".join(organs) + title[len("".join(organs)):]
    return title


def _reorder(data: dict, keys: tuple[str, ...]) -> None:
    """``data``'s keys in the order of ``keys`` (the order of the kind's examples and starter file)."""
    ordered = {key: data[key] for key in keys if key in data}
    data.clear()
    data.update(ordered)
