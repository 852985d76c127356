"""Built-in output formats. The engines are imported only when a format is used:
``import weasyprint`` alone costs about half a second."""
from __future__ import annotations

from ..hookspecs import hookimpl
from ..registry import Renderer


def _docx(document, layout, fonts):
    from ..renderers.docx import render_docx

    return render_docx(document, layout, fonts)


def _pdf(document, layout, fonts):
    from ..renderers.pdf import render_pdf

    return render_pdf(document, layout, fonts)


@hookimpl
def register_renderers(register):
    register(Renderer(format="docx", extension=".docx", render=_docx))
    register(Renderer(format="pdf", extension=".pdf", render=_pdf))
