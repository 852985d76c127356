"""Turn a validated 2008-edition report into the block tree.

The parts are the official ones present in the data, the agency's own parts and the
plugin sections, all placed by ``order`` and numbered by :func:`reportkit.outline.numbered`;
the preamble's list of parts is generated from that same ordered list.
"""
from __future__ import annotations

from typing import Callable

from reportkit.attachments import chinese_date
from reportkit.blocks import Block, Cell, Document, Paragraph, Signature, Source, Table
from reportkit.narrative import item_texts
from reportkit.numerals import chinese_numeral
from reportkit.outline import Part, content_blocks, numbered, ordered, plugin_parts
from reportkit.sections import part_tables

from ..build import contact_paragraph, document, period_text
from ..model import format_amount
from .model import (
    AnnualReport2008, ApplicationFigures, DisclosureFigures, FeeFigures, ReviewFigures, percent_text, share_of,
)
from .spec import OWN, REGULATION, SECTIONS, numeral_date

Locate = Callable[[tuple], "Source | None"]


def parts(report: AnnualReport2008, locate: Locate) -> list[Part]:
    """Every level-1 part of ``report`` in printing order: official, own and plugin parts by ``order``."""
    out: list[Part] = []
    for section in SECTIONS:
        data = getattr(report.sections, section.key)
        if data is None:
            continue
        out.append(Part(section.order if data.order is None else data.order, data.title or section.title,
                        ("sections", section.key), lambda s=section, d=data: _official(s, d, locate)))
    for i, own in enumerate(report.sections.own):
        path = ("sections", OWN, i)
        out.append(Part(own.order, own.title, path,
                        lambda o=own, p=path: content_blocks(o.content, 2, p + ("content",), locate)))
    return ordered(out + plugin_parts(report, locate))


def signature_date(report: AnnualReport2008) -> str:
    """The 成文日期 as printed: 2010年3月15日, or 二〇一〇年三月十五日 with ``date_style: chinese``."""
    return numeral_date(report.date) if report.date_style == "chinese" else chinese_date(report.date)


def build(report: AnnualReport2008, locate: Locate) -> Document:
    """Title, 主送机关, preamble, the numbered parts, and the signature when the report is dated."""
    outline = parts(report, locate)
    body = preamble(report, [part.title for part in outline], locate) + numbered(outline, locate)
    signature = Signature(report.organs, signature_date(report), locate(("date",))) if report.date else None
    return document(report, body, signature, locate)


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else "、".join(items[:-1]) + "和" + items[-1]


def preamble(report: AnnualReport2008, titles: list[str], locate: Locate) -> list[Block]:
    """The agency's opening paragraphs, the generated basis/parts/period sentences, the contact sentences."""
    spec = report.preamble_spec
    listed = isinstance(report.preamble, list)
    out: list[Block] = [Paragraph(text, locate(("preamble", i) if listed else ("preamble", "text", i)))
                        for i, text in enumerate(spec.text)]
    sentences = []
    if not spec.text:
        sentences.append(f"本报告根据{_joined([REGULATION, *spec.basis])}的规定编制。")
    if spec.parts and titles:
        sentences.append(f"报告正文分为{'、'.join(titles)}{chinese_numeral(len(titles))}个部分。")
    if spec.period:
        sentences.append(f"本报告所列数据的统计期限为{period_text(report)}。")
    if sentences:
        out.append(Paragraph("".join(sentences), locate(("preamble",) if report.preamble is not None else ("year",))))
    contact = contact_paragraph(report, locate)
    if contact:
        out.append(contact)
    return out


def _official(section, data, locate: Locate) -> list[Block]:
    """An official part: its figures as a sentence (unless its own text and tables give them all already), the
    narrative, or the narrative then a small table."""
    from reportkit.importers.figures2008 import stated  # reads sentences with this module's printers

    path = ("sections", section.key)
    figures = getattr(data, "figures", None)
    source = locate(path + ("figures",))
    blocks: list[Block] = []
    if figures is not None:
        printer = PRINTERS[section.figures]
        if figures.show == "table":
            lead = printer.table_lead(figures)
        else:
            own = [text for _, text in item_texts(data.content, ())]
            tables = [table.texts() for table in part_tables(data.content)]
            lead = [] if stated(section.figures, figures, own, tables) else printer.text(figures)
        blocks += [Paragraph(text, source) for text in lead]
    blocks += content_blocks(data.content, 2, path + ("content",), locate)
    if figures is not None and figures.show == "table":
        blocks.append(printer.table(figures, source))
    return blocks


# Figures as text and tables ----------------------------------------------------
def _head(text: str) -> Cell:
    return Cell(text, header=True)


def _sub_rows(items, unit_text) -> list[list[Cell]]:
    """“其中：A” then the other items indented under it, each with its value."""
    rows = []
    for n, item in enumerate(items):
        prefix = "其中：" if n == 0 else "\u3000\u3000\u3000"
        rows.append([Cell(prefix + item.name, align="left"), Cell(unit_text(item))])
    return rows


