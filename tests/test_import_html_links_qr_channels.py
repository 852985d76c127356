"""More shapes of the pages agencies publish: a title over the site's links without a colon (相关链接, 相关文件) and a
footer line after them, a QR code's box (its picture and 扫一扫 beside it) under the title, a column of the site's links
beside the article in a page laid out in a table, a channel page listing articles instead of one, a page saved as one
file (.mht) whose article is in a frame's part of it, and the files an attachment's links name. None of the site's is
the report's; what the import cannot read is named."""
from __future__ import annotations

import quopri

import pytest
import yaml

from reportkit.errors import ReportkitError

from test_import_html_site_chrome import FOOTER, MENU, SAMPLE, _article, _imported, _messages, _rendered
from test_import_html_platform_catalogue import _bare, _page

from _import_helpers import imported


@pytest.mark.parametrize("tail, left", [
    ('<p>相关链接</p><p><a href="http://www.gov.cn">中国政府网</a></p><p><a href="/sz/">市政府门户网站</a></p>',
     ["相关链接", "中国政府网", "市政府门户网站"]),
    ('<h3>相关文件</h3><p><a href="/a/31.html">某县政府信息公开指南</a></p>', ["相关文件", "某县政府信息公开指南"]),
    ('<p>相关链接：</p><p><a href="http://www.gov.cn">中国政府网</a></p><p>主办单位：某县人民政府办公室　网站标识码：5101230001</p>',
     ["相关链接：", "中国政府网"]),
], ids=["bare", "heading", "footed"])
def test_a_sites_title_over_its_links_without_a_colon_is_left_out_with_them(tmp_path, tail, left):
    """A report ending in its 署名 without a 成文日期, then the site's links under 相关链接 or 相关文件 with no colon
    (a paragraph, a heading): the title stayed the last part's text. Under a title with its colon, links followed by a
    footer line of the site's (主办单位): the title and the links stayed. Each is the site's, in its finding."""
    title, _, undated = _bare(tmp_path)
    _, expected = _imported(tmp_path, "bare", _page(title, undated))
    result, data = _imported(tmp_path, "site", _page(title, undated, tail))
    assert data == expected
    assert data["sections"]["other"][-1] == "本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"
    assert [m for m in _messages(result) if "文末的网页链接" in m] == [f"文末的网页链接“{w}”未导入" for w in left]


def test_a_short_last_line_not_worded_as_a_sites_title_stays_over_a_link(tmp_path):
    """The other side: the report's own short last line (no colon, not worded as a title of links) over a lone link
    stays the last part's text; the link goes."""
    title, _, undated = _bare(tmp_path)
    closing = undated.replace("办理结果均已公开。</p>", "办理结果均已公开。</p><p>欢迎社会各界监督</p>")
    assert closing != undated
    result, data = _imported(tmp_path, "site", _page(title, closing, '<p><a href="/zwgk/">返回栏目</a></p>'))
    assert data["sections"]["other"][-1] == "欢迎社会各界监督"
    assert "文末的网页链接“返回栏目”未导入" in _messages(result)


INFO = '<div class="info">发布时间：2024-01-26 09:30　来源：本站</div>'
CODES = {
    "box": '<div class="ewm"><img src="/images/qr_code.png"><p>扫一扫在手机打开当前页</p></div>',
    "script": ('<div class="share"><div id="qrcode" title="https://www.example.gov.cn/art/2024/1/26/art_1.html">'
               '<canvas width="100" height="100" style="display: none;"></canvas><img alt="Scan me!" '
               'src="data:image/png;base64,iVBORw0KGgo=" style="display: block;"></div><span>扫一扫在手机打开当前页</span></div>'),
    "pieces": ('<div class="code"><div><img src="/qr.png" alt="二维码"></div><div><span>扫一扫</span>'
               '<span>在手机打开当前页</span></div></div>'),
    "siblings": '<div class="qr"><img src="/qr.png"></div><div class="qr-text">扫一扫在手机打开当前页</div>',
}


