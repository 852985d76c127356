"""Map a published annual report (:class:`.source.Published`) to reportkit data: its frame as any official
document's (:mod:`.frame`), then the preamble and period, the official parts and sections (a plugin's too), the
contact sentences, and the statistics tables (:mod:`.annual_tables`); a 2008-edition report's parts in
:mod:`.annual2008`.

Nothing is guessed: a value not found, or found twice, becomes a 【请填写：…】 placeholder and a finding that names
its place in the source.
"""
from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import types
import typing
import unicodedata
from decimal import Decimal

from ..attachments import year_pattern, year_value
from ..default_plugins.annual_report import tables
from ..default_plugins.annual_report.edition2008 import spec as spec2008
from ..errors import NOTE, ReportkitError
from ..narrative import SectionItem
from ..numerals import numeral_value
from . import labels
from .annual_tables import (CELL, CONTINUED, TableMapper, applicant_rows, captions_in_tables, plain, rows_of,
                            table_caption, tables_apart)
from .documents import keep_loose_cells
from .frame import (ATTACHMENT, OTHER_KIND, YEAR, DocumentMapper, Imported, item_model, placeholder, short,
                    table_key, title_line, unbroken)
from .headings import is_heading, part_heading, parted, renumbered_parts, strip_number
from .labels import SENTENCE_END, heading_level, norm
from .source import Grid, Para, Published

if typing.TYPE_CHECKING:
    from ..registry import Section


#: What is said of table 三 printed transposed (a row per applicant column) whose head does not tell which row each
#: column of figures is (:func:`.annual_tables.applicant_rows`).
_TURNED_UNREAD = ("这个表格像是转置的表三（每类申请人一行），但表头看不出每一列数字是哪一行（合并的格只写了一次而次序不合，"
                  "或行名、数字不全），未导入：请对照原件填写表三")


class NotAnnualReport(ReportkitError):
    """A readable file that is no annual report (a work plan, a summary, a notice …): ``check``'s ``not-annual-report``."""


def map_annual(published: Published, *, blank_as_zero: bool = False,
               sections: tuple[tuple[Section, str | None], ...] = ()) -> Imported:
    """The whole mapping: metadata, preamble, sections with their headings, the tables.

    A blank cell of a statistics table is a placeholder, or with ``blank_as_zero`` (``reportkit check``) a 0,
    so that the consistency rules can run; either way it is a finding. ``sections`` are the plugin sections of
    the annual report, each with the package the data names under ``plugins:``: a part titled as one of them
    is that section (:meth:`AnnualMapper.plugin_part`)."""
    return AnnualMapper(published, blank_as_zero, sections).run()


#: The preamble's sentence reportkit writes when the data has none (``annual_report.build``): on re-render it is written
#: again, so it is read for its period only; one worded otherwise (“本报告依据《…条例》和《某省…规定》，由…编制”) is kept.
_GENERATED_START = "本报告依据《中华人民共和国政府信息公开条例》和"
_GENERATED = re.compile(rf"{_GENERATED_START}[^，。]+的要求编制，分为[^。]+个部分。本报告所列数据的统计期限为[^。]+。")


