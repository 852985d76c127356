"""The statistics tables of an annual report (表二、三、四): their grids parted and joined as the tables they are,
and :class:`TableMapper`, which reads each cell by its official row and column labels into the data's ``tables``."""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from collections.abc import Collection
from decimal import Decimal
from functools import cache

from ..attachments import year_pattern
from ..default_plugins.annual_report import tables
from ..errors import ERROR, NOTE
from . import labels
from .frame import DocumentMapper, placeholder, table_key
from .labels import norm
from .source import Grid, Para, label_columns

#: A cell's figure, with its unit (元, 万元) and a note in brackets: 1,234, -3, 12.5万元; its thousands parted by a
#: space (1 234) too, never after a 0 (0 787: two figures a line each in one cell).
CELL = re.compile(r"^\s*([+\-−－]?\s*(?:[1-9]\d{0,2}(?:[,，]? \d{3})+|\d[\d,，]*)(?:\.\d+)?)\s*(元|万元)?\s*(?:[（(](.*)[）)])?\s*$")
#: A cell's note in brackets after its figure.
_NOTE = re.compile(r"[（(](.*)[）)]\s*$", re.S)
#: 增16, 减2, 增加3, 减少1: how table 二's 本年增/减 is often written.
_WORDED_SIGN = re.compile(r"^\s*(增加?|减少?)\s*(?=\d)")
#: A count written with its measure word: 12件, 3项.
_MEASURE = re.compile(r"(?<=\d)\s*(件|项|个|条|次|人次)(?=\s*(?:[（(]|$))")
#: A figure as a table's cell prints it: 12, 3.5, 1,234, 50%.
_FIGURE_CELL = re.compile(r"[\d０-９][\d０-９.,，%％]*")
#: A table's unit, over it or in its first row: 单位：件, （单位：万元）, 金额单位：元.
_UNIT = re.compile(r"^\s*[（(]?\s*(?:计量|金额)?单位\s*[:：]\s*(?:件|个|项|条|次|人次|元|万元)\s*[）)]?\s*$")
#: The unit of a table's sums of money written alone or after its caption: 单位：万元, 第二十条第（九）项（金额单位：元）.
_MONEY_UNIT = re.compile(r"\s*[（(]?\s*(?:金额)?单位\s*[:：]\s*(元|万元)\s*[）)]?\s*$")
#: A head of table 二 with the unit of its amounts: 采购总金额（万元）, 采购总金额(单位:元).
_HEAD_UNIT = re.compile(r"^(.+?)\s*[（(]\s*(?:单位\s*[:：]\s*)?(元|万元)\s*[）)]$")
#: The unit of count a head of table 二 may end in (本年制发件数（件）, 本年处理决定数量（单位：件）): left off.
_COUNT_UNIT = re.compile(r"\s*[（(]\s*(?:单位\s*[:：]\s*)?[件个项条次]\s*[）)]\s*$")
#: The line over a table's part after a page break: 续表, 续表三, （续）, 表三（续）.
CONTINUED = re.compile(r"^\s*(?:[（(]\s*续(?:表[一二三四]?)?\s*[）)]|续(?:上?表[一二三四]?)?|表[一二三四]\s*[（(]\s*续\s*[）)])\s*[:：]?\s*$")
#: Table 三's （六）其他处理: one row in the 2019 edition, three below it in the 2021 one.
OTHER_HANDLING = ("results", "other_handling")
#: A cell printing 0 (full-width, or a Chinese numeral too), beside blank ones in a row of zeros
#: (:meth:`TableMapper.blank_row`).
_ZERO = re.compile(f"[0０{labels.ZERO_WORDS}]")
#: A note's mark after a cell's figure (:data:`.labels.NOTE_MARKS`): the cell's note.
_NOTE_MARK = re.compile(rf"(?<=[\d０-９])\s*([{labels.NOTE_MARKS}]+)\s*$")
#: What a published table prints for nothing to report, instead of 0: read as a blank cell.
NOTHING = {"—", "——", "－", "-", "/", "／", "无", "…"}


def plain(text: str) -> str:
    """A cell's text as a figure is read: 增/减 as + and -, no measure word, 持平 as 0."""
    text = _MEASURE.sub("", _WORDED_SIGN.sub(lambda m: "-" if m.group(1).startswith("减") else "+", text))
    return "0" if text.strip() == "持平" else text


#: At most this many rows a table lacks are each a finding; more are one.
_MISSING_ONE_BY_ONE = 3


