"""Printed pages at the text lengths the examples do not reach: one short paragraph per section, a section of 30
paragraphs, a title of 60 characters, a 40-character organ signing, 8 attachments with long titles, a table cell of
500 characters, a work plan of 1 and of 120 tasks, 9-digit figures, and a heading or a signature sliding line by line
over a page's foot; every document kind, both PDF engines (and the DOCX as LibreOffice lays it out), measured against
GB/T 9704: nothing under the text block, no heading alone at a page's foot, the signature not alone, page numbers
"— n —" on the outer side, table heads repeated."""
from __future__ import annotations

import copy
import functools
import io
from pathlib import Path

import pdfplumber
import pytest
import yaml
from docx import Document as WordDocument
from docx.oxml.ns import qn

import layout_measure as lm
from docx_pages import SOFFICE, docx_to_pdfs
from reportkit.plugins import load_plugins
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
ENGINES = ["weasyprint", "typst"]
LONG_AGENCY = "某自治州某某县自然资源和规划局（某某县林业和草原局）不动产登记和测绘地理服务中心"
LONG_TITLE = "某自治州某某县自然资源和规划局关于二〇二三年度政府信息公开工作和政务公开重点任务落实情况以及下一步的工作打算和措施的报告"
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")


def example(path: str) -> dict:
    return yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))


