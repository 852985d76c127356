"""Built-in output formats, and the commands that move the tables in and out (``tables``, ``aggregate``).

The engines are imported only when a format is used: ``import weasyprint`` alone costs about half a second."""
from __future__ import annotations

import contextlib
import io

from ..errors import NOTE, Diagnostic, EngineUnavailable
from ..hookspecs import hookimpl
from ..registry import Renderer, RenderOutput

#: What a clerk reads when WeasyPrint cannot load Pango (Windows and macOS without it, a minimal Linux).
NO_PANGO = (
    "无法生成 PDF：本机缺少 PDF 引擎 WeasyPrint 所需的 Pango 库（{detail}）；DOCX 不受影响。"
    "安装方法——Windows：安装 MSYS2，运行 pacman -S mingw-w64-x86_64-pango，并把 C:\\msys64\\mingw64\\bin 加入 PATH；"
    "macOS：brew install pango；Linux：用系统的软件包管理器安装 Pango（Debian、统信 UOS、麒麟：apt install libpango-1.0-0 "
    "libpangoft2-1.0-0；Fedora：dnf install pango）。详见 https://doc.courtbouillon.org/weasyprint/stable/first_steps.html"
)


def _docx(document, layout, fonts):
    from ..renderers.docx import render_docx

    return render_docx(document, layout, fonts)


#: The one line a clerk reads when the PDF is made by Typst because WeasyPrint cannot run.
TYPST_INSTEAD = "本机缺少 PDF 引擎 WeasyPrint 所需的 Pango 库（{detail}），PDF 改用 Typst 引擎生成；想用 WeasyPrint 请先安装 Pango"


def _pdf(document, layout, fonts):
    try:
        # WeasyPrint opens Pango when it is imported, and prints an English banner when it cannot.
        with contextlib.redirect_stdout(io.StringIO()):
            from ..renderers.pdf import render_pdf
    except OSError as exc:
        detail = " ".join(str(exc).split())[:200]
        try:
            import typst  # noqa: F401  (the wheel may be missing from a hand-made install)
        except ImportError:
            raise EngineUnavailable(NO_PANGO.format(detail=detail)) from None
        output = _typst(document, layout, fonts)
        return RenderOutput(output.data, [Diagnostic(NOTE, TYPST_INSTEAD.format(detail=detail)), *output.diagnostics])

    return render_pdf(document, layout, fonts)


def _html(document, layout, fonts):
    from ..renderers.html import render_html

    return render_html(document, layout, fonts)


def _json(document, layout, fonts):
    from ..renderers.json import render_json

    return render_json(document, layout, fonts)


def _xlsx(document, layout, fonts):
    from ..renderers.xlsx import render_xlsx

    return render_xlsx(document, layout, fonts)


def _typst(document, layout, fonts, pdf_standard=None):
    from ..renderers.typst import render_typst

    return render_typst(document, layout, fonts, pdf_standard)


@hookimpl
def register_renderers(register):
    register(Renderer(format="docx", extension=".docx", render=_docx))
    register(Renderer(format="pdf", extension=".pdf", render=_pdf))
    register(Renderer(format="html", extension=".html", render=_html))
    register(Renderer(format="json", extension=".json", render=_json))
    register(Renderer(format="xlsx", extension=".xlsx", render=_xlsx))
    # The same PDF typeset by Typst (render --engine typst), and as PDF/A-2b (render --pdf-standard a-2b).
    register(Renderer(format="pdf-typst", extension=".pdf", render=_typst))
    register(Renderer(format="pdf-a-2b", extension=".pdf",
                      render=lambda document, layout, fonts: _typst(document, layout, fonts, "a-2b")))


@hookimpl
def register_commands(cli):
    from ..aggregate import aggregate
    from ..tables.commands import tables

    cli.add_command(tables)
    cli.add_command(aggregate)
