"""The pydantic models of the annual report, one per edition.

Every model forbids unknown keys, so a misspelt key is an error, and every
field carries its official Chinese label (``title``) and an explanation
(``description``) for the JSON Schema. The table models are generated from the
specs in :mod:`.tables`.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal
from functools import cache, wraps
from typing import Annotated, Any, Callable, ClassVar, Literal, Optional

from pydantic import (
    AfterValidator, BaseModel, BeforeValidator, Field, WithJsonSchema, create_model, field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from reportkit.attachments import AttachmentData, Date, Organs, attachments_field, organs
from reportkit.dates import latest_year
from reportkit.load import WrittenFloat
from reportkit.narrative import FORBID, SectionItem, Text, Words

from .tables import (
    APPLICANT_COLUMNS, EDITIONS, NATURAL_PERSON, OUTCOMES, REVIEW_GROUPS, SECTIONS, TOTAL, Edition, Node,
    application_rows,
)

_EMPTY_MARKS = {"", "/", "-", "—", "－", "无", "空"}


# Cells ----------------------------------------------------------------------
class _Cell(BaseModel):
    """A table cell: a plain number, or ``{value: …, note: …}`` whose note prints beside the value."""

    model_config = FORBID
    note: Optional[str] = Field(None, title="注释", description="印在数值后的括号里，例如“划至市行政审批管理局”")

    @model_validator(mode="before")
    @classmethod
    def _plain(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return data
        if data is None:
            raise ValueError("不能留空：没有数据请填 0")
        if isinstance(data, bool):
            raise ValueError("应为数字，不能写 true/false")
        if isinstance(data, str) and data.strip() in _EMPTY_MARKS:
            raise ValueError(f"不能写“{data}”：没有数据请填 0")
        return {"value": data}

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema, handler):
        # Editors must accept the plain number too, not only the {value, note} form.
        ref = handler(core_schema)
        schema = handler.resolve_ref_schema(ref)
        full = dict(schema)
        plain = {k: v for k, v in full["properties"]["value"].items() if k not in ("title", "description")}
        schema.clear()
        schema.update(title=full.get("title", cls.__name__), description=full.get("description", ""),
                      anyOf=[plain, full])
        return ref

    def with_note(self, text: str) -> str:
        return f"{text}（{self.note}）" if self.note else text


#: Digits of the largest count or change (10⁹ of anything is beyond any agency, or any province's sum): more is a slip,
#: and it was reported only by the totals it broke.
MAX_COUNT_DIGITS = 9
_LARGEST_COUNT = 10 ** MAX_COUNT_DIGITS - 1


def _not_huge(value: int) -> int:
    if abs(value) >= 10 ** MAX_COUNT_DIGITS:
        raise ValueError(f"这个数有 {len(str(abs(value)))} 位，不可能这么多：请核对（最多 {MAX_COUNT_DIGITS} 位）")
    return value


#: A count of the 2008 edition's figures, held to the same digits.
BoundedInt = Annotated[int, AfterValidator(_not_huge)]


class Count(_Cell):
    """A count: a non-negative integer."""

    value: Annotated[int, AfterValidator(_not_huge)] = Field(
        ge=0, title="数值", description="非负整数；没有就填 0", json_schema_extra={"maximum": _LARGEST_COUNT})

    def text(self) -> str:
        return self.with_note(str(self.value))


class Change(_Cell):
    """本年增/减: a signed integer, printed with its sign."""

    value: Annotated[int, AfterValidator(_not_huge)] = Field(
        title="数值", description="带符号的整数：增加写 16，减少写 -11，不变写 0",
        json_schema_extra={"minimum": -_LARGEST_COUNT, "maximum": _LARGEST_COUNT})

    @model_validator(mode="before")
    @classmethod
    def _words(cls, data: Any) -> Any:
        if isinstance(data, str) and data.strip()[:1] in ("增", "减"):
            raise ValueError(f"“{data}”请写成带符号的数字：增加写 16，减少写 -11，说明可写在 note 里")
        return data

    def text(self) -> str:
        return self.with_note(f"{self.value:+d}" if self.value else "0")


#: An amount as it is printed: digits, a point and places, nothing else.
_DIGITS = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_EXPONENT = re.compile(rf"(?:{_DIGITS.pattern})[eE][-+]?[0-9]+")
_GROUPED = re.compile(r"[-+]?[0-9]{1,3}(?:[,，\s][0-9]{3})+(?:\.[0-9]+)?")
_SEPARATOR = re.compile(r"[,，\s]")
_FULL_WIDTH = re.compile("[\uff10-\uff19\uff0d\uff0e]")
#: Whole digits of the largest amount (10¹⁵ 元 is beyond any budget): more is a slip, printed as a run no cell can hold.
MAX_WHOLE_DIGITS = 15


def _as_written(value: Any) -> Any:
    """An amount with the digits the clerk wrote, quoted or not: YAML's float 412.30 remembers its text
    (:class:`~reportkit.load.WrittenFloat`), so 412.30 and 1000.00 print so. Other floats (from Python) are taken in
    their shortest form. Full-width digits, a thousands separator and an exponent (1e3) are refused with the fix."""
    if isinstance(value, WrittenFloat) and math.isfinite(value):
        value = value.text
    elif isinstance(value, float):
        return Decimal(repr(value)).normalize()
    if not isinstance(value, str):
        return value
    text = value.strip()
    if _FULL_WIDTH.search(text):  # the counts' message (reportkit.validate), from pydantic's error type
        raise PydanticCustomError("decimal_parsing", "应为数字")
    if _GROUPED.fullmatch(text):
        raise ValueError(f"数字里不要写千位分隔符（“{text}”写成 {_SEPARATOR.sub('', text)}）")
    if _EXPONENT.fullmatch(text):
        plain = format(Decimal(text), "f")
        fix = f"写成 {plain}" if len(plain) <= MAX_WHOLE_DIGITS else "写出各位数字"
        raise ValueError(f"金额不能用科学计数法写：“{text}”请{fix}")
    if not _DIGITS.fullmatch(text):
        return value  # words, 1_000 …: pydantic reads or refuses them
    amount = Decimal(text)
    return amount if amount else amount.copy_abs()  # -0.00 is 0.00


def _plausible(value: Decimal) -> Decimal:
    if value.adjusted() >= MAX_WHOLE_DIGITS:
        raise ValueError(f"金额有 {value.adjusted() + 1} 位整数，不可能这么大：请核对（最多 {MAX_WHOLE_DIGITS} 位整数）")
    return value


#: A sum of money in the data (never below 0), printed with the digits it was written with. Its JSON Schema: a
#: number, or digits in quotes as :func:`_as_written` reads them ("412.30", "1_000"; not "1,234.5" or "1e3").
Money = Annotated[Decimal, BeforeValidator(_as_written), AfterValidator(_plausible), WithJsonSchema({"anyOf": [
    {"type": "number", "minimum": 0, "exclusiveMaximum": 10 ** MAX_WHOLE_DIGITS},
    {"type": "string", "pattern": r"^\s*\+?([0-9]+(_[0-9]+)*(\.[0-9]*)?|\.[0-9]+)\s*$"}]})]


class Amount(_Cell):
    """An amount of money: a non-negative decimal, precise to the fen (分)."""

    value: Money = Field(ge=0, title="数值", description="金额，可带小数，照写的位数印出（412.30 印作 412.30）；没有就填 0")

    @field_validator("value")
    @classmethod
    def _fen(cls, value: Decimal) -> Decimal:
        if decimal_places(value) > 6:
            raise ValueError("金额最多精确到分：以万元计最多 6 位小数")
        return value

    def text(self, unit: str = "") -> str:
        return self.with_note(format_amount(self.value) + unit)


def decimal_places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def format_amount(value: Decimal) -> str:
    """A decimal with the places it has, never in exponent form: 2192.3159, 412.30, 0, 120."""
    return format(value, "f")


_CELL_TYPES = {"count": Count, "change": Change, "amount": Amount}
#: The 2019 table 二's columns on last year, which the 2021 one has not.
_LAST_YEAR = {"previous_year", "change"}


def _cell_field(cell_type: type, label: str) -> tuple:
    return cell_type, Field(0, validate_default=True, title=label, description="不填按 0 计")


class _Row(BaseModel):
    model_config = FORBID
    #: Keys of the other edition typed here, each with the fix its unknown key's message gives (reportkit.validate).
    misplaced: ClassVar[dict[str, str]] = {}


# Table 二 -------------------------------------------------------------------
class _ProcurementRow(_Row):
    @model_validator(mode="after")
    def _unit_needed(self):
        if self.amount.value and self.unit is None:
            raise ValueError("写明采购总金额的单位：unit: 元 或 unit: 万元")
        if self.unit == "元" and decimal_places(self.amount.value) > 2:  # 2192.315913 元: typed in 万元, surely
            raise ValueError(f"以元计的采购总金额最多 2 位小数（精确到分），而写的是 {format_amount(self.amount.value)}："
                             "这个数是不是以万元计？请核对 unit（万元）或金额")
        return self


def _camel(key: str) -> str:
    return "".join(p.title() for p in key.split("_"))


def _group(name: str, doc: str, fields: dict, base: type[BaseModel] = _Row) -> type[BaseModel]:
    return create_model(name, __base__=base, __doc__=doc, **fields)


def _disclosure_model(edition: Edition) -> type[BaseModel]:
    rows = {}
    for block in edition.active_disclosure:
        for key, label in block.rows:
            fields = {c.key: _cell_field(_CELL_TYPES[c.cell], c.label) for c in block.columns}
            base = _Row
            if block.unit_in_data:
                fields["unit"] = (Optional[Literal["元", "万元"]], Field(
                    None, title="金额单位", description="采购总金额的单位：元 或 万元；金额不为 0 时必填"))
                base = _ProcurementRow
            model = _group(_camel(key) + edition.name, f"表二 {block.caption}：{label}", fields, base)
            model.misplaced = {**_other_columns(edition, key, label, block.columns), "note": _note_fix(block.columns[0].key)}
            rows[key] = (model, Field(default_factory=model, title=label,
                                      description=f"{block.caption}“{label}”一行；不填的格按 0 计"))
    model = _group(f"ActiveDisclosure{edition.name}", "表二 主动公开政府信息情况", rows)
    other = _other(edition)
    model.misplaced = {
        key: f"{key}（{label}）是 {other.name} 版表二（{other.issued_by}）的一行；本报告按 {edition.name} 版（{edition.issued_by}）"
             "填写，表二没有这一行：请删去它，需要时把数写在 sections.active_disclosure 的说明里"
        for block in other.active_disclosure for key, label in block.rows if key not in rows}
    return model


def _note_fix(column: str) -> str:
    """Where a note typed beside a row's cells belongs: in the cell it explains."""
    return f"说明要写在它说明的那一格里：写成 {column}: {{value: 数, note: 说明}}，其余的格照旧写数"


