"""The pydantic model of a 2008-edition annual report, generated from :data:`.spec.SECTIONS`.

Every part is optional and may be renamed (``title``) or moved (``order``); the
agency's own parts go in ``sections.own``. The figures are structured data that the
build prints as sentences or small tables; shares and totals are computed, and a
typed one must match (:mod:`.rules`).
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Annotated, Any, Literal, Optional, Union

from pydantic import (
    AfterValidator, BaseModel, BeforeValidator, Discriminator, Field, Tag, create_model, field_validator,
    model_validator,
)

from reportkit.attachments import AttachmentData, Organs, attachments_field, error_at, short
from reportkit.narrative import FORBID, Text, Words
from reportkit.outline import refuse_typed_number
from reportkit.sections import PartItem

from ..model import BoundedInt, Contact, Date, Money, Period, ReportCommon, decimal_places
from .spec import EDITION, ISSUED_BY, OWN, REGULATION, SECTIONS, default_period, order_table


class _Row(BaseModel):
    model_config = FORBID


def _no_number(text: str) -> str:
    return refuse_typed_number(text)


SectionTitle = Annotated[str, Field(min_length=1), AfterValidator(_no_number)]
Show = Literal["text", "table"]
_SHOW = ("text：印成一段文字，放在这一部分的正文之前（正文已写明这里每一个数字的不再另印）；table：印成小表格，放在正文之后")


# Shares ---------------------------------------------------------------------
def _percent(value: Any) -> Any:
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise ValueError("应为百分数，例如 61.7%")
    text = str(value).strip().rstrip("%％").strip()
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(f"应为百分数，例如 61.7% 或 61.7，实际为“{value}”") from None


Percent = Annotated[Decimal, BeforeValidator(_percent), Field(ge=0, le=100)]


def share_of(count: int, total: int, places: int = 1) -> Decimal:
    """``count`` as a percentage of ``total``, rounded half up: 66 of 107 → 61.7."""
    return (Decimal(count) * 100 / Decimal(total)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def percent_text(value: Decimal) -> str:
    """61.7%: as computed (one decimal) or as typed."""
    return f"{value}%"


# Figures ----------------------------------------------------------------------
#: A count typed into its name: 政策法规类信息：66条, 在线申请 12件 (a colon or a unit tells it from 市长信箱12345).
_COUNT_IN_NAME = re.compile(r"(?P<name>.*?[^\d\s：:])\s*(?P<colon>[：:])?\s*(?P<count>\d+)\s*(?P<unit>条|件|项|个|次)?")


class _Counted(_Row):
    """A name and its count, the count typed apart from the name."""

    @model_validator(mode="before")
    @classmethod
    def _count_apart(cls, data: Any) -> Any:
        name = data.get("name") if isinstance(data, dict) else None
        typed = _COUNT_IN_NAME.fullmatch(name.strip()) if isinstance(name, str) else None
        if typed and (typed["colon"] or typed["unit"]):
            what = cls.model_fields["count"].title
            fix = (f"名称里不再写{what}（已填在 count 里），写成 name: {typed['name']}" if data.get("count") is not None
                   else f"{what}要单独填在 count 里，写成 {{name: {typed['name']}, count: {typed['count']}}}")
            raise ValueError(f"“{name}”把{what}写进了名称：{fix}")
        return data


#: The longest name of a counted line (a category, a channel, an application's channel or outcome): a name, printed
#: in its table's first column (two lines at most) and in the part's sentences.
NAME_CHARS = 50


def _name(kind: str) -> Any:
    """The name of a counted line of ``kind``: at most :data:`NAME_CHARS` characters, refused past them."""
    return Annotated[str, short(NAME_CHARS, f"{kind}名称", f"只写{kind}的名称，说明文字写在这一部分的正文里")]


CategoryName, ChannelName, TallyName = _name("类别"), _name("渠道"), _name("申请渠道或答复结果")


class Category(_Counted):
    """One category of the items disclosed in the year."""

    name: CategoryName = Field(min_length=1, title="类别", description=f"信息类别，如“政策法规类”；最多 {NAME_CHARS} 字")
    count: BoundedInt = Field(ge=0, title="条数", description="本年度主动公开的这一类信息条数")
    share: Optional[Percent] = Field(
        None, title="占比", description="占本年度主动公开总数的百分比；由 reportkit 计算，可不填，如填写必须与计算值一致")


class Channel(_Counted):
    """A channel (网站、公开栏、新闻媒体 …), with the number of items it carried if known."""

    name: ChannelName = Field(min_length=1, title="渠道", description=f"公开渠道，如“门户网站”“新闻媒体”；最多 {NAME_CHARS} 字")
    count: Optional[BoundedInt] = Field(None, ge=0, title="条数", description="经这一渠道公开的信息条数；不知道可不填")


class Tally(_Counted):
    """A counted line of the applications: a channel of receipt or an outcome of the answers."""

    name: TallyName = Field(min_length=1, title="名称", description=f"如“在线申请”，或答复结果“同意公开”；最多 {NAME_CHARS} 字")
    count: BoundedInt = Field(ge=0, title="件数", description="件数")


def _once_each(items: list) -> list:
    """A list of named counts with no name twice: a line pasted twice was counted twice, and printed so."""
    seen: dict[str, int] = {}
    for number, item in enumerate(items, 1):
        if item.name in seen:
            raise ValueError(f"“{item.name}”列了两次（第 {seen[item.name]} 项和第 {number} 项）：若是粘贴重复了，请删去其中一项；"
                             "若是不同的两项，请把名称写得能区分")
        seen[item.name] = number
    return items


class DisclosureFigures(_Row):
    """主动公开的数量：本年度、累计、按类别（占比自动计算）、按渠道"""

    total: Optional[BoundedInt] = Field(
        None, ge=0, title="本年度主动公开数", description="本年度主动公开的信息条数；不填则为各类别之和")
    cumulative: Optional[BoundedInt] = Field(
        None, ge=0, title="累计主动公开数", description="历年累计主动公开的信息条数（含本年度）")
    categories: Annotated[list[Category], AfterValidator(_once_each)] = Field(default_factory=list, title="按类别",
                                       description="各类别的条数；占比由 reportkit 计算")
    partial: bool = Field(False, title="只列其中几类",
                          description="true：categories 只列了其中几类（印作“其中”），各类之和可小于本年度总数")
    channels: Annotated[list[Channel], AfterValidator(_once_each)] = Field(default_factory=list, title="公开渠道", description="各公开渠道及其条数")
    show: Show = Field("text", title="印法", description=_SHOW)

    @property
    def year_total(self) -> int | None:
        if self.total is not None:
            return self.total
        return sum(c.count for c in self.categories) if self.categories else None

    @model_validator(mode="after")
    def _not_empty(self):
        if self.total is None and self.cumulative is None and not self.categories and not self.channels:
            raise ValueError("至少填写 total、cumulative、categories 或 channels 之一")
        if self.partial and self.total is None:
            raise ValueError("partial: true 表示只列了其中几类：请同时填写本年度总数 total")
        return self


class ApplicationFigures(_Row):
    """依申请公开：收到的申请（按渠道）和答复（按结果）"""

    received: Optional[BoundedInt] = Field(None, ge=0, title="收到申请数", description="本年度收到的申请件数；不填则为各渠道之和")
    channels: Annotated[list[Tally], AfterValidator(_once_each)] = Field(default_factory=list, title="按申请渠道", description="各申请渠道（当面、信函、网上 …）的件数")
    answered: Optional[BoundedInt] = Field(None, ge=0, title="答复数", description="本年度答复的件数；不填则为各答复结果之和")
    outcomes: Annotated[list[Tally], AfterValidator(_once_each)] = Field(default_factory=list, title="按答复结果",
                                  description="各答复结果（同意公开、部分公开、不予公开、信息不存在 …）的件数")
    show: Show = Field("text", title="印法", description=_SHOW)

    @property
    def received_total(self) -> int | None:
        return self.received if self.received is not None else (
            sum(t.count for t in self.channels) if self.channels else None)

    @property
    def answered_total(self) -> int | None:
        return self.answered if self.answered is not None else (
            sum(t.count for t in self.outcomes) if self.outcomes else None)

    @model_validator(mode="after")
    def _not_empty(self):
        if self.received_total is None and self.answered_total is None:
            raise ValueError("至少填写收到申请数 received（或 channels）、答复数 answered（或 outcomes）之一")
        return self


REVIEW_LABELS = (("reviews", "行政复议"), ("suits", "行政诉讼"), ("complaints", "申诉"))


class ReviewFigures(_Row):
    """因政府信息公开被申请行政复议、提起行政诉讼和申诉的件数"""

    reviews: Optional[BoundedInt] = Field(None, ge=0, title="行政复议", description="因政府信息公开被申请行政复议的件数")
    suits: Optional[BoundedInt] = Field(None, ge=0, title="行政诉讼", description="因政府信息公开被提起行政诉讼的件数")
    complaints: Optional[BoundedInt] = Field(None, ge=0, title="申诉", description="有关政府信息公开的申诉（举报）件数")
    show: Show = Field("text", title="印法", description=_SHOW)

    @property
    def given(self) -> list[tuple[str, str, int]]:
        return [(key, label, getattr(self, key)) for key, label in REVIEW_LABELS if getattr(self, key) is not None]

    @model_validator(mode="after")
    def _not_empty(self):
        if not self.given:
            raise ValueError("至少填写 reviews、suits、complaints 之一")
        return self


class FeeFigures(_Row):
    """依申请提供政府信息收取和减免的费用"""

    charged: Money = Field(Decimal(0), ge=0, title="收取费用（元）", description="本年度收取的检索、复制、邮寄等费用，单位：元")
    waived: Optional[Money] = Field(None, ge=0, title="减免费用（元）", description="本年度减免的费用，单位：元；没有可不填")
    waived_cases: Optional[BoundedInt] = Field(None, ge=0, title="减免件数", description="减免费用的申请件数；没有可不填")
    show: Show = Field("text", title="印法", description=_SHOW)

    @field_validator("charged", "waived")
    @classmethod
    def _fen(cls, value: Decimal | None) -> Decimal | None:
        if value is not None and decimal_places(value) > 2:
            raise ValueError("以元计的金额最多 2 位小数（精确到分）")
        return value


#: The figures each kind of part may carry (``OfficialSection.figures``).
FIGURES: dict[str, type[BaseModel]] = {
    "disclosure": DisclosureFigures, "applications": ApplicationFigures, "review": ReviewFigures, "fees": FeeFigures,
}


# Parts ----------------------------------------------------------------------
class _Part(_Row):
    content: list[PartItem] = Field(default_factory=list, title="内容",
                                    description="段落、本机关的小表格和下一级小标题（（一）1.（1）），按顺序排列")

    @model_validator(mode="after")
    def _not_empty(self):
        if not self.content and getattr(self, "figures", None) is None:
            raise ValueError("这一部分既没有文字（content）也没有数据（figures）：请填写，或删去这一部分")
        return self


class OwnSection(_Part):
    """A part of the agency's own (主要做法, 下一步工作打算 …), placed by its ``order``."""

    title: SectionTitle = Field(title="标题", description="这一部分的标题，不带编号")
    order: int = Field(title="位置", description=f"排序号：按它与各部分的默认排序号（{order_table()}）比较确定位置")


