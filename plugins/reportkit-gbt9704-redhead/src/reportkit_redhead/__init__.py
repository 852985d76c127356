"""reportkit-gbt9704-redhead: the 红头 layout of GB/T 9704-2012 for reportkit.

The layout ``redhead`` is the core's ``gbt9704`` layout plus the 版头 (发文机关标志 in red
小标宋, 发文字号 such as 某环发〔2021〕30号, the red separator line) and the 版记 (抄送,
印发机关 and 印发日期 between rules at the foot of the last page, which is even). Choose it with
``layout: redhead`` in the data or ``reportkit render --layout redhead``; the 版头 and 版记 come
from this plugin's settings under ``plugins:``::

    layout: redhead
    plugins:
      reportkit-gbt9704-redhead:
        organ_mark: 某某市生态环境局文件
        number: 某环发〔2022〕3号
        copy_to: [市政府信息公开工作办公室]
        printer: 某某市生态环境局办公室
        printed_on: 2022-01-20

``reportkit import`` reads a printed 版头 and 版记 back into ``layout: redhead`` and these settings (:func:`read_masthead`).
"""
from __future__ import annotations

import dataclasses
import math
import re
from datetime import date
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from reportkit import hookimpl
from reportkit.blocks import Document, Imprint, Masthead
from reportkit.errors import ReportkitError
from reportkit.layout import AUTOSPACED, CLOSING_MARKS, OPENING_MARKS, Layout, text_width, widest_width
from reportkit.line_breaks import broken
from reportkit.registry import Settings
from reportkit.resources import templates_dir

PACKAGE = "reportkit-gbt9704-redhead"
REPORTKIT_REQUIRES = ">=0.1,<0.2"
TEMPLATE = Path(__file__).with_name("template")
CORE = templates_dir() / "gbt9704"
#: The largest 发文机关标志 (小初); a longer name is set smaller so that it fits the text block.
MAX_ORGAN_PT = 36.0
#: The smallest (二号, the size of the title under it): a name too long for one line at this size
#: goes on two, broken between the parts of the name (:func:`organ_lines`).
MIN_ORGAN_PT = 22.0
#: Of the block's width, what a line of the 标志 may fill: faces and Word round advances a little differently.
_FILL = 0.96
#: Where a line of the 标志 may end: after a part of an organ's name (某某县, 某某局, 某某委员会), else
#: after a conjunction (某某和, 某某、); not where the next character begins a word with the last
#: (县|人民政府, 县|委, 乡|村振兴, 市|场, 委|员会, 共和|国).
_PART_ENDS = ("省", "市", "州", "县", "区", "旗", "盟", "乡", "镇", "街道", "政府", "委员会", "委", "局", "厅",
              "办公室", "中心", "站", "所", "院", "会", "队", "部")
_JOINS = ("和", "与", "及", "、")
_DIVISIONS, _AFTER_DIVISION = "省市州县区旗盟乡镇", "人政委党纪监级域场村镇属辖"
_NOT_ENDS = ("委员", "委托", "会议", "院校", "所属", "部门", "和国")
_OPEN, _CLOSE = "（〔【《(", "）〕】》)"
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]$")

_NUMBER = re.compile(r"^(?P<prefix>\S+)〔(?P<year>\d{4})〕(?P<serial>[1-9]\d*)号$")
#: The 发文字号's type: 3号 (§7.2.5), on one line.
NUMBER_PT = 16
#: The 版记's type: 4号 (§7.4).
IMPRINT_PT = 14
#: The widest 印发日期 (two-digit month and day): the 印发机关 is broken for it, whatever the date.
_WIDEST_DATE = "2024年12月31日印发"
#: A 发文字号 as printed, and the 签发人 beside it: its year in any brackets, its number with 第 or zeros before it (as
#: web pages often print them: [2024], （2024）, 【2024】, 第3号, 03号), which the settings refuse.
_PRINTED_NUMBER = re.compile(r"^(?P<number>(?P<code>\S.*?)[〔\[［(（【]\s*(?P<year>\d{4})\s*[〕\]］)）】]\s*第?\s*"
                             r"(?P<order>\d+)\s*号)\s*(?:签\s*发\s*人\s*[:：]\s*(?P<signers>.*))?$")