def _other(edition: Edition) -> Edition:
    return next(spec for name, spec in EDITIONS.items() if name != edition.name)


def _other_columns(edition: Edition, key: str, label: str, columns: tuple) -> dict[str, str]:
    """The columns the other edition's table 二 has in row ``key`` and this one has not (2019's 本年增/减 in a 2021
    report), each with the fix: the row's own columns, or the narrative for a comparison with last year."""
    other, ours = _other(edition), {c.key for c in columns}
    listed = "、".join(f"{c.key}（{c.label}）" for c in columns)
    out = {}
    for block in other.active_disclosure:
        for column in (c for row, _ in block.rows if row == key for c in block.columns if c.key not in ours):
            then = ("比上年的数和增减不填在表里，需要时写在 sections.active_disclosure 的说明里"
                    if column.key in _LAST_YEAR else "请把数填到对应的列")
            out[column.key] = (f"{column.key}（{column.label}）是 {other.name} 版表二（{other.issued_by}）的列；本报告按 "
                               f"{edition.name} 版（{edition.issued_by}）填写，“{label}”一行的列是 {listed}：{then}，"
                               f"并删去 {column.key}")
    return out


# Table 三 -------------------------------------------------------------------
_COMPUTED = "由 reportkit 计算；如填写，必须等于计算值"

