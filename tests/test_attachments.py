"""Attachments (附件) and joint signatures, for every kind: the tree, both renderers, the data models."""
from __future__ import annotations

import io

import docx
import pdfplumber
import pytest
import yaml

from _kinds import EXAMPLES, W, docx_paragraphs, flat, pdf_lines, rendered
from reportkit.blocks import Attachment, AttachmentNote, Document, Paragraph, Signature, Table, Title
from reportkit.layout import ELEMENT_ROLES
from reportkit.pipeline import build, check_file
from reportkit.plugins import load_plugins

MM = 72 / 25.4
ORGANS = ["某某市环境保护局", "某某市财政局", "某某市人力资源和社会保障局"]


def test_texts_yield_the_attachment_label_and_title():
    document = Document("t", "a", [Title("正文标题"), Attachment("附件1", "附件的标题", [Paragraph("附件正文")])])
    texts = list(document.texts())
    assert [(e, t) for e, t, _ in texts] == [("title", "正文标题"), ("attachment_label", "附件1"),
                                            ("title", "附件的标题"), ("body", "附件正文")]
    assert ELEMENT_ROLES["attachment_label"] == "heiti"


@pytest.fixture(scope="module")
def joint(tmp_path_factory):
    """The 苏州 summary signed jointly by three organs, with two attachments (one of them a table)."""
    text = (EXAMPLES / "suzhou-2016-work-summary.yaml").read_text(encoding="utf-8")
    text = text.replace("date: 2017-01-10", "\n".join([
        "signature: [" + ", ".join(ORGANS) + "]",
        "attachments:",
        "  - title: 2016年环境信息公开数量统计",
        "    content:",
        "      - 全年各类信息的公开数量如下表。",
        "    table:",
        "      columns: [类别, 条数]",
        "      rows:",
        "        - [环境管理类, 7118]",
        "        - [环境影响评价类, 508]",
        "  - title: 2017年门户网站升级工作安排",
        "    content:",
        "      - heading: 建设内容",
        "        content:",
        "          - 整合资源，以政务公开、网上办事和政民互动为重点。",
        "date: 2017-01-10",
    ]))
    path = tmp_path_factory.mktemp("joint") / "joint.yaml"
    path.write_text(text, encoding="utf-8")
    return rendered(path)


def test_tree_note_signature_then_attachments(joint):
    document, _, _ = joint
    tail = document.blocks[-4:]
    assert isinstance(tail[0], AttachmentNote) and tail[0].items == ["2016年环境信息公开数量统计", "2017年门户网站升级工作安排"]
    assert isinstance(tail[1], Signature) and tail[1].organs == ORGANS
    assert [(a.label, a.title) for a in tail[2:]] == [("附件1", "2016年环境信息公开数量统计"), ("附件2", "2017年门户网站升级工作安排")]
    assert isinstance(tail[2].blocks[-1], Table)
    assert tail[3].blocks[0].number == "一、"  # headings in an attachment are numbered from level 1