class TableMapper:
    """Cells found by their official row and column labels; anything else is a finding and a placeholder."""

    def __init__(self, edition: str, mapper: DocumentMapper, blank_as_zero: bool = False):
        self.edition, self.mapper, self.blank_as_zero = edition, mapper, blank_as_zero
        self.blanks: dict[tuple[str, str], list[str]] = {}  # (place, row) → its blank columns, read as 0
        self.read: Counter = Counter()  # (place, row) → its cells read
        self.blank_rows: dict[str, list[tuple[str, str]]] = {}  # table → (label, place) of each row with no figure
        self.untotalled: str | None = None  # the place of a table 三 printed without its 总计 column

    def all(self, grids: dict[str, list[Grid]]) -> dict:
        """The three tables from their grids (each table's parts in order)."""
        grids = {key: [grid for part in parts if (grid := _without_continued(_without_blank_columns(part))).rows]
                 for key, parts in grids.items()}
        out = {}
        parts = grids.get("active_disclosure")
        out["active_disclosure"] = self.disclosure(parts) if parts else self.empty_disclosure()
        out["applications"] = self.applications(grids.get("applications") or [])
        out["review_litigation"] = self.review(grids.get("review_litigation") or [])
        if self.blank_rows:
            rows = [row for found in self.blank_rows.values() for row in found]
            named = "；".join(table + "、".join(f"“{label}”" for label, _ in found) for table, found in self.blank_rows.items())
            said = f"整行空白（或只写“—”“/”“无”、只印了 0）的 {len(rows)} 行已按 0 导入（已发布的报告常把 0 留空）：{named}"
            self.mapper.find(rows[0][1], f"{said}；其中确实不是 0 的，请按原始台账填写", "cells",
                             f"{said}；其中确实不是 0 的，请核对原件")
        for (place, row), cells in self.blanks.items():
            which = "全部" if len(cells) == self.read[place, row] > 1 else f"的{'、'.join(f'“{c}”' for c, _, _ in cells)}"
            marks = "、".join(dict.fromkeys(f"“{text}”" for _, text, _ in cells if text))
            state = f"没有数字（空白或{marks}）" if marks else "空白"
            totals = sum(total for *_, total in cells)
            how = ("总计应为各项之和，未印出；按各项之和核对" if totals == len(cells) else "已按 0 核对勾稽关系" if not totals
                   else "总计应为各项之和，未印出；按各项之和、其余空白按 0 核对勾稽关系")
            self.mapper.find(place, f"{row}一行{which}{state}，{how}", "totals" if totals else "cells")
        return _without_blank_totals(out)

    def at(self, keys: tuple, place: str) -> None:
        """Note that the table row (or group) ``keys`` was read at ``place``."""
        self.mapper.out.places[("tables", *keys)] = place

    def cell(self, text: str, kind: str, place: str, what: str, total: bool | None = None):
        """A cell's value: a number, or ``{value, note}``; a placeholder (and a finding) if unreadable. ``total``:
        whether the cell is a total (by default, one in a 总计 row or column)."""
        figure, mark = _without_mark(text)
        found = CELL.match(plain(unicodedata.normalize("NFKC", figure))) if text else None  # １２．５ as 12.5
        row, column = what.rsplit("“", 1)
        self.read[place, row] += 1
        blank = not text.strip() or text.strip() in NOTHING
        if total is None:  # left to reportkit to compute: a blank total is no 0 typed
            total = kind == "count" and "总计" in what
        if blank and self.blank_as_zero:
            self.blanks.setdefault((place, row), []).append((column.rstrip("”"), text.strip(), total))
            return None if total else (0, None) if kind == "amount" else 0
        if "\n" in text:  # 38 over 787 (:func:`.source.cell_text`): two figures, or one cut in two, not 38787
            lines = text.split("\n")
            said = f"{what}：一格里分行写了“{'”“'.join(lines)}”，是两个数字还是一个数字拆成了两行，看不出"
            self.mapper.find(place, f"{said}，未导入：请按原始台账填写这一格", "cells", f"{said}：请核对原件")
            return placeholder(f"{what}（原文：{'／'.join(lines)}）")
        if not found:
            said = f"{what}：{'空白' if not text.strip() else f'“{text}”不是数字'}"
            # a total printed blank is the error check files it as (a figure the page left out), not a 0 left blank
            self.mapper.find(place, f"{said}，请按原始台账填写", "totals" if blank and total else "cells", f"{said}，请核对原件")
            return placeholder(f"{what}（原文{'空白' if not text.strip() else '：' + text}）")
        number, unit, note = found.groups()
        foreign = _measure(figure) if kind == "amount" else unit
        if foreign:  # 3万元 in a count's cell, 5件 in an amount's: which is wrong is not for reportkit to guess
            should = "金额（元或万元）" if kind == "amount" else "件数"
            wrong = f"{what}：“{text.strip()}”写的单位是“{foreign}”，这一格是{should}，单位对不上"
            self.mapper.find(place, f"{wrong}：未导入，请按原件或原始台账填写", "cells", f"{wrong}：请核对原件")
            return placeholder(f"{what}（原文：{text.strip()}）")
        if note:  # as written: NFKC made its ， a , and its ： a :
            written = _NOTE.search(figure)
            note = written.group(1) if written else note
        note = note or mark
        number = re.sub(r"[\s,]", "", number).replace("−", "-").replace("－", "-")
        # a count with a fraction (3.5, a copy's slip) is read as written: the data's check says it is no whole number
        value = Decimal(number)
        if value == value.to_integral_value() and (kind == "count" or "." not in number):
            value = int(value)
        cell = {"value": value, "note": note} if note else value
        return (cell, unit) if kind == "amount" else cell

    def blank_row(self, table: str, label: str, place: str, texts: list[str]) -> bool:
        """Whether a row's cells ``texts`` hold no figure but 0: a row of 0 printed blank (or —, 无; its 总计 alone
        printed 0, say), read as 0s and named in one finding for all such rows, not a placeholder (or for ``check`` a
        missing total) a cell."""
        blank = [not text.strip() or text.strip() in NOTHING for text in texts]
        if not any(blank) or not all(b or _ZERO.fullmatch(text.strip()) for b, text in zip(blank, texts)):
            return False  # a row printed in full, or with a figure: read cell by cell
        self.blank_rows.setdefault(table, []).append((label, place))
        return True

    # Table 二
    def empty_disclosure(self) -> dict:
        return {key: {c.key: placeholder(f"表二“{label}”“{c.label}”") for c in block.columns}
                for block in tables.EDITIONS[self.edition].active_disclosure for key, label in block.rows}

    def _other_edition(self, parts: list[Grid]) -> str | None:
        """The other 2019+ edition, if table 二 prints only labels of its own (:func:`.labels.own_labels`): a 2020
        report with the 2021 table, a 2021 report with the 2019 one."""
        cells = {norm(cell) for grid in parts for row in grid.rows for cell in row}
        other, = set(tables.TABLE_EDITIONS) - {self.edition}
        if cells & labels.own_labels(other) and not cells & labels.own_labels(self.edition):
            return other
        return None

    def disclosure(self, parts: list[Grid]) -> dict:
        other = self._other_edition(parts)
        if other:
            spec, printed = tables.EDITIONS[self.edition], tables.EDITIONS[other]
            year = self.mapper.data.get("year")
            said = (f"表二是按 {other} 版（{printed.issued_by}）的行和列印出的，"
                    f"{f'{year} 年度' if year else '本年度'}的报告用 {self.edition} 版（{spec.issued_by}）的表二，"
                    "两版的行、列不同，不能逐格对应")
            self.mapper.find(parts[0].place, f"{said}：表二未导入，已留作占位，请按 {self.edition} 版表二的行和列"
                             "照原始台账填写（R12）", "tables",
                             f"{said}：表二未能核对，请按 {self.edition} 版表二的行和列核对原件（R12）")
            return self.empty_disclosure()
        rows = labels.disclosure_rows(self.edition)
        heads = {norm(c.label) for block in tables.EDITIONS[self.edition].active_disclosure for c in block.columns}
        heads |= {word for word, head in labels.DISCLOSURE_HEAD_WORDS.items() if norm(head) in heads}  # 本年新制发件数
        out: dict = {}
        columns: list[str] = []
        head_place = ""
        table_unit = None  # (unit, its text, place): the unit of money over the table or a block, for the rows after it
        above = _merged_down(parts)
        for row, place in ((row, place) for grid in parts for row, place in zip(grid.rows, grid.places)):
            lead = _caption_column(row) or int(len(row) > 1 and not row[0].strip() and norm(row[1]) in rows)
            money = _MONEY_UNIT.search(row[0]) if lead else None  # 第二十条第（九）项（金额单位：万元）
            if money and (table_unit is None or table_unit[1] != money[0].strip(" （()）")):  # at the caption's first row
                table_unit = (money[1], money[0].strip(" （()）"), place)
            row = row[lead:]
            label = norm(row[0])
            if not any(cell.strip() for cell in row):
                continue  # a row of nothing: Word's row of column widths in a page it saved
            if label == norm(tables.DISCLOSURE_ITEM_LABEL) or not label and heads_only(row[1:], heads):
                columns = [_COUNT_UNIT.sub("", cell) for cell in row]  # its corner left empty too
                columns, head_place = [labels.DISCLOSURE_HEAD_WORDS.get(norm(cell), cell) for cell in columns], place
                continue
            if label not in rows and norm("行政") + label in rows:  # 2021's 行政规范性文件 labelled as 2019's 规范性文件
                self.mapper.find(place, f"表二的“{row[0].strip()}”一行按{self.edition}版表二的“行政{row[0].strip()}”导入"
                                        "（重新排版时印规定的行名）", "tables", f"表二的“{row[0].strip()}”一行按{self.edition}"
                                        f"版表二的“行政{row[0].strip()}”核对：规定的行名是“行政{row[0].strip()}”", severity=NOTE)
                label = norm("行政") + label
            if label not in rows:
                over = not columns and len({cell.strip() for cell in row if cell.strip()}) == 1  # a row across the top
                # a caption row: 第二十条第（一）项, 单位：件, the table's own caption as over it (表一　主动公开政府信息情况)
                caption = label.startswith(norm("第二十条")) or _UNIT.match(row[0]) \
                    or over and table_caption(row[0], "active_disclosure")
                if caption:
                    table_unit = next(((found[1], found[0].strip(" （()）"), place) for cell in row
                                       if (found := _MONEY_UNIT.search(cell))), table_unit)
                elif over:
                    self.mapper.find(place, f"表二表头上方的“{row[0].strip()}”未导入", "skipped")
                elif not label:
                    cells = "”“".join(dict.fromkeys(cell.strip() for cell in row if cell.strip()))
                    self.mapper.find(place, f"表二的一行没有行名，其中的“{cells}”未导入：请对照原件填入它所在的行",
                                     "tables", f"表二的一行没有行名，其中的“{cells}”未能核对：请核对原件")
                else:
                    self.mapper.find(place, f"表二中“{row[0]}”不是{self.edition}版表二的行，未导入", "tables")
                continue
            key, block = rows[label]
            if key in out:
                self.mapper.find(place, f"表二“{row[0]}”一行出现了两次，只导入了第一次", "tables")
                continue
            out[key] = values = {}
            self.at(("active_disclosure", key), place)
            under: dict[str, list[str]] = {}  # the row's cells under each head (a merged head is over several)
            head_units: dict[str, str] = {}  # 采购总金额（万元）: the unit a head gives its column
            # 2021's 本年收费金额（单位：万元）, headed in 元 by some templates
            labelled = {_head_unit(c.label)[0]: norm(c.label) for c in block.columns if not block.unit_in_data}
            merged: dict[str, str] = {}  # each head whose cell in the row is merged down from a row above → that row
            for j, head in enumerate(columns[:len(row)]):
                bare, unit = _head_unit(head)
                for key in [norm(head)] + ([bare] if unit and block.unit_in_data else [labelled[bare]]
                                           if unit and bare in labelled and norm(head) != labelled[bare] else []):
                    under.setdefault(key, []).append(row[j])
                    if (place, j + lead) in above:
                        merged[key] = above[place, j + lead]
                if unit and block.unit_in_data:
                    head_units[bare] = unit
                elif unit and bare in labelled and norm(head) != labelled[bare]:
                    head_units[labelled[bare]] = unit
            texts = [_under_one_head(under.get(norm(column.label))) for column in block.columns]
            if None not in texts and self.blank_row("表二", row[0], place, texts):
                values.update({column.key: 0 for column in block.columns})
                continue
            for column, text in zip(block.columns, texts):
                what = f"表二“{row[0]}”“{column.label}”"
                if text is None:
                    self.mapper.find(place, f"{what}：表头里没有这一列", "cells")
                    values[column.key] = placeholder(what)
                    continue
                value = self.cell(text, column.cell, place, what)
                if norm(column.label) in merged and text.strip() and text.strip() not in NOTHING:
                    said = f"{what}的“{text.strip()}”是与上一行“{merged[norm(column.label)]}”合并成一格的数"
                    self.mapper.find(place, f"{said}，两行已按同一个数导入：请核对原件，这一行的数不同的按原始台账改正",
                                     "cells", f"{said}，这一行自己的数未能核对：请核对原件")
                if column.cell == "amount":
                    value, unit = value if isinstance(value, tuple) else (value, None)
                    own = _head_unit(column.label)[1]  # 2021's 本年收费金额（单位：万元）
                    if not block.unit_in_data and unit and own and unit != own:
                        value = self._in_unit(value, unit, own, place, what, text)
                    elif not block.unit_in_data and head_units.get(norm(column.label)) and _figure_value(value):
                        value = self._in_unit(value, head_units[norm(column.label)], own, head_place, what, text)
                    unit = unit or head_units.get(norm(column.label))
                    if block.unit_in_data and not unit and table_unit:
                        unit, said, at = table_unit
                        self.mapper.find(place, f"{what}的表头和这一格都没有写单位，按{at}的“{said}”取为{unit}",
                                         "cells", severity=NOTE)
                    if block.unit_in_data and unit:
                        values["unit"] = unit
                    elif block.unit_in_data and _figure_value(value):
                        said = f"{what}为 {text.strip()}，原文没有写单位（表头和这一格都没有“元”或“万元”）"
                        self.mapper.find(place, f"{said}：请按原件或原始台账核对是元还是万元，在 unit 填 元 或 万元",
                                         "cells", published=f"{said}：请核对原件是元还是万元")
                        values["unit"] = placeholder(f"{what}的单位：元 或 万元")
                values[column.key] = value
        missing = []
        for block in tables.EDITIONS[self.edition].active_disclosure:
            for key, label in block.rows:
                if key not in out:
                    missing.append(label)
                    out[key] = {c.key: placeholder(f"表二“{label}”“{c.label}”") for c in block.columns}
        self._missing_rows("表二", missing, parts[0].place)
        return out

    def _in_unit(self, cell, unit: str, own: str, place: str, what: str, text: str):
        """An amount ``cell`` written in ``unit`` (125000元) where its column counts ``own`` (万元): converted, with a
        note at the cell saying so."""
        figure = cell["value"] if isinstance(cell, dict) else cell
        converted = Decimal(figure) / 10000 if own == "万元" else Decimal(figure) * 10000
        converted = int(converted) if converted == converted.to_integral_value() else converted.normalize()
        shown = f"{converted:f}" if isinstance(converted, Decimal) else converted
        self.mapper.find(place, f"{what}：原文“{text.strip()}”以{unit}计，这一列以{own}计，已换算为 {shown}{own}", "cells",
                         severity=NOTE)
        return {**cell, "value": converted} if isinstance(cell, dict) else converted

    def _missing_rows(self, name: str, labels: list[str], place: str) -> None:
        """A finding for each row of table ``name`` the published table lacks; one for them all where they are many (a
        table read in part: a reader's finding above says why)."""
        if len(labels) > _MISSING_ONE_BY_ONE:
            rows = "、".join(f"“{label}”" for label in labels)
            self.mapper.find(place, f"{name}没有这 {len(labels)} 行：{rows}；各格已留占位，请对照原件填写", "cells")
            return
        for label in labels:
            self.mapper.find(place, f"{name}没有“{label}”一行", "cells")

    def rows_across(self, key: str, grid: Grid, body: int, head_word) -> set[int]:
        """Note each row one text across ``grid`` that is none of its head (``head_word``), its caption, unit or
        “续表”: a remark over the head (rows before ``body``) or under the table (after its last figure), left out;
        and each row above the row its head starts with (:func:`_table_starts`: a small table drawn touching its top,
        填报单位 | 某局办公室, read as one grid with it), its cells. The rows noted."""
        noted = set()
        figures = [i for i, row in enumerate(grid.rows) if i >= body and any(_figure(c) for c in row)]
        start = next((i for i, row in enumerate(grid.rows[:body]) if _table_starts(row) == key), 0)
        for i, (row, place) in enumerate(zip(grid.rows, grid.places)):
            text = _across(row) or i < start and "”“".join(dict.fromkeys(c.strip() for c in row if c.strip()))
            if not text or head_word(text) or _UNIT.match(text) or CONTINUED.match(text) or table_caption(text, key) \
                    or body <= i < (figures[-1] if figures else body):
                continue
            where = "表头上方" if i < body else "表格下方"
            self.mapper.find(place, f"{tables.TABLE_NAMES[key]}{where}的“{text}”未导入", "skipped")
            noted.add(i)
        return noted

    # Table 三
    def applications(self, parts: list[Grid]) -> dict:
        rows = labels.application_rows(self.edition)
        split: list[tuple[dict, str]] = []  # a 2019 table's （六） in three rows
        subtotals: list[tuple[str, dict, str]] = []  # a group's row of subtotals, as some templates print
        subtotal, organised = None, []  # the column of 法人或其他组织's subtotals; its cells: label, text, place, keys
        out: dict = {}
        seen: dict = {}
        columns: dict = {}
        header = None
        for grid in parts:  # a later part without the head (not repeated) takes the columns found before
            header = next((r for r in grid.rows if norm(tables.NATURAL_PERSON.label) in map(norm, r)), header)
            # The last header row names 商业企业 …; merged cells repeat 自然人 and 总计 into it.
            heads = {i for i, r in enumerate(grid.rows) if norm("商业企业") in map(norm, r)}
            last_header = min(heads, default=-1)  # the head's last row: the first block of rows naming the columns
            while last_header + 1 in heads:
                last_header += 1
            names = grid.rows[last_header] if last_header >= 0 else None
            if names is not None:
                columns = {}
                for j, head in enumerate(names):
                    columns.setdefault(labels.APPLICANT_HEADS.get(norm(head)), j)
                columns.pop(None, None)
                if len(columns) < len(labels.APPLICANT_COLUMNS):
                    columns = _columns_in_order([*grid.rows[:last_header], names]) or columns
                subtotal = columns.pop(_SUBTOTAL, None)  # 法人或其他组织's 小计, as some templates add
                if tables.TOTAL.key not in columns and all(c.key in columns for c in tables.APPLICANT_COLUMNS):
                    self.untotalled = self.untotalled or grid.place  # each row's total left to compute, said once
                if subtotal is None:
                    subtotal = next((j for j, head in enumerate(names) if norm(head) in _SUBTOTAL_HEADS
                                     and j not in columns.values()), None)
            repeated = _repeated_head(grid.rows, last_header)  # the head copied in again further down
            noted = self.rows_across("applications", grid, last_header + 1, _application_label)
            for i, (row, place) in enumerate(zip(grid.rows, grid.places)):
                if i <= last_header or i in repeated or i in noted or header is None:
                    continue
                label_cells = [c for j, c in enumerate(row) if j < min(columns.values(), default=0) and c]
                if not label_cells:
                    continue
                label = norm(label_cells[-1])
                keys = rows.get(label)
                if keys is None and label == labels.OTHER_HANDLING and self.edition == "2021":
                    self._other_as_one(row, columns, place, out, seen)
                    continue
                if keys is None and self.edition == "2019" and labels.application_rows("2021").get(label, ())[:2] == \
                        OTHER_HANDLING:  # （六） printed in the 2021 table's three rows
                    split.append((self._applicant_row(row, columns, place, label_cells[-1]), place))
                    continue
                group = next((norm(c) for c in reversed(label_cells) if norm(c) in _groups(self.edition)), None)
                if keys is None and group and (label == group or labels.TOTAL_ROW.fullmatch(label)):
                    subtotals.append((group, self._applicant_row(row, columns, place, label_cells[-1]), place))
                    continue  # （三）不予公开 printed as a row of its own, its rows' subtotal: :meth:`_subtotals`
                if keys is None:
                    self.mapper.find(place, f"表三中“{label_cells[-1]}”不是{self.edition}版表三的行，未导入", "tables")
                    continue
                if keys in seen:
                    self.mapper.find(place, f"表三“{label_cells[-1]}”一行出现了两次（另见{seen[keys]}），"
                                            "两处都未采用", "cells")
                    _set(out, keys, {c.key: placeholder(f"表三“{label_cells[-1]}”“{c.label}”（原文出现两次）")
                                     for c in tables.APPLICANT_COLUMNS})
                    continue
                seen[keys] = place
                # （七）总计 left blank under rows with figures is a total not printed, no row of 0s; but in a row
                # printed, a blank in a column of 0s (科研机构 blank all the way down) is the 0 it sums to, as above
                results = out.get("results") if keys == ("results", tables.RESULTS_TOTAL.key) else None
                zeros = not results or _zero(results)
                printed = any(j < len(row) and row[j].strip() not in ("", *NOTHING) for j in columns.values())
                of_zeros = {c.key for c in tables.APPLICANT_COLUMNS if results and printed and _column_zero(results, c.key)}
                _set(out, keys, self._applicant_row(row, columns, place, label_cells[-1], zeros, of_zeros))
                if subtotal is not None and subtotal < len(row):
                    organised.append((label_cells[-1], row[subtotal], place, keys))
        if split and OTHER_HANDLING not in seen:
            seen[OTHER_HANDLING] = split[0][1]
            _set(out, OTHER_HANDLING, {c.key: _sum(values[c.key] for values, _ in split)
                                       for c in tables.APPLICANT_COLUMNS + (tables.TOTAL,)})
            self.mapper.find(split[0][1], f"2019 版表三的“（六）其他处理”只有一行，原文按 2021 版分 {len(split)} 行印出："
                                          "已相加为一行", "cells")
        for keys, place in seen.items():
            self.at(("applications", *keys), place)
        missing = []
        for keys, node in tables.application_rows(tables.EDITIONS[self.edition]):
            if keys not in seen and not _has(out, keys):
                missing.append(node.label)
                _set(out, keys, {c.key: placeholder(f"表三“{node.label}”“{c.label}”")
                                 for c in tables.APPLICANT_COLUMNS})
        if parts:  # a table not found at all is one finding (:meth:`.annual.AnnualMapper._missing_tables`), not one a row
            self._missing_rows("表三", missing, parts[0].place)
        self._subtotals(subtotals, out)
        self._organised(organised, out)
        if self.untotalled:
            said = "表三没有“总计”一列：各行的总计都没有印出，应为自然人至其他六列之和"
            self.mapper.find(self.untotalled, f"{said}；未导入，由 reportkit 按六列之和计算", "totals",
                             f"{said}；已按六列之和核对勾稽关系，请核对原件是否漏印了这一列")
        return out

    def _organised(self, cells: list[tuple[str, str, str, tuple]], out: dict) -> None:
        """Table 三 printed with a column of 法人或其他组织's subtotals (小计, which the official table has not): not
        imported; a note where each is the sum of its row's five columns, an error at each row where it is not."""
        agreed = bool(cells)
        for label, text, place, keys in cells:
            figure = unicodedata.normalize("NFKC", text).strip().replace(",", "")
            printed = 0 if figure in ("", *NOTHING) else int(figure) if figure.isdigit() else None
            values = [_value(out, keys + (column.key,)) for column in tables.ORGANISATIONS]
            if printed is None or not all(type(v) is int for v in values) or printed == sum(values):
                continue
            agreed = False
            self.mapper.find(place, f"表三“{label}”一行的“小计”（法人或其他组织五列之和，官方表格没有这一列，未导入）印的是 "
                                    f"{printed}，而商业企业至其他五列之和为 {sum(values)}：请核对原件，改正小计或这五列的数",
                             "cells", severity=ERROR)
        if agreed:
            self.mapper.find(cells[0][2], "表三多印了法人或其他组织的“小计”一列（官方表格没有这一列）：各行都等于商业企业至其他"
                                          "五列之和，未导入", "tables", severity=NOTE)

    def _subtotals(self, subtotals: list[tuple[str, dict, str]], out: dict) -> None:
        """Table 三's groups printed with a row of their own (（三）不予公开 over its eight rows, with figures, as some
        templates do): not imported, for the official table has no such row; a note where each is its rows' sum, an
        error of the table where one is not (the figures of a group's rows, or its subtotal, are wrong)."""
        agreed = []
        for group, printed, place in subtotals:
            name, rows = _groups(self.edition)[group]
            wrong = []
            for column in tables.APPLICANT_COLUMNS + (tables.TOTAL,):
                values = [_value(out, keys + (column.key,)) for keys in rows]
                summed = sum(values) if all(type(v) is int for v in values) else None
                if type(printed[column.key]) is int and summed is not None and printed[column.key] != summed:
                    wrong.append(f"“{column.label}”列印的是 {printed[column.key]}，其下各行之和为 {summed}")
            if wrong:
                self.mapper.find(place, f"表三“{name}”一行印的是其下 {len(rows)} 行的小计（官方表格没有这一行，未导入），"
                                        f"而{'；'.join(wrong)}：请核对原件，改正这一行的小计或其下各行的数", "cells",
                                 severity=ERROR)
            else:
                agreed.append((name, place))
        if agreed:
            names = "、".join(f"“{name}”" for name, _ in agreed)
            self.mapper.find(agreed[0][1], f"表三多印了{names}{'这一行' if len(agreed) == 1 else f'这 {len(agreed)} 行'}"
                                           "小计（官方表格只有其下各行）：都等于其下各行之和，未导入", "tables",
                             severity=NOTE)

    def _applicant_row(self, row, columns: dict, place: str, label: str, zeros: bool = True,
                       of_zeros: Collection[str] = ()) -> dict:
        """The row's cells by column; a row with no figure (``zeros``: it may be one) as 0s; a blank total in a
        column of ``of_zeros`` as a blank cell, no total left out."""
        found = [columns.get(c.key) for c in tables.APPLICANT_COLUMNS + (() if self.untotalled else (tables.TOTAL,))]
        if max((j for j in found if j is not None), default=-1) >= len(row):  # which cells are missing is not known
            self.mapper.find(place, f"表三“{label}”一行只有 {len(row)} 格，比表头少，对不上是哪几列：这一行的数字未导入", "cells")
            return {c.key: placeholder(f"表三“{label}”“{c.label}”") for c in tables.APPLICANT_COLUMNS + (tables.TOTAL,)}
        if zeros and None not in found and self.blank_row("表三", label, place, [row[j] for j in found]):
            return {column.key: 0 for column in tables.APPLICANT_COLUMNS + (tables.TOTAL,)}
        values = {}
        for column in tables.APPLICANT_COLUMNS + (tables.TOTAL,):
            j = columns.get(column.key)
            what = f"表三“{label}”“{column.label}”"
            if j is None and column is tables.TOTAL and self.untotalled:
                values[column.key] = None  # no 总计 column at all: computed (:func:`_without_blank_totals`), said once
            elif j is None:
                self.mapper.find(place, f"{what}：表头里没有这一列", "cells")
                values[column.key] = placeholder(what)
            else:
                values[column.key] = self.cell(row[j], "count", place, what, False if column.key in of_zeros else None)
        return values

    def _other_as_one(self, row, columns, place, out, seen) -> None:
        """A 2021 table's （六） printed in one row: its three rows are placeholders, or for ``check`` (blank_as_zero)
        that row is “3.其他” and the two others 0, so that R1 and R2 still read the table."""
        values = self._applicant_row(row, columns, place, "（六）其他处理")
        printed = "，".join(f"{c.label}{values[c.key]}" for c in tables.APPLICANT_COLUMNS + (tables.TOTAL,)
                           if not isinstance(values[c.key], str))
        counted = "：已记入“3.其他”一行核对勾稽关系" if self.blank_as_zero else "：请按原始台账分填 1—3 行"
        self.mapper.find(place, f"2021 版表三的“（六）其他处理”应分三行，原文只印了一行（{printed}）{counted}", "cells")
        for keys, node in tables.application_rows(tables.EDITIONS["2021"]):
            if keys[:2] == OTHER_HANDLING:
                seen[keys] = place
                if self.blank_as_zero:
                    _set(out, keys, values if keys[-1] == "other" else {c.key: 0 for c in tables.APPLICANT_COLUMNS})
                else:
                    _set(out, keys, {c.key: placeholder(f"表三“（六）{node.label}”“{c.label}”（原文合为一行）")
                                     for c in tables.APPLICANT_COLUMNS})

    # Table 四
    def review(self, parts: list[Grid]) -> dict:
        """Table 四, each figure by the heads over it and the labels before it (:func:`_review_by_labels`: the table
        printed in two, turned, its columns in another order or some left out); by the official order only where
        the shape leaves no doubt, with a note; a row of figures with no head, cut short at its end, by position."""
        for grid in parts:
            lead = [i for i, row in enumerate(grid.rows) if _figures_from(row) is not None]
            self.rows_across("review_litigation", grid, lead[0] if lead else len(grid.rows), _review_head)
        rows = [(row[lead:], place, lead) for grid in parts for row, place in zip(grid.rows, grid.places)
                if (lead := _figures_from(row)) is not None]
        blank = not rows and bool(parts) and len(last := parts[-1].rows[-1]) == _REVIEW_CELLS and \
            all(not cell.strip() or cell.strip() in NOTHING for cell in last)
        if blank:
            rows = [(last, parts[-1].places[-1], 0)]  # its row of figures printed blank under the head
        labelled, judged = _review_by_labels(parts, blank) if rows else (None, set())
        by_place = labelled is None and len(rows) == 1 and not rows[0][2] and (
            len(rows[0][0]) < _REVIEW_CELLS or len(rows[0][0]) == _REVIEW_CELLS and _heads_in_order(parts))
        if parts and not (by_place or labelled):
            many = f"这一行有 {len(rows[0][0])} 个" if len(rows) == 1 else f"有 {len(rows)} 行数字"
            self.mapper.find(parts[0].place, f"表四应有一行 15 个数字，原文{many}" if len(rows) != 1 or len(
                rows[0][0]) != _REVIEW_CELLS else "表四的表头对不上各个数字是哪一组、哪一列，未按位置猜测", "cells")
        for what, said in (("groups", "哪几格是行政复议、未经复议直接起诉、复议后起诉：已按国办规定的顺序（行政复议、"
                                      "未经复议直接起诉、复议后起诉）对应"),
                           ("columns", "各格是结果维持、结果纠正、其他结果、尚未审结还是总计：已按国办规定的列序对应")):
            if what in judged:
                self.mapper.find(parts[0].place, f"表四的表头没有写明{said}，请对照原文核对", "cells", severity=NOTE)
        out: dict = {}
        untotalled = []  # groups whose 总计 the table has no column for: computed by reportkit
        absent: dict[str, list[str]] = {}  # group → the columns the table has no cell for: said in one finding
        for g, (key, label) in enumerate(tables.REVIEW_GROUPS):
            cells = {}
            for k, column in enumerate((*tables.OUTCOMES, tables.TOTAL)):
                what = f"表四“{label}”“{column.label}”"
                found = None
                if labelled:
                    found = labelled.get((key, column.key))
                    if found is None and column is tables.TOTAL and all(printed for _, printed in cells.values()):
                        untotalled.append(label)
                        continue
                    if found is None:
                        absent.setdefault(label, []).append(column.label)
                elif by_place and g * 5 + k < len(rows[0][0]):
                    found = rows[0][0][g * 5 + k], rows[0][1]
                cells[column.key] = what, found
            printed = [found for _, found in cells.values()]
            if any(printed):
                self.at(("review_litigation", key), next(found for found in printed if found)[1])
            if None not in printed and self.blank_row("表四", label, printed[0][1], [text for text, _ in printed]):
                out[key] = dict.fromkeys(cells, 0)
            else:
                out[key] = {column: placeholder(what) if found is None else self.cell(found[0], "count", found[1], what)
                            for column, (what, found) in cells.items()}
        if untotalled:  # as table 三's (:meth:`applications`): a total the table leaves out
            said = f"表四“{'”“'.join(untotalled)}”没有“总计”一列：总计都没有印出，应为各项之和"
            self.mapper.find(parts[0].place, f"{said}；未导入，由 reportkit 按各项之和计算", "totals",
                             f"{said}；已按各项之和核对勾稽关系，请核对原件是否漏印了这一列")
        if absent:  # a group left out (行政诉讼's ten cells) is one mistake: one finding, not one a cell
            cells = sum(map(len, absent.values()))
            named = "、".join(f"“{label}”一组" if len(columns) == len(tables.OUTCOMES) + 1 else
                             "、".join(f"“{label}”“{column}”" for column in columns) for label, columns in absent.items())
            said = f"表四{named}：原文的表中没有{'这一格' if cells == 1 else f'这 {cells} 格'}"
            self.mapper.find(parts[0].place, f"{said}，已留占位：请按原始台账填写", "cells", f"{said}：请核对原件是否漏印了")
        return out