#: The 版头's elements this layout does not print (GB/T 9704 §7.2.1-7.2.3): 份号, 密级和保密期限, 紧急程度.
_UNPRINTED = re.compile(r"^(?:\d{6}|绝密|机密|秘密|特急|加急)")
_COPY_TO = re.compile(r"^抄送[:：]")
_PRINTED_ON = re.compile(r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日印发$")
#: Where a name of the 抄送 ends: the separators §7.4.2 prints between them (a 、 in some copies).
_COPY_SEPARATORS = re.compile(r"[，,、；;]")
#: Surnames of two characters: a name of four characters begins with one (欧阳某某), where two names run together are
#: of two each.
_DOUBLE_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "夏侯",
                    "轩辕", "端木", "司徒", "司空", "呼延", "南宫", "西门", "独孤", "闻人", "澹台", "公冶", "申屠", "钟离",
                    "赫连", "拓跋", "百里", "东郭", "淳于", "濮阳", "万俟"}
#: The settings of the 版头, by name; the others are the 版记's.
_MASTHEAD_FIELDS = ("organ_mark", "number", "signers", "organ_size_pt")


#: What parts two organs typed in one item of the 抄送: the separators it prints, or a blank (half or full width).
_TYPED_SEPARATORS = re.compile(r"[，,、；;]|[ \t\u3000]+")


def _one_organ(organ: str) -> str:
    """An organ of the 抄送, without the punctuation after it; several in one item (``[甲，乙]``: a full-width comma
    does not part a YAML list, nor does a blank) are refused, for they print and count as one."""
    organ = organ.strip(" \t\u3000").rstrip("，,。；;、")
    mark = _TYPED_SEPARATORS.search(organ)
    if mark:
        parts = _organs_in(organ)
        between = "空格" if mark[0].isspace() else f"“{mark[0]}”"
        raise ValueError(f"“{organ}”像是 {len(parts)} 个机关写在了一项里，印出来是一个抄送机关（中间是{between}）："
                         f"每项只写一个机关，写成 copy_to: [{', '.join(parts)}]（英文逗号加空格），或每个机关一行“- ”")
    return organ


def _organs_in(text: str) -> list[str]:
    return [part.strip() for part in _TYPED_SEPARATORS.split(text) if part.strip()]


