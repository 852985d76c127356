"""The rules of the 2008 edition: figures that add up, shares that match, the period, the deadline, the outline."""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from reportkit.attachments import chinese_date, years_named
from reportkit.errors import ERROR, WARNING
from reportkit.narrative import item_texts, says_nothing
from reportkit.registry import Finding
from reportkit.sections import part_tables

from ..figures.organs import others, whole_area
from ..figures.sentences import OWN_SUBJECT, TIME_SUBJECT
from ..model import decimal_places
from ..rules import date_findings, year_finding
from .model import AnnualReport2008, ApplicationFigures, DisclosureFigures, percent_text, share_of
from .spec import DEADLINE, IN_FORCE, OWN, SECTIONS


def _figures(report: AnnualReport2008, kind: str):
    """``(path, figures, heading)`` of every part present that carries figures of ``kind``."""
    for section in SECTIONS:
        data = getattr(report.sections, section.key)
        if section.figures == kind and data is not None and data.figures is not None:
            yield ("sections", section.key, "figures"), data.figures, _heading(report, section.key)


def _heading(report: AnnualReport2008, key: str) -> str:
    """The heading the official part ``key`` is printed under: its own, or that of the part it is ``within``."""
    head = report.sections.group(key)[0]
    return getattr(report.sections, head).title or next(s.title for s in SECTIONS if s.key == head)


def _printed_with(report: AnnualReport2008, key: str) -> list[list]:
    """The ``content`` of each part printed under one heading with the official part ``key`` (``within``)."""
    return [getattr(report.sections, k).content for k in report.sections.group(key)]


def check_disclosure(report: AnnualReport2008) -> Iterator[Finding]:
    """Categories add up to the year's total; typed shares equal the computed ones; the cumulative covers the year."""
    for path, figures, heading in _figures(report, "disclosure"):
        figures: DisclosureFigures
        total = figures.year_total
        summed = sum(c.count for c in figures.categories)
        if figures.categories and figures.total is not None:
            if summed > figures.total or (summed != figures.total and not figures.partial):
                names = "、".join(c.name for c in figures.categories)
                hint = "" if figures.partial else "；如果只列了其中几类，请写 partial: true"
                said = f"“{heading}”：各类别（{names}）之和为 {summed} 条，而本年度主动公开总数"
                yield Finding(ERROR, f"{said} total 为 {figures.total} 条{hint}", path + ("total",),
                              published=f"{said}为 {figures.total} 条：请核对后改正其中一处")
        for i, category in enumerate(figures.categories):
            if category.share is None:
                continue
            where = path + ("categories", i, "share")
            if not total:
                yield Finding(ERROR, f"“{heading}”：本年度主动公开总数为 0，“{category.name}”不能有占比", where)
                continue
            computed = share_of(category.count, total, decimal_places(category.share))
            if computed != category.share:
                said = (f"“{heading}”：“{category.name}”{category.count} 条占本年度 {total} 条的 "
                        f"{percent_text(share_of(category.count, total))}，而")
                yield Finding(ERROR, f"{said}填写的占比为 {percent_text(category.share)}（占比由 reportkit 计算，可删去 share）",
                              where, published=f"{said}报告写的占比为 {percent_text(category.share)}")
        if figures.cumulative is not None and total is not None and figures.cumulative < total:
            yield Finding(ERROR, (
                f"“{heading}”：历年累计主动公开 {figures.cumulative} 条，少于本年度的 {total} 条；累计数应包含本年度"
            ), path + ("cumulative",))
        for i, channel in enumerate(figures.channels):
            if channel.count is not None and total is not None and channel.count > total:
                yield Finding(WARNING, (
                    f"“{heading}”：经“{channel.name}”公开 {channel.count} 条，多于本年度主动公开总数 {total} 条"
                    "（不同渠道公开的同一条信息只计 1 条）"
                ), path + ("channels", i, "count"))


