"""The frame of an official document, as the import reads it: the title and its lines, the 主送机关, the 附件说明 and
attachments, the 版记, the closing (署名 organs and 成文日期), and the agency from the title or the closing.

:class:`DocumentMapper` takes these off a :class:`.source.Published`'s items, leaving the body; the annual report
(:mod:`.annual`) and the work summaries and plans (:mod:`.documents`) build on it. Nothing is guessed: a value not
found becomes a 【请填写：…】 :func:`placeholder` and a :class:`Finding` that names its place in the source.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
import typing
from collections import Counter
from dataclasses import dataclass, field

from ..attachments import TITLE_CHARS, parse_date as parse_date, year_pattern
from ..default_plugins.annual_report import tables
from ..errors import NOTE
from ..layout import Geometry
from ..line_breaks import broken, rejoined, set_lines
from ..narrative import SectionItem
from . import labels
from .headings import Renumbered, is_heading, nest, nest_tables
from .labels import SENTENCE_END, heading_level, norm, organ_name, part_heading
from .source import PLAN_OR_SUMMARY, TITLE_WORDING, Grid, Para, Picture, Published, worded, worded_title

#: A year: 2023年, 二〇二三年 (二○二三年, 二零二三年); its group is the year as written, for :func:`.year_value`.
YEAR = re.compile(rf"({year_pattern()})\s*年")
#: A 署名 and its 成文日期 on one line: 某县自然资源局　　2024年1月25日.
_ORGAN_AND_DATE = re.compile(r"^\s*([^\s。；！？，,：:][^。；！？，,：:]{1,30}?)[\s\u3000]+(\S+\s*年.+日|\d{4}[-./]\d{1,2}[-./]\d{1,2})\s*$")
#: A red-head document's 版头 lines: the organ's mark (某县自然资源局文件) and the 发文字号 (某自然资发〔2024〕3号), an upward
#: document's with its 签发人 beside it (某自然资发〔2024〕3号　签发人：王某某　李某某); as web pages print it too, the year in
#: other brackets ([2024], 【2024】), a 第 before the number.
_DOC_NUMBER = re.compile(r"[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】]\s*第?\s*\d+\s*号(?:\s*签\s*发\s*人\s*[:：][^。；，,:：]{1,24})?$")
_MASTHEAD = re.compile(f"{labels.ORGAN_SUFFIX}文件$|{_DOC_NUMBER.pattern}")  # not a site's menu item 政策文件
#: What a 版头 may print over its 标志 (GB/T 9704 §7.2.1-7.2.3): 份号 (000001), 密级和保密期限 (秘密★1年), 紧急程度 (特急).
_OVER_MARK = re.compile(r"\d{6}|(?:绝密|机密|秘密)(?:\s*★.{0,8})?|特急|加急")
#: A red-head document's 版记: 抄送 …, 某局办公室 2024年1月25日印发.
_COPY_TO = re.compile(r"^\s*抄送[:：]")
_IMPRINT = re.compile(f"{_COPY_TO.pattern}|印发\\s*$")
#: A web page's footer: print and close buttons, copyright, the site's registration, its editor (（责任编辑：…）).
WEB_FOOTER = re.compile(r"打印本页|关闭窗口|版权所有|备案号|ICP|技术支持|网站地图|网站标识码|主办单位|^主办[:：]|^【?打印】?$"
                        r"|^(?:责任|[（(【\[［]\s*(?:责任)?)编辑\s*[:：]|^分享到|^扫一扫|^(?:【[^】]{1,8}】\s*)+$")
#: The title of a site's line of links (相关链接：, 友情链接：, 延伸阅读：), which the HTML reader finds beside its <a>s.
LINKS_TITLE = r"(?:相关|友情|更多|推荐|延伸|热点|热门)\w{0,6}[:：]"
#: Such a line as text (its links' addresses gone: a copy, a printed page): the title, then names parted by bars or
#: spaces, none a sentence.
_LINKS_LINE = re.compile(rf"\s*{LINKS_TITLE}[\s|｜·•/]*(?:[^\s。；;！？，,:：|｜]{{2,40}}(?:[\s|｜·•/]+|$))+")
#: A document's line giving only the date it was published (发布日期：2020年3月20日, 发布时间：2020-03-20 09:30).
_DATE_ONLY = re.compile(r"\s*(?:发布|印发|公开)?(?:日期|时间)\s*[:：]\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
                        r"\d{4}[-./]\d{1,2}[-./]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*")
#: The first line of an attachment: 附件, 附件1, 附件：…, 附表：…, 附：….
ATTACHMENT = re.compile(r"^\s*附(?:\s*[件表]\s*\d*\s*(?:[:：]|$)|\s*[:：])")
#: A 附件 line with nothing after its number: an attachment's mark (附件, 附件2), no 附件说明.
_MARK_ALONE = re.compile(r"\s*附\s*件\s*\d*\s*")
#: An item of the 附件说明 after its first: 2.情况说明.
NOTE_ITEM = re.compile(r"^\s*\d+\s*[.．、]")
#: Attachments printed as a last part of their own (七、附件), over their files' names.
_ATTACHMENT_PART = re.compile(r"^\s*[一二三四五六七八九十]+\s*[、.．]\s*附\s*件\s*(?:[:：]|$)")
#: A line naming an attachment's file: 1. 某县统计表.xlsx, 附件2：情况说明.pdf.
_FILE_NAME = re.compile(r"\.(?:xlsx?|docx?|wps|et|pdf|ofd|zip|rar|7z|csv|jpe?g|png)\s*[)）]?\s*$", re.IGNORECASE)
#: Spaces beside a Chinese character, which a title never has: a line break a cell read as a space, letter-spacing.
_SPACED_HAN = re.compile(r"[ \u3000\xa0]+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])[ \u3000\xa0]+")
#: What a title says a document is, when it is no report.
OTHER_KIND = re.compile(rf"{PLAN_OR_SUMMARY}|通知|意见|办法|规定|细则")
#: The line some offices print over a 署名 that a page holds alone: no text of the document.
_NO_TEXT_PAGE = re.compile(r"\s*[（(]\s*此\s*页\s*无\s*正\s*文\s*[)）]\s*")
#: At most this many characters, such a note is one.
_REMARK_LENGTH = 200
#: A line whose name goes on in the next (某某县乡村振兴和 / 农业农村局).
WRAPPED_NAME = re.compile(r"[和及、]$")
#: A title that names no agency before its year: 2023年政府信息公开工作年度报告, 关于2016年…, 关于印发2024年…的通知.
#: How the first line of a title broken before what it is about ends: 某县交通运输局关于印发, 某局关于, or 某县人民政府办公室
#: 关于印发某县 (broken by width inside the name it sends, no 》 closing it).
_ABOUT_END = re.compile(r"^[^。；，,：:>＞]+关于(?:(?:印发|转发|批转)[^。；，,：:>＞》]{0,12})?$")
_NO_AGENCY = re.compile(rf"\s*(?:关于(?:印发|转发|批转)?)?\s*{YEAR.pattern}")
#: How a 主送机关 ends: an organ's name, or a group of them (局属各单位, 县政府各部门, 各乡镇、街道).
_ADDRESSEE = re.compile(rf"(?:{labels.ORGAN_SUFFIX}|单位|部门|机构|乡镇|街道|股室|科室)$")
#: A web page's line under the title: its date, hit count, source, font-size switch (字号, 字体：大 中 小), a row of its
#: buttons alone (【打印】【关闭】 set as text, their script added by the page).
_WEB_META = re.compile(r"发布时间|发布日期|浏览|点击|来源[:：]|字号|字体\s*[:：]?\s*[【\[]?\s*大|^\s*时间[:：]"
                       r"|^\s*\d{4}-\d{1,2}-\d{1,2}|^(?:\s*[【\[][^】\]]{1,8}[】\]])+\s*$")


@dataclass
class Finding:
    """Something the import could not map: ``place`` in the source, ``message`` in Chinese, ``rule`` for summaries;
    ``published``: the message as ``check`` says it of the published report, where ``message`` advises on the data;
    ``severity``: ``check``'s, where it is not its rule's (a 2008 list not adding up is the error the data's rule
    reports)."""

    place: str
    message: str
    rule: str
    published: str | None = None
    severity: str | None = None


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
    #: A red-head document's 版头 and 版记 as printed, top down: each line, with the finding that left it out (the
    #: 版记's lines share one). ``reportkit import`` offers them to the plugins (hook ``read_masthead``).
    masthead: list[tuple[str, Finding]] = field(default_factory=list)
    imprint: list[tuple[str, Finding]] = field(default_factory=list)
    #: Where each line of :attr:`masthead` and :attr:`imprint` was, in their order (:meth:`line_place`).
    line_places: dict[str, list[str]] = field(default_factory=lambda: {"masthead": [], "imprint": []})

    def line_place(self, part: str, message: str) -> str:
        """Where a plugin's finding on the ``part`` (``masthead`` or ``imprint``) it reads belongs: the line of that part
        holding a value the ``message`` quotes (版头的“……”, 发文字号“……”; spaces aside, as the plugin reads the lines),
        else the part's first line, or the other part's where that one was not found."""
        quoted = [q for q in (re.sub(r"\s+", "", q) for q in re.findall("“([^”]+)”", message)) if q]
        part = part if {"masthead": self.masthead, "imprint": self.imprint}.get(part) else \
            "masthead" if self.masthead else "imprint"
        lines, places = getattr(self, part), self.line_places[part]
        found = next((k for k, (line, _) in enumerate(lines) if any(q in re.sub(r"\s+", "", line) for q in quoted)), None)
        return places[found] if found is not None and found < len(places) else lines[0][1].place

    def place(self, path: tuple) -> str:
        """Where in the source the data at ``path`` came from (its table row, its paragraph), or "": the place of
        ``path`` or of its nearest ancestor that has one."""
        return next((self.places[path[:n]] for n in range(len(path), 0, -1) if path[:n] in self.places), "")


def placeholder(what: str) -> str:
    """What the data holds for ``what`` where the source gives no value: 【请填写：…】."""
    return f"【请填写：{what}】"


class DocumentMapper:
    """Takes a document's frame off its items (:attr:`items`, then the body), into :attr:`out` (its :attr:`data`)."""

    def __init__(self, published: Published, kind: str):
        self.out = Imported({"kind": kind})
        self.data = self.out.data
        self.published = published
        for place, message in published.unread:
            self.find(place, message, "unread")
        for finding in published.findings:
            self.find(*finding)
        self.items = self._bare_dates(self._first_article(_unwrapped(self._without_asides(published.items))))
        self.page_title = published.page_title
        self.undated: Para | None = None  # a 成文日期 line without its day (2024年1月), taken off at the end
        #: The attachments after the 成文日期, as the data writes them (:meth:`without_attachments`).
        self.attachments: list[dict] = []
        #: The titles of attachments the kind reads itself (a work plan's task table), as a 附件说明 names them.
        self.attached: list[str] = []
        #: The lines of the 附件说明 over the 署名, taken off the items (:meth:`_note_off`).
        self.note: list[Para] = []
        #: Where the 附件说明 stood, as its finding says: over the 署名 and 成文日期, or at the text's end without them.
        self.note_where = "署名前的"
        #: An annual report's statistics tables printed as an attachment, with the attachment's mark and the paragraphs
        #: between them (captions, a table's lead-in): its mapper files the tables as its tables.
        self.statistics: list[Grid | Para] = []

    def _without_asides(self, items: list) -> list:
        """``items`` without the text printed beside the article (a site's navigation), each page's in one finding;
        and without a page's number or a site's buttons that a copy set among a table's rows (role ``junk``) or inside a
        sentence (``junk-in-sentence``), or a page's number or running head alone between paragraphs (``page-number``,
        ``running-head``)."""
        for item in items:
            if isinstance(item, Para) and item.role == "aside":
                self.find(item.place, f"文章旁边一栏的“{short(item)}”未导入（网页打印时带上的导航栏等）", "skipped")
            elif isinstance(item, Para) and item.role == "junk":
                self.find(item.place, f"表格中间的“{short(item)}”未导入（复制时夹进表格的页码或网页的按钮、页脚），"
                                      "表格照常接着读", "skipped")
            elif isinstance(item, Para) and item.role == "page-number":
                self.find(item.place, f"页码“{short(item)}”未导入（打印或导出的页面在两段之间留下的页码）", "skipped")
            elif isinstance(item, Para) and item.role == "running-head":
                self.find(item.place, f"页眉“{short(item)}”未导入（复制的页面每页重复印的一行）", "skipped")
            elif isinstance(item, Para) and item.role == "junk-in-sentence":
                self.find(item.place, f"句子中间的“{short(item)}”未导入（复制时夹进句子的页码或网页的按钮、页脚），"
                                      "前后两行接成一句", "skipped")
            elif _NO_TEXT_PAGE.fullmatch(_text_of(item)):
                self.find(item.place, f"“{_text_of(item).strip()}”未导入（署名单独成页时页首的说明；reportkit 排版时署名不单独成页）",
                          "skipped")
        return [item for item in items if not (isinstance(item, Para) and (
            item.role in ("aside", "junk", "junk-in-sentence", "page-number", "running-head") or _NO_TEXT_PAGE.fullmatch(item.text)))]

    def _bare_dates(self, items: list) -> list:
        """``items`` with a 成文日期 whose 年, 月 and 日 were lost (digits alone under a 署名: “2018625”, a page's
        characters set as pictures) written as the one date it can be, in a finding; digits that can be two dates
        (“2018111”) are left as they are."""
        for i, (above, item) in enumerate(itertools.pairwise(items), 1):
            if isinstance(above, Para) and isinstance(item, Para) and organ_name(above.text.strip(), ending=True) \
                    and (date := _bare_date(item.text)):
                items[i] = Para(f"{date.year}年{date.month}月{date.day}日", item.place, item.role)
                self.find(item.place, f"成文日期“{item.text.strip()}”没有年、月、日，已读作“{items[i].text}”：请照原件核对",
                          "metadata")
        return items

    def _first_article(self, items: list) -> list:
        """The items up to the second article of a page that collects several (第二篇：…): the first is imported,
        the others named in one finding; each is a report of its own, with its own date."""
        marks = [i for i, item in enumerate(items) if isinstance(item, Para) and labels.ARTICLE.match(item.text)]
        later = [i for i in marks if i != marks[0] or any(isinstance(x, Grid) or "。" in x.text for x in items[:i])]
        if not later:
            return items
        cut = later[0]
        titles = "、".join(f"“{short(items[i])}”" for i in marks if i >= cut)
        self.find(items[cut].place, f"这个文件收了不止一篇文章，只导入了第一篇；从这里起的{titles}未导入："
                                    "请把每一篇另存为一个文件再导入", "sections")
        return items[:cut]

    def find(self, place: str, message: str, rule: str, published: str | None = None,
             severity: str | None = None) -> Finding:
        self.out.findings.append(Finding(place, message, rule, published, severity))
        return self.out.findings[-1]

    def nest(self, paras: list[Para], level: int = 2, path: tuple = ()) -> list:
        """:func:`.headings.nest` of ``paras`` at ``path``, a warning at each heading a render numbers otherwise than
        it is written (:meth:`renumbered`)."""
        renumbered: list[Renumbered] = []
        items = nest(paras, level, self.out.places, path, renumbered, self.published)
        self.renumbered(renumbered)
        return items

    def nest_tables(self, items: list, located: dict, level: int = 2) -> list:
        """:func:`.headings.nest_tables` of ``items``, a warning at each heading a render numbers otherwise than it is
        written (:meth:`renumbered`)."""
        renumbered: list[Renumbered] = []
        content = nest_tables(items, located, level, renumbered, self.published)
        self.renumbered(renumbered)
        return content

    def renumbered(self, headings: list[Renumbered], what: str = "小标题") -> None:
        """A warning at each of ``headings`` (:func:`.headings.nest`'s ``renumbered``; ``what`` they are), with the
        number it is given and why: once for a run of headings shifted alike, at its first."""
        for heading in headings:
            text = heading.para.text.strip()
            if heading.why == "countless":
                said = f"{what}“{text}”的编号“{_number_of(text)}”不是序号的写法"
                self.find(heading.para.place, f"{said}，已按它所在的位置导入，重新排版时编为“{heading.number}”：请核对原件",
                          "sections", f"{said}：请核对原件")
                continue
            written = _number_of(text)
            said = f"{what}“{text}”的编号是“{written}”"
            before = short(heading.before) if heading.before else ""
            why = {"skipped": f"原文跳过了{_quoted(heading.missed)}",
                   "repeated": f"原文与上一个{what}“{before}”同号",
                   "back": f"原文在上一个{what}“{before}”之后又从“{written}”编起",
                   "first": f"原文这一组{what}从“{written}”编起",
                   "paragraph": f"前面的“{before}”作为一段文字导入，不占编号",
                   }.get(heading.why)
            why = f"（{why}）" if why else ""
            after = ""
            if heading.following:
                after = (f"；其后的{_quoted([_number_of(para.text.strip()) for para, _ in heading.following])}"
                         f"也随之编为{_quoted([number for _, number in heading.following])}")
            self.find(heading.para.place, f"{said}，按它所在的位置重新排版时编为“{heading.number}”{why}{after}：请核对原件",
                      "sections", f"{said}{why}：请核对原件")

    def twice(self, heading: Para, items: list) -> None:
        """A part's heading found again after its part was read: the part under it is not imported, and the finding
        counts what stands under it (a copy repeating a heading with its text was read as one line said twice)."""
        tables = sum(isinstance(i, Grid) for i in items)
        under = "、".join(f"{n} {what}" for n, what in ((len(items) - tables, "段文字"), (tables, "个表格")) if n)
        self.find(heading.place, f"“{heading.text}”出现了两次，只导入了第一次" + (
            f"：第二次之下的 {under}未导入，要保留的请移到第一次之下" if under else ""), "sections")

    def masthead_off(self, place: str, text: str, message: str = "") -> None:
        """A line of the 版头 (``text``: one or more lines) left out, in a finding (``message``, else one quoting it
        before the title), and kept in :attr:`Imported.masthead`, for a plugin to read (a 发文字号 under the title too)."""
        finding = self.find(place, message or f"标题之前的版头“{text}”未导入", "skipped")
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        self.out.masthead += [(line, finding) for line in lines]
        self.out.line_places["masthead"] += [place] * len(lines)

    def title(self, missing: str | None = "××××年政府信息公开工作年度报告") -> tuple[str, str]:
        """The title: the centered lines at the top, or (a web page's text, where nothing is centered) the
        first line worded like one; what stands before it, and a web page's date and hit count after it,
        are left out with a finding. Without one, a finding says a title like ``missing`` was looked for (none
        with ``missing`` None: the caller says what is printed instead)."""
        lines, place = [], "文首"
        at: list[str] = []  # each line's place, for a 版头's lines among them
        starts = [i for i, item in enumerate(self.items) if isinstance(item, Para) and not _web_meta(item)
                  and item.role != "link" and (item.role in ("title", "centered") or is_heading(item)
                                               or self._worded_lines(i))]
        first = self._report_title(starts) if starts else 0
        untitled = (first < len(self.items) and isinstance(self.items[first], Para) and is_heading(self.items[first])
                    and self.items[first].role != "title")
        kept = []
        masthead = self._masthead_before(first)
        for k, skipped in enumerate(self.items[:first]):  # a web page's navigation, a header line
            if untitled and isinstance(skipped, Para) and ("。" in skipped.text or len(skipped.text) > 60):
                kept.append(skipped)  # no title at all: the sentences before the first part are the preamble
            elif k in masthead:
                self.masthead_off(skipped.place, skipped.text, f"标题之前的版头“{short(skipped)}”未导入")
            else:
                self.find(skipped.place, f"标题之前的“{short(skipped)}”未导入", "skipped")
        self.items[:first] = kept  # none of them is a title or a web page's date line: the steps below pass them
        if self.items and isinstance(self.items[0], Para) and self.items[0].role not in ("title", "centered"):
            for _ in range(self._worded_lines(0)):
                item = self.items.pop(0)
                place = place if lines else item.place
                lines.append(item.text)
                at.append(item.place)
        while self.items and isinstance(self.items[0], Para) and self.items[0].role in ("title", "centered") \
                and not heading_level(self.items[0].text) and not (lines and _signed_under(self.items)):
            again = _title_again(lines, self.items) if lines else 0
            if again:  # the site's title bar, then the article's own title (its lines each an item, <br> parted)
                self.find(self.items[0].place, "标题在网页上印了两次，只导入一次", "skipped")
                del self.items[:again]
                continue
            item = self.items.pop(0)
            if _web_meta(item):  # a site's date line between its title bar and the article's own title, or under it
                where = "之间" if self.items and isinstance(self.items[0], Para) \
                    and self.items[0].role in ("title", "centered") else "之后"
                self.find(item.place, f"标题{where}的{self._meta_line(item)}“{short(item)}”未导入", "skipped")
            else:
                place = place if lines else item.place
                lines += item.text.split("\n")  # a title's lines read as one (a PDF's, a DOCX's breaks): each a line
                at += [item.place] * len(item.text.split("\n"))
        number = next((k for k, line in enumerate(lines[:4]) if _DOC_NUMBER.search(line)), -1)
        for _ in range(number + 1 if number < len(lines) - 1 else 0):  # a 标志 in two lines, then the 发文字号
            self.masthead_off(at.pop(0), lines.pop(0))
        while len(lines) > 1 and (lines[1].startswith(lines[0]) or _MASTHEAD.search(lines[0])):
            self.masthead_off(at.pop(0), lines.pop(0))  # a red-head document's 版头
        if not lines and worded_title(page := re.split(r"\s*[-_|－—–]\s*", self.page_title)[0].strip()):
            lines = [page]
            self.find("文首", f"正文没有标题，标题“{page}”取自网页的标题栏：请核对", "metadata")
        if not lines and missing:
            self.find("文首", f"没有找到标题（文首居中的“{missing}”）", "metadata")
        signed = lines and _signed_under(self.items)  # the web page's date line may come below a 署名 under the title
        below = self.items.index(signed[1]) + 1 if signed else 0
        while len(self.items) > below and isinstance(self.items[below], Para) and _web_meta(self.items[below]):
            skipped = self.items.pop(below)
            self.find(skipped.place, f"标题之后的{self._meta_line(skipped)}“{short(skipped)}”未导入", "skipped")
        # the site's title bar and date line, then the article's own title: centred, in lines of its own (某市司法局<br>
        # 2023年…报告), or not centred (a page's text)
        again = lines and (_title_again(lines, self.items)
                           or int(bool(self.items) and isinstance(self.items[0], Para) and _same_title(lines, self.items[0])))
        if again:
            self.find(self.items[0].place, "标题在网页上印了两次，只导入一次", "skipped")
            del self.items[:again]
        return rejoined([_SPACED_HAN.sub("", part) for line in lines for part in line.split("\n")], "\n"), place

    def _meta_line(self, item: Para) -> str:
        """What a line about the document under its title (:func:`web_meta`) is called in a finding: a document's
        (DOCX, PDF) date alone is its 发布日期行; the rest, and a web page's or its text copy's, the page's 网页信息."""
        web = re.search(r"\.(?:html?|txt)$", self.published.file, re.I)
        return "网页信息" if web or not _DATE_ONLY.fullmatch(item.text) else "发布日期行"

    def _masthead_before(self, first: int) -> set[int]:
        """Which items before ``first`` are a 版头's lines: worded as one (:data:`_MASTHEAD`), or right above one an
        organ's name (a 标志's first line, a joint document's organs without 文件) or a 份号, 密级 or 紧急程度."""
        found: set[int] = set()
        for k in range(first - 1, -1, -1):
            item = self.items[k]
            text = item.text.strip() if isinstance(item, Para) else ""
            if text and (_MASTHEAD.search(text) or k + 1 in found and (
                    organ_name(text, ending=True) or WRAPPED_NAME.search(text) or _OVER_MARK.fullmatch(text))):
                found.add(k)
        return found

    def _report_title(self, starts: list[int]) -> int:
        """Where the title begins among ``starts``: the first, unless a line worded like a title comes later, before
        the first part (a site's own title, its <h1>, over the page), with the title lines right above it. A line
        worded like a report's title goes before one worded like a plan's (a site's list of its documents), and one set
        as a title (centred) before one that is not (a link to last year's report in a page's navigation, printed).
        A centred line right above is the title's only where it is part of it: the agency's name over a title that
        starts with the year (a name may end in a bracket, or go on in a bracket on the next line), the first line
        of a name wrapped after 和, or a red-head document's 版头 over its 发文字号 (left out below); not a site's menu
        (首页, 政务公开 …) beside the article of a page saved as a document."""
        heading = next((i for i in starts if is_heading(self.items[i])), len(self.items))
        titled = [i for i in starts if i < heading and self._worded_lines(i)]
        if not titled:
            return starts[0]
        reports = [i for i in titled
                   if TITLE_WORDING.search("".join(x.text.strip() for x in self.items[i:i + self._worded_lines(i)]))]
        set_as_title = [i for i in reports or titled if self.items[i].role in ("title", "centered")]
        first = (set_as_title or reports or titled)[0]
        masthead = False
        while first > starts[0] and self.items[first - 1].role in ("title", "centered") and first - 1 in starts:
            above = self.items[first - 1].text.strip()
            masthead = masthead or bool(_DOC_NUMBER.search(above))
            below = self.items[first].text.strip()
            if not (masthead or WRAPPED_NAME.search(above) or organ_name(above.removesuffix("关于").rstrip("）)"), ending=True)
                    and (_NO_AGENCY.match(below) or below.startswith(("（", "(")))):
                break
            first -= 1
        return first

    def _worded_lines(self, i: int) -> int:
        """1 when the line at ``i`` is worded like a title, 2 when it is with the next (a title wrapped in two
        lines, neither a title alone, or the two lines of one paragraph), 3 with the two next (a long title a PDF's
        copy has in three lines), else 0."""
        lines = self.items[i:i + 2]
        if not all(isinstance(x, Para) for x in lines):
            return 0
        texts = [x.text.strip() for x in lines]
        if worded_title(texts[0]):
            return 1
        if len(texts) == 2 and organ_name(texts[0], ending=True) and _NO_AGENCY.match(texts[1]) and worded_title(texts[1]):
            return 2  # the agency's name over a title that starts with its year, in plain lines (a page's text)
        if len(texts) == 2 and all(len(t) <= 40 and not worded(t) for t in texts) \
                and worded_title("".join(texts)):
            return 2
        if len(texts) == 2 and len(texts[0]) <= 40 and _ABOUT_END.search(texts[0]) and worded_title("".join(texts)):
            return 2  # a notice's title broken after its 关于印发 (某局关于印发 / 2024年……要点的通知), no title alone
        if len(texts) == 2 and lines[0].place == lines[1].place and len(texts[0]) <= 40 \
                and worded_title("".join(texts)):
            return 2  # one paragraph, the agency over the rest after a line break (a heading style, not centred)
        return self._wrapped_title(i)

    def _wrapped_title(self, i: int) -> int:
        """2 or 3 when the lines from ``i`` are a title wrapped where its last line alone reads as one (某局2016年政府
        信息公开 / 工作总结和2017年工作计划, a PDF's copy): the lines above it no title, no sentence and no date, and
        the title's year in them (a site's menu over a page's title names none); none where a line starts the next (a
        page's line of the agency's name over the title's own: 某局 / 某局2009年政府信息 / 公开工作年度报告)."""
        for n in (2, 3):
            lines = self.items[i:i + n]
            if len(lines) < n or not all(isinstance(x, Para) and x.role != "link" for x in lines):
                return 0
            texts = [x.text.strip() for x in lines]
            above = texts[:-1]
            if any(len(t) > 40 or worded(t) or _dated(t) or _web_meta(x) for t, x in zip(above, lines)) \
                    or worded_title("".join(above)) \
                    or any(below.startswith(line) for line, below in zip(texts, texts[1:])):
                return 0
            if YEAR.search("".join(above)) and worded_title("".join(texts)):
                return n
        return 0

    def addressee(self) -> None:
        """主送机关: a short line right below the title ending in a full-width colon (GB/T 9704 §7.3.2); not a lead-in
        (现将本镇2012年度政府信息公开工作情况报告如下：)."""
        first = self.items[0] if self.items else None
        if isinstance(first, Para) and first.text.endswith(("：", ":")) and not heading_level(first.text) \
                and not first.text[:-1].endswith("如下") \
                and (len(first.text) <= 40 and not any(c in first.text for c in "。；，,") or _addressees(first.text[:-1])):
            self.data["addressee"] = self.items.pop(0).text[:-1]

    def without_attachments(self, sent: bool = False) -> None:
        """A red-head document's 版记 (抄送, 印发) is not the document's: left out, in a finding (its lines kept in
        :attr:`Imported.imprint`). The attachments after the 成文日期 (from its first 附件 line; in a document ``sent``
        as a notice's attachment, which has no 成文日期 of its own, from a 附件 line alone: 附件2) are taken off into
        :attr:`attachments`, one for each 附件 line (:meth:`_attachment`); where they are only a web page's links to
        files, they are left out (rule ``skipped``), as a web page's footer after them is. The 附件说明 over the 署名 is
        taken off first (:meth:`_note_off`): its names join an attachment's title that a text copy broke over two
        lines."""
        start = self._imprint_start()
        if start < len(self.items):
            finding = self.find(self.items[start].place, "文末的版记（抄送、印发机关和印发日期）未导入", "skipped")
            texts = [(text, place) for item in self.items[start:]
                     for text, place in ([(item.text, item.place)] if isinstance(item, Para) else item.lines())]
            lines = [(line.strip(), place) for text, place in texts for line in text.split("\n") if line.strip()]
            self.out.imprint = [(line, finding) for line, _ in lines]
            self.out.line_places["imprint"] = [place for _, place in lines]
            del self.items[start:]
        for i, item in enumerate(self.items):
            if not isinstance(item, Para) or not ATTACHMENT.match(item.text):
                continue
            if any(isinstance(x, Para) and _dated(x.text) for x in self.items[max(i - 2, 0):i]) or self._after_note(i) \
                    or sent and _MARK_ALONE.fullmatch(item.text):
                rest = self.items[i:]
                del self.items[i:]
                noted = self._note_off()
                kept = len(rest)
                while kept > 1 and isinstance(rest[kept - 1], Para) and (rest[kept - 1].role == "link" or site_footer(
                        rest[kept - 1].text)):  # a site's links and footer
                    kept -= 1
                if all(isinstance(x, Para) and x.role == "link" for x in rest[:kept]):  # files, no text lost
                    self.find(item.place, f"成文日期之后的附件（从“{short(item)}”起{_linked(rest)}）未导入", "skipped")
                    return
                for footer in rest[kept:]:
                    self._footer_off(footer)
                footed = kept < len(rest)
                del rest[kept:]
                self._attachments_in(rest, footed, noted)
                return
            if end := self._attachment_over_signature(i):
                rest = self.items[i:end]
                del self.items[i:end]
                self.find(item.place, f"署名之前的“{short(item)}”和其下的表格是附件，已作为附件导入（重新排版时印在成文日期"
                                      "之后）：请核对", "attachments", severity=NOTE)
                self._attachments_in(rest, False, self._note_off())
                return
        self._note_off()

    def _attachments_in(self, items: list, footed: bool, noted: set[str]) -> None:
        """Each attachment among ``items`` (from each 附件 line, the first item one) into :attr:`attachments`
        (:meth:`_attachment`); ``footed``, ``noted``: as :meth:`_pictures_after` and :meth:`_attachment` take them."""
        marks = [k for k, x in enumerate(items) if k == 0 or isinstance(x, Para) and ATTACHMENT.match(x.text)
                 and len(x.text) <= 60 and not SENTENCE_END.search(x.text)]
        pictures = self._pictures_after(items, marks, footed)
        for n, (k, end) in enumerate(zip(marks, marks[1:] + [len(items)])):
            self._attachment(items[k:end], pictures[n], noted)

    def _attachment_over_signature(self, i: int) -> int | None:
        """Where the 署名 begins under an attachment printed over it rather than after the 成文日期 (None: not one):
        the short 附件 line at ``i`` (附件：…统计表, 附表), at most two lines of its title, then tables alone down to
        the 署名 (its organs' names) and the 成文日期; none of them a statistics table (表二, 表三, 表四), which the
        part they follow reads."""
        last, organ = self._dated_at()
        if last is None or last <= i or len(self.items[i].text) > 60 or SENTENCE_END.search(self.items[i].text):
            return None
        end = last if organ else self._signed_from(last, self.items[last])
        while end > i and isinstance(self.items[end - 1], Para) and organ_name(self.items[end - 1].text.strip(),
                                                                               ending=True):
            end -= 1
        body = self.items[i + 1:end]
        titles = 0
        while titles < min(len(body), 2) and title_line(body[titles]):
            titles += 1
        grids = body[titles:]
        return end if grids and all(isinstance(x, Grid) and not table_key(x) for x in grids) else None

    def _after_note(self, i: int) -> bool:
        """Whether the 附件 line at ``i`` follows a 附件说明 (附件：1.… and its short lines), as in a document printed
        without a 署名 and 成文日期: it starts the attachments. Not where it, or a line of the note, only names a file."""
        if _names_a_file(self.items[i]):
            return False
        for k in range(i - 1, max(i - 13, -1), -1):
            line = self.items[k]
            if not isinstance(line, Para) or len(line.text) > 60 or "。" in line.text or _names_a_file(line):
                return False
            if ATTACHMENT.match(line.text):
                return bool(ATTACHMENT.sub("", line.text).strip())
        return False

    def _pictures_after(self, items: list, marks: list[int], footed: bool) -> list[list[str]]:
        """The places of the source's pictures under each attachment (``items`` from each of ``marks``), by where the
        reader found them among its items. Where a web page's footer follows (``footed``), a picture after the last
        item is the site's (its logo, a 二维码 over the footer's lines): left out, in a finding."""
        at = {id(item): k for k, item in enumerate(self.published.items)}
        starts = [at.get(id(items[k])) for k in marks]
        last = at.get(id(items[-1]))
        out: list[list[str]] = [[] for _ in marks]
        for picture in self.published.pictures:
            if footed and last is not None and picture.at > last:
                self.find(picture.place, "文末网页页脚里的图片未导入（网站的标志、二维码等）", "skipped")
                continue
            n = next((n for n in range(len(marks) - 1, -1, -1) if starts[n] is not None and starts[n] < picture.at), None)
            if n is not None:
                out[n].append(picture.place)
        return out

    def _attachment(self, items: list, pictures: list[str], noted: set[str]) -> None:
        """One attachment (``items`` from its 附件 line) into :attr:`attachments`: its title (after the 附件 line's
        colon, or the next short line), the paragraphs and headings up to its table its ``content``, the table its
        ``table``, the paragraphs after it its ``notes``. What the data cannot hold (a second table, a picture, an
        attachment of only its title or its files' names) is named in a finding of rule ``attachments``; ``noted``: the
        names the 附件说明 gives (:meth:`_note_off`), by which a text copy's title goes on. One of only
        links to files is left out (rule ``skipped``). An annual report's attachment holding its statistics tables is
        none: its tables go to :attr:`statistics`."""

        mark, body = items[0], [x for x in items[1:] if not isinstance(x, Grid) or any(map(any, x.rows))]
        if body and all(isinstance(x, Para) and x.role == "link" for x in body):
            self.find(mark.place, f"成文日期之后的附件（从“{short(mark)}”起{_linked(items)}）未导入", "skipped")
            return
        if all(_names_a_file(x) for x in body) and (body or _FILE_NAME.search(mark.text)):
            self._about_attachment(mark.place, f"成文日期之后的附件（从“{short(mark)}”起）只写了文件名，未导入",
                                   "需要时请在 attachments 下补写")
            return
        path = ("attachments", len(self.attachments))
        title, body = self._attachment_title(mark, body, noted)
        if self.data["kind"] == "annual-report" and any(isinstance(x, Grid) and table_key(x) for x in body):
            self.statistics += [mark, *body]
            self.attached.append(title)
            texts = [x for x in body if isinstance(x, Para)]
            left = f"成文日期之后的附件（从“{short(mark)}”起）印的是统计表，不作为附件导入：其中的表格按正文的统计表读" \
                + (f"，其余 {len(texts)} 段文字（表题等）未导入" if texts else "")
            self.find(mark.place, left + ("：需要时请写进相应的部分" if texts else ""), "attachments", left)
            for place in pictures:
                self._about_attachment(place, f"印统计表的附件里的图片（{place}）未导入", "需要时请把图片里的内容写进相应的部分")
            return
        named = f"附件“{title}”" if title else f"“{short(mark)}”"
        if not title:
            title = placeholder("附件标题")
            self._about_attachment(mark.place, f"{named}下面没有找到附件的标题", "已留占位，请照原件填写 title")
        body = [Para(x.data(), x.place) if isinstance(x, Grid) and len(x.rows) == 1 else x for x in body]
        grids = [k for k, x in enumerate(body) if isinstance(x, Grid)]
        for k in grids[1:]:
            self.without_cell_findings(body[k])
            self._about_attachment(body[k].place, f"{named}的第二个表格（{short(body[k])}）未导入",
                                   "一个附件只能有一个表格，需要时请把它另写成一个附件的 table")
        for place in pictures:
            self._about_attachment(place, f"{named}里的图片（{place}）未导入", "需要时请把图片里的内容写进这个附件")
        cut = grids[0] if grids else len(body)
        before = [x for x in body[:cut] if isinstance(x, Para)]
        after = [x for x in body[cut + 1:] if isinstance(x, Para)]
        if not before and not grids:
            self._about_attachment(mark.place, f"成文日期之后的{named}没有文字，也没有表格，未导入",
                                   "需要时请在 attachments 下补写")
            return
        attachment: dict = {"title": title}
        self.out.places[path] = mark.place
        if before:
            attachment["content"] = self.nest(before, 1, path + ("content",))
        if grids:
            grid = body[cut]
            attachment["table"] = grid.data()
            self.out.places[path + ("table",)] = grid.place
            self.out.places.update({path + ("table", "rows", r): place for r, place in enumerate(grid.places[1:])})
        if after:
            attachment["notes"] = [x.text for x in after]
            self.out.places.update({path + ("notes", k): x.place for k, x in enumerate(after)})
        self.attachments.append(attachment)

    def _attachment_title(self, mark: Para, body: list, noted: set[str]) -> tuple[str, list]:
        """An attachment's title, after its 附件 line's colon, or else its next short line (with the lines set as a
        title under it: a title of two lines; in a text copy, which keeps no centring, the lines that together are
        a name the 附件说明 gives, one of ``noted``, or an organ's name over a line that starts with the year: 某局 /
        2018年……分解表); "" when neither is one. And the items after it."""
        written = ATTACHMENT.sub("", mark.text).strip()
        if written:
            return _SPACED_HAN.sub("", written), body
        lines = 0
        while lines < len(body) and title_line(body[lines]) \
                and (not lines or body[0].role in ("title", "centered") and body[lines].role == body[0].role):
            lines += 1
        if lines == 1 and body[0].role not in ("title", "centered"):
            more = 1
            while more < min(len(body), 3) and title_line(body[more]):
                more += 1
                if attachment_name_key("".join(x.text for x in body[:more])) in noted or more == 2 and organ_name(
                        body[0].text.strip(), ending=True) and _NO_AGENCY.match(body[1].text):
                    lines = more
        title = rejoined([_SPACED_HAN.sub("", part) for x in body[:lines] for part in x.text.split("\n")])
        return title, body[lines:]

    def pictures(self, text: list, name: str, said: tuple[Picture, ...] = ()) -> None:
        """Each picture among the items of ``text`` (from under the title to over the 署名), in a finding: ``name``'s
        data has no place for pictures. Not one over the title (a site's logo), right after the text (a seal over the
        署名 and 成文日期, which a PDF prints above them; a site's footer image), after the 署名 (an attachment's, named by
        :meth:`_attachment`), beside a line that is not the text's (a seal on the 署名), in a table that is not (a seal
        in a 署名 table, :meth:`_signature_table`), nor one ``said`` in another finding."""
        inside, lines = self.within(text)
        if not inside:
            return
        others = {item.place for item in self.published.items} - lines
        found = Counter(p.place for p in self.published.pictures if p not in said and inside[0] <= p.at <= inside[-1]
                        and (p.row in lines if p.row else p.place not in others))
        for place, count in found.items():
            self.find(place, f"正文里的{f' {count} 张' if count > 1 else ''}图片（{place}）未导入：{name}的数据里没有放图片的"
                             "地方，需要时请把图片里的内容写进正文，或在排版后的文件里另行插入", "skipped")

    def within(self, text: list) -> tuple[list[int], set[str]]:
        """Where the items of ``text`` are among the published items (a table read as its rows' lines too), and the
        places of their lines: each paragraph's, each table's and its rows'."""
        lines = {place for item in text for place in (item.place, *(item.places if isinstance(item, Grid) else ()))}
        return [k for k, item in enumerate(self.published.items) if item.place in lines
                or isinstance(item, Grid) and not lines.isdisjoint(item.places)], lines

    def without_cell_findings(self, grid: Grid) -> None:
        """Leave out what the reader said of ``grid``'s cells (rule ``cells``): the table is not imported."""
        self.out.findings = [f for f in self.out.findings if f.rule != "cells" or f.place not in grid.places]

    def _about_attachment(self, place: str, what: str, fix: str) -> None:
        self.find(place, f"{what}：{fix}", "attachments", what)

    def _imprint_start(self) -> int:
        """Where the 版记 at the end starts (``len(self.items)`` without one): a table, or the lines from its 抄送
        down to the one ending in 印发 (or, without one, the short lines under it). Lines above that one (a PDF's 印发机关
        of two lines, the date beside the last; a 抄送 of any number of lines) are the 版记's up to the 抄送, or without
        one, when at most two and no sentence follow the 成文日期 (they were taken for the body's end, and the 成文日期
        above them was lost), or the one right above it, an organ's name, where no 成文日期 is over them (a plan a
        notice sent, a text copy's 印发机关 on a line of its own)."""
        end = len(self.items)
        while end and _IMPRINT.search(_text_of(self.items[end - 1])):  # a table, or its lines
            end -= 1
        if end == len(self.items):  # no line ends in 印发: a 版记 without its 印发日期, from its 抄送 over short lines
            short = end
            while short and isinstance(self.items[short - 1], Para) and len(self.items[short - 1].text) <= 60:
                short -= 1
            return next((k for k in range(end - 1, max(short - 2, -1), -1) if _COPY_TO.match(_text_of(self.items[k]))),
                        end)
        if _COPY_TO.match(_text_of(self.items[end])):
            return end
        start = end
        while start and isinstance(self.items[start - 1], Para) and not _dated(self.items[start - 1].text):
            start -= 1
            if _COPY_TO.match(self.items[start].text):
                return start
        lines = self.items[start:end]
        if start and _dated(_text_of(self.items[start - 1])) and len(lines) <= 2 \
                and not any(re.search(r"[。；！？，：:]", line.text) for line in lines):
            return start
        above = _text_of(self.items[end - 1]).strip() if end else ""
        return end - 1 if organ_name(above, ending=True) else end  # no 成文日期 over it: a plan a notice sent

    def _note_off(self) -> set[str]:
        """The 附件说明 over the 署名 (附件：1.… and the items after it; it was a paragraph of the last part, its later
        items headings with nothing under them), or a last part 七、附件 over only its files' names or links (it was a
        subheading of part 六, the names its text), with a 附件说明 under it or not, taken off the items into
        :attr:`note`: its lines run from there to the 署名 and 成文日期 (:meth:`closing`), and take the items among the
        署名's lines (附件：1.…, 2.情况说明, 统计表.xlsx set in from the left as the organs are). The names it gives
        (:func:`attachment_name_key`), with its last joined to the line after it (a name broken onto a line set as a
        署名's)."""
        self._signature_table()
        last, organ = self._dated_at()
        end = len(self.items) if last is None else last
        while last is None and end and isinstance(self.items[end - 1], Para) and site_footer(self.items[end - 1].text):
            end -= 1
        date = None if last is None else self.items[last]
        signed = end if organ else self._signed_from(end, date)
        end = max((k + 1 for k in range(signed, end) if _note_line(self.items[k])), default=signed)
        for i in range(end - 1, max(end - 30, -1), -1):
            item = self.items[i]
            if not isinstance(item, Para) or (i < end - 1 and len(item.text) > 80):
                return set()
            below = self.items[i + 1:end]
            if _ATTACHMENT_PART.match(item.text) and (below or _FILE_NAME.search(item.text)) \
                    and all(_names_a_file(x) for x in below) \
                    or ATTACHMENT.match(item.text) and all(NOTE_ITEM.match(x.text) or not SENTENCE_END.search(x.text)
                                                            for x in below):
                if i and isinstance(self.items[i - 1], Para) and _ATTACHMENT_PART.match(self.items[i - 1].text) \
                        and not _ATTACHMENT_PART.sub("", self.items[i - 1].text).strip():
                    i -= 1  # 七、附件 over 附件：1.…
                self.note = self.items[i:end]
                self.note_where = "署名前的" if any(not site_footer(_text_of(x)) for x in self.items[end:]) \
                    else "文末的"
                del self.items[i:end]
                names = _note_names(self.note)
                after = self.items[i] if i < len(self.items) else None
                wrapped = [names[-1] + after.text] if names and isinstance(after, Para) and len(after.text) <= 60 else []
                return {attachment_name_key(name) for name in names + wrapped}
        return set()

    def without_attachment_note(self) -> None:
        """The 附件说明 taken off (:meth:`_note_off`) is not imported: reportkit prints it again from the attachments
        imported. It goes without a word where each name it gives is an attachment's title
        (:func:`attachment_name_key`), else in a finding of rule ``attachments`` that says which names have no
        attachment."""
        if not self.note:
            return
        item = self.note[0]
        titles = {attachment_name_key(title) for title in self.attached + [a["title"] for a in self.attachments]}
        missing = [name for name in _note_names(self.note) if attachment_name_key(name) not in titles]
        if not self.attachments and not self.attached:
            left = f"{self.note_where}附件说明“{short(item)}”未导入：附件没有导入"
            self.find(item.place, f"{left}，需要时请在 attachments 下补写", "attachments", left)
        elif missing:
            left = (f"{self.note_where}附件说明“{short(item)}”未导入：其中的{'、'.join(f'“{name}”' for name in missing)}"
                    "在文后的附件里没有找到")
            self.find(item.place, f"{left}，需要时请在 attachments 下补写", "attachments", left)

    def _footer_off(self, footer: Para) -> None:
        """A finding that a site's ``footer`` line after the article (:func:`site_footer`) is left out."""
        what = "网页链接" if site_links(footer.text) else "网页信息"
        self.find(footer.place, f"文末的{what}“{short(footer)}”未导入", "skipped")

    def closing(self) -> tuple[list[str], dt.date | None, bool]:
        """署名 and 成文日期 at the end, taken off the items; after the date, only a web page's footer
        (short lines, no table, no sentence) may follow."""
        self._signature_table()
        last, organ = self._dated_at()
        if last is None:  # no date: a web page's footer still is no text of the report
            footers = []
            while self.items and isinstance(self.items[-1], Para) and site_footer(self.items[-1].text):
                footers.insert(0, self.items.pop())
            for footer in footers:
                self._footer_off(footer)
            return self._organs(None), None, False  # a 署名 set right with no date under it is still no text
        noted = _noted(self.items)
        below = [] if organ or self._signed_from(last, self.items[last]) < last \
            else _organs_below(self.items[last + 1:])
        # After the date (and a 署名 under it): a web page's footer, or a note the data has no place for.
        for i, skipped in enumerate(self.items[last + 1 + len(below):], last + 1 + len(below)):
            if i in noted:
                self.find(skipped.place, f"成文日期之后的注“{skipped.text}”未导入：需要时请写进正文", "skipped")
            else:
                self.find(skipped.place, f"成文日期之后的“{short(skipped)}”未导入", "skipped")
        del self.items[last + 1:]
        item = self.items.pop(last)
        self.out.places[("date",)] = item.place
        organs = [organ[1].strip()] if organ else [x.text.strip() for x in below] or self._organs(item)
        if labels.MONTH_DATE.match(item.text):  # 2024年1月: the 成文日期's place, its day not printed
            self.undated = item
            return organs, None, False
        date, chinese = parse_date(organ[2] if organ else item.text)
        return organs, date, chinese

    def dated_under_title(self) -> tuple[list[str], dt.date | None, bool] | None:
        """署名 and 成文日期 set right under the title, as some older reports have them (某县人民政府办公室 over
        2016年3月25日, or the two on one line, or the date alone), taken off the items; None where the body begins
        there. For a document with no 成文日期 at its end (:meth:`closing`)."""
        signed = _signed_under(self.items)
        if not signed:
            return None
        organs, dated, found = signed
        del self.items[:self.items.index(dated) + 1]
        self.out.places[("date",)] = dated.place
        return organs, *found

    def _dated_at(self) -> tuple[int | None, re.Match | None]:
        """Where the 成文日期 is among the last items (None: none), and its line's 署名 and date where the two share it;
        only short lines, no table and no sentence but a note (注：…, :func:`_noted`), may follow it, and no part's
        heading."""
        noted = _noted(self.items)
        for i in range(len(self.items) - 1, max(len(self.items) - 16, -1), -1):
            item = self.items[i]
            together = _ORGAN_AND_DATE.match(item.text) if isinstance(item, Para) else None
            if isinstance(item, Para) and (parse_date(item.text) or together and parse_date(together[2])
                                           or labels.MONTH_DATE.match(item.text)):
                if parts_follow(x.text for x in self.items[i + 1:] if x.role != "link"):
                    return None, None  # a date in the body (a part's last line), more parts after it: no 成文日期
                return i, None if parse_date(item.text) or labels.MONTH_DATE.match(item.text) else together
            if i not in noted and (not isinstance(item, Para) or len(item.text) > 80 or "。" in item.text):
                break
        return None, None

    def _signed_from(self, end: int, date: Para | None) -> int:
        """Where the 署名 lines before item ``end`` begin (``end``: none): set right, or over the ``date`` in its
        paragraph."""
        while end and isinstance(self.items[end - 1], Para) and (
                self.items[end - 1].role == "signature" or self.items[end - 1].role == "right" and not part_heading(
                    self.items[end - 1].text) and (date or organ_name(self.items[end - 1].text))
                or date and _above_in_one_paragraph(self.items[end - 1], date)):
            end -= 1
        return end

    def _organs(self, date: Para | None) -> list[str]:
        """The 署名 lines at the end, taken off the items: set right, or over the ``date`` in its paragraph."""
        start = self._signed_from(len(self.items), date)
        signed: list[Para] = self.items[start:]
        del self.items[start:]
        # A short last part (五、… / 无) is its heading's: its lines up to the first ending like an organ's name go back.
        if self.items and isinstance(self.items[-1], Para) and part_heading(above := self.items[-1].text) \
                and len(above) <= 40 and not SENTENCE_END.search(above) and not self.note and not any(
                    isinstance(x, Para) and ATTACHMENT.match(x.text) for x in self.items[-6:]):
            while signed and signed[0].role != "signature" and not (
                    organ_name(signed[0].text, ending=True) or WRAPPED_NAME.search(signed[0].text.strip())):
                self.items.append(signed.pop(0))
        # Lines of a 附件说明 (1.…, 统计表.xlsx) set in from the left as the organs are, where no note was taken off (a
        # notice's, a body's line): no organs, text.
        text = max((k + 1 for k, line in enumerate(signed) if _note_line(line)), default=0)
        self.items += signed[:text]
        del signed[:text]
        # The rest of a 附件说明's name a copy broke onto a line of its own over the organs (附件：某县……暨基层 / 政务公开
        # ……清单, no line between): no organ's name, the note's.
        above = self.items[-1].text if self.items and isinstance(self.items[-1], Para) else ""
        if len(signed) > 1 and ATTACHMENT.match(above) and ATTACHMENT.sub("", above).strip() \
                and not SENTENCE_END.search(above) and not organ_name(signed[0].text.strip(), ending=True) \
                and not WRAPPED_NAME.search(signed[0].text.strip()):
            self.items.append(signed.pop(0))
        # A name the copy broke over two lines, whose second line names no organ: the note's, as an attachment says.
        titles = {attachment_name_key(title) for title in self.attached + [a["title"] for a in self.attachments]}
        while self.note and signed and attachment_name_key(_note_names(self.note + signed[:1])[-1]) in titles:
            self.note.append(signed.pop(0))
        return _wrapped_organs(signed)

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
            if (table_key(item) is None and 1 < len(lines) <= 8 and any(parse_date(text) for text, _ in lines)
                    and all(len(text) <= 60 and "。" not in text for text, _ in lines)):
                self.items[i:i + 1] = [Para(text, place, "date" if parse_date(text) else "signature")
                                       for text, place in lines]
            return

    def agency(self, title: str, year: int | None, closing) -> str:
        """The issuing agency: the title's words before its year (or 政府信息公开), else the one organ of ``closing``
        (:meth:`closing`'s organs, date, numerals); else a placeholder, in a finding."""
        organs = closing[0]
        if title and year:  # the title's words before its year or 政府信息公开 (a title without the year, 某局政府信息公开
            written = year_pattern(year)  # 2023年度报告), whichever comes first …
            named = re.split(rf"(?:关于)?{written}年", title.replace("\n", ""), maxsplit=1)[0].strip()
            if organ_name(named, ending=True):  # … unless the organ's name before the year holds 政府信息公开
                return named
            head, *rest = re.split(rf"(?:关于)?(?:{written}年|政府信息公开)", title.replace("\n", ""), maxsplit=1)
            if head.strip() and rest:
                return head.strip()
        if len(organs) == 1:
            return organs[0]
        self.find("文首", "没有找到发布机关（标题开头或文末署名）", "metadata")
        return placeholder("发布机关全称")