class RedheadSettings(BaseModel):
    """The 版头 and 版记 of a 红头 document (GB/T 9704-2012 §7.2, §7.4)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)  # built on first use, not at every start

    organ_mark: str | list[str] = Field(
        title="发文机关标志",
        description="发文机关全称或规范化简称后加“文件”，例如 某某市生态环境局文件；一行排不下（二号字）时自动分两行，"
                    "也可写成列表自己分行，每项一行")
    number: str = Field(min_length=1, title="发文字号", description="机关代字、年份、发文顺序号，例如 某环发〔2022〕3号")
    signers: list[str] = Field(default_factory=list, title="签发人",
                               description="上行文（报送上级机关）的签发人姓名，一至两人；写了签发人时发文字号居左空一字，"
                                           "签发人居右空一字，排在同一行")
    copy_to: list[Annotated[str, AfterValidator(_one_organ)]] = Field(default_factory=list, title="抄送机关",
                                                                      description="抄送机关名称，每项一个")
    printer: str = Field(min_length=1, title="印发机关",
                         description="通常是发文机关的办公厅（室）；印发日期左边一行排不下（16 字以上）时按词意分两行")
    printed_on: date = Field(title="印发日期", description="写成 2022-01-20 的形式")
    organ_size_pt: float | None = Field(None, gt=0, le=72, title="发文机关标志字号（磅）",
                                        description="不填则按名称长短自动选择：最大 36 磅（小初），最小 22 磅（二号）")

    @field_validator("organ_mark")
    @classmethod
    def _fits(cls, mark: str | list[str]) -> str | list[str]:
        mark = mark.strip() if isinstance(mark, str) else [line.strip() for line in mark if line.strip()]
        if not mark:
            raise ValueError("发文机关标志不能为空，例如 某某市生态环境局文件")
        _check_lines(mark)
        return mark

    @field_validator("organ_size_pt")
    @classmethod
    def _readable(cls, size: float | None, info: ValidationInfo) -> float | None:
        if size is not None and size < MIN_ORGAN_PT:
            raise ValueError(f"发文机关标志的字号 {size:g} 磅小于二号（22 磅），比其下的标题还小：请写 22 到 72 之间的数，"
                             "或删去 organ_size_pt，由插件按名称长短选择")
        if size is not None and info.data.get("organ_mark"):
            _check_lines(info.data["organ_mark"], size)
        return size and round(size * 2) / 2  # a DOCX sets half points

    @field_validator("number")
    @classmethod
    def _official_number(cls, text: str) -> str:
        text = text.strip()
        if _NUMBER.match(text):
            room = _number_room()
            if _widest(text) > room:
                raise ValueError(f"发文字号“{text}”一行排不下（3号字一行至多 {room:g} 字）：请缩短机关代字，"
                                 "例如 某环发〔2022〕3号（GB/T 9704-2012 第7.2.5条）")
            return text
        if re.search(r"[\[【(（]\s*\d{4}\s*[\]】)）]", text):
            raise ValueError(f"发文字号“{text}”的年份应放在六角括号〔〕中，例如 某环发〔2022〕3号")
        if "第" in text:
            raise ValueError(f"发文字号“{text}”的顺序号前不加“第”，例如 某环发〔2022〕3号")
        if re.search(r"〕0\d*号$", text):
            raise ValueError(f"发文字号“{text}”的顺序号不编虚位（写 3号，不写 03号）")
        raise ValueError(f"发文字号“{text}”应由机关代字、〔年份〕和顺序号组成，例如 某环发〔2022〕3号")

    @field_validator("signers")
    @classmethod
    def _signers_fit(cls, names: list[str], info: ValidationInfo) -> list[str]:
        names = [name.strip() for name in names if name.strip()]
        if len(names) > 2:
            raise ValueError(f"签发人写了 {len(names)} 人：本插件一行排两个签发人，多于两人时请只写主办机关的签发人"
                             "（GB/T 9704-2012 第7.2.6条）")
        number = info.data.get("number")
        if names and number:
            signer = signer_text(names)
            room = _number_room()
            # one character in at each side, at least one between (§7.2.5, §7.2.6)
            if 3 + _widest(number) + _widest(signer) > room:
                raise ValueError(f"发文字号“{number}”和“{signer}”排不进一行（3号字一行至多 {room:g} 字，"
                                 "两边各空一字，中间至少空一字）：请缩短机关代字，或只写一位签发人")
        return names

    @field_validator("printer")
    @classmethod
    def _fits_two_lines(cls, printer: str) -> str:
        lines, room = printer_lines(printer), _printer_room()
        if len(lines) > 2 or any(_widest(line) > room for line in lines):
            raise ValueError(f"印发机关“{printer}”共 {len(printer)} 字，在印发日期左边分两行也排不下（一行至多 {room:g} 字，"
                             "在词语之间换行）：请改用印发机关的规范化简称，如 某某局办公室（GB/T 9704-2012 第7.4.3条）")
        return printer

    @field_validator("copy_to", mode="before")
    @classmethod
    def _a_list(cls, organs):
        if isinstance(organs, str) and len(_organs_in(organs)) > 1:  # copy_to: 甲，乙 on its key's line
            raise ValueError(f"抄送机关要写成列表，每项一个机关：写成 copy_to: [{', '.join(_organs_in(organs))}]"
                             "（方括号、英文逗号加空格），或每个机关另起一行“- ”")
        return organs

    @field_validator("copy_to")
    @classmethod
    def _no_punctuation(cls, organs: list[str]) -> list[str]:
        organs = [organ for organ in organs if organ]
        # The 版记 is set on one page: the 印发机关's two lines at most and the rules take the last three.
        lines, most = copy_lines(Imprint(organs).copy_line), LAYOUT.geometry.lines_per_page - 3
        if lines > most:
            raise ValueError(f"抄送机关共 {len(organs)} 个，抄送一栏要排约 {lines} 行，连同印发机关一页排不下（抄送至多 {most} 行）："
                             "请把同类机关写成统称，每个统称一项，如“各乡镇人民政府”“县直各部门”（《党政机关公文处理工作条例》第九条）")
        return organs


def signer_text(names: list[str]) -> str:
    """“签发人：” and the names, a full-width space between them (§7.2.6)."""
    return "签发人：" + "\u3000".join(names)


def chinese_date(day: date) -> str:
    """2022年1月20日: Arabic numerals, the year in full, no zero padding (§7.3.5.4, §7.4.3)."""
    return f"{day.year}年{day.month}月{day.day}日"


def organ_lines(mark: str | list[str], size_pt: float = MIN_ORGAN_PT) -> list[str] | None:
    """The 发文机关标志's lines at ``size_pt``: the lines written (a list), or the name on one line, else on
    two as even as the parts of the name allow (the first not the longer); ``None`` when they do not fit. Measured at
    the glyphs' widest (``reportkit.layout.widest_width``; the 标志 is set without spaces between Chinese and digits):
    17 capitals measured as half characters ran off the page."""
    room = _room(size_pt)
    if isinstance(mark, list):
        return mark if all(widest_width(line) <= room for line in mark) else None
    if widest_width(mark) <= room:
        return [mark]
    cuts = [i for i in range(1, len(mark)) if _may_break(mark, i)
            and max(widest_width(mark[:i]), widest_width(mark[i:])) <= room]
    if not cuts:
        return None
    rank = max(_part_ends(mark, i) for i in cuts)
    best = min([i for i in cuts if _part_ends(mark, i) == rank],
               key=lambda i: (max(widest_width(mark[:i]), widest_width(mark[i:])),
                              widest_width(mark[:i]) > widest_width(mark[i:])))
    return [mark[:best], mark[best:]]


def copy_lines(copy_line: str) -> int:
    """The lines the 抄送 ``copy_line`` may take: 1 character in from each side, wrapped lines after its colon
    (§7.4.2), each line a character short of full (a line carries a character before a closing mark, or a whole number,
    over to the next). Measured at its glyphs' widest, without the spaces beside digits and letters, which that
    character a line takes: with them, 34 organs numbered 第1片区… that both PDFs print in 19 lines counted 20."""
    first = int(LAYOUT.geometry.block_width_mm * 72 / 25.4 / IMPRINT_PT * 2) / 2 - 3
    width = widest_width(copy_line, 0)
    return 1 + max(math.ceil((width - first) / (first - text_width("抄送："))), 0)


def printer_lines(printer: str) -> list[str]:
    """The 印发机关's lines, each left of the 印发日期 on its line (the date stands by the last), broken where a reader
    would (:func:`reportkit.line_breaks.broken`): between the parts of a name, not inside a word."""
    return broken(printer, _printer_room(), LAYOUT.geometry.autospace_em, most=2).split("\n")


def _printer_room() -> float:
    """How many characters a line of the 印发机关 holds: the text block in half characters of 4号 (as the DOCX counts
    them), less one character in at the left, the widest date (its spaces between Chinese and digits half a character
    each, which is wider than its glyphs at their widest) one in from the right, and two between (§7.4.3). Its lines
    are measured at their glyphs' widest (:func:`_widest`)."""
    line = int(LAYOUT.geometry.block_width_mm * 72 / 25.4 / IMPRINT_PT * 2) / 2
    return line - 2 - text_width(_WIDEST_DATE) - len(AUTOSPACED.findall(_WIDEST_DATE)) / 2 - 2


