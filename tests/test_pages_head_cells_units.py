"""The printed page across page breaks: a head cell spanning rows in the DOCX's repeated head (LibreOffice), the
Typst PDF's table columns as wide as the WeasyPrint PDF's (a tall cell's lines), the rest of a split row as tall as the
task's name set again beside it, a 责任科室（单位） line of a few lines at a page's foot in the Typst PDF, and the layout
measurement (tests/layout_measure.py) on repeated names and repeated 责任科室（单位） lines."""
from __future__ import annotations

import io
import re

import pdfplumber
import pytest

import layout_measure as lm
from docx_pages import SOFFICE, docx_to_pdf
from reportkit.blocks import Document, Paragraph, Signature, Table
from reportkit.plugins import load_plugins
from reportkit.testing import render

BLOCK = (79.4, 104.9, 521.6, 745.5)
OFFICES = ["办公室", "法规科", "环评科", "监察支队", "监测站", "宣教中心", "信息中心", "污防科"]
#: A head cell of a narrow column spanning both head rows, taller than the two rows' own cells make them.
DUTIES = "信息员承担的主要职责范围及说明"


def _staff_report(rows: int) -> dict:
    """A 2008 report whose own table has a two-row head: 信息员人数 over 专职人员 and 兼职人员, and a narrow last column
    headed by :data:`DUTIES` over both rows, then ``rows`` rows numbered from 1."""
    body = [[k + 1, OFFICES[k % len(OFFICES)], k % 3 + 1, k % 2, "无"] for k in range(rows)]
    table = {"columns": [{"text": "序号", "rowspan": 2}, {"text": "科室", "rowspan": 2},
                         {"text": "信息员人数", "colspan": 2}, {"text": DUTIES, "rowspan": 2}],
             "head_rows": 2, "widths": [2, 3, 3, 3, 1], "rows": [["专职人员", "兼职人员"], *body]}
    return {"kind": "annual-report", "year": 2008, "agency": "某市环境保护局",
            "title": "某市环境保护局2008年政府信息公开工作报告",
            "preamble": ["本局按照条例要求开展政府信息公开工作，现将本年度情况报告如下。"],
            "sections": {"overview": {"content": ["各科室信息员的配备情况见下表。", table]}},
            "date": "2009-03-20"}


def _first_numbers(pdf: bytes) -> list[str]:
    """The number (序号) of the first body row on each page that holds rows of the table."""
    out = []
    for page in lm.measure(pdf):
        numbers = [m.group() for row in page.rows if not row.head and (m := re.match(r"\d+", row.text))]
        if numbers:
            out.append(numbers[0])
    return out


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_a_head_cell_spanning_rows_is_whole_on_every_page_of_the_docx_in_libreoffice(tmp_path):
    """LibreOffice grew the last head row for a head cell spanning rows taller than they are where the table begins,
    but repeated the head on the next pages at the rows' own heights: the narrow column's heading lost its last lines
    (“及说明”) on every page after the first, and each of those pages held two rows more than the PDF's. That row now
    has the least height the spanning cell needs (w:trHeight, atLeast), in Word too."""
    result = render(_staff_report(70), formats=("docx", "pdf"))
    (tmp_path / "staff.docx").write_bytes(result.docx)
    laid_out = docx_to_pdf(tmp_path / "staff.docx", load_plugins().registry.fonts, tmp_path / "lo").read_bytes()
    with pdfplumber.open(io.BytesIO(laid_out)) as pdf:
        heads = ["".join(c["text"] for c in page.chars if c["size"] < lm.TABLE_TYPE_PT and c["text"].strip())
                 for page in pdf.pages]
    tables = [text for text in heads if "专职人员" in text]
    assert len(tables) >= 3
    assert all(DUTIES in re.sub(r"\d|无", "", text) for text in tables), tables
    assert _first_numbers(laid_out) == _first_numbers(result.pdf)


def _units_plan(count: int, sub_items: bool = False) -> dict:
    """A work plan whose task table's 责任单位 cell names ``count`` units with numbers (某某市第12监测片区法规科): where a
    line of the narrow cell ends depends on a fraction of a point. With ``sub_items``, the units are those of the second
    of two sub-items, the task's name (four lines) over both."""
    units = [f"某某市第{k + 1}监测片区{OFFICES[k % len(OFFICES)]}" for k in range(count)]
    tasks = [{"task": "做好权责清单调整和公开工作", "content": ["在网站专栏公布清单，调整后及时更新。"], "lead": "法规科"},
             {"task": "推进各片区环境监测数据公开", "content": ["各片区按月报送监测数据，汇总后统一发布。"],
              "lead": "监测站", "support": units}]
    if sub_items:
        tasks[1] = {"task": "推进各片区环境监测数据公开和信息发布工作", "items": [
            {"task": "汇总", "content": ["各片区按月报送。"], "lead": "监测站"},
            {"task": "发布", "content": ["汇总后统一发布。"], "lead": "监测站", "support": units}]}
    return {"kind": "work-plan", "year": 2024, "agency": "某某市生态环境局", "requirements": ["各科室共同承担公开任务。"],
            "tasks": tasks, "safeguards": ["办公室每季度汇总一次落实情况。"], "task_table": {"place": "attachment"},
            "date": "2024-02-20"}


