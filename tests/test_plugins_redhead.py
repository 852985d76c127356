"""plugins/reportkit-gbt9704-redhead: the 版头 and 版记 of GB/T 9704 in both outputs."""
from __future__ import annotations

import dataclasses
import functools
import io
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
from click.testing import CliRunner
from docx import Document as open_docx

from _fast_redhead import EXAMPLE, render_once
from docx_pages import SOFFICE, docx_to_pdfs
from reportkit.cli import cli
from reportkit.errors import InvalidData, ReportkitError
from reportkit.layout import IMPRINT_PLACES
from reportkit.renderers.docx import render_docx
from reportkit.testing import check, render

ROOT = Path(__file__).resolve().parents[1]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RED = (1, 0, 0)
MM = 72 / 25.4


@pytest.fixture(scope="module")
def rendered():
    result = render_once(EXAMPLE.read_text(encoding="utf-8"))
    assert [d.format() for d in result.warnings if d.severity != "note"] == []
    return result


def test_the_example_uses_the_layout_and_the_settings(rendered):
    assert rendered.document.blocks[0].organ == "某县自然资源局文件"
    assert rendered.document.blocks[-1].date_line == "2024年1月25日印发"


def test_docx_masthead_is_red_with_the_doc_number_and_red_line(rendered):
    doc = open_docx(io.BytesIO(rendered.docx))
    first, second = doc.paragraphs[0], doc.paragraphs[1]
    assert (first.style.name, first.text) == ("Masthead Organ", "某县自然资源局文件")
    assert first.style.font.color.rgb == (0xFF, 0x00, 0x00)
    assert first.runs[0].font.size.pt == 36
    assert (second.style.name, second.text) == ("Doc Number", "某自然资发〔2024〕3号")
    line = second.style.element.find(f"{W}pPr/{W}pBdr/{W}bottom")
    assert (line.get(f"{W}val"), line.get(f"{W}color")) == ("single", "FF0000")
    assert doc.paragraphs[2].style.name == "Title"


def imprint_table(doc):
    table = doc.tables[-1]
    assert [row.cells[0].text for row in table.rows] == ["抄送：某县人民政府办公室，某县政务服务和数据管理局。",
                                                          "某县自然资源局办公室\t2024年1月25日印发"]
    sizes = [[b.get(f"{W}sz") for b in row._tr.iter(f"{W}top", f"{W}bottom") if b.getparent().tag == f"{W}tcBorders"]
             for row in table.rows]
    assert sizes == [["8"], ["6", "8"]]  # 0.35 / 0.25 / 0.35 mm rules, in eighths of a point
    return table._tbl


def numbered(section) -> list[bool]:
    return [not footer.is_linked_to_previous and "PAGE" in footer._element.xml
            for footer in (section.footer, section.even_page_footer)]


def test_docx_imprint_of_the_example_floats_at_the_foot_of_the_body_s_last_page(rendered):
    """The PDF has the 版记 at the foot of the body's last page (even, with room): so has the DOCX,
    a table floating there, in the body's own numbered section."""
    doc = open_docx(io.BytesIO(rendered.docx))
    body = doc.element.body
    assert body.findall(f"{W}p/{W}pPr/{W}sectPr") == [] and body.find(f"{W}sectPr/{W}type") is None
    position = imprint_table(doc).find(f"{W}tblPr/{W}tblpPr")
    assert position.get(f"{W}vertAnchor") == "margin" and int(position.get(f"{W}tblpY")) > 0
    assert numbered(doc.sections[0]) == [True, True]


@pytest.fixture(scope="module")
def prepared():
    from reportkit.pipeline import prepare
    from reportkit.plugins import load_plugins

    return prepare(EXAMPLE, load_plugins(), formats=("docx",), draft=True)


@pytest.fixture
def pages_unread(monkeypatch):
    """The places the two tests below give (or fail to give) read no page of WeasyPrint's first pass, which the DOCX
    renderer hands them: a stand-in for it spares laying the document out for each (the real one is asked in
    test_docx_imprint_is_where_the_pdf_has_it and test_both_formats_lay_the_document_out_once_…)."""
    import reportkit.renderers.pdf

    monkeypatch.setattr(reportkit.renderers.pdf, "first_pass", lambda document, layout, fonts: [])


@pytest.mark.parametrize("place", IMPRINT_PLACES)
def test_docx_imprint_goes_where_the_pdf_puts_it(prepared, place, pages_unread):
    """"foot" and "next": a table floating at the foot of the body's last page or of the next one
    (numbered); "blank": a section of its own from the next even page, whose pages are not numbered."""
    layout = dataclasses.replace(prepared.layout, imprint_place=lambda pages: place)
    doc = open_docx(io.BytesIO(render_docx(prepared.document, layout).data))
    table = imprint_table(doc)
    anchor = table.getnext()
    breaks = doc.element.body.findall(f"{W}p/{W}pPr/{W}sectPr")
    assert (table.find(f"{W}tblPr/{W}tblpPr") is not None) == (place != "blank")
    assert (anchor.find(f"{W}pPr/{W}pageBreakBefore") is not None) == (place == "next")
    assert len(breaks) == (place == "blank")
    assert [numbered(section) for section in doc.sections] == (
        [[True, True], [False, False]] if place == "blank" else [[True, True]])
    if place == "blank":
        assert doc.element.body.find(f"{W}sectPr/{W}type").get(f"{W}val") == "evenPage"
    # the draft mark on every page, in every section
    assert [[h.paragraphs[0].text for h in (s.header, s.even_page_header)] for s in doc.sections] == \
        [["草稿"] * 2] * len(doc.sections)


