"""The outline of the 2008 edition (reports for 2008-2018 under the 2008 条例), as data.

:data:`SECTIONS` is the one place that names the official parts: their keys under
``sections:``, default headings, default ``order`` and the figures each may carry.
The model, the starter file of ``reportkit init``, the JSON Schema and the build all
read it. Orders are spaced by 100 so that sections of the agency's own (``own:``)
and plugin sections (:class:`reportkit.registry.Section`) can go between them;
e.g. the Sichuan 抗震救灾、灾后恢复重建信息公开情况 section sits between 收费及减免
(500) and 存在的主要问题 (600), so a plugin gives it 550.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportkit.numerals import chinese_numeral

EDITION = "2008"
#: What the edition follows, as printed in messages and the generated preamble.
ISSUED_BY = "2008年《中华人民共和国政府信息公开条例》（国务院令第492号）"
REGULATION = "《中华人民共和国政府信息公开条例》"
LAST_YEAR = 2018
#: The 2008 条例 came into force on this day: a 2008 report may count from it.
IN_FORCE = dt.date(2008, 5, 1)
#: Under the 2008 条例 every organ publishes its report by 3月31日 of the next year.
DEADLINE = (3, 31)


@dataclass(frozen=True)
class OfficialSection:
    """One part of the 2008 outline.

    ``figures`` names the structured figures the part may carry (see ``model.FIGURES``),
    ``variants`` are headings agencies used instead of ``title``, ``placeholder`` is
    the 【…】 text ``reportkit init`` writes into it.
    """

    key: str
    title: str
    order: int
    hint: str
    figures: str | None = None
    variants: tuple[str, ...] = ()
    placeholder: str = ""


SECTIONS: tuple[OfficialSection, ...] = (
    OfficialSection("overview", "概述", 100, "本年度政府信息公开工作的总体情况：组织领导、制度建设、主要做法",
                    variants=("总体情况", "基本情况", "概况", "工作概况", "组织推进情况"), placeholder="本年度工作的总体情况"),
    OfficialSection("active_disclosure", "主动公开政府信息情况", 200,
                    "主动公开的数量、类别、内容和渠道", "disclosure", ("主动公开情况",), "主动公开的内容和渠道"),
    OfficialSection("applications", "依申请公开政府信息情况", 300,
                    "收到和答复政府信息公开申请的情况", "applications",
                    ("依申请公开情况", "依申请公开政府信息和不予公开政府信息的情况", "依申请公开及咨询情况"), "申请的办理情况"),
    OfficialSection("review_litigation", "政府信息公开复议、诉讼和申诉情况", 400,
                    "因政府信息公开被申请行政复议、提起行政诉讼和申诉的情况", "review",
                    ("因政府信息公开申请行政复议、提起行政诉讼的情况", "行政复议和诉讼情况", "复议诉讼情况")),
    OfficialSection("fees", "政府信息公开的收费及减免情况", 500, "依申请提供政府信息收取和减免费用的情况", "fees",
                    ("政府信息公开收费情况",)),
    OfficialSection("problems", "政府信息公开工作存在的主要问题及改进措施", 600,
                    "工作中存在的主要问题和改进措施", variants=("存在问题及下步措施", "存在问题", "存在的不足及改进措施"),
                    placeholder="存在的主要问题和改进措施"),
    OfficialSection("other", "其他需要报告的事项", 700, "其他需要报告的事项", variants=("其他需要说明的事项",),
                    placeholder="其他需要报告的事项"),
)
#: The key under ``sections:`` of the agency's own parts (主要做法, 下一步工作打算 …).
OWN = "own"

_ZERO = "〇一二三四五六七八九"


def numeral_date(day: dt.date) -> str:
    """二〇一〇年三月五日: the legacy 成文日期 in Chinese numerals (``date_style: chinese``)."""
    year = "".join(_ZERO[int(d)] for d in str(day.year))
    return f"{year}年{chinese_numeral(day.month)}月{chinese_numeral(day.day)}日"


def default_period(year: int) -> tuple[dt.date, dt.date]:
    """The statistical period when the data gives none: the year, from 5月1日 in 2008."""
    start = IN_FORCE if year == IN_FORCE.year else dt.date(year, 1, 1)
    return start, dt.date(year, 12, 31)


def order_table() -> str:
    """The default orders, for descriptions: 概述 100、主动公开政府信息情况 200 …"""
    return "、".join(f"{s.title} {s.order}" for s in SECTIONS)
