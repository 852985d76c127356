"""More shapes of the pages agencies publish: a report published as pictures of its pages (no text to read), a
channel page whose items carry a summary under each title, and the platforms' other shapes of an article. What the
import cannot read is said, with what to do; nothing is fetched."""
from __future__ import annotations

import re

import lxml.html
import pytest

from reportkit.errors import ReportkitError

from test_import_html_site_chrome import FOOTER, MENU, SAMPLE, _article, _imported, _messages, _rendered, _site
from test_import_html_platform_catalogue import _page, _pictured
from test_import_html_links_qr_channels import ARTICLES, INFO, PAGER

#: What the import says of a report published as pictures, after how to get the text.
TYPE_IT = "，或对照图片把报告录入成文字（存为 .docx 或 .txt）后再导入"


def _scans(count: int, shape: str = "{}") -> str:
    """``count`` scanned pages, each a picture alone in its paragraph (``shape``: its markup around the <img>)."""
    return "".join('<p style="text-align:center">' + shape.format(f'<img src="/u/W0202401260{k}.jpg" width="900">')
                   + "</p>" for k in range(count))


@pytest.mark.parametrize("shape, count, files, how", [
    ("{}", 6, "", "请下载机关在网站上提供的 PDF 或 DOCX 文件（多在文末的“附件”“下载”处）后导入"),
    ('<a href="/u/W020240126_big.jpg" target="_blank">{}</a>', 3,
     '<p>附件：<a href="/u/P020240126.pdf">某县自然资源局2023年政府信息公开工作年度报告</a></p>',
     "请下载网页上链接的文件“某县自然资源局2023年政府信息公开工作年度报告”（P020240126.pdf）后导入"),
    ("{}", 1, '<p>附件：<a href="/u/P020240126.docx">年报全文.docx</a>　<a href="/u/P020240126.xls">统计表.xls</a></p>',
     "请下载网页上链接的文件“年报全文.docx”后导入"),
], ids=["bare", "enlarged", "one"])
def test_a_report_published_as_pictures_of_its_pages_is_said_so(tmp_path, shape, count, files, how):
    """The site's page of a report published as scanned pages (each an <img> alone in its paragraph; linked to the
    picture enlarged; one long picture), the site's menu, logo, buttons and footer around them: the import said only
    that no part of a report was found. It says that the report is pictures, how many, and what to do: download the
    file the page offers (named, where it links one the import reads), or type the report in."""
    title, _ = _article(_rendered(SAMPLE, tmp_path))
    with pytest.raises(ReportkitError) as raised:
        _imported(tmp_path, "pictures", _site(title, _scans(count, shape) + files))
    assert f"这个网页上的报告是以图片发布的（正文是 {count} 张图片，没有文字），图片里的字读不出来，未导入：{how}{TYPE_IT}" \
        in str(raised.value)


def test_scanned_pages_in_a_layout_table_are_pictures_of_the_report(tmp_path):
    """An older site's page laid out in a table: the title in one cell, the scanned pages in the next."""
    title, _ = _article(_rendered(SAMPLE, tmp_path))
    html = _page(f'<table width="980"><tr><td>{title}</td></tr><tr><td>{INFO}</td></tr><tr><td>{_scans(4)}</td></tr>'
                 "</table>")
    with pytest.raises(ReportkitError) as raised:
        _imported(tmp_path, "table", html)
    assert "这个网页上的报告是以图片发布的（正文是 4 张图片，没有文字）" in str(raised.value)


@pytest.mark.parametrize("pictures", ['<p><img src="/i/print.gif" width="16" height="16"></p><p><a href="/">'
                                      '<img src="/i/banner.jpg"></a></p>',
                                      '<p>网站将于本周六进行升级维护，届时暂停访问。</p><p style="text-align:right">'
                                      '<img src="/u/seal.png" width="160"></p>'], ids=["icons", "seal"])
