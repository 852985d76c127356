"""The ``annual-report`` kind: 政府信息公开工作年度报告, editions 2008, 2019 and 2021, as a default plugin.

What it contributes is declared here; the models, builds, starters and rule checks of each edition are
imported when first used, so that a command imports only the edition it works on.
"""
from __future__ import annotations

from dataclasses import replace

from reportkit.dates import china_today
from reportkit.errors import ERROR, WARNING, ReportkitError
from reportkit.hookspecs import hookimpl
from reportkit.registry import Finding, Kind, Rule, StarterOptions, lazy

from . import edition2008
from .edition2008.spec import OWN, SECTIONS as SECTIONS_2008
from .tables import EDITIONS, KIND, SECTIONS, TABLE_EDITIONS

FIRST_YEAR = 2008
#: Every edition, oldest first, with what it follows.
EDITION_NAMES = {edition2008.EDITION: f"{edition2008.ISSUED_BY}下的提纲",
                 **{name: spec.issued_by for name, spec in EDITIONS.items()}}
_EDITION_NAMES = "、".join(f"{name}（{issued_by}）" for name, issued_by in EDITION_NAMES.items())


def edition_for_year(year: int) -> str:
    """The edition a report year calls for: 2008 up to the 2018 report, then the official formats."""
    if year <= edition2008.LAST_YEAR:
        return edition2008.EDITION
    return "2019" if year <= 2020 else "2021"


def _tables_written_for(data: dict) -> str | None:
    """The 2019+ edition whose table 二 columns the data's table 二 uses, when only one's are there."""
    table = ((data.get("tables") or {}) if isinstance(data.get("tables"), dict) else {}).get("active_disclosure")
    used = {key for row in table.values() if isinstance(row, dict) for key in row} if isinstance(table, dict) else set()
    columns = {name: {c.key for block in EDITIONS[name].active_disclosure for c in block.columns}
               for name in ("2019", "2021")}
    matched = [name for name, keys in columns.items() if used & (keys - columns["2019" if name == "2021" else "2021"])]
    return matched[0] if len(matched) == 1 else None


def resolve_edition(data: dict) -> tuple[str | None, list[Finding]]:
    """The edition to validate ``data`` with (from ``edition`` or ``year``), plus findings (R12)."""
    given = data.get("edition")
    edition = str(given) if given is not None and not isinstance(given, bool) else None
    year = data.get("year")
    if isinstance(year, str) and year.strip().isdigit() or isinstance(year, float) and year.is_integer():
        year = int(year)  # "2023", and 2023.0 copied from a spreadsheet: the model reads them so, with a note
    if year is None:
        if edition in EDITION_NAMES:
            return edition, []  # the model reports the missing year
        # “year　: 2023” (a full-width space is no blank to YAML), “Year: 2023”: the year is there, under another key;
        # the model names that key, at the key, as it does when edition is written (its year is checked once renamed)
        typed = next((key for key in data if isinstance(key, str) and key != "year"
                      and "".join(key.split()).lower() == "year"), None)
        if typed is not None:
            return resolve_edition({**data, "year": data[typed]})[0] or edition_for_year(china_today().year), []
        return None, [Finding(ERROR, "缺少报告年度 year（例如 year: 2023）：版式由它决定")]
    if isinstance(year, bool) or not isinstance(year, int):
        from reportkit.validate import year_message

        return None, [Finding(ERROR, f"报告年度 year {year_message(year)}", ("year",))]
    current = china_today().year
    if not FIRST_YEAR <= year <= current:
        return None, [Finding(ERROR, f"报告年度 {year} 超出范围：应在 {FIRST_YEAR} 至 {current} 之间", ("year",))]
    if edition is not None and edition not in EDITION_NAMES:
        return None, [Finding(ERROR, f"未知的版式版本 edition: {given}：可选 {_EDITION_NAMES}；不写则由报告年度决定",
                              ("edition",))]
    expected = edition_for_year(year)
    if edition is None:
        written = _tables_written_for(data)
        if written and written != expected:
            return expected, [Finding(WARNING, (
                f"表二是按 {written} 版（{EDITION_NAMES[written]}）的栏目写的，而 {year} 年度报告用 {expected} 版"
                f"（{EDITION_NAMES[expected]}），所以下面的表格字段报“未知字段”：从旧文件开始新一年请用 reportkit init "
                f"--from 旧文件 -o 新文件；确要按 {written} 版排版，写 edition: {written}"), ("year",))]
        return expected, []
    if edition != expected:
        said = (f"{year} 年度报告应使用 {expected} 版（{EDITION_NAMES[expected]}），"
                f"而 edition 写的是 {edition}（{EDITION_NAMES[edition]}）；将按 {edition} 版校验和排版")
        return edition, [Finding(WARNING, f"{said}：要按 {expected} 版，请改为 edition: \"{expected}\"，或删去 edition（R12）",
                                 ("edition",), published=f"{said}（R12）")]
    return edition, []