class AnnualMapper(DocumentMapper):
    """An annual report's mapping, on its frame: the year and edition, the parts and sections, the tables."""

    def __init__(self, published: Published, blank_as_zero: bool = False,
                 sections: tuple[tuple[Section, str | None], ...] = ()):
        super().__init__(published, "annual-report")
        self.blank_as_zero = blank_as_zero
        self.plugin_sections = sections
        self.packages: list[str] = []  # the packages of the plugin sections found, for ``plugins:``
        self.settings: dict[str, dict] = {}  # the settings a plugin section's printed text gave, by package
        self._wider: dict[str, str] = {}  # the tables imported that the text said were more than the organ's, and why
        self._table_pictures: tuple = ()  # the pictures said to be the tables as images (:meth:`_missing_tables`)
        self._unheaded: Para | None = None  # the 总体情况 heading the import made (:meth:`_overview_unheaded`)

    def run(self) -> Imported:
        title, title_place = self.title()
        other = OTHER_KIND.search(title.replace("\n", ""))
        if other and "报告" not in title:  # a 工作方案, 工作总结, 通知 …: its numbered parts are no report's
            self.out.recognized, self.out.other_kind = False, other.group()
            return self.out
        self.without_attachments()
        closing = self.closing()
        if closing[1] is None and not self.undated:
            closing = self.dated_under_title() or closing
        self.without_attachment_note()
        self._statistics_mark_off()
        year = self._year(title, title_place, closing[1])
        edition = labels.edition_of(year) if year else self._edition_without_year()
        agency = self.agency(title, year, closing)
        self.data.update(year=year or placeholder("报告年度，如 2023"), agency=agency)
        if edition != "2008":
            government = agency.endswith("人民政府")
            self.data["agency_type"] = "government" if government else "department"
            self.out.notes.append(f"agency_type 按机关名称推定为 {self.data['agency_type']}，请核对")
        if title and title.replace("\n", "") != f"{agency}{year}年政府信息公开工作年度报告":
            self.data["title"] = unbroken(title)  # broken where reportkit breaks it, it is one line of the data
            self.out.places[("title",)] = title_place
        self.addressee()
        organs, date, chinese = closing
        if date:
            self.data["date"] = date
            if chinese and edition == "2008":  # since 2019 the format prints the date in Arabic numerals
                self.data["date_style"] = "chinese"
        elif self.undated:
            self.data["date"] = placeholder(f"成文日期（原文“{self.undated.text.strip()}”没有写日）")
            self.find(self.undated.place, f"成文日期“{self.undated.text.strip()}”没有写日：请按原件补全年月日", "metadata")
        elif edition != "2008":
            self.data["date"] = placeholder("成文日期，如 2024-01-25")
            self.find("文末", "没有找到成文日期（文末的“××××年×月×日”）", "metadata")
        if organs and organs != [agency]:
            self.data["signature"] = organs[0] if len(organs) == 1 else organs
        self.items = _run_in_parts(_headings_out_of_tables(self.items, edition), edition)
        if edition == "2008":
            # a table of the agency's own a text copy gave a cell a line stays in its part, said as a summary's is;
            # since 2019 only the statistics tables, whose reader says so, have figures a line each
            keep_loose_cells(self)
        preamble, parts = self._split_parts(edition)
        if edition == "2008":
            from .annual2008 import map_2008
            map_2008(self, preamble, parts, year)
            for grid in (x for x in self.statistics if isinstance(x, Grid)):
                self.find(grid.place, f"附件里的{short(grid)}不是 2008 版年度报告的表格，未导入", "tables")
        else:
            preamble, parts = self._overview_unheaded(preamble, parts, edition)
            self._preamble(preamble, year)
            self._sections(parts, edition)
        self.pictures([*preamble, *(item for heading, items in parts for item in (heading, *items))], "年度报告",
                      self._table_pictures)
        if self.attachments:
            self.data["attachments"] = self.attachments
        if self.packages:
            rest = {k: v for k, v in self.data.items() if k != "kind"}
            self.data.clear()
            plugins = {p: self.settings.get(p, {}) for p in self.packages} if self.settings else self.packages
            self.data.update(kind="annual-report", plugins=plugins, **rest)
        return self.out

    # Metadata -------------------------------------------------------------------
    def agency(self, title: str, year: int | None, closing) -> str:
        """The issuing agency as :meth:`.DocumentMapper.agency` reads it; where the title names only a place (某县2023年
        ……) and the one organ signing is of that place (某县人民政府办公室), that organ: a place issues no report."""
        named = super().agency(title, year, closing)
        organs = closing[0]
        if len(organs) == 1 and organs[0] != named and organs[0].startswith(named) \
                and not labels.organ_name(named, ending=True):
            return organs[0]
        return named

    def _year(self, title: str, place: str, date: dt.date | None) -> int | None:
        """The report's year, from its title; where that has none, from the 统计期限 before the first part, or else a
        成文日期 in the first half of a year (a report is due by 31 January or 31 March of the next), saying where from."""
        found = YEAR.search(title)
        if found:
            return year_value(found.group(1))
        first = next((i for i, item in enumerate(self.items) if isinstance(item, Para) and is_heading(item)
                      and heading_level(item.text) == 1), len(self.items))
        period = next((found for item in self.items[:first]
                       if isinstance(item, Para) and (found := _PERIOD_YEAR.search(item.text))), None)
        if period:
            year, where = int(period.group(1)), "前言中的统计期限"
        elif date and date.month <= 6:
            year, where = date.year - 1, f"成文日期 {date.year}年{date.month}月{date.day}日"
        else:
            self.find(place, "标题里没有找到报告年度（“××××年”）", "metadata")
            return None
        if title:
            self.find(place, f"标题里没有报告年度（“××××年”），按{where}推定为 {year} 年度：请核对", "metadata")
        else:
            self.out.notes.append(f"报告年度按{where}推定为 {year}，请核对")
        return year

    def _statistics_mark_off(self) -> None:
        """Leave out the 附件 line (附件：政府信息公开情况统计表, and at most two lines of its title under it:
        :data:`_ATTACHED_TITLE`) over statistics tables printed last in the text, over the 署名 rather than after the
        成文日期: the part they stand in reads the tables (:meth:`_sections`); the line is no text of it (printed again,
        it would stand in its body). Only where nothing after the line is a sentence or a part's heading: tables,
        their captions and units."""
        mark = next((i for i in range(len(self.items) - 1, -1, -1) if isinstance(self.items[i], Para)
                     and ATTACHMENT.match(self.items[i].text)), None)
        if mark is None or len(self.items[mark].text) > 60 or SENTENCE_END.search(self.items[mark].text):
            return
        rest = self.items[mark + 1:]
        first = next((x for x in rest if isinstance(x, Grid)), None)
        if first is None or not any(isinstance(x, Grid) and table_key(x) for x in rest) or any(
                isinstance(x, Para) and (re.search("[。；！？]", x.text) or heading_level(x.text) == 1) for x in rest):
            return
        titles = 0
        while titles < 2 and title_line(rest[titles]) and _ATTACHED_TITLE.search(norm(rest[titles].text)) \
                and not table_caption(rest[titles].text, table_key(first)):  # 第二十条第（一）项: table 二's caption
            titles += 1
        del self.items[mark:mark + 1 + titles]

    def _edition_without_year(self) -> str:
        """The edition of a report whose year is not known: the one whose own labels (:func:`.labels.own_labels`) its
        tables print more of, else the one whose format it cites (国办公开办函〔2019〕60号), else 2021; said in a note."""
        cells = {norm(cell) for item in self.items if isinstance(item, Grid) for row in item.rows for cell in row}
        found = {name: len(cells & labels.own_labels(name)) for name in tables.TABLE_EDITIONS}
        if len(set(found.values())) > 1:
            edition = max(found, key=found.get)
            self.out.notes.append(f"报告年度不明，统计表按表中的行名、列名读作 {edition} 版"
                                  f"（{tables.EDITIONS[edition].issued_by}）：请核对")
            return edition
        text = "".join(item.text for item in self.items if isinstance(item, Para))
        cited = [name for name in tables.TABLE_EDITIONS if _cites(text, tables.EDITIONS[name].issued_by)]
        if len(cited) == 1:
            self.out.notes.append(f"报告年度不明，统计表按原文引用的{tables.EDITIONS[cited[0]].issued_by}读作 {cited[0]} 版：请核对")
            return cited[0]
        return "2021"

    # Structure ------------------------------------------------------------------
    def _split_parts(self, edition: str) -> tuple[list, list[tuple[Para, list]]]:
        """The items before the first part's heading, and each part's heading with the items below it: the level-1
        headings of the style the report numbers its parts in (:func:`.headings.part_heading`: 一、 parts, not a
        short 1 某某 line among them; Ⅰ、 Ⅱ、). A report with none numbers its parts （一） （二） or 1. 2.: those headings
        whose words name a part (:func:`_names_part`, or a plugin section's) are the parts, no other item so numbered;
        of the two numberings, the one more of whose headings do so (1. 2. where as many)."""
        top = part_heading(self.items)
        if any(top(i) for i in self.items):
            return parted(self.items, top)

        def named(item, level: int) -> bool:
            return isinstance(item, Para) and is_heading(item) and heading_level(item.text) == level and (
                _names_part(item.text, edition) or bool(self.plugin_section(item.text, edition)))

        level = max((3, 2), key=lambda level: sum(named(item, level) for item in self.items))
        return parted(self.items, lambda item: named(item, level))

    def _overview_unheaded(self, preamble: list, parts: list, edition: str) -> tuple[list, list]:
        """``preamble`` and ``parts`` with the text of a 总体情况 printed without its heading (the report's first part
        is another of the six: 一、主动公开政府信息情况) as that part: the preamble's last paragraphs, after the last
        that speaks of the report (:data:`_ABOUT_REPORT`: 根据《条例》……编制本报告), with a note; as they were where a
        part is the 总体情况, or the first part is none of the six."""
        known = labels.sections(edition)
        if not parts or not self._part_key(parts[0][0].text, known, edition) or any(
                self._part_key(heading.text, known, edition) == "overview"
                or "overview" in _joined_parts(heading.text, known, edition) for heading, _ in parts):
            return preamble, parts  # the first part one of the others: no part of other words (一、基本情况) skipped
        start = len(preamble)
        while start and isinstance(preamble[start - 1], Para) and not _ABOUT_REPORT.search(preamble[start - 1].text) \
                and heading_level(preamble[start - 1].text) != 1:  # a part's heading not read as one: not this part
            start -= 1
        if start == len(preamble):
            return preamble, parts
        first = preamble[start]
        self._unheaded = Para("一、总体情况", first.place, "heading")
        self.find(first.place, f"没有“总体情况”的标题：第一个部分标题之前、前言之后的 {len(preamble) - start} 段文字"
                               "已作为“一、总体情况”导入：请核对", "sections", severity=NOTE)
        return preamble[:start], [(self._unheaded, preamble[start:]), *parts]

    def _preamble(self, items: list, year: int | None) -> None:
        """The preamble's own paragraphs into ``preamble`` and a generated one's period into ``period``, each with its
        place in ``places``; the contact sentences into ``contact``. A paragraph worded otherwise than reportkit's
        (:data:`_GENERATED`) is the source's own, kept, its period read too."""
        own = []
        for item in items:
            if isinstance(item, Grid):
                self.find(item.place, "前言里的表格无法映射，未导入", "tables")
                continue
            if item.text.startswith(_GENERATED_START):
                self.period(item, year)
            if not _GENERATED.fullmatch(item.text) and not self.contact(item.text):
                self.out.places[("preamble", len(own))] = item.place
                own.append(item.text)
        if own:
            self.data["preamble"] = own

    def period(self, para: Para, year: int | None) -> None:
        """The statistics period a generated sentence of ``para`` gives into ``period``, where not the year's own."""
        found = re.search(r"统计期限为(\d{4})年(\d{1,2})月(\d{1,2})日至(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", para.text)
        if not found:
            return
        y1, m1, d1, y2, m2, d2 = found.groups()
        try:
            start, end = dt.date(int(y1), int(m1), int(d1)), dt.date(int(y2 or y1), int(m2), int(d2))
        except ValueError:  # a day no calendar has (2月30日, 13月1日): not guessed
            self.find(para.place, f"统计期限“{found.group()[5:]}”里有不存在的日期，未导入：请照原件核对，"
                                  "在数据文件里写上 period（起止日期）", "metadata")
            return
        if year and (start, end) != (dt.date(year, 1, 1), dt.date(year, 12, 31)) and \
                (start, end) != spec2008.default_period(year):
            self.data["period"] = {"start": start, "end": end}
            self.out.places[("period",)] = para.place

    def contact(self, text: str) -> bool:
        """Read the generated contact sentences into ``contact``; False when ``text`` is not them."""
        found = re.fullmatch(r"(?:本报告的电子版可在(.+?)查阅和下载。)?(?:对本报告如有疑问，请与(.+?)联系(?:（(.+)）)?。)?",
                             text)
        if not found or not any(found.groups()):
            return False
        website, office, details = found.groups()
        contact = {}
        if website:
            contact["website"] = website
        if office and office != self.data.get("agency"):
            contact["office"] = office
        for part in (details or "").split("，"):
            name, _, value = part.partition("：")
            key = {"地址": "address", "邮政编码": "postcode", "电话": "phone", "电子邮箱": "email"}.get(name)
            if key:
                contact[key] = value
        self.data["contact"] = contact
        return True

    def plugin_section(self, heading: str, edition: str) -> tuple[Section, str | None] | None:
        """The plugin section of ``edition`` titled ``heading`` (its number aside), with its package."""
        title = norm(heading)
        return next(((section, package) for section, package in self.plugin_sections
                     if norm(section.title) == title and (not section.editions or edition in section.editions)), None)

    @staticmethod
    def reads_back(section: Section, items: list) -> bool:
        """Whether the import can fill every required field of ``section`` from its part: from its text (a
        ``list[SectionItem]``) and tables (a list of items), or from the sentences the section's build printed
        (:func:`_printed_fields`). A 2008 report keeps a part of any other section whole, as the agency's own (its text
        printed again as it was), where a placeholder for each such field would flag every report ``check`` reads."""
        if all(f.annotation == list[SectionItem] or item_model(f.annotation) is not None
               for f in section.model.model_fields.values() if f.is_required()):
            return True
        lead = itertools.takewhile(lambda i: isinstance(i, Para) and not is_heading(i), items)
        return _printed_fields(section, [i.text for i in lead]) is not None

    def plugin_part(self, section: Section, package: str | None, heading: Para, items: list) -> dict:
        """A plugin section's data from its part: the fields whose printing its first paragraphs are (:func:`_printed_fields`;
        the plugin's settings they print, under ``plugins:``), the text in the model's narrative field (a
        ``list[SectionItem]``), a table in the list field whose items' titles head its columns, and each other required
        field a placeholder.
        What has no place in the model is a finding, as is each placeholder; the package goes under ``plugins:``.
        Where the part, each paragraph and each table row were goes into ``places``, as for the official parts."""
        fields = section.model.model_fields
        narrative = next((key for key, f in fields.items() if f.annotation == list[SectionItem]), None)
        part: dict = {}
        path = ("sections", section.name)
        self.out.places[path] = heading.place
        lead = list(itertools.takewhile(lambda i: isinstance(i, Para) and not is_heading(i), items))
        found = _printed_fields(section, [i.text for i in lead])
        if found and (narrative or found[2] == len(items)):
            part, settings, count = found
            self.out.places.update({(*path, key): lead[0].place for key in part})
            items = items[count:]
            if settings and package:
                self.settings[package] = settings
        for grid in (i for i in items if isinstance(i, Grid)):
            self._plugin_table(section, heading, grid, part)
        paras = [i for i in items if isinstance(i, Para)]
        if paras and narrative:
            part[narrative] = self.nest(paras, path=(*path, narrative))
        elif paras:
            self.find(paras[0].place, f"“{heading.text}”的文字未导入：插件栏目“{section.title}”没有写文字的项，"
                                      "请照原文填写它的各项", "sections",
                      published=f"“{heading.text}”的文字未能读入插件栏目“{section.title}”，未核对：请对照原件人工核对")
        missing = [key for key, f in fields.items() if f.is_required() and key not in part]
        for key in missing:
            part[key] = placeholder(f"{section.title}的{fields[key].title or key}")
        if missing:
            names = "、".join(f"“{fields[key].title or key}”" for key in missing)
            kept = f"；原文的句子已导入 {narrative}，其中由这些项印出的句子在填好后请删去" if narrative and paras else ""
            self.find(heading.place, f"“{heading.text}”的{names}未能从原文读出，已留占位：请照原文填写{kept}", "sections",
                      published=f"“{heading.text}”的{names}未能从原文读出，未核对：请对照原件人工核对")
        if package and package not in self.packages:
            self.packages.append(package)
        return {key: part[key] for key in fields if key in part}

    def _plugin_table(self, section: Section, heading: Para, grid: Grid, part: dict) -> None:
        """``grid``'s rows into the first list field of ``section`` whose items' titles head all their required
        columns (a 合计 row the plugin prints left out), each row's place in ``places``; or a finding naming the table."""
        head = [norm(cell) for cell in grid.rows[0]] if grid.rows else []
        for key, f in section.model.model_fields.items():
            item = item_model(f.annotation)
            if item is None or key in part:
                continue
            columns = {name: head.index(norm(c.title)) for name, c in item.model_fields.items()
                       if c.title and norm(c.title) in head}
            if not columns or any(c.is_required() and name not in columns for name, c in item.model_fields.items()):
                continue
            rows = [(n, row, place) for n, (row, place) in enumerate(zip(grid.rows[1:], grid.places[1:]), 2)
                    if norm(row[0]) not in ("合计", "总计")]
            part[key] = [{name: self._plugin_cell(row[j], item.model_fields[name].annotation, place,
                                                  f"“{section.title}”表格第 {n} 行“{item.model_fields[name].title}”")
                          for name, j in columns.items() if j < len(row)} for n, row, place in rows]
            path = ("sections", section.name, key)
            self.out.places[path] = grid.place
            self.out.places.update({(*path, i): place for i, (_, _, place) in enumerate(rows)})
            return
        self.find(grid.place, f"“{heading.text}”中的{short(grid)}未导入：插件栏目“{section.title}”没有与其表头相符的项，"
                              "请照原文填写", "tables",
                  published=f"“{heading.text}”中的{short(grid)}与插件栏目“{section.title}”的表头不符，未核对：请对照原件人工核对")

    def _plugin_cell(self, text: str, annotation, place: str, what: str):
        """A plugin table's cell: text as written, or a number for a number field (a placeholder if it is none)."""
        if annotation not in (int, float):
            return text
        found = CELL.match(plain(unicodedata.normalize("NFKC", text)))
        if not found or found.group(2) or found.group(3):
            self.find(place, f"{what}：“{text}”不是数字，请照原文填写", "cells",
                      published=f"{what}：“{text}”不是数字，未核对：请对照原件人工核对")
            return placeholder(f"{what}（原文：{text}）")
        number = Decimal(re.sub(r"[\s,]", "", found.group(1)))
        return int(number) if annotation is int and number == number.to_integral_value() else number

    def _sections(self, parts: list, edition: str) -> None:
        known = labels.sections(edition)
        sections: dict = {}
        data_tables: dict = {}
        extra: list = []  # the parts that are none of the six (a province's 七、…)
        parts = _headings_completed(parts, edition)
        named = {self._part_key(heading.text, known, edition) for heading, _ in parts}
        joined: set = set()  # the parts a heading named together with the one its text went to (:func:`_joined_parts`)
        printed: dict[int, str] = {}  # each part's heading (its id) printed as the part it names: the part's key
        under: dict[int, str] = {}  # each table's first grid (its id) found under one of the parts 二 to 四: that part
        for heading, items in parts:
            key = known.get(norm(heading.text)) or known.get(norm(strip_number(heading.text)))  # Ⅰ、 is no 一、 to norm
            plugin = self.plugin_section(heading.text, edition) if key is None else None
            if key is None and not plugin and (key := labels.loose_section(heading.text, edition)):
                official = next(label for name, label, _ in tables.SECTIONS if name == key)
                self.find(heading.place, f"部分标题“{heading.text}”与{tables.EDITIONS[edition].issued_by}的“{official}”"
                                         "措辞不同，已按这一部分导入（重新排版时印规定的标题）", "sections", severity=NOTE)
            if plugin and plugin[0].name in sections:
                self.twice(heading, items)
            elif plugin:
                official = [isinstance(i, Grid) and table_key(i) is not None for i in items]
                for item in itertools.compress(items, official):  # 表二、三、四 under this part are still the report's
                    self._table(item, edition, data_tables, None)
                rest = [item for item, is_table in zip(items, official) if not is_table]
                sections[plugin[0].name] = self.plugin_part(*plugin, heading, rest)
                printed[id(heading)] = plugin[0].name
                continue
            if key is None and labels.problems_half(heading.text, edition) and self._half(heading, items, sections):
                continue
            if key is None and len(both := _joined_parts(heading.text, known, edition)) == 2 and both[0] not in sections:
                key, labelled = both[0], [next(label for name, label, _ in tables.SECTIONS if name == k) for k in both]
                joined.add(both[1])
                merged = f"“{heading.text}”把“{labelled[0]}”和“{labelled[1]}”两个部分合在一起"
                self.find(heading.place, f"{merged}，其下的文字已作为“{labelled[0]}”部分导入（重新排版时两个部分分开，各印规定"
                                         f"的标题）：其中属于“{labelled[1]}”的，请移到那一部分（sections.{both[1]}）", "sections",
                          published=f"{merged}：{tables.EDITIONS[edition].issued_by}规定两个部分分列，各用规定的标题")
            if key is None and (key := _table_part(items, named)):
                named.add(key)  # a second such heading over the same table stays a part of its own, its table read
                official = next(label for name, label, _ in tables.SECTIONS if name == key)
                self.find(heading.place, f"部分标题“{heading.text}”与{tables.EDITIONS[edition].issued_by}的“{official}”"
                                         f"措辞不同，其下是{tables.TABLE_NAMES[key]}，已按这一部分导入（重新排版时印规定的标题）",
                          "sections", severity=NOTE)
            if key is None:
                extra.append((heading, items))
                continue
            if key in sections:
                self.twice(heading, items)
                continue
            items = tables_apart(captions_in_tables(items, edition))
            paras = [i for i in items if isinstance(i, Para) and not CONTINUED.match(i.text)]
            if key == "other":
                paras = self._other(paras, edition)
            sections[key] = self.nest(paras, path=("sections", key))
            printed[id(heading)] = key
            under |= {id(item): key for item in items if isinstance(item, Grid) and key in tables.TABLE_NAMES}
            self._tables(items, edition, data_tables)
        self._parts_renumbered(parts, printed, sections)
        self._parts_out_of_order(parts, printed, edition)
        # 表二 to 表四 printed as an attachment
        self._tables(tables_apart(captions_in_tables(self.statistics, edition)), edition, data_tables)
        self.out.recognized = bool(sections or data_tables)
        for key, label, _ in tables.SECTIONS:  # 二 to 四 are their tables; 六 may hold only its default sentence
            if key in joined and key not in sections:
                continue  # its text is in the part its heading named first, said so
            if key in ("overview", "problems") and not sections.get(key) or key == "other" and key not in sections:
                self.find("正文", f"没有找到“{label}”部分", "sections")
                sections[key] = [placeholder(label)]
        for heading, items in extra:
            self._extra_part(heading, items, edition, sections, data_tables)
        self.data["sections"] = {k: v for k, v in sections.items() if v}
        self._missing_tables(parts, data_tables)
        self._tables_misplaced(data_tables, under, sections)
        self.data["tables"] = TableMapper(edition, self, self.blank_as_zero).all(data_tables)

    def _parts_renumbered(self, parts: list, printed: dict[int, str], sections: dict) -> None:
        """A warning at each part's heading a render numbers otherwise than written (:func:`.headings.renumbered_parts`):
        the six parts are printed in their order, a plugin section's among them by its own, where ``sections`` has it
        (:func:`.outline.ordered`); a part taken into another (七、…, a half of 五) is in the count as written only, the
        总体情况 heading the import made in none."""
        orders = [(order, False, key) for order, (key, *_) in zip(tables.SECTION_ORDERS, tables.SECTIONS)]
        orders += [(section.order, True, section.name) for section, _ in self.plugin_sections if sections.get(section.name)]
        keys = [key for *_, key in sorted(orders)]
        self.renumbered(renumbered_parts([(heading, keys.index(printed[id(heading)]) + 1 if id(heading) in printed else None)
                                          for heading, _ in parts if heading is not self._unheaded]), "部分标题")

    def _parts_out_of_order(self, parts: list, printed: dict[int, str], edition: str) -> None:
        """A warning at each of the six parts printed out of their order (四 before 三, with its table): the fewest
        parts whose moving puts the rest in order (the others are the longest run in order), each said by a part it
        passed; a render prints them in order."""
        order = [key for key, *_ in tables.SECTIONS]
        placed = [(heading, order.index(printed[id(heading)])) for heading, _ in parts
                  if printed.get(id(heading)) in order]
        runs: list[list[int]] = []  # the longest run in order ending at each part: the parts' indices
        for i, (_, n) in enumerate(placed):
            runs.append(max((runs[j] for j in range(i) if placed[j][1] < n), key=len, default=[]) + [i])
        kept = set(max(runs, key=len, default=[]))
        part_labels = {key: label for key, label, _ in tables.SECTIONS}
        issued_by = tables.EDITIONS[edition].issued_by
        for i, (heading, n) in enumerate(placed):
            if i in kept:
                continue
            later = next(((other, "之前") for j, (other, m) in enumerate(placed) if j > i and j in kept and m < n), None)
            other, where = later or next((other, "之后") for j, (other, m) in reversed(list(enumerate(placed)))
                                         if j < i and j in kept and m > n)
            said = (f"部分“{heading.text}”印在“{other.text}”{where}，与{issued_by}规定的顺序不同（“{part_labels[order[n]]}”"
                    f"是第{'一二三四五六'[n]}部分）")
            self.find(heading.place, f"{said}：已按这一部分导入，重新排版时按规定的顺序印", "sections",
                      published=f"{said}：请按规定的顺序排列各部分")

    @staticmethod
    def _part_key(heading: str, known: dict, edition: str) -> str | None:
        """The key of the part ``heading`` names, in the format's words or others (:func:`.labels.loose_section`)."""
        return known.get(norm(heading)) or known.get(norm(strip_number(heading))) or labels.loose_section(heading, edition)

    def _missing_tables(self, parts: list, found: dict) -> None:
        """One finding for each statistics table not ``found``; one for them all, where the article has pictures
        between its parts (the tables published as images, which reportkit cannot read; a table's cells' too, not a
        署名 table's): where, and how to fill them. :meth:`.DocumentMapper.pictures` does not name them again."""
        missing = [label for key, label in tables.TABLE_NAMES.items() if key not in found]
        inside, lines = self.within([item for heading, items in parts for item in (heading, *items)])
        pictures = [p for p in self.published.pictures if missing and inside and inside[0] < p.at <= inside[-1] + 1
                    and (not p.row or p.row in lines)]
        if not pictures:
            for label in missing:
                self.find("正文", f"没有找到{label}", "tables")
            return
        self._table_pictures = tuple(pictures)
        these = "这些表" if len(missing) > 1 else "这张表"
        places = "、".join(dict.fromkeys(p.place for p in pictures))
        said = (f"没有找到{'、'.join(missing)}：正文里有 {len(pictures)} 张图片（{places}），"
                f"{these}看来是以图片发布的，reportkit 读不出图片里的数字")
        self.find(pictures[0].place, f"{said}：请照图片把数字填进数据文件里{these}的【请填写：…】占位（用 reportkit tables export "
                               "导出工作簿，在 Excel 或 WPS 里填好后用 reportkit tables import 写回），或向发布机关要原始的 DOCX 或 "
                               "Excel 文件再导入", "tables",
                  published=f"{said}，{these}的数字和正文中与之对应的数字都未核对：请对照图片人工核对，或向发布机关要原始的 DOCX 或 "
                            "Excel 文件再检查")

    def _half(self, heading: Para, items: list, sections: dict) -> bool:
        """A half of 存在的主要问题及改进情况 printed as a part of its own (五、存在的主要问题 and 六、改进措施, the parts after
        them numbered on): its text under its heading, a （N） of that part, with a note; False where it has no text or
        a table (a statistics table's part, or a table the part could not hold)."""
        paras = [i for i in items if isinstance(i, Para)]
        if not paras or len(paras) < len(items):
            return False
        problems = sections.setdefault("problems", [])
        path = ("sections", "problems", len(problems))
        self.out.places[path] = heading.place
        problems.append({"heading": strip_number(heading.text), "content": self.nest(paras, 3, (*path, "content"))})
        number = sum(isinstance(item, dict) for item in problems)
        self.find(heading.place, f"“{heading.text}”是“存在的主要问题及改进情况”的一半，已作为这一部分的第"
                                 f"（{'一二三四五六七八九十'[min(number, 10) - 1]}）个小标题导入（重新排版时印规定的部分标题，"
                                 "其后的部分按规定编号）", "sections", severity=NOTE)
        return True

    def _extra_part(self, heading: Para, items: list, edition: str, sections: dict, data_tables: dict) -> None:
        """A part that is none of the six, kept at the end of 六、其他需要报告的事项 as its （N） heading with its
        text (where a re-render prints it), in one finding; its statistics tables are read as the report's."""
        issued_by = tables.EDITIONS[edition].issued_by
        for grid in (i for i in items if isinstance(i, Grid)):
            self._table(grid, edition, data_tables, None)
        paras = [i for i in items if isinstance(i, Para)]
        if not paras:
            self.find(heading.place, f"“{heading.text}”不是{issued_by}的六个部分之一，下面也没有文字，未导入", "sections")
            return
        other = sections.setdefault("other", [])
        path = ("sections", "other", len(other))
        self.out.places[path] = heading.place
        other.append({"heading": strip_number(heading.text) or placeholder("小标题（原文只有编号）"),
                      "content": self.nest(paras, 3, (*path, "content"))})
        number = sum(isinstance(item, dict) for item in other)
        self.find(heading.place, f"“{heading.text}”不是{issued_by}的六个部分之一，已作为第六部分“其他需要报告的事项”的"
                                 f"第（{'一二三四五六七八九十'[min(number, 10) - 1]}）个小标题导入（重新排版时印在第六部分末尾）："
                                 "请核对，应归入其他部分的移到相应部分", "sections")

    def _other(self, paras: list[Para], edition: str) -> list[Para]:
        if paras and paras[0].text == "本年度没有其他需要报告的事项。" and len(paras) == 1:
            return []
        if tables.EDITIONS[edition].information_processing_fee and paras:
            fee = paras[0].text
            found = re.fullmatch(r"本年度依据《政府信息公开信息处理费管理办法》发出收费通知(\d+)件，"
                                 r"通知收取信息处理费共计([\d.]+)元，实际收取([\d.]+)元。", fee)
            if found:
                self.data["information_processing_fee"] = {
                    "notices": int(found.group(1)), "amount_notified": Decimal(found.group(2)),
                    "amount_collected": Decimal(found.group(3))}
                self.out.places[("information_processing_fee",)] = paras[0].place
                return paras[1:]
            if fee == "本年度未发出信息处理费收费通知，未收取信息处理费。":
                return paras[1:]
            self._fee_in_own_words(paras)
        return paras

    def _fee_in_own_words(self, paras: list[Para]) -> None:
        """``information_processing_fee`` from the one sentence of part 六 that states in its own words the notices
        sent, the amount notified and the amount collected (:func:`_fee_stated`), the sentence left in the text with
        a note; nothing where no sentence or more than one does (a report saying none was charged reads as none)."""
        year, agency = self.data.get("year"), self.data.get("agency", "")
        found = [(para, *stated) for para in paras for sentence in re.findall(r"[^。；;！!？?]+", para.text)
                 if (stated := _fee_stated(sentence.strip(), year, agency))]
        if len(found) != 1:
            return
        para, sentence, fee = found[0]
        self.data["information_processing_fee"] = fee
        self.out.places[("information_processing_fee",)] = para.place
        said = (f"第六部分的“{sentence}”读作信息处理费：发出收费通知{fee['notices']}件，通知收取"
                f"{fee['amount_notified']}元，实际收取{fee['amount_collected']}元")
        self.find(para.place, f"{said}（information_processing_fee）；原句仍在正文里，重新排版时第六部分开头另印规定的"
                              "信息处理费一句，请删去原句中重复的话", "sections", published=said, severity=NOTE)

    def _tables_misplaced(self, found: dict, under: dict[int, str], sections: dict) -> None:
        """A table printed under another of the parts 二 to 四 while its own part's heading is there too (表三 and 表四
        swapped): read as the table its head makes it, and said, for the published report has it in the wrong part."""
        parts, names = {key: label for key, label, _ in tables.SECTIONS}, tables.TABLE_NAMES
        moved = {key: part for key, grids in found.items()
                 if (part := under.get(id(grids[0]))) not in (None, key) and key in sections}
        for key, part in moved.items():
            if moved.get(part) == key:  # two tables swapped: one mistake, said once
                if list(found).index(key) < list(found).index(part):
                    self.find(found[key][0].place, f"{names[key]}和{names[part]}印反了：{names[key]}印在“{parts[part]}”部分之下，"
                                                   f"{names[part]}印在“{parts[key]}”部分之下；已按表格的内容读入；请核对原件，"
                                                   "把两张表格对调", "tables")
                continue
            self.find(found[key][0].place, f"{names[key]}印在“{parts[part]}”部分之下，而不是“{parts[key]}”部分之下：已按表格"
                                           f"的内容读作{names[key]}；请核对原件，把表格移到它所属的部分", "tables")

    def _tables(self, items: list, edition: str, found: dict) -> None:
        """File the grids among ``items`` (a part's, or an attachment's printing the statistics tables) under the
        tables they are (:meth:`_table`): a grid right after one goes on with its table, but not after a paragraph
        (but “续表”, which says it does)."""
        last = None  # the table the previous item was part of (a table cut by a page break goes on)
        wider = None  # the words of the paragraph before a table that make it more than the organ's
        for item in items:
            if isinstance(item, Para) and CONTINUED.match(item.text):
                continue  # “续表” between a table's two parts: the next part goes on with it
            if isinstance(item, Grid):
                last = self._table(item, edition, found, last, wider)
            else:
                said = _WIDER.search(item.text)
                last, wider = None, said and said.group()

    def _table(self, grid: Grid, edition: str, found: dict, last: str | None, wider: str | None = None) -> str | None:
        """File ``grid`` under the table it is (its parts in order); return that table's key.

        A grid right after a part of the same table continues it: a PDF cuts a table at a page
        break, and each part may have other columns (table 二's blocks, table 三's repeated head); not one the reader
        kept apart, a table of its own (:attr:`.source.Grid.apart`: a head of its own, :func:`.annual_tables.one_table`).
        A table said by the paragraph before it to be ``wider`` than the organ (“全系统……如下”, :data:`_WIDER`) gives
        way to a table of the same kind that is not: a department may publish its own and its whole system's."""
        key = table_key(grid) or (None if grid.apart else last)  # a part on the next page without its head goes on
        if key is None:  # its rows are not imported: what the reader said of their cells goes with them
            self.without_cell_findings(grid)
            self.find(grid.place, _TURNED_UNREAD if applicant_rows(grid) else "这个表格不是表二、表三或表四，未导入", "tables")
        elif key == last:
            found[key].append(grid)
        elif key in found and (wider or key not in self._wider):
            if wider:
                self.find(grid.place, f"{tables.TABLE_NAMES[key]}出现了两次，这一张前文说是“{wider}”的，未导入，正文的数字"
                                      "与前一张核对", "tables", severity=NOTE)
            else:
                self.find(grid.place, f"{tables.TABLE_NAMES[key]}出现了两次，只导入了第一次", "tables")
            return None
        elif key in found:
            self.find(found[key][0].place, f"{tables.TABLE_NAMES[key]}出现了两次，这一张前文说是“{self._wider.pop(key)}”的，"
                                           f"未导入，正文的数字与{grid.place}的一张核对", "tables", severity=NOTE)
            found[key] = [grid]
        else:
            found[key] = [grid]
            if wider:
                self._wider[key] = wider
        return key


