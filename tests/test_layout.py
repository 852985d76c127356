"""The published page (issue 9), measured on the PDF of every example and of longer variants.

Each check lives in tests/layout_measure.py; here they run on real renders: 22 lines a full
page, every non-final line of a paragraph on the right edge, nothing stranded by a page break,
the page number 7 mm under the text block.
"""
from __future__ import annotations

import dataclasses
import inspect
import io
from pathlib import Path

import pdfplumber
import pytest
import weasyprint
from weasyprint.layout import inline

import layout_measure as lm
from reportkit.blocks import Heading, PageBreak, Paragraph, Signature, Table
from reportkit.pipeline import build, check_file, choose_layout, render
from reportkit.renderers import cjk_justify

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted([*(ROOT / "examples").glob("*.yaml"), *(ROOT / "plugins").glob("*/examples/*.yaml")])
#: Sentences of about one line each (28 characters), mixing Chinese with digits, a telephone
#: number and an e-mail address, so that lines end before runs that cannot break.
SENTENCES = [
    "本单位按季度更新公开目录，逐项核对栏目内容，确保信息准确完整。",
    "全年更新栏目36次，处理网民留言128条，办结率达到100%。",
    "咨询电话0816-2232710，电子邮箱gkb@example.gov.cn，工作日接听。",
    "下一步将继续完善制度（含《公开指南》），做好解读回应工作。",
]
#: Lengthening the last paragraph moves the signature and the 附件说明 over every line of the
#: last page; lengthening the first moves every later heading and table row too.
VARIANTS = [("sample-2021.yaml", "last"), ("xinzhou-2020.yaml", "first"), ("putian-2018-work-plan.yaml", "last")]
LENGTHS = range(22)  # one more line each time: every line of a page is, once, the last


def _prepare(path: Path, plugins):
    validated = check_file(path, plugins)
    layout = choose_layout(validated, plugins.registry)
    return build(validated, layout), layout


def _pdf(document, layout, plugins) -> bytes:
    result = render(document, layout, "pdf", plugins.registry)
    assert [d.message for d in result.diagnostics if d.severity != "note"] == []
    return result.data


#: Each example's own WeasyPrint PDF, rendered once in the module: its test_example_pages, the first length of its
#: sweep at the first paragraph (nothing added yet) and the measurement test read it, and none changes it.
_EXAMPLE_PDFS: dict[Path, bytes] = {}


def _example_pdf(path: Path, plugins) -> bytes:
    if path not in _EXAMPLE_PDFS:
        _EXAMPLE_PDFS[path] = _pdf(*_prepare(path, plugins), plugins)
    return _EXAMPLE_PDFS[path]


def _problems(document, layout, pdf: bytes, *, unnumbered_blank_ok=False, quick=False, cache=None) -> list[str]:
    """Everything wrong with ``pdf``'s pages, text run off a page's foot too; ``quick`` measures the page number on
    the first two only; ``cache`` (a dict kept over a sweep) reads a page met before in it only once."""
    g = layout.geometry
    pages = lm.measure(pdf, g, cache)
    # A full page of body text holds 22 lines; one with a title or a table has no room left.
    problems = [f"p{n}: {count} lines on a full page" for n, count in lm.lines_per_full_page(pages, document, g).items()
                if count != g.lines_per_page and len(lm.body_lines([pages[n - 1]], g)) == len(pages[n - 1].lines)]
    problems += lm.foot_room(pages, document, g)
    problems += lm.overflow(pages)
    problems += lm.ragged_lines(pages, document, g)
    problems += lm.paragraph_breaks(pages, document, g)
    problems += lm.stranded(pages, document, g, unnumbered_blank_ok=unnumbered_blank_ok)
    problems += [f"p{n}: the page number's dash {gap:.2f} mm under the block"
                 for n, gap in lm.folio_gaps_mm(pdf, pages[:2] if quick else pages, cache=cache).items()
                 if abs(gap - g.page_number_gap_mm) > 0.1]
    return problems


def test_justification_is_installed_for_this_weasyprint():
    # Fails on a WeasyPrint upgrade: re-test cjk_justify and widen pyproject's weasyprint range.
    assert cjk_justify.PROBLEM is None, cjk_justify.PROBLEM
    assert inline.justify_line is cjk_justify.justify_line
    assert list(inspect.signature(cjk_justify._original).parameters) == ["context", "line", "extra_width"]
    assert weasyprint.__version__.startswith(cjk_justify.TESTED_VERSIONS)


