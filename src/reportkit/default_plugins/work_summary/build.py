"""Turn a validated work summary into the format-neutral block tree."""
from __future__ import annotations

from typing import Callable

from reportkit.attachments import attachment_content, chinese_date, closing_blocks, organs
from reportkit.blocks import Addressee, Block, Document, Heading, Paragraph, Signature, Title
from reportkit.outline import content_blocks, heading_number

from .model import heading_of
from .spec import PARTS, default_title

Locate = Callable[[tuple], object]


def summary_title(summary) -> str:
    return summary.title or default_title(summary.agency, summary.year, bool(summary.plan))


def build(summary, locate: Locate) -> Document:
    """Title, 主送机关, preamble, the numbered parts, 附件说明, 署名 and 成文日期, attachments."""
    title = summary_title(summary)
    blocks: list[Block] = [Title(title, locate(("title",) if summary.title else ("agency",)))]
    if summary.addressee:
        blocks.append(Addressee(summary.addressee, locate(("addressee",))))
    blocks += [Paragraph(text, locate(("preamble", i))) for i, text in enumerate(summary.preamble)]
    n = 0
    for part in PARTS:
        items = getattr(summary, part.key)
        if not items:
            continue
        n += 1
        blocks.append(Heading(1, heading_number(1, n), heading_of(summary, part), locate((part.key,))))
        blocks += content_blocks(items, 2, (part.key,), locate)
    attachments = [(a.title, attachment_content(a, ("attachments", i), locate), locate(("attachments", i)))
                   for i, a in enumerate(summary.attachments)]
    signers = organs(summary.signature, summary.agency)
    blocks += closing_blocks(attachments, Signature(signers, chinese_date(summary.date), locate(("date",))))
    kind = "工作总结和工作计划" if summary.plan else "工作总结"
    return Document(title=title.replace("\n", ""), author=signers[0], blocks=blocks, subject=kind,
                    keywords=["工作总结", f"{summary.year}年"] + (["工作计划"] if summary.plan else []), date=summary.date)