#: What the paragraph before a table says that makes it more than the organ's own, said of the table's figures: a
#: system (“全系统”, “本系统”, “系统内”) with the words that lead in a table or its figures after it in its clause
#: (“……情况如下：”, “……统计表”, “……汇总数据：”, “见下表”), or the units it takes in (“含局属各单位”, “包括下属事业单位”).
#: Not “系统内建立了……机制”, “包括各类市场主体”.
_WIDER = re.compile(r"(?:全(?:[省市县区州盟旗][^，。；：:\s]{0,4})?系统|本系统|系统内)"
                    r"(?=[^，,。；;！!？?]{0,30}?(?:(?:统计|汇总|情况|数据)(?:表|如下|见下表|\s*[：:]|\s*$)|如下|[下本此附]表))"
                    r"|(?:含|包括|连同)[^，。；：:）)]{0,12}?(?:所属|局属|委属|下属|直属|二级)[^，。；：:）)]{0,8}?"
                    r"(?:单位|机构|部门|学校|医院|分局)")


#: Stands for the n-th text field or setting in a plugin section's printing (:func:`_printed_fields`).
_FIELD = "\ue100{}\ue101"


class _Marked:
    """Plugin settings as a section's build reads them: each attribute the value given, else a marker for it."""

    def __init__(self, values: dict):
        self._values, self._read = values, set()

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        self._read.add(name)
        return self._values.get(name, _FIELD.format(f"s.{name}"))


