"""Importing published 2019/2021-edition reports as sites give them: a page printed to PDF by a browser (its date line
was joined into the preamble's first paragraph; 分享到, a line of links, 打印本页 and a picture's alt text were the
text of the last part or of 二), a line of a site's links typed as text after the article (the last part's text), a
document's 发布日期 line under its title (said to be the page's 网页信息) and subheadings that all run into their text
(（一）主动公开。全年…: kept as printed, but ``validate`` warned of each)."""

from __future__ import annotations

import re

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from _import_helpers import CHROMIUM, chromium_pdf, data_of, imported, printed

TITLE = "青石县市场监督管理局2022年政府信息公开工作年度报告"
PARTS = [
    ("一、总体情况", "2022年，本局围绕食品安全监管做好公开工作，全年发布抽检结果公告37期。"),
    ("二、主动公开政府信息情况", "本局全年未制发规章，公开行政许可决定215件。"),
    ("三、收到和处理政府信息公开申请情况", "全年收到申请5件，均按期答复。"),
    ("四、政府信息公开行政复议、行政诉讼情况", "全年未发生复议和诉讼。"),
    ("五、存在的主要问题及改进情况", "公开内容更新不够及时。下一步将建立月度检查制度。"),
    ("六、其他需要报告的事项", "本年度未收取信息处理费。"),
]
INTRO = "本报告依照《中华人民共和国政府信息公开条例》要求编制，数据统计期限为2022年度。"
#: What the site prints after the article: its share bar, a line of links, its buttons, its footer.
FURNITURE = (
    '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>'
    '<div class="links">相关链接：<a href="http://a.example">青石县人民政府</a> | '
    '<a href="http://b.example">青石县财政局</a></div>'
    '<div class="tools"><a href="#">打印本页</a>　<a href="#">关闭窗口</a></div>'
    '<div class="foot">主办：青石县人民政府办公室　网站标识码：0000000009</div>'
)


def _page(parts=PARTS, after: str = FURNITURE, picture: str = "") -> str:
    """A site's page: navigation, the title, its date line (set as a paragraph), the article (``picture`` under 二's
    text), no 署名 or date at its end, ``after`` it."""
    body = "".join(
        f"<p>{heading}</p><p>{text}</p>" + (picture if n == 1 else "") for n, (heading, text) in enumerate(parts)
    )
    return (
        '<html><head><meta charset="utf-8"><style>body{font-family:FandolFang}</style></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>'
        f'<div class="article"><h1 style="text-align:center">{TITLE}</h1>'
        f"<p>发布日期：2023-01-16　来源：县市场监管局　字体：[大 中 小]</p><p>{INTRO}</p>{body}</div>{after}</body></html>"
    )


@pytest.fixture(scope="module")
def furnished(tmp_path_factory):
    """The page with the site's furniture and a picture the browser could not load (alt text 表二): as HTML and
    (where Chromium is) printed to PDF, without and with the browser's header and footer (its address and “1/1”, on
    the one page: no other repeats it); the import's result for each."""
    folder = tmp_path_factory.mktemp("furnished")
    html = _page(picture='<p><img src="missing.png" alt="表二"></p>')
    page = folder / "page.html"
    page.write_text(html, encoding="utf-8")
    sources = {"html": page}
    if CHROMIUM:
        for kind in ("pdf", "pdf-running"):
            (folder / kind).mkdir()
            sources[kind] = chromium_pdf(html, folder / kind, running=kind == "pdf-running")
    results = {}
    for kind, source in sources.items():
        (folder / kind / "out").mkdir(parents=True, exist_ok=True)
        results[kind] = imported(source, folder / kind / "out")
    return results


@pytest.mark.parametrize("kind", ["html", "pdf", "pdf-running"])
def test_a_pages_date_line_and_furniture_are_no_text_of_the_report(furnished, kind):
    if kind not in furnished:
        pytest.skip("Chromium is not installed")
    result = furnished[kind]
    data = data_of(result)
    assert data["preamble"] == [INTRO]
    assert data["sections"]["active_disclosure"] == [PARTS[1][1]]  # no 表二: the picture's alt text
    assert data["sections"]["other"] == [PARTS[5][1]]
    messages = [f.message for f in result.findings]
    assert any(m.startswith("标题之后的网页信息“发布日期：2023-01-16") for m in messages)
    assert any(m.startswith("文末的网页链接“相关链接：青石县人民政府") for m in messages)


def test_a_picture_a_browser_could_not_load_is_a_picture_in_the_printed_page(furnished):
    """Chromium prints its broken-picture icon with the alt text beside it: the picture, named by that text, is where
    表二 should be (the finding says the tables look published as pictures), not a line of 二's text."""
    if "pdf" not in furnished:
        pytest.skip("Chromium is not installed")
    found = [f for f in furnished["pdf"].findings if "这些表看来是以图片发布的" in f.message]
    assert len(found) == 1 and "题为“表二”" in found[0].message


