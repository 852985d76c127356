"""Lines of prose with figures in them, in reportkit's own PDFs (WeasyPrint, Typst) and in LibreOffice's of its DOCX:
read as a table printed without rules, they cut their paragraph and were lost with the table (not 表二, 三 or 四)."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source
from docx_pages import SOFFICE, docx_to_pdf
from test_import_pdf_layouts import _NO_BORDERS
from test_import_pdf_layouts import _printed as printed_html

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")

#: Paragraphs whose lines, justified, end in figures set apart by spaces; the text each is imported as (the spaces
#: between Chinese and digits go, as everywhere in a PDF's import).
PROSE = {
    "本年度受理的依申请公开事项中，编号为 20240001 2024000200003 和 20240005 20240006 20240007 20240008 20240011 "
    "的申请涉及同一宗地块，已合并答复，申请人对答复无异议。":
        "本年度受理的依申请公开事项中，编号为20240001 2024000200003和20240005 20240006 20240007 20240008 20240011"
        "的申请涉及同一宗地块，已合并答复，申请人对答复无异议。",
    "为方便群众咨询，本局在各服务窗口公布了咨询电话 0000-1234567 0000-1234568 0000-1234569 0000-1234570 和 "
    "0000-1234571，工作日均有专人接听。":
        "为方便群众咨询，本局在各服务窗口公布了咨询电话0000-1234567 0000-1234568 0000-1234569 0000-1234570和"
        "0000-1234571，工作日均有专人接听。",
    "全年收取的五笔信息处理费分别为 120.50 80.00 300.00 96.25 和 143.25 元，均已按规定缴入国库。":
        "全年收取的五笔信息处理费分别为120.50 80.00 300.00 96.25和143.25元，均已按规定缴入国库。",
    "全年办结的申请按办理时限统计如下：1. 12件 2. 8件 3. 5件 4. 20件 5. 3件 6. 7件 7. 9件 8. 4件 9. 6件，均在法定期限内答复。":
        "全年办结的申请按办理时限统计如下：1. 12件2. 8件3. 5件4. 20件5. 3件6. 7件7. 9件8. 4件9. 6件，均在法定期限内答复。",
}


def _with_prose(folder: Path) -> Path:
    """The sample with :data:`PROSE` after its first paragraph (page 1, which has no ruled table)."""
    text = SAMPLE.read_text(encoding="utf-8")
    anchor = "    - heading: 主动公开\n"
    data = folder / "prose.yaml"
    data.write_text(text.replace(anchor, "".join(f"    - {p}\n" for p in PROSE) + anchor, 1), encoding="utf-8")
    return data


def _printed(engine: str, folder: Path) -> Path:
    data = _with_prose(folder)
    if engine == "libreoffice":
        return docx_to_pdf(render_source(data, "docx", folder, PLUGINS), PLUGINS.registry.fonts, folder / "lo")
    return render_source(data, engine, folder, PLUGINS)


@pytest.mark.parametrize("engine", ["pdf", "pdf-typst", pytest.param("libreoffice", marks=pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed"))])
def test_a_line_of_figures_set_apart_in_a_paragraph_is_not_a_table(tmp_path, engine):
    """A justified line whose Chinese characters are set apart (each read as a cell) and which ends in numbers a
    word space apart (“编号为 20240001”, “和 20240005 20240006 …”) was read as a table's row: the paragraph was
    cut around it and the row lost as “第 1 页的表格：这个表格不是表二、表三或表四”. One row with no head over its
    figures and no other row in their columns is prose: each paragraph is imported whole, in order."""
    back = imported(_printed(engine, tmp_path), tmp_path, PLUGINS)
    assert [f.message for f in back.findings] == []
    overview = yaml.safe_load(back.target.read_text(encoding="utf-8"))["sections"]["overview"]
    assert overview[1:1 + len(PROSE)] == list(PROSE.values())


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> dict:
    """The sample's own PDF, imported."""
    folder = tmp_path_factory.mktemp("original")
    return yaml.safe_load(imported(render_source(SAMPLE, "pdf", folder, PLUGINS), folder, PLUGINS).target
                          .read_text(encoding="utf-8"))


def test_a_table_s_last_row_alone_at_a_page_s_top_is_still_its_row(tmp_path, original):
    """Table 三 printed without rules and its head not repeated, its last row (四、结转下年度继续办理) pushed alone to
    the next page: a row with no head and no other row is a table's there, after a page ending with a table."""
    def edit(html: str) -> str:
        html = html.replace("</head>", f"<style>{_NO_BORDERS} thead {{ display: table-row-group }}</style></head>", 1)
        at = html.rindex("<tr", 0, html.index("四、结转下年度继续办理"))
        return html[:at] + '<tr style="height: 230pt; break-inside: avoid"><td colspan="9"></td></tr>' + html[at:]
    pdf = printed_html(edit, tmp_path / "last-row.pdf")
    with pdfplumber.open(pdf) as doc:
        tops = [page.extract_text_lines()[0]["text"].replace(" ", "") for page in doc.pages]
    assert any(top.startswith("四、结转下年度继续办理") for top in tops)
    back = imported(pdf, tmp_path, PLUGINS)
    assert [f.message for f in back.findings] == []
    data = yaml.safe_load(back.target.read_text(encoding="utf-8"))
    assert data["tables"] == original["tables"]
    assert data["tables"]["applications"]["carried_forward"] == {
        "natural_person": 1, "commercial_enterprise": 2, "research_institution": 0, "public_welfare_organization": 0,
        "legal_service_agency": 1, "other": 0, "total": 4}
    assert data["sections"] == original["sections"]