def _printed_fields(section: Section, texts: list[str]) -> tuple[dict, dict, int] | None:
    """The fields of a plugin ``section``, and the plugin settings its build reads, whose printing (``build``) is the
    first paragraphs of ``texts`` exactly, and how many paragraphs they print: its texts, numbers and settings read
    where its printing with markers puts them, each of its choices (a ``Literal``) tried, a list of them (or counts by
    them) the ones whose words the text has, in their order. None where no such fields print the text, or a required
    field is of another type or printed nowhere."""
    fields = {k: f for k, f in section.model.model_fields.items() if f.annotation != list[SectionItem]}
    choices: dict[str, list] = {}  # a choice: its values, None too if it may be left out
    listed: dict[str, tuple] = {}  # a list of choices, or counts by them (``keyed``): the choices
    keyed: list[str] = []
    marked: dict[str, type] = {}  # a text or a number, read where its marker is printed, or left out
    for key, f in fields.items():
        kind = next(a for a in typing.get_args(f.annotation) if a is not type(None)) \
            if typing.get_origin(f.annotation) in (typing.Union, types.UnionType) else f.annotation
        inner = typing.get_args(kind) if typing.get_origin(kind) in (list, dict) else (None,)
        if typing.get_origin(kind) is typing.Literal:
            choices[key] = [*typing.get_args(kind), *([None] if not f.is_required() and f.default is None else [])]
        elif typing.get_origin(inner[0]) is typing.Literal and inner[1:] in ((), (int,)):
            listed[key] = typing.get_args(inner[0])
            keyed += [key] if inner[1:] else []
        elif kind in (str, int):
            marked[key] = kind
        elif f.is_required():
            return None
    if not texts:
        return None
    base = {k: v[0] for k, v in choices.items()} | {k: [v[0]] for k, v in listed.items() if k not in keyed}
    found: dict[str, list] = {}
    for key, values in listed.items():  # the words each choice prints: where their printings differ
        printed = ["\n".join(_printing(section, base | {key: {v: 1} if key in keyed else [v]}, _Marked({})) or "")
                   for v in values]
        head = len(os.path.commonprefix(printed))
        tail = len(os.path.commonprefix([p[head:][::-1] for p in printed]))
        words = {v: p[head:len(p) - tail] for v, p in zip(values, printed)}
        text = "\n".join(texts)
        found[key] = sorted((v for v in values if words[v] and words[v] in text), key=lambda v: text.index(words[v]))
        if key not in keyed:
            base[key] = found[key]
    ways = [*choices.values(), *[(True, False)] * (len(marked) + len(keyed))]
    for chosen in itertools.islice(itertools.product(*ways), 1024):
        data = {k: v for k, v in (base | dict(zip(choices, chosen))).items() if v is not None}
        on = dict(zip([*marked, *keyed], chosen[len(choices):]))
        markers = {k: str(7001 + n) if kind is int else _FIELD.format(n) for n, (k, kind) in enumerate(marked.items()) if on[k]}
        counts = {k: {v: 7101 + 20 * n + i for i, v in enumerate(found[k])} for n, k in enumerate(keyed) if on[k]}
        settings = _Marked({})
        printed = _printing(section, data | markers | counts, settings)
        numbers = {m for m in markers.values() if m.isdigit()} | {str(c) for v in counts.values() for c in v.values()}
        read = _read_marked(printed, texts, numbers) if printed else None
        if read is None or any(m not in read and fields[k].is_required() for k, m in markers.items()):
            continue
        values = {k: int(read[m]) if m.isdigit() else read[m] for k, m in markers.items() if m in read}
        values |= {k: {v: int(read[str(c)]) for v, c in count.items() if str(c) in read} for k, count in counts.items()}
        own = {name: read[_FIELD.format(f"s.{name}")] for name in sorted(settings._read)
               if _FIELD.format(f"s.{name}") in read}
        if _printing(section, data | values, _Marked(own)) == texts[:len(printed)]:
            return data | values, own, len(printed)
    return None


