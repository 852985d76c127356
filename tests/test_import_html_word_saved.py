"""Pages saved from Word or LibreOffice (“另存为网页”, or pasted from Word into a site's editor) and pages of site
builders (TRS WCM, 集约化平台), which the web page reader read wrongly: a list number typed again after Word's label,
Word's comments escaped into the text, a bullet in a picture font, a table with a sliver column (Word's row of column
widths), footnotes, comments and tracked deletions, hidden text, an ordered list's numbers, LibreOffice's page
footer, and a site's 上一篇/下一篇 links after an attached file."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import lxml.html
import pytest

from reportkit.plugins import load_plugins

from _import_helpers import SOFFICE, import_text, imported, printed, render_source, unspaced

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
#: Each part's and subheading's number in the sample, with its words: as the rendered page has them.
HEADING = re.compile(r"<h([234])>((?:[一二三四五六七八九十]+、)|(?:（[一二三四五六七八九十]+）)|(?:\d+\.))([^<]*)</h\1>")


def _page(tmp_path: Path) -> str:
    """The sample 2021 report (a county bureau's) as a site's web page (no spans spacing Chinese and digits)."""
    return unspaced(render_source(SAMPLE, "html", tmp_path, PLUGINS))


def _word_heading(number: str, words: str, level: str, typed: str = "") -> str:
    """A numbered heading as Word writes it in a web page: the list label between <!--[if !supportLists]--> comments,
    in a <span style='mso-list:Ignore'>; ``typed`` before the words, as the author typed it."""
    return (f"<p class=MsoListParagraph style='text-indent:32.0pt;mso-list:l{level} level1 lfo{level}'>"
            f"<!--[if !supportLists]--><span lang=EN-US style='font-family:黑体'><span style='mso-list:Ignore'>{number}"
            "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><!--[endif]-->"
            f"<span style='font-family:黑体'>{typed}{words}<o:p></o:p></span></p>")


def _headings(data: dict, part: str) -> list[str]:
    return [item["heading"] for item in data["sections"][part] if isinstance(item, dict)]


def test_a_word_list_number_typed_again_after_its_label_is_read_once(tmp_path):
    """Word's label 一、 (between the supportLists comments) and the author's own 一、 typed after it: the heading read
    as 一、一、总体情况 was no part, and no part of the report was found. The number is read once."""
    html = HEADING.sub(lambda m: _word_heading(m[2], m[3], m[1], typed=m[2]), _page(tmp_path))
    result, data = import_text(tmp_path, "r.html", html)
    assert _headings(data, "overview") == ["主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"]
    assert _headings(data, "problems") == ["存在的主要问题", "改进情况"]
    assert data["sections"]["other"] == ["本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"]
    assert not [f for f in result.findings if "没有找到" in f.message]


def test_a_filtered_word_pages_label_typed_again_and_its_bullet_are_read_as_word_shows_them(tmp_path):
    """A page saved as 筛选过的网页 keeps neither the comments nor mso-list: Word's label is only a span ending in the
    blanks Word sets after it (font:7.0pt). A number typed again after it is read once; a bullet (Wingdings' “l”) is
    none of the text."""
    def filtered(m: re.Match) -> str:
        return _word_heading(m[2], m[3], m[1], typed=m[2]).replace("<!--[if !supportLists]-->", "").replace(
            "<!--[endif]-->", "").replace(" style='mso-list:Ignore'", "")

    sentence = "全年组织业务培训2次，覆盖各科室业务骨干。"
    bullet = ("<p class=MsoListParagraph style='margin-left:21pt;text-indent:-21pt'><span lang=EN-US "
              "style='font-family:Wingdings'>l<span style='font:7.0pt \"Times New Roman\"'>&nbsp; </span></span>"
              f"<span style='font-family:仿宋_GB2312'>{sentence}</span></p>")
    part = "<h2>二、主动公开政府信息情况</h2>"
    html = HEADING.sub(filtered, _page(tmp_path).replace(part, bullet + part))
    _, data = import_text(tmp_path, "r.html", html)
    assert _headings(data, "overview") == ["主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"]
    assert data["sections"]["overview"][-1]["content"][-1] == sentence


def test_a_word_label_alone_is_the_headings_number(tmp_path):
    """The other side: Word's label with the words alone after it (the usual page) is the heading's number."""
    _, data = import_text(tmp_path, "r.html", HEADING.sub(lambda m: _word_heading(m[2], m[3], m[1]), _page(tmp_path)))
    assert _headings(data, "overview")[0] == "主动公开"
    assert data["sections"]["overview"][1]["content"][1]["heading"] == "规划和用地信息"


def test_word_conditional_comments_a_site_escaped_into_the_text_are_left_out(tmp_path):
    """A site's editor that escapes Word's comments shows them: “<!--[if !supportLists]-->一、<!--[endif]-->总体情况”
    was read as a heading's text, and no part was found. They are left out, the label read as Word's (once where the
    number is typed again)."""
    def shown(m: re.Match) -> str:
        typed = m[2] if m[1] == "2" else ""  # the parts' numbers typed again, the subheadings' not
        return _word_heading(m[2], m[3], m[1], typed).replace("<!--", "&lt;!--").replace("-->", "--&gt;")

    result, data = import_text(tmp_path, "r.html", HEADING.sub(shown, _page(tmp_path)))
    assert _headings(data, "overview") == ["主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"]
    assert _headings(data, "problems") == ["存在的主要问题", "改进情况"]
    assert not [f for f in result.findings if "没有找到" in f.message or "supportLists" in f.message]


def test_a_word_bullet_in_a_picture_font_is_no_text_of_the_paragraph(tmp_path):
    """A bulleted paragraph of a page saved by Word: the bullet is an “l” in Wingdings (● on screen). It was read as
    the paragraph's first letter; as the DOCX reader shows no bullet, it is none of the text."""
    sentence = "全年组织业务培训2次，覆盖各科室业务骨干。"
    bullet = ("<p class=MsoListParagraph style='margin-left:21pt;text-indent:-21pt;mso-list:l5 level1 lfo6'>"
              "<![if !supportLists]><span lang=EN-US style='font-family:Wingdings'><span style='mso-list:Ignore'>l"
              "<span style='font:7.0pt \"Times New Roman\"'>&nbsp; </span></span></span><![endif]>"
              f"<span style='font-family:仿宋_GB2312'>{sentence}</span></p>")
    html = _page(tmp_path).replace("<h2>二、主动公开政府信息情况</h2>", bullet + "<h2>二、主动公开政府信息情况</h2>")
    _, data = import_text(tmp_path, "r.html", html)
    assert data["sections"]["overview"][-1]["content"][-1] == sentence


def _sliver_table(html: str) -> str:
    """Table 三 of ``html`` as Word writes a table whose rows' cell edges are a little apart: a grid column one pixel
    wide after the labels, spanned by the label in some rows and by the first figure in others, and Word's row of
    the grid's column widths (``<tr height=0>``) at the end."""
    start = html.index("<table", html.index("三、收到和处理政府信息公开申请情况"))
    end = html.index("</table>", start) + len("</table>")
    table = lxml.html.fragment_fromstring(html[start:end])
    for k, row in enumerate(table.iter("tr")):
        cells = row.xpath("./td|./th")
        texts = ["".join(c.text_content().split()) for c in cells]
        figure = next((i for i, text in enumerate(texts) if text.isdigit()), None)
        if k == 0 or figure:
            cell = cells[0] if k == 0 else cells[figure - 1] if k % 2 else cells[figure]
            cell.set("colspan", str(int(cell.get("colspan", "1")) + 1))
    widths = "".join(f"<td width={w} style='border:none'></td>" for w in [60, 60, 70, 1] + [50] * 7)
    word = lxml.html.tostring(table, encoding="unicode").replace(
        "</table>", f"<![if !supportMisalignedColumns]><tr height=0>{widths}</tr><![endif]></table>")
    return html[:start] + word + html[end:]


def test_a_word_table_with_a_sliver_column_reads_each_figure_once(tmp_path):
    """The sliver column was read as a column: a figure spanning it filled two, and half table 三's rows were
    placeholders. Folded into the column beside it (as the DOCX reader folds a sliver of its grid), every row reads as
    printed."""
    result, data = import_text(tmp_path, "r.html", _sliver_table(_page(tmp_path)))
    applications = data["tables"]["applications"]
    assert applications["new_received"]["natural_person"] == 38 and applications["new_received"]["total"] == 48
    assert applications["carried_over"]["total"] == 4
    assert applications["results"]["partly_granted"]["natural_person"] == 4
    assert applications["results"]["denied"]["third_party_rights"]["natural_person"] == 1
    assert applications["results"]["total"] == {"natural_person": 40, "commercial_enterprise": 5,
                                                 "research_institution": 0, "public_welfare_organization": 1,
                                                 "legal_service_agency": 1, "other": 1, "total": 48}
    assert not [f for f in result.findings if "表三" in f.message]


WORD_NOTE_MARK = ("<a style='mso-footnote-id:ftn{n}' href=\"#_ftn{n}\" name=\"_ftnref{n}\" title=\"\">"
                  "<span class=MsoFootnoteReference><![if !supportFootnotes]>[{n}]<![endif]></span></a>")
WORD_NOTE = ("<div style='mso-element:footnote' id=ftn{n}><p class=MsoFootnoteText><a style='mso-footnote-id:ftn{n}' "
             "href=\"#_ftnref{n}\" name=\"_ftn{n}\" title=\"\"><span class=MsoFootnoteReference>[{n}]</span></a> "
             "{text}</p></div>")


def test_word_footnotes_are_named_and_their_marks_not_read_into_figures(tmp_path):
    """Word puts a page's footnotes after the 成文日期 and marks them [1] in the text: a mark in a cell made 156[1],
    no figure, and the notes after the date hid it (no 成文日期 found). The marks are taken out; each note is named
    in a finding at its paragraph or cell (import-unread, as a DOCX's footnote), its text quoted."""
    html = _page(tmp_path).replace('>156</td>', f">156{WORD_NOTE_MARK.format(n=1)}</td>")
    html = html.replace("全年组织业务培训2次", "全年组织业务培训2次" + WORD_NOTE_MARK.format(n=2), 1)
    notes = (WORD_NOTE.format(n=1, text="行政许可按决定书件数统计。")
             + WORD_NOTE.format(n=2, text="含线上培训1次。"))
    notes = f"<div style='mso-element:footnote-list'><br clear=all><hr size=1>{notes}</div>"
    html = html.replace("</body>", notes + "</body>")
    result, data = import_text(tmp_path, "r.html", html)
    assert data["tables"]["active_disclosure"]["administrative_licensing"]["decisions"] == 156
    assert str(data["date"]) == "2024-01-25"
    assert data["sections"]["overview"][-1]["content"] == ["将政务公开纳入科室年度考核，全年组织业务培训2次；本年度未发生因公开工作引起的责任追究。"]
    unread = [(f.rule, f.message) for f in result.findings if "脚注" in f.message]
    assert [m for _, m in unread] == ["脚注“含线上培训1次。”未导入：要保留的，请写进正文",
                                      "脚注“行政许可按决定书件数统计。”未导入：要保留的，请写进正文"]
    assert {rule for rule, _ in unread} == {"unread"}


def test_a_libreoffice_pages_footnote_is_named_and_its_mark_not_read(tmp_path):
    """The same for a page LibreOffice saved: its mark <a href="#sdfootnote1sym"><sup>1</sup></a> was read as the
    sentence's “1”."""
    mark = '<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>'
    note = ('<div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym" '
            'href="#sdfootnote1anc">1</a>含线上培训1次。</p></div>')
    html = _page(tmp_path).replace("全年组织业务培训2次", "全年组织业务培训2次" + mark, 1).replace("</body>", note + "</body>")
    result, data = import_text(tmp_path, "r.html", html)
    assert data["sections"]["overview"][-1]["content"] == ["将政务公开纳入科室年度考核，全年组织业务培训2次；本年度未发生因公开工作引起的责任追究。"]
    assert [f.message for f in result.findings if "脚注" in f.message] == ["脚注“含线上培训1次。”未导入：要保留的，请写进正文"]


def test_hidden_text_is_left_out_and_named(tmp_path):
    """Text a browser does not show (Word's hidden text, display:none;mso-hide:all) was read into the sentence; it is
    left out, and named in a note where it stood."""
    html = _page(tmp_path).replace("全年组织业务培训2次", "全年组织<span style='display:none;mso-hide:all'>（内部稿，"
                                   "发布前删去）</span>业务培训2次", 1)
    result, data = import_text(tmp_path, "r.html", html)
    assert data["sections"]["overview"][-1]["content"] == ["将政务公开纳入科室年度考核，全年组织业务培训2次；本年度未发生因公开工作引起的责任追究。"]
    assert [(f.rule, f.message) for f in result.findings if "隐藏" in f.message] == [
        ("skipped", "网页上隐藏（不显示）的文字“（内部稿，发布前删去）”未导入")]


def test_an_ordered_lists_numbers_are_read_as_the_page_shows_them(tmp_path):
    """A site's editor turns Word's numbered headings into <ol style="list-style-type: cjk-ideographic"><li>: the page
    shows 一、, the text has none, and the part was not found. The number shown is read; an <ol> of links (a site's
    menu) gets none."""
    html = _page(tmp_path).replace("<h2>一、总体情况</h2>", '<ol style="list-style-type: cjk-ideographic;"><li><p>'
                                   "<strong>总体情况</strong></p></li></ol>")
    html = html.replace("<h4>1.规划和用地信息</h4>", "<ol><li><p>规划和用地信息</p></li></ol>")
    html = html.replace("<h4>2.执法和处罚信息</h4>", '<ol start="2"><li><p>执法和处罚信息</p></li></ol>')
    html = html.replace("<body>", '<body><ol class="menu"><li><a href="/">首页</a></li><li><a href="/gk/">政务公开</a>'
                        "</li></ol>", 1)
    result, data = import_text(tmp_path, "r.html", html)
    assert _headings(data, "overview") == ["主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"]
    assert [x["heading"] for x in data["sections"]["overview"][1]["content"][1:]] == ["规划和用地信息", "执法和处罚信息"]
    assert [f.message for f in result.findings if "首页" in f.message] == ["标题之前的“首页”未导入"]


def test_a_sites_neighbour_links_after_an_attached_file_are_no_attachment(tmp_path):
    """After the 成文日期, a site builder's page has 附件：and the report's file, the 打印/关闭 buttons, 上一篇/下一篇 and the
    footer. 上一篇：… was read as text, so the buttons and both lines became an attachment's text. 上一篇/下一篇 (with a
    link, or 没有了) are the site's navigation, as the file's link is: no attachment, a note."""
    tail = ('<div class="fj">附件：<a href="/u/W0202401.docx">某县自然资源局2023年政府信息公开工作年度报告.docx</a></div>'
            '<div class="btn"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">'
            '【关闭窗口】</a></div><div class="page"><p>上一篇：没有了</p><p>下一篇：<a href="/u/2.html">'
            "某县自然资源局关于2024年度征地补偿标准的公示</a></p></div>"
            '<div class="foot"><p>主办：某县人民政府办公室</p><p>网站标识码：5107000001</p></div></body>')
    result, data = import_text(tmp_path, "r.html", _page(tmp_path).replace("</body>", tail))
    assert "attachments" not in data
    assert str(data["date"]) == "2024-01-25"
    assert [(f.rule, f.message) for f in result.findings if "附件" in f.message] == [
        ("skipped", "成文日期之后的附件（从“附件：某县自然资源局2023年政府信息公…”起）未导入")]


def test_the_page_footer_of_a_document_libreoffice_saved_as_a_page_is_no_signature(tmp_path):
    """LibreOffice saves a DOCX's page footer (the page number — 1 —, set right) as <div title="footer"> at the page's
    end: in a 2008 report without 署名 or 成文日期, the number was read as the 署名 (and the data refused: a 署名 without
    a date). The page header and footer are none of the article, as the DOCX reader reads none."""
    html = _page(tmp_path)
    html = html[:html.index('<div class="signature')] + (
        '<div title="footer"><p align="right" style="margin-right: 0.19in">— <span><sdfield type=PAGE subtype=RANDOM '
        'format=PAGE>5</sdfield></span> —</p></div></body></html>')
    result, data = import_text(tmp_path, "r.html", html)
    assert "signature" not in data
    assert not [f for f in result.findings if "5 —" in f.message]


@pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice")
def test_a_2008_report_libreoffice_saved_as_a_page_reads_as_its_data(tmp_path):
    """The 2008 sample rendered to DOCX and saved as a web page by LibreOffice (soffice --convert-to html) reads back
    as the data it was made from: every text and figure as printed."""
    data = Path("examples/nanning-2008.yaml")
    docx = render_source(data, "docx", tmp_path, PLUGINS)
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--convert-to",
                    "html", "--outdir", str(tmp_path), str(docx)], capture_output=True, timeout=180, check=False)
    result = imported(docx.with_suffix(".html"), tmp_path, PLUGINS)
    assert printed(result.target, PLUGINS) == printed(data, PLUGINS)