def check_applications(report: AnnualReport2008) -> Iterator[Finding]:
    """Channels add up to the applications received, outcomes to the answers; answers more than those received only
    where the part's text or table gives as many carried over from the year before (上年结转2件), with their count; a
    count received said to hold them (受理申请4件（其中1件为上年结转）) is told as it is, with no call to name them."""
    from reportkit.importers.figures2008 import carried_given  # reads sentences with the build's printers

    for path, figures, heading in _figures(report, "applications"):
        figures: ApplicationFigures
        for total_key, list_key, what, unit in (("received", "channels", "收到申请数", "各申请渠道"),
                                                ("answered", "outcomes", "答复数", "各答复结果")):
            typed, items = getattr(figures, total_key), getattr(figures, list_key)
            summed = sum(t.count for t in items)
            if typed is not None and items and summed != typed:
                names = "、".join(f"{t.name} {t.count}" for t in items)
                said = f"“{heading}”：{unit}之和（{names}）为 {summed} 件，而{what}"
                yield Finding(ERROR, f"{said} {total_key} 为 {typed} 件", path + (total_key,),
                              published=f"{said}为 {typed} 件：请核对后改正其中一处")
        received, answered = figures.received_total, figures.answered_total
        if received is None or answered is None or answered <= received:
            continue
        contents = _printed_with(report, path[1])
        count, named, within = carried_given([text for content in contents for _, text in item_texts(content, ())],
                                             [table.texts() for content in contents for table in part_tables(content)])
        said = f"“{heading}”：答复 {answered} 件，多于收到的 {received} 件申请"
        if count is not None:
            if answered > received + count:
                yield Finding(WARNING, f"{said}与正文所写上年结转的 {count} 件之和 {received + count} 件：请核对后改正其中一处",
                              path + ("answered",))
        elif within is not None:
            yield Finding(WARNING, f"{said}（正文写明其中 {within} 件为上年结转，已含在内）：请核对后改正其中一处",
                          path + ("answered",))
        elif named:
            yield Finding(WARNING, f"{said}；正文提到了上年结转的申请，但没有写件数：请写明上年结转了几件，如“上年结转2件”",
                          path + ("answered",))
        else:
            yield Finding(WARNING, f"{said}；如有上年结转的申请，请在正文说明", path + ("answered",))


def check_stated(report: AnnualReport2008) -> Iterator[Finding]:
    """R9: a number a part's own text or table states for one of its figures (as the import reads it: one number, the
    same wherever the part gives it) equals that figure; so does a total of the year the 概述 states
    (:func:`_overview_stated`)."""
    from reportkit.importers.figures2008 import search, search_table  # reads sentences with the build's printers

    for section in SECTIONS:
        data = getattr(report.sections, section.key)
        if not section.figures or data is None or data.figures is None:
            continue
        found: dict[str, list] = {}
        before = ""  # a paragraph saying only 上述申请均已办结。 answers those the one before counts
        contents = _printed_with(report, section.key)
        for _, text in (item for content in contents for item in item_texts(content, ())):
            for figure in search(section.figures, text, "正文", report.agency, report.year, before=before):
                found.setdefault(figure.field, []).append(figure)
            before = text
        for table in (table for content in contents for table in part_tables(content)):
            rows = table.texts()
            for figure in search_table(section.figures, rows, ["表格"] * len(rows))[0]:
                found.setdefault(figure.field, []).append(figure)
        for field, seen in found.items():
            values = {f.value for f in seen}
            typed = getattr(data.figures, field)
            if len(values) > 1 or None in values or typed is None or typed in values:
                continue
            name = type(data.figures).model_fields[field].title
            said = f"“{_heading(report, section.key)}”的{seen[0].place}写的是“{seen[0].words}”（{values.pop()}），而"
            yield Finding(WARNING, f"{said} figures 的“{name}”（{field}）为 {typed}：请核对后改正其中一处，使正文与 figures 一致",
                          ("sections", section.key, "figures", field),
                          published=f"{said}报告别处的“{name}”为 {typed}：请核对后改正其中一处")
    yield from _overview_stated(report)


#: The year's totals a 概述 may state, by the kind of figures of the part that gives them (历年累计 is no year's).
_OVERVIEW_TOTALS = {"disclosure": ("total",), "applications": ("received", "answered"),
                    "review": ("reviews", "suits", "complaints"), "fees": ("charged", "waived")}
#: The totals computed where they are not typed (the categories' sum, the channels', the outcomes').
_COMPUTED = {"total": "year_total", "received": "received_total", "answered": "answered_total"}
#: Words in a figure's sentence before it that make it a part of another count (其中……) or one of several (分别为……),
#: and in its clause a share (占……的三成) or a change (同比增加、较上年减少): not the year's total.
_PART_OF_SENTENCE = re.compile("其中|分别")
_NOT_TOTAL_CLAUSE = re.compile("占|同比|环比|[较比](?:上一?年度?|去年)|增加|增长|减少|下降|上升|降低|提高")
#: A clause that goes on with the count of the clause before it (“……占主动公开政府信息的三成，为290条”): one clause
#: with it.
_GOES_ON = re.compile(r"\s*(?:为|是|达到?|共计?|合计)")