def _printing(section: Section, data: dict, settings: _Marked) -> list[str] | None:
    """The paragraphs ``section``'s build prints for ``data`` before its narrative, or None if the data is no
    valid one or prints anything else first."""
    from ..blocks import Paragraph
    from ..outline import SectionContext

    try:
        blocks = section.build(section.model(**data), SectionContext((), lambda path: None, settings))
    except Exception:  # a plugin's model refusing the markers, or its build failing on them: no reading
        return None
    texts = list(itertools.takewhile(lambda t: t is not None, (b.text if isinstance(b, Paragraph) else None
                                                                  for b in blocks)))
    return texts or None


def _read_marked(printed: list[str], texts: list[str], numbers: set[str]) -> dict[str, str] | None:
    """What each marker of ``printed`` (a text's, or one of the ``numbers``) stands for in ``texts``, paragraph by
    paragraph (a marker printed twice the same words), or None where the texts are not so printed."""
    if len(printed) > len(texts):
        return None
    read: dict[str, str] = {}
    for pattern, text in zip(printed, texts):
        parts = re.split("(\ue100[^\ue101]+\ue101|(?<!\\d)\\d{4,5}(?!\\d))", pattern)
        regex, seen = "", []
        for n, part in enumerate(parts):
            if n % 2 == 0 or part.isdigit() and part not in numbers:
                regex += re.escape(part)
            elif part in seen:
                regex += f"(?P=m{seen.index(part)})"
            else:
                regex += f"(?P<m{len(seen)}>\\d+)" if part.isdigit() else f"(?P<m{len(seen)}>.+?)"
                seen.append(part)
        found = re.fullmatch(regex, text)
        if not found:
            return None
        for n, marker in enumerate(seen):
            if read.setdefault(marker, found.group(f"m{n}")) != found.group(f"m{n}"):
                return None
    return read


