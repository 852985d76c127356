"""More shapes of the pages agencies publish: a page whose report is only a linked file, text hidden by the ``hidden``
attribute, a catalogue entry naming the site's publisher, tables set in <div>s with merged cells, and the chrome of
several CMS templates around an article. None of the site's is the report's; what the import cannot read is named;
nothing is fetched."""
from __future__ import annotations

import pytest
import yaml

from reportkit.errors import ReportkitError
from reportkit.importers import html
from reportkit.importers.source import Grid

from test_import_html_site_chrome import FOOTER, MENU, PLUGINS, SAMPLE, _article, _imported, _messages, _rendered
from test_import_html_platform_catalogue import CATALOGUES, _bare, _page

from _import_helpers import imported

INFO = '<div class="info">发布时间：2024-01-26 09:30　来源：某县自然资源局</div>'
TITLE = '<div class="title">某县自然资源局2023年政府信息公开工作年度报告</div>'


@pytest.mark.parametrize("content, named", [
    ('<p>附件：<a href="/u/P020240126.pdf">某县自然资源局2023年政府信息公开工作年度报告.pdf</a></p>',
     "“某县自然资源局2023年政府信息公开工作年度报告.pdf”"),
    ('<p>现将我局2023年政府信息公开工作年度报告予以公开，全文见附件。</p><p>附件：<a href="/u/P020240126.docx">年度报告全文</a>'
     '</p><p><a href="/u/P020240126.wps">年度报告（WPS版）</a></p>',
     "“年度报告全文”（P020240126.docx）、“年度报告（WPS版）”（P020240126.wps）"),
    ('<p style="text-align:center"><a href="/attach/down.jsp?id=1234">点击下载</a></p>',
     "“点击下载”（/attach/down.jsp?id=1234）"),
    ('<p><a href="/attach/get?fid=77">2023年年度报告.doc</a></p>', "“2023年年度报告.doc”"),
], ids=["named", "sentence", "download", "shown"])
def test_a_page_whose_report_is_a_linked_file_says_which_to_download(tmp_path, content, named):
    """A page whose only content is a link to the report's file (附件：….pdf, a sentence saying the report is attached,
    点击下载 to a script's address, a link whose text alone names the file): the import said only that no part of a
    report was found. It says that the report is in the linked files, names them, and says to download and import
    them; none is fetched."""
    html = _page(MENU, TITLE, INFO, f'<div class="TRS_Editor">{content}</div>', FOOTER)
    with pytest.raises(ReportkitError) as raised:
        _imported(tmp_path, "linked", html)
    assert str(raised.value).endswith(f"linked.html: 网页里没有报告的正文，只有链接的文件，没有下载，未导入：请下载网页上链接的文件"
                                      f"{named}，用下载的文件再导入（或检查）")


def test_a_report_with_its_text_and_a_linked_file_is_read(tmp_path):
    """The other side: a report on the page, its PDF linked after it as well, is imported, the link named."""
    title, article, _ = _bare(tmp_path)
    result, data = _imported(tmp_path, "both", _page(title, article, '<p>附件：<a href="/u/P020240126.pdf">年度报告全文</a></p>'))
    assert data["sections"]["other"] == ["本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"]
    assert not [m for m in _messages(result) if "只有链接的文件" in m]


@pytest.mark.parametrize("hidden", ['<span hidden>（送审稿，发布前删去）</span>',
                                    '<span hidden="hidden" class="x">（送审稿，发布前删去）</span>',
                                    '<span hidden="" style="color:red">（送审稿，发布前删去）</span>'],
                         ids=["bare", "valued", "styled"])
def test_text_the_hidden_attribute_hides_is_left_out_and_named(tmp_path, hidden):
    """Text a browser does not show because of the ``hidden`` attribute was read into the sentence, as display:none's
    once was: it is left out, and named where it stood."""
    title, article, _ = _bare(tmp_path)
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    marked = article.replace("办理结果均已公开。", f"办理结果均已公开{hidden}。")
    assert marked != article
    result, data = _imported(tmp_path, "hidden", _page(title, marked))
    assert data == expected
    assert [(f.rule, f.message) for f in result.findings if "隐藏" in f.message] == [
        ("skipped", "网页上隐藏（不显示）的文字“（送审稿，发布前删去）”未导入")]