ApplicantRow = _group("ApplicantRow", "表三的一行：各类申请人的件数；总计由 reportkit 计算", {
    **{c.key: _cell_field(Count, c.label) for c in APPLICANT_COLUMNS},
    TOTAL.key: (Optional[Count], Field(None, title=TOTAL.label, description=f"六列之和，{_COMPUTED}")),
})
ApplicantRow.misplaced = {"note": _note_fix(NATURAL_PERSON.key)}
ApplicantTotalRow = _group("ApplicantTotalRow", "表三（七）总计：各格由 reportkit 计算", {
    c.key: (Optional[Count], Field(None, title=c.label, description=_COMPUTED)) for c in APPLICANT_COLUMNS + (TOTAL,)
})


def _node_model(edition: str, node: Node) -> tuple:
    if node.computed:
        return ApplicantTotalRow, Field(default_factory=ApplicantTotalRow, title=node.label,
                                        description="由 reportkit 计算（各办理结果之和）；可不填，如填写必须等于计算值")
    if not node.children:
        return ApplicantRow, Field(default_factory=ApplicantRow, title=node.label, description="不填的格按 0 计")
    fields = {child.key: _node_model(edition, child) for child in node.children}
    model = create_model(_camel(node.key) + edition, __base__=_Row, __doc__=f"表三 {node.label}",
                         __validators__={"_one_row": model_validator(mode="before")(_rows_written_as_one(node))},
                         **fields)
    return model, Field(default_factory=model, title=node.label, description=f"{node.label}下的各行")