def captions_in_tables(items: list, edition: str) -> list:
    """``items`` with table 二's caption rows (第二十条第（一）项, its unit after it too), table 四's over each of its
    two parts (行政复议, 行政诉讼) and a table's unit of money (单位：万元) that came as paragraphs right before a table
    put back as the table's first rows: a text file's table row with one (merged) cell has no tab; any other unit
    (单位：件) over a table left out, and so is a statistics table's caption over it (:func:`table_caption`), its unit
    of money kept."""
    captions = {norm(block.caption) for block in tables.EDITIONS[edition].active_disclosure} \
        | {norm(tables.REVIEW_GROUPS[0][1]), norm(tables.LITIGATION_LABEL)}  # table 四 printed as two tables
    out: list = []
    lead: list[Para] = []  # the captions and units right before a table
    for item in items:
        if isinstance(item, Para) and (_UNIT.match(item.text) or _captions(item.text, captions)):
            lead.append(item)
            continue
        if isinstance(item, Grid):
            # a unit of money stays a row for the mapper to read (:meth:`TableMapper.disclosure`); 单位：件 says nothing
            _rows_over(item, [para for para in lead if not _UNIT.match(para.text) or _MONEY_UNIT.fullmatch(para.text)])
            if out and isinstance(out[-1], Para) and table_caption(out[-1].text, table_key(item)):
                _rows_over(item, _caption_unit(out.pop()))
        else:
            out += lead
        lead = []
        out.append(item)
    return out + lead


