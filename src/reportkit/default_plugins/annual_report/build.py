"""Turn a validated annual report into the format-neutral block tree."""
from __future__ import annotations

from typing import Callable

from reportkit.attachments import attachment_content, chinese_date, closing_blocks
from reportkit.blocks import Addressee, Block, Cell, Document, Paragraph, Signature, Source, Table, Title
from reportkit.numerals import chinese_numeral
from reportkit.narrative import says_nothing
from reportkit.outline import Part, content_blocks, numbered, ordered, plugin_parts

from .model import AnnualReportBase, Count, applications_values, format_amount, outcome_values, row_at
from .tables import (
    APPLICANTS_LABEL,
    APPLICATIONS_NOTE,
    DISCLOSURE_ITEM_LABEL,
    LITIGATION_LABEL,
    NATURAL_PERSON,
    ORGANISATIONS,
    ORGANISATIONS_LABEL,
    OUTCOMES,
    REVIEW_GROUPS,
    SECTION_ORDERS,
    SECTIONS,
    TOTAL,
    Node,
    application_rows,
)

Locate = Callable[[tuple], "Source | None"]
TITLE_LINE_CHARS = 20  # 2号 characters across the 156 mm text block
TABLE_SECTIONS = {"active_disclosure", "applications", "review_litigation"}


def period_text(report: AnnualReportBase) -> str:
    start, end = report.statistical_period
    tail = f"{end.month}月{end.day}日" if end.year == start.year else chinese_date(end)
    return f"{chinese_date(start)}至{tail}"


def build(report: AnnualReportBase, locate: Locate) -> Document:
    """The whole report: title, preamble, the six sections with their tables, signature."""
    parts = [Part(order, label, ("sections", key), lambda key=key: _section(report, key, locate))
             for order, (key, label, _) in zip(SECTION_ORDERS, SECTIONS)]
    parts = ordered(parts + plugin_parts(report, locate))
    body = _preamble(report, [part.title for part in parts], locate) + numbered(parts, locate)
    return document(report, body, Signature(report.organs, chinese_date(report.date), locate(("date",))), locate)


def document(report, body: list[Block], signature: Signature | None, locate: Locate) -> Document:
    """Any edition's report around ``body``: the title (in two lines when too long) and 主送机关, then the closing."""
    title = report.display_title
    if not report.title and len(title) > TITLE_LINE_CHARS:
        title = f"{report.agency}\n{report.year}年政府信息公开工作年度报告"
    blocks: list[Block] = [Title(title, locate(("title",) if report.title else ("agency",)))]
    if report.addressee:
        blocks.append(Addressee(report.addressee, locate(("addressee",))))
    blocks += body + closing_blocks(attachments(report, locate), signature)
    return Document(
        title=title.replace("\n", ""), author=report.organs[0], blocks=blocks,
        subject="政府信息公开工作年度报告", keywords=["政府信息公开", "年度报告", f"{report.year}年"], date=report.date,
    )


def attachments(report, locate: Locate) -> list[tuple]:
    """``(title, blocks, source)`` of each attachment, for :func:`reportkit.attachments.closing_blocks`."""
    return [(a.title, attachment_content(a, ("attachments", i), locate), locate(("attachments", i)))
            for i, a in enumerate(report.attachments)]


def _section(report: AnnualReportBase, key: str, locate: Locate) -> list[Block]:
    """The blocks below one official section's heading: narrative, then its table."""
    path = ("sections", key)
    items = getattr(report.sections, key)
    blocks: list[Block] = []
    if key == "other" and report.spec.information_processing_fee:
        blocks.append(Paragraph(_fee_text(report), locate(("information_processing_fee",))))
        if says_nothing(items):  # “无” after the fee sentence: not printed, said so (R10)
            items = []
    elif key == "other" and not items:
        blocks.append(Paragraph("本年度没有其他需要报告的事项。", locate(path)))
    blocks += content_blocks(items, 2, path, locate)
    if key in TABLE_SECTIONS:
        blocks.append(_TABLES[key](report, locate))
    return blocks


def _preamble(report: AnnualReportBase, titles: list[str], locate: Locate) -> list[Block]:
    if report.preamble:
        out = [Paragraph(text, locate(("preamble", i))) for i, text in enumerate(report.preamble)]
    else:
        out = [Paragraph(
            f"本报告依据《中华人民共和国政府信息公开条例》和{report.spec.issued_by}的要求编制，"
            f"分为{'、'.join(titles)}{chinese_numeral(len(titles))}个部分。"
            f"本报告所列数据的统计期限为{period_text(report)}。",
            locate(("year",)),
        )]
    contact = contact_paragraph(report, locate)
    if contact:
        out.append(contact)
    return out


def contact_paragraph(report, locate: Locate) -> Paragraph | None:
    """The closing sentences of the preamble: where the electronic version is, whom to ask."""
    contact = report.contact
    if contact:
        sentences = []
        if contact.website:
            sentences.append(f"本报告的电子版可在{contact.website}查阅和下载。")
        details = "，".join(f"{name}：{value}" for name, value in (
            ("地址", contact.address), ("邮政编码", contact.postcode), ("电话", contact.phone),
            ("电子邮箱", contact.email)) if value)
        if contact.office or details:
            who = contact.office or report.agency
            sentences.append(f"对本报告如有疑问，请与{who}联系" + (f"（{details}）。" if details else "。"))
        if sentences:
            return Paragraph("".join(sentences), locate(("contact",)))
    return None