def test_a_page_with_no_report_and_small_pictures_is_no_report_of_pictures(tmp_path, pictures):
    """The other side: a page holding no report, only the site's logo (beside words), a banner linking elsewhere and
    small icons, or a short notice with one small picture (a seal), is not said to be a report of pictures."""
    html = _page(MENU, '<div class="title">网站维护公告</div>', pictures, FOOTER)
    with pytest.raises(ReportkitError) as raised:
        _imported(tmp_path, "icons", html)
    assert "图片" not in str(raised.value)


def test_a_report_with_its_tables_as_pictures_is_still_read(tmp_path):
    """The other side: a report whose text is on the page, its statistics tables pictures, is imported."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, data = _imported(tmp_path, "tables", _page(title, _pictured(article, ["", "", ""])))
    assert data["sections"]["other"][-1] == "本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"


#: A summary under each listed article's title, as a channel page prints it (written for this test).
SUMMARIES = ["全年主动公开政府信息六百余条，依申请公开办理平稳有序，现将本局年度报告全文向社会发布，欢迎查阅并提出意见建议。",
             "本报告回顾了上一年度本局政府信息公开工作的主要做法和取得的成效，并按规定附列了各项统计数据，供社会公众查阅。",
             "为方便群众及时了解办理结果，现将本局第一批行政许可事项的办理结果予以公告，请相关申请人留意查收有关文书。",
             "本报告按照条例的要求编制，内容包括总体情况、主动公开、依申请公开、复议诉讼、问题改进和其他事项等六个部分。",
             "规划草案现依法向社会公示，公示期间欢迎社会各界通过信函、电子邮件等方式提出意见和建议，我们将认真研究吸纳。"]
ITEMS = list(enumerate(zip(ARTICLES, SUMMARIES)))
SUMMARISED = {
    "li": "<ul>" + "".join(f'<li><a href="/a/{k}.html">{t}</a><p>{s}</p><span>{d}</span></li>'
                           for k, ((t, d), s) in ITEMS) + "</ul>",
    "boxes": "".join(f'<div class="item"><h3><a href="/a/{k}.html">{t}</a></h3><p class="summary">{s}</p>'
                     f'<div class="date">{d}</div></div>' for k, ((t, d), s) in ITEMS),
    "dl": "<dl>" + "".join(f'<dt><a href="/a/{k}.html">{t}</a><span>{d}</span></dt><dd>{s}</dd>'
                           for k, ((t, d), s) in ITEMS) + "</dl>",
    "in-link": "<ul>" + "".join(f'<li><a href="/a/{k}.html"><h3>{t}</h3><p>{s}</p><span>{d}</span></a></li>'
                                for k, ((t, d), s) in ITEMS) + "</ul>",
    "more": "<ul>" + "".join(f'<li><a href="/a/{k}.html">{t}</a><p>{s[:30]}……<a href="/a/{k}.html">[详细]</a></p>'
                             f"<span>{d}</span></li>" for k, ((t, d), s) in ITEMS) + "</ul>",
    "date-first": "<ul>" + "".join(f'<li><span class="date">{d}</span><a href="/a/{k}.html">{t}</a><div>{s}</div></li>'
                                   for k, ((t, d), s) in ITEMS) + "</ul>",
}


@pytest.mark.parametrize("shape", SUMMARISED)
def test_a_channel_page_with_a_summary_under_each_title_is_said_to_be_a_list(tmp_path, shape):
    """A channel page whose items carry a summary (in the item, under the title; in the link with it; cut short before
    a 详细 link to the same article; in a <dd> of its own after the title's <dt>): the import said only that no part of
    a report was found. It says that the page lists articles, as for a list without summaries."""
    html = ('<html><head><meta charset="utf-8"><title>年度报告_某县人民政府</title></head><body>' + MENU
            + SUMMARISED[shape] + PAGER + FOOTER + "</body></html>")
    with pytest.raises(ReportkitError) as raised:
        _imported(tmp_path, "channel", html)
    assert "这个网页是网站栏目的文章列表（列出了 5 篇文章的标题和日期，如“某县自然资源局2023年政府信息公开工作年度报告”" \
           "“某县自然资源局2022年政府信息公开工作年度报告”），不是文章本身" in str(raised.value)


def test_paragraphs_opening_with_a_dated_link_are_the_articles(tmp_path):
    """The other side: an article whose paragraphs open with a link to a document and its date, a sentence after
    them, is read as the article."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    cited = "".join(f'<p><a href="/a/{k}.html">{t}</a>（{d}）已在本局专栏发布，群众可随时查阅。</p>' for k, (t, d) in enumerate(ARTICLES[:3]))
    shown = article.replace("<p>本年度办理县人大代表建议6件", cited + "<p>本年度办理县人大代表建议6件")
    _, data = _imported(tmp_path, "cited", _page(title, shown))
    assert data["sections"]["other"][-4:-1] == [f"{t}（{d}）已在本局专栏发布，群众可随时查阅。" for t, d in ARTICLES[:3]]
    assert str(data["date"]) == "2024-01-25"


def _title_words(title: str) -> str:
    """The words of the title :func:`_article` gives, on one line."""
    return re.sub(r"<[^>]+>", "", title)


def test_an_articles_own_header_and_footer_are_read(tmp_path):
    """An HTML5 page: the article in <article>, its title and date line in the article's <header>, its parts in
    <section>s, its 署名 and 成文日期 in the article's <footer>; the site's <header> and <footer> outside it. The
    article's header and footer were skipped as the site's: no title was found, and the 署名 and 成文日期 were lost
    without a word. They are the article's: it reads as the article alone does."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    signature = re.search(r'<div class="signature">.*?</div>', article, re.S).group()
    parts = re.split(r"(?=<h2>)", article.replace(signature, ""))
    html = _page('<header class="top"><div class="logo">某县人民政府</div><nav><a href="/">首页</a></nav></header><main><article>'
                 f'<header><h1>{_title_words(title)}</h1><p class="meta">发布时间：2024-01-26</p></header>{parts[0]}'
                 + "".join(f"<section>{part}</section>" for part in parts[1:])
                 + f"<footer>{signature}<p>责任编辑：王五</p></footer></article></main>"
                 '<footer class="site"><p>主办单位：某县人民政府办公室</p></footer>')
    result, data = _imported(tmp_path, "html5", html)
    assert data == expected and str(data["date"]) == "2024-01-25"
    assert not [m for m in _messages(result) if "没有找到" in m]
    assert "成文日期之后的“责任编辑：王五”未导入" in _messages(result)


def _wechat(title: str, article: str, more: str = "") -> str:
    """``title`` and ``article`` as a WeChat (公众号) article's saved page: the headings bold paragraphs, the text
    in styled spans, each part in a <section>; the account's line under the title, 阅读原文 and the words of the
    dialogs the page's script shows after the article; ``more`` at the article's start."""
    body = re.sub(r"<h2>(.*?)</h2>", r'<p><strong><span style="font-size:17px;color:#0052a3;">\1</span></strong></p>',
                  article)
    body = re.sub(r"<h[34]>(.*?)</h[34]>", r'<p style="text-indent:2em;"><strong>\1</strong></p>', body)
    body = re.sub(r"<p>(?!<)(.*?)</p>", r'<p style="text-indent:2em;"><span style="font-size:16px;">\1</span></p>', body)
    body = re.sub(r'<div class="signature">(.*?)</div>', lambda m: m.group(1).replace("<p>", '<p style="text-align:right;">'),
                  body, flags=re.S)
    body = "".join(f"<section>{part}</section>" for part in re.split(r"(?=<p><strong>)", more + body))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + _title_words(title) + '</title></head>'
            '<body id="activity-detail" class="zh_CN"><div id="js_article" class="rich_media"><div id="img-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n  {_title_words(title)}\n</h1>'
            '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_text">某县自然资源局</span>'
            '<span id="profileBt"><a href="javascript:void(0);" id="js_name">某县自然资源</a></span>'
            '<em id="publish_time" class="rich_media_meta_text">2024-01-26 18:05</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{body}</div>'
            '<div class="rich_media_tool_area"><a id="js_view_source" href="https://www.example.gov.cn/art/1.html">阅读原文</a>'
            '<span>阅读 <span id="readNum3">1024</span></span></div><div id="js_pc_qr_code"><img src="/mp/qrcode?scene=1">'
            "<p>微信扫一扫<br>关注该公众号</p></div></div></div>"
            "<div class=\"weui-dialog__bd\">：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏</div>"
            '<script>var msg_title = "";</script></body></html>')


def test_a_wechat_article_is_read_as_the_article_alone(tmp_path):
    """A WeChat (公众号) article saved from its page: the account's line under the title (its name, the time it was
    sent) was read as the preamble, and the words of the page's dialogs after the 成文日期 (“：，。视频小程序赞…”) hid
    the date (a placeholder). Only the title and the article are read; the rest is named."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    result, data = _imported(tmp_path, "wechat", _wechat(title, article))
    assert data == expected and str(data["date"]) == "2024-01-25"
    assert [m for m in _messages(result) if "微信" in m] == [
        "微信公众号文章的作者和发送时间“某县自然资源局某县自然资源2024-01…”未导入",
        "微信公众号页面上的其他文字“阅读原文阅读1024微信扫一扫关注该公众…”未导入"]


