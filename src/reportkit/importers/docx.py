"""Read a DOCX (Word, WPS or reportkit's own) into paragraphs and grids, in body order."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from .source import Grid, Para, Published, fill_spans

_ROLES = {"title": "title", "heading": "heading", "signature": "signature", "date": "date"}


def read(path: Path) -> Published:
    """Every paragraph and table of the body; merged cells (gridSpan, vMerge) repeated over their span."""
    published = Published(str(path))
    body = Document(str(path)).element.body
    paragraphs = tables = 0
    for element in body.iterchildren():
        if element.tag == qn("w:p"):
            paragraphs += 1
            published.add(Para(_text(element), f"第 {paragraphs} 段", _role(element)))
        elif element.tag == qn("w:tbl"):
            tables += 1
            published.add(_grid(element, f"第 {tables} 个表格"))
    return published


def _text(element) -> str:
    """The paragraph's text; a manual line break (w:br) is a newline."""
    out = []
    for node in element.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
        out.append(node.text or "" if node.tag == qn("w:t") else "\n" if node.tag == qn("w:br") else " ")
    return "".join(out)


def _role(element) -> str:
    style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    name = (style.get(qn("w:val")) if style is not None else "").lower()
    role = next((r for prefix, r in _ROLES.items() if name.startswith(prefix)), "body")
    if role == "body":
        align = element.find(f"{qn('w:pPr')}/{qn('w:jc')}")
        value = align.get(qn("w:val")) if align is not None else ""
        role = {"center": "centered", "right": "right", "end": "right"}.get(value, "body")
    return role


def _grid(table, place: str) -> Grid:
    cells, open_merges = [], {}
    rows = table.findall(qn("w:tr"))
    for r, row in enumerate(rows):
        col = 0
        before = row.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}")
        if before is not None:
            col = int(before.get(qn("w:val")))
        for tc in row.findall(qn("w:tc")):
            props = tc.find(qn("w:tcPr"))
            span = props.find(qn("w:gridSpan")) if props is not None else None
            colspan = int(span.get(qn("w:val"))) if span is not None else 1
            merge = props.find(qn("w:vMerge")) if props is not None else None
            text = "\n".join(_text(p) for p in tc.iter(qn("w:p")))
            if merge is not None and merge.get(qn("w:val")) != "restart" and col in open_merges:
                cells[open_merges[col]][2] += 1  # continues the cell above
            else:
                cells.append([r, col, 1, colspan, text])
                if merge is not None:
                    open_merges[col] = len(cells) - 1
                else:
                    open_merges.pop(col, None)
            col += colspan
    grid = fill_spans([tuple(c) for c in cells])
    return Grid(grid, [f"{place}第 {i + 1} 行" for i in range(len(grid))], place)