def _rows_written_as_one(node: Node):
    """A check that ``node``'s rows are not written as one row of applicants' counts: 2021's （六）其他处理 is three
    rows where 2019's was one, and a 2019 file's row under a 2021 header gave an error for each of its six cells."""
    columns = {c.key for c in APPLICANT_COLUMNS + (TOTAL,)}
    rows = "；".join(f"{child.key}（{child.label}）" for child in node.children)

    def check(data):
        if isinstance(data, dict) and data and set(data) <= columns:
            raise ValueError(f"“{node.label}”在这一版本分为 {len(node.children)} 行：{rows}。这里写成了一行各类申请人的数"
                             f"（2019 版的写法）：请把数写到其中一行下，例如 {node.children[-1].key}: {{natural_person: 1}}")
        return data
    return check


def _applications_model(edition: Edition) -> type[BaseModel]:
    fields = {node.key: _node_model(edition.name, node) for node in edition.applications}
    return _group(f"Applications{edition.name}", "表三 收到和处理政府信息公开申请情况", fields)


# Table 四 -------------------------------------------------------------------
Outcomes = _group("Outcomes", "表四的一组（行政复议，或一类行政诉讼）；总计由 reportkit 计算", {
    **{c.key: _cell_field(Count, c.label) for c in OUTCOMES},
    TOTAL.key: (Optional[Count], Field(None, title=TOTAL.label, description=f"前四项之和，{_COMPUTED}")),
})

Outcomes.misplaced = {"note": _note_fix(OUTCOMES[0].key)}

ReviewLitigation = _group("ReviewLitigation", "表四 政府信息公开行政复议、行政诉讼情况", {
    key: (Outcomes, Field(default_factory=Outcomes, title=label, description=f"“{label}”五格；不填的格按 0 计"))
    for key, label in REVIEW_GROUPS
})


# Narrative: shared with other kinds and plugin sections -----------------------
_REQUIRED_SECTIONS = {"overview", "problems"}


def _section_field(key: str, number: str, label: str, description: str) -> tuple:
    title = f"{number}、{label}"
    if key in _REQUIRED_SECTIONS:
        return list[SectionItem], Field(min_length=1, title=title, description=description)
    return list[SectionItem], Field(default_factory=list, title=title, description=description)


Sections = create_model(
    "Sections", __config__=FORBID, __doc__="The narrative of the six official sections; reportkit numbers the headings.",
    **{key: _section_field(key, "一二三四五六"[i], label, hint) for i, (key, label, hint) in enumerate(SECTIONS)},
)


# The report -----------------------------------------------------------------
class Period(_Row):
    """统计期限."""

    start: Date = Field(title="起始日期", description="统计期限的第一天，通常为报告年度的 1 月 1 日")
    end: Date = Field(title="截止日期", description="统计期限的最后一天，通常为报告年度的 12 月 31 日")

    @model_validator(mode="after")
    def _ordered(self):
        if self.end < self.start:
            raise ValueError(f"统计期限的截止日期 {self.end} 早于起始日期 {self.start}")
        return self


def _digits_as_text(value: Any) -> Any:
    # A YAML 1.2 integer is written as its digits (030001 stays text: reportkit.load), so 100000 is the text typed.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


