"""The pydantic model of a work summary, generated from :mod:`.spec`."""
from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import AfterValidator, BaseModel, Field, create_model

from reportkit.attachments import (
    SIGNATURE_DESCRIPTION, Addressee, Agency, AttachmentData, Date, Organs, TitleText, attachments_field,
)
from reportkit.dates import latest_year
from reportkit.narrative import FORBID, Text
from reportkit.outline import refuse_typed_number
from reportkit.sections import PartItem

from .spec import PARTS


def _part_field(part) -> tuple:
    label = part.label.format(year="<年度>", next="<下一年度>")
    extra = {"min_length": 1} if part.required else {"default_factory": list}
    return list[PartItem], Field(title=label, description=f"{part.hint}；段落、小表格和小标题，编号由 reportkit 生成；"
                                                        "小表格写法与附件的 table 相同，印在它所在的位置", **extra)


Headings = create_model(
    "WorkSummaryHeadings", __config__=FORBID, __doc__="各部分的标题，不填则用默认标题",
    **{p.key: (Optional[Annotated[str, AfterValidator(refuse_typed_number)]],  # numbered by reportkit: 一、
               Field(None, min_length=1, title=p.label.format(year="<年度>", next="<下一年度>"),
                     description=f"默认为“{p.label.format(year='<年度>', next='<下一年度>')}”"))
       for p in PARTS},
)


class _WorkSummaryBase(BaseModel):
    model_config = FORBID
    kind: Literal["work-summary"] = Field(title="文档类型", description="固定写 work-summary（工作总结，可附下一年度工作计划）")
    year: Annotated[int, AfterValidator(latest_year(0, "总结年度", "总结的是今年或以前的工作"))] = Field(
        ge=2008, title="总结年度", description="所总结的年度，如 2016")
    agency: Agency = Field(min_length=1, title="报送机关", description="写总结的机关全称，如“苏州市环境保护局”")
    title: Optional[TitleText] = Field(None, min_length=1, title="标题",
                                       description="不填则为“<机关><年度>年工作总结”，有工作计划时加“和<下一年度>年工作计划”；可用换行分两行")
    addressee: Optional[Addressee] = Field(None, min_length=1, title="主送机关", description="可不填；填写后印在标题下方")
    preamble: list[Text] = Field(default_factory=list, title="前言", description="标题后、第一部分前的段落")
    headings: Optional[Headings] = Field(None, title="部分标题", description="改用其他的部分标题，如“2016年工作总结”")


WorkSummary = create_model(
    "WorkSummary", __base__=_WorkSummaryBase, __doc__="工作总结（可附下一年度工作计划）",
    **{p.key: _part_field(p) for p in PARTS},
    attachments=(list[AttachmentData], attachments_field()),
    signature=(Organs, Field(None, title="署名", description=SIGNATURE_DESCRIPTION)),
    date=(Date, Field(title="成文日期", description="写成 2017-01-10 的形式；印作“2017年1月10日”")),
    layout=(Optional[str], Field(None, title="版式", description="版式名称，不填则用 gbt9704（GB/T 9704-2012）")),
)


def heading_of(summary: BaseModel, part) -> str:
    custom = getattr(summary.headings, part.key, None) if summary.headings else None
    return custom or part.heading(summary.year)
