"""DOCX/PDF page parity: lay the DOCX out with LibreOffice and compare its pages with reportkit's PDF.

LibreOffice is given the faces the PDF embeds under the official names the DOCX asks for
(仿宋_GB2312 → FandolFang, …) through a private fontconfig file, as a reader without the
official fonts would set it up, and a private profile, so the user's LibreOffice is never touched.

``page_starts(pdf)`` reads the first text line of every page (page numbers left out);
``compare(docx_pdf, pdf)`` says whether the page counts match and which pages after page 1
begin with the same line. Used by tests/test_docx_layout.py and by ``python tests/docx_pages.py``,
which prints the figures for every example:
``python tests/docx_pages.py [WORKDIR [EXTRA.css]]``.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, replace
from html import escape
from pathlib import Path

import pdfplumber

from reportkit.blocks import Document
from reportkit.layout import OFFICIAL_FACES, Geometry
from reportkit.registry import FontFace

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted([*(ROOT / "examples").glob("*.yaml"), *(ROOT / "plugins").glob("*/examples/*.yaml")])
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
MM = 72 / 25.4
SPACE = re.compile(r"\s+")


def fonts_conf(faces: list[FontFace], folder: Path) -> Path:
    """A fontconfig file that serves, under each official name, the face the PDF uses for that role."""
    ranked = sorted(faces, key=lambda f: -f.priority)
    chosen = {role: next((f for f in ranked if f.role == role), None) for role in OFFICIAL_FACES}
    dirs = sorted({str(Path(f.path).resolve().parent) for f in faces})
    rules = "".join(
        f'<match target="pattern"><test name="family"><string>{escape(official)}</string></test>'
        f'<edit name="family" mode="assign" binding="strong"><string>{escape(_family(chosen[role]))}</string>'
        f"</edit></match>"
        for role, official in OFFICIAL_FACES.items() if chosen[role] is not None)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        + "".join(f"<dir>{escape(d)}</dir>" for d in dirs)
        + f"<cachedir>{escape(str(folder / 'cache'))}</cachedir>{rules}</fontconfig>",
        encoding="utf-8")
    return conf


def _family(face: FontFace) -> str:
    """The family name fontconfig knows the file by (a face's ``name`` is the one reportkit shows)."""
    out = subprocess.run(["fc-scan", "--format", "%{family[0]}", str(face.path)],
                         capture_output=True, encoding="utf-8", check=True).stdout
    return out or face.name


def docx_to_pdf(docx: Path, faces: list[FontFace], workdir: Path, timeout: float = 180) -> Path:
    """The PDF LibreOffice makes of ``docx`` (in ``workdir``), with ``faces`` under the official names."""
    return docx_to_pdfs([docx], faces, workdir, timeout)[0]


def docx_to_pdfs(docx_files: list[Path], faces: list[FontFace], workdir: Path, timeout: float = 180,
                 keep_blank_pages: bool = False) -> list[Path]:
    """:func:`docx_to_pdf` of several DOCX files (of distinct names) in one LibreOffice run, which starts once;
    with ``keep_blank_pages``, the blank pages LibreOffice inserts before an even-page section are kept."""
    stems = [docx.stem for docx in docx_files]
    if len(set(stems)) != len(stems):
        raise ValueError(f"DOCX files of one name would make one PDF: {stems}")
    workdir = workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HOME": str(workdir), "FONTCONFIG_FILE": str(fonts_conf(faces, workdir))}
    out = soffice_pdfs(docx_files, workdir, env, timeout * len(docx_files), keep_blank_pages)
    for docx, pdf in zip(docx_files, out):
        if not pdf.is_file():
            raise RuntimeError(f"LibreOffice made no PDF of {docx}")
    return out


def soffice_pdfs(files: list[Path], workdir: Path, env: dict, timeout: float, keep_blank_pages: bool = False,
                 check: bool = True) -> list[Path]:
    """The PDFs (paths in ``workdir``, by stem) one headless LibreOffice run makes of ``files``, with a private
    profile in ``workdir`` and the environment ``env`` (its fontconfig file)."""
    target = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}' if keep_blank_pages \
        else "pdf"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(workdir / 'profile').as_uri()}", "--headless", "--norestore",
         "--convert-to", target, "--outdir", str(workdir), *map(str, files)],
        env=env, capture_output=True, timeout=timeout, check=check)
    return [workdir / f"{Path(file).stem}.pdf" for file in files]


def page_lines(pdf: Path, geometry: Geometry = Geometry()) -> list[list[str]]:
    """The text lines of each page inside the text block (page numbers are below it), top to bottom."""
    with pdfplumber.open(pdf) as doc:
        return [chars_lines(page.chars, geometry) for page in doc.pages]