#: 邮编、电话: text, which may be typed without quotes (postcode: 100000, postcode: 030001).
Digits = Annotated[Words, BeforeValidator(_digits_as_text),
                   WithJsonSchema({"type": ["string", "integer"], "minLength": 1, "pattern": r"\S"})]


#: Full-width digits to half-width ones.
_HALF_WIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
#: The dashes a Chinese input method types between a phone number's area code and number (０３５１－１２３４５６７).
_DASHES = "－—–−"
_FULL_WIDTH_PHONE = re.compile(f"[\uff10-\uff19]+|[{_DASHES}]+")


class Contact(_Row):
    """联系方式, printed at the end of the preamble."""

    office: Optional[Words] = Field(None, title="联系单位", description="受理咨询的科室或单位，如“办公室”")
    address: Optional[Words] = Field(None, title="地址", description="通信地址")
    postcode: Optional[Digits] = Field(None, title="邮政编码", description="六位邮政编码，照写的印出，如 030001")
    phone: Optional[Digits] = Field(None, title="电话", description="联系电话，如 0351-1234567")
    email: Optional[Words] = Field(None, title="电子邮箱", description="电子邮箱")
    website: Optional[Words] = Field(None, title="网址", description="可下载本报告电子版的网站")

    @field_validator("postcode")
    @classmethod
    def _six_digits(cls, code: str | None) -> str | None:
        digits = code.translate(_HALF_WIDTH) if code else ""
        spaced = re.sub(r"[ \u3000]+", "", digits)
        if not spaced.isascii() or not spaced.isdigit():
            return code  # words (a placeholder, 同上) are printed as typed
        if len(spaced) != 6:
            raise ValueError(f"邮政编码是六位数字，“{code}”是 {len(spaced)} 位：请核对")
        if spaced != digits:
            raise ValueError(f"邮政编码“{code}”中间有空格：请删去空格，写作 {spaced}")
        if digits != code:
            raise ValueError(f"邮政编码“{code}”用了全角数字：请改为半角（英文输入法下的）数字 {digits}")
        return code

    @field_validator("phone")
    @classmethod
    def _half_width(cls, phone: str | None) -> str | None:
        typed = _FULL_WIDTH_PHONE.findall(phone or "")
        if typed:
            fixed = _FULL_WIDTH_PHONE.sub(lambda m: "-" if m[0][0] in _DASHES else m[0].translate(_HALF_WIDTH), phone)
            dashes = [f"“{dash}”" for dash in dict.fromkeys(typed) if dash[0] in _DASHES]
            named = "、".join(["全角数字"] * (len(dashes) < len(set(typed))) + [f"全角的{'、'.join(dashes)}"] * bool(dashes))
            raise ValueError(f"电话“{phone}”用了{named}：请改为半角（英文输入法下的）数字和减号，写作 {fixed}")
        return phone


class InformationProcessingFee(_Row):
    """信息处理费 (《政府信息公开信息处理费管理办法》), reported in section 六 from the 2021 edition on."""

    notices: int = Field(0, ge=0, title="收费通知件数", description="本年度发出信息处理费收费通知的件数")
    amount_notified: Money = Field(Decimal(0), ge=0, title="收费通知金额（元）", description="收费通知的总金额，单位：元")
    amount_collected: Money = Field(Decimal(0), ge=0, title="实际收取金额（元）", description="实际收取的信息处理费总额，单位：元")

    @field_validator("amount_notified", "amount_collected")
    @classmethod
    def _fen(cls, value: Decimal) -> Decimal:
        if decimal_places(value) > 2:
            raise ValueError("以元计的金额最多 2 位小数（精确到分）")
        return value

    @model_validator(mode="after")
    def _consistent(self):
        if not self.notices and self.amount_notified:
            raise ValueError(f"发出收费通知 0 件，收费通知金额却为 {format_amount(self.amount_notified)} 元")
        if self.amount_collected > self.amount_notified:
            raise ValueError(f"实际收取的金额（{format_amount(self.amount_collected)} 元）"
                             f"不能多于收费通知的总金额（{format_amount(self.amount_notified)} 元）")
        return self

    @property
    def charged(self) -> bool:
        return bool(self.notices or self.amount_notified or self.amount_collected)


