"""The reference for a cold render: raw docxtpl and raw WeasyPrint, nothing of reportkit.

    python benchmarks/raw_minimal.py CONTENT_DIR OUT_DIR

    python benchmarks/raw_minimal.py CONTENT_DIR OUT_DIR --whole-fonts

CONTENT_DIR is prepared by ``bench.py`` from reportkit's own output for one example:
``document.html`` (the exact HTML of the PDF renderer, its @font-face URLs pointing at
``fonts/*`` files already subset to the document, and ``style.css`` next to it),
``document-whole.html`` (the same, its URLs pointing at the whole font files the subsets were
made from: with ``--whole-fonts`` WeasyPrint subsets them itself, as a script must that starts
from the faces as installed),
``template.docx`` (the layout's DOCX template) and ``body.xml`` (the WordprocessingML
body reportkit builds). The script renders both in one fresh process, as a hand-written
script would, and writes ``OUT_DIR/raw.docx`` and ``OUT_DIR/raw.pdf``.
``bench.py`` imports :func:`docx_bytes` and :func:`pdf_bytes` for the warm raw timings too.
"""
import copy
import io
import sys
from pathlib import Path

from docxtpl import DocxTemplate
from lxml import etree
from weasyprint import HTML


def docx_bytes(template: str, body: etree._Element) -> bytes:
    """docxtpl's own work: open the template, render ``{{ body }}`` as a subdocument, save."""
    tpl = DocxTemplate(template)
    subdoc = tpl.new_subdoc(template)  # the template as base: the faster of docxtpl's two ways
    target = subdoc.subdocx.element.body
    target.clear()
    target.extend(copy.deepcopy(body))
    tpl.render({"body": subdoc}, autoescape=True)
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()


def pdf_bytes(html: str, base_url: str, whole_fonts: bool = False) -> bytes:
    """WeasyPrint's own work; fonts already subset are embedded as they are, whole ones WeasyPrint subsets."""
    return HTML(string=html, base_url=base_url).write_pdf(full_fonts=not whole_fonts)


def main(content: Path, out: Path, whole_fonts: bool) -> None:
    body = etree.fromstring((content / "body.xml").read_bytes())
    (out / "raw.docx").write_bytes(docx_bytes(str(content / "template.docx"), body))
    html = (content / ("document-whole.html" if whole_fonts else "document.html")).read_text(encoding="utf-8")
    (out / "raw.pdf").write_bytes(pdf_bytes(html, content.resolve().as_uri() + "/", whole_fonts))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), "--whole-fonts" in sys.argv[3:])