@pytest.mark.parametrize("shown", ['<span aria-hidden="true">（一）</span>', '<span hidden style="display:inline">（一）</span>'],
                         ids=["aria", "displayed"])
def test_text_a_browser_shows_whatever_its_hidden_marks_is_read(tmp_path, shown):
    """The other side: aria-hidden hides only from a screen reader, and a style that displays an element wins over its
    ``hidden`` attribute: the text is on the page, read (hidden="until-found": test_import_html_hidden.py)."""
    title, article, _ = _bare(tmp_path)
    marked = article.replace("本年度办理县人大代表建议", f"{shown}本年度办理县人大代表建议")
    assert marked != article
    result, data = _imported(tmp_path, "shown", _page(title, marked))
    assert data["sections"]["other"] == ["（一）本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"]
    assert not [m for m in _messages(result) if "隐藏" in m]


@pytest.mark.parametrize("shape", ["list", "dl"])
def test_a_catalogue_naming_the_sites_publisher_signs_with_the_titles_agency(tmp_path, shape):
    """An unsigned, undated article under the platform's entry whose 发布机构 is the site's publisher (the county's
    人民政府办公室 posting a department's report): the 署名 was the publisher's. The title's agency signs it, and the
    finding says that the entry names another organ."""
    title, article, _ = _bare(tmp_path)
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    unsigned = article[:article.index('<div class="signature')]
    entry = CATALOGUES[shape].replace("某县自然资源局", "某县人民政府办公室")
    result, data = _imported(tmp_path, "site", _page(entry, title, unsigned))
    assert data == expected and data["agency"] == "某县自然资源局" and "signature" not in data
    label, value = ("发文日期", "2024年01月25日") if shape == "list" else ("成文日期", "2024-01-25")
    assert [(f.rule, f.message) for f in result.findings if "公开目录信息的" in f.message] == [
        ("metadata", f"文末没有成文日期，按网页上公开目录信息的“{label}：{value}”导入成文日期；署名按标题导入为“某县自然资源局”，"
                     "公开目录信息的“发布机构：某县人民政府办公室”与标题里的机关不同，是发布网页的机构：请与原件核对")]


def test_a_catalogue_under_a_title_naming_no_agency_signs_with_its_own(tmp_path):
    """The other side: a title naming no agency (2023年政府信息公开工作年度报告): the entry's 发布机构 signs it."""
    title, article, _ = _bare(tmp_path)
    unsigned = article[:article.index('<div class="signature')]
    bare = '<div class="title">2023年政府信息公开工作年度报告</div>'
    result, data = _imported(tmp_path, "site", _page(CATALOGUES["list"], bare, unsigned))
    assert data["agency"] == "某县自然资源局" and str(data["date"]) == "2024-01-25"
    assert "按网页上公开目录信息的“发布机构：某县自然资源局”“发文日期：2024年01月25日”导入署名和成文日期：请与原件核对" in \
        [m.split("，", 1)[1] for m in _messages(result) if "公开目录信息的" in m]


def _grids(folder, body: str) -> tuple[list, list[str]]:
    """The tables the reader reads in a page holding ``body`` after a paragraph (their rows and merged cells), and its
    findings' messages."""
    path = folder / "grid.html"
    path.write_text(f'<html><head><meta charset="utf-8"></head><body><p>全年发布信息612条。</p>{body}</body></html>',
                    encoding="utf-8")
    published = html.read(path)
    return [(x.rows, sorted(x.spans)) for x in published.items if isinstance(x, Grid)], [f[1] for f in published.findings]


def _divs(rows: list[list[tuple[str, str]]], row: str = 'class="tr"') -> str:
    """A table set in <div>s (class table, tr), each cell's attributes and text in ``rows``."""
    return '<div class="table">' + "".join(f"<div {row}>" + "".join(f"<div {attributes}>{text}</div>" for attributes, text
                                                                    in cells) + "</div>" for cells in rows) + "</div>"


#: A table with a cell merged down, one across and a note across the table, as a <table> writes it.
MERGED = ('<table><tr><th rowspan="2">类别</th><th colspan="2">本年数量</th></tr><tr><th>条数</th><th>占比</th></tr>'
          '<tr><td>规划公示</td><td>27</td><td>4.4%</td></tr><tr><td>征地信息</td><td>89</td><td>14.5%</td></tr>'
          '<tr><td colspan="3">注：占比按全年发布信息条数计。</td></tr></table>')