def _official_model(section) -> type[BaseModel]:
    fields: dict[str, Any] = {
        "title": (Optional[SectionTitle], Field(
            None, title="标题", description=f"不填则为“{section.title}”"
            + (f"；常见的写法还有“{'”“'.join(section.variants)}”" if section.variants else ""))),
        "order": (Optional[int], Field(None, title="位置", description=f"排序号，不填为 {section.order}")),
        "within": (Optional[str], Field(None, title="并入", description=(
            "原报告把这一部分与另一部分合在一个标题下（“行政复议、行政诉讼及收费情况”）时，写那一部分的键（如 "
            "review_litigation）：这一部分不单列、不印标题，它的数字和文字印在那一部分里；不写则单列"))),
    }
    if section.figures:
        figures = FIGURES[section.figures]
        fields["figures"] = (Optional[figures], Field(None, title="数据", description=figures.__doc__))
    name = "".join(p.title() for p in section.key.split("_")) + EDITION
    return create_model(name, __base__=_Part, __doc__=f"“{section.title}”部分", **fields)


class _SectionsBase(_Row):
    @model_validator(mode="after")
    def _some_part(self):
        if not any(getattr(self, key) for key in type(self).model_fields):
            raise ValueError("正文至少要有一个部分")
        return self

    def group(self, key: str) -> list[str]:
        """The keys of the official parts printed under one heading with the part ``key``: the one with the heading
        first (the part ``key`` is ``within``, or ``key`` itself), then those printed ``within`` it."""
        head = getattr(self, key).within or key
        return [head] + [s.key for s in SECTIONS if (part := getattr(self, s.key)) is not None and part.within == head]

    @model_validator(mode="after")
    def _within_a_part(self):
        """A part printed ``within`` another names another official part that is present and printed on its own."""
        for section in SECTIONS:
            part = getattr(self, section.key)
            host = part and part.within
            if not host:
                continue
            where, mine = (section.key, "within"), f"“{section.title}”（{section.key}）"
            others = [s for s in SECTIONS if s.key != section.key]
            target = next((s for s in others if s.key == host), None)
            if target is None:
                said = "是它自己" if host == section.key else f"“{host}”不是正文的部分"
                raise error_at(f"{mine}的 within 写的{said}：写它要并入的另一部分的键（"
                                f"{'、'.join(s.key for s in others)}），单列的部分不写 within", where, host)
            named = f"“{target.title}”（{host}）"
            data = getattr(self, host)
            if data is None:
                raise error_at(f"{mine}并入的{named}没有写：请写上 sections.{host}，或删去 within 让这一部分单列",
                                where, host)
            if data.within == section.key:
                raise error_at(f"{mine}和{named}互相写了 within，就没有一个部分印出标题：只在并入的那一部分写 within，"
                                f"删去另一部分的 within", where, host)
            if data.within:
                raise error_at(f"{mine}并入的{named}本身又并入了“{data.within}”：请直接写 within: {data.within}",
                                where, host)
            for field, what, hint in (("title", "标题", "（合写的标题写在那一部分的 title 里）"), ("order", "排序号", "")):
                if getattr(part, field) is not None:
                    raise error_at(f"{mine}并入{named}印出，不用自己的{what}：请删去 {field}{hint}",
                                    (section.key, field), getattr(part, field))
        return self


