"""The printed page across page breaks: a 署名 (and a 附件说明) right after a table that does not fit under it in
the Typst PDF, a row that may split (a work plan's task of several hundred characters) begun at a page's foot without
all its cells in the WeasyPrint PDF, and a report whose narrative is one long paragraph in the DOCX (LibreOffice)."""
from __future__ import annotations

import re

import pytest

import layout_measure as lm
from docx_pages import SOFFICE, docx_to_pdfs
from reportkit.plugins import load_plugins
from reportkit.testing import render, starter_data
from test_pages_head_cells_units import _columns, _staff_report


def _lines(pages: list[lm.Page]) -> list[list[str]]:
    return [[re.sub(r"\s", "", line.text) for line in page.lines] for page in pages]


@pytest.mark.parametrize(("rows", "notes"), [(17, 0), (20, 0), (49, 0), (14, 2), (17, 2)])
def test_a_signature_right_after_a_table_keeps_the_table_s_last_rows_in_the_typst_pdf(rows, notes):
    """A 2008 report whose body ends with its own table: where the 署名 (after a 附件说明, with ``notes`` attachments)
    did not fit under the table's last row, the Typst PDF set it alone at the next page's top (or the 附件说明), the
    table's last rows on the page before; the WeasyPrint PDF carries them with it (GB/T 9704 §7.3.5: the signature with
    what precedes it). The Typst PDF sets them in a last row of the table, which its last rows keep: both PDFs print
    every page in the same lines, the table's last two rows (one head over two rows) with the signature."""
    data = _staff_report(rows) | {"attachments": [{"title": f"信息公开第{k + 1}类事项的办理流程",
                                                   "content": ["本流程自印发之日起施行。"]} for k in range(notes)]}
    weasy, typst = (render(data, engine=engine, formats=("pdf",)) for engine in ("weasyprint", "typst"))
    pages = lm.measure(typst.pdf)
    assert lm.stranded(pages, typst.document) == []
    assert _lines(pages) == _lines(lm.measure(weasy.pdf))
    signed = next(page for page in pages if any(line.text == "2009年3月20日" for line in page.lines))
    assert len([row for row in signed.rows if not row.head]) >= 2 or signed.number == 1


def _plan(chars: int) -> dict:
    """A work plan of four tasks whose measures run to ``chars`` characters, the task table an attachment: each of
    its rows may be taller than half a page (``Geometry.whole_rows``), and splits."""
    measures = "各科室对照职责清单逐项核对本领域应当主动公开的事项，明确公开的内容、时限和经办人员，" * 20
    tasks = [{"task": f"推进第{k + 1}项重点领域信息公开", "content": [measures[:chars] + "。"], "lead": "办公室"}
             for k in range(4)]
    return {"kind": "work-plan", "year": 2024, "agency": "某某市生态环境局", "requirements": ["各科室共同承担公开任务。"],
            "tasks": tasks, "safeguards": ["办公室每季度汇总一次落实情况。"], "task_table": {"place": "attachment"},
            "date": "2024-02-20"}


@pytest.mark.parametrize("chars", [550, 700])
def test_a_tall_row_begun_at_a_page_s_foot_without_all_its_cells_begins_the_next_page_in_both_pdfs(chars):
    """WeasyPrint began a task's row at a page's foot in a slice a line or two tall: the 序号, 责任单位 and 完成时限
    there, the measures' first line alone being an orphan (or the 工作任务's three lines not fitting) on the next page
    with the task's name; the Typst PDF moves the row whole to the next page (its grid moves a row one of whose cells
    does not fit at all). The WeasyPrint PDF now begins such a row on the next page too: both print every column of
    every page in the same lines, and no page's last row leaves a cell's text to the next. A page that begins with the
    rest of a row split at the page before prints that task's name again beside it, without its 序号."""
    weasy, typst = (_columns(render(_plan(chars), engine=engine, formats=("pdf",)).pdf)
                    for engine in ("weasyprint", "typst"))
    assert [columns for _, columns in weasy] == [columns for _, columns in typst]
    before: list[str] = []  # the names on the page before
    for _, columns in weasy:
        if columns:  # a task's number (序号) on the page where its name (工作任务) is
            names = [t for t in columns[1] if t.startswith("推进第")]
            again = 1 if names and before and names[0] == before[-1] else 0
            assert len([n for n in columns[0] if n.isdigit()]) == len(names) - again
            before = names


