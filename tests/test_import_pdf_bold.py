"""A PDF's lines set in a bold face are known as bold (by the font's name: SimHei, …-Bold), so that the one heading rule
of ``Published.add`` sees a heading in bold further down a paragraph, as it does in DOCX and web pages. The PDFs are
LibreOffice's exports of DOCX files written here (a heading in a Hei face and bold, after a line break typed by hand)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from reportkit.importers import pdf as pdf_reader
from reportkit.plugins import load_plugins

from _import_helpers import FANDOL, SOFFICE, data_of, imported, paragraph_starting, render_source

pytestmark = pytest.mark.skipif(not SOFFICE, reason="LibreOffice is not installed")

PLUGINS = load_plugins()
#: reportkit's own faces, RK Heiti among them: a Hei face, as offices set headings in SimHei.
FACES = Path("templates/gbt9704/fonts").resolve()
#: A paragraph wrapping over two lines (a PDF's text edge is where its lines wrap).
BEFORE = "完成专栏的栏目调整，新增耕地保护专题，政务微信公众号全年推送信息208条，每条信息均经审核后发布。"
#: A heading long enough to wrap in the report (16 pt): its second line is short, and no clause ends it.
HEADING = "（五）监督保障工作中考核、培训与责任追究制度的建立健全和落实情况"
AFTER = "将政务公开纳入科室年度考核，全年组织业务培训2次"


def _exported(document, folder: Path) -> Path:
    """``document`` (python-docx) saved and exported to PDF by LibreOffice, with FandolFang and reportkit's faces."""
    source = folder / "report.docx"
    document.save(str(source))
    conf = folder / "fonts.conf"
    # every face but RK Heiti (仿宋_GB2312, the default) is FandolFang
    fallback = ('<match target="pattern"><test name="family" compare="not_eq"><string>RK Heiti</string></test>'
                '<edit name="family" mode="assign_replace" binding="strong"><string>FandolFang</string></edit></match>')
    conf.write_text(f'<?xml version="1.0"?><fontconfig><dir>{FANDOL}</dir><dir>{FACES}</dir>{fallback}'
                    f"<cachedir>{folder}/fc</cachedir></fontconfig>")
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={(folder / 'lo').as_uri()}", "--convert-to", "pdf",
                    "--outdir", str(folder), str(source)], env={**os.environ, "FONTCONFIG_FILE": str(conf)},
                   capture_output=True, timeout=180, check=True)
    return source.with_suffix(".pdf")


def _bold_heading(paragraph, heading: str) -> None:
    """``heading`` in ``paragraph``, in RK Heiti and bold, between line breaks typed by hand."""
    paragraph.add_run().add_break()
    run = paragraph.add_run(heading)
    run.bold = True
    run.font.name = "RK Heiti"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "RK Heiti")
    paragraph.add_run().add_break()


def test_a_bold_heading_further_down_a_pdf_paragraph_opens_a_paragraph(tmp_path):
    """“……。⏎**主动公开政府信息情况**⏎……” exported to PDF: the heading (no number, no clause) and the text after it
    were one paragraph, “主动公开政府信息情况将政务公开……”: the face told nothing. They are two now."""
    heading = "主动公开政府信息情况"
    document = docx.Document()
    paragraph = document.add_paragraph(BEFORE)
    _bold_heading(paragraph, heading)
    paragraph.add_run(AFTER)
    items = [(item.role, item.text) for item in pdf_reader.read(_exported(document, tmp_path)).items]
    assert items == [("body", BEFORE), ("body", heading), ("body", AFTER)]


def test_a_bold_heading_in_a_report_is_imported_as_its_heading(tmp_path):
    """reportkit's DOCX of a report, its part 一's （五） heading typed after a line break in the paragraph before it,
    in bold, long enough to wrap (its second line, short, ends no clause), and its text after another: exported to
    PDF, the heading is （五）'s heading and the text its paragraph. Before, the text ran into the heading and the
    whole was a paragraph of （四）."""
    document = docx.Document(str(render_source(Path("examples/sample-2021.yaml"), "docx", tmp_path, PLUGINS)))
    heading, text = paragraph_starting(document, "（五）监督保障"), paragraph_starting(document, "将政务公开纳入")
    before = heading._element.getprevious()
    paragraph = next(p for p in document.paragraphs if p._element is before)
    _bold_heading(paragraph, HEADING)
    paragraph.add_run(text.text)
    for old in (heading, text):
        old._element.getparent().remove(old._element)
    data = data_of(imported(_exported(document, tmp_path), tmp_path, PLUGINS))
    assert data["sections"]["overview"][-1] == {"heading": HEADING.removeprefix("（五）"), "content": [text.text]}
