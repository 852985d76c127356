"""No cell of a 2008 report's tables ends on a line of one character (session 47, L). The name column of the
categories table holds 28 characters a line and an indented name under “其中：” 35: a name one character longer ended
on its last character alone (…后提交|的) beside a name that fits one line, which no choice of column widths mends
without making the table taller; a heading merged across a table of the report's own ended so too. Now the last
character keeps the one before it in both PDFs, and every character stays inside its cell, a run of 50 capital
letters and digits too (in the DOCX as LibreOffice lays it out as well). A merged cell that can have the
character it lacks from a column beside it, the table no taller, gets it. The names' lengths are those around each
change of line count, and the limit. Every text here is written for these tests."""
from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from _import_helpers import libreoffice_pdf
from reportkit.testing import render

WORDS = "经本局门户网站信息公开专栏提交并由政务服务中心窗口工作人员当场登记编号后按程序转交业务科室办理的各项申请及补充材料汇总情况"
MARKS = iter("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥")


def names(lengths: tuple[int, ...]) -> list[str]:
    """A name of each of ``lengths``, each starting with a character of its own."""
    return [(next(MARKS) + WORDS)[:n] for n in lengths]


#: The categories table's name column holds 28 characters a line: one line up to 28, two from 29, 50 the limit.
CATEGORIES = names((1, 2, 28, 29, 30, 49, 50))
#: 50 capital letters and digits, no place to break a line.
CAPITALS = ("GB9704" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "0123456789" * 2)[:50]
#: After “其中：” or its indent a line holds 35 characters of a name: one line up to 35, two from 36 (the first
#: after “其中：”).
CHANNELS = names((50, 1, 35, 36, 37))
OUTCOMES = names((2, 36))
#: A heading merged across a table of three columns: a line holds 41 characters, 42 took two.
HEADING = "一、" + WORDS[:40]
#: Merged over 序号 and 事项, 14 characters took two lines (13 a line) beside a 备注 of 30 on two lines at most.
TOTAL = "以上各项由办公室统一登记办理"
NOTE = "按季度更新，并在每季度末前五个工作日内完成栏目内容的核对与归档工作"[:30]
REPORT = {
    "kind": "annual-report", "year": 2010, "agency": "某某县环境保护局",
    "sections": {
        "active_disclosure": {
            "figures": {"categories": [{"name": n, "count": 3 + i} for i, n in enumerate([*CATEGORIES, CAPITALS])],
                        "show": "table"},
            "content": ["本年度主动公开的信息按类别列于下表。",
                        {"columns": ["序号", "事项", "责任科室"],
                         "rows": [[{"text": HEADING, "colspan": 3}], ["1", "公开本局年度工作计划", "办公室"]]}]},
        "applications": {
            "figures": {"channels": [{"name": n, "count": 9 + i} for i, n in enumerate(CHANNELS)],
                        "outcomes": [{"name": n, "count": 2 + i} for i, n in enumerate(OUTCOMES)], "show": "table"},
            "content": ["本年度收到的申请均已按期答复。",
                        {"columns": ["序号", "事项", "备注"],
                         "rows": [["1", "公开本局年度工作计划", NOTE], [{"text": TOTAL, "colspan": 2}, "办公室"]]}]},
    },
}
TEXTS = [*CATEGORIES, CAPITALS, HEADING, TOTAL, NOTE, *CHANNELS, *OUTCOMES]