def test_docx_joint_signature_and_attachments(joint):
    _, data, _ = joint
    paras = docx_paragraphs(data)
    assert [t for s, t, _ in paras if s == "Signature"] == ORGANS
    labels = [(i, t, brk) for i, (s, t, brk) in enumerate(paras) if s == "AttachmentLabel"]
    assert [(t, brk) for _, t, brk in labels] == [("附件1", True), ("附件2", True)]
    for i, _, _ in labels:
        assert paras[i + 1][0] == "Title"
    d = docx.Document(io.BytesIO(data))
    style = d.styles["Attachment Label"].element
    assert style.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == "黑体"
    assert style.find(f"{W}pPr/{W}ind").get(f"{W}firstLine") == "0"
    # all organs share one right indent: right-aligned with each other, the lead organ on top
    inds = {p.find(f"{W}pPr/{W}ind").get(f"{W}right") for p in d.element.body.iter(f"{W}p")
            if p.find(f"{W}pPr/{W}pStyle") is not None and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Signature"}
    assert len(inds) == 1
    assert [[c.text for c in r.cells] for r in d.tables[-1].rows] == [["类别", "条数"], ["环境管理类", "7118"], ["环境影响评价类", "508"]]


def test_pdf_joint_signature_and_attachments(joint):
    _, _, data = joint
    pages = pdf_lines(data)
    signature_page = next(p for p in pages if any(line[0] == ORGANS[0] for line in p))
    lines = [line for line in signature_page if line[0] in ORGANS or line[0] == "2017年1月10日"]
    assert [line[0] for line in lines] == ORGANS + ["2017年1月10日"]
    assert [line[3] for line in lines] == sorted(line[3] for line in lines)  # lead organ first, the others below
    right_edge = (210 - 26) * MM
    char = 156 * MM / 28
    with_width = [(line, len(line[0])) for line in lines[:3]]
    ends = [x0 + n * char for (_, _, x0, _), n in with_width]
    assert max(ends) - min(ends) < 1.5  # right-aligned with each other
    assert right_edge - max(ends) == pytest.approx(2 * char, abs=2.5)  # 右空二字
    longest = min(line[2] for line in lines[:3])
    assert lines[3][2] - longest == pytest.approx(2 * char, abs=2)  # date starts 2 characters right of the name
    starts = [i for i, p in enumerate(pages) if p and p[0][0].startswith("附件")]
    assert [pages[i][0][0] for i in starts] == ["附件1", "附件2"]
    for i in starts:
        label, font, x0, top = pages[i][0]
        assert "heiti" in font.lower()
        assert x0 == pytest.approx(28 * MM, abs=1) and top < 37 * MM + 16  # the first line of the text block
        title = pages[i][1]
        assert "xiaobiaosong" in title[1].lower() or "song" in title[1].lower()
        assert title[3] - top > 1.5 * (225 * MM / 22)  # the title sits on the third line
    assert "类别条数环境管理类7118" in flat("".join(line[0] for line in pages[starts[0]]))


def test_every_kind_renders_attachment_blocks_in_both_formats():
    plugins = load_plugins(entry_point_group=None)
    layout = plugins.registry.layouts["gbt9704"]
    document = Document("t", "a", [Title("标题"), Paragraph("正文"), Signature(ORGANS[:2], "2018年6月25日"),
                                   Attachment("附件", "唯一的附件", [Paragraph("附件正文")])])
    for fmt in ("docx", "pdf"):
        out = plugins.registry.renderers[fmt].render(document, layout, plugins.registry.fonts)
        assert out.data and not [d for d in out.diagnostics if d.severity != "note"]


@pytest.mark.parametrize("example", ["sample-2021.yaml", "nanning-2008.yaml"])
def test_annual_reports_take_attachments_after_the_signature(example, tmp_path):
    data = yaml.safe_load((EXAMPLES / example).read_text(encoding="utf-8"))
    data.setdefault("date", "2009-03-20")
    data["attachments"] = [{"title": "政府信息公开工作机构名单", "content": ["办公室负责日常工作。"]},
                           {"title": "统计数据", "table": {"columns": ["项目", "数量"], "rows": [["主动公开", 12]]}}]
    path = tmp_path / "with-attachments.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    plugins = load_plugins()
    document = build(check_file(path, plugins))
    kinds = [type(b).__name__ for b in document.blocks]
    assert kinds[-4:] == ["AttachmentNote", "Signature", "Attachment", "Attachment"]
    note = document.blocks[-4]
    assert note.items == ["政府信息公开工作机构名单", "统计数据"]
    assert [(b.label, b.title) for b in document.blocks[-2:]] == [("附件1", "政府信息公开工作机构名单"), ("附件2", "统计数据")]
    layout = plugins.registry.layouts["gbt9704"]
    pdf = plugins.registry.renderers["pdf"].render(document, layout, plugins.registry.fonts).data
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        last = opened.pages[-1].extract_text()
    assert "附件2" in last and "统计数据" in last and "主动公开" in last