Sections2008 = create_model(
    "Sections2008", __base__=_SectionsBase,
    __doc__="正文各部分；每一部分都可不写、改名（title）、移位（order）或并入另一部分（within），编号由 reportkit 生成",
    **{s.key: (Optional[_official_model(s)], Field(
        None, title=s.title, description=f"{s.hint}；排序号 {s.order}；不写则没有这一部分")) for s in SECTIONS},
    **{OWN: (list[OwnSection], Field(
        default_factory=list, title="自设部分",
        description="本机关自设的部分（如“主要做法”“下一步工作打算”），各写 title 和 order"))},
)


# Preamble -------------------------------------------------------------------
class Preamble(_Row):
    """The preamble: the agency's own opening paragraphs and/or generated sentences."""

    text: list[Text] = Field(default_factory=list, title="前言段落",
                             description="本机关自写的开头段落（如编制依据）；写了则不再生成依据句")
    basis: list[Words] = Field(default_factory=list, title="编制依据",
                             description=f"生成依据句时在{REGULATION}之外引用的文件，写全称并带书名号，如"
                                         "“《四川省贯彻〈中华人民共和国政府信息公开条例〉实施办法（试行）》”")
    parts: bool = Field(True, title="列出各部分", description="是否写出“本报告分为……个部分”（按实际的部分生成）")
    period: bool = Field(True, title="写统计期限", description="是否写出本报告所列数据的统计期限")

    @model_validator(mode="after")
    def _basis_needs_generation(self):
        if self.text and self.basis:
            raise ValueError("写了 text 就不再生成依据句，basis 不起作用：请把依据写进 text，或删去 text")
        return self


