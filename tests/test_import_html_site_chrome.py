"""A report as an agency's site publishes it: the article inside the site's chrome (menu, breadcrumb, 发布时间 line,
字体/打印/关闭 buttons, 上一篇/下一篇, a box of related articles with their dates, the footer). None of the chrome is the
report's, all of the article is: the import of the page in its chrome is the import of the article alone."""
from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
import yaml

from reportkit.pipeline import prepare, render
from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
EXAMPLES = sorted([*Path("examples").glob("*.yaml"), *Path("plugins").glob("*/examples/*.yaml")])

MENU = ('<div class="top"><img src="/images/logo.png" alt="某县人民政府"><a href="/">设为首页</a> | '
        '<a href="/fav">加入收藏</a></div><div class="nav"><ul><li><a href="/">首页</a></li>'
        '<li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>'
        '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
        '<a href="/zwgk/ndbg/">政府信息公开年度报告</a></div>')
INFO = '<div class="info">发布时间：2024-01-26 09:30　来源：本站　浏览次数：<span id="hits">356</span>次</div>'
#: The site's buttons, each run by a script: none of them links to anything.
FONT = ('<div class="zt">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
        '<a href="javascript:doZoom(14)">小</a>】</div>')
TOOLS = ('<div class="tool"><a href="javascript:void(0)" onclick="correct()">【我要纠错】</a>'
         '<a href="javascript:window.print()">【打印本页】</a><a href="#" onclick="window.close()">【关闭窗口】</a></div>')
NEIGHBOURS = ('<div class="pages"><p>上一篇：<a href="/a/101.html">关于公布第一批行政许可结果的公告</a> 2024-01-20</p>'
              '<p>下一篇：<a href="/a/103.html">某县自然资源局一季度工作动态</a> 2024-04-02</p></div>')
RELATED = ('<div class="xgwz"><div class="tt">相关文章</div><ul>'
           '<li><div class="t"><a href="/a/88.html">关于开展耕地保护专项检查的通知</a></div><div class="d">2024-03-02</div>'
           '</li><li><div class="t"><a href="/a/90.html">某县国土空间总体规划草案公示</a></div>'
           '<div class="d">2024-02-18</div></li></ul></div>')
FOOTER = ('<div id="foot"><p>主办单位：某县人民政府办公室　承办单位：某县大数据中心</p>'
          '<p>网站标识码：5101230001　<a href="https://beian.miit.gov.cn">蜀ICP备12345678号-1</a></p>'
          '<p>Copyright © 2024 All Rights Reserved</p><p>您是第<span id="count">123456</span>位访客</p></div>'
          '<script>count();</script>')


def _rendered(data: Path, folder: Path) -> str:
    """``data`` as ``reportkit render -f html`` writes it."""
    prepared = prepare(data, PLUGINS)
    return render(prepared.document, prepared.layout, "html", PLUGINS.registry).data.decode("utf-8")


def _article(page: str) -> tuple[str, str]:
    """The title and the article of a page reportkit rendered, as a site's editor keeps them (the title's lines parted
    by <br>), without the spans that space Chinese and digits; what stands over the title (a red-head document's 版头)
    is the article's."""
    page = re.sub(r'<span class="as">([^<]*)</span>', r"\1", page)
    main = page[page.index("<main>") + len("<main>"):page.index("</main>")]
    title = re.search(r"<h1[^>]*>(.*?)</h1>", main, re.S)
    return main[:title.start()] + f'<div class="title">{title.group(1)}</div>', main[title.end():]


def _site(title: str, article: str, *, before: str = FONT, after: str = TOOLS + NEIGHBOURS + RELATED) -> str:
    """``title`` and ``article`` (:func:`_article`) in the site's page: its menu, the title, the 发布时间 line and
    ``before``, the article in a TRS editor's box, ``after`` and the footer."""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县人民政府</title>'
            '<script src="/js/jquery.js"></script></head><body>' + MENU + '<div class="main">'
            f'{title}{INFO}{before}<div class="TRS_Editor">{article}</div>{after}</div>' + FOOTER + "</body></html>")


def _imported(folder: Path, name: str, html: str, **options):
    folder = folder / name
    folder.mkdir()
    source = folder / f"{name}.html"
    source.write_text(html, encoding="utf-8")
    result = imported(source, folder, PLUGINS, **options)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _messages(result) -> list[str]:
    return [f.message for f in result.findings]