@pytest.mark.parametrize("step", ["raises", "unknown place"])
def test_docx_is_made_when_the_imprint_place_cannot_be_told(prepared, step, pages_unread):
    """A failing PDF pass or layout step leaves the 版记 on a new even page, with a warning, not a failed DOCX."""
    def place(pages):
        if step == "raises":
            raise RuntimeError("no pages")
        return "middle"

    result = render_docx(prepared.document, dataclasses.replace(prepared.layout, imprint_place=place))
    doc = open_docx(io.BytesIO(result.data))
    assert doc.element.body.find(f"{W}sectPr/{W}type").get(f"{W}val") == "evenPage"
    (warning,) = [d.message for d in result.diagnostics]
    assert warning.startswith("DOCX: 无法按 PDF 的分页确定版记的位置") and "版记放在下一个偶数页" in warning


def test_both_formats_lay_the_document_out_once_for_the_docx_and_the_pdf(prepared, monkeypatch):
    """The DOCX asks the PDF engine's first pass where the 版记 goes; the PDF rendered next starts from
    that same layout, and comes out byte for byte as when rendered alone. Another document's PDF does not."""
    import weasyprint
    from reportkit.plugins import load_plugins
    from reportkit.renderers.pdf import render_pdf

    fonts = load_plugins().registry.fonts
    layouts = []
    real = weasyprint.HTML.render
    monkeypatch.setattr(weasyprint.HTML, "render", lambda self, **kw: layouts.append(1) or real(self, **kw))
    alone = render_pdf(prepared.document, prepared.layout, fonts).data
    passes = len(layouts)
    layouts.clear()
    render_docx(prepared.document, prepared.layout, fonts)
    after_docx = render_pdf(prepared.document, prepared.layout, fonts).data
    assert len(layouts) == passes and after_docx == alone
    layouts.clear()
    render_docx(prepared.document, prepared.layout, fonts)
    other = dataclasses.replace(prepared.document, title=prepared.document.title + "（修订）")
    render_pdf(other, prepared.layout, fonts)
    assert len(layouts) == 1 + passes


def test_pdf_masthead_is_red_and_the_imprint_is_at_the_foot_of_an_even_last_page(rendered):
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        first, last = pdf.pages[0], pdf.pages[-1]
        red = "".join(c["text"] for c in first.chars if tuple(c["non_stroking_color"] or ()) == RED)
        assert red == "某县自然资源局文件"
        assert "某自然资发〔2024〕3号" in first.extract_text().replace(" ", "")
        red_lines = [r for r in first.rects + first.lines
                     if tuple(r.get("non_stroking_color") or r.get("stroking_color") or ()) == RED]
        assert red_lines and abs(red_lines[0]["width"] - 156 * MM) < 2
        assert len(pdf.pages) % 2 == 0
        text = last.extract_text().replace(" ", "")
        assert "抄送：某县人民政府办公室，某县政务服务和数据管理局。" in text and "2024年1月25日印发" in text
        printed = [c for c in last.chars if c["text"] == "印"]
        block_bottom = (297 - 35) * MM
        assert block_bottom - 10 * MM < printed[-1]["bottom"] < block_bottom


def test_doc_number_form_is_checked_where_it_is_written():
    text = EXAMPLE.read_text(encoding="utf-8").replace("某自然资发〔2024〕3号", "某自然资发[2024]03号")
    with pytest.raises(InvalidData) as info:
        check(text, file="r.yaml")
    assert ("r.yaml:8:13: error: plugins.reportkit-gbt9704-redhead.number：发文字号“某自然资发[2024]03号”的年份应放在六角括号〔〕中，"
            "例如 某环发〔2022〕3号") in str(info.value)