def _fee_text(report: AnnualReportBase) -> str:
    fee = report.information_processing_fee
    if not fee.charged:
        return "本年度未发出信息处理费收费通知，未收取信息处理费。"
    return (f"本年度依据《政府信息公开信息处理费管理办法》发出收费通知{fee.notices}件，"
            f"通知收取信息处理费共计{format_amount(fee.amount_notified)}元，"
            f"实际收取{format_amount(fee.amount_collected)}元。")


def _head(text: str, colspan: int = 1, rowspan: int = 1) -> Cell:
    return Cell(text, colspan=colspan, rowspan=rowspan, header=True)


def _typed_text(value: int, typed: Count | None, source: Source | None) -> Cell:
    """A computed cell: the computed value, with the note of a typed total if it has one."""
    return Cell(typed.with_note(str(value)) if typed else str(value), source=source)


# Table 二 -------------------------------------------------------------------
def disclosure_table(report: AnnualReportBase, locate: Locate) -> Table:
    """表二: one 4-column grid; each 第二十条 item is a caption row, a header row and its data rows."""
    base = ("tables", "active_disclosure")
    table = report.tables.active_disclosure
    rows: list[list[Cell]] = []
    for block in report.spec.active_disclosure:
        # The last column takes up the rest of the 4-column grid, so no cell is left blank (R6).
        spans = [1] * (len(block.columns) - 1) + [4 - len(block.columns)]
        rows.append([_head(block.caption, colspan=4)])
        rows.append([_head(DISCLOSURE_ITEM_LABEL)] + [_head(c.label, colspan=n) for c, n in zip(block.columns, spans)])
        for key, label in block.rows:
            row = getattr(table, key)
            unit = (getattr(row, "unit", None) or "") if block.unit_in_data else ""
            cells = [Cell(label, source=locate(base + (key,)))]
            for c, n in zip(block.columns, spans):
                cell = getattr(row, c.key)
                text = cell.text(unit) if c.cell == "amount" else cell.text()
                cells.append(Cell(text, colspan=n, source=locate(base + (key, c.key))))
            rows.append(cells)
    # Each item has its own header row, so no header row repeats after a page break.
    return Table(rows, widths=[2.4, 1.6, 1.6, 1.6], header_rows=0, source=locate(base))


# Table 三 -------------------------------------------------------------------
def _label_rows(nodes: tuple[Node, ...], depth: int = 0) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for node in nodes:
        if node.children:
            below = _label_rows(node.children, depth + 1)
            below[0].insert(0, Cell(node.label, rowspan=len(below)))
            rows += below
        else:
            rows.append([Cell(node.label, colspan=3 - depth, align="left")])
    return rows


def applications_table(report: AnnualReportBase, locate: Locate) -> Table:
    """表三: the 3-row merged header, then one row per data row (23 in 2019, 25 in 2021)."""
    base = ("tables", "applications")
    values = applications_values(report)
    header = [
        [_head(APPLICATIONS_NOTE, colspan=3, rowspan=3), _head(APPLICANTS_LABEL, colspan=7)],
        [_head(NATURAL_PERSON.label, rowspan=2), _head(ORGANISATIONS_LABEL, colspan=5), _head(TOTAL.label, rowspan=2)],
        [_head(c.label) for c in ORGANISATIONS],
    ]
    columns = (NATURAL_PERSON,) + ORGANISATIONS + (TOTAL,)
    body = _label_rows(report.spec.applications)
    for labels, (keys, node) in zip(body, application_rows(report.spec)):
        typed = row_at(report.tables.applications, keys)
        for c in columns:
            source = locate(base + keys + (c.key,))
            cell = getattr(typed, c.key)
            if node.computed or c is TOTAL:
                labels.append(_typed_text(values[keys][c.key], cell, source))
            else:
                labels.append(Cell(cell.text(), source=source))
    return Table(header + body, widths=[1.0, 1.3, 3.6] + [1.0] * 7, header_rows=3, source=locate(base))


# Table 四 -------------------------------------------------------------------
def review_table(report: AnnualReportBase, locate: Locate) -> Table:
    """表四: 行政复议 (5 columns) and 行政诉讼 (2 × 5 columns) with a 3-row header, one data row."""
    base = ("tables", "review_litigation")
    outcome_labels = [c.label for c in OUTCOMES] + [TOTAL.label]
    header = [
        [_head(REVIEW_GROUPS[0][1], colspan=5), _head(LITIGATION_LABEL, colspan=10)],
        [_head(label, rowspan=2) for label in outcome_labels] + [_head(label, colspan=5) for _, label in REVIEW_GROUPS[1:]],
        [_head(label) for _ in REVIEW_GROUPS[1:] for label in outcome_labels],
    ]
    data: list[Cell] = []
    for key, _ in REVIEW_GROUPS:
        group = getattr(report.tables.review_litigation, key)
        values = outcome_values(group)
        for c in OUTCOMES:
            data.append(Cell(getattr(group, c.key).text(), source=locate(base + (key, c.key))))
        data.append(_typed_text(values[TOTAL.key], group.total, locate(base + (key, TOTAL.key))))
    return Table(header + [data], widths=[1.0] * 15, header_rows=3, source=locate(base))


_TABLES = {
    "active_disclosure": disclosure_table,
    "applications": applications_table,
    "review_litigation": review_table,
}