def test_the_sites_buttons_under_the_title_are_no_preamble(tmp_path):
    """【字体：大 中 小】 (links running a script) between the 发布时间 line and the article was read as the preamble,
    as were other buttons there (纠错, 打印 run by onclick). A block of a site's buttons is none of the article: left
    out, in a finding."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", f"<html><body>{title}{article}</body></html>")
    result, data = _imported(tmp_path, "site", _site(title, article, before=FONT + TOOLS, after=""))
    assert data == expected
    assert "网页上的按钮“【字体：大 中 小】”未导入" in _messages(result)
    assert "网页上的按钮“【我要纠错】【打印本页】【关闭窗口】”未导入" in _messages(result)


def test_a_list_of_articles_with_their_dates_leaves_the_reports_date(tmp_path):
    """After the 署名 and 成文日期, a box of the site's other articles, each date in a block of its own: the last of
    those dates was read as the 成文日期, and the 署名, the real date and the box became part 六's text. The box
    (a short title over links and their dates) is the site's: left out, in a finding."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    result, data = _imported(tmp_path, "site", _site(title, article, after=RELATED))
    assert str(data["date"]) == "2024-01-25" and "signature" not in data  # the agency's, as the article's
    assert data["sections"]["other"] == ["本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"]
    assert "网页上的链接栏目“相关文章”未导入" in _messages(result)


def test_an_article_item_is_one_link_with_its_date(tmp_path):
    """The other side of the box: a list item of a link and its date, without a title over the list, is read as one
    link, not a link and a date line (the 成文日期 the import would take)."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    items = RELATED.replace('<div class="tt">相关文章</div>', "")
    result, data = _imported(tmp_path, "site", _site(title, article, after=items))
    assert str(data["date"]) == "2024-01-25" and "signature" not in data  # the agency's, as the article's
    assert [m for m in _messages(result) if "专项检查" in m] == [
        "成文日期之后的“关于开展耕地保护专项检查的通知2024-…”未导入"]


def test_a_report_without_a_date_keeps_the_sites_links_and_footer_out_of_its_last_part(tmp_path):
    """A report ending without 署名 and 成文日期: whatever the site printed after it (上一篇/下一篇 with their dates,
    the box of related articles, a footer in a <div id="foot"> with a visitor count) was part 六's text. Each is the
    site's by its markup: left out, in findings that quote it."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    article = article[:article.index('<div class="signature')]
    _, expected = _imported(tmp_path, "bare", f"<html><body>{title}{article}</body></html>")
    result, data = _imported(tmp_path, "site", _site(title, article))
    assert data["sections"]["other"] == expected["sections"]["other"] == [
        "本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"]
    assert data == expected
    messages = _messages(result)
    assert "文末的网页信息“上一篇：关于公布第一批行政许可结果的公告…”未导入" in messages
    assert "网页上的链接栏目“相关文章”未导入" in messages
    assert "网页的页脚“主办单位：某县人民政府办公室 承办单位：…”未导入" in messages


def test_the_article_in_a_box_named_like_a_footer_is_still_read(tmp_path):
    """The other side: a box named "bottom" that holds most of the page's text is the article, not the footer."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", f"<html><body>{title}{article}</body></html>")
    result, data = _imported(tmp_path, "boxed", f'<html><body>{title}<div class="main-bottom">{article}</div>'
                                                 "</body></html>")
    assert data == expected
    assert not [m for m in _messages(result) if "页脚" in m]


def test_a_signature_in_a_box_named_like_a_footer_at_the_pages_end_is_read(tmp_path):
    """The other side: at the end of a page holding the article alone, a box named "bottom" that holds the 署名 and
    a date alone on its line is the article's end, not a site's footer."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", f"<html><body>{title}{article}</body></html>")
    boxed = article.replace('<div class="signature">', '<div class="signature bottom">')
    assert boxed != article
    result, data = _imported(tmp_path, "boxed", f"<html><body>{title}{boxed}</body></html>")
    assert data == expected and str(data["date"]) == "2024-01-25"
    assert not [m for m in _messages(result) if "页脚" in m]