def test_unknown_weasyprint_leaves_the_engine_alone_and_says_so(monkeypatch):
    monkeypatch.setattr(weasyprint, "__version__", "99.0")
    assert "99.0" in cjk_justify._problem()


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
@pytest.mark.parametrize("number", ["1,234,567.89元", "98.6%", "第3.2.1条"])
def test_a_number_never_breaks_after_its_comma_or_point(fmt, number, plugins):
    """Word and the Typst PDF keep a number whole; the WeasyPrint PDF broke "1,|234,567.89" and "98.|6%" when
    it reached a line's end (the space before a number took in only its first digits). Placed to end each of six
    places around a line's end, the number is on one line."""
    document, layout = _prepare(ROOT / "examples" / "nanning-2008.yaml", plugins)
    index = next(i for i, b in enumerate(document.blocks) if isinstance(b, Paragraph))
    filler = "本机关依法依规做好相关工作并认真总结经验进一步提高服务水平推动各项任务落实到位"
    cache = {}
    for column in range(21, 27):
        text = filler[:26] + filler[:column] + number + filler[:30] + "。"
        document.blocks[index] = Paragraph(text)
        pdf = render(document, layout, fmt, plugins.registry).data
        lines = next(s for s in lm.paragraphs(lm.measure(pdf, layout.geometry, cache), document, layout.geometry)
                     if s.text == text).lines
        digits = number.strip("第条元")
        assert any(digits in lm._plain(line.text) for _, line in lines), (column, [line.text for _, line in lines])


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
@pytest.mark.parametrize("longer", [13, 19])
def test_a_table_caption_is_a_grid_line_kept_with_its_table(fmt, longer, plugins):
    """A plugin's table may have a caption. The WeasyPrint PDF left it alone at a page's foot (mianyang's first table
    with the paragraph before it 13 sentences longer), and set it on the table's line height, off the grid (19
    longer: every later line 7.7 pt high, a page foot 33 pt short)."""
    document, layout = _prepare(ROOT / "examples" / "mianyang-2009.yaml", plugins)
    at = next(i for i, b in enumerate(document.blocks) if isinstance(b, Table))
    caption = "表1　本年度政府信息公开情况统计表（单位：件）"
    sentences = ["各部门按照分工抓好落实，定期报送进展，及时协调解决问题。", "工作人员认真梳理办理流程，逐项明确办理时限和责任人要求。",
                 "今后还将加强业务培训，不断提高依法公开的意识和工作能力。", "对群众关心的问题，通过多种渠道及时回应，做到公开和透明。"]
    before = document.blocks[at - 1]
    document.blocks[at] = dataclasses.replace(document.blocks[at], caption=caption)
    document.blocks[at - 1] = dataclasses.replace(before, text=before.text + "".join(sentences[j % 4] for j in range(longer)))
    pdf = render(document, layout, fmt, plugins.registry).data
    assert _problems(document, layout, pdf, quick=True) == []
    pages = lm.measure(pdf, layout.geometry)
    page, line = next((p, ln) for p in pages for ln in p.lines if lm._plain(ln.text) == lm._plain(caption))
    assert any(row.top > line.bottom for row in page.rows), f"p{page.number}: the caption without its table"


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_web_address_keeps_its_letters_together_on_a_justified_line(fmt, plugins):
    """Justifying a Chinese line spreads its Chinese; Latin letters, digits and ASCII signs after a Chinese word
    keep their own advance (tracking only), as in Word (a web address came out as ``h t t p s : / /``)."""
    document, layout = _prepare(ROOT / "examples" / "sample-2021.yaml", plugins)
    index = next(i for i, b in enumerate(document.blocks) if isinstance(b, Paragraph))
    address = "https://zrzyj.example-county.gov.cn/"
    document.blocks[index] = Paragraph(f"完成本局专栏的栏目调整，新增专题；本报告电子版可在本局网站{address}xxgk/2023/index.html下载。")
    result = render(document, layout, fmt, plugins.registry)
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        chars = [c for c in pdf.pages[0].chars if c["text"].strip()]
    rows = [[c for c in chars if round(c["top"]) == top] for top in sorted({round(c["top"]) for c in chars})]
    line = next(row for row in rows if address in "".join(c["text"] for c in row))
    g = layout.geometry
    right = (g.page_width_mm - g.margin_right_mm) * 72 / 25.4
    assert abs(line[-1]["x1"] - right) < 1.0  # justified: the line still reaches the margin
    tracking = g.char_pitch_pt - g.body_size_pt
    start = "".join(c["text"] for c in line).index(address)
    latin = line[start:start + len(address)]
    assert max(abs(b["x0"] - a["x1"] - tracking) for a, b in zip(latin, latin[1:])) < 0.15
    chinese = line[:start - 1]
    assert min(b["x0"] - a["x1"] for a, b in zip(chinese, chinese[1:])) > tracking + 1.0  # the slack went here


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_line_may_end_before_an_opening_quote_and_after_a_closing_one(fmt, plugins):
    """As Word, WPS, LibreOffice and Typst break Chinese text: “ may start a line and ” end one. WeasyPrint (Pango,
    UAX #14 LB19) broke on neither side of a quotation mark: it carried the character before “ (or "本。") to the
    next line and spread the rest of the line. No character is added to the PDF's text, and the spreading is even."""
    document, layout = _prepare(ROOT / "examples" / "sample-2021.yaml", plugins)
    index = next(i for i, b in enumerate(document.blocks) if isinstance(b, Paragraph))
    g = layout.geometry
    n = g.chars_per_line
    # “ would end the first line (after its 2-character indent, and a full stop) and the second: each starts the
    # next line instead; the third line ends on ” before a Chinese character, the fourth on ” before a bracket.
    expected = ["本" * (n - 4) + "。", "“政策解读”" + "乙" * (n - 7), "“简化流程”" + "丁" * (n - 12) + "“便民服务”",
                "丙" * (n - 4) + "“说明”"]
    text = "".join(expected) + "（附后）" + "戊" * 30 + "。"
    document.blocks[index] = Paragraph(text)
    result = render(document, layout, fmt, plugins.registry)
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        chars = [c for c in pdf.pages[0].chars if c["text"].strip()]
        extracted = "".join(c["text"] for c in chars)
    rows = [[c for c in chars if round(c["top"]) == top] for top in sorted({round(c["top"]) for c in chars})]
    lines = ["".join(c["text"] for c in row) for row in rows]
    start = next(i for i, line in enumerate(lines) if line.startswith("本"))
    assert lines[start:start + 4] == expected and lines[start + 4].startswith("（附后）")
    assert text in extracted and "\u200b" not in extracted
    right = (g.page_width_mm - g.margin_right_mm) * 72 / 25.4
    for row in rows[start:start + 4]:  # justified lines: on the right edge, the slack spread evenly
        gaps = [b["x0"] - a["x1"] for a, b in zip(row, row[1:]) if a["text"] not in "“”。" and b["text"] not in "“”。"]
        assert abs(row[-1]["x1"] - right) < 1.0 and max(gaps) - min(gaps) < 0.05, (row[-1]["x1"], right, gaps)


