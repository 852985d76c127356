"""Shapes of the pages agencies publish on the 信息公开 platform: the catalogue entry over the article (索引号, 发布机构,
发文日期 … as a table, a list, a <dl> or boxes), statistics tables published as pictures with an alt text, links to
attached files, links and buttons after the last paragraph of a report without a 成文日期, an article loaded by a frame
and an article split over pages. None of the site's is the report's; what the import cannot read is named."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportkit.errors import ReportkitError

from test_import_html_site_chrome import SAMPLE, _article, _imported, _messages, _rendered


def _bare(tmp_path):
    """The sample's title and article as a site's page holds them, and the article without its 成文日期 (the 署名 kept,
    the date line taken out)."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    undated = re.sub(r"<p>2024年1月25日</p>", "", article)
    assert undated != article
    return title, article, undated


def _page(*parts: str) -> str:
    return "<html><head><meta charset=\"utf-8\"></head><body>" + "".join(parts) + "</body></html>"


def _pictured(article: str, alts: list[str]) -> str:
    """``article`` with its statistics tables (表二 to 表四) published as pictures, each with its ``alts`` text."""
    texts = iter(alts)
    return re.sub(r'<div class="table-wrap">.*?</table>\s*</div>',
                  lambda m: f'<p style="text-align:center"><img src="/u/W02024012{len(alts)}.jpg" alt="{next(texts)}"></p>',
                  article, flags=re.S)


def test_a_table_published_as_a_picture_is_quoted_by_its_alt_text(tmp_path):
    """表二 to 表四 as pictures: the finding said only where each picture was. It quotes what the page says a picture
    shows (its alt text, or its title), never fetching it; an alt text that is only the file's name says nothing."""
    title, article, _ = _bare(tmp_path)
    alts = ["二、主动公开政府信息情况统计表", "W020240126.png", "表四：政府信息公开行政复议、行政诉讼情况统计"]
    result, _ = _imported(tmp_path, "pictured", _page(title, _pictured(article, alts)))
    [finding] = [f for f in result.findings if f.rule == "tables"]
    assert finding.message.startswith("没有找到表二、表三、表四：正文里有 3 张图片（第 20 段后，题为“二、主动公开政府信息情况统计表”、"
                                      "第 22 段后、第 23 段后，题为“表四：政府信息公开行政复议、行政诉讼情况…”），")
    assert not [f for f in result.findings if "正文里的图片" in f.message]  # named once, in the tables' finding


def test_a_picture_in_the_text_is_quoted_by_its_title(tmp_path):
    """A picture in a part's text (a chart), its words in the title attribute only: quoted in its finding."""
    title, article, _ = _bare(tmp_path)
    chart = '<p style="text-align:center"><img src="/u/chart.png" title="2019—2023年依申请公开数量变化"></p>'
    result, _ = _imported(tmp_path, "chart", _page(title, article.replace("<h2>二、", chart + "<h2>二、", 1)))
    assert [f.message for f in result.findings if "图片" in f.message] == [
        "正文里的图片（第 19 段后，题为“2019—2023年依申请公开数量变化”）未导入：年度报告的数据里没有放图片的地方，"
        "需要时请把图片里的内容写进正文，或在排版后的文件里另行插入"]


