"""An attachment's notes (表后说明, ``notes``): printed after its table in every output, kept with its last rows."""
from __future__ import annotations

import dataclasses
import io
import json
import re

import docx
import lxml.html
import pdfplumber
import pytest

from _kinds import EXAMPLES, W
from reportkit.blocks import Attachment
from reportkit.errors import InvalidData
from reportkit.pipeline import choose_layout
from reportkit.pipeline import render as render_document
from reportkit.testing import load, render

BASE = (EXAMPLES / "sample-2021.yaml").read_text(encoding="utf-8")
LEAD = "各股室配备的信息公开工作人员如下表。"
NOTES = ["注：1.本表人数截至年末，含兼职人员。2.人员变动后十个工作日内更新本表。", "数据来源：本局办公室。"]


def data(rows: int = 2, notes: list[str] = NOTES, table: bool = True) -> str:
    lines = ["attachments:", "  - title: 信息公开工作人员", "    content:", f"      - {LEAD}"]
    if table:
        lines += ["    table:", "      columns: [股室, 岗位, 人数]", "      rows:"]
        lines += [f"        - [第{i}股室, 信息员, {i}]" for i in range(1, rows + 1)]
    lines += ["    notes:"] + [f"      - {note}" for note in notes]
    return BASE + "\n" + "\n".join(lines) + "\n"


def attachment_pdf(text: str, engine: str) -> bytes:
    """The ``engine`` PDF of ``text`` (from :func:`data`) cut to its title and its attachment. The attachment starts a
    page of its own, so its pages print as in the whole report, sample-2021's six pages of body left out (checked for
    57 to 60 rows in both engines: every character inside the text block of every attachment page at the same place,
    only the page numbers elsewhere)."""
    plugins = load()
    prepared = render(text, formats=("json",))
    document = prepared.document
    assert isinstance(document.blocks[-1], Attachment)
    cut = dataclasses.replace(document, blocks=[document.blocks[0], document.blocks[-1]])
    layout = choose_layout(prepared.validated, plugins.registry)
    return render_document(cut, layout, {"weasyprint": "pdf", "typst": "pdf-typst"}[engine], plugins.registry).data


@pytest.fixture(scope="module")
def short():
    return render(data(), formats=("docx", "html", "json"))


def test_notes_follow_the_table_in_the_document_texts(short):
    attachment = short.document.blocks[-1]
    assert isinstance(attachment, Attachment)
    texts = [(element, text) for element, text, _ in short.document.texts()]
    assert texts[-3:] == [("table", "2"), ("body", NOTES[0]), ("body", NOTES[1])]


def test_docx_prints_the_notes_after_the_table_as_body_paragraphs(short):
    body = docx.Document(io.BytesIO(short.docx)).element.body
    children = list(body.iterchildren())
    table = next(i for i, el in enumerate(children) if el.tag == W + "tbl" and "第2股室" in "".join(el.itertext()))
    after = children[table + 1:table + 3]
    assert ["".join(t.text for t in p.iter(W + "t")) for p in after] == NOTES
    assert [p.find(f"{W}pPr/{W}pStyle").get(W + "val") for p in after] == ["Normal", "Normal"]
    # As far below the table as any paragraph or heading right after a table in the body; the next note is not.
    gaps = {below.find(f"{W}pPr/{W}spacing").get(W + "before") for el, below in zip(children, children[1:])
            if el.tag == W + "tbl" and below.tag == W + "p" and below.find(f"{W}pPr/{W}spacing") is not None}
    assert len(gaps) == 1 and int(gaps.pop()) > 0
    assert after[1].find(f"{W}pPr/{W}spacing") is None
    # The table's last row keeps with the first note (Word's keep-with-next).
    last_row = children[table].findall(W + "tr")[-1]
    assert all(p.find(f"{W}pPr/{W}keepNext") is not None for p in last_row.iter(W + "p"))


def test_the_web_page_prints_the_notes_after_the_table(short):
    section = lxml.html.fromstring(short.outputs["html"].decode("utf-8")).xpath("//section[@class='attachment']")[0]
    order = [el.tag if el.tag == "table" else el.text_content() for el in section.iter("p", "table")]
    assert order[-4:] == [LEAD, "table", *NOTES]


