"""Map a published annual report (:class:`.source.Published`) to reportkit data.

Nothing is guessed: a value not found, or found twice, becomes a 【请填写：…】
placeholder and a :class:`Finding` that names its place in the source.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
import typing
import unicodedata
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal

from ..default_plugins.annual_report import tables
from ..default_plugins.annual_report.edition2008 import spec as spec2008
from . import labels
from ..errors import ReportkitError
from ..layout import Geometry
from ..line_breaks import broken, rejoined, set_lines
from ..narrative import SectionItem
from ..outline import TYPED_NUMBER
from .labels import SENTENCE_END, heading_level, norm, organ_name, part_heading
from .source import Grid, Para, Published

if typing.TYPE_CHECKING:
    from ..registry import Section

_YEAR = re.compile(r"(20\d\d|二〇[一二]〇|二〇[〇一二][〇一二三四五六七八九])\s*年")
_NUMERAL = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
#: A 署名 and its 成文日期 on one line: 某县自然资源局　　2024年1月25日.
_ORGAN_AND_DATE = re.compile(r"^\s*([^\s。；！？，,：:][^。；！？，,：:]{1,30}?)[\s\u3000]+(\S+\s*年.+日|\d{4}[-./]\d{1,2}[-./]\d{1,2})\s*$")
#: A red-head document's 版头 lines: the organ's mark (某县自然资源局文件) and the 发文字号 (某自然资发〔2024〕3号), an upward
#: document's with its 签发人 beside it (某自然资发〔2024〕3号　签发人：王某某　李某某).
_DOC_NUMBER = re.compile(r"[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号(?:\s*签\s*发\s*人\s*[:：][^。；，,:：]{1,24})?$")
_MASTHEAD = re.compile(f"{labels.ORGAN_SUFFIX}文件$|{_DOC_NUMBER.pattern}")  # not a site's menu item 政策文件
#: A red-head document's 版记: 抄送 …, 某局办公室 2024年1月25日印发.
_COPY_TO = re.compile(r"^\s*抄送[:：]")
_IMPRINT = re.compile(f"{_COPY_TO.pattern}|印发\\s*$")
#: A web page's footer: print and close buttons, copyright, the site's registration.
_WEB_FOOTER = re.compile(r"打印本页|关闭窗口|版权所有|备案号|ICP|技术支持|网站地图|网站标识码|主办单位|^主办[:：]|^【?打印】?$")
#: The first line of an attachment: 附件, 附件1, 附件：….
_ATTACHMENT = re.compile(r"^\s*附\s*件\s*\d*\s*(?:[:：]|$)")
#: An item of the 附件说明 after its first: 2.情况说明.
_NOTE_ITEM = re.compile(r"^\s*\d+\s*[.．、]")
#: Attachments printed as a last part of their own (七、附件), over their files' names.
_ATTACHMENT_PART = re.compile(r"^\s*[一二三四五六七八九十]+\s*[、.．]\s*附\s*件\s*(?:[:：]|$)")
#: A line naming an attachment's file: 1. 某县统计表.xlsx, 附件2：情况说明.pdf.
_FILE_NAME = re.compile(r"\.(?:xlsx?|docx?|wps|et|pdf|ofd|zip|rar|7z|csv|jpe?g|png)\s*[)）]?\s*$", re.IGNORECASE)
_CELL = re.compile(r"^\s*([+\-−－]?\s*(?:\d{1,3}(?:[,，]? \d{3})+|\d[\d,，]*)(?:\.\d+)?)\s*(元|万元)?\s*(?:[（(](.*)[）)])?\s*$")
_END = "。；！？!?;"
#: 增16, 减2, 增加3, 减少1: how table 二's 本年增/减 is often written.
_WORDED_SIGN = re.compile(r"^\s*(增加?|减少?)\s*(?=\d)")
#: A count written with its measure word: 12件, 3项.
_MEASURE = re.compile(r"(?<=\d)\s*(件|项|个|条|次|人次)(?=\s*(?:[（(]|$))")
#: A table's unit, over it or in its first row: 单位：件, （单位：万元）.
_UNIT = re.compile(r"^\s*[（(]?\s*(?:计量)?单位\s*[:：]\s*(?:件|个|项|条|次|人次|元|万元)\s*[）)]?\s*$")
#: A head of table 二 with the unit of its amounts: 采购总金额（万元）, 采购总金额(单位:元).
_HEAD_UNIT = re.compile(r"^(.+?)\s*[（(]\s*(?:单位\s*[:：]\s*)?(元|万元)\s*[）)]$")
#: The line over a table's part after a page break: 续表, 续表三, （续）, 表三（续）.
_CONTINUED = re.compile(r"^\s*(?:[（(]\s*续(?:表[一二三四]?)?\s*[）)]|续(?:上?表[一二三四]?)?|表[一二三四]\s*[（(]\s*续\s*[）)])\s*[:：]?\s*$")
#: Table 三's （六）其他处理: one row in the 2019 edition, three below it in the 2021 one.
OTHER_HANDLING = ("results", "other_handling")
#: A cell printing 0 (full-width, or a Chinese numeral too), beside blank ones in a row of zeros
#: (:meth:`TableMapper.blank_row`).
_ZERO = re.compile(f"[0０{labels.ZERO_WORDS}]")
#: A note's mark after a cell's figure (:data:`.labels.NOTE_MARKS`): the cell's note.
_NOTE_MARK = re.compile(rf"(?<=[\d０-９])\s*([{labels.NOTE_MARKS}]+)\s*$")
#: What a published table prints for nothing to report, instead of 0: read as a blank cell.
#: Spaces beside a Chinese character, which a title never has: a line break a cell read as a space, letter-spacing.
_SPACED_HAN = re.compile(r"[ \u3000\xa0]+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])[ \u3000\xa0]+")
NOTHING = {"—", "——", "－", "-", "/", "／", "无", "…"}


def _plain(text: str) -> str:
    """A cell's text as a figure is read: 增/减 as + and -, no measure word, 持平 as 0."""
    text = _MEASURE.sub("", _WORDED_SIGN.sub(lambda m: "-" if m.group(1).startswith("减") else "+", text))
    return "0" if text.strip() == "持平" else text

_TABLE_NAMES = {"active_disclosure": "表二", "applications": "表三", "review_litigation": "表四"}
#: A work plan's or summary's name: 工作方案, 实施方案, 工作要点, 工作总结, 工作计划.
_PLAN_OR_SUMMARY = r"(?:实施|工作)?方案|工作(?:计划|总结|要点)"
#: What a title says a document is, when it is no report.
_OTHER_KIND = re.compile(rf"{_PLAN_OR_SUMMARY}|通知|意见|办法|规定|细则")


@dataclass
class Finding:
    """Something the import could not map: ``place`` in the source, ``message`` in Chinese, ``rule`` for summaries."""

    place: str
    message: str
    rule: str


@dataclass
class Imported:
    """The data mapped from a published report, and what could not be mapped."""

    data: dict
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # facts the clerk should confirm (derived, not read)
    #: False when not one of the official parts or tables was found: not an annual report, or not its text.
    recognized: bool = True
    #: Why it is no annual report, when its title says what else it is (a work plan, a notice …).
    other_kind: str = ""
    #: Where in the source each part of the data came from: a data path (``("tables", "applications",
    #: "new_received")``, a paragraph's ``("sections", "overview", 0)``) → its place (第 N 行, 第 N 段 …).
    places: dict[tuple, str] = field(default_factory=dict)


class NotAnnualReport(ReportkitError):
    """A readable file that is no annual report (a work plan, a summary, a notice …): ``check``'s ``not-annual-report``."""


def placeholder(what: str) -> str:
    return f"【请填写：{what}】"


def to_number(text: str) -> str:
    """Chinese-numeral digits (二〇二三) to Arabic ones."""
    return "".join(_NUMERAL.get(c, c) for c in text)


def _small_number(text: str) -> int:
    """1-31 written as digits or as 十一, 二十五, 三十一."""
    if text.isdigit():
        return int(text)
    tens, _, ones = text.partition("十")
    if "十" not in text:
        return int(_NUMERAL[text])
    return (int(_NUMERAL[tens]) if tens else 1) * 10 + (int(_NUMERAL[ones]) if ones else 0)


def parse_date(text: str) -> tuple[dt.date, bool] | None:
    """``2024年1月25日``, ``二〇一〇年三月十五日`` or ``2024-01-25`` (``2024.1.25``, ``2024/1/25``) → (date, written in
    Chinese numerals)."""
    found = labels.date_line(text)
    if not found:
        return None
    year, month, day = found.groups()
    try:
        return dt.date(int(to_number(year)), _small_number(month), _small_number(day)), not year.isdigit()
    except (ValueError, KeyError):
        return None