@pytest.mark.parametrize("code", CODES)
def test_a_qr_codes_box_under_the_title_is_no_preamble(tmp_path, code):
    """The site's QR code under the title and date line (its picture, and 扫一扫在手机打开当前页 beside it in the box,
    or in a block next to the picture's; as a page saved whole keeps what the site's script drew): the words were read
    as the preamble and the picture as the text's. The box is the site's: left out, in one finding."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    result, data = _imported(tmp_path, "site", _page(title, INFO, CODES[code], article))
    assert data == expected
    assert "网页上的二维码“扫一扫在手机打开当前页”未导入" in _messages(result)
    assert not [m for m in _messages(result) if "图片" in m]


def test_a_qr_code_in_a_cell_of_a_page_laid_out_in_a_table_goes_and_the_cell_stays(tmp_path):
    """An older site's page laid out in a table: the QR code and its words in a cell between the title's and the
    article's. The cell's content is the site's."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    html = _page(f'<table width="980"><tr><td>{title}</td></tr><tr><td align="center"><img src="/qr.png"><br>'
                 f"扫一扫在手机打开当前页</td></tr><tr><td>{article}</td></tr></table>")
    result, data = _imported(tmp_path, "table", html)
    assert data == expected
    assert "网页上的二维码“扫一扫在手机打开当前页”未导入" in _messages(result)


def test_a_picture_the_text_asks_to_scan_is_still_the_texts(tmp_path):
    """The other side: a picture of a code in the article, under a sentence that asks readers to scan it, is the
    article's picture (said as one), and the sentence its text."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    sentence = "群众可用手机扫描下方二维码，查看本局政务公开专栏。"
    shown = article.replace("<h2>二、", f'<p>{sentence}</p><p><img src="/u/qr.png"></p><h2>二、', 1)
    result, data = _imported(tmp_path, "text", _page(title, shown))
    assert data["sections"]["overview"][-1]["content"][-1] == sentence
    assert [m for m in _messages(result) if "图片" in m][0].startswith("正文里的图片（第 20 段后）未导入")
    assert not [m for m in _messages(result) if "二维码" in m]


SIDEBARS = {
    "titled": ('<table width="100%"><tr><td class="tit">热点信息</td></tr><tr><td><a href="/a/1.html">关于开展耕地保护专项检查的通知'
               '</a></td></tr><tr><td><a href="/a/2.html">某县国土空间总体规划草案公示</a></td></tr></table>'),
    "dated": ('<table width="100%"><tr><td><a href="/a/1.html">关于开展耕地保护专项检查的通知</a></td><td>2024-03-02</td></tr>'
              '<tr><td><a href="/a/2.html">某县国土空间总体规划草案公示</a></td><td>2024-02-18</td></tr></table>'),
}


@pytest.mark.parametrize("sidebar", SIDEBARS)
def test_a_column_of_links_beside_the_article_in_a_layout_table_is_the_sites(tmp_path, sidebar):
    """An older site's page laid out in a table, the article in one cell and, in the cell right of it, a small table
    of the site's links (under a short title; or each with its date in a cell of its own). The links' table was read
    as a table of the report's (“不是表二、表三或表四”) and the 署名 and 成文日期 over it as part 六's text; the links'
    dates as the 成文日期 and a link as the 署名. The links are the site's: the article reads as it does alone."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    html = _page(f'<table width="1000"><tr><td valign="top">{title}{article}</td><td width="260" valign="top">'
                 f"{SIDEBARS[sidebar]}</td></tr></table>")
    result, data = _imported(tmp_path, "table", html)
    assert data == expected and str(data["date"]) == "2024-01-25"
    assert not [f for f in result.findings if f.rule != "skipped"]


ARTICLES = [("某县自然资源局2023年政府信息公开工作年度报告", "2024-01-26"), ("某县自然资源局2022年政府信息公开工作年度报告", "2023-01-30"),
            ("关于公布第一批行政许可结果的公告", "2023-12-20"), ("某县自然资源局2021年政府信息公开工作年度报告", "2022-01-28"),
            ("某县国土空间总体规划草案公示", "2021-11-02")]