def _columns(pdf: bytes) -> list[tuple[list[float], list[list[str]]]]:
    """Of each page: where its table's column rules stand, and each column's lines of table type, top to bottom."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            chars = [c for c in page.chars if c["text"].strip() and c["size"] < lm.TABLE_TYPE_PT]
            rules = sorted({round(e["x0"], 1) for e in page.edges if e["orientation"] == "v"})
            columns = []
            for left, right in zip(rules, rules[1:]):
                lines: dict[float, str] = {}
                for c in sorted((c for c in chars if left < (c["x0"] + c["x1"]) / 2 < right), key=lambda c: c["x0"]):
                    top = next((t for t in lines if abs(t - c["top"]) < 2), c["top"])
                    lines[top] = lines.get(top, "") + c["text"]
                columns.append([lines[t] for t in sorted(lines)])
            out.append((rules, columns))
    return out


@pytest.mark.parametrize("count", [20, 40])
def test_the_typst_pdf_s_table_columns_are_as_wide_as_the_weasyprint_pdf_s_and_a_tall_cell_prints_the_same_lines(count):
    """The Typst PDF ruled the table on the text block's edges and shared its whole width among the columns; the
    WeasyPrint PDF's collapsed borders lie inside the block, 0.5 pt narrower: each Typst column was 0.1 % wider, a
    line of the narrow 责任单位 cell held “…某某市第13” where the WeasyPrint PDF's ended at “第”, and the row that
    splits over pages printed other lines on each. Both now rule the same columns and print the same lines."""
    weasy, typst = (_columns(render(_units_plan(count), engine=engine, formats=("pdf",)).pdf)
                    for engine in ("weasyprint", "typst"))
    assert len(weasy) == len(typst)
    for (w_rules, w_columns), (t_rules, t_columns) in zip(weasy, typst):
        assert len(w_rules) == len(t_rules) and all(abs(w - t) < 0.15 for w, t in zip(w_rules, t_rules))
        assert w_columns == t_columns


@pytest.mark.parametrize("sub_items", [False, True])
def test_the_rest_of_a_split_row_shorter_than_its_task_s_name_is_made_as_tall_as_the_name_in_both_pdfs(sub_items):
    """The last page of the task table holds only the rest of the 责任单位 cell, two lines, beside which both PDFs
    print the task's name again (three lines; four over two sub-items) and its measures. The Typst PDF made that row as
    tall as the name; the WeasyPrint PDF left the name and the measures (two lines) out, or printed the name over both
    sub-items past the table's bottom rule. It makes the row as tall too: both print the same lines in the same rows,
    every line inside the table."""
    weasy, typst = (render(_units_plan(30, sub_items), engine=engine, formats=("pdf",)).pdf
                    for engine in ("weasyprint", "typst"))
    assert _columns(weasy) == _columns(typst)
    assert "".join(_columns(weasy)[-1][1][1]) == "工作任务推进各片区环境监测数据公开" + "和信息发布工作" * sub_items
    assert _last_rules(weasy) == _last_rules(typst)
    for pdf in (weasy, typst):
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            page = doc.pages[-1]
            foot = max(e["top"] for e in page.edges if e["orientation"] == "h")
            assert all(c["bottom"] < foot for c in page.chars if c["size"] < lm.TABLE_TYPE_PT)


def _last_rules(pdf: bytes) -> list[float]:
    """Where the rules across the last page stand, to a tenth of a point. (The rule closing a split row at a page's
    foot stands 0.3 pt apart in the two PDFs.)"""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return sorted({round(e["top"], 1) for e in doc.pages[-1].edges if e["orientation"] == "h"})


@pytest.mark.parametrize(("count", "place", "sentences"), [(12, "attachment", 7), (18, "inline", 4)])
def test_a_units_line_of_a_few_lines_parts_at_a_page_s_foot_in_both_pdfs_alike(count, place, sentences):
    """The Typst PDF carried a task's 责任科室（单位） line of four to twenty lines whole under its measures' last two
    lines: at a page's foot it went to the next page, most of the page left empty, where the WeasyPrint PDF parts it
    (its first lines with the measures). It parts it likewise: both PDFs print every page in the same lines."""
    data = _units_plan(count) | {"task_table": {"place": place},
                                 "requirements": ["各科室共同承担公开任务，办公室统筹推进。" * sentences]}
    weasy, typst = ([[re.sub(r"\s", "", line.text) for line in page.lines]
                     for page in lm.measure(render(data, engine=engine, formats=("pdf",)).pdf)]
                    for engine in ("weasyprint", "typst"))
    assert typst == weasy


def _line(text: str, row: int) -> lm.Line:
    top = BLOCK[1] + row * 28.9
    return lm.Line(text, BLOCK[0], BLOCK[2], top, top + 16, top + 16, 16)


def _pages(*texts: list[str]) -> list[lm.Page]:
    return [lm.Page(n, [_line(text, row) for row, text in enumerate(lines)], BLOCK, None, [])
            for n, lines in enumerate(texts, start=1)]


ORGAN = "某某市生态环境局"


def test_a_paragraph_that_begins_with_the_signing_organ_s_name_is_found_after_the_signature():
    """The 署名's lines belong to no paragraph; an attachment's paragraph beginning with the organ's name was taken to
    begin at the organ's line, and the measurement raised that the PDF's text differed from the data's."""
    after = f"{ORGAN}按类别编制公开目录。"
    document = Document("标题", "作者", [Paragraph("正文只有一行。"), Signature([ORGAN], "2009年3月20日"),
                                        Paragraph(after)])
    pages = _pages(["正文只有一行。", ORGAN, "2009年3月20日"], [after])
    assert [(seg.kind, [line.text for _, line in seg.lines]) for seg in lm.paragraphs(pages, document)] == \
        [("Paragraph", ["正文只有一行。"]), ("Signature", []), ("Paragraph", [after])]
    assert lm.stranded(pages, document) == []