@pytest.mark.slow
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_pages(path, plugins):
    document, layout = _prepare(path, plugins)
    # The red head's blank page before the 版记 carries no number (GB/T 9704 §7.4).
    assert _problems(document, layout, _example_pdf(path, plugins),
                     unnumbered_blank_ok=layout.name != "gbt9704") == []


def _lengthened(document, where: str, extra: int):
    """``document`` with ``extra`` sentences appended to its first paragraph, or to the last
    paragraph before the signature."""
    blocks = list(document.blocks)
    paragraphs = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph)]
    if where == "last":
        signature = next(i for i, b in enumerate(blocks) if isinstance(b, Signature))
        index = max(i for i in paragraphs if i < signature)
    else:
        index = paragraphs[0]
    text = blocks[index].text + "".join(SENTENCES[k % len(SENTENCES)] for k in range(extra))
    blocks[index] = dataclasses.replace(blocks[index], text=text)
    return dataclasses.replace(document, blocks=blocks)


def _end_only(document):
    """``document`` cut to what a sweep of its last paragraph (``_lengthened(…, "last", …)``) moves. The pages before
    the one that paragraph starts on print the same at every length, so they are left out: the title is kept, then a
    page break, then the last part (from the last level-1 heading before the paragraph), which thus starts at the top
    of a full page; the sweep's 22 lengths still end the paragraph once on every line of a page, and the paragraph,
    the 附件说明 and the signature keep the blocks around them. A paragraph before any heading (a notice's, followed by
    a page break and the plan it sends) keeps everything up to that page break and the two blocks after it (the plan's title and first paragraph), so that
    what a break after a full page does is still seen. A third to a sixth of the whole document's render time."""
    blocks = document.blocks
    signature = next(i for i, b in enumerate(blocks) if isinstance(b, Signature))
    paragraph = max(i for i, b in enumerate(blocks[:signature]) if isinstance(b, Paragraph))
    part = max((i for i, b in enumerate(blocks[:paragraph]) if isinstance(b, Heading) and b.level == 1), default=None)
    if part is not None:
        return dataclasses.replace(document, blocks=[blocks[0], PageBreak(), *blocks[part:]])
    after = next((i for i, b in enumerate(blocks) if isinstance(b, PageBreak) and i > signature), len(blocks))
    return dataclasses.replace(document, blocks=blocks[:after + 3])