#: A sentence of a small office's report that says everything in one paragraph.
ALL_IN_ONE = ("本局依照条例的规定，把本年度主动公开、依申请公开、收费减免、复议诉讼和存在问题等各项情况写在这一段里，"
              "全年主动公开信息一百二十条，受理申请三件，均已按期答复，没有收取费用，也没有发生行政复议和行政诉讼。")


def _one_paragraph(sentences: int) -> dict:
    """A 2008 report whose narrative is :data:`ALL_IN_ONE` ``sentences`` times in one paragraph."""
    return {"kind": "annual-report", "year": 2008, "agency": "某县档案局", "title": "某县档案局2008年信息公开年报",
            "sections": {"overview": {"content": [ALL_IN_ONE * sentences]}}, "date": "2009-03-31"}


#: An agency name of 30 characters: the title takes three lines, the 署名 wraps.
AGENCY = "某某省某某市某某区政务服务和大数据管理局电子政务外网运行中心"
#: The documents whose DOCX LibreOffice lays out (in one run, which starts it once).
LAID_OUT = {"one5": lambda: _one_paragraph(5), "one9": lambda: _one_paragraph(9),
            "long": lambda: starter_data("annual-report", year=2023, agency=AGENCY)
            | {"title": f"{AGENCY}2023年政府信息公开工作年度报告"}}


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory) -> dict:
    """Per name of ``LAID_OUT``: its data, its DOCX and WeasyPrint PDF rendered, and LibreOffice's PDF of the DOCX."""
    folder = tmp_path_factory.mktemp("lo")
    made = {}
    for name, make in LAID_OUT.items():
        data = make()
        made[name] = data, render(data, formats=("docx", "pdf"))
        (folder / f"{name}.docx").write_bytes(made[name][1].docx)
    pdfs = docx_to_pdfs([folder / f"{name}.docx" for name in LAID_OUT], load_plugins().registry.fonts, folder)
    return {name: (*made[name], pdf.read_bytes()) for name, pdf in zip(LAID_OUT, pdfs)}


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.parametrize("sentences", [5, 9])
def test_a_report_of_one_long_paragraph_is_paged_as_the_pdf_in_libreoffice(laid_out, sentences):
    """A 2008 report whose narrative is a single paragraph of 19 or 33 lines before the 署名: the DOCX kept it with the
    署名 (keepNext), and LibreOffice, which never splits a kept paragraph that does not begin a page, moved it whole
    to the next page with its heading: the heading alone on page 2 (or at page 1's foot), the 成文日期 or the whole
    署名 alone on the last page. A paragraph that cannot share a page with its heading and the 署名 is not kept with
    it: LibreOffice parts it where the PDF does, and no page begins with the 署名."""
    _, result, docx_pdf = laid_out[f"one{sentences}"]
    laid = lm.measure(docx_pdf)
    assert [page.lines[0].text for page in laid] == [page.lines[0].text for page in lm.measure(result.pdf)]
    assert lm.stranded(laid, result.document) == []


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_a_report_of_a_long_agency_name_keeps_every_rule_in_all_three_outputs(laid_out):
    """A 2021-format report of an agency of 30 characters: a title of three lines, a 署名 of two, every figure 0. Each
    output keeps every rule and prints the same pages. The measurement read table 4's row of zeros at page 3's foot in
    the DOCX laid out by LibreOffice as a head row left at the foot (LibreOffice sets the DOCX's digits in its Latin
    face, not the data cells' 仿宋): a row of figures only is data."""
    data, result, docx_pdf = laid_out["long"]
    typst = render(data, engine="typst", formats=("pdf",))
    outputs = [lm.measure(pdf) for pdf in (result.pdf, typst.pdf, docx_pdf)]
    assert [len(pages) for pages in outputs] == [4, 4, 4]
    assert [lm.stranded(pages, result.document) + lm.overflow(pages) for pages in outputs] == [[], [], []]
    titles = [[line.text for line in pages[0].lines if line.size > 20] for pages in outputs]
    assert all(len(lines) == 3 for lines in titles) and titles[0] == titles[1] == titles[2]