def _in_divs(found) -> str:
    """A table (``found``: its markup) as a site sets it in <div>s, each merged cell written once."""
    table = lxml.html.fragment_fromstring(found.group())
    return '<div class="table">' + "".join(
        '<div class="tr">' + "".join(f'<div class="td">{cell.text_content()}</div>' for cell in row.xpath("./td|./th"))
        + "</div>" for row in table.iter("tr")) + "</div>"


def test_a_table_set_in_divs_is_read_as_a_table(tmp_path):
    """表二 to 表四 set in <div>s (class table, tr, td; their merged cells written once): each cell was a paragraph,
    the tables not found and their row labels read as parts. They are read as tables, as a table whose spans a site
    stripped is."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    divs = re.sub(r"<table.*?</table>", _in_divs, article, flags=re.S)
    assert "<table" not in divs
    _, data = _imported(tmp_path, "divs", _page(title, divs))
    assert data["tables"] == expected["tables"] and data == expected
    styled = divs.replace('class="table"', 'style="display: table"').replace('class="tr"', 'style="display:table-row"')
    _, data = _imported(tmp_path, "styled", _page(title, styled.replace('class="td"', 'style="display:table-cell"')))
    assert data == expected


def test_boxes_named_like_a_table_holding_paragraphs_stay_paragraphs(tmp_path):
    """The other side: a box of class table holding rows of paragraphs and a heading is no table."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    boxed = article.replace("<h2>六、", '<div class="table"><div class="tr"><h2>六、', 1).replace(
        '<div class="signature">', '</div></div><div class="signature">')
    _, data = _imported(tmp_path, "boxed", _page(title, boxed))
    assert data == expected