def test_layout_without_its_settings_says_what_to_add(tmp_path):
    result = CliRunner().invoke(cli, ["render", str(ROOT / "examples" / "sample-2021.yaml"), "--layout", "redhead",
                                      "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "版式 redhead 需要 reportkit-gbt9704-redhead 的设置" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_layout_chosen_in_the_data_without_its_settings_is_shown_at_that_line(tmp_path):
    """layout: redhead in the data, its settings left out: the message named the file alone."""
    data = tmp_path / "d.yaml"
    text = (ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8") + "layout: redhead\n"
    data.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert result.exit_code == 1
    assert f"{data}:{text.count(chr(10))}:9: error: 版式 redhead 需要 reportkit-gbt9704-redhead 的设置" in result.stderr


def test_prepare_refuses_missing_settings():
    from reportkit_redhead import prepare
    from reportkit.blocks import Document

    with pytest.raises(ReportkitError):
        prepare(Document("t", "a"), None)


# -- GB/T 9704 geometry, measured on the PDF ---------------------------------------------------

LINE = 225 / 22  # mm, one line of the 3号 grid
BLOCK_TOP, BLOCK_BOTTOM, BLOCK_LEFT, BLOCK_RIGHT = 37, 297 - 35, 28, 210 - 26
FILLER = "为检验版记位置而补充的一行说明文字共计二十四字"  # one line of body text
LAST_BODY_LINE = "本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"


def variant(extra_lines: int) -> str:
    """The example with ``extra_lines`` one-line paragraphs after its last body paragraph (every other one ending in
    “。”: a paragraph the same as the one before is a paste made twice, a warning)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    assert f"    - {LAST_BODY_LINE}\n" in text
    return text.replace(f"    - {LAST_BODY_LINE}\n",
                        f"    - {LAST_BODY_LINE}\n" + "".join(f"    - {FILLER}{'。' * (k % 2)}\n" for k in range(extra_lines)))


def dark_runs(pdf: bytes, index: int, *, x=None, y=None, span=(0, 297), dpi=2400):
    """Where the page is drawn (not white) along the vertical line at ``x`` mm or the horizontal line
    at ``y`` mm, between ``span`` mm: ``[(start_mm, end_mm), ...]``, as a reader's screen shows it."""
    page = pypdfium2.PdfDocument(pdf)[index]
    width, height = page.get_size()
    a, b = span
    if x is not None:  # crop amounts: left, bottom, right, top, in points
        crop = (x * MM - 0.5, height - b * MM, width - x * MM - 0.5, a * MM)
    else:
        crop = (a * MM, height - y * MM - 0.5, width - b * MM, y * MM - 0.5)
    image = page.render(scale=dpi / 72, crop=crop, grayscale=True).to_pil().convert("L")
    pixels = ([image.getpixel((image.width // 2, i)) for i in range(image.height)] if x is not None
              else [image.getpixel((i, image.height // 2)) for i in range(image.width)])
    per_mm = dpi / 25.4
    runs, start = [], None
    for i, value in enumerate([*pixels, 255]):
        if value < 128 and start is None:
            start = i
        elif value >= 128 and start is not None:
            runs.append((a + start / per_mm, a + i / per_mm))
            start = None
    return runs


def joined(runs: list[tuple[float, float]], gap: float) -> list[tuple[float, float]]:
    """``runs`` with those less than ``gap`` mm apart made one."""
    out: list[tuple[float, float]] = []
    for start, end in runs:
        if out and start - out[-1][1] < gap:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def layout_of(pdf: bytes) -> dict:
    """Page numbers, the page of the 成文日期 (the body's end) and the 版记's page, text per page: pdfium's, in the
    order it is drawn, without white space (pdfplumber's took ten times as long)."""
    numbers, texts = [], []
    for page in pypdfium2.PdfDocument(pdf):
        text = page.get_textpage()
        numbers.append("".join(text.get_text_bounded(top=page.get_height() - BLOCK_BOTTOM * MM).split()))
        texts.append("".join(text.get_text_range().split()))
    body_end = max(i for i, t in enumerate(texts, 1) if "2024年1月25日" in t.replace("2024年1月25日印发", ""))
    imprint = [i for i, t in enumerate(texts, 1) if "2024年1月25日印发" in t]
    return {"numbers": numbers, "texts": texts, "body_end": body_end, "imprint": imprint}


def test_pdf_masthead_distances_follow_section_7_2(rendered):
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        words = {w["text"]: w for w in pdf.pages[0].extract_words()}
    organ, number = words["某县自然资源局文件"], words["某自然资发〔2024〕3号"]
    title = words["某县自然资源局"]
    # Character boxes (pdfplumber's, from the font descriptor). Measured on the ink in tests/test_redhead_ink_distances.py:
    # the 标志 35 mm below the top of the text block (§7.2.3), the red line 4 mm under the 发文字号 (§7.2.6).
    # 发文字号 two blank lines under the 标志 (§7.2.4): two grid lines, then the half leading of its own line.
    half_leading_16 = (LINE - 16 / MM) / 2
    assert (number["top"] - organ["bottom"]) / MM == pytest.approx(2 * LINE + half_leading_16, abs=0.5)
    red = dark_runs(rendered.pdf, 0, x=105, span=(number["bottom"] / MM, title["top"] / MM))
    assert len(red) == 1
    (rule_top, rule_bottom), = red
    assert rule_top - number["bottom"] / MM == pytest.approx(4, abs=0.5)  # §7.2.6
    assert rule_bottom - rule_top == pytest.approx(0.35, abs=0.05)
    (left, right), = dark_runs(rendered.pdf, 0, y=(rule_top + rule_bottom) / 2, span=(10, 200))
    assert (left, right) == (pytest.approx(BLOCK_LEFT, abs=0.2), pytest.approx(BLOCK_RIGHT, abs=0.2))
    # The title two blank lines under the rule (§7.3.1): its 2号 characters centred in a grid line.
    half_leading_22 = (LINE - 22 / MM) / 2
    assert title["top"] / MM - rule_bottom == pytest.approx(2 * LINE + half_leading_22, abs=0.5)


# -- a long 发文机关标志 ---------------------------------------------------------------------------

LONG_NAME = "某某自治州某某县乡村振兴和农业农村综合行政执法服务中心文件"  # 29 characters: 14.6 pt on one line


def with_organ(mark: str) -> str:
    return EXAMPLE.read_text(encoding="utf-8").replace("organ_mark: 某县自然资源局文件", f"organ_mark: {mark}")


@functools.cache
def red_lines(pdf: bytes) -> list[dict]:
    """The 发文机关标志's lines on the first page: text, character sizes, left and right ends and baseline (pt)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        rows: dict = {}
        for c in page.chars:
            if tuple(c["non_stroking_color"] or ()) == RED:
                rows.setdefault(round(page.height - c["matrix"][5], 1), []).append(c)
    return [{"text": "".join(c["text"] for c in sorted(cs, key=lambda c: c["x0"])), "sizes": {round(c["size"], 2) for c in cs},
             "x0": min(c["x0"] for c in cs), "x1": max(c["x1"] for c in cs), "baseline": baseline}
            for baseline, cs in sorted(rows.items())]


@functools.cache
def number_top(pdf: bytes) -> float:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return next(w for w in doc.pages[0].extract_words() if w["text"] == "某自然资发〔2024〕3号")["top"]


@pytest.fixture(scope="module")
def long_mark():
    """Both PDFs of the example with the 标志 ``LONG_NAME``."""
    return render_once(with_organ(LONG_NAME)).outputs


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_long_organ_mark_goes_on_two_balanced_lines_never_under_22_pt(rendered, long_mark, fmt):
    """A 29-character 标志 was set in 14.6 pt on one line, smaller than the body: now it breaks after a part of the
    name into two centred lines of 26.5 pt, one em apart, and the 发文字号 stays two lines under the second."""
    example = rendered.outputs[fmt]
    pdf = long_mark[fmt]
    lines = red_lines(pdf)
    assert [line["text"] for line in lines] == ["某某自治州某某县乡村振兴和", "农业农村综合行政执法服务中心文件"]
    assert [line["sizes"] for line in lines] == [{26.5}, {26.5}]
    for line in lines:  # centred in the text block, inside it
        assert (line["x0"] + line["x1"]) / 2 / MM == pytest.approx((BLOCK_LEFT + BLOCK_RIGHT) / 2, abs=0.3)
        assert BLOCK_LEFT * MM < line["x0"] and line["x1"] < BLOCK_RIGHT * MM
    assert lines[1]["baseline"] - lines[0]["baseline"] == pytest.approx(26.5, abs=0.3)
    # The 发文字号 as far under the 标志's last baseline as under the example's one-line 36 pt 标志 (measured above), but
    # for the part of the em under the baseline (0.07 em, 0.6 pt less at 26.5 pt).
    assert number_top(pdf) - lines[1]["baseline"] == pytest.approx(number_top(example) - red_lines(example)[0]["baseline"],
                                                                   abs=0.3 * MM)


def test_both_pdfs_set_a_long_organ_mark_alike(long_mark):
    weasy, typst = red_lines(long_mark["pdf"]), red_lines(long_mark["pdf-typst"])
    assert [(line["text"], line["sizes"]) for line in weasy] == [(line["text"], line["sizes"]) for line in typst]
    for a, b in zip(weasy, typst):
        assert (a["x0"], a["baseline"]) == (pytest.approx(b["x0"], abs=0.3 * MM), pytest.approx(b["baseline"], abs=0.3 * MM))


def test_docx_sets_a_long_organ_mark_on_the_same_two_lines_and_size():
    doc = open_docx(io.BytesIO(render_once(with_organ(LONG_NAME)).docx))
    organ = doc.paragraphs[0]
    assert (organ.style.name, organ.text) == ("Masthead Organ", "某某自治州某某县乡村振兴和\n农业农村综合行政执法服务中心文件")
    assert [run.font.size.pt for run in organ.runs] == [26.5]


def test_a_web_page_shows_a_two_line_organ_mark_as_one_name():
    """The web page's 标志 printed the line break between the two lines as a space (某某县乡村振兴和 农业农村…)."""
    page = render(with_organ(LONG_NAME), file=str(EXAMPLE), strict=True, formats=("html",)).outputs["html"].decode("utf-8")
    assert f'<header class="masthead"><p>{LONG_NAME}</p>' in page


@pytest.mark.parametrize(("mark", "lines", "size"), [
    ("某某县发展和改革局某某价格认证中心文件", ["某某县发展和改革局某某价格认证中心文件"], 22),  # 19 characters: one line
    ("中共某某县委全面深化改革委员会办公室文件", ["中共某某县委", "全面深化改革委员会办公室文件"], 30),  # not 委|员会
    ("某某市市场监督管理局某某分局某某市场监管所文件", ["某某市市场监督管理局", "某某分局某某市场监管所文件"], 32.5),  # not 市|场
    ("某某省某某市某某县（区）乡村振兴和农业农村局文件", ["某某省某某市某某县（区）", "乡村振兴和农业农村局文件"], 35),
    (["某某县乡村振兴局", "某某县林业和草原局"], ["某某县乡村振兴局", "某某县林业和草原局"], 36),  # lines as written
])
def test_organ_mark_lines_and_size(mark, lines, size):
    from reportkit_redhead import organ_lines, organ_size

    assert organ_lines(mark) == lines
    assert organ_size(lines, None) == size


@pytest.mark.parametrize(("setting", "message"), [
    ("organ_mark: 某某自治州某某县乡村振兴和农业农村综合行政执法服务中心某某县林业和草原局某某县水利局联合文件",
     "r.yaml:7:17: error: plugins.reportkit-gbt9704-redhead.organ_mark：发文机关标志“某某自治州某某县乡村振兴和农业农村综合"
     "行政执法服务中心某某县林业和草原局某某县水利局联合文件”共 46 字，用二号字（22 磅）分两行也排不下（一行至多 19 字）："
     "请改用发文机关的规范化简称（GB/T 9704-2012 第7.2.4条）；联合行文可写成列表，每个机关一项，主办机关在前"),
    ("organ_mark: 某县自然资源局文件\n    organ_size_pt: 16",
     "r.yaml:8:20: error: plugins.reportkit-gbt9704-redhead.organ_size_pt：发文机关标志的字号 16 磅小于二号（22 磅），"
     "比其下的标题还小：请写 22 到 72 之间的数，或删去 organ_size_pt，由插件按名称长短选择"),
    (f"organ_mark: {LONG_NAME}\n    organ_size_pt: 30",
     f"r.yaml:8:20: error: plugins.reportkit-gbt9704-redhead.organ_size_pt：发文机关标志“{LONG_NAME}”共 29 字，"
     "用 30 磅字分两行也排不下（一行至多 14 字）：请减小 organ_size_pt（不小于 22），或删去它由插件选择"),
])
def test_an_organ_mark_that_cannot_be_set_large_enough_is_refused_where_it_is_written(setting, message):
    with pytest.raises(InvalidData) as info:
        check(EXAMPLE.read_text(encoding="utf-8").replace("organ_mark: 某县自然资源局文件", setting), file="r.yaml")
    assert message in str(info.value)


def check_imprint(pdf: bytes, top: float = 200) -> dict:
    """The 版记 rules and page of §7.4 and the page numbers of §7.5; returns the layout. The rules are
    looked for from ``top`` mm down, clear of the body's text."""
    found = layout_of(pdf)
    pages, numbers = len(found["numbers"]), found["numbers"]
    assert found["imprint"] == [pages] and pages % 2 == 0  # the 版记 on the last page, an even one
    rules = dark_runs(pdf, pages - 1, x=BLOCK_RIGHT - 2, span=(top, 297))
    thickness = [round(b - a, 2) for a, b in rules]
    assert thickness == [pytest.approx(t, abs=0.05) for t in (0.35, 0.25, 0.35)]
    assert rules[-1][1] == pytest.approx(BLOCK_BOTTOM, abs=0.3)  # the last rule on the text block's bottom edge
    for top, bottom in rules:
        # Two cells' borders meet in the rules under the 抄送: a seam of a pixel at 2400 dpi (0.01 mm) may show.
        (left, right), = joined(dark_runs(pdf, pages - 1, y=(top + bottom) / 2, span=(10, 200)), gap=0.015)
        assert (left, right) == (pytest.approx(BLOCK_LEFT, abs=0.2), pytest.approx(BLOCK_RIGHT, abs=0.2))
    end = found["body_end"]
    if pages == end + 2:  # a blank page before the 版记: neither is numbered (§7.5)
        assert found["texts"][end] == "" and numbers[end:] == ["", ""]
        assert numbers[:end] == [f"—{n}—" for n in range(1, end + 1)]
    else:
        assert pages in (end, end + 1)
        assert numbers == [f"—{n}—" for n in range(1, pages + 1)]
    return found


def test_pdf_imprint_rules_and_page_of_the_example(rendered):
    found = check_imprint(rendered.pdf)
    assert found["body_end"] == len(found["numbers"])  # the body ends on an even page with room: same page


@pytest.fixture(scope="module")
def variants():
    """The example lengthened line by line: the body ends on even pages with and without room and on odd ones.
    Both PDFs of each."""
    # The sweep rendered all of 0 to 24 lines: 0 to 10 end the body on page 6 with room for the 版记 (case 0), 11 to 13
    # on page 6 without room (case 2, a blank page 7), 14 to 24 on page 7 (case 1). Kept: 0 (the example) and the
    # lengths on either side of each change. The tests below assert that they still give all three cases.
    return {n: render_once(variant(n)) for n in (0, 10, 11, 13, 14)}


def test_pdf_imprint_where_the_body_ends_anywhere(variants):
    cases = set()
    for n, result in variants.items():
        found = check_imprint(result.pdf)
        assert "".join(found["texts"]).count(FILLER) == n, n  # no body text lost
        cases.add(len(found["numbers"]) - found["body_end"])
    # 0: on the body's even last page; 1: on the page after an odd one; 2: after an unnumbered blank page
    assert cases == {0, 1, 2}


def test_typst_imprint_where_the_body_ends_anywhere(variants):
    """The Typst PDF puts the 版记 on the WeasyPrint PDF's page, numbered as it (§7.4, §7.5)."""
    cases = set()
    for n, result in variants.items():
        found = check_imprint(result.outputs["pdf-typst"])
        assert "".join(found["texts"]).count(FILLER) == n, n
        cases.add(len(found["numbers"]) - found["body_end"])
    assert cases == {0, 1, 2}


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_copy_to_of_many_lines_makes_its_row_taller_and_hangs_under_the_first_name(fmt):
    """§7.4.2: the 抄送 lines under the first name after the colon; the row grows with them (the Typst
    PDF's rows were one line tall: the lines ran over the rules below), and the 版记 moves on whole."""
    many = [f"某县第{n}个需要抄送的单位" for n in range(1, 13)]
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]", f"copy_to: [{', '.join(many)}]")
    pdf = render_once(text, ("pdf", "pdf-typst")).outputs[fmt]
    found = check_imprint(pdf, top=140)  # the three rules, the last on the text block's bottom edge, an even page
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[-1]
        rows: dict = {}
        for c in page.chars:
            rows.setdefault(round(c["top"]), []).append(c)
        lines = [sorted(rows[top], key=lambda c: c["x0"]) for top in sorted(rows)]
    texts = ["".join(c["text"] for c in line) for line in lines]
    first = next(i for i, text in enumerate(texts) if text.startswith("抄送："))
    copy_lines = lines[first:next(i for i, text in enumerate(texts) if "印发" in text)]  # the last may hold "位。" only
    assert "".join(c["text"] for line in copy_lines for c in line).replace(" ", "") == \
        "抄送：" + "，".join(many) + "。"
    first_name = next(c for c in copy_lines[0] if c["text"] == "某")["x0"]
    assert all(line[0]["x0"] == pytest.approx(first_name, abs=0.5) for line in copy_lines[1:])
    rules = dark_runs(pdf, len(found["numbers"]) - 1, x=BLOCK_RIGHT - 2, span=(140, 297))
    printer = next(line for line in lines if "印发" in "".join(c["text"] for c in line))
    assert rules[0][1] * MM < copy_lines[0][0]["top"] and copy_lines[-1][0]["bottom"] < rules[1][0] * MM
    assert rules[1][1] * MM < printer[0]["top"] and printer[0]["bottom"] < rules[2][0] * MM


# -- the DOCX as LibreOffice lays it out -------------------------------------------------------

needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
LONG_COPY_TO = [f"某县第{n}个需要抄送的单位" for n in "一二三四五"]  # 63 characters: 29 + 26 + 8
LONG_ORGAN = "某某自治州某某县自然资源和规划局某某委员会文件"  # 23 characters: 18.5 pt on one line, 28 pt on two
LONG_ORGAN_LINES, LONG_ORGAN_PT = ["某某自治州某某县", "自然资源和规划局某某委员会文件"], 28
LONG_PRINTER = "某某省某某市某某县自然资源和规划局办公室（政务公开科）"  # 26 characters: no room for the date beside it


def libreoffice_pdfs(docxs: dict[str, bytes], workdir: Path) -> dict[str, bytes]:
    """LibreOffice's PDFs of ``docxs``, with the bundled faces under the official names (as
    tests/docx_pages.py's ``docx_to_pdf``) and the blank pages it inserts before an even-page section."""
    from reportkit.plugins import load_plugins

    files = [workdir / f"{name}.docx" for name in docxs]
    for file, data in zip(files, docxs.values()):
        file.write_bytes(data)
    pdfs = docx_to_pdfs(files, load_plugins().registry.fonts, workdir, timeout=600 / len(files),
                        keep_blank_pages=True)
    return {name: pdf.read_bytes() for name, pdf in zip(docxs, pdfs)}


#: LibreOffice's PDF of a DOCX with the faces registered then, made once in the test process: the example and its
#: long 标志 are laid out by ``docx_layouts`` below and by tests/test_redhead_ink_distances.py alike.
_LAID_OUT: dict[tuple[bytes, str], bytes] = {}


def libreoffice_pdfs_once(docxs: dict[str, bytes], workdir: Path) -> dict[str, bytes]:
    """``libreoffice_pdfs(docxs, workdir)``: those of ``docxs`` laid out before with the same faces are not again."""
    from reportkit.plugins import load_plugins

    faces = repr(load_plugins().registry.fonts)
    missing = {name: data for name, data in docxs.items() if (data, faces) not in _LAID_OUT}
    if missing:
        for name, pdf in libreoffice_pdfs(missing, workdir).items():
            _LAID_OUT[missing[name], faces] = pdf
    return {name: _LAID_OUT[data, faces] for name, data in docxs.items()}


@pytest.fixture(scope="module")
def docx_layouts(tmp_path_factory):
    """The example and lengthened variants (the body ends on even pages with and without room and on
    odd ones), a 抄送 of three lines, a long 发文机关标志 set smaller: LibreOffice's PDF of each DOCX,
    and reportkit's PDF."""
    # The body ended (reportkit's PDFs and LibreOffice's alike) on page 6 with room for the 版记 at 0 and 6 lines, on
    # page 6 without room (a blank page 7) at 12, on page 7 at 14 and 18: 6 and 18 are dropped, the same situations as
    # 0 and 14 (the sweep of test_pdf_imprint_where_the_body_ends_anywhere: 0 to 10 lines, 11 to 13, 14 to 24).
    texts = {f"lines{n}": variant(n) for n in (0, 12, 14)}
    texts["copy_to"] = variant(6).replace("copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]",
                                          f"copy_to: [{', '.join(LONG_COPY_TO)}]")
    texts["organ"] = variant(0).replace("organ_mark: 某县自然资源局文件", f"organ_mark: {LONG_ORGAN}")
    texts["printer"] = variant(0).replace("printer: 某县自然资源局办公室", f"printer: {LONG_PRINTER}")
    results = {name: render_once(text) for name, text in texts.items()}
    laid_out = libreoffice_pdfs_once({name: result.docx for name, result in results.items()},
                                     tmp_path_factory.mktemp("redhead-docx"))
    return {name: (laid_out[name], results[name].pdf) for name in texts}


@pytest.mark.slow
@needs_soffice
@pytest.mark.parametrize("name", ["lines0", "organ"])
def test_docx_masthead_distances_follow_section_7_2(docx_layouts, name):
    pdf, _ = docx_layouts[name]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        lines = {}
        for w in doc.pages[0].extract_words():
            lines.setdefault(round(w["top"]), []).append(w)
    rows = [(min(w["top"] for w in ws), max(w["bottom"] for w in ws), "".join(w["text"] for w in ws))
            for _, ws in sorted(lines.items())]
    organ_lines = ["某县自然资源局文件"] if name == "lines0" else LONG_ORGAN_LINES
    organs, ((_, number_bottom, number), (title_top, _, _)) = rows[:len(organ_lines)], rows[len(organ_lines):][:2]
    assert ([text for _, _, text in organs], number) == (organ_lines, "某自然资发〔2024〕3号")
    # A long 标志's lines one em apart. Where the lines ink, against both PDFs: tests/test_redhead_ink_distances.py
    # (character boxes follow each PDF's font descriptor: LibreOffice's reaches a whole em above the baseline).
    assert [b - a for (a, _, _), (b, _, _) in zip(organs, organs[1:])] == [pytest.approx(LONG_ORGAN_PT, abs=0.5)] * (len(organs) - 1)
    (rule_top, rule_bottom), = dark_runs(pdf, 0, x=105, span=(number_bottom / MM, title_top / MM))
    assert rule_bottom - rule_top == pytest.approx(0.35, abs=0.05)
    (left, right), = dark_runs(pdf, 0, y=(rule_top + rule_bottom) / 2, span=(10, 200))
    assert (left, right) == (pytest.approx(BLOCK_LEFT, abs=0.2), pytest.approx(BLOCK_RIGHT, abs=0.2))


@pytest.mark.slow
@needs_soffice
def test_docx_imprint_is_where_the_pdf_has_it(docx_layouts):
    cases = set()
    for name, (laid_out, pdf) in docx_layouts.items():
        found = check_imprint(laid_out)
        text = "".join(found["texts"])
        assert text.count(FILLER) == (int(name[5:]) if name.startswith("lines") else 6 if name == "copy_to" else 0)
        assert LAST_BODY_LINE in text and "某县自然资源局2024年1月25日" in text  # no body text lost
        case = len(found["numbers"]) - found["body_end"]
        theirs = check_imprint(pdf)
        assert (case, len(found["numbers"])) == (len(theirs["numbers"]) - theirs["body_end"], len(theirs["numbers"])), name
        cases.add(case)
    # 0: on the body's even last page; 1: on the page after an odd one; 2: after an unnumbered blank page
    assert cases == {0, 1, 2}


@pytest.mark.slow
@needs_soffice
def test_docx_copy_to_of_three_lines_keeps_its_text_and_rules(docx_layouts):
    pdf, _ = docx_layouts["copy_to"]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        last = doc.pages[-1]
        rows = sorted({round(c["top"] / MM, 1) for c in last.chars
                       if c["text"] in "抄某" and (BLOCK_BOTTOM - 45) * MM < c["top"] < BLOCK_BOTTOM * MM})
        text = (last.extract_text() or "").replace(" ", "").replace("\n", "")
    assert "抄送：" + "，".join(LONG_COPY_TO) + "。" in text
    assert len(rows) == 4  # three lines of 抄送, one of 印发, on the grid
    assert [round(b - a, 1) for a, b in zip(rows, rows[1:])] == [pytest.approx(LINE, abs=0.2)] * 3


@pytest.mark.slow
@needs_soffice
def test_docx_printer_with_no_room_for_the_date_beside_it_breaks_as_the_pdfs_the_date_on_the_last_line(docx_layouts):
    """A 印发机关 too long to share its line with the 印发日期 breaks over two lines where the PDFs break it
    (``printer_lines``), and the date stands on the last, 1 character from the right and a character or more clear of
    the name, on the same grid line (the DOCX put it on the first line, the PDFs on the last: §7.4.3)."""
    from reportkit_redhead import printer_lines

    pdf, _ = docx_layouts["printer"]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        last = doc.pages[-1]
        chars = [c for c in last.chars if (BLOCK_BOTTOM - 30) * MM < c["top"] < BLOCK_BOTTOM * MM and c["text"].strip()]
    lines: dict = {}
    for c in chars:
        lines.setdefault(round(c["top"]), []).append(c)
    rows = [sorted(line, key=lambda c: c["x0"]) for _, line in sorted(lines.items())]
    rows = rows[next(i for i, row in enumerate(rows) if row[0]["text"] == LONG_PRINTER[0]):]  # under the 抄送
    texts = ["".join(c["text"] for c in row) for row in rows]
    first, second = printer_lines(LONG_PRINTER)
    assert texts == [first, second + "2024年1月25日印发"]
    last_line = rows[-1]
    assert last_line[len(second)]["x0"] - last_line[len(second) - 1]["x1"] >= 14
    assert last_line[-1]["x1"] == pytest.approx((BLOCK_RIGHT - 14 / MM) * MM, abs=1)  # the date 1 character from the right
    assert rows[0][0]["x0"] == pytest.approx(last_line[0]["x0"], abs=0.5)
    assert (last_line[0]["top"] - rows[0][0]["top"]) / MM == pytest.approx(LINE, abs=0.3)  # a grid line apart


@pytest.mark.parametrize("printer", ["某县自然资源局办公室", LONG_PRINTER, "某某市某某区住房和城乡建设局不动产登记中心办公室"],
                         ids=["one_line", "two_lines_bracketed", "two_lines"])
def test_docx_printer_row_has_the_pdfs_lines_and_the_date_after_a_tab_on_the_last(printer):
    """The 版记's last row is one paragraph: the 印发机关's lines as the PDFs break them (``printer_lines``), a line
    break between them, then a tab to the right tab stop 1 character in from the right and the date: beside the last
    line, as in both PDFs (it stood beside the first)."""
    from reportkit.renderers.docx import IMPRINT_CHAR, IMPRINT_LINE
    from reportkit_redhead import printer_lines

    text = variant(0).replace("printer: 某县自然资源局办公室", f"printer: {printer}")
    doc = open_docx(io.BytesIO(render_once(text).docx))
    table = doc.tables[-1]
    row = table.rows[-1]
    (p,) = row.cells[0].paragraphs
    lines = printer_lines(printer)
    assert p.text == "\n".join(lines) + "\t2024年1月25日印发"
    pieces = [(child.tag.split("}")[1], child.text) for r in p._p.findall(W + "r") for child in r if child.tag != W + "rPr"]
    assert pieces == [*[piece for i, line in enumerate(lines) for piece in [("br", None)] * bool(i) + [("t", line)]],
                      ("tab", None), ("t", "2024年1月25日印发")]
    (stop,) = p._p.findall(f"{W}pPr/{W}tabs/{W}tab")
    width = int(doc.sections[0].page_width.twips - doc.sections[0].left_margin.twips - doc.sections[0].right_margin.twips)
    assert (stop.get(W + "val"), int(stop.get(W + "pos"))) == ("right", width - IMPRINT_CHAR)
    height = row._tr.find(f"{W}trPr/{W}trHeight")
    assert (int(height.get(W + "val")), height.get(W + "hRule")) == (len(lines) * IMPRINT_LINE, "exact")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_report_with_a_two_line_organ_mark_imports_its_masthead(tmp_path, fmt):
    """Its 版头 came back as the start of the title (agency “…服务中心文件某自然资发〔2024〕3号某县自然资源局”): the
    lines up to the 发文字号 are the 版头, read back into the plugin's settings (the 标志 as one name, which the
    plugin breaks so again); without the plugin, left out with a finding each."""
    import yaml
    from _import_helpers import imported
    from reportkit.plugins import load_plugins
    from reportkit.testing import hidden

    source = tmp_path / f"report.{fmt}"  # the bytes _import_helpers.render_source makes of the data: its render
    source.write_bytes(render_once(with_organ(LONG_NAME)).outputs[fmt])
    back = imported(source, tmp_path)
    got = yaml.safe_load(back.target.read_text(encoding="utf-8"))
    assert got["agency"] == yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))["agency"] and "title" not in got
    assert [f.message for f in back.findings if "版头" in f.message] == []
    assert got["plugins"]["reportkit-gbt9704-redhead"]["organ_mark"] == LONG_NAME
    (tmp_path / "without").mkdir()
    with hidden("reportkit-gbt9704-redhead"):
        back = imported(source, tmp_path / "without", load_plugins())
    skipped = [f.message for f in back.findings if f.message.startswith("标题之前的版头")]
    assert skipped == ["标题之前的版头“某某自治州某某县乡村振兴和”未导入：装上 reportkit-gbt9704-redhead 插件再导入，版头和版记会读进"
                       "它的设置（layout: redhead），重新排版时照样印出", "标题之前的版头“农业农村综合行政执法服务中心文件”未导入",
                       "标题之前的版头“某自然资发〔2024〕3号”未导入"]