def test_json_exports_the_notes(short):
    exported = json.loads(short.outputs["json"])
    assert exported["data"]["attachments"][0]["notes"] == NOTES


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_pdf_prints_the_notes_under_the_table_indented_as_body_text(engine):
    with pdfplumber.open(io.BytesIO(attachment_pdf(data(), engine))) as opened:
        page = opened.pages[-1]
        words = page.extract_words()
        first = next(w for w in words if w["text"].startswith("注："))
        second = next(w for w in words if w["text"].startswith("数据来源"))
        lead = next(w for w in words if w["text"].startswith("各股室"))
        last_row = next(w for w in words if w["text"].startswith("第2股室"))
        bottom = max(e["bottom"] for e in page.edges if e["orientation"] == "h" and e["top"] < first["top"])
        size = next(c["size"] for c in page.chars if c["text"] == "注")
    assert last_row["bottom"] < bottom < first["top"] < second["top"]
    assert abs(first["x0"] - lead["x0"]) < 0.5 and abs(second["x0"] - lead["x0"]) < 0.5  # first lines indented 2
    assert size == pytest.approx(16, abs=0.1)  # 3号, as the body
    # Below the bottom rule as far as a line's text below the line before it (half the leading, about 6.5 pt).
    assert 5 < first["top"] - bottom - (28.95 - 16) / 2 < 8


def _pages_of(pdf: bytes, *starts: str) -> list[int]:
    """The index of the first page of ``pdf`` with a word beginning with each of ``starts`` (the PDF read once)."""
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        words = [(n, w["text"]) for n, page in enumerate(opened.pages) for w in page.extract_words()]
    return [next(n for n, text in words if text.startswith(start)) for start in starts]


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_one_line_note_never_begins_a_page_without_the_table(engine):
    """The table's last rows go to the next page with the note, where it would begin that page alone: here 57-59 rows
    end sample-2021's attachment table near a page's foot (the Typst PDF left the note alone atop the next page).
    57 and 58 rows leave the note room under the last row; 59 and 60 break the table before the last two rows, which
    go to the next page with the note."""
    moved = False
    for rows in range(57, 61):
        pdf = attachment_pdf(data(rows, [NOTES[1]]), engine)
        note, last, before = _pages_of(pdf, "数据来源", f"第{rows}股室", f"第{rows - 2}股室")
        assert note == last, rows
        moved |= before < last
    assert moved  # the table did break right before its last rows, which went with the note


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_note_longer_than_a_page_prints_whole_inside_the_pages(engine):
    """A long first note breaks across pages like any paragraph: the Typst PDF's table carried it as an unbreakable last
    row, which ran off the page's foot."""
    note = "注：" + "各股室的信息公开联络员负责收集、审核和报送本股室的信息，人员调整后三日内告知办公室。" * 40
    pdf = attachment_pdf(data(30, [note, NOTES[1]]), engine)
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        texts, lowest = "", 0.0
        for page in opened.pages:
            words = [w for w in page.extract_words() if not re.fullmatch(r"—|\d+", w["text"])]  # not the page number
            texts += "".join(w["text"] for w in words)
            lowest = max([lowest] + [w["bottom"] / page.height for w in words])
    assert texts.count("人员调整后三日内告知办公室") == 40 and "数据来源" in texts
    assert lowest < 1 - 35 / 297  # above the bottom margin (35 mm) on every page


def test_notes_without_a_table_are_refused_at_them(tmp_path):
    text = data(notes=["注：本附件无表格。"], table=False)
    lines = text.splitlines()
    line = lines.index("    notes:") + 1
    with pytest.raises(InvalidData) as caught:
        render(text, formats=("docx",), file=str(tmp_path / "bad.yaml"))
    message = str(caught.value)
    assert f"bad.yaml:{line + 1}:7: error: " in message and "请把这些段落移到 content 里" in message, message


def test_a_heading_in_the_notes_is_refused():
    text = data(notes=["{heading: 说明, content: [本表按股室统计。]}"])
    with pytest.raises(InvalidData) as caught:
        render(text, formats=("docx",))
    assert "表后说明不分小标题（“说明”）" in str(caught.value)


def test_an_import_reads_the_notes_back_under_their_table(short, tmp_path):
    """The attachment is imported: its notes are the paragraphs after its table, not read into the body."""
    from _import_helpers import data_of, imported

    source = tmp_path / "notes.docx"
    source.write_bytes(short.docx)
    result = imported(source, tmp_path)
    data = data_of(result)
    assert data["attachments"][0]["content"] == [LEAD] and data["attachments"][0]["notes"] == NOTES
    written = json.dumps({k: v for k, v in data.items() if k != "attachments"}, ensure_ascii=False, default=str)
    assert LEAD not in written and "本局办公室" not in written
    assert not [finding for finding in result.findings if "附件" in finding.message], result.findings
