"""Importing the narrative of published 2019/2021-edition reports in the shapes sites and offices give them: the
署名 and 成文日期 centred under the title (they were read as the title's last lines, and no date was found), a line of
the site's links after the article (kept as the last part's text), the parts on problems and other matters under one
heading (its text went under 六 as a heading none of the six, 五 left a placeholder), and a 总体情况 without its heading
(its text was read as the preamble, 一 left a placeholder)."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from _import_helpers import SOFFICE, data_of, imported, libreoffice_pdfs

TITLE = "河湾县应急管理局2022年政府信息公开工作年度报告"
PARTS = [
    ("一、总体情况", "全年发布安全生产预警信息64条，公开执法检查结果18次。"),
    ("二、主动公开政府信息情况", "本局全年未制发规章。"),
    ("三、收到和处理政府信息公开申请情况", "全年收到申请3件，均已答复。"),
    ("四、政府信息公开行政复议、行政诉讼情况", "无。"),
    ("五、存在的主要问题及改进情况", "基层公开力量薄弱。计划组织培训两次。"),
    ("六、其他需要报告的事项", "本年度未收取信息处理费。"),
]
INTRO = "根据《中华人民共和国政府信息公开条例》，现公布本局2022年度报告。"


def _signed_on_top_docx(path):
    """A DOCX with the 署名 and 成文日期 centred under the title, nothing at the end."""
    document = docx.Document()
    for text, bold in [(TITLE, True), ("河湾县应急管理局", False), ("2023年1月12日", False)]:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = bold
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(INTRO)
    for heading, text in PARTS:
        document.add_paragraph().add_run(heading).bold = True
        document.add_paragraph(text)
    document.save(path)
    return path


def _page(body: str, under_title: str = "", after: str = "") -> str:
    """A site's page: navigation, the article (its title in <h1>, ``under_title`` right below it), ``after`` it."""
    return (
        '<html><head><meta charset="utf-8"></head><body><div class="nav"><a href="/">首页</a> '
        '<a href="/zwgk">政务公开</a></div><div class="article">'
        f"<h1>{TITLE}</h1>{under_title}<p>发布时间：2023-01-13　来源：县应急管理局　【字体：大 中 小】</p>"
        f"{body}</div>{after}"
        '<div class="foot">主办：河湾县人民政府办公室　网站标识码：0000000002</div></body></html>'
    )


def _body(parts=PARTS, intro=(INTRO,)) -> str:
    return "".join(f"<p>{text}</p>" for text in intro) + "".join(f"<p>{h}</p><p>{t}</p>" for h, t in parts)


SIGNED_ON_TOP = '<p style="text-align:center">河湾县应急管理局</p><p style="text-align:center">2023年1月12日</p>'


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """The report signed under its title and the one with bold headings run in, as DOCX files and (where LibreOffice
    is) their PDFs, converted in one run."""
    folder = tmp_path_factory.mktemp("documents")
    docxs = [_signed_on_top_docx(folder / "on-top.docx"), _bold_lead_docx(folder / "bold-lead.docx")]
    pdfs = libreoffice_pdfs(docxs) if SOFFICE else []
    return {f"{path.stem}.{path.suffix[1:]}": path for path in [*docxs, *pdfs]}


def _import(source, folder):
    """The data ``source`` imports as, written in a folder of its own under ``folder``."""
    out = folder / f"{source.name}-imported"
    out.mkdir()
    return data_of(imported(source, out))


@pytest.fixture(scope="module")
def on_top(documents, tmp_path_factory):
    """The report signed under its title, as a web page, a DOCX and (where LibreOffice is) that DOCX's PDF: its data."""
    folder = tmp_path_factory.mktemp("on-top")
    page = folder / "page.html"
    page.write_text(_page(_body(), SIGNED_ON_TOP), encoding="utf-8")
    sources = {
        "html": page,
        **{kind: documents[f"on-top.{kind}"] for kind in ("docx", "pdf") if f"on-top.{kind}" in documents},
    }
    return {kind: _import(source, folder) for kind, source in sources.items()}