def unbroken(title: str) -> str:
    """``title`` without its line breaks where each is one reportkit sets itself in the default layout's title type
    (:func:`..line_breaks.broken`): a rendered report's title comes back broken where the renderer broke it (a PDF's
    lines read may be fewer), which the data need not hold. A break elsewhere is the author's, kept."""
    lines = title.split("\n")
    if len(lines) == 1:
        return title
    geometry = Geometry()
    joined = "".join(lines)
    ends = {sum(map(len, lines[:k])) for k in range(1, len(lines))}
    places = broken(joined, geometry.block_width_pt / geometry.title_size_pt, geometry.autospace_em).split("\n")
    return joined if ends <= {sum(map(len, places[:k])) for k in range(1, len(places))} else title


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


def _addressees(text: str) -> bool:
    """Whether ``text`` lists 主送机关 in groups (局机关各股室，局属各单位; 各乡镇人民政府，县政府各部门): each name ends as an
    organ's or a group of them does, which no clause before a colon (为此，提出以下意见) does."""
    return len(text) <= 100 and not re.search("[。；！？:：]", text) \
        and all(_ADDRESSEE.search(name) for name in re.split(r"\s*[，,、]\s*", text.strip()))


def parts_follow(texts) -> bool:
    """Whether ``texts``, the lines after a date line, hold a part's heading (六、…, （一）…, 第六部分) before any
    attachment: the date is the body's, not the 成文日期, which only a 署名, the 版记, attachments (their own parts) or a
    web page's footer follow."""
    for text in texts:
        if ATTACHMENT.match(text):
            return False
        if part_heading(text) and heading_level(text) in (0, 1, 2):
            return True
    return False


