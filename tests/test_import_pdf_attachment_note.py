"""A 附件说明 of several items in a PDF whose lines start at the left edge: a paragraph set without first-line
indent, as a clerk lays out a Word file, the items typed one a line under “附件：1.”. A short line that did not end in
a full stop went on into the next line at the edge: the items read as one (“…分解表2.…名单”, “在文后的附件里没有找到”),
and so did a work plan's short 责任单位 line and the numbered task under it (“污防科2.水环境质量”). A short line now ends
its paragraph where the next starts with an item's number. The same documents printed by WeasyPrint and Typst, and
exported by LibreOffice from reportkit's DOCX as it is, read the same. LibreOffice exports every DOCX of these tests in
one run."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from reportkit.plugins import load_plugins

from _import_helpers import SOFFICE, imported, libreoffice_pdfs, render_source
from test_import_pdf_indent_landscape import _run, clerk_page
from test_import_work_docs import PLAN, _plain

PLUGINS = load_plugins()
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")

#: The sample report (its figures and 署名) with parts written here: short paragraphs, one without a full stop.
SAMPLE = Path("examples/sample-2021.yaml")
SECTIONS = {"overview": ["本局把信息公开和耕地保护、不动产登记等日常业务一起安排，专人负责栏目更新。", "全年发布信息六百余条。"],
            "active_disclosure": ["用地审批结果每月汇总公开一次。"],
            "applications": ["涉及第三方的申请，均先征求第三方意见再作答复。"],
            "problems": ["栏目更新的时间还不够固定。", "下一年度将按月排出更新计划"],
            "other": ["本年度办理人大代表建议六件，答复内容均已公开。"]}
#: The attachments of :data:`REPORT`, two or three: names of one line and of two, short and long.
ATTACHMENTS = [
    {"title": "2023年林木采伐许可办理情况统计表", "table": {"columns": ["月份", "件数"], "rows": [["一季度", 15], ["二季度", 21]]}},
    {"title": "政府信息公开工作联系人名单", "table": {"columns": ["股室", "联系人"], "rows": [["办公室", "赵宁"]]}},
    {"title": "某县林业局森林防火期野外用火审批和林木采伐许可信息公开事项目录", "content": ["目录按事项列出公开的内容、时限和方式。"]}]
#: The 联系人 attachment added to the plan example, beside its task table.
CONTACTS = {"title": "莆田市环境保护局政务公开工作联系人名单",
            "table": {"columns": ["科室（单位）", "联系人"], "rows": [["办公室", "林海"], ["法规科", "陈明"]]}}


def _source(folder: Path, kind: str, items: int) -> tuple[Path, dict]:
    """The report with its first ``items`` attachments, or the plan example with its task table and :data:`CONTACTS`
    as attachments; written to ``folder``, and its data."""
    if kind == "report":
        data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8")) | {"sections": SECTIONS,
                                                                      "attachments": ATTACHMENTS[:items]}
    else:
        data = yaml.safe_load(PLAN.read_text(encoding="utf-8")) | {"attachments": [CONTACTS]}
    path = folder / f"{kind}-{items}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path, data


def _flush_left(rendered: Path) -> Path:
    """reportkit's DOCX with every paragraph set without first-line indent and the 附件说明's items at the left edge
    (no hanging indent, no tab after the number), written beside it."""
    document = docx.Document(str(rendered))
    for paragraph in document.paragraphs:
        layout = paragraph.paragraph_format
        if paragraph.style.name == "Attachment Note":
            layout.left_indent = Pt(0)
            for run in paragraph.runs:
                run.text = run.text.replace("\t", "")
        if paragraph.style.name != "Title":
            layout.first_line_indent = Pt(0)
    target = rendered.with_name(f"{rendered.stem}-flush.docx")
    document.save(str(target))
    return target


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> dict[str, Path]:
    """The PDFs LibreOffice exports, all in one run, by the name of their DOCX: reportkit's of each report and of the
    plan (:func:`_source`), as it is and :func:`_flush_left`; each clerk's report (:func:`_clerks`)."""
    folder = tmp_path_factory.mktemp("office")
    docxs = []
    for kind, items in (("report", 2), ("report", 3), ("plan", 2)):
        rendered = render_source(_source(folder, kind, items)[0], "docx", folder, PLUGINS)
        docxs += [rendered, _flush_left(rendered)]
    docxs += [_clerks(folder / f"clerk-{items}.docx", [a["title"] for a in ATTACHMENTS[:items]]) for items in (2, 3)]
    return {pdf.stem: pdf for pdf in libreoffice_pdfs(docxs)}


def _exported(request, source: Path, how: str, folder: Path) -> Path:
    """``source`` (:func:`_source`) printed ``how``: exported by LibreOffice (:func:`office`), or rendered."""
    if how == "flush":
        return request.getfixturevalue("office")[f"{source.stem}-flush"]
    if how == "libreoffice":
        return request.getfixturevalue("office")[source.stem]
    return render_source(source, how, folder, PLUGINS)


