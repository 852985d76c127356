"""The PDF renderer: GB/T 9704-2012 geometry measured on the output, fonts, outline, metadata, safety."""
from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import sys
from dataclasses import dataclass

import pdfplumber
import pypdf
import pytest

import layout_measure as lm
from conftest import make_sample_document
from reportkit.blocks import AttachmentNote, Cell, Document, Paragraph, Signature, Table
from reportkit.errors import RenderError
from reportkit.default_plugins import bundled_fonts, gbt9704
from reportkit.layout import ELEMENT_ROLES, Geometry
from reportkit.fonts import plan_fonts
from reportkit.renderers.pdf import LayoutFetcher, RefusedURL, render_pdf

MM = 72 / 25.4


@dataclass(frozen=True)
class Page:
    """What GB/T 9704 asks for, in PDF points (y from the top of the page)."""

    width: float = 595.28
    height: float = 841.89
    left: float = 28 * MM
    right: float = (210 - 26) * MM
    top: float = 37 * MM
    bottom: float = (297 - 35) * MM
    body: float = 16
    title: float = 22
    number: float = 14
    pitch: float = 225 * MM / 22  # 22 lines per page
    char: float = 156 * MM / 28  # 28 characters per line
    number_gap: float = 7 * MM
    # A glyph's box reaches a fraction of a point past its advance (tracking is negative);
    # the ink stays inside.
    overhang: float = 0.5
    tol: float = 0.6


P = Page()
AUTOSPACE = Geometry().autospace_em


@pytest.fixture(scope="module")
def layout():
    layouts = []
    gbt9704.register_layouts(register=layouts.append)
    return layouts[0]


@pytest.fixture(scope="module")
def faces():
    found = []
    bundled_fonts.register_fonts(register=found.append)
    return found


def render(document, layout, faces):
    out = render_pdf(document, layout, faces)
    assert out.data.startswith(b"%PDF-")
    return out


@pytest.fixture(scope="module")
def sample(layout, faces):
    return render(make_sample_document(), layout, faces)


@pytest.fixture(scope="module")
def pdf(sample):
    with pdfplumber.open(io.BytesIO(sample.data)) as opened:
        yield opened


@pytest.fixture(scope="module")
def plan(faces):
    texts = [(ELEMENT_ROLES[e], text, source) for e, text, source in make_sample_document().texts()]
    return plan_fonts(texts, faces)[0]


def lines(page):
    """Characters grouped into lines by their top, each line sorted left to right."""
    rows: dict[float, list] = {}
    for ch in page.chars:
        key = next((k for k in rows if abs(k - ch["top"]) < 2), ch["top"])
        rows.setdefault(key, []).append(ch)
    return [sorted(row, key=lambda c: c["x0"]) for _, row in sorted(rows.items())]


def size(line) -> set[float]:
    return {round(c["size"], 2) for c in line}


def text(line) -> str:
    return "".join(c["text"] for c in line).replace(" ", "")


def line_with(pdf, needle):
    for page in pdf.pages:
        for line in lines(page):
            if needle in text(line):
                return page, line
    raise AssertionError(f"{needle!r} not in the PDF")


def paragraph_lines(pdf, first):
    """The lines of the body paragraph whose first line starts with ``first``."""
    page, start = line_with(pdf, first)
    found = [start]
    for line in lines(page)[lines(page).index(start) + 1:]:
        if size(line) != {P.body} or abs(line[0]["x0"] - P.left) > P.tol:
            break
        found.append(line)
    return found


def test_page_size(sample):
    reader = pypdf.PdfReader(io.BytesIO(sample.data))
    assert len(reader.pages) == 3
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_body_lines_fill_the_28_by_22_grid(pdf):
    para = paragraph_lines(pdf, "本机关坚持以公开为常态")
    assert len(para) == 9
    assert para[0][0]["x0"] == pytest.approx(P.left + 2 * P.char, abs=P.tol)  # 左空二字
    assert all(line[0]["x0"] == pytest.approx(P.left, abs=P.tol) for line in para[1:])  # 回行顶格
    assert [len(text(line)) for line in para[:-1]] == [26] + [28] * 7
    assert all(line[-1]["x1"] <= P.right + P.overhang for line in para)
    assert para[1][-1]["x1"] == pytest.approx(P.right, abs=P.overhang)
    tops = [line[0]["top"] for line in para]
    assert all(b - a == pytest.approx(P.pitch, abs=0.05) for a, b in zip(tops, tops[1:]))