def test_a_line_of_site_links_typed_as_text_is_left_out_as_the_linked_one(tmp_path):
    """相关链接：A | B without <a>s (a site that prints the names only) after the article: left out, said so."""
    page = tmp_path / "page.html"
    page.write_text(_page(after="<div>相关链接：青石县人民政府 | 青石县财政局</div>"), encoding="utf-8")
    result = imported(page, tmp_path)
    assert data_of(result)["sections"]["other"] == [PARTS[5][1]]
    assert "文末的网页链接“相关链接：青石县人民政府 | 青石县财政…”未导入" in [f.message for f in result.findings]


def test_a_sentence_about_links_after_the_article_stays_text(tmp_path):
    said = "相关链接：本局已在县政府网站开设食品安全专栏，欢迎查阅。"
    page = tmp_path / "page.html"
    page.write_text(_page(after=f"<p>{said}</p>"), encoding="utf-8")
    assert data_of(imported(page, tmp_path))["sections"]["other"] == [PARTS[5][1], said]


def test_a_documents_date_line_under_its_title_is_called_its_publication_date_line(tmp_path):
    document = docx.Document()
    for text in (TITLE, "发布日期：2023年1月16日"):
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.paragraphs[0].runs[0].bold = True
    document.add_paragraph(INTRO)
    for heading, text in PARTS:
        document.add_paragraph().add_run(heading).bold = True
        document.add_paragraph(text)
    source = tmp_path / "report.docx"
    document.save(source)
    result = imported(source, tmp_path)
    assert data_of(result)["preamble"] == [INTRO]
    messages = [f.message for f in result.findings]
    assert "标题之后的发布日期行“发布日期：2023年1月16日”未导入" in messages
    assert not [m for m in messages if "网页信息" in m]


RUN_IN = [
    "（一）主动公开。全年发布抽检结果公告37期，更新监管信息412条。",
    "（二）依申请公开。全年收到申请5件，均按期答复。",
    "（三）平台建设。政务公开专栏新增栏目3个。",
]


def _overview_imported(folder, paragraphs: list[str]):
    """A signed and dated page whose 总体情况 is its first paragraph and ``paragraphs``: the import's result."""
    page = folder / "page.html"
    signed = '<p style="text-align:right">青石县市场监督管理局<br>2023年1月16日</p>'
    overview = "</p><p>".join([PARTS[0][1], *paragraphs])
    page.write_text(_page([(PARTS[0][0], overview), *PARTS[1:]], after=signed), encoding="utf-8")
    return imported(page, folder)


@pytest.fixture(scope="module")
def run_in(tmp_path_factory):
    """A page whose 总体情况 has three subheadings, each run into its text: the import's result and what it prints."""
    folder = tmp_path_factory.mktemp("run-in")
    result = _overview_imported(folder, RUN_IN)
    filled = folder / "filled.yaml"  # the tables' figures, which the page does not give, as none
    filled.write_text(re.sub(r"【请填写：表[^】]*】", "0", result.target.read_text(encoding="utf-8")), encoding="utf-8")
    return result, printed(filled)


def test_subheadings_that_all_run_into_their_text_stay_as_printed_and_validate_is_quiet(run_in):
    """None of the siblings stands alone: each paragraph is imported as printed (docs/import.md), and ``validate`` no
    longer warns that each opens like a numbered heading: the number and title run in are the source's, as printed."""
    result, texts = run_in
    assert data_of(result)["sections"]["overview"] == [PARTS[0][1], *RUN_IN]
    assert not [d.message for d in result.diagnostics if "开头，印出来像一个编号的小标题" in d.message]
    words = [text for _, text in texts]
    at = words.index(RUN_IN[0])
    assert words[at : at + 3] == RUN_IN


def test_numbered_sentences_still_look_like_headings_to_validate(tmp_path):
    """（一） and （二） opening sentences with figures (no title before the full stop) stay paragraphs, and ``validate``
    still says each opens like a numbered heading."""
    said = ["（一）全年收到申请5件。其中网上申请3件。", "（二）全年办结申请5件。答复均在法定期限内。"]
    result = _overview_imported(tmp_path, said)
    assert data_of(result)["sections"]["overview"] == [PARTS[0][1], *said]
    warned = [d.message for d in result.diagnostics if "开头，印出来像一个编号的小标题" in d.message]
    assert [m[:11] for m in warned] == ["这一段以“（一）”开头", "这一段以“（二）”开头"]