def _captions(text: str, captions: Collection[str]) -> bool:
    """Whether ``text`` (its unit of money aside) is one of ``captions`` (norm), or table 二's captions of two blocks
    printed as one: 第二十条第（五）项、第（六）项."""
    parts = norm(_MONEY_UNIT.sub("", text)).split("、")
    return all((part if part.startswith(norm("第二十条")) or not n else norm("第二十条") + part) in captions
               for n, part in enumerate(parts))


def _rows_over(grid: Grid, paras: list[Para]) -> None:
    """``paras`` put over ``grid`` as its first rows, each one cell across it."""
    width = len(grid.rows[0]) if grid.rows else 1
    grid.rows[:0] = [[para.text] * width for para in paras]
    grid.places[:0] = [para.place for para in paras]
    grid.spans = [(r, 0, 1, width) for r in range(len(paras)) if width > 1] \
        + [(r + len(paras), c, rs, cs) for r, c, rs, cs in grid.spans]


_NUMBER = r"(?:附\s*)?表\s*(?:[一二三四]|[1-4１-４])(?![\d０-９一二三四五六七八九十])"
#: A line that may be a table's caption: its number (表一, 表2, 附表1, （表一）) or a title, the year after it
#: (（2023年度）), its unit last (（单位：件）).
_TABLE_CAPTION = re.compile(rf"^\s*(?P<number>[（(]\s*{_NUMBER}\s*[）)]|{_NUMBER}\s*[：:、.．]?)?(?P<title>[^（(]*?)"
                            rf"\s*(?:[（(]\s*{year_pattern()}\s*年度?\s*[）)])?"
                            r"\s*(?P<unit>[（(]\s*(?:计量|金额)?单位\s*[:：][^）)]*[）)])?\s*$")