def _same_title(lines: list[str], item: Para) -> bool:
    """Whether ``item`` prints the title read as ``lines`` again, however its lines and spaces fall."""
    return re.sub(r"\s", "", item.text) == re.sub(r"\s", "", "".join(lines))


def _title_again(lines: list[str], items: list) -> int:
    """How many of the centred lines opening ``items`` print the title read as ``lines`` again (:func:`_same_title`,
    however their lines fall), or 0."""
    printed, title = "", re.sub(r"\s", "", "".join(lines))
    for k, item in enumerate(items, 1):
        if not (isinstance(item, Para) and item.role in ("title", "centered")):
            return 0
        printed += re.sub(r"\s", "", item.text)
        if not title.startswith(printed):
            return 0
        if printed == title:
            return k
    return 0


def _web_meta(item: Para) -> bool:
    """A web page's line about the page: its date, source, hit count, font-size switch (:func:`web_meta`)."""
    return web_meta(item.text)


def web_meta(text: str) -> bool:
    """Whether ``text`` is a web page's line about the page: its date, source, hit count, font-size switch."""
    return bool(_WEB_META.search(text)) and len(text) <= 80 and "。" not in text


def site_links(text: str) -> bool:
    """Whether ``text`` is a site's line of links as text (相关链接：某县人民政府 | 某县财政局): no sentence about them."""
    return bool(_LINKS_LINE.fullmatch(text))


