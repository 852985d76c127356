"""Rendering a data file to DOCX, PDF and the PDF's HTML, and comparing imported data with it."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import yaml
from docx.oxml import parse_xml
from docx_pages import SOFFICE as SOFFICE  # the import tests skip without it
from docx_pages import soffice_pdfs

from reportkit.fonts import role_texts, survey
from reportkit.importers import import_file
from reportkit.pipeline import prepare, render
from reportkit.plugins import load_plugins

FORMATS = ("docx", "pdf", "pdf-typst", "html")
#: The namespaces :func:`word_xml` declares on the element it makes.
WORD_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def render_source(data: Path, fmt: str, folder: Path, plugins=None) -> Path:
    """``data`` rendered to ``fmt``: DOCX and PDF (both engines) by their renderers, HTML as the PDF renderer
    builds it."""
    plugins = plugins or load_plugins()
    prepared = prepare(data, plugins)
    target = folder / f"{data.stem}.{'pdf' if fmt == 'pdf-typst' else fmt}"
    if fmt == "html":
        from reportkit.renderers.pdf import _render_html

        chosen = survey(role_texts(prepared.document, prepared.layout), plugins.registry.fonts)
        target.write_text(_render_html(prepared.document, prepared.layout, chosen.plan(), chosen), encoding="utf-8")
    else:
        target.write_bytes(render(prepared.document, prepared.layout, fmt, plugins.registry).data)
    return target


def printed(data: Path, plugins=None) -> list[tuple[str, str]]:
    """Every text of the built document, with what it is set as: the report as printed."""
    prepared = prepare(data, plugins or load_plugins(), formats=("docx",))
    return [(element, text) for element, text, _ in prepared.document.texts()]


def report(data: Path, plugins=None):
    return prepare(data, plugins or load_plugins(), formats=("docx",)).validated.report


def imported(source: Path, folder: Path, plugins=None, **options):
    out = folder / "imported"
    out.mkdir(exist_ok=True)
    return import_file(source, plugins or load_plugins(), outdir=out, **options)


def import_text(folder: Path, name: str, text: str, plugins=None):
    """``text`` written to ``folder/name`` and imported there: the result, and the data it wrote."""
    import yaml

    source = folder / name
    source.write_text(text, encoding="utf-8")
    result = imported(source, folder, plugins)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def table_four(html: str) -> tuple[int, int, list[str]]:
    """Where table 四 begins and ends in ``html`` (the PDF renderer's), and its 15 figures."""
    start = html.rindex("<table", 0, html.index("未经复议直接起诉"))
    end = html.index("</table>", start) + len("</table>")
    return start, end, re.findall(r"<td[^>]*>(\d+)</td>", html[start:end])


def review_in_two(html: str) -> str:
    """Table 四 printed as two tables, as a narrow page has it: 行政复议's five columns, then 行政诉讼's ten."""
    start, end, figures = table_four(html)
    heads = "".join(f"<th>{c}</th>" for c in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"))
    cells = ["".join(f"<td>{f}</td>" for f in part) for part in (figures[:5], figures[5:])]
    return (html[:start] + f'<table><thead><tr><th colspan="5">行政复议</th></tr><tr>{heads}</tr></thead>'
            f"<tbody><tr>{cells[0]}</tr></tbody></table>"
            f'<table><thead><tr><th colspan="10">行政诉讼</th></tr><tr><th colspan="5">未经复议直接起诉</th>'
            f'<th colspan="5">复议后起诉</th></tr><tr>{heads * 2}</tr></thead><tbody><tr>{cells[1]}</tr></tbody></table>'
            + html[end:])


def review_turned(html: str) -> str:
    """Table 四 turned: a row per result, a column per group (行政诉讼's two under it)."""
    start, end, figures = table_four(html)
    rows = "".join(f"<tr><td>{label}</td>" + "".join(f"<td>{figures[g * 5 + k]}</td>" for g in range(3)) + "</tr>"
                   for k, label in enumerate(("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")))
    return (html[:start] + '<table><thead><tr><th rowspan="2">结果</th><th rowspan="2">行政复议</th>'
            '<th colspan="2">行政诉讼</th></tr><tr><th>未经复议直接起诉</th><th>复议后起诉</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>" + html[end:])


def unspaced(page: Path) -> str:
    """A web page reportkit rendered, as a site's page has it: without the spans that space Chinese and digits."""
    return re.sub(r'<span class="as">([^<]*)</span>', r"\1", page.read_text(encoding="utf-8"))


def page_as_text(html: str, newline: str = "\n") -> str:
    """A page's text as copied from a browser into Notepad: a line per paragraph, a table's row per line (tabs)."""
    import lxml.html

    root = lxml.html.fromstring(html)
    lines = []
    for element in root.body.iter("h1", "h2", "h3", "h4", "h5", "p", "table"):
        if element.tag == "table":
            lines += ["\t".join(c.text_content().strip() for c in row.iter("td", "th")) for row in element.iter("tr")]
        elif element.getparent().tag not in ("td", "th"):
            lines += element.text_content().split("\n")
    return newline.join(lines).replace("\u200b", "").replace("\u2060", "")


#: A browser to print web pages with (tests that need it skip without it), and the bundled FangSong face it prints in.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FANDOL = Path(__file__).resolve().parents[1] / "plugins/reportkit-gbt9704-fonts-fandol/src/reportkit_fonts_fandol"


#: LibreOffice, to export a DOCX to PDF as offices do (tests that need it skip without it).


def _fandol_fonts(folder: Path) -> dict:
    """The environment of a program that finds the bundled FandolFang face through fontconfig."""
    conf = folder / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    f"<dir>{FANDOL}</dir><cachedir>{folder}/fc</cachedir></fontconfig>")
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


def chromium_pdf(html: str, folder: Path, running: bool = False, fandol: bool = True) -> Path:
    """``html`` printed to PDF by Chromium in FandolFang, as a site's page; with ``running``, with the browser's header
    (date, title) and footer (address, 1/4) on every page; without ``fandol``, with the machine's faces only."""
    page = folder / "page.html"
    page.write_text(html, encoding="utf-8")
    target = folder / "printed.pdf"
    env = _fandol_fonts(folder) if fandol else {**os.environ, "FONTCONFIG_FILE": "/etc/fonts/fonts.conf"}
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={folder}/chrome",
                           *([] if running else ["--no-pdf-header-footer"]), f"--print-to-pdf={target}", page.as_uri()],
                          env=env, capture_output=True, text=True, timeout=180, check=False)
    assert target.exists() and target.stat().st_size, f"Chromium printed no PDF: {done.stderr[-2000:]}"
    return target