def map_annual(published: Published, *, blank_as_zero: bool = False,
               sections: tuple[tuple[Section, str | None], ...] = ()) -> Imported:
    """The whole mapping: metadata, preamble, sections with their headings, the tables.

    A blank cell of a statistics table is a placeholder, or with ``blank_as_zero`` (``reportkit check``) a 0,
    so that the consistency rules can run; either way it is a finding. ``sections`` are the plugin sections of
    the annual report, each with the package the data names under ``plugins:``: a part titled as one of them
    is that section (:meth:`_Mapper.plugin_part`)."""
    return _Mapper(published, blank_as_zero, sections).run()


class _Mapper:
    def __init__(self, published: Published, blank_as_zero: bool = False,
                 sections: tuple[tuple[Section, str | None], ...] = ()):
        self.blank_as_zero = blank_as_zero
        self.plugin_sections = sections
        self.packages: list[str] = []  # the packages of the plugin sections found, for ``plugins:``
        self.out = Imported({"kind": "annual-report"})
        self.data = self.out.data
        self.published = published
        self.items = self._first_article(_unwrapped(self._without_asides(published.items)))
        self.page_title = published.page_title
        self.undated: Para | None = None  # a 成文日期 line without its day (2024年1月), taken off at the end

    def _without_asides(self, items: list) -> list:
        """``items`` without the text printed beside the article (a site's navigation), each page's in one finding."""
        for item in items:
            if isinstance(item, Para) and item.role == "aside":
                self.find(item.place, f"文章旁边一栏的“{_short(item)}”未导入（网页打印时带上的导航栏等）", "skipped")
        return [item for item in items if not (isinstance(item, Para) and item.role == "aside")]

    def _first_article(self, items: list) -> list:
        """The items up to the second article of a page that collects several (第二篇：…): the first is imported,
        the others named in one finding; each is a report of its own, with its own date."""
        marks = [i for i, item in enumerate(items) if isinstance(item, Para) and labels.ARTICLE.match(item.text)]
        later = [i for i in marks if i != marks[0] or any(isinstance(x, Grid) or "。" in x.text for x in items[:i])]
        if not later:
            return items
        cut = later[0]
        titles = "、".join(f"“{_short(items[i])}”" for i in marks if i >= cut)
        self.find(items[cut].place, f"这个文件收了不止一篇文章，只导入了第一篇；从这里起的{titles}未导入："
                                    "请把每一篇另存为一个文件再导入", "sections")
        return items[:cut]

    def find(self, place: str, message: str, rule: str) -> None:
        self.out.findings.append(Finding(place, message, rule))

    def run(self) -> Imported:
        title, title_place = self._title()
        other = _OTHER_KIND.search(title.replace("\n", ""))
        if other and "报告" not in title:  # a 工作方案, 工作总结, 通知 …: its numbered parts are no report's
            self.out.recognized, self.out.other_kind = False, other.group()
            return self.out
        self._without_attachments()
        closing = self._closing()
        self._without_attachment_note()
        year = self._year(title, title_place, closing[1])
        edition = labels.edition_of(year) if year else self._edition_without_year()
        agency = self._agency(title, year, closing)
        self.data.update(year=year or placeholder("报告年度，如 2023"), agency=agency)
        if edition != "2008":
            government = agency.endswith("人民政府")
            self.data["agency_type"] = "government" if government else "department"
            self.out.notes.append(f"agency_type 按机关名称推定为 {self.data['agency_type']}，请核对")
        if title and title.replace("\n", "") != f"{agency}{year}年政府信息公开工作年度报告":
            self.data["title"] = title
            self.out.places[("title",)] = title_place
        self._addressee()
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
        self.items = _headings_out_of_tables(self.items)
        preamble, parts = self._split_parts(edition)
        if edition == "2008":
            from .annual2008 import map_2008
            map_2008(self, preamble, parts, year)
        else:
            self._preamble(preamble, year)
            self._sections(parts, edition)
        if self.packages:
            rest = {k: v for k, v in self.data.items() if k != "kind"}
            self.data.clear()
            self.data.update(kind="annual-report", plugins=self.packages, **rest)
        return self.out

    # Metadata -------------------------------------------------------------------
    def _title(self) -> tuple[str, str]:
        """The title: the centered lines at the top, or (a web page's text, where nothing is centered) the
        first line worded like one; what stands before it, and a web page's date and hit count after it,
        are left out with a finding."""
        lines, place = [], "文首"
        starts = [i for i, item in enumerate(self.items) if isinstance(item, Para) and not _web_meta(item)
                  and item.role != "link" and (item.role in ("title", "centered") or _is_heading(item)
                                               or self._worded_lines(i))]
        first = self._report_title(starts) if starts else 0
        untitled = (first < len(self.items) and isinstance(self.items[first], Para) and _is_heading(self.items[first])
                    and self.items[first].role != "title")
        kept = []
        for skipped in self.items[:first]:  # a web page's navigation, a header line
            if untitled and isinstance(skipped, Para) and ("。" in skipped.text or len(skipped.text) > 60):
                kept.append(skipped)  # no title at all: the sentences before the first part are the preamble
            else:
                what = "版头" if isinstance(skipped, Para) and _MASTHEAD.search(skipped.text) else ""
                self.find(skipped.place, f"标题之前的{what}“{_short(skipped)}”未导入", "skipped")
        self.items[:first] = kept  # none of them is a title or a web page's date line: the steps below pass them
        if self.items and isinstance(self.items[0], Para) and self.items[0].role not in ("title", "centered"):
            for _ in range(self._worded_lines(0)):
                item = self.items.pop(0)
                place = place if lines else item.place
                lines.append(item.text)
        while self.items and isinstance(self.items[0], Para) and self.items[0].role in ("title", "centered") \
                and not heading_level(self.items[0].text):
            item = self.items.pop(0)
            if _web_meta(item):  # a site's date line between its title bar and the article's own title
                self.find(item.place, f"标题之间的网页信息“{_short(item)}”未导入", "skipped")
            elif lines and "".join(lines).replace("\n", "") == item.text.replace("\n", ""):  # the site's title bar
                self.find(item.place, "标题在网页上印了两次，只导入一次", "skipped")
            else:
                place = place if lines else item.place
                lines += item.text.split("\n")  # a title's lines read as one (a PDF's, a DOCX's breaks): each a line
        number = next((k for k, line in enumerate(lines[:4]) if _DOC_NUMBER.search(line)), -1)
        for _ in range(number + 1 if number < len(lines) - 1 else 0):  # a 标志 in two lines, then the 发文字号
            self.find(place, f"标题之前的版头“{lines.pop(0)}”未导入", "skipped")
        while len(lines) > 1 and (lines[1].startswith(lines[0]) or _MASTHEAD.search(lines[0])):
            self.find(place, f"标题之前的版头“{lines.pop(0)}”未导入", "skipped")  # a red-head document's 版头
        if not lines and _worded_title(page := re.split(r"\s*[-_|－—–]\s*", self.page_title)[0].strip()):
            lines = [page]
            self.find("文首", f"正文没有标题，标题“{page}”取自网页的标题栏：请核对", "metadata")
        if not lines:
            self.find("文首", "没有找到标题（文首居中的“××××年政府信息公开工作年度报告”）", "metadata")
        while self.items and isinstance(self.items[0], Para) and _web_meta(self.items[0]):
            skipped = self.items.pop(0)
            self.find(skipped.place, f"标题之后的网页信息“{_short(skipped)}”未导入", "skipped")
        return rejoined([_SPACED_HAN.sub("", part) for line in lines for part in line.split("\n")], "\n"), place

    def _report_title(self, starts: list[int]) -> int:
        """Where the title begins among ``starts``: the first, unless a line worded like a title comes later, before
        the first part (a site's own title, its <h1>, over the page), with the title lines right above it. A line
        worded like a report's title goes before one worded like a plan's (a site's list of its documents), and one set
        as a title (centred) before one that is not (a link to last year's report in a page's navigation, printed).
        A centred line right above is the title's only where it is part of it: the agency's name over a title that
        starts with the year (a name may end in a bracket, or go on in a bracket on the next line), the first line
        of a name wrapped after 和, or a red-head document's 版头 over its 发文字号 (left out below); not a site's menu
        (首页, 政务公开 …) beside the article of a page saved as a document."""
        heading = next((i for i in starts if _is_heading(self.items[i])), len(self.items))
        worded = [i for i in starts if i < heading and self._worded_lines(i)]
        if not worded:
            return starts[0]
        reports = [i for i in worded
                   if _TITLE_WORDING.search("".join(x.text.strip() for x in self.items[i:i + self._worded_lines(i)]))]
        set_as_title = [i for i in reports or worded if self.items[i].role in ("title", "centered")]
        first = (set_as_title or reports or worded)[0]
        masthead = False
        while first > starts[0] and self.items[first - 1].role in ("title", "centered") and first - 1 in starts:
            above = self.items[first - 1].text.strip()
            masthead = masthead or bool(_DOC_NUMBER.search(above))
            below = self.items[first].text.strip()
            if not (masthead or _WRAPPED_NAME.search(above) or organ_name(above.removesuffix("关于").rstrip("）)"), ending=True)
                    and (_NO_AGENCY.match(below) or below.startswith(("（", "(")))):
                break
            first -= 1
        return first

    def _worded_lines(self, i: int) -> int:
        """1 when the line at ``i`` is worded like a title, 2 when it is with the next (a title wrapped in two
        lines, neither a title alone, or the two lines of one paragraph), else 0."""
        lines = self.items[i:i + 2]
        if not all(isinstance(x, Para) for x in lines):
            return 0
        texts = [x.text.strip() for x in lines]
        if _worded_title(texts[0]):
            return 1
        if len(texts) == 2 and organ_name(texts[0], ending=True) and _NO_AGENCY.match(texts[1]) and _worded_title(texts[1]):
            return 2  # the agency's name over a title that starts with its year, in plain lines (a page's text)
        if len(texts) == 2 and all(len(t) <= 40 and not _worded(t) for t in texts) \
                and _worded_title("".join(texts)):
            return 2
        if len(texts) == 2 and lines[0].place == lines[1].place and len(texts[0]) <= 40 \
                and _worded_title("".join(texts)):
            return 2  # one paragraph, the agency over the rest after a line break (a heading style, not centred)
        return 0

    def _addressee(self) -> None:
        """主送机关: a short line right below the title ending in a full-width colon (GB/T 9704 §7.3.2)."""
        first = self.items[0] if self.items else None
        if isinstance(first, Para) and first.text.endswith(("：", ":")) and len(first.text) <= 40 \
                and not heading_level(first.text) and not any(c in first.text for c in "。；，,"):
            self.data["addressee"] = self.items.pop(0).text[:-1]

    def _without_attachments(self) -> None:
        """A red-head document's 版记 (抄送, 印发) and attachments after the 成文日期 (附件：… and what follows) are
        not the report's: left out, in one finding each (rule ``attachments``: the clerk re-adds them under
        ``attachments:``, ``check`` notes them); ``skipped`` where they are a web page's links to files."""
        start = self._imprint_start()
        if start < len(self.items):
            self.find(self.items[start].place, "文末的版记（抄送、印发机关和印发日期）未导入", "skipped")
            del self.items[start:]
        for i, item in enumerate(self.items):
            if isinstance(item, Para) and _ATTACHMENT.match(item.text) and any(
                    isinstance(x, Para) and _dated(x.text) for x in self.items[max(i - 2, 0):i]):
                links = all(isinstance(x, Para) and x.role == "link" for x in self.items[i:])  # files, no text lost
                self.find(item.place, f"成文日期之后的附件（从“{_short(item)}”起）未导入"
                          + ("" if links else "：需要时请在 attachments 下补写"), "skipped" if links else "attachments")
                del self.items[i:]
                return

    def _imprint_start(self) -> int:
        """Where the 版记 at the end starts (``len(self.items)`` without one): a table, or the lines from its 抄送
        down to the one ending in 印发. Lines above that one (a PDF's 印发机关 of two lines, the date beside the last;
        a 抄送 of several) are the 版记's up to the 抄送, or without one, when at most two and no sentence follow the
        成文日期 (they were taken for the body's end, and the 成文日期 above them was lost)."""
        end = len(self.items)
        while end and _IMPRINT.search(_text_of(self.items[end - 1])):  # a table, or its lines
            end -= 1
        if end == len(self.items) or _COPY_TO.match(_text_of(self.items[end])):
            return end
        start = end
        while start and end - start < 8 and isinstance(self.items[start - 1], Para) \
                and not _dated(self.items[start - 1].text):
            start -= 1
            if _COPY_TO.match(self.items[start].text):
                return start
        lines = self.items[start:end]
        if start and _dated(_text_of(self.items[start - 1])) and len(lines) <= 2 \
                and not any(re.search(r"[。；！？，：:]", line.text) for line in lines):
            return start
        return end

    def _without_attachment_note(self) -> None:
        """The 附件说明 over the 署名 (附件：1.… and the items after it) names attachments, which are not imported:
        left out, in one finding of rule ``attachments`` (it was a paragraph of the last part, its later items headings
        with nothing under them). So is a last part 七、附件 over only its files' names or links (it was a subheading of
        part 六, the names its text), with a 附件说明 under it or not."""
        for i in range(len(self.items) - 1, max(len(self.items) - 30, -1), -1):
            item = self.items[i]
            if not isinstance(item, Para) or (i < len(self.items) - 1 and len(item.text) > 80):
                return
            below = self.items[i + 1:]
            if _ATTACHMENT_PART.match(item.text) and (below or _FILE_NAME.search(item.text)) \
                    and all(_names_a_file(x) for x in below) \
                    or _ATTACHMENT.match(item.text) and all(_NOTE_ITEM.match(x.text) or not SENTENCE_END.search(x.text)
                                                            for x in below):
                if i and isinstance(self.items[i - 1], Para) and _ATTACHMENT_PART.match(self.items[i - 1].text) \
                        and not _ATTACHMENT_PART.sub("", self.items[i - 1].text).strip():
                    i, item = i - 1, self.items[i - 1]  # 七、附件 over 附件：1.…
                self.find(item.place, f"署名前的附件说明“{_short(item)}”未导入：附件没有导入，需要时请在 attachments 下补写",
                          "attachments")
                del self.items[i:]
                return

    def _closing(self) -> tuple[list[str], dt.date | None, bool]:
        """署名 and 成文日期 at the end, taken off the items; after the date, only a web page's footer
        (short lines, no table, no sentence) may follow."""
        self._signature_table()
        last, organ = None, None
        for i in range(len(self.items) - 1, max(len(self.items) - 16, -1), -1):
            item = self.items[i]
            together = _ORGAN_AND_DATE.match(item.text) if isinstance(item, Para) else None
            if isinstance(item, Para) and (parse_date(item.text) or together and parse_date(together[2])
                                           or labels.MONTH_DATE.match(item.text)):
                last, organ = i, None if parse_date(item.text) or labels.MONTH_DATE.match(item.text) else together
                break
            if not isinstance(item, Para) or len(item.text) > 80 or "。" in item.text:
                break
        if last is None:  # no date: a web page's footer still is no text of the report
            footers = []
            while self.items and isinstance(self.items[-1], Para) and _WEB_FOOTER.search(self.items[-1].text) \
                    and len(self.items[-1].text) <= 120:
                footers.insert(0, self.items.pop())
            for footer in footers:
                self.find(footer.place, f"文末的网页信息“{_short(footer)}”未导入", "skipped")
            return self._organs(None), None, False  # a 署名 set right with no date under it is still no text
        for skipped in self.items[last + 1:]:  # a web page's footer
            self.find(skipped.place, f"成文日期之后的“{_short(skipped)}”未导入", "skipped")
        del self.items[last + 1:]
        item = self.items.pop(last)
        self.out.places[("date",)] = item.place
        if labels.MONTH_DATE.match(item.text):  # 2024年1月: the 成文日期's place, its day not printed
            self.undated = item
            return self._organs(item), None, False
        date, chinese = parse_date(organ[2] if organ else item.text)
        return [organ[1].strip()] if organ else self._organs(item), date, chinese

    def _organs(self, date: Para | None) -> list[str]:
        """The 署名 lines at the end, taken off the items: set right, or over the ``date`` in its paragraph."""
        signed: list[Para] = []
        while self.items and isinstance(self.items[-1], Para) and (
                self.items[-1].role == "signature" or self.items[-1].role == "right" and not part_heading(
                    self.items[-1].text) and (date or organ_name(self.items[-1].text))
                or date and _above_in_one_paragraph(self.items[-1], date)):
            signed.insert(0, self.items.pop())
        # A short last part (五、… / 无) is its heading's: its lines up to the first ending like an organ's name go back.
        if self.items and isinstance(self.items[-1], Para) and part_heading(above := self.items[-1].text) \
                and len(above) <= 40 and not SENTENCE_END.search(above) and not any(
                    isinstance(x, Para) and _ATTACHMENT.match(x.text) for x in self.items[-6:]):
            while signed and signed[0].role != "signature" and not (
                    organ_name(signed[0].text, ending=True) or _WRAPPED_NAME.search(signed[0].text.strip())):
                self.items.append(signed.pop(0))
        # The 附件说明's short lines, set in from the left as the organs are, stay: 附件：1.…, 2.情况说明, 统计表.xlsx are no organs.
        note = max((k for k, line in enumerate(signed) if _ATTACHMENT.match(line.text) or _NOTE_ITEM.match(line.text)
                    or _FILE_NAME.search(line.text)), default=-1)
        self.items += signed[:note + 1]
        return _wrapped_organs(signed[note + 1:])

    def _signature_table(self) -> None:
        """A 署名 and 成文日期 set in a small table at the end (Word's borderless table, to place them; a joint
        report's organs side by side) are its cells' lines, a row after another: no table of the report."""
        for i in range(len(self.items) - 1, max(len(self.items) - 16, -1), -1):
            item = self.items[i]
            if isinstance(item, Para):
                if len(item.text) > 80 or "。" in item.text:
                    return
                continue
            lines = item.lines()
            if (_table_key(item) is None and 1 < len(lines) <= 8 and any(parse_date(text) for text, _ in lines)
                    and all(len(text) <= 60 and "。" not in text for text, _ in lines)):
                self.items[i:i + 1] = [Para(text, place, "date" if parse_date(text) else "signature")
                                       for text, place in lines]
            return

    def _year(self, title: str, place: str, date: dt.date | None) -> int | None:
        """The report's year, from its title; where that has none, from the 统计期限 before the first part, or else a
        成文日期 in the first half of a year (a report is due by 31 January or 31 March of the next), saying where from."""
        found = _YEAR.search(title)
        if found:
            return int(to_number(found.group(1)))
        first = next((i for i, item in enumerate(self.items) if isinstance(item, Para) and _is_heading(item)
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

    def _agency(self, title: str, year: int | None, closing) -> str:
        organs = closing[0]
        if title and year:  # the title's words before its year or 政府信息公开 (a title without the year, 某局政府信息公开
            chinese = "".join("〇一二三四五六七八九"[int(d)] for d in str(year))  # 2023年度报告), whichever comes first …
            named = re.split(rf"(?:关于)?(?:{year}|{chinese})年", title.replace("\n", ""), maxsplit=1)[0].strip()
            if organ_name(named, ending=True):  # … unless the organ's name before the year holds 政府信息公开
                return named
            head, *rest = re.split(rf"(?:关于)?(?:(?:{year}|{chinese})年|政府信息公开)", title.replace("\n", ""), maxsplit=1)
            if head.strip() and rest:
                return head.strip()
        if len(organs) == 1:
            return organs[0]
        self.find("文首", "没有找到发布机关（标题开头或文末署名）", "metadata")
        return placeholder("发布机关全称")

    # Structure ------------------------------------------------------------------
    def _split_parts(self, edition: str) -> tuple[list, list[tuple[Para, list]]]:
        """The items before the first 一、 heading, and each level-1 heading with the items below it. A report with
        no 一、 heading numbers its parts 1. 2.: those headings whose words are an official part's title (or a plugin
        section's) are the parts, no other 1. item."""
        level = 1 if any(isinstance(i, Para) and _is_heading(i) and heading_level(i.text) == 1 for i in self.items) else 3

        def part(item) -> bool:
            return isinstance(item, Para) and _is_heading(item) and heading_level(item.text) == level and (
                level == 1 or norm(item.text) in labels.sections(edition) or bool(self.plugin_section(item.text, edition))
                or edition == "2008" and bool(labels.section_2008(item.text)))

        return parted(self.items, part)

    def _preamble(self, items: list, year: int | None) -> None:
        """The preamble's own paragraphs into ``preamble`` and a generated one's period into ``period``, each with its
        place in ``places``; the contact sentences into ``contact``."""
        own = []
        for item in items:
            if isinstance(item, Grid):
                self.find(item.place, "前言里的表格无法映射，未导入", "tables")
            elif item.text.startswith("本报告依据《中华人民共和国政府信息公开条例》和"):
                self._period(item, year)
            elif not self.contact(item.text):
                self.out.places[("preamble", len(own))] = item.place
                own.append(item.text)
        if own:
            self.data["preamble"] = own

    def _period(self, para: Para, year: int | None) -> None:
        found = re.search(r"统计期限为(\d{4})年(\d{1,2})月(\d{1,2})日至(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", para.text)
        if not found:
            return
        y1, m1, d1, y2, m2, d2 = found.groups()
        start = dt.date(int(y1), int(m1), int(d1))
        end = dt.date(int(y2 or y1), int(m2), int(d2))
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

    def plugin_part(self, section: Section, package: str | None, heading: Para, items: list) -> dict:
        """A plugin section's data from its part: the text in the model's narrative field (a ``list[SectionItem]``),
        a table in the list field whose items' titles head its columns, and each other required field a placeholder.
        What has no place in the model is a finding, as is each placeholder; the package goes under ``plugins:``.
        Where the part, each paragraph and each table row were goes into ``places``, as for the official parts."""
        fields = section.model.model_fields
        narrative = next((key for key, f in fields.items() if f.annotation == list[SectionItem]), None)
        part: dict = {}
        path = ("sections", section.name)
        self.out.places[path] = heading.place
        for grid in (i for i in items if isinstance(i, Grid)):
            self._plugin_table(section, heading, grid, part)
        paras = [i for i in items if isinstance(i, Para)]
        if paras and narrative:
            part[narrative] = nest(paras, places=self.out.places, path=(*path, narrative))
        elif paras:
            self.find(paras[0].place, f"“{heading.text}”的文字未导入：插件栏目“{section.title}”没有写文字的项，"
                                      "请照原文填写它的各项", "sections")
        missing = [key for key, f in fields.items() if f.is_required() and key not in part]
        for key in missing:
            part[key] = placeholder(f"{section.title}的{fields[key].title or key}")
        if missing:
            names = "、".join(f"“{fields[key].title or key}”" for key in missing)
            kept = f"；原文的句子已导入 {narrative}，其中由这些项印出的句子在填好后请删去" if narrative and paras else ""
            self.find(heading.place, f"“{heading.text}”的{names}未能从原文读出，已留占位：请照原文填写{kept}", "sections")
        if package and package not in self.packages:
            self.packages.append(package)
        return {key: part[key] for key in fields if key in part}

    def _plugin_table(self, section: Section, heading: Para, grid: Grid, part: dict) -> None:
        """``grid``'s rows into the first list field of ``section`` whose items' titles head all their required
        columns (a 合计 row the plugin prints left out), each row's place in ``places``; or a finding naming the table."""
        head = [norm(cell) for cell in grid.rows[0]] if grid.rows else []
        for key, f in section.model.model_fields.items():
            item = _item_model(f.annotation)
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
        self.find(grid.place, f"“{heading.text}”中的{_short(grid)}未导入：插件栏目“{section.title}”没有与其表头相符的项，"
                              "请照原文填写", "tables")

    def _plugin_cell(self, text: str, annotation, place: str, what: str):
        """A plugin table's cell: text as written, or a number for a number field (a placeholder if it is none)."""
        if annotation not in (int, float):
            return text
        found = _CELL.match(_plain(unicodedata.normalize("NFKC", text)))
        if not found or found.group(2) or found.group(3):
            self.find(place, f"{what}：“{text}”不是数字，请照原文填写", "cells")
            return placeholder(f"{what}（原文：{text}）")
        number = Decimal(re.sub(r"[\s,]", "", found.group(1)))
        return int(number) if annotation is int and number == number.to_integral_value() else number

    def _sections(self, parts: list, edition: str) -> None:
        known = labels.sections(edition)
        sections: dict = {}
        data_tables: dict = {}
        extra: list = []  # the parts that are none of the six (a province's 七、…)
        for heading, items in parts:
            key = known.get(norm(heading.text))
            plugin = self.plugin_section(heading.text, edition) if key is None else None
            if plugin and plugin[0].name in sections:
                self.find(heading.place, f"“{heading.text}”出现了两次，只导入了第一次", "sections")
            elif plugin:
                official = [isinstance(i, Grid) and _table_key(i) is not None for i in items]
                for item in itertools.compress(items, official):  # 表二、三、四 under this part are still the report's
                    self._table(item, edition, data_tables, None)
                rest = [item for item, is_table in zip(items, official) if not is_table]
                sections[plugin[0].name] = self.plugin_part(*plugin, heading, rest)
                continue
            if key is None:
                extra.append((heading, items))
                continue
            if key in sections:
                self.find(heading.place, f"“{heading.text}”出现了两次，只导入了第一次", "sections")
                continue
            items = _parted(_captions_in_tables(items, edition))
            paras = [i for i in items if isinstance(i, Para) and not _CONTINUED.match(i.text)]
            if key == "other":
                paras = self._other(paras, edition)
            sections[key] = nest(paras, places=self.out.places, path=("sections", key))
            last = None  # the table the previous item was part of (a table cut by a page break goes on)
            for item in items:
                if isinstance(item, Para) and _CONTINUED.match(item.text):
                    continue  # “续表” between a table's two parts: the next part goes on with it
                last = self._table(item, edition, data_tables, last) if isinstance(item, Grid) else None
        self.out.recognized = bool(sections or data_tables)
        for key, label, _ in tables.SECTIONS:  # 二 to 四 are their tables; 六 may hold only its default sentence
            if key in ("overview", "problems") and not sections.get(key) or key == "other" and key not in sections:
                self.find("正文", f"没有找到“{label}”部分", "sections")
                sections[key] = [placeholder(label)]
        for heading, items in extra:
            self._extra_part(heading, items, edition, sections, data_tables)
        self.data["sections"] = {k: v for k, v in sections.items() if v}
        self._missing_tables(parts, data_tables)
        self.data["tables"] = TableMapper(edition, self).all(data_tables)

    def _missing_tables(self, parts: list, found: dict) -> None:
        """One finding for each statistics table not ``found``; one for them all, where the article has pictures
        between its parts (the tables published as images, which reportkit cannot read): where, and how to fill them."""
        missing = [label for key, label in _TABLE_NAMES.items() if key not in found]
        places = {item.place for heading, items in parts for item in (heading, *items)}
        inside = [at for at, item in enumerate(self.published.items) if item.place in places]
        pictures = [p.place for p in self.published.pictures if missing and inside and inside[0] < p.at <= inside[-1] + 1]
        if not pictures:
            for label in missing:
                self.find("正文", f"没有找到{label}", "tables")
            return
        these = "这些表" if len(missing) > 1 else "这张表"
        self.find(pictures[0], f"没有找到{'、'.join(missing)}：正文里有 {len(pictures)} 张图片（{'、'.join(dict.fromkeys(pictures))}），"
                               f"{these}看来是以图片发布的，reportkit 读不出图片里的数字：请照图片把数字填进数据文件里{these}的"
                               "【请填写：…】占位（用 reportkit tables export 导出工作簿，在 Excel 或 WPS 里填好后用 reportkit tables "
                               "import 写回），或向发布机关要原始的 DOCX 或 Excel 文件再导入", "tables")

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
        other.append({"heading": strip_number(heading.text),
                      "content": nest(paras, 3, self.out.places, (*path, "content"))})
        number = sum(isinstance(item, dict) for item in other)
        self.find(heading.place, f"“{heading.text}”不是{issued_by}的六个部分之一，已作为第六部分“其他需要报告的事项”的"
                                 f"第（{'一二三四五六七八九十'[min(number, 10) - 1]}）个小标题导入（重新排版时印在第六部分末尾）："
                                 "请核对，应归入其他部分的移到相应部分", "sections")

    def _other(self, paras: list[Para], edition: str) -> list[Para]:
        if paras and paras[0].text == "本年度没有其他需要报告的事项。" and len(paras) == 1:
            return []
        if edition == "2021" and paras:
            fee = paras[0].text
            found = re.fullmatch(r"本年度依据《政府信息公开信息处理费管理办法》发出收费通知(\d+)件，"
                                 r"通知收取信息处理费共计([\d.]+)元，实际收取([\d.]+)元。", fee)
            if found:
                self.data["information_processing_fee"] = {
                    "notices": int(found.group(1)), "amount_notified": Decimal(found.group(2)),
                    "amount_collected": Decimal(found.group(3))}
                return paras[1:]
            if fee == "本年度未发出信息处理费收费通知，未收取信息处理费。":
                return paras[1:]
        return paras

    def _table(self, grid: Grid, edition: str, found: dict, last: str | None) -> str | None:
        """File ``grid`` under the table it is (its parts in order); return that table's key.

        A grid right after a part of the same table continues it: a PDF cuts a table at a page
        break, and each part may have other columns (table 二's blocks, table 三's repeated head)."""
        key = _table_key(grid) or last  # a part on the next page without the table's head continues it
        if key is None:
            self.find(grid.place, "这个表格不是表二、表三或表四，未导入", "tables")
        elif key == last:
            found[key].append(grid)
        elif key in found:
            self.find(grid.place, f"{_TABLE_NAMES[key]}出现了两次，只导入了第一次", "tables")
            return None
        else:
            found[key] = [grid]
        return key


def readable(section: Section) -> bool:
    """Whether the import can fill every required field of ``section`` from its part: its text (a ``list[SectionItem]``)
    and tables (a list of items). A 2008 report keeps a part of any other section whole, as the agency's own (its
    text printed again as it was), where a placeholder for each such field would flag every report ``check`` reads."""
    return all(f.annotation == list[SectionItem] or _item_model(f.annotation) is not None
               for f in section.model.model_fields.values() if f.is_required())


def _item_model(annotation) -> type | None:
    """The model of a ``list[Model]`` field's items (narrative lists aside), or None."""
    from pydantic import BaseModel

    if typing.get_origin(annotation) is not list or annotation == list[SectionItem]:
        return None
    item = typing.get_args(annotation)[0]
    return item if isinstance(item, type) and issubclass(item, BaseModel) else None


def _wrapped_organs(lines: list[Para]) -> list[str]:
    """The organs of a 署名's ``lines``: the lines of one paragraph (a DOCX's, a web page's) that reportkit broke one
    organ's name into (:mod:`reportkit.line_breaks`, a name wider than the line) are that name; other lines, each an
    organ (a joint document's, or a name that fits its line, typed over several), but a line opening with a bracket:
    the rest of the name above, a PDF's line of its own."""
    room = Geometry().chars_per_line - 2
    organs: list[str] = []
    for _, group in itertools.groupby(lines, key=lambda line: line.place):
        texts = [line.text for line in group]
        joined = rejoined(texts)
        for text in [joined] if len(texts) > 1 and set_lines(broken(joined, room, Geometry().autospace_em)) == texts \
                else texts:
            if organs and text.startswith(("（", "(")):  # a PDF's line: a name's bracketed rest, broken off by width
                organs[-1] += text
            else:
                organs.append(text)
    return organs


def _without_blank_totals(data):
    """``data`` without the blank totals ``check`` leaves to reportkit (None): an omitted 总计 is computed."""
    if isinstance(data, dict):
        return {key: _without_blank_totals(value) for key, value in data.items() if value is not None}
    return data


def _web_meta(item: Para) -> bool:
    """A web page's line about the page: its date, source, hit count, font-size switch."""
    return bool(_WEB_META.search(item.text)) and len(item.text) <= 80 and "。" not in item.text


def _dated(text: str) -> bool:
    """Whether ``text`` is a 成文日期, alone or after the 署名 on its line."""
    return bool(parse_date(text) or _ORGAN_AND_DATE.match(text))


def _text_of(item) -> str:
    return item.text if isinstance(item, Para) else "".join(map("".join, item.rows))


def _names_a_file(item) -> bool:
    """Whether ``item`` only names an attachment's file: a web page's link, or a file's name (1. 某县统计表.xlsx)."""
    return isinstance(item, Para) and (item.role == "link" or bool(_FILE_NAME.search(item.text)))


def _above_in_one_paragraph(line: Para, date: Para) -> bool:
    """Whether ``line`` is an organ's name set over the 成文日期 in one paragraph (署名<br>日期, not aligned)."""
    return line.place == date.place and organ_name(line.text)


def _short(item) -> str:
    text = item.text if isinstance(item, Para) else "表格：" + " ".join(t for t in dict.fromkeys(item.rows[0]) if t)
    return text if len(text) <= 20 else text[:20] + "…"


#: The statistics period of a preamble: 统计期限为2020年1月1日至12月31日, 统计期限自2020年1月1日起至….
_PERIOD_YEAR = re.compile(r"统计(?:期限|时限|时间|期间)[为是自从:：\s]*(20\d\d)\s*年\s*1\s*月\s*1\s*日")
#: A line whose name goes on in the next (某某县乡村振兴和 / 农业农村局).
_WRAPPED_NAME = re.compile(r"[和及、]$")
#: A title that names no agency before its year: 2023年政府信息公开工作年度报告, 关于2016年….
_NO_AGENCY = re.compile(rf"\s*(?:关于)?\s*{_YEAR.pattern}")
#: A report's title as a web page's text gives it (nothing centered): 政府信息公开 … 报告, one line.
_TITLE_WORDING = re.compile(r"政府信息公开.{0,20}报告$")
#: A work plan's or summary's title, with its year or without (某局2021年政务公开工作方案, 某局政务公开工作方案, 关于印发…
#: 工作要点的通知): no annual report's, imported as its kind (:mod:`.documents`).
_OTHER_WORDING = re.compile(rf"\S.{{1,40}}(?:{_PLAN_OR_SUMMARY})》?(?:的通知)?$")
#: A web page's line under the title: its date, hit count, source, font-size switch.
_WEB_META = re.compile(r"发布时间|发布日期|浏览|点击|来源[:：]|字号|^\s*时间[:：]|^\s*\d{4}-\d{1,2}-\d{1,2}")


def _cites(text: str, document: str) -> bool:
    """Whether ``text`` cites ``document`` (国办公开办函〔2019〕60号) by its number, in any brackets."""
    year, number = re.search(r"(\d{4})\D+(\d+)号", document).groups()
    return bool(re.search(rf"[〔\[［(（]\s*{year}\s*[〕\]］)）]\s*{number}\s*号", text))


def _worded_title(text: str) -> bool:
    """Worded like a title, short, no sentence and no site's breadcrumb (首页 > 政务公开 > 政府信息公开年度报告)."""
    return _worded(text) and len(text) <= 60 and not any(c in text for c in "。；，：:>＞»›→")


def _worded(text: str) -> bool:
    """Whether ``text`` ends like a report's title, or a plan's or summary's."""
    return bool(_TITLE_WORDING.search(text) or _OTHER_WORDING.search(text))


def _is_heading(item: Para) -> bool:
    """A numbered heading: styled as one, or numbered, short and not ending like a sentence."""
    if not heading_level(item.text):
        return False
    return item.role == "heading" or (len(item.text) <= 40 and item.text[-1] not in _END and "。" not in item.text)


def strip_number(text: str) -> str:
    return TYPED_NUMBER.sub("", text, count=1).strip()


def _numbered(text: str) -> tuple[str, int] | None:
    """The style (``(一)``, ``(N)``, ``N、`` …) and value of the number ``text`` starts with, or None."""
    number = labels.numbering(text)
    found = re.search(r"\d+|[一二三四五六七八九十]+", number)
    if not found:
        return None
    return number[:found.start()] + ("N" if found.group().isdigit() else "一") + number[found.end():], \
        _small_number(found.group())


def _run_in(para: Para) -> tuple[str, str] | None:
    """A numbered paragraph (below a part's heading) that may be a heading with its text run in: (the heading, the
    text after it), its first sentence short as a heading (（三）规范办理流程。本年度……); None for a long one, or a
    list of items in one paragraph ((1)…。(2)…。)."""
    found = re.match(r"(.+?)[。；;！!？?](.*)", para.text, re.DOTALL)
    if heading_level(para.text) < 2 or not found or len(found.group(1)) > 40:
        return None
    style, value = _numbered(para.text)
    items = (_numbered(m.group()) for m in re.finditer(r"[（(]?[\d一二三四五六七八九十]+[）)、.．]", para.text))
    return None if (style, value + 1) in items else (found.group(1), found.group(2).strip())


def _siblings_alike(paras: list[Para]) -> list[tuple[Para, bool]]:
    """Each of ``paras`` (a run-in heading cut from its text) and whether it is a heading, siblings alike: numbered
    in one style, each number the one before plus one, no heading of a level above between them. Where some are
    headings, the others are too when each is short up to its first full stop (（三）规范流程。本年度……) and has
    text to go under it; else a list of （1） items, sentences, with a （1） heading among them is all text."""
    heads = [_is_heading(p) for p in paras]
    numbers = [_numbered(p.text) if heading_level(p.text) >= 2 else None for p in paras]
    groups: dict[int, list[int]] = {}
    first: dict[int, int] = {}
    for i, number in enumerate(numbers):
        if not number:
            continue
        level = heading_level(paras[i].text)
        j = next((j for j in range(i - 1, -1, -1) if numbers[j] and numbers[j][0] == number[0]
                  or heads[j] and heading_level(paras[j].text) < level), None)  # the one before, or the part's heading
        first[i] = first[j] if j is not None and numbers[j] == (number[0], number[1] - 1) else i
        groups.setdefault(first[i], []).append(i)
    run_in: dict[int, tuple[str, str]] = {}
    for group in groups.values():
        if all(heads[i] for i in group) or not any(heads[i] for i in group):
            continue
        found = {i: _run_in(paras[i]) for i in group if not heads[i]}
        # each with text to go under it: run in after it, or the next paragraph's (no sibling's, no part's)
        if all(f and (f[1] or i + 1 < len(paras) and not 0 < heading_level(paras[i + 1].text) <= heading_level(f[0]))
               for i, f in found.items()):
            run_in.update(found)
        elif heading_level(paras[group[0]].text) == 4:  # only text below a （1）: none left without its heading
            heads = [head and i not in group for i, head in enumerate(heads)]
    out: list[tuple[Para, bool]] = []
    for i, para in enumerate(paras):
        if i in run_in:
            heading, text = run_in[i]
            out += [(Para(heading, para.place, "heading"), True)] + ([(Para(text, para.place), False)] if text else [])
        else:
            out.append((para, heads[i]))
    return out


def nest(paras: list[Para], level: int = 2, places: dict | None = None, path: tuple = ()) -> list:
    """Paragraphs and headings (one level below ``level - 1``) as narrative items; with ``places``, each item's data
    path (under ``path``) → its place in the source. Siblings of a heading are headings (:func:`_siblings_alike`)."""
    out: list = []
    for para, head in _siblings_alike(paras):
        depth = heading_level(para.text) if head else 0
        node, where, depth_here = out, path, level
        # A deeper heading goes under the last heading of each level above it; a paragraph under the last heading.
        while node and isinstance(node[-1], dict) and (not depth or depth < level or depth_here < depth):
            where += (len(node) - 1, "content")
            node = node[-1]["content"]
            depth_here += 1
        if places is not None:
            places[where + (len(node),)] = para.place
        node.append({"heading": strip_number(para.text), "content": []} if depth and depth >= level else para.text)
    return out


# Tables ---------------------------------------------------------------------
class TableMapper:
    """Cells found by their official row and column labels; anything else is a finding and a placeholder."""

    def __init__(self, edition: str, mapper: _Mapper):
        self.edition, self.mapper = edition, mapper
        self.blanks: dict[tuple[str, str], list[str]] = {}  # (place, row) → its blank columns, read as 0
        self.read: Counter = Counter()  # (place, row) → its cells read
        self.blank_rows: dict[str, list[tuple[str, str]]] = {}  # table → (label, place) of each row with no figure

    def all(self, grids: dict[str, list[Grid]]) -> dict:
        """The three tables from their grids (each table's parts in order)."""
        out = {}
        parts = grids.get("active_disclosure")
        out["active_disclosure"] = self.disclosure(parts) if parts else self.empty_disclosure()
        out["applications"] = self.applications(grids.get("applications") or [])
        out["review_litigation"] = self.review(grids.get("review_litigation") or [])
        if self.blank_rows:
            rows = [row for found in self.blank_rows.values() for row in found]
            named = "；".join(table + "、".join(f"“{label}”" for label, _ in found) for table, found in self.blank_rows.items())
            self.mapper.find(rows[0][1], f"整行空白（或只写“—”“/”“无”、只印了 0）的 {len(rows)} 行已按 0 导入（已发布的报告常把 0 留空）："
                                         f"{named}；其中确实不是 0 的，请按原始台账填写", "cells")
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
        found = _CELL.match(_plain(unicodedata.normalize("NFKC", figure))) if text else None  # １２．５ as 12.5
        row, column = what.rsplit("“", 1)
        self.read[place, row] += 1
        if (not text.strip() or text.strip() in NOTHING) and self.mapper.blank_as_zero:
            if total is None:  # left to reportkit to compute: a blank total is no 0 typed
                total = kind == "count" and "总计" in what
            self.blanks.setdefault((place, row), []).append((column.rstrip("”"), text.strip(), total))
            return None if total else (0, None) if kind == "amount" else 0
        if not found:
            self.mapper.find(place, f"{what}：{'空白' if not text.strip() else f'“{text}”不是数字'}，请按原始台账填写",
                             "cells")
            return placeholder(f"{what}（原文{'空白' if not text.strip() else '：' + text}）")
        number, unit, note = found.groups()
        note = note or mark
        number = re.sub(r"[\s,]", "", number).replace("−", "-").replace("－", "-")
        value = Decimal(number) if kind == "amount" else int(Decimal(number))
        if isinstance(value, Decimal) and value == value.to_integral_value() and "." not in number:
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
            self.mapper.find(parts[0].place, f"表二是按 {other} 版（{printed.issued_by}）的行和列印出的，"
                             f"{f'{year} 年度' if year else '本年度'}的报告用 {self.edition} 版（{spec.issued_by}）的表二，"
                             f"两版的行、列不同，不能逐格对应：表二未导入，已留作占位，请按 {self.edition} 版表二的行和列"
                             f"照原始台账填写（R12）", "tables")
            return self.empty_disclosure()
        rows = labels.disclosure_rows(self.edition)
        out: dict = {}
        columns: list[str] = []
        for row, place in ((row, place) for grid in parts for row, place in zip(grid.rows, grid.places)):
            label = norm(row[0])
            if not any(cell.strip() for cell in row):
                continue  # a row of nothing: Word's row of column widths in a page it saved
            if label == norm(tables.DISCLOSURE_ITEM_LABEL):
                columns = row
                continue
            if label not in rows:
                caption = label.startswith(norm("第二十条")) or _UNIT.match(row[0])  # a caption row: 单位：件
                if not caption and not columns and len({cell.strip() for cell in row if cell.strip()}) == 1:
                    self.mapper.find(place, f"表二第一行的表格标题“{row[0].strip()}”未导入", "skipped")  # over it all
                elif not caption:
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
            for j, head in enumerate(columns[:len(row)]):
                under.setdefault(norm(head), []).append(row[j])
                bare, unit = _head_unit(head)
                if unit and block.unit_in_data:
                    under.setdefault(bare, []).append(row[j])
                    head_units[bare] = unit
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
                if column.cell == "amount":
                    value, unit = value if isinstance(value, tuple) else (value, None)
                    unit = unit or head_units.get(norm(column.label))
                    if block.unit_in_data and unit:
                        values["unit"] = unit
                values[column.key] = value
        for block in tables.EDITIONS[self.edition].active_disclosure:
            for key, label in block.rows:
                if key not in out:
                    self.mapper.find(parts[0].place, f"表二没有“{label}”一行", "cells")
                    out[key] = {c.key: placeholder(f"表二“{label}”“{c.label}”") for c in block.columns}
        return out

    # Table 三
    def applications(self, parts: list[Grid]) -> dict:
        rows = labels.application_rows(self.edition)
        split: list[tuple[dict, str]] = []  # a 2019 table's （六） in three rows
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
            if last_header >= 0:
                columns = {}
                for j, head in enumerate(grid.rows[last_header]):
                    columns.setdefault(labels.APPLICANT_HEADS.get(norm(head)), j)
                columns.pop(None, None)
                if len(columns) < len(labels.APPLICANT_COLUMNS):
                    columns = _columns_in_order(grid.rows[:last_header + 1]) or columns
            repeated = _repeated_head(grid.rows, last_header)  # the head copied in again further down
            for i, (row, place) in enumerate(zip(grid.rows, grid.places)):
                if i <= last_header or i in repeated or header is None:
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
        if split and OTHER_HANDLING not in seen:
            seen[OTHER_HANDLING] = split[0][1]
            _set(out, OTHER_HANDLING, {c.key: _sum(values[c.key] for values, _ in split)
                                       for c in tables.APPLICANT_COLUMNS + (tables.TOTAL,)})
            self.mapper.find(split[0][1], f"2019 版表三的“（六）其他处理”只有一行，原文按 2021 版分 {len(split)} 行印出："
                                          "已相加为一行", "cells")
        for keys, place in seen.items():
            self.at(("applications", *keys), place)
        for keys, node in tables.application_rows(tables.EDITIONS[self.edition]):
            if keys not in seen and not _has(out, keys):
                if parts:  # a table not found at all is one finding (:meth:`_Mapper._missing_tables`), not one a row
                    self.mapper.find(parts[0].place, f"表三没有“{node.label}”一行", "cells")
                _set(out, keys, {c.key: placeholder(f"表三“{node.label}”“{c.label}”")
                                 for c in tables.APPLICANT_COLUMNS})
        return out

    def _applicant_row(self, row, columns: dict, place: str, label: str, zeros: bool = True,
                       of_zeros: Collection[str] = ()) -> dict:
        """The row's cells by column; a row with no figure (``zeros``: it may be one) as 0s; a blank total in a
        column of ``of_zeros`` as a blank cell, no total left out."""
        found = [columns.get(c.key) for c in tables.APPLICANT_COLUMNS + (tables.TOTAL,)]
        if max((j for j in found if j is not None), default=-1) >= len(row):  # which cells are missing is not known
            self.mapper.find(place, f"表三“{label}”一行只有 {len(row)} 格，比表头少，对不上是哪几列：这一行的数字未导入", "cells")
            return {c.key: placeholder(f"表三“{label}”“{c.label}”") for c in tables.APPLICANT_COLUMNS + (tables.TOTAL,)}
        if zeros and None not in found and self.blank_row("表三", label, place, [row[j] for j in found]):
            return {column.key: 0 for column in tables.APPLICANT_COLUMNS + (tables.TOTAL,)}
        values = {}
        for column in tables.APPLICANT_COLUMNS + (tables.TOTAL,):
            j = columns.get(column.key)
            what = f"表三“{label}”“{column.label}”"
            if j is None:
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
        counted = "：已记入“3.其他”一行核对勾稽关系" if self.mapper.blank_as_zero else "：请按原始台账分填 1—3 行"
        self.mapper.find(place, f"2021 版表三的“（六）其他处理”应分三行，原文只印了一行（{printed}）{counted}", "cells")
        for keys, node in tables.application_rows(tables.EDITIONS["2021"]):
            if keys[:2] == OTHER_HANDLING:
                seen[keys] = place
                if self.mapper.blank_as_zero:
                    _set(out, keys, values if keys[-1] == "other" else {c.key: 0 for c in tables.APPLICANT_COLUMNS})
                else:
                    _set(out, keys, {c.key: placeholder(f"表三“（六）{node.label}”“{c.label}”（原文合为一行）")
                                     for c in tables.APPLICANT_COLUMNS})

    # Table 四
    def review(self, parts: list[Grid]) -> dict:
        """Table 四 from its row of 15 figures in the official order, or else each figure by the labels over it and
        before it: the table printed in two (行政复议, 行政诉讼), turned (a row per result) or cut short."""
        rows = [(row[lead:], place, lead) for grid in parts for row, place in zip(grid.rows, grid.places)
                if (lead := _figures_from(row)) is not None]
        if not rows and parts and len(last := parts[-1].rows[-1]) == _REVIEW_CELLS and \
                all(not cell.strip() or cell.strip() in NOTHING for cell in last):
            rows = [(last, parts[-1].places[-1], 0)]  # its row of figures printed blank under the head
        if _review_beside(parts, rows):  # 行政复议's 5 and 行政诉讼's 10 in two tables, as a text file has them
            rows = [(rows[0][0] + rows[1][0], rows[0][1], 0)]
        whole = len(rows) == 1 and len(rows[0][0]) == _REVIEW_CELLS
        labelled = None if whole or not rows else _review_by_labels(parts)
        by_place = whole or (labelled is None and len(rows) == 1 and not rows[0][2]  # a row cut short at its end
                             and len(rows[0][0]) < _REVIEW_CELLS)
        if parts and not (by_place or labelled):
            many = f"这一行有 {len(rows[0][0])} 个" if len(rows) == 1 else f"有 {len(rows)} 行数字"
            self.mapper.find(parts[0].place, f"表四应有一行 15 个数字，原文{many}", "cells")
        out: dict = {}
        for g, (key, label) in enumerate(tables.REVIEW_GROUPS):
            cells = {}
            for k, column in enumerate((*tables.OUTCOMES, tables.TOTAL)):
                what = f"表四“{label}”“{column.label}”"
                found = None
                if labelled:
                    found = labelled.get((key, column.key))
                    if found is None:
                        self.mapper.find(parts[0].place, f"{what}：原文的表中没有这一格", "cells")
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
        return out

def _review_beside(parts: list[Grid], rows: list) -> bool:
    """Whether table 四 came as two tables (set side by side on the page), their merged cells lost (a text file's):
    行政复议 over 5 figures, then 行政诉讼 over 未经复议直接起诉 and 复议后起诉, in this order, over 10."""
    if len(parts) != 2 or [len(cells) for cells, _, _ in rows] != [5, 10] or any(
            sum(_figures_from(row) is not None for row in grid.rows) != 1 for grid in parts):
        return False
    words = [[norm(cell) for row in grid.rows for cell in row] for grid in parts]
    litigation = [norm(label) for _, label in tables.REVIEW_GROUPS[1:]]
    groups = [word for word in words[1] if word in litigation]
    return norm(tables.REVIEW_GROUPS[0][1]) in words[0] and norm(tables.LITIGATION_LABEL) not in words[0] \
        and norm(tables.LITIGATION_LABEL) in words[1] and groups[:2] == litigation


def _captions_in_tables(items: list, edition: str) -> list:
    """``items`` with each of table 二's caption rows (第二十条第（一）项) that came as a paragraph right before a
    table put back as the table's first row: a text file's table row with one (merged) cell has no tab; and a
    table's unit (单位：件) over it left out."""
    captions = {norm(block.caption) for block in tables.EDITIONS[edition].active_disclosure}
    out: list = []
    for item, after in zip(items, [*items[1:], None]):
        if isinstance(item, Para) and isinstance(after, Grid) and norm(item.text) in captions:
            width = len(after.rows[0]) if after.rows else 1
            after.rows.insert(0, [item.text] * width)
            after.places.insert(0, item.place)
            after.spans = ([(0, 0, 1, width)] if width > 1 else []) + [(r + 1, c, rs, cs) for r, c, rs, cs in after.spans]
            continue
        if isinstance(item, Para) and isinstance(after, Grid) and _UNIT.match(item.text):
            continue  # the table's unit (单位：件) over it: no text of the part
        out.append(item)
    return out


def _headings_out_of_tables(items: list) -> list:
    """``items`` with a part's heading set as a table's first row (one cell across it: 二、主动公开政府信息情况) put
    before the table as the heading it is."""
    out: list = []
    for item in items:
        first = item.rows[0] if isinstance(item, Grid) and len(item.rows) > 1 else None
        if first and len(set(first)) == 1 and heading_level(first[0]) == 1 and len(first[0]) <= 40:
            out += [Para(first[0], item.places[0], "heading"), _rows_of(item, 1, len(item.rows), item.place)]
        else:
            out.append(item)
    return out


def _unwrapped(items: list) -> list:
    """``items`` with each layout grid as its cells' lines: a page laid out in a table (a site's sidebar beside the
    article, printed with its borders) holds prose, which no table of the report does; nor is one a single cell (a
    site's title box)."""
    out = []
    for item in items:
        cells = item.lines() if isinstance(item, Grid) else []
        if len(cells) == 1 or any("。" in text and len(text) > 60 for text, _ in cells):
            out += [Para(line, place) for text, place in cells for line in text.split("\n") if line.strip()]
        else:
            out.append(item)
    return out


def _table_key(grid: Grid) -> str | None:
    """Which of tables 二, 三 and 四 ``grid`` is by its head, or None."""
    text = norm("".join("".join(row) for row in grid.rows[:4]))
    review, litigation = "行政复议" in text, any(w in text for w in ("行政诉讼", "直接起诉", "复议后起诉"))
    return ("active_disclosure" if "第二十条" in text else "applications" if "自然人" in text
            else "review_litigation" if review and litigation or (review or litigation) and "结果维持" in text else None)


def _parted(items: list) -> list:
    """``items`` with a grid that runs on from table 三 into table 四's head (行政复议 … 行政诉讼; a text file's
    tables with no line between them) parted there, and a grid no table's head names joined to the grid right
    after it (a table's first head row alone at a page's foot)."""
    items = [*items]
    for i in range(len(items) - 2, -1, -1):
        first, second = items[i], items[i + 1]
        if isinstance(first, Grid) and isinstance(second, Grid) and _table_key(first) is None and len(first.rows) <= 2:
            width = max(len(first.rows[0]), len(second.rows[0]))
            below = [(r + len(first.rows), c, rs, cs) for r, c, rs, cs in second.spans]
            items[i:i + 2] = [Grid([row + [""] * (width - len(row)) for row in first.rows + second.rows],
                                   first.places + second.places, first.place, first.spans + below)]
    out: list = []
    for item in items:
        while isinstance(item, Grid):
            head = norm("".join("".join(row) for row in item.rows[:4]))
            at = next((r for r, row in enumerate(item.rows) if r and "行政复议" in (joined := norm("".join(row)))
                       and "行政诉讼" in joined), None) if "自然人" in head else None
            if at is None:
                break
            out.append(_rows_of(item, 0, at, item.place))
            item = _rows_of(item, at, len(item.rows), item.places[at])
        out.append(item)
    return out


def _rows_of(grid: Grid, start: int, stop: int, place: str) -> Grid:
    """``grid``'s rows ``start`` to ``stop`` as a grid of their own at ``place``, with the merges among them moved up
    to their new rows. A merge crossing the cut is split: each side keeps the part over its own rows (every position
    a merge covers holds its text, so both sides print it), left out where that part is one cell."""
    spans = [(max(r, start) - start, c, min(r + rs, stop) - max(r, start), cs) for r, c, rs, cs in grid.spans]
    return Grid(grid.rows[start:stop], grid.places[start:stop], place,
                [span for span in spans if span[2] > 0 and span[2] * span[3] > 1])


def parted(items: list, is_part) -> tuple[list, list[tuple[Para, list]]]:
    """``items`` before the first part's heading (``is_part``), and each part's heading with the items under it."""
    preamble: list = []
    parts: list[tuple[Para, list]] = []
    for item in items:
        if is_part(item):
            parts.append((item, []))
        elif parts:
            parts[-1][1].append(item)
        else:
            preamble.append(item)
    return preamble, parts


def _columns_in_order(head: list[list[str]]) -> dict | None:
    """Table 三's columns of figures from a head read without its merged cells (a text file's table: 自然人 and
    总计 are not repeated into the last row): when the head names every one, the last columns, in the official order."""
    keys = list(labels.APPLICANT_COLUMNS.values())
    if {labels.APPLICANT_HEADS.get(norm(cell)) for row in head for cell in row} - {None} != set(keys):
        return None
    start = len(head[-1]) - len(keys)
    return {key: start + i for i, key in enumerate(keys)} if start >= 1 else None


def _figures_from(row: list[str]) -> int | None:
    """Where ``row``'s figures begin, after its label cells (数量, 件数, 结果维持 …), or None for a row of no figures."""
    lead = 0
    while lead < len(row) and row[lead].strip() and not _figure(row[lead]):
        lead += 1
    rest = row[lead:]
    if any(c.strip() for c in rest) and all(_figure(c) or not c.strip() or c.strip() in NOTHING for c in rest):
        return lead
    return None


_REVIEW_CELLS = len(tables.REVIEW_GROUPS) * (len(tables.OUTCOMES) + 1)
_REVIEW_COLUMNS = {norm(c.label): c.key for c in (*tables.OUTCOMES, tables.TOTAL)} | {"其它结果": "other", "合计": "total"}


def _review_by_labels(parts: list[Grid]) -> dict[tuple[str, str], tuple[str, str]] | None:
    """Table 四's cells by group and column, each named by the head rows over it (a part without a head has the
    one before) and its row's label cells: None where a figure has no one group or column (a text file's head,
    its merged cells not repeated, names a column's neighbours), or two cells have the same."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    head: list[list[str]] = []
    for grid in parts:
        rows_over: list[list[str]] = []
        for row, place in zip(grid.rows, grid.places):
            lead = _figures_from(row)
            if lead is None:
                rows_over.append(row)
                continue
            if rows_over:
                head, rows_over = rows_over, []
            over = [[norm(r[j]) for r in head if j < len(r)] for j in range(len(row))]
            named = [_review_key(words) for words in over]
            # a cell before the figures is a label, unless the head names its place (a cell cut off by the page)
            labels = [norm(c) for c, key in zip(row[:lead], named) if key is None]
            for j, text in enumerate(row):
                if j < lead and named[j] is None:
                    continue
                key = _review_key(over[j] + labels)
                if key is not None and key not in found:
                    found[key] = text, place
                elif text.strip() or key is not None:
                    return None
    return found or None


def _review_key(words: list[str]) -> tuple[str, str] | None:
    """The one group and column of table 四 that ``words`` name, or None."""
    groups = {_review_group(w) for w in words} - {None}
    columns = {_REVIEW_COLUMNS.get(w) for w in words} - {None}
    return (*groups, *columns) if len(groups) == len(columns) == 1 else None


def _review_group(word: str) -> str | None:
    """The group of table 四 a label names: 复议后起诉, (未经复议)直接起诉, 行政复议 (not the caption naming both)."""
    return ("litigation_after_reconsideration" if "复议后起诉" in word else "litigation_direct" if "直接起诉" in word
            else "reconsideration" if "行政复议" in word and "行政诉讼" not in word else None)


def _figure(text: str) -> bool:
    return bool(_CELL.match(_plain(_without_mark(text)[0].replace("，", ","))))


def _without_mark(text: str) -> tuple[str, str | None]:
    """A cell's figure (0 for one written 零, 〇) and the note's mark typed after it, if any."""
    if len(text.strip()) == 1 and text.strip() in labels.ZERO_WORDS:
        return "0", None
    mark = _NOTE_MARK.search(text)
    return (text[:mark.start()], mark.group(1)) if mark else (text, None)


def _set(tree: dict, keys: tuple, value) -> None:
    for key in keys[:-1]:
        tree = tree.setdefault(key, {})
    tree[keys[-1]] = value


def _zero(tree) -> bool:
    """Whether every value in ``tree`` is 0 (not a placeholder, nor a total left to compute)."""
    return all(map(_zero, tree.values())) if isinstance(tree, dict) else type(tree) is int and tree == 0


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
        return not any(_CELL.match(c) for c in row) and any(
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