#: A sum of money in a fee sentence, in 元 or 万元: its figure ``{name}``, its unit ``{name}_unit``.
_MONEY = r"(?:共计?|合计|总计|为|达)*\s*(?P<{name}>\d[\d,，]*(?:[.．]\d+)?)\s*(?P<{name}_unit>万?元)"
#: What follows the notices sent (:data:`~reportkit.default_plugins.annual_report.figures.fees.FEE_NOTICES`) in a sentence stating the fee: the amount notified
#: (通知收取信息处理费共计300元, 应收费用300元, 金额300元), then the amount collected (实际收取300元, 实收300元), then
#: clauses without a sum of money.
_FEE_AMOUNTS = re.compile(
    r"\s*[，,、]\s*(?:(?:通知|应)(?:收取|缴纳|收|缴)?(?:信息处理费|费用)?(?:金额|总额)?|(?:涉及|收费|通知)?(?:金额|总额))"
    + _MONEY.format(name="notified")
    + r"\s*[，,、]\s*(?:实际|实|已)(?:收取|收到|收缴|缴纳|收)了?(?:信息处理费|费用)?(?:金额|总额)?"
    + _MONEY.format(name="collected") + r"(?P<rest>(?:[，,].*)?)")
#: A sum of money, which the clauses after the amount collected may not hold.
_ANY_MONEY = re.compile(r"\d\s*万?元")