def _widest(text: str) -> float:
    """``text``'s width in characters of its type at its glyphs' widest, with the spaces between Chinese and digits or
    Latin letters (:func:`reportkit.layout.widest_width`): a Latin capital or a digit is wider than the half character
    ``text_width`` counts, and a line so measured ran past its room (a 印发机关 in Latin capitals reached to within
    less than a character of the 印发日期 in the WeasyPrint PDF and wrapped beside it in the Typst PDF). The 版记's and
    the 发文字号's measure; the 标志, set without those spaces, is measured by :func:`organ_lines`."""
    return widest_width(text, LAYOUT.geometry.autospace_em)


def _number_room() -> float:
    """How many characters of 3号 the 发文字号's one line holds: the text block, in half characters."""
    return int(LAYOUT.geometry.block_width_mm * 72 / 25.4 / NUMBER_PT * 2) / 2


def organ_size(lines: list[str], wanted: float | None) -> float:
    """The 发文机关标志's size in points: ``wanted``, or the largest up to 小初 (in half points) at which its
    longest line fits."""
    if wanted:
        return wanted
    longest = max(widest_width(line) for line in lines)
    return min(MAX_ORGAN_PT, int(_room(1) / longest * 2) / 2)  # in half points, as a DOCX sets it


def _room(size_pt: float) -> float:
    """How many characters of ``size_pt`` a line of the 标志 holds."""
    return LAYOUT.geometry.block_width_mm * 72 / 25.4 * _FILL / size_pt