@pytest.mark.slow
@pytest.mark.parametrize("name, where", VARIANTS)
def test_lengthened_variants(name, where, plugins):
    """The example lengthened a line at a time, 22 times, at its first paragraph (every page after it moves) or at the
    paragraph before its signature (``last``: on the end of the document only, ``_end_only``): no page breaks a rule."""
    path = ROOT / "examples" / name
    document, layout = _prepare(path, plugins)
    if where == "last":
        document = _end_only(document)
    problems, cache = [], {}
    for extra in LENGTHS:
        variant = _lengthened(document, where, extra)
        pdf = _example_pdf(path, plugins) if (where, extra) == ("first", 0) else _pdf(variant, layout, plugins)
        problems += [f"+{extra}: {p}" for p in _problems(variant, layout, pdf, quick=True, cache=cache)]
    assert problems == []


def test_measurement_finds_a_ragged_line_and_a_stranded_signature(plugins):
    """The checks can fail: a line pushed off the edge and a signature alone on its page are found."""
    path = ROOT / "examples" / "sample-2021.yaml"
    document, layout = _prepare(path, plugins)
    pages = lm.measure(_example_pdf(path, plugins), layout.geometry)
    assert lm.ragged_lines(pages, document) == [] and lm.stranded(pages, document) == []
    line = next(ln for seg in lm.paragraphs(pages, document) for _, ln in seg.lines[:-1])
    line.x1 -= 5
    assert len(lm.ragged_lines(pages, document)) == 1
    # The signature moved to a page of its own.
    page, organ = [(p, ln) for p, ln in lm.body_lines(pages) if ln.text == "某县自然资源局"][-1]
    alone = dataclasses.replace(page, number=page.number + 1, lines=[ln for ln in page.lines if ln.top >= organ.top])
    page.lines = [ln for ln in page.lines if ln.top < organ.top]
    pages.insert(pages.index(page) + 1, alone)
    assert any("begins with the signature" in s for s in lm.stranded(pages, document))


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_heading_that_wraps_is_justified_as_a_paragraph_is(fmt, plugins):
    """A heading long enough to wrap (“1.”, “（1）” headings of a summary are whole sentences) ends its first line on
    the right edge, as a paragraph's does: the Typst PDF set it in a block only as wide as its text, which left the
    line 4 to 8 pt short."""
    document, layout = _prepare(ROOT / "examples" / "suzhou-2016-work-summary.yaml", plugins)
    headings = [i for i, b in enumerate(document.blocks) if isinstance(b, Heading)]
    long = "关于规范性文件目录的补录情况和下一步打算（编号由系统生成）"
    for i, level in zip(headings[1:3], (3, 4)):
        document.blocks[i] = dataclasses.replace(document.blocks[i], level=level, number="1." if level == 3 else "（1）",
                                                  text=long)
    pdf = render(document, layout, fmt, plugins.registry).data
    pages = lm.measure(pdf, layout.geometry)
    wrapped = [s for s in lm.paragraphs(pages, document, layout.geometry) if s.text.endswith(long) and len(s.lines) > 1]
    assert len(wrapped) == 2
    assert lm.ragged_lines(pages, document, layout.geometry) == []