def test_a_page_that_begins_with_a_paragraph_s_line_reading_as_the_organ_s_name_does_not_begin_with_the_signature():
    """A line of a paragraph that reads exactly as the organ's name, at the top of a page, was taken for the 署名."""
    text = "本年度的公开工作由" + ORGAN[:-1] + ORGAN + "负责。"
    lines = ["本年度的公开工作由" + ORGAN[:-1], ORGAN, "负责。"]
    document = Document("标题", "作者", [Paragraph(text), Signature([ORGAN], "2009年3月20日")])
    assert lm.stranded(_pages(lines[:1], [*lines[1:], ORGAN, "2009年3月20日"]), document) == []
    # the signature itself at the top of a page still is
    assert lm.stranded(_pages(lines, [ORGAN, "2009年3月20日"]), document) == \
        [f"p2: begins with the signature/date {ORGAN}", "p2: the signature has 0 of the last paragraph's lines"]


def test_only_the_paragraph_right_before_a_table_is_its_lead_in():
    """Every task of a plan may name the same 责任科室（单位）: the first task's line, ending a page, was reported as
    the task table's lead-in ending its page, though only the last task's comes right before the table."""
    kept = "责任科室（单位）：办公室"
    table = Table([], [1])
    document = Document("标题", "作者", [Paragraph("第一项任务的措施。"), Paragraph(kept, keep_with_previous=True),
                                        Paragraph("第二项任务的措施。"), Paragraph(kept, keep_with_previous=True), table])
    first, second = ["第一项任务的措施。", kept], ["第二项任务的措施。", kept]
    assert lm.lead_ins_apart(_pages(first, second), document) == []
    assert lm.lead_ins_apart(_pages([*first, *second], ["表格之后的一行"]), document) == \
        [f"p1: a table's lead-in ends the page: {kept}"]


def test_a_signature_right_after_a_table_needs_the_table_s_rows_not_the_lead_in_s_lines():
    """A 署名 right after a table was asked to share its page with two lines of the last paragraph, the table's
    lead-in, however many of the table's rows stood above it (a 2008 report's own table ending the body): every page
    break in a long table was a fault. It needs what comes right before it, the table's last rows: a page that begins
    with the 署名 still is one."""
    lead = "各类信息的公开情况见下表。"
    document = Document("标题", "作者", [Paragraph(lead), Table([], [1]), Signature([ORGAN], "2009年3月20日")])
    pages = _pages([lead], [ORGAN, "2009年3月20日"])
    pages[1].lines.insert(0, lm.Line("第40类 12 3", BLOCK[0], BLOCK[2], BLOCK[1], BLOCK[1] + 10.5, BLOCK[1] + 10, 10.5))
    assert lm.stranded(pages, document) == []
    assert lm.stranded(_pages([lead], [ORGAN, "2009年3月20日"]), document) == \
        [f"p2: begins with the signature/date {ORGAN}"]
