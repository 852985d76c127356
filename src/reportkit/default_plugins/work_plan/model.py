"""The pydantic model of a work plan, generated from :mod:`.spec`.

Unknown keys are errors everywhere; each field carries its Chinese label
(``title``) and an explanation (``description``) for the JSON Schema.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Annotated, Any, Literal, Optional, Union

from pydantic import AfterValidator, BaseModel, Field, create_model, field_validator, model_validator

from reportkit.attachments import (
    SIGNATURE_DESCRIPTION, Addressee, Agency, AttachmentData, Date, Organs, TitleText, attachments_field,
    digits_date_fix, error_at, short,
)
from reportkit.dates import latest_year
from reportkit.narrative import DAY_FIRST, FORBID, SectionItem, Text, Words, day_first_dates, day_first_fix
from reportkit.outline import refuse_typed_number

from .spec import ATTACHMENT_NOTE, DEFAULT_DEADLINE, DOCUMENT_NAME, PARTS, RESPONSIBLE_LABEL, TASK_TABLE_SUFFIX

_MONTH = re.compile(r"^(\d{4})\s*[-年/.]\s*(\d{1,2})\s*月?(?:\s*(\d{1,2})\s*日)?")
#: A deadline written as a date or a month and nothing else, in any of the usual ways: 2018-12, 2018/12/31, 2018年12月.
_WRITTEN_DATE = re.compile(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*(?:月\s*)?(?:[-/.]?\s*(\d{1,2})\s*日?)?")
#: A date or month typed in figures inside a deadline in words (2025-12-31前, 2025.6—2025.12): printed in Chinese
#: (2025年12月31日前) as a date alone is; as typed, it stood among the Chinese text.
_FIGURE_DATE = re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2})(?![\d月]))?(?!\d)")

#: The longest task name, unit and deadline in words: the task table's 责任单位 column holds about 8 characters a line,
#: its 完成时限 column about 7; anything longer was a paragraph pasted into the field.
TASK_CHARS, UNIT_CHARS, DEADLINE_CHARS = 200, 50, 60
Unit = Annotated[Words, short(UNIT_CHARS, "科室（单位）名称", "只写单位名称，多个单位分开写（配合单位写在 support 列表中）")]

#: 完成时限: a date (2018-11-20), a month ("2018-12" or "2018年12月"), or words ("全年", "长期坚持").
Deadline = Union[Annotated[Words, short(DEADLINE_CHARS, "完成时限", "只写日期、月份或一句时限（如“第三季度前”），具体安排写进 content")],
                 Date]


def deadline_span(value: Deadline | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a deadline may mean, or ``None`` for words without a date."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value, value
    found = _WRITTEN_DATE.fullmatch(value.strip()) or _MONTH.match(value.strip())
    if not found:
        return None
    year, month, day = int(found[1]), int(found[2]), found[3]
    if not 1 <= month <= 12:
        return None
    if day:
        try:
            day_ = dt.date(year, month, int(day))
        except ValueError:
            return None
        return day_, day_
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return dt.date(year, month, 1), last


def deadline_text(value: Deadline) -> str:
    """A deadline as printed: 2018年11月20日, 2018年12月, or the words as written, any date in figures among them
    in Chinese (2018年12月31日前)."""
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    found = _WRITTEN_DATE.fullmatch(value.strip())
    if not found:
        return _FIGURE_DATE.sub(_chinese_date, value.strip())
    return _chinese_date(found)


def _chinese_date(found: re.Match) -> str:
    return f"{found[1]}年{int(found[2])}月" + (f"{int(found[3])}日" if found[3] else "")


def _real_date(value: Any) -> Any:
    """A deadline written as a date or a month, or holding one in figures (2018-12-31前), names one that exists (not
    2018-13, 2018-00 or 2018-02-30)."""
    if not isinstance(value, str):
        return value
    if digits_date_fix(value):  # "20251231" printed as typed
        raise ValueError(f"完成时限只写了数字{digits_date_fix(value)}")
    for found in DAY_FIRST.finditer(value):  # 30/06/2025 would print as typed
        if day_first_dates(found):
            raise ValueError(f"完成时限“{value.strip()}”中的“{found.group()}”是日/月/年的次序：请按年-月-日{day_first_fix(found)}")
    whole = _WRITTEN_DATE.fullmatch(value.strip())
    for found in [whole] if whole else _FIGURE_DATE.finditer(value):
        year, month, day = int(found[1]), int(found[2]), found[3]
        try:
            dt.date(year, month, int(day) if day else 1)
        except ValueError:
            raise ValueError(f"完成时限“{value.strip()}”的{'日期' if day and 1 <= month <= 12 else '月份'}不存在："
                             f"写成 {year}-12（月份）或 {year}-12-31（日期）的形式") from None
    return value


#: The ways to write a deadline when the number it was read as holds no year.
_ANY_DEADLINE = "月份（年-月）、日期（年-月-日）或文字（如“全年”）"


def _not_a_number(value: Any) -> Any:
    """A deadline YAML read as a number (2018.12, 2018.10 read as 2018.1, 2018) is refused with the way to write it,
    in the year (and month) typed; one left empty (``deadline:``) is refused too, as it printed nothing or 全年."""
    if value is None:
        raise ValueError("完成时限是空的（冒号后面什么也没写）：写上日期、月份或文字（如 2025-12、“全年”），或删掉这一行"
                         "（不写时，分解表中印 task_table.default_deadline，正文中不印完成时限）")
    if isinstance(value, float):
        found = re.fullmatch(r"(\d{4})\.(\d{1,2})", getattr(value, "text", str(value)))
        if not found or not 1 <= int(found[2]) <= 12:
            raise ValueError(f"完成时限被读成了小数 {value}：请写成{_ANY_DEADLINE}")
        year, month = int(found[1]), int(found[2])
        last = calendar.monthrange(year, month)[1]
        raise ValueError(f"完成时限被读成了小数 {value}（{year}.10 会读成 {year}.1）：请写成 {year}-{month:02}（月份）、"
                         f"{year}-{month:02}-{last}（日期）或 {year}年{month}月")
    if isinstance(value, int) and not isinstance(value, bool):
        if not 1000 <= value <= 9999:  # 20251231: the date it is
            raise ValueError(f"完成时限被读成了数字 {value}{digits_date_fix(value) or '：请写成' + _ANY_DEADLINE}")
        raise ValueError(f"完成时限被读成了数字 {value}：请写成 {value}-12（月份）、{value}-12-31（日期）或文字（如“全年”）")
    return value


def _own_number(text: str) -> str:
    return refuse_typed_number(text, "任务")


class SubTask(BaseModel):
    """A sub-item of a task (1. 2. …), with its own 责任科室（单位） if it has one."""

    model_config = FORBID
    task: Annotated[str, short(TASK_CHARS, "任务名称", "任务名称写成一句话，具体措施写进 content")] = Field(
        min_length=1, title="任务", description="任务名称，不带编号：编号（（一） 1.）由 reportkit 生成")
    content: list[Text] = Field(default_factory=list, title="具体措施", description="任务的具体措施，一项一段")
    lead: Optional[Unit] = Field(None, title="牵头科室（单位）",
                                 description=f"印在“{RESPONSIBLE_LABEL}：”之后的第一个单位；子项不填则沿用所属任务的")
    support: list[Unit] = Field(default_factory=list, title="配合科室（单位）",
                                description="排在牵头单位之后的配合单位，按顺序排列")
    deadline: Optional[Deadline] = Field(
        None, title="完成时限",
        description="日期（2018-11-20）、月份（“2018-12”或“2018年12月”）或文字（“全年”）；日期须在方案年度内")

    _no_number = field_validator("task")(classmethod(lambda cls, v: _own_number(v)))
    _real_deadline = field_validator("deadline")(classmethod(lambda cls, v: _real_date(v)))
    _deadline_not_a_number = field_validator("deadline", mode="before")(classmethod(lambda cls, v: _not_a_number(v)))

    @field_validator("support", mode="before")
    @classmethod
    def _one_unit(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @property
    def units(self) -> list[str]:
        return ([self.lead] if self.lead else []) + list(self.support)


class Task(SubTask):
    """A task of 主要任务 (（一）（二） …), optionally split into sub-items."""

    items: list[SubTask] = Field(default_factory=list, title="子项",
                                 description="任务下的子项（1. 2. …），各有具体措施和责任科室（单位）")


class Notice(BaseModel):
    """印发通知: the cover notice printed before the plan."""

    model_config = FORBID
    title: TitleText = Field(min_length=1, title="通知标题",
                             description=f"如“某局关于印发2018年{DOCUMENT_NAME}的通知”；可用换行分两行")
    addressee: Optional[Addressee] = Field(None, min_length=1, title="主送机关", description="如“机关各科室、局属各单位”")
    body: list[Text] = Field(min_length=1, title="正文", description="通知的正文，一项一段")
    signature: Organs = Field(None, title="署名", description=SIGNATURE_DESCRIPTION)
    date: Date = Field(title="成文日期", description="写成 2018-06-25 的形式；印作“2018年6月25日”")
    attachment: bool = Field(
        False, title="方案作为附件", description="true：通知正文之下空一行印附件说明“附件：<方案标题>”，方案首页左上角印"
                                          "“附件”（GB/T 9704 §7.3.4、§7.3.7）；不写或 false 则都不印，方案紧接通知另起一页")

    @field_validator("attachment", mode="before")
    @classmethod
    def _yes_or_no(cls, value: Any) -> Any:
        """A mark or a 附件说明 typed for ``true`` (``attachment: 附件：某县……要点``) is refused with what to write."""
        if isinstance(value, str) and re.match(r"\s*附\s*件", value):
            raise ValueError(f"attachment 只写 true 或 false，不写“{value.strip()[:30]}”：写 true，附件说明"
                             "“附件：<方案标题>”和方案首页的“附件”由 reportkit 按方案标题印出")
        return value

    @model_validator(mode="after")
    def _note_once(self):
        """With ``attachment``, a 附件说明 typed as the body's last paragraph would print twice."""
        if self.attachment and ATTACHMENT_NOTE.match(self.body[-1]):
            raise error_at(f"通知正文的最后一段“{self.body[-1][:30]}”是附件说明，而 attachment: true 时 reportkit 已在正文之下"
                            "印出附件说明：请删去这一段", ("body", len(self.body) - 1), self.body[-1])
        return self