def test_the_files_an_article_links_by_a_name_alone_are_named(tmp_path):
    """附件： over links whose text names no file (统计表, with no extension; the file's name is in the address, or in
    a download script's argument) and such a link to a .pdf in a sentence: the import quoted only the text, and
    nothing said a file was linked. Each such file is named as the page shows it, with the file's own name; none is
    fetched. A link whose text names its file (说明.docx) is quoted as that text, as before."""
    title, article, _ = _bare(tmp_path)
    files = ('<p>附件：</p><p><a href="/u/W020240126.xls">1.政府信息公开情况统计表</a></p>'
             '<p><a href="/u/down.jsp?id=7&amp;f=%E5%8A%9E%E7%90%86%E8%AF%B4%E6%98%8E.docx">2.依申请公开办理情况说明</a></p>'
             '<p><a href="/u/W020240127.docx">3.收费情况说明.docx</a></p>')
    linked = article.replace("办理结果均已公开。", '办理结果均已公开，办理情况见<a href="/u/jg.pdf">建议提案办理结果汇总</a>。')
    result, data = _imported(tmp_path, "files", _page(title, linked + files))
    assert "attachments" not in data
    assert data["sections"]["other"][-1] == "本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开，办理情况见建议提案办理结果汇总。"
    assert [f.message for f in result.findings if "网页链接的文件" in f.message] == [
        "网页链接的文件“建议提案办理结果汇总”（jg.pdf）没有下载，其中的内容未导入：需要时请下载后另行导入或写进数据文件",
        "网页链接的文件“1.政府信息公开情况统计表”（W020240126.xls）没有下载，其中的内容未导入：需要时请下载后另行导入或写进数据文件",
        "网页链接的文件“2.依申请公开办理情况说明”（办理说明.docx）没有下载，其中的内容未导入：需要时请下载后另行导入或写进数据文件"]


@pytest.mark.parametrize("tail, left", [
    ('<p><a href="/zwgk/">返回政务公开栏目</a></p>', ["返回政务公开栏目"]),
    ('<p>友情链接：</p><p><a href="http://www.gov.cn">中国政府网</a></p><p><a href="/sz/">市政府门户网站</a></p>',
     ["友情链接：", "中国政府网", "市政府门户网站"]),
], ids=["lone", "titled"])
def test_links_after_the_last_paragraph_of_an_undated_report_are_the_sites(tmp_path, tail, left):
    """A report ending in its 署名 without a 成文日期, then a site's links (a lone link; links under a title of their
    own, not in a box): the links were the last part's text, unless worded as a site's. By their shape (links after
    the last paragraph of text) they are left out, each in a finding."""
    title, _, undated = _bare(tmp_path)
    _, expected = _imported(tmp_path, "bare", _page(title, undated))
    result, data = _imported(tmp_path, "site", _page(title, undated, tail))
    assert data == expected
    assert data["sections"]["other"][-1] == "本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"
    assert [m for m in _messages(result) if "文末的网页链接" in m] == [f"文末的网页链接“{w}”未导入" for w in left]


@pytest.mark.parametrize("buttons", ['<div class="btns"><span onclick="window.print()">打印</span> <a>关闭</a></div>',
                                     '<div class="tool"><a class="print">打印本页</a>　<a class="close">关闭窗口</a></div>',
                                     '<p><a id="close">关闭</a></p>'], ids=["onclick", "classed", "alone"])
def test_buttons_without_a_target_are_the_sites(tmp_path, buttons):
    """Buttons whose script the page binds (<a> with no address, a <span onclick>), no brackets around them: they
    stayed in the last part's text (打印关闭). They are left out, in a finding, as buttons run by a link are."""
    title, _, undated = _bare(tmp_path)
    _, expected = _imported(tmp_path, "bare", _page(title, undated))
    result, data = _imported(tmp_path, "site", _page(title, undated, buttons))
    assert data == expected
    shown = " ".join(re.sub(r"<[^>]+>", " ", buttons).split())
    assert f"网页上的按钮“{shown}”未导入" in _messages(result)


def test_a_heading_or_a_name_in_an_a_without_address_stays(tmp_path):
    """The other side: an editor's <a> without address around a numbered heading, and around a phrase longer than a
    button's words alone in its block, are the article's."""
    title, article, _ = _bare(tmp_path)
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    kept = article.replace("<h3>（一）存在的主要问题</h3>", "<h3><a>（一）存在的主要问题</a></h3>").replace(
        "<p>本年度办理县人大代表建议6件", "<p><a>县人大代表建议</a></p><p>本年度办理县人大代表建议6件")
    _, data = _imported(tmp_path, "kept", _page(title, kept))
    assert data["sections"]["problems"] == expected["sections"]["problems"]
    assert data["sections"]["other"][-2:] == ["县人大代表建议", "本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"]