TEXTS = [["类别", "本年数量"], ["条数", "占比"], ["规划公示", "27", "4.4%"], ["征地信息", "89", "14.5%"], ["注：占比按全年发布信息条数计。"]]


def _spanned(spans: dict[str, str]) -> list[list[tuple[str, str]]]:
    """:data:`TEXTS` as cells of class td, those named in ``spans`` with the attributes given there."""
    return [[(spans.get(text, 'class="td"'), text) for text in row] for row in TEXTS]


@pytest.mark.parametrize("body", [
    _divs(_spanned({"类别": 'class="td rowspan-2"', "本年数量": 'class="td colspan-2"', TEXTS[-1][0]: 'class="td col-span-3"'})),
    _divs(_spanned({"类别": 'class="td" data-rowspan="2"', "本年数量": 'class="td" data-colspan="2"',
                    TEXTS[-1][0]: 'class="td" colspan="3"'})),
    '<div class="tb" style="display:grid;grid-template-columns:repeat(3, 1fr)"><div style="grid-row: span 2">类别</div>'
    '<div style="grid-column:span 2">本年数量</div>' + "".join(f"<div>{t}</div>" for row in TEXTS[1:-1] for t in row)
    + f'<div style="grid-column: 1 / 4">{TEXTS[-1][0]}</div></div>',
], ids=["classes", "attributes", "css-grid"])
def test_a_div_tables_merged_cells_are_read_as_the_page_sets_them(tmp_path, body):
    """A table set in <div>s whose merged cells the page marks (classes rowspan-2, colspan-2; attributes colspan,
    data-rowspan; a CSS grid's grid-row: span 2, grid-column: 1 / 4): its rows were laid out again as those of a table
    whose spans a site stripped (or a CSS grid's cells read as paragraphs). They are read as the <table> holding them."""
    expected, _ = _grids(tmp_path, MERGED)
    found, messages = _grids(tmp_path, body)
    assert found == expected and expected[0][1] == [(0, 0, 2, 1), (0, 1, 1, 2), (4, 0, 1, 3)]
    assert not [m for m in messages if "合并单元格" in m]


@pytest.mark.parametrize("widths, row", [
    ({"类别": "width:30%", "本年数量": "width:70%", "规划公示": "width:30%", "27": "width:35%", "4.4%": "width:35%",
      TEXTS[-1][0]: "width:100%"}, 'class="tr"'),
    ({"类别": "flex:1", "本年数量": "flex: 2", "规划公示": "flex:1", "27": "flex:1", "4.4%": "flex:1", TEXTS[-1][0]: "flex:1"},
     'class="tr" style="display:flex"'),
], ids=["widths", "flex"])
def test_a_div_tables_merged_cells_are_read_by_their_widths(tmp_path, widths, row):
    """A table set in <div>s whose cells say their widths (width: 30%; flex: 2 in a flex row): a cell as wide as two
    of another row's spans them."""
    rows = [TEXTS[0], TEXTS[2], TEXTS[-1]]
    found, messages = _grids(tmp_path, _divs([[(f'class="td" style="{widths[t]}"', t) for t in cells] for cells in rows],
                                             row))
    assert found == [([["类别", "本年数量", "本年数量"], ["规划公示", "27", "4.4%"], [TEXTS[-1][0]] * 3],
                      [(0, 1, 1, 2), (2, 0, 1, 3)])]
    assert not [m for m in messages if "合并单元格" in m]


def test_a_div_tables_merged_cells_it_does_not_tell_are_said(tmp_path):
    """The other side: a table in <div>s whose cells say neither spans nor widths: its short row is laid out as a
    stripped table's is, in a finding that says the <div>s did not tell the merged cells."""
    found, messages = _grids(tmp_path, _divs([[('class="td"', t) for t in cells] for cells in [TEXTS[0], *TEXTS[2:4]]]))
    assert found == [([["类别", "本年数量", ""], ["规划公示", "27", "4.4%"], ["征地信息", "89", "14.5%"]], [])]
    assert messages == ["表格的这一行只有 2 格，表格有 3 列：网站用 <div> 排的表格没有写出合并单元格的跨行跨列，从各格的宽度也看不出，"
                        "合并的格只写一次（向下合并的只在它的第一行），看不出缺的是哪几列，已从第一列排起、末尾留空：请对照原件核对，"
                        "把各格移到对应的列"]


