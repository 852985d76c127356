"""Published reports in shapes reportkit did not make: PDFs LibreOffice and Chromium export without a Chinese font
(each glyph a box, its character only in the /ActualText beside it), Word's list numbers set smaller than their
text, and a site's bracketed editor line."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import docx
import pytest
import yaml
from docx.oxml import parse_xml
from docx.shared import Pt

from _import_helpers import CHROMIUM, SOFFICE, chromium_pdf, imported, render_source
from docx_pages import soffice_pdfs
from reportkit.plugins import load_plugins

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _data(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _site_page(tmp_path: Path, plugins, tail: str) -> Path:
    """sample-2021 as a web page, its 署名 and 成文日期 replaced by ``tail``."""
    page = render_source(Path("examples/sample-2021.yaml"), "html", tmp_path, plugins)
    html = page.read_text(encoding="utf-8")
    start = html.rindex("<div", 0, html.index('class="signature'))
    end = html.index("</div></div>", start) + len("</div></div>")
    edited = tmp_path / "site" / "page.html"
    edited.parent.mkdir()
    edited.write_text(html[:start] + tail + html[end:], encoding="utf-8")
    return edited


@pytest.mark.parametrize("line", ["（责任编辑：李明）", "(责任编辑：李明)", "【责任编辑：李明】", "[编辑：李明]", "［编辑：李明］"])
def test_a_bracketed_editor_line_ending_an_undated_page_is_no_text(tmp_path, line):
    """A site's editor line in brackets at the end of a report with no 成文日期 went into part 六 as its last paragraph."""
    plugins = load_plugins()
    result = imported(_site_page(tmp_path, plugins, f"<p>{line}</p>"), tmp_path, plugins)
    assert _data(result)["sections"]["other"] == ["本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"]
    assert f"文末的网页信息“{line}”未导入" in [f.message for f in result.findings]


def test_an_editor_named_in_a_sentence_stays_text(tmp_path):
    plugins = load_plugins()
    said = "（编辑部门按季度汇总各科室报送的信息。）"
    result = imported(_site_page(tmp_path, plugins, f"<p>{said}</p>"), tmp_path, plugins)
    assert _data(result)["sections"]["other"][-1] == said


PARTS = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
         "存在的主要问题及改进情况", "其他需要报告的事项"]
TEXTS = {"总体情况": "本年度我局在门户网站专栏更新各类信息三百余条，重要文件印发后同步配发图解。",
         "存在的主要问题及改进情况": "下一步将建立信息报送提醒制度，每季度通报各科室报送情况。",
         "其他需要报告的事项": "本年度办理人大代表建议5件、政协提案3件，答复内容均已公开。"}
ITEMS = ["个别科室报送信息不够及时，专栏更新存在滞后。", "政策解读以文字为主，形式比较单一。"]


def _numbered_docx(path: Path) -> None:
    """A report whose part headings and list items are numbered by Word (一、 and 1. not in the text), the numbers in
    the paragraph mark's size (五号, the default) and the runs in 三号, as a document typed in WPS often has."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    for aid, (fmt, text) in enumerate([("chineseCounting", "%1、"), ("decimal", "%1.")], 21):
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            f'</w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {W} w:numId="{aid}"><w:abstractNumId w:val="{aid}"/></w:num>'))

    def paragraph(text, num=None, bold=False):
        p = document.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        run = p.add_run(text)
        run.font.size, run.bold = Pt(16), bold or None
        if num:
            p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))
        return p

    title = document.add_paragraph()
    title.alignment = 1
    title.add_run("某县水利局2023年政府信息公开工作年度报告").font.size = Pt(22)
    for part in PARTS:
        paragraph(part, 21, bold=True)
        if part in TEXTS:
            paragraph(TEXTS[part])
        if part == "存在的主要问题及改进情况":
            for item in ITEMS:
                paragraph(item, 22)
    for line in ("某县水利局", "2024年1月22日"):
        document.add_paragraph(line).alignment = 2
    document.save(path)


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice")
def test_libreoffice_s_pdf_with_word_numbering_and_no_chinese_font(tmp_path):
    """LibreOffice, exporting without a Chinese font, draws each character as a box and writes the character in the
    /ActualText beside it: the PDF was refused (“汉字都读成同一个字”). Word's list numbers, a size smaller than the
    text on its baseline, read as a line of their own (“一、” over “总体情况”), and a tab after them parted the line as
    a row of a table of text (“1.，个别科室……”)."""
    source = tmp_path / "numbered.docx"
    _numbered_docx(source)
    soffice_pdfs([source], tmp_path, dict(os.environ), 180)  # the machine's own fonts, not the bundled faces
    plugins = load_plugins()
    back = _data(imported(tmp_path / "numbered.pdf", tmp_path, plugins))
    (tmp_path / "docx").mkdir()
    assert back["agency"] == "某县水利局" and back["year"] == 2023 and str(back["date"]) == "2024-01-22"
    assert back["sections"] == _data(imported(source, tmp_path / "docx", plugins))["sections"] == {
        "overview": [TEXTS["总体情况"]],
        "problems": [TEXTS["存在的主要问题及改进情况"]] + [f"{k}.{item}" for k, item in enumerate(ITEMS, 1)],
        "other": [TEXTS["其他需要报告的事项"]]}


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium")
def test_a_browser_s_pdf_with_characters_its_font_lacks(tmp_path):
    """Chromium, printing without a Chinese font, writes some characters nowhere (the first of a run has no
    /ActualText): what cannot be read is said at its paragraph, not imported in silence."""
    plugins = load_plugins()
    page = render_source(Path("examples/sample-2021.yaml"), "html", tmp_path, plugins)
    pdf = chromium_pdf(page.read_text(encoding="utf-8"), tmp_path, fandol=False)
    result = imported(pdf, tmp_path, plugins)
    lost = [f for f in result.findings if "个字取不出" in f.message]
    text = json.dumps(_data(result), ensure_ascii=False, default=str)
    assert len(lost) == len({f.place for f in lost}) >= 1
    assert sum(int(re.search(r"有 (\d+) 个字", f.message).group(1)) for f in lost) >= text.count("(cid:") >= 1


NUMBERED_LINES = ["本年度按类别主动公开的信息如下：", "（一）机构职能类信息25条", "（二）政策文件类信息86条", "（三）工作动态类信息325条"]


def test_a_paragraph_s_own_number_comes_back_as_printed_from_a_pdf(tmp_path):
    """The number a paragraph starts with was written again as the importer's reading of it: （一）机构职能类信息25条
    came back (一)机构职能类信息25条, so the data changed in a round trip through reportkit's own PDF."""
    plugins = load_plugins()
    data = yaml.safe_load(Path("examples/sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["active_disclosure"] = NUMBERED_LINES
    source = tmp_path / "report.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = imported(render_source(source, "pdf", tmp_path, plugins), tmp_path, plugins)
    assert _data(result)["sections"]["active_disclosure"] == NUMBERED_LINES