def _preamble_form(value: Any) -> str | None:
    if isinstance(value, list):
        return "List"
    if isinstance(value, dict):
        return "Mapping"
    return None


PreambleField = Annotated[
    Union[Annotated[list[Text], Tag("List")], Annotated[Preamble, Tag("Mapping")]],
    Discriminator(_preamble_form, custom_error_type="preamble",
                  custom_error_message="应为段落列表，或含 text、basis、parts、period 的映射"),
]


# The report -----------------------------------------------------------------
class AnnualReport2008(ReportCommon):
    """政府信息公开工作年度报告（2008 版：2008—2018 年度，依 2008 年《条例》）."""


    kind: Literal["annual-report"] = Field(title="文档类型", description="固定写 annual-report（政府信息公开工作年度报告）")
    edition: Optional[Literal["2008"]] = Field(
        None, title="版式版本", description=f"2008：{ISSUED_BY}下的提纲；2008—2018 年度不写也按此版")
    year: int = Field(ge=2008, title="报告年度", description="报告所统计的年度，2008 至 2018")
    agency: str = Field(min_length=1, title="发布机关", description="发布报告的行政机关全称，如“某市环境保护局”")
    title: Optional[str] = Field(None, min_length=1, title="标题",
                                 description="不填则为“<发布机关><年度>年政府信息公开工作年度报告”；可用换行分两行")
    period: Optional[Period] = Field(
        None, title="统计期限", description="不填则为报告年度的 1 月 1 日至 12 月 31 日（2008 年度自 5 月 1 日《条例》施行之日起）")
    date: Optional[Date] = Field(None, title="成文日期",
                                 description="写成 2010-03-15 的形式；不填则不印署名和成文日期（当年网上发布的报告常常如此）")
    date_style: Literal["arabic", "chinese"] = Field(
        "arabic", title="日期写法", description="arabic：2010年3月15日（默认）；chinese：二〇一〇年三月十五日（旧式写法）")
    addressee: Optional[str] = Field(None, min_length=1, title="主送机关", description="可不填；填写后印在标题下方")
    layout: Optional[str] = Field(None, title="版式", description="版式名称，不填则用 gbt9704（GB/T 9704-2012）")
    preamble: Optional[PreambleField] = Field(
        None, title="前言",
        description="不填则生成编制依据、各部分和统计期限；写成段落列表则只印这些段落；写成映射可逐项取舍")
    sections: Sections2008 = Field(title="正文", description=f"各部分；默认排序号：{order_table()}")
    signature: Organs = Field(
        None, title="署名", description="发文机关署名，不填则为发布机关；联合发布时写成列表")
    contact: Optional[Contact] = Field(None, title="联系方式", description="印在前言末尾的电子版和咨询联系方式")
    attachments: list[AttachmentData] = attachments_field()

    @model_validator(mode="after")
    def _signature_needs_date(self):
        if self.signature is not None and self.date is None:
            raise ValueError("写了署名 signature，也要写成文日期 date")
        return self

    def _default_period(self) -> tuple[dt.date, dt.date]:
        return default_period(self.year)

    @property
    def preamble_spec(self) -> Preamble:
        """The preamble as a :class:`Preamble`; a plain list of paragraphs replaces the generated text."""
        if self.preamble is None:
            return Preamble()
        if isinstance(self.preamble, list):
            return Preamble(text=self.preamble, parts=False, period=False)
        return self.preamble