#: How a table's title ends: …情况, …统计表, …汇总, …数据.
_TITLE_END = re.compile(r"(?:情况|统计|汇总|数据|表)$")
#: What makes a line that looks like a caption a sentence: a stop, or a verb that speaks of a table (表一显示…).
_SENTENCE = re.compile(r"[，,。；;！!？?：:]|[为是]|显示|所示|列出|反映|说明|可见|如下|详见|参见|见下")
#: The words by which a title names the subject of each statistics table.
_SUBJECTS = {"active_disclosure": ("主动公开",), "applications": ("申请",), "review_litigation": ("行政复议", "行政诉讼")}


def table_caption(text: str, key: str | None) -> bool:
    """Whether ``text``, a line right before the statistics table ``key`` (:data:`~reportkit.default_plugins.annual_report.tables.TABLE_NAMES`), is its caption: the
    table's number (表一, 表2, 附表1) with a title or none, or a title alone naming the table's subject (主动公开, 申请,
    行政复议); a title is at most 40 characters, without a stop or a verb of a sentence, and ends as a title does (…情况,
    …统计表) or names the subject. A line numbered as a heading (（二）…) or saying the table goes on (续表) is none."""
    found = _TABLE_CAPTION.match(text)
    if key is None or not found or labels.numbering(text) or CONTINUED.match(text):
        return False
    title = norm(found["title"])
    if len(title) > 40 or _SENTENCE.search(title):
        return False
    named = any(word in title for word in _SUBJECTS[key])
    return bool(found["number"]) and (not title or named or bool(_TITLE_END.search(title))) \
        or named and bool(_TITLE_END.search(title))


def _caption_unit(caption: Para) -> list[Para]:
    """The unit of money after a table's ``caption`` (（单位：万元）) as a line of its own, or none."""
    unit = _TABLE_CAPTION.match(caption.text)["unit"]
    return [Para(unit, caption.place, caption.role)] if unit and _MONEY_UNIT.fullmatch(unit) else []


def _without_blank_columns(grid: Grid) -> Grid:
    """``grid`` without its first columns where they are blank in every row: the frame of a table set inside another
    one's cell (a web page's layout table printed to PDF), which left the rows' labels in its second column. A blank
    column further right is a column of figures printed blank, kept."""
    lead = next((j for j in range(max(map(len, grid.rows), default=0))
                 if any(j < len(row) and row[j].strip() for row in grid.rows)), 0)
    if not lead:
        return grid
    spans = [(r, max(c - lead, 0), rs, c + cs - max(c, lead)) for r, c, rs, cs in grid.spans if c + cs > lead]
    return dataclasses.replace(grid, rows=[row[lead:] for row in grid.rows], spans=spans)


def _caption_column(row: list[str]) -> int:
    """1 where table 二's ``row`` starts with its block's caption (第二十条第（一）项) printed as a column merged down
    its rows, the rest of the row being the block's; else 0. A copy leaves the caption's cell blank in the rows below
    it (their label next)."""
    first = row[0].strip()
    return int(len(row) > 2 and norm(first).startswith(norm("第二十条"))
               and any(cell.strip() not in ("", first) for cell in row[1:]))


def _merged_down(parts: list[Grid]) -> dict[tuple[str, int], str]:
    """The cells of ``parts`` a merged cell covers from a row above (a figure merged down over two rows): ``(place of
    the row, column)`` → the first row's label."""
    return {(grid.places[i], j): grid.rows[r][0].strip() for grid in parts for r, c, rowspan, colspan in grid.spans
            for i in range(r + 1, min(r + rowspan, len(grid.rows))) for j in range(c, c + colspan) if j}


def _without_continued(grid: Grid) -> Grid:
    """``grid`` without its rows that only say the table goes on (one text across it, :data:`CONTINUED`: 续表, （续）):
    a mark printed over a part the reader joined to the one above, no row of the table."""
    kept = [r for r, row in enumerate(grid.rows) if not CONTINUED.match(_across(row) or "")]
    if len(kept) == len(grid.rows):
        return grid
    spans = [(sum(k < r for k in kept), c, sum(r <= k < r + rs for k in kept), cs) for r, c, rs, cs in grid.spans]
    return dataclasses.replace(grid, rows=[grid.rows[r] for r in kept], places=[grid.places[r] for r in kept],
                               spans=[span for span in spans if span[2] * span[3] > 1])


def _without_blank_totals(data):
    """``data`` without the blank totals ``check`` leaves to reportkit (None): an omitted 总计 is computed."""
    if isinstance(data, dict):
        return {key: _without_blank_totals(value) for key, value in data.items() if value is not None}
    return data


def tables_apart(items: list) -> list:
    """``items`` with a grid that runs on from one statistics table into another's head parted there (a text file's
    tables with no line between them: no part's heading, or a copy that lost it): table 二's caption of a block
    (第二十条第（一）项), table 三's head (申请人情况, its note, 自然人 …), table 四's (行政复议 … 行政诉讼), also under a
    table of its own the grid begins with (:func:`_table_under`); and a grid no table's head names joined to the grid
    right after it where the two are one table (:func:`one_table`: a table's first head row alone at a page's foot,
    or its rest read with another number of columns)."""
    items = [_upright(item) if isinstance(item, Grid) else item for item in items]
    for i in range(len(items) - 2, -1, -1):
        first, second = items[i], items[i + 1]
        if isinstance(first, Grid) and isinstance(second, Grid) and table_key(first) is None \
                and one_table(first, second):
            width = max(len(first.rows[0]), len(second.rows[0]))
            below = [(r + len(first.rows), c, rs, cs) for r, c, rs, cs in second.spans]
            items[i:i + 2] = [Grid([row + [""] * (width - len(row)) for row in first.rows + second.rows],
                                   first.places + second.places, first.place, first.spans + below, apart=first.apart)]
    out: list = []
    for item in items:
        key = table_key(item) if isinstance(item, Grid) else None
        if isinstance(item, Grid) and (under := _table_under(item)):
            out.append(rows_of(item, 0, under[0], item.place))
            item, key = rows_of(item, under[0], len(item.rows), item.places[under[0]]), under[1]
        while key is not None:
            at = next(((r, starts) for r, row in enumerate(item.rows)
                       if r and (starts := _table_starts(row)) not in (None, key)), None)
            if at is None:
                break
            out.append(rows_of(item, 0, at[0], item.place))
            item, key = rows_of(item, at[0], len(item.rows), item.places[at[0]]), at[1]
        foot = _table_below_disclosure(item) if key == "active_disclosure" else None
        if foot:
            out.append(rows_of(item, 0, foot, item.place))
            item = dataclasses.replace(rows_of(item, foot, len(item.rows), item.places[foot]), apart=True)
        out.append(item)
    return out


@cache
def _disclosure_words() -> frozenset[str]:
    """The labels table 二 prints, rows and columns, of both editions (norm'd)."""
    blocks = [block for edition in tables.TABLE_EDITIONS for block in tables.EDITIONS[edition].active_disclosure]
    return frozenset(norm(text) for block in blocks
                     for text in [*(label for _, label in block.rows), *(c.label for c in block.columns)]) \
        | {norm(tables.DISCLOSURE_ITEM_LABEL)}


#: Words of table 三's official row labels that a head across a transposed table 三 shows (:func:`_upright`).
_APPLICATION_ROW_WORDS = ("本年新收", "上年结转", "办理结果")


def _upright(grid: Grid) -> Grid:
    """``grid`` turned a quarter where it is table 三 printed transposed (as some offices lay it out, to fit a page):
    a row for each applicant column (自然人 … 总计, named in the cells before its figures, 法人或其他组织 beside its
    five), under a head naming the official rows across (本年新收…, 上年结转…, 本年度办理结果); its
    rows become columns, and the mapping reads it as printed upright. A grid without its merged cells (a text's copy,
    a merged cell's text written once) only where its head tells which row each column of figures is
    (:func:`_head_written_once`). Any other grid as it is."""
    body = applicant_rows(grid)
    if not body:
        return grid
    if not grid.spans:
        grid = _head_written_once(grid, body[0]) or grid
    rows = grid.rows
    if not grid.spans or len({len(row) for row in rows}) > 1:
        return grid
    width = len(rows[0])
    # each column's head read down it (a PDF's merged cell, its lines in rows of their own: 一、本 over 年新收…)
    head = {norm("".join(dict.fromkeys(row[c] for row in rows[:body[0]]))) for c in range(width)}
    if not all(any(word in label for label in head) for word in _APPLICATION_ROW_WORDS):
        return grid
    turned = [[row[c] for row in rows] for c in range(width)]
    return dataclasses.replace(grid, rows=[_joined_labels(row[:body[0]]) + row[body[0]:] for row in turned],
                               places=[f"{grid.place}第 {c + 1} 列" for c in range(width)],
                               spans=[(c, r, cs, rs) for r, c, rs, cs in grid.spans])