@pytest.mark.parametrize("kind", ["html", "docx", "pdf"])
def test_a_signature_and_date_centred_under_the_title_are_read_as_such(on_top, kind):
    if kind not in on_top:
        pytest.skip("LibreOffice is not installed")
    data = on_top[kind]
    assert data["date"] == dt.date(2023, 1, 12)
    assert "title" not in data  # the title is the agency's and year's as printed: none of the 署名's lines in it
    assert data["agency"] == "河湾县应急管理局"
    assert data["preamble"] == [INTRO]
    assert data["sections"]["overview"] == [PARTS[0][1]]
    assert data["sections"]["other"] == [PARTS[5][1]]


def test_a_line_of_the_sites_links_after_the_article_is_no_text_of_the_last_part(tmp_path):
    links = (
        '<div>相关链接：<a href="http://a.example">河湾县人民政府</a> | '
        '<a href="http://b.example">河湾县财政局</a></div>'
    )
    page = tmp_path / "page.html"
    page.write_text(_page(_body(), SIGNED_ON_TOP, links), encoding="utf-8")
    result = imported(page, tmp_path)
    assert data_of(result)["sections"]["other"] == [PARTS[5][1]]
    assert any(f.message.startswith("文末的网页链接“相关链接：河湾县人民政府") for f in result.findings)


def test_a_line_of_text_with_a_link_in_it_stays_text(tmp_path):
    """Only a line that is the site's links and their title goes: a sentence with a link in it is the report's."""
    said = '相关政策解读见<a href="http://a.example">县政府网站</a>。'
    page = tmp_path / "page.html"
    page.write_text(_page(_body([*PARTS[:5], (PARTS[5][0], said)]), SIGNED_ON_TOP), encoding="utf-8")
    assert data_of(imported(page, tmp_path))["sections"]["other"] == ["相关政策解读见县政府网站。"]


def test_a_heading_joining_problems_and_other_matters_puts_its_text_under_problems(tmp_path):
    joined = PARTS[:4] + [
        (
            "五、存在的主要问题及改进情况和其他需要报告的事项",
            "基层公开力量薄弱。计划组织培训两次。本年度未收取信息处理费。",
        )
    ]
    page = tmp_path / "page.html"
    page.write_text(
        _page(_body(joined), after='<p style="text-align:right">河湾县应急管理局<br>2023年1月12日</p>'),
        encoding="utf-8",
    )
    result = imported(page, tmp_path)
    sections = data_of(result)["sections"]
    assert sections["problems"] == [joined[4][1]]
    assert "other" not in sections  # no placeholder: its text, if any, is in 五
    messages = [f.message for f in result.findings]
    assert any(
        "“五、存在的主要问题及改进情况和其他需要报告的事项”把“存在的主要问题及改进情况”和“其他需要报告的事项”两个部分合在一起"
        in m
        and "sections.other" in m
        for m in messages
    )
    assert not [m for m in messages if "没有找到“" in m or "六个部分之一" in m]


def test_a_general_situation_without_its_heading_is_that_part(tmp_path):
    """The parts begin at 二's title numbered 一、: the paragraphs after the preamble's are the 总体情况."""
    overview = ["2022年，县应急管理局围绕安全生产做好公开，全年发布预警信息64条。", "全年开展公开业务培训2次。"]
    parts = [(f"{'一二三四五'[n]}、{heading.split('、', 1)[1]}", text) for n, (heading, text) in enumerate(PARTS[1:])]
    page = tmp_path / "page.html"
    page.write_text(_page(_body(parts, (INTRO, *overview)), SIGNED_ON_TOP), encoding="utf-8")
    result = imported(page, tmp_path)
    data = data_of(result)
    assert data["preamble"] == [INTRO]
    assert data["sections"]["overview"] == overview
    assert data["sections"]["problems"] == [PARTS[4][1]]
    messages = [f.message for f in result.findings]
    assert "没有“总体情况”的标题：第一个部分标题之前、前言之后的 2 段文字已作为“一、总体情况”导入：请核对" in messages
    assert not [m for m in messages if "没有找到“总体情况”部分" in m]


