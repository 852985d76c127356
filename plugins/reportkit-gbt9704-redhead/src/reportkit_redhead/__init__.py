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
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from reportkit import hookimpl
from reportkit.blocks import Document, Imprint, Masthead
from reportkit.errors import ReportkitError
from reportkit.layout import Layout
from reportkit.registry import Settings
from reportkit.resources import templates_dir

PACKAGE = "reportkit-gbt9704-redhead"
REPORTKIT_REQUIRES = ">=0.1,<0.2"
TEMPLATE = Path(__file__).with_name("template")
CORE = templates_dir() / "gbt9704"
#: The largest 发文机关标志 (小初); a longer name is set smaller so that it fits the text block.
MAX_ORGAN_PT = 36.0

_NUMBER = re.compile(r"^(?P<prefix>\S+)〔(?P<year>\d{4})〕(?P<serial>[1-9]\d*)号$")


class RedheadSettings(BaseModel):
    """The 版头 and 版记 of a 红头 document (GB/T 9704-2012 §7.2, §7.4)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)  # built on first use, not at every start

    organ_mark: str = Field(min_length=1, title="发文机关标志",
                            description="发文机关全称或规范化简称后加“文件”，例如 某某市生态环境局文件")
    number: str = Field(min_length=1, title="发文字号", description="机关代字、年份、发文顺序号，例如 某环发〔2022〕3号")
    copy_to: list[str] = Field(default_factory=list, title="抄送机关", description="抄送机关名称，每项一个")
    printer: str = Field(min_length=1, title="印发机关", description="通常是发文机关的办公厅（室）")
    printed_on: date = Field(title="印发日期", description="写成 2022-01-20 的形式")
    organ_size_pt: float | None = Field(None, gt=0, le=72, title="发文机关标志字号（磅）",
                                        description="不填则按名称长短自动选择，最大 36 磅（小初）")

    @field_validator("number")
    @classmethod
    def _official_number(cls, text: str) -> str:
        text = text.strip()
        if _NUMBER.match(text):
            return text
        if re.search(r"[\[【(（]\s*\d{4}\s*[\]】)）]", text):
            raise ValueError(f"发文字号“{text}”的年份应放在六角括号〔〕中，例如 某环发〔2022〕3号")
        if "第" in text:
            raise ValueError(f"发文字号“{text}”的顺序号前不加“第”，例如 某环发〔2022〕3号")
        if re.search(r"〕0\d*号$", text):
            raise ValueError(f"发文字号“{text}”的顺序号不编虚位（写 3号，不写 03号）")
        raise ValueError(f"发文字号“{text}”应由机关代字、〔年份〕和顺序号组成，例如 某环发〔2022〕3号")

    @field_validator("copy_to")
    @classmethod
    def _no_punctuation(cls, organs: list[str]) -> list[str]:
        return [organ.strip().rstrip("，,。；;、") for organ in organs if organ.strip()]


def chinese_date(day: date) -> str:
    """2022年1月20日: Arabic numerals, the year in full, no zero padding (§7.3.5.4, §7.4.3)."""
    return f"{day.year}年{day.month}月{day.day}日"


def organ_size(text: str, block_width_mm: float, wanted: float | None) -> float:
    """The 发文机关标志's size in points: ``wanted``, or the largest up to 小初 that fits one line."""
    if wanted:
        return wanted
    width_pt = block_width_mm * 72 / 25.4
    return min(MAX_ORGAN_PT, round(width_pt / max(len(text), 1) * 0.96, 1))


def prepare(document: Document, settings: RedheadSettings | None) -> Document:
    """The document with the 版头 first and the 版记 last."""
    if settings is None:
        raise ReportkitError(
            f"版式 redhead 需要 {PACKAGE} 的设置：在数据的 plugins: 下写明 {PACKAGE}: 及其 organ_mark（发文机关标志）、"
            "number（发文字号）、printer（印发机关）、printed_on（印发日期），见插件的 README")
    size = organ_size(settings.organ_mark, LAYOUT.geometry.block_width_mm, settings.organ_size_pt)
    masthead = Masthead(settings.organ_mark, settings.number, size)
    imprint = Imprint(settings.copy_to, settings.printer, chinese_date(settings.printed_on))
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


@hookimpl
def register_layouts(register):
    register(LAYOUT)


@hookimpl
def register_settings(register):
    register(Settings(PACKAGE, RedheadSettings, "红头版式的版头和版记"))