def applicant_rows(grid: Grid) -> list[int]:
    """The rows of ``grid`` that name an applicant column of table 三 before their figures (自然人 21 …), five of the
    columns at least: table 三 printed transposed (:func:`_upright`); none for any other grid."""
    names = labels.APPLICANT_COLUMNS
    leads = [row[:next((c for c, cell in enumerate(row) if _figure(cell)), 0)] for row in grid.rows]
    body = [r for r, lead in enumerate(leads) if {norm(cell) for cell in lead} & names.keys()]
    return body if len({names[norm(cell)] for r in body for cell in leads[r] if norm(cell) in names}) >= 5 else []


def _head_written_once(grid: Grid, body: int) -> Grid | None:
    """The transposed table 三 ``grid`` of a text's copy, each merged cell's text written once, as a grid with its merged
    cells (:func:`_upright` turns it): its head's lines (the rows above ``body``, the first row naming an applicant
    column) name the official rows a level a line, the note in the corner aside (一、…, 三、本年度办理结果, 四、… over
    （一）… （七）总计 over 1.属于国家秘密 …), each group's rows and groups on the next line in the order of the groups,
    so the head says which official row each column of figures is; every row below holds as many figures. None where
    the head is not so in either edition (a label not an official row's, a group's row missing or out of its group) or
    a row's figures are more or fewer: which row a figure is in is then not known."""
    lines = [[cell for cell in row if cell.strip() and "本列数据" not in cell] for row in grid.rows[:body]]
    printed = next(filter(None, (_printed_head(lines, tables.EDITIONS[name].applications)
                                 for name in tables.TABLE_EDITIONS)), None)
    if not printed:
        return None
    columns = list(_chains(printed))
    leads, figures = [], []
    for row in grid.rows[body:]:
        cells = row[:max((c for c, cell in enumerate(row) if cell.strip()), default=-1) + 1]
        start = next((c for c, cell in enumerate(cells) if _figure(cell)), len(cells))
        if len(cells) - start != len(columns) or not all(map(_figure, cells[start:])) \
                or norm(cells[start - 1] if start else "") not in labels.APPLICANT_COLUMNS:
            return None
        leads.append(cells[:start])
        figures.append(cells[start:])
    width, depth = max(map(len, leads)), len(lines)
    note = next((cell for cell in grid.rows[0] if "本列数据" in cell), "")
    head = [[note] * width + [chain[min(d, len(chain) - 1)] for chain in columns] for d in range(depth)]
    spans = [(0, 0, depth, width)]
    for d in range(depth):  # each label's cell: over the columns of its rows, down to the figures from its own line
        starts = [c for c, chain in enumerate(columns)
                  if len(chain) > d and (not c or columns[c - 1][:d + 1] != chain[:d + 1])]
        for c, end in zip(starts, [*starts[1:], len(columns)]):
            end = next((k for k in range(c, end) if len(columns[k]) <= d), end)
            spans.append((d, width + c, depth - d if len(columns[c]) == d + 1 else 1, end - c))
    return dataclasses.replace(grid, rows=head + [[""] * (width - len(lead)) + lead + row
                                                  for lead, row in zip(leads, figures)], spans=spans)


def _printed_head(lines: list[list[str]], nodes) -> list | None:
    """The official rows ``nodes`` (of one edition's table 三) as ``lines`` print them, a level a line
    (:func:`_head_written_once`): each as (its label, its rows and groups in their printed order); None where
    ``lines`` are not those labels so."""
    top: list = []
    level = [(list(nodes), top)]
    for line in lines:
        cells, below = iter(line), []
        for siblings, into in level:
            wanted = {norm(node.label): node for node in siblings}
            for _ in siblings:
                node = wanted.pop(norm(next(cells, "")), None)
                if node is None:
                    return None
                into.append((node.label, []))
                if node.children:
                    below.append((list(node.children), into[-1][1]))
        if next(cells, None) is not None:
            return None
        level = below
    return None if level else top


def _chains(printed: list, above: tuple = ()):
    """Each row of a printed head (:func:`_printed_head`) in order, as its groups' labels and its own."""
    for label, children in printed:
        yield from _chains(children, (*above, label)) if children else [(*above, label)]


def _joined_labels(cells: list[str]) -> list[str]:
    """A transposed table 三's row labels (its head's cells down one column, :func:`_upright`) with the pieces of one
    label joined, each piece's cell taking the whole: a PDF reads a merged cell's lines in the rows beside them (一、本
    over 年新收政府信息公开申请数量). Pieces that make no official label (:func:`.labels.application_labels`) stay."""
    out, piece, start = list(cells), "", 0
    for i, cell in enumerate(cells):
        if not cell or i and cell == cells[i - 1]:
            continue  # a blank, or a merged cell's repeat
        start, piece = (start, piece + cell) if piece else (i, cell)
        if norm(piece) in labels.application_labels():
            out[start:i + 1] = [piece] * (i + 1 - start)
            piece = ""
    return out


def _table_below_disclosure(grid: Grid) -> int | None:
    """Where a small table of a report's own starts at the foot of table 二's ``grid``, drawn touching its bottom with
    no line between (a PDF's reader, or Word joining two tables, reads the two as one grid): a row of words alone
    (its head: 公开方式 | 发布条数) over rows with figures, none of the rows from it on naming a row or column of table 二
    or a block of it (第二十条第（一）项, 单位：件). None where no such rows end the grid."""
    words = _disclosure_words()

    def own(row: list[str]) -> bool:
        cells = [norm(cell) for cell in row if cell.strip()]
        return bool(cells) and not _UNIT.match(row[0]) and not any(
            cell in words or cell.startswith(norm("第二十条")) for cell in cells)

    start = len(grid.rows)
    while start > 1 and own(grid.rows[start - 1]):
        start -= 1
    rows = grid.rows[start:]
    while rows and _figured(rows[0]):  # the small table's head is its first row of words alone
        start, rows = start + 1, rows[1:]
    return start if len(rows) >= 2 and any(map(_figured, rows[1:])) else None


def _table_under(grid: Grid) -> tuple[int, str] | None:
    """Where a statistics table's head starts inside ``grid`` (its first row :func:`_table_starts` names) under a table
    of its own, none of the three (a small table drawn touching 表三's top, which a PDF's reader reads as one grid with
    it): that row and the table's key. A table of words alone there is no table of its own by :func:`one_table`: its
    rows stay, said as over the head (:meth:`TableMapper.rows_across`). A row with a figure starts no head (自然人 | 5,
    a row of a small table in 表三's words)."""
    r, starts = next(((r, starts) for r, row in enumerate(grid.rows)
                      if not _figured(row) and (starts := _table_starts(row))), (0, None))
    if not r:
        return None
    above, below = rows_of(grid, 0, r, grid.place), rows_of(grid, r, len(grid.rows), grid.places[r])
    return (r, starts) if table_key(below) == starts and table_key(above) is None and not one_table(above, below) \
        else None


def one_table(first: Grid, second: Grid, broken: bool = False) -> bool:
    """Whether ``second``, a grid right after ``first`` with nothing between, is the rest of it, not a table of its own:
    ``first`` a head alone (at most two rows, no figure under its first, none in it if one: a table's head at a page's
    foot, not a table's last row there), or ``second`` without a head of its own (a site's table cut into several
    <table>s, the head repeated or not). A head of its own is a first row other than ``first``'s that is a caption (one
    text across, but one saying the table goes on: 续表, :data:`CONTINUED`) or words over a row with a figure; only a
    caption where a page break falls between the two (``broken``, a PDF's: the rest of a row or head the break cut
    stands as words over the rows under it), or words over a row with a figure where ``first`` has figures and the two
    have not as many columns of them (:func:`_figure_columns`: a small table at the next page's top after table 三,
    not the rest of a head the break cut). Every reader and the annual report's mapping decide by it."""
    if len(first.rows) <= 2 and not any(map(_figured, first.rows[1:] or first.rows)):
        return True
    head = second.rows[0]
    caption = len(set(head)) == 1
    if len(second.rows) < 2 or head == first.rows[0] or caption and CONTINUED.match(head[0]):
        return True
    own = not _figured(head) and any(map(_figured, second.rows[1:]))
    columns = _figure_columns(first)
    return not (caption or own and (not broken or columns is not None and columns != _figure_columns(second)))


def _figured(row: list[str]) -> bool:
    """Whether a cell of ``row`` is a figure (12, 3.5, 1,234, 50%)."""
    return any(_FIGURE_CELL.fullmatch(cell.strip()) for cell in row)


def _figure_columns(grid: Grid) -> int | None:
    """How many columns ``grid`` has from its first one holding a figure on (:func:`.source.label_columns`)."""
    labels = label_columns(grid)
    return None if labels is None else len(grid.rows[0]) - labels


def stands_apart(items: list, grid: Grid, broken: bool = False) -> bool:
    """Whether ``grid``, read right after ``items``, is a table of its own: the last item a grid it is not the rest of
    (:func:`one_table`; ``broken`` as there). A reader passes it to :meth:`.source.Published.add` as ``apart``; a grid
    without rows (a table of empty rows) is none, and adds nothing."""
    return bool(items and grid.rows) and isinstance(items[-1], Grid) and not one_table(items[-1], grid, broken)