def test_a_page_laid_out_in_a_css_grid_is_no_table(tmp_path):
    """The other side: a page whose boxes a CSS grid lays out (a column of links beside the article's paragraphs) is
    read as paragraphs, no table."""
    found, _ = _grids(tmp_path, '<div style="display:grid;grid-template-columns:240px 1fr"><div><ul><li><a href="/a">'
                                "通知公告</a></li><li><a href=\"/b\">政策解读</a></li></ul></div><div><p>全年主动公开信息612条。</p>"
                                "<p>全年办理申请48件。</p></div></div>")
    assert found == []


#: Bars of a site's icons under a label of their own, each icon a button: Baidu's share bar (links going nowhere,
#: their words in a title), links to the share services, a bar of background colours run by a script.
BARS = {
    "baidu": ('<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" '
              'title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a></div>', "分享到："),
    "services": ('<div class="share">分享到：<a href="http://service.weibo.com/share/share.php?url=x" target="_blank">'
                 '<img src="/i/wb.png"></a><a href="https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url=x">'
                 '<img src="/i/qz.png"></a></div>', "分享到："),
    "colours": ('<div class="bgcolor">背景色：<a href="javascript:setBg(1)" style="background:#fff"></a>'
                '<a href="javascript:setBg(2)" style="background:#FAFBE6"></a></div>', "背景色："),
}


@pytest.mark.parametrize("shape", BARS)
def test_a_bar_of_icons_under_the_title_is_no_addressee(tmp_path, shape):
    """A bar of the site's icons (分享到： and the share services' icons, 背景色： and its colours) between the 发布时间
    line and the article: its label was read as the 主送机关 (addressee 分享到). It is the site's: left out, named."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    bar, label = BARS[shape]
    result, data = _imported(tmp_path, "site", _page(MENU, title, INFO, bar, article, FOOTER))
    assert data == expected and "addressee" not in data
    assert f"网页上的按钮“{label}”未导入" in _messages(result)


def test_a_lone_icon_link_in_the_text_stays(tmp_path):
    """The other side: a paragraph's label over one icon link going nowhere (an anchor) is the report's text."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    marked = article.replace("<h2>六、", '<p>附表：<a href="#"><img src="/i/top.png" width="16"></a></p><h2>六、', 1)
    assert marked != article
    result, data = _imported(tmp_path, "site", _page(title, marked))
    assert not [m for m in _messages(result) if "按钮" in m]
    assert "附表：" in str(data["sections"])


@pytest.mark.parametrize("after, said", [
    ('<div style="visibility:hidden;height:0;overflow:hidden">本站声明：转载请注明出处。</div>',
     ["网页上隐藏（不显示）的文字“本站声明：转载请注明出处。”未导入"]),
    ('<template id="item"><div class="item"><a href="{{url}}">{{title}}</a> {{date}}</div></template>', []),
], ids=["visibility", "template"])
def test_text_a_browser_never_shows_after_the_report_is_not_its_end(tmp_path, after, said):
    """After the 成文日期, a notice hidden by visibility:hidden (a sentence: the 成文日期 was no longer the report's end
    and was lost), or a script's <template> (its placeholders read as text): neither is on the page as a browser shows
    it. The hidden text is named; a template is markup, as a script is."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    result, data = _imported(tmp_path, "site", _page(title, article, after))
    assert data == expected and str(data["date"]) == "2024-01-25"
    assert [m for m in _messages(result) if "{{" in m or "本站声明" in m] == said


def test_text_made_visible_inside_a_hidden_box_is_read(tmp_path):
    """The other side: a box hidden by visibility whose content sets visibility: visible shows that content."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    body = article.replace("<h2>一、", '<div style="visibility:hidden"><div style="visibility:visible"><h2>一、', 1)
    body = body.replace("<h2>二、", "</div></div><h2>二、", 1)
    result, data = _imported(tmp_path, "site", _page(title, body))
    assert data == expected and not [m for m in _messages(result) if "隐藏" in m]