def _fee_stated(sentence: str, year, agency: str) -> tuple[str, dict] | None:
    """The sentence and the fee it states (``information_processing_fee``'s fields), where ``sentence`` states the
    notices sent, the amount notified and the amount collected, each with its figure, in this order
    (:data:`_FEE_AMOUNTS`), and before them names at most the year (``year``'s, 本年度), the organ (``agency``, 本局)
    and the measures the fee follows: anything else (全系统, 上半年, 上年度, 其中) may make the figures no year's or
    organ's own, and nothing is read."""
    year_words = rf"{year_pattern(year)}\s*年度?|" if isinstance(year, int) else ""
    lead = re.compile(rf"(?:(?:{year_words}本年度?|全年|今年|年内|{re.escape(agency) + '|' if agency else ''}"
                      r"本机关|本单位|本部门|[本我](?:局|委|办|厅|院|府|署|中心)|(?:依据|根据|按照|依照)《[^》]{1,40}》"
                      r"(?:的?(?:规定|要求))?|向(?:相关)?申请人|共计?)[，,\s]*)*")
    from ..default_plugins.annual_report.figures.fees import FEE_NOTICES  # the annual model: imported on first use

    for pattern in FEE_NOTICES:
        for m in pattern.finditer(sentence):
            amounts = _FEE_AMOUNTS.fullmatch(sentence, m.end())
            if lead.fullmatch(sentence, 0, m.start()) and amounts and not _ANY_MONEY.search(amounts["rest"]):
                return sentence, {"notices": numeral_value(m["n"]),
                                  **{f"amount_{key}": _yuan(amounts[key], amounts[f"{key}_unit"])
                                     for key in ("notified", "collected")}}
    return None


def _yuan(figure: str, unit: str) -> Decimal:
    """A sum of money written ``figure`` ``unit`` (元, 万元) in 元, with the places it has (0.03万元 is 300)."""
    value = Decimal(re.sub(r"[,，]", "", unicodedata.normalize("NFKC", figure)))
    if unit == "万元":
        value *= 10000
        value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value
    return value


