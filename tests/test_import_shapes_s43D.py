"""Importing published documents in shapes the last session's readers missed: a small table of a report's own drawn
touching 表二's foot (one grid with it in a WeasyPrint PDF, one Word table) is a table of its own (was: its rows said
as “不是表二的行”); a Word auto-numbered paragraph (w:numPr) whose bold words have the text run in after them is a
heading and its text (was: one paragraph, the number and heading in front); a plain ``pdftotext`` copy of a notice and
the plan it sends, both titles two lines, reads both titles back (was: both left out as lines before the title), the
agency the notice's 署名 where the title names only the county (was: 青石县); a red-head copy's 版记 under the sent plan
and a 附件说明 broken over the 署名 stay out of the text and the 署名 (were: the last part's paragraph, an organ); a
plan sent as a notice's attachment, with no 附件说明 of its own, keeps its own attachments 附件1, 附件2 (was: read as
the last part's paragraphs). The words and figures here are made up for these tests."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH

from _import_helpers import changed_docx, data_of, imported, render_source, word_xml
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
SAMPLE = Path(__file__).resolve().parents[1] / "examples/sample-2021.yaml"
NOT_OFFICIAL = "这个表格不是表二、表三或表四，未导入"
#: A small table of the report's own (its words all in the sample, so that the PDF's font has them).
SMALL = [["公开方式", "发布条数"], ["门户网站", "312"], ["微信公众号", "85"]]


def _tables_findings(result) -> list[str]:
    return [f.message for f in result.findings if f.rule in ("tables", "skipped", "cells")]


# 表二 and a small table under it ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def disclosure(tmp_path_factory) -> tuple[Path, dict]:
    """The sample as a DOCX, and its 表二 imported from it."""
    folder = tmp_path_factory.mktemp("docx")
    source = render_source(SAMPLE, "docx", folder, PLUGINS)
    return source, data_of(imported(source, folder, PLUGINS))["tables"]["active_disclosure"]


def _disclosure_table(document):
    return next(t._tbl for t in document.tables if "第二十条" in "".join(c.text for r in t.rows for c in r.cells))


def _small_table(document):
    table = document.add_table(rows=len(SMALL), cols=2)
    for row, texts in zip(table.rows, SMALL):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    return table._tbl


def _touching(document) -> None:
    """The small table right after 表二, nothing between."""
    _disclosure_table(document).addnext(_small_table(document))


def _merged(document) -> None:
    """The small table's rows as 表二's last rows (Word joins two tables with nothing between)."""
    small, table = _small_table(document), _disclosure_table(document)
    for row in small.tr_lst:
        table.append(row)
    small.getparent().remove(small)


@pytest.mark.parametrize("change", [_touching, _merged], ids=["two-tables", "one-table"])
def test_a_small_table_touching_table_two_s_foot_in_a_docx(tmp_path, disclosure, change):
    """One finding for the small table (was, as one Word table: each of its rows “不是2021版表二的行”), 表二 whole."""
    source, table = disclosure
    result, data = changed_docx(source, tmp_path, change, PLUGINS)
    rows = [[c.text for c in row.cells] for t in docx.Document(str(tmp_path / "changed.docx")).tables for row in t.rows]
    assert SMALL[2] in [row[:2] for row in rows]  # the input is as meant
    assert _tables_findings(result) == [NOT_OFFICIAL]
    assert data["tables"]["active_disclosure"] == table


def test_a_small_table_touching_table_two_s_foot_in_a_pdf(tmp_path, disclosure):
    """WeasyPrint prints the small table right on 表二's last row (one grid to the PDF's reader): one finding, 表二 as
    in the DOCX (was: the small table's three rows each “不是2021版表二的行”)."""
    from weasyprint import HTML

    from reportkit.pipeline import prepare
    from reportkit.renderers.pdf import LayoutFetcher, _source

    prepared = prepare(SAMPLE, PLUGINS)
    plan, html = _source(prepared.document, prepared.layout, PLUGINS.registry.fonts)[:2]
    end = html.index("</table>", html.index("第二十条第（八）项")) + len("</table>")
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in SMALL)
    source = tmp_path / "touching.pdf"
    HTML(
        string=html[:end] + f'<table style="margin: 0; width: 100%">{rows}</table>' + html[end:],
        base_url=Path(prepared.layout.directory).resolve().as_uri() + "/",
        url_fetcher=LayoutFetcher(prepared.layout.folders, plan.fonts),
    ).write_pdf(source)
    result = imported(source, tmp_path, PLUGINS)
    assert _tables_findings(result) == [NOT_OFFICIAL]
    assert data_of(result)["tables"]["active_disclosure"] == disclosure[1]


