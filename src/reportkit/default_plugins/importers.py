"""The built-in importers (DOCX, HTML and saved .mht pages, PDF, plain text) and the ``import`` and ``check`` commands."""
from __future__ import annotations

from ..hookspecs import hookimpl
from ..registry import Importer


def _docx(path):
    from ..importers.docx import read

    return read(path)


def _html(path):
    from ..importers.html import read

    return read(path)


def _archive(path):
    from ..importers.html import read_archive

    return read_archive(path)


def _pdf(path):
    from ..importers.pdf import read

    return read(path)


def _text(path):
    from ..importers.text import read

    return read(path)


@hookimpl
def register_importers(register):
    register(Importer("docx", (".docx",), _docx))
    register(Importer("html", (".html", ".htm", ".shtml"), _html))
    register(Importer("mhtml", (".mht", ".mhtml"), _archive))
    register(Importer("pdf", (".pdf",), _pdf))
    register(Importer("text", (".txt",), _text))


@hookimpl
def register_commands(cli):
    from ..importers.commands import check_command, import_command

    cli.add_command(import_command)
    cli.add_command(check_command)