def test_a_preamble_that_speaks_of_the_report_stays_the_preamble(tmp_path):
    """Without a 总体情况 part, paragraphs about the report itself (统计期限, 联系) are still the preamble's."""
    intro = [INTRO, "本报告中所列数据的统计期限为2022年1月1日至12月31日。"]
    page = tmp_path / "page.html"
    page.write_text(_page(_body(PARTS[1:], intro), SIGNED_ON_TOP), encoding="utf-8")
    result = imported(page, tmp_path)
    assert data_of(result)["preamble"] == intro
    assert any("没有找到“总体情况”部分" in f.message for f in result.findings)


def _bold_lead_docx(path):
    """Parts 一 and 二 a bold run with their text run in after it in one paragraph, the others bold paragraphs."""
    document = docx.Document()
    document.add_paragraph().add_run(TITLE).bold = True
    document.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for n, (heading, text) in enumerate(PARTS):
        paragraph = document.add_paragraph()
        paragraph.add_run(heading).bold = True
        (paragraph if n < 2 else document.add_paragraph()).add_run(text)
    for line in ("河湾县应急管理局", "2023年1月12日"):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(path)
    return path


@pytest.mark.parametrize("kind", ["html", "docx", "pdf"])
def test_a_bold_heading_with_its_text_run_in_on_its_line_is_the_parts_heading(documents, tmp_path, kind):
    """<b>一、总体情况</b>全年……: both paragraphs were read as one text (二's words in 一's part, or the preamble); in
    the PDF, whose fonts do not show the bold, the part's title right after its number is the heading."""
    if kind == "html":
        source = tmp_path / "page.html"
        body = "".join(
            f"<p><strong>{h}</strong>{t}</p>" if n < 2 else f"<p><b>{h}</b></p><p>{t}</p>"
            for n, (h, t) in enumerate(PARTS)
        )
        source.write_text(_page(body, SIGNED_ON_TOP), encoding="utf-8")
    elif f"bold-lead.{kind}" not in documents:
        pytest.skip("LibreOffice is not installed")
    else:
        source = documents[f"bold-lead.{kind}"]
    sections = _import(source, tmp_path)["sections"]
    assert sections["overview"] == [PARTS[0][1]]
    assert sections["active_disclosure"] == [PARTS[1][1]]
    assert sections["problems"] == [PARTS[4][1]]


def test_a_bold_lead_that_is_no_numbered_heading_stays_in_its_paragraph(tmp_path):
    """A bold phrase opening a paragraph (no number: 特别说明) is the paragraph's own words."""
    said = "<strong>特别说明</strong>本年度未收取信息处理费。"
    source = tmp_path / "page.html"
    source.write_text(_page(_body([*PARTS[:5], (PARTS[5][0], said)]), SIGNED_ON_TOP), encoding="utf-8")
    assert data_of(imported(source, tmp_path))["sections"]["other"] == ["特别说明本年度未收取信息处理费。"]


def test_a_bold_number_alone_is_no_heading_of_its_own(tmp_path):
    """<b>一、</b>总体情况 and its text: the number bold, the words not; one paragraph, as before."""
    parts = [(f"<b>{h[:2]}</b>{h[2:]}", t) for h, t in PARTS]
    source = tmp_path / "page.html"
    source.write_text(_page(_body(parts), SIGNED_ON_TOP), encoding="utf-8")
    sections = _import(source, tmp_path)["sections"]
    assert sections["overview"] == [PARTS[0][1]]
    assert sections["other"] == [PARTS[5][1]]