def _may_break(text: str, i: int) -> bool:
    """Whether a line may end before ``text[i]``: not inside brackets or a run of Latin letters and
    digits, not before a closing mark or a bracket (某某县（区）: it belongs to the name before it), not after an
    opening mark, not leaving 文件, or its 件, on a line of its own."""
    inside = sum(ch in _OPEN for ch in text[:i]) > sum(ch in _CLOSE for ch in text[:i])
    latin = text[i - 1].isascii() and text[i - 1].isalnum() and text[i].isascii() and text[i].isalnum()
    return not (inside or latin or text[i] in CLOSING_MARKS + _OPEN or text[i - 1] in OPENING_MARKS
                or text[i:] in ("文件", "件"))


def _part_ends(text: str, i: int) -> int:
    """2 when ``text[:i]`` ends with a part of an organ's name, 1 with a conjunction, else 0 (:data:`_PART_ENDS`)."""
    if text[i - 1:i + 1] in _NOT_ENDS or (text[i - 1] in _DIVISIONS and text[i] in _AFTER_DIVISION):
        return 0
    head = _BRACKETED.sub("", text[:i])  # 某某县（区）ends with 县
    return 2 if head.endswith(_PART_ENDS) else 1 if head.endswith(_JOINS) else 0


def _check_lines(mark: str | list[str], size_pt: float | None = None) -> None:
    """Refuse a 标志 that does not fit in lines of ``size_pt`` (by default 二号): two for a name, the written
    ones for a list; the fix named is a shorter name, or a smaller ``organ_size_pt`` when it was set."""
    if organ_lines(mark, size_pt or MIN_ORGAN_PT) is not None:
        return
    room = int(_room(size_pt or MIN_ORGAN_PT))
    size_name = f" {size_pt:g} 磅字" if size_pt else "二号字（22 磅）"
    short = "请改用{}的规范化简称（GB/T 9704-2012 第7.2.4条）"
    smaller = "请减小 organ_size_pt（不小于 22），或删去它由插件选择"
    if isinstance(mark, list):
        line = next(line for line in mark if widest_width(line) > _room(size_pt or MIN_ORGAN_PT))
        fix = smaller if size_pt else short.format("该机关") + "，或把这一行分成两项"
        raise ValueError(f"发文机关标志的一行“{line}”用{size_name}排不下（一行至多 {room} 字）：{fix}")
    fix = smaller if size_pt else short.format("发文机关") + "；联合行文可写成列表，每个机关一项，主办机关在前"
    raise ValueError(f"发文机关标志“{mark}”共 {len(mark)} 字，用{size_name}分两行也排不下（一行至多 {room} 字）：{fix}")