PAGER = ('<div class="page">共3页 <span>1</span> <a href="index_1.html">2</a> <a href="index_1.html">下一页</a> '
         '<a href="index_2.html">尾页</a></div>')
LISTS = {
    "list": ('<div class="box"><div class="tit">年度报告</div><ul class="list">' + "".join(
        f'<li><a href="/a/{k}.html" title="{t}">{t}</a><span>{d}</span></li>' for k, (t, d) in enumerate(ARTICLES))
        + "</ul></div>"),
    "table": ('<table class="zfxxgk"><tr><th>序号</th><th>名称</th><th>发布日期</th></tr>' + "".join(
        f'<tr><td>{k + 1}</td><td><a href="/a/{k}.html">{t}</a></td><td>{d}</td></tr>' for k, (t, d) in enumerate(ARTICLES))
        + "</table>"),
    "dated": ("<ul>" + "".join(f'<li><a href="/a/{k}.html"><span class="t">{t}</span><span class="d">[{d}]</span></a></li>'
                               for k, (t, d) in enumerate(ARTICLES)) + "</ul>"),
}
#: The list under a long footer in a box its class does not name as one (its lines worded as a site's).
LISTS["footed"] = LISTS["list"] + (
    '<div class="ft"><p>主办单位：某县人民政府办公室　承办单位：某县大数据发展中心　技术支持：某某信息技术有限公司</p>'
    '<p>网站标识码：5101230001　蜀ICP备12345678号-1　蜀公网安备51012302000123号　建议使用1366×768分辨率浏览本站</p>'
    "<p>版权所有：某县人民政府　未经授权禁止复制或建立镜像，转载本站信息请注明出处并链接到本站首页</p>"
    "<p>网站地图　联系我们　网站声明　隐私保护　使用帮助　运维电话：0000-7654321　值班时间：工作日上午九时至下午五时</p></div>")


@pytest.mark.parametrize("shape", LISTS)
def test_a_channel_page_listing_articles_is_said_to_be_a_list(tmp_path, shape):
    """A site's channel page (its menu, the column's list of articles: each title a link with its date, in a list, a
    table or the date in the link; a pager; the footer, named as one or not) saved instead of the article's page: the import said only
    that no part of a report was found. It says that the page lists articles, and to save the article's own page."""
    html = ('<html><head><meta charset="utf-8"><title>年度报告_某县人民政府</title></head><body>' + MENU
            + LISTS[shape] + PAGER + FOOTER + "</body></html>")
    with pytest.raises(ReportkitError) as raised:
        _imported(tmp_path, "channel", html)
    assert "这个网页是网站栏目的文章列表（列出了 5 篇文章的标题和日期，如“某县自然资源局2023年政府信息公开工作年度报告”" \
           "“某县自然资源局2022年政府信息公开工作年度报告”），不是文章本身：请在浏览器里点开要导入的那篇文章，" \
           "在文章自己的页面上另存为网页后再导入" in str(raised.value)