def para(n: int, k: int = 0) -> str:
    """A paragraph of ``n`` characters."""
    base = f"第{k + 1}项工作按年初计划推进，有关信息均在门户网站专栏及时发布，群众可以随时查阅并提出意见，承办科室逐条登记答复。"
    return (base * (n // len(base) + 1))[:n - 1] + "。"


CELL = para(500, 3)
ATTACHMENTS = [{"title": f"某某县自然资源和规划局2023年度第{i + 1}批主动公开政府信息目录及公开方式、公开时限和责任科室一览表",
                "content": [para(120, i)]} for i in range(8)]
ATTACHMENTS[3] = {"title": ATTACHMENTS[3]["title"],
                  "table": {"columns": ["序号", "事项", "说明"], "rows": [["1", "长说明", CELL], ["2", "短", "无"]]}}


def scaled(value, factor: int):
    """The statistics tables with every count multiplied by ``factor``: totals still add up."""
    if isinstance(value, dict):
        return {k: scaled(v, factor) for k, v in value.items()}
    if isinstance(value, list):
        return [scaled(v, factor) for v in value]
    return value * factor if isinstance(value, int) and not isinstance(value, bool) else value


def variant(path: str, change) -> dict:
    data = copy.deepcopy(example(path))
    change(data)
    return data


def short_sections(d):
    for key in d["sections"]:
        d["sections"][key] = [para(30)]


def thirty_paragraphs(d):
    d["sections"]["overview"] = [para(60 + 23 * i, i) for i in range(30)]


def long_names(d):
    d.update(title=LONG_TITLE, agency=LONG_AGENCY, attachments=ATTACHMENTS)


def one_task(d):
    d["tasks"] = [{k: v for k, v in d["tasks"][0].items() if k != "items"}]


def many_tasks(d):
    d["tasks"] = [{"task": f"做好第{i + 1}项政务公开重点任务", "content": [para(40 + i * 37 % 160, i)],
                   "lead": ["办公室", "法规科", "市环境监测中心站", "宣教中心"][i % 4]} for i in range(120)]


def thirty_summary_paragraphs(d):
    d["work"][0]["content"] = [para(60 + 23 * i, i) for i in range(30)]


def short_summary(d):
    d.update(work=[{"heading": "加大主动公开力度", "content": [para(30)]}], problems=[para(20)], plan=[para(20)])


def thirty_paragraphs_2008(d):
    d["sections"]["overview"]["content"] = [para(60 + 23 * i, i) for i in range(30)]


A21, A19, A08 = "examples/sample-2021.yaml", "examples/xinzhou-2020.yaml", "examples/mianyang-2009.yaml"
PLAN, SUMMARY = "examples/putian-2018-work-plan.yaml", "examples/suzhou-2016-work-summary.yaml"
REDHEAD = "plugins/reportkit-gbt9704-redhead/examples/redhead-2023.yaml"
VARIANTS = {
    "2021_short": (A21, short_sections),
    "2021_thirty_paragraphs": (A21, thirty_paragraphs),
    "2021_long_names_eight_attachments": (A21, long_names),
    "2021_nine_digits": (A21, lambda d: d.update(tables=scaled(d["tables"], 1_000_000))),
    "2019_short": (A19, short_sections),
    "2019_long_names_eight_attachments": (A19, long_names),
    "2008_long_names_eight_attachments": (A08, long_names),
    "2008_thirty_paragraphs": (A08, thirty_paragraphs_2008),
    "plan_one_task": (PLAN, one_task),
    "plan_120_tasks": (PLAN, many_tasks),
    "plan_long_names_eight_attachments": (PLAN, long_names),
    "summary_short": (SUMMARY, short_summary),
    "summary_thirty_paragraphs": (SUMMARY, thirty_summary_paragraphs),
    "redhead_short": (REDHEAD, short_sections),
    "redhead_long_names_eight_attachments": (REDHEAD, long_names),
}


@functools.cache
def made(name: str, engine: str):
    """``VARIANTS[name]`` rendered to PDF by ``engine`` and its measured pages (each made once)."""
    path, change = VARIANTS[name]
    result = render(variant(path, change), file=path, formats=("pdf",), engine=engine)
    return result, lm.measure(result.pdf)


def page_rule_breaks(pages: list[lm.Page], document) -> list[str]:
    """What breaks GB/T 9704 on the measured ``pages``: text under the block, a heading alone at a page's foot, a
    signature alone, a page number that is not "— n —" in 4号 one character in from the outer side."""
    out = lm.overflow(pages) + lm.stranded(pages, document, unnumbered_blank_ok=True) + lm.signature_alone(pages, document)
    for page in pages:
        if page.folio is None:
            continue
        # 4号 (14 pt), one character in from the outer side: the right on odd pages, the left on even ones.
        inset = page.block[2] - page.folio.x1 if page.number % 2 else page.folio.x0 - page.block[0]
        if lm._plain(page.folio.text) != f"—{page.number}—" or abs(page.folio.size - 14) > 0.1 or abs(inset - 14) > 1:
            out.append(f"p{page.number}: page number {page.folio.text!r} at {page.folio.x0:.0f} pt")
    return out


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", VARIANTS)
def test_extreme_lengths_keep_the_page_rules_in_both_pdfs(name, engine):
    result, pages = made(name, engine)
    assert page_rule_breaks(pages, result.document) == []


def sliding_heading(n: int) -> dict:
    """A work summary whose second heading moves down a line with each ``n`` (10: it would be a page's last line)."""
    def change(d):
        d["work"] = [{"heading": "加大主动公开力度", "content": [para(28 * n + 10)]},
                     {"heading": "规范依申请公开答复", "content": [para(200, 1)]}]
    return variant(SUMMARY, change)


def sliding_signature(n: int) -> dict:
    """A work summary whose signature moves down a line with each ``n`` (9: its date is a page's last line)."""
    return variant(SUMMARY, lambda d: d.update(plan=[para(200, 2), para(28 * n + 10, 3)]))


@functools.cache
def slid(kind: str, n: int, engine: str):
    """``sliding_heading(n)`` or ``sliding_signature(n)`` (``kind``) rendered to PDF by ``engine``, its measured pages
    and their lines' texts (each made once: ``engine`` has no default, as functools.cache tells a call leaving it out
    from one giving it and renders both)."""
    result = render({"heading": sliding_heading, "signature": sliding_signature}[kind](n), file=SUMMARY,
                    formats=("pdf",), engine=engine)
    pages = lm.measure(result.pdf)
    return result, pages, [[lm._plain(line.text) for line in page.lines] for page in pages]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("n", [7, 8, 10])
def test_a_heading_at_a_page_foot_goes_over_with_two_lines_of_its_paragraph(n, engine):
    result, pages, texts = slid("heading", n, engine)
    heading = "（二）规范依申请公开答复"
    page = next(lines for lines in texts if heading in lines)
    assert len(page) - page.index(heading) >= 3, page
    assert page_rule_breaks(pages, result.document) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("n", [8, 9, 10])
def test_a_signature_at_a_page_end_keeps_two_lines_of_the_body(n, engine):
    result, pages, texts = slid("signature", n, engine)
    page = next(lines for lines in texts if "2017年1月10日" in lines)
    assert page[-2:] == ["苏州市环境保护局", "2017年1月10日"]
    assert len(page) >= 4, page
    assert page_rule_breaks(pages, result.document) == []


def test_the_sliding_heading_and_signature_reach_a_page_foot():
    """The cases above are what they say: at 10 the heading would be a full page's last line, at 9 the date is."""
    *_, heading = slid("heading", 10, "weasyprint")
    assert heading[1][0] == "（二）规范依申请公开答复" and len(heading[0]) >= 21
    *_, signed = slid("signature", 9, "weasyprint")
    assert signed[-1][-1] == "2017年1月10日" and len(signed[-1]) >= 21


@pytest.mark.parametrize("engine", ENGINES)
def test_nine_digit_figures_are_printed_whole_and_the_table_heads_repeat(engine):
    result, pages = made("2021_nine_digits", engine)
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:  # the figures are in the tables: only their pages are read
        words = [w["text"] for page in pages if page.rows for w in pdf.pages[page.number - 1].extract_words()]
    assert "156000000" in words  # 行政许可 156 × 10⁶, in table 二
    assert "48000000" in words  # 表三 新收申请 总计
    continued = [page for page in pages if page.rows and page.rows[0].top <= page.lines[0].top + 1]
    assert continued, "table 三 no longer runs over a page"
    assert all(page.rows[0].head for page in continued), [page.rows[0].text[:20] for page in continued]
    # The figures of table 四 cannot fit: reportkit says so where they are written.
    assert any("太长，这一列排不下" in w.message for w in result.warnings)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_cell_of_500_characters_is_printed_whole_on_its_attachment_page(engine):
    result, pages = made("2021_long_names_eight_attachments", engine)
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
        # The first page whose first line is “附件4”, found in the measured lines: only that page is read again.
        page = pdf.pages[next(p.number for p in pages if p.lines and lm._plain(p.lines[0].text) == "附件4") - 1]
        table = [c for c in page.chars if c["text"].strip() and c["size"] < lm.TABLE_TYPE_PT]
        left = min(c["x0"] for c in table if c["text"] == "第")  # the 说明 column: every line of the cell starts there
        column = lm._lines([c for c in table if c["x0"] > left - 1], page.height)
    assert "".join(lm._plain(line.text) for line in column) == "说明" + CELL + "无"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_title_of_60_characters_and_an_organ_of_40_are_printed_whole(engine):
    result, pages = made("2021_long_names_eight_attachments", engine)
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
        first = pdf.pages[0]
        title = "".join(c["text"] for c in first.chars if round(c["size"]) == 22)
        assert title == LONG_TITLE
        assert all(lm.MM * 28 - 1 < c["x0"] and c["x1"] < lm.MM * (210 - 26) + 1 for c in first.chars)
    signed = next(page for page in pages if any(lm._plain(line.text) == "2024年1月25日" for line in page.lines))
    at = [lm._plain(line.text) for line in signed.lines].index("2024年1月25日")
    organ = signed.lines[at - 2:at]
    assert "".join(lm._plain(line.text) for line in organ) == LONG_AGENCY
    assert all(line.x1 <= signed.block[2] - 2 * 16 + 1 for line in organ)  # 右空二字
    body = WordDocument(io.BytesIO(made_docx("long_names_eight_attachments").docx)).element.body
    words = "".join(t.text or "" for t in body.iter(qn("w:t")))
    assert LONG_TITLE in words and LONG_AGENCY in words


#: The documents whose DOCX LibreOffice lays out.
LAID_OUT = {"long_names_eight_attachments": variant(A21, long_names), "signature_at_page_end": sliding_signature(9),
            "heading_at_page_foot": sliding_heading(10)}


@functools.cache
def made_docx(name: str):
    """``LAID_OUT[name]`` rendered to DOCX (made once)."""
    return render(LAID_OUT[name], formats=("docx",))


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory) -> dict:
    """Per name of ``LAID_OUT``: the document and LibreOffice's PDF of its DOCX, all laid out in one run."""
    folder = tmp_path_factory.mktemp("docx")
    documents = {}
    for name in LAID_OUT:
        result = made_docx(name)
        (folder / f"{name}.docx").write_bytes(result.docx)
        documents[name] = result.document
    pdfs = docx_to_pdfs([folder / f"{name}.docx" for name in LAID_OUT], load_plugins().registry.fonts, folder)
    return {name: (documents[name], pdf.read_bytes()) for name, pdf in zip(LAID_OUT, pdfs)}


@pytest.mark.slow
@needs_soffice
@pytest.mark.parametrize("name", LAID_OUT)
def test_the_docx_as_libreoffice_lays_it_out_keeps_the_page_rules(name, laid_out):
    document, pdf = laid_out[name]
    pages = lm.measure(pdf)
    assert lm.overflow(pages) == []
    # LibreOffice sets the short last row ("2 短 无") in a face the measure takes for a head's: not a head at the foot.
    assert [s for s in lm.stranded(pages, document) if "table head at the foot: 2短无" not in s] == []
    assert lm.signature_alone(pages, document) == []