def libreoffice_pdf(docx: Path) -> Path:
    """``docx`` exported to PDF by LibreOffice beside it, FandolFang found, as an office exports its report."""
    return libreoffice_pdfs([docx])[0]


def libreoffice_pdfs(docxs: list[Path]) -> list[Path]:
    """``docxs``, all in one folder, exported as :func:`libreoffice_pdf` does in one run of LibreOffice (its start
    takes most of the time)."""
    folder = docxs[0].parent
    return soffice_pdfs(docxs, folder, _fandol_fonts(folder), 180 * len(docxs), check=False)


def layout_copies(docxs: list[Path]) -> list[Path]:
    """``docxs``, all in one folder, exported to PDF by LibreOffice (:func:`libreoffice_pdfs`, one run) and copied
    with ``pdftotext -layout`` beside them (``name.txt``), as a clerk copies an office's PDF keeping its layout."""
    copies = []
    for source, pdf in zip(docxs, libreoffice_pdfs(docxs)):
        copies.append(source.with_suffix(".txt"))
        subprocess.run(["pdftotext", "-layout", str(pdf), str(copies[-1])], check=True)
    return copies


def layout_imports(sources: dict[str, Path], read=imported) -> dict[str, tuple[list[str], object, object]]:
    """``sources`` (DOCXs in one folder, by name) and their copies keeping the page's layout (:func:`layout_copies`)
    imported, each by ``read`` in a folder of its own: by name, the copy's lines (a page's form feed kept on the line
    it starts) and the DOCX's and the copy's results."""
    out = {}
    for (name, source), copy in zip(sources.items(), layout_copies(list(sources.values()))):
        results = []
        for file in (source, copy):
            work = source.parent / f"{file.stem}-{file.suffix[1:]}"
            work.mkdir()
            results.append(read(file, work))
        out[name] = copy.read_text(encoding="utf-8").split("\n"), *results
    return out


def word_xml(text: str):
    """One WordprocessingML element from ``text``, written without namespace declarations (:data:`WORD_NS`)."""
    return parse_xml(re.sub(r"^<([\w:]+)", rf"<\1 {WORD_NS}", text, count=1))


def data_of(result) -> dict:
    """The data file an import wrote."""
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def changed_docx(plain: Path, folder: Path, change, plugins=None) -> tuple[object, dict]:
    """The DOCX ``plain`` with ``change(document)`` made (python-docx), imported: the result and its data."""
    document = docx.Document(str(plain))
    change(document)
    target = folder / "changed.docx"
    document.save(str(target))
    result = imported(target, folder, plugins)
    return result, data_of(result)


def paragraph_starting(document, start: str):
    """The first paragraph of a python-docx ``document`` whose text starts with ``start``."""
    return next(p for p in document.paragraphs if p.text.startswith(start))