def test_word_comments_and_tracked_deletions_in_a_page_are_no_text(tmp_path):
    """A document saved by Word with its comments (批注) and tracked changes: the comment's mark [A1] made 156[A1] in a
    cell, no figure; the deleted text was read beside the inserted (布局规划). As the DOCX reader reads them: comments
    are no text of the report, the changes are accepted."""
    anchor = ('<a class=msocomanchor id="_anchor_1" href="#_msocom_1" language=JavaScript name="_msoanchor_1">'
              "[A1]</a><span style='mso-special-character:comment'>&nbsp;</span>")
    comments = ("<div style='mso-element:comment-list'><hr class=msocomoff align=left size=1 width=\"33%\">"
                "<div style='mso-element:comment'><div id=\"_com_1\" class=msocomtxt language=JavaScript>"
                "<p class=MsoCommentText><a href=\"#_msoanchor_1\" class=msocomoff>[A1]</a>这个数请再核对</p>"
                "</div></div></div>")
    html = _page(tmp_path).replace(">156</td>", f">156<span class=MsoCommentReference>{anchor}</span></td>")
    html = html.replace("其中国土空间规划公示", "其中国土空间<span class=msoDel><del cite=\"mailto:admin\" "
                        "datetime=\"2024-01-20T10:00\">布局</del></span><ins cite=\"mailto:admin\" "
                        "datetime=\"2024-01-20T10:00\">规划</ins>公示", 1).replace("</body>", comments + "</body>")
    result, data = import_text(tmp_path, "r.html", html)
    assert data["tables"]["active_disclosure"]["administrative_licensing"]["decisions"] == 156
    assert data["sections"]["overview"][1]["content"][0].startswith("全年通过县政府门户网站本局专栏发布信息612条，其中国土空间规划公示27条")
    assert not [f for f in result.findings if "A1" in f.message or "核对" in f.message]


def test_an_article_hidden_until_a_script_shows_it_is_read(tmp_path):
    """The other side of hidden text: a site that hides the article's container until its script has run
    (<div id="zoom" style="display:none">) shows the report all the same; it holds most of the page's text, and is
    read."""
    html = _page(tmp_path).replace("<body>", '<body><div id="zoom" style="display:none">', 1).replace(
        "</body>", "</div></body>")
    result, data = import_text(tmp_path, "r.html", html)
    assert _headings(data, "overview")[0] == "主动公开" and str(data["date"]) == "2024-01-25"
    assert not [f for f in result.findings if "隐藏" in f.message]