def _overview_stated(report: AnnualReport2008) -> Iterator[Finding]:
    """R9 of the 概述: a total of the year it states clearly (as the import reads a part's sentences) equals the
    figure of the part that gives it; one after 其中 or 分别, in a clause of a share's 占 or of a change, or followed by
    其中 and the same figure (全年公开信息1000条，其中主动公开……972条) is not read, nor last year's or another organ's (a
    local government's whole area, “全县”, is its own: :func:`..figures.organs.whole_area`)."""
    from reportkit.importers.figures2008 import arabic, search  # reads sentences with the build's printers

    overview = report.sections.overview
    if overview is None:
        return
    parts = [s for s in SECTIONS if s.figures in _OVERVIEW_TOTALS and getattr(report.sections, s.key) is not None
             and getattr(report.sections, s.key).figures is not None]
    found: dict[tuple, list] = {}
    area = whole_area(report)
    for path, text in item_texts(overview.content, ("sections", "overview", "content")):
        # a local government's whole area (“全县主动公开…”) is its own, read as its subject left out; not with other
        # organs besides (“全县各部门…”)
        read = area.sub(lambda m: "　" * len(m.group()), text) if area else text
        digits = arabic(read)
        for section in parts:
            for figure in search(section.figures, read, "正文", report.agency, report.year):
                if figure.field in _OVERVIEW_TOTALS[section.figures] \
                        and _a_total(section.figures, figure.field, digits, figure.words, report):
                    found.setdefault((section, figure.field), []).append((path, text, figure))
    found = dict(sorted(found.items(), key=lambda item: _OVERVIEW_TOTALS[item[0][0].figures].index(item[0][1])))
    wrong = set()
    for (section, field), seen in found.items():  # received before answered: the order of :data:`_OVERVIEW_TOTALS`
        values = {figure.value for _, _, figure in seen}
        figures = getattr(report.sections, section.key).figures
        typed = getattr(figures, _COMPUTED.get(field, field))
        if len(values) > 1 or None in values or typed is None or typed in values:
            continue
        wrong.add(field)
        if field == "answered" and "received" in wrong and not any(re.search(r"\d", f.words) for _, _, f in seen):
            continue  # 均已答复 after the count received, wrong already: one error, one finding
        path, text, figure = seen[0]
        name, heading = type(figures).model_fields[field].title, _heading(report, section.key)
        said = f"“{_heading(report, 'overview')}”写的是“{figure.words}”（{figure.value}），而“{heading}”"
        yield Finding(WARNING, f"{said}的 figures 中“{name}”（{field}）为 {typed}：请改正其中一处", path,
                      at=figure.words if figure.words in text else "",
                      published=f"{said}写的“{name}”为 {typed}：请改正其中一处")


def _a_total(kind: str, field: str, text: str, words: str, report: AnnualReport2008) -> bool:
    """Whether ``words`` (a figure :func:`search` read in ``text``, in digits) state the year's total wherever they
    stand in ``text``: not after 其中 or 分别 in its sentence nor after a share's 占 or a change in its clause
    (:data:`_PART_OF_SENTENCE`, :data:`_NOT_TOTAL_CLAUSE`, :func:`_own_clause`), nor another organ's or a part's as
    R9 of the later formats tells them (:func:`..figures.organs.others`), nor followed in its sentence by 其中 and the
    same figure."""
    from reportkit.importers.figures2008 import search

    for at in (m.start() for m in re.finditer(re.escape(words), text)):
        sentence = re.split("[。！？!?；;]", text[:at + len(words)])[-1]
        rest = re.split("[。！？!?；;]", text[at + len(words):])[0]
        after = rest.split("其中", 1)[1] if "其中" in rest else ""
        if _PART_OF_SENTENCE.search(sentence) or _NOT_TOTAL_CLAUSE.search(_own_clause(sentence)) \
                or others(report, text, at) or any(f.field == field for f in search(kind, after, "正文", report.agency, report.year)):
            return False
    return True


def _own_clause(sentence: str) -> str:
    """The clause that ends ``sentence`` (up to a figure), with those before it that it goes on from
    (:data:`_GOES_ON`), from its subject on where it names the organ or the year (“为提高透明度全年主动公开……”: not
    the purpose before it)."""
    clauses = re.split("[，,：:]", sentence)
    clause = clauses.pop()
    while clauses and _GOES_ON.match(clause):
        clause = f"{clauses.pop()}，{clause}"
    subjects = [m.start() for p in (OWN_SUBJECT, TIME_SUBJECT) for m in p.finditer(clause)]
    return clause[max(subjects):] if subjects else clause


