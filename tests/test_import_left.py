"""Import precision left over from the sweeps: a date line in the body is no 成文日期 (every format); a DOCX's deleted
paragraph mark and a content control's placeholder text; a heading wrapped by a line break in a body paragraph (DOCX
and HTML) (a PDF's contact table without rules: test_import_precision.py). Each input is reportkit's own rendering of the example report with one
thing changed, the text written here."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import docx
import pytest
import yaml
from _import_helpers import changed_docx, data_of, imported, page_as_text, paragraph_starting, render_source, unspaced, word_xml
from docx.oxml.ns import qn

import reportkit.renderers.pdf as pdf_renderer
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
EXAMPLE = Path("examples/sample-2021.yaml")
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
#: What part 六 prints without fees; the tests put 无 in its place, so that nothing after a date line ends a sentence.
_FEES = "本年度未发出信息处理费收费通知，未收取信息处理费。"


# 1. A date line in the body ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dated_in_body(tmp_path_factory) -> Path:
    """The example with a date line closing part 五's text, part 六 only 无 (no fees)."""
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["sections"]["problems"][-1]["content"].append("2023年12月20日")
    data["sections"]["other"] = ["无"]
    data.pop("information_processing_fee")
    path = tmp_path_factory.mktemp("dated") / "dated.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _undated_source(data: Path, fmt: str, folder: Path, monkeypatch) -> Path:
    """``data`` in ``fmt`` without its 成文日期 at the end, part 六 saying 无."""
    if fmt == "docx":
        document = docx.Document(str(render_source(data, "docx", folder, PLUGINS)))
        closing = [p for p in document.paragraphs if p.text.strip() == "2024年1月25日"][-1]
        closing._p.getparent().remove(closing._p)
        fees = paragraph_starting(document, _FEES)
        for run in fees.runs[1:]:
            run._r.getparent().remove(run._r)
        fees.runs[0].text = "无"
        document.save(str(folder / "undated.docx"))
        return folder / "undated.docx"

    def undated(html: str) -> str:
        changed = re.sub(r'<p class="date">.*?</p>', "", html).replace(_FEES, "无")
        assert changed.count("年") < html.count("年") and _FEES not in changed
        return changed
    if fmt == "pdf":
        render_html = pdf_renderer._render_html
        monkeypatch.setattr(pdf_renderer, "_render_html", lambda *args: undated(render_html(*args)))
        return render_source(data, "pdf", folder, PLUGINS)
    html = undated(unspaced(render_source(data, "html", folder, PLUGINS)))
    target = folder / f"undated.{fmt}"
    target.write_text(html if fmt == "html" else page_as_text(html), encoding="utf-8")
    return target


@pytest.mark.parametrize("fmt", ["docx", "html", "txt", "pdf"])
def test_a_date_line_with_parts_after_it_is_body_text(tmp_path, monkeypatch, dated_in_body, fmt):
    """A date alone on a line after part 五's text, parts after it and no date at the end: it is part 五's last line,
    no 成文日期. Before, it was taken for one, and part 六 and the 署名 after it were left out as past the end."""
    result = imported(_undated_source(dated_in_body, fmt, tmp_path, monkeypatch), tmp_path, PLUGINS)
    data = data_of(result)
    assert data["sections"]["problems"][-1]["content"][-1] == "2023年12月20日"
    assert data["sections"]["other"] == ["无"]
    assert data["date"] == "【请填写：成文日期，如 2024-01-25】"
    assert [f.message for f in result.findings] == ["没有找到成文日期（文末的“××××年×月×日”）"]


def test_the_closing_date_is_the_last_and_what_follows_it_is_named(tmp_path, dated_in_body):
    """With a date line in the body and the 成文日期 at the end, the last is the 成文日期; a line after it that is no
    footer is left out in a finding at its place, never silently."""
    source = render_source(dated_in_body, "docx", tmp_path, PLUGINS)
    document = docx.Document(str(source))
    closing = [p for p in document.paragraphs if p.text.strip() == "2024年1月25日"][-1]
    closing._p.addnext(word_xml("<w:p><w:r><w:t>（本页以下无正文）</w:t></w:r></w:p>"))
    document.save(str(source))
    place = f"第 {[p.text for p in docx.Document(str(source)).paragraphs].index('（本页以下无正文）') + 1} 段"
    result = imported(source, tmp_path, PLUGINS)
    data = data_of(result)
    assert str(data["date"]) == "2024-01-25"
    assert data["sections"]["problems"][-1]["content"][-1] == "2023年12月20日"
    assert [(f.place, f.message) for f in result.findings] == [(place, "成文日期之后的“（本页以下无正文）”未导入")]


# 2. A DOCX's deleted paragraph marks and placeholders ------------------------------------------------------------------