def _organs_below(after: list) -> list:
    """The 署名 some sites print under the 成文日期 (the date's line first): the first lines ``after`` it, one to four,
    each ending as an organ's name, where only a web page's footer (:func:`site_footer`) follows them; none otherwise."""
    organs = list(itertools.takewhile(
        lambda x: isinstance(x, Para) and organ_name(x.text, ending=True) and not site_footer(x.text), after))
    if not 0 < len(organs) <= 4 or not all(isinstance(x, Para) and site_footer(x.text) for x in after[len(organs):]):
        return []
    return organs


def site_footer(text: str) -> bool:
    """Whether ``text`` is a line a site prints after its article (:data:`WEB_FOOTER`: 分享到, 打印本页, 主办单位…, or a
    line of its links, :func:`site_links`), none of the article's text."""
    return len(text) <= 120 and bool(WEB_FOOTER.search(text) or site_links(text))


def _dated(text: str) -> bool:
    """Whether ``text`` is a 成文日期, alone or after the 署名 on its line."""
    return bool(parse_date(text) or _ORGAN_AND_DATE.match(text))


def _noted(items: list) -> set[int]:
    """Where ``items`` hold a note (:func:`_remark`) and the numbered items that go on from it (说明： / 1.…… / 2.……)."""
    found: set[int] = set()
    for i, item in enumerate(items):
        if _remark(item) or i - 1 in found and isinstance(item, Para) and NOTE_ITEM.match(item.text) \
                and len(item.text) <= _REMARK_LENGTH:
            found.add(i)
    return found


