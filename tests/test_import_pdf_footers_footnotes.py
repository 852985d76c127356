"""PDFs LibreOffice exports from a clerk's Word file: the page numbers of a “第 3 页 共 9 页” footer set smaller
than its words, footnotes under their separator, 表三's column heads set vertically (Word's 文字方向); and the clerks'
other habits together (1.5 lines, the first-line indent typed as two full-width spaces, headings in 楷体 or bold
仿宋, tables over pages without repeated heads, a title in a text box, a 署名 pushed right by spaces). The DOCX is
written here, as clerks lay their reports out, and LibreOffice exports them all in one run; every text, heading and
figure is compared with what was written."""
from __future__ import annotations

import copy
import datetime as dt
import functools
from pathlib import Path

import pdfplumber
import pytest
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from reportkit.importers import pdf
from reportkit.importers.pdf import grids as pdf_grids
from reportkit.importers.source import Grid
from reportkit.plugins import load_plugins

from _import_helpers import SOFFICE, WORD_NS, imported, libreoffice_pdfs, word_xml
from test_import_docx_word_numbering import _ANCHORED, _FLOATING
from test_import_pdf_indent_landscape import TWO, _page_field, _run, clerk_page
from test_import_pdf_narrow_cells import FOUR, _table, _three, tables_as_written

needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")

AGENCY = "某县交通运输局"
PARTS = [("一、总体情况", ["本局年初把政务公开列入全局工作要点，由分管副局长牵头，办公室负责日常组织，各股室明确一名信息员，"
                      "按季度报送应当公开的事项，办公室审核后统一发布。",
                      "全年召开两次专题会议研究公开工作，对照上级考核细则逐项查找差距，整改情况在门户网站专栏集中公布。"]),
         ("二、主动公开政府信息情况", ["全年在门户网站和政务新媒体发布道路养护、客运班线调整、公路施工绕行等信息四百余条，"
                           "涉及群众出行的信息均提前三日发布。"]),
         ("三、收到和处理政府信息公开申请情况", ["本年度收到的申请主要涉及农村公路建设补助资金和道路运输经营许可，全部在法定期限内答复，"
                                "未发生逾期。"]),
         ("四、政府信息公开行政复议、行政诉讼情况", []),
         ("五、存在的主要问题及改进情况", ["一是部分股室报送信息不够主动，更新时间不固定；二是政策解读以文字为主，形式较为单一。"
                             "下一年度将建立信息报送台账，每月通报一次，并增加图表解读。"]),
         ("六、其他需要报告的事项", ["本年度未收取信息处理费。办理人大代表建议五件、政协委员提案三件，答复内容均已公开。"])]
#: Three footnotes: on the sentences of parts 二 and 三, and on 表二's 156 (行政许可).
NOTES = ["客运班线调整信息同时在车站公告栏张贴。", "申请的办理流程图已在专栏公布。", "其中两件为许可事项的变更。"]
#: The findings of :data:`NOTES`, in any order (a page's notes are numbered as their marks come).
SAID = sorted(f"脚注“{note}”未导入：要保留的，请写进正文" for note in NOTES)
FACES = {"hei": ("黑体", False), "kai": ("楷体_GB2312", False), "bold": ("仿宋_GB2312", True)}