def check_problems(report: AnnualReport2008) -> Iterator[Finding]:
    """R13: the part on problems and improvements is not only “无”."""
    part = report.sections.problems
    if part is not None and says_nothing(part.content):
        heading = part.title or next(s.title for s in SECTIONS if s.key == "problems")  # as the report words it
        yield Finding(WARNING, (
            f"“{heading}”只写了“{part.content[0].strip()}”：请写明主要问题和改进措施"
            "（只写“无”，年报评议时会被扣分）"
        ), ("sections", "problems", "content", 0))


def check_period(report: AnnualReport2008) -> Iterator[Finding]:
    """R11: the statistical period lies in the report year (from 5月1日 in 2008); the title names the year."""
    year = report.year
    if report.period:
        starts = {dt.date(year, 1, 1)} | ({IN_FORCE} if year == IN_FORCE.year else set())
        start, end = report.period.start, report.period.end
        if start not in starts:
            usual = "2008年1月1日或5月1日（《条例》施行之日）" if year == IN_FORCE.year else f"{year}年1月1日"
            where = "不在报告年度内" if start.year != year else "不是年初"
            yield Finding(WARNING, f"统计期限起始日期为 {chinese_date(start)}，{where}：{year} 年度报告通常自 {usual} 起统计",
                          ("period", "start"))
        if end != dt.date(year, 12, 31):
            where = "不在报告年度内" if end.year != year else "不是年末"
            yield Finding(WARNING, f"统计期限截止日期为 {chinese_date(end)}，{where}：{year} 年度报告通常统计至 {year}年12月31日",
                          ("period", "end"))
    if report.title:
        years = years_named(report.title, mark="年?")
        if year not in years:
            said = f"标题中的年度为 {'、'.join(str(y) for y in sorted(years))}" if years else f"标题中没有写出“{year}年”"
            yield year_finding(said, year, ("title",))
    spec = report.preamble_spec
    listed = isinstance(report.preamble, list)
    for i, text in enumerate(spec.text):
        if "统计" in text:
            others = sorted(years_named(text) - {year})
            if others:
                yield year_finding(f"前言中的统计期限提到 {'、'.join(map(str, others))} 年", year,
                                   ("preamble", i) if listed else ("preamble", "text", i))


def check_preamble(report: AnnualReport2008) -> Iterator[Finding]:
    """The agency's own preamble paragraphs do not already say what reportkit generates after them: the parts
    (“共六个部分”) or the statistical period; both printed, the preamble said each twice, perhaps with two counts."""
    spec = report.preamble_spec
    for i, text in enumerate(spec.text):
        for key, words, generated in (("parts", "个部分", "“本报告分为……个部分”"), ("period", "统计期限", "“……统计期限为……”")):
            if getattr(spec, key) and words in text:
                said = f"前言自写的段落已写了“{words}”，reportkit 还会接着生成{generated}一句，前言就说了两次"
                yield Finding(WARNING, f"{said}：请在 preamble 下写 {key}: false，或删去自写的这一句", ("preamble", "text", i),
                              published=f"{said}：重新排版前请删去自写的这一句")


def check_deadline(report: AnnualReport2008) -> Iterator[Finding]:
    """The 成文日期 is after the period and by 3月31日 of the next year (2008 条例)."""
    if report.date is None:
        return
    deadline = dt.date(report.year + 1, *DEADLINE)
    yield from date_findings(report, deadline, (
        f"按 2008 年《中华人民共和国政府信息公开条例》，年度报告应于每年 3 月 31 日前公布，即 {chinese_date(deadline)} 前"
    ))


def check_order(report: AnnualReport2008) -> Iterator[Finding]:
    """No two parts share an ``order``: their places would depend on the order of writing."""
    taken: dict[int, str] = {}
    for section in getattr(type(report), "plugin_sections", ()):
        if getattr(report.sections, section.name, None) is not None:
            taken.setdefault(section.order, f"插件栏目“{section.title}”")
    placed = []
    for section in SECTIONS:
        data = getattr(report.sections, section.key)
        if data is not None and not data.within:  # printed within another part, it takes no place of its own
            given = data.order is not None
            placed.append((section.order if not given else data.order, data.title or section.title,
                           ("sections", section.key, "order") if given else ("sections", section.key)))
    for i, own in enumerate(report.sections.own):
        placed.append((own.order, own.title, ("sections", OWN, i, "order")))
    # Parts at their default place claim it first, so the clash is reported where an order was typed.
    for order, title, path in sorted(placed, key=lambda p: p[2][-1] == "order"):
        if order in taken:
            yield Finding(ERROR, (
                f"“{title}”的排序号 {order} 与{taken[order]}相同：请换一个排序号，例如 {order + 10}"
                f"（官方各部分的默认排序号：{'、'.join(f'{s.title} {s.order}' for s in SECTIONS)}）"
            ), path)
        else:
            taken[order] = f"“{title}”"