#: The labels only table 三's head prints: a row holding one starts the table.
_APPLICATIONS_HEAD = frozenset(map(norm, (tables.APPLICANTS_LABEL, tables.ORGANISATIONS_LABEL,
                                          tables.NATURAL_PERSON.label, "商业企业")))


def _table_starts(row: list[str]) -> str | None:
    """The statistics table whose first row ``row`` may be (:func:`tables_apart`): table 二's caption of a block,
    table 三's head (its note, 申请人情况, the applicants' columns), table 四's head naming 行政复议 and 行政诉讼."""
    cells = [norm(cell) for cell in row]
    joined = "".join(cells)
    if any(cell.startswith(norm("第二十条")) for cell in cells):
        return "active_disclosure"
    if set(cells) & _APPLICATIONS_HEAD or any(cell.startswith(norm("（本列数据")) for cell in cells):
        return "applications"
    return "review_litigation" if "行政复议" in joined and tables.LITIGATION_LABEL in joined else None


def rows_of(grid: Grid, start: int, stop: int, place: str) -> Grid:
    """``grid``'s rows ``start`` to ``stop`` as a grid of their own at ``place``, with the merges among them moved up
    to their new rows. A merge crossing the cut is split: each side keeps the part over its own rows (every position
    a merge covers holds its text, so both sides print it), left out where that part is one cell. Rows from the first
    are kept apart where ``grid`` is (:attr:`.source.Grid.apart`)."""
    spans = [(max(r, start) - start, c, min(r + rs, stop) - max(r, start), cs) for r, c, rs, cs in grid.spans]
    return Grid(grid.rows[start:stop], grid.places[start:stop], place,
                [span for span in spans if span[2] > 0 and span[2] * span[3] > 1], apart=grid.apart and not start)


def _columns_in_order(head: list[list[str]]) -> dict | None:
    """Table 三's columns of figures from a head read without its merged cells (a text file's table: 自然人 and
    总计 are not repeated into the last row): when the head names every one (or all but 总计, a table printed without
    it), the last columns, in the order it prints them (:func:`_printed_order`; a head printing 总计 first), else in
    the official order."""
    keys = list(labels.APPLICANT_COLUMNS.values())
    named = [[key for cell in row if (key := labels.APPLICANT_HEADS.get(norm(cell)))] for row in head]
    if {key for row in named for key in row} == set(keys) - {tables.TOTAL.key}:
        keys.remove(tables.TOTAL.key)
    if {key for row in named for key in row} != set(keys):
        return None
    order = _printed_order(head, named, set(keys)) or keys
    if any(norm(cell) in _SUBTOTAL_HEADS for row in head for cell in row):  # a column of 小计 before 总计, :data:`_SUBTOTAL`
        if order != keys:
            return None
        order = [*keys[:len(tables.APPLICANT_COLUMNS)], _SUBTOTAL, *keys[len(tables.APPLICANT_COLUMNS):]]
    start = len(head[-1]) - len(order)
    return {key: start + i for i, key in enumerate(order)} if start >= 1 else None


#: The group over table 三's five columns of organisations.
_ORGANISATIONS = norm("法人或其他组织")


def _printed_order(head: list[list[str]], named: list[list[str]], keys: set[str]) -> list[str] | None:
    """Table 三's columns (``keys``, the head's) in the order a ``head`` read without its merged cells prints them
    (``named``: each row's keys): a row naming all, in its order; else the row naming 法人或其他组织, its five in
    the order of the row naming them. None where neither is there."""
    rows = [list(dict.fromkeys(row)) for row in named]
    if full := next((row for row in rows if set(row) == keys), None):
        return full
    group = next((row for row in head if _ORGANISATIONS in map(norm, row)), None)
    five = next((row for row in rows if len(row) == 5), None)
    if group is None or five is None:
        return None
    order = [key for cell in dict.fromkeys(map(norm, group)) for key in (
        five if cell == _ORGANISATIONS else [labels.APPLICANT_HEADS[cell]] if cell in labels.APPLICANT_HEADS else [])]
    return order if sorted(order) == sorted(keys) else None



def _across(row: list[str]) -> str | None:
    """The one text a row holds across a table (in its first cell, each other cell the same or blank), or None."""
    text = row[0].strip() if len(row) > 1 else ""
    return text if text and not _figure(text) and all(c.strip() in ("", text) for c in row) else None


def _figures_from(row: list[str]) -> int | None:
    """Where ``row``'s figures begin, after its label cells (数量, 件数, 结果维持 …), or None for a row of no figures.
    A cell without a Chinese character among more figures is a figure mistyped (the letter O, 6 2): the row is one of
    figures still, so that the cell is named with what is wrong in it, as any other table's is."""
    lead = 0
    while lead < len(row) and row[lead].strip() and not _figure(row[lead]):
        lead += 1
    rest = row[lead:]
    typed = [c for c in rest if c.strip() and c.strip() not in NOTHING]
    mistyped = [c for c in typed if not _figure(c)]
    if any(c.strip() for c in rest) and not any(map(_CHINESE.search, mistyped)) \
            and (not mistyped or len(mistyped) < len(typed) - len(mistyped)):
        return lead
    return None


#: A Chinese character: a label's or a head's cell has one, a figure (mistyped or not) none.
_CHINESE = re.compile(r"[\u3400-\u9fff]")


_REVIEW_CELLS = len(tables.REVIEW_GROUPS) * (len(tables.OUTCOMES) + 1)
#: Table 四's columns of a group in the official order.
_REVIEW_ORDER = tuple(c.key for c in (*tables.OUTCOMES, tables.TOTAL))


def _review_by_labels(parts: list[Grid], blank: bool) -> tuple[dict[tuple[str, str], tuple[str, str]] | None, set[str]]:
    """Table 四's cells by group and column, each named by the head rows over it (a part without a head has the
    one before) and its row's label cells (``blank``: the last row, all blank, is the row of figures); and what was
    judged by the shape (``groups``, ``columns``), for a note. A row's cells run in blocks, one a group
    (:func:`_review_blocks`). A block no one group is named over takes, where its row's blocks are as many as the
    groups its head names (a text file's merged cells, written once; a turned table's one figure a group), the group
    named in its place in that order;
    else, the groups not found elsewhere taken by as many blocks, in the official order. A block of five cells under
    no column's name has them in the official order. None where this leaves a figure without group or column, or
    gives two figures the same."""
    rows: list[tuple[list[list[tuple]], list[str]]] = []  # each row of figures: its blocks, the groups its head names
    head: list[list[str]] = []
    for grid in parts:
        rows_over: list[list[str]] = []
        for i, (row, place) in enumerate(zip(grid.rows, grid.places)):
            lead = 0 if blank and grid is parts[-1] and i == len(grid.rows) - 1 else _figures_from(row)
            if lead is None:
                rows_over.append(row)
                continue
            if rows_over:
                head, rows_over = rows_over, []
            over = [[norm(r[j]) for r in head if j < len(r)] for j in range(len(row))]
            named = [_review_key(words) for words in over]
            # a cell before the figures is a label, unless the head names its place (a cell cut off by the page)
            said = [norm(c) for c, key in zip(row[:lead], named) if key is None]
            blocks = _review_blocks([(over[j] + said, text, place) for j, text in enumerate(row)
                                     if j >= lead or named[j] is not None])
            if blocks is None:
                return None, set()
            if said and (own := _review_groups(said)) is not None:  # a group's row: blanks past its blocks are none
                while len(blocks) > len(own) and all(not text.strip() for _, _, text, _ in blocks[-1]):
                    blocks.pop()
            turned = any(labels.review_column(word) for word in said)  # a row per result: a figure a group
            rows.append((blocks, _said_groups(head), turned))
    blocks = [(r, block) for r, (found, *_) in enumerate(rows) for block in found]
    groups = {n: next(iter(common)) for n, (_, block) in enumerate(blocks)
              if len(common := _common_groups(block) or ()) == 1}
    for r, (_, said, turned) in enumerate(rows):
        own = [n for n, (row, _) in enumerate(blocks) if row == r]
        if any(n not in groups for n in own) and len(own) == len(said) and (
                turned or all(len(blocks[n][1]) > 1 for n in own)):
            groups.update(zip(own, said))
    judged: set[str] = set()
    left = [n for n in range(len(blocks)) if n not in groups]
    rest = [key for key, _ in tables.REVIEW_GROUPS if key not in groups.values()]
    if left:
        if len(left) != len(rest) or any((common := _common_groups(blocks[n][1])) is not None and key not in common
                                         for n, key in zip(left, rest)):
            return None, set()
        groups.update(zip(left, rest))
        judged.add("groups")
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for n, (_, block) in enumerate(blocks):
        columns = [column for _, column, _, _ in block]
        if None in columns:
            if len(block) != len(_REVIEW_ORDER):
                return None, set()
            columns = list(_REVIEW_ORDER)
            judged.add("columns")
        for column, (_, _, text, place) in zip(columns, block):
            if (groups[n], column) in found:
                return None, set()
            found[groups[n], column] = text, place
    return found or None, judged


def _heads_in_order(parts: list[Grid]) -> bool:
    """Whether table 四's head rows, read in order, name its groups and each row's columns in the official order: a
    text file's head, its merged cells written once, apart from the figures under them."""
    heads = [[norm(cell) for cell in row if cell.strip()] for grid in parts for row in grid.rows
             if _figures_from(row) is None]
    said = [group for group in dict.fromkeys(_review_group(word) for row in heads for word in row) if group]
    if said != [key for key, _ in tables.REVIEW_GROUPS if key in said]:
        return False
    for row in heads:  # only the format's names: a PDF's head cell in pieces (结果 / 维持) has others' words
        columns = [_REVIEW_ORDER.index(column) for word in row if (column := labels.REVIEW_COLUMNS.get(word))]
        if any(b != (a + 1) % len(_REVIEW_ORDER) for a, b in zip(columns, columns[1:])):
            return False
    return True