#: The annual report's year bound (``resolve_edition`` tells it first, with the edition; this holds for a model built
#: without it): a report tells of a year already begun.
_THIS_YEAR_AT_LATEST = latest_year(0, "报告年度", "年度报告写的是今年或以前的工作")


class ReportCommon(BaseModel):
    """The checks and derived values that every edition's report model shares, the 2008 one included."""

    model_config = FORBID

    @field_validator("year", check_fields=False)
    @classmethod
    def _not_future(cls, year: int) -> int:
        return _THIS_YEAR_AT_LATEST(year)

    @field_validator("edition", mode="before", check_fields=False)
    @classmethod
    def _edition_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema, handler):
        # For editors, the edition typed without quotes (edition: 2021) too, as _edition_text reads it.
        ref = handler(core_schema)
        choices = handler.resolve_ref_schema(ref)["properties"]["edition"]["anyOf"]
        choices += [{"type": "integer", "const": int(c["const"])} for c in choices if "const" in c]
        return ref

    def _default_period(self) -> tuple[dt.date, dt.date]:
        return dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)

    @property
    def statistical_period(self) -> tuple[dt.date, dt.date]:
        return (self.period.start, self.period.end) if self.period else self._default_period()

    @property
    def display_title(self) -> str:
        return self.title or f"{self.agency}{self.year}年政府信息公开工作年度报告"

    @property
    def organs(self) -> list[str]:
        return organs(self.signature, self.agency)


class AnnualReportBase(ReportCommon):
    """Fields shared by every edition of 政府信息公开工作年度报告 from 2019 on."""

    spec: ClassVar[Edition]
    kind: Literal["annual-report"] = Field(title="文档类型", description="固定写 annual-report（政府信息公开工作年度报告）")
    year: int = Field(ge=2008, title="报告年度", description="报告所统计的年度，如 2023；版式（edition）由它决定")
    agency: str = Field(min_length=1, title="发布机关", description="发布报告的行政机关全称，如“某县生态环境局”")
    agency_type: Literal["department", "government"] = Field(
        title="机关类别",
        description="department：县级以上人民政府部门（次年 1 月 31 日前公布）；"
                    "government：地方人民政府（次年 3 月 31 日前公布）")
    title: Optional[str] = Field(None, min_length=1, title="标题",
                                 description="不填则为“<发布机关><年度>年政府信息公开工作年度报告”；可用换行分两行")
    period: Optional[Period] = Field(None, title="统计期限", description="不填则为报告年度的 1 月 1 日至 12 月 31 日")
    date: Date = Field(title="成文日期", description="报告的成文日期，写成 2021-02-05 的形式；印作“2021年2月5日”")
    addressee: Optional[str] = Field(None, min_length=1, title="主送机关", description="可不填；填写后印在标题下方")
    layout: Optional[str] = Field(None, title="版式", description="版式名称，不填则用 gbt9704（GB/T 9704-2012）")
    preamble: Optional[list[Text]] = Field(
        None, min_length=1, title="前言",
        description="标题后、“一、总体情况”前的段落；不填则由 reportkit 写出编制依据、内容和统计期限")
    sections: Sections = Field(title="正文", description="六个部分的文字；二、三、四部分的统计表印在各部分文字之后")
    signature: Organs = Field(
        None, title="署名", description="发文机关署名，不填则为发布机关；联合发布时写成列表")
    contact: Optional[Contact] = Field(None, title="联系方式", description="印在前言末尾的咨询联系方式")
    attachments: list[AttachmentData] = attachments_field()