def test_font_sizes(pdf):
    _, title = line_with(pdf, "2021年政府信息公开工作年度报告")
    _, body = line_with(pdf, "本报告依据")
    assert size(title) == {P.title}
    assert size(body) == {P.body}


def test_title_is_centred(pdf):
    for needle in ("某某市生态环境局", "2021年政府信息公开工作年度报告"):
        _, line = line_with(pdf, needle)
        assert (line[0]["x0"] + line[-1]["x1"]) / 2 == pytest.approx((P.left + P.right) / 2, abs=1)


def test_faces_by_role(pdf, plan):
    expected = {
        "某某市生态环境局": "xiaobiaosong",
        "本报告依据": "fangsong",
        "一、总体情况": "heiti",
        "（一）主动公开": "kaiti",
        "1.平台建设": "fangsong",
        "（1）网站栏目": "fangsong",
    }
    for needle, role in expected.items():
        _, line = line_with(pdf, needle)
        # the PDF names each face after its family plus a hash of the subset (renderers/pdf.py: _unique_families)
        assert {c["fontname"].split("+")[-1].rsplit("-", 1)[0] for c in line} == {plan.stacks[role][0]}, needle


def test_fonts_are_embedded(sample):
    reader = pypdf.PdfReader(io.BytesIO(sample.data))
    seen = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object()["/FontDescriptor"]
                assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]
                seen += 1
    assert seen


def test_page_numbers(sample, pdf):
    for number, page in enumerate(pdf.pages, 1):
        line = [c for c in page.chars if c["top"] > P.bottom]
        assert text(line) == f"—{number}—"
        assert size(line) == {P.number}
        if number % 2:
            assert line[-1]["x1"] == pytest.approx(P.right - P.number, abs=P.tol)  # 右空一字
        else:
            assert line[0]["x0"] == pytest.approx(P.left + P.number, abs=P.tol)  # 左空一字
    # GB/T 9704 §7.5: the upper edge of the 一字线 lies 7 mm under the text block (issue 9).
    gaps = lm.folio_gaps_mm(sample.data, lm.measure(sample.data))
    assert gaps and all(gap == pytest.approx(P.number_gap / MM, abs=0.1) for gap in gaps.values()), gaps


def test_outline_follows_heading_levels(sample):
    reader = pypdf.PdfReader(io.BytesIO(sample.data))

    def walk(items, depth=1):
        for item in items:
            if isinstance(item, list):
                yield from walk(item, depth + 1)
            else:
                yield depth, item.title

    assert list(walk(reader.outline)) == [
        (1, "一、总体情况"), (2, "（一）主动公开"), (3, "1.平台建设"), (4, "（1）网站栏目"),
        (1, "三、收到和处理政府信息公开申请情况"),
    ]


def test_metadata(sample):
    info = pypdf.PdfReader(io.BytesIO(sample.data)).metadata
    assert info["/Title"] == "某某市生态环境局2021年政府信息公开工作年度报告"
    assert info["/Author"] == "某某市生态环境局"
    assert info["/Subject"] == "政府信息公开工作年度报告"