class TaskTable(BaseModel):
    """主要任务分解表: 序号 | 工作任务 | 具体措施 | 责任单位 | 完成时限."""

    model_config = FORBID
    place: Literal["attachment", "inline"] = Field(
        "attachment", title="位置", description="attachment：作为附件另起一页；inline：印在“主要任务”之后")
    title: Optional[TitleText] = Field(None, min_length=1, title="表名",
                                       description=f"作为附件时不填则为“<制定机关><年度>年{TASK_TABLE_SUFFIX}”；"
                                                   "印在正文中时填写的表名印在表上方，不填则不印")
    default_deadline: Annotated[str, short(DEADLINE_CHARS, "默认完成时限", "写一句时限，如“全年”")] = Field(
        DEFAULT_DEADLINE, min_length=1, title="默认完成时限", description="任务没有写完成时限时表中印的文字")
    attachment: Optional[int] = Field(
        None, ge=1, title="附件序号", description="作为附件时是第几个附件（附件2 写 2），attachments 中的附件依次排在它前后；"
                                              "不填则为附件1")


def _part_field(part) -> tuple:
    if part.form == "tasks":
        return list[Task], Field(min_length=1, title=part.label, description=part.hint)
    return list[SectionItem], Field(min_length=1, title=part.label,
                                    description=f"{part.hint}；段落和小标题，编号由 reportkit 生成")