def _remark(item) -> bool:
    """Whether ``item`` is a note as printed after the 成文日期: a paragraph of at most :data:`_REMARK_LENGTH` characters
    that begins 注：, 备注：, 说明： (:data:`.labels.NOTE`)."""
    return isinstance(item, Para) and len(item.text) <= _REMARK_LENGTH and bool(labels.NOTE.match(item.text))


def _text_of(item) -> str:
    return item.text if isinstance(item, Para) else "".join(map("".join, item.rows))


def _names_a_file(item) -> bool:
    """Whether ``item`` only names an attachment's file: a web page's link, or a file's name (1. 某县统计表.xlsx)."""
    return isinstance(item, Para) and (item.role == "link" or bool(_FILE_NAME.search(item.text)))


def _linked(items: list) -> str:
    """The files the links after an attachment's 附件 line (``items``, from that line) name, as its finding says them
    after the line (，链接的文件“附件1.xls”“附件2.docx”); "" where none names a file (a site's other links)."""
    names = [x.text.strip() for x in items[1:] if isinstance(x, Para) and x.role == "link" and _FILE_NAME.search(x.text)]
    return "，链接的文件" + "".join(f"“{name}”" for name in dict.fromkeys(names)) if names else ""


def _note_line(item) -> bool:
    """Whether ``item`` is a line of a 附件说明 by its words: 附件：1.…, 2.情况说明, 统计表.xlsx."""
    return isinstance(item, Para) and bool(ATTACHMENT.match(item.text) or NOTE_ITEM.match(item.text)
                                           or _FILE_NAME.search(item.text))