def build(report, locate):
    """The block tree of ``report``, by its edition."""
    from .model import AnnualReportBase

    if not isinstance(report, AnnualReportBase):
        from .edition2008.build import build as build_2008

        return build_2008(report, locate)
    from .build import build as build_tables
    from .citations import resolve as resolve_citations

    return build_tables(resolve_citations(report), locate)


def starter(options: StarterOptions) -> str:
    """The ``reportkit init`` file for the edition asked for, or the one the year calls for
    (made from last year's report with ``init --from``)."""
    from .starter import starter as starter_tables
    from .starter import starter_from

    if options.previous is not None:
        return starter_from(replace(options, edition=options.edition or edition_for_year(options.year)))
    if (options.edition or edition_for_year(options.year)) == edition2008.EDITION:
        if options.year > edition2008.LAST_YEAR:
            expected = edition_for_year(options.year)
            raise ReportkitError(f"2008 版用于 2008—{edition2008.LAST_YEAR} 年度的报告，{options.year} 年度请用 {expected} 版："
                                 f"请改为 --edition {expected}，或去掉 --edition")
        from .edition2008.starter import starter as starter_2008

        return starter_2008(options)
    return starter_tables(options)


def _model(edition: str | None):
    edition = edition or edition_for_year(china_today().year - 1)
    if edition == edition2008.EDITION:
        from .edition2008.model import AnnualReport2008

        return AnnualReport2008
    from .model import report_model

    return report_model(edition)


ANNUAL_REPORT = Kind(
    name=KIND,
    title="政府信息公开工作年度报告",
    editions=tuple(EDITION_NAMES),
    resolve_edition=resolve_edition,
    model=_model,
    build=build,
    starter=starter,
    parts=tuple(dict.fromkeys([key for key, *_ in SECTIONS] + [s.key for s in SECTIONS_2008] + [OWN])),
)


@hookimpl
def register_kinds(register):
    register(ANNUAL_REPORT)