CATALOGUES = {
    "table": ('<table class="xxgk_table"><tr><td>索引号：</td><td>115107000080123456/2024-00012</td><td>主题分类：</td>'
              '<td>政务公开</td></tr><tr><td>发布机构：</td><td>某县自然资源局</td><td>发文日期：</td><td>2024-01-25</td></tr>'
              '<tr><td>名　　称：</td><td colspan="3">某县自然资源局2023年政府信息公开工作年度报告</td></tr><tr><td>文　　号：</td>'
              '<td></td><td>发布日期：</td><td>2024-01-26</td></tr></table>'),
    "list": ('<ul class="xxgk"><li><b>索引号：</b>115107000080123456/2024-00012</li><li><b>主题分类：</b>政务公开</li>'
             '<li><b>发布机构：</b>某县自然资源局</li><li><b>发文日期：</b>2024年01月25日</li><li><b>文号：</b></li>'
             '<li><b>发布日期：</b>2024-01-26</li></ul>'),
    "dl": ('<div class="meta"><dl><dt>索引号</dt><dd>115107000080123456/2024-00012</dd><dt>发布机构</dt>'
           '<dd>某县自然资源局</dd><dt>成文日期</dt><dd>2024-01-25</dd><dt>发布日期</dt><dd>2024-01-26</dd></dl></div>'),
    "boxes": ('<div class="xxgk"><div class="row"><div class="l">索引号：115107000080123456/2024-00012</div>'
              '<div class="r">主题分类：政务公开</div></div><div class="row"><div class="l">发布机构：某县自然资源局</div>'
              '<div class="r">成文日期：2024-01-25</div></div></div>'),
}


@pytest.mark.parametrize("shape", CATALOGUES)
def test_the_platforms_catalogue_entry_under_the_title_is_no_preamble(tmp_path, shape):
    """The 信息公开 platform's catalogue entry set between the title and the article was read as the preamble (索引号：…
    its first paragraph; a table of it a table the preamble cannot hold); a <dl>'s labels and values ran together. The
    entry is the site's: one finding names it, the data is the article's alone."""
    title, article, _ = _bare(tmp_path)
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    result, data = _imported(tmp_path, "site", _page(title, CATALOGUES[shape], article))
    assert data == expected
    assert [m for m in _messages(result) if "索引号" in m] == [
        f"网页上的公开目录信息“索引号{'：' if shape != 'dl' else ' '}1151070000801234…”未导入"]


@pytest.mark.parametrize("shape", CATALOGUES)
def test_an_undated_article_is_dated_and_signed_as_its_catalogue_entry_says(tmp_path, shape):
    """An article ending without 署名 or 成文日期 under the platform's entry: the date was a placeholder. The entry's
    成文日期 or 发文日期 (not its 发布日期, the site's) is the date, its 发布机构 the 署名, in a finding that says so."""
    title, article, _ = _bare(tmp_path)
    _, expected = _imported(tmp_path, "bare", _page(title, article))
    unsigned = article[:article.index('<div class="signature')]
    result, data = _imported(tmp_path, "site", _page(CATALOGUES[shape], title, unsigned))
    assert data == expected and str(data["date"]) == "2024-01-25" and data["agency"] == "某县自然资源局"
    label = "发文日期" if shape in ("table", "list") else "成文日期"
    value = "2024年01月25日" if shape == "list" else "2024-01-25"
    assert [(f.rule, f.message) for f in result.findings if "公开目录信息的" in f.message] == [
        ("metadata", f"文末没有成文日期，按网页上公开目录信息的“发布机构：某县自然资源局”“{label}：{value}”导入署名和成文日期：请与原件核对")]


def test_an_articles_own_date_is_kept_over_its_catalogue_entrys(tmp_path):
    """The other side: an article with its own 成文日期 keeps it, whatever the entry's 发文日期 says."""
    title, article, _ = _bare(tmp_path)
    entry = CATALOGUES["list"].replace("2024年01月25日", "2024年01月20日")
    result, data = _imported(tmp_path, "site", _page(entry, title, article))
    assert str(data["date"]) == "2024-01-25"
    assert not [m for m in _messages(result) if "公开目录信息的" in m]