def test_table(pdf):
    page, heading = line_with(pdf, "三、收到和处理政府信息公开申请情况")
    (table,) = page.find_tables()
    cells = [(cell or "").replace("\n", "") for row in table.extract() for cell in row]
    for header in ("申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织",
                   "法律服务机构", "其他", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"):
        assert header in cells
    left, _, right, _ = table.bbox
    assert left == pytest.approx(P.left, abs=1) and right == pytest.approx(P.right, abs=1)
    _, line = line_with(pdf, "申请人情况")
    chars = [c for c in line if c["text"] in "申请人情况"]
    seven_columns = (P.left + (P.right - P.left) * 5 / 12, P.right)  # widths 1, 1, 3, then 7 x 1
    assert (chars[0]["x0"] + chars[-1]["x1"]) / 2 == pytest.approx(sum(seven_columns) / 2, abs=1)


def test_table_head_repeats_and_rows_stay_whole(layout, faces):
    sample = next(b for b in make_sample_document().blocks if isinstance(b, Table))
    rows = [[Cell(f"第{n}行", colspan=3, align="left")] + [Cell("多行单元格内容" * 2)] + [Cell("0")] * 6
            for n in range(1, 61)]
    table = Table(sample.rows[:3] + rows, widths=sample.widths, header_rows=3)
    out = render(Document(title="t", author="a", blocks=[table]), layout, faces)
    with pdfplumber.open(io.BytesIO(out.data)) as opened:
        assert len(opened.pages) >= 2
        for page in opened.pages:
            page_text = "".join(text(line) for line in lines(page))
            assert "申请人情况" in page_text
            (found,) = page.find_tables()
            body = [row for row in found.extract() if row[0] and row[0].startswith("第")]
            # A split row would leave part of its long cell on each page.
            assert body and all("多行单元格内容" * 2 in [(c or "").replace("\n", "") for c in row] for row in body)


def test_layout_files_must_lie_in_the_layout_directory(layout, faces):
    outside = dataclasses.replace(layout, stylesheet=layout.directory.parent / "elsewhere.css")
    with pytest.raises(RenderError):
        render_pdf(make_sample_document(), outside, faces)


def test_nothing_leaves_the_text_block(pdf):
    for page in pdf.pages:
        for ch in page.chars:
            assert P.left - P.tol <= ch["x0"] and ch["x1"] <= P.right + P.overhang, ch["text"]
            assert ch["top"] >= P.top - P.tol
            assert ch["bottom"] <= P.bottom + P.tol or size([ch]) == {P.number}, ch["text"]


def test_text_is_never_markup(pdf):
    assert "<b>不是标签</b>&" in "".join(text(line) for line in paragraph_lines(pdf, "全年更新栏目"))
    assert "{{不是变量}}" in "".join(text(line) for line in lines(pdf.pages[0]))


def test_no_engine_warnings(sample):
    assert [d.message for d in sample.diagnostics if d.message.startswith("PDF 引擎")] == []


def test_signature_date_longer_than_organ(pdf):
    # The title's first line reads the same: the organ is the last match.
    organ = [line for page in pdf.pages for line in lines(page) if text(line) == "某某市生态环境局"][-1]
    _, date = line_with(pdf, "2022年1月20日")
    assert date[-1]["x1"] == pytest.approx(P.right - 2 * P.char, abs=P.overhang)  # 右空二字
    assert date[0]["x0"] - organ[0]["x0"] == pytest.approx(2 * P.char, abs=P.tol)  # 首字右移二字
    assert date[0]["top"] - organ[0]["top"] == pytest.approx(P.pitch, abs=0.1)


def test_signature_organ_longer_than_date_and_attachments(layout, faces):
    items = ["2021年政府信息公开工作统计表", "某某市生态环境局关于政府信息公开申请办理情况及行政复议行政诉讼情况的专项说明材料"]
    document = Document(title="t", author="a", blocks=[
        Paragraph("正文。"), AttachmentNote(items), Signature(["某某市人民政府办公室"], "2022年1月5日"),
    ])
    out = render(document, layout, faces)
    with pdfplumber.open(io.BytesIO(out.data)) as opened:
        _, organ = line_with(opened, "某某市人民政府办公室")
        _, date = line_with(opened, "2022年1月5日")
        assert organ[-1]["x1"] == pytest.approx(P.right - 2 * P.char, abs=P.overhang)
        assert date[0]["x0"] - organ[0]["x0"] == pytest.approx(2 * P.char, abs=P.tol)
        _, first = line_with(opened, "附件：1.")
        _, second = line_with(opened, "2.某某市")
        page = opened.pages[0]
        wrapped = lines(page)[lines(page).index(second) + 1]
        assert first[0]["x0"] == pytest.approx(P.left + 2 * P.char, abs=P.tol)
        name_start = [c for c in first if c["text"] == "2"][0]["x0"]  # "2021年…" starts the first name
        assert second[0]["x0"] < name_start
        assert [c for c in second if c["text"] == "某"][0]["x0"] == pytest.approx(name_start, abs=P.tol)
        assert wrapped[0]["x0"] == pytest.approx(name_start, abs=P.tol)


def test_fetcher_refuses_everything_but_the_layout_and_the_fonts(layout, plan):
    fetcher = LayoutFetcher(layout.directory, plan.fonts)
    inside = layout.stylesheet.as_uri()
    assert b"@page" in fetcher.fetch(inside).read()
    font = plan.fonts[0]
    assert fetcher.fetch("reportkit-font:" + font.family).read() == font.data
    for url in ("file:///etc/passwd", "http://example.com/x.png", "https://example.com/x.css",
                "data:text/css,body{}", "reportkit-font:no-such-font",
                layout.directory.as_uri() + "/../../../etc/passwd", "file://evil.example/share/x.png",
                (layout.directory / "fonts").as_uri()):
        with pytest.raises(RefusedURL):
            fetcher.fetch(url)


def test_markup_in_text_fetches_nothing(layout, faces):
    evil = '<img src="file:///etc/passwd"><link rel="stylesheet" href="http://example.com/x.css">'
    out = render(Document(title="t", author="a", blocks=[Paragraph(evil)]), layout, faces)
    assert [d for d in out.diagnostics if d.message.startswith("PDF 引擎")] == []
    with pdfplumber.open(io.BytesIO(out.data)) as opened:
        assert '<imgsrc="file:///etc/passwd">' in "".join(text(line) for line in lines(opened.pages[0]))


def test_weasyprint_is_imported_only_for_a_pdf():
    code = "import sys, reportkit.renderers, reportkit.pipeline; print('weasyprint' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, encoding="utf-8", check=True)
    assert result.stdout.strip() == "False"


def test_a_character_no_planned_face_has_never_pulls_in_a_system_font(layout, faces):
    """WeasyPrint would embed a whole system font (megabytes, different on every machine) for it; the
    PDF sets 〓 instead, and the pipeline's coverage warning names the character (issue 13)."""
    listed = shutil.which("fc-list") and subprocess.run(["fc-list", ":charset=0283"], capture_output=True, encoding="utf-8").stdout
    if not (listed or "").strip():
        pytest.skip("no system font has U+0283 that WeasyPrint could fall back to")
    out = render(Document(title="t", author="a", blocks=[Paragraph("符号ʃ")]), layout, faces)
    assert not [d for d in out.diagnostics if "系统字体" in d.message]
    from reportkit.testing import pdf_text

    assert "符号〓" in "".join(pdf_text(out.data))


def test_chinese_and_latin_are_spaced_as_in_the_docx_without_a_character_added(layout, faces):
    """A quarter em (Geometry.autospace_em) between Chinese and digits or Latin letters, on both sides, as
    Word and WPS (autoSpaceDE/DN, which the DOCX turns on), LibreOffice and Typst space them;
    punctuation gets none (issue 9)."""
    out = render(Document(title="t", author="a", blocks=[Paragraph("截至2021年底受理GDP类申请（3件）。")]), layout, faces)
    with pdfplumber.open(io.BytesIO(out.data)) as opened:
        _, line = line_with(opened, "截至2021年底")
    assert "".join(c["text"] for c in line) == "截至2021年底受理GDP类申请（3件）。"
    gap = {(a["text"], b["text"]): b["x0"] - a["x1"] for a, b in zip(line, line[1:])}
    plain = gap["截", "至"]
    for pair in (("至", "2"), ("1", "年"), ("理", "G"), ("P", "类")):
        assert gap[pair] - plain == pytest.approx(AUTOSPACE * P.body, abs=0.3), pair
    for pair in (("（", "3"), ("3", "件")):
        assert gap[pair] - plain == pytest.approx(0 if pair[0] == "（" else AUTOSPACE * P.body, abs=0.3), pair


@pytest.mark.parametrize(("head", "boundary"), [("公开" * 13, "2021年底"), ("公开" * 13, "GDP类"),
                                                 ("公开" * 11 + "截2021", "年底")], ids=["digits", "latin", "after-digits"])
def test_a_line_that_begins_at_a_chinese_latin_boundary_starts_at_the_edge(layout, faces, head, boundary):
    """The boundary's space is taken off a line's start, as Word and LibreOffice do: no ragged left edge.

    The first line is full after ``head`` (its 2-character indent, then 26 characters' width), so the
    second line begins at the boundary: digits or Latin after a Chinese character, or the reverse."""
    out = render(Document(title="t", author="a", blocks=[Paragraph(head + boundary + "公开工作继续推进。")]), layout, faces)
    with pdfplumber.open(io.BytesIO(out.data)) as opened:
        first, second = paragraph_lines(opened, head[:6])[:2]
    assert text(second).startswith(boundary)
    assert second[0]["x0"] == pytest.approx(P.left, abs=0.3)
    assert max(c["x1"] for c in first) == pytest.approx(P.right, abs=1)


def test_an_organ_name_wider_than_the_line_wraps_and_the_date_stands_four_from_the_right(layout, faces):
    """A name of more than 26 characters once ran off the page, its end cut (Geometry.signature_wraps)."""
    name = "某自治州某某县自然资源和规划局（某某县林业局、某某县不动产登记中心）"
    document = Document(title="t", author="a", blocks=[Paragraph("正文。"), Signature([name], "2022年1月5日")])
    with pdfplumber.open(io.BytesIO(render(document, layout, faces).data)) as opened:
        found = lines(opened.pages[0])
        start = next(i for i, line in enumerate(found) if text(line).startswith("某自治州"))
        organ = found[start:start + 2]
        assert text(organ[0]) + text(organ[1]) == name  # whole, in two lines
        for line in organ:
            assert line[-1]["x1"] == pytest.approx(P.right - 2 * P.char, abs=P.overhang)
            assert line[0]["x0"] >= P.left - P.tol
        assert text(found[start + 2]) == "2022年1月5日"
        assert found[start + 2][-1]["x1"] == pytest.approx(P.right - 4 * P.char, abs=P.overhang)  # 成文日期右空四字


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_an_amount_prints_the_digits_written_without_quotes(fmt):
    """412.30 and 1000.00 written without quotes were YAML's floats and printed 412.3 and 1000, by WeasyPrint and
    Typst alike: the page an office signs off differed from the data (the docs said to quote them)."""
    from pathlib import Path

    from reportkit.testing import pdf_text, render as render_data

    text = (Path(__file__).parents[1] / "examples" / "sample-2021.yaml").read_text(encoding="utf-8")
    text = text.replace("{amount: 412.3562}", "{amount: 412.30}").replace("amount_notified: 1120", "amount_notified: 1000.00")
    page_text = "".join(pdf_text(render_data(text, formats=(fmt,)).outputs[fmt])).replace("\n", "")
    assert "行政事业性收费412.30" in page_text  # 表二's row
    assert "通知收取信息处理费共计1000.00元，实际收取740元" in page_text


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_space_reads_as_a_space_beside_lines_broken_in_the_same_face(fmt):
    """A 附件说明 name broken onto two lines put "\\n" in the body face's subset, which maps it to the glyph of its
    space; the WeasyPrint PDF, embedding that subset whole, then read every space of the face as a line break
    (“浓度和\\nAQI”)."""
    from pathlib import Path

    import pdfplumber

    from reportkit.testing import render as render_data

    text = (Path(__file__).parents[1] / "examples" / "putian-2018-work-plan.yaml").read_text(encoding="utf-8")
    data = render_data(text, formats=(fmt,)).outputs[fmt]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    assert [c["text"] for c in chars if c["text"] in "\n\u2028"] == []
    assert "浓度和 AQI" in "".join(c["text"] for c in chars)


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_space_between_latin_words_is_in_the_pdf_s_text(fmt):
    """“GB/T 9704” in Chinese text: the space between the two runs was a text box of its own, which WeasyPrint does
    not draw, and the PDF's text (search, copy, import) read “GB/T9704”."""
    from pathlib import Path

    import pdfplumber

    from reportkit.testing import render as render_data

    text = (Path(__file__).parents[1] / "examples" / "sample-2021.yaml").read_text(encoding="utf-8")
    text = text.replace("- 全年作出行政处罚决定37件，", "- 处罚决定书按 GB/T 9704 排版，Word and WPS 都能打开。全年作出行政处罚决定37件，")
    data = render_data(text, formats=(fmt,)).outputs[fmt]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = "".join(c["text"] for page in pdf.pages for c in page.chars)
    assert "GB/T 9704" in chars and "Word and WPS" in chars