def test_a_deleted_paragraph_mark_joins_the_paragraph_with_the_next(tmp_path, plain):
    """A paragraph whose mark a tracked change deleted (w:pPr/w:rPr/w:del) is, as Word shows it, the start of the next:
    in the body and in a cell. Before, it was read as a paragraph of its own (a sentence cut in two; 3 and 8 read as
    two lines of one cell)."""
    def split(paragraph, at: int) -> None:
        """``paragraph`` in two at ``at``, the first's mark deleted."""
        text, element = paragraph.text, paragraph._p
        props = element.find(qn("w:pPr"))
        head = word_xml("<w:p/>")
        head.append(copy.deepcopy(props) if props is not None else word_xml("<w:pPr/>"))
        head[0].append(word_xml('<w:rPr><w:del w:id="9" w:author="审核" w:date="2024-01-20T00:00:00Z"/></w:rPr>'))
        head.append(word_xml(f"<w:r><w:t>{text[:at]}</w:t></w:r>"))
        for run in element.findall(qn("w:r")):
            element.remove(run)
        element.append(word_xml(f"<w:r><w:t>{text[at:]}</w:t></w:r>"))
        element.addprevious(head)

    def change(document):
        split(paragraph_starting(document, "全年通过县政府门户网站"), 12)
        cell = next(c for row in document.tables[1].rows for c in row.cells if c.text == "38")
        split(cell.paragraphs[0], 1)
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]


_PLACEHOLDER = ('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="a3"/></w:rPr>'
                "<w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt>")


def test_a_content_controls_placeholder_is_no_text(tmp_path, plain):
    """A content control showing its placeholder (单击或点击此处输入文字。) stands where nothing was filled in: after a
    sentence it is left out; alone in a paragraph, around a paragraph, or alone in a cell, it is left out with a finding
    at its place. Before, it was read as the report's text."""
    def change(document):
        paragraph_starting(document, "全年新收政府信息公开申请")._p.append(word_xml(_PLACEHOLDER))
        after = paragraph_starting(document, "完成本局专栏的栏目调整")._p
        after.addnext(word_xml(f"<w:p>{_PLACEHOLDER}</w:p>"))
        block = word_xml(_PLACEHOLDER.replace("<w:r>", "<w:p><w:r>").replace("</w:r>", "</w:r></w:p>"))
        paragraph_starting(document, "对拟公开的文件逐件确定")._p.addnext(block)
        cell = next(c for row in document.tables[1].rows for c in row.cells if c.text == "38")
        for run in cell.paragraphs[0].runs:
            run._r.getparent().remove(run._r)
        cell.paragraphs[0]._p.append(word_xml(_PLACEHOLDER))
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    body = [p for p in docx.Document(str(tmp_path / "changed.docx")).element.body.iterchildren(qn("w:p"))]
    texts = ["".join(t.text for t in p.iter(qn("w:t"))) for p in body]
    alone = texts.index("单击或点击此处输入文字。") + 1
    block = next(k for k, text in enumerate(texts) if text.startswith("对拟公开的文件逐件确定")) + 1
    note = "内容控件的提示文字“单击或点击此处输入文字。”未导入（控件没有填写）：原文这里应有内容的，请核对后补写"
    unread = [(f.place, f.message) for f in result.findings if f.rule == "unread"]
    assert unread == [(f"第 {block} 段后", note), (f"第 {alone} 段", note), ("第 2 个表格", note)]
    assert "单击或点击此处" not in yaml.safe_dump(data, allow_unicode=True)
    assert data["sections"] == plain[1]["sections"]


# 3. A heading wrapped by a line break in a body paragraph --------------------------------------------------------------

def test_a_body_paragraph_heading_wrapped_by_shift_enter_is_one_heading(tmp_path, plain):
    """A part's heading typed in a body (Normal) paragraph and wrapped with Shift+Enter is one heading; the part's
    short text 无 after a heading and a line break in one paragraph stays its text. Before, the heading's second line
    was taken for the part's text and 二、主动公开 was no part heading."""
    def change(document):
        heading = paragraph_starting(document, "二、主动公开政府信息情况")
        props = heading._p.find(qn("w:pPr"))
        props.remove(props.find(qn("w:pStyle")))
        for run in heading.runs:
            run._r.getparent().remove(run._r)
        heading._p.append(word_xml("<w:r><w:t>二、主动公开</w:t><w:br/><w:t>政府信息情况</w:t></w:r>"))
    result, data = changed_docx(plain[0], tmp_path, change, PLUGINS)
    assert result.findings == []
    assert data == plain[1]


@pytest.mark.parametrize("tag", ["p", "h2"])
def test_a_web_pages_heading_wrapped_by_br_is_one_heading(tmp_path, dated_in_body, tag):
    """The same on a web page: a heading in a <p> or an <h2> wrapped by <br> is one heading, and 六、… <br>无 in one
    <p> a heading over its text. Before, the <h2>'s and the <p>'s second lines were each a paragraph of their own."""
    html = unspaced(render_source(dated_in_body, "html", tmp_path, PLUGINS)).replace(_FEES, "无")
    (tmp_path / "plain.html").write_text(html, encoding="utf-8")
    plain_result = imported(tmp_path / "plain.html", tmp_path, PLUGINS)
    wrapped = html.replace("<h2>二、主动公开政府信息情况</h2>", f"<{tag}>二、主动公开<br>政府信息情况</{tag}>")
    wrapped = re.sub(r"<h2>六、其他需要报告的事项</h2>\s*<p>无</p>", "<p>六、其他需要报告的事项<br>无</p>", wrapped)
    assert wrapped.count("<br>") == html.count("<br>") + 2
    page = tmp_path / "wrapped.html"
    page.write_text(wrapped, encoding="utf-8")
    result = imported(page, tmp_path, PLUGINS)
    assert [f.message for f in result.findings] == [f.message for f in plain_result.findings]
    assert data_of(result) == data_of(plain_result)
