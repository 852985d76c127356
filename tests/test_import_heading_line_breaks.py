"""A heading's line breaks, one rule in ``Published.add`` for every reader (a plugin's too), and a web page's text as a
browser lays it out: the page source's own line breaks (a site's editor wraps long lines) are white space, not <br>;
a heading in bold further down a <p> opens a paragraph, set apart from the text after it by its look.
The texts are written here."""
from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from _import_helpers import data_of, imported, render_source, unspaced

from reportkit.importers import docx as docx_reader
from reportkit.importers import html as html_reader
from reportkit.importers.source import BOLD, Para, Published
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
EXAMPLE = Path("examples/sample-2021.yaml")

#: A part's first paragraph, in three sentences (a short line with no clause after a heading would wrap it).
FIRST = "全年主动公开政府信息1200条"
SENTENCES = "本局全年坚持依法公开，按时更新专栏。", "各科室分工负责，信息发布及时准确。", "公开工作同业务工作同部署、同检查。"


def _read_page(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    """The (role, text) of each paragraph the web page reader reads from a page with ``body``."""
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>报告</title></head><body>{body}</body></html>", encoding="utf-8")
    return [(item.role, item.text) for item in html_reader.read(page).items]


# 1. One rule in Published.add ------------------------------------------------------------------------------------------

def test_a_plugin_s_heading_with_a_sentence_after_its_line_break_is_a_heading_and_text():
    """A plugin's reader adds a heading paragraph whose second line, after a line break, is a sentence: the heading is
    its first line, the sentence body text, as DOCX and web headings are read. Before, the sentence was a heading too."""
    published = Published("report.ofd")
    published.add(Para(f"一、总体情况\n{SENTENCES[0]}", "第 1 页第 3 行", "heading"))
    assert [(p.role, p.text, p.place) for p in published.items] == [
        ("heading", "一、总体情况", "第 1 页第 3 行"), ("body", SENTENCES[0], "第 1 页第 3 行")]


def test_a_plugin_s_looks_part_a_heading_from_a_short_line_set_as_text():
    """With the looks of its lines, a reader's heading keeps a second line set like it (the heading's rest) and parts
    one set otherwise (the text under it), though neither has a clause: the look decides, as for DOCX and web pages.
    Before, a heading's lines were always one heading."""
    heading, plain = {(BOLD, ("font-size", "16pt"))}, {(("font-size", "16pt"),)}
    wrapped, parted = Published("a.ofd"), Published("b.ofd")
    wrapped.add(Para("二、主动公开\n政府信息情况", "第 2 页第 1 行", "heading"), [heading, heading])
    parted.add(Para(f"（一）主动公开\n{FIRST}", "第 2 页第 1 行", "heading"), [heading, plain])
    assert [(p.role, p.text) for p in wrapped.items] == [("heading", "二、主动公开政府信息情况")]
    assert [(p.role, p.text) for p in parted.items] == [("heading", "（一）主动公开"), ("body", FIRST)]


def test_a_docx_body_paragraph_opening_in_bold_has_the_same_rule(tmp_path):
    """A DOCX paragraph in the Normal style, its numbered heading in bold and its text after Shift+Enter in plain: the
    heading and the text apart, as on a web page. Before, the short line was read as the heading's wrapped rest
    (“（一）主动公开全年主动公开政府信息1200条”)."""
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("（一）主动公开").bold = True
    paragraph.add_run().add_break()
    paragraph.add_run(FIRST)
    document.add_paragraph(SENTENCES[0])
    document.save(tmp_path / "report.docx")
    items = docx_reader.read(tmp_path / "report.docx").items
    assert [(p.role, p.text) for p in items] == [("body", "（一）主动公开"), ("body", FIRST), ("body", SENTENCES[0])]


# 2. The page source's line breaks ---------------------------------------------------------------------------------------

def _wrapped(text: str, width: int) -> str:
    """``text`` (a page's text between tags) as an editor saving the page wraps it: a line break and an indent after
    ``width`` characters, where two Chinese characters or two words meet."""
    out, count = [], 0
    for k, char in enumerate(text):
        out.append(char)
        count += 1
        after = text[k + 1:k + 2]
        if count >= width and after and (not char.isascii() and not after.isascii() or after == " "):
            out.append("\n        ")
            count = 0
    return "".join(out)


@pytest.mark.parametrize("body, paragraphs", [
    (f"<p>{_wrapped(''.join(SENTENCES), 18)}</p>", ["".join(SENTENCES)]),
    (f"<p>\n    {SENTENCES[0]}\n    {SENTENCES[1]}\n</p>", [SENTENCES[0] + SENTENCES[1]]),
    ("<p>本局网站的英文栏目名为 Government\n   Information Disclosure，全年更新\n   信息。</p>",
     ["本局网站的英文栏目名为 Government Information Disclosure，全年更新信息。"]),
    (f"<p>{SENTENCES[0]}<br>\n    {SENTENCES[1]}</p>", [SENTENCES[0], SENTENCES[1]]),
    (f"<p>&nbsp;&nbsp;{SENTENCES[0][:8]}\n<br>&nbsp;&nbsp;&nbsp;&nbsp;{SENTENCES[1]}</p>",
     [SENTENCES[0][:8], SENTENCES[1]]),
], ids=["wrapped every 18 characters", "a line a sentence", "latin words", "a <br> still breaks",
        "&nbsp; indents a line after a <br>"])
def test_the_page_source_s_line_breaks_are_white_space(tmp_path, body, paragraphs):
    """A line break in a <p>'s source (and the indent after it) is white space, as a browser shows it: nothing between
    Chinese characters, a space between words; a <br> breaks the line, and a line indented by &nbsp; after it starts a
    paragraph. Before, each source line was a line of its own: one after a sentence's end, or indented, a paragraph of
    its own."""
    assert _read_page(tmp_path, body) == [("body", text) for text in paragraphs]


@pytest.mark.parametrize("opening, paragraphs", [
    ("<pre>", [SENTENCES[0], SENTENCES[1][:6], SENTENCES[1][6:], SENTENCES[2]]),
    ('<div style="white-space: pre-wrap">', [SENTENCES[0], SENTENCES[1][:6], SENTENCES[1][6:], SENTENCES[2]]),
    ('<div style="white-space: pre-line">', [SENTENCES[0], SENTENCES[1], SENTENCES[2]]),
    ('<div style="white-space: normal">', ["".join(SENTENCES)]),
], ids=["pre", "pre-wrap", "pre-line", "normal"])
def test_preformatted_text_keeps_its_line_breaks(tmp_path, opening, paragraphs):
    """In <pre> (a block of its own) and under ``white-space: pre``/``pre-wrap`` the source's line breaks and spaces
    are the text's (an indented line starts a paragraph), under ``pre-line`` its line breaks only (an indent is no
    indent); elsewhere neither. Before, <pre> was read with the text before it, ``pre-line``'s indented line was a
    paragraph of its own, and so were ``normal``'s lines after a sentence's end."""
    text = f"{SENTENCES[0]}\n{SENTENCES[1][:6]}\n    {SENTENCES[1][6:]}\n{SENTENCES[2]}"
    closing = "</pre>" if opening == "<pre>" else "</div>"
    assert _read_page(tmp_path, f"说明：{opening}{text}{closing}") == [("body", "说明：")] + [
        ("body", paragraph) for paragraph in paragraphs]


def test_a_page_whose_source_lines_are_wrapped_imports_as_the_page_unwrapped(tmp_path):
    """reportkit's own page of the example report, every text in its body wrapped with indented line breaks as an
    editor saving it does: the same data, the same findings. Before, each wrapped line after an indent was a paragraph
    of its own, parts' texts cut in pieces and headings cut in two."""
    html = unspaced(render_source(EXAMPLE, "html", tmp_path, PLUGINS))
    head, body = html.split("<body", 1)
    wrapped = head + "<body" + re.sub(r">([^<]{12,})<", lambda m: f">{_wrapped(m.group(1), 10)}<", body)
    assert wrapped.count("\n        ") > 50
    results = []
    for name, page in (("plain.html", html), ("wrapped.html", wrapped)):
        (tmp_path / name).write_text(page, encoding="utf-8")
        result = imported(tmp_path / name, tmp_path, PLUGINS)
        results.append(([f.message for f in result.findings], data_of(result)))
    assert results[1] == results[0]
    assert results[0][1]["sections"]["overview"][1]["heading"] == "主动公开"  # the page read, its parts found


# 3. A heading in bold further down a <p> -------------------------------------------------------------------------------

#: How sites set a heading in bold.
BOLD_MARKUPS = {
    "strong": "<strong>{}</strong>",
    "b": "<b>{}</b>",
    "span style": '<span style="font-weight:bold">{}</span>',
    "font and b": '<font face="黑体" size="4"><b>{}</b></font>',
    "nested spans": '<span style="font-family:仿宋"><span style="FONT-WEIGHT: 700">{}</span></span>',
    "&nbsp; before": "&nbsp;&nbsp;<strong>{}</strong>",
}


@pytest.mark.parametrize("markup", BOLD_MARKUPS.values(), ids=BOLD_MARKUPS.keys())
@pytest.mark.parametrize("heading, read", [
    ("二、主动公开政府信息情况", "二、主动公开政府信息情况"),
    ("主动公开政府信息情况", "主动公开政府信息情况"),
    ("二、主动公开<br>政府信息情况", "二、主动公开政府信息情况"),
], ids=["numbered", "not numbered", "wrapped by a <br>"])
def test_a_bold_heading_further_down_a_paragraph_opens_a_paragraph(tmp_path, markup, heading, read):
    """“……。<br><b>二、…</b><br>……”: a line set all in bold after a line that is not opens a heading, its lines in
    bold its own, the plain short line after it the text under it. Before, that line (no clause, short enough) was
    read as the heading's rest, and a heading without a number ran into it (“主动公开政府信息情况全年…”); a heading
    wrapped by a <br> lost its second line to the text."""
    body = f"<p>{SENTENCES[0]}<br>{markup.format(heading)}<br>{FIRST}</p>"
    assert _read_page(tmp_path, body) == [("body", SENTENCES[0]), ("body", read), ("body", FIRST)]


@pytest.mark.parametrize("markup", ["<b>{}</b>", '<font face="黑体">{}</font>'], ids=["b", "font, not bold"])
def test_a_heading_further_down_text_between_blocks_opens_a_paragraph(tmp_path, markup):
    """The same for text between blocks in nested <div>s (a site's editor), and for a numbered line set in another
    face than the text around it. Before, the short line after it was the heading's wrapped rest."""
    body = (f"<div><div>{SENTENCES[0]}<br>{markup.format('二、主动公开政府信息情况')}<br>{FIRST}"
            f"<div>{SENTENCES[1]}</div></div></div>")
    assert _read_page(tmp_path, body) == [("body", SENTENCES[0]), ("body", "二、主动公开政府信息情况"),
                                          ("body", FIRST), ("body", SENTENCES[1])]


def test_text_in_bold_within_a_line_or_all_through_is_no_heading(tmp_path):
    """Bold words inside a line, and a paragraph all in bold, open no heading: the lines after a break go on as text
    does (joined where nothing ends them)."""
    body = (f"<p>本局<b>全年</b>主动公开<br>政府信息1200条，{SENTENCES[0]}</p>"
            f"<p><strong>本局坚持公开<br>为常态</strong></p>")
    assert _read_page(tmp_path, body) == [("body", f"本局全年主动公开政府信息1200条，{SENTENCES[0]}"),
                                          ("body", "本局坚持公开为常态")]


def test_text_after_a_comment_or_a_script_is_read_and_a_script_is_not(tmp_path):
    """Text between blocks after an HTML comment or a <script> is the page's text, as a browser shows it; a script's
    code inside a paragraph is not. Before, the text after them between blocks was dropped without a word, and the
    code read as the paragraph's text."""
    body = (f"<div>{SENTENCES[0]}<!-- 编辑：某某 -->{SENTENCES[1]}<script>var shown = 1;</script>{SENTENCES[2]}"
            f"<p>{FIRST}<script>document.title = 'x';</script>。</p></div>")
    assert _read_page(tmp_path, body) == [("body", "".join(SENTENCES)), ("body", f"{FIRST}。")]