def _read(exported: Path, folder: Path) -> tuple[dict, list[str]]:
    result = imported(exported, folder, PLUGINS, documents=True)
    return yaml.safe_load(result.target.read_text(encoding="utf-8")), [f.message for f in result.findings]


HOWS = [pytest.param("flush", marks=needs_soffice), pytest.param("libreoffice", marks=needs_soffice), "pdf",
        "pdf-typst"]


@pytest.mark.parametrize("how", HOWS)
@pytest.mark.parametrize("items", [2, 3])
def test_a_reports_attachment_note_of_several_items_reads_item_by_item(request, tmp_path, how, items):
    """Each item of the 附件说明 is an attachment's name: no finding; every part's text and every attachment come back
    as written (the line “下一年度将按月排出更新计划”, short and without a full stop, a paragraph of its own)."""
    source, data = _source(tmp_path, "report", items)
    back, said = _read(_exported(request, source, how, tmp_path), tmp_path)
    assert not [message for message in said if "附件" in message]
    assert back["sections"] == data["sections"] and back["attachments"] == data["attachments"]
    assert back["tables"]["active_disclosure"] == data["tables"]["active_disclosure"]


@pytest.mark.parametrize("how", HOWS)
def test_a_plans_attachment_note_and_its_short_lines_read_as_written(request, tmp_path, how):
    """The plan example with two attachments (its task table and a 联系人 table): the note's two items are their
    names, and each task's 责任单位 line ends over the next task's numbered heading; the plan reads as its data."""
    source, data = _source(tmp_path, "plan", 2)
    back, said = _read(_exported(request, source, how, tmp_path), tmp_path)
    assert not [message for message in said if "附件" in message or "分解表" in message]
    assert _plain(back) == _plain(data | {"task_table": {"place": "attachment"}})


def _clerks(target: Path, names: list[str]) -> Path:
    """A clerk's report (python-docx, 仿宋 16 pt on a fixed 28 pt line) set without first-line indent: short
    paragraphs of one line each, the 附件说明 typed a line an item at the left edge (“附件：1.…”, “2.…”), the 署名 and
    成文日期 right-aligned, then each attachment on a page of its own; written to ``target``."""
    document = clerk_page(False)
    document.styles["Normal"].paragraph_format.first_line_indent = Pt(0)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(title, "某县林业局2023年政府信息公开工作年度报告", "方正小标宋简体", 22)
    for text in ["一、总体情况", "本局安排专人负责公开栏目的日常更新", "全年发布信息三百余条。", "二、主动公开政府信息情况",
                 "采伐许可的办理结果每月汇总公开一次。", "三、收到和处理政府信息公开申请情况", "本年度没有收到政府信息公开申请。",
                 "四、政府信息公开行政复议、行政诉讼情况", "本年度没有发生行政复议和行政诉讼。", "五、存在的主要问题及改进情况",
                 "栏目更新的时间还不够固定", "下一年度将按月排出更新计划。", "六、其他需要报告的事项", "本年度未收取信息处理费。", ""]:
        _run(document.add_paragraph(), text, "仿宋_GB2312", 16)
    for k, name in enumerate(names, 1):
        _run(document.add_paragraph(), f"{'附件：' if k == 1 else ''}{k}.{name}", "仿宋_GB2312", 16)
    for line in ["", "某县林业局", "2024年1月18日"]:
        closing = document.add_paragraph()
        closing.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(closing, line, "仿宋_GB2312", 16)
    for k, name in enumerate(names, 1):
        label = document.add_paragraph()
        label.paragraph_format.page_break_before = True
        _run(label, f"附件{k}", "黑体", 16)
        heading = document.add_paragraph()
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(heading, name, "方正小标宋简体", 22)
        _run(document.add_paragraph(), "本附件的内容按股室分别列出。", "仿宋_GB2312", 16)
    document.save(target)
    return target


@needs_soffice
@pytest.mark.parametrize("items", [2, 3])
def test_a_clerks_attachment_note_typed_at_the_left_edge_reads_item_by_item(tmp_path, office, items):
    """A clerk's PDF (python-docx → LibreOffice) without first-line indents: the note's items are the attachments'
    names, and the short lines without a full stop over a numbered part's heading stay paragraphs of their own."""
    names = [a["title"] for a in ATTACHMENTS[:items]]
    data, said = _read(office[f"clerk-{items}"], tmp_path)
    assert not [message for message in said if "附件" in message]
    assert [a["title"] for a in data["attachments"]] == names
    assert data["sections"]["overview"] == ["本局安排专人负责公开栏目的日常更新", "全年发布信息三百余条。"]
    assert data["sections"]["problems"] == ["栏目更新的时间还不够固定", "下一年度将按月排出更新计划。"]
