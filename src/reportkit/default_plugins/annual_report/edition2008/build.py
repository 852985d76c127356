"""Turn a validated 2008-edition report into the block tree.

The parts are the official ones present in the data, the agency's own parts and the
plugin sections, all placed by ``order`` and numbered by :func:`reportkit.outline.numbered`;
the preamble's list of parts is generated from that same ordered list.
"""
from __future__ import annotations

from typing import Callable

from reportkit.attachments import chinese_date
from reportkit.blocks import Block, Document, Paragraph, Signature, Source
from reportkit.narrative import item_texts
from reportkit.numerals import chinese_numeral
from reportkit.outline import Part, content_blocks, numbered, ordered, plugin_parts
from reportkit.sections import part_tables

from ..build import contact_paragraph, document, period_text
from .model import AnnualReport2008
from .printers import PRINTERS, joined
from .spec import OWN, REGULATION, SECTIONS, numeral_date

Locate = Callable[[tuple], "Source | None"]
_SPEC = {section.key: section for section in SECTIONS}


def parts(report: AnnualReport2008, locate: Locate) -> list[Part]:
    """Every level-1 part of ``report`` in printing order: official, own and plugin parts by ``order``; an official
    part printed ``within`` another is no part of its own but printed in that one."""
    out: list[Part] = []
    for section in SECTIONS:
        data = getattr(report.sections, section.key)
        if data is None or data.within:
            continue
        group = [(_SPEC[key], getattr(report.sections, key)) for key in report.sections.group(section.key)]
        out.append(Part(section.order if data.order is None else data.order, data.title or section.title,
                        ("sections", section.key), lambda g=group: _official(g, locate, report)))
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


def preamble(report: AnnualReport2008, titles: list[str], locate: Locate) -> list[Block]:
    """The agency's opening paragraphs, the generated basis/parts/period sentences, the contact sentences."""
    spec = report.preamble_spec
    listed = isinstance(report.preamble, list)
    out: list[Block] = [Paragraph(text, locate(("preamble", i) if listed else ("preamble", "text", i)))
                        for i, text in enumerate(spec.text)]
    sentences = []
    if not spec.text:
        sentences.append(f"本报告根据{joined([REGULATION, *spec.basis])}的规定编制。")
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


def _official(group: list, locate: Locate, report: AnnualReport2008) -> list[Block]:
    """An official part and those printed ``within`` it (``group``: ``(section, data)`` pairs, the part first), under
    its heading: each one's figures as a sentence (unless the text and tables of them all give them already, as the
    ``report``'s agency's and year's), then each one's narrative, then the small tables of those shown so."""
    from reportkit.importers.figures2008 import stated  # reads sentences with the printers

    own = [text for _, data in group for _, text in item_texts(data.content, ())]
    tables = [table.texts() for _, data in group for table in part_tables(data.content)]
    leads: list[Block] = []
    body: list[Block] = []
    after: list[Block] = []
    for section, data in group:
        path = ("sections", section.key)
        figures = getattr(data, "figures", None)
        source = locate(path + ("figures",))
        if figures is not None:
            printer = PRINTERS[section.figures]
            if figures.show == "table":
                lead = printer.table_lead(figures)
                after.append(printer.table(figures, source))
            else:
                lead = [] if stated(section.figures, figures, own, tables, report.agency, report.year) else printer.text(figures)
            leads += [Paragraph(text, source) for text in lead]
        body += content_blocks(data.content, 2, path + ("content",), locate)
    return leads + body + after