def title_line(item) -> bool:
    """Whether ``item`` may be a line of an attachment's title: text no longer than a title may be (its lines
    broken by width or by hand: reportkit's own print one of 67 characters on three), no sentence, no heading."""
    return isinstance(item, Para) and item.role != "link" and len(item.text.replace("\n", "")) <= TITLE_CHARS \
        and not heading_level(item.text) and not re.search("[。；！？]", item.text)


def _note_names(lines: list[Para]) -> list[str]:
    """The attachments' names a 附件说明's ``lines`` give, without their numbers: a line that goes on from a name (a
    PDF's, broken by width) is that name's."""
    names: list[str] = []
    for line in lines:
        text = ATTACHMENT.sub("", _ATTACHMENT_PART.sub("", line.text)).strip()
        if not text:
            continue
        if not names or NOTE_ITEM.match(text) or _names_a_file(line) or _FILE_NAME.search(names[-1]):
            names.append(NOTE_ITEM.sub("", text).strip())
        else:
            names[-1] += text
    return names


def attachment_name_key(name: str) -> str:
    """An attachment's name as a 附件说明 and its title are compared: without its number, its file's extension, 《》,
    punctuation and spaces."""
    return re.sub(r"[\W_]+", "", _FILE_NAME.sub("", NOTE_ITEM.sub("", name)))