ENTRIES = {
    "names": ('<table><tr><td>信息索引号：115107000080123456/2024-00012</td><td>信息分类：政务公开</td></tr><tr><td>信息名称：'
              "某县自然资源局2023年政府信息公开工作年度报告</td><td>发布机构：某县自然资源局</td></tr><tr><td>文件编号：</td><td>生成日期："
              "2024-01-25</td></tr><tr><td>公开形式：主动公开</td><td>公开时间：2024-01-26</td></tr></table>",
              "信息索引号：11510700008012…", "发布机构：某县自然资源局", "生成日期：2024-01-25"),
    "units": ('<div class="xxgk-info"><ul><li><span>索引号：</span>115107000080123456/2024-00012</li><li><span>发布单位：</span>'
              "某县自然资源局</li><li><span>所属主题：</span>政务公开</li><li><span>成文时间：</span>2024-01-25</li><li><span>公开时间："
              "</span>2024-01-26</li><li><span>有效性：</span>有效</li></ul></div>",
              "索引号：1151070000801234…", "发布单位：某县自然资源局", "成文时间：2024-01-25"),
}


@pytest.mark.parametrize("shape", ENTRIES)
def test_a_catalogue_entry_with_other_labels_is_the_platforms(tmp_path, shape):
    """The platform's catalogue entry with other labels (信息索引号, 信息名称, 文件编号, 生成日期, 公开时间; 发布单位,
    所属主题, 成文时间): its lines were read before the title (“标题之前的…未导入”), and an article without its own
    成文日期 was dated by a placeholder. The entry is named as the platform's; its agency and date sign and date such
    an article, as the entry's usual labels do."""
    entry, quoted, organ, date = ENTRIES[shape]
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    result, data = _imported(tmp_path, "dated", _page(entry, title, article))
    assert data == expected
    assert [m for m in _messages(result) if "索引号" in m] == [f"网页上的公开目录信息“{quoted}”未导入"]
    unsigned = article[:article.index('<div class="signature')]
    result, data = _imported(tmp_path, "undated", _page(entry, title, unsigned))
    assert data == expected and str(data["date"]) == "2024-01-25" and data["agency"] == "某县自然资源局"
    assert f"文末没有成文日期，按网页上公开目录信息的“{organ}”“{date}”导入署名和成文日期：请与原件核对" in _messages(result)