def test_an_article_over_a_list_of_other_articles_is_read(tmp_path):
    """The other side: an article followed by the site's list of five other articles with their dates (no title
    over it) is the article: imported, the list left out, its 成文日期 its own."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    result, data = _imported(tmp_path, "article", _page(title, article, LISTS["dated"]))
    assert str(data["date"]) == "2024-01-25"
    assert data["sections"]["other"] == ["本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"]
    assert len([m for m in _messages(result) if m.startswith("成文日期之后的")]) == 5


def test_an_article_of_pictures_over_a_list_of_others_is_no_list(tmp_path):
    """The other side: an article published as pictures (its title, the date line, scanned pages) over the site's
    list of three other articles with their dates is no channel page: the title says it is an article."""
    title, _ = _article(_rendered(SAMPLE, tmp_path))
    pictures = "".join(f'<p style="text-align:center"><img src="/u/W02024012600{k}.jpg"></p>' for k in range(6))
    html = _page(MENU, title, INFO, pictures, "<ul>" + "".join(
        f'<li><a href="/a/{k}.html">{t}</a><span>{d}</span></li>' for k, (t, d) in enumerate(ARTICLES[2:])) + "</ul>")
    with pytest.raises(ReportkitError) as raised:
        _imported(tmp_path, "pictures", html)
    assert "文章列表" not in str(raised.value)


PAGE_AT = "https://www.example.gov.cn/art/2024/1/26/art_1.html"
FRAME_AT = "https://www.example.gov.cn/module/content.jsp?id=12345"


def _archive(main: str, frame: str | None, frame_id: str | None = None) -> bytes:
    """``main`` and its frame's document ``frame`` as a browser saves them in one file (.mht): MIME parts, each
    quoted-printable, named by their addresses (Content-Location) and ``frame`` by ``frame_id`` too (Content-ID)."""
    out = [f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {PAGE_AT}\r\nSubject: page\r\nMIME-Version: 1.0\r\n"
           'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--K----"\r\n\r\n']
    for address, name, html in [(PAGE_AT, None, main)] + ([(FRAME_AT, frame_id, frame)] if frame else []):
        out.append("------MultipartBoundary--K----\r\nContent-Type: text/html\r\n" + (f"Content-ID: <{name}>\r\n" if name else "")
                   + f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {address}\r\n\r\n"
                   + quopri.encodestring(html.encode("utf-8")).decode("ascii") + "\r\n")
    return "".join(out + ["------MultipartBoundary--K------\r\n"]).encode("ascii")


def _framed(title: str, address: str) -> str:
    return _page(title, INFO, f'<iframe src="{address}" width="100%" height="2000" frameborder="0"></iframe>')


@pytest.mark.parametrize("address, frame_id", [("/module/content.jsp?id=12345", None),
                                               ("cid:frame-5E2B7C@mhtml.blink", "frame-5E2B7C@mhtml.blink")],
                         ids=["location", "content-id"])
def test_an_mht_whose_article_is_in_a_frames_part_is_read_from_it(tmp_path, address, frame_id):
    """A page saved as one file (.mht) whose article a frame loads: the frame's document is another part of the same
    file, named by its address (as the page writes it, relative to the page's) or by its Content-ID (cid:, as Chrome
    saves it). The import said the article was elsewhere; it reads the part in the frame's place, the title over it."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    source = tmp_path / "saved.mht"
    source.write_bytes(_archive(_framed(title, address), _page(article), frame_id))
    result = imported(source, tmp_path)
    assert yaml.safe_load(result.target.read_text(encoding="utf-8")) == expected
    assert [f.rule for f in result.findings] == ["skipped"]  # the date line under the title


def test_an_mht_without_its_frames_part_says_where_the_article_is(tmp_path):
    """The other side: a .mht holding no part for the frame (its article never loaded) says where the article is,
    as a page saved alone does; nothing is fetched."""
    title, _ = _article(_rendered(SAMPLE, tmp_path))
    source = tmp_path / "saved.mht"
    source.write_bytes(_archive(_framed(title, "/module/content.jsp?id=12345"), None))
    with pytest.raises(ReportkitError) as raised:
        imported(source, tmp_path)
    assert "它是由网页中的框架（iframe）从“/module/content.jsp?id=12345”载入的" in str(raised.value)


def test_the_files_an_attachments_links_name_are_said(tmp_path):
    """附件： over links whose text names a file (附件1.xls): the finding quoted only “附件：”, naming no file (the
    page's file names are said only where a link's text names none). It names each linked file."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    files = ('<p>附件：</p><p><a href="/u/W020240126.xls">附件1.xls</a></p>'
             '<p><a href="/u/W020240127.docx">附件2.docx</a></p>')
    result, data = _imported(tmp_path, "files", _page(title, article, files))
    assert "attachments" not in data
    assert [m for m in _messages(result) if "附件" in m] == [
        "成文日期之后的附件（从“附件：”起，链接的文件“附件1.xls”“附件2.docx”）未导入"]