# Word's numbered bold headings with their text run in ---------------------------------------------------------------
TITLE = "青石县水务局2023年政府信息公开工作年度报告"
PARTS = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]
SUBHEADINGS = [
    ("水质公开", "全年按月公布饮用水水源地水质监测结果12期。"),
    ("依申请公开", "全年受理水务方面的公开申请4件，均按期答复。"),
    ("平台建设", "门户网站水务专栏改版一次，新增问答栏目。"),
]


def test_word_numbered_bold_headings_with_their_text_run_in_are_headings(tmp_path):
    """（一）（二）（三） are Word's numbers (w:numPr), each paragraph's heading bold and its text plain after it in the
    same paragraph: headings with their text (was: “（一）水质公开全年按月……” one paragraph)."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(
        word_xml(
            '<w:abstractNum w:abstractNumId="71"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(word_xml('<w:num w:numId="71"><w:abstractNumId w:val="71"/></w:num>'))
    title = document.add_paragraph()
    title.add_run(TITLE).bold = True
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for n, part in enumerate(PARTS):
        document.add_paragraph().add_run(part).bold = True
        if n:
            document.add_paragraph("本年度无相关事项。")
            continue
        for heading, text in SUBHEADINGS:
            paragraph = document.add_paragraph()
            paragraph._p.get_or_add_pPr().append(
                word_xml('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="71"/></w:numPr>')
            )
            paragraph.add_run(heading).bold = True
            paragraph.add_run(text)
    for line in ("青石县水务局", "2024年1月18日"):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    source = tmp_path / "numbered.docx"
    document.save(source)
    assert docx.Document(str(source)).paragraphs[2]._p.pPr.numPr is not None  # the input is as meant
    overview = data_of(imported(source, tmp_path, PLUGINS))["sections"]["overview"]
    assert overview == [{"heading": heading, "content": [text]} for heading, text in SUBHEADINGS]


# A notice and the plan it sends -------------------------------------------------------------------------------------
NOTICE_TITLE = "青石县人民政府办公室关于印发青石县2024年政务公开工作要点的通知"
PLAN_TITLE = "青石县2024年政务公开工作要点暨基层政务公开标准化规范化建设任务清单"
PLAN = {
    "kind": "work-plan",
    "year": 2024,
    "agency": "青石县人民政府办公室",
    "title": PLAN_TITLE,
    "notice": {
        "title": NOTICE_TITLE,
        "addressee": "各乡镇人民政府，县政府各部门",
        "date": dt.date(2024, 3, 12),
        "attachment": True,
        "body": [f"《{PLAN_TITLE}》已经县政府同意，现印发给你们，请结合实际认真落实。"],
    },
    "preamble": ["今年全县政务公开以群众关切为导向，推动公开内容更实、公开渠道更畅。"],
    "requirements": ["坚持以公开为常态、不公开为例外，把公开贯穿行政权力运行的全过程。"],
    "tasks": [
        {
            "task": "做好重大决策事前公开",
            "content": ["涉及群众切身利益的决策草案，在门户网站公开征求意见。"],
            "lead": "县政府办公室",
        },
        {"task": "做好惠民资金信息公开", "content": ["按季度公开惠民惠农补贴资金的发放情况。"], "lead": "县财政局"},
    ],
    "safeguards": ["各乡镇、各部门明确一名分管负责人，县政府办公室每季度通报进展。"],
    "attachments": [
        {"title": "青石县政务公开工作联系人名单", "content": ["各乡镇、各部门确定一名联系人，报县政府办公室备案。"]},
        {"title": "青石县政务公开信息报送要求", "content": ["每月上旬报送上月的公开信息目录。"]},
    ],
}
#: :data:`PLAN` as a red-head document: its 版记 names the 印发机关 and date under the plan, which has no 成文日期.
RED_HEAD = {
    "layout": "redhead",
    "plugins": {
        "reportkit-gbt9704-redhead": {
            "organ_mark": "青石县人民政府办公室文件",
            "number": "青政办发〔2024〕3号",
            "printer": "青石县人民政府办公室",
            "printed_on": dt.date(2024, 3, 13),
        }
    },
}
needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext (poppler-utils)")


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> dict[str, Path]:
    """:data:`PLAN` rendered: its DOCX, and a plain ``pdftotext`` copy of its Typst PDF."""
    folder = tmp_path_factory.mktemp("plan")
    data = folder / "plan.yaml"
    data.write_text(yaml.safe_dump(PLAN, allow_unicode=True), encoding="utf-8")
    out = {"docx": render_source(data, "docx", folder, PLUGINS)}
    if shutil.which("pdftotext"):
        red = folder / "red.yaml"
        red.write_text(yaml.safe_dump({**PLAN, **RED_HEAD}, allow_unicode=True), encoding="utf-8")
        for name, source in (("txt", data), ("red", red)):
            out[name] = folder / f"{name}.txt"
            pdf = render_source(source, "pdf-typst", folder, PLUGINS)
            subprocess.run(["pdftotext", str(pdf), str(out[name])], check=True)
    return out


def _plan_import(source: Path, folder: Path):
    result = imported(source, folder, PLUGINS, documents=True)
    return result, data_of(result)


@needs_pdftotext
def test_a_text_copy_of_a_notice_and_its_plan_reads_both_two_line_titles(tmp_path, plan):
    """Both titles broken by width in two lines (the notice's inside the name it sends, after 青石县; the plan's, not
    worded like a plan's title alone): both read back, nothing left out (was: both “标题之前的……未导入”, the notice's
    title its second line alone, the plan's title the default one)."""
    text = plan["txt"].read_text(encoding="utf-8")
    assert "关于印发青石县\n2024 年" in text and "暨基层\n政务公开" in text  # the input is as meant
    result, data = _plan_import(plan["txt"], tmp_path)
    assert data["notice"]["title"].replace("\n", "") == NOTICE_TITLE
    assert data["title"].replace("\n", "") == PLAN_TITLE
    assert data["notice"]["attachment"] is True
    assert not [f.message for f in result.findings if "标题" in f.message]
    assert data["agency"] == PLAN["agency"] and "signature" not in data["notice"]  # was: 青石县, signed by the office


@needs_pdftotext
def test_a_text_copy_of_a_sent_red_head_plan_leaves_its_imprint_out(tmp_path, plan):
    """The 版记 under the plan, which has no 成文日期 of its own: its 印发机关, a line of its own over “…印发” in the copy,
    is the 版记's (was: the last paragraph of 三、机制保障), and the red-head settings name it."""
    result, data = _plan_import(plan["red"], tmp_path)
    assert data["safeguards"] == PLAN["safeguards"]
    assert data["plugins"]["reportkit-gbt9704-redhead"]["printer"] == "青石县人民政府办公室"
    assert "signature" not in data["notice"]  # the 附件说明's second line is no organ over the office
    assert data["title"].replace("\n", "") == PLAN_TITLE and data["agency"] == PLAN["agency"]


def _without_own_note(lines: list[str]) -> list[str]:
    """``lines`` without the plan's own 附件说明 (附件：1.…, 2.…) over its attachments."""
    start = next(k for k, line in enumerate(lines) if re.sub(r"\s", "", line).startswith("附件：1."))
    return lines[:start] + lines[start + 2 :]


def test_a_sent_plan_s_own_attachments_without_its_note_in_a_docx(tmp_path, plan):
    """The plan, the notice's attachment, has no 署名 or 成文日期 of its own: its 附件1, 附件2 after its last part are its
    attachments (was: read as the paragraphs of 三、机制保障), the mark over the plan still the notice's."""
    document = docx.Document(str(plan["docx"]))
    note = [p for p in document.paragraphs if re.sub(r"\s", "", p.text).startswith(("附件：1.", "2.青石县政务公开"))]
    assert len(note) == 2  # the input is as meant
    for paragraph in note:
        paragraph._p.getparent().remove(paragraph._p)
    source = tmp_path / "sent.docx"
    document.save(str(source))
    result, data = _plan_import(source, tmp_path)
    assert [a["title"] for a in data["attachments"]] == [a["title"] for a in PLAN["attachments"]]
    assert data["safeguards"] == PLAN["safeguards"]
    assert data["notice"]["attachment"] is True


@needs_pdftotext
def test_a_sent_plan_s_own_attachments_without_its_note_in_a_text_copy(tmp_path, plan):
    """The same in a ``pdftotext`` copy: 附件1, 附件2 each a line alone after the last part (was: its paragraphs)."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "\n".join(_without_own_note(plan["txt"].read_text(encoding="utf-8").split("\n"))), encoding="utf-8"
    )
    result, data = _plan_import(source, tmp_path)
    assert [a["title"] for a in data["attachments"]] == [a["title"] for a in PLAN["attachments"]]
    assert [a["content"] for a in data["attachments"]] == [a["content"] for a in PLAN["attachments"]]
    assert data["safeguards"] == PLAN["safeguards"]


def test_attachment_name_key_compares_a_note_s_name_with_a_title():
    """frame's public key for a 附件说明's name and an attachment's title: no number, extension, 《》 or spaces."""
    from reportkit.importers.frame import attachment_name_key

    assert attachment_name_key("2.《青石县政务公开 信息报送要求》.docx") == attachment_name_key(
        "青石县政务公开信息报送要求"
    )