def _footnotes(document, notes: list[str]) -> None:
    """``notes`` as Word's footnotes (小五, their numbers raised), marked at the end of the sentences of parts 二 and
    三, and after 表二's 156."""
    body = "".join(f'<w:footnote w:id="{k}"><w:p><w:pPr><w:ind w:firstLine="0"/><w:spacing w:line="240" '
                   f'w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/>'
                   f'</w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>{note}</w:t></w:r></w:p>'
                   f'</w:footnote>' for k, note in enumerate(notes, 1))
    xml = (f'<w:footnotes {WORD_NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f'</w:footnote>{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, xml.encode(), document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    for k, (_, texts) in enumerate(PARTS[1:3], 1):
        paragraph = next(p for p in document.paragraphs if p.text.lstrip("\u3000") == texts[0])
        paragraph.runs[-1]._r.addnext(word_xml(f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                               f'<w:footnoteReference w:id="{k}"/></w:r>'))
    cell = next(c for row in document.tables[0].rows for c in row.cells if c.text == "156")
    cell.paragraphs[0].runs[-1]._r.addnext(word_xml('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                                    '<w:footnoteReference w:id="3"/></w:r>'))


def _report(target: Path, footer: str = "— {} —", spacing: str = "exact", spaces: bool = False, heading: str = "hei",
            repeat: bool = True, vertical: str | None = None, box: str | None = None, notes: bool = False,
            pushed: bool = False) -> Path:
    """The report as a clerk's DOCX, written to ``target`` for LibreOffice to export: an A4 page (仿宋 16 pt, a fixed
    28 pt line, two characters' first-line indent), or ``spacing`` 1.5 lines or a fixed 30 pt; the first-line indent
    typed as two full-width ``spaces``; part headings in ``heading`` (黑体, 楷体, bold 仿宋); the agency's name in the
    header, ``footer`` in the footer (its words in 14 pt, its page numbers in 10.5, as the field was put in); 表二
    (captioned 表一), 表三 and 表四 in 10.5 pt, over page breaks, their heads repeated if ``repeat``; 表三's column heads
    set in the direction ``vertical`` (Word's tbRlV, btLr, tbRl), their row 90 pt tall; the title in a text ``box``
    (drawing or vml); ``notes`` (:func:`_footnotes`); the 署名 and 成文日期 right-aligned, or ``pushed`` right by
    full-width spaces."""
    document = clerk_page(False)
    body = document.styles["Normal"].paragraph_format
    if spacing == "1.5":
        body.line_spacing_rule = WD_LINE_SPACING.ONE_POINT_FIVE
    elif spacing == "30":
        body.line_spacing = Pt(30)
    if spaces:
        body.first_line_indent = Pt(0)
    section = document.sections[0]
    _run(section.header.paragraphs[0], AGENCY, "宋体", 10.5)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, piece in enumerate(footer.split("{}")):
        if k:
            _page_field(foot, "PAGE" if k == 1 else "NUMPAGES")
        if piece:
            _run(foot, piece, "宋体", 14)
    title = document.add_paragraph()
    title.alignment, title.paragraph_format.first_line_indent = WD_ALIGN_PARAGRAPH.CENTER, Pt(0)
    _run(title, f"{AGENCY}2023年政府信息公开工作年度报告", "方正小标宋简体", 22)
    document.add_paragraph()
    lead = "\u3000\u3000" if spaces else ""
    face, bold = FACES[heading]
    for head, texts in PARTS:
        _run(document.add_paragraph(), lead + head, face, 16, bold)
        for text in texts:
            _run(document.add_paragraph(), lead + text, "仿宋_GB2312", 16)
        if head.startswith("二"):
            caption = document.add_paragraph()
            caption.alignment, caption.paragraph_format.first_line_indent = WD_ALIGN_PARAGRAPH.CENTER, Pt(0)
            _run(caption, "表一", "黑体", 16)
            document._body._element._insert_tbl(copy.deepcopy(_written_table("two", repeat)))
        elif head.startswith("三"):
            document._body._element._insert_tbl(copy.deepcopy(_written_table("three", repeat)))
        elif head.startswith("四"):
            document._body._element._insert_tbl(copy.deepcopy(_written_table("four", repeat)))
    for line, indent in ((AGENCY, 64), ("2024年1月22日", 32)):
        closing = document.add_paragraph()
        closing.paragraph_format.first_line_indent = Pt(0)
        if pushed:
            _run(closing, "\u3000" * (16 if line == AGENCY else 17) + line, "仿宋_GB2312", 16)
        else:
            closing.alignment, closing.paragraph_format.right_indent = WD_ALIGN_PARAGRAPH.RIGHT, Pt(indent)
            _run(closing, line, "仿宋_GB2312", 16)
    if vertical:
        three = document.tables[1]
        for row in (1, 2):
            for column in range(3, 10):
                properties = three.cell(row, column)._tc.get_or_add_tcPr()
                if properties.find(qn("w:textDirection")) is None:
                    properties.append(parse_xml(f'<w:textDirection {nsdecls("w")} w:val="{vertical}"/>'))
        three.rows[2].height = Pt(90)
    if box:
        wp = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
        title = document.paragraphs[0]
        inner = (f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/>'
                 f'<w:sz w:val="44"/></w:rPr><w:t>{title.text}</w:t></w:r></w:p>')
        title._p.getparent().remove(title._p)
        shape = _ANCHORED if box == "drawing" else _FLOATING
        document.paragraphs[0]._p.insert(1, word_xml(shape.format(offset=0, paragraphs=inner).replace(
            "<w:r>", f"<w:r {wp}>", 1)))
    if notes:
        _footnotes(document, NOTES)
    document.save(target)
    return target


#: The tables of :func:`_report`, as :func:`_table` writes them: cells, column widths (mm), rows of heads, size (pt).
TABLES = {"two": (TWO, [40, 21, 21, 21], 1, 12), "three": (_three(), [12, 18, 42] + [12] * 7, 3, 10.5),
          "four": (FOUR, [10.5] * 15, 3, 10.5)}


@functools.cache
def _written_table(name: str, repeat: bool):
    """The table ``name`` of :data:`TABLES`, its heads repeated on each page if ``repeat``, as :func:`_table` writes it
    on the clerk's page: written once, a copy of it in each report (python-docx goes over the whole table to find
    a cell: writing the three tables took most of the time of writing a report)."""
    cells, widths, heads, size = TABLES[name]
    document = clerk_page(False)
    _table(document, cells, widths, heads * repeat, size)
    return document.tables[-1]._tbl


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, Path]:
    """Each report of :data:`REPORTS` exported by LibreOffice, all in one run: its PDF, by name."""
    folder = tmp_path_factory.mktemp("reports")
    return dict(zip(REPORTS, libreoffice_pdfs([_report(folder / f"{name}.docx", **options)
                                               for name, options in REPORTS.items()])))


def _read(exported: Path, folder: Path) -> tuple[dict, list[str]]:
    result = imported(exported, folder, load_plugins(), draft=True)
    return yaml.safe_load(result.target.read_text(encoding="utf-8")), [f.message for f in result.findings]


def _as_written(data: dict) -> None:
    """Every part's text, 表二's, 表三's and 表四's every figure, the agency, year and 成文日期 read as written."""
    assert data["sections"] == {key: texts for key, (_, texts) in
                                zip(["overview", "active_disclosure", "applications", "problems", "other"],
                                    [part for part in PARTS if part[1]])}
    tables_as_written(data, AGENCY)


def _page_texts(exported: Path) -> list[str]:
    with pdfplumber.open(exported) as document:
        return [page.extract_text() for page in document.pages]


@needs_soffice
def test_a_footers_page_numbers_set_smaller_than_its_words_are_no_text(tmp_path, exported):
    """“第 3 页 共 4 页” with its numbers in 10.5 pt and its words in 14 pt: the numbers stand a little lower, a line of
    their own under “第 页 共 页”. Only the numbers' line went as the running footer; “第页共页” was read as the last
    line of the page's paragraph, or a paragraph cutting 表二 and 表三 where they break over the page (“表二出现了两次”,
    “表二没有“行政事业性收费”一行”). A running header or footer of two lines now goes line by line."""
    texts = _page_texts(exported["footer"])
    assert all(text.split("\n")[-2:] == ["第 页 共 页", f"{k} {len(texts)}"] for k, text in enumerate(texts, 1))
    data, messages = _read(exported["footer"], tmp_path)
    _as_written(data)
    assert messages == []


@needs_soffice
def test_footnotes_are_findings_and_their_marks_no_text(tmp_path, exported):
    """Footnotes under Word's separator at their pages' foot, marked by raised numbers: each note was a paragraph
    of its part (“1客运班线……”), its mark the last character of the sentence (“……提前三日发布。1”) or a figure's first
    digit (表二's 156 read 2156), and the notes cut 表二 and 表三 where they break over the page (rows lost,
    placeholders). Now each note is a finding with its text, as the DOCX import gives it, and the marks are left
    out."""
    texts = _page_texts(exported["notes"])
    assert any("日发布。1\n" in text and "\n1\n" + NOTES[0] in text for text in texts)
    data, messages = _read(exported["notes"], tmp_path)
    _as_written(data)
    assert sorted(messages) == SAID


DIRECTIONS = ["tbRlV", "btLr", "tbRl"]


@needs_soffice
@pytest.mark.parametrize("direction", DIRECTIONS)
def test_table_threes_column_heads_set_vertically(tmp_path, exported, direction):
    """表三's column heads set vertically, a narrow column each: upright characters stacked (tbRlV), 社会公益组织 and
    法律服务机构 in two columns of them (“织” left of “社会公益组”); or turned (btLr, tbRl), which pdfplumber reads
    backwards (“人然自”). The heads read “织社会公益组”, or backwards, and 表三 was “不是表二、表三或表四”, or two of its
    columns “表头里没有这一列”. A cell's characters now read along their direction, its columns in their order."""
    with pdfplumber.open(exported[direction]) as document:
        turned = [c for page in document.pages for c in page.chars if not c["upright"]]
    assert bool(turned) == (direction == "btLr")
    data, messages = _read(exported[direction], tmp_path)
    _as_written(data)
    assert messages == []


def test_a_head_in_lines_wrapped_alike_reads_as_lines():
    """A narrow head's name in two lines, left-aligned (法律服务 over 机构) or centred: no column of it is short on the
    left alone, so it reads as lines, not as columns set vertically; so does a figure wrapped in its cell (3 over 8)."""
    def char(text: str, x0: float, top: float) -> dict:
        return {"text": text, "x0": x0, "x1": x0 + 10.5, "top": top, "bottom": top + 10.5, "size": 10.5,
                "upright": True, "matrix": (1, 0, 0, 1, x0, 0)}

    left = [char(c, 100 + 10.5 * k, 300) for k, c in enumerate("法律服务")] + \
        [char(c, 100 + 10.5 * k, 312) for k, c in enumerate("机构")]
    centred = left[:4] + [char(c, 110.5 + 10.5 * k, 312) for k, c in enumerate("机构")]
    assert pdf_grids._vertical(left) is None and pdf_grids._vertical(centred) is None
    assert pdf_grids._vertical([char("3", 100, 300), char("8", 100, 312)]) is None
    stacked = [char(c, 110, 300 + 11.7 * k) for k, c in enumerate("社会公益组")] + [char("织", 98, 300)]
    assert pdf_grids._vertical(stacked) == "社会公益组织"


#: The clerks' habits together: each is read as the plain report is.
CLERKS = {"spaced": dict(spacing="1.5", spaces=True, heading="kai", repeat=False, vertical="tbRlV", box="drawing",
                         notes=True, pushed=True, footer="第{}页 共{}页"),
          "bold": dict(spacing="30", spaces=True, heading="bold", vertical="btLr", box="vml", notes=True, footer="{}")}
#: The options of :func:`_report` for each report the tests above and below export, by name.
REPORTS = {"footer": dict(footer="第{}页 共{}页"), "notes": dict(notes=True),
           **{direction: dict(vertical=direction) for direction in DIRECTIONS}, **CLERKS}


@needs_soffice
@pytest.mark.parametrize("habits", CLERKS)
def test_a_clerks_report_with_all_its_habits_reads_as_written(tmp_path, exported, habits, monkeypatch):
    """1.5 lines or a fixed 30 pt, the indent typed as two full-width spaces, headings in 楷体 or bold 仿宋, the tables
    over page breaks without their heads repeated, 表三's heads vertical, the title in a text box, footnotes, the
    署名 pushed right by spaces, “第 1 页 共 3 页” or a bare “1” in the footer: every text and figure as written,
    the footnotes the only findings."""
    reads = []  # what the import read of the PDF (``pdf.read``'s result, kept: reading it again took as long)
    read = pdf.read
    monkeypatch.setattr(pdf, "read", lambda path: reads.append(read(path)) or reads[-1])
    data, messages = _read(exported[habits], tmp_path)
    _as_written(data)
    assert sorted(messages) == SAID
    (published,) = reads
    grids = [item for item in published.items if isinstance(item, Grid)]
    assert len(grids) == 3  # 表二, 表三 and 表四, each read whole over its page break


#: The work documents' examples, lengthened (each paragraph four times over) and laid out as 红头文件.
EXAMPLES = Path(__file__).parents[1] / "examples"
DOCUMENTS = {"summary": EXAMPLES / "suzhou-2016-work-summary.yaml", "plan": EXAMPLES / "putian-2018-work-plan.yaml"}


def _longer(value, key: str | None = None):
    """``value`` with each paragraph of text under ``content``, ``preamble``, ``requirements`` or ``safeguards``
    four times as long."""
    if isinstance(value, dict):
        return {k: _longer(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_longer(v, key) for v in value]
    return value * 4 if isinstance(value, str) and key in ("content", "preamble", "requirements", "safeguards") \
        else value


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
@pytest.mark.parametrize("kind", DOCUMENTS)
def test_a_work_document_printed_as_a_redhead_file_reads_back(tmp_path, kind, engine):
    """A work summary and a work plan, each paragraph four times as long, with the redhead plugin's 版头 and 版记 (at
    the last page's foot): every field as written; the 版头's two lines and the 版记 are not text, but the plugin's
    settings, read back."""
    from reportkit.testing import render

    from test_import_work_docs import _plain

    data = _longer(yaml.safe_load(DOCUMENTS[kind].read_text(encoding="utf-8")))
    data["layout"] = "redhead"
    data["plugins"] = {"reportkit-gbt9704-redhead": {
        "organ_mark": data["agency"] + "文件", "number": "某环发〔2018〕3号", "copy_to": ["某市人民政府办公室"],
        "printer": data["agency"] + "办公室", "printed_on": dt.date(2018, 6, 28)}}
    source = tmp_path / f"{kind}.pdf"
    source.write_bytes(render(data, formats=("pdf",), engine=engine).pdf)
    result = imported(source, tmp_path, load_plugins(), documents=True)
    back = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert _plain({k: v for k, v in back.items() if k not in ("layout", "plugins")}) == \
        _plain({k: v for k, v in data.items() if k not in ("layout", "plugins")})
    assert [f.message for f in result.findings] == []
    assert back["layout"] == "redhead" and back["plugins"] == data["plugins"]


#: Ten kinds of transport information a plan's items each publish, and the units that publish them.
AREAS = ["农村公路", "客运班线", "出租汽车", "公交线路", "道路养护", "桥梁检测", "港口码头", "货运车辆", "驾驶培训", "汽车维修"]
UNITS = ["建设股", "运输股", "养护股", "执法大队", "安全股", "财务股", "办公室", "法规股", "规划股", "信息中心"]


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_deadline_ending_many_pages_is_no_running_footer(tmp_path, engine):
    """A plan of 40 items, each with its 完成时限 printed under its units (no task table): on many pages the last line
    of text, on the grid's last line, is a “完成时限：2024年N月底前” that differs from the others by its digits only.
    It was taken for a running footer and dropped without a word (the deadline lost); a running line stands apart
    from the text by more than its line pitch."""
    from reportkit.testing import render

    def item(n: int) -> dict:
        area = AREAS[n % 10]
        return {"task": f"公开{area}动态信息", "lead": UNITS[n % 10], "support": [UNITS[(n + 3) % 10]],
                "content": [f"{area}方面的调整情况在确定后十个工作日内在局网站公布，第{n + 1}项同时推送到政务新媒体。"],
                "deadline": f"2024年{n % 12 + 1}月底前"}

    groups = ["深化交通建设领域信息公开", "做好运输服务信息公开", "加强行业监管信息公开", "回应群众出行关切"]
    data = {"kind": "work-plan", "year": 2024, "agency": "清河县交通运输局",
            "title": "清河县交通运输局2024年政务公开工作要点",
            "preamble": ["为做好今年交通运输领域的政务公开，结合本局的职责，制定本要点。"],
            "requirements": ["坚持以公开为常态，围绕群众出行的关切推进公开。"],
            "tasks": [{"task": group, "items": [item(10 * g + n) for n in range(10)]} for g, group in enumerate(groups)],
            "safeguards": ["局办公室负责统筹协调，各股室每季度报送一次进展。"], "date": "2024-02-10"}
    source = tmp_path / "plan.pdf"
    source.write_bytes(render(data, formats=("pdf",), engine=engine).pdf)
    with pdfplumber.open(source) as document:
        last = [page.extract_text_lines()[-2]["text"] for page in document.pages]  # over the page number
    assert sum(line.startswith("完成时限") for line in last) * 2 >= len(last)  # what the test is about
    result = imported(source, tmp_path, load_plugins(), documents=True)
    back = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert [i.get("deadline") for t in back["tasks"] for i in t["items"]] == \
        [f"2024年{n % 12 + 1}月底前" for n in range(40)]