@cache
def report_model(edition: str) -> type[BaseModel]:
    """The model of an ``annual-report`` of ``edition`` ("2019" or "2021"; the 2008 edition's is
    :class:`.edition2008.model.AnnualReport2008`)."""
    spec = EDITIONS[edition]
    tables = _group(f"Tables{edition}", "三张统计表", {
        "active_disclosure": (_disclosure_model(spec), Field(
            title="主动公开政府信息情况（表二）", description="《条例》第二十条各项的数量；不填的格按 0 计")),
        "applications": (_applications_model(spec), Field(
            title="收到和处理政府信息公开申请情况（表三）", description="各行按申请人类别填写；总计由 reportkit 计算")),
        "review_litigation": (ReviewLitigation, Field(
            title="政府信息公开行政复议、行政诉讼情况（表四）", description="三组各五格；总计由 reportkit 计算")),
    })
    fields: dict[str, Any] = {
        "edition": (Optional[Literal[edition]], Field(
            None, title="版式版本", description=f"{edition}：{spec.issued_by}；不填则由报告年度决定")),
        "tables": (tables, Field(title="统计表", description="表二、表三、表四")),
    }
    if spec.information_processing_fee:
        fields["information_processing_fee"] = (InformationProcessingFee, Field(
            default_factory=InformationProcessingFee, title="信息处理费",
            description="依《政府信息公开信息处理费管理办法》收取的信息处理费；印在“六、其他需要报告的事项”"))
    model = create_model(f"AnnualReport{edition}", __base__=AnnualReportBase,
                         __doc__=f"政府信息公开工作年度报告（{spec.issued_by}）", **fields)
    model.spec = spec
    if not spec.information_processing_fee:
        model.misplaced = {"information_processing_fee": (
            f"信息处理费（information_processing_fee）从 2021 版（{EDITIONS['2021'].issued_by}）起才报告；本报告按 "
            f"{edition} 版（{spec.issued_by}）填写，没有这一项：请删去它，需要时写在 sections.other 里")}
    return model


# Computed values --------------------------------------------------------------
def row_at(table: BaseModel, keys: tuple) -> BaseModel:
    """The row model at ``keys`` below ``table`` (e.g. ``("results", "denied", "state_secret")``)."""
    for key in keys:
        table = getattr(table, key)
    return table


def _last_report(compute: Callable[[AnnualReportBase], dict]) -> Callable[[AnnualReportBase], dict]:
    """``compute`` kept for the last report it was given: its values are read, never changed, by every rule and
    citation of one report, so they are computed once, not once per rule, citation and phrase."""
    last: list = [None, {}]

    @wraps(compute)
    def kept(report: AnnualReportBase) -> dict:
        if last[0] is not report:
            last[:] = report, compute(report)
        return last[1]

    return kept


@_last_report
def applications_values(report: AnnualReportBase) -> dict[tuple, dict[str, int]]:
    """Every cell of table 三 as printed: cells left out are 0, 总计 cells are computed (kept: :func:`_last_report`).

    Read by the 勾稽 rules, the citations and the table.
    """
    table = report.tables.applications
    columns = [c.key for c in APPLICANT_COLUMNS]
    values: dict[tuple, dict[str, int]] = {}
    results: list[dict[str, int]] = []
    for keys, node in application_rows(report.spec):
        if node.computed:
            row = {c: sum(r[c] for r in results) for c in columns}
        else:
            cells = row_at(table, keys)
            row = {c: getattr(cells, c).value for c in columns}
        row[TOTAL.key] = sum(row.values())
        values[keys] = row
        if keys[0] == "results":
            results.append(row)
    return values


def outcome_values(group: Outcomes) -> dict[str, int]:
    """One group of table 四 as printed, with its computed 总计."""
    row = {c.key: getattr(group, c.key).value for c in OUTCOMES}
    row[TOTAL.key] = sum(row.values())
    return row


@_last_report
def shown_values(report: AnnualReportBase) -> dict[tuple, dict[str, int]]:
    """Table 三 as its reader sees it: a 总计 cell as typed where one is (a published table that ``check`` read),
    else computed. The same as :func:`applications_values` wherever rules R2 and R3 hold; the rules that relate
    the table's rows to each other (R1) or to the text (R9) quote it, and hold where it or the parts agree (kept:
    :func:`_last_report`).
    """
    table, shown = report.tables.applications, {}
    for keys, node in application_rows(report.spec):
        cells, row = row_at(table, keys), dict(applications_values(report)[keys])
        for column in [*(c.key for c in APPLICANT_COLUMNS if node.computed), TOTAL.key]:
            typed = getattr(cells, column)
            if typed is not None:
                row[column] = typed.value
        shown[keys] = row
    return shown


def shown_outcomes(group: Outcomes) -> dict[str, int]:
    """One group of table 四 as its reader sees it: its 总计 as typed, where it is."""
    row = outcome_values(group)
    return row | ({TOTAL.key: group.total.value} if group.total is not None else {})