Headings = create_model(
    "WorkPlanHeadings", __config__=FORBID, __doc__="各部分的标题，不填则用默认标题",
    **{p.key: (Optional[Annotated[str, AfterValidator(refuse_typed_number)]],  # numbered by reportkit: 一、
               Field(None, min_length=1, title=p.label, description=f"默认为“{p.label}”")) for p in PARTS},
)


class _WorkPlanBase(BaseModel):
    model_config = FORBID
    kind: Literal["work-plan"] = Field(title="文档类型", description="固定写 work-plan（政务公开工作实施方案、工作要点）")
    year: Annotated[int, AfterValidator(latest_year(1, "方案年度", "方案部署的是今年或明年的工作"))] = Field(
        ge=2008, title="方案年度", description="方案所部署的年度，如 2018；完成时限须在这一年内")
    agency: Agency = Field(min_length=1, title="制定机关", description="制定方案的机关全称，如“莆田市环境保护局”")
    title: Optional[TitleText] = Field(None, min_length=1, title="方案标题",
                                       description=f"不填则为“<制定机关><年度>年{DOCUMENT_NAME}”；可用换行分两行")
    notice: Optional[Notice] = Field(None, title="印发通知", description="印在方案之前的印发通知；不填则只印方案")
    preamble: list[Text] = Field(default_factory=list, title="前言", description="方案标题后、第一部分前的段落")
    headings: Optional[Headings] = Field(None, title="部分标题", description="改用其他的部分标题，如把“主要任务”写作“重点任务”")