def prepare(document: Document, settings: RedheadSettings | None) -> Document:
    """The document with the 版头 first and the 版记 last."""
    if settings is None:
        raise ReportkitError(
            f"版式 redhead 需要 {PACKAGE} 的设置：在数据的 plugins: 下写明 {PACKAGE}: 及其 organ_mark（发文机关标志）、"
            "number（发文字号）、printer（印发机关）、printed_on（印发日期），见插件的 README")
    lines = organ_lines(settings.organ_mark, settings.organ_size_pt or MIN_ORGAN_PT)
    masthead = Masthead("\n".join(lines), settings.number, organ_size(lines, settings.organ_size_pt),
                        signers=tuple(settings.signers))
    imprint = Imprint(settings.copy_to, "\n".join(printer_lines(settings.printer)), chinese_date(settings.printed_on))
    return dataclasses.replace(document, blocks=[masthead, *document.blocks, imprint])


def paginate(pages) -> str:
    """CSS that puts the 版记 where GB/T 9704 §7.4 and §7.5 want it (:func:`imprint_place`).

    ``pages`` is WeasyPrint's document laid out with the 版记 right after the body, at the foot
    of whose last page N it stays when N is even and it fits there; else it goes to the foot of
    the next even page: N + 1 when N is odd, else N + 2 after a blank page, and then neither the
    blank page nor the 版记's page carries a page number.
    """
    found = _imprint_box(pages)
    if not found:
        return ""
    number, page, box, pushed = found
    height = box.margin_height()
    place = _place(number, pushed)
    if place == "foot":
        bottom = page.content_box_y() + page.height
        return f".imprint-page {{ margin-top: {bottom - box.position_y - height - 0.01:.3f}px !important; }}"
    space = f"margin-top: {page.height - height - 0.01:.3f}px !important;"
    if place == "next":
        return f".imprint-page {{ break-before: page !important; {space} }}"
    last = number - 1 if pushed else number
    return (f".imprint-page {{ break-before: left !important; {space} }}\n"
            + "\n".join(f"@page :nth({n}) {{ @bottom-left {{ content: none !important; }} "
                         f"@bottom-right {{ content: none !important; }} }}" for n in (last + 1, last + 2)))


def imprint_place(pages) -> str:
    """Where the 版记 goes, one of ``reportkit.layout.IMPRINT_PLACES``, from the first pass
    (``"foot"`` also when the document has no 版记: nothing moves)."""
    found = _imprint_box(pages)
    return _place(found[0], found[3]) if found else "foot"


def _place(number: int, pushed: bool) -> str:
    """The 版记's place when the first pass set it on page ``number``, ``pushed`` past the body."""
    last = number - 1 if pushed else number  # the body's last page
    if last % 2 == 0 and not pushed:
        return "foot"
    return "next" if last % 2 else "blank"


def _imprint_box(pages):
    """(page number, page box, 版记 box, pushed) of the first pass, or ``None`` without a 版记;
    ``pushed``: nothing of the body precedes the 版记 on its page (it did not fit on the body's last)."""
    for number, page in enumerate(pages.pages, 1):
        for box in page._page_box.descendants():
            if _is_imprint(box):
                return number, page._page_box, box, box.position_y <= page._page_box.content_box_y() + 0.01
    return None