def test_an_article_a_frame_loads_is_said_to_be_elsewhere(tmp_path):
    """A page whose article an <iframe> loads from another address holds only the site's title and date line: the
    import said it found no part of a report. It says where the article is."""
    page = _page('<h1>某县自然资源局2023年政府信息公开工作年度报告</h1><div class="info">发布时间：2024-01-26</div>',
                 '<iframe src="/u/content_12345.html" width="100%" height="2000">您的浏览器不支持框架</iframe>')
    with pytest.raises(ReportkitError) as raised:
        _imported(tmp_path, "framed", page)
    assert "网页里没有报告的正文，它是由网页中的框架（iframe）从“/u/content_12345.html”载入的：请在浏览器里打开这个地址" \
        in str(raised.value)


def test_the_first_of_an_articles_pages_says_the_rest_is_not_in_the_file(tmp_path):
    """An article the site splits over two pages, its pager (共2页 1 2 下一页 尾页) under the first page's text: the
    pager was read as text and nothing said that parts 四 to 六 were on the next page. The pager is the site's, and a
    finding names the page that is not in the file."""
    title, article, _ = _bare(tmp_path)
    first = article[:article.index("<h2>四、")]
    pager = ('<div class="page">共2页 <span>1</span> <a href="content_12345_2.html">2</a> '
             '<a href="content_12345_2.html">下一页</a> <a href="content_12345_2.html">尾页</a></div>')
    result, data = _imported(tmp_path, "paged", _page(title, first, pager))
    assert "共2页" not in str(data)
    assert [(f.rule, f.message) for f in result.findings if "分页" in f.message] == [
        ("unread", "这篇文章在网站上分页发布，这个文件只有其中一页：后面的页（content_12345_2.html）未导入：请在网站上打开各页"
                   "（或“阅读全文”“单页显示”），把全文存成一个网页后再导入"),
        ("skipped", "网页的分页链接“共2页 1 2 下一页 尾页”未导入")]


PLAN = Path(__file__).parents[1] / "examples" / "putian-2018-work-plan.yaml"


def test_a_task_table_s_title_in_its_caption_is_read(tmp_path):
    """A work plan's task table in the text, its own title printed as the table's <caption> (as ``render -f html``
    prints it): the title was never read, and came back as the default without a word."""
    data = PLAN.read_text("utf-8").replace("  place: attachment\n",
                                            "  place: inline\n  title: 莆田市环境保护局政务公开重点任务分工表\n")
    assert "title: 莆田市环境保护局政务公开重点任务分工表" in data
    (tmp_path / "plan.yaml").write_text(data, "utf-8")
    page = _rendered(tmp_path / "plan.yaml", tmp_path)
    assert "<caption>莆田市环境保护局政务公开重点任务分工表</caption>" in page
    _, back = _imported(tmp_path, "plan", page, documents=True)
    assert back["task_table"] == {"place": "inline", "title": "莆田市环境保护局政务公开重点任务分工表"}


@pytest.mark.parametrize("captions", [["主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况"],
                                      ["表二", "表三", "表四"]])
def test_a_statistics_table_s_caption_is_no_text_of_its_part(tmp_path, captions):
    """表二 to 表四 with their titles as <caption>s, as a site's editor sets them: left out as a title line over the
    table is, the tables read the same; a caption that is no such title is the part's text (never lost)."""
    title, article, _ = _bare(tmp_path)
    _, plain = _imported(tmp_path, "plain", _page(title, article))
    words = iter(captions)
    captioned = re.sub(r"(<table[^>]*>)", lambda m: f"{m.group(1)}<caption>{next(words)}</caption>", article, count=3)
    assert captioned.count("<caption>") == 3
    _, back = _imported(tmp_path, "captioned", _page(title, captioned))
    assert back == plain
    other = re.sub(r"(<table[^>]*>)", r"\1<caption>本表数据截至12月31日</caption>", article, count=1)
    _, back = _imported(tmp_path, "other", _page(title, other))
    assert back["sections"]["active_disclosure"] == ["本表数据截至12月31日"]