def _part_fields() -> dict[str, tuple]:
    """Each part's field, in order; the tasks part's is followed by the paragraphs printed after its last task."""
    fields = {}
    for part in PARTS:
        fields[part.key] = _part_field(part)
        if part.form == "tasks":
            fields["tasks_after"] = (list[Text], Field(
                default_factory=list, title=f"{part.label}之后的段落",
                description="印在最后一项任务之后的段落（不编号），在正文中的分解表和下一部分之前，"
                            "如说明各项任务的分工另见附件的一句话；一项一段"))
    return fields


def _task_table_number(plan):
    """The task table's ``attachment`` number is one of the attachments' (the table's own among them), and only an
    attached table has one."""
    table = plan.task_table
    number = table.attachment if table else None
    if number is None:
        return plan
    count = len(plan.attachments) + 1
    if table.place != "attachment":
        raise error_at(f"分解表印在正文中（place: {table.place}），不是附件，attachment: {number} 用不上："
                        "删去 attachment，或把 place 改为 attachment", ("task_table", "attachment"), number)
    if number > count:
        fix = "删去 attachment（分解表是唯一的附件，印作“附件”）" if count == 1 else \
            f"改为 1 到 {count} 之间的数（{count} 排在最后），或删去 attachment（分解表为附件1）"
        raise error_at(f"分解表写的是附件{number}，而连同分解表一共只有 {count} 个附件（attachments 中 {count - 1} 个）：请{fix}",
                        ("task_table", "attachment"), number)
    return plan


WorkPlan = create_model(
    "WorkPlan", __base__=_WorkPlanBase, __doc__=f"{DOCUMENT_NAME}（工作要点）",
    __validators__={"_task_table_number": model_validator(mode="after")(_task_table_number)},
    **_part_fields(),
    task_table=(Optional[TaskTable], Field(None, title="主要任务分解表",
                                           description="把主要任务另列成表：作为附件或印在正文中；不填则不列表")),
    attachments=(list[AttachmentData], attachments_field()),
    signature=(Organs, Field(None, title="署名", description=SIGNATURE_DESCRIPTION + "；只在填写 date 时印出")),
    date=(Optional[Date], Field(None, title="成文日期",
                                description="方案本身的成文日期；有印发通知时通常不填（署名和日期印在通知末尾）")),
    layout=(Optional[str], Field(None, title="版式", description="版式名称，不填则用 gbt9704（GB/T 9704-2012）")),
)


def heading_of(plan: BaseModel, key: str, label: str) -> str:
    custom = getattr(plan.headings, key, None) if plan.headings else None
    return custom or label
