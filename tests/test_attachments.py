"""Attachments (附件) and joint signatures, for every kind: the tree, both renderers, the data models."""
from __future__ import annotations

import io

import docx
import pdfplumber
import pytest
import yaml

from _kinds import EXAMPLES, W, docx_paragraphs, flat, pdf_lines, rendered
from reportkit.blocks import Attachment, AttachmentNote, Document, Paragraph, Signature, Table, Title
from reportkit.errors import InvalidData
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


#: An attachment's table with merged cells: 信息员 over two rows, 合计 over two columns (the cells they cover left out).
MERGED_TABLE = """
attachments:
  - title: 信息公开工作人员
    table:
      columns: [股室, 岗位, 人数]
      rows:
        - [办公室, {text: 信息员, rowspan: 2}, 2]
        - [林政股, 1]
        - [{text: 合计, colspan: 2}, 3]
"""


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    """sample-2021 with MERGED_TABLE as its attachment: the data file and a function rendering it to a format."""
    from _import_helpers import render_source

    folder = tmp_path_factory.mktemp("merged")
    path = folder / "merged.yaml"
    path.write_text((EXAMPLES / "sample-2021.yaml").read_text(encoding="utf-8") + MERGED_TABLE, encoding="utf-8")
    return lambda fmt: render_source(path, fmt, folder)


def test_a_merged_cell_of_a_table_spans_in_docx(merged):
    table = docx.Document(str(merged("docx"))).tables[-1]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows == [["股室", "岗位", "人数"], ["办公室", "信息员", "2"], ["林政股", "信息员", "1"], ["合计", "合计", "3"]]
    total = table.rows[3]._tr.findall(f"{W}tc")[0]
    assert total.find(f"{W}tcPr/{W}gridSpan").get(f"{W}val") == "2"
    merges = [tr.findall(f"{W}tc")[1].find(f"{W}tcPr/{W}vMerge") for tr in (table.rows[1]._tr, table.rows[2]._tr)]
    assert merges[0].get(f"{W}val") == "restart" and merges[1] is not None and merges[1].get(f"{W}val") in (None, "continue")


def word_centre(page, word: str) -> tuple[float, float]:
    """The middle of ``word`` as printed on ``page`` (its characters in a row)."""
    text = "".join(ch["text"] for ch in page.chars)
    at = text.index(word)
    chars = page.chars[at:at + len(word)]
    return (chars[0]["x0"] + chars[-1]["x1"]) / 2, (chars[0]["top"] + chars[-1]["bottom"]) / 2


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_merged_cell_of_a_table_is_one_wide_cell_in_pdf(merged, fmt):
    with pdfplumber.open(str(merged(fmt))) as pdf:
        page = pdf.pages[-1]
        (x0, _), (x1, _), (total, _) = word_centre(page, "股室"), word_centre(page, "岗位"), word_centre(page, "合计")
        (_, office), (_, forest), (_, clerk) = word_centre(page, "办公室"), word_centre(page, "林政股"), word_centre(page, "信息员")
        assert "".join(ch["text"] for ch in page.chars).count("信息员") == 1
    assert abs(total - (x0 + x1) / 2) < 3, (total, x0, x1)  # centred under both heads, not under 股室 alone
    assert office < clerk < forest, (office, clerk, forest)  # between the two rows it spans


def test_a_merged_cell_of_a_table_spans_in_html(merged):
    import lxml.html

    cells = lxml.html.fromstring(merged("html").read_text(encoding="utf-8")).xpath("//table[.//td[.='合计']]//td")
    spans = {cell.text_content(): (cell.get("colspan"), cell.get("rowspan")) for cell in cells}
    assert spans["合计"] == ("2", None) and spans["信息员"] == (None, "2") and spans["林政股"] == (None, None)
    assert [cell.text_content() for cell in cells] == ["办公室", "信息员", "2", "林政股", "1", "合计", "3"]


@pytest.mark.parametrize("row, at, problem", [
    ("[林政股, {text: 内勤, colspan: 3}]", "{", "第 2 行的单元格“内勤”排到了第 5 列，而表头只有 3 列"),
    ("[林政股, {text: 内勤, rowspan: 3}]", "{", "第 2 行第 3 列的单元格向下跨 3 行，超出了表格的最后一行"),
    ("[{text: 林政股, colspan: 2}]", "{", "第 2 行的单元格“林政股”向右跨 2 列，压住了上面向下合并的单元格"),
    ("[林政股]", "[", "第 2 行的单元格共占 2 列，而表头有 3 列"),
])
def test_a_bad_span_is_refused_at_its_place(tmp_path, row, at, problem):
    """A span that does not fit the head's columns is named at its cell (a row too short at the row), with the fix."""
    text = (EXAMPLES / "sample-2021.yaml").read_text(encoding="utf-8") + MERGED_TABLE.replace("[林政股, 1]", row)
    lines = text.splitlines()
    line = next(n for n, written in enumerate(lines, 1) if written.strip() == "- " + row)
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidData) as caught:
        check_file(path, load_plugins())
    message = str(caught.value)
    assert f"{path}:{line}:{lines[line - 1].index(at) + 1}: error: " in message and problem + "：" in message, message