def test_attachment_over_links_to_its_files_is_the_sites_download(tmp_path):
    """附件： in a block of its own over the links to the files (one block each) after the 成文日期: the links were
    read as the site's links after an attachment without text, noted as "已留占位" where none was left. 附件： over
    links is the download, as 附件：<a>…</a> in one block is."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    files = ('<p>附件：</p><p><a href="/u/1.xlsx">1.政府信息公开情况统计表.xlsx</a></p>'
             '<p><a href="/u/2.docx">2.依申请公开办理情况说明.docx</a></p>')
    result, data = _imported(tmp_path, "site", _site(title, article + files, after=""))
    assert "attachments" not in data
    assert [(f.rule, f.message) for f in result.findings if "附件" in f.message] == [
        ("skipped", "成文日期之后的附件（从“附件：”起，链接的文件“1.政府信息公开情况统计表.xlsx”“2.依申请公开办理情况说明.docx”）未导入")]


def _word(article: str) -> str:
    """``article`` as pasted from Word into a site's editor: a Word conditional comment, MsoNormal paragraphs in
    spans (every third in a span per character), indents of &nbsp;, <o:p>, headings as <b> in a paragraph, the 署名
    and date set right, tables as Word writes them (<td> holding a paragraph, no <th>) in a centred <div>."""
    root = lxml.html.fragment_fromstring(article, create_parent="div")
    style = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:'Times New Roman'"
    out = ["<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->"]
    for k, element in enumerate(root):
        if element.tag == "div" and element.find(".//table") is not None:
            table = element.find(".//table")
            for cell in table.iter("th", "td"):
                text, cell.tag = cell.text_content(), "td"
                for child in list(cell):
                    cell.remove(child)
                cell.text = None
                paragraph = lxml.html.Element("p", {"class": "MsoNormal", "align": "center"})
                paragraph.append(lxml.html.Element("span", {"lang": "EN-US"}))
                paragraph[0].text = text
                cell.append(paragraph)
            table.set("class", "MsoNormalTable")
            out.append(f"<div align=center>{lxml.html.tostring(table, encoding='unicode')}</div>")
            continue
        for line in (element.xpath("./p") or [element]) if element.tag == "div" else [element]:
            text = line.text_content()
            if element.tag in ("h2", "h3", "h4"):
                out.append(f"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-family:黑体'>{text}"
                           "</span></b><span><o:p></o:p></span></p>")
            elif element.get("class") == "signature":
                out.append(f"<p class=MsoNormal align=right style='text-align:right'><span style=\"{style}\">{text}"
                           "</span></p>")
            else:
                spans = "".join(f'<span style="{style}">{c}</span>' for c in text) if k % 3 == 0 \
                    else f'<span style="{style}">{text}</span>'
                out.append(f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'>"
                           f"<span>&nbsp;&nbsp;&nbsp;&nbsp;</span>{spans}<span><o:p></o:p></span></p>")
    return "".join(out)


def test_a_word_pasted_article_in_a_sites_page_reads_as_the_article(tmp_path):
    """The whole shape: the sample pasted from Word into a TRS editor, in the site's chrome, reads as the article
    alone does (same data), the chrome all in findings."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", f"<html><body>{title}{article}</body></html>")
    result, data = _imported(tmp_path, "word", _site(title, _word(article)))
    assert data == expected
    assert all(f.rule == "skipped" for f in result.findings), result.findings


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_in_a_sites_page_imports_as_its_page(example, tmp_path):
    """Every example's page (``reportkit render -f html``), its article set in the site's chrome, imports to the
    data its own page does (a work plan, a summary, a red-head document and 2008 reports too)."""
    page = _rendered(example, tmp_path)
    title, article = _article(page)
    _, expected = _imported(tmp_path, "page", page, documents=True)
    result, data = _imported(tmp_path, "site", _site(title, article), documents=True)
    assert data == expected
    assert not [f for f in result.findings if f.rule != "skipped"], result.findings


def test_an_older_sites_page_laid_out_in_a_table_keeps_its_buttons_out(tmp_path):
    """An older site lays out its page in a table: the menu in one cell, the title, its date line, the article and the
    buttons (打印 关闭, run by a script) in cells of their own. The buttons' cell was read as the preamble; its
    buttons go, the cell stays."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    _, expected = _imported(tmp_path, "bare", f"<html><body>{title}{article}</body></html>")
    buttons = ('<td align="center">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">'
               "关闭</a>】</td>")
    html = ('<html><body><table width="980" border="0"><tr><td width="200"><a href="/">首页</a><br>'
            '<a href="/zwgk/">政务公开</a></td><td><table width="100%"><tr><td>' + title + "</td></tr>"
            f"<tr><td>发布日期：2024-01-26　来源：本站</td></tr><tr>{buttons}</tr><tr><td>{article}</td></tr></table>"
            "</td></tr></table></body></html>")
    result, data = _imported(tmp_path, "table", html)
    assert data == expected
    assert "网页上的按钮“【打印】【关闭】”未导入" in _messages(result)


def test_the_articles_files_in_a_box_named_like_a_footer_are_its_attachments(tmp_path):
    """The other side: the article's 附件 link in a box named "article-footer" at the page's end is named as the
    attachment it is, not as the site's footer."""
    title, article = _article(_rendered(SAMPLE, tmp_path))
    files = '<div class="article-footer"><p>附件：<a href="/u/1.xlsx">政府信息公开情况统计表.xlsx</a></p></div>'
    result, data = _imported(tmp_path, "files", f"<html><body>{title}{article}{files}</body></html>")
    assert "attachments" not in data
    assert [(f.rule, f.message) for f in result.findings] == [
        ("skipped", "成文日期之后的附件（从“附件：政府信息公开情况统计表.xlsx”起）未导入")]
