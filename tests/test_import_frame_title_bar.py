"""A site's title bar printed over the article's own title, the two with different spaces or line breaks, is read
once: the two places that compare a title printed twice (centred lines, and a page's plain text) share one
comparison now, which ignores every blank."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from _import_helpers import imported, render_source
from reportkit.plugins import load_plugins


@pytest.mark.parametrize("bar", ["{title}", "{spaced}", "{half}<br>{rest}"])
def test_a_centred_title_bar_with_other_spacing_is_read_once(tmp_path, bar):
    plugins = load_plugins()
    page = render_source(Path("examples/sample-2021.yaml"), "html", tmp_path, plugins)
    html = page.read_text(encoding="utf-8")
    start = html.index("<h1")
    title = re.sub(r"<[^>]*>|\s", "", html[html.index(">", start) + 1:html.index("</h1>", start)])
    shown = bar.format(title=title, spaced=title.replace("年", "年\u3000\u3000", 1), half=title[:12], rest=title[12:])
    edited = tmp_path / "site" / "page.html"
    edited.parent.mkdir()
    edited.write_text(html[:start] + f'<p style="text-align:center">{shown}</p>'
                      '<p style="text-align:center">发布时间：2024-01-26 来源：本站</p>' + html[start:], encoding="utf-8")
    back, plain = imported(edited, edited.parent, plugins), imported(page, tmp_path, plugins)
    assert [f.message for f in back.findings] == ["标题之间的网页信息“发布时间：2024-01-26 来源：本…”未导入",
                                                  "标题在网页上印了两次，只导入一次"]
    assert yaml.safe_load(back.target.read_text(encoding="utf-8")) == yaml.safe_load(plain.target.read_text(encoding="utf-8"))


NOTES = {"注：本报告所列数据的统计期限为2023年1月1日至12月31日。": ["注：本报告所列数据的统计期限为2023年1月1日至12月31日。"],
         "说明：表中数字以件计，统计期限为2023年全年。": ["说明：表中数字以件计，统计期限为2023年全年。"],
         "注1：表中数字以件计，统计期限为2023年全年。": ["注1：表中数字以件计，统计期限为2023年全年。"],
         "附注：本报告中数据如有出入，以统计表为准。": ["附注：本报告中数据如有出入，以统计表为准。"],
         "说明：</p><p>1.统计期限为2023年全年。</p><p>2.表中数字以件计。":
             ["说明：", "1.统计期限为2023年全年。", "2.表中数字以件计。"]}


@pytest.mark.parametrize("note", NOTES)
def test_a_note_after_the_date_leaves_the_date_and_signature(tmp_path, note):
    """A note after the 成文日期 that begins 说明：, 注1： or 附注：, or goes on in numbered items, is named and left out
    like 注： always was (it stopped the search for the date: no 成文日期, and the 署名 and note went into the text)."""
    plugins = load_plugins()
    page = render_source(Path("examples/sample-2021.yaml"), "html", tmp_path, plugins)
    html = page.read_text(encoding="utf-8")
    end = html.rindex("</body>")
    edited = tmp_path / "site" / "page.html"
    edited.parent.mkdir()
    edited.write_text(html[:end] + f"<p>{note}</p>" + html[end:], encoding="utf-8")
    back, plain = imported(edited, edited.parent, plugins), imported(page, tmp_path, plugins)
    assert [f.message for f in back.findings] == [f"成文日期之后的注“{line}”未导入：需要时请写进正文" for line in NOTES[note]]
    assert yaml.safe_load(back.target.read_text(encoding="utf-8")) == yaml.safe_load(plain.target.read_text(encoding="utf-8"))


CHROME = ('<p><a href="/a/prev.html">上一篇：某县自然资源局关于征地信息的公告</a></p><p>责任编辑：王某</p>'
          '<p>分享到：</p><p>扫一扫在手机打开当前页</p><p><span onclick="print()">【打印】</span><span>【关闭】</span></p>')


def test_a_site_s_chrome_after_an_attachment_is_no_text_of_it(tmp_path):
    """The site's link to another article, its 责任编辑, share and scan lines and print/close buttons set as spans, after
    the last attachment: each named and left out (they were the attachment's last paragraphs)."""
    from test_import_attachments_as_data import _data, _page

    attachment = "<p>附件</p><p>信息公开工作联络人名单</p><p>每个科室定一名联络员，负责本科室信息的报送和初审。</p>"
    result = imported(_page(tmp_path, attachment + CHROME), tmp_path, load_plugins())
    assert _data(result)["attachments"] == [
        {"title": "信息公开工作联络人名单", "content": ["每个科室定一名联络员，负责本科室信息的报送和初审。"]}]
    assert [f.message for f in result.findings if "网页信息" in f.message] == [
        "文末的网页信息“上一篇：某县自然资源局关于征地信息的公告”未导入", "文末的网页信息“责任编辑：王某”未导入",
        "文末的网页信息“分享到：”未导入", "文末的网页信息“扫一扫在手机打开当前页”未导入", "文末的网页信息“【打印】【关闭】”未导入"]


@pytest.mark.parametrize("line", ["（此页无正文）", "(此页无正文)", "（此 页 无 正 文）"])
def test_the_no_text_line_over_a_signature_is_named_and_left_out(tmp_path, line):
    """（此页无正文） over a 署名 that a page holds alone was read as the last part's text."""
    plugins = load_plugins()
    page = render_source(Path("examples/sample-2021.yaml"), "html", tmp_path, plugins)
    html = page.read_text(encoding="utf-8")
    signature = html.index('class="signature') if 'class="signature' in html else None
    assert signature is not None
    start = html.rindex("<", 0, signature)
    edited = tmp_path / "site" / "page.html"
    edited.parent.mkdir()
    edited.write_text(html[:start] + f"<p>{line}</p>" + html[start:], encoding="utf-8")
    back, plain = imported(edited, edited.parent, plugins), imported(page, tmp_path, plugins)
    assert [f.message for f in back.findings] == [
        f"“{line.replace(' ', '')}”未导入（署名单独成页时页首的说明；reportkit 排版时署名不单独成页）"]
    assert yaml.safe_load(back.target.read_text(encoding="utf-8")) == yaml.safe_load(plain.target.read_text(encoding="utf-8"))
