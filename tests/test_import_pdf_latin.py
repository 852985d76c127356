"""A PDF's Latin words, file names and web addresses read back exactly: a line broken inside a word too long for a
line joins without a space, one broken at a space keeps it (reportkit's PDFs, by WeasyPrint and by Typst)."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
import yaml
from _import_helpers import imported, render_source

from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
#: 75 characters: wider than a line of 三号 type, so both engines break it inside.
FILE_NAME = "CountyNaturalResourcesBureauAnnualReportOnInformationDisclosureFinal20.docx"
ADDRESS = "https://www.example.gov.cn/zwgk/zfxxgk/ndbg/2023/annual-report-on-government-information-disclosure.html"
PARAGRAPHS = [
    (f"本局把报告的定稿存为附件{FILE_NAME}，网页版见{ADDRESS}，供查阅。本局的英文名称是Office of the People's "
     "Government of Some County Natural Resources Bureau, and the English summary of this report is kept together "
     "with the Chinese text for readers who ask for it。"),
    (f"Readers abroad may write to us for the summary file {FILE_NAME[:-5]}Summary2023.pdf, which lists the figures "
     "of 2023 and 2024 in English with the names of the offices that hold them。"),
]


@pytest.fixture(scope="module", params=["pdf", "pdf-typst"], ids=["weasyprint", "typst"])
def read_back(request, tmp_path_factory) -> tuple[Path, list[str]]:
    """The sample with :data:`PARAGRAPHS` in its part 六, rendered to PDF by one engine and imported: the PDF and
    part 六's paragraphs as read back."""
    folder = tmp_path_factory.mktemp(request.param)
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["sections"]["other"] = PARAGRAPHS
    source = folder / "latin.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    pdf = render_source(source, request.param, folder, PLUGINS)
    result = imported(pdf, folder, PLUGINS)
    return pdf, yaml.safe_load(result.target.read_text(encoding="utf-8"))["sections"]["other"]


def _line_ends(pdf: Path) -> str:
    """Each line's text, as pdfplumber reads it, joined to the next with “|”."""
    with pdfplumber.open(pdf) as document:
        return "|".join(line["text"] for page in document.pages for line in page.extract_text_lines())


def test_words_broken_inside_and_at_spaces_read_back_exactly(read_back):
    """The file name is broken inside (no space, no hyphen) and English words at spaces: the import joined every
    Latin line end with a space (“…Dis closureFinal20.docx”, “…Burea uAnnual…”); now the text is the one written."""
    pdf, other = read_back
    ends = _line_ends(pdf)
    assert any(f"{FILE_NAME[:k]}|{FILE_NAME[k:]}" in ends.replace("附件 ", "附件") for k in range(20, 70)), ends
    assert other == PARAGRAPHS