#: How the title of an attachment of the statistics tables ends (某县……政府信息公开情况统计表, ……年度报告统计数据), which
#: a table's caption over them (第二十条第（一）项, 行政复议) does not.
_ATTACHED_TITLE = re.compile("(?:表|统计|情况|数据)$")
#: The statistics period of a preamble: 统计期限为2020年1月1日至12月31日, 统计期限自2020年1月1日起至….
_PERIOD_YEAR = re.compile(r"统计(?:期限|时限|时间|期间)[为是自从:：\s]*(20\d\d)\s*年\s*1\s*月\s*1\s*日")


def _cites(text: str, document: str) -> bool:
    """Whether ``text`` cites ``document`` (国办公开办函〔2019〕60号) by its number, in any brackets."""
    year, number = re.search(r"(\d{4})\D+(\d+)号", document).groups()
    return bool(re.search(rf"[〔\[［(（]\s*{year}\s*[〕\]］)）]\s*{number}\s*号", text))


def _headings_out_of_tables(items: list, edition: str) -> list:
    """``items`` with a part's heading set as a table's row (one cell across it: 二、主动公开政府信息情况) put where
    it stands as the heading it is: a table's first row, or a row naming a part between the tables a clerk made one
    (三、收到和处理政府信息公开申请情况 after table 二's rows, table 三's after it), the table cut there."""
    out: list = []
    for item in items:
        if not isinstance(item, Grid) or len(item.rows) < 2:
            out.append(item)
            continue
        start = 0
        for n, row in enumerate(item.rows):
            if set(row) - {""} == {row[0]} and heading_level(row[0]) == 1 and len(row[0]) <= 40 \
                    and (n == 0 or _names_part(row[0], edition)):
                if n > start:
                    out.append(rows_of(item, start, n, item.places[start] if start else item.place))
                out.append(Para(row[0], item.places[n], "heading"))
                start = n + 1
        if start < len(item.rows):
            out.append(rows_of(item, start, len(item.rows), item.place if start <= 1 else item.places[start]))
    return out


#: What a paragraph of the preamble says of the report itself (根据《条例》……编制本报告, 统计期限, 如有疑问请与……联系):
#: the 总体情况 printed without its heading comes after it (:meth:`AnnualMapper._overview_unheaded`).
_ABOUT_REPORT = re.compile(r"报告|条例|如下|统计(?:期限|时限|时间|期间)|全文|如有疑问|联系|电子版|查阅|下载")
#: Where a heading joins two parts' titles: 五、存在的主要问题及改进情况和其他需要报告的事项.
_JOINING = re.compile("以及|和|及|与|、|，|,")


def _joined_parts(heading: str, known: dict, edition: str) -> list[str]:
    """The keys of the two parts a heading names joined in one (存在的主要问题及改进情况和其他需要报告的事项 → problems,
    other), in its order; [] where it names no two."""
    words = strip_number(heading)
    for joint in _JOINING.finditer(words):
        keys = [AnnualMapper._part_key(half, known, edition) for half in (words[:joint.start()], words[joint.end():])]
        if all(keys) and keys[0] != keys[1]:
            return keys
    return []


def _headings_completed(parts: list, edition: str) -> list:
    """``parts`` with a heading printed over two paragraphs made one (三、收到和处理政府信息 / 公开申请情况: a web page's
    two <p>s): the heading alone names no part, its first item is a short line without a number, a stop or a clause,
    and the two together name one. Table 三 under it took the second half for its caption, which was lost."""
    out = []
    for heading, items in parts:
        rest = items[0].text.strip() if items and isinstance(items[0], Para) else ""
        joined = heading.text.strip() + rest
        if rest and len(rest) <= _HEADING_REST and not heading_level(rest) and not re.search("[。；;！!？?，,：:]", rest) \
                and not _names_part(heading.text, edition) and _names_part(joined, edition):
            heading.text, items = joined, items[1:]
        out.append((heading, items))
    return out


#: At most this many characters, the second line of a part's heading printed over two (:func:`_headings_completed`).
_HEADING_REST = 20


def _names_part(text: str, edition: str) -> bool:
    """Whether ``text`` is a heading of one of ``edition``'s parts, in the format's words or others
    (:func:`.labels.loose_section`, :func:`.labels.section_2008`)."""
    return norm(text) in labels.sections(edition) or bool(
        labels.section_2008(text) if edition == "2008" else labels.loose_section(text, edition))


#: A part's heading run in before its text, at a paragraph's start or after a sentence: 二、主动公开政府信息的情况：….
_RUN_IN_PART = re.compile(r"(?:^|(?<=[。；;！!？?]))\s*([一二三四五六七八九十]{1,2}\s*[、.．]\s*[^。；;：:]{2,40}?)\s*[：:]")


def _table_part(items: list, named: set) -> str | None:
    """The part a heading none of the six names is, by the one statistics table under it (二、主动公开情况 over 表二,
    四、行政复议和诉讼情况 over 表四) where no other heading names that part; else None."""
    kinds = {table_key(item) for item in items if isinstance(item, Grid)} - {None}
    return kinds.pop() if len(kinds) == 1 and not kinds & named else None


def _titled_run_in(text: str, edition: str) -> int:
    """Where a paragraph's text begins after the part's heading it opens with, nothing but spaces between (一、总体情况
    2023年，……: set in bold, which a PDF's fonts may not show): the longest of ``edition``'s part titles
    (:func:`.labels.sections`) right after a 一、 number, text after it that opens with no stop or bracket; 0 where
    none is."""
    if heading_level(text) != 1:
        return 0
    words = labels.after_number(text)
    end = max((len(title) for title in labels.sections(edition) if norm(words[:len(title)]) == title), default=0)
    rest = words[end:].lstrip()
    return len(text) - len(words) + end if end and rest and not re.match(r"[。；;：:，,、！!？?)）]", rest) else 0


def _run_in_parts(items: list, edition: str) -> list:
    """``items`` with each part's heading that a paragraph runs in before its text (a copy or a short report puts
    二、…情况：…。三、…情况：…。 in one paragraph; 一、总体情况2023年…… at a paragraph's start, :func:`_titled_run_in`)
    a heading of its own, its text after it: only a heading that is one of ``edition``'s parts (:func:`_names_part`)."""
    out: list = []
    for item in items:
        if isinstance(item, Para) and item.role == "body" and not is_heading(item) \
                and (end := _titled_run_in(item.text, edition)):  # a heading alone (五、…及改进情况和其他…) is one
            out += [Para(item.text[:end].strip(), item.place, "heading"), Para(item.text[end:].strip(), item.place)]
            continue
        found = [m for m in _RUN_IN_PART.finditer(item.text) if _names_part(m[1], edition)] if isinstance(item, Para) else []
        if not found or item.role == "heading":
            out.append(item)
            continue
        ends = [m.start() for m in found[1:]] + [len(item.text)]
        if found[0].start():
            out.append(Para(item.text[:found[0].start()].strip(), item.place, item.role))
        for m, end in zip(found, ends):
            out.append(Para(m[1].strip(), item.place, "heading"))
            if text := item.text[m.end():end].strip():
                out.append(Para(text, item.place, item.role))
    return out