def _is_imprint(box) -> bool:
    element = getattr(box, "element", None)
    return (box.element_tag == "div" and element is not None and "imprint-page" in (element.get("class") or "").split()
            and not getattr(box, "pseudo_type", None))


LAYOUT = Layout(
    name="redhead",
    description="红头公文格式：GB/T 9704-2012 版头（红色发文机关标志、发文字号、红色分隔线）和版记（抄送、印发机关和印发日期）",
    directory=TEMPLATE,
    docx_template=TEMPLATE / "document.docx",
    # The default layout's HTML template and stylesheet draw every block; redhead.css adds the red look.
    html_template=CORE / "document.html.j2",
    stylesheet=CORE / "style.css",
    stylesheets=(TEMPLATE / "redhead.css",),
    shared=(CORE,),
    prepare=prepare,
    paginate=paginate,
    imprint_place=imprint_place,
)


def read_masthead_lines(lines: list[str], find) -> dict:
    """The settings a 版头's ``lines`` give (``organ_mark``, ``number``, ``signers``): the lines over the 发文字号 are
    the 标志's, one name when this layout breaks it so (:func:`organ_lines`), else a list, a line each. A line this
    layout does not print is a finding (``find``)."""
    settings: dict = {}
    mark: list[str] = []
    for line in (re.sub(r"\s+", "", text) for text in lines):
        printed = _PRINTED_NUMBER.match(line)
        if _UNPRINTED.match(line):
            find("masthead", f"版头的“{line}”未导入：本插件的版头只印发文机关标志和发文字号（不印份号、密级、紧急程度）")
        elif printed and "number" not in settings:
            settings["number"] = f"{printed['code']}〔{printed['year']}〕{int(printed['order'])}号"
            if settings["number"] != printed["number"]:
                find("masthead", f"发文字号“{printed['number']}”按 GB/T 9704-2012 第7.2.4条（年份用六角括号〔〕，顺序号不加“第”、"
                                 f"不编虚位）导入为“{settings['number']}”：请与原件核对")
            written = printed["signers"] or ""
            names = _signers(written)
            if names is None:
                find("masthead", f"签发人“{written}”未导入：姓名连在一起，分不出是哪几位，请照原件写 signers，如 [王某某, 李某某]")
            elif names:
                settings["signers"] = names
        elif "number" not in settings:
            mark.append(line)
        else:
            find("masthead", f"版头的“{line}”未导入：本插件的版头在发文字号之下不印别的")
    if mark:
        joined = "".join(mark)
        settings["organ_mark"] = joined if len(mark) == 1 or organ_lines(joined) == mark else mark
    return {key: settings[key] for key in _MASTHEAD_FIELDS if key in settings}


def _signers(text: str) -> list[str] | None:
    """The 签发人's names in ``text``, which the import reads without the space between them (王某某欧阳某某): the one
    way to part it in one or two names of two or three characters, or four after a two-character surname (欧阳某某);
    None where there are several (王某李某某: 王某 and 李某某, or 王某李 and 某某)."""
    ways = [[text]] * _a_name(text) + [[text[:k], text[k:]] for k in range(2, len(text) - 1)
                                       if _a_name(text[:k]) and _a_name(text[k:])]
    return [] if not text else ways[0] if len(ways) == 1 else None


def _a_name(text: str) -> bool:
    """Whether ``text`` may be one person's name: two or three characters (not a surname alone), or four after a
    two-character surname."""
    return 2 <= len(text) <= 3 and text not in _DOUBLE_SURNAMES or len(text) == 4 and text[:2] in _DOUBLE_SURNAMES