def chars_lines(chars: list[dict], geometry: Geometry = Geometry()) -> list[str]:
    """The text lines of one page's ``chars`` (pdfplumber's, or ``layout_measure``'s alike) inside the text block,
    top to bottom."""
    top, bottom = geometry.margin_top_mm * MM - 6, (geometry.page_height_mm - geometry.margin_bottom_mm) * MM + 3
    rows: list[tuple[float, list]] = []
    for ch in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if not top <= ch["top"] <= bottom or not ch["text"].strip():
            continue
        mid = (ch["top"] + ch["bottom"]) / 2
        if rows and abs(rows[-1][0] - mid) < 5:
            rows[-1][1].append(ch)
        else:
            rows.append((mid, [ch]))
    return ["".join(c["text"] for c in sorted(line, key=lambda c: c["x0"])) for _, line in rows]


def page_starts(pdf: Path) -> list[str]:
    """The first line of each page, without spaces ("" for a page with no text)."""
    return first_lines(page_lines(pdf))


def first_lines(pages: list[list[str]]) -> list[str]:
    """The first line of each of ``pages`` (as :func:`page_lines` gives them), without spaces."""
    return [SPACE.sub("", lines[0]) if lines else "" for lines in pages]


@dataclass
class Parity:
    """How the LibreOffice pages of a DOCX line up with the PDF's."""

    name: str
    docx_pages: list[str]
    pdf_pages: list[str]

    @property
    def same_count(self) -> bool:
        return len(self.docx_pages) == len(self.pdf_pages)

    @property
    def later_pages(self) -> int:
        """Pages after page 1 in the PDF: the ones whose first line is compared."""
        return max(len(self.pdf_pages) - 1, 0)

    @property
    def same_starts(self) -> int:
        """Pages after page 1 that begin with the same line in both formats."""
        return sum(a == b for a, b in zip(self.docx_pages[1:], self.pdf_pages[1:]))

    def differences(self) -> list[str]:
        return [f"{self.name} p{i}: docx「{a[:20]}」 pdf「{b[:20]}」"
                for i, (a, b) in enumerate(zip(self.docx_pages, self.pdf_pages), 1) if a != b]


def compare(name: str, docx_pdf: Path, pdf: Path) -> Parity:
    return Parity(name, page_starts(docx_pdf), page_starts(pdf))


def render_example(path: Path, outdir: Path, plugins, pdf_css: str = "") -> tuple[Path, Path]:
    """reportkit's DOCX and PDF of one example, written to ``outdir``.

    ``pdf_css`` is added after the layout's stylesheets in the PDF only: a way to measure a
    stylesheet change before it lands.
    """
    return build_example(path, outdir, plugins, pdf_css)[1:]


def build_example(path: Path, outdir: Path, plugins, pdf_css: str = "") -> tuple[Document, Path, Path]:
    """:func:`render_example`, with the document both outputs were rendered from."""
    from reportkit.pipeline import build, check_file, choose_layout, render

    outdir.mkdir(parents=True, exist_ok=True)
    validated = check_file(path, plugins)
    layout = choose_layout(validated, plugins.registry)
    document = build(validated, layout)
    out = {}
    for fmt in ("docx", "pdf"):
        chosen = layout
        if fmt == "pdf" and pdf_css:
            css = outdir / "override.css"
            css.write_text(pdf_css, encoding="utf-8")
            chosen = replace(layout, stylesheets=(*layout.stylesheets, css), shared=(*layout.shared, outdir))
        out[fmt] = outdir / f"{path.stem}.{fmt}"
        out[fmt].write_bytes(render(document, chosen, fmt, plugins.registry).data)
    return document, out["docx"], out["pdf"]


def measure(examples=EXAMPLES, workdir: Path | None = None, pdf_css: str = "") -> list[Parity]:
    """Render every example in both formats, lay each DOCX out with LibreOffice, compare the pages."""
    from reportkit.plugins import load_plugins

    plugins = load_plugins()
    workdir = Path(workdir or tempfile.mkdtemp(prefix="reportkit-parity-"))
    results = []
    for path in examples:
        docx, pdf = render_example(path, workdir / path.stem, plugins, pdf_css)
        results.append(compare(path.stem, docx_to_pdf(docx, plugins.registry.fonts, workdir / path.stem / "lo"), pdf))
    return results


def summary(results: list[Parity]) -> str:
    same = sum(r.same_count for r in results)
    later = sum(r.later_pages for r in results)
    starts = sum(r.same_starts for r in results)
    lines = [f"{r.name}: pages docx {len(r.docx_pages)} / pdf {len(r.pdf_pages)}, "
             f"same start {r.same_starts}/{r.later_pages}" for r in results]
    lines.append(f"same page count in {same} of {len(results)} examples; "
                 f"{starts} of {later} pages after page 1 ({100 * starts / max(later, 1):.0f} %) start with the same line")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    css = Path(sys.argv[2]).read_text(encoding="utf-8") if len(sys.argv) > 2 else ""
    results = measure(workdir=Path(sys.argv[1]) if len(sys.argv) > 1 else None, pdf_css=css)
    for r in results:
        for line in r.differences():
            print("  ", line)
    print(summary(results))
