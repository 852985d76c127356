"""The default layout: GB/T 9704-2012《党政机关公文格式》 without 版头 and 版记, as reports are published."""
from __future__ import annotations

from ..hookspecs import hookimpl
from ..layout import Layout
from ..resources import templates_dir


@hookimpl
def register_layouts(register):
    folder = templates_dir() / "gbt9704"
    register(Layout(
        name="gbt9704",
        description="GB/T 9704-2012 公文格式（A4，版心 156×225 mm，22 行×28 字）",
        directory=folder,
        docx_template=folder / "document.docx",
        html_template=folder / "document.html.j2",
        stylesheet=folder / "style.css",
    ))
