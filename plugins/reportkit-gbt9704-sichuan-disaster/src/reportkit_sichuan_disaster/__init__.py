"""The 抗震救灾、灾后恢复重建信息公开情况 section of Sichuan annual reports, 2008-2010.

After the 5·12 Wenchuan earthquake, Sichuan agencies added this part to their 政府信息公开工作
年度报告 for 2008-2010; the 绵阳市环境保护局 2009 report has it as part 六, between 收费及减免
and 存在的主要问题, and lists it among the report's parts in its preamble. The data goes under
``sections: earthquake_recovery:`` and the data names this plugin under ``plugins:``.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

from reportkit import hookimpl
from reportkit.blocks import Paragraph
from reportkit.errors import ERROR
from reportkit.narrative import SectionItem
from reportkit.registry import Finding, Rule, Section, Settings

PACKAGE = "reportkit-gbt9704-sichuan-disaster"
REPORTKIT_REQUIRES = ">=0.1,<0.2"
NAME = "earthquake_recovery"
TITLE = "抗震救灾、灾后恢复重建信息公开情况"
YEARS = range(2008, 2011)
#: Between 五、收费及减免 (500) and the part on 存在的主要问题 (600) of the annual report's outline.
ORDER = 550

#: The kinds of information such reports say were disclosed, and how the text names each.
CATEGORIES = {
    "relief_funds": "抗震救灾款物的接收、分配和使用情况",
    "reconstruction_projects": "灾后恢复重建项目及资金安排情况",
    "environmental_monitoring": "环境监测信息",
    "environmental_quality": "环境质量公告",
    "reconstruction_progress": "灾后恢复重建情况",
}
CHANNELS = {
    "news_media": "新闻媒体",
    "website": "门户网站",
    "press_conference": "新闻发布会",
    "bulletin_board": "政务公开栏",
    "gazette": "政府公报",
}
Category = Literal[tuple(CATEGORIES)]  # type: ignore[valid-type]
Channel = Literal[tuple(CHANNELS)]  # type: ignore[valid-type]
FORBID = ConfigDict(extra="forbid", defer_build=True)  # validators built on first use, not at every start


class EarthquakeRecovery(BaseModel):
    """抗震救灾、灾后恢复重建信息公开情况."""

    model_config = FORBID

    period: str = Field("“5·12”抗震救灾和灾后恢复重建期间", min_length=1, title="期间",
                        description="这部分所说的期间，原样印出，例如 “5.12”抗震救灾及2009年灾后重建期间")
    published_by: Literal["agency", "government"] = Field(
        "agency", title="发布者", description="agency：本机关自行公开；government：由本级政府统一发布（本机关按其部署提供信息）")
    government: Optional[str] = Field(None, min_length=1, title="统一发布的政府",
                                      description="published_by 为 government 时填写，例如 市政府")
    categories: list[Category] = Field(min_length=1, title="公开的信息类别",
                                       description="、".join(f"{k}（{v}）" for k, v in CATEGORIES.items()))
    channels: list[Channel] = Field(default_factory=list, title="公开渠道",
                                    description="、".join(f"{k}（{v}）" for k, v in CHANNELS.items()))
    other_channels: list[str] = Field(default_factory=list, title="其他公开渠道", description="上面没有的渠道，原样印出")
    counts: dict[Category, int] = Field(default_factory=dict, title="各类信息条数",
                                        description="有统计时填写，键为信息类别")
    total: Optional[int] = Field(None, ge=0, title="合计条数", description="可不填；填写时须与各类条数一致")
    content: list[SectionItem] = Field(default_factory=list, title="内容", description="其他说明：段落和小标题")

    @model_validator(mode="after")
    def _unique(self):
        for key in ("categories", "channels"):
            values = getattr(self, key)
            if len(set(values)) != len(values):
                raise ValueError(f"{key} 中有重复的项")
        return self


class SichuanSettings(BaseModel):
    """Settings under ``plugins: reportkit-gbt9704-sichuan-disaster:``."""

    model_config = FORBID
    self_reference: str = Field("本机关", min_length=1, title="自称", description="报告中机关的自称，例如 我局、我委")


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else "、".join(items[:-1]) + "和" + items[-1]


def statement(data: EarthquakeRecovery, we: str = "本机关") -> str:
    """The section's first paragraph, from its structured data."""
    channels = [CHANNELS[c] for c in data.channels] + data.other_channels
    via = f"，发布渠道为{_join(channels)}" if channels else ""
    what = _join([CATEGORIES[c] for c in data.categories])
    if data.published_by == "government":
        gov = data.government or "本级人民政府"
        return f"{data.period}，{what}由{gov}集中对外发布{via}；{we}按{gov}的安排提供本部门掌握的信息。"
    return f"{data.period}，{we}主动公开了{what}{via}。"


def counts_text(data: EarthquakeRecovery) -> str | None:
    if not data.counts:
        return None
    parts = [f"{CATEGORIES[c]}{n}条" for c, n in data.counts.items()]
    total = data.total if data.total is not None else sum(data.counts.values())
    return f"其中，公开{'、'.join(parts)}，共计{total}条。"


def build(data: EarthquakeRecovery, context) -> list:
    settings = context.settings or SichuanSettings()
    blocks = [Paragraph(statement(data, settings.self_reference), context.source("categories"))]
    counted = counts_text(data)
    if counted:
        blocks.append(Paragraph(counted, context.source("counts")))
    return blocks + context.narrative(data.content, "content")


def check(data: EarthquakeRecovery):
    """SD1-SD3: counts are non-negative and of listed categories; a typed total matches them."""
    for category, n in data.counts.items():
        if n < 0:
            yield Finding(ERROR, f"counts.{category}：条数不能小于 0，实际为“{n}”（SD1）", ("counts", category))
        if category not in data.categories:
            yield Finding(ERROR, f"counts.{category}：“{CATEGORIES[category]}”有条数，但不在 categories 中：请把它加入 categories"
                                 "（SD2）", ("counts", category))
    if data.total is not None and data.counts:
        counted = sum(data.counts.values())
        complete = set(data.counts) >= set(data.categories)
        if (complete and data.total != counted) or data.total < counted:
            yield Finding(ERROR, f"total：合计 {data.total} 条与各类条数之和 {counted} 条不符（SD3）", ("total",))
    if data.published_by == "government" and not data.government:
        yield Finding(ERROR, "government：由政府统一发布时，写明是哪一级政府，例如 government: 市政府（SD4）", ("government",))


def check_year(report):
    """SD0: the section belongs to the reports of 2008-2010, the years of relief and reconstruction."""
    if getattr(report.sections, NAME, None) is not None and report.year not in YEARS:
        yield Finding(ERROR, f"“{TITLE}”只用于 2008—2010 年度的报告，本报告是 {report.year} 年度：请删去 "
                             f"sections.{NAME}（SD0）", ("sections", NAME))


SECTION = Section(
    name=NAME, kind="annual-report", title=TITLE, order=ORDER, model=EarthquakeRecovery, build=build,
    rules=(check,), description="四川省各机关 2008—2010 年度报告中的抗震救灾、灾后恢复重建信息公开情况",
)


@hookimpl
def register_sections(register):
    register(SECTION)


@hookimpl
def register_rules(register):
    register(Rule("SD0", "annual-report", "抗震救灾、灾后恢复重建信息公开情况只用于 2008—2010 年度报告", check_year))


@hookimpl
def register_settings(register):
    register(Settings(PACKAGE, SichuanSettings, "四川抗震救灾栏目的设置"))