_RULES, _CROSS_YEAR, _RULES_2008 = f"{__name__}.rules", f"{__name__}.crossyear", f"{__name__}.edition2008.rules"
#: The rules of the editions with statistics tables (:mod:`.rules`).
RULES = (
    Rule("R1", KIND, "表三每列：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理", lazy(_RULES, "check_r1"),
         TABLE_EDITIONS),
    Rule("R2", KIND, "表三（七）总计 = （一）至（六）各行之和（填写的总计须与计算值一致）", lazy(_RULES, "check_r2"), TABLE_EDITIONS),
    Rule("R3", KIND, "表三每行：总计 = 自然人 + 五类法人或其他组织之和", lazy(_RULES, "check_r3"), TABLE_EDITIONS),
    Rule("R5", KIND, "表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结", lazy(_RULES, "check_r5"), TABLE_EDITIONS),
    Rule("R6", KIND, "表二：上一年项目数量加本年增/减不能为负；现行有效件数不少于本年制发减本年废止（2019 版：对外公开总数量不少于本年新公开数量）",
         lazy(_RULES, "check_r6"), TABLE_EDITIONS),
    Rule("R17", KIND, "带注释的格：印出的“数值（注释）”在本列不超过 4 行（列宽按表格的相对列宽和默认版式算）",
         lazy(_RULES, "check_r17"), TABLE_EDITIONS),
    Rule("R10", KIND, "收取了信息处理费时，“六、其他需要报告的事项”不能写“无”", lazy(_RULES, "check_r10"), ("2021",)),
    Rule("R11", KIND, "统计期限为报告年度全年；标题、前言与报告年度一致", lazy(_RULES, "check_r11"), TABLE_EDITIONS),
    Rule("R9", KIND, "正文中的申请、办结、复议、诉讼、处罚等数字与统计表一致；【表三：…】引用的格存在",
         lazy(_RULES, "check_r9"), TABLE_EDITIONS),
    Rule("R14", KIND, "“一、总体情况”写到主动公开、依申请公开、政府信息管理、平台建设、监督保障（地方政府还有考核、评议、追责）",
         lazy(_RULES, "check_r14"), ("2021",)),
    Rule("R13", KIND, "“存在的主要问题及改进情况”不能只写“无”", lazy(_RULES, "check_r13"), TABLE_EDITIONS),
    Rule("deadline", KIND, "成文日期在统计期限之后、法定公布时限之前（部门 1月31日，地方政府 3月31日）", lazy(_RULES, "check_deadline"),
         TABLE_EDITIONS),
)
#: A section is flagged (R15) when at least this share of its sentences stands in last year's report too.
COPIED_SHARE = 0.6
#: The cross-year rules (:mod:`.crossyear`), run with ``--previous``.
CROSS_YEAR_RULES = (
    Rule("R7", KIND, "表三：二、上年结转 = 上年报告的四、结转下年度继续办理（每列；2020→2021 换版也比较）",
         lazy(_CROSS_YEAR, "check_r7"), TABLE_EDITIONS, previous=True),
    Rule("R8", KIND, "表二：现行有效件数 = 上年现行有效件数 + 本年制发 − 本年废止（2019 版：上一年项目数量 = 上年的上一年项目数量 + 本年增/减）",
         lazy(_CROSS_YEAR, "check_r8"), TABLE_EDITIONS, previous=True),
    Rule("R15", KIND, f"内容雷同：每部分与上年报告相同的句子不超过 {COPIED_SHARE:.0%}", lazy(_CROSS_YEAR, "check_copied"),
         TABLE_EDITIONS, previous=True),
    Rule("R16", KIND, "上年报告列出问题时，本年的“改进情况”不能为空或只写“无”", lazy(_CROSS_YEAR, "check_followed_up"),
         TABLE_EDITIONS, previous=True),
    Rule("R18", KIND, "正文紧接在新收（收到）申请数之后写的与上年相比的增减（百分数、件数）与本年和上年报告的表三一致",
         lazy(_CROSS_YEAR, "check_change"), TABLE_EDITIONS, previous=True),
)
_ONLY_2008 = (edition2008.EDITION,)
#: The rules of the 2008 edition (:mod:`.edition2008.rules`).
RULES_2008 = (
    Rule("disclosure", KIND, "主动公开：各类别之和等于本年度总数，填写的占比与计算值一致，累计数不少于本年度数",
         lazy(_RULES_2008, "check_disclosure"), _ONLY_2008),
    Rule("applications", KIND, "依申请公开：各渠道之和等于收到申请数，各答复结果之和等于答复数", lazy(_RULES_2008, "check_applications"),
         _ONLY_2008),
    Rule("R11", KIND, "统计期限在报告年度内（2008 年度可自 5 月 1 日起），标题与报告年度一致", lazy(_RULES_2008, "check_period"), _ONLY_2008),
    Rule("R9", KIND, "各部分正文和概述写明的主动公开、申请、复议诉讼申诉件数和收费与各部分的 figures 一致", lazy(_RULES_2008, "check_stated"),
         _ONLY_2008),
    Rule("preamble", KIND, "前言自写的段落已说明的部分数、统计期限不再重复生成", lazy(_RULES_2008, "check_preamble"), _ONLY_2008),
    Rule("deadline", KIND, "成文日期在统计期限之后、次年 3 月 31 日之前（2008 年《条例》）", lazy(_RULES_2008, "check_deadline"), _ONLY_2008),
    Rule("R13", KIND, "“存在的主要问题及改进措施”不能只写“无”", lazy(_RULES_2008, "check_problems"), _ONLY_2008),
    Rule("order", KIND, "各部分（含自设部分和插件栏目）的排序号互不相同", lazy(_RULES_2008, "check_order"), _ONLY_2008),
)

#: A clerk's paragraphs, checked as a work summary's (WS2) in every edition; not a published report's (``check``).
PARAGRAPHS = Rule("paragraphs", KIND, "正文段落的写法：手写编号、重复粘贴、制表符、日/月/年的日期、半角标点和括号、折断的网址、"
                  "过长的段落和小标题", lazy("reportkit.narrative", "check_paragraphs"))


@hookimpl
def register_rules(register):
    for rule in RULES + CROSS_YEAR_RULES + RULES_2008 + (PARAGRAPHS,):
        register(rule)