def test_run_in_sub_headings_are_held_as_the_docx_reader_holds_them(tmp_path):
    """Sub-headings run into their paragraph in bold (<p><strong>（一）主动公开。</strong>全年……</p>), as many reports
    write them. The model has no run-in heading; the DOCX reader holds such a paragraph as one, its number and words
    at its start (docs/import.md: numbered items none of which stands alone stay text), and the renderer prints it as
    it is, so the HTML import does the same: a round trip through ``render -f html`` gives the text back exactly.
    Where one sibling stands alone as a heading, the others run in are cut into heading and text, as in a DOCX."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    run_in = re.sub(r"<h([34])>([^<]*)</h\1>\s*<p>", r"<p><strong>\2。</strong>", article)
    result, data = _imported(tmp_path, "run-in", _page(title, run_in))
    assert data["sections"]["overview"][1:4] == [
        "（一）主动公开。全年通过县政府门户网站本局专栏发布信息612条，其中国土空间规划公示27条、征地信息公开89条、建设用地审批结果143条。",
        "1.规划和用地信息。乡镇国土空间总体规划草案在批前全部公示30日，公示期间收到并答复意见41条。",
        "2.执法和处罚信息。全年作出行政处罚决定37件，均在决定作出后7个工作日内公开。"]
    assert not [f for f in result.findings if f.rule != "skipped"]
    (tmp_path / "back.yaml").write_text(result.target.read_text(encoding="utf-8"), encoding="utf-8")
    _, back = _imported(tmp_path, "back", _page(*_article(_rendered(tmp_path / "back.yaml", tmp_path))))
    assert back == data
    mixed = run_in.replace("<p><strong>（一）主动公开。</strong>", "<h3>（一）主动公开</h3><p>", 1)
    _, data = _imported(tmp_path, "mixed", _page(title, mixed))
    assert [item["heading"] for item in data["sections"]["overview"][1:]] == [
        "主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"]


@pytest.mark.parametrize("shown", [
    '<iframe src="/pdfjs/web/viewer.html?file=%2Fu%2FP020240126.pdf" width="100%" height="900"></iframe>',
    '<embed src="/u/P020240126.pdf" type="application/pdf" width="100%" height="900">',
    '<object data="/u/P020240126.pdf" type="application/pdf" width="100%" height="900"><p>您的浏览器不能显示PDF</p></object>',
], ids=["viewer", "embed", "object"])
def test_a_report_shown_as_an_embedded_pdf_is_said_to_be_that_file(tmp_path, shown):
    """The page shows the report as a PDF in a viewer (pdf.js in a frame, the file its argument; an <embed>; an
    <object>), its own text the title and the date line: the import said the article was at the viewer's address, or
    only that no part of a report was found. It names the file to download; nothing is fetched."""
    title, _ = _article(_rendered(SAMPLE, tmp_path))
    with pytest.raises(ReportkitError) as raised:
        _imported(tmp_path, "embedded", _page(title, INFO, shown))
    assert "网页里没有报告的正文，报告是网页里嵌着显示的文件“P020240126.pdf”，没有下载，未导入：请在网页上下载这个文件" \
           "（或在它显示的地方点“下载”）后导入" in str(raised.value)