def cells(data: bytes) -> tuple[list[list[str]], list[str], dict[str, list[float]]]:
    """Each table cell of the PDF ``data`` as its lines of text (blanks left out), the characters printed in a
    table's area outside every cell, and where each line of each cell's text starts (pt, its first character's)."""
    found, outside, starts = [], [], {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            for table in page.find_tables():
                _, top, _, bottom = table.bbox
                within = [c for c in chars if top <= (c["top"] + c["bottom"]) / 2 <= bottom]
                outside += [c["text"] for c in within
                            if not any(a - 0.5 <= c["x0"] and c["x1"] <= b + 0.5 and t <= c["top"] and c["bottom"] <= d
                                       for a, t, b, d in table.cells)]
                for a, t, b, d in table.cells:
                    lines: dict[int, str] = {}
                    left: dict[int, float] = {}
                    for c in sorted(within, key=lambda c: (round(c["top"]), c["x0"])):
                        if a <= (c["x0"] + c["x1"]) / 2 <= b and t <= (c["top"] + c["bottom"]) / 2 <= d:
                            lines[round(c["top"])] = lines.get(round(c["top"]), "") + c["text"]
                            left.setdefault(round(c["top"]), c["x0"])
                    found.append(list(lines.values()))
                    starts["".join(lines.values())] = list(left.values())
    return found, outside, starts


def printed(found: list[list[str]], text: str) -> list[str]:
    """The lines of the one cell that prints ``text`` (a name after “其中：” too)."""
    (lines,) = [lines for lines in found if re.sub("^其中：", "", "".join(lines)) == text]
    return lines


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, tuple]:
    """Each output's :func:`cells`: both PDFs, and the DOCX as LibreOffice prints it (where it is installed)."""
    rendered = render(REPORT, formats=("docx", "pdf"), engine="typst")
    outputs = {"weasyprint": render(REPORT, formats=("pdf",)).pdf, "typst": rendered.pdf}
    if shutil.which("soffice"):
        docx = tmp_path_factory.mktemp("lo") / "report.docx"
        docx.write_bytes(rendered.docx)
        outputs["docx"] = Path(libreoffice_pdf(docx)).read_bytes()
    return {name: cells(data) for name, data in outputs.items()}


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_no_cell_ends_on_a_line_of_one_character(pdfs, engine):
    """Each name one character past a line (29 in the categories, 36 after “其中：” or its indent, 42 in the heading)
    keeps two characters on its last line, the line before it one shorter; the names that fit one line still do."""
    found, _, _ = pdfs[engine]
    alone = [lines for lines in found if len(lines) > 1 and len(lines[-1]) == 1]
    assert not alone, alone
    for text, first in ((CATEGORIES[3], 27), (CHANNELS[3], 34), (OUTCOMES[1], 34), (HEADING, 40)):
        assert [len(line) for line in printed(found, text)] == [first, 2], printed(found, text)
    assert [len(printed(found, text)) for text in (CATEGORIES[2], CHANNELS[2])] == [1, 1]


@pytest.mark.parametrize("output", ["weasyprint", "typst", "docx"])
def test_every_character_is_printed_inside_its_cell(pdfs, output):
    """Every text whole in one cell and no character of the tables outside its cell; the 50 capitals and digits
    break inside their cell, on two lines (the DOCX as LibreOffice prints it)."""
    if output not in pdfs:
        pytest.skip("LibreOffice is not installed")
    found, outside, _ = pdfs[output]
    assert not outside, outside
    for text in TEXTS:
        assert printed(found, text), text
    assert len(printed(found, CAPITALS)) == 2, printed(found, CAPITALS)


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_merged_cell_gets_the_character_it_lacks(pdfs, engine):
    """The cell merged over 序号 and 事项 takes one line: 序号 a character wider, from 备注, which stays two lines
    (merged cells were left out of the widths' check: it printed 13 characters, then its last alone)."""
    found, _, _ = pdfs[engine]
    assert len(printed(found, TOTAL)) == 1 and len(printed(found, NOTE)) == 2, (printed(found, TOTAL), printed(found, NOTE))


@pytest.mark.parametrize("output", ["weasyprint", "typst", "docx"])
def test_a_wrapped_name_under_its_heading_keeps_the_indent(pdfs, output):
    """A name after “其中：” or under it wraps under its own first character (a hanging indent of three characters),
    not at the cell's edge; the DOCX as LibreOffice prints it."""
    if output not in pdfs:
        pytest.skip("LibreOffice is not installed")
    _, _, starts = pdfs[output]
    edge = starts["其中：" + CHANNELS[0]][0]  # 其, at the cell's edge
    for text in (CHANNELS[0], CHANNELS[3], CHANNELS[4], OUTCOMES[1]):
        key = next(key for key in starts if re.sub("^其中：", "", key) == text)
        lines = starts[key] if key.startswith("其中：") else [edge, *starts[key]]
        assert len(lines) == 3 - key.startswith("其中：") and all(abs(x - edge - 31.5) < 1 for x in lines[1:]), \
            (text, lines)


def test_the_web_page_keeps_the_indent_too():
    """The web page (-f html) sets the same hanging indent on the names under “其中：”, and on no other cell."""
    page = render(REPORT, formats=("html",)).outputs["html"].decode()
    hung = re.findall(r'<th scope="row" class="left" style="padding-left: 3\.4em; text-indent: -3em">([^<]*)</th>', page)
    assert [re.sub("^其中：|^\u3000+", "", text) for text in hung] == CHANNELS + OUTCOMES, hung
    assert len(re.findall("<t[hd][^>]* style=", page)) == len(hung), page


def test_the_joiner_is_the_typesetting_s_not_the_text_s():
    """The word joiner goes to the engines (the DOCX here) only: the web page, and the document's text that the checks
    and limits read, are the data's."""
    result = render(REPORT, formats=("html", "docx"), engine="typst")
    assert "\u2060" not in result.outputs["html"].decode()
    assert not [text for _, text, _ in result.document.texts() if "\u2060" in text]
    with zipfile.ZipFile(io.BytesIO(result.docx)) as docx:
        body = docx.read("word/document.xml").decode()
    assert f"{CHANNELS[3][:-1]}\u2060{CHANNELS[3][-1]}" in body  # 36 characters beside 35: its last one joined
