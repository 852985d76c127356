"""XLSX output: the official tables as ``reportkit tables export`` writes them (openpyxl).

A document without official tables gets each of its tables as printed, one sheet each.
"""
from __future__ import annotations

from ..blocks import Document
from ..layout import Layout
from ..registry import FontFace, RenderOutput
from ..tables import has_tables
from ..tables.export import document_workbook, export_workbook


def render_xlsx(document: Document, layout: Layout, fonts: list[FontFace]) -> RenderOutput:
    report = document.report
    if report is not None and has_tables(report):
        return RenderOutput(export_workbook(report))
    return RenderOutput(document_workbook(document))