def _said_groups(head: list[list[str]]) -> list[str]:
    """The groups of table 四 its head rows name, in their order: row by row, 行政诉讼 standing for its two groups in
    the order a row under it names them (a text file's head, its merged cells written once, has them apart)."""
    words = [norm(cell) for row in head for cell in row]
    named = [_review_group(word) for word in words]
    litigation = [g for g in dict.fromkeys(named) if g and g != tables.REVIEW_GROUPS[0][0]] \
        or [key for key, _ in tables.REVIEW_GROUPS[1:]]
    said = [group for word, one in zip(words, named)
            for group in ([one] if one else litigation if _names_litigation(word) else [])]
    return list(dict.fromkeys(said))


def _names_litigation(word: str) -> bool:
    """Whether ``word`` names 行政诉讼 (either of its groups), not the caption naming both 行政复议 and 行政诉讼."""
    return tables.LITIGATION_LABEL in word and "行政复议" not in word


def _review_blocks(cells: list[tuple[list[str], str, str]]) -> list[list[tuple]] | None:
    """A row of table 四's cells (the words over and before each, its text, its place) as ``(groups, column, text,
    place)`` in blocks, a group's each: a block ends where a column comes again (or, in a row naming no column, where
    another group begins). A blank cell under no column's name in a row naming columns is an extra column, left out;
    a row naming none is cut in fives.
    None for a figure under no column's name in a row naming columns, or a cell named by two columns."""
    named = [(_review_groups(words), {labels.review_column(w) for w in words} - {None}, text, place)
             for words, text, place in cells]
    if any(len(columns) > 1 for _, columns, _, _ in named):
        return None
    columned = any(columns for _, columns, _, _ in named)
    blocks: list[list[tuple]] = []
    for groups, columns, text, place in named:
        column = next(iter(columns), None)
        if columned and column is None:
            if text.strip() and text.strip() not in NOTHING:
                return None
            continue
        common = _common_groups(blocks[-1]) if blocks else None
        if not blocks or column in {c for _, c, _, _ in blocks[-1]} - {None} or (
                not columned and groups and common and len(groups) == len(common) == 1 and groups != common):
            blocks.append([])
        blocks[-1].append((groups, column, text, place))
    if not columned and all(len(block) % len(_REVIEW_ORDER) == 0 for block in blocks):
        size = len(_REVIEW_ORDER)
        blocks = [block[n:n + size] for block in blocks for n in range(0, len(block), size)]
    return blocks


def _application_label(text: str) -> bool:
    """Whether ``text`` is a label of table 三: its head's, or a row's or group's (a row printed blank has it alone)."""
    word = norm(text)
    return word in _HEAD_LABELS or word.startswith(norm("（本列数据")) or word in labels.row_cells() \
        or word in labels.group_rows()


def _review_head(text: str) -> bool:
    """Whether ``text`` is a head cell of table 四: a group, 行政诉讼, a column, or a turned table's 结果."""
    word = norm(text)
    return bool(_review_group(word) or _names_litigation(word) or labels.review_column(word)) or word in ("结果", "项目")


def _review_groups(words: list[str]) -> set[str] | None:
    """The groups of table 四 that ``words`` leave a cell in (行政诉讼: either of its two; two that disagree: none),
    or None where no word names a group."""
    litigation = {key for key, _ in tables.REVIEW_GROUPS[1:]}
    named = [{group} if (group := _review_group(w)) else litigation for w in words
             if _review_group(w) or _names_litigation(w)]
    return set.intersection(*named) if named else None


def _common_groups(block: list[tuple]) -> set[str] | None:
    """The groups every cell of ``block`` that names any may be in, or None where none names one."""
    named = [groups for groups, *_ in block if groups is not None]
    return set.intersection(*named) if named else None


def _review_key(words: list[str]) -> tuple[str, str] | None:
    """The one group and column of table 四 that ``words`` name, or None."""
    groups = {_review_group(w) for w in words} - {None}
    columns = {labels.review_column(w) for w in words} - {None}
    return (*groups, *columns) if len(groups) == len(columns) == 1 else None


def _review_group(word: str) -> str | None:
    """The group of table 四 a label names: 复议后起诉, (未经复议)直接起诉, 行政复议 (not the caption naming both)."""
    return ("litigation_after_reconsideration" if "复议后起诉" in word else "litigation_direct" if "直接起诉" in word
            else "reconsideration" if "行政复议" in word and "行政诉讼" not in word else None)


def _figure(text: str) -> bool:
    return bool(CELL.match(plain(_without_mark(text)[0].replace("，", ","))))


def _without_mark(text: str) -> tuple[str, str | None]:
    """A cell's figure (0 for one written 零, 〇) and the note's mark typed after it, if any."""
    if len(text.strip()) == 1 and text.strip() in labels.ZERO_WORDS:
        return "0", None
    mark = _NOTE_MARK.search(text)
    return (text[:mark.start()], mark.group(1)) if mark else (text, None)


def _measure(figure: str) -> str | None:
    """The measure word written after a cell's figure (12件 → 件), if any."""
    found = _MEASURE.search(unicodedata.normalize("NFKC", figure))
    return found.group(1) if found else None


def _figure_value(value) -> bool:
    """Whether a cell's ``value`` as read is a figure other than 0 (not a placeholder)."""
    value = value.get("value") if isinstance(value, dict) else value
    return not isinstance(value, str) and bool(value)


#: The head of a column of 法人或其他组织's subtotals, as some templates add to table 三, and its key among the
#: columns a head read without its merged cells gives (:func:`_columns_in_order`).
_SUBTOTAL_HEADS = frozenset(map(norm, ("小计", "法人或其他组织小计", "法人或其他组织合计")))
_SUBTOTAL = "subtotal"


@cache
def _groups(edition: str) -> dict[str, tuple[str, tuple[tuple, ...]]]:
    """norm(label) → (label, the keys of its rows) of each group of table 三's rows under 三、本年度办理结果
    (（三）不予公开 …), which some templates print as a row of subtotals of its own."""
    found = {}
    for top in tables.EDITIONS[edition].applications:
        for node in top.children:
            if node.children:
                found[norm(node.label)] = (node.label, tuple(keys for keys, _ in node.leaves((top.key,))))
    return found


def _value(tree: dict, keys: tuple):
    """The value at ``keys`` of ``tree``, or None."""
    for key in keys:
        if not isinstance(tree, dict) or key not in tree:
            return None
        tree = tree[key]
    return tree


def _set(tree: dict, keys: tuple, value) -> None:
    for key in keys[:-1]:
        tree = tree.setdefault(key, {})
    tree[keys[-1]] = value


def _zero(tree) -> bool:
    """Whether every value in ``tree`` is 0 (not a placeholder, nor a total left to compute)."""
    return all(map(_zero, tree.values())) if isinstance(tree, dict) else type(tree) is int and tree == 0


#: Table 二's column heads (normalised) in either edition, in other words too.
_DISCLOSURE_HEADS = frozenset(norm(column.label) for edition in tables.TABLE_EDITIONS
                              for block in tables.EDITIONS[edition].active_disclosure for column in block.columns) \
    | labels.DISCLOSURE_HEAD_WORDS.keys()  # 本年新制发件数


def heads_only(cells: list[str], heads: Collection[str] = _DISCLOSURE_HEADS) -> bool:
    """Whether ``cells`` are table 二's column heads (``heads``, normalised; either edition's by default), each with its
    unit or not: a head row whose corner cell was left empty."""
    written = [_COUNT_UNIT.sub("", cell) for cell in cells if cell.strip()]
    return bool(written) and all(norm(cell) in heads or _head_unit(cell)[0] in heads for cell in written)


def _head_unit(head: str) -> tuple[str, str | None]:
    """A head of table 二 (normalised) without the unit written after it, and that unit: 采购总金额（万元）, 采购总金额
    （单位：元）."""
    found = _HEAD_UNIT.match(unicodedata.normalize("NFKC", head).strip())
    return (norm(found.group(1)), found.group(2)) if found else (norm(head), None)


def _under_one_head(cells: list[str] | None) -> str | None:
    """What a row of table 二 holds under one head (None: no such head): a head merged across the columns (本年处理决定
    数量) is over several cells, and the figure is in whichever of them was written in; different texts in them are
    one text, which is no number."""
    if cells is None:
        return None
    written = list(dict.fromkeys(cell.strip() for cell in cells if cell.strip()))
    return "、".join(written) if written else cells[0]


def _column_zero(rows: dict, column: str) -> bool:
    """Whether ``column`` is 0 in every row of table 三 under ``rows`` (rows within their groups)."""
    return all(_zero(row.get(column)) if tables.NATURAL_PERSON.key in row else _column_zero(row, column)
               for row in rows.values())


def _has(tree: dict, keys: tuple) -> bool:
    for key in keys:
        if not isinstance(tree, dict) or key not in tree:
            return False
        tree = tree[key]
    return True


def _sum(values) -> int | str:
    """The sum of table cells' values, or the first that is a placeholder (not a number)."""
    values = list(values)
    return next((v for v in values if isinstance(v, str)), None) or sum(values)


def _repeated_head(rows: list[list[str]], last_header: int) -> set[int]:
    """The rows of table 三 after its head that repeat the head (pasted in again where a page broke): the row naming
    the columns and the rows next to it that hold head labels and no figure."""
    def head_row(row: list[str]) -> bool:
        return not any(CELL.match(c) for c in row) and any(
            norm(c) in _HEAD_LABELS or norm(c).startswith(norm("（本列数据")) for c in row)

    repeated: set[int] = set()
    for i in range(last_header + 1, len(rows)):
        if norm("商业企业") in map(norm, rows[i]):
            j, k = i, i
            while j - 1 > last_header and head_row(rows[j - 1]):
                j -= 1
            while k + 1 < len(rows) and head_row(rows[k + 1]):
                k += 1
            repeated.update(range(j, k + 1))
    return repeated


#: The cells of table 三's head besides the seven columns' row: a repeated head is told by them.
_HEAD_LABELS = {norm(label) for label in ("申请人情况", "自然人", "法人或其他组织", "商业企业", "总计")}
