"""How the 2008 edition prints each kind of figures: a sentence, a table's lead and a table.

The build prints a part's figures with these; the import and rule R9 read the sentences and tables back with them
(:mod:`reportkit.importers.figures2008`), so the words printed and the words read are one."""
from __future__ import annotations

from reportkit.attachments import content_widths, join_last_characters
from reportkit.blocks import Cell, Source, Table
from reportkit.layout import Geometry

from ..model import format_amount
from .model import ApplicationFigures, DisclosureFigures, FeeFigures, ReviewFigures, percent_text, share_of


def joined(items: list[str]) -> str:
    """``items`` as one list in words: A、B和C."""
    return items[0] if len(items) == 1 else "、".join(items[:-1]) + "和" + items[-1]


def listed(name: str) -> str:
    """``name`` as an item of a list parted by 、: quoted if it holds a 、 itself, so that it reads back whole."""
    return f"“{name}”" if "、" in name else name


def _head(text: str) -> Cell:
    return Cell(text, header=True)


def _measured(rows: list[list[Cell]], source: Source | None) -> Table:
    """A table of ``rows`` under one head row, its columns as wide as their texts ask (:func:`content_widths`): the
    counts and shares as narrow as their heads and figures, the names given the rest; no cell of the PDFs ends on a
    line of one character (:func:`join_last_characters`)."""
    table, geometry = Table(rows, widths=[1.0] * len(rows[0]), header_rows=1, source=source), Geometry()
    counts = {}
    table.widths = content_widths(table, geometry, counts)
    join_last_characters(table, geometry, counts)
    return table


def _sub_rows(items, unit_text) -> list[list[Cell]]:
    """“其中：A” then the other items indented under it, each with its value; a name's wrapped lines start under its
    first character."""
    rows = []
    for n, item in enumerate(items):
        prefix = "其中：" if n == 0 else "\u3000\u3000\u3000"
        rows.append([Cell(prefix + item.name, align="left", hanging=len(prefix)), Cell(unit_text(item))])
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
        items = [listed(c.name) + (f"（{c.count}条）" if c.count is not None else "") for c in figures.channels]
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
            return _measured(rows, source)
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
                part += "，其中" + "、".join(f"{listed(t.name)}{t.count}件" for t in figures.channels)
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
        return _measured(rows, source)


_REVIEW_WORDS = {"reviews": "被申请行政复议{n}件", "suits": "被提起行政诉讼{n}件", "complaints": "收到有关申诉{n}件"}


class _Review:
    @staticmethod
    def text(figures: ReviewFigures) -> list[str]:
        given = figures.given
        if all(n == 0 for _, _, n in given):
            return [f"本年度没有发生因政府信息公开引起的{joined([label for _, label, _ in given])}。"]
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
        waived = figures.waived
        if not figures.charged and not waived and not figures.waived_cases:
            # a waived 0 the clerk wrote is said, so that it is read back
            return ["本年度依申请提供政府信息，未收取任何费用" + ("，也没有减免费用。" if waived == 0 else "。")]
        head = (f"本年度依申请提供政府信息收取费用{format_amount(figures.charged)}元" if figures.charged
                else "本年度依申请提供政府信息未收取费用")
        if waived is not None or figures.waived_cases:
            head += "，减免费用" + (f"{format_amount(waived)}元" if waived is not None else "")
            # a 0 the clerk wrote beside an amount is said too, so that it is read back
            head += f"（{figures.waived_cases}件申请）" if figures.waived_cases is not None else ""
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