def _above_in_one_paragraph(line: Para, date: Para) -> bool:
    """Whether ``line`` is an organ's name set over the 成文日期 in one paragraph (署名<br>日期, not aligned)."""
    return line.place == date.place and organ_name(line.text)


def _number_of(text: str) -> str:
    """The number ``text`` starts with, as written there."""
    return text[:len(text) - len(labels.after_number(text))].strip()


def _quoted(numbers: list[str] | tuple[str, ...]) -> str:
    """``numbers`` quoted one after another, or the first and the last of more than three (“（二）”至“（六）”)."""
    return "".join(f"“{n}”" for n in numbers) if len(numbers) <= 3 else f"“{numbers[0]}”至“{numbers[-1]}”"


def short(item) -> str:
    """``item`` in at most 20 characters, as findings quote it (a table by its first row)."""
    text = item.text if isinstance(item, Para) else "表格：" + " ".join(t for t in dict.fromkeys(item.rows[0]) if t)
    return text if len(text) <= 20 else text[:20] + "…"


#: A date written in digits alone, its 年, 月 and 日 lost: the year, then the month and the day (“2018625”, “20181225”).
_BARE_DATE = re.compile(r"((?:19|20)\d\d)(\d{2,4})")


def _bare_date(text: str) -> dt.date | None:
    """The date ``text`` (:data:`_BARE_DATE`) can be, if one only: “2018625” is 25 June (62 is no month), “2018111”
    either 11 January or 1 November, so none."""
    found = _BARE_DATE.fullmatch(text.strip())
    if not found:
        return None
    year, rest = found.groups()
    dates = set()
    for cut in (1, 2):
        try:
            dates.add(dt.date(int(year), int(rest[:cut]), int(rest[cut:])))
        except ValueError:
            pass
    return dates.pop() if len(dates) == 1 else None


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