def _hanweb(title: str, article: str) -> str:
    """An older CMS's page laid out in nested tables: banner, breadcrumb, the title and 发布日期 (a hit counter and
    font buttons) in cells, the article in a cell, 打印本页/关闭窗口 in a cell, the site's footer in a table."""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="1000" align="center"><tr><td><img src="/images/banner.jpg" width="1000" height="150"></td></tr>'
            '</table><table width="1000" align="center"><tr><td class="bt_link">您现在的位置：<a href="/">首页</a> &gt;&gt; '
            '<a href="/zwgk/">政务公开</a> &gt;&gt; 年度报告</td></tr></table><table width="1000" align="center"><tr><td>'
            f'<table width="100%"><tr><td align="center" class="title"><strong>{title}</strong></td></tr>'
            '<tr><td align="center">发布日期：2024-01-26　浏览次数：<script>document.write(123)</script>　【字体：<a href='
            '"javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】'
            f'</td></tr><tr><td id="zoom">{article}</td></tr><tr><td align="right"><a href="javascript:window.print()">'
            '【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></td></tr></table></td></tr></table>'
            '<table width="1000" align="center"><tr><td align="center">主办：某县人民政府办公室　承办：某县大数据中心<br>'
            "网站标识码：5101230001　蜀ICP备12345678号</td></tr></table></body></html>")


def _fonts(article: str) -> str:
    """An older editor's article: each paragraph in <font> with &nbsp; for its indent."""
    return article.replace("<p>", '<p style="line-height:150%"><font face="仿宋_GB2312" size="4">&nbsp;&nbsp;&nbsp;&nbsp;'
                           ).replace("</p>", "</font></p>")


def _word(article: str) -> str:
    """An article pasted from Word: MsoNormal paragraphs, a span per run, <o:p> at each end."""
    return article.replace("<p>", '<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-size:16.0pt;'
                           'font-family:仿宋_GB2312">').replace("</p>", "</span><o:p></o:p></p>")


TEMPLATES = {
    "tables": lambda title, article: _hanweb(title.replace("<br>", ""), article),
    "fonts": lambda title, article: _page(MENU, title, INFO, f'<div class="content">{_fonts(article)}</div>', FOOTER),
    "word": lambda title, article: _page('<div class="crumb">您当前的位置：<a href="/">首页</a> > <span>年度报告</span></div>',
                                         title, INFO, f'<div class="TRS_Editor"><style>.TRS_Editor P{{margin:5px}}</style>'
                                         f"{_word(article)}</div>", '<ul class="prenext"><li>上一篇：<a href="/a/1.html">'
                                         "某县自然资源局2022年政府信息公开工作年度报告</a></li><li>下一篇：没有了</li></ul>", FOOTER),
    "center": lambda title, article: _page(MENU, f"<center><h2>{title}</h2></center><center>时间：2024-01-26 作者：办公室"
                                           f"</center><hr>", article, '<div class="ewm"><img src="/qr.png" width="120">'
                                           "<p>扫一扫在手机打开当前页</p></div><center><a href=\"javascript:window.close()\">"
                                           "关闭</a></center>", FOOTER),
}


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_article_in_a_cms_templates_chrome_is_the_article_alone(tmp_path, template):
    """The report in the chrome of several CMS templates (nested layout tables; <font> and &nbsp; indents; Word's
    markup in a TRS box with a breadcrumb and 上一篇/下一篇; <center> and a QR code's box): the import of the page is
    the import of the article alone, none of the chrome in it."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    _, data = _imported(tmp_path, "site", TEMPLATES[template](title, article))
    assert data == expected


def test_a_gbk_page_with_its_meta_charset_is_read(tmp_path):
    """A page saved in GBK, its charset in an old <meta http-equiv>: read in that encoding, the chrome left out."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    page = _page(MENU, title, INFO, article, FOOTER.replace("©", "&copy;")).replace(
        '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    (tmp_path / "gbk").mkdir()
    source = tmp_path / "gbk" / "gbk.html"
    source.write_bytes(page.encode("gbk"))
    result = imported(source, tmp_path / "gbk", PLUGINS)
    assert yaml.safe_load(result.target.read_text(encoding="utf-8")) == expected