def read_imprint_lines(lines: list[str], find) -> dict:
    """The settings a 版记's ``lines`` give (``copy_to``, ``printer``, ``printed_on``): the 抄送 runs from its line to
    the one ending in its full stop (or, without one, while a line ends in a separator), the 印发机关 from there to
    the 印发日期's line, whose words before the date are its last. A line before the 抄送 or after the 印发日期 is a
    finding (``find``)."""
    lines = [re.sub(r"\s+", "", line) for line in lines]
    dated = next((i for i in range(len(lines) - 1, -1, -1) if _PRINTED_ON.search(lines[i])), len(lines))
    copied = next((i for i, line in enumerate(lines[:dated]) if _COPY_TO.match(line)), None)
    start = 0 if copied is None else copied + 1
    if copied is not None:
        while start < dated and not lines[start - 1].endswith("。") and (
                _COPY_SEPARATORS.search(lines[start - 1][-1]) or any(line.endswith("。") for line in lines[start:dated])):
            start += 1
    for line in lines[:copied or 0] + lines[dated + 1:]:
        find("imprint", f"版记的“{line}”未导入：本插件的版记只印抄送、印发机关和印发日期")
    settings: dict = {}
    if copied is not None:
        text = _COPY_TO.sub("", "".join(lines[copied:start])).rstrip("。")
        settings["copy_to"] = [name for name in _COPY_SEPARATORS.split(text) if name]
    printed = _PRINTED_ON.search(lines[dated]) if dated < len(lines) else None
    printer = "".join(lines[start:dated]) + (lines[dated][:printed.start()] if printed else "")
    if printer:
        settings["printer"] = printer
    if printed:
        try:
            settings["printed_on"] = date(int(printed["year"]), int(printed["month"]), int(printed["day"]))
        except ValueError:
            pass  # no such day: the settings say the 印发日期 is missing
    return settings


@hookimpl
def read_masthead(masthead: list[str], imprint: list[str], find):
    """The layout and settings a 红头 document's 版头 and 版记 give, as :class:`RedheadSettings` takes them. A value
    the lines do not give, or that the settings refuse, is a finding: an optional one is left out; without a required
    one nothing is written, and the finding gives the settings read, to be completed by hand."""
    read = {**read_masthead_lines(masthead, find), **read_imprint_lines(imprint, find)}
    settings = {key: read[key] for key in RedheadSettings.model_fields if key in read}
    try:
        RedheadSettings.model_validate(settings)
    except ValidationError as exc:
        fields = RedheadSettings.model_fields
        why = {err["loc"][0]: f"没有读出{fields[err['loc'][0]].title}" if err["type"] == "missing"
               else str(err["msg"]).removeprefix("Value error, ") for err in exc.errors(include_url=False) if err["loc"]}
        required = [key for key in why if fields[key].is_required()]
        for key in [key for key in why if key not in required]:
            find(_part(key), f"{fields[key].title}未导入：{why[key]}")
            del settings[key]
        if required:
            kept = [f"{key}: {_flow(value)}" for key, value in settings.items() if key not in required]
            blanks = [f"{key}: （{fields[key].title}）" for key in required]
            find(_part(required[0]), f"版头和版记未导入：{'；'.join(why[key] for key in required)}。要照原件印出，请在数据开头写上 "
                                     f"layout: {LAYOUT.name} 和 plugins: {{{PACKAGE}: {{{', '.join(kept + blanks)}}}}}，"
                                     "再照原件填好括号里的各项")
            return {}
    return {"layout": LAYOUT.name, "plugins": {PACKAGE: settings}}


def _part(key: str) -> str:
    """Which part of the document a setting is printed in: ``masthead`` or ``imprint``."""
    return "masthead" if key in _MASTHEAD_FIELDS else "imprint"


def _flow(value) -> str:
    """A setting as YAML writes it on one line: [甲, 乙], 2024-01-25."""
    return f"[{', '.join(value)}]" if isinstance(value, list) else str(value)


@hookimpl
def register_layouts(register):
    register(LAYOUT)


@hookimpl
def register_settings(register):
    register(Settings(PACKAGE, RedheadSettings, "红头版式的版头和版记"))