#: Table 四's results (结果维持 …), each a cell of their own: a column's head, or a turned table's row label.
_RESULTS = {norm(column.label) for column in tables.OUTCOMES}
_COUNT = re.compile(r"\s*\d+\s*")
#: The keys of table 四's results, as :func:`.labels.review_column` gives them.
_OUTCOMES = {column.key for column in tables.OUTCOMES}


#: Table 二's column heads (normalised), either edition's.
_DISCLOSURE_HEADS = {norm(column.label) for edition in tables.TABLE_EDITIONS
                     for block in tables.EDITIONS[edition].active_disclosure for column in block.columns}


def table_key(grid: Grid) -> str | None:
    """Which of an annual report's statistics tables 二, 三 and 四 ``grid`` is by its head, or None: such a table is
    never a closing's 署名 table, in any kind of document. Table 四's head names 行政复议 or 行政诉讼 (or one of its
    groups), and a cell of it is one of its results, or two cells two results in other words (维持（件）, 未审结), or a
    row has a figure for each (a row of 15 under its name only): not a table that only names the two (行政复议案件 | 4,
    a sentence). Table 三's head names 自然人 over the columns, in a row without a figure: not a small table of a
    report's own listing it among its rows (自然人 | 5). Table 二 is named by its captions (第二十条…), or by its first
    row's 信息内容 and a head of its own (printed without the captions)."""
    text = norm("".join("".join(row) for row in grid.rows[:4]))
    applicants = any("自然人" in norm("".join(row)) and not any(_COUNT.fullmatch(cell) for cell in row)
                     for row in grid.rows[:4])
    groups = any(w in text for w in ("行政复议", "行政诉讼", "直接起诉", "复议后起诉"))
    cells = {norm(cell) for row in grid.rows for cell in row}
    results = bool(cells & _RESULTS) or len({labels.review_column(cell) for cell in cells} & _OUTCOMES) >= 2 or any(
        sum(bool(_COUNT.fullmatch(cell)) for cell in row) >= len(_RESULTS) for row in grid.rows)
    captionless = grid.rows and norm(grid.rows[0][0]) == norm(tables.DISCLOSURE_ITEM_LABEL) \
        and any(norm(cell) in _DISCLOSURE_HEADS for cell in grid.rows[0][1:])  # 表二 printed without its 第二十条 captions
    return ("active_disclosure" if "第二十条" in text or captionless else "applications" if applicants
            else "review_litigation" if groups and results else None)


def item_model(annotation) -> type | None:
    """The model of a ``list[Model]`` field's items (narrative lists aside), or None."""
    from pydantic import BaseModel

    if typing.get_origin(annotation) is not list or annotation == list[SectionItem]:
        return None
    item = typing.get_args(annotation)[0]
    return item if isinstance(item, type) and issubclass(item, BaseModel) else None


def _signed_under(items: list) -> tuple[list[str], Para, tuple[dt.date, bool]] | None:
    """The 署名 and 成文日期 ``items`` begin with (as set under a title): an organ's name and the date on one line, the
    name over the date, or the date alone; the organs, the date's item and its date. None where they begin otherwise."""
    items = items[:2]
    if not items or not all(isinstance(item, Para) for item in items):
        return None
    together = _ORGAN_AND_DATE.match(items[0].text)
    if together and organ_name(together[1].strip(), ending=True) and (found := parse_date(together[2])):
        return [together[1].strip()], items[0], found
    if len(items) == 2 and organ_name(items[0].text.strip(), ending=True) and (found := parse_date(items[1].text)):
        return [items[0].text.strip()], items[1], found
    found = parse_date(items[0].text)
    return ([], items[0], found) if found else None