class _Disclosure:
    @staticmethod
    def shares(figures: DisclosureFigures) -> list[str | None]:
        total = figures.year_total
        return [percent_text(share_of(c.count, total)) if total else None for c in figures.categories]

    @classmethod
    def text(cls, figures: DisclosureFigures) -> list[str]:
        total = figures.year_total
        if total is not None:
            head = f"本年度主动公开政府信息{total}条"
            if figures.cumulative is not None:
                head += f"，历年累计主动公开{figures.cumulative}条"
        else:
            head = f"历年累计主动公开政府信息{figures.cumulative}条" if figures.cumulative is not None else ""
        sentences = [head + "。"] if head else []
        if figures.categories:
            items = [f"{c.name}{c.count}条" + (f"，占{share}" if share else "")
                     for c, share in zip(figures.categories, cls.shares(figures))]
            sentences.append(("其中，" if figures.partial else "按类别分，") + "；".join(items) + "。")
        sentences += cls.table_lead(figures)
        return ["".join(sentences)]

    @staticmethod
    def table_lead(figures: DisclosureFigures) -> list[str]:
        if not figures.channels:
            return []
        items = [c.name + (f"（{c.count}条）" if c.count is not None else "") for c in figures.channels]
        return [f"公开渠道有{'、'.join(items)}。"]

    @classmethod
    def table(cls, figures: DisclosureFigures, source: Source | None) -> Table:
        total, rows = figures.year_total, []
        if figures.categories:
            rows.append([_head("类别"), _head("条数"), _head("占本年度总数的比例")])
            for c, share in zip(figures.categories, cls.shares(figures)):
                rows.append([Cell(c.name, align="left"), Cell(str(c.count)), Cell(share or "0%")])
            rows.append([Cell("本年度主动公开总数", align="left"), Cell(str(total)), Cell("100%")])
            if figures.cumulative is not None:
                rows.append([Cell("历年累计主动公开", align="left"), Cell(str(figures.cumulative), colspan=2)])
            return Table(rows, widths=[3.0, 1.5, 2.0], header_rows=1, source=source)
        rows.append([_head("项目"), _head("条数")])
        if total is not None:
            rows.append([Cell("本年度主动公开", align="left"), Cell(str(total))])
        if figures.cumulative is not None:
            rows.append([Cell("历年累计主动公开", align="left"), Cell(str(figures.cumulative))])
        return Table(rows, widths=[3.0, 1.5], header_rows=1, source=source)


class _Applications:
    @staticmethod
    def text(figures: ApplicationFigures) -> list[str]:
        received, answered = figures.received_total, figures.answered_total
        if received == 0 and not answered:
            return ["本年度未收到政府信息公开申请。"]
        parts = []
        if received is not None:
            part = f"本年度共收到政府信息公开申请{received}件"
            if figures.channels:
                part += "，其中" + "、".join(f"{t.name}{t.count}件" for t in figures.channels)
            parts.append(part)
        if answered is not None:
            part = f"已答复{answered}件"
            if figures.outcomes:
                part += "，其中" + "，".join(f"{t.name}{t.count}件" for t in figures.outcomes)
            parts.append(part)
        return ["；".join(parts) + "。"]

    @staticmethod
    def table_lead(figures: ApplicationFigures) -> list[str]:
        return []

    @staticmethod
    def table(figures: ApplicationFigures, source: Source | None) -> Table:
        rows = [[_head("项目"), _head("件数")]]
        count = lambda t: str(t.count)  # noqa: E731
        if figures.received_total is not None:
            rows.append([Cell("收到政府信息公开申请", align="left"), Cell(str(figures.received_total))])
            rows += _sub_rows(figures.channels, count)
        if figures.answered_total is not None:
            rows.append([Cell("答复政府信息公开申请", align="left"), Cell(str(figures.answered_total))])
            rows += _sub_rows(figures.outcomes, count)
        return Table(rows, widths=[4.0, 1.5], header_rows=1, source=source)


_REVIEW_WORDS = {"reviews": "被申请行政复议{n}件", "suits": "被提起行政诉讼{n}件", "complaints": "收到有关申诉{n}件"}


class _Review:
    @staticmethod
    def text(figures: ReviewFigures) -> list[str]:
        given = figures.given
        if all(n == 0 for _, _, n in given):
            return [f"本年度没有发生因政府信息公开引起的{_joined([label for _, label, _ in given])}。"]
        return ["本年度因政府信息公开" + "，".join(_REVIEW_WORDS[key].format(n=n) for key, _, n in given) + "。"]

    @staticmethod
    def table_lead(figures: ReviewFigures) -> list[str]:
        return []

    @staticmethod
    def table(figures: ReviewFigures, source: Source | None) -> Table:
        given = figures.given
        rows = [[_head(f"{label}（件）") for _, label, _ in given], [Cell(str(n)) for _, _, n in given]]
        return Table(rows, widths=[1.0] * len(given), header_rows=1, source=source)


class _Fees:
    @staticmethod
    def text(figures: FeeFigures) -> list[str]:
        waived = figures.waived or 0
        if not figures.charged and not waived and not figures.waived_cases:
            return ["本年度依申请提供政府信息，未收取任何费用。"]
        head = (f"本年度依申请提供政府信息收取费用{format_amount(figures.charged)}元" if figures.charged
                else "本年度依申请提供政府信息未收取费用")
        if waived or figures.waived_cases:
            head += "，减免费用" + (f"{format_amount(waived)}元" if waived else "")
            head += f"（{figures.waived_cases}件申请）" if figures.waived_cases else ""
        return [head + "。"]

    @staticmethod
    def table_lead(figures: FeeFigures) -> list[str]:
        return []

    @staticmethod
    def table(figures: FeeFigures, source: Source | None) -> Table:
        cells = [("收取费用（元）", format_amount(figures.charged))]
        if figures.waived is not None:
            cells.append(("减免费用（元）", format_amount(figures.waived)))
        if figures.waived_cases is not None:
            cells.append(("减免件数", str(figures.waived_cases)))
        rows = [[_head(label) for label, _ in cells], [Cell(value) for _, value in cells]]
        return Table(rows, widths=[1.0] * len(cells), header_rows=1, source=source)


#: The printer of each kind of figures; the importer reads their sentences and tables back with them.
PRINTERS = {"disclosure": _Disclosure, "applications": _Applications, "review": _Review, "fees": _Fees}
